"""Benchmark of the clearing solvers in ``aifin_lib.contagion`` (prints a table; not a test).

Run from the repository root::

    python benchmarks/contagion.py

Three workloads:

1. Eisenberg-Noe on random sparse networks (10^4 and 10^5 firms, mean out-degree 8, seeded)
   with every solver (the linear programme, HiGHS, is timed once, not best of 3).
2. A deep-cascade ring of 20,000 firms in which every round of the cascade adds exactly one
   default (the worst case for round-by-round algorithms and for Picard iteration).
3. 10,000 Monte Carlo scenarios of shocked external assets on a small network (30 firms),
   batched against a plain loop over scenarios. Any liabilities matrix can be passed to
   :func:`monte_carlo`; the seeded 30-firm network here is an illustration, not data.

All networks are synthetic (assumptions for timing only, no figures from the book).
"""

from __future__ import annotations

import runpy
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aifin_lib.contagion import eisenberg_noe, eisenberg_noe_batch


def random_network(
    n: int, mean_degree: float = 8.0, seed: int = 0
) -> tuple[sp.csr_array, np.ndarray, np.ndarray]:
    """Seeded random sparse network: ``(liabilities, external_assets, external_liabilities)``.

    Each firm owes ``mean_degree`` randomly chosen creditors on average (log-normal amounts);
    pari-passu external debt is log-normal; external assets give every firm a capital buffer
    of 4% of its obligations, after which 2% of the firms lose 80% of their external assets.
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
    hit = rng.random(n) < 0.02
    e[hit] *= 0.2
    return L, e, el


def ring(n: int) -> tuple[sp.csr_array, np.ndarray, np.ndarray]:
    """Ring ``i -> i+1`` owing 1 each; firm 0 also owes 1 outside and has 0.5 in cash.

    Firm 0 is short, pays 1.0, of which half reaches firm 1, which defaults, and so on round
    the ring: round ``k`` of the fictitious default algorithm adds firm ``k``. The greatest
    clearing vector is ``p_0 = 1`` and ``p_i = 1/2`` otherwise; Picard iteration converges
    to it only by a factor 1/2 per trip round the ring.
    """
    idx = np.arange(n)
    L = sp.csr_array((np.ones(n), (idx, (idx + 1) % n)), shape=(n, n))
    e = np.zeros(n)
    e[0] = 0.5
    el = np.zeros(n)
    el[0] = 1.0
    return L, e, el


def small_network(n: int = 30, seed: int = 1) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Seeded dense 30-firm network (placeholder until the chapter network is built)."""
    rng = np.random.default_rng(seed)
    L = rng.lognormal(0.0, 1.0, (n, n)) * (rng.random((n, n)) < 0.25)
    np.fill_diagonal(L, 0.0)
    el = rng.lognormal(1.0, 0.5, n)
    pbar = L.sum(axis=1) + el
    e = np.maximum(pbar - L.sum(axis=0), 0.0) + 0.05 * pbar
    return L, e, el


def monte_carlo(
    liabilities: Any,
    external_assets: np.ndarray,
    external_liabilities: np.ndarray | None = None,
    n_scenarios: int = 10_000,
    sigma: float = 0.3,
    seed: int = 2,
) -> np.ndarray:
    """Scenarios ``(S, n)`` of log-normally shocked external assets (mean preserved)."""
    rng = np.random.default_rng(seed)
    z = rng.standard_normal((n_scenarios, np.size(external_assets)))
    return np.asarray(external_assets)[None, :] * np.exp(sigma * z - 0.5 * sigma**2)


def timed(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    best, out = np.inf, None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def row(case: str, n: int, method: str, seconds: float, res: Any, note: str = "") -> str:
    if res is None:
        return f"{case:<22}{n:>8}  {method:<20}{'-':>10}  {note}"
    return (
        f"{case:<22}{n:>8}  {res.method:<20}{seconds:>10.4f}{int(res.defaults.sum()):>9}"
        f"{len(res.waves):>7}{res.iterations:>8}{res.solves:>7}{res.residual:>11.1e}  {note}"
    )


def main() -> None:
    print("Eisenberg-Noe clearing: best of 3 wall-clock seconds, one process")
    print(
        f"{'case':<22}{'n':>8}  {'method':<20}{'seconds':>10}{'defaults':>9}{'waves':>7}"
        f"{'sweeps':>8}{'solves':>7}{'residual':>11}"
    )
    for n in (10_000, 100_000):
        L, e, el = random_network(n, seed=n)
        ref = None
        for method in ("hybrid", "fictitious_default", "picard", "lp"):
            rep = 1 if method == "lp" else 3
            t, res = timed(lambda m=method, L=L, e=e, el=el: eisenberg_noe(L, e, el, method=m), rep)
            if ref is None:
                ref = res
            diff = float(np.max(np.abs(res.equity - ref.equity)))
            print(row("random sparse", n, method, t, res, f"max |equity - hybrid| {diff:.1e}"))

    n = 20_000
    L, e, el = ring(n)
    t, res = timed(lambda: eisenberg_noe(L, e, el, method="hybrid"))
    exact = np.r_[1.0, np.full(n - 1, 0.5)]
    err = float(np.max(np.abs(res.payments - exact)))
    print(row("deep-cascade ring", n, "hybrid", t, res, f"max |p - exact| {err:.1e}"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        t, res = timed(lambda: eisenberg_noe(L, e, el, method="picard", max_iter=5_000), 1)
    err = float(np.max(np.abs(res.payments - exact)))
    note = f"stopped at max_iter=5000, converged={res.converged}, |p - exact| {err:.1e}"
    print(row("deep-cascade ring", n, "picard", t, res, note))
    n_fd = 2_000
    L2, e2, el2 = ring(n_fd)
    t, res = timed(lambda: eisenberg_noe(L2, e2, el2, method="fictitious_default"), 1)
    print(row("deep-cascade ring", n_fd, "fictitious_default", t, res, "one LU per round"))

    print()
    L, e, el = small_network()
    E = monte_carlo(L, e, el, n_scenarios=10_000)
    t_batch, b = timed(lambda: eisenberg_noe_batch(L, E, el))
    t_loop, loop = timed(
        lambda: np.array([eisenberg_noe(L, E[s], el).payments for s in range(len(E))]), 1
    )
    print(f"Monte Carlo: {E.shape[0]} scenarios of a {L.shape[0]}-firm network")
    print(
        f"  batched eisenberg_noe_batch : {t_batch:8.3f} s  (sweeps {b.sweeps}, policy rounds "
        f"{b.policy_iterations}, solve rounds {b.solves}, fallbacks {b.fallbacks})"
    )
    print(f"  loop of eisenberg_noe       : {t_loop:8.3f} s")
    print(
        f"  speed-up {t_loop / t_batch:6.1f}x; max |batch - loop| "
        f"{np.max(np.abs(b.payments - loop)):.1e}; max residual {b.residual.max():.1e}; "
        f"mean defaults per scenario {b.defaults.sum(axis=1).mean():.2f}"
    )

    # The chapter's own network, cleared year by year (same run, side by side).
    print()
    print("Monte Carlo of the stagnation chapter's network (benchmarks/scenario.py):")
    runpy.run_path(str(Path(__file__).with_name("scenario.py")), run_name="__main__")


if __name__ == "__main__":
    main()
