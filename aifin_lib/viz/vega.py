"""Compiling a chart's Vega-Lite spec to the Vega spec the site draws (at build time).

:func:`vega_spec` compiles with ``vl_convert`` and adds what the site's chart script needs: a
dataset of the rows the chart shows now (its CSV download and table view) and a signal that
stacks legends and wraps long titles on a narrow screen. :func:`chart_id` gives a chart a
stable element id from a hash of its spec.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable
from typing import Any

import altair as alt

__all__ = ["NARROW_SIGNAL", "ROWS_DATASET", "TITLE_WRAP", "VL_VERSION", "chart_id", "vega_spec"]

VL_VERSION = ".".join(alt.SCHEMA_VERSION.lstrip("v").split(".")[:2])
"""The Vega-Lite version (``"6.4"``) that :func:`vega_spec` compiles with: Altair's."""

ROWS_DATASET = "aifin_rows"
"""Name of the Vega dataset that holds the rows a chart shows now (its CSV download)."""

def _rows_dataset(vl: dict[str, Any], vg: dict[str, Any]) -> dict[str, Any] | None:
    """The Vega dataset of the rows a chart shows now, from ``usermeta["aifin"]["rows"]``."""
    meta = (vl.get("usermeta") or {}).get("aifin", {})
    rows = dict(meta.get("rows", {}))
    datasets = vl.get("datasets", {})
    names = [d["name"] for d in vg.get("data", []) if "values" in d or "url" in d]
    top = (vl.get("data") or {}).get("name")
    columns = rows.get("columns")
    source = rows.get("source")
    wanted = rows.get("source_columns", columns)
    if source is None and wanted:
        source = next(
            (n for n in names if datasets.get(n) and set(wanted) <= set(datasets[n][0])), None
        )
    if source is None:
        source = top if top in names else (names[0] if names else None)
        if source is not None and not columns and datasets.get(source):
            # a static chart whose panels hold the same kind of rows: all of them (a union)
            shape = set(datasets[source][0])
            same = [n for n in names if datasets.get(n) and set(datasets[n][0]) == shape]
            if len(same) > 1:
                source = [source, *(n for n in same if n != source)]
    if source is None:
        return None
    transform: list[dict[str, Any]] = []
    if rows.get("filter"):
        transform.append({"type": "filter", "expr": rows["filter"]})
    for name, expr in rows.get("formulas", {}).items():
        transform.append({"type": "formula", "expr": expr, "as": name})
    for lookup in rows.get("lookups", ()):
        lookup = dict(lookup)
        need = lookup.pop("from_columns", None)
        if need and "from" not in lookup:
            lookup["from"] = next(
                n for n in names if datasets.get(n) and set(need) <= set(datasets[n][0])
            )
        transform.append({"type": "lookup", **lookup})
    fields = columns
    first = source[0] if isinstance(source, list) else source
    if not fields and datasets.get(first):
        fields = list(datasets[first][0])
    if fields:
        transform.append({"type": "project", "fields": list(fields)})
    return {"name": ROWS_DATASET, "source": source, "transform": transform}


