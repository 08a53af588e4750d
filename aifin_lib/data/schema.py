"""The vocabulary of the data set and the schema of every table of ``data/``.

This module is the one place that names the controlled vocabularies (deal kinds and statuses,
confidence, units, period types, bases, calibration items, ...): the rest of the library imports
them from here. The pandera schemas are built on first use, so importing this module imports
neither pandas nor pandera.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandera.pandas as pa

__all__ = [
    "AMOUNT_QUALIFIERS",
    "ASSUMPTION_MODELS",
    "ASSUMPTION_UNITS",
    "BASES",
    "BASES_BY_FIRMNESS",
    "BINDING_STATUSES",
    "CALIBRATION_ITEMS",
    "CALIBRATION_PERIOD_TYPES",
    "COMPANY_KINDS",
    "CONFIDENCE",
    "DATE_PRECISIONS",
    "DEAL_KINDS",
    "DEAL_STATUSES",
    "EVENT_KINDS",
    "FISCAL_YEAR_END_MONTH",
    "LAPSED_STATUSES",
    "LENDER_TYPES",
    "PERIOD_TYPES",
    "STATUSES_BY_FIRMNESS",
    "TABLES",
    "UNITS",
    "DataValidationError",
    "source_ids",
    "table_schema",
]

TABLES: tuple[str, ...] = (
    "sources", "companies", "deals", "macro", "history", "events", "assumptions", "calibration",
)
"""The tables of ``data/`` (one CSV file each), in dependency order."""

DEAL_KINDS: tuple[str, ...] = (
    "equity", "purchase_commitment", "cloud_contract", "chip_purchase", "debt", "bond", "spv",
    "guarantee", "warrants", "lease", "other",
)
"""Kinds of ``deals.csv`` (see ``data/README.md``)."""
DEAL_STATUSES: tuple[str, ...] = ("announced", "signed", "stalled", "superseded", "completed")
"""Statuses of ``deals.csv``."""
LAPSED_STATUSES: tuple[str, ...] = ("stalled", "superseded")
"""Statuses of deals whose money did not, or not in that form, change hands: left out of
totals by default."""
BINDING_STATUSES: tuple[str, ...] = ("signed", "completed")
"""Statuses of deals that bind the parties (signed, or money paid): an announcement does not."""
STATUSES_BY_FIRMNESS: tuple[str, ...] = (
    "completed", "signed", "announced", "superseded", "stalled",
)
""":data:`DEAL_STATUSES` from the firmest (money paid) to the weakest."""
CONFIDENCE: tuple[str, ...] = ("high", "medium", "low")
"""The research's confidence in a row, from the highest."""
AMOUNT_QUALIFIERS: tuple[str, ...] = ("exact", "about", "up_to", "at_least")
"""How a deal's amount was worded: exactly, roughly, at most, at least."""
DATE_PRECISIONS: tuple[str, ...] = ("day", "month", "year")
"""How precisely a date of ``deals.csv`` or ``events.csv`` is known."""
COMPANY_KINDS: tuple[str, ...] = (
    "chipmaker", "hyperscaler", "ai_lab", "neocloud", "cloud_provider", "data_centre_developer",
    "lender", "investor", "asset_manager", "sovereign_fund", "spv", "capital_market", "other",
)
"""Kinds of ``companies.csv``."""
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
BASES_BY_FIRMNESS: tuple[str, ...] = (
    "actual", "estimate", "guidance", "forecast", "target", "scenario",
)
""":data:`BASES` from the firmest (a reported outcome) to the weakest: the basis of a sum of
figures is the weakest of theirs."""
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
ASSUMPTION_MODELS: tuple[str, ...] = ("capital", "scenario")
"""Which models read a row of ``assumptions.csv``: the capital-versus-return models
(:mod:`aifin_lib.capital`, starting values of the dashboards of the introduction and the
chapter on capital and return) or the stagnation scenario (:mod:`aifin_lib.scenario`)."""
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

SLUG = r"^[a-z0-9_]+$"
SLUG_LIST = r"^[a-z0-9_]+(;[a-z0-9_]+)*$"
DEAL_ID_LIST = r"^[A-Z]\d+[a-z]?(;[A-Z]\d+[a-z]?)*$"
ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
DATE_COLUMNS: dict[str, str] = {"deals": "announced", "events": "date"}
"""The date column of a table, parsed as ``YYYY-MM-DD`` before the schema is checked."""


class DataValidationError(ValueError):
    """A data file does not match its schema; the message names file, line and column."""


