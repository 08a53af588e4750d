"""The book's Altair theme, its offline chart renderer and the set-up call of every chapter.

Charts are stored in the notebooks as plain Vega-Lite JSON (MIME type
``application/vnd.vegalite.v5+json``, which JupyterLab draws with the Vega it ships, offline).
The built site turns the same JSON into a ``<div>`` plus a call to the locally served
``vegaEmbed`` (see :func:`chart_html`), so no page loads anything from another host. Chart ids
are derived from a hash of the spec, so re-running a notebook gives byte-identical output.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import altair as alt

from . import i18n

__all__ = [
    "BAR_SIZE",
    "BAR_STEP",
    "DARK_BACKGROUND",
    "DARK_COLOURS",
    "DARK_PALETTE",
    "LAB_MIMETYPE",
    "PALETTE",
    "ROWS_DATASET",
    "SOURCE_TABLES",
    "VL_VERSION",
    "chart_assets",
    "chart_html",
    "chart_id",
    "lab_spec",
    "names_above_bars",
    "setup",
    "site_spec",
    "source_anchor",
    "sources_html",
    "theme_script_config",
    "vega_javascript",
    "vega_spec",
    "with_sources",
]

LAB_MIMETYPE = "application/vnd.vegalite.v5+json"
"""The MIME type under which notebooks store chart specs (JupyterLab renders it natively)."""

_LAB_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"

PALETTE: tuple[str, ...] = (
    "#1f4e79",  # dark blue
    "#c55a11",  # burnt orange
    "#548235",  # green
    "#7f6000",  # ochre
    "#7030a0",  # purple
    "#3b7ea1",  # steel blue
    "#a50021",  # dark red
    "#595959",  # grey
)
"""Categorical palette; every colour has at least 4.3:1 contrast on white, above the 3:1 that
WCAG 2.1 (success criterion 1.4.11) asks of graphical objects."""

EXTRA_COLOURS: tuple[str, ...] = ("#b8860b", "#2e8b57", "#8c564b")
"""Further colours for categories beyond the palette (dark goldenrod, sea green, brown)."""

INK = "#222222"
"""Colour of text drawn in charts (titles, labels)."""

LIGHT_BACKGROUND = "#ffffff"
DARK_BACKGROUND = "#14181e"
"""The page background of the site's dark mode (pydata-sphinx-theme), behind dark charts."""

DARK_PALETTE: tuple[str, ...] = (
    "#6fa8dc",  # light blue
    "#f0883e",  # orange
    "#8cc269",  # green
    "#d4aa2b",  # ochre
    "#b98ee0",  # lilac
    "#4fc1c6",  # teal
    "#ff7b8a",  # rose
    "#a8a8a8",  # grey
)
"""The palette in dark mode: the same hues, lighter, each at least 6:1 on
:data:`DARK_BACKGROUND` (WCAG 2.1 asks 3:1 of graphical objects)."""

DARK_COLOURS: dict[str, str] = {
    **dict(zip(PALETTE, DARK_PALETTE, strict=True)),
    "#b8860b": "#e0b040",
    "#2e8b57": "#5cc48a",
    "#8c564b": "#c9977f",
    "#c9c9c9": "#5f6670",
    "#111": "#e8e8e8",
    "#111111": "#e8e8e8",
    "#222": "#e8e8e8",
    "#222222": "#e8e8e8",
    "#333": "#dddddd",
    "#333333": "#dddddd",
    "#888": "#9aa3ad",
    "#888888": "#9aa3ad",
    "#e6e6e6": "#333a44",
    "#dddddd": "#3a424d",
    "white": DARK_BACKGROUND,
    "#fff": DARK_BACKGROUND,
    "#ffffff": DARK_BACKGROUND,
}
"""Light colour -> dark-mode colour. The site's chart script swaps every colour of a chart's
Vega spec found here when the page is in dark mode (``data-theme="dark"`` on ``<html>``);
text colours get at least 4.5:1 and graphics at least 3:1 on :data:`DARK_BACKGROUND`."""


