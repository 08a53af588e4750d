"""The MyST-NB renderer of the site's charts: moved to :mod:`aifin_lib.viz.site_render`.

Kept so that old import paths keep working: every name is looked up in its new module of
:mod:`aifin_lib.viz` on first use (PEP 562). New code imports from there.
"""

from __future__ import annotations

from ._moved import forward

_MOVED: dict[str, str] = {
    "VegaLiteSiteRenderer": "site_render",
    "WIDGET_MIMETYPE": "charts",
    "chart_html": "site_render",
}
"""Name -> module of :mod:`aifin_lib.viz` that defines it now."""

__all__ = sorted(_MOVED)

__getattr__, __dir__ = forward(
    __name__, {name: f"aifin_lib.viz.{module}" for name, module in _MOVED.items()})
