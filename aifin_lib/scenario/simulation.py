"""Clearing the network year by year: one scenario, or many at once (Monte Carlo)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import numpy as np

from aifin_lib import data
from aifin_lib.contagion import eisenberg_noe, eisenberg_noe_batch, rogers_veraart

from .network import LENDERS, ScenarioNetwork, build_network
from .results import CASH_FLOW_ITEMS, MonteCarloResult, ScenarioResult

__all__ = ["PATHS", "monte_carlo", "revenue_path", "run_scenario"]

PATHS: tuple[str, ...] = ("base", "stagnation", "bust")
"""Revenue paths: as projected, growth stalls, revenue falls."""

# A clearing function: (liabilities (n, n), external assets (S, n)) ->
#   (payments (S, n), defaults (S, n), waves of scenario 0 or None)
_Clear = Callable[[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray, Any]]


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
class _Inputs:
    """What varies between scenarios: revenue and funding paths, costs, residual value, shock."""

    revenue: np.ndarray  # (S, T)
    funding: np.ndarray  # (S, T)
    other_cost: np.ndarray  # (S,)
    residual_fraction: np.ndarray  # (S,)
    shock: np.ndarray  # (S, n)
    outside_factor: np.ndarray  # (S,)


@dataclass
class _State:
    """The year-by-year record of a simulation (arrays over years, scenarios and firms)."""

    alive: np.ndarray
    cash: np.ndarray
    payments: np.ndarray
    obligations: np.ndarray
    new_defaults: np.ndarray
    credit_losses: np.ndarray  # (T, S, 3)
    credit_by_firm: np.ndarray  # (S, n)
    lost_revenue: np.ndarray  # (T, S, n)
    recovered: np.ndarray
    residual: np.ndarray
    infra: np.ndarray
    flows: dict[str, np.ndarray] | None
    waves: list


def _funding(net: ScenarioNetwork, revenue: np.ndarray) -> np.ndarray:
    """New money for the lab: the first year's round, then the assumptions' funding rule."""
    a = net.assumptions
    prev = np.concatenate([np.full((revenue.shape[0], 1), net.revenue_start), revenue[:, :-1]],
                          axis=1)
    growth = revenue / prev - 1.0
    funding = np.where(
        growth >= a["funding_growth_threshold"] - 1e-12, a["funding_to_revenue"] * revenue, 0.0
    )
    funding[:, 0] = net.first_year_funding
    return funding


def _clear_year(net: ScenarioNetwork, L_full: np.ndarray, e: np.ndarray, alive: np.ndarray,
                clear: _Clear, force_clear: bool, t: int, waves: list) -> dict[str, np.ndarray]:
    """Clear one year for every scenario, grouped by the set of firms still alive."""
    S, n = e.shape
    lenders = net.lender_nodes
    codes = alive.astype(np.int64) @ (np.int64(1) << np.arange(n, dtype=np.int64))
    _, first, inverse = np.unique(codes, return_index=True, return_inverse=True)
    inverse = np.asarray(inverse).reshape(-1)
    out = {k: np.zeros((S, n)) for k in ("p", "pbar", "received", "unpaid_to", "worth")}
    out["d"] = np.zeros((S, n), bool)
    out["unpaid_lender"] = np.zeros((S, n, len(LENDERS)))
    out["debt_share"] = np.zeros((S, n))
    for g, pattern in enumerate(alive[first]):
        idx = np.flatnonzero(inverse == g)
        mask = pattern.astype(float)
        L = L_full * mask[:, None] * mask[None, :]
        pb = L.sum(axis=1)
        pg = np.broadcast_to(pb, (idx.size, n)).copy()
        dg = np.zeros((idx.size, n), bool)
        # Paying in full is the greatest clearing vector when everyone can (exact).
        short_full = e[idx] + L.sum(axis=0) < pb
        need = short_full.any(axis=1) if not force_clear else np.ones(idx.size, bool)
        wv = None
        if need.any():
            pg[need], dg[need], wv = clear(L, e[idx[need]])
        if wv is not None:
            waves.extend(
                (net.years[t], r, tuple(net.firms[i] for i in w)) for r, w in enumerate(wv)
            )
        with np.errstate(divide="ignore", invalid="ignore"):
            rel = np.where(pb[:, None] > 0, L / pb[:, None], 0.0)
        short = np.maximum(pb - pg, 0.0)
        out["p"][idx], out["d"][idx], out["pbar"][idx] = pg, dg & pattern, pb
        out["received"][idx] = pg @ rel
        out["unpaid_to"][idx] = short @ rel
        out["unpaid_lender"][idx] = short[:, :, None] * rel[None, :, lenders]
        out["debt_share"][idx] = rel[:, lenders].sum(axis=1)
        out["worth"][idx] = e[idx] + pg @ rel - pg
    return out


def _simulate(net: ScenarioNetwork, inputs: _Inputs, clear: _Clear, *, record: bool = False,
              force_clear: bool = False) -> _State:
    """Clear every year for ``S`` scenarios at once."""
    S, T = inputs.revenue.shape
    n = len(net.firms)
    is_firm = np.ones(n, bool)
    is_firm[net.lender_nodes] = False
    st = _State(
        alive=np.ones((S, n), bool), cash=np.zeros((T + 1, S, n)),
        payments=np.zeros((T, S, n)), obligations=np.zeros((T, S, n)),
        new_defaults=np.zeros((T, S, n), bool), credit_losses=np.zeros((T, S, len(LENDERS))),
        credit_by_firm=np.zeros((S, n)), lost_revenue=np.zeros((T, S, n)),
        recovered=np.zeros(S), residual=np.zeros(S), infra=np.zeros(S),
        flows={k: np.zeros((T, S, n)) for k, _ in CASH_FLOW_ITEMS} | {
            "closing_cash": np.zeros((T, S, n))} if record else None,
        waves=[],
    )
    st.cash[0] = net.initial_cash
    future = np.cumsum(net.contracts[::-1], axis=0)[::-1]  # contracts due in year t and later
    for t in range(T):
        alive = st.alive
        parts = _year_parts(net, st, inputs, t, is_firm)
        e = cast(np.ndarray, sum(sign * parts[k] for k, sign in CASH_FLOW_ITEMS if k in parts))
        cleared = _clear_year(net, net.contracts[t] + net.debt_service[t], e, alive, clear,
                              force_clear, t, st.waves)
        st.payments[t], st.obligations[t] = cleared["p"], cleared["pbar"]
        new = cleared["d"] & alive
        st.new_defaults[t] = new
        _settle_lenders(net, st, inputs, cleared, t, new)
        # Suppliers: unpaid contract payments of the year plus the cancelled rest of the
        # contracts owed by the firms that default, to firms that survive the year.
        survivors = alive & ~new
        unpaid_contracts = cleared["unpaid_to"]
        cancelled = np.zeros((S, n))
        if t + 1 < T:
            cancelled = (new.astype(float) @ future[t + 1]) * survivors
        st.lost_revenue[t] = (unpaid_contracts + cancelled) * is_firm
        if record:
            _record(net, st, parts, cleared, t, new)
        st.alive = survivors
        st.cash[t + 1] = np.where(survivors, np.maximum(cleared["worth"], 0.0), 0.0)
    return st


def _year_parts(net: ScenarioNetwork, st: _State, inputs: _Inputs, t: int,
                is_firm: np.ndarray) -> dict[str, np.ndarray]:
    """The cash lines of year ``t`` of every firm still alive (zero for lenders and firms
    that defaulted), ``(S, n)`` each, USD billions."""
    S, n = st.alive.shape
    lab = net.ai_lab
    C = net.contracts[t]
    # running costs follow the revenue due from customers that are still paying
    running = net.running_cost_share * ((st.alive[:, :, None] * C[None]).sum(axis=1))
    parts = {
        "opening_cash": st.cash[t],
        "outside_cash_flow": inputs.outside_factor[:, None] * net.external_cash_flow[None],
        "running_costs": running,
        "fixed_costs": np.broadcast_to(net.fixed_costs[t], (S, n)),
        "shock": inputs.shock if t == 0 else np.zeros((S, n)),
        "revenue": np.zeros((S, n)), "other_costs": np.zeros((S, n)),
        "new_funding": np.zeros((S, n)),
    }
    parts["revenue"][:, lab] = inputs.revenue[:, t]
    parts["other_costs"][:, lab] = inputs.revenue[:, t] * inputs.other_cost
    parts["new_funding"][:, lab] = inputs.funding[:, t]
    return {k: np.where(st.alive & is_firm, v, 0.0) for k, v in parts.items()}


def _settle_lenders(net: ScenarioNetwork, st: _State, inputs: _Inputs,
                    cleared: dict[str, np.ndarray], t: int, new: np.ndarray) -> None:
    """Lenders of the firms defaulting in year ``t``: the unpaid debt service of the year
    plus the principal outstanding, less what the sale of the infrastructure recovers."""
    claims = (cleared["unpaid_lender"] + net.principal_by_lender[t + 1][None]) * new[:, :, None]
    total_claim = claims.sum(axis=2)
    value = inputs.residual_fraction[:, None] * net.infrastructure_value[None]
    rec = np.minimum(total_claim, value) * new
    with np.errstate(divide="ignore", invalid="ignore"):
        rec_share = np.where(total_claim > 0, rec / total_claim, 0.0)
    loss = claims * (1.0 - rec_share[:, :, None])
    st.credit_losses[t] = loss.sum(axis=1)
    st.credit_by_firm += loss.sum(axis=2)
    st.recovered += rec.sum(axis=1)
    st.residual += (value * new).sum(axis=1)
    st.infra += (net.infrastructure_value[None] * new).sum(axis=1)


def _record(net: ScenarioNetwork, st: _State, parts: dict[str, np.ndarray],
            cleared: dict[str, np.ndarray], t: int, new: np.ndarray) -> None:
    """Store the year's cash table lines (only for runs that keep them)."""
    if st.flows is None:
        return
    for key in parts:
        st.flows[key][t] = parts[key]
    p = cleared["p"]
    debt_paid = p * cleared["debt_share"]
    interest_due = net.interest[t][None]
    service_due = net.debt_service[t].sum(axis=1)[None]
    with np.errstate(divide="ignore", invalid="ignore"):
        interest_part = np.where(service_due > 0, interest_due / service_due, 0.0)
    st.flows["received"][t] = cleared["received"]
    st.flows["paid_contracts"][t] = p - debt_paid
    st.flows["paid_interest"][t] = debt_paid * interest_part
    st.flows["paid_principal"][t] = debt_paid * (1.0 - interest_part)
    st.flows["closing_cash"][t] = np.where(new, 0.0, np.maximum(cleared["worth"], 0.0))


