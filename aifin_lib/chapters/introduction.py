"""The introduction: the capital explosion, who pays for it, and the numbers at a glance.

Nothing here holds a published number: each series is read from ``macro.csv`` by metric id,
and the one model used (interest on borrowed capex) is :func:`aifin_lib.capital.debt_service`.
The worksheet's questions (:data:`EXERCISES`) and the chapter's worked solutions
(:func:`prose_figures`) call the same functions: :func:`external_share`, :func:`capex_multiple`,
:func:`first_year_interest` and :func:`bond_multiple`.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import altair as alt
import pandas as pd

from aifin_lib import capital, data, i18n
from aifin_lib.data import BASES_BY_FIRMNESS, Assumption
from aifin_lib.exercises import Exercise, define
from aifin_lib.tables import GlanceRow
from aifin_lib.viz.dashboard import Dashboard, PrintFigure, PrintSetting, Slider
from aifin_lib.viz.sources import with_sources
from aifin_lib.viz.theme import PALETTE, axis_max

__all__ = [
    "BONDS_2025",
    "BONDS_AVERAGE",
    "CAPEX_ESTIMATES",
    "CAPEX_METRICS",
    "DEBT_SHARE_SLIDER",
    "EXERCISES",
    "GLANCE_ROWS",
    "INTEREST_RATE_SLIDER",
    "MS_CAPEX",
    "MS_GAP",
    "MS_PARTS",
    "OPENAI_RUN_RATE",
    "bond_multiple",
    "capex_multiple",
    "capex_series",
    "debt_share",
    "external_share",
    "financing_chart",
    "financing_dashboard",
    "financing_split",
    "first_year_interest",
    "interest_rate",
    "morgan_stanley_chart",
    "morgan_stanley_mix",
    "prose_figures",
    "year_split",
]

CAPEX_ESTIMATES: dict[int, tuple[tuple[str, ...], ...]] = {
    2023: (("bigtech4_capex_2023",),),
    2024: (("bigtech4_capex_2024_yahoo",), ("bigtech4_capex_2024_ft",)),
    2025: (
        ("microsoft_capex_2025_calendar", "alphabet_capex_2025", "amazon_capex_2025",
         "meta_capex_2025"),
    ),
    2026: (("hyperscaler_capex_2026",), ("bigtech4_capex_2026_zacks",)),
}
"""Capital spending of the four largest US tech companies (Microsoft, Alphabet, Amazon, Meta)
by calendar year. Each year has one or more published estimates; an estimate is the sum of the
``macro.csv`` figures listed (one combined figure, or one per company). Where estimates differ
(2024; 2026 before and after the guidance was raised in April 2026) the chart shows the range,
as ``data/README.md`` prescribes. 2025 is the companies' reported spending (Microsoft's
calendar year is an analysts' estimate, its fiscal year runs to June)."""

CAPEX_METRICS: dict[int, tuple[str, ...]] = {
    year: tuple(m for estimate in estimates for m in estimate)
    for year, estimates in CAPEX_ESTIMATES.items()
}
"""Every ``macro.csv`` id behind :data:`CAPEX_ESTIMATES`, by year (for citing sources)."""

MS_CAPEX = "ms_2025_dc_capex_2025_2028"
"""``macro.csv`` id of Morgan Stanley's data-centre capex estimate for 2025-2028 (USD bn)."""
MS_GAP = "ms_2025_financing_gap"
"""``macro.csv`` id of the part of it that Morgan Stanley expects to be financed from outside."""
BONDS_2025 = "bofa_2025_hyperscaler_bonds"
"""``macro.csv`` id of the hyperscalers' bond issuance in 2025 (USD bn)."""
BONDS_AVERAGE = "bofa_2025_hyperscaler_bonds_avg_2020_2024"
"""``macro.csv`` id of their average yearly issuance in 2020-2024 (USD bn per year)."""
OPENAI_RUN_RATE = "openai_run_rate_2026_05"
"""``macro.csv`` id of OpenAI's latest reported run rate, quoted in the prose."""

