"""The book's gettext catalogues (``aifin_lib/locale``) and the tool that maintains them.

- The catalogues are complete and current (``tools/catalogue.py check`` finds nothing).
- A message that is missing, empty or fuzzy fails with an error naming the key and the language;
  there is no fallback to another language.
- Changing an English text in the template and running ``update`` marks the translation fuzzy
  (matched by key) and makes the book refuse it until it is reviewed.
- A new language is one row of the locale table and one catalogue; its ``Plural-Forms`` header
  decides the forms of a message with a count.
- Importing the library reads no catalogue.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from aifin_lib import i18n
from aifin_lib.i18n import locales, messages

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import catalogue as tool  # noqa: E402  (tools/ is not a package)


@pytest.fixture
def locale_dir(tmp_path, monkeypatch):
    """A copy of the catalogues in a temporary folder, read instead of the real ones."""
    folder = tmp_path / "locale"
    shutil.copytree(messages.LOCALE_DIR, folder)
    monkeypatch.setattr(messages, "LOCALE_DIR", folder)
    messages.clear_cache()
    yield folder
    messages.clear_cache()


def _read(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle)


def _write(path: Path, catalog: Catalog) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog)


def _message(catalog: Catalog, key: str):
    return next(m for m in catalog if m.context == key)


def test_catalogues_are_complete_and_current():
    """Every language translates every message of the template, none fuzzy, placeholders and
    plural forms as they should be (what ``python tools/catalogue.py check`` prints)."""
    assert tool.check() == []


def test_every_book_text_is_a_keyed_message_with_english_msgid():
    """The English catalogue's msgid is the English text: what t(key, "en") returns."""
    template = _read(messages.template_path())
    keyed = [m for m in template if m.id and m.context]
    assert len(keyed) == len(i18n.CATALOGUE) + len(i18n.PLURALS)
    for message in keyed:
        if message.pluralizable:
            assert i18n.PLURALS[message.context]["en"] == dict(zip(("one", "other"),
                                                                   message.id, strict=True))
        else:
            assert i18n.CATALOGUE[message.context]["en"] == message.id


def test_missing_empty_and_fuzzy_messages_fail(locale_dir):
    """No silent fallback: each kind of gap raises KeyError naming the key and the language."""
    path = messages.catalogue_path("nl")
    catalog = _read(path)
    _message(catalog, "year").string = ""
    _message(catalog, "period").flags.add("fuzzy")
    _message(catalog, "n_deals").string = ("{n} deal", "")
    catalog.delete("Value", context="value")
    _write(path, catalog)
    with pytest.raises(KeyError, match=r"'year' has no 'nl' text: its msgstr is empty"):
        i18n.t("year", "nl")
    with pytest.raises(KeyError, match=r"'period' has no 'nl' text: .*fuzzy"):
        i18n.t("period", "nl")
    with pytest.raises(KeyError, match=r"'n_deals' has no 'nl' text: a plural form"):
        i18n.t_plural("n_deals", 2, "nl")
    with pytest.raises(KeyError, match=r"no catalogue entry for key 'value' in 'nl'"):
        i18n.t("value", "nl")
    assert i18n.t("value", "en") == "Value" and i18n.t("year", "en") == "Year"
    assert "nl" not in i18n.CATALOGUE["year"] and "nl" not in i18n.CATALOGUE["value"]
    problems = "\n".join(tool.check())
    for expected in ("nl: 'year': no translation", "nl: 'period': fuzzy",
                     "nl: 'n_deals': no translation", "nl: 'value' is missing"):
        assert expected in problems


def test_a_missing_catalogue_is_named(locale_dir):
    """A language without its catalogue file fails with the file's path, not English."""
    messages.catalogue_path("nl").unlink()
    with pytest.raises(FileNotFoundError, match="no catalogue for language 'nl'"):
        i18n.t("year", "nl")


