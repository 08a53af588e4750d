"""The site's chart payload: large inline datasets written as CSV that Vega reads back unchanged.

Vega itself (run by ``vl_convert``, the Vega the site ships) reads each form of a dataset; a
text mark per field writes back every value with its type, so a number that came back as text,
a ``null`` that came back as ``""`` or a shifted row shows up.
"""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aifin_lib.viz import site_render
from aifin_lib.viz.site_render import COMPACT_DATA_ABOVE, chart_html, compact_data

vl_convert = pytest.importorskip("vl_convert")


def _typed_text(field: str) -> str:
    """A Vega expression that writes ``datum[field]`` with a one-letter type in front."""
    f = f"datum[{json.dumps(field)}]"
    return (f'!isDefined({f}) ? "u" : {f} === null ? "z" : isNumber({f}) ? "n" + {f}'
            f' : isBoolean({f}) ? "b" + {f} : isString({f}) ? "s" + {f} : "o"')


def _vega_reads(datasets: list[dict[str, Any]], fields: list[str]) -> list[list[tuple]]:
    """The rows of each dataset as Vega reads them: ``[(type, value), ...]`` per row."""
    data, marks = [], []
    for index, dataset in enumerate(datasets):
        data.append({**dataset, "name": f"d{index}"})
        marks += [{"type": "text", "from": {"data": f"d{index}"},
                   "encode": {"enter": {"text": {"signal": _typed_text(f)}}}} for f in fields]
    graph = vl_convert.vega_to_scenegraph({"data": data, "marks": marks})
    drawn = graph["scenegraph"]["items"][0]["items"]
    assert len(drawn) == len(marks)
    read = []
    for index in range(len(datasets)):
        columns = [[_decode(item["text"]) for item in mark["items"]]
                   for mark in drawn[index * len(fields):(index + 1) * len(fields)]]
        read.append([tuple(row) for row in zip(*columns, strict=True)])
    return read


def _decode(text: str) -> tuple:
    kind, value = text[0], text[1:]
    if kind == "n":
        return ("n", float(value))
    return (kind, value) if kind in "sb" else (kind,)


def _typed(rows: list[dict[str, Any]], fields: list[str]) -> list[tuple]:
    """What the rows are in Python, in the form of :func:`_vega_reads`."""
    def one(value: Any) -> tuple:
        if value is None:
            return ("z",)
        if isinstance(value, bool):
            return ("b", "true" if value else "false")
        if isinstance(value, int | float):
            return ("n", float(value))
        return ("s", value)

    return [tuple(one(row[f]) for f in fields) for row in rows]


def _compact(rows: list[dict[str, Any]], above: int = 0) -> dict[str, Any]:
    return compact_data({"data": [{"name": "t", "values": rows}]}, above)["data"][0]


AWKWARD = [
    {"label": "Oracle, Inc.", "kind": "firm", "wave": "1", "code": "007", "note": 'say "hi"',
     "usd_bn": 0, "growth": -0.45, "tiny": 1e-07, "big": 1.5e21, "whole": 12.0,
     "flag": True, "maybe": None, "text_or_none": None, "empty": ""},
    {"label": "line\nbreak", "kind": "bank", "wave": "10", "code": "1e3", "note": "€ – é",
     "usd_bn": 17.25, "growth": 0.15, "tiny": -0.0, "big": -3, "whole": 2027,
     "flag": False, "maybe": 3.5, "text_or_none": "true", "empty": "x"},
    {"label": " padded ", "kind": "carriage\rreturn", "wave": "", "code": "NaN", "note": ",",
     "usd_bn": 421.0, "growth": 0.1 + 0.2, "tiny": 5e-324, "big": 2**53, "whole": -1,
     "flag": None, "maybe": None, "text_or_none": "", "empty": "</script>"},
]
"""Rows with what CSV could get wrong: separators, quotes, line breaks, numeric-looking text,
``None`` beside numbers, booleans and text, the extremes of float64."""


