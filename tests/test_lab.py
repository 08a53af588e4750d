"""The chapters in JupyterLab, as a student opens and runs them (headless Chromium).

JupyterLab (``tools/lab.py``, the command of ``make lab``) serves a copy of ``book/`` on
127.0.0.1 with a token. For one chapter per language the test opens the notebook, checks what
a student sees before running anything, runs all cells, and checks again:

- every number of the prose shows (the published figures), no raw figure name, no MyST role
  or directive source, no error box ("Unknown Directive", unresolved reference), no English
  exercise labels in a Dutch chapter;
- no error output, no "Error displaying widget", the notebook is not marked changed on opening;
- no request leaves 127.0.0.1 and the browser console has no error.

Set ``AIFIN_LAB_SHOTS`` to a folder to keep screenshots (after opening and after running).
Chromium is Debian's (``/usr/bin/chromium``); no browser is downloaded.
"""

from __future__ import annotations

import json
import os
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

CHAPTERS = [("nl", "capital_versus_return"), ("en", "introduction")]
RUN_TIMEOUT_MS = 300_000
# Text that must never reach a student: MyST source, raw roles, error boxes, English labels.
FORBIDDEN = ["{eval}", "{term}", "{cite}", "{numref}", "{glue", "{doc}", ":::", "```",
             "Unknown Directive", "Cross Reference Not Found", "Error displaying widget",
             "Traceback", "Error loading remote page"]
FORBIDDEN_NL = ["Exercise", "Solution to", "Start of", "Figure "]
CONSOLE_FAILURES = ("Cross reference target was not found", "No target for internal reference",
                    "Could not link citation")
RENDERED_MARKDOWN = """() => Array.from(document.querySelectorAll(
  '.jp-Notebook .jp-MarkdownCell .jp-MarkdownOutput, .jp-Notebook .jp-MarkdownCell .myst'))
  .map(e => e.textContent).join('\\n')"""
DONE = ("() => !Array.from(document.querySelectorAll('.jp-InputPrompt'))"
        ".some(e => e.textContent.includes('*'))")


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
    page.close()
    assert not foreign, f"requests to other hosts: {foreign[:5]}"
    bad_console = [text for kind, text in console
                   if kind == "error" or any(s in text for s in CONSOLE_FAILURES)]
    assert not bad_console, f"browser console: {bad_console[:5]}"
