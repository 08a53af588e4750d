"""Financial-network contagion: clearing payments, default costs, DebtRank and Furfine cascades.

Four models of how losses travel through a network of obligations, implemented exactly and
sparse-aware:

- :func:`eisenberg_noe`: the clearing payment vector of Eisenberg and Noe (2001), with four
  solvers (fictitious default, a Picard/sparse-LU hybrid, Picard iteration, linear programme);
  :func:`eisenberg_noe_batch` solves many scenarios of external assets at once.
- :func:`rogers_veraart`: clearing with default costs (Rogers and Veraart 2013).
- :func:`debtrank` / :func:`debtrank_batch`: distress propagation, single-hit (Battiston et al.
  2012) and linear (Bardoscia et al. 2015).
- :func:`furfine`: sequential defaults without recoveries feeding back (Furfine 2003).

Conventions
-----------
- ``liabilities[i, j] >= 0`` is the nominal amount firm ``i`` owes firm ``j`` (row = debtor,
  column = creditor), in USD billions, due at one common clearing date; the diagonal is zero.
  Dense ``numpy`` arrays and ``scipy.sparse`` arrays/matrices are accepted; sparse input is
  never densified.
- ``external_assets[i]`` is firm ``i``'s *net* external position in USD billions: external
  (non-network) assets minus senior external debt. It may be negative; a firm then pays its
  network creditors nothing until the senior deficit is covered (the NEVA convention of
  Barucca et al. 2020: network creditors absorb losses first, payments are floored at zero).
- ``external_liabilities[i] >= 0`` (optional) is external debt that ranks *pari passu* with
  network debt (Glasserman-Young; Gandy-Veraart): it is added to the total obligation
  ``pbar[i] = sum_j liabilities[i, j] + external_liabilities[i]`` and outside creditors share
  losses pro rata. Without it the original Eisenberg-Noe convention applies.
- ``exposures[i, j] >= 0`` (DebtRank, Furfine) is the asset view: the exposure of ``i`` to
  ``j``, i.e. ``liabilities.T``.
- Recovery rates, distress, weights and loss-given-default are fractions, not percents.
"""

from __future__ import annotations

import itertools
import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp
from scipy.optimize import linprog
from scipy.sparse.csgraph import connected_components
from scipy.sparse.linalg import splu

__all__ = [
    "EN_METHODS",
    "BatchClearingResult",
    "BatchDebtRankResult",
    "ClearingResult",
    "DebtRankResult",
    "FurfineResult",
    "debtrank",
    "debtrank_batch",
    "eisenberg_noe",
    "eisenberg_noe_batch",
    "furfine",
    "rogers_veraart",
]

#: Solvers accepted by :func:`eisenberg_noe`.
EN_METHODS: tuple[str, ...] = ("auto", "fictitious_default", "hybrid", "picard", "lp")

# Dense inputs up to this size are solved with the (dense) fictitious default algorithm
# when ``method="auto"``; larger or sparse inputs use the sparse hybrid.
_AUTO_DENSE_MAX = 256


# ----------------------------------------------------------------------------------------------
# Result types
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClearingResult:
    """Clearing payments of a network of obligations (Eisenberg-Noe or Rogers-Veraart).

    Attributes
    ----------
    payments : numpy.ndarray
        Clearing payment ``p[i]`` of each firm to all its (network and pari-passu external)
        creditors, USD billions, ``0 <= p <= obligations``. The greatest clearing vector.
    defaults : numpy.ndarray
        Boolean, ``True`` where a firm pays less than it owes (``p < pbar`` beyond a relative
        tolerance of ``tol``). Firms without obligations never default.
    equity : numpy.ndarray
        ``max(0, net_worth)``, USD billions.
    net_worth : numpy.ndarray
        ``external_assets + received - obligations`` (book value of external assets), USD
        billions; negative for defaulters.
    waves : list of list of int
        Defaulting firms by the round in which the solver found them; round 0 holds the
        fundamental defaults (short even if every debtor pays in full). For
        ``"fictitious_default"`` and :func:`rogers_veraart` the rounds are those of the
        fictitious default (GA) algorithm; for ``"hybrid"`` and ``"picard"`` a round is a
        Picard sweep from ``pbar`` (plus one round per exact solve for the hybrid); ``"lp"``
        reports round 0 and then all other defaulters in one list. Empty rounds are dropped.
    method : str
        The solver actually used (``"auto"`` resolved; ``"+picard"`` appended when a singular
        system forced Picard sweeps).
    residual : float
        ``max |Phi(p) - p|``, the fixed-point residual of the clearing map, USD billions.
    recovery_rate : numpy.ndarray
        ``p / pbar`` (1 where ``pbar = 0``), fraction.
    shortfall : float
        ``sum(pbar - p)``, total unpaid obligations, USD billions.
    obligations : numpy.ndarray
        ``pbar``, total nominal obligations, USD billions.
    received : numpy.ndarray
        ``sum_j Pi[j, i] p[j]``, payments received from the network, USD billions.
    iterations : int
        Picard sweeps performed (full or frontier-restricted).
    solves : int
        Linear systems solved.
    converged : bool
        ``False`` only if an iterative phase hit ``max_iter`` (a warning is issued too).
    """

    payments: np.ndarray
    defaults: np.ndarray
    equity: np.ndarray
    net_worth: np.ndarray
    waves: list[list[int]]
    method: str
    residual: float
    recovery_rate: np.ndarray
    shortfall: float
    obligations: np.ndarray
    received: np.ndarray
    iterations: int
    solves: int
    converged: bool


@dataclass(frozen=True)
class BatchClearingResult:
    """Eisenberg-Noe clearing for ``S`` scenarios of external assets on one network.

    Attributes
    ----------
    payments, defaults, equity, net_worth : numpy.ndarray
        Shape ``(S, n)``; as in :class:`ClearingResult`, row ``s`` for scenario ``s``.
    residual : numpy.ndarray
        Shape ``(S,)``, fixed-point residual per scenario, USD billions.
    obligations : numpy.ndarray
        Shape ``(n,)``, ``pbar``.
    sweeps : int
        Vectorised Picard sweeps over all scenarios.
    policy_iterations : int
        Rounds of grouped exact solves.
    solves : int
        Networks with ``n > 200``: distinct linear systems factorised (one per distinct
        policy); smaller networks: rounds of stacked dense solves (one system per scenario).
    fallbacks : int
        Scenarios handed to the single-scenario solver :func:`eisenberg_noe`.
    """

    payments: np.ndarray
    defaults: np.ndarray
    equity: np.ndarray
    net_worth: np.ndarray
    residual: np.ndarray
    obligations: np.ndarray
    sweeps: int
    policy_iterations: int
    solves: int
    fallbacks: int


@dataclass(frozen=True)
class DebtRankResult:
    """Outcome of a DebtRank distress propagation.

    Attributes
    ----------
    distress : numpy.ndarray
        Final relative equity loss ``h[i]`` in ``[0, 1]`` (1 = default), fraction.
    debtrank : float
        ``R = sum_i v_i h_i(T) - sum_i v_i h_i(1)``: weighted distress caused by propagation,
        the initial shock excluded, fraction of total economic value.
    initial_distress : numpy.ndarray
        ``h(1)``: the clipped shock, with 1 for firms whose equity is already ``<= 0``.
    weights : numpy.ndarray
        Normalised economic weights ``v`` (sum 1).
    rounds : int
        Propagation rounds performed.
    variant : str
        ``"single_hit"`` or ``"linear"``.
    """

    distress: np.ndarray
    debtrank: float
    initial_distress: np.ndarray
    weights: np.ndarray
    rounds: int
    variant: str


@dataclass(frozen=True)
class BatchDebtRankResult:
    """DebtRank for ``S`` shock scenarios at once.

    Attributes
    ----------
    distress, initial_distress : numpy.ndarray
        Shape ``(S, n)``.
    debtrank : numpy.ndarray
        Shape ``(S,)``.
    weights : numpy.ndarray
        Shape ``(n,)``, normalised.
    rounds : int
        Rounds until every scenario stopped.
    variant : str
        ``"single_hit"`` or ``"linear"``.
    """

    distress: np.ndarray
    debtrank: np.ndarray
    initial_distress: np.ndarray
    weights: np.ndarray
    rounds: int
    variant: str


@dataclass(frozen=True)
class FurfineResult:
    """Outcome of a Furfine sequential-default simulation.

    Attributes
    ----------
    failure_round : numpy.ndarray
        Integer round in which each firm fails: 0 for the initial failures, ``k >= 1`` for
        contagion round ``k``, -1 for firms that never fail.
    failed : numpy.ndarray
        Boolean, ``failure_round >= 0``.
    waves : list of list of int
        Firms by failure round (``waves[0]`` = initial failures).
    losses : numpy.ndarray
        Final cumulative credit losses ``theta_j * sum_{j failed} X[i, j]``, USD billions.
    rounds : int
        Number of contagion rounds (last round with a new failure).
    """

    failure_round: np.ndarray
    failed: np.ndarray
    waves: list[list[int]]
    losses: np.ndarray
    rounds: int


# ----------------------------------------------------------------------------------------------
# Validation helpers
# ----------------------------------------------------------------------------------------------


