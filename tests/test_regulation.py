"""Tests of aifin_lib.regulation: each policy lever's mechanism on a small network."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from aifin_lib import data
from aifin_lib.regulation import (
    Policy,
    StressCase,
    apply_policy,
    disclosure_factor,
    evaluate,
    leverage_limit_factors,
    round_tripped_cash,
    severe_scenario,
    stress_test,
    supervisory_battery,
)
from aifin_lib.scenario import (
    LENDERS,
    build_network,
    run_scenario,
)

INFRA_DEBT_SHARE = 0.9


def _rows(*rows):
    cols = ("input_id", "group", "firm", "item", "counterparty", "unit", "formula", "status")
    out = []
    for k, (group, firm, item, counterparty, unit, formula) in enumerate(rows):
        out.append(dict(zip(cols, (f"r{k}", group, firm, item, counterparty, unit, formula,
                                   None), strict=True),
                        value=0.0, period_type="assumption", period=None, derivation="test"))
    return pd.DataFrame(out)


SMALL = _rows(
    ("lab", "openai", "revenue_start", None, "usd_bn_per_year", "1"),
    ("lab", "openai", "revenue_target", None, "usd_bn_per_year", "1"),
    ("lab", "openai", "revenue_target_year", None, "year", "2030"),
    ("lab", "openai", "first_year_funding", None, "usd_bn", "0"),
    ("lab", "openai", "round_tripped_funding", None, "usd_bn", "3"),
    ("lab", "openai", "other_cost_share", None, "fraction", "0"),
    ("labcash", "openai", "opening_cash", None, "usd_bn", "5"),
    ("contract", "openai", "contract_total", "coreweave", "usd_bn", "30"),
    ("contract", "openai", "contract_start_year", "coreweave", "year", "2026"),
    ("contract", "openai", "contract_years", "coreweave", "years", "3"),
    ("a_debt", "coreweave", "debt", "bond_investors", "usd_bn", "20"),
    ("a_debt", "coreweave", "debt_amortisation_years", "bond_investors", "years", "3"),
    ("a_rate", "coreweave", "interest_rate", None, "rate_per_year", "0.05"),
    ("a_infra", "coreweave", "infrastructure_cost", None, "usd_bn", "20 / 0.9"),
    ("b_debt", "oracle", "debt", "bond_investors", "usd_bn", "10"),
    ("b_rate", "oracle", "interest_rate", None, "rate_per_year", "0.05"),
    ("b_flow", "oracle", "outside_cash_flow", None, "usd_bn_per_year", "2"),
    ("b_infra", "oracle", "infrastructure_cost", None, "usd_bn", "10 / 0.9"),
)
"""A small network: the lab owes A (CoreWeave) 10 a year for three years; A and B (Oracle)
borrow from bond investors. The lab has 5 of cash (3 of it round-tripped), revenue 1 and no new
money: in 2026 it pays A only 6, so the lab and then A (interest 1 plus a repayment of 20/3)
default. B (debt 10, interest 0.5 a year, outside cash flow 2) survives unless its lender
stops refinancing it."""


def small_network():
    """The small network, over 2026-2028."""
    return build_network(
        {"funding_to_revenue": 0.0, "stall_year": 2027, "residual_value_fraction": 0.1,
         "scenario_years": 3},
        calibration=SMALL,
    )


def small(**kw) -> StressCase:
    """The small network's stagnation scenario (no growth, no other costs)."""
    base = {"path": "stagnation", "growth": 0.0, "other_cost_share": 0.0}
    return StressCase(**(base | kw), network=small_network())


A, B = 1, 2  # node indices of CoreWeave and Oracle in the small network


