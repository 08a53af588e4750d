"""Start JupyterLab on the book's notebooks: offline, quiet, and also as root.

Usage: ``python tools/lab.py [--port N] [--token T] [--no-browser]`` (``make lab`` runs it).

- Settings in ``tools/lab_settings/overrides.json``: no news feed, no update check and no
  extension manager (each would contact another host), and widget state saved with the notebook
  (a reopened chapter then shows its dashboards instead of "model not found").
- ``--allow-root``: a school server or a container often runs as root; JupyterLab refuses
  to start as root without it.
- Served from the repository root and opened on ``book/``, so links from the notebooks to
  ``data/`` work.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = ROOT / "tools" / "lab_settings"


def command(host: str = "127.0.0.1", port: int = 8888, token: str | None = None,
            browser: bool = True, root: Path = ROOT, extra: list[str] | None = None) -> list[str]:
    """Return the ``jupyter lab`` command line of the book.

    Parameters
    ----------
    host : str, default "127.0.0.1"
        Interface to listen on (only this machine by default).
    port : int, default 8888
        Port to listen on.
    token : str, optional
        Access token; JupyterLab makes one up when omitted.
    browser : bool, default True
        Whether to open a web browser.
    root : pathlib.Path, default the repository
        The folder JupyterLab serves; it opens on its ``book/``.
    extra : list of str, optional
        More ``jupyter lab`` options (e.g. a private settings directory for tests).

    Returns
    -------
    list of str
    """
    args = [
        sys.executable, "-m", "jupyterlab",
        f"--ServerApp.ip={host}",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--ServerApp.root_dir={root}",
        "--LabApp.default_url=/lab/tree/book",
        f"--LabApp.app_settings_dir={SETTINGS}",
        # The server side of the same: no news feed, no update check, no PyPI extension manager.
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.handlers.announcements.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",
        "--allow-root",
    ]
    if token is not None:
        args.append(f"--IdentityProvider.token={token}")
    if not browser:
        args.append("--no-browser")
    return args + list(extra or [])


def main(argv: list[str]) -> None:
    """Parse the options and replace this process with JupyterLab."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8888)
    parser.add_argument("--token")
    parser.add_argument("--no-browser", action="store_true")
    options = parser.parse_args(argv)
    args = command(options.host, options.port, options.token, not options.no_browser)
    os.execv(args[0], args)


if __name__ == "__main__":
    main(sys.argv[1:])
