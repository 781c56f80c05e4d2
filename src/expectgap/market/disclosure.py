"""Disclosure-control policy for peer groups: the floors no caller can lower.

A :class:`DisclosurePolicy` holds the rules a :class:`~expectgap.market.PeerGroup` must pass
before it publishes anything, and the coarseness of what it then publishes. Every default is a
floor: a caller may make a rule stricter (more contributors, a smaller weight share, a coarser
grid or percentile step) but never looser; a looser value is refused with
:class:`~expectgap.errors.InvalidInput`.

Rules
-----
* ``min_n`` (floor 5): counted contributors behind a release (Radford and the 1996 DOJ/FTC
  safety zone: at least 5 providers behind each statistic). A contributor is a person by id,
  else a row; no rule looks at whether two amounts are equal.
* ``min_relative_weight`` (floor 0.5): a contributor counts only if its weight is at least this
  fraction of the mean contributor weight; decoys of negligible weight are not counted. The
  Kish effective number of contributors ``(sum w)^2 / sum w^2`` must also reach ``min_n``.
* ``max_weight_share`` (ceiling 0.25): no contributor above 25% of the total weight (DOJ/FTC).
* ``protection`` (floor 0.10): the p% rule. Every released quantile is rounded to a grid step
  of at least ``2 * protection * c * x`` for every contributor, where ``c * x`` is that
  contributor's share in the quantile (its Harrell-Davis weight times its amount): moving one
  person's pay by ``protection`` of it either way moves no quantile by more than half a step.
* ``percentile_step`` (floor 5): the resolution of every percentile answered from a release.
* ``tail_min_n`` (floor 20): P10 and P90 are released only from this many counted
  contributors; smaller groups release P25, P50 and P75.

Examples
--------
>>> DisclosurePolicy().min_n
5
>>> DisclosurePolicy(min_n=10).min_n
10
>>> DisclosurePolicy(min_n=2)
Traceback (most recent call last):
...
expectgap.errors.InvalidInput: min_n: got 2; expected a whole number >= 5 (a privacy floor: it can be raised, never lowered)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from expectgap.errors import InvalidInput
from expectgap.money import as_fraction

__all__ = [
    "MAX_WEIGHT",
    "MAX_WEIGHT_SHARE",
    "MIN_N",
    "MIN_RELATIVE_WEIGHT",
    "MIN_WEIGHT",
    "PERCENTILE_STEP",
    "PROTECTION",
    "TAIL_MIN_N",
    "DisclosurePolicy",
]

#: Fewest counted contributors behind a release (Radford; 1996 DOJ/FTC safety zone: >= 5).
MIN_N = 5
#: Largest share of the total weight one contributor may carry (DOJ/FTC safety zone: 25%).
MAX_WEIGHT_SHARE = 0.25
#: A contributor counts only with at least this fraction of the mean contributor weight.
MIN_RELATIVE_WEIGHT = 0.5
#: The p% rule: no published figure narrows one person's pay below +-10% of it on its own.
PROTECTION = 0.10
#: Resolution (in percentile points) of every percentile answered from a release.
PERCENTILE_STEP = 5
#: Counted contributors needed before P10 and P90 are released.
TAIL_MIN_N = 20
#: Smallest and largest accepted row weight (no subnormals, no overflow when summed).
MIN_WEIGHT = 1e-6
MAX_WEIGHT = 1e9

_PERCENTILE_STEPS = (5, 10, 20, 25, 50)
_MAX_PROTECTION = 0.5  # half of an amount either way: beyond it the grid says nothing
_FLOOR_NOTE = "(a privacy floor: it can be raised, never lowered)"


@dataclass(frozen=True)
class DisclosurePolicy:
    """The statistical-disclosure-control rules of a peer release (see the module docs).

    Parameters
    ----------
    min_n : int
        Counted contributors needed (>= 5).
    max_weight_share : float
        Largest weight share of one contributor (in (0, 0.25]).
    min_relative_weight : float
        Fraction of the mean contributor weight below which a contributor is not counted
        (in [0.5, 1]).
    protection : float
        The p% rule's p (in [0.10, 0.5]).
    percentile_step : int
        Percentile resolution: 5, 10, 20, 25 or 50 (>= 5).
    tail_min_n : int
        Counted contributors needed for P10 and P90 (>= 20).

    Raises
    ------
    InvalidInput
        Any value looser than its floor, or out of range.

    Examples
    --------
    >>> DisclosurePolicy(max_weight_share=0.2, percentile_step=10).percentile_step
    10
    >>> DisclosurePolicy(max_weight_share=1)
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: max_weight_share: got 1; expected a share in (0, 0.25] (a privacy floor: it can be raised, never lowered)
    """

    min_n: int = MIN_N
    max_weight_share: float = MAX_WEIGHT_SHARE
    min_relative_weight: float = MIN_RELATIVE_WEIGHT
    protection: float = PROTECTION
    percentile_step: int = PERCENTILE_STEP
    tail_min_n: int = TAIL_MIN_N

    def __post_init__(self) -> None:
        _whole(self.min_n, "min_n", MIN_N)
        _whole(self.tail_min_n, "tail_min_n", TAIL_MIN_N)
        share = _share(self.max_weight_share, "max_weight_share")
        if not 0 < share <= MAX_WEIGHT_SHARE:
            raise InvalidInput(
                "max_weight_share",
                self.max_weight_share,
                f"a share in (0, {MAX_WEIGHT_SHARE:g}] {_FLOOR_NOTE}",
            )
        relative = _share(self.min_relative_weight, "min_relative_weight")
        if not MIN_RELATIVE_WEIGHT <= relative <= 1:
            raise InvalidInput(
                "min_relative_weight",
                self.min_relative_weight,
                f"a fraction in [{MIN_RELATIVE_WEIGHT:g}, 1] {_FLOOR_NOTE}",
            )
        protection = _share(self.protection, "protection")
        if not PROTECTION <= protection <= _MAX_PROTECTION:
            raise InvalidInput(
                "protection",
                self.protection,
                f"a fraction in [{PROTECTION:g}, {_MAX_PROTECTION:g}] {_FLOOR_NOTE}",
            )
        step = self.percentile_step
        if isinstance(step, bool) or not isinstance(step, int | np.integer):
            raise InvalidInput("percentile_step", step, f"one of {_PERCENTILE_STEPS}")
        if step not in _PERCENTILE_STEPS:
            raise InvalidInput("percentile_step", step, f"one of {_PERCENTILE_STEPS} {_FLOOR_NOTE}")
        object.__setattr__(self, "max_weight_share", share)
        object.__setattr__(self, "min_relative_weight", relative)
        object.__setattr__(self, "protection", protection)
        object.__setattr__(self, "percentile_step", int(step))
        object.__setattr__(self, "min_n", int(self.min_n))
        object.__setattr__(self, "tail_min_n", int(self.tail_min_n))


def _whole(value: object, name: str, least: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int | np.integer) or value < least:
        raise InvalidInput(name, value, f"a whole number >= {least} {_FLOOR_NOTE}")


def _share(value: object, name: str) -> float:
    if isinstance(value, bool):
        raise InvalidInput(name, value, "a number")
    number = float(as_fraction(value, name))
    if not math.isfinite(number):
        raise InvalidInput(name, value, "a finite number")
    return number
