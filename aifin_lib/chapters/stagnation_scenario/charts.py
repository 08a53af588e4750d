"""The stagnation chapter's charts and its domino dashboard (text from the catalogue)."""

from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

from aifin_lib import i18n
from aifin_lib.scenario import LENDERS
from aifin_lib.viz.dashboard import Choice, Dashboard, PrintFigure, PrintSetting, Slider
from aifin_lib.viz.theme import PALETTE

from .common import (
    _PATHS_SHOWN,
    SHOCK_FIRMS,
    _debtors,
    _run,
    _sourced,
    _suppliers,
    firm_name,
    network,
    severe_factor,
)
from .frames import (
    THRESHOLD_FACTORS,
    domino_frame,
    losses_frame,
    monte_carlo_frame,
    threshold_frame,
    threshold_rules_frame,
)

__all__ = ["domino_dashboard", "losses_chart", "monte_carlo_chart", "threshold_chart"]

# ---------------------------------------------------------------- the domino dashboard


def _loss_axis_max() -> tuple[float, float]:
    """Ends of the dashboard's two loss axes (credit losses, lost revenue), USD billions.

    The worst corner of the dashboard's grid gives the largest credit loss of a lender type and
    the largest lost revenue of all suppliers; both axes end at the next multiple of 50.
    """
    worst = _run("bust", growth=-0.45, outside_cash_flow_factor=0.25,
                 residual_value_fraction=0.15)
    up = lambda v: float(np.ceil(v / 50.0) * 50.0)  # noqa: E731
    return up(max(worst.credit_losses.values())), up(worst.total_lost_revenue)


def _domino_panel(base: alt.Chart) -> alt.LayerChart:
    """Who defaults in which year, with the order of the defaults in the squares."""
    years = list(network().years)
    firms = [firm_name(f) for f in _debtors(network())]
    firm_rows = base.transform_filter("datum.kind === 'firm' && datum.year > 0")
    points = firm_rows.mark_square(size=240, color=PALETTE[1]).encode(
        x=alt.X("year:O", title=i18n.t("stagnation_year_of_default"),
                scale=alt.Scale(domain=years), axis=alt.Axis(labelAngle=0)),
        y=alt.Y("label:N", title=None, scale=alt.Scale(domain=firms)),
        tooltip=[alt.Tooltip("label:N", title=i18n.t("stagnation_firm")),
                 alt.Tooltip("year:O", title=i18n.t("stagnation_year_of_default")),
                 alt.Tooltip("wave:N", title=i18n.t("stagnation_order"))],
    )
    text = firm_rows.mark_text(color="white", fontSize=11, fontWeight="bold").encode(
        x=alt.X("year:O", scale=alt.Scale(domain=years)),
        y=alt.Y("label:N", scale=alt.Scale(domain=firms)), text="wave:N",
    )
    frame = base.transform_filter("datum.kind === 'firm'").mark_tick(opacity=0).encode(
        y=alt.Y("label:N", scale=alt.Scale(domain=firms)))
    return alt.LayerChart(layer=[frame, points, text], width=260, height=150,
                          title=i18n.t("stagnation_domino_panel"))


def _loss_bars(base: alt.Chart, kind: str, labels: list[str], title_key: str,
               colours: list[str], top: float) -> alt.Chart:
    """One bar per label of the rows of ``kind``, on an axis from 0 to ``top`` USD billions."""
    return (
        base.transform_filter(f"datum.kind === '{kind}'")
        .mark_bar()
        .encode(
            x=alt.X("usd_bn:Q", title=i18n.t("stagnation_loss_axis"),
                    scale=alt.Scale(domain=[0, top])),
            y=alt.Y("label:N", title=None, sort=labels),
            color=alt.Color("label:N", legend=None,
                            scale=alt.Scale(domain=labels, range=colours)),
            tooltip=[alt.Tooltip("label:N", title=i18n.t("stagnation_firm")),
                     alt.Tooltip("usd_bn:Q", title=i18n.t("stagnation_loss_axis"),
                                 format=",.1f")],
        )
        .properties(width=260, height=20 * len(labels) + 20, title=i18n.t(title_key))
    )


def _domino_chart(base: alt.Chart) -> alt.VConcatChart:
    lenders = [firm_name(k) for k in LENDERS]
    suppliers = [i18n.t("stagnation_all_suppliers")]
    top_credit, top_lost = _loss_axis_max()
    credit = _loss_bars(base, "credit", lenders, "stagnation_credit_panel", list(PALETTE[:3]),
                        top_credit)
    lost = _loss_bars(base, "lost", suppliers, "stagnation_lost_panel", [PALETTE[7]], top_lost)
    return _sourced(
        alt.vconcat(_domino_panel(base), credit, lost).resolve_scale(
            x="independent", color="independent").properties(
            title=i18n.t("stagnation_domino_title"),
            description=i18n.t("stagnation_domino_description")))


