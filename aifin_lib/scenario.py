"""Stagnation scenario: who cannot pay when AI revenue growth stalls, and who loses how much.

A stylised network of the AI build-out, year by year. An AI lab (OpenAI) owes compute
providers (Oracle, Microsoft, Amazon, CoreWeave, Cerebras) under multi-year contracts;
Meta and Microsoft owe neoclouds and data-centre owners; the providers and the
data-centre owners owe interest to three kinds of lenders (private credit, banks, bond
investors). The lab pays out of revenue and new funding, which investors supply only
while revenue keeps growing. Each year the obligations falling due are cleared
(Eisenberg-Noe, or Rogers-Veraart with default costs); a firm that cannot pay in full
defaults, its contracts end (its customers stop paying it, its suppliers lose the rest of
the contract), and its lenders recover part of their claims from the sale of its data
centres (the residual value).

Balance sheets come from ``data/`` by id: contracts from ``deals.csv`` (D03, D05-D07,
D14-D17b, D27, D29, D11b, D32, B02, B06), figures from ``macro.csv`` (OpenAI's run-rate and
2030 projection, Oracle's debt, capex and free cash flow, Morgan Stanley's private-credit
split) and every other number from ``data/assumptions.csv``, which states why each value
was chosen. The model is stylised: it shows the mechanism and orders of magnitude, not a
forecast.

Conventions
-----------
- Amounts are nominal, undiscounted USD billions; amounts "per year" fall due within the
  calendar year. Rates and shares are fractions (0.05 = 5%).
- ``liabilities[t][i, j]`` is what firm ``i`` owes node ``j`` in year ``t`` (row = debtor,
  column = creditor), the convention of :mod:`aifin_lib.contagion`. The lenders are nodes
  without obligations, so they never default; their shortfall is their loss.
- External assets of a firm in a year: cash carried over + external cash flow (revenue,
  funding, other operations) - cash operating costs. It may be negative (operating costs
  are senior: network creditors absorb the deficit first).
- Losses are counted in the year a firm defaults: the unpaid part of that year's
  obligations plus, for lenders, the principal still outstanding, less what the sale of
  the infrastructure recovers; for the firms that were owed contract payments, the unpaid
  and cancelled contract revenue ("equity": it falls first on their shareholders; part of
  it may later reach their own lenders too, so the equity figure is gross).
"""

from __future__ import annotations

import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from aifin_lib import data
from aifin_lib.contagion import eisenberg_noe, eisenberg_noe_batch, rogers_veraart

__all__ = [
    "FIRMS",
    "HOLDERS",
    "LENDERS",
    "PATHS",
    "MonteCarloResult",
    "ScenarioNetwork",
    "ScenarioResult",
    "build_network",
    "load_assumptions",
    "monte_carlo",
    "revenue_path",
    "run_scenario",
]

LENDERS: tuple[str, ...] = ("private_credit", "banks", "bond_investors")
"""Lender types, also the ids of the lender nodes."""
HOLDERS: tuple[str, ...] = (*LENDERS, "equity")
"""Who bears losses: the three lender types and the shareholders of the firms owed money."""
PATHS: tuple[str, ...] = ("base", "stagnation", "bust")
"""Revenue paths: as projected, growth stalls, revenue falls."""

FIRMS: tuple[tuple[str, str], ...] = (
    ("openai", "ai_lab"),
    ("oracle", "hyperscaler"),
    ("microsoft", "hyperscaler"),
    ("meta", "hyperscaler"),
    ("amazon", "hyperscaler"),
    ("cerebras", "chipmaker"),
    ("nvidia", "chipmaker"),
    ("coreweave", "neocloud"),
    ("nebius", "neocloud"),
    ("iren", "neocloud"),
    ("vantage", "data_centre_developer"),
    ("hyperion_jv", "spv"),
)
"""The operating firms of the network (company ids of ``companies.csv``) and their kinds."""

# (deal ids, debtor, creditor, start: assumption name or None = scenario start,
#  years: assumption name or None = the deal's ``years`` column)
_CONTRACTS: tuple[tuple[tuple[str, ...], str, str, str | None, str | None], ...] = (
    (("D03",), "openai", "oracle", "oracle_contract_start_year", None),
    (("D14",), "openai", "microsoft", None, "openai_microsoft_contract_years"),
    (("D15",), "openai", "amazon", None, None),
    (("D05", "D06", "D07"), "openai", "coreweave", None, None),
    (("D27",), "openai", "cerebras", None, None),
    (("D17b",), "meta", "coreweave", None, "meta_coreweave_contract_years"),
    (("D16",), "microsoft", "nebius", None, None),
    (("D29",), "microsoft", "iren", None, None),
)
_PROVIDERS = ("oracle", "microsoft", "amazon", "cerebras", "coreweave", "nebius", "iren")
_NEOCLOUDS = ("coreweave", "nebius", "iren")
_LESSORS = (("oracle", "vantage"), ("meta", "hyperion_jv"))  # (tenant, lessor)
_BUFFERED = ("oracle", "coreweave", "nebius", "iren", "vantage", "hyperion_jv")
_AI_LAB = "openai"

_FRACTIONS = (
    "amazon_upfront_share",
    "debt_principal_due_in_horizon",
    "infra_debt_share",
    "openai_other_cost_share",
    "openai_other_cost_share_high",
    "openai_other_cost_share_low",
    "provider_opex_share",
    "residual_value_fraction",
    "residual_value_fraction_high",
    "residual_value_fraction_low",
    "vantage_loan_bank_share",
)
_POSITIVE = (
    "meta_coreweave_contract_years",
    "openai_microsoft_contract_years",
    "scenario_years",
    "lease_coverage",
    "infra_debt_share",
)
_NONNEGATIVE = (
    "debt_interest_rate",
    "funding_to_revenue",
    "hyperscaler_cash_flow_to_capex",
    "neocloud_debt_to_backlog",
    "provider_cash_buffer_years",
)