DEBT_SHARE_SLIDER: tuple[float, float, float] = (0.0, 1.0, 0.1)
"""The dashboard's share-borrowed slider: lowest, highest, step (fractions)."""
INTEREST_RATE_SLIDER: tuple[float, float, float] = (0.03, 0.09, 0.005)
"""The dashboard's interest-rate slider: lowest, highest, step (fractions per year)."""


def debt_share() -> Assumption:
    """The share of the capex borrowed (``capex_debt_share`` of ``data/assumptions.csv``)."""
    return data.assumption("capex_debt_share")


def interest_rate() -> Assumption:
    """The interest rate on that debt (``capex_debt_interest_rate`` of
    ``data/assumptions.csv``)."""
    return data.assumption("capex_debt_interest_rate")


GLANCE_ROWS: tuple[GlanceRow, ...] = (
    GlanceRow("glance_moodys_5y", "moodys_2026_dc_investment_5y"),
    GlanceRow("glance_huang_low", "huang_2025_ai_infra_spend_2030_low"),
    GlanceRow("glance_ms_capex", MS_CAPEX),
    GlanceRow("glance_ms_gap", MS_GAP),
    GlanceRow("glance_ms_private_credit", "ms_2025_private_credit"),
    GlanceRow("glance_capex_2026", "hyperscaler_capex_2026"),
    GlanceRow("glance_bonds_2025", BONDS_2025),
    GlanceRow("glance_spv", "ft_2025_spv_off_balance_sheet"),
    GlanceRow("glance_openai_commitments", "openai_compute_commitments"),
    GlanceRow("glance_openai_compute_2030", "openai_2026_compute_spend_to_2030"),
    GlanceRow("glance_openai_revenue_2025", "openai_revenue_2025"),
    GlanceRow("glance_openai_run_rate", OPENAI_RUN_RATE),
    GlanceRow("glance_cahn_2024", "sequoia_2024_required_revenue"),
    GlanceRow("glance_jpm", "jpm_2025_required_revenue_10pct"),
    GlanceRow("glance_fiber_lit", "fiber_lit_share_2001"),
    GlanceRow("glance_boe_5y", "boe_2025_ai_infra_spend_5y"),
)
"""The rows of the introduction's "numbers at a glance" table (label key, metric id)."""


def capex_series() -> pd.DataFrame:
    """Capital spending of the four largest US tech companies by year, with its range.

    Returns
    -------
    pandas.DataFrame
        Columns ``year`` (int), ``capex_usd_bn`` (lowest published estimate, USD bn),
        ``capex_high_usd_bn`` (highest published estimate, USD bn), ``estimate`` (the
        weakest ``basis`` of the figures of that year: ``"actual"``, ``"estimate"``,
        ``"guidance"`` or ``"forecast"``), ``source_id``.

    Examples
    --------
    >>> capex = capex_series().set_index("year")
    >>> capex.loc[2023, "estimate"], capex.loc[2026, "estimate"]
    ('actual', 'forecast')
    """
    rows = []
    for year, estimates in CAPEX_ESTIMATES.items():
        figures = [[data.figure(m) for m in estimate] for estimate in estimates]
        values = [sum(f.value for f in estimate) for estimate in figures]
        bases = {f.basis for estimate in figures for f in estimate}
        rows.append({
            "year": year,
            "capex_usd_bn": round(min(values), 6),
            "capex_high_usd_bn": round(max(values), 6),
            "estimate": max(bases, key=BASES_BY_FIRMNESS.index),
            "source_id": ";".join(s for estimate in figures for f in estimate
                                  for s in f.source_ids),
        })
    return pd.DataFrame(rows)


def capex_multiple(first: int = 2023, last: int = 2026) -> float:
    """How many times the capex of ``last`` is that of ``first`` (lowest estimates).

    Parameters
    ----------
    first, last : int
        Calendar years of :func:`capex_series`.

    Returns
    -------
    float
        ``capex(last) / capex(first)``, times.

    Raises
    ------
    ValueError
        If a year is not in :data:`CAPEX_ESTIMATES`.

    Examples
    --------
    >>> round(capex_multiple(2023, 2023), 6)
    1.0
    """
    for name, year in (("first", first), ("last", last)):
        if year not in CAPEX_ESTIMATES:
            raise ValueError(f"{name} must be one of the years {sorted(CAPEX_ESTIMATES)}, "
                             f"got {year!r}")
    capex = capex_series().set_index("year")["capex_usd_bn"]
    return float(capex.loc[last] / capex.loc[first])


