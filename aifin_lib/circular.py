"""Circular financing: the flow algebra of a network of payments, investments and loans.

A flow network ``W[i, j] >= 0`` (money from ``i`` to ``j``, USD billions) splits into a
*circulation* ``C`` (inflow equals outflow at every node) and an *acyclic* remainder
``D = W - C``. The share of gross volume that goes round in loops, ``sum C / sum W``, is the
network's circularity (Homs-Dones, MacKay, Sansom and Zhou 2025, "Circular Directional Flow
Decomposition of Networks"). The decomposition is not
unique; this module computes the **maximum** circulation exactly as a linear programme
(HiGHS), with a min-cost-flow cross-check. This module holds the flow algebra only; the flow
network of the book's AI-financing deals is built by
:func:`aifin_lib.circular_deals.deal_network`, which counts no money twice, and
:func:`aifin_lib.circular_deals.round_trip_share` measures how much of a firm's sales comes from
customers it finances. Their former names here (``aifin_lib.circular.deal_network``, ...) still
work: they are looked up in :mod:`aifin_lib.circular_deals` on first use (PEP 562).

Conventions
-----------
- ``flows[i, j]`` is the amount paid, invested or lent by ``i`` to ``j`` (row = payer,
  column = payee), in USD billions, nominal and undiscounted.
- ``net_position[i] = inflow[i] - outflow[i]`` (positive: net receiver).
- Fractions, not percents.
"""

from __future__ import annotations

import importlib
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import networkx as nx
import numpy as np
import numpy.typing as npt
import pandas as pd
import scipy.sparse as sp
from scipy.optimize import linprog
from scipy.sparse.csgraph import connected_components

from .contagion.validation import MatrixInput, is_sparse, real_array

__all__ = [
    "CircularityResult",
    "Cycle",
    "NettingResult",
    "circularity",
    "circulation_by_firm",
    "greedy_two_cycle_netting",
    "simple_cycles",
    "vendor_financing_ratio",
]

_DEAL_NAMES: tuple[str, ...] = (
    "ALL_KINDS", "ALL_STATUSES", "DEFAULT_KINDS", "DEFAULT_STATUSES", "FINANCE_KINDS",
    "SALE_KINDS", "DealNetwork", "RoundTripShare", "deal_network", "round_trip_share",
    "round_trip_table",
)
"""Names of :mod:`aifin_lib.circular_deals` that this module exported before, still found here."""


def __getattr__(name: str) -> Any:
    if name in _DEAL_NAMES:
        return getattr(importlib.import_module("aifin_lib.circular_deals"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_DEAL_NAMES})


# --------------------------------------------------------------------------------------
# validation helpers
# --------------------------------------------------------------------------------------


def _as_flow_matrix(
    flows: MatrixInput, name: str = "flows"
) -> tuple[sp.csr_array, str, pd.Index | None]:
    """Validate a square non-negative finite flow matrix; return (csr, kind, labels).

    Accepts a DataFrame (identical index and columns), a scipy.sparse matrix or any
    array-like (nested lists included).
    """
    labels: pd.Index | None = None
    mat: sp.csr_array | None = None
    if isinstance(flows, pd.DataFrame):
        if not flows.index.equals(flows.columns):
            raise ValueError(f"{name} as a DataFrame must have identical index and columns")
        if not flows.index.is_unique:
            raise ValueError(f"{name} as a DataFrame must not repeat a firm label")
        labels = flows.index
        kind = "frame"
        data = real_array(flows.to_numpy(), name, "a square 2-D array of numbers")
    elif is_sparse(flows):
        kind = "sparse"
        if len(flows.shape) != 2 or flows.shape[0] != flows.shape[1]:
            raise ValueError(f"{name} must be a square 2-D array, got shape {tuple(flows.shape)}")
        mat = sp.csr_array(flows)
        real_array(np.empty(0, dtype=mat.dtype), name, "a square 2-D array of numbers")
        mat = mat.astype(np.float64, copy=True)  # never alter the caller's matrix
        mat.sum_duplicates()
        data = mat.data
    else:
        kind = "dense"
        data = real_array(flows, name, "a square 2-D array of numbers")
    if mat is None and (data.ndim != 2 or data.shape[0] != data.shape[1]):
        raise ValueError(f"{name} must be a square 2-D array, got shape {data.shape}")
    if not np.all(np.isfinite(data)):
        raise ValueError(f"{name} must be finite (no NaN or inf)")
    if np.any(data < 0):
        raise ValueError(f"{name} must be non-negative, got minimum {float(np.min(data))}")
    with np.errstate(over="ignore"):
        if not np.isfinite(np.sum(data)):
            raise ValueError(
                f"{name} sums past the largest float (about 1.8e308); express the amounts in "
                "larger units"
            )
    if mat is None:
        mat = sp.csr_array(data)
    mat.eliminate_zeros()
    return mat, kind, labels


