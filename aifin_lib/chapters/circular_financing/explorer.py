"""The chapter's interactive deal network: :class:`CircularityExplorer`.

On the static site, :meth:`CircularityExplorer.static_chart` embeds the circulation of every
combination of a few *kind presets* (:data:`KIND_PRESETS`), two *status presets*
(:data:`STATUS_PRESETS`) and a handful of cut-off dates (:data:`AS_OF_DATES`); a drop-down, radio
buttons and a slider (Vega-Lite parameters, :func:`network_controls`) pick the combination. In a
live kernel, :meth:`CircularityExplorer.widget` lets the reader choose any set of kinds and
statuses and a date window, and recomputes the network with the Python model. The drawing is
:func:`aifin_lib.viz.network_chart.network_layers`.
"""

from __future__ import annotations

import copy
import itertools
import json
from collections.abc import Iterable, Sequence
from typing import Any

import altair as alt
import pandas as pd

from ... import circular_deals as dn
from ... import i18n
from ...viz import network_chart
from ...viz.charts import WIDGET_MIMETYPE
from ...viz.dashboard import control_meta, merge_usermeta, print_table
from ...viz.sources import with_sources
from ...viz.theme import PALETTE
from .controls import network_controls, network_print_figures, network_print_settings
from .frames import (
    _WINDOW_START,
    AS_OF_DATES,
    KIND_PRESETS,
    STATUS_PRESETS,
    _Frames,
    book_deal_network,
    network_frames,
    network_sources,
)
from .layout import chart_names, node_positions
from .summary import summary_text

__all__ = ["CircularityExplorer"]

_COMBO = (
    f"indexof({json.dumps(list(KIND_PRESETS))}, circular_kinds) + '|' + "
    f"indexof({json.dumps(list(STATUS_PRESETS))}, circular_statuses) + '|' + circular_as_of"
)
"""Vega expression: the combination (kind preset, status preset, date) the controls choose."""
_PICK = (
    f"datum.k == indexof({json.dumps(list(KIND_PRESETS))}, circular_kinds) && "
    f"datum.s == indexof({json.dumps(list(STATUS_PRESETS))}, circular_statuses) && "
    "datum.d == circular_as_of"
)
"""Vega expression: a row of the embedded tables belongs to the chosen combination."""
_ROWS_META: dict[str, Any] = {
    "columns": ["from_id", "to_id", "kind", "amount", "circ", "deal_ids"],
    "source_columns": ["k", "s", "d", "e", "amount", "circ", "deal_ids"],
    "filter": _PICK,
    "lookups": [{"from_columns": ["e", "from_id", "to_id", "kind", "kind_label"],
                 "key": "e", "fields": ["e"], "values": ["from_id", "to_id", "kind"]}],
}
"""How the site turns the chosen combination's rows into the CSV of the model's links."""

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


