"""Figures, tables and prose numbers of the stagnation-scenario chapter.

Every number comes from :mod:`aifin_lib.scenario` (which reads ``data/calibration.csv`` and
``data/assumptions.csv``) or from :mod:`aifin_lib.contagion`; chart text comes from the
catalogue (:func:`aifin_lib.i18n.t`). The chapter's exercises are defined in
:data:`EXERCISES`: the worked solutions in the chapter and the worksheet checker
(:mod:`aifin_lib.exercises`) call the same functions.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import cache

import altair as alt
import numpy as np
import pandas as pd

from . import data, i18n
from .contagion import eisenberg_noe, rogers_veraart
from .scenario import (
    LENDERS,
    ScenarioNetwork,
    ScenarioResult,
    build_network,
    default_network,
    monte_carlo,
    run_scenario,
)
from .tables import html_table, source_links
from .viz.dashboard import Choice, Dashboard, PrintFigure, PrintSetting, Slider
from .viz.sources import with_sources
from .viz.theme import PALETTE

__all__ = [
    "EXERCISES",
    "EXERCISE_ASSETS",
    "EXERCISE_LIABILITIES",
    "MC_SCENARIOS",
    "MC_SEED",
    "SHOCK_FIRMS",
    "SHOCK_USD_BN",
    "assumptions_table",
    "cash_table",
    "credit_loss_threshold",
    "debt_multiple_threshold",
    "domino_dashboard",
    "domino_frame",
    "events_table",
    "inputs_table",
    "losses_chart",
    "losses_frame",
    "monte_carlo_chart",
    "monte_carlo_frame",
    "network",
    "prose_figures",
    "severe_factor",
    "threshold_chart",
    "threshold_frame",
]

SHOCK_FIRMS: tuple[str, ...] = ("none", "openai", "oracle", "coreweave")
"""Choices of the dashboard's one-off shock (``"none"``: no shock)."""
SHOCK_USD_BN = 30.0
"""Size of the one-off cash loss of the shocked firm, USD billions: a scenario parameter of
the chapter (of the order of Oracle's yearly interest and chip payments), not a figure."""
MC_SCENARIOS = 5_000
"""Monte Carlo scenarios per path in the chapter."""
MC_SEED = 2026
"""Seed of the chapter's Monte Carlo."""
EXERCISE_LIABILITIES = np.array([[0.0, 6.0, 4.0], [0.0, 0.0, 5.0], [2.0, 0.0, 0.0]])
"""Three-firm network of the by-hand clearing exercise (row owes column), USD billions."""
EXERCISE_ASSETS = np.array([2.0, 1.0, 3.0])
"""External assets of the three firms of the exercise, USD billions."""
THRESHOLD_FACTORS = tuple(np.round(np.arange(0.2, 1.0001, 0.05), 2))
"""Factors on the outside cash flows in the chart of what it takes for the domino to run."""

_PATHS_SHOWN = ("base", "stagnation", "bust", "severe")
_SHORT_NAMES = {"hyperion_jv": "Hyperion JV", "meta": "Meta", "cerebras": "Cerebras"}


def network() -> ScenarioNetwork:
    """The chapter's network: :func:`aifin_lib.scenario.default_network` (shared, cached there)."""
    return default_network()


def severe_factor() -> float:
    """The supervisors' severely adverse factor on outside cash flows (an assumption)."""
    return float(network().assumptions["stress_outside_cash_flow_factor"])


def _run(path: str, **kwargs) -> ScenarioResult:
    """A path of the chapter; ``"severe"`` is the bust with the severe cut of outside cash."""
    if path == "severe":
        a = network().assumptions
        kwargs.setdefault("outside_cash_flow_factor", severe_factor())
        kwargs.setdefault("residual_value_fraction", a["residual_value_fraction_low"])
        path = "bust"
    return run_scenario(network(), path, **kwargs)


@cache
def _central(path: str) -> ScenarioResult:
    return _run(path)


def firm_name(firm: str) -> str:
    """Short display name of a company id (``companies.csv``), or a lender type's label."""
    if firm in LENDERS:
        return i18n.t(f"stagnation_holder_{firm}")
    if firm in _SHORT_NAMES:
        return _SHORT_NAMES[firm]
    names = data.load("companies").set_index("company_id")["name"]
    return str(names.get(firm, firm)).split(" (")[0]


def network_sources() -> list[str]:
    """The rows of ``data/`` the network's calibration reads, as chart source references."""
    refs = []
    history = set(data.load("history")["metric_id"])
    for cell in network().inputs["references"]:
        for ref in str(cell).split("; "):
            kind, _, key = ref.partition(":")
            key = key.split(".")[0]
            if kind == "metric":
                refs.append(f"{'history' if key in history else 'macro'}:{key}")
            elif kind == "deal":
                refs.append(f"deals:{key}")
    return list(dict.fromkeys(refs))


