"""Tests of aifin_lib.chapters.circular_financing: the chapter on circular financing."""

import json
import re

import numpy as np
import pandas as pd
import pytest
import vl_convert as vlc
from numpy.testing import assert_allclose

from aifin_lib import circular, data, i18n
from aifin_lib.chapters import circular_financing as cc
from aifin_lib.viz import charts


@pytest.fixture(autouse=True)
def _english():
    charts.setup("en")
    yield
    charts.setup("en")


@pytest.fixture(scope="module")
def explorer():
    return cc.CircularityExplorer()


def _datasets(spec: dict) -> list[pd.DataFrame]:
    return [pd.DataFrame(v) for v in spec.get("datasets", {}).values()]


def test_network_keeps_parts_and_the_remainder_of_totals():
    """A total with parts in the network keeps only its remainder: Microsoft's first $1B (D35)
    and the rest of its cumulative investment (D14b), Nvidia's $30B in OpenAI (D26b) and the
    rest of the 2026 round (D38); no dollar twice."""
    net = cc.book_deal_network(kinds=("equity",))
    rows = net.included.set_index("deal_id")
    deals = data.load("deals").set_index("deal_id")
    assert {"D14b", "D35", "D26b", "D38"} <= set(rows.index)
    assert rows.loc[["D14b", "D35"], "amount_usd_bn"].sum() == pytest.approx(
        deals.loc["D14b", "amount_usd_bn"])
    assert net.flows.loc["nvidia", "openai"] >= deals.loc["D26b", "amount_usd_bn"]


def test_network_rejects_unknown_kind_and_bad_dates():
    """Unknown kinds and dates that are not dates raise ValueError naming the parameter."""
    with pytest.raises(ValueError, match="kinds"):
        cc.book_deal_network(kinds=("gift",))
    with pytest.raises(ValueError, match="start must be a date"):
        cc.deals_in_window(data.load("deals"), "not a date")


def test_window_drops_early_rows_and_dangling_links():
    """A window keeps rows announced on or after its start; links to dropped rows are removed."""
    deals = data.load("deals")
    kept = cc.deals_in_window(deals, "2025-10-01")
    assert (kept["announced"] >= pd.Timestamp("2025-10-01")).all()
    ids = set(kept["deal_id"])
    for cell in kept["overlaps_with"].dropna():
        assert set(data.source_ids(cell)) <= ids
    # the table is still accepted by the model
    circular.deal_network(kept, overlap_priority="amount")


def test_node_positions_are_deterministic_and_inside_the_frame():
    """The layout has a fixed seed and is rounded: two calls agree; all points lie in [-1, 1]."""
    a, b = cc.node_positions(), cc.node_positions()
    pd.testing.assert_frame_equal(a, b)
    assert a[["x", "y"]].abs().max().max() <= 1.0
    assert a["node"].is_unique
    assert not a[["x", "y"]].duplicated().any()


def test_equity_or_purchases_alone_never_circulate():
    """A loop needs money out one way and back the other: neither kind alone has circulation."""
    table = cc.counting_table()
    single = table[table["kinds"].isin(["equity_only", "purchases_only"])]
    assert_allclose(single["circularity"], 0.0, atol=1e-12)


def test_counting_table_agrees_with_the_model():
    """Every preset's circularity equals circularity() of deal_network() called directly."""
    deals = data.load("deals")
    table = cc.counting_table().set_index(["kinds", "statuses"])
    for (kname, kinds), (sname, statuses) in [
        (
            ("equity_purchases", cc.KIND_PRESETS["equity_purchases"]),
            ("binding_only", ("signed", "completed")),
        ),
        (("all_kinds", circular.ALL_KINDS), ("announced_too", circular.DEFAULT_STATUSES)),
    ]:
        net = circular.deal_network(deals, kinds, statuses=statuses, overlap_priority="amount")
        res = circular.circularity(net.flows.to_numpy())
        assert_allclose(table.loc[(kname, sname), "circularity"], res.circularity, atol=1e-9)
        assert_allclose(table.loc[(kname, sname), "gross_usd_bn"], res.gross)


