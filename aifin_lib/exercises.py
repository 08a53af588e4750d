"""Classroom exercises: a registry of worksheet questions and feedback on a student's answer.

Every worksheet (``book/{nl,en}/worksheet_<chapter>.ipynb``) starts with a cell that loads the
library (:func:`start`), then asks short questions with a numeric answer that students compute
with this library, and checks each answer with :func:`check`::

    answer = ...  # your answer here

    from aifin_lib.exercises import check
    check("capital-1", answer)

The feedback is in the worksheet's language (set by :func:`start`): correct, not yet (with
hints) or "fill in your answer". If the first cell was skipped, :func:`check` takes the language
from the notebook's folder (``nl/`` or ``en/``, which JupyterLab passes to the kernel) and loads
the library itself; when it cannot tell, it says in both languages which cell to run. A check
cell run before its answer cell (or before any cell) says "fill in your answer" too, not
``NameError``: in a notebook, importing this module (the check cell's first line does) defines
``answer = None`` when the notebook has no ``answer`` yet (:func:`define_answer`).

Hints escalate, per exercise and per kernel session: the first wrong answer gets what the answer
itself shows (a percentage where a fraction was asked, dollars instead of billions, the wrong
sign, an order of magnitude off, close, too high or too low) and the exercise's first hint; the
second wrong answer gets the exercise's second, more specific hint (the method); from the third
on, also how far off the answer is, in coarse bands (within a tenth, a quarter, a factor two).
The expected answer is computed from ``data/`` or a model each time :func:`check` runs (never
typed in) and never appears in any message, representation or exception. A Dutch ``0,23`` (a
tuple of two numbers in Python) is answered with the advice to use a decimal point; a number
typed as text (``"0,23"`` or ``"0.23"``) is read as that number.

Tolerance: an answer ``a`` is correct when ``|a - x| <= max(abs_tol, rel_tol * |x|)`` for the
expected value ``x``. Counts use ``rel_tol = 0`` and ``abs_tol = 0``: a whole number must be exact.
"""

from __future__ import annotations

import html
import math
import numbers
import os
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

import numpy as np

from . import i18n
from .chapters import CHAPTERS as BOOK_CHAPTERS

__all__ = [
    "CHAPTERS",
    "EXERCISES",
    "CheckResult",
    "Exercise",
    "Ready",
    "answer_key",
    "check",
    "define_answer",
    "exercise_ids",
    "reset_session",
    "start",
]

#: Chapters with a worksheet (the chapter slugs of the book), in book order.
CHAPTERS: tuple[str, ...] = tuple(c.slug for c in BOOK_CHAPTERS)

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
        Catalogue key of the exercise's first hint (``ex_..._hint``): where to start.
    hint2_key : str
        Catalogue key of its second, more specific hint (``ex_..._hint2``): the method.
    title_key : str
        Catalogue key of its short title (``ex_..._title``), for the teacher's answer key.
    """

    exercise_id: str
    chapter: str
    unit: str
    compute: Callable[[], float]
    rel_tol: float = 0.01
    abs_tol: float = 0.0
    hint_key: str = ""
    hint2_key: str = ""
    title_key: str = ""

    def __repr__(self) -> str:
        """Show the id, chapter and unit, never the answer."""
        return f"Exercise({self.exercise_id!r}, chapter={self.chapter!r}, unit={self.unit!r})"

    def tolerance(self, expected: float) -> float:
        """Absolute distance from ``expected`` within which an answer is correct."""
        return max(self.abs_tol, self.rel_tol * abs(expected))


# ----------------------------------------------------------------------------------------------
# the expected answers, each computed from data/ or a model
# ----------------------------------------------------------------------------------------------


def define(
    exercise_id: str,
    unit: str,
    compute: Callable[[], float],
    rel_tol: float = 0.01,
    abs_tol: float = 0.0,
) -> Exercise:
    """Define one worksheet exercise; chapter modules list theirs in their ``EXERCISES``.

    Parameters
    ----------
    exercise_id : str
        ``"<chapter short name>-<n>"``, e.g. ``"capital-1"`` (:data:`aifin_lib.chapters.CHAPTERS`).
    unit : str
        One of :data:`UNITS`.
    compute : callable
        No arguments; the expected answer, from ``data/`` or a model. The chapter's worked
        solution shows the same function's result.
    rel_tol, abs_tol : float
        Tolerances (fraction of the answer; unit of the answer).

    Returns
    -------
    Exercise
        With catalogue keys ``ex_<short>_<n>_hint``, ``..._hint2`` and ``..._title``.

    Raises
    ------
    ValueError
        If the id's prefix is no chapter's short name or ``unit`` is not one of :data:`UNITS`.
    """
    from .chapters import chapter

    short, _, number = exercise_id.partition("-")
    if not number.isdigit():
        raise ValueError(f"exercise_id must be '<chapter short name>-<n>', got {exercise_id!r}")
    slug = chapter(short).slug
    if unit not in UNITS:
        raise ValueError(f"exercise {exercise_id!r}: unit must be one of {UNITS}, got {unit!r}")
    stem = "ex_" + exercise_id.replace("-", "_")
    return Exercise(exercise_id, slug, unit, compute, rel_tol, abs_tol,
                    f"{stem}_hint", f"{stem}_hint2", f"{stem}_title")


def _collect() -> dict[str, Exercise]:
    """Every chapter's ``EXERCISES`` (in book order), checked for duplicate ids."""
    from .chapters import module

    found: list[Exercise] = []
    for c in BOOK_CHAPTERS:
        found.extend(module(c.slug).EXERCISES)
    registry: dict[str, Exercise] = {}
    for ex in sorted(found, key=lambda e: (CHAPTERS.index(e.chapter),
                                           int(e.exercise_id.rpartition("-")[2]))):
        if ex.exercise_id in registry:
            raise ValueError(f"exercise id {ex.exercise_id!r} is defined twice")
        registry[ex.exercise_id] = ex
    return registry


