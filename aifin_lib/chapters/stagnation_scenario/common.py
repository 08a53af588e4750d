"""What every part of the stagnation chapter uses: its network, paths, firm names and sources."""

from __future__ import annotations

from typing import Any

from aifin_lib import data, i18n
from aifin_lib.scenario import (
    LENDERS,
    MonteCarloResult,
    ScenarioNetwork,
    ScenarioResult,
    default_network,
    monte_carlo,
    network_sources,
    run_scenario,
)
from aifin_lib.viz.sources import with_sources

__all__ = [
    "MC_SCENARIOS",
    "MC_SEED",
    "SHOCK_FIRMS",
    "SHOCK_USD_BN",
    "firm_name",
    "network",
    "network_sources",
    "severe_factor",
]

SHOCK_FIRMS: tuple[str, ...] = ("none", "openai", "oracle", "coreweave")
"""Choices of the dashboard's one-off shock (``"none"``: no shock)."""
SHOCK_USD_BN = 30.0
"""Size of the one-off cash loss of the shocked firm, USD billions: a scenario parameter of
the chapter (of the order of Oracle's yearly interest and chip payments), not a figure."""
MC_SCENARIOS = 5_000
"""Monte Carlo scenarios per path in the chapter."""
MC_SEED = 2026
"""Seed of the chapter's Monte Carlo."""

_PATHS_SHOWN = ("base", "stagnation", "bust", "severe")
_SHORT_NAMES = {"hyperion_jv": "Hyperion JV", "meta": "Meta", "cerebras": "Cerebras"}


def network() -> ScenarioNetwork:
    """The chapter's network: :func:`aifin_lib.scenario.default_network` (shared, cached there)."""
    return default_network()


def severe_factor() -> float:
    """The supervisors' severely adverse factor on outside cash flows (an assumption)."""
    return float(network().assumptions["stress_outside_cash_flow_factor"])


def _run(path: str, **kwargs: Any) -> ScenarioResult:
    """A path of the chapter; ``"severe"`` is the bust with the severe cut of outside cash."""
    if path == "severe":
        a = network().assumptions
        kwargs.setdefault("outside_cash_flow_factor", severe_factor())
        kwargs.setdefault("residual_value_fraction", a["residual_value_fraction_low"])
        path = "bust"
    return run_scenario(network(), path, **kwargs)


def _central(path: str) -> ScenarioResult:
    """A path of the chapter with every other input at its central value."""
    return _run(path)


def _mc(path: str) -> MonteCarloResult:
    """The chapter's Monte Carlo on ``path`` (:data:`MC_SCENARIOS` scenarios, :data:`MC_SEED`)."""
    return monte_carlo(MC_SCENARIOS, MC_SEED, network(), path)


def firm_name(firm: str) -> str:
    """Short display name of a company id (``companies.csv``), or a lender type's label."""
    if firm in LENDERS:
        return i18n.t(f"stagnation_holder_{firm}")
    if firm in _SHORT_NAMES:
        return _SHORT_NAMES[firm]
    names = data.load("companies").set_index("company_id")["name"]
    return str(names.get(firm, firm)).split(" (")[0]


def _sourced(chart: Any, model: str = "aifin_lib.scenario.run_scenario") -> Any:
    return with_sources(chart, network_sources(), model)


def _operating(net: ScenarioNetwork) -> list[str]:
    return [f for f in net.firms if f not in LENDERS]


def _debtors(net: ScenarioNetwork) -> list[str]:
    """Firms with obligations in the network: the only ones that can default."""
    owes = (net.contracts.sum(axis=(0, 2)) + net.debt_service.sum(axis=(0, 2))) > 0
    return [f for f in _operating(net) if owes[net.index(f)]]


def _suppliers(net: ScenarioNetwork) -> list[str]:
    """Firms that are owed contract payments in the network."""
    owed = net.contracts.sum(axis=(0, 1))
    return [f for f in _operating(net) if owed[net.index(f)] > 0]
