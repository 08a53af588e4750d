"""The charts of the built site in headless Chromium: toolbar, controls, links, CSV, phones.

Needs ``make book`` first (``make test`` does it); honours ``AIFIN_BUILD_DIR``. Every request to
another host is blocked and counted. Chromium is Debian's (``/usr/bin/chromium``), driven by
Playwright; no browser is downloaded.
"""

from __future__ import annotations

import csv
import functools
import http.server
import io
import json
import os
import sys
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest

from aifin_lib.i18n import LANGUAGES

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import sitecheck  # noqa: E402  (tools/ is not a package)

SITE = Path(os.environ.get("AIFIN_BUILD_DIR", ROOT / "_build")).resolve() / "html"
ACTIONS = ["png", "svg", "csv", "link", "table", "sources"]
READY = "() => document.documentElement.dataset.aifinCharts === 'ready'"


def _chart_pages() -> list[str]:
    pages = []
    for lang in LANGUAGES:
        for path in sorted((SITE / lang).glob("*.html")):
            if 'class="aifin-chart"' in path.read_text(encoding="utf-8"):
                pages.append(path.relative_to(SITE).as_posix())
    return pages


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server():
    if not (SITE / "en").is_dir():
        pytest.fail(f"{SITE} has not been built: run `make book` first")
    handler = functools.partial(_Quiet, directory=str(SITE))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


class Visit:
    """One page in its own context: outside requests blocked, console errors collected."""

    def __init__(self, browser, url: str, width: int = 1280, dark: bool = False) -> None:
        self.context = browser.new_context(
            viewport={"width": width, "height": 900}, accept_downloads=True,
            color_scheme="dark" if dark else "light",
        )
        self.page = self.context.new_page()
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(f"{m.type}: {m.text}")
                     if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        host = urlparse(url).netloc
        self.page.route("**/*", functools.partial(sitecheck.keep_local, host, self.outside))
        if dark:
            self.page.add_init_script("localStorage.setItem('theme', 'dark');")
        self.page.goto(url, wait_until="load")
        self.page.wait_for_function(READY, timeout=30_000)

    def chart(self, figure: str):
        return self.page.locator(f"#{figure} .aifin-chart").first

    def close(self) -> None:
        self.context.close()


def _svg(chart) -> str:
    return chart.locator(".aifin-chart-view svg").first.inner_html()


def _signals(chart) -> dict:
    return chart.evaluate(
        "el => { const c = window.aifinCharts.find(x => x.el === el); return c.values(); }")


def _set_range(chart, name: str, value: str) -> None:
    chart.locator(f"input[type=range][name='{name}']").evaluate(
        "(el, v) => { el.value = v; el.dispatchEvent(new Event('input', {bubbles: true})); }",
        value)


def _wait_redraw(page, chart, before: str) -> str:
    handle = chart.element_handle()
    try:
        page.wait_for_function(
            "([el, old]) => el.querySelector('.aifin-chart-view svg').innerHTML !== old",
            arg=[handle, before], timeout=5_000)
    except Exception:  # the caller's assertion reports it
        pass
    return _svg(chart)


def _download(page, chart, action: str) -> bytes:
    with page.expect_download() as info:
        chart.locator(f"button[data-action={action}]").click()
    return Path(info.value.path()).read_bytes()


def _csv_rows(raw: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))


# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", _chart_pages())
def test_every_chart_has_its_toolbar_offline_and_clean(browser, server, path):
    """Each chart is drawn, has the six tools in the page's language, and the page is clean."""
    from aifin_lib import i18n

    lang = path.split("/", 1)[0]
    visit = Visit(browser, f"{server}/{path}")
    try:
        charts = visit.page.locator(".aifin-chart")
        assert charts.count() >= 1
        for index in range(charts.count()):
            chart = charts.nth(index)
            assert chart.locator(".aifin-chart-view svg").count() == 1
            actions = chart.locator(".aifin-chart-toolbar button").evaluate_all(
                "els => els.map(e => e.dataset.action)")
            assert actions == ACTIONS, f"{path}: chart {index} has tools {actions}"
            link = chart.locator("button[data-action=link]")
            assert link.inner_text() == i18n.t("chart_link", lang)
            chart.locator("button[data-action=table]").click()
            table = chart.locator(".aifin-chart-panel table")
            assert table.count() == 1, f"{path}: chart {index} has no table view"
            assert table.locator("th").count() >= 2
            assert table.locator("tbody tr").count() >= 1
            chart.locator("button[data-action=sources]").click()
            sources = chart.locator(".aifin-chart-panel a[href*='data_appendix.html#']")
            assert sources.count() >= 1, f"{path}: chart {index} lists no data rows"
        assert visit.outside == [], f"requests to other hosts: {visit.outside}"
        assert visit.errors == [], f"console: {visit.errors}"
    finally:
        visit.close()


def _ends(chart, name: str) -> list[str]:
    control = chart.locator(f"[name='{name}']").first
    kind = control.evaluate("el => el.type || el.tagName.toLowerCase()")
    if kind == "range":
        return [control.get_attribute("min"), control.get_attribute("max")]
    if kind == "select-one":
        options = control.locator("option").evaluate_all("els => els.map(e => e.value)")
        return [options[0], options[-1]]
    if kind == "radio":
        radios = chart.locator(f"input[name='{name}']")
        return [radios.first.get_attribute("value"), radios.last.get_attribute("value")]
    return ["false", "true"]  # checkbox


def _move(chart, name: str, value: str) -> None:
    control = chart.locator(f"[name='{name}']").first
    kind = control.evaluate("el => el.type || el.tagName.toLowerCase()")
    if kind == "range":
        _set_range(chart, name, value)
    elif kind == "select-one":
        control.select_option(value)
    elif kind == "radio":
        chart.locator(f"input[name='{name}'][value='{value}']").check()
    elif (value == "true") != control.is_checked():
        control.click()


@pytest.mark.parametrize("path", _chart_pages())
def test_every_control_changes_its_chart(browser, server, path):
    """From the chart's starting state, each bound control at each end redraws the chart."""
    visit = Visit(browser, f"{server}/{path}")
    dead = []
    try:
        charts = visit.page.locator(".aifin-chart")
        for index in range(charts.count()):
            chart = charts.nth(index)
            names = chart.evaluate(
                "el => window.aifinCharts.find(c => c.el === el).bound")
            for name in names:
                for end in _ends(chart, name):
                    visit.page.goto(f"{server}/{path}")  # back to the starting state
                    visit.page.wait_for_function(READY)
                    chart = visit.page.locator(".aifin-chart").nth(index)
                    start = _signals(chart)[name]
                    if str(start).lower() == str(end).lower() or (
                        isinstance(start, int | float) and not isinstance(start, bool)
                        and float(start) == float(end)
                    ):
                        continue  # already there
                    before = _svg(chart)
                    _move(chart, name, end)
                    if _wait_redraw(visit.page, chart, before) == before:
                        dead.append(f"chart {index} control {name} at {end}")
        assert not dead, f"{path}: controls that change nothing: {dead}"
        assert visit.errors == []
    finally:
        visit.close()


PHONE_SCALE = 0.8
"""The smallest share of its own width a chart may be scaled to on a 390 px phone (below it,
12 px text becomes smaller than 10 px)."""

PHONE_SCALE_EXCEPTIONS: dict[str, str] = {
    "fig-capital-panel": "its two summary lines above the bars (gap; debt coverage) are single"
                         " lines of text wider than a phone's column: about 0.7",
}
"""Charts allowed below :data:`PHONE_SCALE` on a phone, with the reason."""


