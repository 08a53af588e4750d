"""The scenario's assumptions (``data/assumptions.csv``): values chosen where no figure exists."""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from aifin_lib import data

__all__ = ["load_assumptions"]


def _number(name: str, value: Any) -> float:
    if isinstance(value, bool):
        raise ValueError(f"assumption {name!r} must be a number, got {value!r}")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"assumption {name!r} must be a number, got {value!r}") from None
    if not np.isfinite(number):
        raise ValueError(f"assumption {name!r} must be finite, got {number}")
    return number


def _check_by_unit(name: str, value: float, unit: str) -> None:
    if unit == "fraction" and not 0.0 <= value <= 1.0:
        raise ValueError(f"assumption {name!r} must be a fraction in [0, 1], got {value}")
    if unit == "years" and value <= 0:
        raise ValueError(f"assumption {name!r} must be a length in years > 0, got {value}")
    if unit == "year" and value != round(value):
        raise ValueError(f"assumption {name!r} must be a whole calendar year, got {value}")
    if unit == "ratio" and value < 0:
        raise ValueError(f"assumption {name!r} must be a ratio >= 0, got {value}")
    if unit == "rate_per_year" and value <= -1:
        raise ValueError(
            f"assumption {name!r} must be a rate > -1 (a fall of less than 100% a year), "
            f"got {value}"
        )


def load_assumptions(assumptions: Any = None) -> types.MappingProxyType:
    """The scenario's assumptions as a read-only mapping ``parameter -> value``.

    Parameters
    ----------
    assumptions : None, pandas.DataFrame or mapping, optional
        ``None``: the scenario's rows of ``data/assumptions.csv`` (``model`` is
        ``scenario``). A DataFrame with columns
        ``parameter`` and ``value`` replaces the table. A mapping ``{parameter: value}``
        overrides single values of the table.

    Returns
    -------
    types.MappingProxyType
        ``{parameter: float}``, in the units of the table's ``unit`` column (fractions, not
        percents; USD billions; years).

    Raises
    ------
    ValueError
        If a parameter is unknown (an override that names no row of the table) or missing,
        a value is not a finite number, breaks the rule of its unit (a ``fraction`` outside
        ``[0, 1]``, ``years`` not positive, a ``year`` not whole, a ``ratio`` below 0, a
        ``rate_per_year`` of -1 or less), or a ``<name>_low`` bound exceeds its
        ``<name>_high`` bound.
    TypeError
        If ``assumptions`` is of another type.

    Examples
    --------
    >>> a = load_assumptions({"stagnation_growth": 0.0})
    >>> a["stagnation_growth"], a["scenario_start_year"]
    (0.0, 2026.0)
    >>> load_assumptions({"stagnation_growth": "fast"})
    Traceback (most recent call last):
    ...
    ValueError: assumption 'stagnation_growth' must be a number, got 'fast'
    """
    table = data.load("assumptions")
    table = table[table["model"] == "scenario"]  # the capital models' rows are not the scenario's
    units = dict(zip(table["parameter"], table["unit"], strict=True))
    base = dict(zip(table["parameter"], table["value"].astype(float), strict=True))
    if assumptions is None:
        values: dict[str, Any] = dict(base)
    elif isinstance(assumptions, pd.DataFrame):
        missing = {"parameter", "value"} - set(assumptions.columns)
        if missing:
            raise ValueError(
                f"assumptions must have columns 'parameter' and 'value', missing {sorted(missing)}"
            )
        values = dict(zip(assumptions["parameter"], assumptions["value"], strict=True))
        absent = sorted(set(base) - set(values))
        if absent:
            raise ValueError(f"assumptions lacks the parameters {absent}")
    elif isinstance(assumptions, Mapping):
        unknown = sorted(set(assumptions) - set(base))
        if unknown:
            raise ValueError(
                f"assumptions: unknown parameter(s) {unknown}; known are the rows of "
                "data/assumptions.csv"
            )
        values = {**base, **assumptions}
    else:
        raise TypeError(
            f"assumptions must be None, a DataFrame or a mapping, got {type(assumptions).__name__}"
        )
    out = {str(name): _number(str(name), value) for name, value in values.items()}
    for name, value in out.items():
        _check_by_unit(name, value, units.get(name, ""))
    for name in out:
        if name.endswith("_low"):
            stem = name[: -len("_low")]
            if f"{stem}_high" in out and out[name] > out[f"{stem}_high"]:
                raise ValueError(f"assumption {stem}_low must not exceed {stem}_high")
    return types.MappingProxyType(out)
