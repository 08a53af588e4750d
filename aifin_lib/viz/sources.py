"""Which rows of ``data/`` a chart shows: recorded with the chart, listed under it on the site.

:func:`with_sources` stores ``"<table>:<row id>"`` references (and the dotted name of the model
that computes the chart) in the chart's ``usermeta``; :func:`sources_html` turns them into the
chart's *Sources* panel, with links to the data appendix and the publishers.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

import altair as alt

from .. import i18n

__all__ = ["SOURCE_TABLES", "source_anchor", "sources_html", "with_sources"]

SOURCE_TABLES: tuple[str, ...] = ("macro", "history", "deals")
"""Tables of ``data/`` a chart's sources may point to (``"<table>:<row id>"``)."""
_ID_COLUMN = {"macro": "metric_id", "history": "metric_id", "deals": "deal_id"}


def with_sources(chart: Any, sources: Sequence[str], model: str | None = None) -> Any:
    """Return ``chart`` with the data rows it shows recorded in its metadata.

    Parameters
    ----------
    chart : altair chart
        Any chart.
    sources : sequence of str
        ``"<table>:<row id>"`` references into ``data/`` (tables :data:`SOURCE_TABLES`), e.g.
        ``"macro:hyperscaler_capex_2026"`` or ``"deals:D14"``, in the order to list them.
    model : str, optional
        Dotted name of the model of :mod:`aifin_lib` that computes what the chart shows.

    Returns
    -------
    altair chart
        The same chart with ``usermeta["aifin"]["sources"]`` (and ``"model"``) set; the site
        lists them, with their publishers, under the chart's *Sources* button.

    Raises
    ------
    ValueError
        If a reference is malformed or names a row that is not in ``data/``.

    Examples
    --------
    >>> c = with_sources(alt.Chart().mark_bar(), ["deals:D14"], "aifin_lib.circular")
    >>> c.to_dict()["usermeta"]["aifin"]
    {'sources': ['deals:D14'], 'model': 'aifin_lib.circular'}
    """
    refs = [str(ref) for ref in dict.fromkeys(sources)]
    for ref in refs:
        _source_row(ref)
    meta = dict(getattr(chart, "usermeta", None) or {}) if not _undefined(chart) else {}
    aifin = dict(meta.get("aifin", {}))
    aifin["sources"] = refs
    if model:
        aifin["model"] = model
    meta["aifin"] = aifin
    return chart.properties(usermeta=meta)


def _undefined(chart: Any) -> bool:
    return getattr(chart, "usermeta", alt.Undefined) is alt.Undefined


def _source_row(ref: str) -> tuple[str, str, str]:
    """Return ``(table, row id, source_id cell)`` of a source reference, or raise."""
    from ..data.loader import shared

    table, sep, row_id = ref.partition(":")
    if not sep or table not in SOURCE_TABLES or not row_id:
        raise ValueError(
            f"source reference must be '<table>:<row id>' with table in {SOURCE_TABLES}, "
            f"got {ref!r}"
        )
    frame = shared(table)
    rows = frame[frame[_ID_COLUMN[table]] == row_id]
    if rows.empty:
        raise ValueError(f"source reference {ref!r}: no row {row_id!r} in {table}.csv")
    cell = rows.iloc[0]["source_id"]
    return table, row_id, cell if isinstance(cell, str) else ""


def source_anchor(table: str, row_id: str) -> str:
    """Return the element id of a data row in the data appendix.

    Parameters
    ----------
    table : str
        ``"macro"``, ``"history"`` or ``"deals"``.
    row_id : str
        The row's metric or deal id.

    Returns
    -------
    str
        E.g. ``"data-deals-D14"``.

    Examples
    --------
    >>> source_anchor("deals", "D14")
    'data-deals-D14'
    """
    return f"data-{table}-{row_id}"


def sources_html(refs: Sequence[str], lang: str | None = None,
                 appendix: str = "data_appendix.html", model: str | None = None) -> str:
    """Return the *Sources* panel of a chart: data rows linked to the appendix, publishers.

    Parameters
    ----------
    refs : sequence of str
        Source references (see :func:`with_sources`).
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.
    appendix : str, default "data_appendix.html"
        Address of the data appendix page, relative to the chart's page.
    model : str, optional
        Dotted name of the model that computes the chart.

    Returns
    -------
    str
        An HTML list; empty string when there is nothing to list.
    """
    from ..tables import source_links

    parts = []
    if refs:
        items = []
        for ref in refs:
            table, row_id, cell = _source_row(ref)
            anchor = html.escape(f"{appendix}#{source_anchor(table, row_id)}", quote=True)
            publishers = source_links(cell) if cell else ""
            items.append(
                f'<li><a href="{anchor}"><code>{table}.csv: {html.escape(row_id)}</code></a>'
                + (f" · {publishers}" if publishers else "")
                + "</li>"
            )
        parts.append(f"<p>{html.escape(i18n.t('chart_sources_intro', lang))}</p>")
        parts.append('<ul class="aifin-chart-sources">' + "".join(items) + "</ul>")
    if model:
        text = html.escape(i18n.t("chart_sources_model", lang, model="\x00"))
        parts.append("<p>" + text.replace("\x00", f"<code>{html.escape(model)}</code>") + "</p>")
    return "".join(parts)