def source_ids(cell: str) -> list[str]:
    """Split a ``source_id`` cell (or any ``;``-list of ids) into its ids.

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


def _text(*checks: pa.Check, nullable: bool = False, unique: bool = False) -> pa.Column:
    import pandera.pandas as pa

    return pa.Column(str, checks=list(checks), nullable=nullable, unique=unique, coerce=True)


def _vocab(values: tuple[str, ...], nullable: bool = False) -> pa.Column:
    import pandera.pandas as pa

    return _text(pa.Check.isin(values), nullable=nullable)


def _number(*checks: pa.Check, nullable: bool = False) -> pa.Column:
    import pandera.pandas as pa

    return pa.Column(float, checks=list(checks), coerce=True, nullable=nullable)


def _metric_columns() -> dict[str, pa.Column]:
    import pandera.pandas as pa

    return {
        "metric_id": _text(pa.Check.str_matches(SLUG), unique=True),
        "metric": _text(),
        "value": _number(),
        "unit": _vocab(UNITS),
        "period": _text(),
        "period_type": _vocab(PERIOD_TYPES),
        "basis": _vocab(BASES),
        "entity": _text(),
        "note": _text(nullable=True),
        "confidence": _vocab(CONFIDENCE),
        "source_id": _text(pa.Check.str_matches(SLUG_LIST)),
    }


def _sources_columns() -> dict[str, pa.Column]:
    import pandera.pandas as pa

    return {
        "source_id": _text(pa.Check.str_matches(SLUG), unique=True),
        "publisher": _text(),
        "title": _text(),
        "url": _text(pa.Check.str_matches(r"^https?://\S+$")),
        # Empty where the research could not see a publication date.
        "published": _text(pa.Check.str_matches(ISO_DATE), nullable=True),
    }


def _companies_columns() -> dict[str, pa.Column]:
    import pandera.pandas as pa

    return {
        "company_id": _text(pa.Check.str_matches(SLUG), unique=True),
        "name": _text(),
        "kind": _vocab(COMPANY_KINDS),
        "country": _text(pa.Check.str_matches(r"^[A-Z]{2}$"), nullable=True),
        "listed": pa.Column(bool, coerce=True),
        "source_id": _text(pa.Check.str_matches(SLUG_LIST)),
    }


def _deals_columns() -> dict[str, pa.Column]:
    import pandera.pandas as pa

    return {
        "deal_id": _text(pa.Check.str_matches(r"^[A-Z]\d+[a-z]?$"), unique=True),
        "announced": pa.Column("datetime64[ns]", coerce=True),
        "date_precision": _vocab(DATE_PRECISIONS),
        "from_id": _text(),
        "to_id": _text(),
        "kind": _vocab(DEAL_KINDS),
        "amount_usd_bn": _number(pa.Check.gt(0), nullable=True),
        "amount_qualifier": _vocab(AMOUNT_QUALIFIERS, nullable=True),
        "years": _number(pa.Check.gt(0), nullable=True),
        "gigawatts": _number(pa.Check.gt(0), nullable=True),
        "status": _vocab(DEAL_STATUSES),
        "overlaps_with": _text(nullable=True),
        "part_of": _text(pa.Check.str_matches(DEAL_ID_LIST), nullable=True),
        "confidence": _vocab(CONFIDENCE),
        "source_id": _text(pa.Check.str_matches(SLUG_LIST)),
        "note": _text(nullable=True),
    }


def _events_columns() -> dict[str, pa.Column]:
    import pandera.pandas as pa

    return {
        "event_id": _text(pa.Check.str_matches(SLUG), unique=True),
        "date": pa.Column("datetime64[ns]", coerce=True),
        "date_precision": _vocab(DATE_PRECISIONS),
        "entity": _text(),
        "kind": _vocab(EVENT_KINDS),
        "event": _text(pa.Check.str_length(min_value=1)),
        "deal_id": _text(pa.Check.str_matches(DEAL_ID_LIST), nullable=True),
        "metric_id": _text(pa.Check.str_matches(SLUG_LIST), nullable=True),
        "confidence": _vocab(CONFIDENCE),
        "source_id": _text(pa.Check.str_matches(SLUG_LIST)),
    }


def _calibration_columns() -> dict[str, pa.Column]:
    import pandera.pandas as pa

    return {
        "input_id": _text(pa.Check.str_matches(SLUG), unique=True),
        "group": _text(pa.Check.str_matches(SLUG)),
        "firm": _text(pa.Check.str_matches(SLUG)),
        "item": _vocab(tuple(CALIBRATION_ITEMS)),
        "counterparty": _text(pa.Check.str_matches(SLUG), nullable=True),
        "value": _number(),
        "unit": _vocab(ASSUMPTION_UNITS),
        "period_type": _vocab(CALIBRATION_PERIOD_TYPES),
        "period": _text(nullable=True),
        "formula": _text(pa.Check.str_length(min_value=1)),
        "status": _vocab(DEAL_STATUSES, nullable=True),
        "derivation": _text(pa.Check.str_length(min_value=1)),
    }


def _assumptions_columns() -> dict[str, pa.Column]:
    import pandera.pandas as pa

    return {
        "parameter": _text(pa.Check.str_matches(SLUG), unique=True),
        "value": _number(),
        "unit": _vocab(ASSUMPTION_UNITS),
        "model": _vocab(ASSUMPTION_MODELS),
        "rationale": _text(pa.Check.str_length(min_value=1)),
        # Empty where the value has no published basis (a pure assumption).
        "source_id": _text(pa.Check.str_matches(SLUG_LIST), nullable=True),
        # The figure of macro.csv or history.csv the value leans on, if any.
        "metric_id": _text(pa.Check.str_matches(SLUG), nullable=True),
    }


_COLUMNS = {
    "sources": _sources_columns,
    "companies": _companies_columns,
    "deals": _deals_columns,
    "macro": _metric_columns,
    "history": _metric_columns,
    "events": _events_columns,
    "calibration": _calibration_columns,
    "assumptions": _assumptions_columns,
}


@cache
def table_schema(name: str) -> pa.DataFrameSchema:
    """The pandera schema of one table of ``data/``.

    Parameters
    ----------
    name : str
        One of :data:`TABLES`.

    Returns
    -------
    pandera.pandas.DataFrameSchema
        Strict (no other columns): types, controlled vocabularies, unique ids, id formats.

    Raises
    ------
    ValueError
        If ``name`` is not one of :data:`TABLES`.

    Examples
    --------
    >>> list(table_schema("sources").columns)
    ['source_id', 'publisher', 'title', 'url', 'published']
    """
    import pandera.pandas as pa

    if name not in TABLES:
        raise ValueError(f"name must be one of {TABLES}, got {name!r}")
    return pa.DataFrameSchema(_COLUMNS[name](), strict=True)
