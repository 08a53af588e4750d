"""Numbers in the prose (aifin_lib.prose) and the site's reader of the notebook dialect
(book/_ext/aifin_notebooks.py): what JupyterLab shows must be what the site shows."""

import sys
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pytest

from aifin_lib import prose

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "book" / "_ext"))
import aifin_notebooks as reader  # noqa: E402

NOTEBOOKS = sorted(
    p.relative_to(ROOT / "book").as_posix()
    for p in (ROOT / "book").glob("*/*.ipynb")
)


# --- aifin_lib.prose ---------------------------------------------------------------------


def test_prose_text_shows_as_itself():
    """A published figure's representation is its text: no quotes, no escaped NBSP (\\xa0),
    which is what jupyterlab-myst and MyST-NB display for an inline expression."""
    value = prose.ProseText("US$\xa02,5\xa0mld.")
    assert repr(value) == "US$\xa02,5\xa0mld."
    assert value == "US$\xa02,5\xa0mld." and isinstance(value + "", str)
    from IPython.lib.pretty import pretty

    assert pretty(value) == "US$\xa02,5\xa0mld."


def test_publish_puts_the_figures_in_the_namespace():
    space = {}
    prose.publish({"a_total": "2,5 miljard dollar", "b_share": "52%"}, namespace=space)
    assert space == {"a_total": "2,5 miljard dollar", "b_share": "52%"}
    assert all(isinstance(v, prose.ProseText) for v in space.values())


@pytest.mark.parametrize(
    ("figures", "error", "words"),
    [
        ({"2x": "1"}, ValueError, "'2x' must be a Python name"),
        ({"for": "1"}, ValueError, "'for' must be a Python name"),
        ({"a-b": "1"}, ValueError, "'a-b' must be a Python name"),
        ({"year": 2026}, TypeError, "'year' must be formatted text"),
        ({"x": " "}, ValueError, "'x' is empty"),
        ({"x": "nan%"}, ValueError, "'x' is not a finite number"),
        ({"x": "inf dollar"}, ValueError, "'x' is not a finite number"),
        (["x"], TypeError, "figures must be a mapping"),
    ],
)
def test_publish_rejects_bad_figures(figures, error, words):
    with pytest.raises(error, match=words):
        prose.publish(figures, namespace={})


def test_publish_in_a_kernel_displays_one_output_and_defines_names():
    """In a real kernel: one output of the prose MIME type, the names defined for {eval}."""
    from nbclient import NotebookClient

    notebook = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell(
            "from aifin_lib import prose\n"
            "prose.publish({'p_one': 'US$\\xa01\\xa0mld.', 'p_two': '3%'})"),
        nbformat.v4.new_code_cell("p_one"),
    ])
    NotebookClient(notebook, timeout=120, kernel_name="python3").execute()
    outputs = notebook.cells[0].outputs
    assert len(outputs) == 1 and list(outputs[0].data) == [prose.MIMETYPE]
    assert prose.stored_figures(notebook) == {"p_one": "US$\xa01\xa0mld.", "p_two": "3%"}
    assert notebook.cells[1].outputs[0].data["text/plain"] == "US$\xa01\xa0mld."


def test_stored_figures_refuses_a_name_published_twice():
    output = {"output_type": "display_data", "data": {prose.MIMETYPE: {"x": "1"}}}
    cell = {"cell_type": "code", "outputs": [output, output]}
    with pytest.raises(ValueError, match="'x' is published twice"):
        prose.stored_figures({"cells": [cell]})


def test_user_expressions_name_a_missing_figure():
    assert prose.user_expressions("{eval}`a` and {eval}`a`", {"a": "1"}) == [
        {"expression": "a", "result": {"status": "ok", "data": {"text/plain": "1"},
                                       "metadata": {}}}]
    with pytest.raises(KeyError, match="uses b, which the notebook does not publish"):
        prose.user_expressions("{eval}`a` {eval}`b`", {"a": "1"})


