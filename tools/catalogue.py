"""Check and update the book's gettext catalogues (``aifin_lib/locale``) with Babel.

Usage::

    python tools/catalogue.py check        # list every problem; exit status 1 if there is one
    python tools/catalogue.py update       # merge the template into every language's catalogue
    python tools/catalogue.py init LANG    # start the catalogue of a new language

The files:

- ``aifin_lib/locale/aifin.pot``, the template: every message of the book with its English
  text. A message of the book has ``msgctxt`` = the key the code asks for
  (``aifin_lib.i18n.t("capital_capex_title")``) and ``msgid`` = the English text; a message with a
  count also has ``msgid_plural``. ``#.`` lines are notes for translators. Messages without a
  ``msgctxt`` translate strings of the theme and its extensions (their ``msgid`` is the theme's
  English text; ``book/_ext/aifin_book.py`` lays them over the theme's catalogues).
- ``aifin_lib/locale/<lang>/LC_MESSAGES/aifin.po``, one per row of the locale table
  (``aifin_lib/i18n/locales.py``), with the ``Plural-Forms`` header Babel gives the language.
  The English catalogue repeats the template's texts as its ``msgstr``.

Workflow:

1. Change an English text or add a message in ``aifin.pot``::

       #. Title of the capex chart; {first} and {last} are years.
       #, python-brace-format
       msgctxt "capital_capex_title"
       msgid "Capital expenditure, {first}-{last}"
       msgstr ""

2. ``python tools/catalogue.py update``: Babel's ``Catalog.update`` gives every catalogue the
   template's messages. A message whose English text changed keeps its translation, marked
   ``fuzzy`` (the old English text as ``#| msgid``); a new message is empty; a message no longer
   in the template is dropped. Messages are matched by their key (``msgctxt``), so a changed
   text never takes another key's translation. The English catalogue is filled from the
   template. The texts of ``data/`` that the *Data* appendix shows in the reader's language
   (``aifin_lib.tables.TRANSLATED_COLUMNS``: a figure's description, who it is about, a period
   worded by its source) are taken from the CSV files into the template first, as messages
   ``data:<table>:<row id>:<column>`` whose English text is the cell: a changed cell marks
   its translations fuzzy, a new row adds empty messages.
3. Translate with Poedit, Weblate, Crowdin or a text editor: fill every empty ``msgstr``,
   review every fuzzy message and remove its ``fuzzy`` flag. Until then the book refuses to
   build (``aifin_lib.i18n.t`` raises for a missing, empty or fuzzy message).
4. ``python tools/catalogue.py check`` (also run by the tests): no message missing, empty or
   fuzzy, the same placeholders as the English text, the plural forms Babel gives the
   language, and every catalogue up to date with the template.

A new language: add its row to the locale table, run ``python tools/catalogue.py init LANG``
and translate ``aifin_lib/locale/LANG/LC_MESSAGES/aifin.po``.

The same with Babel's command line: ``pybabel init -i aifin_lib/locale/aifin.pot -d
aifin_lib/locale -D aifin -l LANG`` starts a language; ``pybabel update -i
aifin_lib/locale/aifin.pot -d aifin_lib/locale -D aifin --ignore-obsolete`` does step 2 (it
matches a changed text to the most similar English text rather than by key, and leaves the
English ``msgstr`` to be filled); ``pybabel compile -d aifin_lib/locale -D aifin --statistics``
counts the translated messages (the ``.mo`` files it writes are not used: the book reads the
``.po`` files).
"""

from __future__ import annotations

import io
import re
import string
import sys
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from aifin_lib.i18n import LOCALES, SOURCE_LANGUAGE, messages  # noqa: E402

WIDTH = 76  # line width of Babel's and pybabel's .po files
HEADER = """\
# {what}
#
# A message with a msgctxt is a text of the book: the msgctxt is the key the
# code asks for (aifin_lib.i18n.t), the msgid its English text. A message
# without a msgctxt translates the theme (book/_ext/aifin_book.py). Lines
# "#." are notes for translators. Change English texts in the template
# aifin_lib/locale/aifin.pot, run `python tools/catalogue.py update`,
# translate, then run `python tools/catalogue.py check`."""


def header_comment(lang: str | None) -> str:
    """The comment at the top of the template (``lang`` None) or of a language's catalogue."""
    if lang is None:
        what = "The texts of the aifin book: the template of every catalogue."
    else:
        name = LOCALES[lang].locale.get_language_name("en")
        what = f"The texts of the aifin book in {name} ({lang})."
    return HEADER.format(what=what)


def read_catalogue(path: Path, locale: str | None = None) -> Catalog:
    """Read a ``.po``/``.pot`` file with Babel (obsolete messages left out)."""
    with path.open("rb") as handle:
        return read_po(handle, locale=locale, ignore_obsolete=True, abort_invalid=True)


def normalise(catalog: Catalog) -> None:
    """Flags as the book uses them: a book text is a ``str.format`` template, never a ``%``
    format (Babel guesses ``python-format`` from a ``%`` in the English text)."""
    for message in catalog:
        if message.id and message.context is not None:
            message.flags.discard("python-format")


