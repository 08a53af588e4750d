"""Tests of aifin_lib.data: the curated tables load, validate, and resist double counting."""

import re
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
    if name == "calibration":
        # a calibration row cites its sources through the figures and deals its formula reads
        macro = pd.concat([data.load("macro"), data.load("history")]).set_index("metric_id")
        deals = data.load("deals").set_index("deal_id")
        for formula in frame["formula"]:
            for kind, key in re.findall(r"(metric|deal):(\w+)", formula):
                table = macro if kind == "metric" else deals
                assert set(data.source_ids(table.loc[key, "source_id"])) <= known, key
        return
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
        ("macro", "period_type", "projection", r"macro\.csv.*line 5, column 'period_type'"),
        ("macro", "period_type", "", r"macro\.csv.*line 5, column 'period_type'"),
        ("macro", "basis", "fact", r"macro\.csv.*line 5, column 'basis'"),
        ("history", "basis", "", r"history\.csv.*line 5, column 'basis'"),
        # a calendar-year row whose period names a quarter: the texts disagree
        ("macro", "period", "2025-Q3", r"macro\.csv.*line 5, column 'period'.*calendar_year"),
        ("history", "period", "2001-2005", r"history\.csv.*line 5, column 'period'"),
        ("events", "kind", "rumour", r"events\.csv.*line 5, column 'kind'"),
        ("events", "date", "Dec 2025", r"events\.csv.*line 5, column 'date'"),
        ("events", "date_precision", "week", r"events\.csv.*line 5, column 'date_precision'"),
        ("events", "deal_id", "D99", r"events\.csv.*line 5, column 'deal_id'.*D99"),
        ("events", "metric_id", "no_such_metric",
         r"events\.csv.*line 5, column 'metric_id'.*no_such_metric"),
        ("events", "source_id", "nowhere_2025_x", r"events\.csv.*line 5, column 'source_id'"),
    ],
)
def test_malformed_file_names_file_line_and_column(data_copy, edit_cell, name, column, value,
                                                   message):
    """A bad cell raises DataValidationError naming the file, the CSV line and the column."""
    folder = data_copy
    edit_cell(folder, name, 5, column, value)
    with pytest.raises(data.DataValidationError, match="(?s)" + message):
        data.load(name, folder)


def test_duplicate_id_is_reported(data_copy, edit_cell):
    """A repeated deal_id is caught by the schema."""
    folder = data_copy
    first = pd.read_csv(folder / "deals.csv", dtype=str, keep_default_na=False)["deal_id"][0]
    edit_cell(folder, "deals", 6, "deal_id", first)
    with pytest.raises(data.DataValidationError, match="deal_id"):
        data.load("deals", folder)


def test_missing_file_is_reported(data_copy):
    """A missing table names its path, for the table and for a table that refers to it."""
    folder = data_copy
    (folder / "history.csv").unlink()
    for name in ("history", "events"):
        with pytest.raises(FileNotFoundError, match="history"):
            data.load(name, folder)
    assert len(data.load("macro", folder)) > 0  # macro.csv does not refer to history.csv


def test_figure_lookup():
    """figure() returns the value, unit, period type, basis and the full source rows."""
    fig = data.figure("sequoia_2023_required_revenue")
    assert fig.value == 200.0 and fig.unit == "usd_bn"
    assert (fig.period_type, fig.basis) == ("run_rate", "scenario")
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


def test_deduplicated_view_resolves_a_total_into_its_parts():
    """Microsoft's first $1B (D35) is a part of its cumulative investment (D14b): both are kept,
    D14b with only the remainder, so the sum is D14b's amount, counted once."""
    deals = data.load("deals").set_index("deal_id")
    view = data.deals_deduplicated().set_index("deal_id")
    assert {"D14b", "D35"} <= set(view.index)
    assert view.loc["D14b", "remainder_of_total"]
    assert view.loc[["D14b", "D35"], "amount_usd_bn"].sum() == pytest.approx(
        deals.loc["D14b", "amount_usd_bn"])


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


