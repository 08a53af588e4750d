"""Shared test settings.

Hypothesis runs derandomized (the same examples on every run), so CI results are
reproducible; set HYPOTHESIS_PROFILE=explore to search with fresh random examples.
"""

import os
import sys
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
