"""Build the book in both languages, plus the bilingual landing page.

Usage: ``python tools/build_book.py [nl|en ...]`` (default: both). Warnings are errors.
Output: ``_build/html/nl/``, ``_build/html/en/`` and ``_build/html/index.html``; the student
edition (every solution hidden) in ``_build/html/student/`` with the same layout.
"""

from __future__ import annotations

import html
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# AIFIN_BUILD_DIR moves the whole build (e.g. to build two variants side by side).
BUILD = Path(os.environ.get("AIFIN_BUILD_DIR", ROOT / "_build")).resolve()
SITE = BUILD / "html"
# Jupyter Book 1 always loads Thebe, which points at a CDN and writes its config twice: dropped.
DROPPED_EXTENSIONS = {"sphinx_thebe"}


EDITIONS = {"": "full edition (with solutions)", "student": "student edition (no solutions)"}


def build_language(lang: str, edition: str = "") -> None:
    """Build one language of one edition into ``_build/html/[<edition>/]<lang>``."""
    from jupyter_book.config import get_default_sphinx_config
    from jupyter_book.sphinx import build_sphinx

    from aifin_lib import i18n

    sys.path.insert(0, str(ROOT / "book" / "_ext"))
    extensions = [
        e for e in get_default_sphinx_config()["extensions"] if e not in DROPPED_EXTENSIONS
    ] + ["sphinx_exercise", "sphinxcontrib.bibtex", "aifin_book"]
    overrides = {
        "external_toc_path": os.environ.get("AIFIN_TOC", str(ROOT / "_toc.yml")),
        "latex_individualpages": False,
        "language": lang,
        "html_title": i18n.t("book_title", lang),
        "project": i18n.t("book_title", lang),
        "extensions": extensions,
        "nb_execution_cache_path": str(BUILD / ".jupyter_cache"),
        # The student edition drops every solution (see book/_ext/aifin_book.py).
        "aifin_student_edition": edition == "student",
        "html_theme_options": {
            "search_bar_text": i18n.t("search_placeholder", lang),
            "show_toc_level": 2,
            "use_download_button": True,
            "use_fullscreen_button": False,
            "navigation_with_keys": False,
            "home_page_in_toc": True,
        },
    }
    result = build_sphinx(
        str(ROOT / "book" / lang),
        str(SITE / edition / lang),
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


def write_landing_page(edition: str = "") -> None:
    """Write ``_build/html/[<edition>/]index.html``: both languages, the reader's one suggested."""
    from aifin_lib import i18n

    blocks = []
    for lang in i18n.LANGUAGES:
        blocks.append(
            f'<section lang="{lang}">\n'
            f'<h2><a hreflang="{lang}" href="{lang}/index.html">'
            f"{html.escape(i18n.t('book_title', lang))}</a></h2>\n"
            f"<p>{html.escape(i18n.t('landing_blurb', lang))}</p>\n"
            f'<p><a class="go" hreflang="{lang}" href="{lang}/index.html">'
            f"{html.escape(i18n.t('landing_enter', lang))}</a></p>\n"
            "</section>"
        )
    edition_note = (
        f" <small>({html.escape(i18n.t('student_edition', 'nl'))} / "
        f"{html.escape(i18n.t('student_edition', 'en'))})</small>" if edition else ""
    )
    page = f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(i18n.t('book_title', 'nl'))} / {html.escape(i18n.t('book_title', 'en'))}</title>
<link rel="alternate" hreflang="nl" href="nl/index.html">
<link rel="alternate" hreflang="en" href="en/index.html">
<style>
body {{ font-family: system-ui, sans-serif; max-width: 46rem; margin: 3rem auto;
       padding: 0 1rem; line-height: 1.5; color: #222; }}
section {{ border-left: 4px solid #1f4e79; padding: 0.2rem 1rem; margin: 2rem 0; }}
section.preferred {{ border-left-color: #c55a11; background: #fbf6f1; }}
a {{ color: #1f4e79; }} a.go {{ font-weight: 600; }}
</style>
</head>
<body>
<h1>aifin{edition_note}</h1>
{chr(10).join(blocks)}
<script>
// Highlight the reader's language; both remain one click away.
const lang = (navigator.language || "en").slice(0, 2) === "nl" ? "nl" : "en";
document.querySelector(`section[lang="${{lang}}"]`).classList.add("preferred");
</script>
</body>
</html>
"""
    (SITE / edition / "index.html").write_text(page, encoding="utf-8")
    (SITE / ".nojekyll").write_text("", encoding="utf-8")


def main(argv: list[str]) -> None:
    """Build the requested languages (default: all) and the landing page."""
    from aifin_lib import i18n

    languages = argv or list(i18n.LANGUAGES)
    for lang in languages:
        if lang not in i18n.LANGUAGES:
            raise SystemExit(f"unknown language {lang!r}; expected one of {i18n.LANGUAGES}")
    SITE.mkdir(parents=True, exist_ok=True)
    for edition in EDITIONS:
        for lang in languages:
            shutil.rmtree(SITE / edition / lang, ignore_errors=True)
            build_language(lang, edition)
        write_landing_page(edition)
    print(f"built {', '.join(languages)} into {SITE} (student edition in {SITE / 'student'})")


if __name__ == "__main__":
    main(sys.argv[1:])
