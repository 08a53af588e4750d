"""Tests of aifin_lib.scenario: the stagnation scenario's balance sheets, clearing and losses."""

import itertools
import shutil

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from aifin_lib import data
from aifin_lib.scenario import (
    HOLDERS,
    LENDERS,
    PATHS,
    ScenarioNetwork,
    build_network,
    load_assumptions,
    monte_carlo,
    revenue_path,
    run_scenario,
)


@pytest.fixture(scope="module")
def net() -> ScenarioNetwork:
    return build_network()


def _deal(deal_id: str) -> pd.Series:
    return data.load("deals").set_index("deal_id").loc[deal_id]


# ---------------------------------------------------------------- balance sheets from data


def test_contracts_come_from_deals_by_id(net):
    """D03 (OpenAI-Oracle) is its amount over its term per year from 2027; D15 from 2026."""
    o, oracle, amazon = net.index("openai"), net.index("oracle"), net.index("amazon")
    d03, d15 = _deal("D03"), _deal("D15")
    per_year = d03["amount_usd_bn"] / d03["years"]
    years = np.array(net.years)
    expected = np.where((years >= 2027) & (years < 2027 + d03["years"]), per_year, 0.0)
    assert_allclose(net.contracts[:, o, oracle], expected)
    expected15 = np.where(years < years[0] + d15["years"], d15["amount_usd_bn"] / d15["years"], 0)
    assert_allclose(net.contracts[:, o, amazon], expected15)


def test_oracle_debt_is_sourced(net):
    """Oracle's debt is its long-term debt (macro.csv) plus the bonds B02 and B06."""
    expected = (
        data.figure("oracle_2025_long_term_debt").value
        + _deal("B02")["amount_usd_bn"]
        + _deal("B06")["amount_usd_bn"]
    )
    assert_allclose(net.debt[net.index("oracle")], expected)
    assert_allclose(net.lender_shares[net.index("oracle")], [0.0, 0.0, 1.0])


def test_balance_sheet_shapes_and_signs(net):
    """Matrices are non-negative with zero diagonal; lenders owe nothing; shares sum to 1."""
    T, n = len(net.years), len(net.firms)
    assert net.contracts.shape == net.debt_service.shape == (T, n, n)
    assert (net.contracts >= 0).all() and (net.debt_service >= 0).all()
    assert np.all(np.einsum("tii->ti", net.contracts + net.debt_service) == 0)
    lend = net.lender_nodes
    assert (net.contracts[:, lend, :] == 0).all() and (net.debt_service[:, lend, :] == 0).all()
    indebted = net.debt > 0
    assert_allclose(net.lender_shares[indebted].sum(axis=1), 1.0)
    assert (net.lender_shares[~indebted] == 0).all()
    assert not net.contracts.flags.writeable


def test_inputs_table_labels_every_item(net):
    """Every balance-sheet item says whether it is data or an assumption and names its ids."""
    assert set(net.inputs["basis"]) == {"data", "assumption"}
    assert net.inputs["reference"].str.len().gt(0).all()
    assert np.isfinite(net.inputs["value_usd_bn"]).all()


def test_assumptions_table_is_documented():
    """Every assumption row has a rationale; cited sources exist; fractions lie in [0, 1]."""
    table = data.load("assumptions")
    assert table["parameter"].is_unique
    assert table["rationale"].str.strip().str.len().gt(10).all()
    known = set(data.load("sources")["source_id"])
    for cell in table["source_id"].dropna():
        assert set(data.source_ids(cell)) <= known
    fractions = table[table["unit"] == "fraction"]["value"]
    assert ((fractions >= 0) & (fractions <= 1)).all()


@pytest.mark.parametrize(
    ("column", "bad", "message"),
    [
        ("unit", "percent_ish", "unit"),
        ("rationale", "", "rationale"),
        ("source_id", "no_such_source_2099", "unknown source"),
        ("parameter", "Not A Slug", "parameter"),
    ],
)
def test_assumptions_schema_rejects_bad_rows(tmp_path, column, bad, message):
    """A malformed assumptions.csv raises DataValidationError naming the column or problem."""
    for path in data.DATA_DIR.glob("*.csv"):
        shutil.copy(path, tmp_path / path.name)
    frame = pd.read_csv(tmp_path / "assumptions.csv", dtype=str, keep_default_na=False)
    frame.loc[0, column] = bad
    frame.to_csv(tmp_path / "assumptions.csv", index=False)
    with pytest.raises(data.DataValidationError, match=message):
        data.load("assumptions", tmp_path)


