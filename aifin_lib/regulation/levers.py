"""The levers as transformations of the scenario network's balance sheets (the scaling rule).
"""

from __future__ import annotations

import dataclasses

import numpy as np

from aifin_lib import data
from aifin_lib.scenario import LENDERS, ScenarioNetwork

from .cases import REFERENCE_CAPITAL_METRIC, Policy, _number

__all__ = [
    "apply_policy",
    "disclosure_factor",
    "leverage_limit_factors",
    "round_tripped_cash",
]


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
    factor = 1.0 - (1.0 - d) * _build_out_share(net)  # on the whole debt of each firm
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


def _build_out_share(net: ScenarioNetwork) -> np.ndarray:
    """Each firm's build-out debt as a share of its whole debt (0 for a firm without debt)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(net.debt > 0, net.build_out_debt / net.debt, 0.0)


def _build_out_infrastructure(net: ScenarioNetwork) -> np.ndarray:
    """The part of each firm's infrastructure that its build-out debt financed."""
    return net.infrastructure_value * _build_out_share(net)


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
    return data.metric_value(REFERENCE_CAPITAL_METRIC) / 100.0


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
