"""Tests for aifin_lib.capital: Cahn's chain, annuities, depreciation, financing and debt."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose
from scipy.optimize import brentq

from aifin_lib.capital import (
    borrowed_capex_coverage,
    breakeven_life,
    cahn_gap,
    cahn_required_revenue,
    capital_dashboard,
    capital_recovery_factor,
    coverage_ratio,
    debt_service,
    depreciation_life_effect,
    financing_mix,
    implied_capital,
    required_revenue,
    steady_state_required_revenue,
    straight_line_schedule,
)

PROPS = settings(max_examples=80, deadline=None)

rates = st.floats(min_value=0.0, max_value=0.3)
signed_rates = st.floats(min_value=-0.2, max_value=0.3)
lives = st.floats(min_value=0.5, max_value=40.0)
margins = st.floats(min_value=0.05, max_value=1.0)
capitals = st.floats(min_value=1.0, max_value=10_000.0)


# --------------------------------------------------------------------------------------
# Cahn's chain: published known answers
# --------------------------------------------------------------------------------------


def test_cahn_2023_essay_200b_and_125b_hole():
    """Cahn (Sept 2023): a ~$50B GPU run rate x2 (TCO) x2 (50% margin) = $200B; the $125B
    hole means actual revenue of 200 - 125 = 75, and the chain's middle step is $100B capex."""
    assert cahn_required_revenue(50.0) == pytest.approx(200.0)
    g = cahn_gap(50.0, 200.0 - 125.0)
    assert_allclose(
        [g.gpu_spend, g.data_centre_capex, g.required_revenue, g.ai_revenue, g.gap],
        [50.0, 100.0, 200.0, 75.0, 125.0],
    )


def test_cahn_2024_essay_600b():
    """Cahn (June 2024): Nvidia's ~$150B run-rate forecast x2 x2 = $600B."""
    assert cahn_required_revenue(150.0, tco_multiple=2.0, end_user_margin=0.5) == pytest.approx(
        600.0
    )


def test_cahn_gap_is_frozen_and_vectorised():
    """The gap result is immutable and broadcasts: two essays in one call."""
    g = cahn_gap(np.array([50.0, 150.0]), np.array([75.0, 100.0]))
    assert_allclose(g.required_revenue, [200.0, 600.0])
    assert_allclose(g.gap, [125.0, 500.0])
    with pytest.raises(dataclasses.FrozenInstanceError):
        g.gap = 0.0  # type: ignore[misc]


def test_cahn_is_zero_return_steady_state():
    """Closed form: at a zero return, life x CRF = 1, so the steady-state revenue that replaces
    the capex equals Cahn's figure with cash margin 1 - end-user margin, for any life."""
    for life in (1.0, 3.0, 5.5, 6.0):
        for gm in (0.0, 0.5, 0.7):
            capex = 150.0 * 2.0
            assert_allclose(
                steady_state_required_revenue(capex, 0.0, life, 1.0 - gm),
                cahn_required_revenue(150.0, 2.0, gm),
                rtol=1e-12,
            )


@PROPS
@given(
    g=st.floats(min_value=1.0, max_value=1000.0),
    m1=st.floats(min_value=0.0, max_value=0.9),
    dm=st.floats(min_value=0.01, max_value=0.09),
)
def test_cahn_rises_with_end_user_margin(g, m1, dm):
    """Invariant: an end user who needs a higher gross margin needs more revenue."""
    assert cahn_required_revenue(g, 2.0, m1 + dm) > cahn_required_revenue(g, 2.0, m1)


# --------------------------------------------------------------------------------------
# capital recovery factor
# --------------------------------------------------------------------------------------


def test_crf_textbook_values():
    """Textbook A/P factors: (10%, 10 y) = 0.16275, (5%, 20 y) = 0.08024, (8%, 30 y) = 0.08883;
    and the exact closed form value 0.1627453949 for (10%, 10 y)."""
    assert_allclose(capital_recovery_factor(0.10, 10), 0.1627453949, rtol=1e-9)
    assert_allclose(
        capital_recovery_factor(np.array([0.10, 0.05, 0.08]), np.array([10, 20, 30])),
        [0.16275, 0.08024, 0.08883],
        rtol=1e-4,
    )