def theme_script_config() -> dict[str, Any]:
    """Return the theme data that the site's chart script needs (as JSON).

    Returns
    -------
    dict
        ``{"dark": {light colour: dark colour}, "darkBackground": colour}``.
    """
    return {"dark": DARK_COLOURS, "darkBackground": DARK_BACKGROUND}


def _theme(lang: str) -> dict[str, Any]:
    """Return the Vega-Lite config of the book's theme for ``lang``."""
    font = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
    return {
        "config": {
            "locale": i18n.d3_locale(lang),
            "font": font,
            "view": {"continuousWidth": 560, "continuousHeight": 300, "stroke": None},
            "range": {"category": list(PALETTE)},
            "title": {"anchor": "start", "frame": "bounds", "fontSize": 15, "fontWeight": 600,
                      "color": "#222",
                      "subtitleColor": "#333", "subtitleFontSize": 12},
            "axis": {
                "labelFontSize": 12,
                "titleFontSize": 12,
                "titleFontWeight": 500,
                "labelColor": "#333",
                "titleColor": "#333",
                "gridColor": "#e6e6e6",
                "domainColor": "#888",
                "tickColor": "#888",
                "labelOverlap": "greedy",
                "labelSeparation": 4,
            },
            "text": {"color": INK},
            "background": "white",
            "legend": {"labelFontSize": 12, "titleFontSize": 12, "orient": "bottom",
                       "labelColor": "#333", "titleColor": "#333", "labelLimit": 240},
            "bar": {"color": PALETTE[0]},
            "line": {"color": PALETTE[0], "strokeWidth": 2.5},
            "point": {"color": PALETTE[0], "filled": True},
        }
    }


BAR_STEP = 40
"""Height of one category of a horizontal bar chart, pixels (room for its name above the bar)."""
BAR_SIZE = 16
"""Thickness of a bar in a horizontal bar chart, pixels."""


def names_above_bars(base: Any, field: str, sort: Sequence[str], *, top: float | None = None,
                     font_size: int = 12) -> Any:
    """Return a text layer that writes each category's name above its bar, from the left edge.

    Horizontal bar charts put their category names above the bars instead of on a y-axis, so
    the names and the bars both get the chart's full width: long names then fit a phone.

    Parameters
    ----------
    base : altair.Chart
        The bars' chart (same data and transforms).
    field : str
        The category field, e.g. ``"label:N"``.
    sort : sequence of str
        The categories in order (as the bars' y encoding).
    top : float, optional
        Pixels from the category's middle to the bottom of its name (default: half a bar
        plus 3).
    font_size : int, default 12
        Font size of the names.

    Returns
    -------
    altair.Chart
        Use it with bars drawn ``mark_bar(size=BAR_SIZE)`` on ``y=alt.Y(field, axis=None)``
        and ``height=alt.Step(BAR_STEP)``.
    """
    offset = BAR_SIZE / 2 + 3 if top is None else top
    return base.mark_text(
        align="left", baseline="bottom", dy=-offset, fontSize=font_size, color=INK
    ).encode(
        x=alt.value(0),
        y=alt.Y(field, sort=list(sort), axis=None),
        text=alt.Text(field),
    )


def lab_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """Return ``spec`` labelled for JupyterLab's built-in Vega-Lite 5 renderer.

    Parameters
    ----------
    spec : dict
        A Vega-Lite spec as produced by Altair.

    Returns
    -------
    dict
        A copy whose ``$schema`` names Vega-Lite 5 (the charts of the book use only
        features common to Vega-Lite 5 and 6).
    """
    out = dict(spec)
    out["$schema"] = _LAB_SCHEMA
    return out


def site_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """Return ``spec`` labelled for the Vega-Lite version served with the site.

    Parameters
    ----------
    spec : dict
        A Vega-Lite spec as stored in a notebook.

    Returns
    -------
    dict
        A copy whose ``$schema`` names the Vega-Lite version of the pinned Altair.
    """
    out = dict(spec)
    out["$schema"] = alt.SCHEMA_URL
    return out


