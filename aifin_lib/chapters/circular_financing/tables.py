"""The chapter's tables: the named loops (:func:`loops_table`) and what critics and defenders
say (:func:`voices_table`)."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from ... import circular, data, i18n
from ...tables import html_table, source_links
from .frames import KIND_PRESETS, book_deal_network

__all__ = ["NAMED_LOOPS", "VOICES", "NamedLoop", "loops_table", "voices_table"]

# --------------------------------------------------------------------------------------
# named loops
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NamedLoop:
    """A loop of the issue's list: its label key, the deals of each leg and its firms.

    Attributes
    ----------
    key : str
        Catalogue key of the loop's name (``circular_loop_<key>``) and explanation
        (``circular_loop_<key>_note``).
    out_deals : tuple of str
        Deals by which the seller finances (invests in, backs) the customer.
    back_deals : tuple of str
        Deals by which money goes back (purchases, cloud contracts).
    """

    key: str
    out_deals: tuple[str, ...]
    back_deals: tuple[str, ...]


NAMED_LOOPS: tuple[NamedLoop, ...] = (
    NamedLoop("nvidia_openai", ("D01", "D26b", "D37"), ("D01b",)),
    NamedLoop("amd_openai", ("D02b",), ("D02",)),
    NamedLoop("microsoft_openai", ("D14b",), ("D14",)),
    NamedLoop("nvidia_coreweave", ("D08", "D10"), ()),
    NamedLoop("coreweave_openai", ("D05b",), ("D05", "D06", "D07")),
    NamedLoop("amazon_anthropic", ("D23", "D24"), ("D24b",)),
    NamedLoop("amazon_openai", ("D26",), ("D15", "D26d")),
    NamedLoop("microsoft_nvidia_anthropic", ("D22b", "D22c"), ("D22",)),
)
"""The loops the chapter names, by deal id (``deals.csv``)."""


def _leg_text(ids: Sequence[str], deals: pd.DataFrame, counted: set[str], lang: str) -> str:
    amounts = deals["amount_usd_bn"].astype(float)
    words = deals[["kind", "status"]].astype(str)
    parts = []
    for did in ids:
        value = float(amounts[did])
        amount = (
            i18n.t("undisclosed", lang) if math.isnan(value) else i18n.fmt_usd_bn(value, lang)
        )
        status = i18n.t("deal_status_" + str(words.at[did, "status"]), lang)
        kind = i18n.t("deal_kind_" + str(words.at[did, "kind"]), lang)
        mark = "" if did in counted else " ✗"
        parts.append(f"{did}{mark}: {amount} ({kind}, {status})")
    return "<br>".join(parts) if parts else "–"


def loops_table(lang: str | None = None) -> str:
    """HTML table of the named loops: both legs, whether each deal is counted, the bottleneck.

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    str
        One row per :data:`NAMED_LOOPS` entry. A deal marked ✗ is not in the measured
        network (kinds ``equity`` and purchases, all dates, announced deals included):
        stalled, undisclosed amount, or a kind that is not money (warrants).
    """
    lang = i18n.get_language() if lang is None else lang
    deals = data.load("deals").set_index("deal_id")
    sources = data.load("sources")
    net = book_deal_network(kinds=KIND_PRESETS["equity_purchases"])
    counted = set(net.included["deal_id"])
    circ = circular.circularity(net.flows).circulation
    records = []
    for loop in NAMED_LOOPS:
        pair = {str(deals.loc[d, "from_id"]) for d in loop.out_deals} | {
            str(deals.loc[d, "to_id"]) for d in loop.out_deals
        }
        moving = sum(
            (float(circ.loc[f, t]) for f in pair for t in pair
             if f != t and f in circ.index and t in circ.columns),
            0.0,
        )
        ids = [*loop.out_deals, *loop.back_deals]
        src = ";".join(
            dict.fromkeys(s for d in ids for s in data.source_ids(str(deals.loc[d, "source_id"])))
        )
        records.append(
            {
                i18n.t("circular_loop", lang): html.escape(
                    i18n.t(f"circular_loop_{loop.key}", lang)),
                i18n.t("circular_leg_out", lang): _leg_text(loop.out_deals, deals, counted, lang),
                i18n.t("circular_leg_back", lang): _leg_text(loop.back_deals, deals, counted, lang),
                i18n.t("circular_circulating_between", lang): i18n.fmt_usd_bn(moving, lang),
                i18n.t("circular_why", lang): html.escape(
                    i18n.t(f"circular_loop_{loop.key}_note", lang)),
                i18n.t("sources", lang): source_links(src, sources),
            }
        )
    return html_table(pd.DataFrame.from_records(records))


# --------------------------------------------------------------------------------------
# critics and defenders
# --------------------------------------------------------------------------------------

VOICES: tuple[tuple[str, str, str], ...] = (
    ("critic", "circular_voice_register", "factorytechnews_2025_register_money_go_round"),
    ("critic", "circular_voice_theatre", "site512pt_2025_financial_theatre"),
    ("critic", "circular_voice_yahoo", "businesslive_2025_ai_bubble"),
    ("critic", "circular_voice_wsj", "euroinvestor_2025_wsj_altman_tied"),
    ("critic", "circular_voice_zitron", "zitron_2025_openai_money"),
    ("defender", "circular_voice_guardian", "ainews247_2025_guardian_openai_deals"),
    ("defender", "circular_voice_huang", "bstandard_2026_nvidia_never_commitment"),
    ("defender", "circular_voice_users", "fashionunited_2026_openai_110b"),
)
"""Arguments of critics and defenders: (side, catalogue key of the paraphrase, source id)."""


def voices_table(lang: str | None = None) -> str:
    """HTML table of what critics and defenders say, paraphrased, with source links.

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    str
        Columns side, argument (a paraphrase from the catalogue), source (``sources.csv``).
    """
    lang = i18n.get_language() if lang is None else lang
    sources = data.load("sources")
    records = [
        {
            i18n.t("circular_side", lang): i18n.t(f"circular_side_{side}", lang),
            i18n.t("circular_argument", lang): html.escape(i18n.t(key, lang)),
            i18n.t("source", lang): source_links(source_id, sources),
        }
        for side, key, source_id in VOICES
    ]
    return html_table(pd.DataFrame.from_records(records))


