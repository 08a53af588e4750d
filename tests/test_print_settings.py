"""The settings tables of the print edition: a chart with controls, on paper.

A printed chart cannot move, so each chart with controls declares two to four named settings
(:class:`aifin_lib.dashboard.PrintSetting`) and the figures to print at each
(:class:`aifin_lib.dashboard.PrintFigure`); :func:`aifin_lib.dashboard.print_table` evaluates the
chart's own model there. These tests check the table against the model called directly, the
checks on bad settings, and that every chart with controls in the book has such a table.
"""

from __future__ import annotations

import pandas as pd
import pytest

from aifin_lib import (
    i18n,
    stagnation_charts,
    supervision_charts,
)
from aifin_lib.chapters import capital_versus_return, introduction
from aifin_lib.chapters import circular_financing as circular_chapter
from aifin_lib.viz.dashboard import (
    Choice,
    Dashboard,
    PrintFigure,
    PrintSetting,
    Slider,
    Toggle,
    print_table,
)


def _share_model(share: float, firm: str = "a", stress: bool = False) -> pd.DataFrame:
    return pd.DataFrame({"usd_bn": [100.0 * share + (5.0 if firm == "b" else 0.0)
                                    + (1.0 if stress else 0.0)]})


CONTROLS = [
    Slider("share", "debt_share_slider", 0.0, 1.0, 0.25, 0.5, display="percent"),
    Choice("firm", "stagnation_shock_control",
           [("a", "stagnation_shock_none"), ("b", "stagnation_shock_oracle")], "a"),
    Toggle("stress", "supervision_slider_stress"),
]
TOTAL = PrintFigure("print_sup_losses", lambda f: f["usd_bn"].sum(), "usd_bn", 1)


def test_table_holds_the_model_at_each_setting():
    """Each column is the model at the start overridden by the setting's values."""
    settings = [PrintSetting("print_setting_start"),
                PrintSetting("print_sup_two_rules", {"share": 1.0, "stress": True}),
                PrintSetting("print_sup_all_rules", {"firm": "b"})]
    table = print_table(CONTROLS, _share_model, settings, [TOTAL], "en")
    assert table["columns"] == ["Start", "Disclosure and stress test", "All rules"]
    assert table["shown"] == 0
    figures = [row for row in table["rows"] if row["kind"] == "figure"]
    expected = [_share_model(0.5), _share_model(1.0, stress=True), _share_model(0.5, "b")]
    assert figures[0]["cells"] == [i18n.fmt_usd_bn(f["usd_bn"].sum(), "en", 1)
                                   for f in expected]
    assert figures[0]["cells"] == ["$50B", "$101B", "$55B"]
    controls = {row["label"]: row["cells"] for row in table["rows"] if row["kind"] == "control"}
    assert controls[CONTROLS[0].label("en")] == ["50%", "100%", "50%"]
    assert controls[CONTROLS[2].label("en")] == ["no", "yes", "no"]


def test_table_is_in_the_asked_language():
    """Names, labels and numbers follow the language (Dutch decimal comma, Dutch names)."""
    settings = [PrintSetting("print_setting_start"),
                PrintSetting("print_sup_two_rules", {"share": 0.25})]
    table = print_table(CONTROLS, _share_model, settings, [TOTAL], "nl")
    assert table["columns"][0] == "Beginstand"
    assert table["caption"] == i18n.t("print_settings_caption", "nl")
    assert table["rows"][-1]["cells"] == [i18n.fmt_usd_bn(50.0, "nl", 1),
                                          i18n.fmt_usd_bn(25.0, "nl", 1)]


def test_no_setting_equal_to_the_start_shows_none():
    """``shown`` is None when no column is the chart as printed."""
    settings = [PrintSetting("print_setting_start", {"share": 0.0}),
                PrintSetting("print_sup_two_rules", {"share": 1.0})]
    assert print_table(CONTROLS, _share_model, settings, [TOTAL], "en")["shown"] is None


@pytest.mark.parametrize("settings, message", [
    ([PrintSetting("print_setting_start")], "two to four"),
    ([PrintSetting("print_setting_start"), PrintSetting("print_setting_start", {"x": 1})],
     "'x' is not a control"),
    ([PrintSetting("print_setting_start"), PrintSetting("print_setting_start", {"share": 0.3})],
     "not a position of control 'share'"),
    ([PrintSetting("print_setting_start"), PrintSetting("print_setting_start", {"firm": "z"})],
     "not a position of control 'firm'"),
])
def test_bad_settings_are_refused(settings, message):
    """A setting outside the controls' positions is an error naming the control."""
    with pytest.raises(ValueError, match=message):
        print_table(CONTROLS, _share_model, settings, [TOTAL], "en")