# ---------------------------------------------------------------- revenue paths


def test_revenue_path_closed_form():
    """Before the stall revenue grows at the base rate, after it at the stalled rate."""
    years = [2026, 2027, 2028, 2029]
    got = revenue_path(
        "stagnation", years, start=20.0, base_growth=0.5, stall_year=2028, growth=0.1
    )
    assert_allclose(got, [30.0, 45.0, 49.5, 54.45])
    bust = revenue_path("bust", years, start=20.0, base_growth=0.5, stall_year=2028, growth=-0.5)
    assert_allclose(bust, [30.0, 45.0, 22.5, 11.25])
    assert_allclose(
        revenue_path("base", years, start=20.0, base_growth=0.5), 20.0 * 1.5 ** np.arange(1, 5)
    )


def test_revenue_path_vectorised():
    """An array of growth rates gives one path per rate, equal to the scalar paths."""
    g = np.array([-0.2, 0.0, 0.3])
    paths = revenue_path("stagnation", range(2026, 2031), 20.0, 0.6, 2027, g)
    assert paths.shape == (3, 5)
    for row, gi in zip(paths, g, strict=True):
        assert_allclose(row, revenue_path("stagnation", range(2026, 2031), 20.0, 0.6, 2027, gi))


def test_base_growth_reaches_the_2030_projection(net):
    """The base path goes from the end-2025 run-rate to OpenAI's 2030 projection."""
    base = revenue_path("base", net.years, net.revenue_start, net.base_growth)
    target = data.figure("openai_projected_revenue_2030").value
    assert_allclose(base[net.years.index(2030)], target)


# ---------------------------------------------------------------- invariants


def _check_bounds(res):
    for h in HOLDERS:
        assert -1e-9 <= res.losses[h] <= res.exposures[h] + 1e-9, h
    assert res.residual_recovered <= res.residual_value + 1e-9
    assert res.residual_value <= res.infrastructure_defaulted + 1e-9
    assert (res.payments <= res.obligations + 1e-9).all() and (res.payments >= -1e-12).all()


@settings(max_examples=25, deadline=None)
@given(
    path=st.sampled_from(PATHS),
    growth=st.floats(-0.6, 0.6),
    rv=st.floats(0.0, 1.0),
    oc=st.floats(0.0, 1.0),
    shock=st.floats(0.0, 80.0),
    firm=st.sampled_from(["openai", "oracle", "coreweave", "vantage", "microsoft"]),
)
def test_losses_never_exceed_exposures(net, path, growth, rv, oc, shock, firm):
    """Losses are >= 0 and at most the exposure of each holder; recovery <= residual value."""
    res = run_scenario(
        net,
        path,
        growth=growth,
        residual_value_fraction=rv,
        other_cost_share=oc,
        shock_firm=firm,
        shock_usd_bn=shock,
    )
    _check_bounds(res)


def test_no_defaults_with_ample_cash():
    """If the lab is always funded generously, nobody defaults even on the bust path."""
    rich = build_network({"funding_growth_threshold": -0.99, "funding_to_revenue": 20.0})
    for path in PATHS:
        res = run_scenario(rich, path)
        assert res.defaulted == ()
        assert res.total_loss == 0.0


def test_base_path_has_no_defaults(net):
    """On the projected path with the table's assumptions, every obligation is paid."""
    res = run_scenario(net, "base")
    assert res.defaulted == () and res.total_loss == 0.0
    assert_allclose(res.payments, res.obligations)


@pytest.mark.parametrize("rv", [0.0, 0.35, 1.0])
def test_paths_are_ordered(net, rv):
    """Stagnation is at least as bad as base and bust at least as bad as stagnation."""
    res = {p: run_scenario(net, p, residual_value_fraction=rv) for p in PATHS}
    for better, worse in (("base", "stagnation"), ("stagnation", "bust")):
        assert len(res[worse].defaulted) >= len(res[better].defaulted)
        assert res[worse].total_loss >= res[better].total_loss - 1e-9
        assert set(res[better].defaulted) <= set(res[worse].defaulted)


