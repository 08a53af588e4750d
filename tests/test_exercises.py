"""Tests of aifin_lib.exercises: every worksheet check accepts the right answer, rejects a wrong
one with a hint, never shows the expected value, and speaks both languages."""

import functools
import html
import json
import math
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from aifin_lib import circular_charts, data, i18n, regulation, scenario, stagnation_charts
from aifin_lib import exercises as ex

BOOK = Path(__file__).resolve().parent.parent / "book"
LANGS = i18n.LANGUAGES


def _fig(metric_id):
    return data.figure(metric_id).value


def _max_circulation(flows):
    """Maximum circulation by an LP written here: max sum C, 0 <= C <= W, inflow = outflow."""
    w = np.asarray(flows, dtype=float)
    rows, cols = np.nonzero(w)
    n, m = w.shape[0], len(rows)
    a_eq = np.zeros((n, m))
    a_eq[rows, np.arange(m)] += 1.0
    a_eq[cols, np.arange(m)] -= 1.0
    res = linprog(
        -np.ones(m),
        A_eq=a_eq,
        b_eq=np.zeros(n),
        bounds=list(zip(np.zeros(m), w[rows, cols], strict=True)),
        method="highs",
    )
    assert res.status == 0
    return -res.fun


def _independent_answers():
    """Each expected answer worked out here from data/, closed forms or the exercise's numbers."""
    run_2023, run_2024 = _fig("sequoia_2023_nvidia_run_rate"), _fig("sequoia_2024_nvidia_run_rate")
    ai_2024 = _fig("sequoia_2024_required_revenue") - _fig("sequoia_2024_revenue_hole")
    k, r, cash = 2 * run_2024, 0.10, 0.5 * ai_2024
    book_net = circular_charts.network(kinds=circular_charts.KIND_PRESETS["equity_purchases"])
    flows = book_net.flows.to_numpy()
    net = stagnation_charts.network()
    # the three-firm network: C (assets 3, receives 4 + 5) pays its 2 in full; A has 2 + 2 = 4 < 10
    a_pays = 2 + 2
    b_pays = 1 + 6 / 10 * a_pays
    a_pays_rv = 0.5 * 2 + 0.5 * 2
    return {
        "intro-1": _fig("ms_2025_financing_gap") / _fig("ms_2025_dc_capex_2025_2028"),
        "intro-2": _fig("hyperscaler_capex_2026") / _fig("bigtech4_capex_2023"),
        "intro-3": 0.09 * _fig("hyperscaler_capex_2026"),
        "intro-4": _fig("bofa_2025_hyperscaler_bonds")
        / _fig("bofa_2025_hyperscaler_bonds_avg_2020_2024"),
        "capital-1": run_2023 * 2 / (1 - 0.5),
        "capital-2": run_2023 * 2 / (1 - 0.4),
        "capital-3": 0.10 / (1 - 1.10**-6),
        "capital-4": -math.log(1 - r * k / cash) / math.log(1 + r),
        "capital-5": 3 * 60 / 4 - 3 * 60 / 6,
        "circular-1": (2 * 6 + 3 * 3) / (10 + 6 + 4 + 3),
        "circular-2": 2 * 5 + 3 * 5,
        "circular-3": 2 * min(10, 8),
        "circular-4": _max_circulation(flows) / flows.sum(),
        "stagnation-1": a_pays,
        "stagnation-2": b_pays,
        "stagnation-3": 0.5 * 1 + 0.5 * (6 / 10 * a_pays_rv),
        "stagnation-4": _coreweave_cash_2026(),
        "stagnation-5": _oracle_fall(net),
        **_supervision_answers(net),
    }


def _coreweave_cash_2026():
    """CoreWeave's first-year cash in the severe case, added up from the table's other lines."""
    res = scenario.run_scenario(path="bust", outside_cash_flow_factor=0.5,
                                residual_value_fraction=0.15)
    first = res.cash_table("coreweave").iloc[0]
    inflow = ("opening_cash", "revenue", "new_funding", "outside_cash_flow", "shock", "received")
    outflow = ("other_costs", "running_costs", "fixed_costs", "paid_contracts", "paid_interest",
               "paid_principal")
    return sum(first[k] for k in inflow) - sum(first[k] for k in outflow)