# --- the site's reader -------------------------------------------------------------------


def _client(figures: dict[str, str], glue: dict | None = None):
    cell = nbformat.v4.new_code_cell("")
    cell.outputs = [nbformat.v4.new_output("display_data", data={prose.MIMETYPE: figures})]
    notebook = nbformat.v4.new_notebook(cells=[cell])
    config = SimpleNamespace(eval_name_regex=r"^[a-zA-Z_][a-zA-Z0-9_]*$")
    return SimpleNamespace(notebook=notebook, nb_config=config, glue_data=glue or {})


def test_eval_on_the_site_returns_the_published_text():
    client = _client({"capital_total": "US$\xa01\xa0mld."})
    outputs = reader.eval_from_outputs(client, "capital_total")
    assert outputs[0]["output_type"] == "display_data"
    assert outputs[0]["data"] == {"text/plain": "US$\xa01\xa0mld."}


def test_eval_on_the_site_fails_clearly_for_a_missing_name():
    missing = r"no prose figure 'capital_totl'.*capital_total"
    with pytest.raises(reader.ProseFigureMissingError, match=missing):
        reader.eval_from_outputs(_client({"capital_total": "1"}), "capital_totl")
    from myst_nb.core.execute.base import EvalNameError

    with pytest.raises(EvalNameError):
        reader.eval_from_outputs(_client({}), "__import__('os')")


def test_glossary_ids_are_the_ids_sphinx_gives_the_terms():
    terms = reader.glossary_terms(ROOT / "book" / "nl" / "glossary.md")
    assert terms["term-annuiteit"] == "annuïteit"
    assert terms["term-special-purpose-vehicle"] == "special purpose vehicle"
    assert len(terms) > 50


def test_links_become_roles_and_bad_links_fail():
    terms, keys = {"term-return": "return"}, frozenset({"cahn2024"})
    assert reader.translate_links(
        "[returns](glossary.md#term-return), [(Cahn, 2024)](references.md#cahn2024)", terms, keys
    ) == "{term}`returns <return>`, {cite}`cahn2024`"
    assert reader.translate_links("[GPUs](glossary.md#term-gpu)", {"term-GPU": "GPU"}, keys) == (
        "{term}`GPUs <GPU>`")
    with pytest.raises(reader.NotebookDialectError, match="did you mean term-return"):
        reader.translate_links("[x](glossary.md#term-retrun)", terms, keys)
    with pytest.raises(reader.NotebookDialectError, match="no entry 'cahn2025'"):
        reader.translate_links("[x](references.md#cahn2025)", terms, keys)


def test_exercises_need_a_label_and_solutions_an_exercise():
    with pytest.raises(reader.NotebookDialectError, match="needs a :label:"):
        reader.translate_exercises(":::{admonition} Opgave 1\n:class: exercise\nVraag\n:::", None)
    with pytest.raises(reader.NotebookDialectError, match="comes before any exercise"):
        reader.translate_exercises(":::{dropdown} Uitwerking\n:class: solution\nA\n:::", None)
    with pytest.raises(reader.NotebookDialectError, match="is not closed"):
        reader.translate_exercises(":::{admonition} Opgave 1\n:class: exercise\nVraag", None)
    plain = ":::{admonition} Let op\n:class: note\nText\n:::"
    assert reader.translate_exercises(plain, None) == (plain, None)


