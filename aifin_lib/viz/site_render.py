"""The built site's charts: their HTML, the files they need, and the MyST-NB plugin.

:func:`chart_html` turns the Vega-Lite JSON stored in a notebook into a ``<div>`` holding the
chart compiled to Vega (:func:`~aifin_lib.viz.vega.vega_spec`) with its toolbar in the page's
language; the page's chart script (``aifin_lib/static/aifin-charts.js``, with Vega, see
:func:`chart_assets`) draws it, so no page loads anything from another host.
:class:`VegaLiteSiteRenderer` is the MyST-NB plugin that does this at build time (registered
under the ``myst_nb.mime_renderers`` entry point, see ``pyproject.toml``); it ranks that JSON
above live-widget views, so a dashboard shows its static form (controls bound in Vega) on a
page without a kernel. Large inline datasets go into the page as CSV text that Vega reads
back into the very same rows (:func:`compact_data`), which keeps the pages light.
"""

from __future__ import annotations

import html
import json
import math
from pathlib import Path
from typing import Any, ClassVar

from .. import i18n
from .charts import LAB_MIMETYPE, WIDGET_MIMETYPE, site_spec
from .sources import sources_html
from .theme import theme_script_config
from .vega import chart_id, vega_spec

__all__ = [
    "COMPACT_DATA_ABOVE",
    "NODE_VEGA",
    "STATIC",
    "VegaLiteSiteRenderer",
    "chart_assets",
    "chart_html",
    "compact_data",
    "vega_javascript",
]

STATIC = Path(__file__).resolve().parents[1] / "static"
"""The chart script and styles shipped with the library."""

NODE_VEGA = Path(__file__).resolve().parents[2] / "node_modules" / "vega"
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
        to Vega (:func:`vega_spec`; large datasets as CSV, :func:`compact_data`) as JSON, a
        place for the bound controls, and the toolbar: PNG, SVG and CSV downloads, copy link,
        table view and sources. The page's chart
        script (``aifin-charts.js``, with Vega) draws it; nothing is loaded from another host.

    Examples
    --------
    >>> snippet = chart_html({"mark": "bar", "description": "A bar"}, lang="en")
    >>> snippet.startswith('<div class="aifin-chart" id="vega-')
    True
    >>> 'type="application/json"' in snippet and "cdn" not in snippet
    True
    """
    lang = i18n.get_language() if lang is None else i18n.check_language(lang)
    spec = site_spec(spec)
    element = chart_id(spec) + (f"-{occurrence}" if occurrence else "")
    compiled = compact_data(vega_spec(spec))
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
        f' data-caption="{t("chart_table_caption")}" data-empty="{t("chart_table_empty")}"'
        f' data-yes="{t("control_yes")}" data-no="{t("control_no")}">'
        f"</div>\n"
        f'<div class="aifin-chart-panel" id="{element}-sources" hidden>{sources}</div>\n'
        f'<script type="application/json" class="aifin-chart-spec">{payload}</script>\n'
        f"</div>\n"
    )


COMPACT_DATA_ABOVE = 2_000
"""Inline datasets longer than this many characters of JSON go into the page as CSV text."""

_CSV_SPECIAL = frozenset(',"\n\r')


def compact_data(vega: dict[str, Any], above: int = COMPACT_DATA_ABOVE) -> dict[str, Any]:
    """Return a Vega spec whose large inline datasets are CSV text that Vega parses back.

    Vega reads ``{"values": "<csv text>", "format": {"type": "csv", "parse": {...}}}`` into
    the same rows as the JSON array it replaces: numbers and booleans are parsed back by
    ``parse`` (``"number"``, ``"boolean"``), a missing value (``None``) of a text column by
    ``"string"`` (Vega reads an empty cell as ``null`` there); other text stays as written,
    so ``"1"`` stays a string. Field names are written in sorted order, the order the JSON
    form has in the page. The chart, its CSV download and its table view see the same rows.

    Parameters
    ----------
    vega : dict
        A Vega spec (:func:`~aifin_lib.viz.vega.vega_spec`); it is not changed.
    above : int, default :data:`COMPACT_DATA_ABOVE`
        Datasets whose JSON is at most this many characters long stay JSON.

    Returns
    -------
    dict
        A copy of ``vega`` (top-level ``data`` copied) in which each inline dataset longer
        than ``above`` is CSV text when that is shorter. A dataset stays JSON if it already has
        a ``format`` (other than plain JSON), or its rows are not flat records of one shape:
        every row the same fields, each field all numbers, all booleans or all text (with or
        without ``None``, but not both ``None`` and ``""``), no NaN or infinity, and no
        ``None`` in a dataset of one field.

    Examples
    --------
    >>> rows = [{"year": 2027 + i % 3, "wave": str(i % 3), "usd_bn": i / 4} for i in range(400)]
    >>> small = compact_data({"data": [{"name": "t", "values": rows}]})["data"][0]
    >>> small["format"]
    {'type': 'csv', 'parse': {'usd_bn': 'number', 'year': 'number'}}
    >>> small["values"].splitlines()[:3]
    ['usd_bn,wave,year', '0.0,0,2027', '0.25,1,2028']
    """
    if not isinstance(vega.get("data"), list):
        return vega
    out = dict(vega)
    out["data"] = [_compact_dataset(d, above) for d in vega["data"]]
    return out


def _compact_dataset(dataset: Any, above: int) -> Any:
    """The dataset as CSV text with its parse types, or unchanged (see :func:`compact_data`)."""
    if not isinstance(dataset, dict) or not isinstance(dataset.get("values"), list):
        return dataset
    if dataset.get("format") not in (None, {}, {"type": "json"}):
        return dataset
    values = dataset["values"]
    size = len(json.dumps(values, separators=(",", ":"), ensure_ascii=False))
    if size <= above:
        return dataset
    form = _csv_form(values)
    if form is None or len(json.dumps(form[0], ensure_ascii=False)) >= size:
        return dataset
    text, parse = form
    compact = {k: v for k, v in dataset.items() if k not in ("values", "format")}
    compact["values"] = text
    compact["format"] = {"type": "csv", "parse": parse} if parse else {"type": "csv"}
    return compact


def _csv_form(rows: list[Any]) -> tuple[str, dict[str, str]] | None:
    """``(csv text, parse types)`` of flat records of one shape, or ``None``."""
    if not rows or not all(isinstance(row, dict) for row in rows):
        return None
    columns = sorted(rows[0])
    if not columns or not all(isinstance(c, str) for c in columns):
        return None
    if any(len(row) != len(columns) or any(c not in row for c in columns) for row in rows):
        return None
    if len(columns) == 1 and any(row[columns[0]] is None for row in rows):
        return None  # its row would be a blank line, and a blank last line is no row
    parse: dict[str, str] = {}
    for column in columns:
        kind = _column_type([row[column] for row in rows])
        if kind is None:
            return None
        if kind:
            parse[column] = kind
    lines = [",".join(_csv_cell(c) for c in columns)]
    lines += [",".join(_csv_cell(row[c]) for c in columns) for row in rows]
    return "\n".join(lines), parse


def _column_type(values: list[Any]) -> str | None:
    """Vega's parse type that restores a column from CSV text: ``""`` none, ``None`` cannot."""
    present = [v for v in values if v is not None]
    missing = len(present) < len(values)
    if all(isinstance(v, bool) for v in present):
        return "boolean"
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
        return "number" if all(math.isfinite(v) for v in present) else None
    if all(isinstance(v, str) for v in present):
        if not missing:
            return ""
        return None if "" in present else "string"
    return None