VL_VERSION = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
"""The Vega-Lite version (``"6.4"``) that :func:`vega_spec` compiles with: Altair's."""

ROWS_DATASET = "aifin_rows"
"""Name of the Vega dataset that holds the rows a chart shows now (its CSV download)."""

SOURCE_TABLES: tuple[str, ...] = ("macro", "history", "deals")
"""Tables of ``data/`` a chart's sources may point to (``"<table>:<row id>"``)."""


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
    from . import data

    table, sep, row_id = ref.partition(":")
    if not sep or table not in SOURCE_TABLES or not row_id:
        raise ValueError(
            f"source reference must be '<table>:<row id>' with table in {SOURCE_TABLES}, "
            f"got {ref!r}"
        )
    key = {"deals": "deal_id", "assumptions": "assumption_id"}.get(table, "metric_id")
    frame = data.load(table)
    if key not in frame.columns:
        key = frame.columns[0]
    rows = frame[frame[key] == row_id]
    if rows.empty:
        raise ValueError(f"source reference {ref!r}: no row {row_id!r} in {table}.csv")
    cell = rows.iloc[0].get("source_id", "")
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
    from .tables import source_links

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


STATIC = Path(__file__).resolve().parent / "static"
"""The chart script and styles shipped with the library."""

NODE_VEGA = Path(__file__).resolve().parent.parent / "node_modules" / "vega"
"""Where ``npm ci`` puts the pinned ``vega`` package (``package.json``)."""


def vega_javascript() -> str:
    """Return the Vega library the site loads on pages with charts.

    Returns
    -------
    str
        ``vega.min.js`` of the npm package ``vega`` pinned in ``package.json`` (about 0.5 MB;
        it sets ``window.vega``). Without ``node_modules``, the bundle of
        ``vl-convert-python`` with Vega taken from Vega-Embed (about 0.9 MB).

    Raises
    ------
    RuntimeError
        If the installed ``vega`` is not the version that ``vl_convert`` compiles for.
    """
    import vl_convert

    wanted = vl_convert.get_vega_version()
    package = NODE_VEGA / "package.json"
    if package.is_file():
        found = json.loads(package.read_text(encoding="utf-8"))["version"]
        if found != wanted:
            raise RuntimeError(
                f"node_modules/vega is version {found}, but vl-convert-python compiles for Vega "
                f"{wanted}: pin vega {wanted} in package.json and run npm ci"
            )
        return (NODE_VEGA / "build" / "vega.min.js").read_text(encoding="utf-8")
    return vl_convert.javascript_bundle("window.vega = vegaEmbed.vega;")


def chart_assets() -> dict[str, str]:
    """Return the static files of the site's charts: Vega, the chart script, its styles.

    Returns
    -------
    dict
        ``{"vega": ..., "script": ..., "styles": ...}``; the script carries the dark-mode
        colours of :func:`theme_script_config`.
    """
    script = (STATIC / "aifin-charts.js").read_text(encoding="utf-8")
    theme = json.dumps(theme_script_config(), sort_keys=True)
    marker = '/*AIFIN_THEME*/ { dark: {}, darkBackground: "#14181e" }'
    if marker not in script:
        raise RuntimeError("aifin-charts.js lost its theme placeholder")
    return {
        "vega": vega_javascript(),
        "script": script.replace(marker, theme),
        "styles": (STATIC / "aifin-charts.css").read_text(encoding="utf-8"),
    }