def test_awkward_rows_stay_json_when_one_column_mixes_none_and_empty_text():
    """``None`` and ``""`` in one text column cannot both come back from CSV: JSON is kept."""
    assert _compact(AWKWARD) == {"name": "t", "values": AWKWARD}


def test_awkward_rows_round_trip_through_vega():
    """Vega reads the CSV form into exactly the rows of the JSON form, types included."""
    rows = [{k: v for k, v in row.items() if k != "text_or_none"} for row in AWKWARD]
    fields = sorted(rows[0])
    compact = _compact(rows)
    assert compact["format"] == {"type": "csv", "parse": {
        "big": "number", "flag": "boolean", "growth": "number", "maybe": "number",
        "tiny": "number", "usd_bn": "number", "whole": "number"}}
    assert isinstance(compact["values"], str)
    from_csv, from_json = _vega_reads([compact, {"values": rows}], fields)
    assert from_csv == from_json == _typed(rows, fields)


def test_text_with_none_comes_back_as_null():
    """A text column with ``None`` (and no ``""``) is parsed as ``string``: empty cells are null."""
    rows = [{"name": name, "n": i} for i, name in enumerate(["a", None, "b,c", None] * 20)]
    compact = _compact(rows)
    assert compact["format"]["parse"] == {"n": "number", "name": "string"}
    (read,) = _vega_reads([compact], ["n", "name"])
    assert read == _typed(rows, ["n", "name"])


def test_a_one_column_dataset_with_gaps_stays_json():
    """In a one-column CSV a missing value is a blank line, which Vega drops at the end."""
    rows = [{"v": v} for v in [1, None, 2, None, None, 3, None] * 30]
    assert _compact(rows) == {"name": "t", "values": rows}
    whole = [{"v": v} for v in [1, 2.5, -3] * 100]
    compact = _compact(whole)
    assert compact["values"].endswith("\n-3") and compact["format"]["parse"] == {"v": "number"}
    (read,) = _vega_reads([compact], ["v"])
    assert read == _typed(whole, ["v"])


def _domino_like() -> list[dict[str, Any]]:
    """A grid of scenario rows shaped as the stagnation chapter's domino chart data."""
    rows = []
    for growth in (-0.45, -0.25, -0.05, 0.15):
        for outside in (0.25, 0.5, 0.75, 1):
            for residual in (0.15, 0.35, 0.55):
                for shock in ("none", "Oracle", "CoreWeave"):
                    for label, kind, wave in (("OpenAI", "firm", "1"), ("Banks", "credit", "0"),
                                              ("All suppliers", "lost", "0")):
                        rows.append({"growth": growth, "kind": kind, "label": label,
                                     "outside": outside, "residual": residual, "shock": shock,
                                     "usd_bn": round(100 * growth * residual + 7, 3),
                                     "wave": wave, "year": 2027})
    return rows


def test_a_scenario_grid_round_trips_at_under_half_the_size():
    """The domino chart's kind of grid: same rows through Vega, less than half the characters."""
    rows = _domino_like()
    fields = sorted(rows[0])
    spec = {"data": [{"name": "grid", "values": rows},
                     {"name": "shown", "source": "grid",
                      "transform": [{"type": "filter", "expr": "datum.kind === 'firm'"}]}]}
    compact = compact_data(spec)
    assert spec["data"][0]["values"] is rows  # the spec given is not changed
    assert compact["data"][1] == spec["data"][1]
    grid = compact["data"][0]
    assert grid["format"] == {"type": "csv", "parse": {
        "growth": "number", "outside": "number", "residual": "number", "usd_bn": "number",
        "year": "number"}}  # wave stays text: "1" is not 1
    before = len(json.dumps(rows, separators=(",", ":")))
    assert len(json.dumps(grid["values"])) < before / 2
    from_csv, from_json = _vega_reads([grid, {"values": rows}], fields)
    assert from_csv == from_json == _typed(rows, fields)


