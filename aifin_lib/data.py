"""Loading and validating the curated data set in ``data/``.

Every table is read as a typed DataFrame and checked against a schema (pandera): unique ids,
controlled vocabularies, positive amounts, ISO dates, and foreign keys (every ``source_id``
is in ``sources.csv``, every party of a deal is in ``companies.csv``, every ``overlaps_with``
names a deal, every deal or figure an event names exists). The period of every figure is
explicit: ``period_type`` says what the number covers (a quarter, twelve months, a stock at a
date, ...) and must agree with the ``period`` text (:func:`period_fits`); ``basis`` says
whether it is an actual, an estimate, a forecast, guidance, a target or a scenario result.
A malformed file raises :class:`DataValidationError` naming the file, the line and the column.

Several deals describe the same money (``overlaps_with``) and some stalled or were superseded,
so summing ``deals.csv`` double counts. :func:`deals_deduplicated` gives one row per group of
overlapping deals; use it (or :mod:`aifin_lib.circular`) for totals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

__all__ = [
    "ASSUMPTION_UNITS",
    "BASES",
    "CALIBRATION_ITEMS",
    "CALIBRATION_PERIOD_TYPES",
    "CONFIDENCE",
    "DATA_DIR",
    "DEAL_KINDS",
    "DEAL_STATUSES",
    "EVENT_KINDS",
    "FISCAL_YEAR_END_MONTH",
    "LENDER_TYPES",
    "OVERLAP_PRIORITIES",
    "PERIOD_TYPES",
    "TABLES",
    "DataValidationError",
    "Figure",
    "deals_deduplicated",
    "figure",
    "load",
    "overlap_groups",
    "period_fits",
    "period_range",
    "resolve_deals",
    "source_ids",
]

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
"""The folder of the curated CSV files."""

TABLES: tuple[str, ...] = (
    "sources", "companies", "deals", "macro", "history", "events", "assumptions", "calibration",
)
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
PERIOD_TYPES: tuple[str, ...] = (
    "quarter", "half_year", "twelve_months", "fiscal_year", "calendar_year", "multi_year",
    "annual_average", "span", "point_in_time", "run_rate",
)
"""What a figure of ``macro.csv``/``history.csv`` covers (see ``data/README.md``): a flow over a
quarter, half-year, trailing twelve months, fiscal or calendar year, several years (cumulative)
or another span; an average per year over several years; a stock or level at a date; or an
annualised rate at a date. A forecast is not a period type: see :data:`BASES`."""
BASES: tuple[str, ...] = ("actual", "estimate", "forecast", "guidance", "target", "scenario")
"""Status of a figure: reported outcome, estimate of a past or present quantity, forecast,
a company's own guidance or plan, a goal, or the result of a hypothetical scenario."""
EVENT_KINDS: tuple[str, ...] = (
    "rating_action", "market_stress", "financing_withdrawn", "project_cancelled", "lawsuit",
    "missed_target", "construction_delay", "warning", "ipo_filing",
)
"""Kinds of ``events.csv`` (see ``data/README.md``)."""
FISCAL_YEAR_END_MONTH: dict[str, int] = {"nvidia": 1, "microsoft": 6, "oracle": 5}
"""Month in which fiscal year ``FYyyyy`` ends (in calendar year ``yyyy``), by ``company_id``;
December for every other entity."""
ASSUMPTION_UNITS: tuple[str, ...] = (
    "usd_bn", "usd_bn_per_year", "fraction", "rate_per_year", "ratio", "years", "year",
)
"""Units of ``assumptions.csv`` (see ``data/README.md``)."""
LENDER_TYPES: tuple[str, ...] = ("private_credit", "banks", "bond_investors")
"""Who holds a debt in ``calibration.csv``: private-credit funds, banks, bond investors."""
CALIBRATION_ITEMS: dict[str, tuple[str, str]] = {
    "opening_cash": ("usd_bn", "stock"),
    "cash_buffer_years": ("years", "number"),
    "outside_cash_flow": ("usd_bn_per_year", "flow"),
    "fixed_cost_total": ("usd_bn", "total"),
    "fixed_cost_start_year": ("year", "number"),
    "fixed_cost_years": ("years", "number"),
    "contract_total": ("usd_bn", "total"),
    "contract_start_year": ("year", "number"),
    "contract_years": ("years", "number"),
    "lease_coverage": ("ratio", "number"),
    "debt": ("usd_bn", "stock"),
    "debt_amortisation_years": ("years", "number"),
    "build_out_share": ("fraction", "number"),
    "interest_rate": ("rate_per_year", "number"),
    "running_cost_share": ("fraction", "number"),
    "infrastructure_cost": ("usd_bn", "total"),
    "revenue_start": ("usd_bn_per_year", "flow"),
    "revenue_target": ("usd_bn_per_year", "flow"),
    "revenue_target_year": ("year", "number"),
    "first_year_funding": ("usd_bn", "total"),
    "round_tripped_funding": ("usd_bn", "total"),
    "other_cost_share": ("fraction", "number"),
}
"""Items of ``calibration.csv``: ``item -> (unit, class)``; a flow is per year, a stock is
measured at a point in time, a total is an amount (of a deal, or summed over a span)."""
CALIBRATION_PERIOD_TYPES: tuple[str, ...] = (*PERIOD_TYPES, "deal", "metric", "assumption")
"""Period types of a calibration row: that of the figure it comes from, or ``deal`` (an
amount, term or date of a deal), ``metric`` (a year or share read from a figure) or
``assumption``."""

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
    "period_type": _vocab(PERIOD_TYPES),
    "basis": _vocab(BASES),
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
            "part_of": _text(pa.Check.str_matches(r"^[A-Z]\d+[a-z]?(;[A-Z]\d+[a-z]?)*$"),
                             nullable=True),
            "confidence": _vocab(CONFIDENCE),
            "source_id": _SOURCE_REF,
            "note": _text(nullable=True),
        },
        strict=True,
    ),
    "macro": pa.DataFrameSchema(dict(_METRIC_COLUMNS), strict=True),
    "history": pa.DataFrameSchema(dict(_METRIC_COLUMNS), strict=True),
    "events": pa.DataFrameSchema(
        {
            "event_id": _text(pa.Check.str_matches(_SLUG), unique=True),
            "date": pa.Column("datetime64[ns]", coerce=True),
            "date_precision": _vocab(("day", "month", "year")),
            "entity": _text(),
            "kind": _vocab(EVENT_KINDS),
            "event": _text(pa.Check.str_length(min_value=1)),
            "deal_id": _text(pa.Check.str_matches(r"^[A-Z]\d+[a-z]?(;[A-Z]\d+[a-z]?)*$"),
                             nullable=True),
            "metric_id": _text(pa.Check.str_matches(r"^[a-z0-9_]+(;[a-z0-9_]+)*$"),
                               nullable=True),
            "confidence": _vocab(CONFIDENCE),
            "source_id": _SOURCE_REF,
        },
        strict=True,
    ),
    "calibration": pa.DataFrameSchema(
        {
            "input_id": _text(pa.Check.str_matches(_SLUG), unique=True),
            "group": _text(pa.Check.str_matches(_SLUG)),
            "firm": _text(pa.Check.str_matches(_SLUG)),
            "item": _vocab(tuple(CALIBRATION_ITEMS)),
            "counterparty": _text(pa.Check.str_matches(_SLUG), nullable=True),
            "value": pa.Column(float, coerce=True, nullable=False),
            "unit": _vocab(ASSUMPTION_UNITS),
            "period_type": _vocab(CALIBRATION_PERIOD_TYPES),
            "period": _text(nullable=True),
            "formula": _text(pa.Check.str_length(min_value=1)),
            "status": _vocab(DEAL_STATUSES, nullable=True),
            "derivation": _text(pa.Check.str_length(min_value=1)),
        },
        strict=True,
    ),
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
    date_column = _DATE_COLUMNS.get(name)
    if date_column in frame:
        parsed = pd.to_datetime(frame[date_column], format="%Y-%m-%d", errors="coerce")
        bad = frame.index[parsed.isna()]
        if len(bad):
            raise _fail(path, [
                f"{_line(int(i))}, column {date_column!r}: expected an ISO date YYYY-MM-DD, "
                f"got {frame.loc[i, date_column]!r}" for i in bad
            ])
        frame[date_column] = parsed
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
        frame = SCHEMAS[name].validate(frame, lazy=True)
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
    if name in ("macro", "history"):
        problems = [
            f"{_line(int(i))}, column 'period': {period!r} does not fit period_type "
            f"{kind!r} (expected {_PERIOD_FORMS[kind]})"
            for i, period, kind in zip(frame.index, frame["period"], frame["period_type"],
                                       strict=True)
            if not period_fits(period, kind)
        ]
        if problems:
            raise _fail(path, problems)
    return frame