@pytest.mark.parametrize("path", _chart_pages())
def test_charts_fit_a_phone(browser, server, path):
    """At 390 px no chart makes the page scroll sideways, and each chart fits its column
    without being scaled below :data:`PHONE_SCALE` of its own width (text stays legible)."""
    visit = Visit(browser, f"{server}/{path}", width=390)
    try:
        wide = visit.page.evaluate(
            "() => [...document.querySelectorAll('.aifin-chart')].filter(c =>"
            " c.querySelector('svg').getBoundingClientRect().right >"
            " document.documentElement.clientWidth + 1).map(c => c.id)")
        assert wide == [], f"{path}: charts wider than the screen: {wide}"
        assert visit.page.evaluate(
            "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        scales = visit.page.evaluate(
            "() => window.aifinCharts.map(c => { const svg = c.viewEl.querySelector('svg');"
            " const drawn = svg.getBoundingClientRect().width;"
            " return [c.key, drawn / Number(svg.getAttribute('width'))]; })")
        small = {key: round(scale, 2) for key, scale in scales
                 if scale < PHONE_SCALE and key not in PHONE_SCALE_EXCEPTIONS}
        assert small == {}, f"{path}: charts scaled below {PHONE_SCALE} on a phone: {small}"
    finally:
        visit.close()


_TABLE_AND_CSV = """el => {
  const chart = window.aifinCharts.find(c => c.el === el);
  el.querySelector('button[data-action=table]').click();
  const table = el.querySelector('.aifin-chart-panel table');
  const lines = chart.csv().trim().split('\\r\\n');
  return {key: chart.key, csvRows: lines.length - 1, csvColumns: lines[0].split(','),
          headers: [...table.querySelectorAll('th')].map(th => th.textContent),
          rowHeaders: table.querySelectorAll('th[scope=row]').length,
          bodyRows: table.querySelectorAll('tbody tr').length,
          cells: [...table.querySelectorAll('tbody tr')].map(tr =>
            [...tr.querySelectorAll('td')].map(td => td.textContent))};
}"""


@pytest.mark.parametrize("path", _chart_pages())
def test_table_view_covers_every_row_of_the_csv(browser, server, path):
    """Each chart's table view holds one row for each row of its CSV download (all panels,
    at the current control settings; a single row is set as one line per figure), with headers
    in the page's language rather than the CSV's column names."""
    visit = Visit(browser, f"{server}/{path}")
    try:
        shown = visit.page.locator(".aifin-chart")
        for index in range(shown.count()):
            got = shown.nth(index).evaluate(_TABLE_AND_CSV)
            key = got["key"]
            assert got["csvRows"] >= 1, f"{path}: {key} has an empty CSV"
            if got["csvRows"] == 1:
                assert got["rowHeaders"] == got["bodyRows"] >= 2, f"{path}: {key}"
            else:
                assert got["bodyRows"] == got["csvRows"], (
                    f"{path}: {key} table shows {got['bodyRows']} of {got['csvRows']} rows")
            assert len(got["headers"]) >= 2, f"{path}: {key}"
            raw = set(got["headers"]) & set(got["csvColumns"])
            assert not raw, f"{path}: {key} has CSV column names as headers: {raw}"
            assert all(any(cell for cell in row) for row in got["cells"]), f"{path}: {key}"
            raw_values = {"true", "false", "NaN", "undefined"} & {
                cell for row in got["cells"] for cell in row}
            assert not raw_values, f"{path}: {key} shows {raw_values}"
        assert visit.errors == []
    finally:
        visit.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_table_view_follows_the_controls(browser, server, lang):
    """The domino dashboard's table: every firm, lender and the suppliers (nine rows, as in the
    CSV), redrawn when a control moves; the mixer's four rows name losses and costs."""
    from aifin_lib import i18n

    visit = Visit(browser, f"{server}/{lang}/stagnation_scenario.html")
    try:
        chart = visit.chart("fig-stagnation-domino")
        got = chart.evaluate(_TABLE_AND_CSV)
        assert got["bodyRows"] == got["csvRows"] == 9
        firms = [row[0] for row in got["cells"]]
        assert "Oracle" in firms and "OpenAI" in firms
        before = _svg(chart)
        _set_range(chart, "outside", "1")
        _wait_redraw(visit.page, chart, before)
        again = chart.evaluate(_TABLE_AND_CSV)
        assert again["bodyRows"] == 9 and again["cells"] != got["cells"]
    finally:
        visit.close()
    visit = Visit(browser, f"{server}/{lang}/supervision_and_transparency.html")
    try:
        got = visit.chart("fig-supervision-mixer").evaluate(_TABLE_AND_CSV)
        assert got["bodyRows"] == got["csvRows"] == 4
        parts = {row[got["headers"].index(i18n.t("supervision_table_part", lang))]
                 for row in got["cells"]}
        assert parts == {i18n.t(k, lang) for k in ("supervision_part_covered",
                                                    "supervision_part_beyond",
                                                    "supervision_cost_forgone",
                                                    "supervision_cost_capital")}
    finally:
        visit.close()