def _single_clear(method: str, alpha: float, beta: float) -> _Clear:
    def clear(L: np.ndarray, E: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[list[int]]]:
        res = (
            eisenberg_noe(L, E[0], method="fictitious_default")
            if method == "eisenberg_noe"
            else rogers_veraart(L, E[0], alpha, beta)
        )
        return res.payments[None, :], res.defaults[None, :], res.waves

    return clear


def _batch_clear(L: np.ndarray, E: np.ndarray) -> tuple[np.ndarray, np.ndarray, None]:
    res = eisenberg_noe_batch(L, E)
    return res.payments, res.defaults, None


def _fraction(x: Any, name: str) -> float:
    if isinstance(x, bool):
        raise ValueError(f"{name} must be a number in [0, 1], got {x!r}")
    try:
        v = float(x)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number in [0, 1], got {x!r}") from None
    if not 0.0 <= v <= 1.0:
        raise ValueError(f"{name} must be a fraction in [0, 1], got {x!r}")
    return v


def _shock_vector(net: ScenarioNetwork, shock_firm: str | None, shock_usd_bn: Any) -> np.ndarray:
    shock = np.zeros(len(net.firms))
    if isinstance(shock_usd_bn, bool):
        raise ValueError(f"shock_usd_bn must be a number, got {shock_usd_bn!r}")
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


