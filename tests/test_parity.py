"""Parity of the two languages (same files, code, figures, labels) and notebooks that
JupyterLab shows as the site does."""

import json
import re
from pathlib import Path

import pytest

from aifin_lib import prose

BOOK = Path(__file__).resolve().parent.parent / "book"
LANG_LINE = re.compile(r'^LANG = "(nl|en)"$', re.MULTILINE)
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
    return sorted(f for f in _files("en") if f.endswith(".ipynb"))


def _cells(lang: str, name: str) -> list[dict]:
    return json.loads((BOOK / lang / name).read_text(encoding="utf-8"))["cells"]


def _text(cells: list[dict], kind: str) -> str:
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == kind)


def test_same_files_in_both_languages():
    """book/nl and book/en hold exactly the same file names (English slugs)."""
    assert _files("nl") == _files("en")
    assert _notebooks(), "the book has no notebooks"


@pytest.mark.parametrize("name", _notebooks())
def test_code_cells_identical_but_the_language_line(name):
    """Code cells are the same in both languages; only the LANG line differs, once."""
    nl, en = _cells("nl", name), _cells("en", name)
    code_nl = [c for c in nl if c["cell_type"] == "code"]
    code_en = [c for c in en if c["cell_type"] == "code"]
    assert len(code_nl) == len(code_en)
    lang_lines = 0
    for cell_nl, cell_en in zip(code_nl, code_en, strict=True):
        src_nl, src_en = "".join(cell_nl["source"]), "".join(cell_en["source"])
        lang_lines += len(LANG_LINE.findall(src_nl))
        assert LANG_LINE.sub('LANG = "?"', src_nl) == LANG_LINE.sub('LANG = "?"', src_en)
        assert cell_nl.get("metadata", {}).get("tags", []) == cell_en.get("metadata", {}).get(
            "tags", []
        )
    assert lang_lines == 1, f"{name}: expected exactly one LANG line, found {lang_lines}"
    assert 'LANG = "nl"' in _text(nl, "code") and 'LANG = "en"' in _text(en, "code")


@pytest.mark.parametrize("name", _notebooks())
def test_first_code_cell_is_the_hidden_setup(name):
    """Each chapter starts with one hidden cell (remove-cell) that calls the set-up; a worksheet's
    (``af.exercises.start``) comes right after a "run this cell first" note shown only in
    JupyterLab (the site hides both)."""
    for lang in ("nl", "en"):
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
def test_same_figures_labels_and_citations(name):
    """Both languages publish and use the same figures, labels, citations and links."""
    nl, en = _cells("nl", name), _cells("en", name)
    assert set(_published(nl)) == set(_published(en))
    assert _eval_uses(nl) == _eval_uses(en)
    labels_nl = {next(x for x in m if x) for m in LABEL.findall(_text(nl, "markdown"))}
    labels_en = {next(x for x in m if x) for m in LABEL.findall(_text(en, "markdown"))}
    assert labels_nl == labels_en
    for pattern in (CITATION, NOTEBOOK_LINK, NUMREF):
        assert sorted(pattern.findall(_text(nl, "markdown"))) == sorted(
            pattern.findall(_text(en, "markdown"))), pattern.pattern


@pytest.mark.parametrize("name", _notebooks())
def test_every_eval_figure_is_published(name):
    """An {eval} figure in the prose always has a published (stored) text behind it."""
    for lang in ("nl", "en"):
        cells = _cells(lang, name)
        missing = _eval_uses(cells) - set(_published(cells))
        assert not missing, f"{lang}/{name}: used but never published: {sorted(missing)}"


@pytest.mark.parametrize("name", _notebooks())
def test_stored_user_expressions_equal_the_published_figures(name):
    """What JupyterLab shows on opening (user_expressions) is what the site shows.

    jupyterlab-myst renders a markdown cell's stored ``metadata.user_expressions`` before the
    kernel runs; nbval does not look at markdown metadata, so this test does.
    """
    for lang in ("nl", "en"):
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
    figures = {lang: _published(_cells(lang, name)) for lang in ("nl", "en")}
    for lang, published in figures.items():
        for key, text in published.items():
            assert text.strip() and not re.search(r"\b(nan|inf)\b", text, re.IGNORECASE), (
                f"{lang}/{name}: {key} = {text!r}")
    for key in figures["en"]:
        has_digits = [bool(re.search(r"\d", figures[lang][key])) for lang in ("nl", "en")]
        assert has_digits[0] == has_digits[1], key


@pytest.mark.parametrize("name", _notebooks())
def test_markdown_uses_only_what_jupyterlab_renders(name):
    """No construct that jupyterlab-myst shows as a raw key, an English label or an error box.

    ``{glue:...}`` (a raw key), ``{glue:figure}`` (Unknown Directive), ``{term}`` / ``{cite}`` /
    ``{doc}`` (unresolved references) and sphinx-exercise's gated blocks ("Exercise 1" in a
    Dutch notebook) are written in the notebook dialect the book's reader translates
    (book/_ext/aifin_notebooks.py).
    """
    for lang in ("nl", "en"):
        text = _text(_cells(lang, name), "markdown")
        found = sorted(set(LAB_UNFRIENDLY.findall(text)))
        assert not found, f"{lang}/{name}: {found}"


@pytest.mark.parametrize("name", _notebooks())
def test_cross_references_resolve_inside_the_notebook(name):
    """{numref} and {ref} targets are in the same notebook, so JupyterLab resolves them too."""
    for lang in ("nl", "en"):
        text = _text(_cells(lang, name), "markdown")
        labels = {next(x for x in m if x) for m in LABEL.findall(text)}
        missing = set(NUMREF.findall(text)) - labels
        assert not missing, f"{lang}/{name}: {sorted(missing)}"


@pytest.mark.parametrize("name", sorted(f for f in _files("en") if f.endswith(".md")))
def test_markdown_pages_have_the_same_labels(name):
    """Markdown pages define the same labels in both languages."""
    texts = [(BOOK / lang / name).read_text(encoding="utf-8") for lang in ("nl", "en")]
    labels = [{next(x for x in m if x) for m in LABEL.findall(t)} for t in texts]
    assert labels[0] == labels[1]
