"""Figures and charts of the chapter on circular financing, assembled from ``data/``.

The deal network comes from ``deals.csv`` through :func:`aifin_lib.circular.deal_network`
(``overlap_priority="amount"``: of the rows that describe the same money, the largest amount
is the whole, as the data dictionary prescribes), its circularity from
:func:`aifin_lib.circular.circularity`, its loops from :func:`aifin_lib.circular.simple_cycles`.
The telecom benchmark is read from ``history.csv`` by metric id. Nothing here holds a
published number.

The network chart exists in two forms. On the static site, :meth:`CircularityExplorer.static_chart`
embeds the circulation of every combination of a few *kind presets* (:data:`KIND_PRESETS`), two
*status presets* (:data:`STATUS_PRESETS`) and a handful of cut-off dates (:data:`AS_OF_DATES`);
a drop-down, radio buttons and a slider (Vega-Lite parameters) pick the combination. In a live
kernel, :meth:`CircularityExplorer.widget` lets the reader choose any set of kinds and statuses
and a date window, and recomputes the network with the Python model.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import altair as alt
import networkx as nx
import numpy as np
import pandas as pd

from . import circular, data, i18n
from .charts import PALETTE

__all__ = [
    "AS_OF_DATES",
    "KIND_PRESETS",
    "LAYOUT_SEED",
    "NAMED_LOOPS",
    "OVERLAP_PRIORITY",
    "STATUS_PRESETS",
    "CircularityExplorer",
    "NamedLoop",
    "counting_chart",
    "counting_table",
    "deals_in_window",
    "dotcom_chart",
    "dotcom_comparison",
    "exercise_networks",
    "loops_table",
    "network",
    "network_frames",
    "node_positions",
    "prose_figures",
    "voices_table",
]

OVERLAP_PRIORITY = "amount"
"""Which row of an overlap group :func:`network` keeps: the largest amount (the whole)."""

KIND_PRESETS: dict[str, tuple[str, ...]] = {
    "equity_only": ("equity",),
    "purchases_only": circular.SALE_KINDS,
    "equity_purchases": ("equity", *circular.SALE_KINDS),
    "money_flows": circular.DEFAULT_KINDS,
    "all_kinds": circular.ALL_KINDS,
}
"""Named sets of deal kinds (catalogue key ``circ_preset_<name>``). ``money_flows`` is the
model's default (equity, purchases, cloud contracts, guarantees, loans); ``all_kinds`` adds
bonds, SPV totals, warrants, leases and other deals."""

STATUS_PRESETS: dict[str, tuple[str, ...]] = {
    "announced_too": circular.DEFAULT_STATUSES,
    "binding_only": ("signed", "completed"),
}
"""Named sets of deal statuses (catalogue key ``circ_status_<name>``); stalled and superseded
deals are never counted."""

AS_OF_DATES: tuple[str, ...] = (
    "2024-12-31",
    "2025-06-30",
    "2025-09-30",
    "2025-12-31",
    "2026-06-30",
)
"""Cut-off dates of the static chart: deals announced on or before the date are counted."""

LAYOUT_SEED = 11
"""Seed of the networkx spring layout (node positions are deterministic and rounded)."""

_WINDOW_START = "2019-01-01"


# --------------------------------------------------------------------------------------
# the network and its layout
# --------------------------------------------------------------------------------------


def deals_in_window(deals: pd.DataFrame, start: Any = None) -> pd.DataFrame:
    """Deals announced on or after ``start``, with links to dropped rows removed.

    Parameters
    ----------
    deals : pandas.DataFrame
        Rows of ``deals.csv``.
    start : date-like, optional
        First announcement date counted; ``None`` keeps every row.

    Returns
    -------
    pandas.DataFrame
        The rows announced on or after ``start``; ``overlaps_with`` keeps only ids of rows
        that are still in, so :func:`aifin_lib.circular.deal_network` accepts the table.

    Raises
    ------
    ValueError
        If ``start`` is not a date.

    Notes
    -----
    Overlap groups are then formed among the rows inside the window: a row whose overlap
    partner was announced before ``start`` counts on its own.

    Examples
    --------
    >>> deals = data.load("deals")
    >>> kept = deals_in_window(deals, "2025-01-01")
    >>> bool((kept["announced"] >= "2025-01-01").all()), "D35" in set(kept["deal_id"])
    (True, False)
    """
    if start is None:
        return deals.copy()
    try:
        cut = pd.Timestamp(start)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"start must be a date, got {start!r}") from exc
    if pd.isna(cut):
        raise ValueError(f"start must be a date, got {start!r}")
    kept = deals[pd.to_datetime(deals["announced"]) >= cut].copy()
    ids = set(kept["deal_id"])

    def clean(cell: Any) -> Any:
        if not isinstance(cell, str):
            return cell
        links = [x for x in data.source_ids(cell) if x in ids]
        return ";".join(links) if links else np.nan

    kept["overlaps_with"] = kept["overlaps_with"].map(clean)
    return kept.reset_index(drop=True)


def network(
    kinds: Iterable[str] = circular.DEFAULT_KINDS,
    statuses: Iterable[str] = circular.DEFAULT_STATUSES,
    as_of: Any = None,
    start: Any = None,
) -> circular.DealNetwork:
    """The deal network of ``deals.csv`` for one choice of what to count.

    Parameters
    ----------
    kinds : iterable of str, default DEFAULT_KINDS
        Deal kinds counted (see :data:`aifin_lib.circular.ALL_KINDS`).
    statuses : iterable of str, default DEFAULT_STATUSES
        Deal statuses counted.
    as_of : date-like, optional
        Count deals announced on or before this date.
    start : date-like, optional
        Count deals announced on or after this date (:func:`deals_in_window`).

    Returns
    -------
    aifin_lib.circular.DealNetwork
        Built with ``overlap_priority="amount"`` (:data:`OVERLAP_PRIORITY`).

    Raises
    ------
    ValueError
        If a kind or status is unknown or a date is invalid.

    Notes
    -----
    Networks are cached by their arguments; treat the result as read-only.

    Examples
    --------
    >>> net = network(kinds=("equity",))
    >>> round(circular.circularity(net.flows).circularity, 6)
    0.0
    """
    kinds = tuple(kinds) if not isinstance(kinds, str) else (kinds,)
    statuses = tuple(statuses) if not isinstance(statuses, str) else (statuses,)
    return _network_cached(kinds, statuses, _date_key(as_of), _date_key(start))


def _date_key(value: Any) -> str | None:
    """A hashable, validated form of an optional date."""
    if value is None:
        return None
    try:
        stamp = pd.Timestamp(value)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"dates must be date-like, got {value!r}") from exc
    if pd.isna(stamp):
        raise ValueError(f"dates must be date-like, got {value!r}")
    return stamp.isoformat()


@functools.lru_cache(maxsize=256)
def _network_cached(
    kinds: tuple[str, ...], statuses: tuple[str, ...], as_of: str | None, start: str | None
) -> circular.DealNetwork:
    deals = deals_in_window(data.load("deals"), start)
    return circular.deal_network(
        deals, kinds=kinds, statuses=statuses, as_of=as_of, overlap_priority=OVERLAP_PRIORITY
    )


def _short_names() -> dict[str, str]:
    names = data.load("companies").set_index("company_id")["name"]
    return {cid: str(name).split(" (")[0] for cid, name in names.items()}


def node_positions(seed: int = LAYOUT_SEED) -> pd.DataFrame:
    """Fixed positions of every firm that takes part in a deal with a disclosed amount.

    Parameters
    ----------
    seed : int, default LAYOUT_SEED
        Seed of :func:`networkx.spring_layout`.

    Returns
    -------
    pandas.DataFrame
        Columns ``node`` (company id), ``name`` (display name), ``x`` and ``y`` (in [-1, 1],
        rounded to 3 decimals), sorted by ``node``.

    Notes
    -----
    The layout is computed once on the network of all kinds and all statuses (undirected,
    unweighted), so a firm keeps its place whatever the reader counts.

    Examples
    --------
    >>> pos = node_positions()
    >>> pos.equals(node_positions()), bool(pos[["x", "y"]].abs().max().max() <= 1.0)
    (True, True)
    """
    net = network(kinds=circular.ALL_KINDS, statuses=circular.ALL_STATUSES)
    g = nx.Graph()
    nodes = sorted(set(net.included["from_id"]) | set(net.included["to_id"]))
    g.add_nodes_from(nodes)
    g.add_edges_from(zip(net.included["from_id"], net.included["to_id"], strict=True))
    parts = sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c)))
    main = g.subgraph(parts[0])
    start = nx.circular_layout(sorted(main.nodes))
    layout = nx.spring_layout(
        main, pos=start, seed=seed, k=2.2 / math.sqrt(len(main)), iterations=300
    )
    xy_main = np.array([layout[n] for n in sorted(main.nodes)])
    xy_main = xy_main - xy_main.mean(axis=0)
    # spread the crowded centre: radius r -> sqrt(r / r_max), direction kept
    radius = np.hypot(xy_main[:, 0], xy_main[:, 1])
    stretch = np.sqrt(radius / radius.max()) / np.where(radius > 0, radius, 1.0)
    xy_main = xy_main * stretch[:, None]
    xy_main = xy_main / np.abs(xy_main).max(axis=0)
    place = {n: (x, 0.14 + 0.84 * y) for n, (x, y) in zip(sorted(main.nodes), xy_main, strict=True)}
    # the small separate groups go in a row along the bottom
    rest = parts[1:]
    slots = np.linspace(-0.7, 0.7, max(len(rest), 1))
    for x0, comp in zip(slots, rest, strict=True):
        members = sorted(comp)
        for k, n in enumerate(members):
            place[n] = (x0 + 0.36 * (k - (len(members) - 1) / 2), -0.92)
    xy = np.array([place[n] for n in nodes])
    names = _short_names()
    return pd.DataFrame(
        {
            "node": nodes,
            "name": [names[n] for n in nodes],
            "x": np.round(xy[:, 0], 3),
            "y": np.round(xy[:, 1], 3),
        }
    )


# --------------------------------------------------------------------------------------
# one network as chart data
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Frames:
    segments: pd.DataFrame  # one row per (from, to, kind)
    summary: dict[str, Any]
    cycles: list[circular.Cycle]


@functools.lru_cache(maxsize=256)
def network_frames(net: circular.DealNetwork) -> _Frames:
    """Chart data of one deal network: its links by kind, circularity and cycles.

    Parameters
    ----------
    net : aifin_lib.circular.DealNetwork
        E.g. from :func:`network`.

    Returns
    -------
    _Frames
        ``segments``: one row per (``from_id``, ``to_id``, ``kind``) with ``amount`` (USD bn,
        disclosed amounts of the counted deals), ``pair_amount`` and ``circ`` (the maximum
        circulation on the pair ``from_id -> to_id``, USD bn), ``deal_ids``; ``summary``:
        ``circularity`` (fraction), ``gross``, ``circulation`` (USD bn), ``n_deals``,
        ``n_undisclosed``; ``cycles``: the simple cycles, largest bottleneck first.

    Notes
    -----
    Results are cached per network object (and :func:`network` caches its networks), so
    treat the returned frames as read-only.

    Examples
    --------
    >>> fr = network_frames(network(kinds=KIND_PRESETS["equity_purchases"]))
    >>> fr.summary["circulation"] <= fr.summary["gross"], len(fr.cycles) > 0
    (True, True)
    """
    res = circular.circularity(net.flows)
    circ = res.circulation
    inc = net.included
    if len(inc):
        seg = (
            inc.groupby(["from_id", "to_id", "kind"], sort=True)
            .agg(amount=("amount_usd_bn", "sum"), deal_ids=("deal_id", ";".join))
            .reset_index()
        )
    else:
        seg = pd.DataFrame(columns=["from_id", "to_id", "kind", "amount", "deal_ids"])
    pairs = list(zip(seg["from_id"], seg["to_id"], strict=True))
    seg["pair_amount"] = [float(net.flows.loc[f, t]) for f, t in pairs]
    seg["circ"] = [float(circ.loc[f, t]) for f, t in pairs]
    for col in ("amount", "pair_amount", "circ"):
        seg[col] = seg[col].astype(float).round(2)
    summary = {
        "circularity": float(res.circularity),
        "gross": float(res.gross),
        "circulation": float(circ.to_numpy().sum()),
        "n_deals": len(inc),
        "n_undisclosed": int(net.n_undisclosed),
    }
    return _Frames(seg, summary, circular.simple_cycles(net.graph))


def _cycle_text(cycle: circular.Cycle, names: dict[str, str], lang: str) -> str:
    path = " → ".join(names[n] for n in (*cycle.nodes, cycle.nodes[0]))
    return f"{path} ({i18n.fmt_usd_bn(cycle.bottleneck, lang, 1)})"


def _summary_lines(fr: _Frames, lang: str, caption: str) -> list[str]:
    names = _short_names()
    s = fr.summary
    lines = [
        i18n.t(
            "circ_summary_line",
            lang,
            share=i18n.fmt_percent(s["circularity"], lang, 1),
            circ=i18n.fmt_usd_bn(s["circulation"], lang, 1),
            gross=i18n.fmt_usd_bn(s["gross"], lang, 2),
        ),
        caption
        + " · "
        + i18n.t(
            "circ_counted_line",
            lang,
            deals=i18n.fmt_number(s["n_deals"], lang, 0),
            undisclosed=i18n.fmt_number(s["n_undisclosed"], lang, 0),
        ),
    ]
    if fr.cycles:
        shown = fr.cycles[:3]
        lines.append(i18n.t("circ_cycles_label", lang, n=i18n.fmt_number(len(fr.cycles), lang, 0)))
        lines += ["  " + _cycle_text(c, names, lang) for c in shown]
        if len(fr.cycles) > len(shown):
            rest = len(fr.cycles) - len(shown)
            lines.append("  " + i18n.t("circ_more_cycles", lang, n=i18n.fmt_number(rest, lang, 0)))
    else:
        lines.append(i18n.t("circ_no_cycles", lang))
    return lines


# --------------------------------------------------------------------------------------
# the network chart
# --------------------------------------------------------------------------------------

_KIND_COLOURS = {
    "equity": PALETTE[0],
    "cloud_contract": PALETTE[1],
    "purchase_commitment": PALETTE[2],
    "chip_purchase": PALETTE[6],
    "guarantee": PALETTE[4],
    "debt": PALETTE[3],
    "bond": PALETTE[5],
    "spv": PALETTE[7],
    "warrants": "#b8860b",
    "lease": "#2e8b57",
    "other": "#8c564b",
}


def _segment_geometry(keys: pd.DataFrame, pos: pd.DataFrame) -> pd.DataFrame:
    """Start/end points of every (from, to, kind) link, offset so parallel links stay apart."""
    xy = pos.set_index("node")[["x", "y"]]
    rows = []
    for (f, t), group in keys.groupby(["from_id", "to_id"], sort=True):
        x1, y1 = xy.loc[f]
        x2, y2 = xy.loc[t]
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy) or 1.0
        nx_, ny_ = dy / length, -dx / length  # unit normal to the right of the direction
        # shorten so arrows stop at the node's edge
        shrink = min(0.06 / length, 0.3)
        for k, kind in enumerate(sorted(group["kind"])):
            off = 0.022 * (k + 1)
            sx, sy = x1 + dx * shrink + nx_ * off, y1 + dy * shrink + ny_ * off
            ex, ey = x2 - dx * shrink + nx_ * off, y2 - dy * shrink + ny_ * off
            angle = (90.0 - math.degrees(math.atan2(dy, dx))) % 360.0
            rows.append(
                {
                    "from_id": f,
                    "to_id": t,
                    "kind": kind,
                    "x": round(sx, 3),
                    "y": round(sy, 3),
                    "x2": round(ex, 3),
                    "y2": round(ey, 3),
                    "ax": round(sx + 0.82 * (ex - sx), 3),
                    "ay": round(sy + 0.82 * (ey - sy), 3),
                    "angle": round(angle, 1),
                }
            )
    return pd.DataFrame(rows)


def _kind_scale(kinds: Sequence[str]) -> alt.Scale:
    labels = [i18n.t(f"deal_kind_{k}") for k in kinds]
    return alt.Scale(domain=labels, range=[_KIND_COLOURS[k] for k in kinds])


def _network_layers(
    links: alt.Chart, nodes: pd.DataFrame, kinds: Sequence[str], size: int
) -> alt.LayerChart:
    """Links (coloured by kind, highlighted when circulating), arrow heads and nodes."""
    scale = alt.Scale(domain=[-1.12, 1.12], nice=False, zero=False)
    x = alt.X("x:Q", scale=scale, axis=None)
    y = alt.Y("y:Q", scale=scale, axis=None)
    colour = alt.Color(
        "kind_label:N",
        title=i18n.t("circ_link_kind"),
        scale=_kind_scale(kinds),
        legend=alt.Legend(orient="bottom", columns=3),
    )
    tooltip = [
        alt.Tooltip("from_name:N", title=i18n.t("from_party")),
        alt.Tooltip("to_name:N", title=i18n.t("to_party")),
        alt.Tooltip("kind_label:N", title=i18n.t("kind")),
        alt.Tooltip("amount:Q", title=i18n.t("circ_amount_usd_bn"), format=",.2f"),
        alt.Tooltip("circ:Q", title=i18n.t("circ_circulating_usd_bn"), format=",.2f"),
        alt.Tooltip("deal_ids:N", title=i18n.t("circ_deals")),
    ]
    width = alt.Size(
        "amount:Q",
        scale=alt.Scale(type="sqrt", domain=[0, 300], range=[0.8, 6]),
        legend=None,
    )
    halo = (
        links.transform_filter("datum.circ > 0")
        .mark_rule(color="#111", opacity=0.35, strokeCap="round")
        .encode(
            x=x,
            y=y,
            x2="x2:Q",
            y2="y2:Q",
            size=alt.Size(
                "amount:Q",
                scale=alt.Scale(type="sqrt", domain=[0, 300], range=[3.8, 9]),
                legend=None,
            ),
        )
    )
    rules = links.mark_rule(strokeCap="round").encode(
        x=x,
        y=y,
        x2="x2:Q",
        y2="y2:Q",
        color=colour,
        size=width,
        opacity=alt.condition("datum.circ > 0", alt.value(1.0), alt.value(0.35)),
        tooltip=tooltip,
    )
    arrows = links.mark_point(shape="triangle-up", filled=True, size=70).encode(
        x=alt.X("ax:Q", scale=scale, axis=None),
        y=alt.Y("ay:Q", scale=scale, axis=None),
        angle=alt.Angle("angle:Q", scale=None),
        color=colour,
        opacity=alt.condition("datum.circ > 0", alt.value(1.0), alt.value(0.35)),
        tooltip=tooltip,
    )
    base = alt.Chart(nodes)
    dots = base.mark_circle(size=90, color="#333", opacity=0.85).encode(
        x=x, y=y, tooltip=[alt.Tooltip("name:N", title=i18n.t("circ_firm"))]
    )
    labels = base.mark_text(dy=-10, fontSize=10, color="#222").encode(x=x, y=y, text="name:N")
    return (
        alt.layer(halo, rules, arrows, dots, labels)
        .resolve_scale(size="independent")
        .properties(width=size, height=size)
    )


def _text_panel(lines: alt.Chart, width: int) -> alt.LayerChart:
    y = alt.Y("line:O", axis=None, scale=alt.Scale(domain=list(range(7))))
    layers = [
        lines.transform_filter(cond)
        .mark_text(align="left", baseline="middle", fontSize=12, color="#222", fontWeight=weight)
        .encode(x=alt.value(0), y=y, text="text:N")
        for cond, weight in (("datum.line == 0", "bold"), ("datum.line > 0", "normal"))
    ]
    return alt.layer(*layers).properties(width=width, height=120)


def _labelled(segments: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    out = segments.copy()
    out["kind_label"] = [i18n.t(f"deal_kind_{k}") for k in out["kind"]]
    out["from_name"] = out["from_id"].map(names)
    out["to_name"] = out["to_id"].map(names)
    return out


class CircularityExplorer:
    """The chapter's interactive network: a widget panel live, a parameter chart statically.

    Parameters
    ----------
    size : int, default 520
        Width and height of the network panel in pixels.

    Notes
    -----
    Static view: for each kind preset (:data:`KIND_PRESETS`), status preset
    (:data:`STATUS_PRESETS`) and cut-off date (:data:`AS_OF_DATES`) the network, its maximum
    circulation and its cycles are computed in Python and embedded as small tables; Vega-Lite
    parameters bound to a drop-down (kinds), radio buttons (statuses) and a slider (date) pick
    the rows. Live view (ipywidgets): any set of kinds and statuses and a date window.
    """

    def __init__(self, size: int = 520) -> None:
        self.size = size
        self.positions = node_positions()
        self._static: dict[str, alt.VConcatChart] = {}

    # ---- static ------------------------------------------------------------------
    def combinations(self) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
        """Compute every preset combination.

        Returns
        -------
        tuple of pandas.DataFrame
            ``links`` (one row per link, with its geometry and labels: the lookup table),
            ``rows`` (columns ``k``, ``s``, ``d``, ``e``, ``amount``, ``circ``: link ``e``
            counted in combination ``(k, s, d)``) and ``lines`` (``k``, ``s``, ``d``,
            ``line``, ``text``: the summary printed under the network), and, via
            :meth:`summaries`, the numbers themselves.
        """
        frames = self._frames()
        keys = pd.concat([fr.segments[["from_id", "to_id", "kind"]] for fr in frames.values()])
        keys = keys.drop_duplicates().sort_values(["from_id", "to_id", "kind"])
        links = _segment_geometry(keys, self.positions).reset_index(drop=True)
        links["e"] = range(len(links))
        names = _short_names()
        index = links.set_index(["from_id", "to_id", "kind"])["e"]
        rows, lines = [], []
        dates = [i18n.fmt_date(d, "day") for d in AS_OF_DATES]
        for (k, s, d), fr in frames.items():
            seg = fr.segments
            for f, t, kind, a, c in zip(
                seg["from_id"], seg["to_id"], seg["kind"], seg["amount"], seg["circ"], strict=True
            ):
                rows.append(
                    {"k": k, "s": s, "d": d, "e": int(index[(f, t, kind)]), "amount": a, "circ": c}
                )
            caption = i18n.t("circ_as_of_caption", date=dates[d])
            for n, text in enumerate(_summary_lines(fr, i18n.get_language(), caption)):
                lines.append({"k": k, "s": s, "d": d, "line": n, "text": text})
        links = _labelled(links, names)
        deal_ids = {}
        for fr in frames.values():
            for f, t, kind, ids in zip(
                fr.segments["from_id"],
                fr.segments["to_id"],
                fr.segments["kind"],
                fr.segments["deal_ids"],
                strict=True,
            ):
                deal_ids.setdefault((f, t, kind), set()).update(ids.split(";"))
        links["deal_ids"] = [
            ", ".join(sorted(deal_ids[(f, t, kind)]))
            for f, t, kind in zip(links["from_id"], links["to_id"], links["kind"], strict=True)
        ]
        return links, pd.DataFrame(rows), pd.DataFrame(lines)

    def _frames(self) -> dict[tuple[int, int, int], _Frames]:
        out = {}
        for (k, kinds), (s, statuses), (d, as_of) in itertools.product(
            enumerate(KIND_PRESETS.values()),
            enumerate(STATUS_PRESETS.values()),
            enumerate(AS_OF_DATES),
        ):
            out[(k, s, d)] = network_frames(network(kinds, statuses, as_of))
        return out

    def summaries(self) -> pd.DataFrame:
        """Circularity, gross volume, circulation and cycle count of every combination.

        Returns
        -------
        pandas.DataFrame
            Columns ``kinds``, ``statuses``, ``as_of`` (preset names and date), ``circularity``
            (fraction), ``gross_usd_bn``, ``circulation_usd_bn``, ``n_deals``,
            ``n_undisclosed``, ``n_cycles``.
        """
        rows = []
        kn, sn = list(KIND_PRESETS), list(STATUS_PRESETS)
        for (k, s, d), fr in self._frames().items():
            sm = fr.summary
            rows.append(
                {
                    "kinds": kn[k],
                    "statuses": sn[s],
                    "as_of": AS_OF_DATES[d],
                    "circularity": sm["circularity"],
                    "gross_usd_bn": sm["gross"],
                    "circulation_usd_bn": sm["circulation"],
                    "n_deals": sm["n_deals"],
                    "n_undisclosed": sm["n_undisclosed"],
                    "n_cycles": len(fr.cycles),
                }
            )
        return pd.DataFrame(rows)

    def static_chart(self) -> alt.VConcatChart:
        """Return the site version: presets and dates chosen by bound Vega-Lite parameters.

        Returns
        -------
        altair.VConcatChart
            The network (links highlighted when they carry circulation) above a text panel
            with the circularity, what is counted and the largest cycles.
        """
        key = i18n.get_language()
        if key in self._static:
            return self._static[key]
        links, rows, lines = self.combinations()
        kinds_in = [k for k in circular.ALL_KINDS if k in set(links["kind"])]
        initial = {
            "k": list(KIND_PRESETS).index("equity_purchases"),
            "s": 0,
            "d": len(AS_OF_DATES) - 1,
        }
        p_k = alt.param(
            name="circ_k",
            value=initial["k"],
            bind=alt.binding_select(
                options=list(range(len(KIND_PRESETS))),
                labels=[i18n.t(f"circ_preset_{n}") for n in KIND_PRESETS],
                name=i18n.t("circ_kinds_control") + " ",
            ),
        )
        p_s = alt.param(
            name="circ_s",
            value=initial["s"],
            bind=alt.binding_radio(
                options=list(range(len(STATUS_PRESETS))),
                labels=[i18n.t(f"circ_status_{n}") for n in STATUS_PRESETS],
                name=i18n.t("circ_status_control") + " ",
            ),
        )
        p_d = alt.param(
            name="circ_d",
            value=initial["d"],
            bind=alt.binding_range(
                min=0,
                max=len(AS_OF_DATES) - 1,
                step=1,
                name=i18n.t("circ_date_control") + " ",
            ),
        )
        pick = "datum.k == circ_k && datum.s == circ_s && datum.d == circ_d"
        lookup_fields = [c for c in links.columns if c != "e"]
        link_chart = (
            alt.Chart(rows)
            .transform_filter(pick)
            .transform_lookup(lookup="e", from_=alt.LookupData(links, "e", lookup_fields))
        )
        net = _network_layers(link_chart, self.positions, kinds_in, self.size)
        panel = _text_panel(alt.Chart(lines).transform_filter(pick), self.size)
        chart = (
            alt.vconcat(net, panel, spacing=4)
            .add_params(p_k, p_s, p_d)
            .properties(
                title=i18n.t("circ_network_title"),
                description=i18n.t("circ_network_description"),
            )
        )
        self._static[key] = chart
        return chart

    # ---- live --------------------------------------------------------------------
    def live_chart(
        self,
        kinds: Iterable[str] = KIND_PRESETS["equity_purchases"],
        statuses: Iterable[str] = circular.DEFAULT_STATUSES,
        start: Any = None,
        as_of: Any = None,
    ) -> alt.VConcatChart:
        """Return the network chart for one choice, computed now by the Python model.

        Parameters
        ----------
        kinds, statuses : iterable of str
            What is counted.
        start, as_of : date-like, optional
            The date window (announcement dates, inclusive).

        Returns
        -------
        altair.VConcatChart
        """
        net = network(kinds, statuses, as_of=as_of, start=start)
        fr = network_frames(net)
        names = _short_names()
        seg = fr.segments
        if len(seg):
            geo = _segment_geometry(seg[["from_id", "to_id", "kind"]], self.positions)
            seg = _labelled(
                seg.drop(columns=["deal_ids"]).merge(geo, on=["from_id", "to_id", "kind"]), names
            )
            seg["deal_ids"] = fr.segments["deal_ids"].str.replace(";", ", ").to_numpy()
        kinds_in = [k for k in circular.ALL_KINDS if k in set(fr.segments["kind"])] or ["equity"]
        window = (
            f"{i18n.fmt_date(pd.Timestamp(start).date()) if start is not None else '…'} – "
            f"{i18n.fmt_date(pd.Timestamp(as_of).date()) if as_of is not None else '…'}"
        )
        lines = pd.DataFrame(
            {"line": n, "text": text}
            for n, text in enumerate(_summary_lines(fr, i18n.get_language(), window))
        )
        net_chart = _network_layers(alt.Chart(seg), self.positions, kinds_in, self.size)
        return alt.vconcat(
            net_chart, _text_panel(alt.Chart(lines), self.size), spacing=4
        ).properties(
            title=i18n.t("circ_network_title"), description=i18n.t("circ_network_description")
        )

    def widget(self) -> Any:
        """Return the live version: kinds, statuses and a date window above the chart.

        Returns
        -------
        ipywidgets.VBox
            Changing a control rebuilds the network with :func:`network` and redraws.
        """
        import ipywidgets as widgets

        quarters = pd.date_range(_WINDOW_START, AS_OF_DATES[-1], freq="QE")
        options = [(i18n.fmt_date(q.date(), "month"), q.strftime("%Y-%m-%d")) for q in quarters]
        layout = widgets.Layout(width="34em")
        style = {"description_width": "initial"}
        kinds = widgets.SelectMultiple(
            options=[(i18n.t(f"deal_kind_{k}"), k) for k in circular.ALL_KINDS],
            value=KIND_PRESETS["equity_purchases"],
            rows=6,
            description=i18n.t("circ_kinds_control"),
            style=style,
            layout=layout,
        )
        statuses = widgets.SelectMultiple(
            options=[(i18n.t(f"deal_status_{s}"), s) for s in circular.ALL_STATUSES],
            value=circular.DEFAULT_STATUSES,
            rows=5,
            description=i18n.t("circ_status_control"),
            style=style,
            layout=layout,
        )
        window = widgets.SelectionRangeSlider(
            options=options,
            index=(0, len(options) - 1),
            description=i18n.t("circ_window_control"),
            style=style,
            layout=layout,
            continuous_update=False,
        )
        output = widgets.Output()

        def redraw(_change: Any = None) -> None:
            output.outputs = ()
            if not kinds.value or not statuses.value:
                output.append_stdout(i18n.t("circ_choose_something") + "\n")
                return
            start = None if window.index[0] == 0 else window.value[0]
            chart = self.live_chart(kinds.value, statuses.value, start=start, as_of=window.value[1])
            output.append_display_data(chart)

        for control in (kinds, statuses, window):
            control.observe(redraw, names="value")
        redraw()
        return widgets.VBox([kinds, statuses, window, output])

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        """Give the static chart and the live widget; the front end picks what it can show."""
        bundle = self.static_chart()._repr_mimebundle_()
        if isinstance(bundle, tuple):
            bundle = bundle[0]
        bundle = dict(bundle)
        widget_bundle = self.widget()._repr_mimebundle_()
        if isinstance(widget_bundle, tuple):
            widget_bundle = widget_bundle[0]
        key = "application/vnd.jupyter.widget-view+json"
        if widget_bundle and key in widget_bundle:
            bundle[key] = widget_bundle[key]
        bundle["text/plain"] = "<CircularityExplorer: kinds, statuses, date>"
        return bundle


# --------------------------------------------------------------------------------------
# what is counted
# --------------------------------------------------------------------------------------


def counting_table(as_of: Any = None) -> pd.DataFrame:
    """Circularity of the deal network for every kind preset and status preset.

    Parameters
    ----------
    as_of : date-like, optional
        Cut-off date (default: every deal).

    Returns
    -------
    pandas.DataFrame
        Columns ``kinds``, ``statuses`` (preset names), ``circularity`` (fraction),
        ``gross_usd_bn``, ``circulation_usd_bn``, ``n_deals``, ``n_undisclosed``.

    Examples
    --------
    >>> t = counting_table()
    >>> float(t.loc[t["kinds"] == "equity_only", "circularity"].max())
    0.0
    """
    rows = []
    for (kname, kinds), (sname, statuses) in itertools.product(
        KIND_PRESETS.items(), STATUS_PRESETS.items()
    ):
        fr = network_frames(network(kinds, statuses, as_of))
        s = fr.summary
        rows.append(
            {
                "kinds": kname,
                "statuses": sname,
                "circularity": s["circularity"],
                "gross_usd_bn": s["gross"],
                "circulation_usd_bn": s["circulation"],
                "n_deals": s["n_deals"],
                "n_undisclosed": s["n_undisclosed"],
            }
        )
    return pd.DataFrame(rows)


def counting_chart() -> alt.Chart:
    """Grouped bars: the circularity for each kind preset, announced deals in or out.

    Returns
    -------
    altair.Chart
    """
    t = counting_table()
    t["kinds_label"] = [i18n.t(f"circ_preset_{k}") for k in t["kinds"]]
    t["status_label"] = [i18n.t(f"circ_status_{s}") for s in t["statuses"]]
    t["circularity"] = t["circularity"].round(4)
    t["gross_usd_bn"] = t["gross_usd_bn"].round(1)
    t["circulation_usd_bn"] = t["circulation_usd_bn"].round(1)
    order = [i18n.t(f"circ_preset_{k}") for k in KIND_PRESETS]
    statuses = [i18n.t(f"circ_status_{s}") for s in STATUS_PRESETS]
    return (
        alt.Chart(t)
        .mark_bar()
        .encode(
            y=alt.Y("kinds_label:N", title=None, sort=order, axis=alt.Axis(labelLimit=300)),
            yOffset=alt.YOffset("status_label:N", sort=statuses),
            x=alt.X(
                "circularity:Q", title=i18n.t("circ_circularity_axis"), axis=alt.Axis(format="%")
            ),
            color=alt.Color(
                "status_label:N",
                title=i18n.t("circ_status_control"),
                scale=alt.Scale(domain=statuses, range=[PALETTE[0], PALETTE[1]]),
            ),
            tooltip=[
                alt.Tooltip("kinds_label:N", title=i18n.t("circ_kinds_control")),
                alt.Tooltip("status_label:N", title=i18n.t("circ_status_control")),
                alt.Tooltip("circularity:Q", title=i18n.t("circ_circularity_axis"), format=".1%"),
                alt.Tooltip(
                    "circulation_usd_bn:Q", title=i18n.t("circ_circulating_usd_bn"), format=",.1f"
                ),
                alt.Tooltip("gross_usd_bn:Q", title=i18n.t("circ_gross_usd_bn"), format=",.1f"),
                alt.Tooltip("n_deals:Q", title=i18n.t("circ_deals_counted")),
            ],
        )
        .properties(
            width=480,
            height=260,
            title=i18n.t("circ_counting_title"),
            description=i18n.t("circ_counting_description"),
        )
    )


# --------------------------------------------------------------------------------------
# named loops
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NamedLoop:
    """A loop of the issue's list: its label key, the deals of each leg and its firms.

    Attributes
    ----------
    key : str
        Catalogue key of the loop's name (``circ_loop_<key>``) and explanation
        (``circ_loop_<key>_note``).
    out_deals : tuple of str
        Deals by which the seller finances (invests in, backs) the customer.
    back_deals : tuple of str
        Deals by which money goes back (purchases, cloud contracts).
    """

    key: str
    out_deals: tuple[str, ...]
    back_deals: tuple[str, ...]


NAMED_LOOPS: tuple[NamedLoop, ...] = (
    NamedLoop("nvidia_openai", ("D01", "D26b", "D37"), ("D01b",)),
    NamedLoop("amd_openai", ("D02b",), ("D02",)),
    NamedLoop("microsoft_openai", ("D14b",), ("D14",)),
    NamedLoop("nvidia_coreweave", ("D08", "D10"), ()),
    NamedLoop("coreweave_openai", ("D05b",), ("D05", "D06", "D07")),
    NamedLoop("amazon_anthropic", ("D23", "D24"), ("D24b",)),
    NamedLoop("amazon_openai", ("D26",), ("D15", "D26d")),
    NamedLoop("microsoft_nvidia_anthropic", ("D22b", "D22c"), ("D22",)),
)
"""The loops the chapter names, by deal id (``deals.csv``)."""


def _leg_text(ids: Sequence[str], deals: pd.DataFrame, counted: set[str], lang: str) -> str:
    parts = []
    for did in ids:
        row = deals.loc[did]
        amount = (
            i18n.fmt_usd_bn(row["amount_usd_bn"], lang)
            if pd.notna(row["amount_usd_bn"])
            else i18n.t("undisclosed", lang)
        )
        status = i18n.t(f"deal_status_{row['status']}", lang)
        mark = "" if did in counted else " ✗"
        parts.append(f"{did}{mark}: {amount} ({i18n.t(f'deal_kind_{row.kind}', lang)}, {status})")
    return "<br>".join(parts) if parts else "–"


def loops_table(lang: str | None = None) -> str:
    """HTML table of the named loops: both legs, whether each deal is counted, the bottleneck.

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    str
        One row per :data:`NAMED_LOOPS` entry. A deal marked ✗ is not in the measured
        network (kinds ``equity`` and purchases, all dates, announced deals included):
        stalled, undisclosed amount, or a kind that is not money (warrants).
    """
    import html

    from .tables import source_links

    lang = i18n.get_language() if lang is None else lang
    deals = data.load("deals").set_index("deal_id")
    sources = data.load("sources")
    net = network(kinds=KIND_PRESETS["equity_purchases"])
    counted = set(net.included["deal_id"])
    circ = circular.circularity(net.flows).circulation
    records = []
    for loop in NAMED_LOOPS:
        pair = {deals.loc[d, "from_id"] for d in loop.out_deals} | {
            deals.loc[d, "to_id"] for d in loop.out_deals
        }
        moving = sum(
            float(circ.loc[f, t])
            for f in pair
            for t in pair
            if f != t and f in circ.index and t in circ.columns
        )
        ids = [*loop.out_deals, *loop.back_deals]
        src = ";".join(
            dict.fromkeys(s for d in ids for s in data.source_ids(deals.loc[d, "source_id"]))
        )
        records.append(
            {
                i18n.t("circ_loop", lang): html.escape(i18n.t(f"circ_loop_{loop.key}", lang)),
                i18n.t("circ_leg_out", lang): _leg_text(loop.out_deals, deals, counted, lang),
                i18n.t("circ_leg_back", lang): _leg_text(loop.back_deals, deals, counted, lang),
                i18n.t("circ_circulating_between", lang): i18n.fmt_usd_bn(moving, lang),
                i18n.t("circ_why", lang): html.escape(i18n.t(f"circ_loop_{loop.key}_note", lang)),
                i18n.t("sources", lang): source_links(src, sources),
            }
        )
    frame = pd.DataFrame.from_records(records)
    return frame.to_html(
        index=False, escape=False, border=0, classes=["aifin-table", "table"], na_rep=""
    )


# --------------------------------------------------------------------------------------
# critics and defenders
# --------------------------------------------------------------------------------------

VOICES: tuple[tuple[str, str, str], ...] = (
    ("critic", "circ_voice_register", "factorytechnews_2025_register_money_go_round"),
    ("critic", "circ_voice_theatre", "site512pt_2025_financial_theatre"),
    ("critic", "circ_voice_yahoo", "businesslive_2025_ai_bubble"),
    ("critic", "circ_voice_wsj", "euroinvestor_2025_wsj_altman_tied"),
    ("critic", "circ_voice_zitron", "zitron_2025_openai_money"),
    ("defender", "circ_voice_guardian", "ainews247_2025_guardian_openai_deals"),
    ("defender", "circ_voice_huang", "bstandard_2026_nvidia_never_commitment"),
    ("defender", "circ_voice_users", "fashionunited_2026_openai_110b"),
)
"""Arguments of critics and defenders: (side, catalogue key of the paraphrase, source id)."""


def voices_table(lang: str | None = None) -> str:
    """HTML table of what critics and defenders say, paraphrased, with source links.

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    str
        Columns side, argument (a paraphrase from the catalogue), source (``sources.csv``).
    """
    import html

    from .tables import source_links

    lang = i18n.get_language() if lang is None else lang
    sources = data.load("sources")
    records = [
        {
            i18n.t("circ_side", lang): i18n.t(f"circ_side_{side}", lang),
            i18n.t("circ_argument", lang): html.escape(i18n.t(key, lang)),
            i18n.t("source", lang): source_links(source_id, sources),
        }
        for side, key, source_id in VOICES
    ]
    return pd.DataFrame.from_records(records).to_html(
        index=False, escape=False, border=0, classes=["aifin-table", "table"]
    )


# --------------------------------------------------------------------------------------
# the dot-com comparison
# --------------------------------------------------------------------------------------


def _nvidia_customer_financing() -> tuple[float, list[str]]:
    """Nvidia's counted stakes in and backstops for AI labs and neoclouds (USD bn, deal ids)."""
    net = network(kinds=(*circular.FINANCE_KINDS, "purchase_commitment"))
    kinds = data.load("companies").set_index("company_id")["kind"]
    inc = net.included
    rows = inc[(inc["from_id"] == "nvidia") & inc["to_id"].map(kinds).isin(["ai_lab", "neocloud"])]
    return float(rows["amount_usd_bn"].sum()), sorted(rows["deal_id"])


