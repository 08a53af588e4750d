"""Policy levers on the stagnation scenario: which rules dampen the domino, and at what cost.

Each lever is a documented transformation of the balance sheets of
:class:`aifin_lib.scenario.ScenarioNetwork` (or, for the lenders, of how their losses are
absorbed); :func:`evaluate` applies a :class:`Policy` to a :class:`Scenario` and clears it
with :func:`aifin_lib.scenario.run_scenario`. The levers:

- **Disclosure of circular deals** (``disclosure``): lenders see the AI lab's cash net of the
  money its own suppliers invested in it (round-tripped money) and lend to the lab's
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
  project. The project factor ``k`` (new size / old size) scales the firm's infrastructure
  and the contract revenue owed to it (capacity that is not built is not sold); the debt
  factor ``d`` scales its debt, its principal and its debt service. Contracts the firm owes
  to others are not scaled (a conservative simplification). The investment not made is
  ``(1 - k) * infrastructure_value``.
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
    HOLDERS,
    LENDERS,
    PATHS,
    ScenarioNetwork,
    ScenarioResult,
    build_network,
    run_scenario,
)

__all__ = [
    "LEVERS",
    "REFERENCE_CAPITAL_METRIC",
    "ROUND_TRIP_DEALS",
    "SUPERVISORY_BATTERY",
    "Evaluation",
    "Policy",
    "Scenario",
    "StressTestResult",
    "apply_policy",
    "evaluate",
    "round_tripped_cash",
    "stress_test",
]

LEVERS: tuple[str, ...] = (
    "disclosure",
    "max_loan_to_value",
    "capital_ratio",
    "max_exposure_to_capital",
    "stress_test",
)
"""Names of the levers, the fields of :class:`Policy`."""

ROUND_TRIP_DEALS: tuple[str, ...] = ("D26b", "D26")
"""Investments in the AI lab by its own suppliers (Nvidia's D26b; Amazon's D26, of which only
the upfront share ``amazon_upfront_share`` is in the lab's cash): money that flows back to
the suppliers of compute."""

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
    shock_firm : str, optional
        Operating firm that loses ``shock_usd_bn`` of cash in the first year.
    shock_usd_bn : float, default 0.0
        Size of that loss, USD billions.
    network : ScenarioNetwork, optional
        Balance sheets before the policy (default :func:`~aifin_lib.scenario.build_network`).
    round_tripped_usd_bn : float, optional
        Round-tripped money in the AI lab's cash at the start, USD billions (default:
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
            "shock_firm": self.shock_firm,
            "shock_usd_bn": self.shock_usd_bn,
        }


SUPERVISORY_BATTERY: tuple[Scenario, ...] = (
    Scenario("stagnation"),
    Scenario("stagnation", residual_value_fraction=-1.0),
    Scenario("bust"),
    Scenario("bust", residual_value_fraction=-1.0),
)
"""The stress test's scenarios: stagnation and bust, each with the central residual value and
with the low end of its range (``residual_value_fraction = -1.0`` is a placeholder that
:func:`stress_test` replaces by the assumption ``residual_value_fraction_low``)."""


@dataclass(frozen=True)
class Evaluation:
    """Outcome of a policy on a scenario.

    Attributes
    ----------
    policy : Policy
    scenario : Scenario
    defaults : tuple of str
        Firms that default, in order (year, then wave).
    default_year : dict
        ``{firm: calendar year of default}`` for the firms in ``defaults``.
    losses_by_holder : dict
        ``{holder: loss}`` over the horizon for :data:`~aifin_lib.scenario.HOLDERS`, USD
        billions.
    waves : tuple
        ``(year, round, (firms...))`` of the final clearing (see ``ScenarioResult.waves``).
    lender_failures : tuple
        ``(year, lender type)``: lender types whose cumulative losses exceeded their
        capital, in order; empty when the policy gives lenders no capital.
    losses_beyond_capital : dict
        ``{lender type: loss - capital, floored at 0}``, USD billions: what falls on the
        lenders' own creditors (depositors, fund investors) or the state; 0 when lenders
        have no modelled capital.
    capital : dict
        ``{lender type: capital held}``, USD billions (zeros without the lender channel).
    investment_forgone_usd_bn : float
        Infrastructure not built because of the policy, USD billions (cost of the policy).
    capital_required_usd_bn : float
        Capital the lenders must hold, USD billions (a second cost of the policy).
    lending_usd_bn : float
        Debt principal at the start after the policy, USD billions.
    network : ScenarioNetwork
        The balance sheets after the policy (and after any credit crunch).
    result : ScenarioResult
        The final clearing.
    """

    policy: Policy
    scenario: Scenario
    defaults: tuple[str, ...]
    default_year: dict[str, int]
    losses_by_holder: dict[str, float]
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
    def total_loss(self) -> float:
        """Sum of the losses of all holders, USD billions."""
        return float(sum(self.losses_by_holder.values()))

    @property
    def lender_loss(self) -> float:
        """Sum of the losses of the three lender types, USD billions."""
        return float(sum(self.losses_by_holder[k] for k in LENDERS))


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
    """Money in the AI lab's starting cash that came from its own suppliers, USD billions.

    Parameters
    ----------
    network : ScenarioNetwork
        Built by :func:`~aifin_lib.scenario.build_network`.

    Returns
    -------
    float
        Nvidia's D26b plus ``amazon_upfront_share`` of Amazon's D26 (deals.csv), capped at the
        lab's cash at the start.

    Notes
    -----
    Nvidia sells the chips Oracle buys for the lab's data centres; Amazon sells the lab
    compute (D15, D26d). Their equity in the lab returns to them as payments: the circular
    financing of the chapter on circular deals. SoftBank's D26c is not round-tripped.

    Examples
    --------
    >>> from aifin_lib.scenario import build_network
    >>> round(round_tripped_cash(build_network()), 6)
    45.0
    """
    deals = data.load("deals").set_index("deal_id")
    nvidia = float(deals.loc["D26b", "amount_usd_bn"])
    amazon = float(deals.loc["D26", "amount_usd_bn"]) * network.assumptions["amazon_upfront_share"]
    return float(min(nvidia + amazon, network.initial_cash[network.ai_lab]))


def _scaled(net: ScenarioNetwork, k: np.ndarray, d: np.ndarray) -> ScenarioNetwork:
    """Apply the scaling rule: project factor ``k`` and debt factor ``d`` per node."""
    if np.all(k == 1.0) and np.all(d == 1.0):
        return net
    contracts = net.contracts * k[None, None, :]
    service = net.debt_service * d[None, :, None]
    principal = net.principal * d[None, :]
    debt = net.debt * d
    infra = net.infrastructure_value * k
    arrays = (contracts, service, principal, debt, infra)
    for arr in arrays:
        arr.setflags(write=False)
    return dataclasses.replace(
        net,
        contracts=contracts,
        debt_service=service,
        principal=principal,
        debt=debt,
        infrastructure_value=infra,
    )


def _disclosure_factors(net: ScenarioNetwork, disclosure: float, round_trip: float) -> np.ndarray:
    n = len(net.firms)
    k = np.ones(n)
    lab = net.ai_lab
    cash = net.initial_cash[lab]
    if disclosure == 0.0 or round_trip <= 0.0 or cash <= 0.0:
        return k
    share_rt = min(round_trip / cash, 1.0)
    revenue = net.contracts.sum(axis=0)  # [i, j]: owed by i to j over the horizon
    owed_to = revenue.sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        lab_share = np.where(owed_to > 0, revenue[lab] / owed_to, 0.0)
    indebted = net.debt > 0
    k[indebted] = 1.0 - disclosure * share_rt * lab_share[indebted]
    return k


def _ltv_factors(net: ScenarioNetwork, ltv: float) -> tuple[np.ndarray, np.ndarray]:
    n = len(net.firms)
    k, d = np.ones(n), np.ones(n)
    for i in np.flatnonzero(net.debt > 0):
        infra = net.infrastructure_value[i]
        if infra <= 0 or net.debt[i] <= ltv * infra:
            continue
        equity = max(infra - net.debt[i], 0.0)
        new_infra = equity / (1.0 - ltv) if ltv < 1.0 else infra
        k[i] = min(new_infra / infra, 1.0)
        d[i] = ltv * k[i] * infra / net.debt[i]
    return k, d


def _lender_exposure(net: ScenarioNetwork) -> np.ndarray:
    """Interest due in the horizon plus principal outstanding at the end, per lender type."""
    lend = net.lender_nodes
    interest = net.debt_service.sum(axis=0)[:, lend].sum(axis=0)
    return interest + net.principal[-1] @ net.lender_shares


def _reference_capital_ratio() -> float:
    return float(data.figure(REFERENCE_CAPITAL_METRIC).value) / 100.0


def _concentration_factors(net: ScenarioNetwork, limit: float, ratio: float) -> np.ndarray:
    loans = net.debt[:, None] * net.lender_shares  # (n, 3)
    capital = ratio * _lender_exposure(net)
    cap = limit * capital
    k = np.ones(len(net.firms))
    for i in np.flatnonzero(net.debt > 0):
        for j in range(len(LENDERS)):
            if loans[i, j] > cap[j]:
                k[i] = min(k[i], cap[j] / loans[i, j])
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

    1. Disclosure: with round-tripped share ``r`` of the lab's cash and ``s_i`` the share
       of firm ``i``'s contracted revenue owed by the lab, lenders finance only the part of
       the project not paid for by round-tripped money: ``k_i = d_i = 1 - disclosure * r *
       s_i`` for indebted firms.
    2. Leverage limit ``λ``: a firm whose debt exceeds ``λ`` times its infrastructure keeps
       its equity ``E = infrastructure - debt`` and builds only ``E / (1 - λ)``:
       ``k_i = E / ((1 - λ) * infrastructure)``, new debt ``λ * k_i * infrastructure``.
    3. Concentration limit ``m``: a lender type with capital ``c * exposure`` (``c`` the
       policy's ``capital_ratio``, or the reference ratio of
       :data:`REFERENCE_CAPITAL_METRIC`) lends one borrower at most ``m`` times that
       capital; the borrower's whole debt and project shrink in proportion
       (``k_i = d_i``), its lenders' shares unchanged.

    Examples
    --------
    >>> from aifin_lib.scenario import build_network
    >>> net = build_network()
    >>> new, forgone = apply_policy(Policy(max_loan_to_value=0.8), net)
    >>> round(float(new.debt[net.index("vantage")] / net.debt[net.index("vantage")]), 6)
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
    return net, max(forgone, 0.0)


def _recall(net: ScenarioNetwork, t: int, lender: int, alive: np.ndarray) -> ScenarioNetwork:
    """Lender type ``lender`` fails in year index ``t``: its loans to survivors fall due at t+1."""
    T = len(net.years)
    if t + 1 >= T:
        return net
    node = net.lender_nodes[lender]
    service = net.debt_service.copy()
    principal = net.principal.copy()
    for i in np.flatnonzero((net.debt > 0) & alive):
        s = net.lender_shares[i, lender]
        if s <= 0:
            continue
        early = principal[t + 2, i] * s  # principal that would have been repaid later
        service[t + 1, i, node] += early
        service[t + 2 :, i, node] = 0.0
        principal[t + 2 :, i] -= principal[t + 2 :, i] * s
    for arr in (service, principal):
        arr.setflags(write=False)
    return dataclasses.replace(net, debt_service=service, principal=principal)


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
        cum = np.cumsum(res.losses_by_year[:, : len(LENDERS)], axis=0)
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
    low = net.assumptions["residual_value_fraction_low"]
    scenarios = SUPERVISORY_BATTERY if battery is None else tuple(battery)
    if not scenarios:
        raise ValueError("battery must contain at least one Scenario")
    out = []
    for s in scenarios:
        if not isinstance(s, Scenario):
            raise TypeError(f"battery must hold Scenario objects, got {type(s).__name__}")
        if s.residual_value_fraction == -1.0:
            s = dataclasses.replace(s, residual_value_fraction=low)
        out.append(s)
    return tuple(out)


def _capital(policy: Policy, net: ScenarioNetwork, battery: Any) -> np.ndarray | None:
    if not policy.lender_channel:
        return None
    ratio = 0.0 if policy.capital_ratio is None else float(policy.capital_ratio)
    capital = ratio * _lender_exposure(net)
    if policy.stress_test:
        worst = np.zeros(len(LENDERS))
        for s in _battery(net, battery):
            res = run_scenario(net, **s.run_kwargs())
            worst = np.maximum(worst, [res.losses[k] for k in LENDERS])
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
        The stress test's scenarios (default :data:`SUPERVISORY_BATTERY`); used only if
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
    >>> ev.defaults, round(ev.investment_forgone_usd_bn, 6)
    (('openai', 'oracle', 'vantage'), 0.0)
    >>> thin = evaluate(Policy(capital_ratio=0.0), "bust")
    >>> [lender for _, lender in thin.lender_failures]
    ['bond_investors', 'private_credit', 'banks']
    """
    if not isinstance(policy, Policy):
        raise TypeError(f"policy must be a Policy, got {type(policy).__name__}")
    if isinstance(scenario, str):
        scenario = Scenario(scenario)
    if not isinstance(scenario, Scenario):
        raise TypeError(
            f"scenario must be a Scenario or a path name, got {type(scenario).__name__}"
        )
    base = scenario.network if scenario.network is not None else _default_network()
    net, forgone = apply_policy(policy, base, scenario.round_tripped_usd_bn)
    capital = _capital(policy, net, battery)
    final, res, failures = _run(net, scenario, capital)
    cap = np.zeros(len(LENDERS)) if capital is None else capital
    beyond = {
        k: (max(res.losses[k] - float(cap[j]), 0.0) if capital is not None else 0.0)
        for j, k in enumerate(LENDERS)
    }
    return Evaluation(
        policy=policy,
        scenario=scenario,
        defaults=res.defaulted,
        default_year={f: int(res.default_year[res.firms.index(f)]) for f in res.defaulted},
        losses_by_holder={h: float(res.losses[h]) for h in HOLDERS},
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
        Default :data:`SUPERVISORY_BATTERY`; a ``network`` set on a scenario is ignored.

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
    >>> len(st.evaluations), st.passed["banks"]
    (4, False)
    """
    policy = Policy() if policy is None else policy
    if not isinstance(policy, Policy):
        raise TypeError(f"policy must be a Policy, got {type(policy).__name__}")
    net = _default_network() if network is None else network
    if not isinstance(net, ScenarioNetwork):
        raise TypeError(f"network must be a ScenarioNetwork, got {type(net).__name__}")
    scenarios = tuple(dataclasses.replace(s, network=net) for s in _battery(net, battery))
    evals = tuple(evaluate(policy, s) for s in scenarios)
    worst = {k: max(e.losses_by_holder[k] for e in evals) for k in LENDERS}
    passed = {k: all(e.losses_by_holder[k] <= e.capital[k] + 1e-9 for e in evals) for k in LENDERS}
    return StressTestResult(scenarios=scenarios, evaluations=evals, worst_loss=worst, passed=passed)


_NETWORK: list[ScenarioNetwork] = []


def _default_network() -> ScenarioNetwork:
    if not _NETWORK:
        _NETWORK.append(build_network())
    return _NETWORK[0]
