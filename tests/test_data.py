"""Tests of aifin_lib.data: the curated tables load, validate, and resist double counting."""

import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aifin_lib import data

DATA = Path(data.DATA_DIR)


@pytest.mark.parametrize("name", data.TABLES)
def test_every_table_loads_typed_with_sources(name):
    """Each table loads, has rows, and every row names at least one known source.

    Assumptions are the exception: those without a published basis have no source, and
    must then carry a rationale."""
    frame = data.load(name)
    assert len(frame) > 0
    known = set(data.load("sources")["source_id"])
    if name != "sources":
        for cell in frame["source_id"]:
            if name == "assumptions" and pd.isna(cell):
                continue  # an assumption without a published basis; its rationale says why
            ids = data.source_ids(cell)
            assert ids and set(ids) <= known


def test_deal_types():
    """Amounts are floats in USD bn (NaN when undisclosed, else > 0); dates are datetimes."""
    deals = data.load("deals")
    assert deals["amount_usd_bn"].dtype == float
    assert pd.api.types.is_datetime64_any_dtype(deals["announced"])
    disclosed = deals["amount_usd_bn"].dropna()
    assert (disclosed > 0).all()
    # a qualifier exactly when there is an amount
    assert (deals["amount_qualifier"].isna() == deals["amount_usd_bn"].isna()).all()


def test_load_returns_a_copy():
    """Changing a loaded table does not change what the next caller gets."""
    first = data.load("deals")
    first.loc[0, "amount_usd_bn"] = -1.0
    assert data.load("deals").loc[0, "amount_usd_bn"] != -1.0


def test_unknown_table_is_refused():
    """load() names the parameter and the known tables."""
    with pytest.raises(ValueError, match="name must be one of"):
        data.load("prices")


def test_overlaps_are_symmetric():
    """If deal A says it describes the same money as B, B says so of A."""
    deals = data.load("deals").set_index("deal_id")
    for deal_id, cell in deals["overlaps_with"].dropna().items():
        for other in data.source_ids(cell):
            assert deal_id in data.source_ids(deals.loc[other, "overlaps_with"])


def test_data_dictionary_documents_every_column():
    """data/README.md names every column of every table."""
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    for name in data.TABLES:
        for column in data.load(name).columns:
            assert f"`{column}`" in readme, f"{name}.{column} is not documented"


def _copy_data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def _edit(folder: Path, name: str, line: int, column: str, value: str) -> None:
    path = folder / f"{name}.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[line - 2, column] = value
    frame.to_csv(path, index=False)


@pytest.mark.parametrize(
    ("name", "column", "value", "message"),
    [
        ("deals", "amount_usd_bn", "-3", r"deals\.csv.*line 5, column 'amount_usd_bn'"),
        ("deals", "kind", "gift", r"deals\.csv.*line 5, column 'kind'"),
        ("deals", "status", "maybe", r"deals\.csv.*line 5, column 'status'"),
        ("deals", "announced", "22/09/2025", r"deals\.csv.*line 5, column 'announced'"),
        ("deals", "from_id", "acme", r"deals\.csv.*line 5, column 'from_id'.*acme"),
        ("deals", "overlaps_with", "D99", r"deals\.csv.*line 5, column 'overlaps_with'"),
        ("deals", "source_id", "nowhere_2025_x", r"deals\.csv.*line 5, column 'source_id'"),
        ("macro", "value", "lots", r"macro\.csv.*line 5, column 'value'"),
        ("macro", "unit", "usd_tn", r"macro\.csv.*line 5, column 'unit'"),
        ("companies", "listed", "maybe", r"companies\.csv.*line 5, column 'listed'"),
        ("sources", "url", "not a url", r"sources\.csv.*line 5, column 'url'"),
        ("history", "confidence", "certain", r"history\.csv.*line 5, column 'confidence'"),
    ],
)
def test_malformed_file_names_file_line_and_column(tmp_path, name, column, value, message):
    """A bad cell raises DataValidationError naming the file, the CSV line and the column."""
    folder = _copy_data(tmp_path)
    _edit(folder, name, 5, column, value)
    with pytest.raises(data.DataValidationError, match="(?s)" + message):
        data.load("deals", folder)


