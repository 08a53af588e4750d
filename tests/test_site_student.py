"""The student edition holds no solution in any file; the teacher's pack is complete.

Needs ``make book`` first. The solutions are read from the full edition's pages (and its
sources); each one's text is then looked for in every file under ``html/student/``: pages,
``_sources``, downloads, the search index, scripts. The teacher's pack of each language is
opened and checked against :func:`aifin_lib.exercises.answer_key`.
"""

from __future__ import annotations

import html
import json
import re
import sys
import zipfile
from pathlib import Path

import pytest
from babel.numbers import parse_decimal
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import build_book  # noqa: E402  (tools/ is not a package)
import sitecheck  # noqa: E402

from aifin_lib import exercises, i18n, prose  # noqa: E402
from aifin_lib.data import loader  # noqa: E402

pytestmark = pytest.mark.browser

SITE = sitecheck.SITE
STUDENT = SITE / "student"
RUN_OF_WORDS = re.compile(r"[^\W\d_]+(?:[ ,;:'’\-]+[^\W\d_]+)+")
MIN_WORDS = 6


def _normal(text: str) -> str:
    """Lower case, entities and JSON escapes decoded, markup marks dropped, one space."""
    text = html.unescape(text.replace("\\n", " ").replace('\\"', '"'))
    text = re.sub(r"<[^>]+>|[*_`]", " ", text)
    return " ".join(text.lower().split())


def _fragments(text: str) -> set[str]:
    """Runs of at least six words without numbers: what a leak of this text would contain."""
    out = set()
    for run in RUN_OF_WORDS.findall(text):
        words = re.sub(r"[ ,;:]+", " ", run).split()
        if len(words) >= MIN_WORDS:
            out.add(_normal(run))
    return out


def _markdown(source: Path) -> str:
    """The markdown of a book source (the markdown cells of a notebook)."""
    text = source.read_text(encoding="utf-8")
    if source.suffix != ".ipynb":
        return text
    return "\n".join("".join(c["source"]) if isinstance(c["source"], list) else c["source"]
                     for c in json.loads(text)["cells"] if c["cell_type"] == "markdown")


