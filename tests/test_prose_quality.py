"""The book's prose as a reader sees it: figures from the data, one term per concept, counts
with their plural form, no double full stop, and no English left in the Dutch edition.

The markdown of every notebook is read as stored; ``{eval}`` figures are replaced by the texts
the notebook published (the ``metadata.user_expressions`` that ``tools/run_notebooks.py``
stores, which JupyterLab and the site both show).
"""

import json
import re
from pathlib import Path

import pytest

from aifin_lib import i18n, prose

ROOT = Path(__file__).resolve().parent.parent
BOOK = ROOT / "book"
CHAPTERS = (
    "introduction.ipynb",
    "capital_versus_return.ipynb",
    "circular_financing.ipynb",
    "stagnation_scenario.ipynb",
    "supervision_and_transparency.ipynb",
)
NOTEBOOKS = sorted(p.name for p in (BOOK / "en").glob("*.ipynb"))
WORKSHEETS = [n for n in NOTEBOOKS if n.startswith("worksheet_")]


def _cells(lang: str, name: str) -> list[dict]:
    return json.loads((BOOK / lang / name).read_text(encoding="utf-8"))["cells"]


def _markdown(lang: str, name: str) -> list[tuple[int, str]]:
    return [(i, "".join(c["source"])) for i, c in enumerate(_cells(lang, name))
            if c["cell_type"] == "markdown"]


def _rendered(lang: str, name: str) -> list[tuple[int, str]]:
    """Each markdown cell with its {eval} figures replaced by the stored texts."""
    out = []
    for i, cell in enumerate(_cells(lang, name)):
        if cell["cell_type"] != "markdown":
            continue
        stored = {e["expression"]: e["result"]["data"]["text/plain"]
                  for e in cell.get("metadata", {}).get("user_expressions", [])}
        out.append((i, prose.rendered("".join(cell["source"]), stored)))
    return out


# --- hand-typed figures -----------------------------------------------------------------

FENCE = re.compile(r"^(`{3,}|:{3,})\{?(\w[\w-]*)\}?[^\n]*\n(.*?)^\1\s*$", re.MULTILINE | re.DOTALL)
"""A fenced block (``` or :::), its directive name and body."""
EXEMPT_CLASSES = {"exercise", "solution", "worked-example"}
"""Blocks whose digits are exercise or example inputs, not figures from the data."""
YEAR = r"(?:19|20)\d\d"
ALLOWED_DIGITS = re.compile(
    rf"\b{YEAR}(?:\s*[-/–]\s*(?:{YEAR}|\d\d))?\b"   # a year, or a range/fiscal year of years
    r"|\b[DB]\d+[a-z]?\b"                          # deal and bond ids (D11b, B06)
    r"|\b\d{1,2}(?=\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september"
    r"|oktober|november|december|January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\b)"    # the day of a date
    r"|\bQ[1-4]\b|\bH[12]\b"                       # quarters and halves
    r"|\b100%"                                     # the whole, as a reference point
    r"|(?<![\d,.])[01](?![\d,.%])"                 # 0 and 1 in formulas ("1 − margin", "1/n")
)


def _strip_for_digits(text: str) -> str:
    """Remove what may hold digits that are not figures: code, roles, links, labels, and the
    blocks of exercises, solutions and worked examples."""

    def block(match: re.Match) -> str:
        option = re.search(r"^:class:\s*(.+)$", match.group(3), re.MULTILINE)
        classes = set(option.group(1).split()) if option else set()
        if classes & EXEMPT_CLASSES or match.group(2) in ("text", "python"):
            return ""
        return match.group(0)

    text = FENCE.sub(block, text)
    text = re.sub(r"\{[\w:-]+\}`[^`]*`", " ", text)          # {eval}, {numref}, ... roles
    text = re.sub(r"`[^`]*`", " ", text)                       # inline code
    text = re.sub(r"\]\([^)]*\)", "]", text)                   # link targets
    text = re.sub(r"^:[\w-]+:.*$", "", text, flags=re.MULTILINE)  # directive options
    text = re.sub(r"^\s*\d+\.\s", " ", text, flags=re.MULTILINE)   # numbered list items
    return text


