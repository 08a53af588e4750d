"""Tests for aifin_lib.contagion: published examples, hand-derived cases, invariants, bad input."""

from __future__ import annotations

import warnings
from fractions import Fraction
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose, assert_array_equal
from strategies import clearing_map, networks

from aifin_lib.contagion import (
    debtrank,
    debtrank_batch,
    eisenberg_noe,
    eisenberg_noe_batch,
    furfine,
    rogers_veraart,
)

EXACT = ("fictitious_default", "krylov", "hybrid")
ALL = ("fictitious_default", "krylov", "hybrid", "picard", "lp")
FNV_L = np.array([[0.0, 0.1, 0.7], [2.0, 0.0, 10.5], [0.0, 8.4, 0.0]])


def fl(*xs: Fraction | int | float) -> np.ndarray:
    return np.array([float(x) for x in xs])


def ring(n: int) -> tuple[sp.csr_array, np.ndarray, np.ndarray]:
    idx = np.arange(n)
    L = sp.csr_array((np.ones(n), (idx, (idx + 1) % n)), shape=(n, n))
    e = np.zeros(n)
    e[0] = 0.5
    el = np.zeros(n)
    el[0] = 1.0
    return L, e, el


# ---------------------------------------------------------------------------------------------
# Eisenberg-Noe: published and hand-derived examples
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", (*ALL, "auto"))
def test_finnetvalu_example_cash_one(method: str) -> None:
    """FinNetValu unit test: e = [1, 1, 1] gives p = [0.8, 9.5, 8.4] (firm 1 defaults)."""
    res = eisenberg_noe(FNV_L, [1.0, 1.0, 1.0], method=method)
    assert_allclose(res.payments, [0.8, 9.5, 8.4], rtol=0, atol=1e-12)
    assert_array_equal(res.defaults, [False, True, False])
    assert res.residual < 1e-12


@pytest.mark.parametrize("method", ALL)
def test_finnetvalu_example_little_cash(method: str) -> None:
    """FinNetValu unit test: e = [0, 0, 0.1] gives p = [0.8, 45/8, 221/40] (Picard, which
    only converges geometrically here, to within 1e-9)."""
    res = eisenberg_noe(FNV_L, [0.0, 0.0, 0.1], method=method)
    atol = 1e-9 if method == "picard" else 1e-12
    assert_allclose(
        res.payments, fl(Fraction(4, 5), Fraction(45, 8), Fraction(221, 40)), rtol=0, atol=atol
    )
    # firm 0 receives 2/12.5 * 45/8 = 0.9 and keeps 0.1 as equity
    assert_allclose(res.equity, [0.1, 0.0, 0.0], atol=atol)


def test_finnetvalu_waves_are_fictitious_default_rounds() -> None:
    """With e = [0, 0, 0.1] firm 1 is short at pbar (8.5 < 12.5); priced at 8.5 it pays firm 2
    10.5/12.5 * 8.5 = 7.14, so firm 2 (7.94 < 8.4) fails in round 1."""
    res = eisenberg_noe(FNV_L, [0.0, 0.0, 0.1], method="fictitious_default")
    assert res.waves == [[1], [2]]


@pytest.mark.parametrize("method", ALL)
def test_three_firm_chain(method: str) -> None:
    """Chain 0 -> 1 -> 2: L01 = 2, L12 = 3, e = [1, 1, 0]. Firm 0 pays its cash 1; firm 1 has
    1 + 1 = 2 < 3 and pays 2; firm 2 ends with equity 2. Waves: [[0], [1]]."""
    L = np.array([[0.0, 2.0, 0.0], [0.0, 0.0, 3.0], [0.0, 0.0, 0.0]])
    res = eisenberg_noe(L, [1.0, 1.0, 0.0], method=method)
    assert_allclose(res.payments, [1.0, 2.0, 0.0], atol=1e-12)
    assert_allclose(res.equity, [0.0, 0.0, 2.0], atol=1e-12)
    assert_allclose(res.net_worth, [-1.0, -1.0, 2.0], atol=1e-12)
    assert_allclose(res.recovery_rate, [0.5, 2 / 3, 1.0], atol=1e-12)
    assert res.shortfall == pytest.approx(2.0)
    if method != "lp":
        assert res.waves == [[0], [1]]


@pytest.mark.parametrize("method", ALL)
def test_two_cycle_with_pari_passu_external_debt(method: str) -> None:
    """L01 = L10 = 2, firm 0 owes 2 more outside (pari passu), e = [1, 1/4]. Both default:
    p0 = 1 + p1, p1 = 1/4 + p0/2, so p = [5/2, 3/2]; firm 0 short first, firm 1 in round 1."""
    L = np.array([[0.0, 2.0], [2.0, 0.0]])
    res = eisenberg_noe(L, [1.0, 0.25], external_liabilities=[2.0, 0.0], method=method)
    assert_allclose(res.payments, [2.5, 1.5], atol=1e-12)
    assert_allclose(res.obligations, [4.0, 2.0])
    assert_array_equal(res.defaults, [True, True])
    if method in EXACT:
        assert res.waves == [[0], [1]]


@pytest.mark.parametrize("method", ALL)
def test_closed_cycle_without_cash_returns_greatest(method: str) -> None:
    """Irregular system: a 3-cycle owing 1 each with no cash. p = 0 and p = 1 both clear; the
    greatest clearing vector is full payment, nobody defaults."""
    L = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]])
    z = np.zeros(3)
    assert_allclose(clearing_map(L, z, z, z), z)  # zero is a clearing vector too
    res = eisenberg_noe(L, z, method=method)
    assert_allclose(res.payments, [1.0, 1.0, 1.0], atol=1e-12)
    assert not res.defaults.any()


@pytest.mark.parametrize("method", ("fictitious_default", "krylov", "hybrid", "picard"))
def test_negative_external_assets_floor_at_zero(method: str) -> None:
    """Senior external debt (NEVA): firm 0 has e = -3, receives 1 from firm 1 (which owes 2
    and has 1), so -2 < 0: it pays its network creditor nothing; net worth -2 - 1 = -3."""
    L = np.zeros((3, 3))
    L[1, 0], L[0, 2] = 2.0, 1.0
    res = eisenberg_noe(L, [-3.0, 1.0, 0.0], method=method)
    assert_allclose(res.payments, [0.0, 1.0, 0.0], atol=1e-12)
    assert_allclose(res.net_worth, [-3.0, -1.0, 0.0], atol=1e-12)
    assert_allclose(res.equity, [0.0, 0.0, 0.0], atol=1e-12)