EXERCISES: dict[str, Exercise]
"""The registry: ``EXERCISES[exercise_id]`` is the :class:`Exercise` (collected on first use)."""


def _registry() -> dict[str, Exercise]:
    """The registry, collected on first use (importing the chapter modules)."""
    if "EXERCISES" not in globals():
        globals()["EXERCISES"] = _collect()
    registry: dict[str, Exercise] = globals()["EXERCISES"]
    return registry


def __getattr__(name: str) -> Any:
    if name == "EXERCISES":
        return _registry()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    return tuple(k for k, ex in _registry().items() if chapter in (None, ex.chapter))


# ----------------------------------------------------------------------------------------------
# the session: the first cell of a worksheet, and wrong answers so far
# ----------------------------------------------------------------------------------------------

_SESSION: dict[str, Any] = {"started": False, "wrong": Counter()}


def reset_session() -> None:
    """Forget that :func:`start` ran and every wrong answer so far (as a kernel restart does)."""
    _SESSION["started"] = False
    _SESSION["wrong"] = Counter()


def define_answer(namespace: dict[str, Any] | None = None) -> None:
    """Define ``answer = None`` in a notebook that has no ``answer`` yet (an existing one stays).

    Then ``check("capital-1", answer)`` run before the answer cell says "fill in your answer"
    in the worksheet's language instead of raising ``NameError``. Called when this module is
    imported and by :func:`start`.

    Parameters
    ----------
    namespace : dict, optional
        Where to define it; the running IPython kernel's user namespace when omitted (outside
        IPython nothing happens).

    Examples
    --------
    >>> space = {"answer": 4.2}
    >>> define_answer(space); define_answer(empty := {})
    >>> space["answer"], empty
    (4.2, {'answer': None})
    """
    if namespace is None:
        try:
            from IPython import get_ipython
        except ImportError:  # pragma: no cover - IPython is a dependency of the library
            return
        shell = get_ipython()
        if shell is None:
            return
        namespace = shell.user_ns
    namespace.setdefault("answer", None)


