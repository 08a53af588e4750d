"""The chapter "Capital versus return": capex, Cahn's question, depreciation and financing.

Every published number is read from ``data/`` by metric id; every derived number comes from a
model of :mod:`aifin_lib.capital`. One module per job:

- :mod:`.frames`: the data assembled for the charts (Nvidia's run rate, Cahn's chain, revenue
  needed versus earned, the financing mix, depreciation of the server capex);
- :mod:`.charts`: the chapter's charts; :mod:`.tables`: the rows of its tables;
- :mod:`.depreciation`: the depreciation dashboard (one slider);
- :mod:`.panel`: the six-slider dashboard (an
  :class:`~aifin_lib.viz.dashboard.ExpressionDashboard`);
- :mod:`.exercises`: the worksheet's questions (:data:`EXERCISES`), whose functions the worked
  solutions quote too;
- :mod:`.prose`: the numbers glued into the prose (:func:`prose_figures`).

Every public name of these modules is importable from this package.
"""

from __future__ import annotations

from aifin_lib.chapters.capital_versus_return.charts import (
    cahn_chart,
    capex_chart,
    financing_chart,
    needed_chart,
    nvidia_chart,
)
from aifin_lib.chapters.capital_versus_return.depreciation import (
    depreciation_dashboard,
)
from aifin_lib.chapters.capital_versus_return.exercises import (
    CASH_MARGIN,
    EXERCISE_LIFE,
    EXERCISES,
    LOWER_MARGIN,
    SERVER_LIVES,
    SERVER_SPENDING,
    breakeven_life,
    cahn_required,
    earnings_boost,
    jpm_capital,
    jpm_revenue_over_life,
    lagged_capital,
    recovery_factor,
    server_vintages,
)
from aifin_lib.chapters.capital_versus_return.frames import (
    ANTHROPIC_RUN_RATES,
    CAHN_ESSAYS,
    CAHN_INPUTS,
    CAHN_MARGIN,
    CAHN_TCO_MULTIPLE,
    JPM_REVENUE,
    NEEDED_ROWS,
    NVIDIA_QUARTERS,
    REPORTED_LIFE_METRIC,
    TARGET_RETURN,
    ai_revenue_2024,
    cahn_ai_revenue,
    cahn_metric,
    cahn_run_rate,
    cahn_steps,
    depreciation_frame,
    financing_shares,
    needed_versus_earned,
    nvidia_run_rate,
    reported_life,
    server_capex,
    server_share,
)
from aifin_lib.chapters.capital_versus_return.panel import (
    DASHBOARD_EXPRESSIONS,
    FIELDS,
    breakeven_debt_share,
    capital_panel,
    dashboard_defaults,
    dashboard_frame,
    dashboard_result,
    dashboard_sliders,
)
from aifin_lib.chapters.capital_versus_return.prose import (
    prose_figures,
)
from aifin_lib.chapters.capital_versus_return.tables import (
    OPENAI_ROWS,
    SERVER_LIFE_ROWS,
)
from aifin_lib.chapters.introduction import (
    debt_share,
)

__all__ = [
    "ANTHROPIC_RUN_RATES",
    "CAHN_ESSAYS",
    "CAHN_INPUTS",
    "CAHN_MARGIN",
    "CAHN_TCO_MULTIPLE",
    "CASH_MARGIN",
    "DASHBOARD_EXPRESSIONS",
    "EXERCISES",
    "EXERCISE_LIFE",
    "FIELDS",
    "JPM_REVENUE",
    "LOWER_MARGIN",
    "NEEDED_ROWS",
    "NVIDIA_QUARTERS",
    "OPENAI_ROWS",
    "REPORTED_LIFE_METRIC",
    "SERVER_LIFE_ROWS",
    "SERVER_LIVES",
    "SERVER_SPENDING",
    "TARGET_RETURN",
    "ai_revenue_2024",
    "breakeven_debt_share",
    "breakeven_life",
    "cahn_ai_revenue",
    "cahn_chart",
    "cahn_metric",
    "cahn_required",
    "cahn_run_rate",
    "cahn_steps",
    "capex_chart",
    "capital_panel",
    "dashboard_defaults",
    "dashboard_frame",
    "dashboard_result",
    "dashboard_sliders",
    "debt_share",
    "depreciation_dashboard",
    "depreciation_frame",
    "earnings_boost",
    "financing_chart",
    "financing_shares",
    "jpm_capital",
    "jpm_revenue_over_life",
    "lagged_capital",
    "needed_chart",
    "needed_versus_earned",
    "nvidia_chart",
    "nvidia_run_rate",
    "prose_figures",
    "recovery_factor",
    "reported_life",
    "server_capex",
    "server_share",
    "server_vintages",
]