def _csv_cell(value: Any) -> str:
    """One CSV cell: ``None`` empty, numbers as JSON writes them, text quoted when needed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return json.dumps(value)
    text = str(value)
    if text == "" or not _CSV_SPECIAL.isdisjoint(text):
        return '"' + text.replace('"', '""') + '"'
    return text


def _title_text(spec: dict[str, Any]) -> str:
    title = spec.get("title", "")
    if isinstance(title, dict):
        title = title.get("text", "")
    if isinstance(title, list):
        title = " ".join(str(x) for x in title)
    return str(title)


class VegaLiteSiteRenderer:
    """Render ``application/vnd.vegalite.v5+json`` outputs as offline Vega embeds."""

    mime_priority_overrides: ClassVar[list[tuple[str, str, int | None]]] = [
        ("*", LAB_MIMETYPE, 1),
        ("*", WIDGET_MIMETYPE, None),
    ]

    @staticmethod
    def handle_mime(renderer: Any, data: Any, inline: bool) -> list[Any] | None:
        """Return a raw-HTML node for a Vega-Lite output, or ``None`` for other types.

        Parameters
        ----------
        renderer : myst_nb.core.render.NbElementRenderer
            The MyST-NB renderer (unused).
        data : myst_nb.core.render.MimeData
            The output to render.
        inline : bool
            Whether the output is rendered inline (glued into text); charts are not.

        Returns
        -------
        list of docutils nodes or None
        """
        if inline or data.mime_type != LAB_MIMETYPE:
            return None
        from docutils import nodes

        content = data.content
        spec = json.loads(content) if isinstance(content, str | bytes) else content
        # Count equal charts per document so each gets its own element id.
        document = renderer.renderer.document
        seen: dict[str, int] = document.__dict__.setdefault("aifin_chart_ids", {})
        key = chart_id(site_spec(spec))
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        env = getattr(renderer.renderer, "sphinx_env", None)
        lang = getattr(getattr(env, "config", None), "language", None)
        docname = str(getattr(env, "docname", "") or "")
        appendix = "../" * docname.count("/") + "data_appendix.html"
        snippet = chart_html(spec, occurrence, lang if lang in i18n.LANGUAGES else None, appendix)
        return [nodes.raw("", snippet, format="html")]
