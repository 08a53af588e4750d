"""One set of rules for a deal: ``deals.csv`` (the loader) and a model's table of deals
(:func:`aifin_lib.data.deals.check_deals`, used by :func:`aifin_lib.circular_deals.deal_network`)
refuse the same rows, naming the same column."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from aifin_lib import circular_deals, data
from aifin_lib.data.deals import DEAL_COLUMNS, check_deals, deal_row_problems

DATA = Path(data.DATA_DIR)


def _first_row(column: str) -> str:
    return str(data.load("deals").iloc[0][column])


BROKEN = [
    ("kind", "gift"),
    ("status", "rumoured"),
    ("confidence", "certain"),
    ("amount_usd_bn", "0"),
    ("amount_usd_bn", "-1"),
    ("amount_usd_bn", "a lot"),
    ("announced", "yesterday"),
    ("overlaps_with", "D999"),
    ("to_id", None),  # the payer: a deal with itself
]


def _value(column: str, value: str | None) -> str:
    return _first_row("from_id") if value is None else value


@pytest.mark.parametrize(("column", "value"), BROKEN)
def test_the_loader_and_the_model_refuse_the_same_row(tmp_path, column, value):
    """A broken cell in the first deal makes ``data.load`` fail (naming line 2 and the
    column) and ``deal_network`` on the same table fail (naming the column)."""
    value = _value(column, value)
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    path = folder / "deals.csv"
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    raw.loc[0, column] = value
    raw.to_csv(path, index=False)
    with pytest.raises(data.DataValidationError, match=rf"line 2, column '{column}'"):
        data.load("deals", folder)
    table = data.load("deals").copy()
    table[column] = table[column].astype(object)
    table.loc[0, column] = value
    with pytest.raises(ValueError, match=rf"deals\['{column}'\]"):
        circular_deals.deal_network(table)


def test_the_real_table_passes_unchanged():
    """``deals.csv`` as loaded passes check_deals with the same rows and values."""
    deals = data.load("deals")
    checked = check_deals(deals)
    assert deal_row_problems(deals) == []
    pd.testing.assert_frame_equal(checked[list(DEAL_COLUMNS)], deals[list(DEAL_COLUMNS)],
                                  check_dtype=False)


def test_check_deals_names_missing_columns_and_wrong_types():
    with pytest.raises(TypeError, match="deals must be a pandas DataFrame"):
        check_deals([1, 2])
    with pytest.raises(ValueError, match=r"deals is missing columns \['kind'\]"):
        check_deals(pd.DataFrame({"deal_id": ["D1"]}), ["deal_id", "kind"])


def test_the_flow_algebra_module_imports_no_deal_code():
    """``import aifin_lib.circular`` does not import the deal network; its former names still
    resolve there, to the deal module's objects."""
    script = (
        "import json, sys, aifin_lib.circular as c;"
        "before = 'aifin_lib.circular_deals' in sys.modules;"
        "from aifin_lib import circular_deals as d;"
        "print(json.dumps([before, c.deal_network is d.deal_network,"
        " 'deal_network' in c.__all__]))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)
    assert json.loads(done.stdout) == [False, True, False]
