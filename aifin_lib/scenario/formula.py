"""The small formula language of the scenario's calibration table.

A calibration row (``data/calibration.csv``) states how its value is derived from the curated
data, in a formula that the code evaluates and the tests check against the source rows:

- ``metric:<metric_id>``: the value of a figure of ``macro.csv`` or ``history.csv``;
- ``deal:<deal_id>``: the amount of a deal of ``deals.csv`` (USD billions);
  ``deal:<deal_id>.years``: its term in years; ``deal:<deal_id>.year``: the calendar year it
  was announced;
- ``metric:<metric_id>.year``: the calendar year of a figure whose period is one year;
- ``assumption:<parameter>``: a value of ``assumptions.csv``;
- numbers, ``+ - * /`` and parentheses;
- ``annualise_quarter(x)`` (four times a quarter's flow) and ``annualise_half(x)`` (twice a
  half-year's flow): the only ways a flow of a shorter period may enter a yearly input, so the
  formula itself says that it was annualised.

Examples
--------
>>> f = parse("annualise_quarter(metric:x) * (1 - assumption:y)")
>>> sorted(t.ref for t in f.terms), [t.annualised for t in f.terms]
(['assumption:y', 'metric:x'], ['quarter', None])
>>> f.evaluate({"metric:x": 2.0, "assumption:y": 0.25})
6.0
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

__all__ = ["ANNUALISERS", "Formula", "FormulaError", "Term", "parse"]

ANNUALISERS: dict[str, tuple[str, float]] = {
    "annualise_quarter": ("quarter", 4.0),
    "annualise_half": ("half_year", 2.0),
}
"""Annualising functions: name -> (the period type they convert, factor)."""

_TERM = re.compile(r"\b(metric|deal|assumption):([A-Za-z0-9_]+)(\.years|\.year)?")


class FormulaError(ValueError):
    """A formula is malformed or refers to something that does not exist."""


@dataclass(frozen=True)
class Term:
    """One reference in a formula.

    Attributes
    ----------
    kind : {"metric", "deal", "assumption"}
    key : str
        The metric id, deal id or parameter name.
    field : {"value", "years", "year"}
        What is read: the value, a deal's term (``years``) or the calendar year of a deal
        or a one-year figure (``year``).
    annualised : str or None
        Period type an enclosing annualising function converts (``"quarter"``,
        ``"half_year"``), or ``None``.
    """

    kind: str
    key: str
    field: str
    annualised: str | None

    @property
    def ref(self) -> str:
        """The reference as written (``kind:key`` plus ``.years`` for a deal's term)."""
        return f"{self.kind}:{self.key}" + ("" if self.field == "value" else f".{self.field}")


@dataclass(frozen=True)
class Formula:
    """A parsed formula: its text, its terms and an evaluator."""

    text: str
    terms: tuple[Term, ...]
    _tree: ast.Expression
    _names: dict[str, str]

    def evaluate(self, values: dict[str, float]) -> float:
        """Evaluate with ``values[term.ref]`` for every term.

        Parameters
        ----------
        values : dict
            ``{reference: number}`` for every term of the formula.

        Returns
        -------
        float

        Raises
        ------
        FormulaError
            If a value is missing or a division by zero occurs.
        """
        def run(node: ast.AST) -> float:
            if isinstance(node, ast.Expression):
                return run(node.body)
            if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
                return float(node.value)
            if isinstance(node, ast.Name):
                ref = self._names[node.id]
                if ref not in values:
                    raise FormulaError(f"formula {self.text!r}: no value for {ref}")
                return float(values[ref])
            if isinstance(node, ast.UnaryOp):
                value = run(node.operand)
                return -value if isinstance(node.op, ast.USub) else value
            if isinstance(node, ast.BinOp):
                left, right = run(node.left), run(node.right)
                if isinstance(node.op, ast.Add):
                    return left + right
                if isinstance(node.op, ast.Sub):
                    return left - right
                if isinstance(node.op, ast.Mult):
                    return left * right
                if right == 0:
                    raise FormulaError(f"formula {self.text!r}: division by zero")
                return left / right
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                return ANNUALISERS[node.func.id][1] * run(node.args[0])
            raise FormulaError(f"formula {self.text!r}: cannot evaluate {ast.dump(node)}")

        return run(self._tree)


def _check(node: ast.AST, text: str) -> None:
    allowed_ops = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.USub, ast.UAdd)
    for child in ast.walk(node):
        if isinstance(child, (ast.Expression, ast.Load, ast.Name, *allowed_ops)):
            continue
        if isinstance(child, (ast.BinOp, ast.UnaryOp)):
            continue
        if isinstance(child, ast.Constant) and isinstance(child.value, (int, float)) and not (
            isinstance(child.value, bool)
        ):
            continue
        if (
            isinstance(child, ast.Call)
            and isinstance(child.func, ast.Name)
            and child.func.id in ANNUALISERS
            and len(child.args) == 1
            and not child.keywords
        ):
            continue
        raise FormulaError(
            f"formula {text!r}: only numbers, metric:/deal:/assumption: references, + - * /, "
            f"parentheses and {sorted(ANNUALISERS)} are allowed"
        )


