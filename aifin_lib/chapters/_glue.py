"""What every chapter's ``prose_figures`` shares: the formats of one language and the joining
of the chapter's sections of figures.

    >>> f = Formats.of("en")
    >>> f.money(2.5), f.pct(0.25), f.num(1234.5, 1), f.year(2030.0)
    ('$2.5B', '25%', '1,234.5', '2030')
    >>> joined((lambda f: {"a": f.year(2025)}, lambda f: {"b": f.pct(0.5)}), f)
    {'a': '2025', 'b': '50%'}
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from aifin_lib import i18n

__all__ = ["Formats", "joined"]


@dataclass(frozen=True)
class Formats:
    """The formats of one language: money, percentages, numbers, years and counted nouns.

    Attributes
    ----------
    lang : str
        A language of :data:`aifin_lib.i18n.LANGUAGES`.
    """

    lang: str

    @classmethod
    def of(cls: type[_F], lang: str | None = None) -> _F:
        """The formats of ``lang``; of the active language when omitted."""
        return cls(i18n.get_language() if lang is None else lang)

    def money(self, v: float) -> str:
        """An amount in USD billions (:func:`aifin_lib.i18n.fmt_usd_bn`)."""
        return i18n.fmt_usd_bn(v, self.lang)

    def words(self, v: float) -> str:
        """An amount in USD billions in words (:func:`aifin_lib.i18n.fmt_usd_bn_long`)."""
        return i18n.fmt_usd_bn_long(v, self.lang)

    def pct(self, v: float, d: int = 0) -> str:
        """A share (0.25 is 25 %) with ``d`` decimals."""
        return i18n.fmt_percent(v, self.lang, d)

    def num(self, v: float, d: int = 0) -> str:
        """A number with ``d`` decimals."""
        return i18n.fmt_number(v, self.lang, d)

    def year(self, v: float) -> str:
        """A year: a name, not a quantity (no group separator)."""
        return str(int(v))

    def plural(self, key: str, n: float) -> str:
        """The catalogue message ``key`` for the count ``n`` (:func:`aifin_lib.i18n.t_plural`)."""
        return i18n.t_plural(key, n, self.lang)


_F = TypeVar("_F", bound=Formats)


def joined(sections: Iterable[Callable[[_F], Mapping[str, str]]], formats: _F) -> dict[str, str]:
    """The figures of all ``sections`` of a chapter, in order, as one ``{glue key: text}``.

    Parameters
    ----------
    sections : iterable of callable
        Each takes ``formats`` and returns its figures.
    formats : Formats
        The formats of the language.

    Returns
    -------
    dict
    """
    out: dict[str, str] = {}
    for section in sections:
        out.update(section(formats))
    return out
