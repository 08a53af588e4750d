"""Loading and validating the curated data set in ``data/``.

Every table is read as a typed DataFrame and checked against a schema (pandera): unique ids,
controlled vocabularies, positive amounts, ISO dates, and foreign keys (every ``source_id``
is in ``sources.csv``, every party of a deal is in ``companies.csv``, every ``overlaps_with``
names a deal). A malformed file raises :class:`DataValidationError` naming the file, the line
and the column.

Several deals describe the same money (``overlaps_with``) and some stalled or were superseded,
so summing ``deals.csv`` double counts. :func:`deals_deduplicated` gives one row per group of
overlapping deals; use it (or :mod:`aifin_lib.circular`) for totals.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

__all__ = [
    "ASSUMPTION_UNITS",
    "CONFIDENCE",
    "DATA_DIR",
    "DEAL_KINDS",
    "DEAL_STATUSES",
    "TABLES",
    "DataValidationError",
    "Figure",
    "deals_deduplicated",
    "figure",
    "load",
    "overlap_groups",
    "source_ids",
]

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
"""The folder of the curated CSV files."""

TABLES: tuple[str, ...] = ("sources", "companies", "deals", "macro", "history", "assumptions")
"""The tables :func:`load` knows, in dependency order."""

DEAL_KINDS: tuple[str, ...] = (
    "equity", "purchase_commitment", "cloud_contract", "chip_purchase", "debt", "bond", "spv",
    "guarantee", "warrants", "lease", "other",
)
DEAL_STATUSES: tuple[str, ...] = ("announced", "signed", "stalled", "superseded", "completed")
CONFIDENCE: tuple[str, ...] = ("high", "medium", "low")
COMPANY_KINDS: tuple[str, ...] = (
    "chipmaker", "hyperscaler", "ai_lab", "neocloud", "cloud_provider", "data_centre_developer",
    "lender", "investor", "asset_manager", "sovereign_fund", "spv", "capital_market", "other",
)
UNITS: tuple[str, ...] = (
    "usd_bn", "usd_bn_per_year", "usd_bn_per_gw", "usd_per_month", "eur_bn", "percent",
    "percentage_points", "basis_points", "gw", "count", "count_mn", "ratio", "years", "year",
    "index_points",
)
"""Units of ``macro.csv`` and ``history.csv`` (see ``data/README.md``)."""
ASSUMPTION_UNITS: tuple[str, ...] = (
    "usd_bn", "usd_bn_per_year", "fraction", "rate_per_year", "ratio", "years", "year",
)
"""Units of ``assumptions.csv`` (see ``data/README.md``)."""

_SLUG = r"^[a-z0-9_]+$"
_ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class DataValidationError(ValueError):
    """A data file does not match its schema; the message names file, line and column."""


def _text(*checks: pa.Check, nullable: bool = False, unique: bool = False) -> pa.Column:
    return pa.Column(str, checks=list(checks), nullable=nullable, unique=unique, coerce=True)


def _vocab(values: tuple[str, ...], nullable: bool = False) -> pa.Column:
    return _text(pa.Check.isin(values), nullable=nullable)


_SOURCE_REF = _text(pa.Check.str_matches(r"^[a-z0-9_]+(;[a-z0-9_]+)*$"))
_METRIC_COLUMNS = {
    "metric_id": _text(pa.Check.str_matches(_SLUG), unique=True),
    "metric": _text(),
    "value": pa.Column(float, coerce=True, nullable=False),
    "unit": _vocab(UNITS),
    "period": _text(),
    "entity": _text(),
    "note": _text(nullable=True),
    "confidence": _vocab(CONFIDENCE),
    "source_id": _SOURCE_REF,
}

SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "sources": pa.DataFrameSchema(
        {
            "source_id": _text(pa.Check.str_matches(_SLUG), unique=True),
            "publisher": _text(),
            "title": _text(),
            "url": _text(pa.Check.str_matches(r"^https?://\S+$")),
            # Empty where the research could not see a publication date.
            "published": _text(pa.Check.str_matches(_ISO_DATE), nullable=True),
        },
        strict=True,
    ),
    "companies": pa.DataFrameSchema(
        {
            "company_id": _text(pa.Check.str_matches(_SLUG), unique=True),
            "name": _text(),
            "kind": _vocab(COMPANY_KINDS),
            "country": _text(pa.Check.str_matches(r"^[A-Z]{2}$"), nullable=True),
            "listed": pa.Column(bool, coerce=True),
            "source_id": _SOURCE_REF,
        },
        strict=True,
    ),
    "deals": pa.DataFrameSchema(
        {
            "deal_id": _text(pa.Check.str_matches(r"^[A-Z]\d+[a-z]?$"), unique=True),
            "announced": pa.Column("datetime64[ns]", coerce=True),
            "date_precision": _vocab(("day", "month", "year")),
            "from_id": _text(),
            "to_id": _text(),
            "kind": _vocab(DEAL_KINDS),
            "amount_usd_bn": pa.Column(float, pa.Check.gt(0), nullable=True, coerce=True),
            "amount_qualifier": _vocab(("exact", "about", "up_to", "at_least"), nullable=True),
            "years": pa.Column(float, pa.Check.gt(0), nullable=True, coerce=True),
            "gigawatts": pa.Column(float, pa.Check.gt(0), nullable=True, coerce=True),
            "status": _vocab(DEAL_STATUSES),
            "overlaps_with": _text(nullable=True),
            "confidence": _vocab(CONFIDENCE),
            "source_id": _SOURCE_REF,
            "note": _text(nullable=True),
        },
        strict=True,
    ),
    "macro": pa.DataFrameSchema(dict(_METRIC_COLUMNS), strict=True),
    "history": pa.DataFrameSchema(dict(_METRIC_COLUMNS), strict=True),
    "assumptions": pa.DataFrameSchema(
        {
            "parameter": _text(pa.Check.str_matches(_SLUG), unique=True),
            "value": pa.Column(float, coerce=True, nullable=False),
            "unit": _vocab(ASSUMPTION_UNITS),
            "rationale": _text(pa.Check.str_length(min_value=1)),
            # Empty where the value has no published basis (a pure assumption).
            "source_id": _text(pa.Check.str_matches(r"^[a-z0-9_]+(;[a-z0-9_]+)*$"),
                               nullable=True),
        },
        strict=True,
    ),
}
"""The pandera schema of every table."""


def _line(index: object) -> str:
    """CSV line number of a DataFrame row (line 1 is the header)."""
    return f"line {int(index) + 2}" if isinstance(index, int) else "whole column"


def _fail(path: Path, problems: list[str]) -> DataValidationError:
    shown = problems[:10]
    more = f"\n  ... and {len(problems) - 10} more" if len(problems) > 10 else ""
    return DataValidationError(f"{path}: invalid data\n  " + "\n  ".join(shown) + more)


def _read(name: str, path: Path) -> pd.DataFrame:
    """Read one CSV and validate it against its schema."""
    if not path.is_file():
        raise FileNotFoundError(f"data table {name!r} not found at {path}")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    if name == "deals" and "announced" in frame:
        parsed = pd.to_datetime(frame["announced"], format="%Y-%m-%d", errors="coerce")
        bad = frame.index[parsed.isna()]
        if len(bad):
            raise _fail(path, [
                f"{_line(int(i))}, column 'announced': expected an ISO date YYYY-MM-DD, "
                f"got {frame.loc[i, 'announced']!r}" for i in bad
            ])
        frame["announced"] = parsed
    if name == "companies" and "listed" in frame:
        lowered = frame["listed"].str.lower()
        bad = frame.index[~lowered.isin(["true", "false"])]
        if len(bad):
            raise _fail(path, [
                f"{_line(int(i))}, column 'listed': expected true or false, "
                f"got {frame.loc[i, 'listed']!r}" for i in bad
            ])
        frame["listed"] = lowered == "true"
    try:
        return SCHEMAS[name].validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        problems = []
        for _, case in errors.failure_cases.iterrows():
            column = case["column"] if pd.notna(case["column"]) else case["failure_case"]
            index = case["index"]
            where = _line(int(index)) if pd.notna(index) else "header"
            problems.append(
                f"{where}, column {column!r}: failed {case['check']} "
                f"(got {case['failure_case']!r})"
            )
        raise _fail(path, problems) from None


def source_ids(cell: str) -> list[str]:
    """Split a ``source_id`` cell into its ids.

    Parameters
    ----------
    cell : str
        One id or several separated by ``;``.

    Returns
    -------
    list of str

    Examples
    --------
    >>> source_ids("a_2025_x;b_2024_y")
    ['a_2025_x', 'b_2024_y']
    """
    return [part.strip() for part in str(cell).split(";") if part.strip()]


def _check_references(tables: dict[str, pd.DataFrame], data_dir: Path) -> None:
    """Check foreign keys across tables."""
    known_sources = set(tables["sources"]["source_id"])
    for name in ("companies", "deals", "macro", "history", "assumptions"):
        problems = [
            f"{_line(int(i))}, column 'source_id': unknown source {sid!r} (not in sources.csv)"
            for i, cell in tables[name]["source_id"].items()
            if pd.notna(cell)
            for sid in source_ids(cell)
            if sid not in known_sources
        ]
        if problems:
            raise _fail(data_dir / f"{name}.csv", problems)
    companies = set(tables["companies"]["company_id"])
    deals = tables["deals"]
    deal_ids = set(deals["deal_id"])
    problems = []
    for i, row in deals.iterrows():
        for column in ("from_id", "to_id"):
            if row[column] not in companies:
                problems.append(f"{_line(int(i))}, column {column!r}: unknown company "
                                f"{row[column]!r} (not in companies.csv)")
        for other in source_ids(row["overlaps_with"]) if pd.notna(row["overlaps_with"]) else []:
            if other not in deal_ids or other == row["deal_id"]:
                problems.append(f"{_line(int(i))}, column 'overlaps_with': {other!r} is not "
                                "another deal_id of deals.csv")
    if problems:
        raise _fail(data_dir / "deals.csv", problems)


@cache
def _load_all(data_dir: Path) -> dict[str, pd.DataFrame]:
    tables = {name: _read(name, data_dir / f"{name}.csv") for name in TABLES}
    _check_references(tables, data_dir)
    return tables


def load(name: str, data_dir: str | Path | None = None) -> pd.DataFrame:
    """Load one curated table as a validated, typed DataFrame.

    Parameters
    ----------
    name : {"sources", "companies", "deals", "macro", "history", "assumptions"}
        The table.
    data_dir : str or Path, optional
        Folder holding the CSV files (default: the project's ``data/``). All tables in it are
        validated together, so foreign keys are checked too.

    Returns
    -------
    pandas.DataFrame
        A fresh copy (safe to modify). Amounts are floats in USD billions; ``announced`` is
        ``datetime64``; empty cells are missing values.

    Raises
    ------
    ValueError
        If ``name`` is not a known table.
    DataValidationError
        If any file is malformed; the message names the file, the line and the column.

    Examples
    --------
    >>> deals = load("deals")
    >>> deals["deal_id"].is_unique
    True
    """
    if name not in TABLES:
        raise ValueError(f"name must be one of {TABLES}, got {name!r}")
    folder = Path(data_dir).resolve() if data_dir is not None else DATA_DIR
    return _load_all(folder)[name].copy()


@dataclass(frozen=True)
class Figure:
    """One figure of ``macro.csv`` or ``history.csv`` with its source.

    Attributes
    ----------
    metric_id, metric, unit, period, entity : str
        As in the data dictionary.
    value : float
        The number, in ``unit``.
    source_ids : tuple of str
        Ids in ``sources.csv``.
    sources : tuple of dict
        The matching rows of ``sources.csv`` (publisher, title, url, published).
    """

    metric_id: str
    metric: str
    value: float
    unit: str
    period: str
    entity: str
    source_ids: tuple[str, ...]
    sources: tuple[dict[str, str], ...]


def figure(metric_id: str, data_dir: str | Path | None = None) -> Figure:
    """Look up one figure of ``macro.csv`` or ``history.csv`` by its ``metric_id``.

    Parameters
    ----------
    metric_id : str
        The figure's id.
    data_dir : str or Path, optional
        Folder of the CSV files (default: the project's ``data/``).

    Returns
    -------
    Figure

    Raises
    ------
    KeyError
        If no row has that id.
    """
    for table in ("macro", "history"):
        frame = load(table, data_dir)
        rows = frame[frame["metric_id"] == metric_id]
        if len(rows):
            row = rows.iloc[0]
            ids = tuple(source_ids(row["source_id"]))
            sources = load("sources", data_dir).set_index("source_id")
            return Figure(
                metric_id=metric_id, metric=row["metric"], value=float(row["value"]),
                unit=row["unit"], period=row["period"], entity=row["entity"], source_ids=ids,
                sources=tuple({"source_id": s, **sources.loc[s].to_dict()} for s in ids),
            )
    raise KeyError(f"metric_id {metric_id!r} is in neither macro.csv nor history.csv")


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

    graph = nx.Graph()
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


_STATUS_RANK = {"completed": 0, "signed": 1, "announced": 2, "superseded": 3, "stalled": 4}
_CONFIDENCE_RANK = {"high": 0, "medium": 1, "low": 2}


def deals_deduplicated(deals: pd.DataFrame | None = None, *, include_stalled: bool = False,
                       require_amount: bool = True) -> pd.DataFrame:
    """One row per group of deals describing the same money: safe to sum.

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
        The kept rows with a ``group`` column. Within a group (after the status filter) the
        row kept is the one with the largest disclosed amount, as the data dictionary
        prescribes for totals (a part of a deal, e.g. a first tranche, is smaller than the
        whole); ties go to the firmest status (completed, signed, announced, superseded,
        stalled), then the highest confidence, then the smallest ``deal_id``.
    """
    frame = load("deals") if deals is None else deals.copy()
    frame["group"] = overlap_groups(frame)
    if not include_stalled:
        frame = frame[~frame["status"].isin(["stalled", "superseded"])]
    if require_amount:
        frame = frame[frame["amount_usd_bn"].notna()]
    order = frame.assign(
        _status=frame["status"].map(_STATUS_RANK),
        _conf=frame["confidence"].map(_CONFIDENCE_RANK),
        _no_amount=frame["amount_usd_bn"].isna(),
        _neg_amount=-frame["amount_usd_bn"].fillna(0.0),
    ).sort_values(["group", "_no_amount", "_neg_amount", "_status", "_conf", "deal_id"])
    kept = order.drop_duplicates("group", keep="first")
    return kept.drop(columns=["_status", "_conf", "_no_amount", "_neg_amount"]).sort_values(
        "deal_id").reset_index(drop=True)
