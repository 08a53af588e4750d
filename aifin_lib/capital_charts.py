"""Figures, charts and the dashboard of the chapter "Capital versus return".

Every published number is read from ``data/`` by metric id; every derived number comes from a
model of :mod:`aifin_lib.capital`. The six-slider dashboard is a :class:`ExpressionDashboard`:
in a live kernel an ipywidgets panel calling :func:`aifin_lib.capital.capital_dashboard`, on the
static site a Vega-Lite chart whose bound parameters feed Vega expressions that transcribe the
same closed forms (:data:`DASHBOARD_EXPRESSIONS`; a test checks that both agree).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

import altair as alt
import numpy as np
import pandas as pd

from . import capital, data, i18n, prose
from .data import Assumption, metric_value
from .intro import CAPEX_METRICS, MS_PARTS, capex_series, morgan_stanley_mix
from .tables import GlanceRow
from .viz.charts import names_above_bars
from .viz.dashboard import (
    Dashboard,
    ExpressionDashboard,
    PrintFigure,
    PrintSetting,
    Slider,
)
from .viz.sources import with_sources
from .viz.theme import BAR_SIZE, BAR_STEP, PALETTE, axis_max

__all__ = [
    "DASHBOARD_EXPRESSIONS",
    "NVIDIA_QUARTERS",
    "OPENAI_ROWS",
    "REPORTED_LIFE_METRIC",
    "SERVER_LIFE_ROWS",
    "ExpressionDashboard",
    "ai_revenue_2024",
    "cahn_chart",
    "cahn_steps",
    "capex_chart",
    "capital_panel",
    "dashboard_frame",
    "dashboard_sliders",
    "debt_share",
    "depreciation_dashboard",
    "depreciation_frame",
    "financing_chart",
    "financing_shares",
    "needed_chart",
    "needed_versus_earned",
    "nvidia_chart",
    "nvidia_run_rate",
    "prose_figures",
    "reported_life",
    "server_share",
]

# --------------------------------------------------------------------------------------
# data assembly
# --------------------------------------------------------------------------------------

NVIDIA_QUARTERS: tuple[str, ...] = (
    "nvidia_dc_revenue_fy2024_q4",
    "nvidia_dc_revenue_fy2025_q4",
    "nvidia_dc_revenue_fy2026_q1",
    "nvidia_dc_revenue_fy2026_q2",
    "nvidia_dc_revenue_fy2026_q3",
    "nvidia_dc_revenue_fy2026_q4",
    "nvidia_dc_revenue_fy2027_q1",
)
"""Nvidia's quarterly data-centre revenue in ``macro.csv`` (fiscal years end in late January:
FY2026-Q4 is November 2025 to January 2026). The last is the latest quarter in the data."""

OPENAI_RUN_RATE = "openai_run_rate_2026_05"
"""OpenAI's latest reported run rate in ``macro.csv`` (quoted in the prose and the charts)."""
ANTHROPIC_RUN_RATES: tuple[str, ...] = ("anthropic_run_rate_2025_12", "anthropic_run_rate_2026_05")
"""Anthropic's run rate at the end of 2025 and its latest reported one."""

OPENAI_ROWS: tuple[GlanceRow, ...] = (
    GlanceRow("capital_glance_openai_revenue", "openai_revenue_2025"),
    GlanceRow("capital_glance_openai_operating_loss", "openai_operating_loss_2025"),
    GlanceRow("capital_glance_openai_burn", "openai_cash_burn_2025"),
    GlanceRow("capital_glance_openai_run_rate", "openai_run_rate_2025_12"),
    GlanceRow("capital_glance_openai_run_rate", OPENAI_RUN_RATE),
    GlanceRow("capital_glance_anthropic_run_rate", "anthropic_run_rate_2025_12"),
    GlanceRow("capital_glance_anthropic_run_rate", "anthropic_run_rate_2026_05"),
    GlanceRow("capital_glance_openai_burn_2029", "openai_projected_cash_burn_2025_2029"),
    GlanceRow("capital_glance_openai_commitments", "openai_compute_commitments"),
    GlanceRow("capital_glance_openai_compute_2030", "openai_2026_compute_spend_to_2030"),
    GlanceRow("capital_glance_openai_revenue_2030", "openai_2026_projected_revenue_2030"),
)
"""Rows of the OpenAI and Anthropic table: revenue, losses, cash burn, run rates, plans."""

SERVER_LIFE_ROWS: tuple[GlanceRow, ...] = (
    GlanceRow("capital_life_microsoft_before", "microsoft_server_life_before"),
    GlanceRow("capital_life_microsoft_after", "microsoft_server_life_after"),
    GlanceRow("capital_life_alphabet_after", "alphabet_server_life_after"),
    GlanceRow("capital_life_amazon_2022", "amazon_server_life_2022"),
    GlanceRow("capital_life_amazon_2024", "amazon_server_life_2024"),
    GlanceRow("capital_life_amazon_2025", "amazon_server_life_2025_subset"),
    GlanceRow("capital_life_meta_2022", "meta_server_life_2022"),
    GlanceRow("capital_life_meta_2025", "meta_server_life_2025"),
    GlanceRow("capital_life_coreweave", "coreweave_gpu_life"),
)
"""Rows of the server-life table: the useful lives in the accounts and when they changed."""

REPORTED_LIFE_METRIC = "microsoft_server_life_after"
"""``macro.csv`` id of the server life most hyperscalers now use (Microsoft's, also Alphabet's
and Amazon's)."""


def reported_life() -> float:
    """The server life most hyperscalers now use, years (:data:`REPORTED_LIFE_METRIC`)."""
    return metric_value(REPORTED_LIFE_METRIC)


def server_share() -> Assumption:
    """The servers' share of the capex (``server_capex_share`` of ``data/assumptions.csv``)."""
    return data.assumption("server_capex_share")


def debt_share() -> Assumption:
    """The share of the capex borrowed (``capex_debt_share`` of ``data/assumptions.csv``)."""
    return data.assumption("capex_debt_share")


def ai_revenue_2024() -> float:
    """AI revenue implied by Cahn's 2024 essay: required revenue minus the hole (USD bn a year)."""
    return metric_value("sequoia_2024_required_revenue") - metric_value(
        "sequoia_2024_revenue_hole"
    )


