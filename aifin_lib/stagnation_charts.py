"""Figures, tables and glued numbers of the stagnation-scenario chapter.

Every number comes from :mod:`aifin_lib.scenario` (which reads ``data/`` by id and
``data/assumptions.csv``) or from :mod:`aifin_lib.contagion`; chart text comes from the
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
from .contagion import eisenberg_noe, rogers_veraart
from .dashboard import Dashboard, Slider
from .scenario import (
    HOLDERS,
    LENDERS,
    PATHS,
    ScenarioNetwork,
    build_network,
    monte_carlo,
    run_scenario,
)
from .tables import html_table, source_links

__all__ = [
    "EXERCISE_ASSETS",
    "EXERCISE_LIABILITIES",
    "LOSS_AXIS_MAX",
    "MC_SCENARIOS",
    "MC_SEED",
    "SHOCK_FIRMS",
    "SHOCK_USD_BN",
    "assumptions_table",
    "domino_dashboard",
    "domino_frame",
    "inputs_table",
    "losses_by_holder",
    "losses_chart",
    "monte_carlo_chart",
    "monte_carlo_frame",
    "network",
    "prose_figures",
    "sensitivity_chart",
    "sensitivity_frame",
]

SHOCK_FIRMS: tuple[str | None, ...] = (None, "openai", "oracle", "coreweave", "vantage")
"""Firms the reader can shock in the dashboard (slider position 0 = no shock)."""
SHOCK_USD_BN = 30.0
"""Size of the one-off cash loss of the shocked firm, USD billions: a scenario parameter of
the chapter (a round number of the order of Oracle's yearly obligations), not a figure."""
LOSS_AXIS_MAX = 500.0
"""Fixed end of the dashboard's loss axis, USD billions (above every value on its grid)."""
MC_SCENARIOS = 5_000
"""Monte Carlo scenarios per path in the chapter."""
MC_SEED = 2026
"""Seed of the chapter's Monte Carlo."""
EXERCISE_LIABILITIES = np.array([[0.0, 6.0, 4.0], [0.0, 0.0, 5.0], [2.0, 0.0, 0.0]])
"""Three-firm network of the by-hand clearing exercise (row owes column), USD billions."""
EXERCISE_ASSETS = np.array([2.0, 1.0, 3.0])
"""External assets of the three firms of the exercise, USD billions."""

_HOLDER_KEYS = {h: f"stag_holder_{h}" for h in HOLDERS}
_ITEM_KEYS = {
    "contract": "stag_item_contract",
    "chip purchase": "stag_item_chips",
    "debt": "stag_item_debt",
    "lease (per year, first year)": "stag_item_lease",
    "operating cash flow (per year)": "stag_item_cash_flow",
    "cash at start": "stag_item_cash",
    "cash at start (bond proceeds)": "stag_item_bond_cash",
    "infrastructure value": "stag_item_infra",
    "revenue run-rate (per year)": "stag_item_run_rate",
    "projected revenue 2030": "stag_item_projection",
}
_PATH_KEYS = {p: f"stag_path_{p}" for p in PATHS}
_FIRM_ORDER = (
    "openai",
    "oracle",
    "microsoft",
    "meta",
    "amazon",
    "cerebras",
    "nvidia",
    "coreweave",
    "nebius",
    "iren",
    "vantage",
    "hyperion_jv",
)


@cache
def network() -> ScenarioNetwork:
    """The chapter's network (:func:`aifin_lib.scenario.build_network`), built once."""
    return build_network()


def _firm_name(firm: str) -> str:
    names = data.load("companies").set_index("company_id")["name"]
    short = {
        "hyperion_jv": "Hyperion SPV",
        "microsoft": "Microsoft",
        "amazon": "Amazon",
        "alphabet": "Alphabet",
        "vantage": "Vantage",
        "amd": "AMD",
        "iren": "IREN",
    }
    return short.get(firm, str(names.get(firm, firm)).split(" (")[0])


def domino_frame(growth_pct: float, residual_pct: float, shock: float) -> pd.DataFrame:
    """The dashboard's model: year of default of every firm and losses by holder.

    Parameters
    ----------
    growth_pct : float
        Yearly revenue growth after the 2027 stall, percent.
    residual_pct : float
        Residual value of defaulted infrastructure, percent of its cost.
    shock : float
        Position in :data:`SHOCK_FIRMS` (0 = no shock); the firm loses
        :data:`SHOCK_USD_BN` of cash in the first year.

    Returns
    -------
    pandas.DataFrame
        Rows ``kind = "firm"`` (``label``, ``year`` of default or 0 if none, ``wave`` text)
        and ``kind = "loss"`` (``label`` of the holder, ``usd_bn``).
    """
    firm = SHOCK_FIRMS[round(shock)]
    res = run_scenario(
        network(),
        "stagnation",
        growth=growth_pct / 100,
        residual_value_fraction=residual_pct / 100,
        shock_firm=firm,
        shock_usd_bn=SHOCK_USD_BN if firm else 0.0,
    )
    order = {f: k + 1 for k, f in enumerate(res.defaulted)}
    rows = []
    for f in _FIRM_ORDER:
        i = res.firms.index(f)
        year = int(res.default_year[i])
        rows.append(
            {
                "kind": "firm",
                "label": _firm_name(f),
                "year": max(year, 0),
                "wave": str(order.get(f, "")),
                "usd_bn": 0.0,
            }
        )
    for h in HOLDERS:
        rows.append(
            {
                "kind": "loss",
                "label": i18n.t(_HOLDER_KEYS[h]),
                "year": 0,
                "wave": "",
                "usd_bn": round(res.losses[h], 3),
            }
        )
    return pd.DataFrame(rows)


def _domino_chart(base: alt.Chart) -> alt.HConcatChart:
    years = list(network().years)
    firms = [_firm_name(f) for f in _FIRM_ORDER]
    holders = [i18n.t(_HOLDER_KEYS[h]) for h in HOLDERS]
    firm_rows = base.transform_filter("datum.kind === 'firm' && datum.year > 0")
    points = firm_rows.mark_square(size=260, color=PALETTE[1]).encode(
        x=alt.X(
            "year:O",
            title=i18n.t("stag_year_of_default"),
            scale=alt.Scale(domain=years),
            axis=alt.Axis(labelAngle=0),
        ),
        y=alt.Y("label:N", title=None, scale=alt.Scale(domain=firms)),
        tooltip=[
            alt.Tooltip("label:N", title=i18n.t("stag_firm")),
            alt.Tooltip("year:O", title=i18n.t("stag_year_of_default")),
            alt.Tooltip("wave:N", title=i18n.t("stag_order")),
        ],
    )
    text = firm_rows.mark_text(color="white", fontSize=11, fontWeight="bold").encode(
        x=alt.X("year:O", scale=alt.Scale(domain=years)),
        y=alt.Y("label:N", scale=alt.Scale(domain=firms)),
        text="wave:N",
    )
    # an invisible layer keeps every firm on the axis when nobody defaults
    frame = (
        base.transform_filter("datum.kind === 'firm'")
        .mark_tick(opacity=0)
        .encode(
            y=alt.Y("label:N", scale=alt.Scale(domain=firms)),
        )
    )
    left = alt.layer(frame, points, text).properties(
        width=250, height=300, title=i18n.t("stag_domino_panel")
    )
    right = (
        base.transform_filter("datum.kind === 'loss'")
        .mark_bar()
        .encode(
            x=alt.X(
                "usd_bn:Q",
                title=i18n.t("stag_loss_axis"),
                scale=alt.Scale(domain=[0, LOSS_AXIS_MAX]),
            ),
            y=alt.Y("label:N", title=None, sort=holders),
            color=alt.Color(
                "label:N", legend=None, scale=alt.Scale(domain=holders, range=list(PALETTE[:4]))
            ),
            tooltip=[
                alt.Tooltip("label:N", title=i18n.t("stag_holder")),
                alt.Tooltip("usd_bn:Q", title=i18n.t("stag_loss_axis"), format=",.1f"),
            ],
        )
        .properties(width=170, height=160, title=i18n.t("stag_losses_panel"))
    )
    return alt.hconcat(left, right).properties(
        title=i18n.t("stag_domino_title"), description=i18n.t("stag_domino_description")
    )


def domino_dashboard() -> Dashboard:
    """Dashboard of the domino: growth after the stall, residual value and the shocked firm.

    Returns
    -------
    Dashboard
        Sliders ``growth_pct`` (-25 to 20 % in steps of 5, initial ``stagnation_growth``),
        ``residual_pct`` (15 to 55 % in steps of 20, initial ``residual_value_fraction``)
        and ``shock`` (0 to 4, :data:`SHOCK_FIRMS`).
    """
    a = network().assumptions
    return Dashboard(
        domino_frame,
        [
            Slider(
                "growth_pct",
                "stag_growth_slider",
                -25.0,
                20.0,
                5.0,
                round(a["stagnation_growth"] * 100, 6),
            ),
            Slider(
                "residual_pct",
                "stag_residual_slider",
                15.0,
                55.0,
                20.0,
                round(a["residual_value_fraction"] * 100, 6),
            ),
            Slider("shock", "stag_shock_slider", 0.0, float(len(SHOCK_FIRMS) - 1), 1.0, 0.0),
        ],
        _domino_chart,
    )


def losses_by_holder() -> pd.DataFrame:
    """Losses by holder type on each revenue path (table assumptions, Eisenberg-Noe).

    Returns
    -------
    pandas.DataFrame
        Columns ``path``, ``holder``, ``usd_bn`` (USD billions over 2026-2032).
    """
    rows = []
    for p in PATHS:
        res = run_scenario(network(), p)
        rows += [{"path": p, "holder": h, "usd_bn": round(res.losses[h], 3)} for h in HOLDERS]
    return pd.DataFrame(rows)


def losses_chart() -> alt.Chart:
    """Stacked bars of the losses of each holder type per revenue path.

    Returns
    -------
    altair.Chart
    """
    frame = losses_by_holder()
    frame["path_label"] = [i18n.t(_PATH_KEYS[p]) for p in frame["path"]]
    frame["holder_label"] = [i18n.t(_HOLDER_KEYS[h]) for h in frame["holder"]]
    frame["order"] = [HOLDERS.index(h) for h in frame["holder"]]
    holders = [i18n.t(_HOLDER_KEYS[h]) for h in HOLDERS]
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            x=alt.X(
                "path_label:N",
                title=i18n.t("stag_path"),
                sort=[i18n.t(_PATH_KEYS[p]) for p in PATHS],
                axis=alt.Axis(labelAngle=0),
            ),
            y=alt.Y("sum(usd_bn):Q", title=i18n.t("stag_loss_axis")),
            color=alt.Color(
                "holder_label:N",
                title=i18n.t("stag_holder"),
                scale=alt.Scale(domain=holders, range=list(PALETTE[:4])),
            ),
            order=alt.Order("order:Q"),
            tooltip=[
                alt.Tooltip("path_label:N", title=i18n.t("stag_path")),
                alt.Tooltip("holder_label:N", title=i18n.t("stag_holder")),
                alt.Tooltip("usd_bn:Q", title=i18n.t("stag_loss_axis"), format=",.1f"),
            ],
        )
        .properties(
            width=420,
            height=300,
            title=i18n.t("stag_losses_title"),
            description=i18n.t("stag_losses_description"),
        )
    )


