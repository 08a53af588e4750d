"""The chapter on supervision and transparency: figures, tables, prose numbers and exercises.

Model numbers come from :mod:`aifin_lib.regulation` (policy levers on the stagnation
scenario of :mod:`aifin_lib.scenario`); supervisors' figures come from ``data/macro.csv`` by
metric id and their sources from ``data/sources.csv`` by id. Chart text comes from the
catalogue (:func:`aifin_lib.i18n.t`). Each rule is measured on two scenarios: the bust path
as calibrated (where no lender loses, so a rule can only cost) and the supervisors' severely
adverse case (where the domino runs further). The worksheet's questions are
:data:`EXERCISES`; the chapter's worked solutions call the same compute functions
(:func:`round_tripped_usd_bn`, :func:`investment_forgone`, :func:`capital_required`).
"""

from __future__ import annotations

import html
from functools import partial
from typing import Any

import altair as alt
import pandas as pd

from aifin_lib import data, i18n
from aifin_lib.exercises import Exercise, define
from aifin_lib.regulation import (
    REFERENCE_CAPITAL_METRIC,
    Evaluation,
    Policy,
    StressCase,
    disclosure_factor,
    evaluate,
    leverage_limit_factors,
    round_tripped_cash,
    severe_scenario,
)
from aifin_lib.scenario import ScenarioNetwork, default_network, network_sources
from aifin_lib.tables import format_value, html_table, source_links
from aifin_lib.viz.dashboard import (
    Choice,
    Dashboard,
    PrintFigure,
    PrintSetting,
    Slider,
    Toggle,
    merge_usermeta,
)
from aifin_lib.viz.sources import with_sources
from aifin_lib.viz.theme import PALETTE

from ._glue import Formats, joined

__all__ = [
    "EXERCISES",
    "EXERCISE_BUDGET_USD_BN",
    "EXERCISE_PROJECT",
    "LEVER_SETTINGS",
    "SCENARIOS",
    "STATEMENTS",
    "capital_required",
    "comparison_chart",
    "comparison_frame",
    "exercise_buffer_beyond",
    "exercise_disclosure_factor",
    "exercise_ltv_debt",
    "exercise_ltv_size",
    "exercise_stress_capital",
    "investment_forgone",
    "mixer_dashboard",
    "mixer_frame",
    "prose_figures",
    "round_tripped_usd_bn",
    "statements_table",
    "tradeoff_chart",
    "tradeoff_frame",
]

SCENARIOS: tuple[str, ...] = ("bust", "severe")
"""The scenarios each rule is measured on: the bust path as calibrated, and the bust with the
supervisors' severe cut of the firms' other cash flows
(:func:`aifin_lib.regulation.severe_scenario`)."""

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
The paraphrase of row ``k`` is the catalogue entry ``supervision_statement_<k>``."""

_PART_KEYS = {
    "covered": "supervision_part_covered",
    "beyond": "supervision_part_beyond",
}
_COST_KEYS = {"forgone": "supervision_cost_forgone", "capital": "supervision_cost_capital"}


def _sourced(chart: Any) -> Any:
    refs = [*network_sources(), f"macro:{REFERENCE_CAPITAL_METRIC}"]
    return with_sources(chart, refs, "aifin_lib.regulation.evaluate")


def _scenario(name: str) -> StressCase:
    if name == "severe":
        return severe_scenario(default_network())
    return StressCase(name, network=default_network())


_EVALUATIONS: dict[ScenarioNetwork, dict[tuple[Policy, str], Evaluation]] = {}
"""Evaluations already made, per network object (see :func:`_evaluate`)."""


def _evaluate(policy: Policy, scenario: str = "severe") -> Evaluation:
    """:func:`aifin_lib.regulation.evaluate` on one of :data:`SCENARIOS` of the default network.

    The policy mixer's grid and the best mix of exercise 5 evaluate the same mixes, so each
    evaluation is kept with the network it was made on: a different default network (another
    data folder, :func:`aifin_lib.data.set_data_dir`) gets evaluations of its own.
    """
    made = _EVALUATIONS.setdefault(default_network(), {})
    if (policy, scenario) not in made:
        made[(policy, scenario)] = evaluate(policy, _scenario(scenario))
    return made[(policy, scenario)]


def _parts(ev: Evaluation) -> dict[str, float]:
    """Credit losses split into the part lenders' capital covers and the part beyond it."""
    beyond = sum(ev.losses_beyond_capital.values())
    return {"covered": ev.credit_loss - beyond, "beyond": beyond}


