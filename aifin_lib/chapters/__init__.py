"""The book's chapters: one module (or package) per notebook, named by the notebook's slug.

Each chapter module holds what its notebook shows: the frames behind its charts, the charts, its
tables, the numbers glued into its prose (``prose_figures``) and its worksheet questions
(``EXERCISES``, each defined once and used by both the chapter's worked solution and
:func:`aifin_lib.exercises.check`). The models they call live in the topic modules
(:mod:`aifin_lib.capital`, :mod:`aifin_lib.circular`, :mod:`aifin_lib.scenario`, ...).

A chapter has one short name, used for its catalogue keys (``capital_...``), its glued values
(``capital_capex_2023``), its exercise ids (``capital-1``) and its figure labels
(``fig-capital-...``)::

    >>> [c.short for c in CHAPTERS]
    ['intro', 'capital', 'circular', 'stagnation', 'supervision']
    >>> chapter("capital").slug
    'capital_versus_return'

Nothing is imported or read until a chapter module is used (PEP 562).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import Any

__all__ = ["CHAPTERS", "Chapter", "chapter", "module"]


@dataclass(frozen=True)
class Chapter:
    """One chapter of the book.

    Attributes
    ----------
    slug : str
        The notebook's name (``book/<lang>/<slug>.ipynb``) and the module
        ``aifin_lib.chapters.<slug>``.
    short : str
        The chapter's one short name: prefix of its catalogue keys, glued values, exercise ids
        (``<short>-<n>``) and figure labels (``fig-<short>-...``).
    """

    slug: str
    short: str


#: The chapters in book order.
CHAPTERS: tuple[Chapter, ...] = (
    Chapter("introduction", "intro"),
    Chapter("capital_versus_return", "capital"),
    Chapter("circular_financing", "circular"),
    Chapter("stagnation_scenario", "stagnation"),
    Chapter("supervision_and_transparency", "supervision"),
)


def chapter(name: str) -> Chapter:
    """The chapter with slug or short name ``name``.

    Raises
    ------
    ValueError
        If no chapter has that slug or short name.
    """
    for c in CHAPTERS:
        if name in (c.slug, c.short):
            return c
    names = ", ".join(f"{c.slug!r} ({c.short!r})" for c in CHAPTERS)
    raise ValueError(f"chapter must be one of {names}; got {name!r}")


def module(name: str) -> ModuleType:
    """The module of the chapter with slug or short name ``name`` (imported on first use)."""
    return importlib.import_module(f"{__name__}.{chapter(name).slug}")


def __getattr__(name: str) -> Any:
    if any(name == c.slug for c in CHAPTERS):
        return module(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