# --------------------------------------------------------------------------------------
# periods, bases and the December 2026 update
# --------------------------------------------------------------------------------------

FIGURES = ("macro", "history")


def _figures() -> pd.DataFrame:
    return pd.concat([data.load(name) for name in FIGURES], ignore_index=True)


def test_period_vocabularies():
    """Forecasts are a basis, not a period type; every figure has both, from the vocabulary."""
    assert {"quarter", "half_year", "twelve_months", "fiscal_year", "calendar_year",
            "multi_year", "point_in_time", "run_rate"} <= set(data.PERIOD_TYPES)
    assert "projection" not in data.PERIOD_TYPES and "forecast" not in data.PERIOD_TYPES
    assert {"actual", "forecast", "guidance", "target", "estimate"} <= set(data.BASES)
    figures = _figures()
    assert figures["period_type"].isin(data.PERIOD_TYPES).all()
    assert figures["basis"].isin(data.BASES).all()
    # every period type and basis is used (a term nobody uses should not be in the schema)
    assert set(figures["period_type"]) == set(data.PERIOD_TYPES)
    assert set(figures["basis"]) == set(data.BASES)


@pytest.mark.parametrize(
    ("period", "period_type", "fits"),
    [
        ("2025-Q3", "quarter", True),
        ("FY2026-Q1", "quarter", True),
        ("2025", "quarter", False),
        ("2025-H1", "half_year", True),
        ("2025-H3", "half_year", False),
        ("2024-09/2025-08", "twelve_months", True),
        ("2024-09/2025-09", "twelve_months", False),  # thirteen months
        ("2024-09-01/2025-08-31", "twelve_months", False),  # write whole months
        ("FY2026", "fiscal_year", True),
        ("2026", "fiscal_year", False),
        ("2026", "calendar_year", True),
        ("FY2026", "calendar_year", False),
        ("2025-2028", "multi_year", True),
        ("2028-2025", "multi_year", False),
        ("2024/..", "multi_year", True),
        ("2001-01/2002-06", "multi_year", True),
        ("2025-01/2025-11", "multi_year", False),  # less than a year: a span
        ("2020-2024", "annual_average", True),
        ("2025-01/2025-11", "span", True),
        ("2025-09-01/2025-11-14", "span", True),
        ("54-day training run", "span", True),
        ("2025-2028", "span", False),
        ("2025-08-31", "point_in_time", True),
        ("2025-Q2", "point_in_time", True),
        ("2025-2041", "point_in_time", False),  # a stock has one date, never a span
        ("2025-01/2025-11", "point_in_time", False),
        ("2025-12", "run_rate", True),
        ("2025-2026", "run_rate", False),
    ],
)
def test_period_fits_known_answers(period, period_type, fits):
    """period_fits accepts exactly the documented forms of each period type."""
    assert data.period_fits(period, period_type) is fits


def test_period_fits_refuses_unknown_type():
    """An unknown period type is an error naming the parameter, not a silent False."""
    with pytest.raises(ValueError, match="period_type must be one of"):
        data.period_fits("2025", "projection")


@pytest.mark.parametrize(
    ("period", "entity", "first", "last"),
    [
        ("FY2026-Q1", "oracle", "2025-06", "2025-08"),  # Oracle's year ends in May
        ("FY2026", "oracle", "2025-06", "2026-05"),
        ("FY2026", "nvidia", "2025-02", "2026-01"),  # Nvidia's ends in January
        ("FY2026-Q4", "nvidia", "2025-11", "2026-01"),
        ("FY2025", "microsoft", "2024-07", "2025-06"),
        ("FY2026-Q3", "microsoft", "2026-01", "2026-03"),
        ("2025-H2", "", "2025-07", "2025-12"),
        ("2024-09/2025-08", "oracle", "2024-09", "2025-08"),
        ("2025-2028", "", "2025-01", "2028-12"),
        ("2025-08-31", "oracle", "2025-08", "2025-08"),
    ],
)
def test_period_range_known_answers(period, entity, first, last):
    """period_range turns period text into calendar months, with each firm's fiscal year."""
    start, end = data.period_range(period, entity)
    assert (str(start), str(end)) == (first, last)