def financing_split(capex: pd.DataFrame, debt_share: float,
                    interest_rate: float) -> pd.DataFrame:
    """Split each year's capex into borrowed and own money, with the interest on the debt.

    Parameters
    ----------
    capex : pandas.DataFrame
        Columns ``year`` and ``capex_usd_bn`` (USD bn per year), e.g. :func:`capex_series`.
    debt_share : float
        Fraction of each year's capex that is borrowed, in [0, 1].
    interest_rate : float
        Annual interest rate on the debt (fraction per year).

    Returns
    -------
    pandas.DataFrame
        Two rows per year (``part`` = ``"debt"`` / ``"cash"``) with ``usd_bn``, and
        ``interest_usd_bn``: the first-year interest on that year's new debt (USD bn per
        year; interest only, :func:`aifin_lib.capital.debt_service`).

    Raises
    ------
    ValueError
        If ``debt_share`` is outside [0, 1] or the rate is invalid.

    Examples
    --------
    >>> split = financing_split(pd.DataFrame({"year": [2026], "capex_usd_bn": [100.0]}),
    ...                         0.5, 0.06)
    >>> split[["part", "usd_bn", "interest_usd_bn"]].to_dict("records")
    [{'part': 'debt', 'usd_bn': 50.0, 'interest_usd_bn': 3.0}, \
{'part': 'cash', 'usd_bn': 50.0, 'interest_usd_bn': 3.0}]
    """
    if not 0.0 <= debt_share <= 1.0:
        raise ValueError(f"debt_share must be a fraction in [0, 1], got {debt_share!r}")
    rows = []
    for year, total in zip(capex["year"], capex["capex_usd_bn"], strict=True):
        debt = total * debt_share
        interest = float(capital.debt_service(debt, interest_rate, 1.0, interest_only=True))
        for part, amount in (("debt", debt), ("cash", total - debt)):
            rows.append({"year": int(year), "part": part, "usd_bn": round(amount, 6),
                         "interest_usd_bn": round(interest, 6)})
    return pd.DataFrame(rows)


def year_split(year: int, debt_share: float, interest_rate: float) -> pd.DataFrame:
    """:func:`financing_split` of one year's capex (the lowest published estimate).

    Parameters
    ----------
    year : int
        A calendar year of :func:`capex_series`.
    debt_share : float
        Fraction of the capex borrowed, in [0, 1].
    interest_rate : float
        Annual interest rate on the debt (fraction per year).

    Returns
    -------
    pandas.DataFrame
        The two rows of :func:`financing_split` for ``year``.

    Raises
    ------
    ValueError
        If ``year`` has no capex, or a parameter is invalid.
    """
    capex = capex_series()
    one = capex.loc[capex["year"] == year, ["year", "capex_usd_bn"]].reset_index(drop=True)
    if one.empty:
        raise ValueError(f"year must be one of {sorted(CAPEX_ESTIMATES)}, got {year!r}")
    return financing_split(one, debt_share, interest_rate)


def first_year_interest(year: int, debt_share: float, interest_rate: float) -> float:
    """First-year interest on the part of ``year``'s capex that is borrowed (USD bn per year).

    Parameters
    ----------
    year : int
        A calendar year of :func:`capex_series`.
    debt_share : float
        Fraction of the capex borrowed, in [0, 1].
    interest_rate : float
        Annual interest rate on the debt (fraction per year).

    Returns
    -------
    float
        USD bn per year (:func:`year_split`).
    """
    return float(year_split(year, debt_share, interest_rate)["interest_usd_bn"].iloc[0])