def domino_dashboard() -> Dashboard:
    """Dashboard of the domino on the bust path: growth, outside cash flow, residual, shock.

    It starts from the supervisors' severely adverse case (outside cash flows cut to
    :func:`severe_factor`, the residual value at the low end of its range), where every control
    changes the chart; the chapter's text says what happens in the central case.

    Returns
    -------
    Dashboard
    """
    a = network().assumptions
    return Dashboard(
        domino_frame,
        [
            Slider("growth", "stagnation_growth_slider", -0.45, 0.15, 0.2,
                   round(a["bust_growth"], 6), display="percent"),
            Slider("outside", "stagnation_outside_slider", 0.25, 1.0, 0.25, severe_factor(),
                   display="percent"),
            Slider("residual", "stagnation_residual_slider", 0.15, 0.55, 0.2,
                   round(a["residual_value_fraction_low"], 6), display="percent"),
            Choice("shock", "stagnation_shock_control",
                   [(f, f"stagnation_shock_{f}") for f in SHOCK_FIRMS], "none"),
        ],
        _domino_chart,
        print_settings=[
            PrintSetting("print_stag_central",
                         {"outside": 1.0, "residual": round(a["residual_value_fraction"], 6)}),
            PrintSetting("print_stag_severe"),
            PrintSetting("print_stag_shock", {"shock": "oracle"}),
        ],
        print_figures=[
            PrintFigure("print_stag_defaults", _defaults_text, "text"),
            PrintFigure("print_stag_credit_losses",
                        lambda f: f.loc[f["kind"] == "credit", "usd_bn"].sum(), "usd_bn"),
            PrintFigure("print_stag_lost_revenue",
                        lambda f: f.loc[f["kind"] == "lost", "usd_bn"].sum(), "usd_bn"),
        ],
    )


def _defaults_text(frame: pd.DataFrame) -> str:
    """The firms of a :func:`domino_frame` that default, in order, with the year."""
    firms = frame[(frame["kind"] == "firm") & (frame["year"] > 0)].sort_values(["year", "wave"])
    if firms.empty:
        return i18n.t("print_nobody")
    return ", ".join(f"{label} ({year})" for label, year in zip(firms["label"], firms["year"],
                                                                strict=True))


# ---------------------------------------------------------------- losses per path


def _losses_panel(frame: pd.DataFrame, kind: str, title_key: str, who: list[str],
                  colours: list[str]) -> alt.Chart:
    """Stacked bars per path of the rows of ``kind`` (credit losses or lost revenue)."""
    paths = [i18n.t(f"stagnation_path_{p}") for p in _PATHS_SHOWN]
    rows = frame[frame["kind"] == kind].copy()
    # The stacking order: a number (the place in ``who``), as Vega-Lite orders by quantities.
    rows["who_rank"] = rows["who_label"].map({label: i for i, label in enumerate(who)})
    return (
        alt.Chart(rows)
        .mark_bar()
        .encode(
            y=alt.Y("path_label:N", title=None, sort=paths),
            x=alt.X("sum(usd_bn):Q", title=i18n.t("stagnation_loss_axis")),
            color=alt.Color("who_label:N", title=i18n.t(f"stagnation_{kind}_legend"),
                            scale=alt.Scale(domain=who, range=colours),
                            legend=alt.Legend(orient="bottom", columns=3)),
            order=alt.Order("who_rank:Q"),
            tooltip=[alt.Tooltip("path_label:N", title=i18n.t("stagnation_path")),
                     alt.Tooltip("who_label:N", title=i18n.t("stagnation_firm")),
                     alt.Tooltip("usd_bn:Q", title=i18n.t("stagnation_loss_axis"),
                                 format=",.1f")],
        )
        .properties(width=300, height=150, title=i18n.t(title_key))
    )


def losses_chart() -> alt.VConcatChart:
    """Two panels per path: lenders' credit losses, and suppliers' lost contract revenue.

    Returns
    -------
    altair.VConcatChart
    """
    frame = losses_frame()
    frame["path_label"] = [i18n.t(f"stagnation_path_{p}") for p in frame["path"]]
    frame["who_label"] = [firm_name(w) for w in frame["who"]]
    lenders = [firm_name(k) for k in LENDERS]
    suppliers = [firm_name(f) for f in _suppliers(network())]
    return _sourced(alt.vconcat(
        _losses_panel(frame, "credit", "stagnation_credit_panel", lenders, list(PALETTE[:3])),
        _losses_panel(frame, "lost", "stagnation_lost_panel", suppliers,
                      list(PALETTE[:len(suppliers)])),
    ).resolve_scale(color="independent", x="independent").properties(
        title=i18n.t("stagnation_losses_title"),
        description=i18n.t("stagnation_losses_description")))


