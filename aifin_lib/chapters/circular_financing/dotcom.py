"""Vendor financing around 2000 and chipmakers' financing of their customers now: the frame of
the chapter's comparison with the dot-com years (:func:`dotcom_comparison`)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ... import circular, data
from ... import circular_deals as dn
from .frames import book_deal_network

__all__ = ["dotcom_comparison", "nvidia_customer_financing"]


def nvidia_customer_financing() -> tuple[float, list[str]]:
    """Nvidia's counted stakes in and backstops for AI labs and neoclouds (USD bn, deal ids)."""
    net = book_deal_network(kinds=(*dn.FINANCE_KINDS, "purchase_commitment"))
    kinds = data.load("companies").set_index("company_id")["kind"]
    inc = net.included
    rows = inc[(inc["from_id"] == "nvidia") & inc["to_id"].map(kinds).isin(["ai_lab", "neocloud"])]
    return float(rows["amount_usd_bn"].sum()), sorted(rows["deal_id"])


def dotcom_comparison() -> pd.DataFrame:
    """Vendor financing then and chipmakers' financing of customers now, with a size measure.

    Returns
    -------
    pandas.DataFrame
        One row per vendor: ``key`` (catalogue key ``circular_vendor_<key>``), ``era``
        (``"telecom"``/``"ai"``), ``amount_usd_bn``, ``basis`` (what the amount is:
        ``"commitments"``, ``"counted_deals"``, ``"value_estimate"`` or ``"stalled_loi"``),
        ``size_usd_bn`` and ``size_key`` (the size measure it is compared with, where the
        data set has one), ``ratio`` (fraction, NaN without a size), ``ids`` (metric or deal
        ids).

    Notes
    -----
    The data set has no revenue of Lucent or Cisco for 2000. Their commitments are therefore
    compared with the telecom industry's equipment spending in 2000, the market they sold
    into; Nvidia's financing is compared with its own data-centre revenue of fiscal 2026.
    Both ratios are :func:`aifin_lib.circular.vendor_financing_ratio` (a stock over one
    year's flow), but the denominators differ, so compare them with care.
    """
    lucent = data.metric_value("lucent_2000_vendor_financing")
    cisco = data.metric_value("cisco_2000_vendor_financing")
    market = data.metric_value("telecom_equipment_spend_2000")
    nv_rev = data.metric_value("nvidia_dc_revenue_fy2026")
    nv, nv_ids = nvidia_customer_financing()
    amounts = data.load("deals").set_index("deal_id")["amount_usd_bn"].astype(float)
    amd = float(amounts["D02b"])
    loi = float(amounts["D01"])
    rows = [
        (
            "lucent",
            "telecom",
            lucent,
            "commitments",
            market,
            "telecom_equipment_spend_2000",
            "lucent_2000_vendor_financing",
        ),
        (
            "cisco",
            "telecom",
            cisco,
            "commitments",
            market,
            "telecom_equipment_spend_2000",
            "cisco_2000_vendor_financing",
        ),
        ("nvidia", "ai", nv, "counted_deals", nv_rev, "nvidia_dc_revenue_fy2026", ";".join(nv_ids)),
        ("amd", "ai", amd, "value_estimate", np.nan, "", "D02b"),
        ("nvidia_loi", "ai", loi, "stalled_loi", nv_rev, "nvidia_dc_revenue_fy2026", "D01"),
    ]
    frame = pd.DataFrame(
        rows,
        columns=["key", "era", "amount_usd_bn", "basis", "size_usd_bn", "size_key", "ids"],
    )
    with_size = frame["size_usd_bn"].notna()
    frame["ratio"] = np.nan
    frame.loc[with_size, "ratio"] = circular.vendor_financing_ratio(
        frame.loc[with_size, "amount_usd_bn"].to_numpy(),
        frame.loc[with_size, "size_usd_bn"].to_numpy(),
    )
    return frame

