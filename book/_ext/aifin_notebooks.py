"""Sphinx extension: how the site reads the book's notebooks.

The notebooks are written so that JupyterLab (with jupyterlab-myst) shows them as readers of
the site see them. Where the two differ, the notebook holds the form JupyterLab understands and
this extension turns it into the form Sphinx needs, when MyST-NB reads the notebook:

==========================================  ================================================
In the notebook (JupyterLab)                 On the site (Sphinx)
==========================================  ================================================
``{eval}`name``` (kernel variable)          the text :func:`aifin_lib.prose.publish` stored
chart cell + caption cell ``:::{figure}``   a numbered figure around the chart cell's output
``[text](glossary.md#term-<id>)``            ``{term}`text <term>```
``[text](references.md#<bibtex key>)``       ``{cite}`<bibtex key>```
``:::{admonition}`` with ``:class: exercise`` sphinx-exercise ``exercise-start`` / ``-end``
``::::{dropdown}`` with ``:class: solution``  sphinx-exercise ``solution-start`` / ``-end``
==========================================  ================================================

``{eval}``: MyST-NB evaluates inline expressions only with a live kernel (``inline`` execution
mode, no cache). Here ``NotebookClientBase.eval_variable`` instead returns the figure the
notebook published in its stored (or cached) outputs, so ``{eval}`` works in ``cache`` mode. A
name the notebook does not publish fails the build with a message naming it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import nbformat
from sphinx.application import Sphinx

from aifin_lib import prose

NOTEBOOK_VERSION = 4
FENCE_OPEN = re.compile(r"^(?P<fence>:{3,})\{(?P<name>[a-z-]+)\}(?P<arg>.*)$")
OPTION = re.compile(r"^:(?P<key>[\w-]+):\s*(?P<value>.*)$")
GLOSSARY_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\(glossary\.md#(?P<anchor>term-[^)\s]+)\)")
CITATION_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\(references\.md#(?P<key>[^)\s]+)\)")
# A link to a target on another page of the book: JupyterLab opens the notebook; Sphinx resolves
# the target (a ``(name)=`` label) wherever it is, from ``[text](#name)``.
PAGE_TARGET_LINK = re.compile(r"\]\((?P<page>[\w-]+)\.ipynb#(?P<anchor>[^)\s]+)\)")
BIB_ENTRY = re.compile(r"^@\w+\{\s*([^,\s]+)\s*,", re.MULTILINE)


class NotebookDialectError(ValueError):
    """A notebook uses the book's notebook conventions wrongly (the message says how)."""


class ProseFigureMissingError(LookupError):
    """``{eval}`` names a figure the notebook does not publish."""

    def __str__(self) -> str:
        return str(self.args[0])


# ------------------------------------------------------------------------------------------
# {eval} from stored outputs
# ------------------------------------------------------------------------------------------


def eval_from_outputs(client: Any, name: str) -> list[nbformat.NotebookNode]:
    """``NotebookClientBase.eval_variable`` for executed notebooks: the published text.

    Parameters
    ----------
    client : myst_nb.core.execute.base.NotebookClientBase
        The notebook client (its notebook holds the executed outputs).
    name : str
        The expression of the ``{eval}`` role.

    Returns
    -------
    list of NotebookNode
        One ``display_data`` output whose ``text/plain`` is the figure's text; or, for a
        value glued with ``myst_nb.glue``, the glued output.

    Raises
    ------
    EvalNameError
        If ``name`` does not match ``nb_eval_name_regex``.
    ProseFigureMissingError
        If the notebook publishes no figure and glues no value of that name.
    """
    from myst_nb.core.execute.base import EvalNameError

    if not re.match(client.nb_config.eval_name_regex, name):
        raise EvalNameError(name)
    figures = client.__dict__.get("_aifin_prose_figures")
    if figures is None:
        figures = prose.stored_figures(client.notebook)
        client.__dict__["_aifin_prose_figures"] = figures
    if name in figures:
        return [nbformat.v4.new_output("display_data", data={"text/plain": figures[name]})]
    if name in client.glue_data:
        return [client.glue_data[name]]
    close = difflib.get_close_matches(name, [*figures, *client.glue_data], n=3)
    suggestion = f" (did you mean {', '.join(close)}?)" if close else ""
    raise ProseFigureMissingError(
        f"{{eval}}`{name}`: the notebook publishes no prose figure {name!r}{suggestion}; "
        "add it to the figures its set-up cell passes to aifin_lib.prose.publish"
    )