def test_update_marks_a_changed_english_text_fuzzy(locale_dir):
    """A new English text in the template: update keeps the Dutch translation but marks it
    fuzzy (matched by its key, the old English kept as previous msgid), refills English, adds
    new messages empty and drops removed ones; the book refuses the fuzzy text."""
    template = _read(messages.template_path())
    _message(template, "year").id = "Calendar year"
    template.delete("Value", context="value")
    template.add("Brand-new text", context="new_key")
    _write(messages.template_path(), template)
    tool.update()
    dutch = _read(messages.catalogue_path("nl"))
    year = _message(dutch, "year")
    assert year.fuzzy and year.string == "Jaar"
    assert '#| msgid "Year"\nmsgctxt "year"\nmsgid "Calendar year"' in messages.catalogue_path(
        "nl").read_text(encoding="utf-8")
    assert _message(dutch, "new_key").string == ""
    assert not any(m.context == "value" for m in dutch)
    english = _read(messages.catalogue_path("en"))
    assert _message(english, "year").string == "Calendar year"
    assert _message(english, "new_key").string == "Brand-new text"
    messages.clear_cache()
    assert i18n.t("year", "en") == "Calendar year"
    with pytest.raises(KeyError, match=r"'year' has no 'nl' text: .*fuzzy"):
        i18n.t("year", "nl")
    problems = tool.check()
    assert sorted(problems) == ["nl: 'new_key': no translation", "nl: 'year': fuzzy (review the "
                                "translation, then remove the flag)"]
    year.flags.discard("fuzzy")
    year.string = "Kalenderjaar"
    _message(dutch, "new_key").string = "Gloednieuwe tekst"
    _write(messages.catalogue_path("nl"), dutch)
    messages.clear_cache()
    assert tool.check() == [] and i18n.t("year", "nl") == "Kalenderjaar"


def test_update_is_idempotent(locale_dir):
    """Running update on current catalogues changes no byte (the files are Babel's output)."""
    before = {p: p.read_bytes() for p in locale_dir.rglob("*.po*")}
    tool.update()
    assert {p: p.read_bytes() for p in locale_dir.rglob("*.po*")} == before


def test_a_third_language_is_one_row_and_one_catalogue(locale_dir, monkeypatch):
    """Polish as a third language: a locale row and a catalogue started with ``init``. Its
    Plural-Forms header (Babel's: three forms) picks the form of a count; a message not yet
    translated fails naming key and language; numbers follow Babel's Polish."""
    row = i18n.BookLocale(code="pl", babel="pl_PL", hreflang="pl", d3_date_time="%A, %e %B %Y, %X",
                          d3_date="%d.%m.%Y", d3_time="%H:%M:%S", hyphenation="pl_PL")
    monkeypatch.setitem(locales.LOCALES, "pl", row)
    path = tool.init("pl")
    catalog = _read(path)
    assert catalog.num_plurals == 3 and catalog.plural_forms == Catalog(locale="pl").plural_forms
    _message(catalog, "year").string = "Rok"
    _message(catalog, "n_deals").string = ("{n} umowa", "{n} umowy", "{n} umów")
    _write(path, catalog)
    assert i18n.t("year", "pl") == "Rok"
    forms = [i18n.t_plural("n_deals", n, "pl") for n in (1, 2, 5, 22, 25, 1.5)]
    assert forms == ["1 umowa", "2 umowy", "5 umów", "22 umowy", "25 umów", "1,5 umów"]
    with pytest.raises(KeyError, match=r"'period' has no 'pl' text: its msgstr is empty"):
        i18n.t("period", "pl")
    with pytest.raises(KeyError, match=r"no catalogue entry for key 'no_such_key' in 'pl'"):
        i18n.t("no_such_key", "pl")
    assert i18n.fmt_number(12345.5, "pl") == "12\u00a0345,5"
    assert i18n.fmt_usd_bn(2.5, "pl") == i18n.fmt_usd_bn(2.5, "pl", 1)
    assert i18n.d3_locale("pl")["number"]["decimal"] == ","
    problems = tool.check(["pl"])
    assert "pl: 'period': no translation" in problems and not any(
        "'year'" in p or "'n_deals'" in p for p in problems)
    i18n.set_language("pl")
    try:
        assert i18n.t("year") == "Rok"
    finally:
        i18n.set_language("en")


def test_a_catalogue_without_a_row_is_reported(locale_dir):
    """A catalogue folder that no row of the locale table names is a problem, not ignored."""
    shutil.copytree(locale_dir / "nl", locale_dir / "xx")
    assert "xx: a catalogue without a row in the locale table" in tool.check()
    with pytest.raises(ValueError, match="lang must be one of"):
        i18n.t("year", "xx")


def test_placeholders_must_match_the_english(locale_dir):
    """A translation that drops or renames a placeholder is reported by check."""
    path = messages.catalogue_path("nl")
    catalog = _read(path)
    _message(catalog, "range_to").string = "{laag} tot {high}"
    _write(path, catalog)
    assert any(p.startswith("nl: 'range_to': placeholders") for p in tool.check())


