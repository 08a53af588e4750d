"""The controls of the chapter's network chart on the site, and its table in print."""

from __future__ import annotations

import functools

from ...viz.dashboard import Choice, Control, DateChoice, PrintFigure, PrintSetting
from .frames import AS_OF_DATES, KIND_PRESETS, STATUS_PRESETS

__all__ = ["network_controls", "network_print_figures", "network_print_settings"]


@functools.cache
def network_controls() -> tuple[Control, ...]:
    """The controls of the network on the site: which kinds (a drop-down of presets), which
    statuses (radio buttons) and up to which announcement date (a slider of dates)."""
    return (
        Choice(
            "circular_kinds",
            "circular_kinds_control",
            [(name, f"circular_preset_{name}") for name in KIND_PRESETS],
            "equity_purchases",
            widget="select",
        ),
        Choice(
            "circular_statuses",
            "circular_status_control",
            [(name, f"circular_status_{name}") for name in STATUS_PRESETS],
            "announced_too",
            widget="radio",
        ),
        DateChoice("circular_as_of", "circular_date_control", AS_OF_DATES, AS_OF_DATES[-1],
                   widget="slider"),
    )


@functools.cache
def network_print_settings() -> tuple[PrintSetting, ...]:
    """Settings of :func:`network_controls` whose figures the print edition gives under the
    network."""
    return (
        PrintSetting("print_setting_start"),
        PrintSetting("print_circ_binding", {"circular_statuses": "binding_only"}),
        PrintSetting("print_circ_all_kinds", {"circular_kinds": "all_kinds"}),
    )


@functools.cache
def network_print_figures() -> tuple[PrintFigure, ...]:
    """The figures of :meth:`CircularityExplorer.summaries` in that table."""
    return (
        PrintFigure("print_circ_circularity", lambda f: f["circularity"].iloc[0], "percent", 1),
        PrintFigure("print_circ_circulation", lambda f: f["circulation_usd_bn"].iloc[0],
                    "usd_bn", 1),
        PrintFigure("print_circ_gross", lambda f: f["gross_usd_bn"].iloc[0], "usd_bn", 1),
        PrintFigure("print_circ_cycles", lambda f: f["n_cycles"].iloc[0]),
    )