@pytest.mark.parametrize("method", ("fictitious_default", "krylov", "hybrid", "picard", "auto"))
def test_closed_ring_with_senior_debt_collapses(method: str) -> None:
    """Closed ring of 6 owing 1 each; firm 0 has senior debt 0.5 (e = -0.5). Every firm passes
    on what it receives and firm 0 keeps back 0.5 each trip, so the only clearing vector is 0.
    The default set is a closed class (singular block): the exact solvers must still be exact."""
    n = 6
    L = np.roll(np.eye(n), 1, axis=1)
    e = np.zeros(n)
    e[0] = -0.5
    res = eisenberg_noe(L, e, method=method)
    assert_allclose(res.payments, np.zeros(n), atol=1e-12)
    assert res.residual == 0.0
    assert res.defaults.all()


@pytest.mark.parametrize("method", ("fictitious_default", "krylov", "hybrid", "picard"))
def test_closed_cycle_with_a_zero_payer(method: str) -> None:
    """Closed 3-cycle owing 2 each, e = [-3, 1, 0]. Firm 0's senior deficit 3 exceeds anything
    it can receive (at most 2), so it pays 0; firm 1 passes on its cash 1, firm 2 passes on 1:
    p = [0, 1, 1] (p0 > 0 would need p2 = 3 + p0 > 2). The default set is the whole closed
    class, a singular block solved exactly."""
    L = np.array([[0.0, 2.0, 0.0], [0.0, 0.0, 2.0], [2.0, 0.0, 0.0]])
    res = eisenberg_noe(L, [-3.0, 1.0, 0.0], method=method)
    assert_allclose(res.payments, [0.0, 1.0, 1.0], atol=1e-12)
    assert_allclose(res.net_worth, [-4.0, -1.0, -1.0], atol=1e-12)
    assert res.defaults.all()


@pytest.mark.parametrize("method", EXACT)
def test_deep_cascade_ring_one_default_per_round(method: str) -> None:
    """Ring of 120 owing 1 each; firm 0 owes 1 outside too and has 0.5 cash. Round k of the
    cascade adds firm k; the exact answer is p_0 = 1, p_i = 1/2 (p_0 = 0.5 + p_i, p_i = p_0/2),
    which Picard iteration would only approach by a factor 1/2 per trip round the ring."""
    L, e, el = ring(120)
    res = eisenberg_noe(L, e, el, method=method)
    assert_allclose(res.payments, np.r_[1.0, np.full(119, 0.5)], rtol=0, atol=1e-13)
    assert res.waves == [[k] for k in range(120)]
    assert res.residual < 1e-13


def test_picard_warns_when_not_converged() -> None:
    """Picard stops at a tolerance, never after a fixed count: on the ring it cannot converge
    in 50 sweeps, so it warns and reports converged=False."""
    L, e, el = ring(20)
    with pytest.warns(RuntimeWarning, match="not converged"):
        res = eisenberg_noe(L, e, el, method="picard", max_iter=50)
    assert not res.converged
    assert res.residual > 1e-6


@pytest.mark.parametrize(
    "call",
    [
        lambda: eisenberg_noe(*ring(20), method="picard", max_iter=50),
        lambda: debtrank(DR_A, DR_E, [0.1] * 3, variant="linear", max_rounds=1),
        lambda: debtrank_batch(DR_A, DR_E, [[0.1] * 3], variant="linear", max_rounds=1),
    ],
    ids=["picard", "debtrank", "debtrank_batch"],
)
def test_warnings_point_at_the_callers_line(call) -> None:
    """A warning raised deep inside the solvers is attributed to the line of the caller's
    code that called the public function (here: this file), not to the library."""
    with pytest.warns(RuntimeWarning, match="not converged") as record:
        call()
    assert {w.filename for w in record} == {__file__}


def test_edge_cases_empty_single_isolated() -> None:
    """n = 0 gives empty results; n = 1 pays min(pbar, max(0, e)); an isolated firm (no
    obligations, no claims) never defaults and keeps its cash as equity."""
    r0 = eisenberg_noe(np.zeros((0, 0)), [])
    assert r0.payments.shape == (0,) and r0.waves == []
    r1 = eisenberg_noe([[0.0]], [1.0], external_liabilities=[2.0])
    assert_allclose(r1.payments, [1.0])
    assert r1.defaults.tolist() == [True]
    r1b = eisenberg_noe([[0.0]], [-1.0])
    assert_allclose(r1b.payments, [0.0])
    assert not r1b.defaults.any()
    L = np.zeros((3, 3))
    L[0, 1] = 1.0
    for method in ALL:
        res = eisenberg_noe(L, [0.5, 0.0, 7.0], method=method)
        assert_allclose(res.payments, [0.5, 0.0, 0.0], atol=1e-12)
        assert_allclose(res.equity, [0.0, 0.5, 7.0], atol=1e-12)
        assert res.defaults.tolist() == [True, False, False]


def test_no_obligations() -> None:
    """Without any obligations nobody pays or defaults; equity = max(0, e)."""
    res = eisenberg_noe(np.zeros((4, 4)), [1.0, -1.0, 0.0, 2.0], method="hybrid")
    assert_allclose(res.payments, 0.0)
    assert not res.defaults.any()
    assert_allclose(res.equity, [1.0, 0.0, 0.0, 2.0])


def test_sparse_input_is_not_modified() -> None:
    """A sparse matrix with duplicate entries is read, not changed, and gives the dense answer."""
    rows, cols, vals = [0, 0, 1, 1], [1, 1, 2, 0], [0.5, 0.5, 3.0, 0.0]
    A = sp.coo_matrix((vals, (rows, cols)), shape=(3, 3)).tocsr()
    before = (A.data.copy(), A.indices.copy(), A.indptr.copy())
    res = eisenberg_noe(A, [1.0, 1.0, 0.0], method="hybrid")
    assert_array_equal(A.data, before[0])
    assert_array_equal(A.indices, before[1])
    assert_array_equal(A.indptr, before[2])
    dense = eisenberg_noe(A.toarray(), [1.0, 1.0, 0.0], method="fictitious_default")
    assert_allclose(res.payments, dense.payments, atol=1e-14)
    assert res.method == "hybrid"
    assert eisenberg_noe(A, [1.0, 1.0, 0.0]).method == "krylov"  # auto: sparse -> krylov


# ---------------------------------------------------------------------------------------------
# Rogers-Veraart
# ---------------------------------------------------------------------------------------------