def test_crf_matches_alternative_closed_form():
    """Closed form: r / (1 - (1+r)^-n) = r (1+r)^n / ((1+r)^n - 1), incl. negative rates and
    non-integer lives."""
    r = np.array([-0.3, -0.05, 0.001, 0.04, 0.1, 0.5])[:, None]
    n = np.array([0.5, 1.0, 2.5, 7.0, 30.0])[None, :]
    alt = r * (1 + r) ** n / ((1 + r) ** n - 1)
    assert_allclose(capital_recovery_factor(r, n), alt, rtol=1e-10)


def test_crf_annuity_repays_capital():
    """Definition: the level payments CRF over n years, discounted at r, are worth 1."""
    for r in (0.0, 0.03, 0.1, 0.25):
        for n in (1, 5, 12):
            t = np.arange(1, n + 1)
            pv = np.sum(capital_recovery_factor(r, n) / (1 + r) ** t)
            assert_allclose(pv, 1.0, rtol=1e-12)


def test_crf_rate_zero_limit():
    """Limit r -> 0: CRF = 1/n exactly at zero, and continuously so near zero."""
    n = np.array([0.5, 1.0, 4.0, 6.0, 37.5])
    assert_allclose(capital_recovery_factor(0.0, n), 1.0 / n, rtol=0, atol=0)
    assert_allclose(capital_recovery_factor(1e-12, n), 1.0 / n, rtol=1e-9)
    assert capital_recovery_factor(0, 4) == 0.25


def test_crf_perpetuity_limit():
    """Limit n -> inf: CRF = r for r > 0 (perpetuity), 0 for r <= 0; and large n approaches r."""
    assert capital_recovery_factor(0.10, np.inf) == pytest.approx(0.10, abs=0)
    assert capital_recovery_factor(0.0, np.inf) == 0.0
    assert capital_recovery_factor(-0.05, np.inf) == 0.0
    assert_allclose(capital_recovery_factor(0.10, 1e4), 0.10, rtol=1e-12)


def test_crf_broadcasts_and_returns_float_for_scalars():
    """Vectorisation: (3,1) x (4,) -> (3,4) equals elementwise scalar calls; scalar -> float."""
    r = np.array([[0.0], [0.05], [0.1]])
    n = np.array([1.0, 3.0, 6.0, np.inf])
    grid = capital_recovery_factor(r, n)
    assert grid.shape == (3, 4)
    expect = [[capital_recovery_factor(float(a), float(b)) for b in n] for a in r[:, 0]]
    assert_allclose(grid, expect, rtol=1e-14)
    assert isinstance(capital_recovery_factor(0.1, 5), float)


# --------------------------------------------------------------------------------------
# required revenue and its inverses
# --------------------------------------------------------------------------------------


def test_jpm_650b_perpetuity_arithmetic():
    """J.P. Morgan (Nov 2025): $650B/yr in perpetuity for a 10% return. With perpetuity
    CRF = r and cash margin 1, the implied capital is 650 / 0.10 = $6.5T, and back again."""
    K = implied_capital(650.0, 0.10, np.inf, 1.0)
    assert_allclose(K, 650.0 / 0.10, rtol=1e-12)
    assert_allclose(K, 6500.0, rtol=1e-12)
    assert_allclose(required_revenue(K, 0.10, np.inf, 1.0), 650.0, rtol=1e-12)


def test_jpm_finite_life_implies_less_capital():
    """Invariant: $650B/yr lasting a finite life is worth less than the perpetuity, rising
    towards $6.5T as the life grows."""
    n = np.array([3.0, 6.0, 10.0, 30.0, 200.0])
    K = implied_capital(650.0, 0.10, n, 1.0)
    assert np.all(np.diff(K) > 0)
    assert np.all(K < 6500.0)
    assert_allclose(K[-1], 6500.0, rtol=1e-7)


def test_bain_2t_on_500b_capex_arithmetic():
    """Bain (Sept 2025): $2T of revenue on ~$500B/yr capex is a revenue/capex ratio of 4, the
    same multiple as Cahn's chain; in steady state at a zero return that is a cash margin of
    500/2000 = 25% for any life, and a positive return needs more."""
    m = 500.0 / 2000.0
    for life in (3.0, 5.0, 6.0):
        assert_allclose(steady_state_required_revenue(500.0, 0.0, life, m), 2000.0, rtol=1e-12)
        assert steady_state_required_revenue(500.0, 0.10, life, m) > 2000.0
    assert_allclose(2000.0 / 500.0, cahn_required_revenue(1.0))


