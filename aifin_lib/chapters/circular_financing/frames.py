"""The chapter's numbers: the deal network of ``deals.csv`` for each choice of what to count.

:func:`book_deal_network` builds the network from ``deals.csv`` with
:func:`aifin_lib.circular.deal_network` (``overlap_priority="amount"``: of the rows that describe
the same money, the largest amount is the whole, as the data dictionary prescribes);
:func:`network_frames` gives its links, circularity (:func:`aifin_lib.circular.circularity`)
and loops (:func:`aifin_lib.circular.simple_cycles`); :func:`headline` is the book's one
circularity headline; :func:`counting_table` is the frame of the chart of what is counted.
Nothing here holds a published number.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd

from ... import circular, data
from ... import circular_deals as dn

__all__ = [
    "AS_OF_DATES",
    "HEADLINE_KINDS",
    "KIND_PRESETS",
    "LAYOUT_SEED",
    "OVERLAP_PRIORITY",
    "STATUS_PRESETS",
    "Headline",
    "book_deal_network",
    "counting_table",
    "deals_in_window",
    "headline",
    "network_frames",
    "network_sources",
]

OVERLAP_PRIORITY: Literal["amount", "status"] = "amount"
"""Which row of an overlap group :func:`book_deal_network` keeps: the largest amount (the whole)."""

KIND_PRESETS: dict[str, tuple[str, ...]] = {
    "equity_only": ("equity",),
    "purchases_only": dn.SALE_KINDS,
    "equity_purchases": ("equity", *dn.SALE_KINDS),
    "money_flows": dn.DEFAULT_KINDS,
    "all_kinds": dn.ALL_KINDS,
}
"""Named sets of deal kinds (catalogue key ``circular_preset_<name>``). ``money_flows`` is the
model's default (equity, purchases, cloud contracts, guarantees, loans); ``all_kinds`` adds
bonds, SPV totals, warrants, leases and other deals."""

STATUS_PRESETS: dict[str, tuple[str, ...]] = {
    "announced_too": dn.DEFAULT_STATUSES,
    "binding_only": data.BINDING_STATUSES,
}
"""Named sets of deal statuses (catalogue key ``circular_status_<name>``); stalled and superseded
deals are never counted."""

AS_OF_DATES: tuple[str, ...] = (
    "2024-12-31",
    "2025-06-30",
    "2025-09-30",
    "2025-12-31",
    "2026-06-30",
)
"""Cut-off dates of the static chart: deals announced on or before the date are counted."""

LAYOUT_SEED = 11
"""Kept for compatibility: the network chart's layout is a deterministic list of firms."""
_WINDOW_START = "2019-01-01"

HEADLINE_KINDS = "equity_purchases"
"""The kind preset of the book's one circularity headline (:func:`headline`): equity stakes and
purchases, the two legs a loop of money needs."""


# --------------------------------------------------------------------------------------
# the network and its layout
# --------------------------------------------------------------------------------------


def deals_in_window(deals: pd.DataFrame, start: Any = None) -> pd.DataFrame:
    """Deals announced on or after ``start``, with links to dropped rows removed.

    Parameters
    ----------
    deals : pandas.DataFrame
        Rows of ``deals.csv``.
    start : date-like, optional
        First announcement date counted; ``None`` keeps every row.

    Returns
    -------
    pandas.DataFrame
        The rows announced on or after ``start``; ``overlaps_with`` keeps only ids of rows
        that are still in, so :func:`aifin_lib.circular.deal_network` accepts the table.

    Raises
    ------
    ValueError
        If ``start`` is not a date.

    Notes
    -----
    Overlap groups are then formed among the rows inside the window: a row whose overlap
    partner was announced before ``start`` counts on its own.

    Examples
    --------
    >>> deals = data.load("deals")
    >>> kept = deals_in_window(deals, "2025-01-01")
    >>> bool((kept["announced"] >= "2025-01-01").all()), "D35" in set(kept["deal_id"])
    (True, False)
    """
    if start is None:
        return deals.copy()
    cut = dn.check_date(start, "start must be a date")
    return _keep_links(deals[pd.to_datetime(deals["announced"]) >= cut])


def _keep_links(kept: pd.DataFrame) -> pd.DataFrame:
    """A subset of deal rows whose links (``overlaps_with``, ``part_of``) name only rows that
    are still in."""
    kept = kept.copy()
    ids = set(kept["deal_id"])

    def clean(cell: Any) -> Any:
        if not isinstance(cell, str):
            return cell
        links = [x for x in data.source_ids(cell) if x in ids]
        return ";".join(links) if links else np.nan

    for column in ("overlaps_with", "part_of"):
        if column in kept:
            kept[column] = kept[column].map(clean)
    return kept.reset_index(drop=True)


