"""Build the book: every language of both editions, the landing pages and the teacher's packs.

Usage: ``python tools/build_book.py [LANG ...]`` (default: every language of
:data:`aifin_lib.i18n.LANGUAGES`). Warnings are errors.

Output (under ``$AIFIN_BUILD_DIR``, default ``_build``):

- ``html/<lang>/``: the full edition, with solutions and the teacher's guide;
- ``html/student/<lang>/``: the student edition, built from a copy of the sources without any
  solution and without the teacher's guide (``student_src/``), so that no file of it (page,
  ``_sources``, download, search index) holds a solution;
- ``html/index.html`` and ``html/student/index.html``: the landing pages, one block per language;
- ``html/<lang>/teachers_pack.zip``: the teacher's pack (student notebooks, an install note and an
  answer key computed by :func:`aifin_lib.exercises.answer_key`), linked from the teacher's guide;
- ``pdf/``: the print editions of ``tools/build_pdf.py`` (book, student edition, worksheets,
  teacher's guide; per language), printed from the built pages and copied into ``html/pdf/`` and
  ``html/student/pdf/``; every page links its document's PDF and the landing pages list them.

Each language and edition is built by Sphinx in a process of its own (Sphinx keeps gettext
catalogues process-wide, so a second language in the same process would inherit the first one's
interface strings). The languages are built in parallel (``AIFIN_JOBS``, default: the number of
CPUs); within a language the student edition follows the full one and reuses its executed
notebooks from the jupyter-cache (the cache key depends only on the code cells, which the student
copy keeps unchanged).

Settings (environment): ``AIFIN_BUILD_DIR`` (build folder), ``AIFIN_BASE_URL`` (optional
absolute URL of the published site root, e.g. ``https://example.org/aifin/``: ``hreflang`` and
canonical links become absolute; also read from ``html: baseurl:`` in ``_config.yml``),
``AIFIN_TOC`` (another table of contents), ``AIFIN_JOBS`` (parallel builds), ``AIFIN_PDF=0``
(no print editions, and no links to them).
"""

from __future__ import annotations

import concurrent.futures
import html
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path
from typing import Any

import build_pdf

ROOT = Path(__file__).resolve().parent.parent
# AIFIN_BUILD_DIR moves the whole build (e.g. to build two variants side by side).
BUILD = Path(os.environ.get("AIFIN_BUILD_DIR", ROOT / "_build")).resolve()
SITE = BUILD / "html"
STUDENT_SRC = BUILD / "student_src"
# Jupyter Book 1 always loads Thebe, which points at a CDN and writes its config twice; the
# book does not use sphinx-design, whose CSS and script every page loaded.
DROPPED_EXTENSIONS = {"sphinx_thebe", "sphinx_design"}
# A kernel that could not start (two kernels picked the same free port at once) fails a build
# for a reason that has nothing to do with the book: such a build is run once more.
KERNEL_RACE = ("Address already in use", "Kernel didn't respond", "Kernel died before replying")
EDITIONS = {"": "full edition (with solutions)", "student": "student edition (no solutions)"}
# Pages for teachers only: left out of the student edition.
TEACHER_ONLY = ("teachers_guide",)
TEACHERS_PACK = "teachers_pack.zip"

# ----------------------------------------------------------------------------------------------
# sources of the student edition
# ----------------------------------------------------------------------------------------------

FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|:{3,})\{(?P<name>[\w:-]+)\}(?P<arg>.*)$")
OPTION = re.compile(r"^\s*:(?P<key>[\w-]+):\s*(?P<value>.*)$")
REFERENCE = re.compile(r"\{(?:eval|glue|glue:[a-z]+)\}`(?P<name>[^`<]+?)(?:\s*<[^`]*>)?`")


def _directive_end(lines: list[str], start: int, fence: str) -> int:
    """Index of the line that closes the directive opened at ``start`` with ``fence``."""
    index = start + 1
    while index < len(lines) and lines[index].strip() != fence:
        index += 1
    if index == len(lines):
        raise ValueError(f"the directive {lines[start].strip()!r} is not closed by {fence!r}")
    return index


