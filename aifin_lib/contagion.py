"""Financial-network contagion: clearing payments, default costs, DebtRank and Furfine cascades.

Four models of how losses travel through a network of obligations, implemented exactly and
sparse-aware:

- :func:`eisenberg_noe`: the clearing payment vector of Eisenberg and Noe (2001), with five
  solvers (fictitious default, a Picard/Krylov hybrid, a Picard/sparse-LU hybrid, Picard
  iteration, linear programme); :func:`eisenberg_noe_batch` solves many scenarios of external
  assets at once.
- :func:`rogers_veraart`: clearing with default costs (Rogers and Veraart 2013).
- :func:`debtrank` / :func:`debtrank_batch`: distress propagation, single-hit (Battiston et al.
  2012) and linear (Bardoscia et al. 2015).
- :func:`furfine`: sequential defaults without recoveries feeding back (Furfine 2003).

Conventions
-----------
- ``liabilities[i, j] >= 0`` is the nominal amount firm ``i`` owes firm ``j`` (row = debtor,
  column = creditor), in USD billions, due at one common clearing date; the diagonal is zero.
  Dense ``numpy`` arrays, ``scipy.sparse`` arrays/matrices and ``pandas.DataFrame`` are
  accepted; sparse input is never densified. A DataFrame is read by label: its columns are put
  in the order of its index, and a ``pandas.Series`` given for a vector is matched to those
  labels (results follow the order of the index).
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
- Tolerances are relative per firm: a firm is in default when it pays less than
  ``(1 - tol) * pbar[i]``, so no firm's result is off by more than a small fraction of its own
  obligations, whatever the size of the other firms.
"""

from __future__ import annotations

import itertools
import math
import numbers
import warnings
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.optimize import linprog
from scipy.sparse.csgraph import connected_components
from scipy.sparse.linalg import LinearOperator, gmres, splu

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
EN_METHODS: tuple[str, ...] = ("auto", "fictitious_default", "krylov", "hybrid", "picard", "lp")

# Dense inputs up to this size are solved with the (dense) fictitious default algorithm
# when ``method="auto"``; larger or sparse inputs use the Picard/Krylov hybrid.
_AUTO_DENSE_MAX = 256

# Krylov (GMRES) solves of a default set's linear system, in units of each firm's obligations:
# accepted when every equation's residual is at most _KRYLOV_RTOL of the firm's obligations;
# abandoned for sparse LU when that would take more than _KRYLOV_MAX_MATVECS products.
_KRYLOV_RTOL = 1e-14
_KRYLOV_RESTART = 20
_KRYLOV_MAX_MATVECS = 600

# A clearing vector is reported as converged only if no firm's clearing residual exceeds
# max(tol, _VERIFY_RTOL) of its obligations.
_VERIFY_RTOL = 1e-9

# Frontier sweeps in scalar code while at most this many firms change (chains, rings).
_SCALAR_FRONTIER = 8


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
        Boolean, ``True`` where a firm pays less than ``(1 - tol)`` times what it owes. Firms
        without obligations never default.
    equity : numpy.ndarray
        ``max(0, net_worth)``, USD billions.
    net_worth : numpy.ndarray
        ``external_assets + received - obligations`` (book value of external assets), USD
        billions; negative for defaulters.
    waves : list of list of int
        Defaulting firms (positions) by the round in which the solver found them; round 0
        holds the fundamental defaults (short even if every debtor pays in full). For
        ``"fictitious_default"`` and :func:`rogers_veraart` the rounds are those of the
        fictitious default (GA) algorithm; for ``"krylov"``, ``"hybrid"`` and ``"picard"`` a
        round is a Picard sweep from ``pbar`` (plus one round per exact solve for the first
        two); ``"lp"`` reports round 0 and then all other defaulters in one list. Empty rounds
        are dropped.
    method : str
        The solver actually used (``"auto"`` resolved; ``"+picard"`` appended when a singular
        system forced Picard sweeps).
    residual : float
        ``max |Phi(p) - p|``, the fixed-point residual of the clearing map, USD billions (a
        firm short by at most ``tol`` of its obligations counts as paying in full, as in the
        default test; this matters for the discontinuous map of Rogers and Veraart).
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
        Linear systems solved (by LU, or by GMRES with LU as the fallback).
    converged : bool
        ``True`` only if the result is verified: every firm's clearing residual is at most
        ``max(tol, 1e-9)`` of its obligations (and, for ``"lp"``, it is certified to be the
        greatest clearing vector). ``False`` comes with a ``RuntimeWarning``.
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
        Networks with ``n > 200``: linear systems solved (one LU factorisation per distinct
        policy, or one GMRES solve per scenario for large default sets); smaller networks:
        rounds of stacked dense solves (one system per scenario).
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


def _is_real(v: Any) -> bool:
    return isinstance(v, numbers.Real) and not isinstance(v, bool | np.bool_)


def _real_array(x: Any, name: str, expected: str) -> np.ndarray:
    """``x`` as a float64 array; booleans, complex numbers and strings are refused."""
    try:
        arr = np.asarray(x)
    except (TypeError, ValueError) as exc:  # ragged nested lists
        raise ValueError(f"{name} must be {expected}") from exc
    kind = arr.dtype.kind
    if kind == "O" and all(_is_real(v) for v in arr.flat):
        kind = "f"
    if kind not in "iuf":
        raise TypeError(
            f"{name} must hold real numbers (not bool, complex or text), got dtype {arr.dtype}"
        )
    return arr.astype(np.float64)


def _real_scalar(x: Any, name: str, expected: str) -> float:
    if isinstance(x, np.ndarray) and x.ndim == 0 and x.dtype.kind in "iuf":
        x = x.item()
    if not _is_real(x):
        raise TypeError(f"{name} must be {expected}, got {x!r}")
    return float(x)


def _fraction(x: Any, name: str) -> float:
    f = _real_scalar(x, name, "a number in [0, 1]")
    if not (0.0 <= f <= 1.0):
        raise ValueError(f"{name} must lie in [0, 1], got {f!r}")
    return f


def _tolerance(x: Any, name: str = "tol") -> float:
    t = _real_scalar(x, name, "a finite number >= 0")
    if not (math.isfinite(t) and t >= 0):
        raise ValueError(f"{name} must be a finite number >= 0, got {x!r}")
    return t


def _count(x: Any, name: str) -> int:
    if isinstance(x, bool | np.bool_) or not isinstance(x, int | np.integer) or x < 1:
        raise ValueError(f"{name} must be a positive integer, got {x!r}")
    return int(x)


def _frame_labels(x: pd.DataFrame, name: str) -> pd.DataFrame:
    """A square DataFrame with its columns in the order of its index (the same labels)."""
    for axis, labels in (("index", x.index), ("columns", x.columns)):
        if not labels.is_unique:
            dup = labels[labels.duplicated()].unique().tolist()
            raise ValueError(f"{name} has duplicate firm labels in its {axis}: {dup[:5]}")
    cols = set(x.columns)
    rows = set(x.index)
    only_rows = [v for v in x.index if v not in cols]
    only_cols = [v for v in x.columns if v not in rows]
    if only_rows or only_cols:
        raise ValueError(
            f"{name} must have the same firm labels in its index and its columns; only in "
            f"the index: {only_rows[:5]}, only in the columns: {only_cols[:5]}"
        )
    return x.loc[:, x.index]


def _by_label(x: Any, labels: pd.Index | None, name: str) -> Any:
    """Match a pandas Series (or the columns of a DataFrame) to the network's firm labels."""
    if not isinstance(x, pd.Series | pd.DataFrame):
        return x
    keys = x.index if isinstance(x, pd.Series) else x.columns
    if labels is None:
        if keys.equals(pd.RangeIndex(len(keys))):
            return x.to_numpy()
        raise ValueError(
            f"{name} has firm labels but the network has none: pass the matrix as a DataFrame "
            f"with these labels, or pass {name}.to_numpy() to match by position"
        )
    if not keys.is_unique:
        raise ValueError(
            f"{name} has duplicate firm labels: {keys[keys.duplicated()].tolist()[:5]}"
        )
    known = set(labels)
    missing = [v for v in labels if v not in keys]
    unknown = [v for v in keys if v not in known]
    if missing or unknown:
        raise ValueError(
            f"{name} must have one entry per firm of the network (matched by label); "
            f"missing: {missing[:5]}, unknown: {unknown[:5]}"
        )
    if isinstance(x, pd.Series):
        return x.reindex(labels).to_numpy()
    return x.reindex(columns=labels).to_numpy()


