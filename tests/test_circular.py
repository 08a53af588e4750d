"""Tests for aifin_lib.circular: maximum circulation, cycles, the deal network."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose
from scipy.optimize import linprog
from strategies import flow_matrices

from aifin_lib.circular import (
    ALL_KINDS,
    ALL_STATUSES,
    CircularityResult,
    DealNetwork,
    circularity,
    circulation_by_firm,
    deal_network,
    greedy_two_cycle_netting,
    round_trip_share,
    round_trip_table,
    simple_cycles,
    vendor_financing_ratio,
)

# ----------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------


def cycle_lp_circulation(w: np.ndarray) -> float:
    """Maximum circulation by an independent formulation: flows on simple cycles.

    Every circulation is a non-negative sum of simple-cycle flows, so the maximum of
    sum_k x_k * len_k subject to sum_{k through e} x_k <= w_e is the maximum circulation.
    """
    g = nx.DiGraph()
    n = w.shape[0]
    g.add_nodes_from(range(n))
    for i in range(n):
        for j in range(n):
            if w[i, j] > 0:
                g.add_edge(i, j)
    cycles = list(nx.simple_cycles(g))
    if not cycles:
        return 0.0
    edges = list(g.edges)
    pos = {e: k for k, e in enumerate(edges)}
    a = np.zeros((len(edges), len(cycles)))
    for k, cyc in enumerate(cycles):
        for u, v in zip(cyc, cyc[1:] + cyc[:1], strict=True):
            a[pos[(u, v)], k] = 1.0
    cap = np.array([w[e] for e in edges])
    res = linprog(-a.sum(axis=0), A_ub=a, b_ub=cap, bounds=(0, None), method="highs")
    assert res.status == 0
    return float(-res.fun)


def remainder_is_acyclic(d: np.ndarray, tol: float) -> bool:
    """True if the edges of d above tol form a directed acyclic graph."""
    g = nx.DiGraph()
    g.add_nodes_from(range(d.shape[0]))
    rows, cols = np.nonzero(d > tol)
    g.add_edges_from(zip(rows.tolist(), cols.tolist(), strict=True))
    return nx.is_directed_acyclic_graph(g)


BIDIRECTED_TRIANGLE = np.ones((3, 3)) - np.eye(3)
SHARED_EDGE = np.array([[0.0, 1.0, 0.0], [1.0, 0.0, 1.0], [1.0, 0.0, 0.0]])


# ----------------------------------------------------------------------------------------
# known answers (models.md section 8) and hand-derived cases
# ----------------------------------------------------------------------------------------


def test_pure_cycle_has_circularity_one() -> None:
    """The unit cycle 0->1->2->0 is all circulation (Homs-Dones et al. 2025)."""
    w = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]])
    res = circularity(w)
    assert_allclose(res.circularity, 1.0)
    assert_allclose(res.circulation, w)
    assert_allclose(res.acyclic, 0.0, atol=1e-12)


def test_uneven_cycle_circularity_three_quarters() -> None:
    """0->1: 2, 1->2: 1, 2->0: 1 has circularity 3/4; excess 3; net positions -1, 1, 0."""
    w = np.array([[0.0, 2.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]])
    for method in ("lp", "min_cost_flow"):
        res = circularity(w, method=method)
        assert_allclose(res.circularity, 0.75, rtol=1e-9)
        assert_allclose(res.gross, 4.0)
        assert_allclose(res.excess, 3.0)
        assert_allclose(res.net_position, [-1.0, 1.0, 0.0])
        assert_allclose(res.circulation, [[0, 1, 0], [0, 0, 1], [1, 0, 0]], atol=1e-9)
        assert_allclose(res.acyclic, [[0, 1, 0], [0, 0, 0], [0, 0, 0]], atol=1e-9)


def test_bidirected_triangle_circularity_one_and_five_cycles() -> None:
    """The bidirected unit triangle: circularity 1, three 2-cycles and two 3-cycles."""
    assert_allclose(circularity(BIDIRECTED_TRIANGLE).circularity, 1.0)
    cycles = simple_cycles(BIDIRECTED_TRIANGLE)
    assert len(cycles) == 5
    assert sorted(c.length for c in cycles) == [2, 2, 2, 3, 3]
    assert {c.nodes for c in cycles if c.length == 3} == {(0, 1, 2), (0, 2, 1)}
    assert all(c.bottleneck == 1.0 for c in cycles)
    assert len(simple_cycles(BIDIRECTED_TRIANGLE, length_bound=2)) == 3


def test_acyclic_network_has_zero_circulation_but_positive_excess() -> None:
    """A chain 0->1->2 (1 each) has no cycle: C = 0, yet excess = 2 - 1 = 1 (netting
    with a new contract 0->2 could halve the gross)."""
    w = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [0.0, 0.0, 0.0]])
    res = circularity(w)
    assert res.circularity == 0.0
    assert_allclose(res.excess, 1.0)
    assert_allclose(res.acyclic, w)


def test_two_cycle_cancels_the_smaller_side() -> None:
    """0->1: 3, 1->0: 1: one unit goes round each way, circularity 2/4, excess 4 - 2."""
    res = circularity(np.array([[0.0, 3.0], [1.0, 0.0]]))
    assert_allclose(res.circularity, 0.5)
    assert_allclose(res.circulation, [[0, 1], [1, 0]], atol=1e-12)
    assert_allclose(res.excess, 2.0)


def test_self_loops_are_pure_circulation() -> None:
    """A self-loop is a cycle of length one: [[5]] has circularity 1; [[2, 2], [0, 0]]
    has 2 of 4 circulating."""
    assert_allclose(circularity(np.array([[5.0]])).circularity, 1.0)
    res = circularity(np.array([[2.0, 2.0], [0.0, 0.0]]))
    assert_allclose(res.circularity, 0.5)
    assert_allclose(res.circulation, [[2, 0], [0, 0]])
    assert len(simple_cycles(np.array([[5.0]]))) == 1


def test_components_and_tails_add_up() -> None:
    """Cycle 0->1->0 of 3 each, cycle 2->3->4->2 of 1 each with a tail 4->5 of 7:
    C = 6 + 3 = 9 of V = 16."""
    w = np.zeros((6, 6))
    w[0, 1] = w[1, 0] = 3.0
    w[2, 3] = w[3, 4] = w[4, 2] = 1.0
    w[4, 5] = 7.0
    assert_allclose(circularity(w).circularity, 9 / 16)


def test_figure_eight_shares_a_node() -> None:
    """Triangles 0->1->2->0 (2 each) and 0->3->4->0 (1 each) share node 0; a chord 1->0
    of 5 makes the 2-cycle 0->1->0 compete with the first triangle for edge 0->1. A unit
    round the triangle circulates 3, round the 2-cycle 2, so the optimum is 3*2 + 3*1 = 9
    of 14; bilateral netting gets only 2*2 = 4."""
    w = np.zeros((5, 5))
    w[0, 1] = w[1, 2] = w[2, 0] = 2.0
    w[0, 3] = w[3, 4] = w[4, 0] = 1.0
    w[1, 0] = 5.0
    assert_allclose(circularity(w).circularity, 9 / 14)
    assert_allclose(cycle_lp_circulation(w), 9.0)
    assert_allclose(greedy_two_cycle_netting(w).circularity, 4 / 14)


def test_empty_networks_have_circularity_zero() -> None:
    """No flows (all zeros, or n = 0) give circularity 0 by convention."""
    for w in (np.zeros((3, 3)), np.zeros((0, 0))):
        res = circularity(w)
        assert res.circularity == 0.0
        assert res.gross == 0.0
        assert res.excess == 0.0
        assert res.circulation.shape == w.shape


def test_greedy_two_cycle_netting_undercounts_shared_edge() -> None:
    """Edge 0->1 lies on the 2-cycle 0->1->0 and the 3-cycle 0->1->2->0. Bilateral netting
    takes the 2-cycle (2 of 4) and leaves an acyclic remainder; the maximum circulation
    routes 0->1 round the triangle instead (3 of 4)."""
    greedy = greedy_two_cycle_netting(SHARED_EDGE)
    assert_allclose(greedy.circularity, 0.5)
    assert remainder_is_acyclic(greedy.remainder, 0.0)
    best = circularity(SHARED_EDGE)
    assert_allclose(best.circularity, 0.75)
    assert_allclose(best.circulation, [[0, 1, 0], [0, 0, 1], [1, 0, 0]], atol=1e-9)
    assert best.circularity > greedy.circularity + 0.2


def test_greedy_netting_misses_longer_cycles() -> None:
    """A pure 3-cycle has no bilateral pair: bilateral netting finds nothing."""
    w = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]])
    assert greedy_two_cycle_netting(w).circularity == 0.0


# ----------------------------------------------------------------------------------------
# input forms
# ----------------------------------------------------------------------------------------


def test_sparse_input_gives_sparse_output_equal_to_dense() -> None:
    """A scipy.sparse input returns sparse matrices with the dense answer."""
    rng = np.random.default_rng(1)
    w = rng.random((8, 8)) * (rng.random((8, 8)) < 0.4)
    dense = circularity(w)
    sparse = circularity(sp.csr_array(w))
    assert sp.issparse(sparse.circulation) and sp.issparse(sparse.acyclic)
    assert_allclose(sparse.circularity, dense.circularity, rtol=1e-9)
    assert_allclose(sparse.circulation.toarray() + sparse.acyclic.toarray(), w, atol=1e-12)
    csr = sp.csr_array(np.array([[0.0, 0.0], [1.0, 0.0]]))
    csr.data[0] = 0.0  # an explicit zero must survive in the caller's matrix
    circularity(csr)
    assert csr.nnz == 1
    sm = circularity(sp.coo_matrix(w))
    assert_allclose(sm.circularity, dense.circularity, rtol=1e-9)


def test_dataframe_input_keeps_labels() -> None:
    """A labelled DataFrame returns labelled circulation, remainder and net positions."""
    lab = ["nvda", "oai", "orcl"]
    w = pd.DataFrame([[0.0, 2.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]], index=lab, columns=lab)
    res = circularity(w)
    assert list(res.circulation.index) == lab and list(res.acyclic.columns) == lab
    assert_allclose(res.net_position.loc["oai"], 1.0)
    table = circulation_by_firm(res)
    assert list(table.index) == lab


def test_circulation_by_firm_hand_case() -> None:
    """On 0->1: 2, 1->2: 1, 2->0: 1 plus an isolated node 3: node 0 has gross 3 of which
    2 circulate; node 2 all; node 3 has no flows (NaN)."""
    w = np.zeros((4, 4))
    w[0, 1], w[1, 2], w[2, 0] = 2.0, 1.0, 1.0
    t = circulation_by_firm(circularity(w), labels=list("abcd"))
    assert_allclose(t["circulating_share"].iloc[:3], [2 / 3, 2 / 3, 1.0])
    assert np.isnan(t.loc["d", "circulating_share"])
    assert_allclose(t["circulating_inflow"], t["circulating_outflow"], atol=1e-12)
    assert_allclose(t["net_position"], [-1.0, 1.0, 0.0, 0.0])
    with pytest.raises(ValueError, match="labels"):
        circulation_by_firm(circularity(w), labels=["a"])
    sparse = circulation_by_firm(circularity(sp.csr_array(w)), labels=list("abcd"))
    pd.testing.assert_frame_equal(sparse, t, atol=1e-12)


# ----------------------------------------------------------------------------------------
# invariants on random networks
# ----------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(flow_matrices)
def test_circulation_invariants(w: np.ndarray) -> None:
    """C is balanced, 0 <= C <= W, W - C is acyclic, circularity in [0, 1] and
    0 <= sum C <= excess (the remainder keeps every net position)."""
    res = circularity(w)
    c = res.circulation
    scale = max(float(w.max()), 1.0)
    tol = 1e-8 * scale
    assert_allclose(c.sum(axis=0), c.sum(axis=1), atol=tol)
    assert np.all(c >= 0) and np.all(c <= w)
    assert_allclose(res.acyclic, w - c, atol=1e-12 * scale)
    assert remainder_is_acyclic(res.acyclic, tol)
    assert 0.0 <= res.circularity <= 1.0
    assert res.excess >= 0.0
    assert c.sum() <= res.excess + tol
    assert_allclose(res.excess, w.sum() - np.abs(res.net_position).sum() / 2, atol=tol)


@settings(max_examples=40, deadline=None)
@given(flow_matrices)
def test_lp_min_cost_flow_and_cycle_lp_agree(w: np.ndarray) -> None:
    """Three formulations (edge LP, min-cost flow on the remainder, LP on simple-cycle
    flows) give the same maximum circulation; greedy bilateral netting never exceeds it."""
    lp = circularity(w, method="lp")
    mcf = circularity(w, method="min_cost_flow")
    tol = 1e-8 * max(float(w.max()), 1.0) * max(w.size, 1)
    assert_allclose(lp.circulation.sum(), mcf.circulation.sum(), atol=tol)
    assert_allclose(lp.circulation.sum(), cycle_lp_circulation(w), atol=tol)
    assert greedy_two_cycle_netting(w).circulation.sum() <= lp.circulation.sum() + tol


@settings(max_examples=30, deadline=None)
@given(flow_matrices, st.floats(min_value=1e-3, max_value=1e3), st.randoms(use_true_random=False))
def test_circularity_is_invariant_to_scale_and_relabelling(w, factor, rnd) -> None:
    """Circularity is a fraction: unchanged by a change of units or of node order."""
    base = circularity(w).circularity
    perm = list(range(w.shape[0]))
    rnd.shuffle(perm)
    assert_allclose(circularity(w * factor).circularity, base, atol=1e-8)
    assert_allclose(circularity(w[np.ix_(perm, perm)]).circularity, base, atol=1e-8)


# ----------------------------------------------------------------------------------------
# simple cycles
# ----------------------------------------------------------------------------------------


def test_simple_cycles_bottleneck_and_order() -> None:
    """Cycle bottleneck is the smallest edge; output sorted by bottleneck."""
    w = np.zeros((4, 4))
    w[0, 1], w[1, 0] = 5.0, 4.0
    w[1, 2], w[2, 3], w[3, 1] = 2.0, 3.0, 7.0
    cycles = simple_cycles(w)
    assert [(c.nodes, c.bottleneck) for c in cycles] == [((0, 1), 4.0), ((1, 2, 3), 2.0)]


def test_simple_cycles_refuses_large_graphs() -> None:
    """The complete digraph on 9 nodes has over 10^5 cycles: refused via max_cycles;
    too many nodes on cycles is refused via max_nodes."""
    k = np.ones((9, 9)) - np.eye(9)
    with pytest.raises(ValueError, match="max_cycles"):
        simple_cycles(k, max_cycles=1000)
    with pytest.raises(ValueError, match="max_nodes"):
        simple_cycles(k, max_nodes=5)
    with pytest.raises(ValueError, match="length_bound"):
        simple_cycles(k, length_bound=0)


def test_simple_cycles_on_deal_graph() -> None:
    """simple_cycles reads amount_usd_bn from a DiGraph; a missing attribute is an error."""
    g = nx.DiGraph()
    g.add_edge("a", "b", amount_usd_bn=3.0)
    g.add_edge("b", "a", amount_usd_bn=1.5)
    assert [(c.nodes, c.bottleneck) for c in simple_cycles(g)] == [(("a", "b"), 1.5)]
    g.add_edge("b", "c", value=1.0)
    with pytest.raises(ValueError, match="weight"):
        simple_cycles(g)
    with pytest.raises(ValueError, match="directed"):
        simple_cycles(nx.Graph([(0, 1)]))


# ----------------------------------------------------------------------------------------
# deal network
# ----------------------------------------------------------------------------------------


def make_deals(rows: list[tuple]) -> pd.DataFrame:
    """A deals table in the shape of data/deals.csv from (id, date, from, to, kind,
    amount, status, overlaps, confidence) tuples."""
    cols = [
        "deal_id",
        "announced",
        "from_id",
        "to_id",
        "kind",
        "amount_usd_bn",
        "status",
        "overlaps_with",
        "confidence",
    ]
    d = pd.DataFrame(rows, columns=cols)
    d["announced"] = pd.to_datetime(d["announced"])
    d.insert(2, "date_precision", "day")
    d["amount_qualifier"] = "exact"
    d["years"] = np.nan
    d["gigawatts"] = np.nan
    d["source_id"] = "S1"
    d["note"] = ""
    return d


DEALS = make_deals(
    [
        ("D1", "2025-09-22", "nvidia", "openai", "equity", 100.0, "stalled", "D2", "high"),
        ("D2", "2026-02-20", "nvidia", "openai", "equity", 30.0, "completed", "", "high"),
        (
            "D3",
            "2025-09-22",
            "openai",
            "nvidia",
            "chip_purchase",
            np.nan,
            "announced",
            "",
            "medium",
        ),
        ("D4", "2025-06-30", "openai", "oracle", "cloud_contract", 30.0, "signed", "D5", "high"),
        ("D5", "2025-09-10", "openai", "oracle", "cloud_contract", 300.0, "announced", "", "high"),
        (
            "D6",
            "2025-08-01",
            "oracle",
            "nvidia",
            "chip_purchase",
            40.0,
            "announced",
            np.nan,
            "medium",
        ),
        ("D7", "2025-11-01", "nvidia", "oracle", "bond", 5.0, "completed", "", "high"),
        ("D8", "2025-10-01", "oracle", "openai", "warrants", 1.0, "announced", "", "low"),
        ("D9", "2025-07-01", "nvidia", "coreweave", "guarantee", 6.3, "signed", "", "high"),
        (
            "D10",
            "2025-07-15",
            "openai",
            "coreweave",
            "cloud_contract",
            12.0,
            "signed",
            "D11",
            "high",
        ),
        (
            "D11",
            "2025-09-25",
            "openai",
            "coreweave",
            "cloud_contract",
            6.5,
            "signed",
            "D12",
            "medium",
        ),
        ("D12", "2025-10-01", "openai", "coreweave", "cloud_contract", 4.0, "signed", "", "high"),
        (
            "D13",
            "2025-05-01",
            "coreweave",
            "nvidia",
            "chip_purchase",
            8.0,
            "superseded",
            "",
            "high",
        ),
    ]
)


def test_deal_network_hand_case() -> None:
    """Defaults: D1 stalled and D13 superseded drop; D3 undisclosed; D7 bond and D8
    warrants are not default kinds; D4/D5 overlap (signed beats announced); D10-D12 are one
    group by transitivity (same status, high beats medium, later beats earlier: D12)."""
    net = deal_network(DEALS, overlap_priority="status")
    assert isinstance(net, DealNetwork)
    assert net.included["deal_id"].tolist() == ["D2", "D4", "D6", "D9", "D12"]
    reasons = dict(zip(net.excluded["deal_id"], net.excluded["reason"], strict=True))
    assert reasons == {
        "D1": "status",
        "D3": "undisclosed_amount",
        "D5": "overlap",
        "D7": "kind",
        "D8": "kind",
        "D10": "overlap",
        "D11": "overlap",
        "D13": "status",
    }
    assert net.n_undisclosed == 1
    f = net.flows
    assert list(f.index) == sorted(["nvidia", "openai", "oracle", "coreweave"])
    assert list(f.columns) == list(f.index)
    assert f.loc["nvidia", "openai"] == 30.0
    assert f.loc["openai", "oracle"] == 30.0
    assert f.loc["openai", "coreweave"] == 4.0
    assert_allclose(f.to_numpy().sum(), 30 + 30 + 40 + 6.3 + 4)
    e = net.graph["openai"]["oracle"]
    assert e == {"amount_usd_bn": 30.0, "kinds": ("cloud_contract",), "deal_ids": ("D4",)}
    # nvidia -> openai -> oracle -> nvidia: 30, 30, 40 all circulate at 30
    res = circularity(f)
    assert_allclose(res.circulation.to_numpy().sum(), 90.0)
    assert_allclose(res.circularity, 90 / 110.3)


def test_deal_network_kinds_statuses_as_of_companies() -> None:
    """kinds, statuses, as_of (inclusive) and companies restrict the rows counted."""
    net = deal_network(DEALS, kinds=["chip_purchase"], statuses=ALL_STATUSES)
    assert net.included["deal_id"].tolist() == ["D6", "D13"]
    net = deal_network(DEALS, as_of="2025-09-10", overlap_priority="status")
    assert net.included["deal_id"].tolist() == ["D4", "D6", "D9", "D10"]
    assert set(net.excluded.loc[net.excluded["reason"] == "after_as_of", "deal_id"]) == {
        "D2",
        "D3",
        "D11",
        "D12",
    }
    # with stalled rows allowed and an early cut-off, the stalled D1 is the group's row
    net = deal_network(DEALS, as_of="2025-12-31", statuses=ALL_STATUSES, kinds=["equity"])
    assert net.included["deal_id"].tolist() == ["D1"]
    net = deal_network(DEALS, companies=["openai", "oracle", "nvidia"])
    assert list(net.flows.index) == ["openai", "oracle", "nvidia"]
    assert "D9" in set(net.excluded.loc[net.excluded["reason"] == "company", "deal_id"])
    assert "D12" in set(net.excluded["deal_id"])
    net = deal_network(DEALS, kinds=ALL_KINDS)
    assert {"D7", "D8"} <= set(net.included["deal_id"])


def test_deal_network_overlap_priority_amount() -> None:
    """With overlap_priority="amount" the largest row of a group is kept: D5 (300) over
    the signed D4 (30), D10 (12) over D11 and D12."""
    net = deal_network(DEALS, overlap_priority="amount")
    assert net.included["deal_id"].tolist() == ["D2", "D5", "D6", "D9", "D10"]
    assert net.flows.loc["openai", "oracle"] == 300.0
    with pytest.raises(ValueError, match="overlap_priority"):
        deal_network(DEALS, overlap_priority="newest")


def test_deal_network_accepts_csv_style_columns() -> None:
    """ISO date strings and NaN/empty overlaps_with (as read from a CSV) work."""
    d = DEALS.copy()
    d["announced"] = d["announced"].dt.strftime("%Y-%m-%d")
    d["overlaps_with"] = d["overlaps_with"].replace("", np.nan)
    a, b = deal_network(d), deal_network(DEALS)
    assert a.included["deal_id"].tolist() == b.included["deal_id"].tolist()
    assert_allclose(a.flows.to_numpy(), b.flows.to_numpy())


def test_deal_network_missing_dates() -> None:
    """A row without a date counts when there is no cut-off and is excluded as no_date
    when as_of is set."""
    d = DEALS.copy()
    d.loc[d["deal_id"] == "D6", "announced"] = pd.NaT
    assert "D6" in set(deal_network(d).included["deal_id"])
    net = deal_network(d, as_of="2030-01-01")
    assert net.excluded.set_index("deal_id").loc["D6", "reason"] == "no_date"


deal_rows = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c", "d"]),
        st.sampled_from(["a", "b", "c", "d"]),
        st.sampled_from(ALL_KINDS),
        st.one_of(st.just(np.nan), st.floats(0.5, 50.0)),
        st.sampled_from(ALL_STATUSES),
        st.sampled_from(["high", "medium", "low"]),
        st.integers(0, 3),  # overlap group
        st.integers(1, 28),  # day of February 2025
    ).filter(lambda row: row[0] != row[1]),  # a company never deals with itself
    min_size=1,
    max_size=12,
)


@settings(max_examples=30, deadline=None)
@given(
    deal_rows,
    st.sets(st.sampled_from(ALL_KINDS), min_size=1),
    st.sets(st.sampled_from(ALL_STATUSES), min_size=1),
    st.one_of(st.none(), st.integers(1, 28)),
)
def test_deal_network_never_double_counts(rows, kinds, statuses, day) -> None:
    """Whatever the filters: at most one row per overlap group is counted, a group with
    an eligible row keeps exactly one, the kept row has the largest amount of the group's
    eligible rows and, among those, the most advanced status (the default
    overlap_priority="amount"), every included row passes the filters, and the flow matrix
    sums the included amounts exactly."""
    first_of_group: dict[int, str] = {}
    table = []
    for k, (f, t, kind, amt, status, conf, grp, dd) in enumerate(rows):
        did = f"X{k}"
        link = first_of_group.setdefault(grp, did) if grp > 0 else did
        table.append(
            (did, f"2025-02-{dd:02d}", f, t, kind, amt, status, "" if link == did else link, conf)
        )
    deals = make_deals(table)
    group = {f"X{k}": (r[6] if r[6] > 0 else -k - 1) for k, r in enumerate(rows)}
    as_of = None if day is None else pd.Timestamp(f"2025-02-{day:02d}")
    net = deal_network(deals, kinds=sorted(kinds), statuses=sorted(statuses), as_of=as_of)
    inc = net.included
    assert len(inc) + len(net.excluded) == len(deals)
    kept_groups = [group[x] for x in inc["deal_id"]]
    assert len(kept_groups) == len(set(kept_groups))
    eligible = (
        deals["kind"].isin(kinds)
        & deals["status"].isin(statuses)
        & deals["amount_usd_bn"].notna()
        & ((deals["announced"] <= as_of) if as_of is not None else True)
    )
    rank = {"completed": 4, "signed": 3, "announced": 2, "stalled": 1, "superseded": 0}
    elig = deals[eligible].assign(g=lambda x: x["deal_id"].map(group))
    assert set(elig["g"]) == set(kept_groups)
    for _, row in inc.iterrows():
        same = elig[elig["g"] == group[row["deal_id"]]]
        assert row["amount_usd_bn"] == same["amount_usd_bn"].max()
        largest = same[same["amount_usd_bn"] == same["amount_usd_bn"].max()]
        assert rank[row["status"]] == max(rank[s] for s in largest["status"])
    assert_allclose(net.flows.to_numpy().sum(), inc["amount_usd_bn"].sum(), atol=1e-9)
    assert (inc["kind"].isin(kinds) & inc["status"].isin(statuses)).all()
    assert sum(d["amount_usd_bn"] for _, _, d in net.graph.edges(data=True)) == pytest.approx(
        inc["amount_usd_bn"].sum()
    )


# ----------------------------------------------------------------------------------------
# round-tripping and vendor financing
# ----------------------------------------------------------------------------------------


def test_round_trip_share_hand_case() -> None:
    """nvidia sells 40 (oracle) + 8 (coreweave, superseded: dropped) and nothing disclosed
    by openai; it finances openai and coreweave (guarantee), not oracle: share 0. With
    warrants oracle -> openai, openai's 0 sales give NaN."""
    net = deal_network(DEALS, kinds=ALL_KINDS)
    r = round_trip_share(net, "nvidia")
    assert r.sales_usd_bn == 40.0 and r.round_trip_usd_bn == 0.0 and r.share == 0.0
    rows = pd.DataFrame(
        {
            "from_id": ["v", "a", "b", "v", "a", "c"],
            "to_id": ["a", "v", "v", "b", "v", "v"],
            "kind": [
                "equity",
                "chip_purchase",
                "cloud_contract",
                "warrants",
                "lease",
                "chip_purchase",
            ],
            "amount_usd_bn": [10.0, 30.0, 5.0, np.nan, 99.0, np.nan],
        }
    )
    r = round_trip_share(rows, "v")
    assert r.sales_usd_bn == 35.0
    assert r.round_trip_usd_bn == 35.0 and r.share == 1.0
    assert r.customers_financed == ("a", "b")
    assert r.financing_usd_bn == 10.0
    assert r.n_undisclosed_sales == 1
    r = round_trip_share(rows, "v", finance_kinds=["equity"])
    assert_allclose(r.share, 30 / 35)
    assert np.isnan(round_trip_share(rows, "a").share)
    t = round_trip_table(rows)
    assert list(t.index) == ["v"] and t.loc["v", "share"] == 1.0


