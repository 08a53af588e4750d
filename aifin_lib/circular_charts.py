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
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import altair as alt
import numpy as np
import pandas as pd

from . import circular, data, i18n, prose
from .viz.charts import WIDGET_MIMETYPE, names_above_bars
from .viz.dashboard import (
    Choice,
    Control,
    DateChoice,
    PrintFigure,
    PrintSetting,
    control_meta,
    merge_usermeta,
    print_table,
)
from .viz.sources import with_sources
from .viz.theme import BAR_SIZE, BAR_STEP, EXTRA_COLOURS, INK, PALETTE, axis_max

__all__ = [
    "AS_OF_DATES",
    "BOX_PX",
    "CHART_NAMES",
    "HEADLINE_KINDS",
    "KIND_PRESETS",
    "LAYOUT_SEED",
    "NAMED_LOOPS",
    "OVERLAP_PRIORITY",
    "ROW_PX",
    "STATUS_PRESETS",
    "CircularityExplorer",
    "Headline",
    "NamedLoop",
    "arc_points",
    "chart_names",
    "counting_chart",
    "counting_table",
    "deals_in_window",
    "dotcom_chart",
    "dotcom_comparison",
    "exercise_networks",
    "headline",
    "loops_table",
    "network",
    "network_controls",
    "network_frames",
    "network_print_figures",
    "network_print_settings",
    "node_order",
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
"""Named sets of deal kinds (catalogue key ``circular_preset_<name>``). ``money_flows`` is the
model's default (equity, purchases, cloud contracts, guarantees, loans); ``all_kinds`` adds
bonds, SPV totals, warrants, leases and other deals."""

STATUS_PRESETS: dict[str, tuple[str, ...]] = {
    "announced_too": circular.DEFAULT_STATUSES,
    "binding_only": data.BINDING_STATUSES,
}
"""Named sets of deal statuses (catalogue key ``circular_status_<name>``); stalled and superseded
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
"""Kept for compatibility: the network chart's layout is a deterministic list of firms."""

@functools.cache
def network_controls() -> tuple[Control, ...]:
    """The controls of the network on the site: which kinds (a drop-down of presets), which
    statuses (radio buttons) and up to which announcement date (a slider of dates)."""
    return (
        Choice(
            "circular_kinds",
            "circular_kinds_control",
            [(name, f"circular_preset_{name}") for name in KIND_PRESETS],
            "equity_purchases",
            widget="select",
        ),
        Choice(
            "circular_statuses",
            "circular_status_control",
            [(name, f"circular_status_{name}") for name in STATUS_PRESETS],
            "announced_too",
            widget="radio",
        ),
        DateChoice("circular_as_of", "circular_date_control", AS_OF_DATES, AS_OF_DATES[-1],
                   widget="slider"),
    )


@functools.cache
def network_print_settings() -> tuple[PrintSetting, ...]:
    """Settings of :func:`network_controls` whose figures the print edition gives under the
    network."""
    return (
        PrintSetting("print_setting_start"),
        PrintSetting("print_circ_binding", {"circular_statuses": "binding_only"}),
        PrintSetting("print_circ_all_kinds", {"circular_kinds": "all_kinds"}),
    )


@functools.cache
def network_print_figures() -> tuple[PrintFigure, ...]:
    """The figures of :meth:`CircularityExplorer.summaries` in that table."""
    return (
        PrintFigure("print_circ_circularity", lambda f: f["circularity"].iloc[0], "percent", 1),
        PrintFigure("print_circ_circulation", lambda f: f["circulation_usd_bn"].iloc[0],
                    "usd_bn", 1),
        PrintFigure("print_circ_gross", lambda f: f["gross_usd_bn"].iloc[0], "usd_bn", 1),
        PrintFigure("print_circ_cycles", lambda f: f["n_cycles"].iloc[0]),
    )


_WINDOW_START = "2019-01-01"

HEADLINE_KINDS = "equity_purchases"
"""The kind preset of the book's one circularity headline (:func:`headline`): equity stakes and
purchases, the two legs a loop of money needs."""


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
    return _keep_links(deals[pd.to_datetime(deals["announced"]) >= cut])


def _keep_links(kept: pd.DataFrame) -> pd.DataFrame:
    """A subset of deal rows whose links (``overlaps_with``, ``part_of``) name only rows that
    are still in."""
    kept = kept.copy()
    ids = set(kept["deal_id"])

    def clean(cell: Any) -> Any:
        if not isinstance(cell, str):
            return cell
        links = [x for x in data.source_ids(cell) if x in ids]
        return ";".join(links) if links else np.nan

    for column in ("overlaps_with", "part_of"):
        if column in kept:
            kept[column] = kept[column].map(clean)
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


CHART_NAMES: dict[str, str] = {
    "hyperion_jv": "Hyperion JV",
    "vantage": "Vantage",
    "nebius": "Nebius",
    "cerebras": "Cerebras",
    "dell": "Dell",
    "meta": "Meta",
    "softbank": "SoftBank",
    "cipher_mining": "Cipher Mining",
}
"""Shorter names of firms in the network chart (the rest use their name in ``companies.csv``;
pseudo-parties such as a bank syndicate are named from the catalogue, ``circular_party_<id>``)."""

ROW_PX = 22
"""Height of one firm's row in the network chart, pixels."""
BOX_PX = 150
"""Width of the box holding a firm's name in the network chart, pixels."""
_TOP_PX = 10
_ARC_POINTS = 9
_WRAP = 50


def chart_names(lang: str | None = None) -> dict[str, str]:
    """Display names of the firms in the network chart, in ``lang``.

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    dict
        ``{company_id: name}``: short names that fit the chart's name boxes (at most 20
        characters); pseudo-parties (syndicates, bond investors, a government) translated.

    Examples
    --------
    >>> chart_names("nl")["bank_syndicate"], chart_names("en")["hyperion_jv"]
    ('Bankenconsortium', 'Hyperion JV')
    """
    full = data.load("companies").set_index("company_id")["name"]
    out = {}
    for cid, name in _short_names().items():
        key = f"circular_party_{cid}"
        if key in i18n.CATALOGUE:
            out[cid] = i18n.t(key, lang)
        elif "pseudo-party" in str(full[cid]):
            raise KeyError(f"companies.csv pseudo-party {cid!r} needs a catalogue entry {key!r}")
        else:
            out[cid] = CHART_NAMES.get(cid, name)
    return out


_GROUP_ORDER = (
    "capital_market", "investor", "other", "chipmaker", "hyperscaler", "neocloud", "ai_lab",
    "spv", "data_centre_developer", "asset_manager", "lender",
)


def node_order() -> list[str]:
    """The firms of the network chart from top to bottom.

    Returns
    -------
    list of str
        Company ids of every firm in a deal with a disclosed amount (all kinds and statuses).
        The order keeps arcs short: it minimises the summed row distance of all deals, with
        the deals of the chapter's main count (equity and purchases) weighted four times, by
        moving one firm at a time from an order by kind of firm. Deterministic.
    """
    full = network(kinds=circular.ALL_KINDS, statuses=circular.ALL_STATUSES)
    main = network(kinds=KIND_PRESETS["equity_purchases"])
    kinds = data.load("companies").set_index("company_id")["kind"]
    nodes = sorted(set(full.included["from_id"]) | set(full.included["to_id"]))
    weight: dict[tuple[str, str], float] = {}
    for f, t in zip(full.included["from_id"], full.included["to_id"], strict=True):
        pair = (min(f, t), max(f, t))
        weight[pair] = weight.get(pair, 0.0) + 1.0
    for f, t in zip(main.included["from_id"], main.included["to_id"], strict=True):
        pair = (min(f, t), max(f, t))
        weight[pair] = weight.get(pair, 0.0) + 3.0
    rank = {k: i for i, k in enumerate(_GROUP_ORDER)}
    degree = {n: sum(w for p, w in weight.items() if n in p) for n in nodes}
    order = sorted(nodes, key=lambda n: (rank.get(kinds[n], len(rank)), -degree[n], n))

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


def node_positions(seed: int = LAYOUT_SEED) -> pd.DataFrame:
    """Fixed places of every firm that takes part in a deal with a disclosed amount.

    Parameters
    ----------
    seed : int, default LAYOUT_SEED
        Kept for compatibility; the layout is a deterministic list (:func:`node_order`).

    Returns
    -------
    pandas.DataFrame
        Columns ``node`` (company id), ``name`` (display name), ``row`` (0 at the top),
        ``x`` (0: every name sits on the chart's middle line) and ``y`` (from 1 at the top to
        -1 at the bottom), sorted by ``node``.

    Examples
    --------
    >>> pos = node_positions()
    >>> pos.equals(node_positions()), bool(pos[["x", "y"]].abs().max().max() <= 1.0)
    (True, True)
    """
    order = node_order()
    names = chart_names()
    n = len(order)
    frame = pd.DataFrame(
        {
            "node": order,
            "name": [names[k] for k in order],
            "row": range(n),
            "x": 0.0,
            "y": [round(1.0 - 2.0 * i / max(n - 1, 1), 3) for i in range(n)],
        }
    )
    return frame.sort_values("node").reset_index(drop=True)


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


def _summary_lines(
    fr: _Frames, lang: str, caption: str, names: dict[str, str] | None = None
) -> list[str]:
    names = _short_names() if names is None else names
    s = fr.summary
    lines = [
        i18n.t(
            "circular_summary_line",
            lang,
            share=i18n.fmt_percent(s["circularity"], lang, 1),
            circ=i18n.fmt_usd_bn(s["circulation"], lang, 1),
            gross=i18n.fmt_usd_bn(s["gross"], lang, 2),
        ),
        caption
        + " · "
        + i18n.t(
            "circular_counted_line",
            lang,
            counted=i18n.t_plural("n_deals", s["n_deals"], lang),
            undisclosed=i18n.fmt_number(s["n_undisclosed"], lang, 0),
        ),
    ]
    if fr.cycles:
        shown = fr.cycles[:3]
        lines.append(i18n.t("circular_cycles_label", lang, n=i18n.fmt_number(len(fr.cycles), lang, 0)))
        lines += ["  " + _cycle_text(c, names, lang) for c in shown]
        if len(fr.cycles) > len(shown):
            rest = len(fr.cycles) - len(shown)
            lines.append("  " + i18n.t("circular_more_cycles", lang, n=i18n.fmt_number(rest, lang, 0)))
    else:
        lines.append(i18n.t("circular_no_cycles", lang))
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


def _wrap(text: str, width: int = _WRAP, indent: str = "") -> list[str]:
    import textwrap

    return textwrap.wrap(text, width, subsequent_indent=indent + "  ", initial_indent=indent,
                         break_on_hyphens=False) or [text]


def arc_points(keys: pd.DataFrame, rows: dict[str, int] | None = None) -> pd.DataFrame:
    """The arcs of the network chart: money flows clockwise round the column of names.

    Parameters
    ----------
    keys : pandas.DataFrame
        One row per link with ``from_id``, ``to_id``, ``kind`` and ``e`` (the link's id).
    rows : dict, optional
        ``{company_id: row}`` (default: :func:`node_order`).

    Returns
    -------
    pandas.DataFrame
        9 points per link, in drawing order: ``e``, ``i`` (0 at the payer, 8 at the payee),
        ``side`` (+1: the payee is lower, the arc runs down on the right; -1: up on the left),
        ``fx`` (signed horizontal reach, a fraction of the room beside the names) and ``py``
        (vertical position, pixels). An arc leaves and enters a name box horizontally, so each
        one is attached to both firms; every cycle forms a closed, clockwise ring.

    Notes
    -----
    Arcs that share a firm and a side are spread over its box's height, ordered by the row
    of the other firm, so they do not meet in one point; parallel links (same firms, other
    kinds) reach a little further out. The horizontal position in pixels is computed in the
    browser from the chart's width (see :meth:`CircularityExplorer.static_chart`).
    """
    rows = rows if rows is not None else {n: i for i, n in enumerate(node_order())}
    links = keys.sort_values(["from_id", "to_id", "kind"]).reset_index(drop=True)
    if links.empty:
        return pd.DataFrame(columns=["e", "i", "side", "fx", "py"])
    side = np.where(links["to_id"].map(rows) > links["from_id"].map(rows), 1, -1)
    links = links.assign(side=side)
    span = (links["to_id"].map(rows) - links["from_id"].map(rows)).abs()
    longest = max(len(rows) - 1, 1)
    parallel = links.groupby(["from_id", "to_id"]).cumcount()
    reach = np.minimum(1.0, 0.14 + 0.86 * np.sqrt(span / longest) + 0.07 * parallel)
    # where each arc meets its firms' boxes: spread over the box, by the other firm's row
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
    centre = lambda r: _TOP_PX + r * ROW_PX + ROW_PX / 2  # noqa: E731
    out = []
    t = np.linspace(-np.pi / 2, np.pi / 2, _ARC_POINTS)
    for e, f, to, s, r in zip(links["e"], links["from_id"], links["to_id"], links["side"],
                              reach, strict=True):
        y0 = centre(rows[f]) + offset[(e, "from")]
        y1 = centre(rows[to]) + offset[(e, "to")]
        for i, angle in enumerate(t):
            out.append({
                "e": int(e),
                "i": i,
                "side": int(s),
                "fx": round(float(s * r * np.cos(angle)), 4) + 0.0,
                "py": round(float(y0 + (y1 - y0) * (1 + np.sin(angle)) / 2), 2),
            })
    return pd.DataFrame(out)


def _kind_scale(kinds: Sequence[str]) -> alt.Scale:
    labels = [i18n.t(f"deal_kind_{k}") for k in kinds]
    return alt.Scale(domain=labels, range=[_KIND_COLOURS[k] for k in kinds])


_PX = f"width / 2 + datum.side * {BOX_PX / 2 + 4} + datum.fx * (width / 2 - {BOX_PX / 2 + 12})"


def _network_layers(
    arcs: alt.Chart, nodes: alt.Chart, lines: alt.Chart, kinds: Sequence[str], n_rows: int,
    n_lines: int, width: int,
) -> alt.LayerChart:
    """Arcs, arrow heads, name boxes and the summary text of one network chart.

    ``arcs`` rows carry ``px``, ``py``, ``e``, ``i``, ``side``, ``amount``, ``circ``,
    ``kind_label``, ``from_name``, ``to_name``, ``deal_ids``; ``nodes`` rows ``name``,
    ``py`` and ``on`` (the firm is in the counted network); ``lines`` rows ``line``, ``text``.
    """
    x = alt.X("px:Q", scale=None, axis=None)
    y = alt.Y("py:Q", scale=None, axis=None)
    colour = alt.Color(
        "kind_label:N",
        title=i18n.t("circular_link_kind"),
        scale=_kind_scale(kinds),
        legend=alt.Legend(orient="bottom", columns=2, labelLimit=200, symbolType="stroke",
                          symbolStrokeWidth=3),
    )
    tooltip = [
        alt.Tooltip("from_name:N", title=i18n.t("from_party")),
        alt.Tooltip("to_name:N", title=i18n.t("to_party")),
        alt.Tooltip("kind_label:N", title=i18n.t("kind")),
        alt.Tooltip("amount:Q", title=i18n.t("circular_amount_usd_bn"), format=",.2f"),
        alt.Tooltip("circ:Q", title=i18n.t("circular_circulating_usd_bn"), format=",.2f"),
        alt.Tooltip("deal_list:N", title=i18n.t("circular_deals")),
    ]
    opacity = alt.condition("datum.circ > 0", alt.value(1.0), alt.value(0.3))
    drawn = arcs.transform_calculate(
        deal_list="replace(datum.deal_ids, regexp(';', 'g'), ', ')"
    )
    lines_layer = drawn.mark_line(
        strokeCap="round", strokeJoin="round", interpolate="natural"
    ).encode(
        x=x,
        y=y,
        detail="e:N",
        order="i:Q",
        color=colour,
        strokeWidth=alt.StrokeWidth(
            "amount:Q", scale=alt.Scale(type="sqrt", domain=[0, 300], range=[1.2, 7]),
            legend=None,
        ),
        opacity=opacity,
        tooltip=tooltip,
    )
    heads = (
        drawn.transform_filter(f"datum.i == {_ARC_POINTS - 1}")
        .transform_calculate(head="datum.side > 0 ? 'triangle-left' : 'triangle-right'")
        .mark_point(filled=True, size=55, strokeWidth=0)
        .encode(x=x, y=y, shape=alt.Shape("head:N", scale=None, legend=None), color=colour,
                opacity=opacity, tooltip=tooltip)
    )
    boxed = nodes.transform_calculate(
        px="width / 2", x1=f"width / 2 - {BOX_PX / 2}", x2=f"width / 2 + {BOX_PX / 2}",
        y1="datum.py - 9", y2="datum.py + 9",
    )
    boxes = boxed.mark_rect(cornerRadius=3, fill="white", strokeWidth=1).encode(
        x=alt.X("x1:Q", scale=None, axis=None), x2="x2:Q",
        y=alt.Y("y1:Q", scale=None, axis=None), y2="y2:Q",
        stroke=alt.condition("datum.on", alt.value(INK), alt.value(PALETTE[7])),
        tooltip=[alt.Tooltip("name:N", title=i18n.t("circular_firm"))],
    )
    names_on = boxed.transform_filter("datum.on").mark_text(
        fontSize=10.5, fontWeight="bold", color="#222", baseline="middle"
    ).encode(x=x, y=y, text="name:N")
    names_off = boxed.transform_filter("!datum.on").mark_text(
        fontSize=10.5, color="#595959", baseline="middle"
    ).encode(x=x, y=y, text="name:N")
    first = _TOP_PX + n_rows * ROW_PX + 22
    placed = lines.transform_calculate(py=f"{first} + datum.line * 16")
    text_layers = [
        placed.transform_filter(cond)
        .mark_text(align="left", baseline="middle", fontSize=12, color="#222", fontWeight=weight)
        .encode(x=alt.value(0), y=y, text="text:N")
        for cond, weight in (("datum.line == 0", "bold"), ("datum.line > 0", "normal"))
    ]
    height = first + n_lines * 16
    return alt.layer(lines_layer, heads, boxes, names_on, names_off, *text_layers).properties(
        width=width, height=height,
        title=alt.TitleParams(
            i18n.t("circular_network_title"),
            subtitle=[i18n.t(f"circular_network_how_{n}") for n in (1, 2, 3)],
        ),
        description=i18n.t("circular_network_description"),
    )


def _labelled(segments: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    out = segments.copy()
    out["kind_label"] = [i18n.t(f"deal_kind_{k}") for k in out["kind"]]
    out["from_name"] = out["from_id"].map(names)
    out["to_name"] = out["to_id"].map(names)
    return out


def _summary_text(fr: _Frames, lang: str, caption: str) -> list[str]:
    """The summary under the network, wrapped to fit a phone's width."""
    out = []
    for n, line in enumerate(_summary_lines(fr, lang, caption, chart_names(lang))):
        indent = "  " if line.startswith("  ") else ""
        out += _wrap(line.strip(), _WRAP if n else _WRAP - 6, indent)
    return out


def _network_sources(refs: Iterable[str]) -> list[str]:
    return [f"deals:{d}" for d in sorted(set(refs), key=lambda x: (len(x), x))]


class CircularityExplorer:
    """The chapter's interactive network: a widget panel live, a chart with controls statically.

    Parameters
    ----------
    size : int, default 520
        Width of the chart in pixels on a wide screen (it narrows to fit a phone).

    Notes
    -----
    Static view: for each kind preset (:data:`KIND_PRESETS`), status preset
    (:data:`STATUS_PRESETS`) and cut-off date (:data:`AS_OF_DATES`) the network, its maximum
    circulation and its cycles are computed in Python and embedded as small tables; bound
    controls (:func:`network_controls`: a drop-down of kinds, radio buttons for statuses, a
    slider of dates) pick the rows. Live view (ipywidgets): any set of kinds and statuses and a date
    window.
    """

    def __init__(self, size: int = 520) -> None:
        self.size = size
        self.positions = node_positions()
        self.rows = {n: int(r) for n, r in zip(self.positions["node"], self.positions["row"],
                                                strict=True)}
        self._static: dict[str, alt.LayerChart] = {}

    # ---- static ------------------------------------------------------------------
    def combinations(self) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
        """Compute every preset combination.

        Returns
        -------
        tuple of pandas.DataFrame
            ``links`` (one row per link ``e``: ``from_id``, ``to_id``, ``kind``, labels and
            every deal id it ever carries: the lookup table), ``rows`` (``k``, ``s``, ``d``,
            ``e``, ``amount``, ``circ``, ``deal_ids`` and ``key`` ``"k|s|d|e"``: link ``e`` counted
            in combination ``(k, s, d)``) and ``lines`` (``k``, ``s``, ``d``, ``line``, ``text``:
            the summary printed under the network), and, via :meth:`summaries`, the numbers.
        """
        frames = self._frames()
        keys = pd.concat([fr.segments[["from_id", "to_id", "kind"]] for fr in frames.values()])
        links = keys.drop_duplicates().sort_values(["from_id", "to_id", "kind"])
        links = links.reset_index(drop=True)
        links["e"] = range(len(links))
        index = links.set_index(["from_id", "to_id", "kind"])["e"]
        rows, lines = [], []
        lang = i18n.get_language()
        dates = [i18n.fmt_date(d, "day") for d in AS_OF_DATES]
        for (k, s, d), fr in frames.items():
            seg = fr.segments
            for f, t, kind, a, c, ids in zip(
                seg["from_id"], seg["to_id"], seg["kind"], seg["amount"], seg["circ"],
                seg["deal_ids"], strict=True,
            ):
                e = int(index[(f, t, kind)])
                rows.append({"k": k, "s": s, "d": d, "e": e, "amount": a, "circ": c,
                             "deal_ids": ids, "key": f"{k}|{s}|{d}|{e}"})
            caption = i18n.t("circular_as_of_caption", date=dates[d])
            for n, text in enumerate(_summary_text(fr, lang, caption)):
                lines.append({"k": k, "s": s, "d": d, "line": n, "text": text})
        links = _labelled(links, chart_names())
        deal_ids: dict[tuple[str, str, str], set[str]] = {}
        for fr in frames.values():
            for f, t, kind, ids in zip(
                fr.segments["from_id"], fr.segments["to_id"], fr.segments["kind"],
                fr.segments["deal_ids"], strict=True,
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

    def print_table(self, lang: str | None = None) -> dict[str, Any]:
        """The print edition's table under the network: :func:`network_print_figures` at
        :func:`network_print_settings` (see :func:`aifin_lib.viz.printing.print_table`).

        Parameters
        ----------
        lang : {"nl", "en"}, optional
            The language; the active one when omitted.

        Returns
        -------
        dict
        """
        table = self.summaries()

        def model(circular_kinds: str, circular_statuses: str, circular_as_of: str) -> pd.DataFrame:
            return table[(table["kinds"] == circular_kinds) & (table["statuses"] == circular_statuses)
                         & (table["as_of"] == circular_as_of)]

        return print_table(network_controls(), model, network_print_settings(),
                           network_print_figures(), lang)

    def _node_frame(self, active: dict[str, set[str]] | None = None) -> pd.DataFrame:
        pos = self.positions.sort_values("row")
        return pd.DataFrame({
            "node": pos["node"],
            "name": pos["name"],
            "py": [_TOP_PX + r * ROW_PX + ROW_PX / 2 for r in pos["row"]],
        })

    def static_chart(self) -> alt.LayerChart:
        """Return the site version: presets and dates chosen by bound controls.

        Returns
        -------
        altair.LayerChart
            The firms in one column, the deals as arcs (clockwise: down on the right, up on
            the left), highlighted when they carry circulation, and under them the
            circularity, what is counted and the largest cycles. Controls :func:`network_controls`.
            ``usermeta["aifin"]["rows"]`` makes the site's CSV the model's links
            (:func:`network_frames`) for the chosen combination.
        """
        key = i18n.get_language()
        if key in self._static:
            return self._static[key]
        links, rows, lines = self.combinations()
        frames = self._frames()
        kinds_in = [k for k in circular.ALL_KINDS if k in set(links["kind"])]
        points = arc_points(links[["from_id", "to_id", "kind", "e"]], self.rows)
        active = pd.DataFrame([
            {"combo": f"{k}|{s}|{d}",
             "active": "|" + "|".join(sorted(set(fr.segments["from_id"])
                                             | set(fr.segments["to_id"]))) + "|"}
            for (k, s, d), fr in frames.items()
        ])
        controls = network_controls()
        params = [c.vega_param() for c in controls]
        combo = (
            f"indexof({json.dumps(list(KIND_PRESETS))}, circular_kinds) + '|' + "
            f"indexof({json.dumps(list(STATUS_PRESETS))}, circular_statuses) + '|' + circular_as_of"
        )
        pick = (
            f"datum.k == indexof({json.dumps(list(KIND_PRESETS))}, circular_kinds) && "
            f"datum.s == indexof({json.dumps(list(STATUS_PRESETS))}, circular_statuses) && "
            "datum.d == circular_as_of"
        )
        link_info = ["kind_label", "from_name", "to_name"]
        arcs = (
            alt.Chart(points)
            .transform_calculate(key=f"{combo} + '|' + datum.e")
            .transform_lookup(lookup="key",
                              from_=alt.LookupData(rows, "key", ["amount", "circ", "deal_ids"]))
            .transform_filter("isValid(datum.amount)")
            .transform_lookup(lookup="e", from_=alt.LookupData(links, "e", link_info))
            .transform_calculate(px=_PX)
        )
        nodes = (
            alt.Chart(self._node_frame())
            .transform_calculate(combo=combo)
            .transform_lookup(lookup="combo", from_=alt.LookupData(active, "combo", ["active"]))
            .transform_calculate(on="indexof(datum.active, '|' + datum.node + '|') >= 0")
        )
        n_lines = int(lines.groupby(["k", "s", "d"])["line"].max().max()) + 1
        chart = _network_layers(
            arcs, nodes, alt.Chart(lines).transform_filter(pick), kinds_in, len(self.rows),
            n_lines, self.size,
        ).add_params(*params)
        chart = with_sources(chart, _network_sources(
            d for ids in rows["deal_ids"] for d in ids.split(";")), "aifin_lib.circular")
        meta = control_meta(controls)
        meta["rows"] = {
            "columns": ["from_id", "to_id", "kind", "amount", "circ", "deal_ids"],
            "source_columns": ["k", "s", "d", "e", "amount", "circ", "deal_ids"],
            "filter": pick,
            "lookups": [{"from_columns": ["e", "from_id", "to_id", "kind", "kind_label"],
                         "key": "e", "fields": ["e"], "values": ["from_id", "to_id", "kind"]}],
        }
        meta["print"] = self.print_table()
        chart = merge_usermeta(chart, meta)
        self._static[key] = chart
        return chart

    # ---- live --------------------------------------------------------------------
    def live_chart(
        self,
        kinds: Iterable[str] = KIND_PRESETS["equity_purchases"],
        statuses: Iterable[str] = circular.DEFAULT_STATUSES,
        start: Any = None,
        as_of: Any = None,
    ) -> alt.LayerChart:
        """Return the network chart for one choice, computed now by the Python model.

        Parameters
        ----------
        kinds, statuses : iterable of str
            What is counted.
        start, as_of : date-like, optional
            The date window (announcement dates, inclusive).

        Returns
        -------
        altair.LayerChart
        """
        net = network(kinds, statuses, as_of=as_of, start=start)
        fr = network_frames(net)
        seg = fr.segments.copy()
        seg["e"] = range(len(seg))
        points = arc_points(seg[["from_id", "to_id", "kind", "e"]], self.rows)
        info = _labelled(seg, chart_names())[
            ["e", "amount", "circ", "deal_ids", "kind_label", "from_name", "to_name"]
        ]
        arcs = points.merge(info, on="e") if len(points) else points.assign(
            amount=[], circ=[], deal_ids=[], kind_label=[], from_name=[], to_name=[])
        kinds_in = [k for k in circular.ALL_KINDS if k in set(seg["kind"])] or ["equity"]
        window = (
            f"{i18n.fmt_date(pd.Timestamp(start).date()) if start is not None else '…'} – "
            f"{i18n.fmt_date(pd.Timestamp(as_of).date()) if as_of is not None else '…'}"
        )
        text = _summary_text(fr, i18n.get_language(), window)
        lines = pd.DataFrame({"line": range(len(text)), "text": text})
        present = set(seg["from_id"]) | set(seg["to_id"])
        nodes = self._node_frame().assign(on=lambda f: f["node"].isin(present))
        chart = _network_layers(
            alt.Chart(arcs).transform_calculate(px=_PX), alt.Chart(nodes), alt.Chart(lines),
            kinds_in, len(self.rows), max(len(text), 1), self.size,
        )
        return with_sources(chart, _network_sources(
            d for ids in seg["deal_ids"] for d in ids.split(";")), "aifin_lib.circular")

    def widget(self) -> Any:
        """Return the live version: kinds, statuses and a date window above the chart.

        Returns
        -------
        ipywidgets.VBox
            Changing a control rebuilds the network with :func:`network` and redraws. The
            multiple-choice lists carry a hint on how to choose several.
        """
        import ipywidgets as widgets

        quarters = pd.date_range(_WINDOW_START, AS_OF_DATES[-1], freq="QE")
        options = [(i18n.fmt_date(q.date(), "month"), q.strftime("%Y-%m-%d")) for q in quarters]
        layout = widgets.Layout(width="min(100%, 34em)")
        style = {"description_width": "initial"}
        kinds = widgets.SelectMultiple(
            options=[(i18n.t(f"deal_kind_{k}"), k) for k in circular.ALL_KINDS],
            value=KIND_PRESETS["equity_purchases"],
            rows=6,
            description=i18n.t("circular_kinds_control"),
            style=style,
            layout=layout,
        )
        statuses = widgets.SelectMultiple(
            options=[(i18n.t(f"deal_status_{s}"), s) for s in circular.ALL_STATUSES],
            value=circular.DEFAULT_STATUSES,
            rows=5,
            description=i18n.t("circular_status_control"),
            style=style,
            layout=layout,
        )
        window = widgets.SelectionRangeSlider(
            options=options,
            index=(0, len(options) - 1),
            description=i18n.t("circular_window_control"),
            readout=False,
            style=style,
            layout=layout,
            continuous_update=False,
        )
        window_text = widgets.Label(layout=widgets.Layout(min_width="16em"))
        hint = widgets.HTML(f"<small>{i18n.t('control_multi_hint')}</small>")
        output = widgets.Output()

        def redraw(_change: Any = None) -> None:
            output.outputs = ()
            first, last = window.value
            window_text.value = f"{dict((v, k) for k, v in options)[first]} – " \
                                f"{dict((v, k) for k, v in options)[last]}"
            if not kinds.value or not statuses.value:
                output.append_stdout(i18n.t("circular_choose_something") + "\n")
                return
            start = None if window.index[0] == 0 else window.value[0]
            chart = self.live_chart(kinds.value, statuses.value, start=start, as_of=window.value[1])
            output.append_display_data(chart)

        for control in (kinds, statuses, window):
            control.observe(redraw, names="value")
        redraw()
        return widgets.VBox([kinds, statuses, hint, widgets.HBox([window, window_text]), output])

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        """Give the static chart and the live widget; the front end picks what it can show."""
        bundle = self.static_chart()._repr_mimebundle_()
        if isinstance(bundle, tuple):
            bundle = bundle[0]
        bundle = dict(bundle)
        widget_bundle = self.widget()._repr_mimebundle_()
        if isinstance(widget_bundle, tuple):
            widget_bundle = widget_bundle[0]
        key = WIDGET_MIMETYPE
        if widget_bundle and key in widget_bundle:
            bundle[key] = widget_bundle[key]
        bundle["text/plain"] = "<CircularityExplorer: kinds, statuses, date>"
        return bundle


# --------------------------------------------------------------------------------------
# the headline: one counting rule for the whole book
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Headline:
    """The book's circularity headline: the deal network as the chapter counts it.

    Attributes
    ----------
    circularity : float
        Share of the gross volume that goes round in cycles (fraction).
    circulation, gross : float
        Maximum circulation and gross volume, USD bn.
    n_deals, n_undisclosed : int
        Deal rows counted, and rows that would count but have no disclosed amount.
    kinds, statuses : tuple of str
        What is counted (:data:`HEADLINE_KINDS`; announced, signed and completed deals).
    latest : pandas.Timestamp
        Announcement date of the newest deal counted (the date of the data).
    """

    circularity: float
    circulation: float
    gross: float
    n_deals: int
    n_undisclosed: int
    kinds: tuple[str, ...]
    statuses: tuple[str, ...]
    latest: pd.Timestamp


def headline(without: Iterable[str] = ()) -> Headline:
    """The circularity headline that the introduction and the chapter both quote.

    Parameters
    ----------
    without : iterable of str, optional
        Deal ids to leave out, to show how much of the headline rests on them.

    Returns
    -------
    Headline
        Computed from ``deals.csv`` with :func:`network` (equity stakes and purchases, every
        status but stalled and superseded, rows of the same money counted once as the data
        dictionary prescribes) and :func:`aifin_lib.circular.circularity`.

    Raises
    ------
    KeyError
        If an id in ``without`` is not a deal.

    Examples
    --------
    >>> h = headline()
    >>> 0 < h.circulation <= h.gross, h.kinds == KIND_PRESETS[HEADLINE_KINDS]
    (True, True)
    >>> headline(without=["D24", "D24b"]).circulation <= h.circulation
    True
    """
    kinds = KIND_PRESETS[HEADLINE_KINDS]
    statuses = STATUS_PRESETS["announced_too"]
    drop = tuple(sorted(set(without)))
    if drop:
        deals = data.load("deals")
        unknown = sorted(set(drop) - set(deals["deal_id"]))
        if unknown:
            raise KeyError(f"deal ids {unknown} are not in deals.csv")
        net = circular.deal_network(
            _keep_links(deals[~deals["deal_id"].isin(drop)]), kinds=kinds, statuses=statuses,
            overlap_priority=OVERLAP_PRIORITY,
        )
    else:
        net = network(kinds, statuses)
    summary = network_frames(net).summary
    return Headline(
        circularity=summary["circularity"],
        circulation=summary["circulation"],
        gross=summary["gross"],
        n_deals=summary["n_deals"],
        n_undisclosed=summary["n_undisclosed"],
        kinds=kinds,
        statuses=statuses,
        latest=pd.Timestamp(net.included["announced"].max()),
    )


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
    t["kinds_label"] = [i18n.t(f"circular_preset_{k}") for k in t["kinds"]]
    t["status_label"] = [i18n.t(f"circular_status_{s}") for s in t["statuses"]]
    t["circularity"] = t["circularity"].round(4)
    t["gross_usd_bn"] = t["gross_usd_bn"].round(1)
    t["circulation_usd_bn"] = t["circulation_usd_bn"].round(1)
    order = [i18n.t(f"circular_preset_{k}") for k in KIND_PRESETS]
    statuses = [i18n.t(f"circular_status_{s}") for s in STATUS_PRESETS]
    base = alt.Chart(t)
    bars = (
        base
        .mark_bar()
        .encode(
            y=alt.Y("kinds_label:N", title=None, sort=order, axis=None,
                    scale=alt.Scale(paddingInner=0.42, paddingOuter=0.5)),
            yOffset=alt.YOffset("status_label:N", sort=statuses),
            x=alt.X(
                "circularity:Q", title=i18n.t("circular_circularity_axis"), axis=alt.Axis(format="%")
            ),
            color=alt.Color(
                "status_label:N",
                title=i18n.t("circular_status_control"),
                scale=alt.Scale(domain=statuses, range=[PALETTE[0], PALETTE[1]]),
            ),
            tooltip=[
                alt.Tooltip("kinds_label:N", title=i18n.t("circular_kinds_control")),
                alt.Tooltip("status_label:N", title=i18n.t("circular_status_control")),
                alt.Tooltip("circularity:Q", title=i18n.t("circular_circularity_axis"), format=".1%"),
                alt.Tooltip(
                    "circulation_usd_bn:Q", title=i18n.t("circular_circulating_usd_bn"), format=",.1f"
                ),
                alt.Tooltip("gross_usd_bn:Q", title=i18n.t("circular_gross_usd_bn"), format=",.1f"),
                alt.Tooltip("n_deals:Q", title=i18n.t("circular_deals_counted")),
            ],
        )
    )
    step = 64
    names = names_above_bars(base, "kinds_label:N", order, top=step * 0.58 / 2 + 3)
    chart = alt.layer(bars, names).properties(
        width=480,
        height=step * len(order),
        title=i18n.t("circular_counting_title"),
        description=i18n.t("circular_counting_description"),
    )
    deals = network_frames(network(circular.ALL_KINDS)).segments["deal_ids"]
    return with_sources(
        chart, _network_sources(d for ids in deals for d in ids.split(";")), "aifin_lib.circular"
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
        Catalogue key of the loop's name (``circular_loop_<key>``) and explanation
        (``circular_loop_<key>_note``).
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

    from .tables import html_table, source_links

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
                i18n.t("circular_loop", lang): html.escape(i18n.t(f"circular_loop_{loop.key}", lang)),
                i18n.t("circular_leg_out", lang): _leg_text(loop.out_deals, deals, counted, lang),
                i18n.t("circular_leg_back", lang): _leg_text(loop.back_deals, deals, counted, lang),
                i18n.t("circular_circulating_between", lang): i18n.fmt_usd_bn(moving, lang),
                i18n.t("circular_why", lang): html.escape(i18n.t(f"circular_loop_{loop.key}_note", lang)),
                i18n.t("sources", lang): source_links(src, sources),
            }
        )
    return html_table(pd.DataFrame.from_records(records))


# --------------------------------------------------------------------------------------
# critics and defenders
# --------------------------------------------------------------------------------------

VOICES: tuple[tuple[str, str, str], ...] = (
    ("critic", "circular_voice_register", "factorytechnews_2025_register_money_go_round"),
    ("critic", "circular_voice_theatre", "site512pt_2025_financial_theatre"),
    ("critic", "circular_voice_yahoo", "businesslive_2025_ai_bubble"),
    ("critic", "circular_voice_wsj", "euroinvestor_2025_wsj_altman_tied"),
    ("critic", "circular_voice_zitron", "zitron_2025_openai_money"),
    ("defender", "circular_voice_guardian", "ainews247_2025_guardian_openai_deals"),
    ("defender", "circular_voice_huang", "bstandard_2026_nvidia_never_commitment"),
    ("defender", "circular_voice_users", "fashionunited_2026_openai_110b"),
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

    from .tables import html_table, source_links

    lang = i18n.get_language() if lang is None else lang
    sources = data.load("sources")
    records = [
        {
            i18n.t("circular_side", lang): i18n.t(f"circular_side_{side}", lang),
            i18n.t("circular_argument", lang): html.escape(i18n.t(key, lang)),
            i18n.t("source", lang): source_links(source_id, sources),
        }
        for side, key, source_id in VOICES
    ]
    return html_table(pd.DataFrame.from_records(records))


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
        One row per vendor: ``key`` (catalogue key ``circular_vendor_<key>``), ``era``
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
    lucent = data.metric_value("lucent_2000_vendor_financing")
    cisco = data.metric_value("cisco_2000_vendor_financing")
    market = data.metric_value("telecom_equipment_spend_2000")
    nv_rev = data.metric_value("nvidia_dc_revenue_fy2026")
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
    t["label"] = [i18n.t(f"circular_vendor_{k}") for k in t["key"]]
    t["basis_label"] = [i18n.t(f"circular_basis_{b}") for b in t["basis"]]
    t["ratio_text"] = [
        i18n.fmt_percent(r, None, 0) + " " + i18n.t(f"circular_ratio_of_{k}") if pd.notna(r) else ""
        for r, k in zip(t["ratio"], t["size_key"], strict=True)
    ]
    t = t.drop(columns=["ratio", "size_usd_bn"])
    t["amount_usd_bn"] = t["amount_usd_bn"].round(2)
    bases = [
        i18n.t(f"circular_basis_{b}")
        for b in ("commitments", "counted_deals", "value_estimate", "stalled_loi")
    ]
    base = alt.Chart(t).encode(
        y=alt.Y("label:N", title=None, sort=list(t["label"]), axis=None),
        x=alt.X(
            "amount_usd_bn:Q",
            title=i18n.t("usd_bn_axis"),
            scale=alt.Scale(domain=[0, axis_max(t["amount_usd_bn"])], nice=False),
        ),
    )
    bars = base.mark_bar(size=BAR_SIZE).encode(
        color=alt.Color(
            "basis_label:N",
            title=i18n.t("circular_basis"),
            scale=alt.Scale(domain=bases,
                            range=[PALETTE[7], PALETTE[0], EXTRA_COLOURS[0], PALETTE[4]]),
            legend=alt.Legend(orient="bottom", columns=2),
        ),
        tooltip=[
            alt.Tooltip("label:N", title=i18n.t("circular_vendor")),
            alt.Tooltip("amount_usd_bn:Q", title=i18n.t("usd_bn_axis"), format=",.1f"),
            alt.Tooltip("basis_label:N", title=i18n.t("circular_basis")),
            alt.Tooltip("ids:N", title=i18n.t("circular_ids")),
        ],
    )
    # the share goes under the bar, the name above it: both have the chart's full width
    text = base.mark_text(
        align="left", baseline="top", dy=BAR_SIZE / 2 + 3, fontSize=11, color="#333"
    ).encode(x=alt.value(0), text="ratio_text:N")
    names = names_above_bars(alt.Chart(t), "label:N", list(t["label"]))
    chart = alt.layer(bars, text, names).properties(
        width=420,
        height=alt.Step(BAR_STEP + 18),
        title=i18n.t("circular_dotcom_title"),
        description=i18n.t("circular_dotcom_description"),
    )
    refs = [
        "history:lucent_2000_vendor_financing",
        "history:cisco_2000_vendor_financing",
        "history:telecom_equipment_spend_2000",
        "macro:nvidia_dc_revenue_fy2026",
        *_network_sources(d for ids in t["ids"] for d in ids.split(";") if d.startswith("D")),
    ]
    return with_sources(chart, refs, "aifin_lib.circular.vendor_financing_ratio")


# --------------------------------------------------------------------------------------
# exercises and prose
# --------------------------------------------------------------------------------------


def exercise_networks() -> dict[str, pd.DataFrame]:
    """The small networks of the exercises (USD billions, row = payer, column = payee).

    Returns
    -------
    dict
        ``"toy"``: the chapter's worked example before the definitions: N invests 10 in L, L
        buys cloud for 6 from C, C buys chips for 4 from N (one cycle, no other arrows).
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

    return {"toy": frame(10, 0, 6, 4), "ex1": frame(10, 6, 4, 3), "ex3": frame(10, 8, 6, 5)}


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
    deals = data.load("deals").set_index("deal_id")
    names = _short_names()

    counts = counting_table().set_index(["kinds", "statuses"])
    head = headline()
    rest = headline(without=("D24", "D24b"))
    net = network(kinds=head.kinds, statuses=head.statuses)
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
    toy = circular.circularity(ex["toy"])
    toy_d = ex["toy"] - toy.circulation
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
    qa = lambda *ids: prose.deal_amount(list(ids), lang)  # noqa: E731
    deal_day = lambda d: i18n.fmt_date(  # noqa: E731
        deals.loc[d, "announced"].date(), deals.loc[d, "date_precision"], lang)
    figures = {
        "circular_data_date": prose.data_date(lang),
        "circular_latest_deal": i18n.fmt_date(head.latest.date(), "month", lang),
        "circular_share": pct(head.circularity, 1),
        "circular_circulation": money(head.circulation),
        "circular_gross": i18n.fmt_usd_bn(head.gross, lang, 2),
        "circular_deals": i18n.t_plural("n_deals", head.n_deals, lang),
        "circular_undisclosed": i18n.t_plural("n_deals", head.n_undisclosed, lang),
        "circular_undisclosed_ids": ", ".join(sorted(undisclosed_kinds["deal_id"])),
        "circular_d24_part": money(head.circulation - rest.circulation),
        "circular_share_without_d24": pct(rest.circularity, 1),
        "circular_d24_date": deal_day("D24"),
        "circular_n_cycles": i18n.t_plural("n_simple_cycles", len(fr.cycles), lang),
        "circular_top_cycle": " → ".join(names[n] for n in (*top.nodes, top.nodes[0])),
        "circular_top_cycle_amount": money(top.bottleneck),
        "circular_share_binding": pct(
            counts.loc[("equity_purchases", "binding_only"), "circularity"], 1
        ),
        "circular_share_money": pct(counts.loc[("money_flows", "announced_too"), "circularity"], 1),
        "circular_share_all": pct(counts.loc[("all_kinds", "announced_too"), "circularity"], 1),
        "circular_gross_all": words(counts.loc[("all_kinds", "announced_too"), "gross_usd_bn"]),
        "circular_share_equity": pct(counts.loc[("equity_only", "announced_too"), "circularity"], 0),
        "circular_share_purchases": pct(
            counts.loc[("purchases_only", "announced_too"), "circularity"], 0
        ),
        "circular_share_2024": pct(by_date[AS_OF_DATES[0]]["circularity"], 1),
        "circular_share_2025_09": pct(by_date["2025-09-30"]["circularity"], 1),
        "circular_share_2025_12": pct(by_date["2025-12-31"]["circularity"], 1),
        "circular_circ_2025_12": money(by_date["2025-12-31"]["circulation"]),
        "circular_openai_share": pct(firm.loc["openai", "circulating_share"], 0),
        "circular_microsoft_share": pct(firm.loc["microsoft", "circulating_share"], 0),
        "circular_amazon_share": pct(firm.loc["amazon", "circulating_share"], 0),
        "circular_ms_equity": qa("D14b"),
        "circular_ms_azure": qa("D14"),
        "circular_amazon_openai": qa("D26"),
        "circular_amazon_openai_date": deal_day("D26"),
        "circular_aws_openai": qa("D15"),
        "circular_amazon_anthropic_2023": qa("D23"),
        "circular_amazon_anthropic_new": qa("D24"),
        "circular_anthropic_aws": qa("D24b"),
        "circular_nvidia_loi": qa("D01"),
        "circular_nvidia_loi_date": deal_day("D01"),
        "circular_nvidia_round": qa("D26b"),
        "circular_nvidia_backstop": qa("D08"),
        "circular_nvidia_coreweave_equity": qa("D10"),
        "circular_amd_warrants": qa("D02b"),
        "circular_coreweave_openai_equity": qa("D05b"),
        "circular_coreweave_openai_contracts": qa("D05", "D06", "D07"),
        "circular_nvidia_anthropic": qa("D22b"),
        "circular_ms_anthropic": qa("D22c"),
        "circular_anthropic_azure": qa("D22"),
        "circular_with_warrants": pct(with_warrants["circularity"], 1),
        "circular_loi_share": pct(loi["circularity"], 1),
        "circular_loi_gross": money(loi["gross"]),
        "circular_rt_microsoft": pct(rt.loc["microsoft", "share"], 0),
        "circular_rt_amazon": pct(rt.loc["amazon", "share"], 0),
        "circular_rt_coreweave": pct(rt.loc["coreweave", "share"], 0),
        "circular_rt_oracle": pct(rt.loc["oracle", "share"], 0),
        "circular_lucent": money(dot.loc["lucent", "amount_usd_bn"]),
        "circular_cisco": money(dot.loc["cisco", "amount_usd_bn"]),
        "circular_telecom_equipment": money(dot.loc["lucent", "size_usd_bn"]),
        "circular_telecom_ratio": pct(dot.loc["lucent", "ratio"] + dot.loc["cisco", "ratio"], 1),
        "circular_winstar_lucent": prose.quote("winstar_vendor_loans_lucent", lang, style="money"),
        "circular_winstar_lawsuit": prose.quote("winstar_lawsuit_vs_lucent", lang, style="money"),
        "circular_group_telecom": prose.quote("group_telecom_2002_vendor_financing_withdrawn", lang,
                                          style="money"),
        "circular_yahoo": prose.quote("yahoo_round_trip_investment", lang, style="money"),
        "circular_nvidia_financing": money(nv_amount),
        "circular_nvidia_financing_ids": ", ".join(nv_ids),
        "circular_nvidia_dc_revenue": money(dot.loc["nvidia", "size_usd_bn"]),
        "circular_nvidia_dc_period": prose.period_phrase(dot.loc["nvidia", "size_key"], lang,
                                                     preposition=False),
        "circular_nvidia_ratio": pct(dot.loc["nvidia", "ratio"], 0),
        "circular_nvidia_loi_ratio": pct(dot.loc["nvidia_loi", "ratio"], 0),
        "circular_wsj_gain": prose.quote("wsj_2025_market_cap_gain_openai_deals", lang,
                                     style="money"),
        "circular_chatgpt_wau": prose.quote("chatgpt_wau_2026_02", lang),
        "circular_chatgpt_wau_period": prose.period_phrase("chatgpt_wau_2026_02", lang),
        "circular_openai_commitments": prose.quote("openai_compute_commitments", lang,
                                               told_as="guidance", style="words"),
        "circular_openai_commitments_date": prose.published("openai_compute_commitments", lang),
        "circular_openai_compute_2030": prose.quote("openai_2026_compute_spend_to_2030", lang,
                                                told_as="forecast", style="money"),
        "circular_openai_compute_2030_date": prose.published("openai_2026_compute_spend_to_2030",
                                                         lang),
        "circular_oracle_gb200": prose.quote("oracle_abilene_gb200_purchase", lang,
                                         told_as="forecast", style="money"),
        # the worked example before the definitions (exercise parameters, not data)
        "circular_toy_gross": i18n.fmt_number(toy.gross, lang, 1),
        "circular_toy_circ": i18n.fmt_number(float(toy.circulation.to_numpy().sum()), lang, 1),
        "circular_toy_share": pct(toy.circularity, 0),
        "circular_toy_bottleneck": i18n.fmt_number(float(toy.circulation.loc["C", "N"]), lang, 1),
        "circular_toy_d_nl": i18n.fmt_number(float(toy_d.loc["N", "L"]), lang, 1),
        "circular_toy_d_lc": i18n.fmt_number(float(toy_d.loc["L", "C"]), lang, 1),
        # exercises
        "circular_ex2_n": i18n.t_plural("n_cycles_there_are", len(binding.cycles), lang),
        "circular_ex2_cycles": "; ".join(_cycle_text(c, names, lang) for c in binding.cycles),
        "circular_ex2_share": pct(binding.summary["circularity"], 1),
        "circular_ex1_share": pct(ex1.circularity, 1),
        "circular_ex1_circ": i18n.fmt_number(float(ex1.circulation.to_numpy().sum()), lang, 1),
        "circular_ex1_gross": i18n.fmt_number(ex1.gross, lang, 1),
        "circular_ex3_max": i18n.fmt_number(float(ex3.circulation.to_numpy().sum()), lang, 1),
        "circular_ex3_share": pct(ex3.circularity, 1),
        "circular_ex3_gross": i18n.fmt_number(ex3.gross, lang, 1),
        "circular_ex3_greedy": i18n.fmt_number(float(ex3_greedy.circulation.sum()), lang, 1),
        "circular_ex3_greedy_share": pct(ex3_greedy.circularity, 1),
        "circular_ex3_greedy_then": i18n.fmt_number(float(ex3_greedy_then), lang, 1),
        "circular_ex3_greedy_then_share": pct(float(ex3_greedy_then) / ex3.gross, 1),
    }
    return figures


# The former module constants (built on first use, so that importing this module reads no
# catalogue); PEP 562 keeps their names.
_BUILT_ON_ACCESS: dict[str, Callable[[], Any]] = {
    "CONTROLS": network_controls,
    "PRINT_FIGURES": network_print_figures,
    "PRINT_SETTINGS": network_print_settings,
}


def __getattr__(name: str) -> Any:
    if name in _BUILT_ON_ACCESS:
        return _BUILT_ON_ACCESS[name]()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
