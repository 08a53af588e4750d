"""Numbers in the prose: published once per chapter, shown by JupyterLab and by the site.

The prose of a chapter writes every computed number as a MyST inline expression,
``{eval}`intro_capex_2023```, never as typed digits. The chapter's hidden set-up cell publishes
the numbers with one call::

    af.prose.publish(intro.prose_figures())

:func:`publish` does two things:

- it puts each text into the kernel's namespace under its name, so that jupyterlab-myst
  evaluates ``{eval}`intro_capex_2023``` after *Run All* (a :class:`ProseText` shows as its
  text, without quotes or escaped non-breaking spaces);
- it displays all texts as one output of MIME type :data:`MIMETYPE` (a JSON object
  ``{name: text}``). JupyterLab shows nothing for it, nbval compares it strictly, and the
  book's Sphinx extension (``book/_ext/aifin_notebooks.py``) reads it to render ``{eval}`` on
  the site without a running kernel.

``tools/run_notebooks.py`` also copies the texts into each markdown cell's
``metadata.user_expressions`` (see :func:`user_expressions`), which jupyterlab-myst renders as
soon as a stored notebook is opened, before anything runs.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = [
    "FACT",
    "MIMETYPE",
    "NAME_PATTERN",
    "BasisError",
    "ProseText",
    "check_basis",
    "combined_qualifier",
    "data_date",
    "deal_amount",
    "eval_names",
    "expression_result",
    "fact_value",
    "period_phrase",
    "publish",
    "published",
    "quote",
    "rendered",
    "stored_figures",
    "user_expressions",
]

MIMETYPE = "application/vnd.aifin.prose+json"
"""MIME type of the one output that carries a notebook's prose figures."""

NAME_PATTERN = re.compile(r"^[a-zA-Z_][a-zA-Z0-9_]*$")
"""What a prose figure may be called: a Python name (MyST-NB's default ``nb_eval_name_regex``)."""

_EVAL_ROLE = re.compile(r"\{eval\}`([^`]*)`")


