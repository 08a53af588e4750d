"""Tests of aifin_lib.regulation: each policy lever's mechanism on a small network."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from aifin_lib.regulation import (
    Policy,
    Scenario,
    apply_policy,
    evaluate,
    round_tripped_cash,
    stress_test,
)
from aifin_lib.scenario import (
    HOLDERS,
    LENDERS,
    ScenarioNetwork,
    build_network,
    load_assumptions,
    run_scenario,
)

INFRA_DEBT_SHARE = 0.9


def small_network() -> ScenarioNetwork:
    """Lab owes A 10 a year; A and B borrow from bond investors; three years.

    Without policy the lab can pay A only 6 in the first year, so the lab and then A
    (debt service 8 in year one) default; B (debt 10, interest 0.5 a year, outside cash flow 2)
    survives unless its lender stops refinancing it.
    """
    a = load_assumptions(
        {
            "funding_to_revenue": 0.0,
            "provider_opex_share": 0.0,
            "stall_year": 2027,
            "residual_value_fraction": 0.1,
        }
    )
    firms = ("lab", "a", "b", *LENDERS)
    n, T = len(firms), 3
    bond = firms.index("bond_investors")
    contracts = np.zeros((T, n, n))
    contracts[:, 0, 1] = 10.0
    principal = np.zeros((T + 1, n))
    principal[:, 1] = [20.0, 13.0, 6.0, 0.0]
    principal[:, 2] = 10.0
    service = np.zeros((T, n, n))
    service[:, 1, bond] = 0.05 * principal[:-1, 1] + (principal[:-1, 1] - principal[1:, 1])
    service[:, 2, bond] = 0.05 * principal[:-1, 2]
    debt = principal[0].copy()
    shares = np.zeros((n, 3))
    shares[1:3, 2] = 1.0
    external = np.zeros(n)
    external[2] = 2.0
    cash = np.zeros(n)
    cash[0] = 5.0
    return ScenarioNetwork(
        firms=firms,
        kinds=("ai_lab", "neocloud", "hyperscaler", "lender", "lender", "lender"),
        years=(2026, 2027, 2028),
        contracts=contracts,
        debt_service=service,
        principal=principal,
        debt=debt,
        lender_shares=shares,
        external_cash_flow=external,
        initial_cash=cash,
        infrastructure_value=debt / INFRA_DEBT_SHARE,
        opex_applies=np.zeros(n, bool),
        ai_lab=0,
        revenue_start=1.0,
        base_growth=0.0,
        assumptions=a,
        inputs=pd.DataFrame(),
    )


def small(**kw) -> Scenario:
    """The small network's stagnation scenario (no growth, no other costs, 3 round-tripped)."""
    base = {"path": "stagnation", "growth": 0.0, "other_cost_share": 0.0}
    return Scenario(**(base | kw), network=small_network(), round_tripped_usd_bn=3.0)


def test_small_network_cascade_without_policy():
    """Without policy the lab and A default in the first year; B survives (lenders outside)."""
    ev = evaluate(Policy(), small())
    assert ev.defaults == ("lab", "a")
    assert ev.default_year == {"lab": 2026, "a": 2026}
    assert ev.lender_failures == ()


@pytest.mark.parametrize("path", ["base", "stagnation", "bust"])
def test_neutral_policy_identical_to_scenario(path):
    """Policy() leaves defaults, losses and waves exactly as run_scenario gives them."""
    net = build_network()
    res = run_scenario(net, path)
    ev = evaluate(Policy(), Scenario(path, network=net))
    assert ev.defaults == res.defaulted
    assert ev.waves == res.waves
    assert ev.losses_by_holder == res.losses
    assert ev.investment_forgone_usd_bn == 0.0
    assert ev.capital_required_usd_bn == 0.0
    assert_allclose(ev.lending_usd_bn, net.debt.sum())


def test_slack_policy_identical_to_scenario():
    """A leverage limit above every firm's leverage changes nothing (shocked bust path)."""
    net = build_network()
    res = run_scenario(net, "bust", shock_firm="oracle", shock_usd_bn=30.0)
    scen = Scenario("bust", shock_firm="oracle", shock_usd_bn=30.0, network=net)
    ev = evaluate(Policy(max_loan_to_value=1.0, disclosure=0.0), scen)
    assert ev.defaults == res.defaulted
    assert ev.losses_by_holder == res.losses
    assert ev.investment_forgone_usd_bn == 0.0


def test_disclosure_scales_lending_by_round_tripped_share():
    """Full disclosure: A's debt and revenue shrink by 1 - 3/5 (A's revenue is all from the lab).

    The lab's cash is 5, of which 3 round-tripped; A's project is 40% of its old size, B
    (no revenue from the lab) is untouched; the lab (owing 4 a year instead of 10) and A
    default a year or two later and the bond investors lose much less.
    """
    net = small_network()
    new, forgone = apply_policy(Policy(disclosure=1.0), net, 3.0)
    assert_allclose(new.debt[1], 0.4 * 20.0)
    assert_allclose(new.contracts[:, 0, 1], 4.0)
    assert_allclose(new.debt[2], 10.0)
    assert_allclose(forgone, 0.6 * 20.0 / INFRA_DEBT_SHARE)
    ev = evaluate(Policy(disclosure=1.0), small())
    before = evaluate(Policy(), small())
    assert ev.default_year == {"lab": 2027, "a": 2028}
    assert ev.losses_by_holder["bond_investors"] < before.losses_by_holder["bond_investors"]