def _sourced(chart, model: str = "aifin_lib.scenario.run_scenario"):
    return with_sources(chart, network_sources(), model)


def _operating(net: ScenarioNetwork) -> list[str]:
    return [f for f in net.firms if f not in LENDERS]


# ---------------------------------------------------------------- the domino dashboard


def domino_frame(growth: float, outside: float, residual: float, shock: str) -> pd.DataFrame:
    """The dashboard's model: who defaults when, lenders' credit losses, lost revenue.

    Parameters
    ----------
    growth : float
        Yearly revenue growth of the AI lab after the stall, fraction (bust path).
    outside : float
        Factor on the firms' cash flows from business outside the network (1 = as in the
        data).
    residual : float
        Residual value of defaulted infrastructure, fraction of its cost.
    shock : str
        One of :data:`SHOCK_FIRMS`: the firm that loses :data:`SHOCK_USD_BN` of cash in the
        first year (``"none"``: no shock).

    Returns
    -------
    pandas.DataFrame
        Rows ``kind = "firm"`` for the firms that can default (``label``, ``year`` of default
        or 0, ``wave`` text), ``kind = "credit"`` (``label`` of the lender type, ``usd_bn``) and
        one row ``kind = "lost"`` (all suppliers' lost contract revenue, ``usd_bn``), USD
        billions.
    """
    if shock not in SHOCK_FIRMS:
        raise ValueError(f"shock must be one of {SHOCK_FIRMS}, got {shock!r}")
    net = network()
    res = run_scenario(
        net, "bust", growth=growth, outside_cash_flow_factor=outside,
        residual_value_fraction=residual,
        shock_firm=None if shock == "none" else shock,
        shock_usd_bn=0.0 if shock == "none" else SHOCK_USD_BN,
    )
    order = {f: k + 1 for k, f in enumerate(res.defaulted)}
    rows = []
    for f in _debtors(net):
        year = int(res.default_year[net.index(f)])
        rows.append({"kind": "firm", "label": firm_name(f), "year": max(year, 0),
                     "wave": str(order.get(f, "")), "usd_bn": 0.0})
    for k in LENDERS:
        rows.append({"kind": "credit", "label": firm_name(k), "year": 0, "wave": "",
                     "usd_bn": round(res.credit_losses[k], 3)})
    rows.append({"kind": "lost", "label": i18n.t("stagnation_all_suppliers"), "year": 0, "wave": "",
                 "usd_bn": round(res.total_lost_revenue, 3)})
    return pd.DataFrame(rows)


def _debtors(net: ScenarioNetwork) -> list[str]:
    """Firms with obligations in the network: the only ones that can default."""
    owes = (net.contracts.sum(axis=(0, 2)) + net.debt_service.sum(axis=(0, 2))) > 0
    return [f for f in _operating(net) if owes[net.index(f)]]


def _suppliers(net: ScenarioNetwork) -> list[str]:
    """Firms that are owed contract payments in the network."""
    owed = net.contracts.sum(axis=(0, 1))
    return [f for f in _operating(net) if owed[net.index(f)] > 0]


def _loss_axis_max() -> tuple[float, float]:
    """Ends of the dashboard's two loss axes (credit losses, lost revenue), USD billions.

    The worst corner of the dashboard's grid gives the largest credit loss of a lender type and
    the largest lost revenue of all suppliers; both axes end at the next multiple of 50.
    """
    worst = _run("bust", growth=-0.45, outside_cash_flow_factor=0.25,
                 residual_value_fraction=0.15)
    up = lambda v: float(np.ceil(v / 50.0) * 50.0)  # noqa: E731
    return up(max(worst.credit_losses.values())), up(worst.total_lost_revenue)


def _domino_chart(base: alt.Chart) -> alt.VConcatChart:
    net = network()
    years = list(net.years)
    firms = [firm_name(f) for f in _debtors(net)]
    lenders = [firm_name(k) for k in LENDERS]
    suppliers = [i18n.t("stagnation_all_suppliers")]
    top_credit, top_lost = _loss_axis_max()
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
    left = alt.layer(frame, points, text).properties(
        width=260, height=150, title=i18n.t("stagnation_domino_panel"))

    def bars(kind: str, labels: list[str], title_key: str, colours: list[str],
             top: float) -> alt.Chart:
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

    credit = bars("credit", lenders, "stagnation_credit_panel", list(PALETTE[:3]), top_credit)
    lost = bars("lost", suppliers, "stagnation_lost_panel", [PALETTE[7]], top_lost)
    return _sourced(alt.vconcat(left, credit, lost).resolve_scale(x="independent").properties(
        title=i18n.t("stagnation_domino_title"), description=i18n.t("stagnation_domino_description")))


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


