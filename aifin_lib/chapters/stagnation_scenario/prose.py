"""Every number in the stagnation chapter's prose, one function per section of the chapter."""

from __future__ import annotations

import numpy as np

from aifin_lib import data
from aifin_lib.scenario import credit_loss_threshold, debt_multiple_threshold

from .._glue import Formats, joined
from .common import MC_SCENARIOS, SHOCK_USD_BN, _central, _mc, _run, network, severe_factor
from .exercises import (
    EXERCISE_ASSETS,
    _oracle_knockout,
    exercise_coreweave_cash,
    exercise_coreweave_closing_cash,
    exercise_en_payment,
    exercise_oracle_threshold,
    exercise_rv_payment,
    exercise_shock_lab_year,
    knockout_result,
)

__all__ = ["prose_figures"]


def _network_figures(f: Formats) -> dict[str, str]:
    """The network: the AI lab's revenue and contracts, the suppliers' balance sheets."""
    net = network()
    ix, o, oracle, cw = net.index, net.ai_lab, net.index("oracle"), net.index("coreweave")
    inputs = net.inputs.set_index("input_id")["value"]
    amounts = data.load("deals").set_index("deal_id")["amount_usd_bn"].astype(float)
    committed = float(amounts.to_dict()["D38"])
    oracle_start = int(inputs["openai_oracle_start"])
    return {
        "stagnation_run_rate": f.money(net.revenue_start),
        "stagnation_target": f.money(inputs["openai_revenue_target"]),
        "stagnation_target_year": f.year(inputs["openai_revenue_target_year"]),
        "stagnation_base_growth": f.pct(net.base_growth),
        "stagnation_d03": f.money(inputs["openai_oracle_total"]),
        "stagnation_d03_start": f.year(inputs["openai_oracle_start"]),
        "stagnation_d03_per_year": f.money(net.contracts[net.years.index(oracle_start), o, oracle]),
        "stagnation_d14": f.money(inputs["openai_microsoft_total"]),
        "stagnation_openai_due_2027": f.money(net.contracts[1, o].sum()),
        "stagnation_year_2": f.year(net.years[1]),
        "stagnation_round": f.money(net.first_year_funding),
        "stagnation_round_committed": f.money(committed),
        "stagnation_round_contingent": f.money(committed - net.first_year_funding),
        "stagnation_lab_cash": f.money(net.initial_cash[o]),
        "stagnation_oracle_cash": f.money(net.initial_cash[oracle]),
        "stagnation_oracle_cash_flow": f.money(net.external_cash_flow[oracle]),
        "stagnation_oracle_debt": f.money(net.debt[oracle]),
        "stagnation_oracle_build_out_debt": f.money(net.build_out_debt[oracle]),
        "stagnation_oracle_leases": f.money(inputs["oracle_leases_total"]),
        "stagnation_oracle_rent": f.money(net.fixed_costs[-1, oracle]),
        "stagnation_cw_debt": f.money(net.debt[cw]),
        "stagnation_cw_cash_flow": f.money(net.external_cash_flow[cw]),
        "stagnation_hyperion_debt": f.money(net.debt[ix("hyperion_jv")]),
    }


def _path_figures(f: Formats) -> dict[str, str]:
    """The revenue paths: the stall, growth after it, when investors stop funding."""
    a = network().assumptions
    return {
        "stagnation_stall_year": f.year(a["stall_year"]),
        "stagnation_stagnation_growth": f.pct(a["stagnation_growth"]),
        "stagnation_bust_growth": f.pct(-a["bust_growth"]),
        "stagnation_funding_threshold": f.pct(a["funding_growth_threshold"]),
        "stagnation_funding_ratio": f.plural("n_dollars", round(a["funding_to_revenue"])),
    }


