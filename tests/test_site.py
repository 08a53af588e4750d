"""The built site, opened page by page in headless Chromium as a reader would.

Needs ``make book`` first (``make test`` does it). Every request to a host other than the
local test server is blocked and counted: there must be none. Chromium is Debian's
(``/usr/bin/chromium``), driven by Playwright; no browser is downloaded.
"""

from __future__ import annotations

import functools
import http.server
import itertools
import os
import re
import shutil
import threading
from pathlib import Path
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
SITE = Path(os.environ.get("AIFIN_BUILD_DIR", ROOT / "_build")).resolve() / "html"
LANGUAGES = ("nl", "en")
EXERCISE = re.compile(r'class="[^"]*\bexercise\b[^"]*\badmonition\b')
SOLUTION = re.compile(r'class="[^"]*\bsolution\b[^"]*\badmonition\b')
# Records performance.now() when the first chart of the page has drawn its SVG or canvas.
FIRST_CHART_SCRIPT = """
new MutationObserver((records, observer) => {
  if (document.querySelector('.aifin-chart svg, .aifin-chart canvas')) {
    window.__aifinFirstChart = performance.now();
    observer.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
"""
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def _pages() -> list[str]:
    pages = []
    for lang in LANGUAGES:
        for path in sorted((SITE / lang).rglob("*.html")):
            rel = path.relative_to(SITE).as_posix()
            if "/_static/" not in rel and "/_sources/" not in rel:
                pages.append(rel)
    return pages


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server():
    if not (SITE / "index.html").is_file():
        pytest.fail(f"{SITE} has not been built: run `make book` first")
    handler = functools.partial(_Quiet, directory=str(SITE))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    executable = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class PageVisit:
    """Open one page with every outside request blocked and counted."""

    def __init__(self, browser, server: str, path: str) -> None:
        self.page = browser.new_page()
        self.outside: list[str] = []
        self.console_errors: list[str] = []
        self.page.on("console", self._on_console)
        self.page.on("pageerror", lambda error: self.console_errors.append(str(error)))
        host = urlparse(server).netloc
        self.page.route("**/*", functools.partial(self._route, host))
        self.page.add_init_script(FIRST_CHART_SCRIPT)
        self.response = self.page.goto(f"{server}/{path}", wait_until="load")
        self.page.wait_for_load_state("networkidle")

    def _on_console(self, message) -> None:
        if message.type in ("error", "warning"):
            self.console_errors.append(f"{message.type}: {message.text}")

    def _route(self, host: str, route) -> None:
        url = route.request.url
        parsed = urlparse(url)
        if parsed.scheme in ("data", "blob") or parsed.netloc == host:
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def charts_drawn(self) -> tuple[int, int]:
        """Wait for the charts, then return (charts, charts with an SVG or canvas)."""
        total = self.page.locator(".aifin-chart").count()
        if total:
            self.page.wait_for_function(
                "() => [...document.querySelectorAll('.aifin-chart')]"
                ".every(c => c.querySelector('svg, canvas'))",
                timeout=15_000,
            )
        drawn = self.page.locator(".aifin-chart:has(svg), .aifin-chart:has(canvas)").count()
        return total, drawn

    def weight(self) -> int:
        """Bytes of the page and everything it loaded."""
        return int(self.page.evaluate(
            "() => performance.getEntriesByType('navigation').concat("
            "performance.getEntriesByType('resource'))"
            ".reduce((s, e) => s + (e.encodedBodySize || 0), 0)"
        ))

    def first_chart_ms(self) -> float | None:
        """Milliseconds from navigation start until the first chart was drawn (None: none)."""
        value = self.page.evaluate("() => window.__aifinFirstChart ?? null")
        return None if value is None else float(value)

    def close(self) -> None:
        self.page.close()


