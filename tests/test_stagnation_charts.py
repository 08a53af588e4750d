"""Tests of aifin_lib.chapters.stagnation_scenario: the chapter's data, charts, tables, prose
numbers and exercises."""

import json

import numpy as np
import pytest
from numpy.testing import assert_allclose

import aifin_lib.chapters.stagnation_scenario as sc
from aifin_lib import data, i18n
from aifin_lib.chapters.stagnation_scenario import exercises as stag_exercises
from aifin_lib.scenario import LENDERS, run_scenario


@pytest.fixture(autouse=True)
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def test_exercise_clearing_known_answer():
    """The by-hand exercise: A pays 2 + 2 = 4, B pays 1 + 0.6 * 4 = 3.4, C pays its 2 in full;
    with alpha = beta = 1/2: A pays 1 + 1 = 2, B pays 0.5 + 0.5 * 0.6 * 2 = 1.1."""
    en, rv = stag_exercises._exercise_clearing()
    assert_allclose(en, [4.0, 3.4, 2.0])
    assert_allclose(rv, [2.0, 1.1, 2.0])
    worksheet = {e.exercise_id: e for e in sc.EXERCISES}
    assert worksheet["stagnation-2"].compute() == pytest.approx(3.4)
    assert worksheet["stagnation-3"].compute() == pytest.approx(1.1)


def test_threshold_is_where_the_firm_starts_to_default():
    """Just below the threshold the firm defaults on the bust path, just above it does not."""
    net = sc.network()
    for firm in ("coreweave", "oracle"):
        f = sc.credit_loss_threshold(firm)
        assert 0.0 < f < 1.0
        i = net.index(firm)
        below = run_scenario(net, "bust", outside_cash_flow_factor=f - 0.002)
        above = run_scenario(net, "bust", outside_cash_flow_factor=f + 0.002)
        assert below.default_year[i] >= 0 and above.default_year[i] < 0
    assert sc.exercise_oracle_threshold() == pytest.approx(1 - sc.credit_loss_threshold("oracle"))


def test_prose_figures_same_keys_in_both_languages():
    """Both languages give the same keys, all prefixed stagnation_, none empty; years stay years."""
    en, nl = sc.prose_figures("en"), sc.prose_figures("nl")
    assert en.keys() == nl.keys()
    assert all(k.startswith("stagnation_") and v for k, v in en.items())
    assert "mld." in nl["stagnation_d03"] and en["stagnation_d03"] == "$300B"
    for key in ("stagnation_lab_year", "stagnation_d03_start", "stagnation_target_year",
                "stagnation_stall_year"):
        assert en[key] == nl[key] and en[key].isdigit() and len(en[key]) == 4


def test_domino_frame_matches_the_model():
    """The dashboard's rows are the scenario's default years, credit losses and lost revenue."""
    frame = sc.domino_frame(-0.25, 0.5, 0.15, "none")
    res = run_scenario(sc.network(), "bust", growth=-0.25, outside_cash_flow_factor=0.5,
                       residual_value_fraction=0.15)
    credit = frame[frame["kind"] == "credit"]["usd_bn"].to_numpy()
    assert_allclose(credit, [res.credit_losses[k] for k in LENDERS], atol=1e-3)
    assert_allclose(frame[frame["kind"] == "lost"]["usd_bn"].sum(), res.total_lost_revenue,
                    atol=1e-2)
    firms = frame[frame["kind"] == "firm"]
    assert (firms["year"] > 0).sum() == len(res.defaulted)
    with pytest.raises(ValueError, match="shock"):
        sc.domino_frame(-0.25, 0.5, 0.15, "acme")


def test_dashboard_grid_every_control_matters_at_the_start():
    """From the starting state, moving any one control to either end changes the model's rows."""
    dash = sc.domino_dashboard()
    grid = dash.grid()
    assert len(grid) < 20_000
    assert np.isfinite(grid.select_dtypes("number").to_numpy()).all()
    start = dash.initial_values()
    base = sc.domino_frame(**start).drop(columns="wave")
    for control in dash.controls:
        values = list(control.grid())
        changed = []
        for end in (values[0], values[-1]):
            if end == start[control.name]:
                continue
            moved = sc.domino_frame(**{**start, control.name: end}).drop(columns="wave")
            changed.append(not moved.equals(base))
        assert any(changed), control.name


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize(
    "build", [sc.losses_chart, sc.monte_carlo_chart, sc.threshold_chart],
)
def test_every_chart_builds_with_title_and_description(lang, build):
    """Each chart serialises to Vega-Lite with a translated title and alt text, no NaN."""
    i18n.set_language(lang)
    spec = build().to_dict()
    assert spec["title"] and spec["description"]
    assert "NaN" not in json.dumps(spec)


def test_monte_carlo_frame_shares_are_fractions():
    """Default shares lie in [0, 1]; the AI lab defaults in every stagnation and bust scenario."""
    frame = sc.monte_carlo_frame()
    assert frame["share"].between(0, 1).all()
    lab = frame[frame["firm"] == "openai"]
    assert (lab["share"] == 1.0).all()