def test_small_network_is_as_documented():
    """The table gives the lab, A and B in that order, with the documented balance sheets."""
    net = small_network()
    assert net.firms[:3] == ("openai", "coreweave", "oracle")
    assert_allclose(net.contracts[:, 0, A], 10.0)
    assert_allclose(net.principal[:, A], [20.0, 40 / 3, 20 / 3, 0.0])
    assert_allclose(net.debt, [0.0, 20.0, 10.0, 0.0, 0.0, 0.0])
    assert net.round_tripped_funding == 3.0


def test_small_network_cascade_without_policy():
    """Without policy the lab and A default in the first year; B survives (lenders outside)."""
    ev = evaluate(Policy(), small())
    assert ev.defaults == ("openai", "coreweave")
    assert ev.default_year == {"openai": 2026, "coreweave": 2026}
    assert ev.lender_failures == ()


@pytest.mark.parametrize("path", ["base", "stagnation", "bust"])
def test_neutral_policy_identical_to_scenario(path):
    """Policy() leaves defaults, losses and waves exactly as run_scenario gives them."""
    net = build_network()
    res = run_scenario(net, path)
    ev = evaluate(Policy(), StressCase(path, network=net))
    assert ev.defaults == res.defaulted
    assert ev.waves == res.waves
    assert ev.credit_losses == res.credit_losses
    assert ev.lost_revenue == res.total_lost_revenue
    assert ev.investment_forgone_usd_bn == 0.0
    assert ev.capital_required_usd_bn == 0.0
    assert_allclose(ev.lending_usd_bn, net.debt.sum())


def test_slack_policy_identical_to_scenario():
    """A leverage limit above every firm's leverage changes nothing (shocked bust path)."""
    net = build_network()
    res = run_scenario(net, "bust", shock_firm="coreweave", shock_usd_bn=30.0)
    scen = StressCase("bust", shock_firm="coreweave", shock_usd_bn=30.0, network=net)
    ev = evaluate(Policy(max_loan_to_value=1.0, disclosure=0.0), scen)
    assert ev.defaults == res.defaulted
    assert ev.credit_losses == res.credit_losses
    assert ev.investment_forgone_usd_bn == 0.0


def test_disclosure_factor_known_answer():
    """1 - disclosure x round-tripped share x lab share: 1 - 0.5 x 45/75 x 0.5 = 0.85 (not 0.70)."""
    assert disclosure_factor(0.5, 45 / 75, 0.5) == pytest.approx(0.85)
    assert disclosure_factor(0.0, 0.9, 0.9) == 1.0
    with pytest.raises(ValueError, match="round_tripped_share"):
        disclosure_factor(0.5, 1.5, 0.5)


def test_disclosure_scales_lending_by_round_tripped_share():
    """Full disclosure: A's debt and revenue shrink by 1 - 3/5 (all A's revenue is the lab's).

    The lab's money is 5, of which 3 round-tripped; A's project is 40% of its old size, B (no
    revenue from the lab) is untouched; the lab (owing 4 a year instead of 10) defaults later
    and the bond investors lose less.
    """
    net = small_network()
    new, forgone = apply_policy(Policy(disclosure=1.0), net)
    assert_allclose(new.debt[A], 0.4 * 20.0)
    assert_allclose(new.contracts[:, 0, A], 4.0)
    assert_allclose(new.debt[B], 10.0)
    assert_allclose(forgone, 0.6 * 20.0 / INFRA_DEBT_SHARE)
    ev = evaluate(Policy(disclosure=1.0), small())
    before = evaluate(Policy(), small())
    assert ev.default_year["openai"] > before.default_year["openai"]
    assert ev.credit_losses["bond_investors"] < before.credit_losses["bond_investors"]


def test_disclosure_half_is_linear():
    """Disclosure 0.5 nets out half: factor 1 - 0.5 * 3/5 = 0.7."""
    new, _ = apply_policy(Policy(disclosure=0.5), small_network())
    assert_allclose(new.debt[A], 0.7 * 20.0)


