"""What :func:`~aifin_lib.regulation.evaluate` and :func:`~aifin_lib.regulation.stress_test`
return.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from aifin_lib.scenario import ScenarioNetwork, ScenarioResult

from .cases import Policy, StressCase

__all__ = [
    "Evaluation",
    "StressTestResult",
]


@dataclass(frozen=True)
class Evaluation:
    """Outcome of a policy on a scenario (amounts in USD billions).

    Attributes
    ----------
    policy : Policy
    scenario : StressCase
    defaults : tuple of str
        Firms that default, in order (year, then wave).
    default_year : dict
        ``{firm: calendar year of default}`` for the firms in ``defaults``.
    credit_losses : dict
        ``{lender type: credit loss}`` over the horizon (:data:`~aifin_lib.scenario.LENDERS`).
    lost_revenue : float
        Suppliers' lost contract revenue (gross), reported apart from credit losses.
    waves : tuple
        ``(year, round, (firms...))`` of the final clearing (see ``ScenarioResult.waves``).
    lender_failures : tuple
        ``(year, lender type)``: lender types whose cumulative losses exceeded their
        capital, in order; empty when the policy gives lenders no capital.
    losses_beyond_capital : dict
        ``{lender type: loss - capital, floored at 0}``: what falls on the lenders' own
        creditors (depositors, fund investors) or the state; 0 when lenders have no modelled
        capital.
    capital : dict
        ``{lender type: capital held}`` (zeros without the lender channel).
    investment_forgone_usd_bn : float
        Infrastructure not built because of the policy (cost of the policy).
    capital_required_usd_bn : float
        Capital the lenders must hold (a second cost of the policy).
    lending_usd_bn : float
        Debt principal at the start after the policy.
    network : ScenarioNetwork
        The balance sheets after the policy (and after any credit crunch).
    result : ScenarioResult
        The final clearing.
    """

    policy: Policy
    scenario: StressCase
    defaults: tuple[str, ...]
    default_year: dict[str, int]
    credit_losses: dict[str, float]
    lost_revenue: float
    waves: tuple[tuple[int, int, tuple[str, ...]], ...]
    lender_failures: tuple[tuple[int, str], ...]
    losses_beyond_capital: dict[str, float]
    capital: dict[str, float]
    investment_forgone_usd_bn: float
    capital_required_usd_bn: float
    lending_usd_bn: float
    network: ScenarioNetwork = dataclasses.field(repr=False)
    result: ScenarioResult = dataclasses.field(repr=False)

    @property
    def credit_loss(self) -> float:
        """Credit losses of the three lender types together, USD billions."""
        return float(sum(self.credit_losses.values()))


@dataclass(frozen=True)
class StressTestResult:
    """The battery of supervisory scenarios run on one policy.

    Attributes
    ----------
    scenarios : tuple of StressCase
        The battery (placeholders replaced by the assumption values).
    evaluations : tuple of Evaluation
        One per scenario, with the policy's capital (not the stress-test capital).
    worst_loss : dict
        ``{lender type: largest loss over the battery}``, USD billions: the capital a
        lender type needs to pass.
    passed : dict
        ``{lender type: bool}``: its capital covers its loss in every scenario (lenders
        without capital pass only if they never lose).
    """

    scenarios: tuple[StressCase, ...]
    evaluations: tuple[Evaluation, ...]
    worst_loss: dict[str, float]
    passed: dict[str, bool]
