"""Hypothesis strategies and the reference clearing map shared by the tests of the network models.

Networks of obligations follow the conventions of :mod:`aifin_lib.contagion`:
``liabilities[i, j]`` is what firm ``i`` owes firm ``j`` (USD billions), ``e`` the net external
position, ``el`` pari-passu external debt. Every strategy draws a seed and builds the arrays
with numpy, so examples shrink to small networks and stay reproducible.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays


def clearing_map(L: np.ndarray, e: np.ndarray, el: np.ndarray, p: np.ndarray) -> np.ndarray:
    """Independent dense implementation of the Eisenberg-Noe map with the zero floor (the
    reference the clearing vectors of :mod:`aifin_lib.contagion` are checked against)."""
    pbar = L.sum(axis=1) + el
    with np.errstate(invalid="ignore", divide="ignore"):
        pi = np.where(pbar[:, None] > 0, L / pbar[:, None], 0.0)
    return np.clip(e + pi.T @ p, 0.0, pbar)


#: Unit changes that leave every clearing problem the same problem (exact powers of ten
#: are not exact in binary, so results agree to rounding, not bit for bit).
scales = st.sampled_from([1e-9, 1e-3, 1.0, 1e3, 1e9])

#: Flow amounts for circularity tests: many zeros (no edge), small integers (ties) and
#: spread-out reals, USD billions.
flow_weights = st.one_of(
    st.just(0.0),
    st.just(0.0),
    st.floats(min_value=1e-3, max_value=1e3, allow_nan=False, allow_infinity=False),
    st.integers(min_value=1, max_value=5).map(float),
)

#: Square flow matrices of 1 to 6 firms (self-loops allowed).
flow_matrices = st.integers(min_value=1, max_value=6).flatmap(
    lambda n: arrays(np.float64, (n, n), elements=flow_weights)
)


@st.composite
def networks(
    draw: st.DrawFn, max_n: int = 14, nonneg: bool = False
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Small dense network ``(L, e, el)``: density 10-60%, amounts up to 3, half of the firms
    with external debt, ``e`` in ``[-1, 2]`` (``[0, 2]`` if ``nonneg``) or zero. Half of the
    examples are rounded to quarters, which makes ties and exact break-even points common;
    closed classes (cycles without external debt) are frequent."""
    n = draw(st.integers(1, max_n))
    seed = draw(st.integers(0, 2**32 - 1))
    density = draw(st.floats(0.1, 0.6))
    rng = np.random.default_rng(seed)
    L = rng.uniform(0, 3, (n, n)) * (rng.random((n, n)) < density)
    np.fill_diagonal(L, 0.0)
    if draw(st.booleans()):
        L = np.round(L * 4) / 4
    el = rng.uniform(0, 1, n) * (rng.random(n) < 0.5)
    lo = 0.0 if nonneg else -1.0
    e = rng.uniform(lo, 2, n) * (rng.random(n) < 0.7)
    return L, e, el


@st.composite
def sparse_networks(
    draw: st.DrawFn, min_n: int = 20, max_n: int = 300
) -> tuple[sp.csr_array, np.ndarray, np.ndarray]:
    """Random sparse network ``(L, e, el)`` as in the benchmark: mean out-degree 2-8,
    log-normal amounts and external debt (possibly none for some firms), a capital buffer of
    4% of obligations, then 0-40% of the firms lose 80% of their external assets (light to
    heavy shocks)."""
    n = draw(st.integers(min_n, max_n))
    seed = draw(st.integers(0, 2**32 - 1))
    degree = draw(st.floats(2.0, 8.0))
    hit = draw(st.floats(0.0, 0.4))
    rng = np.random.default_rng(seed)
    m = max(1, int(n * degree))
    rows = rng.integers(0, n, m)
    cols = rng.integers(0, n - 1, m)
    cols = cols + (cols >= rows)
    L = sp.csr_array((rng.lognormal(0.0, 1.0, m), (rows, cols)), shape=(n, n))
    L.sum_duplicates()
    el = rng.lognormal(1.0, 1.0, n) * (rng.random(n) < draw(st.floats(0.2, 1.0)))
    pbar = np.asarray(L.sum(axis=1)).ravel() + el
    claims = np.asarray(L.sum(axis=0)).ravel()
    e = np.maximum(pbar - claims, 0.0) + 0.04 * pbar
    e[rng.random(n) < hit] *= 0.2
    return L, e, el
