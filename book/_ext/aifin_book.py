"""Sphinx extension of the aifin book: one language per page, light and accessible pages.

- **One language.** The site's interface strings (theme, extensions, search page, the book's
  own chrome) come from the book's catalogue ``aifin_lib/locale/<lang>/LC_MESSAGES/aifin.po``,
  laid over the theme's and extensions' own gettext catalogues so that the book's translation
  wins. Each language is built in its own Python process (``tools/build_book.py``), because
  Sphinx keeps gettext catalogues process-wide.
- **Language links.** Every page gets ``<link rel="alternate" hreflang=...>`` to itself and its
  counterparts in the other languages (absolute when ``aifin_site_url`` is set), and a visible
  link to each counterpart (``<a hreflang=...>``), written in that language.
- **Light pages.** No icon font or icon script: the few icons the theme shows are drawn by a
  small stylesheet that holds their SVG shapes (taken at build time from the theme's own Font
  Awesome Free, CC BY 4.0); the theme's and extensions' unused CSS rules are dropped with the
  pinned PurgeCSS (``package.json``); the search index is loaded only on the search page.
- **Valid, accessible HTML.** sphinx-exercise's repeated ``exercise-content`` /
  ``solution-content`` ids are made unique; bibliography entries get a current ARIA role.
- **Citations in the page's language.** The reference style ``aifin_author_year`` (author-year,
  ``_config.yml``) and the bibliography style ``aifin_plain`` (pybtex's ``plain``) join
  authors' names as the language of the build does ("Eisenberg en Noe", "Eisenberg and
  Noe"), with the list patterns of Babel's CLDR data.
- A ``<meta name="description">`` per page (front matter or first paragraph) and a favicon.
- The Vega bundle and the chart script are loaded only on pages with charts.
- **Print editions.** With ``aifin_pdfs`` set (``tools/build_book.py``, from
  ``tools/build_pdf.py``), every page links the PDF of its document in the article header: the
  book (or the student edition), the worksheets or the teacher's guide.
"""

from __future__ import annotations

import gettext
import html
import json
import re
import shutil
import subprocess
import urllib.parse
from functools import cache
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

LOGGER = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
VEGA_BUNDLE = "vega/vega.min.js"
CHART_SCRIPT = "vega/aifin-charts.js"
CHART_STYLES = "vega/aifin-charts.css"
STYLESHEET = "aifin.css"
CSS = (HERE / "aifin.css").read_text(encoding="utf-8")
ICONS_STYLESHEET = "aifin-icons.css"
FAVICON = HERE / "aifin-icon.svg"
TEMPLATES = HERE.parent / "_templates"
TEACHERS_PACK = "teachers_pack.zip"
NODE_MODULES = ROOT / "node_modules"
DESCRIPTION_LENGTH = 160
# CSS of the theme and its extensions that PurgeCSS trims (paths under _static).
PURGED_CSS = ("styles/pydata-sphinx-theme.css", "styles/sphinx-book-theme.css", "basic.css",
              "pygments.css", "togglebutton.css", "copybutton.css", "exercise.css")
# State classes that Bootstrap's script builds from parts (kept whatever the pages hold).
PURGE_SAFELIST = ["show", "showing", "hiding", "collapsing", "fade", "active", "disabled"]
# Where the stylesheets that PurgeCSS trims come from: {file name: (package, folder)}.
PACKAGE_CSS = {
    "pydata-sphinx-theme.css": ("pydata_sphinx_theme",
                                "theme/pydata_sphinx_theme/static/styles"),
    "sphinx-book-theme.css": ("sphinx_book_theme", "theme/sphinx_book_theme/static/styles"),
    "togglebutton.css": ("sphinx_togglebutton", "_static"),
    "copybutton.css": ("sphinx_copybutton", "_static"),
    "exercise.css": ("sphinx_exercise", "assets/html"),
    "mystnb.css": ("myst_nb", "static"),
}


# ----------------------------------------------------------------------------------------------
# the book's catalogue of interface strings
# ----------------------------------------------------------------------------------------------


@cache
def site_catalogue(lang: str) -> Any:
    """The book's catalogue of ``lang`` as Babel reads it (a ``babel.messages.Catalog``).

    Raises
    ------
    FileNotFoundError
        If the language has no catalogue ``aifin_lib/locale/<lang>/LC_MESSAGES/aifin.po``.
    """
    from babel.messages.pofile import read_po

    from aifin_lib.i18n import messages

    path = messages.catalogue_path(lang)
    if not path.is_file():
        raise FileNotFoundError(f"no catalogue for language {lang!r}: {path} is missing")
    with path.open("rb") as handle:
        return read_po(handle, ignore_obsolete=True, abort_invalid=True)


