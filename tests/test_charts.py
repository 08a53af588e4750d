"""Tests of the chart set-up: deterministic, offline output in notebooks and on the site."""

import html
import json
import re
from types import SimpleNamespace

import altair as alt
import pandas as pd
import pytest

from aifin_lib import i18n
from aifin_lib.viz import charts, site_render, sources, theme, vega
from aifin_lib.viz.charts import WIDGET_MIMETYPE
from aifin_lib.viz.dashboard import Choice, Dashboard, DateChoice, Slider, Toggle
from aifin_lib.viz.site_render import VegaLiteSiteRenderer


@pytest.fixture(autouse=True)
def _english():
    charts.setup("en")
    yield
    charts.setup("en")


def _chart():
    frame = pd.DataFrame({"year": ["2023", "2024"], "capex": [151.0, 223.0]})
    return alt.Chart(frame, description="capex").mark_bar().encode(x="year:O", y="capex:Q")


def test_renderer_is_deterministic_and_offline():
    """Rendering the same chart twice gives identical bundles with no script or CDN URL."""
    first = _chart()._repr_mimebundle_()
    second = _chart()._repr_mimebundle_()
    assert first == second
    text = json.dumps(first)
    for host in ("cdn.jsdelivr", "unpkg.com", "cdnjs"):
        assert host not in text
    bundle = first[0] if isinstance(first, tuple) else first
    assert set(bundle) == {charts.LAB_MIMETYPE, "text/plain"}
    assert bundle[charts.LAB_MIMETYPE]["$schema"].endswith("vega-lite/v5.json")


def test_theme_carries_the_language_locale():
    """The Dutch chart uses Dutch separators: the theme embeds the d3 locale of the language."""
    charts.setup("nl")
    spec = _chart().to_dict()
    assert spec["config"]["locale"]["number"]["decimal"] == ","
    charts.setup("en")
    assert _chart().to_dict()["config"]["locale"]["number"]["decimal"] == "."


def test_setup_rejects_unknown_language():
    """setup() names the parameter when the language is unknown."""
    with pytest.raises(ValueError, match="lang must be one of"):
        charts.setup("de")


def test_chart_html_ids_follow_the_spec():
    """Equal specs give equal ids, different specs different ids; repeats get a suffix."""
    spec = _chart().to_dict()
    other = dict(spec, description="other")
    assert vega.chart_id(spec) == vega.chart_id(dict(spec))
    assert vega.chart_id(spec) != vega.chart_id(other)
    html0 = site_render.chart_html(spec)
    html1 = site_render.chart_html(spec, occurrence=1)
    assert f'id="{vega.chart_id(charts.site_spec(spec))}"' in html0
    assert f'id="{vega.chart_id(charts.site_spec(spec))}-1"' in html1


def test_chart_html_escapes_closing_script_tags():
    """A '</script>' inside a label cannot end the inline script early."""
    spec = dict(_chart().to_dict(), title="</script><b>x</b>")
    snippet = site_render.chart_html(spec)
    assert snippet.count("</script>") == 1


def test_site_renderer_draws_vegalite_and_ranks_it_above_widgets():
    """The MyST-NB plugin turns stored Vega-Lite into an embed and drops live-widget views."""
    overrides = dict(((b, m), p) for b, m, p in VegaLiteSiteRenderer.mime_priority_overrides)
    assert overrides[("*", charts.LAB_MIMETYPE)] == 1
    assert overrides[("*", WIDGET_MIMETYPE)] is None
    document = SimpleNamespace()
    renderer = SimpleNamespace(renderer=SimpleNamespace(document=document))
    spec = charts.lab_spec(_chart().to_dict())
    data = SimpleNamespace(mime_type=charts.LAB_MIMETYPE, content=json.dumps(spec))
    first = VegaLiteSiteRenderer.handle_mime(renderer, data, False)
    second = VegaLiteSiteRenderer.handle_mime(renderer, data, False)
    assert 'class="aifin-chart-spec"' in first[0].astext()
    assert "vegaEmbed" not in first[0].astext()  # compiled to Vega: no Vega-Lite, no embed
    assert first[0].astext() != second[0].astext()  # two elements, two ids
    assert VegaLiteSiteRenderer.handle_mime(renderer, data, True) is None
    plain = SimpleNamespace(mime_type="text/plain", content="x")
    assert VegaLiteSiteRenderer.handle_mime(renderer, plain, False) is None