def _hand_typed(text: str) -> list[str]:
    rest = ALLOWED_DIGITS.sub(" ", _strip_for_digits(text))
    return [m.group(0) for m in re.finditer(r"[^\s]*\d[^\s]*", rest)]


def test_the_digit_scan_finds_typed_figures_and_spares_the_rest():
    """The scan flags a typed amount and a typed count, but not a year, a date, a deal id,
    an {eval} figure, code or an exercise input."""
    assert _hand_typed("Investment was $650B in 2026, for 5 hyperscalers.") == ["$650B", "5"]
    spared = ("In 2025-2028 (deal D11b, on 20 April 2026) it was {eval}`x`; see `ms_2025_*` "
              "and [(Cahn, 2024)](references.md#cahn2024).\n\n"
              ":::{admonition} Exercise 1\n:class: exercise\n:label: a-ex-1\nInvest 10.\n:::\n")
    assert _hand_typed(spared) == []


@pytest.mark.parametrize("name", CHAPTERS)
@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_no_figure_is_typed_by_hand(lang, name):
    """Every number in a chapter's prose is an {eval} figure from the data or a model; what
    remains are years, dates, deal ids and the inputs of exercises and worked examples."""
    found = {i: _hand_typed(text) for i, text in _markdown(lang, name)}
    found = {i: digits for i, digits in found.items() if digits}
    assert not found, f"{lang}/{name}: hand-typed numbers (cell: tokens) {found}"


# --- one term per concept ---------------------------------------------------------------

VARIANTS: dict[str, dict[str, tuple[str, ...]]] = {
    "nl": {
        "kredietverlener": ("leners", "lener", "kredietverstrekker", "kredietverstrekkers",
                            "geldschieter", "geldschieters", "geldgever", "geldgevers",
                            "lenders", "lender"),
        "omzet op jaarbasis": ("omzettempo", "run rate", "run-rate", "jaaromzettempo"),
        "clearing": ("vereffening", "vereffenen", "clearingmodel"),
        "effectisering": ("securitisatie", "securitisation", "securitization"),
        "schuldendienstdekking": ("dekkingsgraad", "dekkingsratio"),
        "domino-effect": ("dominoschema", "domino-schema", "dominoeffect"),
        "onderhandse obligatie": ("particuliere obligatie", "particuliere obligatielening"),
        "knelpunt": ("bottleneck", "bottlenecks"),
        "in gebreke blijven": ("wanbetaling", "in wanbetaling"),
        "kredietverzuimswap": ("credit default swap",),
    },
    "en": {
        "securitisation": ("securitization",),
        "debt service coverage ratio": ("debt-service coverage ratio",),
    },
}
"""Per language: the glossary term and the variants a text must not use instead."""


def _texts_to_check(lang: str) -> dict[str, str]:
    """The reader's text of the book in ``lang``: notebooks' markdown, the teacher's guide
    and every catalogue string (chart labels, table headers, captions)."""
    texts = {f"{lang}/{n}#{i}": t for n in NOTEBOOKS for i, t in _markdown(lang, n)}
    texts[f"{lang}/teachers_guide.md"] = (BOOK / lang / "teachers_guide.md").read_text("utf-8")
    for key, entry in i18n.CATALOGUE.items():
        texts[f"catalogue:{key}"] = entry[lang]
    for key, entry in i18n.PLURALS.items():
        texts[f"plurals:{key}"] = " ".join(entry[lang].values())
    return texts