def _factor(x: Any) -> float:
    if isinstance(x, bool):
        raise ValueError(f"outside_cash_flow_factor must be a number >= 0, got {x!r}")
    try:
        v = float(x)
    except (TypeError, ValueError):
        raise ValueError(f"outside_cash_flow_factor must be a number >= 0, got {x!r}") from None
    if not (np.isfinite(v) and v >= 0):
        raise ValueError(f"outside_cash_flow_factor must be a number >= 0, got {x!r}")
    return v


def _exposures(net: ScenarioNetwork) -> dict[str, float]:
    return {k: float(v) for k, v in zip(LENDERS, net.lender_exposure(), strict=True)}


def _growth(net: ScenarioNetwork, path: str, growth: Any) -> float:
    if growth is None:
        growth = net.assumptions["bust_growth" if path == "bust" else "stagnation_growth"]
    if isinstance(growth, bool):
        raise ValueError(f"growth must be a rate > -1, got {growth!r}")
    try:
        return float(growth)
    except (TypeError, ValueError):
        raise ValueError(f"growth must be a rate > -1, got {growth!r}") from None


def _network_or_default(network: Any) -> ScenarioNetwork:
    if network is None:
        return default_network()
    if not isinstance(network, ScenarioNetwork):
        raise TypeError(f"network must be a ScenarioNetwork, got {type(network).__name__}")
    return network