def test_vendor_financing_ratio() -> None:
    """financing / revenue, elementwise."""
    assert vendor_financing_ratio(7.0, 28.0) == 0.25
    assert_allclose(vendor_financing_ratio([2.0, 4.0], [8.0, 8.0]), [0.25, 0.5])


# ----------------------------------------------------------------------------------------
# bad input
# ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flows", "match"),
    [
        (np.array([[0.0, -1.0], [0.0, 0.0]]), "flows must be non-negative"),
        (np.array([[0.0, np.nan], [0.0, 0.0]]), "flows must be finite"),
        (np.array([[0.0, np.inf], [0.0, 0.0]]), "flows must be finite"),
        (np.zeros((2, 3)), r"flows must be a square 2-D array, got shape \(2, 3\)"),
        (np.zeros(3), "flows must be a square 2-D array"),
        (sp.csr_array(np.array([[0.0, -1.0], [0.0, 0.0]])), "flows must be non-negative"),
        (pd.DataFrame(np.zeros((2, 2)), index=["a", "b"], columns=["b", "a"]), "flows as a"),
    ],
)
def test_circularity_rejects_bad_flows(flows, match) -> None:
    """Negative, NaN/inf, non-square flows and mislabelled frames raise naming flows."""
    with pytest.raises(ValueError, match=match):
        circularity(flows)
    with pytest.raises(ValueError, match=match):
        greedy_two_cycle_netting(flows)


