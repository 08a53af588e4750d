"""A flow network drawn as one column of names with arcs beside it (an arc diagram).

The firms sit in one column, one row each; a link is an arc from the payer's name box to the
payee's: clockwise, down on the right when the payee is lower, up on the left when it is higher,
so every cycle of the network forms a closed, clockwise ring. Links that carry circulation are
drawn solid, the others faint. Under the column, a few lines of text (a summary).

The chart knows nothing of the data it draws: the caller gives the rows of the names
(:func:`linear_order` finds an order with short arcs), the links (:func:`arc_points`), their
colours and the texts (:class:`NetworkText`). The chapter on circular financing draws its deal
network with it (:class:`aifin_lib.chapters.circular_financing.CircularityExplorer`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import altair as alt
import numpy as np
import pandas as pd

from .theme import INK, PALETTE

__all__ = [
    "ARC_POINTS",
    "ARC_X",
    "BOX_PX",
    "ROW_PX",
    "TOP_PX",
    "NetworkText",
    "arc_points",
    "linear_order",
    "network_layers",
    "row_centre",
]

ROW_PX = 22
"""Height of one firm's row, pixels."""
BOX_PX = 150
"""Width of the box holding a firm's name, pixels."""
TOP_PX = 10
"""Room above the first row, pixels."""
ARC_POINTS = 9
"""Points per arc (the arc's line interpolates them)."""
_LINE_PX = 16
_LINE_WEIGHTS: tuple[tuple[str, Literal["bold", "normal"]], ...] = (
    ("datum.line == 0", "bold"), ("datum.line > 0", "normal"))

ARC_X = f"width / 2 + datum.side * {BOX_PX / 2 + 4} + datum.fx * (width / 2 - {BOX_PX / 2 + 12})"
"""Vega expression of an arc point's horizontal position, pixels, from its ``side`` and
``fx`` (:func:`arc_points`) and the chart's width (so the chart narrows on a phone)."""


def row_centre(row: float) -> float:
    """Vertical centre of row ``row`` (0 at the top), pixels from the top of the chart."""
    return TOP_PX + row * ROW_PX + ROW_PX / 2


def linear_order(order: Sequence[str], weight: dict[tuple[str, str], float]) -> list[str]:
    """An order of the names in one column that keeps the arcs short.

    Parameters
    ----------
    order : sequence of str
        The names in a first order (e.g. by group); every name of ``weight`` must be in it.
    weight : dict
        ``{(a, b): w}``: how much the arc between ``a`` and ``b`` counts (``w >= 0``).

    Returns
    -------
    list of str
        A local minimum of the summed ``w * |row(a) - row(b)|``, found by moving one name at a
        time to its best place, from ``order``, until no move helps. Deterministic.

    Examples
    --------
    >>> linear_order(["a", "b", "c"], {("a", "c"): 2.0, ("b", "c"): 1.0})  # cost 5 -> 3
    ['b', 'c', 'a']
    """
    order = list(order)

    def cost(seq: list[str]) -> float:
        pos = {n: i for i, n in enumerate(seq)}
        return sum(w * abs(pos[a] - pos[b]) for (a, b), w in weight.items())

    best = cost(order)
    improved = True
    while improved:
        improved = False
        for node in list(order):
            rest = [n for n in order if n != node]
            for place in range(len(order)):
                trial = [*rest[:place], node, *rest[place:]]
                value = cost(trial)
                if value < best - 1e-9:
                    order, best, improved = trial, value, True
    return order


def _end_offsets(links: pd.DataFrame, rows: dict[str, int]) -> dict[tuple[int, str], float]:
    """Where each arc meets its firms' boxes: spread over the box, by the other firm's row."""
    ends: dict[tuple[str, int], list[tuple[int, int, str]]] = {}
    for e, f, t, s in zip(links["e"], links["from_id"], links["to_id"], links["side"],
                          strict=True):
        ends.setdefault((f, s), []).append((rows[t], e, "from"))
        ends.setdefault((t, s), []).append((rows[f], e, "to"))
    offset: dict[tuple[int, str], float] = {}
    for (_node, _side), items in ends.items():
        items.sort()
        m = len(items)
        for j, (_row, e, end) in enumerate(items):
            offset[(e, end)] = 0.0 if m == 1 else -7.0 + 14.0 * j / (m - 1)
    return offset


