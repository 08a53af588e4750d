"""The chapter "Capital versus return": moved to :mod:`aifin_lib.chapters.capital_versus_return`.

Kept so that old import paths keep working: every name is looked up in its new module on first
use (PEP 562). The former constants ``AI_REVENUE_2024``, ``DASHBOARD_SLIDERS``,
``DEBT_SHARE_ASSUMPTION``, ``REPORTED_LIFE`` and ``SERVER_SHARE_ASSUMPTION`` are read from
``data/`` when asked for; ``ExpressionDashboard`` is
:class:`aifin_lib.viz.dashboard.ExpressionDashboard`. New code imports from
:mod:`aifin_lib.chapters.capital_versus_return`.
"""

from __future__ import annotations

from ._moved import forward

_CHAPTER = "aifin_lib.chapters.capital_versus_return"

_MOVED: dict[str, str] = {
    "ANTHROPIC_RUN_RATES": _CHAPTER,
    "DASHBOARD_EXPRESSIONS": _CHAPTER,
    "FIELDS": _CHAPTER,
    "NEEDED_ROWS": _CHAPTER,
    "NVIDIA_QUARTERS": _CHAPTER,
    "OPENAI_ROWS": _CHAPTER,
    "REPORTED_LIFE_METRIC": _CHAPTER,
    "SERVER_LIFE_ROWS": _CHAPTER,
    "ai_revenue_2024": _CHAPTER,
    "cahn_chart": _CHAPTER,
    "cahn_steps": _CHAPTER,
    "capex_chart": _CHAPTER,
    "capital_panel": _CHAPTER,
    "dashboard_frame": _CHAPTER,
    "dashboard_sliders": _CHAPTER,
    "debt_share": _CHAPTER,
    "depreciation_dashboard": _CHAPTER,
    "depreciation_frame": _CHAPTER,
    "financing_chart": _CHAPTER,
    "financing_shares": _CHAPTER,
    "needed_chart": _CHAPTER,
    "needed_versus_earned": _CHAPTER,
    "nvidia_chart": _CHAPTER,
    "nvidia_run_rate": _CHAPTER,
    "prose_figures": _CHAPTER,
    "reported_life": _CHAPTER,
    "server_capex": _CHAPTER,
    "server_share": _CHAPTER,
    "_depreciation_chart": f"{_CHAPTER}.depreciation",
    "_life_slider": f"{_CHAPTER}.depreciation",
    "_panel_chart": f"{_CHAPTER}.panel",
    "_peak_year": f"{_CHAPTER}.depreciation",
    "CAPEX_METRICS": "aifin_lib.chapters.introduction",
    "MS_PARTS": "aifin_lib.chapters.introduction",
    "OPENAI_RUN_RATE": "aifin_lib.chapters.introduction",
    "capex_series": "aifin_lib.chapters.introduction",
    "morgan_stanley_mix": "aifin_lib.chapters.introduction",
    "ExpressionDashboard": "aifin_lib.viz.dashboard",
}
"""Name -> the module that defines it now."""

_READ_ON_ACCESS: dict[str, str] = {
    "AI_REVENUE_2024": "ai_revenue_2024",
    "DASHBOARD_SLIDERS": "dashboard_sliders",
    "DEBT_SHARE_ASSUMPTION": "debt_share",
    "REPORTED_LIFE": "reported_life",
    "SERVER_SHARE_ASSUMPTION": "server_share",
}
"""Former module constants -> the function of the chapter that reads them."""

__all__ = sorted(n for n in _MOVED if not n.startswith("_"))


def _js(text: str) -> str:
    """A string literal for a Vega expression (:func:`aifin_lib.viz.bars.vega_string`)."""
    from aifin_lib.viz.bars import vega_string

    return vega_string(text)

__getattr__, __dir__ = forward(
    __name__, _MOVED,
    call={name: f"{_CHAPTER}:{function}" for name, function in _READ_ON_ACCESS.items()},
    listed=__all__,
)