def _oracle_fall(net):
    """How far the outside cash flow must fall before Oracle defaults: a grid in steps of 0.05
    to bracket the factor, then bisection to 1e-6 inside the bracket."""
    oracle = net.index("oracle")

    def falls(f):
        return scenario.run_scenario(net, "bust", outside_cash_flow_factor=f).default_year[
            oracle] >= 0

    lo = max(f / 20 for f in range(21) if falls(f / 20))
    hi = lo + 0.05
    while hi - lo > 1e-6:
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if falls(mid) else (lo, mid)
    return 1 - lo


def _supervision_answers(net):
    """The supervision exercises through the policy model's public API, cross-checked where
    the model allows: the round-tripped money is the calibration's, capped at the lab's money;
    a buffer of a tenth is a tenth of what the lenders are owed; no policy forgoes nothing."""
    round_tripped = min(net.round_tripped_funding,
                        net.initial_cash[net.ai_lab] + net.first_year_funding)
    assert regulation.round_tripped_cash(net) == pytest.approx(round_tripped)
    assert regulation.evaluate(regulation.Policy(), "bust").investment_forgone_usd_bn == 0
    disclosed = regulation.evaluate(regulation.Policy(disclosure=1.0), "bust")
    ltv = regulation.evaluate(regulation.Policy(max_loan_to_value=0.6), "bust")
    buffer = regulation.evaluate(regulation.Policy(capital_ratio=0.1), "bust")
    stress = regulation.evaluate(regulation.Policy(stress_test=True), "bust")
    return {
        "supervision-1": round_tripped,
        "supervision-2": disclosed.investment_forgone_usd_bn,
        "supervision-3": ltv.investment_forgone_usd_bn,
        "supervision-4": sum(buffer.capital.values()),
        "supervision-5": sum(stress.capital.values()),
    }


ANSWERS = _independent_answers()
IDS = tuple(ex.EXERCISES)


@pytest.fixture(autouse=True)
def english(monkeypatch):
    """Each test starts a fresh worksheet session, in English, outside JupyterLab."""
    monkeypatch.delenv("JPY_SESSION_NAME", raising=False)
    ex.reset_session()
    ex.start("en")
    yield
    ex.reset_session()
    i18n.set_language("en")


@functools.cache
def _revealing_texts(exercise_id):
    """Ways of writing the expected value that would themselves be accepted as the answer."""
    x = ANSWERS[exercise_id]
    tol = ex.EXERCISES[exercise_id].tolerance(x)
    forms = {repr(float(x)): float(x), str(x): float(x)}
    for decimals in range(7):
        forms[f"{x:.{decimals}f}"] = round(x, decimals)
        forms[i18n.fmt_number(x, "en", decimals)] = round(x, decimals)
        forms[i18n.fmt_number(x, "nl", decimals)] = round(x, decimals)
    return frozenset(form for form, value in forms.items() if abs(value - x) <= tol)


@functools.cache
def _tokens(exercise_id):
    return [
        re.compile(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)")
        for form in _revealing_texts(exercise_id)
    ]


def _assert_hidden(result, exercise_id):
    visible_html = html.unescape(re.sub(r"<[^>]+>", " ", result._repr_html_()))
    outputs = (result.text, repr(result), visible_html, result._repr_markdown_())
    for token in _tokens(exercise_id):
        for out in outputs:
            assert not token.search(out), f"{exercise_id}: {token.pattern!r} matches {out!r}"


def _fresh():
    """A new worksheet session whose first cell ran (English)."""
    ex.reset_session()
    ex.start("en")


def _wrong_answers(x, count=False):
    """A too-high and a too-low answer, far outside any tolerance and not a unit slip (whole
    numbers for a count)."""
    if count:
        return (3 * x + 1, x - 1 if x >= 1 else -7)
    return (x * 3 + 1, x / 3 if x else -7.0)


def test_registry_covers_every_worksheet_chapter():
    """Each chapter with a worksheet has 4 to 6 exercises, and the test knows every exercise."""
    for chapter in ex.CHAPTERS:
        assert 4 <= len(ex.exercise_ids(chapter)) <= 6
    assert set(ANSWERS) == set(ex.EXERCISES)


@pytest.mark.parametrize("exercise_id", IDS)
def test_right_answer_is_accepted(exercise_id):
    """The answer worked out independently from the data or a closed form is accepted."""
    for lang in LANGS:
        result = ex.check(exercise_id, ANSWERS[exercise_id], lang)
        assert result.correct and result.status == "correct" and bool(result)
        assert result.text.startswith(f"{exercise_id}: {i18n.t('ex_correct', lang)}")
        _assert_hidden(result, exercise_id)