# ------------------------------------------------------------------------------------------
# reading the notebook dialect
# ------------------------------------------------------------------------------------------


def glossary_terms(glossary: Path) -> dict[str, str]:
    """Map each term's HTML id on the site (``term-...``) to the term, from a glossary page.

    Parameters
    ----------
    glossary : pathlib.Path
        A MyST page with one ``{glossary}`` directive (backtick fence).

    Returns
    -------
    dict
        ``{"term-capital-spending": "capital spending", ...}``; ids as Sphinx makes them.

    Raises
    ------
    NotebookDialectError
        If two terms get the same id (ignoring case).
    """
    from sphinx.util.nodes import _make_id

    terms: dict[str, str] = {}
    inside = False
    for line in glossary.read_text(encoding="utf-8").splitlines():
        if re.match(r"^`{3,}\{glossary\}", line):
            inside = True
            continue
        if inside and re.match(r"^`{3,}\s*$", line):
            break
        if not inside or not line.strip() or line[0].isspace() or line.startswith(":"):
            continue
        term = line.strip()
        anchor = _make_id("term-" + term)
        clash = [a for a in terms if a.lower() == anchor.lower() and terms[a] != term]
        if clash:
            raise NotebookDialectError(
                f"{glossary}: terms {terms[clash[0]]!r} and {term!r} share the id {anchor!r}"
            )
        terms[anchor] = term
    return terms


@lru_cache(maxsize=8)
def _glossary(path: str) -> dict[str, str]:
    return glossary_terms(Path(path))


@lru_cache(maxsize=8)
def _bib_keys(path: str) -> frozenset[str]:
    return frozenset(BIB_ENTRY.findall(Path(path).read_text(encoding="utf-8")))


def translate_links(markdown: str, terms: dict[str, str], bib_keys: frozenset[str]) -> str:
    """Turn glossary and reference links into ``{term}`` and ``{cite}`` roles.

    A link to a target on another notebook of the book (``[text](page.ipynb#name)``) becomes
    ``[text](#name)``, which MyST resolves to the label ``name`` on any page.

    Parameters
    ----------
    markdown : str
        The source of a markdown cell.
    terms : dict
        ``{html id: term}`` (:func:`glossary_terms`); ids match in any case
        (``term-gpu`` finds ``term-GPU``).
    bib_keys : frozenset of str
        The keys of ``references.bib``.

    Returns
    -------
    str

    Raises
    ------
    NotebookDialectError
        If a link names a term or key that does not exist.

    Examples
    --------
    >>> translate_links("the [returns](glossary.md#term-return) [(Cahn, 2024)](references.md#c24)",
    ...                 {"term-return": "return"}, frozenset({"c24"}))
    'the {term}`returns <return>` {cite}`c24`'
    >>> translate_links("[`f`](models.ipynb#model-x)", {}, frozenset())
    '[`f`](#model-x)'
    """

    folded = {anchor.lower(): term for anchor, term in terms.items()}

    def term(match: re.Match[str]) -> str:
        anchor, text = match["anchor"], match["text"]
        if anchor.lower() not in folded:
            close = difflib.get_close_matches(anchor, list(terms), n=3)
            raise NotebookDialectError(
                f"glossary link [{text}](glossary.md#{anchor}): no glossary term has the id "
                f"{anchor!r}" + (f" (did you mean {', '.join(close)}?)" if close else "")
            )
        if "`" in text or "<" in text:
            raise NotebookDialectError(f"glossary link text {text!r} may not hold ` or <")
        return f"{{term}}`{text} <{folded[anchor.lower()]}>`"

    def cite(match: re.Match[str]) -> str:
        key = match["key"]
        if key not in bib_keys:
            raise NotebookDialectError(
                f"reference link [{match['text']}](references.md#{key}): references.bib has "
                f"no entry {key!r}"
            )
        return f"{{cite}}`{key}`"

    linked = CITATION_LINK.sub(cite, GLOSSARY_LINK.sub(term, markdown))
    return PAGE_TARGET_LINK.sub(lambda match: f"](#{match['anchor']})", linked)


