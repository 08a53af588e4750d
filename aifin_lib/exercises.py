"""Classroom exercises: a registry of worksheet questions and feedback on a student's answer.

Every worksheet (``book/{nl,en}/worksheet_<chapter>.ipynb``) asks short questions with a numeric
answer that students compute with this library, and checks it with :func:`check`::

    answer = ...  # your answer here
    af.exercises.check("capital-1", answer)

The feedback is in the active language (:func:`aifin_lib.i18n.get_language`, set by
:func:`aifin_lib.setup`): correct, not yet (with a hint) or "fill in your answer". The hint
depends only on the answer (deterministic): a percentage where a fraction was asked, dollars or
millions instead of billions, the wrong sign, an order of magnitude off, a non-integer count, close
to the answer, too high or too low, followed by the exercise's own hint. The expected answer is
computed from ``data/`` or a model each time :func:`check` runs (never typed in) and never appears
in any message, representation or exception.

Tolerance: an answer ``a`` is correct when ``|a - x| <= max(abs_tol, rel_tol * |x|)`` for the
expected value ``x``. Counts use ``rel_tol = 0`` and ``abs_tol = 0``: a whole number must be exact.
"""

from __future__ import annotations

import html
import math
import numbers
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from . import i18n

__all__ = [
    "CHAPTERS",
    "EXERCISES",
    "CheckResult",
    "Exercise",
    "check",
    "exercise_ids",
]

#: Chapters with a worksheet (the chapter slugs of the book), in book order.
CHAPTERS: tuple[str, ...] = (
    "introduction",
    "capital_versus_return",
    "circular_financing",
    "stagnation_scenario",
)

#: Units of an answer (catalogue key ``ex_unit_<unit>``).
UNITS: tuple[str, ...] = ("usd_bn", "fraction", "per_year", "times", "years", "count")

#: How many times the tolerance an answer may be off to be "almost" right.
CLOSE_FACTOR = 5.0


@dataclass(frozen=True)
class Exercise:
    """One worksheet question with a numeric answer.

    Attributes
    ----------
    exercise_id : str
        ``"<chapter prefix>-<n>"``, e.g. ``"capital-1"``.
    chapter : str
        The chapter slug (one of :data:`CHAPTERS`).
    unit : str
        The unit of the answer, one of :data:`UNITS` (USD billions, a fraction, a fraction per
        year, times, years, a count).
    compute : callable
        No arguments; returns the expected answer (float), computed from ``data/`` or a model
        of this library at check time.
    rel_tol : float
        Relative tolerance, a fraction of the expected value (0.01 means 1 %).
    abs_tol : float
        Absolute tolerance, in the unit of the answer.
    hint_key : str
        Catalogue key of the exercise's own hint (``ex_..._hint``).
    """

    exercise_id: str
    chapter: str
    unit: str
    compute: Callable[[], float]
    rel_tol: float = 0.01
    abs_tol: float = 0.0
    hint_key: str = ""

    def __repr__(self) -> str:
        """Show the id, chapter and unit, never the answer."""
        return f"Exercise({self.exercise_id!r}, chapter={self.chapter!r}, unit={self.unit!r})"

    def tolerance(self, expected: float) -> float:
        """Absolute distance from ``expected`` within which an answer is correct."""
        return max(self.abs_tol, self.rel_tol * abs(expected))


# ----------------------------------------------------------------------------------------------
# the expected answers, each computed from data/ or a model
# ----------------------------------------------------------------------------------------------


def _fig(metric_id: str) -> float:
    from . import data

    return data.figure(metric_id).value


def _intro_gap_share() -> float:
    return _fig("ms_2025_financing_gap") / _fig("ms_2025_dc_capex_2025_2028")


def _intro_capex_multiple() -> float:
    from . import intro

    capex = intro.capex_series().set_index("year")["capex_usd_bn"]
    return float(capex.loc[2026] / capex.loc[2023])


def _intro_interest_2026() -> float:
    from . import intro

    capex = intro.capex_series()
    split = intro.financing_split(
        capex.loc[capex["year"] == 2026, ["year", "capex_usd_bn"]], 1.0, 0.09
    )
    return float(split["interest_usd_bn"].iloc[0])


def _intro_bond_multiple() -> float:
    return _fig("bofa_2025_hyperscaler_bonds") / _fig("bofa_2025_hyperscaler_bonds_avg_2020_2024")


def _capital_cahn_2023() -> float:
    from . import capital

    return float(capital.cahn_required_revenue(_fig("sequoia_2023_nvidia_run_rate")))


def _capital_cahn_2023_margin40() -> float:
    from . import capital

    return float(capital.cahn_required_revenue(_fig("sequoia_2023_nvidia_run_rate"), 2.0, 0.4))


