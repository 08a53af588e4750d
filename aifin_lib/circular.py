"""Circular financing: the maximum circulation of a flow network and the deal network.

A flow network ``W[i, j] >= 0`` (money from ``i`` to ``j``, USD billions) splits into a
*circulation* ``C`` (inflow equals outflow at every node) and an *acyclic* remainder
``D = W - C``. The share of gross volume that goes round in loops, ``sum C / sum W``, is the
network's circularity (Homs-Dones, MacKay, Sansom and Zhou 2025, "Circular Directional Flow
Decomposition of Networks"). The decomposition is not
unique; this module computes the **maximum** circulation exactly as a linear programme
(HiGHS), with a min-cost-flow cross-check, and builds the flow network from a table of
AI-financing deals without counting the same money twice.

Conventions
-----------
- ``flows[i, j]`` is the amount paid, invested or lent by ``i`` to ``j`` (row = payer,
  column = payee), in USD billions, nominal and undiscounted.
- ``net_position[i] = inflow[i] - outflow[i]`` (positive: net receiver).
- Fractions, not percents.
"""

from __future__ import annotations

import numbers
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.optimize import linprog
from scipy.sparse.csgraph import connected_components

from .data import overlap_groups, resolve_deals

__all__ = [
    "ALL_KINDS",
    "ALL_STATUSES",
    "DEFAULT_KINDS",
    "DEFAULT_STATUSES",
    "FINANCE_KINDS",
    "SALE_KINDS",
    "CircularityResult",
    "Cycle",
    "DealNetwork",
    "NettingResult",
    "RoundTripShare",
    "circularity",
    "circulation_by_firm",
    "deal_network",
    "greedy_two_cycle_netting",
    "round_trip_share",
    "round_trip_table",
    "simple_cycles",
    "vendor_financing_ratio",
]

#: Every deal kind the deals table may contain.
ALL_KINDS: tuple[str, ...] = (
    "equity",
    "purchase_commitment",
    "cloud_contract",
    "chip_purchase",
    "debt",
    "bond",
    "spv",
    "guarantee",
    "warrants",
    "lease",
    "other",
)
#: Kinds counted by :func:`deal_network` by default: money that moves (or is committed to
#: move) between two named firms of the network.
DEFAULT_KINDS: tuple[str, ...] = (
    "equity",
    "purchase_commitment",
    "cloud_contract",
    "chip_purchase",
    "guarantee",
    "debt",
)
#: Every deal status the deals table may contain.
ALL_STATUSES: tuple[str, ...] = ("announced", "signed", "stalled", "superseded", "completed")
#: Statuses counted by :func:`deal_network` by default (stalled and superseded deals excluded).
DEFAULT_STATUSES: tuple[str, ...] = ("announced", "signed", "completed")
#: Kinds that are a *sale* by ``to_id`` to the customer ``from_id`` (see :func:`round_trip_share`).
SALE_KINDS: tuple[str, ...] = ("chip_purchase", "cloud_contract", "purchase_commitment")
#: Kinds by which ``from_id`` *finances* ``to_id`` (see :func:`round_trip_share`).
FINANCE_KINDS: tuple[str, ...] = ("equity", "debt", "guarantee", "warrants")

_STATUS_RANK = {"completed": 4, "signed": 3, "announced": 2, "stalled": 1, "superseded": 0}
_CONFIDENCE_RANK = {"high": 2, "medium": 1, "low": 0}
_DEAL_COLUMNS = (
    "deal_id",
    "announced",
    "from_id",
    "to_id",
    "kind",
    "amount_usd_bn",
    "status",
    "overlaps_with",
    "confidence",
)

# --------------------------------------------------------------------------------------
# validation helpers
# --------------------------------------------------------------------------------------


def _real_values(arr: np.ndarray, name: str) -> None:
    """Refuse booleans, complex numbers, text and other non-numbers."""
    kind = arr.dtype.kind
    if kind == "O" and all(
        isinstance(v, numbers.Real) and not isinstance(v, bool | np.bool_) for v in arr.flat
    ):
        return
    if kind not in "iuf":
        raise TypeError(
            f"{name} must hold real numbers (not bool, complex or text), got dtype {arr.dtype}"
        )