def losses_frame() -> pd.DataFrame:
    """Credit losses by lender type and lost revenue by supplier on each path of the chapter.

    Returns
    -------
    pandas.DataFrame
        Columns ``path`` (base, stagnation, bust, severe), ``kind`` (``"credit"`` or
        ``"lost"``), ``who`` (lender type or supplier id) and ``usd_bn`` (2026-2032).
    """
    net = network()
    rows = []
    for p in _PATHS_SHOWN:
        res = _central(p)
        rows += [{"path": p, "kind": "credit", "who": k, "usd_bn": round(res.credit_losses[k], 3)}
                 for k in LENDERS]
        rows += [{"path": p, "kind": "lost", "who": f,
                  "usd_bn": round(float(res.lost_revenue[net.index(f)]), 3)}
                 for f in _suppliers(net)]
    return pd.DataFrame(rows)


def losses_chart() -> alt.HConcatChart:
    """Two panels per path: lenders' credit losses, and suppliers' lost contract revenue.

    Returns
    -------
    altair.HConcatChart
    """
    frame = losses_frame()
    frame["path_label"] = [i18n.t(f"stagnation_path_{p}") for p in frame["path"]]
    frame["who_label"] = [firm_name(w) for w in frame["who"]]
    paths = [i18n.t(f"stagnation_path_{p}") for p in _PATHS_SHOWN]
    def panel(kind: str, title_key: str, who: list[str], colours: list[str]) -> alt.Chart:
        return (
            alt.Chart(frame[frame["kind"] == kind])
            .mark_bar()
            .encode(
                y=alt.Y("path_label:N", title=None, sort=paths),
                x=alt.X("sum(usd_bn):Q", title=i18n.t("stagnation_loss_axis")),
                color=alt.Color("who_label:N", title=i18n.t(f"stagnation_{kind}_legend"),
                                scale=alt.Scale(domain=who, range=colours),
                                legend=alt.Legend(orient="bottom", columns=3)),
                order=alt.Order("who_label:N"),
                tooltip=[alt.Tooltip("path_label:N", title=i18n.t("stagnation_path")),
                         alt.Tooltip("who_label:N", title=i18n.t("stagnation_firm")),
                         alt.Tooltip("usd_bn:Q", title=i18n.t("stagnation_loss_axis"),
                                     format=",.1f")],
            )
            .properties(width=300, height=150, title=i18n.t(title_key))
        )

    net = network()
    lenders = [firm_name(k) for k in LENDERS]
    suppliers = [firm_name(f) for f in _suppliers(net)]
    return _sourced(alt.vconcat(
        panel("credit", "stagnation_credit_panel", lenders, list(PALETTE[:3])),
        panel("lost", "stagnation_lost_panel", suppliers, list(PALETTE[:len(suppliers)])),
    ).resolve_scale(color="independent", x="independent").properties(
        title=i18n.t("stagnation_losses_title"), description=i18n.t("stagnation_losses_description")))


# ---------------------------------------------------------------- what it takes


def credit_loss_threshold(firm: str, path: str = "bust", tol: float = 1e-6) -> float:
    """The largest factor on outside cash flows at which ``firm`` defaults on ``path``.

    Parameters
    ----------
    firm : str
        An operating firm of the network.
    path : {"stagnation", "bust"}, default "bust"
        Revenue path (other inputs at their central values).
    tol : float, default 1e-6
        Precision of the bisection, in units of the factor.

    Returns
    -------
    float
        The factor ``f`` (1 = the outside cash flows of the data) below which ``firm``
        defaults; 0 if it survives even without outside cash flow, 1 or more if it defaults
        already at the data's values (then 1 is returned).

    Notes
    -----
    Defaults are monotone in the factor (a firm with more cash never defaults earlier), so
    the threshold is found by bisection on ``[0, 1]``.
    """
    net = network()
    i = net.index(firm)

    def falls(f: float) -> bool:
        return run_scenario(net, path, outside_cash_flow_factor=f).default_year[i] >= 0

    if falls(1.0):
        return 1.0
    if not falls(0.0):
        return 0.0
    lo, hi = 0.0, 1.0  # falls(lo), not falls(hi)
    while hi - lo > tol:
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if falls(mid) else (lo, mid)
    return lo


def debt_multiple_threshold(firm: str, path: str = "bust", tol: float = 1e-3,
                            most: float = 20.0) -> float:
    """How many times its debt ``firm`` would have to owe before it defaults on ``path``.

    Parameters
    ----------
    firm : str
        An operating firm with debt in the calibration.
    path : {"stagnation", "bust"}, default "bust"
        Revenue path (other inputs at their central values).
    tol : float, default 1e-3
        Precision of the bisection, in units of the multiple.
    most : float, default 20.0
        Largest multiple tried.

    Returns
    -------
    float
        The smallest multiple ``m >= 1`` of every debt tranche of ``firm`` at which it
        defaults, or ``inf`` if it survives even at ``most`` times its debt.

    Raises
    ------
    ValueError
        If ``firm`` has no debt in the calibration.
    """
    net = network()
    rows = net.inputs[(net.inputs["firm"] == firm) & (net.inputs["item"] == "debt")]
    if rows.empty:
        raise ValueError(f"firm {firm!r} has no debt in the calibration")
    i = net.index(firm)

    def falls(m: float) -> bool:
        variant = build_network(overrides={k: m * v for k, v in
                                           zip(rows["input_id"], rows["value"], strict=True)})
        return run_scenario(variant, path).default_year[i] >= 0

    if falls(1.0):
        return 1.0
    if not falls(most):
        return float("inf")
    lo, hi = 1.0, most  # not falls(lo), falls(hi)
    while hi - lo > tol:
        mid = 0.5 * (lo + hi)
        lo, hi = (lo, mid) if falls(mid) else (mid, hi)
    return hi


