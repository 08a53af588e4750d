"""Benchmark of the stagnation scenario's Monte Carlo (prints a table; not a test).

Run from the repository root::

    python benchmarks/scenario.py

10,000 scenarios of the chapter's network (:func:`aifin_lib.scenario.build_network`, the
tables ``data/calibration.csv`` and ``data/assumptions.csv``), each cleared year by year over
the whole horizon:
vectorised (:func:`~aifin_lib.scenario.monte_carlo`, which clears all scenarios that share
the same set of surviving firms with one call of
:func:`~aifin_lib.contagion.eisenberg_noe_batch`) against a plain loop of
:func:`~aifin_lib.scenario.run_scenario`. The loop is timed on a subset and scaled; the
results of both are compared on that subset. Single-threaded BLAS is requested so that
the timing is for one core.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aifin_lib.scenario import build_network, monte_carlo  # noqa: E402

N = 10_000
N_LOOP = 500
SEED = 2026


def best_of(k: int, fn) -> tuple[float, object]:
    """Best wall-clock time of ``k`` runs and the last result."""
    best, out = float("inf"), None
    for _ in range(k):
        start = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - start)
    return best, out


def main() -> None:
    net = build_network()
    monte_carlo(100, SEED, net)  # warm-up
    print(f"Stagnation scenario: {len(net.firms)} nodes, {len(net.years)} years cleared")
    for path in ("stagnation", "bust"):
        t_batch, batch = best_of(3, lambda p=path: monte_carlo(N, SEED, net, p))
        sub = monte_carlo(N_LOOP, SEED, net, path)
        t_loop, loop = best_of(1, lambda p=path: monte_carlo(N_LOOP, SEED, net, p, batched=False))
        same = bool((sub.default_year == loop.default_year).all()) and bool(
            np.allclose(sub.credit_losses, loop.credit_losses, atol=1e-9)
        ) and bool(np.allclose(sub.lost_revenue, loop.lost_revenue, atol=1e-9))
        t_loop_full = t_loop * N / N_LOOP
        print(f"  path {path!r}")
        rows = [
            (f"batched, {N} scenarios (best of 3)", f"{t_batch:8.3f} s"),
            (f"loop, {N_LOOP} scenarios, scaled to {N}", f"{t_loop_full:8.3f} s"),
            ("speed-up", f"{t_loop_full / t_batch:8.1f} x"),
            ("batch equals loop on the subset", f"{same!s:>8}"),
            ("mean defaults per scenario", f"{batch.n_defaults.mean():8.3f}"),
        ]
        for label, value in rows:
            print(f"    {label:<42}: {value}")


if __name__ == "__main__":
    main()