@cache
def site_messages(lang: str) -> dict[str, str]:
    """The book's interface strings in ``lang``: ``{English msgid: text}``.

    These are the catalogue's messages without a ``msgctxt``; the messages with one are the
    book's own texts, read by :func:`aifin_lib.i18n.t`.

    Parameters
    ----------
    lang : str
        A language of :data:`aifin_lib.i18n.LANGUAGES`.

    Raises
    ------
    FileNotFoundError
        If the language has no catalogue ``aifin_lib/locale/<lang>/LC_MESSAGES/aifin.po``.
    ValueError
        If an entry of the catalogue has no translation, or is marked fuzzy.
    """
    catalogue = site_catalogue(lang)
    messages = {}
    for message in catalogue:
        if not message.id or message.context is not None:
            continue
        if not message.string or message.fuzzy:
            raise ValueError(f"{lang} catalogue: {message.id!r} has no translation"
                             + (" (fuzzy)" if message.fuzzy else ""))
        messages[str(message.id)] = str(message.string)
    return messages


def site_t(msgid: str, lang: str, **fields: Any) -> str:
    """Translate one interface string of the book's catalogue (no fallback: KeyError)."""
    text = site_messages(lang)[msgid]
    return text.format(**fields) if fields else text


def language_name(lang: str) -> str:
    """The name of a language in that language, from Babel (``nl`` -> ``Nederlands``)."""
    from aifin_lib.i18n import book_locale

    return book_locale(lang).name


class _Overlay(gettext.NullTranslations):
    """A gettext catalogue that answers from the book's strings, then from the one below it."""

    def __init__(self, messages: dict[str, str], below: gettext.NullTranslations | None) -> None:
        super().__init__()
        self._messages = messages
        if below is not None:
            self.add_fallback(below)

    def gettext(self, message: str) -> str:
        """The book's text for ``message``, else the theme's."""
        if message in self._messages:
            return self._messages[message]
        return self._fallback.gettext(message) if self._fallback else message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        """Plural forms come from the catalogue below (the book has none of its own)."""
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2


def install_translations(app: Sphinx) -> None:
    """Lay the book's catalogue over every gettext catalogue the theme and extensions use."""
    from sphinx import locale

    messages = site_messages(app.config.language)
    for (namespace, domain), translator in list(locale.translators.items()):
        if namespace != "general" or isinstance(translator, _Overlay):
            continue
        overlay = _Overlay(messages, translator)
        locale.translators[(namespace, domain)] = overlay
        if domain == "sphinx":
            app.translator = overlay


def configure_language(app: Sphinx, config: Any) -> None:
    """Settings that hold interface strings: take them from the book's catalogue."""
    lang = config.language
    install_translations(app)
    config.togglebutton_hint = site_t("Click to show", lang)
    config.togglebutton_hint_hide = site_t("Click to hide", lang)
    config.author = site_t(config.author, lang) if config.author in site_messages(lang) else (
        config.author)
    config.html_favicon = str(FAVICON)


# ----------------------------------------------------------------------------------------------
# citations: names joined in the page's language
# ----------------------------------------------------------------------------------------------

REFERENCE_STYLE = "aifin_author_year"
"""The sphinxcontrib-bibtex reference style of the book (``bibtex_reference_style``)."""
BIBLIOGRAPHY_STYLE = "aifin_plain"
"""The pybtex style of the book's bibliography (``bibtex_default_style``)."""


def name_separators(lang: str) -> tuple[str, str, str]:
    """How ``lang`` joins a list of names: between two of three or more, between the only two,
    before the last of three or more (Babel's CLDR list patterns).

    >>> from aifin_lib.i18n import LANGUAGES
    >>> sorted(name_separators(lang) for lang in LANGUAGES)
    [(', ', ' and ', ', and '), (', ', ' en ', ' en ')]
    """
    from aifin_lib import i18n

    patterns = i18n.LOCALES[lang].locale.list_patterns["standard"]

    def between(pattern: str) -> str:
        return pattern.split("{0}", 1)[1].split("{1}", 1)[0]

    return between(patterns["middle"]), between(patterns["2"]), between(patterns["end"])


