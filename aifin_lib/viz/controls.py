"""The controls of a dashboard: the common interface and the slider.

Every control gives its Vega-Lite parameter (:meth:`Control.vega_param`), the Vega expression of
the model value (:meth:`Control.vega_value`), its readout texts (:meth:`Control.readouts`, used
by the site's chart script) and its ipywidget (:meth:`Control.widget`), so a new kind needs no
change in :class:`~aifin_lib.viz.dashboard.Dashboard`. :class:`Slider` is a number on a regular
grid with a readout in the page's language (``display="percent"`` shows the fraction 0.5 as
"50%"; ``"usd_bn"`` as "$150B"); the other kinds are in :mod:`~aifin_lib.viz.choices`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import altair as alt
import numpy as np

from .. import i18n

__all__ = ["DISPLAYS", "Control", "Slider", "check_label", "check_name", "labelled",
           "readout_key"]

DISPLAYS: tuple[str, ...] = ("number", "percent", "usd_bn", "multiple")
"""How a :class:`Slider` shows its value: a plain number, a fraction as a percentage, an amount
in USD billions, or a multiple ("2.5×")."""
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


def check_name(kind: str, name: str) -> None:
    """Raise ValueError unless ``name`` can be a model keyword and a Vega parameter name."""
    if not isinstance(name, str) or not name.isidentifier():
        raise ValueError(f"{kind} name must be an identifier, got {name!r}")


def check_label(kind: str, name: str, label_key: str) -> None:
    """Raise ValueError unless ``label_key`` is a key of the book's catalogue."""
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

    def grid(self) -> list[Any] | np.ndarray:
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
        check_name("Slider", self.name)
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
        check_label("Slider", self.name, self.label_key)

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
            ``(ipywidgets.VBox, get_value)``; the box holds the label on its own line
            (``children[0]``, see :func:`labelled`) and a row of the slider and its readout
            (``children[1].children``), so a long label never narrows the slider's track.
        """
        import ipywidgets as widgets

        label = self.label(lang)
        slider = widgets.FloatSlider(
            value=self.value, min=self.start, max=self.stop, step=self.step,
            readout=False, continuous_update=False, tooltip=label,
            layout=widgets.Layout(width="min(100%, 32em)"),
        )
        readout = widgets.Label(value=self.text(self.value, lang),
                                layout=widgets.Layout(min_width="8em"))

        def update(change: Any) -> None:
            readout.value = self.text(change["new"], lang)

        slider.observe(update, names="value")
        return labelled(label, widgets.HBox([slider, readout])), lambda: float(slider.value)


def labelled(label: str, control: Any) -> Any:
    """A live control under its label: the label on a line of its own, wrapped when long.

    Parameters
    ----------
    label : str
        The control's description, in the reader's language (plain text, escaped here).
    control : ipywidgets.Widget
        The control, or a row of the control and its readout.

    Returns
    -------
    ipywidgets.VBox
        ``[label (ipywidgets.HTML), control]``.
    """
    import html

    import ipywidgets as widgets

    return widgets.VBox([widgets.HTML(html.escape(label)), control])