def strip_solutions(markdown: str) -> tuple[str, str]:
    """Remove every solution from MyST markdown; return (kept text, removed text).

    Recognised: sphinx-exercise's gated ``solution-start`` ... ``solution-end`` blocks, its
    ``solution`` directive, and drop-downs or admonitions with the class ``solution``, with
    backtick or colon fences.

    Examples
    --------
    >>> kept, removed = strip_solutions(
    ...     "Q?\\n:::{dropdown} Solution\\n:class: solution\\nA.\\n:::\\nEnd.")
    >>> kept, removed.splitlines()[-2]
    ('Q?\\nEnd.', 'A.')
    >>> strip_solutions("```{solution-start} x\\n:class: dropdown\\n```\\nA.\\n"
    ...                 "```{solution-end}\\n```\\nB.")[0]
    'B.'
    """
    lines = markdown.split("\n")
    kept: list[str] = []
    removed: list[str] = []
    index = 0
    while index < len(lines):
        match = FENCE.match(lines[index])
        if not match:
            kept.append(lines[index])
            index += 1
            continue
        fence, name = match["fence"], match["name"]
        options = {}
        probe = index + 1
        while probe < len(lines) and (option := OPTION.match(lines[probe])):
            options[option["key"]] = option["value"]
            probe += 1
        classes = options.get("class", "").split()
        if name == "solution-start":
            end = index + 1
            if fence.startswith("`"):  # the opener's own closing fence
                end = _directive_end(lines, index, fence)
            stop = end + 1
            while stop < len(lines):
                closing = FENCE.match(lines[stop])
                if closing and closing["name"] == "solution-end":
                    break
                stop += 1
            if stop == len(lines):
                raise ValueError(f"{lines[index].strip()!r} has no solution-end")
            closing_fence = FENCE.match(lines[stop])["fence"]
            last = _directive_end(lines, stop, closing_fence)
            removed.extend(lines[index:last + 1])
            index = last + 1
        elif name == "solution" or ("solution" in classes and name in (
                "dropdown", "admonition", "div", "note", "tip", "toggle")):
            last = _directive_end(lines, index, fence)
            removed.extend(lines[index:last + 1])
            index = last + 1
        else:
            kept.append(lines[index])
            index += 1
    return "\n".join(kept), "\n".join(removed)


def _strip_records(cell: dict[str, Any], names: set[str]) -> None:
    """Drop the published figures ``names`` from a cell.

    From a code cell's outputs: glue records of those names, and those names in the prose
    figures (:data:`aifin_lib.prose.MIMETYPE`). From a markdown cell: the stored results of
    those names in ``metadata.user_expressions``.
    """
    from aifin_lib.prose import MIMETYPE

    expressions = (cell.get("metadata") or {}).get("user_expressions")
    if expressions:
        cell["metadata"]["user_expressions"] = [
            item for item in expressions if str(item.get("expression", "")).strip() not in names
        ]
    outputs = cell.get("outputs") or []
    kept = []
    for out in outputs:
        if ((out.get("metadata") or {}).get("scrapbook") or {}).get("name") in names:
            continue
        figures = (out.get("data") or {}).get(MIMETYPE)
        if isinstance(figures, dict):
            out["data"][MIMETYPE] = {k: v for k, v in figures.items() if k not in names}
        kept.append(out)
    if "outputs" in cell:
        cell["outputs"] = kept


