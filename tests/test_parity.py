"""Parity of the languages (same files, code, figures, labels) and notebooks that
JupyterLab shows as the site does."""

import json
import re
from pathlib import Path

import pytest

from aifin_lib import prose
from aifin_lib.i18n import LANGUAGES

BOOK = Path(__file__).resolve().parent.parent / "book"
LANG_LINE = re.compile(rf'^LANG = "({"|".join(map(re.escape, LANGUAGES))})"$', re.MULTILINE)
CITATION = re.compile(r"\]\(references\.md#([^)\s]+)\)")
NOTEBOOK_LINK = re.compile(r"\]\(([\w-]+\.ipynb)\)")
NUMREF = re.compile(r"\{(?:num)?ref\}`(?:[^`<]*<)?([\w-]+)>?`")
LAB_UNFRIENDLY = re.compile(
    r"\{glue(?::[a-z]+)?\}|\{(?:term|cite(?::\w+)?|doc)\}`|\{(?:exercise|solution)-(?:start|end)\}"
)
LABEL = re.compile(r"^\(([\w-]+)\)=$|:label:\s*([\w-]+)|:name:\s*([\w-]+)", re.MULTILINE)


def _files(lang: str) -> set[str]:
    root = BOOK / lang
    return {
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and ".ipynb_checkpoints" not in p.parts
    }


def _notebooks() -> list[str]:
    return sorted(f for f in _files(LANGUAGES[0]) if f.endswith(".ipynb"))


def _cells(lang: str, name: str) -> list[dict]:
    return json.loads((BOOK / lang / name).read_text(encoding="utf-8"))["cells"]


def _text(cells: list[dict], kind: str) -> str:
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == kind)


def test_same_files_in_every_language():
    """Every language's folder (book/nl, book/en, ...) holds exactly the same file names
    (English slugs)."""
    for lang in LANGUAGES[1:]:
        assert _files(lang) == _files(LANGUAGES[0]), lang
    assert _notebooks(), "the book has no notebooks"


@pytest.mark.parametrize("name", _notebooks())
@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_code_cells_identical_but_the_language_line(name, lang):
    """Code cells are the same in every language; only the LANG line differs, once."""
    first = LANGUAGES[0]
    cells = {code: _cells(code, name) for code in (first, lang)}
    code = {k: [c for c in v if c["cell_type"] == "code"] for k, v in cells.items()}
    assert len(code[first]) == len(code[lang])
    lang_lines = 0
    for cell_a, cell_b in zip(code[first], code[lang], strict=True):
        src_a, src_b = "".join(cell_a["source"]), "".join(cell_b["source"])
        lang_lines += len(LANG_LINE.findall(src_a))
        assert LANG_LINE.sub('LANG = "?"', src_a) == LANG_LINE.sub('LANG = "?"', src_b)
        assert cell_a.get("metadata", {}).get("tags", []) == cell_b.get("metadata", {}).get(
            "tags", []
        )
    assert lang_lines == 1, f"{name}: expected exactly one LANG line, found {lang_lines}"
    for k in (first, lang):
        assert f'LANG = "{k}"' in _text(cells[k], "code")


@pytest.mark.parametrize("name", _notebooks())
def test_first_code_cell_is_the_hidden_setup(name):
    """Each chapter starts with one hidden cell (remove-cell) that calls the set-up; a worksheet's
    (``af.exercises.start``) comes right after a "run this cell first" note shown only in
    JupyterLab (the site hides both)."""
    for lang in LANGUAGES:
        cells = _cells(lang, name)
        index, first = next((i, c) for i, c in enumerate(cells) if c["cell_type"] == "code")
        assert "remove-cell" in first.get("metadata", {}).get("tags", [])
        source = "".join(first["source"])
        if name.startswith("worksheet_"):
            assert "af.exercises.start(LANG)" in source
            note = cells[index - 1]
            assert note["cell_type"] == "markdown" and "▶" in "".join(note["source"])
            assert "remove-cell" in note.get("metadata", {}).get("tags", [])
        else:
            assert "setup(LANG)" in source


def _published(cells: list[dict]) -> dict[str, str]:
    """Prose figures a notebook publishes, read from its stored outputs."""
    return prose.stored_figures({"cells": cells})


def _eval_uses(cells: list[dict]) -> set[str]:
    return {name for c in cells if c["cell_type"] == "markdown"
            for name in prose.eval_names("".join(c["source"]))}


