"""Tests of aifin_lib.scenario: calibration from data, clearing, losses and cash tables."""

import inspect
import itertools
import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

import aifin_lib.scenario as scenario
from aifin_lib import data
from aifin_lib.scenario import (
    LENDERS,
    PATHS,
    ScenarioNetwork,
    build_network,
    load_assumptions,
    monte_carlo,
    revenue_path,
    run_scenario,
)
from aifin_lib.scenario.calibration import CalibrationError, evaluate_calibration
from aifin_lib.scenario.results import CASH_FLOW_ITEMS


@pytest.fixture(scope="module")
def net() -> ScenarioNetwork:
    return build_network()


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return data.load("calibration")


def _by_label(res, net_):
    """A result keyed by firm label (independent of the order of the nodes)."""
    return {
        "default_year": {f: int(res.default_year[i]) for i, f in enumerate(net_.firms)},
        "lost_revenue": {f: round(float(res.lost_revenue[i]), 9) for i, f in enumerate(net_.firms)},
        "credit": {k: round(v, 9) for k, v in res.credit_losses.items()},
        "by_firm": {f: round(float(res.credit_losses_by_firm[i]), 9)
                    for i, f in enumerate(net_.firms)},
    }


# ---------------------------------------------------------------- calibration and its sources


def test_every_input_equals_its_source_rows(table):
    """The value stored in calibration.csv is what its formula gives on today's data."""
    evaluated = evaluate_calibration(table)
    assert_allclose(evaluated["value"], evaluated["stored_value"], rtol=1e-9, atol=1e-9)
    assert (evaluated["basis"].isin(["data", "assumption"])).all()


def test_inputs_quote_their_sources_faithfully(table):
    """Single-reference rows equal the figure, the deal or the assumption they name."""
    macro = data.load("macro").set_index("metric_id")
    deals = data.load("deals").set_index("deal_id")
    a = load_assumptions()
    checked = 0
    for _, row in table.iterrows():
        m = re.fullmatch(r"(metric|deal|assumption):(\w+)", row["formula"])
        if not m:
            continue
        kind, key = m.groups()
        source = {"metric": lambda k: macro.loc[k, "value"],
                  "deal": lambda k: deals.loc[k, "amount_usd_bn"],
                  "assumption": lambda k: a[k]}[kind](key)
        assert row["value"] == pytest.approx(float(source)), row["input_id"]
        checked += 1
    assert checked >= 20


def test_status_of_deal_rows_is_the_deals_status(table):
    """A row that reads a deal carries that deal's status (announced is not drawn)."""
    deals = data.load("deals").set_index("deal_id")
    for _, row in table.iterrows():
        ids = re.findall(r"deal:(\w+)", row["formula"])
        if row["item"] in ("debt", "contract_total", "first_year_funding") and ids:
            statuses = {deals.loc[i, "status"] for i in ids}
            assert row["status"] in statuses, row["input_id"]


def test_oracle_cash_flow_is_a_yearly_figure(table, net):
    """Oracle's outside cash flow comes from fiscal-year figures, never from a quarter x 4 alone.

    The -5.9 that an earlier version read as one quarter's free cash flow is the twelve-month
    figure to August 2025; the input now uses Oracle's fiscal-2026 operating cash flow.
    """
    row = table.set_index("input_id").loc["oracle_cash_flow"]
    assert row["period_type"] == "fiscal_year"
    macro = data.load("macro").set_index("metric_id")
    assert macro.loc["oracle_ocf_fy2026", "period_type"] == "fiscal_year"
    assert macro.loc["oracle_fcf_ttm_2025_08", "period_type"] == "twelve_months"
    assert net.external_cash_flow[net.index("oracle")] >= macro.loc["oracle_ocf_fy2026", "value"]


def _one_row(**fields):
    base = {"input_id": "x", "group": "x", "firm": "oracle", "counterparty": np.nan,
            "status": np.nan, "period": "", "derivation": "test", "value": 0.0}
    return pd.DataFrame([{**base, **fields}])