def test_disclosure_half_is_linear():
    """Disclosure 0.5 nets out half: factor 1 - 0.5 * 3/5 = 0.7."""
    new, _ = apply_policy(Policy(disclosure=0.5), small_network(), 3.0)
    assert_allclose(new.debt[1], 0.7 * 20.0)


def test_round_tripped_cash_from_deals():
    """Nvidia's 30 (D26b) plus Amazon's upfront 15 of 50 (D26): 45 of the lab's 75 at start."""
    net = build_network()
    assert_allclose(round_tripped_cash(net), 45.0)
    assert_allclose(net.initial_cash[net.ai_lab], 75.0)


def test_leverage_limit_closed_form():
    """LTV cap λ with fixed equity: project k = (1 - s)/(1 - λ), debt factor λ k / s.

    With s = 0.9 and λ = 0.45: k = 0.1/0.55, d = 0.45 * k / 0.9.
    """
    net = small_network()
    new, forgone = apply_policy(Policy(max_loan_to_value=0.45), net)
    k = 0.1 / 0.55
    for i in (1, 2):
        assert_allclose(new.infrastructure_value[i], k * net.infrastructure_value[i])
        assert_allclose(new.debt[i], 0.45 * k * net.infrastructure_value[i])
        assert_allclose(new.debt[i] / new.infrastructure_value[i], 0.45)
    assert_allclose(forgone, (1 - k) * net.infrastructure_value.sum())
    assert evaluate(Policy(max_loan_to_value=0.45), small()).defaults == ()


def test_leverage_limit_on_the_book_network_stops_the_bust_domino():
    """An 80% cap on the book's network: Oracle and Vantage no longer default on the bust path."""
    ev = evaluate(Policy(max_loan_to_value=0.8), "bust")
    assert "oracle" not in ev.defaults and "vantage" not in ev.defaults
    assert ev.investment_forgone_usd_bn > 0
    assert ev.lender_loss < evaluate(Policy(), "bust").lender_loss


def test_capital_buffer_stops_lender_cascade():
    """Thin capital: bond investors fail after A's default, recall B's loan and B defaults.

    With capital equal to the whole exposure the bond investors absorb the loss and B
    survives (a large enough buffer stops the cascade).
    """
    thin = evaluate(Policy(capital_ratio=0.0), small())
    assert thin.lender_failures == ((2026, "bond_investors"),)
    assert thin.defaults == ("lab", "a", "b")
    assert thin.default_year["b"] == 2027
    thick = evaluate(Policy(capital_ratio=1.0), small())
    assert thick.lender_failures == ()
    assert thick.defaults == ("lab", "a")
    assert all(v == 0.0 for v in thick.losses_beyond_capital.values())


def test_capital_is_ratio_times_exposure_and_excess_is_beyond():
    """Capital = ratio x exposure; losses beyond capital = loss - capital when positive."""
    net = build_network()
    ev = evaluate(Policy(capital_ratio=0.1), Scenario("bust", network=net))
    res = run_scenario(net, "bust")
    for k in LENDERS:
        assert_allclose(ev.capital[k], 0.1 * res.exposures[k])
        assert_allclose(
            ev.losses_beyond_capital[k], max(ev.losses_by_holder[k] - ev.capital[k], 0.0)
        )
    assert_allclose(ev.capital_required_usd_bn, sum(ev.capital.values()))


def test_concentration_limit_caps_single_borrower():
    """A lender lends one borrower at most m x capital; the borrower's project shrinks with it."""
    net = small_network()
    pol = Policy(capital_ratio=0.1, max_exposure_to_capital=2.0)
    lend = net.lender_nodes
    exposure = net.debt_service.sum(axis=0)[:, lend].sum(axis=0) + net.principal[-1] @ (
        net.lender_shares
    )
    cap = 2.0 * 0.1 * exposure[2]
    new, forgone = apply_policy(pol, net)
    assert_allclose(new.debt[1], min(20.0, cap))
    assert_allclose(new.debt[2], min(10.0, cap))
    k = new.debt / np.where(net.debt > 0, net.debt, 1.0)
    assert_allclose(new.contracts[:, 0, 1], 10.0 * k[1])
    assert forgone > 0
    loose, zero = apply_policy(Policy(capital_ratio=0.1, max_exposure_to_capital=1e6), net)
    assert_allclose(loose.debt, net.debt)
    assert zero == 0.0


def test_concentration_limit_uses_reference_capital_ratio():
    """Without a buffer the limit uses the BoE benchmark (13%) as the capital ratio."""
    net = small_network()
    a, _ = apply_policy(Policy(max_exposure_to_capital=2.0), net)
    b, _ = apply_policy(Policy(max_exposure_to_capital=2.0, capital_ratio=0.13), net)
    assert_allclose(a.debt, b.debt)