def register_citation_styles(app: Sphinx, config: Any) -> None:
    """Register the reference and bibliography styles that join names in the build's language
    (every language is built in its own process, so one registration per process)."""
    from dataclasses import dataclass, field

    import pybtex.plugin
    from pybtex.style.formatting.plain import Style as PlainStyle
    from pybtex.style.template import names, sentence
    from sphinxcontrib.bibtex import plugin
    from sphinxcontrib.bibtex.style.referencing import PersonStyle
    from sphinxcontrib.bibtex.style.referencing.author_year import AuthorYearReferenceStyle

    sep, sep2, last_sep = name_separators(config.language)

    @dataclass
    class ReferenceStyle(AuthorYearReferenceStyle):
        """Author-year citations, names joined in the build's language."""

        person: PersonStyle = field(default_factory=lambda: PersonStyle(
            sep=sep, sep2=sep2, last_sep=last_sep))

    class BibliographyStyle(PlainStyle):
        """pybtex's ``plain`` style, names joined in the build's language."""

        def format_names(self, role: str, as_sentence: bool = True) -> Any:
            formatted = names(role, sep=sep, sep2=sep2, last_sep=last_sep)
            return sentence[formatted] if as_sentence else formatted

    plugin.register_plugin("sphinxcontrib.bibtex.style.referencing", REFERENCE_STYLE,
                           ReferenceStyle, force=True)
    pybtex.plugin.register_plugin("pybtex.style.formatting", BIBLIOGRAPHY_STYLE,
                                  BibliographyStyle, force=True)


def reinstall_template_translations(app: Sphinx) -> None:
    """Make the templates' ``_()`` use the book's catalogue (domains added late included)."""
    install_translations(app)
    templates = getattr(app.builder, "templates", None)
    environment = getattr(templates, "environment", None)
    if environment is not None:
        environment.install_gettext_translations(app.translator)  # type: ignore[attr-defined]


# ----------------------------------------------------------------------------------------------
# pages: language links, description, valid ids
# ----------------------------------------------------------------------------------------------


def _relative_root(pagename: str) -> str:
    """Path from a page to the folder that holds the language folders."""
    return "../" * (pagename.count("/") + 1)


def add_language_links(app: Sphinx, pagename: str, templatename: str,
                       context: dict[str, Any], doctree: Any) -> None:
    """Add hreflang alternates to the head and the data for the visible language switch."""
    from aifin_lib.i18n import LANGUAGES, LOCALES

    lang = app.config.language
    site_url = app.config.aifin_site_url
    root = site_url.rstrip("/") + "/" if site_url else _relative_root(pagename)
    links = []
    for code in LANGUAGES:
        href = f"{root}{code}/{pagename}.html"
        links.append(f'<link rel="alternate" hreflang="{LOCALES[code].hreflang}" '
                     f'href="{html.escape(href)}" />')
    links.append(f'<link rel="alternate" hreflang="x-default" href="{html.escape(root)}'
                 f'index.html" />')
    context["metatags"] = context.get("metatags", "") + "\n".join(links) + "\n"
    relative = _relative_root(pagename)
    context["aifin_lang_links"] = [
        {"code": code, "hreflang": LOCALES[code].hreflang,
         "href": f"{relative}{code}/{pagename}.html",
         "text": site_t("This page in {language}", code, language=language_name(code)),
         "short": language_name(code)}
        for code in LANGUAGES if code != lang
    ]


def _first_paragraph(doctree: nodes.Node) -> str:
    """The text of the first real paragraph of a page (not in an admonition, table or caption)."""
    skip = (nodes.Admonition, nodes.table, nodes.caption, nodes.figure, nodes.footnote,
            nodes.citation, nodes.field_list, nodes.sidebar, nodes.topic)
    for paragraph in doctree.findall(nodes.paragraph):
        parent, inside = paragraph.parent, False
        while parent is not None:
            if isinstance(parent, skip) or "admonition" in " ".join(parent.get("classes", [])):
                inside = True
                break
            parent = parent.parent
        text = " ".join(paragraph.astext().split())
        if not inside and len(text) >= 40:
            return text
    return ""


def shorten(text: str, limit: int = DESCRIPTION_LENGTH) -> str:
    """Cut ``text`` at a word boundary to at most ``limit`` characters (with an ellipsis)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.-–— ")
    return cut + "…"


def add_description(app: Sphinx, pagename: str, templatename: str,
                    context: dict[str, Any], doctree: Any) -> None:
    """Add ``<meta name="description">``: the front matter's, else the first paragraph."""
    from aifin_lib import i18n

    metatags = context.get("metatags", "")
    if 'name="description"' in metatags:
        return
    meta = context.get("meta") or {}
    text = str(meta.get("description", "")) if isinstance(meta, dict) else ""
    if not text and doctree is not None:
        text = _first_paragraph(doctree)
    if not text:
        text = i18n.t("landing_blurb", app.config.language)
    context["metatags"] = (metatags + f'<meta name="description" '
                           f'content="{html.escape(shorten(text), quote=True)}" />\n')


def fix_body(app: Sphinx, pagename: str, templatename: str,
             context: dict[str, Any], doctree: Any) -> None:
    """Repair the HTML of extensions: current ARIA roles of bibliography entries."""
    body = context.get("body")
    if body:
        # docutils writes role="doc-biblioentry" (deprecated in ARIA 1.3) inside role="list".
        context["body"] = body.replace('role="doc-biblioentry"', 'role="listitem"')