def comparison_frame() -> pd.DataFrame:
    """Each lever at its illustrative setting on both scenarios: credit losses and costs.

    Returns
    -------
    pandas.DataFrame
        Columns ``scenario`` (:data:`SCENARIOS`), ``lever`` (keys of
        :data:`LEVER_SETTINGS`), ``kind`` (``"loss"`` or ``"cost"``), ``part``
        (``covered``/``beyond`` or ``forgone``/``capital``), ``usd_bn`` and ``defaults``
        (number of firms defaulting).
    """
    rows = []
    for scenario in SCENARIOS:
        for lever, policy in LEVER_SETTINGS.items():
            ev = _evaluate(policy, scenario)
            parts = {**_parts(ev), "forgone": ev.investment_forgone_usd_bn,
                     "capital": ev.capital_required_usd_bn}
            for part, v in parts.items():
                rows.append({"scenario": scenario, "lever": lever,
                             "kind": "loss" if part in _PART_KEYS else "cost", "part": part,
                             "usd_bn": round(v, 3), "defaults": len(ev.defaults)})
    return pd.DataFrame(rows)


def _lever_label(lever: str) -> str:
    return i18n.t(f"supervision_lever_{lever}")


LABEL_WRAP = 24
"""Lever names longer than this many characters are set on several lines beside the bars."""


def _wrapped_labels(labels: list[str]) -> str:
    """A Vega ``labelExpr`` that sets each long label on lines of at most :data:`LABEL_WRAP`
    characters (a phone shows the whole name instead of a cut one)."""
    import json
    import textwrap

    parts = []
    for label in labels:
        lines = textwrap.wrap(label, LABEL_WRAP, break_on_hyphens=False)
        if len(lines) > 1:
            parts.append(f"datum.value === {json.dumps(label)} ? {json.dumps(lines)}")
    return " : ".join([*parts, "datum.label"])


def _losses_and_costs(base: alt.Chart, y_field: str, y_sort: list[str],
                      title_key: str) -> alt.VConcatChart:
    """The credit losses above the costs, each panel with the lever names beside its bars (so
    the pair fits a phone's width without being scaled down)."""
    parts = [i18n.t(k) for k in _PART_KEYS.values()]
    costs = [i18n.t(k) for k in _COST_KEYS.values()]
    y = alt.Y(f"{y_field}:N", title=None, sort=y_sort,
              axis=alt.Axis(labelExpr=_wrapped_labels(y_sort), labelLimit=0))
    loss = _kind_panel(base, "loss", y_field, y, parts, [PALETTE[0], PALETTE[1]],
                       [alt.Tooltip("defaults:Q", title=i18n.t("supervision_defaults"))])
    cost = _kind_panel(base, "cost", y_field, y, costs, [PALETTE[2], PALETTE[4]], [])
    step = alt.Step(34)
    return alt.vconcat(
        loss.properties(width=250, height=step, title=i18n.t(title_key)),
        cost.properties(width=250, height=step, title=i18n.t("supervision_costs_panel")),
    ).resolve_scale(color="independent")


_TABLE_WORDS = {"scenario_label": "supervision_table_scenario",
                "part_label": "supervision_table_part", "usd_bn": "supervision_table_usd_bn"}
"""Catalogue keys of the table view's headers where a panel's own title fits one kind of row
only (credit losses and costs share the columns)."""


def _table_words() -> dict[str, Any]:
    return {"headers": {k: i18n.t(v) for k, v in _TABLE_WORDS.items()},
            "formats": {"usd_bn": ",.1f"}}


