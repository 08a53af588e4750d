"""Shared tools that look at the built site as a reader's browser does.

Used by the site tests (``tests/test_site*.py``) and the site benchmark (``benchmarks/site.py``):

- :func:`pages` lists the HTML pages of the built editions;
- :func:`serve` serves the site on 127.0.0.1, optionally gzipping text as a web host would;
- :func:`launch` starts Debian's Chromium through Playwright (no browser is downloaded);
- :class:`Visit` opens one page with every request to another host blocked and counted, and
  measures what it loaded (decoded and on the wire);
- :func:`run_axe` runs the pinned axe-core (``node_modules/axe-core``, from ``npm ci``) on an open
  page with the WCAG 2.0/2.1 A and AA rules;
- :func:`run_vnu` runs the pinned Nu Html Checker (``node_modules/vnu-jar``) on HTML files.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import json
import mimetypes
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import unquote, urlparse

ROOT = Path(__file__).resolve().parent.parent
BUILD = Path(os.environ.get("AIFIN_BUILD_DIR", ROOT / "_build")).resolve()
SITE = BUILD / "html"
NODE_MODULES = ROOT / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE_CLI = NODE_MODULES / "lighthouse" / "cli" / "index.js"
EDITIONS = ("", "student")
"""Folders of the editions under the site root: the full edition and the student edition."""
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
"""The axe-core rule tags of WCAG 2.1 levels A and AA."""
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# Records performance.now() when the first chart of the page has drawn its SVG or canvas.
FIRST_CHART_SCRIPT = """
new MutationObserver((records, observer) => {
  if (document.querySelector('.aifin-chart svg, .aifin-chart canvas')) {
    window.__aifinFirstChart = performance.now();
    observer.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
"""
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml",
                "application/xml", "text/javascript")


def languages(site: Path = SITE) -> list[str]:
    """The language folders of the full edition (those holding an ``index.html``)."""
    from aifin_lib import i18n

    return [lang for lang in i18n.LANGUAGES if (site / lang / "index.html").is_file()]


def pages(site: Path = SITE, editions: tuple[str, ...] = EDITIONS,
          landing: bool = False) -> list[str]:
    """Paths (relative to ``site``) of every HTML page of the given editions.

    Parameters
    ----------
    site : Path
        The site root (``_build/html``).
    editions : tuple of str
        Edition folders ("" is the full edition, "student" the student edition).
    landing : bool
        Also list each edition's bilingual landing page (``[<edition>/]index.html``).
    """
    from aifin_lib import i18n

    out = []
    for edition in editions:
        base = site / edition if edition else site
        if landing and (base / "index.html").is_file():
            out.append((base / "index.html").relative_to(site).as_posix())
        for lang in i18n.LANGUAGES:
            for path in sorted((base / lang).glob("*.html")):
                out.append(path.relative_to(site).as_posix())
    return out


def page_language(path: str) -> str | None:
    """The language of a page path (``"student/nl/x.html"`` -> ``"nl"``; landing page: None)."""
    from aifin_lib import i18n

    parts = path.split("/")
    for part in parts[:-1]:
        if part in i18n.LANGUAGES:
            return part
    return None


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serve files quietly; gzip text when ``gzip_text`` is set and the client accepts it."""

    gzip_text = False
    _cache: ClassVar[dict[str, bytes]] = {}

    def log_message(self, *args: object) -> None:
        pass

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_GET(self) -> None:
        if not self.gzip_text or "gzip" not in self.headers.get("Accept-Encoding", ""):
            super().do_GET()
            return
        path = Path(self.translate_path(unquote(urlparse(self.path).path)))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            self.send_error(404)
            return
        ctype = self.guess_type(str(path))
        body = path.read_bytes()
        headers = {"Content-Type": ctype}
        if ctype.startswith(COMPRESSIBLE) or ctype.endswith("+json"):
            key = str(path)
            if key not in self._cache:
                self._cache[key] = gzip.compress(body, compresslevel=6, mtime=0)
            body = self._cache[key]
            headers["Content-Encoding"] = "gzip"
        self.send_response(200)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(http.server.ThreadingHTTPServer):
    """A local server that does not report browsers closing connections early."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


mimetypes.add_type("text/javascript", ".mjs")
mimetypes.add_type("text/javascript", ".js")


@contextlib.contextmanager
def serve(site: Path = SITE, gzip_text: bool = False) -> Iterator[str]:
    """Serve ``site`` on 127.0.0.1 (a free port) and yield its base URL.

    Parameters
    ----------
    site : Path
        The folder to serve.
    gzip_text : bool
        Compress HTML, CSS, JavaScript, JSON and SVG with gzip (level 6), as a web host would.
    """
    handler_class = type("Handler", (_Handler,), {"gzip_text": gzip_text, "_cache": {}})
    handler = functools.partial(handler_class, directory=str(site))
    httpd = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def chromium_path() -> str:
    """Debian's Chromium (``chromium`` on the PATH or ``/usr/bin/chromium``)."""
    return shutil.which("chromium") or "/usr/bin/chromium"


def keep_local(host: str, outside: list[str], route: Any) -> None:
    """Let a Playwright request to ``host`` (or a ``data:``/``blob:`` URL) through; abort any
    other and add its URL to ``outside``."""
    parsed = urlparse(route.request.url)
    if parsed.scheme in ("data", "blob") or parsed.netloc == host:
        route.continue_()
    else:
        outside.append(route.request.url)
        route.abort()


@contextlib.contextmanager
def launch() -> Iterator[Any]:
    """Start headless Chromium through Playwright and yield the browser."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Visit:
    """One page opened in a fresh browser context, every outside request blocked and counted.

    Attributes
    ----------
    outside : list of str
        URLs of requests to a host other than the local server (aborted).
    failed : list of str
        Local requests answered with an HTTP error (e.g. a 404).
    console : list of str
        Console errors and warnings, and uncaught page errors.
    """

    browser: Any
    base: str
    path: str
    viewport: tuple[int, int] = (1280, 900)
    color_scheme: str = "light"
    outside: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.context = self.browser.new_context(
            viewport={"width": self.viewport[0], "height": self.viewport[1]},
            color_scheme=self.color_scheme)
        self.page = self.context.new_page()
        self.page.on("console", self._on_console)
        self.page.on("pageerror", lambda error: self.console.append(f"pageerror: {error}"))
        self.page.on("response", self._on_response)
        host = urlparse(self.base).netloc
        self.page.route("**/*", functools.partial(keep_local, host, self.outside))
        self.page.add_init_script(FIRST_CHART_SCRIPT)
        self.response = self.page.goto(f"{self.base}/{self.path}", wait_until="load")
        self.page.wait_for_load_state("networkidle")

    def _on_console(self, message: Any) -> None:
        if message.type in ("error", "warning"):
            self.console.append(f"{message.type}: {message.text}")

    def _on_response(self, response: Any) -> None:
        if response.status >= 400:
            self.failed.append(f"{response.status} {response.url}")

    def charts_drawn(self, timeout_ms: int = 15_000) -> tuple[int, int]:
        """Wait for the charts, then return (charts, charts with an SVG or canvas)."""
        total = self.page.locator(".aifin-chart").count()
        if total:
            self.page.wait_for_function(
                "() => [...document.querySelectorAll('.aifin-chart')]"
                ".every(c => c.querySelector('svg, canvas'))",
                timeout=timeout_ms,
            )
        drawn = self.page.locator(".aifin-chart:has(svg), .aifin-chart:has(canvas)").count()
        return total, drawn

    def resources(self) -> list[dict[str, Any]]:
        """The page and everything it loaded: url, decoded bytes and bytes on the wire."""
        return self.page.evaluate(
            "() => performance.getEntriesByType('navigation')"
            ".concat(performance.getEntriesByType('resource'))"
            ".map(e => ({url: e.name, decoded: e.decodedBodySize || 0,"
            " wire: e.encodedBodySize || 0}))")

    def weight(self) -> tuple[int, int]:
        """(decoded bytes, bytes on the wire) of the page and everything it loaded."""
        entries = self.resources()
        return (sum(e["decoded"] for e in entries), sum(e["wire"] for e in entries))

    def first_chart_ms(self) -> float | None:
        """Milliseconds from navigation start until the first chart was drawn (None: none)."""
        value = self.page.evaluate("() => window.__aifinFirstChart ?? null")
        return None if value is None else float(value)

    def close(self) -> None:
        """Close the page and its context."""
        self.context.close()


def run_axe(page: Any) -> list[dict[str, Any]]:
    """Run axe-core's WCAG 2.1 A/AA rules on an open page; return its violations.

    Each violation is ``{"id", "impact", "help", "nodes": [css selector, ...]}``.
    """
    if not AXE_JS.is_file():
        raise FileNotFoundError(f"{AXE_JS} is missing: run `npm ci` in {ROOT}")
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate(
        "async (tags) => { const r = await axe.run(document, "
        "{runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});"
        " return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.map(n => n.target.join(' '))})); }",
        WCAG_TAGS)
    return list(result)


def run_vnu(files: list[Path]) -> list[dict[str, Any]]:
    """Check HTML files with the Nu Html Checker; return its error messages.

    Each message is ``{"url", "lastLine", "message", "extract"}`` (vnu's JSON output).
    """
    if not VNU_JAR.is_file():
        raise FileNotFoundError(f"{VNU_JAR} is missing: run `npm ci` in {ROOT}")
    java = shutil.which("java") or "/usr/bin/java"
    messages: list[dict[str, Any]] = []
    for start in range(0, len(files), 200):
        chunk = [str(f) for f in files[start:start + 200]]
        done = subprocess.run(
            [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--stdout", *chunk],
            capture_output=True, text=True, check=False)
        report = json.loads(done.stdout or '{"messages": []}')
        messages.extend(m for m in report["messages"] if m.get("type") == "error")
    return messages


def run_lighthouse(url: str, categories: tuple[str, ...] = (
        "performance", "accessibility", "best-practices", "seo")) -> dict[str, Any]:
    """Run the pinned Lighthouse (mobile, simulated throttling) on ``url``; return its report."""
    if not LIGHTHOUSE_CLI.is_file():
        raise FileNotFoundError(f"{LIGHTHOUSE_CLI} is missing: run `npm ci` in {ROOT}")
    env = dict(os.environ, CHROME_PATH=chromium_path())
    done = subprocess.run(
        ["node", str(LIGHTHOUSE_CLI), url, "--output=json", "--output-path=stdout", "--quiet",
         "--only-categories=" + ",".join(categories),
         "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
        capture_output=True, text=True, check=False, env=env, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"lighthouse failed ({done.returncode}): {done.stderr[-2000:]}")
    return json.loads(done.stdout)



JS = Path(__file__).resolve().parent / "js"


def _browser_function(name: str) -> str:
    """A browser function kept in ``tools/js/<name>`` (its leading comment left out)."""
    lines = (JS / name).read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("//"))


INTERFACE_STRINGS_SCRIPT = _browser_function("interface_strings.js")
"""Browser function returning every interface string of a page (see the file's comment)."""
PAGE_FACTS_SCRIPT = _browser_function("page_facts.js")
"""Browser function returning the page's language, head links, description and headings."""
