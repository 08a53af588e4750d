"""Capital versus return: can AI revenue pay for the data-centre capital?

Closed-form models for the chapter "Capital versus return":

* David Cahn's (Sequoia Capital) chain from GPU spending to the revenue the end users must
  earn (:func:`cahn_required_revenue`, :func:`cahn_gap`);
* the capital recovery (annuity) factor and the revenue it takes to earn a target return on
  capital that wears out (:func:`capital_recovery_factor`, :func:`required_revenue`,
  :func:`steady_state_required_revenue`, :func:`breakeven_life`, :func:`implied_capital`);
* straight-line depreciation and the effect of stretching server lives
  (:func:`straight_line_schedule`, :func:`depreciation_life_effect`);
* the split of a capex total into internal cash flow and external sources
  (:func:`financing_mix`);
* debt service and its coverage when part of the capex is borrowed (:func:`debt_service`,
  :func:`coverage_ratio`, :func:`borrowed_capex_coverage`);
* one call for the interactive dashboard (:func:`capital_dashboard`).

Conventions
-----------
Money is in USD billions (``USD bn``), flows in USD billions per year. Rates, returns and
margins are fractions per year (``0.10`` is 10 %), lives and terms are in years and may be
non-integer. Payments are annual and in arrears (end of year), as in the ordinary annuity.
Every scalar function broadcasts over numpy arrays: it returns a ``float`` when all inputs are
scalars and an ``ndarray`` otherwise, so a grid of scenarios costs one call. The closed forms
only use ``+ - * /``, powers and logarithms, so they can be rewritten as Vega expressions.

Published figures appear here only as documented examples; the data live in ``data/``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray

__all__ = [
    "BorrowedCapexCoverage",
    "CahnGap",
    "CapitalDashboard",
    "DepreciationLifeEffect",
    "FinancingMix",
    "borrowed_capex_coverage",
    "breakeven_life",
    "cahn_gap",
    "cahn_required_revenue",
    "capital_dashboard",
    "capital_recovery_factor",
    "coverage_ratio",
    "debt_service",
    "depreciation_life_effect",
    "financing_mix",
    "implied_capital",
    "required_revenue",
    "steady_state_required_revenue",
    "straight_line_schedule",
]

FloatOrArray = float | NDArray[np.float64]

# --------------------------------------------------------------------------------------
# validation helpers
# --------------------------------------------------------------------------------------


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


# --------------------------------------------------------------------------------------
# Cahn's chain
# --------------------------------------------------------------------------------------


def cahn_required_revenue(
    gpu_run_rate: ArrayLike, tco_multiple: ArrayLike = 2.0, end_user_margin: ArrayLike = 0.5
) -> FloatOrArray:
    """Revenue the end users of AI must earn to pay for one year of GPU spending (Cahn).

    ``required = gpu_run_rate * tco_multiple / (1 - end_user_margin)``.

    Parameters
    ----------
    gpu_run_rate : float or array_like
        Annualised GPU spending (Nvidia data-centre revenue run rate), USD bn per year, >= 0.
    tco_multiple : float or array_like, default 2.0
        Total data-centre cost per dollar of GPUs (>= 1, since GPUs are part of the total).
        Cahn uses 2: GPUs are about half of the total cost of ownership; the other half is
        energy, buildings, generators and the like.
    end_user_margin : float or array_like, default 0.5
        Gross margin the end user of the compute needs, a fraction in [0, 1). Cahn uses 50 %.

    Returns
    -------
    float or ndarray
        Required revenue, USD bn, per year of GPU spending at that run rate.

    Raises
    ------
    ValueError
        If ``gpu_run_rate`` is negative, ``tco_multiple`` < 1, ``end_user_margin`` is outside
        [0, 1), any input is NaN, or the shapes of the inputs do not broadcast together.

    Notes
    -----
    Cahn compares the revenue "needed for each year of capex at today's levels" with the AI
    revenue of one year. The chain leaves out the cloud vendors' own margin and ignores the
    useful life of the hardware and the cost of capital; :func:`required_revenue` adds both.
    It is the special case of :func:`steady_state_required_revenue` with a zero return and a
    cash margin of ``1 - end_user_margin``: the revenue that, year after year, replaces the
    capex spent at the same run rate.

    References
    ----------
    .. [1] D. Cahn, "AI's $200B Question", Sequoia Capital, September 2023.
    .. [2] D. Cahn, "AI's $600B Question", Sequoia Capital, 20 June 2024.

    Examples
    --------
    The 2023 essay (run rate about $50B) and the 2024 essay (about $150B):

    >>> cahn_required_revenue(50.0)
    200.0
    >>> cahn_required_revenue(150.0)
    600.0
    """
    g = _nonneg(gpu_run_rate, "gpu_run_rate", "USD bn per year")
    t = _arr(tco_multiple, "tco_multiple")
    _require(
        t, np.isfinite(t) & (t >= 1), "tco_multiple", "finite and >= 1 (total cost per GPU dollar)"
    )
    m = _gross_margin(end_user_margin)
    _broadcast(gpu_run_rate=g, tco_multiple=t, end_user_margin=m)
    return _out(g * t / (1.0 - m))


@dataclass(frozen=True)
class CahnGap:
    """The steps of Cahn's chain, for a step (waterfall) chart. All in USD bn.

    Attributes
    ----------
    gpu_spend : float or ndarray
        GPU spending run rate, USD bn per year.
    data_centre_capex : float or ndarray
        ``gpu_spend * tco_multiple``: total data-centre cost, USD bn per year.
    required_revenue : float or ndarray
        ``data_centre_capex / (1 - end_user_margin)``, USD bn.
    ai_revenue : float or ndarray
        Actual (or assumed) AI revenue, USD bn per year.
    gap : float or ndarray
        ``required_revenue - ai_revenue``, USD bn (the "hole"; negative means a surplus).
    """

    gpu_spend: FloatOrArray
    data_centre_capex: FloatOrArray
    required_revenue: FloatOrArray
    ai_revenue: FloatOrArray
    gap: FloatOrArray


def cahn_gap(
    gpu_run_rate: ArrayLike,
    ai_revenue: ArrayLike,
    tco_multiple: ArrayLike = 2.0,
    end_user_margin: ArrayLike = 0.5,
) -> CahnGap:
    """Cahn's chain step by step, and the gap to actual AI revenue.

    Parameters
    ----------
    gpu_run_rate : float or array_like
        GPU spending run rate, USD bn per year, >= 0.
    ai_revenue : float or array_like
        AI revenue to compare with, USD bn per year, >= 0.
    tco_multiple : float or array_like, default 2.0
        Total data-centre cost per dollar of GPUs, >= 1.
    end_user_margin : float or array_like, default 0.5
        End user's gross margin, a fraction in [0, 1).

    Returns
    -------
    CahnGap
        GPU spend, data-centre capex, required revenue, AI revenue and gap (USD bn).

    Raises
    ------
    ValueError
        On negative amounts, ``tco_multiple`` < 1, a margin outside [0, 1), or NaN.

    Notes
    -----
    See :func:`cahn_required_revenue` for the chain and its caveats.

    References
    ----------
    .. [1] D. Cahn, "AI's $600B Question", Sequoia Capital, 20 June 2024.

    Examples
    --------
    The 2023 estimate: a $50B run rate needs $200B; the "$125B hole" means about $75B of
    revenue (200 - 125).

    >>> g = cahn_gap(50.0, 75.0)
    >>> g.gpu_spend, g.data_centre_capex, g.required_revenue, g.gap
    (50.0, 100.0, 200.0, 125.0)
    """
    required = cahn_required_revenue(gpu_run_rate, tco_multiple, end_user_margin)
    g = _arr(gpu_run_rate, "gpu_run_rate")
    t = _arr(tco_multiple, "tco_multiple")
    revenue = _nonneg(ai_revenue, "ai_revenue", "USD bn per year")
    gap = np.asarray(required) - revenue
    return CahnGap(
        gpu_spend=_out(np.broadcast_to(g, np.shape(gap))),
        data_centre_capex=_out(np.broadcast_to(g * t, np.shape(gap))),
        required_revenue=_out(np.broadcast_to(required, np.shape(gap))),
        ai_revenue=_out(np.broadcast_to(revenue, np.shape(gap))),
        gap=_out(gap),
    )


# --------------------------------------------------------------------------------------
# annuity: capital recovery
# --------------------------------------------------------------------------------------


def capital_recovery_factor(rate: ArrayLike, life: ArrayLike) -> FloatOrArray:
    """Capital recovery (annuity) factor ``r / (1 - (1 + r)**-n)``.

    The level annual payment, in arrears, per dollar of capital that repays the capital and
    pays a return ``r`` on the outstanding balance over ``n`` years.

    Parameters
    ----------
    rate : float or array_like
        Return or interest rate ``r``, fraction per year, > -1.
    life : float or array_like
        Life ``n`` in years, > 0; non-integer allowed; ``np.inf`` for a perpetuity.

    Returns
    -------
    float or ndarray
        Capital recovery factor, per year (USD per year per USD of capital).

    Raises
    ------
    ValueError
        If ``rate`` <= -1 or is not finite, ``life`` <= 0, or any input is NaN.

    Notes
    -----
    Limits, handled exactly: ``rate == 0`` gives ``1 / n`` (straight repayment, no return);
    ``life == inf`` gives ``r`` for ``r >= 0`` (a perpetuity pays only the return) and 0 for
    ``r < 0``. Computed as ``r / -expm1(-n * log1p(r))``, accurate for small ``r``.
    The factor falls with ``n`` and rises with ``r``.

    References
    ----------
    .. [1] R. A. Brealey, S. C. Myers and F. Allen, *Principles of Corporate Finance*,
       chapter 6 (equivalent annual cost).

    Examples
    --------
    >>> round(capital_recovery_factor(0.10, 10), 6)
    0.162745
    >>> capital_recovery_factor(0.0, 4)
    0.25
    >>> capital_recovery_factor(0.10, float("inf"))
    0.1
    """
    r = _rate(rate, "rate")
    n = _life(life, "life")
    r, n = np.broadcast_arrays(r, n)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        crf = r / -np.expm1(-n * np.log1p(r))
        # r == 0 exactly, or so small (subnormal) that (1 + r)**-n underflows to 1
        crf = np.where(np.abs(r) < np.finfo(float).tiny, 1.0 / n, crf)
    return _out(crf)


def required_revenue(
    capital: ArrayLike, rate: ArrayLike, life: ArrayLike, cash_margin: ArrayLike
) -> FloatOrArray:
    """Annual revenue that earns ``rate`` on ``capital`` wearing out over ``life`` years.

    ``revenue = capital * CRF(rate, life) / cash_margin``.

    Parameters
    ----------
    capital : float or array_like
        Capital spent up front, USD bn, >= 0.
    rate : float or array_like
        Target return on the capital, fraction per year, > -1.
    life : float or array_like
        Useful life, years, > 0 (``np.inf``: the capital never wears out).
    cash_margin : float or array_like
        Operating cash flow per dollar of revenue, in (0, 1]: the part of revenue left to
        pay for the capital after operating costs (energy, staff, the vendors' margins).

    Returns
    -------
    float or ndarray
        Required revenue, USD bn per year, earned each year over the life.

    Raises
    ------
    ValueError
        On negative or non-finite capital, ``rate`` <= -1, ``life`` <= 0, ``cash_margin``
        outside (0, 1], or NaN.

    Notes
    -----
    The revenue is level (the same each year) and received at year end. It is the revenue of
    one vintage of capital; with a capex that repeats each year see
    :func:`steady_state_required_revenue`.

    References
    ----------
    .. [1] J.P. Morgan (November 2025), via Tom's Hardware: "$650 billion in annual revenue
       required to deliver 10% return on AI buildout investment".
    .. [2] Bain & Company, *Global Technology Report 2025* (23 September 2025).

    Examples
    --------
    J.P. Morgan's $650B a year "in perpetuity" for a 10 % return: as arithmetic (our reading,
    not J.P. Morgan's stated method), a perpetuity with all revenue turned into cash
    corresponds to a capital base of 650 / 0.10 = $6.5 trillion:

    >>> required_revenue(6500.0, 0.10, float("inf"), 1.0)
    650.0

    The same capital with a six-year life and a 50 % cash margin needs far more:

    >>> round(required_revenue(6500.0, 0.10, 6, 0.5), 1)
    2984.9
    """
    K = _nonneg(capital, "capital", "USD bn")
    m = _cash_margin(cash_margin)
    return _out(K * np.asarray(capital_recovery_factor(rate, life)) / m)


def steady_state_required_revenue(
    annual_capex: ArrayLike, rate: ArrayLike, life: ArrayLike, cash_margin: ArrayLike
) -> FloatOrArray:
    """Annual revenue needed when the same capex is spent every year (steady state).

    ``revenue = annual_capex * life * CRF(rate, life) / cash_margin``: ``life`` vintages are
    in service at any time, each needing :func:`required_revenue`.

    Parameters
    ----------
    annual_capex : float or array_like
        Capex spent each year, USD bn per year, >= 0.
    rate : float or array_like
        Target return, fraction per year, > -1.
    life : float or array_like
        Useful life, years, finite and > 0.
    cash_margin : float or array_like
        Operating cash flow per dollar of revenue, in (0, 1].

    Returns
    -------
    float or ndarray
        Required revenue, USD bn per year, once the build-out has reached steady state.

    Raises
    ------
    ValueError
        On negative capex, ``rate`` <= -1, non-finite or non-positive ``life``,
        ``cash_margin`` outside (0, 1], or NaN.

    Notes
    -----
    At a zero return ``life * CRF = 1`` and the revenue is ``annual_capex / cash_margin``
    whatever the life: cash flow must at least replace the capital as it wears out. This is
    Cahn's chain with ``cash_margin = 1 - end_user_margin``. Exact for whole-year lives;
    for fractional lives it is the usual continuous-vintage approximation.

    Examples
    --------
    Bain's $2T of annual revenue on about $500B of annual capex is a revenue/capex ratio of 4;
    as arithmetic, that is the steady-state requirement at a zero return with 25 % of revenue
    available to pay for capital (500 / 2000):

    >>> steady_state_required_revenue(500.0, 0.0, 5, 0.25)
    2000.0
    """
    C = _nonneg(annual_capex, "annual_capex", "USD bn per year")
    n = _life(life, "life", allow_inf=False)
    m = _cash_margin(cash_margin)
    return _out(C * n * np.asarray(capital_recovery_factor(rate, n)) / m)


def breakeven_life(
    capital: ArrayLike, rate: ArrayLike, revenue: ArrayLike, cash_margin: ArrayLike
) -> FloatOrArray:
    """Useful life at which a level revenue just earns ``rate`` on ``capital``.

    Inverts :func:`required_revenue` for the life:
    ``n = -ln(1 - r K / (R m)) / ln(1 + r)`` (``n = K / (R m)`` when ``r == 0``).

    Parameters
    ----------
    capital : float or array_like
        Capital, USD bn, >= 0.
    rate : float or array_like
        Target return, fraction per year, > -1.
    revenue : float or array_like
        Level annual revenue, USD bn per year, >= 0.
    cash_margin : float or array_like
        Operating cash flow per dollar of revenue, in (0, 1].

    Returns
    -------
    float or ndarray
        Life in years. ``np.inf`` when there is no finite solution: the annual cash flow
        ``R m`` does not exceed the return on capital ``r K`` (for ``r >= 0``), so the
        capital is never paid back however long it lasts. 0 when ``capital == 0``.

    Raises
    ------
    ValueError
        On negative amounts, ``rate`` <= -1, ``cash_margin`` outside (0, 1], or NaN.

    Notes
    -----
    The answer to "how long must the servers last for this revenue to pay for them?". Compare
    it with the accounting lives (5 to 6 years) and the lives critics argue for (2 to 3).

    Examples
    --------
    $100B of capital at 10 % with $30B of annual cash flow:

    >>> round(breakeven_life(100.0, 0.10, 30.0, 1.0), 4)
    4.2542
    >>> breakeven_life(100.0, 0.10, 10.0, 1.0)  # cash flow only pays the return
    inf
    """
    K = _nonneg(capital, "capital", "USD bn")
    r = _rate(rate, "rate")
    R = _nonneg(revenue, "revenue", "USD bn per year")
    m = _cash_margin(cash_margin)
    K, r, R, m = np.broadcast_arrays(K, r, R, m)
    cash = R * m
    with np.errstate(divide="ignore", invalid="ignore"):
        q = r * K / cash  # = 1 - (1 + r)**-n
        n = -np.log1p(-q) / np.log1p(r)
        n = np.where(np.abs(r) < np.finfo(float).tiny, K / cash, n)  # r == 0 (or subnormal)
        n = np.where((r > 0) & (q >= 1), np.inf, n)
        n = np.where(cash == 0, np.inf, n)
        n = np.where(K == 0, 0.0, n)
    return _out(n)


def implied_capital(
    revenue: ArrayLike, rate: ArrayLike, life: ArrayLike, cash_margin: ArrayLike
) -> FloatOrArray:
    """Capital that a level annual revenue pays for at a given return and life.

    ``capital = revenue * cash_margin / CRF(rate, life)``: the present value at ``rate`` of
    the cash flow over ``life`` years. Inverse of :func:`required_revenue` for the capital.

    Parameters
    ----------
    revenue : float or array_like
        Level annual revenue, USD bn per year, >= 0.
    rate : float or array_like
        Target return (discount rate), fraction per year, > -1.
    life : float or array_like
        Years the revenue lasts, > 0 (``np.inf`` allowed).
    cash_margin : float or array_like
        Operating cash flow per dollar of revenue, in (0, 1].

    Returns
    -------
    float or ndarray
        Capital, USD bn. ``np.inf`` for a perpetuity at a rate <= 0.

    Raises
    ------
    ValueError
        On negative revenue, ``rate`` <= -1, ``life`` <= 0, ``cash_margin`` outside (0, 1],
        or NaN.

    Examples
    --------
    J.P. Morgan's $650B a year in perpetuity at 10 %, all revenue as cash (arithmetic):

    >>> implied_capital(650.0, 0.10, float("inf"), 1.0)
    6500.0
    """
    R = _nonneg(revenue, "revenue", "USD bn per year")
    m = _cash_margin(cash_margin)
    crf = np.asarray(capital_recovery_factor(rate, life))
    with np.errstate(divide="ignore", invalid="ignore"):
        K = np.where(crf == 0, np.where(R == 0, 0.0, np.inf), R * m / crf)
    return _out(K)


# --------------------------------------------------------------------------------------
# depreciation
# --------------------------------------------------------------------------------------

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
    arrays = {
        "years": np.arange(T, dtype=np.int64) + int(first_year),
        "capex": capex,
        "depreciation_old": dep_old,
        "depreciation_new": dep_new,
        "earnings_boost": boost,
        "cumulative_boost": np.cumsum(boost),
    }
    for a in arrays.values():
        a.flags.writeable = False
    return DepreciationLifeEffect(**arrays, old_life=old, new_life=new)


# --------------------------------------------------------------------------------------
# financing mix
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FinancingMix:
    """Split of a capex total into internal cash flow and external sources. USD bn.

    Attributes
    ----------
    total_capex : float
        Capex to fund.
    internal : float
        Funded from internal cash flow: ``min(internal_cash_flow, total_capex)``.
    gap : float
        External funding needed: ``total_capex - internal`` (>= 0).
    surplus : float
        Internal cash flow left after funding all capex (>= 0).
    external : Mapping[str, float]
        Amount from each external source, summing to ``gap`` (read-only).
    internal_share : float
        ``internal / total_capex`` (0 when ``total_capex`` is 0).
    external_shares : Mapping[str, float]
        Each source's share of ``total_capex`` (read-only).
    """

    total_capex: float
    internal: float
    gap: float
    surplus: float
    external: Mapping[str, float]
    internal_share: float
    external_shares: Mapping[str, float]


def financing_mix(
    total_capex: float,
    internal_cash_flow: float,
    gap_shares: Mapping[str, float],
    *,
    rtol: float = 1e-3,
) -> FinancingMix:
    """Split a capex total into internal funding and external sources.

    Parameters
    ----------
    total_capex : float
        Capex over the period, USD bn, >= 0.
    internal_cash_flow : float
        Internal cash flow available for capex over the same period, USD bn, >= 0.
    gap_shares : Mapping[str, float]
        External sources and their part of the gap, either as amounts in USD bn that sum to
        the gap, or as fractions that sum to 1 (detected from the sum). Each value >= 0.
    rtol : float, default 1e-3
        Relative tolerance for the sum check (published splits are often rounded: pass a
        larger value for those).

    Returns
    -------
    FinancingMix
        Internal funding, the gap, the amount from each source and the shares of the total.

    Raises
    ------
    ValueError
        On negative or NaN amounts, an empty or non-string-keyed ``gap_shares``, or values
        that sum neither to 1 nor to the gap within ``rtol``.

    Notes
    -----
    Internal cash flow is used first; only the remainder (the gap) is split over external
    sources. When cash flow covers all capex the gap is zero, every source gets 0 and any
    excess is reported as ``surplus``.

    References
    ----------
    .. [1] Morgan Stanley Research (July-August 2025), data-centre financing estimates; see
       ``data/macro.csv`` for the figures and sources.

    Examples
    --------
    Morgan Stanley's 2025-2028 estimate: about $2.9T of capex, about $1.4T from hyperscaler
    cash flow, a $1.5T gap.

    >>> mix = financing_mix(2900.0, 1400.0, {"private credit": 800.0, "PE and sovereign": 350.0,
    ...                                      "corporate bonds": 200.0, "ABS": 150.0})
    >>> mix.gap, round(mix.internal_share, 3), round(mix.external_shares["private credit"], 3)
    (1500.0, 0.483, 0.276)
    """
    K = float(_nonneg(total_capex, "total_capex", "USD bn"))
    cash = float(_nonneg(internal_cash_flow, "internal_cash_flow", "USD bn"))
    if not isinstance(gap_shares, Mapping) or len(gap_shares) == 0:
        raise ValueError("gap_shares must be a non-empty mapping of source name -> amount or share")
    names = list(gap_shares)
    if not all(isinstance(k, str) for k in names):
        raise ValueError(f"gap_shares keys must be source names (str), got {names!r}")
    v = np.array(
        [float(_nonneg(gap_shares[k], f"gap_shares[{k!r}]", "USD bn or fraction")) for k in names]
    )
    tol = float(_arr(rtol, "rtol"))
    if not (0 <= tol < 1):
        raise ValueError(f"rtol must be in [0, 1), got {tol!r}")

    internal = min(cash, K)
    gap = K - internal
    total = float(v.sum())
    if np.isclose(total, gap, rtol=tol, atol=1e-12) and gap > 0:
        amounts = v * (gap / total)  # absorb rounding so the amounts sum to the gap exactly
    elif np.isclose(total, 1.0, rtol=tol, atol=0.0):
        amounts = v / total * gap
    elif gap == 0 and total == 0:
        amounts = v
    else:
        raise ValueError(
            f"gap_shares must sum to the gap ({gap!r} USD bn) or to 1 within rtol={tol}, "
            f"got {total!r}"
        )
    external = dict(zip(names, (float(a) for a in amounts), strict=True))
    shares = {k: (a / K if K > 0 else 0.0) for k, a in external.items()}
    return FinancingMix(
        total_capex=K,
        internal=internal,
        gap=gap,
        surplus=cash - internal,
        external=MappingProxyType(external),
        internal_share=internal / K if K > 0 else 0.0,
        external_shares=MappingProxyType(shares),
    )


# --------------------------------------------------------------------------------------
# debt service and coverage
# --------------------------------------------------------------------------------------


def debt_service(
    principal: ArrayLike, rate: ArrayLike, term: ArrayLike, *, interest_only: bool = False
) -> FloatOrArray:
    """Annual payment on a loan: amortising (level annuity) or interest-only.

    Parameters
    ----------
    principal : float or array_like
        Amount borrowed, USD bn, >= 0.
    rate : float or array_like
        Interest rate, fraction per period, > -1 (>= 0 for ``interest_only``).
    term : float or array_like
        Loan term, periods (years), > 0; ``np.inf`` gives a perpetual loan.
    interest_only : bool, default False
        ``False``: level payment ``principal * CRF(rate, term)`` that repays the loan over the
        term. ``True``: only the interest ``principal * rate``; the principal is due at the
        end (a bullet, refinanced or not), which is the usual structure of corporate bonds.

    Returns
    -------
    float or ndarray
        Payment per period, USD bn (per year with annual rates and terms).

    Raises
    ------
    ValueError
        On negative principal, ``rate`` <= -1 (or < 0 with ``interest_only``), ``term`` <= 0,
        NaN, or shapes that do not broadcast together.
    TypeError
        If ``interest_only`` is not a bool.

    Examples
    --------
    A textbook mortgage: 200,000 at 6 % a year (0.5 % a month) over 360 months:

    >>> round(debt_service(200_000.0, 0.005, 360), 2)
    1199.1
    >>> debt_service(100.0, 0.06, 10, interest_only=True)
    6.0
    """
    if not isinstance(interest_only, bool | np.bool_):
        raise TypeError(f"interest_only must be True or False, got {interest_only!r}")
    P = _nonneg(principal, "principal", "USD bn")
    shape = _broadcast(principal=P, rate=_arr(rate, "rate"), term=_arr(term, "term"))
    if interest_only:
        r = _arr(rate, "rate")
        _require(r, np.isfinite(r) & (r >= 0), "rate", "a finite fraction per year >= 0")
        _life(term, "term")
        return _out(np.broadcast_to(P * r, shape))
    return _out(P * np.asarray(capital_recovery_factor(rate, _life(term, "term"))))


def coverage_ratio(cash_flow: ArrayLike, debt_service: ArrayLike) -> FloatOrArray:
    """Debt service coverage ratio (DSCR): cash flow per dollar of debt service.

    Parameters
    ----------
    cash_flow : float or array_like
        Cash flow available for debt service, USD bn per year (may be negative).
    debt_service : float or array_like
        Interest plus scheduled principal, USD bn per year, >= 0.

    Returns
    -------
    float or ndarray
        ``cash_flow / debt_service``, dimensionless. ``inf`` with no debt service and a
        positive cash flow; ``nan`` with both zero (no debt, no cash: undefined).

    Raises
    ------
    ValueError
        On non-finite cash flow, negative debt service, or NaN.

    Notes
    -----
    Below 1 the cash flow does not pay the debt; project-finance lenders typically ask for a
    cushion above 1.

    Examples
    --------
    >>> coverage_ratio(30.0, 20.0)
    1.5
    """
    cf = _finite(cash_flow, "cash_flow", "USD bn per year")
    ds = _nonneg(debt_service, "debt_service", "USD bn per year")
    with np.errstate(divide="ignore", invalid="ignore"):
        dscr = np.where(
            ds == 0, np.where(cf > 0, np.inf, np.where(cf < 0, -np.inf, np.nan)), cf / ds
        )
    return _out(dscr)


@dataclass(frozen=True)
class BorrowedCapexCoverage:
    """Debt and its coverage when part of a capex is borrowed. USD bn, USD bn per year.

    Attributes
    ----------
    debt : float or ndarray
        ``capex * debt_share``, USD bn.
    equity : float or ndarray
        ``capex - debt``, USD bn (internal cash or equity).
    debt_service : float or ndarray
        Annual payment on the debt, USD bn per year.
    interest : float or ndarray
        First-year interest ``debt * interest_rate``, USD bn per year.
    principal_repayment : float or ndarray
        First-year repayment ``debt_service - interest``, USD bn per year.
    cash_flow : float or ndarray
        ``revenue * cash_margin``, USD bn per year.
    dscr : float or ndarray
        ``cash_flow / debt_service`` (see :func:`coverage_ratio`).
    """

    debt: FloatOrArray
    equity: FloatOrArray
    debt_service: FloatOrArray
    interest: FloatOrArray
    principal_repayment: FloatOrArray
    cash_flow: FloatOrArray
    dscr: FloatOrArray


def borrowed_capex_coverage(
    capex: ArrayLike,
    debt_share: ArrayLike,
    interest_rate: ArrayLike,
    term: ArrayLike,
    revenue: ArrayLike,
    cash_margin: ArrayLike,
    *,
    interest_only: bool = False,
) -> BorrowedCapexCoverage:
    """Debt service on a borrowed share of capex and how well revenue covers it.

    Parameters
    ----------
    capex : float or array_like
        Capex, USD bn, >= 0.
    debt_share : float or array_like
        Share of the capex borrowed, fraction in [0, 1].
    interest_rate : float or array_like
        Interest rate on the debt, fraction per year, > -1.
    term : float or array_like
        Loan term, years, > 0.
    revenue : float or array_like
        Annual revenue the capex earns, USD bn per year, >= 0.
    cash_margin : float or array_like
        Operating cash flow per dollar of revenue, in (0, 1].
    interest_only : bool, default False
        Amortising (default) or interest-only debt, see :func:`debt_service`.

    Returns
    -------
    BorrowedCapexCoverage
        Debt, equity, debt service, interest, repayment, cash flow and DSCR.

    Raises
    ------
    ValueError
        On invalid or NaN inputs, ``debt_share`` outside [0, 1] in particular.

    Notes
    -----
    The DSCR falls in proportion as the debt share rises: doubling the borrowed share halves
    the coverage. With ``interest_rate`` equal to the target return and ``term`` equal to the
    useful life, revenue equal to :func:`required_revenue` gives ``dscr = 1 / debt_share``.

    Examples
    --------
    Half of $100B borrowed at 6 % over 10 years, earning $40B a year at a 50 % cash margin:

    >>> c = borrowed_capex_coverage(100.0, 0.5, 0.06, 10, 40.0, 0.5)
    >>> round(c.debt_service, 3), round(c.dscr, 3)
    (6.793, 2.944)
    """
    K = _nonneg(capex, "capex", "USD bn")
    d = _share(debt_share, "debt_share")
    R = _nonneg(revenue, "revenue", "USD bn per year")
    m = _cash_margin(cash_margin)
    r = _rate(interest_rate, "interest_rate")
    debt = K * d
    ds = np.asarray(debt_service(debt, r, term, interest_only=interest_only))
    interest = debt * r
    cf = R * m
    dscr = np.asarray(
        coverage_ratio(np.broadcast_to(cf, np.broadcast_shapes(cf.shape, ds.shape)), ds)
    )
    shape = dscr.shape

    def b(x: ArrayLike) -> FloatOrArray:
        return _out(np.broadcast_to(x, shape))

    return BorrowedCapexCoverage(
        debt=b(debt),
        equity=b(K - debt),
        debt_service=b(ds),
        interest=b(interest),
        principal_repayment=b(ds - interest),
        cash_flow=b(cf),
        dscr=b(dscr),
    )


# --------------------------------------------------------------------------------------
# dashboard
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CapitalDashboard:
    """Everything the "capital versus return" dashboard shows, for one or many scenarios.

    Attributes
    ----------
    data_centre_capex : float or ndarray
        ``gpu_run_rate * tco_multiple``, USD bn per year (one vintage).
    required_revenue_cahn : float or ndarray
        Cahn's required revenue, USD bn.
    ai_revenue : float or ndarray
        AI revenue compared with, USD bn per year.
    gap_cahn : float or ndarray
        ``required_revenue_cahn - ai_revenue``, USD bn.
    capital_recovery_factor : float or ndarray
        ``CRF(target_return, useful_life)``, per year.
    required_revenue_vintage : float or ndarray
        Level annual revenue over the useful life that earns the target return on one year's
        data-centre capex, USD bn per year.
    required_revenue_steady : float or ndarray
        Annual revenue needed when that capex is repeated every year (``useful_life``
        vintages in service), USD bn per year. Equals Cahn's figure at a zero return.
    gap_steady : float or ndarray
        ``required_revenue_steady - ai_revenue``, USD bn per year.
    debt : float or ndarray
        Borrowed part of one year's capex, USD bn.
    debt_service : float or ndarray
        Annual payment on that debt, USD bn per year: the first year, when one vintage of
        loans is outstanding.
    cash_flow : float or ndarray
        ``ai_revenue * cash_margin``, USD bn per year.
    dscr : float or ndarray
        ``cash_flow / debt_service``: the coverage in the first year (one vintage of loans).
    debt_service_steady : float or ndarray
        Annual payment when the capex recurs every year and the loans of every vintage still
        being repaid are outstanding (``debt_term`` vintages, the same steady state as
        ``required_revenue_steady``), USD bn per year.
    dscr_steady : float or ndarray
        ``cash_flow / debt_service_steady``: the coverage in that steady state.
    """

    data_centre_capex: FloatOrArray
    required_revenue_cahn: FloatOrArray
    ai_revenue: FloatOrArray
    gap_cahn: FloatOrArray
    capital_recovery_factor: FloatOrArray
    required_revenue_vintage: FloatOrArray
    required_revenue_steady: FloatOrArray
    gap_steady: FloatOrArray
    debt: FloatOrArray
    debt_service: FloatOrArray
    cash_flow: FloatOrArray
    dscr: FloatOrArray
    debt_service_steady: FloatOrArray
    dscr_steady: FloatOrArray


def capital_dashboard(
    gpu_run_rate: ArrayLike,
    tco_multiple: ArrayLike,
    end_user_margin: ArrayLike,
    useful_life: ArrayLike,
    target_return: ArrayLike,
    debt_share: ArrayLike,
    ai_revenue: ArrayLike,
    interest_rate: ArrayLike | None = None,
    cash_margin: ArrayLike | None = None,
    debt_term: ArrayLike | None = None,
) -> CapitalDashboard:
    """All figures of the capital-versus-return dashboard in one vectorised call.

    Parameters
    ----------
    gpu_run_rate : float or array_like
        GPU spending run rate, USD bn per year, >= 0.
    tco_multiple : float or array_like
        Total data-centre cost per GPU dollar, >= 1 (Cahn: 2).
    end_user_margin : float or array_like
        End user's gross margin, fraction in [0, 1) (Cahn: 0.5).
    useful_life : float or array_like
        Useful life of the data-centre capital, years, finite and > 0.
    target_return : float or array_like
        Return the capital must earn, fraction per year, > -1.
    debt_share : float or array_like
        Share of the capex borrowed, fraction in [0, 1].
    ai_revenue : float or array_like
        AI revenue, USD bn per year, >= 0.
    interest_rate : float or array_like, optional
        Interest rate on the debt, fraction per year. Default (assumption): equal to
        ``target_return``, so that borrowing changes the coverage but not the required
        revenue; pass a market rate to compare.
    cash_margin : float or array_like, optional
        Cash flow per dollar of AI revenue available for the capital, in (0, 1]. Default
        (assumption): ``1 - end_user_margin``, the share Cahn's chain leaves for paying the
        data centre, which makes the zero-return steady state equal Cahn's figure.
    debt_term : float or array_like, optional
        Loan term, years. Default (assumption): ``useful_life``, the longest a lender would
        finance an asset.

    Returns
    -------
    CapitalDashboard
        Cahn's figure and gap, the return-based requirements, debt service and DSCR. All
        fields broadcast to the common shape of the inputs.

    Raises
    ------
    ValueError
        On any invalid or NaN input (named in the message).

    Notes
    -----
    All formulas are closed forms, for a Vega-expression version::

        capex    = gpu * tco
        cahn     = capex / (1 - gm)
        crf      = r == 0 ? 1 / n : r / (1 - pow(1 + r, -n))
        vintage  = capex * crf / m
        steady   = n * vintage
        service  = d * capex * crf(i, term)
        dscr     = ai_revenue * m / service
        service_steady = term * service
        dscr_steady    = ai_revenue * m / service_steady

    ``debt_service`` and ``dscr`` are those of one year's capex (one vintage of loans: the
    first year). The required revenue ``steady`` assumes ``useful_life`` vintages in use; in
    the same steady state the loans of ``debt_term`` vintages are being repaid at once, which
    ``debt_service_steady`` and ``dscr_steady`` show.

    Examples
    --------
    Cahn's 2024 inputs, a 6-year life, a 10 % return, 40 % borrowed, $100B of AI revenue (an
    illustrative value, not an estimate):

    >>> d = capital_dashboard(150.0, 2.0, 0.5, 6, 0.10, 0.4, 100.0)
    >>> d.required_revenue_cahn, round(d.required_revenue_steady, 1), round(d.dscr, 3)
    (600.0, 826.6, 1.815)
    >>> round(d.dscr_steady, 3)  # six vintages of loans outstanding: 1.815 / 6
    0.302
    """
    n = _life(useful_life, "useful_life", allow_inf=False)
    r = _rate(target_return, "target_return")
    gm = _gross_margin(end_user_margin)
    m = 1.0 - gm if cash_margin is None else _cash_margin(cash_margin)
    i = r if interest_rate is None else _rate(interest_rate, "interest_rate")
    term = n if debt_term is None else _life(debt_term, "debt_term")

    gap = cahn_gap(gpu_run_rate, ai_revenue, tco_multiple, gm)
    capex = np.asarray(gap.data_centre_capex)
    revenue = np.asarray(gap.ai_revenue)
    crf = np.asarray(capital_recovery_factor(r, n))
    vintage = capex * crf / m
    steady = n * vintage
    cov = borrowed_capex_coverage(capex, debt_share, i, term, revenue, m)
    service_steady = np.asarray(cov.debt_service) * term
    cash_flow = np.asarray(cov.cash_flow)
    dscr_steady = np.asarray(coverage_ratio(
        np.broadcast_to(cash_flow, np.broadcast_shapes(cash_flow.shape, service_steady.shape)),
        service_steady,
    ))
    shape = np.broadcast_shapes(
        np.shape(gap.gap), crf.shape, np.shape(vintage), np.shape(steady), np.shape(cov.dscr),
        dscr_steady.shape,
    )

    def b(x: ArrayLike) -> FloatOrArray:
        return _out(np.broadcast_to(x, shape))

    return CapitalDashboard(
        data_centre_capex=b(capex),
        required_revenue_cahn=b(gap.required_revenue),
        ai_revenue=b(revenue),
        gap_cahn=b(gap.gap),
        capital_recovery_factor=b(crf),
        required_revenue_vintage=b(vintage),
        required_revenue_steady=b(steady),
        gap_steady=b(steady - revenue),
        debt=b(cov.debt),
        debt_service=b(cov.debt_service),
        cash_flow=b(cov.cash_flow),
        dscr=b(cov.dscr),
        debt_service_steady=b(service_steady),
        dscr_steady=b(dscr_steady),
    )
