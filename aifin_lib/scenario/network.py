"""The stylised balance sheets of the AI network, built from the calibration table."""

from __future__ import annotations

import types
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from aifin_lib import data

from .assumptions import load_assumptions
from .calibration import evaluate_calibration

__all__ = ["LENDERS", "ScenarioNetwork", "build_network"]

LENDERS: tuple[str, ...] = data.LENDER_TYPES
"""Lender types, also the ids of the lender nodes (the ``counterparty`` of debt rows)."""

_INCLUDED_STATUSES = frozenset(data.BINDING_STATUSES)


@dataclass(frozen=True, eq=False)
class ScenarioNetwork:
    """Stylised balance sheets of the AI network, year by year.

    Attributes
    ----------
    firms : tuple of str
        Node ids: the operating firms (company ids of ``companies.csv``, in the order of the
        calibration table), then the lender nodes :data:`LENDERS`.
    kinds : tuple of str
        Company kind of each node (``"lender"`` for the lender nodes).
    years : tuple of int
        Calendar years cleared.
    contracts : numpy.ndarray
        Shape ``(T, n, n)``: contract and lease payments due from ``i`` to ``j`` in year
        ``t``, USD billions.
    debt_service : numpy.ndarray
        Shape ``(T, n, n)``: interest plus principal falling due from firm ``i`` to lender
        node ``j`` in year ``t``, USD billions, assuming nobody has defaulted.
    interest : numpy.ndarray
        Shape ``(T, n)``: the interest part of each firm's debt service, USD billions.
    principal_by_lender : numpy.ndarray
        Shape ``(T + 1, n, 3)``: principal outstanding at the start of each year (row ``T``:
        after the last year) by lender type, USD billions.
    debt : numpy.ndarray
        Shape ``(n,)``: debt principal at the start, USD billions.
    build_out_debt : numpy.ndarray
        Shape ``(n,)``: the part of ``debt`` that financed the AI build-out (each tranche's
        ``build_out_share``, 1 unless the calibration says otherwise), USD billions.
    lender_shares : numpy.ndarray
        Shape ``(n, 3)``: fraction of each firm's starting debt held by each lender type
        (rows sum to 1 for indebted firms, 0 otherwise).
    external_cash_flow : numpy.ndarray
        Shape ``(n,)``: yearly cash flow from business outside the network, available for
        the firm's obligations, USD billions per year (the AI lab's revenue is separate).
    fixed_costs : numpy.ndarray
        Shape ``(T, n)``: cash costs owed outside the network that come first (e.g. rent
        under leases not yet commenced), USD billions per year.
    initial_cash : numpy.ndarray
        Shape ``(n,)``: cash at the start of the first year, USD billions.
    infrastructure_value : numpy.ndarray
        Shape ``(n,)``: cost of the infrastructure a firm's debt financed, USD billions.
    running_cost_share : numpy.ndarray
        Shape ``(n,)``: a provider's cash running costs as a share of the contract revenue due
        to it from customers that are still paying, fraction (0 for other firms).
    ai_lab : int
        Index of the AI lab.
    revenue_start : float
        The lab's revenue level in the year before the first year (its run-rate), USD
        billions per year.
    base_growth : float
        Yearly growth of the projected path (run-rate to the target), fraction.
    first_year_funding : float
        New money the lab receives in the first year (the funding round of that year), USD
        billions; from the second year the funding rule of the assumptions applies.
    round_tripped_funding : float
        The part of the lab's first-year money that came from its own suppliers, USD billions
        (0 if the calibration has no such row).
    other_cost_share : float
        The lab's cash costs other than its contracts in the network, share of revenue.
    assumptions : types.MappingProxyType
        The assumptions used.
    inputs : pandas.DataFrame
        The calibration rows used, evaluated (see
        :func:`~aifin_lib.scenario.calibration.evaluate_calibration`).
    excluded : pandas.DataFrame
        Calibration rows left out because their deal is only announced (not drawn or
        signed), unless ``include_announced`` was set.
    """

    firms: tuple[str, ...]
    kinds: tuple[str, ...]
    years: tuple[int, ...]
    contracts: np.ndarray
    debt_service: np.ndarray
    interest: np.ndarray
    principal_by_lender: np.ndarray
    debt: np.ndarray
    build_out_debt: np.ndarray
    lender_shares: np.ndarray
    external_cash_flow: np.ndarray
    fixed_costs: np.ndarray
    initial_cash: np.ndarray
    infrastructure_value: np.ndarray
    running_cost_share: np.ndarray
    ai_lab: int
    revenue_start: float
    base_growth: float
    first_year_funding: float
    round_tripped_funding: float
    other_cost_share: float
    assumptions: types.MappingProxyType = field(repr=False)
    inputs: pd.DataFrame = field(repr=False)
    excluded: pd.DataFrame = field(repr=False)

    def index(self, firm: str) -> int:
        """Position of a node id (raises ValueError naming ``firm`` if unknown)."""
        if firm not in self.firms:
            raise ValueError(f"firm must be one of {self.firms}, got {firm!r}")
        return self.firms.index(firm)

    @property
    def lender_nodes(self) -> np.ndarray:
        """Indices of the lender nodes, in the order of :data:`LENDERS`."""
        return np.array([self.firms.index(k) for k in LENDERS])

    def lender_exposure(self) -> np.ndarray:
        """Shape ``(3,)``: what each lender type is owed over the horizon, USD billions.

        Interest and repayments falling due in the horizon plus the principal still
        outstanding after it: the most a lender type can lose.
        """
        service = self.debt_service.sum(axis=0)[:, self.lender_nodes].sum(axis=0)
        return service + self.principal_by_lender[-1].sum(axis=0)

    @property
    def principal(self) -> np.ndarray:
        """Shape ``(T + 1, n)``: principal outstanding at the start of each year, USD bn."""
        return self.principal_by_lender.sum(axis=2)