def test_rogers_veraart_two_cycle_exact() -> None:
    """RV with alpha = beta = 1/2 on the 2-cycle above: firm 0 short at pbar; priced at
    1/2 + 1/2 * 2 = 3/2 it pays firm 1 3/4, firm 1 (1/4 + 3/4 < 2) defaults; then
    p0 = 1/2 + p1/2, p1 = 1/8 + p0/4, so p = [9/14, 2/7]. (Dropping beta on the default
    block, a known implementation error, would give a different answer.)"""
    L = np.array([[0.0, 2.0], [2.0, 0.0]])
    res = rogers_veraart(L, [1.0, 0.25], 0.5, 0.5, external_liabilities=[2.0, 0.0])
    assert_allclose(res.payments, fl(Fraction(9, 14), Fraction(2, 7)), atol=1e-14)
    assert res.waves == [[0], [1]]
    assert res.method == "rogers_veraart"


def test_rogers_veraart_discontinuity() -> None:
    """Firm 0 owes 1 to firm 1; firm 1 owes 1 outside and has 2/5. With e0 = 1 nobody
    defaults. With e0 = 9/10, firm 0 pays alpha*9/10 = 9/20, firm 1 has 17/20 < 1 and pays
    1/5 + 9/40 = 17/40: a 10% shortfall costs 1.125 of payments (EN: only 0.1)."""
    L = np.array([[0.0, 1.0], [0.0, 0.0]])
    el = [0.0, 1.0]
    full = rogers_veraart(L, [1.0, 0.4], 0.5, 0.5, el)
    assert_allclose(full.payments, [1.0, 1.0])
    hit = rogers_veraart(L, [0.9, 0.4], 0.5, 0.5, el)
    assert_allclose(hit.payments, fl(Fraction(9, 20), Fraction(17, 40)), atol=1e-14)
    en = eisenberg_noe(L, [0.9, 0.4], el)
    assert_allclose(en.payments, [0.9, 1.0], atol=1e-14)
    # arbitrarily small shortfalls cause a jump of about 1 in total payments
    tiny = rogers_veraart(L, [1.0 - 1e-9, 0.4], 0.5, 0.5, el)
    assert full.payments.sum() - tiny.payments.sum() > 0.9


def test_rogers_veraart_break_even_firm_is_a_fixed_point() -> None:
    """Firm 3 owes 1.75 and receives 1.75/2.25 of firm 2's 2.25, which rounds to
    1.7499999999999998: within the tolerance it pays in full, so the result is a clearing
    vector with residual 0 (an exact default test in the residual once reported 0.35 while
    calling the result converged)."""
    L = np.array(
        [[0.0, 0.0, 1.5, 0.0], [1.75, 0.0, 0.5, 0.0], [0.0, 0.5, 0.0, 1.75], [0.5, 0.0, 1.25, 0.0]]
    )
    e = [1.9839300614916775, 0.8289091500025851, 1.6068564444875884, 0.0]
    for mat in (L, sp.csr_array(L)):
        res = rogers_veraart(mat, e, 0.6, 0.8)
        assert res.payments[3] == 1.75 and not res.defaults[3]
        assert res.residual < 1e-12 and res.converged


@pytest.mark.parametrize(("alpha", "beta"), [(-0.1, 0.5), (0.5, 1.5), (float("nan"), 1.0)])
def test_rogers_veraart_rejects_bad_fractions(alpha: float, beta: float) -> None:
    """alpha and beta must lie in [0, 1]."""
    with pytest.raises(ValueError, match=r"alpha|beta"):
        rogers_veraart(FNV_L, [1.0, 1.0, 1.0], alpha, beta)


# ---------------------------------------------------------------------------------------------
# DebtRank
# ---------------------------------------------------------------------------------------------

DR_A = np.array([[0.0, 1.0, 0.0], [10.0, 0.0, 3.0], [3.0, 2.0, 0.0]])
DR_E = np.array([2.0, 5.0, 2.0])


@pytest.mark.parametrize("as_sparse", [False, True])
def test_debtrank_networkriskmeasures_example(as_sparse: bool) -> None:
    """NetworkRiskMeasures README: a 10% shock to all three gives h = [0.15, 0.26, 0.30] and
    R = 9/56 with weights [10, 100, 30]."""
    A = sp.csr_array(DR_A) if as_sparse else DR_A
    res = debtrank(A, DR_E, [0.1, 0.1, 0.1], weights=[10.0, 100.0, 30.0])
    assert_allclose(res.distress, [0.15, 0.26, 0.30], atol=1e-15)
    assert res.debtrank == pytest.approx(9 / 56, abs=1e-15)
    assert_allclose(res.weights, np.array([10, 100, 30]) / 140)
    assert res.rounds == 1


def test_debtrank_linear_counts_distress_round_a_cycle() -> None:
    """Two firms, Lambda = [[0, 1/2], [1/4, 0]], shock [1/5, 0]. Single hit: h = [0.225,
    0.05], R = 3/80; linear: h = (I - Lambda)^-1 h(1) = [8/35, 2/35], R = 3/70 (larger)."""
    A = np.array([[0.0, 1.0], [0.5, 0.0]])
    E = [2.0, 2.0]
    single = debtrank(A, E, [0.2, 0.0])
    assert_allclose(single.distress, [0.225, 0.05], atol=1e-15)
    assert single.debtrank == pytest.approx(3 / 80, abs=1e-15)
    linear = debtrank(A, E, [0.2, 0.0], variant="linear")
    assert_allclose(linear.distress, fl(Fraction(8, 35), Fraction(2, 35)), atol=1e-15)
    assert linear.debtrank == pytest.approx(3 / 70, abs=1e-15)


def test_debtrank_saturation_default_and_clipping() -> None:
    """Equity <= 0 means already defaulted (h = 1, counted in h(1), not in R); shocks are
    clipped to [0, 1]; distress saturates at 1: firm 1 with exposure 10 to the dead firm 0
    and equity 5 is wiped out."""
    res = debtrank(DR_A, [0.0, 5.0, 2.0], [0.3, -0.5, 0.0])
    assert_allclose(res.initial_distress, [1.0, 0.0, 0.0])
    assert res.distress[1] == 1.0
    assert res.distress[2] == 1.0  # 3/2 * 1 > 1
    assert res.debtrank == pytest.approx(2 / 3)  # equal weights
    lin = debtrank(DR_A, [0.0, 5.0, 2.0], [1.7, 0.0, 0.0], variant="linear")
    assert_allclose(lin.distress, [1.0, 1.0, 1.0])


@pytest.mark.parametrize("variant", ["single_hit", "linear"])
def test_debtrank_batch_equals_loop(variant: str) -> None:
    """debtrank_batch gives the same distress and R as calling debtrank per scenario."""
    rng = np.random.default_rng(5)
    n = 15
    A = rng.uniform(0, 2, (n, n)) * (rng.random((n, n)) < 0.3)
    np.fill_diagonal(A, 0.0)
    E = rng.uniform(0.5, 6.0, n)
    shocks = rng.uniform(0, 0.6, (40, n)) * (rng.random((40, n)) < 0.3)
    b = debtrank_batch(A, E, shocks, weights=E, variant=variant)
    for s in range(40):
        r = debtrank(A, E, shocks[s], weights=E, variant=variant)
        assert_allclose(b.distress[s], r.distress, atol=1e-10)
        assert b.debtrank[s] == pytest.approx(r.debtrank, abs=1e-10)