def _column_words(vl: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """The reader's name and number format of each field a chart's encodings title.

    Tooltip titles come first (they name a value as the reader reads it), then axis and legend
    titles. Used by the site's table view for its headers in the page's language.
    """
    headers: dict[str, str] = {}
    formats: dict[str, str] = {}
    found: list[tuple[int, dict[str, Any]]] = []

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            for key, value in node.items():
                if key == "encoding" and isinstance(value, dict):
                    for channel, definition in value.items():
                        for d in definition if isinstance(definition, list) else [definition]:
                            if isinstance(d, dict) and isinstance(d.get("field"), str):
                                found.append((0 if channel == "tooltip" else 1, d))
                elif key not in ("values", "datasets", "usermeta"):
                    walk(value)

    walk(vl)
    for _, d in sorted(found, key=lambda item: item[0]):
        field, title = d["field"], d.get("title")
        if isinstance(title, list):
            title = " ".join(str(part) for part in title)
        if isinstance(title, str) and title.strip() and field not in headers:
            headers[field] = title
            if isinstance(d.get("format"), str) and d.get("type") == "quantitative":
                formats[field] = d["format"]
    return headers, formats


@functools.lru_cache(maxsize=64)
def _compile(text: str) -> str:
    import vl_convert

    return json.dumps(vl_convert.vegalite_to_vega(json.loads(text), vl_version=VL_VERSION))


def vega_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """Compile a Vega-Lite spec to the Vega spec the site draws (at build time).

    Parameters
    ----------
    spec : dict
        A Vega-Lite spec (as stored in a notebook).

    Returns
    -------
    dict
        The Vega spec from ``vl_convert.vegalite_to_vega`` (Vega-Lite :data:`VL_VERSION`), with
        Vega's English ARIA descriptions switched off (the page gives each chart a description
        and a table in its own language), ``usermeta`` kept, and a dataset
        :data:`ROWS_DATASET` holding the rows the chart shows at the current control values
        (the ``rows`` entry of ``usermeta["aifin"]``: ``columns``, ``filter``, ``formulas``,
        ``lookups``; by default every column of the chart's main data, and of the panels
        whose data have the same columns). ``usermeta["aifin"]["table"]`` gives the site's
        table view its headers and number formats: each field's title in the chart's
        encodings (tooltips first), overridden by ``usermeta["aifin"]["headers"]`` and
        ``["formats"]`` where a chart declares them.

    Examples
    --------
    >>> vg = vega_spec({"data": {"values": [{"a": 1}]}, "mark": "point",
    ...                 "encoding": {"x": {"field": "a", "type": "quantitative"}}})
    >>> [d["name"] for d in vg["data"]][-1]
    'aifin_rows'
    """
    vl = json.loads(json.dumps(spec))
    vl["$schema"] = alt.SCHEMA_URL
    config = dict(vl.get("config", {}))
    config["aria"] = False
    vl["config"] = config
    vg = json.loads(_compile(json.dumps(vl, sort_keys=True)))
    vg.pop("$schema", None)
    if "usermeta" in vl:
        vg["usermeta"] = vl["usermeta"]
    rows = _rows_dataset(vl, vg)
    if rows is not None:
        vg.setdefault("data", []).append(rows)
        headers, formats = _column_words(vl)
        meta = dict((vg.get("usermeta") or {}).get("aifin", {}))
        headers.update(meta.get("headers", {}))
        formats.update(meta.get("formats", {}))
        meta["table"] = {"headers": headers, "formats": formats}
        vg["usermeta"] = {**(vg.get("usermeta") or {}), "aifin": meta}
    wrapped = _wrap_titles(vg)
    if _stack_legends(vg) or wrapped:
        vg.setdefault("signals", []).insert(0, {"name": NARROW_SIGNAL, "value": False})
    return vg


NARROW_SIGNAL = "aifin_narrow"
"""Vega signal the site's chart script sets on a narrow screen: legends then stack entries."""


def _each_object(node: Any, change: Callable[[dict[str, Any]], bool], own: str) -> bool:
    """Apply ``change`` to every object of a Vega spec, outer first; True if any call was.

    The walk does not enter data ``values`` nor the key ``own`` that ``change`` handles.
    """
    found = False
    if isinstance(node, list):
        for item in node:
            found = _each_object(item, change, own) or found
        return found
    if not isinstance(node, dict):
        return False
    found = change(node)
    for key, value in node.items():
        if key not in ("values", own):
            found = _each_object(value, change, own) or found
    return found


def _stack_legends(node: Any) -> bool:
    """Let every legend put one entry per line when :data:`NARROW_SIGNAL` is true."""
    return _each_object(node, _stack_own_legends, "legends")


def _stack_own_legends(node: dict[str, Any]) -> bool:
    """:func:`_stack_legends` for the legends of one object."""
    found = False
    for legend in node.get("legends", []) or []:
        if isinstance(legend, dict) and legend.get("type", "symbol") == "symbol":
            columns = legend.get("columns", 0)
            if isinstance(columns, dict):
                continue
            legend["columns"] = {"signal": f"{NARROW_SIGNAL} ? 1 : {int(columns)}"}
            found = True
    return found


TITLE_WRAP = 36
"""Chart titles longer than this many characters are set on several lines (phones)."""


def _wrap_titles(node: Any) -> bool:
    """On a narrow screen (:data:`NARROW_SIGNAL`), set long chart titles on several lines."""
    return _each_object(node, _wrap_own_title, "title")


def _wrap_own_title(node: dict[str, Any]) -> bool:
    """:func:`_wrap_titles` for the title of one object."""
    import textwrap

    title = node.get("title")
    if isinstance(title, dict) and isinstance(title.get("text"), str):
        text = title["text"]
        if len(text) > TITLE_WRAP:
            lines = textwrap.wrap(text, TITLE_WRAP, break_on_hyphens=False)
            title["text"] = {
                "signal": f"{NARROW_SIGNAL} ? {json.dumps(lines)} : {json.dumps(text)}"
            }
            return True
    return False


def chart_id(spec: dict[str, Any]) -> str:
    """Return a stable element id for a chart, derived from a hash of its spec.

    Parameters
    ----------
    spec : dict
        A Vega-Lite spec.

    Returns
    -------
    str
        ``"vega-"`` followed by 12 hexadecimal digits; equal specs give equal ids.

    Examples
    --------
    >>> chart_id({"mark": "bar"}) == chart_id({"mark": "bar"})
    True
    >>> chart_id({"mark": "bar"}).startswith("vega-")
    True
    """
    text = json.dumps(spec, sort_keys=True, separators=(",", ":"))
    return "vega-" + hashlib.sha256(text.encode()).hexdigest()[:12]