@pytest.mark.parametrize("exercise_id", IDS)
def test_answer_within_tolerance_is_accepted_and_outside_rejected(exercise_id):
    """The documented tolerance: max(abs_tol, rel_tol * |x|) accepts, twice that rejects."""
    x, e = ANSWERS[exercise_id], ex.EXERCISES[exercise_id]
    tol = e.tolerance(x)
    if tol == 0:
        assert e.unit == "count"
        assert not ex.check(exercise_id, x + 1).correct
        return
    assert ex.check(exercise_id, x + 0.9 * tol).correct
    assert ex.check(exercise_id, x - 0.9 * tol).correct
    assert not ex.check(exercise_id, x + 2 * tol).correct
    assert not ex.check(exercise_id, x - 2 * tol).correct


@pytest.mark.parametrize("exercise_id", IDS)
def test_wrong_answer_is_rejected_with_a_hint(exercise_id):
    """A first wrong answer gets "not yet", a hint, the exercise's first hint, and no expected
    value."""
    x = ANSWERS[exercise_id]
    high, low = _wrong_answers(x, ex.EXERCISES[exercise_id].unit == "count")
    for lang in LANGS:
        for answer, direction in ((high, "ex_hint_too_high"), (low, "ex_hint_too_low")):
            ex.reset_session()
            result = ex.check(exercise_id, answer, lang)
            assert result.attempt == 1
            assert result.status == "wrong" and not result.correct
            assert result.keys[0] == "ex_not_yet"
            hints = [k for k in result.keys[1:] if k.startswith("ex_hint_")]
            assert hints, result.keys
            assert direction in result.keys or any("magnitude" in k for k in hints)
            assert ex.EXERCISES[exercise_id].hint_key in result.keys
            assert i18n.t(ex.EXERCISES[exercise_id].hint_key, lang) in result.text
            _assert_hidden(result, exercise_id)


@pytest.mark.parametrize("exercise_id", IDS)
@pytest.mark.parametrize("empty", [None, ...])
def test_unanswered(exercise_id, empty):
    """None and ... (the worksheet's placeholder) ask to fill in the answer, in each language."""
    for lang in LANGS:
        result = ex.check(exercise_id, empty, lang)
        assert result.status == "unanswered" and result.keys == ("ex_unanswered",)
        assert i18n.t("ex_unanswered", lang) in result.text
        _assert_hidden(result, exercise_id)


@pytest.mark.parametrize("exercise_id", IDS)
def test_unit_slips_get_their_own_hint(exercise_id):
    """Percent for a fraction, dollars/millions/trillions for billions, and a flipped sign."""
    x, unit = ANSWERS[exercise_id], ex.EXERCISES[exercise_id].unit
    slips = {"ex_hint_sign": -x}
    if unit in ("fraction", "per_year"):
        slips["ex_hint_percent"] = 100 * x
    if unit == "usd_bn":
        slips.update(
            {"ex_hint_dollars": x * 1e9, "ex_hint_millions": x * 1e3, "ex_hint_trillions": x / 1e3}
        )
    for key, answer in slips.items():
        for lang in LANGS:
            result = ex.check(exercise_id, answer, lang)
            assert result.status == "wrong" and key in result.keys, (key, result.keys)
            _assert_hidden(result, exercise_id)


@pytest.mark.parametrize("exercise_id", IDS)
def test_order_of_magnitude_hint(exercise_id):
    """Twenty times too large or small is called an order of magnitude off."""
    x = ANSWERS[exercise_id]
    assert "ex_hint_magnitude_high" in ex.check(exercise_id, 20 * x).keys
    if ex.EXERCISES[exercise_id].unit != "count":  # a fraction of a count is not a count
        assert "ex_hint_magnitude_low" in ex.check(exercise_id, x / 20).keys