def test_round_tripped_cash_from_the_calibration():
    """Nvidia's 30 (D26b) plus Amazon's upfront 15 of 50 (D26), within the lab's 2026 money."""
    net = build_network()
    deals = data.load("deals").set_index("deal_id")
    share = net.assumptions["amazon_upfront_share"]
    expected = deals.loc["D26b", "amount_usd_bn"] + share * deals.loc["D26", "amount_usd_bn"]
    assert_allclose(round_tripped_cash(net), expected)
    assert round_tripped_cash(net) <= net.initial_cash[net.ai_lab] + net.first_year_funding


def test_leverage_limit_closed_form():
    """LTV cap λ with fixed equity: project k = (1 - s)/(1 - λ), debt factor λ k / s.

    With s = 0.9 and λ = 0.45: k = 0.1/0.55, d = 0.45 * k / 0.9, for A and B alike.
    """
    net = small_network()
    new, forgone = apply_policy(Policy(max_loan_to_value=0.45), net)
    k = 0.1 / 0.55
    for i in (A, B):
        assert_allclose(new.infrastructure_value[i], k * net.infrastructure_value[i])
        assert_allclose(new.debt[i], 0.45 * k * net.infrastructure_value[i])
    assert_allclose(forgone, (1 - k) * net.infrastructure_value.sum())
    assert leverage_limit_factors(90.0, 100.0, 0.75) == pytest.approx((0.4, 1 / 3))
    assert leverage_limit_factors(50.0, 100.0, 0.75) == (1.0, 1.0)


def test_leverage_limit_leaves_debt_from_before_the_build_out():
    """Oracle's debt raised before the build-out is not scaled; its build-out bonds are."""
    net = build_network()
    new, _ = apply_policy(Policy(max_loan_to_value=0.8), net)
    i = net.index("oracle")
    legacy = net.debt[i] - net.build_out_debt[i]
    assert legacy > 0
    assert_allclose(new.debt[i] - new.build_out_debt[i], legacy)
    assert new.build_out_debt[i] < net.build_out_debt[i]


def test_rules_cost_without_benefit_on_the_calibrated_bust_path():
    """On the bust path nobody but the lab defaults, so every rule only costs."""
    none = evaluate(Policy(), "bust")
    assert none.defaults == ("openai",) and none.credit_loss == 0.0
    for pol in (Policy(disclosure=1.0), Policy(max_loan_to_value=0.8),
                Policy(capital_ratio=0.1), Policy(stress_test=True)):
        ev = evaluate(pol, "bust")
        assert ev.credit_loss == 0.0
        assert ev.investment_forgone_usd_bn + ev.capital_required_usd_bn > 0


def test_leverage_limit_stops_the_domino_in_the_severe_case():
    """In the severe case CoreWeave defaults without policy, not under an 80% cap."""
    severe = severe_scenario()
    none = evaluate(Policy(), severe)
    assert "coreweave" in none.defaults and none.credit_loss > 0
    capped = evaluate(Policy(max_loan_to_value=0.8), severe)
    assert "coreweave" not in capped.defaults
    assert capped.credit_loss < none.credit_loss


def test_capital_buffer_stops_lender_cascade():
    """Thin capital: bond investors fail after A's default, recall B's loan and B defaults.

    With capital equal to the whole exposure the bond investors absorb the loss and B
    survives (a large enough buffer stops the cascade).
    """
    thin = evaluate(Policy(capital_ratio=0.0), small())
    assert thin.lender_failures == ((2026, "bond_investors"),)
    assert thin.defaults == ("openai", "coreweave", "oracle")
    assert thin.default_year["oracle"] == 2027
    thick = evaluate(Policy(capital_ratio=1.0), small())
    assert thick.lender_failures == ()
    assert thick.defaults == ("openai", "coreweave")
    assert all(v == 0.0 for v in thick.losses_beyond_capital.values())