@pytest.mark.parametrize(
    ("row", "message"),
    [
        # a quarter's flow used as a year's, without saying so
        (dict(item="outside_cash_flow", unit="usd_bn_per_year", period_type="quarter",
              formula="metric:oracle_ocf_fy2026_q1"), "annualise it explicitly"),
        # a twelve-month figure "annualised" as if it were a quarter
        (dict(item="outside_cash_flow", unit="usd_bn_per_year", period_type="twelve_months",
              formula="annualise_quarter(metric:oracle_fcf_ttm_2025_08)"),
         "is a twelve_months figure but is annualised as a quarter"),
        # a stock (debt) used as a yearly flow
        (dict(item="outside_cash_flow", unit="usd_bn_per_year", period_type="point_in_time",
              formula="metric:oracle_2025_long_term_debt"), "yearly flow"),
        # a year's flow used as a stock
        (dict(item="opening_cash", unit="usd_bn", period_type="fiscal_year",
              formula="metric:oracle_ocf_fy2026"), "point in time"),
        # the declared period type does not match the figure's
        (dict(item="outside_cash_flow", unit="usd_bn_per_year", period_type="calendar_year",
              formula="metric:oracle_ocf_fy2026"), "period_type"),
        (dict(item="outside_cash_flow", unit="usd_bn", period_type="fiscal_year",
              formula="metric:oracle_ocf_fy2026"), "column 'unit'"),
        (dict(item="debt", unit="usd_bn", period_type="deal", formula="deal:D99"),
         "unknown deal"),
        (dict(item="debt", unit="usd_bn", period_type="deal", formula="deal:D14 +"),
         "not an arithmetic expression"),
        (dict(item="magic", unit="usd_bn", period_type="deal", formula="deal:D14"),
         "unknown item"),
    ],
)
def test_period_and_unit_errors_are_refused(row, message):
    """A derivation that mixes periods or units is refused, naming the file, line and column."""
    with pytest.raises(CalibrationError, match=message) as info:
        evaluate_calibration(_one_row(**row))
    assert "calibration.csv: line 2, column" in str(info.value)


def test_annualised_quarter_is_accepted():
    """Four times a quarter's flow is a yearly flow when the formula says so."""
    ok = evaluate_calibration(_one_row(
        item="outside_cash_flow", unit="usd_bn_per_year", period_type="quarter",
        formula="annualise_quarter(metric:oracle_ocf_fy2026_q1)"))
    q1 = data.figure("oracle_ocf_fy2026_q1").value
    assert ok["value"].iloc[0] == pytest.approx(4 * q1)


def test_model_code_names_no_deal_or_figure():
    """The network is built from the table: the code holds no deal id and no metric id."""
    ids = set(data.load("deals")["deal_id"]) | set(data.load("macro")["metric_id"])
    for module in (scenario.network, scenario.simulation, scenario.calibration):
        source = inspect.getsource(module)
        words = set(re.findall(r"[\"']([A-Za-z0-9_]+)[\"']", source))
        assert not (words & ids), (module.__name__, sorted(words & ids))


def test_firm_order_does_not_change_the_scenario(table):
    """Listing the calibration rows in another order gives the same result for every firm."""
    rng = np.random.default_rng(7)
    shuffled = table.iloc[rng.permutation(len(table))].reset_index(drop=True)
    a, b = build_network(), build_network(calibration=shuffled)
    assert set(a.firms) == set(b.firms)
    for path in PATHS:
        for kw in ({}, {"shock_firm": "coreweave", "shock_usd_bn": 10.0}):
            ra, rb = run_scenario(a, path, **kw), run_scenario(b, path, **kw)
            assert _by_label(ra, a) == _by_label(rb, b)
            assert sorted(ra.defaulted) == sorted(rb.defaulted)


def test_public_network_fields(net):
    """build_network() exposes .firms (with "oracle"), .index() and yearly outside cash flow."""
    assert isinstance(net.firms, tuple) and "oracle" in net.firms
    assert net.external_cash_flow.shape == (len(net.firms),)
    assert net.firms[net.index("oracle")] == "oracle"
    lenders = net.lender_nodes
    assert (net.external_cash_flow[lenders] == 0).all()
    with pytest.raises(ValueError, match="firm"):
        net.index("acme")


def test_balance_sheet_shapes_and_signs(net):
    """Matrices are non-negative with zero diagonal; lenders owe nothing; shares sum to 1."""
    T, n = len(net.years), len(net.firms)
    assert net.contracts.shape == net.debt_service.shape == (T, n, n)
    for arr in (net.contracts, net.debt_service, net.principal_by_lender):
        assert (arr >= 0).all()
    assert (np.einsum("tii->ti", net.contracts) == 0).all()
    assert (net.contracts[:, net.lender_nodes].sum() == 0) and (
        net.debt_service[:, net.lender_nodes].sum() == 0)
    indebted = net.debt > 0
    assert_allclose(net.lender_shares[indebted].sum(axis=1), 1.0)
    assert (net.principal[1:] <= net.principal[:-1] + 1e-12).all()


