"""Which model is behind each figure of the book: chart -> model function -> test.

Every figure of the chapters (a ``:::{figure}`` caption cell with ``:label: fig-<short>-...``
in ``book/<lang>/<slug>.ipynb``) has one :class:`Figure` in :data:`FIGURES`: the chart function
that draws it, the model function that computes what it shows (or, for a chart of published
figures only, the data function that reads them) and the test that checks that function. Each
caption ends with a sentence naming the model, linked to its row of the appendix page
*Models behind the figures*, which lists :data:`FIGURES` with :func:`models_table`.

Nothing here imports a chapter or reads data: the paths are text, resolved on demand
(:func:`resolve`).

    >>> figure("fig-capital-cahn").model
    'aifin_lib.capital.cahn_gap'
    >>> short_name(figure("fig-capital-cahn").model)
    'capital.cahn_gap'
    >>> appendix_target("fig-capital-cahn"), number(figure("fig-capital-cahn"))
    ('model-capital-cahn', '2.3')
"""

from __future__ import annotations

import html
import importlib
from dataclasses import dataclass
from typing import Any

from . import CHAPTERS, chapter

__all__ = [
    "APPENDIX",
    "FIGURES",
    "Figure",
    "appendix_target",
    "figure",
    "figures_of",
    "models_table",
    "number",
    "resolve",
    "short_name",
]

APPENDIX = "models_behind_the_figures"
"""The slug of the appendix page that lists :data:`FIGURES` (``book/<lang>/<slug>.ipynb``)."""

_PACKAGE = "aifin_lib."


@dataclass(frozen=True)
class Figure:
    """One figure of the book and the code behind it.

    Attributes
    ----------
    label : str
        The figure's MyST label, ``fig-<chapter short name>-<name>``.
    chapter : str
        The slug of its chapter (:data:`aifin_lib.chapters.CHAPTERS`).
    chart : str
        Dotted path of the function (or dashboard class) that draws it.
    model : str
        Dotted path of the model function that computes what it shows; for a chart of
        published figures only, the function of :mod:`aifin_lib.data` that reads them.
    test : str
        Pytest node id of the test that checks ``model`` (``tests/<file>.py::<test>``).
    title : str
        Catalogue key of the chart's title.
    """

    label: str
    chapter: str
    chart: str
    model: str
    test: str
    title: str


def _chart(slug: str, name: str) -> str:
    return f"aifin_lib.chapters.{slug}.{name}"


_INTRO, _CAPITAL, _CIRCULAR = "introduction", "capital_versus_return", "circular_financing"
_STAGNATION, _SUPERVISION = "stagnation_scenario", "supervision_and_transparency"
_FIGURE_TEST = "tests/test_data.py::test_figure_lookup"

