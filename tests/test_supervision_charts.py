"""Tests of aifin_lib.supervision_charts: charts build, numbers are finite, labels exist."""

from __future__ import annotations

import numpy as np
import pytest

from aifin_lib import i18n
from aifin_lib import supervision_charts as sc
from aifin_lib.regulation import Policy, evaluate


@pytest.fixture(autouse=True)
def _english():
    """Charts read the active language."""
    i18n.set_language("en")


def test_comparison_frame_matches_model():
    """The comparison's no-policy losses equal evaluate(Policy()) on the bust path."""
    frame = sc.comparison_frame()
    ev = evaluate(Policy(), "bust")
    none = frame[(frame.lever == "none") & (frame.kind == "loss")]
    np.testing.assert_allclose(none.usd_bn.sum(), round(ev.total_loss, 3), atol=0.01)
    assert np.isfinite(frame.usd_bn).all() and (frame.usd_bn >= 0).all()


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


def test_mixer_frame_no_nan_and_neutral_position():
    """The mixer at its initial position reproduces no policy; values are finite."""
    frame = sc.mixer_frame(0.0, 90.0, 0.0, 0.0, 0.0)
    assert np.isfinite(frame.usd_bn).all()
    ev = evaluate(Policy(), "bust")
    np.testing.assert_allclose(frame[frame.kind == "loss"].usd_bn.sum(), ev.total_loss, atol=0.01)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_statements_table_and_prose(lang):
    """The statements table links every source; every prose figure is a non-empty string."""
    table = sc.statements_table(lang)
    assert table.count("<a href=") >= len(sc.STATEMENTS)
    figures = sc.prose_figures(lang)
    assert all(isinstance(v, str) and v for v in figures.values())
    assert all(k.startswith("sup_") for k in figures)
