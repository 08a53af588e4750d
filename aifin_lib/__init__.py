"""aifin_lib: models, curated data, charts and translations for the aifin book.

Modules: :mod:`~aifin_lib.data` (the curated tables), :mod:`~aifin_lib.i18n` (labels and number
formats), :mod:`~aifin_lib.charts` (theme, offline renderer, chapter set-up),
:mod:`~aifin_lib.dashboard` (widget panel / slider chart), :mod:`~aifin_lib.capital`
(capital versus return), :mod:`~aifin_lib.circular` (circular financing),
:mod:`~aifin_lib.contagion` (default cascades in networks of obligations),
:mod:`~aifin_lib.scenario` (the stagnation scenario), :mod:`~aifin_lib.regulation` (policy
levers on that scenario), :mod:`~aifin_lib.exercises` (worksheet checks),
:mod:`~aifin_lib.prose` (numbers in the prose, for JupyterLab and the site), and one
``*_charts`` / ``intro`` module per chapter (data assembly, charts and glued numbers).
"""

from . import (
    capital,
    capital_charts,
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
)
from .charts import setup
from .data import load

__all__ = [
    "capital",
    "capital_charts",
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
]
