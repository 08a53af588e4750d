"""Figures, tables and glued numbers of the chapter on supervision and transparency.

Model numbers come from :mod:`aifin_lib.regulation` (policy levers on the stagnation
scenario of :mod:`aifin_lib.scenario`); supervisors' figures come from ``data/macro.csv`` by
metric id and their sources from ``data/sources.csv`` by id. Chart text comes from the
catalogue (:func:`aifin_lib.i18n.t`).
"""

from __future__ import annotations

import html
from functools import cache

import altair as alt
import numpy as np
import pandas as pd

from . import data, i18n
from .charts import PALETTE
from .dashboard import Dashboard, Slider
from .regulation import Evaluation, Policy, Scenario, evaluate, round_tripped_cash
from .scenario import LENDERS, build_network
from .tables import format_value, html_table, source_links

__all__ = [
    "COMPARISON_SCENARIO",
    "LEVER_SETTINGS",
    "STATEMENTS",
    "comparison_chart",
    "comparison_frame",
    "mixer_dashboard",
    "mixer_frame",
    "prose_figures",
    "statements_table",
    "tradeoff_chart",
    "tradeoff_frame",
]

COMPARISON_SCENARIO = "bust"
"""The revenue path the levers are compared on (the path on which lenders lose)."""

LEVER_SETTINGS: dict[str, Policy] = {
    "none": Policy(),
    "disclosure": Policy(disclosure=1.0),
    "max_loan_to_value": Policy(max_loan_to_value=0.8),
    "capital_ratio": Policy(capital_ratio=0.1),
    "max_exposure_to_capital": Policy(max_exposure_to_capital=2.0),
    "stress_test": Policy(stress_test=True),
}
"""One illustrative setting per lever (chapter assumptions, explained in the text): full
disclosure; debt at most 80% of a project's cost; capital of 10% of exposure; at most twice
the lender's capital (at the reference ratio) to one borrower; the supervisory stress test."""

STATEMENTS: tuple[tuple[str, str, str, str], ...] = (
    ("boe", "2025-10-08", "day", "americanwealth_2025_boe_fpc_correction"),
    ("boe", "2025-10-27", "day", "bebeez_2025_boe_dc_lending"),
    ("boe", "2025-12-02", "day", "smartdividend_2025_boe_fsr;capitalpost_2025_boe_capital_rules"),
    ("imf", "2025-10-15", "month", "wion_2025_imf_ai_bubble"),
    ("imf", "2025-10-18", "month", "onewave_2025_imf_gfsr_nbfi"),
    ("ecb", "2025-11-26", "day", "ecb_2025_fsr_foreword_mirror"),
    ("ecb", "2026-05-27", "month", "sipoch_2026_ecb_fsr_private_credit"),
    ("dnb", "2026-02-03", "day", "uktimes_2026_dnb_pension_tech"),
    ("dnb", "2026-05-27", "day", "wpnews_2026_dnb_afm_toxic_cocktail"),
    ("fsb", "2026-05-06", "day", "virtuesig_2026_fsb_private_credit"),
    ("bis", "2026-06-28", "day", "completeaitraining_2026_bis_aer"),
)
"""Supervisors' statements in the table: (supervisor, date, date precision, source ids).
The paraphrase of row ``k`` is the catalogue entry ``sup_statement_<k>``."""

_HOLDER_KEYS = {
    "equity": "sup_part_equity",
    "covered": "sup_part_covered",
    "beyond": "sup_part_beyond",
}
_COST_KEYS = {"forgone": "sup_cost_forgone", "capital": "sup_cost_capital"}


@cache
def _network():
    return build_network()


@cache
def _evaluate(policy: Policy, path: str = COMPARISON_SCENARIO) -> Evaluation:
    return evaluate(policy, Scenario(path, network=_network()))


def _parts(ev: Evaluation) -> dict[str, float]:
    """Losses split: shareholders, lenders' losses within capital, losses beyond capital."""
    lenders = ev.lender_loss
    beyond = sum(max(ev.losses_by_holder[k] - ev.capital[k], 0.0) for k in LENDERS)
    return {
        "equity": ev.losses_by_holder["equity"],
        "covered": lenders - beyond,
        "beyond": beyond,
    }


