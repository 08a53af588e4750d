"""The chapter on circular financing: moved to :mod:`aifin_lib.chapters.circular_financing`.

Kept so that old import paths keep working: every name is looked up in the chapter's package
on first use (PEP 562). New code imports from there. ``network`` is now
:func:`~aifin_lib.chapters.circular_financing.book_deal_network` (the deal network of
``deals.csv``; :func:`aifin_lib.scenario.build_network` is the scenario's network); ``CONTROLS``,
``PRINT_SETTINGS`` and ``PRINT_FIGURES`` are built by ``network_controls()``,
``network_print_settings()`` and ``network_print_figures()``.
"""

from __future__ import annotations

from ._moved import forward

_HOME = "aifin_lib.chapters.circular_financing"

_RENAMED: dict[str, str] = {
    "network": "book_deal_network",
    "_network_sources": "network_sources",
    "_short_names": "short_names",
    "_cycle_text": "cycle_text",
}
"""Old name -> name in the chapter's package."""

_BUILT: dict[str, str] = {
    "CONTROLS": "network_controls",
    "PRINT_FIGURES": "network_print_figures",
    "PRINT_SETTINGS": "network_print_settings",
}
"""Former module constants -> the function of the chapter's package that builds them."""

_PRIVATE: dict[str, str] = {
    "_Frames": "frames._Frames",
    "_keep_links": "frames._keep_links",
    "_nvidia_customer_financing": "dotcom.nvidia_customer_financing",
}
"""Private names of the old module -> ``submodule.name`` in the chapter's package."""

_OLD_NAMES: tuple[str, ...] = (
    "AS_OF_DATES", "BOX_PX", "CHART_NAMES", "HEADLINE_KINDS", "KIND_PRESETS", "LAYOUT_SEED",
    "NAMED_LOOPS", "OVERLAP_PRIORITY", "ROW_PX", "STATUS_PRESETS", "VOICES",
    "CircularityExplorer", "Headline", "NamedLoop", "arc_points", "chart_names",
    "counting_chart", "counting_table", "deals_in_window", "dotcom_chart", "dotcom_comparison",
    "exercise_networks", "headline", "loops_table", "network_controls", "network_frames",
    "network_print_figures", "network_print_settings", "node_order", "node_positions",
    "prose_figures", "voices_table",
)
"""Public names of the old module that keep their name."""

__all__ = sorted({*_OLD_NAMES, "network"})

__getattr__, __dir__ = forward(
    __name__,
    {
        **dict.fromkeys(_OLD_NAMES, _HOME),
        **{old: f"{_HOME}:{new}" for old, new in _RENAMED.items()},
        **{old: f"{_HOME}.{new.replace('.', ':')}" for old, new in _PRIVATE.items()},
    },
    call={name: f"{_HOME}:{function}" for name, function in _BUILT.items()},
    listed=__all__,
)