def _as_flow_matrix(flows: Any, name: str = "flows") -> tuple[sp.csr_array, str, pd.Index | None]:
    """Validate a square non-negative finite flow matrix; return (csr, kind, labels).

    Accepts a DataFrame (identical index and columns), a scipy.sparse matrix or any
    array-like (nested lists included).
    """
    labels: pd.Index | None = None
    if isinstance(flows, pd.DataFrame):
        if not flows.index.equals(flows.columns):
            raise ValueError(f"{name} as a DataFrame must have identical index and columns")
        if not flows.index.is_unique:
            raise ValueError(f"{name} as a DataFrame must not repeat a firm label")
        labels = flows.index
        kind = "frame"
        arr = flows.to_numpy()
        _real_values(arr, name)
        data = arr.astype(float)
        mat = None
    elif sp.issparse(flows):
        kind = "sparse"
        if len(flows.shape) != 2 or flows.shape[0] != flows.shape[1]:
            raise ValueError(f"{name} must be a square 2-D array, got shape {tuple(flows.shape)}")
        _real_values(np.empty(0, dtype=flows.dtype), name)
        mat = sp.csr_array(flows, dtype=float, copy=True)  # never alter the caller's matrix
        mat.sum_duplicates()
        data = mat.data
    else:
        kind = "dense"
        try:
            arr = np.asarray(flows)
        except (TypeError, ValueError) as exc:  # ragged nested lists
            raise ValueError(f"{name} must be a square 2-D array of numbers") from exc
        _real_values(arr, name)
        data = arr.astype(float)
        mat = None
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


def _output(mat: sp.csr_array, kind: str, labels: pd.Index | None) -> Any:
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
    res = linprog(
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
    g = nx.DiGraph()
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
    flows: Any,
    method: str = "lp",
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

    def sums(x: Any) -> tuple[np.ndarray, np.ndarray]:
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


def greedy_two_cycle_netting(flows: Any) -> NettingResult:
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
    flows_or_graph: Any,
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
        :func:`deal_network`).
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
        g = nx.DiGraph()
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
# the deal network
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class DealNetwork:
    """A flow network built from a deals table.

    Attributes
    ----------
    graph : networkx.DiGraph
        One node per company; edge ``from_id -> to_id`` with attributes ``amount_usd_bn``
        (sum over the included deals, USD billions), ``kinds`` (sorted tuple of distinct
        kinds) and ``deal_ids`` (tuple, in table order).
    flows : pandas.DataFrame
        Square flow matrix, index (``from_id``) and columns (``to_id``) = company ids,
        USD billions, 0 where no deal.
    included : pandas.DataFrame
        The deal rows used (input columns plus ``overlap_group``).
    excluded : pandas.DataFrame
        The other rows, with a ``reason`` column: ``kind``, ``status``, ``after_as_of``,
        ``no_date``, ``company``, ``undisclosed_amount`` or ``overlap`` (another row of the
        same overlap group was kept; see :func:`deal_network`).
    n_undisclosed : int
        Rows that passed every other filter but were dropped for an undisclosed amount.
    kinds, statuses : tuple of str
        The kinds and statuses counted.
    as_of : pandas.Timestamp or None
        The cut-off date, if any.
    """

    graph: nx.DiGraph
    flows: pd.DataFrame
    included: pd.DataFrame
    excluded: pd.DataFrame
    n_undisclosed: int
    kinds: tuple[str, ...]
    statuses: tuple[str, ...]
    as_of: pd.Timestamp | None


def _check_choice(values: Iterable[str] | str, allowed: tuple[str, ...], name: str) -> tuple:
    if isinstance(values, str):
        values = (values,)
    values = tuple(values)
    unknown = sorted(set(values) - set(allowed))
    if unknown:
        raise ValueError(f"{name} has unknown values {unknown}; expected some of {list(allowed)}")
    if not values:
        raise ValueError(f"{name} must not be empty")
    return values


def _split_ids(x: Any) -> list[str]:
    if x is None or (isinstance(x, float) and np.isnan(x)) or x is pd.NA:
        return []
    return [s.strip() for s in str(x).split(";") if s.strip()]


