"""The book's texts: one gettext catalogue per language, read with Babel, never a fallback.

Every text a reader sees is a message of ``aifin_lib/locale/<lang>/LC_MESSAGES/aifin.po``
whose ``msgctxt`` is the key the code asks for (``t("year")``); its ``msgid`` is the English
text and its ``msgstr`` the text in the catalogue's language. A message with a count has the
English forms in ``msgid`` / ``msgid_plural`` and one ``msgstr[i]`` per form of the
catalogue's ``Plural-Forms`` header (:mod:`aifin_lib.i18n.plurals`). Messages without a
``msgctxt`` in the same files translate the theme's interface (``book/_ext/aifin_book.py``).

A catalogue is read on the first call that needs its language and kept for the rest of the
process. A message that is missing, empty or marked fuzzy (its English text changed since it
was translated) raises an error naming the key, the language and the file; there is no
fallback to another language. ``tools/catalogue.py`` checks and updates the catalogues.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .locales import LOCALES, check_language
from .plurals import PluralRule, plural_category

if TYPE_CHECKING:
    from babel.messages.catalog import Message

__all__ = [
    "CATALOGUE",
    "DOMAIN",
    "LOCALE_DIR",
    "PLURALS",
    "Catalogue",
    "catalogue_path",
    "clear_cache",
    "load_catalogue",
    "merge_plurals",
    "merge_sections",
    "message_strings",
    "plural_form",
    "read_catalogue",
    "t",
    "t_plural",
    "template_path",
]

LOCALE_DIR: Path = Path(__file__).resolve().parent.parent / "locale"
"""The folder of the catalogues: ``<lang>/LC_MESSAGES/aifin.po`` and the template."""

DOMAIN = "aifin"
"""The gettext domain: the file name of every catalogue."""


def catalogue_path(lang: str) -> Path:
    """The catalogue file of ``lang``: ``aifin_lib/locale/<lang>/LC_MESSAGES/aifin.po``."""
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def template_path() -> Path:
    """The catalogue template, ``aifin_lib/locale/aifin.pot`` (the English texts)."""
    return LOCALE_DIR / f"{DOMAIN}.pot"


@dataclass(frozen=True)
class Catalogue:
    """The book's messages of one language, as read from its catalogue.

    Attributes
    ----------
    lang : str
        The language code.
    path : pathlib.Path
        The file read.
    texts : dict
        ``{key: text}`` of every usable message without a count.
    plurals : dict
        ``{key: (form 0, form 1, ...)}`` of every usable message with a count.
    problems : dict
        ``{key: why}`` of every message that cannot be used (missing text, fuzzy, wrong
        number of forms, key used twice).
    plural_keys : frozenset
        The keys of all messages with a count, usable or not.
    rule : PluralRule
        The catalogue's plural forms.
    """

    lang: str
    path: Path
    texts: dict[str, str]
    plurals: dict[str, tuple[str, ...]]
    problems: dict[str, str]
    plural_keys: frozenset[str]
    rule: PluralRule

    def keys(self) -> set[str]:
        """Every key of the catalogue, usable or not."""
        return set(self.texts) | set(self.plurals) | set(self.problems)

    def missing(self, key: str, plural: bool) -> KeyError:
        """The error for a ``key`` this catalogue cannot give (as a text or with a count)."""
        lang, path = self.lang, self.path
        if key in self.problems:
            return KeyError(f"catalogue entry {key!r} has no {lang!r} text: {self.problems[key]} "
                            f"({path})")
        if not plural and key in self.plural_keys:
            return KeyError(f"{key!r} is a message with a count: use t_plural()")
        if plural and key in self.texts:
            return KeyError(f"no plural catalogue entry for key {key!r} (a plain message: use "
                            "t())")
        return KeyError(f"no catalogue entry for key {key!r} in {lang!r}: {path} has no "
                        f"message with msgctxt {key!r}")


def message_strings(message: Message) -> list[str]:
    """The ``msgstr`` of a message as a list: one text, or one per plural form."""
    value = message.string
    if isinstance(value, tuple | list):
        return [str(form or "") for form in value]
    return [value or ""]


def _problem(message: Message, count: int) -> str | None:
    """Why a message of a catalogue cannot be shown, or ``None``."""
    if message.fuzzy:
        return ("the message is marked fuzzy (its English text changed since it was "
                "translated): review the translation and remove the fuzzy flag")
    forms = message_strings(message)
    if message.pluralizable:
        if len(forms) != count:
            return (f"it has {len(forms)} plural forms, the catalogue's Plural-Forms header "
                    f"asks for {count}")
        if not all(form.strip() for form in forms):
            return "a plural form (msgstr[i]) is empty"
        return None
    if not forms[0].strip():
        return "its msgstr is empty"
    return None


def read_catalogue(lang: str, path: Path) -> Catalogue:
    """Read the catalogue of ``lang`` from ``path`` with Babel (no cache).

    Parameters
    ----------
    lang : str
        A language of :data:`aifin_lib.i18n.LOCALES`.
    path : pathlib.Path
        The ``.po`` file.

    Returns
    -------
    Catalogue

    Raises
    ------
    FileNotFoundError
        If the file is missing.
    ValueError
        If the file is not a valid catalogue (the message names the file and line).
    """
    from babel.messages.pofile import PoFileError, read_po

    if not path.is_file():
        raise FileNotFoundError(f"no catalogue for language {lang!r}: {path} is missing")
    try:
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=LOCALES[lang].babel, ignore_obsolete=True,
                              abort_invalid=True)
    except PoFileError as error:
        raise ValueError(f"{path}: {error}") from None
    rule = PluralRule(catalog.num_plurals, catalog.plural_expr, LOCALES[lang].locale)
    texts: dict[str, str] = {}
    plurals: dict[str, tuple[str, ...]] = {}
    problems: dict[str, str] = {}
    plural_keys: set[str] = set()
    seen: set[str] = set()
    for message in catalog:
        key = message.context
        if not message.id or key is None:  # the header, or a string of the theme
            continue
        if message.pluralizable:
            plural_keys.add(key)
        why = "its msgctxt is used by two messages" if key in seen else _problem(
            message, rule.count)
        seen.add(key)
        if why:
            problems[key] = why
            texts.pop(key, None)
            plurals.pop(key, None)
        elif message.pluralizable:
            plurals[key] = tuple(message_strings(message))
        else:
            texts[key] = message_strings(message)[0]
    return Catalogue(lang, path, texts, plurals, problems, frozenset(plural_keys), rule)


_LOADED: dict[Path, Catalogue] = {}
_LOCK = threading.Lock()


def load_catalogue(lang: str | None = None) -> Catalogue:
    """The catalogue of ``lang``, read on first use and kept (per file) for the process.

    Parameters
    ----------
    lang : str, optional
        A language of the book; the active one when omitted.

    Returns
    -------
    Catalogue

    Raises
    ------
    ValueError
        If ``lang`` is not a language of the book, or its catalogue is not valid.
    FileNotFoundError
        If the language has no catalogue.
    """
    lang = check_language(lang)
    path = catalogue_path(lang)
    with _LOCK:
        if path not in _LOADED:
            _LOADED[path] = read_catalogue(lang, path)
        return _LOADED[path]


def clear_cache() -> None:
    """Forget every catalogue read so far (the next call reads the files again)."""
    with _LOCK:
        _LOADED.clear()


def t(key: str, lang: str | None = None, **fields: Any) -> str:
    """Translate a catalogue key, optionally filling ``{placeholders}``.

    Parameters
    ----------
    key : str
        The message's ``msgctxt`` in the catalogues.
    lang : str, optional
        The language (``"nl"``, ``"en"``); the active language (:func:`set_language`) when
        omitted.
    **fields
        Values for ``str.format`` placeholders in the text.

    Returns
    -------
    str
        The text in the requested language.

    Raises
    ------
    KeyError
        If the language's catalogue has no usable text for ``key`` (missing, empty or fuzzy;
        the message names the key, the language and the file). There is no fallback.
    ValueError
        If ``lang`` is not a language of the book.

    Examples
    --------
    >>> t("deal_status_stalled", "nl")
    'vastgelopen'
    >>> t("deal_status_stalled", "en")
    'stalled'
    """
    catalogue = load_catalogue(lang)
    try:
        text = catalogue.texts[key]
    except KeyError:
        raise catalogue.missing(key, plural=False) from None
    return text.format(**fields) if fields else text


def plural_form(n: float, lang: str | None = None) -> str:
    """The CLDR plural category of the count ``n`` in ``lang`` (Babel's plural rules).

    Parameters
    ----------
    n : float
        The count (finite).
    lang : str, optional
        The language; the active one when omitted.

    Returns
    -------
    str
        ``"one"``, ``"other"``, ... (CLDR's names).

    Examples
    --------
    >>> plural_form(1, "nl"), plural_form(0, "nl"), plural_form(2, "en")
    ('one', 'other', 'other')
    """
    return plural_category(n, LOCALES[check_language(lang)].locale)


def t_plural(key: str, n: float, lang: str | None = None, **fields: Any) -> str:
    """Translate a message with a count, choosing the plural form the count asks for.

    Parameters
    ----------
    key : str
        The ``msgctxt`` of a message with ``msgid_plural`` in the catalogues.
    n : float
        The count; the catalogue's ``Plural-Forms`` choose its form (a count with decimals
        takes the form of the whole counts in its CLDR category), and ``{n}`` in the text is
        filled with the count formatted for the language (:func:`fmt_number`, no decimals
        for whole numbers).
    lang : str, optional
        The language; the active one when omitted.
    **fields
        Values for the other ``str.format`` placeholders.

    Returns
    -------
    str

    Raises
    ------
    KeyError
        If ``key`` is not a usable message with a count in the language (the message says so
        when it is a plain one).
    ValueError
        If ``lang`` is not supported or ``n`` is not a finite number.

    Examples
    --------
    >>> t_plural("n_deals", 1, "nl"), t_plural("n_deals", 40, "nl")
    ('1 deal', '40 deals')
    >>> t_plural("n_companies", 1, "en"), t_plural("n_companies", 1_234, "nl")
    ('1 company', '1.234 bedrijven')
    """
    from .formats import fmt_number
    from .plurals import check_count

    catalogue = load_catalogue(lang)
    try:
        forms = catalogue.plurals[key]
    except KeyError:
        raise catalogue.missing(key, plural=True) from None
    number = check_count(n, "n")
    text = forms[catalogue.rule.index(number)]
    decimals = 0 if number.is_integer() else 1
    return text.format(n=fmt_number(number, catalogue.lang, decimals), **fields)


def _all_catalogues() -> list[Catalogue]:
    return [load_catalogue(lang) for lang in LOCALES]


class _Texts(Mapping[str, dict[str, str]]):
    """``CATALOGUE[key][lang]``: the usable texts of every language, read on first use."""

    def __getitem__(self, key: str) -> dict[str, str]:
        catalogues = _all_catalogues()
        if not any(key in c.texts or (key in c.problems and key not in c.plural_keys)
                   for c in catalogues):
            raise KeyError(key)
        return {c.lang: c.texts[key] for c in catalogues if key in c.texts}

    def __iter__(self) -> Iterator[str]:
        keys: dict[str, None] = {}
        for c in _all_catalogues():
            keys.update(dict.fromkeys(k for k in c.keys() if k not in c.plural_keys))
        return iter(keys)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __repr__(self) -> str:
        return f"<the book's texts in {tuple(LOCALES)}: {len(self)} keys>"


class _Plurals(Mapping[str, dict[str, dict[str, str]]]):
    """``PLURALS[key][lang][category]``: the usable messages with a count, by CLDR category."""

    def __getitem__(self, key: str) -> dict[str, dict[str, str]]:
        catalogues = _all_catalogues()
        if not any(key in c.plural_keys for c in catalogues):
            raise KeyError(key)
        return {c.lang: dict(zip(c.rule.categories, c.plurals[key], strict=True))
                for c in catalogues if key in c.plurals}

    def __iter__(self) -> Iterator[str]:
        keys: dict[str, None] = {}
        for c in _all_catalogues():
            keys.update(dict.fromkeys(sorted(c.plural_keys)))
        return iter(keys)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __repr__(self) -> str:
        return f"<the book's messages with a count in {tuple(LOCALES)}: {len(self)} keys>"


CATALOGUE: Mapping[str, dict[str, str]] = _Texts()
"""The texts without a count: ``CATALOGUE[key][lang]`` (a read-only view of the catalogues;
a language whose message is missing, empty or fuzzy is left out of ``CATALOGUE[key]``)."""

PLURALS: Mapping[str, dict[str, dict[str, str]]] = _Plurals()
"""The messages with a count: ``PLURALS[key][lang][category]`` (CLDR category of each form,
e.g. ``"one"`` / ``"other"``)."""


def merge_sections() -> dict[str, dict[str, str]]:
    """The texts without a count of every language, as a plain dict.

    Returns
    -------
    dict
        ``{key: {lang: text}}`` (a copy of :data:`CATALOGUE`).
    """
    return {key: CATALOGUE[key] for key in CATALOGUE}


def merge_plurals() -> dict[str, dict[str, dict[str, str]]]:
    """The messages with a count of every language, as a plain dict.

    Returns
    -------
    dict
        ``{key: {lang: {category: text}}}`` (a copy of :data:`PLURALS`).
    """
    return {key: PLURALS[key] for key in PLURALS}
