"""Re-run the book's notebooks and store their outputs (the reference nbval compares against).

Usage: ``python tools/run_notebooks.py [NOTEBOOK ...]`` (default: every notebook in book/).
Each notebook runs in its own folder, as in JupyterLab, nbval and the book build.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent


def run(path: Path) -> None:
    """Execute one notebook in place, failing on the first error."""
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(notebook, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    # Widget state holds random model ids; the stored outputs are the reference, not the state.
    notebook.metadata.pop("widgets", None)
    nbformat.write(notebook, path)
    print(f"ran {path.relative_to(ROOT)}")


def main(argv: list[str]) -> None:
    """Run the given notebooks, or all of them."""
    paths = [Path(a).resolve() for a in argv] or sorted(
        p for p in (ROOT / "book").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts
    )
    for path in paths:
        run(path)


if __name__ == "__main__":
    main(sys.argv[1:])
