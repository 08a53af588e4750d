"""The result types of the contagion models (frozen dataclasses of NumPy arrays)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = [
    "BatchClearingResult",
    "BatchDebtRankResult",
    "ClearingResult",
    "DebtRankResult",
    "FurfineResult",
]


@dataclass(frozen=True)
class ClearingResult:
    """Clearing payments of a network of obligations (Eisenberg-Noe or Rogers-Veraart).

    Attributes
    ----------
    payments : numpy.ndarray
        Clearing payment ``p[i]`` of each firm to all its (network and pari-passu external)
        creditors, USD billions, ``0 <= p <= obligations``. The greatest clearing vector.
    defaults : numpy.ndarray
        Boolean, ``True`` where a firm pays less than ``(1 - tol)`` times what it owes. Firms
        without obligations never default.
    equity : numpy.ndarray
        ``max(0, net_worth)``, USD billions.
    net_worth : numpy.ndarray
        ``external_assets + received - obligations`` (book value of external assets), USD
        billions; negative for defaulters.
    waves : list of list of int
        Defaulting firms (positions) by the round in which the solver found them; round 0
        holds the fundamental defaults (short even if every debtor pays in full). For
        ``"fictitious_default"`` and :func:`~aifin_lib.contagion.rogers_veraart` the rounds are
        those of the fictitious default (GA) algorithm; for ``"krylov"``, ``"hybrid"`` and
        ``"picard"`` a round is a Picard sweep from ``pbar`` (plus one round per exact solve
        for the first two); ``"lp"`` reports round 0 and then all other defaulters in one
        list. Empty rounds are dropped.
    method : str
        The solver actually used (``"auto"`` resolved; ``"+picard"`` appended when a singular
        system forced Picard sweeps).
    residual : float
        ``max |Phi(p) - p|``, the fixed-point residual of the clearing map, USD billions (a
        firm short by at most ``tol`` of its obligations counts as paying in full, as in the
        default test; this matters for the discontinuous map of Rogers and Veraart).
    recovery_rate : numpy.ndarray
        ``p / pbar`` (1 where ``pbar = 0``), fraction.
    shortfall : float
        ``sum(pbar - p)``, total unpaid obligations, USD billions.
    obligations : numpy.ndarray
        ``pbar``, total nominal obligations, USD billions.
    received : numpy.ndarray
        ``sum_j Pi[j, i] p[j]``, payments received from the network, USD billions.
    iterations : int
        Picard sweeps performed (full or frontier-restricted).
    solves : int
        Linear systems solved (by LU, or by GMRES with LU as the fallback).
    converged : bool
        ``True`` only if the result is verified: every firm's clearing residual is at most
        ``max(tol, 1e-9)`` of its obligations (and, for ``"lp"``, it is certified to be the
        greatest clearing vector). ``False`` comes with a ``RuntimeWarning``.
    """

    payments: np.ndarray
    defaults: np.ndarray
    equity: np.ndarray
    net_worth: np.ndarray
    waves: list[list[int]]
    method: str
    residual: float
    recovery_rate: np.ndarray
    shortfall: float
    obligations: np.ndarray
    received: np.ndarray
    iterations: int
    solves: int
    converged: bool

    @classmethod
    def empty(cls, method: str) -> ClearingResult:
        """The (converged) result of a network without firms."""
        z = np.zeros(0)
        return cls(
            payments=z,
            defaults=z.astype(bool),
            equity=z,
            net_worth=z,
            waves=[],
            method=method,
            residual=0.0,
            recovery_rate=z,
            shortfall=0.0,
            obligations=z,
            received=z,
            iterations=0,
            solves=0,
            converged=True,
        )


@dataclass(frozen=True)
class BatchClearingResult:
    """Eisenberg-Noe clearing for ``S`` scenarios of external assets on one network.

    Attributes
    ----------
    payments, defaults, equity, net_worth : numpy.ndarray
        Shape ``(S, n)``; as in :class:`ClearingResult`, row ``s`` for scenario ``s``.
    residual : numpy.ndarray
        Shape ``(S,)``, fixed-point residual per scenario, USD billions.
    obligations : numpy.ndarray
        Shape ``(n,)``, ``pbar``.
    sweeps : int
        Vectorised Picard sweeps over all scenarios.
    policy_iterations : int
        Rounds of grouped exact solves.
    solves : int
        Networks with ``n > 200``: linear systems solved (one LU factorisation per distinct
        policy, or one GMRES solve per scenario for large default sets); smaller networks:
        rounds of stacked dense solves (one system per scenario).
    fallbacks : int
        Scenarios handed to the single-scenario solver
        :func:`~aifin_lib.contagion.eisenberg_noe`.
    """

    payments: np.ndarray
    defaults: np.ndarray
    equity: np.ndarray
    net_worth: np.ndarray
    residual: np.ndarray
    obligations: np.ndarray
    sweeps: int
    policy_iterations: int
    solves: int
    fallbacks: int

    @classmethod
    def empty(cls, n_scenarios: int, obligations: np.ndarray) -> BatchClearingResult:
        """The result for no scenario or a network without firms."""
        z = np.zeros((n_scenarios, obligations.size))
        return cls(
            payments=z,
            defaults=z.astype(bool),
            equity=z,
            net_worth=z,
            residual=np.zeros(n_scenarios),
            obligations=obligations,
            sweeps=0,
            policy_iterations=0,
            solves=0,
            fallbacks=0,
        )


@dataclass(frozen=True)
class DebtRankResult:
    """Outcome of a DebtRank distress propagation.

    Attributes
    ----------
    distress : numpy.ndarray
        Final relative equity loss ``h[i]`` in ``[0, 1]`` (1 = default), fraction.
    debtrank : float
        ``R = sum_i v_i h_i(T) - sum_i v_i h_i(1)``: weighted distress caused by propagation,
        the initial shock excluded, fraction of total economic value.
    initial_distress : numpy.ndarray
        ``h(1)``: the clipped shock, with 1 for firms whose equity is already ``<= 0``.
    weights : numpy.ndarray
        Normalised economic weights ``v`` (sum 1).
    rounds : int
        Propagation rounds performed.
    variant : str
        ``"single_hit"`` or ``"linear"``.
    """

    distress: np.ndarray
    debtrank: float
    initial_distress: np.ndarray
    weights: np.ndarray
    rounds: int
    variant: str


@dataclass(frozen=True)
class BatchDebtRankResult:
    """DebtRank for ``S`` shock scenarios at once.

    Attributes
    ----------
    distress, initial_distress : numpy.ndarray
        Shape ``(S, n)``.
    debtrank : numpy.ndarray
        Shape ``(S,)``.
    weights : numpy.ndarray
        Shape ``(n,)``, normalised.
    rounds : int
        Rounds until every scenario stopped.
    variant : str
        ``"single_hit"`` or ``"linear"``.
    """

    distress: np.ndarray
    debtrank: np.ndarray
    initial_distress: np.ndarray
    weights: np.ndarray
    rounds: int
    variant: str


@dataclass(frozen=True)
class FurfineResult:
    """Outcome of a Furfine sequential-default simulation.

    Attributes
    ----------
    failure_round : numpy.ndarray
        Integer round in which each firm fails: 0 for the initial failures, ``k >= 1`` for
        contagion round ``k``, -1 for firms that never fail.
    failed : numpy.ndarray
        Boolean, ``failure_round >= 0``.
    waves : list of list of int
        Firms by failure round (``waves[0]`` = initial failures).
    losses : numpy.ndarray
        Final cumulative credit losses ``theta_j * sum_{j failed} X[i, j]``, USD billions.
    rounds : int
        Number of contagion rounds (last round with a new failure).
    """

    failure_round: np.ndarray
    failed: np.ndarray
    waves: list[list[int]]
    losses: np.ndarray
    rounds: int