def _square(x: Any, name: str) -> tuple[np.ndarray | sp.csr_array, bool]:
    """Validate a non-negative square matrix with zero diagonal; keep sparse input sparse."""
    if sp.issparse(x):
        if len(x.shape) != 2 or x.shape[0] != x.shape[1]:
            raise ValueError(f"{name} must be a square 2-D matrix, got shape {x.shape}")
        m = sp.csr_array(x, dtype=np.float64)
        if not (m.has_canonical_format and np.all(m.data != 0)):
            m = m.copy()  # never modify the caller's matrix
            m.sum_duplicates()
            m.eliminate_zeros()
        if not np.all(np.isfinite(m.data)):
            raise ValueError(f"{name} must be finite (no NaN or inf)")
        if np.any(m.data < 0):
            raise ValueError(f"{name} must be non-negative")
        if np.any(m.diagonal() != 0):
            raise ValueError(f"{name} must have a zero diagonal (no self-loops)")
        return m, True
    try:
        arr = np.array(x, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{name} must be a numeric 2-D array or scipy.sparse matrix") from exc
    if arr.ndim != 2 or arr.shape[0] != arr.shape[1]:
        raise ValueError(f"{name} must be a square 2-D array, got shape {arr.shape}")
    if not np.all(np.isfinite(arr)):
        raise ValueError(f"{name} must be finite (no NaN or inf)")
    if np.any(arr < 0):
        raise ValueError(f"{name} must be non-negative")
    if np.any(np.diag(arr) != 0):
        raise ValueError(f"{name} must have a zero diagonal (no self-loops)")
    return arr, False


def _vector(x: Any, n: int, name: str, *, nonneg: bool = False) -> np.ndarray:
    """Validate a finite float vector of length ``n``."""
    try:
        v = np.array(x, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{name} must be a numeric 1-D array of length {n}") from exc
    if v.shape != (n,):
        raise ValueError(f"{name} must have shape ({n},), got shape {v.shape}")
    if not np.all(np.isfinite(v)):
        raise ValueError(f"{name} must be finite (no NaN or inf)")
    if nonneg and np.any(v < 0):
        raise ValueError(f"{name} must be non-negative")
    return v


def _fraction(x: Any, name: str) -> float:
    try:
        f = float(x)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{name} must be a number in [0, 1]") from exc
    if not (0.0 <= f <= 1.0):
        raise ValueError(f"{name} must lie in [0, 1], got {f!r}")
    return f


# ----------------------------------------------------------------------------------------------
# The network object used by all clearing solvers
# ----------------------------------------------------------------------------------------------


class _Net:
    """Relative liabilities of a validated network, dense or sparse (CSR)."""

    def __init__(self, L: np.ndarray | sp.csr_array, el: np.ndarray, sparse: bool) -> None:
        n = L.shape[0]
        self.n = n
        self.sparse = sparse
        self.el = el
        rows = np.asarray(L.sum(axis=1)).ravel()
        self.pbar = rows + el
        self.has = self.pbar > 0
        inv = np.zeros(n)
        inv[self.has] = 1.0 / self.pbar[self.has]
        if sparse:
            if not sp.issparse(L):
                L = sp.csr_array(L)
            self.L = L
            rep = np.repeat(inv, np.diff(L.indptr))
            pi = sp.csr_array((L.data * rep, L.indices, L.indptr), shape=L.shape, copy=False)
            self.pi = pi  # Pi[i, j]: share of i's payment that goes to j (CSR, debtor rows)
            self.m = pi.T  # M = Pi^T (CSC view, no copy): received = M @ p
        else:
            self.L = L
            self.pi = L * inv[:, None]
            self.m = np.ascontiguousarray(self.pi.T)
        self._closed: tuple[np.ndarray, np.ndarray] | None = None

    # closed classes: strongly connected components that owe nothing outside themselves
    def closed_classes(self) -> tuple[np.ndarray, np.ndarray]:
        if self._closed is None:
            g = self.L if self.sparse else sp.csr_array(self.L)
            ncomp, lab = connected_components(g, directed=True, connection="strong")
            coo = sp.coo_array(g)
            leak = np.zeros(ncomp, dtype=bool)
            cross = lab[coo.row] != lab[coo.col]
            leak[lab[coo.row[cross]]] = True
            leak[lab[self.el > 0]] = True
            size = np.bincount(lab, minlength=ncomp)
            closed = ~leak & (size >= 2)
            label = np.where(closed[lab], lab, -1)
            self._closed = (label, size)
        return self._closed

    def mdot(self, idx: np.ndarray, x: np.ndarray) -> np.ndarray:
        """``(M @ x)[idx]``."""
        if self.sparse:
            return (self.m @ x)[idx]
        return self.m[idx, :] @ x

    def sub(self, idx: np.ndarray) -> Any:
        """``M[idx, idx]`` (sparse CSC or dense)."""
        if self.sparse:
            return sp.csc_array(self.pi[idx][:, idx].T)
        return self.m[np.ix_(idx, idx)]


def _network(
    liabilities: Any, external_liabilities: Any, want_sparse: bool | None
) -> tuple[_Net, bool]:
    L, is_sparse = _square(liabilities, "liabilities")
    n = L.shape[0]
    el = (
        np.zeros(n)
        if external_liabilities is None
        else _vector(external_liabilities, n, "external_liabilities", nonneg=True)
    )
    sparse = is_sparse if want_sparse is None else (is_sparse or want_sparse)
    return _Net(L, el, sparse), is_sparse


# ----------------------------------------------------------------------------------------------
# Clearing engine (shared by Eisenberg-Noe and Rogers-Veraart)
# ----------------------------------------------------------------------------------------------


def _phi(
    net: _Net, e: np.ndarray, ext: np.ndarray, beta: float, p: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Clearing map: pbar if solvent at full value, else max(0, ext + beta * received)."""
    recv = net.m @ p
    a = e + recv
    v = np.where(a >= net.pbar, net.pbar, np.maximum(0.0, ext + beta * recv))
    return v, a


def _push(pi: sp.csr_array, idx: np.ndarray, delta: np.ndarray, a: np.ndarray) -> np.ndarray:
    """Add ``Pi[idx, :]^T delta`` to ``a`` in place; return the creditors touched."""
    starts = pi.indptr[idx]
    counts = pi.indptr[idx + 1] - starts
    tot = int(counts.sum())
    if tot == 0:
        return np.empty(0, dtype=np.int64)
    offs = np.cumsum(counts) - counts
    pos = np.arange(tot) - np.repeat(offs - starts, counts)
    cols = pi.indices[pos]
    np.add.at(a, cols, pi.data[pos] * np.repeat(delta, counts))
    return np.unique(cols)


_SCALAR_FRONTIER = 8


def _scalar_sweeps(
    net: _Net,
    e: np.ndarray,
    ext: np.ndarray,
    beta: float,
    u: np.ndarray,
    a: np.ndarray,
    cand: np.ndarray,
    short: np.ndarray,
    wave_of: np.ndarray,
    rnd: int,
    tol_abs: float,
    done: int,
    idle: int,
    budget: int,
    patience: int,
) -> tuple[int, int, int, np.ndarray, bool]:
    """Frontier sweeps in scalar code while the frontier is thin (chains, rings).

    Same Jacobi semantics as the vector path: all candidates are evaluated on the same
    ``a`` before any change is pushed to creditors.
    """
    pbar, has = net.pbar, net.has
    indptr, indices, data = net.pi.indptr, net.pi.indices, net.pi.data
    front = cand.tolist()
    while done < budget and len(front) <= _SCALAR_FRONTIER:
        changes = []
        for i in front:
            ai = a[i]
            pb = pbar[i]
            vi = pb if ai >= pb else max(0.0, ext[i] + beta * (ai - e[i]))
            if vi < u[i]:
                changes.append((i, vi - u[i], vi))
        if not changes:
            return rnd, done, idle, np.asarray(front, dtype=np.int64), True
        touched: set[int] = set()
        for i, d, vi in changes:
            u[i] = vi
            for k in range(indptr[i], indptr[i + 1]):
                j = indices[k]
                a[j] += data[k] * d
                touched.add(int(j))
        done += 1
        rnd += 1
        found = False
        for j in touched:
            if has[j] and not short[j] and a[j] < pbar[j] - tol_abs:
                short[j] = True
                wave_of[j] = rnd
                found = True
        front = sorted(touched)
        if found:
            idle = 0
        else:
            idle += 1
            if idle >= patience:
                break
    return rnd, done, idle, np.asarray(front, dtype=np.int64), False


def _sweeps(
    net: _Net,
    e: np.ndarray,
    ext: np.ndarray,
    beta: float,
    u: np.ndarray,
    a: np.ndarray,
    cand: np.ndarray | None,
    short: np.ndarray,
    wave_of: np.ndarray,
    rnd: int,
    tol_abs: float,
    budget: int,
    patience: int,
) -> tuple[int, int, bool]:
    """Picard sweeps from an upper bound ``u``, touching only firms whose inflow changed.

    ``u``, ``a`` (= e + M u), ``short`` and ``wave_of`` are updated in place. Stops after
    ``patience`` sweeps without a new defaulter, at a fixed point, or after ``budget`` sweeps.
    Returns ``(round, sweeps done, fixed point reached)``.
    """
    n, pbar, has = net.n, net.pbar, net.has
    big = max(64, n // 8)
    idle = done = 0
    while done < budget:
        if cand is not None and cand.size <= _SCALAR_FRONTIER and net.sparse:
            # Deep thin cascades (chains, rings): a few firms per sweep, scalar code is faster.
            rnd, done, idle, cand, fixed = _scalar_sweeps(
                net,
                e,
                ext,
                beta,
                u,
                a,
                cand,
                short,
                wave_of,
                rnd,
                tol_abs,
                done,
                idle,
                budget,
                patience,
            )
            if fixed:
                return rnd, done, True
            if idle >= patience:
                break
            continue
        if cand is None:
            idx = np.arange(n)
            av = a
        else:
            idx = cand
            av = a[idx]
        pb = pbar[idx]
        v = np.where(av >= pb, pb, np.maximum(0.0, ext[idx] + beta * (av - e[idx])))
        dec = v < u[idx]
        ch = idx[dec]
        if ch.size == 0:
            return rnd, done, True
        delta = v[dec] - u[ch]
        u[ch] = v[dec]
        done += 1
        rnd += 1
        if ch.size > big or not net.sparse:
            a[:] = e + net.m @ u
            cand = None
            newly = np.flatnonzero(has & ~short & (a < pbar - tol_abs))
        else:
            cand = _push(net.pi, ch, delta, a)
            newly = cand[has[cand] & ~short[cand] & (a[cand] < pbar[cand] - tol_abs)]
        if newly.size:
            short[newly] = True
            wave_of[newly] = rnd
            idle = 0
        else:
            idle += 1
            if idle >= patience:
                break
    return rnd, done, False


def _howard(
    net: _Net,
    ext: np.ndarray,
    beta: float,
    dmask: np.ndarray,
    zmask: np.ndarray,
    u: np.ndarray,
    recv_u: np.ndarray,
    check_closed: bool,
) -> tuple[np.ndarray | None, int]:
    """Exact payments of the default set ``dmask``; closed classes inside it solved apart.

    A closed class ``C`` (firms owing only each other) pays nothing outside itself, so once
    everybody else is solved, ``x_C = max(0, b_C + beta M_CC x_C)`` is a separate problem with
    known ``b_C``. For ``beta = 1`` its matrix is singular; it is solved from below
    (Chandrasekaran's algorithm), where every intermediate block is a proper subset of ``C``.
    The solution is unique unless ``sum b_C = 0`` (then ``None`` is returned).
    """
    if not check_closed:
        return _howard_core(net, ext, beta, dmask, zmask, u, recv_u)
    label, size = net.closed_classes()
    lab = label[dmask]
    lab = lab[lab >= 0]
    if lab.size == 0:
        return _howard_core(net, ext, beta, dmask, zmask, u, recv_u)
    cnt = np.bincount(lab, minlength=size.size)
    full = np.flatnonzero((cnt > 0) & (cnt == size))
    if full.size == 0:
        return _howard_core(net, ext, beta, dmask, zmask, u, recv_u)
    in_full = np.isin(label, full)
    rest = dmask & ~in_full
    if rest.any():
        x, solves = _howard_core(net, ext, beta, rest, zmask, u, recv_u)
        if x is None:
            return None, solves
    else:
        x, solves = u.copy(), 0
        x[~dmask] = net.pbar[~dmask]
    x[in_full] = 0.0
    inflow = net.m @ x  # closed classes receive nothing from each other
    cidx = np.flatnonzero(in_full)
    b = ext[cidx] + beta * inflow[cidx]
    _, lab_c = np.unique(label[cidx], return_inverse=True)
    xc, k = _closed_lcp(net.sub(cidx), b, zmask[cidx], beta, net.sparse, lab_c.ravel())
    solves += k
    if xc is None:
        return None, solves
    x[cidx] = xc
    return x, solves


def _closed_lcp(
    sub: Any, b: np.ndarray, zero: np.ndarray, beta: float, sparse: bool, lab: np.ndarray
) -> tuple[np.ndarray | None, int]:
    """Solve ``x = max(0, b + beta sub x)`` on a union of closed classes, from below.

    ``lab`` labels the classes (``sub`` is block diagonal). The linear set ``P`` grows
    monotonically; ``None`` if it would contain a whole class (singular, ``sum b_C >= 0``).
    """
    k = b.size
    size = np.bincount(lab)
    rows = sp.csr_array(sub) if sparse else sub
    x = np.zeros(k)
    pol = np.zeros(k, dtype=bool)
    solves = 0
    for _ in range(k + 1):
        new = ~zero & (b + beta * (sub @ x) > 0)
        if np.array_equal(new, pol):
            return x, solves
        if beta >= 1.0 and np.any(np.bincount(lab[new], minlength=size.size) == size):
            return None, solves
        q = np.flatnonzero(new)
        blk = sp.csc_array(rows[q][:, q]) if sparse else sub[np.ix_(q, q)]
        sol = _solve_block(blk, beta, b[q], sparse)
        solves += 1
        if sol is None:
            return None, solves
        x = np.zeros(k)
        x[q] = np.maximum(sol, 0.0)
        pol = new
    return None, solves


def _howard_core(
    net: _Net,
    ext: np.ndarray,
    beta: float,
    dmask: np.ndarray,
    zmask: np.ndarray,
    u: np.ndarray,
    recv_u: np.ndarray,
) -> tuple[np.ndarray | None, int]:
    """Exact payments of the default set ``dmask`` (others pay in full).

    Solves ``x_D = max(0, ext_D + beta * (M x)_D)`` with ``x = pbar`` off ``D`` by policy
    iteration (Howard's algorithm) started at the upper bound ``u`` (``recv_u = M u``); firms
    in ``zmask`` are known to pay zero. For ``ext >= 0`` this is a single linear solve. Works
    on the block ``M[D, D]`` only. Returns ``(x, solves)``, ``x = None`` if a policy matrix is
    singular.
    """
    pbar = net.pbar
    didx = np.flatnonzero(dmask)
    mdd = net.sub(didx)
    ud = u[didx]
    # inflow into D from firms outside D, all paying in full
    outside = recv_u[didx] - mdd @ ud
    off = ~dmask & (u != pbar)
    if off.any():
        outside = outside + net.mdot(didx, np.where(off, pbar - u, 0.0))
    ext_d = ext[didx]
    zd = zmask[didx]
    mdd_rows = sp.csr_array(mdd) if net.sparse else mdd
    xd = ud.copy()
    prev: np.ndarray | None = None
    solves = 0
    for _ in range(didx.size + 2):
        val = ext_d + beta * (outside + mdd @ xd)
        pol = ~zd & (val >= 0)
        if prev is not None and np.array_equal(pol, prev):
            x = u.copy()
            x[~dmask] = pbar[~dmask]
            x[didx] = xd
            return x, solves
        q = np.flatnonzero(pol)
        if q.size == didx.size:
            sub = mdd
        elif net.sparse:
            sub = sp.csc_array(mdd_rows[q][:, q])
        else:
            sub = mdd[np.ix_(q, q)]
        sol = _solve_block(sub, beta, ext_d[q] + beta * outside[q], net.sparse)
        solves += 1
        if sol is None:
            return None, solves
        xd = np.zeros(didx.size)
        xd[q] = np.maximum(sol, 0.0)
        prev = pol
    return None, solves


def _solve_block(sub: Any, beta: float, rhs: np.ndarray, sparse: bool) -> np.ndarray | None:
    """Solve ``(I - beta sub) x = rhs`` (sparse LU or dense LU); ``None`` if singular."""
    k = rhs.shape[0]
    if k == 0:
        return np.zeros(rhs.shape)
    try:
        if sparse:
            a = sp.csc_array(sp.eye_array(k, format="csc") - beta * sub)
            lu = splu(a)
            x = lu.solve(rhs)
            x = x + lu.solve(rhs - a @ x)  # one step of iterative refinement
        else:
            a = np.eye(k) - beta * sub
            x = np.linalg.solve(a, rhs)
            x = x + np.linalg.solve(a, rhs - a @ x)
    except (RuntimeError, np.linalg.LinAlgError):
        return None
    if not np.all(np.isfinite(x)):
        return None
    return x


def _waves(wave_of: np.ndarray, defaults: np.ndarray) -> list[list[int]]:
    idx = np.flatnonzero(defaults)
    w = wave_of[idx]
    w = np.where(w < 0, np.iinfo(np.int64).max, w)  # unknown round: last
    order = np.argsort(w, kind="stable")
    idx, w = idx[order], w[order]
    bounds = [0, *(np.flatnonzero(np.diff(w)) + 1).tolist(), idx.size]
    ids = idx.tolist()
    return [ids[lo:hi] for lo, hi in itertools.pairwise(bounds)] if ids else []


def _scale(pbar: np.ndarray, e: np.ndarray) -> float:
    s = max(float(pbar.max(initial=0.0)), float(np.abs(e).max(initial=0.0)))
    return s if s > 0 else 1.0


def _solve_greatest(
    net: _Net,
    e: np.ndarray,
    ext: np.ndarray,
    beta: float,
    tol_abs: float,
    max_iter: int,
    use_sweeps: bool,
) -> tuple[np.ndarray, np.ndarray, int, int, bool, bool]:
    """Greatest clearing vector by fictitious-default rounds (optionally with Picard sweeps).

    Invariant: ``u`` is an upper bound of the greatest clearing vector with ``Phi(u) <= u``;
    every firm in ``short`` is short at some upper bound and hence a sure defaulter. Each exact
    step solves the default set's payments with everybody else paying in full; the result is a
    new upper bound, and the algorithm stops when nobody else is short at it.
    Returns ``(p, wave_of, sweeps, solves, used_fallback, converged)``.
    """
    n, pbar, has = net.n, net.pbar, net.has
    u = pbar.copy()
    a = e + net.m @ u
    short = has & (a < pbar - tol_abs)
    wave_of = np.full(n, -1, dtype=np.int64)
    wave_of[short] = 0
    rnd = 0
    sweeps = solves = 0
    fallback = False
    check_closed = beta >= 1.0 and bool(np.any(ext < 0))
    cand: np.ndarray | None = None
    fb_budget = 8
    while True:
        if use_sweeps and (cand is None or cand.size):
            rnd, done, _ = _sweeps(
                net,
                e,
                ext,
                beta,
                u,
                a,
                cand,
                short,
                wave_of,
                rnd,
                tol_abs,
                max(1, max_iter - sweeps),
                2,
            )
            sweeps += done
            a = e + net.m @ u
            newly = has & ~short & (a < pbar - tol_abs)
            short |= newly
            wave_of[newly] = rnd
        if not short.any():
            return pbar.copy(), wave_of, sweeps, solves, fallback, True
        zmask = short & (ext + beta * (a - e) <= 0)
        y, k = _howard(net, ext, beta, short, zmask, u, a - e, check_closed)
        solves += k
        if y is None:
            # A closed class of firms would have to be solved as a block: singular. More Picard
            # sweeps from the upper bound reveal which of them pay zero; then try again.
            fallback = True
            if sweeps >= max_iter:
                warnings.warn(
                    "clearing: singular default class and max_iter reached; returning the "
                    "Picard upper bound",
                    RuntimeWarning,
                    stacklevel=3,
                )
                return u, wave_of, sweeps, solves, fallback, False
            budget = min(max_iter - sweeps, fb_budget)
            fb_budget *= 2
            rnd, done, fixed = _sweeps(
                net, e, ext, beta, u, a, None, short, wave_of, rnd, tol_abs, budget, budget + 1
            )
            sweeps += done
            a = e + net.m @ u
            newly = has & ~short & (a < pbar - tol_abs)
            short |= newly
            wave_of[newly] = rnd
            if fixed:
                return u, wave_of, sweeps, solves, fallback, True
            cand = np.empty(0, dtype=np.int64)
            continue
        y = np.minimum(y, pbar)
        a_y = e + net.m @ y
        new = has & ~short & (a_y < pbar - tol_abs)
        if not new.any():
            return y, wave_of, sweeps, solves, fallback, True
        rnd += 1
        wave_of[new] = rnd
        short |= new
        u, a = y, a_y
        cand = np.flatnonzero(new)


def _picard(
    net: _Net, e: np.ndarray, ext: np.ndarray, beta: float, tol_abs: float, max_iter: int
) -> tuple[np.ndarray, np.ndarray, int, bool]:
    """Plain Picard iteration from ``pbar`` until the sup-norm step is at most ``tol_abs``."""
    u = net.pbar.copy()
    wave_of = np.full(net.n, -1, dtype=np.int64)
    for it in range(max_iter):
        v, a = _phi(net, e, ext, beta, u)
        newly = net.has & (wave_of < 0) & (a < net.pbar - tol_abs)
        wave_of[newly] = it
        step = float(np.max(np.abs(v - u), initial=0.0))
        u = v
        if step <= tol_abs:
            return u, wave_of, it + 1, True
    warnings.warn(
        f"picard: not converged within max_iter={max_iter} sweeps (last step {step:.3g}); "
        "use method='hybrid' for an exact answer",
        RuntimeWarning,
        stacklevel=3,
    )
    return u, wave_of, max_iter, False


def _lp(net: _Net, e: np.ndarray, tol_abs: float) -> tuple[np.ndarray, np.ndarray, int]:
    """Greatest clearing vector as ``max sum p s.t. (I - M) p <= e, 0 <= p <= pbar``."""
    n = net.n
    m = net.m if net.sparse else sp.csr_array(net.m)
    a_ub = sp.csr_array(sp.eye_array(n, format="csr") - m)
    bounds = np.column_stack([np.zeros(n), net.pbar])
    res = linprog(-np.ones(n), A_ub=a_ub, b_ub=e, bounds=bounds, method="highs")
    if res.status != 0:
        raise RuntimeError(f"linprog failed: {res.message}")
    p = np.clip(res.x, 0.0, net.pbar)
    wave_of = np.full(n, -1, dtype=np.int64)
    wave_of[net.has & (e + net.m @ net.pbar < net.pbar - tol_abs)] = 0
    # Polish: solve the LP's default set exactly and keep it if its residual is smaller.
    dmask = net.has & (p < net.pbar - 1e-7 * _scale(net.pbar, e))
    solves = 0
    if dmask.any():
        y, solves = _howard(net, e, 1.0, dmask, np.zeros(n, dtype=bool), p, net.m @ p, False)
        if y is not None:
            y = np.clip(y, 0.0, net.pbar)
            if _residual(net, e, e, 1.0, y) <= _residual(net, e, e, 1.0, p):
                p = y
    return p, wave_of, solves


def _residual(
    net: _Net,
    e: np.ndarray,
    ext: np.ndarray,
    beta: float,
    p: np.ndarray,
    recv: np.ndarray | None = None,
) -> float:
    if recv is None:
        recv = net.m @ p
    a = e + recv
    v = np.where(a >= net.pbar, net.pbar, np.maximum(0.0, ext + beta * recv))
    return float(np.max(np.abs(v - p), initial=0.0))


def _result(
    net: _Net,
    e: np.ndarray,
    ext: np.ndarray,
    beta: float,
    p: np.ndarray,
    wave_of: np.ndarray,
    method: str,
    tol_abs: float,
    iterations: int,
    solves: int,
    converged: bool,
) -> ClearingResult:
    pbar = net.pbar
    received = net.m @ p
    net_worth = e + received - pbar
    defaults = net.has & (p < pbar - tol_abs)
    recovery = np.ones(net.n)
    recovery[net.has] = p[net.has] / pbar[net.has]
    return ClearingResult(
        payments=p,
        defaults=defaults,
        equity=np.maximum(net_worth, 0.0),
        net_worth=net_worth,
        waves=_waves(wave_of, defaults),
        method=method,
        residual=_residual(net, e, ext, beta, p, received),
        recovery_rate=recovery,
        shortfall=float(np.sum(pbar - p)),
        obligations=pbar,
        received=received,
        iterations=int(iterations),
        solves=int(solves),
        converged=bool(converged),
    )


# ----------------------------------------------------------------------------------------------
# Public clearing functions
# ----------------------------------------------------------------------------------------------


def eisenberg_noe(
    liabilities: Any,
    external_assets: Any,
    external_liabilities: Any = None,
    method: str = "auto",
    *,
    tol: float = 1e-12,
    max_iter: int = 100_000,
) -> ClearingResult:
    """Greatest clearing payment vector of Eisenberg and Noe (2001).

    Every firm pays its creditors pro rata, all it has up to what it owes::

        p_i = min(pbar_i, max(0, e_i + sum_j Pi[j, i] p_j)),   Pi[j, i] = L[j, i] / pbar_j.

    Parameters
    ----------
    liabilities : array_like or scipy.sparse matrix, shape (n, n)
        ``liabilities[i, j] >= 0``: what firm ``i`` owes firm ``j``, USD billions; zero
        diagonal. Sparse input stays sparse.
    external_assets : array_like, shape (n,)
        Net external position ``e`` (external assets minus senior external debt), USD billions;
        may be negative (payments are floored at zero, network creditors absorb losses first).
    external_liabilities : array_like, shape (n,), optional
        External debt ranking pari passu with network debt, ``>= 0``, USD billions; added to
        ``pbar``. Default: none.
    method : {"auto", "fictitious_default", "hybrid", "picard", "lp"}
        ``"fictitious_default"``: Eisenberg-Noe (2001, Sec. 3) rounds with exact linear solves
        on the default set (dense or sparse LU); rounds are the contagion waves.
        ``"hybrid"``: Picard sweeps from ``pbar`` restricted to firms whose inflow changed find
        sure defaulters, then an exact sparse LU solve (``splu``) on the default set, re-check,
        repeat. ``"picard"``: iterate the map until a step is at most ``tol * scale`` (warns if
        ``max_iter`` is reached). ``"lp"``: ``scipy.optimize.linprog`` (HiGHS), a cross-check,
        requires ``external_assets >= 0``. ``"auto"``: ``"fictitious_default"`` for dense input
        with ``n <= 256``, else ``"hybrid"``.
    tol : float, default 1e-12
        Relative tolerance; absolute tolerance is ``tol * max(max pbar, max |e|)``. A firm is
        in default when it pays less than ``pbar - tol_abs``.
    max_iter : int, default 100000
        Maximum number of Picard sweeps (methods ``"picard"``, ``"hybrid"`` and fallbacks).

    Returns
    -------
    ClearingResult
        Payments, defaults, equity, net worth, waves, residual and diagnostics.

    Raises
    ------
    ValueError
        If ``liabilities`` is not square, negative, non-finite or has a non-zero diagonal; if a
        vector has the wrong shape, is non-finite or (``external_liabilities``) negative; if
        ``method`` is unknown; if ``method="lp"`` and some ``external_assets`` are negative.
    TypeError
        If an input is not numeric.

    Notes
    -----
    The clearing map is monotone, so a greatest and a least clearing vector exist; all clearing
    vectors give the same equity for ``e >= 0`` and the vector is unique if the system is
    regular. This function always returns the **greatest** one, also for irregular systems (a
    closed cycle without cash, where every firm paying in full is as valid as nobody paying).

    The exact solvers keep an upper bound ``u >= p*`` with ``Phi(u) <= u``: a firm short at
    ``u`` is short at ``p*`` (a sure defaulter). With the default set ``D`` fixed and everyone
    else paying in full, the payments of ``D`` solve ``x = max(0, e_D + M_DD x + M_DN pbar_N)``
    (``M = Pi^T``), a linear system when ``e >= 0`` and otherwise a linear complementarity
    problem solved exactly by policy iteration; the solution is again an upper bound. When no
    other firm is short at it, it is the greatest clearing vector. ``I - M_DD`` is singular
    only if ``D`` contains a *closed class* (firms owing only each other), which for
    ``e >= 0`` cannot happen. With negative ``e`` it can; such a class pays nothing outside
    itself, so it is solved separately once the rest is known, from below (every block solved
    is then a proper, non-singular part of the class). Only in the degenerate case where the
    class's cash exactly offsets its senior debt does the solver fall back to Picard sweeps
    from the current upper bound (``method`` then gets a ``"+picard"`` suffix).

    Picard iteration alone converges only asymptotically, arbitrarily slowly on long chains
    and cycles; it never stops after a fixed number of sweeps here but at a tolerance.

    References
    ----------
    Eisenberg, L. and Noe, T. H. (2001). Systemic risk in financial systems. Management
    Science 47(2), 236-249.
    Barucca, P. et al. (2020). Network valuation in financial systems. Mathematical Finance
    30(4), 1181-1204.

    Examples
    --------
    >>> import numpy as np
    >>> L = np.array([[0.0, 0.1, 0.7], [2.0, 0.0, 10.5], [0.0, 8.4, 0.0]])
    >>> res = eisenberg_noe(L, [1.0, 1.0, 1.0])
    >>> [round(float(x), 6) for x in res.payments]
    [0.8, 9.5, 8.4]
    >>> res.defaults.tolist(), res.waves, res.method
    ([False, True, False], [[1]], 'fictitious_default')
    >>> res = eisenberg_noe(L, [0.0, 0.0, 0.1])
    >>> [round(float(x), 6) for x in res.payments]  # [0.8, 45/8, 221/40]
    [0.8, 5.625, 5.525]
    """
    if method not in EN_METHODS:
        raise ValueError(f"method must be one of {EN_METHODS}, got {method!r}")
    if not (isinstance(max_iter, int | np.integer) and max_iter >= 1):
        raise ValueError(f"max_iter must be a positive integer, got {max_iter!r}")
    if not (np.isfinite(tol) and tol >= 0):
        raise ValueError(f"tol must be a finite number >= 0, got {tol!r}")
    want_sparse = True if method == "hybrid" else None
    net, in_sparse = _network(liabilities, external_liabilities, want_sparse)
    n = net.n
    if method == "auto":
        method = "fictitious_default" if (not in_sparse and n <= _AUTO_DENSE_MAX) else "hybrid"
        if method == "hybrid" and not net.sparse:
            net = _Net(sp.csr_array(net.L), net.el, True)
    e = _vector(external_assets, n, "external_assets")
    tol_abs = tol * _scale(net.pbar, e)
    if method == "lp" and np.any(e < 0):
        raise ValueError(
            "method='lp' requires external_assets >= 0 (the LP is not valid for "
            "negative net external positions); use 'hybrid'"
        )
    if n == 0:
        z = np.zeros(0)
        return ClearingResult(z, z.astype(bool), z, z, [], method, 0.0, z, 0.0, z, z, 0, 0, True)
    iterations = solves = 0
    converged = True
    label = method
    if method == "picard":
        p, wave_of, iterations, converged = _picard(net, e, e, 1.0, tol_abs, max_iter)
    elif method == "lp":
        p, wave_of, solves = _lp(net, e, tol_abs)
    else:
        p, wave_of, iterations, solves, fb, converged = _solve_greatest(
            net, e, e, 1.0, tol_abs, max_iter, use_sweeps=(method == "hybrid")
        )
        if fb:
            label = method + "+picard"
    return _result(net, e, e, 1.0, p, wave_of, label, tol_abs, iterations, solves, converged)


def rogers_veraart(
    liabilities: Any,
    external_assets: Any,
    alpha: float,
    beta: float,
    external_liabilities: Any = None,
    *,
    tol: float = 1e-12,
    max_iter: int = 100_000,
) -> ClearingResult:
    """Greatest clearing vector with default costs (Rogers and Veraart 2013).

    A defaulting firm realises only a fraction ``alpha`` of its external assets and ``beta``
    of its network claims::

        p_i = pbar_i                                if e_i + (Pi^T p)_i >= pbar_i
        p_i = max(0, alpha e_i + beta (Pi^T p)_i)   otherwise.

    Parameters
    ----------
    liabilities : array_like or scipy.sparse matrix, shape (n, n)
        ``liabilities[i, j]``: what ``i`` owes ``j``, USD billions (see :func:`eisenberg_noe`).
    external_assets : array_like, shape (n,)
        Net external position ``e``, USD billions. ``alpha`` applies to a positive position;
        a negative one (senior external debt in excess of external assets) is owed in full.
    alpha, beta : float
        Recovery fractions in ``[0, 1]`` on external assets and on network claims of a
        defaulting firm.
    external_liabilities : array_like, shape (n,), optional
        Pari-passu external debt, ``>= 0``, USD billions, added to ``pbar``.
    tol : float, default 1e-12
        Relative tolerance of the default test (see :func:`eisenberg_noe`).
    max_iter : int, default 100000
        Maximum Picard sweeps in the (rare) singular fallback.

    Returns
    -------
    ClearingResult
        As for :func:`eisenberg_noe`; ``method`` is ``"rogers_veraart"``, ``waves`` are the
        rounds of the GA algorithm, ``net_worth`` uses book values.

    Raises
    ------
    ValueError
        If ``alpha`` or ``beta`` lie outside ``[0, 1]``, or on invalid network input (see
        :func:`eisenberg_noe`).

    Notes
    -----
    The default test uses full-value assets, so the map is monotone but discontinuous: a tiny
    loss can push a firm over the edge and cut its payments by a finite amount. The greatest
    clearing vector is found by the GA algorithm of Rogers and Veraart (2013, Sec. 3.2): start
    at ``pbar``; repeatedly put every firm that is short into the default set ``D`` and solve
    ``(I - beta Pi^T[D, D]) p_D = alpha e_D + beta Pi^T[D, N] pbar_N`` (with the zero floor
    handled exactly); stop when ``D`` stops growing. With ``alpha = beta = 1`` this is the
    fictitious default algorithm and reproduces :func:`eisenberg_noe`.

    References
    ----------
    Rogers, L. C. G. and Veraart, L. A. M. (2013). Failure and rescue in an interbank network.
    Management Science 59(4), 882-898.

    Examples
    --------
    >>> import numpy as np
    >>> L = np.array([[0.0, 2.0], [2.0, 0.0]])
    >>> res = rogers_veraart(L, [1.0, 0.25], 0.5, 0.5, external_liabilities=[2.0, 0.0])
    >>> [round(float(x), 6) for x in res.payments]  # [9/14, 2/7]
    [0.642857, 0.285714]
    >>> res.waves
    [[0], [1]]
    """
    alpha = _fraction(alpha, "alpha")
    beta = _fraction(beta, "beta")
    if not (isinstance(max_iter, int | np.integer) and max_iter >= 1):
        raise ValueError(f"max_iter must be a positive integer, got {max_iter!r}")
    net, _ = _network(liabilities, external_liabilities, None)
    n = net.n
    e = _vector(external_assets, n, "external_assets")
    tol_abs = tol * _scale(net.pbar, e)
    if n == 0:
        z = np.zeros(0)
        return ClearingResult(
            z, z.astype(bool), z, z, [], "rogers_veraart", 0.0, z, 0.0, z, z, 0, 0, True
        )
    ext = np.where(e >= 0, alpha * e, e)
    p, wave_of, iterations, solves, fb, converged = _solve_greatest(
        net, e, ext, beta, tol_abs, max_iter, use_sweeps=False
    )
    label = "rogers_veraart+picard" if fb else "rogers_veraart"
    return _result(net, e, ext, beta, p, wave_of, label, tol_abs, iterations, solves, converged)


_BATCH_STACKED_MAX = 200
_BATCH_CHUNK = 2048


def _closed_members(net: _Net) -> list[np.ndarray]:
    label, _ = net.closed_classes()
    return [np.flatnonzero(label == c) for c in np.unique(label[label >= 0])]


def _closed_in(members: list[np.ndarray], mask: np.ndarray) -> np.ndarray:
    """Per column of ``mask`` (n, k): does it contain a whole closed class?"""
    out = np.zeros(mask.shape[1], dtype=bool)
    for mem in members:
        out |= mask[mem].all(axis=0)
    return out


def _stacked_solve(
    md: np.ndarray,
    Et: np.ndarray,
    pbar: np.ndarray,
    X: np.ndarray,
    act: np.ndarray,
    lin: np.ndarray,
    nmask: np.ndarray,
) -> tuple[np.ndarray, int]:
    """One policy step for all scenarios ``act`` with stacked dense solves (small ``n``).

    Row ``i`` of scenario ``s`` is ``x_i = pbar_i`` (full payer), ``x_i = 0`` (zero payer) or
    ``x_i - (M x)_i = e_i`` (pays what it has).
    """
    n = md.shape[0]
    ok = np.ones(act.size, dtype=bool)
    eye = np.eye(n)
    for lo in range(0, act.size, _BATCH_CHUNK):
        sl = slice(lo, lo + _BATCH_CHUNK)
        cols = act[sl]
        lt = lin[:, sl].T  # (k, n)
        rhs = np.where(lt, Et[:, cols].T, 0.0) + np.where(nmask[:, sl].T, pbar, 0.0)
        K = eye - lt[:, :, None] * md[None, :, :]
        try:
            sol = np.linalg.solve(K, rhs[:, :, None])[:, :, 0]
            r = rhs - (K @ sol[:, :, None])[:, :, 0]
            sol = sol + np.linalg.solve(K, r[:, :, None])[:, :, 0]  # iterative refinement
        except np.linalg.LinAlgError:
            ok[sl] = False
            continue
        good = np.all(np.isfinite(sol), axis=1)
        ok[sl] = good
        X[:, cols[good]] = np.clip(sol[good], 0.0, pbar).T
    return ok, int(act.size > 0)


def _grouped_solve(
    net: _Net,
    Et: np.ndarray,
    pbar: np.ndarray,
    X: np.ndarray,
    act: np.ndarray,
    lin: np.ndarray,
    nmask: np.ndarray,
    cache: dict[bytes, Any],
) -> tuple[np.ndarray, int]:
    """One policy step: one factorisation per distinct policy, solved for its whole group."""
    ok = np.ones(act.size, dtype=bool)
    code = np.packbits(np.concatenate([lin, nmask], axis=0), axis=0).T
    keys, first, inv = np.unique(code, axis=0, return_index=True, return_inverse=True)
    inv = np.asarray(inv).ravel()
    order = np.argsort(inv, kind="stable")
    bounds = np.searchsorted(inv[order], np.arange(keys.shape[0] + 1))
    solves = 0
    for g in range(keys.shape[0]):
        members = order[bounds[g] : bounds[g + 1]]
        cols = act[members]
        j0 = first[g]
        pidx = np.flatnonzero(lin[:, j0])
        base = np.where(nmask[:, j0], pbar, 0.0)
        Xg = np.repeat(base[:, None], cols.size, axis=1)
        if pidx.size:
            key = keys[g].tobytes()
            fac = cache.get(key)
            if fac is None:
                sub = net.sub(pidx)
                if net.sparse:
                    mat = sp.csc_array(sp.eye_array(pidx.size, format="csc") - sub)
                else:
                    mat = np.eye(pidx.size) - sub
                try:
                    fac = (splu(mat) if net.sparse else np.linalg.inv(mat), mat)
                except (RuntimeError, np.linalg.LinAlgError):
                    fac = (None, mat)
                cache[key] = fac
                solves += 1
            f, mat = fac
            if f is None:
                ok[members] = False
                continue
            rhs = Et[np.ix_(pidx, cols)] + net.mdot(pidx, base)[:, None]
            if net.sparse:
                sol = f.solve(rhs)
                sol = sol + f.solve(rhs - mat @ sol)
            else:
                sol = f @ rhs
                sol = sol + f @ (rhs - mat @ sol)
            Xg[pidx, :] = np.maximum(sol, 0.0)
        X[:, cols] = np.minimum(Xg, pbar[:, None])
    return ok, solves


def eisenberg_noe_batch(
    liabilities: Any,
    external_assets: Any,
    external_liabilities: Any = None,
    *,
    tol: float = 1e-12,
    max_sweeps: int = 50,
) -> BatchClearingResult:
    """Eisenberg-Noe greatest clearing vectors for many scenarios of external assets.

    Parameters
    ----------
    liabilities : array_like or scipy.sparse matrix, shape (n, n)
        One network for all scenarios (see :func:`eisenberg_noe`), USD billions.
    external_assets : array_like, shape (S, n)
        One row of net external positions per scenario, USD billions (a 1-D array of length
        ``n`` is one scenario). Rows are scenarios, columns are firms.
    external_liabilities : array_like, shape (n,), optional
        Pari-passu external debt, common to all scenarios, USD billions.
    tol : float, default 1e-12
        Relative tolerance (see :func:`eisenberg_noe`), per scenario.
    max_sweeps : int, default 50
        Maximum vectorised Picard sweeps before the exact phase.

    Returns
    -------
    BatchClearingResult
        Arrays of shape ``(S, n)`` and per-scenario residuals.

    Raises
    ------
    ValueError
        On invalid network input or if ``external_assets`` does not have ``n`` columns.

    Notes
    -----
    Picard sweeps run on all scenarios at once (``M @ U`` with ``U`` of shape ``(n, S)``) from
    ``pbar`` until the default sets stop growing. Then the exact phase: scenarios are grouped
    by their current policy (who pays in full, who pays zero, who pays what they have), each
    distinct linear system is factorised once and solved for the whole group, and the policy
    is updated from the new payments, until every scenario is at a fixed point. For small
    networks (``n <= 200``) the ``(S, n, n)`` systems are instead solved in stacked dense
    form (``numpy.linalg.solve``), which is faster when most scenarios have their own
    default pattern; only this small ``M`` is ever made dense. A fixed point
    whose default set contains no closed class is the greatest clearing vector (if ``q`` were
    greater, ``q - p`` would satisfy ``d <= M_DD d`` with spectral radius below one). Scenarios
    not certified this way are solved one by one with :func:`eisenberg_noe`.

    Examples
    --------
    >>> import numpy as np
    >>> L = np.array([[0.0, 0.1, 0.7], [2.0, 0.0, 10.5], [0.0, 8.4, 0.0]])
    >>> res = eisenberg_noe_batch(L, [[1.0, 1.0, 1.0], [0.0, 0.0, 0.1]])
    >>> np.round(res.payments, 6).tolist()
    [[0.8, 9.5, 8.4], [0.8, 5.625, 5.525]]
    """
    net, _ = _network(liabilities, external_liabilities, None)
    n = net.n
    try:
        E = np.array(external_assets, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise TypeError("external_assets must be a numeric array of shape (S, n)") from exc
    if E.ndim == 1:
        E = E[None, :]
    if E.ndim != 2 or E.shape[1] != n:
        raise ValueError(
            f"external_assets must have shape (S, {n}) (rows = scenarios), got shape {E.shape}"
        )
    if not np.all(np.isfinite(E)):
        raise ValueError("external_assets must be finite (no NaN or inf)")
    S = E.shape[0]
    pbar, has = net.pbar, net.has
    if n == 0 or S == 0:
        z = np.zeros((S, n))
        return BatchClearingResult(z, z.astype(bool), z, z, np.zeros(S), pbar, 0, 0, 0, 0)
    scale = np.maximum(np.maximum(pbar.max(), np.abs(E).max(axis=1)), 0.0)
    scale[scale == 0] = 1.0
    tol_abs = tol * scale  # (S,)
    Et = np.ascontiguousarray(E.T)  # (n, S)
    pb = pbar[:, None]
    hs = has[:, None]
    U = np.repeat(pb, S, axis=1)
    A = Et + net.m @ U
    short = hs & (A < pb - tol_abs)
    sweeps = 0
    for _ in range(max_sweeps):
        V = np.clip(A, 0.0, pb)
        U = V
        A = Et + net.m @ U
        new_short = hs & (A < pb - tol_abs)
        sweeps += 1
        grew = np.any(new_short & ~short)
        short = new_short
        if not grew:
            break

    # exact phase: policy iteration, vectorised over scenarios
    members = _closed_members(net)
    X = U.copy()
    done = np.zeros(S, dtype=bool)
    solves = policy_iterations = 0
    cache: dict[bytes, Any] = {}
    md = None
    if n <= _BATCH_STACKED_MAX:
        md = net.m.toarray() if net.sparse else net.m
    pol_lin = np.zeros((n, S), dtype=bool)
    pol_n = np.zeros((n, S), dtype=bool)
    solved = np.zeros(S, dtype=bool)
    for _ in range(n + 3):
        act = np.flatnonzero(~done)
        if act.size == 0:
            break
        A = Et[:, act] + net.m @ X[:, act]
        nmask = ~hs | (A >= pb - tol_abs[act])
        lin = ~nmask & (A > 0)
        # Howard's stopping rule: the policy at X is the one X was solved with.
        same = solved[act] & np.all(lin == pol_lin[:, act], axis=0)
        same &= np.all(nmask == pol_n[:, act], axis=0)
        dm = hs & (X[:, act] < pb - tol_abs[act])
        cert = same & ~_closed_in(members, dm)
        done[act[cert]] = True
        act, nmask, lin = act[~cert], nmask[:, ~cert], lin[:, ~cert]
        if act.size == 0:
            break
        policy_iterations += 1
        pol_lin[:, act] = lin
        pol_n[:, act] = nmask
        solved[act] = True
        sing = _closed_in(members, lin)
        if sing.any():  # singular policy: leave these scenarios to the fallback
            done[act[sing]] = True
            X[:, act[sing]] = np.nan
            act, nmask, lin = act[~sing], nmask[:, ~sing], lin[:, ~sing]
        if act.size == 0:
            continue
        if md is not None:
            ok, k = _stacked_solve(md, Et, pbar, X, act, lin, nmask)
        else:
            ok, k = _grouped_solve(net, Et, pbar, X, act, lin, nmask, cache)
        solves += k
        if not ok.all():
            done[act[~ok]] = True
            X[:, act[~ok]] = np.nan

    # certify, else fall back to the exact single-scenario solver
    A = Et + net.m @ np.nan_to_num(X)
    V = np.clip(A, 0.0, pb)
    res = np.max(np.abs(V - X), axis=0)
    bad = ~(res <= np.maximum(10 * tol_abs, 1e-300)) | ~done
    fallbacks = int(bad.sum())
    L_in = net.L
    for j in np.flatnonzero(bad):
        r = eisenberg_noe(L_in, E[j], net.el, method="hybrid", tol=tol)
        X[:, j] = r.payments
    if fallbacks:
        A = Et + net.m @ X
        res = np.max(np.abs(np.clip(A, 0.0, pb) - X), axis=0)
    net_worth = A - pb
    defaults = hs & (X < pb - tol_abs)
    return BatchClearingResult(
        payments=np.ascontiguousarray(X.T),
        defaults=np.ascontiguousarray(defaults.T),
        equity=np.ascontiguousarray(np.maximum(net_worth, 0.0).T),
        net_worth=np.ascontiguousarray(net_worth.T),
        residual=res,
        obligations=pbar,
        sweeps=sweeps,
        policy_iterations=policy_iterations,
        solves=solves,
        fallbacks=fallbacks,
    )


# ----------------------------------------------------------------------------------------------
# DebtRank
# ----------------------------------------------------------------------------------------------

_DR_VARIANTS = ("single_hit", "linear")


def _debtrank_setup(
    exposures: Any, equity: Any, weights: Any, variant: str
) -> tuple[Any, np.ndarray, np.ndarray, int]:
    if variant not in _DR_VARIANTS:
        raise ValueError(f"variant must be one of {_DR_VARIANTS}, got {variant!r}")
    A, is_sparse = _square(exposures, "exposures")
    n = A.shape[0]
    E = _vector(equity, n, "equity")
    dead = E <= 0
    inv = np.zeros(n)
    inv[~dead] = 1.0 / E[~dead]
    if is_sparse:
        lam = sp.csr_array(A.multiply(inv[:, None]))
        if variant == "single_hit":
            lam.data = np.minimum(lam.data, 1.0)
    else:
        lam = A * inv[:, None]
        if variant == "single_hit":
            lam = np.minimum(lam, 1.0)
    if weights is None:
        v = np.full(n, 1.0 / n) if n else np.zeros(0)
    else:
        v = _vector(weights, n, "weights", nonneg=True)
        if n and v.sum() <= 0:
            raise ValueError("weights must have a positive sum")
        v = v / v.sum() if n else v
    return lam, dead, v, n


def _initial_distress(shock: Any, dead: np.ndarray, n: int, name: str = "shock") -> np.ndarray:
    h = _vector(shock, n, name)
    h = np.clip(h, 0.0, 1.0)
    h[dead] = 1.0
    return h


def debtrank(
    exposures: Any,
    equity: Any,
    shock: Any,
    weights: Any = None,
    variant: str = "single_hit",
    *,
    tol: float = 1e-14,
    max_rounds: int = 100_000,
) -> DebtRankResult:
    """DebtRank: how much equity a shock destroys by propagating through exposures.

    Parameters
    ----------
    exposures : array_like or scipy.sparse matrix, shape (n, n)
        ``exposures[i, j] >= 0``: exposure (asset) of firm ``i`` to firm ``j``, USD billions;
        zero diagonal. (From a liabilities matrix ``L``, pass ``L.T``.)
    equity : array_like, shape (n,)
        Initial equity ``E_i``, USD billions. ``E_i <= 0`` means already defaulted
        (``h_i = 1`` from the start).
    shock : array_like, shape (n,)
        Initial relative equity loss ``h_i(1)``, fraction; clipped to ``[0, 1]``.
    weights : array_like, shape (n,), optional
        Economic weights ``v_i >= 0`` (e.g. total assets), normalised to sum 1. Default:
        equal weights.
    variant : {"single_hit", "linear"}
        ``"single_hit"`` (Battiston et al. 2012): impact ``W[i, j] = min(1, A[i, j] / E_i)``;
        each distressed firm propagates its whole distress once, then becomes inactive (it can
        still receive distress). ``"linear"`` (Bardoscia et al. 2015):
        ``Lambda[i, j] = A[i, j] / E_i``; only increments propagate, and keep propagating, so
        distress that returns round a cycle is counted.
    tol : float, default 1e-14
        ``"linear"`` stops when the largest increment is at most ``tol``.
    max_rounds : int, default 100000
        Cap on rounds for ``"linear"`` (a warning is issued if reached).

    Returns
    -------
    DebtRankResult
        Final distress ``h``, ``R = v . h(T) - v . h(1)`` and diagnostics.

    Raises
    ------
    ValueError
        If ``exposures`` is not square, negative, non-finite or has a non-zero diagonal; if
        ``equity``, ``shock`` or ``weights`` have the wrong shape or are non-finite; if weights
        are negative or sum to zero; if ``variant`` is unknown.

    Notes
    -----
    Single hit: ``h_i(t) = min(1, h_i(t-1) + sum_{j distressed at t-1} W[i, j] h_j(t-1))``;
    distressed firms become inactive after one step, undistressed firms with ``h > 0`` become
    distressed; the process stops when nobody is distressed (at most ``n + 1`` rounds).

    Linear: ``h(t+1) = min(1, h(t) + Lambda (h(t) - h(t-1)))`` with ``h(0) = 0``. This equals
    Picard iteration of ``h = min(1, h(1) + Lambda h)`` from ``h(1)``, so it converges to the
    least fixed point; once converged, the non-saturated firms are solved exactly,
    ``h_U = (I - Lambda_UU)^{-1} (h(1)_U + Lambda_US 1)``, and kept if consistent. Without
    saturation and with spectral radius of ``Lambda`` below one, ``h = (I - Lambda)^{-1} h(1)``.

    References
    ----------
    Battiston, S., Puliga, M., Kaushik, R., Tasca, P. and Caldarelli, G. (2012). DebtRank: too
    central to fail? Scientific Reports 2, 541.
    Bardoscia, M., Battiston, S., Caccioli, F. and Caldarelli, G. (2015). DebtRank: a
    microscopic foundation for shock propagation. PLoS ONE 10(6), e0130406.

    Examples
    --------
    >>> import numpy as np
    >>> A = np.array([[0.0, 1.0, 0.0], [10.0, 0.0, 3.0], [3.0, 2.0, 0.0]])
    >>> res = debtrank(A, [2.0, 5.0, 2.0], [0.1, 0.1, 0.1], weights=[10.0, 100.0, 30.0])
    >>> [round(float(x), 6) for x in res.distress]
    [0.15, 0.26, 0.3]
    >>> round(res.debtrank, 6)  # 9/56
    0.160714
    """
    lam, dead, v, n = _debtrank_setup(exposures, equity, weights, variant)
    h1 = _initial_distress(shock, dead, n)
    h = h1.copy()
    rounds = 0
    if variant == "single_hit":
        distressed = h > 0
        inactive = np.zeros(n, dtype=bool)
        while distressed.any():
            h_new = np.minimum(1.0, h + lam @ np.where(distressed, h, 0.0))
            inactive |= distressed
            distressed = (h_new > 0) & ~inactive
            h = h_new
            rounds += 1
    else:
        prev = np.zeros(n)
        delta = h - prev
        while n and np.max(delta) > tol:
            if rounds >= max_rounds:
                warnings.warn(
                    f"debtrank: linear variant not converged within max_rounds={max_rounds}",
                    RuntimeWarning,
                    stacklevel=2,
                )
                break
            h_new = np.minimum(1.0, h + lam @ delta)
            delta = h_new - h
            h = h_new
            rounds += 1
        h = _polish_linear(lam, h1, h)
    R = float(v @ h - v @ h1)
    return DebtRankResult(
        distress=h, debtrank=R, initial_distress=h1, weights=v, rounds=rounds, variant=variant
    )


def _polish_linear(lam: Any, h1: np.ndarray, h: np.ndarray) -> np.ndarray:
    """Solve the unsaturated firms of linear DebtRank exactly; keep if consistent."""
    sat = h >= 1.0
    uidx = np.flatnonzero(~sat)
    if uidx.size == 0:
        return h
    sidx = np.flatnonzero(sat)
    try:
        if sp.issparse(lam):
            sub = lam[uidx][:, uidx]
            mat = sp.csc_array(sp.eye_array(uidx.size, format="csc") - sub)
            rhs = h1[uidx] + np.asarray(lam[uidx][:, sidx].sum(axis=1)).ravel()
            x = splu(mat).solve(rhs)
        else:
            mat = np.eye(uidx.size) - lam[np.ix_(uidx, uidx)]
            rhs = h1[uidx] + lam[np.ix_(uidx, sidx)].sum(axis=1)
            x = np.linalg.solve(mat, rhs)
    except (RuntimeError, np.linalg.LinAlgError):
        return h
    if np.all(np.isfinite(x)) and np.all(x < 1.0) and np.max(np.abs(x - h[uidx])) <= 1e-8:
        out = h.copy()
        out[uidx] = np.maximum(x, h1[uidx])
        return out
    return h


def debtrank_batch(
    exposures: Any,
    equity: Any,
    shocks: Any,
    weights: Any = None,
    variant: str = "single_hit",
    *,
    tol: float = 1e-14,
    max_rounds: int = 100_000,
) -> BatchDebtRankResult:
    """DebtRank for many shock scenarios at once (vectorised over scenarios).

    Parameters
    ----------
    exposures, equity, weights, variant, tol, max_rounds
        As in :func:`debtrank`.
    shocks : array_like, shape (S, n)
        One row of initial relative equity losses per scenario, fractions, clipped to [0, 1].

    Returns
    -------
    BatchDebtRankResult
        Distress of shape ``(S, n)`` and DebtRank per scenario.

    Raises
    ------
    ValueError
        As in :func:`debtrank`, or if ``shocks`` does not have ``n`` columns.

    Notes
    -----
    Same propagation as :func:`debtrank`, run on an ``(n, S)`` matrix. For ``"linear"`` the
    exact polishing step of :func:`debtrank` is skipped, so results agree to about ``tol``
    divided by one minus the spectral radius.

    Examples
    --------
    >>> import numpy as np
    >>> A = np.array([[0.0, 1.0, 0.0], [10.0, 0.0, 3.0], [3.0, 2.0, 0.0]])
    >>> res = debtrank_batch(A, [2.0, 5.0, 2.0], [[0.1, 0.1, 0.1], [0.0, 1.0, 0.0]])
    >>> np.round(res.distress, 6).tolist()
    [[0.15, 0.26, 0.3], [0.5, 1.0, 1.0]]
    """
    lam, dead, v, n = _debtrank_setup(exposures, equity, weights, variant)
    try:
        H1 = np.array(shocks, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise TypeError("shocks must be a numeric array of shape (S, n)") from exc
    if H1.ndim == 1:
        H1 = H1[None, :]
    if H1.ndim != 2 or H1.shape[1] != n:
        raise ValueError(f"shocks must have shape (S, {n}), got shape {H1.shape}")
    if not np.all(np.isfinite(H1)):
        raise ValueError("shocks must be finite (no NaN or inf)")
    H1 = np.clip(H1, 0.0, 1.0).T.copy()
    H1[dead, :] = 1.0
    H = H1.copy()
    rounds = 0
    if n and variant == "single_hit":
        distressed = H > 0
        inactive = np.zeros_like(distressed)
        while distressed.any():
            Hn = np.minimum(1.0, H + lam @ np.where(distressed, H, 0.0))
            inactive |= distressed
            distressed = (Hn > 0) & ~inactive
            H = Hn
            rounds += 1
    elif n:
        delta = H.copy()
        while np.max(delta) > tol:
            if rounds >= max_rounds:
                warnings.warn(
                    f"debtrank_batch: not converged within max_rounds={max_rounds}",
                    RuntimeWarning,
                    stacklevel=2,
                )
                break
            Hn = np.minimum(1.0, H + lam @ delta)
            delta = Hn - H
            H = Hn
            rounds += 1
    R = v @ H - v @ H1
    return BatchDebtRankResult(
        distress=np.ascontiguousarray(H.T),
        debtrank=np.asarray(R, dtype=float).reshape(-1),
        initial_distress=np.ascontiguousarray(H1.T),
        weights=v,
        rounds=rounds,
        variant=variant,
    )


# ----------------------------------------------------------------------------------------------
# Furfine
# ----------------------------------------------------------------------------------------------


def furfine(
    exposures: Any,
    capital: Any,
    initial_failures: Any,
    loss_given_default: Any = 1.0,
) -> FurfineResult:
    """Sequential default cascade of Furfine (2003).

    Parameters
    ----------
    exposures : array_like or scipy.sparse matrix, shape (n, n)
        ``exposures[i, j] >= 0``: exposure (asset) of ``i`` to ``j``, USD billions; zero
        diagonal.
    capital : array_like, shape (n,)
        Loss-absorbing capital ``C_i >= 0``, USD billions. (Firms already insolvent belong in
        ``initial_failures``.)
    initial_failures : array_like of int or bool
        Indices of the firms failing in round 0, or a boolean mask of length ``n``.
    loss_given_default : float or array_like of shape (n,), default 1.0
        Fraction ``theta`` in ``[0, 1]`` of an exposure lost when the counterparty fails; an
        array gives one value per failing counterparty ``j``.

    Returns
    -------
    FurfineResult
        ``failure_round`` (-1 = never), ``failed``, ``waves``, final ``losses``, ``rounds``.

    Raises
    ------
    ValueError
        If ``exposures`` is invalid (see :func:`eisenberg_noe`), ``capital`` is negative or
        malformed, an index in ``initial_failures`` is out of range, or
        ``loss_given_default`` lies outside ``[0, 1]``.

    Notes
    -----
    Firm ``i`` fails in round ``k`` when its cumulative loss on all counterparties failed in
    rounds ``< k`` **strictly exceeds** its capital: ``sum_{j failed} theta_j X[i, j] > C_i``.
    A loss exactly equal to capital wipes the capital out but is not counted as a failure
    (some implementations use ``>=``, which changes answers on round numbers). A firm with
    zero capital fails at the first positive loss. Recoveries do not feed back (unlike
    :func:`eisenberg_noe`).

    References
    ----------
    Furfine, C. H. (2003). Interbank exposures: quantifying the risk of contagion. Journal of
    Money, Credit and Banking 35(1), 111-128.

    Examples
    --------
    >>> import numpy as np
    >>> X = np.zeros((4, 4))
    >>> X[1, 0], X[2, 1], X[3, 1] = 5.0, 3.0, 2.0
    >>> res = furfine(X, [1.0, 4.0, 2.0, 2.0], [0])
    >>> res.failure_round.tolist(), res.waves
    ([0, 1, 2, -1], [[0], [1], [2]])
    """
    X, _ = _square(exposures, "exposures")
    n = X.shape[0]
    C = _vector(capital, n, "capital", nonneg=True)
    init = np.asarray(initial_failures)
    mask = np.zeros(n, dtype=bool)
    if init.dtype == bool:
        if init.shape != (n,):
            raise ValueError(f"initial_failures as a mask must have shape ({n},), got {init.shape}")
        mask = init.copy()
    elif init.size:
        if not np.issubdtype(init.dtype, np.integer):
            raise ValueError("initial_failures must be integer indices or a boolean mask")
        idx = init.ravel()
        if np.any(idx < 0) or np.any(idx >= n):
            raise ValueError(f"initial_failures must be indices in [0, {n - 1}], got {idx}")
        mask[idx] = True
    lgd = np.asarray(loss_given_default, dtype=np.float64)
    if lgd.ndim == 0:
        lgd = np.full(n, float(lgd))
    if lgd.shape != (n,) or not np.all(np.isfinite(lgd)) or np.any((lgd < 0) | (lgd > 1)):
        raise ValueError(
            f"loss_given_default must be a fraction in [0, 1] (scalar or shape ({n},))"
        )
    rnd = np.where(mask, 0, -1).astype(np.int64)
    failed = mask.copy()
    losses = np.zeros(n)
    newly = mask.copy()
    k = 0
    while newly.any():
        losses = losses + X @ np.where(newly, lgd, 0.0)
        nf = ~failed & (losses > C)
        if not nf.any():
            break
        k += 1
        rnd[nf] = k
        failed |= nf
        newly = nf
    waves = [[int(i) for i in np.flatnonzero(rnd == r)] for r in range(k + 1)]
    if not mask.any():
        waves = []
    return FurfineResult(failure_round=rnd, failed=failed, waves=waves, losses=losses, rounds=k)