def nvidia_run_rate() -> pd.DataFrame:
    """Nvidia's quarterly data-centre revenue and its annualised run rate (quarter x 4).

    Returns
    -------
    pandas.DataFrame
        Columns ``quarter`` (fiscal quarter, e.g. ``"FY2026-Q4"``), ``revenue_usd_bn``
        (USD bn in the quarter) and ``run_rate_usd_bn`` (USD bn per year).

    Examples
    --------
    >>> nvidia_run_rate().iloc[-1].to_dict()
    {'quarter': 'FY2027-Q1', 'revenue_usd_bn': 75.2, 'run_rate_usd_bn': 300.8}
    """
    rows = []
    for metric_id in NVIDIA_QUARTERS:
        figure = data.figure(metric_id)
        rows.append(
            {
                "quarter": figure.period,
                "revenue_usd_bn": round(figure.value, 6),
                "run_rate_usd_bn": round(4 * figure.value, 6),
            }
        )
    return pd.DataFrame(rows)


def cahn_steps(year: int) -> pd.DataFrame:
    """Cahn's chain for the 2023 or 2024 essay as the steps of a waterfall.

    Parameters
    ----------
    year : {2023, 2024}
        The essay: "AI's $200B question" (2023) or "AI's $600B question" (2024).

    Returns
    -------
    pandas.DataFrame
        One row per step: ``step`` (catalogue key), ``order``, ``start`` and ``end`` (USD bn),
        ``amount`` (``end - start``) and ``kind`` (``"total"`` or ``"change"``). The AI
        revenue is the published required revenue minus the published hole.

    Raises
    ------
    ValueError
        If ``year`` is not 2023 or 2024.

    Examples
    --------
    >>> steps = cahn_steps(2023)
    >>> steps[["step", "end"]].to_dict("records")[2:]
    [{'step': 'capital_step_margin', 'end': 200.0}, {'step': 'capital_step_ai_revenue', 'end': 125.0}, \
{'step': 'capital_step_gap', 'end': 125.0}]
    """
    if year not in (2023, 2024):
        raise ValueError(f"year must be 2023 or 2024, got {year!r}")
    run_rate = metric_value(f"sequoia_{year}_nvidia_run_rate")
    revenue = (metric_value(f"sequoia_{year}_required_revenue")
               - metric_value(f"sequoia_{year}_revenue_hole"))
    gap = capital.cahn_gap(run_rate, revenue)
    steps = [
        ("capital_step_gpu", 0.0, gap.gpu_spend, "total"),
        ("capital_step_other_costs", gap.gpu_spend, gap.data_centre_capex, "change"),
        ("capital_step_margin", gap.data_centre_capex, gap.required_revenue, "change"),
        ("capital_step_ai_revenue", gap.required_revenue, gap.gap, "change"),
        ("capital_step_gap", 0.0, gap.gap, "total"),
    ]
    return pd.DataFrame(
        [
            {
                "step": key,
                "order": i,
                "start": round(float(a), 6),
                "end": round(float(b), 6),
                "amount": round(float(b) - float(a), 6),
                "kind": kind,
                "year": year,
            }
            for i, (key, a, b, kind) in enumerate(steps)
        ]
    )


NEEDED_ROWS: tuple[tuple[str, str, str], ...] = (
    ("capital_needed_cahn_2023", "needed", "sequoia_2023_required_revenue"),
    ("capital_needed_cahn_2024", "needed", "sequoia_2024_required_revenue"),
    ("capital_needed_jpm", "needed", "jpm_2025_required_revenue_10pct"),
    ("capital_needed_bain", "needed", "bain_2025_required_revenue_2030"),
    ("capital_earned_bain", "earned", ""),
    ("capital_earned_cahn_2024", "earned", ""),
    ("capital_earned_economist", "earned", "economist_2025_western_ai_revenue"),
    ("capital_earned_openai", "earned", OPENAI_RUN_RATE),
    ("capital_earned_anthropic", "earned", ANTHROPIC_RUN_RATES[-1]),
)


def needed_versus_earned() -> pd.DataFrame:
    """The published "revenue needed" figures next to AI revenue actually earned or expected.

    Returns
    -------
    pandas.DataFrame
        Columns ``label`` (catalogue key), ``kind`` (``"needed"`` / ``"earned"``) and
        ``usd_bn`` (USD bn per year). Two rows are differences of published figures: Bain's
        reachable revenue (required minus shortfall) and Cahn's 2024 AI revenue (required
        minus hole).
    """
    derived = {
        "capital_earned_bain": metric_value("bain_2025_required_revenue_2030")
        - metric_value("bain_2025_revenue_shortfall_2030"),
        "capital_earned_cahn_2024": ai_revenue_2024(),
    }
    rows = [
        {
            "label": key,
            "kind": kind,
            "usd_bn": round(derived[key] if not metric else metric_value(metric), 6),
        }
        for key, kind, metric in NEEDED_ROWS
    ]
    return pd.DataFrame(rows)


def financing_shares() -> pd.DataFrame:
    """Morgan Stanley's 2025-2028 financing mix with each source's share of the capex.

    Returns
    -------
    pandas.DataFrame
        Columns ``part`` (catalogue key), ``usd_bn`` and ``share`` (fraction of the total
        capex), from :func:`aifin_lib.capital.financing_mix`; the external sources are the
        debt and equity that fill the financing gap.
    """
    mix = morgan_stanley_mix()
    total = metric_value("ms_2025_dc_capex_2025_2028")
    external = {
        key: float(v)
        for key, v in zip(mix["part"], mix["usd_bn"], strict=True)
        if key != "ms_hyperscaler_cash_flow"
    }
    internal = float(mix.loc[mix["part"] == "ms_hyperscaler_cash_flow", "usd_bn"].iloc[0])
    result = capital.financing_mix(total, internal, external)
    rows = [
        {
            "part": "ms_hyperscaler_cash_flow",
            "usd_bn": result.internal,
            "share": result.internal_share,
        }
    ]
    rows += [
        {"part": key, "usd_bn": result.external[key], "share": result.external_shares[key]}
        for key, _ in MS_PARTS
        if key in result.external
    ]
    frame = pd.DataFrame(rows)
    return frame.assign(usd_bn=frame["usd_bn"].round(6), share=frame["share"].round(6))


def server_capex() -> np.ndarray:
    """Server part of the Big Tech 4's capex, 2023-2026 (USD bn per year).

    Returns
    -------
    numpy.ndarray
        The lowest published capex of each year times :func:`server_share`.
    """
    capex = capex_series()
    return capex["capex_usd_bn"].to_numpy(dtype=float) * server_share().value


