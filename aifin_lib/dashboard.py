"""Dashboards: one object that is a widget panel in a live kernel and a bound chart on the site.

A :class:`Dashboard` couples a model (a plain function returning a tidy DataFrame) to a chart and
a few *controls*. Shown in JupyterLab with a running kernel it is an ipywidgets panel: changing a
control calls the model again and redraws the chart. Shown on the static site (no kernel) it is a
Vega-Lite chart whose parameters are bound to the same kinds of control: the model has been
evaluated in Python on every combination of control positions, and the browser only filters that
grid. Both views therefore show numbers from the same Python function.

Control kinds (all take ``name``, the model's keyword argument, and ``label_key``, the catalogue
key of a label that names the unit):

- :class:`Slider`: a number on a regular grid, with a readout in the page's language
  (``display="percent"`` shows the fraction 0.5 as "50%"; ``"usd_bn"`` as "$150B");
- :class:`Choice`: one of a few values, as a drop-down (``widget="select"``), radio buttons
  (``"radio"``) or a slider over the options (``"slider"``, the readout is the option's label);
- :class:`DateChoice`: a :class:`Choice` of ISO dates, labelled as dates in the page's language;
- :class:`Toggle`: yes or no, a checkbox.

Every control gives its Vega-Lite parameter (:meth:`Slider.vega_param`), the Vega expression of
the model value (:meth:`Slider.vega_value`), its readout texts (:meth:`Slider.readouts`, used by
the site's chart script) and its ipywidget (:meth:`Slider.widget`), so a new kind needs no
change in :class:`Dashboard`.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import altair as alt
import numpy as np
import pandas as pd

from . import i18n

__all__ = [
    "DISPLAYS",
    "Choice",
    "Control",
    "Dashboard",
    "DateChoice",
    "PrintFigure",
    "PrintSetting",
    "Slider",
    "Toggle",
    "print_table",
    "readout_key",
]

WIDGET_MIMETYPE = "application/vnd.jupyter.widget-view+json"
MAX_GRID_ROWS = 20_000
DISPLAYS: tuple[str, ...] = ("number", "percent", "usd_bn", "multiple")
"""How a :class:`Slider` shows its value: a plain number, a fraction as a percentage, an amount
in USD billions, or a multiple ("2.5×")."""
_WIDGETS = ("select", "radio", "slider")
PRINT_DISPLAYS: tuple[str, ...] = (*DISPLAYS, "text")
"""How a :class:`PrintFigure` shows its value: as a :class:`Slider` readout, or as given text."""


def readout_key(value: Any) -> str:
    """Return the key under which the site's chart script looks up a readout text.

    Parameters
    ----------
    value : float, int, bool or str
        A parameter value as the browser holds it.

    Returns
    -------
    str
        The value as JavaScript's ``String(value)`` writes it: ``50.0`` gives ``"50"``,
        ``0.1`` gives ``"0.1"``, ``True`` gives ``"true"``.

    Examples
    --------
    >>> readout_key(50.0), readout_key(0.065), readout_key(True), readout_key("2025-12-31")
    ('50', '0.065', 'true', '2025-12-31')
    """
    if isinstance(value, bool | np.bool_):
        return "true" if value else "false"
    if isinstance(value, int | float | np.integer | np.floating):
        number = float(value)
        return str(int(number)) if number.is_integer() else repr(number)
    return str(value)


def _check_name(kind: str, name: str) -> None:
    if not isinstance(name, str) or not name.isidentifier():
        raise ValueError(f"{kind} name must be an identifier, got {name!r}")


def _check_label(kind: str, name: str, label_key: str) -> None:
    if label_key not in i18n.CATALOGUE:
        raise ValueError(f"{kind} {name!r}: label_key {label_key!r} is not in the catalogue")


class Control:
    """Common interface of the control kinds (see the module docstring).

    Subclasses are frozen dataclasses with at least ``name``, ``label_key`` and ``value``.
    """

    name: str
    label_key: str
    value: Any

    def label(self, lang: str | None = None) -> str:
        """Return the control's label (with its unit) in ``lang``.

        Parameters
        ----------
        lang : {"nl", "en"}, optional
            The language; the active one when omitted.

        Returns
        -------
        str
        """
        return i18n.t(self.label_key, lang)

    def grid(self) -> list[Any]:
        """Return every model value the control can take, in order."""
        raise NotImplementedError

    def text(self, value: Any, lang: str | None = None) -> str:
        """Return the readout of a model value in ``lang``."""
        raise NotImplementedError

    def vega_param(self, lang: str | None = None, value: Any = None) -> Any:
        """Return the bound Vega-Lite parameter (named ``name``)."""
        raise NotImplementedError

    def vega_value(self) -> str:
        """Return the Vega expression of the model value (the parameter itself by default)."""
        return self.name

    def vega_filter(self) -> str:
        """Return a Vega expression true for grid rows of the current position."""
        return f"datum[{json.dumps(self.name)}] === {self.vega_value()}"

    def readouts(self, lang: str | None = None) -> dict[str, str] | None:
        """Return ``{readout_key(parameter value): text}`` for a range input, else ``None``."""
        return None

    def widget(self, lang: str | None = None) -> tuple[Any, Callable[[], Any]]:
        """Return ``(ipywidget, get_model_value)``: the live control and how to read it."""
        raise NotImplementedError


@dataclass(frozen=True)
class Slider(Control):
    """A number the reader can move over a regular grid.

    Parameters
    ----------
    name : str
        The model's keyword argument (also the Vega-Lite parameter name: letters, digits, _).
    label_key : str
        Catalogue key (:mod:`aifin_lib.i18n`) of the slider's label; the label names the unit.
    start, stop, step : float
        Range and step of the slider (in the model's units).
    value : float
        Initial value; must lie on the grid ``start + k * step``.
    display : {"number", "percent", "usd_bn", "multiple"}, default "number"
        How the readout shows a value: ``"percent"`` for fractions (0.5 reads "50%").
    decimals : int, optional
        Decimals of the readout; by default as many as the step needs.

    Raises
    ------
    ValueError
        If the range, step, value, display or decimals are impossible.

    Examples
    --------
    >>> s = Slider("debt_share", "debt_share_slider", 0.0, 1.0, 0.1, 0.5, display="percent")
    >>> s.text(0.5, "nl"), s.text(0.3, "en"), len(s.grid())
    ('50%', '30%', 11)
    """

    name: str
    label_key: str
    start: float
    stop: float
    step: float
    value: float
    display: str = "number"
    decimals: int | None = None

    def __post_init__(self) -> None:
        """Check the slider's range, step, initial value and display."""
        _check_name("Slider", self.name)
        values = (self.start, self.stop, self.step, self.value)
        if not all(np.isfinite(values)):
            raise ValueError(f"Slider {self.name!r}: start, stop, step, value must be finite")
        if self.step <= 0 or self.stop <= self.start:
            raise ValueError(
                f"Slider {self.name!r}: need step > 0 and stop > start, got "
                f"start={self.start}, stop={self.stop}, step={self.step}"
            )
        if not self.start <= self.value <= self.stop:
            raise ValueError(
                f"Slider {self.name!r}: value {self.value} outside [{self.start}, {self.stop}]"
            )
        k = (self.value - self.start) / self.step
        if abs(k - round(k)) > 1e-9:
            raise ValueError(f"Slider {self.name!r}: value {self.value} is not on the step grid")
        if self.display not in DISPLAYS:
            raise ValueError(
                f"Slider {self.name!r}: display must be one of {DISPLAYS}, got {self.display!r}"
            )
        if self.decimals is not None and not 0 <= self.decimals <= 6:
            raise ValueError(f"Slider {self.name!r}: decimals must be in 0..6, got {self.decimals}")
        _check_label("Slider", self.name, self.label_key)

    def grid(self) -> np.ndarray:
        """Return the slider's values ``start, start + step, ..., stop`` (rounded to 10 digits).

        Returns
        -------
        numpy.ndarray
            The positions of the slider.
        """
        count = round((self.stop - self.start) / self.step) + 1
        return np.round(self.start + self.step * np.arange(count), 10)

    def _decimals(self) -> int:
        if self.decimals is not None:
            return self.decimals
        step = self.step * 100 if self.display == "percent" else self.step
        text = f"{step:.6f}".rstrip("0")
        return len(text.split(".")[1]) if "." in text else 0

    def text(self, value: float, lang: str | None = None) -> str:
        """Return the readout of ``value`` in ``lang`` (Babel: "50%", "2,5", "$150B").

        Parameters
        ----------
        value : float
            A value in the model's units.
        lang : {"nl", "en"}, optional
            The language; the active one when omitted.

        Returns
        -------
        str
        """
        decimals = self._decimals()
        if self.display == "percent":
            text = i18n.fmt_percent(value, lang, decimals)
            # fmt_percent pads to ``decimals``; readouts drop trailing zeros ("6.5%", "7%").
            if decimals:
                sep = i18n.fmt_number(1.5, lang, 1)[1]
                head, _, tail = text.partition(sep)
                digits = tail.rstrip("%").rstrip("0")
                text = f"{head}{sep}{digits}%" if digits else f"{head}%"
            return text
        if self.display == "usd_bn":
            return i18n.fmt_usd_bn(value, lang, decimals)
        number = i18n.fmt_number(value, lang, decimals)
        return f"{number}×" if self.display == "multiple" else number

    def vega_param(self, lang: str | None = None, value: float | None = None) -> Any:
        """Return the Vega-Lite parameter bound to a range input.

        Parameters
        ----------
        lang : {"nl", "en"}, optional
            Language of the label.
        value : float, optional
            Initial value (default: :attr:`value`).

        Returns
        -------
        altair.Parameter
        """
        return alt.param(
            name=self.name,
            value=self.value if value is None else value,
            bind=alt.binding_range(
                min=self.start, max=self.stop, step=self.step, name=self.label(lang)
            ),
        )

    def vega_filter(self) -> str:
        """Return a Vega expression true for grid rows at the slider's position."""
        return f"abs(datum[{json.dumps(self.name)}] - {self.name}) < {self.step / 2!r}"

    def readouts(self, lang: str | None = None) -> dict[str, str]:
        """Return the readout text of every slider position.

        Parameters
        ----------
        lang : {"nl", "en"}, optional
            The language; the active one when omitted.

        Returns
        -------
        dict
            ``{readout_key(value): text}``.
        """
        return {readout_key(v): self.text(float(v), lang) for v in self.grid()}

    def widget(self, lang: str | None = None) -> tuple[Any, Callable[[], float]]:
        """Return the live control: a float slider with a Babel readout beside it.

        Parameters
        ----------
        lang : {"nl", "en"}, optional
            Language of the label and readout.

        Returns
        -------
        tuple
            ``(ipywidgets.HBox, get_value)``; the box holds the slider (``children[0]``) and
            its readout (``children[1]``).
        """
        import ipywidgets as widgets

        slider = widgets.FloatSlider(
            value=self.value, min=self.start, max=self.stop, step=self.step,
            description=self.label(lang), readout=False, continuous_update=False,
            style={"description_width": "initial"},
            layout=widgets.Layout(width="min(100%, 32em)"),
        )
        readout = widgets.Label(value=self.text(self.value, lang),
                                layout=widgets.Layout(min_width="8em"))

        def update(change: Any) -> None:
            readout.value = self.text(change["new"], lang)

        slider.observe(update, names="value")
        return widgets.HBox([slider, readout]), lambda: float(slider.value)


@dataclass(frozen=True)
class Choice(Control):
    """One of a few values, as a drop-down, radio buttons or a slider over the options.

    Parameters
    ----------
    name : str
        The model's keyword argument (and the Vega-Lite parameter name).
    label_key : str
        Catalogue key of the control's label.
    options : sequence of (value, label_key)
        The model values (str, int, float or bool, all of one type) and the catalogue keys of
        their labels, in order.
    value : str, int, float or bool
        Initial value; one of the option values.
    widget : {"select", "radio", "slider"}, default "select"
        ``"slider"`` is a range input over the option positions whose readout is the label:
        right for ordered options such as dates.

    Raises
    ------
    ValueError
        If there are fewer than two options, values repeat or mix types, the initial value is
        not an option, or a key is unknown.

    Examples
    --------
    >>> c = Choice("statuses", "circ_status_control",
    ...            [("announced_too", "circ_status_announced_too"),
    ...             ("binding_only", "circ_status_binding_only")], "announced_too", widget="radio")
    >>> c.grid(), c.vega_filter()
    (['announced_too', 'binding_only'], 'datum["statuses"] === statuses')
    """

    name: str
    label_key: str
    options: tuple[tuple[Any, str], ...]
    value: Any
    widget_kind: str = field(default="select")

    def __init__(self, name: str, label_key: str, options: Sequence[tuple[Any, str]],
                 value: Any, widget: str = "select") -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "label_key", label_key)
        object.__setattr__(self, "options", tuple((v, k) for v, k in options))
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "widget_kind", widget)
        self._check()

    def _check(self) -> None:
        kind = type(self).__name__
        _check_name(kind, self.name)
        _check_label(kind, self.name, self.label_key)
        values = [v for v, _ in self.options]
        if len(values) < 2:
            raise ValueError(f"{kind} {self.name!r}: options need at least two values")
        if len(set(values)) != len(values):
            raise ValueError(f"{kind} {self.name!r}: option values repeat: {values}")
        types = {bool if isinstance(v, bool) else float if isinstance(v, int | float) else str
                 for v in values}
        if len(types) != 1 or not types <= {bool, float, str}:
            raise ValueError(
                f"{kind} {self.name!r}: option values must all be str, all numbers or all bool"
            )
        if self.value not in values:
            raise ValueError(f"{kind} {self.name!r}: value {self.value!r} is not an option")
        if self.widget_kind not in _WIDGETS:
            raise ValueError(
                f"{kind} {self.name!r}: widget must be one of {_WIDGETS}, got "
                f"{self.widget_kind!r}"
            )
        self._check_labels()

    def _check_labels(self) -> None:
        for _, key in self.options:
            _check_label(type(self).__name__, self.name, key)

    def option_label(self, value: Any, lang: str | None = None) -> str:
        """Return the label of option ``value`` in ``lang``."""
        for v, key in self.options:
            if v == value:
                return i18n.t(key, lang)
        raise ValueError(f"{type(self).__name__} {self.name!r}: {value!r} is not an option")

    def grid(self) -> list[Any]:
        """Return the option values, in order."""
        return [v for v, _ in self.options]

    def text(self, value: Any, lang: str | None = None) -> str:
        """Return the label of option ``value`` (the readout)."""
        return self.option_label(value, lang)

    def _index(self, value: Any) -> int:
        return self.grid().index(value)

    def vega_param(self, lang: str | None = None, value: Any = None) -> Any:
        """Return the Vega-Lite parameter bound to a select, radio or range input.

        Parameters
        ----------
        lang : {"nl", "en"}, optional
            Language of the labels.
        value : optional
            Initial model value (default: :attr:`value`).

        Returns
        -------
        altair.Parameter
            For ``widget="slider"`` the parameter holds the option's position (0, 1, ...).
        """
        start = self.value if value is None else value
        labels = [self.option_label(v, lang) for v in self.grid()]
        if self.widget_kind == "slider":
            bind = alt.binding_range(min=0, max=len(labels) - 1, step=1, name=self.label(lang))
            return alt.param(name=self.name, value=self._index(start), bind=bind)
        binding = alt.binding_select if self.widget_kind == "select" else alt.binding_radio
        bind = binding(options=self.grid(), labels=labels, name=self.label(lang))
        return alt.param(name=self.name, value=start, bind=bind)

    def vega_value(self) -> str:
        """Return the Vega expression of the chosen model value."""
        if self.widget_kind == "slider":
            return f"{json.dumps(self.grid())}[{self.name}]"
        return self.name

    def readouts(self, lang: str | None = None) -> dict[str, str] | None:
        """For ``widget="slider"``: ``{position: label}``; otherwise ``None``."""
        if self.widget_kind != "slider":
            return None
        return {readout_key(i): self.option_label(v, lang) for i, v in enumerate(self.grid())}

    def widget(self, lang: str | None = None) -> tuple[Any, Callable[[], Any]]:
        """Return the live control: a drop-down, radio buttons or a selection slider.

        Parameters
        ----------
        lang : {"nl", "en"}, optional
            Language of the labels.

        Returns
        -------
        tuple
            ``(ipywidget, get_value)``.
        """
        import ipywidgets as widgets

        options = [(self.option_label(v, lang), v) for v in self.grid()]
        style = {"description_width": "initial"}
        if self.widget_kind == "select":
            control = widgets.Dropdown(options=options, value=self.value,
                                       description=self.label(lang), style=style)
            return control, lambda: control.value
        if self.widget_kind == "radio":
            control = widgets.RadioButtons(options=options, value=self.value,
                                           description=self.label(lang), style=style)
            return control, lambda: control.value
        control = widgets.SelectionSlider(
            options=options, value=self.value, description=self.label(lang), readout=False,
            continuous_update=False, style=style, layout=widgets.Layout(width="min(100%, 32em)"),
        )
        readout = widgets.Label(value=self.option_label(self.value, lang),
                                layout=widgets.Layout(min_width="10em"))

        def update(change: Any) -> None:
            readout.value = self.option_label(change["new"], lang)

        control.observe(update, names="value")
        return widgets.HBox([control, readout]), lambda: control.value


