"""Benchmark of the built site as a reader's browser loads it: weight, first chart, Lighthouse.

Usage: ``python benchmarks/site.py [--site PATH] [--no-lighthouse] [--page PATH]``
(default site: ``$AIFIN_BUILD_DIR/html`` or ``_build/html``; build it with ``make book``).

Prints, for every page of both editions and both languages, the bytes it loads with everything
it needs (decoded, and on the wire from a host that gzips text), its number of requests, and the
time until its first chart is drawn in headless Chromium on this machine. Then Lighthouse's
mobile scores (simulated slow 4G and a slowed CPU) for one chapter page served with gzip.
The targets: at most 1,200 KB decoded and 400 KB on the wire per page; Lighthouse performance
of 90 or more; a first chart within 0.5 s. The figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import sitecheck

LIMIT_DECODED = 1_200 * 1024
LIMIT_WIRE = 400 * 1024
CHAPTER = "capital_versus_return.html"


def weights(site: Path) -> list[tuple[str, int, int, int, int, float | None]]:
    """(page, decoded bytes, wire bytes, requests, charts, first chart ms) of every page."""
    rows = []
    with sitecheck.serve(site, gzip_text=True) as base, sitecheck.launch() as browser:
        for path in sitecheck.pages(site, landing=True):
            visit = sitecheck.Visit(browser, base, path)
            try:
                charts, _ = visit.charts_drawn()
                decoded, wire = visit.weight()
                rows.append((path, decoded, wire, len(visit.resources()), charts,
                             visit.first_chart_ms()))
            finally:
                visit.close()
    return rows


def lighthouse(site: Path, page: str) -> dict[str, float]:
    """Lighthouse mobile scores (0-100) and key timings (s) of one page served with gzip."""
    with sitecheck.serve(site, gzip_text=True) as base:
        report = sitecheck.run_lighthouse(f"{base}/{page}")
    scores = {name: round(100 * cat["score"]) for name, cat in report["categories"].items()}
    audits = report["audits"]
    for key in ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
                "cumulative-layout-shift", "speed-index"):
        scores[key] = audits[key]["numericValue"] / (1 if key.startswith("cumulative") else 1000)
    return scores


def main(argv: list[str]) -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=sitecheck.SITE)
    parser.add_argument("--no-lighthouse", action="store_true")
    parser.add_argument("--page", default=None, help="page for Lighthouse (default: a chapter)")
    args = parser.parse_args(argv)
    site = args.site.resolve()
    if not (site / "index.html").is_file():
        raise SystemExit(f"{site} has not been built: run `make book` first")
    rows = weights(site)
    print(f"site: {site}")
    print(f"{'decoded KB':>10} {'wire KB':>8} {'req':>4} {'charts':>6} {'1st chart ms':>12}  page")
    for path, decoded, wire, requests, charts, first in rows:
        mark = " *" if decoded > LIMIT_DECODED or wire > LIMIT_WIRE else ""
        shown = "-" if first is None else f"{first:,.0f}"
        print(f"{decoded / 1024:>10,.0f} {wire / 1024:>8,.0f} {requests:>4} {charts:>6} "
              f"{shown:>12}  {path}{mark}")
    decoded_all = [r[1] for r in rows]
    wire_all = [r[2] for r in rows]
    firsts = [r[5] for r in rows if r[5] is not None]
    over = sum(d > LIMIT_DECODED or w > LIMIT_WIRE
               for d, w in zip(decoded_all, wire_all, strict=True))
    print(f"pages: {len(rows)}; decoded KB max {max(decoded_all) / 1024:,.0f}, median "
          f"{statistics.median(decoded_all) / 1024:,.0f}; wire KB max {max(wire_all) / 1024:,.0f},"
          f" median {statistics.median(wire_all) / 1024:,.0f}; over the limits (*): "
          f"{over}")
    if firsts:
        print(f"time to first chart (ms): median {statistics.median(firsts):,.0f}, "
              f"max {max(firsts):,.0f} over {len(firsts)} pages with charts")
    if not args.no_lighthouse:
        lang = sitecheck.languages(site)[0]
        page = args.page or f"{lang}/{CHAPTER}"
        scores = lighthouse(site, page)
        print(f"Lighthouse 12 mobile, {page} served with gzip:")
        for name, value in scores.items():
            unit = "" if name in ("performance", "accessibility", "best-practices", "seo",
                                  "cumulative-layout-shift") else " s"
            shown = f"{value:.0f}" if unit == "" and name != "cumulative-layout-shift" else (
                f"{value:.3f}" if name == "cumulative-layout-shift" else f"{value:.2f}")
            print(f"  {name:<26} {shown}{unit}")


if __name__ == "__main__":
    main(sys.argv[1:])