def test_every_period_agrees_with_its_period_type():
    """A quarter names a quarter, twelve months are a 12-month span, a stock has one date."""
    figures = _figures()
    for _, row in figures.iterrows():
        assert data.period_fits(row["period"], row["period_type"]), row["metric_id"]
        span = data.period_range(row["period"], row["entity"])
        if row["period_type"] == "quarter":
            assert span is not None and (span[1] - span[0]).n == 2, row["metric_id"]
        if row["period_type"] in ("twelve_months", "fiscal_year", "calendar_year") and (
                "/FY" not in row["period"]):  # FYa/FYb: one fiscal year, differing by company
            assert span is not None and (span[1] - span[0]).n == 11, row["metric_id"]
        if row["period_type"] in ("point_in_time", "run_rate"):
            assert "/" not in row["period"], row["metric_id"]


def test_per_year_units_have_yearly_periods():
    """An amount per year is a rate or a year's flow: never a stock, quarter or multi-year sum."""
    figures = _figures()
    per_year = figures[figures["unit"] == "usd_bn_per_year"]
    assert len(per_year) > 10
    assert per_year["period_type"].isin(
        ["calendar_year", "fiscal_year", "twelve_months", "annual_average", "run_rate"]).all()
    averages = figures[figures["period_type"] == "annual_average"]
    assert averages["unit"].isin(["usd_bn_per_year", "percentage_points"]).all()


def _latest_publication(cell: str, published: pd.Series) -> pd.Period | None:
    months = [data.period_range(published[s])[1] for s in data.source_ids(cell)
              if pd.notna(published[s])]
    return max(months) if months else None


def test_actuals_are_not_told_before_their_period():
    """A forecast told as a fact is caught: an actual or estimate cannot describe a period
    that had not begun (a stock or rate) or ended (a flow) when its latest source appeared."""
    published = data.load("sources").set_index("source_id")["published"]
    checked = 0
    for _, row in _figures().iterrows():
        span = data.period_range(row["period"], row["entity"])
        latest = _latest_publication(row["source_id"], published)
        if row["basis"] not in ("actual", "estimate") or span is None or latest is None:
            continue
        moment = span[0] if row["period_type"] in ("point_in_time", "run_rate") else span[1]
        assert moment <= latest, (row["metric_id"], row["period"], str(latest))
        checked += 1
    assert checked > 150


def test_the_invariant_catches_a_forecast_labelled_actual():
    """The check above fails on a known forecast relabelled as an actual."""
    published = data.load("sources").set_index("source_id")["published"]
    row = data.load("macro").set_index("metric_id").loc["gartner_ai_spending_2026"]
    assert row["basis"] == "forecast"
    end = data.period_range(row["period"], row["entity"])[1]
    assert end > _latest_publication(row["source_id"], published)


def test_oracle_cash_flows_have_their_true_periods():
    """Oracle's -5.9 is twelve months to 31 Aug 2025, not a quarter; the quarter was -0.36."""
    ttm = data.figure("oracle_fcf_ttm_2025_08")
    assert (ttm.value, ttm.period_type, ttm.basis) == (-5.9, "twelve_months", "actual")
    assert [str(p) for p in data.period_range(ttm.period, "oracle")] == ["2024-09", "2025-08"]
    ocf = data.figure("oracle_ocf_ttm_2025_08")
    assert (ocf.value, ocf.period_type) == (21.5, "twelve_months")
    assert str(data.period_range(ocf.period, "oracle")[1]) == "2025-08"
    fy = data.figure("oracle_ocf_fy2026")
    assert (fy.value, fy.period_type, fy.period) == (32.0, "fiscal_year", "FY2026")
    quarter = data.figure("oracle_fcf_fy2026_q1")
    assert (quarter.value, quarter.period_type, quarter.period) == (-0.36, "quarter",
                                                                     "FY2026-Q1")
    # the quarter's cash flow adds up: operating cash flow minus capex
    ocf_q, capex_q = data.figure("oracle_ocf_fy2026_q1"), data.figure("oracle_capex_fy2026_q1")
    assert ocf_q.value - capex_q.value == pytest.approx(quarter.value, abs=0.06)
    # and so does the fiscal year: capex implied by the cash flows
    implied = data.figure("oracle_capex_fy2026_implied").value
    assert fy.value - data.figure("oracle_fcf_fy2026").value == pytest.approx(implied)
    with pytest.raises(KeyError):
        data.figure("oracle_2026q1_free_cash_flow")


