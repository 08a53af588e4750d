"""Clearing as a linear programme (HiGHS) in recovery rates, polished and verified."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from scipy.optimize import linprog

from .exact import howard_core
from .network import Network
from .problem import VERIFY_RTOL, Problem, residuals
from .warn import warn

__all__ = ["lp_clearing"]


def _lp_payments(net: Network, e: np.ndarray) -> np.ndarray | None:
    """The LP ``max sum z s.t. z_i - sum_j (L_ji / pbar_i) z_j <= e_i / pbar_i, 0 <= z <= 1``
    in recovery rates ``z = p / pbar`` (firms with obligations only); returns ``p``, or
    ``None`` if HiGHS fails.

    Measured per firm, the problem has the same scale whatever the units; rows whose right-hand
    side is at least 1 never bind and are left out.
    """
    idx = np.flatnonzero(net.has)
    p = np.zeros(net.n)
    if idx.size == 0:
        return p
    pb = net.pbar[idx]
    rhs = e[idx] / pb
    rows = np.flatnonzero(rhs < 1.0)
    m = sp.csr_array(net.m)[idx][:, idx]
    coo = sp.coo_array(m[rows])
    a_ub = sp.csr_array(
        (
            np.concatenate([np.ones(rows.size), -coo.data * pb[coo.col] / pb[rows[coo.row]]]),
            (np.concatenate([np.arange(rows.size), coo.row]), np.concatenate([rows, coo.col])),
        ),
        shape=(rows.size, idx.size),
    )
    bounds = np.column_stack([np.zeros(idx.size), np.ones(idx.size)])
    for method in ("highs", "highs-ipm"):
        # scipy-stubs accept neither a sparse A_ub nor an (n, 2) array of bounds; HiGHS takes both
        res = linprog(  # type: ignore[call-overload]
            -np.ones(idx.size), A_ub=a_ub, b_ub=rhs[rows], bounds=bounds, method=method
        )
        if res.status == 0:
            p[idx] = np.clip(res.x, 0.0, 1.0) * pb
            return p
    return None


def lp_clearing(prob: Problem) -> tuple[np.ndarray, np.ndarray, bool]:
    """Greatest clearing vector from the LP, polished and verified.

    The LP's default set is solved exactly and updated from the firms short at the solution
    (policy iteration) until it is stable. The result is certified as the greatest clearing
    vector when it is a fixed point whose default set contains no whole closed class (for
    ``e >= 0`` that is necessary and sufficient). Returns ``(p, wave_of, certified)``.
    """
    net, e = prob.net, prob.e
    short = prob.short(e + net.m @ net.pbar)
    wave_of = np.where(short, 0, -1).astype(np.int64)
    p = _lp_payments(net, e)
    if p is None:  # HiGHS failed: start the polish from the firms short at pbar instead
        warn(
            "method='lp': HiGHS could not solve the clearing LP; polishing from the firms "
            "short when everybody pays in full"
        )
        p, dmask = net.pbar.copy(), short
    else:
        dmask = net.has & (p < net.pbar * (1.0 - 1e-6))
    none = np.zeros(net.n, dtype=bool)
    for _ in range(8):
        if not dmask.any():
            y = net.pbar.copy()
        else:
            solved = howard_core(prob, net.pbar, dmask, none)
            if solved is None:
                break
            y = np.clip(solved, 0.0, net.pbar)
        recv = net.m @ y
        new = prob.short(e + recv)
        p = y
        if np.array_equal(new, dmask):
            break
        dmask = new
    ok = residuals(prob, p)[1] <= VERIFY_RTOL
    ok = ok and not net.holds_closed_class(prob.short(p))  # the default set of p
    return p, wave_of, ok
