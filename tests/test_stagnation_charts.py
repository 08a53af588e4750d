"""Tests of aifin_lib.stagnation_charts: the chapter's data, charts and glued numbers."""

import json

import numpy as np
import pytest
from numpy.testing import assert_allclose

from aifin_lib import i18n
from aifin_lib import stagnation_charts as sc
from aifin_lib.scenario import HOLDERS, run_scenario


@pytest.fixture(autouse=True)
def english():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def test_exercise_clearing_known_answer():
    """The by-hand exercise: A pays 2 + 2 = 4, B pays 1 + 0.6 * 4 = 3.4, C pays its 2 in full;
    with alpha = beta = 1/2: A pays 1 + 1 = 2, B pays 0.5 + 0.5 * 0.6 * 2 = 1.1."""
    en, rv = sc._exercise_clearing()
    assert_allclose(en, [4.0, 3.4, 2.0])
    assert_allclose(rv, [2.0, 1.1, 2.0])


def test_prose_figures_same_keys_in_both_languages():
    """Both languages glue the same keys, all prefixed stag_, none empty."""
    en, nl = sc.prose_figures("en"), sc.prose_figures("nl")
    assert en.keys() == nl.keys()
    assert all(k.startswith("stag_") and v for k, v in en.items())
    assert "mld." in nl["stag_d03"] and en["stag_d03"] == "$300B"


def test_domino_frame_matches_the_model():
    """The dashboard's rows are the scenario's default years and losses."""
    frame = sc.domino_frame(-25.0, 35.0, 0.0)
    res = run_scenario(sc.network(), "stagnation", growth=-0.25, residual_value_fraction=0.35)
    losses = frame[frame["kind"] == "loss"]["usd_bn"].to_numpy()
    assert_allclose(losses, [res.losses[h] for h in HOLDERS], atol=1e-3)
    firms = frame[frame["kind"] == "firm"]
    assert (firms["year"] > 0).sum() == len(res.defaulted)


def test_dashboard_grid_is_small_and_finite():
    """The static grid stays under 5,000 rows and has no NaN; the initial values are on it."""
    dash = sc.domino_dashboard()
    grid = dash.grid()
    assert len(grid) < 5000
    assert np.isfinite(grid.select_dtypes("number").to_numpy()).all()
    assert grid["usd_bn"].max() <= sc.LOSS_AXIS_MAX  # the fixed axis shows every bar whole
    spec = dash.static_chart().to_dict()
    assert {p["name"] for p in spec["params"]} == {"growth_pct", "residual_pct", "shock"}


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize(
    "build",
    [sc.losses_chart, sc.monte_carlo_chart, sc.sensitivity_chart],
)
def test_every_chart_builds_with_title_and_description(lang, build):
    """Each chart serialises to Vega-Lite with a translated title and alt text, no NaN."""
    i18n.set_language(lang)
    spec = build().to_dict()
    assert spec["title"] and spec["description"]
    assert "NaN" not in json.dumps(spec)


def test_monte_carlo_shares_sum_to_one():
    """Each path's histogram shares add up to one."""
    frame = sc.monte_carlo_frame()
    for _, group in frame.groupby("path"):
        assert_allclose(group["share"].sum(), 1.0, atol=1e-5)


def test_sensitivity_directions():
    """More residual value never raises lenders' losses; full recovery (Eisenberg-Noe) loses
    less than heavy default costs (alpha = beta = 0.5)."""
    frame = sc.sensitivity_frame()
    resid = frame[frame["panel"] == "residual"].sort_values("x")["usd_bn"].to_numpy()
    assert np.all(np.diff(resid) <= 1e-9)
    assert resid[-1] == 0.0
    costs = frame[frame["panel"] == "default_costs"].set_index("x")["usd_bn"]
    assert costs.loc[0.5] > costs.loc[1.0]


def test_tables_are_deterministic_html():
    """The assumptions and inputs tables render the same HTML twice, one row per item."""
    a1, a2 = sc.assumptions_table("nl"), sc.assumptions_table("nl")
    assert a1 == a2 and a1.count("<tr>") >= 20
    i1 = sc.inputs_table("en")
    assert i1 == sc.inputs_table("en") and "assumption" in i1 and "data" in i1