def test_no_note_repeats_the_wrong_oracle_label():
    """Wherever the -$5.9B appears in a note, its clause says twelve months, never Q1."""
    notes = pd.concat([_figures()["note"], data.load("deals")["note"]]).dropna()
    mentions = [n for n in notes if "$5.9B" in n]
    assert len(mentions) >= 3
    for note in mentions:
        at = note.index("$5.9B")
        clause = note[max(0, at - 120): at + 120]
        assert "twelve months" in clause or "twelve-month" in clause, note
        assert not re.search(r"-\$5\.9B (in|for) (fiscal )?Q1", note), note


_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


@pytest.mark.parametrize(("name", "columns"), [
    ("macro", ("value",)), ("history", ("value",)),
    ("deals", ("amount_usd_bn", "years", "gigawatts")),
])
def test_no_row_holds_two_figures(name, columns):
    """Splitting left one plain number per cell: no '/', '->', ';', ranges or qualifiers."""
    raw = pd.read_csv(DATA / f"{name}.csv", dtype=str, keep_default_na=False)
    for column in columns:
        cells = raw[column][raw[column] != ""]
        bad = cells[~cells.str.match(_NUMBER)]
        assert bad.empty, bad.to_dict()
    if name != "deals":
        periods = raw["period"]
        assert not periods.str.contains("->|;| / | and ", regex=True).any()
        assert (periods.str.count("/") <= 1).all()


def test_events_are_dated_sourced_and_linked():
    """events.csv: known kinds, real dates, and links to existing deals and figures."""
    events = data.load("events")
    assert events["event_id"].is_unique and events["kind"].isin(data.EVENT_KINDS).all()
    deals = set(data.load("deals")["deal_id"])
    metrics = set(_figures()["metric_id"])
    for _, row in events.iterrows():
        if pd.notna(row["deal_id"]):
            assert set(data.source_ids(row["deal_id"])) <= deals
        if pd.notna(row["metric_id"]):
            assert set(data.source_ids(row["metric_id"])) <= metrics


@pytest.mark.parametrize(("event_id", "kind", "date", "link"), [
    ("oracle_2025_12_cds_high", "market_stress", "2025-12-02", "oracle_cds_5y_2025_12_02"),
    ("blue_owl_2025_12_michigan_withdrawal", "financing_withdrawn", "2025-12-17", "D45"),
    ("oracle_2026_03_abilene_expansion_cancelled", "project_cancelled", "2026-03-01", "D46"),
    ("openai_2026_04_missed_targets", "missed_target", "2026-04-27",
     "chatgpt_wau_target_2025_12"),
    ("jpm_2026_06_capacity_behind_schedule", "construction_delay", "2026-06-03",
     "jpm_2026_dc_capacity_2027_not_started"),
    ("softbank_2026_03_sp_outlook_negative", "rating_action", "2026-03-01", "B10"),
    ("oracle_2026_01_bondholder_suit", "lawsuit", "2026-01-01", None),
])
def test_dated_stress_events_are_findable(event_id, kind, date, link):
    """The dated signs of stress that chapters cite can be looked up with their links."""
    events = data.load("events").set_index("event_id")
    row = events.loc[event_id]
    assert row["kind"] == kind and str(row["date"].date()) == date
    if link is not None:
        links = data.source_ids(row["deal_id"] if link[0] in "BD" and link[1].isdigit()
                                else row["metric_id"])
        assert link in links