def test_duplicate_id_is_reported(tmp_path):
    """A repeated deal_id is caught by the schema."""
    folder = _copy_data(tmp_path)
    first = pd.read_csv(folder / "deals.csv", dtype=str, keep_default_na=False)["deal_id"][0]
    _edit(folder, "deals", 6, "deal_id", first)
    with pytest.raises(data.DataValidationError, match="deal_id"):
        data.load("deals", folder)


def test_missing_file_is_reported(tmp_path):
    """A missing table names its path."""
    folder = _copy_data(tmp_path)
    (folder / "history.csv").unlink()
    with pytest.raises(FileNotFoundError, match="history"):
        data.load("macro", folder)


def test_figure_lookup():
    """figure() returns the value, unit and the full source rows of a metric id."""
    fig = data.figure("sequoia_2023_required_revenue")
    assert fig.value == 200.0 and fig.unit == "usd_bn"
    assert fig.sources and all(s["url"].startswith("http") for s in fig.sources)
    with pytest.raises(KeyError, match="no_such_metric"):
        data.figure("no_such_metric")


def test_metric_ids_are_unique_across_tables():
    """A metric id names one figure in macro.csv and history.csv together."""
    ids = pd.concat([data.load("macro")["metric_id"], data.load("history")["metric_id"]])
    assert ids.is_unique


def test_deduplicated_view_counts_each_group_once():
    """The safe-to-sum view has one row per overlap group and no stalled or superseded deal."""
    view = data.deals_deduplicated()
    assert view["group"].is_unique
    assert not view["status"].isin(["stalled", "superseded"]).any()
    assert view["amount_usd_bn"].notna().all()
    assert view["amount_usd_bn"].sum() < data.load("deals")["amount_usd_bn"].sum()


def test_deduplicated_view_keeps_the_whole_not_the_part():
    """Microsoft's cumulative investment (D14b) is kept over its first tranche (D35)."""
    kept = set(data.deals_deduplicated()["deal_id"])
    assert "D14b" in kept and "D35" not in kept


@st.composite
def _deal_tables(draw):
    n = draw(st.integers(min_value=1, max_value=12))
    ids = [f"D{i:02d}" for i in range(n)]
    links = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=10))
    overlaps = {i: set() for i in ids}
    for a, b in links:
        if a != b:
            overlaps[ids[a]].add(ids[b])
            overlaps[ids[b]].add(ids[a])
    amounts = draw(st.lists(st.one_of(st.none(), st.floats(0.1, 100)), min_size=n, max_size=n))
    statuses = draw(st.lists(st.sampled_from(data.DEAL_STATUSES), min_size=n, max_size=n))
    return pd.DataFrame({
        "deal_id": ids,
        "overlaps_with": [";".join(sorted(overlaps[i])) or None for i in ids],
        "amount_usd_bn": [float("nan") if a is None else a for a in amounts],
        "status": statuses,
        "confidence": "high",
    })


@settings(max_examples=150, deadline=None)
@given(_deal_tables())
def test_deduplication_properties(deals):
    """Never two rows of one group; every kept row is the largest live amount of its group."""
    view = data.deals_deduplicated(deals)
    assert view["group"].is_unique
    groups = data.overlap_groups(deals)
    live = deals.assign(group=groups)
    live = live[~live["status"].isin(["stalled", "superseded"]) & live["amount_usd_bn"].notna()]
    assert set(view["group"]) == set(live["group"])
    for _, row in view.iterrows():
        assert row["amount_usd_bn"] == live.loc[live["group"] == row["group"],
                                                "amount_usd_bn"].max()


def test_source_ids_splitting():
    """Source cells split on ';' and ignore blanks."""
    assert data.source_ids(" a_1 ; b_2 ;") == ["a_1", "b_2"]
    assert re.fullmatch(r"[a-z0-9_]+", data.source_ids("x_2025_y")[0])


def test_every_assumption_has_a_rationale():
    """Every assumption says why its value was chosen."""
    assumptions = data.load("assumptions")
    assert assumptions["parameter"].is_unique
    assert (assumptions["rationale"].str.len() > 20).all()
