"""The charts of the chapter "Capital versus return" (its two dashboards have modules of their
own: :mod:`.depreciation` and :mod:`.panel`)."""

from __future__ import annotations

from typing import cast

import altair as alt
import pandas as pd

from aifin_lib import i18n
from aifin_lib.chapters.capital_versus_return.frames import (
    CAHN_ESSAYS,
    CAHN_INPUTS,
    NEEDED_ROWS,
    NVIDIA_QUARTERS,
    cahn_metric,
    cahn_run_rate,
    cahn_steps,
    financing_shares,
    needed_versus_earned,
    nvidia_run_rate,
)
from aifin_lib.chapters.introduction import CAPEX_METRICS, MS_CAPEX, MS_GAP, MS_PARTS, capex_series
from aifin_lib.viz.charts import names_above_bars
from aifin_lib.viz.sources import with_sources
from aifin_lib.viz.theme import BAR_SIZE, BAR_STEP, PALETTE, axis_max

__all__ = ["cahn_chart", "capex_chart", "financing_chart", "needed_chart", "nvidia_chart"]


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
                domain=[i18n.t(f"capital_estimate_{e}")
                        for e in ("actual", "estimate", "forecast")],
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
                alt.Tooltip("revenue_usd_bn:Q", title=i18n.t("capital_quarter_revenue"),
                            format=",.1f"),
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
             "usd_bn": cahn_run_rate(y)}
            for y in CAHN_ESSAYS
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
        + [f"macro:{cahn_metric(y, 'nvidia_run_rate')}" for y in CAHN_ESSAYS],
        None,
    )


def _cahn_labels(frame: pd.DataFrame) -> pd.DataFrame:
    """:func:`cahn_steps` with the reader-visible labels of each step and its kind."""
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
    return frame


def _cahn_panel(year: int, frame: pd.DataFrame, top: float) -> alt.LayerChart:
    """One essay's waterfall: bars from ``start`` to ``end`` on a y axis up to ``top``."""
    frame = _cahn_labels(frame)
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
    return cast(alt.LayerChart, alt.layer(bars, text).properties(
        width=520, height=200, title=i18n.t(f"capital_cahn_panel_{year}")
    ))


def cahn_chart() -> alt.VConcatChart:
    """Cahn's chain as step (waterfall) charts for the 2023 and 2024 essays.

    Returns
    -------
    altair.VConcatChart
        One panel per essay: GPU spending, the other data-centre costs, the end users'
        margin, minus the AI revenue, and the resulting gap (USD bn), on one y axis.
    """
    frames = {year: cahn_steps(year) for year in CAHN_ESSAYS}
    top = axis_max(pd.concat(frames.values())[["start", "end"]].max(), headroom=0.08)
    panels = [_cahn_panel(year, frame, top) for year, frame in frames.items()]
    chart = alt.vconcat(*panels).properties(
        title=i18n.t("capital_cahn_title"), description=i18n.t("capital_cahn_description")
    )
    return with_sources(
        chart,
        [
            f"macro:{cahn_metric(y, m)}"
            for y in CAHN_ESSAYS
            for m in CAHN_INPUTS
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
            f"macro:{MS_CAPEX}",
            f"macro:{MS_GAP}",
            *(f"macro:{m}" for _, m in MS_PARTS if m),
        ],
        "aifin_lib.capital.financing_mix",
    )
