"""Tests of aifin_lib.supervision_charts: charts build, numbers come from the model."""

from __future__ import annotations

import numpy as np
import pytest

from aifin_lib import i18n
from aifin_lib import supervision_charts as sc
from aifin_lib.regulation import Policy, evaluate, severe_scenario


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