# ---------------------------------------------------------------------------------------------
# Furfine
# ---------------------------------------------------------------------------------------------


def test_furfine_sequential_defaults_strict_inequality() -> None:
    """Firm 1 loses 5 > 4 when 0 fails (round 1); firm 2 loses 3 > 2 (round 2); firm 3 loses
    exactly its capital 2 and survives (strict test); firm 4, exposed 1.5 to firms 1 and 2 with
    capital 2, fails only when both have failed (cumulative losses, round 3)."""
    X = np.zeros((5, 5))
    X[1, 0], X[2, 1], X[3, 1], X[4, 1], X[4, 2] = 5.0, 3.0, 2.0, 1.5, 1.5
    C = [1.0, 4.0, 2.0, 2.0, 2.0]
    res = furfine(X, C, [0])
    assert res.failure_round.tolist() == [0, 1, 2, -1, 3]
    assert res.waves == [[0], [1], [2], [4]]
    assert res.rounds == 3
    assert_allclose(res.losses, [0.0, 5.0, 3.0, 2.0, 3.0])
    mask = furfine(X, C, np.array([True, False, False, False, False]))
    assert_array_equal(mask.failure_round, res.failure_round)
    half = furfine(sp.csr_array(X), C, [0], loss_given_default=0.5)
    assert half.failure_round.tolist() == [0, -1, -1, -1, -1]


def test_furfine_no_initial_failures() -> None:
    """Without initial failures nothing happens."""
    res = furfine(np.ones((3, 3)) - np.eye(3), [0.0, 0.0, 0.0], [])
    assert not res.failed.any() and res.waves == [] and res.rounds == 0


# ---------------------------------------------------------------------------------------------
# Batch clearing
# ---------------------------------------------------------------------------------------------


def test_batch_equals_loop_large_network_grouped_path() -> None:
    """On a 300-firm sparse network (grouped sparse-LU path) batch results equal the loop."""
    rng = np.random.default_rng(11)
    n, m = 300, 2400
    rows = rng.integers(0, n, m)
    cols = (rows + 1 + rng.integers(0, n - 1, m)) % n
    L = sp.csr_array((rng.lognormal(0, 1, m), (rows, cols)), shape=(n, n))
    el = rng.lognormal(0.5, 1, n)
    pbar = np.asarray(L.sum(axis=1)).ravel() + el
    e0 = np.maximum(pbar - np.asarray(L.sum(axis=0)).ravel(), 0) + 0.03 * pbar
    E = e0 * rng.lognormal(-0.1, 0.4, (12, n))
    b = eisenberg_noe_batch(L, E, el)
    assert b.residual.max() < 1e-9
    for s in range(12):
        r = eisenberg_noe(L, E[s], el)
        assert_allclose(b.payments[s], r.payments, atol=1e-9)
        assert_array_equal(b.defaults[s], r.defaults)


def test_batch_handles_singular_scenarios() -> None:
    """Scenarios whose default set is a closed class (the closed ring with senior debt) are
    solved exactly too; the batch row equals the single-scenario answer."""
    n = 5
    L = np.roll(np.eye(n), 1, axis=1)
    E = np.zeros((3, n))
    E[0, 0] = -0.5
    E[1, 0] = 0.3
    E[2, 2] = -2.0
    b = eisenberg_noe_batch(L, E)
    for s in range(3):
        assert_allclose(b.payments[s], eisenberg_noe(L, E[s]).payments, atol=1e-12)


# ---------------------------------------------------------------------------------------------
# Bad input
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("L", "e", "kwargs", "match"),
    [
        ([[0, -1], [1, 0]], [1, 1], {}, "non-negative"),
        ([[0, np.nan], [1, 0]], [1, 1], {}, "finite"),
        ([[1, 1], [1, 0]], [1, 1], {}, "diagonal"),
        ([[0, 1, 1], [1, 0, 1]], [1, 1], {}, "square"),
        ([[0, 1], [1, 0]], [1, 1, 1], {}, r"external_assets must have shape \(2,\)"),
        ([[0, 1], [1, 0]], [1, np.inf], {}, "external_assets must be finite"),
        ([[0, 1], [1, 0]], [1, 1], {"external_liabilities": [-1, 0]}, "non-negative"),
        ([[0, 1], [1, 0]], [1, 1], {"method": "newton"}, "method must be one of"),
        ([[0, 1], [1, 0]], [-1, 1], {"method": "lp"}, "lp"),
    ],
)
def test_eisenberg_noe_bad_input(L: list, e: list, kwargs: dict, match: str) -> None:
    """Invalid networks, vectors and options raise ValueError naming the problem."""
    with pytest.raises(ValueError, match=match):
        eisenberg_noe(np.array(L, dtype=float), e, **kwargs)


def test_bad_input_sparse_and_other_functions() -> None:
    """Sparse self-loops, wrong batch shapes, unknown variants and bad indices raise."""
    with pytest.raises(ValueError, match="diagonal"):
        eisenberg_noe(sp.csr_array(np.eye(2)), [1, 1])
    with pytest.raises(ValueError, match=r"shape \(S, 3\)"):
        eisenberg_noe_batch(FNV_L, np.ones((4, 2)))
    with pytest.raises(ValueError, match="variant"):
        debtrank(DR_A, DR_E, [0.1, 0.1, 0.1], variant="double")
    with pytest.raises(ValueError, match="shock must have shape"):
        debtrank(DR_A, DR_E, [0.1, 0.1])
    with pytest.raises(ValueError, match="weights"):
        debtrank(DR_A, DR_E, [0.1, 0.1, 0.1], weights=[0, 0, 0])
    with pytest.raises(ValueError, match="initial_failures"):
        furfine(DR_A, [1, 1, 1], [3])
    with pytest.raises(ValueError, match="capital"):
        furfine(DR_A, [1, -1, 1], [0])
    with pytest.raises(ValueError, match="loss_given_default"):
        furfine(DR_A, [1, 1, 1], [0], loss_given_default=1.5)
    with pytest.raises(TypeError):
        eisenberg_noe([["a", "b"], ["c", "d"]], [1, 1])


# ---------------------------------------------------------------------------------------------
# Large networks: the Picard/Krylov path chosen by "auto"
# ---------------------------------------------------------------------------------------------