@cache
def _mc(path: str):
    return monte_carlo(MC_SCENARIOS, MC_SEED, network(), path)


def monte_carlo_frame(bin_usd_bn: float = 20.0) -> pd.DataFrame:
    """Distribution of total losses over the Monte Carlo scenarios, per path.

    Parameters
    ----------
    bin_usd_bn : float, default 20.0
        Width of a histogram bin, USD billions.

    Returns
    -------
    pandas.DataFrame
        Columns ``path``, ``bin_start``, ``bin_end`` (USD billions) and ``share`` (fraction
        of that path's scenarios).
    """
    rows = []
    totals = {p: _mc(p).losses.sum(axis=1) for p in ("stagnation", "bust")}
    top = max(t.max() for t in totals.values())
    edges = np.arange(0.0, top + bin_usd_bn, bin_usd_bn)
    for p, total in totals.items():
        counts, _ = np.histogram(total, bins=edges)
        for lo, hi, c in zip(edges[:-1], edges[1:], counts, strict=True):
            if c:
                rows.append(
                    {
                        "path": p,
                        "bin_start": float(lo),
                        "bin_end": float(hi),
                        "share": round(c / total.size, 6),
                    }
                )
    return pd.DataFrame(rows)


def monte_carlo_chart() -> alt.Chart:
    """Histogram of total losses in the Monte Carlo, stagnation and bust paths overlaid.

    Returns
    -------
    altair.Chart
    """
    frame = monte_carlo_frame()
    frame["path_label"] = [i18n.t(_PATH_KEYS[p]) for p in frame["path"]]
    labels = [i18n.t(_PATH_KEYS[p]) for p in ("stagnation", "bust")]
    return (
        alt.Chart(frame)
        .mark_bar(opacity=0.65, binSpacing=0)
        .encode(
            x=alt.X("bin_start:Q", title=i18n.t("stag_total_loss_axis")),
            x2="bin_end:Q",
            y2=alt.datum(0),
            y=alt.Y(
                "share:Q", title=i18n.t("stag_share_axis"), stack=None, axis=alt.Axis(format="%")
            ),
            color=alt.Color(
                "path_label:N",
                title=i18n.t("stag_path"),
                scale=alt.Scale(domain=labels, range=[PALETTE[0], PALETTE[1]]),
            ),
            tooltip=[
                alt.Tooltip("path_label:N", title=i18n.t("stag_path")),
                alt.Tooltip("bin_start:Q", title=i18n.t("stag_total_loss_axis")),
                alt.Tooltip("share:Q", title=i18n.t("stag_share_axis"), format=".1%"),
            ],
        )
        .properties(
            width=480,
            height=260,
            title=i18n.t("stag_mc_title"),
            description=i18n.t("stag_mc_description"),
        )
    )