def _output(
    mat: sp.csr_array, kind: str, labels: pd.Index | None
) -> np.ndarray | sp.csr_array | pd.DataFrame:
    """Return a matrix in the same form as the input flows."""
    if kind == "sparse":
        return mat
    dense = mat.toarray()
    if kind == "frame":
        return pd.DataFrame(dense, index=labels, columns=labels)
    return dense


# --------------------------------------------------------------------------------------
# maximum circulation
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class CircularityResult:
    """Maximum circulation of a flow network.

    Attributes
    ----------
    circularity : float
        ``sum(circulation) / gross`` in [0, 1]; 0 for a network without flows.
    circulation : ndarray, sparse array or DataFrame
        The balanced part ``C`` (inflow = outflow at every node), same shape and form as
        the input (dense for dense input, CSR for sparse input, DataFrame for a DataFrame),
        USD billions.
    acyclic : ndarray, sparse array or DataFrame
        The remainder ``D = W - C``: non-negative and free of directed cycles.
    gross : float
        Gross volume ``V = sum W``, USD billions.
    excess : float
        Excess notional ``V - sum_i max(v_i, 0)``, USD billions: gross volume above the
        smallest gross any netting (with new contracts) could reach. ``sum C <= excess``.
    net_position : ndarray or Series
        ``v_i = inflow_i - outflow_i``, USD billions (positive: net receiver).
    method : str
        ``"lp"`` or ``"min_cost_flow"``.
    """

    circularity: float
    circulation: Any
    acyclic: Any
    gross: float
    excess: float
    net_position: Any
    method: str


def _scc_edges(mat: sp.csr_array) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Edge list (rows, cols, weights) and a mask of edges inside a strongly connected
    component (self-loops included: the caller tells them apart by rows == cols)."""
    coo = mat.tocoo()
    rows = coo.row.astype(np.int64)
    cols = coo.col.astype(np.int64)
    w = coo.data.astype(float)
    n = mat.shape[0]
    if n == 0:
        return rows, cols, w, np.zeros(0, dtype=bool)
    _, comp = connected_components(mat, directed=True, connection="strong")
    inside = comp[rows] == comp[cols]
    return rows, cols, w, inside


def _max_circulation_lp(rows: np.ndarray, cols: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Maximum circulation on the given (non-self-loop) edges by LP (HiGHS)."""
    m = len(w)
    if m == 0:
        return np.zeros(0)
    scale = float(w.max())
    nodes, inv = np.unique(np.concatenate([rows, cols]), return_inverse=True)
    tail, head = inv[:m], inv[m:]
    k = len(nodes)
    # incidence: +1 where the edge enters the node, -1 where it leaves
    a_eq = sp.csr_array(
        (
            np.concatenate([np.ones(m), -np.ones(m)]),
            (np.concatenate([head, tail]), np.concatenate([np.arange(m), np.arange(m)])),
        ),
        shape=(k, m),
    )
    # scipy-stubs accept neither a sparse A_eq nor an (m, 2) array of bounds; HiGHS takes both
    res = linprog(  # type: ignore[call-overload]
        c=-np.ones(m),
        A_eq=a_eq,
        b_eq=np.zeros(k),
        bounds=np.column_stack([np.zeros(m), w / scale]),
        method="highs",
        options={"primal_feasibility_tolerance": 1e-10, "dual_feasibility_tolerance": 1e-10},
    )
    if res.status != 0:  # pragma: no cover - the LP is always feasible (c = 0) and bounded
        raise RuntimeError(f"circulation LP failed: {res.message}")
    return np.clip(res.x * scale, 0.0, w)


