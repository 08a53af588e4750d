"""The book's Altair theme, its offline chart renderer and the set-up call of every chapter.

Charts are stored in the notebooks as plain Vega-Lite JSON (MIME type
``application/vnd.vegalite.v5+json``, which JupyterLab draws with the Vega it ships, offline).
The built site turns the same JSON into a ``<div>`` plus a call to the locally served
``vegaEmbed`` (see :func:`chart_html`), so no page loads anything from another host. Chart ids
are derived from a hash of the spec, so re-running a notebook gives byte-identical output.
"""

from __future__ import annotations

import hashlib
import html
import json
from typing import Any

import altair as alt

from . import i18n

__all__ = [
    "LAB_MIMETYPE",
    "PALETTE",
    "chart_html",
    "chart_id",
    "lab_spec",
    "setup",
    "site_spec",
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


def _theme(lang: str) -> dict[str, Any]:
    """Return the Vega-Lite config of the book's theme for ``lang``."""
    font = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
    return {
        "config": {
            "locale": i18n.d3_locale(lang),
            "font": font,
            "view": {"continuousWidth": 560, "continuousHeight": 300, "stroke": None},
            "range": {"category": list(PALETTE)},
            "title": {"anchor": "start", "fontSize": 15, "fontWeight": 600, "color": "#222"},
            "axis": {
                "labelFontSize": 12,
                "titleFontSize": 12,
                "titleFontWeight": 500,
                "labelColor": "#333",
                "titleColor": "#333",
                "gridColor": "#e6e6e6",
            },
            "legend": {"labelFontSize": 12, "titleFontSize": 12, "orient": "bottom"},
            "bar": {"color": PALETTE[0]},
            "line": {"color": PALETTE[0], "strokeWidth": 2.5},
            "point": {"color": PALETTE[0], "filled": True},
        }
    }


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


def chart_html(spec: dict[str, Any], occurrence: int = 0) -> str:
    """Return the HTML that draws ``spec`` in the built site with the locally served Vega.

    Parameters
    ----------
    spec : dict
        A Vega-Lite spec (as stored in a notebook).
    occurrence : int, default 0
        How many charts with the same spec came before on the page; appended to the id so
        that a chart shown twice (e.g. displayed and glued) gets two distinct elements.

    Returns
    -------
    str
        A ``<figure>``-less ``<div>`` with a deterministic id and an inline module script
        calling ``vegaEmbed``. The page must load the Vega bundle as a module script
        (the book's Sphinx extension does that); module scripts run in document order, so
        ``vegaEmbed`` exists when the inline script runs.

    Examples
    --------
    >>> snippet = chart_html({"mark": "bar", "description": "A bar"})
    >>> snippet.startswith('<div class="aifin-chart" id="vega-')
    True
    >>> "</script>" in snippet and "cdn" not in snippet
    True
    """
    spec = site_spec(spec)
    element = chart_id(spec) + (f"-{occurrence}" if occurrence else "")
    payload = json.dumps(spec, sort_keys=True, separators=(",", ":")).replace("</", "<\\/")
    label = html.escape(str(spec.get("description", "")), quote=True)
    options = json.dumps({"actions": False, "renderer": "svg"})
    return (
        f'<div class="aifin-chart" id="{element}" role="figure" aria-label="{label}"></div>\n'
        f'<script type="module">vegaEmbed("#{element}", {payload}, {options})'
        f".catch((error) => console.error(error));</script>\n"
    )


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