def _coverage(year: int, start: float, length: float) -> float:
    """Share of calendar year ``year`` inside ``[start, start + length)`` (years as numbers)."""
    return float(np.clip(min(year + 1, start + length) - max(year, start), 0.0, 1.0))


def _groups(table: pd.DataFrame) -> dict[str, dict[str, pd.Series]]:
    out: dict[str, dict[str, pd.Series]] = {}
    for _, row in table.iterrows():
        out.setdefault(str(row["group"]), {})[str(row["item"])] = row
    return out


def _one(rows: dict[str, pd.Series], item: str, group: str) -> pd.Series:
    if item not in rows:
        raise ValueError(f"calibration group {group!r} lacks its {item!r} row")
    return rows[item]


def _apply_overrides(table: pd.DataFrame, overrides: Mapping[str, Any] | None) -> pd.DataFrame:
    if overrides is None:
        return table
    if not isinstance(overrides, Mapping):
        raise TypeError(f"overrides must be a mapping {{input_id: value}}, got "
                        f"{type(overrides).__name__}")
    unknown = sorted(set(overrides) - set(table["input_id"]))
    if unknown:
        raise ValueError(f"overrides: unknown input_id(s) {unknown}; known are the rows of "
                         "data/calibration.csv")
    out = table.copy()
    for key, value in overrides.items():
        if isinstance(value, bool):
            raise ValueError(f"overrides[{key!r}] must be a number, got {value!r}")
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"overrides[{key!r}] must be a number, got {value!r}") from None
        if not np.isfinite(number):
            raise ValueError(f"overrides[{key!r}] must be finite, got {value!r}")
        out.loc[out["input_id"] == key, "value"] = number
        out.loc[out["input_id"] == key, "basis"] = "override"
    return out