def test_contract_spread_over_its_term(net, table):
    """A contract's yearly payments are its total over its term, from its start year."""
    t = table.set_index("input_id")
    total, start, years = (float(t.loc[f"openai_oracle_{k}", "value"])
                           for k in ("total", "start", "years"))
    o, orc = net.ai_lab, net.index("oracle")
    expected = [total / years if start <= y < start + years else 0.0 for y in net.years]
    assert_allclose(net.contracts[:, o, orc], expected)


def test_announced_financing_is_not_drawn():
    """Debt of a deal that is only announced enters only when asked for."""
    row = dict(input_id="vantage_loan", group="vantage_loan", firm="vantage", item="debt",
               counterparty="banks", unit="usd_bn", period_type="deal", period="2025",
               formula="deal:D32", status="announced", derivation="test", value=0.0)
    extended = pd.concat([data.load("calibration"), pd.DataFrame([row])], ignore_index=True)
    plain = build_network(calibration=extended)
    assert "vantage" not in plain.firms and list(plain.excluded["input_id"]) == ["vantage_loan"]
    drawn = build_network(calibration=extended, include_announced=True)
    amount = data.load("deals").set_index("deal_id").loc["D32", "amount_usd_bn"]
    assert drawn.debt[drawn.index("vantage")] == pytest.approx(amount)


def test_overrides_replace_single_inputs(net):
    """An override changes exactly that input; unknown ids and non-numbers are refused."""
    cut = build_network(overrides={"oracle_cash_flow": 10.0})
    assert cut.external_cash_flow[cut.index("oracle")] == 10.0
    assert_allclose(cut.contracts, net.contracts)
    with pytest.raises(ValueError, match="overrides"):
        build_network(overrides={"no_such_input": 1.0})
    with pytest.raises(ValueError, match="overrides"):
        build_network(overrides={"oracle_cash_flow": "a lot"})


# ---------------------------------------------------------------- revenue and funding


def test_revenue_path_closed_form():
    """Before the stall revenue grows at the base rate, after it at the stalled rate."""
    years = [2026, 2027, 2028, 2029]
    out = revenue_path("stagnation", years, start=10.0, base_growth=0.5, stall_year=2027,
                       growth=0.1)
    assert_allclose(out, [15.0, 16.5, 18.15, 19.965])
    bust = revenue_path("bust", years, start=10.0, base_growth=0.5, stall_year=2027,
                        growth=-0.5)
    assert_allclose(bust, [15.0, 7.5, 3.75, 1.875])


def test_revenue_path_vectorised():
    """An array of growth rates gives one path per rate, equal to the scalar paths."""
    g = np.array([-0.2, 0.0, 0.3])
    many = revenue_path("stagnation", [2026, 2027, 2028], 10.0, 0.5, 2027, g)
    for k, gk in enumerate(g):
        assert_allclose(many[k], revenue_path("stagnation", [2026, 2027, 2028], 10.0, 0.5,
                                              2027, gk))


def test_base_growth_reaches_the_target(net, table):
    """The base path goes from the end-2025 run-rate to the lab's 2030 target."""
    t = table.set_index("input_id")
    base = revenue_path("base", net.years, net.revenue_start, net.base_growth)
    year = int(t.loc["openai_revenue_target_year", "value"])
    assert_allclose(base[net.years.index(year)], t.loc["openai_revenue_target", "value"])


def test_first_year_funding_is_counted_once(net):
    """The 2026 round is the lab's only new money of 2026: no funding rule on top of it."""
    for path in PATHS:
        res = run_scenario(net, path)
        assert res.funding[0] == pytest.approx(net.first_year_funding)
        a = net.assumptions
        prev = np.r_[net.revenue_start, res.revenue[:-1]]
        rule = np.where(res.revenue / prev - 1 >= a["funding_growth_threshold"] - 1e-12,
                        a["funding_to_revenue"] * res.revenue, 0.0)
        assert_allclose(res.funding[1:], rule[1:])


# ---------------------------------------------------------------- model fixes


