"""Tests of aifin_lib.viz.network_chart: a flow network as a column of names with arcs."""

import altair as alt
import pandas as pd
import pytest

from aifin_lib.viz import network_chart as nc


def _cost(order, weight):
    pos = {n: i for i, n in enumerate(order)}
    return sum(w * abs(pos[a] - pos[b]) for (a, b), w in weight.items())


def test_linear_order_puts_linked_names_next_to_each_other():
    """A chain a-b-c-d given in a scrambled order comes out as the chain (cost 3, the least)."""
    weight = {("a", "b"): 1.0, ("b", "c"): 1.0, ("c", "d"): 1.0}
    order = nc.linear_order(["c", "a", "d", "b"], weight)
    assert sorted(order) == ["a", "b", "c", "d"]
    assert _cost(order, weight) == 3.0


def test_linear_order_never_makes_the_arcs_longer():
    """The result costs at most what the first order costs, and is a permutation of it."""
    names = [f"n{i}" for i in range(8)]
    weight = {(names[i], names[(3 * i + 1) % 8]): float(i + 1) for i in range(8)}
    order = nc.linear_order(names, weight)
    assert sorted(order) == sorted(names)
    assert _cost(order, weight) <= _cost(names, weight)
    assert nc.linear_order(names, weight) == order  # deterministic


def test_arc_points_run_clockwise_between_the_two_boxes():
    """Down on the right (side +1) from a higher payer, up on the left (side -1) back."""
    keys = pd.DataFrame({"from_id": ["a", "b"], "to_id": ["b", "a"], "kind": ["x", "x"],
                         "e": [0, 1]})
    pts = nc.arc_points(keys, {"a": 0, "b": 2})
    down, up = pts[pts["e"] == 0], pts[pts["e"] == 1]
    assert (down["side"] == 1).all() and (up["side"] == -1).all()
    assert len(down) == len(up) == nc.ARC_POINTS
    assert down["py"].is_monotonic_increasing and up["py"].is_monotonic_decreasing
    for arc in (down, up):  # leaves and enters a box on its edge
        assert arc["fx"].iloc[0] == 0 and arc["fx"].iloc[-1] == 0
    assert abs(down["py"].iloc[0] - nc.row_centre(0)) <= 7.01
    assert abs(down["py"].iloc[-1] - nc.row_centre(2)) <= 7.01


def test_arc_points_of_no_links_is_an_empty_frame():
    empty = pd.DataFrame(columns=["from_id", "to_id", "kind", "e"])
    assert list(nc.arc_points(empty, {}).columns) == ["e", "i", "side", "fx", "py"]


def test_network_layers_use_the_given_words_and_colours():
    """Titles, legend and tooltips come from NetworkText; colours from the (label, colour) list."""
    words = nc.NetworkText("T", ("s1", "s2"), "D", "Kinds", "From", "To", "Kind", "Amount",
                           "Circ", "Links", "Firm")
    arcs = pd.DataFrame({"px": [0.0], "py": [0.0], "e": [0], "i": [0], "side": [1],
                         "amount": [1.0], "circ": [0.0], "kind_label": ["Equity"],
                         "from_name": ["A"], "to_name": ["B"], "deal_ids": ["D1;D2"]})
    nodes = pd.DataFrame({"name": ["A"], "py": [nc.row_centre(0)], "on": [True]})
    lines = pd.DataFrame({"line": [0], "text": ["summary"]})
    chart = nc.network_layers(alt.Chart(arcs), alt.Chart(nodes), alt.Chart(lines),
                              [("Equity", "#123456")], 1, 1, 400, words)
    spec = chart.to_dict()
    assert spec["title"] == {"text": "T", "subtitle": ["s1", "s2"]}
    assert spec["description"] == "D"
    colour = spec["layer"][0]["encoding"]["color"]
    assert colour["title"] == "Kinds"
    assert colour["scale"] == {"domain": ["Equity"], "range": ["#123456"]}
    titles = [t["title"] for t in spec["layer"][0]["encoding"]["tooltip"]]
    assert titles == ["From", "To", "Kind", "Amount", "Circ", "Links"]
    assert spec["height"] == nc.TOP_PX + nc.ROW_PX + 22 + 16


@pytest.mark.parametrize("row", [0, 3])
def test_row_centre(row):
    assert nc.row_centre(row) == nc.TOP_PX + row * nc.ROW_PX + nc.ROW_PX / 2