#: Every figure of the book, in book order (chapter by chapter, as in the notebooks).
FIGURES: tuple[Figure, ...] = (
    Figure("fig-intro-financing", _INTRO, _chart(_INTRO, "financing_dashboard"),
           "aifin_lib.capital.debt_service",
           "tests/test_capital.py::test_interest_only_and_coverage", "capex_chart_title"),
    Figure("fig-intro-ms", _INTRO, _chart(_INTRO, "morgan_stanley_chart"),
           "aifin_lib.capital.financing_mix",
           "tests/test_capital.py::test_financing_mix_morgan_stanley_2025", "ms_financing_title"),
    Figure("fig-capital-capex", _CAPITAL, _chart(_CAPITAL, "capex_chart"),
           "aifin_lib.data.figure", _FIGURE_TEST, "capital_capex_title"),
    Figure("fig-capital-nvidia", _CAPITAL, _chart(_CAPITAL, "nvidia_chart"),
           "aifin_lib.data.figure", _FIGURE_TEST, "capital_nvidia_title"),
    Figure("fig-capital-cahn", _CAPITAL, _chart(_CAPITAL, "cahn_chart"),
           "aifin_lib.capital.cahn_gap",
           "tests/test_capital.py::test_cahn_2023_essay_200b_and_125b_hole", "capital_cahn_title"),
    Figure("fig-capital-needed", _CAPITAL, _chart(_CAPITAL, "needed_chart"),
           "aifin_lib.data.figure", _FIGURE_TEST, "capital_needed_title"),
    Figure("fig-capital-depreciation", _CAPITAL, _chart(_CAPITAL, "depreciation_dashboard"),
           "aifin_lib.capital.depreciation_life_effect",
           "tests/test_capital.py::test_life_effect_flat_capex_hand_computed", "capital_dep_title"),
    Figure("fig-capital-financing", _CAPITAL, _chart(_CAPITAL, "financing_chart"),
           "aifin_lib.capital.financing_mix",
           "tests/test_capital.py::test_financing_mix_morgan_stanley_2025",
           "capital_financing_title"),
    Figure("fig-capital-panel", _CAPITAL, _chart(_CAPITAL, "capital_panel"),
           "aifin_lib.capital.capital_dashboard",
           "tests/test_capital.py::test_dashboard_reproduces_cahn_and_zero_return_steady_state",
           "capital_panel_title"),
    Figure("fig-circular-network", _CIRCULAR, _chart(_CIRCULAR, "CircularityExplorer"),
           "aifin_lib.circular.circularity",
           "tests/test_circular.py::test_uneven_cycle_circularity_three_quarters",
           "circular_network_title"),
    Figure("fig-circular-counting", _CIRCULAR, _chart(_CIRCULAR, "counting_chart"),
           "aifin_lib.circular.circularity",
           "tests/test_circular.py::test_circularity_is_invariant_to_scale_and_relabelling",
           "circular_counting_title"),
    Figure("fig-circular-dotcom", _CIRCULAR, _chart(_CIRCULAR, "dotcom_chart"),
           "aifin_lib.circular.vendor_financing_ratio",
           "tests/test_circular.py::test_vendor_financing_ratio", "circular_dotcom_title"),
    Figure("fig-stagnation-losses", _STAGNATION, _chart(_STAGNATION, "losses_chart"),
           "aifin_lib.scenario.run_scenario",
           "tests/test_scenario.py::test_credit_losses_and_lost_revenue_are_reported_apart",
           "stagnation_losses_title"),
    Figure("fig-stagnation-threshold", _STAGNATION, _chart(_STAGNATION, "threshold_chart"),
           "aifin_lib.scenario.credit_loss_threshold",
           "tests/test_stagnation_charts.py::test_threshold_is_where_the_firm_starts_to_default",
           "stagnation_threshold_title"),
    Figure("fig-stagnation-domino", _STAGNATION, _chart(_STAGNATION, "domino_dashboard"),
           "aifin_lib.scenario.run_scenario", "tests/test_scenario.py::test_monotone_in_growth",
           "stagnation_domino_title"),
    Figure("fig-stagnation-mc", _STAGNATION, _chart(_STAGNATION, "monte_carlo_chart"),
           "aifin_lib.scenario.monte_carlo", "tests/test_scenario.py::test_batch_equals_loop",
           "stagnation_mc_title"),
    Figure("fig-supervision-comparison", _SUPERVISION, _chart(_SUPERVISION, "comparison_chart"),
           "aifin_lib.regulation.evaluate",
           "tests/test_regulation.py::test_capital_buffer_stops_lender_cascade",
           "supervision_comparison_title"),
    Figure("fig-supervision-tradeoff", _SUPERVISION, _chart(_SUPERVISION, "tradeoff_chart"),
           "aifin_lib.regulation.evaluate",
           "tests/test_regulation.py::test_leverage_limit_stops_the_domino_in_the_severe_case",
           "supervision_tradeoff_title"),
    Figure("fig-supervision-mixer", _SUPERVISION, _chart(_SUPERVISION, "mixer_dashboard"),
           "aifin_lib.regulation.evaluate",
           "tests/test_regulation.py::test_neutral_policy_identical_to_scenario",
           "supervision_mixer_title"),
)