def load_assumptions(assumptions: Any = None) -> types.MappingProxyType:
    """The scenario's assumptions as a read-only mapping ``parameter -> value``.

    Parameters
    ----------
    assumptions : None, pandas.DataFrame or mapping, optional
        ``None``: the table ``data/assumptions.csv``. A DataFrame with columns
        ``parameter`` and ``value`` replaces the table. A mapping ``{parameter: value}``
        overrides single values of the table.

    Returns
    -------
    types.MappingProxyType
        ``{parameter: float}`` (units as in ``data/assumptions.csv``).

    Raises
    ------
    ValueError
        If a parameter is unknown (an override that names no row of the table) or missing,
        a value is not finite, a fraction lies outside ``[0, 1]``, a length or multiple
        that must be positive is not, a ``_low`` bound exceeds its ``_high`` bound, or a
        year is not a whole number.
    TypeError
        If ``assumptions`` is of another type.

    Examples
    --------
    >>> a = load_assumptions({"stagnation_growth": 0.0})
    >>> a["stagnation_growth"], a["scenario_start_year"]
    (0.0, 2026.0)
    """
    table = data.load("assumptions")
    base = dict(zip(table["parameter"], table["value"].astype(float), strict=True))
    if assumptions is None:
        values = base
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
                f"assumptions: unknown parameter(s) {unknown}; known are "
                f"the rows of data/assumptions.csv"
            )
        values = {**base, **assumptions}
    else:
        raise TypeError(
            f"assumptions must be None, a DataFrame or a mapping, got {type(assumptions).__name__}"
        )
    out: dict[str, float] = {}
    for name, value in values.items():
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"assumption {name!r} must be a number, got {value!r}") from None
        if not np.isfinite(number):
            raise ValueError(f"assumption {name!r} must be finite, got {number}")
        out[str(name)] = number
    for name in _FRACTIONS:
        if not 0.0 <= out[name] <= 1.0:
            raise ValueError(f"assumption {name!r} must be a fraction in [0, 1], got {out[name]}")
    for name in _POSITIVE:
        if out[name] <= 0:
            raise ValueError(f"assumption {name!r} must be > 0, got {out[name]}")
    for name in _NONNEGATIVE:
        if out[name] < 0:
            raise ValueError(f"assumption {name!r} must be >= 0, got {out[name]}")
    for name in (
        "scenario_start_year",
        "oracle_contract_start_year",
        "stall_year",
        "scenario_years",
    ):
        if out[name] != round(out[name]):
            raise ValueError(f"assumption {name!r} must be a whole number, got {out[name]}")
    for stem in ("stagnation_growth", "residual_value_fraction", "openai_other_cost_share"):
        if out[f"{stem}_low"] > out[f"{stem}_high"]:
            raise ValueError(f"assumption {stem}_low must not exceed {stem}_high")
    for name in ("stagnation_growth", "bust_growth", "stagnation_growth_low"):
        if out[name] <= -1:
            raise ValueError(
                f"assumption {name!r} must be > -1 (a fall of less than 100% "
                f"a year), got {out[name]}"
            )
    return types.MappingProxyType(out)


@dataclass(frozen=True, eq=False)
class ScenarioNetwork:
    """Stylised balance sheets of the AI network, year by year.

    Attributes
    ----------
    firms : tuple of str
        Node ids: the operating firms of :data:`FIRMS`, then the lender nodes
        :data:`LENDERS`.
    kinds : tuple of str
        Company kind of each node (``"lender"`` for the lender nodes).
    years : tuple of int
        Calendar years cleared.
    contracts : numpy.ndarray
        Shape ``(T, n, n)``: contract and lease payments due from ``i`` to ``j`` in year
        ``t``, USD billions.
    debt_service : numpy.ndarray
        Shape ``(T, n, n)``: interest (and principal falling due) from firm ``i`` to lender
        node ``j`` in year ``t``, USD billions, assuming nobody has defaulted.
    principal : numpy.ndarray
        Shape ``(T + 1, n)``: debt principal outstanding at the start of each year (row
        ``T``: after the last year), USD billions.
    debt : numpy.ndarray
        Shape ``(n,)``: debt principal at the start, USD billions.
    lender_shares : numpy.ndarray
        Shape ``(n, 3)``: fraction of each firm's debt held by each lender type (rows sum
        to 1 for indebted firms, 0 otherwise).
    external_cash_flow : numpy.ndarray
        Shape ``(n,)``: yearly cash flow from business outside the network (Microsoft,
        Meta, Oracle), USD billions per year; the AI lab's revenue is separate.
    initial_cash : numpy.ndarray
        Shape ``(n,)``: cash at the start of the first year, USD billions.
    infrastructure_value : numpy.ndarray
        Shape ``(n,)``: cost of the infrastructure a firm's debt financed
        (``debt / infra_debt_share``), USD billions.
    opex_applies : numpy.ndarray
        Boolean, shape ``(n,)``: compute providers, which pay cash operating costs in
        proportion to the contract revenue due to them.
    ai_lab : int
        Index of the AI lab.
    revenue_start : float
        The lab's revenue level in the year before the first year (end-2025 run-rate),
        USD billions per year.
    base_growth : float
        Yearly growth of the projected path (run-rate to the 2030 projection), fraction.
    assumptions : types.MappingProxyType
        The assumptions used (see :func:`load_assumptions`).
    inputs : pandas.DataFrame
        One row per balance-sheet item: ``item``, ``firm``, ``counterparty``,
        ``value_usd_bn``, ``basis`` (``"data"`` or ``"assumption"``) and ``reference``
        (deal ids, metric ids or assumption names).
    """

    firms: tuple[str, ...]
    kinds: tuple[str, ...]
    years: tuple[int, ...]
    contracts: np.ndarray
    debt_service: np.ndarray
    principal: np.ndarray
    debt: np.ndarray
    lender_shares: np.ndarray
    external_cash_flow: np.ndarray
    initial_cash: np.ndarray
    infrastructure_value: np.ndarray
    opex_applies: np.ndarray
    ai_lab: int
    revenue_start: float
    base_growth: float
    assumptions: types.MappingProxyType = field(repr=False)
    inputs: pd.DataFrame = field(repr=False)

    def index(self, firm: str) -> int:
        """Position of a node id (raises ValueError naming ``firm`` if unknown)."""
        if firm not in self.firms:
            raise ValueError(f"firm must be one of {self.firms}, got {firm!r}")
        return self.firms.index(firm)

    @property
    def lender_nodes(self) -> np.ndarray:
        """Indices of the lender nodes, in the order of :data:`LENDERS`."""
        return np.array([self.firms.index(k) for k in LENDERS])