def book_deal_network(
    kinds: Iterable[str] = dn.DEFAULT_KINDS,
    statuses: Iterable[str] = dn.DEFAULT_STATUSES,
    as_of: Any = None,
    start: Any = None,
) -> dn.DealNetwork:
    """The deal network of ``deals.csv`` for one choice of what to count.

    Parameters
    ----------
    kinds : iterable of str, default DEFAULT_KINDS
        Deal kinds counted (see :data:`aifin_lib.circular.ALL_KINDS`).
    statuses : iterable of str, default DEFAULT_STATUSES
        Deal statuses counted.
    as_of : date-like, optional
        Count deals announced on or before this date.
    start : date-like, optional
        Count deals announced on or after this date (:func:`deals_in_window`).

    Returns
    -------
    aifin_lib.circular.DealNetwork
        Built with ``overlap_priority="amount"`` (:data:`OVERLAP_PRIORITY`).

    Raises
    ------
    ValueError
        If a kind or status is unknown or a date is invalid.

    Notes
    -----
    Networks are cached by their arguments; treat the result as read-only.

    Examples
    --------
    >>> net = book_deal_network(kinds=("equity",))
    >>> round(circular.circularity(net.flows).circularity, 6)
    0.0
    """
    kinds = tuple(kinds) if not isinstance(kinds, str) else (kinds,)
    statuses = tuple(statuses) if not isinstance(statuses, str) else (statuses,)
    return _network_cached(kinds, statuses, _date_key(as_of), _date_key(start))


def _date_key(value: Any) -> str | None:
    """A hashable, validated form of an optional date."""
    if value is None:
        return None
    return dn.check_date(value, "dates must be date-like").isoformat()


@functools.lru_cache(maxsize=256)
def _network_cached(
    kinds: tuple[str, ...], statuses: tuple[str, ...], as_of: str | None, start: str | None
) -> dn.DealNetwork:
    deals = deals_in_window(data.load("deals"), start)
    return dn.deal_network(
        deals, kinds=kinds, statuses=statuses, as_of=as_of, overlap_priority=OVERLAP_PRIORITY
    )

# --------------------------------------------------------------------------------------
# one network as chart data
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Frames:
    segments: pd.DataFrame  # one row per (from, to, kind)
    summary: dict[str, Any]
    cycles: list[circular.Cycle]


@functools.lru_cache(maxsize=256)
def network_frames(net: dn.DealNetwork) -> _Frames:
    """Chart data of one deal network: its links by kind, circularity and cycles.

    Parameters
    ----------
    net : aifin_lib.circular.DealNetwork
        E.g. from :func:`book_deal_network`.

    Returns
    -------
    _Frames
        ``segments``: one row per (``from_id``, ``to_id``, ``kind``) with ``amount`` (USD bn,
        disclosed amounts of the counted deals), ``pair_amount`` and ``circ`` (the maximum
        circulation on the pair ``from_id -> to_id``, USD bn), ``deal_ids``; ``summary``:
        ``circularity`` (fraction), ``gross``, ``circulation`` (USD bn), ``n_deals``,
        ``n_undisclosed``; ``cycles``: the simple cycles, largest bottleneck first.

    Notes
    -----
    Results are cached per network object (and :func:`book_deal_network` caches its networks), so
    treat the returned frames as read-only.

    Examples
    --------
    >>> fr = network_frames(book_deal_network(kinds=KIND_PRESETS["equity_purchases"]))
    >>> fr.summary["circulation"] <= fr.summary["gross"], len(fr.cycles) > 0
    (True, True)
    """
    res = circular.circularity(net.flows)
    circ = res.circulation
    inc = net.included
    if len(inc):
        seg = (
            inc.groupby(["from_id", "to_id", "kind"], sort=True)
            .agg(amount=("amount_usd_bn", "sum"), deal_ids=("deal_id", ";".join))
            .reset_index()
        )
    else:
        seg = pd.DataFrame(columns=["from_id", "to_id", "kind", "amount", "deal_ids"])
    pairs = list(zip(seg["from_id"], seg["to_id"], strict=True))
    seg["pair_amount"] = [float(net.flows.loc[f, t]) for f, t in pairs]
    seg["circ"] = [float(circ.loc[f, t]) for f, t in pairs]
    for col in ("amount", "pair_amount", "circ"):
        seg[col] = seg[col].astype(float).round(2)
    summary = {
        "circularity": float(res.circularity),
        "gross": float(res.gross),
        "circulation": float(circ.to_numpy().sum()),
        "n_deals": len(inc),
        "n_undisclosed": int(net.n_undisclosed),
    }
    return _Frames(seg, summary, circular.simple_cycles(net.graph))

