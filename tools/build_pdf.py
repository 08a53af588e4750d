"""Print editions of the book: per language, four PDFs printed from the built site, offline.

Usage: ``python tools/build_pdf.py [LANG ...]`` (default: every language whose site is built).
``tools/build_book.py`` calls it after the site (``AIFIN_PDF=0`` skips it); ``make pdf`` runs it.

For each language (under ``$AIFIN_BUILD_DIR``, default ``_build``) it writes into ``pdf/``:

- ``aifin-book-<lang>.pdf``: the book (full edition: chapters with solutions, the data appendix,
  the references, how to cite and the glossary), numbered as on the site;
- ``aifin-student-<lang>.pdf``: the same from the student edition (no solutions);
- ``aifin-worksheets-<lang>.pdf``: every worksheet, with a box to write in under each exercise
  and the figures it names from the data (no answers);
- ``aifin-teachers-guide-<lang>.pdf``: the teacher's guide and the answer key
  (:func:`aifin_lib.exercises.answer_key`).

The pages are the site's own (``html/<lang>/`` and ``html/student/<lang>/``, so every glued number,
caption, citation and cross-reference is the site's), joined into one HTML document per PDF with
the print stylesheet ``tools/print/aifin-print.css`` and printed to A4 by Debian's Chromium through
Playwright (``page.pdf``). Every chart is drawn as an SVG vector image at its starting settings by
``vl_convert`` from the Vega spec the site embeds; a chart with controls gets the table of its
named print settings (``usermeta["aifin"]["print"]``, see :func:`aifin_lib.dashboard.print_table`)
and no control, button or toolbar. Links to other pages of the same PDF stay links; other links
become numbered notes listed at the end of each chapter. Running heads name the chapter (one
named ``@page`` per chapter), the bottom margin holds the page number. Dutch and English text is
hyphenated with soft hyphens from ``pyphen``'s dictionaries (Chromium on Linux has no
hyphenation dictionaries offline). The table of contents gets its page numbers from a first
print (the PDF's named destinations). Every request the page makes is blocked: nothing is loaded
from another host, and a blocked request fails the build.

Finally the PDFs are copied into the site (``html/pdf/``: all four; ``html/student/pdf/``: the
student book and the worksheets), where the pages and the landing page link them.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BUILD = Path(os.environ.get("AIFIN_BUILD_DIR", ROOT / "_build")).resolve()
SITE = BUILD / "html"
PDF = BUILD / "pdf"
STYLESHEET = Path(__file__).resolve().parent / "print" / "aifin-print.css"
TEACHER_ONLY = ("teachers_guide",)
WORKSHEET_PREFIX = "worksheet_"

# kind -> (edition folder, file name pattern, catalogue key of its name, site editions linking it)
DOCUMENTS: dict[str, tuple[str, str, str, tuple[str, ...]]] = {
    "book": ("", "aifin-book-{lang}.pdf", "print_book", ("",)),
    "student": ("student", "aifin-student-{lang}.pdf", "print_book_student", ("", "student")),
    "worksheets": ("student", "aifin-worksheets-{lang}.pdf", "print_worksheets", ("", "student")),
    "teachers_guide": ("", "aifin-teachers-guide-{lang}.pdf", "print_teachers_guide", ("",)),
}
# Ruled lines in a worksheet's answer box (each a bordered element: every box is ruled alike,
# over its full height; a CSS gradient drops lines when Chromium prints it).
ANSWER_RULES = 6
# Significant digits of the answers in the teacher's answer key (every check() tolerance is
# wider than this rounding).
ANSWER_KEY_DIGITS = 4
WORD = re.compile(r"[^\W\d_]{7,}")
# Elements whose text is never hyphenated.
NO_HYPHENS = {"h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "kbd", "svg", "style", "script",
              "a", "th", "caption", "title", "sup"}


def pdf_name(kind: str, lang: str) -> str:
    """File name of one print edition, e.g. ``aifin-book-en.pdf``."""
    return DOCUMENTS[kind][1].format(lang=lang)


def pdf_files(lang: str, edition: str = "") -> dict[str, str]:
    """The PDFs a site edition links: ``{kind: file name}`` (see :data:`DOCUMENTS`)."""
    return {kind: pdf_name(kind, lang) for kind, spec in DOCUMENTS.items() if edition in spec[3]}


def toc_files() -> list[str]:
    """The page names of the table of contents (``_toc.yml`` or ``AIFIN_TOC``), in order."""
    import yaml

    path = Path(os.environ.get("AIFIN_TOC", ROOT / "_toc.yml"))
    toc = yaml.safe_load(path.read_text(encoding="utf-8"))
    files: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "file" in node:
                files.append(str(node["file"]))
            for key in ("parts", "chapters", "sections"):
                walk(node.get(key))
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(toc)
    return files


def book_pages() -> list[str]:
    """The pages of the book: every page but the worksheets and the teachers' pages (these
    have PDFs of their own)."""
    return [f for f in toc_files() if not f.startswith(WORKSHEET_PREFIX) and f not in TEACHER_ONLY]


# ----------------------------------------------------------------------------------------------
# charts
# ----------------------------------------------------------------------------------------------

_SVG_CACHE: dict[str, str] = {}


def chart_svg(vega: dict[str, Any], prefix: str) -> str:
    """The chart of a compiled Vega spec as an SVG (its start), with ids made unique.

    ``vl_convert`` draws the spec without its bindings (no controls); external data requests
    are refused (``allowed_base_urls=[]``). Ids (clip paths, gradients) get ``prefix`` so that
    several inline charts do not share one.
    """
    import vl_convert

    text = json.dumps(with_print_font(vega), sort_keys=True)
    key = hashlib.sha256(text.encode()).hexdigest()
    if key not in _SVG_CACHE:
        _SVG_CACHE[key] = vl_convert.vega_to_svg(json.loads(text), allowed_base_urls=[])
    svg = _SVG_CACHE[key]
    ids = set(re.findall(r'\bid="([^"]+)"', svg))
    for old in sorted(ids, key=len, reverse=True):
        new = f"{prefix}-{old}"
        svg = svg.replace(f'id="{old}"', f'id="{new}"').replace(f"url(#{old})", f"url(#{new})")
        svg = svg.replace(f'href="#{old}"', f'href="#{new}"')
    return svg


PRINT_FONT = "Liberation Sans"
"""The charts' font on paper: ``vl_convert`` lays the text out with the very font Chromium then
draws (the site's font list starts with ``system-ui``, which the two resolve differently)."""


def with_print_font(node: Any) -> Any:
    """A copy of a Vega spec whose every font (``font``, ``titleFont``, ...) is :data:`PRINT_FONT`.

    Examples
    --------
    >>> with_print_font({"config": {"font": "system-ui"}, "encode": {"font": {"value": "x"}}})
    {'config': {'font': 'Liberation Sans'}, 'encode': {'font': {'value': 'Liberation Sans'}}}
    """
    if isinstance(node, list):
        return [with_print_font(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "font" or key.endswith("Font"):
            if isinstance(value, str):
                value = PRINT_FONT
            elif isinstance(value, dict) and isinstance(value.get("value"), str):
                value = {**value, "value": PRINT_FONT}
        out[key] = with_print_font(value)
    return out


def settings_table(table: dict[str, Any], lang: str) -> str:
    """HTML of a chart's print settings table (:func:`aifin_lib.dashboard.print_table`)."""
    from aifin_lib import i18n

    esc = html.escape
    marked = ' class="shown"'
    head = ['<th scope="col"></th>']
    for index, name in enumerate(table["columns"]):
        shown = index == table.get("shown")
        note = f'<br><small>({esc(i18n.t("print_shown", lang))})</small>' if shown else ""
        head.append(f'<th scope="col"{marked if shown else ""}>{esc(name)}{note}</th>')
    rows = []
    for row in table["rows"]:
        cells = "".join(
            f'<td{marked if i == table.get("shown") else ""}>{esc(c)}</td>'
            for i, c in enumerate(row["cells"]))
        rows.append(f'<tr class="{esc(row["kind"])}"><th scope="row">{esc(row["label"])}</th>'
                    f"{cells}</tr>")
    return (f'<table class="print-settings"><caption>{esc(table["caption"])}</caption>'
            f'<thead><tr>{"".join(head)}</tr></thead><tbody>{"".join(rows)}</tbody></table>')


# ----------------------------------------------------------------------------------------------
# pages of the site -> parts of one print document
# ----------------------------------------------------------------------------------------------


@dataclass
class Part:
    """One page of the site in a print document."""

    name: str
    title: str  # the h1 text with its number, e.g. "2. Capital versus return"
    body: str = ""
    headings: list[tuple[int, str, str]] = field(default_factory=list)  # (level, text, anchor)
    charts: list[str] = field(default_factory=list)  # chart titles (for the report)
    svgs: dict[str, str] = field(default_factory=dict)  # placeholder id -> SVG markup


def _text(node: Any) -> str:
    return " ".join(node.get_text(" ", strip=True).split())


class Document:
    """One print document: its parts in order, links between them, notes for other links."""

    def __init__(self, lang: str, edition: str, names: set[str]) -> None:
        self.lang = lang
        self.edition = edition
        self.names = names  # the pages in this document: links to them stay links
        self.folder = SITE / edition / lang if edition else SITE / lang
        self.chart_count = 0

    # ---- reading --------------------------------------------------------------------------
    def soup(self, name: str) -> Any:
        """The article of one site page (BeautifulSoup)."""
        from bs4 import BeautifulSoup

        path = self.folder / f"{name}.html"
        if not path.is_file():
            raise SystemExit(f"{path} is missing: build the site first (tools/build_book.py)")
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        article = page.select_one("article.bd-article")
        if article is None:
            raise SystemExit(f"{path} has no <article class=\"bd-article\">")
        return article

    def title_of(self, name: str) -> str:
        """The numbered title of one page (its first h1), without its ``#`` header link."""
        heading = self.soup(name).find("h1")
        if heading is None:
            return name
        for link in heading.select("a.headerlink"):
            link.decompose()
        return _text(heading)

    # ---- transforming ---------------------------------------------------------------------
    def part(self, name: str, article: Any | None = None) -> Part:
        """Turn one site page into a part of the document (see the module docstring).

        The page is parsed once; charts become placeholders, filled with their SVG when the
        document is written (:meth:`Part.html`), so their many elements are never re-parsed.
        """
        from bs4 import BeautifulSoup

        article = self.soup(name) if article is None else article
        for node in article.select("a.headerlink, .aifin-chart-toolbar, .aifin-chart-controls, "
                                   ".aifin-chart-status, .aifin-chart-panel, button, "
                                   ".d-print-none, .aifin-screen-only, "
                                   "p.aifin-teachers-pack, [hidden], "
                                   "div.aifin-lang-switch"):
            node.decompose()
        charts: list[str] = []
        svgs: dict[str, str] = {}
        for chart in article.select("div.aifin-chart"):
            script = chart.select_one("script.aifin-chart-spec")
            spec = json.loads(script.string or script.get_text())
            self.chart_count += 1
            prefix = f"c{self.chart_count}"
            label = chart.get("aria-label", "")
            svgs[prefix] = chart_svg(spec, prefix)
            title = spec.get("title")
            if isinstance(title, dict):
                text = title.get("text")
                title = text if isinstance(text, str) else ""
                if not title:  # a narrow-screen signal: the wide text is the last literal
                    found = re.findall(r'"((?:[^"\\]|\\.)*)"', json.dumps(spec["title"]))
                    title = found[-1] if found else ""
            charts.append(str(title or label))
            table = ((spec.get("usermeta") or {}).get("aifin") or {}).get("print")
            extra = settings_table(table, self.lang) if table else ""
            markup = (f'<div class="print-chart" role="img" aria-label="{html.escape(label)}">'
                      f"<!--chart:{prefix}--></div>{extra}")
            chart.replace_with(BeautifulSoup(markup, "html.parser"))
        for script in article.find_all("script"):
            script.decompose()
        # ids: unique across the document
        for node in article.find_all(id=True):
            node["id"] = f"{name}--{node['id']}"
        title_node = article.find("h1")
        title = _text(title_node) if title_node else name
        headings = []
        for heading in article.find_all(["h1", "h2"]):
            anchor = heading.get("id") or (heading.parent.get("id")
                                           if heading.parent is not None else None)
            if anchor is None:
                anchor = f"{name}--h{len(headings)}"
                heading["id"] = anchor
            headings.append((int(heading.name[1]), _text(heading), anchor))
        notes = self.relink(article, name)
        hyphenate(article, self.lang)
        body = str(article) + notes
        return Part(name, title, body, headings, charts, svgs)

    def relink(self, article: Any, page: str) -> str:
        """Internal links to in-document anchors; other links become numbered notes.

        Returns the list of notes (HTML) to put at the end of the part.
        """
        notes: dict[str, int] = {}
        for link in article.find_all("a", href=True):
            href = link["href"]
            target = self._target(href, page, self.names)
            if target is not None:
                link["href"] = target
                link["class"] = [*link.get("class", []), "internal-link"]
                continue
            if re.match(r"^https?://", href):
                text = _text(link)
                if text.rstrip("/") == href.rstrip("/") or text in (href.split("://", 1)[-1],):
                    link["class"] = [*link.get("class", []), "printed-url"]
                    continue  # the URL is printed as the link's text already
                number = notes.setdefault(href, len(notes) + 1)
                marker = article.new_tag("sup", attrs={"class": "print-note"})
                marker.string = f"[{number}]"
                link.insert_after(marker)
                continue
            link.unwrap()  # a download, another edition's page or a missing target
        if not notes:
            return ""
        from aifin_lib import i18n

        items = "".join(f'<li><a href="{html.escape(url, quote=True)}">{html.escape(url)}'
                        f"</a></li>" for url in notes)
        heading = html.escape(i18n.t("print_links", self.lang))
        note = html.escape(i18n.t("print_links_note", self.lang))
        return (f'<section class="print-links"><h2>{heading}</h2><p>{note}</p>'
                f"<ol>{items}</ol></section>")

    @staticmethod
    def _target(href: str, page: str, names: set[str]) -> str | None:
        """The in-document anchor of a site link, or ``None`` if it leaves the document."""
        if href.startswith("#"):
            return f"#{page}--{href[1:]}" if len(href) > 1 else f"#{page}"
        match = re.fullmatch(r"(?:\./)?([\w-]+)\.html(?:#(.*))?", href)
        if match and match[1] in names:
            return f"#{match[1]}--{match[2]}" if match[2] else f"#{match[1]}"
        return None


# ----------------------------------------------------------------------------------------------
# hyphenation
# ----------------------------------------------------------------------------------------------


def hyphenate(soup: Any, lang: str) -> None:
    """Insert soft hyphens into the long words of running text (not headings, code, links)."""
    import pyphen
    from bs4 import NavigableString

    from aifin_lib import i18n

    dictionary = pyphen.Pyphen(lang=i18n.LOCALES[lang].hyphenation, left=3, right=3)
    cache: dict[str, str] = {}

    def word(match: re.Match[str]) -> str:
        text = match[0]
        if text not in cache:
            cache[text] = dictionary.inserted(text, hyphen="\u00ad")
        return cache[text]

    for node in soup.find_all(string=True):
        if not isinstance(node, NavigableString) or type(node) is not NavigableString:
            continue
        if any(parent.name in NO_HYPHENS for parent in node.parents):
            continue
        text = str(node)
        new = WORD.sub(word, text)
        if new != text:
            node.replace_with(NavigableString(new))


# ----------------------------------------------------------------------------------------------
# the documents
# ----------------------------------------------------------------------------------------------


def css_string(text: str) -> str:
    """A CSS string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def _doc_name(kind: str, lang: str) -> str:
    from aifin_lib import i18n

    return i18n.t(DOCUMENTS[kind][2], lang)


def page_document(lang: str, kind: str, parts: list[Part], front: str, toc: list[Any],
                  pages: dict[str, int] | None) -> str:
    """The whole HTML document of one PDF: cover, contents, parts, with running heads."""
    from aifin_lib import i18n

    book = i18n.t("book_title", lang)
    styles = [STYLESHEET.read_text(encoding="utf-8")]
    head = 'font: 8.5pt "Liberation Sans", "DejaVu Sans", sans-serif; color: #555;'
    sections = []
    for index, part in enumerate(parts):
        styles.append(
            f"@page run-{index} {{ @top-left {{ content: {css_string(part.title)}; {head} }} "
            f"@top-right {{ content: {css_string(book)}; {head} }} }}\n"
            f"section.run-{index} {{ page: run-{index}; }}")
        body = part.body
        for prefix, svg in part.svgs.items():
            body = body.replace(f"<!--chart:{prefix}-->", svg, 1)
        sections.append(f'<section class="print-doc run-{index}" id="{part.name}">'
                        f"{body}</section>")
    contents = ""
    if toc:
        lines = []
        for level, text, anchor, separate in toc:
            if separate:
                lines.append(f'<li class="toc-{level}"><span class="toc-line"><span '
                             f'class="toc-title">{html.escape(text)} <span class="toc-separate">'
                             f'({html.escape(i18n.t("print_separate", lang))})</span></span>'
                             f"</span></li>")
                continue
            number = "" if pages is None else str(pages.get(anchor, ""))
            lines.append(f'<li class="toc-{level}"><a class="toc-line" href="#{anchor}">'
                         f'<span class="toc-title">{html.escape(text)}</span>'
                         f'<span class="toc-dots"></span><span class="toc-page">{number}</span>'
                         f"</a></li>")
        contents = (f'<nav class="print-toc"><h1>{html.escape(i18n.t("print_contents", lang))}'
                    f'</h1><ol>{"".join(lines)}</ol></nav>')
    title = f"{book} — {_doc_name(kind, lang)}"
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(title)}</title>\n"
            f'<meta name="author" content="{html.escape(author(lang), quote=True)}">\n'
            f"<style>\n{chr(10).join(styles)}\n</style>\n</head>\n<body>\n{front}\n{contents}\n"
            f'{"".join(sections)}\n</body>\n</html>\n')


def author(lang: str) -> str:
    """The book's author line in ``lang`` (the site's catalogue)."""
    sys.path.insert(0, str(ROOT / "book" / "_ext"))
    import yaml
    from aifin_book import site_messages

    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8")) or {}
    name = str(config.get("author", ""))
    return site_messages(lang).get(name, name)


def cover(lang: str, kind: str) -> str:
    """The first page: title, which document, author, licence, how charts print."""
    from aifin_lib import i18n

    esc = html.escape
    return (f'<div class="print-cover"><p class="print-title">{esc(i18n.t("book_title", lang))}'
            f'</p><p class="print-subtitle">{esc(_doc_name(kind, lang))}</p>'
            f'<p class="print-meta">{esc(author(lang))}</p>'
            f'<p class="print-note">{esc(i18n.t("print_cover_note", lang))}<br>'
            f'{esc(i18n.t("print_licence", lang))}</p></div>')


# ---- worksheets ------------------------------------------------------------------------------


def _code_text(cell: Any) -> str:
    pre = cell.select_one(".cell_input pre")
    return pre.get_text() if pre is not None else ""


def worksheet_part(document: Document, name: str) -> Part:
    """One worksheet for paper: a box to write in instead of each answer cell, no checks."""
    from bs4 import BeautifulSoup

    from aifin_lib import i18n

    article = document.soup(name)
    lang = document.lang
    esc = html.escape
    for cell in article.select("div.cell"):
        code = _code_text(cell)
        if re.search(r"\bcheck\(", code):
            cell.decompose()
        elif re.search(r"^\s*answer\s*=\s*\.\.\.", code, re.M):
            rules = '<span class="print-rule"></span>' * ANSWER_RULES
            box = (f'<div class="print-answer-box"><p class="print-box-label">'
                   f'{esc(i18n.t("print_working", lang))}</p><div class="print-lines">{rules}'
                   f'</div><p class="print-answer-line">{esc(i18n.t("print_answer", lang))}:'
                   f"</p></div>")
            cell.replace_with(BeautifulSoup(box, "html.parser"))
    for section in article.find_all("section"):
        heading = section.find(["h2"], recursive=False)
        if heading is None or section.select_one(".print-answer-box") is None:
            continue
        section["class"] = [*section.get("class", []), "print-worksheet-exercise"]
        used = data_figures(" ".join(code.get_text() for code in section.find_all(["code", "pre"])),
                            lang)
        if used:
            items = "".join(f"<li><code>{esc(k)}</code>: {esc(v)}</li>" for k, v in used)
            note = BeautifulSoup(f'<div class="print-data-used"><p>'
                                 f'{esc(i18n.t("print_data_used", lang))}</p><ul>{items}</ul>'
                                 f"</div>", "html.parser")
            section.select_one(".print-answer-box").insert_before(note)
    heading = article.find("h1")
    if heading is not None:
        line = BeautifulSoup(
            f'<div class="print-name-line"><span>{esc(i18n.t("print_name", lang))}:</span>'
            f'<span class="print-class">{esc(i18n.t("print_class", lang))}:</span></div>'
            f'<p class="print-worksheet-note">{esc(i18n.t("print_worksheet_note", lang))}</p>',
            "html.parser")
        heading.insert_after(line)
    return document.part(name, article)


def data_figures(text: str, lang: str) -> list[tuple[str, str]]:
    """The figures of ``data/`` named in ``text`` (metric ids), in their unit, with the period.

    Written as the data appendix writes them (:func:`aifin_lib.tables.format_value`).
    """
    from aifin_lib import data, tables

    found = []
    for metric in dict.fromkeys(re.findall(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b", text)):
        try:
            figure = data.figure(metric)
        except (KeyError, ValueError):
            continue
        found.append((metric, f"{tables.format_value(figure.value, figure.unit, lang)} "
                              f"({figure.period})"))
    return found


# ---- the answer key ----------------------------------------------------------------------------


def worksheet_questions(document: Document, names: list[str]) -> dict[str, str]:
    """The question of every worksheet exercise on the site, ``{exercise id: HTML}``.

    The paragraphs of the exercise's section, as the site shows them, without links or ids.
    """
    questions: dict[str, str] = {}
    for name in names:
        article = document.soup(name)
        for section in article.find_all("section"):
            heading = section.find("h2", recursive=False)
            if heading is None:
                continue
            ids = []
            for cell in section.select("div.cell"):
                ids += re.findall(r"check\(\s*[\"']([\w-]+)[\"']", _code_text(cell))
                cell.decompose()
            paragraphs = section.find_all("p", recursive=False)
            for paragraph in paragraphs:
                for link in paragraph.find_all("a"):
                    link.unwrap()
                for node in [paragraph, *paragraph.find_all(True)]:
                    node.attrs.pop("id", None)
            markup = "".join(str(p) for p in paragraphs)
            for exercise_id in ids:
                questions.setdefault(exercise_id, markup)
    return questions


def answer_key_part(document: Document, worksheets: list[str]) -> Part:
    """The answer key: every worksheet exercise, its question and its answer."""
    from aifin_lib import exercises, i18n

    lang = document.lang
    esc = html.escape
    questions = worksheet_questions(document, worksheets)
    items = []
    for exercise_id, title, answer in exercises.answer_key(lang, ANSWER_KEY_DIGITS):
        question = questions.get(exercise_id, "")
        items.append(f'<section class="print-key-item"><h3><code>{esc(exercise_id)}</code> · '
                     f"{esc(title)}</h3>{question}"
                     f'<p class="print-key-answer"><strong>{esc(i18n.t("print_answer", lang))}:'
                     f"</strong> {esc(answer)}</p></section>")
    body = (f'<article><section id="answer_key--answer-key">'
            f'<h1>{esc(i18n.t("print_answer_key", lang))}</h1>'
            f'<p>{esc(i18n.t("print_answer_key_intro", lang))}</p>'
            f'{"".join(items)}</section></article>')
    title = i18n.t("print_answer_key", lang)
    return Part("answer_key", title, body, [(1, title, "answer_key--answer-key")])


# ---- assembling one PDF -------------------------------------------------------------------------


@dataclass
class Built:
    """What was printed: the file, its pages, its chapters and charts (for the report)."""

    kind: str
    lang: str
    path: Path
    pages: int
    seconds: float
    titles: list[str]
    charts: list[str]


def document_parts(lang: str, kind: str) -> tuple[list[Part], list[Any]]:
    """The parts of one PDF and its table of contents entries."""
    edition = DOCUMENTS[kind][0]
    folder = SITE / edition / lang if edition else SITE / lang
    pages = [p for p in toc_files() if (folder / f"{p}.html").is_file()]
    worksheets = [p for p in pages if p.startswith(WORKSHEET_PREFIX)]
    if kind in ("book", "student"):
        names = [p for p in pages if p not in worksheets and p not in TEACHER_ONLY]
    elif kind == "worksheets":
        names = worksheets
    else:
        names = [p for p in pages if p in TEACHER_ONLY] + ["answer_key"]
    document = Document(lang, edition, set(names))
    toc: list[Any] = []
    parts: list[Part] = []
    if kind in ("book", "student"):
        parts = [document.part(name) for name in names]
        inside = {p.name for p in parts}
        worksheets_done = False
        for name in pages:
            if name in inside:
                part = next(p for p in parts if p.name == name)
                toc += [(level, text, anchor, False) for level, text, anchor in part.headings]
            elif name.startswith(WORKSHEET_PREFIX):
                if not worksheets_done:
                    toc.append((1, _doc_name("worksheets", lang), "", True))
                    worksheets_done = True
            else:
                toc.append((1, document.title_of(name), "", True))
    elif kind == "worksheets":
        parts = [worksheet_part(document, name) for name in names]
        toc = [(level, text, anchor, False) for part in parts
               for level, text, anchor in part.headings if level == 1]
    else:
        parts = [document.part(name) for name in names[:-1]]
        parts.append(answer_key_part(document, worksheets))
        toc = [(level, text, anchor, False) for part in parts
               for level, text, anchor in part.headings]
    return parts, toc


def print_pdf(browser: Any, markup: str, target: Path) -> list[str]:
    """Print one HTML document to ``target`` with Chromium; return the requests it tried."""
    tried: list[str] = []
    context = browser.new_context()
    try:
        page = context.new_page()

        def block(route: Any) -> None:
            tried.append(route.request.url)
            route.abort()

        page.route(re.compile(r"^(?!data:).*"), block)
        page.set_content(markup, wait_until="load")
        page.emulate_media(media="print")
        page.pdf(path=str(target), format="A4", prefer_css_page_size=True, print_background=True,
                 outline=True, tagged=True, display_header_footer=False)
    finally:
        context.close()
    return tried


def destinations(path: Path) -> dict[str, int]:
    """Page numbers (from 1) of the named destinations of a PDF: ``{anchor: page}``."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    out = {}
    for name, dest in reader.named_destinations.items():
        page = reader.get_destination_page_number(dest)
        if page is not None and page >= 0:
            out[name.lstrip("/")] = page + 1
    return out


def set_metadata(path: Path, lang: str, kind: str) -> int:
    """Write title, author, subject and language into the PDF; return its page count."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    from aifin_lib import i18n

    reader = PdfReader(path)
    writer = PdfWriter(clone_from=reader)
    title = f"{i18n.t('book_title', lang)} — {_doc_name(kind, lang)}"
    writer.add_metadata({"/Title": title, "/Author": author(lang),
                         "/Subject": i18n.t("landing_blurb", lang), "/Creator": "aifin"})
    writer._root_object[NameObject("/Lang")] = TextStringObject(lang)
    writer.page_mode = "/UseOutlines"
    temporary = path.with_suffix(".tmp.pdf")
    with temporary.open("wb") as handle:
        writer.write(handle)
    temporary.replace(path)
    return len(reader.pages)


def build_document(browser: Any, lang: str, kind: str) -> Built:
    """Build one PDF (two prints when it has a table of contents)."""
    started = time.monotonic()
    parts, toc = document_parts(lang, kind)
    front = cover(lang, kind)
    target = PDF / pdf_name(kind, lang)
    target.parent.mkdir(parents=True, exist_ok=True)
    markup = page_document(lang, kind, parts, front, toc, None)
    tried = print_pdf(browser, markup, target)
    if toc:
        pages = destinations(target)
        markup = page_document(lang, kind, parts, front, toc, pages)
        tried += print_pdf(browser, markup, target)
        again = destinations(target)
        moved = {a: (pages.get(a), again.get(a)) for a in again if pages.get(a) != again.get(a)}
        if moved:
            markup = page_document(lang, kind, parts, front, toc, again)
            tried += print_pdf(browser, markup, target)
    if tried:
        raise SystemExit(f"printing {target.name} tried to load {sorted(set(tried))[:5]}: "
                         "a print document must be self-contained")
    count = set_metadata(target, lang, kind)
    (PDF / f"{target.stem}.html").write_text(markup, encoding="utf-8")  # for inspection
    charts = [title for part in parts for title in part.charts]
    return Built(kind, lang, target, count, time.monotonic() - started,
                 [p.title for p in parts], charts)


def build_language(lang: str, kinds: list[str]) -> list[Built]:
    """Build the PDFs of one language in one browser."""
    sys.path.insert(0, str(ROOT / "tools"))
    import sitecheck

    from aifin_lib import i18n

    i18n.set_language(lang)
    built = []
    with sitecheck.launch() as browser:
        for kind in kinds:
            built.append(build_document(browser, lang, kind))
    return built


def publish(languages: list[str]) -> None:
    """Copy the PDFs into the site: ``html/pdf/`` (all) and ``html/student/pdf/`` (students')."""
    for edition in ("", "student"):
        folder = SITE / edition / "pdf" if edition else SITE / "pdf"
        if not (folder.parent / languages[0]).is_dir():
            continue
        folder.mkdir(parents=True, exist_ok=True)
        for lang in languages:
            for name in pdf_files(lang, edition).values():
                shutil.copyfile(PDF / name, folder / name)


def _seconds_file(lang: str) -> Path:
    """Where the process printing one language leaves its build seconds per file."""
    return PDF / f".seconds-{lang}.json"


def manifest(languages: list[str]) -> dict[str, Any]:
    """``pdf/manifest.json``: per file its language, kind, pages, bytes (for the site) and the
    seconds it took to build (``seconds``, wall clock on this machine, when known)."""
    from pypdf import PdfReader

    path = PDF / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    for lang in languages:
        timing = _seconds_file(lang)
        seconds = json.loads(timing.read_text(encoding="utf-8")) if timing.is_file() else {}
        timing.unlink(missing_ok=True)
        for kind in DOCUMENTS:
            file = PDF / pdf_name(kind, lang)
            if file.is_file():
                entry = {"lang": lang, "kind": kind, "pages": len(PdfReader(file).pages),
                         "bytes": file.stat().st_size}
                if file.name in seconds:
                    entry["seconds"] = seconds[file.name]
                data[file.name] = entry
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return data


def _run_language(lang: str) -> tuple[str, str, float]:
    """Build one language in a process of its own (Playwright's sync API is per thread)."""
    started = time.monotonic()
    done = subprocess.run([sys.executable, __file__, "--one", lang], capture_output=True,
                          text=True, check=False, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"printing the {lang!r} PDFs failed:\n{done.stdout[-3000:]}"
                         f"{done.stderr[-3000:]}")
    return lang, done.stdout, time.monotonic() - started


def main(argv: list[str]) -> None:
    """Build the PDFs of the requested languages (default: every built one), in parallel."""
    sys.path.insert(0, str(ROOT))
    from aifin_lib import i18n

    if argv[:1] == ["--one"]:
        done = build_language(argv[1], list(DOCUMENTS))
        for built in done:
            size = built.path.stat().st_size / 1e6
            print(f"  {built.path.name}: {built.pages} pages, {size:.1f} MB, "
                  f"{len(built.charts)} charts, {built.seconds:.1f} s")
        _seconds_file(argv[1]).write_text(
            json.dumps({b.path.name: round(b.seconds, 1) for b in done}), encoding="utf-8")
        return
    languages = argv or [lang for lang in i18n.LANGUAGES if (SITE / lang).is_dir()]
    for lang in languages:
        if lang not in i18n.LANGUAGES:
            raise SystemExit(f"unknown language {lang!r}; expected one of {i18n.LANGUAGES}")
        if not (SITE / lang).is_dir() or not (SITE / "student" / lang).is_dir():
            raise SystemExit(f"the site of {lang!r} is not built: run tools/build_book.py first")
    started = time.monotonic()
    PDF.mkdir(parents=True, exist_ok=True)
    jobs = max(1, min(len(languages), int(os.environ.get("AIFIN_JOBS", os.cpu_count() or 1))))
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for lang, log, seconds in pool.map(_run_language, languages):
            print(f"printed the {lang} PDFs in {seconds:.0f} s\n{log}", end="")
    manifest(languages)
    publish(languages)
    print(f"printed {', '.join(languages)} into {PDF} in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
