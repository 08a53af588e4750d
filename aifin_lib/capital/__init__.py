"""Capital versus return: can AI revenue pay for the data-centre capital?

Closed-form models for the chapter "Capital versus return":

* David Cahn's (Sequoia Capital) chain from GPU spending to the revenue the end users must
  earn (:func:`cahn_required_revenue`, :func:`cahn_gap`);
* the capital recovery (annuity) factor and the revenue it takes to earn a target return on
  capital that wears out (:func:`capital_recovery_factor`, :func:`required_revenue`,
  :func:`steady_state_required_revenue`, :func:`breakeven_life`, :func:`implied_capital`);
* straight-line depreciation and the effect of stretching server lives
  (:func:`straight_line_schedule`, :func:`depreciation_life_effect`);
* the split of a capex total into internal cash flow and external sources
  (:func:`financing_mix`);
* debt service and its coverage when part of the capex is borrowed (:func:`debt_service`,
  :func:`coverage_ratio`, :func:`borrowed_capex_coverage`);
* one call for the interactive dashboard (:func:`capital_dashboard`).

Conventions
-----------
Money is in USD billions (``USD bn``), flows in USD billions per year. Rates, returns and
margins are fractions per year (``0.10`` is 10 %), lives and terms are in years and may be
non-integer. Payments are annual and in arrears (end of year), as in the ordinary annuity.
Every scalar function broadcasts over numpy arrays: it returns a ``float`` when all inputs are
scalars and an ``ndarray`` otherwise, so a grid of scenarios costs one call. The closed forms
only use ``+ - * /``, powers and logarithms, so they can be rewritten as Vega expressions.

Published figures appear here only as documented examples; the data live in ``data/``.

Modules: :mod:`~aifin_lib.capital.cahn`, :mod:`~aifin_lib.capital.returns`,
:mod:`~aifin_lib.capital.depreciation`, :mod:`~aifin_lib.capital.financing`,
:mod:`~aifin_lib.capital.debt`, :mod:`~aifin_lib.capital.dashboard` (and the input checks of
:mod:`~aifin_lib.capital.checks`); every public name is importable from this package.
"""

from __future__ import annotations

from .cahn import CahnGap, cahn_gap, cahn_required_revenue
from .checks import FloatOrArray
from .dashboard import CapitalDashboard, capital_dashboard
from .debt import BorrowedCapexCoverage, borrowed_capex_coverage, coverage_ratio, debt_service
from .depreciation import DepreciationLifeEffect, depreciation_life_effect, straight_line_schedule
from .financing import FinancingMix, financing_mix
from .returns import (
    breakeven_life,
    capital_recovery_factor,
    implied_capital,
    required_revenue,
    steady_state_required_revenue,
)

__all__ = [
    "BorrowedCapexCoverage",
    "CahnGap",
    "CapitalDashboard",
    "DepreciationLifeEffect",
    "FinancingMix",
    "FloatOrArray",
    "borrowed_capex_coverage",
    "breakeven_life",
    "cahn_gap",
    "cahn_required_revenue",
    "capital_dashboard",
    "capital_recovery_factor",
    "coverage_ratio",
    "debt_service",
    "depreciation_life_effect",
    "financing_mix",
    "implied_capital",
    "required_revenue",
    "steady_state_required_revenue",
    "straight_line_schedule",
]
