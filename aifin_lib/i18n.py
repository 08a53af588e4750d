"""Translations and number formatting for the two languages of the book.

Every string a reader sees (chart titles, axis labels, legends, widget labels, table headers)
comes from :data:`CATALOGUE`, so the Dutch and English notebooks differ only in their language
line. Numbers, money and dates are formatted with Babel, following each language's
conventions: Dutch writes ``1.234,5`` and ``2,5 miljard`` (``biljoen`` = 10^12), English writes
``1,234.5`` and ``2.5 billion`` (``trillion`` = 10^12).

Messages with a count use plural forms (:func:`t_plural`): a catalogue section lists them in
``PLURALS = {key: {"nl": {"one": ..., "other": ...}, "en": {...}}}``. The forms follow Babel's
CLDR plural rules for the language and have the shape of gettext's ``msgid`` /
``msgid_plural`` pair (``one`` is ``msgstr[0]``, ``other`` is ``msgstr[1]``; both languages have
``nplurals=2; plural=(n != 1)``), so they move to ``.po`` files unchanged.

There is no silent fallback: asking for an unknown key or language raises an error.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Mapping
from datetime import date
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.numbers import (
    format_compact_currency,
    format_compact_decimal,
    format_decimal,
    format_percent,
)

from . import catalogue

__all__ = [
    "CATALOGUE",
    "LANGUAGES",
    "PLURALS",
    "PLURAL_FORMS",
    "d3_locale",
    "fmt_date",
    "fmt_eur_bn",
    "fmt_number",
    "fmt_percent",
    "fmt_usd",
    "fmt_usd_bn",
    "fmt_usd_bn_long",
    "get_language",
    "plural_form",
    "set_language",
    "t",
    "t_plural",
]

LANGUAGES: tuple[str, ...] = ("nl", "en")
"""The languages of the book, in the order of the language switcher."""

_BABEL_LOCALE = {"nl": "nl_NL", "en": "en_US"}


def merge_sections() -> dict[str, dict[str, str]]:
    """Merge the catalogue sections of :mod:`aifin_lib.catalogue` into one catalogue.

    Returns
    -------
    dict
        ``{key: {"nl": text, "en": text}}``.

    Raises
    ------
    ValueError
        If two sections define the same key.
    """
    merged: dict[str, dict[str, str]] = {}
    for name in catalogue.SECTIONS:
        labels = importlib.import_module(f"aifin_lib.catalogue.{name}").LABELS
        clash = sorted(set(labels) & set(merged))
        if clash:
            raise ValueError(f"catalogue section {name!r} redefines keys {clash}")
        merged.update(labels)
    return merged


CATALOGUE: dict[str, dict[str, str]] = merge_sections()
"""The catalogue: ``CATALOGUE[key][lang]`` is the text of ``key`` in ``lang``."""

PLURAL_FORMS: tuple[str, ...] = ("one", "other")
"""The CLDR plural categories of both languages, in gettext order (``msgstr[0]``,
``msgstr[1]``): ``one`` for exactly 1, ``other`` for every other number."""


def merge_plurals() -> dict[str, dict[str, dict[str, str]]]:
    """Merge the ``PLURALS`` of the catalogue sections into one plural catalogue.

    Returns
    -------
    dict
        ``{key: {"nl": {"one": text, "other": text}, "en": {...}}}``.

    Raises
    ------
    ValueError
        If two sections define the same key, a key is also a plain catalogue key, or an
        entry lacks a language or a plural form.
    """
    merged: dict[str, dict[str, dict[str, str]]] = {}
    for name in catalogue.SECTIONS:
        plurals = getattr(importlib.import_module(f"aifin_lib.catalogue.{name}"), "PLURALS", {})
        for key, entry in plurals.items():
            if key in merged or key in CATALOGUE:
                raise ValueError(f"catalogue section {name!r} redefines plural key {key!r}")
            for lang in LANGUAGES:
                forms = entry.get(lang, {})
                if set(forms) != set(PLURAL_FORMS) or not all(
                    isinstance(v, str) and v.strip() for v in forms.values()
                ):
                    raise ValueError(
                        f"plural key {key!r} ({name}) needs the forms {PLURAL_FORMS} in {lang!r}"
                    )
            merged[key] = entry
    return merged


PLURALS: dict[str, dict[str, dict[str, str]]] = merge_plurals()
"""Messages with a count: ``PLURALS[key][lang][form]`` (forms :data:`PLURAL_FORMS`)."""

_state: dict[str, str] = {"lang": "en"}


def _check_lang(lang: str | None) -> str:
    """Return ``lang`` (or the active language) after checking it is supported."""
    if lang is None:
        return _state["lang"]
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {LANGUAGES}, got {lang!r}")
    return lang


def set_language(lang: str) -> None:
    """Set the language used when no ``lang`` argument is given.

    Parameters
    ----------
    lang : {"nl", "en"}
        The language of the chapter.

    Raises
    ------
    ValueError
        If ``lang`` is not one of :data:`LANGUAGES`.

    Examples
    --------
    >>> set_language("nl"); t("year")
    'Jaar'
    >>> set_language("en"); t("year")
    'Year'
    """
    _state["lang"] = _check_lang(lang)


def get_language() -> str:
    """Return the active language code (``"nl"`` or ``"en"``).

    Returns
    -------
    str
        The language set by :func:`set_language` (English until one is set).
    """
    return _state["lang"]


def t(key: str, lang: str | None = None, **fields: Any) -> str:
    """Translate a catalogue key, optionally filling ``{placeholders}``.

    Parameters
    ----------
    key : str
        A key of :data:`CATALOGUE`.
    lang : {"nl", "en"}, optional
        The language; the active language (:func:`set_language`) when omitted.
    **fields
        Values for ``str.format`` placeholders in the text.

    Returns
    -------
    str
        The text in the requested language.

    Raises
    ------
    KeyError
        If ``key`` is not in the catalogue or has no text in ``lang`` (no fallback).
    ValueError
        If ``lang`` is not a supported language.

    Examples
    --------
    >>> t("deal_status_stalled", "nl")
    'vastgelopen'
    >>> t("deal_status_stalled", "en")
    'stalled'
    """
    lang = _check_lang(lang)
    try:
        entry = CATALOGUE[key]
    except KeyError:
        if key in PLURALS:
            raise KeyError(f"{key!r} is a message with a count: use t_plural()") from None
        raise KeyError(f"no catalogue entry for key {key!r} (aifin_lib.i18n.CATALOGUE)") from None
    text = entry.get(lang)
    if not text:
        raise KeyError(f"catalogue entry {key!r} has no {lang!r} text")
    return text.format(**fields) if fields else text


def plural_form(n: float, lang: str | None = None) -> str:
    """The CLDR plural category of the count ``n`` in ``lang`` (Babel's plural rules).

    Parameters
    ----------
    n : float
        The count (finite).
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    str
        One of :data:`PLURAL_FORMS`.

    Examples
    --------
    >>> plural_form(1, "nl"), plural_form(0, "nl"), plural_form(2, "en")
    ('one', 'other', 'other')
    """
    lang = _check_lang(lang)
    number = _check_number(n, "n")
    if number == int(number):
        number = int(number)
    form = Locale.parse(_BABEL_LOCALE[lang]).plural_form(abs(number))
    return form if form in PLURAL_FORMS else "other"


def t_plural(key: str, n: float, lang: str | None = None, **fields: Any) -> str:
    """Translate a message with a count, choosing the plural form the count asks for.

    Parameters
    ----------
    key : str
        A key of :data:`PLURALS`.
    n : float
        The count; its form is chosen with :func:`plural_form`, and ``{n}`` in the text is
        filled with the count formatted for the language (:func:`fmt_number`, no decimals
        for whole numbers).
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.
    **fields
        Values for the other ``str.format`` placeholders.

    Returns
    -------
    str

    Raises
    ------
    KeyError
        If ``key`` is not a plural message (the message says so when it is a plain one).
    ValueError
        If ``lang`` is not supported or ``n`` is not a finite number.

    Examples
    --------
    >>> t_plural("n_deals", 1, "nl"), t_plural("n_deals", 40, "nl")
    ('1 deal', '40 deals')
    >>> t_plural("n_companies", 1, "en"), t_plural("n_companies", 1_234, "nl")
    ('1 company', '1.234 bedrijven')
    """
    lang = _check_lang(lang)
    if key not in PLURALS:
        hint = " (a plain message: use t())" if key in CATALOGUE else ""
        raise KeyError(f"no plural catalogue entry for key {key!r}{hint}")
    number = _check_number(n, "n")
    decimals = 0 if number == int(number) else 1
    text = PLURALS[key][lang][plural_form(number, lang)]
    return text.format(n=fmt_number(number, lang, decimals), **fields)


def _check_number(value: float, name: str = "value") -> float:
    """Reject NaN and infinities, which must never reach a reader."""
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return number


def fmt_number(value: float, lang: str | None = None, decimals: int = 1) -> str:
    """Format a plain number with the language's separators.

    Parameters
    ----------
    value : float
        The number (finite).
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.
    decimals : int, default 1
        At most this many decimals (trailing zeros are dropped).

    Returns
    -------
    str
        E.g. ``"1.234,5"`` in Dutch, ``"1,234.5"`` in English.

    Examples
    --------
    >>> fmt_number(1234.5, "nl"), fmt_number(1234.5, "en")
    ('1.234,5', '1,234.5')
    """
    lang = _check_lang(lang)
    number = round(_check_number(value), decimals)
    pattern = "#,##0" + ("." + "#" * decimals if decimals > 0 else "")
    return format_decimal(number, format=pattern, locale=_BABEL_LOCALE[lang])


def fmt_percent(fraction: float, lang: str | None = None, decimals: int = 0) -> str:
    """Format a fraction as a percentage.

    Parameters
    ----------
    fraction : float
        A fraction (0.125 means 12.5 %).
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.
    decimals : int, default 0
        Number of decimals shown.

    Returns
    -------
    str
        E.g. ``"12,5%"`` in Dutch, ``"12.5%"`` in English.

    Examples
    --------
    >>> fmt_percent(0.125, "nl", 1), fmt_percent(0.125, "en", 1)
    ('12,5%', '12.5%')
    """
    lang = _check_lang(lang)
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "") + "%"
    return format_percent(_check_number(fraction, "fraction"), format=pattern,
                          locale=_BABEL_LOCALE[lang])


def fmt_usd_bn(value_bn: float, lang: str | None = None, decimals: int = 1) -> str:
    """Format an amount in USD billions compactly, as in a table or on a chart.

    Parameters
    ----------
    value_bn : float
        The amount in billions of US dollars (10^9 USD).
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.
    decimals : int, default 1
        At most this many decimals.

    Returns
    -------
    str
        E.g. ``"US$ 2,5 mld."`` in Dutch, ``"$2.5B"`` in English. Trillions are
        ``"US$ 1,5 biljoen"`` (written in full: Dutch readers take Babel's ``"bln."`` for
        *billion*) and ``"$1.5T"``. Parts are joined by non-breaking spaces.

    Examples
    --------
    >>> fmt_usd_bn(2.5, "nl").replace("\\xa0", " "), fmt_usd_bn(2.5, "en")
    ('US$ 2,5 mld.', '$2.5B')
    >>> fmt_usd_bn(1500, "en"), fmt_usd_bn(1490, "nl", 2).replace("\\xa0", " ")
    ('$1.5T', 'US$ 1,49 biljoen')
    >>> fmt_usd_bn(999.97, "nl").replace("\\xa0", " "), fmt_usd_bn(0.35, "nl").replace("\\xa0", " ")
    ('US$ 1 biljoen', 'US$ 350 mln.')
    """
    lang = _check_lang(lang)
    value = _check_number(value_bn, "value_bn")
    if abs(value) >= 999:  # so that 999.97 is one trillion, not "1000 billion"
        value = round(value, decimals)
    if lang == "nl" and abs(value) >= 1000:
        trillions = fmt_number(value / 1000, lang, decimals)
        return f"US$\u00a0{trillions}\u00a0{t('trillion_word', lang)}"
    return format_compact_currency(value * 1e9, "USD", locale=_BABEL_LOCALE[lang],
                                   fraction_digits=decimals)


def fmt_usd(value: float, lang: str | None = None, decimals: int = 2) -> str:
    """Format a plain amount of US dollars (not billions), e.g. a price per month.

    Parameters
    ----------
    value : float
        The amount in US dollars.
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.
    decimals : int, default 2
        Exactly this many decimals.

    Returns
    -------
    str
        ``"US$ 34,72"`` in Dutch (never a bare ``$``), ``"$34.72"`` in English.

    Examples
    --------
    >>> fmt_usd(34.72, "nl").replace("\\xa0", " "), fmt_usd(34.72, "en")
    ('US$ 34,72', '$34.72')
    """
    lang = _check_lang(lang)
    number = _check_number(value)
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    text = format_decimal(round(number, decimals), format=pattern, locale=_BABEL_LOCALE[lang])
    return f"US$\u00a0{text}" if lang == "nl" else f"${text}"


def fmt_eur_bn(value_bn: float, lang: str | None = None, decimals: int = 1) -> str:
    """Format an amount in euro billions, spaced like the dollar amounts.

    Parameters
    ----------
    value_bn : float
        The amount in billions of euros.
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.
    decimals : int, default 1
        At most this many decimals.

    Returns
    -------
    str
        ``"€ 200 mld."`` in Dutch (spaced like ``"US$ 151 mld."``), ``"€200B"`` in English.

    Examples
    --------
    >>> fmt_eur_bn(200, "nl").replace("\\xa0", " "), fmt_eur_bn(200, "en")
    ('€ 200 mld.', '€200B')
    """
    lang = _check_lang(lang)
    value = _check_number(value_bn, "value_bn")
    if abs(value) >= 999:
        value = round(value, decimals)
    if lang == "nl" and abs(value) >= 1000:
        trillions = fmt_number(value / 1000, lang, decimals)
        return f"€\u00a0{trillions}\u00a0{t('trillion_word', lang)}"
    return format_compact_currency(value * 1e9, "EUR", locale=_BABEL_LOCALE[lang],
                                   fraction_digits=decimals)


def fmt_usd_bn_long(value_bn: float, lang: str | None = None, decimals: int = 1) -> str:
    """Format an amount in USD billions in words, as in running prose.

    Parameters
    ----------
    value_bn : float
        The amount in billions of US dollars (10^9 USD).
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.
    decimals : int, default 1
        At most this many decimals.

    Returns
    -------
    str
        E.g. ``"1,5 biljoen dollar"`` in Dutch, ``"1.5 trillion dollars"`` in English.

    Examples
    --------
    >>> fmt_usd_bn_long(1500, "nl"), fmt_usd_bn_long(1500, "en")
    ('1,5 biljoen dollar', '1.5 trillion dollars')
    >>> fmt_usd_bn_long(2.5, "nl")
    '2,5 miljard dollar'
    """
    lang = _check_lang(lang)
    amount = _check_number(value_bn, "value_bn") * 1e9
    words = format_compact_decimal(amount, format_type="long", locale=_BABEL_LOCALE[lang],
                                   fraction_digits=decimals)
    return f"{words} {t('dollar_word', lang)}"


def fmt_date(day: date | str, precision: str = "day", lang: str | None = None) -> str:
    """Format a date at the precision it is known.

    Parameters
    ----------
    day : datetime.date or str
        The date (an ISO ``YYYY-MM-DD`` string is accepted).
    precision : {"day", "month", "year"}, default "day"
        How precisely the date is known; a month-precise date is shown without its day.
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    str
        E.g. ``"22 september 2025"`` / ``"September 22, 2025"``.

    Raises
    ------
    ValueError
        If ``precision`` is unknown or ``day`` is not an ISO date.

    Examples
    --------
    >>> fmt_date("2025-09-22", "day", "nl"), fmt_date("2025-09-22", "day", "en")
    ('22 september 2025', 'September 22, 2025')
    >>> fmt_date("2025-09-01", "month", "nl")
    'september 2025'
    """
    lang = _check_lang(lang)
    if isinstance(day, str):
        try:
            day = date.fromisoformat(day[:10])
        except ValueError:
            raise ValueError(f"day must be an ISO date YYYY-MM-DD, got {day!r}") from None
    formats = {"day": "long", "month": "MMMM y", "year": "y"}
    if precision not in formats:
        raise ValueError(f"precision must be one of {tuple(formats)}, got {precision!r}")
    if precision == "month" and lang == "en":
        return format_date(day, "MMMM y", locale=_BABEL_LOCALE[lang])
    return format_date(day, formats[precision], locale=_BABEL_LOCALE[lang])


def d3_locale(lang: str | None = None) -> dict[str, Mapping[str, Any]]:
    """Return a d3-format/d3-time-format locale for Vega-Lite's ``config.locale``.

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    dict
        ``{"number": {...}, "time": {...}}`` built from Babel's locale data, so chart axes use
        the same separators and month names as the prose.

    Examples
    --------
    >>> d3_locale("nl")["number"]["decimal"], d3_locale("nl")["number"]["thousands"]
    (',', '.')
    """
    lang = _check_lang(lang)
    loc = Locale.parse(_BABEL_LOCALE[lang])
    symbols = loc.number_symbols["latn"]
    currency = ["US$\u00a0", ""] if lang == "nl" else ["$", ""]
    months = loc.months["format"]["wide"]
    short_months = loc.months["format"]["abbreviated"]
    days = loc.days["format"]["wide"]
    short_days = loc.days["format"]["abbreviated"]
    # Babel numbers weekdays from Monday = 0; d3 lists them from Sunday.
    order = [6, 0, 1, 2, 3, 4, 5]
    return {
        "number": {
            "decimal": symbols["decimal"],
            "thousands": symbols["group"],
            "grouping": [3],
            "currency": currency,
        },
        "time": {
            "dateTime": "%a %e %B %Y %X" if lang == "nl" else "%x, %X",
            "date": "%d-%m-%Y" if lang == "nl" else "%-m/%-d/%Y",
            "time": "%H:%M:%S" if lang == "nl" else "%-I:%M:%S %p",
            "periods": ["AM", "PM"],
            "days": [days[i] for i in order],
            "shortDays": [short_days[i] for i in order],
            "months": [months[i] for i in range(1, 13)],
            "shortMonths": [short_months[i] for i in range(1, 13)],
        },
    }
