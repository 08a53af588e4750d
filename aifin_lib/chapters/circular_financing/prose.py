"""The numbers of the chapter's prose (:func:`prose_figures`), one function per section.

Every value is computed from ``data/`` and the models of :mod:`aifin_lib.circular`, and
formatted for the language; the notebook glues them into its text (``{eval}`circular_...```).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ... import circular, data, i18n, prose
from ... import circular_deals as dn
from .._glue import Formats, joined
from .dotcom import dotcom_comparison, nvidia_customer_financing
from .exercises import (
    CIRCULARITY_EX1,
    MAX_CIRCULATION_EX3,
    NETTED_EX3,
    bilateral_netting,
    exercise_networks,
    small_network,
)
from .frames import (
    AS_OF_DATES,
    KIND_PRESETS,
    OVERLAP_PRIORITY,
    STATUS_PRESETS,
    book_deal_network,
    counting_table,
    deals_in_window,
    headline,
    network_frames,
)
from .layout import short_names
from .summary import cycle_text

__all__ = ["prose_figures"]

_WITHOUT = ("D24", "D24b")
"""The deals whose weight in the headline the chapter shows (Amazon and Anthropic, 2025)."""


@dataclass(frozen=True)
class _Format(Formats):
    """Number formats of one language, and the deals' amounts and dates."""

    def number(self, value: float) -> str:
        return i18n.fmt_number(value, self.lang, 1)

    def deal(self, *ids: str) -> str:
        """The amount of one deal or the sum of several, as the prose quotes it."""
        return prose.deal_amount(list(ids), self.lang)

    def deal_day(self, deal_id: str) -> str:
        """The announcement date of a deal, as precise as the data are."""
        deals = data.load("deals").set_index("deal_id")
        return i18n.fmt_date(pd.Timestamp(deals.loc[deal_id, "announced"]).date(),
                             str(deals.loc[deal_id, "date_precision"]), self.lang)


def _headline_figures(f: _Format) -> dict[str, str]:
    """The headline: circularity, what it counts and how much rests on a few deals."""
    head = headline()
    rest = headline(without=_WITHOUT)
    net = book_deal_network(kinds=head.kinds, statuses=head.statuses)
    cycles = network_frames(net).cycles
    undisclosed = net.excluded[net.excluded["reason"] == "undisclosed_amount"]
    names = short_names()
    top = cycles[0]
    return {
        "circular_data_date": prose.data_date(f.lang),
        "circular_latest_deal": i18n.fmt_date(head.latest.date(), "month", f.lang),
        "circular_share": f.pct(head.circularity, 1),
        "circular_circulation": f.money(head.circulation),
        "circular_gross": i18n.fmt_usd_bn(head.gross, f.lang, 2),
        "circular_deals": i18n.t_plural("n_deals", head.n_deals, f.lang),
        "circular_undisclosed": i18n.t_plural("n_deals", head.n_undisclosed, f.lang),
        "circular_undisclosed_ids": ", ".join(sorted(undisclosed["deal_id"])),
        "circular_d24_part": f.money(head.circulation - rest.circulation),
        "circular_share_without_d24": f.pct(rest.circularity, 1),
        "circular_d24_date": f.deal_day("D24"),
        "circular_n_cycles": i18n.t_plural("n_simple_cycles", len(cycles), f.lang),
        "circular_top_cycle": " → ".join(names[str(n)] for n in (*top.nodes, top.nodes[0])),
        "circular_top_cycle_amount": f.money(top.bottleneck),
    }


def _counting_figures(f: _Format) -> dict[str, str]:
    """What is counted: kinds, statuses and dates."""
    counts = counting_table().set_index(["kinds", "statuses"])
    by_date = {
        d: network_frames(book_deal_network(KIND_PRESETS["equity_purchases"], as_of=d)).summary
        for d in AS_OF_DATES
    }

    def share(kinds: str, statuses: str, digits: int) -> str:
        return f.pct(counts.loc[(kinds, statuses), "circularity"], digits)

    return {
        "circular_share_binding": share("equity_purchases", "binding_only", 1),
        "circular_share_money": share("money_flows", "announced_too", 1),
        "circular_share_all": share("all_kinds", "announced_too", 1),
        "circular_gross_all": f.words(counts.loc[("all_kinds", "announced_too"), "gross_usd_bn"]),
        "circular_share_equity": share("equity_only", "announced_too", 0),
        "circular_share_purchases": share("purchases_only", "announced_too", 0),
        "circular_share_2024": f.pct(by_date[AS_OF_DATES[0]]["circularity"], 1),
        "circular_share_2025_09": f.pct(by_date["2025-09-30"]["circularity"], 1),
        "circular_share_2025_12": f.pct(by_date["2025-12-31"]["circularity"], 1),
        "circular_circ_2025_12": f.money(by_date["2025-12-31"]["circulation"]),
    }


