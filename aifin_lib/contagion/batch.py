"""Eisenberg-Noe clearing of many scenarios of external assets on one network at once.

Vectorised Picard sweeps over all scenarios, then Howard's policy iteration with the
scenarios grouped by policy (one factorisation per group), or stacked dense solves for small
networks; scenarios that cannot be certified go to the single-scenario solver.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

import numpy as np
import scipy.sparse as sp
from scipy.sparse.linalg import SuperLU, splu

from .clearing import eisenberg_noe
from .linalg import KRYLOV_RTOL, LinearSolver
from .network import Network, check_cash, read_network
from .results import BatchClearingResult
from .validation import MatrixInput, ScenarioInput, VectorInput, count, scenarios, tolerance

__all__ = ["eisenberg_noe_batch"]

# Networks of at most this many firms are solved by stacked dense solves, in chunks of
# this many scenarios.
_STACKED_MAX = 200
_CHUNK = 2048
# Groups of at most this many scenarios whose linear set is larger than _KRYLOV_MIN
# firms are solved by GMRES per scenario (LU as the fallback) instead of one LU per group.
_KRYLOV_MIN = 400
_KRYLOV_GROUP = 16


#: A factorisation of ``I - M_PP`` (SuperLU, or the dense inverse; None if singular) and
#: the matrix itself.
_Factor: TypeAlias = tuple[SuperLU | np.ndarray | None, np.ndarray | sp.csc_array]


@dataclass
class _Batch:
    """The scenarios being cleared, firms in rows: external assets ``Et`` ``(n, S)``, the
    tolerance of each firm ``tolv`` ``(n, 1)`` and the payments ``X`` ``(n, S)`` (updated in
    place)."""

    net: Network
    Et: np.ndarray
    tolv: np.ndarray
    X: np.ndarray


@dataclass
class _Policy:
    """One policy step of the batch for the scenarios ``act`` (columns of the masks).

    Row ``i`` of scenario ``s`` is ``x_i = pbar_i`` (``full``), ``x_i = 0`` (neither) or
    ``x_i - (M x)_i = e_i`` (``lin``: pays what it has).
    """

    act: np.ndarray
    lin: np.ndarray
    full: np.ndarray


def _stacked_solve(batch: _Batch, md: np.ndarray, pol: _Policy) -> tuple[np.ndarray, int]:
    """One policy step for all scenarios with stacked dense solves (small ``n``)."""
    Et, pbar, X = batch.Et, batch.net.pbar, batch.X
    n = md.shape[0]
    act = pol.act
    ok = np.ones(act.size, dtype=bool)
    eye = np.eye(n)
    for lo in range(0, act.size, _CHUNK):
        sl = slice(lo, lo + _CHUNK)
        cols = act[sl]
        lt = pol.lin[:, sl].T  # (k, n)
        rhs = np.where(lt, Et[:, cols].T, 0.0) + np.where(pol.full[:, sl].T, pbar, 0.0)
        K = eye - lt[:, :, None] * md[None, :, :]
        try:
            sol = np.linalg.solve(K, rhs[:, :, None])[:, :, 0]
            r = rhs - sol + lt * (sol @ md.T)  # rhs - K sol
            # iterative refinement where an equation is off by more than 1e-14 of obligations
            fix = np.flatnonzero(np.any(np.abs(r) > KRYLOV_RTOL * pbar, axis=1))
            if fix.size:
                sol[fix] += np.linalg.solve(K[fix], r[fix][:, :, None])[:, :, 0]
        except np.linalg.LinAlgError:
            ok[sl] = False
            continue
        good = np.all(np.isfinite(sol), axis=1)
        ok[sl] = good
        X[:, cols[good]] = np.clip(sol[good], 0.0, pbar).T
    return ok, int(act.size > 0)


class _Factors:
    """Solves ``(I - M_PP) X = rhs`` for groups of scenarios sharing a linear set ``P``,
    keeping one factorisation per policy."""

    def __init__(self, net: Network) -> None:
        self.net = net
        self.cache: dict[bytes, _Factor] = {}

    def _factor(self, pidx: np.ndarray, key: bytes) -> tuple[_Factor, int]:
        """``(factorisation or None if singular, matrix)`` and the solves it took."""
        cached = self.cache.get(key)
        if cached is not None:
            return cached, 0
        sub = self.net.sub(pidx)
        mat: np.ndarray | sp.csc_array
        fac: _Factor
        try:
            if isinstance(sub, sp.csr_array):
                mat = sp.csc_array(sp.eye_array(pidx.size, format="csc") - sp.csc_array(sub))
                fac = (splu(mat), mat)
            else:
                mat = np.eye(pidx.size) - sub
                fac = (np.linalg.inv(mat), mat)
        except (RuntimeError, np.linalg.LinAlgError):
            fac = (None, mat)
        self.cache[key] = fac
        return fac, 1

    def solve(
        self, pidx: np.ndarray, rhs: np.ndarray, x0: np.ndarray, *, krylov: bool, key: bytes
    ) -> tuple[np.ndarray | None, int]:
        """Solutions (columns of ``rhs``) and the number of solves or factorisations."""
        if krylov:
            sub = self.net.sub(pidx)
            lin = LinearSolver(1.0, True, krylov=True)
            scale = self.net.pbar[pidx]
            cols = [lin.solve(sub, rhs[:, c], x0[:, c], scale) for c in range(rhs.shape[1])]
            solved = [c for c in cols if c is not None]
            if len(solved) == len(cols):
                return np.column_stack(solved), lin.solves
        (f, mat), solves = self._factor(pidx, key)
        if f is None:
            return None, solves
        if isinstance(f, np.ndarray):
            sol = f @ rhs
            return sol + f @ (rhs - mat @ sol), solves
        sol = f.solve(rhs)
        return sol + f.solve(rhs - mat @ sol), solves


def _grouped_solve(batch: _Batch, pol: _Policy, factors: _Factors) -> tuple[np.ndarray, int]:
    """One policy step: scenarios grouped by policy; per group one LU factorisation for all
    its scenarios, or (large linear set, few scenarios) one GMRES solve per scenario."""
    net, Et, X = batch.net, batch.Et, batch.X
    pbar, act = net.pbar, pol.act
    ok = np.ones(act.size, dtype=bool)
    code = np.packbits(np.concatenate([pol.lin, pol.full], axis=0), axis=0).T
    keys, first, inv = np.unique(code, axis=0, return_index=True, return_inverse=True)
    inv = np.asarray(inv).ravel()
    order = np.argsort(inv, kind="stable")
    bounds = np.searchsorted(inv[order], np.arange(keys.shape[0] + 1))
    solves = 0
    for g in range(keys.shape[0]):
        members = order[bounds[g] : bounds[g + 1]]
        cols = act[members]
        j0 = first[g]
        pidx = np.flatnonzero(pol.lin[:, j0])
        base = np.where(pol.full[:, j0], pbar, 0.0)
        Xg = np.repeat(base[:, None], cols.size, axis=1)
        if pidx.size:
            rhs = Et[np.ix_(pidx, cols)] + net.mdot(pidx, base)[:, None]
            krylov = net.sparse and pidx.size > _KRYLOV_MIN and cols.size <= _KRYLOV_GROUP
            sol, k = factors.solve(
                pidx, rhs, X[pidx][:, cols], krylov=krylov, key=keys[g].tobytes()
            )
            solves += k
            if sol is None:
                ok[members] = False
                continue
            Xg[pidx, :] = np.maximum(sol, 0.0)
        X[:, cols] = np.minimum(Xg, pbar[:, None])
    return ok, solves


def _sweeps(
    net: Network, Et: np.ndarray, tolv: np.ndarray, max_sweeps: int
) -> tuple[np.ndarray, int]:
    """Vectorised Picard sweeps from ``pbar`` until the default sets stop growing."""
    pb = net.pbar[:, None]
    U = np.repeat(pb, Et.shape[1], axis=1)
    A = Et + net.m @ U
    short = net.has[:, None] & (A < pb - tolv)
    sweeps = 0
    for _ in range(max_sweeps):
        U = np.clip(A, 0.0, pb)
        A = Et + net.m @ U
        new_short = net.has[:, None] & (A < pb - tolv)
        sweeps += 1
        grew = np.any(new_short & ~short)
        short = new_short
        if not grew:
            break
    return U, sweeps


class _PolicyIteration:
    """Howard's policy iteration for all scenarios of a batch, started at ``batch.X``.

    Scenarios are ``done`` when certified (the policy at ``X`` is the one ``X`` was solved
    with, and no closed class is wholly in default), or when their policy is singular or
    their solve failed (then with NaN payments, left to the fallback).
    """

    def __init__(self, batch: _Batch) -> None:
        net, (n, S) = batch.net, batch.X.shape
        self.batch = batch
        self.members = net.closed_members()
        self.done = np.zeros(S, dtype=bool)
        self.solved = np.zeros(S, dtype=bool)
        self.pol_lin = np.zeros((n, S), dtype=bool)
        self.pol_full = np.zeros((n, S), dtype=bool)
        self.iterations = 0
        self.solves = 0
        self.factors = _Factors(net)
        self.md: np.ndarray | None = None
        if n <= _STACKED_MAX:
            self.md = np.asarray(net.m.toarray() if sp.issparse(net.m) else net.m)

    def _closed_in(self, mask: np.ndarray) -> np.ndarray:
        """Per column of ``mask`` (n, k): does it contain a whole closed class?"""
        out = np.zeros(mask.shape[1], dtype=bool)
        for mem in self.members:
            out |= mask[mem].all(axis=0)
        return out

    def _give_up(self, cols: np.ndarray) -> None:
        self.done[cols] = True
        self.batch.X[:, cols] = np.nan

    def _next_policy(self, act: np.ndarray) -> _Policy:
        """Certify the scenarios ``act`` whose policy is stable; the policy of the others."""
        b = self.batch
        pb, hs = b.net.pbar[:, None], b.net.has[:, None]
        A = b.Et[:, act] + b.net.m @ b.X[:, act]
        full = ~hs | (A >= pb - b.tolv)
        lin = ~full & (A > 0)
        # Howard's stopping rule: the policy at X is the one X was solved with.
        same = self.solved[act] & np.all(lin == self.pol_lin[:, act], axis=0)
        same &= np.all(full == self.pol_full[:, act], axis=0)
        dm = hs & (b.X[:, act] < pb - b.tolv)
        cert = same & ~self._closed_in(dm)
        self.done[act[cert]] = True
        keep = ~cert & ~self._closed_in(lin)  # singular policy: left to the fallback
        self._give_up(act[~cert & ~keep])
        if not cert.all():
            self.iterations += 1
        return _Policy(act[keep], lin[:, keep], full[:, keep])

    def run(self) -> np.ndarray:
        """Iterate until every scenario is done; returns ``done``."""
        for _ in range(self.batch.X.shape[0] + 3):
            act = np.flatnonzero(~self.done)
            if act.size == 0:
                break
            pol = self._next_policy(act)
            if pol.act.size == 0:
                continue
            self.pol_lin[:, pol.act] = pol.lin
            self.pol_full[:, pol.act] = pol.full
            self.solved[pol.act] = True
            if self.md is not None:
                ok, k = _stacked_solve(self.batch, self.md, pol)
            else:
                ok, k = _grouped_solve(self.batch, pol, self.factors)
            self.solves += k
            if not ok.all():
                self._give_up(pol.act[~ok])
        return self.done


def _certify(
    batch: _Batch, E: np.ndarray, tol: float, done: np.ndarray
) -> tuple[np.ndarray, np.ndarray, int]:
    """Residuals ``(n, S)`` and cash ``A`` after handing every scenario that is not done or not
    a fixed point to :func:`~aifin_lib.contagion.eisenberg_noe`; and how many were."""
    net, Et, X, tolv = batch.net, batch.Et, batch.X, batch.tolv
    pb = net.pbar[:, None]
    A = Et + net.m @ np.nan_to_num(X)
    res = np.abs(np.clip(A, 0.0, pb) - X)
    bad = ~np.all(res <= 10 * tolv + 1e-300, axis=0) | ~done
    fallbacks = int(bad.sum())
    for j in np.flatnonzero(bad):
        X[:, j] = eisenberg_noe(net.L, E[j], net.el, tol=tol).payments
    if fallbacks:
        A = Et + net.m @ X
        res = np.abs(np.clip(A, 0.0, pb) - X)
    return res, A, fallbacks


def eisenberg_noe_batch(
    liabilities: MatrixInput,
    external_assets: ScenarioInput,
    external_liabilities: VectorInput | None = None,
    *,
    tol: float = 1e-12,
    max_sweeps: int = 50,
) -> BatchClearingResult:
    """Eisenberg-Noe greatest clearing vectors for many scenarios of external assets.

    Parameters
    ----------
    liabilities : array_like, scipy.sparse matrix or pandas.DataFrame, shape (n, n)
        One network for all scenarios (see :func:`eisenberg_noe`), USD billions.
    external_assets : array_like or pandas.DataFrame, shape (S, n)
        One row of net external positions per scenario, USD billions (a 1-D array of length
        ``n`` is one scenario). Rows are scenarios, columns are firms; a DataFrame's columns
        are matched to the firm labels of a DataFrame ``liabilities``.
    external_liabilities : array_like or pandas.Series, shape (n,), optional
        Pari-passu external debt, common to all scenarios, USD billions.
    tol : float, default 1e-12
        Relative tolerance per firm (see :func:`eisenberg_noe`).
    max_sweeps : int, default 50
        Maximum vectorised Picard sweeps before the exact phase, ``>= 1``.

    Returns
    -------
    BatchClearingResult
        Arrays of shape ``(S, n)`` and per-scenario residuals.

    Raises
    ------
    ValueError
        On invalid network input (see :func:`eisenberg_noe`), if ``external_assets`` does not
        have ``n`` columns (or its labels do not match), or if ``tol`` or ``max_sweeps`` is
        invalid.
    TypeError
        If an input is not real-valued.

    Notes
    -----
    Picard sweeps run on all scenarios at once (``M @ U`` with ``U`` of shape ``(n, S)``) from
    ``pbar`` until the default sets stop growing. Then the exact phase: scenarios are grouped
    by their current policy (who pays in full, who pays zero, who pays what they have), each
    distinct linear system is factorised once and solved for the whole group (or, for a large
    linear set shared by few scenarios, solved by GMRES per scenario, LU as the fallback), and
    the policy is updated from the new payments, until every scenario is at a fixed point. For
    small networks (``n <= 200``) the ``(S, n, n)`` systems are instead solved in stacked dense
    form (``numpy.linalg.solve``), which is faster when most scenarios have their own
    default pattern; only this small ``M`` is ever made dense. A fixed point
    whose default set contains no closed class is the greatest clearing vector (if ``q`` were
    greater, ``q - p`` would satisfy ``d <= M_DD d`` with spectral radius below one). Scenarios
    not certified this way (residual above ``10 * tol`` of a firm's obligations) are solved one
    by one with :func:`eisenberg_noe`.

    Examples
    --------
    >>> import numpy as np
    >>> L = np.array([[0.0, 0.1, 0.7], [2.0, 0.0, 10.5], [0.0, 8.4, 0.0]])
    >>> res = eisenberg_noe_batch(L, [[1.0, 1.0, 1.0], [0.0, 0.0, 0.1]])
    >>> np.round(res.payments, 6).tolist()
    [[0.8, 9.5, 8.4], [0.8, 5.625, 5.525]]
    """
    tol = tolerance(tol)
    max_sweeps = count(max_sweeps, "max_sweeps")
    net, _, labels = read_network(liabilities, external_liabilities)
    E = scenarios(external_assets, net.n, "external_assets", labels)
    if net.n == 0 or E.shape[0] == 0:
        return BatchClearingResult.empty(E.shape[0], net.pbar)
    check_cash(net, E)
    tolv = (tol * net.pbar)[:, None]
    Et = np.ascontiguousarray(E.T)  # (n, S)
    X, sweeps = _sweeps(net, Et, tolv, max_sweeps)
    batch = _Batch(net, Et, tolv, X)
    iteration = _PolicyIteration(batch)
    done = iteration.run()
    res, A, fallbacks = _certify(batch, E, tol, done)
    pb = net.pbar[:, None]
    net_worth = A - pb
    defaults = net.has[:, None] & (X < pb - tolv)
    return BatchClearingResult(
        payments=np.ascontiguousarray(X.T),
        defaults=np.ascontiguousarray(defaults.T),
        equity=np.ascontiguousarray(np.maximum(net_worth, 0.0).T),
        net_worth=np.ascontiguousarray(net_worth.T),
        residual=np.max(res, axis=0),
        obligations=net.pbar,
        sweeps=sweeps,
        policy_iterations=iteration.iterations,
        solves=iteration.solves,
        fallbacks=fallbacks,
    )
