"""One call for the chapter's interactive dashboard: required revenue, gap and coverage.

Conventions as in :mod:`aifin_lib.capital` (USD billions, fractions per year, years).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from .cahn import cahn_gap
from .checks import FloatOrArray, _cash_margin, _gross_margin, _life, _out, _rate
from .debt import borrowed_capex_coverage, coverage_ratio
from .returns import capital_recovery_factor

__all__ = ["CapitalDashboard", "capital_dashboard"]


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
