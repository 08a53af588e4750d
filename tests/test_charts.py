"""Tests of the chart set-up: deterministic, offline output in notebooks and on the site."""

import json
from types import SimpleNamespace

import altair as alt
import pandas as pd
import pytest

from aifin_lib import charts, i18n
from aifin_lib.dashboard import WIDGET_MIMETYPE, Dashboard, Slider
from aifin_lib.site_render import VegaLiteSiteRenderer


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
    assert charts.chart_id(spec) == charts.chart_id(dict(spec))
    assert charts.chart_id(spec) != charts.chart_id(other)
    html0 = charts.chart_html(spec)
    html1 = charts.chart_html(spec, occurrence=1)
    assert f'id="{charts.chart_id(charts.site_spec(spec))}"' in html0
    assert f'id="{charts.chart_id(charts.site_spec(spec))}-1"' in html1


def test_chart_html_escapes_closing_script_tags():
    """A '</script>' inside a label cannot end the inline script early."""
    spec = dict(_chart().to_dict(), title="</script><b>x</b>")
    snippet = charts.chart_html(spec)
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
    assert "vegaEmbed" in first[0].astext()
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
    assert params["share"]["bind"]["name"].strip() == i18n.t("debt_share", "en")
    filters = [t["filter"] for t in spec.get("transform", [])]
    assert any("datum['share']" in f and "datum['total']" in f for f in filters)


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
    slider, output = panel.children[0], panel.children[-1]
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


@pytest.mark.parametrize("colour", charts.PALETTE)
def test_palette_contrast_on_white(colour):
    """WCAG 2.1 SC 1.4.11: graphical objects need a 3:1 contrast ratio against white."""
    ratio = 1.05 / (_luminance(colour) + 0.05)
    assert ratio >= 3.0, f"{colour} has contrast {ratio:.2f}:1 on white"
