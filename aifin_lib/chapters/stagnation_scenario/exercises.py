"""The stagnation chapter's exercises: one compute function per answer, for the worked solution
in the chapter (:func:`~.prose.prose_figures`) and the worksheet check
(:func:`aifin_lib.exercises.check`) alike.
"""

from __future__ import annotations

from functools import partial

import numpy as np
import pandas as pd

from aifin_lib.contagion import eisenberg_noe, rogers_veraart
from aifin_lib.exercises import Exercise, define
from aifin_lib.scenario import ScenarioResult, credit_loss_threshold, run_scenario

from .common import _central, _run, network

__all__ = [
    "EXERCISES",
    "EXERCISE_ASSETS",
    "EXERCISE_LIABILITIES",
    "exercise_coreweave_closing_cash",
    "exercise_en_payment",
    "exercise_oracle_threshold",
    "exercise_rv_payment",
    "exercise_shock_lab_year",
]

EXERCISE_LIABILITIES = np.array([[0.0, 6.0, 4.0], [0.0, 0.0, 5.0], [2.0, 0.0, 0.0]])
"""Three-firm network of the by-hand clearing exercise (row owes column), USD billions."""
EXERCISE_ASSETS = np.array([2.0, 1.0, 3.0])
"""External assets of the three firms of the exercise, USD billions."""


def _exercise_clearing() -> tuple[np.ndarray, np.ndarray]:
    """Eisenberg-Noe and Rogers-Veraart (alpha = beta = 0.5) payments of the three firms."""
    en = eisenberg_noe(EXERCISE_LIABILITIES, EXERCISE_ASSETS, method="fictitious_default")
    rv = rogers_veraart(EXERCISE_LIABILITIES, EXERCISE_ASSETS, 0.5, 0.5)
    return en.payments, rv.payments


def exercise_en_payment(firm: int) -> float:
    """Exercise 1: the Eisenberg-Noe payment of firm ``firm`` (0 = A, 1 = B, 2 = C), USD bn.

    Examples
    --------
    >>> exercise_en_payment(firm=0), round(exercise_en_payment(firm=1), 9)
    (4.0, 3.4)
    """
    return float(_exercise_clearing()[0][firm])


def exercise_rv_payment(firm: int) -> float:
    """Exercise 2: the Rogers-Veraart payment (alpha = beta = 0.5) of a firm, USD bn.

    Examples
    --------
    >>> round(exercise_rv_payment(firm=1), 9)
    1.1
    """
    return float(_exercise_clearing()[1][firm])


def _coreweave_severe_cash() -> pd.DataFrame:
    """CoreWeave's cash table in the severe case (exercise 3), USD bn."""
    return _central("severe").cash_table("coreweave")


def exercise_coreweave_cash(line: str = "closing_cash") -> float:
    """Exercise 3: a line of CoreWeave's cash table in the first year of the severe case, USD bn.

    Parameters
    ----------
    line : str, default "closing_cash"
        A column of :meth:`aifin_lib.scenario.ScenarioResult.cash_table` (``"opening_cash"``:
        what the sum starts from; ``"closing_cash"``: the answer).

    Returns
    -------
    float
    """
    return float(_coreweave_severe_cash()[line].iloc[0])


def exercise_coreweave_closing_cash() -> float:
    """Exercise 3: CoreWeave's cash at the end of the first year on the severe path, USD bn."""
    return exercise_coreweave_cash(line="closing_cash")


def exercise_oracle_threshold() -> float:
    """Exercise 4: how far Oracle's outside cash flow must fall before it defaults, fraction."""
    return 1.0 - credit_loss_threshold("oracle")


def _oracle_knockout() -> float:
    """The smallest round shock (USD bn, multiple of 10) that makes Oracle default in 2026.

    Raises
    ------
    ValueError
        If no shock up to USD 200 bn does.
    """
    net = network()
    for size in range(10, 201, 10):
        res = run_scenario(net, "stagnation", shock_firm="oracle", shock_usd_bn=float(size))
        if res.default_year[net.index("oracle")] == net.years[0]:
            return float(size)
    raise ValueError("no shock up to USD 200 bn makes Oracle default in the first year")


def knockout_result() -> ScenarioResult:
    """The stagnation path with Oracle knocked out in the first year (exercise 5)."""
    return _run("stagnation", shock_firm="oracle", shock_usd_bn=_oracle_knockout())


def exercise_shock_lab_year() -> float:
    """Exercise 5: the year OpenAI defaults when Oracle is shocked out in the first year."""
    return float(knockout_result().default_year[network().ai_lab])


EXERCISES: tuple[Exercise, ...] = (
    define("stagnation-1", "usd_bn", partial(exercise_en_payment, firm=0), 0.01),
    define("stagnation-2", "usd_bn", partial(exercise_en_payment, firm=1), 0.01),
    define("stagnation-3", "usd_bn", partial(exercise_rv_payment, firm=1), 0.01),
    define("stagnation-4", "usd_bn", exercise_coreweave_closing_cash, 0.01),
    define("stagnation-5", "fraction", exercise_oracle_threshold, 0.0, 0.02),
)
"""The worksheet's questions (``book/*/worksheet_stagnation_scenario.ipynb``); the chapter's
worked solutions show the same functions' results."""
