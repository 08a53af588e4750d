"""Figures, tables and prose numbers of the stagnation-scenario chapter: moved to
:mod:`aifin_lib.chapters.stagnation_scenario`.

Kept so that old import paths keep working: every name is looked up in the chapter's package
(or, for private helpers, its module) on first use (PEP 562). New code imports from there.
``EXERCISES`` is now a tuple of :class:`aifin_lib.exercises.Exercise`.
"""

from __future__ import annotations

from ._moved import forward

_NEW = "aifin_lib.chapters.stagnation_scenario"

_MOVED: dict[str, str] = {
    "EVENT_KINDS_SHOWN": "",
    "EXERCISES": "",
    "EXERCISE_ASSETS": "",
    "EXERCISE_LIABILITIES": "",
    "MC_SCENARIOS": "",
    "MC_SEED": "",
    "SHOCK_FIRMS": "",
    "SHOCK_USD_BN": "",
    "THRESHOLD_FACTORS": "",
    "assumptions_table": "",
    "cash_table": "",
    "credit_loss_threshold": "",
    "debt_multiple_threshold": "",
    "domino_dashboard": "",
    "domino_frame": "",
    "events_table": "",
    "exercise_coreweave_closing_cash": "",
    "exercise_en_payment": "",
    "exercise_oracle_threshold": "",
    "exercise_rv_payment": "",
    "exercise_shock_lab_year": "",
    "firm_name": "",
    "inputs_table": "",
    "losses_chart": "",
    "losses_frame": "",
    "monte_carlo_chart": "",
    "monte_carlo_frame": "",
    "network": "",
    "network_sources": "",
    "prose_figures": "",
    "severe_factor": "",
    "threshold_chart": "",
    "threshold_frame": "",
    "_PATHS_SHOWN": "common",
    "_SHORT_NAMES": "common",
    "_central": "common",
    "_debtors": "common",
    "_mc": "common",
    "_operating": "common",
    "_run": "common",
    "_sourced": "common",
    "_suppliers": "common",
    "_defaults_text": "charts",
    "_domino_chart": "charts",
    "_loss_axis_max": "charts",
    "_breakable": "tables",
    "_fmt_input": "tables",
    "_party": "tables",
    "_exercise_clearing": "exercises",
    "_oracle_knockout": "exercises",
}
"""Name -> module of :mod:`aifin_lib.chapters.stagnation_scenario` that defines it now (``""``:
the package itself)."""

__all__ = sorted(n for n, where in _MOVED.items() if not n.startswith("_"))

__getattr__, __dir__ = forward(
    __name__, {name: f"{_NEW}.{where}" if where else _NEW for name, where in _MOVED.items()})
