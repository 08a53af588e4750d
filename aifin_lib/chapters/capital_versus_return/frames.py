"""The data behind the chapter "Capital versus return": frames assembled from ``data/``.

Every published number is read from ``data/`` by metric id; every derived number comes from a
model of :mod:`aifin_lib.capital`. The capex series and Morgan Stanley's financing mix are the
introduction's (:mod:`aifin_lib.chapters.introduction`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from aifin_lib import capital, data
from aifin_lib.chapters.introduction import (
    MS_CAPEX,
    MS_PARTS,
    OPENAI_RUN_RATE,
    capex_series,
    morgan_stanley_mix,
)
from aifin_lib.data import Assumption, metric_value

__all__ = [
    "ANTHROPIC_RUN_RATES",
    "CAHN_ESSAYS",
    "CAHN_INPUTS",
    "CAHN_MARGIN",
    "CAHN_TCO_MULTIPLE",
    "JPM_REVENUE",
    "NEEDED_ROWS",
    "NVIDIA_QUARTERS",
    "REPORTED_LIFE_METRIC",
    "TARGET_RETURN",
    "ai_revenue_2024",
    "cahn_ai_revenue",
    "cahn_metric",
    "cahn_run_rate",
    "cahn_steps",
    "depreciation_frame",
    "financing_shares",
    "needed_versus_earned",
    "nvidia_run_rate",
    "reported_life",
    "server_capex",
    "server_share",
]

NVIDIA_QUARTERS: tuple[str, ...] = (
    "nvidia_dc_revenue_fy2024_q4",
    "nvidia_dc_revenue_fy2025_q4",
    "nvidia_dc_revenue_fy2026_q1",
    "nvidia_dc_revenue_fy2026_q2",
    "nvidia_dc_revenue_fy2026_q3",
    "nvidia_dc_revenue_fy2026_q4",
    "nvidia_dc_revenue_fy2027_q1",
)
"""Nvidia's quarterly data-centre revenue in ``macro.csv`` (fiscal years end in late January:
FY2026-Q4 is November 2025 to January 2026). The last is the latest quarter in the data."""

ANTHROPIC_RUN_RATES: tuple[str, ...] = (
    "anthropic_run_rate_2025_12",
    "anthropic_run_rate_2026_05",
)
"""Anthropic's run rate at the end of 2025 and its latest reported one."""

CAHN_TCO_MULTIPLE = 2.0
"""Cahn's total data-centre cost per dollar of GPUs (times)."""
CAHN_MARGIN = 0.5
"""Cahn's gross margin of the end users of the compute (fraction)."""
TARGET_RETURN = 0.10
"""J.P. Morgan's return on the capital (fraction per year; ``jpm_2025_required_revenue_10pct``),
the chapter's return unless a sentence says otherwise."""
JPM_REVENUE = "jpm_2025_required_revenue_10pct"
"""``macro.csv`` id of J.P. Morgan's revenue needed for a 10 % return (USD bn per year)."""

CAHN_ESSAYS: tuple[int, ...] = (2023, 2024)
"""The years of Cahn's two essays: "AI's $200B question" (2023), "AI's $600B question" (2024)."""
CAHN_INPUTS: dict[str, str] = {
    "nvidia_run_rate": "forecast",
    "required_revenue": "scenario",
    "revenue_hole": "scenario",
}
"""The figures of each essay in ``macro.csv`` (:func:`cahn_metric`) and the basis the chapter
tells them as: the run rate is a forecast (Cahn annualised a quarter), the rest his scenario."""

REPORTED_LIFE_METRIC = "microsoft_server_life_after"
"""``macro.csv`` id of the server life most hyperscalers now use (Microsoft's, also Alphabet's
and Amazon's)."""


def reported_life() -> float:
    """The server life most hyperscalers now use, years (:data:`REPORTED_LIFE_METRIC`)."""
    return metric_value(REPORTED_LIFE_METRIC)


def server_share() -> Assumption:
    """The servers' share of the capex (``server_capex_share`` of ``data/assumptions.csv``)."""
    return data.assumption("server_capex_share")


def cahn_ai_revenue(year: int) -> float:
    """AI revenue implied by Cahn's essay of ``year``: required revenue minus the hole (USD bn a
    year).

    Raises
    ------
    ValueError
        If ``year`` is not one of :data:`CAHN_ESSAYS`.
    """
    return metric_value(cahn_metric(year, "required_revenue")) - metric_value(
        cahn_metric(year, "revenue_hole")
    )


def ai_revenue_2024() -> float:
    """AI revenue implied by Cahn's 2024 essay: required revenue minus the hole (USD bn a year)."""
    return cahn_ai_revenue(2024)