@dataclass(frozen=True, repr=False)
class Ready:
    """What the first cell of a worksheet shows: the library is loaded, in this language.

    Attributes
    ----------
    lang : {"nl", "en"}
    text : str
    """

    lang: str
    text: str

    def __repr__(self) -> str:
        """The message (what a plain console shows)."""
        return self.text

    def _repr_markdown_(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        return (
            '<div class="aifin-check aifin-check-ready" role="status" style="background:#e6f4ea;'
            'border-left:4px solid #1e7b34;padding:0.5em 0.8em;margin:0.3em 0">'
            f"{_code_spans(html.escape(self.text))}</div>"
        )


def start(lang: str) -> Ready:
    """Set up a worksheet: language, charts and tables (:func:`aifin_lib.setup`), feedback.

    The first code cell of every worksheet calls this.

    Parameters
    ----------
    lang : {"nl", "en"}
        The worksheet's language.

    Returns
    -------
    Ready
        A message saying the library is loaded and what to do next.

    Raises
    ------
    ValueError
        If ``lang`` is not a supported language.

    Examples
    --------
    >>> start("en").text.startswith("Ready")
    True
    """
    from .viz.charts import setup

    setup(lang)
    _SESSION["started"] = True
    define_answer()
    return Ready(lang, i18n.t("ex_ready", lang))


def _session_language() -> str | None:
    """The language folder of the notebook this kernel runs for, if JupyterLab says."""
    path = PurePosixPath(os.environ.get("JPY_SESSION_NAME", "").replace("\\", "/"))
    folders = [part for part in path.parts[:-1] if part in i18n.LANGUAGES]
    return folders[-1] if folders else None


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
    status : {"correct", "wrong", "unanswered", "invalid", "not_started"}
        ``"invalid"``: the answer is not a single finite number; ``"not_started"``: the
        worksheet's first cell did not run and its language is unknown.
    keys : tuple of str
        Catalogue keys of the feedback, in order (state, then hints).
    lang : {"nl", "en"}
        Language of :attr:`text` (``"not_started"`` feedback holds both languages).
    text : str
        The feedback as plain text (it never contains the expected answer).
    attempt : int
        How many wrong answers to this exercise this session has seen, this one included
        (0 unless the answer is wrong).
    """

    exercise_id: str
    status: str
    keys: tuple[str, ...]
    lang: str
    text: str
    attempt: int = 0

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
            "not_started": ("#eef2f7", "#33506b"),
        }
        background, border = colours[self.status]
        lines = [_code_spans(html.escape(line)) for line in self.text.split("\n")]
        body = "<br>".join(lines[1:])
        return (
            f'<div class="aifin-check aifin-check-{self.status}" role="status" '
            f'style="background:{background};border-left:4px solid {border};'
            f'padding:0.5em 0.8em;margin:0.3em 0">'
            f"<strong>{lines[0]}</strong>" + (f"<br>{body}" if body else "") + "</div>"
        )


def _code_spans(escaped: str) -> str:
    """Show `code` of a catalogue text as <code> in HTML (the text is already escaped)."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped)


_NUMBER_TEXT = re.compile(r"^\s*[+-]?\d+(?:[.,]\d+)?\s*$")


def _number(answer: Any) -> tuple[float | None, str | None, str | None]:
    """The answer as a float, the key of why it is not one number, and a note on how it was read.

    A number typed as text (``"0,23"`` or ``"0.23"``) is read as that number, with a note; a
    pair of whole numbers, which is what Python makes of a Dutch ``0,23``, gets the advice to
    write a decimal point.
    """
    if isinstance(answer, bool | np.bool_):
        return None, "ex_hint_not_number", None
    if isinstance(answer, numbers.Real):
        return float(answer), None, None
    if isinstance(answer, bytes):
        answer = answer.decode("utf-8", "replace")
    if isinstance(answer, str):
        if _NUMBER_TEXT.match(answer):
            return float(answer.strip().replace(",", ".")), None, "ex_note_text_number"
        return None, "ex_hint_text", None
    if (
        isinstance(answer, tuple)
        and len(answer) == 2
        and all(isinstance(v, numbers.Integral) and not isinstance(v, bool) for v in answer)
        and answer[1] >= 0
    ):
        return None, "ex_hint_decimal_comma", None
    try:
        values = np.asarray(answer)
    except Exception:  # any object a student might type
        return None, "ex_hint_not_number", None
    if values.dtype.kind not in "iuf":
        return None, "ex_hint_not_number", None
    if values.size != 1:
        return None, "ex_hint_many_numbers", None
    return float(values.reshape(-1)[0]), None, None


def _within(value: float, expected: float, tolerance: float) -> bool:
    return abs(value - expected) <= tolerance


def _diagnosis(ex: Exercise, a: float, x: float, tol: float) -> tuple[list[str], bool, bool]:
    """What a wrong but finite answer ``a`` shows (expected ``x``).

    Returns the catalogue keys, whether the answer may be echoed (not after a unit or sign
    slip, where the hint and the answer together would give the expected value away) and
    whether the first wrong answer gets the exercise's own hint.
    """
    if ex.unit in ("fraction", "per_year") and _within(a / 100.0, x, tol):
        return ["ex_hint_percent"], False, False
    if ex.unit == "usd_bn":
        for factor, key in (
            (1e9, "ex_hint_dollars"),
            (1e3, "ex_hint_millions"),
            (1e-3, "ex_hint_trillions"),
        ):
            if _within(a / factor, x, tol):
                return [key], False, False
    if x != 0 and _within(-a, x, tol):
        return ["ex_hint_sign"], False, True
    if ex.unit == "count" and a != round(a):
        return ["ex_hint_whole_number"], True, False
    if x != 0 and a != 0 and (a > 0) == (x > 0):
        if abs(a) >= 10 * abs(x):
            return ["ex_hint_magnitude_high"], True, True
        if abs(a) <= abs(x) / 10:
            return ["ex_hint_magnitude_low"], True, True
    if ex.unit != "count" and abs(a - x) <= CLOSE_FACTOR * tol:
        return ["ex_hint_close_high" if a > x else "ex_hint_close_low"], True, False
    return ["ex_hint_too_high" if a > x else "ex_hint_too_low"], True, True


def _band(a: float, x: float) -> str | None:
    """How far off ``a`` is, in a coarse band that does not give ``x`` away (or None)."""
    if x == 0 or a == 0 or (a > 0) != (x > 0):
        return None
    ratio = a / x
    for low, high, key in ((0.9, 1.1, "ex_hint_band_tenth"), (0.75, 1.25, "ex_hint_band_quarter"),
                           (0.5, 2.0, "ex_hint_band_double")):
        if low <= ratio <= high:
            return key
    return None


def _fmt_answer(value: float, lang: str, significant: int = 6) -> str:
    """A number with up to ``significant`` significant digits, per language."""
    if value != 0 and not 1e-6 <= abs(value) < 1e15:
        # Let Python split mantissa and exponent: dividing by 10**exponent underflows for
        # subnormal numbers such as 5e-324.
        mantissa, exponent = f"{value:.{significant - 1}e}".split("e")
        return (f"{i18n.fmt_number(float(mantissa), lang, significant - 1)} "
                f"× 10^{int(exponent)}")
    digits = 0 if value == 0 else math.floor(math.log10(abs(value))) + 1
    return i18n.fmt_number(value, lang, min(12, max(0, significant - digits)))


def _tolerance_text(ex: Exercise, lang: str) -> str:
    if ex.rel_tol > 0:
        return i18n.t("ex_tolerance_relative", lang,
                      tolerance=i18n.fmt_percent(ex.rel_tol, lang, 0))
    if ex.abs_tol > 0:
        return i18n.t("ex_tolerance_absolute", lang,
                      tolerance=i18n.fmt_number(ex.abs_tol, lang, 3))
    return i18n.t("ex_tolerance_exact", lang)


def check(exercise_id: str, answer: Any, lang: str | None = None) -> CheckResult:
    """Check a student's answer to a worksheet exercise.

    Parameters
    ----------
    exercise_id : str
        A key of :data:`EXERCISES`, e.g. ``"capital-1"``.
    answer : Any
        The student's answer: a number (int, float, numpy scalar or a one-element array/series),
        or a number typed as text. ``None`` or ``...`` (Ellipsis) means not answered yet;
        anything else that is not one finite number gets feedback saying so (no exception).
    lang : {"nl", "en"}, optional
        Language of the feedback; when omitted, the worksheet's (see :func:`start`).

    Returns
    -------
    CheckResult
        Its ``repr``, ``_repr_html_`` and ``_repr_markdown_`` show the feedback; ``status``
        is ``"correct"``, ``"wrong"``, ``"unanswered"``, ``"invalid"`` or ``"not_started"``.

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
    it is never part of the result, its text or an exception. The hints depend on the answer
    and on how many wrong answers to the same exercise this session has seen (see the module
    notes); :func:`reset_session` starts again.

    Examples
    --------
    >>> reset_session()
    >>> check("capital-3", None, "en").status
    'unanswered'
    >>> check("capital-3", "twenty", "en").status
    'invalid'
    >>> check("capital-3", (0, 23), "en").keys
    ('ex_not_yet', 'ex_hint_decimal_comma')
    >>> check("capital-3", 23.0, "en").keys
    ('ex_not_yet', 'ex_hint_percent')
    >>> check("capital-3", 23.0, "en").keys
    ('ex_not_yet', 'ex_hint_percent', 'ex_capital_3_hint2')
    """
    if exercise_id not in _registry():
        raise KeyError(f"exercise_id must be one of {', '.join(_registry())}; got {exercise_id!r}")
    ex = _registry()[exercise_id]
    notes: list[str] = []
    if lang is None:
        if not _SESSION["started"]:
            guessed = _session_language()
            if guessed is None:
                text = "\n".join(
                    i18n.t(key, code) for code in i18n.LANGUAGES
                    for key in ("ex_not_started", "ex_not_started_how"))
                return CheckResult(exercise_id, "not_started", ("ex_not_started",),
                                   i18n.get_language(), f"{exercise_id}: {text}")
            start(guessed)
            notes.append("ex_started_for_you")
        lang = i18n.get_language()
    i18n.t("ex_correct", lang)  # validates lang

    def result(status: str, keys: list[str], extra: list[str] = (), attempt: int = 0
               ) -> CheckResult:
        head = f"{exercise_id}: {i18n.t(keys[0], lang)}"
        body = [i18n.t(k, lang) for k in keys[1:]] + list(extra)
        body += [i18n.t(k, lang) for k in notes]
        return CheckResult(exercise_id, status, (*keys, *notes), lang,
                           "\n".join([head, *body]), attempt)

    if answer is None or answer is Ellipsis:
        return result("unanswered", ["ex_unanswered"])
    value, problem, note = _number(answer)
    if note is not None:
        notes.insert(0, note)
    if value is None or not math.isfinite(value):
        return result("invalid", ["ex_not_yet", problem or "ex_hint_not_finite"])
    expected = float(ex.compute())
    tol = ex.tolerance(expected)
    if _within(value, expected, tol):
        return result("correct", ["ex_correct"])
    _SESSION["wrong"][exercise_id] += 1
    attempt = _SESSION["wrong"][exercise_id]
    hints, echo, own = _diagnosis(ex, value, expected, tol)
    if attempt == 1 and own:
        hints.append(ex.hint_key)
    elif attempt >= 2:
        hints.append(ex.hint2_key)
    if attempt >= 3 and echo and (band := _band(value, expected)) is not None:
        hints.append(band)
    unit = i18n.t("ex_unit", lang, unit=i18n.t(f"ex_unit_{ex.unit}", lang))
    extra = [i18n.t("ex_your_answer", lang, answer=_fmt_answer(value, lang))] if echo else []
    extra += [unit, _tolerance_text(ex, lang)]
    return result("wrong", ["ex_not_yet", *hints], extra, attempt)


def answer_key(lang: str | None = None, significant: int = 6) -> list[tuple[str, str, str]]:
    """The answer to every worksheet exercise, for the teacher's answer key.

    The expected values are computed by the same code as :func:`check` (each exercise's
    ``compute``), so the key and the checker always agree.

    Parameters
    ----------
    lang : {"nl", "en"}, optional
        Language of the texts; the active language when omitted.
    significant : int, default 6
        Significant digits of the expected value, at most (the printed answer key uses 4:
        any answer that close is inside every tolerance :func:`check` allows).

    Returns
    -------
    list of tuple of str
        ``(exercise id, question title, answer text)`` per exercise, in worksheet order. The
        answer text is the expected value with up to ``significant`` significant digits in
        the language's number format, then ``". "``, the unit asked for and the tolerance
        :func:`check` allows.

    Raises
    ------
    ValueError
        If ``lang`` is not a supported language, or ``significant`` is not an integer from
        1 to 15.

    Examples
    --------
    >>> from aifin_lib.exercises import EXERCISES  # built on first use
    >>> key = answer_key("en")
    >>> [row[0] for row in key] == list(EXERCISES)
    True
    >>> key[0][1]
    'Share of the investment financed from outside'
    >>> key[-1][2].split(". ")[1].startswith("Unit asked for")
    True
    >>> answer_key("en", significant=4)[0][2].split(". ")[0]
    '0.5172'
    """
    lang = i18n.get_language() if lang is None else lang
    i18n.t("ex_correct", lang)  # validates lang
    if isinstance(significant, bool) or not isinstance(significant, int) \
            or not 1 <= significant <= 15:
        raise ValueError(f"significant must be an integer from 1 to 15, got {significant!r}")
    rows = []
    for exercise_id, ex in _registry().items():
        expected = float(ex.compute())
        unit = i18n.t("ex_unit", lang, unit=i18n.t(f"ex_unit_{ex.unit}", lang))
        rows.append((exercise_id, i18n.t(ex.title_key, lang),
                     f"{_fmt_answer(expected, lang, significant)}. {unit} "
                     f"{_tolerance_text(ex, lang)}"))
    return rows


define_answer()
