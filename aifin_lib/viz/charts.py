"""Charts in notebooks: how they are stored, shown in JupyterLab, and set up per chapter.

Charts are stored in the notebooks as plain Vega-Lite JSON (MIME type :data:`LAB_MIMETYPE`,
which JupyterLab draws with the Vega it ships, offline); :func:`setup` (the hidden first cell
of every chapter) sets the language, the book's theme (:mod:`~aifin_lib.viz.theme`) and this
renderer. The built site turns the same JSON into HTML (:mod:`~aifin_lib.viz.site_render`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import altair as alt

from .. import i18n
from .theme import BAR_SIZE, INK, register_themes

__all__ = [
    "LAB_MIMETYPE",
    "WIDGET_MIMETYPE",
    "lab_spec",
    "names_above_bars",
    "setup",
    "site_spec",
]

LAB_MIMETYPE = "application/vnd.vegalite.v5+json"
"""The MIME type under which notebooks store chart specs (JupyterLab renders it natively)."""
WIDGET_MIMETYPE = "application/vnd.jupyter.widget-view+json"
"""The MIME type of a live ipywidgets view (a dashboard's panel in a running kernel)."""

_LAB_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"

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
register_themes()


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
