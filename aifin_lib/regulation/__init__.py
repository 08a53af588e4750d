"""Policy levers on the stagnation scenario: which rules dampen the domino, and at what cost.

Each lever is a documented transformation of the balance sheets of
:class:`aifin_lib.scenario.ScenarioNetwork` (or, for the lenders, of how their losses are
absorbed); :func:`evaluate` applies a :class:`Policy` to a :class:`StressCase` and clears it
with :func:`aifin_lib.scenario.run_scenario`. The levers:

- **Disclosure of circular deals** (``disclosure``): lenders see the AI lab's money net of
  what its own suppliers invested in it (round-tripped money) and lend to the lab's
  suppliers accordingly.
- **Leverage limit** (``max_loan_to_value``): lenders finance at most this share of a
  project's cost; the owners' equity stays what it was, so the project shrinks.
- **Capital buffers at lenders** (``capital_ratio``): each lender type holds loss-absorbing
  capital as a share of its exposure; a lender type whose cumulative losses exceed its
  capital fails and stops refinancing its other borrowers (a credit crunch).
- **Concentration limit** (``max_exposure_to_capital``): a lender type may not lend one
  borrower more than this multiple of its capital.
- **Stress test** (``stress_test``): each lender type must hold enough capital to survive a
  battery of supervisory scenarios (:data:`SUPERVISORY_BATTERY`).

Conventions
-----------
- Amounts are nominal USD billions, rates and shares fractions, as in
  :mod:`aifin_lib.scenario`.
- The **scaling rule**: a lever that denies a firm part of its credit shrinks the firm's
  build-out project. The project factor ``k`` (new size / old size) scales the firm's
  infrastructure, its lease costs and the contract revenue owed to it (capacity that is not
  built is not sold); the debt factor ``d`` scales the part of its debt that financed the
  build-out (``build_out_debt``; debt raised before it is left alone), with its debt
  service. Contracts the firm owes to others are not scaled (a conservative
  simplification). The investment not made is ``(1 - k) * infrastructure_value``.
- :class:`Policy` ``()`` changes nothing: :func:`evaluate` then returns exactly the
  defaults, losses and waves of :func:`~aifin_lib.scenario.run_scenario`.
- The model is stylised: it shows mechanisms and orders of magnitude, not a forecast.
"""

from __future__ import annotations

from .cases import (
    REFERENCE_CAPITAL_METRIC,
    SUPERVISORY_BATTERY,
    Policy,
    Scenario,
    StressCase,
    severe_scenario,
    supervisory_battery,
)
from .evaluation import evaluate, stress_test
from .levers import apply_policy, disclosure_factor, leverage_limit_factors, round_tripped_cash
from .results import Evaluation, StressTestResult

__all__ = [
    "REFERENCE_CAPITAL_METRIC",
    "SUPERVISORY_BATTERY",
    "Evaluation",
    "Policy",
    "Scenario",
    "StressCase",
    "StressTestResult",
    "apply_policy",
    "disclosure_factor",
    "evaluate",
    "leverage_limit_factors",
    "round_tripped_cash",
    "severe_scenario",
    "stress_test",
    "supervisory_battery",
]