def threshold_frame() -> pd.DataFrame:
    """Credit losses by lender type against the factor on outside cash flows (bust path).

    Returns
    -------
    pandas.DataFrame
        Columns ``factor`` (fraction), ``lender``, ``usd_bn`` and ``defaults`` (the firms
        that default, as display names joined by ", ").
    """
    rows = []
    for f in THRESHOLD_FACTORS:
        res = _run("bust", outside_cash_flow_factor=float(f))
        names = ", ".join(firm_name(x) for x in res.defaulted)
        rows += [{"factor": float(f), "lender": k, "usd_bn": round(res.credit_losses[k], 3),
                  "defaults": names} for k in LENDERS]
    return pd.DataFrame(rows)


def threshold_chart() -> alt.LayerChart:
    """Stacked areas of credit losses against the outside cash flows, with the thresholds.

    Returns
    -------
    altair.LayerChart
    """
    frame = threshold_frame()
    frame["lender_label"] = [firm_name(k) for k in frame["lender"]]
    lenders = [firm_name(k) for k in LENDERS]
    area = alt.Chart(frame).mark_area(opacity=0.85).encode(
        x=alt.X("factor:Q", title=i18n.t("stagnation_outside_axis"),
                axis=alt.Axis(format="%", values=[round(0.2 + 0.1 * k, 1) for k in range(9)]),
                scale=alt.Scale(domain=[THRESHOLD_FACTORS[0], 1.0], reverse=True, nice=False)),
        y=alt.Y("sum(usd_bn):Q", title=i18n.t("stagnation_credit_axis"), stack="zero"),
        color=alt.Color("lender_label:N", title=i18n.t("stagnation_credit_legend"),
                        scale=alt.Scale(domain=lenders, range=list(PALETTE[:3])),
                        legend=alt.Legend(orient="bottom")),
        order=alt.Order("lender_label:N"),
        tooltip=[alt.Tooltip("factor:Q", title=i18n.t("stagnation_outside_axis"), format=".0%"),
                 alt.Tooltip("lender_label:N", title=i18n.t("stagnation_credit_legend")),
                 alt.Tooltip("usd_bn:Q", title=i18n.t("stagnation_credit_axis"), format=",.1f"),
                 alt.Tooltip("defaults:N", title=i18n.t("stagnation_defaults_tooltip"))],
    )
    rules = pd.DataFrame(
        [{"factor": round(credit_loss_threshold(f), 4), "label": firm_name(f)}
         for f in ("coreweave", "oracle")]
    )
    marks = alt.Chart(rules).mark_rule(color=PALETTE[6], strokeDash=[4, 3]).encode(
        x="factor:Q")
    labels = alt.Chart(rules).mark_text(align="left", dx=4, dy=-6, color=PALETTE[6]).encode(
        x="factor:Q", y=alt.value(12), text="label:N")
    return _sourced(alt.layer(area, marks, labels).properties(
        width=480, height=260, title=i18n.t("stagnation_threshold_title"),
        description=i18n.t("stagnation_threshold_description")),
        "aifin_lib.stagnation_charts.credit_loss_threshold")


# ---------------------------------------------------------------- Monte Carlo


@cache
def _mc(path: str):
    return monte_carlo(MC_SCENARIOS, MC_SEED, network(), path)


def monte_carlo_frame() -> pd.DataFrame:
    """Share of the Monte Carlo scenarios in which each firm defaults, per path.

    Returns
    -------
    pandas.DataFrame
        Columns ``path`` (stagnation, bust), ``firm`` and ``share`` (fraction), for the
        firms that can default (those with obligations).
    """
    net = network()
    owes = (net.contracts.sum(axis=(0, 2)) + net.debt_service.sum(axis=(0, 2))) > 0
    kinds = ("ai_lab", "hyperscaler", "neocloud", "spv")
    firms = sorted((f for f in _operating(net) if owes[net.index(f)]),
                   key=lambda f: (kinds.index(net.kinds[net.index(f)])
                                  if net.kinds[net.index(f)] in kinds else len(kinds), f))
    return pd.DataFrame(
        [{"path": p, "firm": f, "share": round(_mc(p).default_share(f), 6)}
         for p in ("stagnation", "bust") for f in firms]
    )


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
                     alt.Tooltip("share:Q", title=i18n.t("stagnation_share_axis"), format=".1%")],
        )
        .properties(width=420, height=200, title=i18n.t("stagnation_mc_title"),
                    description=i18n.t("stagnation_mc_description")),
        "aifin_lib.scenario.monte_carlo",
    )