def write_catalogue(path: Path, catalog: Catalog) -> None:
    """Write ``catalog`` to ``path`` as Babel and pybabel write ``.po`` files."""
    catalog.project, catalog.version = "aifin", version("aifin-lib")
    catalog.fuzzy = False
    normalise(catalog)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=WIDTH, sort_output=False, include_previous=True,
             ignore_obsolete=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())


def english(message: Message) -> list[str]:
    """The English text of a message as a list: ``msgid`` (and ``msgid_plural``)."""
    value = message.id
    return [str(text) for text in value] if isinstance(value, tuple | list) else [str(value)]


def _carry_over(old: Message, new: Message, count: int) -> None:
    """Give ``new`` the translation of ``old`` (same key, other English text), marked fuzzy."""
    forms = messages.message_strings(old)
    if new.pluralizable:
        new.string = tuple((forms + [""] * count)[:count])
    else:
        new.string = forms[0]
    new.previous_id = english(old)
    new.flags.add("fuzzy")


def fill_source_language(catalog: Catalog) -> None:
    """The English catalogue: every book text is the template's; a theme string keeps an
    English override, else its ``msgid``."""
    count = catalog.num_plurals
    for message in catalog:
        if not message.id:
            continue
        ids = english(message)
        translated = any(messages.message_strings(message)) and not message.fuzzy
        if message.context is not None or not translated:
            message.string = tuple((ids + ids[-1:] * count)[:count]) if (
                message.pluralizable) else ids[0]
            message.flags.discard("fuzzy")
            message.previous_id = []


def update_catalogue(catalog: Catalog, template: Catalog, lang: str) -> None:
    """Merge ``template`` into a language's ``catalog`` (Babel's ``Catalog.update``, keyed).

    A message whose ``msgctxt`` is in both with another English text keeps its translation,
    marked fuzzy; a new message is empty; a message no longer in the template is dropped.
    """
    catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
    by_key = {message.context: message for message in catalog.obsolete.values()
              if message.context is not None}
    for message in catalog:
        untranslated = not any(messages.message_strings(message))
        if message.id and message.context in by_key and untranslated:
            _carry_over(by_key.pop(message.context), message, catalog.num_plurals)
    catalog.obsolete.clear()
    if lang == SOURCE_LANGUAGE:
        fill_source_language(catalog)


DATA_PREFIX = "data:"
"""The start of the key of every message taken from ``data/`` (``aifin_lib.tables``)."""


def data_messages() -> list[Message]:
    """The texts of ``data/`` shown in the reader's language, as template messages."""
    from aifin_lib import tables

    return [Message(item.english, "", auto_comments=[item.note], context=item.key)
            for item in tables.data_messages()]


def extract_data(template: Catalog) -> None:
    """Replace the template's messages from ``data/`` with the CSV files' current texts."""
    for message in [m for m in template if m.id and (m.context or "").startswith(DATA_PREFIX)]:
        template.delete(message.id, context=message.context)
    for message in data_messages():
        template[message.id] = message  # Babel keys it by (msgid, msgctxt)


def data_problems(template: Catalog) -> list[str]:
    """Where the template's messages from ``data/`` differ from the CSV files."""
    found = {m.context: english(m)[0] for m in template
             if m.id and (m.context or "").startswith(DATA_PREFIX)}
    wanted = {m.context: str(m.id) for m in data_messages()}
    problems = [f"template: {key!r} is not in data/ any more (run update)"
                for key in sorted(found.keys() - wanted.keys())]
    problems += [f"template: {key!r} from data/ is missing (run update)"
                 for key in sorted(wanted.keys() - found.keys())]
    problems += [f"template: {key!r} is {found[key]!r}, data/ has {wanted[key]!r} (run update)"
                 for key in sorted(found.keys() & wanted.keys()) if found[key] != wanted[key]]
    return problems


def update() -> list[Path]:
    """Merge the template into the catalogue of every language; return the files written."""
    template = read_catalogue(messages.template_path())
    extract_data(template)
    written = [messages.template_path()]
    write_catalogue(messages.template_path(), template)
    for lang in LOCALES:
        path = messages.catalogue_path(lang)
        if not path.is_file():
            raise SystemExit(f"{path} is missing: run `python tools/catalogue.py init {lang}`")
        catalog = read_catalogue(path, LOCALES[lang].babel)
        update_catalogue(catalog, template, lang)
        write_catalogue(path, catalog)
        written.append(path)
    return written


def init(lang: str) -> Path:
    """Start the catalogue of a new language from the template (every message empty)."""
    path = messages.catalogue_path(lang)
    if path.exists():
        raise SystemExit(f"{path} exists already: use `update`")
    if lang not in LOCALES:
        raise SystemExit(f"{lang!r} has no row in the locale table (aifin_lib/i18n/locales.py)")
    template = read_catalogue(messages.template_path())
    catalog = Catalog(locale=LOCALES[lang].babel, header_comment=header_comment(lang),
                      creation_date=template.creation_date, fuzzy=False)
    update_catalogue(catalog, template, lang)
    write_catalogue(path, catalog)
    return path