def _check_sums(m: Any, name: str, labels: pd.Index | None) -> None:
    """Refuse matrices whose row or column sums overflow float64."""
    data = m.data if sp.issparse(m) else m
    with np.errstate(over="ignore", invalid="ignore"):
        if math.isfinite(float(np.sum(data))):  # all entries are >= 0: no partial sum is larger
            return
        if not np.all(np.isfinite(data)):
            raise ValueError(f"{name} must be finite (no NaN or inf)")
        for axis, what in ((1, "row"), (0, "column")):
            s = np.asarray(m.sum(axis=axis)).ravel()
            bad = np.flatnonzero(~np.isfinite(s))
            if bad.size:
                firm = labels[bad[0]] if labels is not None else int(bad[0])
                raise ValueError(
                    f"{name}: the {what} of firm {firm!r} sums past the largest float (about "
                    "1.8e308); express the amounts in larger units"
                )


def _square(x: Any, name: str) -> tuple[np.ndarray | sp.csr_array, bool, pd.Index | None]:
    """Validate a non-negative square matrix with zero diagonal; keep sparse input sparse.

    Returns ``(matrix, is_sparse, labels)``; ``labels`` is the index of a DataFrame, else None.
    """
    labels = None
    if isinstance(x, pd.DataFrame):
        x = _frame_labels(x, name)
        labels = x.index
    if sp.issparse(x):
        if len(x.shape) != 2 or x.shape[0] != x.shape[1]:
            raise ValueError(f"{name} must be a square 2-D matrix, got shape {x.shape}")
        if x.dtype.kind not in "iuf":
            raise TypeError(f"{name} must hold real numbers, got dtype {x.dtype}")
        m = sp.csr_array(x, dtype=np.float64)
        if not (np.all(m.data > 0) and m.has_canonical_format):  # else negatives, NaN or 0
            m = m.copy()  # never modify the caller's matrix
            m.sum_duplicates()
            m.eliminate_zeros()
        data, diag = m.data, m.diagonal()
        sparse = True
    else:
        m = _real_array(x, name, "a square 2-D array of numbers")
        if m.ndim != 2 or m.shape[0] != m.shape[1]:
            raise ValueError(f"{name} must be a square 2-D array, got shape {m.shape}")
        data, diag = m, np.diag(m)
        sparse = False
    if not np.all(data >= 0):  # also False for NaN
        if not np.all(np.isfinite(data)):
            raise ValueError(f"{name} must be finite (no NaN or inf)")
        raise ValueError(f"{name} must be non-negative")
    if np.any(diag != 0):
        raise ValueError(f"{name} must have a zero diagonal (no self-loops)")
    _check_sums(m, name, labels)  # also refuses inf
    return m, sparse, labels


def _vector(
    x: Any, n: int, name: str, labels: pd.Index | None = None, *, nonneg: bool = False
) -> np.ndarray:
    """Validate a finite float vector of length ``n`` (a Series is matched by label)."""
    if isinstance(x, pd.DataFrame):
        raise ValueError(f"{name} must be 1-D (an array or a Series), got a DataFrame")
    v = _real_array(_by_label(x, labels, name), name, f"a 1-D array of {n} numbers")
    if v.shape != (n,):
        raise ValueError(f"{name} must have shape ({n},), got shape {v.shape}")
    if not np.all(np.isfinite(v)):
        raise ValueError(f"{name} must be finite (no NaN or inf)")
    if nonneg and np.any(v < 0):
        raise ValueError(f"{name} must be non-negative")
    return v


def _scenarios(x: Any, n: int, name: str, labels: pd.Index | None) -> np.ndarray:
    """Validate a finite ``(S, n)`` array of scenarios (a 1-D input is one scenario)."""
    X = _real_array(_by_label(x, labels, name), name, f"a numeric array of shape (S, {n})")
    if X.ndim == 1:
        X = X[None, :]
    if X.ndim != 2 or X.shape[1] != n:
        raise ValueError(f"{name} must have shape (S, {n}) (rows = scenarios), got shape {X.shape}")
    if not np.all(np.isfinite(X)):
        raise ValueError(f"{name} must be finite (no NaN or inf)")
    return X


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
        rows = L @ np.ones(n) if sp.issparse(L) else L.sum(axis=1)  # faster than .sum(axis=1)
        with np.errstate(over="ignore"):
            self.pbar = rows + el
        if not np.all(np.isfinite(self.pbar)):
            i = int(np.flatnonzero(~np.isfinite(self.pbar))[0])
            raise ValueError(
                f"the obligations of firm {i} (liabilities plus external_liabilities) sum past "
                "the largest float (about 1.8e308); express the amounts in larger units"
            )
        self.has = self.pbar > 0
        with np.errstate(over="ignore", divide="ignore"):
            inv = np.where(self.has, 1.0 / np.where(self.has, self.pbar, 1.0), 0.0)
        exact = np.all(np.isfinite(inv))  # 1/pbar overflows only for subnormal obligations
        if sparse:
            if not sp.issparse(L):
                L = sp.csr_array(L)
            self.L = L
            counts = np.diff(L.indptr)
            data = (
                L.data * np.repeat(inv, counts)
                if exact
                else L.data / np.repeat(np.where(self.has, self.pbar, 1.0), counts)
            )
            pi = sp.csr_array((data, L.indices, L.indptr), shape=L.shape, copy=False)
            self.pi = pi  # Pi[i, j]: share of i's payment that goes to j (CSR, debtor rows)
            self.m = pi.T  # M = Pi^T (CSC view, no copy): received = M @ p
        else:
            self.L = L
            self.pi = L * inv[:, None] if exact else L / np.where(self.has, self.pbar, 1.0)[:, None]
            self.m = np.ascontiguousarray(self.pi.T)
        self._closed: tuple[np.ndarray, np.ndarray] | None = None

    # closed classes: strongly connected components that owe nothing outside themselves
    def closed_classes(self) -> tuple[np.ndarray, np.ndarray]:
        if self._closed is None and np.all(self.el > 0):  # everybody leaks: no closed class
            self._closed = (np.full(self.n, -1), np.ones(self.n, dtype=np.int64))
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

    def holds_closed_class(self, mask: np.ndarray) -> bool:
        """Does ``mask`` contain every member of some closed class?"""
        label, size = self.closed_classes()
        lab = label[mask]
        lab = lab[lab >= 0]
        return bool(lab.size) and bool(np.any(np.bincount(lab, minlength=size.size) == size))

    def mdot(self, idx: np.ndarray, x: np.ndarray) -> np.ndarray:
        """``(M @ x)[idx]``."""
        if self.sparse:
            return (self.m @ x)[idx]
        return self.m[idx, :] @ x

    def sub(self, idx: np.ndarray) -> Any:
        """``M[idx, idx]`` (sparse CSR or dense)."""
        if self.sparse:
            return sp.csr_array(self.pi[idx][:, idx].T)
        return self.m[np.ix_(idx, idx)]


def _network(
    liabilities: Any, external_liabilities: Any, want_sparse: bool | None
) -> tuple[_Net, bool, pd.Index | None]:
    L, is_sparse, labels = _square(liabilities, "liabilities")
    n = L.shape[0]
    el = (
        np.zeros(n)
        if external_liabilities is None
        else _vector(external_liabilities, n, "external_liabilities", labels, nonneg=True)
    )
    sparse = is_sparse if want_sparse is None else (is_sparse or want_sparse)
    return _Net(L, el, sparse), is_sparse, labels


def _check_cash(net: _Net, e: np.ndarray, name: str = "external_assets") -> None:
    """Refuse external assets that overflow float64 together with the network's claims."""
    with np.errstate(over="ignore"):
        bound = float(np.max(np.abs(e), initial=0.0)) + 2.0 * float(np.sum(net.pbar))
        if math.isfinite(bound):  # bounds |e_i| + claims_i + pbar_i for every firm
            return
        total = np.abs(e) + net.m @ net.pbar + net.pbar
    if not np.all(np.isfinite(total)):
        i = int(np.flatnonzero(~np.isfinite(total).all(axis=tuple(range(total.ndim - 1))))[0])
        raise ValueError(
            f"{name} plus the claims of firm {i} exceed the largest float (about 1.8e308); "
            "express the amounts in larger units"
        )


