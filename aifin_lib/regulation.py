"""Policy levers on the stagnation scenario: which rules dampen the domino, and at what cost.

Each lever is a documented transformation of the balance sheets of
:class:`aifin_lib.scenario.ScenarioNetwork` (or, for the lenders, of how their losses are
absorbed); :func:`evaluate` applies a :class:`Policy` to a :class:`Scenario` and clears it
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

import dataclasses
from dataclasses import dataclass
from typing import Any

import numpy as np

from aifin_lib import data
from aifin_lib.scenario import (
    LENDERS,
    PATHS,
    ScenarioNetwork,
    ScenarioResult,
    default_network,
    run_scenario,
)

__all__ = [
    "REFERENCE_CAPITAL_METRIC",
    "SUPERVISORY_BATTERY",
    "Evaluation",
    "Policy",
    "Scenario",
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

REFERENCE_CAPITAL_METRIC = "boe_2025_cet1_benchmark_after"
"""Metric id of the capital ratio used by the concentration limit when no capital buffer is
set (the Bank of England's bank capital benchmark after December 2025)."""


@dataclass(frozen=True)
class Policy:
    """A mix of policy levers; the defaults are "no policy".

    Parameters
    ----------
    disclosure : float, default 0.0
        Share of the round-tripped money that lenders net out of the AI lab's cash, in
        ``[0, 1]`` (0: circular deals are not disclosed; 1: fully disclosed and netted).
    max_loan_to_value : float, optional
        Maximum debt as a share of a project's cost, in ``(0, 1]``; ``None``: no limit.
    capital_ratio : float, optional
        Capital each lender type holds, as a share of its exposure (interest plus
        principal it is owed), in ``[0, 1]``. ``None``: lenders are outside the model, as in
        the scenario (they absorb every loss and never stop lending).
    max_exposure_to_capital : float, optional
        Maximum loan of one lender type to one borrower, as a multiple of the lender's
        capital, ``> 0``; ``None``: no limit.
    stress_test : bool, default False
        Lenders must hold at least the loss they would suffer in the worst scenario of
        :data:`SUPERVISORY_BATTERY` (clearing the policy's own network).

    Raises
    ------
    ValueError
        If a parameter is out of range or not a number.
    TypeError
        If ``stress_test`` is not a bool.

    Examples
    --------
    >>> Policy().is_neutral
    True
    >>> Policy(max_loan_to_value=1.5)
    Traceback (most recent call last):
    ...
    ValueError: max_loan_to_value must be a fraction in (0, 1] or None, got 1.5
    """

    disclosure: float = 0.0
    max_loan_to_value: float | None = None
    capital_ratio: float | None = None
    max_exposure_to_capital: float | None = None
    stress_test: bool = False

    def __post_init__(self) -> None:
        """Validate the parameters."""
        numeric = ("disclosure", "max_loan_to_value", "capital_ratio", "max_exposure_to_capital")
        for field in numeric:
            value = getattr(self, field)
            if isinstance(value, str | bytes):  # float("0.5") would read text as a number
                raise ValueError(f"{field} must be a number, not text, got {value!r}")
        d = _number(self.disclosure, "disclosure", "a fraction in [0, 1]")
        if not 0.0 <= d <= 1.0:
            raise ValueError(f"disclosure must be a fraction in [0, 1], got {self.disclosure!r}")
        if self.max_loan_to_value is not None:
            v = _number(self.max_loan_to_value, "max_loan_to_value", "a fraction in (0, 1]")
            if not 0.0 < v <= 1.0:
                raise ValueError(
                    f"max_loan_to_value must be a fraction in (0, 1] or None, got {v!r}"
                )
        if self.capital_ratio is not None:
            c = _number(self.capital_ratio, "capital_ratio", "a fraction in [0, 1]")
            if not 0.0 <= c <= 1.0:
                raise ValueError(f"capital_ratio must be a fraction in [0, 1] or None, got {c!r}")
        if self.max_exposure_to_capital is not None:
            m = _number(self.max_exposure_to_capital, "max_exposure_to_capital", "a number > 0")
            if not m > 0:
                raise ValueError(f"max_exposure_to_capital must be > 0 or None, got {m!r}")
        if not isinstance(self.stress_test, (bool, np.bool_)):
            raise TypeError(f"stress_test must be a bool, got {type(self.stress_test).__name__}")

    @property
    def is_neutral(self) -> bool:
        """True if no lever is set (the policy changes nothing)."""
        return self == Policy()

    @property
    def lender_channel(self) -> bool:
        """True if lenders have capital and can fail (``capital_ratio`` or ``stress_test``)."""
        return self.capital_ratio is not None or bool(self.stress_test)


@dataclass(frozen=True)
class Scenario:
    """A scenario to evaluate a policy on (the arguments of ``run_scenario``).

    Parameters
    ----------
    path : {"base", "stagnation", "bust"}, default "bust"
        Revenue path of the AI lab.
    growth, residual_value_fraction, other_cost_share : float, optional
        As in :func:`aifin_lib.scenario.run_scenario` (default: the assumptions).
    outside_cash_flow_factor : float, default 1.0
        Factor on the firms' cash flows from outside the network (see ``run_scenario``).
    shock_firm : str, optional
        Operating firm that loses ``shock_usd_bn`` of cash in the first year.
    shock_usd_bn : float, default 0.0
        Size of that loss, USD billions.
    network : ScenarioNetwork, optional
        Balance sheets before the policy (default :func:`~aifin_lib.scenario.build_network`).
    round_tripped_usd_bn : float, optional
        Round-tripped money in the AI lab's first-year money, USD billions (default:
        :func:`round_tripped_cash` of the network).

    Raises
    ------
    ValueError
        If ``path`` is unknown or ``round_tripped_usd_bn`` is negative.
    TypeError
        If ``network`` is not a ScenarioNetwork.
    """

    path: str = "bust"
    growth: float | None = None
    residual_value_fraction: float | None = None
    other_cost_share: float | None = None
    outside_cash_flow_factor: float = 1.0
    shock_firm: str | None = None
    shock_usd_bn: float = 0.0
    network: ScenarioNetwork | None = dataclasses.field(default=None, repr=False, compare=False)
    round_tripped_usd_bn: float | None = None

    def __post_init__(self) -> None:
        """Validate the path, the network and the round-tripped money."""
        if self.path not in PATHS:
            raise ValueError(f"path must be one of {PATHS}, got {self.path!r}")
        if self.network is not None and not isinstance(self.network, ScenarioNetwork):
            raise TypeError(
                f"network must be a ScenarioNetwork or None, got {type(self.network).__name__}"
            )
        if self.round_tripped_usd_bn is not None:
            r = _number(self.round_tripped_usd_bn, "round_tripped_usd_bn", "a number >= 0")
            if r < 0:
                raise ValueError(f"round_tripped_usd_bn must be >= 0, got {r!r}")

    def run_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for :func:`~aifin_lib.scenario.run_scenario`."""
        return {
            "path": self.path,
            "growth": self.growth,
            "residual_value_fraction": self.residual_value_fraction,
            "other_cost_share": self.other_cost_share,
            "outside_cash_flow_factor": self.outside_cash_flow_factor,
            "shock_firm": self.shock_firm,
            "shock_usd_bn": self.shock_usd_bn,
        }


SUPERVISORY_BATTERY: tuple[tuple[str, str, str | None, str | None], ...] = (
    ("stagnation", "stagnation", None, None),
    ("bust", "bust", None, None),
    ("bust_adverse", "bust", "outside_cash_flow_factor_low", "residual_value_fraction_low"),
    ("bust_severe", "bust", "stress_outside_cash_flow_factor", "residual_value_fraction_low"),
)
"""The stress test's scenarios as ``(name, path, factor assumption, residual assumption)``:
stagnation and bust as in the scenario, the bust with the low ends of the Monte Carlo's ranges
of outside cash flow and residual value (adverse), and the bust with the supervisors'
severely adverse cut of outside cash flows (``None``: the scenario's own value)."""


def supervisory_battery(network: ScenarioNetwork | None = None) -> tuple[Scenario, ...]:
    """The scenarios of :data:`SUPERVISORY_BATTERY` with the values of the assumptions.

    Parameters
    ----------
    network : ScenarioNetwork, optional
        Whose assumptions to read (default :func:`~aifin_lib.scenario.default_network`).

    Returns
    -------
    tuple of Scenario
    """
    net = default_network() if network is None else network
    a = net.assumptions
    return tuple(
        Scenario(path, outside_cash_flow_factor=1.0 if factor is None else a[factor],
                 residual_value_fraction=None if residual is None else a[residual])
        for _, path, factor, residual in SUPERVISORY_BATTERY
    )


def severe_scenario(network: ScenarioNetwork | None = None) -> Scenario:
    """The severely adverse scenario of the battery (the bust with halved outside cash flows).

    Parameters
    ----------
    network : ScenarioNetwork, optional
        Whose assumptions to read (default :func:`~aifin_lib.scenario.default_network`).

    Returns
    -------
    Scenario
    """
    names = [name for name, *_ in SUPERVISORY_BATTERY]
    return supervisory_battery(network)[names.index("bust_severe")]


@dataclass(frozen=True)
class Evaluation:
    """Outcome of a policy on a scenario (amounts in USD billions).

    Attributes
    ----------
    policy : Policy
    scenario : Scenario
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
    scenario: Scenario
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
    scenarios : tuple of Scenario
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

    scenarios: tuple[Scenario, ...]
    evaluations: tuple[Evaluation, ...]
    worst_loss: dict[str, float]
    passed: dict[str, bool]


def _number(x: Any, name: str, expected: str) -> float:
    if isinstance(x, bool):
        raise ValueError(f"{name} must be {expected}, got {x!r}")
    try:
        v = float(x)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be {expected}, got {x!r}") from None
    if not np.isfinite(v):
        raise ValueError(f"{name} must be {expected}, got {x!r}")
    return v


def round_tripped_cash(network: ScenarioNetwork) -> float:
    """Money in the AI lab's first-year money that came from its own suppliers, USD billions.

    Parameters
    ----------
    network : ScenarioNetwork
        Built by :func:`~aifin_lib.scenario.build_network`.

    Returns
    -------
    float
        The calibration's ``round_tripped_funding`` of the lab, capped at the lab's opening
        cash plus its first-year funding.

    Notes
    -----
    Nvidia sells the chips Oracle buys for the lab's data centres; Amazon sells the lab
    compute. Their equity in the lab returns to them as payments: the circular financing of
    the chapter on circular deals. SoftBank's stake is not round-tripped.

    Examples
    --------
    >>> from aifin_lib.scenario import build_network
    >>> net = build_network()
    >>> round_tripped_cash(net) == net.round_tripped_funding
    True
    """
    money = network.initial_cash[network.ai_lab] + network.first_year_funding
    return float(min(network.round_tripped_funding, money))


def _scaled(net: ScenarioNetwork, k: np.ndarray, d: np.ndarray) -> ScenarioNetwork:
    """Apply the scaling rule: build-out project factor ``k`` and its debt factor ``d``."""
    if np.all(k == 1.0) and np.all(d == 1.0):
        return net
    with np.errstate(divide="ignore", invalid="ignore"):
        build = np.where(net.debt > 0, net.build_out_debt / net.debt, 0.0)
    factor = 1.0 - (1.0 - d) * build  # on the whole debt of each firm
    build_infra = _build_out_infrastructure(net)
    contracts = net.contracts * k[None, None, :]
    service = net.debt_service * factor[None, :, None]
    interest = net.interest * factor[None, :]
    principal = net.principal_by_lender * factor[None, :, None]
    debt = net.debt * factor
    build_out = net.build_out_debt * d
    infra = net.infrastructure_value - (1.0 - k) * build_infra
    fixed = net.fixed_costs * k[None, :]
    arrays = (contracts, service, interest, principal, debt, build_out, infra, fixed)
    for arr in arrays:
        arr.setflags(write=False)
    return dataclasses.replace(
        net,
        contracts=contracts,
        debt_service=service,
        interest=interest,
        principal_by_lender=principal,
        debt=debt,
        build_out_debt=build_out,
        infrastructure_value=infra,
        fixed_costs=fixed,
    )


def disclosure_factor(disclosure: float, round_tripped_share: float,
                      lab_revenue_share: float) -> float:
    """The project factor of a supplier under disclosure of round-tripped money.

    Parameters
    ----------
    disclosure : float
        Share of the round-tripped money that lenders net out, in ``[0, 1]``.
    round_tripped_share : float
        Round-tripped money as a share of the AI lab's money, in ``[0, 1]``.
    lab_revenue_share : float
        Share of the supplier's contracted revenue owed by the lab, in ``[0, 1]``.

    Returns
    -------
    float
        ``k = 1 - disclosure * round_tripped_share * lab_revenue_share``: the supplier's new
        build-out (and its build-out debt) as a share of the old.

    Raises
    ------
    ValueError
        If an argument is not a number in ``[0, 1]``.

    Examples
    --------
    >>> disclosure_factor(0.5, 45 / 75, 0.5)
    0.85
    """
    values = []
    for name, x in (("disclosure", disclosure), ("round_tripped_share", round_tripped_share),
                    ("lab_revenue_share", lab_revenue_share)):
        v = _number(x, name, "a fraction in [0, 1]")
        if not 0.0 <= v <= 1.0:
            raise ValueError(f"{name} must be a fraction in [0, 1], got {x!r}")
        values.append(v)
    return 1.0 - values[0] * values[1] * values[2]


def leverage_limit_factors(debt: float, infrastructure: float,
                           max_loan_to_value: float) -> tuple[float, float]:
    """A project under a leverage limit: its new size and its new debt, as shares of the old.

    Parameters
    ----------
    debt : float
        The project's debt, USD billions, ``>= 0``.
    infrastructure : float
        The project's cost, USD billions, ``> 0``.
    max_loan_to_value : float
        The limit ``λ``, a fraction in ``(0, 1]``.

    Returns
    -------
    (float, float)
        ``(k, d)``: the owners keep their equity ``E = infrastructure - debt`` and build
        ``E / (1 - λ)`` at most (``k``, never above 1), borrowing ``λ`` of that (``d``, as a
        share of the old debt). ``(1, 1)`` when the limit does not bind.

    Raises
    ------
    ValueError
        If an argument is out of range.

    Examples
    --------
    >>> k, d = leverage_limit_factors(90.0, 100.0, 0.75)
    >>> round(k, 6), round(d, 6)
    (0.4, 0.333333)
    """
    debt = _number(debt, "debt", "a number >= 0")
    infrastructure = _number(infrastructure, "infrastructure", "a number > 0")
    ltv = _number(max_loan_to_value, "max_loan_to_value", "a fraction in (0, 1]")
    if debt < 0:
        raise ValueError(f"debt must be >= 0, got {debt!r}")
    if infrastructure <= 0:
        raise ValueError(f"infrastructure must be > 0, got {infrastructure!r}")
    if not 0.0 < ltv <= 1.0:
        raise ValueError(f"max_loan_to_value must be a fraction in (0, 1], got {ltv!r}")
    if debt <= ltv * infrastructure or debt == 0:
        return 1.0, 1.0
    equity = max(infrastructure - debt, 0.0)
    k = min(equity / (1.0 - ltv) / infrastructure, 1.0) if ltv < 1.0 else 1.0
    return k, ltv * k * infrastructure / debt


def _disclosure_factors(net: ScenarioNetwork, disclosure: float, round_trip: float) -> np.ndarray:
    n = len(net.firms)
    k = np.ones(n)
    lab = net.ai_lab
    money = net.initial_cash[lab] + net.first_year_funding
    if disclosure == 0.0 or round_trip <= 0.0 or money <= 0.0:
        return k
    share_rt = min(round_trip / money, 1.0)
    revenue = net.contracts.sum(axis=0)  # [i, j]: owed by i to j over the horizon
    owed_to = revenue.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        lab_share = np.where(owed_to > 0, revenue[lab] / owed_to, 0.0)
    for i in np.flatnonzero(net.build_out_debt > 0):
        k[i] = disclosure_factor(disclosure, share_rt, float(lab_share[i]))
    return k


def _build_out_infrastructure(net: ScenarioNetwork) -> np.ndarray:
    """The part of each firm's infrastructure that its build-out debt financed."""
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(net.debt > 0, net.build_out_debt / net.debt, 0.0)
    return net.infrastructure_value * share


def _ltv_factors(net: ScenarioNetwork, ltv: float) -> tuple[np.ndarray, np.ndarray]:
    n = len(net.firms)
    k, d = np.ones(n), np.ones(n)
    infra_all = _build_out_infrastructure(net)
    for i in np.flatnonzero((net.build_out_debt > 0) & (infra_all > 0)):
        k[i], d[i] = leverage_limit_factors(net.build_out_debt[i], infra_all[i], ltv)
    return k, d


def _lender_exposure(net: ScenarioNetwork) -> np.ndarray:
    """What each lender type is owed over the horizon (see ``ScenarioNetwork.lender_exposure``)."""
    return net.lender_exposure()


def _reference_capital_ratio() -> float:
    return float(data.figure(REFERENCE_CAPITAL_METRIC).value) / 100.0


def _concentration_factors(net: ScenarioNetwork, limit: float, ratio: float) -> np.ndarray:
    loans = net.debt[:, None] * net.lender_shares  # (n, 3)
    build = net.build_out_debt[:, None] * net.lender_shares
    capital = ratio * _lender_exposure(net)
    cap = limit * capital
    k = np.ones(len(net.firms))
    for i in np.flatnonzero(net.build_out_debt > 0):
        for j in range(len(LENDERS)):
            if loans[i, j] > cap[j] and build[i, j] > 0:
                allowed = max(cap[j] - (loans[i, j] - build[i, j]), 0.0)
                k[i] = min(k[i], allowed / build[i, j])
    return k


def apply_policy(
    policy: Policy, network: ScenarioNetwork, round_tripped_usd_bn: float | None = None
) -> tuple[ScenarioNetwork, float]:
    """The balance sheets after the lending levers (disclosure, leverage, concentration).

    Parameters
    ----------
    policy : Policy
    network : ScenarioNetwork
        Balance sheets before the policy.
    round_tripped_usd_bn : float, optional
        Round-tripped money in the lab's cash (default :func:`round_tripped_cash`).

    Returns
    -------
    (ScenarioNetwork, float)
        The new balance sheets and the investment not made, USD billions.

    Raises
    ------
    TypeError
        If ``policy`` or ``network`` has the wrong type.

    Notes
    -----
    Applied in this order, each on the result of the previous one:

    1. Disclosure: with round-tripped share ``r`` of the lab's first-year money (opening
       cash plus the year's round) and ``s_i`` the share of firm ``i``'s contracted revenue
       owed by the lab, lenders finance only the part of the build-out not paid for by
       round-tripped money: ``k_i = d_i = 1 - disclosure * r * s_i`` for firms with
       build-out debt.
    2. Leverage limit ``λ``: a firm whose build-out debt ``D`` exceeds ``λ`` times the
       infrastructure it financed ``I`` keeps its equity ``E = I - D`` and builds only
       ``E / (1 - λ)``; its new build-out debt is ``λ`` times that.
    3. Concentration limit ``m``: a lender type with capital ``c * exposure`` (``c`` the
       policy's ``capital_ratio``, or the reference ratio of
       :data:`REFERENCE_CAPITAL_METRIC`) lends one borrower at most ``m`` times that
       capital; the borrower's build-out debt and project shrink until its loans fit
       (``k_i = d_i``), its lenders' shares unchanged.

    Examples
    --------
    >>> from aifin_lib.scenario import build_network
    >>> net = build_network()
    >>> new, forgone = apply_policy(Policy(max_loan_to_value=0.8), net)
    >>> i = net.index("coreweave")
    >>> round(float(new.build_out_debt[i] / net.build_out_debt[i]), 6)
    0.444444
    """
    if not isinstance(policy, Policy):
        raise TypeError(f"policy must be a Policy, got {type(policy).__name__}")
    if not isinstance(network, ScenarioNetwork):
        raise TypeError(f"network must be a ScenarioNetwork, got {type(network).__name__}")
    net = network
    if policy.disclosure > 0:
        rt = round_tripped_cash(net) if round_tripped_usd_bn is None else round_tripped_usd_bn
        k = _disclosure_factors(net, float(policy.disclosure), float(rt))
        net = _scaled(net, k, k)
    if policy.max_loan_to_value is not None:
        k, d = _ltv_factors(net, float(policy.max_loan_to_value))
        net = _scaled(net, k, d)
    if policy.max_exposure_to_capital is not None:
        ratio = (
            _reference_capital_ratio()
            if policy.capital_ratio is None
            else float(policy.capital_ratio)
        )
        k = _concentration_factors(net, float(policy.max_exposure_to_capital), ratio)
        net = _scaled(net, k, k)
    forgone = float((network.infrastructure_value - net.infrastructure_value).sum())
    # (the scaling rule only ever shrinks build-out infrastructure)
    return net, max(forgone, 0.0)


def _recall(net: ScenarioNetwork, t: int, lender: int, alive: np.ndarray) -> ScenarioNetwork:
    """Lender type ``lender`` fails in year index ``t``: its loans to survivors fall due at t+1."""
    T = len(net.years)
    if t + 1 >= T:
        return net
    node = net.lender_nodes[lender]
    service = net.debt_service.copy()
    principal = net.principal_by_lender.copy()
    for i in np.flatnonzero((net.debt > 0) & alive):
        early = principal[t + 2, i, lender]  # principal that would have been repaid later
        if early <= 0:
            continue
        service[t + 1, i, node] += early
        service[t + 2 :, i, node] = 0.0
        principal[t + 2 :, i, lender] = 0.0
    for arr in (service, principal):
        arr.setflags(write=False)
    return dataclasses.replace(net, debt_service=service, principal_by_lender=principal)


def _run(
    net: ScenarioNetwork, scenario: Scenario, capital: np.ndarray | None
) -> tuple[ScenarioNetwork, ScenarioResult, list[tuple[int, str]]]:
    """Clear; with capital, let lender types fail and recall their loans until stable."""
    kwargs = scenario.run_kwargs()
    res = run_scenario(net, **kwargs)
    failures: list[tuple[int, str]] = []
    if capital is None:
        return net, res, failures
    failed = np.zeros(len(LENDERS), bool)
    for _ in range(len(LENDERS)):
        cum = np.cumsum(res.credit_losses_by_year, axis=0)
        over = (cum > capital[None, :] + 1e-9) & ~failed[None, :]
        if not over.any():
            break
        t = int(np.flatnonzero(over.any(axis=1))[0])
        year = net.years[t]
        alive = (res.default_year < 0) | (res.default_year > year)
        for j in np.flatnonzero(over[t]):
            failed[j] = True
            failures.append((year, LENDERS[j]))
            net = _recall(net, t, int(j), alive)
        res = run_scenario(net, **kwargs)
    return net, res, failures


def _battery(net: ScenarioNetwork, battery: tuple[Scenario, ...] | None) -> tuple[Scenario, ...]:
    scenarios = supervisory_battery(net) if battery is None else tuple(battery)
    if not scenarios:
        raise ValueError("battery must contain at least one Scenario")
    for s in scenarios:
        if not isinstance(s, Scenario):
            raise TypeError(f"battery must hold Scenario objects, got {type(s).__name__}")
    return scenarios


def _capital(policy: Policy, net: ScenarioNetwork, battery: Any) -> np.ndarray | None:
    if not policy.lender_channel:
        return None
    ratio = 0.0 if policy.capital_ratio is None else float(policy.capital_ratio)
    capital = ratio * _lender_exposure(net)
    if policy.stress_test:
        worst = np.zeros(len(LENDERS))
        for s in _battery(net, battery):
            res = run_scenario(net, **s.run_kwargs())
            worst = np.maximum(worst, [res.credit_losses[k] for k in LENDERS])
        capital = np.maximum(capital, worst)
    return capital


def evaluate(
    policy: Policy,
    scenario: Scenario | str = "bust",
    *,
    battery: tuple[Scenario, ...] | None = None,
) -> Evaluation:
    """Apply a policy mix to a scenario: defaults, losses, waves and the cost of the policy.

    Parameters
    ----------
    policy : Policy
        The levers (``Policy()`` is no policy).
    scenario : Scenario or str, default "bust"
        The scenario, or just a revenue path (``"base"``, ``"stagnation"``, ``"bust"``).
    battery : tuple of Scenario, optional
        The stress test's scenarios (default :func:`supervisory_battery`); used only if
        ``policy.stress_test``.

    Returns
    -------
    Evaluation

    Raises
    ------
    TypeError
        If ``policy`` is not a Policy or ``scenario`` not a Scenario or path name.
    ValueError
        If the scenario's parameters are invalid (see
        :func:`~aifin_lib.scenario.run_scenario`).

    Notes
    -----
    The lending levers change the balance sheets (:func:`apply_policy`). With the lender
    channel (``capital_ratio`` or ``stress_test``), each lender type holds capital
    ``capital_ratio * exposure`` (raised, under the stress test, to its worst loss over the
    battery). When its cumulative losses first exceed its capital in year ``t``, it fails:
    it no longer refinances the firms it lends to, so the principal they owe it after year
    ``t + 1`` falls due in year ``t + 1`` (a credit crunch), and the network is cleared
    again; this repeats until no further lender type fails. Losses after a recall are still
    split by the original lender shares (a simplification).

    Examples
    --------
    >>> ev = evaluate(Policy(), "bust")
    >>> ev.defaults, round(ev.investment_forgone_usd_bn, 6), ev.credit_loss
    (('openai',), 0.0, 0.0)
    >>> severe = evaluate(Policy(), severe_scenario())
    >>> severe.defaults
    ('openai', 'coreweave')
    """
    if not isinstance(policy, Policy):
        raise TypeError(f"policy must be a Policy, got {type(policy).__name__}")
    if isinstance(scenario, str):
        scenario = Scenario(scenario)
    if not isinstance(scenario, Scenario):
        raise TypeError(
            f"scenario must be a Scenario or a path name, got {type(scenario).__name__}"
        )
    base = scenario.network if scenario.network is not None else default_network()
    net, forgone = apply_policy(policy, base, scenario.round_tripped_usd_bn)
    capital = _capital(policy, net, battery)
    final, res, failures = _run(net, scenario, capital)
    cap = np.zeros(len(LENDERS)) if capital is None else capital
    beyond = {
        k: (max(res.credit_losses[k] - float(cap[j]), 0.0) if capital is not None else 0.0)
        for j, k in enumerate(LENDERS)
    }
    return Evaluation(
        policy=policy,
        scenario=scenario,
        defaults=res.defaulted,
        default_year={f: int(res.default_year[res.firms.index(f)]) for f in res.defaulted},
        credit_losses={k: float(res.credit_losses[k]) for k in LENDERS},
        lost_revenue=res.total_lost_revenue,
        waves=res.waves,
        lender_failures=tuple(failures),
        losses_beyond_capital=beyond,
        capital={k: float(cap[j]) for j, k in enumerate(LENDERS)},
        investment_forgone_usd_bn=forgone,
        capital_required_usd_bn=float(cap.sum()),
        lending_usd_bn=float(net.debt.sum()),
        network=final,
        result=res,
    )


def stress_test(
    policy: Policy | None = None,
    network: ScenarioNetwork | None = None,
    battery: tuple[Scenario, ...] | None = None,
) -> StressTestResult:
    """Run the supervisory battery on a policy's balance sheets, as a supervisor would.

    Parameters
    ----------
    policy : Policy, optional
        Default ``Policy()`` (no policy).
    network : ScenarioNetwork, optional
        Balance sheets before the policy (default ``build_network()``).
    battery : tuple of Scenario, optional
        Default :func:`supervisory_battery`; a ``network`` set on a scenario is ignored.

    Returns
    -------
    StressTestResult

    Raises
    ------
    TypeError, ValueError
        If the policy, network or battery is invalid.

    Examples
    --------
    >>> st = stress_test(Policy(capital_ratio=0.1))
    >>> len(st.evaluations), st.passed["banks"], st.passed["bond_investors"]
    (4, False, True)
    """
    policy = Policy() if policy is None else policy
    if not isinstance(policy, Policy):
        raise TypeError(f"policy must be a Policy, got {type(policy).__name__}")
    net = default_network() if network is None else network
    if not isinstance(net, ScenarioNetwork):
        raise TypeError(f"network must be a ScenarioNetwork, got {type(net).__name__}")
    scenarios = tuple(dataclasses.replace(s, network=net) for s in _battery(net, battery))
    evals = tuple(evaluate(policy, s) for s in scenarios)
    worst = {k: max(e.credit_losses[k] for e in evals) for k in LENDERS}
    passed = {k: all(e.credit_losses[k] <= e.capital[k] + 1e-9 for e in evals) for k in LENDERS}
    return StressTestResult(scenarios=scenarios, evaluations=evals, worst_loss=worst, passed=passed)
