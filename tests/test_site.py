"""The built site, opened page by page in headless Chromium as a reader would.

Needs ``make book`` first (``make test`` does it) and the pinned npm tools (``npm ci``). Every
page of every language of both editions is opened once, from a local server that gzips text as a
web host would; every request to another host is blocked and counted (there must be none). What
the page showed and loaded is kept, and each test below checks one side of it: offline and clean,
one language, no axe-core violation of WCAG 2.1 A/AA, headings and chart descriptions, head links,
weight. Chromium is Debian's (``/usr/bin/chromium``), driven by Playwright; no browser is
downloaded.
"""

from __future__ import annotations

import itertools
import re
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import sitecheck  # noqa: E402  (tools/ is not a package)

from aifin_lib import i18n  # noqa: E402

sys.path.insert(0, str(ROOT / "book" / "_ext"))
import aifin_book  # noqa: E402  (book/_ext is not a package)

pytestmark = pytest.mark.browser

SITE = sitecheck.SITE
LANGUAGES = i18n.LANGUAGES
PAGES = sitecheck.pages(SITE) if SITE.is_dir() else []
LANDING_PAGES = [p for p in ("index.html", "student/index.html") if (SITE / p).is_file()]
LIMIT_DECODED = 1_200 * 1024
LIMIT_WIRE = 400 * 1024
EXERCISE = re.compile(r'class="[^"]*\bexercise\b[^"]*\badmonition\b')
SOLUTION = re.compile(r'class="[^"]*\bsolution\b[^"]*\badmonition\b')
# The language the theme and its extensions are written in (their gettext msgids).
SOURCE_LANGUAGE = "en"
# Words that are the same in every language of the book (names, abbreviations, units).
NEUTRAL = {"aifin", "ai", "pdf", "ipynb", "md", "csv", "png", "svg", "ctrl", "copyright",
           "index", "python", "jupyter", "jupyterlab", "nvidia", "openai", "microsoft", "meta",
           "alphabet", "amazon", "oracle", "coreweave", "sequoia", "cahn", "data", "deal",
           "link", "www", "https", "http", "usd", "us", "eu", "fy", "q1", "q2", "q3", "q4"}


@pytest.fixture(scope="module")
def server():
    """The built site on 127.0.0.1, gzipping text."""
    if not (SITE / "index.html").is_file():
        pytest.fail(f"{SITE} has not been built: run `make book` first")
    with sitecheck.serve(SITE, gzip_text=True) as base:
        yield base


_REPORTS: dict[str, dict[str, Any]] = {}


def _search_query(lang: str) -> str:
    """A word that the search page of ``lang`` finds (the first long word of the title)."""
    words = [w for w in re.findall(r"\w+", i18n.t("book_title", lang)) if len(w) > 5]
    return words[0] if words else "AI"


def report(browser: Any, server: str, path: str) -> dict[str, Any]:
    """Open ``path`` once and keep what every test needs (later calls reuse it)."""
    if path in _REPORTS:
        return _REPORTS[path]
    lang = sitecheck.page_language(path)
    url = path
    if path.endswith("/search.html") and lang:
        url = f"{path}?q={_search_query(lang)}"
    visit = sitecheck.Visit(browser, server, url)
    try:
        result: dict[str, Any] = {"status": visit.response.status if visit.response else None}
        try:
            result["charts"] = visit.charts_drawn()
        except Exception as error:  # the assertion reports it
            total = visit.page.locator(".aifin-chart").count()
            result["charts"] = (total, -1)
            result["chart_error"] = str(error)
        if url != path:
            try:
                visit.page.wait_for_selector("#search-results .search-summary, "
                                             "#search-results p", timeout=15_000)
            except Exception as error:
                result["search_error"] = str(error)
        result["first_chart_ms"] = visit.first_chart_ms()
        result["weight"] = visit.weight()
        if url != path:  # a reader arrives on the search page before asking anything
            plain = sitecheck.Visit(browser, server, path)
            result["weight"] = plain.weight()
            plain.close()
        result["facts"] = visit.page.evaluate(sitecheck.PAGE_FACTS_SCRIPT)
        result["strings"] = visit.page.evaluate(sitecheck.INTERFACE_STRINGS_SCRIPT)
        switches = visit.page.locator("a[hreflang]:not(link)")
        result["switches"] = [
            (switches.nth(i).get_attribute("hreflang"), switches.nth(i).get_attribute("href"),
             switches.nth(i).is_visible())
            for i in range(switches.count())]
        result["slider"] = _slider_takes_keyboard(visit.page)
        result["axe"] = sitecheck.run_axe(visit.page)
        result["outside"] = list(visit.outside)
        result["failed"] = list(visit.failed)
        result["console"] = list(visit.console)
    finally:
        visit.close()
    _REPORTS[path] = result
    return result


