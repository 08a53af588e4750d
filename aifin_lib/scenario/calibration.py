"""The scenario's calibration: every balance-sheet input as a row of ``data/calibration.csv``.

Each row is one number of the network (a firm's cash, its yearly outside cash flow, a debt
tranche and who holds it, a contract's amount, start and term, a cost share, ...) with its
unit, the period type of the figure it comes from, its status, a formula that derives it from
``macro.csv``, ``deals.csv`` or ``assumptions.csv`` (see :mod:`.formula`) and a sentence
saying how. :func:`evaluate_calibration` evaluates every formula with the current data and
assumptions and refuses a derivation that mixes periods: a quarterly flow, or a half-year's,
enters a yearly input only through ``annualise_quarter`` / ``annualise_half``; a stock (cash,
debt) comes from a figure measured at a point in time.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from aifin_lib import data

from .formula import FormulaError, parse

__all__ = [
    "ITEMS",
    "YEARLY_PERIOD_TYPES",
    "CalibrationError",
    "evaluate_calibration",
]

ITEMS: dict[str, tuple[str, str]] = data.CALIBRATION_ITEMS
"""The calibration items: ``item -> (unit, class)`` (:data:`aifin_lib.data.CALIBRATION_ITEMS`)."""

YEARLY_PERIOD_TYPES: frozenset[str] = frozenset(
    {"twelve_months", "fiscal_year", "calendar_year", "run_rate"}
)
"""Period types of a figure that may enter a yearly flow without annualising."""

_MONEY_UNITS = frozenset({"usd_bn", "usd_bn_per_year"})


class CalibrationError(data.DataValidationError):
    """A calibration row is inconsistent with its sources; the message names file, line, column."""


@dataclass(frozen=True)
class _Sources:
    macro: pd.DataFrame
    deals: pd.DataFrame
    assumptions: Mapping[str, float]


def _where(line: int, column: str) -> str:
    return f"{data.data_dir() / 'calibration.csv'}: line {line}, column {column!r}"


def _term_value(term: Any, src: _Sources, where: str) -> tuple[float, str | None, str | None]:
    """Value of a term, and for a figure's value its period type and unit (else ``None``)."""
    if term.kind == "metric":
        if term.key not in src.macro.index:
            raise CalibrationError(f"{where}: unknown metric {term.key!r} (not in macro.csv "
                                   "or history.csv)")
        row = src.macro.loc[term.key]
        if term.field == "year":
            period = str(row["period"])
            if not re.fullmatch(r"\d{4}", period):
                raise CalibrationError(f"{where}: metric {term.key} has the period {period!r}, "
                                       "not a single calendar year")
            return float(period), None, None
        return float(row["value"]), str(row["period_type"]), str(row["unit"])
    if term.kind == "deal":
        if term.key not in src.deals.index:
            raise CalibrationError(f"{where}: unknown deal {term.key!r} (not in deals.csv)")
        if term.field == "year":
            return float(pd.Timestamp(src.deals.loc[term.key, "announced"]).year), None, None
        value = src.deals.loc[term.key, "amount_usd_bn" if term.field == "value" else "years"]
        if pd.isna(value):
            what = "amount" if term.field == "value" else "term (years)"
            raise CalibrationError(f"{where}: deal {term.key} has no {what} in deals.csv")
        return float(value), None, None
    if term.key not in src.assumptions:
        raise CalibrationError(f"{where}: unknown assumption {term.key!r} (not in "
                               "assumptions.csv)")
    return float(src.assumptions[term.key]), None, None


_SUB_YEAR = {"quarter", "half_year"}
_FLOWS = YEARLY_PERIOD_TYPES | _SUB_YEAR
_REFUSED: dict[str, frozenset[str]] = {
    # a stock (cash, debt) is measured at a date: never a flow over a period
    "stock": frozenset(_FLOWS),
    # a yearly flow is never a stock, nor a sum over several years
    "flow": frozenset({"point_in_time", "multi_year"}),
    # an amount to spread over a term: a deal, a stock or a sum over a span, not a quarter
    "total": frozenset(_SUB_YEAR),
    "number": frozenset(),
}


def _check_periods(item: str, periods: list[tuple[Any, str | None, str | None]],
                   declared: str, line: int) -> None:
    """Refuse a derivation whose periods do not fit the item (see the module docstring)."""
    unit, klass = ITEMS[item]
    where = _where(line, "formula")
    money_periods = []
    for term, period, metric_unit in periods:
        if term.kind != "metric" or period is None:
            continue
        if metric_unit not in _MONEY_UNITS:
            if term.annualised is not None:
                raise CalibrationError(f"{where}: metric {term.key} is in {metric_unit}, not a "
                                       "flow of money; nothing to annualise")
            continue  # a share, a ratio or a count: its period does not scale the value
        money_periods.append(period)
        if term.annualised is not None:
            if klass != "flow":
                raise CalibrationError(f"{where}: {item} is not a yearly flow; nothing to "
                                       "annualise")
            if period != term.annualised:
                raise CalibrationError(
                    f"{where}: metric {term.key} is a {period} figure but is annualised as "
                    f"a {term.annualised}"
                )
            continue
        if klass == "flow" and period in _SUB_YEAR:
            raise CalibrationError(
                f"{where}: {item} is a yearly flow, but metric {term.key} is a {period} "
                "figure; annualise it explicitly (annualise_quarter / annualise_half) or use "
                f"a figure of one of {sorted(YEARLY_PERIOD_TYPES)}"
            )
        if period in _REFUSED[klass]:
            kind = {"stock": "a stock measured at a point in time", "flow": "a yearly flow",
                    "total": "an amount to spread over a term"}[klass]
            raise CalibrationError(
                f"{where}: {item} ({unit}) is {kind}, but metric {term.key} is a {period} "
                "figure"
            )
    if money_periods:
        if declared not in money_periods:
            raise CalibrationError(
                f"{_where(line, 'period_type')}: {declared!r} is not the period type of the "
                f"figures it comes from ({sorted(set(money_periods))})"
            )
    else:
        kinds = {term.kind for term, _, _ in periods}
        expected = "deal" if "deal" in kinds else ("metric" if "metric" in kinds
                                                     else "assumption")
        if declared != expected:
            raise CalibrationError(
                f"{_where(line, 'period_type')}: a row derived without money figures of "
                f"macro.csv has period type {expected!r}, got {declared!r}"
            )