def figure(label: str) -> Figure:
    """The figure with MyST label ``label``.

    Raises
    ------
    KeyError
        If no figure of :data:`FIGURES` has that label.
    """
    for f in FIGURES:
        if f.label == label:
            return f
    raise KeyError(f"label must be the label of a figure of the book (fig-...); got {label!r}")


def figures_of(name: str) -> tuple[Figure, ...]:
    """The figures of the chapter with slug or short name ``name``, in book order.

    Raises
    ------
    ValueError
        If no chapter has that slug or short name.
    """
    slug = chapter(name).slug
    return tuple(f for f in FIGURES if f.chapter == slug)


def number(fig: Figure) -> str:
    """The figure's number as the book prints it: chapter number, dot, place in the chapter.

    The chapters are numbered in book order from 1 (the table of contents is numbered), and
    figures within a chapter from 1, as Sphinx numbers them (``numfig_secnum_depth`` 1).
    """
    index = [c.slug for c in CHAPTERS].index(fig.chapter)
    return f"{index + 1}.{figures_of(fig.chapter).index(fig) + 1}"


def appendix_target(label: str) -> str:
    """The target of a figure's entry on the appendix page (``model-<short>-<name>``).

    The figure's caption links to it:
    ``[`capital.cahn_gap`](models_behind_the_figures.ipynb#model-capital-cahn)``.
    """
    return "model-" + figure(label).label.removeprefix("fig-")


def short_name(dotted: str) -> str:
    """A dotted path without the leading ``aifin_lib.``, as captions and the appendix show it."""
    return dotted.removeprefix(_PACKAGE)


def resolve(dotted: str) -> Any:
    """The object a dotted path names (``package.module.name``), importing the module.

    Raises
    ------
    ImportError
        If no module of the path can be imported or it has no such name.
    """
    module, _, name = dotted.rpartition(".")
    try:
        return getattr(importlib.import_module(module), name)
    except AttributeError as error:
        raise ImportError(f"{dotted!r}: module {module!r} has no attribute {name!r}") from error


def models_table(name: str, lang: str | None = None) -> str:
    """The appendix table of one chapter: figure, chart function, model function, test.

    Parameters
    ----------
    name : str
        The chapter's slug or short name.
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    str
        An HTML table (:func:`aifin_lib.tables.html_table`), one row per figure of the chapter:
        its number and chart title linked to the figure, and the dotted paths of the chart, the
        model and the test, the same bytes on every run.

    Examples
    --------
    >>> table = models_table("capital", "en")
    >>> "<th>Model function</th>" in table, "capital.<wbr>cahn_<wbr>gap" in table
    (True, True)
    """
    import pandas as pd

    from .. import i18n, tables

    rows = []
    for fig in figures_of(name):
        text = i18n.t("figures_number", lang, number=number(fig)) + " " + i18n.t(fig.title, lang)
        rows.append({
            i18n.t("figures_figure", lang):
                f'<a href="{fig.chapter}.html#{fig.label}">{html.escape(text)}</a>',
            i18n.t("figures_chart", lang): _code(short_name(fig.chart)),
            i18n.t("figures_model", lang): _code(short_name(fig.model)),
            i18n.t("figures_test", lang): _code(fig.test),
        })
    return tables.html_table(pd.DataFrame(rows))


def _code(name: str) -> str:
    """A dotted path as HTML code that may wrap after a dot, ``::``, ``/`` or ``_`` (phones).

    >>> _code("tests/test_a.py::test_b")
    '<code>tests/<wbr>test_<wbr>a.<wbr>py::<wbr>test_<wbr>b</code>'
    """
    text = html.escape(name)
    for mark in (".", "::", "/", "_"):
        text = text.replace(mark, mark + "<wbr>")
    return f"<code>{text}</code>"
