"""Named figures: one row of ``macro.csv`` or ``history.csv`` by its ``metric_id``.

:func:`figure` gives a figure with its period, basis and sources; :func:`metric_value` only its
number. Both read ``macro.csv`` first and ``history.csv`` only for an id that is not there.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import cast

from .loader import shared
from .schema import source_ids

__all__ = ["FIGURE_TABLES", "Figure", "figure", "metric_value"]

FIGURE_TABLES: tuple[str, ...] = ("macro", "history")
"""The tables of named figures, in the order they are searched."""


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
        What the number covers: one of :data:`~aifin_lib.data.PERIOD_TYPES` (e.g.
        ``"quarter"``, ``"twelve_months"``, ``"point_in_time"``).
    basis : str
        One of :data:`~aifin_lib.data.BASES`: ``"actual"``, ``"estimate"``, ``"forecast"``,
        ``"guidance"``, ``"target"`` or ``"scenario"``.
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


def _row(metric_id: str, data_dir: str | Path | None) -> dict[str, object]:
    """The row of a figure as a dict, or KeyError."""
    for table in FIGURE_TABLES:
        frame = shared(table, data_dir)
        rows = frame[frame["metric_id"] == metric_id]
        if len(rows):
            return dict(rows.iloc[0])
    raise KeyError(f"metric_id {metric_id!r} is in neither macro.csv nor history.csv")


def figure(metric_id: str, data_dir: str | Path | None = None) -> Figure:
    """Look up one figure of ``macro.csv`` or ``history.csv`` by its ``metric_id``.

    Parameters
    ----------
    metric_id : str
        The figure's id.
    data_dir : str or Path, optional
        Folder of the CSV files (default: :func:`~aifin_lib.data.data_dir`).

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
    row = _row(metric_id, data_dir)
    ids = tuple(source_ids(str(row["source_id"])))
    sources = shared("sources", data_dir).set_index("source_id")
    return Figure(
        metric_id=metric_id, metric=str(row["metric"]), value=float(str(row["value"])),
        unit=str(row["unit"]), period=str(row["period"]), period_type=str(row["period_type"]),
        basis=str(row["basis"]), entity=str(row["entity"]), source_ids=ids,
        sources=tuple(cast(dict[str, str], {"source_id": s, **sources.loc[s].to_dict()})
                      for s in ids),
    )


def metric_value(metric_id: str, data_dir: str | Path | None = None) -> float:
    """The number of one figure of ``macro.csv`` or ``history.csv``, in its unit.

    Parameters
    ----------
    metric_id : str
        The figure's id.
    data_dir : str or Path, optional
        Folder of the CSV files (default: :func:`~aifin_lib.data.data_dir`).

    Returns
    -------
    float
        The ``value`` cell, in the row's ``unit`` (see :func:`figure` for the unit, period
        and basis; a sentence that states the number uses :func:`aifin_lib.prose.quote`).

    Raises
    ------
    KeyError
        If no row has that id.

    Examples
    --------
    >>> metric_value("sequoia_2024_required_revenue")
    600.0
    """
    return float(str(_row(metric_id, data_dir)["value"]))