def random_sparse(n: int, hit: float, seed: int) -> tuple[sp.csr_array, np.ndarray, np.ndarray]:
    """The benchmark's random network: mean out-degree 8, log-normal amounts, a 4% buffer,
    a share ``hit`` of the firms losing 80% of their external assets."""
    rng = np.random.default_rng(seed)
    m = 8 * n
    rows = rng.integers(0, n, m)
    cols = rng.integers(0, n - 1, m)
    cols = cols + (cols >= rows)
    L = sp.csr_array((rng.lognormal(0.0, 1.0, m), (rows, cols)), shape=(n, n))
    L.sum_duplicates()
    el = rng.lognormal(1.0, 1.0, n)
    pbar = np.asarray(L.sum(axis=1)).ravel() + el
    e = np.maximum(pbar - np.asarray(L.sum(axis=0)).ravel(), 0.0) + 0.04 * pbar
    e[rng.random(n) < hit] *= 0.2
    return L, e, el


def test_auto_uses_krylov_on_heavy_shocks_and_agrees_with_lu() -> None:
    """On a random network of 3,000 firms where about 30% default, "auto" picks the
    Picard/Krylov path; its payments equal the sparse-LU hybrid's and the fictitious default
    algorithm's to 1e-12 of each firm's obligations, with the same defaults."""
    L, e, el = random_sparse(3000, 0.18, seed=4)
    res = eisenberg_noe(L, e, el)
    assert res.method == "krylov" and res.converged
    assert 0.2 < res.defaults.mean() < 0.4
    for method in ("hybrid", "fictitious_default"):
        ref = eisenberg_noe(L, e, el, method=method)
        assert np.max(np.abs(res.payments - ref.payments) / res.obligations) < 1e-12
        assert_array_equal(res.defaults, ref.defaults)
    assert np.max(np.abs(clearing_map(L.toarray(), e, el, res.payments) - res.payments)) < 1e-9


def test_krylov_falls_back_to_lu_on_a_long_cycle(monkeypatch) -> None:
    """On a ring of 3,000 firms the default set is one long cycle that leaks only at firm 0:
    GMRES would need thousands of iterations, so it gives up after a few dozen and the solve
    falls back to LU; the answer is exact (p_0 = 1, p_i = 1/2)."""
    from aifin_lib.contagion import linalg

    outcomes: list[tuple[bool, int]] = []
    gmres_solve = linalg.gmres_solve

    def spy(block, beta, rhs, x0, scale):
        x, used = gmres_solve(block, beta, rhs, x0, scale)
        outcomes.append((x is None, used))
        return x, used

    monkeypatch.setattr(linalg, "gmres_solve", spy)
    L, e, el = ring(3000)
    res = eisenberg_noe(L, e, el, method="krylov")
    assert outcomes and outcomes[-1][0] and outcomes[-1][1] < 100  # gave up early
    assert_allclose(res.payments, np.r_[1.0, np.full(2999, 0.5)], rtol=0, atol=1e-13)
    assert res.converged and res.solves >= 1


def test_rogers_veraart_large_sparse_equals_dense_lu() -> None:
    """Rogers-Veraart solves sparse networks by GMRES and small dense ones by LU: the same
    network given both ways gives the same clearing vector."""
    L, e, el = random_sparse(250, 0.3, seed=8)
    sparse = rogers_veraart(L, e, 0.7, 0.9, el)
    dense = rogers_veraart(L.toarray(), e, 0.7, 0.9, el)
    assert np.max(np.abs(sparse.payments - dense.payments) / sparse.obligations) < 1e-12
    assert_array_equal(sparse.defaults, dense.defaults)
    assert sparse.waves == dense.waves


def test_batch_large_default_sets_use_gmres_and_equal_loop(monkeypatch) -> None:
    """A batch of three heavy scenarios on a 1,500-firm network (default sets of several
    hundred firms, solved by GMRES per scenario) equals the single-scenario solver."""
    from aifin_lib.contagion import linalg

    sizes: list[int] = []
    gmres_solve = linalg.gmres_solve

    def spy(block, beta, rhs, x0, scale):
        sizes.append(rhs.size)
        return gmres_solve(block, beta, rhs, x0, scale)

    L, e, el = random_sparse(1500, 0.0, seed=9)
    rng = np.random.default_rng(3)
    E = np.array([e * np.where(rng.random(e.size) < 0.25, 0.2, 1.0) for _ in range(3)])
    monkeypatch.setattr(linalg, "gmres_solve", spy)
    b = eisenberg_noe_batch(L, E, el)
    monkeypatch.undo()
    assert len(sizes) == 3 and min(sizes) > 400
    assert b.fallbacks == 0
    for s in range(3):
        r = eisenberg_noe(L, E[s], el)
        assert np.max(np.abs(b.payments[s] - r.payments) / r.obligations) < 1e-12
        assert_array_equal(b.defaults[s], r.defaults)


# ---------------------------------------------------------------------------------------------
# Tolerances relative to each firm's obligations
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", (*ALL, "auto"))
def test_tiny_cycle_next_to_a_large_firm(method: str) -> None:
    """Firms 0 and 1 owe each other 1e-3; firm 0 also owes 1e-3 outside and has 0.5e-3 in
    cash; firm 2 (unrelated) has 1e9. p_0 = 0.5e-3 + p_1 and p_1 = p_0 / 2 give
    p = [1e-3, 0.5e-3, 0]: both small firms default. (A tolerance scaled by the largest
    firm, 1e-12 * 1e9, let firm 0 pay twice what it has and nobody default.)"""
    L = np.zeros((3, 3))
    L[0, 1] = L[1, 0] = 1e-3
    res = eisenberg_noe(L, [0.5e-3, 0.0, 1e9], [1e-3, 0.0, 0.0], method=method)
    assert_allclose(res.payments, [1e-3, 0.5e-3, 0.0], rtol=1e-9, atol=0)
    assert res.defaults.tolist() == [True, True, False]
    batch = eisenberg_noe_batch(L, [[0.5e-3, 0.0, 1e9]], [1e-3, 0.0, 0.0])
    assert_allclose(batch.payments[0], [1e-3, 0.5e-3, 0.0], rtol=1e-9, atol=0)
    assert batch.defaults[0].tolist() == [True, True, False]


def test_small_inflow_is_not_lost_to_rounding() -> None:
    """A closed 3-firm class without cash whose amounts span 20 orders of magnitude: the
    greatest clearing vector lets the firm owing 1.6e-13 pay in full and passes the same
    amount round the cycle, [1.588125e-13, 1.5881251e-13, 1.5881251e-13] (exact rational
    Picard iteration). Cancellation in the inflow of the default set once gave zero, the
    least clearing vector."""
    L = np.array(
        [
            [0.0, 1.58812500494112e-13, 0.0],
            [9.272687987305654e-09, 0.0, 0.22861327495178618],
            [4693763.724185115, 0.3461982610739972, 0.0],
        ]
    )
    exact = [1.58812500494112e-13, 1.5881251220765627e-13, 1.5881250576612826e-13]
    for method in ("fictitious_default", "hybrid"):
        res = eisenberg_noe(L, np.zeros(3), method=method)
        assert_allclose(res.payments, exact, rtol=1e-9, err_msg=method)
    # GMRES is accurate to 1e-14 of each firm's obligations (firm 2 owes 4.7e6)
    res = eisenberg_noe(L, np.zeros(3), method="krylov")
    assert np.all(np.abs(res.payments - exact) <= 1e-14 * res.obligations)


