"""Clearing a policy's network in a stress case, with lenders that can fail.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import numpy as np

from aifin_lib.scenario import (
    LENDERS,
    ScenarioNetwork,
    ScenarioResult,
    default_network,
    run_scenario,
)

from .cases import Policy, StressCase, supervisory_battery
from .levers import _lender_exposure, apply_policy
from .results import Evaluation, StressTestResult

__all__ = [
    "evaluate",
    "stress_test",
]


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
    net: ScenarioNetwork, scenario: StressCase, capital: np.ndarray | None
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


def _battery(net: ScenarioNetwork,
             battery: tuple[StressCase, ...] | None) -> tuple[StressCase, ...]:
    scenarios = supervisory_battery(net) if battery is None else tuple(battery)
    if not scenarios:
        raise ValueError("battery must contain at least one StressCase")
    for s in scenarios:
        if not isinstance(s, StressCase):
            raise TypeError(f"battery must hold StressCase objects, got {type(s).__name__}")
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
    scenario: StressCase | str = "bust",
    *,
    battery: tuple[StressCase, ...] | None = None,
) -> Evaluation:
    """Apply a policy mix to a scenario: defaults, losses, waves and the cost of the policy.

    Parameters
    ----------
    policy : Policy
        The levers (``Policy()`` is no policy).
    scenario : StressCase or str, default "bust"
        The scenario, or just a revenue path (``"base"``, ``"stagnation"``, ``"bust"``).
    battery : tuple of StressCase, optional
        The stress test's scenarios (default :func:`supervisory_battery`); used only if
        ``policy.stress_test``.

    Returns
    -------
    Evaluation

    Raises
    ------
    TypeError
        If ``policy`` is not a Policy or ``scenario`` not a StressCase or path name.
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
    >>> from aifin_lib.regulation import severe_scenario
    >>> severe = evaluate(Policy(), severe_scenario())
    >>> severe.defaults
    ('openai', 'coreweave')
    """
    if not isinstance(policy, Policy):
        raise TypeError(f"policy must be a Policy, got {type(policy).__name__}")
    if isinstance(scenario, str):
        scenario = StressCase(scenario)
    if not isinstance(scenario, StressCase):
        raise TypeError(
            f"scenario must be a StressCase or a path name, got {type(scenario).__name__}"
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
    battery: tuple[StressCase, ...] | None = None,
) -> StressTestResult:
    """Run the supervisory battery on a policy's balance sheets, as a supervisor would.

    Parameters
    ----------
    policy : Policy, optional
        Default ``Policy()`` (no policy).
    network : ScenarioNetwork, optional
        Balance sheets before the policy (default
        :func:`~aifin_lib.scenario.default_network`).
    battery : tuple of StressCase, optional
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