# ---------------------------------------------------------------- what it takes


def threshold_chart() -> alt.LayerChart:
    """Stacked areas of credit losses against the outside cash flows, with the thresholds.

    Returns
    -------
    altair.LayerChart
    """
    frame = threshold_frame()
    frame["lender_label"] = [firm_name(k) for k in frame["lender"]]
    lenders = [firm_name(k) for k in LENDERS]
    frame["lender_rank"] = frame["lender_label"].map({label: i for i, label in enumerate(lenders)})
    area = alt.Chart(frame).mark_area(opacity=0.85).encode(
        x=alt.X("factor:Q", title=i18n.t("stagnation_outside_axis"),
                axis=alt.Axis(format="%", values=[round(0.2 + 0.1 * k, 1) for k in range(9)]),
                scale=alt.Scale(domain=[THRESHOLD_FACTORS[0], 1.0], reverse=True, nice=False)),
        y=alt.Y("sum(usd_bn):Q", title=i18n.t("stagnation_credit_axis"), stack="zero"),
        color=alt.Color("lender_label:N", title=i18n.t("stagnation_credit_legend"),
                        scale=alt.Scale(domain=lenders, range=list(PALETTE[:3])),
                        legend=alt.Legend(orient="bottom")),
        order=alt.Order("lender_rank:Q"),
        tooltip=[alt.Tooltip("factor:Q", title=i18n.t("stagnation_outside_axis"), format=".0%"),
                 alt.Tooltip("lender_label:N", title=i18n.t("stagnation_credit_legend")),
                 alt.Tooltip("usd_bn:Q", title=i18n.t("stagnation_credit_axis"), format=",.1f"),
                 alt.Tooltip("defaults:N", title=i18n.t("stagnation_defaults_tooltip"))],
    )
    rules = threshold_rules_frame()
    marks = alt.Chart(rules).mark_rule(color=PALETTE[6], strokeDash=[4, 3]).encode(
        x="factor:Q")
    labels = alt.Chart(rules).mark_text(align="left", dx=4, dy=-6, color=PALETTE[6]).encode(
        x="factor:Q", y=alt.value(12), text="label:N")
    # The model reference names the path the book's stored outputs show (it still resolves).
    return _sourced(alt.layer(area, marks, labels).properties(
        width=480, height=260, title=i18n.t("stagnation_threshold_title"),
        description=i18n.t("stagnation_threshold_description")),
        "aifin_lib.scenario.credit_loss_threshold")


# ---------------------------------------------------------------- Monte Carlo


def monte_carlo_chart() -> alt.Chart:
    """Grouped bars: the share of scenarios in which each firm defaults, per path.

    Returns
    -------
    altair.Chart
    """
    frame = monte_carlo_frame()
    frame["path_label"] = [i18n.t(f"stagnation_path_{p}") for p in frame["path"]]
    frame["firm_label"] = [firm_name(f) for f in frame["firm"]]
    labels = [i18n.t(f"stagnation_path_{p}") for p in ("stagnation", "bust")]
    firm_order = list(dict.fromkeys(frame["firm_label"]))
    return _sourced(
        alt.Chart(frame)
        .mark_bar()
        .encode(
            y=alt.Y("firm_label:N", title=None, sort=firm_order),
            yOffset=alt.YOffset("path_label:N", sort=labels),
            x=alt.X("share:Q", title=i18n.t("stagnation_share_axis"),
                    axis=alt.Axis(format="%"), scale=alt.Scale(domain=[0, 1])),
            color=alt.Color("path_label:N", title=i18n.t("stagnation_path"),
                            scale=alt.Scale(domain=labels, range=[PALETTE[0], PALETTE[1]]),
                            legend=alt.Legend(orient="bottom")),
            tooltip=[alt.Tooltip("firm_label:N", title=i18n.t("stagnation_firm")),
                     alt.Tooltip("path_label:N", title=i18n.t("stagnation_path")),
                     alt.Tooltip("share:Q", title=i18n.t("stagnation_share_axis"),
                                 format=".1%")],
        )
        .properties(width=420, height=200, title=i18n.t("stagnation_mc_title"),
                    description=i18n.t("stagnation_mc_description")),
        "aifin_lib.scenario.monte_carlo",
    )