# ---------------------------------------------------------------------------------------------
# The linear programme: rescaled, polished, verified
# ---------------------------------------------------------------------------------------------


def test_lp_at_nano_scale_returns_the_clearing_vector() -> None:
    """Scaled by 1e-9 the FinNetValu example must give 1e-9 [0.8, 9.5, 8.4], and a firm
    owing 8.6e-11 without cash pays nothing (the LP once returned full obligations as
    "converged")."""
    res = eisenberg_noe(FNV_L * 1e-9, np.ones(3) * 1e-9, method="lp")
    assert_allclose(res.payments, np.array([0.8, 9.5, 8.4]) * 1e-9, rtol=1e-12, atol=0)
    assert res.converged
    L = np.zeros((3, 3))
    L[1, 0] = 8.631202041893179e-11
    res = eisenberg_noe(L, np.zeros(3), method="lp")
    assert_array_equal(res.payments, np.zeros(3))
    assert res.converged and res.residual == 0.0


def test_lp_returns_the_greatest_vector_on_a_badly_scaled_system() -> None:
    """No cash, amounts from 1e-7 to 2.7e6: firms 0 and 2 owe each other (0 also owes 2006
    to firm 1). The greatest clearing vector lets the cycle carry 159.83 (what firm 2 owes);
    the LP once returned the least vector, all zeros."""
    L = np.array(
        [
            [0.0, 2005.5366747212445, 6.479602930950665e-07],
            [2655503.5992042054, 0.0, 367520.2273225731],
            [159.83247172232205, 0.0, 0.0],
        ]
    )
    res = eisenberg_noe(L, np.zeros(3), method="lp")
    ref = eisenberg_noe(L, np.zeros(3), method="fictitious_default")
    assert ref.payments[2] == pytest.approx(159.83247172232205)
    assert_allclose(res.payments, ref.payments, rtol=1e-12)
    assert res.converged


def test_lp_solves_a_problem_highs_once_gave_up_on() -> None:
    """A feasible clearing LP on which HiGHS stopped with "Status 15" (model status unknown)
    in obligations' units: in recovery rates it is solved, and equals the exact solvers."""
    L = np.array(
        [
            [0.0, 5.000221267318777e-12, 2.492730875664452e-13],
            [0.0, 0.0, 75240872.86269706],
            [2.7934758129249138e-05, 68082325.51422854, 0.0],
        ]
    )
    res = eisenberg_noe(L, np.zeros(3), method="lp")
    ref = eisenberg_noe(L, np.zeros(3), method="fictitious_default")
    assert_allclose(res.payments, ref.payments, rtol=1e-12)
    assert res.converged


def test_lp_never_reports_an_unverified_vector_as_converged(monkeypatch) -> None:
    """If the LP solver answers with the least clearing vector (zero round a closed cycle
    without cash), the polished result cannot be certified as the greatest: the result says
    converged=False and a RuntimeWarning names the problem."""
    from aifin_lib.contagion import lp

    def least(c, **kwargs):
        return SimpleNamespace(status=0, x=np.zeros(len(c)), message="")

    monkeypatch.setattr(lp, "linprog", least)
    L = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]])
    with pytest.warns(RuntimeWarning, match="lp"):
        res = eisenberg_noe(L, np.zeros(3), method="lp")
    assert not res.converged


# ---------------------------------------------------------------------------------------------
# pandas inputs are read by label
# ---------------------------------------------------------------------------------------------

FIRMS = ["a", "b", "c"]
# a owes b 2 and c 1; b owes c 1; c owes a 3 (rows: debtors)
LAB_L = np.array([[0.0, 2.0, 1.0], [0.0, 0.0, 1.0], [3.0, 0.0, 0.0]])
LAB_E = np.array([0.5, 0.25, 0.0])


def shuffled_frame(matrix: np.ndarray, cols: list[str]) -> pd.DataFrame:
    """The matrix as a DataFrame labelled FIRMS, with its columns in the order ``cols``."""
    return pd.DataFrame(matrix, index=FIRMS, columns=FIRMS)[cols]


def test_eisenberg_noe_reads_a_dataframe_and_series_by_label() -> None:
    """Columns in another order than the index, and Series in yet another order, give the
    same payments as the plain arrays (reading by position gave other, wrong payments
    without any error)."""
    ref = eisenberg_noe(LAB_L, LAB_E, [0.5, 0.0, 0.0])
    frame = shuffled_frame(LAB_L, ["c", "a", "b"])
    e = pd.Series(LAB_E, index=FIRMS)[["b", "c", "a"]]
    el = pd.Series([0.5, 0.0, 0.0], index=FIRMS)[["c", "b", "a"]]
    res = eisenberg_noe(frame, e, el)
    assert_allclose(res.payments, ref.payments, atol=1e-14)
    assert_array_equal(res.defaults, ref.defaults)
    rv = rogers_veraart(frame, e, 0.5, 0.5, el)
    assert_allclose(rv.payments, rogers_veraart(LAB_L, LAB_E, 0.5, 0.5, [0.5, 0, 0]).payments)
    E = pd.DataFrame([LAB_E, LAB_E / 2], columns=FIRMS)[["b", "a", "c"]]
    batch = eisenberg_noe_batch(frame, E, el)
    assert_allclose(batch.payments[0], ref.payments, atol=1e-14)


