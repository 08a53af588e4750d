"""Shared test settings.

Hypothesis runs derandomized (the same examples on every run), so CI results are
reproducible; set HYPOTHESIS_PROFILE=explore to search with fresh random examples.
"""

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("repeatable", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("explore", deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium through Playwright (``tools/sitecheck.py``), for the browser tests."""
    pytest.importorskip("playwright.sync_api")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    import sitecheck

    with sitecheck.launch() as chromium:
        yield chromium


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of the data set's folder (``data/``) in the test's own folder."""
    from aifin_lib import data

    target = tmp_path / "data"
    shutil.copytree(Path(data.DATA_DIR), target)
    return target


def _edit_cell(folder: Path, table: str, line: int, column: str, value: str) -> None:
    import pandas as pd

    path = folder / f"{table}.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[line - 2, column] = value
    frame.to_csv(path, index=False)


@pytest.fixture
def edit_cell() -> Callable[[Path, str, int, str, str], None]:
    """``edit_cell(folder, table, line, column, value)`` sets one cell of ``<table>.csv`` in
    ``folder``; ``line`` is the file's line number (the header is line 1)."""
    return _edit_cell