def test_radio_buttons_stand_apart_from_their_text(browser, server):
    """Each radio button of a chart's controls has a gap of at least 4 px before its text."""
    visit = Visit(browser, f"{server}/nl/circular_financing.html")
    try:
        gaps = visit.page.evaluate(
            "() => [...document.querySelectorAll('.aifin-chart-controls input[type=radio]')]"
            ".map(r => { const text = [...r.parentElement.childNodes].find(n =>"
            " n.nodeType === Node.TEXT_NODE && n.textContent.trim());"
            " const range = document.createRange(); range.selectNodeContents(text);"
            " return range.getBoundingClientRect().left - r.getBoundingClientRect().right; })")
        assert len(gaps) >= 2
        assert min(gaps) >= 4, f"gaps between radio buttons and their text: {gaps}"
    finally:
        visit.close()


def _intro_model_rows(debt_share: float, interest_rate: float) -> list[dict[str, float]]:
    from aifin_lib.chapters import introduction

    frame = introduction.financing_dashboard().model(debt_share=debt_share,
                                                     interest_rate=interest_rate)
    return frame.assign(debt_share=debt_share, interest_rate=interest_rate).to_dict("records")


def _same_rows(csv_rows: list[dict[str, str]], model_rows: list[dict]) -> None:
    assert len(csv_rows) == len(model_rows)
    for got, want in zip(csv_rows, model_rows, strict=True):
        assert set(got) == {str(k) for k in want}
        for key, value in want.items():
            if isinstance(value, bool):
                assert got[key] == ("true" if value else "false")
            elif isinstance(value, int | float):
                assert float(got[key]) == pytest.approx(float(value), abs=1e-6), key
            else:
                assert got[key] == str(value), key


@pytest.mark.parametrize("lang", LANGUAGES)
def test_link_restores_the_controls_and_the_csv_is_the_model(browser, server, lang):
    """Set the introduction's sliders, copy the link, open it anew: same chart, same rows."""
    url = f"{server}/{lang}/introduction.html"
    first = Visit(browser, url)
    try:
        chart = first.chart("fig-intro-financing")
        before = _svg(chart)
        _set_range(chart, "debt_share", "0.8")
        _set_range(chart, "interest_rate", "0.085")
        after = _wait_redraw(first.page, chart, before)
        assert after != before
        assert _signals(chart) == {"debt_share": 0.8, "interest_rate": 0.085}
        readouts = chart.locator(".aifin-readout").all_inner_texts()
        assert readouts == ["80%", "8,5%" if lang == "nl" else "8.5%"]
        _same_rows(_csv_rows(_download(first.page, chart, "csv")), _intro_model_rows(0.8, 0.085))
        chart.locator("button[data-action=link]").click()
        link = chart.locator("input.aifin-chart-url").input_value()
        assert link.startswith(url + "#fig-intro-financing?")
        second = Visit(browser, link)
        try:
            again = second.chart("fig-intro-financing")
            assert _signals(again) == {"debt_share": 0.8, "interest_rate": 0.085}
            assert again.locator("input[name=debt_share]").input_value() == "0.8"
            assert _svg(again) == after
            other = second.page.locator(".aifin-chart").nth(1)
            assert _svg(other) == _svg(first.page.locator(".aifin-chart").nth(1))
            assert second.errors == [] and second.outside == []
        finally:
            second.close()
        assert first.errors == [] and first.outside == []
    finally:
        first.close()


