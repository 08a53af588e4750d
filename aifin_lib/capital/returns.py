"""The capital recovery (annuity) factor and the revenue it takes to earn a return on capital
that wears out.

Conventions as in :mod:`aifin_lib.capital` (USD billions, fractions per year, years).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from .checks import FloatOrArray, _cash_margin, _life, _nonneg, _out, _rate

__all__ = [
    "breakeven_life",
    "capital_recovery_factor",
    "implied_capital",
    "required_revenue",
    "steady_state_required_revenue",
]


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