def _share_model(share: float, total: float) -> pd.DataFrame:
    return pd.DataFrame({"part": ["debt", "cash"], "usd_bn": [total * share, total * (1 - share)]})


def _dashboard():
    return Dashboard(
        _share_model,
        [Slider("share", "debt_share", 0.0, 1.0, 0.25, 0.5),
         Slider("total", "amount", 100.0, 300.0, 100.0, 200.0)],
        lambda base: base.mark_bar().encode(x="part:N", y="usd_bn:Q"),
    )


def test_dashboard_grid_is_the_model_on_every_slider_position():
    """The static grid holds the model's output for all 5 x 3 slider combinations."""
    grid = _dashboard().grid()
    assert len(grid) == 5 * 3 * 2
    row = grid[(grid["share"] == 0.25) & (grid["total"] == 300.0) & (grid["part"] == "debt")]
    assert row["usd_bn"].item() == pytest.approx(75.0)


def test_dashboard_static_chart_binds_one_slider_per_parameter():
    """The site view has one bound range input per slider and filters the grid by them."""
    spec = _dashboard().static_chart().to_dict()
    params = {p["name"]: p for p in spec["params"]}
    assert set(params) == {"share", "total"}
    assert params["share"]["bind"]["input"] == "range"
    assert params["share"]["bind"]["name"] == i18n.t("debt_share", "en")
    filters = [t["filter"] for t in spec.get("transform", [])]
    assert any('datum["share"]' in f and 'datum["total"]' in f for f in filters)


def test_dashboard_bundle_offers_widget_and_static_views():
    """Displayed, a dashboard offers the live widget view and the same static view each time."""
    first = _dashboard()._repr_mimebundle_()
    second = _dashboard()._repr_mimebundle_()
    assert WIDGET_MIMETYPE in first
    assert first[WIDGET_MIMETYPE]["model_id"] != second[WIDGET_MIMETYPE]["model_id"]
    first.pop(WIDGET_MIMETYPE)
    second.pop(WIDGET_MIMETYPE)
    assert first == second  # everything nbval compares is deterministic
    assert charts.LAB_MIMETYPE in first
    assert first["text/plain"] == "<Dashboard with sliders: share, total>"


def test_dashboard_live_chart_calls_the_model():
    """The live view at share 1.0 draws the whole total as debt."""
    data = _dashboard().live_chart(share=1.0).to_dict()
    values = next(iter(data["datasets"].values()))
    assert {"part": "debt", "usd_bn": 200.0} in values


def test_dashboard_widget_redraws_on_slider_move():
    """Moving a live slider replaces the chart in the output area with the new model result."""
    panel = _dashboard().widget()
    slider, output = panel.children[0].children[1].children[0], panel.children[-1]
    before = json.dumps(output.outputs, sort_keys=True)
    slider.value = 1.0
    after = json.dumps(output.outputs, sort_keys=True)
    assert before != after
    assert '"usd_bn": 200.0' in after


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"start": 0.0, "stop": 1.0, "step": 0.0, "value": 0.5}, "step > 0"),
        ({"start": 1.0, "stop": 0.0, "step": 0.1, "value": 0.5}, "stop > start"),
        ({"start": 0.0, "stop": 1.0, "step": 0.1, "value": 2.0}, "outside"),
        ({"start": 0.0, "stop": 1.0, "step": 0.3, "value": 0.5}, "not on the step grid"),
        ({"start": 0.0, "stop": float("nan"), "step": 0.1, "value": 0.5}, "finite"),
    ],
)
def test_slider_bad_input(kwargs, message):
    """A slider with an impossible range, step or value is refused with a clear message."""
    with pytest.raises(ValueError, match=message):
        Slider("share", "debt_share", **kwargs)


def test_dashboard_refuses_nan_from_the_model():
    """A model that returns NaN on the grid is caught before it reaches a chart."""
    def broken(share: float) -> pd.DataFrame:
        return pd.DataFrame({"x": [1.0 / share - 1.0 / share if share else float("nan")]})

    board = Dashboard(broken, [Slider("share", "debt_share", 0.0, 1.0, 0.5, 0.5)],
                      lambda b: b.mark_point().encode(x="x:Q"))
    with pytest.raises(ValueError, match="NaN or infinite"):
        board.grid()


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize("colour", theme.PALETTE)
def test_palette_contrast_on_white(colour):
    """WCAG 2.1 SC 1.4.11: graphical objects need a 3:1 contrast ratio against white."""
    ratio = 1.05 / (_luminance(colour) + 0.05)
    assert ratio >= 3.0, f"{colour} has contrast {ratio:.2f}:1 on white"