def test_running_costs_stop_with_the_customer(net):
    """A supplier no longer pays running costs for a contract whose customer has defaulted."""
    res = run_scenario(net, "stagnation", growth=0.0)
    assert "openai" in res.defaulted
    t_def = int(np.flatnonzero(res.defaults_by_year[:, net.ai_lab])[0])
    orc = net.index("oracle")
    share = net.running_cost_share[orc]
    assert share > 0
    for t in range(t_def + 1, len(net.years)):
        if res.default_year[orc] >= 0 and net.years[t] >= res.default_year[orc]:
            break
        due_from_alive = sum(net.contracts[t, i, orc] for i in range(len(net.firms))
                             if res.default_year[i] < 0 or res.default_year[i] > net.years[t])
        assert res.flows["running_costs"][t, orc] == pytest.approx(share * due_from_alive)
        assert res.flows["running_costs"][t, orc] < share * net.contracts[t, :, orc].sum() or (
            net.contracts[t, net.ai_lab, orc] == 0)


def test_credit_losses_and_lost_revenue_are_reported_apart(net):
    """Lenders' credit losses and suppliers' lost contract revenue are separate quantities."""
    res = run_scenario(net, "stagnation", growth=0.0)
    assert set(res.credit_losses) == set(LENDERS)
    o = net.ai_lab
    t = int(np.flatnonzero(res.defaults_by_year[:, o])[0])
    if res.defaulted == ("openai",):
        unpaid = net.contracts[t, o].sum() * (1.0 - res.payments[t, o] / res.obligations[t, o])
        later = net.contracts[t + 1:, o].sum()
        assert res.total_lost_revenue == pytest.approx(unpaid + later, rel=1e-9)
    assert_allclose(res.lost_margin, res.lost_revenue * (1 - net.running_cost_share))


def test_lender_loss_accounting(net):
    """Credit losses plus recovery equal unpaid debt service plus principal of the defaulters."""
    res = run_scenario(net, "bust", growth=-0.6, residual_value_fraction=0.2)
    lend = net.lender_nodes
    claims = 0.0
    for t in range(len(net.years)):
        for i in np.flatnonzero(res.defaults_by_year[t]):
            due = net.debt_service[t, i, lend].sum()
            paid = res.payments[t, i] / res.obligations[t, i] if res.obligations[t, i] else 1.0
            claims += due * (1.0 - paid) + net.principal[t + 1, i]
    assert_allclose(res.credit_loss + res.residual_recovered, claims, rtol=1e-9, atol=1e-9)
    assert_allclose(res.credit_losses_by_firm.sum(), res.credit_loss, atol=1e-9)


# ---------------------------------------------------------------- cash tables


@pytest.mark.parametrize("path", PATHS)
def test_cash_table_adds_up(net, path):
    """Opening cash + inflows - outflows = closing cash, for every firm that survives a year."""
    res = run_scenario(net, path, growth=-0.3 if path != "base" else None)
    for firm in net.firms[: len(net.firms) - len(LENDERS)]:
        frame = res.cash_table(firm)
        signed = sum(sign * frame[item] for item, sign in CASH_FLOW_ITEMS)
        alive = ~frame["defaults"]
        assert_allclose(signed[alive], frame.loc[alive, "closing_cash"], atol=1e-9)
        assert (frame.loc[frame["defaults"], "closing_cash"] == 0).all()
        # a defaulting firm pays out all it has: nothing is left over
        assert (signed[frame["defaults"]] <= 1e-9).all()


def test_cash_table_of_the_lab_shows_the_round(net):
    """The lab's table starts with its cash and the 2026 round, and ends in its default year."""
    res = run_scenario(net, "stagnation", growth=0.0)
    frame = res.cash_table("openai")
    assert frame["new_funding"].iloc[0] == pytest.approx(net.first_year_funding)
    assert frame["opening_cash"].iloc[0] == pytest.approx(net.initial_cash[net.ai_lab])
    assert frame["defaults"].iloc[-1] and not frame["defaults"].iloc[:-1].any()
    with pytest.raises(ValueError, match="firm"):
        res.cash_table("banks")


# ---------------------------------------------------------------- invariants


def _check_bounds(res):
    for k in LENDERS:
        assert -1e-9 <= res.credit_losses[k] <= res.exposures[k] + 1e-9, k
    assert res.residual_recovered <= res.residual_value + 1e-9
    assert res.residual_value <= res.infrastructure_defaulted + 1e-9
    assert (res.payments <= res.obligations + 1e-9).all() and (res.payments >= -1e-12).all()
    assert (res.lost_revenue >= -1e-12).all()


