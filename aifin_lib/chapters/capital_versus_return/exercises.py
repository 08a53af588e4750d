"""The chapter's exercises: one function per answer, used by the worksheet and the worked solution.

The worksheet's checker (:data:`EXERCISES`, collected by :func:`aifin_lib.exercises.check`) and
the chapter's worked solutions (:func:`~aifin_lib.chapters.capital_versus_return.prose_figures`)
call the same functions with the same named parameters, so a number is never typed twice.
"""

from __future__ import annotations

from functools import partial

import numpy as np

from aifin_lib import capital
from aifin_lib.chapters.capital_versus_return.frames import (
    CAHN_MARGIN,
    CAHN_TCO_MULTIPLE,
    JPM_REVENUE,
    TARGET_RETURN,
    ai_revenue_2024,
    cahn_run_rate,
)
from aifin_lib.data import metric_value
from aifin_lib.exercises import Exercise, define

__all__ = [
    "CASH_MARGIN",
    "EXERCISES",
    "EXERCISE_LIFE",
    "LOWER_MARGIN",
    "SERVER_LIVES",
    "SERVER_SPENDING",
    "breakeven_life",
    "cahn_required",
    "earnings_boost",
    "jpm_capital",
    "jpm_revenue_over_life",
    "lagged_capital",
    "recovery_factor",
    "server_vintages",
]

LOWER_MARGIN = 0.4
"""Exercise 1's lower gross margin of the end users (fraction), against Cahn's 50 %."""
CASH_MARGIN = 0.5
"""Exercise 2's share of the AI revenue left as cash flow (fraction)."""
EXERCISE_LIFE = 6.0
"""Exercise 4's finite useful life of J.P. Morgan's capital (years)."""
SERVER_SPENDING: tuple[float, ...] = (60.0, 60.0, 60.0)
"""Exercise 3's server spending: USD 60 bn a year for three years (USD bn per year)."""
SERVER_LIVES: tuple[float, float] = (4.0, 6.0)
"""Exercise 3's useful lives compared: the former and the lengthened one (years)."""


def cahn_required(year: int = 2023, end_user_margin: float = CAHN_MARGIN) -> float:
    """Revenue needed for Cahn's run rate of ``year``
    (:func:`aifin_lib.capital.cahn_required_revenue`).

    Parameters
    ----------
    year : {2023, 2024}, default 2023
        The essay whose Nvidia run rate is used.
    end_user_margin : float, default CAHN_MARGIN
        The end users' gross margin, a fraction in [0, 1).

    Returns
    -------
    float
        USD bn per year, with Cahn's total-cost multiple (:data:`CAHN_TCO_MULTIPLE`).

    Examples
    --------
    >>> cahn_required(2023)
    200.0
    """
    return float(capital.cahn_required_revenue(cahn_run_rate(year), CAHN_TCO_MULTIPLE,
                                               end_user_margin))


def lagged_capital() -> float:
    """Exercise 2's capital: Cahn's 2024 run rate times his total-cost multiple (USD bn)."""
    return CAHN_TCO_MULTIPLE * cahn_run_rate(2024)


def breakeven_life(target_return: float = TARGET_RETURN) -> float:
    """Years :func:`lagged_capital` must last for Cahn's 2024 AI revenue to earn ``target_return``.

    Parameters
    ----------
    target_return : float, default TARGET_RETURN
        Return on the capital, a fraction per year.

    Returns
    -------
    float
        Years (:func:`aifin_lib.capital.breakeven_life`, with :data:`CASH_MARGIN` of
        :func:`~aifin_lib.chapters.capital_versus_return.ai_revenue_2024` as cash flow);
        infinite when the return alone exceeds the cash flow.
    """
    return float(capital.breakeven_life(lagged_capital(), target_return, ai_revenue_2024(),
                                        CASH_MARGIN))


def jpm_capital() -> float:
    """The capital J.P. Morgan's required revenue pays for as a perpetuity at
    :data:`TARGET_RETURN` with all revenue as cash flow (USD bn)."""
    return float(capital.implied_capital(metric_value(JPM_REVENUE), TARGET_RETURN, np.inf, 1.0))


def jpm_revenue_over_life(life: float = EXERCISE_LIFE) -> float:
    """Revenue that earns :data:`TARGET_RETURN` on :func:`jpm_capital` if it wears out in
    ``life`` years, with :data:`CASH_MARGIN` of it as cash flow (USD bn per year;
    :func:`aifin_lib.capital.required_revenue`)."""
    return float(capital.required_revenue(jpm_capital(), TARGET_RETURN, life, CASH_MARGIN))


def recovery_factor(rate: float = TARGET_RETURN, life: float = EXERCISE_LIFE) -> float:
    """:func:`aifin_lib.capital.capital_recovery_factor` of exercise 4 (fraction per year).

    Examples
    --------
    >>> round(recovery_factor(0.10, 6), 4)
    0.2296
    """
    return float(capital.capital_recovery_factor(rate, life))


def server_vintages() -> capital.DepreciationLifeEffect:
    """Exercise 3: :data:`SERVER_SPENDING` depreciated over each of :data:`SERVER_LIVES`
    (:func:`aifin_lib.capital.depreciation_life_effect`)."""
    old, new = SERVER_LIVES
    return capital.depreciation_life_effect(list(SERVER_SPENDING), old, new)


def earnings_boost(year: int = 3) -> float:
    """How much higher exercise 3's earnings are in its ``year``-th year (USD bn).

    Raises
    ------
    ValueError
        If ``year`` is not one of the years of :func:`server_vintages`.
    """
    effect = server_vintages()
    if not 1 <= year <= len(effect.earnings_boost):
        raise ValueError(f"year must be 1 to {len(effect.earnings_boost)}, got {year!r}")
    return float(effect.earnings_boost[year - 1])


EXERCISES: tuple[Exercise, ...] = (
    define("capital-1", "usd_bn", cahn_required, 0.01),
    define("capital-2", "usd_bn", partial(cahn_required, end_user_margin=LOWER_MARGIN), 0.01),
    define("capital-3", "per_year", recovery_factor, 0.01),
    define("capital-4", "years", breakeven_life, 0.02),
    define("capital-5", "usd_bn", earnings_boost, 0.01),
)
"""The worksheet's questions; the worked solutions quote the same functions."""
