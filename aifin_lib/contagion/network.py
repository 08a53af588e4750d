"""A validated network of obligations: obligations, relative liabilities, closed classes."""

from __future__ import annotations

import math
from typing import TypeAlias, cast

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from .validation import MatrixInput, VectorInput, square_matrix, vector

__all__ = ["Network", "check_cash", "read_network"]

#: A dense or sparse (CSR) matrix of the network.
Matrix: TypeAlias = np.ndarray | sp.csr_array


class Network:
    """Relative liabilities of a validated network, dense or sparse (CSR).

    Parameters
    ----------
    L : numpy.ndarray or scipy.sparse.csr_array, shape (n, n)
        Validated liabilities (row = debtor), USD billions.
    el : numpy.ndarray, shape (n,)
        Pari-passu external liabilities, USD billions.
    sparse : bool
        Keep the relative liabilities sparse (CSR) even if ``L`` is dense.

    Attributes
    ----------
    pbar : numpy.ndarray
        Total obligations ``sum_j L[i, j] + el[i]``, USD billions.
    has : numpy.ndarray
        ``pbar > 0``.
    pi, m
        ``Pi[i, j] = L[i, j] / pbar[i]`` and ``M = Pi^T`` (so that received ``= M @ p``).
    """

    def __init__(self, L: Matrix, el: np.ndarray, sparse: bool) -> None:
        n = L.shape[0]
        self.n = n
        self.sparse = sparse
        self.el = el
        rows = L @ np.ones(n) if sp.issparse(L) else L.sum(axis=1)  # faster than .sum(axis=1)
        with np.errstate(over="ignore"):
            self.pbar: np.ndarray = rows + el
        if not np.all(np.isfinite(self.pbar)):
            i = int(np.flatnonzero(~np.isfinite(self.pbar))[0])
            raise ValueError(
                f"the obligations of firm {i} (liabilities plus external_liabilities) sum past "
                "the largest float (about 1.8e308); express the amounts in larger units"
            )
        self.has: np.ndarray = self.pbar > 0
        with np.errstate(over="ignore", divide="ignore"):
            inv = np.where(self.has, 1.0 / np.where(self.has, self.pbar, 1.0), 0.0)
        exact = bool(np.all(np.isfinite(inv)))  # 1/pbar overflows only for subnormal pbar
        self.L: Matrix
        self.pi: Matrix  # Pi[i, j]: share of i's payment that goes to j (debtor rows)
        self.m: np.ndarray | sp.csc_array  # M = Pi^T: received = M @ p
        if sparse:
            self.L = L if isinstance(L, sp.csr_array) else sp.csr_array(L)
            self.pi = self._sparse_pi(self.L, inv, exact)
            self.m = self.pi.T  # CSC view, no copy
        else:
            self.L = L
            dense = np.asarray(L)
            self.pi = (
                dense * inv[:, None]
                if exact
                else dense / np.where(self.has, self.pbar, 1.0)[:, None]
            )
            self.m = np.ascontiguousarray(self.pi.T)
        self._closed: tuple[np.ndarray, np.ndarray] | None = None

    def _sparse_pi(self, L: sp.csr_array, inv: np.ndarray, exact: bool) -> sp.csr_array:
        counts = np.diff(L.indptr)
        data = (
            L.data * np.repeat(inv, counts)
            if exact
            else L.data / np.repeat(np.where(self.has, self.pbar, 1.0), counts)
        )
        return sp.csr_array((data, L.indices, L.indptr), shape=L.shape, copy=False)

    def as_sparse(self) -> Network:
        """The same network with sparse (CSR) relative liabilities."""
        return self if self.sparse else Network(sp.csr_array(self.L), self.el, True)

    # closed classes: strongly connected components that owe nothing outside themselves
    def closed_classes(self) -> tuple[np.ndarray, np.ndarray]:
        """``(label, size)``: the closed class of each firm (-1 if none) and component sizes."""
        if self._closed is None and np.all(self.el > 0):  # everybody leaks: no closed class
            self._closed = (np.full(self.n, -1), np.ones(self.n, dtype=np.int64))
        if self._closed is None:
            g = self.L if isinstance(self.L, sp.csr_array) else sp.csr_array(self.L)
            ncomp, lab = connected_components(g, directed=True, connection="strong")
            coo = sp.coo_array(g)
            leak = np.zeros(ncomp, dtype=bool)
            cross = lab[coo.row] != lab[coo.col]
            leak[lab[coo.row[cross]]] = True
            leak[lab[self.el > 0]] = True
            size = np.bincount(lab, minlength=ncomp)
            closed = ~leak & (size >= 2)
            label = np.where(closed[lab], lab, -1)
            self._closed = (label, size)
        return self._closed

    def closed_members(self) -> list[np.ndarray]:
        """The firms of each closed class."""
        label, _ = self.closed_classes()
        return [np.flatnonzero(label == c) for c in np.unique(label[label >= 0])]

    def holds_closed_class(self, mask: np.ndarray) -> bool:
        """Does ``mask`` contain every member of some closed class?"""
        label, size = self.closed_classes()
        lab = label[mask]
        lab = lab[lab >= 0]
        return bool(lab.size) and bool(np.any(np.bincount(lab, minlength=size.size) == size))

    def mdot(self, idx: np.ndarray, x: np.ndarray) -> np.ndarray:
        """``(M @ x)[idx]``."""
        if self.sparse:
            return (self.m @ x)[idx]
        return self.m[idx, :] @ x

    def sub(self, idx: np.ndarray) -> Matrix:
        """``M[idx, idx]`` (sparse CSR or dense)."""
        if isinstance(self.m, np.ndarray):
            return self.m[np.ix_(idx, idx)]
        pi = cast(sp.csr_array, self.pi)
        return sp.csr_array(pi[idx][:, idx].T)


def read_network(
    liabilities: MatrixInput,
    external_liabilities: VectorInput | None,
    *,
    want_sparse: bool | None = None,
) -> tuple[Network, bool, pd.Index | None]:
    """Validate the inputs of a network: ``(network, input was sparse, firm labels)``.

    ``want_sparse=True`` keeps the relative liabilities sparse even for dense input;
    ``None`` follows the input.
    """
    L, is_sparse, labels = square_matrix(liabilities, "liabilities")
    n = L.shape[0]
    el = (
        np.zeros(n)
        if external_liabilities is None
        else vector(external_liabilities, n, "external_liabilities", labels, nonneg=True)
    )
    sparse = is_sparse if want_sparse is None else (is_sparse or want_sparse)
    return Network(L, el, sparse), is_sparse, labels


def check_cash(net: Network, e: np.ndarray, name: str = "external_assets") -> None:
    """Refuse external assets that overflow float64 together with the network's claims."""
    with np.errstate(over="ignore"):
        bound = float(np.max(np.abs(e), initial=0.0)) + 2.0 * float(np.sum(net.pbar))
        if math.isfinite(bound):  # bounds |e_i| + claims_i + pbar_i for every firm
            return
        total = np.abs(e) + net.m @ net.pbar + net.pbar
    if not np.all(np.isfinite(total)):
        i = int(np.flatnonzero(~np.isfinite(total).all(axis=tuple(range(total.ndim - 1))))[0])
        raise ValueError(
            f"{name} plus the claims of firm {i} exceed the largest float (about 1.8e308); "
            "express the amounts in larger units"
        )