def sensitivity_frame() -> pd.DataFrame:
    """Bust-path losses against default costs and against the residual value.

    Returns
    -------
    pandas.DataFrame
        Columns ``panel`` (``"default_costs"``: x is the Rogers-Veraart recovery
        ``alpha = beta``; ``"residual"``: x is the residual value fraction), ``x``
        (fraction), ``holder`` (``"total"`` or ``"lenders"``) and ``usd_bn``.
    """
    net = network()
    rows = []
    for x in np.round(np.arange(0.5, 1.0001, 0.05), 2):
        res = run_scenario(net, "bust", method="rogers_veraart", alpha=float(x), beta=float(x))
        rows.append(
            {
                "panel": "default_costs",
                "x": float(x),
                "holder": "total",
                "usd_bn": round(res.total_loss, 3),
            }
        )
    for x in np.round(np.arange(0.0, 1.0001, 0.1), 2):
        res = run_scenario(net, "bust", residual_value_fraction=float(x))
        rows.append(
            {
                "panel": "residual",
                "x": float(x),
                "holder": "lenders",
                "usd_bn": round(sum(res.losses[k] for k in LENDERS), 3),
            }
        )
    return pd.DataFrame(rows)


def sensitivity_chart() -> alt.HConcatChart:
    """Two panels: losses against default costs (Rogers-Veraart) and against residual value.

    Returns
    -------
    altair.HConcatChart
    """
    frame = sensitivity_frame()
    base = alt.Chart(frame)
    left = (
        base.transform_filter("datum.panel === 'default_costs'")
        .mark_line(point=True, color=PALETTE[1])
        .encode(
            x=alt.X(
                "x:Q",
                title=i18n.t("stag_recovery_axis"),
                scale=alt.Scale(domain=[0.5, 1]),
                axis=alt.Axis(format="%"),
            ),
            y=alt.Y("usd_bn:Q", title=i18n.t("stag_total_loss_axis"), scale=alt.Scale(zero=False)),
            tooltip=[
                alt.Tooltip("x:Q", title=i18n.t("stag_recovery_axis"), format=".0%"),
                alt.Tooltip("usd_bn:Q", title=i18n.t("stag_total_loss_axis"), format=",.1f"),
            ],
        )
        .properties(width=260, height=220, title=i18n.t("stag_rv_panel"))
    )
    right = (
        base.transform_filter("datum.panel === 'residual'")
        .mark_line(point=True, color=PALETTE[0])
        .encode(
            x=alt.X("x:Q", title=i18n.t("stag_residual_axis"), axis=alt.Axis(format="%")),
            y=alt.Y("usd_bn:Q", title=i18n.t("stag_lender_loss_axis"), scale=alt.Scale(zero=True)),
            tooltip=[
                alt.Tooltip("x:Q", title=i18n.t("stag_residual_axis"), format=".0%"),
                alt.Tooltip("usd_bn:Q", title=i18n.t("stag_lender_loss_axis"), format=",.1f"),
            ],
        )
        .properties(width=260, height=220, title=i18n.t("stag_residual_panel"))
    )
    return alt.hconcat(left, right).properties(
        title=i18n.t("stag_sensitivity_title"), description=i18n.t("stag_sensitivity_description")
    )