# --- dark mode -------------------------------------------------------------------------


def _contrast(a: str, b: str) -> float:
    la, lb = _luminance(a), _luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


@pytest.mark.parametrize("colour", theme.DARK_PALETTE)
def test_dark_palette_contrast_on_the_dark_page(colour):
    """WCAG 2.1 SC 1.4.11 in dark mode: every palette colour has 3:1 on the dark background."""
    ratio = _contrast(colour, theme.DARK_BACKGROUND)
    assert ratio >= 3.0, f"{colour} has contrast {ratio:.2f}:1 on {theme.DARK_BACKGROUND}"


def test_dark_mode_maps_every_chart_colour_with_enough_contrast():
    """Every light colour the charts use has a dark twin; inks reach 4.5:1, graphics 3:1."""
    used = {*theme.PALETTE, *theme.EXTRA_COLOURS, theme.INK, "#222", "#333", "#111", "white"}
    assert used <= set(theme.DARK_COLOURS)
    for light, dark in theme.DARK_COLOURS.items():
        if light in ("white", "#fff", "#ffffff"):
            assert dark == theme.DARK_BACKGROUND
            continue
        if light in PALE_GREYS:  # grid lines
            continue
        needed = 4.5 if light in ("#111", "#111111", "#222", "#222222", "#333", "#333333") else 3.0
        assert _contrast(dark, theme.DARK_BACKGROUND) >= needed, (light, dark)
    # the dark palette keeps the hues distinct from one another
    assert len(set(theme.DARK_PALETTE)) == len(theme.PALETTE)


PALE_GREYS = ("#e6e6e6", "#dddddd")
"""Colours of grid lines, the only ones allowed below 3:1 on white."""


def test_every_colour_the_chart_modules_name_is_in_the_tested_palette():
    """A colour typed in a chart module has a dark-mode twin and, unless it is a grid line,
    3:1 contrast on white (WCAG 2.1 SC 1.4.11), like the palette itself."""
    from pathlib import Path

    import aifin_lib

    root = Path(aifin_lib.__file__).parent
    modules = [*root.glob("*_charts.py"), *root.glob("chapters/**/*.py"), *root.glob("viz/*.py")]
    for path in (m for m in modules if m.name != "theme.py"):  # theme.py defines the palettes
        for colour in re.findall(r"[\"'](#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})[\"']",
                                 path.read_text(encoding="utf-8")):
            if colour == theme.DARK_BACKGROUND:
                continue
            assert colour in theme.DARK_COLOURS, (path.name, colour)
            if colour not in PALE_GREYS and theme.DARK_COLOURS[colour] != theme.DARK_BACKGROUND:
                full = colour if len(colour) == 7 else "#" + "".join(c * 2 for c in colour[1:])
                assert _contrast(full, "#ffffff") >= 3.0, (path.name, colour)


def test_axis_max_leaves_headroom_and_rounds_up():
    """The top of an axis covers the largest value plus the headroom, on a round step."""
    assert theme.axis_max([650.0, 120.0], headroom=0.15) == 750.0
    assert theme.axis_max([725.0], headroom=0.0) == 750.0
    assert theme.axis_max([0.3], headroom=0.0) == pytest.approx(0.3)
    assert theme.axis_max([1999.0], headroom=0.1) == 2200.0
    for bad in ([], [float("nan")], [0.0, -1.0]):
        with pytest.raises(ValueError, match="values"):
            theme.axis_max(bad)


# --- control kinds ---------------------------------------------------------------------


def test_slider_readouts_follow_babel_in_both_languages():
    """Fractions read as percentages, amounts as money, multiples with ×; no padded zeros."""
    share = Slider("share", "debt_share", 0.0, 1.0, 0.1, 0.5, display="percent")
    rate = Slider("rate", "debt_share", 0.03, 0.09, 0.005, 0.065, display="percent")
    money = Slider("gpu", "debt_share", 25.0, 400.0, 25.0, 150.0, display="usd_bn")
    times = Slider("tco", "debt_share", 1.0, 3.0, 0.1, 2.0, display="multiple")
    assert share.text(0.5, "en") == "50%" and share.text(0.3, "nl") == "30%"
    assert rate.text(0.065, "nl") == "6,5%" and rate.text(0.07, "en") == "7%"
    assert money.text(150.0, "en") == "$150B"
    assert money.text(150.0, "nl").replace("\xa0", " ") == "US$ 150 mld."
    assert times.text(2.0, "en") == "2×" and times.text(2.1, "nl") == "2,1×"
    readouts = rate.readouts("en")
    assert readouts["0.065"] == "6.5%" and readouts["0.03"] == "3%"
    assert len(readouts) == len(rate.grid()) == 13


