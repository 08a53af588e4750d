"""The chapters in JupyterLab, as a student opens and runs them (headless Chromium).

JupyterLab (``tools/lab.py``, the command of ``make lab``) serves a copy of ``book/`` on
127.0.0.1 with a token. For one chapter per language the test opens the notebook, checks what
a student sees before running anything, runs all cells, and checks again:

- every number of the prose shows (the published figures), no raw figure name, no MyST role
  or directive source, no error box ("Unknown Directive", unresolved reference), no English
  exercise labels in a Dutch chapter;
- no error output, no "Error displaying widget", the notebook is not marked changed on opening;
- every slider's track is wide enough to use and no drop-down cuts off the text of an option;
- no request leaves 127.0.0.1 and the browser console has no error nor warning.

Set ``AIFIN_LAB_SHOTS`` to a folder to keep screenshots (after opening and after running).
Chromium is Debian's (``/usr/bin/chromium``); no browser is downloaded.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest

from aifin_lib import prose

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import lab  # noqa: E402

CHAPTERS = [("nl", "capital_versus_return"), ("en", "introduction"), ("nl", "stagnation_scenario")]
# The narrowest a slider's track may be (px) at the width a 1400 px window gives a notebook.
MIN_TRACK_PX = 100
RUN_TIMEOUT_MS = 300_000
# Text that must never reach a student: MyST source, raw roles, error boxes, English labels.
FORBIDDEN = ["{eval}", "{term}", "{cite}", "{numref}", "{glue", "{doc}", ":::", "```",
             "Unknown Directive", "Cross Reference Not Found", "Error displaying widget",
             "Traceback", "Error loading remote page"]
FORBIDDEN_NL = ["Exercise", "Solution to", "Start of", "Figure "]
# JupyterLab's own timing notes on a busy machine: warnings about the machine, not the book.
SLOW_START = re.compile(r"Plugin \S+ (is taking too long|(\(with \d+ dependants\) )?took "
                        r"[\d.]+ ?ms) to activate")
CONSOLE_FAILURES = ("Cross reference target was not found", "No target for internal reference",
                    "Could not link citation")
RENDERED_MARKDOWN = """() => Array.from(document.querySelectorAll(
  '.jp-Notebook .jp-MarkdownCell .jp-MarkdownOutput, .jp-Notebook .jp-MarkdownCell .myst'))
  .map(e => e.textContent).join('\\n')"""
DONE = ("() => !Array.from(document.querySelectorAll('.jp-InputPrompt'))"
        ".some(e => e.textContent.includes('*'))")
# Per slider: its label and the width of its track; per drop-down option: its text, the width
# it needs in the drop-down's font and the width the drop-down has for it (all in px).
CONTROLS = """() => {
  const nb = document.querySelector('.jp-Notebook');
  const sliders = Array.from(nb.querySelectorAll('.widget-slider')).map(e => {
    const track = e.querySelector('.slider-container, .noUi-target, .slider');
    const box = e.closest('.widget-vbox');
    return [(box || e).innerText.replace(/\\s+/g, ' ').trim().slice(0, 80),
            track ? track.getBoundingClientRect().width : 0];
  });
  const probe = document.createElement('span');
  probe.style.cssText = 'position:absolute;visibility:hidden;white-space:pre';
  document.body.appendChild(probe);
  const options = [];
  for (const select of nb.querySelectorAll('.widget-dropdown select')) {
    const style = getComputedStyle(select);
    probe.style.font = style.font;
    const room = select.clientWidth - parseFloat(style.paddingLeft)
      - parseFloat(style.paddingRight);
    for (const option of select.options) {
      probe.textContent = option.text;
      options.push([option.text, probe.getBoundingClientRect().width, room]);
    }
  }
  probe.remove();
  return {sliders, options};
}"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def jupyterlab(tmp_path_factory):
    """JupyterLab on a copy of book/ (its autosave must not touch the repository)."""
    root = tmp_path_factory.mktemp("lab")
    shutil.copytree(ROOT / "book", root / "book",
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    # Draw every cell at once (JupyterLab otherwise draws only the cells in view), so the test
    # reads the whole chapter; this changes nothing else about how a cell renders.
    tracker = root / "user-settings" / "@jupyterlab" / "notebook-extension"
    tracker.mkdir(parents=True)
    (tracker / "tracker.jupyterlab-settings").write_text('{"windowingMode": "none"}')
    port, token = _free_port(), secrets.token_hex(16)
    args = lab.command(port=port, token=token, browser=False, root=root, extra=[
        f"--LabApp.user_settings_dir={root / 'user-settings'}",
        f"--LabApp.workspaces_dir={root / 'workspaces'}",
        "--LabApp.expose_app_in_browser=True",
    ])
    env = dict(os.environ, JUPYTER_RUNTIME_DIR=str(root / "runtime"))
    log = (root / "lab.log").open("w")
    process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=root)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail("JupyterLab did not start:\n" + (root / "lab.log").read_text())
            time.sleep(0.5)
    yield {"base": base, "token": token, "root": root}
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
    log.close()


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def _check_markdown(text: str, lang: str, figures: dict[str, str], used: set[str],
                    when: str) -> None:
    """What the rendered markdown cells must and must not show."""
    flat = _flat(text)
    for bad in FORBIDDEN + (FORBIDDEN_NL if lang == "nl" else []):
        assert bad not in flat, f"{when}: the notebook shows {bad!r}"
    shown_names = [name for name in figures if name in flat]
    assert not shown_names, f"{when}: raw figure names show: {shown_names}"
    missing = [name for name in sorted(used) if _flat(figures[name]) not in flat]
    assert not missing, f"{when}: numbers missing from the prose: {missing}"