def _central_figures(f: Formats) -> dict[str, str]:
    """The central result: when the AI lab defaults and what its suppliers lose."""
    net = network()
    o, oracle = net.ai_lab, net.index("oracle")
    stag, bust = _central("stagnation"), _central("bust")
    t_lab = int(np.flatnonzero(stag.defaults_by_year[:, o])[0])
    lab_cash = stag.cash_table("openai")
    return {
        "stagnation_lab_year": f.year(stag.default_year[o]),
        "stagnation_lab_paid": f.pct(stag.payments[t_lab, o] / stag.obligations[t_lab, o]),
        "stagnation_lab_cash_end_2026": f.money(lab_cash["closing_cash"].iloc[0]),
        "stagnation_lab_due_2027": f.money(lab_cash["paid_contracts"].iloc[1]),
        "stagnation_bust_lab_year": f.year(bust.default_year[o]),
        "stagnation_stag_lost": f.money(stag.total_lost_revenue),
        "stagnation_bust_lost": f.money(bust.total_lost_revenue),
        "stagnation_stag_lost_oracle": f.money(stag.lost_revenue[oracle]),
        "stagnation_stag_lost_microsoft": f.money(stag.lost_revenue[net.index("microsoft")]),
        "stagnation_stag_lost_margin": f.money(stag.lost_margin.sum()),
        "stagnation_stag_oracle_cash_end": f.money(stag.cash[-1, oracle]),
    }


def _threshold_figures(f: Formats) -> dict[str, str]:
    """What it takes for the domino to run further: thresholds and the severe case."""
    net = network()
    a = net.assumptions
    oracle = net.index("oracle")
    thr_oracle, thr_cw = credit_loss_threshold("oracle"), credit_loss_threshold("coreweave")
    at_oracle = _run("bust", outside_cash_flow_factor=thr_oracle - 0.01)
    return {
        "stagnation_thr_cw": f.pct(thr_cw),
        "stagnation_thr_cw_fall": f.pct(1.0 - thr_cw),
        "stagnation_thr_oracle": f.pct(thr_oracle),
        "stagnation_thr_oracle_fall": f.pct(exercise_oracle_threshold()),
        "stagnation_thr_oracle_cash_flow": f.money(thr_oracle * net.external_cash_flow[oracle]),
        "stagnation_thr_oracle_loss": f.money(at_oracle.credit_loss),
        "stagnation_thr_oracle_debt_multiple": f.plural(
            "n_times", round(debt_multiple_threshold("oracle"), 1)),
        "stagnation_thr_cw_debt_multiple": f.plural(
            "n_times", round(debt_multiple_threshold("coreweave"), 1)),
        "stagnation_severe_factor": f.pct(severe_factor()),
        "stagnation_severe_residual": f.pct(a["residual_value_fraction_low"]),
        "stagnation_mc_factor_low": f.pct(a["outside_cash_flow_factor_low"]),
    }


def _severe_figures(f: Formats) -> dict[str, str]:
    """The severe case: who defaults, who loses, and with default costs (Rogers-Veraart)."""
    severe = _central("severe")
    rv_severe = _run("severe", method="rogers_veraart", alpha=0.5, beta=0.5)
    return {
        "stagnation_severe_cw_year": f.year(severe.default_year[network().index("coreweave")]),
        "stagnation_severe_credit": f.money(severe.credit_loss),
        "stagnation_severe_banks": f.money(severe.credit_losses["banks"]),
        "stagnation_severe_pc": f.money(severe.credit_losses["private_credit"]),
        "stagnation_severe_bonds": f.money(severe.credit_losses["bond_investors"]),
        "stagnation_severe_recovered": f.money(severe.residual_recovered),
        "stagnation_severe_rv_credit": f.money(rv_severe.credit_loss),
    }


