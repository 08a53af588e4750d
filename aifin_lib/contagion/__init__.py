"""Financial-network contagion: clearing payments, default costs, DebtRank and Furfine cascades.

Four models of how losses travel through a network of obligations, implemented exactly and
sparse-aware:

- :func:`eisenberg_noe`: the clearing payment vector of Eisenberg and Noe (2001), with five
  solvers (fictitious default, a Picard/Krylov hybrid, a Picard/sparse-LU hybrid, Picard
  iteration, linear programme); :func:`eisenberg_noe_batch` solves many scenarios of external
  assets at once.
- :func:`rogers_veraart`: clearing with default costs (Rogers and Veraart 2013).
- :func:`debtrank` / :func:`debtrank_batch`: distress propagation, single-hit (Battiston et al.
  2012) and linear (Bardoscia et al. 2015).
- :func:`furfine`: sequential defaults without recoveries feeding back (Furfine 2003).

Conventions
-----------
- ``liabilities[i, j] >= 0`` is the nominal amount firm ``i`` owes firm ``j`` (row = debtor,
  column = creditor), in USD billions, due at one common clearing date; the diagonal is zero.
  Dense ``numpy`` arrays, ``scipy.sparse`` arrays/matrices and ``pandas.DataFrame`` are
  accepted; sparse input is never densified. A DataFrame is read by label: its columns are put
  in the order of its index, and a ``pandas.Series`` given for a vector is matched to those
  labels (results follow the order of the index).
- ``external_assets[i]`` is firm ``i``'s *net* external position in USD billions: external
  (non-network) assets minus senior external debt. It may be negative; a firm then pays its
  network creditors nothing until the senior deficit is covered (the NEVA convention of
  Barucca et al. 2020: network creditors absorb losses first, payments are floored at zero).
- ``external_liabilities[i] >= 0`` (optional) is external debt that ranks *pari passu* with
  network debt (Glasserman-Young; Gandy-Veraart): it is added to the total obligation
  ``pbar[i] = sum_j liabilities[i, j] + external_liabilities[i]`` and outside creditors share
  losses pro rata. Without it the original Eisenberg-Noe convention applies.
- ``exposures[i, j] >= 0`` (DebtRank, Furfine) is the asset view: the exposure of ``i`` to
  ``j``, i.e. ``liabilities.T``.
- Recovery rates, distress, weights and loss-given-default are fractions, not percents.
- Tolerances are relative per firm: a firm is in default when it pays less than
  ``(1 - tol) * pbar[i]``, so no firm's result is off by more than a small fraction of its own
  obligations, whatever the size of the other firms.

Modules
-------
One job each; the public names are re-exported here.

- :mod:`.clearing`: :func:`eisenberg_noe` and its method names; :mod:`.default_costs`:
  :func:`rogers_veraart`; :mod:`.batch`: :func:`eisenberg_noe_batch`; :mod:`.distress`:
  :func:`debtrank` and :func:`debtrank_batch`; :mod:`.cascade`: :func:`furfine`;
  :mod:`.results`: the result types.
- The clearing engine: :mod:`.validation` (inputs, pandas labels, sparse or dense),
  :mod:`.network` (obligations, relative liabilities, closed classes), :mod:`.problem` (one
  clearing problem, its upper bound, the verified result), :mod:`.sweeps` (Picard sweeps),
  :mod:`.exact` (fictitious default rounds with exact solves), :mod:`.linalg` (LU and GMRES),
  :mod:`.lp` (the linear programme), :mod:`.warn` (warnings attributed to the caller).
"""

from .batch import eisenberg_noe_batch
from .cascade import FailureInput, furfine
from .clearing import EN_METHODS, ENMethod, eisenberg_noe
from .default_costs import rogers_veraart
from .distress import DR_VARIANTS, DebtRankVariant, debtrank, debtrank_batch
from .results import (
    BatchClearingResult,
    BatchDebtRankResult,
    ClearingResult,
    DebtRankResult,
    FurfineResult,
)
from .validation import MatrixInput, ScenarioInput, VectorInput

__all__ = [
    "DR_VARIANTS",
    "EN_METHODS",
    "BatchClearingResult",
    "BatchDebtRankResult",
    "ClearingResult",
    "DebtRankResult",
    "DebtRankVariant",
    "ENMethod",
    "FailureInput",
    "FurfineResult",
    "MatrixInput",
    "ScenarioInput",
    "VectorInput",
    "debtrank",
    "debtrank_batch",
    "eisenberg_noe",
    "eisenberg_noe_batch",
    "furfine",
    "rogers_veraart",
]