def test_debtrank_and_furfine_read_by_label() -> None:
    """DebtRank and Furfine with a relabelled exposures frame and Series give the answers of
    the plain arrays."""
    A = DR_A
    frame = pd.DataFrame(A, index=FIRMS, columns=FIRMS)[["b", "c", "a"]]
    equity = pd.Series(DR_E, index=FIRMS)[["c", "a", "b"]]
    shock = pd.Series([0.1, 0.1, 0.1], index=FIRMS)
    weights = pd.Series([10.0, 100.0, 30.0], index=FIRMS)[["b", "a", "c"]]
    res = debtrank(frame, equity, shock, weights=weights)
    assert_allclose(res.distress, [0.15, 0.26, 0.30], atol=1e-15)
    assert res.debtrank == pytest.approx(9 / 56, abs=1e-15)
    shocks = pd.DataFrame([[0.1, 0.1, 0.1]], columns=FIRMS)[["c", "b", "a"]]
    assert_allclose(debtrank_batch(frame, equity, shocks).distress[0], [0.15, 0.26, 0.30])
    X = np.zeros((3, 3))
    X[1, 0], X[2, 1] = 5.0, 3.0
    xf = pd.DataFrame(X, index=FIRMS, columns=FIRMS)[["c", "b", "a"]]
    capital = pd.Series([1.0, 4.0, 2.0], index=FIRMS)[["b", "c", "a"]]
    res = furfine(xf, capital, ["a"])
    assert res.failure_round.tolist() == [0, 1, 2]
    mask = pd.Series([False, False, True], index=["c", "b", "a"])
    assert furfine(xf, capital, mask).failure_round.tolist() == [0, 1, 2]


def test_labels_that_do_not_match_raise() -> None:
    """Different label sets, duplicate labels, or labelled vectors with an unlabelled
    matrix raise a ValueError naming the parameter."""
    frame = pd.DataFrame(LAB_L, index=FIRMS, columns=FIRMS)
    with pytest.raises(ValueError, match=r"external_assets.*missing: \['c'\]"):
        eisenberg_noe(frame, pd.Series([1.0, 1.0], index=["a", "b"]))
    with pytest.raises(ValueError, match="unknown: \\['z'\\]"):
        eisenberg_noe(frame, pd.Series([1.0, 1.0, 1.0, 1.0], index=[*FIRMS, "z"]))
    with pytest.raises(ValueError, match="liabilities must have the same firm labels"):
        eisenberg_noe(frame.rename(columns={"c": "d"}), LAB_E)
    with pytest.raises(ValueError, match="duplicate"):
        eisenberg_noe(pd.DataFrame(LAB_L, index=["a", "a", "b"], columns=["a", "a", "b"]), LAB_E)
    with pytest.raises(ValueError, match="external_assets has firm labels but the network"):
        eisenberg_noe(LAB_L, pd.Series(LAB_E, index=FIRMS))
    with pytest.raises(ValueError, match="equity"):
        debtrank(frame.T, pd.Series(DR_E, index=["x", "y", "z"]), [0.1, 0.1, 0.1])
    with pytest.raises(ValueError, match="initial_failures names unknown firms"):
        furfine(frame, [1, 1, 1], ["q"])
    # an unlabelled Series (0..n-1) is read by position
    assert_allclose(
        eisenberg_noe(LAB_L, pd.Series(LAB_E)).payments, eisenberg_noe(LAB_L, LAB_E).payments
    )


# ---------------------------------------------------------------------------------------------
# Overflow, subnormal numbers and bad input
# ---------------------------------------------------------------------------------------------


def test_obligations_past_the_largest_float_raise() -> None:
    """Obligations or cash that sum past 1.8e308 raise a ValueError naming the input instead
    of returning inf or NaN payments."""
    big = np.array([[0.0, 1e308, 1e308], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]])
    with pytest.raises(ValueError, match=r"liabilities.*largest float"):
        eisenberg_noe(big, np.zeros(3))
    with pytest.raises(ValueError, match="largest float"):
        eisenberg_noe([[0.0, 1e308], [0.0, 0.0]], [0.0, 0.0], external_liabilities=[1e308, 0])
    with pytest.raises(ValueError, match=r"external_assets.*largest float"):
        eisenberg_noe([[0.0, 1e308], [1e308, 0.0]], [1e308, 1e308])
    with pytest.raises(ValueError, match=r"external_assets.*largest float"):
        eisenberg_noe_batch([[0.0, 1e308], [1e308, 0.0]], [[1e308, 1e308]])
    with pytest.raises(ValueError, match=r"exposures.*largest float"):
        debtrank(big, [1.0, 1.0, 1.0], [0.1, 0.1, 0.1])
    with pytest.raises(ValueError, match=r"exposures.*largest float"):
        furfine(big, [1.0, 1.0, 1.0], [0])


def test_subnormal_amounts_give_numbers_not_nan() -> None:
    """Equity of 5e-324 (the smallest float): single-hit DebtRank propagates full distress
    (impact min(1, A/E) = 1) instead of NaN; linear DebtRank, where A/E itself enters, raises
    naming equity. Subnormal obligations clear to finite payments."""
    A = np.array([[0.0, 1.0], [1.0, 0.0]])
    res = debtrank(A, [5e-324, 1.0], [0.1, 0.0])
    assert np.all(np.isfinite(res.distress))
    assert_allclose(res.distress, [0.2, 0.1])  # firm 0 gets 0.1 back from firm 1
    with pytest.raises(ValueError, match="equity of firm 0"):
        debtrank(A, [5e-324, 1.0], [0.1, 0.0], variant="linear")
    L = np.array([[0.0, 5e-324], [5e-324, 0.0]])
    p = eisenberg_noe(L, [5e-324, 0.0], [5e-324, 0.0]).payments
    assert np.all(np.isfinite(p))
    assert p[1] == 5e-324  # firm 1 receives at least what it owes: it pays in full


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: debtrank(DR_A, DR_E, [0.1] * 3, variant="linear", tol=-1.0), "tol"),
        (lambda: debtrank(DR_A, DR_E, [0.1] * 3, variant="linear", max_rounds=0), "max_rounds"),
        (lambda: debtrank_batch(DR_A, DR_E, [[0.1] * 3], tol=float("nan")), "tol"),
        (lambda: eisenberg_noe_batch(FNV_L, np.ones((2, 3)), max_sweeps=0), "max_sweeps"),
        (lambda: eisenberg_noe_batch(FNV_L, np.ones((2, 3)), max_sweeps=-3), "max_sweeps"),
        (lambda: eisenberg_noe(FNV_L, [1.0] * 3, tol=-1e-12), "tol"),
        (lambda: eisenberg_noe(FNV_L, [1.0] * 3, max_iter=0), "max_iter"),
        (lambda: eisenberg_noe(FNV_L, [1.0] * 3, max_iter=True), "max_iter"),
        (lambda: rogers_veraart(FNV_L, [1.0] * 3, 0.5, 0.5, max_iter=0), "max_iter"),
    ],
)
def test_bad_options_raise_naming_the_parameter(call, match: str) -> None:
    """Negative or NaN tolerances and non-positive round caps raise a ValueError naming the
    parameter (a negative tol once ran 100,000 rounds)."""
    with pytest.raises(ValueError, match=match):
        call()


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: eisenberg_noe(FNV_L > 1, [1.0] * 3), "liabilities"),
        (lambda: eisenberg_noe(FNV_L + 0j, [1.0] * 3), "liabilities"),
        (lambda: eisenberg_noe(sp.csr_array(FNV_L > 1), [1.0] * 3), "liabilities"),
        (lambda: eisenberg_noe(FNV_L, ["1", "1", "1"]), "external_assets"),
        (lambda: eisenberg_noe(FNV_L, [True, False, True]), "external_assets"),
        (lambda: eisenberg_noe(FNV_L, [1 + 1j, 1, 1]), "external_assets"),
        (lambda: eisenberg_noe(FNV_L, [1.0] * 3, external_liabilities=["0"] * 3), "external_"),
        (lambda: eisenberg_noe(FNV_L, [1.0] * 3, tol="1e-12"), "tol"),
        (lambda: rogers_veraart(FNV_L, [1.0] * 3, "0.5", 0.5), "alpha"),
        (lambda: rogers_veraart(FNV_L, [1.0] * 3, 0.5, True), "beta"),
        (lambda: eisenberg_noe_batch(FNV_L, [["1", "1", "1"]]), "external_assets"),
        (lambda: debtrank(DR_A, ["2", "5", "2"], [0.1] * 3), "equity"),
        (lambda: debtrank(DR_A, DR_E, [True, False, False]), "shock"),
        (lambda: furfine(DR_A, [1.0] * 3, [0], loss_given_default="1"), "loss_given_default"),
    ],
)
def test_bool_complex_and_text_inputs_raise(call, match: str) -> None:
    """Booleans, complex numbers and text are not amounts: a TypeError names the input
    (numpy would read "1" as 1.0, True as 1.0 and drop imaginary parts)."""
    with pytest.raises(TypeError, match=match):
        call()


