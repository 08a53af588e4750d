"""Re-run the book's notebooks and store their outputs (the reference nbval compares against).

Usage: ``python tools/run_notebooks.py [NOTEBOOK ...]`` (default: every notebook in book/).
Each notebook runs in its own folder, as in JupyterLab, nbval and the book build.

After running, the stored notebook is made ready for a reader who opens it in JupyterLab:

- each markdown cell's ``metadata.user_expressions`` holds the text of its ``{eval}`` figures
  (from :func:`aifin_lib.prose.publish`), so jupyterlab-myst shows the numbers before anything
  runs;
- live-widget views are dropped from the outputs (their models exist only in a running kernel;
  stored, they show "Error displaying widget: model not found"). A dashboard's output keeps its
  static chart with Vega sliders, which JupyterLab draws until the cell runs again;
- every chart gets its PNG picture (``image/png``, drawn by the pinned ``vl-convert-python``).
  JupyterLab's Vega renderer adds that picture to any chart output without one, which marks a
  freshly opened notebook as changed; viewers without Vega show the picture. nbval does not
  compare PNGs;
- execution timestamps and widget state are not stored, so re-running changes nothing that
  did not change; the kernel is named as JupyterLab names it (``kernelspec``), so opening a
  notebook does not mark it changed.
"""

from __future__ import annotations

import base64
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from aifin_lib import prose
from aifin_lib.viz.charts import LAB_MIMETYPE, WIDGET_MIMETYPE

ROOT = Path(__file__).resolve().parent.parent
PNG_MIMETYPE = "image/png"
PNG_SCALE = 1.0
"""Scale of the stored chart pictures (1: the size JupyterLab itself would store)."""
KERNEL = "python3"


def chart_png(spec: dict) -> str:
    """Return the base64 PNG of a Vega-Lite chart at :data:`PNG_SCALE`."""
    import vl_convert

    return base64.b64encode(vl_convert.vegalite_to_png(spec, scale=PNG_SCALE)).decode("ascii")


def prepare_for_lab(notebook: nbformat.NotebookNode) -> None:
    """Store user expressions, drop widget views and timestamps (in place).

    Parameters
    ----------
    notebook : NotebookNode
        An executed notebook.

    Raises
    ------
    KeyError
        If a markdown cell uses ``{eval}`` for a figure the notebook does not publish.
    """
    from jupyter_client.kernelspec import KernelSpecManager

    figures = prose.stored_figures(notebook)
    notebook.metadata.pop("widgets", None)
    spec = KernelSpecManager().get_kernel_spec(KERNEL)
    notebook.metadata["kernelspec"] = {
        "display_name": spec.display_name, "language": spec.language, "name": KERNEL}
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type == "markdown":
            expressions = prose.user_expressions(cell.source, figures)
            if expressions:
                cell.metadata["user_expressions"] = expressions
            else:
                cell.metadata.pop("user_expressions", None)
        elif cell.cell_type == "code":
            outputs = []
            for output in cell.outputs:
                data = output.get("data")
                if data is not None and WIDGET_MIMETYPE in data:
                    data.pop(WIDGET_MIMETYPE)
                    if not data:
                        continue
                if data is not None and LAB_MIMETYPE in data and PNG_MIMETYPE not in data:
                    data[PNG_MIMETYPE] = chart_png(data[LAB_MIMETYPE])
                outputs.append(output)
            cell.outputs = outputs


def run(path: Path) -> float:
    """Execute one notebook in place, failing on the first error; return the seconds it took."""
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(notebook, timeout=600, kernel_name=KERNEL, record_timing=False,
                            resources={"metadata": {"path": str(path.parent)}})
    start = time.perf_counter()
    client.execute()
    seconds = time.perf_counter() - start
    try:
        prepare_for_lab(notebook)
    except KeyError as exc:
        raise SystemExit(f"{path.relative_to(ROOT)}: {exc.args[0]}") from None
    nbformat.write(notebook, path)
    print(f"ran {path.relative_to(ROOT)} in {seconds:.1f} s")
    return seconds


def main(argv: list[str]) -> None:
    """Run the given notebooks, or all of them."""
    paths = [Path(a).resolve() for a in argv] or sorted(
        p for p in (ROOT / "book").rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts
    )
    for path in paths:
        run(path)


if __name__ == "__main__":
    main(sys.argv[1:])