def _labelled(segments: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    out = segments.copy()
    out["kind_label"] = [i18n.t(f"deal_kind_{k}") for k in out["kind"]]
    out["from_name"] = out["from_id"].map(names)
    out["to_name"] = out["to_id"].map(names)
    return out


def _kind_colours(kinds: Sequence[str]) -> list[tuple[str, str]]:
    """``(label, colour)`` of each deal kind, for the legend of the network chart."""
    return [(i18n.t(f"deal_kind_{k}"), _KIND_COLOURS[k]) for k in kinds]


def _network_text() -> network_chart.NetworkText:
    """The words of the network chart in the active language."""
    return network_chart.NetworkText(
        title=i18n.t("circular_network_title"),
        subtitle=tuple(i18n.t(f"circular_network_how_{n}") for n in (1, 2, 3)),
        description=i18n.t("circular_network_description"),
        legend=i18n.t("circular_link_kind"),
        payer=i18n.t("from_party"),
        payee=i18n.t("to_party"),
        kind=i18n.t("kind"),
        amount=i18n.t("circular_amount_usd_bn"),
        circulating=i18n.t("circular_circulating_usd_bn"),
        links=i18n.t("circular_deals"),
        firm=i18n.t("circular_firm"),
    )


def _layers(arcs: alt.Chart, nodes: alt.Chart, lines: alt.Chart, kinds: Sequence[str],
            n_rows: int, n_lines: int, width: int) -> alt.LayerChart:
    return network_chart.network_layers(arcs, nodes, lines, _kind_colours(kinds), n_rows,
                                        n_lines, width, _network_text())


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
            for n, text in enumerate(summary_text(fr, lang, caption)):
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
            out[(k, s, d)] = network_frames(book_deal_network(kinds, statuses, as_of))
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

        def model(circular_kinds: str, circular_statuses: str, circular_as_of: str
                  ) -> pd.DataFrame:
            return table[(table["kinds"] == circular_kinds)
                         & (table["statuses"] == circular_statuses)
                         & (table["as_of"] == circular_as_of)]

        return print_table(network_controls(), model, network_print_settings(),
                           network_print_figures(), lang)

    def _node_frame(self, active: dict[str, set[str]] | None = None) -> pd.DataFrame:
        pos = self.positions.sort_values("row")
        return pd.DataFrame({
            "node": pos["node"],
            "name": pos["name"],
            "py": [network_chart.row_centre(r) for r in pos["row"]],
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
        kinds_in = [k for k in dn.ALL_KINDS if k in set(links["kind"])]
        points = network_chart.arc_points(links[["from_id", "to_id", "kind", "e"]], self.rows)
        controls = network_controls()
        link_info = ["kind_label", "from_name", "to_name"]
        arcs = (
            alt.Chart(points)
            .transform_calculate(key=f"{_COMBO} + '|' + datum.e")
            .transform_lookup(lookup="key",
                              from_=alt.LookupData(rows, "key", ["amount", "circ", "deal_ids"]))
            .transform_filter("isValid(datum.amount)")
            .transform_lookup(lookup="e", from_=alt.LookupData(links, "e", link_info))
            .transform_calculate(px=network_chart.ARC_X)
        )
        n_lines = int(lines.groupby(["k", "s", "d"])["line"].max().max()) + 1
        chart = _layers(
            arcs, self._static_nodes(), alt.Chart(lines).transform_filter(_PICK), kinds_in,
            len(self.rows), n_lines, self.size,
        ).add_params(*[c.vega_param() for c in controls])
        chart = with_sources(chart, network_sources(
            d for ids in rows["deal_ids"] for d in ids.split(";")),
            "aifin_lib.circular.circularity")
        meta = control_meta(controls)
        meta["rows"] = copy.deepcopy(_ROWS_META)
        meta["print"] = self.print_table()
        chart = merge_usermeta(chart, meta)
        self._static[key] = chart
        return chart

    def _static_nodes(self) -> alt.Chart:
        """The name boxes of the static chart; ``on`` when the firm is in the chosen network."""
        active = pd.DataFrame([
            {"combo": f"{k}|{s}|{d}",
             "active": "|" + "|".join(sorted(set(fr.segments["from_id"])
                                             | set(fr.segments["to_id"]))) + "|"}
            for (k, s, d), fr in self._frames().items()
        ])
        return (
            alt.Chart(self._node_frame())
            .transform_calculate(combo=_COMBO)
            .transform_lookup(lookup="combo", from_=alt.LookupData(active, "combo", ["active"]))
            .transform_calculate(on="indexof(datum.active, '|' + datum.node + '|') >= 0")
        )

    # ---- live --------------------------------------------------------------------
    def live_chart(
        self,
        kinds: Iterable[str] = KIND_PRESETS["equity_purchases"],
        statuses: Iterable[str] = dn.DEFAULT_STATUSES,
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
        net = book_deal_network(kinds, statuses, as_of=as_of, start=start)
        fr = network_frames(net)
        seg = fr.segments.copy()
        seg["e"] = range(len(seg))
        points = network_chart.arc_points(seg[["from_id", "to_id", "kind", "e"]], self.rows)
        info = _labelled(seg, chart_names())[
            ["e", "amount", "circ", "deal_ids", "kind_label", "from_name", "to_name"]
        ]
        arcs = points.merge(info, on="e") if len(points) else points.assign(
            amount=[], circ=[], deal_ids=[], kind_label=[], from_name=[], to_name=[])
        kinds_in = [k for k in dn.ALL_KINDS if k in set(seg["kind"])] or ["equity"]
        window = (
            f"{i18n.fmt_date(pd.Timestamp(start).date()) if start is not None else '…'} – "
            f"{i18n.fmt_date(pd.Timestamp(as_of).date()) if as_of is not None else '…'}"
        )
        text = summary_text(fr, i18n.get_language(), window)
        lines = pd.DataFrame({"line": range(len(text)), "text": text})
        present = set(seg["from_id"]) | set(seg["to_id"])
        nodes = self._node_frame().assign(on=lambda f: f["node"].isin(present))
        chart = _layers(
            alt.Chart(arcs).transform_calculate(px=network_chart.ARC_X), alt.Chart(nodes),
            alt.Chart(lines), kinds_in, len(self.rows), max(len(text), 1), self.size,
        )
        return with_sources(chart, network_sources(
            d for ids in seg["deal_ids"] for d in ids.split(";")),
            "aifin_lib.circular.circularity")

    def widget(self) -> Any:
        """Return the live version: kinds, statuses and a date window above the chart.

        Returns
        -------
        ipywidgets.VBox
            Changing a control rebuilds the network with :func:`book_deal_network` and redraws. The
            multiple-choice lists carry a hint on how to choose several.
        """
        import ipywidgets as widgets

        quarters = pd.date_range(_WINDOW_START, AS_OF_DATES[-1], freq="QE")
        options = [(i18n.fmt_date(q.date(), "month"), q.strftime("%Y-%m-%d")) for q in quarters]
        layout = widgets.Layout(width="min(100%, 34em)")
        style = {"description_width": "initial"}
        kinds = widgets.SelectMultiple(
            options=[(i18n.t(f"deal_kind_{k}"), k) for k in dn.ALL_KINDS],
            value=KIND_PRESETS["equity_purchases"],
            rows=6,
            description=i18n.t("circular_kinds_control"),
            style=style,
            layout=layout,
        )
        statuses = widgets.SelectMultiple(
            options=[(i18n.t(f"deal_status_{s}"), s) for s in dn.ALL_STATUSES],
            value=dn.DEFAULT_STATUSES,
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
        bundle = dict(bundle or {})
        widget_bundle = self.widget()._repr_mimebundle_()
        if isinstance(widget_bundle, tuple):
            widget_bundle = widget_bundle[0]
        key = WIDGET_MIMETYPE
        if widget_bundle and key in widget_bundle:
            bundle[key] = widget_bundle[key]
        bundle["text/plain"] = "<CircularityExplorer: kinds, statuses, date>"
        return bundle


