"""Every table the book shows: dollar signs JupyterLab will not typeset as maths, years and
ids printed as names (never as quantities), the same bytes on every call.

The tables are found where the book shows them: each ``HTML(...)`` of a chapter notebook is
evaluated after the notebook's own set-up code, in both languages, and the stored outputs of
the notebooks are checked too.
"""

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from aifin_lib import i18n, tables

ROOT = Path(__file__).resolve().parent.parent
BOOK = ROOT / "book"
HTML_CALL = re.compile(r"^HTML\((.+)\)\s*$", re.MULTILINE)
FORMATTED_YEAR = re.compile(r"^([12])[.,\u00a0\u202f](\d{3})$")


def _cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def _table_calls() -> list[tuple[str, str]]:
    """(notebook, expression) of every HTML(...) table in the English chapters."""
    calls = []
    for path in sorted((BOOK / "en").glob("*.ipynb")):
        for cell in _cells(path):
            if cell["cell_type"] == "code":
                for expression in HTML_CALL.findall("".join(cell["source"])):
                    calls.append((path.name, expression))
    return calls


CALLS = _table_calls()


def _render(name: str, expression: str, lang: str) -> str:
    """Evaluate a table expression after the notebook's set-up cells, in ``lang``."""
    namespace: dict = {}
    setup_cells = [c for c in _cells(BOOK / lang / name) if c["cell_type"] == "code"][:2]
    for cell in setup_cells:
        exec("".join(cell["source"]), namespace)  # the book's own set-up code
    try:
        return eval(expression, namespace)  # an expression of the book
    finally:
        i18n.set_language("en")


def _problems(markup: str) -> list[str]:
    """What is wrong with a table's HTML (empty when nothing is)."""
    problems = []
    soup = BeautifulSoup(markup, "html.parser")
    for table in soup.find_all("table"):
        if "mathjax_ignore" not in table.get("class", []):
            problems.append("table without the class mathjax_ignore")
    for text in soup.find_all(string=True):
        if "$" in text and not (text.strip() == "$" and text.parent.name == "span"):
            problems.append(f"unescaped $ in {text.strip()[:60]!r}")
    for cell in soup.find_all(["td", "th"]):
        match = FORMATTED_YEAR.match(cell.get_text(strip=True))
        if match and 1900 <= int(match[1] + match[2]) <= 2100:
            problems.append(f"year printed as a quantity: {cell.get_text(strip=True)!r}")
    return problems


def test_the_book_shows_tables():
    """The search finds the tables of the chapters and the data appendix."""
    names = {name for name, _ in CALLS}
    assert {"data_appendix.ipynb", "introduction.ipynb", "circular_financing.ipynb"} <= names
    assert len(CALLS) >= 8


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
@pytest.mark.parametrize(("name", "expression"), CALLS)
def test_every_table_escapes_dollars_and_prints_years_as_years(name, expression, lang):
    markup = _render(name, expression, lang)
    assert "<table" in markup
    assert _problems(markup) == []
    assert _render(name, expression, lang) == markup, "not the same bytes on a second call"


@pytest.mark.parametrize("path", sorted(BOOK.glob("*/*.ipynb")), ids=lambda p: p.parent.name
                         + "/" + p.name)
def test_stored_tables_are_clean(path):
    """The tables in the stored outputs (what JupyterLab shows on opening) pass the same checks."""
    for cell in _cells(path):
        for output in cell.get("outputs", []):
            markup = "".join(output.get("data", {}).get("text/html", ""))
            if "<table" in markup:
                assert _problems(markup) == [], f"re-run the notebook ({path.name})"


def test_the_checks_catch_what_they_look_for():
    bad = '<table class="aifin-table"><tr><td>2.026</td><td>$250B and $14B</td></tr></table>'
    assert _problems(bad) == [
        "table without the class mathjax_ignore",
        "unescaped $ in '$250B and $14B'",
        "year printed as a quantity: '2.026'",
    ]
    good = tables.escape_dollars(
        '<table class="mathjax_ignore"><tr><td>2026</td><td>1.250</td><td>$250B</td></tr></table>')
    assert _problems(good) == []


def test_the_assumptions_table_prints_years_as_years():
    """Years in data/assumptions.csv (unit "year") appear as 2026, in both languages."""
    from aifin_lib import data, stagnation_charts

    years = data.load("assumptions").query("unit == 'year'")["value"].astype(int).astype(str)
    assert len(years) >= 2
    for lang in i18n.LANGUAGES:
        cells = [td.get_text(strip=True) for td in BeautifulSoup(
            stagnation_charts.assumptions_table(lang), "html.parser").find_all("td")]
        for year in years:
            assert year in cells, (lang, year)
