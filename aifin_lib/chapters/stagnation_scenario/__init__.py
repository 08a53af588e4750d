"""The stagnation-scenario chapter: figures, tables, prose numbers and exercises.

Every number comes from :mod:`aifin_lib.scenario` (which reads ``data/calibration.csv`` and
``data/assumptions.csv``) or from :mod:`aifin_lib.contagion`; chart text comes from the
catalogue (:func:`aifin_lib.i18n.t`). Modules: :mod:`.common` (the chapter's network, paths,
firm names and sources), :mod:`.frames` (the data behind the charts), :mod:`.charts`,
:mod:`.tables`, :mod:`.exercises` (the worksheet's questions, :data:`EXERCISES`, whose compute
functions the worked solutions also call) and :mod:`.prose` (:func:`prose_figures`).
"""

from aifin_lib.scenario import credit_loss_threshold, debt_multiple_threshold

from .charts import domino_dashboard, losses_chart, monte_carlo_chart, threshold_chart
from .common import (
    MC_SCENARIOS,
    MC_SEED,
    SHOCK_FIRMS,
    SHOCK_USD_BN,
    firm_name,
    network,
    network_sources,
    severe_factor,
)
from .exercises import (
    EXERCISE_ASSETS,
    EXERCISE_LIABILITIES,
    EXERCISES,
    exercise_coreweave_cash,
    exercise_coreweave_closing_cash,
    exercise_en_payment,
    exercise_oracle_threshold,
    exercise_rv_payment,
    exercise_shock_lab_year,
    knockout_result,
)
from .frames import (
    THRESHOLD_FACTORS,
    domino_frame,
    losses_frame,
    monte_carlo_frame,
    threshold_frame,
    threshold_rules_frame,
)
from .prose import prose_figures
from .tables import (
    EVENT_KINDS_SHOWN,
    assumptions_table,
    cash_table,
    events_table,
    inputs_table,
)

__all__ = [
    "EVENT_KINDS_SHOWN",
    "EXERCISES",
    "EXERCISE_ASSETS",
    "EXERCISE_LIABILITIES",
    "MC_SCENARIOS",
    "MC_SEED",
    "SHOCK_FIRMS",
    "SHOCK_USD_BN",
    "THRESHOLD_FACTORS",
    "assumptions_table",
    "cash_table",
    "credit_loss_threshold",
    "debt_multiple_threshold",
    "domino_dashboard",
    "domino_frame",
    "events_table",
    "exercise_coreweave_cash",
    "exercise_coreweave_closing_cash",
    "exercise_en_payment",
    "exercise_oracle_threshold",
    "exercise_rv_payment",
    "exercise_shock_lab_year",
    "firm_name",
    "inputs_table",
    "knockout_result",
    "losses_chart",
    "losses_frame",
    "monte_carlo_chart",
    "monte_carlo_frame",
    "network",
    "network_sources",
    "prose_figures",
    "severe_factor",
    "threshold_chart",
    "threshold_frame",
    "threshold_rules_frame",
]