def comparison_frame() -> pd.DataFrame:
    """Each lever at its illustrative setting on the bust path: losses and costs.

    Returns
    -------
    pandas.DataFrame
        Columns ``lever`` (keys of :data:`LEVER_SETTINGS`), ``kind`` (``"loss"`` or
        ``"cost"``), ``part`` (``equity``/``covered``/``beyond`` or
        ``forgone``/``capital``), ``usd_bn`` and ``defaults`` (number of firms defaulting).
    """
    rows = []
    for lever, policy in LEVER_SETTINGS.items():
        ev = _evaluate(policy)
        n_def = len(ev.defaults)
        for part, v in _parts(ev).items():
            rows.append(
                {
                    "lever": lever,
                    "kind": "loss",
                    "part": part,
                    "usd_bn": round(v, 3),
                    "defaults": n_def,
                }
            )
        for part, v in (
            ("forgone", ev.investment_forgone_usd_bn),
            ("capital", ev.capital_required_usd_bn),
        ):
            rows.append(
                {
                    "lever": lever,
                    "kind": "cost",
                    "part": part,
                    "usd_bn": round(v, 3),
                    "defaults": n_def,
                }
            )
    return pd.DataFrame(rows)


def _lever_label(lever: str) -> str:
    return i18n.t(f"sup_lever_{lever}")


def _losses_and_costs(base: alt.Chart, y_field: str, y_sort: list[str]) -> alt.HConcatChart:
    parts = [i18n.t(_HOLDER_KEYS[p]) for p in _HOLDER_KEYS]
    costs = [i18n.t(_COST_KEYS[p]) for p in _COST_KEYS]
    base = base.transform_calculate(order="datum.part_order")
    loss = (
        base.transform_filter("datum.kind === 'loss'")
        .mark_bar()
        .encode(
            x=alt.X("usd_bn:Q", title=i18n.t("sup_loss_axis"), stack="zero"),
            y=alt.Y(f"{y_field}:N", title=None, sort=y_sort),
            color=alt.Color(
                "part_label:N",
                title=i18n.t("sup_loss_legend"),
                scale=alt.Scale(domain=parts, range=[PALETTE[3], PALETTE[0], PALETTE[1]]),
                legend=alt.Legend(orient="bottom", direction="vertical"),
            ),
            order=alt.Order("part_order:Q"),
            tooltip=[
                alt.Tooltip(f"{y_field}:N", title=i18n.t("sup_policy")),
                alt.Tooltip("part_label:N", title=i18n.t("sup_loss_legend")),
                alt.Tooltip("usd_bn:Q", title=i18n.t("sup_loss_axis"), format=",.1f"),
                alt.Tooltip("defaults:Q", title=i18n.t("sup_defaults")),
            ],
        )
        .properties(width=260, height=200, title=i18n.t("sup_losses_panel"))
    )
    cost = (
        base.transform_filter("datum.kind === 'cost'")
        .mark_bar()
        .encode(
            x=alt.X("usd_bn:Q", title=i18n.t("sup_cost_axis"), stack="zero"),
            y=alt.Y(f"{y_field}:N", title=None, sort=y_sort, axis=alt.Axis(labels=False)),
            color=alt.Color(
                "part_label:N",
                title=i18n.t("sup_cost_legend"),
                scale=alt.Scale(domain=costs, range=[PALETTE[2], PALETTE[4]]),
                legend=alt.Legend(orient="bottom", direction="vertical"),
            ),
            order=alt.Order("part_order:Q"),
            tooltip=[
                alt.Tooltip(f"{y_field}:N", title=i18n.t("sup_policy")),
                alt.Tooltip("part_label:N", title=i18n.t("sup_cost_legend")),
                alt.Tooltip("usd_bn:Q", title=i18n.t("sup_cost_axis"), format=",.1f"),
            ],
        )
        .properties(width=200, height=200, title=i18n.t("sup_costs_panel"))
    )
    return alt.hconcat(loss, cost).resolve_scale(color="independent")


def _labelled(frame: pd.DataFrame) -> pd.DataFrame:
    order = {
        **{p: k for k, p in enumerate(_HOLDER_KEYS)},
        **{p: k for k, p in enumerate(_COST_KEYS)},
    }
    keys = {**_HOLDER_KEYS, **_COST_KEYS}
    frame = frame.copy()
    frame["part_label"] = [i18n.t(keys[p]) for p in frame["part"]]
    frame["part_order"] = [order[p] for p in frame["part"]]
    return frame


