"""Straight-line depreciation and the effect of stretching server lives on earnings.

Conventions as in :mod:`aifin_lib.capital` (USD billions, fractions per year, years).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .checks import _capex_path, _life

__all__ = ["DepreciationLifeEffect", "depreciation_life_effect", "straight_line_schedule"]


Convention = Literal["full_year", "half_year"]


def _offset(convention: str) -> float:
    if convention == "full_year":
        return 0.0
    if convention == "half_year":
        return 0.5
    raise ValueError(f"convention must be 'full_year' or 'half_year', got {convention!r}")


def _n_years(end: float) -> int:
    # tolerance so that e.g. a life of 0.1 * 30 does not add an empty year
    return max(1, int(np.ceil(end - 1e-9)))


def straight_line_schedule(
    capex_by_year: ArrayLike, life: float, convention: Convention = "full_year"
) -> NDArray[np.float64]:
    """Straight-line depreciation expense per year for a path of capex.

    Parameters
    ----------
    capex_by_year : array_like, shape (k,)
        Capex spent in years ``0 .. k-1``, USD bn per year, >= 0.
    life : float
        Useful life, years, finite and > 0; non-integer allowed.
    convention : {'full_year', 'half_year'}, default 'full_year'
        ``'full_year'``: an asset is depreciated from the start of the year it is bought, so
        a life of ``n`` whole years gives ``n`` equal charges of ``capex / n`` in that year and
        the ``n - 1`` following. ``'half_year'``: placed in service mid-year, so the first and
        the last (extra) year carry half a charge.

    Returns
    -------
    ndarray, shape (T,)
        Depreciation expense in years ``0 .. T-1``, USD bn per year, long enough to hold the
        tail: ``T = ceil(k - 1 + offset + life)``, offset 0 or 0.5.

    Raises
    ------
    ValueError
        If ``capex_by_year`` is not a non-empty 1-D array of finite values >= 0, ``life`` is
        not a single finite number > 0, or ``convention`` is unknown.

    Notes
    -----
    Each vintage is written off evenly over the interval ``[start, start + life]``; year
    ``t`` is charged the part of that interval falling in ``[t, t + 1]``. A fractional life
    thus ends with a partial charge. No salvage value. The sum over all years equals the
    total capex: depreciation moves cost in time, it does not change it.

    References
    ----------
    .. [1] IAS 16 *Property, Plant and Equipment*, paragraphs 50-62; US GAAP ASC 360-10.

    Examples
    --------
    >>> straight_line_schedule([12.0], 4).tolist()
    [3.0, 3.0, 3.0, 3.0]
    >>> straight_line_schedule([10.0, 10.0], 2.5).round(6).tolist()
    [4.0, 8.0, 6.0, 2.0]
    >>> straight_line_schedule([12.0], 4, convention="half_year").tolist()
    [1.5, 3.0, 3.0, 3.0, 1.5]
    """
    c = _capex_path(capex_by_year)
    life_arr = _life(life, "life", allow_inf=False)
    if life_arr.ndim != 0:
        raise ValueError(
            f"life must be a single number of years (one life for the whole path), got shape "
            f"{life_arr.shape}"
        )
    n = float(life_arr)
    off = _offset(convention)
    starts = np.arange(c.size) + off
    T = _n_years(c.size - 1 + off + n)
    edges = np.arange(T + 1, dtype=float)
    F = np.clip((edges[None, :] - starts[:, None]) / n, 0.0, 1.0)
    return c @ np.diff(F, axis=1)


@dataclass(frozen=True)
class DepreciationLifeEffect:
    """Depreciation of one capex path under two useful lives. USD bn per year.

    Attributes
    ----------
    years : ndarray of int
        Calendar (or index) year of each entry.
    capex : ndarray
        The capex path, padded with zeros to the horizon.
    depreciation_old : ndarray
        Depreciation under ``old_life``.
    depreciation_new : ndarray
        Depreciation under ``new_life`` (applied from ``switch_year`` if given).
    earnings_boost : ndarray
        ``depreciation_old - depreciation_new``: the change in reported pre-tax earnings.
        Cash flow is unchanged.
    cumulative_boost : ndarray
        Running sum of ``earnings_boost``; returns to zero at the end of the horizon.
    old_life, new_life : float
        The two lives, years.
    """

    years: NDArray[np.int64]
    capex: NDArray[np.float64]
    depreciation_old: NDArray[np.float64]
    depreciation_new: NDArray[np.float64]
    earnings_boost: NDArray[np.float64]
    cumulative_boost: NDArray[np.float64]
    old_life: float
    new_life: float


def depreciation_life_effect(
    capex_by_year: ArrayLike,
    old_life: float,
    new_life: float,
    *,
    convention: Convention = "full_year",
    first_year: int = 0,
    switch_year: int | None = None,
) -> DepreciationLifeEffect:
    """Effect on reported earnings of depreciating the same capex over a different life.

    Parameters
    ----------
    capex_by_year : array_like, shape (k,)
        Capex in years ``first_year .. first_year + k - 1``, USD bn per year, >= 0.
    old_life, new_life : float
        Useful lives, years, finite and > 0 (e.g. 4 and 6 for servers).
    convention : {'full_year', 'half_year'}, default 'full_year'
        See :func:`straight_line_schedule`.
    first_year : int, default 0
        Calendar year of the first capex entry (labels only).
    switch_year : int or None, default None
        ``None``: compare two schedules in which every vintage has the old or the new life.
        A calendar year: the change of estimate is applied prospectively from the start of
        that year, as accounting standards require: vintages bought earlier keep the old
        life until then, and their remaining book value is spread over their remaining new
        life (``new_life - age``); if that is not positive (a shortened life that has
        already passed) the remaining book value is charged in ``switch_year``. Vintages
        from ``switch_year`` on use the new life.

    Returns
    -------
    DepreciationLifeEffect
        Both schedules, the earnings boost ``old - new`` and its running sum, per year.

    Raises
    ------
    ValueError
        On an invalid capex path or lives, or an unknown convention.

    Notes
    -----
    Depreciation is not a cash flow: the capex paid, and hence the cash flow, is the same
    under both lives; only the reported expense moves in time. Over the full horizon both
    schedules sum to the total capex, so the cumulative boost ends at zero. A longer life
    lowers cumulative depreciation, and raises reported earnings, while the capex is rising;
    the expense returns in the tail. Hyperscalers stretched server lives from 3-4 years to
    5.5-6 years between 2020 and 2025.

    References
    ----------
    .. [1] IAS 8 *Accounting Policies, Changes in Accounting Estimates and Errors*,
       paragraphs 36-38 (prospective application); US GAAP ASC 250-10-45-17.

    Examples
    --------
    A flat $12B a year for three years, depreciated over 4 instead of 6 years:

    >>> e = depreciation_life_effect([12.0, 12.0, 12.0], 4, 6)
    >>> e.years.tolist()
    [0, 1, 2, 3, 4, 5, 6, 7]
    >>> (e.earnings_boost.round(6) + 0.0).tolist()
    [1.0, 2.0, 3.0, 3.0, 0.0, -3.0, -4.0, -2.0]
    >>> round(float(e.cumulative_boost[-1]), 6) + 0.0
    0.0

    One $12B vintage, its life extended from 4 to 6 years at the start of year 2: the
    remaining $6B is spread over the 4 remaining years.

    >>> depreciation_life_effect([12.0], 4, 6, switch_year=2).depreciation_new.tolist()
    [3.0, 3.0, 1.5, 1.5, 1.5, 1.5]
    """
    c = _capex_path(capex_by_year)
    old = float(_life(old_life, "old_life", allow_inf=False))
    new = float(_life(new_life, "new_life", allow_inf=False))
    off = _offset(convention)
    if isinstance(first_year, bool) or not isinstance(first_year, int | np.integer):
        raise TypeError(f"first_year must be an int, got {type(first_year).__name__}")
    starts = (np.arange(c.size) + off)[:, None]
    end = c.size - 1 + off + max(old, new)
    if switch_year is not None:
        if isinstance(switch_year, bool) or not isinstance(switch_year, int | np.integer):
            raise TypeError(f"switch_year must be an int or None, got {type(switch_year).__name__}")
        T0 = float(switch_year - first_year)
        end = max(end, T0 + 1.0)
    T = _n_years(end)
    edges = np.arange(T + 1, dtype=float)[None, :]

    F_old = np.clip((edges - starts) / old, 0.0, 1.0)
    F_new = np.clip((edges - starts) / new, 0.0, 1.0)
    if switch_year is not None:
        f0 = np.clip((T0 - starts) / old, 0.0, 1.0)  # share written off before the switch
        span = starts + new - T0  # remaining new life at the switch
        safe = np.where(span > 0, span, 1.0)
        after = np.where(span > 0, f0 + (1.0 - f0) * np.clip((edges - T0) / safe, 0.0, 1.0), 1.0)
        switched = np.where(edges <= T0, F_old, after)
        F_new = np.where(starts >= T0, F_new, switched)

    dep_old = c @ np.diff(F_old, axis=1)
    dep_new = c @ np.diff(F_new, axis=1)
    boost = dep_old - dep_new
    capex = np.zeros(T)
    capex[: c.size] = c
    years = np.arange(T, dtype=np.int64) + int(first_year)
    cumulative = np.cumsum(boost)
    for a in (years, capex, dep_old, dep_new, boost, cumulative):
        a.flags.writeable = False
    return DepreciationLifeEffect(
        years=years, capex=capex, depreciation_old=dep_old, depreciation_new=dep_new,
        earnings_boost=boost, cumulative_boost=cumulative, old_life=old, new_life=new,
    )