def test_circularity_cannot_fall_when_binding_deals_gain_announced_ones():
    """Adding deals (announced ones) never removes circulation: circulation is monotone in W."""
    table = cc.counting_table().set_index(["kinds", "statuses"])
    for kinds in cc.KIND_PRESETS:
        assert (
            table.loc[(kinds, "announced_too"), "circulation_usd_bn"]
            >= table.loc[(kinds, "binding_only"), "circulation_usd_bn"] - 1e-6
        )


def test_static_rows_agree_with_the_model(explorer):
    """The embedded grid holds, for each combination, the model's circulation per link."""
    links, rows, lines = explorer.combinations()
    summaries = explorer.summaries()
    assert len(summaries) == len(cc.KIND_PRESETS) * len(cc.STATUS_PRESETS) * len(cc.AS_OF_DATES)
    pair = links.set_index("e")[["from_id", "to_id"]]
    merged = rows.join(pair, on="e")
    kn, sn = list(cc.KIND_PRESETS), list(cc.STATUS_PRESETS)
    for (k, s, d), group in merged.groupby(["k", "s", "d"]):
        per_pair = group.drop_duplicates(["from_id", "to_id"])["circ"].sum()
        row = summaries[
            (summaries["kinds"] == kn[k])
            & (summaries["statuses"] == sn[s])
            & (summaries["as_of"] == cc.AS_OF_DATES[d])
        ].iloc[0]
        assert_allclose(per_pair, row["circulation_usd_bn"], atol=0.05)
        assert_allclose(group["amount"].sum(), row["gross_usd_bn"], atol=0.05)
    assert len(lines.drop_duplicates(["k", "s", "d"])) == len(summaries)


def _svg_texts(spec: dict) -> str:
    svg = vlc.vegalite_to_svg(spec)
    return " ".join(re.findall(r"<text[^>]*>([^<]*)</text>", svg))


@pytest.mark.parametrize("k, s, d", [(2, 0, 4), (2, 1, 4), (2, 0, 3), (0, 0, 4)])
def test_parameter_filter_shows_the_model_circularity(explorer, k, s, d):
    """Rendered with Vega at given parameter values, the chart prints the model's circularity."""
    spec = json.loads(json.dumps(explorer.static_chart().to_dict()))
    values = {
        "circular_kinds": list(cc.KIND_PRESETS)[k],
        "circular_statuses": list(cc.STATUS_PRESETS)[s],
        "circular_as_of": d,
    }
    for p in spec["params"]:
        p["value"] = values[p["name"]]
    text = _svg_texts(spec).replace("&#x2009;", " ")
    net = cc.book_deal_network(
        list(cc.KIND_PRESETS.values())[k], list(cc.STATUS_PRESETS.values())[s], cc.AS_OF_DATES[d]
    )
    share = i18n.fmt_percent(circular.circularity(net.flows).circularity, "en", 1)
    assert f"Circularity {share}" in text


def test_static_chart_is_small_bound_and_described(explorer):
    """The site chart embeds little data, binds three controls and has title and alt text."""
    spec = explorer.static_chart().to_dict()
    assert len(json.dumps(spec)) < 150_000
    binds = {p["name"]: p["bind"]["input"] for p in spec["params"]}
    assert binds == {"circular_kinds": "select", "circular_statuses": "radio",
                     "circular_as_of": "range"}
    readouts = spec["usermeta"]["aifin"]["readouts"]["circular_as_of"]
    assert readouts[str(len(cc.AS_OF_DATES) - 1)] == i18n.fmt_date(cc.AS_OF_DATES[-1], "day")
    assert spec["description"] and spec["title"]
    for frame in _datasets(spec):
        numeric = frame.select_dtypes("number")
        assert np.isfinite(numeric.to_numpy(dtype=float)).all()


def test_every_chart_builds_in_both_languages(explorer):
    """Each chart of the chapter builds in nl and en with a title, a description and no NaN."""
    for lang in i18n.LANGUAGES:
        charts.setup(lang)
        for chart in (
            cc.counting_chart(),
            cc.dotcom_chart(),
            explorer.live_chart(start="2025-01-01", as_of="2026-06-30"),
        ):
            spec = chart.to_dict()
            assert spec["description"] and spec["title"]
            for frame in _datasets(spec):
                numeric = frame.select_dtypes("number")
                assert np.isfinite(numeric.to_numpy(dtype=float)).all()


