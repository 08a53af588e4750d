"""Timing of aifin_lib.circular.circularity on random sparse flow networks.

Run from the repository root::

    PYTHONPATH=. python benchmarks/circular.py

Networks: ``n`` firms, ``n * mean_degree`` directed edges with uniformly random endpoints
(duplicates summed, self-loops kept) and log-normal weights (mu 0, sigma 1), drawn from a
numpy Generator with a fixed seed. Each case is timed ``repeats`` times; the table shows
the best and the median wall-clock time. The min-cost-flow cross-check (pure Python) is
timed on the smaller networks only, and its circularity is compared with the LP's.
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np
import scipy.sparse as sp

from aifin_lib.circular import circularity


def random_network(n: int, mean_degree: float, seed: int) -> sp.csr_array:
    """Seeded random sparse flow matrix with about ``n * mean_degree`` edges."""
    rng = np.random.default_rng(seed)
    m = round(n * mean_degree)
    rows = rng.integers(0, n, m)
    cols = rng.integers(0, n, m)
    w = rng.lognormal(0.0, 1.0, m)
    mat = sp.csr_array((w, (rows, cols)), shape=(n, n))
    mat.sum_duplicates()
    return mat


def time_call(fn, repeats: int) -> tuple[float, float, object]:
    """Best and median wall-clock seconds of ``fn()`` over ``repeats`` runs."""
    times, out = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times), out


def main() -> None:
    """Print the benchmark table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--seed", type=int, default=20250101)
    args = parser.parse_args()

    header = (
        f"{'method':<14}{'firms':>8}{'degree':>8}{'edges':>9}"
        f"{'circularity':>13}{'best s':>9}{'median s':>10}"
    )
    print(header)
    print("-" * len(header))
    for n in (1_000, 10_000):
        for degree in (4, 8):
            w = random_network(n, degree, args.seed)
            best, med, res = time_call(lambda w=w: circularity(w), args.repeats)
            print(
                f"{'lp':<14}{n:>8}{degree:>8}{w.nnz:>9}"
                f"{res.circularity:>13.6f}{best:>9.3f}{med:>10.3f}"
            )
            if n <= 1_000:
                best, med, mcf = time_call(
                    lambda w=w: circularity(w, method="min_cost_flow"), args.repeats
                )
                diff = abs(mcf.circularity - res.circularity)
                print(
                    f"{'min_cost_flow':<14}{n:>8}{degree:>8}{w.nnz:>9}"
                    f"{mcf.circularity:>13.6f}{best:>9.3f}{med:>10.3f}"
                    f"   |diff| = {diff:.1e}"
                )


if __name__ == "__main__":
    main()