class DateChoice(Choice):
    """A :class:`Choice` of dates, labelled as dates in the reader's language.

    Parameters
    ----------
    name : str
        The model's keyword argument (it receives the ISO date string ``"YYYY-MM-DD"``).
    label_key : str
        Catalogue key of the control's label.
    dates : sequence of str
        ISO dates, in increasing order.
    value : str
        Initial date; one of ``dates``.
    widget : {"slider", "select", "radio"}, default "slider"
        A slider over the dates (readout: the date), a drop-down or radio buttons.
    precision : {"day", "month", "year"}, default "day"
        How the labels show a date (:func:`aifin_lib.i18n.fmt_date`).

    Examples
    --------
    >>> d = DateChoice("as_of", "circ_date_control", ["2024-12-31", "2025-12-31"], "2025-12-31")
    >>> d.text("2024-12-31", "nl"), d.vega_value()
    ('31 december 2024', '["2024-12-31", "2025-12-31"][as_of]')
    """

    precision: str = "day"

    def __init__(self, name: str, label_key: str, dates: Sequence[str], value: str,
                 widget: str = "slider", precision: str = "day") -> None:
        object.__setattr__(self, "precision", precision)
        dates = [str(d) for d in dates]
        for day in dates:
            i18n.fmt_date(day, precision, "en")  # raises on a bad date or precision
        if sorted(dates) != dates:
            raise ValueError(f"DateChoice {name!r}: dates must be in increasing order")
        super().__init__(name, label_key, [(d, "") for d in dates], str(value), widget)

    def _check_labels(self) -> None:
        pass

    def option_label(self, value: Any, lang: str | None = None) -> str:
        """Return the date ``value`` formatted in ``lang``."""
        if value not in self.grid():
            raise ValueError(f"DateChoice {self.name!r}: {value!r} is not an option")
        return i18n.fmt_date(value, self.precision, lang)


