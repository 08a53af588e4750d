"""Validation of the capital models' inputs: numbers, signs, ranges, shapes.

Each helper converts an input to a float array and raises ``TypeError`` or ``ValueError``
naming the parameter and what was expected.

Conventions as in :mod:`aifin_lib.capital` (USD billions, fractions per year, years).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

__all__ = ["FloatOrArray"]


FloatOrArray = float | NDArray[np.float64]
"""A float for scalar inputs, a float array when any input is an array."""


def _arr(x: ArrayLike, name: str) -> NDArray[np.float64]:
    """Convert to a float array; reject non-numbers and NaN."""
    try:
        a = np.asarray(x, dtype=float)
    except (TypeError, ValueError) as exc:
        raise TypeError(
            f"{name} must be a number or an array of numbers, got {type(x).__name__}"
        ) from exc
    if np.isnan(a).any():
        raise ValueError(f"{name} must not be NaN, got {x!r}")
    return a


def _require(a: NDArray[np.float64], ok: ArrayLike, name: str, expected: str) -> None:
    ok = np.asarray(ok, dtype=bool)
    if not ok.all():
        bad = np.broadcast_to(a, ok.shape)[~ok].flat[0]
        raise ValueError(f"{name} must be {expected}, got {float(bad)!r}")


def _nonneg(x: ArrayLike, name: str, unit: str) -> NDArray[np.float64]:
    a = _arr(x, name)
    _require(a, np.isfinite(a) & (a >= 0), name, f"finite and >= 0 ({unit})")
    return a


def _finite(x: ArrayLike, name: str, unit: str) -> NDArray[np.float64]:
    a = _arr(x, name)
    _require(a, np.isfinite(a), name, f"finite ({unit})")
    return a


def _rate(x: ArrayLike, name: str) -> NDArray[np.float64]:
    a = _arr(x, name)
    _require(a, np.isfinite(a) & (a > -1), name, "a finite fraction per year > -1")
    return a


def _life(x: ArrayLike, name: str, allow_inf: bool = True) -> NDArray[np.float64]:
    a = _arr(x, name)
    if allow_inf:
        _require(a, a > 0, name, "> 0 years (np.inf allowed)")
    else:
        _require(a, np.isfinite(a) & (a > 0), name, "finite and > 0 years")
    return a


def _cash_margin(x: ArrayLike, name: str = "cash_margin") -> NDArray[np.float64]:
    a = _arr(x, name)
    _require(a, (a > 0) & (a <= 1), name, "a fraction in (0, 1]")
    return a


def _gross_margin(x: ArrayLike, name: str = "end_user_margin") -> NDArray[np.float64]:
    a = _arr(x, name)
    _require(a, (a >= 0) & (a < 1), name, "a fraction in [0, 1)")
    return a


def _share(x: ArrayLike, name: str) -> NDArray[np.float64]:
    a = _arr(x, name)
    _require(a, (a >= 0) & (a <= 1), name, "a fraction in [0, 1]")
    return a


def _out(a: ArrayLike) -> FloatOrArray:
    """Return a Python float for 0-d results, a float ndarray otherwise."""
    a = np.asarray(a, dtype=float)
    return float(a) if a.ndim == 0 else a


def _broadcast(**arrays: NDArray[np.float64]) -> tuple[int, ...]:
    """The common shape of the named arrays; a ValueError naming them all if there is none."""
    try:
        return np.broadcast_shapes(*(a.shape for a in arrays.values()))
    except ValueError:
        shapes = ", ".join(f"{k} {v.shape}" for k, v in arrays.items())
        raise ValueError(f"the shapes of {shapes} do not broadcast together") from None


def _capex_path(x: ArrayLike, name: str = "capex_by_year") -> NDArray[np.float64]:
    a = _arr(x, name)
    if a.ndim != 1 or a.size == 0:
        raise ValueError(
            f"{name} must be a non-empty 1-D array (USD bn per year), got shape {a.shape}"
        )
    _require(a, np.isfinite(a) & (a >= 0), name, "finite and >= 0 (USD bn per year)")
    return a