@pytest.mark.parametrize(
    "answer, key",
    [
        ("half", "ex_hint_text"),
        (b"one", "ex_hint_text"),
        ("0,5,1", "ex_hint_text"),
        ([1, 2], "ex_hint_many_numbers"),
        (np.array([1.0, 2.0]), "ex_hint_many_numbers"),
        (object(), "ex_hint_not_number"),
        (True, "ex_hint_not_number"),
        ({"a": 1}, "ex_hint_not_number"),
        (float("nan"), "ex_hint_not_finite"),
        (float("inf"), "ex_hint_not_finite"),
        (np.float64("-inf"), "ex_hint_not_finite"),
    ],
)
def test_non_numeric_answers_get_feedback_not_a_crash(answer, key):
    """Text, lists, objects, booleans and NaN are answered with a hint, never an exception."""
    for lang in LANGS:
        result = ex.check("intro-1", answer, lang)
        assert result.status == "invalid" and result.keys == ("ex_not_yet", key)
        _assert_hidden(result, "intro-1")


def test_numpy_and_pandas_answers_are_numbers():
    """A numpy scalar, a 0-d array and a one-element Series count as one number."""
    x = ANSWERS["capital-3"]
    for answer in (np.float64(x), np.array(x), np.array([x]), pd.Series([x]), np.float32(x)):
        assert ex.check("capital-3", answer).correct
    assert ex.check("stagnation-1", np.int64(ANSWERS["stagnation-1"])).correct


def test_count_must_be_a_whole_number(monkeypatch):
    """A count answered with a fraction gets the whole-number hint."""
    counted = ex.Exercise("stagnation-9", "stagnation_scenario", "count", lambda: 3.0, 0.0, 0.0,
                          "ex_stagnation_1_hint", "ex_stagnation_1_hint2", "ex_stagnation_1_title")
    monkeypatch.setitem(ex.EXERCISES, "stagnation-9", counted)
    assert "ex_hint_whole_number" in ex.check("stagnation-9", 3.5).keys
    assert ex.check("stagnation-9", 3).correct


def test_close_answer_says_almost():
    """Just outside the tolerance (3x) is "almost", with the direction."""
    x = ANSWERS["capital-1"]
    tol = ex.EXERCISES["capital-1"].tolerance(x)
    assert ex.check("capital-1", x + 3 * tol).keys == ("ex_not_yet", "ex_hint_close_high")
    _fresh()
    assert ex.check("capital-1", x - 3 * tol).keys == ("ex_not_yet", "ex_hint_close_low")


def test_feedback_follows_the_active_language_and_formats_numbers():
    """Without lang, the language set by af.setup is used; the echoed answer uses its separators."""
    i18n.set_language("nl")
    result = ex.check("intro-2", 1234.5)
    assert result.lang == "nl" and i18n.t("ex_not_yet", "nl") in result.text
    assert "1.234,5" in result.text and "2%" in result.text
    i18n.set_language("en")
    result = ex.check("intro-2", 1234.5)
    assert result.lang == "en" and "1,234.5" in result.text


def test_every_feedback_key_exists_in_both_languages():
    """All keys a check can produce, the units and every exercise hint exist in nl and en."""
    keys = {k for k in i18n.CATALOGUE if k.startswith("ex_")}
    for exercise_id, e in ex.EXERCISES.items():
        assert {e.hint_key, e.hint2_key, e.title_key, f"ex_unit_{e.unit}"} <= keys
        x = ANSWERS[exercise_id]
        for answer in (None, "x", "1,5", (1, 5), x, *_wrong_answers(x), -x, 100 * x, 1e9 * x,
                       x + 0.5, 1.05 * x + 1e-9, 0.8 * x):
            assert set(ex.check(exercise_id, answer).keys) <= keys
    for key in keys:
        for lang in LANGS:
            assert i18n.CATALOGUE[key][lang].strip()


def test_catalogue_hints_hold_no_answer():
    """No feedback text in the catalogue contains one of the expected answers."""
    texts = [(k, t) for k, e in i18n.CATALOGUE.items() if k.startswith("ex_") for t in e.values()]
    formula = re.compile(r"[-+−/*×^()·]")

    def in_formula(text, match):
        """A constant of a formula, such as the 1 in 1 + r, is not an answer."""
        around = text[max(0, match.start() - 3):match.start()] + text[match.end():match.end() + 3]
        return bool(formula.search(around))

    for exercise_id in IDS:
        for token in _tokens(exercise_id):
            found = [k for k, text in texts
                     for m in token.finditer(text) if not in_formula(text, m)]
            assert not found, (exercise_id, token.pattern, found)


def test_bad_exercise_id_raises_listing_valid_ids():
    """An unknown id raises KeyError whose message names every valid id."""
    with pytest.raises(KeyError) as info:
        ex.check("capital-99", 1.0)
    message = str(info.value)
    assert "capital-99" in message
    assert all(exercise_id in message for exercise_id in IDS)