def _glossary_terms(lang: str) -> set[str]:
    text = (BOOK / lang / "glossary.md").read_text("utf-8")
    return {line.strip().lower() for line in text.splitlines()
            if line and not line.startswith((" ", "`", "#", "(", ":")) and line.strip()}


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_listed_term_is_in_the_glossary(lang):
    """The variant lists point at real glossary terms (else the next test guards nothing)."""
    missing = sorted(set(VARIANTS[lang]) - _glossary_terms(lang))
    assert not missing, f"{lang}: not glossary terms: {missing}"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_one_term_per_concept(lang):
    """No text uses a listed variant where the glossary has a term for the concept."""
    found = []
    for where, text in _texts_to_check(lang).items():
        plain = re.sub(r"\]\([^)]*\)", "]", text)
        for term, variants in VARIANTS[lang].items():
            for variant in variants:
                if re.search(rf"(?<![\w-]){re.escape(variant)}(?![\w-])", plain, re.IGNORECASE):
                    found.append(f"{where}: '{variant}' (use '{term}')")
    assert not found, "\n".join(found)


# --- counts and their plural forms ------------------------------------------------------

COUNTED = {
    "nl": {"deal", "deals", "bedrijf", "bedrijven", "kring", "kringen", "jaren", "jaargang",
           "jaargangen", "basispunt", "basispunten", "dollars", "gebruiker", "gebruikers",
           "lening", "leningen", "contract", "contracten", "kredietverlener",
           "kredietverleners", "bank", "banken", "regel", "regels", "rij", "rijen", "kwartaal",
           "kwartalen", "maand", "maanden", "scenario", "scenario's", "telecombedrijven"},
    "en": {"deal", "deals", "company", "companies", "firm", "firms", "cycle", "cycles", "loop",
           "loops", "year", "years", "vintage", "vintages", "time", "times", "gigawatt",
           "gigawatts", "dollar", "dollars", "point", "points", "user", "users", "loan", "loans",
           "contract", "contracts", "lender", "lenders", "bank", "banks", "row", "rows",
           "quarter", "quarters", "month", "months", "scenario", "scenarios"},
}
"""Counted nouns: after a count their form depends on the number (Dutch keeps units and
"jaar", "keer" and "gigawatt" in the singular after any number, so those are not listed)."""
BARE_NUMBER = re.compile(r"^[−-]?\d[\d.,]*$")
YEAR_VALUE = re.compile(rf"^{YEAR}$")


def _bare_count(value: str) -> bool:
    """A figure that is only a number (not a year, not an amount with its unit)."""
    return bool(BARE_NUMBER.match(value)) and not YEAR_VALUE.match(value)


@pytest.mark.parametrize("name", NOTEBOOKS)
@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_counts_followed_by_a_noun_use_plural_forms(lang, name):
    """A figure that is a bare number and is followed by a counted noun ("40 deals",
    "1 bedrijven") must come from i18n.t_plural, which agrees noun (and verb) with the count."""
    found = []
    for i, cell in enumerate(_cells(lang, name)):
        if cell["cell_type"] != "markdown":
            continue
        stored = {e["expression"]: e["result"]["data"]["text/plain"]
                  for e in cell.get("metadata", {}).get("user_expressions", [])}
        source = "".join(cell["source"])
        for match in re.finditer(r"\{eval\}`([^`]+)`[ \u00a0]+([^\W\d_]+)", source):
            value, word = stored.get(match[1].strip(), ""), match[2]
            if _bare_count(value) and word.lower() in COUNTED[lang]:
                found.append(f"cell {i}: {match[1]} = {value!r} followed by {word!r}")
    assert not found, f"{lang}/{name}: " + "; ".join(found)


