"""The site's build tool and catalogue, without a built site.

- ``tools/build_book.py`` strips every form of solution from the sources of the student edition,
  keeps the code cells (so the jupyter-cache is reused), drops the figures only solutions use,
  and leaves the teacher's pages out of its table of contents;
- the catalogues of interface strings (``aifin_lib/locale/<lang>/LC_MESSAGES/aifin.po``) exist
  for every language of the book, hold the same messages, translate each one, and keep its
  placeholders; the site code reads the languages from one place only.
"""

from __future__ import annotations

import json
import re
import string
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "book" / "_ext"))

import aifin_book  # noqa: E402  (book/_ext is not a package)
import build_book  # noqa: E402

from aifin_lib import i18n  # noqa: E402

GATED = """Before.
```{exercise-start}
:label: x-ex-1
```
Question {eval}`x_question`?
```{exercise-end}
```
```{solution-start} x-ex-1
:class: dropdown
```
The answer is {eval}`x_answer`, because {eval}`x_question` doubles.
```{solution-end}
```
After."""

COLON = """::::{admonition} Exercise 1
:class: exercise
:label: x-ex-1
Ask.
::::

:::{dropdown} Solution
:class: solution
Answer with :::{note} nested ::: colons.
:::
Tail."""


def test_strip_gated_solution():
    """A gated solution goes, the exercise and the text around it stay."""
    kept, removed = build_book.strip_solutions(GATED)
    assert "solution-start" not in kept and "The answer" not in kept
    assert "The answer is" in removed and "solution-end" in removed
    assert kept.startswith("Before.") and kept.endswith("After.")
    assert "exercise-start" in kept and "Question" in kept


def test_strip_colon_fence_and_directive_solutions():
    """Drop-downs with the class solution and the solution directive go too."""
    kept, removed = build_book.strip_solutions(COLON)
    assert kept.split("\n")[-1] == "Tail." and "Answer" not in kept and "Ask." in kept
    assert "Answer with" in removed
    kept, _ = build_book.strip_solutions("A\n```{solution} x-ex-1\nB\n```\nC")
    assert kept == "A\nC"


def test_strip_refuses_an_unclosed_solution():
    """A solution without its end marker is an error, not a silent cut to the end."""
    with pytest.raises(ValueError, match="solution-end"):
        build_book.strip_solutions("```{solution-start} x\n:class: dropdown\n```\nA.")
    with pytest.raises(ValueError, match="not closed"):
        build_book.strip_solutions(":::{dropdown} S\n:class: solution\nA.")


