"""The curated data set in ``data/``: loading, the one vocabulary, deals, figures, assumptions.

Every table is read as a typed DataFrame and checked against a schema (pandera): unique ids,
controlled vocabularies, positive amounts, ISO dates, and foreign keys (every ``source_id``
is in ``sources.csv``, every party of a deal is in ``companies.csv``, every ``overlaps_with``
names a deal, every deal or figure an event names exists). The period of every figure is
explicit: ``period_type`` says what the number covers (a quarter, twelve months, a stock at a
date, ...) and must agree with the ``period`` text (:func:`period_fits`); ``basis`` says
whether it is an actual, an estimate, a forecast, guidance, a target or a scenario result.
A malformed file raises :class:`DataValidationError` naming the file, the line and the column.

Nothing is read at import: a table is read by the first call that needs it
(:mod:`~aifin_lib.data.loader`), from :func:`data_dir` (set it with :func:`set_data_dir` or the
environment variable ``AIFIN_DATA_DIR``).

Modules:

- :mod:`~aifin_lib.data.loader`: where the tables are, reading, validation, caching
  (:func:`load`);
- :mod:`~aifin_lib.data.schema`: the vocabularies and the schema of every table;
- :mod:`~aifin_lib.data.periods`: the forms of a figure's period;
- :mod:`~aifin_lib.data.deals`: the one rule that counts every dollar of ``deals.csv`` once
  (:func:`resolve_deals`, :func:`deals_deduplicated`);
- :mod:`~aifin_lib.data.series`: named figures (:func:`figure`, :func:`metric_value`);
- :mod:`~aifin_lib.data.assumptions`: the rows of ``assumptions.csv`` (:func:`assumption`).

Several deals describe the same money (``overlaps_with``) and some stalled or were superseded,
so summing ``deals.csv`` double counts. :func:`deals_deduplicated` gives one row per group of
overlapping deals; use it (or :mod:`aifin_lib.circular`) for totals.
"""

from __future__ import annotations

from typing import Any

from .assumptions import Assumption, assumption
from .deals import OVERLAP_PRIORITIES, deals_deduplicated, overlap_groups, resolve_deals
from .loader import DATA_DIR, DATA_DIR_ENV, REFERENCES, check_all, data_dir, load, set_data_dir
from .periods import PERIOD_FORMS, period_fits, period_range
from .schema import (
    AMOUNT_QUALIFIERS,
    ASSUMPTION_MODELS,
    ASSUMPTION_UNITS,
    BASES,
    BASES_BY_FIRMNESS,
    BINDING_STATUSES,
    CALIBRATION_ITEMS,
    CALIBRATION_PERIOD_TYPES,
    COMPANY_KINDS,
    CONFIDENCE,
    DATE_PRECISIONS,
    DEAL_KINDS,
    DEAL_STATUSES,
    EVENT_KINDS,
    FISCAL_YEAR_END_MONTH,
    LAPSED_STATUSES,
    LENDER_TYPES,
    PERIOD_TYPES,
    STATUSES_BY_FIRMNESS,
    TABLES,
    UNITS,
    DataValidationError,
    source_ids,
    table_schema,
)
from .series import Figure, figure, metric_value

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
    "DATA_DIR",
    "DATA_DIR_ENV",
    "DATE_PRECISIONS",
    "DEAL_KINDS",
    "DEAL_STATUSES",
    "EVENT_KINDS",
    "FISCAL_YEAR_END_MONTH",
    "LAPSED_STATUSES",
    "LENDER_TYPES",
    "OVERLAP_PRIORITIES",
    "PERIOD_FORMS",
    "PERIOD_TYPES",
    "REFERENCES",
    "STATUSES_BY_FIRMNESS",
    "TABLES",
    "UNITS",
    "Assumption",
    "DataValidationError",
    "Figure",
    "assumption",
    "check_all",
    "data_dir",
    "deals_deduplicated",
    "figure",
    "load",
    "metric_value",
    "overlap_groups",
    "period_fits",
    "period_range",
    "resolve_deals",
    "set_data_dir",
    "source_ids",
    "table_schema",
]


def __getattr__(name: str) -> Any:
    if name == "SCHEMAS":  # the former dict of every schema; built when asked for
        return {table: table_schema(table) for table in TABLES}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
