"""Numbers, money, percentages, dates and units in the reader's language, with Babel.

Every format starts from the CLDR data of the language's Babel locale (the locale table,
:mod:`aifin_lib.i18n.locales`): separators and grouping, where the currency symbol goes and
which symbol it is (Dutch ``US$``, American English ``$``), the words for large numbers, month
names and the order of a date. Dutch writes ``1.234,5`` and ``US$ 2,5 mld.``, English
``1,234.5`` and ``$2.5B``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any, Literal

from babel.dates import format_date, format_skeleton
from babel.numbers import (
    format_compact_currency,
    format_compact_decimal,
    format_decimal,
    format_percent,
    get_currency_symbol,
    parse_pattern,
)

from .locales import BookLocale, book_locale
from .plurals import check_count, plural_category

__all__ = [
    "d3_locale",
    "fmt_date",
    "fmt_eur_bn",
    "fmt_number",
    "fmt_percent",
    "fmt_unit",
    "fmt_usd",
    "fmt_usd_bn",
    "fmt_usd_bn_long",
    "money_affixes",
]

NBSP = "\u00a0"
_NUMBER = re.compile(r"[#0,]*0(?:\.[#0]+)?")  # the digits of a CLDR number pattern
_DATE_PATTERNS = {"day": "long", "month": "yMMMM", "year": "y"}  # CLDR format or skeleton


def _pattern(base: str, decimals: int, optional: bool) -> str:
    """A CLDR number pattern of the locale with ``decimals`` decimals (``#``: at most)."""
    digit = "#" if optional else "0"
    fraction = "." + digit * decimals if decimals > 0 else ""
    positive = base.split(";")[0]
    return _NUMBER.sub(lambda match: match[0].split(".")[0] + fraction, positive, count=1)


def fmt_number(value: float, lang: str | None = None, decimals: int = 1) -> str:
    """Format a plain number with the language's separators.

    Parameters
    ----------
    value : float
        The number (finite).
    lang : str, optional
        The language (``"nl"``, ``"en"``); the active one when omitted.
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
    row = book_locale(lang)
    number = round(check_count(value), decimals)
    pattern = _pattern(row.locale.decimal_formats[None].pattern, decimals, optional=True)
    return format_decimal(number, format=pattern, locale=row.locale)


def fmt_percent(fraction: float, lang: str | None = None, decimals: int = 0) -> str:
    """Format a fraction as a percentage, as the language writes one.

    Parameters
    ----------
    fraction : float
        A fraction (0.125 means 12.5 %).
    lang : str, optional
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
    row = book_locale(lang)
    pattern = _pattern(row.locale.percent_formats[None].pattern, decimals, optional=False)
    return format_percent(check_count(fraction, "fraction"), format=pattern, locale=row.locale)


def money_affixes(currency: str, lang: str | None = None) -> tuple[str, str]:
    """What the language writes before and after an amount of ``currency`` (from CLDR).

    Parameters
    ----------
    currency : str
        An ISO 4217 code (``"USD"``, ``"EUR"``).
    lang : str, optional
        The language; the active one when omitted.

    Returns
    -------
    tuple of str
        ``(prefix, suffix)``, with the language's spacing (a non-breaking space).

    Examples
    --------
    >>> money_affixes("USD", "nl"), money_affixes("USD", "en")
    (('US$\\xa0', ''), ('$', ''))
    """
    row = book_locale(lang)
    pattern = parse_pattern(row.locale.currency_formats["standard"])
    symbol = get_currency_symbol(currency, row.locale)

    def fill(affix: str) -> str:
        return affix.replace("¤¤", currency).replace("¤", symbol)

    return fill(pattern.prefix[0]), fill(pattern.suffix[0])


def _big_money(value_bn: float, currency: str, row: BookLocale, decimals: int) -> str:
    """An amount of 10^12 or more with the language's word for 10^12, e.g. ``US$ 1,5 biljoen``."""
    trillions = round(value_bn / 1000, decimals)
    category = plural_category(trillions, row.locale)
    word = row.locale.compact_decimal_formats["long"][category]["1000000000000"]
    word = "".join((word.prefix[0], word.suffix[0])).strip()
    prefix, suffix = money_affixes(currency, row.code)
    return f"{prefix}{fmt_number(trillions, row.code, decimals)}{NBSP}{word}{suffix}"


def _money_bn(value_bn: float, currency: str, lang: str | None, decimals: int) -> str:
    """An amount in billions of ``currency``, compactly (CLDR's short forms)."""
    row = book_locale(lang)
    value = check_count(value_bn, "value_bn")
    if abs(value) >= 999:  # so that 999.97 is one trillion, not "1000 billion"
        value = round(value, decimals)
    if row.trillions_in_words and abs(value) >= 1000:
        return _big_money(value, currency, row, decimals)
    return format_compact_currency(value * 1e9, currency, locale=row.locale,
                                   fraction_digits=decimals)


def fmt_usd_bn(value_bn: float, lang: str | None = None, decimals: int = 1) -> str:
    """Format an amount in USD billions compactly, as in a table or on a chart.

    Parameters
    ----------
    value_bn : float
        The amount in billions of US dollars (10^9 USD).
    lang : str, optional
        The language; the active one when omitted.
    decimals : int, default 1
        At most this many decimals.

    Returns
    -------
    str
        E.g. ``"US$ 2,5 mld."`` in Dutch, ``"$2.5B"`` in English. Trillions are
        ``"US$ 1,5 biljoen"`` in Dutch (a language with ``trillions_in_words`` in the locale
        table) and ``"$1.5T"`` in English. Parts are joined by non-breaking spaces.

    Examples
    --------
    >>> fmt_usd_bn(2.5, "nl").replace("\\xa0", " "), fmt_usd_bn(2.5, "en")
    ('US$ 2,5 mld.', '$2.5B')
    >>> fmt_usd_bn(1500, "en"), fmt_usd_bn(1490, "nl", 2).replace("\\xa0", " ")
    ('$1.5T', 'US$ 1,49 biljoen')
    >>> fmt_usd_bn(999.97, "nl").replace("\\xa0", " "), fmt_usd_bn(0.35, "nl").replace("\\xa0", " ")
    ('US$ 1 biljoen', 'US$ 350 mln.')
    """
    return _money_bn(value_bn, "USD", lang, decimals)


def fmt_eur_bn(value_bn: float, lang: str | None = None, decimals: int = 1) -> str:
    """Format an amount in euro billions, spaced like the dollar amounts.

    Parameters
    ----------
    value_bn : float
        The amount in billions of euros.
    lang : str, optional
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
    return _money_bn(value_bn, "EUR", lang, decimals)


def fmt_usd(value: float, lang: str | None = None, decimals: int = 2) -> str:
    """Format a plain amount of US dollars (not billions), e.g. a price per month.

    Parameters
    ----------
    value : float
        The amount in US dollars.
    lang : str, optional
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
    row = book_locale(lang)
    number = round(check_count(value), decimals)
    pattern = _pattern(row.locale.decimal_formats[None].pattern, decimals, optional=False)
    prefix, suffix = money_affixes("USD", row.code)
    return f"{prefix}{format_decimal(number, format=pattern, locale=row.locale)}{suffix}"


def fmt_usd_bn_long(value_bn: float, lang: str | None = None, decimals: int = 1) -> str:
    """Format an amount in USD billions in words, as in running prose.

    Parameters
    ----------
    value_bn : float
        The amount in billions of US dollars (10^9 USD).
    lang : str, optional
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
    from .messages import t

    row = book_locale(lang)
    amount = check_count(value_bn, "value_bn") * 1e9
    words = format_compact_decimal(amount, format_type="long", locale=row.locale,
                                   fraction_digits=decimals)
    return f"{words} {t('dollar_word', row.code)}"


def fmt_date(day: date | str, precision: str = "day", lang: str | None = None) -> str:
    """Format a date at the precision it is known.

    Parameters
    ----------
    day : datetime.date or str
        The date (an ISO ``YYYY-MM-DD`` string is accepted).
    precision : {"day", "month", "year"}, default "day"
        How precisely the date is known; a month-precise date is shown without its day.
    lang : str, optional
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
    row = book_locale(lang)
    if isinstance(day, str):
        try:
            day = date.fromisoformat(day[:10])
        except ValueError:
            raise ValueError(f"day must be an ISO date YYYY-MM-DD, got {day!r}") from None
    if precision not in _DATE_PATTERNS:
        raise ValueError(f"precision must be one of {tuple(_DATE_PATTERNS)}, got {precision!r}")
    if precision == "month":  # a CLDR skeleton: each language orders month and year its way
        return format_skeleton(_DATE_PATTERNS[precision], day, locale=row.locale)
    return format_date(day, _DATE_PATTERNS[precision], locale=row.locale)


def fmt_unit(value: float, unit: str, lang: str | None = None,
             length: Literal["short", "long", "narrow"] = "short") -> str:
    """Format a measurement with its unit, as the language writes it (e.g. a file size).

    Parameters
    ----------
    value : float
        The number, in ``unit``.
    unit : str
        A CLDR unit (``"digital-megabyte"``, ``"digital-kilobyte"``, ...).
    lang : str, optional
        The language; the active one when omitted.
    length : {"short", "long", "narrow"}, default "short"
        How the unit is written.

    Returns
    -------
    str

    Examples
    --------
    >>> fmt_unit(1.5, "digital-megabyte", "nl"), fmt_unit(1.5, "digital-megabyte", "en")
    ('1,5 MB', '1.5 MB')
    """
    from babel.units import format_unit

    row = book_locale(lang)
    return format_unit(check_count(value), unit, length=length, locale=row.locale)


def d3_locale(lang: str | None = None) -> dict[str, Mapping[str, Any]]:
    """Return a d3-format/d3-time-format locale for Vega-Lite's ``config.locale``.

    Parameters
    ----------
    lang : str, optional
        The language; the active one when omitted.

    Returns
    -------
    dict
        ``{"number": {...}, "time": {...}}``: separators, currency and month and day names
        from Babel's CLDR data (as in the prose), date and time patterns from the locale table.

    Examples
    --------
    >>> d3_locale("nl")["number"]["decimal"], d3_locale("nl")["number"]["thousands"]
    (',', '.')
    """
    row = book_locale(lang)
    loc = row.locale
    symbols = loc.number_symbols["latn"]
    primary, secondary = parse_pattern(loc.decimal_formats[None].pattern).grouping
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
            "grouping": [primary] if secondary == primary else [primary, secondary],
            "currency": list(money_affixes("USD", row.code)),
        },
        "time": {
            "dateTime": row.d3_date_time,
            "date": row.d3_date,
            "time": row.d3_time,
            "periods": list(row.d3_periods),
            "days": [days[i] for i in order],
            "shortDays": [short_days[i] for i in order],
            "months": [months[i] for i in range(1, 13)],
            "shortMonths": [short_months[i] for i in range(1, 13)],
        },
    }