def _validate_deals(deals: pd.DataFrame) -> pd.DataFrame:
    """Check the deals table and return a normalised copy."""
    if not isinstance(deals, pd.DataFrame):
        raise TypeError(f"deals must be a pandas DataFrame, got {type(deals).__name__}")
    missing = [c for c in _DEAL_COLUMNS if c not in deals.columns]
    if missing:
        raise ValueError(f"deals is missing columns {missing}")
    d = deals.copy()
    d = d.reset_index(drop=True)
    if d["deal_id"].isna().any():
        raise ValueError("deals['deal_id'] must not be empty")
    d["deal_id"] = d["deal_id"].astype(str)
    dup = d["deal_id"][d["deal_id"].duplicated()].unique().tolist()
    if dup:
        raise ValueError(f"deals['deal_id'] must be unique, duplicated: {dup}")
    for col in ("from_id", "to_id"):
        if d[col].isna().any():
            bad = d.loc[d[col].isna(), "deal_id"].tolist()
            raise ValueError(f"deals[{col!r}] must not be empty (rows {bad})")
        d[col] = d[col].astype(str)
    self_deals = d.loc[d["from_id"] == d["to_id"], "deal_id"].tolist()
    if self_deals:
        raise ValueError(
            f"deals {self_deals} have the same company as from_id and to_id: money a company "
            "pays itself is not a flow between firms (it would count as pure circulation)"
        )
    for col, allowed in (
        ("kind", ALL_KINDS),
        ("status", ALL_STATUSES),
        ("confidence", tuple(_CONFIDENCE_RANK)),
    ):
        bad = sorted(set(d[col].astype(str)) - set(allowed))
        if bad:
            raise ValueError(f"deals[{col!r}] has unknown values {bad}; expected {list(allowed)}")
        d[col] = d[col].astype(str)
    amount = pd.to_numeric(d["amount_usd_bn"], errors="coerce")
    if (amount.isna() & d["amount_usd_bn"].notna()).any():
        raise ValueError("deals['amount_usd_bn'] must be numeric (NaN when undisclosed)")
    if np.isinf(amount).any() or (amount < 0).any():
        raise ValueError("deals['amount_usd_bn'] must be finite and >= 0 (NaN when undisclosed)")
    d["amount_usd_bn"] = amount.astype(float)
    try:
        d["announced"] = pd.to_datetime(d["announced"], format="ISO8601")
    except (ValueError, TypeError) as exc:
        raise ValueError(f"deals['announced'] must hold ISO dates: {exc}") from exc
    ids = set(d["deal_id"])
    for did, links in zip(d["deal_id"], d["overlaps_with"], strict=True):
        unknown = [x for x in _split_ids(links) if x not in ids]
        if unknown:
            raise ValueError(f"deals['overlaps_with'] of {did} names unknown deal ids {unknown}")
    return d


def _cutoff(as_of: Any) -> pd.Timestamp | None:
    """The last day counted: a date as given, or 31 December of a year given as an int."""
    if as_of is None:
        return None
    if isinstance(as_of, bool | np.bool_) or isinstance(as_of, float | np.floating):
        raise ValueError(f"as_of must be a date or a year (int), got {as_of!r}")
    if isinstance(as_of, int | np.integer):
        if not 1 <= as_of <= 9999:
            raise ValueError(f"as_of as a year must lie in 1..9999, got {as_of!r}")
        return pd.Timestamp(year=int(as_of), month=12, day=31)
    try:
        cutoff = pd.Timestamp(as_of)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"as_of must be a date or a year (int), got {as_of!r}") from exc
    if pd.isna(cutoff):
        raise ValueError(f"as_of must be a date or a year (int), got {as_of!r}")
    return cutoff


