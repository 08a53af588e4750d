"""Every number the chapter's prose and worked solutions quote: one function per section.

Each section returns ``{glue key: text}``; :func:`prose_figures` merges them in the chapter's
order. Values come from ``data/`` by metric id (through :func:`aifin_lib.prose.quote` or
:func:`aifin_lib.prose.fact_value`, which refuse a basis the sentence does not state) or from
:mod:`aifin_lib.capital`; the worked solutions call the functions of
:mod:`~aifin_lib.chapters.capital_versus_return.exercises` that the worksheet checks with.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from aifin_lib import capital, data, i18n, prose
from aifin_lib.chapters.capital_versus_return import exercises as ex
from aifin_lib.chapters.capital_versus_return.depreciation import depreciation_dashboard
from aifin_lib.chapters.capital_versus_return.frames import (
    ANTHROPIC_RUN_RATES,
    CAHN_ESSAYS,
    CAHN_INPUTS,
    JPM_REVENUE,
    NVIDIA_QUARTERS,
    ai_revenue_2024,
    cahn_metric,
    cahn_steps,
    depreciation_frame,
    financing_shares,
    nvidia_run_rate,
    reported_life,
    server_share,
)
from aifin_lib.chapters.capital_versus_return.panel import (
    breakeven_debt_share,
    dashboard_defaults,
    dashboard_result,
)
from aifin_lib.chapters.introduction import (
    MS_CAPEX,
    MS_GAP,
    OPENAI_RUN_RATE,
    capex_multiple,
    capex_series,
)

__all__ = ["prose_figures"]

Formats = dict[str, Callable[..., str]]


def _at(frame: Any, row: str, column: str) -> float:
    """One number of a frame indexed by name."""
    value: Any = frame.loc[row, column]
    return float(value)


def _formats(lang: str) -> Formats:
    """The number formats of ``lang`` the sections use (``money``, ``words``, ``pct``,
    ``num``, ``times``, ``years``, ``q``)."""
    return {
        "money": lambda v, d=1: i18n.fmt_usd_bn(v, lang, d),
        "words": lambda v, d=1: i18n.fmt_usd_bn_long(v, lang, d),
        "pct": lambda v, d=0: i18n.fmt_percent(v, lang, d),
        "num": lambda v, d=1: i18n.fmt_number(v, lang, d),
        "times": lambda v: i18n.t_plural("n_times", v, lang),
        "years": lambda v: i18n.t_plural("n_years", v, lang),
        "q": lambda m, **kw: prose.quote(m, lang, **kw),
    }


def _capex_figures(lang: str, f: Formats) -> dict[str, str]:
    """The capital explosion: the Big Tech 4's capex."""
    capex = capex_series().set_index("year")
    for year, told_as in ((2023, "actual"), (2025, ("actual", "estimate")), (2026, "forecast")):
        prose.check_basis(str(capex.loc[year, "estimate"]), told_as, f"capex {year}")
    money = f["money"]
    return {
        "capital_data_date": prose.data_date(lang),
        "capital_capex_2023": money(capex.loc[2023, "capex_usd_bn"]),
        "capital_capex_2025": money(capex.loc[2025, "capex_usd_bn"]),
        "capital_capex_2025_guidance": f["q"]("bigtech4_capex_guidance_2025_oct",
                                              told_as="guidance", style="money"),
        "capital_capex_2026": money(capex.loc[2026, "capex_usd_bn"]),
        "capital_capex_2026_date": prose.published("hyperscaler_capex_2026", lang),
        "capital_capex_2026_high": money(capex.loc[2026, "capex_high_usd_bn"]),
        "capital_capex_multiple": f["times"](round(capex_multiple(2023, 2026), 1)),
        "capital_capex_multiple_2025": f["times"](round(capex_multiple(2023, 2025), 1)),
    }


def _nvidia_figures(lang: str, f: Formats) -> dict[str, str]:
    """Nvidia's data-centre revenue, quarter by quarter and as a run rate."""
    money, q = f["money"], f["q"]
    nv = nvidia_run_rate().set_index("quarter")
    latest_id = NVIDIA_QUARTERS[-1]
    latest_q = data.figure(latest_id).period  # the period only; the value is quoted below
    q(latest_id)
    return {
        "capital_nvidia_fy2024_q4": money(nv.loc["FY2024-Q4", "revenue_usd_bn"]),
        "capital_nvidia_fy2024_q4_period": prose.period_phrase(NVIDIA_QUARTERS[0], lang),
        "capital_nvidia_latest_q": money(nv.loc[latest_q, "revenue_usd_bn"]),
        "capital_nvidia_latest_period": prose.period_phrase(latest_id, lang),
        "capital_nvidia_run_rate_latest": money(nv.loc[latest_q, "run_rate_usd_bn"]),
        "capital_nvidia_fy2025": q("nvidia_dc_revenue_fy2025", style="money"),
        "capital_nvidia_fy2026": q("nvidia_dc_revenue_fy2026", style="money"),
    }