def test_a_caption_cell_becomes_the_figure_of_the_chart_cell_before_it(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "glossary.md").write_text("```{glossary}\nreturn\n  Gain.\n```\n")
    (tmp_path / "references.bib").write_text("@misc{k1,\n  title = {T}\n}\n")
    notebook = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("chart", metadata={"tags": ["remove-input"]}),
        nbformat.v4.new_markdown_cell(
            ":::{figure}\n:label: fig-a\n:kind: figuur\n:enumerated: true\n"
            "The [return](glossary.md#term-return), {eval}`x` [(K)](references.md#k1).\n:::"),
        nbformat.v4.new_markdown_cell("See {numref}`fig-a`."),
    ])
    result = reader.translate_notebook(notebook, tmp_path / "en")
    assert len(result.cells) == 2
    assert result.cells[0].metadata["mystnb"]["figure"] == {
        "caption": "The {term}`return <return>`, {eval}`x` {cite}`k1`.", "name": "fig-a"}
    lonely = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell(":::{figure}\n:label: fig-b\nCaption\n:::")])
    with pytest.raises(reader.NotebookDialectError, match="must follow the code cell"):
        reader.translate_notebook(lonely, tmp_path / "en")


@pytest.mark.parametrize("path", NOTEBOOKS)
def test_every_notebook_translates_for_the_site(path):
    """Each notebook's glossary links, citations, captions and exercises translate, and the
    translation leaves none of the JupyterLab-only forms behind."""
    file = ROOT / "book" / path
    notebook = reader.read_notebook(file.read_text(encoding="utf-8"), str(file.parent))
    text = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    assert "glossary.md#" not in text and "references.md#" not in text
    assert ":class: exercise" not in text and ":class: solution" not in text
    assert text.count("{exercise-start}") == text.count("{solution-start}")
    captions = [c for c in notebook.cells if "figure" in c.metadata.get("mystnb", {})]
    assert all(c.cell_type == "code" for c in captions)


def test_stored_notebooks_are_prepared_for_jupyterlab():
    """tools/run_notebooks.py: user expressions from the published figures, no stale widget
    views (they show "model not found"), a PNG beside every chart (else JupyterLab adds one and
    marks the opened notebook changed), no timestamps, the kernel named as JupyterLab names it."""
    sys.path.insert(0, str(ROOT / "tools"))
    import run_notebooks

    spec = {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "mark": "bar",
            "data": {"values": [{"a": 1}]},
            "encoding": {"y": {"field": "a", "type": "quantitative"}}}
    publish = nbformat.v4.new_code_cell("", metadata={"execution": {"shell.execute_reply": "x"}})
    publish.outputs = [nbformat.v4.new_output("display_data", data={prose.MIMETYPE: {"a": "1%"}})]
    chart = nbformat.v4.new_code_cell("")
    chart.outputs = [
        nbformat.v4.new_output("display_data", data={run_notebooks.WIDGET_MIMETYPE: {"x": 1}}),
        nbformat.v4.new_output("execute_result", execution_count=1, data={
            run_notebooks.WIDGET_MIMETYPE: {"model_id": "m"}, run_notebooks.LAB_MIMETYPE: spec,
            "text/plain": "<chart>"}),
    ]
    text = nbformat.v4.new_markdown_cell("Share {eval}`a`.", metadata={"user_expressions": []})
    plain = nbformat.v4.new_markdown_cell("No figure.", metadata={"user_expressions": [{}]})
    notebook = nbformat.v4.new_notebook(cells=[publish, chart, text, plain],
                                        metadata={"widgets": {"state": {}}})
    run_notebooks.prepare_for_lab(notebook)
    assert "widgets" not in notebook.metadata and "execution" not in publish.metadata
    assert notebook.metadata["kernelspec"]["name"] == "python3"
    assert notebook.metadata["kernelspec"]["display_name"]
    assert len(chart.outputs) == 1
    data = chart.outputs[0]["data"]
    assert run_notebooks.WIDGET_MIMETYPE not in data and data[run_notebooks.LAB_MIMETYPE] == spec
    import base64

    assert base64.b64decode(data["image/png"]).startswith(b"\x89PNG")
    assert text.metadata["user_expressions"] == [
        {"expression": "a", "result": prose.expression_result("1%")}]
    assert "user_expressions" not in plain.metadata
    broken = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("{eval}`b`")])
    with pytest.raises(KeyError, match="uses b"):
        run_notebooks.prepare_for_lab(broken)