def test_required_revenue_hand_computed():
    """Known answer: $100B over 10 years at 10%, 50% cash margin = 100 x 0.1627454 / 0.5."""
    assert_allclose(required_revenue(100.0, 0.10, 10, 0.5), 32.54907898, rtol=1e-9)


@PROPS
@given(K=capitals, r=rates, n=lives, f=st.floats(min_value=1.05, max_value=3.0), m=margins)
def test_required_revenue_falls_with_life(K, r, n, f, m):
    """Invariant: capital that lasts longer needs less revenue per year."""
    assert required_revenue(K, r, n * f, m) < required_revenue(K, r, n, m)


@PROPS
@given(K=capitals, r=signed_rates, dr=st.floats(min_value=0.005, max_value=0.2), n=lives, m=margins)
def test_required_revenue_rises_with_return(K, r, dr, n, m):
    """Invariant: a higher target return needs more revenue."""
    assert required_revenue(K, r + dr, n, m) > required_revenue(K, r, n, m)


@PROPS
@given(K=capitals, r=rates, n=lives, m=margins, f=st.floats(min_value=0.1, max_value=0.95))
def test_required_revenue_rises_with_lower_cash_margin(K, r, n, m, f):
    """Invariant: if less of each revenue dollar is left as cash, more revenue is needed."""
    assert required_revenue(K, r, n, m * f) > required_revenue(K, r, n, m)


@PROPS
@given(K=capitals, r=signed_rates, n=st.floats(min_value=0.5, max_value=30.0), m=margins)
def test_breakeven_life_inverts_required_revenue(K, r, n, m):
    """Inverse: the break-even life of the required revenue is the life we started from."""
    R = required_revenue(K, r, n, m)
    assert_allclose(breakeven_life(K, r, R, m), n, rtol=1e-7)


@PROPS
@given(K=capitals, r=signed_rates, n=lives, m=margins)
def test_implied_capital_inverts_required_revenue(K, r, n, m):
    """Inverse: the capital implied by the required revenue is the capital we started from."""
    R = required_revenue(K, r, n, m)
    assert_allclose(implied_capital(R, r, n, m), K, rtol=1e-10)


def test_breakeven_life_matches_root_finder():
    """Independent method: the closed form equals brentq's root of required_revenue(n) = R."""
    for K, r, R, m in [(100.0, 0.10, 30.0, 1.0), (300.0, 0.08, 60.0, 0.6), (50.0, -0.1, 5.0, 0.5)]:
        root = brentq(lambda n, K=K, r=r, m=m, R=R: required_revenue(K, r, n, m) - R, 1e-6, 1e3)
        assert_allclose(breakeven_life(K, r, R, m), root, rtol=1e-9)


def test_breakeven_life_edge_cases():
    """Closed forms: r = 0 gives K/(R m); cash flow <= r K (or zero revenue) never pays back
    (inf); zero capital needs no life (0); vectorised over revenue."""
    assert_allclose(breakeven_life(100.0, 0.0, 40.0, 0.5), 100.0 / 20.0)
    assert breakeven_life(100.0, 0.10, 10.0, 1.0) == math.inf
    assert breakeven_life(100.0, 0.10, 15.0, 0.5) == math.inf
    assert breakeven_life(100.0, 0.10, 0.0, 1.0) == math.inf
    assert breakeven_life(0.0, 0.10, 10.0, 1.0) == 0.0
    out = breakeven_life(100.0, 0.10, np.array([5.0, 10.0, 30.0]), 1.0)
    assert np.isinf(out[:2]).all() and np.isfinite(out[2])


# --------------------------------------------------------------------------------------
# depreciation
# --------------------------------------------------------------------------------------


def test_straight_line_known_schedules():
    """Hand-computed: 12 over 4 y = 3 a year; two vintages of 10 over 2.5 y (4 a year, the
    last half year 2); half-year convention puts half a charge in the first and an extra year."""
    assert_allclose(straight_line_schedule([12.0], 4), [3.0, 3.0, 3.0, 3.0])
    assert_allclose(straight_line_schedule([10.0, 10.0], 2.5), [4.0, 8.0, 6.0, 2.0], atol=1e-12)
    assert_allclose(
        straight_line_schedule([12.0], 4, convention="half_year"), [1.5, 3.0, 3.0, 3.0, 1.5]
    )
    assert_allclose(straight_line_schedule([6.0, 0.0, 6.0], 1), [6.0, 0.0, 6.0])