_DATE_COLUMNS = {"deals": "announced", "events": "date"}

_DATE = r"\d{4}-\d{2}(?:-\d{2})?"
_POINT = re.compile(r"(?:FY)?\d{4}(?:-(?:Q[1-4]|H[12]))?|\d{4}-\d{2}(?:-\d{2})?")
_PERIOD_FORMS = {
    "quarter": "YYYY-Qn or FYyyyy-Qn",
    "half_year": "YYYY-Hn or FYyyyy-Hn",
    "twelve_months": "a span of twelve whole months, YYYY-MM/YYYY-MM",
    "fiscal_year": "FYyyyy (or FYyyyy/FYyyyy where the fiscal year differs by company)",
    "calendar_year": "YYYY",
    "multi_year": "YYYY-YYYY, YYYY/.. (open end) or a span of dates longer than a year",
    "annual_average": "YYYY-YYYY",
    "span": "a span of dates a/b of at most a year, or a duration such as '54-day ...'",
    "point_in_time": "one date: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn or FYyyyy",
    "run_rate": "one date: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn or FYyyyy",
}


def _months(first: str, last: str) -> int | None:
    """Whole months covered by the span first/last (both inclusive), or None if not dates."""
    if not (re.fullmatch(_DATE, first) and re.fullmatch(_DATE, last)):
        return None
    start, end = pd.Period(first[:7], "M"), pd.Period(last[:7], "M")
    return (end - start).n + 1