def _deal_amounts(deals: pd.DataFrame, ids: tuple[str, ...]) -> tuple[float, float]:
    rows = deals.set_index("deal_id").loc[list(ids)]
    if rows["amount_usd_bn"].isna().any():
        raise ValueError(f"deals {ids} lack an amount in deals.csv")
    return float(rows["amount_usd_bn"].sum()), float(rows["years"].iloc[0])


def _metric(metric_id: str) -> float:
    return float(data.figure(metric_id).value)


def build_network(assumptions: Any = None, year: int | None = None) -> ScenarioNetwork:
    """Build the stylised balance sheets of the AI network from ``data/``.

    Parameters
    ----------
    assumptions : None, pandas.DataFrame or mapping, optional
        See :func:`load_assumptions`; default ``data/assumptions.csv``.
    year : int, optional
        First calendar year cleared (default: the assumption ``scenario_start_year``).
        The horizon is ``scenario_years`` years.

    Returns
    -------
    ScenarioNetwork

    Raises
    ------
    ValueError
        If an assumption is invalid (see :func:`load_assumptions`) or ``year`` is not an
        integer between 2000 and 2100.

    Notes
    -----
    From the data (by id): the contracts of :data:`_CONTRACTS` (amount spread evenly over
    their term, from the scenario start or, for D03, from ``oracle_contract_start_year``);
    Oracle's debt (``oracle_2025_long_term_debt`` plus the bonds B02 and B06), held by bond
    investors, the proceeds of the Feb-2026 bond B06 as cash at the start, and its Nvidia
    GB200 purchase (``oracle_abilene_gb200_purchase``, paid over
    ``oracle_chip_purchase_years``); the Vantage project loans (D32), split between banks
    and private credit by ``vantage_loan_bank_share``; the Hyperion SPV's debt (D11b, a
    144A private placement, counted as private credit); Oracle's operating cash flow, annualised as
    ``oracle_capex_fy2026 + 4 * oracle_2026q1_free_cash_flow``; Microsoft's and Meta's
    cash flow from their 2025 capex; OpenAI's cash from the Feb-2026 round (D26b, D26c and
    the upfront part of D26); the lab's revenue from ``openai_run_rate_2025_end`` growing
    to ``openai_projected_revenue_2030``; the neoclouds' lender split from Morgan
    Stanley's financing-gap split (private credit against corporate debt plus ABS).

    Assumed: everything in ``data/assumptions.csv`` (terms without a published length,
    cost shares, interest, rents as a multiple of the lessor's debt service, neocloud debt
    as a multiple of backlog, cash buffers, infrastructure value per unit of debt).

    Examples
    --------
    >>> net = build_network()
    >>> net.years[0], len(net.years), net.firms[net.ai_lab]
    (2026, 7, 'openai')
    >>> round(float(net.contracts[1, 0, net.index("oracle")]), 6)  # D03: 300 over 5 years
    60.0
    """
    a = load_assumptions(assumptions)
    if year is None:
        start = int(a["scenario_start_year"])
    else:
        if isinstance(year, bool) or not isinstance(year, (int, np.integer)):
            raise ValueError(f"year must be an integer calendar year, got {year!r}")
        start = int(year)
        if not 2000 <= start <= 2100:
            raise ValueError(f"year must lie between 2000 and 2100, got {start}")
    years = tuple(range(start, start + int(a["scenario_years"])))
    T = len(years)
    firms = tuple(f for f, _ in FIRMS) + LENDERS
    kinds = tuple(k for _, k in FIRMS) + ("lender",) * len(LENDERS)
    n = len(firms)
    ix = {f: i for i, f in enumerate(firms)}
    deals = data.load("deals")
    inputs: list[dict[str, Any]] = []

    def note(item, firm, other, value, basis, ref):
        inputs.append(
            {
                "item": item,
                "firm": firm,
                "counterparty": other,
                "value_usd_bn": round(float(value), 6),
                "basis": basis,
                "reference": ref,
            }
        )

    contracts = np.zeros((T, n, n))
    for ids, debtor, creditor, start_name, years_name in _CONTRACTS:
        total, deal_years = _deal_amounts(deals, ids)
        term = a[years_name] if years_name else deal_years
        if not np.isfinite(term) or term <= 0:
            raise ValueError(f"deal {ids[0]} has no term in deals.csv")
        first = int(a[start_name]) if start_name else start
        per_year = total / term
        for t, y in enumerate(years):
            if first <= y < first + term:
                contracts[t, ix[debtor], ix[creditor]] += per_year
        note("contract", debtor, creditor, total, "data", "; ".join(ids))

    # Oracle's Nvidia GB200 purchase for OpenAI's Abilene site, spread over the first years.
    chips = _metric("oracle_abilene_gb200_purchase")
    chip_years = int(a["oracle_chip_purchase_years"])
    for t in range(min(chip_years, T)):
        contracts[t, ix["oracle"], ix["nvidia"]] += chips / chip_years
    note(
        "chip purchase",
        "oracle",
        "nvidia",
        chips,
        "data",
        "oracle_abilene_gb200_purchase; oracle_chip_purchase_years",
    )

    # Debt and its holders.
    debt = np.zeros(n)
    shares = np.zeros((n, len(LENDERS)))
    oracle_debt = _metric("oracle_2025_long_term_debt") + _deal_amounts(deals, ("B02", "B06"))[0]
    debt[ix["oracle"]] = oracle_debt
    shares[ix["oracle"]] = [0.0, 0.0, 1.0]
    note(
        "debt",
        "oracle",
        "bond_investors",
        oracle_debt,
        "data",
        "oracle_2025_long_term_debt; B02; B06",
    )
    vantage_debt = _deal_amounts(deals, ("D32",))[0]
    debt[ix["vantage"]] = vantage_debt
    bank = a["vantage_loan_bank_share"]
    shares[ix["vantage"]] = [1.0 - bank, bank, 0.0]
    note(
        "debt",
        "vantage",
        "banks; private_credit",
        vantage_debt,
        "data",
        "D32; vantage_loan_bank_share",
    )
    hyperion_debt = _deal_amounts(deals, ("D11b",))[0]
    debt[ix["hyperion_jv"]] = hyperion_debt
    shares[ix["hyperion_jv"]] = [1.0, 0.0, 0.0]
    note("debt", "hyperion_jv", "private_credit", hyperion_debt, "data", "D11b")
    pc = _metric("ms_2025_private_credit")
    pc_share = pc / (pc + _metric("ms_2025_corporate_debt") + _metric("ms_2025_abs"))
    backlog = contracts.sum(axis=0).sum(axis=0)  # contracted revenue in the horizon
    for firm in _NEOCLOUDS:
        i = ix[firm]
        debt[i] = a["neocloud_debt_to_backlog"] * backlog[i]
        shares[i] = [pc_share, 0.0, 1.0 - pc_share]
        note(
            "debt",
            firm,
            "private_credit; bond_investors",
            debt[i],
            "assumption",
            "neocloud_debt_to_backlog; ms_2025_private_credit (split)",
        )

    # Interest and principal falling due.
    repaid = a["debt_principal_due_in_horizon"] * debt / T
    principal = np.zeros((T + 1, n))
    principal[0] = debt
    for t in range(T):
        principal[t + 1] = np.maximum(principal[t] - repaid, 0.0)
    service = a["debt_interest_rate"] * principal[:-1] + (principal[:-1] - principal[1:])
    debt_service = np.zeros((T, n, n))
    for k, lender in enumerate(LENDERS):
        debt_service[:, :, ix[lender]] = service * shares[:, k]

    # Rents: tenant pays the lessor its debt service times the coverage.
    for tenant, lessor in _LESSORS:
        contracts[:, ix[tenant], ix[lessor]] += a["lease_coverage"] * service[:, ix[lessor]]
        note(
            "lease (per year, first year)",
            tenant,
            lessor,
            a["lease_coverage"] * service[0, ix[lessor]],
            "assumption",
            "lease_coverage",
        )

    # Cash flows from outside the network.
    external = np.zeros(n)
    oracle_ocf = _metric("oracle_capex_fy2026") + 4 * _metric("oracle_2026q1_free_cash_flow")
    external[ix["oracle"]] = oracle_ocf
    note(
        "operating cash flow (per year)",
        "oracle",
        "",
        oracle_ocf,
        "data",
        "oracle_capex_fy2026 + 4 x oracle_2026q1_free_cash_flow",
    )
    for firm, metric in (("microsoft", "microsoft_capex_fy2025"), ("meta", "meta_capex_2025")):
        external[ix[firm]] = a["hyperscaler_cash_flow_to_capex"] * _metric(metric)
        note(
            "operating cash flow (per year)",
            firm,
            "",
            external[ix[firm]],
            "assumption",
            f"{metric} x hyperscaler_cash_flow_to_capex",
        )

    cash = np.zeros(n)
    round_cash = (
        _deal_amounts(deals, ("D26b", "D26c"))[0]
        + a["amazon_upfront_share"] * _deal_amounts(deals, ("D26",))[0]
    )
    cash[ix[_AI_LAB]] = round_cash
    note("cash at start", _AI_LAB, "", round_cash, "data", "D26b; D26c; D26 x amazon_upfront_share")
    first_year = contracts[0].sum(axis=1) + debt_service[0].sum(axis=1)
    opex_applies = np.isin(np.array(firms), _PROVIDERS)
    first_year = first_year + a["provider_opex_share"] * contracts[0].sum(axis=0) * opex_applies
    for firm in _BUFFERED:
        cash[ix[firm]] = a["provider_cash_buffer_years"] * first_year[ix[firm]]
        note("cash at start", firm, "", cash[ix[firm]], "assumption", "provider_cash_buffer_years")
    bond_2026 = _deal_amounts(deals, ("B06",))[0]
    cash[ix["oracle"]] += bond_2026
    note("cash at start (bond proceeds)", "oracle", "", bond_2026, "data", "B06")

    infra = debt / a["infra_debt_share"]
    for firm in np.array(firms)[infra > 0]:
        note(
            "infrastructure value",
            str(firm),
            "",
            infra[ix[str(firm)]],
            "assumption",
            "debt / infra_debt_share",
        )

    run_rate = _metric("openai_run_rate_2025_end")
    target = _metric("openai_projected_revenue_2030")
    base_growth = (target / run_rate) ** (1.0 / 5.0) - 1.0
    note("revenue run-rate (per year)", _AI_LAB, "", run_rate, "data", "openai_run_rate_2025_end")
    note("projected revenue 2030", _AI_LAB, "", target, "data", "openai_projected_revenue_2030")
    frozen = [contracts, debt_service, principal, debt, shares, external, cash, infra, opex_applies]
    for arr in frozen:
        arr.setflags(write=False)
    return ScenarioNetwork(
        firms=firms,
        kinds=kinds,
        years=years,
        contracts=contracts,
        debt_service=debt_service,
        principal=principal,
        debt=debt,
        lender_shares=shares,
        external_cash_flow=external,
        initial_cash=cash,
        infrastructure_value=infra,
        opex_applies=opex_applies,
        ai_lab=ix[_AI_LAB],
        revenue_start=run_rate,
        base_growth=base_growth,
        assumptions=a,
        inputs=pd.DataFrame(inputs),
    )