def _kind_panel(base: alt.Chart, kind: str, y_field: str, y: alt.Y, domain: list[str],
                colours: list[str], more_tooltip: list[alt.Tooltip]) -> alt.Chart:
    """Stacked bars of the rows of one ``kind`` (``loss`` or ``cost``) per part, USD bn, on
    the y axis ``y`` (of the field ``y_field``)."""
    axis, legend = i18n.t(f"supervision_{kind}_axis"), i18n.t(f"supervision_{kind}_legend")
    return (
        base.transform_filter(f"datum.kind === '{kind}'")
        .mark_bar()
        .encode(
            x=alt.X("usd_bn:Q", title=axis, stack="zero"),
            y=y,
            color=alt.Color("part_label:N", title=legend,
                            scale=alt.Scale(domain=domain, range=colours),
                            legend=alt.Legend(orient="bottom", direction="vertical")),
            order=alt.Order("part_order:Q"),
            tooltip=[alt.Tooltip(f"{y_field}:N", title=i18n.t("supervision_policy")),
                     alt.Tooltip("part_label:N", title=legend),
                     alt.Tooltip("usd_bn:Q", title=axis, format=",.1f"),
                     *more_tooltip],
        )
    )


def _labelled(frame: pd.DataFrame) -> pd.DataFrame:
    keys = {**_PART_KEYS, **_COST_KEYS}
    order = {p: k for k, p in enumerate(keys)}
    frame = frame.copy()
    frame["part_label"] = [i18n.t(keys[p]) for p in frame["part"]]
    frame["part_order"] = [order[p] for p in frame["part"]]
    return frame


def comparison_chart() -> alt.VConcatChart:
    """The levers on both scenarios: lenders' credit losses, and what each lever costs.

    Returns
    -------
    altair.VConcatChart
    """
    frame = _labelled(comparison_frame())
    frame["lever_label"] = [_lever_label(v) for v in frame["lever"]]
    frame["scenario_label"] = [i18n.t(f"supervision_scenario_{v}") for v in frame["scenario"]]
    order = [_lever_label(v) for v in LEVER_SETTINGS]
    rows = [
        _losses_and_costs(alt.Chart(frame[frame["scenario"] == sc]), "lever_label", order,
                          f"supervision_losses_panel_{sc}")
        for sc in SCENARIOS
    ]
    return _sourced(merge_usermeta(alt.vconcat(*rows).properties(
        title=i18n.t("supervision_comparison_title"),
        description=i18n.t("supervision_comparison_description")), _table_words()))


_SWEEPS: dict[str, tuple[float, ...]] = {
    "disclosure": (0.0, 0.25, 0.5, 0.75, 1.0),
    "max_loan_to_value": (1.0, 0.9, 0.85, 0.8, 0.75, 0.7),
    "max_exposure_to_capital": (8.0, 4.0, 2.0, 1.0, 0.5),
}


def tradeoff_frame() -> pd.DataFrame:
    """Each lending lever tightened step by step on the severe case: cost against losses.

    Returns
    -------
    pandas.DataFrame
        Columns ``lever``, ``setting`` (the lever's parameter), ``step`` (0 = loosest),
        ``forgone`` (investment not made) and ``credit_loss``, USD billions.
    """
    rows = []
    for lever, values in _SWEEPS.items():
        for step, v in enumerate(values):
            setting: dict[str, Any] = {lever: v}
            ev = _evaluate(Policy(**setting))
            rows.append({"lever": lever, "setting": v, "step": step,
                         "forgone": round(ev.investment_forgone_usd_bn, 3),
                         "credit_loss": round(ev.credit_loss, 3)})
    return pd.DataFrame(rows)