def test_every_readout_of_the_books_sliders_is_formatted():
    """No raw '0.5' or '5.00': every slider position of the chapters reads in the language."""
    from aifin_lib.chapters import capital_versus_return, introduction

    controls = [*introduction.financing_dashboard().controls,
                *capital_versus_return.dashboard_sliders(),
                *capital_versus_return.depreciation_dashboard().controls]
    for lang in i18n.LANGUAGES:
        for control in controls:
            for value, text in control.readouts(lang).items():
                assert not re.search(r"[.,]\d*0(?!\d)", text.replace("\xa0", " ").split(" ")[0]
                                     .rstrip("%×")), (control.name, value, text)
                if control.display == "percent":
                    assert text.endswith("%"), text


def test_choice_binds_select_radio_or_slider():
    """A choice is a drop-down, radio buttons, or a slider over its options with label readouts."""
    options = [("announced_too", "circular_status_announced_too"),
               ("binding_only", "circular_status_binding_only")]
    select = Choice("st", "circular_status_control", options, "binding_only")
    radio = Choice("st", "circular_status_control", options, "announced_too", widget="radio")
    slide = Choice("st", "circular_status_control", options, "binding_only", widget="slider")
    spec = select.vega_param("nl").param.to_dict()
    assert spec["bind"]["input"] == "select" and spec["value"] == "binding_only"
    assert spec["bind"]["labels"] == [i18n.t(k, "nl") for _, k in options]
    assert radio.vega_param().param.to_dict()["bind"]["input"] == "radio"
    slid = slide.vega_param().param.to_dict()
    assert slid["bind"]["input"] == "range" and slid["value"] == 1
    assert slide.vega_value() == '["announced_too", "binding_only"][st]'
    assert slide.readouts("en") == {"0": i18n.t("circular_status_announced_too", "en"),
                                    "1": i18n.t("circular_status_binding_only", "en")}
    assert select.readouts() is None


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Choice("c", "circular_status_control", [("a", "circular_status_control")], "a"),
         "at least two"),
        (lambda: Choice("c", "circular_status_control",
                        [("a", "circular_status_control"), ("a", "circular_status_control")], "a"),
         "repeat"),
        (lambda: Choice("c", "circular_status_control",
                        [("a", "circular_status_control"), (1, "circular_status_control")], "a"),
         "must all be str"),
        (lambda: Choice("c", "circular_status_control",
                        [("a", "circular_status_control"), ("b", "circular_status_control")], "z"),
         "not an option"),
        (lambda: Choice("c", "circular_status_control",
                        [("a", "circular_status_control"), ("b", "circular_status_control")], "a",
                        widget="knob"), "widget must be"),
        (lambda: Choice("c", "no_such_key",
                        [("a", "circular_status_control"), ("b", "circular_status_control")], "a"),
         "label_key"),
        (lambda: DateChoice("d", "circular_date_control", ["2025-12-31", "2024-12-31"],
                            "2024-12-31"),
         "increasing"),
        (lambda: DateChoice("d", "circular_date_control", ["2025-13-31", "2026-01-01"],
                            "2026-01-01"),
         "ISO date"),
        (lambda: Toggle("t", "debt_share", value=1), "True or False"),
        (lambda: Slider("s", "debt_share", 0.0, 1.0, 0.1, 0.5, display="pct"), "display"),
        (lambda: Slider("9s", "debt_share", 0.0, 1.0, 0.1, 0.5), "identifier"),
    ],
)
def test_control_kinds_refuse_bad_input(make, message):
    """Impossible controls are refused with a message naming what is wrong."""
    with pytest.raises(ValueError, match=message):
        make()


def test_date_choice_reads_dates_in_the_language():
    """Dates show as dates, not as step numbers, in both languages."""
    dates = DateChoice("as_of", "circular_date_control", ["2024-12-31", "2026-06-30"], "2026-06-30")
    assert dates.readouts("nl") == {"0": "31 december 2024", "1": "30 juni 2026"}
    assert dates.readouts("en")["1"] == "June 30, 2026"
    assert dates.vega_param().param.to_dict()["value"] == 1