def _firm_figures(f: _Format) -> dict[str, str]:
    """Which firms the circulation runs through."""
    head = headline()
    net = book_deal_network(kinds=head.kinds, statuses=head.statuses)
    firm = circular.circulation_by_firm(circular.circularity(net.flows))
    return {
        f"circular_{name}_share": f.pct(firm.loc[name, "circulating_share"], 0)
        for name in ("openai", "microsoft", "amazon")
    }


def _deal_figures(f: _Format) -> dict[str, str]:
    """The deals the chapter names."""
    return {
        "circular_ms_equity": f.deal("D14b"),
        "circular_ms_azure": f.deal("D14"),
        "circular_amazon_openai": f.deal("D26"),
        "circular_amazon_openai_date": f.deal_day("D26"),
        "circular_aws_openai": f.deal("D15"),
        "circular_amazon_anthropic_2023": f.deal("D23"),
        "circular_amazon_anthropic_new": f.deal("D24"),
        "circular_anthropic_aws": f.deal("D24b"),
        "circular_nvidia_loi": f.deal("D01"),
        "circular_nvidia_loi_date": f.deal_day("D01"),
        "circular_nvidia_round": f.deal("D26b"),
        "circular_nvidia_backstop": f.deal("D08"),
        "circular_nvidia_coreweave_equity": f.deal("D10"),
        "circular_amd_warrants": f.deal("D02b"),
        "circular_coreweave_openai_equity": f.deal("D05b"),
        "circular_coreweave_openai_contracts": f.deal("D05", "D06", "D07"),
        "circular_nvidia_anthropic": f.deal("D22b"),
        "circular_ms_anthropic": f.deal("D22c"),
        "circular_anthropic_azure": f.deal("D22"),
    }


def _what_if_figures(f: _Format) -> dict[str, str]:
    """The headline if warrants counted, or if Nvidia's stalled letter of intent still stood."""
    with_warrants = network_frames(
        book_deal_network(kinds=(*KIND_PRESETS["equity_purchases"], "warrants"))
    ).summary
    loi_net = dn.deal_network(
        deals_in_window(data.load("deals")).assign(
            status=lambda d: d["status"].where(d["deal_id"] != "D01", "announced")
        ),
        kinds=KIND_PRESETS["equity_purchases"],
        overlap_priority=OVERLAP_PRIORITY,
    )
    loi = network_frames(loi_net).summary
    return {
        "circular_with_warrants": f.pct(with_warrants["circularity"], 1),
        "circular_loi_share": f.pct(loi["circularity"], 1),
        "circular_loi_gross": f.money(loi["gross"]),
    }


def _round_trip_figures(f: _Format) -> dict[str, str]:
    """Sales bought by customers the seller finances
    (:func:`aifin_lib.circular.round_trip_table`)."""
    rt = dn.round_trip_table(book_deal_network(kinds=dn.ALL_KINDS))
    return {
        f"circular_rt_{firm}": f.pct(rt.loc[firm, "share"], 0)
        for firm in ("microsoft", "amazon", "coreweave", "oracle")
    }


def _dotcom_figures(f: _Format) -> dict[str, str]:
    """Vendor financing around 2000 and chipmakers' financing of customers now."""
    dot = dotcom_comparison().set_index("key")
    nv_amount, nv_ids = nvidia_customer_financing()
    return {
        "circular_lucent": f.money(dot.loc["lucent", "amount_usd_bn"]),
        "circular_cisco": f.money(dot.loc["cisco", "amount_usd_bn"]),
        "circular_telecom_equipment": f.money(dot.loc["lucent", "size_usd_bn"]),
        "circular_telecom_ratio": f.pct(dot.loc[["lucent", "cisco"], "ratio"].sum(), 1),
        "circular_winstar_lucent": prose.quote("winstar_vendor_loans_lucent", f.lang,
                                               style="money"),
        "circular_winstar_lawsuit": prose.quote("winstar_lawsuit_vs_lucent", f.lang,
                                                style="money"),
        "circular_group_telecom": prose.quote("group_telecom_2002_vendor_financing_withdrawn",
                                              f.lang, style="money"),
        "circular_yahoo": prose.quote("yahoo_round_trip_investment", f.lang, style="money"),
        "circular_nvidia_financing": f.money(nv_amount),
        "circular_nvidia_financing_ids": ", ".join(nv_ids),
        "circular_nvidia_dc_revenue": f.money(dot.loc["nvidia", "size_usd_bn"]),
        "circular_nvidia_dc_period": prose.period_phrase(dot.loc["nvidia", "size_key"], f.lang,
                                                         preposition=False),
        "circular_nvidia_ratio": f.pct(dot.loc["nvidia", "ratio"], 0),
        "circular_nvidia_loi_ratio": f.pct(dot.loc["nvidia_loi", "ratio"], 0),
    }


