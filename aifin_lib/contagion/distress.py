"""DebtRank: distress propagation through exposures, for one shock or many at once.

Single hit (Battiston et al. 2012) and linear (Bardoscia et al. 2015). :func:`debtrank` and
:func:`debtrank_batch` run the same rounds (:func:`_propagate`) on a vector or on a matrix
with one column per scenario.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal, TypeAlias, get_args

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.sparse.linalg import splu

from .network import Matrix
from .results import BatchDebtRankResult, DebtRankResult
from .validation import (
    MatrixInput,
    ScenarioInput,
    VectorInput,
    count,
    scenarios,
    square_matrix,
    tolerance,
    vector,
)
from .warn import warn

__all__ = ["DR_VARIANTS", "DebtRankVariant", "debtrank", "debtrank_batch"]

#: A variant of DebtRank.
DebtRankVariant: TypeAlias = Literal["single_hit", "linear"]
#: Variants accepted by :func:`debtrank` and :func:`debtrank_batch`.
DR_VARIANTS: tuple[str, ...] = get_args(DebtRankVariant)


@dataclass(frozen=True)
class _Impact:
    """A validated DebtRank network: impact matrix ``A[i, j] / E_i`` (capped at 1 for single
    hit), firms already dead (``E_i <= 0``), normalised weights, firm labels."""

    lam: Matrix
    dead: np.ndarray
    weights: np.ndarray
    labels: pd.Index | None


def _weights(weights: VectorInput | None, n: int, labels: pd.Index | None) -> np.ndarray:
    """Economic weights normalised to sum 1 (equal weights by default)."""
    if weights is None:
        return np.full(n, 1.0 / n) if n else np.zeros(0)
    v = vector(weights, n, "weights", labels, nonneg=True)
    total = float(v.sum()) if n else 1.0
    if not math.isfinite(total):
        raise ValueError("weights sum past the largest float; rescale them")
    if n and total <= 0:
        raise ValueError("weights must have a positive sum")
    return v / total if n else v


def _impact(
    exposures: MatrixInput, equity: VectorInput, weights: VectorInput | None, variant: str
) -> _Impact:
    """Validate the inputs of DebtRank and build the impact matrix."""
    if variant not in DR_VARIANTS:
        raise ValueError(f"variant must be one of {DR_VARIANTS}, got {variant!r}")
    A, _, labels = square_matrix(exposures, "exposures")
    n = A.shape[0]
    E = vector(equity, n, "equity", labels)
    dead = E <= 0
    den = np.where(dead, np.inf, E)  # dead firms propagate nothing; divide, as 1 / E
    lam: Matrix
    with np.errstate(over="ignore"):  # overflows for subnormal equity
        if isinstance(A, sp.csr_array):
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
    return _Impact(lam, dead, _weights(weights, n, labels), labels)


def _propagate(
    lam: Matrix, H1: np.ndarray, variant: str, *, tol: float, max_rounds: int, name: str
) -> tuple[np.ndarray, int]:
    """The rounds of DebtRank from ``h(1) = H1``, shape ``(n,)`` or ``(n, S)`` (one column per
    scenario). Returns the final distress and the number of rounds."""
    H = H1.copy()
    rounds = 0
    if variant == "single_hit":
        distressed = H > 0
        inactive = np.zeros_like(distressed)
        while distressed.any():
            Hn = np.minimum(1.0, H + lam @ np.where(distressed, H, 0.0))
            inactive |= distressed
            distressed = (Hn > 0) & ~inactive
            H = Hn
            rounds += 1
        return H, rounds
    delta = H.copy()  # h(1) - h(0), h(0) = 0
    while delta.size and np.max(delta) > tol:
        if rounds >= max_rounds:
            warn(f"{name}: linear variant not converged within max_rounds={max_rounds}")
            break
        Hn = np.minimum(1.0, H + lam @ delta)
        delta = Hn - H
        H = Hn
        rounds += 1
    return H, rounds


def _polish_linear(lam: Matrix, h1: np.ndarray, h: np.ndarray) -> np.ndarray:
    """Solve the unsaturated firms of linear DebtRank exactly; keep if consistent."""
    sat = h >= 1.0
    uidx = np.flatnonzero(~sat)
    if uidx.size == 0:
        return h
    sidx = np.flatnonzero(sat)
    try:
        if isinstance(lam, sp.csr_array):
            sub = lam[uidx][:, uidx]
            mat = sp.csc_array(sp.eye_array(uidx.size, format="csc") - sub)
            rhs = h1[uidx] + np.asarray(lam[uidx][:, sidx].sum(axis=1)).ravel()
            x = splu(mat).solve(rhs)
        else:
            dense = np.eye(uidx.size) - lam[np.ix_(uidx, uidx)]
            rhs = h1[uidx] + lam[np.ix_(uidx, sidx)].sum(axis=1)
            x = np.linalg.solve(dense, rhs)
    except (RuntimeError, np.linalg.LinAlgError):
        return h
    if np.all(np.isfinite(x)) and np.all(x < 1.0) and np.max(np.abs(x - h[uidx])) <= 1e-8:
        out = h.copy()
        out[uidx] = np.maximum(x, h1[uidx])
        return out
    return h


def debtrank(
    exposures: MatrixInput,
    equity: VectorInput,
    shock: VectorInput,
    weights: VectorInput | None = None,
    variant: DebtRankVariant = "single_hit",
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
    tol = tolerance(tol)
    max_rounds = count(max_rounds, "max_rounds")
    net = _impact(exposures, equity, weights, variant)
    h1 = np.clip(vector(shock, net.dead.size, "shock", net.labels), 0.0, 1.0)
    h1[net.dead] = 1.0
    h, rounds = _propagate(net.lam, h1, variant, tol=tol, max_rounds=max_rounds, name="debtrank")
    if variant == "linear":
        h = _polish_linear(net.lam, h1, h)
    v = net.weights
    return DebtRankResult(
        distress=h,
        debtrank=float(v @ h - v @ h1),
        initial_distress=h1,
        weights=v,
        rounds=rounds,
        variant=variant,
    )


def debtrank_batch(
    exposures: MatrixInput,
    equity: VectorInput,
    shocks: ScenarioInput,
    weights: VectorInput | None = None,
    variant: DebtRankVariant = "single_hit",
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
    tol = tolerance(tol)
    max_rounds = count(max_rounds, "max_rounds")
    net = _impact(exposures, equity, weights, variant)
    H1 = scenarios(shocks, net.dead.size, "shocks", net.labels)
    H1 = np.clip(H1, 0.0, 1.0).T.copy()  # (n, S)
    H1[net.dead, :] = 1.0
    H, rounds = _propagate(
        net.lam, H1, variant, tol=tol, max_rounds=max_rounds, name="debtrank_batch"
    )
    v = net.weights
    return BatchDebtRankResult(
        distress=np.ascontiguousarray(H.T),
        debtrank=np.asarray(v @ H - v @ H1, dtype=float).reshape(-1),
        initial_distress=np.ascontiguousarray(H1.T),
        weights=v,
        rounds=rounds,
        variant=variant,
    )
