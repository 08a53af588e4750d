"""The book's languages: one locale table, and the language a chapter is written in.

Each language is one row of :data:`LOCALE_TABLE` plus one catalogue of its texts,
``aifin_lib/locale/<code>/LC_MESSAGES/aifin.po`` (:mod:`aifin_lib.i18n.messages`). Everything
else a language needs comes from Babel's CLDR data for the row's ``babel`` locale: separators,
currency symbols and where they go, the words for large numbers, month and day names, plural
rules and the language's own name. The row holds only what CLDR does not say: the language's
folder and ``hreflang``, the d3-time-format date and time patterns of chart axes, the
hyphenation dictionary of the print editions, and one house style of money amounts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from babel import Locale

__all__ = [
    "LANGUAGES",
    "LOCALES",
    "LOCALE_TABLE",
    "SOURCE_LANGUAGE",
    "BookLocale",
    "book_locale",
    "check_language",
    "get_language",
    "set_language",
]


@dataclass(frozen=True)
class BookLocale:
    """One language of the book: a row of the locale table.

    Attributes
    ----------
    code : str
        The language's folder in ``book/`` and on the site, and its catalogue folder in
        ``aifin_lib/locale`` (``"nl"``).
    babel : str
        The Babel (CLDR) locale that formats its numbers, money, dates and plurals
        (``"nl_NL"``).
    hreflang : str
        The BCP 47 tag of ``lang`` and ``hreflang`` attributes (``"nl"``).
    d3_date_time, d3_date, d3_time : str
        d3-time-format patterns of a full date and time, a date and a time (the values of
        d3's own locale file for the language), for chart axes.
    hyphenation : str
        The hyphenation dictionary (``pyphen``'s, from LibreOffice) that breaks the language's
        words in the print editions (``"nl_NL"``).
    d3_periods : tuple of str
        The AM/PM names d3 shows for ``%p``.
    trillions_in_words : bool
        Write money amounts of 10^12 and more with the language's word for 10^12 (Dutch
        ``"US$ 1,5 biljoen"``) instead of CLDR's abbreviation (Dutch ``"bln."``, which Dutch
        readers take for *billion*).
    """

    code: str
    babel: str
    hreflang: str
    d3_date_time: str
    d3_date: str
    d3_time: str
    hyphenation: str
    d3_periods: tuple[str, str] = ("AM", "PM")
    trillions_in_words: bool = False

    @cached_property
    def locale(self) -> Locale:
        """The Babel locale of the row (parsed once)."""
        return Locale.parse(self.babel)

    @property
    def name(self) -> str:
        """The language's name in the language itself, capitalised (from CLDR).

        Examples
        --------
        >>> LOCALES["nl"].name, LOCALES["en"].name
        ('Nederlands', 'English')
        """
        name = self.locale.get_language_name(self.locale) or self.code
        return name[:1].upper() + name[1:]


LOCALE_TABLE: tuple[BookLocale, ...] = (
    BookLocale(code="nl", babel="nl_NL", hreflang="nl",
               d3_date_time="%a %e %B %Y %X", d3_date="%d-%m-%Y", d3_time="%H:%M:%S",
               hyphenation="nl_NL", trillions_in_words=True),
    BookLocale(code="en", babel="en_US", hreflang="en",
               d3_date_time="%x, %X", d3_date="%-m/%-d/%Y", d3_time="%-I:%M:%S %p",
               hyphenation="en_GB"),
)
"""The locale table: one row per language, in the order of the language switcher."""

LOCALES: dict[str, BookLocale] = {row.code: row for row in LOCALE_TABLE}
"""The rows of :data:`LOCALE_TABLE` by language code (what every language check reads)."""

LANGUAGES: tuple[str, ...] = tuple(LOCALES)
"""The languages of the book, in the order of the language switcher."""

SOURCE_LANGUAGE = "en"
"""The language of the catalogue template's ``msgid`` texts (``aifin_lib/locale/aifin.pot``)."""

_state: dict[str, str] = {"lang": SOURCE_LANGUAGE}


def check_language(lang: str | None) -> str:
    """Return ``lang`` (or the active language) after checking the book has it.

    Parameters
    ----------
    lang : str or None
        A language code of :data:`LOCALES`; ``None`` means the active language.

    Returns
    -------
    str

    Raises
    ------
    ValueError
        If ``lang`` is not a language of the book.

    Examples
    --------
    >>> check_language("nl")
    'nl'
    """
    if lang is None:
        return _state["lang"]
    if lang not in LOCALES:
        raise ValueError(f"lang must be one of {tuple(LOCALES)}, got {lang!r}")
    return lang


def book_locale(lang: str | None = None) -> BookLocale:
    """The locale table's row of ``lang`` (the active language when omitted).

    Parameters
    ----------
    lang : str, optional
        A language code of :data:`LOCALES`.

    Returns
    -------
    BookLocale

    Examples
    --------
    >>> book_locale("nl").babel
    'nl_NL'
    """
    return LOCALES[check_language(lang)]


def set_language(lang: str) -> None:
    """Set the language used when no ``lang`` argument is given.

    Parameters
    ----------
    lang : str
        The language of the chapter, a code of :data:`LANGUAGES` (``"nl"``, ``"en"``).

    Raises
    ------
    ValueError
        If ``lang`` is not one of :data:`LANGUAGES`.

    Examples
    --------
    >>> from aifin_lib.i18n import t
    >>> set_language("nl"); t("year")
    'Jaar'
    >>> set_language("en"); t("year")
    'Year'
    """
    _state["lang"] = check_language(lang)


def get_language() -> str:
    """Return the active language code.

    Returns
    -------
    str
        The language set by :func:`set_language` (:data:`SOURCE_LANGUAGE` until one is set).
    """
    return _state["lang"]
