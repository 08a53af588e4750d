"""The book's look: the palette, its dark-mode twin, the Vega-Lite theme, axis ranges.

Every colour a chart uses comes from here. :data:`PALETTE` (and :data:`EXTRA_COLOURS`) have at
least 3:1 contrast on white; :data:`DARK_COLOURS` maps each light colour to the one the site's
chart script draws in dark mode. :func:`axis_max` derives an axis range from the data with
headroom, so a chart keeps fitting when the data grow.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any, cast

import altair as alt

from .. import i18n

__all__ = [
    "BAR_SIZE",
    "BAR_STEP",
    "DARK_BACKGROUND",
    "DARK_COLOURS",
    "DARK_PALETTE",
    "EXTRA_COLOURS",
    "INK",
    "LIGHT_BACKGROUND",
    "PALETTE",
    "axis_max",
    "register_themes",
    "theme_config",
    "theme_script_config",
]

PALETTE: tuple[str, ...] = (
    "#1f4e79",  # dark blue
    "#c55a11",  # burnt orange
    "#548235",  # green
    "#7f6000",  # ochre
    "#7030a0",  # purple
    "#3b7ea1",  # steel blue
    "#a50021",  # dark red
    "#595959",  # grey
)
"""Categorical palette; every colour has at least 4.3:1 contrast on white, above the 3:1 that
WCAG 2.1 (success criterion 1.4.11) asks of graphical objects."""

EXTRA_COLOURS: tuple[str, ...] = ("#b8860b", "#2e8b57", "#8c564b")
"""Further colours for categories beyond the palette (dark goldenrod, sea green, brown)."""

INK = "#222222"
"""Colour of text drawn in charts (titles, labels)."""

LIGHT_BACKGROUND = "#ffffff"
DARK_BACKGROUND = "#14181e"
"""The page background of the site's dark mode (pydata-sphinx-theme), behind dark charts."""

DARK_PALETTE: tuple[str, ...] = (
    "#6fa8dc",  # light blue
    "#f0883e",  # orange
    "#8cc269",  # green
    "#d4aa2b",  # ochre
    "#b98ee0",  # lilac
    "#4fc1c6",  # teal
    "#ff7b8a",  # rose
    "#a8a8a8",  # grey
)
"""The palette in dark mode: the same hues, lighter, each at least 6:1 on
:data:`DARK_BACKGROUND` (WCAG 2.1 asks 3:1 of graphical objects)."""

DARK_COLOURS: dict[str, str] = {
    **dict(zip(PALETTE, DARK_PALETTE, strict=True)),
    "#b8860b": "#e0b040",
    "#2e8b57": "#5cc48a",
    "#8c564b": "#c9977f",
    "#111": "#e8e8e8",
    "#111111": "#e8e8e8",
    "#222": "#e8e8e8",
    "#222222": "#e8e8e8",
    "#333": "#dddddd",
    "#333333": "#dddddd",
    "#888": "#9aa3ad",
    "#888888": "#9aa3ad",
    "#e6e6e6": "#333a44",
    "#dddddd": "#3a424d",
    "white": DARK_BACKGROUND,
    "#fff": DARK_BACKGROUND,
    "#ffffff": DARK_BACKGROUND,
}
"""Light colour -> dark-mode colour. The site's chart script swaps every colour of a chart's
Vega spec found here when the page is in dark mode (``data-theme="dark"`` on ``<html>``);
text colours get at least 4.5:1 and graphics at least 3:1 on :data:`DARK_BACKGROUND`."""


def theme_script_config() -> dict[str, Any]:
    """Return the theme data that the site's chart script needs (as JSON).

    Returns
    -------
    dict
        ``{"dark": {light colour: dark colour}, "darkBackground": colour}``.
    """
    return {"dark": DARK_COLOURS, "darkBackground": DARK_BACKGROUND}