@pytest.mark.parametrize(("lang", "chapter"), CHAPTERS)
def test_a_student_opens_and_runs_a_chapter(jupyterlab, browser, lang, chapter):
    path = f"book/{lang}/{chapter}.ipynb"
    notebook = json.loads((ROOT / path).read_text(encoding="utf-8"))
    figures = prose.stored_figures(notebook)
    used = {name for cell in notebook["cells"] if cell["cell_type"] == "markdown"
            for name in prose.eval_names("".join(cell["source"]))}
    assert figures and used, "the chapter publishes no prose figures"
    base, token = jupyterlab["base"], jupyterlab["token"]
    shots = os.environ.get("AIFIN_LAB_SHOTS")

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    foreign, console = [], []

    def on_request(request) -> None:
        url = urlparse(request.url)
        if url.scheme in ("http", "https", "ws", "wss") and url.hostname != "127.0.0.1":
            foreign.append(request.url)

    page.on("request", on_request)
    page.on("console", lambda m: console.append((m.type, m.text)))
    page.goto(f"{base}/lab/workspaces/{lang}-{chapter}/tree/{path}?reset&token={token}")
    page.wait_for_selector(".jp-Notebook .jp-MarkdownCell", state="attached", timeout=120_000)
    page.wait_for_function("() => window.jupyterapp && window.jupyterapp.shell.currentWidget"
                           " && window.jupyterapp.shell.currentWidget.sessionContext"
                           " && window.jupyterapp.shell.currentWidget.sessionContext.session",
                           timeout=60_000)
    page.wait_for_timeout(4000)
    if shots:
        page.screenshot(path=f"{shots}/{lang}_{chapter}_opened.png")

    def markdown() -> str:
        return page.evaluate(RENDERED_MARKDOWN)

    _check_markdown(markdown(), lang, figures, used, "opened")
    # Sentences marked for the screen only (left out of the PDFs) show in JupyterLab.
    screen_only = [re.sub(r"\s+", " ", m) for cell in notebook["cells"]
                   if cell["cell_type"] == "markdown" for m in re.findall(
                       r'<span class="aifin-screen-only">(.*?)</span>', "".join(cell["source"]),
                       re.S)]
    shown = markdown()
    hidden = [m for m in screen_only if _flat(m) not in _flat(shown)]
    assert not hidden, f"JupyterLab does not show {hidden}"
    assert "aifin-screen-only" not in shown, "JupyterLab shows the HTML of a marked sentence"
    dirty = page.evaluate("() => window.jupyterapp.shell.currentWidget.context.model.dirty")
    assert dirty is False, "the chapter is marked changed as soon as it opens"
    assert "Error displaying widget" not in page.inner_text(".jp-Notebook")

    start = time.monotonic()
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
    page.wait_for_timeout(1000)
    page.wait_for_function(DONE, timeout=RUN_TIMEOUT_MS, polling=250)
    page.wait_for_function("() => window.jupyterapp.shell.currentWidget.sessionContext"
                           ".session.kernel.status === 'idle'", timeout=RUN_TIMEOUT_MS)
    seconds = time.monotonic() - start
    print(f"Run All {lang}/{chapter}: {seconds:.1f} s")
    page.wait_for_timeout(3000)
    text = markdown()
    if shots:
        page.evaluate("() => { const n = window.jupyterapp.shell.currentWidget.content;"
                      " n.activeCellIndex = 0; n.scrollToItem(0); }")
        page.wait_for_timeout(1000)
        page.screenshot(path=f"{shots}/{lang}_{chapter}_run.png")
    _check_markdown(text, lang, figures, used, "after Run All")
    errors = page.query_selector_all(
        ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
    assert not errors, "error output: " + errors[0].inner_text()[:300]
    assert "Error displaying widget" not in page.inner_text(".jp-Notebook")
    assert page.query_selector(".jupyter-widgets"), "no dashboard widget after Run All"
    controls = page.evaluate(CONTROLS)
    assert controls["sliders"], "no slider after Run All"
    print(f"slider tracks {lang}/{chapter} (px):",
          sorted(round(width) for _, width in controls["sliders"]))
    if shots:
        panel = page.query_selector(".jp-Notebook .jp-OutputArea-output > .widget-vbox")
        if panel:
            panel.scroll_into_view_if_needed()
            panel.screenshot(path=f"{shots}/{lang}_{chapter}_controls.png")
    narrow = [(label, round(width)) for label, width in controls["sliders"]
              if width < MIN_TRACK_PX]
    assert not narrow, f"slider tracks narrower than {MIN_TRACK_PX} px: {narrow}"
    clipped = [(text, round(need), round(room)) for text, need, room in controls["options"]
               if need > room]
    assert not clipped, f"drop-down texts cut off (text, px needed, px there): {clipped}"
    page.close()
    assert not foreign, f"requests to other hosts: {foreign[:5]}"
    # Errors and warnings both (Vega-Lite warns of a spec it has to guess about).
    bad_console = [f"{kind}: {text}" for kind, text in console
                   if (kind == "error" or (kind == "warning" and not SLOW_START.search(text))
                       or any(s in text for s in CONSOLE_FAILURES))]
    assert not bad_console, f"browser console: {bad_console[:5]}"