def _slider_takes_keyboard(page: Any) -> bool | None:
    """Whether the first chart slider moves with the arrow keys (None: no slider)."""
    sliders = page.locator(".aifin-chart input[type=range]")
    if not sliders.count():
        return None
    slider = sliders.first
    before = slider.input_value()
    slider.focus()
    page.keyboard.press("ArrowRight" if before != slider.get_attribute("max") else "ArrowLeft")
    return slider.input_value() != before


# ----------------------------------------------------------------------------------------------
# the words of each language, for the one-language check
# ----------------------------------------------------------------------------------------------


def _words(texts: Any) -> set[str]:
    out: set[str] = set()
    for text in texts:
        out.update(w.lower() for w in re.findall(r"[^\W\d_]{2,}", re.sub(r"\{[^}]*\}|%\(\w+\)s|"
                                                                      r"\$\{\w+\}", " ", text)))
    return out


def _theme_catalogues() -> list[Path]:
    """The .po files of the theme, its extensions and Sphinx (for their words)."""
    import pydata_sphinx_theme
    import sphinx
    import sphinx_book_theme
    import sphinx_exercise
    import sphinx_togglebutton

    folders = [Path(m.__file__).parent for m in (pydata_sphinx_theme, sphinx, sphinx_book_theme,
                                                  sphinx_exercise, sphinx_togglebutton)]
    return [po for folder in folders for po in folder.rglob("*.po")]


def vocabulary(lang: str) -> set[str]:
    """Words of ``lang``: its stop words (Sphinx's search) and every catalogue text in it."""
    from babel.messages.pofile import read_po
    from sphinx.search import languages as search_languages

    texts = list(aifin_book.site_messages(lang).values())
    texts += [entry[lang] for entry in i18n.CATALOGUE.values() if entry.get(lang)]
    for po in _theme_catalogues():
        language = po.parent.parent.name.split("_")[0]
        if language != lang and lang != SOURCE_LANGUAGE:
            continue
        with po.open("rb") as handle:
            try:
                catalogue = read_po(handle)
            except Exception:  # an odd catalogue of another theme version: skip it
                continue
        for message in catalogue:
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if language == lang:
                texts += [s for s in strings if s]
            if lang == SOURCE_LANGUAGE:
                texts += [s for s in ids if s]
    words = _words(texts)
    language_class = search_languages.get(lang)
    if isinstance(language_class, str):
        import importlib

        module, name = language_class.rsplit(".", 1)
        language_class = getattr(importlib.import_module(module), name)
    if language_class is not None:
        words |= {w.lower() for w in getattr(language_class, "stopwords", set())}
    return words


_VOCABULARY: dict[str, set[str]] = {}


def foreign_words(text: str, lang: str) -> set[str]:
    """Words of ``text`` that belong to another language of the book and not to ``lang``."""
    for code in LANGUAGES:
        if code not in _VOCABULARY:
            _VOCABULARY[code] = vocabulary(code)
    own = _VOCABULARY[lang]
    other = set().union(*(_VOCABULARY[c] for c in LANGUAGES if c != lang))
    return {w for w in _words([text]) if w in other and w not in own and w not in NEUTRAL}


# ----------------------------------------------------------------------------------------------
# tests
# ----------------------------------------------------------------------------------------------


def test_site_has_pages_in_every_language():
    """Every language is built, with the same page names, in both editions."""
    assert PAGES, f"{SITE} has not been built"
    for edition in sitecheck.EDITIONS:
        names = {}
        for lang in LANGUAGES:
            folder = SITE / edition / lang if edition else SITE / lang
            names[lang] = {p.name for p in folder.glob("*.html")}
            assert "index.html" in names[lang] and (folder / "searchindex.js").is_file()
        assert len({frozenset(n) for n in names.values()}) == 1, names