def financing_chart(base: alt.Chart) -> alt.LayerChart:
    """Stacked bars of borrowed and own money per year, labelled with the yearly interest.

    Parameters
    ----------
    base : altair.Chart
        A chart over :func:`financing_split` rows (live) or its slider grid (site).

    Returns
    -------
    altair.LayerChart
    """
    part_labels = {"debt": i18n.t("financed_by_debt"), "cash": i18n.t("financed_by_cash")}
    labelled = base.transform_calculate(
        part_label=f"datum.part === 'debt' ? '{part_labels['debt']}' : '{part_labels['cash']}'",
        order="datum.part === 'debt' ? 0 : 1",
    )
    # room above the tallest bar for its two-line label; the same at every slider position
    top = axis_max(capex_series()["capex_usd_bn"], headroom=0.15)
    bars = labelled.mark_bar().encode(
        x=alt.X("year:O", title=i18n.t("year"), axis=alt.Axis(labelAngle=0)),
        y=alt.Y("sum(usd_bn):Q", title=i18n.t("usd_bn_axis"), scale=alt.Scale(domain=[0, top])),
        color=alt.Color(
            "part_label:N", title=i18n.t("financing"),
            scale=alt.Scale(domain=[part_labels["debt"], part_labels["cash"]],
                            range=[PALETTE[1], PALETTE[0]]),
        ),
        order=alt.Order("order:Q"),
        tooltip=[alt.Tooltip("year:O", title=i18n.t("year")),
                 alt.Tooltip("part_label:N", title=i18n.t("financing")),
                 alt.Tooltip("usd_bn:Q", title=i18n.t("usd_bn_axis"), format=",.1f"),
                 alt.Tooltip("interest_usd_bn:Q", title=i18n.t("annual_interest_usd_bn"),
                             format=",.1f")],
    )
    interest_label = (
        f"'{i18n.t('interest_label')}\\n' + format(datum.interest_usd_bn, '$,.1f') + "
        f"' {i18n.t('billion_short')}'"
    )
    labels = (
        base.transform_joinaggregate(capex_total="sum(usd_bn)", groupby=["year"])
        .transform_filter("datum.part === 'debt'")
        .transform_calculate(label=interest_label)
        .mark_text(dy=-17, fontSize=11, color="#222", baseline="bottom", lineBreak="\n")
        .encode(x="year:O", y=alt.Y("capex_total:Q"), text="label:N")
    )
    chart = alt.layer(bars, labels).properties(
        width=520, height=300, title=i18n.t("capex_chart_title"),
        description=i18n.t("capex_chart_description"),
    )
    refs = [f"macro:{m}" for ids in CAPEX_METRICS.values() for m in ids]
    refs += [f"macro:{debt_share().metric_id}", "deals:D11b"]
    return with_sources(chart, refs, "aifin_lib.capital.debt_service")


def financing_dashboard() -> Dashboard:
    """The introduction's dashboard: share borrowed and interest rate move the bars.

    Returns
    -------
    Dashboard
        Sliders ``debt_share`` (fraction borrowed, 0 to 1 in steps of 0.1; initial value
        :func:`debt_share`) and ``interest_rate`` (fraction per year, 0.03 to 0.09 in
        steps of 0.005; initial value :func:`interest_rate`), both read out as
        percentages. The labels above the bars give the first-year interest on each year's new
        debt (USD bn per year).
    """
    capex = capex_series()[["year", "capex_usd_bn"]]

    def model(debt_share: float, interest_rate: float) -> pd.DataFrame:
        return financing_split(capex, debt_share, interest_rate)

    return Dashboard(
        model,
        [
            Slider("debt_share", "debt_share_slider", *DEBT_SHARE_SLIDER,
                   debt_share().value, display="percent"),
            Slider("interest_rate", "interest_rate_slider", *INTEREST_RATE_SLIDER,
                   interest_rate().value, display="percent"),
        ],
        financing_chart,
        print_settings=[
            PrintSetting("print_setting_start"),
            PrintSetting("print_intro_little_debt", {"debt_share": 0.2, "interest_rate": 0.045}),
            PrintSetting("print_intro_much_debt", {"debt_share": 0.8, "interest_rate": 0.08}),
        ],
        print_figures=[
            PrintFigure("print_intro_debt_total",
                        lambda f: f.loc[f["part"] == "debt", "usd_bn"].sum(), "usd_bn"),
            PrintFigure("print_intro_interest_total",
                        lambda f: f.loc[f["part"] == "debt", "interest_usd_bn"].sum(),
                        "usd_bn", 1),
        ],
    )