def test_capital_panel_csv_is_the_model(browser, server):
    """The six-slider panel's CSV holds capital_dashboard()'s figures for the set sliders."""
    from aifin_lib.chapters import capital_versus_return as cvr

    visit = Visit(browser, f"{server}/en/capital_versus_return.html")
    try:
        chart = visit.chart("fig-capital-panel")
        before = _svg(chart)
        _set_range(chart, "useful_life", "4")
        _set_range(chart, "debt_share", "0.8")
        _wait_redraw(visit.page, chart, before)
        state = _signals(chart)
        rows = _csv_rows(_download(visit.page, chart, "csv"))
        model = cvr.dashboard_frame(**state).iloc[0].to_dict()
        assert len(rows) == 1
        for key in cvr.FIELDS:
            assert float(rows[0][key]) == pytest.approx(model[key], rel=1e-6, abs=1e-6), key
        assert float(rows[0]["useful_life"]) == 4.0
    finally:
        visit.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_network_link_and_csv(browser, server, lang):
    """The deal network: choose kinds, status and date; the CSV is the model's links then."""
    from aifin_lib.chapters import circular_financing as cc

    url = f"{server}/{lang}/circular_financing.html"
    first = Visit(browser, url)
    try:
        chart = first.chart("fig-circular-network")
        before = _svg(chart)
        chart.locator("select[name=circular_kinds]").select_option("money_flows")
        chart.locator("input[name=circular_statuses][value=binding_only]").check()
        _set_range(chart, "circular_as_of", "3")
        after = _wait_redraw(first.page, chart, before)
        assert after != before
        rows = _csv_rows(_download(first.page, chart, "csv"))
        seg = cc.network_frames(cc.book_deal_network(cc.KIND_PRESETS["money_flows"],
                                                     cc.STATUS_PRESETS["binding_only"],
                                                     cc.AS_OF_DATES[3])).segments
        want = seg[["from_id", "to_id", "kind", "amount", "circ", "deal_ids"]].to_dict("records")
        _same_rows(rows, want)
        chart.locator("button[data-action=link]").click()
        link = chart.locator("input.aifin-chart-url").input_value()
        second = Visit(browser, link, width=390)
        try:
            again = second.chart("fig-circular-network")
            assert _signals(again) == {"circular_kinds": "money_flows",
                                       "circular_statuses": "binding_only", "circular_as_of": 3}
            assert again.locator("select[name=circular_kinds]").input_value() == "money_flows"
            date = again.locator("input[name=circular_as_of] + span").inner_text()
            from aifin_lib import i18n

            assert date == i18n.fmt_date(cc.AS_OF_DATES[3], "day", lang)
        finally:
            second.close()
    finally:
        first.close()


def test_image_downloads_and_dark_mode(browser, server):
    """PNG and SVG come from Vega offline; in dark mode the chart turns dark, exports stay light."""
    visit = Visit(browser, f"{server}/en/introduction.html")
    try:
        chart = visit.page.locator(".aifin-chart").first
        png = _download(visit.page, chart, "png")
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 5_000
        svg = _download(visit.page, chart, "svg").decode("utf-8")
        assert svg.lstrip().startswith("<svg") and "<text" in svg
        background = "el => el.querySelector('.aifin-chart-view svg').style.backgroundColor"
        assert chart.evaluate(background) == "white"
        visit.page.evaluate("document.documentElement.dataset.theme = 'dark'")
        visit.page.wait_for_function(
            "() => window.aifinCharts.every(c => c.dark)", timeout=10_000)
        visit.page.wait_for_timeout(300)
        assert chart.evaluate(background) == "rgb(20, 24, 30)"  # the dark page behind it
        exported = _download(visit.page, chart, "svg").decode("utf-8")
        assert "#14181e" not in exported.lower()
        assert visit.errors == []
    finally:
        visit.close()