def _mixed_model(share: float, mode: str, stress: bool) -> pd.DataFrame:
    factor = {"low": 1.0, "high": 2.0}[mode] * (1.5 if stress else 1.0)
    return pd.DataFrame({"part": ["debt"], "usd_bn": [100.0 * share * factor]})


def _mixed_dashboard():
    return Dashboard(
        _mixed_model,
        [Slider("share", "debt_share", 0.0, 1.0, 0.5, 0.5, display="percent"),
         Choice("mode", "circular_status_control",
                [("low", "circular_status_announced_too"),
                 ("high", "circular_status_binding_only")],
                "low", widget="radio"),
         Toggle("stress", "debt_share")],
        lambda base: base.mark_bar().encode(x="part:N", y="usd_bn:Q"),
    )


def test_dashboard_takes_every_control_kind():
    """The grid spans choices and yes/no; the site filter and metadata follow each kind."""
    board = _mixed_dashboard()
    grid = board.grid()
    assert len(grid) == 3 * 2 * 2
    row = grid[(grid["share"] == 1.0) & (grid["mode"] == "high") & grid["stress"]]
    assert row["usd_bn"].item() == pytest.approx(300.0)
    spec = board.static_chart().to_dict()
    binds = {p["name"]: p["bind"]["input"] for p in spec["params"]}
    assert binds == {"share": "range", "mode": "radio", "stress": "checkbox"}
    condition = board.filter_expression()
    assert 'datum["mode"] === mode' in condition and 'datum["stress"] === stress' in condition
    meta = spec["usermeta"]["aifin"]
    assert meta["readouts"] == {"share": {"0": "0%", "0.5": "50%", "1": "100%"}}
    assert meta["rows"]["filter"] == condition
    assert meta["rows"]["columns"] == ["part", "usd_bn", "share", "mode", "stress"]


def test_dashboard_widget_has_the_same_kinds_and_labels():
    """Live: a slider with a Babel readout, radio buttons, a checkbox; a change redraws."""
    widgets = pytest.importorskip("ipywidgets")
    charts.setup("nl")
    panel = _mixed_dashboard().widget()
    slider_box, radio_box, check, output = panel.children
    label, (slider, readout) = slider_box.children[0], slider_box.children[1].children
    assert isinstance(slider, widgets.FloatSlider) and not slider.readout
    # The label is on its own line above the slider (a long one never narrows the track).
    assert label.value == i18n.t("debt_share", "nl") and not slider.description
    assert slider.tooltip == label.value and readout.value == "50%"
    radio_label, radio = radio_box.children
    assert radio_label.value and not radio.description
    assert isinstance(radio, widgets.RadioButtons)
    assert radio.options == ((i18n.t("circular_status_announced_too", "nl"), "low"),
                             (i18n.t("circular_status_binding_only", "nl"), "high"))
    assert isinstance(check, widgets.Checkbox) and check.value is False
    before = json.dumps(output.outputs, sort_keys=True)
    slider.value = 1.0
    assert readout.value == "100%"
    check.value = True
    after = json.dumps(output.outputs, sort_keys=True)
    assert before != after and '"usd_bn": 150.0' in after


def test_dashboard_refuses_what_is_not_a_control():
    """A dashboard names the bad control."""
    with pytest.raises(ValueError, match="must be controls"):
        Dashboard(_share_model, [("share", 0.5)], lambda b: b.mark_bar())


# --- the site's chart: compile step, toolbar, sources ----------------------------------


def test_vega_spec_adds_the_rows_the_chart_shows():
    """Compiled to Vega: the dashboard's filter and columns become the dataset the CSV reads."""
    board = _mixed_dashboard()
    vg = vega.vega_spec(board.static_chart().to_dict())
    rows = next(d for d in vg["data"] if d["name"] == vega.ROWS_DATASET)
    assert rows["transform"][0] == {"type": "filter", "expr": board.filter_expression()}
    assert rows["transform"][-1] == {"type": "project",
                                     "fields": ["part", "usd_bn", "share", "mode", "stress"]}
    source = next(d for d in vg["data"] if d["name"] == rows["source"])
    assert len(source["values"]) == 12  # the whole grid, filtered in the browser
    assert {s["name"] for s in vg["signals"] if "bind" in s} == {"share", "mode", "stress"}
    assert vg["usermeta"]["aifin"]["readouts"]["share"]["0.5"] == "50%"
    assert vg["config"]["aria"] is False  # no English ARIA text in a Dutch page
    assert "$schema" not in vg