def revenue_path(
    kind: str,
    years: Any,
    start: float = 20.0,
    base_growth: float = 0.5,
    stall_year: int = 2027,
    growth: Any = None,
) -> np.ndarray:
    """AI revenue year by year on the base, stagnation or bust path.

    Parameters
    ----------
    kind : {"base", "stagnation", "bust"}
        ``"base"``: growth ``base_growth`` every year (as projected). ``"stagnation"`` and
        ``"bust"``: ``base_growth`` before ``stall_year``, ``growth`` from then on.
    years : sequence of int
        Calendar years, consecutive and increasing.
    start : float, default 20.0
        Revenue in the year before ``years[0]``, USD billions per year, ``> 0``.
    base_growth : float, default 0.5
        Yearly growth of the projected path, fraction, ``> -1``.
    stall_year : int, default 2027
        First year of stalled growth.
    growth : float or array_like of shape (S,), optional
        Yearly growth after the stall, fraction, ``> -1``; an array gives one path per
        value (Monte Carlo). Required for ``"stagnation"`` and ``"bust"``; ignored for
        ``"base"``.

    Returns
    -------
    numpy.ndarray
        Shape ``(T,)``, or ``(S, T)`` when ``growth`` is an array: revenue in each year,
        USD billions.

    Raises
    ------
    ValueError
        If ``kind`` is unknown, ``years`` is empty or not consecutive, ``start`` is not
        positive, a growth rate is ``<= -1`` or not finite, or ``growth`` is missing.

    Examples
    --------
    >>> revenue_path("stagnation", [2026, 2027, 2028], start=10.0, base_growth=1.0,
    ...              stall_year=2027, growth=0.0).tolist()
    [20.0, 20.0, 20.0]
    >>> revenue_path("base", [2026, 2027], start=10.0, base_growth=1.0).tolist()
    [20.0, 40.0]
    """
    if kind not in PATHS:
        raise ValueError(f"kind must be one of {PATHS}, got {kind!r}")
    yrs = np.asarray(years)
    if yrs.ndim != 1 or yrs.size == 0 or (yrs.size > 1 and np.any(np.diff(yrs) != 1)):
        raise ValueError(f"years must be a non-empty run of consecutive years, got {years!r}")
    if not (np.isfinite(start) and start > 0):
        raise ValueError(f"start must be a positive revenue in USD bn, got {start!r}")
    if not (np.isfinite(base_growth) and base_growth > -1):
        raise ValueError(f"base_growth must be a finite rate > -1, got {base_growth!r}")
    scalar = True
    if kind == "base":
        g_after = np.array([base_growth])
    else:
        if growth is None:
            raise ValueError(f"growth is required for the {kind!r} path")
        g_arr = np.asarray(growth, dtype=float)
        scalar = g_arr.ndim == 0
        g_after = np.atleast_1d(g_arr)
        if g_after.ndim != 1 or not np.all(np.isfinite(g_after)) or np.any(g_after <= -1):
            raise ValueError(
                f"growth must be a finite rate > -1 (or a 1-D array of them), got {growth!r}"
            )
    stalled = yrs >= stall_year
    rates = np.where(stalled[None, :], g_after[:, None], base_growth)
    out = start * np.cumprod(1.0 + rates, axis=1)
    return out[0] if scalar else out