def test_circularity_rejects_bad_options() -> None:
    """Unknown method and a non-positive resolution raise naming the parameter."""
    with pytest.raises(ValueError, match="method"):
        circularity(np.eye(2), method="greedy")
    with pytest.raises(ValueError, match="resolution"):
        circularity(np.eye(2), method="min_cost_flow", resolution=0.0)
    with pytest.raises(TypeError, match="flows"):
        circularity([["a", "b"], ["c", "d"]])
    with pytest.raises(TypeError, match="result"):
        circulation_by_firm(np.eye(2))
    assert isinstance(circularity(np.eye(2)), CircularityResult)


def test_deal_network_rejects_bad_input() -> None:
    """Unknown kinds/statuses (argument or data), missing columns, duplicate or unknown
    ids, negative amounts and bad dates raise errors naming the parameter."""
    with pytest.raises(ValueError, match="kinds has unknown values \\['shares'\\]"):
        deal_network(DEALS, kinds=["equity", "shares"])
    with pytest.raises(ValueError, match="statuses"):
        deal_network(DEALS, statuses=["rumoured"])
    with pytest.raises(ValueError, match="kinds must not be empty"):
        deal_network(DEALS, kinds=[])
    with pytest.raises(ValueError, match=r"deals\['kind'\]"):
        deal_network(DEALS.assign(kind="gift"))
    with pytest.raises(ValueError, match="missing columns \\['overlaps_with'\\]"):
        deal_network(DEALS.drop(columns="overlaps_with"))
    with pytest.raises(ValueError, match="unique"):
        deal_network(pd.concat([DEALS, DEALS.iloc[:1]]))
    with pytest.raises(ValueError, match=r"overlaps_with.*D99"):
        deal_network(DEALS.assign(overlaps_with="D99"))
    with pytest.raises(ValueError, match="amount_usd_bn"):
        deal_network(DEALS.assign(amount_usd_bn=-1.0))
    with pytest.raises(ValueError, match="announced"):
        deal_network(DEALS.assign(announced="yesterday"))
    with pytest.raises(ValueError, match="as_of"):
        deal_network(DEALS, as_of="not a date")
    with pytest.raises(ValueError, match="companies"):
        deal_network(DEALS, companies=["a", "a"])
    with pytest.raises(TypeError, match="deals"):
        deal_network(DEALS.to_numpy())