def test_live_chart_of_an_empty_choice_builds(explorer):
    """A choice without any deal (equity before 2019) still draws, saying nothing goes round."""
    spec = explorer.live_chart(kinds=("equity",), as_of="2018-12-31").to_dict()
    texts = json.dumps(spec)
    assert i18n.t("circular_no_cycles", "en") in texts


def test_widget_builds(explorer):
    """The live panel has the three controls and an output area."""
    pytest.importorskip("ipywidgets")
    box = explorer.widget()
    _kinds, _statuses, hint, window, _output = box.children
    assert i18n.t("control_multi_hint") in hint.value
    assert window.children[1].value  # the date window reads as dates beside its slider


def test_exercise_answers_by_hand():
    """Ex. 1: cycles N-L-N (6) and N-L-C-N (3) fit on N->L = 10, so C = 2*6 + 3*3 = 21 of 23.
    Ex. 3: the 2-cycle and the 3-cycle share N->L = 10; the optimum sends 5 round each,
    25 of 29, while bilateral netting cancels 2*8 = 16."""
    ex = cc.exercise_networks()
    r1 = circular.circularity(ex["ex1"])
    assert_allclose([r1.circulation.to_numpy().sum(), r1.gross], [21.0, 23.0], atol=1e-8)
    r3 = circular.circularity(ex["ex3"])
    assert_allclose([r3.circulation.to_numpy().sum(), r3.gross], [25.0, 29.0], atol=1e-8)
    g3 = circular.greedy_two_cycle_netting(ex["ex3"].to_numpy())
    assert_allclose(g3.circulation.sum(), 16.0)
    figures = cc.prose_figures("en")
    assert figures["circular_ex3_greedy_then"] == "22"


def test_dotcom_ratios_and_nvidia_scope():
    """Ratios are amount / size; Nvidia's customer financing excludes its Intel stake (D18)."""
    t = cc.dotcom_comparison().set_index("key")
    lucent = data.figure("lucent_2000_vendor_financing").value
    market = data.figure("telecom_equipment_spend_2000").value
    assert_allclose(t.loc["lucent", "ratio"], lucent / market)
    assert np.isnan(t.loc["amd", "ratio"])
    assert "D18" not in t.loc["nvidia", "ids"]
    assert "D26b" in t.loc["nvidia", "ids"]
    assert_allclose(
        t.loc["nvidia", "ratio"],
        t.loc["nvidia", "amount_usd_bn"] / data.figure("nvidia_dc_revenue_fy2026").value,
    )


def test_tables_link_known_sources_and_name_every_loop():
    """The loops and voices tables render in both languages, linking only known sources."""
    for lang in i18n.LANGUAGES:
        loops = cc.loops_table(lang)
        voices = cc.voices_table(lang)
        for loop in cc.NAMED_LOOPS:
            assert i18n.t(f"circular_loop_{loop.key}", lang).replace("&", "&amp;") in loops
        assert ">nan<" not in loops.lower()
        assert voices.count("<a href=") == len(cc.VOICES)
    known = set(data.load("deals")["deal_id"])
    for loop in cc.NAMED_LOOPS:
        assert set(loop.out_deals) | set(loop.back_deals) <= known


def test_prose_figures_are_complete_in_both_languages():
    """Both languages glue the same keys, every value is text, and none is NaN."""
    nl, en = cc.prose_figures("nl"), cc.prose_figures("en")
    assert set(nl) == set(en)
    for text in [*nl.values(), *en.values()]:
        assert isinstance(text, str) and text and "nan" not in text.lower()
    assert nl["circular_share"].replace(",", ".") == en["circular_share"]


def test_arcs_are_attached_to_both_firms():
    """Each arc starts and ends at its firms' name boxes and runs clockwise round the names."""
    pos = cc.node_positions().set_index("node")
    links, _, _ = cc.CircularityExplorer().combinations()
    points = cc.arc_points(links[["from_id", "to_id", "kind", "e"]])
    centre = {n: 10 + r * cc.ROW_PX + cc.ROW_PX / 2 for n, r in pos["row"].items()}
    for e, arc in points.groupby("e"):
        link = links.set_index("e").loc[e]
        first, last = arc.iloc[0], arc.iloc[-1]
        assert first["fx"] == 0 and last["fx"] == 0  # on the box edge
        assert abs(first["py"] - centre[link["from_id"]]) <= 7.01
        assert abs(last["py"] - centre[link["to_id"]]) <= 7.01
        down = pos.loc[link["to_id"], "row"] > pos.loc[link["from_id"], "row"]
        assert (arc["side"] == (1 if down else -1)).all()  # down on the right, up on the left
        assert ((arc["fx"] * arc["side"]) >= 0).all() and (arc["fx"].abs() <= 1).all()


