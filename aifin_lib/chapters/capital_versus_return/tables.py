"""The tables of the chapter "Capital versus return" (rows for
:func:`aifin_lib.tables.glance_table`)."""

from __future__ import annotations

from aifin_lib.chapters.capital_versus_return.frames import (
    ANTHROPIC_RUN_RATES,
    REPORTED_LIFE_METRIC,
)
from aifin_lib.chapters.introduction import OPENAI_RUN_RATE
from aifin_lib.tables import GlanceRow

__all__ = ["OPENAI_ROWS", "SERVER_LIFE_ROWS"]

OPENAI_ROWS: tuple[GlanceRow, ...] = (
    GlanceRow("capital_glance_openai_revenue", "openai_revenue_2025"),
    GlanceRow("capital_glance_openai_operating_loss", "openai_operating_loss_2025"),
    GlanceRow("capital_glance_openai_burn", "openai_cash_burn_2025"),
    GlanceRow("capital_glance_openai_run_rate", "openai_run_rate_2025_12"),
    GlanceRow("capital_glance_openai_run_rate", OPENAI_RUN_RATE),
    GlanceRow("capital_glance_anthropic_run_rate", ANTHROPIC_RUN_RATES[0]),
    GlanceRow("capital_glance_anthropic_run_rate", ANTHROPIC_RUN_RATES[-1]),
    GlanceRow("capital_glance_openai_burn_2029", "openai_projected_cash_burn_2025_2029"),
    GlanceRow("capital_glance_openai_commitments", "openai_compute_commitments"),
    GlanceRow("capital_glance_openai_compute_2030", "openai_2026_compute_spend_to_2030"),
    GlanceRow("capital_glance_openai_revenue_2030", "openai_2026_projected_revenue_2030"),
)
"""Rows of the OpenAI and Anthropic table: revenue, losses, cash burn, run rates, plans."""

SERVER_LIFE_ROWS: tuple[GlanceRow, ...] = (
    GlanceRow("capital_life_microsoft_before", "microsoft_server_life_before"),
    GlanceRow("capital_life_microsoft_after", REPORTED_LIFE_METRIC),
    GlanceRow("capital_life_alphabet_after", "alphabet_server_life_after"),
    GlanceRow("capital_life_amazon_2022", "amazon_server_life_2022"),
    GlanceRow("capital_life_amazon_2024", "amazon_server_life_2024"),
    GlanceRow("capital_life_amazon_2025", "amazon_server_life_2025_subset"),
    GlanceRow("capital_life_meta_2022", "meta_server_life_2022"),
    GlanceRow("capital_life_meta_2025", "meta_server_life_2025"),
    GlanceRow("capital_life_coreweave", "coreweave_gpu_life"),
)
"""Rows of the server-life table: the useful lives in the accounts and when they changed."""
