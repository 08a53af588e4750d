"""The sections of the one translation catalogue (merged by :mod:`aifin_lib.i18n`).

Each module holds ``LABELS = {key: {"nl": ..., "en": ...}}`` for one part of the book; keys are
unique across sections.
"""

SECTIONS: tuple[str, ...] = ("common", "introduction")
"""Modules merged into :data:`aifin_lib.i18n.CATALOGUE`, in order."""