_DEFAULT: dict[Path, ScenarioNetwork] = {}


def default_network() -> ScenarioNetwork:
    """The network of ``data/`` with the table's assumptions, built once per data folder.

    This is the library's one cache of the default network: every chapter, the policy levers
    and the worksheet checks share it.

    Returns
    -------
    ScenarioNetwork
        :func:`~aifin_lib.scenario.build_network` ``()``, cached per folder of
        :func:`aifin_lib.data.data_dir` (the network is immutable).
    """
    folder = data.data_dir()
    if folder not in _DEFAULT:
        _DEFAULT[folder] = build_network()
    return _DEFAULT[folder]


def run_scenario(
    network: ScenarioNetwork | None = None,
    path: str = "stagnation",
    *,
    growth: float | None = None,
    residual_value_fraction: float | None = None,
    other_cost_share: float | None = None,
    outside_cash_flow_factor: float = 1.0,
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
        Default :func:`default_network` (``build_network()``).
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
        The lab's cash costs other than its network contracts as a share of revenue, in
        ``[0, 1]`` (default: the calibration's ``other_cost_share``).
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
    In each year ``t`` a firm's external assets are its cash, plus its outside cash flow,
    minus its running costs (its ``running_cost_share`` of the contract revenue due to it
    from customers that are still paying) and its fixed outside costs, and for the lab its
    revenue net of ``other_cost_share`` plus new funding: in the first year the funding round
    of the calibration, later ``funding_to_revenue`` times revenue in years with growth of at
    least ``funding_growth_threshold``. The obligations of the year between firms still
    alive are cleared. A defaulting firm's contracts end; its lenders' claim (unpaid debt
    service of the year plus principal outstanding) is repaid from the residual value of
    its infrastructure, pro rata by lender type: what is not repaid is their credit loss.
    Its suppliers lose the unpaid and the cancelled contract revenue (reported apart: it is
    revenue, not a credit loss). Survivors carry their net worth forward as cash. No new
    debt is raised, so a firm's own borrowing capacity is not a buffer (a caveat).

    Examples
    --------
    >>> res = run_scenario(path="base")
    >>> res.defaulted
    ()
    """
    network = _network_or_default(network)
    if path not in PATHS:
        raise ValueError(f"path must be one of {PATHS}, got {path!r}")
    if method not in ("eisenberg_noe", "rogers_veraart"):
        raise ValueError(f"method must be 'eisenberg_noe' or 'rogers_veraart', got {method!r}")
    alpha = _fraction(alpha, "alpha")
    beta = _fraction(beta, "beta")
    a = network.assumptions
    rv = _fraction(a["residual_value_fraction"] if residual_value_fraction is None
                   else residual_value_fraction, "residual_value_fraction")
    oc = _fraction(network.other_cost_share if other_cost_share is None else other_cost_share,
                   "other_cost_share")
    revenue = revenue_path(path, network.years, network.revenue_start, network.base_growth,
                           int(a["stall_year"]), _growth(network, path, growth))[None, :]
    factor = _factor(outside_cash_flow_factor)
    shock = _shock_vector(network, shock_firm, shock_usd_bn)
    inputs = _Inputs(revenue, _funding(network, revenue), np.array([oc]), np.array([rv]),
                     shock[None, :], np.array([factor]))
    st = _simulate(network, inputs, _single_clear(method, alpha, beta), record=True)
    by_year = st.credit_losses[:, 0, :]
    lost = st.lost_revenue[:, 0, :].sum(axis=0)
    flows = st.flows if st.flows is not None else {}
    return ScenarioResult(
        firms=network.firms,
        years=network.years,
        path=path,
        method=method,
        revenue=revenue[0],
        funding=inputs.funding[0],
        default_year=_default_years(network, st)[0],
        defaults_by_year=st.new_defaults[:, 0, :],
        waves=tuple(st.waves),
        credit_losses_by_year=by_year,
        credit_losses={k: float(v) for k, v in zip(LENDERS, by_year.sum(axis=0), strict=True)},
        credit_losses_by_firm=st.credit_by_firm[0],
        lost_revenue=lost,
        lost_margin=lost * (1.0 - network.running_cost_share),
        exposures=_exposures(network),
        residual_recovered=float(st.recovered[0]),
        residual_value=float(st.residual[0]),
        infrastructure_defaulted=float(st.infra[0]),
        payments=st.payments[:, 0, :],
        obligations=st.obligations[:, 0, :],
        cash=st.cash[:, 0, :],
        flows={k: v[:, 0, :] for k, v in flows.items()},
    )


def _default_years(net: ScenarioNetwork, st: _State) -> np.ndarray:
    year_arr = np.array(net.years)
    any_def = st.new_defaults.any(axis=0)
    return np.where(any_def, year_arr[np.argmax(st.new_defaults, axis=0)], -1)


def _draws(a: Mapping[str, float], rng: np.random.Generator, n: int,
           path: str) -> dict[str, np.ndarray]:
    """The Monte Carlo's draws, in the order of :func:`monte_carlo`'s notes."""
    shift = a["bust_growth"] - a["stagnation_growth"] if path == "bust" else 0.0
    lo = max(a["stagnation_growth_low"] + shift, -0.99)
    hi = max(a["stagnation_growth_high"] + shift, -0.99)
    growth = rng.uniform(lo, hi, n)
    rv = rng.uniform(a["residual_value_fraction_low"], a["residual_value_fraction_high"], n)
    oc = rng.uniform(a["lab_other_cost_share_low"], a["lab_other_cost_share_high"], n)
    factor = (rng.uniform(a["outside_cash_flow_factor_low"], a["outside_cash_flow_factor_high"], n)
              if path != "base" else np.ones(n))
    return {"growth": growth, "residual_value_fraction": rv, "other_cost_share": oc,
            "outside_cash_flow_factor": factor}


_McOutcome = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]
"""Default years ``(S, n)``, credit losses ``(S, 3)``, lost revenue ``(S,)`` and residual value
recovered ``(S,)`` of the scenarios of a Monte Carlo."""


def _mc_batched(network: ScenarioNetwork, path: str, samples: dict[str, np.ndarray],
                shock: np.ndarray) -> _McOutcome:
    """All scenarios cleared together (:func:`~aifin_lib.contagion.eisenberg_noe_batch`)."""
    n = len(samples["growth"])
    revenue = revenue_path(path, network.years, network.revenue_start, network.base_growth,
                           int(network.assumptions["stall_year"]), samples["growth"])
    if revenue.ndim == 1:
        revenue = np.broadcast_to(revenue, (n, len(network.years)))
    inputs = _Inputs(revenue, _funding(network, revenue), samples["other_cost_share"],
                     samples["residual_value_fraction"],
                     np.broadcast_to(shock, (n, shock.size)), samples["outside_cash_flow_factor"])
    st = _simulate(network, inputs, _batch_clear)
    return (_default_years(network, st), st.credit_losses.sum(axis=0),
            st.lost_revenue.sum(axis=(0, 2)), st.recovered)


def _mc_looped(network: ScenarioNetwork, path: str, samples: dict[str, np.ndarray],
               shock_firm: str | None, shock_usd_bn: float) -> _McOutcome:
    """The same scenarios, one :func:`run_scenario` each (for checks and benchmarks)."""
    n = len(samples["growth"])
    default_year = np.zeros((n, len(network.firms)), int)
    credit = np.zeros((n, len(LENDERS)))
    lost = np.zeros(n)
    recovered = np.zeros(n)
    for s in range(n):
        res = run_scenario(network, path, growth=samples["growth"][s],
                           residual_value_fraction=samples["residual_value_fraction"][s],
                           other_cost_share=samples["other_cost_share"][s],
                           outside_cash_flow_factor=samples["outside_cash_flow_factor"][s],
                           shock_firm=shock_firm, shock_usd_bn=shock_usd_bn)
        default_year[s] = res.default_year
        credit[s] = [res.credit_losses[k] for k in LENDERS]
        lost[s] = res.total_lost_revenue
        recovered[s] = res.residual_recovered
    return default_year, credit, lost, recovered


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
        Seed of the ``numpy.random.Generator`` (``default_rng(seed)``), ``>= 0``.
    network : ScenarioNetwork, optional
        Default :func:`default_network`.
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
        If ``n`` is not a positive integer, ``seed`` is not an integer >= 0, or another
        input is invalid (see :func:`run_scenario`).

    Notes
    -----
    Independent uniform draws, in this order: post-stall growth on
    ``[stagnation_growth_low, stagnation_growth_high]`` (for ``"bust"`` the same range
    shifted by ``bust_growth - stagnation_growth``; unused for ``"base"``), the residual
    value fraction on ``[residual_value_fraction_low, residual_value_fraction_high]``,
    the lab's other-cost share on ``[lab_other_cost_share_low, lab_other_cost_share_high]``
    and the factor on the firms' outside cash flows on ``[outside_cash_flow_factor_low,
    outside_cash_flow_factor_high]`` (1 on the base path). Clearing is Eisenberg-Noe.

    Examples
    --------
    >>> mc = monte_carlo(200, seed=1)
    >>> mc.credit_losses.shape, bool((mc.credit_losses >= 0).all())
    ((200, 3), True)
    """
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ValueError(f"n must be a positive integer number of scenarios, got {n!r}")
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise ValueError(f"seed must be an integer >= 0, got {seed!r}")
    if not isinstance(batched, (bool, np.bool_)):
        raise ValueError(f"batched must be True or False, got {batched!r}")
    network = _network_or_default(network)
    if path not in PATHS:
        raise ValueError(f"path must be one of {PATHS}, got {path!r}")
    samples = _draws(network.assumptions, np.random.default_rng(seed), n, path)
    if batched:
        shock = _shock_vector(network, shock_firm, shock_usd_bn)
        default_year, credit, lost, recovered = _mc_batched(network, path, samples, shock)
    else:
        default_year, credit, lost, recovered = _mc_looped(network, path, samples, shock_firm,
                                                           shock_usd_bn)
    return MonteCarloResult(
        firms=network.firms,
        years=network.years,
        path=path,
        samples=samples,
        default_year=default_year,
        credit_losses=credit,
        lost_revenue=lost,
        residual_recovered=recovered,
        n_defaults=(default_year >= 0).sum(axis=1),
        seed=int(seed),
    )
