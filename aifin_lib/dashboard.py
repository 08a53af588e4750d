"""Dashboards and their controls: moved to :mod:`aifin_lib.viz.dashboard`.

Kept so that old import paths keep working: every name is looked up in its new module of
:mod:`aifin_lib.viz` on first use (PEP 562). New code imports from there.
"""

from __future__ import annotations

from ._moved import forward

_MOVED: dict[str, str] = {
    "Choice": "dashboard",
    "Control": "dashboard",
    "DISPLAYS": "dashboard",
    "Dashboard": "dashboard",
    "DateChoice": "dashboard",
    "ExpressionDashboard": "dashboard",
    "MAX_GRID_ROWS": "dashboard",
    "PRINT_DISPLAYS": "dashboard",
    "PrintFigure": "dashboard",
    "PrintSetting": "dashboard",
    "Slider": "dashboard",
    "Toggle": "dashboard",
    "WIDGET_MIMETYPE": "dashboard",
    "control_meta": "dashboard",
    "merge_usermeta": "dashboard",
    "print_table": "dashboard",
    "readout_key": "dashboard",
}
"""Name -> module of :mod:`aifin_lib.viz` that defines it now."""

__all__ = sorted(_MOVED)

__getattr__, __dir__ = forward(
    __name__, {name: f"aifin_lib.viz.{module}" for name, module in _MOVED.items()})