def depreciation_frame(life: float) -> pd.DataFrame:
    """Depreciation of the server capex under the reported life and under ``life``.

    Parameters
    ----------
    life : float
        The alternative useful life, years (> 0).

    Returns
    -------
    pandas.DataFrame
        Two rows per year (``series`` = ``"reported"`` / ``"alternative"``) with ``year`` and
        ``usd_bn`` (depreciation, USD bn per year) from
        :func:`aifin_lib.capital.depreciation_life_effect`, and ``difference`` (alternative
        minus reported depreciation: how much lower earnings would be, USD bn per year).

    Raises
    ------
    ValueError
        If ``life`` is not finite and > 0.
    """
    first = int(capex_series()["year"].iloc[0])
    effect = capital.depreciation_life_effect(server_capex(), reported_life(), life,
                                              first_year=first)
    rows = []
    for year, old, new in zip(
        effect.years, effect.depreciation_old, effect.depreciation_new, strict=True
    ):
        diff = round(float(new - old), 4) + 0.0
        rows.append(
            {
                "year": int(year),
                "series": "reported",
                "usd_bn": round(float(old), 4),
                "difference": diff,
            }
        )
        rows.append(
            {
                "year": int(year),
                "series": "alternative",
                "usd_bn": round(float(new), 4),
                "difference": diff,
            }
        )
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------------------
# charts
# --------------------------------------------------------------------------------------


def _js(text: str) -> str:
    """A string literal for a Vega expression."""
    return json.dumps(text)


def capex_chart() -> alt.LayerChart:
    """Bars of the Big Tech 4's capex by year, with the range of the 2024 estimates.

    Returns
    -------
    altair.LayerChart
    """
    capex = capex_series()
    capex["estimate_label"] = [i18n.t(f"capital_estimate_{e}") for e in capex["estimate"]]
    x = alt.X("year:O", title=i18n.t("year"), axis=alt.Axis(labelAngle=0))
    base = alt.Chart(capex)
    bars = base.mark_bar().encode(
        x=x,
        y=alt.Y("capex_usd_bn:Q", title=i18n.t("usd_bn_axis")),
        color=alt.Color(
            "estimate_label:N",
            title=i18n.t("capital_estimate"),
            sort=[i18n.t(f"capital_estimate_{e}") for e in ("actual", "estimate", "forecast")],
            scale=alt.Scale(
                domain=[i18n.t(f"capital_estimate_{e}") for e in ("actual", "estimate", "forecast")],
                range=[PALETTE[0], PALETTE[5], PALETTE[1]],
            ),
        ),
        tooltip=[
            alt.Tooltip("year:O", title=i18n.t("year")),
            alt.Tooltip("capex_usd_bn:Q", title=i18n.t("usd_bn_axis"), format=",.0f"),
        ],
    )
    ranges = (
        base.transform_filter("datum.capex_high_usd_bn > datum.capex_usd_bn")
        .mark_rule(color="#222", strokeWidth=2)
        .encode(x=x, y="capex_usd_bn:Q", y2="capex_high_usd_bn:Q")
    )
    labels = (
        base.transform_calculate(
            label="datum.capex_high_usd_bn > datum.capex_usd_bn ? "
            "format(datum.capex_usd_bn, '$,.0f') + '–' + format(datum.capex_high_usd_bn, ',.0f') "
            ": format(datum.capex_usd_bn, '$,.0f')"
        )
        .mark_text(dy=-8, fontSize=12, color="#222")
        .encode(x=x, y="capex_high_usd_bn:Q", text="label:N")
    )
    chart = alt.layer(bars, ranges, labels).properties(
        width=480,
        height=280,
        title=i18n.t("capital_capex_title"),
        description=i18n.t("capital_capex_description"),
    )
    return with_sources(chart, [f"macro:{m}" for ids in CAPEX_METRICS.values() for m in ids], None)


def nvidia_chart() -> alt.LayerChart:
    """Nvidia's data-centre run rate by quarter, against the run rates Cahn started from.

    Returns
    -------
    altair.LayerChart
        Bars of quarter x 4 (USD bn per year) and two dashed rules at Cahn's 2023 and 2024
        inputs.
    """
    frame = nvidia_run_rate()
    x = alt.X(
        "quarter:O",
        title=i18n.t("capital_fiscal_quarter"),
        sort=list(frame["quarter"]),
        axis=alt.Axis(labelAngle=0, labelExpr="split(datum.label, '-')", labelOverlap=False),
    )
    bars = (
        alt.Chart(frame)
        .mark_bar(color=PALETTE[0])
        .encode(
            x=x,
            y=alt.Y("run_rate_usd_bn:Q", title=i18n.t("usd_bn_per_year_axis")),
            tooltip=[
                alt.Tooltip("quarter:O", title=i18n.t("capital_fiscal_quarter")),
                alt.Tooltip("revenue_usd_bn:Q", title=i18n.t("capital_quarter_revenue"), format=",.1f"),
                alt.Tooltip("run_rate_usd_bn:Q", title=i18n.t("capital_run_rate"), format=",.1f"),
            ],
        )
    )
    labels = (
        alt.Chart(frame)
        .mark_text(dy=-8, fontSize=12, color="#222")
        .encode(x=x, y="run_rate_usd_bn:Q", text=alt.Text("run_rate_usd_bn:Q", format="$,.0f"))
    )
    refs = pd.DataFrame(
        [
            {"label": i18n.t(f"capital_cahn_input_{y}"),
             "usd_bn": metric_value(f"sequoia_{y}_nvidia_run_rate")}
            for y in (2023, 2024)
        ]
    )
    rules = (
        alt.Chart(refs)
        .mark_rule(color=PALETTE[1], strokeDash=[6, 4], strokeWidth=2)
        .encode(y="usd_bn:Q")
    )
    rule_text = (
        alt.Chart(refs)
        .mark_text(align="left", dx=4, dy=-6, color=PALETTE[1], fontSize=11)
        .encode(x=alt.value(0), y="usd_bn:Q", text="label:N")
    )
    chart = alt.layer(bars, labels, rules, rule_text).properties(
        width=520,
        height=280,
        title=i18n.t("capital_nvidia_title"),
        description=i18n.t("capital_nvidia_description"),
    )
    return with_sources(
        chart,
        [f"macro:{m}" for m in NVIDIA_QUARTERS]
        + [f"macro:sequoia_{y}_nvidia_run_rate" for y in (2023, 2024)],
        None,
    )