@settings(max_examples=25, deadline=None)
@given(
    path=st.sampled_from(PATHS),
    growth=st.floats(-0.6, 0.6),
    rv=st.floats(0.0, 1.0),
    oc=st.floats(0.0, 1.0),
    shock=st.floats(0.0, 80.0),
    firm=st.sampled_from(["openai", "oracle", "coreweave", "microsoft"]),
)
def test_losses_never_exceed_exposures(net, path, growth, rv, oc, shock, firm):
    """Losses are >= 0 and at most the exposure of each lender; recovery <= residual value."""
    res = run_scenario(net, path, growth=growth, residual_value_fraction=rv,
                       other_cost_share=oc, shock_firm=firm, shock_usd_bn=shock)
    _check_bounds(res)


def test_no_defaults_with_ample_cash():
    """If the lab is always funded generously, nobody defaults even on the bust path."""
    rich = build_network({"funding_growth_threshold": -0.99, "funding_to_revenue": 20.0})
    for path in PATHS:
        res = run_scenario(rich, path)
        assert res.defaulted == ()
        assert res.credit_loss == 0.0 and res.total_lost_revenue == 0.0


def test_base_path_has_no_defaults(net):
    """On the projected path with the table's assumptions, every obligation is paid."""
    res = run_scenario(net, "base")
    assert res.defaulted == () and res.credit_loss == 0.0
    assert_allclose(res.payments, res.obligations)


@pytest.mark.parametrize("rv", [0.0, 0.35, 1.0])
def test_paths_are_ordered(net, rv):
    """Stagnation is at least as bad as base and bust at least as bad as stagnation."""
    res = {p: run_scenario(net, p, residual_value_fraction=rv) for p in PATHS}
    for better, worse in (("base", "stagnation"), ("stagnation", "bust")):
        assert set(res[better].defaulted) <= set(res[worse].defaulted)
        assert res[worse].credit_loss >= res[better].credit_loss - 1e-9


@settings(max_examples=20, deadline=None)
@given(g1=st.floats(-0.6, 0.6), g2=st.floats(-0.6, 0.6), rv=st.floats(0.0, 1.0))
def test_monotone_in_growth(net, g1, g2, rv):
    """Faster growth after the stall never adds defaults or brings one forward."""
    lo, hi = sorted((g1, g2))
    slow = run_scenario(net, "stagnation", growth=lo, residual_value_fraction=rv)
    fast = run_scenario(net, "stagnation", growth=hi, residual_value_fraction=rv)
    assert set(fast.defaulted) <= set(slow.defaulted)
    for i in np.flatnonzero(fast.default_year >= 0):
        assert slow.default_year[i] <= fast.default_year[i]


def test_higher_residual_value_lowers_lender_losses(net):
    """Defaults do not depend on the residual value; credit losses fall as it rises."""
    runs = [run_scenario(net, "bust", growth=-0.6, residual_value_fraction=r)
            for r in (0.0, 0.3, 0.6, 1.0)]
    assert len({r.defaulted for r in runs}) == 1
    lender = [r.credit_loss for r in runs]
    assert all(a >= b - 1e-9 for a, b in itertools.pairwise(lender))
    assert runs[0].residual_recovered == 0.0


def test_lab_pays_all_it_has_when_it_defaults(net):
    """In its default year the lab (owed nothing) pays its cash plus net revenue, no more."""
    res = run_scenario(net, "stagnation", growth=0.0)
    o = net.ai_lab
    t = int(np.flatnonzero(res.defaults_by_year[:, o])[0])
    assert t > 0 and res.funding[t] == 0.0
    available = res.cash[t, o] + res.revenue[t] * (1 - net.other_cost_share)
    assert_allclose(res.payments[t, o], available)
    assert res.payments[t, o] < res.obligations[t, o]


def test_rogers_veraart_with_full_recovery_equals_eisenberg_noe(net):
    """alpha = beta = 1 reproduces Eisenberg-Noe, waves included."""
    for kw in ({"path": "bust", "growth": -0.6},
               {"path": "stagnation", "shock_firm": "coreweave", "shock_usd_bn": 20.0}):
        en = run_scenario(net, **kw)
        rv = run_scenario(net, **kw, method="rogers_veraart", alpha=1.0, beta=1.0)
        assert en.waves == rv.waves
        assert_allclose(en.payments, rv.payments, atol=1e-9)
        assert en.credit_losses == pytest.approx(rv.credit_losses)