# ---------------------------------------------------------------- tables


def _party(firm: str) -> str:
    """A counterparty inside a label: a firm's name, or a lender type in lower case."""
    name = firm_name(firm)
    return name[0].lower() + name[1:] if firm in LENDERS else name


def _breakable(ref: str) -> str:
    """An id reference escaped for HTML, with break opportunities after ``:``, ``_`` and ``.``."""
    text = html.escape(ref)
    for mark in (":", "_", "."):
        text = text.replace(mark, mark + "<wbr>")
    return text


def _fmt_input(value: float, unit: str, lang: str) -> str:
    """A calibration value in its unit, for a table (years are names, not quantities)."""
    if unit == "year":
        return str(round(value))
    if unit in ("usd_bn", "usd_bn_per_year"):
        text = i18n.fmt_usd_bn(value, lang)
        return text + (i18n.t("stagnation_per_year", lang) if unit == "usd_bn_per_year" else "")
    if unit == "fraction":
        return i18n.fmt_percent(value, lang, 0)
    if unit == "rate_per_year":
        return i18n.fmt_percent(value, lang, 1) + i18n.t("stagnation_per_year", lang)
    decimals = 0 if value == round(value) else 2
    return i18n.fmt_number(value, lang, decimals)


def inputs_table(lang: str | None = None) -> str:
    """HTML table of every calibration input of the network: value, period, derivation, source.

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        Language of headers, words and numbers.

    Returns
    -------
    str
        Deterministic HTML.
    """
    lang = i18n.get_language() if lang is None else lang
    rows = network().inputs
    frame = pd.DataFrame(
        {
            i18n.t("stagnation_firm", lang): [firm_name(f) for f in rows["firm"]],
            i18n.t("stagnation_col_item", lang): [
                i18n.t(f"calib_item_{i}", lang) + (f" ({_party(c)})" if isinstance(c, str) else "")
                for i, c in zip(rows["item"], rows["counterparty"], strict=True)
            ],
            i18n.t("stagnation_col_value", lang): [
                _fmt_input(v, u, lang) for v, u in zip(rows["value"], rows["unit"], strict=True)
            ],
            i18n.t("stagnation_col_period_type", lang): [
                i18n.t(f"period_type_{p}", lang) for p in rows["period_type"]
            ],
            i18n.t("stagnation_col_derivation", lang): [
                html.escape(i18n.t(f"calib_{i}", lang)) for i in rows["input_id"]
            ],
            i18n.t("stagnation_col_reference", lang): [
                "; ".join(f"<code>{_breakable(r)}</code>" for r in str(cell).split("; ") if r)
                for cell in rows["references"]
            ],
        }
    )
    return html_table(frame, i18n.t("stagnation_inputs_caption", lang))


def assumptions_table(lang: str | None = None) -> str:
    """HTML table of the scenario's assumptions: parameter, value, reason, sources.

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        Language of headers, reasons and numbers.

    Returns
    -------
    str
        Deterministic HTML.
    """
    lang = i18n.get_language() if lang is None else lang
    table = data.load("assumptions")
    table = table[table["model"] == "scenario"]
    sources = data.load("sources")
    frame = pd.DataFrame(
        {
            i18n.t("stagnation_col_parameter", lang): [f"<code>{p}</code>" for p in table["parameter"]],
            i18n.t("stagnation_col_value", lang): [
                _fmt_input(v, u, lang) for v, u in zip(table["value"], table["unit"], strict=True)
            ],
            i18n.t("stagnation_col_rationale", lang): [
                html.escape(i18n.t(f"assumption_{p}", lang)) for p in table["parameter"]
            ],
            i18n.t("stagnation_col_sources", lang): [
                source_links(c, sources) if isinstance(c, str) else "" for c in table["source_id"]
            ],
        }
    )
    return html_table(frame, i18n.t("stagnation_assumptions_caption", lang))


