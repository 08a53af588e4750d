"""Dashboards: one object that is a widget panel in a live kernel and a bound chart on the site.

A :class:`Dashboard` couples a model (a plain function returning a tidy DataFrame) to a chart and
a few *controls*. Shown in JupyterLab with a running kernel it is an ipywidgets panel: changing a
control calls the model again and redraws the chart. Shown on the static site (no kernel) it is a
Vega-Lite chart whose parameters are bound to the same kinds of control: the model has been
evaluated in Python on every combination of control positions, and the browser only filters that
grid. Both views therefore show numbers from the same Python function.

Control kinds (all take ``name``, the model's keyword argument, and ``label_key``, the catalogue
key of a label that names the unit; :mod:`~aifin_lib.viz.controls`,
:mod:`~aifin_lib.viz.choices`):

- :class:`Slider`: a number on a regular grid, with a readout in the page's language
  (``display="percent"`` shows the fraction 0.5 as "50%"; ``"usd_bn"`` as "$150B");
- :class:`Choice`: one of a few values, as a drop-down (``widget="select"``), radio buttons
  (``"radio"``) or a slider over the options (``"slider"``, the readout is the option's label);
- :class:`DateChoice`: a :class:`Choice` of ISO dates, labelled as dates in the page's language;
- :class:`Toggle`: yes or no, a checkbox.

An :class:`ExpressionDashboard` computes the model in the browser with Vega expressions instead
of filtering a precomputed grid: right for closed forms with many sliders. What paper shows
instead of the controls is declared with :mod:`~aifin_lib.viz.printing`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import Any

import altair as alt
import numpy as np
import pandas as pd

from .charts import WIDGET_MIMETYPE
from .choices import Choice, DateChoice, Toggle
from .controls import DISPLAYS, Control, Slider, readout_key
from .printing import PRINT_DISPLAYS, PrintFigure, PrintSetting, print_table

__all__ = [
    "DISPLAYS",
    "MAX_GRID_ROWS",
    "PRINT_DISPLAYS",
    "Choice",
    "Control",
    "Dashboard",
    "DateChoice",
    "ExpressionDashboard",
    "PrintFigure",
    "PrintSetting",
    "Slider",
    "Toggle",
    "control_meta",
    "merge_usermeta",
    "print_table",
    "readout_key",
]

MAX_GRID_ROWS = 20_000
"""The largest static grid a :class:`Dashboard` may precompute, rows."""


def merge_usermeta(chart: Any, extra: dict[str, Any]) -> Any:
    """Return ``chart`` with ``extra`` merged into ``usermeta["aifin"]``.

    Parameters
    ----------
    chart : altair chart
        Any chart.
    extra : dict
        Entries to add to (or replace in) ``usermeta["aifin"]``.

    Returns
    -------
    altair chart
    """
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
        return merge_usermeta(chart, meta)

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
    """The widget with a ``value`` the reader sets: the widget, or a box's first control
    (looked for in nested boxes, past labels and readouts)."""
    import ipywidgets as widgets

    if not isinstance(box, widgets.Box):
        return [box]
    for child in box.children:
        if not isinstance(child, (widgets.Label, widgets.HTML)):
            return _value_widgets(child)
    return []


class ExpressionDashboard(Dashboard):
    """A dashboard whose static view computes the model in the browser with Vega expressions.

    Live (ipywidgets) it calls the Python model on every slider move, like
    :class:`Dashboard`; on the static site the slider parameters feed
    ``transform_calculate`` expressions that transcribe the model's closed forms, so there is
    no grid to precompute and any number of sliders is cheap.

    Parameters
    ----------
    model : callable
        ``model(**{slider.name: value}) -> pandas.DataFrame`` with one row of figures.
    sliders : sequence of Slider
        The parameters the reader can move (their names are the Vega parameter names).
    chart : callable
        ``chart(base) -> altair chart`` over a base whose rows hold the model's columns.
    expressions : dict
        ``{column: Vega expression}`` computing the model's columns from the parameters, in
        order; constants the model takes as defaults go in ``constants``.
    constants : dict, optional
        ``{column: value}`` of the single data row the expressions start from.
    columns : sequence of str, optional
        The model's columns, in order: what the site's CSV download holds (with the control
        values). Default: the expressions' names.
    print_settings, print_figures : optional
        The print edition's table under the chart (see :class:`Dashboard`).
    """

    def __init__(
        self,
        model: Callable[..., pd.DataFrame],
        sliders: Sequence[Slider],
        chart: Callable[[alt.Chart], Any],
        expressions: dict[str, str],
        constants: dict[str, float] | None = None,
        columns: Sequence[str] | None = None,
        print_settings: Sequence[PrintSetting] = (),
        print_figures: Sequence[PrintFigure] = (),
    ) -> None:
        super().__init__(model, sliders, chart, print_settings, print_figures)
        self.expressions = dict(expressions)
        self.constants = dict(constants or {})
        self.columns = tuple(columns) if columns else tuple(self.expressions)

    def grid(self) -> pd.DataFrame:
        """Not used: the static view computes in the browser.

        Raises
        ------
        NotImplementedError
            Always.
        """
        raise NotImplementedError("an ExpressionDashboard has no precomputed grid")

    def static_chart(self, values: dict[str, float] | None = None) -> Any:
        """Return the site version: bound sliders feeding Vega expressions.

        Parameters
        ----------
        values : dict, optional
            Initial slider values by name (default: each slider's value); used by tests to
            render the chart at other settings.

        Returns
        -------
        altair chart
        """
        start = self.initial_values() | dict(values or {})
        params = [s.vega_param(value=start[s.name]) for s in self.sliders]
        base = alt.Chart(pd.DataFrame([{"row": 0, **self.constants}]))
        for name, expression in self.expressions.items():
            base = base.transform_calculate(**{name: expression})
        chart = self.chart(base).add_params(*params)
        meta = control_meta(self.sliders)
        formulas = dict(self.expressions)
        formulas.update({s.name: s.vega_value() for s in self.sliders})
        columns = [*self.columns, *(s.name for s in self.sliders)]
        meta["rows"] = {"columns": columns, "formulas": formulas, "source_columns": ["row"]}
        meta.update(self.print_meta())
        return merge_usermeta(chart, meta)
