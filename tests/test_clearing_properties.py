"""Properties of the Eisenberg-Noe solvers on random networks, the Picard/Krylov path first.

The reference is the fictitious default algorithm in exact rational arithmetic
(:class:`fractions.Fraction`): every float input is a rational number, so its greatest
clearing vector is computed without rounding, and each solver must agree with it to a small
fraction of each firm's obligations.
"""

from __future__ import annotations

import warnings
from fractions import Fraction

import numpy as np
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import clearing_map, networks, scales, sparse_networks

from aifin_lib.contagion import eisenberg_noe, eisenberg_noe_batch


def _solve_exact(a: list[list[Fraction]], b: list[Fraction]) -> list[Fraction]:
    """Gaussian elimination in rationals (raises ZeroDivisionError if ``a`` is singular)."""
    k = len(b)
    m = [[*row, rhs] for row, rhs in zip(a, b, strict=True)]
    for c in range(k):
        piv = next(r for r in range(c, k) if m[r][c] != 0)
        m[c], m[piv] = m[piv], m[c]
        for r in range(k):
            if r != c and m[r][c] != 0:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c], strict=True)]
    return [m[r][k] / m[r][r] for r in range(k)]


def exact_greatest(L: np.ndarray, e: np.ndarray, el: np.ndarray) -> np.ndarray:
    """Greatest clearing vector by fictitious default in rational arithmetic (``e >= 0``).

    Round by round the default set ``D`` (firms short when the others pay what they were
    last found to pay) grows; its payments solve ``x_D = e_D + M_DN pbar_N + M_DD x_D``
    exactly. With ``e >= 0`` the system is never singular (Eisenberg and Noe 2001, Lemma 4).
    """
    n = len(e)
    Lq = [[Fraction(float(x)) for x in row] for row in L]
    eq = [Fraction(float(x)) for x in e]
    pbar = [sum(Lq[i]) + Fraction(float(el[i])) for i in range(n)]

    def cash(p: list[Fraction]) -> list[Fraction]:
        return [
            eq[i] + sum(Lq[j][i] * p[j] / pbar[j] for j in range(n) if pbar[j] > 0)
            for i in range(n)
        ]

    p = list(pbar)
    short = {i for i, a in enumerate(cash(p)) if a < pbar[i]}
    while short:
        idx = sorted(short)
        a = [[int(i == j) - Lq[j][i] / pbar[j] for j in idx] for i in idx]
        b = [eq[i] + sum(Lq[j][i] for j in range(n) if j not in short) for i in idx]
        p = list(pbar)
        for i, x in zip(idx, _solve_exact(a, b), strict=True):
            p[i] = x
        new = {i for i, a in enumerate(cash(p)) if i not in short and a < pbar[i]}
        if not new:
            break
        short |= new
    return np.array([float(x) for x in p])


def off_by(p: np.ndarray, q: np.ndarray, pbar: np.ndarray) -> float:
    """Largest difference of a firm as a fraction of its obligations (absolute without)."""
    return float(np.max(np.abs(p - q) / np.where(pbar > 0, pbar, 1.0), initial=0.0))


@settings(max_examples=60, deadline=None)
@given(networks(max_n=8, nonneg=True))
def test_every_method_agrees_with_the_exact_rational_reference(net: tuple) -> None:
    """Krylov (sparse and dense input), fictitious default, hybrid and LP payments are the
    exact greatest clearing vector to 1e-9 of each firm's obligations."""
    L, e, el = net
    exact = exact_greatest(L, e, el)
    pbar = L.sum(axis=1) + el
    runs = {
        "krylov": eisenberg_noe(L, e, el, method="krylov"),
        "krylov sparse": eisenberg_noe(sp.csr_array(L), e, el),
        "fictitious_default": eisenberg_noe(L, e, el, method="fictitious_default"),
        "hybrid": eisenberg_noe(L, e, el, method="hybrid"),
        "lp": eisenberg_noe(L, e, el, method="lp"),
    }
    for name, res in runs.items():
        assert off_by(res.payments, exact, pbar) < 1e-9, name
        assert res.converged, name
    assert runs["krylov sparse"].method == "krylov"