def build_network(
    assumptions: Any = None,
    year: int | None = None,
    *,
    calibration: pd.DataFrame | None = None,
    overrides: Mapping[str, Any] | None = None,
    include_announced: bool = False,
) -> ScenarioNetwork:
    """Build the stylised balance sheets of the AI network from ``data/calibration.csv``.

    Parameters
    ----------
    assumptions : None, pandas.DataFrame or mapping, optional
        See :func:`~aifin_lib.scenario.load_assumptions`; default ``data/assumptions.csv``.
        Overrides propagate into every calibration formula that uses them.
    year : int, optional
        First calendar year cleared (default: the assumption ``scenario_start_year``). The
        horizon is ``scenario_years`` years.
    calibration : pandas.DataFrame, optional
        The calibration table (default ``data/calibration.csv``), rows in any order.
    overrides : mapping, optional
        ``{input_id: value}``: replace single evaluated inputs (for sensitivities), in the
        row's unit.
    include_announced : bool, default False
        Also count inputs whose deal is only announced (e.g. loans being prepared). By
        default only signed and completed deals enter: announced is not drawn.

    Returns
    -------
    ScenarioNetwork

    Raises
    ------
    ValueError
        If an assumption or override is invalid, ``year`` is not an integer between 2000 and
        2100, or a calibration group lacks a row it needs.
    aifin_lib.data.DataValidationError
        If a calibration row does not match its sources (see
        :func:`~aifin_lib.scenario.calibration.evaluate_calibration`).

    Notes
    -----
    The code names no firm, deal or figure: everything comes from the rows of the
    calibration table, grouped by their ``group`` column. A contract (``contract_total``,
    ``contract_start_year``, ``contract_years``) is spread evenly over its term, pro rata for
    a partial year. A debt tranche (``debt``, optionally ``debt_amortisation_years``) is held
    by the lender type in ``counterparty``; an amortising tranche is repaid in equal parts
    from the first year, the others only fall due after the horizon (they are refinanced),
    so their principal is lost only if the borrower defaults. Interest is the firm's
    ``interest_rate`` times the principal outstanding at the start of the year. A lease
    (``lease_coverage``) makes the tenant pay the lessor that multiple of the lessor's debt
    service. ``cash_buffer_years`` sets a firm's starting cash to that many years of its
    first-year obligations.

    Examples
    --------
    >>> net = build_network()
    >>> net.years[0], net.firms[net.ai_lab]
    (2026, 'openai')
    >>> bool("oracle" in net.firms and net.index("oracle") < net.lender_nodes.min())
    True
    """
    a = load_assumptions(assumptions)
    start = _start_year(year, a)
    if not isinstance(include_announced, (bool, np.bool_)):
        raise ValueError(f"include_announced must be True or False, got {include_announced!r}")
    table = _apply_overrides(evaluate_calibration(calibration, a), overrides)
    table, excluded = _drawn(table, bool(include_announced))
    years = tuple(range(start, start + int(a["scenario_years"])))
    firms, kinds = _nodes(table)
    sheets = _Sheets(years, firms)
    for group, rows in _groups(table).items():
        sheets.add(group, rows)
    principal, interest, debt_service = sheets.debt_schedule()
    contracts = sheets.contracts
    for tenant, lessor, coverage in sheets.leases:
        contracts[:, tenant, lessor] += coverage * debt_service[:, lessor, :].sum(axis=1)
    lab, base_growth = _lab(sheets, start)
    running = sheets.per_firm["running_cost_share"]
    first_year = (contracts[0].sum(axis=1) + debt_service[0].sum(axis=1)
                  + running * contracts[0].sum(axis=0) + sheets.fixed[0])
    cash = sheets.per_firm["opening_cash"] + sheets.per_firm["cash_buffer_years"] * first_year
    debt = principal[0].sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        shares = np.where(debt[:, None] > 0, principal[0] / debt[:, None], 0.0)
    external, infra = sheets.per_firm["outside_cash_flow"], sheets.per_firm["infrastructure_cost"]
    arrays = (contracts, debt_service, interest, principal, debt, shares, external, sheets.fixed,
              cash, infra, running, sheets.build_out)
    for arr in arrays:
        arr.setflags(write=False)
    return ScenarioNetwork(
        firms=firms, kinds=kinds, years=years, contracts=contracts, debt_service=debt_service,
        interest=interest, principal_by_lender=principal, debt=debt,
        build_out_debt=sheets.build_out, lender_shares=shares, external_cash_flow=external,
        fixed_costs=sheets.fixed, initial_cash=cash, infrastructure_value=infra,
        running_cost_share=running, ai_lab=sheets.ix[lab],
        revenue_start=sheets.lab_rows["revenue_start"], base_growth=base_growth,
        first_year_funding=sheets.lab_rows["first_year_funding"],
        round_tripped_funding=sheets.lab_rows.get("round_tripped_funding", 0.0),
        other_cost_share=sheets.lab_rows["other_cost_share"], assumptions=a,
        inputs=table.reset_index(drop=True), excluded=excluded.reset_index(drop=True),
    )


