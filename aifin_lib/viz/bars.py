"""Bar charts built from Vega expressions: several fields of one row drawn as labelled bars.

A dashboard whose model returns one row of figures (an
:class:`~aifin_lib.viz.dashboard.ExpressionDashboard`) draws some of them side by side with
:func:`field_bars`; :func:`vega_string` writes a Python string into a Vega expression.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, cast

import altair as alt

from .. import i18n
from .charts import names_above_bars
from .theme import BAR_SIZE, BAR_STEP

__all__ = ["field_bars", "vega_string"]


def vega_string(text: str) -> str:
    """A string literal for a Vega expression.

    Parameters
    ----------
    text : str
        Any text (quotes, backslashes and non-ASCII characters are escaped).

    Returns
    -------
    str

    Examples
    --------
    >>> vega_string('the "gap"')
    '"the \\\\"gap\\\\""'
    """
    return json.dumps(text)


def field_bars(
    base: Any,
    fields: Sequence[tuple[str, str]],
    title: str,
    colours: Sequence[str],
    domain_max: float,
    *,
    width: int = 420,
    number_format: str = "$,.1f",
) -> alt.LayerChart:
    """Horizontal bars of some fields of each row of ``base``, named above the bars.

    Parameters
    ----------
    base : altair.Chart
        A chart over rows that hold the fields (e.g. one row computed by Vega expressions).
    fields : sequence of (str, str)
        ``(field, label)`` pairs in the order of the bars; the label is reader-visible text.
    title : str
        The chart's title.
    colours : sequence of str
        One colour per field.
    domain_max : float
        The right end of the x axis, USD bn per year (longer bars are clamped).
    width : int, default 420
        Width in pixels.
    number_format : str, default "$,.1f"
        d3 format of the values written after the bars.

    Returns
    -------
    altair.LayerChart
        Bars, their values and their names; the x axis is titled in USD bn per year.

    Raises
    ------
    ValueError
        If ``fields`` is empty or ``colours`` does not have one colour per field.
    """
    if not fields:
        raise ValueError("fields must name at least one (field, label) pair")
    if len(colours) != len(fields):
        raise ValueError(f"colours must have one colour per field ({len(fields)}), "
                         f"got {len(colours)}")
    names = [label for _, label in fields]
    folded = base.transform_fold([f for f, _ in fields], as_=["field", "usd_bn"])
    folded = folded.transform_calculate(
        measure=" : ".join(
            [f"datum.field === {vega_string(f)} ? {vega_string(label)}"
             for f, label in fields[:-1]]
            + [vega_string(fields[-1][1])]
        )
    )
    y = alt.Y("measure:N", sort=names, title=None, axis=None)
    x_scale = alt.Scale(domain=[0, domain_max], clamp=True)
    bar = folded.mark_bar(size=BAR_SIZE).encode(
        y=y,
        x=alt.X("usd_bn:Q", title=i18n.t("usd_bn_per_year_axis"), scale=x_scale),
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
        x=alt.X("usd_bn:Q", scale=x_scale),
        text=alt.Text("usd_bn:Q", format=number_format),
    )
    labels = names_above_bars(folded, "measure:N", names)
    return cast(alt.LayerChart, alt.layer(bar, text, labels).properties(
        width=width, height=alt.Step(BAR_STEP), title=title
    ))
