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

from aifin_lib import circular_charts, data, i18n, scenario, stagnation_charts
from aifin_lib import exercises as ex

BOOK = Path(__file__).resolve().parent.parent / "book"
LANGS = ("nl", "en")


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
    oracle = net.index("oracle")
    bust = scenario.run_scenario(net, "bust")
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
        "stagnation-4": net.principal[-1, oracle]
        - net.assumptions["residual_value_fraction"] * net.infrastructure_value[oracle],
        "stagnation-5": int(np.sum(np.asarray(bust.default_year) >= 0)),
    }


ANSWERS = _independent_answers()
IDS = tuple(ex.EXERCISES)


@pytest.fixture(autouse=True)
def english():
    i18n.set_language("en")
    yield
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


def _wrong_answers(x):
    """A too-high and a too-low answer, far outside any tolerance and not a unit slip."""
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
    """A wrong answer gets "not yet", a hint, the exercise's own hint, and no expected value."""
    x = ANSWERS[exercise_id]
    high, low = _wrong_answers(x)
    for lang in LANGS:
        for answer, direction in ((high, "ex_hint_too_high"), (low, "ex_hint_too_low")):
            result = ex.check(exercise_id, answer, lang)
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
        ("0.5", "ex_hint_text"),
        (b"1", "ex_hint_text"),
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
    assert ex.check("stagnation-5", np.int64(ANSWERS["stagnation-5"])).correct


def test_count_must_be_a_whole_number():
    """A count answered with a fraction gets the whole-number hint."""
    result = ex.check("stagnation-5", ANSWERS["stagnation-5"] + 0.5)
    assert "ex_hint_whole_number" in result.keys


def test_close_answer_says_almost():
    """Just outside the tolerance (3x) is "almost", with the direction."""
    x = ANSWERS["capital-1"]
    tol = ex.EXERCISES["capital-1"].tolerance(x)
    assert ex.check("capital-1", x + 3 * tol).keys == ("ex_not_yet", "ex_hint_close_high")
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
        assert e.hint_key in keys
        assert f"ex_unit_{e.unit}" in keys
        x = ANSWERS[exercise_id]
        for answer in (None, "x", x, *_wrong_answers(x), -x, 100 * x, 1e9 * x, x + 0.5):
            assert set(ex.check(exercise_id, answer).keys) <= keys
    for key in keys:
        for lang in LANGS:
            assert i18n.CATALOGUE[key][lang].strip()


def test_catalogue_hints_hold_no_answer():
    """No feedback text in the catalogue contains one of the expected answers."""
    texts = [(k, t) for k, e in i18n.CATALOGUE.items() if k.startswith("ex_") for t in e.values()]
    for exercise_id in IDS:
        for token in _tokens(exercise_id):
            assert not [k for k, text in texts if token.search(text)], (exercise_id, token.pattern)


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
    a, b = ex.check("intro-1", 0.1), ex.check("intro-1", 0.1)
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