class ProseText(str):
    """A formatted number for the prose: a ``str`` whose representation is the text itself.

    jupyterlab-myst shows an inline expression by its ``text/plain`` representation; for a
    plain ``str`` that is the quoted ``repr``, with non-breaking spaces escaped (``\\xa0``).

    Examples
    --------
    >>> value = ProseText("US$\\xa02,5\\xa0mld.")
    >>> repr(value) == "US$\\xa02,5\\xa0mld."
    True
    >>> value + "!"
    'US$\\xa02,5\\xa0mld.!'
    """

    __slots__ = ()

    def __repr__(self) -> str:
        """The text itself (what a reader sees)."""
        return str.__str__(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """IPython's plain-text display: the text itself."""
        printer.text(str.__str__(self))


def _check_figures(figures: Mapping[str, str]) -> dict[str, str]:
    """Validate names and values; return a plain ``{name: text}`` dict."""
    if not isinstance(figures, Mapping):
        raise TypeError(f"figures must be a mapping of name to text, got {type(figures).__name__}")
    checked: dict[str, str] = {}
    for name, text in figures.items():
        if not isinstance(name, str) or not NAME_PATTERN.match(name) or keyword.iskeyword(name):
            raise ValueError(
                f"prose figure name {name!r} must be a Python name (letters, digits, _; "
                "not starting with a digit), as {eval} requires"
            )
        if not isinstance(text, str):
            raise TypeError(
                f"prose figure {name!r} must be formatted text (str), got "
                f"{type(text).__name__}: format numbers with aifin_lib.i18n first"
            )
        if not text.strip():
            raise ValueError(f"prose figure {name!r} is empty")
        if re.search(r"\b(nan|inf)\b", text, flags=re.IGNORECASE):
            raise ValueError(f"prose figure {name!r} is not a finite number: {text!r}")
        checked[name] = str(text)
    return checked


def publish(figures: Mapping[str, str], namespace: dict[str, Any] | None = None) -> None:
    """Publish a chapter's prose figures to JupyterLab (kernel names) and the site (one output).

    Parameters
    ----------
    figures : mapping of str to str
        ``{name: formatted text}``; every name is a Python identifier used in the prose as
        ``{eval}`name```. Texts are already formatted for the language (:mod:`aifin_lib.i18n`).
    namespace : dict, optional
        Where to put the names; the running IPython kernel's user namespace when omitted.
        Outside IPython nothing is displayed.

    Raises
    ------
    TypeError
        If ``figures`` is not a mapping or a value is not a str.
    ValueError
        If a name is not a Python identifier, or a text is empty, NaN or infinite.

    Examples
    --------
    >>> space = {}
    >>> publish({"x_total": "2,5 miljard dollar"}, namespace=space)
    >>> space["x_total"]
    2,5 miljard dollar
    >>> publish({"2x": "1"})
    Traceback (most recent call last):
    ...
    ValueError: prose figure name '2x' must be a Python name ...
    """
    checked = _check_figures(figures)
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython is a dependency of the book
        shell = None
    else:
        shell = get_ipython()
    if namespace is None and shell is not None:
        namespace = shell.user_ns
    if namespace is not None:
        namespace.update({name: ProseText(text) for name, text in checked.items()})
    if shell is not None:
        from IPython.display import display

        display({MIMETYPE: checked}, raw=True)


def stored_figures(notebook: Mapping[str, Any]) -> dict[str, str]:
    """Read the prose figures a notebook published, from its stored outputs.

    Parameters
    ----------
    notebook : mapping
        A notebook (``nbformat`` node or the parsed JSON).

    Returns
    -------
    dict
        ``{name: text}`` of every :func:`publish` output, in order.

    Raises
    ------
    ValueError
        If two outputs publish the same name.
    """
    figures: dict[str, str] = {}
    for cell in notebook.get("cells", []):
        if cell.get("cell_type") != "code":
            continue
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if MIMETYPE not in data:
                continue
            for name, text in dict(data[MIMETYPE]).items():
                if name in figures:
                    raise ValueError(f"prose figure {name!r} is published twice")
                figures[name] = text
    return figures


def eval_names(markdown: str) -> list[str]:
    """The names of the ``{eval}`` roles in a markdown text, in order, each once.

    Parameters
    ----------
    markdown : str
        The source of a markdown cell.

    Returns
    -------
    list of str

    Examples
    --------
    >>> eval_names("From {eval}`a_1` to {eval}`b`, then {eval}`a_1` again.")
    ['a_1', 'b']
    """
    return list(dict.fromkeys(m.strip() for m in _EVAL_ROLE.findall(markdown)))


def expression_result(text: str) -> dict[str, Any]:
    """The kernel's answer for one inline expression whose value is ``ProseText(text)``.

    Parameters
    ----------
    text : str
        The figure's text.

    Returns
    -------
    dict
        ``{"status": "ok", "data": {"text/plain": text}, "metadata": {}}``, the form of a
        Jupyter ``execute_reply`` user expression (what jupyterlab-myst stores).
    """
    return {"status": "ok", "data": {"text/plain": text}, "metadata": {}}


def user_expressions(markdown: str, figures: Mapping[str, str]) -> list[dict[str, Any]]:
    """The ``metadata.user_expressions`` of a markdown cell, from the published figures.

    Parameters
    ----------
    markdown : str
        The source of the markdown cell.
    figures : mapping of str to str
        The notebook's published figures (:func:`stored_figures`).

    Returns
    -------
    list of dict
        ``[{"expression": name, "result": ...}]`` for every ``{eval}`` role, in order.

    Raises
    ------
    KeyError
        If the cell uses a name that was not published (the message names it).
    """
    missing = [name for name in eval_names(markdown) if name not in figures]
    if missing:
        raise KeyError(
            f"{{eval}} uses {', '.join(missing)}, which the notebook does not publish "
            "(aifin_lib.prose.publish in its set-up cell)"
        )
    return [
        {"expression": name, "result": expression_result(figures[name])}
        for name in eval_names(markdown)
    ]


# --- figures from the data, with what they are ------------------------------------------

FACT = ("actual",)
"""The bases a sentence written as plain fact may quote (``data/README.md``: ``basis``)."""


class BasisError(ValueError):
    """A figure's basis (forecast, guidance, ...) differs from how the sentence tells it."""


def check_basis(basis: str, told_as: str | tuple[str, ...], what: str) -> None:
    """Refuse a figure whose basis is not one the sentence is written for.

    Parameters
    ----------
    basis : str
        The figure's basis in the data (one of :data:`aifin_lib.data.BASES`).
    told_as : str or tuple of str
        The bases the sentence presents the figure as: ``"actual"`` for a sentence written as
        fact ("revenue *was*"), ``"forecast"`` or ``"guidance"`` for one that says it is
        expected ("the company *expects*"), and so on. A tuple allows several.
    what : str
        The figure's id, named in the error.

    Raises
    ------
    BasisError
        If ``basis`` is not in ``told_as``.

    Examples
    --------
    >>> check_basis("actual", "actual", "x")
    >>> check_basis("forecast", FACT, "openai_run_rate_2025_end")
    Traceback (most recent call last):
    ...
    aifin_lib.prose.BasisError: openai_run_rate_2025_end is a forecast in the data, but the ...
    """
    from .data import BASES

    allowed = (told_as,) if isinstance(told_as, str) else tuple(told_as)
    unknown = [b for b in allowed if b not in BASES]
    if unknown or not allowed:
        raise ValueError(f"told_as must be bases from {BASES}, got {told_as!r}")
    if basis not in allowed:
        raise BasisError(
            f"{what} is a{'n' if basis[0] in 'aeiou' else ''} {basis} in the data, but the "
            f"sentence tells it as {' or '.join(allowed)}: rephrase the sentence (and pass "
            f"told_as={basis!r}) or quote another figure"
        )


def fact_value(metric_id: str, told_as: str | tuple[str, ...] = FACT) -> float:
    """The value of a figure that a chapter computes with, after checking its basis.

    Parameters
    ----------
    metric_id : str
        A figure of ``macro.csv``/``history.csv``.
    told_as : str or tuple of str, default FACT
        How the prose presents the figure or the result computed from it (see
        :func:`check_basis`).

    Returns
    -------
    float
        The value, in the figure's unit.

    Raises
    ------
    KeyError
        If no row has that id.
    BasisError
        If the figure's basis is not one of ``told_as``.

    Examples
    --------
    >>> fact_value("openai_revenue_2025")
    13.07
    >>> fact_value("ms_2025_financing_gap", told_as="forecast")
    1500.0
    """
    from . import data

    figure = data.figure(metric_id)
    check_basis(figure.basis, told_as, metric_id)
    return figure.value


def quote(metric_id: str, lang: str | None = None, *, told_as: str | tuple[str, ...] = FACT,
          style: str = "value", decimals: int = 1) -> str:
    """One figure of ``macro.csv``/``history.csv`` as prose text, after checking its basis.

    Parameters
    ----------
    metric_id : str
        The figure's id.
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.
    told_as : str or tuple of str, default FACT
        How the sentence presents the figure (see :func:`check_basis`).
    style : {"value", "money", "words", "number", "percent"}, default "value"
        ``"value"``: the value in its unit (:func:`aifin_lib.tables.format_value`);
        ``"money"``: USD bn compactly (US$ 2,5 mld.); ``"words"``: USD bn in words
        (2,5 miljard dollar); ``"number"``: a plain number; ``"percent"``: a number stored in
        percent, with a % sign.
    decimals : int, default 1
        At most this many decimals (``"money"``, ``"words"``, ``"number"``, ``"percent"``).

    Returns
    -------
    str

    Raises
    ------
    KeyError
        If no row has that id.
    BasisError
        If the figure's basis is not one of ``told_as``.
    ValueError
        If ``style`` is unknown or the unit does not fit it.

    Examples
    --------
    >>> quote("openai_revenue_2025", "en", style="money")
    '$13.1B'
    >>> quote("openai_projected_revenue_2030", "en", style="money")
    Traceback (most recent call last):
    ...
    aifin_lib.prose.BasisError: openai_projected_revenue_2030 is a forecast in the data, ...
    """
    from . import data, i18n, tables

    figure = data.figure(metric_id)
    check_basis(figure.basis, told_as, metric_id)
    lang = i18n.get_language() if lang is None else lang
    value = figure.value
    money_units = ("usd_bn", "usd_bn_per_year", "usd_bn_per_gw")
    if style == "value":
        return tables.format_value(value, figure.unit, lang)
    if style in ("money", "words"):
        if figure.unit not in money_units:
            raise ValueError(f"style {style!r} needs an amount in USD bn; {metric_id} is in "
                             f"{figure.unit!r}")
        if style == "money":
            return i18n.fmt_usd_bn(value, lang, decimals)
        return i18n.fmt_usd_bn_long(value, lang, decimals)
    if style == "number":
        return i18n.fmt_number(value, lang, decimals)
    if style == "percent":
        if figure.unit != "percent":
            raise ValueError(f"style 'percent' needs a figure in percent; {metric_id} is in "
                             f"{figure.unit!r}")
        return i18n.fmt_number(value, lang, decimals) + "%"
    raise ValueError(
        f"style must be one of 'value', 'money', 'words', 'number', 'percent', got {style!r}")


def combined_qualifier(qualifiers: Sequence[str]) -> str:
    """The qualifier of a sum of deal amounts, from the qualifiers of its parts.

    Parameters
    ----------
    qualifiers : sequence of str
        ``amount_qualifier`` values of ``deals.csv`` (``exact``, ``about``, ``up_to``,
        ``at_least``).

    Returns
    -------
    str
        ``exact`` if every part is exact; ``up_to`` if a part is a ceiling and none a floor;
        ``at_least`` if a part is a floor and none a ceiling; ``about`` otherwise.

    Examples
    --------
    >>> combined_qualifier(["exact", "up_to"]), combined_qualifier(["at_least", "up_to"])
    ('up_to', 'about')
    """
    kinds = set(qualifiers) - {"exact"}
    if not kinds:
        return "exact"
    if "up_to" in kinds and "at_least" not in kinds:
        return "up_to"
    if "at_least" in kinds and "up_to" not in kinds:
        return "at_least"
    return "about"


def deal_amount(deal_id: str | Sequence[str], lang: str | None = None,
                decimals: int = 1) -> str:
    """A deal's amount with its qualifier from ``deals.csv`` ("at least", "up to", "about").

    Parameters
    ----------
    deal_id : str or sequence of str
        The deal's id, or several ids whose amounts are added (the qualifier of the sum is
        :func:`combined_qualifier` of theirs).
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.
    decimals : int, default 1
        At most this many decimals.

    Returns
    -------
    str
        E.g. ``"ten minste US$ 6,3 mld."`` / ``"at least $6.3B"`` for D08 (``at_least``).
        The sentence around it must not add a qualifier of its own.

    Raises
    ------
    KeyError
        If a deal is not in ``deals.csv``.
    ValueError
        If a deal has no disclosed amount, or no id is given.

    Examples
    --------
    >>> deal_amount("D08", "en"), deal_amount("D01", "en")
    ('at least $6.3B', 'up to $100B')
    >>> deal_amount(["D05", "D06", "D07"], "en")
    'up to $22.4B'
    """
    from . import data, i18n

    ids = [deal_id] if isinstance(deal_id, str) else list(deal_id)
    if not ids:
        raise ValueError("deal_id must name at least one deal")
    deals = data.load("deals").set_index("deal_id")
    unknown = [d for d in ids if d not in deals.index]
    if unknown:
        raise KeyError(f"deal_id {unknown} not in deals.csv")
    rows = deals.loc[ids]
    missing = [d for d, q in zip(ids, rows["amount_qualifier"], strict=True)
               if not isinstance(q, str)]
    if missing:
        raise ValueError(f"deal {', '.join(missing)} has no disclosed amount")
    lang = i18n.get_language() if lang is None else lang
    amount = i18n.fmt_usd_bn(float(rows["amount_usd_bn"].sum()), lang, decimals)
    qualifier = combined_qualifier(list(rows["amount_qualifier"]))
    return i18n.t(f"qualifier_{qualifier}", lang, amount=amount)


def period_phrase(metric_id: str, lang: str | None = None, preposition: bool = True) -> str:
    """When a figure applies, as a phrase for a sentence ("in mei 2026", "in fiscal 2026").

    Parameters
    ----------
    metric_id : str
        A figure of ``macro.csv``/``history.csv``; its ``period``, ``period_type`` and
        ``entity`` (fiscal years, :data:`aifin_lib.data.FISCAL_YEAR_END_MONTH`) decide.
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.
    preposition : bool, default True
        ``False`` leaves out the leading preposition and article, for a table cell
        (``"mei 2026"``, ``"eerste kwartaal van boekjaar 2027 (...)"``).

    Returns
    -------
    str
        With its preposition, e.g. ``"in het eerste kwartaal van boekjaar 2027 (februari tot
        en met april 2026)"``, ``"in the twelve months to August 2025"``, ``"in 2026-2030"``.

    Raises
    ------
    ValueError
        If the period cannot be read as dates (a published wording such as "54-day run").

    Examples
    --------
    >>> period_phrase("openai_run_rate_2026_05", "nl")
    'in mei 2026'
    >>> period_phrase("nvidia_dc_revenue_fy2027_q1", "en")
    'in the first quarter of fiscal 2027 (February to April 2026)'
    >>> period_phrase("oracle_fcf_ttm_2025_08", "nl")
    'in de twaalf maanden tot en met augustus 2025'
    >>> period_phrase("openai_revenue_2025_h1", "en", preposition=False)
    'first half of 2025'
    """
    text = _period_phrase(metric_id, lang)
    if preposition:
        return text
    words = text.split(" ", 1)[1]
    for article in ("het ", "de ", "the "):
        if words.startswith(article):
            return words[len(article):]
    return words


def published(metric_id: str, lang: str | None = None) -> str:
    """When a figure was published: the month of its first source, for "in February 2026".

    Parameters
    ----------
    metric_id : str
        A figure of ``macro.csv``/``history.csv``.
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    str
        The month (or year, if only the year is known) of the first source's ``published``.

    Raises
    ------
    ValueError
        If the first source has no publication date.

    Examples
    --------
    >>> published("hyperscaler_capex_2026", "nl")
    'februari 2026'
    """
    from . import data, i18n

    figure = data.figure(metric_id)
    date = str(figure.sources[0].get("published") or "")
    if not date or date == "nan":
        raise ValueError(f"{metric_id}: its first source has no publication date")
    if len(date) == 4:
        return date
    return i18n.fmt_date(date[:7] + "-01", "month", lang)


def data_date(lang: str | None = None) -> str:
    """The date of the data set: the month of its newest source (``sources.csv``).

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        The language; the active one when omitted.

    Returns
    -------
    str
        E.g. ``"juni 2026"``.
    """
    from . import data, i18n

    dates = sorted(str(d) for d in data.load("sources")["published"].dropna() if len(str(d)) >= 7)
    return i18n.fmt_date(dates[-1][:7] + "-01", "month", lang)


def _period_phrase(metric_id: str, lang: str | None) -> str:
    """:func:`period_phrase` with its preposition."""
    import re

    from . import data, i18n

    figure = data.figure(metric_id)
    lang = i18n.get_language() if lang is None else lang
    period, kind = str(figure.period), figure.period_type
    entity = str(figure.entity).lower()

    def month(p: Any) -> str:
        return i18n.fmt_date(p.to_timestamp().date(), "month", lang)

    if match := re.fullmatch(r"(FY)?(\d{4})-([QH])([1-4])", period):
        fiscal, year, part, number = match.groups()
        ordinal = i18n.t(f"ordinal_{number}", lang)
        if fiscal:
            first, last = data.period_range(period, entity)
            return i18n.t("period_fiscal_quarter", lang, ordinal=ordinal, year=year,
                          first=month(first).split(" ")[0] if first.year == last.year
                          else month(first), last=month(last))
        key = "period_quarter" if part == "Q" else "period_half"
        return i18n.t(key, lang, ordinal=ordinal, year=year)
    if match := re.fullmatch(r"FY(\d{4})", period):
        first, last = data.period_range(period, entity)
        if entity in data.FISCAL_YEAR_END_MONTH:
            return i18n.t("period_fiscal_year_months", lang, year=match[1], first=month(first),
                          last=month(last))
        return i18n.t("period_fiscal_year", lang, year=match[1])
    if re.fullmatch(r"\d{4}", period):
        return i18n.t("period_year", lang, year=period)
    if re.fullmatch(r"\d{4}-\d{2}", period):
        return i18n.t("period_month", lang, month=i18n.fmt_date(period + "-01", "month", lang))
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", period):
        return i18n.t("period_day", lang, day=i18n.fmt_date(period, "day", lang))
    if years := re.fullmatch(r"(\d{4})-(\d{4})", period):
        return i18n.t("period_years", lang, first=years[1], last=years[2])
    bounds = data.period_range(period, entity)
    if bounds is None:
        raise ValueError(f"{metric_id}: period {period!r} cannot be read as dates")
    first, last = bounds
    if kind == "twelve_months":
        return i18n.t("period_twelve_months", lang, last=month(last))
    first_text = month(first).split(" ")[0] if first.year == last.year else month(first)
    return i18n.t("period_span", lang, first=first_text, last=month(last))


def rendered(markdown: str, figures: Mapping[str, str]) -> str:
    """A markdown text with each ``{eval}`` role replaced by its figure, as a reader sees it.

    Parameters
    ----------
    markdown : str
        The source of a markdown cell.
    figures : mapping of str to str
        The published figures (or a cell's stored ``user_expressions`` as a dict).

    Returns
    -------
    str

    Raises
    ------
    KeyError
        If the text uses a figure that is not in ``figures``.

    Examples
    --------
    >>> rendered("Het kost {eval}`x`.", {"x": "US$ 2 mld."})
    'Het kost US$ 2 mld..'
    """
    missing = [name for name in eval_names(markdown) if name not in figures]
    if missing:
        raise KeyError(f"{{eval}} uses {', '.join(missing)}, which is not published")
    return _EVAL_ROLE.sub(lambda m: str(figures[m.group(1).strip()]), markdown)