def _labs_figures(lang: str, f: Formats) -> dict[str, str]:
    """OpenAI's and Anthropic's revenue, losses, run rates, commitments and plans."""
    q = f["q"]
    commitments = prose.fact_value("openai_compute_commitments", "guidance")
    return {
        "capital_openai_revenue_2025": q("openai_revenue_2025", style="money"),
        "capital_openai_revenue_2024": q("openai_revenue_2024", style="money"),
        "capital_openai_operating_loss_2025": q("openai_operating_loss_2025", style="money"),
        "capital_openai_run_rate": q(OPENAI_RUN_RATE, style="money"),
        "capital_openai_run_rate_period": prose.period_phrase(OPENAI_RUN_RATE, lang),
        "capital_openai_run_rate_2025_12": q("openai_run_rate_2025_12", style="money"),
        "capital_anthropic_run_rate_start": q(ANTHROPIC_RUN_RATES[0], style="money"),
        "capital_anthropic_run_rate": q(ANTHROPIC_RUN_RATES[-1], style="money"),
        "capital_anthropic_run_rate_period": prose.period_phrase(ANTHROPIC_RUN_RATES[-1], lang),
        "capital_openai_burn_2029": q("openai_projected_cash_burn_2025_2029",
                                      told_as="forecast", style="money"),
        "capital_openai_burn_2029_date": prose.published("openai_projected_cash_burn_2025_2029",
                                                         lang),
        "capital_openai_commitments": q("openai_compute_commitments", told_as="guidance",
                                        style="words"),
        "capital_openai_commitments_date": prose.published("openai_compute_commitments", lang),
        "capital_openai_commitments_multiple": f["times"](
            round(commitments / prose.fact_value(OPENAI_RUN_RATE))),
        "capital_openai_compute_2030": q("openai_2026_compute_spend_to_2030",
                                         told_as="forecast", style="money"),
        "capital_openai_plan_date": prose.published("openai_2026_projected_revenue_2030", lang),
        "capital_openai_revenue_2030": q("openai_2026_projected_revenue_2030",
                                         told_as="forecast", style="money"),
    }


def _cahn_figures(lang: str, f: Formats) -> dict[str, str]:
    """Cahn's chain for both essays, and for the latest Nvidia run rate."""
    money = f["money"]
    out: dict[str, str] = {}
    for year in CAHN_ESSAYS:
        for figure, told_as in CAHN_INPUTS.items():
            prose.fact_value(cahn_metric(year, figure), told_as)
        steps = cahn_steps(year).set_index("step")
        out[f"capital_cahn_{year}_run_rate"] = money(steps.loc["capital_step_gpu", "end"])
        out[f"capital_cahn_{year}_capex"] = money(steps.loc["capital_step_other_costs", "end"])
        out[f"capital_cahn_{year}_required"] = money(steps.loc["capital_step_margin", "end"])
        out[f"capital_cahn_{year}_ai_revenue"] = money(
            -_at(steps, "capital_step_ai_revenue", "amount"))
        out[f"capital_cahn_{year}_hole"] = money(steps.loc["capital_step_gap", "end"])
    latest = nvidia_run_rate()["run_rate_usd_bn"].iloc[-1]
    out["capital_cahn_latest_required"] = money(capital.cahn_required_revenue(latest))
    return out


def _analyst_figures(lang: str, f: Formats) -> dict[str, str]:
    """J.P. Morgan's, Bain's and The Economist's figures."""
    money, words, v = f["money"], f["words"], prose.fact_value
    jpm = v(JPM_REVENUE, "scenario")
    capital_6y = ex.jpm_revenue_over_life(life=reported_life())
    bain_rev = v("bain_2025_required_revenue_2030", "scenario")
    bain_capex = v("bain_2025_required_capex_2030", "scenario")
    return {
        "capital_jpm_revenue": money(jpm),
        "capital_jpm_spend_5y": words(v("jpm_2025_ai_infra_spend_5y", "forecast")),
        "capital_jpm_implied_capital": words(ex.jpm_capital()),
        "capital_jpm_iphone": i18n.fmt_usd(
            v("jpm_2025_required_revenue_per_iphone_user", "scenario"), lang),
        "capital_jpm_capital_6y": money(capital_6y),
        "capital_jpm_capital_6y_multiple": f["times"](round(capital_6y / jpm, 1)),
        "capital_bain_revenue": words(bain_rev),
        "capital_bain_capex": money(bain_capex),
        "capital_bain_ratio": f["times"](round(bain_rev / bain_capex, 1)),
        "capital_bain_cash_share": f["pct"](bain_capex / bain_rev),
        "capital_bain_shortfall": money(v("bain_2025_revenue_shortfall_2030", "scenario")),
        "capital_bain_gw": i18n.t_plural(
            "n_gigawatts", v("bain_2025_compute_gw_2030", "forecast"), lang),
        "capital_economist_revenue": money(v("economist_2025_western_ai_revenue", "estimate")),
    }