def _start_year(year: int | None, a: Mapping[str, float]) -> int:
    """The first year cleared: ``year``, checked, or the assumption ``scenario_start_year``."""
    if year is None:
        return int(a["scenario_start_year"])
    if isinstance(year, bool) or not isinstance(year, (int, np.integer)):
        raise ValueError(f"year must be an integer calendar year, got {year!r}")
    if not 2000 <= int(year) <= 2100:
        raise ValueError(f"year must lie between 2000 and 2100, got {int(year)}")
    return int(year)


def _drawn(table: pd.DataFrame, include_announced: bool) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The rows that enter the network, and those left out (groups of a deal only announced)."""
    announced = table.groupby("group")["status"].transform(
        lambda s: s.notna().any() and not set(s.dropna()) <= _INCLUDED_STATUSES
    ).astype(bool)
    if include_announced:
        return table, table.iloc[:0]
    return table[~announced], table[announced]


def _nodes(table: pd.DataFrame) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The node ids (operating firms in table order, then the lenders) and their kinds."""
    operating: list[str] = []
    for _, row in table.iterrows():
        for party in (row["firm"], row["counterparty"]):
            if isinstance(party, str) and party not in LENDERS and party not in operating:
                operating.append(party)
    company_kind = data.load("companies").set_index("company_id")["kind"]
    unknown = [f for f in operating if f not in company_kind.index]
    if unknown:
        raise ValueError(f"calibration names firms not in companies.csv: {unknown}")
    kinds = (*(str(company_kind[f]) for f in operating), *("lender",) * len(LENDERS))
    return (*operating, *LENDERS), kinds


_PER_FIRM_ITEMS = ("interest_rate", "outside_cash_flow", "opening_cash", "cash_buffer_years",
                   "infrastructure_cost", "running_cost_share")
"""Calibration items that are one number per firm, summed over the firm's rows."""
_LAB_ITEMS = ("revenue_start", "revenue_target", "revenue_target_year", "first_year_funding",
              "round_tripped_funding", "other_cost_share")
"""Calibration items of the AI lab (``round_tripped_funding`` may be absent)."""


