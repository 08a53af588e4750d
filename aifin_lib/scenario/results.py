"""The outcomes of the stagnation scenario: one path, or many (Monte Carlo)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .network import LENDERS

__all__ = ["CASH_FLOW_ITEMS", "MonteCarloResult", "ScenarioResult"]

CASH_FLOW_ITEMS: tuple[tuple[str, int], ...] = (
    ("opening_cash", +1),
    ("revenue", +1),
    ("other_costs", -1),
    ("new_funding", +1),
    ("outside_cash_flow", +1),
    ("running_costs", -1),
    ("fixed_costs", -1),
    ("shock", +1),
    ("received", +1),
    ("paid_contracts", -1),
    ("paid_interest", -1),
    ("paid_principal", -1),
)
"""The lines of a firm's cash table and their sign: the signed sum is the cash at the end of the
year (for a firm that survives the year; a defaulting firm ends with nothing)."""


@dataclass(frozen=True)
class ScenarioResult:
    """Outcome of one scenario, year by year (amounts in USD billions).

    Attributes
    ----------
    firms : tuple of str
        Node ids (as in :class:`~aifin_lib.scenario.ScenarioNetwork`).
    years : tuple of int
        Calendar years cleared.
    path : str
        Revenue path.
    method : str
        ``"eisenberg_noe"`` or ``"rogers_veraart"``.
    revenue : numpy.ndarray
        Shape ``(T,)``: the AI lab's revenue.
    funding : numpy.ndarray
        Shape ``(T,)``: new money the AI lab received.
    default_year : numpy.ndarray
        Shape ``(n,)``: calendar year in which each node defaults, -1 if never.
    defaults_by_year : numpy.ndarray
        Boolean ``(T, n)``: new defaults in each year.
    waves : tuple of tuple
        ``(year, round, (firm ids...))``: defaults in the order the clearing found them;
        round 0 of a year holds the firms short even if everybody paid them in full.
    credit_losses_by_year : numpy.ndarray
        Shape ``(T, 3)``: lenders' credit losses (unpaid interest and principal, less what the
        sale of the defaulted firm's infrastructure recovers) by lender type.
    credit_losses : dict
        ``{lender type: credit loss over the horizon}``.
    credit_losses_by_firm : numpy.ndarray
        Shape ``(n,)``: lenders' credit losses on each borrower.
    lost_revenue : numpy.ndarray
        Shape ``(n,)``: contract revenue each firm does not receive because a customer
        defaulted (unpaid in the default year plus the rest of the contract), gross. Not a
        loss of the same kind as a credit loss: the supplier also saves the cost of serving
        the contract, and part of it may reach the supplier's own lenders later.
    lost_margin : numpy.ndarray
        Shape ``(n,)``: ``lost_revenue`` less the running costs the supplier no longer pays
        (its ``running_cost_share``).
    exposures : dict
        ``{lender type: interest due in the horizon plus principal}``: the most it can lose.
    residual_recovered : float
        What lenders recovered from selling the infrastructure of defaulted firms.
    residual_value : float
        Residual value of the infrastructure of defaulted firms.
    infrastructure_defaulted : float
        Cost of the infrastructure of defaulted firms.
    payments, obligations : numpy.ndarray
        Shape ``(T, n)``: clearing payments and what each node owed (after earlier defaults
        ended contracts).
    cash : numpy.ndarray
        Shape ``(T + 1, n)``: cash at the start of each year and after the last (0 after
        default).
    flows : dict
        ``{item: array (T, n)}`` for the items of :data:`CASH_FLOW_ITEMS` plus
        ``"closing_cash"``: the cash table of every firm.
    """

    firms: tuple[str, ...]
    years: tuple[int, ...]
    path: str
    method: str
    revenue: np.ndarray
    funding: np.ndarray
    default_year: np.ndarray
    defaults_by_year: np.ndarray
    waves: tuple[tuple[int, int, tuple[str, ...]], ...]
    credit_losses_by_year: np.ndarray
    credit_losses: dict[str, float]
    credit_losses_by_firm: np.ndarray
    lost_revenue: np.ndarray
    lost_margin: np.ndarray
    exposures: dict[str, float]
    residual_recovered: float
    residual_value: float
    infrastructure_defaulted: float
    payments: np.ndarray
    obligations: np.ndarray
    cash: np.ndarray
    flows: dict[str, np.ndarray]

    @property
    def credit_loss(self) -> float:
        """Lenders' credit losses, all types together, USD billions."""
        return float(sum(self.credit_losses.values()))

    @property
    def total_lost_revenue(self) -> float:
        """Contract revenue lost by all suppliers together (gross), USD billions."""
        return float(self.lost_revenue.sum())

    @property
    def defaulted(self) -> tuple[str, ...]:
        """Ids of the firms that default, in order of default (year, then wave)."""
        return tuple(f for _, _, wave in self.waves for f in wave)

    def cash_table(self, firm: str) -> pd.DataFrame:
        """A firm's cash, year by year: opening cash + inflows - outflows = closing cash.

        Parameters
        ----------
        firm : str
            An operating firm of the network.

        Returns
        -------
        pandas.DataFrame
            One row per year up to the year the firm defaults (included), columns ``year``,
            the items of :data:`CASH_FLOW_ITEMS` (outflows as positive numbers),
            ``closing_cash``, ``unpaid`` (obligations of the year left unpaid) and
            ``defaults`` (bool), USD billions.

        Raises
        ------
        ValueError
            If ``firm`` is not an operating firm of the network.
        """
        if firm not in self.firms:
            raise ValueError(f"firm must be one of {self.firms}, got {firm!r}")
        i = self.firms.index(firm)
        if firm in LENDERS:
            raise ValueError(f"firm must be an operating firm, got lender {firm!r}")
        rows = []
        for t, year in enumerate(self.years):
            row: dict[str, object] = {"year": year}
            row.update({item: float(self.flows[item][t, i]) for item, _ in CASH_FLOW_ITEMS})
            row["closing_cash"] = float(self.flows["closing_cash"][t, i])
            row["unpaid"] = max(float(self.obligations[t, i] - self.payments[t, i]), 0.0)
            row["defaults"] = bool(self.defaults_by_year[t, i])
            rows.append(row)
            if row["defaults"]:
                break
        return pd.DataFrame(rows)


@dataclass(frozen=True)
class MonteCarloResult:
    """Outcomes of many scenarios (amounts in USD billions).

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
    credit_losses : numpy.ndarray
        Shape ``(S, 3)``: lenders' credit losses per scenario by lender type
        (:data:`~aifin_lib.scenario.LENDERS`).
    lost_revenue : numpy.ndarray
        Shape ``(S,)``: suppliers' lost contract revenue per scenario (gross).
    residual_recovered : numpy.ndarray
        Shape ``(S,)``: lenders' recovery from infrastructure sales.
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
    credit_losses: np.ndarray
    lost_revenue: np.ndarray
    residual_recovered: np.ndarray
    n_defaults: np.ndarray
    seed: int

    def default_share(self, firm: str) -> float:
        """Share of the scenarios in which ``firm`` defaults (fraction)."""
        if firm not in self.firms:
            raise ValueError(f"firm must be one of {self.firms}, got {firm!r}")
        return float((self.default_year[:, self.firms.index(firm)] >= 0).mean())

    def loss_frame(self) -> pd.DataFrame:
        """Credit losses per scenario, one column per lender type, plus ``lost_revenue``."""
        frame = pd.DataFrame(self.credit_losses, columns=list(LENDERS))
        frame["lost_revenue"] = self.lost_revenue
        return frame