@dataclass(frozen=True)
class ScenarioResult:
    """Outcome of one scenario, year by year.

    Attributes
    ----------
    firms : tuple of str
        Node ids (as in :class:`ScenarioNetwork`).
    years : tuple of int
        Calendar years cleared.
    path : str
        Revenue path.
    revenue : numpy.ndarray
        Shape ``(T,)``: the AI lab's revenue, USD billions.
    default_year : numpy.ndarray
        Shape ``(n,)``: calendar year in which each node defaults, -1 if never.
    defaults_by_year : numpy.ndarray
        Boolean ``(T, n)``: new defaults in each year.
    waves : tuple of tuple
        ``(year, round, (firm ids...))``: defaults in the order the clearing found them;
        round 0 of a year holds the firms short even if everybody paid them in full.
    losses_by_year : numpy.ndarray
        Shape ``(T, 4)``: losses of :data:`HOLDERS` in each year, USD billions.
    losses : dict
        ``{holder: total loss}`` over the horizon, USD billions.
    exposures : dict
        ``{holder: total exposure}``: for lenders, interest due in the horizon plus the
        principal (the most they can lose); for equity, all contract payments due,
        USD billions.
    residual_recovered : float
        What lenders recovered from selling the infrastructure of defaulted firms,
        USD billions.
    residual_value : float
        Residual value of the infrastructure of defaulted firms
        (``residual_value_fraction`` times its cost), USD billions; the part not needed
        to repay lenders is left for other claimants.
    infrastructure_defaulted : float
        Cost of the infrastructure of defaulted firms, USD billions.
    payments : numpy.ndarray
        Shape ``(T, n)``: clearing payments of each node in each year, USD billions.
    obligations : numpy.ndarray
        Shape ``(T, n)``: what each node owed in each year (after earlier defaults ended
        contracts), USD billions.
    cash : numpy.ndarray
        Shape ``(T + 1, n)``: cash at the start of each year and after the last, USD
        billions (0 after default).
    method : str
        ``"eisenberg_noe"`` or ``"rogers_veraart"``.
    """

    firms: tuple[str, ...]
    years: tuple[int, ...]
    path: str
    revenue: np.ndarray
    default_year: np.ndarray
    defaults_by_year: np.ndarray
    waves: tuple[tuple[int, int, tuple[str, ...]], ...]
    losses_by_year: np.ndarray
    losses: dict[str, float]
    exposures: dict[str, float]
    residual_recovered: float
    residual_value: float
    infrastructure_defaulted: float
    payments: np.ndarray
    obligations: np.ndarray
    cash: np.ndarray
    method: str

    @property
    def total_loss(self) -> float:
        """Sum of the losses of all holders, USD billions."""
        return float(sum(self.losses.values()))

    @property
    def defaulted(self) -> tuple[str, ...]:
        """Ids of the firms that default, in order of default (year, then wave)."""
        return tuple(f for _, _, wave in self.waves for f in wave)


@dataclass(frozen=True)
class MonteCarloResult:
    """Outcomes of many scenarios.

    Attributes
    ----------
    firms : tuple of str
        Node ids.
    years : tuple of int
        Calendar years cleared.
    path : str
        Revenue path.
    samples : dict
        ``{parameter: array (S,)}``: the drawn values of ``growth``,
        ``residual_value_fraction`` and ``other_cost_share``.
    default_year : numpy.ndarray
        Shape ``(S, n)``: calendar year of default, -1 if never.
    losses : numpy.ndarray
        Shape ``(S, 4)``: total losses of :data:`HOLDERS` per scenario, USD billions.
    residual_recovered : numpy.ndarray
        Shape ``(S,)``: lenders' recovery from infrastructure sales, USD billions.
    n_defaults : numpy.ndarray
        Shape ``(S,)``: number of firms defaulting.
    seed : int
        The seed of the numpy Generator.
    """

    firms: tuple[str, ...]
    years: tuple[int, ...]
    path: str
    samples: dict[str, np.ndarray]
    default_year: np.ndarray
    losses: np.ndarray
    residual_recovered: np.ndarray
    n_defaults: np.ndarray
    seed: int

    def loss_frame(self) -> pd.DataFrame:
        """Losses per scenario as a DataFrame with one column per holder (USD billions)."""
        return pd.DataFrame(self.losses, columns=list(HOLDERS))