def solutions(lang: str) -> dict[str, set[str]]:
    """Fragments only solutions hold, per file of the full edition of ``lang``.

    Taken from the solutions on the pages (rendered text), the solution blocks of the sources,
    and the whole teacher's guide; minus every fragment that a student may read anyway (the
    same words in the chapters' prose or exercises).
    """
    found: dict[str, set[str]] = {}
    public: list[str] = []
    for page in sorted((SITE / lang).glob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        teacher_only = page.stem in build_book.TEACHER_ONLY
        blocks = soup.select("article div.solution")
        if teacher_only:
            blocks = soup.select("article")
        for block in blocks:
            title = block.select_one(".admonition-title")
            if title and not teacher_only:
                title.decompose()
            found.setdefault(page.name, set()).update(_fragments(block.get_text(" ")))
            block.decompose()
        if not teacher_only:
            public.append(_normal(soup.get_text(" ")))
    for source in sorted((ROOT / "book" / lang).glob("*.*")):
        if source.suffix not in (".md", ".ipynb"):
            continue
        kept, removed = build_book.strip_solutions(_markdown(source))
        if source.stem in build_book.TEACHER_ONLY:
            removed = kept + "\n" + removed
        else:
            public.append(_normal(kept))
        if removed:
            found.setdefault(source.name, set()).update(_fragments(removed))
    corpus = "\n".join(public)
    return {name: {f for f in fragments if f not in corpus} for name, fragments in found.items()}


def _student_files() -> list[Path]:
    return [p for p in STUDENT.rglob("*") if p.is_file() and p.suffix not in (
        ".png", ".jpg", ".svg", ".woff2", ".ttf", ".ico", ".gif")]


@pytest.fixture(scope="module")
def student_texts() -> dict[Path, str]:
    """Every text file of the student edition, normalised."""
    if not STUDENT.is_dir():
        pytest.fail(f"{STUDENT} has not been built: run `make book` first")
    texts = {}
    for path in _student_files():
        try:
            texts[path] = _normal(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            texts[path] = _normal(path.read_bytes().decode("latin-1"))
    return texts


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_no_solution_text_in_any_student_file(lang, student_texts):
    """No fragment of any solution of the full edition appears in any file under student/."""
    found = solutions(lang)
    fragments = set().union(*found.values()) if found else set()
    assert len(fragments) >= 20, f"too few solution texts found in {lang} ({len(fragments)})"
    leaks = [f"{path.relative_to(SITE)}: {fragment!r}"
             for path, text in student_texts.items() for fragment in fragments
             if fragment in text]
    assert not leaks, f"{len(leaks)} solution fragments in the student edition:\n" + "\n".join(
        leaks[:20])


def test_the_leak_check_finds_a_planted_solution(tmp_path):
    """The fragments of a solution are found in a file that holds it (the check can fail)."""
    lang = i18n.LANGUAGES[0]
    found = solutions(lang)
    page, fragments = next((name, f) for name, f in found.items() if f)
    fragment = sorted(fragments)[0]
    planted = tmp_path / "leak.json"
    planted.write_text(json.dumps({"text": fragment.upper()}), encoding="utf-8")
    assert fragment in _normal(planted.read_text(encoding="utf-8")), page


def test_student_edition_has_no_teachers_pages():
    """The teacher's guide and the teacher's pack are not part of the student edition."""
    for lang in i18n.LANGUAGES:
        for name in build_book.TEACHER_ONLY:
            assert not list((STUDENT / lang).rglob(f"{name}.*")), f"student/{lang}: {name}"
        assert (SITE / lang / build_book.TEACHERS_PACK).is_file()
    assert not list(STUDENT.rglob("*.zip"))
    assert not (SITE / "jupyter_execute").exists() and not (STUDENT / "jupyter_execute").exists()


def test_student_edition_reused_the_executed_notebooks():
    """The student sources keep the code cells, so the jupyter-cache runs no notebook again:
    every notebook the last build read came from the cache of the full edition."""
    for lang in i18n.LANGUAGES:
        log = build_book.BUILD / "logs" / f"student-{lang}.log"
        assert log.is_file(), f"{log} is missing: run `make book`"
        text = re.sub(r"\x1b\[[0-9;]*m", "", log.read_text(encoding="utf-8"))
        assert "Executing notebook" not in text
        read = re.findall(r"reading sources\.\.\. \[\s*\d+%\] (\S+)", text)
        for name in read:
            notebook = build_book.STUDENT_SRC / "book" / lang / f"{name}.ipynb"
            if notebook.is_file():
                assert f"{notebook}: Using cached notebook" in text, notebook.name


def solution_figures(lang: str) -> dict[str, str]:
    """The prose figures only solutions use, ``{name: text}``, from the notebooks of ``book/``.

    A figure is solution-only when a solution refers to it (``{eval}`name```) and no other
    text of the same notebook does; its text is what the notebook publishes
    (:func:`aifin_lib.prose.stored_figures`).
    """
    figures: dict[str, str] = {}
    for source in sorted((ROOT / "book" / lang).glob("*.ipynb")):
        kept, removed = build_book.strip_solutions(_markdown(source))
        names = {m["name"].strip() for m in build_book.REFERENCE.finditer(removed)}
        names -= {m["name"].strip() for m in build_book.REFERENCE.finditer(kept)}
        stored = prose.stored_figures(json.loads(source.read_text(encoding="utf-8")))
        figures.update({name: stored[name] for name in names if name in stored})
    return figures


def figure_leaks(name: str, text: str, figures: dict[str, str]) -> list[str]:
    """Where the text of a file gives away a solution-only figure.

    Looked for: the name with its text as JSON writes them (``"name": "text"``, with or without
    escaped characters), the name anywhere as a word, and, in a notebook, the name among the
    prose figures of an output or the ``user_expressions`` of a markdown cell.
    """
    leaks = []
    words = set(re.findall(r"\b(?:" + "|".join(map(re.escape, figures)) + r")\b", text))
    for figure in sorted(words):
        value = figures[figure]
        pairs = {f"{json.dumps(figure)}: {json.dumps(value, ensure_ascii=ascii)}"
                 for ascii in (True, False)}
        if any(pair in text for pair in pairs):
            leaks.append(f"{name}: {figure} = {value!r}")
        else:
            leaks.append(f"{name}: {figure}")
    if name.endswith(".ipynb"):
        notebook = json.loads(text)
        for cell in notebook["cells"]:
            names = {str(item.get("expression", "")).strip()
                     for item in (cell.get("metadata") or {}).get("user_expressions", [])}
            for output in cell.get("outputs", []):
                names.update((output.get("data") or {}).get(prose.MIMETYPE, {}))
            leaks += [f"{name}: {figure} in the stored figures" for figure in names & set(figures)]
    return leaks


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_no_solution_figure_in_any_student_file(lang):
    """No figure that only solutions use is stored in any file of the student edition (both
    languages' trees) nor in the teacher's pack's notebooks: not in the prose figures of the
    notebooks, their ``user_expressions``, the ``_sources`` copies, nor the search index."""
    figures = solution_figures(lang)
    assert len(figures) >= 20, f"too few solution-only figures in {lang} ({len(figures)})"
    if not STUDENT.is_dir():
        pytest.fail(f"{STUDENT} has not been built: run `make book` first")
    leaks = []
    for path in _student_files():
        text = path.read_bytes().decode("utf-8", errors="replace")
        leaks += figure_leaks(str(path.relative_to(SITE)), text, figures)
    with zipfile.ZipFile(SITE / lang / build_book.TEACHERS_PACK) as archive:
        for name in archive.namelist():
            leaks += figure_leaks(name, archive.read(name).decode("utf-8"), figures)
    assert not leaks, f"{len(leaks)} solution-only figures given away:\n" + "\n".join(
        leaks[:20])


def test_the_figure_check_finds_the_figures_of_the_full_edition():
    """The full edition's notebooks hold every solution-only figure, as a name with its text and
    in the stored figures: the check finds each of them there (it can fail), and finds none in
    the student copy the build makes of the same notebooks."""
    for lang in i18n.LANGUAGES:
        figures = solution_figures(lang)
        pairs, stored = set(), set()
        for source in sorted((ROOT / "book" / lang).glob("*.ipynb")):
            text = source.read_text(encoding="utf-8")
            for leak in figure_leaks(source.name, text, figures):
                figure = leak.split(": ")[1].split(" ")[0]
                (pairs if " = " in leak else stored if "stored" in leak else set()).add(figure)
            student = build_book.student_notebook(json.loads(text))
            assert not figure_leaks(source.name, json.dumps(student, indent=1), figures)
        assert pairs == set(figures), sorted(set(figures) - pairs)
        assert stored == set(figures), sorted(set(figures) - stored)


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_teachers_pack(lang):
    """Per language: the students' notebooks, an install note and the answer key of every
    worksheet exercise, with the answers the checker uses."""
    pack = SITE / lang / build_book.TEACHERS_PACK
    with zipfile.ZipFile(pack) as archive:
        names = archive.namelist()
        folder = f"aifin-{lang}/"
        assert all(name.startswith(folder) for name in names)
        notebooks = {Path(n).name for n in names if n.endswith(".ipynb")}
        sources = {p.name for p in (ROOT / "book" / lang).glob("*.ipynb")}
        assert notebooks == sources
        assert any(n.startswith("worksheet_") for n in notebooks)
        readme = archive.read(folder + "README.md").decode("utf-8")
        assert "pip install" in readme and i18n.t("book_title", lang) in readme
        # The library with its own dependencies (pyproject.toml), installed editable so that it
        # finds the repository's data/, plus JupyterLab and the MyST renderer of the prose's
        # numbers; not the build's and tests' pins of requirements.txt.
        assert "pip install -e . jupyterlab jupyterlab-myst" in readme
        assert "pip install --user -e . jupyterlab-myst" in readme
        assert "requirements.txt" not in readme
        assert "`data/`" in readme and loader.DATA_DIR_ENV in readme
        key = archive.read(folder + "answer_key.md").decode("utf-8")
        fragments = set().union(*solutions(lang).values())
        for name in names:
            if name.endswith(".ipynb"):
                text = _normal(archive.read(name).decode("utf-8"))
                assert not [f for f in fragments if f in text], name
    # The pack's key is rounded for the teacher, as the printed one.
    rows = exercises.answer_key(lang, build_book.build_pdf.ANSWER_KEY_DIGITS)
    assert [r[0] for r in rows] == list(exercises.EXERCISES)
    for exercise_id, _title, answer in rows:
        line = next(line for line in key.splitlines() if line.startswith(f"| {exercise_id} |"))
        assert answer.replace("|", "\\|") in line
        # The key's answer is what the checker accepts.
        value = float(parse_decimal(answer.split(". ")[0], locale=lang))
        assert exercises.check(exercise_id, value, lang).correct


def test_teachers_guide_links_the_pack():
    """The teacher's guide of each language links its pack, with the size in the text."""
    for lang in i18n.LANGUAGES:
        page = (SITE / lang / "teachers_guide.html").read_text(encoding="utf-8")
        soup = BeautifulSoup(page, "html.parser")
        link = soup.select_one(f'a[href="{build_book.TEACHERS_PACK}"]')
        assert link is not None and "kB" in link.get_text()
