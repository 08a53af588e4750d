"""The figure registry: every figure of the book names its chart, its model and the model's test.

From any chart a reader reaches the model in one hop: the caption ends with the model's name,
linked to the appendix page *Models behind the figures*, which lists chart -> model -> test.
"""

from __future__ import annotations

import ast
import html
import json
import re
from pathlib import Path

import pytest

from aifin_lib import i18n
from aifin_lib.chapters import CHAPTERS, chapter
from aifin_lib.chapters import figures as figs

ROOT = Path(__file__).resolve().parent.parent
BOOK = ROOT / "book"
LANGS = ("en", "nl")
LABEL = re.compile(r"^:label:\s*(fig-\S+)\s*$", re.MULTILINE)
APPENDIX_LINK = re.compile(
    rf"\[`(?P<name>[^`]+)`\]\({figs.APPENDIX}\.ipynb#(?P<target>[^)\s]+)\)")
SENTENCE = {"en": ("Model: ", "Data: "), "nl": ("Model: ", "Gegevens: ")}
ROW = re.compile(r'<tr>\s*<td><a href="(?P<href>[^"]+)">(?P<text>[^<]*)</a></td>\s*'
                 r"<td><code>(?P<chart>[^<]*)</code></td>\s*<td><code>(?P<model>[^<]*)</code></td>"
                 r"\s*<td><code>(?P<test>[^<]*)</code></td>\s*</tr>")
WBR = "<wbr>"  # where a long path may wrap


def _cells(lang: str, slug: str) -> list[dict]:
    notebook = json.loads((BOOK / lang / f"{slug}.ipynb").read_text(encoding="utf-8"))
    return notebook["cells"]


def _captions(lang: str, slug: str) -> list[tuple[str, str]]:
    """``(label, caption cell source)`` of every figure of a notebook, in order."""
    found = []
    for cell in _cells(lang, slug):
        text = "".join(cell["source"])
        if cell["cell_type"] == "markdown" and text.startswith(":::{figure}"):
            found += [(label, text) for label in LABEL.findall(text)]
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_every_figure_of_the_book_has_exactly_one_entry(lang):
    """The labels of the notebooks' figures are the registry's labels, in book order, and each
    sits in the chapter the registry names; no other page of the book has a figure label."""
    in_book = [(slug, label) for c in CHAPTERS for slug in [c.slug]
               for label, _ in _captions(lang, slug)]
    assert in_book == [(f.chapter, f.label) for f in figs.FIGURES]
    assert len({f.label for f in figs.FIGURES}) == len(figs.FIGURES)
    chapters = {c.slug for c in CHAPTERS}
    for path in sorted((BOOK / lang).glob("*.ipynb")):
        if path.stem not in chapters:
            assert not _captions(lang, path.stem), f"{lang}/{path.name} has a figure"


def test_labels_use_the_chapters_short_name():
    """``fig-<short>-<name>``: the chapter's one short name (e.g. fig-capital-capex)."""
    for f in figs.FIGURES:
        assert re.fullmatch(rf"fig-{chapter(f.chapter).short}-[a-z0-9]+", f.label), f.label


@pytest.mark.parametrize("fig", figs.FIGURES, ids=lambda f: f.label)
def test_chart_and_model_paths_resolve(fig):
    """The dotted paths name a callable chart and a callable model of the library."""
    assert fig.chart.startswith(f"aifin_lib.chapters.{fig.chapter}.")
    assert callable(figs.resolve(fig.chart))
    assert fig.model.startswith("aifin_lib.") and callable(figs.resolve(fig.model))


@pytest.mark.parametrize("fig", figs.FIGURES, ids=lambda f: f.label)
def test_the_test_exists_and_calls_the_model(fig):
    """The node id names a test function defined in its file, and that test calls the model."""
    path, sep, name = fig.test.partition("::")
    assert sep and (ROOT / path).is_file(), fig.test
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    tests = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    assert name in tests, f"{path} defines no function {name!r}"
    called = {node.func.attr if isinstance(node.func, ast.Attribute) else
              getattr(node.func, "id", None)
              for node in ast.walk(tests[name]) if isinstance(node, ast.Call)}
    assert fig.model.rpartition(".")[2] in called, f"{fig.test} does not call {fig.model}"


@pytest.mark.parametrize("lang", LANGS)
def test_each_caption_ends_naming_its_model(lang):
    """The caption's last line is one sentence naming the registry's model, linked to the
    model's target on the appendix page; no other line of the caption links the appendix."""
    for c in CHAPTERS:
        for label, text in _captions(lang, c.slug):
            fig = figs.figure(label)
            lines = text.rstrip().split("\n")
            assert lines[-1] == ":::", label
            last = lines[-2]
            links = APPENDIX_LINK.findall(text)
            assert links == [(figs.short_name(fig.model), figs.appendix_target(label))], label
            model, data = SENTENCE[lang]
            expected = data if fig.model.startswith("aifin_lib.data.") else model
            assert last.startswith(expected + "[`"), f"{lang} {label}: {last!r}"
            assert last.endswith(".") and last.count(". ") == 0, f"{lang} {label}: {last!r}"