def _depreciation_figures(lang: str, f: Formats) -> dict[str, str]:
    """Server lives in the accounts, and the depreciation dashboard's starting position."""
    num, v = f["num"], prose.fact_value
    life = reported_life()
    dep_life = depreciation_dashboard().sliders[0].value
    dep = depreciation_frame(dep_life)
    first_years = dep[(dep["series"] == "reported") & (dep["year"] <= 2026)]
    return {
        "capital_life_microsoft_before": num(v("microsoft_server_life_before")),
        "capital_life_reported": num(life),
        "capital_life_reported_years": f["years"](life),
        "capital_life_meta_2025": num(v("meta_server_life_2025")),
        "capital_lift_low": num(v("server_life_net_income_lift_low")) + "%",
        "capital_lift_high": num(v("server_life_net_income_lift_high")) + "%",
        "capital_burry": f["money"](v("burry_2025_overstated_earnings", "forecast")),
        "capital_server_share": f["pct"](server_share().value),
        "capital_dep_slider_start": f["years"](dep_life),
        "capital_dep3_extra_2023_2026": f["money"](first_years["difference"].sum()),
        "capital_dep3_extra_2026": f["money"](
            first_years.loc[first_years["year"] == 2026, "difference"].iloc[0]),
    }


def _financing_figures(lang: str, f: Formats) -> dict[str, str]:
    """Morgan Stanley's financing mix: own cash flow, private credit, bonds, ABS, equity."""
    money, words, pct = f["money"], f["words"], f["pct"]
    shares = financing_shares().set_index("part")
    gap = prose.fact_value(MS_GAP, "forecast")
    return {
        "capital_ms_capex": words(prose.fact_value(MS_CAPEX, "forecast")),
        "capital_ms_internal": words(shares.loc["ms_hyperscaler_cash_flow", "usd_bn"]),
        "capital_ms_internal_share": pct(shares.loc["ms_hyperscaler_cash_flow", "share"]),
        "capital_ms_gap": words(gap),
        "capital_ms_private_credit": money(shares.loc["ms_private_credit", "usd_bn"]),
        "capital_ms_private_credit_share": pct(shares.loc["ms_private_credit", "share"]),
        "capital_ms_private_credit_gap_share": pct(
            _at(shares, "ms_private_credit", "usd_bn") / gap),
        "capital_ms_bonds": money(shares.loc["ms_corporate_bonds", "usd_bn"]),
        "capital_ms_abs": money(shares.loc["ms_abs", "usd_bn"]),
        "capital_ms_pe": money(shares.loc["ms_pe_sovereign", "usd_bn"]),
    }


def _dashboard_figures(lang: str, f: Formats) -> dict[str, str]:
    """The six-slider dashboard at its starting values, and the assumptions behind them."""
    money, num, pct = f["money"], f["num"], f["pct"]
    s = dashboard_defaults()
    d = dashboard_result()
    breakeven = breakeven_debt_share()
    return {
        "capital_dash_run_rate": money(s["gpu_run_rate"]),
        "capital_dash_tco": num(s["tco_multiple"]),
        "capital_dash_tco_times": f["times"](s["tco_multiple"]),
        "capital_dash_margin": pct(s["end_user_margin"]),
        "capital_dash_life": f["years"](s["useful_life"]),
        "capital_dash_return": pct(s["target_return"]),
        "capital_dash_debt_share": pct(s["debt_share"]),
        "capital_dash_ai_revenue": money(ai_revenue_2024()),
        "capital_boe_external": num(
            prose.fact_value("boe_2025_ai_infra_external_share", "forecast"), 0) + "%",
        "capital_dash_cahn": money(d.required_revenue_cahn),
        "capital_dash_steady": money(d.required_revenue_steady),
        "capital_dash_vintage": money(d.required_revenue_vintage),
        "capital_dash_gap": money(d.gap_steady),
        "capital_dash_service": money(d.debt_service),
        "capital_dash_cash_flow": money(d.cash_flow),
        "capital_dash_dscr": num(d.dscr, 2),
        "capital_dash_service_all": money(d.debt_service_steady),
        "capital_dash_dscr_all": num(d.dscr_steady, 2),
        "capital_dash_vintages": i18n.t_plural("n_vintages", s["useful_life"], lang),
        "capital_dash_zero_return": money(dashboard_result(target_return=0.0)
                                          .required_revenue_steady),
        "capital_dash_breakeven_debt_share": pct(breakeven),
        "capital_dash_breakeven_debt_share_all": pct(breakeven / s["useful_life"]),
    }


