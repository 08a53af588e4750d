"""Stagnation scenario: who cannot pay when AI revenue growth stalls, and who loses how much.

A stylised network of the AI build-out, cleared year by year. An AI lab owes compute
providers under multi-year contracts; providers and data-centre owners owe interest and
principal to three kinds of lenders (private credit, banks, bond investors). The lab pays out
of revenue and new funding, which investors supply only while revenue keeps growing. Each
year the obligations falling due are cleared (Eisenberg-Noe, or Rogers-Veraart with default
costs); a firm that cannot pay in full defaults, its contracts end, and its lenders recover
part of their claims from the sale of its infrastructure (the residual value).

Every balance-sheet input is a row of ``data/calibration.csv`` with its source and its
derivation (:mod:`.calibration`); every other number is in ``data/assumptions.csv`` with the
reason for its value (:mod:`.assumptions`). Modules: :mod:`.formula` (how a calibration row
derives its value), :mod:`.calibration`, :mod:`.network` (the balance sheets),
:mod:`.simulation` (clearing, one path or many), :mod:`.results` (what comes out),
:mod:`.thresholds` (how far an input must move before a firm defaults), :mod:`.references`
(the rows of ``data/`` a network is calibrated from).

Conventions
-----------
- Amounts are nominal, undiscounted USD billions; amounts "per year" fall due within the
  calendar year. Rates and shares are fractions (0.05 = 5%).
- ``liabilities[t][i, j]`` is what firm ``i`` owes node ``j`` in year ``t`` (row = debtor,
  column = creditor), the convention of :mod:`aifin_lib.contagion`. The lenders are nodes
  without obligations, so they never default; their shortfall is their credit loss.
- Lenders' credit losses and suppliers' lost contract revenue are reported apart: they are
  not losses of the same kind.
"""

from .assumptions import load_assumptions
from .calibration import CalibrationError, evaluate_calibration
from .network import LENDERS, ScenarioNetwork, build_network
from .references import network_sources
from .results import CASH_FLOW_ITEMS, MonteCarloResult, ScenarioResult
from .simulation import PATHS, default_network, monte_carlo, revenue_path, run_scenario
from .thresholds import credit_loss_threshold, debt_multiple_threshold

__all__ = [
    "CASH_FLOW_ITEMS",
    "LENDERS",
    "PATHS",
    "CalibrationError",
    "MonteCarloResult",
    "ScenarioNetwork",
    "ScenarioResult",
    "build_network",
    "credit_loss_threshold",
    "debt_multiple_threshold",
    "default_network",
    "evaluate_calibration",
    "load_assumptions",
    "monte_carlo",
    "network_sources",
    "revenue_path",
    "run_scenario",
]
