"""Linear systems of a default set: ``(I - beta B) x = rhs`` by sparse LU, or by GMRES.

GMRES works in units of each firm's obligations and gives up (for LU) when it would need
too many matrix-vector products, e.g. on a long cycle that leaks almost nothing.
"""

from __future__ import annotations

import math

import numpy as np
import scipy.sparse as sp
from scipy.sparse.linalg import LinearOperator, gmres, splu

from .network import Matrix

__all__ = [
    "KRYLOV_MAX_MATVECS",
    "KRYLOV_RESTART",
    "KRYLOV_RTOL",
    "LinearSolver",
    "gmres_solve",
    "lu_solve",
]

#: A GMRES solve is accepted when every equation's residual is at most this fraction of the
#: firm's obligations ...
KRYLOV_RTOL = 1e-14
#: ... restarting every so many products ...
KRYLOV_RESTART = 20
#: ... and abandoned for sparse LU when that would take more products than this.
KRYLOV_MAX_MATVECS = 600


def lu_solve(block: Matrix, beta: float, rhs: np.ndarray, sparse: bool) -> np.ndarray | None:
    """Solve ``(I - beta block) x = rhs`` (sparse or dense LU); ``None`` if singular."""
    k = rhs.shape[0]
    try:
        if sparse:
            a = sp.csc_array(sp.eye_array(k, format="csc") - beta * sp.csc_array(block))
            lu = splu(a)
            x = lu.solve(rhs)
            x = x + lu.solve(rhs - a @ x)  # one step of iterative refinement
        else:
            a_dense = np.eye(k) - beta * np.asarray(block)
            x = np.linalg.solve(a_dense, rhs)
            x = x + np.linalg.solve(a_dense, rhs - a_dense @ x)
    except (RuntimeError, np.linalg.LinAlgError):
        return None
    if not np.all(np.isfinite(x)):
        return None
    return x


def gmres_solve(
    block: Matrix, beta: float, rhs: np.ndarray, x0: np.ndarray, scale: np.ndarray
) -> tuple[np.ndarray | None, int]:
    """GMRES for ``(I - beta block) x = rhs`` in units of ``scale`` (each firm's obligations).

    Returns ``(x, products)``; ``x`` is ``None`` when the residual of some equation cannot be
    brought to ``KRYLOV_RTOL`` of its firm's obligations within ``KRYLOV_MAX_MATVECS``
    matrix-vector products (judged from the rate of the first restart cycles), e.g. on a long
    cycle that leaks almost nothing.
    """
    csr = sp.csr_array(block)
    k = rhs.size
    # similarity scaling S^-1 B S: equation i and unknown i measured in units of pbar_i
    data = beta * csr.data * np.repeat(1.0 / scale, np.diff(csr.indptr)) * scale[csr.indices]
    b_s = sp.csr_array((data, csr.indices, csr.indptr), shape=(k, k))
    products = 0

    def matvec(v: np.ndarray) -> np.ndarray:
        nonlocal products
        products += 1
        return v - b_s @ v

    op = LinearOperator((k, k), matvec=matvec, dtype=np.float64)
    b = rhs / scale
    z = x0 / scale
    res = float(np.max(np.abs(b - matvec(z))))
    while res > KRYLOV_RTOL:
        before = products
        z, _ = gmres(
            op, b, x0=z, rtol=0.0, atol=0.5 * KRYLOV_RTOL, restart=KRYLOV_RESTART, maxiter=1
        )
        new = float(np.max(np.abs(b - matvec(z))))
        if not math.isfinite(new):
            return None, products
        if new > KRYLOV_RTOL:
            rate = (new / res) ** (1.0 / max(products - before, 1))
            if rate >= 1.0:
                return None, products
            needed = math.log(KRYLOV_RTOL / new) / math.log(rate)
            if products + needed > KRYLOV_MAX_MATVECS:
                return None, products
        res = new
    return z * scale, products


class LinearSolver:
    """Solves the default-set systems ``(I - beta B) x = rhs`` and counts what it did.

    With ``krylov=True`` (sparse networks only) a system is solved by GMRES, warm-started from
    the previous round, and by sparse LU only if GMRES converges too slowly.

    Attributes
    ----------
    solves : int
        Systems solved.
    products : int
        Matrix-vector products of GMRES.
    lu_fallbacks : int
        GMRES solves abandoned for LU.
    """

    def __init__(self, beta: float, sparse: bool, *, krylov: bool) -> None:
        self.beta = beta
        self.sparse = sparse
        self.krylov = krylov and sparse
        self.solves = 0
        self.products = 0
        self.lu_fallbacks = 0

    def solve(
        self,
        block: Matrix,
        rhs: np.ndarray,
        x0: np.ndarray | None = None,
        scale: np.ndarray | None = None,
    ) -> np.ndarray | None:
        """Solution, or ``None`` if the system is singular."""
        self.solves += 1
        if rhs.shape[0] == 0:
            return np.zeros(rhs.shape)
        if self.krylov and rhs.ndim == 1 and scale is not None:
            x, used = gmres_solve(block, self.beta, rhs, rhs if x0 is None else x0, scale)
            self.products += used
            if x is not None:
                return x
            self.lu_fallbacks += 1
        return lu_solve(block, self.beta, rhs, self.sparse)