def tradeoff_chart() -> alt.Chart:
    """Investment forgone (x) against credit losses (y) as each lending lever is tightened.

    Returns
    -------
    altair.Chart
    """
    frame = tradeoff_frame()
    frame["lever_label"] = [i18n.t(f"supervision_sweep_{v}") for v in frame["lever"]]
    labels = [i18n.t(f"supervision_sweep_{v}") for v in _SWEEPS]
    return _sourced(
        alt.Chart(frame)
        .mark_line(point=True)
        .encode(
            x=alt.X("forgone:Q", title=i18n.t("supervision_forgone_axis")),
            y=alt.Y("credit_loss:Q", title=i18n.t("supervision_credit_loss_axis")),
            color=alt.Color("lever_label:N", title=i18n.t("supervision_policy"),
                            scale=alt.Scale(domain=labels,
                                            range=[PALETTE[0], PALETTE[1], PALETTE[2]]),
                            legend=alt.Legend(orient="bottom")),
            order="step:Q",
            tooltip=[alt.Tooltip("lever_label:N", title=i18n.t("supervision_policy")),
                     alt.Tooltip("setting:Q", title=i18n.t("supervision_setting")),
                     alt.Tooltip("forgone:Q", title=i18n.t("supervision_forgone_axis"),
                                 format=",.1f"),
                     alt.Tooltip("credit_loss:Q", title=i18n.t("supervision_credit_loss_axis"),
                                 format=",.1f")],
        )
        .properties(width=420, height=260, title=i18n.t("supervision_tradeoff_title"),
                    description=i18n.t("supervision_tradeoff_description"))
    )


def _mixer_policy(disclosure: float, ltv: float, capital: float, concentration: float,
                  stress: bool) -> Policy:
    return Policy(
        disclosure=round(float(disclosure), 6),
        max_loan_to_value=None if ltv >= 1.0 else round(float(ltv), 6),
        capital_ratio=None if capital <= 0 else round(float(capital), 6),
        max_exposure_to_capital=None if concentration <= 0 else float(concentration),
        stress_test=bool(stress),
    )


def mixer_frame(disclosure: float, ltv: float, capital: float, concentration: float,
                stress: bool) -> pd.DataFrame:
    """The policy mixer's model: credit losses and costs of a lever mix in the severe case.

    Parameters
    ----------
    disclosure : float
        Disclosure of round-tripped money, fraction (0 = none, 1 = full).
    ltv : float
        Maximum loan-to-value, fraction (1 = no limit).
    capital : float
        Lenders' capital, fraction of exposure (0 = no requirement).
    concentration : float
        Maximum loan to one borrower, multiple of the lender's capital (0 = no limit).
    stress : bool
        Lenders must pass the stress test.

    Returns
    -------
    pandas.DataFrame
        Columns ``kind``, ``part``, ``usd_bn`` (USD billions) and ``defaults``.
    """
    ev = _evaluate(_mixer_policy(disclosure, ltv, capital, concentration, stress))
    rows = [{"kind": "loss", "part": p, "usd_bn": round(v, 3)} for p, v in _parts(ev).items()]
    rows += [{"kind": "cost", "part": "forgone", "usd_bn": round(ev.investment_forgone_usd_bn, 3)},
             {"kind": "cost", "part": "capital", "usd_bn": round(ev.capital_required_usd_bn, 3)}]
    frame = pd.DataFrame(rows)
    frame["defaults"] = len(ev.defaults)
    return frame


def _mixer_chart(base: alt.Chart) -> alt.VConcatChart:
    row = i18n.t("supervision_mix_row")
    keys = {**_PART_KEYS, **_COST_KEYS}
    label_expr = " : ".join(f"datum.part === '{p}' ? {i18n.t(k)!r}" for p, k in keys.items())
    order_expr = " : ".join(f"datum.part === '{p}' ? {v}" for v, p in enumerate(keys))
    base = base.transform_calculate(part_label=label_expr + " : ''",
                                    part_order=order_expr + " : 0", row_label=repr(row))
    chart = (_losses_and_costs(base, "row_label", [row], "supervision_losses_panel_severe")
             .properties(title=i18n.t("supervision_mixer_title"),
                         description=i18n.t("supervision_mixer_description")))
    return _sourced(merge_usermeta(chart, _table_words()))


