"""Tests of aifin_lib.chapters.supervision_and_transparency: charts build, numbers come from
the model, worked solutions and worksheet checks share their compute functions."""

from __future__ import annotations

import numpy as np
import pytest

import aifin_lib.chapters.supervision_and_transparency as sc
from aifin_lib import i18n
from aifin_lib.regulation import Policy, evaluate, severe_scenario
from aifin_lib.scenario import build_network


@pytest.fixture(autouse=True)
def _english():
    """Charts read the active language."""
    i18n.set_language("en")


def test_comparison_frame_matches_model():
    """No-policy credit losses equal evaluate(Policy()) in both cases; all values finite."""
    frame = sc.comparison_frame()
    for name, scenario in (("bust", "bust"), ("severe", severe_scenario())):
        ev = evaluate(Policy(), scenario)
        none = frame[(frame.scenario == name) & (frame.lever == "none") & (frame.kind == "loss")]
        np.testing.assert_allclose(none.usd_bn.sum(), ev.credit_loss, atol=0.01)
    assert np.isfinite(frame.usd_bn).all() and (frame.usd_bn >= 0).all()
    bust = frame[(frame.scenario == "bust") & (frame.kind == "loss")]
    assert bust.usd_bn.sum() == 0.0  # on the calibrated bust path no lender loses


def test_tradeoff_costs_rise_as_rules_tighten():
    """Along each lever's sweep the investment forgone never falls."""
    frame = sc.tradeoff_frame()
    for _, g in frame.groupby("lever"):
        assert np.all(np.diff(g.sort_values("step").forgone) >= -1e-9)


def test_charts_build_with_titles_and_descriptions():
    """Every chart renders to a Vega-Lite dict with a title and a description."""
    for chart in (sc.comparison_chart(), sc.tradeoff_chart()):
        spec = chart.to_dict()
        assert spec["title"] and spec["description"]


def test_mixer_frame_neutral_position_is_no_policy():
    """The mixer at its initial position reproduces no policy in the severe case."""
    dash = sc.mixer_dashboard()
    frame = sc.mixer_frame(**dash.initial_values())
    assert np.isfinite(frame.usd_bn).all()
    ev = evaluate(Policy(), severe_scenario())
    np.testing.assert_allclose(frame[frame.kind == "loss"].usd_bn.sum(), ev.credit_loss,
                               atol=0.01)
    assert frame[frame.kind == "cost"].usd_bn.sum() == 0.0


def test_exercise_answers_come_from_the_model():
    """The disclosure exercise uses the model's formula; the leverage exercise its closed form."""
    assert sc.exercise_ltv_size() == pytest.approx(40.0)
    assert sc.exercise_ltv_debt() == pytest.approx(30.0)
    assert 0.0 < sc.exercise_disclosure_factor() < 1.0
    assert sc.exercise_stress_capital() == pytest.approx(
        evaluate(Policy(), severe_scenario()).credit_loss)


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_statements_table_and_prose(lang):
    """The statements table links every source; every prose figure is a non-empty string."""
    table = sc.statements_table(lang)
    assert table.count("<a href=") >= len(sc.STATEMENTS)
    figures = sc.prose_figures(lang)
    assert all(isinstance(v, str) and v for v in figures.values())
    assert all(k.startswith("supervision_") for k in figures)


def test_worksheet_exercises_are_the_chapter_functions():
    """The worksheet's answers are the chapter's compute functions; the prose shows them."""
    worksheet = {e.exercise_id: e for e in sc.EXERCISES}
    assert list(worksheet) == [f"supervision-{k}" for k in range(1, 6)]
    assert all(e.chapter == "supervision_and_transparency" for e in sc.EXERCISES)
    answers = {k: e.compute() for k, e in worksheet.items()}
    assert answers["supervision-2"] == sc.investment_forgone(Policy(disclosure=1.0))
    assert answers["supervision-3"] == sc.investment_forgone(Policy(max_loan_to_value=0.6))
    assert answers["supervision-4"] == sc.capital_required(Policy(capital_ratio=0.1))
    assert answers["supervision-5"] == sc.exercise_stress_capital()
    for lang in i18n.LANGUAGES:
        prose = sc.prose_figures(lang)
        money = lambda v, lang=lang: i18n.fmt_usd_bn(v, lang)  # noqa: E731
        assert prose["supervision_round_trip"] == money(answers["supervision-1"])
        assert prose["supervision_disc_forgone"] == money(answers["supervision-2"])
        assert prose["supervision_cap_required"] == money(answers["supervision-4"])
        assert prose["supervision_st_capital"] == money(answers["supervision-5"])
        assert prose["supervision_ex4_capital"] == money(answers["supervision-5"])


@pytest.mark.parametrize("lever", list(sc.LEVER_SETTINGS))
def test_costs_of_a_lever_do_not_depend_on_the_scenario(lever):
    """Investment forgone and capital required are the same on both scenarios (what lets the
    worksheet ask on the bust path what the chapter shows for the severe case)."""
    policy = sc.LEVER_SETTINGS[lever]
    bust, severe = evaluate(policy, "bust"), evaluate(policy, severe_scenario())
    assert sc.investment_forgone(policy) == bust.investment_forgone_usd_bn
    assert severe.investment_forgone_usd_bn == bust.investment_forgone_usd_bn
    assert sc.capital_required(policy) == bust.capital_required_usd_bn
    assert severe.capital_required_usd_bn == bust.capital_required_usd_bn


def test_evaluations_are_kept_per_network(monkeypatch):
    """Another default network (another data folder) gets evaluations of its own."""
    policy = Policy(disclosure=1.0)
    first = sc._evaluate(policy, "bust")
    assert sc._evaluate(policy, "bust") is first
    other = build_network()
    monkeypatch.setattr(sc, "default_network", lambda: other)
    again = sc._evaluate(policy, "bust")
    assert again is not first and other in sc._EVALUATIONS
    assert again.investment_forgone_usd_bn == pytest.approx(first.investment_forgone_usd_bn)


def test_old_import_path_gives_the_same_objects():
    """``aifin_lib.supervision_charts`` still resolves every name, to the chapter's own object."""
    from aifin_lib import supervision_charts

    for name in dir(supervision_charts):
        assert getattr(supervision_charts, name) is getattr(sc, name), name
    with pytest.raises(AttributeError, match="no_such_name"):
        supervision_charts.no_such_name  # noqa: B018
