"""Eisenberg-Noe clearing: the greatest clearing payment vector, by five methods.

``"fictitious_default"`` (exact rounds, :mod:`.exact`), ``"krylov"`` and ``"hybrid"`` (Picard
sweeps, :mod:`.sweeps`, then exact rounds by GMRES or LU, :mod:`.linalg`), ``"picard"`` and
``"lp"`` (:mod:`.lp`).
"""

from __future__ import annotations

from typing import Literal, TypeAlias, get_args

import numpy as np
import pandas as pd

from .exact import solve_greatest
from .linalg import LinearSolver
from .lp import lp_clearing
from .network import Network, check_cash, read_network
from .problem import Problem, clearing_result
from .results import ClearingResult
from .sweeps import picard
from .validation import MatrixInput, VectorInput, count, tolerance, vector
from .warn import warn

__all__ = ["AUTO_DENSE_MAX", "EN_METHODS", "ENMethod", "eisenberg_noe"]

#: A solver of :func:`eisenberg_noe`.
ENMethod: TypeAlias = Literal["auto", "fictitious_default", "krylov", "hybrid", "picard", "lp"]
#: Solvers accepted by :func:`eisenberg_noe`.
EN_METHODS: tuple[str, ...] = get_args(ENMethod)

#: Dense inputs up to this size are solved with the (dense) fictitious default algorithm
#: when ``method="auto"`` (and by LU in :func:`~aifin_lib.contagion.rogers_veraart`); larger
#: or sparse inputs use the Picard/Krylov hybrid.
AUTO_DENSE_MAX = 256


def _read_for(
    method: ENMethod, liabilities: MatrixInput, external_liabilities: VectorInput | None
) -> tuple[Network, pd.Index | None, ENMethod]:
    """The network in the form ``method`` works on, its firm labels, and ``"auto"`` resolved."""
    want_sparse = True if method in ("hybrid", "krylov") else None
    net, in_sparse, labels = read_network(
        liabilities, external_liabilities, want_sparse=want_sparse
    )
    if method == "auto":
        method = "fictitious_default" if (not in_sparse and net.n <= AUTO_DENSE_MAX) else "krylov"
        if method == "krylov":
            net = net.as_sparse()
    return net, labels, method