def mixer_dashboard() -> Dashboard:
    """The policy mixer in the severe case: five levers, credit losses and costs.

    Returns
    -------
    Dashboard
    """
    return Dashboard(
        mixer_frame,
        [
            Slider("disclosure", "supervision_slider_disclosure", 0.0, 1.0, 0.5, 0.0,
                   display="percent"),
            Slider("ltv", "supervision_slider_ltv", 0.7, 1.0, 0.1, 1.0, display="percent"),
            Slider("capital", "supervision_slider_capital", 0.0, 0.2, 0.1, 0.0, display="percent"),
            Choice("concentration", "supervision_slider_concentration",
                   [(0.0, "supervision_conc_none"), (4.0, "supervision_conc_4"),
                    (2.0, "supervision_conc_2"),
                    (1.0, "supervision_conc_1")], 0.0),
            Toggle("stress", "supervision_slider_stress"),
        ],
        _mixer_chart,
        print_settings=[
            PrintSetting("print_setting_start"),
            PrintSetting("print_sup_two_rules", {"disclosure": 1.0, "stress": True}),
            PrintSetting("print_sup_all_rules", {"disclosure": 1.0, "ltv": 0.8, "capital": 0.1,
                                                 "concentration": 2.0, "stress": True}),
        ],
        print_figures=[
            PrintFigure("print_sup_losses", lambda f: f.loc[f["kind"] == "loss", "usd_bn"].sum(),
                        "usd_bn", 1),
            PrintFigure("print_sup_forgone",
                        lambda f: f.loc[f["part"] == "forgone", "usd_bn"].sum(), "usd_bn"),
            PrintFigure("print_sup_capital",
                        lambda f: f.loc[f["part"] == "capital", "usd_bn"].sum(), "usd_bn"),
            PrintFigure("print_sup_defaults", lambda f: f["defaults"].iloc[0]),
        ],
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
            i18n.t("supervision_col_supervisor", lang): [
                i18n.t(f"supervision_supervisor_{s}", lang) for s, _, _, _ in STATEMENTS
            ],
            i18n.t("supervision_col_date", lang): [
                i18n.fmt_date(d, p, lang) for _, d, p, _ in STATEMENTS
            ],
            i18n.t("supervision_col_statement", lang): [
                html.escape(i18n.t(f"supervision_statement_{k}", lang))
                for k in range(len(STATEMENTS))
            ],
            i18n.t("supervision_col_sources", lang): [
                source_links(c, sources) for _, _, _, c in STATEMENTS
            ],
        }
    )
    return html_table(frame, i18n.t("supervision_statements_caption", lang))


def _best_mix(budget: float) -> tuple[Policy, Evaluation]:
    """The grid mix with the least credit losses beyond capital, then the least credit loss,
    then the least capital, whose investment forgone stays within ``budget`` (severe case)."""
    best: tuple[tuple[float, ...], Policy, Evaluation] | None = None
    for d in (0.0, 0.5, 1.0):
        for ltv in (0.7, 0.8, 0.9, 1.0):
            for c in (0.0, 0.1, 0.2):
                for m in (0.0, 4.0, 2.0, 1.0):
                    for stress in (False, True):
                        pol = _mixer_policy(d, ltv, c, m, stress)
                        ev = _evaluate(pol)
                        if ev.investment_forgone_usd_bn > budget + 1e-9:
                            continue
                        key = (round(_parts(ev)["beyond"], 6), round(ev.credit_loss, 6),
                               round(ev.capital_required_usd_bn, 6),
                               round(ev.investment_forgone_usd_bn, 6))
                        if best is None or key < best[0]:
                            best = (key, pol, ev)
    if best is None:
        raise ValueError(f"no policy mix stays within a budget of {budget} USD bn")
    return best[1], best[2]


# ---------------------------------------------------------------- exercises

EXERCISE_BUDGET_USD_BN = 30.0
"""Investment the reader may give up in the policy-design exercise, USD billions (a
parameter of the exercise)."""
EXERCISE_PROJECT = (90.0, 100.0, 0.75)
"""The leverage exercise's project: debt and cost (USD billions) and the limit (fraction)."""
WORKSHEET_MAX_LOAN_TO_VALUE = 0.6
"""The loan-to-value limit of the worksheet's leverage question, fraction (a parameter of the
exercise)."""


def round_tripped_usd_bn() -> float:
    """Round-tripped money in the AI lab's first-year money, USD bn (worksheet exercise 1).

    :func:`aifin_lib.regulation.round_tripped_cash` of the default network.
    """
    return float(round_tripped_cash(default_network()))


