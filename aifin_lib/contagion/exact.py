"""The greatest clearing vector by fictitious-default rounds with exact solves of the default set.

Each round solves the payments of the sure defaulters (everybody else paying in full) by
policy iteration (Howard's algorithm); closed classes inside the default set are solved apart
from below. Optionally, Picard sweeps between the rounds find sure defaulters cheaply.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from .network import Matrix
from .problem import Bound, Problem
from .sweeps import sweeps
from .warn import warn

__all__ = ["howard_core", "solve_greatest"]


def _block(sub: Matrix, q: np.ndarray) -> Matrix:
    """``sub[q, q]`` of a sparse or dense block."""
    if isinstance(sub, sp.csr_array):
        return sub[q][:, q]
    return sub[np.ix_(q, q)]


def howard_core(
    prob: Problem, u: np.ndarray, dmask: np.ndarray, zmask: np.ndarray
) -> np.ndarray | None:
    """Exact payments of the default set ``dmask`` (others pay in full).

    Solves ``x_D = max(0, ext_D + beta * (M x)_D)`` with ``x = pbar`` off ``D`` by policy
    iteration (Howard's algorithm) started at the upper bound ``u``; firms
    in ``zmask`` are known to pay zero. For ``ext >= 0`` this is a single linear solve. Works
    on the block ``M[D, D]`` only. Returns ``x``, or ``None`` if a policy matrix is singular.
    """
    net, beta = prob.net, prob.beta
    pbar = net.pbar
    didx = np.flatnonzero(dmask)
    mdd = net.sub(didx)
    ud = u[didx]
    # inflow into D from firms outside D, all paying in full (computed directly: taking
    # M_DD u_D off the inflow at u would cancel away the digits of small inflows)
    outside = net.mdot(didx, np.where(dmask, 0.0, pbar))
    ext_d = prob.ext[didx]
    zd = zmask[didx]
    scale = pbar[didx]
    xd = ud.copy()
    prev: np.ndarray | None = None
    for _ in range(didx.size + 2):
        val = ext_d + beta * (outside + mdd @ xd)
        pol = ~zd & (val >= 0)
        if prev is not None and np.array_equal(pol, prev):
            x = u.copy()
            x[~dmask] = pbar[~dmask]
            x[didx] = xd
            return x
        q = np.flatnonzero(pol)
        sub = mdd if q.size == didx.size else _block(mdd, q)
        sol = prob.linear.solve(sub, ext_d[q] + beta * outside[q], xd[q], scale[q])
        if sol is None:
            return None
        xd = np.zeros(didx.size)
        xd[q] = np.maximum(sol, 0.0)
        prev = pol
    return None


def _closed_lcp(
    prob: Problem, cidx: np.ndarray, b: np.ndarray, zero: np.ndarray, lab: np.ndarray
) -> np.ndarray | None:
    """Solve ``x = max(0, b + beta M_CC x)`` on a union ``cidx`` of closed classes, from below.

    ``lab`` labels the classes (``M_CC`` is block diagonal). The linear set ``P`` grows
    monotonically; ``None`` if it would contain a whole class (singular, ``sum b_C >= 0``).
    """
    beta = prob.beta
    sub = prob.net.sub(cidx)
    scale = prob.net.pbar[cidx]
    k = b.size
    size = np.bincount(lab)
    if beta >= 1.0 and np.any(np.bincount(lab[b >= 0], minlength=size.size) == size):
        # A closed class without senior debt cannot be wholly in default at the greatest
        # clearing vector; it got there by rounding at a break-even point.
        return None
    x = np.zeros(k)
    pol = np.zeros(k, dtype=bool)
    for _ in range(k + 1):
        new = ~zero & (b + beta * (sub @ x) > 0)
        if np.array_equal(new, pol):
            return x
        if beta >= 1.0 and np.any(np.bincount(lab[new], minlength=size.size) == size):
            return None
        q = np.flatnonzero(new)
        sol = prob.linear.solve(_block(sub, q), b[q], x[q], scale[q])
        if sol is None:
            return None
        x = np.zeros(k)
        x[q] = np.maximum(sol, 0.0)
        pol = new
    return None


def _howard(
    prob: Problem, bound: Bound, zmask: np.ndarray, check_closed: bool
) -> np.ndarray | None:
    """Exact payments of the default set ``bound.short``; closed classes inside it solved apart.

    A closed class ``C`` (firms owing only each other) pays nothing outside itself, so once
    everybody else is solved, ``x_C = max(0, b_C + beta M_CC x_C)`` is a separate problem with
    known ``b_C``. For ``beta = 1`` its matrix is singular; it is solved from below
    (Chandrasekaran's algorithm), where every intermediate block is a proper subset of ``C``.
    The solution is unique unless ``sum b_C = 0`` (then ``None`` is returned).
    """
    net, dmask = prob.net, bound.short
    if not (check_closed and net.holds_closed_class(dmask)):
        return howard_core(prob, bound.u, dmask, zmask)
    label, size = net.closed_classes()
    lab = label[dmask]
    cnt = np.bincount(lab[lab >= 0], minlength=size.size)
    in_full = np.isin(label, np.flatnonzero((cnt > 0) & (cnt == size)))
    rest = dmask & ~in_full
    if rest.any():
        x = howard_core(prob, bound.u, rest, zmask)
        if x is None:
            return None
    else:
        x = bound.u.copy()
        x[~dmask] = net.pbar[~dmask]
    x[in_full] = 0.0
    inflow = net.m @ x  # closed classes receive nothing from each other
    cidx = np.flatnonzero(in_full)
    b = prob.ext[cidx] + prob.beta * inflow[cidx]
    _, lab_c = np.unique(label[cidx], return_inverse=True)
    xc = _closed_lcp(prob, cidx, b, zmask[cidx], lab_c.ravel())
    if xc is None:
        return None
    x[cidx] = xc
    return x


class _Fallback:
    """Picard sweeps from the upper bound when a default class is singular: a budget that
    doubles on every use."""

    def __init__(self) -> None:
        self.used = False
        self.budget = 8

    def sweep(self, prob: Problem, bound: Bound, max_iter: int) -> bool | None:
        """More sweeps; ``True`` at a fixed point, ``None`` if ``max_iter`` was reached."""
        self.used = True
        if bound.sweeps >= max_iter:
            warn(
                "clearing: singular default class and max_iter reached; returning the "
                "Picard upper bound"
            )
            return None
        cap = min(max_iter, bound.sweeps + self.budget)
        self.budget *= 2
        return sweeps(prob, bound, None, cap=cap, patience=cap + 1)


def solve_greatest(
    prob: Problem, *, max_iter: int, use_sweeps: bool
) -> tuple[np.ndarray, Bound, bool, bool]:
    """Greatest clearing vector by fictitious-default rounds (optionally with Picard sweeps).

    Invariant: ``bound.u`` is an upper bound of the greatest clearing vector with
    ``Phi(u) <= u``; every firm in ``bound.short`` is short at some upper bound and hence a sure
    defaulter. Each exact step solves the default set's payments with everybody else paying in
    full; the result is a new upper bound, and the algorithm stops when nobody else is short at
    it. Returns ``(p, bound, used_fallback, converged)``.
    """
    net = prob.net
    bound = Bound.start(prob)
    fallback = _Fallback()
    check_closed = prob.beta >= 1.0
    # Only the firms short at pbar pay less after the first sweep: start the frontier there.
    cand: np.ndarray | None = np.flatnonzero(bound.short)
    while True:
        if use_sweeps and (cand is None or cand.size):
            # the sweeps mark every firm they find short (the exact solve below does not use
            # the cash they update, which carries their rounding)
            sweeps(prob, bound, cand, cap=max(bound.sweeps + 1, max_iter), patience=2)
        if not bound.short.any():
            bound.recv = None
            return net.pbar.copy(), bound, fallback.used, True
        zmask = bound.short & (prob.ext + prob.beta * (bound.a - prob.e) <= 0)
        y = _howard(prob, bound, zmask, check_closed)
        if y is None:
            # A closed class of firms would have to be solved as a block: singular. More Picard
            # sweeps from the upper bound reveal which of them pay zero; then try again.
            fixed = fallback.sweep(prob, bound, max_iter)
            if fixed is None or fixed:
                return bound.u, bound, True, fixed is not None
            cand = np.empty(0, dtype=np.int64)
            continue
        y = np.minimum(y, net.pbar)
        recv = net.m @ y
        a_y = prob.e + recv
        new = np.flatnonzero(~bound.short & prob.short(a_y))
        bound.u, bound.a, bound.recv = y, a_y, recv
        if new.size == 0:
            return y, bound, fallback.used, True
        bound.rnd += 1
        bound.mark(new)
        cand = new
