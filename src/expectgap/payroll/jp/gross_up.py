"""Gross-up: the smallest gross pay whose take-home reaches a target (Japan).

Net pay is not monotone in gross pay: crossing a standard-monthly-remuneration grade raises the
premiums at once, and tax rules have cliffs (the basic deduction tiers, the 2024 fixed-amount
cut's income limit, the resident tax's non-taxable thresholds). So a plain bisection can stop
at a crossing that is not the first one. :func:`gross_up` finds the smallest gross exactly:

1. **Bracket.** Net never exceeds gross, so every gross below the target is too small: the
   search starts just below it (``lo``) and doubles an upper end (``hi``) until its net reaches
   the target.
2. **Coarse grid.** Net is evaluated on a grid of ``lo``-``hi`` (one vectorized batch for all
   targets). Over a step of ``h`` yen of the searched amount, net can rise by at most the gross
   added (``m`` x ``h``, ``m`` = gross per yen of the searched amount) plus a rounding slack
   :data:`RISE_SLACK` (a 1-yen rise in social insurance can lower a tax that is rounded to
   1,000 or 100 yen by more than a yen). A cell whose left grid value is below
   ``target - m h - RISE_SLACK`` therefore holds no point reaching the target.
3. **Exact scan.** The candidate cells are scanned yen by yen, in order, until the first amount
   whose net reaches the target: it is the smallest, because every amount before it was either
   scanned or excluded by step 2. So ``net(result) >= target`` and every smaller amount falls
   short, including ``result - 1``.

Examples
--------
>>> g = gross_up(300_000, year=2026)
>>> g
379860
>>> annual(g, year=2026).net >= 12 * 300_000 > annual(g - 1, year=2026).net
True
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from expectgap._vector import amounts
from expectgap.errors import InvalidInput
from expectgap.money import MONTHS_IN_YEAR
from expectgap.payroll.jp.annual import annual

__all__ = ["RISE_SLACK", "gross_up"]

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

#: Yen by which a year's net pay can rise beyond the gross added when gross pay rises. Rounding
#: of premiums and taxes gives a few hundred yen; the largest rise found over dense scans of
#: 2024-2026 is 48,500 yen in 2025, where an income just above the 2024 fixed-cut limit moves the
#: January-May resident tax from the FY2024 levy / 11 to levy / 12 (docs/payroll-jp.md; checked
#: by the tests). A larger value only makes the search slower.
RISE_SLACK = 100_000
_PERIODS = ("month", "year")
_GRID_POINTS = 256
_FIRST_STEP = 1_000


def _net(
    amount: FloatArray,
    *,
    period: str,
    bonus_months_of_pay: float,
    commuting: float,
    options: dict[str, Any],
) -> FloatArray:
    """Annual net for each candidate amount (monthly pay, or annual gross)."""
    if period == "month":
        pay = amount
        bonus = pay * bonus_months_of_pay
    else:
        paid = np.maximum(amount - MONTHS_IN_YEAR * commuting, 0.0)
        pay = paid / (MONTHS_IN_YEAR + bonus_months_of_pay)
        # The bonus takes the rest, so that 12 x pay + bonus adds up to the amount exactly
        # (the subtraction of two floats within a factor of two is exact).
        bonus = np.maximum(paid - MONTHS_IN_YEAR * pay, 0.0)
    result = annual(pay, bonus=bonus, commuting_allowance=commuting, **options)
    net = np.asarray(result.net, dtype=np.float64)
    if period == "year":
        # Below twelve commuting allowances no pay is left: no such annual gross.
        net = np.where(amount < MONTHS_IN_YEAR * commuting, -np.inf, net)
    return net


def gross_up(
    target_net: object,
    *,
    period: str = "month",
    year: int,
    prefecture: object = "tokyo",
    age: int = 30,
    bonus_months_of_pay: float = 0,
    bonus_months: Sequence[int] = (6, 12),
    dependents: int = 0,
    spouse: bool = False,
    specific_dependents: int = 0,
    young_dependents: int = 0,
    elderly_dependents: int = 0,
    cohabiting_elderly_parents: int = 0,
    spouse_income: float = 0,
    dependent_under_23: bool | None = None,
    industry: str = "general",
    health_rate: float | None = None,
    commuting_allowance: float = 0,
    first_job: bool = False,
    deduction_lag_months: int = 1,
) -> Any:
    """The smallest gross pay whose net pay reaches ``target_net``.

    Parameters
    ----------
    target_net : float, array-like or pandas Series
        Take-home target in yen. For ``period="month"`` a monthly take-home, compared with the
        year's net / 12 (the average month of the calendar year: bonuses, the year-end
        adjustment and the resident tax instalments included); for ``period="year"`` the
        year's net.
    period : {"month", "year"}
        ``"month"``: the result is the regular monthly pay (without the commuting allowance),
        a whole number of yen. ``"year"``: the result is the annual gross in whole yen (pay,
        commuting allowances and bonuses), paid as 12 equal months of regular pay plus
        ``bonus_months_of_pay`` months of it as bonus.
    year, prefecture, age, bonus_months, dependents, spouse, specific_dependents, \
