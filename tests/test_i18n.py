"""Tests of aifin_lib.i18n: every text exists in every language, and numbers, money and dates
follow each language (Babel). The catalogue files themselves: tests/test_catalogue.py."""

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aifin_lib import i18n

BOOK = Path(__file__).resolve().parent.parent / "book"


@pytest.mark.parametrize("key", sorted(i18n.CATALOGUE))
def test_every_key_has_every_language(key):
    """A missing translation fails here: every entry has non-empty text in nl and en."""
    entry = i18n.CATALOGUE[key]
    assert set(entry) == set(i18n.LANGUAGES), f"{key!r} has languages {sorted(entry)}"
    for lang in i18n.LANGUAGES:
        assert entry[lang].strip(), f"{key!r} is empty in {lang!r}"


def test_unknown_key_raises_without_fallback():
    """An unknown key raises KeyError naming the key instead of returning the key itself."""
    with pytest.raises(KeyError, match="no_such_key"):
        i18n.t("no_such_key", "nl")


def test_unknown_language_raises():
    """An unsupported language is rejected with a message naming the parameter."""
    with pytest.raises(ValueError, match="lang must be one of"):
        i18n.t("year", "de")
    with pytest.raises(ValueError, match="lang must be one of"):
        i18n.set_language("fr")


def test_active_language_is_used_and_checked():
    """Without ``lang`` the active language speaks; setting an unknown one is refused."""
    i18n.set_language("nl")
    try:
        assert i18n.t("year") == "Jaar" and i18n.get_language() == "nl"
        assert i18n.t_plural("n_deals", 2) == "2 deals"
    finally:
        i18n.set_language("en")
    assert i18n.t("year") == "Year"


def test_plural_views_name_the_cldr_categories():
    """PLURALS gives each form under its CLDR category, and t_plural picks the same forms."""
    assert i18n.PLURAL_FORMS == ("one", "other")
    entry = i18n.PLURALS["n_companies"]
    assert entry["nl"] == {"one": "{n} bedrijf", "other": "{n} bedrijven"}
    assert entry["en"] == {"one": "{n} company", "other": "{n} companies"}
    assert "n_companies" in i18n.PLURALS and "n_companies" not in i18n.CATALOGUE
    assert "year" in i18n.CATALOGUE and "year" not in i18n.PLURALS
    assert i18n.plural_form(1, "nl") == "one" and i18n.plural_form(1.0, "en") == "one"
    assert i18n.plural_form(1.5, "en") == "other"


def test_house_style_of_money():
    """The house style: nl 'US$ 2,5 mld.' and '1,5 biljoen'; en '$2.5B' and '1.5 trillion'."""
    nbsp = "\u00a0"
    assert i18n.fmt_usd_bn(2.5, "nl").replace(nbsp, " ") == "US$ 2,5 mld."
    assert i18n.fmt_usd_bn(2.5, "en") == "$2.5B"
    assert i18n.fmt_usd_bn_long(1500, "nl") == "1,5 biljoen dollar"
    assert i18n.fmt_usd_bn_long(1500, "en") == "1.5 trillion dollars"
    assert i18n.fmt_usd_bn_long(2.5, "nl") == "2,5 miljard dollar"
    assert i18n.fmt_usd_bn_long(2.5, "en") == "2.5 billion dollars"


def test_separators_per_language():
    """Dutch groups with a point and decimals with a comma; English the other way round."""
    assert i18n.fmt_number(1234567.25, "nl", 2) == "1.234.567,25"
    assert i18n.fmt_number(1234567.25, "en", 2) == "1,234,567.25"
    assert i18n.fmt_percent(0.025, "nl", 1) == "2,5%"
    assert i18n.fmt_percent(0.025, "en", 1) == "2.5%"


@settings(max_examples=200, deadline=None)
@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False))
def test_number_round_trip(value):
    """Parsing a formatted number back (swapping separators) gives the rounded value."""
    text_nl = i18n.fmt_number(value, "nl", 2)
    text_en = i18n.fmt_number(value, "en", 2)
    back_nl = float(text_nl.replace(".", "").replace(",", ".").replace("\u2212", "-"))
    back_en = float(text_en.replace(",", "").replace("\u2212", "-"))
    assert back_nl == pytest.approx(round(value, 2), abs=1e-9)
    assert back_en == pytest.approx(round(value, 2), abs=1e-9)


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -float("inf")])
def test_non_finite_numbers_are_refused(bad):
    """NaN and infinity never reach a reader: every formatter raises, naming the parameter."""
    with pytest.raises(ValueError, match="must be a finite number"):
        i18n.fmt_number(bad, "nl")
    with pytest.raises(ValueError, match="value_bn must be a finite number"):
        i18n.fmt_usd_bn(bad, "en")
    with pytest.raises(ValueError, match="fraction must be a finite number"):
        i18n.fmt_percent(bad, "en")


def test_dates_per_language_and_precision():
    """Dates show only the precision that is known, in each language's order."""
    assert i18n.fmt_date("2025-09-22", "day", "nl") == "22 september 2025"
    assert i18n.fmt_date("2025-09-22", "day", "en") == "September 22, 2025"
    assert i18n.fmt_date("2025-09-01", "month", "en") == "September 2025"
    assert i18n.fmt_date("2025-01-01", "year", "nl") == "2025"
    with pytest.raises(ValueError, match="precision must be one of"):
        i18n.fmt_date("2025-01-01", "week", "nl")
    with pytest.raises(ValueError, match="ISO date"):
        i18n.fmt_date("22-09-2025", "day", "nl")