@pytest.mark.parametrize("path", PAGES)
def test_page_is_offline_clean_and_drawn(browser, server, path):
    """No outside request, no failed request (404), no console error, every chart drawn."""
    page = report(browser, server, path)
    assert page["status"] == 200
    assert page["outside"] == [], f"requests to other hosts: {page['outside']}"
    assert page["failed"] == [], f"failed requests: {page['failed']}"
    assert page["console"] == [], f"console: {page['console']}"
    total, drawn = page["charts"]
    assert drawn == total, f"{total} charts, {drawn} drawn: {page.get('chart_error')}"


@pytest.mark.parametrize("path", PAGES)
def test_page_links_its_other_languages(browser, server, path):
    """The page's lang, hreflang alternates for every language, a visible link to each."""
    page = report(browser, server, path)
    lang = sitecheck.page_language(path)
    facts = page["facts"]
    assert facts["lang"] == lang
    assert {code for code, _ in facts["alternates"]} == {*LANGUAGES, "x-default"}
    visible = {code: href for code, href, shown in page["switches"] if shown}
    for other in LANGUAGES:
        if other == lang:
            continue
        assert other in visible, f"{path}: no visible link to the {other!r} page"
        target = (SITE / path).parent / visible[other]
        assert target.resolve() == (SITE / path.replace(f"{lang}/", f"{other}/", 1)).resolve()
        assert target.is_file()


@pytest.mark.parametrize("path", PAGES)
def test_page_speaks_one_language(browser, server, path):
    """Every interface string (chrome, labels, tooltips, search results) is in the page's language.

    A word fails when it belongs to another language of the book (its stop words or catalogue
    texts) and not to the page's own; text marked with another ``lang`` (the language links)
    is that language's, as it should be.
    """
    page = report(browser, server, path)
    lang = sitecheck.page_language(path)
    assert "search_error" not in page, page.get("search_error")
    problems = []
    for item in page["strings"]:
        words = foreign_words(item["text"], lang)
        if words:
            problems.append(f"{item['kind']} on <{item['where']}>: {item['text'][:80]!r} "
                            f"({', '.join(sorted(words))})")
    assert not problems, f"{path}: {len(problems)} strings in another language:\n" + "\n".join(
        sorted(set(problems))[:30])
    kinds = {item["kind"] for item in page["strings"]}
    assert {"text", "aria-label", "title"} <= kinds  # the collector saw the chrome


@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_wcag_violation(browser, server, path):
    """axe-core (pinned, npm) finds no violation of a WCAG 2.1 A or AA rule."""
    page = report(browser, server, path)
    found = [f"{v['id']} ({v['impact']}): {v['help']} at {v['nodes'][:3]}" for v in page["axe"]]
    assert not found, f"{path}:\n" + "\n".join(found)


@pytest.mark.parametrize("path", [p for p in PAGES if not p.endswith("/genindex.html")])
def test_page_accessibility(browser, server, path):
    """Headings do not skip levels, ids are unique, charts have a description, sliders move."""
    page = report(browser, server, path)
    levels = page["facts"]["headings"]
    assert levels and levels[0] == 1, f"{path}: first heading is not h1 ({levels[:3]})"
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, f"{path}: heading h{before} followed by h{after}"
    assert page["facts"]["ids"] == [], f"{path}: repeated ids {page['facts']['ids']}"
    assert all(len(label) > 10 for label in page["facts"]["chartLabels"])
    assert page["slider"] in (None, True), f"{path}: a slider ignores the keyboard"


@pytest.mark.parametrize("path", PAGES)
def test_page_head(browser, server, path):
    """A description in the page's language, a favicon that exists, canonical with a base URL."""
    page = report(browser, server, path)
    lang = sitecheck.page_language(path)
    facts = page["facts"]
    description = facts["description"] or ""
    assert 40 <= len(description) <= 161, f"{path}: description {description!r}"
    # The page's own first paragraph (cut at a word), else the book's blurb in its language.
    start = " ".join(description.removesuffix("…").split())
    blurb = aifin_book.shorten(i18n.t("landing_blurb", lang))
    assert start in facts["article"] or description == blurb
    assert facts["title"].endswith(i18n.t("book_title", lang))
    assert facts["icon"], f"{path}: no favicon link"
    assert ((SITE / path).parent / facts["icon"]).resolve().is_file()
    absolute = [href for _, href in facts["alternates"] if re.match(r"^https?://", href)]
    if facts["canonical"]:
        assert len(absolute) == len(facts["alternates"]), "a base URL makes every link absolute"
    else:
        assert absolute == [], "without a base URL the language links stay relative"