def dotcom_comparison() -> pd.DataFrame:
    """Vendor financing then and chipmakers' financing of customers now, with a size measure.

    Returns
    -------
    pandas.DataFrame
        One row per vendor: ``key`` (catalogue key ``circ_vendor_<key>``), ``era``
        (``"telecom"``/``"ai"``), ``amount_usd_bn``, ``basis`` (what the amount is:
        ``"commitments"``, ``"counted_deals"``, ``"value_estimate"`` or ``"stalled_loi"``),
        ``size_usd_bn`` and ``size_key`` (the size measure it is compared with, where the
        data set has one), ``ratio`` (fraction, NaN without a size), ``ids`` (metric or deal
        ids).

    Notes
    -----
    The data set has no revenue of Lucent or Cisco for 2000. Their commitments are therefore
    compared with the telecom industry's equipment spending in 2000, the market they sold
    into; Nvidia's financing is compared with its own data-centre revenue of fiscal 2026.
    Both ratios are :func:`aifin_lib.circular.vendor_financing_ratio` (a stock over one
    year's flow), but the denominators differ, so compare them with care.
    """
    lucent = data.figure("lucent_2000_vendor_financing").value
    cisco = data.figure("cisco_2000_vendor_financing").value
    market = data.figure("telecom_equipment_spend_2000").value
    nv_rev = data.figure("nvidia_dc_revenue_fy2026").value
    nv, nv_ids = _nvidia_customer_financing()
    deals = data.load("deals").set_index("deal_id")
    amd = float(deals.loc["D02b", "amount_usd_bn"])
    loi = float(deals.loc["D01", "amount_usd_bn"])
    rows = [
        (
            "lucent",
            "telecom",
            lucent,
            "commitments",
            market,
            "telecom_equipment_spend_2000",
            "lucent_2000_vendor_financing",
        ),
        (
            "cisco",
            "telecom",
            cisco,
            "commitments",
            market,
            "telecom_equipment_spend_2000",
            "cisco_2000_vendor_financing",
        ),
        ("nvidia", "ai", nv, "counted_deals", nv_rev, "nvidia_dc_revenue_fy2026", ";".join(nv_ids)),
        ("amd", "ai", amd, "value_estimate", np.nan, "", "D02b"),
        ("nvidia_loi", "ai", loi, "stalled_loi", nv_rev, "nvidia_dc_revenue_fy2026", "D01"),
    ]
    frame = pd.DataFrame(
        rows,
        columns=["key", "era", "amount_usd_bn", "basis", "size_usd_bn", "size_key", "ids"],
    )
    with_size = frame["size_usd_bn"].notna()
    frame["ratio"] = np.nan
    frame.loc[with_size, "ratio"] = circular.vendor_financing_ratio(
        frame.loc[with_size, "amount_usd_bn"].to_numpy(),
        frame.loc[with_size, "size_usd_bn"].to_numpy(),
    )
    return frame


