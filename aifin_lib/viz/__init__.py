"""The presentation layer: how the book's models are drawn, in JupyterLab, on the site, on paper.

Modules (each imported on first use; models never import this package):

- :mod:`~aifin_lib.viz.theme`: the palette, its dark-mode twin, the Vega-Lite theme,
  axis ranges derived from the data (:func:`~aifin_lib.viz.theme.axis_max`);
- :mod:`~aifin_lib.viz.charts`: how notebooks store and show charts, and the set-up call of
  every chapter (:func:`~aifin_lib.viz.charts.setup`);
- :mod:`~aifin_lib.viz.sources`: the data rows a chart shows (:func:`with_sources`);
- :mod:`~aifin_lib.viz.controls`, :mod:`~aifin_lib.viz.choices`: the controls of a dashboard;
- :mod:`~aifin_lib.viz.dashboard`: a model with controls, a widget panel live and a bound chart
  on the site (:class:`~aifin_lib.viz.dashboard.Dashboard`,
  :class:`~aifin_lib.viz.dashboard.ExpressionDashboard`);
- :mod:`~aifin_lib.viz.printing`: the table printed under a chart with controls;
- :mod:`~aifin_lib.viz.network_chart`: a flow network as a column of names with arcs;
- :mod:`~aifin_lib.viz.bars`: several fields of one row as labelled bars (for a dashboard whose
  model is a row of Vega expressions), and Python text as a Vega string literal;
- :mod:`~aifin_lib.viz.vega`: compiling a chart to the Vega spec the site draws;
- :mod:`~aifin_lib.viz.site_render`: the chart's HTML on the site and the MyST-NB plugin.

Tables of the chapters are made by :mod:`aifin_lib.tables`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        bars,
        charts,
        choices,
        controls,
        dashboard,
        network_chart,
        printing,
        site_render,
        sources,
        theme,
        vega,
    )

__all__ = [
    "bars",
    "charts",
    "choices",
    "controls",
    "dashboard",
    "network_chart",
    "printing",
    "site_render",
    "sources",
    "theme",
    "vega",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
