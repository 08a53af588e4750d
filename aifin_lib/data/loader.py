"""Reading the curated tables of ``data/``: where they are, validation, caching.

A table is read on the first call that needs it, checked against its schema
(:mod:`~aifin_lib.data.schema`) and against the tables it refers to (every ``source_id`` is in
``sources.csv``, every party of a deal in ``companies.csv``, ...), and kept for the next call
until its file changes. Only those files are read: a malformed ``events.csv`` breaks the calls
that read events, not those that read deals. A malformed file raises
:class:`~aifin_lib.data.schema.DataValidationError` naming the file, the line and the column.

Where the tables are: :func:`set_data_dir` if it was called, else the folder named by the
environment variable ``AIFIN_DATA_DIR``, else the repository's ``data/`` next to the package
(:data:`DATA_DIR`). A library installed without the repository (from a wheel) has no
``data/``: the error then says where it looked and how to point it at the data.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .periods import PERIOD_FORMS, period_fits
from .schema import (
    DATE_COLUMNS,
    LENDER_TYPES,
    TABLES,
    DataValidationError,
    source_ids,
    table_schema,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "DATA_DIR",
    "DATA_DIR_ENV",
    "REFERENCES",
    "check_all",
    "data_dir",
    "load",
    "set_data_dir",
]

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
"""The repository's folder of curated CSV files (the default of :func:`data_dir`)."""
DATA_DIR_ENV = "AIFIN_DATA_DIR"
"""Environment variable naming another folder of the curated CSV files."""

REFERENCES: dict[str, tuple[str, ...]] = {
    "sources": (),
    "companies": ("sources",),
    "deals": ("sources", "companies"),
    "macro": ("sources",),
    "history": ("sources",),
    "events": ("sources", "deals", "macro", "history"),
    "assumptions": ("sources", "macro", "history"),
    "calibration": ("companies",),
}
"""The tables each table refers to (foreign keys): reading a table reads these too."""

_CHOSEN: list[Path] = []
_CHECKED: set[tuple[object, ...]] = set()


def set_data_dir(path: str | Path | None) -> None:
    """Read the tables from another folder, for the rest of the process.

    Parameters
    ----------
    path : str, Path or None
        A folder holding the CSV files of ``data/`` (e.g. the ``data/`` folder of a clone of
        the repository); ``None`` goes back to the default (``AIFIN_DATA_DIR`` or
        :data:`DATA_DIR`).

    Examples
    --------
    >>> set_data_dir(DATA_DIR); data_dir() == DATA_DIR
    True
    >>> set_data_dir(None)
    """
    _CHOSEN.clear()
    if path is not None:
        _CHOSEN.append(Path(path).expanduser().resolve())


def _where() -> tuple[Path, str]:
    """The folder of the tables and what chose it."""
    if _CHOSEN:
        return _CHOSEN[0], "set by aifin_lib.data.set_data_dir()"
    named = os.environ.get(DATA_DIR_ENV, "").strip()
    if named:
        why = f"named by the environment variable {DATA_DIR_ENV}"
        return Path(named).expanduser().resolve(), why
    return DATA_DIR, "the default: the repository's data/ folder next to the aifin_lib package"


def data_dir() -> Path:
    """The folder the tables are read from (see the module docstring for the order).

    Returns
    -------
    pathlib.Path
        An absolute path; it need not exist (:func:`load` says so when it does not).
    """
    return _where()[0]


def _folder(data_dir: str | Path | None) -> Path:
    """The folder of a call, checked to exist."""
    if data_dir is not None:
        folder, why = Path(data_dir).expanduser().resolve(), "passed as data_dir"
    else:
        folder, why = _where()
    if not folder.is_dir():
        raise FileNotFoundError(
            f"the data folder {folder} ({why}) does not exist. The curated CSV files are the "
            "data/ folder of the aifin repository; a library installed without the "
            f"repository does not include them. Point it at them with the environment "
            f"variable {DATA_DIR_ENV}=/path/to/aifin/data, or call "
            "aifin_lib.data.set_data_dir('/path/to/aifin/data')."
        )
    return folder


def _line(index: object) -> str:
    """CSV line number of a DataFrame row (line 1 is the header)."""
    if isinstance(index, int | np.integer):
        return f"line {int(index) + 2}"
    if isinstance(index, float) and index.is_integer():
        return f"line {int(index) + 2}"
    return "whole column"