# --------------------------------------------------------------------------------------
# the headline: one counting rule for the whole book
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Headline:
    """The book's circularity headline: the deal network as the chapter counts it.

    Attributes
    ----------
    circularity : float
        Share of the gross volume that goes round in cycles (fraction).
    circulation, gross : float
        Maximum circulation and gross volume, USD bn.
    n_deals, n_undisclosed : int
        Deal rows counted, and rows that would count but have no disclosed amount.
    kinds, statuses : tuple of str
        What is counted (:data:`HEADLINE_KINDS`; announced, signed and completed deals).
    latest : pandas.Timestamp
        Announcement date of the newest deal counted (the date of the data).
    """

    circularity: float
    circulation: float
    gross: float
    n_deals: int
    n_undisclosed: int
    kinds: tuple[str, ...]
    statuses: tuple[str, ...]
    latest: pd.Timestamp


def headline(without: Iterable[str] = ()) -> Headline:
    """The circularity headline that the introduction and the chapter both quote.

    Parameters
    ----------
    without : iterable of str, optional
        Deal ids to leave out, to show how much of the headline rests on them.

    Returns
    -------
    Headline
        Computed from ``deals.csv`` with :func:`book_deal_network` (equity stakes and
        purchases, every status but stalled and superseded, rows of the same money counted
        once as the data dictionary prescribes) and :func:`aifin_lib.circular.circularity`.

    Raises
    ------
    KeyError
        If an id in ``without`` is not a deal.

    Examples
    --------
    >>> h = headline()
    >>> 0 < h.circulation <= h.gross, h.kinds == KIND_PRESETS[HEADLINE_KINDS]
    (True, True)
    >>> headline(without=["D24", "D24b"]).circulation <= h.circulation
    True
    """
    kinds = KIND_PRESETS[HEADLINE_KINDS]
    statuses = STATUS_PRESETS["announced_too"]
    drop = tuple(sorted(set(without)))
    if drop:
        deals = data.load("deals")
        unknown = sorted(set(drop) - set(deals["deal_id"]))
        if unknown:
            raise KeyError(f"deal ids {unknown} are not in deals.csv")
        net = dn.deal_network(
            _keep_links(deals[~deals["deal_id"].isin(drop)]), kinds=kinds, statuses=statuses,
            overlap_priority=OVERLAP_PRIORITY,
        )
    else:
        net = book_deal_network(kinds, statuses)
    summary = network_frames(net).summary
    return Headline(
        circularity=summary["circularity"],
        circulation=summary["circulation"],
        gross=summary["gross"],
        n_deals=summary["n_deals"],
        n_undisclosed=summary["n_undisclosed"],
        kinds=kinds,
        statuses=statuses,
        latest=pd.Timestamp(net.included["announced"].max()),
    )


# --------------------------------------------------------------------------------------
# what is counted
# --------------------------------------------------------------------------------------


def counting_table(as_of: Any = None) -> pd.DataFrame:
    """Circularity of the deal network for every kind preset and status preset.

    Parameters
    ----------
    as_of : date-like, optional
        Cut-off date (default: every deal).

    Returns
    -------
    pandas.DataFrame
        Columns ``kinds``, ``statuses`` (preset names), ``circularity`` (fraction),
        ``gross_usd_bn``, ``circulation_usd_bn``, ``n_deals``, ``n_undisclosed``.

    Examples
    --------
    >>> t = counting_table()
    >>> float(t.loc[t["kinds"] == "equity_only", "circularity"].max())
    0.0
    """
    rows = []
    for (kname, kinds), (sname, statuses) in itertools.product(
        KIND_PRESETS.items(), STATUS_PRESETS.items()
    ):
        fr = network_frames(book_deal_network(kinds, statuses, as_of))
        s = fr.summary
        rows.append(
            {
                "kinds": kname,
                "statuses": sname,
                "circularity": s["circularity"],
                "gross_usd_bn": s["gross"],
                "circulation_usd_bn": s["circulation"],
                "n_deals": s["n_deals"],
                "n_undisclosed": s["n_undisclosed"],
            }
        )
    return pd.DataFrame(rows)

# --------------------------------------------------------------------------------------
# the dot-com comparison
# --------------------------------------------------------------------------------------


def network_sources(deal_ids: Iterable[str]) -> list[str]:
    """The source references (``deals:<id>``) of the deals a chart shows, each once, in id order.

    Examples
    --------
    >>> network_sources(["D10", "D2", "D10"])
    ['deals:D2', 'deals:D10']
    """
    return [f"deals:{d}" for d in sorted(set(deal_ids), key=lambda x: (len(x), x))]