def test_round_trip_and_ratio_reject_bad_input() -> None:
    """Unknown kinds, negative amounts and non-positive revenue raise naming the parameter."""
    rows = pd.DataFrame(
        {"from_id": ["a"], "to_id": ["b"], "kind": ["equity"], "amount_usd_bn": [1.0]}
    )
    with pytest.raises(ValueError, match="sale_kinds"):
        round_trip_share(rows, "b", sale_kinds=["sales"])
    with pytest.raises(ValueError, match="amount_usd_bn"):
        round_trip_share(rows.assign(amount_usd_bn=-1.0), "b")
    with pytest.raises(TypeError, match="deals"):
        round_trip_share([1, 2], "b")
    with pytest.raises(ValueError, match="revenue_usd_bn"):
        vendor_financing_ratio(1.0, 0.0)
    with pytest.raises(ValueError, match="financing_usd_bn"):
        vendor_financing_ratio(-1.0, 2.0)


# ----------------------------------------------------------------------------------------
# array-likes, years, self-deals and labels
# ----------------------------------------------------------------------------------------


def test_nested_lists_are_accepted_like_arrays() -> None:
    """circularity, greedy_two_cycle_netting and simple_cycles take nested lists as the
    contagion functions do (they once failed with "'list' object has no attribute 'shape'")
    and give the answers of the numpy array."""
    W = [[0.0, 2.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]]
    assert circularity(W).circularity == pytest.approx(0.75)
    assert greedy_two_cycle_netting(SHARED_EDGE.tolist()).circularity == pytest.approx(0.5)
    cycles = simple_cycles(BIDIRECTED_TRIANGLE.tolist())
    assert [c.nodes for c in cycles] == [c.nodes for c in simple_cycles(BIDIRECTED_TRIANGLE)]
    with pytest.raises(ValueError, match="flows must be a square 2-D array"):
        circularity([[0.0, 1.0], [1.0]])


