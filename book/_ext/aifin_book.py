"""Sphinx extension of the aifin book: language links, offline Vega, clean pages.

- every page gets ``<link rel="alternate" hreflang=...>`` to itself and its counterpart in the
  other language, and a visible link to that counterpart (``<a hreflang=...>``);
- the Vega / Vega-Lite / vega-embed JavaScript of the pinned ``vl-convert-python`` package is
  written into the site and loaded as a module script, so charts need no other host;
- scripts of the theme that would reach other hosts are not added.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform

LANGUAGES = {"nl": "Nederlands", "en": "English"}
SWITCH_TEXT = {"nl": "Deze pagina in het Nederlands", "en": "This page in English"}
VEGA_BUNDLE = "vega/aifin-vega.mjs"
STYLESHEET = "aifin.css"
CSS = """
.aifin-lang-switch { display: flex; align-items: center; margin-right: 0.5rem; }
.aifin-lang-link { font-weight: 600; }
.aifin-chart { max-width: 100%; overflow-x: auto; margin: 0.5rem 0 1rem; }
.aifin-chart .vega-bindings { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem;
  margin-top: 0.5rem; font-size: 0.9rem; }
.aifin-chart .vega-bind-name { margin-right: 0.4rem; }
.aifin-chart input[type=range]:focus-visible { outline: 3px solid #c55a11; }
table.aifin-table { font-size: 0.9rem; }
"""
TEMPLATES = Path(__file__).resolve().parent.parent / "_templates"


def _relative_root(pagename: str) -> str:
    """Path from a page to the folder that holds the language folders."""
    return "../" * (pagename.count("/") + 1)


def add_language_links(app: Sphinx, pagename: str, templatename: str,
                       context: dict[str, Any], doctree: Any) -> None:
    """Add hreflang alternates to the head and the data for the visible language switch."""
    lang = app.config.language
    root = _relative_root(pagename)
    links = []
    for code in LANGUAGES:
        href = f"{root}{code}/{pagename}.html"
        links.append(f'<link rel="alternate" hreflang="{code}" href="{href}" />')
    links.append(f'<link rel="alternate" hreflang="x-default" href="{root}index.html" />')
    context["metatags"] = context.get("metatags", "") + "\n".join(links) + "\n"
    context["aifin_lang_links"] = [
        {"code": code, "href": f"{root}{code}/{pagename}.html", "text": SWITCH_TEXT[code],
         "short": LANGUAGES[code]}
        for code in LANGUAGES if code != lang
    ]


def add_templates(app: Sphinx, config: Any) -> None:
    """Put the language switch in the article header of every page."""
    config.templates_path = [*config.templates_path, str(TEMPLATES)]
    options = dict(config.html_theme_options or {})
    end = options.get("article_header_end", ["article-header-buttons.html"])
    if isinstance(end, str):
        end = [item.strip() for item in end.split(",") if item.strip()]
    if "aifin-lang-switch.html" not in end:
        options["article_header_end"] = ["aifin-lang-switch.html", *end]
    config.html_theme_options = options


def write_vega_bundle(app: Sphinx, exception: Exception | None) -> None:
    """Write the pinned Vega JavaScript bundle into the site's static folder."""
    if exception is not None or app.builder.format != "html":
        return
    import vl_convert

    target = Path(app.outdir) / "_static" / VEGA_BUNDLE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(vl_convert.javascript_bundle(), encoding="utf-8")
    (Path(app.outdir) / "_static" / STYLESHEET).write_text(CSS, encoding="utf-8")


class RemoveSolutions(SphinxTransform):
    """In the student edition, drop every solution (sphinx-exercise) from the pages.

    sphinx-exercise's own ``hide_solutions`` leaves the body of gated solutions
    (``solution-start`` ... ``solution-end``) on the page and then fails on the end marker, so
    the book removes the merged solution nodes itself, after sphinx-exercise has merged them.
    """

    default_priority = 800

    def apply(self, **kwargs: Any) -> None:
        """Remove solution nodes when ``aifin_student_edition`` is set."""
        if not self.config.aifin_student_edition:
            return
        from sphinx_exercise.nodes import solution_node

        for node in list(self.document.findall(solution_node)):
            node.parent.remove(node)


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the extension."""
    app.add_config_value("aifin_student_edition", False, "env")
    app.add_transform(RemoveSolutions)
    app.add_js_file(VEGA_BUNDLE, type="module")
    app.add_css_file(STYLESHEET)
    app.connect("config-inited", add_templates)
    app.connect("html-page-context", add_language_links)
    app.connect("build-finished", write_vega_bundle)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