@pytest.mark.parametrize("name", ["deals", "events"])
def test_date_precision_matches_the_date(name):
    """Month precision is written as the 1st, year precision as 1 January."""
    frame = data.load(name)
    column = "announced" if name == "deals" else "date"
    month = frame[frame["date_precision"] == "month"][column]
    year = frame[frame["date_precision"] == "year"][column]
    assert (month.dt.day == 1).all()
    assert ((year.dt.day == 1) & (year.dt.month == 1)).all()


def test_new_deals_use_the_vocabularies():
    """The 2026 deals: qualifiers as worded, money that did not flow marked stalled."""
    deals = data.load("deals").set_index("deal_id")
    new = [f"D{i}" for i in range(38, 48)] + ["D41b"] + [f"B{i:02d}" for i in range(8, 18)]
    assert set(new) <= set(deals.index)
    assert (deals.loc[["D45", "D46", "D47"], "status"] == "stalled").all()
    assert deals.loc["D44", "amount_qualifier"] == "at_least"  # "more than"
    assert (deals.loc[["B09", "B10"], "amount_qualifier"] == "up_to").all()  # "up to"
    assert (deals.loc[["D41b", "B15"], "amount_qualifier"] == "about").all()  # "roughly"
    assert deals.loc[["D24", "D24b"], "confidence"].eq("high").all()
    assert (deals.loc[["D24", "D24b"], "announced"] == pd.Timestamp("2026-04-20")).all()


def test_final_close_and_tallies_are_not_counted_twice():
    """D38 is the whole round of which D26/D26b/D26c are parts; D44 is a tally of which D26b
    and D10 are parts. The safe-to-sum view keeps the parts, which name who paid, and the
    totals' remainders: D26b is counted once although it is part of both totals."""
    deals = data.load("deals").set_index("deal_id")
    view = data.deals_deduplicated().set_index("deal_id")
    parts = ["D26", "D26b", "D26c", "D10"]
    assert set(parts) <= set(view.index)
    round_parts = deals.loc[["D26", "D26b", "D26c"], "amount_usd_bn"].sum()
    assert view.loc["D38", "amount_usd_bn"] == pytest.approx(
        deals.loc["D38", "amount_usd_bn"] - round_parts)
    counted = view.loc[[*parts, "D38", "D44"], "amount_usd_bn"].sum()
    whole = (deals.loc["D38", "amount_usd_bn"] + deals.loc["D44", "amount_usd_bn"]
             - deals.loc["D26b", "amount_usd_bn"])  # D26b is in both totals
    assert counted == pytest.approx(whole)
    groups = data.overlap_groups(deals.reset_index()).set_axis(deals.index)
    assert groups["D41"] == groups["D41b"] and groups["D39"] == groups["D22b"]
    assert not set(view.index) & {"D45", "D46", "D47"}  # money that did not flow


def test_pseudo_parties_have_no_country():
    """A country is empty exactly for capital_market pseudo-parties (groups of parties)."""
    companies = data.load("companies")
    pseudo = companies["kind"] == "capital_market"
    assert (companies["country"].isna() == pseudo).all()
    assert {"equity_investors", "several_investees"} <= set(companies.loc[pseudo, "company_id"])


@pytest.mark.parametrize("name", ["macro", "history", "events"])
def test_entities_that_are_ids_are_companies(name):
    """An entity written as a slug is a company_id of companies.csv."""
    companies = set(data.load("companies")["company_id"])
    entities = data.load(name)["entity"]
    slugs = entities[entities.str.fullmatch(r"[a-z][a-z0-9_]*")]  # not '360networks'
    assert set(slugs) <= companies, set(slugs) - companies


def test_sources_are_unique_and_tables_sorted():
    """One row per URL, and every table sorted by its id column (as documented)."""
    assert data.load("sources")["url"].is_unique
    ids = {"sources": "source_id", "companies": "company_id", "deals": "deal_id",
           "macro": "metric_id", "history": "metric_id", "events": "event_id"}
    for name, column in ids.items():
        raw = pd.read_csv(DATA / f"{name}.csv", dtype=str, keep_default_na=False)[column]
        assert list(raw) == sorted(raw), name