def deal_network(
    deals: pd.DataFrame,
    kinds: Iterable[str] = DEFAULT_KINDS,
    as_of: Any = None,
    statuses: Iterable[str] = DEFAULT_STATUSES,
    companies: Iterable[str] | None = None,
    *,
    overlap_priority: str = "amount",
) -> DealNetwork:
    """Build the flow network of AI-financing deals, counting no money twice.

    Parameters
    ----------
    deals : pandas.DataFrame
        One row per deal with at least the columns ``deal_id`` (unique), ``announced``
        (ISO date; month/year-precision dates stored as the first day of the period),
        ``from_id`` (pays, invests, lends or guarantees), ``to_id`` (receives), ``kind``
        (one of :data:`ALL_KINDS`), ``amount_usd_bn`` (USD billions, NaN when undisclosed),
        ``status`` (one of :data:`ALL_STATUSES`), ``overlaps_with`` (';'-separated deal
        ids describing the same money, empty or NaN when none) and ``confidence``
        (high, medium, low). Other columns are carried along.
    kinds : iterable of str, default DEFAULT_KINDS
        Deal kinds to count. The default (equity, purchase_commitment, cloud_contract,
        chip_purchase, guarantee, debt) keeps money between two firms of the network and
        leaves out bonds (bought by market investors), SPV totals (financed by the other
        rows), warrants (options, not money), leases and other.
    as_of : date-like or int, optional
        Count only deals announced on or before this date (inclusive). A deal with
        month or year precision counts from the first day of its period. An int is a year:
        ``as_of=2025`` counts every deal announced up to 31 December 2025.
    statuses : iterable of str, default DEFAULT_STATUSES
        Statuses to count; the default (announced, signed, completed) drops stalled and
        superseded deals. ``status`` is the current status: ``as_of`` filters on the
        announcement date only.
    companies : iterable of str, optional
        If given, the flow matrix has exactly these companies in this order and deals with
        a party outside them are excluded; otherwise the sorted ids of the parties to the
        included deals.
    overlap_priority : {"amount", "status"}, default "amount"
        Which row of an overlap group to keep (see Notes). ``"amount"`` (the rule of the
        data dictionary, shared with :func:`aifin_lib.data.deals_deduplicated`) puts the
        largest disclosed amount first; ``"status"`` puts the firmest status first.

    Returns
    -------
    DealNetwork
        ``graph``, ``flows``, ``included``, ``excluded`` (with ``reason``),
        ``n_undisclosed``, ``kinds``, ``statuses``, ``as_of``.

    Raises
    ------
    ValueError
        If ``deals`` lacks a column, has duplicate or unknown ids (also in
        ``overlaps_with``), an unknown kind/status/confidence, negative or non-numeric
        amounts or unparseable dates, or a deal whose payer is its payee (named by deal id);
        if ``kinds`` or ``statuses`` names an unknown value or is empty; if ``as_of`` is
        neither a date nor a year; if ``companies`` has duplicates; if
        ``overlap_priority`` is unknown.
    TypeError
        If ``deals`` is not a DataFrame.

    Notes
    -----
    Filters apply in this order, and each excluded row gets the first reason that applies:
    kind, status, date (``after_as_of``; ``no_date`` when ``as_of`` is set and the date
    is missing), company, undisclosed amount. Then the rows still in are resolved by
    :func:`aifin_lib.data.resolve_deals`, the one rule of the book for counting a dollar once:
    a **total** whose parts (``part_of``) are among them keeps only its remainder (amount
    minus those parts; excluded with reason ``parts`` when nothing remains), so the parts,
    which name who paid, stay in the network; then of each **overlap group** (rows linked by
    ``overlaps_with``, which describe the same money) exactly one row is kept: the largest
    amount first (or, with ``overlap_priority="status"``, the firmest status: completed >
    signed > announced > superseded > stalled), then the highest confidence, then the
    smallest ``deal_id``; the others are excluded with reason ``overlap``. Resolving after
    filtering means a stalled row cannot knock out the completed row that replaced it.
    Amounts are summed per (from_id, to_id) pair; amount qualifiers ("up to", "about") are
    not applied.

    Examples
    --------
    >>> import pandas as pd
    >>> deals = pd.DataFrame({
    ...     "deal_id": ["A", "B", "C", "D"],
    ...     "announced": ["2025-01-01", "2025-02-01", "2025-03-01", "2025-03-15"],
    ...     "from_id": ["chip", "lab", "lab", "chip"],
    ...     "to_id": ["lab", "chip", "chip", "lab"],
    ...     "kind": ["equity", "chip_purchase", "chip_purchase", "equity"],
    ...     "amount_usd_bn": [10.0, 8.0, 6.0, 100.0],
    ...     "status": ["completed", "announced", "signed", "stalled"],
    ...     "overlaps_with": ["", "C", "", ""],
    ...     "confidence": ["high", "high", "medium", "high"],
    ... })
    >>> net = deal_network(deals, overlap_priority="status")  # signed C beats announced B
    >>> net.included["deal_id"].tolist(), net.excluded["reason"].tolist()
    (['A', 'C'], ['overlap', 'status'])
    >>> float(net.flows.loc["lab", "chip"]), round(circularity(net.flows).circularity, 6)
    (6.0, 0.75)
    """
    kinds = _check_choice(kinds, ALL_KINDS, "kinds")
    statuses = _check_choice(statuses, ALL_STATUSES, "statuses")
    if overlap_priority not in ("status", "amount"):
        raise ValueError(f"overlap_priority must be 'status' or 'amount', got {overlap_priority!r}")
    cutoff = _cutoff(as_of)
    d = _validate_deals(deals)
    company_list: list[str] | None = None
    if companies is not None:
        company_list = [str(c) for c in ([companies] if isinstance(companies, str) else companies)]
        if len(set(company_list)) != len(company_list):
            raise ValueError("companies must not contain duplicates")
    d["overlap_group"] = overlap_groups(d)

    reason = pd.Series("", index=d.index, dtype=object)

    def mark(mask: pd.Series, why: str) -> None:
        reason[(reason == "") & mask] = why

    mark(~d["kind"].isin(kinds), "kind")
    mark(~d["status"].isin(statuses), "status")
    if cutoff is not None:
        mark(d["announced"].isna(), "no_date")
        mark(d["announced"] > cutoff, "after_as_of")
    if company_list is not None:
        mark(~(d["from_id"].isin(company_list) & d["to_id"].isin(company_list)), "company")
    undisclosed = (reason == "") & d["amount_usd_bn"].isna()
    n_undisclosed = int(undisclosed.sum())
    mark(d["amount_usd_bn"].isna(), "undisclosed_amount")

    # totals resolved into their parts, then one row per overlap group (aifin_lib.data's rule)
    kept, dropped = resolve_deals(d[reason == ""], overlap_priority, groups=d["overlap_group"])
    for idx, why in dropped.items():
        reason[idx] = why
    included = kept.copy()
    excluded = d[reason != ""].copy()
    excluded["reason"] = reason[reason != ""].astype(str)

    if company_list is None:
        company_list = sorted(set(included["from_id"]) | set(included["to_id"]))
    idx = pd.Index(company_list, name="from_id")
    pos = {c: k for k, c in enumerate(company_list)}
    mat = np.zeros((len(idx), len(idx)))
    g = nx.DiGraph()
    g.add_nodes_from(company_list)
    for row in included.itertuples(index=False):
        i, j = pos[row.from_id], pos[row.to_id]
        mat[i, j] += row.amount_usd_bn
        if g.has_edge(row.from_id, row.to_id):
            e = g[row.from_id][row.to_id]
            e["amount_usd_bn"] += row.amount_usd_bn
            e["kinds"] = tuple(sorted(set(e["kinds"]) | {row.kind}))
            e["deal_ids"] = (*e["deal_ids"], row.deal_id)
        else:
            g.add_edge(
                row.from_id,
                row.to_id,
                amount_usd_bn=float(row.amount_usd_bn),
                kinds=(row.kind,),
                deal_ids=(row.deal_id,),
            )
    flows = pd.DataFrame(mat, index=idx, columns=pd.Index(company_list, name="to_id"))
    return DealNetwork(
        graph=g,
        flows=flows,
        included=included.reset_index(drop=True),
        excluded=excluded.reset_index(drop=True),
        n_undisclosed=n_undisclosed,
        kinds=kinds,
        statuses=statuses,
        as_of=cutoff,
    )