MS_PARTS: tuple[tuple[str, str | None], ...] = (
    ("ms_hyperscaler_cash_flow", None),
    ("ms_private_credit", "ms_2025_private_credit"),
    ("ms_pe_sovereign", "ms_2025_pe_sovereign"),
    ("ms_corporate_bonds", "ms_2025_corporate_debt"),
    ("ms_abs", "ms_2025_abs"),
)


def morgan_stanley_mix() -> pd.DataFrame:
    """Morgan Stanley's 2025-2028 estimate: who pays for the data-centre build-out.

    Returns
    -------
    pandas.DataFrame
        Columns ``part`` (catalogue key) and ``usd_bn``. The hyperscalers' own cash flow is
        not a separate row of ``macro.csv``: it is capex minus the financing gap, computed
        here with :func:`aifin_lib.capital.financing_mix`, which also checks that the four
        external sources add up to the gap.
    """
    total = data.metric_value(MS_CAPEX)
    gap = data.metric_value(MS_GAP)
    external = {key: data.metric_value(metric) for key, metric in MS_PARTS if metric}
    mix = capital.financing_mix(total, total - gap, external)
    rows = [{"part": "ms_hyperscaler_cash_flow", "usd_bn": float(mix.internal)}]
    rows += [{"part": key, "usd_bn": float(value)} for key, value in external.items()]
    return pd.DataFrame(rows)


def morgan_stanley_chart() -> alt.Chart:
    """One stacked horizontal bar of :func:`morgan_stanley_mix`, labelled per language.

    Returns
    -------
    altair.Chart
    """
    mix = morgan_stanley_mix()
    mix["label"] = [i18n.t(key) for key in mix["part"]]
    mix["order"] = range(len(mix))
    refs = [f"macro:{MS_CAPEX}", f"macro:{MS_GAP}"]
    refs += [f"macro:{metric}" for _, metric in MS_PARTS if metric]
    chart = alt.Chart(mix).mark_bar().encode(
        x=alt.X("sum(usd_bn):Q", title=i18n.t("usd_bn_axis"), stack="zero"),
        color=alt.Color("label:N", title=i18n.t("source_label"),
                        sort=list(mix["label"]), scale=alt.Scale(range=list(PALETTE[:5])),
                        legend=alt.Legend(columns=2)),
        order=alt.Order("order:Q"),
        tooltip=[alt.Tooltip("label:N", title=i18n.t("source_label")),
                 alt.Tooltip("usd_bn:Q", title=i18n.t("usd_bn_axis"), format=",.0f")],
    ).properties(width=520, height=60, title=i18n.t("ms_financing_title"),
                 description=i18n.t("ms_financing_description"))
    return with_sources(chart, refs, "aifin_lib.capital.financing_mix")




def external_share() -> float:
    """Share of Morgan Stanley's 2025-2028 capex financed from outside (:data:`MS_GAP` over
    :data:`MS_CAPEX`), a fraction.

    Examples
    --------
    >>> 0.0 < external_share() < 1.0
    True
    """
    return data.metric_value(MS_GAP) / data.metric_value(MS_CAPEX)


def bond_multiple() -> float:
    """The hyperscalers' bond issuance of 2025 as a multiple of their 2020-2024 yearly average
    (:data:`BONDS_2025` over :data:`BONDS_AVERAGE`), times."""
    return data.metric_value(BONDS_2025) / data.metric_value(BONDS_AVERAGE)


def worst_case_interest() -> float:
    """First-year interest on 2026's capex if all of it is borrowed at the highest rate of the
    dashboard's slider (:data:`INTEREST_RATE_SLIDER`), USD bn per year."""
    return first_year_interest(2026, debt_share=DEBT_SHARE_SLIDER[1],
                               interest_rate=INTEREST_RATE_SLIDER[1])


