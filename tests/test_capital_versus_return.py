"""Tests of the chapter "Capital versus return" (aifin_lib.chapters.capital_versus_return)."""

import json
import re

import altair as alt
import numpy as np
import pandas as pd
import pytest
import vl_convert as vlc
from numpy.testing import assert_allclose

from aifin_lib import capital, data, exercises, i18n
from aifin_lib.chapters import capital_versus_return as cvr
from aifin_lib.chapters import introduction
from aifin_lib.viz import charts
from aifin_lib.viz.charts import WIDGET_MIMETYPE


@pytest.fixture(autouse=True)
def _english():
    charts.setup("en")
    yield
    charts.setup("en")


def _svg_texts(chart) -> list[str]:
    svg = vlc.vegalite_to_svg(chart.to_dict())
    return [t.replace("&amp;", "&") for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]


def _money(text: str) -> float:
    return float(text.replace("$", "").replace(",", "").replace("\u2212", "-"))


# --- data assembly ------------------------------------------------------------------------


def test_cahn_steps_reproduce_the_published_essays():
    """Cahn's chain gives $200B (2023) and $600B (2024); the gap equals the published hole."""
    for year, required in ((2023, 200.0), (2024, 600.0)):
        steps = cvr.cahn_steps(year).set_index("step")
        assert_allclose(steps.loc["capital_step_margin", "end"], required)
        assert_allclose(
            steps.loc["capital_step_gap", "end"], data.figure(f"sequoia_{year}_revenue_hole").value
        )
        # a waterfall: each change starts where the previous step ended
        changes = steps[steps["kind"] == "change"]
        assert_allclose(changes["start"].to_numpy()[1:], changes["end"].to_numpy()[:-1])


def test_cahn_steps_reject_other_years():
    """Only the two essays exist: another year is refused with a named parameter."""
    with pytest.raises(ValueError, match="year must be 2023 or 2024"):
        cvr.cahn_steps(2025)


def test_nvidia_run_rate_is_four_quarters():
    """The run rate is four times the quarter's revenue, in the quarters' order; the last
    quarter is the newest in the data (fiscal 2027's first, February to April 2026)."""
    frame = cvr.nvidia_run_rate()
    assert list(frame["quarter"])[-2:] == ["FY2026-Q4", "FY2027-Q1"]
    assert_allclose(frame["run_rate_usd_bn"], 4 * frame["revenue_usd_bn"])
    assert_allclose(frame["revenue_usd_bn"].iloc[-2:], [62.3, 75.2])


def test_needed_versus_earned_derived_rows():
    """Bain's reachable revenue is $2T - $800B = $1.2T; Cahn's 2024 AI revenue is $100B."""
    frame = cvr.needed_versus_earned().set_index("label")
    assert_allclose(frame.loc["capital_earned_bain", "usd_bn"], 1200.0)
    assert_allclose(frame.loc["capital_earned_cahn_2024", "usd_bn"], 100.0)
    assert set(frame["kind"]) == {"needed", "earned"}


def test_financing_shares_add_up_to_morgan_stanley_total():
    """Morgan Stanley's mix: sources sum to $2.9T and their shares to 1; cash flow ~48 %."""
    frame = cvr.financing_shares()
    assert_allclose(frame["usd_bn"].sum(), 2900.0)
    assert_allclose(frame["share"].sum(), 1.0, atol=1e-5)
    assert_allclose(
        frame.loc[frame["part"] == "ms_hyperscaler_cash_flow", "share"].iloc[0],
        1400 / 2900,
        atol=1e-6,
    )


def test_depreciation_frame_moves_cost_in_time_only():
    """Both lives write off the same total; a shorter life charges more in the early years."""
    frame = cvr.depreciation_frame(3.0)
    reported = frame[frame["series"] == "reported"]
    alternative = frame[frame["series"] == "alternative"]
    assert_allclose(reported["usd_bn"].sum(), alternative["usd_bn"].sum(), rtol=1e-6)
    assert_allclose(reported["usd_bn"].sum(), cvr.server_capex().sum(), rtol=1e-6)
    assert (alternative["difference"].iloc[:4] > 0).all()
    # first year by hand: half of $151B over 3 years minus over 6 years
    assert_allclose(reported["difference"].iloc[0], 151 * 0.5 / 3 - 151 * 0.5 / 6, atol=1e-4)