# --------------------------------------------------------------------------------------
# round-tripping and vendor financing
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoundTripShare:
    """How much of a firm's sales comes from customers it finances.

    Attributes
    ----------
    firm : str
        The seller.
    sales_usd_bn : float
        Disclosed sales to the firm (rows of a sale kind with ``to_id == firm``).
    round_trip_usd_bn : float
        The part of ``sales_usd_bn`` bought by customers the firm finances.
    share : float
        ``round_trip_usd_bn / sales_usd_bn`` (fraction), NaN when there are no sales.
    financing_usd_bn : float
        Disclosed financing from the firm to those customers.
    customers_financed : tuple of str
        Customers that buy from the firm and are financed by it (sorted).
    n_undisclosed_sales : int
        Sale rows skipped for an undisclosed amount.
    """

    firm: str
    sales_usd_bn: float
    round_trip_usd_bn: float
    share: float
    financing_usd_bn: float
    customers_financed: tuple[str, ...]
    n_undisclosed_sales: int


def _deal_rows(deals: Any) -> pd.DataFrame:
    if isinstance(deals, DealNetwork):
        return deals.included
    if not isinstance(deals, pd.DataFrame):
        raise TypeError(
            f"deals must be a DealNetwork or a DataFrame of deals, got {type(deals).__name__}"
        )
    missing = [c for c in ("from_id", "to_id", "kind", "amount_usd_bn") if c not in deals.columns]
    if missing:
        raise ValueError(f"deals is missing columns {missing}")
    bad = sorted(set(deals["kind"].astype(str)) - set(ALL_KINDS))
    if bad:
        raise ValueError(f"deals['kind'] has unknown values {bad}; expected {list(ALL_KINDS)}")
    amount = pd.to_numeric(deals["amount_usd_bn"], errors="coerce")
    if (amount < 0).any() or np.isinf(amount).any():
        raise ValueError("deals['amount_usd_bn'] must be finite and >= 0 (NaN when undisclosed)")
    d = deals.assign(
        amount_usd_bn=amount.astype(float),
        from_id=deals["from_id"].astype(str),
        to_id=deals["to_id"].astype(str),
        kind=deals["kind"].astype(str),
    )
    return d