@dataclass(frozen=True)
class Toggle(Control):
    """Yes or no: a checkbox.

    Parameters
    ----------
    name : str
        The model's keyword argument (it receives ``True`` or ``False``).
    label_key : str
        Catalogue key of the checkbox label (a statement that is true when checked).
    value : bool, default False
        Initial state.

    Examples
    --------
    >>> Toggle("stress", "sup_slider_stress").grid()
    [False, True]
    """

    name: str
    label_key: str
    value: bool = False

    def __post_init__(self) -> None:
        """Check the name, label and initial value."""
        _check_name("Toggle", self.name)
        _check_label("Toggle", self.name, self.label_key)
        if not isinstance(self.value, bool):
            raise ValueError(f"Toggle {self.name!r}: value must be True or False")

    def grid(self) -> list[bool]:
        """Return ``[False, True]``."""
        return [False, True]

    def text(self, value: Any, lang: str | None = None) -> str:
        """Return "yes" or "no" in ``lang``."""
        return i18n.t("control_yes" if value else "control_no", lang)

    def vega_param(self, lang: str | None = None, value: bool | None = None) -> Any:
        """Return the Vega-Lite parameter bound to a checkbox."""
        start = self.value if value is None else bool(value)
        return alt.param(name=self.name, value=start,
                         bind=alt.binding_checkbox(name=self.label(lang)))

    def widget(self, lang: str | None = None) -> tuple[Any, Callable[[], bool]]:
        """Return the live control: a checkbox."""
        import ipywidgets as widgets

        control = widgets.Checkbox(value=self.value, description=self.label(lang), indent=False,
                                   layout=widgets.Layout(width="auto"))
        return control, lambda: bool(control.value)


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
    lang = i18n.get_language() if lang is None else i18n._check_lang(lang)
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


