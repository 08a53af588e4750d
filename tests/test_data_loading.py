"""Where the data come from and when they are read: nothing at import, one file per need.

Importing the library (any module of it) opens no file of ``data/``; a malformed CSV breaks
only the calls that read it (with an error naming file, line and column); a library installed
without the repository says where it looked for the data and how to point it at them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import aifin_lib
from aifin_lib import data

PACKAGE = Path(aifin_lib.__file__).resolve().parent
DATA = Path(data.DATA_DIR)


def _run(script: str, *, cwd: Path, env: dict[str, str] | None = None) -> dict:
    """Run a Python script in a fresh interpreter; it prints one JSON object last."""
    environment = {k: v for k, v in os.environ.items() if k != data.DATA_DIR_ENV}
    environment.update(env or {})
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)], cwd=cwd, env=environment,
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def data_folder(data_copy):
    """A copy of data/ that the loader reads for the duration of a test."""
    folder = data_copy
    data.set_data_dir(folder)
    yield folder
    data.set_data_dir(None)


def test_importing_any_module_opens_no_data_file(tmp_path):
    """``import aifin_lib`` and every module of the package (pkgutil.walk_packages) open no
    file of data/ (nor a translation catalogue): an audit hook records every file opened, and
    the loader is pointed at a folder that does not exist, so a read at import would fail the
    import."""
    result = _run(
        f"""
        import importlib, json, os, pkgutil, sys
        WATCHED = ({str(DATA)!r}, {str(PACKAGE / "locale")!r})
        opened = []

        def audit(event, args):
            if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
                path = os.fsdecode(args[0])
                if path.startswith(WATCHED):
                    opened.append(path)

        sys.addaudithook(audit)
        import aifin_lib
        imported, failed = [], {{}}
        for info in pkgutil.walk_packages(aifin_lib.__path__, "aifin_lib."):
            try:
                importlib.import_module(info.name)
                imported.append(info.name)
            except Exception as exc:  # reported below
                failed[info.name] = repr(exc)
        print(json.dumps({{"opened": opened, "imported": imported, "failed": failed}}))
        """,
        cwd=tmp_path,
        env={data.DATA_DIR_ENV: str(tmp_path / "nowhere")},
    )
    assert result["failed"] == {}
    assert result["opened"] == []
    expected = {"aifin_lib.capital_charts", "aifin_lib.intro", "aifin_lib.data.loader",
                "aifin_lib.chapters.introduction", "aifin_lib.chapters.capital_versus_return",
                "aifin_lib.chapters.capital_versus_return.prose",
                "aifin_lib.scenario.network", "aifin_lib.viz.dashboard", "aifin_lib.exercises"}
    assert expected <= set(result["imported"])


def test_a_broken_csv_breaks_only_the_calls_that_read_it(tmp_path, data_copy, edit_cell):
    """A malformed history.csv: the library, its translations and every call that reads other
    files still work; reading history.csv (directly, or through a table that refers to it)
    raises an error naming the file, the line and the column."""
    folder = data_copy
    edit_cell(folder, "history", 5, "value", "lots")
    result = _run(
        """
        import json
        import aifin_lib
        from aifin_lib import data, i18n
        out = {"year": i18n.t("year", "en"), "deals": len(data.load("deals")),
               "macro": data.metric_value("sequoia_2024_required_revenue"),
               "deduplicated": len(data.deals_deduplicated())}
        for call in ("load('history')", "load('events')", "figure('fiber_lit_share_2001')"):
            try:
                eval("data." + call)
                out[call] = "no error"
            except data.DataValidationError as exc:
                out[call] = str(exc)
        print(json.dumps(out))
        """,
        cwd=tmp_path,
        env={data.DATA_DIR_ENV: str(folder)},
    )
    assert result["year"] == "Year" and result["deals"] > 0
    assert result["macro"] == data.metric_value("sequoia_2024_required_revenue")
    assert result["deduplicated"] == len(data.deals_deduplicated())
    for call in ("load('history')", "load('events')", "figure('fiber_lit_share_2001')"):
        message = result[call]
        assert str(folder / "history.csv") in message, (call, message)
        assert "line 5, column 'value'" in message, (call, message)


def test_set_data_dir_reads_another_folder_and_is_undone(data_folder, edit_cell):
    """A changed figure in the copy is what the library reads; None restores the default."""
    edit_cell(data_folder, "macro", 2, "metric", "A figure renamed in the copy")
    assert data.data_dir() == data_folder.resolve()
    renamed = data.load("macro").loc[0, "metric"]
    assert renamed == "A figure renamed in the copy"
    data.set_data_dir(None)
    assert data.data_dir() == DATA
    assert data.load("macro").loc[0, "metric"] != renamed


def test_a_changed_file_is_read_again(data_folder, edit_cell):
    """The cache holds a table only while its file is unchanged."""
    metric_id = data.load("macro").loc[0, "metric_id"]
    before = data.metric_value(metric_id)
    edit_cell(data_folder, "macro", 2, "value", str(before + 1000.5))
    assert data.metric_value(metric_id) == pytest.approx(before + 1000.5)


def test_the_default_network_is_one_shared_object():
    """Every chapter and the policy levers share the one cached default network."""
    from aifin_lib import scenario, stagnation_charts

    assert stagnation_charts.network() is scenario.default_network()
    assert scenario.default_network() is scenario.default_network()


def test_without_the_repository_the_error_says_where_and_how(tmp_path):
    """The package alone (as a wheel installs it, without data/): loading a table says which
    folder it looked in and names AIFIN_DATA_DIR and set_data_dir(); with the variable set,
    the same installation reads the data."""
    site = tmp_path / "site"
    shutil.copytree(PACKAGE, site / "aifin_lib",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    script = f"""
        import json
        import aifin_lib.data as d
        assert d.__file__.startswith({str(site)!r}), d.__file__
        try:
            out = {{"deals": len(d.load("deals"))}}
        except FileNotFoundError as exc:
            out = {{"error": str(exc)}}
        print(json.dumps(out))
        """
    env = {"PYTHONPATH": str(site)}
    alone = _run(script, cwd=tmp_path, env=env)
    message = alone["error"]
    assert str(site / "data") in message
    assert "AIFIN_DATA_DIR" in message and "set_data_dir" in message
    pointed = _run(script, cwd=tmp_path, env={**env, data.DATA_DIR_ENV: str(DATA)})
    assert pointed["deals"] == len(data.load("deals"))


def test_a_missing_data_folder_passed_as_argument_is_named(tmp_path):
    """``load(name, data_dir)`` with a folder that does not exist names it."""
    with pytest.raises(FileNotFoundError, match=r"nowhere.*passed as data_dir"):
        data.load("deals", tmp_path / "nowhere")


def test_every_public_name_of_the_former_module_is_importable():
    """The names the former ``aifin_lib/data.py`` exported, with the same signatures."""
    import inspect

    former = ["ASSUMPTION_UNITS", "BASES", "CALIBRATION_ITEMS", "CALIBRATION_PERIOD_TYPES",
              "CONFIDENCE", "DATA_DIR", "DEAL_KINDS", "DEAL_STATUSES", "EVENT_KINDS",
              "FISCAL_YEAR_END_MONTH", "LENDER_TYPES", "OVERLAP_PRIORITIES", "PERIOD_TYPES",
              "TABLES", "DataValidationError", "Figure", "deals_deduplicated", "figure", "load",
              "overlap_groups", "period_fits", "period_range", "resolve_deals", "source_ids",
              "UNITS", "COMPANY_KINDS", "SCHEMAS"]
    for name in former:
        assert getattr(data, name) is not None, name
    assert list(inspect.signature(data.load).parameters) == ["name", "data_dir"]
    assert list(inspect.signature(data.figure).parameters) == ["metric_id", "data_dir"]
    assert set(data.SCHEMAS) == set(data.TABLES)
