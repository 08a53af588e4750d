"""The chapter's depreciation dashboard: server capex written off over the reported life and
over a life the reader picks (:func:`aifin_lib.capital.depreciation_life_effect`)."""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd

from aifin_lib import i18n
from aifin_lib.chapters.capital_versus_return.frames import (
    REPORTED_LIFE_METRIC,
    depreciation_frame,
    reported_life,
)
from aifin_lib.chapters.introduction import CAPEX_METRICS
from aifin_lib.viz.bars import vega_string
from aifin_lib.viz.dashboard import Dashboard, PrintFigure, PrintSetting, Slider
from aifin_lib.viz.sources import with_sources
from aifin_lib.viz.theme import PALETTE, axis_max

__all__ = ["depreciation_dashboard"]


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
        series_label=f"datum.series === 'reported' ? {vega_string(labels['reported'])} "
        f": {vega_string(labels['alternative'])}"
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
    year: Any = frame.at[frame["difference"].idxmax(), "year"]
    return str(int(year))
