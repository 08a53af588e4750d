"""Translations and number formatting for the languages of the book.

Every string a reader sees (chart titles, axis labels, legends, widget labels, table headers)
is a message of the book's gettext catalogues, ``aifin_lib/locale/<lang>/LC_MESSAGES/aifin.po``
(:mod:`~aifin_lib.i18n.messages`): :func:`t` gives a text, :func:`t_plural` a message with a
count in the plural form the count asks for. Numbers, money and dates are formatted with Babel
(:mod:`~aifin_lib.i18n.formats`): Dutch writes ``1.234,5`` and ``2,5 miljard`` (``biljoen`` =
10^12), English ``1,234.5`` and ``2.5 billion`` (``trillion`` = 10^12). Which languages the
book has, and what each needs beyond its catalogue, is one table
(:mod:`~aifin_lib.i18n.locales`): a new language is one row there and one catalogue.

There is no silent fallback: an unknown language, or a key whose text in the language is
missing, empty or fuzzy, raises an error naming both. Importing this package reads no file;
a language's catalogue is read on the first call that needs it.
"""

from __future__ import annotations

from typing import Any

from .formats import (
    d3_locale,
    fmt_date,
    fmt_eur_bn,
    fmt_number,
    fmt_percent,
    fmt_unit,
    fmt_usd,
    fmt_usd_bn,
    fmt_usd_bn_long,
    money_affixes,
)
from .locales import (
    LANGUAGES,
    LOCALE_TABLE,
    LOCALES,
    SOURCE_LANGUAGE,
    BookLocale,
    book_locale,
    check_language,
    get_language,
    set_language,
)
from .messages import (
    CATALOGUE,
    PLURALS,
    load_catalogue,
    merge_plurals,
    merge_sections,
    plural_form,
    t,
    t_plural,
)
from .plurals import CATEGORY_ORDER

__all__ = [
    "CATALOGUE",
    "LANGUAGES",
    "LOCALES",
    "LOCALE_TABLE",
    "PLURALS",
    "PLURAL_FORMS",
    "SOURCE_LANGUAGE",
    "BookLocale",
    "book_locale",
    "check_language",
    "d3_locale",
    "fmt_date",
    "fmt_eur_bn",
    "fmt_number",
    "fmt_percent",
    "fmt_unit",
    "fmt_usd",
    "fmt_usd_bn",
    "fmt_usd_bn_long",
    "get_language",
    "load_catalogue",
    "merge_plurals",
    "merge_sections",
    "money_affixes",
    "plural_form",
    "set_language",
    "t",
    "t_plural",
]

def __getattr__(name: str) -> Any:
    if name == "PLURAL_FORMS":  # read from the catalogues, so only when asked for
        found = {category for lang in LOCALES for category in load_catalogue(lang).rule.categories}
        return tuple(category for category in CATEGORY_ORDER if category in found)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | {"PLURAL_FORMS"})