WIDGET_STATE = "ipywidgets_state"
"""MyST-NB's key for the saved state of a notebook's live widgets (a script on the page)."""


def drop_widget_state(app: Sphinx, doctree: nodes.document) -> None:
    """Leave the saved state of live widgets (ipywidgets) out of the page.

    The site draws no live widget: a chart's controls are Vega bindings
    (:class:`~aifin_lib.viz.site_render.VegaLiteSiteRenderer` ranks the static chart above the
    widget view, and ``nb_ipywidgets_js`` loads no widget script), so the state MyST-NB would
    write into each chapter page (tens of KB of JSON) has no reader there.
    """
    metadata = getattr(app.env, "nb_metadata", None) or {}
    metadata.get(app.env.docname, {}).get("js_files", {}).pop(WIDGET_STATE, None)


def unique_exercise_ids(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Give sphinx-exercise's content sections an id of their own (it repeats one per page)."""
    repeated = {"exercise-content", "solution-content"}
    for section in doctree.findall(nodes.section):
        if not repeated & set(section["ids"]):
            continue
        parent_ids = section.parent.get("ids", []) if section.parent is not None else []
        owner = parent_ids[0] if parent_ids else docname.replace("/", "-")
        section["ids"] = [f"{owner}-content"]


class RemoveSolutions(SphinxTransform):
    """In the student edition, drop every solution (sphinx-exercise) from the pages.

    The student edition is built from sources without solutions (``tools/build_book.py``);
    this transform is a second guard. sphinx-exercise's own ``hide_solutions`` leaves the body of
    gated solutions on the page, so the book removes the merged solution nodes itself.
    """

    default_priority = 800

    def apply(self, **kwargs: Any) -> None:
        """Remove solution nodes when ``aifin_student_edition`` is set."""
        if not self.config.aifin_student_edition:
            return
        from sphinx_exercise.nodes import solution_node

        for node in list(self.document.findall(solution_node)):
            node.parent.remove(node)


class TeachersPack(SphinxDirective):
    """``{aifin-teachers-pack}``: a link to the teacher's pack (zip) of this language.

    The pack is built by ``tools/build_book.py`` (setting ``aifin_teachers_pack``) and copied
    next to the page at the end of the build. Without a pack (the student edition) the directive
    shows nothing.
    """

    has_content = False

    def run(self) -> list[nodes.Node]:
        """Return the paragraph with the link, or nothing."""
        from aifin_lib.i18n import fmt_unit

        path = self.config.aifin_teachers_pack
        if not path:
            return []
        pack = Path(path)
        if not pack.is_file():
            raise self.error(f"the teacher's pack {pack} is missing (tools/build_book.py "
                             "builds it before the book)")
        lang = self.config.language
        size = fmt_unit(max(1, round(pack.stat().st_size / 1000)), "digital-kilobyte", lang)
        text = site_t("Download the teacher's pack (zip, {size})", lang, size=size)
        href = "../" * self.env.docname.count("/") + TEACHERS_PACK
        markup = (f'<p class="aifin-teachers-pack"><a class="reference download" '
                  f'href="{href}" download>{html.escape(text)}</a></p>')
        return [nodes.raw("", markup, format="html")]


# ----------------------------------------------------------------------------------------------
# templates and the page head
# ----------------------------------------------------------------------------------------------


def add_templates(app: Sphinx, config: Any) -> None:
    """Use the book's templates and put the language switch in the article header."""
    # components/ first: the theme includes some templates as "../components/<name>".
    config.templates_path = [str(TEMPLATES / "components"), str(TEMPLATES),
                             *config.templates_path]
    options = dict(config.html_theme_options or {})
    end = options.get("article_header_end", ["article-header-buttons.html"])
    if isinstance(end, str):
        end = [item.strip() for item in end.split(",") if item.strip()]
    if "aifin-lang-switch.html" not in end:
        end = ["aifin-lang-switch.html", *end]
    if "aifin-pdf-link.html" not in end:
        end = [end[0], "aifin-pdf-link.html", *end[1:]]
    options["article_header_end"] = end
    # No version banner, no announcement: both would need strings and scripts of their own.
    options.setdefault("back_to_top_button", True)
    config.html_theme_options = options


def pdf_kind(pagename: str, student: bool) -> str | None:
    """Which print edition holds a page: ``"book"``, ``"student"``, ``"worksheets"``,
    ``"teachers_guide"``, or ``None`` (the search page and the index of terms).

    Examples
    --------
    >>> pdf_kind("worksheet_introduction", False), pdf_kind("glossary", True)
    ('worksheets', 'student')
    """
    if pagename in ("search", "genindex"):
        return None
    if pagename.startswith("worksheet_"):
        return "worksheets"
    if pagename == "teachers_guide":
        return "teachers_guide"
    return "student" if student else "book"


def add_pdf_link(app: Sphinx, pagename: str, templatename: str,
                 context: dict[str, Any], doctree: Any) -> None:
    """Give the page a link to the PDF of its document (``aifin_pdfs``), in its language."""
    from aifin_lib import i18n

    files = app.config.aifin_pdfs or {}
    kind = pdf_kind(pagename, bool(app.config.aifin_student_edition))
    context["aifin_pdf_link"] = None
    if kind is None or kind not in files:
        return
    lang = app.config.language
    names = {"book": "print_book", "student": "print_book_student",
             "worksheets": "print_worksheets", "teachers_guide": "print_teachers_guide"}
    context["aifin_pdf_link"] = {
        "href": f"{_relative_root(pagename)}pdf/{files[kind]}",
        "text": i18n.t("print_download", lang),
        "title": i18n.t("print_download_title", lang, document=i18n.t(names[kind], lang)),
    }


def add_chart_scripts(app: Sphinx, pagename: str, templatename: str,
                      context: dict[str, Any], doctree: Any) -> None:
    """Load Vega and the chart script only on pages that have a chart."""
    if 'class="aifin-chart"' in context.get("body", ""):
        app.add_js_file(VEGA_BUNDLE, defer="defer")
        app.add_js_file(CHART_SCRIPT, defer="defer")
        app.add_css_file(CHART_STYLES)


# ----------------------------------------------------------------------------------------------
# after the build: static files
# ----------------------------------------------------------------------------------------------


def write_vega_bundle(app: Sphinx, exception: Exception | None) -> None:
    """Write Vega, the book's chart script and its styles into the site's static folder.

    Vega is the pinned npm package ``vega`` (``package.json``; the version
    ``vl_convert.get_vega_version()`` compiles for), 0.5 MB: the pages draw charts compiled to
    Vega at build time, so neither Vega-Lite nor Vega-Embed is shipped. Without
    ``node_modules`` (no ``npm ci`` yet) the larger bundle of ``vl-convert-python`` is used.
    """
    if exception is not None or app.builder.format != "html":
        return
    from aifin_lib.charts import chart_assets

    static = Path(app.outdir) / "_static"
    for name, text in chart_assets().items():
        target = static / {"vega": VEGA_BUNDLE, "script": CHART_SCRIPT,
                           "styles": CHART_STYLES}[name]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    (Path(app.outdir) / "_static" / STYLESHEET).write_text(CSS, encoding="utf-8")


def _fontawesome_source() -> str:
    """The theme's Font Awesome Free script (it holds the icons' SVG shapes)."""
    import pydata_sphinx_theme

    path = (Path(pydata_sphinx_theme.__file__).parent / "theme" / "pydata_sphinx_theme"
            / "static" / "scripts" / "fontawesome.js")
    return path.read_text(encoding="utf-8")


def _icon_sets() -> dict[str, str]:
    """The parts of the theme's Font Awesome script that hold each style's icons.

    The script defines its icon sets in the order brands, regular, solid.
    """
    source = _fontawesome_source()
    ends = {style: source.find(marker) for style, marker in
            (("brands", '("fab"'), ("regular", '("far"'), ("solid", '("fas"'))}
    if min(ends.values()) < 0:
        raise ValueError("the theme's fontawesome.js has changed: no icon sets found")
    starts = {"brands": 0, "regular": ends["brands"], "solid": ends["regular"]}
    return {style: source[starts[style]:ends[style]] for style in ends}


ICON = re.compile(r'(?<![\w-])"?(?P<name>[a-z0-9-]+)"?:\[(?P<w>\d+),(?P<h>\d+),\[[^\]]*\],'
                  r'"(?P<code>[0-9a-f]*)","(?P<path>[^"]+)"\]')


def icon_shapes(names: set[str]) -> dict[tuple[str, str], tuple[int, int, str]]:
    """SVG shapes of Font Awesome icons: ``{(style, name): (width, height, path)}``.

    ``style`` is ``"solid"``, ``"regular"`` or ``"brands"``.
    """
    shapes = {}
    for style, part in _icon_sets().items():
        for match in ICON.finditer(part):
            if match["name"] in names:
                shapes[(style, match["name"])] = (int(match["w"]), int(match["h"]),
                                                  match["path"])
    return shapes


def icon_by_code(code: str) -> tuple[int, int, str] | None:
    """The shape of the Font Awesome icon with the code point ``code`` (solid first)."""
    sets = _icon_sets()
    for style in ("solid", "regular", "brands"):
        for match in ICON.finditer(sets[style]):
            if match["code"] == code:
                return int(match["w"]), int(match["h"]), match["path"]
    return None


def _mask(width: int, height: int, path: str) -> str:
    """A CSS ``url()`` of an SVG icon, for ``mask``."""
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}">'
           f'<path d="{path}"/></svg>')
    return "url(\"data:image/svg+xml," + urllib.parse.quote(svg, safe=" =:/<>") + "\")"