def cahn_chart() -> alt.VConcatChart:
    """Cahn's chain as step (waterfall) charts for the 2023 and 2024 essays.

    Returns
    -------
    altair.VConcatChart
        One panel per essay: GPU spending, the other data-centre costs, the end users'
        margin, minus the AI revenue, and the resulting gap (USD bn).
    """
    panels = []
    frames = {year: cahn_steps(year) for year in (2023, 2024)}
    top = axis_max(pd.concat(frames.values())[["start", "end"]].max(), headroom=0.08)
    for year, frame in frames.items():
        # a sign stays with its word when the label wraps onto two lines
        frame["step_label"] = [
            i18n.t(k).replace("+ ", "+\u00a0").replace("− ", "−\u00a0").replace("= ", "=\u00a0")
            for k in frame["step"]
        ]
        frame["kind_label"] = [
            i18n.t("capital_step_kind_total")
            if k == "total"
            else i18n.t("capital_step_kind_up")
            if a > 0
            else i18n.t("capital_step_kind_down")
            for k, a in zip(frame["kind"], frame["amount"], strict=True)
        ]
        frame["label_y"] = frame[["start", "end"]].max(axis=1)
        x = alt.X(
            "step_label:N",
            sort=list(frame["step_label"]),
            title=None,
            axis=alt.Axis(
                labelAngle=0,
                labelLimit=130,
                labelFontSize=10,
                labelExpr="split(datum.label, ' ')",
                labelOverlap=False,
            ),
        )
        base = alt.Chart(frame)
        kinds = [
            i18n.t("capital_step_kind_total"),
            i18n.t("capital_step_kind_up"),
            i18n.t("capital_step_kind_down"),
        ]
        bars = base.mark_bar(size=44).encode(
            x=x,
            y=alt.Y("start:Q", title=i18n.t("usd_bn_axis"), scale=alt.Scale(domain=[0, top])),
            y2="end:Q",
            color=alt.Color(
                "kind_label:N",
                title=i18n.t("capital_step_kind"),
                sort=kinds,
                scale=alt.Scale(domain=kinds, range=[PALETTE[0], PALETTE[1], PALETTE[2]]),
            ),
            tooltip=[
                alt.Tooltip("step_label:N", title=i18n.t("capital_step")),
                alt.Tooltip("amount:Q", title=i18n.t("usd_bn_axis"), format="+,.0f"),
            ],
        )
        text = (
            base.transform_calculate(
                label="datum.kind === 'total' ? format(datum.end, '$,.0f') : "
                "(datum.amount > 0 ? '+' : '−') + format(abs(datum.amount), '$,.0f')"
            )
            .mark_text(dy=-6, fontSize=11, color="#222")
            .encode(x=x, y="label_y:Q", text="label:N")
        )
        panels.append(
            alt.layer(bars, text).properties(
                width=520, height=200, title=i18n.t(f"capital_cahn_panel_{year}")
            )
        )
    chart = alt.vconcat(*panels).properties(
        title=i18n.t("capital_cahn_title"), description=i18n.t("capital_cahn_description")
    )
    return with_sources(
        chart,
        [
            f"macro:sequoia_{y}_{m}"
            for y in (2023, 2024)
            for m in ("nvidia_run_rate", "required_revenue", "revenue_hole")
        ],
        "aifin_lib.capital.cahn_gap",
    )


def needed_chart() -> alt.LayerChart:
    """Horizontal bars: the published "revenue needed" figures against AI revenue earned.

    Returns
    -------
    altair.LayerChart
    """
    frame = needed_versus_earned()
    frame["label_text"] = [i18n.t(k) for k in frame["label"]]
    frame["kind_label"] = [i18n.t(f"capital_kind_{k}") for k in frame["kind"]]
    order = list(frame["label_text"])
    y = alt.Y("label_text:N", sort=order, title=None, axis=None)
    base = alt.Chart(frame)
    bars = base.mark_bar(size=BAR_SIZE).encode(
        y=y,
        x=alt.X(
            "usd_bn:Q",
            title=i18n.t("usd_bn_per_year_axis"),
            scale=alt.Scale(domain=[0, axis_max(frame["usd_bn"], headroom=0.2)], nice=False),
        ),
        color=alt.Color(
            "kind_label:N",
            title=None,
            sort=[i18n.t("capital_kind_needed"), i18n.t("capital_kind_earned")],
            scale=alt.Scale(range=[PALETTE[1], PALETTE[2]]),
        ),
        tooltip=[
            alt.Tooltip("label_text:N", title=i18n.t("figure")),
            alt.Tooltip("usd_bn:Q", title=i18n.t("usd_bn_per_year_axis"), format=",.0f"),
        ],
    )
    text = base.mark_text(align="left", dx=4, fontSize=12, color="#222").encode(
        y=y, x="usd_bn:Q", text=alt.Text("usd_bn:Q", format="$,.0f")
    )
    names = names_above_bars(base, "label_text:N", order)
    chart = alt.layer(bars, text, names).properties(
        width=420,
        height=alt.Step(BAR_STEP),
        title=i18n.t("capital_needed_title"),
        description=i18n.t("capital_needed_description"),
    )
    return with_sources(
        chart,
        [f"macro:{m}" for _, _, m in NEEDED_ROWS if m]
        + ["macro:bain_2025_revenue_shortfall_2030", "macro:sequoia_2024_revenue_hole"],
        None,
    )


def _life_slider() -> Slider:
    """The slider of :func:`depreciation_dashboard`: the alternative useful life, years (2 to 7
    in steps of 0.5, initially 3, the short end of the lives critics argue for)."""
    return Slider("life", "capital_slider_dep_life", 2.0, 7.0, 0.5, 3.0)


def _depreciation_chart(base: alt.Chart) -> alt.LayerChart:
    top = axis_max(
        [depreciation_frame(float(life))["usd_bn"].max() for life in _life_slider().grid()]
    )
    labels = {
        "reported": i18n.t("capital_dep_reported", life=i18n.fmt_number(reported_life())),
        "alternative": i18n.t("capital_dep_alternative"),
    }
    labelled = base.transform_calculate(
        series_label=f"datum.series === 'reported' ? {_js(labels['reported'])} "
        f": {_js(labels['alternative'])}"
    )
    lines = labelled.mark_line(point=True).encode(
        x=alt.X("year:O", title=i18n.t("year"), axis=alt.Axis(labelAngle=0)),
        y=alt.Y("usd_bn:Q", title=i18n.t("capital_dep_axis"), scale=alt.Scale(domain=[0, top])),
        color=alt.Color(
            "series_label:N",
            title=None,
            scale=alt.Scale(
                domain=[labels["reported"], labels["alternative"]], range=[PALETTE[0], PALETTE[1]]
            ),
        ),
        tooltip=[
            alt.Tooltip("year:O", title=i18n.t("year")),
            alt.Tooltip("series_label:N", title=i18n.t("capital_dep_axis")),
            alt.Tooltip("usd_bn:Q", title=i18n.t("usd_bn_axis"), format=",.1f"),
            alt.Tooltip("difference:Q", title=i18n.t("capital_dep_difference"), format="+,.1f"),
        ],
    )
    chart = alt.layer(lines).properties(
        width=520,
        height=280,
        title=i18n.t("capital_dep_title"),
        description=i18n.t("capital_dep_description"),
    )
    return with_sources(
        chart,
        [
            *(f"macro:{m}" for ids in CAPEX_METRICS.values() for m in ids),
            f"macro:{REPORTED_LIFE_METRIC}",
        ],
        "aifin_lib.capital.depreciation_life_effect",
    )


