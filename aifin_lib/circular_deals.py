"""The deal network: a flow network built from a table of AI-financing deals.

:func:`deal_network` checks a deals table by the rules of ``deals.csv``
(:func:`aifin_lib.data.deals.check_deals`), filters it (kind, status, date, companies,
disclosed amount), counts every dollar once with the one rule of the book
(:func:`aifin_lib.data.resolve_deals`) and sums the rest into a flow matrix and a graph.
:func:`round_trip_share` and :func:`round_trip_table` measure, on the same deals, how much of
a firm's sales comes from customers it finances. The vocabularies (deal kinds, statuses,
confidence) and the rules of a deal are those of :mod:`aifin_lib.data`; this module holds the
model only. The flow algebra on the network (circularity, cycles, netting) is in
:mod:`aifin_lib.circular`, where the names of this module are still found too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal, TypeAlias

import networkx as nx
import numpy as np
import pandas as pd

from .data import (
    DEAL_KINDS,
    DEAL_STATUSES,
    LAPSED_STATUSES,
    OVERLAP_PRIORITIES,
    overlap_groups,
    resolve_deals,
)
from .data.deals import check_deals

__all__ = [
    "ALL_KINDS",
    "ALL_STATUSES",
    "DEFAULT_KINDS",
    "DEFAULT_STATUSES",
    "FINANCE_KINDS",
    "SALE_KINDS",
    "AsOf",
    "DealNetwork",
    "Deals",
    "RoundTripShare",
    "deal_network",
    "round_trip_share",
    "round_trip_table",
]

#: Every deal kind the deals table may contain (:data:`aifin_lib.data.DEAL_KINDS`).
ALL_KINDS: tuple[str, ...] = DEAL_KINDS
#: Kinds counted by :func:`deal_network` by default: money that moves (or is committed to
#: move) between two named firms of the network.
DEFAULT_KINDS: tuple[str, ...] = (
    "equity",
    "purchase_commitment",
    "cloud_contract",
    "chip_purchase",
    "guarantee",
    "debt",
)
#: Every deal status the deals table may contain (:data:`aifin_lib.data.DEAL_STATUSES`).
ALL_STATUSES: tuple[str, ...] = DEAL_STATUSES
#: Statuses counted by :func:`deal_network` by default (stalled and superseded deals excluded).
DEFAULT_STATUSES: tuple[str, ...] = tuple(s for s in DEAL_STATUSES if s not in LAPSED_STATUSES)

#: Kinds that are a *sale* by ``to_id`` to the customer ``from_id`` (see :func:`round_trip_share`).
SALE_KINDS: tuple[str, ...] = ("chip_purchase", "cloud_contract", "purchase_commitment")
#: Kinds by which ``from_id`` *finances* ``to_id`` (see :func:`round_trip_share`).
FINANCE_KINDS: tuple[str, ...] = ("equity", "debt", "guarantee", "warrants")

#: A cut-off date: a date (or ISO text), or a year (the 31st of December of that year).
AsOf: TypeAlias = str | int | dt.date | pd.Timestamp | np.datetime64

@dataclass(frozen=True, eq=False)
class DealNetwork:
    """A flow network built from a deals table.

    Attributes
    ----------
    graph : networkx.DiGraph
        One node per company; edge ``from_id -> to_id`` with attributes ``amount_usd_bn``
        (sum over the included deals, USD billions), ``kinds`` (sorted tuple of distinct
        kinds) and ``deal_ids`` (tuple, in table order).
    flows : pandas.DataFrame
        Square flow matrix, index (``from_id``) and columns (``to_id``) = company ids,
        USD billions, 0 where no deal.
    included : pandas.DataFrame
        The deal rows used (input columns plus ``overlap_group``).
    excluded : pandas.DataFrame
        The other rows, with a ``reason`` column: ``kind``, ``status``, ``after_as_of``,
        ``no_date``, ``company``, ``undisclosed_amount`` or ``overlap`` (another row of the
        same overlap group was kept; see :func:`deal_network`).
    n_undisclosed : int
        Rows that passed every other filter but were dropped for an undisclosed amount.
    kinds, statuses : tuple of str
        The kinds and statuses counted.
    as_of : pandas.Timestamp or None
        The cut-off date, if any.
    """

    graph: nx.DiGraph
    flows: pd.DataFrame
    included: pd.DataFrame
    excluded: pd.DataFrame
    n_undisclosed: int
    kinds: tuple[str, ...]
    statuses: tuple[str, ...]
    as_of: pd.Timestamp | None


#: Deals to measure round-tripping on: a deal network (its included rows) or a table of deals.
Deals: TypeAlias = DealNetwork | pd.DataFrame


def check_choice(
    values: Iterable[str] | str, allowed: tuple[str, ...], name: str
) -> tuple[str, ...]:
    """``values`` as a non-empty tuple of members of ``allowed`` (one string is one value)."""
    if isinstance(values, str):
        values = (values,)
    values = tuple(values)
    unknown = sorted(set(values) - set(allowed))
    if unknown:
        raise ValueError(f"{name} has unknown values {unknown}; expected some of {list(allowed)}")
    if not values:
        raise ValueError(f"{name} must not be empty")
    return values


def check_date(value: Any, expected: str) -> pd.Timestamp:
    """``value`` as a timestamp; else ValueError ``"<expected>, got <value>"``."""
    try:
        stamp = pd.Timestamp(value)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{expected}, got {value!r}") from exc
    if pd.isna(stamp):
        raise ValueError(f"{expected}, got {value!r}")
    return stamp


def _cutoff(as_of: AsOf | None) -> pd.Timestamp | None:
    """The last day counted: a date as given, or 31 December of a year given as an int."""
    if as_of is None:
        return None
    if isinstance(as_of, bool | np.bool_) or isinstance(as_of, float | np.floating):
        raise ValueError(f"as_of must be a date or a year (int), got {as_of!r}")
    if isinstance(as_of, int | np.integer):
        if not 1 <= as_of <= 9999:
            raise ValueError(f"as_of as a year must lie in 1..9999, got {as_of!r}")
        return pd.Timestamp(year=int(as_of), month=12, day=31)
    return check_date(as_of, "as_of must be a date or a year (int)")


def _company_list(companies: Iterable[str] | None) -> list[str] | None:
    """The companies of the flow matrix, in order (one string is one company)."""
    if companies is None:
        return None
    company_list = [str(c) for c in ([companies] if isinstance(companies, str) else companies)]
    if len(set(company_list)) != len(company_list):
        raise ValueError("companies must not contain duplicates")
    return company_list


@dataclass(frozen=True)
class _Filters:
    """What :func:`deal_network` counts."""

    kinds: tuple[str, ...]
    statuses: tuple[str, ...]
    cutoff: pd.Timestamp | None
    companies: list[str] | None


def _filter(d: pd.DataFrame, f: _Filters) -> tuple[pd.Series, int]:
    """The reason each row is excluded by the filters (``""``: still in), and how many rows
    passed every other filter but have no disclosed amount."""
    reason = pd.Series("", index=d.index, dtype=object)

    def mark(mask: pd.Series, why: str) -> None:
        reason[(reason == "") & mask] = why

    mark(~d["kind"].isin(f.kinds), "kind")
    mark(~d["status"].isin(f.statuses), "status")
    if f.cutoff is not None:
        mark(d["announced"].isna(), "no_date")
        mark(d["announced"] > f.cutoff, "after_as_of")
    if f.companies is not None:
        mark(~(d["from_id"].isin(f.companies) & d["to_id"].isin(f.companies)), "company")
    undisclosed = (reason == "") & d["amount_usd_bn"].isna()
    mark(d["amount_usd_bn"].isna(), "undisclosed_amount")
    return reason, int(undisclosed.sum())


def _flow_graph(included: pd.DataFrame, companies: list[str]) -> tuple[pd.DataFrame, nx.DiGraph]:
    """The flow matrix and the graph of the included deals, summed per pair of firms."""
    pos = {c: k for k, c in enumerate(companies)}
    mat = np.zeros((len(companies), len(companies)))
    g: nx.DiGraph[str] = nx.DiGraph()
    g.add_nodes_from(companies)
    columns = ("from_id", "to_id", "amount_usd_bn", "kind", "deal_id")
    for src, dst, amount, kind, deal_id in zip(
        *(included[c].tolist() for c in columns), strict=True
    ):
        mat[pos[src], pos[dst]] += amount
        if g.has_edge(src, dst):
            e = g[src][dst]
            e["amount_usd_bn"] += amount
            e["kinds"] = tuple(sorted(set(e["kinds"]) | {kind}))
            e["deal_ids"] = (*e["deal_ids"], deal_id)
        else:
            g.add_edge(src, dst, amount_usd_bn=amount, kinds=(kind,), deal_ids=(deal_id,))
    flows = pd.DataFrame(
        mat,
        index=pd.Index(companies, name="from_id"),
        columns=pd.Index(companies, name="to_id"),
    )
    return flows, g


def deal_network(
    deals: pd.DataFrame,
    kinds: Iterable[str] = DEFAULT_KINDS,
    as_of: AsOf | None = None,
    statuses: Iterable[str] = DEFAULT_STATUSES,
    companies: Iterable[str] | None = None,
    *,
    overlap_priority: Literal["amount", "status"] = "amount",
) -> DealNetwork:
    """Build the flow network of AI-financing deals, counting no money twice.

    Parameters
    ----------
    deals : pandas.DataFrame
        One row per deal with at least the columns ``deal_id`` (unique), ``announced``
        (ISO date; month/year-precision dates stored as the first day of the period),
        ``from_id`` (pays, invests, lends or guarantees), ``to_id`` (receives), ``kind``
        (one of :data:`aifin_lib.data.DEAL_KINDS`), ``amount_usd_bn`` (USD billions, NaN
        when undisclosed), ``status`` (one of :data:`aifin_lib.data.DEAL_STATUSES`),
        ``overlaps_with`` (';'-separated deal ids describing the same money, empty or NaN
        when none) and ``confidence`` (one of :data:`aifin_lib.data.CONFIDENCE`). Other
        columns are carried along.
    kinds : iterable of str, default DEFAULT_KINDS
        Deal kinds to count. The default (equity, purchase_commitment, cloud_contract,
        chip_purchase, guarantee, debt) keeps money between two firms of the network and
        leaves out bonds (bought by market investors), SPV totals (financed by the other
        rows), warrants (options, not money), leases and other.
    as_of : date-like or int, optional
        Count only deals announced on or before this date (inclusive). A deal with
        month or year precision counts from the first day of its period. An int is a year:
        ``as_of=2025`` counts every deal announced up to 31 December 2025.
    statuses : iterable of str, default DEFAULT_STATUSES
        Statuses to count; the default (announced, signed, completed) drops stalled and
        superseded deals. ``status`` is the current status: ``as_of`` filters on the
        announcement date only.
    companies : iterable of str, optional
        If given, the flow matrix has exactly these companies in this order and deals with
        a party outside them are excluded; otherwise the sorted ids of the parties to the
        included deals.
    overlap_priority : {"amount", "status"}, default "amount"
        Which row of an overlap group to keep (see Notes). ``"amount"`` (the rule of the
        data dictionary, shared with :func:`aifin_lib.data.deals_deduplicated`) puts the
        largest disclosed amount first; ``"status"`` puts the firmest status first.

    Returns
    -------
    DealNetwork
        ``graph``, ``flows``, ``included``, ``excluded`` (with ``reason``),
        ``n_undisclosed``, ``kinds``, ``statuses``, ``as_of``.

    Raises
    ------
    ValueError
        If ``deals`` lacks a column or breaks a rule of ``deals.csv``
        (:func:`aifin_lib.data.deals.check_deals`: duplicate or unknown ids, also in
        ``overlaps_with``; an unknown kind/status/confidence; amounts not positive or not
        numeric; unparseable dates; a deal whose payer is its payee); if ``kinds`` or
        ``statuses`` names an unknown value or is empty; if ``as_of`` is neither a date nor a
        year; if ``companies`` has duplicates; if ``overlap_priority`` is unknown.
    TypeError
        If ``deals`` is not a DataFrame.

    Notes
    -----
    Filters apply in this order, and each excluded row gets the first reason that applies:
    kind, status, date (``after_as_of``; ``no_date`` when ``as_of`` is set and the date
    is missing), company, undisclosed amount. Then the rows still in are resolved by
    :func:`aifin_lib.data.resolve_deals`, the one rule of the book for counting a dollar once:
    a **total** whose parts (``part_of``) are among them keeps only its remainder (amount
    minus those parts; excluded with reason ``parts`` when nothing remains), so the parts,
    which name who paid, stay in the network; then of each **overlap group** (rows linked by
    ``overlaps_with``, which describe the same money) exactly one row is kept, ranked as
    :func:`aifin_lib.data.resolve_deals` ranks them (the largest amount first, or with
    ``overlap_priority="status"`` the firmest status first; its docstring gives the
    tie-breaks); the others are excluded with reason ``overlap``. Resolving after
    filtering means a stalled row cannot knock out the completed row that replaced it.
    Amounts are summed per (from_id, to_id) pair; amount qualifiers ("up to", "about") are
    not applied.

    Examples
    --------
    >>> import pandas as pd
    >>> deals = pd.DataFrame({
    ...     "deal_id": ["A", "B", "C", "D"],
    ...     "announced": ["2025-01-01", "2025-02-01", "2025-03-01", "2025-03-15"],
    ...     "from_id": ["chip", "lab", "lab", "chip"],
    ...     "to_id": ["lab", "chip", "chip", "lab"],
    ...     "kind": ["equity", "chip_purchase", "chip_purchase", "equity"],
    ...     "amount_usd_bn": [10.0, 8.0, 6.0, 100.0],
    ...     "status": ["completed", "announced", "signed", "stalled"],
    ...     "overlaps_with": ["", "C", "", ""],
    ...     "confidence": ["high", "high", "medium", "high"],
    ... })
    >>> net = deal_network(deals, overlap_priority="status")  # signed C beats announced B
    >>> net.included["deal_id"].tolist(), net.excluded["reason"].tolist()
    (['A', 'C'], ['overlap', 'status'])
    >>> from aifin_lib.circular import circularity
    >>> float(net.flows.loc["lab", "chip"]), round(circularity(net.flows).circularity, 6)
    (6.0, 0.75)
    """
    kinds_in = check_choice(kinds, DEAL_KINDS, "kinds")
    statuses_in = check_choice(statuses, DEAL_STATUSES, "statuses")
    if overlap_priority not in OVERLAP_PRIORITIES:
        raise ValueError(
            f"overlap_priority must be one of {OVERLAP_PRIORITIES}, got {overlap_priority!r}")
    cutoff = _cutoff(as_of)
    d = check_deals(deals)
    filters = _Filters(kinds_in, statuses_in, cutoff, _company_list(companies))
    d["overlap_group"] = overlap_groups(d)
    reason, n_undisclosed = _filter(d, filters)
    # totals resolved into their parts, then one row per overlap group (aifin_lib.data's rule)
    kept, dropped = resolve_deals(d[reason == ""], overlap_priority, groups=d["overlap_group"])
    reason.loc[dropped.index] = dropped
    included = kept.copy()
    excluded = d[reason != ""].copy()
    excluded["reason"] = reason[reason != ""].astype(str)
    company_list = filters.companies
    if company_list is None:
        company_list = sorted(set(included["from_id"]) | set(included["to_id"]))
    flows, graph = _flow_graph(included, company_list)
    return DealNetwork(
        graph=graph,
        flows=flows,
        included=included.reset_index(drop=True),
        excluded=excluded.reset_index(drop=True),
        n_undisclosed=n_undisclosed,
        kinds=filters.kinds,
        statuses=filters.statuses,
        as_of=filters.cutoff,
    )


# --------------------------------------------------------------------------------------
# round-tripping: sales to customers the seller finances
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoundTripShare:
    """How much of a firm's sales comes from customers it finances.

    Attributes
    ----------
    firm : str
        The seller.
    sales_usd_bn : float
        Disclosed sales to the firm (rows of a sale kind with ``to_id == firm``).
    round_trip_usd_bn : float
        The part of ``sales_usd_bn`` bought by customers the firm finances.
    share : float
        ``round_trip_usd_bn / sales_usd_bn`` (fraction), NaN when there are no sales.
    financing_usd_bn : float
        Disclosed financing from the firm to those customers.
    customers_financed : tuple of str
        Customers that buy from the firm and are financed by it (sorted).
    n_undisclosed_sales : int
        Sale rows skipped for an undisclosed amount.
    """

    firm: str
    sales_usd_bn: float
    round_trip_usd_bn: float
    share: float
    financing_usd_bn: float
    customers_financed: tuple[str, ...]
    n_undisclosed_sales: int


def _deal_rows(deals: Deals) -> pd.DataFrame:
    if isinstance(deals, DealNetwork):
        return deals.included
    if not isinstance(deals, pd.DataFrame):
        raise TypeError(
            f"deals must be a DealNetwork or a DataFrame of deals, got {type(deals).__name__}"
        )
    return check_deals(deals, ("from_id", "to_id", "kind", "amount_usd_bn"))


def round_trip_share(
    deals: Deals,
    firm: str,
    *,
    sale_kinds: Iterable[str] = SALE_KINDS,
    finance_kinds: Iterable[str] = FINANCE_KINDS,
) -> RoundTripShare:
    """Share of a firm's announced sales bought by customers it has itself financed.

    Parameters
    ----------
    deals : DealNetwork or pandas.DataFrame
        The deals to count: a :class:`DealNetwork` (its ``included`` rows) or a DataFrame
        with ``from_id``, ``to_id``, ``kind``, ``amount_usd_bn``. Pass deduplicated rows
        (e.g. ``deal_network(deals, kinds=ALL_KINDS).included``), otherwise overlapping
        rows are counted twice. Note that :data:`DEFAULT_KINDS` leaves out warrants.
    firm : str
        The seller's company id.
    sale_kinds : iterable of str, default SALE_KINDS
        Kinds that are a purchase by ``from_id`` from ``to_id``.
    finance_kinds : iterable of str, default FINANCE_KINDS
        Kinds by which ``from_id`` finances ``to_id`` (equity, debt, guarantee, warrants).

    Returns
    -------
    RoundTripShare

    Raises
    ------
    ValueError
        If a required column is missing, a kind is unknown, an amount is not positive
        (:func:`aifin_lib.data.deals.check_deals`), or ``sale_kinds``/``finance_kinds`` name
        unknown kinds.
    TypeError
        If ``deals`` is neither a DealNetwork nor a DataFrame.

    Notes
    -----
    Sales ``S`` = sum of disclosed amounts of rows with ``to_id == firm`` and a sale kind.
    A customer ``c`` counts as *financed* when at least one row has ``from_id == firm``,
    ``to_id == c`` and a finance kind, whatever its amount (an undisclosed stake is still
    a stake). ``share = (sales from financed customers) / S``. Timing is ignored: the
    financing may come before or after the purchase, and the measure says nothing about
    whether the financing pays for the purchase. This is the share of sales exposed to
    the vendor-financing loop, not proof of it.

    Examples
    --------
    >>> import pandas as pd
    >>> deals = pd.DataFrame({
    ...     "from_id": ["chip", "lab", "cloud", "chip"],
    ...     "to_id": ["lab", "chip", "chip", "cloud"],
    ...     "kind": ["equity", "chip_purchase", "chip_purchase", "lease"],
    ...     "amount_usd_bn": [10.0, 30.0, 10.0, 5.0],
    ... })
    >>> r = round_trip_share(deals, "chip")
    >>> r.sales_usd_bn, r.round_trip_usd_bn, round(r.share, 6), r.customers_financed
    (40.0, 30.0, 0.75, ('lab',))
    """
    sale_kinds = check_choice(sale_kinds, ALL_KINDS, "sale_kinds")
    finance_kinds = check_choice(finance_kinds, ALL_KINDS, "finance_kinds")
    d = _deal_rows(deals)
    firm = str(firm)
    sales = d[(d["to_id"] == firm) & d["kind"].isin(sale_kinds)]
    n_undisclosed = int(sales["amount_usd_bn"].isna().sum())
    sales = sales[sales["amount_usd_bn"].notna()]
    fin = d[(d["from_id"] == firm) & d["kind"].isin(finance_kinds)]
    financed = set(fin["to_id"])
    buyers = set(sales["from_id"])
    both = tuple(sorted(financed & buyers))
    total = float(sales["amount_usd_bn"].sum())
    rt = float(sales.loc[sales["from_id"].isin(both), "amount_usd_bn"].sum())
    fin_amt = float(fin.loc[fin["to_id"].isin(both), "amount_usd_bn"].sum(min_count=0))
    return RoundTripShare(
        firm=firm,
        sales_usd_bn=total,
        round_trip_usd_bn=rt,
        share=rt / total if total > 0 else float("nan"),
        financing_usd_bn=fin_amt,
        customers_financed=both,
        n_undisclosed_sales=n_undisclosed,
    )


def round_trip_table(
    deals: Deals,
    *,
    sale_kinds: Iterable[str] = SALE_KINDS,
    finance_kinds: Iterable[str] = FINANCE_KINDS,
) -> pd.DataFrame:
    """:func:`round_trip_share` for every firm with disclosed sales.

    Parameters
    ----------
    deals : DealNetwork or pandas.DataFrame
        As in :func:`round_trip_share`.
    sale_kinds, finance_kinds : iterable of str
        As in :func:`round_trip_share`.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``firm`` (sorted), columns ``sales_usd_bn``, ``round_trip_usd_bn``,
        ``share``, ``financing_usd_bn``, ``customers_financed`` (';'-joined),
        ``n_undisclosed_sales``.

    Raises
    ------
    ValueError, TypeError
        As in :func:`round_trip_share`.

    Examples
    --------
    >>> import pandas as pd
    >>> deals = pd.DataFrame({
    ...     "from_id": ["chip", "lab", "lab"],
    ...     "to_id": ["lab", "chip", "cloud"],
    ...     "kind": ["equity", "chip_purchase", "cloud_contract"],
    ...     "amount_usd_bn": [10.0, 30.0, 20.0],
    ... })
    >>> round_trip_table(deals)["share"].tolist()
    [1.0, 0.0]
    """
    sale_kinds = check_choice(sale_kinds, ALL_KINDS, "sale_kinds")
    d = _deal_rows(deals)
    firms = sorted(set(d.loc[d["kind"].isin(sale_kinds), "to_id"]))
    rows = []
    for f in firms:
        r = round_trip_share(d, f, sale_kinds=sale_kinds, finance_kinds=finance_kinds)
        rows.append(
            {
                "firm": f,
                "sales_usd_bn": r.sales_usd_bn,
                "round_trip_usd_bn": r.round_trip_usd_bn,
                "share": r.share,
                "financing_usd_bn": r.financing_usd_bn,
                "customers_financed": ";".join(r.customers_financed),
                "n_undisclosed_sales": r.n_undisclosed_sales,
            }
        )
    cols = [
        "firm",
        "sales_usd_bn",
        "round_trip_usd_bn",
        "share",
        "financing_usd_bn",
        "customers_financed",
        "n_undisclosed_sales",
    ]
    return pd.DataFrame(rows, columns=cols).set_index("firm")