# ---------------------------------------------------------------------------------------------
# Property tests on random networks
# ---------------------------------------------------------------------------------------------


def _solve_all(L: np.ndarray, e: np.ndarray, el: np.ndarray) -> dict:
    out = {}
    methods = ("fictitious_default", "krylov", "hybrid", "picard")
    for method in methods + (("lp",) if e.min() >= 0 else ()):
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # picard must converge here
            out[method] = eisenberg_noe(
                L,
                e,
                el,
                method=method,
                tol=1e-14 if method == "picard" else 1e-12,
                max_iter=10**6,
            )
    return out


@settings(max_examples=60, deadline=None)
@given(networks())
def test_property_fixed_point_bounds_and_methods_agree(net: tuple) -> None:
    """Every method returns a fixed point (residual < 1e-9, checked with an independent map),
    0 <= p <= pbar, and all methods give the same payments and equity."""
    L, e, el = net
    res = _solve_all(L, e, el)
    pbar = L.sum(axis=1) + el
    ref = res["fictitious_default"]
    for method, r in res.items():
        assert r.residual < 1e-9, method
        assert np.max(np.abs(clearing_map(L, e, el, r.payments) - r.payments)) < 1e-9
        assert np.all(r.payments >= 0) and np.all(r.payments <= pbar + 1e-12)
        atol = 1e-7 if method == "lp" else 1e-8
        assert_allclose(r.payments, ref.payments, atol=atol, err_msg=method)
        assert_allclose(r.equity, ref.equity, atol=atol, err_msg=method)
    assert_array_equal(res["hybrid"].defaults, ref.defaults)
    assert sorted(i for w in ref.waves for i in w) == np.flatnonzero(ref.defaults).tolist()


@settings(max_examples=60, deadline=None)
@given(networks())
def test_property_greatest_clearing_vector(net: tuple) -> None:
    """The result is the greatest clearing vector: below every Picard iterate from pbar (each
    is an upper bound), equal to their limit, and above the least clearing vector (Picard
    from zero)."""
    L, e, el = net
    p = eisenberg_noe(L, e, el, method="hybrid").payments
    pbar = L.sum(axis=1) + el
    u = pbar.copy()
    for _ in range(40):
        assert np.all(p <= u + 1e-12)
        u = clearing_map(L, e, el, u)
    top = eisenberg_noe(L, e, el, method="picard", tol=1e-14, max_iter=10**6).payments
    assert np.all(p >= top - 1e-9)
    low = np.zeros_like(pbar)
    for _ in range(500):
        low = clearing_map(L, e, el, low)
    assert np.all(p >= low - 1e-9)


@settings(max_examples=50, deadline=None)
@given(networks(), st.floats(0.0, 2.0), st.integers(0, 2**32 - 1))
def test_property_monotone_in_external_assets(net: tuple, size: float, seed: int) -> None:
    """More external assets never lower anyone's payments or equity."""
    L, e, el = net
    bump = size * np.random.default_rng(seed).random(e.size)
    a = eisenberg_noe(L, e, el)
    b = eisenberg_noe(L, e + bump, el)
    assert np.all(b.payments >= a.payments - 1e-10)
    assert np.all(b.equity >= a.equity - 1e-10)


@settings(max_examples=50, deadline=None)
@given(networks())
def test_property_rogers_veraart(net: tuple) -> None:
    """RV(1, 1) equals Eisenberg-Noe; default costs never raise payments (RV(a, b) <= EN);
    the RV result is a fixed point of the RV map."""
    L, e, el = net
    en = eisenberg_noe(L, e, el, method="fictitious_default")
    rv11 = rogers_veraart(L, e, 1.0, 1.0, el)
    assert_allclose(rv11.payments, en.payments, atol=1e-12)
    rv = rogers_veraart(L, e, 0.6, 0.8, el)
    assert np.all(rv.payments <= en.payments + 1e-10)
    assert rv.residual < 1e-9


@settings(max_examples=30, deadline=None)
@given(networks(), st.integers(0, 2**32 - 1))
def test_property_batch_equals_loop(net: tuple, seed: int) -> None:
    """eisenberg_noe_batch equals a per-scenario loop and is exact (residual < 1e-9), for
    dense and sparse input."""
    L, e, el = net
    rng = np.random.default_rng(seed)
    E = e[None, :] + rng.normal(0, 1, (8, e.size))
    for mat in (L, sp.csr_array(L)):
        b = eisenberg_noe_batch(mat, E, el)
        assert b.residual.max() < 1e-9
        for s in range(E.shape[0]):
            r = eisenberg_noe(L, E[s], el)
            assert_allclose(b.payments[s], r.payments, atol=1e-9)
            assert_allclose(b.equity[s], r.equity, atol=1e-9)


@settings(max_examples=30, deadline=None)
@given(networks(nonneg=True))
def test_property_sparse_equals_dense(net: tuple) -> None:
    """Sparse and dense input give the same clearing vector."""
    L, e, el = net
    d = eisenberg_noe(L, e, el, method="fictitious_default")
    s = eisenberg_noe(sp.csr_array(L), e, el, method="fictitious_default")
    assert_allclose(s.payments, d.payments, atol=1e-12)
