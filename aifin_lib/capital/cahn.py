"""David Cahn's (Sequoia Capital) chain from GPU spending to the revenue end users must earn.

Conventions as in :mod:`aifin_lib.capital` (USD billions, fractions per year, years).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from .checks import FloatOrArray, _arr, _broadcast, _gross_margin, _nonneg, _out, _require

__all__ = ["CahnGap", "cahn_gap", "cahn_required_revenue"]


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