# A clearing function: (liabilities (n, n), external assets (S, n)) ->
#   (payments (S, n), defaults (S, n), waves of scenario 0 or None)
_Clear = Callable[[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray, Any]]


@dataclass(frozen=True)
class _Sim:
    default_year: np.ndarray
    new_defaults: np.ndarray
    losses_by_year: np.ndarray
    recovered: np.ndarray
    residual: np.ndarray
    infra: np.ndarray
    payments: np.ndarray
    obligations: np.ndarray
    cash: np.ndarray
    waves: list


def _simulate(
    net: ScenarioNetwork,
    revenue: np.ndarray,
    other_cost: np.ndarray,
    residual_fraction: np.ndarray,
    shock: np.ndarray,
    clear: _Clear,
    force_clear: bool = False,
) -> _Sim:
    """Clear every year for ``S`` scenarios (rows of ``revenue``, shape (S, T))."""
    a = net.assumptions
    S, T = revenue.shape
    n = len(net.firms)
    lab = net.ai_lab
    lenders = net.lender_nodes
    is_firm = np.ones(n, bool)
    is_firm[lenders] = False
    prev = np.concatenate([np.full((S, 1), net.revenue_start), revenue[:, :-1]], axis=1)
    growth = revenue / prev - 1.0
    funding = np.where(
        growth >= a["funding_growth_threshold"] - 1e-12, a["funding_to_revenue"] * revenue, 0.0
    )
    alive = np.ones((S, n), bool)
    cash = np.zeros((T + 1, S, n))
    cash[0] = net.initial_cash
    payments = np.zeros((T, S, n))
    obligations = np.zeros((T, S, n))
    new_def = np.zeros((T, S, n), bool)
    losses = np.zeros((T, S, len(HOLDERS)))
    recovered = np.zeros(S)
    residual = np.zeros(S)
    infra = np.zeros(S)
    waves: list = []
    future = np.cumsum(net.contracts[::-1], axis=0)[::-1]  # due in year t and later
    for t in range(T):
        C = net.contracts[t]
        L_full = C + net.debt_service[t]
        # providers' cash costs follow the contracted schedule (the capacity is built)
        opex = a["provider_opex_share"] * C.sum(axis=0) * net.opex_applies
        e = cash[t] + net.external_cash_flow - opex
        e[:, lab] += revenue[:, t] * (1.0 - other_cost) + funding[:, t]
        if t == 0:
            e = e + shock
        e = np.where(alive & is_firm, e, 0.0)
        codes = alive.astype(np.int64) @ (np.int64(1) << np.arange(n, dtype=np.int64))
        _, first, inverse = np.unique(codes, return_index=True, return_inverse=True)
        patterns = alive[first]
        inverse = np.asarray(inverse).reshape(-1)
        p = np.zeros((S, n))
        d = np.zeros((S, n), bool)
        unpaid_to = np.zeros((S, n))
        unpaid_debt = np.zeros((S, n))  # unpaid debt service per debtor
        pbar = np.zeros((S, n))
        worth = np.zeros((S, n))
        for g, pattern in enumerate(patterns):
            idx = np.flatnonzero(inverse == g)
            mask = pattern.astype(float)
            L = L_full * mask[:, None] * mask[None, :]
            pb = L.sum(axis=1)
            pg = np.broadcast_to(pb, (idx.size, n)).copy()
            dg = np.zeros((idx.size, n), bool)
            wv = None
            # Paying in full is the greatest clearing vector when everyone can (exact).
            short_full = e[idx] + L.sum(axis=0) < pb
            need = short_full.any(axis=1) if not force_clear else np.ones(idx.size, bool)
            if need.any():
                pg[need], dg[need], wv = clear(L, e[idx[need]])
            if wv is not None:
                waves.extend(
                    (net.years[t], r, tuple(net.firms[i] for i in w)) for r, w in enumerate(wv)
                )
            with np.errstate(divide="ignore", invalid="ignore"):
                rel = np.where(pb[:, None] > 0, L / pb[:, None], 0.0)
            short = np.maximum(pb - pg, 0.0)
            p[idx], d[idx], pbar[idx] = pg, dg & pattern, pb
            unpaid_to[idx] = short @ rel
            unpaid_debt[idx] = short * rel[:, lenders].sum(axis=1)
            worth[idx] = e[idx] + pg @ rel - pb
        payments[t], obligations[t] = p, pbar
        new = d & alive
        new_def[t] = new
        # Lenders: unpaid interest of the year plus principal outstanding, less recovery.
        claim = unpaid_debt + net.principal[t + 1]
        value = residual_fraction[:, None] * net.infrastructure_value
        rec = np.minimum(claim, value) * new
        lender_loss = (claim * new - rec) @ net.lender_shares
        losses[t, :, :3] = lender_loss
        recovered += rec.sum(axis=1)
        residual += (value * new).sum(axis=1)
        infra += (net.infrastructure_value * new).sum(axis=1)
        # Equity: unpaid contract payments of the year plus cancelled later contracts
        # owed to firms that survive the year.
        survivors = alive & ~new
        cancelled = np.zeros(S)
        if t + 1 < T:
            cancelled = ((new @ future[t + 1]) * survivors).sum(axis=1)
        losses[t, :, 3] = (unpaid_to * is_firm).sum(axis=1) + cancelled
        # Cash carried over: net worth of the survivors.
        alive = survivors
        cash[t + 1] = np.where(alive, np.maximum(worth, 0.0), 0.0)
    year_arr = np.array(net.years)
    any_def = new_def.any(axis=0)
    default_year = np.where(any_def, year_arr[np.argmax(new_def, axis=0)], -1)
    return _Sim(
        default_year=default_year,
        new_defaults=new_def,
        losses_by_year=losses,
        recovered=recovered,
        residual=residual,
        infra=infra,
        payments=payments,
        obligations=obligations,
        cash=cash,
        waves=waves,
    )


