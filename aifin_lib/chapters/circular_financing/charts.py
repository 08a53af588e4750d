"""The chapter's bar charts: what is counted (:func:`counting_chart`) and vendor financing
then and now (:func:`dotcom_chart`). The network chart is
:meth:`~aifin_lib.chapters.circular_financing.CircularityExplorer.static_chart`."""

from __future__ import annotations

import altair as alt
import pandas as pd

from ... import circular_deals as dn
from ... import i18n
from ...viz.charts import names_above_bars
from ...viz.sources import with_sources
from ...viz.theme import BAR_SIZE, BAR_STEP, EXTRA_COLOURS, PALETTE, axis_max
from .dotcom import dotcom_comparison
from .frames import (
    KIND_PRESETS,
    STATUS_PRESETS,
    book_deal_network,
    counting_table,
    network_frames,
    network_sources,
)

__all__ = ["counting_chart", "dotcom_chart"]


def counting_chart() -> alt.Chart:
    """Grouped bars: the circularity for each kind preset, announced deals in or out.

    Returns
    -------
    altair.Chart
    """
    t = counting_table()
    t["kinds_label"] = [i18n.t(f"circular_preset_{k}") for k in t["kinds"]]
    t["status_label"] = [i18n.t(f"circular_status_{s}") for s in t["statuses"]]
    t["circularity"] = t["circularity"].round(4)
    t["gross_usd_bn"] = t["gross_usd_bn"].round(1)
    t["circulation_usd_bn"] = t["circulation_usd_bn"].round(1)
    order = [i18n.t(f"circular_preset_{k}") for k in KIND_PRESETS]
    statuses = [i18n.t(f"circular_status_{s}") for s in STATUS_PRESETS]
    base = alt.Chart(t)
    bars = (
        base
        .mark_bar()
        .encode(
            y=alt.Y("kinds_label:N", title=None, sort=order, axis=None,
                    scale=alt.Scale(paddingInner=0.42, paddingOuter=0.5)),
            yOffset=alt.YOffset("status_label:N", sort=statuses),
            x=alt.X("circularity:Q", title=i18n.t("circular_circularity_axis"),
                    axis=alt.Axis(format="%")),
            color=alt.Color(
                "status_label:N",
                title=i18n.t("circular_status_control"),
                scale=alt.Scale(domain=statuses, range=[PALETTE[0], PALETTE[1]]),
            ),
            tooltip=[
                alt.Tooltip("kinds_label:N", title=i18n.t("circular_kinds_control")),
                alt.Tooltip("status_label:N", title=i18n.t("circular_status_control")),
                alt.Tooltip("circularity:Q", title=i18n.t("circular_circularity_axis"),
                            format=".1%"),
                alt.Tooltip("circulation_usd_bn:Q", title=i18n.t("circular_circulating_usd_bn"),
                            format=",.1f"),
                alt.Tooltip("gross_usd_bn:Q", title=i18n.t("circular_gross_usd_bn"),
                            format=",.1f"),
                alt.Tooltip("n_deals:Q", title=i18n.t("circular_deals_counted")),
            ],
        )
    )
    step = 64
    names = names_above_bars(base, "kinds_label:N", order, top=step * 0.58 / 2 + 3)
    chart = alt.layer(bars, names).properties(
        width=480,
        height=step * len(order),
        title=i18n.t("circular_counting_title"),
        description=i18n.t("circular_counting_description"),
    )
    deals = network_frames(book_deal_network(dn.ALL_KINDS)).segments["deal_ids"]
    return with_sources(
        chart, network_sources(d for ids in deals for d in ids.split(";")),
        "aifin_lib.circular.circularity",
    )


def dotcom_chart() -> alt.Chart:
    """Bars of vendor financing around 2000 and chipmakers' financing of customers now.

    Returns
    -------
    altair.Chart
    """
    t = dotcom_comparison()
    t["label"] = [i18n.t(f"circular_vendor_{k}") for k in t["key"]]
    t["basis_label"] = [i18n.t(f"circular_basis_{b}") for b in t["basis"]]
    t["ratio_text"] = [
        i18n.fmt_percent(r, None, 0) + " " + i18n.t(f"circular_ratio_of_{k}") if pd.notna(r) else ""
        for r, k in zip(t["ratio"], t["size_key"], strict=True)
    ]
    t = t.drop(columns=["ratio", "size_usd_bn"])
    t["amount_usd_bn"] = t["amount_usd_bn"].round(2)
    bases = [
        i18n.t(f"circular_basis_{b}")
        for b in ("commitments", "counted_deals", "value_estimate", "stalled_loi")
    ]
    base = alt.Chart(t).encode(
        y=alt.Y("label:N", title=None, sort=list(t["label"]), axis=None),
        x=alt.X(
            "amount_usd_bn:Q",
            title=i18n.t("usd_bn_axis"),
            scale=alt.Scale(domain=[0, axis_max(t["amount_usd_bn"])], nice=False),
        ),
    )
    bars = base.mark_bar(size=BAR_SIZE).encode(
        color=alt.Color(
            "basis_label:N",
            title=i18n.t("circular_basis"),
            scale=alt.Scale(domain=bases,
                            range=[PALETTE[7], PALETTE[0], EXTRA_COLOURS[0], PALETTE[4]]),
            legend=alt.Legend(orient="bottom", columns=2),
        ),
        tooltip=[
            alt.Tooltip("label:N", title=i18n.t("circular_vendor")),
            alt.Tooltip("amount_usd_bn:Q", title=i18n.t("usd_bn_axis"), format=",.1f"),
            alt.Tooltip("basis_label:N", title=i18n.t("circular_basis")),
            alt.Tooltip("ids:N", title=i18n.t("circular_ids")),
        ],
    )
    # the share goes under the bar, the name above it: both have the chart's full width
    text = base.mark_text(
        align="left", baseline="top", dy=BAR_SIZE / 2 + 3, fontSize=11, color="#333"
    ).encode(x=alt.value(0), text="ratio_text:N")
    names = names_above_bars(alt.Chart(t), "label:N", list(t["label"]))
    chart = alt.layer(bars, text, names).properties(
        width=420,
        height=alt.Step(BAR_STEP + 18),
        title=i18n.t("circular_dotcom_title"),
        description=i18n.t("circular_dotcom_description"),
    )
    refs = [
        "history:lucent_2000_vendor_financing",
        "history:cisco_2000_vendor_financing",
        "history:telecom_equipment_spend_2000",
        "macro:nvidia_dc_revenue_fy2026",
        *network_sources(d for ids in t["ids"] for d in ids.split(";") if d.startswith("D")),
    ]
    return with_sources(chart, refs, "aifin_lib.circular.vendor_financing_ratio")