@PROPS
@given(
    capex=st.lists(st.floats(min_value=0.0, max_value=500.0), min_size=1, max_size=12),
    life=st.floats(min_value=0.3, max_value=12.0),
    conv=st.sampled_from(["full_year", "half_year"]),
)
def test_depreciation_sums_to_capex(capex, life, conv):
    """Invariant: straight-line depreciation writes off exactly the capex, no more, no less."""
    dep = straight_line_schedule(capex, life, convention=conv)
    assert np.all(dep >= -1e-9)
    assert_allclose(dep.sum(), sum(capex), rtol=1e-10, atol=1e-9)


@PROPS
@given(
    capex=st.lists(st.floats(min_value=0.0, max_value=500.0), min_size=1, max_size=12),
    old=st.floats(min_value=1.0, max_value=5.0),
    extra=st.floats(min_value=0.25, max_value=4.0),
    switch=st.one_of(st.none(), st.integers(min_value=0, max_value=12)),
    conv=st.sampled_from(["full_year", "half_year"]),
)
def test_longer_life_lowers_early_depreciation(capex, old, extra, switch, conv):
    """Invariant: a longer life never raises cumulative depreciation (it lowers it while the
    capex is being written off), both lives write off the total capex (cash is unchanged),
    and the cumulative earnings boost is >= 0 and returns to 0."""
    e = depreciation_life_effect(capex, old, old + extra, switch_year=switch, convention=conv)
    assert_allclose(e.depreciation_old.sum(), sum(capex), rtol=1e-10, atol=1e-9)
    assert_allclose(e.depreciation_new.sum(), sum(capex), rtol=1e-10, atol=1e-9)
    assert np.all(e.cumulative_boost >= -1e-9)
    assert_allclose(e.cumulative_boost[-1], 0.0, atol=1e-8)
    assert_allclose(e.capex[: len(capex)], capex)
    if switch is None and capex[0] > 1e-9:
        assert e.depreciation_new[0] < e.depreciation_old[0]


def test_life_effect_flat_capex_hand_computed():
    """Hand-computed: 12 a year for 3 years; over 4 y: 3, 6, 9, 9, 6, 3; over 6 y: 2, 4, 6, 6,
    6, 6, 4, 2; boost = difference."""
    e = depreciation_life_effect([12.0, 12.0, 12.0], 4, 6, first_year=2023)
    assert_allclose(e.depreciation_old, [3, 6, 9, 9, 6, 3, 0, 0], atol=1e-12)
    assert_allclose(e.depreciation_new, [2, 4, 6, 6, 6, 6, 4, 2], atol=1e-12)
    assert_allclose(e.earnings_boost, [1, 2, 3, 3, 0, -3, -4, -2], atol=1e-12)
    assert e.years[0] == 2023 and e.years[-1] == 2030


def test_life_effect_prospective_extension():
    """IAS 8 / ASC 250 prospective change: 12 over 4 y, extended to 6 y at the start of year 2:
    book value 6 left, spread over the 4 remaining years (1.5 each)."""
    e = depreciation_life_effect([12.0], 4, 6, switch_year=2)
    assert_allclose(e.depreciation_old, [3, 3, 3, 3, 0, 0], atol=1e-12)
    assert_allclose(e.depreciation_new, [3, 3, 1.5, 1.5, 1.5, 1.5], atol=1e-12)
    assert_allclose(e.earnings_boost, [0, 0, 1.5, 1.5, -1.5, -1.5], atol=1e-12)


def test_life_effect_shortening_writes_off_remaining_book_value():
    """Shortened life already passed (e.g. 6 y cut to 2 y at age 3): the remaining book value,
    10 x 3/6 = 5, is charged in the switch year; later vintages use the short life."""
    e = depreciation_life_effect([10.0, 0.0, 0.0, 4.0], 6, 2, switch_year=3)
    expected = [10 / 6, 10 / 6, 10 / 6, 5.0 + 2.0, 2.0, 0.0, 0.0, 0.0, 0.0]  # horizon of old life
    assert_allclose(e.depreciation_new, expected, atol=1e-12)
    assert_allclose(e.depreciation_new.sum(), 14.0)


def test_life_effect_switch_year_is_a_calendar_year():
    """Labels: with first_year=2021 a switch in 2023 is the same as index 2 with first_year=0."""
    a = depreciation_life_effect([12.0], 4, 6, first_year=2021, switch_year=2023)
    b = depreciation_life_effect([12.0], 4, 6, switch_year=2)
    assert_allclose(a.depreciation_new, b.depreciation_new)
    assert a.years.tolist() == list(range(2021, 2027))