def _single_clear(method: str, alpha: float, beta: float) -> _Clear:
    def clear(L: np.ndarray, E: np.ndarray):
        res = (
            eisenberg_noe(L, E[0], method="fictitious_default")
            if method == "eisenberg_noe"
            else rogers_veraart(L, E[0], alpha, beta)
        )
        return res.payments[None, :], res.defaults[None, :], res.waves

    return clear


def _batch_clear(L: np.ndarray, E: np.ndarray):
    res = eisenberg_noe_batch(L, E)
    return res.payments, res.defaults, None


def _check_fraction(x: Any, name: str) -> float:
    try:
        v = float(x)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number in [0, 1], got {x!r}") from None
    if not 0.0 <= v <= 1.0:
        raise ValueError(f"{name} must be a fraction in [0, 1], got {x!r}")
    return v


def _growth_default(net: ScenarioNetwork, path: str) -> float:
    return net.assumptions["bust_growth" if path == "bust" else "stagnation_growth"]


def _shock_vector(net: ScenarioNetwork, shock_firm: str | None, shock_usd_bn: float) -> np.ndarray:
    shock = np.zeros(len(net.firms))
    try:
        size = float(shock_usd_bn)
    except (TypeError, ValueError):
        raise ValueError(f"shock_usd_bn must be a number, got {shock_usd_bn!r}") from None
    if not np.isfinite(size) or size < 0:
        raise ValueError(f"shock_usd_bn must be a finite loss >= 0 (USD bn), got {size!r}")
    if shock_firm is not None:
        i = net.index(shock_firm)
        if net.kinds[i] == "lender":
            raise ValueError(f"shock_firm must be an operating firm, got lender {shock_firm!r}")
        shock[i] = -size
    elif size > 0:
        raise ValueError("shock_firm is required when shock_usd_bn > 0")
    return shock


def _exposures(net: ScenarioNetwork) -> dict[str, float]:
    lend = net.lender_nodes
    interest = net.debt_service.sum(axis=0)[:, lend].sum(axis=0)
    principal_left = net.principal[-1] @ net.lender_shares  # repaid principal is in service
    lenders = interest + principal_left
    equity = float(net.contracts.sum())
    return {**{k: float(v) for k, v in zip(LENDERS, lenders, strict=True)}, "equity": equity}


def run_scenario(
    network: ScenarioNetwork | None = None,
    path: str = "stagnation",
    *,
    growth: float | None = None,
    residual_value_fraction: float | None = None,
    other_cost_share: float | None = None,
    shock_firm: str | None = None,
    shock_usd_bn: float = 0.0,
    method: str = "eisenberg_noe",
    alpha: float = 1.0,
    beta: float = 1.0,
) -> ScenarioResult:
    """Clear the network year by year on one revenue path.

    Parameters
    ----------
    network : ScenarioNetwork, optional
        Default :func:`build_network` ``()``.
    path : {"base", "stagnation", "bust"}, default "stagnation"
        Revenue path of the AI lab (see :func:`revenue_path`).
    growth : float, optional
        Yearly revenue growth after the stall, fraction ``> -1`` (default: the assumption
        ``stagnation_growth``, or ``bust_growth`` for the bust path). Ignored for
        ``"base"``.
    residual_value_fraction : float, optional
        Share of the infrastructure cost recovered when a defaulted firm's assets are
        sold, in ``[0, 1]`` (default: the assumption).
    other_cost_share : float, optional
        The lab's non-compute cash costs as a share of revenue, in ``[0, 1]`` (default:
        the assumption ``openai_other_cost_share``).
    shock_firm : str, optional
        Operating firm that loses ``shock_usd_bn`` of cash in the first year.
    shock_usd_bn : float, default 0.0
        Size of that one-off loss, USD billions, ``>= 0``.
    method : {"eisenberg_noe", "rogers_veraart"}, default "eisenberg_noe"
        Clearing model of each year.
    alpha, beta : float, default 1.0
        Rogers-Veraart recovery fractions of a defaulting firm on its external assets and
        on what the network pays it; ``alpha = beta = 1`` is Eisenberg-Noe.

    Returns
    -------
    ScenarioResult

    Raises
    ------
    ValueError
        If ``path`` or ``method`` is unknown, a rate or fraction is out of range,
        ``shock_firm`` is unknown or a lender, or ``shock_usd_bn`` is negative.
    TypeError
        If ``network`` is not a ScenarioNetwork.

    Notes
    -----
    In each year ``t``: a firm's external assets are its cash, plus its outside cash flow,
    minus cash operating costs (``provider_opex_share`` of the contract revenue scheduled
    for a provider in the year, paid even after the customer has defaulted: the capacity
    was built for the contract), and for the lab its revenue net of
    ``other_cost_share`` plus new funding (``funding_to_revenue`` times revenue, only in
    years with growth of at least ``funding_growth_threshold``). The obligations of the
    year between firms still alive are cleared. A defaulting firm's contracts end; the
    lenders' claim on it (unpaid interest of the year plus outstanding principal) is
    repaid from the residual value of its infrastructure, pro rata by lender type.
    Survivors carry their net worth forward as cash. No new debt is raised, so a
    provider's own borrowing capacity is not a buffer (a caveat).

    Examples
    --------
    >>> net = build_network()
    >>> run_scenario(net, "base").defaulted
    ()
    >>> run_scenario(net, "stagnation", growth=0.0).defaulted
    ('openai',)
    >>> res = run_scenario(net, "bust")
    >>> res.defaulted, [y for y, _, _ in res.waves]
    (('openai', 'oracle', 'vantage'), [2028, 2031, 2032])
    """
    if network is None:
        network = build_network()
    if not isinstance(network, ScenarioNetwork):
        raise TypeError(f"network must be a ScenarioNetwork, got {type(network).__name__}")
    if path not in PATHS:
        raise ValueError(f"path must be one of {PATHS}, got {path!r}")
    if method not in ("eisenberg_noe", "rogers_veraart"):
        raise ValueError(f"method must be 'eisenberg_noe' or 'rogers_veraart', got {method!r}")
    alpha = _check_fraction(alpha, "alpha")
    beta = _check_fraction(beta, "beta")
    a = network.assumptions
    g = _growth_default(network, path) if growth is None else growth
    rv = _check_fraction(
        a["residual_value_fraction"]
        if residual_value_fraction is None
        else residual_value_fraction,
        "residual_value_fraction",
    )
    oc = _check_fraction(
        a["openai_other_cost_share"] if other_cost_share is None else other_cost_share,
        "other_cost_share",
    )
    try:
        g = float(g)
    except (TypeError, ValueError):
        raise ValueError(f"growth must be a rate > -1, got {g!r}") from None
    revenue = revenue_path(
        path, network.years, network.revenue_start, network.base_growth, int(a["stall_year"]), g
    )
    shock = _shock_vector(network, shock_firm, shock_usd_bn)
    sim = _simulate(
        network,
        revenue[None, :],
        np.array([oc]),
        np.array([rv]),
        shock[None, :],
        _single_clear(method, alpha, beta),
    )
    by_year = sim.losses_by_year[:, 0, :]
    return ScenarioResult(
        firms=network.firms,
        years=network.years,
        path=path,
        revenue=revenue,
        default_year=sim.default_year[0],
        defaults_by_year=sim.new_defaults[:, 0, :],
        waves=tuple(sim.waves),
        losses_by_year=by_year,
        losses={h: float(v) for h, v in zip(HOLDERS, by_year.sum(axis=0), strict=True)},
        exposures=_exposures(network),
        residual_recovered=float(sim.recovered[0]),
        residual_value=float(sim.residual[0]),
        infrastructure_defaulted=float(sim.infra[0]),
        payments=sim.payments[:, 0, :],
        obligations=sim.obligations[:, 0, :],
        cash=sim.cash[:, 0, :],
        method=method,
    )


