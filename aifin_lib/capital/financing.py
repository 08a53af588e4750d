"""The split of a capex total into internal cash flow and external sources.

Conventions as in :mod:`aifin_lib.capital` (USD billions, fractions per year, years).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import numpy as np

from .checks import _arr, _nonneg

__all__ = ["FinancingMix", "financing_mix"]


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