@pytest.mark.parametrize(
    "flows",
    [
        [[False, True], [True, False]],
        np.array([[0, 1 + 1j], [1, 0]]),
        [["0", "1"], ["1", "0"]],
        pd.DataFrame([[False, True], [True, False]], index=["a", "b"], columns=["a", "b"]),
        sp.csr_array(np.array([[False, True], [True, False]])),
    ],
)
def test_bool_complex_and_text_flows_raise(flows) -> None:
    """Booleans, complex numbers and text are not amounts (numpy would read True and "1" as
    1.0): a TypeError names flows."""
    with pytest.raises(TypeError, match="flows must hold real numbers"):
        circularity(flows)


def test_deal_network_as_of_accepts_a_year() -> None:
    """as_of=2025 counts the deals announced up to 31 December 2025, as as_of="2025-12-31"
    does (the int was once read as 2,025 nanoseconds after 1970, which excluded every
    deal); a float or a bool raises."""
    by_year = deal_network(DEALS, as_of=2025)
    by_date = deal_network(DEALS, as_of="2025-12-31")
    assert by_year.as_of == pd.Timestamp("2025-12-31")
    assert by_year.included["deal_id"].tolist() == by_date.included["deal_id"].tolist()
    assert len(by_year.included) > 0
    assert deal_network(DEALS, as_of=np.int64(2025)).as_of == by_year.as_of
    for bad in (2025.5, True, 0):
        with pytest.raises(ValueError, match="as_of"):
            deal_network(DEALS, as_of=bad)


def test_deal_network_rejects_a_deal_with_itself() -> None:
    """A deal whose payer is its payee would count as pure circulation: it is refused,
    naming the deal id."""
    bad = DEALS.copy()
    bad.loc[bad["deal_id"] == "D2", "to_id"] = "nvidia"
    with pytest.raises(ValueError, match=r"'D2'.*same company"):
        deal_network(bad)


def test_circulation_by_firm_rejects_repeated_labels() -> None:
    """Two firms with one label would merge in the table's index: refused."""
    res = circularity(SHARED_EDGE)
    with pytest.raises(ValueError, match=r"labels must name each firm once, repeated: \['a'\]"):
        circulation_by_firm(res, labels=["a", "b", "a"])
