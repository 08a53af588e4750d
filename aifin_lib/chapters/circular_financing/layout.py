"""Where the firms sit in the chapter's network chart, and their names there.

The drawing itself is :mod:`aifin_lib.viz.network_chart`; this module gives it the chapter's
firms (:func:`node_order`, :func:`node_positions`) and their short names (:func:`chart_names`).
"""

from __future__ import annotations

import pandas as pd

from ... import circular_deals as dn
from ... import data, i18n
from ...viz import network_chart
from ...viz.network_chart import BOX_PX, ROW_PX
from .frames import KIND_PRESETS, LAYOUT_SEED, book_deal_network

__all__ = [
    "BOX_PX",
    "CHART_NAMES",
    "ROW_PX",
    "arc_points",
    "chart_names",
    "node_order",
    "node_positions",
    "short_names",
]


def short_names() -> dict[str, str]:
    """``{company_id: name}`` from ``companies.csv``, without the bracketed part of a name."""
    names = data.load("companies").set_index("company_id")["name"]
    return {str(cid): str(name).split(" (")[0] for cid, name in names.items()}


CHART_NAMES: dict[str, str] = {
    "hyperion_jv": "Hyperion JV",
    "vantage": "Vantage",
    "nebius": "Nebius",
    "cerebras": "Cerebras",
    "dell": "Dell",
    "meta": "Meta",
    "softbank": "SoftBank",
    "cipher_mining": "Cipher Mining",
}
"""Shorter names of firms in the network chart (the rest use their name in ``companies.csv``;
pseudo-parties such as a bank syndicate are named from the catalogue, ``circular_party_<id>``)."""



def chart_names(lang: str | None = None) -> dict[str, str]:
    """Display names of the firms in the network chart, in ``lang``.

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    dict
        ``{company_id: name}``: short names that fit the chart's name boxes (at most 20
        characters); pseudo-parties (syndicates, bond investors, a government) translated.

    Examples
    --------
    >>> chart_names("nl")["bank_syndicate"], chart_names("en")["hyperion_jv"]
    ('Bankenconsortium', 'Hyperion JV')
    """
    full = data.load("companies").set_index("company_id")["name"]
    out = {}
    for cid, name in short_names().items():
        key = f"circular_party_{cid}"
        if key in i18n.CATALOGUE:
            out[cid] = i18n.t(key, lang)
        elif "pseudo-party" in str(full[cid]):
            raise KeyError(f"companies.csv pseudo-party {cid!r} needs a catalogue entry {key!r}")
        else:
            out[cid] = CHART_NAMES.get(cid, name)
    return out


_GROUP_ORDER = (
    "capital_market", "investor", "other", "chipmaker", "hyperscaler", "neocloud", "ai_lab",
    "spv", "data_centre_developer", "asset_manager", "lender",
)


def node_order() -> list[str]:
    """The firms of the network chart from top to bottom.

    Returns
    -------
    list of str
        Company ids of every firm in a deal with a disclosed amount (all kinds and statuses).
        The order keeps arcs short: it minimises the summed row distance of all deals, with
        the deals of the chapter's main count (equity and purchases) weighted four times, by
        moving one firm at a time from an order by kind of firm. Deterministic.
    """
    full = book_deal_network(kinds=dn.ALL_KINDS, statuses=dn.ALL_STATUSES)
    main = book_deal_network(kinds=KIND_PRESETS["equity_purchases"])
    kinds = data.load("companies").set_index("company_id")["kind"]
    nodes = sorted(set(full.included["from_id"]) | set(full.included["to_id"]))
    weight: dict[tuple[str, str], float] = {}
    for f, t in zip(full.included["from_id"], full.included["to_id"], strict=True):
        pair = (min(f, t), max(f, t))
        weight[pair] = weight.get(pair, 0.0) + 1.0
    for f, t in zip(main.included["from_id"], main.included["to_id"], strict=True):
        pair = (min(f, t), max(f, t))
        weight[pair] = weight.get(pair, 0.0) + 3.0
    rank = {k: i for i, k in enumerate(_GROUP_ORDER)}
    degree = {n: sum(w for p, w in weight.items() if n in p) for n in nodes}
    order = sorted(nodes, key=lambda n: (rank.get(kinds[n], len(rank)), -degree[n], n))

    return network_chart.linear_order(order, weight)


def node_positions(seed: int = LAYOUT_SEED) -> pd.DataFrame:
    """Fixed places of every firm that takes part in a deal with a disclosed amount.

    Parameters
    ----------
    seed : int, default LAYOUT_SEED
        Kept for compatibility; the layout is a deterministic list (:func:`node_order`).

    Returns
    -------
    pandas.DataFrame
        Columns ``node`` (company id), ``name`` (display name), ``row`` (0 at the top),
        ``x`` (0: every name sits on the chart's middle line) and ``y`` (from 1 at the top to
        -1 at the bottom), sorted by ``node``.

    Examples
    --------
    >>> pos = node_positions()
    >>> pos.equals(node_positions()), bool(pos[["x", "y"]].abs().max().max() <= 1.0)
    (True, True)
    """
    order = node_order()
    names = chart_names()
    n = len(order)
    frame = pd.DataFrame(
        {
            "node": order,
            "name": [names[k] for k in order],
            "row": range(n),
            "x": 0.0,
            "y": [round(1.0 - 2.0 * i / max(n - 1, 1), 3) for i in range(n)],
        }
    )
    return frame.sort_values("node").reset_index(drop=True)




def arc_points(keys: pd.DataFrame, rows: dict[str, int] | None = None) -> pd.DataFrame:
    """The arcs of the network chart (:func:`aifin_lib.viz.network_chart.arc_points`).

    Parameters
    ----------
    keys : pandas.DataFrame
        One row per link with ``from_id``, ``to_id``, ``kind`` and ``e`` (the link's id).
    rows : dict, optional
        ``{company_id: row}`` (default: :func:`node_order`).

    Returns
    -------
    pandas.DataFrame
        ``e``, ``i``, ``side``, ``fx``, ``py``: see :func:`aifin_lib.viz.network_chart.arc_points`.
    """
    rows = rows if rows is not None else {n: i for i, n in enumerate(node_order())}
    return network_chart.arc_points(keys, rows)
