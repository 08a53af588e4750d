"""Warnings about results that could not be verified, attributed to the caller's code."""

from __future__ import annotations

import sys
import warnings

__all__ = ["warn"]


def warn(message: str) -> None:
    """Issue a ``RuntimeWarning`` at the first frame outside :mod:`aifin_lib.contagion`.

    The solvers call each other at different depths; the warning points at the line of the
    user's code that called the public function, wherever in the package it was raised.
    """
    level = 2  # the caller of warn()
    frame = sys._getframe(1)
    while frame.f_back is not None and frame.f_globals.get("__name__", "").startswith(
        __package__ or "aifin_lib.contagion"
    ):
        frame = frame.f_back
        level += 1
    warnings.warn(message, RuntimeWarning, stacklevel=level)