def investment_forgone(policy: Policy) -> float:
    """Investment not made because of ``policy``, USD bn (worksheet exercises 2 and 3).

    The lending levers change the balance sheets before any scenario is cleared, so the
    amount is the same on both :data:`SCENARIOS`; it is read from the bust path, the
    worksheet's scenario.
    """
    return float(_evaluate(policy, "bust").investment_forgone_usd_bn)


def capital_required(policy: Policy) -> float:
    """Capital ``policy`` asks of all lenders together, USD bn (worksheet exercises 4 and 5).

    A buffer is a share of what lenders are owed and the stress test's capital is their
    worst loss over the supervisory battery, so the amount is the same on both
    :data:`SCENARIOS`; it is read from the bust path, the worksheet's scenario.
    """
    return float(_evaluate(policy, "bust").capital_required_usd_bn)


def exercise_ltv_size() -> float:
    """Exercise 1: the project's cost under the limit, USD billions."""
    debt, cost, ltv = EXERCISE_PROJECT
    return leverage_limit_factors(debt, cost, ltv)[0] * cost


def exercise_ltv_debt() -> float:
    """Exercise 1: the project's debt under the limit, USD billions."""
    debt, cost, ltv = EXERCISE_PROJECT
    return leverage_limit_factors(debt, cost, ltv)[1] * debt


def _lab_revenue_share(firm: str) -> float:
    net = default_network()
    owed = net.contracts.sum(axis=0)
    j = net.index(firm)
    return float(owed[net.ai_lab, j] / owed[:, j].sum())


def _lab_money() -> float:
    """The AI lab's money in the first year: its cash and the funding round, USD bn."""
    net = default_network()
    return float(net.initial_cash[net.ai_lab] + net.first_year_funding)


def _round_tripped_share() -> float:
    return round_tripped_usd_bn() / _lab_money()


def exercise_disclosure_factor() -> float:
    """Exercise 2: CoreWeave's build-out under half disclosure, as a share of the old."""
    return disclosure_factor(0.5, _round_tripped_share(), _lab_revenue_share("coreweave"))


def exercise_stress_capital() -> float:
    """Exercise 4: capital the stress test asks of all lenders together, USD billions."""
    return capital_required(LEVER_SETTINGS["stress_test"])


def exercise_buffer_beyond() -> float:
    """Exercise 3: credit losses beyond a 10% capital buffer in the severe case, USD bn."""
    return _parts(_evaluate(LEVER_SETTINGS["capital_ratio"]))["beyond"]


EXERCISES: tuple[Exercise, ...] = (
    define("supervision-1", "usd_bn", round_tripped_usd_bn),
    define("supervision-2", "usd_bn", partial(investment_forgone, LEVER_SETTINGS["disclosure"])),
    define("supervision-3", "usd_bn", partial(
        investment_forgone, Policy(max_loan_to_value=WORKSHEET_MAX_LOAN_TO_VALUE))),
    define("supervision-4", "usd_bn", partial(capital_required, LEVER_SETTINGS["capital_ratio"])),
    define("supervision-5", "usd_bn", partial(capital_required, LEVER_SETTINGS["stress_test"])),
)
"""The worksheet's questions (``book/*/worksheet_supervision_and_transparency.ipynb``); the
chapter's prose shows the same functions' results for the chapter's lever settings."""


# ---------------------------------------------------------------- prose


