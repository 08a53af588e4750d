"""The data behind the stagnation chapter's charts, from :mod:`aifin_lib.scenario`."""

from __future__ import annotations

import numpy as np
import pandas as pd

from aifin_lib import i18n
from aifin_lib.scenario import LENDERS, credit_loss_threshold, run_scenario

from .common import (
    _PATHS_SHOWN,
    SHOCK_FIRMS,
    SHOCK_USD_BN,
    _central,
    _debtors,
    _mc,
    _run,
    _suppliers,
    firm_name,
    network,
)

__all__ = [
    "THRESHOLD_FACTORS",
    "domino_frame",
    "losses_frame",
    "monte_carlo_frame",
    "threshold_frame",
    "threshold_rules_frame",
]

THRESHOLD_FACTORS = tuple(np.round(np.arange(0.2, 1.0001, 0.05), 2))
"""Factors on the outside cash flows in the chart of what it takes for the domino to run."""


def domino_frame(growth: float, outside: float, residual: float, shock: str) -> pd.DataFrame:
    """The dashboard's model: who defaults when, lenders' credit losses, lost revenue.

    Parameters
    ----------
    growth : float
        Yearly revenue growth of the AI lab after the stall, fraction (bust path).
    outside : float
        Factor on the firms' cash flows from business outside the network (1 = as in the
        data).
    residual : float
        Residual value of defaulted infrastructure, fraction of its cost.
    shock : str
        One of :data:`SHOCK_FIRMS`: the firm that loses :data:`SHOCK_USD_BN` of cash in the
        first year (``"none"``: no shock).

    Returns
    -------
    pandas.DataFrame
        Rows ``kind = "firm"`` for the firms that can default (``label``, ``year`` of default
        or 0, ``wave`` text), ``kind = "credit"`` (``label`` of the lender type, ``usd_bn``) and
        one row ``kind = "lost"`` (all suppliers' lost contract revenue, ``usd_bn``), USD
        billions.

    Raises
    ------
    ValueError
        If ``shock`` is not one of :data:`SHOCK_FIRMS`.
    """
    if shock not in SHOCK_FIRMS:
        raise ValueError(f"shock must be one of {SHOCK_FIRMS}, got {shock!r}")
    net = network()
    res = run_scenario(
        net, "bust", growth=growth, outside_cash_flow_factor=outside,
        residual_value_fraction=residual,
        shock_firm=None if shock == "none" else shock,
        shock_usd_bn=0.0 if shock == "none" else SHOCK_USD_BN,
    )
    order = {f: k + 1 for k, f in enumerate(res.defaulted)}
    rows = []
    for f in _debtors(net):
        year = int(res.default_year[net.index(f)])
        rows.append({"kind": "firm", "label": firm_name(f), "year": max(year, 0),
                     "wave": str(order.get(f, "")), "usd_bn": 0.0})
    for k in LENDERS:
        rows.append({"kind": "credit", "label": firm_name(k), "year": 0, "wave": "",
                     "usd_bn": round(res.credit_losses[k], 3)})
    rows.append({"kind": "lost", "label": i18n.t("stagnation_all_suppliers"), "year": 0,
                 "wave": "", "usd_bn": round(res.total_lost_revenue, 3)})
    return pd.DataFrame(rows)


def losses_frame() -> pd.DataFrame:
    """Credit losses by lender type and lost revenue by supplier on each path of the chapter.

    Returns
    -------
    pandas.DataFrame
        Columns ``path`` (base, stagnation, bust, severe), ``kind`` (``"credit"`` or
        ``"lost"``), ``who`` (lender type or supplier id) and ``usd_bn`` (2026-2032).
    """
    net = network()
    rows = []
    for p in _PATHS_SHOWN:
        res = _central(p)
        rows += [{"path": p, "kind": "credit", "who": k, "usd_bn": round(res.credit_losses[k], 3)}
                 for k in LENDERS]
        rows += [{"path": p, "kind": "lost", "who": f,
                  "usd_bn": round(float(res.lost_revenue[net.index(f)]), 3)}
                 for f in _suppliers(net)]
    return pd.DataFrame(rows)


def threshold_frame() -> pd.DataFrame:
    """Credit losses by lender type against the factor on outside cash flows (bust path).

    Returns
    -------
    pandas.DataFrame
        Columns ``factor`` (fraction), ``lender``, ``usd_bn`` and ``defaults`` (the firms
        that default, as display names joined by ", ").
    """
    rows = []
    for f in THRESHOLD_FACTORS:
        res = _run("bust", outside_cash_flow_factor=float(f))
        names = ", ".join(firm_name(x) for x in res.defaulted)
        rows += [{"factor": float(f), "lender": k, "usd_bn": round(res.credit_losses[k], 3),
                  "defaults": names} for k in LENDERS]
    return pd.DataFrame(rows)


def threshold_rules_frame(firms: tuple[str, ...] = ("coreweave", "oracle")) -> pd.DataFrame:
    """Where each firm starts to default on the bust path (:func:`credit_loss_threshold`).

    Parameters
    ----------
    firms : tuple of str, default ("coreweave", "oracle")
        Operating firms of the network.

    Returns
    -------
    pandas.DataFrame
        Columns ``factor`` (fraction, rounded to 4 decimals) and ``label`` (display name).
    """
    return pd.DataFrame(
        [{"factor": round(credit_loss_threshold(f), 4), "label": firm_name(f)} for f in firms]
    )


def monte_carlo_frame() -> pd.DataFrame:
    """Share of the Monte Carlo scenarios in which each firm defaults, per path.

    Returns
    -------
    pandas.DataFrame
        Columns ``path`` (stagnation, bust), ``firm`` and ``share`` (fraction), for the
        firms that can default (those with obligations).
    """
    net = network()
    kinds = ("ai_lab", "hyperscaler", "neocloud", "spv")

    def rank(f: str) -> tuple[int, str]:
        kind = net.kinds[net.index(f)]
        return (kinds.index(kind) if kind in kinds else len(kinds), f)

    firms = sorted(_debtors(net), key=rank)
    rows = []
    for p in ("stagnation", "bust"):
        mc = _mc(p)
        rows += [{"path": p, "firm": f, "share": round(mc.default_share(f), 6)} for f in firms]
    return pd.DataFrame(rows)
