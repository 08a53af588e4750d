"""The public names that checks outside the project use, and the import paths that reach them."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_public_names_import() -> None:
    """Every public name fixed for outside checks is importable from its documented home."""
    from aifin_lib.capital import cahn_required_revenue
    from aifin_lib.circular import circularity
    from aifin_lib.contagion import debtrank, eisenberg_noe, furfine, rogers_veraart
    from aifin_lib.data import load
    from aifin_lib.exercises import check
    from aifin_lib.scenario import build_network, monte_carlo, run_scenario

    for f in (
        cahn_required_revenue,
        circularity,
        debtrank,
        eisenberg_noe,
        furfine,
        rogers_veraart,
        load,
        check,
        build_network,
        monte_carlo,
        run_scenario,
    ):
        assert callable(f), f


def test_contagion_package_reexports_its_modules_names() -> None:
    """``aifin_lib.contagion`` re-exports every public name of its modules' public API, and
    each name in ``__all__`` is defined."""
    import aifin_lib.contagion as contagion
    from aifin_lib.contagion import batch, cascade, clearing, default_costs, distress, results

    assert all(hasattr(contagion, name) for name in contagion.__all__)
    for module in (batch, cascade, clearing, default_costs, distress, results):
        for name in module.__all__:
            if name in ("AUTO_DENSE_MAX",):  # a solver setting, not an entry point
                continue
            assert getattr(contagion, name) is getattr(module, name), (module.__name__, name)


def test_circular_keeps_the_deal_names() -> None:
    """The deal network moved to :mod:`aifin_lib.circular_deals`; ``aifin_lib.circular`` still
    exports it, and its vocabularies are those of :mod:`aifin_lib.data`."""
    from aifin_lib import circular, circular_deals, data

    for name in circular_deals.__all__:
        if name in ("AsOf", "Deals"):  # type aliases of the signatures
            continue
        assert getattr(circular, name) is getattr(circular_deals, name), name
    assert circular.ALL_KINDS is data.DEAL_KINDS
    assert circular.ALL_STATUSES is data.DEAL_STATUSES


@pytest.mark.parametrize(
    ("module", "allowed"),
    [
        ("aifin_lib.contagion", ("aifin_lib.contagion",)),
        (
            "aifin_lib.circular",
            (
                "aifin_lib.circular",
                "aifin_lib.circular_deals",
                "aifin_lib.contagion",
                "aifin_lib.data",
            ),
        ),
    ],
)
def test_a_model_imports_only_what_it_uses(module: str, allowed: tuple[str, ...]) -> None:
    """``import aifin_lib.<model>`` loads the model and its own dependencies, not the chapter
    modules, charts or translations (which read data files at import): a broken chart or CSV
    cannot break the models."""
    code = (
        f"import sys, {module}; print(sorted(m for m in sys.modules if m.startswith('aifin_lib.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    loaded = ast.literal_eval(out.stdout.strip())
    extra = [m for m in loaded if not m.startswith(allowed)]
    assert loaded and not extra, extra