def dotcom_chart() -> alt.Chart:
    """Bars of vendor financing around 2000 and chipmakers' financing of customers now.

    Returns
    -------
    altair.Chart
    """
    t = dotcom_comparison()
    t["label"] = [i18n.t(f"circ_vendor_{k}") for k in t["key"]]
    t["basis_label"] = [i18n.t(f"circ_basis_{b}") for b in t["basis"]]
    t["ratio_text"] = [
        i18n.fmt_percent(r, None, 0) + " " + i18n.t(f"circ_ratio_of_{k}") if pd.notna(r) else ""
        for r, k in zip(t["ratio"], t["size_key"], strict=True)
    ]
    t = t.drop(columns=["ratio", "size_usd_bn"])
    t["amount_usd_bn"] = t["amount_usd_bn"].round(2)
    bases = [
        i18n.t(f"circ_basis_{b}")
        for b in ("commitments", "counted_deals", "value_estimate", "stalled_loi")
    ]
    base = alt.Chart(t).encode(
        y=alt.Y("label:N", title=None, sort=list(t["label"]), axis=alt.Axis(labelLimit=300)),
        x=alt.X(
            "amount_usd_bn:Q",
            title=i18n.t("usd_bn_axis"),
            scale=alt.Scale(domain=[0, 180], nice=False),
        ),
    )
    bars = base.mark_bar().encode(
        color=alt.Color(
            "basis_label:N",
            title=i18n.t("circ_basis"),
            scale=alt.Scale(domain=bases, range=[PALETTE[7], PALETTE[0], "#b8860b", "#c9c9c9"]),
            legend=alt.Legend(orient="bottom", columns=2),
        ),
        tooltip=[
            alt.Tooltip("label:N", title=i18n.t("circ_vendor")),
            alt.Tooltip("amount_usd_bn:Q", title=i18n.t("usd_bn_axis"), format=",.1f"),
            alt.Tooltip("basis_label:N", title=i18n.t("circ_basis")),
            alt.Tooltip("ids:N", title=i18n.t("circ_ids")),
        ],
    )
    text = base.mark_text(align="left", dx=4, fontSize=11, color="#222").encode(text="ratio_text:N")
    return alt.layer(bars, text).properties(
        width=420,
        height=200,
        title=i18n.t("circ_dotcom_title"),
        description=i18n.t("circ_dotcom_description"),
    )


