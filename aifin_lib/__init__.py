"""aifin_lib: models, curated data, charts and translations for the aifin book.

Modules: :mod:`~aifin_lib.data` (the curated tables), :mod:`~aifin_lib.i18n` (labels and number
formats), :mod:`~aifin_lib.viz` (theme, charts, dashboards, the site's renderer; the former
``aifin_lib.charts``, ``aifin_lib.dashboard`` and ``aifin_lib.site_render`` still import),
:mod:`~aifin_lib.tables` (the chapters' tables), :mod:`~aifin_lib.capital`
(capital versus return), :mod:`~aifin_lib.circular` (circular financing),
:mod:`~aifin_lib.contagion` (default cascades in networks of obligations),
:mod:`~aifin_lib.scenario` (the stagnation scenario), :mod:`~aifin_lib.regulation` (policy
levers on that scenario), :mod:`~aifin_lib.exercises` (worksheet checks),
:mod:`~aifin_lib.prose` (numbers in the prose, for JupyterLab and the site), and
:mod:`~aifin_lib.chapters` (one module per chapter notebook: its frames, charts, tables, glued
numbers and worksheet exercises; the former ``*_charts`` and ``intro`` modules still import).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # for type checkers and editors; at run time each is imported on first use
    from . import (
        capital,
        capital_charts,
        chapters,
        charts,
        circular,
        circular_charts,
        contagion,
        dashboard,
        data,
        exercises,
        i18n,
        intro,
        prose,
        regulation,
        scenario,
        stagnation_charts,
        supervision_charts,
        tables,
        viz,
    )
    from .data import load
    from .viz.charts import setup

# PEP 562: ``import aifin_lib`` imports none of the modules below (and reads no data); each is
# imported when first used, so that ``aifin_lib.contagion`` needs only numpy, scipy and pandas.
_FUNCTIONS = {"setup": "viz.charts", "load": "data"}

__all__ = [
    "capital",
    "capital_charts",
    "chapters",
    "charts",
    "circular",
    "circular_charts",
    "contagion",
    "dashboard",
    "data",
    "exercises",
    "i18n",
    "intro",
    "load",
    "prose",
    "regulation",
    "scenario",
    "setup",
    "stagnation_charts",
    "supervision_charts",
    "tables",
    "viz",
]


def __getattr__(name: str) -> Any:
    if name in _FUNCTIONS:
        return getattr(importlib.import_module(f".{_FUNCTIONS[name]}", __name__), name)
    if name in __all__:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