def test_depreciation_frame_rejects_bad_life():
    """A non-positive life is refused by the model with the parameter named."""
    with pytest.raises(ValueError, match="new_life"):
        cvr.depreciation_frame(0.0)


def test_dashboard_frame_matches_the_docstring_example():
    """capital_dashboard's example: Cahn 2024, 6 years, 10 %: $826.6B needed; no debt: no DSCR."""
    row = cvr.dashboard_frame(150.0, 2.0, 0.5, 6, 0.10, 0.4, 100.0).iloc[0]
    assert_allclose(row["steady"], 826.5866, atol=1e-3)
    assert_allclose(row["dscr"], 1.815, atol=1e-3)
    no_debt = cvr.dashboard_frame(150.0, 2.0, 0.5, 6, 0.10, 0.0).iloc[0]
    assert no_debt["dscr"] is None and no_debt["dscr_all"] is None


def test_dashboard_coverage_counts_the_loans_of_every_vintage_in_use():
    """The required revenue assumes `life` vintages in use; in that steady state the loans of
    `life` vintages are repaid at once, so the debt service is `life` times the first year's and
    the coverage `life` times smaller (6 years: 1.4518 / 6 = 0.2420)."""
    row = cvr.dashboard_frame(150.0, 2.0, 0.5, 6.0, 0.10, 0.5).iloc[0]
    assert_allclose(row["service_all"], 6 * row["service"], rtol=1e-12)
    assert_allclose(row["dscr_all"], row["dscr"] / 6, rtol=1e-9)
    assert_allclose(row["dscr_all"], 50.0 / (6 * 0.5 * 300.0 * 0.229607), rtol=1e-5)


def test_dashboard_frame_rejects_bad_input():
    """A margin of 100 % leaves nothing for the capital: the model refuses it by name."""
    with pytest.raises(ValueError, match="end_user_margin"):
        cvr.dashboard_frame(150.0, 2.0, 1.0, 6, 0.10, 0.5)


def test_dashboard_defaults_are_published_figures_or_labelled_assumptions():
    """The initial slider values are Cahn's 2024 inputs, the 6-year life, J.P. Morgan's 10 %
    and the labelled debt-share assumption."""
    values = {s.name: s.value for s in cvr.dashboard_sliders()}
    assert values["gpu_run_rate"] == data.figure("sequoia_2024_nvidia_run_rate").value
    assert values["useful_life"] == data.figure("microsoft_server_life_after").value
    assert values["debt_share"] == cvr.debt_share().value
    assert cvr.debt_share().reason


# --- the Vega expressions agree with the Python model ------------------------------------

SETTINGS = [
    {},  # the defaults
    {
        "gpu_run_rate": 50.0,
        "tco_multiple": 2.0,
        "end_user_margin": 0.5,
        "useful_life": 4.0,
        "target_return": 0.0,
        "debt_share": 1.0,
    },  # r == 0 branch
    {
        "gpu_run_rate": 400.0,
        "tco_multiple": 3.0,
        "end_user_margin": 0.8,
        "useful_life": 2.5,
        "target_return": 0.2,
        "debt_share": 0.05,
    },
    {
        "gpu_run_rate": 25.0,
        "tco_multiple": 1.0,
        "end_user_margin": 0.0,
        "useful_life": 10.0,
        "target_return": 0.07,
        "debt_share": 0.3,
    },
    {
        "gpu_run_rate": 225.0,
        "tco_multiple": 1.7,
        "end_user_margin": 0.35,
        "useful_life": 7.5,
        "target_return": 0.13,
        "debt_share": 0.0,
    },  # no debt
]