class _Sheets:
    """The arrays of a network, filled group by group from the calibration rows."""

    def __init__(self, years: tuple[int, ...], firms: tuple[str, ...]) -> None:
        T, n, lenders = len(years), len(firms), len(LENDERS)
        self.years = years
        self.ix = {f: i for i, f in enumerate(firms)}
        self.contracts = np.zeros((T, n, n))
        self.principal = np.zeros((T + 1, n, lenders))
        self.repaid = np.zeros((T, n, lenders))
        self.fixed = np.zeros((T, n))
        self.build_out = np.zeros(n)
        self.per_firm = {item: np.zeros(n) for item in _PER_FIRM_ITEMS}
        self.leases: list[tuple[int, int, float]] = []
        self.lab_rows: dict[str, float] = {}
        self.lab: str | None = None

    def add(self, group: str, rows: dict[str, pd.Series]) -> None:
        """Add one calibration group (a contract, a debt tranche, a firm's numbers, ...)."""
        firm = str(next(iter(rows.values()))["firm"])
        i = self.ix[firm]
        if "contract_total" in rows:
            self._spread(self.contracts, rows, group, "contract", i,
                         self.ix[str(rows["contract_total"]["counterparty"])])
        if "debt" in rows:
            self._debt(rows, i)
        for item, target in self.per_firm.items():
            if item in rows:
                target[i] += float(rows[item]["value"])
        if "fixed_cost_total" in rows:
            self._spread(self.fixed, rows, group, "fixed_cost", i)
        if "lease_coverage" in rows:
            row = rows["lease_coverage"]
            self.leases.append((i, self.ix[str(row["counterparty"])], float(row["value"])))
        for item in _LAB_ITEMS:
            if item in rows:
                self.lab = firm
                self.lab_rows[item] = float(rows[item]["value"])

    def _spread(self, target: np.ndarray, rows: dict[str, pd.Series], group: str, stem: str,
                *where: int) -> None:
        """Spread ``<stem>_total`` evenly over its term, pro rata for a partial year."""
        total = float(rows[f"{stem}_total"]["value"])
        begin = float(_one(rows, f"{stem}_start_year", group)["value"])
        length = float(_one(rows, f"{stem}_years", group)["value"])
        if stem == "contract" and length <= 0:
            raise ValueError(f"calibration group {group!r}: contract_years must be > 0")
        for t, y in enumerate(self.years):
            target[(t, *where)] += total / length * _coverage(y, begin, length)

    def _debt(self, rows: dict[str, pd.Series], i: int) -> None:
        """A debt tranche: its principal by lender type and its repayments."""
        amount = float(rows["debt"]["value"])
        k = LENDERS.index(str(rows["debt"]["counterparty"]))
        life = float(rows["debt_amortisation_years"]["value"]) if (
            "debt_amortisation_years" in rows) else np.inf
        self.principal[0, i, k] += amount
        share = float(rows["build_out_share"]["value"]) if "build_out_share" in rows else 1.0
        self.build_out[i] += share * amount
        start = float(self.years[0])
        for t, y in enumerate(self.years):
            self.repaid[t, i, k] += 0.0 if np.isinf(life) else amount / life * _coverage(
                y, start, life)

    def debt_schedule(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Principal outstanding ``(T + 1, n, 3)``, interest ``(T, n)`` and debt service
        ``(T, n, n)`` (to the lender nodes), USD billions."""
        principal, rate = self.principal, self.per_firm["interest_rate"]
        for t in range(len(self.years)):
            principal[t + 1] = np.maximum(principal[t] - self.repaid[t], 0.0)
        interest = rate[None, :] * principal[:-1].sum(axis=2)
        service = np.zeros((len(self.years), len(self.ix), len(self.ix)))
        for k, lender in enumerate(LENDERS):
            service[:, :, self.ix[lender]] = (
                rate[None, :] * principal[:-1, :, k] + (principal[:-1, :, k] - principal[1:, :, k])
            )
        return principal, interest, service


def _lab(sheets: _Sheets, start: int) -> tuple[str, float]:
    """The AI lab and the yearly growth of its projected revenue (run-rate to the target)."""
    if sheets.lab is None:
        raise ValueError(
            "the calibration names no AI lab (rows revenue_start, revenue_target, ...)"
        )
    rows = sheets.lab_rows
    missing = sorted({"revenue_start", "revenue_target", "revenue_target_year",
                      "first_year_funding", "other_cost_share"} - set(rows))
    if missing:
        raise ValueError(f"calibration of the AI lab {sheets.lab!r} lacks {missing}")
    span = rows["revenue_target_year"] - (start - 1)
    if span <= 0:
        raise ValueError("revenue_target_year must lie after the year before the first year")
    growth = (rows["revenue_target"] / rows["revenue_start"]) ** (1.0 / span) - 1.0
    return sheets.lab, float(growth)