EXERCISES: tuple[Exercise, ...] = (
    define("intro-1", "fraction", external_share, 0.02),
    define("intro-2", "times", capex_multiple, 0.02),
    define("intro-3", "usd_bn", worst_case_interest, 0.01),
    define("intro-4", "times", bond_multiple, 0.02),
)
"""The worksheet's questions; the worked solutions quote the same functions."""


# --------------------------------------------------------------------------------------
# numbers for the prose, one function per section of the chapter
# --------------------------------------------------------------------------------------


def _issuers(metric_id: str, lang: str) -> str:
    """The companies a figure's ``metric`` names in brackets, joined for a sentence."""
    names = re.search(r"\(([^)]*)\)", data.figure(metric_id).metric)
    if names is None:
        raise ValueError(f"{metric_id}: the metric names no companies in brackets")
    parts = [n.strip() for n in names[1].split(",")]
    return ", ".join(parts[:-1]) + f" {i18n.t('and_word', lang)} " + parts[-1]


def _explosion_figures(lang: str) -> dict[str, str]:
    """The capital explosion: forecasts of the build-out and the Big Tech 4's capex."""
    from aifin_lib import prose

    money = lambda v: i18n.fmt_usd_bn(v, lang)  # noqa: E731
    v = prose.fact_value
    capex = capex_series().set_index("year")
    for year, told_as in ((2023, "actual"), (2024, "actual"), (2025, ("actual", "estimate")),
                          (2026, "forecast")):
        prose.check_basis(str(capex.loc[year, "estimate"]), told_as, f"capex {year}")
    return {
        "intro_data_date": prose.data_date(lang),
        "intro_moodys_5y": prose.quote("moodys_2026_dc_investment_5y", lang, told_as="forecast",
                                       style="words"),
        "intro_moodys_period": prose.period_phrase("moodys_2026_dc_investment_5y", lang),
        # "3 tot 4 biljoen dollar": the unit once, after the range
        "intro_huang_range": i18n.t(
            "range_to", lang,
            low=i18n.fmt_number(v("huang_2025_ai_infra_spend_2030_low", "forecast") / 1000, lang),
            high=i18n.fmt_usd_bn_long(v("huang_2025_ai_infra_spend_2030_high", "forecast"),
                                      lang)),
        "intro_huang_date": prose.published("huang_2025_ai_infra_spend_2030_low", lang),
        "intro_capex_2023": money(capex.loc[2023, "capex_usd_bn"]),
        "intro_capex_2024_low": money(capex.loc[2024, "capex_usd_bn"]),
        "intro_capex_2024_high": money(capex.loc[2024, "capex_high_usd_bn"]),
        "intro_capex_2025": money(capex.loc[2025, "capex_usd_bn"]),
        "intro_capex_2026": money(capex.loc[2026, "capex_usd_bn"]),
        "intro_capex_2026_high": money(capex.loc[2026, "capex_high_usd_bn"]),
        "intro_capex_2026_date": prose.published("hyperscaler_capex_2026", lang),
        "intro_capex_2026_high_date": prose.published("bigtech4_capex_2026_zacks", lang),
        "intro_capex_multiple": i18n.t_plural("n_times", round(capex_multiple(2023, 2026), 1),
                                              lang),
    }


def _lenders_figures(lang: str) -> dict[str, str]:
    """Who lends the money: Morgan Stanley's financing gap, bonds and off-balance-sheet debt."""
    from aifin_lib import prose

    words = lambda v: i18n.fmt_usd_bn_long(v, lang)  # noqa: E731
    q = lambda m, **kw: prose.quote(m, lang, **kw)  # noqa: E731
    ms_capex = prose.fact_value(MS_CAPEX, "forecast")
    ms_gap = prose.fact_value(MS_GAP, "forecast")
    return {
        "intro_ms_capex": words(ms_capex),
        "intro_ms_internal": words(ms_capex - ms_gap),
        "intro_ms_gap": words(ms_gap),
        "intro_ms_gap_share": i18n.fmt_percent(external_share(), lang, 0),
        "intro_ms_date": prose.published(MS_CAPEX, lang),
        "intro_bonds_2025": q(BONDS_2025, style="money"),
        "intro_bonds_period": prose.period_phrase(BONDS_2025, lang),
        "intro_bonds_issuers": _issuers(BONDS_2025, lang),
        "intro_bonds_avg": q(BONDS_AVERAGE, style="money"),
        "intro_spv": q("ft_2025_spv_off_balance_sheet", told_as="estimate", style="money"),
        "intro_spv_date": prose.published("ft_2025_spv_off_balance_sheet", lang),
    }