def content_icons(stylesheets: list[Path]) -> list[tuple[str, str]]:
    """The theme's icon-font characters in ``content``: ``(selector, code point)`` pairs.

    The theme puts Font Awesome characters in ``::before`` / ``::after`` (admonition titles,
    download links), directly or through ``--pst-icon-*`` variables.
    """
    import tinycss2

    variables: dict[str, str] = {}
    rules: list[tuple[str, str]] = []
    for sheet in stylesheets:
        if not sheet.is_file():
            continue
        for rule in tinycss2.parse_stylesheet(sheet.read_text(encoding="utf-8"), True, True):
            if rule.type != "qualified-rule":
                continue
            for item in tinycss2.parse_blocks_contents(rule.content, True, True):
                if item.type != "declaration":
                    continue
                value = tinycss2.serialize(item.value).strip()
                if item.name.startswith("--pst-icon-"):
                    variables[item.name] = value
                elif item.lower_name == "content":
                    rules.append((tinycss2.serialize(rule.prelude).strip(), value))

    def resolve(value: str, depth: int = 0) -> str | None:
        match = re.fullmatch(r"var\((--[\w-]+)\)", value)
        if match and depth < 5:
            return resolve(variables.get(match[1], ""), depth + 1)
        text = value.strip("\"'")
        if len(text) == 1 and 0xE000 <= ord(text) <= 0xF8FF:
            return f"{ord(text):x}"
        match = re.fullmatch(r"\\([0-9a-fA-F]{4})", text)
        return match[1].lower() if match else None

    return [(selector, code) for selector, value in rules if (code := resolve(value))]