def test_plural_messages_agree_with_the_count():
    """Every plural message has both forms in both languages, fills in the count, and uses
    the 'one' form for exactly one and 'other' for zero, two and fractions (CLDR rules)."""
    assert i18n.PLURALS, "no plural messages"
    for key, entry in i18n.PLURALS.items():
        for lang in i18n.LANGUAGES:
            assert set(entry[lang]) == {"one", "other"}
            assert all("{n}" in form for form in entry[lang].values()), key
            assert i18n.t_plural(key, 1, lang) == entry[lang]["one"].format(n="1")
            for n, shown in ((0, "0"), (2, "2"), (1.5, i18n.fmt_number(1.5, lang))):
                assert i18n.t_plural(key, n, lang) == entry[lang]["other"].format(n=shown)
    assert i18n.t_plural("n_companies", 1, "nl") == "1 bedrijf"
    assert i18n.t_plural("n_companies", 3, "nl") == "3 bedrijven"
    assert i18n.t_plural("n_cycles_there_are", 1, "en") == "There is 1 cycle"
    assert i18n.t_plural("n_deals", 1234, "nl") == "1.234 deals"


def test_plural_api_refuses_misuse():
    """A plural key through t() and a plain key through t_plural() fail with a clear message;
    so do a count that is not a number and an unknown language."""
    with pytest.raises(KeyError, match="use t_plural"):
        i18n.t("n_deals", "nl")
    with pytest.raises(KeyError, match="plain message: use t"):
        i18n.t_plural("year", 2, "nl")
    with pytest.raises(ValueError, match="n must be a finite number"):
        i18n.t_plural("n_deals", float("nan"), "nl")
    with pytest.raises(ValueError, match="lang must be one of"):
        i18n.t_plural("n_deals", 2, "de")


def _count_name(name: str) -> bool:
    """A placeholder that holds a count (``{n}``, ``{count}``, ``{n_deals}``, ...)."""
    return name in ("n", "count", "number", "deals") or name.startswith("n_") or name.endswith(
        "_count")


def test_no_catalogue_message_puts_a_counted_noun_after_a_placeholder():
    """Catalogue texts never write "{n} deals": a count with a noun is a plural message."""
    bad = [f"{key} ({lang}): {text}" for key, entry in i18n.CATALOGUE.items()
           for lang, text in entry.items()
           for name, word in re.findall(r"\{(\w+)\}[ \u00a0]+([^\W\d_]+)", text)
           if _count_name(name) and word.lower() in COUNTED[lang]]
    assert not bad, bad


# --- double full stops ------------------------------------------------------------------

DOUBLE_STOP = re.compile(r"(?<![./])\.\s?\.(?![./])")
"""Two full stops in a row (not an ellipsis, not a relative path such as ``../data``)."""


def test_rendered_prose_shows_a_double_full_stop_where_a_figure_ends_a_sentence():
    """The check sees what a reader sees: the figure's own full stop plus the sentence's."""
    text = prose.rendered("Het kost {eval}`x`. Daarna…", {"x": "US$\u00a02\u00a0mld."})
    assert DOUBLE_STOP.search(text)
    assert not DOUBLE_STOP.search(prose.rendered("Het kost {eval}`x` per jaar.",
                                                 {"x": "US$\u00a02\u00a0mld."}))


@pytest.mark.parametrize("name", NOTEBOOKS)
@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_no_double_full_stop(lang, name):
    """No sentence ends in "mld.." after the figures are filled in (Dutch abbreviations end
    with a full stop, so a figure must not end a sentence)."""
    found = [f"cell {i}: ...{text[max(0, m.start() - 40):m.end() + 5]!r}"
             for i, text in _rendered(lang, name) for m in DOUBLE_STOP.finditer(text)]
    assert not found, f"{lang}/{name}: " + "; ".join(found)


# --- English left in the Dutch edition --------------------------------------------------

ENGLISH = {
    "and", "with", "which", "because", "between", "from", "would", "should", "revenue",
    "lender", "lenders", "borrower", "bottleneck", "fraction", "rate_per_year", "billion",
    "trillion", "debt", "loan", "loans", "year", "years", "growth", "why", "assumption",
    "assumptions", "supplier", "suppliers", "default", "defaults", "share", "shares",
    "cash", "value", "per_year", "usd_bn", "bn", "expected", "reported", "estimate",
}
"""English words that must not appear in Dutch prose, tables or chart labels (names of
publications and sources are removed first: they keep their own language)."""
NAMES = re.compile(
    r"The (?:Motley Fool|Register|Guardian|Economist|Information|Decoder|Wall Street Journal"
    r"|Outpost|Adviser Times|AI Consulting Network)|Financial (?:Times|Mail)|Bank of England"
    r"|Thoughts on the Market|debt service coverage ratio|Business Age|Morning Overview"
    r"|special purpose vehicle|Share \w+"
)