def theme_config(lang: str) -> dict[str, Any]:
    """Return the Vega-Lite config of the book's theme for ``lang``.

    Parameters
    ----------
    lang : {"nl", "en"}
        The language (number and date formats of the axes).

    Returns
    -------
    dict
        ``{"config": {...}}``: font, colours, axis and legend styles, d3 locale.
    """
    font = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
    return {
        "config": {
            "locale": i18n.d3_locale(lang),
            "font": font,
            "view": {"continuousWidth": 560, "continuousHeight": 300, "stroke": None},
            "range": {"category": list(PALETTE)},
            "title": {"anchor": "start", "frame": "bounds", "fontSize": 15, "fontWeight": 600,
                      "color": "#222",
                      "subtitleColor": "#333", "subtitleFontSize": 12},
            "axis": {
                "labelFontSize": 12,
                "titleFontSize": 12,
                "titleFontWeight": 500,
                "labelColor": "#333",
                "titleColor": "#333",
                "gridColor": "#e6e6e6",
                "domainColor": "#888",
                "tickColor": "#888",
                "labelOverlap": "greedy",
                "labelSeparation": 4,
            },
            "text": {"color": INK},
            "background": "white",
            "legend": {"labelFontSize": 12, "titleFontSize": 12, "orient": "bottom",
                       "labelColor": "#333", "titleColor": "#333", "labelLimit": 240},
            "bar": {"color": PALETTE[0]},
            "line": {"color": PALETTE[0], "strokeWidth": 2.5},
            "point": {"color": PALETTE[0], "filled": True},
        }
    }


BAR_STEP = 40
"""Height of one category of a horizontal bar chart, pixels (room for its name above the bar)."""
BAR_SIZE = 16
"""Thickness of a bar in a horizontal bar chart, pixels."""


def register_themes() -> None:
    """Register the theme ``aifin-<lang>`` of every language with Altair (not enabled)."""
    for lang in i18n.LANGUAGES:

        def theme(lang: str = lang) -> alt.theme.ThemeConfig:
            return cast("alt.theme.ThemeConfig", theme_config(lang))

        alt.theme.register(f"aifin-{lang}", enable=False)(theme)


def axis_max(values: Iterable[float], headroom: float = 0.1, step: float | None = None) -> float:
    """Return the top of a value axis that shows ``values`` with room above the largest.

    Parameters
    ----------
    values : iterable of float
        Every value the axis must show (e.g. each bar's end, at every slider position).
    headroom : float, default 0.1
        Room above the largest value, as a fraction of it (labels above bars need it).
    step : float, optional
        Round the top up to a multiple of this (default: the smallest round step, 1, 2 or 5
        times a power of ten, that divides the top into at most 20 steps).

    Returns
    -------
    float
        The smallest multiple of ``step`` at or above ``max(values) * (1 + headroom)`` (an
        ``int`` when it is a whole number, so that a chart's spec writes ``750``, not ``750.0``).

    Raises
    ------
    ValueError
        If ``values`` is empty, not finite or its largest value is not positive, or
        ``headroom`` or ``step`` is negative.

    Examples
    --------
    >>> axis_max([650, 120], headroom=0.15)
    750
    >>> axis_max([2.2], step=0.5)
    2.5
    """
    numbers = [float(v) for v in values]
    if not numbers or not all(math.isfinite(v) for v in numbers) or max(numbers) <= 0:
        raise ValueError(f"values must be finite with a positive largest value, got {numbers}")
    if headroom < 0 or (step is not None and step <= 0):
        raise ValueError(f"headroom must be >= 0 and step > 0, got {headroom!r}, {step!r}")
    top = max(numbers) * (1.0 + headroom)
    if step is None:
        power = 10.0 ** math.floor(math.log10(top / 10.0))
        step = next(m * power for m in (1.0, 2.0, 5.0, 10.0) if top / (m * power) <= 20.0)
    result = round(math.ceil(top / step - 1e-9) * step, 10)
    return int(result) if float(result).is_integer() else result