def _capital_crf() -> float:
    from . import capital

    return float(capital.capital_recovery_factor(0.10, 6))


def _capital_breakeven_life() -> float:
    from . import capital, capital_charts

    capital_bn = 2.0 * _fig("sequoia_2024_nvidia_run_rate")
    return float(capital.breakeven_life(capital_bn, 0.10, capital_charts.AI_REVENUE_2024, 0.5))


def _capital_earnings_boost() -> float:
    from . import capital

    effect = capital.depreciation_life_effect([60.0, 60.0, 60.0], 4, 6)
    return float(effect.earnings_boost[2])


def _circular_ex1_circularity() -> float:
    from . import circular, circular_charts

    return float(circular.circularity(circular_charts.exercise_networks()["ex1"]).circularity)


def _circular_ex3_circulation() -> float:
    from . import circular, circular_charts

    result = circular.circularity(circular_charts.exercise_networks()["ex3"].to_numpy())
    return float(np.sum(result.circulation))


def _circular_ex3_greedy() -> float:
    from . import circular, circular_charts

    flows = circular_charts.exercise_networks()["ex3"].to_numpy()
    return float(np.sum(circular.greedy_two_cycle_netting(flows).circulation))


def _circular_book_circularity() -> float:
    from . import circular, circular_charts

    net = circular_charts.network(kinds=circular_charts.KIND_PRESETS["equity_purchases"])
    return float(circular.circularity(net.flows).circularity)


def _stagnation_en(firm: int) -> float:
    from . import contagion, stagnation_charts

    result = contagion.eisenberg_noe(
        stagnation_charts.EXERCISE_LIABILITIES, stagnation_charts.EXERCISE_ASSETS
    )
    return float(result.payments[firm])


def _stagnation_rv_b() -> float:
    from . import contagion, stagnation_charts

    result = contagion.rogers_veraart(
        stagnation_charts.EXERCISE_LIABILITIES, stagnation_charts.EXERCISE_ASSETS, 0.5, 0.5
    )
    return float(result.payments[1])


def _stagnation_oracle_loss() -> float:
    from . import stagnation_charts

    net = stagnation_charts.network()
    oracle = net.index("oracle")
    recovery = net.assumptions["residual_value_fraction"] * net.infrastructure_value[oracle]
    return float(net.principal[-1, oracle] - recovery)


def _stagnation_bust_defaults() -> float:
    from . import scenario, stagnation_charts

    return float(len(scenario.run_scenario(stagnation_charts.network(), "bust").defaulted))


def _register(*exercises: Exercise) -> dict[str, Exercise]:
    registry: dict[str, Exercise] = {}
    for ex in exercises:
        if ex.exercise_id in registry:
            raise ValueError(f"exercise id {ex.exercise_id!r} is registered twice")
        if ex.chapter not in CHAPTERS or ex.unit not in UNITS:
            raise ValueError(f"exercise {ex.exercise_id!r}: unknown chapter or unit")
        registry[ex.exercise_id] = ex
    return registry


def _ex(
    exercise_id: str,
    chapter: str,
    unit: str,
    compute: Callable[[], float],
    rel_tol: float = 0.01,
    abs_tol: float = 0.0,
) -> Exercise:
    hint = "ex_" + exercise_id.replace("-", "_") + "_hint"
    return Exercise(exercise_id, chapter, unit, compute, rel_tol, abs_tol, hint)


EXERCISES: dict[str, Exercise] = _register(
    _ex("intro-1", "introduction", "fraction", _intro_gap_share, 0.02),
    _ex("intro-2", "introduction", "times", _intro_capex_multiple, 0.02),
    _ex("intro-3", "introduction", "usd_bn", _intro_interest_2026, 0.01),
    _ex("intro-4", "introduction", "times", _intro_bond_multiple, 0.02),
    _ex("capital-1", "capital_versus_return", "usd_bn", _capital_cahn_2023, 0.01),
    _ex("capital-2", "capital_versus_return", "usd_bn", _capital_cahn_2023_margin40, 0.01),
    _ex("capital-3", "capital_versus_return", "per_year", _capital_crf, 0.01),
    _ex("capital-4", "capital_versus_return", "years", _capital_breakeven_life, 0.02),
    _ex("capital-5", "capital_versus_return", "usd_bn", _capital_earnings_boost, 0.01),
    _ex("circular-1", "circular_financing", "fraction", _circular_ex1_circularity, 0.01),
    _ex("circular-2", "circular_financing", "usd_bn", _circular_ex3_circulation, 0.01),
    _ex("circular-3", "circular_financing", "usd_bn", _circular_ex3_greedy, 0.01),
    _ex("circular-4", "circular_financing", "fraction", _circular_book_circularity, 0.02),
    _ex("stagnation-1", "stagnation_scenario", "usd_bn", lambda: _stagnation_en(0), 0.01),
    _ex("stagnation-2", "stagnation_scenario", "usd_bn", lambda: _stagnation_en(1), 0.01),
    _ex("stagnation-3", "stagnation_scenario", "usd_bn", _stagnation_rv_b, 0.01),
    _ex("stagnation-4", "stagnation_scenario", "usd_bn", _stagnation_oracle_loss, 0.01),
    _ex("stagnation-5", "stagnation_scenario", "count", _stagnation_bust_defaults, 0.0, 0.0),
)
"""The registry: ``EXERCISES[exercise_id]`` is the :class:`Exercise`."""