def comparison_chart() -> alt.HConcatChart:
    """The levers compared on the bust path: who loses how much, and what each lever costs.

    Returns
    -------
    altair.HConcatChart
    """
    frame = _labelled(comparison_frame())
    frame["lever_label"] = [_lever_label(v) for v in frame["lever"]]
    order = [_lever_label(v) for v in LEVER_SETTINGS]
    return _losses_and_costs(alt.Chart(frame), "lever_label", order).properties(
        title=i18n.t("sup_comparison_title"), description=i18n.t("sup_comparison_description")
    )


_SWEEPS: dict[str, tuple[float, ...]] = {
    "disclosure": (0.0, 0.25, 0.5, 0.75, 1.0),
    "max_loan_to_value": (0.9, 0.85, 0.8, 0.75, 0.7),
    "max_exposure_to_capital": (8.0, 4.0, 2.0, 1.0, 0.5),
}


def tradeoff_frame() -> pd.DataFrame:
    """Each lending lever tightened step by step on the bust path: cost against losses.

    Returns
    -------
    pandas.DataFrame
        Columns ``lever``, ``setting`` (the lever's parameter), ``step`` (0 = loosest),
        ``forgone`` (investment not made) and ``lender_loss`` and ``total_loss``, USD
        billions.
    """
    rows = []
    for lever, values in _SWEEPS.items():
        for step, v in enumerate(values):
            ev = _evaluate(Policy(**{lever: v}))
            rows.append(
                {
                    "lever": lever,
                    "setting": v,
                    "step": step,
                    "forgone": round(ev.investment_forgone_usd_bn, 3),
                    "lender_loss": round(ev.lender_loss, 3),
                    "total_loss": round(ev.total_loss, 3),
                }
            )
    return pd.DataFrame(rows)


def tradeoff_chart() -> alt.Chart:
    """Investment forgone (x) against total losses (y) as each lending lever is tightened.

    Returns
    -------
    altair.Chart
    """
    frame = tradeoff_frame()
    frame["lever_label"] = [_lever_label(v) for v in frame["lever"]]
    labels = [_lever_label(v) for v in _SWEEPS]
    return (
        alt.Chart(frame)
        .mark_line(point=True)
        .encode(
            x=alt.X("forgone:Q", title=i18n.t("sup_forgone_axis")),
            y=alt.Y("total_loss:Q", title=i18n.t("sup_total_loss_axis")),
            color=alt.Color(
                "lever_label:N",
                title=i18n.t("sup_policy"),
                scale=alt.Scale(domain=labels, range=[PALETTE[0], PALETTE[1], PALETTE[2]]),
            ),
            order="step:Q",
            tooltip=[
                alt.Tooltip("lever_label:N", title=i18n.t("sup_policy")),
                alt.Tooltip("setting:Q", title=i18n.t("sup_setting")),
                alt.Tooltip("forgone:Q", title=i18n.t("sup_forgone_axis"), format=",.1f"),
                alt.Tooltip("total_loss:Q", title=i18n.t("sup_total_loss_axis"), format=",.1f"),
                alt.Tooltip("lender_loss:Q", title=i18n.t("sup_lender_loss"), format=",.1f"),
            ],
        )
        .properties(
            width=440,
            height=280,
            title=i18n.t("sup_tradeoff_title"),
            description=i18n.t("sup_tradeoff_description"),
        )
    )


def _mixer_policy(
    disclosure_pct: float, ltv_pct: float, capital_pct: float, concentration: float, stress: float
) -> Policy:
    return Policy(
        disclosure=round(disclosure_pct / 100, 6),
        max_loan_to_value=None if ltv_pct >= 90 else round(ltv_pct / 100, 6),
        capital_ratio=None if capital_pct <= 0 else round(capital_pct / 100, 6),
        max_exposure_to_capital=None if concentration <= 0 else float(concentration),
        stress_test=bool(round(stress)),
    )