def _announced(deals: pd.DataFrame, deal_id: str) -> date:
    """The day a deal of ``deals.csv`` (indexed by ``deal_id``) was announced."""
    announced: Any = deals.loc[deal_id, "announced"]
    return pd.Timestamp(announced).date()


def _deals_figures(lang: str) -> dict[str, str]:
    """The deals: Nvidia's and AMD's investments in OpenAI, and the book's circularity."""
    from aifin_lib import circular_charts, prose

    money = lambda v: i18n.fmt_usd_bn(v, lang)  # noqa: E731
    deals = data.load("deals").set_index("deal_id")
    head = circular_charts.headline()
    rest = circular_charts.headline(without=("D24", "D24b"))
    per_gw = prose.fact_value("capex_per_gw_nvidia_content", "estimate")
    gigawatts: Any = deals.loc["D01b", "gigawatts"]
    loi_gw = float(gigawatts)
    month = lambda d: i18n.fmt_date(_announced(deals, d), "month", lang)  # noqa: E731
    return {
        "intro_nvidia_loi": prose.deal_amount("D01", lang),
        "intro_nvidia_loi_date": month("D01"),
        "intro_loi_gw": i18n.t_plural("n_gigawatts", loi_gw, lang),
        "intro_nvidia_per_gw": prose.quote("capex_per_gw_nvidia_content", lang,
                                           told_as="estimate", style="money"),
        "intro_loi_implied": money(loi_gw * per_gw),
        "intro_nvidia_round": prose.deal_amount("D26b", lang),
        "intro_nvidia_round_date": month("D26b"),
        "intro_amd_warrants": prose.deal_amount("D02b", lang),
        "intro_circularity": i18n.fmt_percent(head.circularity, lang, 1),
        "intro_circulation": money(head.circulation),
        "intro_gross": i18n.fmt_usd_bn(head.gross, lang, 2),
        "intro_deals_counted": i18n.t_plural("n_deals", head.n_deals, lang),
        "intro_circ_d24": money(head.circulation - rest.circulation),
        "intro_d24_date": i18n.fmt_date(_announced(deals, "D24"), "day", lang),
    }


def _revenue_figures(lang: str) -> dict[str, str]:
    """The revenue side: Cahn's question and OpenAI's revenue, commitments and plans."""
    from aifin_lib import prose

    q = lambda m, **kw: prose.quote(m, lang, **kw)  # noqa: E731
    period = lambda m: prose.period_phrase(m, lang)  # noqa: E731
    return {
        "intro_cahn_2024": q("sequoia_2024_required_revenue", told_as="scenario", style="money"),
        "intro_cahn_2024_hole": q("sequoia_2024_revenue_hole", told_as="scenario",
                                  style="money"),
        "intro_openai_revenue_2025": q("openai_revenue_2025", style="money"),
        "intro_openai_run_rate": q(OPENAI_RUN_RATE, style="money"),
        "intro_openai_run_rate_period": period(OPENAI_RUN_RATE),
        "intro_openai_commitments": q("openai_compute_commitments", told_as="guidance",
                                      style="words"),
        "intro_openai_commitments_date": prose.published("openai_compute_commitments", lang),
        "intro_openai_commitments_period": period("openai_compute_commitments"),
        "intro_openai_gw": i18n.t_plural(
            "n_gigawatts", prose.fact_value("openai_compute_gw_committed", "guidance"), lang),
        "intro_openai_compute_2030": q("openai_2026_compute_spend_to_2030", told_as="forecast",
                                       style="money"),
        "intro_openai_compute_2030_period": period("openai_2026_compute_spend_to_2030"),
        "intro_openai_plan_date": prose.published("openai_2026_projected_revenue_2030", lang),
        "intro_openai_revenue_2030": q("openai_2026_projected_revenue_2030", told_as="forecast",
                                       style="money"),
    }


