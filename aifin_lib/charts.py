"""The book's chart theme, renderer and site charts: moved to :mod:`aifin_lib.viz`.

Kept so that old import paths keep working: every name is looked up in its new module of
:mod:`aifin_lib.viz` on first use (PEP 562). New code imports from there.
"""

from __future__ import annotations

from ._moved import forward

_MOVED: dict[str, str] = {
    "BAR_SIZE": "theme",
    "BAR_STEP": "theme",
    "DARK_BACKGROUND": "theme",
    "DARK_COLOURS": "theme",
    "DARK_PALETTE": "theme",
    "EXTRA_COLOURS": "theme",
    "INK": "theme",
    "LAB_MIMETYPE": "charts",
    "LIGHT_BACKGROUND": "theme",
    "NARROW_SIGNAL": "vega",
    "NODE_VEGA": "site_render",
    "PALETTE": "theme",
    "ROWS_DATASET": "vega",
    "SOURCE_TABLES": "sources",
    "STATIC": "site_render",
    "TITLE_WRAP": "vega",
    "VL_VERSION": "vega",
    "WIDGET_MIMETYPE": "charts",
    "chart_assets": "site_render",
    "chart_html": "site_render",
    "chart_id": "vega",
    "lab_spec": "charts",
    "names_above_bars": "charts",
    "setup": "charts",
    "site_spec": "charts",
    "source_anchor": "sources",
    "sources_html": "sources",
    "theme_script_config": "theme",
    "vega_javascript": "site_render",
    "vega_spec": "vega",
    "with_sources": "sources",
}
"""Name -> module of :mod:`aifin_lib.viz` that defines it now."""

__all__ = sorted(_MOVED)

__getattr__, __dir__ = forward(
    __name__, {name: f"aifin_lib.viz.{module}" for name, module in _MOVED.items()})