# ----------------------------------------------------------------------------------------------
# Linear systems of a default set: sparse LU, or GMRES with LU as the fallback
# ----------------------------------------------------------------------------------------------


def _lu_solve(block: Any, beta: float, rhs: np.ndarray, sparse: bool) -> np.ndarray | None:
    """Solve ``(I - beta block) x = rhs`` (sparse or dense LU); ``None`` if singular."""
    k = rhs.shape[0]
    try:
        if sparse:
            a = sp.csc_array(sp.eye_array(k, format="csc") - beta * sp.csc_array(block))
            lu = splu(a)
            x = lu.solve(rhs)
            x = x + lu.solve(rhs - a @ x)  # one step of iterative refinement
        else:
            a = np.eye(k) - beta * block
            x = np.linalg.solve(a, rhs)
            x = x + np.linalg.solve(a, rhs - a @ x)
    except (RuntimeError, np.linalg.LinAlgError):
        return None
    if not np.all(np.isfinite(x)):
        return None
    return x


def _gmres_solve(
    block: Any, beta: float, rhs: np.ndarray, x0: np.ndarray, scale: np.ndarray
) -> tuple[np.ndarray | None, int]:
    """GMRES for ``(I - beta block) x = rhs`` in units of ``scale`` (each firm's obligations).

    Returns ``(x, products)``; ``x`` is ``None`` when the residual of some equation cannot be
    brought to ``_KRYLOV_RTOL`` of its firm's obligations within ``_KRYLOV_MAX_MATVECS``
    matrix-vector products (judged from the rate of the first restart cycles), e.g. on a long
    cycle that leaks almost nothing.
    """
    csr = sp.csr_array(block)
    k = rhs.size
    # similarity scaling S^-1 B S: equation i and unknown i measured in units of pbar_i
    data = beta * csr.data * np.repeat(1.0 / scale, np.diff(csr.indptr)) * scale[csr.indices]
    b_s = sp.csr_array((data, csr.indices, csr.indptr), shape=(k, k))
    products = 0

    def matvec(v: np.ndarray) -> np.ndarray:
        nonlocal products
        products += 1
        return v - b_s @ v

    op = LinearOperator((k, k), matvec=matvec, dtype=np.float64)
    b = rhs / scale
    z = x0 / scale
    res = float(np.max(np.abs(b - matvec(z))))
    while res > _KRYLOV_RTOL:
        before = products
        z, _ = gmres(
            op, b, x0=z, rtol=0.0, atol=0.5 * _KRYLOV_RTOL, restart=_KRYLOV_RESTART, maxiter=1
        )
        new = float(np.max(np.abs(b - matvec(z))))
        if not math.isfinite(new):
            return None, products
        if new > _KRYLOV_RTOL:
            rate = (new / res) ** (1.0 / max(products - before, 1))
            if rate >= 1.0:
                return None, products
            needed = math.log(_KRYLOV_RTOL / new) / math.log(rate)
            if products + needed > _KRYLOV_MAX_MATVECS:
                return None, products
        res = new
    return z * scale, products


class _Linear:
    """Solves the default-set systems ``(I - beta B) x = rhs`` and counts what it did.

    With ``krylov=True`` (sparse networks only) a system is solved by GMRES, warm-started from
    the previous round, and by sparse LU only if GMRES converges too slowly.
    """

    def __init__(self, beta: float, sparse: bool, krylov: bool) -> None:
        self.beta = beta
        self.sparse = sparse
        self.krylov = krylov and sparse
        self.solves = 0
        self.products = 0
        self.lu_fallbacks = 0

    def solve(
        self,
        block: Any,
        rhs: np.ndarray,
        x0: np.ndarray | None = None,
        scale: np.ndarray | None = None,
    ) -> np.ndarray | None:
        """Solution, or ``None`` if the system is singular."""
        self.solves += 1
        if rhs.shape[0] == 0:
            return np.zeros(rhs.shape)
        if self.krylov and rhs.ndim == 1 and scale is not None:
            x, used = _gmres_solve(block, self.beta, rhs, rhs if x0 is None else x0, scale)
            self.products += used
            if x is not None:
                return x
            self.lu_fallbacks += 1
        return _lu_solve(block, self.beta, rhs, self.sparse)


# ----------------------------------------------------------------------------------------------
# Clearing engine (shared by Eisenberg-Noe and Rogers-Veraart)
# ----------------------------------------------------------------------------------------------


@dataclass
class _Problem:
    """One clearing problem.

    ``p_i = pbar_i`` if ``e_i + (M p)_i >= pbar_i - tolv_i``, else
    ``max(0, ext_i + beta (M p)_i)``; ``tolv = tol * pbar`` is the tolerance of each firm.
    """

    net: _Net
    e: np.ndarray
    ext: np.ndarray
    beta: float
    tol: float
    linear: _Linear

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

    def short(self, a: np.ndarray, idx: Any = slice(None)) -> np.ndarray:
        """Firms ``idx`` short with cash ``a`` (= ``e + M u`` on ``idx``)."""
        return a < self.floor[idx]


@dataclass
class _Bound:
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
    def start(cls, prob: _Problem) -> _Bound:
        """Everybody pays in full; round 0 holds the fundamental defaults."""
        u = prob.net.pbar.copy()
        a = prob.e + prob.net.m @ u
        short = prob.short(a)
        wave_of = np.where(short, 0, -1).astype(np.int64)
        return cls(u, a, short, wave_of)

    def mark(self, idx: np.ndarray) -> None:
        self.short[idx] = True
        self.wave_of[idx] = self.rnd


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
    vals = pi.data[pos] * np.repeat(delta, counts)
    n = a.size
    if tot < n // 64:  # a thin frontier: sort the few creditors
        np.add.at(a, cols, vals)
        return np.unique(cols)
    a += np.bincount(cols, weights=vals, minlength=n)  # a wide one: one pass over the firms
    return np.flatnonzero(np.bincount(cols, minlength=n))


def _scalar_sweeps(
    prob: _Problem, bound: _Bound, front: np.ndarray, cap: int, patience: int, idle: int
) -> tuple[np.ndarray, int, bool]:
    """Frontier sweeps in scalar code while the frontier is thin (chains, rings).

    Same Jacobi semantics as :func:`_sweeps`: all candidates are evaluated on the same ``a``
    before any change is pushed to creditors. Returns ``(front, idle, fixed point reached)``.
    """
    net, e, ext, beta = prob.net, prob.e, prob.ext, prob.beta
    pbar, floor = net.pbar, prob.floor
    u, a, short = bound.u, bound.a, bound.short
    indptr, indices, data = net.pi.indptr, net.pi.indices, net.pi.data
    todo = front.tolist()
    while bound.sweeps < cap and len(todo) <= _SCALAR_FRONTIER:
        changes = []
        for i in todo:
            ai, pb = a[i], pbar[i]
            vi = pb if ai >= pb else max(0.0, ext[i] + beta * (ai - e[i]))
            if vi < u[i]:
                changes.append((i, vi - u[i], vi))
        if not changes:
            return np.asarray(todo, dtype=np.int64), idle, True
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
    return np.asarray(todo, dtype=np.int64), idle, False