def arc_points(keys: pd.DataFrame, rows: dict[str, int]) -> pd.DataFrame:
    """The arcs of the chart: money flows clockwise round the column of names.

    Parameters
    ----------
    keys : pandas.DataFrame
        One row per link with ``from_id``, ``to_id``, ``kind`` and ``e`` (the link's id).
    rows : dict
        ``{name: row}`` (0 at the top), e.g. from :func:`linear_order`.

    Returns
    -------
    pandas.DataFrame
        :data:`ARC_POINTS` points per link, in drawing order: ``e``, ``i`` (0 at the payer,
        ``ARC_POINTS - 1`` at the payee), ``side`` (+1: the payee is lower, the arc runs down on
        the right; -1: up on the left), ``fx`` (signed horizontal reach, a fraction of the room
        beside the names) and ``py`` (vertical position, pixels). An arc leaves and enters a
        name box horizontally, so each one is attached to both firms; every cycle forms a
        closed, clockwise ring.

    Notes
    -----
    Arcs that share a firm and a side are spread over its box's height, ordered by the row
    of the other firm, so they do not meet in one point; parallel links (same firms, other
    kinds) reach a little further out. The horizontal position in pixels is computed in the
    browser from the chart's width (:data:`ARC_X`).

    Examples
    --------
    >>> keys = pd.DataFrame({"from_id": ["a"], "to_id": ["b"], "kind": ["x"], "e": [0]})
    >>> pts = arc_points(keys, {"a": 0, "b": 1})
    >>> len(pts), float(pts["py"].iloc[0]), float(pts["py"].iloc[-1]), float(pts["fx"].abs().max())
    (9, 21.0, 43.0, 1.0)
    """
    links = keys.sort_values(["from_id", "to_id", "kind"]).reset_index(drop=True)
    if links.empty:
        return pd.DataFrame(columns=["e", "i", "side", "fx", "py"])
    side = np.where(links["to_id"].map(rows) > links["from_id"].map(rows), 1, -1)
    links = links.assign(side=side)
    span = (links["to_id"].map(rows) - links["from_id"].map(rows)).abs()
    longest = max(len(rows) - 1, 1)
    parallel = links.groupby(["from_id", "to_id"]).cumcount()
    reach = np.minimum(1.0, 0.14 + 0.86 * np.sqrt(span / longest) + 0.07 * parallel)
    offset = _end_offsets(links, rows)
    out = []
    t = np.linspace(-np.pi / 2, np.pi / 2, ARC_POINTS)
    for e, f, to, s, r in zip(links["e"], links["from_id"], links["to_id"], links["side"],
                              reach, strict=True):
        y0 = row_centre(rows[f]) + offset[(e, "from")]
        y1 = row_centre(rows[to]) + offset[(e, "to")]
        for i, angle in enumerate(t):
            out.append({
                "e": int(e),
                "i": i,
                "side": int(s),
                "fx": round(float(s * r * np.cos(angle)), 4) + 0.0,
                "py": round(float(y0 + (y1 - y0) * (1 + np.sin(angle)) / 2), 2),
            })
    return pd.DataFrame(out)


@dataclass(frozen=True)
class NetworkText:
    """The words of one network chart, in the reader's language.

    Attributes
    ----------
    title, description : str
        The chart's title and its description for screen readers.
    subtitle : tuple of str
        Lines under the title (how to read the chart).
    legend : str
        Title of the colour legend (the kinds of link).
    payer, payee, kind, amount, circulating, links : str
        Tooltip titles of an arc: who pays, who receives, the kind, the amount, the part that
        circulates and the ids of what the link is made of.
    firm : str
        Tooltip title of a name box.
    """

    title: str
    subtitle: tuple[str, ...]
    description: str
    legend: str
    payer: str
    payee: str
    kind: str
    amount: str
    circulating: str
    links: str
    firm: str


_X = alt.X("px:Q", scale=None, axis=None)
_Y = alt.Y("py:Q", scale=None, axis=None)


def _arc_layers(arcs: alt.Chart, colours: Sequence[tuple[str, str]],
                text: NetworkText) -> list[alt.Chart]:
    """The arcs and their arrow heads (``arcs`` rows: see :func:`network_layers`)."""
    colour = alt.Color(
        "kind_label:N",
        title=text.legend,
        scale=alt.Scale(domain=[label for label, _ in colours],
                        range=[colour for _, colour in colours]),
        legend=alt.Legend(orient="bottom", columns=2, labelLimit=200, symbolType="stroke",
                          symbolStrokeWidth=3),
    )
    tooltip = [
        alt.Tooltip("from_name:N", title=text.payer),
        alt.Tooltip("to_name:N", title=text.payee),
        alt.Tooltip("kind_label:N", title=text.kind),
        alt.Tooltip("amount:Q", title=text.amount, format=",.2f"),
        alt.Tooltip("circ:Q", title=text.circulating, format=",.2f"),
        alt.Tooltip("deal_list:N", title=text.links),
    ]
    opacity = alt.condition("datum.circ > 0", alt.value(1.0), alt.value(0.3))
    drawn = arcs.transform_calculate(
        deal_list="replace(datum.deal_ids, regexp(';', 'g'), ', ')"
    )
    lines = drawn.mark_line(
        strokeCap="round", strokeJoin="round", interpolate="natural"
    ).encode(
        x=_X, y=_Y, detail="e:N", order="i:Q", color=colour,
        strokeWidth=alt.StrokeWidth(
            "amount:Q", scale=alt.Scale(type="sqrt", domain=[0, 300], range=[1.2, 7]),
            legend=None,
        ),
        opacity=opacity,
        tooltip=tooltip,
    )
    heads = (
        drawn.transform_filter(f"datum.i == {ARC_POINTS - 1}")
        .transform_calculate(head="datum.side > 0 ? 'triangle-left' : 'triangle-right'")
        .mark_point(filled=True, size=55, strokeWidth=0)
        .encode(x=_X, y=_Y, shape=alt.Shape("head:N", scale=None, legend=None), color=colour,
                opacity=opacity, tooltip=tooltip)
    )
    return [lines, heads]