def parse(text: str) -> Formula:
    """Parse a calibration formula.

    Parameters
    ----------
    text : str
        The formula (see the module docstring).

    Returns
    -------
    Formula

    Raises
    ------
    FormulaError
        If the text is empty, not an arithmetic expression of the allowed form, or uses
        ``.years`` on something other than a deal or ``.year`` on an assumption.

    Examples
    --------
    >>> parse("deal:D05 + deal:D06").evaluate({"deal:D05": 11.9, "deal:D06": 4.0})
    15.9
    >>> parse("import os")
    Traceback (most recent call last):
    ...
    aifin_lib.scenario.formula.FormulaError: formula 'import os' is not an arithmetic expression
    """
    if not isinstance(text, str) or not text.strip():
        raise FormulaError(f"formula must be a non-empty string, got {text!r}")
    names: dict[str, str] = {}
    fields: dict[str, tuple[str, str, str]] = {}

    def substitute(match: re.Match[str]) -> str:
        kind, key, suffix = match.group(1), match.group(2), match.group(3)
        field = suffix[1:] if suffix else "value"
        if (field == "years" and kind != "deal") or (field == "year" and kind == "assumption"):
            raise FormulaError(f"formula {text!r}: {kind}: references have no .{field}")
        ref = match.group(0)
        name = f"_t{len(names)}"
        names[name] = ref
        fields[name] = (kind, key, field)
        return name

    source = _TERM.sub(substitute, text)
    try:
        tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError:
        raise FormulaError(f"formula {text!r} is not an arithmetic expression") from None
    _check(tree, text)
    unknown = [n.id for n in ast.walk(tree) if isinstance(n, ast.Name)
               and n.id not in names and n.id not in ANNUALISERS]
    if unknown:
        raise FormulaError(
            f"formula {text!r}: unknown name(s) {unknown}; references are written "
            "metric:<id>, deal:<id> or assumption:<name>"
        )
    terms: list[Term] = []

    def collect(node: ast.AST, annualised: str | None) -> None:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            inner = ANNUALISERS[node.func.id][0]
            if annualised is not None:
                raise FormulaError(f"formula {text!r}: annualising functions cannot be nested")
            collect(node.args[0], inner)
            return
        if isinstance(node, ast.Name) and node.id in names:
            kind, key, field = fields[node.id]
            terms.append(Term(kind, key, field, annualised))
            return
        for child in ast.iter_child_nodes(node):
            collect(child, annualised)

    collect(tree, None)
    return Formula(text=text, terms=tuple(terms), _tree=tree, _names=names)