def round_trip_share(
    deals: Any,
    firm: str,
    *,
    sale_kinds: Iterable[str] = SALE_KINDS,
    finance_kinds: Iterable[str] = FINANCE_KINDS,
) -> RoundTripShare:
    """Share of a firm's announced sales bought by customers it has itself financed.

    Parameters
    ----------
    deals : DealNetwork or pandas.DataFrame
        The deals to count: a :class:`DealNetwork` (its ``included`` rows) or a DataFrame
        with ``from_id``, ``to_id``, ``kind``, ``amount_usd_bn``. Pass deduplicated rows
        (e.g. ``deal_network(deals, kinds=ALL_KINDS).included``), otherwise overlapping
        rows are counted twice. Note that :data:`DEFAULT_KINDS` leaves out warrants.
    firm : str
        The seller's company id.
    sale_kinds : iterable of str, default SALE_KINDS
        Kinds that are a purchase by ``from_id`` from ``to_id``.
    finance_kinds : iterable of str, default FINANCE_KINDS
        Kinds by which ``from_id`` finances ``to_id`` (equity, debt, guarantee, warrants).

    Returns
    -------
    RoundTripShare

    Raises
    ------
    ValueError
        If a required column is missing, a kind is unknown, amounts are negative, or
        ``sale_kinds``/``finance_kinds`` name unknown kinds.
    TypeError
        If ``deals`` is neither a DealNetwork nor a DataFrame.

    Notes
    -----
    Sales ``S`` = sum of disclosed amounts of rows with ``to_id == firm`` and a sale kind.
    A customer ``c`` counts as *financed* when at least one row has ``from_id == firm``,
    ``to_id == c`` and a finance kind, whatever its amount (an undisclosed stake is still
    a stake). ``share = (sales from financed customers) / S``. Timing is ignored: the
    financing may come before or after the purchase, and the measure says nothing about
    whether the financing pays for the purchase. This is the share of sales exposed to
    the vendor-financing loop, not proof of it.

    Examples
    --------
    >>> import pandas as pd
    >>> deals = pd.DataFrame({
    ...     "from_id": ["chip", "lab", "cloud", "chip"],
    ...     "to_id": ["lab", "chip", "chip", "cloud"],
    ...     "kind": ["equity", "chip_purchase", "chip_purchase", "lease"],
    ...     "amount_usd_bn": [10.0, 30.0, 10.0, 5.0],
    ... })
    >>> r = round_trip_share(deals, "chip")
    >>> r.sales_usd_bn, r.round_trip_usd_bn, round(r.share, 6), r.customers_financed
    (40.0, 30.0, 0.75, ('lab',))
    """
    sale_kinds = _check_choice(sale_kinds, ALL_KINDS, "sale_kinds")
    finance_kinds = _check_choice(finance_kinds, ALL_KINDS, "finance_kinds")
    d = _deal_rows(deals)
    firm = str(firm)
    sales = d[(d["to_id"] == firm) & d["kind"].isin(sale_kinds)]
    n_undisclosed = int(sales["amount_usd_bn"].isna().sum())
    sales = sales[sales["amount_usd_bn"].notna()]
    fin = d[(d["from_id"] == firm) & d["kind"].isin(finance_kinds)]
    financed = set(fin["to_id"])
    buyers = set(sales["from_id"])
    both = tuple(sorted(financed & buyers))
    total = float(sales["amount_usd_bn"].sum())
    rt = float(sales.loc[sales["from_id"].isin(both), "amount_usd_bn"].sum())
    fin_amt = float(fin.loc[fin["to_id"].isin(both), "amount_usd_bn"].sum(min_count=0))
    return RoundTripShare(
        firm=firm,
        sales_usd_bn=total,
        round_trip_usd_bn=rt,
        share=rt / total if total > 0 else float("nan"),
        financing_usd_bn=fin_amt,
        customers_financed=both,
        n_undisclosed_sales=n_undisclosed,
    )