def _max_circulation_mcf(
    rows: np.ndarray, cols: np.ndarray, w: np.ndarray, resolution: float
) -> np.ndarray:
    """Maximum circulation by min-cost flow on integer-scaled capacities (networkx)."""
    m = len(w)
    if m == 0:
        return np.zeros(0)
    scale = resolution / float(w.max())
    wint = [round(x) for x in (w * scale).tolist()]
    g: nx.DiGraph[int] = nx.DiGraph()
    net: dict[int, int] = {}
    for e, (i, j, cap) in enumerate(zip(rows.tolist(), cols.tolist(), wint, strict=True)):
        g.add_edge(i, j, capacity=cap, weight=1, edge=e)
        net[j] = net.get(j, 0) + cap
        net[i] = net.get(i, 0) - cap
    for v in g.nodes:
        g.nodes[v]["demand"] = net.get(v, 0)
    # the acyclic remainder D is the cheapest flow with the same net positions as W
    _, flow = nx.network_simplex(g)
    c = np.array(
        [cap - flow[i][j] for i, j, cap in zip(rows.tolist(), cols.tolist(), wint, strict=True)],
        dtype=float,
    )
    return np.clip(c / scale, 0.0, w)


def circularity(
    flows: MatrixInput,
    method: Literal["lp", "min_cost_flow"] = "lp",
    *,
    resolution: float = 1e12,
) -> CircularityResult:
    """Maximum circulation and circularity of a flow network.

    Splits ``W = C + D`` with ``C`` balanced (inflow = outflow at every node),
    ``0 <= C <= W`` and ``D`` acyclic, choosing the ``C`` with the largest total.

    Parameters
    ----------
    flows : array_like, scipy.sparse array or pandas.DataFrame, shape (n, n)
        ``flows[i, j] >= 0`` is the flow from ``i`` to ``j``, USD billions. Zeros are
        no edge; the diagonal (self-loops) is allowed and is pure circulation.
        A DataFrame must have identical index and columns (the firm labels).
    method : {"lp", "min_cost_flow"}, default "lp"
        ``"lp"``: maximise ``sum C`` subject to ``0 <= C <= W`` and conservation at each
        node, solved by HiGHS (scipy.optimize.linprog) on weights divided by ``max W``
        with feasibility tolerances 1e-10; the result is exact up to about
        ``1e-10 * max W`` per node. ``"min_cost_flow"``: the remainder ``D`` is the
        cheapest flow (unit cost per unit of flow) with the same net positions as ``W``,
        solved by networkx ``network_simplex`` on capacities rounded to integers after
        multiplying by ``resolution / max W``; exact for the rounded network, so
        ``|sum C_mcf - sum C_exact| <= m * max W / (2 * resolution)`` for ``m`` edges.
        Pure Python: use it as a cross-check on small networks.
    resolution : float, default 1e12
        Integer units per ``max W`` for ``method="min_cost_flow"``.

    Returns
    -------
    CircularityResult
        ``circularity`` (float in [0, 1]), ``circulation``, ``acyclic``, ``gross``,
        ``excess``, ``net_position``, ``method``.

    Raises
    ------
    ValueError
        If ``flows`` is not square, has NaN/inf or negative entries, a DataFrame's index
        differs from its columns, or ``method``/``resolution`` is invalid.
    TypeError
        If ``flows`` does not hold real numbers (booleans, complex numbers and text are
        refused).

    Notes
    -----
    Only edges inside a strongly connected component can lie on a cycle, so the LP is
    restricted to them (self-loops are added whole). The maximum circulation equals the
    largest *conservative compression* of D'Errico and Roukny (2017): what multilateral
    netting could remove without writing new contracts. Because ``D`` keeps every net
    position, ``sum C <= excess`` always. A network with zero gross volume (including
    ``n = 0``) has circularity 0 by convention. Several maximum circulations may exist;
    ``circularity`` is unique, ``circulation`` is one optimum.

    References
    ----------
    .. [1] Homs-Dones, M., MacKay, R. S., Sansom, B. and Zhou, Y. (2025), "Circular
       Directional Flow Decomposition of Networks", arXiv:2506.12546.
    .. [2] D'Errico, M. and Roukny, T. (2017), "Compressing over-the-counter markets",
       ESRB Working Paper 44, arXiv:1705.07155.

    Examples
    --------
    >>> import numpy as np
    >>> W = np.array([[0.0, 2.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]])
    >>> res = circularity(W)
    >>> round(res.circularity, 6), round(res.gross, 6), round(res.excess, 6)
    (0.75, 4.0, 3.0)
    >>> res.circulation.round(6).tolist()
    [[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]]
    >>> round(circularity(W, method="min_cost_flow").circularity, 6)
    0.75
    """
    if method not in ("lp", "min_cost_flow"):
        raise ValueError(f"method must be 'lp' or 'min_cost_flow', got {method!r}")
    if not (np.isfinite(resolution) and resolution >= 1):
        raise ValueError(f"resolution must be a finite number >= 1, got {resolution!r}")
    mat, kind, labels = _as_flow_matrix(flows)
    n = mat.shape[0]
    rows, cols, w, inside = _scc_edges(mat)
    loop = rows == cols
    cyc = inside & ~loop
    c = np.zeros(len(w))
    c[loop] = w[loop]
    if method == "lp":
        c[cyc] = _max_circulation_lp(rows[cyc], cols[cyc], w[cyc])
    else:
        c[cyc] = _max_circulation_mcf(rows[cyc], cols[cyc], w[cyc], resolution)
    circ = sp.csr_array((c, (rows, cols)), shape=(n, n))
    circ.eliminate_zeros()
    acyc = sp.csr_array((w - c, (rows, cols)), shape=(n, n))
    acyc.eliminate_zeros()
    gross = float(w.sum())
    inflow = np.asarray(mat.sum(axis=0)).ravel()
    outflow = np.asarray(mat.sum(axis=1)).ravel()
    v = inflow - outflow
    excess = max(gross - float(np.maximum(v, 0.0).sum()), 0.0)
    share = float(min(max(c.sum() / gross, 0.0), 1.0)) if gross > 0 else 0.0
    net = pd.Series(v, index=labels, name="net_position") if kind == "frame" else v
    return CircularityResult(
        circularity=share,
        circulation=_output(circ, kind, labels),
        acyclic=_output(acyc, kind, labels),
        gross=gross,
        excess=excess,
        net_position=net,
        method=method,
    )