def test_d3_locale_matches_babel():
    """The chart locale uses the same separators as the prose, and 12 month names."""
    for lang in i18n.LANGUAGES:
        locale = i18n.d3_locale(lang)
        sample = i18n.fmt_number(1234.5, lang)
        assert sample == f"1{locale['number']['thousands']}234{locale['number']['decimal']}5"
        assert len(locale["time"]["months"]) == 12
        assert len(locale["time"]["days"]) == 7
    assert i18n.d3_locale("nl")["time"]["months"][0] == "januari"
    assert i18n.d3_locale("en")["time"]["days"][0] == "Sunday"


def _notebook_code(path: Path) -> str:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")


def test_every_key_used_in_the_book_exists():
    """Every catalogue key the notebooks ask for (t("...") and label keys) is in the catalogue."""
    pattern = re.compile(r"""\bt\(\s*["']([a-z0-9_]+)["']""")
    used = set()
    for notebook in BOOK.rglob("*.ipynb"):
        if ".ipynb_checkpoints" in notebook.parts:
            continue
        used |= set(pattern.findall(_notebook_code(notebook)))
    missing = sorted(used - set(i18n.CATALOGUE))
    assert not missing, f"keys used in notebooks but missing from the catalogue: {missing}"


def test_dutch_money_style():
    """Dutch writes 'biljoen' in full (readers take Babel's 'bln.' for billion), marks every
    dollar amount 'US$' (also per-unit amounts), and spaces euros like dollars."""
    nbsp = "\u00a0"
    assert i18n.fmt_usd_bn(1490, "nl", 2).replace(nbsp, " ") == "US$ 1,49 biljoen"
    assert i18n.fmt_usd_bn(999.97, "nl").replace(nbsp, " ") == "US$ 1 biljoen"
    assert i18n.fmt_usd_bn(1490, "en", 2) == "$1.49T"
    assert i18n.fmt_usd(34.72, "nl").replace(nbsp, " ") == "US$ 34,72"
    assert i18n.fmt_usd(34.72, "en") == "$34.72"
    euro, dollar = i18n.fmt_eur_bn(200, "nl"), i18n.fmt_usd_bn(151, "nl")
    assert euro.replace(nbsp, " ") == "€ 200 mld." and dollar.replace(nbsp, " ") == "US$ 151 mld."
    assert euro.split(nbsp)[1:] == ["200", "mld."] and dollar.split(nbsp)[1:] == ["151", "mld."]
    from aifin_lib.tables import format_value

    assert format_value(34.72, "usd_per_month", "nl").replace(nbsp, " ") == "US$ 34,72 per maand"
    assert format_value(1, "basis_points", "nl") == "1 basispunt"
    assert format_value(128, "basis_points", "en") == "128 basis points"


@settings(max_examples=200, deadline=None)
@given(st.floats(min_value=-5e4, max_value=5e4, allow_nan=False))
def test_dutch_dollar_amounts_never_abbreviate_trillions(value_bn):
    """Any amount: Dutch text says 'US$' and never 'bln.'; trillions read 'biljoen'."""
    text = i18n.fmt_usd_bn(value_bn, "nl")
    assert "US$" in text and "bln" not in text and "$" not in text.replace("US$", "")
    if abs(round(value_bn, 1)) >= 1000:
        assert text.endswith("biljoen")


def test_locale_table_rows_follow_babel():
    """Each row of the locale table names a Babel locale, its own language name and an hreflang;
    money symbols come from CLDR (Dutch US$ with a space, American $ without)."""
    assert i18n.LANGUAGES == tuple(row.code for row in i18n.LOCALE_TABLE)
    for row in i18n.LOCALE_TABLE:
        assert row.locale.language == row.code.split("_")[0]
        assert row.hreflang.split("-")[0] == row.locale.language
        assert i18n.book_locale(row.code) is row
    assert [i18n.LOCALES[c].name for c in ("nl", "en")] == ["Nederlands", "English"]
    assert i18n.money_affixes("USD", "nl") == ("US$\u00a0", "")
    assert i18n.money_affixes("EUR", "en") == ("€", "")
    assert i18n.d3_locale("nl")["number"]["currency"] == ["US$\u00a0", ""]
    assert i18n.d3_locale("en")["time"]["date"] == "%-m/%-d/%Y"


def test_file_sizes_per_language():
    """Units (file sizes of the downloads) are written as the language writes them."""
    assert i18n.fmt_unit(1.5, "digital-megabyte", "nl") == "1,5 MB"
    assert i18n.fmt_unit(120, "digital-kilobyte", "en") == "120 kB"


def test_no_code_branches_on_a_language():
    """Behaviour that differs per language comes from the locale table and Babel: the library,
    the tools and the site extension never compare a language with a code."""
    codes = "|".join(i18n.LANGUAGES)
    branch = re.compile(rf"""(==|!=|\bin)\s*[(\[]?["']({codes})["']|["']({codes})["']\s*[!=]=""")
    root = BOOK.parent
    files = [*(root / "aifin_lib").rglob("*.py"), *(root / "tools").glob("*.py"),
             *(root / "book" / "_ext").glob("*.py")]
    found = [f"{path.relative_to(root)}:{number}: {line.strip()}" for path in files
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if branch.search(line) and ">>>" not in line]
    assert not found, "\n".join(found)