def _rows_dataset(vl: dict[str, Any], vg: dict[str, Any]) -> dict[str, Any] | None:
    """The Vega dataset of the rows a chart shows now, from ``usermeta["aifin"]["rows"]``."""
    meta = (vl.get("usermeta") or {}).get("aifin", {})
    rows = dict(meta.get("rows", {}))
    datasets = vl.get("datasets", {})
    names = [d["name"] for d in vg.get("data", []) if "values" in d or "url" in d]
    top = (vl.get("data") or {}).get("name")
    columns = rows.get("columns")
    source = rows.get("source")
    wanted = rows.get("source_columns", columns)
    if source is None and wanted:
        source = next(
            (n for n in names if datasets.get(n) and set(wanted) <= set(datasets[n][0])), None
        )
    if source is None:
        source = top if top in names else (names[0] if names else None)
    if source is None:
        return None
    transform: list[dict[str, Any]] = []
    if rows.get("filter"):
        transform.append({"type": "filter", "expr": rows["filter"]})
    for name, expr in rows.get("formulas", {}).items():
        transform.append({"type": "formula", "expr": expr, "as": name})
    for lookup in rows.get("lookups", ()):
        lookup = dict(lookup)
        need = lookup.pop("from_columns", None)
        if need and "from" not in lookup:
            lookup["from"] = next(
                n for n in names if datasets.get(n) and set(need) <= set(datasets[n][0])
            )
        transform.append({"type": "lookup", **lookup})
    fields = columns
    if not fields and datasets.get(source):
        fields = list(datasets[source][0])
    if fields:
        transform.append({"type": "project", "fields": list(fields)})
    return {"name": ROWS_DATASET, "source": source, "transform": transform}


@functools.lru_cache(maxsize=64)
def _compile(text: str) -> str:
    import vl_convert

    return json.dumps(vl_convert.vegalite_to_vega(json.loads(text), vl_version=VL_VERSION))


def vega_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """Compile a Vega-Lite spec to the Vega spec the site draws (at build time).

    Parameters
    ----------
    spec : dict
        A Vega-Lite spec (as stored in a notebook).

    Returns
    -------
    dict
        The Vega spec from ``vl_convert.vegalite_to_vega`` (Vega-Lite :data:`VL_VERSION`), with
        Vega's English ARIA descriptions switched off (the page gives each chart a description
        and a table in its own language), ``usermeta`` kept, and a dataset
        :data:`ROWS_DATASET` holding the rows the chart shows at the current control values
        (the ``rows`` entry of ``usermeta["aifin"]``: ``columns``, ``filter``, ``formulas``,
        ``lookups``; by default every column of the chart's main data).

    Examples
    --------
    >>> vg = vega_spec({"data": {"values": [{"a": 1}]}, "mark": "point",
    ...                 "encoding": {"x": {"field": "a", "type": "quantitative"}}})
    >>> [d["name"] for d in vg["data"]][-1]
    'aifin_rows'
    """
    vl = json.loads(json.dumps(spec))
    vl["$schema"] = alt.SCHEMA_URL
    config = dict(vl.get("config", {}))
    config["aria"] = False
    vl["config"] = config
    vg = json.loads(_compile(json.dumps(vl, sort_keys=True)))
    vg.pop("$schema", None)
    if "usermeta" in vl:
        vg["usermeta"] = vl["usermeta"]
    rows = _rows_dataset(vl, vg)
    if rows is not None:
        vg.setdefault("data", []).append(rows)
    wrapped = _wrap_titles(vg)
    if _stack_legends(vg) or wrapped:
        vg.setdefault("signals", []).insert(0, {"name": NARROW_SIGNAL, "value": False})
    return vg


NARROW_SIGNAL = "aifin_narrow"
"""Vega signal the site's chart script sets on a narrow screen: legends then stack entries."""


def _stack_legends(node: Any) -> bool:
    """Let every legend put one entry per line when :data:`NARROW_SIGNAL` is true."""
    found = False
    if isinstance(node, list):
        for item in node:
            found = _stack_legends(item) or found
        return found
    if not isinstance(node, dict):
        return False
    for legend in node.get("legends", []) or []:
        if isinstance(legend, dict) and legend.get("type", "symbol") == "symbol":
            columns = legend.get("columns", 0)
            if isinstance(columns, dict):
                continue
            legend["columns"] = {"signal": f"{NARROW_SIGNAL} ? 1 : {int(columns)}"}
            found = True
    for key, value in node.items():
        if key not in ("values", "legends"):
            found = _stack_legends(value) or found
    return found


