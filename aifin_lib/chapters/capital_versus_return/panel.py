"""The chapter's six-slider dashboard: required revenue, the gap and debt coverage.

An :class:`~aifin_lib.viz.dashboard.ExpressionDashboard`: in a live kernel an ipywidgets panel
calling :func:`aifin_lib.capital.capital_dashboard`, on the static site a Vega-Lite chart whose
bound parameters feed Vega expressions that transcribe the same closed forms
(:data:`DASHBOARD_EXPRESSIONS`; a test checks that both agree).
"""

from __future__ import annotations

from typing import Any, cast

import altair as alt
import numpy as np
import pandas as pd

from aifin_lib import capital, i18n
from aifin_lib.chapters.capital_versus_return.frames import (
    CAHN_INPUTS,
    CAHN_MARGIN,
    CAHN_TCO_MULTIPLE,
    JPM_REVENUE,
    REPORTED_LIFE_METRIC,
    TARGET_RETURN,
    ai_revenue_2024,
    cahn_metric,
    cahn_run_rate,
    reported_life,
)
from aifin_lib.chapters.introduction import debt_share
from aifin_lib.viz.bars import field_bars, vega_string
from aifin_lib.viz.dashboard import (
    ExpressionDashboard,
    PrintFigure,
    PrintSetting,
    Slider,
    merge_usermeta,
)
from aifin_lib.viz.sources import with_sources
from aifin_lib.viz.theme import PALETTE

__all__ = [
    "DASHBOARD_EXPRESSIONS",
    "FIELDS",
    "breakeven_debt_share",
    "capital_panel",
    "dashboard_defaults",
    "dashboard_frame",
    "dashboard_result",
    "dashboard_sliders",
]


def dashboard_sliders() -> tuple[Slider, ...]:
    """The sliders of :func:`capital_panel`.

    Returns
    -------
    tuple of Slider
        Initial values: Cahn's 2024 inputs (run rate, total-cost multiple 2, margin 50 %),
        the server life of :func:`reported_life`, J.P. Morgan's 10 % return, and the debt share
        of :func:`debt_share`.
    """
    return (
        Slider("gpu_run_rate", "capital_slider_gpu", 25.0, 400.0, 25.0, cahn_run_rate(2024),
               display="usd_bn"),
        Slider("tco_multiple", "capital_slider_tco", 1.0, 3.0, 0.1, CAHN_TCO_MULTIPLE,
               display="multiple"),
        Slider("end_user_margin", "capital_slider_margin", 0.0, 0.8, 0.05, CAHN_MARGIN,
               display="percent"),
        Slider("useful_life", "capital_slider_life", 2.0, 10.0, 0.5, reported_life()),
        Slider("target_return", "capital_slider_return", 0.0, 0.2, 0.01, TARGET_RETURN,
               display="percent"),
        Slider("debt_share", "capital_slider_debt", 0.0, 1.0, 0.05, debt_share().value,
               display="percent"),
    )


def dashboard_defaults() -> dict[str, float]:
    """The starting value of each slider of :func:`dashboard_sliders`, by name."""
    return {s.name: float(s.value) for s in dashboard_sliders()}


def dashboard_result(**changes: float) -> capital.CapitalDashboard:
    """:func:`aifin_lib.capital.capital_dashboard` with the sliders at their starting values.

    Parameters
    ----------
    **changes : float
        Sliders set to other values, by name (e.g. ``debt_share=1.0``).

    Returns
    -------
    aifin_lib.capital.CapitalDashboard
        AI revenue is :func:`ai_revenue_2024`.

    Raises
    ------
    ValueError
        If a name is not a slider of :func:`dashboard_sliders`, or a value is invalid.
    """
    values = dashboard_defaults()
    unknown = sorted(set(changes) - set(values))
    if unknown:
        raise ValueError(f"changes must name sliders of the dashboard {sorted(values)}, "
                         f"got {unknown}")
    return capital.capital_dashboard(**{**values, **changes}, ai_revenue=ai_revenue_2024())


def breakeven_debt_share(**changes: float) -> float:
    """The share of the capex borrowed at which the first year's debt service takes all the
    cash flow (coverage 1), with the sliders at their starting values unless changed.

    Parameters
    ----------
    **changes : float
        As in :func:`dashboard_result`.

    Returns
    -------
    float
        ``cash flow / (capex x capital recovery factor)``, a fraction (above 1: even borrowing
        all of it leaves the coverage above 1). Divide by the life for the loans of every
        vintage in use.
    """
    d = dashboard_result(**changes)
    return float(d.cash_flow / (d.data_centre_capex * d.capital_recovery_factor))