def exercise_ids(chapter: str | None = None) -> tuple[str, ...]:
    """The registered exercise ids, optionally of one chapter, in worksheet order.

    Parameters
    ----------
    chapter : str, optional
        A chapter slug of :data:`CHAPTERS`; all chapters when omitted.

    Returns
    -------
    tuple of str

    Raises
    ------
    ValueError
        If ``chapter`` is not one of :data:`CHAPTERS`.

    Examples
    --------
    >>> exercise_ids("circular_financing")
    ('circular-1', 'circular-2', 'circular-3', 'circular-4')
    """
    if chapter is not None and chapter not in CHAPTERS:
        raise ValueError(f"chapter must be one of {CHAPTERS}, got {chapter!r}")
    return tuple(k for k, ex in EXERCISES.items() if chapter in (None, ex.chapter))


# ----------------------------------------------------------------------------------------------
# feedback
# ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, repr=False)
class CheckResult:
    """Feedback on one answer, shown in the notebook in the language it was made in.

    Attributes
    ----------
    exercise_id : str
        The exercise.
    status : {"correct", "wrong", "unanswered", "invalid"}
        ``"invalid"``: the answer is not a single finite number.
    keys : tuple of str
        Catalogue keys of the feedback, in order (state, then hints).
    lang : {"nl", "en"}
        Language of :attr:`text`.
    text : str
        The feedback as plain text (it never contains the expected answer).
    """

    exercise_id: str
    status: str
    keys: tuple[str, ...]
    lang: str
    text: str

    @property
    def correct(self) -> bool:
        """Whether the answer is right."""
        return self.status == "correct"

    def __bool__(self) -> bool:
        """True when the answer is right (``assert check(...)`` works)."""
        return self.correct

    def __repr__(self) -> str:
        """The feedback text (what a plain console shows)."""
        return self.text

    def _repr_markdown_(self) -> str:
        return self.text.replace("\n", "  \n")

    def _repr_html_(self) -> str:
        colours = {
            "correct": ("#e6f4ea", "#1e7b34"),
            "wrong": ("#fdf3e1", "#9a5b00"),
            "invalid": ("#fdf3e1", "#9a5b00"),
            "unanswered": ("#eef2f7", "#33506b"),
        }
        background, border = colours[self.status]
        lines = self.text.split("\n")
        body = "<br>".join(html.escape(line) for line in lines[1:])
        return (
            f'<div class="aifin-check aifin-check-{self.status}" role="status" '
            f'style="background:{background};border-left:4px solid {border};'
            f'padding:0.5em 0.8em;margin:0.3em 0">'
            f"<strong>{html.escape(lines[0])}</strong>" + (f"<br>{body}" if body else "") + "</div>"
        )


def _number(answer: Any) -> tuple[float | None, str | None]:
    """The answer as a float, or None and the key of the reason it is not one number."""
    if isinstance(answer, bool | np.bool_):
        return None, "ex_hint_not_number"
    if isinstance(answer, numbers.Real):
        return float(answer), None
    if isinstance(answer, str | bytes):
        return None, "ex_hint_text"
    try:
        values = np.asarray(answer)
    except Exception:  # any object a student might type
        return None, "ex_hint_not_number"
    if values.dtype.kind not in "iuf":
        return None, "ex_hint_not_number"
    if values.size != 1:
        return None, "ex_hint_many_numbers"
    return float(values.reshape(-1)[0]), None


def _within(value: float, expected: float, tolerance: float) -> bool:
    return abs(value - expected) <= tolerance