@pytest.mark.parametrize("setting", SETTINGS)
def test_static_panel_computes_what_the_model_computes(setting):
    """Rendered in Vega at given slider values, the panel shows the model's numbers."""
    panel = cvr.capital_panel()
    values = panel.initial_values() | setting
    texts = _svg_texts(panel.static_chart(values))
    row = cvr.dashboard_frame(**values).iloc[0]
    labels = {
        i18n.t(k): f
        for k, f in (
            ("capital_bar_cahn", "cahn"),
            ("capital_bar_steady", "steady"),
            ("capital_bar_ai_revenue", "ai_revenue"),
            ("capital_bar_cash_flow", "cash_flow"),
            ("capital_bar_service", "service"),
            ("capital_bar_service_all", "service_all"),
        )
    }
    # bar value labels follow the bar-name labels of each panel, in the same order
    money = [t for t in texts if re.fullmatch(r"\$[\d,]+\.\d", t)]
    expected = [row["cahn"], row["steady"], row["ai_revenue"], row["cash_flow"], row["service"],
                row["service_all"]]
    assert len(money) == len(expected) and all(name in texts for name in labels)
    assert_allclose([_money(t) for t in money], expected, atol=0.051)
    gap = next(t for t in texts if t.startswith(i18n.t("capital_panel_gap")))
    assert_allclose(
        _money(gap.removeprefix(i18n.t("capital_panel_gap"))), row["gap_steady"], atol=0.051
    )
    cover = next(t for t in texts if t.startswith(i18n.t("capital_panel_coverage")))
    shown = cover.removeprefix(i18n.t("capital_panel_coverage"))
    if row["dscr"] is None:
        assert shown == i18n.t("capital_panel_no_debt")
    else:
        first, every = shown.split(i18n.t("capital_panel_coverage_all"))
        assert_allclose(float(first.rstrip("×").replace(",", "")), row["dscr"], atol=0.0051)
        assert_allclose(float(every.rstrip("×").replace(",", "")), row["dscr_all"], atol=0.0051)


def test_expressions_cover_the_closed_forms_of_the_model():
    """Evaluated in Python, the Vega expressions equal capital_dashboard on a random grid."""
    rng = np.random.default_rng(20250601)
    n = 200
    p = {
        "gpu_run_rate": rng.uniform(0, 500, n),
        "tco_multiple": rng.uniform(1, 3, n),
        "end_user_margin": rng.uniform(0, 0.9, n),
        "useful_life": rng.uniform(1, 12, n),
        "target_return": np.where(rng.random(n) < 0.2, 0.0, rng.uniform(-0.05, 0.3, n)),
        "debt_share": rng.uniform(0, 1, n),
    }
    ai = cvr.ai_revenue_2024()
    expected = capital.capital_dashboard(**p, ai_revenue=ai)
    for i in range(n):
        env = {k: float(v[i]) for k, v in p.items()}
        datum = {"ai_revenue": ai}
        for name, expr in cvr.DASHBOARD_EXPRESSIONS.items():
            py = re.sub(r"(\S+) == 0 \? (.+?) : (.+)", r"(\2) if \1 == 0 else (\3)", expr)
            py = re.sub(r"(.+?) > 0 \? (.+?) : null", r"(\2) if \1 > 0 else None", py)
            py = py.replace("datum.", "datum_").replace("pow(", "pow_(")
            scope = {**env, "pow_": pow, **{f"datum_{k}": v for k, v in datum.items()}}
            datum[name] = eval(py, {}, scope)
        assert_allclose(datum["cahn"], expected.required_revenue_cahn[i], rtol=1e-9)
        assert_allclose(datum["steady"], expected.required_revenue_steady[i], rtol=1e-9)
        assert_allclose(datum["service"], expected.debt_service[i], rtol=1e-9, atol=1e-12)
        if datum["dscr"] is not None:
            assert_allclose(datum["dscr"], expected.dscr[i], rtol=1e-9)
        assert_allclose(datum["service_all"], expected.debt_service_steady[i], rtol=1e-9,
                        atol=1e-12)
        if datum["dscr_all"] is not None:
            assert_allclose(datum["dscr_all"], expected.dscr_steady[i], rtol=1e-9)


def test_static_panel_has_six_bound_sliders_and_no_grid():
    """The site view binds six range sliders and carries one data row, not a grid."""
    panel = cvr.capital_panel()
    spec = panel.static_chart().to_dict()
    bound = [p for p in spec["params"] if p.get("bind", {}).get("input") == "range"]
    assert [p["name"] for p in bound] == [s.name for s in cvr.dashboard_sliders()]
    (rows,) = spec["datasets"].values()
    assert len(rows) == 1
    with pytest.raises(NotImplementedError):
        panel.grid()


def test_panel_mimebundle_has_widget_and_static_chart():
    """Shown in a notebook the panel offers the live widget and the static Vega-Lite chart."""
    bundle = cvr.capital_panel()._repr_mimebundle_()
    assert WIDGET_MIMETYPE in bundle and charts.LAB_MIMETYPE in bundle
    assert "params" in bundle[charts.LAB_MIMETYPE]