def fields(text: str) -> set[str]:
    """The placeholders of a text: ``{name}``, ``%(name)s``, ``%s`` and ``${name}``."""
    try:
        names = {field[1] for field in string.Formatter().parse(text) if field[1] is not None}
    except ValueError:
        names = {"<unbalanced braces>"}
    return names | set(re.findall(r"%\(\w+\)s|%s|\$\{\w+\}", text))


def _message_problems(message: Message, reference: Message, lang: str, count: int) -> list[str]:
    """The problems of one message of a language, against the template's ``reference``."""
    where = f"{lang}: {message.context or message.id!r}"
    if message.fuzzy:
        return [f"{where}: fuzzy (review the translation, then remove the flag)"]
    forms = messages.message_strings(message)
    if message.pluralizable and len(forms) != count:
        return [f"{where}: {len(forms)} plural forms, Plural-Forms says {count}"]
    if not all(form.strip() for form in forms):
        return [f"{where}: no translation"]
    texts = english(reference)
    allowed = set().union(*(fields(text) for text in texts))
    if message.pluralizable:
        wrong = [form for form in forms if not fields(form) <= allowed]
    else:
        wrong = [form for form in forms if fields(form) != allowed]
    problems = [f"{where}: placeholders {sorted(fields(form))} differ from the English "
                f"{sorted(allowed)}" for form in wrong]
    if lang == SOURCE_LANGUAGE and message.context is not None and forms != texts[:len(forms)]:
        problems.append(f"{where}: the English catalogue differs from the template (run update)")
    return problems


def _keys(catalog: Catalog) -> dict[tuple[str | None, str], Message]:
    """``{(msgctxt, msgid): message}`` of a catalogue (the header left out)."""
    return {(m.context, english(m)[0]): m for m in catalog if m.id}


def check_language(lang: str, template: Catalog) -> list[str]:
    """The problems of one language's catalogue."""
    path = messages.catalogue_path(lang)
    if not path.is_file():
        return [f"{lang}: {path} is missing (run `python tools/catalogue.py init {lang}`)"]
    row = LOCALES[lang]
    catalog = read_catalogue(path, row.babel)
    problems = []
    expected = Catalog(locale=row.babel).plural_forms
    if catalog.plural_forms != expected:
        problems.append(f"{lang}: Plural-Forms {catalog.plural_forms!r}, Babel's is {expected!r}")
    if catalog.locale is None or catalog.locale.language != row.locale.language:
        problems.append(f"{lang}: its Language header is {catalog.locale}, the locale table says "
                        f"{row.babel}")
    if catalog.fuzzy:
        problems.append(f"{lang}: the catalogue's header is marked fuzzy")
    reference, found = _keys(template), _keys(catalog)
    for key in reference.keys() - found.keys():
        problems.append(f"{lang}: {key[0] or key[1]!r} is missing (run update)")
    for key in found.keys() - reference.keys():
        problems.append(f"{lang}: {key[0] or key[1]!r} is not in the template (run update)")
    for key in reference.keys() & found.keys():
        problems += _message_problems(found[key], reference[key], lang, catalog.num_plurals)
    return problems


def check(languages: Iterable[str] | None = None) -> list[str]:
    """Every problem of the catalogues (an empty list when they are complete and current).

    Parameters
    ----------
    languages : iterable of str, optional
        The languages to check; every language of the locale table when omitted.

    Returns
    -------
    list of str
        One line per problem, naming the language and the key.
    """
    template_file = messages.template_path()
    if not template_file.is_file():
        return [f"{template_file} is missing"]
    template = read_catalogue(template_file)
    problems = []
    contexts = [m.context for m in template if m.id and m.context is not None]
    problems += [f"template: msgctxt {key!r} is used twice" for key in sorted(
        {key for key in contexts if contexts.count(key) > 1})]
    problems += data_problems(template)
    if languages is None:
        languages = list(LOCALES)
        folders = {p.parent.parent.name for p in messages.LOCALE_DIR.glob("*/LC_MESSAGES/*.po")}
        problems += [f"{folder}: a catalogue without a row in the locale table"
                     for folder in sorted(folders - set(LOCALES))]
    for lang in languages:
        problems += check_language(lang, template)
    return problems


def main(argv: list[str]) -> int:
    """Run a subcommand (``check``, ``update``, ``init LANG``); return the exit status."""
    if argv[:1] == ["check"] and len(argv) == 1:
        problems = check()
        for line in problems:
            print(line)
        count = sum(1 for m in read_catalogue(messages.template_path()) if m.id)
        print(f"{len(problems)} problems in {len(LOCALES)} catalogues of {count} messages")
        return 1 if problems else 0
    if argv[:1] == ["update"] and len(argv) == 1:
        for path in update():
            print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        return 0
    if argv[:1] == ["init"] and len(argv) == 2:
        print(f"wrote {init(argv[1])}")
        return 0
    print(__doc__.split("\n\n")[1], file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
