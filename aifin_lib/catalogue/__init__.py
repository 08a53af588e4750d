"""The sections of the one translation catalogue (merged by :mod:`aifin_lib.i18n`).

Each module of this package holds ``LABELS = {key: {"nl": ..., "en": ...}}`` for one part of the
book; keys are unique across sections (:func:`aifin_lib.i18n.merge_sections` checks it).
"""

import pkgutil

SECTIONS: tuple[str, ...] = tuple(
    sorted(info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_"))
)
"""Modules merged into :data:`aifin_lib.i18n.CATALOGUE`, in alphabetical order."""
