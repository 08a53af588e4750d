"""Controls over a few values: a choice of options, a choice of dates, a yes/no toggle.

- :class:`Choice`: one of a few values, as a drop-down (``widget="select"``), radio buttons
  (``"radio"``) or a slider over the options (``"slider"``, the readout is the option's label);
- :class:`DateChoice`: a :class:`Choice` of ISO dates, labelled as dates in the page's language;
- :class:`Toggle`: yes or no, a checkbox.

They share the interface of :class:`~aifin_lib.viz.controls.Control`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import altair as alt

from .. import i18n
from .controls import Control, check_label, check_name, labelled, readout_key

__all__ = ["Choice", "DateChoice", "Toggle"]

_WIDGETS = ("select", "radio", "slider")


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
    >>> c = Choice("statuses", "circular_status_control",
    ...            [("announced_too", "circular_status_announced_too"),
    ...             ("binding_only", "circular_status_binding_only")],
    ...            "announced_too", widget="radio")
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
        check_name(kind, self.name)
        check_label(kind, self.name, self.label_key)
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
            check_label(type(self).__name__, self.name, key)

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
        choose = binding(options=self.grid(), labels=labels, name=self.label(lang))
        return alt.param(name=self.name, value=start, bind=choose)

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
            ``(ipywidgets.VBox, get_value)``: the label on its own line (``children[0]``), then
            the control (a selection slider in a row with its readout), so that a long label
            neither narrows a slider's track nor cuts off the text of a drop-down.
        """
        import ipywidgets as widgets

        options = [(self.option_label(v, lang), v) for v in self.grid()]
        label = self.label(lang)
        if self.widget_kind == "select":
            control = widgets.Dropdown(options=options, value=self.value, tooltip=label,
                                       layout=widgets.Layout(width="max-content",
                                                             min_width="12em"))
            return labelled(label, control), lambda: control.value
        if self.widget_kind == "radio":
            control = widgets.RadioButtons(options=options, value=self.value, tooltip=label,
                                           layout=widgets.Layout(width="auto"))
            return labelled(label, control), lambda: control.value
        control = widgets.SelectionSlider(
            options=options, value=self.value, readout=False, tooltip=label,
            continuous_update=False, layout=widgets.Layout(width="min(100%, 32em)"),
        )
        readout = widgets.Label(value=self.option_label(self.value, lang),
                                layout=widgets.Layout(min_width="10em"))

        def update(change: Any) -> None:
            readout.value = self.option_label(change["new"], lang)

        control.observe(update, names="value")
        return labelled(label, widgets.HBox([control, readout])), lambda: control.value


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
    >>> d = DateChoice("as_of", "circular_date_control", ["2024-12-31", "2025-12-31"], "2025-12-31")
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
    >>> Toggle("stress", "supervision_slider_stress").grid()
    [False, True]
    """

    name: str
    label_key: str
    value: bool = False

    def __post_init__(self) -> None:
        """Check the name, label and initial value."""
        check_name("Toggle", self.name)
        check_label("Toggle", self.name, self.label_key)
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