def _supervisor_figures(f: Formats) -> dict[str, str]:
    """What supervisors reported (``data/macro.csv``)."""
    fig, lang = data.metric_value, f.lang
    return {
        "supervision_boe_spend": i18n.fmt_usd_bn_long(fig("boe_2025_ai_infra_spend_5y"), lang, 0),
        "supervision_boe_external": f.pct(fig("boe_2025_ai_infra_external_share") / 100),
        "supervision_boe_cet1_before": f.pct(fig("boe_2025_cet1_benchmark_before") / 100),
        "supervision_boe_cet1_after": f.pct(fig("boe_2025_cet1_benchmark_after") / 100),
        "supervision_abs_low": f.money(fig("bofa_2025_dc_abs_cmbs_low")),
        "supervision_imf_nbfi_share": f.pct(fig("imf_2025_nbfi_share_global_assets") / 100),
        "supervision_imf_bank_nbfi": i18n.fmt_usd_bn_long(
            fig("imf_2025_bank_nbfi_exposure"), lang, 1),
        "supervision_imf_bank_nbfi_loans": f.pct(
            fig("imf_2025_bank_nbfi_exposure_share_loans") / 100),
        "supervision_ecb_bank_loss": f.pct(fig("ecb_2026_severe_shock_loss_banks") / 100, 1),
        "supervision_ecb_pension_low": f.pct(fig("ecb_2026_severe_shock_loss_pension_low") / 100),
        "supervision_ecb_pension_high": f.pct(
            fig("ecb_2026_severe_shock_loss_pension_high") / 100),
        "supervision_ecb_insurer_loss": f.pct(fig("ecb_2026_severe_shock_loss_insurers") / 100),
        "supervision_dnb_tech": format_value(
            fig("dnb_2026_nl_institutional_tech_equity"), "eur_bn", lang),
        "supervision_dnb_mag7": format_value(fig("dnb_2026_nl_institutional_mag7"), "eur_bn", lang),
        "supervision_fsb_ai_share": f.pct(fig("fsb_2026_ai_share_private_credit_deals") / 100),
        "supervision_fsb_ai_share_prior": f.pct(
            fig("fsb_2026_ai_share_private_credit_deals_prior") / 100),
    }


def _no_policy_figures(f: Formats) -> dict[str, str]:
    """The two scenarios without policy."""
    a = default_network().assumptions
    none = _evaluate(LEVER_SETTINGS["none"], "severe")
    return {
        "supervision_severe_factor": f.pct(a["stress_outside_cash_flow_factor"]),
        "supervision_severe_residual": f.pct(a["residual_value_fraction_low"]),
        "supervision_none_credit": f.money(none.credit_loss),
        "supervision_none_banks": f.money(none.credit_losses["banks"]),
        "supervision_none_pc": f.money(none.credit_losses["private_credit"]),
        "supervision_none_bonds": f.money(none.credit_losses["bond_investors"]),
        "supervision_bust_lost": f.money(_evaluate(LEVER_SETTINGS["none"], "bust").lost_revenue),
        "supervision_lending": f.money(none.lending_usd_bn),
    }


def _setting(lever: str) -> float:
    """The value of a numeric lever in its illustrative setting (:data:`LEVER_SETTINGS`)."""
    value = getattr(LEVER_SETTINGS[lever], lever)
    if value is None:
        raise ValueError(f"LEVER_SETTINGS[{lever!r}] must set {lever}, got None")
    return float(value)


def _lever_figures(f: Formats) -> dict[str, str]:
    """Each lever at its illustrative setting (:data:`LEVER_SETTINGS`) in the severe case."""
    sev = {k: _evaluate(p, "severe") for k, p in LEVER_SETTINGS.items()}
    a = default_network().assumptions
    return {
        # disclosure
        "supervision_lab_money": f.money(_lab_money()),
        "supervision_round_trip": f.money(round_tripped_usd_bn()),
        "supervision_round_trip_share": f.pct(_round_tripped_share()),
        "supervision_disc_forgone": f.money(investment_forgone(LEVER_SETTINGS["disclosure"])),
        "supervision_disc_credit": f.money(sev["disclosure"].credit_loss),
        "supervision_disc_cut": f.pct(1.0 - sev["disclosure"].credit_loss
                                      / sev["none"].credit_loss),
        "supervision_disc_lost": f.money(_evaluate(LEVER_SETTINGS["disclosure"], "bust")
                                         .lost_revenue),
        # leverage
        "supervision_infra_debt_share": f.pct(a["infra_debt_share"]),
        "supervision_ltv": f.pct(_setting("max_loan_to_value")),
        "supervision_ltv_forgone": f.money(
            investment_forgone(LEVER_SETTINGS["max_loan_to_value"])),
        "supervision_ltv_credit": f.money(sev["max_loan_to_value"].credit_loss),
        # capital
        "supervision_capital_ratio": f.pct(_setting("capital_ratio")),
        "supervision_cap_required": f.money(capital_required(LEVER_SETTINGS["capital_ratio"])),
        "supervision_cap_beyond": f.money(exercise_buffer_beyond()),
        # concentration
        "supervision_conc_multiple": i18n.t_plural(
            "n_times", _setting("max_exposure_to_capital"), f.lang),
        "supervision_conc_forgone": f.money(
            investment_forgone(LEVER_SETTINGS["max_exposure_to_capital"])),
        "supervision_conc_credit": f.money(sev["max_exposure_to_capital"].credit_loss),
        # stress test
        "supervision_st_capital": f.money(capital_required(LEVER_SETTINGS["stress_test"])),
        "supervision_residual": f.pct(a["residual_value_fraction"]),
    }