def test_table_view_is_in_the_page_language(browser, server):
    """The Dutch table view of the network has Dutch headers and one row per drawn deal."""
    from aifin_lib import i18n

    visit = Visit(browser, f"{server}/nl/circular_financing.html")
    try:
        chart = visit.chart("fig-circular-network")
        chart.locator("button[data-action=table]").click()
        headers = chart.locator(".aifin-chart-panel th").all_inner_texts()
        assert i18n.t("from_party", "nl") in headers and i18n.t("to_party", "nl") in headers
        rows = chart.locator(".aifin-chart-panel tbody tr").count()
        csv_rows = _csv_rows(_download(visit.page, chart, "csv"))
        assert rows == len(csv_rows)
        assert json.dumps(headers, ensure_ascii=False).count("from_id") == 0
    finally:
        visit.close()


_SOURCE_ROWS = """el => {
  const chart = window.aifinCharts.find(c => c.el === el);
  const typed = (row) => Object.fromEntries(
    Object.keys(row).sort().map(k => [k, [typeof row[k], row[k]]]));
  return chart.spec.data.filter(d => 'values' in d && !d.transform).map(d =>
    [d.name, typeof d.values === 'string' ? d.format.type : 'json',
     chart.view.data(d.name).map(typed)]);
}"""
"""Each source dataset of a chart as Vega holds it: name, form in the page, typed rows."""


def _typed_rows(values: list[dict]) -> list[dict]:
    """Rows as :data:`_SOURCE_ROWS` gives them: each value with its JavaScript type."""
    def typed(value):
        if value is None:
            return ["object", None]
        if isinstance(value, bool):
            return ["boolean", value]
        return ["number" if isinstance(value, int | float) else "string", value]

    return [{k: typed(row[k]) for k in sorted(row)} for row in values]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_chart_reads_the_rows_its_notebook_holds(browser, server, lang):
    """What Vega holds for each chart's inline data (large datasets come as CSV text) are the
    rows of the chart in its executed notebook, with the same types: numbers stay numbers, text
    stays text."""
    from aifin_lib.viz import charts, vega

    seen_csv = 0
    for path in _chart_pages():
        if not path.startswith(f"{lang}/"):
            continue
        # the notebook as the build ran it (tools/build_book.py: next to the site)
        executed = SITE.parent / "work" / "full" / lang / "jupyter_execute"
        notebook = executed / f"{Path(path).stem}.ipynb"
        specs = {}
        for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
            for output in cell.get("outputs", []):
                spec = output.get("data", {}).get(charts.LAB_MIMETYPE)
                if spec:
                    specs[vega.chart_id(charts.site_spec(spec))] = spec
        visit = Visit(browser, f"{server}/{path}")
        try:
            shown = visit.page.locator(".aifin-chart")
            for index in range(shown.count()):
                chart = shown.nth(index)
                key = "-".join(chart.get_attribute("id").split("-")[:2])
                compiled = vega.vega_spec(specs[key])
                want = {d["name"]: d["values"] for d in compiled["data"]
                        if isinstance(d.get("values"), list) and "transform" not in d}
                got = chart.evaluate(_SOURCE_ROWS)
                assert {name for name, _, _ in got} == set(want), f"{path}: chart {index}"
                for name, form, rows in got:
                    assert rows == _typed_rows(want[name]), f"{path}: chart {index} {name}"
                    seen_csv += form == "csv"
            assert visit.errors == []
        finally:
            visit.close()
    assert seen_csv >= 1, "expected the large datasets of the book as CSV on the pages"
