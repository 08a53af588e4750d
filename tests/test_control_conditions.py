"""Controls that matter only under a condition, and the figure captions that say so.

The domino dashboard's residual value moves nothing while no indebted firm defaults (with the
cash flow from outside the network at 100%, only a shock to CoreWeave makes one default); the
policy mixer's stress test moves nothing once a loan-to-value or concentration limit already
holds the lending back. Both facts are checked on the models' grids, and each caption in both
languages must tell the reader.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aifin_lib.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent


def _caption(lang: str, chapter: str, label: str) -> str:
    notebook = json.loads((ROOT / "book" / lang / f"{chapter}.ipynb").read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        text = "".join(cell["source"])
        if cell["cell_type"] == "markdown" and f":label: {label}\n" in text:
            return " ".join(text.split())
    raise AssertionError(f"{lang}/{chapter}: no figure {label}")


def _moves(frame, control: str, keys: list[str]) -> set[tuple]:
    """The settings of ``keys`` at which changing ``control`` changes the model's rows."""
    moving = set()
    for key, group in frame.groupby(keys):
        shapes = {
            tuple(map(tuple, part.drop(columns=[control]).round(6).astype(str).values))
            for _, part in group.groupby(control)
        }
        if len(shapes) > 1:
            moving.add(key)
    return moving


def test_residual_value_matters_only_once_an_indebted_firm_defaults():
    from aifin_lib.chapters import stagnation_scenario

    grid = stagnation_scenario.domino_dashboard().grid()
    moving = _moves(grid, "residual", ["growth", "outside", "shock"])
    at_full = {(g, s) for g, o, s in moving if o == 1.0}
    assert at_full and {s for _, s in at_full} == {"coreweave"}
    assert any(o < 1.0 and s == "none" for _, o, s in moving)


def test_stress_test_matters_only_while_no_limit_binds():
    from aifin_lib.chapters import supervision_and_transparency as sup

    grid = sup.mixer_dashboard().grid()
    moving = _moves(grid, "stress", ["disclosure", "ltv", "capital", "concentration"])
    assert moving, "the stress test should matter somewhere"
    for _, ltv, _, concentration in moving:
        assert ltv > 0.8 and concentration in (0.0, 4.0)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_captions_say_when_a_control_matters(lang):
    domino = _caption(lang, "stagnation_scenario", "fig-stagnation-domino")
    mixer = _caption(lang, "supervision_and_transparency", "fig-supervision-mixer")
    words = {"en": (("residual value", "100%", "CoreWeave"), ("stress test", "loan-to-value",
                                                               "concentration limit")),
             "nl": (("restwaarde", "100%", "CoreWeave"), ("stresstest", "hefboomlimiet",
                                                          "concentratielimiet"))}[lang]
    for text, wanted in zip((domino, mixer), words, strict=True):
        missing = [w for w in wanted if w not in text]
        assert not missing, f"{lang}: caption lacks {missing}: {text}"