def _history_figures(lang: str) -> dict[str, str]:
    """Lessons of the telecom bubble, and what the Bank of England and the ECB warn of."""
    from aifin_lib import prose

    q = lambda m, **kw: prose.quote(m, lang, **kw)  # noqa: E731
    v = prose.fact_value
    v("worldcom_2002_restatement")  # WorldCom filed after this restatement, in its last year
    worldcom = str(data.figure("worldcom_2002_restatement").period).split("/")[-1][:4]
    crossing = str(int(v("global_crossing_bankruptcy_year")))  # a year, never a quantity
    if worldcom != crossing:
        raise ValueError("WorldCom and Global Crossing filed in different years: the "
                         "introduction's sentence names one year for both")
    return {
        "intro_fiber_investment": q("fiber_investment_1997_2001", told_as="estimate",
                                    style="money"),
        "intro_fiber_lit": q("fiber_lit_share_2001", told_as="estimate", style="percent"),
        "intro_telecom_bankruptcies": i18n.t_plural(
            "n_us_telecom_companies_went", v("telecom_bankruptcies_2001"), lang),
        "intro_telecom_big_year": crossing,
        "intro_lucent": q("lucent_2000_vendor_financing", style="money"),
        "intro_boe_5y": q("boe_2025_ai_infra_spend_5y", told_as="forecast", style="words"),
        "intro_boe_period": prose.period_phrase("boe_2025_ai_infra_spend_5y", lang),
        "intro_boe_date": prose.published("boe_2025_ai_infra_spend_5y", lang),
        "intro_boe_external": q("boe_2025_ai_infra_external_share", told_as="forecast",
                                style="percent", decimals=0),
        "intro_ecb_pension_low": q("ecb_2026_severe_shock_loss_pension_low", told_as="scenario",
                                   style="number", decimals=0),
        "intro_ecb_pension_high": q("ecb_2026_severe_shock_loss_pension_high",
                                    told_as="scenario", style="percent", decimals=0),
        "intro_ecb_date": prose.published("ecb_2026_severe_shock_loss_pension_low", lang),
    }


def _dashboard_figures(lang: str) -> dict[str, str]:
    """The dashboard's starting values and the worked solution of its exercise."""
    money = lambda v: i18n.fmt_usd_bn(v, lang)  # noqa: E731
    split_2026 = year_split(2026, debt_share().value, interest_rate().value)
    return {
        "intro_debt_share": i18n.fmt_percent(debt_share().value, lang, 0),
        "intro_interest_rate": i18n.fmt_percent(interest_rate().value, lang, 1),
        "intro_interest_2026": money(split_2026["interest_usd_bn"].iloc[0]),
        "intro_debt_2026": money(split_2026.loc[split_2026["part"] == "debt", "usd_bn"].iloc[0]),
        # Exercise 2: everything borrowed at the slider's top rate (worksheet: intro-3).
        "intro_ex2_interest": money(worst_case_interest()),
    }


def prose_figures(lang: str | None = None) -> dict[str, str]:
    """Every number the introduction's prose quotes, formatted for ``lang`` (to be glued).

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    dict
        ``{glue key: text}``, in the order of the chapter's sections. Values come from
        ``data/`` (by metric or deal id) or from a model of this library; ratios and shares are
        computed here from those values. Every figure of ``macro.csv``/``history.csv`` goes
        through :func:`aifin_lib.prose.quote`, which refuses a forecast where the sentence
        states a fact. The circularity is the book's one headline,
        :func:`aifin_lib.circular_charts.headline`.

    Raises
    ------
    aifin_lib.prose.BasisError
        If the data changed the basis of a figure the prose tells as fact.
    """
    lang = i18n.get_language() if lang is None else lang
    out: dict[str, str] = {}
    for section in (_explosion_figures, _lenders_figures, _deals_figures, _revenue_figures,
                    _history_figures, _dashboard_figures):
        out.update(section(lang))
    return out
