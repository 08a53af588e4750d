"""Debt service and its coverage when part of the capex is borrowed.

Conventions as in :mod:`aifin_lib.capital` (USD billions, fractions per year, years).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from .checks import (
    FloatOrArray,
    _arr,
    _broadcast,
    _cash_margin,
    _finite,
    _life,
    _nonneg,
    _out,
    _rate,
    _require,
    _share,
)
from .returns import capital_recovery_factor

__all__ = ["BorrowedCapexCoverage", "borrowed_capex_coverage", "coverage_ratio", "debt_service"]


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