DASHBOARD_EXPRESSIONS: dict[str, str] = {
    "capex": "gpu_run_rate * tco_multiple",
    "cahn": "datum.capex / (1 - end_user_margin)",
    "crf": "target_return == 0 ? 1 / useful_life "
    ": target_return / (1 - pow(1 + target_return, -useful_life))",
    "cash_margin": "1 - end_user_margin",
    "vintage": "datum.capex * datum.crf / datum.cash_margin",
    "steady": "useful_life * datum.vintage",
    "gap_steady": "datum.steady - datum.ai_revenue",
    "gap_cahn": "datum.cahn - datum.ai_revenue",
    "debt": "debt_share * datum.capex",
    "service": "datum.debt * datum.crf",
    "service_all": "useful_life * datum.service",
    "cash_flow": "datum.ai_revenue * datum.cash_margin",
    "dscr": "datum.service > 0 ? datum.cash_flow / datum.service : null",
    "dscr_all": "datum.service_all > 0 ? datum.cash_flow / datum.service_all : null",
}
"""Vega expressions of :func:`aifin_lib.capital.capital_dashboard`'s closed forms, in order
(a later one may use an earlier one as ``datum.<name>``), with its default assumptions:
interest rate = target return, loan term = useful life, cash margin = 1 - end-user margin.
``service`` and ``dscr`` are the first year's (one vintage of loans); ``service_all`` and
``dscr_all`` hold the loans of every vintage in use (as many as the life is long), the steady
state of ``steady``. ``dscr`` and ``dscr_all`` are null without debt (the model gives
infinity)."""

FIELDS: tuple[str, ...] = (
    "capex",
    "cahn",
    "steady",
    "gap_cahn",
    "gap_steady",
    "debt",
    "service",
    "service_all",
    "cash_flow",
    "dscr",
    "dscr_all",
    "ai_revenue",
)


def dashboard_frame(
    gpu_run_rate: float,
    tco_multiple: float,
    end_user_margin: float,
    useful_life: float,
    target_return: float,
    debt_share: float,
    ai_revenue: float | None = None,
) -> pd.DataFrame:
    """One row of dashboard figures computed by :func:`aifin_lib.capital.capital_dashboard`.

    Parameters
    ----------
    gpu_run_rate, tco_multiple, end_user_margin, useful_life, target_return, debt_share : float
        As in :func:`aifin_lib.capital.capital_dashboard` (USD bn per year, multiple,
        fractions, years).
    ai_revenue : float, optional
        AI revenue compared with, USD bn per year (default :func:`ai_revenue_2024`).

    Returns
    -------
    pandas.DataFrame
        One row with the columns of :data:`FIELDS` (USD bn, USD bn per year; ``dscr`` is
        ``None`` when nothing is borrowed).

    Raises
    ------
    ValueError
        On invalid inputs (from the model).

    Examples
    --------
    Cahn's 2024 inputs, a 6-year life, a 10 % return, half borrowed:

    >>> row = dashboard_frame(150.0, 2.0, 0.5, 6.0, 0.10, 0.5).iloc[0]
    >>> float(row["cahn"]), round(float(row["steady"]), 1), round(float(row["dscr"]), 2)
    (600.0, 826.6, 1.45)
    """
    d = capital.capital_dashboard(
        gpu_run_rate,
        tco_multiple,
        end_user_margin,
        useful_life,
        target_return,
        debt_share,
        ai_revenue_2024() if ai_revenue is None else ai_revenue,
    )
    values = {
        "capex": d.data_centre_capex,
        "cahn": d.required_revenue_cahn,
        "steady": d.required_revenue_steady,
        "gap_cahn": d.gap_cahn,
        "gap_steady": d.gap_steady,
        "debt": d.debt,
        "service": d.debt_service,
        "service_all": d.debt_service_steady,
        "cash_flow": d.cash_flow,
        "ai_revenue": d.ai_revenue,
    }
    row: dict[str, Any] = {k: round(float(v), 6) for k, v in values.items()}
    row["dscr"] = round(float(d.dscr), 6) if np.isfinite(d.dscr) else None
    row["dscr_all"] = round(float(d.dscr_steady), 6) if np.isfinite(d.dscr_steady) else None
    return pd.DataFrame([row], columns=list(FIELDS))