def assumptions_table(lang: str | None = None) -> str:
    """HTML table of ``data/assumptions.csv``: parameter, value, unit, reason, sources.

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        Language of the headers and numbers (the rationale text is the table's English).

    Returns
    -------
    str
        Deterministic HTML.
    """
    lang = i18n.get_language() if lang is None else lang
    table = data.load("assumptions")
    sources = data.load("sources")
    frame = pd.DataFrame(
        {
            i18n.t("stag_col_parameter", lang): [f"<code>{p}</code>" for p in table["parameter"]],
            i18n.t("stag_col_value", lang): [
                i18n.fmt_number(v, lang, 3).rstrip("0").rstrip(",.")
                if v != round(v)
                else i18n.fmt_number(v, lang, 0)
                for v in table["value"]
            ],
            i18n.t("stag_col_unit", lang): table["unit"],
            i18n.t("stag_col_rationale", lang): [html.escape(r) for r in table["rationale"]],
            i18n.t("stag_col_sources", lang): [
                source_links(c, sources) if isinstance(c, str) else "" for c in table["source_id"]
            ],
        }
    )
    return html_table(frame, i18n.t("stag_assumptions_caption", lang))


def inputs_table(lang: str | None = None) -> str:
    """HTML table of the balance-sheet items of the network and their basis (data or assumption).

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        Language of headers and numbers.

    Returns
    -------
    str
        Deterministic HTML.
    """
    lang = i18n.get_language() if lang is None else lang
    inputs = network().inputs
    frame = pd.DataFrame(
        {
            i18n.t("stag_col_item", lang): [i18n.t(_ITEM_KEYS[i], lang) for i in inputs["item"]],
            i18n.t("stag_firm", lang): [_firm_name(f) for f in inputs["firm"]],
            i18n.t("stag_col_counterparty", lang): [
                "; ".join(
                    _firm_name(c.strip())
                    if c.strip() not in HOLDERS
                    else i18n.t(_HOLDER_KEYS[c.strip()], lang)
                    for c in s.split(";")
                )
                if s
                else ""
                for s in inputs["counterparty"]
            ],
            i18n.t("stag_col_amount", lang): [
                i18n.fmt_usd_bn(v, lang) for v in inputs["value_usd_bn"]
            ],
            i18n.t("stag_col_basis", lang): [
                i18n.t(f"stag_basis_{b}", lang) for b in inputs["basis"]
            ],
            i18n.t("stag_col_reference", lang): [
                f"<code>{html.escape(r)}</code>" for r in inputs["reference"]
            ],
        }
    )
    return html_table(frame, i18n.t("stag_inputs_caption", lang))