def evaluate_calibration(
    table: pd.DataFrame | None = None, assumptions: Mapping[str, float] | None = None
) -> pd.DataFrame:
    """Evaluate every row of the calibration table against the data and the assumptions.

    Parameters
    ----------
    table : pandas.DataFrame, optional
        Rows of ``data/calibration.csv`` (default: :func:`aifin_lib.data.load`
        ``("calibration")``), in any order.
    assumptions : mapping, optional
        ``{parameter: value}`` (default: ``assumptions.csv``); overrides propagate into every
        formula that uses them.

    Returns
    -------
    pandas.DataFrame
        The table with ``value`` replaced by the evaluated formula (units as in ``unit``),
        the stored value kept as ``stored_value``, and ``basis`` (``"data"`` when every term
        is a figure or a deal, ``"assumption"`` when any term is an assumption) and
        ``references`` (the terms, ``;``-separated).

    Raises
    ------
    CalibrationError
        If a formula is malformed, names an unknown id, reads a deal without an amount, or
        mixes periods (see the module docstring); the message names the file, line and
        column.
    """
    if table is None:
        table = data.load("calibration")
    if assumptions is None:
        from .assumptions import load_assumptions

        assumptions = load_assumptions()
    macro = pd.concat([data.load("macro"), data.load("history")]).set_index("metric_id")
    src = _Sources(macro, data.load("deals").set_index("deal_id"), assumptions)
    values, basis, refs = [], [], []
    for position, (index, row) in enumerate(table.iterrows()):
        line = int(index) + 2 if isinstance(index, (int, np.integer)) else position + 2
        item = str(row["item"])
        if item not in ITEMS:
            raise CalibrationError(f"{_where(line, 'item')}: unknown item {item!r}; expected one "
                                   f"of {sorted(ITEMS)}")
        if str(row["unit"]) != ITEMS[item][0]:
            raise CalibrationError(f"{_where(line, 'unit')}: {item} is measured in "
                                   f"{ITEMS[item][0]}, got {row['unit']!r}")
        try:
            formula = parse(str(row["formula"]))
        except FormulaError as exc:
            raise CalibrationError(f"{_where(line, 'formula')}: {exc}") from None
        where = _where(line, "formula")
        looked_up = [(t, *_term_value(t, src, where)) for t in formula.terms]
        _check_periods(item, [(t, period, unit) for t, _, period, unit in looked_up],
                       str(row["period_type"]), line)
        numbers = {t.ref: value for t, value, _, _ in looked_up}
        try:
            value = formula.evaluate(numbers)
        except FormulaError as exc:
            raise CalibrationError(f"{where}: {exc}") from None
        if not np.isfinite(value):
            raise CalibrationError(f"{where}: evaluates to {value}")
        values.append(value)
        basis.append("assumption" if any(t.kind == "assumption" for t in formula.terms)
                     else "data")
        refs.append("; ".join(dict.fromkeys(t.ref for t in formula.terms)))
    out = table.copy()
    out["stored_value"] = out["value"].astype(float)
    out["value"] = values
    out["basis"] = basis
    out["references"] = refs
    return out


def write_stored_values(path: str | None = None) -> int:
    """Write the evaluated value of every row into ``calibration.csv`` (for maintainers).

    Run after a change of ``macro.csv``, ``deals.csv`` or ``assumptions.csv`` that a
    calibration formula reads (``python -m aifin_lib.scenario.calibration``); the tests check
    that the stored values equal the formulas.

    Parameters
    ----------
    path : str, optional
        The file (default ``data/calibration.csv``).

    Returns
    -------
    int
        Number of rows whose stored value changed.
    """
    import csv
    from pathlib import Path

    target = Path(path) if path is not None else data.data_dir() / "calibration.csv"
    evaluated = evaluate_calibration(data.load("calibration"))
    values = dict(zip(evaluated["input_id"], evaluated["value"], strict=True))
    with target.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    changed = 0
    for row in rows:
        new = f"{values[row['input_id']]:.10g}"
        changed += new != row["value"]
        row["value"] = new
    with target.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return changed


if __name__ == "__main__":
    print(f"{write_stored_values()} stored values updated")