def _sweeps(
    prob: _Problem, bound: _Bound, cand: np.ndarray | None, cap: int, patience: int
) -> bool:
    """Picard sweeps from the upper bound, touching only firms whose inflow changed.

    ``bound`` is updated in place. Stops after ``patience`` sweeps without a new sure
    defaulter, at a fixed point (returns ``True``), or when ``bound.sweeps`` reaches ``cap``.
    """
    net, e, ext, beta = prob.net, prob.e, prob.ext, prob.beta
    pbar = net.pbar
    big = max(64, net.n // 8)
    idle = 0
    bound.recv = None  # u changes below
    while bound.sweeps < cap:
        if cand is not None and cand.size <= _SCALAR_FRONTIER and net.sparse:
            cand, idle, fixed = _scalar_sweeps(prob, bound, cand, cap, patience, idle)
            if fixed:
                return True
            if idle >= patience:
                break
            continue
        idx = np.arange(net.n) if cand is None else cand
        av = bound.a[idx]
        pb = pbar[idx]
        v = np.where(av >= pb, pb, np.maximum(0.0, ext[idx] + beta * (av - e[idx])))
        dec = v < bound.u[idx]
        ch = idx[dec]
        if ch.size == 0:
            return True
        delta = v[dec] - bound.u[ch]
        bound.u[ch] = v[dec]
        bound.sweeps += 1
        bound.rnd += 1
        if ch.size > big or not net.sparse:
            bound.a[:] = e + net.m @ bound.u
            cand = None
            newly = np.flatnonzero(~bound.short & prob.short(bound.a))
        else:
            cand = _push(net.pi, ch, delta, bound.a)
            newly = cand[~bound.short[cand] & prob.short(bound.a[cand], cand)]
        if newly.size:
            bound.mark(newly)
            idle = 0
        else:
            idle += 1
            if idle >= patience:
                break
    return False


def _howard(
    prob: _Problem, bound: _Bound, zmask: np.ndarray, check_closed: bool
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
        return _howard_core(prob, bound.u, dmask, zmask)
    label, size = net.closed_classes()
    lab = label[dmask]
    cnt = np.bincount(lab[lab >= 0], minlength=size.size)
    in_full = np.isin(label, np.flatnonzero((cnt > 0) & (cnt == size)))
    rest = dmask & ~in_full
    if rest.any():
        x = _howard_core(prob, bound.u, rest, zmask)
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


def _closed_lcp(
    prob: _Problem, cidx: np.ndarray, b: np.ndarray, zero: np.ndarray, lab: np.ndarray
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
        blk = sub[q][:, q] if prob.net.sparse else sub[np.ix_(q, q)]
        sol = prob.linear.solve(blk, b[q], x[q], scale[q])
        if sol is None:
            return None
        x = np.zeros(k)
        x[q] = np.maximum(sol, 0.0)
        pol = new
    return None


def _howard_core(
    prob: _Problem, u: np.ndarray, dmask: np.ndarray, zmask: np.ndarray
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
        if q.size == didx.size:
            sub = mdd
        elif net.sparse:
            sub = mdd[q][:, q]
        else:
            sub = mdd[np.ix_(q, q)]
        sol = prob.linear.solve(sub, ext_d[q] + beta * outside[q], xd[q], scale[q])
        if sol is None:
            return None
        xd = np.zeros(didx.size)
        xd[q] = np.maximum(sol, 0.0)
        prev = pol
    return None


def _waves(wave_of: np.ndarray, defaults: np.ndarray) -> list[list[int]]:
    idx = np.flatnonzero(defaults)
    w = wave_of[idx]
    w = np.where(w < 0, np.iinfo(np.int64).max, w)  # unknown round: last
    order = np.argsort(w, kind="stable")
    idx, w = idx[order], w[order]
    bounds = [0, *(np.flatnonzero(np.diff(w)) + 1).tolist(), idx.size]
    ids = idx.tolist()
    return [ids[lo:hi] for lo, hi in itertools.pairwise(bounds)] if ids else []


def _solve_greatest(
    prob: _Problem, use_sweeps: bool, max_iter: int
) -> tuple[np.ndarray, _Bound, bool, bool]:
    """Greatest clearing vector by fictitious-default rounds (optionally with Picard sweeps).

    Invariant: ``bound.u`` is an upper bound of the greatest clearing vector with
    ``Phi(u) <= u``; every firm in ``bound.short`` is short at some upper bound and hence a sure
    defaulter. Each exact step solves the default set's payments with everybody else paying in
    full; the result is a new upper bound, and the algorithm stops when nobody else is short at
    it. Returns ``(p, bound, used_fallback, converged)``.
    """
    net = prob.net
    bound = _Bound.start(prob)
    fallback = False
    check_closed = prob.beta >= 1.0
    # Only the firms short at pbar pay less after the first sweep: start the frontier there.
    cand: np.ndarray | None = np.flatnonzero(bound.short)
    fb_budget = 8
    while True:
        if use_sweeps and (cand is None or cand.size):
            # the sweeps mark every firm they find short (the exact solve below does not use
            # the cash they update, which carries their rounding)
            _sweeps(prob, bound, cand, max(bound.sweeps + 1, max_iter), 2)
        if not bound.short.any():
            bound.recv = None
            return net.pbar.copy(), bound, fallback, True
        zmask = bound.short & (prob.ext + prob.beta * (bound.a - prob.e) <= 0)
        y = _howard(prob, bound, zmask, check_closed)
        if y is None:
            # A closed class of firms would have to be solved as a block: singular. More Picard
            # sweeps from the upper bound reveal which of them pay zero; then try again.
            fallback = True
            if bound.sweeps >= max_iter:
                warnings.warn(
                    "clearing: singular default class and max_iter reached; returning the "
                    "Picard upper bound",
                    RuntimeWarning,
                    stacklevel=3,
                )
                return bound.u, bound, fallback, False
            cap = min(max_iter, bound.sweeps + fb_budget)
            fb_budget *= 2
            fixed = _sweeps(prob, bound, None, cap, cap + 1)
            if fixed:
                return bound.u, bound, fallback, True
            cand = np.empty(0, dtype=np.int64)
            continue
        y = np.minimum(y, net.pbar)
        recv = net.m @ y
        a_y = prob.e + recv
        new = np.flatnonzero(~bound.short & prob.short(a_y))
        bound.u, bound.a, bound.recv = y, a_y, recv
        if new.size == 0:
            return y, bound, fallback, True
        bound.rnd += 1
        bound.mark(new)
        cand = new


def _picard(prob: _Problem, max_iter: int) -> tuple[np.ndarray, np.ndarray, int, bool]:
    """Plain Picard iteration from ``pbar`` until no firm's step exceeds its tolerance."""
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
    warnings.warn(
        f"picard: not converged within max_iter={max_iter} sweeps (last step {step:.3g}); "
        "use method='krylov' for an exact answer",
        RuntimeWarning,
        stacklevel=3,
    )
    return u, wave_of, max_iter, False


def _lp_solve(net: _Net, e: np.ndarray) -> np.ndarray | None:
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
    m = sp.csr_array(net.m if net.sparse else sp.csr_array(net.m))[idx][:, idx]
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
        res = linprog(-np.ones(idx.size), A_ub=a_ub, b_ub=rhs[rows], bounds=bounds, method=method)
        if res.status == 0:
            p[idx] = np.clip(res.x, 0.0, 1.0) * pb
            return p
    return None


def _lp(prob: _Problem) -> tuple[np.ndarray, np.ndarray, bool]:
    """Greatest clearing vector from the LP, polished and verified.

    The LP's default set is solved exactly and updated from the firms short at the solution
    (policy iteration) until it is stable. The result is certified as the greatest clearing
    vector when it is a fixed point whose default set contains no whole closed class (for
    ``e >= 0`` that is necessary and sufficient). Returns ``(p, wave_of, certified)``.
    """
    net, e = prob.net, prob.e
    short = prob.short(e + net.m @ net.pbar)
    wave_of = np.where(short, 0, -1).astype(np.int64)
    p = _lp_solve(net, e)
    if p is None:  # HiGHS failed: start the polish from the firms short at pbar instead
        warnings.warn(
            "method='lp': HiGHS could not solve the clearing LP; polishing from the firms "
            "short when everybody pays in full",
            RuntimeWarning,
            stacklevel=3,
        )
        p, dmask = net.pbar.copy(), short
    else:
        dmask = net.has & (p < net.pbar * (1.0 - 1e-6))
    none = np.zeros(net.n, dtype=bool)
    for _ in range(8):
        if not dmask.any():
            y = net.pbar.copy()
        else:
            y = _howard_core(prob, net.pbar, dmask, none)
            if y is None:
                break
            y = np.clip(y, 0.0, net.pbar)
        recv = net.m @ y
        new = prob.short(e + recv)
        p = y
        if np.array_equal(new, dmask):
            break
        dmask = new
    ok = _residuals(prob, p)[1] <= _VERIFY_RTOL
    ok = ok and not net.holds_closed_class(prob.short(p))  # the default set of p
    return p, wave_of, ok


def _residuals(
    prob: _Problem, p: np.ndarray, recv: np.ndarray | None = None
) -> tuple[float, float]:
    """Largest clearing residual ``|Phi(p) - p|``: in USD billions, and of a firm as a
    fraction of its obligations."""
    pbar = prob.net.pbar
    r = np.abs(prob.phi(p, recv) - p)
    if not np.all(np.isfinite(r)):
        return math.inf, math.inf
    rel = float(np.max(r / np.where(pbar > 0, pbar, 1.0), initial=0.0))
    return float(np.max(r, initial=0.0)), rel


def _result(
    prob: _Problem,
    p: np.ndarray,
    wave_of: np.ndarray,
    method: str,
    counts: tuple[int, int],
    converged: bool,
    received: np.ndarray | None = None,
) -> ClearingResult:
    """Assemble the result (``received = M p`` if known); a vector whose residual fails the
    check is never reported as converged."""
    net = prob.net
    pbar = net.pbar
    if received is None:
        received = net.m @ p
    net_worth = prob.e + received - pbar
    defaults = prob.short(p)
    recovery = np.ones(net.n)
    recovery[net.has] = p[net.has] / pbar[net.has]
    limit = max(prob.tol, _VERIFY_RTOL)
    residual, rel = _residuals(prob, p, received)
    if converged and rel > limit:
        warnings.warn(
            f"clearing ({method}): the result is not a clearing vector to within {limit:.0e} "
            "of each firm's obligations; reported as not converged",
            RuntimeWarning,
            stacklevel=3,
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
        iterations=int(counts[0]),
        solves=int(counts[1]),
        converged=bool(converged),
    )


def _empty_result(method: str) -> ClearingResult:
    z = np.zeros(0)
    return ClearingResult(z, z.astype(bool), z, z, [], method, 0.0, z, 0.0, z, z, 0, 0, True)


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
    liabilities : array_like, scipy.sparse matrix or pandas.DataFrame, shape (n, n)
        ``liabilities[i, j] >= 0``: what firm ``i`` owes firm ``j``, USD billions; zero
        diagonal. Sparse input stays sparse. A DataFrame must have the same firm labels in its
        index and columns (in any order); its columns are matched to its index by label.
    external_assets : array_like or pandas.Series, shape (n,)
        Net external position ``e`` (external assets minus senior external debt), USD billions;
        may be negative (payments are floored at zero, network creditors absorb losses first).
        A Series is matched to the firm labels of a DataFrame ``liabilities``.
    external_liabilities : array_like or pandas.Series, shape (n,), optional
        External debt ranking pari passu with network debt, ``>= 0``, USD billions; added to
        ``pbar``. Default: none.
    method : {"auto", "fictitious_default", "krylov", "hybrid", "picard", "lp"}
        ``"fictitious_default"``: Eisenberg-Noe (2001, Sec. 3) rounds with exact linear solves
        on the default set (dense or sparse LU); rounds are the contagion waves.
        ``"krylov"``: Picard sweeps from ``pbar`` restricted to firms whose inflow changed find
        sure defaulters, then the default set's linear system is solved by GMRES (warm-started,
        in units of each firm's obligations, to a residual of 1e-14 of them), with sparse LU as
        the fallback when GMRES converges too slowly (long cycles that leak little); re-check,
        repeat. ``"hybrid"``: the same with sparse LU (``splu``) for every solve; LU fills in
        on large random networks with many defaults and is then far slower.
        ``"picard"``: iterate the map until no firm's step exceeds ``tol`` of its obligations
        (warns if ``max_iter`` is reached). ``"lp"``: ``scipy.optimize.linprog`` (HiGHS) in
        recovery rates ``p / pbar``, polished by exact solves and verified; a cross-check that
        requires ``external_assets >= 0``. ``"auto"``: ``"fictitious_default"`` for dense input
        with ``n <= 256``, else ``"krylov"``.
    tol : float, default 1e-12
        Relative tolerance per firm: firm ``i`` is in default when it pays less than
        ``(1 - tol) * pbar_i``; Picard stops when no step exceeds ``tol * pbar_i``.
    max_iter : int, default 100000
        Maximum number of Picard sweeps (methods ``"picard"``, ``"krylov"``, ``"hybrid"`` and
        fallbacks).

    Returns
    -------
    ClearingResult
        Payments, defaults, equity, net worth, waves, residual and diagnostics, in the order of
        the firms (the index order for a DataFrame).

    Raises
    ------
    ValueError
        If ``liabilities`` is not square, negative, non-finite or has a non-zero diagonal; if a
        DataFrame's index and columns hold different or duplicate labels, or a Series does not
        match them; if a vector has the wrong shape, is non-finite or (``external_liabilities``)
        negative; if amounts overflow float64; if ``method``, ``tol`` or ``max_iter`` is
        invalid; if ``method="lp"`` and some ``external_assets`` are negative.
    TypeError
        If an input is not real-valued (text, booleans or complex numbers).

    Warns
    -----
    RuntimeWarning
        If the result cannot be verified (``converged=False``), if ``"picard"`` reaches
        ``max_iter``, or if HiGHS fails on the LP (the polish then starts from the firms short
        at ``pbar``).

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
    class's cash exactly offsets its senior debt (or a class without senior debt sits exactly
    at break-even, where rounding can make all its members look short) does the solver fall
    back to Picard sweeps from the current upper bound (``method`` then gets a ``"+picard"``
    suffix).

    ``I - M_DD`` is an M-matrix whose columns leak what the defaulters pay outside ``D``; on
    random networks with many defaults GMRES needs a few dozen products with ``M_DD`` where a
    sparse LU factorisation fills in almost completely. Its accuracy is relative to each
    firm's obligations; a firm that pays a tiny fraction of them (say 1e-10) is exact to
    1e-14 of its obligations, not of its payment (``"fictitious_default"`` and ``"hybrid"``,
    with LU, are accurate to the last digits in that case too). Every result is verified: if a
    firm's clearing residual exceeds ``max(tol, 1e-9)`` of its obligations, ``converged`` is
    ``False`` and a ``RuntimeWarning`` is issued. The LP is verified the same way and, in
    addition, certified as the greatest clearing vector (no closed class wholly in default).

    Picard iteration alone converges only asymptotically, arbitrarily slowly on long chains
    and cycles; it never stops after a fixed number of sweeps here but at a tolerance.

    References
    ----------
    Eisenberg, L. and Noe, T. H. (2001). Systemic risk in financial systems. Management
    Science 47(2), 236-249.
    Barucca, P. et al. (2020). Network valuation in financial systems. Mathematical Finance
    30(4), 1181-1204.
    Saad, Y. and Schultz, M. H. (1986). GMRES: a generalized minimal residual algorithm for
    solving nonsymmetric linear systems. SIAM J. Sci. Stat. Comput. 7(3), 856-869.

    Examples
    --------
    >>> import numpy as np
    >>> L = np.array([[0.0, 0.1, 0.7], [2.0, 0.0, 10.5], [0.0, 8.4, 0.0]])
    >>> res = eisenberg_noe(L, [1.0, 1.0, 1.0])
    >>> [round(float(x), 6) for x in res.payments]
    [0.8, 9.5, 8.4]
    >>> res.defaults.tolist(), res.waves, res.method
    ([False, True, False], [[1]], 'fictitious_default')
    >>> res = eisenberg_noe(L, [0.0, 0.0, 0.1], method="krylov")
    >>> [round(float(x), 6) for x in res.payments]  # [0.8, 45/8, 221/40]
    [0.8, 5.625, 5.525]

    A DataFrame is read by label, whatever the order of its columns (here ``a`` owes ``b`` 2
    and ``b`` owes ``a`` 1); results follow the order of the index:

    >>> import pandas as pd
    >>> frame = pd.DataFrame([[2.0, 0.0], [0.0, 1.0]], index=["a", "b"], columns=["b", "a"])
    >>> eisenberg_noe(frame, pd.Series({"b": 0.0, "a": 1.0})).payments.tolist()
    [2.0, 1.0]
    """
    if method not in EN_METHODS:
        raise ValueError(f"method must be one of {EN_METHODS}, got {method!r}")
    max_iter = _count(max_iter, "max_iter")
    tol = _tolerance(tol)
    want_sparse = True if method in ("hybrid", "krylov") else None
    net, in_sparse, labels = _network(liabilities, external_liabilities, want_sparse)
    n = net.n
    if method == "auto":
        method = "fictitious_default" if (not in_sparse and n <= _AUTO_DENSE_MAX) else "krylov"
        if method == "krylov" and not net.sparse:
            net = _Net(sp.csr_array(net.L), net.el, True)
    e = _vector(external_assets, n, "external_assets", labels)
    _check_cash(net, e)
    if method == "lp" and np.any(e < 0):
        raise ValueError(
            "method='lp' requires external_assets >= 0 (the LP is not valid for "
            "negative net external positions); use 'krylov'"
        )
    if n == 0:
        return _empty_result(method)
    prob = _Problem(net, e, e, 1.0, tol, _Linear(1.0, net.sparse, method == "krylov"))
    if method == "picard":
        p, wave_of, iterations, converged = _picard(prob, max_iter)
        return _result(prob, p, wave_of, method, (iterations, 0), converged)
    if method == "lp":
        p, wave_of, converged = _lp(prob)
        if not converged:
            warnings.warn(
                "method='lp': the LP solution could not be verified as the greatest clearing "
                "vector; reported as not converged (use method='auto')",
                RuntimeWarning,
                stacklevel=2,
            )
        return _result(prob, p, wave_of, method, (0, prob.linear.solves), converged)
    p, bound, fb, converged = _solve_greatest(prob, method != "fictitious_default", max_iter)
    label = method + "+picard" if fb else method
    counts = (bound.sweeps, prob.linear.solves)
    return _result(prob, p, bound.wave_of, label, counts, converged, bound.recv)


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
    liabilities : array_like, scipy.sparse matrix or pandas.DataFrame, shape (n, n)
        ``liabilities[i, j]``: what ``i`` owes ``j``, USD billions (see :func:`eisenberg_noe`;
        a DataFrame is read by label).
    external_assets : array_like or pandas.Series, shape (n,)
        Net external position ``e``, USD billions. ``alpha`` applies to a positive position;
        a negative one (senior external debt in excess of external assets) is owed in full.
    alpha, beta : float
        Recovery fractions in ``[0, 1]`` on external assets and on network claims of a
        defaulting firm.
    external_liabilities : array_like or pandas.Series, shape (n,), optional
        Pari-passu external debt, ``>= 0``, USD billions, added to ``pbar``.
    tol : float, default 1e-12
        Relative tolerance per firm of the default test (see :func:`eisenberg_noe`).
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
    TypeError
        If ``alpha``, ``beta`` or an array is not real-valued.

    Notes
    -----
    The default test uses full-value assets, so the map is monotone but discontinuous: a tiny
    loss can push a firm over the edge and cut its payments by a finite amount. The greatest
    clearing vector is found by the GA algorithm of Rogers and Veraart (2013, Sec. 3.2): start
    at ``pbar``; repeatedly put every firm that is short into the default set ``D`` and solve
    ``(I - beta Pi^T[D, D]) p_D = alpha e_D + beta Pi^T[D, N] pbar_N`` (with the zero floor
    handled exactly); stop when ``D`` stops growing. With ``alpha = beta = 1`` this is the
    fictitious default algorithm and reproduces :func:`eisenberg_noe`. Dense networks of up to
    256 firms are solved by LU; larger or sparse ones by GMRES with LU as the fallback (as
    ``method="krylov"`` of :func:`eisenberg_noe`).

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
    max_iter = _count(max_iter, "max_iter")
    tol = _tolerance(tol)
    net, in_sparse, labels = _network(liabilities, external_liabilities, None)
    n = net.n
    e = _vector(external_assets, n, "external_assets", labels)
    _check_cash(net, e)
    if n == 0:
        return _empty_result("rogers_veraart")
    krylov = in_sparse or n > _AUTO_DENSE_MAX
    if krylov and not net.sparse:
        net = _Net(sp.csr_array(net.L), net.el, True)
    ext = np.where(e >= 0, alpha * e, e)
    prob = _Problem(net, e, ext, beta, tol, _Linear(beta, net.sparse, krylov))
    p, bound, fb, converged = _solve_greatest(prob, False, max_iter)
    label = "rogers_veraart+picard" if fb else "rogers_veraart"
    return _result(prob, p, bound.wave_of, label, (bound.sweeps, prob.linear.solves), converged)


# ----------------------------------------------------------------------------------------------
# Batch clearing
# ----------------------------------------------------------------------------------------------

_BATCH_STACKED_MAX = 200
_BATCH_CHUNK = 2048
# Groups of at most this many scenarios whose linear set is larger than _BATCH_KRYLOV_MIN
# firms are solved by GMRES per scenario (LU as the fallback) instead of one LU per group.
_BATCH_KRYLOV_MIN = 400
_BATCH_KRYLOV_GROUP = 16


def _closed_members(net: _Net) -> list[np.ndarray]:
    label, _ = net.closed_classes()
    return [np.flatnonzero(label == c) for c in np.unique(label[label >= 0])]


def _closed_in(members: list[np.ndarray], mask: np.ndarray) -> np.ndarray:
    """Per column of ``mask`` (n, k): does it contain a whole closed class?"""
    out = np.zeros(mask.shape[1], dtype=bool)
    for mem in members:
        out |= mask[mem].all(axis=0)
    return out


@dataclass
class _Policy:
    """One policy step of the batch for the scenarios ``act`` (columns of the masks).

    Row ``i`` of scenario ``s`` is ``x_i = pbar_i`` (``full``), ``x_i = 0`` (neither) or
    ``x_i - (M x)_i = e_i`` (``lin``: pays what it has).
    """

    act: np.ndarray
    lin: np.ndarray
    full: np.ndarray


def _stacked_solve(md: np.ndarray, Et: np.ndarray, pbar: np.ndarray, X: np.ndarray, pol: _Policy):
    """One policy step for all scenarios with stacked dense solves (small ``n``)."""
    n = md.shape[0]
    act = pol.act
    ok = np.ones(act.size, dtype=bool)
    eye = np.eye(n)
    for lo in range(0, act.size, _BATCH_CHUNK):
        sl = slice(lo, lo + _BATCH_CHUNK)
        cols = act[sl]
        lt = pol.lin[:, sl].T  # (k, n)
        rhs = np.where(lt, Et[:, cols].T, 0.0) + np.where(pol.full[:, sl].T, pbar, 0.0)
        K = eye - lt[:, :, None] * md[None, :, :]
        try:
            sol = np.linalg.solve(K, rhs[:, :, None])[:, :, 0]
            r = rhs - sol + lt * (sol @ md.T)  # rhs - K sol
            # iterative refinement where an equation is off by more than 1e-14 of obligations
            fix = np.flatnonzero(np.any(np.abs(r) > _KRYLOV_RTOL * pbar, axis=1))
            if fix.size:
                sol[fix] += np.linalg.solve(K[fix], r[fix][:, :, None])[:, :, 0]
        except np.linalg.LinAlgError:
            ok[sl] = False
            continue
        good = np.all(np.isfinite(sol), axis=1)
        ok[sl] = good
        X[:, cols[good]] = np.clip(sol[good], 0.0, pbar).T
    return ok, int(act.size > 0)


def _grouped_solve(
    net: _Net, Et: np.ndarray, X: np.ndarray, pol: _Policy, cache: dict[bytes, Any]
) -> tuple[np.ndarray, int]:
    """One policy step: scenarios grouped by policy; per group one LU factorisation for all
    its scenarios, or (large linear set, few scenarios) one GMRES solve per scenario."""
    pbar, act = net.pbar, pol.act
    ok = np.ones(act.size, dtype=bool)
    code = np.packbits(np.concatenate([pol.lin, pol.full], axis=0), axis=0).T
    keys, first, inv = np.unique(code, axis=0, return_index=True, return_inverse=True)
    inv = np.asarray(inv).ravel()
    order = np.argsort(inv, kind="stable")
    bounds = np.searchsorted(inv[order], np.arange(keys.shape[0] + 1))
    solves = 0
    for g in range(keys.shape[0]):
        members = order[bounds[g] : bounds[g + 1]]
        cols = act[members]
        j0 = first[g]
        pidx = np.flatnonzero(pol.lin[:, j0])
        base = np.where(pol.full[:, j0], pbar, 0.0)
        Xg = np.repeat(base[:, None], cols.size, axis=1)
        if pidx.size:
            rhs = Et[np.ix_(pidx, cols)] + net.mdot(pidx, base)[:, None]
            krylov = (
                net.sparse and pidx.size > _BATCH_KRYLOV_MIN and cols.size <= _BATCH_KRYLOV_GROUP
            )
            sol, k = _group_solve(net, pidx, rhs, X[pidx][:, cols], krylov, cache, keys[g])
            solves += k
            if sol is None:
                ok[members] = False
                continue
            Xg[pidx, :] = np.maximum(sol, 0.0)
        X[:, cols] = np.minimum(Xg, pbar[:, None])
    return ok, solves


def _group_solve(
    net: _Net,
    pidx: np.ndarray,
    rhs: np.ndarray,
    x0: np.ndarray,
    krylov: bool,
    cache: dict[bytes, Any],
    key: np.ndarray,
) -> tuple[np.ndarray | None, int]:
    """Solve ``(I - M_PP) X = rhs`` for one group of scenarios (columns of ``rhs``)."""
    sub = net.sub(pidx)
    if krylov:
        lin = _Linear(1.0, True, True)
        cols = [lin.solve(sub, rhs[:, c], x0[:, c], net.pbar[pidx]) for c in range(rhs.shape[1])]
        if all(c is not None for c in cols):
            return np.column_stack(cols), lin.solves
    fac = cache.get(key.tobytes())
    solves = 0
    if fac is None:
        mat = (
            sp.csc_array(sp.eye_array(pidx.size, format="csc") - sp.csc_array(sub))
            if net.sparse
            else np.eye(pidx.size) - sub
        )
        try:
            fac = (splu(mat) if net.sparse else np.linalg.inv(mat), mat)
        except (RuntimeError, np.linalg.LinAlgError):
            fac = (None, mat)
        cache[key.tobytes()] = fac
        solves = 1
    f, mat = fac
    if f is None:
        return None, solves
    if net.sparse:
        sol = f.solve(rhs)
        return sol + f.solve(rhs - mat @ sol), solves
    sol = f @ rhs
    return sol + f @ (rhs - mat @ sol), solves


def _batch_sweeps(
    net: _Net, Et: np.ndarray, tolv: np.ndarray, max_sweeps: int
) -> tuple[np.ndarray, int]:
    """Vectorised Picard sweeps from ``pbar`` until the default sets stop growing."""
    pb = net.pbar[:, None]
    U = np.repeat(pb, Et.shape[1], axis=1)
    A = Et + net.m @ U
    short = net.has[:, None] & (A < pb - tolv)
    sweeps = 0
    for _ in range(max_sweeps):
        U = np.clip(A, 0.0, pb)
        A = Et + net.m @ U
        new_short = net.has[:, None] & (A < pb - tolv)
        sweeps += 1
        grew = np.any(new_short & ~short)
        short = new_short
        if not grew:
            break
    return U, sweeps


def _batch_policy_iteration(
    net: _Net, Et: np.ndarray, tolv: np.ndarray, X: np.ndarray
) -> tuple[np.ndarray, int, int]:
    """Howard's policy iteration for all scenarios, started at ``X`` (updated in place).

    Returns ``(done, policy_iterations, solves)``; scenarios whose policy is singular or whose
    solve failed are marked done with NaN payments (left to the fallback).
    """
    n, S = X.shape
    pb, hs = net.pbar[:, None], net.has[:, None]
    members = _closed_members(net)
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
        full = ~hs | (A >= pb - tolv)
        lin = ~full & (A > 0)
        # Howard's stopping rule: the policy at X is the one X was solved with.
        same = solved[act] & np.all(lin == pol_lin[:, act], axis=0)
        same &= np.all(full == pol_n[:, act], axis=0)
        dm = hs & (X[:, act] < pb - tolv)
        cert = same & ~_closed_in(members, dm)
        done[act[cert]] = True
        keep = ~cert & ~_closed_in(members, lin)  # singular policy: left to the fallback
        done[act[~cert & ~keep]] = True
        X[:, act[~cert & ~keep]] = np.nan
        pol = _Policy(act[keep], lin[:, keep], full[:, keep])
        if not cert.all():
            policy_iterations += 1
        if pol.act.size == 0:
            continue
        pol_lin[:, pol.act] = pol.lin
        pol_n[:, pol.act] = pol.full
        solved[pol.act] = True
        if md is not None:
            ok, k = _stacked_solve(md, Et, net.pbar, X, pol)
        else:
            ok, k = _grouped_solve(net, Et, X, pol, cache)
        solves += k
        if not ok.all():
            done[pol.act[~ok]] = True
            X[:, pol.act[~ok]] = np.nan
    return done, policy_iterations, solves


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
    liabilities : array_like, scipy.sparse matrix or pandas.DataFrame, shape (n, n)
        One network for all scenarios (see :func:`eisenberg_noe`), USD billions.
    external_assets : array_like or pandas.DataFrame, shape (S, n)
        One row of net external positions per scenario, USD billions (a 1-D array of length
        ``n`` is one scenario). Rows are scenarios, columns are firms; a DataFrame's columns
        are matched to the firm labels of a DataFrame ``liabilities``.
    external_liabilities : array_like or pandas.Series, shape (n,), optional
        Pari-passu external debt, common to all scenarios, USD billions.
    tol : float, default 1e-12
        Relative tolerance per firm (see :func:`eisenberg_noe`).
    max_sweeps : int, default 50
        Maximum vectorised Picard sweeps before the exact phase, ``>= 1``.

    Returns
    -------
    BatchClearingResult
        Arrays of shape ``(S, n)`` and per-scenario residuals.

    Raises
    ------
    ValueError
        On invalid network input (see :func:`eisenberg_noe`), if ``external_assets`` does not
        have ``n`` columns (or its labels do not match), or if ``tol`` or ``max_sweeps`` is
        invalid.
    TypeError
        If an input is not real-valued.

    Notes
    -----
    Picard sweeps run on all scenarios at once (``M @ U`` with ``U`` of shape ``(n, S)``) from
    ``pbar`` until the default sets stop growing. Then the exact phase: scenarios are grouped
    by their current policy (who pays in full, who pays zero, who pays what they have), each
    distinct linear system is factorised once and solved for the whole group (or, for a large
    linear set shared by few scenarios, solved by GMRES per scenario, LU as the fallback), and
    the policy is updated from the new payments, until every scenario is at a fixed point. For
    small networks (``n <= 200``) the ``(S, n, n)`` systems are instead solved in stacked dense
    form (``numpy.linalg.solve``), which is faster when most scenarios have their own
    default pattern; only this small ``M`` is ever made dense. A fixed point
    whose default set contains no closed class is the greatest clearing vector (if ``q`` were
    greater, ``q - p`` would satisfy ``d <= M_DD d`` with spectral radius below one). Scenarios
    not certified this way (residual above ``10 * tol`` of a firm's obligations) are solved one
    by one with :func:`eisenberg_noe`.

    Examples
    --------
    >>> import numpy as np
    >>> L = np.array([[0.0, 0.1, 0.7], [2.0, 0.0, 10.5], [0.0, 8.4, 0.0]])
    >>> res = eisenberg_noe_batch(L, [[1.0, 1.0, 1.0], [0.0, 0.0, 0.1]])
    >>> np.round(res.payments, 6).tolist()
    [[0.8, 9.5, 8.4], [0.8, 5.625, 5.525]]
    """
    tol = _tolerance(tol)
    max_sweeps = _count(max_sweeps, "max_sweeps")
    net, _, labels = _network(liabilities, external_liabilities, None)
    n = net.n
    E = _scenarios(external_assets, n, "external_assets", labels)
    S = E.shape[0]
    pbar, has = net.pbar, net.has
    if n == 0 or S == 0:
        z = np.zeros((S, n))
        return BatchClearingResult(z, z.astype(bool), z, z, np.zeros(S), pbar, 0, 0, 0, 0)
    _check_cash(net, E)
    tolv = (tol * pbar)[:, None]
    Et = np.ascontiguousarray(E.T)  # (n, S)
    pb, hs = pbar[:, None], has[:, None]
    X, sweeps = _batch_sweeps(net, Et, tolv, max_sweeps)
    done, policy_iterations, solves = _batch_policy_iteration(net, Et, tolv, X)

    # certify, else fall back to the exact single-scenario solver
    A = Et + net.m @ np.nan_to_num(X)
    res = np.abs(np.clip(A, 0.0, pb) - X)
    bad = ~np.all(res <= 10 * tolv + 1e-300, axis=0) | ~done
    fallbacks = int(bad.sum())
    for j in np.flatnonzero(bad):
        X[:, j] = eisenberg_noe(net.L, E[j], net.el, tol=tol).payments
    if fallbacks:
        A = Et + net.m @ X
        res = np.abs(np.clip(A, 0.0, pb) - X)
    net_worth = A - pb
    defaults = hs & (X < pb - tolv)
    return BatchClearingResult(
        payments=np.ascontiguousarray(X.T),
        defaults=np.ascontiguousarray(defaults.T),
        equity=np.ascontiguousarray(np.maximum(net_worth, 0.0).T),
        net_worth=np.ascontiguousarray(net_worth.T),
        residual=np.max(res, axis=0),
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
) -> tuple[Any, np.ndarray, np.ndarray, pd.Index | None]:
    """Impact matrix ``A[i, j] / E_i`` (capped at 1 for single hit), dead firms, weights."""
    if variant not in _DR_VARIANTS:
        raise ValueError(f"variant must be one of {_DR_VARIANTS}, got {variant!r}")
    A, is_sparse, labels = _square(exposures, "exposures")
    n = A.shape[0]
    E = _vector(equity, n, "equity", labels)
    dead = E <= 0
    den = np.where(dead, np.inf, E)  # dead firms propagate nothing; divide, as 1 / E
    with np.errstate(over="ignore"):  # overflows for subnormal equity
        if is_sparse:
            lam = A.copy()
            lam.data = A.data / np.repeat(den, np.diff(A.indptr))
            data = lam.data
        else:
            lam = A / den[:, None]
            data = lam
    if variant == "single_hit":
        np.minimum(data, 1.0, out=data)
    elif not np.all(np.isfinite(data)):
        i = int(np.flatnonzero(~np.isfinite(np.asarray(lam.max(axis=1)).ravel()))[0])
        firm = labels[i] if labels is not None else i
        raise ValueError(
            f"equity of firm {firm!r} ({E[i]!r}) is too small: exposures / equity overflows; "
            "express the amounts in larger units"
        )
    if weights is None:
        v = np.full(n, 1.0 / n) if n else np.zeros(0)
    else:
        v = _vector(weights, n, "weights", labels, nonneg=True)
        total = float(v.sum()) if n else 1.0
        if not math.isfinite(total):
            raise ValueError("weights sum past the largest float; rescale them")
        if n and total <= 0:
            raise ValueError("weights must have a positive sum")
        v = v / total if n else v
    return lam, dead, v, labels


def _initial_distress(shock: Any, dead: np.ndarray, labels: pd.Index | None) -> np.ndarray:
    h = _vector(shock, dead.size, "shock", labels)
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
    exposures : array_like, scipy.sparse matrix or pandas.DataFrame, shape (n, n)
        ``exposures[i, j] >= 0``: exposure (asset) of firm ``i`` to firm ``j``, USD billions;
        zero diagonal. (From a liabilities matrix ``L``, pass ``L.T``.) A DataFrame is read
        by label (its columns matched to its index), as in :func:`eisenberg_noe`.
    equity : array_like or pandas.Series, shape (n,)
        Initial equity ``E_i``, USD billions. ``E_i <= 0`` means already defaulted
        (``h_i = 1`` from the start).
    shock : array_like or pandas.Series, shape (n,)
        Initial relative equity loss ``h_i(1)``, fraction; clipped to ``[0, 1]``.
    weights : array_like or pandas.Series, shape (n,), optional
        Economic weights ``v_i >= 0`` (e.g. total assets), normalised to sum 1. Default:
        equal weights. A Series is matched to the firm labels of a DataFrame ``exposures``.
    variant : {"single_hit", "linear"}
        ``"single_hit"`` (Battiston et al. 2012): impact ``W[i, j] = min(1, A[i, j] / E_i)``;
        each distressed firm propagates its whole distress once, then becomes inactive (it can
        still receive distress). ``"linear"`` (Bardoscia et al. 2015):
        ``Lambda[i, j] = A[i, j] / E_i``; only increments propagate, and keep propagating, so
        distress that returns round a cycle is counted.
    tol : float, default 1e-14
        ``"linear"`` stops when the largest increment is at most ``tol`` (a fraction, ``>= 0``).
    max_rounds : int, default 100000
        Cap on rounds for ``"linear"``, ``>= 1`` (a warning is issued if reached).

    Returns
    -------
    DebtRankResult
        Final distress ``h``, ``R = v . h(T) - v . h(1)`` and diagnostics, in the order of the
        firms (the index order for a DataFrame).

    Raises
    ------
    ValueError
        If ``exposures`` is not square, negative, non-finite or has a non-zero diagonal; if a
        DataFrame's or Series' labels do not match; if ``equity``, ``shock`` or ``weights``
        have the wrong shape or are non-finite; if weights are negative or sum to zero; if
        ``variant``, ``tol`` or ``max_rounds`` is invalid; for ``"linear"``, if an equity is
        so small that ``exposures / equity`` overflows.
    TypeError
        If an input is not real-valued (text, booleans or complex numbers).

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
    tol = _tolerance(tol)
    max_rounds = _count(max_rounds, "max_rounds")
    lam, dead, v, labels = _debtrank_setup(exposures, equity, weights, variant)
    n = dead.size
    h1 = _initial_distress(shock, dead, labels)
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
    shocks : array_like or pandas.DataFrame, shape (S, n)
        One row of initial relative equity losses per scenario, fractions, clipped to [0, 1];
        a DataFrame's columns are matched to the firm labels of a DataFrame ``exposures``.

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
    tol = _tolerance(tol)
    max_rounds = _count(max_rounds, "max_rounds")
    lam, dead, v, labels = _debtrank_setup(exposures, equity, weights, variant)
    n = dead.size
    H1 = _scenarios(shocks, n, "shocks", labels)
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


def _failure_mask(initial_failures: Any, n: int, labels: pd.Index | None) -> np.ndarray:
    """Boolean mask from indices, firm labels (of a DataFrame) or a boolean mask/Series."""
    name = "initial_failures"
    x = initial_failures
    if isinstance(x, pd.Series) and x.dtype == bool:
        x = _by_label(x, labels, name)
    init = np.asarray(x)
    mask = np.zeros(n, dtype=bool)
    if init.dtype == bool:
        if init.shape != (n,):
            raise ValueError(f"{name} as a mask must have shape ({n},), got {init.shape}")
        return init.copy()
    if init.size == 0:
        return mask
    if labels is not None and init.dtype.kind in "OUS":
        pos = {v: k for k, v in enumerate(labels)}
        unknown = [v for v in init.ravel().tolist() if v not in pos]
        if unknown:
            raise ValueError(f"{name} names unknown firms: {unknown[:5]}")
        mask[[pos[v] for v in init.ravel().tolist()]] = True
        return mask
    if not np.issubdtype(init.dtype, np.integer):
        raise ValueError(f"{name} must be integer indices, firm labels or a boolean mask")
    idx = init.ravel()
    if np.any(idx < 0) or np.any(idx >= n):
        raise ValueError(f"{name} must be indices in [0, {n - 1}], got {idx}")
    mask[idx] = True
    return mask


def furfine(
    exposures: Any,
    capital: Any,
    initial_failures: Any,
    loss_given_default: Any = 1.0,
) -> FurfineResult:
    """Sequential default cascade of Furfine (2003).

    Parameters
    ----------
    exposures : array_like, scipy.sparse matrix or pandas.DataFrame, shape (n, n)
        ``exposures[i, j] >= 0``: exposure (asset) of ``i`` to ``j``, USD billions; zero
        diagonal. A DataFrame is read by label, as in :func:`eisenberg_noe`.
    capital : array_like or pandas.Series, shape (n,)
        Loss-absorbing capital ``C_i >= 0``, USD billions. (Firms already insolvent belong in
        ``initial_failures``.)
    initial_failures : array_like of int, of firm labels, or of bool
        Positions of the firms failing in round 0, their labels (DataFrame ``exposures``), or a
        boolean mask of length ``n`` (a boolean Series is matched by label).
    loss_given_default : float, array_like or pandas.Series of shape (n,), default 1.0
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
        malformed, an index in ``initial_failures`` is out of range or a label unknown, or
        ``loss_given_default`` lies outside ``[0, 1]``.
    TypeError
        If an input is not real-valued.

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
    X, _, labels = _square(exposures, "exposures")
    n = X.shape[0]
    C = _vector(capital, n, "capital", labels, nonneg=True)
    mask = _failure_mask(initial_failures, n, labels)
    lgd = loss_given_default
    if not isinstance(lgd, pd.Series) and np.ndim(lgd) == 0:  # one fraction for all firms
        lgd = np.full(n, float(_real_array(lgd, "loss_given_default", "a fraction in [0, 1]")))
    lgd = _vector(lgd, n, "loss_given_default", labels)
    if np.any((lgd < 0) | (lgd > 1)):
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
