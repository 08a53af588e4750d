"""The rows of ``data/`` a scenario network is calibrated from, as chart source references."""

from __future__ import annotations

from aifin_lib import data

from .network import ScenarioNetwork
from .simulation import default_network

__all__ = ["network_sources"]


def network_sources(network: ScenarioNetwork | None = None) -> list[str]:
    """The rows of ``data/`` the network's calibration reads, as chart source references.

    Parameters
    ----------
    network : ScenarioNetwork, optional
        The network (default :func:`~aifin_lib.scenario.default_network`).

    Returns
    -------
    list of str
        ``"<table>:<id>"`` references (``history:``, ``macro:`` or ``deals:``), each once, in
        the order of the calibration's inputs (what :func:`aifin_lib.viz.sources.with_sources`
        takes).

    Examples
    --------
    >>> refs = network_sources()
    >>> all(r.split(":")[0] in ("history", "macro", "deals") for r in refs)
    True
    """
    net = default_network() if network is None else network
    refs = []
    history = set(data.load("history")["metric_id"])
    for cell in net.inputs["references"]:
        for ref in str(cell).split("; "):
            kind, _, key = ref.partition(":")
            key = key.split(".")[0]
            if kind == "metric":
                refs.append(f"{'history' if key in history else 'macro'}:{key}")
            elif kind == "deal":
                refs.append(f"deals:{key}")
    return list(dict.fromkeys(refs))