@settings(max_examples=20, deadline=None)
@given(g1=st.floats(-0.6, 0.6), g2=st.floats(-0.6, 0.6), rv=st.floats(0.0, 1.0))
def test_monotone_in_growth(net, g1, g2, rv):
    """Faster growth after the stall never adds defaults, brings none forward or adds loss."""
    lo, hi = sorted((g1, g2))
    slow = run_scenario(net, "stagnation", growth=lo, residual_value_fraction=rv)
    fast = run_scenario(net, "stagnation", growth=hi, residual_value_fraction=rv)
    assert set(fast.defaulted) <= set(slow.defaulted)
    assert fast.total_loss <= slow.total_loss + 1e-9
    for i in np.flatnonzero(fast.default_year >= 0):
        assert slow.default_year[i] <= fast.default_year[i]


def test_higher_residual_value_lowers_lender_losses(net):
    """Defaults do not depend on the residual value; lender losses fall as it rises."""
    runs = [run_scenario(net, "bust", residual_value_fraction=r) for r in (0.0, 0.3, 0.6, 1.0)]
    assert len({r.defaulted for r in runs}) == 1
    lender = [sum(r.losses[k] for k in LENDERS) for r in runs]
    assert all(a >= b - 1e-9 for a, b in itertools.pairwise(lender))
    assert runs[0].residual_recovered == 0.0


def test_lender_loss_accounting(net):
    """Lender losses plus recovery equal unpaid interest plus principal of the defaulters."""
    res = run_scenario(net, "bust", growth=-0.4)
    assert res.defaulted
    lend = net.lender_nodes
    claims = 0.0
    for t in range(len(net.years)):
        for i in np.flatnonzero(res.defaults_by_year[t]):
            due = net.debt_service[t, i, lend].sum()
            paid_share = res.payments[t, i] / res.obligations[t, i]
            claims += due * (1.0 - paid_share) + net.principal[t + 1, i]
    lender = sum(res.losses[k] for k in LENDERS)
    assert_allclose(lender + res.residual_recovered, claims, rtol=1e-9)


def test_equity_loss_of_the_lab_default(net):
    """With no growth only the lab defaults; its creditors lose the unpaid and later contracts."""
    res = run_scenario(net, "stagnation", growth=0.0)
    assert res.defaulted == ("openai",)
    t = int(np.flatnonzero(res.defaults_by_year[:, net.ai_lab])[0])
    o = net.ai_lab
    unpaid = net.contracts[t, o].sum() * (1.0 - res.payments[t, o] / res.obligations[t, o])
    later = net.contracts[t + 1 :, o].sum()
    assert_allclose(res.losses["equity"], unpaid + later, rtol=1e-9)
    assert sum(res.losses[k] for k in LENDERS) == 0.0


def test_lab_pays_all_it_has_when_it_defaults(net):
    """In its default year the lab (owed nothing) pays its cash plus net revenue, no more."""
    oc = net.assumptions["openai_other_cost_share"]
    res = run_scenario(net, "stagnation", growth=0.0)
    o = net.ai_lab
    t = int(np.flatnonzero(res.defaults_by_year[:, o])[0])
    assert res.revenue[t] / res.revenue[t - 1] - 1 < net.assumptions["funding_growth_threshold"]
    assert_allclose(res.payments[t, o], res.cash[t, o] + res.revenue[t] * (1 - oc))
    assert res.payments[t, o] < res.obligations[t, o]


def test_rogers_veraart_with_full_recovery_equals_eisenberg_noe(net):
    """alpha = beta = 1 reproduces Eisenberg-Noe, waves included."""
    for kw in (
        {"path": "bust"},
        {"path": "stagnation", "shock_firm": "oracle", "shock_usd_bn": 40.0},
    ):
        en = run_scenario(net, **kw)
        rv = run_scenario(net, **kw, method="rogers_veraart", alpha=1.0, beta=1.0)
        assert en.waves == rv.waves
        assert_allclose(en.payments, rv.payments, atol=1e-9)
        assert_allclose([en.losses[h] for h in HOLDERS], [rv.losses[h] for h in HOLDERS])


def test_default_costs_make_things_worse(net):
    """Rogers-Veraart with alpha, beta < 1 loses at least as much as Eisenberg-Noe."""
    en = run_scenario(net, "bust")
    rv = run_scenario(net, "bust", method="rogers_veraart", alpha=0.5, beta=0.5)
    assert set(en.defaulted) <= set(rv.defaulted)
    assert rv.total_loss >= en.total_loss - 1e-9


def test_shock_spreads_in_waves(net):
    """A cash loss at Oracle topples it in 2026 and its lessor Vantage in the next round."""
    res = run_scenario(net, "stagnation", shock_firm="oracle", shock_usd_bn=40.0)
    assert res.waves[:2] == ((2026, 0, ("oracle",)), (2026, 1, ("vantage",)))


