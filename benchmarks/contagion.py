"""Benchmark of the clearing solvers in ``aifin_lib.contagion`` (prints a table; not a test).

Run from the repository root::

    python benchmarks/contagion.py          # every shape, a few minutes (mostly the ring's LU)
    python benchmarks/contagion.py --full   # also the LU references that fill in (~10 min more)

Each shape is solved by the library's default method and by plain fictitious-default
references written here, in the same process, side by side:

- ``FD+LU``: Eisenberg and Noe's fictitious default algorithm; each round solves the default
  set's linear system ``(I - M_DD) x = e_D + M_DN pbar_N`` with SuperLU (``splu``) and one
  step of iterative refinement.
- ``FD+GMRES``: the same rounds, each system solved by GMRES (restart 20), warm-started from
  the previous round, in units of each firm's obligations, to a residual of 1e-14 of them.

Both are plain: no Picard sweeps, no frontier tricks, no fallback. The ratio is the library's
time over the best reference that was run (below 1: the library is faster). Shapes (all
synthetic and seeded; assumptions for timing only, no figures from the book):

1. light shock: 100,000 firms, mean out-degree 8, log-normal amounts, pari-passu external debt;
   every firm has a 4% capital buffer, then 0.6% of the firms lose 80% of their external
   assets (about 1% default).
2. heavy shock: the same network with 18% of the firms hit (about 30% default).
3. deep cascade: a ring of 20,000 firms in which every round adds exactly one default.
4. no cash: 3,000 firms of the same kind with ``e = 0`` and no external debt (nearly all
   default; only the network's own imbalances decide).
5. batch: four heavy-shock scenarios (different firms hit) on a 10,000-firm network,
   :func:`~aifin_lib.contagion.eisenberg_noe_batch` against a loop of the references.
6. Monte Carlo: 10,000 scenarios of the stagnation chapter's network through
   :func:`aifin_lib.scenario.monte_carlo` (all years cleared), against the same call with the
   batch clearing replaced by a plain fictitious-default reference that solves all scenarios'
   dense systems at once (``numpy.linalg.solve`` on a stack; shown in the FD+LU column). For
   this shape ``n`` is the number of nodes, the default share is per node and scenario, and
   the last column compares losses (USD billions).

Timings are the best of at least three runs, more while they take under a second together (one
run for a reference slower than 20 s). Single-threaded BLAS is requested so that the figures
are for one core.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from types import SimpleNamespace  # noqa: E402
from typing import Any  # noqa: E402

import numpy as np  # noqa: E402
import scipy.sparse as sp  # noqa: E402
from scipy.sparse.linalg import gmres, splu  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aifin_lib import contagion  # noqa: E402
from aifin_lib.contagion import eisenberg_noe, eisenberg_noe_batch  # noqa: E402

TOL = 1e-12  # default test of the references, relative to each firm's obligations
GMRES_RTOL = 1e-14  # accepted residual of a linear solve, relative to each firm's obligations


# ----------------------------------------------------------------------------------------------
# Networks
# ----------------------------------------------------------------------------------------------


def random_network(
    n: int, mean_degree: float = 8.0, hit_share: float = 0.006, seed: int = 0
) -> tuple[sp.csr_array, np.ndarray, np.ndarray]:
    """Seeded random sparse network: ``(liabilities, external_assets, external_liabilities)``.

    Each firm owes ``mean_degree`` randomly chosen creditors on average (log-normal amounts);
    pari-passu external debt is log-normal; external assets give every firm a capital buffer
    of 4% of its obligations, after which a share ``hit_share`` of the firms lose 80% of their
    external assets.
    """
    rng = np.random.default_rng(seed)
    m = int(n * mean_degree)
    rows = rng.integers(0, n, m)
    cols = rng.integers(0, n - 1, m)
    cols = cols + (cols >= rows)  # no self-loops
    L = sp.csr_array((rng.lognormal(0.0, 1.0, m), (rows, cols)), shape=(n, n))
    L.sum_duplicates()
    el = rng.lognormal(1.0, 1.0, n)
    pbar = np.asarray(L.sum(axis=1)).ravel() + el
    claims = np.asarray(L.sum(axis=0)).ravel()
    e = np.maximum(pbar - claims, 0.0) + 0.04 * pbar
    hit = rng.random(n) < hit_share
    e[hit] *= 0.2
    return L, e, el


def shocked(L: sp.csr_array, el: np.ndarray, hit_share: float, seed: int) -> np.ndarray:
    """External assets of :func:`random_network` with another seeded set of firms hit."""
    rng = np.random.default_rng(seed)
    pbar = np.asarray(L.sum(axis=1)).ravel() + el
    claims = np.asarray(L.sum(axis=0)).ravel()
    e = np.maximum(pbar - claims, 0.0) + 0.04 * pbar
    e[rng.random(L.shape[0]) < hit_share] *= 0.2
    return e


def ring(n: int) -> tuple[sp.csr_array, np.ndarray, np.ndarray]:
    """Ring ``i -> i+1`` owing 1 each; firm 0 also owes 1 outside and has 0.5 in cash.

    Firm 0 is short, pays 1.0, of which half reaches firm 1, which defaults, and so on round
    the ring: round ``k`` of the fictitious default algorithm adds firm ``k``. The greatest
    clearing vector is ``p_0 = 1`` and ``p_i = 1/2`` otherwise.
    """
    idx = np.arange(n)
    L = sp.csr_array((np.ones(n), (idx, (idx + 1) % n)), shape=(n, n))
    e = np.zeros(n)
    e[0] = 0.5
    el = np.zeros(n)
    el[0] = 1.0
    return L, e, el


# ----------------------------------------------------------------------------------------------
# Plain fictitious-default references (external assets >= 0)
# ----------------------------------------------------------------------------------------------


def _relative(L: Any, el: np.ndarray) -> tuple[sp.csr_array, np.ndarray]:
    """``Pi`` (CSR, debtor rows: ``Pi[i, j] = L[i, j] / pbar_i``) and ``pbar``."""
    L = sp.csr_array(L)
    pbar = np.asarray(L.sum(axis=1)).ravel() + el
    inv = np.where(pbar > 0, 1.0 / np.where(pbar > 0, pbar, 1.0), 0.0)
    data = L.data * np.repeat(inv, np.diff(L.indptr))
    return sp.csr_array((data, L.indices, L.indptr), shape=L.shape), pbar


def _lu(mdd: sp.csr_array, rhs: np.ndarray, x0: np.ndarray, scale: np.ndarray) -> np.ndarray:
    a = sp.csc_array(sp.eye_array(rhs.size, format="csc") - mdd)
    lu = splu(a)
    x = lu.solve(rhs)
    return x + lu.solve(rhs - a @ x)


def _gmres(mdd: sp.csr_array, rhs: np.ndarray, x0: np.ndarray, scale: np.ndarray) -> np.ndarray:
    k = rhs.size
    coo = sp.coo_array(mdd)
    b_s = sp.csr_array(
        (coo.data * scale[coo.col] / scale[coo.row], (coo.row, coo.col)), shape=(k, k)
    )
    a = sp.csr_array(sp.eye_array(k, format="csr") - b_s)  # in units of each firm's pbar
    b = rhs / scale
    z = x0 / scale
    while np.max(np.abs(b - a @ z)) > GMRES_RTOL:
        z, _ = gmres(a, b, x0=z, rtol=0.0, atol=0.5 * GMRES_RTOL, restart=20, maxiter=1)
    return z * scale


def reference(L: Any, e: np.ndarray, el: np.ndarray, solve: Callable = _gmres) -> np.ndarray:
    """Greatest clearing vector by plain fictitious-default rounds (``e >= 0``)."""
    pi, pbar = _relative(L, el)
    m = pi.T  # M = Pi^T: received = M @ p
    has = pbar > 0
    p = pbar.copy()
    short = has & (e + m @ p < pbar * (1 - TOL))
    while short.any():
        idx = np.flatnonzero(short)
        mdd = sp.csr_array(pi[idx][:, idx].T)
        rhs = e[idx] + (m @ np.where(short, 0.0, pbar))[idx]
        p = pbar.copy()
        p[idx] = np.clip(solve(mdd, rhs, np.minimum(p[idx], pbar[idx]), pbar[idx]), 0.0, pbar[idx])
        new = has & ~short & (e + m @ p < pbar * (1 - TOL))
        if not new.any():
            break
        short |= new
    return p


def reference_stacked(L: Any, E: np.ndarray) -> SimpleNamespace:
    """Plain fictitious default for many scenarios of a small network (stacked dense solves).

    Each round solves, per scenario, ``x_i = pbar_i`` (solvent), ``x_i = 0`` (nothing to pay
    with) or ``x_i - (M x)_i = e_i`` (pays what it has), until no scenario's policy changes.
    """
    pi, pbar = _relative(L, np.zeros(L.shape[0]))
    md = pi.toarray().T
    n = pbar.size
    X = np.repeat(pbar[None, :], E.shape[0], axis=0)
    active = np.arange(E.shape[0])
    prev = None
    for _ in range(2 * n + 2):
        A = E[active] + X[active] @ md.T
        full = (pbar == 0) | (A >= pbar * (1 - TOL))
        lin = ~full & (A > 0)
        pol = np.concatenate([full, lin], axis=1)
        if prev is not None:
            keep = ~np.all(pol == prev, axis=1)
            active, full, lin, pol = active[keep], full[keep], lin[keep], pol[keep]
        if active.size == 0:
            break
        K = np.eye(n) - lin[:, :, None] * md[None, :, :]
        rhs = np.where(lin, E[active], 0.0) + np.where(full, pbar, 0.0)
        X[active] = np.clip(np.linalg.solve(K, rhs[:, :, None])[:, :, 0], 0.0, pbar)
        prev = pol
    return SimpleNamespace(payments=X, defaults=(pbar > 0) & (X < pbar * (1 - TOL)))


# ----------------------------------------------------------------------------------------------
# Timing and the table
# ----------------------------------------------------------------------------------------------


def timed(fn: Callable[[], Any], repeat: int = 3, budget: float = 1.0) -> tuple[float, Any]:
    """Best wall-clock seconds of at least ``repeat`` runs, more (up to 15) while the runs
    take less than ``budget`` seconds together; one run if the first takes over 20 s."""
    best, out, spent, runs = np.inf, None, 0.0, 0
    while runs < repeat or (spent < budget and runs < 15):
        t0 = time.perf_counter()
        out = fn()
        took = time.perf_counter() - t0
        best, spent, runs = min(best, took), spent + took, runs + 1
        if best > 20:
            break
    return best, out


HEADER = (
    f"{'shape':<30}{'n':>8}{'default':>9}  {'library s':>10}  {'FD+LU s':>9}  {'FD+GMRES s':>10}"
    f"  {'ratio':>6}  {'max |p - ref| / pbar':>20}"
)


def row(
    shape: str, n: int, share: float, t_lib: float, refs: dict[str, float | None], diff: float
) -> str:
    """One line: library time, reference times, ratio to the best reference run."""

    def cell(t: float | None, width: int) -> str:
        return f"{'-':>{width}}" if t is None else f"{t:>{width}.3f}"

    run = [t for t in refs.values() if t is not None]
    ratio = t_lib / min(run) if run else float("nan")
    return (
        f"{shape:<30}{n:>8}{share:>9.1%}  {t_lib:>10.3f}  {cell(refs.get('lu'), 9)}  "
        f"{cell(refs.get('gmres'), 10)}  {ratio:>6.2f}  {diff:>20.1e}"
    )


def single(shape: str, L: Any, e: np.ndarray, el: np.ndarray, refs: tuple[str, ...]) -> str:
    """Time the library's default method and the chosen references on one network."""
    t_lib, res = timed(lambda: eisenberg_noe(L, e, el))
    times: dict[str, float | None] = {"lu": None, "gmres": None}
    diff = 0.0
    for name in refs:
        solve = _lu if name == "lu" else _gmres
        times[name], p = timed(lambda s=solve: reference(L, e, el, s))
        diff = max(diff, float(np.max(np.abs(res.payments - p) / np.maximum(res.obligations, 1))))
    if not res.converged:
        raise SystemExit(f"{shape}: the library's result is not verified")
    return row(shape, L.shape[0], res.defaults.mean(), t_lib, times, diff)