def mixer_frame(
    disclosure_pct: float,
    ltv_pct: float,
    capital_pct: float,
    concentration: float,
    stress: float,
) -> pd.DataFrame:
    """The policy mixer's model: losses and costs of a lever mix on the bust path.

    Parameters
    ----------
    disclosure_pct : float
        Disclosure of circular deals, percent (0 = none, 100 = full).
    ltv_pct : float
        Maximum loan-to-value, percent (90 or more = no limit).
    capital_pct : float
        Lenders' capital, percent of exposure (0 = no requirement).
    concentration : float
        Maximum loan to one borrower, multiple of the lender's capital (0 = no limit).
    stress : float
        1 = lenders must pass the stress test, 0 = not.

    Returns
    -------
    pandas.DataFrame
        Columns ``kind``, ``part``, ``usd_bn``, ``defaults``, ``row`` (the one y category).
    """
    ev = _evaluate(_mixer_policy(disclosure_pct, ltv_pct, capital_pct, concentration, stress))
    rows = [{"kind": "loss", "part": p, "usd_bn": round(v, 3)} for p, v in _parts(ev).items()] + [
        {"kind": "cost", "part": "forgone", "usd_bn": round(ev.investment_forgone_usd_bn, 3)},
        {"kind": "cost", "part": "capital", "usd_bn": round(ev.capital_required_usd_bn, 3)},
    ]
    frame = pd.DataFrame(rows)
    frame["defaults"] = len(ev.defaults)
    return frame


def _mixer_chart(base: alt.Chart) -> alt.HConcatChart:
    row = i18n.t("sup_mix_row")
    labels = {**_HOLDER_KEYS, **_COST_KEYS}
    order = {
        **{p: k for k, p in enumerate(_HOLDER_KEYS)},
        **{p: k for k, p in enumerate(_COST_KEYS)},
    }
    label_expr = (
        " : ".join(f"datum.part === '{p}' ? {i18n.t(k)!r}" for p, k in labels.items()) + " : ''"
    )
    order_expr = " : ".join(f"datum.part === '{p}' ? {v}" for p, v in order.items()) + " : 0"
    base = base.transform_calculate(
        part_label=label_expr, part_order=order_expr, row_label=repr(row)
    )
    chart = _losses_and_costs(base, "row_label", [row])
    return chart.properties(
        title=i18n.t("sup_mixer_title"), description=i18n.t("sup_mixer_description")
    )


def mixer_dashboard() -> Dashboard:
    """The policy mixer: five lever sliders, losses and costs on the bust path.

    Returns
    -------
    Dashboard
        Sliders ``disclosure_pct`` (0-100 in 50s), ``ltv_pct`` (70-90 in 10s, 90 = off),
        ``capital_pct`` (0-20 in 10s), ``concentration`` (0-4 in 2s, 0 = off) and
        ``stress`` (0/1).
    """
    return Dashboard(
        mixer_frame,
        [
            Slider("disclosure_pct", "sup_slider_disclosure", 0.0, 100.0, 50.0, 0.0),
            Slider("ltv_pct", "sup_slider_ltv", 70.0, 90.0, 10.0, 90.0),
            Slider("capital_pct", "sup_slider_capital", 0.0, 20.0, 10.0, 0.0),
            Slider("concentration", "sup_slider_concentration", 0.0, 4.0, 2.0, 0.0),
            Slider("stress", "sup_slider_stress", 0.0, 1.0, 1.0, 0.0),
        ],
        _mixer_chart,
    )


def statements_table(lang: str | None = None) -> str:
    """HTML table of what supervisors said: supervisor, date, paraphrase, sources.

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        Language of the headers, dates and paraphrases.

    Returns
    -------
    str
        Deterministic HTML.
    """
    lang = i18n.get_language() if lang is None else lang
    sources = data.load("sources")
    frame = pd.DataFrame(
        {
            i18n.t("sup_col_supervisor", lang): [
                i18n.t(f"sup_supervisor_{s}", lang) for s, _, _, _ in STATEMENTS
            ],
            i18n.t("sup_col_date", lang): [i18n.fmt_date(d, p, lang) for _, d, p, _ in STATEMENTS],
            i18n.t("sup_col_statement", lang): [
                html.escape(i18n.t(f"sup_statement_{k}", lang)) for k in range(len(STATEMENTS))
            ],
            i18n.t("sup_col_sources", lang): [
                source_links(c, sources) for _, _, _, c in STATEMENTS
            ],
        }
    )
    return html_table(frame, i18n.t("sup_statements_caption", lang))


