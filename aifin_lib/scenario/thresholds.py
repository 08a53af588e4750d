"""What it takes for a firm to default: how far its outside cash flow must fall, or its debt rise.

Both are found by bisection on :func:`~aifin_lib.scenario.run_scenario`, with every other input
at its central value.
"""

from __future__ import annotations

from .network import ScenarioNetwork, build_network
from .simulation import default_network, run_scenario

__all__ = ["credit_loss_threshold", "debt_multiple_threshold"]


def credit_loss_threshold(firm: str, path: str = "bust", tol: float = 1e-6,
                          network: ScenarioNetwork | None = None) -> float:
    """The largest factor on outside cash flows at which ``firm`` defaults on ``path``.

    Parameters
    ----------
    firm : str
        An operating firm of the network.
    path : {"stagnation", "bust"}, default "bust"
        Revenue path (other inputs at their central values).
    tol : float, default 1e-6
        Precision of the bisection, in units of the factor.
    network : ScenarioNetwork, optional
        The network (default :func:`~aifin_lib.scenario.default_network`).

    Returns
    -------
    float
        The factor ``f`` (1 = the outside cash flows of the data) below which ``firm``
        defaults; 0 if it survives even without outside cash flow, 1 or more if it defaults
        already at the data's values (then 1 is returned).

    Raises
    ------
    ValueError
        If ``firm`` is not a firm of the network.

    Notes
    -----
    Defaults are monotone in the factor (a firm with more cash never defaults earlier), so
    the threshold is found by bisection on ``[0, 1]``.

    Examples
    --------
    >>> 0.0 < credit_loss_threshold("coreweave") < 1.0
    True
    """
    net = default_network() if network is None else network
    i = net.index(firm)

    def falls(f: float) -> bool:
        return bool(run_scenario(net, path, outside_cash_flow_factor=f).default_year[i] >= 0)

    if falls(1.0):
        return 1.0
    if not falls(0.0):
        return 0.0
    lo, hi = 0.0, 1.0  # falls(lo), not falls(hi)
    while hi - lo > tol:
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if falls(mid) else (lo, mid)
    return lo


def debt_multiple_threshold(firm: str, path: str = "bust", tol: float = 1e-3,
                            most: float = 20.0) -> float:
    """How many times its debt ``firm`` would have to owe before it defaults on ``path``.

    Parameters
    ----------
    firm : str
        An operating firm with debt in the calibration.
    path : {"stagnation", "bust"}, default "bust"
        Revenue path (other inputs at their central values).
    tol : float, default 1e-3
        Precision of the bisection, in units of the multiple.
    most : float, default 20.0
        Largest multiple tried.

    Returns
    -------
    float
        The smallest multiple ``m >= 1`` of every debt tranche of ``firm`` at which it
        defaults, or ``inf`` if it survives even at ``most`` times its debt.

    Raises
    ------
    ValueError
        If ``firm`` has no debt in the calibration.

    Notes
    -----
    The network of ``data/`` (:func:`~aifin_lib.scenario.default_network`) with the debt
    inputs of ``firm`` scaled (:func:`~aifin_lib.scenario.build_network` with ``overrides``);
    defaults are monotone in the multiple, so it is found by bisection on ``[1, most]``.
    """
    net = default_network()
    rows = net.inputs[(net.inputs["firm"] == firm) & (net.inputs["item"] == "debt")]
    if rows.empty:
        raise ValueError(f"firm {firm!r} has no debt in the calibration")
    i = net.index(firm)

    def falls(m: float) -> bool:
        variant = build_network(overrides={k: m * v for k, v in
                                           zip(rows["input_id"], rows["value"], strict=True)})
        return bool(run_scenario(variant, path).default_year[i] >= 0)

    if falls(1.0):
        return 1.0
    if not falls(most):
        return float("inf")
    lo, hi = 1.0, most  # not falls(lo), falls(hi)
    while hi - lo > tol:
        mid = 0.5 * (lo + hi)
        lo, hi = (lo, mid) if falls(mid) else (mid, hi)
    return hi