def test_life_effect_arrays_are_read_only():
    """Results cannot be changed in place."""
    e = depreciation_life_effect([1.0, 2.0], 3, 5)
    with pytest.raises(ValueError, match="read-only"):
        e.earnings_boost[0] = 1.0


# --------------------------------------------------------------------------------------
# financing mix
# --------------------------------------------------------------------------------------

MS_SPLIT = {
    "private credit": 800.0,
    "PE and sovereign": 350.0,
    "corporate bonds": 200.0,
    "ABS": 150.0,
}


def test_financing_mix_morgan_stanley_2025():
    """Morgan Stanley (2025): $2.9T capex 2025-2028, ~$1.4T hyperscaler cash flow, $1.5T gap
    split 800/350/200/150; internal + external = total capex."""
    mix = financing_mix(2900.0, 1400.0, MS_SPLIT)
    assert mix.internal == 1400.0 and mix.gap == 1500.0 and mix.surplus == 0.0
    assert_allclose(list(mix.external.values()), [800.0, 350.0, 200.0, 150.0])
    assert_allclose(mix.internal + sum(mix.external.values()), 2900.0)
    assert_allclose(mix.internal_share + sum(mix.external_shares.values()), 1.0)
    assert_allclose(mix.external_shares["private credit"], 800.0 / 2900.0)


def test_financing_mix_accepts_fractions():
    """Shares given as fractions of the gap give the same amounts as the amounts themselves."""
    fractions = {k: v / 1500.0 for k, v in MS_SPLIT.items()}
    a = financing_mix(2900.0, 1400.0, fractions)
    b = financing_mix(2900.0, 1400.0, MS_SPLIT)
    assert_allclose(list(a.external.values()), list(b.external.values()))


def test_financing_mix_surplus_and_read_only():
    """Cash flow above capex: no gap, every source 0, the excess is a surplus; mapping frozen."""
    mix = financing_mix(100.0, 130.0, {"bonds": 0.5, "loans": 0.5})
    assert mix.gap == 0.0 and mix.surplus == 30.0 and mix.internal_share == 1.0
    assert all(v == 0.0 for v in mix.external.values())
    with pytest.raises(TypeError):
        mix.external["bonds"] = 1.0  # type: ignore[index]


def test_financing_mix_bad_sum():
    """Bad input: shares summing neither to the gap nor to 1 are rejected, naming gap_shares."""
    with pytest.raises(ValueError, match="gap_shares must sum"):
        financing_mix(2900.0, 1400.0, {"private credit": 800.0, "ABS": 150.0})
    with pytest.raises(ValueError, match="gap_shares"):
        financing_mix(2900.0, 1400.0, {})
    with pytest.raises(ValueError, match=r"gap_shares\['ABS'\]"):
        financing_mix(2900.0, 1400.0, {"private credit": 1600.0, "ABS": -100.0})


# --------------------------------------------------------------------------------------
# debt service and coverage
# --------------------------------------------------------------------------------------


def test_debt_service_textbook_mortgage():
    """Textbook: 200,000 at 0.5% a month over 360 months costs 1,199.10 a month."""
    assert_allclose(debt_service(200_000.0, 0.005, 360), 1199.10, atol=0.005)


def test_debt_service_repays_the_loan():
    """Definition: paying the level debt service each year brings the balance to zero."""
    for P, r, n in [(100.0, 0.06, 10), (250.0, 0.09, 7), (40.0, 0.0, 4)]:
        pay = debt_service(P, r, n)
        bal = P
        for _ in range(n):
            bal = bal * (1 + r) - pay
        assert abs(bal) < 1e-9


def test_interest_only_and_coverage():
    """Interest-only pays P r; DSCR = cash flow / debt service, inf with no debt."""
    assert debt_service(100.0, 0.06, 10, interest_only=True) == pytest.approx(6.0)
    assert coverage_ratio(30.0, 20.0) == pytest.approx(1.5)
    assert coverage_ratio(-10.0, 20.0) == pytest.approx(-0.5)
    assert coverage_ratio(5.0, 0.0) == math.inf
    assert_allclose(coverage_ratio(np.array([10.0, 20.0]), 10.0), [1.0, 2.0])