def test_default_costs_make_things_worse(net):
    """Rogers-Veraart with alpha, beta < 1 loses at least as much as Eisenberg-Noe."""
    en = run_scenario(net, "bust")
    rv = run_scenario(net, "bust", method="rogers_veraart", alpha=0.5, beta=0.5)
    assert set(en.defaulted) <= set(rv.defaulted)
    assert rv.credit_loss >= en.credit_loss - 1e-9


# ---------------------------------------------------------------- Monte Carlo


def test_monte_carlo_is_reproducible(net):
    """The same seed gives identical draws and results; another seed other draws."""
    a, b = monte_carlo(50, 11, net), monte_carlo(50, 11, net)
    for key in a.samples:
        assert_allclose(a.samples[key], b.samples[key])
    assert_allclose(a.credit_losses, b.credit_losses)
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
    assert_allclose(batch.credit_losses, loop.credit_losses, atol=1e-9)
    assert_allclose(batch.lost_revenue, loop.lost_revenue, atol=1e-9)
    assert_allclose(batch.residual_recovered, loop.residual_recovered, atol=1e-9)


def test_monte_carlo_draws_lie_in_their_ranges(net):
    """Draws stay inside the ranges of assumptions.csv; losses are finite and >= 0."""
    mc = monte_carlo(300, 3, net)
    a = net.assumptions
    for key, stem in (
        ("growth", "stagnation_growth"),
        ("residual_value_fraction", "residual_value_fraction"),
        ("other_cost_share", "lab_other_cost_share"),
    ):
        assert mc.samples[key].min() >= a[f"{stem}_low"]
        assert mc.samples[key].max() <= a[f"{stem}_high"]
    assert np.isfinite(mc.credit_losses).all() and (mc.credit_losses >= 0).all()
    assert list(mc.loss_frame().columns) == [*LENDERS, "lost_revenue"]
    assert 0.0 <= mc.default_share("openai") <= 1.0


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda n: run_scenario(n, "boom"), "path"),
        (lambda n: run_scenario(n, method="furfine"), "method"),
        (lambda n: run_scenario(n, growth=-1.0), "growth"),
        (lambda n: run_scenario(n, growth="fast"), "growth"),
        (lambda n: run_scenario(n, residual_value_fraction=1.5), "residual_value_fraction"),
        (lambda n: run_scenario(n, other_cost_share=-0.1), "other_cost_share"),
        (lambda n: run_scenario(n, alpha=2.0, method="rogers_veraart"), "alpha"),
        (lambda n: run_scenario(n, shock_firm="acme", shock_usd_bn=1.0), "firm"),
        (lambda n: run_scenario(n, shock_firm="banks", shock_usd_bn=1.0), "shock_firm"),
        (lambda n: run_scenario(n, shock_firm="oracle", shock_usd_bn=-1.0), "shock_usd_bn"),
        (lambda n: run_scenario(n, shock_usd_bn=1.0), "shock_firm"),
        (lambda n: monte_carlo(0, 1, n), "n must be"),
        (lambda n: monte_carlo(10, 1.5, n), "seed"),
        (lambda n: monte_carlo(10, -1, n), "seed"),
        (lambda n: monte_carlo(10, 1, n, batched="yes"), "batched"),
        (lambda n: build_network(year=1850), "year"),
        (lambda n: build_network(include_announced="yes"), "include_announced"),
        (lambda n: load_assumptions({"no_such_parameter": 1.0}), "no_such_parameter"),
        (lambda n: load_assumptions({"provider_opex_share": 1.2}), "provider_opex_share"),
        (lambda n: load_assumptions({"lease_coverage": -1.0}), "lease_coverage"),
        (lambda n: load_assumptions({"stall_year": 2027.5}), "stall_year"),
        (lambda n: load_assumptions({"bust_growth": float("nan")}), "bust_growth"),
        (lambda n: load_assumptions({"stagnation_growth_low": 0.5}), "stagnation_growth_low"),
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
    with pytest.raises(TypeError, match="overrides"):
        build_network(overrides=[("oracle_cash_flow", 1.0)])