def monte_carlo(
    n: int,
    seed: int,
    network: ScenarioNetwork | None = None,
    path: str = "stagnation",
    *,
    shock_firm: str | None = None,
    shock_usd_bn: float = 0.0,
    batched: bool = True,
) -> MonteCarloResult:
    """Many scenarios with uncertain growth, residual value and costs (seeded, vectorised).

    Parameters
    ----------
    n : int
        Number of scenarios, ``>= 1``.
    seed : int
        Seed of the ``numpy.random.Generator`` (``default_rng(seed)``).
    network : ScenarioNetwork, optional
        Default :func:`build_network` ``()``.
    path : {"base", "stagnation", "bust"}, default "stagnation"
        Revenue path.
    shock_firm, shock_usd_bn
        One-off first-year cash loss, as in :func:`run_scenario`.
    batched : bool, default True
        ``True``: clear all scenarios together with
        :func:`~aifin_lib.contagion.eisenberg_noe_batch` (grouped by the set of firms
        still alive). ``False``: a plain loop of :func:`run_scenario` (for checks and
        benchmarks); the results are the same.

    Returns
    -------
    MonteCarloResult

    Raises
    ------
    ValueError
        If ``n`` is not a positive integer, ``seed`` is not an integer, or another input is
        invalid (see :func:`run_scenario`).

    Notes
    -----
    Independent uniform draws, in this order: post-stall growth on
    ``[stagnation_growth_low, stagnation_growth_high]`` (for ``"bust"`` the same range
    shifted by ``bust_growth - stagnation_growth``; unused for ``"base"``), the residual
    value fraction on ``[residual_value_fraction_low, residual_value_fraction_high]``
    and the lab's other-cost share on ``[openai_other_cost_share_low,
    openai_other_cost_share_high]``. Clearing is Eisenberg-Noe.

    Examples
    --------
    >>> mc = monte_carlo(200, seed=1)
    >>> mc.losses.shape, bool((mc.losses >= 0).all())
    ((200, 4), True)
    """
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"n must be a positive integer number of scenarios, got {n!r}")
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)):
        raise ValueError(f"seed must be an integer, got {seed!r}")
    if network is None:
        network = build_network()
    if not isinstance(network, ScenarioNetwork):
        raise TypeError(f"network must be a ScenarioNetwork, got {type(network).__name__}")
    if path not in PATHS:
        raise ValueError(f"path must be one of {PATHS}, got {path!r}")
    a = network.assumptions
    rng = np.random.default_rng(seed)
    shift = a["bust_growth"] - a["stagnation_growth"] if path == "bust" else 0.0
    lo = max(a["stagnation_growth_low"] + shift, -0.99)
    hi = max(a["stagnation_growth_high"] + shift, -0.99)
    growth = rng.uniform(lo, hi, n)
    rv = rng.uniform(a["residual_value_fraction_low"], a["residual_value_fraction_high"], n)
    oc = rng.uniform(a["openai_other_cost_share_low"], a["openai_other_cost_share_high"], n)
    samples = {"growth": growth, "residual_value_fraction": rv, "other_cost_share": oc}
    shock = _shock_vector(network, shock_firm, shock_usd_bn)
    if batched:
        revenue = revenue_path(
            path,
            network.years,
            network.revenue_start,
            network.base_growth,
            int(a["stall_year"]),
            growth,
        )
        if revenue.ndim == 1:
            revenue = np.broadcast_to(revenue, (n, len(network.years)))
        sim = _simulate(
            network, revenue, oc, rv, np.broadcast_to(shock, (n, shock.size)), _batch_clear
        )
        default_year = sim.default_year
        losses = sim.losses_by_year.sum(axis=0)
        recovered = sim.recovered
    else:
        default_year = np.zeros((n, len(network.firms)), int)
        losses = np.zeros((n, len(HOLDERS)))
        recovered = np.zeros(n)
        for s in range(n):
            res = run_scenario(
                network,
                path,
                growth=growth[s],
                residual_value_fraction=rv[s],
                other_cost_share=oc[s],
                shock_firm=shock_firm,
                shock_usd_bn=shock_usd_bn,
            )
            default_year[s] = res.default_year
            losses[s] = [res.losses[h] for h in HOLDERS]
            recovered[s] = res.residual_recovered
    return MonteCarloResult(
        firms=network.firms,
        years=network.years,
        path=path,
        samples=samples,
        default_year=default_year,
        losses=losses,
        residual_recovered=recovered,
        n_defaults=(default_year >= 0).sum(axis=1),
        seed=int(seed),
    )