def _panel_header(base: alt.Chart) -> alt.LayerChart:
    """Two lines above the panel's bars: the steady-state gap and the debt coverage."""
    gap_text = vega_string(i18n.t("capital_panel_gap"))
    cover_text = vega_string(i18n.t("capital_panel_coverage"))
    cover_all = vega_string(i18n.t("capital_panel_coverage_all"))
    no_debt = vega_string(i18n.t("capital_panel_no_debt"))
    summary = base.transform_calculate(
        line1=f"{gap_text} + format(datum.gap_steady, '$,.1f')",
        line2=f"{cover_text} + (isValid(datum.dscr) ? format(datum.dscr, ',.2f') + '×'"
        f" + {cover_all} + format(datum.dscr_all, ',.2f') + '×' : {no_debt})",
    )
    line1 = summary.mark_text(align="left", fontSize=13, fontWeight="bold", color="#222").encode(
        x=alt.value(0), y=alt.value(8), text="line1:N"
    )
    line2 = summary.mark_text(align="left", fontSize=13, fontWeight="bold", color="#222").encode(
        x=alt.value(0), y=alt.value(28), text="line2:N"
    )
    return cast(alt.LayerChart, alt.layer(line1, line2).properties(width=420, height=36))


def _panel_chart(base: alt.Chart) -> alt.VConcatChart:
    """The dashboard's chart over a base whose one row holds :data:`FIELDS`."""
    revenue_labels = [
        ("cahn", i18n.t("capital_bar_cahn")),
        ("steady", i18n.t("capital_bar_steady")),
        ("ai_revenue", i18n.t("capital_bar_ai_revenue")),
    ]
    debt_labels = [
        ("cash_flow", i18n.t("capital_bar_cash_flow")),
        ("service", i18n.t("capital_bar_service")),
        ("service_all", i18n.t("capital_bar_service_all")),
    ]
    top = field_bars(
        base,
        revenue_labels,
        i18n.t("capital_panel_revenue_title"),
        [PALETTE[1], PALETTE[6], PALETTE[2]],
        3000.0,
    )
    bottom = field_bars(
        base, debt_labels, i18n.t("capital_panel_debt_title"),
        [PALETTE[2], PALETTE[0], PALETTE[6]], 600.0
    )
    chart = (
        alt.vconcat(_panel_header(base), top, bottom)
        .resolve_scale(color="independent")
        .properties(title=i18n.t("capital_panel_title"),
                    description=i18n.t("capital_panel_description"))
    )
    refs = [
        *(f"macro:{cahn_metric(2024, m)}" for m in CAHN_INPUTS),
        f"macro:{REPORTED_LIFE_METRIC}",
        f"macro:{JPM_REVENUE}",
        f"macro:{debt_share().metric_id}",
    ]
    shown = revenue_labels + debt_labels  # the table view names the figures the bars show
    chart = merge_usermeta(chart, {"headers": dict(shown),
                                   "formats": {field: ",.1f" for field, _ in shown}})
    return with_sources(chart, refs, "aifin_lib.capital.capital_dashboard")


def capital_panel() -> ExpressionDashboard:
    """The chapter's dashboard: six sliders, required revenue, gap and debt coverage.

    Returns
    -------
    ExpressionDashboard
        Sliders :func:`dashboard_sliders`; AI revenue is fixed at :func:`ai_revenue_2024`.
    """
    return ExpressionDashboard(
        dashboard_frame,
        dashboard_sliders(),
        _panel_chart,
        DASHBOARD_EXPRESSIONS,
        {"ai_revenue": ai_revenue_2024()},
        FIELDS,
        print_settings=[
            PrintSetting("print_setting_start"),
            PrintSetting("print_cap_long_cheap", {"useful_life": 8.0, "target_return": 0.06}),
            PrintSetting("print_cap_short_dear", {"useful_life": 4.0, "target_return": 0.15}),
        ],
        print_figures=[
            PrintFigure("print_cap_required", lambda f: f["steady"].iloc[0], "usd_bn"),
            PrintFigure("print_cap_gap", lambda f: f["gap_steady"].iloc[0], "usd_bn"),
            PrintFigure("print_cap_dscr", lambda f: f["dscr"].iloc[0], "multiple", 2),
        ],
    )