def _cahn_exercise_figures(lang: str, f: Formats) -> dict[str, str]:
    """Worked solutions of exercises 1 (Cahn's 2023 chain; worksheet capital-1 and capital-2)
    and 2 (the break-even life; worksheet capital-4)."""
    money = f["money"]
    steps = cahn_steps(2023).set_index("step")
    ai_revenue = ai_revenue_2024()
    # at 20 % the return alone exceeds the cash flow: no life is long enough
    high_return = 0.20
    if not np.isinf(ex.breakeven_life(target_return=high_return)):
        raise ValueError("exercise 2's solution says no life is long enough at a return of "
                         f"{high_return:.0%}, but the data now give a finite one")
    return {
        "capital_ex1_capex": money(steps.loc["capital_step_other_costs", "end"]),
        "capital_ex1_required": money(ex.cahn_required(2023)),
        "capital_ex1_ai_revenue": money(-_at(steps, "capital_step_ai_revenue", "amount")),
        "capital_ex1_margin40": money(ex.cahn_required(2023, end_user_margin=ex.LOWER_MARGIN)),
        "capital_ex2_capital": money(ex.lagged_capital()),
        "capital_ex2_cash": money(ai_revenue * ex.CASH_MARGIN),
        "capital_ex2_life_10": f["years"](round(ex.breakeven_life(), 1)),
        "capital_ex2_life_0": f["years"](round(ex.breakeven_life(target_return=0.0), 1)),
        "capital_ex2_return_20": money(high_return * ex.lagged_capital()),
    }


def _model_exercise_figures(lang: str, f: Formats) -> dict[str, str]:
    """Worked solutions of exercises 3 (server lives; worksheet capital-5), 4 (J.P. Morgan's
    perpetuity; worksheet capital-3) and 5 (debt coverage)."""
    money, num, pct = f["money"], f["num"], f["pct"]
    dep = ex.server_vintages()
    d = dashboard_result()
    breakeven = breakeven_debt_share()
    return {
        "capital_ex3_dep4_y3": money(dep.depreciation_old[2]),
        "capital_ex3_dep6_y3": money(dep.depreciation_new[2]),
        "capital_ex3_boost_y3": money(ex.earnings_boost(year=3)),
        "capital_ex3_boost_cum3": money(dep.cumulative_boost[2]),
        "capital_ex3_total_old": money(dep.depreciation_old.sum()),
        "capital_ex3_total_new": money(dep.depreciation_new.sum()),
        "capital_ex3_last_year": str(int(dep.years[-1]) + 1),
        "capital_ex4_capital": f["words"](ex.jpm_capital()),
        "capital_ex4_crf6": num(ex.recovery_factor(), 4),
        "capital_ex4_revenue_6y": money(ex.jpm_revenue_over_life(life=ex.EXERCISE_LIFE)),
        "capital_ex5_crf": num(d.capital_recovery_factor, 4),
        "capital_ex5_capex": money(d.data_centre_capex),
        "capital_ex5_share": pct(breakeven),
        "capital_ex5_dscr_full": num(dashboard_result(debt_share=1.0).dscr, 2),
        "capital_ex5_share_all": pct(breakeven / dashboard_defaults()["useful_life"]),
    }


def prose_figures(lang: str | None = None) -> dict[str, str]:
    """Every number the chapter's prose and solutions quote, formatted for ``lang``.

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    dict
        ``{glue key: text}`` in the chapter's order; values from ``data/`` by metric id or
        from :mod:`aifin_lib.capital`.

    Raises
    ------
    aifin_lib.prose.BasisError
        If the data changed the basis of a figure the prose tells as fact.
    """
    lang = i18n.get_language() if lang is None else lang
    f = _formats(lang)
    out: dict[str, str] = {}
    for section in (_capex_figures, _nvidia_figures, _labs_figures, _cahn_figures,
                    _analyst_figures, _depreciation_figures, _financing_figures,
                    _dashboard_figures, _cahn_exercise_figures, _model_exercise_figures):
        out.update(section(lang, f))
    return out
