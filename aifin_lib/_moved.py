"""Old import paths that keep working after their names moved (PEP 562).

A module whose names moved elsewhere keeps only a mapping from each old name to where it is
now, and gets its module-level ``__getattr__`` and ``__dir__`` from :func:`forward`: nothing is
imported until a name is used.

    >>> __getattr__, __dir__ = forward(
    ...     "old", {"dumps": "json", "load": "json:loads"}, call={"sep": "os:getcwd"})
    >>> __getattr__("load")("[1]"), __dir__()
    ([1], ['dumps', 'load', 'sep'])
    >>> __getattr__("nothing")
    Traceback (most recent call last):
    ...
    AttributeError: module 'old' has no attribute 'nothing'
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = ["forward"]


def _lookup(name: str, target: str) -> Any:
    """The object ``target`` names: ``"module"`` (attribute ``name``) or ``"module:attribute"``."""
    module, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module), attribute or name)


def forward(
    module: str,
    where: Mapping[str, str],
    *,
    call: Mapping[str, str] | None = None,
    listed: Iterable[str] | None = None,
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """Build a module's ``__getattr__`` and ``__dir__`` that look its old names up where they are.

    Parameters
    ----------
    module : str
        The module's ``__name__`` (named in the error for an unknown name).
    where : mapping of str to str
        Old name -> ``"package.module"`` (the object of the same name there) or
        ``"package.module:attribute"`` (the object of another name).
    call : mapping of str to str, optional
        Old name of a former constant -> ``"package.module:function"``; the name gives what the
        function returns, called with no arguments at every access.
    listed : iterable of str, optional
        The names ``__dir__`` lists besides those of ``call``; all of ``where`` when omitted.

    Returns
    -------
    tuple of callable
        ``(__getattr__, __dir__)`` for the module. ``__getattr__`` raises
        :class:`AttributeError` for a name of neither mapping.
    """
    called = dict(call or {})
    targets = dict(where)
    names = sorted({*(targets if listed is None else listed), *called})

    def getattr_(name: str) -> Any:
        if name in targets:
            return _lookup(name, targets[name])
        if name in called:
            return _lookup(name, called[name])()
        raise AttributeError(f"module {module!r} has no attribute {name!r}")

    def dir_() -> list[str]:
        return list(names)

    return getattr_, dir_