def depreciation_dashboard() -> Dashboard:
    """Depreciation of the server capex under the reported life and a life the reader picks.

    Returns
    -------
    Dashboard
        One slider ``life`` (2 to 7 years in steps of 0.5, initially 3: the short end of the
        lives critics argue for); the reported life is :func:`reported_life`.
    """
    return Dashboard(
        depreciation_frame,
        [_life_slider()],
        _depreciation_chart,
        print_settings=[
            PrintSetting("print_cap_short_life"),
            PrintSetting("print_cap_middle_life", {"life": 4.5}),
            PrintSetting("print_cap_reported_life", {"life": reported_life()}),
        ],
        print_figures=[
            PrintFigure("print_cap_peak_difference", lambda f: f["difference"].max(), "usd_bn",
                        1),
            PrintFigure("print_cap_peak_year", _peak_year, "text"),
        ],
    )


def _peak_year(frame: pd.DataFrame) -> str:
    """The year earnings fall most in a :func:`depreciation_frame`, or a dash if they never do."""
    if frame["difference"].max() <= 0:
        return "–"
    return str(int(frame.loc[frame["difference"].idxmax(), "year"]))


def financing_chart() -> alt.LayerChart:
    """Bars of Morgan Stanley's 2025-2028 financing mix, labelled with each share.

    Returns
    -------
    altair.LayerChart
    """
    frame = financing_shares()
    frame["label"] = [i18n.t(k) for k in frame["part"]]
    frame["group"] = [
        i18n.t("capital_internal" if k == "ms_hyperscaler_cash_flow" else "capital_external")
        for k in frame["part"]
    ]
    order = list(frame["label"])
    y = alt.Y("label:N", sort=order, title=None, axis=None)
    base = alt.Chart(frame)
    bars = base.mark_bar(size=BAR_SIZE).encode(
        y=y,
        x=alt.X("usd_bn:Q", title=i18n.t("usd_bn_axis"),
                scale=alt.Scale(domain=[0, axis_max(frame["usd_bn"], headroom=0.4)])),
        color=alt.Color(
            "group:N",
            title=None,
            sort=[i18n.t("capital_internal"), i18n.t("capital_external")],
            scale=alt.Scale(range=[PALETTE[0], PALETTE[1]]),
        ),
        tooltip=[
            alt.Tooltip("label:N", title=i18n.t("source_label")),
            alt.Tooltip("usd_bn:Q", title=i18n.t("usd_bn_axis"), format=",.0f"),
            alt.Tooltip("share:Q", title=i18n.t("capital_share_of_total"), format=".0%"),
        ],
    )
    text = (
        base.transform_calculate(
            text="format(datum.usd_bn, '$,.0f') + ' (' + format(datum.share, '.0%') + ')'"
        )
        .mark_text(align="left", dx=4, fontSize=12, color="#222")
        .encode(y=y, x="usd_bn:Q", text="text:N")
    )
    names = names_above_bars(base, "label:N", order)
    chart = alt.layer(bars, text, names).properties(
        width=400,
        height=alt.Step(BAR_STEP),
        title=i18n.t("capital_financing_title"),
        description=i18n.t("capital_financing_description"),
    )
    return with_sources(
        chart,
        [
            "macro:ms_2025_dc_capex_2025_2028",
            "macro:ms_2025_financing_gap",
            *(f"macro:{m}" for _, m in MS_PARTS if m),
        ],
        "aifin_lib.capital.financing_mix",
    )


