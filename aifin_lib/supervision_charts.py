"""Figures, tables and prose numbers of the chapter on supervision and transparency: moved to
:mod:`aifin_lib.chapters.supervision_and_transparency`.

Kept so that old import paths keep working: every name is looked up in the chapter's module on
first use (PEP 562). New code imports from there. ``EXERCISES`` is now the worksheet's
questions, a tuple of :class:`aifin_lib.exercises.Exercise`; the chapter's own exercises are
the ``exercise_*`` functions.
"""

from __future__ import annotations

from ._moved import forward

_NEW = "aifin_lib.chapters.supervision_and_transparency"

_NAMES: tuple[str, ...] = (
    "EXERCISES",
    "EXERCISE_BUDGET_USD_BN",
    "EXERCISE_PROJECT",
    "LEVER_SETTINGS",
    "REFERENCE_CAPITAL_METRIC",
    "SCENARIOS",
    "STATEMENTS",
    "_COST_KEYS",
    "_PART_KEYS",
    "_SWEEPS",
    "_best_mix",
    "_evaluate",
    "_lab_revenue_share",
    "_labelled",
    "_lever_label",
    "_losses_and_costs",
    "_mixer_chart",
    "_mixer_policy",
    "_parts",
    "_round_tripped_share",
    "_scenario",
    "_sourced",
    "comparison_chart",
    "comparison_frame",
    "exercise_buffer_beyond",
    "exercise_disclosure_factor",
    "exercise_ltv_debt",
    "exercise_ltv_size",
    "exercise_stress_capital",
    "mixer_dashboard",
    "mixer_frame",
    "prose_figures",
    "statements_table",
    "tradeoff_chart",
    "tradeoff_frame",
)
"""The names the module had; each is now defined in the chapter's module."""

__all__ = sorted(n for n in _NAMES if not n.startswith("_"))

__getattr__, __dir__ = forward(__name__, dict.fromkeys(_NAMES, _NEW))
