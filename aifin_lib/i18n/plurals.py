"""Plural forms: which of a message's forms a count takes, as gettext and CLDR define it.

A catalogue's ``Plural-Forms`` header (Babel writes the language's standard one) numbers the
forms of a message (``msgstr[0]``, ``msgstr[1]``, ...) and says which form a whole count takes.
A count with decimals has no form in gettext; it takes the form whose whole counts share its
CLDR plural category (Babel's rules: English and Dutch say "1.5 deals", like "2 deals"), or the
last form when no whole count does.
"""

from __future__ import annotations

import gettext
import math
from collections.abc import Callable
from dataclasses import dataclass, field

from babel import Locale

__all__ = ["CATEGORY_ORDER", "PluralRule", "check_count", "plural_category"]

CATEGORY_ORDER: tuple[str, ...] = ("zero", "one", "two", "few", "many", "other")
"""CLDR's plural categories in CLDR's own order."""

_PROBE = range(1001)  # whole counts that show every form of a rule


def check_count(value: float, name: str = "value") -> float:
    """Return ``value`` as a float after rejecting NaN and infinities (never shown to a reader).

    Parameters
    ----------
    value : float
        The number.
    name : str, default "value"
        The parameter's name, for the error message.

    Returns
    -------
    float

    Raises
    ------
    ValueError
        If ``value`` is NaN or infinite.
    """
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return number


def plural_category(n: float, locale: Locale) -> str:
    """The CLDR plural category of the count ``n`` (Babel's rules for ``locale``).

    Parameters
    ----------
    n : float
        The count (finite); a whole float counts as an integer.
    locale : babel.Locale
        The language.

    Returns
    -------
    str
        One of :data:`CATEGORY_ORDER`.

    Examples
    --------
    >>> en = Locale.parse("en_US")
    >>> plural_category(1, en), plural_category(1.5, en), plural_category(0, en)
    ('one', 'other', 'other')
    """
    number = check_count(n, "n")
    return locale.plural_form(abs(int(number)) if number.is_integer() else abs(number))


@dataclass(frozen=True)
class PluralRule:
    """The plural forms of one catalogue: its ``Plural-Forms`` header and its language.

    Parameters
    ----------
    count : int
        ``nplurals``: the number of forms of every plural message.
    expression : str
        ``plural``: the C expression of gettext that gives a whole count's form.
    locale : babel.Locale
        The catalogue's language (its CLDR rules place counts with decimals).

    Examples
    --------
    >>> rule = PluralRule(2, "(n != 1)", Locale.parse("nl_NL"))
    >>> rule.index(1), rule.index(0), rule.index(1.5), rule.categories
    (0, 1, 1, ('one', 'other'))
    """

    count: int
    expression: str
    locale: Locale
    _function: Callable[[int], int] = field(init=False, repr=False, compare=False)
    categories: tuple[str, ...] = field(init=False, compare=False)
    """The CLDR category of each form: that of the first whole count taking the form
    (``"other"`` when no count from 0 to 1000 takes it)."""

    def __post_init__(self) -> None:
        try:
            function = gettext.c2py(self.expression)
        except (ValueError, SyntaxError, RecursionError) as error:
            raise ValueError(f"Plural-Forms: cannot read plural={self.expression!r}: "
                             f"{error}") from None
        object.__setattr__(self, "_function", function)
        if not self.count >= 1:
            raise ValueError(f"Plural-Forms: nplurals must be at least 1, got {self.count}")
        found: dict[int, str] = {}
        for n in _PROBE:
            found.setdefault(self._whole(n), self.locale.plural_form(n))
            if len(found) == self.count:
                break
        object.__setattr__(self, "categories", tuple(found.get(i, "other")
                                                     for i in range(self.count)))

    def _whole(self, n: int) -> int:
        index = int(self._function(n))
        if not 0 <= index < self.count:
            raise ValueError(f"Plural-Forms: plural={self.expression!r} gives form {index} "
                             f"for n={n}, but nplurals={self.count}")
        return index

    def index(self, n: float) -> int:
        """The form (``msgstr[i]``) the count ``n`` takes.

        Parameters
        ----------
        n : float
            The count (finite).

        Returns
        -------
        int
            From 0 to ``count - 1``.
        """
        number = check_count(n, "n")
        if number.is_integer():
            return self._whole(abs(int(number)))
        category = plural_category(number, self.locale)
        if category in self.categories:
            return self.categories.index(category)
        return self.count - 1