@settings(max_examples=60, deadline=None)
@given(networks())
def test_krylov_result_is_a_clearing_vector_within_bounds(net: tuple) -> None:
    """With negative cash too: 0 <= p <= pbar, every firm's residual under an independent
    map is below 1e-12 of its obligations, and the solvers agree."""
    L, e, el = net
    res = eisenberg_noe(L, e, el, method="krylov")
    pbar = L.sum(axis=1) + el
    assert np.all(res.payments >= 0) and np.all(res.payments <= pbar)
    assert off_by(clearing_map(L, e, el, res.payments), res.payments, pbar) < 1e-12
    assert res.converged
    for method in ("fictitious_default", "hybrid"):
        ref = eisenberg_noe(L, e, el, method=method)
        assert off_by(res.payments, ref.payments, pbar) < 1e-9, method


@settings(max_examples=60, deadline=None)
@given(networks())
def test_krylov_returns_the_greatest_clearing_vector(net: tuple) -> None:
    """Every Picard iterate from pbar is an upper bound of the greatest clearing vector and
    the iterates from zero converge to the least one: the result lies between, at the top."""
    L, e, el = net
    p = eisenberg_noe(L, e, el, method="krylov").payments
    pbar = L.sum(axis=1) + el
    u = pbar.copy()
    for _ in range(40):
        assert np.all(p <= u + 1e-12 * pbar)
        u = clearing_map(L, e, el, u)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        top = eisenberg_noe(L, e, el, method="picard", tol=1e-15, max_iter=10**6).payments
    assert np.all(p >= top - 1e-9 * pbar)
    low = np.zeros_like(pbar)
    for _ in range(500):
        low = clearing_map(L, e, el, low)
    assert np.all(p >= low - 1e-9 * pbar)


@settings(max_examples=50, deadline=None)
@given(networks(), st.floats(0.0, 2.0), st.integers(0, 2**32 - 1))
def test_krylov_is_monotone_in_external_assets(net: tuple, size: float, seed: int) -> None:
    """More external assets never lower a payment or an equity."""
    L, e, el = net
    bump = size * np.random.default_rng(seed).random(e.size)
    a = eisenberg_noe(L, e, el, method="krylov")
    b = eisenberg_noe(L, e + bump, el, method="krylov")
    pbar = a.obligations
    assert np.all(b.payments >= a.payments - 1e-12 * pbar)
    assert np.all(b.equity >= a.equity - 1e-12 * np.maximum(pbar, 1.0))


@settings(max_examples=40, deadline=None)
@given(networks(), scales)
def test_results_do_not_depend_on_units(net: tuple, scale: float) -> None:
    """Measured in thousands or in billionths the problem is the same: payments scale with
    the unit and the defaults are the same (tolerances are relative per firm)."""
    L, e, el = net
    base = eisenberg_noe(L, e, el, method="krylov")
    for method in ("krylov", "fictitious_default"):
        res = eisenberg_noe(L * scale, e * scale, el * scale, method=method)
        assert off_by(res.payments / scale, base.payments, base.obligations) < 1e-9, method
    assert np.array_equal(
        eisenberg_noe(L * scale, e * scale, el * scale, method="krylov").defaults
        | (np.abs(base.payments - base.obligations) < 1e-9 * base.obligations),
        base.defaults | (np.abs(base.payments - base.obligations) < 1e-9 * base.obligations),
    )


@settings(max_examples=25, deadline=None)
@given(sparse_networks())
def test_krylov_equals_sparse_lu_on_larger_sparse_networks(net: tuple) -> None:
    """On sparse networks of 20-300 firms with light to heavy shocks the default method
    (Picard/Krylov) equals the sparse-LU hybrid and the fictitious default algorithm to
    1e-11 of each firm's obligations, and the batch equals both."""
    L, e, el = net
    res = eisenberg_noe(L, e, el)
    assert res.method == "krylov" and res.converged
    for method in ("hybrid", "fictitious_default"):
        ref = eisenberg_noe(L, e, el, method=method)
        assert off_by(res.payments, ref.payments, res.obligations) < 1e-11, method
    dense = clearing_map(L.toarray(), e, el, res.payments)
    assert off_by(dense, res.payments, res.obligations) < 1e-12
    batch = eisenberg_noe_batch(L, np.array([e, 0.5 * e]), el)
    assert off_by(batch.payments[0], res.payments, res.obligations) < 1e-11