def test_student_notebook_keeps_code_and_drops_solution_figures():
    """Code cells stay as they are; figures published only for solutions leave the outputs."""
    record = {"output_type": "display_data", "data": {"text/plain": "'1'"},
              "metadata": {"scrapbook": {"name": "x_answer"}}}
    shared = {"output_type": "display_data", "data": {"text/plain": "'2'"},
              "metadata": {"scrapbook": {"name": "x_question"}}}
    notebook = {"cells": [
        {"cell_type": "code", "source": "publish()", "metadata": {},
         "outputs": [record, shared], "execution_count": 1},
        {"cell_type": "markdown", "source": GATED, "metadata": {}},
        {"cell_type": "markdown", "metadata": {},
         "source": ":::{dropdown} Solution\n:class: solution\nOnly {eval}`x_answer`.\n:::\n"},
    ], "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    code_before = json.dumps(notebook["cells"][0]["source"])
    result = build_book.student_notebook(json.loads(json.dumps(notebook)))
    assert json.dumps(result["cells"][0]["source"]) == code_before
    names = [o["metadata"]["scrapbook"]["name"] for o in result["cells"][0]["outputs"]]
    assert names == ["x_question"]
    assert len(result["cells"]) == 2  # the cell that held only a solution is gone
    assert "answer" not in json.dumps(result).lower().replace("x_answer", "")


def test_student_notebook_hits_the_cache_key():
    """jupyter-cache's hash of a notebook is the same before and after stripping."""
    import nbformat
    from jupyter_cache.cache.main import JupyterCacheBase

    path = next((ROOT / "book" / i18n.LANGUAGES[0]).glob("*.ipynb"))
    original = nbformat.read(path, as_version=4)
    stripped = nbformat.from_dict(build_book.student_notebook(
        json.loads(path.read_text(encoding="utf-8"))))
    cache = JupyterCacheBase.__new__(JupyterCacheBase)
    assert cache.create_hashed_notebook(original)[1] == cache.create_hashed_notebook(stripped)[1]


def test_student_toc_leaves_teachers_pages_out():
    """The student table of contents is the book's without the teacher-only pages."""
    import yaml

    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    student = build_book.student_toc(toc)
    files = re.findall(r"'file': '([^']+)'", str(student))
    assert files and not set(files) & set(build_book.TEACHER_ONLY)
    assert set(re.findall(r"'file': '([^']+)'", str(toc))) - set(files) == set(
        build_book.TEACHER_ONLY)


def _fields(text: str) -> set[str]:
    """Placeholders of a message: {name}, %(name)s and ${name}."""
    names = {field[1] for field in string.Formatter().parse(text) if field[1]}
    return names | set(re.findall(r"%\(\w+\)s|\$\{\w+\}", text))


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_catalogue_is_complete(lang):
    """Each language has a catalogue with every message translated and placeholders kept."""
    messages = aifin_book.site_messages(lang)
    reference = aifin_book.site_messages(i18n.LANGUAGES[0])
    assert set(messages) == set(reference)
    for msgid, text in messages.items():
        assert text.strip(), msgid
        expected = _fields(msgid) or _fields(reference[msgid])  # key-like ids: as the first
        assert _fields(text) == expected, f"{lang}: {msgid!r} -> {text[:80]!r}"


def test_catalogue_refuses_a_missing_language():
    """A language without a catalogue is a clear error, not English by default."""
    with pytest.raises(FileNotFoundError, match="no catalogue for language 'xx'"):
        aifin_book.site_messages("xx")


def test_language_names_come_from_babel():
    """The language links show each language's own name."""
    names = {lang: aifin_book.language_name(lang) for lang in i18n.LANGUAGES}
    assert len(set(names.values())) == len(names)
    assert all(name[:1].isupper() for name in names.values())


def test_site_code_reads_the_languages_from_one_place():
    """No list of language codes in the site code: a new language needs only its catalogue."""
    for path in (ROOT / "tools" / "build_book.py", ROOT / "book" / "_ext" / "aifin_book.py"):
        text = path.read_text(encoding="utf-8")
        codes = "|".join(i18n.LANGUAGES)
        assert not re.findall(rf"""["']({codes})["']""", text), path.name
        assert "i18n.LANGUAGES" in text or "import LANGUAGES" in text


def test_shorten_cuts_at_a_word():
    """Descriptions are cut at a word boundary with an ellipsis, never mid-word."""
    text = "word " * 60
    short = aifin_book.shorten(text, 30)
    assert len(short) <= 30 and short.endswith("…") and "wor…" not in short
    assert aifin_book.shorten("Short text.", 30) == "Short text."


class _Config:
    def __init__(self, language: str, site_url: str) -> None:
        self.language = language
        self.aifin_site_url = site_url


class _App:
    def __init__(self, language: str, site_url: str = "") -> None:
        self.config = _Config(language, site_url)


def test_language_links_are_relative_without_a_base_url():
    """Without a base URL, hreflang links lead from the page to its counterparts relatively."""
    lang, other = i18n.LANGUAGES[0], i18n.LANGUAGES[1]
    context: dict = {}
    aifin_book.add_language_links(_App(lang), "capital_versus_return", "page.html", context,
                                  None)
    hrefs = re.findall(r'hreflang="([^"]+)" href="([^"]+)"', context["metatags"])
    assert dict(hrefs)[other] == f"../{other}/capital_versus_return.html"
    assert dict(hrefs)["x-default"] == "../index.html"
    switch = context["aifin_lang_links"]
    assert [link["code"] for link in switch] == [c for c in i18n.LANGUAGES if c != lang]
    assert switch[0]["text"].endswith(aifin_book.language_name(switch[0]["code"]))


def test_base_url_makes_language_links_absolute(monkeypatch):
    """With AIFIN_BASE_URL, hreflang links are absolute (canonical comes from html_baseurl)."""
    monkeypatch.setenv("AIFIN_BASE_URL", "https://example.org/aifin")
    assert build_book.base_url() == "https://example.org/aifin/"
    context: dict = {}
    app = _App(i18n.LANGUAGES[0], "https://example.org/aifin/student/")
    aifin_book.add_language_links(app, "glossary", "page.html", context, None)
    hrefs = dict(re.findall(r'hreflang="([^"]+)" href="([^"]+)"', context["metatags"]))
    for lang in i18n.LANGUAGES:
        assert hrefs[lang] == f"https://example.org/aifin/student/{lang}/glossary.html"
    assert hrefs["x-default"] == "https://example.org/aifin/student/index.html"
    monkeypatch.setenv("AIFIN_BASE_URL", "example.org")
    with pytest.raises(SystemExit, match="absolute http"):
        build_book.base_url()


def test_references_render_without_tex_escapes():
    """Every title, publisher and journal of ``book/references.bib`` reads as plain text once
    pybtex (which sphinxcontrib-bibtex uses) has decoded it: no backslash such as ``\\$``."""
    from pybtex.database import parse_file
    from pybtex.richtext import Text

    entries = parse_file(str(ROOT / "book" / "references.bib")).entries
    assert len(entries) >= 5
    shown = {}
    for key, entry in entries.items():
        for field in ("title", "howpublished", "journal", "booktitle", "publisher"):
            if field in entry.fields:
                shown[f"{key}.{field}"] = Text.from_latex(entry.fields[field]).render_as("text")
    escaped = {k: v for k, v in shown.items() if "\\" in v}
    assert not escaped, f"TeX escapes reach the reader: {escaped}"
    assert shown["cahn2023.title"] == "AI's $200B Question"


@pytest.mark.parametrize(("lang", "cited", "listed"), [
    ("nl", "Eisenberg en Noe", ("Larry Eisenberg en Thomas H. Noe. Systemic risk and networks.",
                                "L. Rogers, Larry Eisenberg en T. Noe. Failure.")),
    ("en", "Eisenberg and Noe", ("Larry Eisenberg and Thomas H. Noe. Systemic risk and networks.",
                                 "L. Rogers, Larry Eisenberg, and T. Noe. Failure.")),
])
def test_citation_styles_join_names_in_the_build_language(lang, cited, listed):
    """The book's reference and bibliography styles, registered for a build in ``lang``, join
    two and three authors as that language does (the styles ``_config.yml`` names)."""
    import yaml
    from pybtex.database import parse_string
    from pybtex.plugin import find_plugin
    from sphinxcontrib.bibtex.plugin import find_plugin as find_reference_style

    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))["sphinx"]
    assert config["config"]["bibtex_reference_style"] == aifin_book.REFERENCE_STYLE
    assert config["config"]["bibtex_default_style"] == aifin_book.BIBLIOGRAPHY_STYLE
    aifin_book.register_citation_styles(None, type("Config", (), {"language": lang})())
    bib = parse_string("@article{a, author = {Eisenberg, Larry and Noe, Thomas H.}, "
                       "title = {Systemic Risk and Networks}, journal = {MS}, year = {2001}}\n"
                       "@article{b, author = {Rogers, L. and Eisenberg, Larry and Noe, T.}, "
                       "title = {Failure}, journal = {MS}, year = {2013}}", "bibtex")
    style = find_reference_style("sphinxcontrib.bibtex.style.referencing",
                                 aifin_book.REFERENCE_STYLE)()
    parenthetical = style.styles[0]
    names = parenthetical.person.names("author", full=True).format_data(
        {"entry": bib.entries["a"], "style": parenthetical})
    assert names.render_as("text") == cited
    entries = find_plugin("pybtex.style.formatting", aifin_book.BIBLIOGRAPHY_STYLE)(
        ).format_entries(bib.entries.values())
    rendered = [entry.text.render_as("text") for entry in entries]
    assert [text.startswith(start) for text, start in zip(rendered, listed, strict=True)] == [
        True, True], rendered