def student_notebook(notebook: dict[str, Any]) -> dict[str, Any]:
    """A notebook without its solutions, nor the figures only its solutions used.

    Code cells are kept unchanged, so the jupyter-cache finds the executed notebook of the full
    edition (its key depends only on the code cells).
    """
    kept_names: set[str] = set()
    solution_names: set[str] = set()
    for cell in notebook["cells"]:
        if cell["cell_type"] != "markdown":
            continue
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        text, removed = strip_solutions(source)
        cell["source"] = text
        kept_names.update(m["name"].strip() for m in REFERENCE.finditer(text))
        solution_names.update(m["name"].strip() for m in REFERENCE.finditer(removed))
    only_solutions = solution_names - kept_names
    for cell in notebook["cells"]:
        _strip_records(cell, only_solutions)
    notebook["cells"] = [
        cell for cell in notebook["cells"]
        if cell["cell_type"] == "code" or (
            "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        ).strip()
    ]
    return notebook


def student_toc(toc: Any) -> Any:
    """The table of contents without the pages for teachers only."""
    if isinstance(toc, dict):
        return {key: student_toc(value) for key, value in toc.items()}
    if isinstance(toc, list):
        return [student_toc(item) for item in toc
                if not (isinstance(item, dict) and item.get("file") in TEACHER_ONLY)]
    return toc


def _write_if_changed(path: Path, text: str) -> None:
    """Write ``text`` unless the file already holds it (keeps Sphinx's incremental build)."""
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def prepare_student_sources(languages: list[str]) -> Path:
    """Write the sources of the student edition; return its table of contents."""
    import yaml

    book = STUDENT_SRC / "book"
    toc_path = Path(os.environ.get("AIFIN_TOC", ROOT / "_toc.yml"))
    toc = student_toc(yaml.safe_load(toc_path.read_text(encoding="utf-8")))
    target_toc = STUDENT_SRC / "_toc.yml"
    _write_if_changed(target_toc, yaml.safe_dump(toc, sort_keys=False, allow_unicode=True))
    _write_if_changed(book / "references.bib",
                      (ROOT / "book" / "references.bib").read_text(encoding="utf-8"))
    data = STUDENT_SRC / "data"
    for path in (ROOT / "data").iterdir():
        if path.is_file():
            _write_if_changed(data / path.name, path.read_text(encoding="utf-8"))
    for lang in languages:
        source, target = ROOT / "book" / lang, book / lang
        wanted = set()
        for path in sorted(source.iterdir()):
            if path.stem in TEACHER_ONLY or path.suffix not in (".ipynb", ".md"):
                continue
            wanted.add(path.name)
            text = path.read_text(encoding="utf-8")
            if path.suffix == ".ipynb":
                notebook = student_notebook(json.loads(text))
                text = json.dumps(notebook, ensure_ascii=False, indent=1) + "\n"
            else:
                text = strip_solutions(text)[0]
            _write_if_changed(target / path.name, text)
        for path in target.glob("*"):
            if path.is_file() and path.name not in wanted:
                path.unlink()
    return target_toc


# ----------------------------------------------------------------------------------------------
# one Sphinx build (in its own process)
# ----------------------------------------------------------------------------------------------


def base_url() -> str:
    """The absolute URL of the published site root, or "" (relative links)."""
    url = os.environ.get("AIFIN_BASE_URL", "").strip()
    if not url:
        import yaml

        config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8")) or {}
        url = str(((config.get("html") or {}).get("baseurl")) or "").strip()
    if url and not re.match(r"^https?://", url):
        raise SystemExit(f"AIFIN_BASE_URL must be an absolute http(s) URL, got {url!r}")
    return url.rstrip("/") + "/" if url else ""


def pdf_enabled() -> bool:
    """Whether the build prints the PDFs (``AIFIN_PDF``, default yes)."""
    return os.environ.get("AIFIN_PDF", "1").strip().lower() not in ("0", "no", "false", "")


def build_language(lang: str, edition: str = "") -> None:
    """Build one language of one edition into ``html/[<edition>/]<lang>`` (this process)."""
    from jupyter_book.config import get_default_sphinx_config
    from jupyter_book.sphinx import build_sphinx

    from aifin_lib import i18n

    sys.path.insert(0, str(ROOT / "book" / "_ext"))
    extensions = [
        e for e in get_default_sphinx_config()["extensions"] if e not in DROPPED_EXTENSIONS
    ] + ["sphinx_exercise", "sphinxcontrib.bibtex", "aifin_book", "aifin_notebooks"]
    student = edition == "student"
    srcdir = (STUDENT_SRC / "book" / lang) if student else (ROOT / "book" / lang)
    toc = (STUDENT_SRC / "_toc.yml") if student else Path(
        os.environ.get("AIFIN_TOC", ROOT / "_toc.yml"))
    site_url = base_url()
    if site_url and edition:
        site_url += f"{edition}/"
    pack = BUILD / "packs" / lang / TEACHERS_PACK
    overrides = {
        "external_toc_path": str(toc),
        "latex_individualpages": False,
        "language": lang,
        "html_title": i18n.t("book_title", lang),
        "project": i18n.t("book_title", lang),
        "extensions": extensions,
        "nb_execution_cache_path": str(BUILD / ".jupyter_cache" / lang),
        # The student edition drops every solution (see book/_ext/aifin_book.py).
        "aifin_student_edition": student,
        "aifin_site_url": site_url,
        "aifin_teachers_pack": "" if student else str(pack),
        "aifin_pdfs": build_pdf.pdf_files(lang, edition) if pdf_enabled() else {},
        "html_baseurl": f"{site_url}{lang}/" if site_url else "",
        "html_theme_options": {
            "search_bar_text": i18n.t("search_placeholder", lang),
            "show_toc_level": 2,
            "use_download_button": True,
            "use_fullscreen_button": False,
            "navigation_with_keys": False,
            "home_page_in_toc": True,
        },
    }
    # Sphinx writes into a folder of its own per language and edition (MyST-NB puts executed
    # notebooks next to it, outside the site); the result then replaces the published folder.
    work = BUILD / "work" / (edition or "full") / lang
    result = build_sphinx(
        str(srcdir),
        str(work / "html"),
        noconfig=True,
        path_config=str(ROOT / "_config.yml"),
        confoverrides=overrides,
        doctreedir=str(BUILD / ".doctrees" / (edition or "full") / lang),
        warningiserror=True,
        keep_going=True,
        builder="html",
    )
    if result != 0:
        raise SystemExit(f"building the {lang!r} {EDITIONS[edition]} failed ({result!r})")
    target = SITE / edition / lang if edition else SITE / lang
    shutil.rmtree(target, ignore_errors=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(work / "html", target)


def _run_one(lang: str, edition: str) -> tuple[str, str, float]:
    """Build one language of one edition in a new Python process; return its log."""
    started = time.monotonic()
    log = BUILD / "logs" / f"{edition or 'full'}-{lang}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    for attempt in range(2):
        with log.open("w", encoding="utf-8") as handle:
            done = subprocess.run([sys.executable, __file__, "--one", lang, edition],
                                  stdout=handle, stderr=subprocess.STDOUT, check=False, cwd=ROOT)
        text = log.read_text(encoding="utf-8")
        if done.returncode == 0 or attempt or not any(race in text for race in KERNEL_RACE):
            break
    if done.returncode != 0:
        problems = [line for line in text.splitlines()
                    if "WARNING" in line or "ERROR" in line or "Error" in line]
        raise SystemExit(
            f"building the {lang!r} {EDITIONS[edition]} failed (log: {log}):\n"
            + "\n".join(problems[-40:] or text.splitlines()[-40:]))
    return lang, edition, time.monotonic() - started


_SOURCES_LOCK = threading.Lock()


def _run_language(lang: str) -> list[tuple[str, str, float]]:
    """Build both editions of one language, the full one first (it fills the cache).

    The student sources are written again just before their build, from the sources the full
    build has just read, so that their code cells match the cached notebooks.
    """
    results = []
    for edition in EDITIONS:
        if edition:
            with _SOURCES_LOCK:
                prepare_student_sources([lang])
        results.append(_run_one(lang, edition))
    return results


# ----------------------------------------------------------------------------------------------
# landing pages and teacher's packs
# ----------------------------------------------------------------------------------------------


def landing_block(lang: str, edition: str) -> str:
    """The landing page's block of one language: title, blurb, link and print editions."""
    from aifin_lib import i18n

    tag = i18n.LOCALES[lang].hreflang
    return (
        f'<section lang="{tag}">\n'
        f'<h2><a hreflang="{tag}" href="{lang}/index.html">'
        f"{html.escape(i18n.t('book_title', lang))}</a></h2>\n"
        f"<p>{html.escape(i18n.t('landing_blurb', lang))}</p>\n"
        f'<p><a class="go" hreflang="{tag}" href="{lang}/index.html">'
        f"{html.escape(i18n.t('landing_enter', lang))}</a></p>\n"
        f"{landing_pdfs(lang, edition)}"
        "</section>"
    )


def write_landing_page(edition: str = "") -> None:
    """Write ``html/[<edition>/]index.html``: every language, the reader's one highlighted."""
    from aifin_lib import i18n

    languages = [lang for lang in i18n.LANGUAGES if (SITE / edition / lang).is_dir()]
    tags = [i18n.LOCALES[lang].hreflang for lang in languages]
    first = languages[0]
    site_url = base_url()
    if site_url and edition:
        site_url += f"{edition}/"
    blocks = [landing_block(lang, edition) for lang in languages]
    note = " / ".join(
        f'<span lang="{tag}">{html.escape(i18n.t("student_edition", lang))}</span>'
        for lang, tag in zip(languages, tags, strict=True))
    edition_note = f" <small>({note})</small>" if edition else ""
    alternates = "\n".join(
        f'<link rel="alternate" hreflang="{tag}" href="{site_url}{lang}/index.html">'
        for lang, tag in zip(languages, tags, strict=True))
    canonical = f'\n<link rel="canonical" href="{site_url}index.html">' if site_url else ""
    title = " / ".join(html.escape(i18n.t("book_title", lang)) for lang in languages)
    page = f"""<!DOCTYPE html>
<html lang="{tags[0]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="{html.escape(i18n.t('landing_blurb', first), quote=True)}">
<link rel="icon" href="{first}/_static/aifin-icon.svg" type="image/svg+xml">
{alternates}
<link rel="alternate" hreflang="x-default" href="{site_url}index.html">{canonical}
<style>
body {{ font-family: system-ui, sans-serif; max-width: 46rem; margin: 3rem auto;
       padding: 0 1rem; line-height: 1.5; color: #222; background: #fff; }}
section {{ border-left: 4px solid #1f4e79; padding: 0.2rem 1rem; margin: 2rem 0; }}
section.preferred {{ border-left-color: #c55a11; background: #fbf6f1; }}
a {{ color: #1f4e79; }} a.go {{ font-weight: 600; }}
@media (prefers-color-scheme: dark) {{
  body {{ color: #e6e6e6; background: #14181d; }} a {{ color: #8cc2ff; }}
  section.preferred {{ background: #2a2119; }} }}
</style>
</head>
<body>
<main>
<h1>aifin{edition_note}</h1>
{chr(10).join(blocks)}
</main>
<script>
// Highlight the reader's language; every language remains one click away.
const languages = {json.dumps(tags)};
const primary = tag => tag.toLowerCase().split("-")[0];
const wanted = (navigator.languages || [navigator.language || ""]).map(tag =>
  languages.find(code => code.toLowerCase() === tag.toLowerCase())
  || languages.find(code => primary(code) === primary(tag))).find(Boolean) || languages[0];
document.querySelector(`section[lang="${{wanted}}"]`).classList.add("preferred");
</script>
</body>
</html>
"""
    (SITE / edition / "index.html").write_text(page, encoding="utf-8")
    (SITE / ".nojekyll").write_text("", encoding="utf-8")


def landing_pdfs(lang: str, edition: str) -> str:
    """The landing page's list of the print editions of one language (those built)."""
    from aifin_lib import i18n

    manifest = BUILD / "pdf" / "manifest.json"
    if not pdf_enabled() or not manifest.is_file():
        return ""
    known = json.loads(manifest.read_text(encoding="utf-8"))
    names = {"book": "print_book", "student": "print_book_student",
             "worksheets": "print_worksheets", "teachers_guide": "print_teachers_guide"}
    items = []
    for kind, name in build_pdf.pdf_files(lang, edition).items():
        entry = known.get(name)
        if not entry or not (SITE / edition / "pdf" / name).is_file():
            continue
        size = i18n.fmt_unit(round(entry["bytes"] / 1e6, 1), "digital-megabyte", lang)
        text = i18n.t("print_download_size", lang, document=i18n.t(names[kind], lang),
                      size=size, pages=i18n.t_plural("print_n_pages", entry["pages"], lang))
        items.append(f'<li><a href="pdf/{name}" type="application/pdf" download>'
                     f"{html.escape(text)}</a></li>")
    if not items:
        return ""
    return (f"<h3>{html.escape(i18n.t('print_editions', lang))}</h3>\n"
            f'<ul class="pdfs">{"".join(items)}</ul>\n')


def worksheet_questions(lang: str) -> dict[str, str]:
    """The question of every worksheet exercise, ``{exercise id: text}``, from the worksheets.

    A question is the markdown cell before the code cell that calls
    ``af.exercises.check("<id>", ...)`` (heading and text, on one line).
    """
    questions: dict[str, str] = {}
    for path in sorted((ROOT / "book" / lang).glob("worksheet_*.ipynb")):
        markdown = ""
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            source = "".join(cell["source"]) if isinstance(cell["source"], list) else (
                cell["source"])
            if cell["cell_type"] == "markdown":
                markdown = source
            for exercise_id in re.findall(r"check\(\s*[\"']([\w-]+)[\"']", source):
                head, _, body = markdown.strip().partition("\n")
                if head.startswith("#"):
                    text = head.lstrip("# ").strip() + " — " + body
                else:
                    text = markdown
                questions.setdefault(exercise_id, " ".join(text.split()))
    return questions


def write_teachers_pack(lang: str) -> Path:
    """Write the teacher's pack of one language: student notebooks, install note, answer key.

    Returns the path of the zip file (``packs/<lang>/teachers_pack.zip``); the book's extension
    copies it next to the teacher's guide and links it from there.
    """
    sys.path.insert(0, str(ROOT / "book" / "_ext"))
    from aifin_book import site_t

    from aifin_lib import exercises, i18n

    folder = f"aifin-{lang}"
    notebooks = sorted((STUDENT_SRC / "book" / lang).glob("*.ipynb"))
    questions = worksheet_questions(lang)
    key = [f"# {site_t('Answer key', lang)}: {i18n.t('book_title', lang)}", "",
           f"| {site_t('Exercise', lang)} | {site_t('Question', lang)} | "
           f"{site_t('Answer', lang)} |", "|---|---|---|"]
    for exercise_id, title, answer in exercises.answer_key(lang, build_pdf.ANSWER_KEY_DIGITS):
        question = questions.get(exercise_id, "")
        cells = [exercise_id, f"**{title}** — {question}" if question else title, answer]
        cells = [c.replace("|", "\\|").replace("\n", " ") for c in cells]
        key.append(f"| {cells[0]} | {cells[1]} | {cells[2]} |")
    install = i18n.t("teachers_pack_install", lang, title=i18n.t("book_title", lang),
                     folder=folder)
    target = BUILD / "packs" / lang / TEACHERS_PACK
    target.parent.mkdir(parents=True, exist_ok=True)
    stamp = (2026, 1, 1, 0, 0, 0)  # fixed times: the same sources give the same zip
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as pack:
        def add(name: str, text: str) -> None:
            info = zipfile.ZipInfo(f"{folder}/{name}", date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            pack.writestr(info, text.encode("utf-8"))

        add("README.md", install)
        add("answer_key.md", "\n".join(key) + "\n")
        for path in notebooks:
            add(f"notebooks/{path.name}", path.read_text(encoding="utf-8"))
    return target


# ----------------------------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    """Build the requested languages (default: all), the landing pages and teacher's packs."""
    from aifin_lib import i18n

    if argv[:1] == ["--one"]:
        build_language(argv[1], argv[2] if len(argv) > 2 else "")
        return
    languages = argv or list(i18n.LANGUAGES)
    for lang in languages:
        if lang not in i18n.LANGUAGES:
            raise SystemExit(f"unknown language {lang!r}; expected one of {i18n.LANGUAGES}")
    started = time.monotonic()
    SITE.mkdir(parents=True, exist_ok=True)
    prepare_student_sources(languages)
    for lang in languages:
        write_teachers_pack(lang)
    jobs = int(os.environ.get("AIFIN_JOBS", os.cpu_count() or 1))
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        for results in pool.map(_run_language, languages):
            for lang, edition, seconds in results:
                print(f"built {lang} {EDITIONS[edition]} in {seconds:.0f} s")
    if pdf_enabled():
        build_pdf.main(languages)
    for edition in EDITIONS:
        write_landing_page(edition)
    print(f"built {', '.join(languages)} into {SITE} (student edition in {SITE / 'student'}) "
          f"in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