def _blocks(lines: list[str]) -> Iterator[tuple[int, int, str, str, dict[str, str], list[str]]]:
    """Yield the top-level colon-fence directives: start, end, name, argument, options, body."""
    index = 0
    while index < len(lines):
        match = FENCE_OPEN.match(lines[index])
        if not match:
            index += 1
            continue
        fence, start = match["fence"], index
        options: dict[str, str] = {}
        index += 1
        while index < len(lines) and (option := OPTION.match(lines[index])):
            options[option["key"]] = option["value"].strip()
            index += 1
        body_start = index
        while index < len(lines) and lines[index].strip() != fence:
            index += 1
        if index == len(lines):
            raise NotebookDialectError(
                f"the directive {lines[start].strip()!r} is not closed by a line {fence!r}"
            )
        yield start, index, match["name"], match["arg"].strip(), options, lines[body_start:index]
        index += 1


def _trim(body: list[str]) -> str:
    return "\n".join(body).strip("\n")


def translate_exercises(markdown: str, last_label: str | None) -> tuple[str, str | None]:
    """Turn exercise admonitions and solution drop-downs into sphinx-exercise gated blocks.

    Parameters
    ----------
    markdown : str
        The source of a markdown cell.
    last_label : str or None
        The label of the last exercise before this cell (a solution belongs to it).

    Returns
    -------
    tuple
        The translated source and the label of the last exercise so far.

    Raises
    ------
    NotebookDialectError
        If an exercise has no label or a solution comes before any exercise.

    Examples
    --------
    >>> text, last = translate_exercises(
    ...     ":::{admonition} Exercise 1\\n:class: exercise\\n:label: x-ex-1\\nAsk.\\n:::\\n"
    ...     "::::{dropdown} Solution\\n:class: solution\\nAnswer.\\n::::", None)
    >>> print(text)
    ```{exercise-start}
    :label: x-ex-1
    ```
    Ask.
    ```{exercise-end}
    ```
    ```{solution-start} x-ex-1
    :class: dropdown
    ```
    Answer.
    ```{solution-end}
    ```
    """
    lines = markdown.split("\n")
    out: list[str] = []
    position = 0
    for start, end, name, _arg, options, body in _blocks(lines):
        classes = options.get("class", "").split()
        if name == "admonition" and "exercise" in classes:
            label = options.get("label") or options.get("name")
            if not label:
                raise NotebookDialectError(
                    f"the exercise {lines[start].strip()!r} needs a :label: (e.g. intro-ex-1)"
                )
            replacement = ["```{exercise-start}", f":label: {label}", "```", _trim(body),
                           "```{exercise-end}", "```"]
            last_label = label
        elif name == "dropdown" and "solution" in classes:
            if last_label is None:
                raise NotebookDialectError(
                    f"the solution {lines[start].strip()!r} comes before any exercise"
                )
            replacement = [f"```{{solution-start}} {last_label}", ":class: dropdown", "```",
                           _trim(body), "```{solution-end}", "```"]
        else:
            continue
        out += lines[position:start] + replacement
        position = end + 1
    out += lines[position:]
    return "\n".join(out), last_label