# --------------------------------------------------------------------------------------
# the six-slider dashboard
# --------------------------------------------------------------------------------------

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
        Slider("gpu_run_rate", "capital_slider_gpu", 25.0, 400.0, 25.0,
               metric_value("sequoia_2024_nvidia_run_rate"), display="usd_bn"),
        Slider("tco_multiple", "capital_slider_tco", 1.0, 3.0, 0.1, 2.0, display="multiple"),
        Slider("end_user_margin", "capital_slider_margin", 0.0, 0.8, 0.05, 0.5, display="percent"),
        Slider("useful_life", "capital_slider_life", 2.0, 10.0, 0.5, reported_life()),
        Slider("target_return", "capital_slider_return", 0.0, 0.2, 0.01, 0.10, display="percent"),
        Slider("debt_share", "capital_slider_debt", 0.0, 1.0, 0.05, debt_share().value,
               display="percent"),
    )


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

    def bars(
        fields: Sequence[tuple[str, str]], title: str, colours: Sequence[str], domain_max: float
    ) -> alt.LayerChart:
        names = [label for _, label in fields]
        folded = base.transform_fold([f for f, _ in fields], as_=["field", "usd_bn"])
        folded = folded.transform_calculate(
            measure=" : ".join(
                [f"datum.field === {_js(f)} ? {_js(label)}" for f, label in fields[:-1]]
                + [_js(fields[-1][1])]
            )
        )
        y = alt.Y("measure:N", sort=names, title=None, axis=None)
        bar = folded.mark_bar(size=BAR_SIZE).encode(
            y=y,
            x=alt.X(
                "usd_bn:Q",
                title=i18n.t("usd_bn_per_year_axis"),
                scale=alt.Scale(domain=[0, domain_max], clamp=True),
            ),
            color=alt.Color(
                "measure:N", legend=None, scale=alt.Scale(domain=names, range=list(colours))
            ),
            tooltip=[
                alt.Tooltip("measure:N", title=i18n.t("figure")),
                alt.Tooltip("usd_bn:Q", title=i18n.t("usd_bn_per_year_axis"), format=",.1f"),
            ],
        )
        text = folded.mark_text(align="left", dx=4, fontSize=12, color="#222").encode(
            y=y,
            x=alt.X("usd_bn:Q", scale=alt.Scale(domain=[0, domain_max], clamp=True)),
            text=alt.Text("usd_bn:Q", format="$,.1f"),
        )
        labels = names_above_bars(folded, "measure:N", names)
        return alt.layer(bar, text, labels).properties(
            width=420, height=alt.Step(BAR_STEP), title=title
        )

    gap_text = i18n.t("capital_panel_gap")
    cover_text = i18n.t("capital_panel_coverage")
    cover_all = i18n.t("capital_panel_coverage_all")
    no_debt = i18n.t("capital_panel_no_debt")
    summary = base.transform_calculate(
        line1=f"{_js(gap_text)} + format(datum.gap_steady, '$,.1f')",
        line2=f"{_js(cover_text)} + (isValid(datum.dscr) ? format(datum.dscr, ',.2f') + '×'"
        f" + {_js(cover_all)} + format(datum.dscr_all, ',.2f') + '×' : {_js(no_debt)})",
    )
    line1 = summary.mark_text(align="left", fontSize=13, fontWeight="bold", color="#222").encode(
        x=alt.value(0), y=alt.value(8), text="line1:N"
    )
    line2 = summary.mark_text(align="left", fontSize=13, fontWeight="bold", color="#222").encode(
        x=alt.value(0), y=alt.value(28), text="line2:N"
    )
    header = alt.layer(line1, line2).properties(width=420, height=36)
    top = bars(
        revenue_labels,
        i18n.t("capital_panel_revenue_title"),
        [PALETTE[1], PALETTE[6], PALETTE[2]],
        3000.0,
    )
    bottom = bars(
        debt_labels, i18n.t("capital_panel_debt_title"), [PALETTE[2], PALETTE[0], PALETTE[6]], 600.0
    )
    chart = (
        alt.vconcat(header, top, bottom)
        .resolve_scale(color="independent")
        .properties(title=i18n.t("capital_panel_title"), description=i18n.t("capital_panel_description"))
    )
    refs = [
        *(
            f"macro:sequoia_2024_{m}"
            for m in ("nvidia_run_rate", "required_revenue", "revenue_hole")
        ),
        f"macro:{REPORTED_LIFE_METRIC}",
        "macro:jpm_2025_required_revenue_10pct",
        f"macro:{debt_share().metric_id}",
    ]
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


# --------------------------------------------------------------------------------------
# numbers for the prose
# --------------------------------------------------------------------------------------