def period_fits(period: str, period_type: str) -> bool:
    """Say whether a ``period`` text has the form its ``period_type`` requires.

    Parameters
    ----------
    period : str
        The ``period`` cell of ``macro.csv`` or ``history.csv``.
    period_type : str
        One of :data:`PERIOD_TYPES`.

    Returns
    -------
    bool
        ``True`` if the text fits: a quarter names a quarter, ``twelve_months`` is a span of
        exactly twelve months, a stock or run-rate has one date (never a span), and so on
        (the forms are listed in ``data/README.md``).

    Raises
    ------
    ValueError
        If ``period_type`` is not one of :data:`PERIOD_TYPES`.

    Examples
    --------
    >>> period_fits("2024-09/2025-08", "twelve_months"), period_fits("FY2026-Q1", "quarter")
    (True, True)
    >>> period_fits("FY2026-Q1", "twelve_months"), period_fits("2025-2028", "point_in_time")
    (False, False)
    """
    if period_type not in PERIOD_TYPES:
        raise ValueError(f"period_type must be one of {PERIOD_TYPES}, got {period_type!r}")
    text = str(period)
    if period_type == "quarter":
        return re.fullmatch(r"(?:FY)?\d{4}-Q[1-4]", text) is not None
    if period_type == "half_year":
        return re.fullmatch(r"(?:FY)?\d{4}-H[12]", text) is not None
    if period_type == "fiscal_year":
        return re.fullmatch(r"FY\d{4}(?:/FY\d{4})?", text) is not None
    if period_type == "calendar_year":
        return re.fullmatch(r"\d{4}", text) is not None
    if period_type in ("point_in_time", "run_rate"):
        return _POINT.fullmatch(text) is not None
    years = re.fullmatch(r"(\d{4})-(\d{4})", text)
    if period_type == "annual_average":
        return years is not None and years[1] < years[2]
    span = _months(*text.split("/")) if text.count("/") == 1 else None
    if period_type == "twelve_months":
        return span == 12 and re.fullmatch(r"\d{4}-\d{2}/\d{4}-\d{2}", text) is not None
    if period_type == "multi_year":
        return ((years is not None and years[1] < years[2])
                or re.fullmatch(r"\d{4}/\.\.", text) is not None
                or (span is not None and span > 12))
    # span: a short stretch of dates, or a duration in the published wording
    return (span is not None and 0 < span <= 12) or re.match(r"\d+-day ", text) is not None


