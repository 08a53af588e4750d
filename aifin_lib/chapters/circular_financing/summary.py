"""The text under the network chart: circularity, what is counted, the largest cycles."""

from __future__ import annotations

import textwrap

from ... import circular, i18n
from .frames import _Frames
from .layout import chart_names, short_names

__all__ = ["cycle_text", "summary_text"]

_WRAP = 50
"""Characters per line of the summary (it fits a phone's width)."""


def cycle_text(cycle: circular.Cycle, names: dict[str, str], lang: str) -> str:
    """A cycle as text: its firms, back to the first, and its bottleneck in brackets.

    Examples
    --------
    >>> c = circular.Cycle(("a", "b"), 3.0)
    >>> cycle_text(c, {"a": "A", "b": "B"}, "en")
    'A → B → A ($3B)'
    """
    path = " → ".join(names[str(n)] for n in (*cycle.nodes, cycle.nodes[0]))
    return f"{path} ({i18n.fmt_usd_bn(cycle.bottleneck, lang, 1)})"


def _summary_lines(
    fr: _Frames, lang: str, caption: str, names: dict[str, str] | None = None
) -> list[str]:
    names = short_names() if names is None else names
    s = fr.summary
    lines = [
        i18n.t(
            "circular_summary_line",
            lang,
            share=i18n.fmt_percent(s["circularity"], lang, 1),
            circ=i18n.fmt_usd_bn(s["circulation"], lang, 1),
            gross=i18n.fmt_usd_bn(s["gross"], lang, 2),
        ),
        caption
        + " · "
        + i18n.t(
            "circular_counted_line",
            lang,
            counted=i18n.t_plural("n_deals", s["n_deals"], lang),
            undisclosed=i18n.fmt_number(s["n_undisclosed"], lang, 0),
        ),
    ]
    if fr.cycles:
        shown = fr.cycles[:3]
        lines.append(i18n.t("circular_cycles_label", lang,
                            n=i18n.fmt_number(len(fr.cycles), lang, 0)))
        lines += ["  " + cycle_text(c, names, lang) for c in shown]
        if len(fr.cycles) > len(shown):
            rest = len(fr.cycles) - len(shown)
            lines.append("  " + i18n.t("circular_more_cycles", lang,
                                       n=i18n.fmt_number(rest, lang, 0)))
    else:
        lines.append(i18n.t("circular_no_cycles", lang))
    return lines


def _wrap(text: str, width: int = _WRAP, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width, subsequent_indent=indent + "  ", initial_indent=indent,
                         break_on_hyphens=False) or [text]


def summary_text(fr: _Frames, lang: str, caption: str) -> list[str]:
    """The summary under the network, wrapped to fit a phone's width."""
    out = []
    for n, line in enumerate(_summary_lines(fr, lang, caption, chart_names(lang))):
        indent = "  " if line.startswith("  ") else ""
        out += _wrap(line.strip(), _WRAP if n else _WRAP - 6, indent)
    return out