def _appendix(lang: str) -> list[tuple[list[str], list[dict[str, str]]]]:
    """Per section of the appendix: its targets and the rows of the table that follows."""
    sections: list[tuple[list[str], list[dict[str, str]]]] = []
    for cell in _cells(lang, figs.APPENDIX):
        text = "".join(cell["source"])
        if cell["cell_type"] == "markdown" and "\n## " in "\n" + text:
            sections.append((re.findall(r"^\(([^)]+)\)=$", text, re.MULTILINE), []))
        elif cell["cell_type"] == "code" and sections:
            for output in cell["outputs"]:
                page = "".join(output.get("data", {}).get("text/html", "")).replace(WBR, "")
                sections[-1][1].extend(m.groupdict() for m in ROW.finditer(page))
    return sections


def test_appendix_lists_every_figure_in_both_languages():
    """One section per chapter, holding the targets its figures' captions link to and a table
    of those figures: link, chart, model, test as in the registry; the same rows in both."""
    pages = {lang: _appendix(lang) for lang in LANGS}
    for lang, sections in pages.items():
        assert len(sections) == len(CHAPTERS), lang
        for c, (targets, rows) in zip(CHAPTERS, sections, strict=True):
            ours = figs.figures_of(c.slug)
            assert targets == [figs.appendix_target(f.label) for f in ours], (lang, c.slug)
            assert [(r["href"], r["chart"], r["model"], r["test"]) for r in rows] == [
                (f"{f.chapter}.html#{f.label}", figs.short_name(f.chart), figs.short_name(f.model),
                 f.test) for f in ours], (lang, c.slug)
            for row, f in zip(rows, ours, strict=True):
                title = i18n.t("figures_number", lang, number=figs.number(f)) + " " + i18n.t(
                    f.title, lang)
                assert html.unescape(row["text"]) == title
    strip = [[(r["href"], r["chart"], r["model"], r["test"]) for r in rows]
             for _, rows in pages["en"]]
    assert strip == [[(r["href"], r["chart"], r["model"], r["test"]) for r in rows]
                     for _, rows in pages["nl"]]


def test_appendix_is_in_the_book_after_the_data_appendix():
    """The table of contents lists the page right after the data appendix."""
    import yaml

    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    files = [entry["file"] for entry in toc["chapters"]]
    assert files[files.index("data_appendix") + 1] == figs.APPENDIX


def test_figure_numbers_follow_the_book():
    """Chapter number from the book's order, then the place of the figure in its chapter."""
    assert [figs.number(f) for f in figs.figures_of("intro")] == ["1.1", "1.2"]
    assert figs.number(figs.figure("fig-capital-capex")) == "2.1"
    assert figs.number(figs.figure("fig-supervision-mixer")) == "5.3"


def test_unknown_names_are_refused():
    with pytest.raises(KeyError, match="fig-nope"):
        figs.figure("fig-nope")
    with pytest.raises(ValueError, match="chapter must be one of"):
        figs.figures_of("nope")
    with pytest.raises(ImportError, match="no attribute 'nope'"):
        figs.resolve("aifin_lib.capital.nope")


def _recorded_model(chart: object) -> tuple[str | None, str]:
    """The model a chart records for its *Sources* panel, and its title."""
    if hasattr(chart, "static_chart"):
        chart = chart.static_chart()
    spec = chart.to_dict()  # type: ignore[attr-defined]
    title = spec.get("title")
    title = title.get("text") if isinstance(title, dict) else title
    return spec.get("usermeta", {}).get("aifin", {}).get("model"), str(title)


@pytest.mark.parametrize("fig", figs.FIGURES, ids=lambda f: f.label)
def test_the_chart_shows_what_its_entry_says(fig):
    """The chart's title is the registry's title key, and its *Sources* panel names the same
    model as the caption (a chart without a model shows data only)."""
    i18n.set_language("en")
    built = figs.resolve(fig.chart)()
    recorded, title = _recorded_model(built)
    assert title == i18n.t(fig.title, "en")
    if recorded is None:
        assert fig.model.startswith("aifin_lib.data."), fig.label
    else:
        assert recorded == fig.model, (
            f"{fig.label}: the chart records {recorded}, the caption names {fig.model}")


def _site_page(lang: str, name: str) -> str:
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    import sitecheck  # tools/ is not a package

    path = sitecheck.SITE / lang / f"{name}.html"
    assert path.is_file(), f"{path} has not been built (make book)"
    return path.read_text(encoding="utf-8")


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGS)
def test_on_the_site_a_caption_reaches_its_row_in_one_hop(lang):
    """On the built site each figure carries the number the appendix gives it, its caption
    links to a target of the appendix page, and the appendix row links back to the figure."""
    appendix = _site_page(lang, figs.APPENDIX)
    for c in CHAPTERS:
        page = _site_page(lang, c.slug)
        for f in figs.figures_of(c.slug):
            start = page.index(f'id="{f.label}"')
            caption = page[start:page.index("</figcaption>", start)]
            shown = re.search(r'<span class="caption-number">\D*([\d.]+)\s*</span>', caption)
            assert shown and shown[1] == figs.number(f), (lang, f.label)
            target = figs.appendix_target(f.label)
            assert f'href="{figs.APPENDIX}.html#{target}"' in caption, (lang, f.label)
            assert f'id="{target}"' in appendix, (lang, target)
            assert f'href="{c.slug}.html#{f.label}"' in appendix, (lang, f.label)