def test_every_cycle_is_a_ring_round_the_names():
    """A cycle goes down somewhere and up somewhere: it has arcs on both sides."""
    rows = cc.node_positions().set_index("node")["row"]
    for kinds in cc.KIND_PRESETS.values():
        for cycle in cc.network_frames(cc.book_deal_network(kinds)).cycles:
            steps = list(zip(cycle.nodes, (*cycle.nodes[1:], cycle.nodes[0]), strict=True))
            sides = {1 if rows[b] > rows[a] else -1 for a, b in steps}
            assert sides == {1, -1}


def test_chart_names_fit_and_speak_the_language():
    """Names fit their boxes (at most 20 characters); pseudo-parties are translated."""
    for lang in i18n.LANGUAGES:
        names = cc.chart_names(lang)
        shown = [names[n] for n in cc.node_order()]
        assert max(len(n) for n in shown) <= 20, shown
        assert len(set(shown)) == len(shown)
    assert cc.chart_names("nl")["bond_investors"] != cc.chart_names("en")["bond_investors"]


def test_the_old_module_path_still_finds_every_name():
    """``aifin_lib.circular_charts`` resolves each of its former names from the chapter's
    package; ``network`` is the deal network, now ``book_deal_network``."""
    from aifin_lib import circular_charts

    for name in circular_charts.__all__:
        assert getattr(circular_charts, name) is not None, name
    assert circular_charts.network is cc.book_deal_network
    assert circular_charts.headline is cc.headline
    assert circular_charts.CONTROLS == cc.network_controls()
    assert circular_charts.PRINT_SETTINGS == cc.network_print_settings()
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = circular_charts.no_such_name


def test_every_public_name_is_importable_from_the_package():
    """Each name of ``__all__`` is an attribute of ``aifin_lib.chapters.circular_financing``,
    and the chapter registry finds the package under its slug."""
    from aifin_lib import chapters

    for name in cc.__all__:
        assert hasattr(cc, name), name
    assert chapters.module("circular") is cc


def test_exercises_known_answers():
    """The small networks' answers worked out by hand: exercise 1 sends 6 round N-L-N and 3
    round N-L-C-N (21 of 23); exercise 2 sends 5 round each cycle (2 x 5 + 3 x 5 = 25);
    bilateral netting cancels 8 each way (16)."""
    answers = {e.exercise_id: e.compute() for e in cc.EXERCISES}
    assert answers["circular-1"] == pytest.approx(21 / 23, abs=1e-9)
    assert answers["circular-2"] == pytest.approx(25.0, abs=1e-9)
    assert answers["circular-3"] == pytest.approx(16.0, abs=1e-9)
    assert answers["circular-4"] == cc.headline().circularity
    assert [(e.unit, e.rel_tol) for e in cc.EXERCISES] == [
        ("fraction", 0.01), ("usd_bn", 0.01), ("usd_bn", 0.01), ("fraction", 0.02)]
    with pytest.raises(ValueError, match="network must be one of"):
        cc.max_circulation(network="ex2")


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_worked_solutions_show_the_worksheet_answers(lang):
    """The chapter's worked solutions glue the worksheet's own answers, formatted."""
    figures = cc.prose_figures(lang)
    assert figures["circular_ex1_share"] == i18n.fmt_percent(cc.CIRCULARITY_EX1.compute(), lang, 1)
    assert figures["circular_ex3_max"] == i18n.fmt_number(cc.MAX_CIRCULATION_EX3.compute(), lang, 1)
    assert figures["circular_ex3_greedy"] == i18n.fmt_number(cc.NETTED_EX3.compute(), lang, 1)
    assert figures["circular_share"] == i18n.fmt_percent(cc.BOOK_CIRCULARITY.compute(), lang, 1)