def test_bad_language_raises():
    """An unsupported language is rejected like everywhere else in the library."""
    with pytest.raises(ValueError, match="lang"):
        ex.check("capital-1", 1.0, "fr")


def test_exercise_ids_by_chapter():
    """exercise_ids filters by chapter and rejects an unknown chapter."""
    assert all(i.startswith("capital-") for i in ex.exercise_ids("capital_versus_return"))
    with pytest.raises(ValueError, match="chapter"):
        ex.exercise_ids("supervision_x")


def test_exercise_repr_hides_the_answer():
    """The registry's repr shows id, chapter and unit only."""
    for exercise_id in IDS:
        text = repr(ex.EXERCISES[exercise_id])
        assert exercise_id in text and "compute" not in text


def test_html_is_deterministic_and_escaped():
    """The same answer gives the same HTML; the text is escaped."""
    a = ex.check("intro-1", 0.1)
    _fresh()
    b = ex.check("intro-1", 0.1)
    assert a._repr_html_() == b._repr_html_() and a == b
    assert "<script" not in a._repr_html_()
    assert a._repr_html_().startswith('<div class="aifin-check aifin-check-wrong"')


@settings(max_examples=60, deadline=None)
@given(st.floats(allow_nan=True, allow_infinity=True, width=64))
def test_any_float_gives_feedback_and_hides_the_answer(answer):
    """Whatever number is typed, check answers without an exception and never leaks x."""
    x, tol = ANSWERS["capital-4"], ex.EXERCISES["capital-4"].tolerance(ANSWERS["capital-4"])
    for lang in LANGS:
        result = ex.check("capital-4", answer, lang)
        assert result.status in ("correct", "wrong", "invalid")
        if math.isfinite(answer) and abs(answer - x) > tol:
            _assert_hidden(result, "capital-4")


def _worksheet_checks(lang, slug):
    cells = json.loads((BOOK / lang / f"worksheet_{slug}.ipynb").read_text(encoding="utf-8"))
    sources = ["".join(c["source"]) for c in cells["cells"] if c["cell_type"] == "code"]
    return [m for s in sources for m in re.findall(r'check\("([\w-]+)", answer\)', s)]


@pytest.mark.parametrize("slug", ex.CHAPTERS)
def test_worksheets_check_every_exercise_of_their_chapter(slug):
    """Each worksheet checks exactly its chapter's exercises, in order, in both languages."""
    for lang in LANGS:
        assert tuple(_worksheet_checks(lang, slug)) == ex.exercise_ids(slug)


# --- hints that escalate, the worksheet session, a Dutch decimal comma, the answer key ---------


@pytest.mark.parametrize("exercise_id", IDS)
def test_hints_escalate_per_exercise_and_never_give_the_answer(exercise_id):
    """A second wrong answer gets the exercise's second, more specific hint instead of the
    first; from the third on also a coarse band; another exercise starts again at the first."""
    x = ANSWERS[exercise_id]
    high, _ = _wrong_answers(x)
    first, second, third = (ex.check(exercise_id, high) for _ in range(3))
    e = ex.EXERCISES[exercise_id]
    assert (first.attempt, second.attempt, third.attempt) == (1, 2, 3)
    assert e.hint_key in first.keys and e.hint2_key not in first.keys
    assert e.hint2_key in second.keys and e.hint_key not in second.keys
    assert i18n.t(e.hint2_key) in second.text
    assert i18n.t(e.hint2_key) != i18n.t(e.hint_key)
    for result in (first, second, third):
        _assert_hidden(result, exercise_id)
    near = x * 1.15 if x else 1.0
    fourth = ex.check(exercise_id, near)
    if e.unit != "count" and x:
        assert "ex_hint_band_quarter" in fourth.keys, fourth.keys
    _assert_hidden(fourth, exercise_id)
    other = next(i for i in IDS if i != exercise_id)
    assert ex.check(other, _wrong_answers(ANSWERS[other])[0]).attempt == 1


def test_the_band_hints_are_coarse():
    """Bands: within a tenth, a quarter, a factor two; nothing further off or of another sign."""
    band = ex._band
    assert band(1.05, 1.0) == "ex_hint_band_tenth"
    assert band(0.8, 1.0) == "ex_hint_band_quarter"
    assert band(1.9, 1.0) == band(0.55, 1.0) == "ex_hint_band_double"
    assert band(3.0, 1.0) is None and band(-1.0, 1.0) is None and band(1.0, 0.0) is None


