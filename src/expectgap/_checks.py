"""Validation rules shared by the model constructors and the batch (frame) layer.

Each rule is vectorized: it takes arrays (a scalar is an array of one) and returns the mask of
bad values, with the text of what is accepted. The dataclasses of
:mod:`expectgap.conditions` and :mod:`expectgap.assess.models` raise
:class:`~expectgap.errors.InvalidInput` where a rule flags their value; :mod:`expectgap.frame`
turns the same masks into row errors. So one row is accepted or refused the same way alone or
in a batch.

NaN means "not stated" and is never flagged by these rules.

Examples
--------
>>> import numpy as np
>>> HOURS_PER_WEEK.bad(np.array([0.0, 40.0, 500.0])).tolist()
[True, False, True]
>>> walk_away_bad(np.array([500.0, 500.0]), np.array([520.0, np.nan]), higher_is_better=True)
array([ True, False])
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = [
    "AMOUNT",
    "HOURS_PER_WEEK",
    "LEVEL",
    "OVERTIME_HOURS_PER_MONTH",
    "PAID_LEAVE_DAYS",
    "POSITIVE_AMOUNT",
    "REMOTE_DAYS_PER_WEEK",
    "Range",
    "level_order_bad",
    "walk_away_bad",
    "walk_away_expected",
]

BoolArray = npt.NDArray[np.bool_]

_HOURS_IN_WEEK = 168
_DAYS_IN_WEEK = 7
_DAYS_IN_YEAR = 366
# Overtime a month: at most five weeks of every hour.
_WEEKS_IN_MONTH_MAX = 5


@dataclass(frozen=True)
class Range:
    """Accepted values: ``low`` (excluded when ``open_low``) to ``high``, whole numbers only
    when ``whole``.

    Examples
    --------
    >>> Range(0, 7).expected, Range(0, None, whole=True).expected
    ('a number in [0, 7]', 'a whole number >= 0')
    """

    low: float
    high: float | None
    open_low: bool = False
    whole: bool = False

    @property
    def expected(self) -> str:
        """What is accepted, for messages.

        Examples
        --------
        >>> HOURS_PER_WEEK.expected
        'a number in (0, 168]'
        """
        noun = "a whole number" if self.whole else "a number"
        if self.high is None:
            return f"{noun} {'>' if self.open_low else '>='} {self.low:g}"
        bracket = "(" if self.open_low else "["
        return f"{noun} in {bracket}{self.low:g}, {self.high:g}]"

    def bad(self, values: npt.ArrayLike) -> BoolArray:
        """Mask of values outside the range (NaN: not stated, not flagged).

        Examples
        --------
        >>> LEVEL.bad([2.5, 3.0, -1.0, float("nan")]).tolist()
        [True, False, True, False]
        """
        v = np.asarray(values, dtype=np.float64)
        stated = ~np.isnan(v)
        out = ~np.isfinite(v) | (v <= self.low if self.open_low else v < self.low)
        if self.high is not None:
            out |= v > self.high
        if self.whole:
            with np.errstate(invalid="ignore"):
                out |= v != np.floor(v)
        return np.asarray(out & stated, dtype=bool)


#: An amount >= 0 (a walk-away, a bonus, a limit sought).
AMOUNT = Range(0, None)
#: An amount > 0 (a salary target).
POSITIVE_AMOUNT = Range(0, None, open_low=True)
#: Scheduled hours a week.
HOURS_PER_WEEK = Range(0, _HOURS_IN_WEEK, open_low=True)
#: Overtime hours a month.
OVERTIME_HOURS_PER_MONTH = Range(0, _HOURS_IN_WEEK * _WEEKS_IN_MONTH_MAX)
#: Remote days a week.
REMOTE_DAYS_PER_WEEK = Range(0, _DAYS_IN_WEEK)
#: Paid leave days a year.
PAID_LEAVE_DAYS = Range(0, _DAYS_IN_YEAR, whole=True)
#: A level on a company's ladder.
LEVEL = Range(0, None, whole=True)


def walk_away_bad(target: Any, walk: Any, *, higher_is_better: bool) -> BoolArray:
    """Mask of walk-away values on the wrong side of the target (above it where more is better,
    below it where less is better); NaN on either side is not flagged.

    Examples
    --------
    >>> walk_away_bad(40.0, 35.0, higher_is_better=False).tolist()
    True
    """
    t, w = np.asarray(target, dtype=np.float64), np.asarray(walk, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        wrong = w > t if higher_is_better else w < t
    return np.asarray(wrong & ~np.isnan(t) & ~np.isnan(w), dtype=bool)


def walk_away_expected(target: str, *, higher_is_better: bool) -> str:
    """What a walk-away value must be, for messages.

    Examples
    --------
    >>> walk_away_expected("500000", higher_is_better=True)
    'at most the target (500000): the least the candidate would accept'
    """
    if higher_is_better:
        return f"at most the target ({target}): the least the candidate would accept"
    return f"at least the target ({target}): the most the candidate would accept"


def level_order_bad(level: Any, min_level: Any) -> BoolArray:
    """Mask of lowest accepted levels above the level sought (NaN: not stated).

    Examples
    --------
    >>> level_order_bad([3.0, 3.0], [4.0, float("nan")]).tolist()
    [True, False]
    """
    return walk_away_bad(level, min_level, higher_is_better=True)