def prose_figures(lang: str | None = None) -> dict[str, str]:
    """Every number the chapter's prose and solutions quote, formatted for ``lang``.

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    dict
        ``{glue key: text}``; values from ``data/`` by metric id or from
        :mod:`aifin_lib.capital`.
    """
    lang = i18n.get_language() if lang is None else lang
    money = lambda v, d=1: i18n.fmt_usd_bn(v, lang, d)  # noqa: E731
    words = lambda v, d=1: i18n.fmt_usd_bn_long(v, lang, d)  # noqa: E731
    pct = lambda v, d=0: i18n.fmt_percent(v, lang, d)  # noqa: E731
    num = lambda v, d=1: i18n.fmt_number(v, lang, d)  # noqa: E731
    out: dict[str, str] = {}
    life = reported_life()
    ai_revenue = ai_revenue_2024()

    # capital explosion: every figure quoted or computed with goes through prose.quote or
    # prose.fact_value, which refuse a basis the sentence does not state
    q = lambda m, **kw: prose.quote(m, lang, **kw)  # noqa: E731
    v = prose.fact_value
    capex = capex_series().set_index("year")
    for year, told_as in ((2023, "actual"), (2025, ("actual", "estimate")), (2026, "forecast")):
        prose.check_basis(capex.loc[year, "estimate"], told_as, f"capex {year}")
    out["capital_data_date"] = prose.data_date(lang)
    out["capital_capex_2023"] = money(capex.loc[2023, "capex_usd_bn"])
    out["capital_capex_2025"] = money(capex.loc[2025, "capex_usd_bn"])
    out["capital_capex_2025_guidance"] = q("bigtech4_capex_guidance_2025_oct", told_as="guidance",
                                       style="money")
    out["capital_capex_2026"] = money(capex.loc[2026, "capex_usd_bn"])
    out["capital_capex_2026_date"] = prose.published("hyperscaler_capex_2026", lang)
    out["capital_capex_2026_high"] = money(capex.loc[2026, "capex_high_usd_bn"])
    out["capital_capex_multiple"] = i18n.t_plural(
        "n_times", round(capex.loc[2026, "capex_usd_bn"] / capex.loc[2023, "capex_usd_bn"], 1),
        lang)
    out["capital_capex_multiple_2025"] = i18n.t_plural(
        "n_times", round(capex.loc[2025, "capex_usd_bn"] / capex.loc[2023, "capex_usd_bn"], 1),
        lang)
    nv = nvidia_run_rate().set_index("quarter")
    latest_id = NVIDIA_QUARTERS[-1]
    latest_q = data.figure(latest_id).period  # the period only; the value is quoted below
    q(latest_id)
    out["capital_nvidia_fy2024_q4"] = money(nv.loc["FY2024-Q4", "revenue_usd_bn"])
    out["capital_nvidia_fy2024_q4_period"] = prose.period_phrase(NVIDIA_QUARTERS[0], lang)
    out["capital_nvidia_latest_q"] = money(nv.loc[latest_q, "revenue_usd_bn"])
    out["capital_nvidia_latest_period"] = prose.period_phrase(latest_id, lang)
    out["capital_nvidia_run_rate_latest"] = money(nv.loc[latest_q, "run_rate_usd_bn"])
    out["capital_nvidia_fy2025"] = q("nvidia_dc_revenue_fy2025", style="money")
    out["capital_nvidia_fy2026"] = q("nvidia_dc_revenue_fy2026", style="money")
    out["capital_openai_revenue_2025"] = q("openai_revenue_2025", style="money")
    out["capital_openai_revenue_2024"] = q("openai_revenue_2024", style="money")
    out["capital_openai_operating_loss_2025"] = q("openai_operating_loss_2025", style="money")
    out["capital_openai_run_rate"] = q(OPENAI_RUN_RATE, style="money")
    out["capital_openai_run_rate_period"] = prose.period_phrase(OPENAI_RUN_RATE, lang)
    out["capital_openai_run_rate_2025_12"] = q("openai_run_rate_2025_12", style="money")
    out["capital_anthropic_run_rate_start"] = q(ANTHROPIC_RUN_RATES[0], style="money")
    out["capital_anthropic_run_rate"] = q(ANTHROPIC_RUN_RATES[-1], style="money")
    out["capital_anthropic_run_rate_period"] = prose.period_phrase(ANTHROPIC_RUN_RATES[-1], lang)
    out["capital_openai_burn_2029"] = q("openai_projected_cash_burn_2025_2029", told_as="forecast",
                                    style="money")
    out["capital_openai_burn_2029_date"] = prose.published("openai_projected_cash_burn_2025_2029",
                                                       lang)
    out["capital_openai_commitments"] = q("openai_compute_commitments", told_as="guidance",
                                      style="words")
    out["capital_openai_commitments_date"] = prose.published("openai_compute_commitments", lang)
    out["capital_openai_commitments_multiple"] = i18n.t_plural(
        "n_times", round(v("openai_compute_commitments", "guidance") / v(OPENAI_RUN_RATE)), lang
    )
    out["capital_openai_compute_2030"] = q("openai_2026_compute_spend_to_2030", told_as="forecast",
                                       style="money")
    out["capital_openai_plan_date"] = prose.published("openai_2026_projected_revenue_2030", lang)
    out["capital_openai_revenue_2030"] = q("openai_2026_projected_revenue_2030", told_as="forecast",
                                       style="money")

    # Cahn
    for year in (2023, 2024):
        steps = cahn_steps(year).set_index("step")
        out[f"capital_cahn_{year}_run_rate"] = money(steps.loc["capital_step_gpu", "end"])
        out[f"capital_cahn_{year}_capex"] = money(steps.loc["capital_step_other_costs", "end"])
        out[f"capital_cahn_{year}_required"] = money(steps.loc["capital_step_margin", "end"])
        out[f"capital_cahn_{year}_ai_revenue"] = money(-steps.loc["capital_step_ai_revenue", "amount"])
        out[f"capital_cahn_{year}_hole"] = money(steps.loc["capital_step_gap", "end"])
    latest = nv.loc[latest_q, "run_rate_usd_bn"]
    out["capital_cahn_latest_required"] = money(capital.cahn_required_revenue(latest))

    # analysts
    jpm = v("jpm_2025_required_revenue_10pct", "scenario")
    jpm_capital = capital.implied_capital(jpm, 0.10, np.inf, 1.0)
    out["capital_jpm_revenue"] = money(jpm)
    out["capital_jpm_spend_5y"] = words(v("jpm_2025_ai_infra_spend_5y", "forecast"))
    out["capital_jpm_implied_capital"] = words(jpm_capital)
    out["capital_jpm_iphone"] = i18n.fmt_usd(
        v("jpm_2025_required_revenue_per_iphone_user", "scenario"), lang)
    out["capital_jpm_capital_6y"] = money(
        capital.required_revenue(jpm_capital, 0.10, life, 0.5)
    )
    out["capital_jpm_capital_6y_multiple"] = i18n.t_plural(
        "n_times", round(capital.required_revenue(jpm_capital, 0.10, life, 0.5) / jpm, 1),
        lang,
    )
    bain_rev, bain_capex = (
        v("bain_2025_required_revenue_2030", "scenario"),
        v("bain_2025_required_capex_2030", "scenario"),
    )
    out["capital_bain_revenue"] = words(bain_rev)
    out["capital_bain_capex"] = money(bain_capex)
    out["capital_bain_ratio"] = i18n.t_plural("n_times", round(bain_rev / bain_capex, 1), lang)
    out["capital_bain_cash_share"] = pct(bain_capex / bain_rev)
    out["capital_bain_shortfall"] = money(v("bain_2025_revenue_shortfall_2030", "scenario"))
    out["capital_bain_gw"] = i18n.t_plural(
        "n_gigawatts", v("bain_2025_compute_gw_2030", "forecast"), lang)
    out["capital_economist_revenue"] = money(v("economist_2025_western_ai_revenue", "estimate"))

    # depreciation
    out["capital_life_microsoft_before"] = num(v("microsoft_server_life_before"))
    out["capital_life_reported"] = num(life)
    out["capital_life_reported_years"] = i18n.t_plural("n_years", life, lang)
    out["capital_life_meta_2025"] = num(v("meta_server_life_2025"))
    out["capital_lift_low"] = num(v("server_life_net_income_lift_low")) + "%"
    out["capital_lift_high"] = num(v("server_life_net_income_lift_high")) + "%"
    out["capital_burry"] = money(v("burry_2025_overstated_earnings", "forecast"))
    out["capital_server_share"] = pct(server_share().value)
    dep_life = depreciation_dashboard().sliders[0].value
    out["capital_dep_slider_start"] = i18n.t_plural("n_years", dep_life, lang)
    dep3 = depreciation_frame(dep_life)
    first_years = dep3[(dep3["series"] == "reported") & (dep3["year"] <= 2026)]
    out["capital_dep3_extra_2023_2026"] = money(first_years["difference"].sum())
    out["capital_dep3_extra_2026"] = money(
        first_years.loc[first_years["year"] == 2026, "difference"].iloc[0]
    )

    # financing
    shares = financing_shares().set_index("part")
    out["capital_ms_capex"] = words(v("ms_2025_dc_capex_2025_2028", "forecast"))
    out["capital_ms_internal"] = words(shares.loc["ms_hyperscaler_cash_flow", "usd_bn"])
    out["capital_ms_internal_share"] = pct(shares.loc["ms_hyperscaler_cash_flow", "share"])
    out["capital_ms_gap"] = words(v("ms_2025_financing_gap", "forecast"))
    out["capital_ms_private_credit"] = money(shares.loc["ms_private_credit", "usd_bn"])
    out["capital_ms_private_credit_share"] = pct(shares.loc["ms_private_credit", "share"])
    out["capital_ms_private_credit_gap_share"] = pct(
        shares.loc["ms_private_credit", "usd_bn"] / v("ms_2025_financing_gap", "forecast")
    )
    out["capital_ms_bonds"] = money(shares.loc["ms_corporate_bonds", "usd_bn"])
    out["capital_ms_abs"] = money(shares.loc["ms_abs", "usd_bn"])
    out["capital_ms_pe"] = money(shares.loc["ms_pe_sovereign", "usd_bn"])

    # dashboard defaults and assumptions
    s = {sl.name: sl for sl in dashboard_sliders()}
    d = capital.capital_dashboard(
        *(
            s[n].value
            for n in (
                "gpu_run_rate",
                "tco_multiple",
                "end_user_margin",
                "useful_life",
                "target_return",
                "debt_share",
            )
        ),
        ai_revenue,
    )
    out["capital_dash_run_rate"] = money(s["gpu_run_rate"].value)
    out["capital_dash_tco"] = num(s["tco_multiple"].value)
    out["capital_dash_tco_times"] = i18n.t_plural("n_times", s["tco_multiple"].value, lang)
    out["capital_dash_margin"] = pct(s["end_user_margin"].value)
    out["capital_dash_life"] = i18n.t_plural("n_years", s["useful_life"].value, lang)
    out["capital_dash_return"] = pct(s["target_return"].value)
    out["capital_dash_debt_share"] = pct(s["debt_share"].value)
    out["capital_dash_ai_revenue"] = money(ai_revenue)
    out["capital_boe_external"] = num(v("boe_2025_ai_infra_external_share", "forecast"), 0) + "%"
    out["capital_dash_cahn"] = money(d.required_revenue_cahn)
    out["capital_dash_steady"] = money(d.required_revenue_steady)
    out["capital_dash_vintage"] = money(d.required_revenue_vintage)
    out["capital_dash_gap"] = money(d.gap_steady)
    out["capital_dash_service"] = money(d.debt_service)
    out["capital_dash_cash_flow"] = money(d.cash_flow)
    out["capital_dash_dscr"] = num(d.dscr, 2)
    out["capital_dash_service_all"] = money(d.debt_service_steady)
    out["capital_dash_dscr_all"] = num(d.dscr_steady, 2)
    out["capital_dash_vintages"] = i18n.t_plural("n_vintages", s["useful_life"].value, lang)
    out["capital_dash_zero_return"] = money(
        capital.capital_dashboard(
            s["gpu_run_rate"].value,
            s["tco_multiple"].value,
            s["end_user_margin"].value,
            s["useful_life"].value,
            0.0,
            s["debt_share"].value,
            ai_revenue,
        ).required_revenue_steady
    )
    breakeven_share = d.cash_flow / (d.data_centre_capex * d.capital_recovery_factor)
    out["capital_dash_breakeven_debt_share"] = pct(breakeven_share)
    out["capital_dash_breakeven_debt_share_all"] = pct(breakeven_share / s["useful_life"].value)

    # exercises
    run_2023 = v("sequoia_2023_nvidia_run_rate", "forecast")
    ex1 = capital.cahn_gap(
        run_2023,
        v("sequoia_2023_required_revenue", "scenario") - v("sequoia_2023_revenue_hole", "scenario"),
    )
    out["capital_ex1_capex"] = money(ex1.data_centre_capex)
    out["capital_ex1_required"] = money(ex1.required_revenue)
    out["capital_ex1_ai_revenue"] = money(ex1.ai_revenue)
    out["capital_ex1_margin40"] = money(capital.cahn_required_revenue(run_2023, 2.0, 0.4))
    # Exercise 2: $300B of capital (Cahn 2024: 150 x 2), $100B of revenue, half of it cash.
    ex2_capital = 2.0 * v("sequoia_2024_nvidia_run_rate", "forecast")
    out["capital_ex2_capital"] = money(ex2_capital)
    out["capital_ex2_cash"] = money(ai_revenue * 0.5)
    out["capital_ex2_life_10"] = i18n.t_plural(
        "n_years", round(capital.breakeven_life(ex2_capital, 0.10, ai_revenue, 0.5), 1), lang)
    out["capital_ex2_life_0"] = i18n.t_plural(
        "n_years", round(capital.breakeven_life(ex2_capital, 0.0, ai_revenue, 0.5), 1), lang)
    # at 20 % the return alone exceeds the cash flow: no life is long enough (inf)
    assert np.isinf(capital.breakeven_life(ex2_capital, 0.20, ai_revenue, 0.5))
    out["capital_ex2_return_20"] = money(0.20 * ex2_capital)
    # Exercise 3: $60B of servers a year for three years, 4 versus 6 years.
    ex3 = capital.depreciation_life_effect([60.0, 60.0, 60.0], 4, 6)
    out["capital_ex3_dep4_y3"] = money(ex3.depreciation_old[2])
    out["capital_ex3_dep6_y3"] = money(ex3.depreciation_new[2])
    out["capital_ex3_boost_y3"] = money(ex3.earnings_boost[2])
    out["capital_ex3_boost_cum3"] = money(ex3.cumulative_boost[2])
    out["capital_ex3_total_old"] = money(ex3.depreciation_old.sum())
    out["capital_ex3_total_new"] = money(ex3.depreciation_new.sum())
    out["capital_ex3_last_year"] = str(int(ex3.years[-1]) + 1)
    # Exercise 4: J.P. Morgan's perpetuity, and a finite life.
    out["capital_ex4_capital"] = words(jpm_capital)
    out["capital_ex4_crf6"] = num(capital.capital_recovery_factor(0.10, 6), 4)
    out["capital_ex4_revenue_6y"] = money(capital.required_revenue(jpm_capital, 0.10, 6, 0.5))
    # Exercise 5: the debt share at which coverage falls to 1.
    out["capital_ex5_crf"] = num(d.capital_recovery_factor, 4)
    out["capital_ex5_capex"] = money(d.data_centre_capex)
    out["capital_ex5_share"] = pct(breakeven_share)
    out["capital_ex5_dscr_full"] = num(
        capital.capital_dashboard(
            s["gpu_run_rate"].value,
            s["tco_multiple"].value,
            s["end_user_margin"].value,
            s["useful_life"].value,
            s["target_return"].value,
            1.0,
            ai_revenue,
        ).dscr,
        2,
    )
    out["capital_ex5_share_all"] = pct(breakeven_share / s["useful_life"].value)
    return out


# Names of values that are read from data/ (functions now, so that importing this module reads
# nothing); the former module constants stay readable under their old names (PEP 562).
_READ_ON_ACCESS: dict[str, Callable[[], Any]] = {
    "AI_REVENUE_2024": ai_revenue_2024,
    "DASHBOARD_SLIDERS": dashboard_sliders,
    "DEBT_SHARE_ASSUMPTION": debt_share,
    "REPORTED_LIFE": reported_life,
    "SERVER_SHARE_ASSUMPTION": server_share,
}


def __getattr__(name: str) -> Any:
    if name in _READ_ON_ACCESS:
        return _READ_ON_ACCESS[name]()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