def _merge_usermeta(chart: Any, extra: dict[str, Any]) -> Any:
    """Return ``chart`` with ``extra`` merged into ``usermeta["aifin"]``."""
    current = chart.to_dict(validate=False).get("usermeta") or {}
    meta = dict(current)
    meta["aifin"] = {**dict(current.get("aifin", {})), **extra}
    return chart.properties(usermeta=meta)


def control_meta(controls: Sequence[Control], lang: str | None = None) -> dict[str, Any]:
    """Return the site metadata of bound controls: readout texts of range inputs.

    Parameters
    ----------
    controls : sequence of Control
        The controls of a chart.
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    dict
        ``{"readouts": {parameter name: {readout_key: text}}}`` (only controls with a range
        input have readouts).
    """
    readouts = {}
    for control in controls:
        texts = control.readouts(lang)
        if texts:
            readouts[control.name] = texts
    return {"readouts": readouts}


class Dashboard:
    """A model with controls, shown as a widget panel live and as a bound chart statically.

    Parameters
    ----------
    model : callable
        ``model(**{control.name: value}) -> pandas.DataFrame``: a tidy table with the numbers
        the chart draws. It must not depend on anything but its arguments.
    sliders : sequence of Control
        The controls (:class:`Slider`, :class:`Choice`, :class:`DateChoice`, :class:`Toggle`).
    chart : callable
        ``chart(base) -> altair chart``, where ``base`` is an ``alt.Chart`` of the model's
        output. Derive every layer from ``base`` so the static view's filter applies to all.
    print_settings : sequence of PrintSetting, optional
        Two to four named settings at which the print edition gives the model's figures in a
        table under the chart (a printed chart cannot move); with ``print_figures``.
    print_figures : sequence of PrintFigure, optional
        The figures of that table.

    Raises
    ------
    ValueError
        If there are no controls, names repeat, the static grid would be too large, or only
        one of ``print_settings`` and ``print_figures`` is given.
    """

    def __init__(
        self,
        model: Callable[..., pd.DataFrame],
        sliders: Sequence[Control],
        chart: Callable[[alt.Chart], Any],
        print_settings: Sequence[PrintSetting] = (),
        print_figures: Sequence[PrintFigure] = (),
    ) -> None:
        if not sliders:
            raise ValueError("sliders must contain at least one control")
        bad = [c for c in sliders if not isinstance(c, Control)]
        if bad:
            raise ValueError(f"sliders must be controls (Slider, Choice, Toggle), got {bad[0]!r}")
        names = [s.name for s in sliders]
        if len(set(names)) != len(names):
            raise ValueError(f"control names must be unique, got {names}")
        self.model = model
        self.sliders = tuple(sliders)
        self.chart = chart
        if bool(print_settings) != bool(print_figures):
            raise ValueError("print_settings and print_figures go together: give both or none")
        self.print_settings = tuple(print_settings)
        self.print_figures = tuple(print_figures)
        if self.print_settings:
            self.print_table("en")  # checks the settings now, not at the first static view

    def print_table(self, lang: str | None = None) -> dict[str, Any] | None:
        """Return the table of the print edition (:func:`print_table`), or ``None``.

        Parameters
        ----------
        lang : {"nl", "en"}, optional
            The language; the active one when omitted.

        Returns
        -------
        dict or None
            ``None`` when the dashboard declares no print settings.
        """
        if not self.print_settings:
            return None
        return print_table(self.sliders, self.model, self.print_settings, self.print_figures,
                           lang)

    def print_meta(self) -> dict[str, Any]:
        """Return ``{"print": table}`` for ``usermeta["aifin"]`` (empty without settings)."""
        table = self.print_table()
        return {"print": table} if table else {}

    @property
    def controls(self) -> tuple[Control, ...]:
        """The controls (the same tuple as :attr:`sliders`)."""
        return self.sliders

    def initial_values(self) -> dict[str, Any]:
        """Return the initial value of every control, by name.

        Returns
        -------
        dict
            ``{control.name: control.value}`` (numbers as float).
        """
        return {
            s.name: float(s.value) if isinstance(s, Slider) else s.value for s in self.sliders
        }

    def grid(self) -> pd.DataFrame:
        """Evaluate the model at every combination of control positions.

        Returns
        -------
        pandas.DataFrame
            The model's rows, with one column per control holding its model value.

        Raises
        ------
        ValueError
            If the model returns NaN or infinity, or the grid exceeds 20,000 rows.
        """
        frames = []
        positions = [
            [float(v) for v in s.grid()] if isinstance(s, Slider) else s.grid()
            for s in self.sliders
        ]
        for combo in itertools.product(*positions):
            params = dict(zip((s.name for s in self.sliders), combo, strict=True))
            frame = self.model(**params)
            frames.append(frame.assign(**params))
        grid = pd.concat(frames, ignore_index=True)
        if len(grid) > MAX_GRID_ROWS:
            raise ValueError(
                f"the static grid has {len(grid)} rows (more than {MAX_GRID_ROWS}); "
                "use fewer control positions"
            )
        numeric = grid.select_dtypes("number")
        if not np.isfinite(numeric.to_numpy(dtype=float)).all():
            raise ValueError("the model returned NaN or infinite values on the slider grid")
        return grid

    def filter_expression(self) -> str:
        """Return the Vega expression that keeps the grid rows of the current control values."""
        return " && ".join(s.vega_filter() for s in self.sliders)

    def static_chart(self) -> Any:
        """Return the site version: a chart over the grid, filtered by bound controls.

        Returns
        -------
        altair chart
            Vega-Lite parameters bound to the controls select the grid rows of the current
            positions, so the browser redraws without a kernel. ``usermeta["aifin"]`` holds
            the readout texts, which rows the chart shows (for its CSV download) and the
            print edition's table (``"print"``, see :meth:`print_table`).
        """
        grid = self.grid()
        params = [s.vega_param() for s in self.sliders]
        condition = self.filter_expression()
        base = alt.Chart(grid).transform_filter(condition)
        chart = self.chart(base).add_params(*params)
        meta = control_meta(self.sliders)
        meta["rows"] = {"columns": list(grid.columns), "filter": condition}
        meta.update(self.print_meta())
        return _merge_usermeta(chart, meta)

    def live_chart(self, **values: Any) -> Any:
        """Return the chart of the model at one set of control values.

        Parameters
        ----------
        **values
            Control values by name; missing ones take their initial value.

        Returns
        -------
        altair chart
        """
        params = self.initial_values() | dict(values)
        return self.chart(alt.Chart(self.model(**params)))

    def widget(self) -> Any:
        """Return the live version: an ipywidgets panel of the controls above the chart.

        Returns
        -------
        ipywidgets.VBox
            Changing a control calls the model and redraws the chart. Its children are the
            controls (in order) and then the chart's output area.
        """
        import ipywidgets as widgets

        made = {s.name: s.widget() for s in self.sliders}
        output = widgets.Output()

        def redraw(_change: Any = None) -> None:
            chart = self.live_chart(**{name: get() for name, (_, get) in made.items()})
            output.outputs = ()
            output.append_display_data(chart)

        for box, _ in made.values():
            for control in _value_widgets(box):
                control.observe(redraw, names="value")
        redraw()
        return widgets.VBox([box for box, _ in made.values()] + [output])

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, Any]:
        """Give both views; the front end picks the one it can show.

        JupyterLab prefers the widget view; the book's site renderer drops widget views and
        draws the Vega-Lite chart. The widget's model id is random, so notebook regression
        tests skip that one entry (nbval does by default).
        """
        chart_bundle = self.static_chart()._repr_mimebundle_()
        if isinstance(chart_bundle, tuple):
            chart_bundle = chart_bundle[0]
        bundle = dict(chart_bundle)
        widget_bundle = self.widget()._repr_mimebundle_()
        if isinstance(widget_bundle, tuple):
            widget_bundle = widget_bundle[0]
        if widget_bundle and WIDGET_MIMETYPE in widget_bundle:
            bundle[WIDGET_MIMETYPE] = widget_bundle[WIDGET_MIMETYPE]
        names = ", ".join(s.name for s in self.sliders)
        bundle["text/plain"] = f"<Dashboard with sliders: {names}>"
        return bundle


def _value_widgets(box: Any) -> list[Any]:
    """The widgets with a ``value`` the reader sets (a box's first child, or the widget)."""
    import ipywidgets as widgets

    if isinstance(box, widgets.Box):
        return [box.children[0]]
    return [box]