def round_trip_table(
    deals: Any,
    *,
    sale_kinds: Iterable[str] = SALE_KINDS,
    finance_kinds: Iterable[str] = FINANCE_KINDS,
) -> pd.DataFrame:
    """:func:`round_trip_share` for every firm with disclosed sales.

    Parameters
    ----------
    deals : DealNetwork or pandas.DataFrame
        As in :func:`round_trip_share`.
    sale_kinds, finance_kinds : iterable of str
        As in :func:`round_trip_share`.

    Returns
    -------
    pandas.DataFrame
        Indexed by ``firm`` (sorted), columns ``sales_usd_bn``, ``round_trip_usd_bn``,
        ``share``, ``financing_usd_bn``, ``customers_financed`` (';'-joined),
        ``n_undisclosed_sales``.

    Raises
    ------
    ValueError, TypeError
        As in :func:`round_trip_share`.

    Examples
    --------
    >>> import pandas as pd
    >>> deals = pd.DataFrame({
    ...     "from_id": ["chip", "lab", "lab"],
    ...     "to_id": ["lab", "chip", "cloud"],
    ...     "kind": ["equity", "chip_purchase", "cloud_contract"],
    ...     "amount_usd_bn": [10.0, 30.0, 20.0],
    ... })
    >>> round_trip_table(deals)["share"].tolist()
    [1.0, 0.0]
    """
    sale_kinds = _check_choice(sale_kinds, ALL_KINDS, "sale_kinds")
    d = _deal_rows(deals)
    firms = sorted(set(d.loc[d["kind"].isin(sale_kinds), "to_id"]))
    rows = []
    for f in firms:
        r = round_trip_share(d, f, sale_kinds=sale_kinds, finance_kinds=finance_kinds)
        rows.append(
            {
                "firm": f,
                "sales_usd_bn": r.sales_usd_bn,
                "round_trip_usd_bn": r.round_trip_usd_bn,
                "share": r.share,
                "financing_usd_bn": r.financing_usd_bn,
                "customers_financed": ";".join(r.customers_financed),
                "n_undisclosed_sales": r.n_undisclosed_sales,
            }
        )
    cols = [
        "firm",
        "sales_usd_bn",
        "round_trip_usd_bn",
        "share",
        "financing_usd_bn",
        "customers_financed",
        "n_undisclosed_sales",
    ]
    return pd.DataFrame(rows, columns=cols).set_index("firm")


def vendor_financing_ratio(financing_usd_bn: Any, revenue_usd_bn: Any) -> Any:
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