TITLE_WRAP = 36
"""Chart titles longer than this many characters are set on several lines (phones)."""


def _wrap_titles(node: Any) -> bool:
    """On a narrow screen (:data:`NARROW_SIGNAL`), set long chart titles on several lines."""
    import textwrap

    found = False
    if isinstance(node, list):
        for item in node:
            found = _wrap_titles(item) or found
        return found
    if not isinstance(node, dict):
        return False
    title = node.get("title")
    if isinstance(title, dict) and isinstance(title.get("text"), str):
        text = title["text"]
        if len(text) > TITLE_WRAP:
            lines = textwrap.wrap(text, TITLE_WRAP, break_on_hyphens=False)
            title["text"] = {
                "signal": f"{NARROW_SIGNAL} ? {json.dumps(lines)} : {json.dumps(text)}"
            }
            found = True
    for key, value in node.items():
        if key not in ("values", "title"):
            found = _wrap_titles(value) or found
    return found


def chart_id(spec: dict[str, Any]) -> str:
    """Return a stable element id for a chart, derived from a hash of its spec.

    Parameters
    ----------
    spec : dict
        A Vega-Lite spec.

    Returns
    -------
    str
        ``"vega-"`` followed by 12 hexadecimal digits; equal specs give equal ids.

    Examples
    --------
    >>> chart_id({"mark": "bar"}) == chart_id({"mark": "bar"})
    True
    >>> chart_id({"mark": "bar"}).startswith("vega-")
    True
    """
    text = json.dumps(spec, sort_keys=True, separators=(",", ":"))
    return "vega-" + hashlib.sha256(text.encode()).hexdigest()[:12]