def fail(path: Path, problems: list[str]) -> DataValidationError:
    """The error for a file with problems (at most ten listed).

    Parameters
    ----------
    path : pathlib.Path
        The file.
    problems : list of str
        One text per problem, each naming the line and the column.

    Returns
    -------
    DataValidationError
    """
    shown = problems[:10]
    more = f"\n  ... and {len(problems) - 10} more" if len(problems) > 10 else ""
    return DataValidationError(f"{path}: invalid data\n  " + "\n  ".join(shown) + more)


def _parse_dates(name: str, path: Path, frame: pd.DataFrame) -> None:
    import pandas as pd

    column = DATE_COLUMNS.get(name)
    if column not in frame:
        return
    parsed = pd.to_datetime(frame[column], format="%Y-%m-%d", errors="coerce")
    bad = frame.index[parsed.isna()]
    if len(bad):
        raise fail(path, [
            f"{_line(i)}, column {column!r}: expected an ISO date YYYY-MM-DD, "
            f"got {frame.loc[i, column]!r}" for i in bad
        ])
    frame[column] = parsed


def _parse_flags(name: str, path: Path, frame: pd.DataFrame) -> None:
    if name != "companies" or "listed" not in frame:
        return
    lowered = frame["listed"].str.lower()
    bad = frame.index[~lowered.isin(["true", "false"])]
    if len(bad):
        raise fail(path, [
            f"{_line(i)}, column 'listed': expected true or false, "
            f"got {frame.loc[i, 'listed']!r}" for i in bad
        ])
    frame["listed"] = lowered == "true"


def _check_schema(name: str, path: Path, frame: pd.DataFrame) -> pd.DataFrame:
    import pandas as pd
    import pandera.pandas as pa

    try:
        return table_schema(name).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        problems = []
        for _, case in errors.failure_cases.iterrows():
            column = case["column"] if pd.notna(case["column"]) else case["failure_case"]
            index = case["index"]
            where = _line(index) if pd.notna(index) else "header"
            problems.append(
                f"{where}, column {column!r}: failed {case['check']} "
                f"(got {case['failure_case']!r})"
            )
        raise fail(path, problems) from None


def _check_periods(name: str, path: Path, frame: pd.DataFrame) -> None:
    if name not in ("macro", "history"):
        return
    problems = [
        f"{_line(i)}, column 'period': {period!r} does not fit period_type "
        f"{kind!r} (expected {PERIOD_FORMS[kind]})"
        for i, period, kind in zip(frame.index, frame["period"], frame["period_type"],
                                   strict=True)
        if not period_fits(period, kind)
    ]
    if problems:
        raise fail(path, problems)


@lru_cache(maxsize=64)
def _validated(name: str, path: Path, stamp: tuple[int, int]) -> pd.DataFrame:
    """One CSV read and checked against its schema (cached while the file is unchanged)."""
    import pandas as pd

    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    _parse_dates(name, path, frame)
    _parse_flags(name, path, frame)
    frame = _check_schema(name, path, frame)
    _check_periods(name, path, frame)
    return frame


def _stamp(name: str, path: Path) -> tuple[int, int]:
    try:
        status = path.stat()
    except FileNotFoundError:
        raise FileNotFoundError(f"data table {name!r} not found at {path}") from None
    return status.st_mtime_ns, status.st_size


def _table(name: str, folder: Path) -> tuple[pd.DataFrame, tuple[int, int]]:
    """One table checked against its schema (not yet against the tables it refers to), and
    the stamp (modification time, size) of its file."""
    path = folder / f"{name}.csv"
    stamp = _stamp(name, path)
    return _validated(name, path, stamp), stamp


def _unknown_refs(frame: pd.DataFrame, column: str, known: set[str], what: str,
                  where: str) -> list[str]:
    """Problems of a ``;``-list column whose ids must be in ``known``."""
    import pandas as pd

    return [
        f"{_line(i)}, column {column!r}: unknown {what} {ref!r} (not in {where})"
        for i, cell in frame[column].items()
        if pd.notna(cell)
        for ref in source_ids(cell)
        if ref not in known
    ]


def _deal_link_problems(deals: pd.DataFrame, companies: set[str]) -> list[str]:
    """Parties of every deal, and the rules between its columns and rows
    (:func:`aifin_lib.data.deals.deal_row_problems`)."""
    from .deals import deal_row_problems

    problems = [
        f"{_line(i)}, column {column!r}: unknown company {party!r} (not in companies.csv)"
        for column in ("from_id", "to_id")
        for i, party in deals[column].items()
        if party not in companies
    ]
    problems += [f"{_line(i)}, column {column!r}: {text}"
                 for i, column, text in deal_row_problems(deals)]
    return sorted(problems, key=_line_number)