def _fiscal_end(year: int, entity: str) -> pd.Period:
    return pd.Period(year=year, month=FISCAL_YEAR_END_MONTH.get(entity, 12), freq="M")


def _point_range(text: str, entity: str) -> tuple[pd.Period, pd.Period] | None:
    """First and last month of one date written at any precision (see :func:`period_range`)."""
    if match := re.fullmatch(r"(FY)?(\d{4})(?:-([QH])([1-4]))?", text):
        fiscal, year, part, number = match[1], int(match[2]), match[3], match[4]
        end = _fiscal_end(year, entity) if fiscal else pd.Period(year=year, month=12, freq="M")
        if part is None:
            return end - 11, end
        length = 3 if part == "Q" else 6
        last = end - (12 // length - int(number)) * length
        return last - (length - 1), last
    if re.fullmatch(_DATE, text):
        month = pd.Period(text[:7], "M")
        return month, month
    return None


def period_range(period: str, entity: str = "") -> tuple[pd.Period, pd.Period] | None:
    """First and last calendar month a ``period`` text can refer to.

    Parameters
    ----------
    period : str
        The ``period`` cell of ``macro.csv`` or ``history.csv``.
    entity : str, optional
        The row's ``entity``: fiscal years ``FYyyyy`` end in the month of
        :data:`FISCAL_YEAR_END_MONTH` (December for other entities).

    Returns
    -------
    tuple of pandas.Period or None
        Monthly periods ``(first, last)``, both inclusive; ``None`` for an open end
        (``2024/..``) or a published wording (``54-day training run``).

    Examples
    --------
    >>> [str(p) for p in period_range("FY2026-Q1", "oracle")]
    ['2025-06', '2025-08']
    >>> [str(p) for p in period_range("2024-09/2025-08")]
    ['2024-09', '2025-08']
    """
    parts = str(period).split("/")
    if len(parts) == 1:
        if years := re.fullmatch(r"(\d{4})-(\d{4})", parts[0]):
            return (pd.Period(year=int(years[1]), month=1, freq="M"),
                    pd.Period(year=int(years[2]), month=12, freq="M"))
        return _point_range(parts[0], entity)
    if len(parts) == 2:
        first, last = _point_range(parts[0], entity), _point_range(parts[1], entity)
        if first is not None and last is not None:
            return first[0], last[1]
    return None


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
    for name in ("companies", "deals", "macro", "history", "events", "assumptions"):
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
        totals = source_ids(row["part_of"]) if pd.notna(row.get("part_of")) else []
        overlap_cell = row["overlaps_with"]
        overlaps = set(source_ids(overlap_cell)) if pd.notna(overlap_cell) else set()
        for total in totals:
            if total not in deal_ids or total == row["deal_id"]:
                problems.append(f"{_line(int(i))}, column 'part_of': {total!r} is not another "
                                "deal_id of deals.csv")
            elif total in overlaps:
                problems.append(f"{_line(int(i))}, column 'part_of': {total!r} is also in "
                                "overlaps_with (a row is either part of a total or the same "
                                "money, not both)")
    if problems:
        raise _fail(data_dir / "deals.csv", problems)
    metric_ids = set(tables["macro"]["metric_id"]) | set(tables["history"]["metric_id"])
    problems = [
        f"{_line(int(i))}, column {column!r}: unknown {what} {ref!r} (not in {where})"
        for column, known, what, where in (
            ("deal_id", deal_ids, "deal", "deals.csv"),
            ("metric_id", metric_ids, "figure", "macro.csv or history.csv"),
        )
        for i, cell in tables["events"][column].items()
        if pd.notna(cell)
        for ref in source_ids(cell)
        if ref not in known
    ]
    if problems:
        raise _fail(data_dir / "events.csv", problems)
    calibration = tables["calibration"]
    problems = [
        f"{_line(int(i))}, column {column!r}: unknown party {cell!r} (not in companies.csv"
        + (" nor a lender type)" if column == "counterparty" else ")")
        for column in ("firm", "counterparty")
        for i, cell in calibration[column].items()
        if pd.notna(cell) and cell not in companies
        and not (column == "counterparty" and cell in LENDER_TYPES)
    ]
    if problems:
        raise _fail(data_dir / "calibration.csv", problems)


@cache
def _load_all(data_dir: Path) -> dict[str, pd.DataFrame]:
    tables = {name: _read(name, data_dir / f"{name}.csv") for name in TABLES}
    _check_references(tables, data_dir)
    return tables


def load(name: str, data_dir: str | Path | None = None) -> pd.DataFrame:
    """Load one curated table as a validated, typed DataFrame.

    Parameters
    ----------
    name : {"sources", "companies", "deals", "macro", "history", "events", "assumptions"}
        The table.
    data_dir : str or Path, optional
        Folder holding the CSV files (default: the project's ``data/``). All tables in it are
        validated together, so foreign keys are checked too.

    Returns
    -------
    pandas.DataFrame
        A fresh copy (safe to modify). Amounts are floats in USD billions; ``announced``
        (deals) and ``date`` (events) are ``datetime64``; empty cells are missing values.

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
    period_type : str
        What the number covers: one of :data:`PERIOD_TYPES` (e.g. ``"quarter"``,
        ``"twelve_months"``, ``"point_in_time"``).
    basis : str
        One of :data:`BASES`: ``"actual"``, ``"estimate"``, ``"forecast"``, ``"guidance"``,
        ``"target"`` or ``"scenario"``.
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
    period_type: str
    basis: str
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

    Examples
    --------
    >>> fcf = figure("oracle_fcf_ttm_2025_08")
    >>> fcf.value, fcf.unit, fcf.period, fcf.period_type, fcf.basis
    (-5.9, 'usd_bn', '2024-09/2025-08', 'twelve_months', 'actual')
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
                unit=row["unit"], period=row["period"], period_type=row["period_type"],
                basis=row["basis"], entity=row["entity"], source_ids=ids,
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
    for idx, cell in part_of.items():
        amount = frame.at[idx, "amount_usd_bn"]
        for total in source_ids(cell) if isinstance(cell, str) else []:
            if total in ids.index and pd.notna(amount):
                taken[total] = taken.get(total, 0.0) + float(amount)
    for total, used in taken.items():
        idx = ids[total]
        amount = frame.at[idx, "amount_usd_bn"]
        if pd.isna(amount) or amount - used <= 1e-9:
            reason[idx] = "parts"
        else:
            frame.at[idx, "amount_usd_bn"] = float(amount) - used
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
        frame = frame[~frame["status"].isin(["stalled", "superseded"])]
    if require_amount:
        frame = frame[frame["amount_usd_bn"].notna()]
    kept, _ = resolve_deals(frame, groups=groups)
    kept = kept.assign(group=groups.loc[kept.index])
    return kept.sort_values("deal_id").reset_index(drop=True)