def _dutch_strings(name: str) -> list[tuple[str, str]]:
    """The reader's text of a Dutch notebook: rendered markdown, HTML tables (without links
    to sources and code) and the titles, labels and descriptions of its charts."""
    out = [(f"cell {i}", text) for i, text in _rendered("nl", name)]
    for i, cell in enumerate(_cells("nl", name)):
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            html = "".join(data.get("text/html", ""))
            if html:
                html = re.sub(r"<a [^>]*>.*?</a>|<code>.*?</code>", " ", html, flags=re.DOTALL)
                out.append((f"cell {i} table", re.sub(r"<[^>]+>", " ", html)))
            spec = data.get("application/vnd.vegalite.v5+json")
            if spec:
                out += [(f"cell {i} chart", s) for s in _chart_strings(spec)]
    return out


def _chart_strings(node, key: str = "") -> list[str]:
    """Titles, descriptions, labels and text of a Vega-Lite spec (not field names, not
    expressions, not the sources in ``usermeta``)."""
    if isinstance(node, dict):
        return [s for k, v in node.items() if k not in ("usermeta", "$schema")
                for s in _chart_strings(v, k)]
    if isinstance(node, list):
        return [s for v in node for s in _chart_strings(v, key)]
    if isinstance(node, str) and (key in ("title", "description", "text")
                                  or key.endswith("label")):
        return [node]
    return []


def test_the_english_scan_sees_chart_labels_and_spares_names():
    """The scan finds an English axis title and ignores a publication's name."""
    spec = {"encoding": {"y": {"title": "USD billion"}}, "usermeta": {"title": "and"},
            "data": {"values": [{"label": "kasstroom"}]}}
    assert _chart_strings(spec) == ["USD billion", "kasstroom"]
    assert _english_words("Volgens The Wall Street Journal stijgt de omzet") == []
    assert _english_words("De revenue and the growth") == ["revenue", "and", "growth"]


def _english_words(text: str) -> list[str]:
    text = re.sub(r"`[^`]*`|\S+\.csv\b|\S+/\S+|\{\w+\}", " ", text)  # code, files, paths
    text = NAMES.sub(" ", text)
    return [w for w in re.findall(r"[A-Za-z_]+", text) if w.lower() in ENGLISH]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_no_english_in_the_dutch_edition(name):
    """Dutch notebooks speak Dutch in their prose, tables and charts, the *Data* appendix
    included (its tables show the data set's texts from the catalogue, not the CSV's English;
    the titles of the sources stay in their own language)."""
    found = [f"{where}: {words}" for where, text in _dutch_strings(name)
             if (words := _english_words(text))]
    assert not found, f"nl/{name}:\n" + "\n".join(found)


def test_no_english_in_the_dutch_catalogue():
    """Every Dutch catalogue text (charts, tables, widgets) is Dutch."""
    found = {key: words for key, entry in i18n.CATALOGUE.items()
             if (words := _english_words(entry["nl"]))}
    found |= {key: words for key, entry in i18n.PLURALS.items()
              if (words := _english_words(" ".join(entry["nl"].values())))}
    assert not found, found


# --- facts: basis, qualifiers, dates, one headline --------------------------------------


