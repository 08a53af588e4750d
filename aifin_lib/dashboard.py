"""Dashboards: one object that is a widget panel in a live kernel and a slider chart on the site.

A :class:`Dashboard` couples a model (a plain function returning a tidy DataFrame) to a chart.
Shown in JupyterLab with a running kernel it is an ipywidgets panel: moving a slider calls the
model again and redraws the chart. Shown on the static site (no kernel) it is a Vega-Lite chart
with sliders bound to parameters: the same model has been evaluated in Python on a grid of
slider values, and the browser only filters that grid. Both views therefore show numbers from
the same Python function.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import altair as alt
import numpy as np
import pandas as pd

from . import i18n

__all__ = ["Dashboard", "Slider"]

WIDGET_MIMETYPE = "application/vnd.jupyter.widget-view+json"
MAX_GRID_ROWS = 20_000


@dataclass(frozen=True)
class Slider:
    """A model parameter the reader can move.

    Parameters
    ----------
    name : str
        The model's keyword argument (also the Vega-Lite parameter name: letters, digits, _).
    label_key : str
        Catalogue key (:mod:`aifin_lib.i18n`) of the slider's label.
    start, stop, step : float
        Range and step of the slider (in the model's units).
    value : float
        Initial value; must lie on the grid ``start + k * step``.
    """

    name: str
    label_key: str
    start: float
    stop: float
    step: float
    value: float

    def __post_init__(self) -> None:
        """Check the slider's range, step and initial value."""
        if not self.name.isidentifier():
            raise ValueError(f"Slider name must be an identifier, got {self.name!r}")
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

    def grid(self) -> np.ndarray:
        """Return the slider's values ``start, start + step, ..., stop`` (rounded to 10 digits).

        Returns
        -------
        numpy.ndarray
            The positions of the slider.
        """
        count = round((self.stop - self.start) / self.step) + 1
        return np.round(self.start + self.step * np.arange(count), 10)


class Dashboard:
    """A model with sliders, shown as a widget panel live and as a slider chart statically.

    Parameters
    ----------
    model : callable
        ``model(**{slider.name: value}) -> pandas.DataFrame``: a tidy table with the numbers
        the chart draws. It must not depend on anything but its arguments.
    sliders : sequence of Slider
        The parameters the reader can move.
    chart : callable
        ``chart(base) -> altair chart``, where ``base`` is an ``alt.Chart`` of the model's
        output. Derive every layer from ``base`` so the static view's filter applies to all.

    Raises
    ------
    ValueError
        If there are no sliders, names repeat, or the static grid would be too large.
    """

    def __init__(
        self,
        model: Callable[..., pd.DataFrame],
        sliders: Sequence[Slider],
        chart: Callable[[alt.Chart], Any],
    ) -> None:
        if not sliders:
            raise ValueError("sliders must contain at least one Slider")
        names = [s.name for s in sliders]
        if len(set(names)) != len(names):
            raise ValueError(f"slider names must be unique, got {names}")
        self.model = model
        self.sliders = tuple(sliders)
        self.chart = chart

    def initial_values(self) -> dict[str, float]:
        """Return the initial value of every slider, by name.

        Returns
        -------
        dict
            ``{slider.name: slider.value}``.
        """
        return {s.name: float(s.value) for s in self.sliders}

    def grid(self) -> pd.DataFrame:
        """Evaluate the model at every combination of slider positions.

        Returns
        -------
        pandas.DataFrame
            The model's rows, with one column per slider holding its position.

        Raises
        ------
        ValueError
            If the model returns NaN or infinity, or the grid exceeds 20,000 rows.
        """
        frames = []
        for combo in itertools.product(*(s.grid() for s in self.sliders)):
            params = {s.name: float(v) for s, v in zip(self.sliders, combo, strict=True)}
            frame = self.model(**params)
            frames.append(frame.assign(**params))
        grid = pd.concat(frames, ignore_index=True)
        if len(grid) > MAX_GRID_ROWS:
            raise ValueError(
                f"the static grid has {len(grid)} rows (more than {MAX_GRID_ROWS}); "
                "use fewer slider positions"
            )
        numeric = grid.select_dtypes("number")
        if not np.isfinite(numeric.to_numpy(dtype=float)).all():
            raise ValueError("the model returned NaN or infinite values on the slider grid")
        return grid

    def static_chart(self) -> Any:
        """Return the site version: a chart over the grid, filtered by bound sliders.

        Returns
        -------
        altair chart
            Vega-Lite parameters bound to range sliders select the grid rows of the current
            slider positions, so the browser redraws without a kernel.
        """
        params = [
            alt.param(
                name=s.name,
                value=s.value,
                bind=alt.binding_range(min=s.start, max=s.stop, step=s.step,
                                       name=i18n.t(s.label_key) + " "),
            )
            for s in self.sliders
        ]
        condition = " && ".join(
            f"abs(datum['{s.name}'] - {s.name}) < {s.step / 2!r}" for s in self.sliders
        )
        base = alt.Chart(self.grid()).transform_filter(condition)
        return self.chart(base).add_params(*params)

    def live_chart(self, **values: float) -> Any:
        """Return the chart of the model at one set of slider values.

        Parameters
        ----------
        **values : float
            Slider values by name; missing ones take their initial value.

        Returns
        -------
        altair chart
        """
        params = self.initial_values() | {k: float(v) for k, v in values.items()}
        return self.chart(alt.Chart(self.model(**params)))

    def widget(self) -> Any:
        """Return the live version: an ipywidgets panel of sliders above the chart.

        Returns
        -------
        ipywidgets.VBox
            Moving a slider calls the model and redraws the chart.
        """
        import ipywidgets as widgets

        controls = {
            s.name: widgets.FloatSlider(
                value=s.value, min=s.start, max=s.stop, step=s.step,
                description=i18n.t(s.label_key),
                continuous_update=False,
                style={"description_width": "initial"},
                layout=widgets.Layout(width="30em"),
            )
            for s in self.sliders
        }
        output = widgets.Output()

        def redraw(_change: Any = None) -> None:
            chart = self.live_chart(**{k: c.value for k, c in controls.items()})
            output.outputs = ()
            output.append_display_data(chart)

        for control in controls.values():
            control.observe(redraw, names="value")
        redraw()
        return widgets.VBox([*controls.values(), output])

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