young_dependents, elderly_dependents, cohabiting_elderly_parents, spouse_income, \
dependent_under_23, industry, health_rate, first_job, deduction_lag_months
        As for :func:`~expectgap.payroll.jp.annual.annual` (scalars; the resident tax is on the
        same package's salary unless ``first_job``).
    bonus_months_of_pay : float, default 0
        Annual bonus as a number of months of regular monthly pay (``2`` for 賞与 2ヶ月),
        paid evenly in ``bonus_months``.
    commuting_allowance : float, default 0
        Monthly commuting allowance paid on top.

    Returns
    -------
    int, numpy.ndarray or pandas.Series
        The smallest gross in yen (same form as ``target_net``): net(result) >= target and
        net(result - 1) < target.

    Raises
    ------
    InvalidInput
        A negative, NaN or infinite target, an unknown period, a negative bonus.
    UnsupportedRule
        As for :func:`~expectgap.payroll.jp.annual.annual`.

    Examples
    --------
    A take-home of 4,000,000 a year with two months of bonus, 2025:

    >>> gross_up(4_000_000, period="year", year=2025, bonus_months_of_pay=2)
    5126607
    >>> gross_up([250_000, 350_000], year=2026, age=45).tolist()
    [316948, 448966]
    """
    if period not in _PERIODS:
        raise InvalidInput("period", period, "'month' or 'year'")
    targets, shape = amounts(target_net, "target_net")
    bonus_factor = float(amounts(bonus_months_of_pay, "bonus_months_of_pay")[0])
    commuting = float(amounts(commuting_allowance, "commuting_allowance")[0])
    options: dict[str, Any] = {
        "year": year,
        "prefecture": prefecture,
        "age": age,
        "bonus_months": bonus_months,
        "dependents": dependents,
        "spouse": spouse,
        "specific_dependents": specific_dependents,
        "young_dependents": young_dependents,
        "elderly_dependents": elderly_dependents,
        "cohabiting_elderly_parents": cohabiting_elderly_parents,
        "spouse_income": spouse_income,
        "dependent_under_23": dependent_under_23,
        "industry": industry,
        "health_rate": health_rate,
        "first_job": first_job,
        "deduction_lag_months": deduction_lag_months,
    }
    flat = targets.reshape(-1)
    need = flat * (MONTHS_IN_YEAR if period == "month" else 1)
    per_yen = MONTHS_IN_YEAR + bonus_factor if period == "month" else 1.0
    fixed = MONTHS_IN_YEAR * commuting if period == "month" else 0.0

    def net(candidates: FloatArray) -> FloatArray:
        return _net(
            candidates,
            period=period,
            bonus_months_of_pay=bonus_factor,
            commuting=commuting,
            options=options,
        )

    result = _search(net, need, per_yen=per_yen, fixed=fixed) if flat.size else flat
    return shape.wrap_int(np.asarray(result).reshape(targets.shape))


def _search(
    net: Callable[[FloatArray], FloatArray], need: FloatArray, *, per_yen: float, fixed: float
) -> IntArray:
    """Smallest whole amount x >= 0 with net(x) >= need, for every target (see module)."""
    # 1. Bracket: below lo the gross itself is short of the target.
    lo = np.maximum(np.ceil((need - fixed) / per_yen) - 1, 0.0)
    found = net(lo) >= need
    hi = np.maximum(lo * 2, lo + _FIRST_STEP)
    short = ~found & (net(hi) < need)
    while short.any():
        hi[short] = hi[short] * 2
        short[short] = net(hi[short]) < need[short]
    answer: IntArray = np.asarray(np.where(found, lo, hi), dtype=np.int64)
    todo = np.flatnonzero(~found)
    if todo.size == 0:
        return answer

    # 2. Coarse grid, one batch for every target.
    lo_t, hi_t, need_t = lo[todo], hi[todo], need[todo]
    step = np.maximum(np.ceil((hi_t - lo_t) / _GRID_POINTS), 1.0)
    grid = lo_t[:, None] + step[:, None] * np.arange(_GRID_POINTS + 1)[None, :]
    grid = np.minimum(grid, hi_t[:, None])
    values = net(grid.reshape(-1)).reshape(grid.shape)
    margin = per_yen * step + RISE_SLACK
    candidate = values[:, :-1] + margin[:, None] >= need_t[:, None]
    # The last cell ends at hi, whose net reaches the target: there is always a candidate.
    candidate[:, -1] = True
    cell = np.argmax(candidate, axis=1)

    # 3. Exact scan of candidate cells, in order.
    pending = np.ones(todo.size, dtype=np.bool_)
    width = int(step.max())
    offsets = np.arange(width + 1, dtype=np.float64)
    while pending.any():
        rows = np.flatnonzero(pending)
        start = grid[rows, cell[rows]]
        end = grid[rows, cell[rows] + 1]
        points = start[:, None] + offsets[None, :]
        inside = points <= end[:, None]
        points = np.minimum(points, end[:, None])
        reached = (net(points.reshape(-1)).reshape(points.shape) >= need_t[rows, None]) & inside
        hit = reached.any(axis=1)
        first = np.argmax(reached, axis=1)
        answer[todo[rows[hit]]] = points[hit, first[hit]].astype(np.int64)
        pending[rows[hit]] = False
        for row in rows[~hit]:
            later = np.flatnonzero(candidate[row, cell[row] + 1 :])
            cell[row] = cell[row] + 1 + (later[0] if later.size else 0)
    return answer
