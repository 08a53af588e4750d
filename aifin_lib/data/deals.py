"""The rules of a deal: what a row of ``deals.csv`` may hold, and counting every dollar once.

:func:`check_deals` checks a table of deals that did not come from :func:`load` (a model's
input) against the schema of ``deals.csv`` and the rules between rows
(:func:`deal_row_problems`, which the loader applies to ``deals.csv`` too): one set of rules.

Several deals describe the same money (``overlaps_with``: the same deal reported twice, a
pledge and its final terms) and some are parts of a total (``part_of``: who paid what in a
funding round), so summing ``deals.csv`` double counts. :func:`resolve_deals` replaces a total
by its parts and its remainder and keeps one row per overlap group; every total of the book
(:func:`deals_deduplicated`, :func:`aifin_lib.circular.deal_network`) goes through it.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence

import pandas as pd

from .loader import load
from .schema import (
    CONFIDENCE,
    LAPSED_STATUSES,
    STATUSES_BY_FIRMNESS,
    source_ids,
    table_schema,
)

__all__ = [
    "DEAL_COLUMNS",
    "OVERLAP_PRIORITIES",
    "check_deals",
    "deal_row_problems",
    "deals_deduplicated",
    "overlap_groups",
    "resolve_deals",
]

DEAL_COLUMNS: tuple[str, ...] = (
    "deal_id", "announced", "from_id", "to_id", "kind", "amount_usd_bn", "status",
    "overlaps_with", "confidence",
)
"""The columns of ``deals.csv`` that a table of deals needs to be counted (:func:`check_deals`)."""


def _links(cell: object) -> list[str]:
    """The deal ids of an ``overlaps_with`` or ``part_of`` cell (none for an empty cell)."""
    return source_ids(cell) if isinstance(cell, str) else []


def deal_row_problems(deals: pd.DataFrame, table: str = "deals.csv"
                      ) -> list[tuple[Hashable, str, str]]:
    """Rules of a deal that a column's schema cannot state, as ``(row index, column, problem)``.

    The payer is not the payee (money a firm pays itself is no flow between firms; it would
    count as pure circulation); ``overlaps_with`` and ``part_of`` name other deals of the table;
    a row is not both part of a total and the same money as it. :func:`load` applies these to
    ``deals.csv``, :func:`check_deals` to any table of deals.

    Parameters
    ----------
    deals : pandas.DataFrame
        With ``deal_id``, ``from_id``, ``to_id`` and optionally ``overlaps_with``, ``part_of``.
    table : str, default "deals.csv"
        The table's name in the messages.

    Returns
    -------
    list of (index, str, str)

    Examples
    --------
    >>> deals = pd.DataFrame({"deal_id": ["D1", "D2"], "from_id": ["a", "b"],
    ...                       "to_id": ["b", "b"], "overlaps_with": ["D9", None]})
    >>> [(i, column) for i, column, _ in deal_row_problems(deals)]
    [(0, 'overlaps_with'), (1, 'to_id')]
    """
    ids = set(deals["deal_id"])
    none = pd.Series(None, index=deals.index, dtype=object)
    problems: list[tuple[Hashable, str, str]] = []
    for i, did, payer, payee, overlap_cell, part_cell in zip(
        deals.index, deals["deal_id"], deals["from_id"], deals["to_id"],
        deals.get("overlaps_with", none), deals.get("part_of", none), strict=True,
    ):
        overlaps = _links(overlap_cell)
        problems += [(i, "overlaps_with", f"{other!r} is not another deal_id of {table}")
                     for other in overlaps if other not in ids or other == did]
        for total in _links(part_cell):
            if total not in ids or total == did:
                problems.append((i, "part_of", f"{total!r} is not another deal_id of {table}"))
            elif total in overlaps:
                problems.append((i, "part_of", f"{total!r} is also in overlaps_with (a row is "
                                 "either part of a total or the same money, not both)"))
        if isinstance(payer, str) and payer == payee:
            problems.append((i, "to_id", f"deal {did!r} has the same company as from_id and "
                             "to_id: money a company pays itself is not a flow between firms "
                             "(it would count as pure circulation)"))
    return problems


def check_deals(deals: pd.DataFrame, columns: Sequence[str] = DEAL_COLUMNS,
                name: str = "deals") -> pd.DataFrame:
    """A table of deals checked by the rules of ``deals.csv``, with its columns' types.

    Parameters
    ----------
    deals : pandas.DataFrame
        One row per deal, e.g. a model's input; other columns are carried along unchecked.
    columns : sequence of str, default DEAL_COLUMNS
        The columns the caller needs; each is checked by its rule in the schema of
        ``deals.csv`` (:func:`aifin_lib.data.table_schema`): vocabularies (``kind``, ``status``,
        ``confidence``), positive amounts (NaN when undisclosed), dates, unique and non-empty
        ids and parties. Here deal ids may have any form and a date may be missing (NaT: a
        model decides what such a row means).
    name : str, default "deals"
        The table's name in the messages (the caller's parameter).

    Returns
    -------
    pandas.DataFrame
        A copy with a fresh index, its checked columns converted (``announced`` to dates,
        ``amount_usd_bn`` to floats, the others to text).

    Raises
    ------
    TypeError
        If ``deals`` is not a DataFrame.
    ValueError
        If a column is missing or a value breaks a rule: the message names the column
        (``deals['kind']``), the rule and the value, or the deal (:func:`deal_row_problems`).

    Examples
    --------
    >>> deals = pd.DataFrame({"deal_id": ["A"], "from_id": ["a"], "to_id": ["b"],
    ...                       "kind": ["gift"], "amount_usd_bn": [1.0]})
    >>> check_deals(deals, ["deal_id", "from_id", "to_id", "kind", "amount_usd_bn"])
    Traceback (most recent call last):
    ...
    ValueError: deals['kind'] failed isin([...]) (row 0: 'gift')
    """
    import pandera.pandas as pa

    if not isinstance(deals, pd.DataFrame):
        raise TypeError(f"{name} must be a pandas DataFrame, got {type(deals).__name__}")
    missing = [c for c in columns if c not in deals.columns]
    if missing:
        raise ValueError(f"{name} is missing columns {missing}")
    schema = table_schema("deals").select_columns(list(columns))  # a copy
    schema.strict = False  # other columns are the caller's
    if "deal_id" in columns:
        schema = schema.update_column("deal_id", checks=[])  # any form, still unique
    if "announced" in columns:
        schema = schema.update_column("announced", nullable=True)  # a model may skip the row
    try:
        frame = schema.validate(deals.reset_index(drop=True), lazy=True)
    except pa.errors.SchemaErrors as errors:
        raise ValueError("; ".join(dict.fromkeys(
            f"{name}[{case['column']!r}] failed {_rule(str(case['check']))} "
            f"(row {case['index']}: {case['failure_case']!r})"
            for _, case in errors.failure_cases.iterrows()))) from None
    if {"deal_id", "from_id", "to_id"} <= set(columns):
        problems = deal_row_problems(frame, name)
        if problems:
            raise ValueError("; ".join(f"{name}[{column!r}] of row {i}: {text}"
                                       for i, column, text in problems))
    return frame


def _rule(check: str) -> str:
    """A schema check as the message shows it (a vocabulary's list left out)."""
    return check.split("(")[0] + "([...])" if check.startswith("isin(") else check

def overlap_groups(deals: pd.DataFrame) -> pd.Series:
    """Label each deal with the group of deals that describe the same money.

    Parameters
    ----------
    deals : pandas.DataFrame
        Rows of ``deals.csv`` (``deal_id`` and ``overlaps_with`` columns).

    Returns
    -------
    pandas.Series
        Indexed like ``deals``: the smallest ``deal_id`` of each connected group of
        ``overlaps_with`` links (a deal without overlaps is its own group).
    """
    import networkx as nx

    graph: nx.Graph = nx.Graph()
    graph.add_nodes_from(deals["deal_id"])
    for deal_id, cell in zip(deals["deal_id"], deals["overlaps_with"], strict=True):
        if isinstance(cell, str):
            graph.add_edges_from((deal_id, other) for other in source_ids(cell)
                                 if other in graph)
    label = {}
    for component in nx.connected_components(graph):
        first = min(component)
        label.update(dict.fromkeys(component, first))
    return deals["deal_id"].map(label).rename("group")


_STATUS_RANK = {status: rank for rank, status in enumerate(STATUSES_BY_FIRMNESS)}
_CONFIDENCE_RANK = {level: rank for rank, level in enumerate(CONFIDENCE)}
OVERLAP_PRIORITIES: tuple[str, ...] = ("amount", "status")
"""How :func:`resolve_deals` picks one row of an overlap group: the largest disclosed amount
first (the data dictionary's rule for totals), or the firmest status first."""


def resolve_deals(deals: pd.DataFrame, priority: str = "amount",
                  groups: pd.Series | None = None) -> tuple[pd.DataFrame, pd.Series]:
    """Resolve totals and their parts, then keep one row per overlap group: safe to sum.

    Parameters
    ----------
    deals : pandas.DataFrame
        Rows of ``deals.csv`` that passed the caller's filters (status, kind, date, ...),
        with ``deal_id``, ``amount_usd_bn``, ``status``, ``confidence``, ``overlaps_with`` and
        ``part_of``.
    priority : {"amount", "status"}, default "amount"
        Which row of an overlap group is kept: ``"amount"``, the largest amount, then the
        firmest status, the highest confidence and the latest announcement (the newest
        information); ``"status"``, the firmest status, then the highest confidence, the
        latest announcement and the largest amount. Remaining ties go to the smallest
        ``deal_id``.
    groups : pandas.Series, optional
        The overlap group of each row (indexed like ``deals``), computed by
        :func:`overlap_groups` over the whole table, so that two rows linked only through a
        row the caller filtered out still count as the same money. Default: the groups
        within ``deals``.

    Returns
    -------
    (pandas.DataFrame, pandas.Series)
        The kept rows (same index as ``deals``; a total whose parts are among the rows carries
        only its remainder, ``amount - sum of those parts``, and ``remainder_of_total`` is
        True) and, for the dropped rows, the reason: ``"parts"`` (a total fully made up of
        its parts present) or ``"overlap"`` (another row of its overlap group was kept).

    Notes
    -----
    Parts name who paid; a total often names only a syndicate. Keeping the parts and the
    remainder of the total counts every dollar once and keeps the most detail. A part of two
    totals (a tally and a funding round) is subtracted from both. Overlap groups
    (``overlaps_with``) are then resolved among the remaining rows.

    Examples
    --------
    >>> deals = pd.DataFrame({
    ...     "deal_id": ["T", "P1", "P2"], "amount_usd_bn": [10.0, 4.0, 3.0],
    ...     "status": ["completed"] * 3, "confidence": ["high"] * 3,
    ...     "overlaps_with": [None] * 3, "part_of": [None, "T", "T"]})
    >>> kept, dropped = resolve_deals(deals)
    >>> kept["amount_usd_bn"].tolist(), kept["remainder_of_total"].tolist()
    ([3.0, 4.0, 3.0], [True, False, False])
    """
    if priority not in OVERLAP_PRIORITIES:
        raise ValueError(f"priority must be one of {OVERLAP_PRIORITIES}, got {priority!r}")
    frame = deals.copy()
    frame["remainder_of_total"] = False
    reason = pd.Series("", index=frame.index, dtype=object)
    ids = pd.Series(frame.index, index=frame["deal_id"])
    part_of = frame["part_of"] if "part_of" in frame.columns else pd.Series(None, frame.index)
    taken: dict[str, float] = {}
    amounts: dict[object, float] = frame["amount_usd_bn"].astype(float).to_dict()
    for idx, cell in part_of.items():
        amount = float(amounts[idx])
        for total in source_ids(cell) if isinstance(cell, str) else []:
            if total in ids.index and not math.isnan(amount):
                taken[total] = taken.get(total, 0.0) + amount
    for total, used in taken.items():
        idx = ids[total]
        amount = float(amounts[idx])
        if math.isnan(amount) or amount - used <= 1e-9:
            reason[idx] = "parts"
        else:
            frame.at[idx, "amount_usd_bn"] = amount - used
            frame.at[idx, "remainder_of_total"] = True
    rest = frame[reason == ""]
    groups = overlap_groups(rest) if groups is None else groups.loc[rest.index]
    keys = (["_no_amount", "_neg_amount", "_status", "_conf", "_undated", "_neg_when"]
            if priority == "amount" else
            ["_status", "_conf", "_undated", "_neg_when", "_no_amount", "_neg_amount"])
    when = (pd.to_datetime(rest["announced"]) if "announced" in rest.columns
            else pd.Series(pd.NaT, index=rest.index, dtype="datetime64[ns]"))
    order = rest.assign(
        group=groups,
        _status=rest["status"].map(_STATUS_RANK),
        _conf=rest["confidence"].map(_CONFIDENCE_RANK),
        _no_amount=rest["amount_usd_bn"].isna(),
        _neg_amount=-rest["amount_usd_bn"].fillna(0.0),
        _undated=when.isna(),
        _neg_when=-when.fillna(pd.Timestamp(0)).astype("int64"),
    ).sort_values(["group", *keys, "deal_id"])
    kept_index = order.drop_duplicates("group", keep="first").index
    reason[(reason == "") & ~frame.index.isin(kept_index)] = "overlap"
    return frame.loc[reason == ""], reason[reason != ""]


def deals_deduplicated(deals: pd.DataFrame | None = None, *, include_stalled: bool = False,
                       require_amount: bool = True) -> pd.DataFrame:
    """Deals with every dollar counted once: totals resolved into parts, one row per overlap.

    Parameters
    ----------
    deals : pandas.DataFrame, optional
        Rows of ``deals.csv`` (default: :func:`load` ``("deals")``).
    include_stalled : bool, default False
        Keep stalled and superseded deals (they are left out by default: their money did not,
        or not in that form, change hands).
    require_amount : bool, default True
        Drop deals whose amount was not disclosed.

    Returns
    -------
    pandas.DataFrame
        The kept rows (see :func:`resolve_deals`, with the largest amount first in an overlap
        group), sorted by ``deal_id``, with a ``group`` column (the overlap group) and
        ``remainder_of_total``.
    """
    frame = load("deals") if deals is None else deals.copy()
    groups = overlap_groups(frame)  # over the whole table, so labels do not depend on filters
    if not include_stalled:
        frame = frame[~frame["status"].isin(LAPSED_STATUSES)]
    if require_amount:
        frame = frame[frame["amount_usd_bn"].notna()]
    kept, _ = resolve_deals(frame, groups=groups)
    kept = kept.assign(group=groups.loc[kept.index])
    return kept.sort_values("deal_id").reset_index(drop=True)