def _best_mix(budget: float) -> tuple[Policy, Evaluation]:
    """The grid mix with the least losses beyond capital, then fewest defaults, within budget."""
    best = None
    for d in (0.0, 50.0, 100.0):
        for ltv in (70.0, 80.0, 90.0):
            for c in (0.0, 10.0, 20.0):
                for m in (0.0, 2.0, 4.0):
                    for s in (0.0, 1.0):
                        pol = _mixer_policy(d, ltv, c, m, s)
                        ev = _evaluate(pol)
                        if ev.investment_forgone_usd_bn > budget + 1e-9:
                            continue
                        parts = _parts(ev)
                        key = (
                            round(parts["beyond"], 6),
                            len(ev.defaults),
                            round(ev.total_loss, 6),
                            round(ev.capital_required_usd_bn, 6),
                        )
                        if best is None or key < best[0]:
                            best = (key, pol, ev)
    assert best is not None
    return best[1], best[2]


EXERCISE_BUDGET_USD_BN = 60.0
"""Investment the reader may give up in the policy-design exercise, USD billions (a
parameter of the exercise)."""


def prose_figures(lang: str | None = None) -> dict[str, str]:
    """Every number in the chapter's prose, formatted for ``lang`` (to be glued).

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    dict
        ``{glue key: text}``, all keys prefixed ``sup_``.
    """
    lang = i18n.get_language() if lang is None else lang
    money = lambda v: i18n.fmt_usd_bn(v, lang)  # noqa: E731
    pct = lambda v, d=0: i18n.fmt_percent(v, lang, d)  # noqa: E731
    num = lambda v, d=0: i18n.fmt_number(v, lang, d)  # noqa: E731
    fig = lambda m: float(data.figure(m).value)  # noqa: E731
    net = _network()
    a = net.assumptions
    lab_cash = net.initial_cash[net.ai_lab]
    rt = round_tripped_cash(net)
    evs = {k: _evaluate(p) for k, p in LEVER_SETTINGS.items()}
    none = evs["none"]
    stag_none = _evaluate(Policy(), "stagnation")
    out = {
        # supervisors' figures (macro.csv)
        "sup_boe_spend": i18n.fmt_usd_bn_long(fig("boe_2025_ai_infra_spend_5y"), lang, 0),
        "sup_boe_external": pct(fig("boe_2025_ai_infra_external_share") / 100),
        "sup_boe_cet1_before": pct(fig("boe_2025_cet1_benchmark_before") / 100),
        "sup_boe_cet1_after": pct(fig("boe_2025_cet1_benchmark_after") / 100),
        "sup_abs_low": money(fig("bofa_2025_dc_abs_cmbs_low")),
        "sup_imf_nbfi_share": pct(fig("imf_2025_nbfi_share_global_assets") / 100),
        "sup_imf_bank_nbfi": i18n.fmt_usd_bn_long(fig("imf_2025_bank_nbfi_exposure"), lang, 1),
        "sup_imf_bank_nbfi_loans": pct(fig("imf_2025_bank_nbfi_exposure_share_loans") / 100),
        "sup_ecb_bank_loss": pct(fig("ecb_2026_severe_shock_loss_banks") / 100, 1),
        "sup_ecb_pension_low": pct(fig("ecb_2026_severe_shock_loss_pension_low") / 100),
        "sup_ecb_pension_high": pct(fig("ecb_2026_severe_shock_loss_pension_high") / 100),
        "sup_ecb_insurer_loss": pct(fig("ecb_2026_severe_shock_loss_insurers") / 100),
        "sup_dnb_tech": format_value(fig("dnb_2026_nl_institutional_tech_equity"), "eur_bn", lang),
        "sup_dnb_mag7": format_value(fig("dnb_2026_nl_institutional_mag7"), "eur_bn", lang),
        "sup_fsb_ai_share": pct(fig("fsb_2026_ai_share_private_credit_deals") / 100),
        "sup_fsb_ai_share_prior": pct(fig("fsb_2026_ai_share_private_credit_deals_prior") / 100),
        # the scenario without policy
        "sup_none_defaults": num(len(none.defaults)),
        "sup_none_lenders": money(none.lender_loss),
        "sup_none_equity": money(none.losses_by_holder["equity"]),
        "sup_none_bonds": money(none.losses_by_holder["bond_investors"]),
        "sup_stag_equity": money(stag_none.losses_by_holder["equity"]),
        "sup_lending": money(none.lending_usd_bn),
        # disclosure
        "sup_lab_cash": money(lab_cash),
        "sup_round_trip": money(rt),
        "sup_round_trip_share": pct(rt / lab_cash),
        "sup_disc_forgone": money(evs["disclosure"].investment_forgone_usd_bn),
        "sup_disc_defaults": num(len(evs["disclosure"].defaults)),
        "sup_disc_equity": money(evs["disclosure"].losses_by_holder["equity"]),
        # leverage
        "sup_infra_debt_share": pct(a["infra_debt_share"]),
        "sup_ltv": pct(LEVER_SETTINGS["max_loan_to_value"].max_loan_to_value),
        "sup_ltv_k": pct(
            (1 - a["infra_debt_share"])
            / (1 - LEVER_SETTINGS["max_loan_to_value"].max_loan_to_value)
        ),
        "sup_ltv_forgone": money(evs["max_loan_to_value"].investment_forgone_usd_bn),
        "sup_ltv_defaults": num(len(evs["max_loan_to_value"].defaults)),
        "sup_ltv_lenders": money(evs["max_loan_to_value"].lender_loss),
        # capital
        "sup_capital_ratio": pct(LEVER_SETTINGS["capital_ratio"].capital_ratio),
        "sup_cap_required": money(evs["capital_ratio"].capital_required_usd_bn),
        "sup_cap_beyond": money(_parts(evs["capital_ratio"])["beyond"]),
        "sup_cap_failures": num(len(evs["capital_ratio"].lender_failures)),
        "sup_cap_defaults": num(len(evs["capital_ratio"].defaults)),
        # concentration
        "sup_conc_multiple": num(LEVER_SETTINGS["max_exposure_to_capital"].max_exposure_to_capital),
        "sup_conc_forgone": money(evs["max_exposure_to_capital"].investment_forgone_usd_bn),
        "sup_conc_defaults": num(len(evs["max_exposure_to_capital"].defaults)),
        # stress test
        "sup_st_capital": money(evs["stress_test"].capital_required_usd_bn),
        "sup_st_bonds": money(evs["stress_test"].capital["bond_investors"]),
        "sup_st_failures": num(len(evs["stress_test"].lender_failures)),
        "sup_st_residual_low": pct(a["residual_value_fraction_low"]),
        "sup_residual": pct(a["residual_value_fraction"]),
    }
    # exercises
    pol, ev = _best_mix(EXERCISE_BUDGET_USD_BN)
    bond_exposure = evs["capital_ratio"].capital["bond_investors"] / 0.1
    out.update(
        {
            "sup_ex1_size": num(100 * (1 - 0.9) / (1 - 0.75)),
            "sup_ex1_debt": num(0.75 * 100 * (1 - 0.9) / (1 - 0.75)),
            "sup_ex2_factor": pct(1 - 45 / 75 * 0.5),
            "sup_ex3_budget": money(EXERCISE_BUDGET_USD_BN),
            "sup_ex3_disclosure": pct(pol.disclosure),
            "sup_ex3_ltv": pct(pol.max_loan_to_value) if pol.max_loan_to_value else "-",
            "sup_ex3_capital": pct(pol.capital_ratio or 0.0),
            "sup_ex3_conc": num(pol.max_exposure_to_capital or 0.0),
            "sup_ex3_stress": i18n.t("sup_yes" if pol.stress_test else "sup_no", lang),
            "sup_ex3_forgone": money(ev.investment_forgone_usd_bn),
            "sup_ex3_defaults": num(len(ev.defaults)),
            "sup_ex3_capital_req": money(ev.capital_required_usd_bn),
            "sup_ex3_beyond": money(_parts(ev)["beyond"]),
            "sup_ex4_needed": pct(none.losses_by_holder["bond_investors"] / bond_exposure, 1),
            "sup_ex4_bond_exposure": money(bond_exposure),
        }
    )
    assert np.all([isinstance(v, str) for v in out.values()])
    return out
