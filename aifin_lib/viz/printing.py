"""What paper shows instead of a chart's controls: its figures at a few named settings.

On paper a slider cannot move, so the printed chart (drawn at its start) gets a small table
with the model's figures at two to four named settings: :class:`PrintSetting` names a setting,
:class:`PrintFigure` a figure, :func:`print_table` evaluates the model and writes the table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from .. import i18n
from .controls import DISPLAYS, Control, Slider

__all__ = ["PRINT_DISPLAYS", "PrintFigure", "PrintSetting", "print_table"]

PRINT_DISPLAYS: tuple[str, ...] = (*DISPLAYS, "text")
"""How a :class:`PrintFigure` shows its value: as a :class:`Slider` readout, or as given text."""


@dataclass(frozen=True)
class PrintSetting:
    """A named position of a chart's controls: one column of the table printed under it.

    On paper a slider cannot move, so the printed chart (drawn at its start) gets a small table
    with the model's figures at two to four named settings (:func:`print_table`).

    Parameters
    ----------
    label_key : str
        Catalogue key of the setting's name, e.g. ``"print_stag_severe"`` ("severe case").
    values : mapping, optional
        ``{control name: model value}`` of the controls that differ from their start; the
        other controls keep their initial value. Empty: the start itself.

    Raises
    ------
    ValueError
        If the key is not in the catalogue or ``values`` is not a mapping of names.

    Examples
    --------
    >>> PrintSetting("print_setting_start").values
    {}
    """

    label_key: str
    values: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        """Check the catalogue key and the control names."""
        if self.label_key not in i18n.CATALOGUE:
            raise ValueError(f"PrintSetting: label_key {self.label_key!r} is not in the catalogue")
        if not isinstance(self.values, dict) or not all(
                isinstance(k, str) for k in self.values):
            raise ValueError(f"PrintSetting {self.label_key!r}: values must be a dict of control "
                             f"names to model values, got {self.values!r}")


@dataclass(frozen=True)
class PrintFigure:
    """One figure of a model's output, printed as one row of a chart's settings table.

    Parameters
    ----------
    label_key : str
        Catalogue key of the row's label (naming the unit).
    value : callable
        ``value(frame) -> float`` (or ``str`` with ``display="text"``): the figure, from the
        model's tidy output at one setting.
    display : {"number", "percent", "usd_bn", "multiple", "text"}, default "number"
        How the figure is written, as a :class:`Slider` readout ("percent": a fraction as a
        percentage; "usd_bn": USD billions) or as the text ``value`` returns.
    decimals : int, default 0
        Decimals shown (at most; trailing zeros are dropped except for percentages).

    Raises
    ------
    ValueError
        If the key is unknown, ``value`` is not callable, or ``display`` / ``decimals`` are
        impossible.

    Examples
    --------
    >>> f = PrintFigure("print_stag_credit_losses", lambda frame: frame["usd_bn"].sum(),
    ...                 display="usd_bn", decimals=1)
    >>> f.text(pd.DataFrame({"usd_bn": [10.0, 2.25]}), "en")
    '$12.2B'
    """

    label_key: str
    value: Callable[[pd.DataFrame], Any]
    display: str = "number"
    decimals: int = 0

    def __post_init__(self) -> None:
        """Check the key, the function, the display and the decimals."""
        if self.label_key not in i18n.CATALOGUE:
            raise ValueError(f"PrintFigure: label_key {self.label_key!r} is not in the catalogue")
        if not callable(self.value):
            raise ValueError(f"PrintFigure {self.label_key!r}: value must be callable")
        if self.display not in PRINT_DISPLAYS:
            raise ValueError(f"PrintFigure {self.label_key!r}: display must be one of "
                             f"{PRINT_DISPLAYS}, got {self.display!r}")
        if not isinstance(self.decimals, int) or not 0 <= self.decimals <= 6:
            raise ValueError(f"PrintFigure {self.label_key!r}: decimals must be in 0..6, got "
                             f"{self.decimals!r}")

    def text(self, frame: pd.DataFrame, lang: str | None = None) -> str:
        """Return the figure of ``frame`` written in ``lang``.

        Parameters
        ----------
        frame : pandas.DataFrame
            The model's output at one setting.
        lang : {"nl", "en"}, optional
            The language; the active one when omitted.

        Returns
        -------
        str

        Raises
        ------
        ValueError
            If a number is not finite.
        """
        value = self.value(frame)
        if self.display == "text":
            return str(value)
        number = float(value)
        if not np.isfinite(number):
            raise ValueError(f"PrintFigure {self.label_key!r}: the model gave {number!r}")
        if self.display == "percent":
            return i18n.fmt_percent(number, lang, self.decimals)
        if self.display == "usd_bn":
            return i18n.fmt_usd_bn(number, lang, self.decimals)
        text = i18n.fmt_number(number, lang, self.decimals)
        return f"{text}×" if self.display == "multiple" else text


def _on_grid(control: Control, value: Any) -> bool:
    """Whether ``value`` is a position of ``control``."""
    if isinstance(control, Slider):
        if isinstance(value, bool) or not isinstance(value, int | float | np.number):
            return False
        return bool(np.isclose(control.grid(), float(value), rtol=0, atol=1e-9).any())
    return value in control.grid()


def print_table(controls: Sequence[Control], model: Callable[..., pd.DataFrame],
                settings: Sequence[PrintSetting], figures: Sequence[PrintFigure],
                lang: str | None = None) -> dict[str, Any]:
    """Return the table printed under a chart with controls: its figures at named settings.

    Parameters
    ----------
    controls : sequence of Control
        The chart's controls (their ``value`` is the start, at which the chart is printed).
    model : callable
        ``model(**{control.name: value}) -> pandas.DataFrame``, the chart's model.
    settings : sequence of PrintSetting
        Two to four named settings: the table's columns, in order.
    figures : sequence of PrintFigure
        The figures to print: rows of the table, after one row per control that some setting
        moves.
    lang : {"nl", "en"}, optional
        The language of every text; the active one when omitted.

    Returns
    -------
    dict
        ``{"caption": str, "columns": [setting name, ...], "shown": index of the setting equal
        to the start or None, "rows": [{"kind": "control" | "figure", "label": str,
        "cells": [text per setting]}, ...]}``; every text is in ``lang``. The book's print
        edition writes it as a table under the chart (``tools/build_pdf.py``).

    Raises
    ------
    ValueError
        On fewer than two or more than four settings, no figures, a name that is not a
        control, or a value that is not one of the control's positions.

    Examples
    --------
    >>> s = Slider("debt_share", "debt_share_slider", 0.0, 1.0, 0.5, 0.5, display="percent")
    >>> model = lambda debt_share: pd.DataFrame({"usd_bn": [100 * debt_share]})
    >>> table = print_table([s], model,
    ...     [PrintSetting("print_setting_start"), PrintSetting("print_setting_start",
    ...                                                        {"debt_share": 1.0})],
    ...     [PrintFigure("print_stag_credit_losses", lambda f: f["usd_bn"].sum(), "usd_bn")],
    ...     "en")
    >>> [row["cells"] for row in table["rows"]], table["shown"]
    ([['50%', '100%'], ['$50B', '$100B']], 0)
    """
    lang = i18n.get_language() if lang is None else i18n.check_language(lang)
    if not 2 <= len(settings) <= 4:
        raise ValueError(f"settings: need two to four named settings, got {len(settings)}")
    if not figures:
        raise ValueError("figures: need at least one figure to print")
    by_name = {c.name: c for c in controls}
    start = {c.name: float(c.value) if isinstance(c, Slider) else c.value for c in controls}
    points = []
    for setting in settings:
        for name, value in setting.values.items():
            if name not in by_name:
                raise ValueError(f"PrintSetting {setting.label_key!r}: {name!r} is not a control "
                                 f"(expected one of {sorted(by_name)})")
            if not _on_grid(by_name[name], value):
                raise ValueError(f"PrintSetting {setting.label_key!r}: {value!r} is not a "
                                 f"position of control {name!r}")
        points.append(start | {k: float(v) if isinstance(by_name[k], Slider) else v
                               for k, v in setting.values.items()})
    frames = [model(**point) for point in points]
    rows = [{"kind": "control", "label": c.label(lang),
             "cells": [c.text(point[c.name], lang) for point in points]}
            for c in controls if any(point[c.name] != start[c.name] for point in points)]
    rows += [{"kind": "figure", "label": i18n.t(f.label_key, lang),
              "cells": [f.text(frame, lang) for frame in frames]} for f in figures]
    shown = next((i for i, point in enumerate(points) if point == start), None)
    return {"caption": i18n.t("print_settings_caption", lang),
            "columns": [i18n.t(s.label_key, lang) for s in settings],
            "shown": shown, "rows": rows}
