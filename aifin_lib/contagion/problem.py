"""One clearing problem, its upper bound, and the verified result.

Shared by Eisenberg-Noe (``beta = 1``, ``ext = e``) and Rogers-Veraart (default costs).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

import numpy as np

from .linalg import LinearSolver
from .network import Network
from .results import ClearingResult
from .warn import warn

__all__ = ["VERIFY_RTOL", "Bound", "Problem", "clearing_result", "residuals"]

#: A clearing vector is reported as converged only if no firm's clearing residual exceeds
#: ``max(tol, VERIFY_RTOL)`` of its obligations.
VERIFY_RTOL = 1e-9


@dataclass
class Problem:
    """One clearing problem.

    ``p_i = pbar_i`` if ``e_i + (M p)_i >= pbar_i - tolv_i``, else
    ``max(0, ext_i + beta (M p)_i)``; ``tolv = tol * pbar`` is the tolerance of each firm.
    """

    net: Network
    e: np.ndarray
    ext: np.ndarray
    beta: float
    tol: float
    linear: LinearSolver
    tolv: np.ndarray = field(init=False)
    floor: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        pbar = self.net.pbar
        self.tolv = self.tol * pbar
        # a firm is short when its cash is below floor (never, without obligations)
        self.floor = np.where(self.net.has, pbar - self.tolv, -np.inf)

    def phi(self, p: np.ndarray, recv: np.ndarray | None = None) -> np.ndarray:
        """The clearing map at ``p`` (``recv = M p`` if known)."""
        if recv is None:
            recv = self.net.m @ p
        pbar = self.net.pbar
        solvent = self.e + recv >= pbar - self.tolv  # the default test of the solvers
        return np.where(solvent, pbar, np.maximum(0.0, self.ext + self.beta * recv))

    def short(self, a: np.ndarray, idx: np.ndarray | slice = slice(None)) -> np.ndarray:
        """Firms ``idx`` short with cash ``a`` (= ``e + M u`` on ``idx``)."""
        return a < self.floor[idx]


@dataclass
class Bound:
    """An upper bound ``u >= p*`` with ``Phi(u) <= u``, its cash ``a = e + M u``, and the sure
    defaulters found so far (firms short at some upper bound) with the round of each."""

    u: np.ndarray
    a: np.ndarray
    short: np.ndarray
    wave_of: np.ndarray
    rnd: int = 0
    sweeps: int = 0
    recv: np.ndarray | None = None  # M u, where known (for the final answer)

    @classmethod
    def start(cls, prob: Problem) -> Bound:
        """Everybody pays in full; round 0 holds the fundamental defaults."""
        u = prob.net.pbar.copy()
        a = prob.e + prob.net.m @ u
        short = prob.short(a)
        wave_of = np.where(short, 0, -1).astype(np.int64)
        return cls(u, a, short, wave_of)

    def mark(self, idx: np.ndarray) -> None:
        """Firms ``idx`` are sure defaulters, found in the current round."""
        self.short[idx] = True
        self.wave_of[idx] = self.rnd


def residuals(prob: Problem, p: np.ndarray, recv: np.ndarray | None = None) -> tuple[float, float]:
    """Largest clearing residual ``|Phi(p) - p|``: in USD billions, and of a firm as a
    fraction of its obligations."""
    pbar = prob.net.pbar
    r = np.abs(prob.phi(p, recv) - p)
    if not np.all(np.isfinite(r)):
        return math.inf, math.inf
    rel = float(np.max(r / np.where(pbar > 0, pbar, 1.0), initial=0.0))
    return float(np.max(r, initial=0.0)), rel


def _waves(wave_of: np.ndarray, defaults: np.ndarray) -> list[list[int]]:
    """Defaulting firms grouped by the round in which they were found."""
    idx = np.flatnonzero(defaults)
    w = wave_of[idx]
    w = np.where(w < 0, np.iinfo(np.int64).max, w)  # unknown round: last
    order = np.argsort(w, kind="stable")
    idx, w = idx[order], w[order]
    bounds = [0, *(np.flatnonzero(np.diff(w)) + 1).tolist(), idx.size]
    ids = idx.tolist()
    return [ids[lo:hi] for lo, hi in itertools.pairwise(bounds)] if ids else []


def clearing_result(
    prob: Problem,
    p: np.ndarray,
    *,
    wave_of: np.ndarray,
    method: str,
    iterations: int,
    converged: bool,
    received: np.ndarray | None = None,
) -> ClearingResult:
    """Assemble the result (``received = M p`` if known); a vector whose residual fails the
    check is never reported as converged. The linear solves are counted by ``prob.linear``."""
    net = prob.net
    pbar = net.pbar
    if received is None:
        received = net.m @ p
    net_worth = prob.e + received - pbar
    defaults = prob.short(p)
    recovery = np.ones(net.n)
    recovery[net.has] = p[net.has] / pbar[net.has]
    limit = max(prob.tol, VERIFY_RTOL)
    residual, rel = residuals(prob, p, received)
    if converged and rel > limit:
        warn(
            f"clearing ({method}): the result is not a clearing vector to within {limit:.0e} "
            "of each firm's obligations; reported as not converged"
        )
        converged = False
    return ClearingResult(
        payments=p,
        defaults=defaults,
        equity=np.maximum(net_worth, 0.0),
        net_worth=net_worth,
        waves=_waves(wave_of, defaults),
        method=method,
        residual=residual,
        recovery_rate=recovery,
        shortfall=float(np.sum(pbar - p)),
        obligations=pbar,
        received=received,
        iterations=int(iterations),
        solves=int(prob.linear.solves),
        converged=bool(converged),
    )