def test_a_forecast_cannot_be_told_as_a_fact():
    """prose.quote refuses a forecast, guidance or scenario where the sentence states a fact,
    and names the figure and its basis; told as what it is, the figure is quoted."""
    with pytest.raises(prose.BasisError, match="openai_projected_revenue_2030 is a forecast"):
        prose.quote("openai_projected_revenue_2030", "en", style="money")
    with pytest.raises(prose.BasisError, match="is a guidance"):
        prose.fact_value("openai_compute_commitments")
    assert prose.quote("openai_projected_revenue_2030", "en", told_as="forecast",
                       style="money") == "$200B"
    assert prose.fact_value("openai_revenue_2025") == pytest.approx(13.07)
    with pytest.raises(ValueError, match="told_as must be bases"):
        prose.quote("openai_revenue_2025", "en", told_as="fact")
    with pytest.raises(ValueError, match="style must be one of"):
        prose.quote("openai_revenue_2025", "en", style="fancy")
    with pytest.raises(ValueError, match="needs an amount in USD bn"):
        prose.quote("fiber_lit_share_2001", "en", told_as="estimate", style="money")


def test_deal_amounts_carry_the_qualifier_of_the_data():
    """D08 is "at least" $6.3B and D01 "up to" $100B in deals.csv; a sum with a ceiling is a
    ceiling; an undisclosed or unknown deal is refused by id."""
    assert prose.deal_amount("D08", "en") == "at least $6.3B"
    assert prose.deal_amount("D08", "nl") == "ten minste US$\u00a06,3\u00a0mld."
    assert prose.deal_amount("D01", "nl").startswith("maximaal ")
    assert prose.deal_amount(["D05", "D06", "D07"], "en") == "up to $22.4B"
    assert prose.combined_qualifier(["exact", "about"]) == "about"
    assert prose.combined_qualifier(["exact", "at_least"]) == "at_least"
    assert prose.combined_qualifier(["exact", "exact"]) == "exact"
    with pytest.raises(ValueError, match="D01b has no disclosed amount"):
        prose.deal_amount("D01b", "en")
    with pytest.raises(KeyError, match="D99"):
        prose.deal_amount("D99", "en")


@pytest.mark.parametrize(("metric", "lang", "phrase"), [
    ("openai_run_rate_2026_05", "nl", "in mei 2026"),
    ("openai_revenue_2025_h1", "en", "in the first half of 2025"),
    ("alphabet_capex_2026_q1", "nl", "in het eerste kwartaal van 2026"),
    ("nvidia_dc_revenue_fy2027_q1", "nl",
     "in het eerste kwartaal van boekjaar 2027 (februari tot en met april 2026)"),
    ("microsoft_capex_fy2025", "en", "in fiscal 2025 (July 2024 to June 2025)"),
    ("oracle_fcf_ttm_2025_08", "en", "in the twelve months to August 2025"),
    ("coreweave_backlog_2025_12", "nl", "op 31 december 2025"),
    ("bofa_2025_hyperscaler_bonds", "nl", "van januari tot en met november 2025"),
    ("boe_2025_ai_infra_spend_5y", "en", "in 2026-2030"),
])
def test_every_kind_of_period_is_dated_in_words(metric, lang, phrase):
    """A figure's period, read from the data, becomes the date phrase of its sentence."""
    assert prose.period_phrase(metric, lang) == phrase


def test_figures_read_in_the_prose_have_their_basis_checked(monkeypatch):
    """Every macro/history figure that the prose_figures of the introduction, the capital and
    the circular chapter read themselves goes through prose.quote / prose.fact_value, so a
    forecast cannot slip into a sentence written as fact."""
    import sys as _sys

    from aifin_lib import capital_charts, circular_charts, data, intro

    direct, checked = set(), set()
    real_figure, real_check = data.figure, prose.check_basis

    def spy_figure(metric_id, *args, **kwargs):
        frame = _sys._getframe(1)
        while frame.f_code.co_name in ("_fig", "<lambda>"):
            frame = frame.f_back
        name = frame.f_code.co_name  # prose_figures or one of its sections, _<section>_figures
        if name == "prose_figures" or (name.startswith("_") and name.endswith("_figures")):
            direct.add(metric_id)
        return real_figure(metric_id, *args, **kwargs)

    def spy_check(basis, told_as, what):
        checked.add(what)
        return real_check(basis, told_as, what)

    monkeypatch.setattr(data, "figure", spy_figure)
    monkeypatch.setattr(prose, "check_basis", spy_check)
    for module in (intro, capital_charts, circular_charts):
        module.prose_figures("en")
    assert direct, "the spy saw no figure read in prose_figures"
    unchecked = sorted(direct - checked)
    assert not unchecked, f"read in prose_figures without a basis check: {unchecked}"