def caption_of(markdown: str) -> tuple[str, str] | None:
    """The label and caption of a caption cell (one ``:::{figure}`` without an image), or None.

    Parameters
    ----------
    markdown : str
        The source of a markdown cell.

    Returns
    -------
    tuple of str or None
        ``(label, caption)`` when the whole cell is one figure directive without argument.

    Raises
    ------
    NotebookDialectError
        If such a cell has no label or holds more than the figure.

    Examples
    --------
    >>> caption_of(":::{figure}\\n:label: fig-a\\n:kind: figuur\\nThe caption.\\n:::")
    ('fig-a', 'The caption.')
    >>> caption_of("Some prose.") is None
    True
    """
    lines = markdown.strip("\n").split("\n")
    if not lines or not FENCE_OPEN.match(lines[0]):
        return None
    blocks = list(_blocks(lines))
    _start, end, name, arg, options, body = blocks[0]
    if name != "figure" or arg:
        return None
    label = options.get("label") or options.get("name")
    if not label:
        raise NotebookDialectError(f"the caption cell {lines[0]!r} needs a :label: (fig-...)")
    if len(blocks) > 1 or any(line.strip() for line in lines[end + 1:]):
        raise NotebookDialectError(f"the caption cell of {label!r} must hold only the figure")
    return label, _trim(body)


def translate_notebook(notebook: nbformat.NotebookNode, srcdir: Path) -> nbformat.NotebookNode:
    """Translate a notebook of the book into the form Sphinx reads (in place).

    Parameters
    ----------
    notebook : NotebookNode
        The notebook as stored.
    srcdir : pathlib.Path
        The language folder (``book/nl`` or ``book/en``), for its glossary and the
        bibliography next to it.

    Returns
    -------
    NotebookNode
        The same notebook: caption cells folded into the figure metadata of the chart cell
        before them (``metadata.mystnb.figure``), links and exercises translated.

    Raises
    ------
    NotebookDialectError
        If the notebook breaks one of the conventions (the message says which).
    """
    terms = _glossary(str(srcdir / "glossary.md"))
    bib_keys = _bib_keys(str(srcdir.parent / "references.bib"))
    cells = []
    last_exercise: str | None = None
    for cell in notebook.cells:
        if cell.cell_type != "markdown":
            cells.append(cell)
            continue
        source = translate_links(cell.source, terms, bib_keys)
        caption = caption_of(source)
        if caption is not None:
            label, text = caption
            if not cells or cells[-1].cell_type != "code":
                raise NotebookDialectError(
                    f"the caption cell of {label!r} must follow the code cell of its chart"
                )
            mystnb = dict(cells[-1].metadata.get("mystnb", {}))
            mystnb["figure"] = {"caption": text, "name": label}
            cells[-1].metadata["mystnb"] = mystnb
            continue
        cell.source, last_exercise = translate_exercises(source, last_exercise)
        cells.append(cell)
    notebook.cells = cells
    return notebook


def read_notebook(text: str, srcdir: str) -> nbformat.NotebookNode:
    """MyST-NB reader for ``.ipynb`` files of the book (``nb_custom_formats``).

    Parameters
    ----------
    text : str
        The notebook file's content.
    srcdir : str
        The language folder being built.

    Returns
    -------
    NotebookNode
        The translated notebook (:func:`translate_notebook`).
    """
    notebook = nbformat.reads(text, as_version=NOTEBOOK_VERSION)
    return translate_notebook(notebook, Path(srcdir))


# ------------------------------------------------------------------------------------------
# Sphinx set-up
# ------------------------------------------------------------------------------------------


def use_reader(app: Sphinx, config: Any) -> None:
    """Read ``.ipynb`` files with :func:`read_notebook`."""
    formats = dict(config.nb_custom_formats or {})
    formats[".ipynb"] = ("aifin_notebooks.read_notebook", {"srcdir": str(app.srcdir)}, False)
    config.nb_custom_formats = formats


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the reader and let ``{eval}`` read published figures."""
    from myst_nb.core.execute.base import NotebookClientBase

    NotebookClientBase.eval_variable = eval_from_outputs  # type: ignore[method-assign]
    app.connect("config-inited", use_reader, priority=400)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
