"""Reader-facing tables: every figure with its value formatted per language and its source.

Tables are returned as HTML (``<table class="aifin-table">``) built from DataFrames, so the
same call gives the same bytes on every run (nbval compares them) and every source is a link.
Dollar signs in the text are wrapped in a ``<span>`` and the table carries the class
``mathjax_ignore``: JupyterLab otherwise typesets the text between two ``$`` as maths (an HTML
entity such as ``&#36;`` does not prevent that).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from . import data, i18n

__all__ = [
    "TRANSLATED_COLUMNS",
    "DataMessage",
    "GlanceRow",
    "company_names",
    "data_messages",
    "data_text",
    "data_text_key",
    "deals_table",
    "escape_dollars",
    "figure_text",
    "figures_table",
    "format_value",
    "glance_table",
    "html_table",
    "source_links",
]

#: The text columns of ``data/`` that the *Data* appendix shows in the reader's language. Each
#: cell is a catalogue message ``data:<table>:<row id>:<column>`` whose English text
#: (``msgid``) is the cell of the CSV file (:func:`data_messages`; ``tools/catalogue.py
#: update`` puts them in the template). An ``entity`` that is a ``company_id`` is shown as the
#: company's name, and a ``period`` that reads as dates is written out per language
#: (:func:`aifin_lib.prose.period_phrase`): neither needs a message.
TRANSLATED_COLUMNS: dict[str, tuple[str, ...]] = {
    "companies": ("name",),
    "macro": ("metric", "entity", "period"),
    "history": ("metric", "entity", "period"),
}

_ID_COLUMNS = {"companies": "company_id", "macro": "metric_id", "history": "metric_id"}

_COLUMN_NOTES = {
    "metric": "What the figure is (column 'metric'), shown in the Data appendix.",
    "entity": "Who the figure is about or who published it (column 'entity'); company "
              "names and titles stay as they are.",
    "period": "The period of the figure as the source words it (column 'period').",
    "name": "The name of a company or group of parties (column 'name'); a company's own "
            "name stays as it is, the words around it are translated.",
}


def data_text_key(table: str, row_id: str, column: str) -> str:
    """The catalogue key of one text cell of ``data/``: ``data:<table>:<row id>:<column>``.

    Examples
    --------
    >>> data_text_key("macro", "abp_2025_total_assets", "metric")
    'data:macro:abp_2025_total_assets:metric'
    """
    return f"data:{table}:{row_id}:{column}"


@dataclass(frozen=True)
class DataMessage:
    """One text cell of ``data/`` as a catalogue message.

    Attributes
    ----------
    key : str
        The ``msgctxt``, :func:`data_text_key`.
    english : str
        The ``msgid``: the cell as the CSV file has it.
    note : str
        A note for translators (``#.``).
    """

    key: str
    english: str
    note: str


def _needs_message(row: pd.Series, column: str, company_ids: set[str]) -> bool:
    """Whether a cell of :data:`TRANSLATED_COLUMNS` is shown through the catalogue."""
    if column == "entity":
        return row["entity"] not in company_ids
    if column == "name":
        return True
    if column == "period":
        return data.period_range(str(row["period"]), str(row["entity"])) is None
    return True


def data_messages() -> list[DataMessage]:
    """Every text cell of ``data/`` that the reader sees in their language, as messages.

    Returns
    -------
    list of DataMessage
        In the order of :data:`TRANSLATED_COLUMNS` and of the rows; one per cell of a
        translated column (an ``entity`` that is a ``company_id`` and a ``period`` that reads
        as dates are left out, see :data:`TRANSLATED_COLUMNS`).
    """
    company_ids = set(data.load("companies")["company_id"])
    messages = []
    for table, columns in TRANSLATED_COLUMNS.items():
        frame, id_column = data.load(table), _ID_COLUMNS[table]
        for column in columns:
            for _, row in frame.iterrows():
                if _needs_message(row, column, company_ids):
                    messages.append(DataMessage(
                        data_text_key(table, row[id_column], column), str(row[column]),
                        f"{_COLUMN_NOTES[column]} Row {row[id_column]} of {table}.csv."))
    return messages


def data_text(table: str, row: pd.Series, column: str, lang: str | None = None) -> str:
    """One text cell of a row of ``data/`` in ``lang``, from the catalogue.

    Parameters
    ----------
    table : {"companies", "macro", "history"}
        The table of the row.
    row : pandas.Series
        The row (with its id column, ``company_id`` or ``metric_id``).
    column : str
        A column of :data:`TRANSLATED_COLUMNS` for ``table``.
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    str
        The translation of the cell (message :func:`data_text_key`).

    Raises
    ------
    ValueError
        If ``column`` is not a translated column of ``table``.
    KeyError
        If the catalogue has no usable message for the cell (``tools/catalogue.py update``
        adds it, then it needs translating), or if its English text is not the CSV cell's.
    """
    if column not in TRANSLATED_COLUMNS.get(table, ()):
        raise ValueError(f"column must be one of {TRANSLATED_COLUMNS.get(table, ())} of "
                         f"table {table!r}, got {column!r}")
    key = data_text_key(table, row[_ID_COLUMNS[table]], column)
    english = i18n.t(key, i18n.SOURCE_LANGUAGE)
    if english != str(row[column]):
        raise KeyError(f"catalogue entry {key!r} has the English text {english!r}, but "
                       f"data/{table}.csv has {str(row[column])!r}: run "
                       "`python tools/catalogue.py update` and review the translations")
    return i18n.t(key, lang)


def company_names(lang: str | None = None) -> dict[str, str]:
    """The name of every party of ``companies.csv`` in ``lang``, by ``company_id``.

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    dict
        ``{company_id: name}``; a company's own name is the same in every language, the
        words around it ("pseudo-party: ...") are translated (:func:`data_text`).

    Examples
    --------
    >>> company_names("nl")["us_government"]
    'Amerikaanse overheid'
    """
    companies = data.load("companies")
    return {str(row["company_id"]): data_text("companies", row, "name", lang)
            for _, row in companies.iterrows()}


def source_links(cell: str, sources: pd.DataFrame | None = None) -> str:
    """Return HTML links (publisher, date) for a ``;``-separated ``source_id`` cell.

    Parameters
    ----------
    cell : str
        One or more source ids.
    sources : pandas.DataFrame, optional
        ``sources.csv`` (loaded when omitted).

    Returns
    -------
    str
        ``<a href="url" title="title">publisher (date)</a>`` joined by ``"; "``.

    Raises
    ------
    KeyError
        If an id is not in ``sources.csv``.
    """
    table = (data.load("sources") if sources is None else sources).set_index("source_id")
    links = []
    for source_id in data.source_ids(cell):
        if source_id not in table.index:
            raise KeyError(f"source_id {source_id!r} is not in sources.csv")
        row = table.loc[source_id]
        date = f" ({row['published']})" if isinstance(row["published"], str) else ""
        links.append(
            f'<a href="{html.escape(row["url"], quote=True)}" '
            f'title="{html.escape(row["title"], quote=True)}">'
            f"{html.escape(row['publisher'])}{date}</a>"
        )
    return "; ".join(links)


def _row_anchor(table: str, row_id: str) -> str:
    """The row id as the target of a chart's source link (``data-<table>-<id>``)."""
    text = html.escape(str(row_id))
    return f'<span id="data-{table}-{text}">{text}</span>'


def format_value(value: float, unit: str, lang: str | None = None) -> str:
    """Format a number of ``macro.csv``/``history.csv`` in its unit, for the reader.

    Parameters
    ----------
    value : float
        The number, in ``unit``.
    unit : str
        A unit of :data:`aifin_lib.data.UNITS`.
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    str
        E.g. ``"$2.9T"``, ``"$650B per year"``, ``"2.6%"``, ``"30 GW"``.

    Raises
    ------
    ValueError
        If ``unit`` is unknown.

    Examples
    --------
    >>> format_value(2900, "usd_bn", "en"), format_value(2.6, "percent", "en")
    ('$2.9T', '2.6%')
    >>> format_value(650, "usd_bn_per_year", "nl").replace("\\xa0", " ")
    'US$ 650 mld. per jaar'
    >>> format_value(200, "eur_bn", "nl").replace("\\xa0", " "), format_value(1, "years", "en")
    ('€ 200 mld.', '1 year')
    """
    lang = i18n.get_language() if lang is None else lang
    number = i18n.fmt_number
    formats = {
        "usd_bn": lambda v: i18n.fmt_usd_bn(v, lang),
        "usd_bn_per_year": lambda v: f"{i18n.fmt_usd_bn(v, lang)} {i18n.t('per_year', lang)}",
        "usd_bn_per_gw": lambda v: f"{i18n.fmt_usd_bn(v, lang)} {i18n.t('per_gw', lang)}",
        "usd_per_month": lambda v: f"{i18n.fmt_usd(v, lang)} {i18n.t('per_month', lang)}",
        "eur_bn": lambda v: i18n.fmt_eur_bn(v, lang),
        "percent": lambda v: i18n.fmt_percent(round(v, 1) / 100, lang,
                                              0 if float(round(v, 1)).is_integer() else 1),
        "percentage_points": lambda v: i18n.t_plural("n_percentage_points", round(v, 1), lang),
        "basis_points": lambda v: i18n.t_plural("n_basis_points", round(v), lang),
        "gw": lambda v: f"{number(v, lang)} GW",
        "count": lambda v: number(v, lang, 0),
        "count_mn": lambda v: f"{number(v, lang)} {i18n.t('million', lang)}",
        "ratio": lambda v: f"{number(v, lang)}×",
        "years": lambda v: i18n.t_plural("n_years", round(v, 1), lang),
        "year": lambda v: f"{v:.0f}",
        "index_points": lambda v: number(v, lang),
    }
    if unit not in formats:
        raise ValueError(f"unit must be one of {sorted(formats)}, got {unit!r}")
    return formats[unit](value)


def figure_text(metric_id: str, lang: str | None = None) -> str:
    """Return one figure of the data set formatted for the prose (to be glued).

    Parameters
    ----------
    metric_id : str
        Id in ``macro.csv`` or ``history.csv``.
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    str
        The value in its unit, e.g. ``"$650B"``.
    """
    figure = data.figure(metric_id)
    return format_value(figure.value, figure.unit, lang)


@dataclass(frozen=True)
class GlanceRow:
    """One row of a "numbers at a glance" table.

    Attributes
    ----------
    label_key : str
        Catalogue key of the row's label.
    metric_id : str
        Id of the figure in ``macro.csv`` or ``history.csv``.
    """

    label_key: str
    metric_id: str


_TAG = re.compile(r"(<[^>]*>)")

#: Classes of every table of the book (``mathjax_ignore``: no maths typesetting inside).
TABLE_CLASSES: tuple[str, ...] = ("aifin-table", "table", "mathjax_ignore")


def escape_dollars(markup: str) -> str:
    """Wrap every ``$`` in the text of an HTML fragment in ``<span>``, leaving tags alone.

    JupyterLab typesets the text between two dollar signs of an HTML output as maths
    ("$250B Azure commitment ... $14B" becomes italic letters); a ``$`` on its own in a
    ``<span>`` is left as it is. Attribute values (inside tags) are not changed.

    Parameters
    ----------
    markup : str
        An HTML fragment (no ``<script>`` or ``<style>``).

    Returns
    -------
    str

    Examples
    --------
    >>> escape_dollars('<a title="A $600B question">$600B</a> and $14B')
    '<a title="A $600B question"><span>$</span>600B</a> and <span>$</span>14B'
    """
    return "".join(
        part if part.startswith("<") else part.replace("$", "<span>$</span>")
        for part in _TAG.split(markup)
    )


def html_table(frame: pd.DataFrame, caption: str | None = None) -> str:
    """Return a DataFrame as the book's HTML table (cells are trusted HTML, no index).

    Parameters
    ----------
    frame : pandas.DataFrame
        The rows; cell values are inserted as HTML (escape text before).
    caption : str, optional
        A caption above the table.

    Returns
    -------
    str
        ``<table class="dataframe aifin-table table mathjax_ignore">`` with the same bytes on
        every run; dollar signs escaped (:func:`escape_dollars`).
    """
    body = frame.to_html(index=False, escape=False, border=0,
                         classes=list(TABLE_CLASSES), na_rep="")
    if caption:
        body = body.replace(">\n  <thead>", f">\n  <caption>{html.escape(caption)}</caption>\n"
                            "  <thead>", 1)
    return escape_dollars(body)


def glance_table(rows: Sequence[GlanceRow], lang: str | None = None) -> str:
    """Return the HTML of a "numbers at a glance" table: label, figure, period, kind, source.

    Parameters
    ----------
    rows : sequence of GlanceRow
        The figures to show, in order.
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    str
        An HTML table; every value comes from ``data/`` and links its source. The period is
        written out (:func:`aifin_lib.prose.period_phrase`) and the kind of figure says
        whether it is reported, an estimate, a forecast, a plan, a target or a scenario.
    """
    from . import prose

    lang = i18n.get_language() if lang is None else lang
    sources = data.load("sources")
    records = []
    for row in rows:
        figure = data.figure(row.metric_id)
        records.append({
            i18n.t("figure", lang): html.escape(i18n.t(row.label_key, lang)),
            i18n.t("value", lang): format_value(figure.value, figure.unit, lang),
            i18n.t("period", lang): html.escape(
                prose.period_phrase(row.metric_id, lang, preposition=False)),
            i18n.t("basis", lang): i18n.t(f"basis_{figure.basis}", lang),
            i18n.t("source", lang): source_links(";".join(figure.source_ids), sources),
        })
    return html_table(pd.DataFrame.from_records(records))


def deals_table(lang: str | None = None) -> str:
    """Return the HTML table of every deal in ``deals.csv`` with its source links.

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    str
        One row per deal: id, date (at its precision), from, to, kind, amount (or
        "undisclosed", with its qualifier), status, overlaps, sources.
    """
    lang = i18n.get_language() if lang is None else lang
    deals = data.load("deals")
    names = company_names(lang)
    sources = data.load("sources")
    qualifier = {"exact": "", "about": "~", "up_to": "≤ ", "at_least": "≥ "}
    records = []
    for _, deal in deals.iterrows():
        amount = (
            qualifier[deal["amount_qualifier"]] + i18n.fmt_usd_bn(deal["amount_usd_bn"], lang)
            if pd.notna(deal["amount_usd_bn"]) else i18n.t("undisclosed", lang)
        )
        records.append({
            i18n.t("deal_id", lang): _row_anchor("deals", deal["deal_id"]),
            i18n.t("announced", lang): i18n.fmt_date(deal["announced"].date(),
                                                     deal["date_precision"], lang),
            i18n.t("from_party", lang): html.escape(names[deal["from_id"]]),
            i18n.t("to_party", lang): html.escape(names[deal["to_id"]]),
            i18n.t("kind", lang): i18n.t(f"deal_kind_{deal['kind']}", lang),
            i18n.t("amount", lang): amount,
            i18n.t("status", lang): i18n.t(f"deal_status_{deal['status']}", lang),
            i18n.t("overlaps_with", lang): (deal["overlaps_with"].replace(";", ", ")
                                            if isinstance(deal["overlaps_with"], str) else ""),
            i18n.t("sources", lang): source_links(deal["source_id"], sources),
        })
    return html_table(pd.DataFrame.from_records(records))


def figures_table(table: str, lang: str | None = None) -> str:
    """Return the HTML table of every figure of ``macro`` or ``history`` with its sources.

    Parameters
    ----------
    table : {"macro", "history"}
        Which table.
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    str
        One row per figure: id, description, value in its unit, period, who, confidence,
        sources. The description, the period and who are in ``lang``
        (:data:`TRANSLATED_COLUMNS`); who is a company's name where the row names a company.

    Raises
    ------
    ValueError
        If ``table`` is not ``"macro"`` or ``"history"``.
    """
    if table not in ("macro", "history"):
        raise ValueError(f"table must be 'macro' or 'history', got {table!r}")
    from . import prose

    lang = i18n.get_language() if lang is None else lang
    frame = data.load(table)
    sources = data.load("sources")
    names = company_names(lang)

    def text(row: pd.Series, column: str) -> str:
        if column == "entity" and row["entity"] in names:
            return names[row["entity"]]
        if column == "period" and not _needs_message(row, "period", set(names)):
            return prose.period_phrase(row["metric_id"], lang, preposition=False)
        return data_text(table, row, column, lang)

    records = [
        {
            "ID": _row_anchor(table, row["metric_id"]),
            i18n.t("metric", lang): html.escape(text(row, "metric")),
            i18n.t("value", lang): format_value(row["value"], row["unit"], lang),
            i18n.t("period", lang): html.escape(text(row, "period")),
            i18n.t("entity", lang): html.escape(text(row, "entity")),
            i18n.t("confidence", lang): i18n.t(f"confidence_{row['confidence']}", lang),
            i18n.t("sources", lang): source_links(row["source_id"], sources),
        }
        for _, row in frame.iterrows()
    ]
    return html_table(pd.DataFrame.from_records(records))