def circulation_by_firm(
    result: CircularityResult, labels: Sequence[Hashable] | None = None
) -> pd.DataFrame:
    """Each firm's position in the maximum circulation.

    Parameters
    ----------
    result : CircularityResult
        Output of :func:`circularity`.
    labels : sequence of hashable, optional
        Firm labels in matrix order. Defaults to the DataFrame labels when ``circularity``
        was given a DataFrame, else ``0..n-1``.

    Returns
    -------
    pandas.DataFrame
        Indexed by firm, columns (USD billions unless stated): ``inflow``, ``outflow``,
        ``circulating_inflow``, ``circulating_outflow`` (equal up to solver tolerance),
        ``net_position`` (inflow - outflow) and ``circulating_share``, the fraction of the
        firm's gross flows (inflow + outflow) that circulates, NaN for a firm without
        flows.

    Raises
    ------
    ValueError
        If ``labels`` does not have one label per firm, or repeats a label.
    TypeError
        If ``result`` is not a CircularityResult.

    Notes
    -----
    The total circulation is unique but its split over edges need not be: when several
    maximum circulations exist, the per-firm figures describe the one returned by the
    solver. Self-loops count in both the inflow and the outflow of their firm.

    Examples
    --------
    >>> import numpy as np
    >>> W = np.array([[0.0, 2.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]])
    >>> t = circulation_by_firm(circularity(W), labels=["a", "b", "c"])
    >>> t["circulating_share"].round(6).tolist()
    [0.666667, 0.666667, 1.0]
    """
    if not isinstance(result, CircularityResult):
        raise TypeError(f"result must be a CircularityResult, got {type(result).__name__}")

    def sums(x: np.ndarray | sp.csr_array | pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
        """Column sums (inflow) and row sums (outflow), without densifying sparse input."""
        if isinstance(x, pd.DataFrame):
            x = x.to_numpy(dtype=float)
        return np.asarray(x.sum(axis=0)).ravel(), np.asarray(x.sum(axis=1)).ravel()

    cin, cout = sums(result.circulation)
    din, dout = sums(result.acyclic)
    inflow, outflow = cin + din, cout + dout
    n = len(cin)
    if labels is None:
        labels = (
            list(result.circulation.index)
            if isinstance(result.circulation, pd.DataFrame)
            else list(range(n))
        )
    labels = list(labels)
    if len(labels) != n:
        raise ValueError(f"labels must have {n} entries (one per firm), got {len(labels)}")
    index = pd.Index(labels, name="firm")
    if not index.is_unique:
        dup = index[index.duplicated()].unique().tolist()
        raise ValueError(f"labels must name each firm once, repeated: {dup}")
    gross = inflow + outflow
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(gross > 0, (cin + cout) / np.where(gross > 0, gross, 1.0), np.nan)
    return pd.DataFrame(
        {
            "inflow": inflow,
            "outflow": outflow,
            "circulating_inflow": cin,
            "circulating_outflow": cout,
            "net_position": inflow - outflow,
            "circulating_share": share,
        },
        index=index,
    )


# --------------------------------------------------------------------------------------
# greedy bilateral netting (for contrast)
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class NettingResult:
    """Result of greedy bilateral (2-cycle) netting.

    Attributes
    ----------
    circularity : float
        ``sum(circulation) / gross``; 0 for a network without flows.
    circulation : ndarray
        The amounts cancelled, shape (n, n), USD billions (balanced).
    remainder : ndarray
        ``W - circulation``.
    gross : float
        ``sum W``, USD billions.
    """

    circularity: float
    circulation: np.ndarray
    remainder: np.ndarray
    gross: float


def greedy_two_cycle_netting(flows: MatrixInput) -> NettingResult:
    """Cancel every bilateral pair of opposite flows (and every self-loop), nothing more.

    For each pair ``i < j`` the amount ``min(W[i, j], W[j, i])`` is removed in both
    directions; self-loops are removed whole. This is bilateral netting.

    Parameters
    ----------
    flows : array_like or scipy.sparse array, shape (n, n)
        ``flows[i, j] >= 0``, the flow from ``i`` to ``j``, USD billions.

    Returns
    -------
    NettingResult
        ``circularity``, ``circulation`` (dense), ``remainder`` (dense), ``gross``.

    Raises
    ------
    ValueError
        If ``flows`` is not square, or has NaN/inf or negative entries.
    TypeError
        If ``flows`` does not hold real numbers.

    Notes
    -----
    Bilateral netting misses every longer cycle, and when a 2-cycle shares an edge with a
    longer cycle, cancelling it first can use up capacity the longer cycle needed: the
    remainder may then be acyclic although the maximum circulation (:func:`circularity`)
    is larger. Hence ``greedy <= maximum``, often strictly.

    Examples
    --------
    Edge 0->1 lies on both the 2-cycle 0->1->0 and the 3-cycle 0->1->2->0:

    >>> import numpy as np
    >>> W = np.array([[0.0, 1.0, 0.0], [1.0, 0.0, 1.0], [1.0, 0.0, 0.0]])
    >>> round(greedy_two_cycle_netting(W).circularity, 6)
    0.5
    >>> round(circularity(W).circularity, 6)
    0.75
    """
    mat, _, _ = _as_flow_matrix(flows)
    w = mat.toarray()
    m = np.minimum(w, w.T)
    np.fill_diagonal(m, np.diag(w))
    gross = float(w.sum())
    share = float(m.sum() / gross) if gross > 0 else 0.0
    return NettingResult(circularity=share, circulation=m, remainder=w - m, gross=gross)


# --------------------------------------------------------------------------------------
# simple cycles for display
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cycle:
    """A simple directed cycle.

    Attributes
    ----------
    nodes : tuple
        The nodes in order, starting at the node that comes first in the graph's node
        order; the edge back to ``nodes[0]`` closes the cycle.
    bottleneck : float
        Smallest edge weight on the cycle, USD billions: the most that can go round it.
    """

    nodes: tuple[Hashable, ...]
    bottleneck: float

    @property
    def length(self) -> int:
        """Number of edges (= number of nodes) of the cycle."""
        return len(self.nodes)


def simple_cycles(
    flows_or_graph: MatrixInput | nx.DiGraph,
    length_bound: int | None = None,
    *,
    weight: str = "amount_usd_bn",
    max_nodes: int = 200,
    max_cycles: int = 10_000,
) -> list[Cycle]:
    """The simple cycles of a small network, each with its bottleneck amount.

    Parameters
    ----------
    flows_or_graph : array_like, scipy.sparse array, pandas.DataFrame or networkx.DiGraph
        A flow matrix (``[i, j]`` = flow from i to j, USD billions; labels from a
        DataFrame's index) or a directed graph whose edges carry the attribute ``weight``.
    length_bound : int, optional
        Longest cycle (number of edges) to list; ``None`` lists all.
    weight : str, default "amount_usd_bn"
        Edge attribute holding the amount when a graph is given (as built by
        :func:`aifin_lib.circular_deals.deal_network`).
    max_nodes : int, default 200
        Refuse graphs with more nodes on cycles (in non-trivial strongly connected
        components) than this.
    max_cycles : int, default 10000
        Stop and raise if more cycles than this exist.

    Returns
    -------
    list of Cycle
        Sorted by bottleneck (largest first), then length, then node order.

    Raises
    ------
    ValueError
        If the input is invalid, ``length_bound < 1``, an edge lacks ``weight``, or the
        graph is too large to enumerate safely (``max_nodes`` or ``max_cycles`` exceeded).
    TypeError
        If a flow matrix does not hold real numbers.

    Notes
    -----
    The number of simple cycles grows exponentially with the size of a dense graph
    (Johnson 1975), so cycles are for display; measure circularity with
    :func:`circularity`. Self-loops are cycles of length 1. Edges with zero weight are
    ignored.

    References
    ----------
    .. [1] Johnson, D. B. (1975), "Finding all the elementary circuits of a directed
       graph", SIAM Journal on Computing 4(1), 77-84.

    Examples
    --------
    >>> import numpy as np
    >>> W = np.ones((3, 3)) - np.eye(3)
    >>> [(c.nodes, c.bottleneck) for c in simple_cycles(W)]  # doctest: +NORMALIZE_WHITESPACE
    [((0, 1), 1.0), ((0, 2), 1.0), ((1, 2), 1.0), ((0, 1, 2), 1.0), ((0, 2, 1), 1.0)]
    """
    if length_bound is not None and (
        not isinstance(length_bound, int | np.integer) or length_bound < 1
    ):
        raise ValueError(f"length_bound must be a positive integer or None, got {length_bound!r}")
    if isinstance(flows_or_graph, nx.Graph):
        if not flows_or_graph.is_directed():
            raise ValueError("flows_or_graph must be a directed graph (networkx.DiGraph)")
        g: nx.DiGraph[Hashable] = nx.DiGraph()
        g.add_nodes_from(flows_or_graph.nodes)
        for i, j, d in flows_or_graph.edges(data=True):
            if weight not in d:
                raise ValueError(f"edge ({i!r}, {j!r}) has no attribute weight={weight!r}")
            x = float(d[weight])
            if not np.isfinite(x) or x < 0:
                raise ValueError(f"edge ({i!r}, {j!r}) weight must be finite and >= 0, got {x}")
            if x > 0:
                g.add_edge(i, j, w=x)
    else:
        mat, _, labels = _as_flow_matrix(flows_or_graph, "flows_or_graph")
        names = list(labels) if labels is not None else list(range(mat.shape[0]))
        coo = mat.tocoo()
        g = nx.DiGraph()
        g.add_nodes_from(names)
        for i, j, x in zip(coo.row.tolist(), coo.col.tolist(), coo.data.tolist(), strict=True):
            g.add_edge(names[i], names[j], w=float(x))
    order = {v: k for k, v in enumerate(g.nodes)}
    on_cycle = sum(len(comp) for comp in nx.strongly_connected_components(g) if len(comp) > 1)
    if on_cycle > max_nodes:
        raise ValueError(
            f"flows_or_graph has {on_cycle} nodes on cycles, more than max_nodes={max_nodes}: "
            "too large to enumerate cycles safely; use circularity() instead"
        )
    cycles: list[Cycle] = []
    for cyc in nx.simple_cycles(g, length_bound=length_bound):
        if len(cycles) >= max_cycles:
            raise ValueError(
                f"flows_or_graph has more than max_cycles={max_cycles} simple cycles; "
                "pass a smaller length_bound or use circularity()"
            )
        k = min(range(len(cyc)), key=lambda t: order[cyc[t]])
        nodes = tuple(cyc[k:] + cyc[:k])
        bottleneck = min(g[a][b]["w"] for a, b in zip(nodes, nodes[1:] + nodes[:1], strict=True))
        cycles.append(Cycle(nodes=nodes, bottleneck=float(bottleneck)))
    cycles.sort(key=lambda c: (-c.bottleneck, c.length, [order[v] for v in c.nodes]))
    return cycles


# --------------------------------------------------------------------------------------
# vendor financing
# --------------------------------------------------------------------------------------


def vendor_financing_ratio(
    financing_usd_bn: npt.ArrayLike, revenue_usd_bn: npt.ArrayLike
) -> float | np.ndarray:
    """Vendor financing as a fraction of the vendor's revenue.

    Parameters
    ----------
    financing_usd_bn : float or array_like
        Financing extended by the vendor to its customers (loans, guarantees, equity),
        USD billions, ``>= 0``.
    revenue_usd_bn : float or array_like
        The vendor's revenue over the reference period, USD billions, ``> 0``.
        Broadcasts against ``financing_usd_bn``.

    Returns
    -------
    float or numpy.ndarray
        ``financing_usd_bn / revenue_usd_bn`` (a fraction; float for scalar input).

    Raises
    ------
    ValueError
        If ``financing_usd_bn`` is negative or not finite, or ``revenue_usd_bn`` is not
        positive and finite, or the shapes do not broadcast.

    Notes
    -----
    Comparing a stock (commitments outstanding) with a flow (one year's revenue) is the
    usual way the telecom-era and AI-era vendor financing are put side by side; state the
    period of both inputs.

    Examples
    --------
    >>> vendor_financing_ratio(2.0, 8.0)
    0.25
    >>> vendor_financing_ratio([1.0, 3.0], 4.0).tolist()
    [0.25, 0.75]
    """
    f = np.asarray(financing_usd_bn, dtype=float)
    r = np.asarray(revenue_usd_bn, dtype=float)
    if not np.all(np.isfinite(f)) or np.any(f < 0):
        raise ValueError("financing_usd_bn must be finite and >= 0")
    if not np.all(np.isfinite(r)) or np.any(r <= 0):
        raise ValueError("revenue_usd_bn must be finite and > 0")
    try:
        out = f / r
    except ValueError as exc:
        raise ValueError(
            f"financing_usd_bn {f.shape} and revenue_usd_bn {r.shape} do not broadcast"
        ) from exc
    return float(out) if out.ndim == 0 else out