def test_capital_is_ratio_times_exposure_and_excess_is_beyond():
    """Capital = ratio x exposure; losses beyond capital = loss - capital when positive."""
    net = build_network()
    severe = severe_scenario(net)
    ev = evaluate(Policy(capital_ratio=0.1), severe)
    res = run_scenario(net, "bust")
    for k in LENDERS:
        assert_allclose(ev.capital[k], 0.1 * res.exposures[k])
        assert_allclose(
            ev.losses_beyond_capital[k], max(ev.credit_losses[k] - ev.capital[k], 0.0)
        )
    assert sum(ev.losses_beyond_capital.values()) > 0
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
    assert_allclose(new.debt[A], min(20.0, cap))
    assert_allclose(new.debt[B], min(10.0, cap))
    k = new.debt / np.where(net.debt > 0, net.debt, 1.0)
    assert_allclose(new.contracts[:, 0, A], 10.0 * k[A])
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
    assert_allclose(ev.capital["bond_investors"], ev.credit_losses["bond_investors"])
    assert ev.defaults == ("openai", "coreweave")


def test_stress_test_routine_reports_pass_and_fail():
    """A lender type passes only if its capital covers its loss in every scenario."""
    net = small_network()
    batt = (StressCase("stagnation", growth=0.0, other_cost_share=0.0),)
    weak = stress_test(Policy(capital_ratio=0.0), net, batt)
    strong = stress_test(Policy(capital_ratio=1.0), net, batt)
    assert weak.passed["bond_investors"] is False
    assert strong.passed["bond_investors"] is True
    assert weak.passed["banks"] is True  # banks lend nothing here, lose nothing
    assert weak.worst_loss["bond_investors"] > 0


def test_book_battery_reads_its_values_from_the_assumptions():
    """The battery: stagnation, bust, the adverse bust and the severe bust (assumptions)."""
    a = build_network().assumptions
    battery = supervisory_battery()
    assert [s.path for s in battery] == ["stagnation", "bust", "bust", "bust"]
    assert battery[2].outside_cash_flow_factor == a["outside_cash_flow_factor_low"]
    assert battery[3].outside_cash_flow_factor == a["stress_outside_cash_flow_factor"]
    assert battery[3].residual_value_fraction == a["residual_value_fraction_low"]
    st_res = stress_test(Policy(capital_ratio=0.1))
    severe = evaluate(Policy(), severe_scenario())
    for k in LENDERS:
        assert st_res.worst_loss[k] >= severe.credit_losses[k] - 1e-9


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
        StressCase("bust", network="net")
    with pytest.raises(ValueError, match="round_tripped_usd_bn"):
        StressCase("bust", round_tripped_usd_bn=-1.0)
    with pytest.raises(ValueError, match="battery"):
        evaluate(Policy(stress_test=True), "bust", battery=())


def test_results_have_no_nan_and_nonnegative_losses():
    """Every lever mix on the book's network gives finite, non-negative losses and costs."""
    for pol in (
        Policy(disclosure=1.0, max_loan_to_value=0.8, capital_ratio=0.1, stress_test=True),
        Policy(max_exposure_to_capital=1.0),
    ):
        ev = evaluate(pol, severe_scenario())
        values = [*ev.credit_losses.values(), ev.investment_forgone_usd_bn, ev.lost_revenue]
        assert np.all(np.isfinite(values)) and min(values) >= 0
        assert set(ev.credit_losses) == set(LENDERS)


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
    _, fx = apply_policy(Policy(disclosure=x), net)
    _, f1 = apply_policy(Policy(disclosure=1.0), net)
    assert_allclose(fx, x * f1, atol=1e-9)


def test_the_former_name_of_a_stress_case_still_works():
    """``regulation.Scenario`` (beside the ``scenario`` module) is the same class as
    ``StressCase``, kept for old code."""
    from aifin_lib import regulation

    assert regulation.Scenario is regulation.StressCase
    assert regulation.Scenario("bust") == StressCase("bust")