def cash_table(firm: str, path: str, lang: str | None = None) -> str:
    """HTML table of a firm's cash, year by year, on a path of the chapter.

    Parameters
    ----------
    firm : str
        An operating firm of the network.
    path : {"base", "stagnation", "bust", "severe"}
        The path (``"severe"``: the bust with the supervisors' cut of outside cash flows).
    lang : {"nl", "en"}, optional
        Language of headers and numbers.

    Returns
    -------
    str
        Deterministic HTML: one column per year (to the year of default), one row per line of
        the cash table; lines that are zero in every year are left out.
    """
    lang = i18n.get_language() if lang is None else lang
    frame = _central(path).cash_table(firm)
    lines = [c for c in frame.columns if c not in ("year", "defaults")]
    shown = [c for c in lines if c in ("opening_cash", "closing_cash") or
             (frame[c].abs() > 5e-4).any()]
    body = {i18n.t("stagnation_cash_line", lang): [i18n.t(f"stagnation_cash_{c}", lang) for c in shown]}
    for _, row in frame.iterrows():
        heading = str(int(row["year"])) + (i18n.t("stagnation_cash_default_mark", lang)
                                           if row["defaults"] else "")
        body[heading] = [i18n.fmt_number(row[c], lang, 1) for c in shown]
    caption = i18n.t("stagnation_cash_caption", lang, firm=firm_name(firm),
                     path=i18n.t(f"stagnation_path_{path}", lang))
    return html_table(pd.DataFrame(body), caption)


EVENT_KINDS_SHOWN: tuple[str, ...] = (
    "market_stress", "rating_action", "financing_withdrawn", "project_cancelled", "lawsuit",
    "missed_target", "construction_delay", "warning",
)
"""Kinds of ``events.csv`` shown in the chapter's section on 2026 (signs of stress)."""


def events_table(lang: str | None = None) -> str:
    """HTML table of the signs of stress in 2025-2026 (``data/events.csv``), oldest first.

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        Language of headers, dates and descriptions.

    Returns
    -------
    str
        Deterministic HTML: date (at its precision), what happened, sources.
    """
    lang = i18n.get_language() if lang is None else lang
    events = data.load("events")
    events = events[events["kind"].isin(EVENT_KINDS_SHOWN)].sort_values(["date", "event_id"])
    sources = data.load("sources")
    frame = pd.DataFrame(
        {
            i18n.t("stagnation_col_date", lang): [
                i18n.fmt_date(d.date(), p, lang)
                for d, p in zip(events["date"], events["date_precision"], strict=True)
            ],
            i18n.t("stagnation_col_event", lang): [
                html.escape(i18n.t(f"event_{e}", lang)) for e in events["event_id"]
            ],
            i18n.t("stagnation_col_sources", lang): [source_links(c, sources)
                                               for c in events["source_id"]],
        }
    )
    return html_table(frame, i18n.t("stagnation_events_caption", lang))


# ---------------------------------------------------------------- exercises


def _exercise_clearing() -> tuple[np.ndarray, np.ndarray]:
    en = eisenberg_noe(EXERCISE_LIABILITIES, EXERCISE_ASSETS, method="fictitious_default")
    rv = rogers_veraart(EXERCISE_LIABILITIES, EXERCISE_ASSETS, 0.5, 0.5)
    return en.payments, rv.payments


def exercise_en_payment(firm: int) -> float:
    """Exercise 1: the Eisenberg-Noe payment of firm ``firm`` (0 = A, 1 = B, 2 = C), USD bn."""
    return float(_exercise_clearing()[0][firm])


def exercise_rv_payment(firm: int) -> float:
    """Exercise 2: the Rogers-Veraart payment (alpha = beta = 0.5) of a firm, USD bn."""
    return float(_exercise_clearing()[1][firm])


def exercise_coreweave_closing_cash() -> float:
    """Exercise 3: CoreWeave's cash at the end of the first year on the severe path, USD bn."""
    return float(_central("severe").cash_table("coreweave")["closing_cash"].iloc[0])


def exercise_oracle_threshold() -> float:
    """Exercise 4: how far Oracle's outside cash flow must fall before it defaults, fraction."""
    return 1.0 - credit_loss_threshold("oracle")


def exercise_shock_lab_year() -> float:
    """Exercise 5: the year OpenAI defaults when Oracle is shocked out in the first year."""
    res = _run("stagnation", shock_firm="oracle", shock_usd_bn=_oracle_knockout())
    return float(res.default_year[network().ai_lab])


def _oracle_knockout() -> float:
    """The smallest round shock (USD bn, multiple of 10) that makes Oracle default in 2026."""
    net = network()
    for size in range(10, 201, 10):
        res = run_scenario(net, "stagnation", shock_firm="oracle", shock_usd_bn=float(size))
        if res.default_year[net.index("oracle")] == net.years[0]:
            return float(size)
    raise ValueError("no shock up to USD 200 bn makes Oracle default in the first year")


EXERCISES: dict[str, tuple[str, Callable[[], float], float]] = {
    "stagnation-1": ("usd_bn", lambda: exercise_en_payment(0), 0.01),
    "stagnation-2": ("usd_bn", lambda: exercise_en_payment(1), 0.01),
    "stagnation-3": ("usd_bn", lambda: exercise_rv_payment(1), 0.01),
    "stagnation-4": ("usd_bn", exercise_coreweave_closing_cash, 0.01),
    "stagnation-5": ("fraction", exercise_oracle_threshold, 0.01),
}
"""The chapter's exercises with a numeric answer: ``{id: (unit, compute, tolerance)}``; the
solutions in the chapter and :func:`aifin_lib.exercises.check` use the same functions."""