def test_bad_declarations_are_refused():
    """Unknown keys, a missing half of the pair, a bad display: clear errors."""
    with pytest.raises(ValueError, match="not in the catalogue"):
        PrintSetting("no_such_key")
    with pytest.raises(ValueError, match="display must be one of"):
        PrintFigure("print_sup_losses", lambda f: 1.0, "euros")
    with pytest.raises(ValueError, match="give both or none"):
        Dashboard(_share_model, CONTROLS[:1], lambda b: b.mark_bar(),
                  print_settings=[PrintSetting("print_setting_start")])
    with pytest.raises(ValueError, match="not a position"):
        Dashboard(_share_model, CONTROLS[:1], lambda b: b.mark_bar(),
                  print_settings=[PrintSetting("print_setting_start"),
                                  PrintSetting("print_setting_start", {"share": 2.0})],
                  print_figures=[TOTAL])


def test_static_chart_carries_the_table():
    """The site spec of a dashboard holds its table under ``usermeta.aifin.print``."""
    i18n.set_language("en")
    board = Dashboard(_share_model, CONTROLS[:1], lambda b: b.mark_bar().encode(x="usd_bn:Q"),
                      print_settings=[PrintSetting("print_setting_start"),
                                      PrintSetting("print_sup_all_rules", {"share": 1.0})],
                      print_figures=[TOTAL])
    spec = board.static_chart().to_dict()
    assert spec["usermeta"]["aifin"]["print"] == board.print_table("en")
    plain = Dashboard(_share_model, CONTROLS[:1], lambda b: b.mark_bar().encode(x="usd_bn:Q"))
    assert "print" not in plain.static_chart().to_dict()["usermeta"]["aifin"]


def _book_dashboards():
    return {
        "introduction": introduction.financing_dashboard(),
        "depreciation": capital_versus_return.depreciation_dashboard(),
        "capital_panel": capital_versus_return.capital_panel(),
        "stagnation": stagnation_charts.domino_dashboard(),
        "supervision": supervision_charts.mixer_dashboard(),
    }


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_dashboard_of_the_book_has_a_table_from_its_model(lang):
    """Each chapter's dashboard prints its start and named settings computed by its model."""
    i18n.set_language(lang)
    for name, board in _book_dashboards().items():
        table = board.print_table(lang)
        assert table is not None, name
        assert 2 <= len(table["columns"]) <= 4, name
        assert table["shown"] is not None, f"{name}: no column shows the chart as printed"
        start = board.initial_values()
        for index, setting in enumerate(board.print_settings):
            frame = board.model(**(start | setting.values))
            for figure, row in zip(board.print_figures,
                                   [r for r in table["rows"] if r["kind"] == "figure"],
                                   strict=True):
                assert row["cells"][index] == figure.text(frame, lang), (name, row["label"])


def test_the_domino_settings_are_those_the_chapter_discusses():
    """Central bust with full outside cash flow, the severe start, and a shock."""
    board = stagnation_charts.domino_dashboard()
    table = board.print_table("en")
    assert [s.label_key for s in board.print_settings] == [
        "print_stag_central", "print_stag_severe", "print_stag_shock"]
    assert board.print_settings[0].values["outside"] == 1.0
    assert table["shown"] == 1
    assert board.print_settings[2].values["shock"] in stagnation_charts.SHOCK_FIRMS[1:]


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_the_network_prints_its_summaries(lang):
    """The circular-financing network's table equals its summaries at each setting."""
    explorer = circular_chapter.CircularityExplorer()
    table = explorer.print_table(lang)
    summaries = explorer.summaries()
    last = circular_chapter.AS_OF_DATES[-1]
    kinds = {"print_setting_start": "equity_purchases", "print_circ_binding": "equity_purchases",
             "print_circ_all_kinds": "all_kinds"}
    statuses = {"print_circ_binding": "binding_only"}
    rows = {r["label"]: r["cells"] for r in table["rows"]}
    circularity = rows[i18n.t("print_circ_circularity", lang)]
    for index, setting in enumerate(circular_chapter.network_print_settings()):
        row = summaries[(summaries["kinds"] == kinds[setting.label_key])
                        & (summaries["statuses"] == statuses.get(setting.label_key,
                                                                 "announced_too"))
                        & (summaries["as_of"] == last)]
        assert len(row) == 1
        assert circularity[index] == i18n.fmt_percent(row["circularity"].iloc[0], lang, 1)