def test_vega_spec_wraps_long_titles_for_phones():
    """On a phone a long title is set on lines of at most 36 characters; wide, on one line."""
    chart = _chart().properties(title="A title that is far too long for a phone screen to show")
    vg = vega.vega_spec(chart.to_dict())
    narrow, _, wide = vg["title"]["text"]["signal"].partition(" ? ")[2].rpartition(" : ")
    lines = json.loads(narrow)
    assert isinstance(lines, list) and len(lines) == 2
    assert all(len(line) <= vega.TITLE_WRAP for line in lines)
    assert json.loads(wide) == "A title that is far too long for a phone screen to show"
    assert {"name": vega.NARROW_SIGNAL, "value": False} in vg["signals"]


def test_expression_dashboard_rows_are_the_model_columns():
    """The capital panel's CSV rows are computed by the same formulas as its chart."""
    from aifin_lib.chapters import capital_versus_return as cvr

    vg = vega.vega_spec(cvr.capital_panel().static_chart().to_dict())
    rows = next(d for d in vg["data"] if d["name"] == vega.ROWS_DATASET)
    formulas = {t["as"]: t["expr"] for t in rows["transform"] if t["type"] == "formula"}
    for name, expr in cvr.DASHBOARD_EXPRESSIONS.items():
        assert formulas[name] == expr
    assert rows["transform"][-1]["fields"][: len(cvr.FIELDS)] == list(cvr.FIELDS)


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_chart_html_has_the_toolbar_in_the_page_language(lang):
    """Six tools, labelled from the catalogue; no editor link; panels tied to their buttons."""
    chart = sources.with_sources(_chart(), ["macro:hyperscaler_capex_2026", "deals:D14"])
    snippet = site_render.chart_html(chart.to_dict(), lang=lang)
    actions = re.findall(r'data-action="(\w+)"', snippet)
    assert actions == ["png", "svg", "csv", "link", "table", "sources"]
    for key in ("chart_link", "chart_table", "chart_sources", "chart_tools"):
        assert html.escape(i18n.t(key, lang)) in snippet
    for target in re.findall(r'aria-controls="([^"]+)"', snippet):
        assert f'id="{target}"' in snippet
    assert "editor" not in snippet.lower() and "vega.github.io" not in snippet
    assert 'href="data_appendix.html#data-macro-hyperscaler_capex_2026"' in snippet
    assert 'href="data_appendix.html#data-deals-D14"' in snippet
    assert snippet.count("<script") == 1 and "</script>" in snippet


def test_with_sources_refuses_unknown_rows():
    """A chart cannot cite a row that is not in data/."""
    with pytest.raises(ValueError, match="no row 'D999'"):
        sources.with_sources(_chart(), ["deals:D999"])
    with pytest.raises(ValueError, match="'<table>:<row id>'"):
        sources.with_sources(_chart(), ["D14"])


def test_every_chart_of_my_chapters_cites_its_data_rows():
    """Introduction, capital and circular charts list their sources, and each resolves."""
    from aifin_lib.chapters import capital_versus_return as cvr
    from aifin_lib.chapters import circular_financing
    from aifin_lib.chapters import introduction as intro

    built = [
        intro.financing_dashboard().static_chart(), intro.morgan_stanley_chart(),
        cvr.capex_chart(), cvr.nvidia_chart(), cvr.cahn_chart(),
        cvr.needed_chart(), cvr.depreciation_dashboard().static_chart(),
        cvr.financing_chart(), cvr.capital_panel().static_chart(),
        circular_financing.counting_chart(), circular_financing.dotcom_chart(),
    ]
    for chart in built:
        meta = chart.to_dict()["usermeta"]["aifin"]
        assert meta["sources"], chart
        panel = sources.sources_html(meta["sources"], "nl")
        assert panel.count("<li>") == len(meta["sources"])


def test_chart_assets_carry_vega_and_the_dark_theme():
    """The site gets Vega (the version vl-convert compiles for), the script and its theme."""
    import vl_convert

    assets = site_render.chart_assets()
    assert "window.vega" in assets["vega"] or "vega={}" in assets["vega"] or ".vega=" in assets[
        "vega"]
    if site_render.NODE_VEGA.is_dir():
        version = json.loads((site_render.NODE_VEGA / "package.json").read_text())["version"]
        assert version == vl_convert.get_vega_version()
        assert len(assets["vega"]) < 600_000
    assert "/*AIFIN_THEME*/" not in assets["script"]
    assert theme.DARK_BACKGROUND in assets["script"]
    assert "aifin-chart-toolbar" in assets["styles"]
