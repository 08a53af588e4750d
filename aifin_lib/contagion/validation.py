"""Input validation shared by the contagion models: real numbers, shapes, labels, overflow.

Every check names the parameter and says what was expected. Matrices are read as dense
``numpy`` arrays or as ``scipy.sparse`` CSR arrays (sparse input is never densified); a
``pandas.DataFrame`` is read by label (its columns put in the order of its index) and a
``pandas.Series`` given for a vector is matched to those labels.
"""

from __future__ import annotations

import math
import numbers
from typing import TYPE_CHECKING, Any, TypeAlias, TypeGuard

import numpy as np
import numpy.typing as npt
import pandas as pd
import scipy.sparse as sp

if TYPE_CHECKING:  # the common base of sparse arrays and matrices, in scipy-stubs
    from scipy.sparse._base import _spbase

__all__ = [
    "MatrixInput",
    "ScenarioInput",
    "VectorInput",
    "by_label",
    "count",
    "fraction",
    "is_sparse",
    "real_array",
    "scenarios",
    "square_matrix",
    "tolerance",
    "vector",
]

#: A square matrix of amounts: array-like, ``scipy.sparse`` array or matrix, or a DataFrame
#: with the same firm labels in its index and columns.
MatrixInput: TypeAlias = npt.ArrayLike | sp.sparray | sp.spmatrix | pd.DataFrame
#: One number per firm: array-like or a Series indexed by firm label.
VectorInput: TypeAlias = npt.ArrayLike | pd.Series
#: One row per scenario, one column per firm: array-like or a DataFrame with firm columns.
ScenarioInput: TypeAlias = npt.ArrayLike | pd.DataFrame


def is_sparse(x: object) -> TypeGuard[_spbase[Any, Any]]:
    """``scipy.sparse.issparse``, told to the type checker."""
    return sp.issparse(x)


def _is_real(v: object) -> bool:
    return isinstance(v, numbers.Real) and not isinstance(v, bool | np.bool_)


def real_array(x: object, name: str, expected: str) -> np.ndarray:
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


def _real_scalar(x: object, name: str, expected: str) -> float:
    if isinstance(x, np.ndarray) and x.ndim == 0 and x.dtype.kind in "iuf":
        x = x.item()
    if not isinstance(x, numbers.Real) or isinstance(x, bool | np.bool_):
        raise TypeError(f"{name} must be {expected}, got {x!r}")
    return float(x)


def fraction(x: float, name: str) -> float:
    """A number in ``[0, 1]``."""
    f = _real_scalar(x, name, "a number in [0, 1]")
    if not (0.0 <= f <= 1.0):
        raise ValueError(f"{name} must lie in [0, 1], got {f!r}")
    return f


def tolerance(x: float, name: str = "tol") -> float:
    """A finite number ``>= 0``."""
    t = _real_scalar(x, name, "a finite number >= 0")
    if not (math.isfinite(t) and t >= 0):
        raise ValueError(f"{name} must be a finite number >= 0, got {x!r}")
    return t


def count(x: int, name: str) -> int:
    """A positive integer (not a bool)."""
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


def by_label(
    x: npt.ArrayLike | pd.Series | pd.DataFrame, labels: pd.Index | None, name: str
) -> npt.ArrayLike:
    """Match a pandas Series (or the columns of a DataFrame) to the network's firm labels.

    Anything else is returned as it is (it is matched by position).
    """
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


def _check_sums(m: np.ndarray | sp.csr_array, name: str, labels: pd.Index | None) -> None:
    """Refuse matrices whose row or column sums overflow float64."""
    data = m.data if isinstance(m, sp.csr_array) else m
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


def _sparse_square(x: _spbase[Any, Any], name: str) -> sp.csr_array:
    """A float64 CSR copy-on-need of a square sparse matrix, without explicit zeros."""
    if len(x.shape) != 2 or x.shape[0] != x.shape[1]:
        raise ValueError(f"{name} must be a square 2-D matrix, got shape {x.shape}")
    m = sp.csr_array(x)  # shares the caller's arrays where it can
    if m.dtype.kind not in "iuf":
        raise TypeError(f"{name} must hold real numbers, got dtype {m.dtype}")
    m = m.astype(np.float64, copy=False)
    if not (np.all(m.data > 0) and m.has_canonical_format):  # else negatives, NaN or 0
        m = m.copy()  # never modify the caller's matrix
        m.sum_duplicates()
        m.eliminate_zeros()
    return m


def square_matrix(
    x: MatrixInput, name: str
) -> tuple[np.ndarray | sp.csr_array, bool, pd.Index | None]:
    """Validate a non-negative square matrix with zero diagonal; keep sparse input sparse.

    Returns ``(matrix, is_sparse, labels)``; ``labels`` is the index of a DataFrame, else None.
    """
    labels = None
    if isinstance(x, pd.DataFrame):
        x = _frame_labels(x, name)
        labels = x.index
    m: np.ndarray | sp.csr_array
    if is_sparse(x):
        m = _sparse_square(x, name)
        data, diag = m.data, m.diagonal()
        sparse = True
    else:
        m = real_array(x, name, "a square 2-D array of numbers")
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


def vector(
    x: VectorInput, n: int, name: str, labels: pd.Index | None = None, *, nonneg: bool = False
) -> np.ndarray:
    """Validate a finite float vector of length ``n`` (a Series is matched by label)."""
    if isinstance(x, pd.DataFrame):
        raise ValueError(f"{name} must be 1-D (an array or a Series), got a DataFrame")
    v = real_array(by_label(x, labels, name), name, f"a 1-D array of {n} numbers")
    if v.shape != (n,):
        raise ValueError(f"{name} must have shape ({n},), got shape {v.shape}")
    if not np.all(np.isfinite(v)):
        raise ValueError(f"{name} must be finite (no NaN or inf)")
    if nonneg and np.any(v < 0):
        raise ValueError(f"{name} must be non-negative")
    return v


def scenarios(x: ScenarioInput, n: int, name: str, labels: pd.Index | None) -> np.ndarray:
    """Validate a finite ``(S, n)`` array of scenarios (a 1-D input is one scenario)."""
    X = real_array(by_label(x, labels, name), name, f"a numeric array of shape (S, {n})")
    if X.ndim == 1:
        X = X[None, :]
    if X.ndim != 2 or X.shape[1] != n:
        raise ValueError(f"{name} must have shape (S, {n}) (rows = scenarios), got shape {X.shape}")
    if not np.all(np.isfinite(X)):
        raise ValueError(f"{name} must be finite (no NaN or inf)")
    return X