def test_importing_reads_no_catalogue():
    """``import aifin_lib.i18n`` parses no .po file; the first t() reads only its language."""
    code = ("import sys; import aifin_lib.i18n as i; from aifin_lib.i18n import messages as m; "
            "assert not m._LOADED and 'babel.messages.pofile' not in sys.modules; "
            "i.t('year', 'nl'); assert [p.parts[-3] for p in m._LOADED] == ['nl']")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


# --- the texts of data/ that the reader sees ----------------------------------------------


def test_every_data_row_has_a_reviewed_dutch_description():
    """Every figure of macro.csv and history.csv (and every party of companies.csv) has a
    Dutch message for its description (name) whose English is the CSV cell, translated and
    not fuzzy; so has every other cell the Data appendix shows in the reader's language."""
    from aifin_lib import data, tables

    dutch = {m.context: m for m in _read(messages.catalogue_path("nl")) if m.id and m.context}
    described = {"macro": "metric", "history": "metric", "companies": "name"}
    checked = 0
    for table, column in described.items():
        id_column = "company_id" if table == "companies" else "metric_id"
        for _, row in data.load(table).iterrows():
            key = tables.data_text_key(table, row[id_column], column)
            assert key in dutch, f"{key} has no Dutch message (run tools/catalogue.py update)"
            message = dutch[key]
            assert message.id == row[column], f"{key}: msgid {message.id!r} is not the CSV's"
            assert not message.fuzzy and message.string.strip(), f"{key}: not translated"
            checked += 1
    assert checked == sum(len(data.load(table)) for table in described)
    for item in tables.data_messages():
        message = dutch[item.key]
        assert message.id == item.english and not message.fuzzy and message.string.strip()


def test_a_changed_data_text_marks_its_dutch_translation_fuzzy(locale_dir, data_copy):
    """A new English description in data/macro.csv: check reports the template as out of date
    and the appendix refuses the row; update carries the Dutch text over, marked fuzzy, and
    the appendix refuses it until it is reviewed."""
    from aifin_lib import data, tables

    path = data_copy / "macro.csv"
    text = path.read_text(encoding="utf-8")
    assert text.count(",ABP total assets,") == 1
    path.write_text(text.replace(",ABP total assets,", ",ABP assets under management,"),
                    encoding="utf-8")
    key = "data:macro:abp_2025_total_assets:metric"
    data.set_data_dir(data_copy)
    try:
        assert (f"template: {key!r} is 'ABP total assets', data/ has 'ABP assets under "
                "management' (run update)") in tool.check()
        with pytest.raises(KeyError, match=rf"{key}.*run `python tools/catalogue.py update`"):
            tables.figures_table("macro", "nl")
        tool.update()
        messages.clear_cache()
        message = _message(_read(messages.catalogue_path("nl")), key)
        assert message.fuzzy and message.string == "Belegd vermogen van ABP"
        assert tool.check() == [f"nl: {key!r}: fuzzy (review the translation, then remove "
                                "the flag)"]
        with pytest.raises(KeyError, match=rf"'{key}' has no 'nl' text: .*fuzzy"):
            tables.figures_table("macro", "nl")
        assert "ABP assets under management" in tables.figures_table("macro", "en")
    finally:
        data.set_data_dir(None)


def test_the_dutch_appendix_shows_dutch_texts_and_company_names():
    """The figures and deals tables in Dutch: the description, who and a worded period from
    the Dutch catalogue, a company id shown as the company's name, its words translated."""
    nl, en = tables_html("nl"), tables_html("en")
    assert "<td>Belegd vermogen van ABP</td>" in nl and "ABP total assets" not in nl
    assert "<td>ABP total assets</td>" in en
    assert "<td>trainingsrun van 54 dagen</td>" in nl and "<td>54-day training run</td>" in en
    assert "<td>Vijf hyperscalers (consensusverwachting)</td>" in nl
    assert "<td>Alphabet (incl. Google en Google Cloud)</td>" in nl
    assert "<td>oracle</td>" not in nl + en and "<td>Oracle</td>" in nl


def tables_html(lang: str) -> str:
    """The HTML of the appendix's three tables in ``lang``."""
    from aifin_lib import tables

    return "".join([tables.figures_table("macro", lang), tables.figures_table("history", lang),
                    tables.deals_table(lang)])
