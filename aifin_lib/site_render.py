"""The MyST-NB renderer of the site's charts: moved to :mod:`aifin_lib.viz.site_render`.

Kept so that old import paths keep working: every name is looked up in its new module of
:mod:`aifin_lib.viz` on first use (PEP 562). New code imports from there.
"""

from __future__ import annotations

import importlib
from typing import Any

_MOVED: dict[str, str] = {
    "VegaLiteSiteRenderer": "site_render",
    "WIDGET_MIMETYPE": "charts",
    "chart_html": "site_render",
}
"""Name -> module of :mod:`aifin_lib.viz` that defines it now."""

__all__ = sorted(_MOVED)


def __getattr__(name: str) -> Any:
    if name in _MOVED:
        return getattr(importlib.import_module(f"aifin_lib.viz.{_MOVED[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(_MOVED)