def test_stress_test_capital_prevents_failure_in_battery():
    """Capital set to the worst battery loss: no lender fails in a battery scenario."""
    scen = small()
    ev = evaluate(Policy(stress_test=True), scen, battery=(scen,))
    assert ev.lender_failures == ()
    assert_allclose(ev.capital["bond_investors"], ev.losses_by_holder["bond_investors"])
    assert ev.defaults == ("lab", "a")


def test_stress_test_routine_reports_pass_and_fail():
    """A lender type passes only if its capital covers its loss in every scenario."""
    net = small_network()
    batt = (Scenario("stagnation", growth=0.0, other_cost_share=0.0, round_tripped_usd_bn=3.0),)
    weak = stress_test(Policy(capital_ratio=0.0), net, batt)
    strong = stress_test(Policy(capital_ratio=1.0), net, batt)
    assert weak.passed["bond_investors"] is False
    assert strong.passed["bond_investors"] is True
    assert weak.passed["banks"] is True  # banks lend nothing here, lose nothing
    assert weak.worst_loss["bond_investors"] > 0


def test_book_battery_has_four_scenarios_with_low_residual():
    """The default battery replaces the placeholder by residual_value_fraction_low."""
    st_res = stress_test(Policy(capital_ratio=0.1))
    low = build_network().assumptions["residual_value_fraction_low"]
    assert len(st_res.scenarios) == 4
    assert st_res.scenarios[1].residual_value_fraction == low
    assert (
        st_res.worst_loss["bond_investors"]
        >= evaluate(Policy(), "bust").losses_by_holder["bond_investors"]
    )


@pytest.mark.parametrize(
    "kwargs",
    [
        {"disclosure": 1.2},
        {"disclosure": -0.1},
        {"disclosure": "all"},
        {"disclosure": float("nan")},
        {"max_loan_to_value": 0.0},
        {"max_loan_to_value": 1.5},
        {"capital_ratio": -0.1},
        {"capital_ratio": True},
        {"max_exposure_to_capital": 0.0},
        {"max_exposure_to_capital": float("inf")},
    ],
)
def test_bad_policy_parameters_raise(kwargs):
    """Out-of-range or non-numeric lever parameters raise ValueError naming the lever."""
    name = next(iter(kwargs))
    with pytest.raises(ValueError, match=name):
        Policy(**kwargs)


def test_bad_types_raise():
    """Wrong types for the stress-test flag, the policy, the scenario and the network."""
    with pytest.raises(TypeError, match="stress_test"):
        Policy(stress_test="yes")
    with pytest.raises(TypeError, match="policy"):
        evaluate({"disclosure": 1.0}, "bust")
    with pytest.raises(TypeError, match="scenario"):
        evaluate(Policy(), 3)
    with pytest.raises(ValueError, match="path"):
        evaluate(Policy(), "boom")
    with pytest.raises(TypeError, match="network"):
        Scenario("bust", network="net")
    with pytest.raises(ValueError, match="round_tripped_usd_bn"):
        Scenario("bust", round_tripped_usd_bn=-1.0)
    with pytest.raises(ValueError, match="battery"):
        evaluate(Policy(stress_test=True), "bust", battery=())


def test_results_have_no_nan_and_nonnegative_losses():
    """Every lever mix on the book's network gives finite, non-negative losses and costs."""
    for pol in (
        Policy(disclosure=1.0, max_loan_to_value=0.8, capital_ratio=0.1, stress_test=True),
        Policy(max_exposure_to_capital=1.0),
    ):
        ev = evaluate(pol, "bust")
        values = [*ev.losses_by_holder.values(), ev.investment_forgone_usd_bn]
        assert np.all(np.isfinite(values)) and min(values) >= 0
        assert set(ev.losses_by_holder) == set(HOLDERS)


@settings(max_examples=15, deadline=None)
@given(st.floats(0.5, 0.9), st.floats(0.5, 0.9))
def test_tighter_leverage_limit_costs_more(l1, l2):
    """A tighter LTV cap never lends more and never forgoes less investment."""
    net = small_network()
    lo, hi = min(l1, l2), max(l1, l2)
    tight, f_tight = apply_policy(Policy(max_loan_to_value=lo), net)
    loose, f_loose = apply_policy(Policy(max_loan_to_value=hi), net)
    assert tight.debt.sum() <= loose.debt.sum() + 1e-9
    assert f_tight >= f_loose - 1e-9


@settings(max_examples=15, deadline=None)
@given(st.floats(0.0, 1.0))
def test_disclosure_forgone_is_linear(x):
    """Investment forgone under disclosure x is x times that under full disclosure."""
    net = small_network()
    _, fx = apply_policy(Policy(disclosure=x), net, 3.0)
    _, f1 = apply_policy(Policy(disclosure=1.0), net, 3.0)
    assert_allclose(fx, x * f1, atol=1e-9)
