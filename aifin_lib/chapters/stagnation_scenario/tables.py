"""The stagnation chapter's tables: calibration inputs, assumptions, cash, signs of stress."""

from __future__ import annotations

import html

import pandas as pd

from aifin_lib import data, i18n
from aifin_lib.scenario import LENDERS
from aifin_lib.tables import html_table, source_links

from .common import _central, firm_name, network

__all__ = ["EVENT_KINDS_SHOWN", "assumptions_table", "cash_table", "events_table", "inputs_table"]


def _party(firm: str) -> str:
    """A counterparty inside a label: a firm's name, or a lender type in lower case."""
    name = firm_name(firm)
    return name[0].lower() + name[1:] if firm in LENDERS else name


def _breakable(ref: str) -> str:
    """An id reference escaped for HTML, with break opportunities after ``:``, ``_`` and ``.``."""
    text = html.escape(ref)
    for mark in (":", "_", "."):
        text = text.replace(mark, mark + "<wbr>")
    return text


def _fmt_input(value: float, unit: str, lang: str) -> str:
    """A calibration value in its unit, for a table (years are names, not quantities)."""
    if unit == "year":
        return str(round(value))
    if unit in ("usd_bn", "usd_bn_per_year"):
        text = i18n.fmt_usd_bn(value, lang)
        return text + (i18n.t("stagnation_per_year", lang) if unit == "usd_bn_per_year" else "")
    if unit == "fraction":
        return i18n.fmt_percent(value, lang, 0)
    if unit == "rate_per_year":
        return i18n.fmt_percent(value, lang, 1) + i18n.t("stagnation_per_year", lang)
    decimals = 0 if value == round(value) else 2
    return i18n.fmt_number(value, lang, decimals)


def inputs_table(lang: str | None = None) -> str:
    """HTML table of every calibration input of the network: value, period, derivation, source.

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        Language of headers, words and numbers.

    Returns
    -------
    str
        Deterministic HTML.
    """
    lang = i18n.get_language() if lang is None else lang
    rows = network().inputs
    frame = pd.DataFrame(
        {
            i18n.t("stagnation_firm", lang): [firm_name(f) for f in rows["firm"]],
            i18n.t("stagnation_col_item", lang): [
                i18n.t(f"calib_item_{i}", lang) + (f" ({_party(c)})" if isinstance(c, str) else "")
                for i, c in zip(rows["item"], rows["counterparty"], strict=True)
            ],
            i18n.t("stagnation_col_value", lang): [
                _fmt_input(v, u, lang) for v, u in zip(rows["value"], rows["unit"], strict=True)
            ],
            i18n.t("stagnation_col_period_type", lang): [
                i18n.t(f"period_type_{p}", lang) for p in rows["period_type"]
            ],
            i18n.t("stagnation_col_derivation", lang): [
                html.escape(i18n.t(f"calib_{i}", lang)) for i in rows["input_id"]
            ],
            i18n.t("stagnation_col_reference", lang): [
                "; ".join(f"<code>{_breakable(r)}</code>" for r in str(cell).split("; ") if r)
                for cell in rows["references"]
            ],
        }
    )
    return html_table(frame, i18n.t("stagnation_inputs_caption", lang))


def assumptions_table(lang: str | None = None) -> str:
    """HTML table of the scenario's assumptions: parameter, value, reason, sources.

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        Language of headers, reasons and numbers.

    Returns
    -------
    str
        Deterministic HTML.
    """
    lang = i18n.get_language() if lang is None else lang
    table = data.load("assumptions")
    table = table[table["model"] == "scenario"]
    sources = data.load("sources")
    frame = pd.DataFrame(
        {
            i18n.t("stagnation_col_parameter", lang): [
                f"<code>{p}</code>" for p in table["parameter"]
            ],
            i18n.t("stagnation_col_value", lang): [
                _fmt_input(v, u, lang) for v, u in zip(table["value"], table["unit"], strict=True)
            ],
            i18n.t("stagnation_col_rationale", lang): [
                html.escape(i18n.t(f"assumption_{p}", lang)) for p in table["parameter"]
            ],
            i18n.t("stagnation_col_sources", lang): [
                source_links(c, sources) if isinstance(c, str) else "" for c in table["source_id"]
            ],
        }
    )
    return html_table(frame, i18n.t("stagnation_assumptions_caption", lang))


def cash_table(firm: str, path: str, lang: str | None = None) -> str:
    """HTML table of a firm's cash, year by year, on a path of the chapter.

    Parameters
    ----------
    firm : str
        An operating firm of the network.
    path : {"base", "stagnation", "bust", "severe"}
        The path (``"severe"``: the bust with the supervisors' cut of outside cash flows).
    lang : {"nl", "en"}, optional
        Language of headers and numbers.

    Returns
    -------
    str
        Deterministic HTML: one column per year (to the year of default), one row per line of
        the cash table; lines that are zero in every year are left out.
    """
    lang = i18n.get_language() if lang is None else lang
    frame = _central(path).cash_table(firm)
    lines = [c for c in frame.columns if c not in ("year", "defaults")]
    shown = [c for c in lines if c in ("opening_cash", "closing_cash") or
             (frame[c].abs() > 5e-4).any()]
    body = {i18n.t("stagnation_cash_line", lang): [
        i18n.t(f"stagnation_cash_{c}", lang) for c in shown
    ]}
    for _, row in frame.iterrows():
        heading = str(int(row["year"])) + (i18n.t("stagnation_cash_default_mark", lang)
                                           if row["defaults"] else "")
        body[heading] = [i18n.fmt_number(row[c], lang, 1) for c in shown]
    caption = i18n.t("stagnation_cash_caption", lang, firm=firm_name(firm),
                     path=i18n.t(f"stagnation_path_{path}", lang))
    return html_table(pd.DataFrame(body), caption)


EVENT_KINDS_SHOWN: tuple[str, ...] = (
    "market_stress", "rating_action", "financing_withdrawn", "project_cancelled", "lawsuit",
    "missed_target", "construction_delay", "warning",
)
"""Kinds of ``events.csv`` shown in the chapter's section on 2026 (signs of stress)."""


def events_table(lang: str | None = None) -> str:
    """HTML table of the signs of stress in 2025-2026 (``data/events.csv``), oldest first.

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        Language of headers, dates and descriptions.

    Returns
    -------
    str
        Deterministic HTML: date (at its precision), what happened, sources.
    """
    lang = i18n.get_language() if lang is None else lang
    events = data.load("events")
    events = events[events["kind"].isin(EVENT_KINDS_SHOWN)].sort_values(["date", "event_id"])
    sources = data.load("sources")
    frame = pd.DataFrame(
        {
            i18n.t("stagnation_col_date", lang): [
                i18n.fmt_date(d.date(), p, lang)
                for d, p in zip(events["date"], events["date_precision"], strict=True)
            ],
            i18n.t("stagnation_col_event", lang): [
                html.escape(i18n.t(f"event_{e}", lang)) for e in events["event_id"]
            ],
            i18n.t("stagnation_col_sources", lang): [
                source_links(c, sources) for c in events["source_id"]
            ],
        }
    )
    return html_table(frame, i18n.t("stagnation_events_caption", lang))