def test_losses_frame_keeps_the_two_kinds_apart():
    """Credit losses per lender type and lost revenue per supplier, per path, never summed."""
    frame = sc.losses_frame()
    assert set(frame["kind"]) == {"credit", "lost"}
    credit = frame[frame["kind"] == "credit"]
    assert set(credit["who"]) == set(LENDERS)
    assert credit[credit["path"] == "base"]["usd_bn"].sum() == 0.0
    assert credit[credit["path"] == "severe"]["usd_bn"].sum() > 0.0


def test_tables_are_deterministic_html_without_english_in_dutch():
    """Tables render the same HTML twice; the Dutch tables carry Dutch derivations."""
    for table in (sc.assumptions_table, sc.inputs_table, sc.events_table):
        assert table("nl") == table("nl")
    inputs = sc.inputs_table("nl")
    assert "kasstroom" in inputs
    cash = sc.cash_table("openai", "stagnation", "en")
    assert "2026" in cash and "2,026" not in cash and "2.026" not in cash


def test_english_catalogue_texts_equal_the_data():
    """The English texts of calibration rows, the scenario's assumptions and events repeat the
    data exactly."""
    rows = (("calib_", "calibration", "input_id", "derivation"),
            ("assumption_", "assumptions", "parameter", "rationale"),
            ("event_", "events", "event_id", "event"))
    for prefix, table, key, column in rows:
        frame = data.load(table)
        if table == "assumptions":  # the chapter shows the scenario's assumptions
            frame = frame[frame["model"] == "scenario"]
        for k, text in zip(frame[key], frame[column], strict=True):
            assert i18n.t(prefix + k, "en") == text, prefix + k
    prefixes = ("calib_", "assumption_", "period_type_", "event_")
    for key, entry in i18n.CATALOGUE.items():
        if key.startswith(prefixes):
            assert entry["nl"] and not entry["nl"].startswith("NL:"), key


def test_worked_solutions_show_the_worksheet_answers():
    """Each worked solution in the chapter is the worksheet check's own answer, formatted."""
    worksheet = {e.exercise_id: e.compute() for e in sc.EXERCISES}
    assert [e.exercise_id for e in sc.EXERCISES] == [f"stagnation-{k}" for k in range(1, 6)]
    for lang in i18n.LANGUAGES:
        prose = sc.prose_figures(lang)
        money = lambda v, lang=lang: i18n.fmt_usd_bn(v, lang)  # noqa: E731
        assert prose["stagnation_ex_en_p1"] == money(worksheet["stagnation-1"])
        assert prose["stagnation_ex_en_p2"] == money(worksheet["stagnation-2"])
        assert prose["stagnation_ex_rv_p2"] == money(worksheet["stagnation-3"])
        assert prose["stagnation_ex3_cw_answer"] == money(worksheet["stagnation-4"])
        fall = i18n.fmt_percent(worksheet["stagnation-5"], lang, 0)
        assert prose["stagnation_ex4_answer"] == prose["stagnation_thr_oracle_fall"] == fall


def test_old_import_path_gives_the_same_objects():
    """``aifin_lib.stagnation_charts`` still resolves every name, to the chapter's own object."""
    from aifin_lib import stagnation_charts

    for name in dir(stagnation_charts):
        assert getattr(stagnation_charts, name) is not None, name
    assert stagnation_charts.prose_figures is sc.prose_figures
    assert stagnation_charts.EXERCISES is sc.EXERCISES
    assert stagnation_charts._exercise_clearing is stag_exercises._exercise_clearing
    with pytest.raises(AttributeError, match="no_such_name"):
        stagnation_charts.no_such_name  # noqa: B018


def test_no_cache_of_scenario_results_in_the_chapter():
    """The chapter keeps no cache of its own: the one cached network is the scenario's."""
    import aifin_lib.chapters.stagnation_scenario.charts as charts_module
    import aifin_lib.chapters.stagnation_scenario.common as common_module
    import aifin_lib.chapters.stagnation_scenario.frames as frames_module
    import aifin_lib.chapters.stagnation_scenario.prose as prose_module
    import aifin_lib.chapters.stagnation_scenario.tables as tables_module

    for module in (common_module, frames_module, charts_module, tables_module, prose_module,
                   stag_exercises):
        cached = [n for n, v in vars(module).items() if hasattr(v, "cache_info")]
        assert not cached, (module.__name__, cached)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_charts_compile_without_vega_lite_warnings(lang, capfd):
    """Vega-Lite compiles every chart of the chapter without a warning (JupyterLab prints them
    in the browser console): no stacking order on a nominal field, no colour scale whose
    domains conflict between panels."""
    import vl_convert

    from aifin_lib.chapters.stagnation_scenario import charts
    from aifin_lib.viz.charts import setup

    before = i18n.get_language()
    setup(lang)
    try:
        board = charts.domino_dashboard()
        for chart in (board.static_chart(), board.live_chart(), charts.losses_chart(),
                      charts.threshold_chart(), charts.monte_carlo_chart()):
            vl_convert.vegalite_to_vega(chart.to_dict(), show_warnings=True)
    finally:
        setup(before)
    out, err = capfd.readouterr()
    assert "WARN" not in out + err, out + err