def test_site_has_pages_in_both_languages():
    """Both language builds exist with the same page names."""
    pages = _pages()
    nl = {p.split("/", 1)[1] for p in pages if p.startswith("nl/")}
    en = {p.split("/", 1)[1] for p in pages if p.startswith("en/")}
    assert nl == en and "index.html" in nl and "introduction.html" in nl
    assert (SITE / "nl" / "searchindex.js").is_file() and (SITE / "en" / "searchindex.js").is_file()


@pytest.mark.parametrize("path", _pages())
def test_page_is_offline_clean_and_drawn(browser, server, path):
    """No outside request, no console error, every chart drawn, right lang and language links."""
    visit = PageVisit(browser, server, path)
    try:
        assert visit.response is not None and visit.response.ok
        total, drawn = visit.charts_drawn()
        assert visit.outside == [], f"requests to other hosts: {visit.outside}"
        assert visit.console_errors == [], f"console: {visit.console_errors}"
        assert drawn == total, f"{total - drawn} of {total} charts not drawn"
        lang, rest = path.split("/", 1)
        other = next(code for code in LANGUAGES if code != lang)
        assert visit.page.evaluate("document.documentElement.lang") == lang
        alternates = visit.page.eval_on_selector_all(
            "link[rel=alternate][hreflang]", "els => els.map(e => e.hreflang)")
        assert set(LANGUAGES) <= set(alternates)
        switch = visit.page.locator(f"a[hreflang={other}]")
        assert switch.count() >= 1 and switch.first.is_visible()
        href = switch.first.get_attribute("href")
        target = (SITE / lang / rest).parent / href
        assert target.resolve() == (SITE / other / rest).resolve()
        assert target.is_file()
    finally:
        visit.close()


def test_bound_slider_redraws_the_chart(browser, server):
    """Moving a Vega-Lite slider on a page changes the drawn chart (no kernel needed)."""
    moved = 0
    for path in _pages():
        if "aifin-chart" not in (SITE / path).read_text(encoding="utf-8"):
            continue
        visit = PageVisit(browser, server, path)
        try:
            visit.charts_drawn()
            charts = visit.page.locator(".aifin-chart:has(input[type=range])")
            for index in range(charts.count()):
                chart = charts.nth(index)
                before = chart.locator("svg").first.inner_html()
                chart.locator("input[type=range]").first.evaluate(
                    "el => { el.value = el.value === el.max ? el.min : el.max;"
                    " el.dispatchEvent(new Event('input', {bubbles: true})); }")
                handle = chart.element_handle()
                try:
                    visit.page.wait_for_function(
                        "([el, old]) => el.querySelector('svg').innerHTML !== old",
                        arg=[handle, before], timeout=5_000)
                except Exception:  # the assertion below reports it
                    pass
                after = chart.locator("svg").first.inner_html()
                assert before != after, f"{path}: slider {index} did not change the chart"
                moved += 1
        finally:
            visit.close()
    assert moved >= 2, "expected bound sliders on the introduction page in both languages"
    assert any("introduction" in p for p in _pages())


def test_landing_page_links_both_languages(browser, server):
    """The landing page is offline, clean, and links to both language editions."""
    visit = PageVisit(browser, server, "index.html")
    try:
        assert visit.outside == [] and visit.console_errors == []
        for lang in LANGUAGES:
            link = visit.page.locator(f"a[hreflang={lang}]").first
            assert link.get_attribute("href") == f"{lang}/index.html"
    finally:
        visit.close()


def test_page_weights_and_time_to_first_chart_are_reported(browser, server, capsys):
    """Print each page's weight and time to first chart; a page over 5 MB fails."""
    rows = []
    for path in _pages():
        visit = PageVisit(browser, server, path)
        try:
            total, _ = visit.charts_drawn()
            first = visit.first_chart_ms()
            rows.append((visit.weight(), path, total, first))
        finally:
            visit.close()
    with capsys.disabled():
        print("\npage weight (bytes), charts, time to first chart (ms):")
        for weight, path, total, first in sorted(rows, reverse=True):
            shown = "-" if first is None else f"{first:,.0f}"
            print(f"  {weight:>10,}  {total:>2}  {shown:>6}  {path}")
    assert max(rows)[0] < 5_000_000
    assert all(first is not None for _, _, total, first in rows if total)