# ---------------------------------------------------------------- prose


def prose_figures(lang: str | None = None) -> dict[str, str]:
    """Every number in the chapter's prose, formatted for ``lang``.

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    dict
        ``{name: text}``, all names prefixed ``stagnation_``.
    """
    lang = i18n.get_language() if lang is None else lang
    money = lambda v: i18n.fmt_usd_bn(v, lang)  # noqa: E731
    pct = lambda v, d=0: i18n.fmt_percent(v, lang, d)  # noqa: E731
    num = lambda v, d=0: i18n.fmt_number(v, lang, d)  # noqa: E731
    year = lambda v: str(int(v))  # noqa: E731  (a year is a name, not a quantity)
    net = network()
    a = net.assumptions
    ix = net.index
    inputs = net.inputs.set_index("input_id")["value"]
    o, oracle, cw = net.ai_lab, ix("oracle"), ix("coreweave")
    stag, bust, severe = _central("stagnation"), _central("bust"), _central("severe")
    t_lab = int(np.flatnonzero(stag.defaults_by_year[:, o])[0])
    mc_s, mc_b = _mc("stagnation"), _mc("bust")
    en_p, rv_p = _exercise_clearing()
    rv_severe = _run("severe", method="rogers_veraart", alpha=0.5, beta=0.5)
    knockout = _oracle_knockout()
    shocked = _run("stagnation", shock_firm="oracle", shock_usd_bn=knockout)
    lab_cash = stag.cash_table("openai")
    cw_cash = severe.cash_table("coreweave")
    thr_oracle, thr_cw = credit_loss_threshold("oracle"), credit_loss_threshold("coreweave")
    at_oracle = _run("bust", outside_cash_flow_factor=thr_oracle - 0.01)
    committed = float(data.load("deals").set_index("deal_id").loc["D38", "amount_usd_bn"])
    fig = data.metric_value
    out = {
        # the network
        "stagnation_run_rate": money(net.revenue_start),
        "stagnation_target": money(inputs["openai_revenue_target"]),
        "stagnation_target_year": year(inputs["openai_revenue_target_year"]),
        "stagnation_base_growth": pct(net.base_growth),
        "stagnation_d03": money(inputs["openai_oracle_total"]),
        "stagnation_d03_start": year(inputs["openai_oracle_start"]),
        "stagnation_d03_per_year": money(
            net.contracts[net.years.index(int(inputs["openai_oracle_start"])), o, oracle]),
        "stagnation_d14": money(inputs["openai_microsoft_total"]),
        "stagnation_openai_due_2027": money(net.contracts[1, o].sum()),
        "stagnation_year_2": year(net.years[1]),
        "stagnation_round": money(net.first_year_funding),
        "stagnation_round_committed": money(committed),
        "stagnation_round_contingent": money(committed - net.first_year_funding),
        "stagnation_lab_cash": money(net.initial_cash[o]),
        "stagnation_oracle_cash": money(net.initial_cash[oracle]),
        "stagnation_oracle_cash_flow": money(net.external_cash_flow[oracle]),
        "stagnation_oracle_debt": money(net.debt[oracle]),
        "stagnation_oracle_build_out_debt": money(net.build_out_debt[oracle]),
        "stagnation_oracle_leases": money(inputs["oracle_leases_total"]),
        "stagnation_oracle_rent": money(net.fixed_costs[-1, oracle]),
        "stagnation_cw_debt": money(net.debt[cw]),
        "stagnation_cw_cash_flow": money(net.external_cash_flow[cw]),
        "stagnation_hyperion_debt": money(net.debt[ix("hyperion_jv")]),
        # paths
        "stagnation_stall_year": year(a["stall_year"]),
        "stagnation_stagnation_growth": pct(a["stagnation_growth"]),
        "stagnation_bust_growth": pct(-a["bust_growth"]),
        "stagnation_funding_threshold": pct(a["funding_growth_threshold"]),
        "stagnation_funding_ratio": i18n.t_plural("n_dollars", round(a["funding_to_revenue"]), lang),
        # the central result
        "stagnation_lab_year": year(stag.default_year[o]),
        "stagnation_lab_paid": pct(stag.payments[t_lab, o] / stag.obligations[t_lab, o]),
        "stagnation_lab_cash_end_2026": money(lab_cash["closing_cash"].iloc[0]),
        "stagnation_lab_due_2027": money(lab_cash["paid_contracts"].iloc[1]),
        "stagnation_bust_lab_year": year(bust.default_year[o]),
        "stagnation_stag_lost": money(stag.total_lost_revenue),
        "stagnation_bust_lost": money(bust.total_lost_revenue),
        "stagnation_stag_lost_oracle": money(stag.lost_revenue[oracle]),
        "stagnation_stag_lost_microsoft": money(stag.lost_revenue[ix("microsoft")]),
        "stagnation_stag_lost_margin": money(stag.lost_margin.sum()),
        "stagnation_stag_oracle_cash_end": money(stag.cash[-1, oracle]),
        # what it takes
        "stagnation_thr_cw": pct(thr_cw),
        "stagnation_thr_cw_fall": pct(1.0 - thr_cw),
        "stagnation_thr_oracle": pct(thr_oracle),
        "stagnation_thr_oracle_fall": pct(1.0 - thr_oracle),
        "stagnation_thr_oracle_cash_flow": money(thr_oracle * net.external_cash_flow[oracle]),
        "stagnation_thr_oracle_loss": money(at_oracle.credit_loss),
        "stagnation_thr_oracle_debt_multiple": i18n.t_plural(
            "n_times", round(debt_multiple_threshold("oracle"), 1), lang),
        "stagnation_thr_cw_debt_multiple": i18n.t_plural(
            "n_times", round(debt_multiple_threshold("coreweave"), 1), lang),
        "stagnation_severe_factor": pct(severe_factor()),
        "stagnation_severe_residual": pct(a["residual_value_fraction_low"]),
        "stagnation_severe_cw_year": year(severe.default_year[cw]),
        "stagnation_severe_credit": money(severe.credit_loss),
        "stagnation_severe_banks": money(severe.credit_losses["banks"]),
        "stagnation_severe_pc": money(severe.credit_losses["private_credit"]),
        "stagnation_severe_bonds": money(severe.credit_losses["bond_investors"]),
        "stagnation_severe_recovered": money(severe.residual_recovered),
        "stagnation_severe_rv_credit": money(rv_severe.credit_loss),
        "stagnation_mc_factor_low": pct(a["outside_cash_flow_factor_low"]),
        # Monte Carlo
        "stagnation_mc_n": i18n.t_plural("n_times", MC_SCENARIOS, lang),
        "stagnation_mc_bust_cw": pct(mc_b.default_share("coreweave"), 1),
        "stagnation_mc_stag_cw": pct(mc_s.default_share("coreweave"), 1),
        "stagnation_mc_bust_oracle": pct(mc_b.default_share("oracle"), 1),
        "stagnation_mc_bust_credit_p99": money(
            float(np.percentile(mc_b.credit_losses.sum(axis=1), 99))),
        "stagnation_mc_bust_lost_median": money(float(np.median(mc_b.lost_revenue))),
        # the shock that helps
        "stagnation_knockout": money(knockout),
        "stagnation_knockout_lab_year": year(shocked.default_year[o]),
        "stagnation_knockout_lost": money(shocked.total_lost_revenue),
        "stagnation_knockout_credit": money(shocked.credit_loss),
        "stagnation_shock": money(SHOCK_USD_BN),
        # 2026
        "stagnation_oracle_fcf_ttm_2025_08": money(-fig("oracle_fcf_ttm_2025_08")),
        "stagnation_oracle_fcf_fy2026": money(-fig("oracle_fcf_fy2026")),
        "stagnation_oracle_ocf_fy2026": money(fig("oracle_ocf_fy2026")),
        "stagnation_oracle_plan_low": money(fig("oracle_financing_plan_2026_low")),
        "stagnation_oracle_plan_high": money(fig("oracle_financing_plan_2026_high")),
        "stagnation_oracle_cds_before": num(fig("oracle_cds_5y_2025_06"), 0),
        "stagnation_oracle_cds_after": i18n.t_plural(
            "n_basis_points", round(fig("oracle_cds_5y_2025_12_02")), lang),
        "stagnation_cw_cds_before": num(fig("coreweave_cds_5y_2025_10_06"), 0),
        "stagnation_cw_cds_after": i18n.t_plural(
            "n_basis_points", round(fig("coreweave_cds_5y_2025_12")), lang),
        "stagnation_jpm_not_started": pct(fig("jpm_2026_dc_capacity_2027_not_started") / 100),
        "stagnation_telecom_fall": pct(1 - fig("telecom_equipment_spend_2002_forecast")
                                 / fig("telecom_equipment_spend_2000")),
        # exercises
        "stagnation_ex3_cw_open": money(cw_cash["opening_cash"].iloc[0]),
        "stagnation_ex3_cw_answer": money(exercise_coreweave_closing_cash()),
        "stagnation_ex4_answer": pct(exercise_oracle_threshold()),
        "stagnation_ex5_year": year(exercise_shock_lab_year()),
    }
    for k, (pe, pr) in enumerate(zip(en_p, rv_p, strict=True)):
        out[f"stagnation_ex_en_p{k + 1}"] = money(pe)
        out[f"stagnation_ex_rv_p{k + 1}"] = money(pr)
    return out