def test_a_correct_answer_after_wrong_ones_is_correct():
    x = ANSWERS["intro-1"]
    for _ in range(4):
        ex.check("intro-1", 3 * x)
    assert ex.check("intro-1", x).correct


def test_a_dutch_decimal_comma_is_explained():
    """``answer = 0,23`` is a tuple in Python: the student is told to use a decimal point."""
    for lang in LANGS:
        result = ex.check("intro-1", (0, 23), lang)
        assert result.status == "invalid"
        assert result.keys == ("ex_not_yet", "ex_hint_decimal_comma")
        assert i18n.t("ex_hint_decimal_comma", lang) in result.text
    assert "punt" in i18n.t("ex_hint_decimal_comma", "nl")


def test_a_number_typed_as_text_is_read_with_comma_or_point():
    """"0,52" and "0.52" are read as the number (with a note); other text is not a number."""
    x = ANSWERS["intro-1"]
    for text in (f"{x:.4f}", f"{x:.4f}".replace(".", ","), f" {x:.4f} "):
        result = ex.check("intro-1", text, "nl")
        assert result.correct and "ex_note_text_number" in result.keys
        assert i18n.t("ex_note_text_number", "nl") in result.text
    wrong = ex.check("intro-1", "7,5", "nl")
    assert wrong.status == "wrong" and "7,5" in wrong.text
    assert ex.check("intro-1", "zeven", "nl").keys == ("ex_not_yet", "ex_hint_text")


def test_start_loads_the_library_in_the_worksheet_language():
    ex.reset_session()
    ready = ex.start("nl")
    assert ready.lang == "nl" and ready.text == i18n.t("ex_ready", "nl")
    assert i18n.get_language() == "nl" and "Klaar" in ready._repr_html_()
    assert ex.check("intro-1", None).lang == "nl"
    with pytest.raises(ValueError, match="lang"):
        ex.start("fr")


def test_a_skipped_first_cell_is_said_in_both_languages():
    """Without start() and outside JupyterLab, check says which cell to run, in nl and en."""
    ex.reset_session()
    result = ex.check("intro-1", ANSWERS["intro-1"])
    assert result.status == "not_started" and not result.correct
    for lang in LANGS:
        assert i18n.t("ex_not_started", lang) in result.text
        assert i18n.t("ex_not_started_how", lang) in result.text
    assert "not_started" in result._repr_html_()
    _assert_hidden(result, "intro-1")


@pytest.mark.parametrize("lang", LANGS)
def test_a_skipped_first_cell_in_jupyterlab_is_run_for_the_student(monkeypatch, lang):
    """In JupyterLab the kernel knows the notebook's path; check takes the language from its
    folder, loads the library and says so."""
    ex.reset_session()
    i18n.set_language("en")
    monkeypatch.setenv("JPY_SESSION_NAME", f"book/{lang}/worksheet_introduction.ipynb")
    result = ex.check("intro-1", ANSWERS["intro-1"])
    assert result.correct and result.lang == lang
    assert result.keys == ("ex_correct", "ex_started_for_you")
    assert i18n.t("ex_started_for_you", lang) in result.text
    assert ex.check("intro-1", None).keys == ("ex_unanswered",)  # started now


def test_the_session_language_comes_from_the_notebook_folder(monkeypatch):
    for path, lang in [("book/nl/worksheet_x.ipynb", "nl"), ("aifin-en/notebooks/en/w.ipynb", "en"),
                       ("C:\\work\\nl\\w.ipynb", "nl"), ("notebooks/w.ipynb", None), ("", None)]:
        monkeypatch.setenv("JPY_SESSION_NAME", path)
        assert ex._session_language() == lang, path


@pytest.mark.parametrize("lang", LANGS)
def test_answer_key_is_what_the_checker_accepts(lang):
    """The teacher's key: one row per exercise, a title, and an answer that check() accepts."""
    from babel.numbers import parse_decimal

    key = ex.answer_key(lang)
    assert [row[0] for row in key] == list(ex.EXERCISES)
    titles = [title for _, title, _ in key]
    assert len(set(titles)) == len(titles) and all(titles)
    for exercise_id, title, answer in key:
        assert title == i18n.t(ex.EXERCISES[exercise_id].title_key, lang)
        value = float(parse_decimal(answer.split(". ")[0], locale=lang))
        assert ex.check(exercise_id, value, lang).correct, (exercise_id, answer)
        assert value == pytest.approx(ANSWERS[exercise_id], rel=1e-5, abs=1e-9)
        unit = i18n.t(f"ex_unit_{ex.EXERCISES[exercise_id].unit}", lang)
        assert unit in answer