@pytest.mark.parametrize("path", [p for p in _pages() if "/genindex" not in p])
def test_page_accessibility(browser, server, path):
    """Headings do not skip levels, charts have a text description, sliders take the keyboard."""
    visit = PageVisit(browser, server, path)
    try:
        visit.charts_drawn()
        levels = visit.page.eval_on_selector_all(
            "main h1, main h2, main h3, main h4, main h5, main h6",
            "els => els.map(e => Number(e.tagName[1]))")
        assert levels and levels[0] == 1, f"{path}: first heading is not h1 ({levels[:3]})"
        for before, after in itertools.pairwise(levels):
            assert after <= before + 1, f"{path}: heading h{before} followed by h{after}"
        labels = visit.page.eval_on_selector_all(
            ".aifin-chart", "els => els.map(e => e.getAttribute('aria-label') || '')")
        assert all(len(label) > 10 for label in labels), f"{path}: chart without description"
        sliders = visit.page.locator(".aifin-chart input[type=range]")
        if sliders.count():
            slider = sliders.first
            before = slider.input_value()
            slider.focus()
            visit.page.keyboard.press("ArrowRight" if before != slider.get_attribute("max")
                                      else "ArrowLeft")
            assert slider.input_value() != before, f"{path}: slider ignores the keyboard"
    finally:
        visit.close()


def _local_targets(page: Path) -> list[tuple[str, str]]:
    """(path, fragment) of every same-site link and resource of an HTML file."""
    text = page.read_text(encoding="utf-8")
    out = []
    for ref in re.findall(r'(?:href|src)="([^"]+)"', text):
        if re.match(r"^(?:[a-z]+:|//|#)", ref):
            continue
        target, _, fragment = ref.partition("#")
        out.append((target.split("?")[0], fragment))
    return out


def test_internal_links_resolve():
    """Every same-site link and resource of every page (both editions) exists, anchors too."""
    broken = []
    ids_cache: dict[Path, set[str]] = {}
    for page in SITE.rglob("*.html"):
        if "/_static/" in page.as_posix():
            continue
        for target, fragment in _local_targets(page):
            resolved = (page.parent / target).resolve() if target else page
            if not resolved.exists():
                broken.append(f"{page.relative_to(SITE)} -> {target}")
                continue
            if fragment and resolved.suffix == ".html":
                if resolved not in ids_cache:
                    html = resolved.read_text(encoding="utf-8")
                    ids_cache[resolved] = set(re.findall(r'id="([^"]+)"', html))
                if fragment not in ids_cache[resolved]:
                    broken.append(f"{page.relative_to(SITE)} -> {target}#{fragment}")
    assert not broken, f"{len(broken)} broken links, e.g. {broken[:10]}"


def test_student_edition_hides_every_solution():
    """make book also builds a student edition: same pages, exercises kept, no solutions."""
    for lang in LANGUAGES:
        full = sorted(p.relative_to(SITE / lang) for p in (SITE / lang).glob("*.html"))
        student = sorted(p.relative_to(SITE / "student" / lang)
                         for p in (SITE / "student" / lang).glob("*.html"))
        assert full == student
        exercises = solutions = 0
        for page in full:
            text = (SITE / lang / page).read_text(encoding="utf-8")
            hidden = (SITE / "student" / lang / page).read_text(encoding="utf-8")
            exercises += len(EXERCISE.findall(text))
            solutions += len(SOLUTION.findall(text))
            assert len(EXERCISE.findall(hidden)) == len(EXERCISE.findall(text))
            assert not SOLUTION.findall(hidden), f"student/{lang}/{page} shows a solution"
        assert exercises > 0 and solutions > 0
    assert (SITE / "student" / "index.html").is_file()
