"""What the site's table view and CSV are built from: the rows dataset and the column words."""

from __future__ import annotations

import altair as alt
import pandas as pd

from aifin_lib.viz import vega
from aifin_lib.viz.dashboard import merge_usermeta


def _panels() -> alt.VConcatChart:
    first = pd.DataFrame({"who": ["a", "b"], "who_label": ["A", "B"], "usd_bn": [1.0, 2.0]})
    second = pd.DataFrame({"who": ["c"], "who_label": ["C"], "usd_bn": [3.0]})
    note = pd.DataFrame({"text": ["a note"]})

    def bars(frame: pd.DataFrame) -> alt.Chart:
        return alt.Chart(frame).mark_bar().encode(
            x=alt.X("usd_bn:Q", title="Axis words"),
            y=alt.Y("who_label:N", title=None),
            tooltip=[alt.Tooltip("who_label:N", title="Firm"),
                     alt.Tooltip("usd_bn:Q", title="US$ bn", format=",.1f")],
        )

    return alt.vconcat(bars(first), bars(second), alt.Chart(note).mark_text().encode(
        text="text:N"))


def test_rows_of_a_static_chart_are_every_panel_of_the_same_shape():
    spec = vega.vega_spec(_panels().to_dict())
    rows = next(d for d in spec["data"] if d["name"] == vega.ROWS_DATASET)
    assert isinstance(rows["source"], list) and len(rows["source"]) == 2
    shapes = {d["name"]: set(d["values"][0]) for d in spec["data"] if "values" in d}
    assert all(shapes[name] == {"who", "who_label", "usd_bn"} for name in rows["source"])


def test_headers_prefer_tooltip_titles_and_declared_words():
    spec = vega.vega_spec(_panels().to_dict())
    table = spec["usermeta"]["aifin"]["table"]
    assert table == {"headers": {"who_label": "Firm", "usd_bn": "US$ bn"},
                     "formats": {"usd_bn": ",.1f"}}
    declared = merge_usermeta(_panels(), {"headers": {"usd_bn": "Losses"},
                                          "formats": {"usd_bn": ",.2f"}})
    table = vega.vega_spec(declared.to_dict())["usermeta"]["aifin"]["table"]
    assert table["headers"]["usd_bn"] == "Losses" and table["formats"]["usd_bn"] == ",.2f"
