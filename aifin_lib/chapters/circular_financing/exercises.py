"""The chapter's worksheet exercises, each defined once (:data:`EXERCISES`).

The worksheet (``worksheet_circular_financing.ipynb``) checks a student's answer with
:func:`aifin_lib.exercises.check`; the chapter's worked solutions (:func:`prose_figures`) show the
same quantities computed by the same functions: :func:`circularity_share`,
:func:`max_circulation`, :func:`netted` on the small networks of :func:`exercise_networks`, and
:func:`book_circularity`, the book's headline (:func:`headline`).
"""

from __future__ import annotations

import functools

import numpy as np
import pandas as pd

from ... import circular
from ...exercises import Exercise, define
from .frames import headline

__all__ = [
    "BOOK_CIRCULARITY",
    "CIRCULARITY_EX1",
    "EXERCISES",
    "MAX_CIRCULATION_EX3",
    "NETTED_EX3",
    "bilateral_netting",
    "book_circularity",
    "circularity_share",
    "exercise_networks",
    "max_circulation",
    "netted",
    "small_network",
]


def exercise_networks() -> dict[str, pd.DataFrame]:
    """The small networks of the exercises (USD billions, row = payer, column = payee).

    Returns
    -------
    dict
        ``"toy"``: the chapter's worked example before the definitions: N invests 10 in L, L
        buys cloud for 6 from C, C buys chips for 4 from N (one cycle, no other arrows).
        ``"ex1"``: chipmaker N invests 10 in lab L, L buys chips for 6 from N and cloud for 4
        from C, C buys chips for 3 from N. ``"ex3"``: the same firms with N -> L 10,
        L -> N 8, L -> C 6, C -> N 5: the 2-cycle N-L and the 3-cycle N-L-C share the edge
        N -> L. These are exercise parameters, not data.
    """
    firms = ["N", "L", "C"]

    def frame(nl: float, ln: float, lc: float, cn: float) -> pd.DataFrame:
        w = pd.DataFrame(0.0, index=firms, columns=firms)
        w.loc["N", "L"], w.loc["L", "N"], w.loc["L", "C"], w.loc["C", "N"] = nl, ln, lc, cn
        return w

    return {"toy": frame(10, 0, 6, 4), "ex1": frame(10, 6, 4, 3), "ex3": frame(10, 8, 6, 5)}




def small_network(network: str) -> circular.CircularityResult:
    """The maximum circulation of one of the :func:`exercise_networks`.

    Parameters
    ----------
    network : {"toy", "ex1", "ex3"}
        Which network.

    Returns
    -------
    aifin_lib.circular.CircularityResult

    Raises
    ------
    ValueError
        If ``network`` is not one of the exercise networks.
    """
    networks = exercise_networks()
    if network not in networks:
        raise ValueError(f"network must be one of {sorted(networks)}, got {network!r}")
    return circular.circularity(networks[network])


def circularity_share(network: str) -> float:
    """Circularity of an exercise network (fraction): maximum circulation over gross volume.

    Examples
    --------
    >>> round(circularity_share(network="ex1") * 23, 6)  # 21 of 23 goes round
    21.0
    """
    return float(small_network(network).circularity)


def max_circulation(network: str) -> float:
    """Maximum circulation of an exercise network, summed over all arrows (USD bn).

    Examples
    --------
    >>> round(max_circulation(network="ex3"), 6)
    25.0
    """
    return float(small_network(network).circulation.to_numpy().sum())


def bilateral_netting(network: str) -> circular.NettingResult:
    """Greedy bilateral (2-cycle) netting of an exercise network
    (:func:`aifin_lib.circular.greedy_two_cycle_netting`)."""
    small_network(network)  # checks the name
    return circular.greedy_two_cycle_netting(exercise_networks()[network].to_numpy())


def netted(network: str) -> float:
    """What bilateral netting cancels in an exercise network, both directions (USD bn).

    Examples
    --------
    >>> netted(network="ex3")
    16.0
    """
    return float(np.sum(bilateral_netting(network).circulation))


def book_circularity() -> float:
    """Circularity of the book's deal network of equity stakes and purchases (fraction): the
    headline (:func:`headline`) that the chapter and the introduction quote."""
    return float(headline().circularity)


CIRCULARITY_EX1: Exercise = define(
    "circular-1", "fraction", functools.partial(circularity_share, network="ex1"), 0.01)
"""Exercise 1: the circularity of network ``ex1``."""
MAX_CIRCULATION_EX3: Exercise = define(
    "circular-2", "usd_bn", functools.partial(max_circulation, network="ex3"), 0.01)
"""Exercise 2: the maximum circulation of network ``ex3``."""
NETTED_EX3: Exercise = define(
    "circular-3", "usd_bn", functools.partial(netted, network="ex3"), 0.01)
"""Exercise 3: what bilateral netting cancels in network ``ex3``."""
BOOK_CIRCULARITY: Exercise = define("circular-4", "fraction", book_circularity, 0.02)
"""Exercise 4: the circularity of the book's deal network (equity and purchases)."""

EXERCISES: tuple[Exercise, ...] = (
    CIRCULARITY_EX1, MAX_CIRCULATION_EX3, NETTED_EX3, BOOK_CIRCULARITY,
)
"""The chapter's worksheet exercises (collected by :mod:`aifin_lib.exercises`)."""
