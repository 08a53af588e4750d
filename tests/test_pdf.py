"""The print editions (PDF) as a reader holds them: complete, in one language, offline.

Needs ``make book`` first (it prints the PDFs after the site, ``tools/build_pdf.py``). Text is
read with ``pdftotext`` (Debian's poppler-utils, installed by ``make chromium``), metadata,
links and images with ``pypdf``. Per language: the book, the student edition, the worksheets and
the teacher's guide exist, have a plausible number of A4 pages, a title and language, every
chapter title, a table of contents that points to the right pages, a running head and a page
number on every page, every chart of the site (with the settings table of each chart that has
controls, and no control or toolbar), no raw markup, and in the student PDFs no solution.
"""

from __future__ import annotations

import functools
import html
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_pdf  # noqa: E402  (tools/ is not a package)
import sitecheck  # noqa: E402

from aifin_lib import exercises, i18n, tables  # noqa: E402

pytestmark = pytest.mark.browser

SITE = sitecheck.SITE
PDF = SITE.parent / "pdf"
KINDS = tuple(build_pdf.DOCUMENTS)
# Page counts a complete document has (the book is about 80 pages per language).
PAGES = {"book": (50, 250), "student": (45, 240), "worksheets": (10, 60),
         "teachers_guide": (8, 80)}
CASES = [(lang, kind) for lang in i18n.LANGUAGES for kind in KINDS]
RAW = ("Unknown Directive", "Unknown directive", "{eval}", "{glue", "{numref}", "{term}",
       "{cite}", "{ref}", ":::", "```", "](", ".ipynb)", "glossary.md", "references.md",
       "Traceback", "WARNING", "NaN", "<Vega-Lite", "<Dashboard", "undefined", "\\$")
# The "#" of a heading's link on the site, left after a title (e.g. in the contents).
HEADERLINK = re.compile(r"\S #(?=[ \t]*$|[ \t]*\()", re.M)


def _path(lang: str, kind: str) -> Path:
    return PDF / build_pdf.pdf_name(kind, lang)


def _need(path: Path) -> Path:
    if not path.is_file():
        pytest.fail(f"{path} is missing: run `make book` (or `make pdf`) first")
    return path


@functools.cache
def pages_text(lang: str, kind: str, layout: bool = False) -> tuple[str, ...]:
    """The text of every page (``pdftotext``, in reading order or as laid out), in order.

    Soft hyphens (U+00AD, kept in the text of the PDF) are dropped and words broken at a line
    end (with U+2010) are joined, unless ``layout``.
    """
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: run `make chromium` (installs poppler-utils)")
    options = ["-layout"] if layout else []
    done = subprocess.run(["pdftotext", *options, "-enc", "UTF-8",
                           str(_need(_path(lang, kind))), "-"],
                          capture_output=True, text=True, check=True)
    pages = done.stdout.split("\f")[:-1]
    if not layout:
        pages = [re.sub(r"\u00ad?\u2010\n", "", page).replace("\u00ad", "") for page in pages]
    return tuple(pages)


def squeeze(text: str) -> str:
    """Letters and digits only, lower case: hyphenation, line breaks and spaces do not count."""
    return re.sub(r"[\W_]+", "", text.lower())