def eisenberg_noe(
    liabilities: MatrixInput,
    external_assets: VectorInput,
    external_liabilities: VectorInput | None = None,
    method: ENMethod = "auto",
    *,
    tol: float = 1e-12,
    max_iter: int = 100_000,
) -> ClearingResult:
    """Greatest clearing payment vector of Eisenberg and Noe (2001).

    Every firm pays its creditors pro rata, all it has up to what it owes::

        p_i = min(pbar_i, max(0, e_i + sum_j Pi[j, i] p_j)),   Pi[j, i] = L[j, i] / pbar_j.

    Parameters
    ----------
    liabilities : array_like, scipy.sparse matrix or pandas.DataFrame, shape (n, n)
        ``liabilities[i, j] >= 0``: what firm ``i`` owes firm ``j``, USD billions; zero
        diagonal. Sparse input stays sparse. A DataFrame must have the same firm labels in its
        index and columns (in any order); its columns are matched to its index by label.
    external_assets : array_like or pandas.Series, shape (n,)
        Net external position ``e`` (external assets minus senior external debt), USD billions;
        may be negative (payments are floored at zero, network creditors absorb losses first).
        A Series is matched to the firm labels of a DataFrame ``liabilities``.
    external_liabilities : array_like or pandas.Series, shape (n,), optional
        External debt ranking pari passu with network debt, ``>= 0``, USD billions; added to
        ``pbar``. Default: none.
    method : {"auto", "fictitious_default", "krylov", "hybrid", "picard", "lp"}
        ``"fictitious_default"``: Eisenberg-Noe (2001, Sec. 3) rounds with exact linear solves
        on the default set (dense or sparse LU); rounds are the contagion waves.
        ``"krylov"``: Picard sweeps from ``pbar`` restricted to firms whose inflow changed find
        sure defaulters, then the default set's linear system is solved by GMRES (warm-started,
        in units of each firm's obligations, to a residual of 1e-14 of them), with sparse LU as
        the fallback when GMRES converges too slowly (long cycles that leak little); re-check,
        repeat. ``"hybrid"``: the same with sparse LU (``splu``) for every solve; LU fills in
        on large random networks with many defaults and is then far slower.
        ``"picard"``: iterate the map until no firm's step exceeds ``tol`` of its obligations
        (warns if ``max_iter`` is reached). ``"lp"``: ``scipy.optimize.linprog`` (HiGHS) in
        recovery rates ``p / pbar``, polished by exact solves and verified; a cross-check that
        requires ``external_assets >= 0``. ``"auto"``: ``"fictitious_default"`` for dense input
        with ``n <= 256``, else ``"krylov"``.
    tol : float, default 1e-12
        Relative tolerance per firm: firm ``i`` is in default when it pays less than
        ``(1 - tol) * pbar_i``; Picard stops when no step exceeds ``tol * pbar_i``.
    max_iter : int, default 100000
        Maximum number of Picard sweeps (methods ``"picard"``, ``"krylov"``, ``"hybrid"`` and
        fallbacks).

    Returns
    -------
    ClearingResult
        Payments, defaults, equity, net worth, waves, residual and diagnostics, in the order of
        the firms (the index order for a DataFrame).

    Raises
    ------
    ValueError
        If ``liabilities`` is not square, negative, non-finite or has a non-zero diagonal; if a
        DataFrame's index and columns hold different or duplicate labels, or a Series does not
        match them; if a vector has the wrong shape, is non-finite or (``external_liabilities``)
        negative; if amounts overflow float64; if ``method``, ``tol`` or ``max_iter`` is
        invalid; if ``method="lp"`` and some ``external_assets`` are negative.
    TypeError
        If an input is not real-valued (text, booleans or complex numbers).

    Warns
    -----
    RuntimeWarning
        If the result cannot be verified (``converged=False``), if ``"picard"`` reaches
        ``max_iter``, or if HiGHS fails on the LP (the polish then starts from the firms short
        at ``pbar``).

    Notes
    -----
    The clearing map is monotone, so a greatest and a least clearing vector exist; all clearing
    vectors give the same equity for ``e >= 0`` and the vector is unique if the system is
    regular. This function always returns the **greatest** one, also for irregular systems (a
    closed cycle without cash, where every firm paying in full is as valid as nobody paying).

    The exact solvers keep an upper bound ``u >= p*`` with ``Phi(u) <= u``: a firm short at
    ``u`` is short at ``p*`` (a sure defaulter). With the default set ``D`` fixed and everyone
    else paying in full, the payments of ``D`` solve ``x = max(0, e_D + M_DD x + M_DN pbar_N)``
    (``M = Pi^T``), a linear system when ``e >= 0`` and otherwise a linear complementarity
    problem solved exactly by policy iteration; the solution is again an upper bound. When no
    other firm is short at it, it is the greatest clearing vector. ``I - M_DD`` is singular
    only if ``D`` contains a *closed class* (firms owing only each other), which for
    ``e >= 0`` cannot happen. With negative ``e`` it can; such a class pays nothing outside
    itself, so it is solved separately once the rest is known, from below (every block solved
    is then a proper, non-singular part of the class). Only in the degenerate case where the
    class's cash exactly offsets its senior debt (or a class without senior debt sits exactly
    at break-even, where rounding can make all its members look short) does the solver fall
    back to Picard sweeps from the current upper bound (``method`` then gets a ``"+picard"``
    suffix).

    ``I - M_DD`` is an M-matrix whose columns leak what the defaulters pay outside ``D``; on
    random networks with many defaults GMRES needs a few dozen products with ``M_DD`` where a
    sparse LU factorisation fills in almost completely. Its accuracy is relative to each
    firm's obligations; a firm that pays a tiny fraction of them (say 1e-10) is exact to
    1e-14 of its obligations, not of its payment (``"fictitious_default"`` and ``"hybrid"``,
    with LU, are accurate to the last digits in that case too). Every result is verified: if a
    firm's clearing residual exceeds ``max(tol, 1e-9)`` of its obligations, ``converged`` is
    ``False`` and a ``RuntimeWarning`` is issued. The LP is verified the same way and, in
    addition, certified as the greatest clearing vector (no closed class wholly in default).

    Picard iteration alone converges only asymptotically, arbitrarily slowly on long chains
    and cycles; it never stops after a fixed number of sweeps here but at a tolerance.

    References
    ----------
    Eisenberg, L. and Noe, T. H. (2001). Systemic risk in financial systems. Management
    Science 47(2), 236-249.
    Barucca, P. et al. (2020). Network valuation in financial systems. Mathematical Finance
    30(4), 1181-1204.
    Saad, Y. and Schultz, M. H. (1986). GMRES: a generalized minimal residual algorithm for
    solving nonsymmetric linear systems. SIAM J. Sci. Stat. Comput. 7(3), 856-869.

    Examples
    --------
    >>> import numpy as np
    >>> L = np.array([[0.0, 0.1, 0.7], [2.0, 0.0, 10.5], [0.0, 8.4, 0.0]])
    >>> res = eisenberg_noe(L, [1.0, 1.0, 1.0])
    >>> [round(float(x), 6) for x in res.payments]
    [0.8, 9.5, 8.4]
    >>> res.defaults.tolist(), res.waves, res.method
    ([False, True, False], [[1]], 'fictitious_default')
    >>> res = eisenberg_noe(L, [0.0, 0.0, 0.1], method="krylov")
    >>> [round(float(x), 6) for x in res.payments]  # [0.8, 45/8, 221/40]
    [0.8, 5.625, 5.525]

    A DataFrame is read by label, whatever the order of its columns (here ``a`` owes ``b`` 2
    and ``b`` owes ``a`` 1); results follow the order of the index:

    >>> import pandas as pd
    >>> frame = pd.DataFrame([[2.0, 0.0], [0.0, 1.0]], index=["a", "b"], columns=["b", "a"])
    >>> eisenberg_noe(frame, pd.Series({"b": 0.0, "a": 1.0})).payments.tolist()
    [2.0, 1.0]
    """
    if method not in EN_METHODS:
        raise ValueError(f"method must be one of {EN_METHODS}, got {method!r}")
    max_iter = count(max_iter, "max_iter")
    tol = tolerance(tol)
    net, labels, method = _read_for(method, liabilities, external_liabilities)
    e = vector(external_assets, net.n, "external_assets", labels)
    check_cash(net, e)
    if method == "lp" and np.any(e < 0):
        raise ValueError(
            "method='lp' requires external_assets >= 0 (the LP is not valid for "
            "negative net external positions); use 'krylov'"
        )
    if net.n == 0:
        return ClearingResult.empty(method)
    linear = LinearSolver(1.0, net.sparse, krylov=method == "krylov")
    prob = Problem(net, e=e, ext=e, beta=1.0, tol=tol, linear=linear)
    if method == "picard":
        p, wave_of, iterations, converged = picard(prob, max_iter)
        return clearing_result(
            prob, p, wave_of=wave_of, method=method, iterations=iterations, converged=converged
        )
    if method == "lp":
        p, wave_of, converged = lp_clearing(prob)
        if not converged:
            warn(
                "method='lp': the LP solution could not be verified as the greatest clearing "
                "vector; reported as not converged (use method='auto')"
            )
        return clearing_result(
            prob, p, wave_of=wave_of, method=method, iterations=0, converged=converged
        )
    use_sweeps = method != "fictitious_default"
    p, bound, fb, converged = solve_greatest(prob, max_iter=max_iter, use_sweeps=use_sweeps)
    return clearing_result(
        prob,
        p,
        wave_of=bound.wave_of,
        method=method + "+picard" if fb else method,
        iterations=bound.sweeps,
        converged=converged,
        received=bound.recv,
    )