def _significant(number: str) -> int:
    """Significant digits of a number as written (grouping and decimal signs dropped)."""
    return len(re.sub(r"\D", "", number).strip("0")) or 1


@pytest.mark.parametrize("lang", LANGS)
def test_answer_key_rounds_for_the_teacher(lang):
    """With ``significant=4`` every answer has at most four significant digits in the page's
    number format, is the right value to that precision, and check() still accepts it; the
    rest of each row is unchanged."""
    from babel.numbers import parse_decimal

    full = ex.answer_key(lang)
    short = ex.answer_key(lang, significant=4)
    assert [r[:2] for r in short] == [r[:2] for r in full]
    assert any(_significant(a.split(". ")[0]) > 4 for _, _, a in full)  # something to round
    for (exercise_id, _, answer), (_, _, long) in zip(short, full, strict=True):
        number, _, rest = answer.partition(". ")
        assert rest == long.partition(". ")[2]
        assert _significant(number) <= 4, (exercise_id, number)
        value = float(parse_decimal(number, locale=lang))
        assert value == pytest.approx(ANSWERS[exercise_id], rel=5e-4, abs=1e-9)
        assert ex.check(exercise_id, value, lang).correct, (exercise_id, answer)
    assert ex.answer_key("nl", significant=4)[0][2].startswith("0,5172. ")


@pytest.mark.parametrize("bad", [0, 16, 2.5, True, "4"])
def test_answer_key_refuses_bad_significant_digits(bad):
    with pytest.raises(ValueError, match="significant"):
        ex.answer_key("en", significant=bad)


def test_the_supervision_worksheet_is_in_the_table_of_contents():
    toc = (BOOK.parent / "_toc.yml").read_text(encoding="utf-8")
    assert "- file: worksheet_supervision_and_transparency" in toc
    for lang in LANGS:
        assert (BOOK / lang / "worksheet_supervision_and_transparency.ipynb").is_file()


@pytest.mark.parametrize("slug", ex.CHAPTERS)
def test_every_worksheet_shows_how_to_read_a_figure(slug):
    """Each worksheet has a cell reading a figure with af.data.figure(...).value's object, of a
    metric that exists, and checks work without the set-up cell (check is imported)."""
    for lang in LANGS:
        cells = json.loads((BOOK / lang / f"worksheet_{slug}.ipynb").read_text(
            encoding="utf-8"))["cells"]
        code = ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
        markdown = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
        figures = [m for s in code for m in re.findall(r'af\.data\.figure\("([\w]+)"\)', s)]
        assert figures and all(data.figure(m).unit == "usd_bn" for m in figures)
        assert ".value" in markdown
        checks = [s for s in code if "check(" in s]
        assert checks and all("from aifin_lib.exercises import check" in s for s in checks)


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGS)
def test_a_check_cell_run_before_its_answer_cell_asks_for_the_answer(monkeypatch, lang):
    """In a fresh kernel, a worksheet's check cell run first (no first cell, no answer cell)
    says "fill in your answer" in the worksheet's language, not NameError; after an answer it
    checks that answer."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    path = BOOK / lang / "worksheet_stagnation_scenario.ipynb"
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    check_cell = next("".join(c["source"]) for c in cells if c["cell_type"] == "code"
                      and 'check("stagnation-1", answer)' in "".join(c["source"]))
    notebook = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell(check_cell),
        nbformat.v4.new_code_cell("answer = 'four'"),
        nbformat.v4.new_code_cell(check_cell)])
    # JupyterLab tells the kernel which notebook it runs for.
    monkeypatch.setenv("JPY_SESSION_NAME", f"book/{lang}/{path.name}")
    nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3").execute()
    first, _, again = (
        "".join(o.get("data", {}).get("text/plain", "") + o.get("text", "")
                for o in cell.outputs) for cell in notebook.cells)
    assert "NameError" not in first and "stagnation-1" in first
    assert i18n.t("ex_unanswered", lang) in first
    assert i18n.t("ex_hint_text", lang) in again
