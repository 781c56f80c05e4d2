"""The entry of a scalar jp.annual call: plain numbers take a shortcut past the array checks,
with the same results and the same refusals as the arrays they stand for."""

from __future__ import annotations

import math

import numpy as np
import pytest

from expectgap.errors import InvalidInput
from expectgap.money import MONTHS_IN_YEAR, max_amount
from expectgap.payroll.jp.annual import annual

# The bonus a year is at most twelve months of the yen maximum (1e11, data/currencies.toml).
_MOST_BONUS = MONTHS_IN_YEAR * max_amount("JPY")


@pytest.mark.parametrize("bonus", [0, 1, 1_000_000, 1_234_567.5, 0.0])
def test_a_plain_bonus_equals_a_batch_of_one(bonus: float) -> None:
    one = annual(450_000, year=2026, bonus=bonus)
    batch = annual([450_000], year=2026, bonus=np.array([bonus], dtype=np.float64))
    for name in ("gross", "social_insurance_total", "income_tax", "resident_tax", "net"):
        assert getattr(one, name) == int(getattr(batch, name)[0]), name


@pytest.mark.parametrize("bonus", [-1, -0.5, math.nan, math.inf, True, _MOST_BONUS + 1])
def test_a_bad_plain_bonus_is_refused_as_before(bonus: object) -> None:
    with pytest.raises(InvalidInput, match=r"^bonus: "):
        annual(450_000, year=2026, bonus=bonus)


def test_the_largest_bonus_is_accepted() -> None:
    assert annual(450_000, year=2026, bonus=_MOST_BONUS).gross > _MOST_BONUS
