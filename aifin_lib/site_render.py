"""MyST-NB plugin that draws the book's charts in the built site, offline.

Registered under the ``myst_nb.mime_renderers`` entry point (see ``pyproject.toml``). It turns
the Vega-Lite JSON stored in a notebook into the HTML of :func:`aifin_lib.charts.chart_html`
(the chart compiled to Vega, with its toolbar in the page's language), and it ranks that JSON
above live-widget views, so a dashboard shows its static form (controls bound in Vega) on a page
without a kernel.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar

from .charts import LAB_MIMETYPE, chart_html, chart_id, site_spec
from .i18n import LANGUAGES

__all__ = ["VegaLiteSiteRenderer"]

WIDGET_MIMETYPE = "application/vnd.jupyter.widget-view+json"


class VegaLiteSiteRenderer:
    """Render ``application/vnd.vegalite.v5+json`` outputs as offline Vega embeds."""

    mime_priority_overrides: ClassVar[list[tuple[str, str, int | None]]] = [
        ("*", LAB_MIMETYPE, 1),
        ("*", WIDGET_MIMETYPE, None),
    ]

    @staticmethod
    def handle_mime(renderer: Any, data: Any, inline: bool) -> list[Any] | None:
        """Return a raw-HTML node for a Vega-Lite output, or ``None`` for other types.

        Parameters
        ----------
        renderer : myst_nb.core.render.NbElementRenderer
            The MyST-NB renderer (unused).
        data : myst_nb.core.render.MimeData
            The output to render.
        inline : bool
            Whether the output is rendered inline (glued into text); charts are not.

        Returns
        -------
        list of docutils nodes or None
        """
        if inline or data.mime_type != LAB_MIMETYPE:
            return None
        from docutils import nodes

        content = data.content
        spec = json.loads(content) if isinstance(content, str | bytes) else content
        # Count equal charts per document so each gets its own element id.
        document = renderer.renderer.document
        seen: dict[str, int] = document.__dict__.setdefault("aifin_chart_ids", {})
        key = chart_id(site_spec(spec))
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        env = getattr(renderer.renderer, "sphinx_env", None)
        lang = getattr(getattr(env, "config", None), "language", None)
        docname = str(getattr(env, "docname", "") or "")
        appendix = "../" * docname.count("/") + "data_appendix.html"
        snippet = chart_html(spec, occurrence, lang if lang in LANGUAGES else None, appendix)
        return [nodes.raw("", snippet, format="html")]
