"""What a policy is evaluated on: the policy itself and the stress case it meets.

:class:`Policy` is a mix of levers; :class:`StressCase` is a path of the stagnation scenario
with its shocks (the arguments of :func:`aifin_lib.scenario.run_scenario`); the supervisory
battery is the set of stress cases of the stress test.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import numpy as np

from aifin_lib.scenario import (
    PATHS,
    ScenarioNetwork,
    default_network,
)

__all__ = [
    "REFERENCE_CAPITAL_METRIC",
    "SUPERVISORY_BATTERY",
    "Policy",
    "Scenario",
    "StressCase",
    "severe_scenario",
    "supervisory_battery",
]


REFERENCE_CAPITAL_METRIC = "boe_2025_cet1_benchmark_after"
"""Metric id of the capital ratio used by the concentration limit when no capital buffer is
set (the Bank of England's bank capital benchmark after December 2025)."""


@dataclass(frozen=True)
class Policy:
    """A mix of policy levers; the defaults are "no policy".

    Parameters
    ----------
    disclosure : float, default 0.0
        Share of the round-tripped money that lenders net out of the AI lab's cash, in
        ``[0, 1]`` (0: circular deals are not disclosed; 1: fully disclosed and netted).
    max_loan_to_value : float, optional
        Maximum debt as a share of a project's cost, in ``(0, 1]``; ``None``: no limit.
    capital_ratio : float, optional
        Capital each lender type holds, as a share of its exposure (interest plus
        principal it is owed), in ``[0, 1]``. ``None``: lenders are outside the model, as in
        the scenario (they absorb every loss and never stop lending).
    max_exposure_to_capital : float, optional
        Maximum loan of one lender type to one borrower, as a multiple of the lender's
        capital, ``> 0``; ``None``: no limit.
    stress_test : bool, default False
        Lenders must hold at least the loss they would suffer in the worst scenario of
        :data:`SUPERVISORY_BATTERY` (clearing the policy's own network).

    Raises
    ------
    ValueError
        If a parameter is out of range or not a number.
    TypeError
        If ``stress_test`` is not a bool.

    Examples
    --------
    >>> Policy().is_neutral
    True
    >>> Policy(max_loan_to_value=1.5)
    Traceback (most recent call last):
    ...
    ValueError: max_loan_to_value must be a fraction in (0, 1] or None, got 1.5
    """

    disclosure: float = 0.0
    max_loan_to_value: float | None = None
    capital_ratio: float | None = None
    max_exposure_to_capital: float | None = None
    stress_test: bool = False

    def __post_init__(self) -> None:
        """Validate the parameters."""
        numeric = ("disclosure", "max_loan_to_value", "capital_ratio", "max_exposure_to_capital")
        for field in numeric:
            value = getattr(self, field)
            if isinstance(value, str | bytes):  # float("0.5") would read text as a number
                raise ValueError(f"{field} must be a number, not text, got {value!r}")
        d = _number(self.disclosure, "disclosure", "a fraction in [0, 1]")
        if not 0.0 <= d <= 1.0:
            raise ValueError(f"disclosure must be a fraction in [0, 1], got {self.disclosure!r}")
        if self.max_loan_to_value is not None:
            v = _number(self.max_loan_to_value, "max_loan_to_value", "a fraction in (0, 1]")
            if not 0.0 < v <= 1.0:
                raise ValueError(
                    f"max_loan_to_value must be a fraction in (0, 1] or None, got {v!r}"
                )
        if self.capital_ratio is not None:
            c = _number(self.capital_ratio, "capital_ratio", "a fraction in [0, 1]")
            if not 0.0 <= c <= 1.0:
                raise ValueError(f"capital_ratio must be a fraction in [0, 1] or None, got {c!r}")
        if self.max_exposure_to_capital is not None:
            m = _number(self.max_exposure_to_capital, "max_exposure_to_capital", "a number > 0")
            if not m > 0:
                raise ValueError(f"max_exposure_to_capital must be > 0 or None, got {m!r}")
        if not isinstance(self.stress_test, (bool, np.bool_)):
            raise TypeError(f"stress_test must be a bool, got {type(self.stress_test).__name__}")

    @property
    def is_neutral(self) -> bool:
        """True if no lever is set (the policy changes nothing)."""
        return self == Policy()

    @property
    def lender_channel(self) -> bool:
        """True if lenders have capital and can fail (``capital_ratio`` or ``stress_test``)."""
        return self.capital_ratio is not None or bool(self.stress_test)


@dataclass(frozen=True)
class StressCase:
    """A scenario to evaluate a policy on (the arguments of ``run_scenario``).

    Parameters
    ----------
    path : {"base", "stagnation", "bust"}, default "bust"
        Revenue path of the AI lab.
    growth, residual_value_fraction, other_cost_share : float, optional
        As in :func:`aifin_lib.scenario.run_scenario` (default: the assumptions).
    outside_cash_flow_factor : float, default 1.0
        Factor on the firms' cash flows from outside the network (see ``run_scenario``).
    shock_firm : str, optional
        Operating firm that loses ``shock_usd_bn`` of cash in the first year.
    shock_usd_bn : float, default 0.0
        Size of that loss, USD billions.
    network : ScenarioNetwork, optional
        Balance sheets before the policy (default
        :func:`~aifin_lib.scenario.default_network`).
    round_tripped_usd_bn : float, optional
        Round-tripped money in the AI lab's first-year money, USD billions (default:
        :func:`round_tripped_cash` of the network).

    Raises
    ------
    ValueError
        If ``path`` is unknown or ``round_tripped_usd_bn`` is negative.
    TypeError
        If ``network`` is not a ScenarioNetwork.
    """

    path: str = "bust"
    growth: float | None = None
    residual_value_fraction: float | None = None
    other_cost_share: float | None = None
    outside_cash_flow_factor: float = 1.0
    shock_firm: str | None = None
    shock_usd_bn: float = 0.0
    network: ScenarioNetwork | None = dataclasses.field(default=None, repr=False, compare=False)
    round_tripped_usd_bn: float | None = None

    def __post_init__(self) -> None:
        """Validate the path, the network and the round-tripped money."""
        if self.path not in PATHS:
            raise ValueError(f"path must be one of {PATHS}, got {self.path!r}")
        if self.network is not None and not isinstance(self.network, ScenarioNetwork):
            raise TypeError(
                f"network must be a ScenarioNetwork or None, got {type(self.network).__name__}"
            )
        if self.round_tripped_usd_bn is not None:
            r = _number(self.round_tripped_usd_bn, "round_tripped_usd_bn", "a number >= 0")
            if r < 0:
                raise ValueError(f"round_tripped_usd_bn must be >= 0, got {r!r}")

    def run_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for :func:`~aifin_lib.scenario.run_scenario`."""
        return {
            "path": self.path,
            "growth": self.growth,
            "residual_value_fraction": self.residual_value_fraction,
            "other_cost_share": self.other_cost_share,
            "outside_cash_flow_factor": self.outside_cash_flow_factor,
            "shock_firm": self.shock_firm,
            "shock_usd_bn": self.shock_usd_bn,
        }


SUPERVISORY_BATTERY: tuple[tuple[str, str, str | None, str | None], ...] = (
    ("stagnation", "stagnation", None, None),
    ("bust", "bust", None, None),
    ("bust_adverse", "bust", "outside_cash_flow_factor_low", "residual_value_fraction_low"),
    ("bust_severe", "bust", "stress_outside_cash_flow_factor", "residual_value_fraction_low"),
)
"""The stress test's scenarios as ``(name, path, factor assumption, residual assumption)``:
stagnation and bust as in the scenario, the bust with the low ends of the Monte Carlo's ranges
of outside cash flow and residual value (adverse), and the bust with the supervisors'
severely adverse cut of outside cash flows (``None``: the scenario's own value)."""


def supervisory_battery(network: ScenarioNetwork | None = None) -> tuple[StressCase, ...]:
    """The scenarios of :data:`SUPERVISORY_BATTERY` with the values of the assumptions.

    Parameters
    ----------
    network : ScenarioNetwork, optional
        Whose assumptions to read (default :func:`~aifin_lib.scenario.default_network`).

    Returns
    -------
    tuple of StressCase
    """
    net = default_network() if network is None else network
    a = net.assumptions
    return tuple(
        StressCase(path, outside_cash_flow_factor=1.0 if factor is None else a[factor],
                 residual_value_fraction=None if residual is None else a[residual])
        for _, path, factor, residual in SUPERVISORY_BATTERY
    )


def severe_scenario(network: ScenarioNetwork | None = None) -> StressCase:
    """The severely adverse scenario of the battery (the bust with halved outside cash flows).

    Parameters
    ----------
    network : ScenarioNetwork, optional
        Whose assumptions to read (default :func:`~aifin_lib.scenario.default_network`).

    Returns
    -------
    StressCase
    """
    names = [name for name, *_ in SUPERVISORY_BATTERY]
    return supervisory_battery(network)[names.index("bust_severe")]


def _number(x: Any, name: str, expected: str) -> float:
    if isinstance(x, bool):
        raise ValueError(f"{name} must be {expected}, got {x!r}")
    try:
        v = float(x)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be {expected}, got {x!r}") from None
    if not np.isfinite(v):
        raise ValueError(f"{name} must be {expected}, got {x!r}")
    return v




Scenario = StressCase
"""The former name of :class:`StressCase` (kept for old code; the stagnation scenario itself is
:mod:`aifin_lib.scenario`)."""
