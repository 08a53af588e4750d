"""The periods of the figures of ``macro.csv`` and ``history.csv``.

A figure's ``period`` is text in one of a few forms (``2025-Q3``, ``FY2026``,
``2024-09/2025-08``, ...); its ``period_type`` says which forms it may take
(:func:`period_fits`), and :func:`period_range` turns it into calendar months.
"""

from __future__ import annotations

import re

import pandas as pd

from .schema import FISCAL_YEAR_END_MONTH, PERIOD_TYPES

__all__ = ["PERIOD_FORMS", "period_fits", "period_range"]

_DATE = r"\d{4}-\d{2}(?:-\d{2})?"
_POINT = re.compile(r"(?:FY)?\d{4}(?:-(?:Q[1-4]|H[12]))?|\d{4}-\d{2}(?:-\d{2})?")
PERIOD_FORMS: dict[str, str] = {
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
"""The forms of ``period`` each period type allows (as told in an error message)."""


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