def chart_html(spec: dict[str, Any], occurrence: int = 0, lang: str | None = None,
               appendix: str = "data_appendix.html") -> str:
    """Return the HTML that draws ``spec`` in the built site, with its toolbar.

    Parameters
    ----------
    spec : dict
        A Vega-Lite spec (as stored in a notebook).
    occurrence : int, default 0
        How many charts with the same spec came before on the page; appended to the id so
        that a chart shown twice (e.g. displayed and glued) gets two distinct elements.
    lang : {"nl", "en"}, optional
        Language of the toolbar; the active one when omitted.
    appendix : str, default "data_appendix.html"
        Address of the data appendix relative to the page (for the sources panel).

    Returns
    -------
    str
        A ``<div class="aifin-chart">`` with a deterministic id, holding the chart compiled
        to Vega (:func:`vega_spec`) as JSON, a place for the bound controls, and the toolbar:
        PNG, SVG and CSV downloads, copy link, table view and sources. The page's chart
        script (``aifin-charts.js``, with Vega) draws it; nothing is loaded from another host.

    Examples
    --------
    >>> snippet = chart_html({"mark": "bar", "description": "A bar"}, lang="en")
    >>> snippet.startswith('<div class="aifin-chart" id="vega-')
    True
    >>> 'type="application/json"' in snippet and "cdn" not in snippet
    True
    """
    lang = i18n.get_language() if lang is None else i18n._check_lang(lang)
    spec = site_spec(spec)
    element = chart_id(spec) + (f"-{occurrence}" if occurrence else "")
    compiled = vega_spec(spec)
    payload = json.dumps(compiled, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    payload = payload.replace("</", "<\\/").replace("<!--", "<\\!--")
    description = str(spec.get("description", ""))
    title = _title_text(spec) or description
    esc = lambda text: html.escape(text, quote=True)  # noqa: E731
    t = lambda key, **kw: esc(i18n.t(key, lang, **kw))  # noqa: E731
    meta = (spec.get("usermeta") or {}).get("aifin", {})
    sources = sources_html(meta.get("sources", ()), lang, appendix, meta.get("model"))
    buttons = [
        ("png", "chart_png", "chart_png_title", ""),
        ("svg", "chart_svg", "chart_svg_title", ""),
        ("csv", "chart_csv", "chart_csv_title", ""),
        ("link", "chart_link", "chart_link_title", f"{element}-link"),
        ("table", "chart_table", "chart_table_title", f"{element}-table"),
        ("sources", "chart_sources", "chart_sources_title", f"{element}-sources"),
    ]
    tools = []
    for action, label, tip, panel in buttons:
        extra = f' aria-expanded="false" aria-controls="{panel}"' if panel else ""
        tools.append(
            f'<button type="button" class="aifin-chart-button" data-action="{action}"'
            f' title="{t(tip)}"{extra}>{t(label)}</button>'
        )
    return (
        f'<div class="aifin-chart" id="{element}" role="figure" aria-label="{esc(description)}"'
        f' data-lang="{lang}">\n'
        f'<div class="aifin-chart-view" role="img" aria-label="{esc(title)}"></div>\n'
        f'<div class="aifin-chart-controls" role="group" aria-label="{t("chart_settings")}">'
        f"</div>\n"
        f'<div class="aifin-chart-toolbar" role="toolbar" aria-label="{t("chart_tools")}">'
        + "".join(tools)
        + "</div>\n"
        f'<p class="aifin-chart-status" role="status" aria-live="polite"'
        f' data-copied="{t("chart_link_copied")}" data-select="{t("chart_link_select")}"'
        f' data-downloaded="{t("chart_downloaded", file="{file}")}"></p>\n'
        f'<div class="aifin-chart-panel" id="{element}-link" hidden>'
        f'<label>{t("chart_link_label")} <input type="text" readonly class="aifin-chart-url">'
        f"</label></div>\n"
        f'<div class="aifin-chart-panel" id="{element}-table" hidden'
        f' data-caption="{t("chart_table_caption")}" data-empty="{t("chart_table_empty")}">'
        f"</div>\n"
        f'<div class="aifin-chart-panel" id="{element}-sources" hidden>{sources}</div>\n'
        f'<script type="application/json" class="aifin-chart-spec">{payload}</script>\n'
        f"</div>\n"
    )


def _title_text(spec: dict[str, Any]) -> str:
    title = spec.get("title", "")
    if isinstance(title, dict):
        title = title.get("text", "")
    if isinstance(title, list):
        title = " ".join(str(x) for x in title)
    return str(title)


def _render(spec: dict[str, Any], **metadata: Any) -> dict[str, Any]:
    """Altair renderer: the spec for JupyterLab plus a short plain-text stand-in."""
    description = spec.get("description") or spec.get("title") or "chart"
    if isinstance(description, dict):
        description = description.get("text", "chart")
    return {
        LAB_MIMETYPE: lab_spec(spec),
        "text/plain": f"<Vega-Lite chart: {description}>",
    }


alt.renderers.register("aifin", _render)
for _lang in i18n.LANGUAGES:
    alt.theme.register(f"aifin-{_lang}", enable=False)(lambda _lang=_lang: _theme(_lang))


def setup(lang: str) -> None:
    """Set up a chapter: language, chart theme and offline renderer, table display.

    Every chapter calls this once, in its hidden first cell (tagged ``remove-cell``).

    Parameters
    ----------
    lang : {"nl", "en"}
        The language of the chapter.

    Raises
    ------
    ValueError
        If ``lang`` is not a supported language.

    Examples
    --------
    >>> setup("nl"); alt.theme.active, alt.renderers.active
    ('aifin-nl', 'aifin')
    """
    i18n.set_language(lang)
    alt.theme.enable(f"aifin-{lang}")
    alt.renderers.enable("aifin")
    alt.data_transformers.disable_max_rows()
    import pandas as pd

    pd.set_option("display.max_columns", 20)
    pd.set_option("display.width", 120)
