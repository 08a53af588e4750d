"""Clearing with default costs (Rogers and Veraart 2013), by the GA algorithm."""

from __future__ import annotations

import numpy as np

from .clearing import AUTO_DENSE_MAX
from .exact import solve_greatest
from .linalg import LinearSolver
from .network import check_cash, read_network
from .problem import Problem, clearing_result
from .results import ClearingResult
from .validation import MatrixInput, VectorInput, count, fraction, tolerance, vector

__all__ = ["rogers_veraart"]


def rogers_veraart(
    liabilities: MatrixInput,
    external_assets: VectorInput,
    alpha: float,
    beta: float,
    external_liabilities: VectorInput | None = None,
    *,
    tol: float = 1e-12,
    max_iter: int = 100_000,
) -> ClearingResult:
    """Greatest clearing vector with default costs (Rogers and Veraart 2013).

    A defaulting firm realises only a fraction ``alpha`` of its external assets and ``beta``
    of its network claims::

        p_i = pbar_i                                if e_i + (Pi^T p)_i >= pbar_i
        p_i = max(0, alpha e_i + beta (Pi^T p)_i)   otherwise.

    Parameters
    ----------
    liabilities : array_like, scipy.sparse matrix or pandas.DataFrame, shape (n, n)
        ``liabilities[i, j]``: what ``i`` owes ``j``, USD billions (see :func:`eisenberg_noe`;
        a DataFrame is read by label).
    external_assets : array_like or pandas.Series, shape (n,)
        Net external position ``e``, USD billions. ``alpha`` applies to a positive position;
        a negative one (senior external debt in excess of external assets) is owed in full.
    alpha, beta : float
        Recovery fractions in ``[0, 1]`` on external assets and on network claims of a
        defaulting firm.
    external_liabilities : array_like or pandas.Series, shape (n,), optional
        Pari-passu external debt, ``>= 0``, USD billions, added to ``pbar``.
    tol : float, default 1e-12
        Relative tolerance per firm of the default test (see :func:`eisenberg_noe`).
    max_iter : int, default 100000
        Maximum Picard sweeps in the (rare) singular fallback.

    Returns
    -------
    ClearingResult
        As for :func:`eisenberg_noe`; ``method`` is ``"rogers_veraart"``, ``waves`` are the
        rounds of the GA algorithm, ``net_worth`` uses book values.

    Raises
    ------
    ValueError
        If ``alpha`` or ``beta`` lie outside ``[0, 1]``, or on invalid network input (see
        :func:`eisenberg_noe`).
    TypeError
        If ``alpha``, ``beta`` or an array is not real-valued.

    Notes
    -----
    The default test uses full-value assets, so the map is monotone but discontinuous: a tiny
    loss can push a firm over the edge and cut its payments by a finite amount. The greatest
    clearing vector is found by the GA algorithm of Rogers and Veraart (2013, Sec. 3.2): start
    at ``pbar``; repeatedly put every firm that is short into the default set ``D`` and solve
    ``(I - beta Pi^T[D, D]) p_D = alpha e_D + beta Pi^T[D, N] pbar_N`` (with the zero floor
    handled exactly); stop when ``D`` stops growing. With ``alpha = beta = 1`` this is the
    fictitious default algorithm and reproduces :func:`eisenberg_noe`. Dense networks of up to
    256 firms are solved by LU; larger or sparse ones by GMRES with LU as the fallback (as
    ``method="krylov"`` of :func:`eisenberg_noe`).

    References
    ----------
    Rogers, L. C. G. and Veraart, L. A. M. (2013). Failure and rescue in an interbank network.
    Management Science 59(4), 882-898.

    Examples
    --------
    >>> import numpy as np
    >>> L = np.array([[0.0, 2.0], [2.0, 0.0]])
    >>> res = rogers_veraart(L, [1.0, 0.25], 0.5, 0.5, external_liabilities=[2.0, 0.0])
    >>> [round(float(x), 6) for x in res.payments]  # [9/14, 2/7]
    [0.642857, 0.285714]
    >>> res.waves
    [[0], [1]]
    """
    alpha = fraction(alpha, "alpha")
    beta = fraction(beta, "beta")
    max_iter = count(max_iter, "max_iter")
    tol = tolerance(tol)
    net, in_sparse, labels = read_network(liabilities, external_liabilities)
    e = vector(external_assets, net.n, "external_assets", labels)
    check_cash(net, e)
    if net.n == 0:
        return ClearingResult.empty("rogers_veraart")
    krylov = in_sparse or net.n > AUTO_DENSE_MAX
    if krylov:
        net = net.as_sparse()
    ext = np.where(e >= 0, alpha * e, e)
    linear = LinearSolver(beta, net.sparse, krylov=krylov)
    prob = Problem(net, e=e, ext=ext, beta=beta, tol=tol, linear=linear)
    p, bound, fb, converged = solve_greatest(prob, max_iter=max_iter, use_sweeps=False)
    return clearing_result(
        prob,
        p,
        wave_of=bound.wave_of,
        method="rogers_veraart+picard" if fb else "rogers_veraart",
        iterations=bound.sweeps,
        converged=converged,
    )