def _bust_cost_figures(f: Formats) -> dict[str, str]:
    """What each lever costs on the bust path: investment forgone plus capital required."""
    return {
        f"supervision_bust_cost_{k}": f.money(investment_forgone(LEVER_SETTINGS[k])
                                              + capital_required(LEVER_SETTINGS[k]))
        for k in ("disclosure", "max_loan_to_value", "capital_ratio", "max_exposure_to_capital",
                  "stress_test")
    }


def _exercise_figures(f: Formats) -> dict[str, str]:
    """The worked solutions of the chapter's exercises 1-4."""
    debt, cost, ltv = EXERCISE_PROJECT
    return {
        "supervision_ex1_debt_in": f.money(debt),
        "supervision_ex1_cost_in": f.money(cost),
        "supervision_ex1_ltv": f.pct(ltv),
        "supervision_ex1_size": f.money(exercise_ltv_size()),
        "supervision_ex1_debt": f.money(exercise_ltv_debt()),
        "supervision_ex2_rt_share": f.pct(_round_tripped_share()),
        "supervision_ex2_lab_share": f.pct(_lab_revenue_share("coreweave")),
        "supervision_ex2_factor": f.pct(exercise_disclosure_factor()),
        "supervision_ex3_beyond": f.money(exercise_buffer_beyond()),
        "supervision_ex4_capital": f.money(exercise_stress_capital()),
    }


def _best_mix_figures(f: Formats) -> dict[str, str]:
    """The worked solution of exercise 5: the best mix within the budget."""
    pol, best = _best_mix(EXERCISE_BUDGET_USD_BN)
    conc = (f"supervision_conc_{int(pol.max_exposure_to_capital)}"
            if pol.max_exposure_to_capital else "supervision_conc_none")
    return {
        "supervision_ex5_budget": f.money(EXERCISE_BUDGET_USD_BN),
        "supervision_ex5_disclosure": f.pct(pol.disclosure),
        "supervision_ex5_ltv": (f.pct(pol.max_loan_to_value) if pol.max_loan_to_value
                                else i18n.t("supervision_conc_none", f.lang)),
        "supervision_ex5_capital": f.pct(pol.capital_ratio or 0.0),
        "supervision_ex5_conc": i18n.t(conc, f.lang),
        "supervision_ex5_stress": i18n.t(
            "supervision_yes" if pol.stress_test else "supervision_no", f.lang),
        "supervision_ex5_forgone": f.money(best.investment_forgone_usd_bn),
        "supervision_ex5_credit": f.money(best.credit_loss),
        "supervision_ex5_capital_req": f.money(best.capital_required_usd_bn),
        "supervision_ex5_beyond": f.money(_parts(best)["beyond"]),
    }


_SECTIONS = (_supervisor_figures, _no_policy_figures, _lever_figures, _exercise_figures,
             _best_mix_figures, _bust_cost_figures)


def prose_figures(lang: str | None = None) -> dict[str, str]:
    """Every number in the chapter's prose, formatted for ``lang``.

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    dict
        ``{name: text}``, all names prefixed ``supervision_``.
    """
    return joined(_SECTIONS, Formats.of(lang))