# ---------------------------------------------------------------- Monte Carlo


def test_monte_carlo_is_reproducible(net):
    """The same seed gives identical draws and results; another seed other draws."""
    a, b = monte_carlo(50, 11, net), monte_carlo(50, 11, net)
    for key in a.samples:
        assert_allclose(a.samples[key], b.samples[key])
    assert_allclose(a.losses, b.losses)
    assert (a.default_year == b.default_year).all()
    c = monte_carlo(50, 12, net)
    assert not np.allclose(a.samples["growth"], c.samples["growth"])


@pytest.mark.parametrize(
    "kwargs",
    [
        {"path": "stagnation"},
        {"path": "bust"},
        {"path": "base", "shock_firm": "coreweave", "shock_usd_bn": 5.0},
    ],
)
def test_batch_equals_loop(net, kwargs):
    """The vectorised Monte Carlo equals a plain loop of run_scenario, scenario by scenario."""
    batch = monte_carlo(40, 5, net, **kwargs)
    loop = monte_carlo(40, 5, net, batched=False, **kwargs)
    assert (batch.default_year == loop.default_year).all()
    assert_allclose(batch.losses, loop.losses, atol=1e-9)
    assert_allclose(batch.residual_recovered, loop.residual_recovered, atol=1e-9)


def test_monte_carlo_draws_lie_in_their_ranges(net):
    """Draws stay inside the ranges of assumptions.csv; losses are finite and >= 0."""
    mc = monte_carlo(300, 3, net)
    a = net.assumptions
    for key, stem in (
        ("growth", "stagnation_growth"),
        ("residual_value_fraction", "residual_value_fraction"),
        ("other_cost_share", "openai_other_cost_share"),
    ):
        assert mc.samples[key].min() >= a[f"{stem}_low"]
        assert mc.samples[key].max() <= a[f"{stem}_high"]
    assert np.isfinite(mc.losses).all() and (mc.losses >= 0).all()
    assert list(mc.loss_frame().columns) == list(HOLDERS)


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda n: run_scenario(n, "boom"), "path"),
        (lambda n: run_scenario(n, method="furfine"), "method"),
        (lambda n: run_scenario(n, growth=-1.0), "growth"),
        (lambda n: run_scenario(n, residual_value_fraction=1.5), "residual_value_fraction"),
        (lambda n: run_scenario(n, other_cost_share=-0.1), "other_cost_share"),
        (lambda n: run_scenario(n, alpha=2.0, method="rogers_veraart"), "alpha"),
        (lambda n: run_scenario(n, shock_firm="acme", shock_usd_bn=1.0), "firm"),
        (lambda n: run_scenario(n, shock_firm="banks", shock_usd_bn=1.0), "shock_firm"),
        (lambda n: run_scenario(n, shock_firm="oracle", shock_usd_bn=-1.0), "shock_usd_bn"),
        (lambda n: run_scenario(n, shock_usd_bn=1.0), "shock_firm"),
        (lambda n: monte_carlo(0, 1, n), "n must be"),
        (lambda n: monte_carlo(10, 1.5, n), "seed"),
        (lambda n: build_network(year=1850), "year"),
        (lambda n: load_assumptions({"no_such_parameter": 1.0}), "no_such_parameter"),
        (lambda n: load_assumptions({"provider_opex_share": 1.2}), "provider_opex_share"),
        (lambda n: load_assumptions({"lease_coverage": 0.0}), "lease_coverage"),
        (lambda n: load_assumptions({"stall_year": 2027.5}), "stall_year"),
        (lambda n: load_assumptions({"bust_growth": float("nan")}), "bust_growth"),
        (lambda n: revenue_path("boom", [2026]), "kind"),
        (lambda n: revenue_path("stagnation", [2026, 2028], growth=0.0), "years"),
        (lambda n: revenue_path("stagnation", [2026]), "growth"),
        (lambda n: revenue_path("base", [2026], start=0.0), "start"),
    ],
)
def test_bad_input_raises_naming_the_parameter(net, call, message):
    """Invalid input raises ValueError whose message names the parameter."""
    with pytest.raises(ValueError, match=message):
        call(net)


def test_wrong_types_raise_type_error():
    """A network that is not a ScenarioNetwork, or assumptions of a wrong type, are refused."""
    with pytest.raises(TypeError, match="network"):
        run_scenario("network")
    with pytest.raises(TypeError, match="assumptions"):
        load_assumptions(42)
