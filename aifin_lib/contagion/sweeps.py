"""Picard sweeps of the clearing map from an upper bound, and plain Picard iteration.

The sweeps touch only the firms whose inflow changed (the frontier): in scalar code while
the frontier is thin (chains, rings), vectorised otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import numpy as np
import scipy.sparse as sp

from .problem import Bound, Problem
from .warn import warn

__all__ = ["picard", "push", "sweeps"]

# Frontier sweeps in scalar code while at most this many firms change (chains, rings).
_SCALAR_FRONTIER = 8


@dataclass
class _Budget:
    """When the sweeps stop: ``cap`` sweeps in all (counted by the bound), or ``patience``
    sweeps in a row without a new sure defaulter (``idle`` counts them)."""

    cap: int
    patience: int
    idle: int = 0

    def left(self, bound: Bound) -> bool:
        return bound.sweeps < self.cap

    def record(self, found: bool) -> None:
        self.idle = 0 if found else self.idle + 1

    def tired(self) -> bool:
        return self.idle >= self.patience


def push(pi: sp.csr_array, idx: np.ndarray, delta: np.ndarray, a: np.ndarray) -> np.ndarray:
    """Add ``Pi[idx, :]^T delta`` to ``a`` in place; return the creditors touched."""
    starts = pi.indptr[idx]
    counts = pi.indptr[idx + 1] - starts
    tot = int(counts.sum())
    if tot == 0:
        return np.empty(0, dtype=np.int64)
    offs = np.cumsum(counts) - counts
    pos = np.arange(tot) - np.repeat(offs - starts, counts)
    cols = pi.indices[pos]
    vals = pi.data[pos] * np.repeat(delta, counts)
    n = a.size
    if tot < n // 64:  # a thin frontier: sort the few creditors
        np.add.at(a, cols, vals)
        return np.unique(cols)
    a += np.bincount(cols, weights=vals, minlength=n)  # a wide one: one pass over the firms
    return np.flatnonzero(np.bincount(cols, minlength=n))


def _scalar_sweeps(
    prob: Problem, bound: Bound, front: np.ndarray, budget: _Budget
) -> tuple[np.ndarray, bool]:
    """Frontier sweeps in scalar code while the frontier is thin (chains, rings).

    Same Jacobi semantics as :func:`sweeps`: all candidates are evaluated on the same ``a``
    before any change is pushed to creditors. Returns ``(front, fixed point reached)``. (The
    loop runs once per sweep on rings of thousands of firms: the budget is read into locals.)
    """
    e, ext, beta, pbar, floor = prob.e, prob.ext, prob.beta, prob.net.pbar, prob.floor
    u, a, short = bound.u, bound.a, bound.short
    pi = cast(sp.csr_array, prob.net.pi)  # scalar sweeps run on sparse networks only
    indptr, indices, data = pi.indptr, pi.indices, pi.data
    cap, patience, idle = budget.cap, budget.patience, budget.idle
    todo = front.tolist()
    fixed = False
    while bound.sweeps < cap and len(todo) <= _SCALAR_FRONTIER:
        changes = []
        for i in todo:
            ai, pb = a[i], pbar[i]
            vi = pb if ai >= pb else max(0.0, ext[i] + beta * (ai - e[i]))
            if vi < u[i]:
                changes.append((i, vi - u[i], vi))
        if not changes:
            fixed = True
            break
        touched: set[int] = set()
        for i, d, vi in changes:
            u[i] = vi
            for k in range(indptr[i], indptr[i + 1]):
                j = indices[k]
                a[j] += data[k] * d
                touched.add(int(j))
        bound.sweeps += 1
        bound.rnd += 1
        found = False
        for j in touched:
            if not short[j] and a[j] < floor[j]:
                short[j] = True
                bound.wave_of[j] = bound.rnd
                found = True
        todo = sorted(touched)
        idle = 0 if found else idle + 1
        if idle >= patience:
            break
    budget.idle = idle
    return np.asarray(todo, dtype=np.int64), fixed


def _vector_sweep(
    prob: Problem, bound: Bound, cand: np.ndarray | None
) -> tuple[np.ndarray | None, np.ndarray] | None:
    """One sweep over the candidates (all firms if ``None``), pushing the changes to the
    creditors. Returns ``(next candidates, new sure defaulters)``, or ``None`` at a fixed
    point."""
    net, e, ext, beta = prob.net, prob.e, prob.ext, prob.beta
    pbar = net.pbar
    idx = np.arange(net.n) if cand is None else cand
    av = bound.a[idx]
    pb = pbar[idx]
    v = np.where(av >= pb, pb, np.maximum(0.0, ext[idx] + beta * (av - e[idx])))
    dec = v < bound.u[idx]
    ch = idx[dec]
    if ch.size == 0:
        return None
    delta = v[dec] - bound.u[ch]
    bound.u[ch] = v[dec]
    bound.sweeps += 1
    bound.rnd += 1
    if ch.size > max(64, net.n // 8) or not isinstance(net.pi, sp.csr_array):
        bound.a[:] = e + net.m @ bound.u
        return None, np.flatnonzero(~bound.short & prob.short(bound.a))
    nxt = push(net.pi, ch, delta, bound.a)
    return nxt, nxt[~bound.short[nxt] & prob.short(bound.a[nxt], nxt)]


def sweeps(
    prob: Problem, bound: Bound, cand: np.ndarray | None, *, cap: int, patience: int
) -> bool:
    """Picard sweeps from the upper bound, touching only firms whose inflow changed.

    ``bound`` is updated in place; ``cand`` are the firms whose inflow changed (``None``:
    all). Stops after ``patience`` sweeps without a new sure defaulter, at a fixed point
    (returns ``True``), or when ``bound.sweeps`` reaches ``cap``.
    """
    budget = _Budget(cap, patience)
    bound.recv = None  # u changes below
    while budget.left(bound):
        if cand is not None and cand.size <= _SCALAR_FRONTIER and prob.net.sparse:
            cand, fixed = _scalar_sweeps(prob, bound, cand, budget)
            if fixed:
                return True
            if budget.tired():
                break
            continue
        step = _vector_sweep(prob, bound, cand)
        if step is None:
            return True
        cand, newly = step
        if newly.size:
            bound.mark(newly)
        budget.record(bool(newly.size))
        if budget.tired():
            break
    return False


def picard(prob: Problem, max_iter: int) -> tuple[np.ndarray, np.ndarray, int, bool]:
    """Plain Picard iteration from ``pbar`` until no firm's step exceeds its tolerance.

    Returns ``(p, wave_of, sweeps, converged)``; warns if ``max_iter`` sweeps do not suffice.
    """
    net = prob.net
    u = net.pbar.copy()
    wave_of = np.full(net.n, -1, dtype=np.int64)
    step = 0.0
    for it in range(max_iter):
        recv = net.m @ u
        v = prob.phi(u, recv)
        wave_of[(wave_of < 0) & prob.short(prob.e + recv)] = it
        diff = np.abs(v - u)
        u = v
        if np.all(diff <= prob.tolv):
            return u, wave_of, it + 1, True
        step = float(np.max(diff))
    warn(
        f"picard: not converged within max_iter={max_iter} sweeps (last step {step:.3g}); "
        "use method='krylov' for an exact answer"
    )
    return u, wave_of, max_iter, False