def test_borrowed_capex_hand_computed():
    """Known answer: half of $100B at 6% over 10 y = 50 x 0.1358680 = 6.7934/yr; first-year
    interest 3; cash flow 40 x 0.5 = 20; DSCR = 20 / 6.7934."""
    c = borrowed_capex_coverage(100.0, 0.5, 0.06, 10, 40.0, 0.5)
    assert_allclose(c.debt_service, 50 * 0.06 / (1 - 1.06**-10), rtol=1e-12)
    assert_allclose([c.debt, c.equity, c.interest, c.cash_flow], [50.0, 50.0, 3.0, 20.0])
    assert_allclose(c.principal_repayment, c.debt_service - 3.0)
    assert_allclose(c.dscr, 20.0 / c.debt_service)


@PROPS
@given(K=capitals, r=rates, n=lives, m=margins, d=st.floats(min_value=0.05, max_value=1.0))
def test_dscr_is_inverse_debt_share_at_required_revenue(K, r, n, m, d):
    """Closed form: borrowing share d at the target return over the life, with revenue equal to
    the required revenue, gives DSCR = 1/d (the whole cash flow covers all capital)."""
    R = required_revenue(K, r, n, m)
    c = borrowed_capex_coverage(K, d, r, n, R, m)
    assert_allclose(c.dscr, 1.0 / d, rtol=1e-9)


# --------------------------------------------------------------------------------------
# dashboard
# --------------------------------------------------------------------------------------


def test_dashboard_reproduces_cahn_and_zero_return_steady_state():
    """Cahn's 2024 inputs give $600B; at a zero return the steady-state requirement equals it."""
    d = capital_dashboard(150.0, 2.0, 0.5, 6.0, 0.0, 0.4, 100.0)
    assert_allclose(d.required_revenue_cahn, 600.0)
    assert_allclose(d.gap_cahn, 500.0)
    assert_allclose(d.required_revenue_steady, 600.0, rtol=1e-12)
    assert_allclose(d.data_centre_capex, 300.0)


def test_dashboard_consistent_with_building_blocks():
    """The dashboard equals the separate functions it combines (vintage revenue, debt, DSCR)."""
    d = capital_dashboard(150.0, 2.0, 0.5, 5.5, 0.10, 0.4, 100.0, interest_rate=0.07)
    assert_allclose(d.required_revenue_vintage, required_revenue(300.0, 0.10, 5.5, 0.5))
    c = borrowed_capex_coverage(300.0, 0.4, 0.07, 5.5, 100.0, 0.5)
    assert_allclose(
        [d.debt, d.debt_service, d.cash_flow, d.dscr], [c.debt, c.debt_service, 50.0, c.dscr]
    )


def test_dashboard_grid_equals_scalar_calls():
    """Vectorisation: a (life x debt share) grid equals scalar calls element by element."""
    life = np.array([3.0, 4.0, 5.5, 6.0])[:, None]
    share = np.array([0.0, 0.3, 0.6, 0.9])[None, :]
    grid = capital_dashboard(150.0, 2.0, 0.5, life, 0.10, share, 100.0, cash_margin=0.4)
    assert np.shape(grid.dscr) == (4, 4)
    for i in range(4):
        for j in range(4):
            one = capital_dashboard(
                150.0, 2.0, 0.5, life[i, 0], 0.10, share[0, j], 100.0, cash_margin=0.4
            )
            assert_allclose(grid.dscr[i, j], one.dscr, rtol=1e-14)
            assert_allclose(grid.required_revenue_steady[i, j], one.required_revenue_steady)
    assert np.isinf(grid.dscr[:, 0]).all()  # nothing borrowed