def _hints(ex: Exercise, a: float, x: float, tol: float) -> tuple[list[str], bool]:
    """Catalogue keys of the hints for a wrong but finite answer ``a`` (expected ``x``).

    The flag says whether the answer may be echoed: not after a unit or sign slip, where the
    hint and the answer together would give the expected value away.
    """
    if ex.unit in ("fraction", "per_year") and _within(a / 100.0, x, tol):
        return ["ex_hint_percent"], False
    if ex.unit == "usd_bn":
        for factor, key in (
            (1e9, "ex_hint_dollars"),
            (1e3, "ex_hint_millions"),
            (1e-3, "ex_hint_trillions"),
        ):
            if _within(a / factor, x, tol):
                return [key], False
    if x != 0 and _within(-a, x, tol):
        return ["ex_hint_sign", ex.hint_key], False
    if ex.unit == "count" and a != round(a):
        return ["ex_hint_whole_number"], True
    if x != 0 and a != 0 and (a > 0) == (x > 0):
        if abs(a) >= 10 * abs(x):
            return ["ex_hint_magnitude_high", ex.hint_key], True
        if abs(a) <= abs(x) / 10:
            return ["ex_hint_magnitude_low", ex.hint_key], True
    if ex.unit != "count" and abs(a - x) <= CLOSE_FACTOR * tol:
        return ["ex_hint_close_high" if a > x else "ex_hint_close_low"], True
    return ["ex_hint_too_high" if a > x else "ex_hint_too_low", ex.hint_key], True


def _fmt_answer(value: float, lang: str) -> str:
    """The student's answer with up to six significant digits, per language."""
    if value != 0 and not 1e-6 <= abs(value) < 1e15:
        # Let Python split mantissa and exponent: dividing by 10**exponent underflows for
        # subnormal numbers such as 5e-324.
        mantissa, exponent = f"{value:.5e}".split("e")
        return f"{i18n.fmt_number(float(mantissa), lang, 5)} × 10^{int(exponent)}"
    digits = 0 if value == 0 else math.floor(math.log10(abs(value))) + 1
    return i18n.fmt_number(value, lang, min(12, max(0, 6 - digits)))


def check(exercise_id: str, answer: Any, lang: str | None = None) -> CheckResult:
    """Check a student's answer to a worksheet exercise.

    Parameters
    ----------
    exercise_id : str
        A key of :data:`EXERCISES`, e.g. ``"capital-1"``.
    answer : Any
        The student's answer: a number (int, float, numpy scalar or a one-element array/series).
        ``None`` or ``...`` (Ellipsis) means not answered yet; anything else that is not one
        finite number gets feedback saying so (no exception).
    lang : {"nl", "en"}, optional
        Language of the feedback; the active language when omitted.

    Returns
    -------
    CheckResult
        Its ``repr``, ``_repr_html_`` and ``_repr_markdown_`` show the feedback; ``status``
        is ``"correct"``, ``"wrong"``, ``"unanswered"`` or ``"invalid"``.

    Raises
    ------
    KeyError
        If ``exercise_id`` is not registered (the message lists the valid ids).
    ValueError
        If ``lang`` is not a supported language.

    Notes
    -----
    Correct means ``|answer - expected| <= max(abs_tol, rel_tol * |expected|)`` (see
    :class:`Exercise`). The expected value is computed at each call from ``data/`` or a model;
    it is never part of the result, its text or an exception. Hints depend only on the answer.

    Examples
    --------
    >>> check("capital-3", None, "en").status
    'unanswered'
    >>> check("capital-3", "0.2", "en").status
    'invalid'
    >>> check("capital-3", 23.0, "en").keys
    ('ex_not_yet', 'ex_hint_percent')
    """
    if exercise_id not in EXERCISES:
        raise KeyError(f"exercise_id must be one of {', '.join(EXERCISES)}; got {exercise_id!r}")
    ex = EXERCISES[exercise_id]
    lang = i18n.get_language() if lang is None else lang
    i18n.t("ex_correct", lang)  # validates lang

    def result(status: str, keys: list[str], extra: list[str] = ()) -> CheckResult:
        head = f"{exercise_id}: {i18n.t(keys[0], lang)}"
        body = [i18n.t(k, lang) for k in keys[1:]] + list(extra)
        return CheckResult(exercise_id, status, tuple(keys), lang, "\n".join([head, *body]))

    if answer is None or answer is Ellipsis:
        return result("unanswered", ["ex_unanswered"])
    value, problem = _number(answer)
    if value is None or not math.isfinite(value):
        return result("invalid", ["ex_not_yet", problem or "ex_hint_not_finite"])
    expected = float(ex.compute())
    tol = ex.tolerance(expected)
    if _within(value, expected, tol):
        return result("correct", ["ex_correct"])
    hints, echo = _hints(ex, value, expected, tol)
    unit = i18n.t("ex_unit", lang, unit=i18n.t(f"ex_unit_{ex.unit}", lang))
    if ex.rel_tol > 0:
        tolerance = i18n.t(
            "ex_tolerance_relative", lang, tolerance=i18n.fmt_percent(ex.rel_tol, lang, 0)
        )
    else:
        tolerance = i18n.t("ex_tolerance_exact", lang)
    extra = [i18n.t("ex_your_answer", lang, answer=_fmt_answer(value, lang))] if echo else []
    extra += [unit, tolerance]
    return result("wrong", ["ex_not_yet", *hints], extra)