@pytest.mark.parametrize("name", _notebooks())
@pytest.mark.parametrize("lang", LANGUAGES[1:])
def test_same_figures_labels_and_citations(name, lang):
    """Every language publishes and uses the same figures, labels, citations and links."""
    a, b = _cells(LANGUAGES[0], name), _cells(lang, name)
    assert set(_published(a)) == set(_published(b))
    assert _eval_uses(a) == _eval_uses(b)
    labels_a = {next(x for x in m if x) for m in LABEL.findall(_text(a, "markdown"))}
    labels_b = {next(x for x in m if x) for m in LABEL.findall(_text(b, "markdown"))}
    assert labels_a == labels_b
    for pattern in (CITATION, NOTEBOOK_LINK, NUMREF):
        assert sorted(pattern.findall(_text(a, "markdown"))) == sorted(
            pattern.findall(_text(b, "markdown"))), pattern.pattern


@pytest.mark.parametrize("name", _notebooks())
def test_every_eval_figure_is_published(name):
    """An {eval} figure in the prose always has a published (stored) text behind it."""
    for lang in LANGUAGES:
        cells = _cells(lang, name)
        missing = _eval_uses(cells) - set(_published(cells))
        assert not missing, f"{lang}/{name}: used but never published: {sorted(missing)}"


@pytest.mark.parametrize("name", _notebooks())
def test_stored_user_expressions_equal_the_published_figures(name):
    """What JupyterLab shows on opening (user_expressions) is what the site shows.

    jupyterlab-myst renders a markdown cell's stored ``metadata.user_expressions`` before the
    kernel runs; nbval does not look at markdown metadata, so this test does.
    """
    for lang in LANGUAGES:
        cells = _cells(lang, name)
        figures = _published(cells)
        for index, cell in enumerate(cells):
            if cell["cell_type"] != "markdown":
                continue
            source = "".join(cell["source"])
            stored = cell.get("metadata", {}).get("user_expressions", [])
            assert [e["expression"] for e in stored] == prose.eval_names(source), (
                f"{lang}/{name} cell {index}: user_expressions out of date (make outputs)")
            for entry in stored:
                assert entry["result"] == prose.expression_result(figures[entry["expression"]]), (
                    f"{lang}/{name} cell {index}: {entry['expression']} differs from its figure")


@pytest.mark.parametrize("name", _notebooks())
def test_published_figures_are_formatted_text(name):
    """Published figures are non-empty text, never NaN or infinity, and differ per language
    only in formatting: a figure with digits in one language has digits in the other."""
    figures = {lang: _published(_cells(lang, name)) for lang in LANGUAGES}
    for lang, published in figures.items():
        for key, text in published.items():
            assert text.strip() and not re.search(r"\b(nan|inf)\b", text, re.IGNORECASE), (
                f"{lang}/{name}: {key} = {text!r}")
    for key in figures[LANGUAGES[0]]:
        has_digits = {bool(re.search(r"\d", figures[lang][key])) for lang in LANGUAGES}
        assert len(has_digits) == 1, key


@pytest.mark.parametrize("name", _notebooks())
def test_markdown_uses_only_what_jupyterlab_renders(name):
    """No construct that jupyterlab-myst shows as a raw key, an English label or an error box.

    ``{glue:...}`` (a raw key), ``{glue:figure}`` (Unknown Directive), ``{term}`` / ``{cite}`` /
    ``{doc}`` (unresolved references) and sphinx-exercise's gated blocks ("Exercise 1" in a
    Dutch notebook) are written in the notebook dialect the book's reader translates
    (book/_ext/aifin_notebooks.py).
    """
    for lang in LANGUAGES:
        text = _text(_cells(lang, name), "markdown")
        found = sorted(set(LAB_UNFRIENDLY.findall(text)))
        assert not found, f"{lang}/{name}: {found}"


@pytest.mark.parametrize("name", _notebooks())
def test_cross_references_resolve_inside_the_notebook(name):
    """{numref} and {ref} targets are in the same notebook, so JupyterLab resolves them too."""
    for lang in LANGUAGES:
        text = _text(_cells(lang, name), "markdown")
        labels = {next(x for x in m if x) for m in LABEL.findall(text)}
        missing = set(NUMREF.findall(text)) - labels
        assert not missing, f"{lang}/{name}: {sorted(missing)}"


@pytest.mark.parametrize("name", sorted(f for f in _files(LANGUAGES[0]) if f.endswith(".md")))
def test_markdown_pages_have_the_same_labels(name):
    """Markdown pages define the same labels in every language."""
    texts = [(BOOK / lang / name).read_text(encoding="utf-8") for lang in LANGUAGES]
    labels = [{next(x for x in m if x) for m in LABEL.findall(t)} for t in texts]
    assert all(other == labels[0] for other in labels[1:])