def icons_css(outdir: Path) -> str:
    """A stylesheet that draws every Font Awesome icon the site uses with its SVG shape.

    Icon classes (``<i class="fa-solid fa-bars">``) and the theme's icon-font characters in
    ``content`` both become CSS masks of the icons' SVG shapes; each shape is written once.
    """
    used: set[str] = set()
    styles: set[str] = set()
    style_names = {"fa-solid": "solid", "fas": "solid", "fa-regular": "regular", "far": "regular",
                   "fa-brands": "brands", "fab": "brands"}
    files = [*outdir.glob("*.html"), *(outdir / "_static").rglob("*.js")]
    for path in files:
        if path.name == "fontawesome.js" or "vega" in path.parts:
            continue
        text = path.read_text("utf-8")
        used.update(re.findall(r"\bfa-([a-z0-9]+(?:-[a-z0-9]+)*)", text))
        styles.update(style_names[m] for m in re.findall(
            r"(?<![\w-])(fa-solid|fas|fa-regular|far|fa-brands|fab)(?![\w-])", text))
    modifiers = {"solid", "regular", "brands", "lg", "xs", "sm", "xl", "2x", "fw", "spin"}
    shapes = {key: shape for key, shape in icon_shapes(used - modifiers).items()
              if key[0] in styles}
    static = outdir / "_static"
    classes: set[str] = set()
    for page in outdir.glob("*.html"):
        for value in re.findall(r'class="([^"]*)"', page.read_text(encoding="utf-8")):
            classes.update(value.split())

    def on_pages(selector: str) -> bool:
        """Whether one of the selector's alternatives uses only classes the pages have."""
        return any(set(re.findall(r"\.([\w-]+)", part)) <= classes
                   for part in selector.split(","))

    characters = [(selector, code) for selector, code in
                  content_icons([static / name for name in PURGED_CSS]) if on_pages(selector)]
    masks: dict[str, str] = {}  # custom property -> url()
    rules = []
    selectors = {"solid": (".fa-solid", ".fas"), "regular": (".fa-regular", ".far"),
                 "brands": (".fa-brands", ".fab")}
    for (style, name), shape in sorted(shapes.items()):
        prop = f"--aifin-{style}-{name}"
        masks[prop] = _mask(*shape)
        targets = ",".join(f"{cls}.fa-{name}" for cls in selectors[style])
        rules.append(f"{targets}{{--aifin-icon:var({prop})}}")
    for selector, code in characters:
        shape = icon_by_code(code)
        if shape is None:
            continue
        prop = f"--aifin-code-{code}"
        masks[prop] = _mask(*shape)
        rules.append(f"{selector}{{content:\"\";font:inherit;display:inline-block;width:1em;"
                     f"height:1em;background-color:currentColor;-webkit-mask:var({prop}) "
                     f"center/contain no-repeat;mask:var({prop}) center/contain no-repeat}}")
    head = [
        "/* Icons of Font Awesome Free 6 (https://fontawesome.com, icons CC BY 4.0), drawn as",
        "   CSS masks so that no icon font or icon script is loaded. Generated at build time. */",
        ":root{" + ";".join(f"{prop}:{url}" for prop, url in sorted(masks.items())) + "}",
        ".fa-solid,.fa-regular,.fa-brands,.fas,.far,.fab{display:inline-block;width:1em;"
        "height:1em;box-sizing:content-box;vertical-align:-0.125em;font-style:normal;"
        "line-height:1}",
        ".fa-solid::before,.fa-regular::before,.fa-brands::before,.fas::before,.far::before,"
        ".fab::before{content:\"\";display:block;width:100%;height:100%;"
        "background-color:currentColor;-webkit-mask:var(--aifin-icon) center/contain no-repeat;"
        "mask:var(--aifin-icon) center/contain no-repeat}",
        ".fa-lg{font-size:1.25em}",
    ]
    return "\n".join(head + rules) + "\n"