def batch(L: Any, E: np.ndarray, el: np.ndarray, refs: tuple[str, ...]) -> str:
    """The batch against a loop of the references over its scenarios."""
    t_lib, res = timed(lambda: eisenberg_noe_batch(L, E, el))
    times: dict[str, float | None] = {"lu": None, "gmres": None}
    diff = 0.0
    for name in refs:
        solve = _lu if name == "lu" else _gmres
        times[name], P = timed(lambda s=solve: np.array([reference(L, x, el, s) for x in E]))
        diff = max(diff, float(np.max(np.abs(res.payments - P) / np.maximum(res.obligations, 1))))
    shape = f"batch of {E.shape[0]} heavy scenarios"
    return row(shape, L.shape[0], res.defaults.mean(), t_lib, times, diff)


def monte_carlo_rows(n_scenarios: int = 10_000, seed: int = 2026) -> list[str]:
    """The chapter's Monte Carlo, with the library's batch and with the stacked reference."""
    from aifin_lib.scenario import build_network, monte_carlo

    def stacked(L: Any, E: np.ndarray, *args: Any, **kwargs: Any) -> SimpleNamespace:
        return reference_stacked(L, np.atleast_2d(E))

    # every scenario module that clears with eisenberg_noe_batch gets the reference instead
    users = [
        mod
        for name, mod in list(sys.modules.items())
        if name.startswith("aifin_lib")
        and not name.startswith(contagion.__name__)  # the package and its own modules
        and getattr(mod, "eisenberg_noe_batch", None) is not None
    ]
    net = build_network()
    monte_carlo(100, seed, net)  # warm-up
    out = []
    for path in ("stagnation", "bust"):
        t_lib, res = timed(lambda p=path: monte_carlo(n_scenarios, seed, net, p))
        for mod in users:
            mod.eisenberg_noe_batch = stacked
        try:
            t_ref, ref = timed(lambda p=path: monte_carlo(n_scenarios, seed, net, p))
        finally:
            for mod in users:
                mod.eisenberg_noe_batch = eisenberg_noe_batch
        diff = float(np.max(np.abs(res.credit_losses - ref.credit_losses)))
        share = float(np.mean(res.default_year >= 0))
        shape = f"Monte Carlo {path} x{n_scenarios}"
        out.append(row(shape, len(net.firms), share, t_lib, {"lu": t_ref}, diff))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="also run the slow LU references")
    full = parser.parse_args().full
    heavy_refs = ("lu", "gmres") if full else ("gmres",)
    print("Eisenberg-Noe clearing, default method against plain fictitious-default references")
    print("(best wall-clock seconds of 3-15 runs, one core; ratio = library / best reference)")
    print(HEADER)
    print("-" * len(HEADER))
    n = 100_000
    L, e, el = random_network(n, hit_share=0.006, seed=n)
    print(single("light shock", L, e, el, ("lu", "gmres")))
    L, e, el = random_network(n, hit_share=0.18, seed=n)
    print(single("heavy shock", L, e, el, heavy_refs))
    L, e, el = ring(20_000)
    print(single("deep cascade (ring)", L, e, el, ("lu",)))
    L, _, _ = random_network(3_000, seed=3_000)
    zero = np.zeros(3_000)
    print(single("no cash, no outside debt", L, zero, zero, heavy_refs))
    L, _, el = random_network(10_000, hit_share=0.18, seed=10_000)
    E = np.array([shocked(L, el, 0.18, seed=k) for k in range(4)])
    print(batch(L, E, el, heavy_refs))
    for line in monte_carlo_rows():
        print(line)
    print()
    print("The FD+GMRES reference is not run on the ring: a chain of k defaulters needs k GMRES")
    print("iterations per round. Without --full the FD+LU reference is not run where SuperLU")
    print("fills in (heavy shock, no cash, batch: minutes).")


if __name__ == "__main__":
    main()