def _line_number(problem: str) -> int:
    """The line a problem text names (``line 7, ...``), for listing problems in file order."""
    head = problem.split(",")[0]
    return int(head.split()[1]) if head.startswith("line ") else 0


def _reference_problems(name: str, frame: pd.DataFrame,
                        refs: dict[str, pd.DataFrame]) -> list[str]:
    """Every foreign key of ``frame`` that names no row of the table it refers to."""
    problems = []
    if "sources" in refs:
        known = set(refs["sources"]["source_id"])
        problems += _unknown_refs(frame, "source_id", known, "source", "sources.csv")
    metrics = (set(refs["macro"]["metric_id"]) | set(refs["history"]["metric_id"])
               if "macro" in refs else set())
    if name == "deals":
        problems += _deal_link_problems(frame, set(refs["companies"]["company_id"]))
    elif name == "events":
        problems += _unknown_refs(frame, "deal_id", set(refs["deals"]["deal_id"]), "deal",
                                  "deals.csv")
        problems += _unknown_refs(frame, "metric_id", metrics, "figure",
                                  "macro.csv or history.csv")
    elif name == "assumptions":
        problems += _unknown_refs(frame, "metric_id", metrics, "figure",
                                  "macro.csv or history.csv")
    elif name == "calibration":
        companies = set(refs["companies"]["company_id"])
        parties = {"firm": companies, "counterparty": companies | set(LENDER_TYPES)}
        for column, known in parties.items():
            what = "party" if column == "firm" else "party (nor a lender type)"
            problems += _unknown_refs(frame, column, known, what, "companies.csv")
    return problems


def _frame(name: str, folder: Path) -> pd.DataFrame:
    """One table checked against its schema and the tables it refers to (shared, not a copy)."""
    frame, stamp = _table(name, folder)
    read = {other: _table(other, folder) for other in REFERENCES[name]}
    refs = {other: table for other, (table, _) in read.items()}
    key = (name, folder, stamp, *(read[other][1] for other in REFERENCES[name]))
    if key not in _CHECKED:
        problems = _reference_problems(name, frame, refs)
        if problems:
            raise fail(folder / f"{name}.csv", problems)
        _CHECKED.add(key)
    return frame


def load(name: str, data_dir: str | Path | None = None) -> pd.DataFrame:
    """Load one curated table as a validated, typed DataFrame.

    Parameters
    ----------
    name : {"sources", "companies", "deals", "macro", "history", "events", "assumptions", \
"calibration"}
        The table.
    data_dir : str or Path, optional
        Folder holding the CSV files (default: :func:`data_dir`). The tables this one refers
        to (:data:`REFERENCES`) are read from it too, so its foreign keys are checked.

    Returns
    -------
    pandas.DataFrame
        A fresh copy (safe to modify). Amounts are floats in USD billions; ``announced``
        (deals) and ``date`` (events) are ``datetime64``; empty cells are missing values.

    Raises
    ------
    ValueError
        If ``name`` is not a known table.
    FileNotFoundError
        If the folder or a file it needs is missing (the message says where it looked).
    DataValidationError
        If the table or one it refers to is malformed; the message names the file, the line
        and the column.

    Examples
    --------
    >>> deals = load("deals")
    >>> deals["deal_id"].is_unique
    True
    """
    if name not in TABLES:
        raise ValueError(f"name must be one of {TABLES}, got {name!r}")
    return _frame(name, _folder(data_dir)).copy()


def shared(name: str, data_dir: str | Path | None = None) -> pd.DataFrame:
    """The cached table itself, for read-only use inside the library (see :func:`load`).

    Parameters
    ----------
    name : str
        One of :data:`~aifin_lib.data.schema.TABLES`.
    data_dir : str or Path, optional
        As in :func:`load`.

    Returns
    -------
    pandas.DataFrame
        Not a copy: callers must not modify it.
    """
    if name not in TABLES:
        raise ValueError(f"name must be one of {TABLES}, got {name!r}")
    return _frame(name, _folder(data_dir))


def check_all(data_dir: str | Path | None = None) -> None:
    """Read and check every table of a data folder.

    Parameters
    ----------
    data_dir : str or Path, optional
        As in :func:`load`.

    Raises
    ------
    FileNotFoundError, DataValidationError
        As :func:`load`, for the first table that fails.

    Examples
    --------
    >>> check_all()
    """
    folder = _folder(data_dir)
    for name in TABLES:
        _frame(name, folder)
