"""Furfine's sequential default cascade: losses without recoveries feeding back."""

from __future__ import annotations

from typing import TypeAlias

import numpy as np
import numpy.typing as npt
import pandas as pd

from .results import FurfineResult
from .validation import MatrixInput, VectorInput, by_label, real_array, square_matrix, vector

__all__ = ["FailureInput", "furfine"]

#: The firms failing first: positions, firm labels, or a boolean mask (array or Series).
FailureInput: TypeAlias = npt.ArrayLike | pd.Series


def _failure_mask(initial_failures: FailureInput, n: int, labels: pd.Index | None) -> np.ndarray:
    """Boolean mask from indices, firm labels (of a DataFrame) or a boolean mask/Series."""
    name = "initial_failures"
    x = initial_failures
    if isinstance(x, pd.Series) and x.dtype == bool:
        x = by_label(x, labels, name)
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
    exposures: MatrixInput,
    capital: VectorInput,
    initial_failures: FailureInput,
    loss_given_default: float | VectorInput = 1.0,
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
    X, _, labels = square_matrix(exposures, "exposures")
    n = X.shape[0]
    C = vector(capital, n, "capital", labels, nonneg=True)
    mask = _failure_mask(initial_failures, n, labels)
    lgd = loss_given_default
    if not isinstance(lgd, pd.Series) and np.ndim(lgd) == 0:  # one fraction for all firms
        lgd = np.full(n, float(real_array(lgd, "loss_given_default", "a fraction in [0, 1]")))
    lgd = vector(lgd, n, "loss_given_default", labels)
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
