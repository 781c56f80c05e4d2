"""Vectorized gap rules: shortfall, direction, severity, stance and priority on numpy arrays.

:func:`expectgap.assess.assess` calls these on batches of one; a batch layer can call them on
whole columns. Codes are small integers: directions, severities and stances index
:data:`~expectgap.assess.codes.DIRECTIONS`, :data:`~expectgap.assess.codes.SEVERITIES` and
:data:`~expectgap.assess.codes.STANCES`.

An unstated target is NaN: its direction is ``unstated`` and its severity ``none``.

Examples
--------
>>> import numpy as np
>>> gap = shortfall([400_000, 400_000], [380_000, 420_000], higher_is_better=True, measure="percent")
>>> gap
array([5., 0.])
>>> severity(gap, must=True, minor=5.0, blocking=15.0)
array([1, 0], dtype=int8)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

import numpy as np
import numpy.typing as npt

from expectgap.assess.codes import SEVERITIES, STANCES, Direction, Severity, Stance

__all__ = [
    "direction",
    "priority_rank",
    "priority_score",
    "severity",
    "shortfall",
    "stance",
]

FloatArray = npt.NDArray[np.float64]
CodeArray = npt.NDArray[np.int8]
_PERCENT = 100.0

_SHORT = np.int8(Direction.SHORT.code)
_MEETS = np.int8(Direction.MEETS.code)
_EXCEEDS = np.int8(Direction.EXCEEDS.code)
_UNSTATED = np.int8(Direction.UNSTATED.code)
_NONE = np.int8(Severity.NONE.code)
_MINOR = np.int8(Severity.MINOR.code)
_MAJOR = np.int8(Severity.MAJOR.code)
_BLOCKING = np.int8(Severity.BLOCKING.code)
_ACCEPT = np.int8(Stance.ACCEPT.code)
_CONFIRM = np.int8(Stance.CONFIRM.code)
_EXPLAIN = np.int8(Stance.EXPLAIN.code)
_NEGOTIATE = np.int8(Stance.NEGOTIATE.code)


def shortfall(
    target: npt.ArrayLike,
    offered: npt.ArrayLike,
    *,
    higher_is_better: bool,
    measure: Literal["percent", "units"],
) -> FloatArray:
    """How far the offer falls short of the target (0 when it meets or beats it).

    Parameters
    ----------
    target, offered : array_like
        Target sought (NaN when unstated) and amount offered.
    higher_is_better : bool
        True for pay, remote days, leave; False for hours and overtime.
    measure : {"percent", "units"}
        Percent of the target, or the dimension's own unit. A shortfall against a target of 0
        in percent is infinite.

    Returns
    -------
    numpy.ndarray
        Non-negative floats; 0 where the target is NaN.

    Examples
    --------
    >>> shortfall([40, 40, np.nan], [45, 38, 50], higher_is_better=False, measure="units")
    array([5., 0., 0.])
    >>> shortfall([0.0], [1.0], higher_is_better=False, measure="percent")
    array([inf])
    """
    t = np.asarray(target, dtype=np.float64)
    o = np.asarray(offered, dtype=np.float64)
    raw = (t - o) if higher_is_better else (o - t)
    raw = np.where(np.isnan(raw), 0.0, np.maximum(raw, 0.0))
    if measure == "units":
        return raw
    safe = np.where(t > 0, t, 1.0)
    return np.where(t > 0, raw / safe * _PERCENT, np.where(raw > 0, np.inf, 0.0))


def direction(
    target: npt.ArrayLike, offered: npt.ArrayLike, *, higher_is_better: bool
) -> CodeArray:
    """Direction codes: short, meets, exceeds, or unstated where the target is NaN.

    Examples
    --------
    >>> direction([10, 10, 10, np.nan], [9, 10, 11, 5], higher_is_better=True)
    array([0, 1, 2, 3], dtype=int8)
    """
    t = np.asarray(target, dtype=np.float64)
    o = np.asarray(offered, dtype=np.float64)
    better = (o > t) if higher_is_better else (o < t)
    worse = (o < t) if higher_is_better else (o > t)
    out = np.where(worse, _SHORT, np.where(better, _EXCEEDS, _MEETS)).astype(np.int8)
    return np.where(np.isnan(t) | np.isnan(o), _UNSTATED, out).astype(np.int8)


def severity(
    shortfall: npt.ArrayLike,
    must: npt.ArrayLike,
    *,
    minor: float,
    blocking: float = np.inf,
    beyond_walk_away: npt.ArrayLike = False,
    has_walk_away: npt.ArrayLike = False,
    limit: npt.ArrayLike = False,
) -> CodeArray:
    """Severity codes from a shortfall (policy thresholds in ``policy.toml``).

    * no shortfall: none;
    * a shortfall up to ``minor``: minor; above it: major;
    * a must-have *limit* (a maximum of hours or overtime, a minimum of remote days or leave)
      that the offer passes is at least major, however small the shortfall;
    * a must-have is blocking when it is worse than the walk-away value (if one was stated) or,
      without a walk-away value, when the shortfall exceeds ``blocking``;
    * a want worse than its walk-away value is at least major.

    The result never decreases as the shortfall grows (for fixed walk-away flags that can only
    turn on as the offer worsens), so improving an offer never raises a severity.

    Parameters
    ----------
    shortfall : array_like
        From :func:`shortfall`.
    must : array_like of bool
        Whether the item is a must-have.
    minor, blocking : float
        Thresholds of the dimension, in the shortfall's measure.
    beyond_walk_away, has_walk_away : array_like of bool
        Whether the offer is worse than the walk-away value, and whether one was stated.
    limit : array_like of bool
        Whether the target is a limit the candidate sets (see above).

    Returns
    -------
    numpy.ndarray of int8
        Codes into :data:`~expectgap.assess.codes.SEVERITIES`.

    Examples
    --------
    >>> severity([0, 3, 8, 20, 20], [True, True, True, True, False], minor=5, blocking=15)
    array([0, 1, 2, 3, 2], dtype=int8)
    >>> severity([3.0], True, minor=5, beyond_walk_away=True, has_walk_away=True)
    array([3], dtype=int8)
    >>> severity([10.0, 10.0], [True, False], minor=10, blocking=20, limit=True)
    array([2, 1], dtype=int8)
    """
    s = np.asarray(shortfall, dtype=np.float64)
    m = np.asarray(must, dtype=bool)
    beyond = np.asarray(beyond_walk_away, dtype=bool)
    stated = np.asarray(has_walk_away, dtype=bool)
    short = s > 0
    level = np.where(short, np.where(s <= minor, _MINOR, _MAJOR), _NONE).astype(np.int8)
    floor = beyond | (m & np.asarray(limit, dtype=bool))
    level = np.where(short & floor, np.maximum(level, _MAJOR), level)
    blocks = short & m & np.where(stated, beyond, s > blocking)
    return np.where(blocks, _BLOCKING, level).astype(np.int8)


def stance(
    severity: npt.ArrayLike,
    direction: npt.ArrayLike,
    *,
    negotiable: npt.ArrayLike,
    needs_confirmation: npt.ArrayLike = False,
    derived: npt.ArrayLike = False,
) -> CodeArray:
    """Stance codes: what to do about each gap.

    * unstated: confirm;
    * no gap: accept, or confirm when a detail needs checking (fixed overtime pay included in
      the monthly pay, a variable bonus);
    * minor gap: explain;
    * major or blocking gap: negotiate when the dimension is negotiable and the gap is the one
      the candidate stated (a derived gap, such as the gross pay a take-home figure needs, is
      explained), else explain.

    Examples
    --------
    >>> stance([0, 0, 1, 2, 2, 0], [1, 1, 0, 0, 0, 3], negotiable=[1, 1, 1, 1, 0, 1],
    ...        needs_confirmation=[0, 1, 0, 0, 0, 0])
    array([0, 1, 2, 3, 2, 1], dtype=int8)
    """
    sev = np.asarray(severity, dtype=np.int8)
    d = np.asarray(direction, dtype=np.int8)
    can = np.asarray(negotiable, dtype=bool) & ~np.asarray(derived, dtype=bool)
    check = np.asarray(needs_confirmation, dtype=bool)
    serious = np.where(can, _NEGOTIATE, _EXPLAIN)
    out = np.where(
        sev == _NONE,
        np.where(check, _CONFIRM, _ACCEPT),
        np.where(sev == _MINOR, _EXPLAIN, serious),
    )
    return np.where(d == _UNSTATED, _CONFIRM, out).astype(np.int8)


def priority_score(
    severity: npt.ArrayLike,
    stance: npt.ArrayLike,
    must: npt.ArrayLike,
    *,
    severity_weight: Mapping[Severity, int],
    stance_weight: Mapping[Stance, int],
    must_weight: int,
) -> npt.NDArray[np.int64]:
    """Priority scores (higher first): severity weight + stance weight + must weight.

    Examples
    --------
    >>> from expectgap.assess.policy import Policy
    >>> p = Policy.default()
    >>> priority_score([3, 0], [3, 0], [True, False], severity_weight=p.severity_weight,
    ...                stance_weight=p.stance_weight, must_weight=p.must_weight)
    array([370,   0])
    """
    sev_w = np.array([severity_weight[s] for s in SEVERITIES], dtype=np.int64)
    st_w = np.array([stance_weight[s] for s in STANCES], dtype=np.int64)
    sev = np.asarray(severity, dtype=np.intp)
    st = np.asarray(stance, dtype=np.intp)
    return sev_w[sev] + st_w[st] + np.asarray(must, dtype=np.int64) * must_weight


def priority_rank(scores: npt.ArrayLike) -> npt.NDArray[np.int64]:
    """Rank 1 (first) to n along the last axis: higher score first, ties in column order.

    Examples
    --------
    >>> priority_rank([[10, 300, 10], [0, 0, 5]])
    array([[2, 1, 3],
           [2, 3, 1]])
    """
    s = np.asarray(scores, dtype=np.int64)
    order = np.argsort(-s, axis=-1, kind="stable")
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(1, s.shape[-1] + 1), axis=-1)
    return ranks.astype(np.int64)
