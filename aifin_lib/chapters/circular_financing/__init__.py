"""The chapter on circular financing (``circular_financing.ipynb``; short name ``circular``).

The deal network comes from ``deals.csv`` through :func:`aifin_lib.circular.deal_network`
(:func:`book_deal_network`: of the rows that describe the same money, the largest amount is the
whole, as the data dictionary prescribes), its circularity from
:func:`aifin_lib.circular.circularity`, its loops from :func:`aifin_lib.circular.simple_cycles`.
The telecom benchmark is read from ``history.csv`` by metric id. Nothing here holds a published
number.

Modules, each with one job:

- :mod:`.frames`: the network for each choice of what to count, its chart data, the headline,
  the frames of the bar charts;
- :mod:`.layout`: where the firms sit in the network chart, and their names there;
- :mod:`.controls`: the network chart's controls on the site and its table in print;
- :mod:`.explorer`: the interactive network (:class:`CircularityExplorer`), drawn with
  :mod:`aifin_lib.viz.network_chart`;
- :mod:`.charts`: the bar charts; :mod:`.tables`: the tables;
- :mod:`.exercises`: the worksheet exercises (:data:`EXERCISES`) and the functions that both
  they and the worked solutions use;
- :mod:`.prose`: the numbers of the prose (:func:`prose_figures`), one function per section.
"""

from __future__ import annotations

from .charts import counting_chart, dotcom_chart
from .controls import network_controls, network_print_figures, network_print_settings
from .dotcom import dotcom_comparison
from .exercises import (
    BOOK_CIRCULARITY,
    CIRCULARITY_EX1,
    EXERCISES,
    MAX_CIRCULATION_EX3,
    NETTED_EX3,
    bilateral_netting,
    book_circularity,
    circularity_share,
    exercise_networks,
    max_circulation,
    netted,
    small_network,
)
from .explorer import CircularityExplorer
from .frames import (
    AS_OF_DATES,
    HEADLINE_KINDS,
    KIND_PRESETS,
    LAYOUT_SEED,
    OVERLAP_PRIORITY,
    STATUS_PRESETS,
    Headline,
    book_deal_network,
    counting_table,
    deals_in_window,
    headline,
    network_frames,
    network_sources,
)
from .layout import (
    BOX_PX,
    CHART_NAMES,
    ROW_PX,
    arc_points,
    chart_names,
    node_order,
    node_positions,
    short_names,
)
from .prose import prose_figures
from .summary import cycle_text
from .tables import NAMED_LOOPS, VOICES, NamedLoop, loops_table, voices_table

__all__ = [
    "AS_OF_DATES",
    "BOOK_CIRCULARITY",
    "BOX_PX",
    "CHART_NAMES",
    "CIRCULARITY_EX1",
    "EXERCISES",
    "HEADLINE_KINDS",
    "KIND_PRESETS",
    "LAYOUT_SEED",
    "MAX_CIRCULATION_EX3",
    "NAMED_LOOPS",
    "NETTED_EX3",
    "OVERLAP_PRIORITY",
    "ROW_PX",
    "STATUS_PRESETS",
    "VOICES",
    "CircularityExplorer",
    "Headline",
    "NamedLoop",
    "arc_points",
    "bilateral_netting",
    "book_circularity",
    "book_deal_network",
    "chart_names",
    "circularity_share",
    "counting_chart",
    "counting_table",
    "cycle_text",
    "deals_in_window",
    "dotcom_chart",
    "dotcom_comparison",
    "exercise_networks",
    "headline",
    "loops_table",
    "max_circulation",
    "netted",
    "network_controls",
    "network_frames",
    "network_print_figures",
    "network_print_settings",
    "network_sources",
    "node_order",
    "node_positions",
    "prose_figures",
    "short_names",
    "small_network",
    "voices_table",
]
