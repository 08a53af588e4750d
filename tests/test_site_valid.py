"""Every page of the built site is valid HTML for the Nu Html Checker.

Needs ``make book`` first and the pinned ``vnu-jar`` from npm (``npm ci``); Java runs it. All
pages of both languages and both editions, and the landing pages, are checked in one run.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import sitecheck  # noqa: E402  (tools/ is not a package)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def pages() -> list[Path]:
    """Every HTML page of the built site."""
    site = sitecheck.SITE
    if not (site / "index.html").is_file():
        pytest.fail(f"{site} has not been built: run `make book` first")
    if shutil.which("java") is None:
        pytest.fail("java is needed to run the Nu Html Checker (apt-get install default-jre)")
    return [site / p for p in sitecheck.pages(site, landing=True)]


def test_every_page_is_valid_html(pages):
    """The Nu Html Checker finds no error on any page (duplicate ids, bad nesting, ...)."""
    errors = sitecheck.run_vnu(pages)
    root = str(sitecheck.SITE) + "/"
    shown = [f"{e['url'].removeprefix('file:').removeprefix(root)}:{e.get('lastLine')}: "
             f"{e['message']}" for e in errors]
    assert len(pages) > 20
    assert not errors, f"{len(errors)} errors:\n" + "\n".join(shown[:40])


def test_the_checker_reports_an_invalid_page(tmp_path):
    """A page with a repeated id fails the check (the check itself works)."""
    if shutil.which("java") is None:
        pytest.fail("java is needed to run the Nu Html Checker")
    page = tmp_path / "bad.html"
    page.write_text('<!DOCTYPE html><html lang="en"><head><title>x</title></head><body>'
                    '<p id="a">1</p><p id="a">2</p></body></html>', encoding="utf-8")
    errors = sitecheck.run_vnu([page])
    assert any("Duplicate ID" in e["message"] for e in errors)