def test_live_chart_shows_the_model_numbers():
    """The live chart's data come from capital_dashboard at the given slider values."""
    panel = cvr.capital_panel()
    texts = _svg_texts(panel.live_chart(target_return=0.0))
    assert "$600.0" in texts  # zero return: the steady state equals Cahn's figure


# --- charts and prose ---------------------------------------------------------------------


BUILDERS = [
    cvr.capex_chart,
    cvr.nvidia_chart,
    cvr.cahn_chart,
    cvr.needed_chart,
    cvr.financing_chart,
    lambda: cvr.depreciation_dashboard().static_chart(),
    lambda: cvr.capital_panel().static_chart(),
]


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
@pytest.mark.parametrize("builder", BUILDERS)
def test_every_chart_builds_with_title_and_alt_text(builder, lang):
    """Each chart has a title and a description in both languages and draws without NaN."""
    charts.setup(lang)
    chart = builder()
    spec = chart.to_dict()
    assert spec.get("description") and spec.get("title")
    text = json.dumps(spec)
    assert "NaN" not in text
    if lang == i18n.SOURCE_LANGUAGE:  # drawing once is enough: the languages differ only in labels
        svg = vlc.vegalite_to_svg(spec)
        assert "NaN" not in svg and "<svg" in svg


def test_depreciation_dashboard_grid_is_small_and_finite():
    """The depreciation slider grid stays small and has no NaN."""
    grid = cvr.depreciation_dashboard().grid()
    assert len(grid) < 5000
    assert np.isfinite(grid.select_dtypes("number").to_numpy()).all()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_prose_figures_are_formatted_and_finite(lang):
    """Every glued number is a non-empty text, without NaN or inf, in the language's format."""
    figures = cvr.prose_figures(lang)
    assert all(isinstance(v, str) and v for v in figures.values())
    assert not any(w in v.lower() for v in figures.values() for w in ("nan", "inf"))
    assert all(k.startswith("capital_") for k in figures)
    if lang == "nl":
        assert figures["capital_dash_dscr"] == "1,45"
        assert figures["capital_dash_dscr_all"] == "0,24"
    else:
        assert figures["capital_dash_dscr"] == "1.45"
        assert figures["capital_dash_dscr_all"] == "0.24"
        assert figures["capital_cahn_2023_required"] == "$200B"
        assert figures["capital_jpm_implied_capital"] == "6.5 trillion dollars"


def test_labels_exist_in_both_languages():
    """Every capital_ label has Dutch and English text, and the module's keys are all defined."""
    labels = {key: entry for key, entry in i18n.CATALOGUE.items() if key.startswith("capital_")}
    for entry in labels.values():
        assert entry["nl"] and entry["en"]
    for row in cvr.OPENAI_ROWS + cvr.SERVER_LIFE_ROWS:
        assert row.label_key in labels
        data.figure(row.metric_id)


def test_chart_data_are_rounded():
    """Chart data carry at most six decimals, so outputs are identical across machines."""
    for frame in (
        cvr.needed_versus_earned(),
        cvr.financing_shares(),
        cvr.depreciation_frame(4.5),
        cvr.cahn_steps(2024),
    ):
        numbers = frame.select_dtypes("number").to_numpy(dtype=float)
        assert_allclose(numbers, np.round(numbers, 6))


def test_altair_is_the_only_chart_type():
    """Builders return Altair charts (the renderer turns them into offline Vega-Lite)."""
    assert isinstance(cvr.cahn_chart(), alt.VConcatChart)
    assert isinstance(cvr.capex_chart(), alt.LayerChart)
    assert isinstance(cvr.needed_versus_earned(), pd.DataFrame)


# --- exercises: defined once, shared by the worksheet and the worked solutions -------------


def test_the_worksheet_checks_with_the_chapters_own_functions():
    """capital-1..5 are the chapter's EXERCISES, with their former units and tolerances."""
    expected = {"capital-1": ("usd_bn", 0.01), "capital-2": ("usd_bn", 0.01),
                "capital-3": ("per_year", 0.01), "capital-4": ("years", 0.02),
                "capital-5": ("usd_bn", 0.01)}
    assert {e.exercise_id: (e.unit, e.rel_tol) for e in cvr.EXERCISES} == expected
    for ex in cvr.EXERCISES:
        assert exercises.EXERCISES[ex.exercise_id] is ex
        assert ex.chapter == "capital_versus_return"


