"""Benchmark of the print editions: build seconds, pages and size of every PDF.

Usage: ``python benchmarks/pdf.py [--pdf PATH]`` (default: ``$AIFIN_BUILD_DIR/pdf`` or
``_build/pdf``; ``make book`` or ``make pdf`` writes the PDFs and their ``manifest.json``).

Prints, per PDF, the seconds ``tools/build_pdf.py`` took to build it (wall clock on the machine
that built it; each language is printed by a process of its own, the languages in parallel),
its pages and megabytes, then the totals. The figures are read from the manifest, not measured
again, and printed, not asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def rows(folder: Path) -> list[tuple[str, float | None, int, int]]:
    """(file, seconds or None, pages, bytes) of every PDF in ``folder/manifest.json``."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return [(name, entry.get("seconds"), entry["pages"], entry["bytes"])
            for name, entry in sorted(manifest.items())]


def main(argv: list[str]) -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(os.environ.get("AIFIN_BUILD_DIR", ROOT / "_build")) / "pdf"
    parser.add_argument("--pdf", type=Path, default=default, help="folder of the PDFs")
    args = parser.parse_args(argv)
    if not (args.pdf / "manifest.json").is_file():
        print(f"no {args.pdf / 'manifest.json'}: build the PDFs first (make pdf)")
        return
    found = rows(args.pdf)
    print(f"pdf: {args.pdf}")
    print(f"{'seconds':>8} {'pages':>6} {'MB':>6}  file")
    for name, seconds, pages, size in found:
        shown = f"{seconds:>8.1f}" if seconds is not None else f"{'?':>8}"
        print(f"{shown} {pages:>6} {size / 1e6:>6.1f}  {name}")
    timed = [seconds for _, seconds, _, _ in found if seconds is not None]
    print(f"{len(found)} PDFs, {sum(p for _, _, p, _ in found)} pages, "
          f"{sum(b for _, _, _, b in found) / 1e6:.1f} MB; build seconds summed: "
          f"{sum(timed):.0f} over {len(timed)} PDFs")


if __name__ == "__main__":
    main(sys.argv[1:])
