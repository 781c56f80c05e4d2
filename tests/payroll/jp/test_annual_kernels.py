"""Faster kernels of jp.annual give what the plain computation gives.

Reference: numpy's binary search (``searchsorted``) of the grade bounds, the computation the
lookup table replaces, on every bound, a yen and a fraction of a yen either side, and random
pays from 0 to far above the last grade.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from expectgap.payroll._params import load
from expectgap.payroll.jp.annual import _grades


@pytest.mark.parametrize("month", [date(2024, 1, 1), date(2025, 4, 1), date(2026, 3, 1)])
def test_grade_lookup_equals_the_binary_search(month: date) -> None:
    rows = load("expectgap.payroll.jp.params", "health_insurance")["grades"].at(month)
    lower = np.asarray([row["lower"] for row in rows], dtype=np.float64)
    rng = np.random.default_rng(month.toordinal())
    edges = np.concatenate([lower + d for d in (-1.0, -0.5, -0.001, 0.0, 0.001, 0.5, 1.0)])
    pay = np.concatenate(
        [edges, rng.uniform(0, 3e6, 200_000), rng.integers(0, 2_000_000, 50_000), [0.0, 1e15]]
    )
    pay = pay[pay >= 0]
    expected = lower.searchsorted(pay, side="right") - 1
    np.testing.assert_array_equal(_grades(lower.tobytes())(pay), expected)
    # a scalar (the engine holds a batch of one as numpy scalars)
    assert _grades(lower.tobytes())(np.float64(lower[3])) == 3


def test_bounds_off_the_step_are_searched() -> None:
    lower = np.asarray([0.0, 58_000.0, 63_500.5])
    pay = np.asarray([0.0, 57_999.0, 63_500.0, 63_500.5, 70_000.0])
    np.testing.assert_array_equal(_grades(lower.tobytes())(pay), [0, 0, 1, 2, 2])