def test_exercise_answers_by_hand():
    """Cahn 2023: 50 x 2 / 0.5 = 200 and / 0.6 = 166.7 at a 40 % margin; CRF(10 %, 6) = 0.2296;
    $300B earning 10 % from $50B of cash a year lasts ln(1/0.4)/ln(1.1) = 9.61 years; $60B a
    year for three years over 6 instead of 4 years: 45 - 30 = $15B more earnings in year 3."""
    answers = {ex.exercise_id: ex.compute() for ex in cvr.EXERCISES}
    assert_allclose(answers["capital-1"], 200.0)
    assert_allclose(answers["capital-2"], 100.0 / 0.6)
    assert_allclose(answers["capital-3"], 0.1 / (1 - 1.1 ** -6))
    assert_allclose(answers["capital-4"], np.log(1 / 0.4) / np.log(1.1))
    assert_allclose(answers["capital-5"], 15.0)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_worked_solutions_show_the_worksheet_answers(lang):
    """The notebook's solutions quote the very numbers the checker expects."""
    figures = cvr.prose_figures(lang)
    answers = {ex.exercise_id: ex.compute() for ex in cvr.EXERCISES}
    assert figures["capital_ex1_required"] == i18n.fmt_usd_bn(answers["capital-1"], lang)
    assert figures["capital_ex1_margin40"] == i18n.fmt_usd_bn(answers["capital-2"], lang)
    assert figures["capital_ex4_crf6"] == i18n.fmt_number(answers["capital-3"], lang, 4)
    assert figures["capital_ex2_life_10"] == i18n.t_plural(
        "n_years", round(answers["capital-4"], 1), lang)
    assert figures["capital_ex3_boost_y3"] == i18n.fmt_usd_bn(answers["capital-5"], lang)


def test_exercise_functions_take_named_parameters():
    """The solutions vary the worksheet's inputs by name: a 0 % return lasts K / (R m) years,
    and at 20 % no life is long enough; the J.P. Morgan revenue over 6 years is the one the
    analysts' paragraph shows for the reported life."""
    assert_allclose(cvr.breakeven_life(target_return=0.0), 300.0 / 50.0)
    assert np.isinf(cvr.breakeven_life(target_return=0.20))
    assert_allclose(cvr.jpm_revenue_over_life(life=cvr.reported_life()),
                    cvr.jpm_revenue_over_life())
    assert_allclose(cvr.cahn_required(2024), 600.0)


def test_bad_exercise_inputs_are_refused_by_name():
    """A year without an essay, a figure Cahn did not publish, a year outside exercise 3 and an
    unknown slider are refused with the parameter named (exercise 3's earnings differ for eight
    years: three of spending, then the write-offs of the longer life)."""
    with pytest.raises(ValueError, match="year must be 2023 or 2024"):
        cvr.cahn_required(2025)
    with pytest.raises(ValueError, match="figure must be one of"):
        cvr.cahn_metric(2023, "margin")
    with pytest.raises(ValueError, match="year must be 1 to 8"):
        cvr.earnings_boost(year=0)
    with pytest.raises(ValueError, match="changes must name sliders"):
        cvr.dashboard_result(life=4.0)


def test_breakeven_debt_share_gives_coverage_one():
    """At the break-even share of the capex borrowed, the first year's coverage is exactly 1."""
    share = cvr.breakeven_debt_share()
    assert 0.0 < share < 1.0
    assert_allclose(cvr.dashboard_result(debt_share=share).dscr, 1.0, rtol=1e-12)


def test_assumptions_are_read_once_from_the_data():
    """The debt share is the introduction's accessor of data/assumptions.csv, not a copy."""
    assert cvr.debt_share is introduction.debt_share
    assert cvr.debt_share() == data.assumption("capex_debt_share")
    assert cvr.server_share() == data.assumption("server_capex_share")


def test_the_old_module_path_still_works():
    """aifin_lib.capital_charts resolves every former name from the chapter's new home."""
    import aifin_lib.capital_charts as old

    for name in old.__all__:
        assert getattr(old, name) is not None, name
    assert old.capital_panel is cvr.capital_panel
    assert old._panel_chart is cvr.panel._panel_chart
    assert old.AI_REVENUE_2024 == cvr.ai_revenue_2024()
    assert old.DEBT_SHARE_ASSUMPTION == cvr.debt_share()
    assert old._js('say "hi"') == '"say \\"hi\\""'
    with pytest.raises(AttributeError, match="no attribute 'missing'"):
        old.missing  # noqa: B018