def _monte_carlo_figures(f: Formats) -> dict[str, str]:
    """The Monte Carlo: how often each firm defaults, the tail of the credit losses."""
    mc_s, mc_b = _mc("stagnation"), _mc("bust")
    return {
        "stagnation_mc_n": f.plural("n_times", MC_SCENARIOS),
        "stagnation_mc_bust_cw": f.pct(mc_b.default_share("coreweave"), 1),
        "stagnation_mc_stag_cw": f.pct(mc_s.default_share("coreweave"), 1),
        "stagnation_mc_bust_oracle": f.pct(mc_b.default_share("oracle"), 1),
        "stagnation_mc_bust_credit_p99": f.money(
            float(np.percentile(mc_b.credit_losses.sum(axis=1), 99))),
        "stagnation_mc_bust_lost_median": f.money(float(np.median(mc_b.lost_revenue))),
    }


def _shock_figures(f: Formats) -> dict[str, str]:
    """The shock that helps: Oracle knocked out in the first year, OpenAI lasts longer."""
    shocked = knockout_result()
    return {
        "stagnation_knockout": f.money(_oracle_knockout()),
        "stagnation_knockout_lab_year": f.year(exercise_shock_lab_year()),
        "stagnation_knockout_lost": f.money(shocked.total_lost_revenue),
        "stagnation_knockout_credit": f.money(shocked.credit_loss),
        "stagnation_shock": f.money(SHOCK_USD_BN),
    }


def _figures_2026(f: Formats) -> dict[str, str]:
    """2026: Oracle's cash flow and financing plan, credit spreads, the telecom comparison."""
    fig = data.metric_value
    return {
        "stagnation_oracle_fcf_ttm_2025_08": f.money(-fig("oracle_fcf_ttm_2025_08")),
        "stagnation_oracle_fcf_fy2026": f.money(-fig("oracle_fcf_fy2026")),
        "stagnation_oracle_ocf_fy2026": f.money(fig("oracle_ocf_fy2026")),
        "stagnation_oracle_plan_low": f.money(fig("oracle_financing_plan_2026_low")),
        "stagnation_oracle_plan_high": f.money(fig("oracle_financing_plan_2026_high")),
        "stagnation_oracle_cds_before": f.num(fig("oracle_cds_5y_2025_06"), 0),
        "stagnation_oracle_cds_after": f.plural(
            "n_basis_points", round(fig("oracle_cds_5y_2025_12_02"))),
        "stagnation_cw_cds_before": f.num(fig("coreweave_cds_5y_2025_10_06"), 0),
        "stagnation_cw_cds_after": f.plural(
            "n_basis_points", round(fig("coreweave_cds_5y_2025_12"))),
        "stagnation_jpm_not_started": f.pct(fig("jpm_2026_dc_capacity_2027_not_started") / 100),
        "stagnation_telecom_fall": f.pct(1 - fig("telecom_equipment_spend_2002_forecast")
                                         / fig("telecom_equipment_spend_2000")),
    }


def _exercise_figures(f: Formats) -> dict[str, str]:
    """The worked solutions: the worksheet's compute functions (:data:`.EXERCISES`)."""
    out = {
        "stagnation_ex3_cw_open": f.money(exercise_coreweave_cash(line="opening_cash")),
        "stagnation_ex3_cw_answer": f.money(exercise_coreweave_closing_cash()),
        "stagnation_ex4_answer": f.pct(exercise_oracle_threshold()),
        "stagnation_ex5_year": f.year(exercise_shock_lab_year()),
    }
    for k in range(len(EXERCISE_ASSETS)):  # firms A, B, C
        out[f"stagnation_ex_en_p{k + 1}"] = f.money(exercise_en_payment(firm=k))
        out[f"stagnation_ex_rv_p{k + 1}"] = f.money(exercise_rv_payment(firm=k))
    return out


_SECTIONS = (_network_figures, _path_figures, _central_figures, _threshold_figures,
             _severe_figures, _monte_carlo_figures, _shock_figures, _figures_2026,
             _exercise_figures)


def prose_figures(lang: str | None = None) -> dict[str, str]:
    """Every number in the chapter's prose, formatted for ``lang``.

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    dict
        ``{name: text}``, all names prefixed ``stagnation_``.
    """
    return joined(_SECTIONS, Formats.of(lang))