def cahn_metric(year: int, figure: str) -> str:
    """The ``macro.csv`` id of one figure of Cahn's essay of ``year``.

    Parameters
    ----------
    year : {2023, 2024}
        The essay (:data:`CAHN_ESSAYS`).
    figure : str
        One of :data:`CAHN_INPUTS`.

    Returns
    -------
    str

    Raises
    ------
    ValueError
        If ``year`` or ``figure`` is not one of those.

    Examples
    --------
    >>> cahn_metric(2024, "revenue_hole")
    'sequoia_2024_revenue_hole'
    """
    if year not in CAHN_ESSAYS:
        essays = " or ".join(str(y) for y in CAHN_ESSAYS)
        raise ValueError(f"year must be {essays}, got {year!r}")
    if figure not in CAHN_INPUTS:
        raise ValueError(f"figure must be one of {sorted(CAHN_INPUTS)}, got {figure!r}")
    return f"sequoia_{year}_{figure}"


def cahn_run_rate(year: int) -> float:
    """The Nvidia data-centre run rate Cahn started from in the essay of ``year`` (USD bn per
    year; ``sequoia_<year>_nvidia_run_rate``).

    Raises
    ------
    ValueError
        If ``year`` is not one of :data:`CAHN_ESSAYS`.
    """
    return metric_value(cahn_metric(year, "nvidia_run_rate"))


def nvidia_run_rate() -> pd.DataFrame:
    """Nvidia's quarterly data-centre revenue and its annualised run rate (quarter x 4).

    Returns
    -------
    pandas.DataFrame
        Columns ``quarter`` (fiscal quarter, e.g. ``"FY2026-Q4"``), ``revenue_usd_bn``
        (USD bn in the quarter) and ``run_rate_usd_bn`` (USD bn per year).

    Examples
    --------
    >>> nvidia_run_rate().iloc[-1].to_dict()
    {'quarter': 'FY2027-Q1', 'revenue_usd_bn': 75.2, 'run_rate_usd_bn': 300.8}
    """
    rows = []
    for metric_id in NVIDIA_QUARTERS:
        figure = data.figure(metric_id)
        rows.append(
            {
                "quarter": figure.period,
                "revenue_usd_bn": round(figure.value, 6),
                "run_rate_usd_bn": round(4 * figure.value, 6),
            }
        )
    return pd.DataFrame(rows)


def cahn_steps(year: int) -> pd.DataFrame:
    """Cahn's chain for the 2023 or 2024 essay as the steps of a waterfall.

    Parameters
    ----------
    year : {2023, 2024}
        The essay: "AI's $200B question" (2023) or "AI's $600B question" (2024).

    Returns
    -------
    pandas.DataFrame
        One row per step: ``step`` (catalogue key), ``order``, ``start`` and ``end`` (USD bn),
        ``amount`` (``end - start``) and ``kind`` (``"total"`` or ``"change"``). The AI
        revenue is the published required revenue minus the published hole.

    Raises
    ------
    ValueError
        If ``year`` is not 2023 or 2024.

    Examples
    --------
    >>> steps = cahn_steps(2023)
    >>> steps.set_index("step")["end"].iloc[2:].to_dict()
    {'capital_step_margin': 200.0, 'capital_step_ai_revenue': 125.0, 'capital_step_gap': 125.0}
    """
    gap = capital.cahn_gap(cahn_run_rate(year), cahn_ai_revenue(year), CAHN_TCO_MULTIPLE,
                           CAHN_MARGIN)
    steps = [
        ("capital_step_gpu", 0.0, gap.gpu_spend, "total"),
        ("capital_step_other_costs", gap.gpu_spend, gap.data_centre_capex, "change"),
        ("capital_step_margin", gap.data_centre_capex, gap.required_revenue, "change"),
        ("capital_step_ai_revenue", gap.required_revenue, gap.gap, "change"),
        ("capital_step_gap", 0.0, gap.gap, "total"),
    ]
    return pd.DataFrame(
        [
            {
                "step": key,
                "order": i,
                "start": round(float(a), 6),
                "end": round(float(b), 6),
                "amount": round(float(b) - float(a), 6),
                "kind": kind,
                "year": year,
            }
            for i, (key, a, b, kind) in enumerate(steps)
        ]
    )