def _whole_stylesheet(path: Path) -> None:
    """Put back the stylesheet its package ships, if the build left a trimmed one in place.

    Sphinx copies a static file again only when its source changed, so a stylesheet trimmed by
    an earlier build of the same folder would otherwise be trimmed again for other pages.
    """
    import importlib

    name = "mystnb.css" if path.name.startswith("mystnb.") else path.name
    if name not in PACKAGE_CSS:
        return  # written afresh by every build (basic.css, pygments.css)
    module, folder = PACKAGE_CSS[name]
    package = Path(importlib.import_module(module).__file__).parent
    shutil.copyfile(package / folder / name, path)


def purge_css(outdir: Path) -> None:
    """Drop the CSS rules no page or script of this build uses (PurgeCSS, from node_modules).

    The theme's stylesheet first loses its icon font (the icons are in ``aifin-icons.css``).
    Code highlighting (``pygments.css``) is trimmed against the pages alone: its one-letter
    classes would otherwise match any word of a script.
    """
    script = NODE_MODULES / "purgecss" / "lib" / "purgecss.js"
    node = shutil.which("node")
    if node is None or not script.is_file():
        LOGGER.warning("PurgeCSS is not installed (run `npm ci`): the theme's CSS is kept whole")
        return
    static = outdir / "_static"
    paths = [static / name for name in PURGED_CSS if (static / name).is_file()]
    paths += list(static.glob("mystnb.*.css"))
    for path in paths:
        _whole_stylesheet(path)
    theme_css = static / "styles" / "pydata-sphinx-theme.css"
    if theme_css.is_file():
        strip_icon_font(theme_css)
    pages = [str(outdir / "*.html")]
    # The theme's and extensions' scripts add classes too (Vega's bundle adds none of them).
    scripts = [str(static / "*.js"), str(static / "scripts" / "*.js")]
    runs = [
        {"content": pages + scripts, "css": [str(p) for p in paths if p.name != "pygments.css"]},
        {"content": pages, "css": [str(p) for p in paths if p.name == "pygments.css"]},
    ]
    program = """
const {PurgeCSS} = require(process.argv[1]);
const fs = require('fs');
const runs = JSON.parse(process.argv[2]);
(async () => {
  for (const options of runs) {
    if (!options.css.length) continue;
    const results = await new PurgeCSS().purge(options);
    for (const r of results) { fs.writeFileSync(r.file, r.css); }
  }
})().catch(e => { console.error(e); process.exit(1); });
"""
    options = [{**run, "safelist": {"standard": PURGE_SAFELIST}, "fontFace": True,
                "keyframes": True, "variables": False} for run in runs]
    done = subprocess.run([node, "-e", program, str(script), json.dumps(options)],
                          capture_output=True, text=True, check=False, cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(f"PurgeCSS failed: {done.stderr[-2000:]}")


def strip_icon_font(path: Path) -> None:
    """Remove Font Awesome's own rules (icon font) from the theme's stylesheet."""
    import tinycss2

    text = path.read_text(encoding="utf-8")
    rules = tinycss2.parse_stylesheet(text, skip_comments=False, skip_whitespace=False)
    kept = []
    for rule in rules:
        if rule.type == "at-rule" and rule.lower_at_keyword == "font-face":
            body = tinycss2.serialize(rule.content or [])
            if "Font Awesome" in body:
                continue
        if rule.type == "qualified-rule":
            prelude = tinycss2.serialize(rule.prelude)
            selectors = [s.strip() for s in prelude.split(",")]
            if selectors and all(re.search(r"\.(fa|fa-[\w-]+|fas|far|fab)\b", s)
                                 for s in selectors):
                continue
        kept.append(rule)
    path.write_text(tinycss2.serialize(kept), encoding="utf-8")


def localise_scripts(outdir: Path, lang: str) -> None:
    """Put the book's strings into the scripts that carry their own (copy button, search)."""
    messages = site_messages(lang)
    static = outdir / "_static"
    copybutton = static / "copybutton.js"
    if copybutton.is_file():
        entry = {"copy": messages["Copy"], "copy_to_clipboard": messages["Copy to clipboard"],
                 "copy_success": messages["Copied!"], "copy_failure": messages["Failed to copy"]}
        text = copybutton.read_text(encoding="utf-8")
        marker, tag = "const messages = {", "// the book's catalogue"
        if marker not in text:
            raise ValueError("copybutton.js has changed: no `const messages = {` found")
        # An earlier build of this folder may have added the line already: replace it.
        text = re.sub(rf"\n[^\n]*{re.escape(tag)}", "", text)
        text = text.replace(marker, f"{marker}\n  {json.dumps(lang)}: {json.dumps(entry)},"
                                    f"  {tag}", 1)
        copybutton.write_text(text, encoding="utf-8")
    togglebutton = static / "togglebutton.js"
    if togglebutton.is_file():
        import sphinx_togglebutton

        pristine = Path(sphinx_togglebutton.__file__).parent / "_static" / "togglebutton.js"
        text = pristine.read_text(encoding="utf-8")
        label = 'aria-label="Toggle hidden content"'
        if label not in text:
            raise ValueError("togglebutton.js has changed: its aria-label was not found")
        translated = html.escape(messages["Show or hide the content"], quote=True)
        togglebutton.write_text(text.replace(label, f'aria-label="{translated}"'),
                                encoding="utf-8")
    translations = static / "translations.js"
    catalogue: dict[str, Any] = {"messages": {}, "locale": lang,
                                 "plural_expr": site_catalogue(lang).plural_expr}
    if translations.is_file():
        text = translations.read_text(encoding="utf-8")
        match = re.search(r"Documentation\.addTranslations\((\{.*\})\);?\s*$", text, re.S)
        if match:
            catalogue = json.loads(match[1])
    catalogue["messages"].update(messages)
    translations.write_text(
        f"Documentation.addTranslations({json.dumps(catalogue, ensure_ascii=False, indent=1)});\n",
        encoding="utf-8")


def finish_static_files(app: Sphinx, exception: Exception | None) -> None:
    """Light, offline, one-language static files: icons, purged CSS, localised scripts."""
    if exception is not None or app.builder.format != "html":
        return
    outdir = Path(app.outdir)
    static = outdir / "_static"
    (static / STYLESHEET).write_text(CSS, encoding="utf-8")
    purge_css(outdir)
    (static / ICONS_STYLESHEET).write_text(icons_css(outdir), encoding="utf-8")
    localise_scripts(outdir, app.config.language)
    pack = app.config.aifin_teachers_pack
    if pack and Path(pack).is_file():
        shutil.copyfile(pack, outdir / TEACHERS_PACK)
    # The icon script and font, and source maps, are not used by any page.
    for pattern in ("scripts/fontawesome.js*", "scripts/*.map", "styles/*.map"):
        for path in static.glob(pattern):
            path.unlink()
    shutil.rmtree(static / "vendor" / "fontawesome", ignore_errors=True)


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the extension."""
    app.add_config_value("aifin_student_edition", False, "env")
    app.add_config_value("aifin_site_url", "", "html")
    app.add_config_value("aifin_teachers_pack", "", "env")
    app.add_config_value("aifin_pdfs", {}, "html")
    app.add_directive("aifin-teachers-pack", TeachersPack)
    app.add_transform(RemoveSolutions)
    app.add_css_file(STYLESHEET)
    app.add_css_file(ICONS_STYLESHEET)
    app.connect("config-inited", add_templates)
    app.connect("config-inited", configure_language)
    app.connect("config-inited", register_citation_styles)
    app.connect("builder-inited", reinstall_template_translations)
    app.connect("doctree-read", drop_widget_state)
    app.connect("doctree-resolved", unique_exercise_ids)
    app.connect("html-page-context", add_chart_scripts)
    app.connect("html-page-context", add_language_links)
    app.connect("html-page-context", add_pdf_link)
    app.connect("html-page-context", add_description)
    app.connect("html-page-context", fix_body)
    app.connect("build-finished", write_vega_bundle)
    app.connect("build-finished", finish_static_files, priority=900)
    return {"version": "2.0", "parallel_read_safe": True, "parallel_write_safe": True}
