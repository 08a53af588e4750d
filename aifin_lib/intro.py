"""The introduction chapter: moved to :mod:`aifin_lib.chapters.introduction`.

Kept so that old import paths keep working: every name is looked up in the new module on first
use (PEP 562). ``Assumption`` is :class:`aifin_lib.data.Assumption`; the former constants
``DEBT_SHARE_ASSUMPTION`` and ``INTEREST_RATE_ASSUMPTION`` are read from
``data/assumptions.csv`` when asked for. New code imports from
:mod:`aifin_lib.chapters.introduction`.
"""

from __future__ import annotations

from ._moved import forward

_NEW_HOME = "aifin_lib.chapters.introduction"

_MOVED: tuple[str, ...] = (
    "CAPEX_ESTIMATES",
    "CAPEX_METRICS",
    "GLANCE_ROWS",
    "MS_PARTS",
    "OPENAI_RUN_RATE",
    "_issuers",
    "capex_series",
    "debt_share",
    "financing_chart",
    "financing_dashboard",
    "financing_split",
    "interest_rate",
    "morgan_stanley_chart",
    "morgan_stanley_mix",
    "prose_figures",
)
"""Names of this module that :mod:`aifin_lib.chapters.introduction` defines now."""

_READ_ON_ACCESS: dict[str, str] = {
    "DEBT_SHARE_ASSUMPTION": "debt_share",
    "INTEREST_RATE_ASSUMPTION": "interest_rate",
}
"""Former module constants -> the function of the new module that reads them."""

__all__ = sorted(["Assumption", *(n for n in _MOVED if not n.startswith("_"))])

__getattr__, __dir__ = forward(
    __name__, {"Assumption": "aifin_lib.data", **dict.fromkeys(_MOVED, _NEW_HOME)},
    call={name: f"{_NEW_HOME}:{function}" for name, function in _READ_ON_ACCESS.items()},
    listed=__all__,
)