# --------------------------------------------------------------------------------------
# bad input
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: cahn_required_revenue(-1.0), "gpu_run_rate"),
        (lambda: cahn_required_revenue(50.0, end_user_margin=1.0), "end_user_margin"),
        (lambda: cahn_required_revenue(50.0, end_user_margin=-0.1), "end_user_margin"),
        (lambda: cahn_required_revenue(50.0, tco_multiple=0.5), "tco_multiple"),
        (lambda: cahn_required_revenue(float("nan")), "gpu_run_rate must not be NaN"),
        (lambda: cahn_gap(50.0, -5.0), "ai_revenue"),
        (lambda: capital_recovery_factor(-1.0, 5), "rate"),
        (lambda: capital_recovery_factor(0.1, 0.0), "life"),
        (lambda: capital_recovery_factor(0.1, -2.0), "life"),
        (lambda: capital_recovery_factor(np.array([0.1, np.nan]), 5), "rate must not be NaN"),
        (lambda: required_revenue(-10.0, 0.1, 5, 0.5), "capital"),
        (lambda: required_revenue(10.0, 0.1, 5, 0.0), "cash_margin"),
        (lambda: required_revenue(10.0, 0.1, 5, 1.5), "cash_margin"),
        (lambda: steady_state_required_revenue(10.0, 0.1, np.inf, 0.5), "life"),
        (lambda: breakeven_life(10.0, -1.5, 5.0, 0.5), "rate"),
        (lambda: implied_capital(-1.0, 0.1, 5, 0.5), "revenue"),
        (lambda: straight_line_schedule([[1.0, 2.0]], 3), "capex_by_year must be a non-empty 1-D"),
        (lambda: straight_line_schedule([], 3), "capex_by_year"),
        (lambda: straight_line_schedule([1.0, -2.0], 3), "capex_by_year"),
        (lambda: straight_line_schedule([1.0], 0), "life"),
        (lambda: straight_line_schedule([1.0], 3, convention="mid"), "convention"),
        (lambda: depreciation_life_effect([1.0], 4, -6), "new_life"),
        (lambda: financing_mix(-1.0, 0.0, {"a": 1.0}), "total_capex"),
        (lambda: debt_service(100.0, 0.05, 0), "term"),
        (lambda: debt_service(100.0, -0.05, 10, interest_only=True), "rate"),
        (lambda: coverage_ratio(1.0, -1.0), "debt_service"),
        (lambda: borrowed_capex_coverage(100.0, 1.2, 0.05, 10, 50.0, 0.5), "debt_share"),
        (lambda: borrowed_capex_coverage(100.0, -0.1, 0.05, 10, 50.0, 0.5), "debt_share"),
        (lambda: borrowed_capex_coverage(-100.0, 0.5, 0.05, 10, 50.0, 0.5), "capex"),
        (lambda: capital_dashboard(150.0, 2.0, 0.5, 6.0, 0.1, 1.5, 100.0), "debt_share"),
        (lambda: capital_dashboard(150.0, 2.0, 0.5, 0.0, 0.1, 0.5, 100.0), "useful_life"),
        (lambda: capital_dashboard(150.0, 2.0, 0.5, 6.0, -2.0, 0.5, 100.0), "target_return"),
    ],
)
def test_bad_input_raises_value_error_naming_parameter(call, match):
    """Bad input: ValueError whose message names the parameter and what was expected."""
    with pytest.raises(ValueError, match=match):
        call()


def test_non_numeric_input_raises_type_error():
    """Bad input: text where a number is expected raises TypeError naming the parameter."""
    with pytest.raises(TypeError, match="gpu_run_rate"):
        cahn_required_revenue("fifty")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="switch_year"):
        depreciation_life_effect([1.0], 4, 6, switch_year=2.5)  # type: ignore[arg-type]


def test_error_message_states_expectation_and_value():
    """The message says what was expected and what was given."""
    with pytest.raises(
        ValueError, match=r"end_user_margin must be a fraction in \[0, 1\), got 1\.2"
    ):
        cahn_required_revenue(50.0, end_user_margin=1.2)


def test_dashboard_steady_state_coverage_divides_by_the_loan_term():
    """With the loan term equal to the useful life, `term` vintages of loans are outstanding in
    the steady state: debt_service_steady = term x debt_service and dscr_steady = dscr / term,
    for any inputs; a shorter loan term means fewer loans outstanding at once."""
    d = capital_dashboard(150.0, 2.0, 0.5, np.array([4.0, 6.0, 8.0]), 0.10, 0.5, 100.0)
    assert_allclose(d.debt_service_steady, np.array([4.0, 6.0, 8.0]) * d.debt_service)
    assert_allclose(d.dscr_steady, d.dscr / np.array([4.0, 6.0, 8.0]))
    short = capital_dashboard(150.0, 2.0, 0.5, 6.0, 0.10, 0.5, 100.0, debt_term=3.0)
    assert_allclose(short.debt_service_steady, 3.0 * short.debt_service)
    no_debt = capital_dashboard(150.0, 2.0, 0.5, 6.0, 0.10, 0.0, 100.0)
    assert np.isinf(no_debt.dscr_steady)
