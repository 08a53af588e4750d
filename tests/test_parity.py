"""Parity of the two languages: same files, same code, same glue keys and labels."""

import json
import re
from pathlib import Path

import pytest

BOOK = Path(__file__).resolve().parent.parent / "book"
LANG_LINE = re.compile(r'^LANG = "(nl|en)"$', re.MULTILINE)
GLUE_CALL = re.compile(r"""glue\(\s*["']([^"']+)["']""")
GLUE_USE = re.compile(r"\{glue(?::[a-z]+)?\}`([^`]+)`|```\{glue(?::[a-z]+)?\}\s+(\S+)")
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
    """Each chapter starts with one hidden cell (remove-cell) that calls the set-up."""
    for lang in ("nl", "en"):
        first = next(c for c in _cells(lang, name) if c["cell_type"] == "code")
        assert "remove-cell" in first.get("metadata", {}).get("tags", [])
        assert "setup(LANG)" in "".join(first["source"])


def _uses(text: str) -> set[str]:
    return {a or b for a, b in GLUE_USE.findall(text)}


def _glued(cells: list[dict]) -> set[str]:
    """Names glued by a notebook, read from its stored outputs (loops included)."""
    return {
        output.get("metadata", {}).get("scrapbook", {}).get("name")
        for cell in cells if cell["cell_type"] == "code"
        for output in cell.get("outputs", [])
    } - {None}


@pytest.mark.parametrize("name", _notebooks())
def test_same_glue_keys_and_labels(name):
    """Both languages glue and use the same keys, and define the same labels and names."""
    nl, en = _cells("nl", name), _cells("en", name)
    assert _glued(nl) == _glued(en)
    assert set(GLUE_CALL.findall(_text(nl, "code"))) <= _glued(nl)
    assert _uses(_text(nl, "markdown")) == _uses(_text(en, "markdown"))
    labels_nl = {next(x for x in m if x) for m in LABEL.findall(_text(nl, "markdown"))}
    labels_en = {next(x for x in m if x) for m in LABEL.findall(_text(en, "markdown"))}
    assert labels_nl == labels_en


@pytest.mark.parametrize("name", _notebooks())
def test_every_used_glue_key_is_glued(name):
    """A {glue} reference in the prose always has a stored glued output behind it."""
    for lang in ("nl", "en"):
        cells = _cells(lang, name)
        missing = _uses(_text(cells, "markdown")) - _glued(cells)
        assert not missing, f"{lang}/{name}: used but never glued: {sorted(missing)}"


@pytest.mark.parametrize("name", _notebooks())
def test_glued_text_is_formatted_per_language(name):
    """Glued numbers differ between the languages only in formatting, never in presence."""
    for lang in ("nl", "en"):
        for cell in _cells(lang, name):
            for output in cell.get("outputs", []):
                text = "".join(output.get("data", {}).get(
                    "application/papermill.record/text/plain", ""))
                assert "nan" not in text.lower().split("'"), f"{lang}/{name}: NaN glued"


@pytest.mark.parametrize("name", sorted(f for f in _files("en") if f.endswith(".md")))
def test_markdown_pages_have_the_same_labels(name):
    """Markdown pages define the same labels in both languages."""
    texts = [(BOOK / lang / name).read_text(encoding="utf-8") for lang in ("nl", "en")]
    labels = [{next(x for x in m if x) for m in LABEL.findall(t)} for t in texts]
    assert labels[0] == labels[1]