def _exercise_clearing() -> tuple[np.ndarray, np.ndarray]:
    en = eisenberg_noe(EXERCISE_LIABILITIES, EXERCISE_ASSETS, method="fictitious_default")
    rv = rogers_veraart(EXERCISE_LIABILITIES, EXERCISE_ASSETS, 0.5, 0.5)
    return en.payments, rv.payments


def prose_figures(lang: str | None = None) -> dict[str, str]:
    """Every number in the chapter's prose, formatted for ``lang`` (to be glued).

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    dict
        ``{glue key: text}``, all keys prefixed ``stag_``.
    """
    lang = i18n.get_language() if lang is None else lang
    money = lambda v: i18n.fmt_usd_bn(v, lang)  # noqa: E731
    pct = lambda v, d=0: i18n.fmt_percent(v, lang, d)  # noqa: E731
    num = lambda v, d=0: i18n.fmt_number(v, lang, d)  # noqa: E731
    net = network()
    a = net.assumptions
    ix = net.index
    deals = data.load("deals").set_index("deal_id")
    stag = run_scenario(net, "stagnation")
    bust = run_scenario(net, "bust")
    rv_bust = run_scenario(net, "bust", method="rogers_veraart", alpha=0.5, beta=0.5)
    o = net.ai_lab
    t_lab = int(np.flatnonzero(stag.defaults_by_year[:, o])[0])
    mc_s, mc_b = _mc("stagnation"), _mc("bust")
    tot_s, tot_b = mc_s.losses.sum(axis=1), mc_b.losses.sum(axis=1)
    oracle = ix("oracle")
    en_p, rv_p = _exercise_clearing()
    lenders_bust = sum(bust.losses[k] for k in LENDERS)
    oracle_claim = net.principal[-1, oracle]
    out = {
        "stag_run_rate": money(net.revenue_start),
        "stag_revenue_2030": money(data.figure("openai_projected_revenue_2030").value),
        "stag_base_growth": pct(net.base_growth),
        "stag_d03": money(deals.loc["D03", "amount_usd_bn"]),
        "stag_d03_per_year": money(net.contracts[1, o, oracle]),
        "stag_d14": money(deals.loc["D14", "amount_usd_bn"]),
        "stag_openai_cash": money(net.initial_cash[o]),
        "stag_openai_due_2027": money(net.contracts[1, o].sum()),
        "stag_oracle_debt": money(net.debt[oracle]),
        "stag_hyperion_debt": money(net.debt[ix("hyperion_jv")]),
        "stag_vantage_debt": money(net.debt[ix("vantage")]),
        "stag_pc_share": pct(net.lender_shares[ix("coreweave"), 0]),
        "stag_stagnation_growth": pct(a["stagnation_growth"]),
        "stag_bust_growth": pct(-a["bust_growth"]),
        "stag_funding_threshold": pct(a["funding_growth_threshold"]),
        "stag_funding_ratio": num(a["funding_to_revenue"], 0),
        "stag_residual": pct(a["residual_value_fraction"]),
        "stag_lab_default_paid": pct(stag.payments[t_lab, o] / stag.obligations[t_lab, o]),
        "stag_stag_equity": money(stag.losses["equity"]),
        "stag_stag_oracle_cash_end": money(stag.cash[-1, oracle]),
        "stag_bust_defaults": num(len(bust.defaulted), 0),
        "stag_bust_bonds": money(bust.losses["bond_investors"]),
        "stag_bust_banks": money(bust.losses["banks"]),
        "stag_bust_pc": money(bust.losses["private_credit"]),
        "stag_bust_lenders": money(lenders_bust),
        "stag_bust_equity": money(bust.losses["equity"]),
        "stag_bust_recovered": money(bust.residual_recovered),
        "stag_bust_infra": money(bust.infrastructure_defaulted),
        "stag_bust_rv_total": money(rv_bust.total_loss),
        "stag_bust_en_total": money(bust.total_loss),
        "stag_rv_extra": money(rv_bust.total_loss - bust.total_loss),
        "stag_mc_n": num(MC_SCENARIOS, 0),
        "stag_mc_stag_median": money(float(np.median(tot_s))),
        "stag_mc_stag_p95": money(float(np.percentile(tot_s, 95))),
        "stag_mc_bust_median": money(float(np.median(tot_b))),
        "stag_mc_bust_p95": money(float(np.percentile(tot_b, 95))),
        "stag_mc_stag_oracle": pct(float((mc_s.default_year[:, oracle] >= 0).mean())),
        "stag_mc_bust_oracle": pct(float((mc_b.default_year[:, oracle] >= 0).mean())),
        "stag_shock": money(SHOCK_USD_BN),
        "stag_ex_oracle_claim": money(oracle_claim),
        "stag_ex_oracle_infra": money(net.infrastructure_value[oracle]),
        "stag_ex_oracle_recovery": money(
            a["residual_value_fraction"] * net.infrastructure_value[oracle]
        ),
        "stag_ex_oracle_loss": money(
            oracle_claim - a["residual_value_fraction"] * net.infrastructure_value[oracle]
        ),
    }
    shocked = run_scenario(net, "stagnation", shock_firm="oracle", shock_usd_bn=SHOCK_USD_BN)
    year_of = lambda res, firm: str(int(res.default_year[ix(firm)]))  # noqa: E731
    out.update(
        {
            "stag_stall_year": str(int(a["stall_year"])),
            "stag_lab_year": year_of(stag, "openai"),
            "stag_bust_oracle_year": year_of(bust, "oracle"),
            "stag_bust_vantage_year": year_of(bust, "vantage"),
            "stag_ex4_first_year": str(shocked.waves[0][0]),
            "stag_ex4_defaults": num(len(shocked.defaulted), 0),
            "stag_ex4_lenders": money(sum(shocked.losses[k] for k in LENDERS)),
        }
    )
    for k, (pe, pr) in enumerate(zip(en_p, rv_p, strict=True)):
        out[f"stag_ex_en_p{k + 1}"] = money(pe)
        out[f"stag_ex_rv_p{k + 1}"] = money(pr)
    return out