@functools.cache
def site_text(lang: str, edition: str) -> str:
    """The text of every page of one edition of the site (articles only)."""
    folder = SITE / edition / lang if edition else SITE / lang
    texts = []
    for page in sorted(folder.glob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        article = soup.select_one("article")
        if article is not None:
            texts.append(article.get_text(" "))
    return "\n".join(texts)


def _site_titles(lang: str, edition: str, pages: list[str]) -> list[str]:
    folder = SITE / edition / lang if edition else SITE / lang
    titles = []
    for name in pages:
        soup = BeautifulSoup((folder / f"{name}.html").read_text(encoding="utf-8"), "html.parser")
        heading = soup.select_one("article h1")
        for link in heading.select("a.headerlink"):
            link.decompose()
        titles.append(" ".join(heading.get_text(" ", strip=True).split()))
    return titles


def _charts(lang: str, edition: str) -> list[tuple[str, bool]]:
    """(title, has controls) of every chart on the book's pages of the site."""
    import json

    folder = SITE / edition / lang if edition else SITE / lang
    found = []
    for name in build_pdf.book_pages():
        soup = BeautifulSoup((folder / f"{name}.html").read_text(encoding="utf-8"), "html.parser")
        for chart in soup.select("article div.aifin-chart"):
            spec = json.loads(chart.select_one("script.aifin-chart-spec").get_text())
            controls = any("bind" in s for s in spec.get("signals", []))
            title = chart.select_one(".aifin-chart-view").get("aria-label", "")
            found.append((title, controls))
    return found


def _raster_images(page) -> int:
    """Image XObjects a page draws (nested forms included), without decoding them."""
    count = 0
    todo = [page.get("/Resources")]
    while todo:
        resources = todo.pop()
        resources = resources.get_object() if resources is not None else None
        if not resources or "/XObject" not in resources:
            continue
        for xobject in resources["/XObject"].get_object().values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Image":
                count += 1
            elif xobject.get("/Subtype") == "/Form":
                todo.append(xobject.get("/Resources"))
    return count


@pytest.mark.parametrize("lang, kind", CASES)
def test_pdf_exists_with_a4_pages_and_metadata(lang, kind):
    """Title (book and document, in the language), author, language tag, A4 pages in range."""
    from pypdf import PdfReader

    reader = PdfReader(_need(_path(lang, kind)))
    low, high = PAGES[kind]
    assert low <= len(reader.pages) <= high, f"{kind} {lang}: {len(reader.pages)} pages"
    info = reader.metadata
    name = i18n.t(build_pdf.DOCUMENTS[kind][2], lang)
    assert info.title == f"{i18n.t('book_title', lang)} — {name}"
    assert info.author
    assert str(reader.trailer["/Root"]["/Lang"]) == lang
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2, (width, height)


@pytest.mark.parametrize("lang, kind", [(lang, kind) for lang in i18n.LANGUAGES
                                        for kind in ("book", "student")])
def test_book_has_every_chapter_and_a_true_table_of_contents(lang, kind):
    """Every page of the edition's book is in it, and the contents give the page it starts on."""
    edition = build_pdf.DOCUMENTS[kind][0]
    pages = pages_text(lang, kind, layout=True)
    titles = _site_titles(lang, edition, build_pdf.book_pages())
    assert len(titles) >= 8
    contents = pages[1] + pages[2]
    for title in titles:
        match = re.search(re.escape(title) + r"[ .]*(\d+)\s*$", contents, re.M)
        assert match, f"{title!r} is not in the table of contents of {kind} {lang}"
        start = int(match[1])
        head, body = pages[start - 1].split("\n", 1)
        assert squeeze(title) in squeeze(body[:400]), (
            f"{title!r}: the contents say page {start}, which begins {body[:120]!r}")
        assert squeeze(title) in squeeze(head), f"page {start} has the running head {head!r}"


@pytest.mark.parametrize("lang, kind", CASES)
def test_every_page_has_a_running_head_and_its_number(lang, kind):
    """After the cover, each page ends with its own number and (after the contents) a head."""
    pages = pages_text(lang, kind, layout=True)
    book = squeeze(i18n.t("book_title", lang))
    headed = []
    for number, text in enumerate(pages[1:], start=2):
        lines = [line for line in text.splitlines() if line.strip()]
        assert lines[-1].strip() == str(number), f"page {number} ends with {lines[-1]!r}"
        headed.append(book in squeeze(lines[0]))
    first = headed.index(True)
    assert first <= 2, "the first part starts after more than two pages of contents"
    assert all(headed[first:]), f"pages without a running head: {headed}"


@pytest.mark.parametrize("lang, kind", CASES)
def test_no_raw_markup_key_or_role(lang, kind):
    """No directive, role, markdown link, catalogue key or error text reaches the paper."""
    text = "\n".join(pages_text(lang, kind))
    found = [raw for raw in RAW if raw in text]
    assert not found, f"{kind} {lang} shows {found}"
    marks = [m.group(0) for m in HEADERLINK.finditer(text)]
    assert not marks, f"{kind} {lang} prints header links: {marks[:5]}"
    # An identifier wrapped after an underscore (``infra_`` / ``debt_share``) is one word.
    unwrapped = re.sub(r"_\n(?=[a-z0-9])", "_", text)
    words = set(re.findall(r"\b[a-z]+(?:_[a-z0-9]+)+\b", unwrapped))
    # Keys that the site's own pages show too are code (e.g. a unit in a worksheet's output).
    shown = set(re.findall(r"\b[a-z]+(?:_[a-z0-9]+)+\b", site_text(lang, "")))
    keys = {key for key in i18n.CATALOGUE if "_" in key} - shown
    assert not words & keys, f"catalogue keys printed in {kind} {lang}: {sorted(words & keys)}"


@pytest.mark.parametrize("lang, kind", [(lang, kind) for lang in i18n.LANGUAGES
                                        for kind in ("book", "student")])
def test_every_chart_prints_as_a_vector_with_its_settings_table(lang, kind):
    """Each chart of the site's pages is in the book as vectors: its title is text, no image
    is a raster; each chart with controls has its table, and no control or toolbar is printed.
    """
    from pypdf import PdfReader

    edition = build_pdf.DOCUMENTS[kind][0]
    charts = _charts(lang, edition)
    assert len(charts) >= 15
    text = "\n".join(pages_text(lang, kind))
    flat = squeeze(text)
    missing = [title for title, _ in charts if squeeze(title) not in flat]
    assert not missing, f"charts missing from {kind} {lang}: {missing}"
    with_controls = sum(1 for _, controls in charts if controls)
    assert with_controls >= 6
    caption = squeeze(i18n.t("print_settings_caption", lang))
    assert flat.count(caption) == with_controls
    reader = PdfReader(_path(lang, kind))
    rasters = sum(_raster_images(page) for page in reader.pages)
    assert rasters == 0, f"{rasters} raster images in {kind} {lang}: charts must be vectors"
    for key in ("chart_link", "chart_table_title", "chart_settings", "chart_png_title"):
        assert i18n.t(key, lang) not in text, f"toolbar text {i18n.t(key, lang)!r} printed"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_student_pdfs_hold_no_solution(lang):
    """No solution of the full edition is in the student book or the worksheets, while the
    same fragments are found in the full book and the teacher's guide (so the search works)."""
    from test_site_student import solutions

    fragments = {squeeze(f) for found in solutions(lang).values() for f in found}
    # What students may read on their own site is no solution (whatever the spacing).
    public = squeeze(site_text(lang, "student"))
    fragments = {f for f in fragments if len(f) >= 30 and f not in public}
    assert len(fragments) >= 20
    teacher = squeeze("\n".join(pages_text(lang, "book") + pages_text(lang, "teachers_guide")))
    present = [f for f in fragments if f in teacher]
    assert len(present) >= 0.8 * len(fragments), (
        f"only {len(present)} of {len(fragments)} solution fragments are in the full edition")
    for kind in ("student", "worksheets"):
        text = squeeze("\n".join(pages_text(lang, kind)))
        leaks = [f for f in present if f in text]
        assert not leaks, f"{len(leaks)} solution fragments in {kind} {lang}: {leaks[:3]}"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_worksheets_have_room_to_write_and_no_answers(lang):
    """One answer box per checked exercise, the figures named, no answer of the key."""
    text = "\n".join(pages_text(lang, "worksheets"))
    key = exercises.answer_key(lang)
    answer = i18n.t("print_answer", lang) + ":"
    assert text.count(answer) == len(key)
    assert squeeze(i18n.t("print_answer_key", lang)) not in squeeze(text)
    assert "check(" not in text
    # Every figure of the data that a worksheet names is printed with its value.
    worksheets = [p for p in build_pdf.toc_files() if p.startswith(build_pdf.WORKSHEET_PREFIX)]
    exercise_texts = []
    for page in worksheets:
        soup = BeautifulSoup((SITE / "student" / lang / f"{page}.html").read_text("utf-8"),
                             "html.parser")
        for section in soup.select("article section"):
            if section.find("h2", recursive=False) and "check(" in section.get_text():
                exercise_texts.append(section.get_text(" "))
    sheets = "\n".join(exercise_texts)
    figures = []
    for metric in sorted(set(re.findall(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b", sheets))):
        try:
            figures.append((metric, tables.figure_text(metric, lang)))
        except (KeyError, ValueError):
            continue
    assert len(figures) >= 3
    flat = squeeze(text)
    assert text.count(i18n.t("print_data_used", lang)) >= 3
    for metric, value in figures:
        assert squeeze(f"{metric}: {value}") in flat, f"{metric} = {value} is not printed"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_teachers_guide_holds_every_answer(lang):
    """The answer key of the teacher's guide gives every answer of answer_key(lang), rounded
    to ANSWER_KEY_DIGITS significant digits (no "0.517241" on paper)."""
    raw = "\n".join(pages_text(lang, "teachers_guide"))
    text = squeeze(raw)
    rounded = exercises.answer_key(lang, build_pdf.ANSWER_KEY_DIGITS)
    full = exercises.answer_key(lang)
    for (exercise_id, _title, answer), (_, _, long) in zip(rounded, full, strict=True):
        assert squeeze(exercise_id) in text
        assert squeeze(answer) in text, f"{exercise_id}: {answer!r} is not in the guide"
        number, short = long.split(". ")[0], answer.split(". ")[0]
        if number != short:
            assert number not in raw, f"{exercise_id}: the unrounded {number} is printed"


def _gray_pages(path: Path, dpi: int) -> list[Any]:
    """Every page of a PDF as a grey-scale array (0 black, 255 white), via ``pdftoppm``."""
    pages = []
    done = subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(path)], capture_output=True,
                          check=True)
    data = done.stdout
    while data:
        match = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", data)
        width, height = int(match[1]), int(match[2])
        start = match.end()
        pages.append(np.frombuffer(data[start:start + width * height], np.uint8)
                     .reshape(height, width))
        data = data[start + width * height:]
    return pages


def _words(path: Path) -> list[tuple[int, str, float, float, float, float]]:
    """(page from 0, word, x min, y min, x max, y max) of every word (points), ``pdftotext``."""
    done = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"],
                          capture_output=True, text=True, check=True)
    words = []
    for number, page in enumerate(done.stdout.split("<page ")[1:]):
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                             r'yMax="([\d.]+)">([^<]*)</word>', page):
            word = html.unescape(m[5]).replace("\u00ad", "")  # soft hyphens
            words.append((number, word, *map(float, m.group(1, 2, 3, 4))))
    return words


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_answer_boxes_are_ruled_to_the_bottom_with_four_visible_sides(lang):
    """On the printed page every answer box has the same ruled lines, spread over its whole
    height, and its right border is as dark as its left one."""
    path = _need(_path(lang, "worksheets"))
    dpi = 100
    scale = dpi / 72
    pages = _gray_pages(path, dpi)
    words = _words(path)
    label = i18n.t("print_working", lang).split()[-1]
    answer = i18n.t("print_answer", lang).split()[0] + ":"
    boxes = 0
    for page, word, x0, y0, _x1, y1 in words:
        if word != answer:
            continue
        above = [w for w in words if w[0] == page and w[1] == label and w[5] < y0
                 and abs(w[2] - x0) < 3]
        assert above, f"page {page + 1}: an answer line without its box label"
        top = max(w[5] for w in above)  # bottom of the label
        image = pages[page]
        # the column through the middle of the page, from the label down to the answer text
        column = image[round(top * scale) + 2:round(y0 * scale) - 2, image.shape[1] // 2]
        dark = column < 215
        lines = int(dark[0]) + int(((~dark[:-1]) & dark[1:]).sum())
        # the ruled lines and the line above "Answer:"
        assert lines == build_pdf.ANSWER_RULES + 1, (
            f"{lang} page {page + 1}: {lines} lines in an answer box")
        starts = [i for i in range(len(dark)) if dark[i] and (i == 0 or not dark[i - 1])]
        steps = np.diff(starts[:build_pdf.ANSWER_RULES])
        assert steps.max() - steps.min() <= 2, f"{lang} page {page + 1}: uneven rules {steps}"
        assert starts[-1] - starts[-2] <= steps.max(), (
            f"{lang} page {page + 1}: the bottom of an answer box is not ruled")
        # the box's sides, on the row through "Answer:" (no ruled line there): the darkest
        # pixel near its left edge and near the right margin
        row = image[round((y0 + y1) / 2 * scale)]
        left = round((x0 - 10) * scale)
        inside = np.nonzero(row[left:] < 200)[0]
        assert inside.size, f"{lang} page {page + 1}: no box border"
        right = left + int(inside[-1])
        assert right > image.shape[1] * 0.85, "the box stops short of the right margin"
        assert row[right - 2:right + 3].min() <= row[left:left + 15].min() + 40, (
            f"{lang} page {page + 1}: the right border is fainter than the left one")
        boxes += 1
    assert boxes == len(exercises.answer_key(lang))


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_screen_only_sentences_are_on_the_site_not_on_paper(lang):
    """Sentences about using a control on the screen (hover, drag a slider) are marked
    ``aifin-screen-only``: the site shows them, in both languages alike, the PDFs do not."""
    counts: dict[str, list[int]] = {}
    sentences = []
    for other in i18n.LANGUAGES:
        for name in build_pdf.book_pages():
            soup = BeautifulSoup((SITE / other / f"{name}.html").read_text(encoding="utf-8"),
                                 "html.parser")
            spans = soup.select("article .aifin-screen-only")
            counts.setdefault(name, []).append(len(spans))
            if other == lang:
                sentences += [" ".join(s.get_text(" ").split()) for s in spans]
    assert sum(1 for found in counts.values() if found[0]) >= 2
    unlike = {name: found for name, found in counts.items() if len(set(found)) > 1}
    assert not unlike, f"screen-only sentences differ between the languages: {unlike}"
    assert len(sentences) >= 3
    for kind in ("book", "student"):
        text = squeeze("\n".join(pages_text(lang, kind)))
        printed = [s for s in sentences if squeeze(s) in text]
        assert not printed, f"{kind} {lang} prints {printed}"
    css = build_pdf.STYLESHEET.read_text(encoding="utf-8")
    assert re.search(r"\.aifin-screen-only\s*\{\s*display:\s*none", css)


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_dutch_and_english_text_is_hyphenated(lang):
    """Long words break with a hyphen at line ends (soft hyphens), in the page's language."""
    text = "\n".join(pages_text(lang, "book", layout=True))
    breaks = re.findall(r"[^\W\d_]{2,}\u00ad\u2010", text)
    assert len(breaks) >= 100, f"only {len(breaks)} hyphenated line ends in the {lang} book"
    soft = re.findall(r"[^\W\d_]+(?:\u00ad[^\W\d_]+)+", text)
    from pyphen import Pyphen

    dictionary = Pyphen(lang=i18n.LOCALES[lang].hyphenation, left=3, right=3)
    word = next(w for w in soft if len(w) > 12)
    assert word == dictionary.inserted(word.replace("\u00ad", ""), hyphen="\u00ad"), (
        f"{word!r} is not hyphenated by the {lang} rules")


@pytest.mark.parametrize("lang, kind", CASES)
def test_links_point_inside_the_pdf_or_to_the_web(lang, kind):
    """Every link is an internal jump or an http(s) URL; sources are printed as notes."""
    from pypdf import PdfReader

    reader = PdfReader(_path(lang, kind))
    uris = []
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None and "/URI" in action:
                uris.append(str(action["/URI"]))
    bad = [uri for uri in uris if not re.match(r"^https?://", uri)]
    assert not bad, f"links that lead nowhere in {kind} {lang}: {bad[:5]}"
    if kind in ("book", "student"):
        text = "\n".join(pages_text(lang, kind))
        assert text.count(i18n.t("print_links", lang)) >= 5
        assert len(uris) >= 100


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_site_links_each_pdf(lang):
    """Pages link their document's PDF in their language; the student edition never links the
    full book or the teacher's guide; the landing pages list the PDFs that exist."""
    checks = {("", "introduction"): "book", ("", "worksheet_introduction"): "worksheets",
              ("", "teachers_guide"): "teachers_guide", ("student", "glossary"): "student",
              ("student", "worksheet_introduction"): "worksheets"}
    for (edition, page), kind in checks.items():
        folder = SITE / edition / lang if edition else SITE / lang
        soup = BeautifulSoup((folder / f"{page}.html").read_text(encoding="utf-8"),
                             "html.parser")
        link = soup.select_one("a.aifin-pdf-link")
        assert link is not None, f"{edition or 'full'} {page} has no PDF link"
        assert link["href"] == f"../pdf/{build_pdf.pdf_name(kind, lang)}"
        assert (folder / link["href"]).resolve().is_file()
        assert link.get_text(strip=True) == i18n.t("print_download", lang)
    student = SITE / "student"
    for path in student.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        for kind in ("book", "teachers_guide"):
            assert build_pdf.pdf_name(kind, lang) not in text, f"{path} links the {kind}"
    assert not (student / "pdf" / build_pdf.pdf_name("book", lang)).exists()
    for edition in ("", "student"):
        landing = (SITE / edition / "index.html").read_text(encoding="utf-8")
        for name in build_pdf.pdf_files(lang, edition).values():
            assert f'href="pdf/{name}"' in landing