def _name_layers(nodes: alt.Chart, text: NetworkText) -> list[alt.Chart]:
    """The name boxes: firms in the counted network bold, the others grey."""
    boxed = nodes.transform_calculate(
        px="width / 2", x1=f"width / 2 - {BOX_PX / 2}", x2=f"width / 2 + {BOX_PX / 2}",
        y1="datum.py - 9", y2="datum.py + 9",
    )
    boxes = boxed.mark_rect(cornerRadius=3, fill="white", strokeWidth=1).encode(
        x=alt.X("x1:Q", scale=None, axis=None), x2="x2:Q",
        y=alt.Y("y1:Q", scale=None, axis=None), y2="y2:Q",
        stroke=alt.condition("datum.on", alt.value(INK), alt.value(PALETTE[7])),
        tooltip=[alt.Tooltip("name:N", title=text.firm)],
    )
    names_on = boxed.transform_filter("datum.on").mark_text(
        fontSize=10.5, fontWeight="bold", color="#222", baseline="middle"
    ).encode(x=_X, y=_Y, text="name:N")
    names_off = boxed.transform_filter("!datum.on").mark_text(
        fontSize=10.5, color="#595959", baseline="middle"
    ).encode(x=_X, y=_Y, text="name:N")
    return [boxes, names_on, names_off]


def _text_layers(lines: alt.Chart, first: float) -> list[alt.Chart]:
    """The lines under the names, the first in bold, from ``first`` pixels down."""
    placed = lines.transform_calculate(py=f"{first} + datum.line * {_LINE_PX}")
    return [
        placed.transform_filter(cond)
        .mark_text(align="left", baseline="middle", fontSize=12, color="#222", fontWeight=weight)
        .encode(x=alt.value(0), y=_Y, text="text:N")
        for cond, weight in _LINE_WEIGHTS
    ]


def network_layers(
    arcs: alt.Chart, nodes: alt.Chart, lines: alt.Chart, colours: Sequence[tuple[str, str]],
    n_rows: int, n_lines: int, width: int, text: NetworkText,
) -> alt.LayerChart:
    """Arcs, arrow heads, name boxes and the summary text of one network chart.

    Parameters
    ----------
    arcs : altair.Chart
        Rows with ``px`` (:data:`ARC_X`), ``py``, ``e``, ``i``, ``side`` (:func:`arc_points`),
        ``amount`` (USD bn: the line's width), ``circ`` (USD bn circulating: solid when > 0),
        ``kind_label``, ``from_name``, ``to_name``, ``deal_ids`` (';'-joined).
    nodes : altair.Chart
        Rows with ``name``, ``py`` (:func:`row_centre`) and ``on`` (the firm takes part).
    lines : altair.Chart
        Rows with ``line`` (0, 1, ...) and ``text``.
    colours : sequence of (str, str)
        ``(kind label, colour)`` of every kind drawn, in legend order.
    n_rows, n_lines : int
        Rows of names and lines of text.
    width : int
        The chart's width on a wide screen, pixels.
    text : NetworkText
        Titles and tooltip titles.

    Returns
    -------
    altair.LayerChart
    """
    first = TOP_PX + n_rows * ROW_PX + 22
    chart = alt.layer(
        *_arc_layers(arcs, colours, text), *_name_layers(nodes, text),
        *_text_layers(lines, first),
    ).properties(
        width=width, height=first + n_lines * _LINE_PX,
        title=alt.TitleParams(text.title, subtitle=list(text.subtitle)),
        description=text.description,
    )
    if not isinstance(chart, alt.LayerChart):
        raise TypeError(f"expected a layered chart, got {type(chart).__name__}")
    return chart