@pytest.mark.parametrize("values, why", [
    ([{"a": 1, "b": "x"}, {"a": "2", "b": "y"}] * 200, "numbers and text in one column"),
    ([{"a": 1, "b": "x"}, {"a": 2}] * 200, "rows of different fields"),
    ([{"a": 1, "b": {"c": 2}}] * 200, "a nested value"),
    ([{"a": math.nan, "b": "x"}] * 200, "not a number"),
    ([[1, 2]] * 400, "rows that are not records"),
    ([{"a": True, "b": 1}, {"a": 1, "b": 1}] * 200, "booleans and numbers in one column"),
])
def test_what_csv_cannot_hold_stays_json(values, why):
    """A dataset CSV cannot restore exactly is left as it is."""
    assert _compact(values) == {"name": "t", "values": values}, why


def test_small_and_formatted_datasets_stay_json():
    """Datasets up to the threshold, and datasets with a format of their own, are left alone."""
    rows = [{"a": i, "b": "x"} for i in range(10)]
    assert len(json.dumps(rows, separators=(",", ":"))) <= COMPACT_DATA_ABOVE
    assert _compact(rows, COMPACT_DATA_ABOVE) == {"name": "t", "values": rows}
    dated = {"name": "t", "values": rows * 50, "format": {"parse": {"a": "date"}}}
    assert compact_data({"data": [dated]})["data"][0] is dated
    assert compact_data({"marks": []}) == {"marks": []}


def test_chart_html_writes_a_large_dataset_as_csv_and_keeps_the_script_closed():
    """On the page the chart's large dataset is CSV text; a '</script>' in it stays escaped."""
    rows = _domino_like()
    rows[0]["label"] = "</script><b>x</b>"
    spec = {"data": {"values": rows}, "mark": "point",
            "encoding": {"x": {"field": "growth", "type": "quantitative"},
                         "y": {"field": "usd_bn", "type": "quantitative"}},
            "description": "grid"}
    snippet = chart_html(spec, lang="en")
    assert snippet.count("</script>") == 1
    payload = snippet.split('class="aifin-chart-spec">', 1)[1].rsplit("</script>", 1)[0]
    vg = json.loads(payload.replace("<\\/", "</"))
    source = next(d for d in vg["data"] if "values" in d)
    assert source["format"]["type"] == "csv"
    assert source["values"].splitlines()[0] == ",".join(sorted(rows[0]))
    assert len(payload) < len(json.dumps(rows, separators=(",", ":"))) / 2


_NAMES = st.text(alphabet="abcdefghij_", max_size=6).map(lambda name: "f" + name)
# Control characters and non-characters aside: vl_convert's text layout cannot draw them.
_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cn"))
                | st.sampled_from(',"\n\r\t'), max_size=8)
_COLUMNS = {
    "number": st.integers(-(2**53), 2**53) | st.floats(allow_nan=False, allow_infinity=False),
    "number_or_none": st.none() | st.floats(allow_nan=False, allow_infinity=False, width=32),
    "boolean": st.booleans() | st.none(),
    "text": _TEXT,
    "text_or_none": st.none() | _TEXT.filter(bool),
}


@st.composite
def _records(draw: st.DrawFn) -> tuple[list[str], list[dict[str, Any]]]:
    names = draw(st.lists(_NAMES, min_size=1, max_size=4, unique=True))
    kinds = [draw(st.sampled_from(sorted(_COLUMNS))) for _ in names]
    count = draw(st.integers(1, 12))
    rows = [{n: draw(_COLUMNS[k]) for n, k in zip(names, kinds, strict=True)}
            for _ in range(count)]
    return sorted(names), rows


@settings(max_examples=15)
@given(_records())
def test_any_flat_records_come_back_from_csv(records):
    """Records of one shape written as CSV come back from Vega as the JSON form does."""
    fields, rows = records
    form = site_render._csv_form(rows)
    if form is None:  # the one shape CSV cannot hold among these columns
        assert len(fields) == 1 and any(row[fields[0]] is None for row in rows)
        return
    text, parse = form
    compact = {"values": text, "format": {"type": "csv", "parse": parse}}
    from_csv, from_json = _vega_reads([compact, {"values": rows}], fields)
    assert from_csv == from_json == _typed(rows, fields)