NEEDED_ROWS: tuple[tuple[str, str, str], ...] = (
    ("capital_needed_cahn_2023", "needed", "sequoia_2023_required_revenue"),
    ("capital_needed_cahn_2024", "needed", "sequoia_2024_required_revenue"),
    ("capital_needed_jpm", "needed", "jpm_2025_required_revenue_10pct"),
    ("capital_needed_bain", "needed", "bain_2025_required_revenue_2030"),
    ("capital_earned_bain", "earned", ""),
    ("capital_earned_cahn_2024", "earned", ""),
    ("capital_earned_economist", "earned", "economist_2025_western_ai_revenue"),
    ("capital_earned_openai", "earned", OPENAI_RUN_RATE),
    ("capital_earned_anthropic", "earned", ANTHROPIC_RUN_RATES[-1]),
)


def needed_versus_earned() -> pd.DataFrame:
    """The published "revenue needed" figures next to AI revenue actually earned or expected.

    Returns
    -------
    pandas.DataFrame
        Columns ``label`` (catalogue key), ``kind`` (``"needed"`` / ``"earned"``) and
        ``usd_bn`` (USD bn per year). Two rows are differences of published figures: Bain's
        reachable revenue (required minus shortfall) and Cahn's 2024 AI revenue (required
        minus hole).
    """
    derived = {
        "capital_earned_bain": metric_value("bain_2025_required_revenue_2030")
        - metric_value("bain_2025_revenue_shortfall_2030"),
        "capital_earned_cahn_2024": ai_revenue_2024(),
    }
    rows = [
        {
            "label": key,
            "kind": kind,
            "usd_bn": round(derived[key] if not metric else metric_value(metric), 6),
        }
        for key, kind, metric in NEEDED_ROWS
    ]
    return pd.DataFrame(rows)


def financing_shares() -> pd.DataFrame:
    """Morgan Stanley's 2025-2028 financing mix with each source's share of the capex.

    Returns
    -------
    pandas.DataFrame
        Columns ``part`` (catalogue key), ``usd_bn`` and ``share`` (fraction of the total
        capex), from :func:`aifin_lib.capital.financing_mix`; the external sources are the
        debt and equity that fill the financing gap.
    """
    mix = morgan_stanley_mix()
    total = metric_value(MS_CAPEX)
    external = {
        key: float(v)
        for key, v in zip(mix["part"], mix["usd_bn"], strict=True)
        if key != "ms_hyperscaler_cash_flow"
    }
    internal = float(mix.loc[mix["part"] == "ms_hyperscaler_cash_flow", "usd_bn"].iloc[0])
    result = capital.financing_mix(total, internal, external)
    rows = [
        {
            "part": "ms_hyperscaler_cash_flow",
            "usd_bn": result.internal,
            "share": result.internal_share,
        }
    ]
    rows += [
        {"part": key, "usd_bn": result.external[key], "share": result.external_shares[key]}
        for key, _ in MS_PARTS
        if key in result.external
    ]
    frame = pd.DataFrame(rows)
    return frame.assign(usd_bn=frame["usd_bn"].round(6), share=frame["share"].round(6))


def server_capex() -> np.ndarray:
    """Server part of the Big Tech 4's capex, 2023-2026 (USD bn per year).

    Returns
    -------
    numpy.ndarray
        The lowest published capex of each year times :func:`server_share`.
    """
    capex = capex_series()
    return capex["capex_usd_bn"].to_numpy(dtype=float) * server_share().value


def depreciation_frame(life: float) -> pd.DataFrame:
    """Depreciation of the server capex under the reported life and under ``life``.

    Parameters
    ----------
    life : float
        The alternative useful life, years (> 0).

    Returns
    -------
    pandas.DataFrame
        Two rows per year (``series`` = ``"reported"`` / ``"alternative"``) with ``year`` and
        ``usd_bn`` (depreciation, USD bn per year) from
        :func:`aifin_lib.capital.depreciation_life_effect`, and ``difference`` (alternative
        minus reported depreciation: how much lower earnings would be, USD bn per year).

    Raises
    ------
    ValueError
        If ``life`` is not finite and > 0.
    """
    first = int(capex_series()["year"].iloc[0])
    effect = capital.depreciation_life_effect(server_capex(), reported_life(), life,
                                              first_year=first)
    rows = []
    for year, old, new in zip(
        effect.years, effect.depreciation_old, effect.depreciation_new, strict=True
    ):
        diff = round(float(new - old), 4) + 0.0
        rows.append(
            {
                "year": int(year),
                "series": "reported",
                "usd_bn": round(float(old), 4),
                "difference": diff,
            }
        )
        rows.append(
            {
                "year": int(year),
                "series": "alternative",
                "usd_bn": round(float(new), 4),
                "difference": diff,
            }
        )
    return pd.DataFrame(rows)
