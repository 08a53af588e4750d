"""Bad input to the capital and policy models gets a clear error naming the parameter."""

from __future__ import annotations

import numpy as np
import pytest

from aifin_lib.capital import cahn_required_revenue, debt_service, straight_line_schedule
from aifin_lib.regulation import Policy


@pytest.mark.parametrize("flag", ["yes", 1, None, "False"])
def test_debt_service_interest_only_must_be_a_bool(flag) -> None:
    """interest_only="yes" (or "False", which is truthy) once silently chose a branch."""
    with pytest.raises(TypeError, match="interest_only must be True or False"):
        debt_service(100.0, 0.06, 10, interest_only=flag)
    assert debt_service(100.0, 0.06, 10, interest_only=np.bool_(True)) == pytest.approx(6.0)


def test_straight_line_schedule_life_must_be_one_number() -> None:
    """One useful life per capex path: a list raises naming life (it once failed with
    "only 0-dimensional arrays can be converted to Python scalars")."""
    with pytest.raises(ValueError, match=r"life must be a single number.*shape \(2,\)"):
        straight_line_schedule([12.0], [4, 5])
    assert straight_line_schedule([12.0], np.float64(4.0)).tolist() == [3.0, 3.0, 3.0, 3.0]


def test_shape_mismatches_name_the_parameters() -> None:
    """Arrays that do not broadcast raise a ValueError naming each input and its shape
    (numpy's message names neither)."""
    with pytest.raises(
        ValueError, match=r"gpu_run_rate \(3,\), tco_multiple \(2,\), end_user_margin \(\)"
    ):
        cahn_required_revenue([50.0, 100.0, 150.0], [2.0, 2.5])
    with pytest.raises(ValueError, match=r"principal \(2,\), rate \(3,\), term \(\)"):
        debt_service([1.0, 2.0], [0.05, 0.06, 0.07], 5)
    assert cahn_required_revenue([50.0, 150.0], [2.0, 2.0]).tolist() == [200.0, 600.0]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("disclosure", "0.5"),
        ("disclosure", b"0.5"),
        ("max_loan_to_value", "0.8"),
        ("capital_ratio", "0.1"),
        ("max_exposure_to_capital", "2"),
    ],
)
def test_policy_refuses_numbers_written_as_text(field: str, value) -> None:
    """Policy(disclosure="0.5") was accepted (float("0.5") reads text); it raises naming the
    field."""
    with pytest.raises(ValueError, match=f"{field} must be a number"):
        Policy(**{field: value})