# --------------------------------------------------------------------------------------
# exercises and prose
# --------------------------------------------------------------------------------------


def exercise_networks() -> dict[str, pd.DataFrame]:
    """The small networks of the exercises (USD billions, row = payer, column = payee).

    Returns
    -------
    dict
        ``"ex1"``: chipmaker N invests 10 in lab L, L buys chips for 6 from N and cloud for 4
        from C, C buys chips for 3 from N. ``"ex3"``: the same firms with N -> L 10,
        L -> N 8, L -> C 6, C -> N 5: the 2-cycle N-L and the 3-cycle N-L-C share the edge
        N -> L. These are exercise parameters, not data.
    """
    firms = ["N", "L", "C"]

    def frame(nl: float, ln: float, lc: float, cn: float) -> pd.DataFrame:
        w = pd.DataFrame(0.0, index=firms, columns=firms)
        w.loc["N", "L"], w.loc["L", "N"], w.loc["L", "C"], w.loc["C", "N"] = nl, ln, lc, cn
        return w

    return {"ex1": frame(10, 6, 4, 3), "ex3": frame(10, 8, 6, 5)}


def prose_figures(lang: str | None = None) -> dict[str, str]:
    """Every number the chapter's prose quotes, formatted for ``lang`` (to be glued).

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    dict
        ``{glue key: text}``, all computed from ``data/`` and the models of
        :mod:`aifin_lib.circular`.
    """
    lang = i18n.get_language() if lang is None else lang
    money = lambda v: i18n.fmt_usd_bn(v, lang)  # noqa: E731
    words = lambda v: i18n.fmt_usd_bn_long(v, lang)  # noqa: E731
    pct = lambda v, d=0: i18n.fmt_percent(v, lang, d)  # noqa: E731
    num = lambda v: i18n.fmt_number(v, lang, 0)  # noqa: E731
    deals = data.load("deals").set_index("deal_id")
    amt = lambda d: float(deals.loc[d, "amount_usd_bn"])  # noqa: E731
    names = _short_names()

    counts = counting_table().set_index(["kinds", "statuses"])
    main = counts.loc[("equity_purchases", "announced_too")]
    net = network(kinds=KIND_PRESETS["equity_purchases"])
    fr = network_frames(net)
    res = circular.circularity(net.flows)
    firm = circular.circulation_by_firm(res)
    by_date = {
        d: network_frames(network(KIND_PRESETS["equity_purchases"], as_of=d)).summary
        for d in AS_OF_DATES
    }
    undisclosed_kinds = net.excluded[net.excluded["reason"] == "undisclosed_amount"]
    rt = circular.round_trip_table(network(kinds=circular.ALL_KINDS))
    dot = dotcom_comparison().set_index("key")
    nv_amount, nv_ids = _nvidia_customer_financing()
    ex = exercise_networks()
    ex1 = circular.circularity(ex["ex1"])
    ex3 = circular.circularity(ex["ex3"])
    ex3_greedy = circular.greedy_two_cycle_netting(ex["ex3"].to_numpy())
    rem = ex3_greedy.remainder
    rem_cycle = min(rem[0, 1], rem[1, 2], rem[2, 0])
    ex3_greedy_then = ex3_greedy.circulation.sum() + 3 * rem_cycle
    with_warrants = network_frames(
        network(kinds=(*KIND_PRESETS["equity_purchases"], "warrants"))
    ).summary
    loi_net = circular.deal_network(
        deals_in_window(data.load("deals")).assign(
            status=lambda d: d["status"].where(d["deal_id"] != "D01", "announced")
        ),
        kinds=KIND_PRESETS["equity_purchases"],
        overlap_priority=OVERLAP_PRIORITY,
    )
    loi = network_frames(loi_net).summary
    top = fr.cycles[0]
    binding = network_frames(network(KIND_PRESETS["equity_purchases"], ("signed", "completed")))
    figures = {
        "circ_share": pct(main["circularity"], 1),
        "circ_circulation": money(main["circulation_usd_bn"]),
        "circ_gross": i18n.fmt_usd_bn(main["gross_usd_bn"], lang, 2),
        "circ_deals": num(main["n_deals"]),
        "circ_undisclosed": num(main["n_undisclosed"]),
        "circ_undisclosed_ids": ", ".join(sorted(undisclosed_kinds["deal_id"])),
        "circ_n_cycles": num(len(fr.cycles)),
        "circ_top_cycle": " → ".join(names[n] for n in (*top.nodes, top.nodes[0])),
        "circ_top_cycle_amount": money(top.bottleneck),
        "circ_share_binding": pct(
            counts.loc[("equity_purchases", "binding_only"), "circularity"], 1
        ),
        "circ_share_money": pct(counts.loc[("money_flows", "announced_too"), "circularity"], 1),
        "circ_share_all": pct(counts.loc[("all_kinds", "announced_too"), "circularity"], 1),
        "circ_gross_all": words(counts.loc[("all_kinds", "announced_too"), "gross_usd_bn"]),
        "circ_share_equity": pct(counts.loc[("equity_only", "announced_too"), "circularity"], 0),
        "circ_share_purchases": pct(
            counts.loc[("purchases_only", "announced_too"), "circularity"], 0
        ),
        "circ_share_2024": pct(by_date[AS_OF_DATES[0]]["circularity"], 1),
        "circ_share_2025_09": pct(by_date["2025-09-30"]["circularity"], 1),
        "circ_share_2025_12": pct(by_date["2025-12-31"]["circularity"], 1),
        "circ_circ_2025_12": money(by_date["2025-12-31"]["circulation"]),
        "circ_openai_share": pct(firm.loc["openai", "circulating_share"], 0),
        "circ_microsoft_share": pct(firm.loc["microsoft", "circulating_share"], 0),
        "circ_amazon_share": pct(firm.loc["amazon", "circulating_share"], 0),
        "circ_ms_equity": money(amt("D14b")),
        "circ_ms_azure": money(amt("D14")),
        "circ_amazon_openai": money(amt("D26")),
        "circ_aws_openai": money(amt("D15")),
        "circ_amazon_anthropic": money(amt("D23") + amt("D24")),
        "circ_anthropic_aws": money(amt("D24b")),
        "circ_nvidia_loi": money(amt("D01")),
        "circ_nvidia_round": money(amt("D26b")),
        "circ_nvidia_backstop": money(amt("D08")),
        "circ_nvidia_coreweave_equity": money(amt("D10")),
        "circ_amd_warrants": money(amt("D02b")),
        "circ_coreweave_openai_equity": money(amt("D05b")),
        "circ_coreweave_openai_contracts": money(amt("D05") + amt("D06") + amt("D07")),
        "circ_nvidia_anthropic": money(amt("D22b")),
        "circ_ms_anthropic": money(amt("D22c")),
        "circ_anthropic_azure": money(amt("D22")),
        "circ_with_warrants": pct(with_warrants["circularity"], 1),
        "circ_loi_share": pct(loi["circularity"], 1),
        "circ_loi_gross": money(loi["gross"]),
        "circ_rt_microsoft": pct(rt.loc["microsoft", "share"], 0),
        "circ_rt_amazon": pct(rt.loc["amazon", "share"], 0),
        "circ_rt_coreweave": pct(rt.loc["coreweave", "share"], 0),
        "circ_rt_oracle": pct(rt.loc["oracle", "share"], 0),
        "circ_lucent": money(dot.loc["lucent", "amount_usd_bn"]),
        "circ_cisco": money(dot.loc["cisco", "amount_usd_bn"]),
        "circ_telecom_equipment": money(dot.loc["lucent", "size_usd_bn"]),
        "circ_telecom_ratio": pct(dot.loc["lucent", "ratio"] + dot.loc["cisco", "ratio"], 1),
        "circ_winstar_lucent": money(data.figure("winstar_vendor_loans_lucent").value),
        "circ_winstar_lawsuit": money(data.figure("winstar_lawsuit_vs_lucent").value),
        "circ_group_telecom": money(
            data.figure("group_telecom_2002_vendor_financing_withdrawn").value
        ),
        "circ_yahoo": i18n.fmt_number(
            data.figure("yahoo_round_trip_investment").value * 1000, lang, 0
        ),
        "circ_nvidia_financing": money(nv_amount),
        "circ_nvidia_financing_ids": ", ".join(nv_ids),
        "circ_nvidia_dc_revenue": money(dot.loc["nvidia", "size_usd_bn"]),
        "circ_nvidia_ratio": pct(dot.loc["nvidia", "ratio"], 0),
        "circ_nvidia_loi_ratio": pct(dot.loc["nvidia_loi", "ratio"], 0),
        "circ_wsj_gain": money(data.figure("wsj_2025_market_cap_gain_openai_deals").value),
        "circ_chatgpt_wau": i18n.fmt_number(data.figure("chatgpt_wau_2026_02").value, lang, 0),
        "circ_openai_commitments": words(data.figure("openai_compute_commitments").value),
        "circ_oracle_gb200": money(data.figure("oracle_abilene_gb200_purchase").value),
        # exercises
        "circ_ex2_n": num(len(binding.cycles)),
        "circ_ex2_cycles": "; ".join(_cycle_text(c, names, lang) for c in binding.cycles),
        "circ_ex2_share": pct(binding.summary["circularity"], 1),
        "circ_ex1_share": pct(ex1.circularity, 1),
        "circ_ex1_circ": i18n.fmt_number(float(ex1.circulation.to_numpy().sum()), lang, 1),
        "circ_ex1_gross": i18n.fmt_number(ex1.gross, lang, 1),
        "circ_ex3_max": i18n.fmt_number(float(ex3.circulation.to_numpy().sum()), lang, 1),
        "circ_ex3_share": pct(ex3.circularity, 1),
        "circ_ex3_gross": i18n.fmt_number(ex3.gross, lang, 1),
        "circ_ex3_greedy": i18n.fmt_number(float(ex3_greedy.circulation.sum()), lang, 1),
        "circ_ex3_greedy_share": pct(ex3_greedy.circularity, 1),
        "circ_ex3_greedy_then": i18n.fmt_number(float(ex3_greedy_then), lang, 1),
        "circ_ex3_greedy_then_share": pct(float(ex3_greedy_then) / ex3.gross, 1),
    }
    return figures