def test_one_circularity_headline_in_the_introduction_and_the_chapter():
    """The introduction and the circular chapter quote the same count (one counting rule):
    both come from the chapter's headline()."""
    from aifin_lib import intro
    from aifin_lib.chapters import circular_financing as circular_chapter

    for lang in i18n.LANGUAGES:
        a, b = intro.prose_figures(lang), circular_chapter.prose_figures(lang)
        assert a["intro_circularity"] == b["circular_share"]
        assert a["intro_circulation"] == b["circular_circulation"]
        assert a["intro_gross"] == b["circular_gross"]
        assert a["intro_deals_counted"] == b["circular_deals"]
        assert a["intro_circ_d24"] == b["circular_d24_part"]
    head = circular_chapter.headline()
    assert circular_chapter.prose_figures("en")["circular_share"] == i18n.fmt_percent(
        head.circularity, "en", 1)
    without = circular_chapter.headline(without=["D24", "D24b"])
    assert without.circulation < head.circulation and without.n_deals == head.n_deals - 2


CHAPTER_NUMBER = re.compile(r"\b(?:chapters?|hoofdstuk(?:ken)?)\s+\d", re.IGNORECASE)


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_chapters_are_linked_not_numbered_by_hand(lang):
    """Text refers to other chapters by link ({doc} or a notebook link), never by a typed
    number that the numbered table of contents could contradict."""
    texts = {f"{n}#{i}": t for n in NOTEBOOKS for i, t in _markdown(lang, n)}
    texts |= {p.name: p.read_text("utf-8") for p in (BOOK / lang).glob("*.md")}
    found = [f"{where}: {m.group(0)!r}" for where, text in texts.items()
             for m in CHAPTER_NUMBER.finditer(text)]
    assert not found, found


DATA_DATE = {"nl": re.compile(r"(?:januari|februari|maart|april|mei|juni|juli|augustus|"
                              r"september|oktober|november|december|medio) 20\d\d"),
             "en": re.compile(r"(?:January|February|March|April|May|June|July|August|"
                              r"September|October|November|December|mid-) ?20\d\d")}


@pytest.mark.parametrize("name", CHAPTERS)
@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_each_chapter_says_the_date_of_its_data(lang, name):
    """The opening of every chapter (title cell and first section) says how recent its data
    are, as a month or 'mid-year' with the year."""
    opening = " ".join(text for _, text in _rendered(lang, name)[:2])
    words = "gegevens|dataset|bron" if lang == "nl" else "data|source"
    assert re.search(words, opening) and DATA_DATE[lang].search(opening), (
        f"{lang}/{name}: the opening does not date its data")


DOUBLED = re.compile(r"\b(\w{3,})\s+\1\b", re.IGNORECASE)


@pytest.mark.parametrize("name", NOTEBOOKS)
@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_no_word_is_doubled_where_a_figure_meets_the_text(lang, name):
    """A figure that carries its own qualifier or period ("up to $100B", "boekjaar 2026") must
    not meet the same word typed in the sentence ("up to up to", "boekjaar boekjaar")."""
    found = [f"cell {i}: {m.group(0)!r}" for i, text in _rendered(lang, name)
             for m in DOUBLED.finditer(re.sub(r"`[^`]*`|^:[\w-]+:.*$", " ", text, flags=re.M))]
    assert not found, f"{lang}/{name}: " + "; ".join(found)