def test_pages_have_their_own_descriptions(browser, server):
    """Descriptions differ between pages of one language (each is the page's own text)."""
    for lang in LANGUAGES:
        chapters = [p for p in PAGES if p.startswith(f"{lang}/") and "genindex" not in p
                    and "search" not in p]
        descriptions = [report(browser, server, p)["facts"]["description"] for p in chapters]
        assert len(set(descriptions)) == len(descriptions), lang


def test_page_weights(browser, server, capsys):
    """Every page with all it loads: at most 1,200 KB decoded and 400 KB gzipped on the wire."""
    rows = []
    for path in PAGES:
        page = report(browser, server, path)
        rows.append((*page["weight"], path, page["charts"][0], page["first_chart_ms"]))
    with capsys.disabled():
        print("\npage weight (KB decoded, KB on the wire), charts, time to first chart (ms):")
        for decoded, wire, path, charts, first in sorted(rows, reverse=True):
            shown = "-" if first is None else f"{first:,.0f}"
            print(f"  {decoded / 1024:>7,.0f} {wire / 1024:>6,.0f}  {charts:>2}  {shown:>6}  "
                  f"{path}")
    heavy = [(path, decoded // 1024, wire // 1024) for decoded, wire, path, _, _ in rows
             if decoded > LIMIT_DECODED or wire > LIMIT_WIRE]
    assert not heavy, f"pages over 1,200 KB decoded or 400 KB on the wire: {heavy}"
    assert all(first is not None for *_, charts, first in rows if charts)


def test_pages_carry_no_widget_state():
    """No page holds the saved state of live widgets: the site's controls are Vega bindings."""
    assert PAGES
    carrying = [p for p in PAGES if "widget-state+json" in (SITE / p).read_text("utf-8")]
    assert carrying == []


def test_bound_slider_redraws_the_chart(browser, server):
    """Moving a Vega slider on a page changes the drawn chart (no kernel needed)."""
    moved = 0
    for path in PAGES:
        if path.startswith("student/") or "aifin-chart" not in (SITE / path).read_text("utf-8"):
            continue
        visit = sitecheck.Visit(browser, server, path)
        try:
            visit.charts_drawn()
            charts = visit.page.locator(".aifin-chart:has(input[type=range])")
            for index in range(charts.count()):
                chart = charts.nth(index)
                before = chart.locator("svg").first.inner_html()
                chart.locator("input[type=range]").first.evaluate(
                    "el => { el.value = el.value === el.max ? el.min : el.max;"
                    " el.dispatchEvent(new Event('input', {bubbles: true})); }")
                handle = chart.element_handle()
                try:
                    visit.page.wait_for_function(
                        "([el, old]) => el.querySelector('svg').innerHTML !== old",
                        arg=[handle, before], timeout=5_000)
                except Exception:  # the assertion below reports it
                    pass
                after = chart.locator("svg").first.inner_html()
                assert before != after, f"{path}: slider {index} did not change the chart"
                moved += 1
        finally:
            visit.close()
    assert moved >= len(LANGUAGES), "expected bound sliders on the introduction in every language"


@pytest.mark.parametrize("path", LANDING_PAGES)
def test_landing_page_links_every_language(browser, server, path):
    """The landing pages are offline, clean, valid for axe, and link to every language."""
    visit = sitecheck.Visit(browser, server, path)
    try:
        assert visit.outside == [] and visit.console == [] and visit.failed == []
        for lang in LANGUAGES:
            link = visit.page.locator(f"main a[hreflang={lang}]").first
            assert link.get_attribute("href") == f"{lang}/index.html"
            assert (SITE / path).parent.joinpath(lang, "index.html").is_file()
        assert sitecheck.run_axe(visit.page) == []
    finally:
        visit.close()


def _local_targets(page: Path) -> list[tuple[str, str]]:
    """(path, fragment) of every same-site link and resource of an HTML file."""
    text = page.read_text(encoding="utf-8")
    out = []
    for ref in re.findall(r'(?:href|src)="([^"]+)"', text):
        if re.match(r"^(?:[a-z]+:|//|#)", ref):
            continue
        target, _, fragment = ref.partition("#")
        out.append((target.split("?")[0], fragment))
    return out


def test_internal_links_resolve():
    """Every same-site link and resource of every page (both editions) exists, anchors too."""
    broken = []
    ids_cache: dict[Path, set[str]] = {}
    for page in SITE.rglob("*.html"):
        if "/_static/" in page.as_posix():
            continue
        for target, fragment in _local_targets(page):
            resolved = (page.parent / target).resolve() if target else page
            if not resolved.exists():
                broken.append(f"{page.relative_to(SITE)} -> {target}")
                continue
            if fragment and resolved.suffix == ".html":
                if resolved not in ids_cache:
                    html = resolved.read_text(encoding="utf-8")
                    ids_cache[resolved] = set(re.findall(r'id="([^"]+)"', html))
                if fragment not in ids_cache[resolved]:
                    broken.append(f"{page.relative_to(SITE)} -> {target}#{fragment}")
    assert not broken, f"{len(broken)} broken links, e.g. {broken[:10]}"


def test_no_tex_escape_reaches_the_reader():
    """No page of either edition shows a TeX escape such as ``\\$`` (e.g. from a reference's
    title) in its text or in a tooltip or label; code blocks and scripts are not prose."""
    from bs4 import BeautifulSoup

    assert PAGES
    found = []
    for path in PAGES:
        soup = BeautifulSoup((SITE / path).read_text(encoding="utf-8"), "html.parser")
        for node in soup(["script", "style", "pre", "code", "template"]):
            node.decompose()
        texts = [soup.get_text(" ")]
        texts += [str(tag[name]) for name in ("title", "aria-label", "alt")
                  for tag in soup.find_all(attrs={name: True})]
        hits = [m for text in texts for m in re.findall(r".{0,30}\\[$%&#_{}].{0,10}", text)]
        found += [f"{path}: {hit!r}" for hit in hits]
    assert not found, f"{len(found)} TeX escapes shown, e.g. {found[:5]}"


def test_citations_join_names_in_the_page_language():
    """Citations (text and tooltip) and bibliography entries join authors' names in the
    page's language: "Eisenberg en Noe, 2001" on a Dutch page, never "... and Noe" there;
    "Eisenberg and Noe, 2001" on an English page. (Titles keep their own language: the
    bibliography writes them in sentence case, "Failure and rescue", so a join of names is an
    "and" before a capital.)"""
    from bs4 import BeautifulSoup

    built = sitecheck.languages(SITE)
    assert PAGES and built
    found: dict[str, list[str]] = {lang: [] for lang in built}
    wrong = []
    for path in PAGES:
        lang = path.split("/")[-2] if "/" in path else ""
        if lang not in found:
            continue
        soup = BeautifulSoup((SITE / path).read_text(encoding="utf-8"), "html.parser")
        texts = [span.get_text(" ") for span in soup.select("span.bibtex-citation")]
        texts += [str(a["title"]) for a in soup.select("span.bibtex-citation a[title]")]
        texts += [div.get_text(" ") for div in soup.select("div.citation")]
        found[lang] += texts
        if lang != "en":
            wrong += [f"{path}: {text!r}" for text in texts
                      if re.search(r"\w,? and [A-Z]", text)]
    assert not wrong, f"{len(wrong)} citations joined with 'and': {wrong[:5]}"
    for lang in built:
        two = aifin_book.name_separators(lang)[1]
        assert any(f"Eisenberg{two}Noe, 2001" in text for text in found[lang]), lang
        assert any(f"Larry Eisenberg{two}Thomas H. Noe" in text for text in found[lang]), lang


def test_student_edition_hides_every_solution():
    """The student edition has the chapters' exercises, no solution and no teacher's pages."""
    for lang in LANGUAGES:
        full = sorted(p.name for p in (SITE / lang).glob("*.html"))
        student = sorted(p.name for p in (SITE / "student" / lang).glob("*.html"))
        assert student == [p for p in full if p != "teachers_guide.html"]
        exercises = solutions = 0
        for name in student:
            text = (SITE / lang / name).read_text(encoding="utf-8")
            hidden = (SITE / "student" / lang / name).read_text(encoding="utf-8")
            exercises += len(EXERCISE.findall(text))
            solutions += len(SOLUTION.findall(text))
            assert len(EXERCISE.findall(hidden)) == len(EXERCISE.findall(text))
            assert not SOLUTION.findall(hidden), f"student/{lang}/{name} shows a solution"
        assert exercises > 0 and solutions > 0
    assert (SITE / "student" / "index.html").is_file()