def _claim_figures(f: _Format) -> dict[str, str]:
    """What the firms and the press claim (quoted with who said it and when)."""
    lang = f.lang
    return {
        "circular_wsj_gain": prose.quote("wsj_2025_market_cap_gain_openai_deals", lang,
                                         style="money"),
        "circular_chatgpt_wau": prose.quote("chatgpt_wau_2026_02", lang),
        "circular_chatgpt_wau_period": prose.period_phrase("chatgpt_wau_2026_02", lang),
        "circular_openai_commitments": prose.quote("openai_compute_commitments", lang,
                                                   told_as="guidance", style="words"),
        "circular_openai_commitments_date": prose.published("openai_compute_commitments", lang),
        "circular_openai_compute_2030": prose.quote("openai_2026_compute_spend_to_2030", lang,
                                                    told_as="forecast", style="money"),
        "circular_openai_compute_2030_date": prose.published(
            "openai_2026_compute_spend_to_2030", lang),
        "circular_oracle_gb200": prose.quote("oracle_abilene_gb200_purchase", lang,
                                             told_as="forecast", style="money"),
    }


def _toy_figures(f: _Format) -> dict[str, str]:
    """The worked example before the definitions (exercise parameters, not data)."""
    toy = small_network("toy")
    acyclic: pd.DataFrame = exercise_networks()["toy"] - toy.circulation
    return {
        "circular_toy_gross": f.number(toy.gross),
        "circular_toy_circ": f.number(float(toy.circulation.to_numpy().sum())),
        "circular_toy_share": f.pct(toy.circularity, 0),
        "circular_toy_bottleneck": f.number(float(toy.circulation.loc["C", "N"])),
        "circular_toy_d_nl": f.number(float(acyclic.loc["N", "L"])),
        "circular_toy_d_lc": f.number(float(acyclic.loc["L", "C"])),
    }


def _exercise_figures(f: _Format) -> dict[str, str]:
    """The worked solutions; where a worksheet exercise asks the same, its own function."""
    binding = network_frames(
        book_deal_network(KIND_PRESETS["equity_purchases"], STATUS_PRESETS["binding_only"]))
    names = short_names()
    ex1 = small_network("ex1")
    ex3 = small_network("ex3")
    greedy = bilateral_netting("ex3")
    rem = greedy.remainder
    greedy_then = NETTED_EX3.compute() + 3 * min(rem[0, 1], rem[1, 2], rem[2, 0])
    return {
        "circular_ex2_n": i18n.t_plural("n_cycles_there_are", len(binding.cycles), f.lang),
        "circular_ex2_cycles": "; ".join(cycle_text(c, names, f.lang) for c in binding.cycles),
        "circular_ex2_share": f.pct(binding.summary["circularity"], 1),
        "circular_ex1_share": f.pct(CIRCULARITY_EX1.compute(), 1),
        "circular_ex1_circ": f.number(float(ex1.circulation.to_numpy().sum())),
        "circular_ex1_gross": f.number(ex1.gross),
        "circular_ex3_max": f.number(MAX_CIRCULATION_EX3.compute()),
        "circular_ex3_share": f.pct(ex3.circularity, 1),
        "circular_ex3_gross": f.number(ex3.gross),
        "circular_ex3_greedy": f.number(NETTED_EX3.compute()),
        "circular_ex3_greedy_share": f.pct(greedy.circularity, 1),
        "circular_ex3_greedy_then": f.number(float(greedy_then)),
        "circular_ex3_greedy_then_share": f.pct(float(greedy_then) / ex3.gross, 1),
    }


_SECTIONS = (
    _headline_figures, _counting_figures, _firm_figures, _deal_figures, _what_if_figures,
    _round_trip_figures, _dotcom_figures, _claim_figures, _toy_figures, _exercise_figures,
)
"""The chapter's sections, in the order of the text."""


def prose_figures(lang: str | None = None) -> dict[str, str]:
    """Every number the chapter's prose quotes, formatted for ``lang`` (to be glued).

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    dict
        ``{glue key: text}``, all computed from ``data/`` and the models of
        :mod:`aifin_lib.circular`; one section of the chapter after the other.
    """
    return joined(_SECTIONS, _Format.of(lang))
