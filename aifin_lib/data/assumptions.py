"""Assumptions: numbers chosen by the authors where no source publishes one.

Every assumption of the book is a row of ``data/assumptions.csv`` (value, unit, the model that
reads it, the reason, and the sources or figure it leans on); :func:`assumption` gives one row as
a typed record. No module holds an assumed value of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .loader import shared
from .schema import source_ids

__all__ = ["Assumption", "assumption"]


@dataclass(frozen=True)
class Assumption:
    """One row of ``data/assumptions.csv``.

    Attributes
    ----------
    parameter : str
        The row's id.
    value : float
        The assumed number, in ``unit``.
    unit : str
        One of :data:`~aifin_lib.data.ASSUMPTION_UNITS` (fractions, not percents).
    model : str
        The models that read it, one of :data:`~aifin_lib.data.ASSUMPTION_MODELS`.
    rationale : str
        Why this value was chosen.
    source_ids : tuple of str
        Ids in ``sources.csv`` of the published figures the rationale names (may be empty).
    metric_id : str or None
        The figure of ``macro.csv`` or ``history.csv`` the value leans on, if any.
    """

    parameter: str
    value: float
    unit: str
    model: str
    rationale: str
    source_ids: tuple[str, ...] = ()
    metric_id: str | None = None

    @property
    def name(self) -> str:
        """The parameter (the record's former name for it)."""
        return self.parameter

    @property
    def reason(self) -> str:
        """The rationale (the record's former name for it)."""
        return self.rationale


def assumption(parameter: str, data_dir: str | Path | None = None) -> Assumption:
    """One assumption of ``data/assumptions.csv``.

    Parameters
    ----------
    parameter : str
        The row's ``parameter``.
    data_dir : str or Path, optional
        Folder of the CSV files (default: :func:`~aifin_lib.data.data_dir`).

    Returns
    -------
    Assumption

    Raises
    ------
    KeyError
        If no row has that parameter.

    Examples
    --------
    >>> a = assumption("capex_debt_share")
    >>> a.value, a.unit, a.model, a.metric_id
    (0.5, 'fraction', 'capital', 'boe_2025_ai_infra_external_share')
    """
    table = shared("assumptions", data_dir)
    rows = table[table["parameter"] == parameter]
    if rows.empty:
        raise KeyError(f"parameter {parameter!r} is not a row of assumptions.csv")
    row = rows.iloc[0]
    sources = row["source_id"]
    metric = row["metric_id"]
    return Assumption(
        parameter=parameter,
        value=float(row["value"]),
        unit=str(row["unit"]),
        model=str(row["model"]),
        rationale=str(row["rationale"]),
        source_ids=tuple(source_ids(sources)) if pd.notna(sources) else (),
        metric_id=str(metric) if pd.notna(metric) else None,
    )
