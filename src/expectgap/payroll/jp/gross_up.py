"""Gross-up: the smallest gross pay whose take-home reaches a target (Japan).

Net pay is not monotone in gross pay: crossing a standard-monthly-remuneration grade raises the
premiums at once, and tax rules have cliffs (the basic deduction tiers, the 2024 fixed-amount
cut's income limit, the resident tax's non-taxable thresholds). So a plain bisection can stop
at a crossing that is not the first one. :func:`gross_up` finds the smallest gross exactly, for
all targets at once (each with its own household, age and bonus):

1. **Bracket.** Net never exceeds gross, so every gross below the target is too small: the
   search starts just below it (``lo``) and tries an upper end (``hi``) a little above, doubled
   until its net reaches the target. A few targets (whose engine calls cost mostly their overhead) also evaluate
   amounts spread between the two in the same call, and keep the cell of the first that
   reaches the target.
2. **Branch and bound** (where the engine bounds net over a range of pay:
   :func:`~expectgap.payroll.jp.annual.net_ceiling` for the year's net,
   :func:`~expectgap.payroll.jp.payslip.payslip_ceiling` for the payslip's;
   :func:`~expectgap.payroll.jp.annual.ceiling_given` says where). A crossing is found first
   (an amount whose net reaches the target while the one before falls short: false position
   on net, which is nearly straight in pay), or for a few targets the bracket's cell serves.
   Then every amount below it is ruled out, or the first one reaching the target found,
   range by range from ``lo``: a range whose ceiling (a proven bound of net over it) is below
   the target is ruled out whole; otherwise it is split, down to single amounts, whose
   ceiling is their net. The first ranges shrink toward the crossing by the share of the
   gross the target's deductions take (the ceiling of a range exceeds net by about that share
   of the gross over it), so most are ruled out at once and a target costs a few dozen bounds
   whatever its household: the cost does not grow with the variety of households. (The
   amount just before a crossing falls short: the ranges stop one amount before it; and the
   last of them keeps a few amounts, :data:`_TAIL`, whose nets are all near the target.) A few
   targets bound the last amounts before the crossing one by one in the same engine call as
   the ranges below them, and cut those ranges finer (two engine calls in all, where no range
   needs splitting). Many
   targets bound their first ranges along a path
   (:func:`~expectgap.payroll.jp.annual.net_ceilings_along`: the amount where one range ends
   and the next begins is computed once for both), and first try the grade start under their
   crossing (:func:`~expectgap.payroll.jp.annual.grade_starts`): where net already reaches the
   target just before it (the premiums step up at the start, and net falls short again), the
   crossing below it is found first, and the ranges around it need no splitting.

Where no ceiling is given (bonuses that share a health insurance cap across calendar years:
premiums can then fall as pay rises; joining or leaving), a slope bound serves instead
(:data:`RISE_SLACK`, and :data:`PAYSLIP_RISE_SLACK` for the payslip):

3. **Coarse grid.** Net is evaluated on a grid of ``lo``-``hi`` (one vectorized batch for all
   targets). Over a step of ``h`` yen of the searched amount, net can rise by at most the gross
   added (``m`` x ``h``, ``m`` = gross per yen of the searched amount) plus a rounding slack
   :data:`RISE_SLACK` (a 1-yen rise in social insurance can lower a tax that is rounded to
   1,000 or 100 yen by more than a yen). A cell whose left grid value is below
   ``target - m h - RISE_SLACK`` therefore holds no point reaching the target.
4. **Exact scan.** From the first candidate cell, blocks of consecutive whole amounts are
   evaluated (one batch for every target still searching) until the first amount whose net
   reaches the target. After a block that falls short, the same bound skips ahead: an amount
   ``x`` with net ``v`` rules out every amount below ``x + (target - v - RISE_SLACK) / m``, and
   excluded grid cells are skipped too. The result is the smallest, because every amount before
   it was either evaluated or excluded. So ``net(result) >= target`` and every smaller amount
   falls short, including ``result - 1``.

The slope bound makes the scan cover about ``RISE_SLACK / m`` amounts below the result (no
amount there can be ruled out without evaluating it): a few thousand net evaluations per
target for ``period="month"``, about a hundred thousand for ``period="year"``. So when many
targets share one household (the same keywords), whichever the bound,

5. **Sweep.** every whole amount from the smallest ``lo`` up is evaluated once, in order, for
   all of them, and each target takes the first amount whose net reaches it (a search of the
   running maximum of net). This is exact without a bound; it is used when the amounts to
   sweep are fewer than the targets' searches would evaluate.

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
from typing import Any, cast

import numpy as np
import numpy.typing as npt

from expectgap._vector import Shape, amounts, is_series, value_codes
from expectgap.errors import InvalidInput
from expectgap.money import MONTHS_IN_YEAR
from expectgap.payroll.jp.annual import (
    annual,
    ceiling_given,
    grade_starts,
    net_ceiling,
    net_ceilings_along,
)
from expectgap.payroll.jp.deductions import Deductions
from expectgap.payroll.jp.income_tax import GROUP_ROWS, max_yen
from expectgap.payroll.jp.payslip import _payslip_net, payslip, payslip_ceiling

__all__ = ["PAYSLIP_RISE_SLACK", "RISE_SLACK", "gross_up"]

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

#: Yen by which a year's net pay can rise beyond the gross added when gross pay rises. Rounding
#: of premiums and taxes gives under 1,000 yen; the largest rise found over dense scans of
#: 2024-2026 is 54,500 yen in 2025 (bonus of 2 months, pay 1,428,572 a month), where a salary
#: just above 20,000,000 (the 2024 fixed-cut limit) moves the January-May resident tax from the
#: FY2024 levy / 11 to levy / 12 (docs/payroll-jp.md; checked by the tests). A larger value only
#: makes the search slower.
RISE_SLACK = 100_000
#: The same bound for the net of the regular month's payslip (``period="payslip"``), per month.
#: Dense scans of every yen of pay up to 3,000,000 a month (2024-2026; no bonus and 4.5 months;
#: ages 30 and 45; 0 and 2 dependants) find at most 100 yen (the resident tax instalment's
#: rounding), except 12,000 yen in 2024 at the income limit of the FY2024 fixed-amount cut
#: (about 1,666,667 a month without bonus): above it the July instalment is the levy / 12 instead
#: of the first of 11 instalments of the levy after the cut (checked by the tests).
PAYSLIP_RISE_SLACK = 25_000
_SLACK = {"month": RISE_SLACK, "year": RISE_SLACK, "payslip": PAYSLIP_RISE_SLACK}
_PERIODS = ("month", "year", "payslip")
_GRID_POINTS = 256
_FIRST_STEP = 1_000
# The bracket's upper end: this many times ``lo`` (a take-home of at least 1 / 1.3 of the gross
# covers most pay; where the target is not reached there, the end is doubled); twice ``lo`` for
# a few targets, whose bracket is cut in many cells at once.
_FIRST_RATIO = 1.3
# Net evaluations per engine call (bounds the engine's temporaries).
_POINTS_PER_CALL = 1 << 16
# Targets are bounded by the engine's yen maximum over this factor, so that the grosses the search
# tries (up to twice a gross whose take-home is at least a fifth of it) stay within the bound.
_HEADROOM = 10
# Columns of whole numbers from 0 below this are their own household codes (no sorting).
_SMALL_CODES = 1 << 20
# Household numbers stay below this (a mixed radix of the columns' codes, renumbered densely
# where the next column would pass it).
_MOST_HOUSEHOLDS = 1 << 62

# Blocks per RISE_SLACK / m amounts scanned when many targets share the engine calls: more
# blocks waste fewer evaluations past the result, fewer blocks make fewer engine calls.
_BLOCKS_PER_WINDOW = 16
# Net evaluations a target costs in the branch and bound (about 15 to 20 ranges bounded, each
# about two and a half evaluations, and 15 nets): a household's targets are swept instead when
# the sweep is cheaper.
_BOUND_COST = 60
# The share of the way to the crossing each first range leaves to the next is the share of
# the gross the deductions take between ``lo`` and the crossing (net rises by the rest; the
# ceiling of a range exceeds net by about that share of the gross over it), plus _KEEP_MARGIN,
# within _KEEP_LIMITS (_KEEP where that share is unknown).
_KEEP = 0.45
_KEEP_MARGIN = 0.1
_KEEP_LIMITS = (0.25, 0.6)
# A small batch (whose engine call costs mostly its overhead) cuts its first ranges this many
# times finer (each leaves the share keep ** (1 / _SMALL_FINER) to the next): a few more
# ranges in the same engine call, which spares most targets a second call to split the ranges
# whose ceilings still reach the target.
_SMALL_FINER = 3
# Ranges still open after a bound are split in their first amount and this many pieces,
_PIECES = 2
# or in single amounts where they hold at most this many;
_SINGLES = 8
# the same for fewer than _SMALL_CALL targets (one engine call bounds them all: fewer rounds).
_SMALL_PIECES = 16
_SMALL_SINGLES = 32
# The last of a large batch's first ranges (those shrinking toward the crossing) holds at least
# this many amounts (of monthly pay): the nets just before the crossing are near the target, and
# splitting them finer costs more bounds than it saves (measured on 100,000 targets: 11% fewer
# net evaluations). Annual amounts (period "year") keep ranges down to one amount (fewer
# evaluations there).
_TAIL = {"month": 16.0, "payslip": 16.0, "year": 0.0}
# At most this many amounts before the end of a small batch's bracket are bounded one by one,
# with the ranges below them, in one engine call (a wider bracket is first closed by
# _crossing): the bracket's own and _BELOW_CELL below it.
_CELL_SINGLES = 640
_BELOW_CELL = 32
# Cuts of the bracket before the branch and bound at most (false position, bisecting where two
# cuts did not halve it): enough to close a bracket of any pay.
_CROSSING_STEPS = 64
# Grade starts tried below a crossing, one after the other (_below_cliffs),
_CLIFF_ROUNDS = 3
# where the crossing is above the start by at most this share of the grade below it: past the
# start, net is short of its value before it by about the step in premiums (their rate times
# the grade's width), and rises by the share of pay left after deductions, so it is back
# within about rate / that share (0.15 / 0.75 = 0.2, 0.3 at the highest deductions) of the
# grade's width. (Only the speed depends on this: any crossing serves the branch and bound.)
_CLIFF_REACH = 0.5
# Below this many targets, a step of the crossing's search evaluates several amounts per
# target (up to _SMALL_ROWS in all): the engine call's overhead outweighs the amounts it
# computes.
_SMALL_CALL = 256
# Net evaluations in one engine call of a small batch's bracket and crossing.
_SMALL_ROWS = 2_048
# A batch from this many targets is searched in order of its households: from there, an engine
# call can hold a household with enough people to read its tables (Household.groups).
_IN_ORDER_FROM = GROUP_ROWS
# Keywords of annual() that may differ from target to target.
_PER_TARGET = (  # the taxes' household first (see gross_up)
    "dependents",
    "spouse",
    "specific_dependents",
    "young_dependents",
    "elderly_dependents",
    "cohabiting_elderly_parents",
    "spouse_income",
    "dependent_under_23",
    "age",
)
_PLAIN = (int, float, bool, type(None))
# Bonus months passed to the engine when no target has a bonus (where they make no difference).
_NO_BONUS_MONTHS = (6, 12)

Net = Callable[[IntArray, FloatArray], FloatArray]
# along(rows, amounts): the ceiling of net between each amount and the next (consecutive amounts
# of one row; the ranges between two rows are not used), or None where not given.
Along = Callable[[IntArray, FloatArray], FloatArray | None]
# ceiling(rows, low, high): a bound of net over low..high for each row, net itself where
# low == high (see _rule_out).
Ceiling = Callable[[IntArray, FloatArray, FloatArray], FloatArray]


def _bonus(pay: FloatArray, bonus_months_of_pay: FloatArray, offset: FloatArray) -> FloatArray:
    """The annual bonus at a regular monthly pay: ``months x pay + offset``, at least 0."""
    return np.maximum(pay * bonus_months_of_pay + offset, 0.0)


def _pay_and_bonus(
    amount: FloatArray,
    *,
    period: str,
    bonus_months_of_pay: FloatArray,
    offset: FloatArray,
    commuting: float,
) -> tuple[FloatArray, FloatArray]:
    """Regular monthly pay and annual bonus of each candidate amount (monthly pay, or annual
    gross); both rise with the amount."""
    if period == "month":
        return amount, _bonus(amount, bonus_months_of_pay, offset)
    paid = np.maximum(amount - MONTHS_IN_YEAR * commuting, 0.0)
    pay = np.maximum((paid - offset) / (MONTHS_IN_YEAR + bonus_months_of_pay), 0.0)
    # where the bonus would be negative (an offset below 0 at low pay) there is none
    pay = np.where(pay * bonus_months_of_pay + offset < 0, paid / MONTHS_IN_YEAR, pay)
    # The bonus takes the rest, so that 12 x pay + bonus adds up to the amount exactly
    # (the subtraction of two floats within a factor of two is exact).
    return pay, np.maximum(paid - MONTHS_IN_YEAR * pay, 0.0)


def _net(
    amount: FloatArray,
    *,
    period: str,
    bonus_months_of_pay: FloatArray,
    offset: FloatArray,
    commuting: float,
    options: dict[str, Any],
) -> FloatArray:
    """Net for each candidate amount: the year's net for monthly pay (``month``) or annual
    gross (``year``), the regular month's payslip net for monthly pay (``payslip``)."""
    if period == "payslip":
        bonus = _bonus(amount, bonus_months_of_pay, offset)
        slip = _payslip_net(amount, bonus=bonus, commuting_allowance=commuting, **options)
        return np.asarray(slip, dtype=np.float64)
    pay, bonus = _pay_and_bonus(
        amount,
        period=period,
        bonus_months_of_pay=bonus_months_of_pay,
        offset=offset,
        commuting=commuting,
    )
    result = annual(pay, bonus=bonus, commuting_allowance=commuting, **options)
    net = np.asarray(result.net, dtype=np.float64)
    if period == "year":
        # Below twelve commuting allowances no pay is left: no such annual gross.
        net = np.where(amount < MONTHS_IN_YEAR * commuting, -np.inf, net)
    return net


def _ceiling(
    low: FloatArray,
    high: FloatArray,
    *,
    period: str,
    bonus_months_of_pay: FloatArray,
    offset: FloatArray,
    commuting: float,
    options: dict[str, Any],
) -> FloatArray | None:
    """A bound of net (the year's, or the payslip's for ``period="payslip"``) over every amount
    from ``low`` to ``high`` (net itself where they are equal), or None where the engine gives
    no such bound."""
    if period == "payslip":
        slips = [(amount, _bonus(amount, bonus_months_of_pay, offset)) for amount in (low, high)]
        bound = payslip_ceiling(slips[0], slips[1], commuting_allowance=commuting, **options)
    else:
        ends = [
            _pay_and_bonus(
                amount,
                period=period,
                bonus_months_of_pay=bonus_months_of_pay,
                offset=offset,
                commuting=commuting,
            )
            for amount in (low, high)
        ]
        bound = net_ceiling(ends[0], ends[1], commuting_allowance=commuting, **options)
    return None if bound is None else np.asarray(bound, dtype=np.float64)


def _ceilings_along(
    amount: FloatArray,
    *,
    period: str,
    bonus_months_of_pay: FloatArray,
    offset: FloatArray,
    commuting: float,
    options: dict[str, Any],
) -> FloatArray | None:
    """The ceilings of net (the year's) between each amount and the next
    (:func:`~expectgap.payroll.jp.annual.net_ceilings_along`), or None for the payslip's net."""
    if period == "payslip":
        return None
    path = _pay_and_bonus(
        amount,
        period=period,
        bonus_months_of_pay=bonus_months_of_pay,
        offset=offset,
        commuting=commuting,
    )
    bound = net_ceilings_along(path, commuting_allowance=commuting, **options)
    return None if bound is None else np.asarray(bound, dtype=np.float64)


def _per_target(
    targets: FloatArray,
    target_shape: Shape,
    bonus: FloatArray,
    offset: FloatArray,
    values: dict[str, object],
) -> tuple[tuple[int, ...], Shape, dict[str, npt.NDArray[Any]]]:
    """Broadcast the per-target keywords given as arrays with the targets.

    Returns the common shape, the form of the result (a Series lends its index) and the arrays
    given, as numpy arrays (plain Python values are left to :func:`annual` as they are).
    """
    arrays: dict[str, npt.NDArray[Any]] = {
        "target_net": targets,
        "bonus_months_of_pay": bonus,
        "bonus_offset": offset,
    }
    forms: list[tuple[npt.NDArray[Any], Shape]] = [(targets, target_shape)]
    for name, value in values.items():
        if type(value) in _PLAIN:
            continue
        if is_series(value):
            arrays[name] = value.to_numpy()
            forms.append((arrays[name], Shape(scalar=False, index=value.index, name=value.name)))
        else:
            arrays[name] = np.asarray(value)
        if arrays[name].dtype.kind not in "biuf":
            raise InvalidInput(name, value, "numbers or booleans, one per target")
    try:
        out = np.broadcast_shapes(*(a.shape for a in arrays.values()))
    except ValueError:
        shapes = {name: a.shape for name, a in arrays.items()}
        raise InvalidInput("arguments", shapes, "shapes that broadcast together") from None
    form = next((f for a, f in forms if a.shape == out and not f.scalar), Shape(scalar=out == ()))
    return out, form, arrays


def gross_up(
    target_net: object,
    *,
    period: str = "month",
    year: int,
    prefecture: object = "tokyo",
    age: object = None,
    bonus_months_of_pay: object = 0,
    bonus_offset: object = 0,
    bonus_months: Sequence[int] = (6, 12),
    dependents: object = 0,
    spouse: object = False,
    specific_dependents: object = 0,
    young_dependents: object = 0,
    elderly_dependents: object = 0,
    cohabiting_elderly_parents: object = 0,
    spouse_income: object = 0,
    dependent_under_23: object = None,
    deductions: Deductions | None = None,
    industry: str = "general",
    health_rate: float | None = None,
    commuting_allowance: float = 0,
    first_job: bool = False,
    deduction_lag_months: int = 1,
    wage_lag_months: int = 0,
    residence: object = None,
    birth_date: object = None,
    joined: object = None,
    left: object = None,
) -> Any:
    """The smallest gross pay whose net pay reaches ``target_net``.

    Parameters
    ----------
    target_net : float, array-like or pandas Series
        Take-home target in yen. For ``period="month"`` a monthly take-home, compared with the
        year's net / 12 (the average month of the calendar year: bonuses, the year-end
        adjustment and the resident tax instalments included); for ``period="year"`` the
        year's net; for ``period="payslip"`` the net of the regular month's payslip.
    period : {"month", "year", "payslip"}
        ``"month"``: the result is the regular monthly pay (without the commuting allowance),
        a whole number of yen. ``"payslip"``: the same, for a target that is the take-home of
        the regular month's payslip (手取り月額, bonuses excluded:
        :func:`~expectgap.payroll.jp.payslip.payslip`, July by default). ``"year"``: the
        result is the annual gross in whole yen (pay,
        commuting allowances and bonuses), paid as 12 equal months of regular pay plus
        ``bonus_months_of_pay`` months of it as bonus.
    year, prefecture, bonus_months, industry, health_rate, first_job, deduction_lag_months, \
wage_lag_months, residence
        As for :func:`~expectgap.payroll.jp.annual.annual` (one value for all targets; the
        resident tax is on the same package's salary unless ``first_job``).
    birth_date, joined, left : str or datetime.date, optional
        As for :func:`~expectgap.payroll.jp.annual.annual`, one date for all targets: the
        date of birth (instead of ``age``), the day of joining and the last day employed in
        the year. The amount searched is still that of a whole year's package (the monthly
        pay, or for ``period="year"`` 12 months of it and the bonus); the net compared is
        that of the months employed (for ``"month"`` divided by 12).
    age, dependents, spouse, specific_dependents, young_dependents, elderly_dependents, \
cohabiting_elderly_parents, spouse_income, dependent_under_23
        As for :func:`~expectgap.payroll.jp.annual.annual`: a scalar, or an array or Series
        broadcast with ``target_net`` (one household per target).
    bonus_months_of_pay : float, array-like or pandas Series, default 0
        Annual bonus as a number of months of regular monthly pay (``2`` for 賞与 2ヶ月),
        paid evenly in ``bonus_months``; broadcast with ``target_net``.
    bonus_offset : float, array-like or pandas Series, default 0
        Yen added to that bonus each year (at least 0 in all): the annual bonus is
        ``bonus_months_of_pay x pay + bonus_offset``. A bonus of ``k`` months of a base pay
        below the regular pay (allowances ``A`` on top) is ``k x (pay - A)``: months ``k`` and
        offset ``-k x A``. Broadcast with ``target_net``.
    commuting_allowance : float, default 0
        Monthly commuting allowance paid on top.
    deductions : Deductions, optional
        The other declarations (:class:`~expectgap.payroll.jp.deductions.Deductions`), one
        for all targets (scalar fields).

    Returns
    -------
    int, numpy.ndarray or pandas.Series
        The smallest gross in yen, in the broadcast shape of ``target_net`` and the per-target
        keywords (a Series of that shape lends its index): net(result) >= target and
        net(result - 1) < target.

    Raises
    ------
    InvalidInput
        A negative, NaN or infinite target, an unknown period, a negative bonus, per-target
        keywords that do not broadcast with the targets, a
        ``"payslip"`` target outside the months employed.
    UnsupportedRule
        As for :func:`~expectgap.payroll.jp.annual.annual`.

    Examples
    --------
    A take-home of 4,000,000 a year with two months of bonus, 2025:

    >>> gross_up(4_000_000, period="year", year=2025, bonus_months_of_pay=2)
    5126607

    The take-home of a regular month's payslip (手取り月額) of 300,000 a month, Osaka, with a
    bonus of three months a year (the bonus counts only in the resident tax):

    >>> g = gross_up(300_000, period="payslip", year=2026, prefecture="osaka",
    ...              bonus_months_of_pay=3)
    >>> from expectgap.payroll.jp.payslip import payslip
    >>> kw = dict(year=2026, prefecture="osaka")
    >>> payslip(g, bonus=3 * g, **kw).net >= 300_000 > payslip(g - 1, bonus=3 * (g - 1), **kw).net
    True
    >>> gross_up([250_000, 350_000], year=2026, age=45).tolist()
    [316948, 448966]

    Each target with its own age and dependants:

    >>> gross_up(300_000, year=2026, age=[30, 45], dependents=[0, 2]).tolist()
    [379860, 369469]

    Born on 1 May 1986, nursing care is due from the April 2026 premium month (at 39 all
    year: 379,860; at 40 all year: 382,831):

    >>> gross_up(300_000, year=2026, birth_date="1986-05-01")
    381856
    """
    if period not in _PERIODS:
        raise InvalidInput("period", period, "'month', 'year' or 'payslip'")
    if deductions is not None and (
        not isinstance(deductions, Deductions) or deductions.record.ndim
    ):
        raise InvalidInput("deductions", deductions, "one Deductions of scalar values, or None")
    targets, target_shape = amounts(target_net, "target_net", maximum=max_yen() / _HEADROOM)
    bonus, _ = amounts(bonus_months_of_pay, "bonus_months_of_pay", maximum=MONTHS_IN_YEAR)
    offset, _ = amounts(bonus_offset, "bonus_offset", minimum=-max_yen(), maximum=max_yen())
    commuting_array = amounts(commuting_allowance, "commuting_allowance", maximum=max_yen())[0]
    if commuting_array.ndim:
        raise InvalidInput(
            "commuting_allowance", commuting_allowance, "one amount for every target"
        )
    commuting = float(commuting_array)
    values: dict[str, object] = {
        "age": age,
        "dependents": dependents,
        "spouse": spouse,
        "specific_dependents": specific_dependents,
        "young_dependents": young_dependents,
        "elderly_dependents": elderly_dependents,
        "cohabiting_elderly_parents": cohabiting_elderly_parents,
        "spouse_income": spouse_income,
        "dependent_under_23": dependent_under_23,
    }
    out, form, arrays = _per_target(targets, target_shape, bonus, offset, values)
    size = int(np.prod(out))

    def flat(array: npt.NDArray[Any]) -> npt.NDArray[Any]:
        return np.ascontiguousarray(np.broadcast_to(array, out)).reshape(-1)

    shared: dict[str, Any] = {
        "year": year,
        "prefecture": prefecture,
        "bonus_months": bonus_months,
        "industry": industry,
        "health_rate": health_rate,
        "first_job": first_job,
        "deduction_lag_months": deduction_lag_months,
        "wage_lag_months": wage_lag_months,
        "residence": residence,
        "deductions": deductions,
    }
    for name, day in (("birth_date", birth_date), ("joined", joined), ("left", left)):
        if day is not None and np.ndim(cast(Any, day)):
            raise InvalidInput(name, day, "one date for every target (as for annual)")
        shared[name] = day
    if period == "payslip" and (joined is not None or left is not None):
        slip = payslip(1, year=year, joined=joined, left=left, wage_lag_months=wage_lag_months)
        if slip.gross == 0:
            raise InvalidInput(
                "joined" if left is None else "left",
                joined if left is None else left,
                f"an employment that pays the regular month ({slip.month}) for period='payslip'",
            )
    varying = {name: flat(arrays[name]) for name in _PER_TARGET if name in arrays}
    shared.update((name, values[name]) for name in _PER_TARGET if name not in arrays)
    bonus_flat, offset_flat, need = flat(bonus), flat(offset), flat(targets)
    # Households numbered with the taxes' household first: in that order, each engine call holds
    # the people of a tax household together (Household.groups reads them as slices).
    household = _household_numbers(
        [np.asarray(varying[name], dtype=np.float64) for name in _PER_TARGET if name in varying]
        + [bonus_flat, offset_flat]
    )
    order: IntArray | None = None
    if size >= _IN_ORDER_FROM and bool((household[1:] < household[:-1]).any()):
        order = np.argsort(household, kind="stable")
        household, bonus_flat, offset_flat, need = (
            a[order] for a in (household, bonus_flat, offset_flat, need)
        )
        varying = {name: array[order] for name, array in varying.items()}
    # need: the target in the net function's unit; per_yen: gross added per yen of the searched
    # amount, in that unit; fixed: gross paid whatever the amount (commuting).
    need = need * (MONTHS_IN_YEAR if period == "month" else 1)
    per_yen = bonus_flat + MONTHS_IN_YEAR if period == "month" else np.ones(size)
    fixed = {"month": MONTHS_IN_YEAR * commuting, "year": 0.0, "payslip": commuting}[period]
    if period == "month":  # a positive offset is paid whatever the amount
        fixed = fixed + np.maximum(offset_flat, 0.0)

    def net(rows: IntArray, candidates: FloatArray) -> FloatArray:
        options = shared | {name: array[rows] for name, array in varying.items()}
        return _net(
            candidates,
            period=period,
            bonus_months_of_pay=bonus_flat[rows],
            offset=offset_flat[rows],
            commuting=commuting,
            options=options,
        )

    no_bonus = not bonus_flat.any() and not offset_flat.any()

    def bound(rows: IntArray, low: FloatArray, high: FloatArray) -> FloatArray | None:
        options = shared | {name: array[rows] for name, array in varying.items()}
        if no_bonus:
            options["bonus_months"] = _NO_BONUS_MONTHS
        return _ceiling(
            low,
            high,
            period=period,
            bonus_months_of_pay=bonus_flat[rows],
            offset=offset_flat[rows],
            commuting=commuting,
            options=options,
        )

    def along(rows: IntArray, path: FloatArray) -> FloatArray | None:
        options = shared | {name: array[rows] for name, array in varying.items()}
        if no_bonus:
            options["bonus_months"] = _NO_BONUS_MONTHS
        return _ceilings_along(
            path,
            period=period,
            bonus_months_of_pay=bonus_flat[rows],
            offset=offset_flat[rows],
            commuting=commuting,
            options=options,
        )

    paid_in = _NO_BONUS_MONTHS if no_bonus else bonus_months
    given = ceiling_given(year, bonus_months=paid_in, joined=joined, left=left)
    ceiling = cast(Ceiling, bound) if given else None
    result = (
        _search(
            net,
            need,
            per_yen=per_yen,
            fixed=fixed,
            household=household,
            slack=_SLACK[period],
            ceiling=ceiling,
            along=along if given and period != "payslip" else None,
            cliffs=grade_starts(year) - commuting if given and period != "year" else None,
            least=float(np.ceil(MONTHS_IN_YEAR * commuting)) if period == "year" else 0.0,
            tail=_TAIL[period],
        )
        if size
        else need
    )
    if order is not None:
        result[order] = result.copy()
    return form.wrap_int(np.asarray(result).reshape(out))


def _household_numbers(columns: list[FloatArray]) -> IntArray:
    """A number for each row, the same for rows equal in every column and different for rows
    that differ in one: each column's values are coded (:func:`~expectgap._vector.value_codes`
    below :data:`_SMALL_CODES`; a column of one value has no digit) and the codes read as the
    digits of one number (numpy only: no pandas import)."""
    size = columns[0].size
    numbers = np.zeros(size, dtype=np.int64)
    radix = 1
    for column in columns:
        if not size or bool((column == column[0]).all()):
            continue  # one value for every row: no digit
        count, codes = value_codes(column, _SMALL_CODES)
        if radix * count >= _MOST_HOUSEHOLDS:
            distinct, inverse = np.unique(numbers, return_inverse=True)
            numbers, radix = inverse.reshape(size).astype(np.int64), distinct.size
        numbers = numbers * count + codes
        radix *= count
    return numbers


def _search(
    net: Net,
    need: FloatArray,
    *,
    per_yen: FloatArray,
    fixed: float | FloatArray,
    household: IntArray,
    slack: float,
    ceiling: Ceiling | None = None,
    along: Along | None = None,
    cliffs: FloatArray | None = None,
    least: float = 0.0,
    tail: float = 0.0,
) -> IntArray:
    """Smallest whole amount x >= 0 with net(x) >= need, for every target (see module).

    ``household`` numbers the targets sharing one net function (the same keywords); ``slack``
    is the net function's :data:`RISE_SLACK`; ``ceiling``, where given, bounds net over a
    range of amounts (see :func:`_rule_out`), and ``along``, where given, bounds it between
    consecutive amounts of a path (each amount computed once); ``cliffs``, where given, are the
    amounts (sorted) where net may fall as the amount rises by one (see :func:`_below_cliffs`);
    amounts below ``least`` have no net (minus infinity); ``tail`` is the least number of
    amounts in the last range before a crossing (see :func:`_toward_end`).
    """
    # 1. Bracket: below lo the gross itself is short of the target (or there is no net).
    lo = np.maximum(np.ceil((need - fixed) / per_yen) - 1, least)
    ratio = 2.0 if need.size < _SMALL_CALL else _FIRST_RATIO
    hi = np.maximum(np.floor(lo * ratio), lo + _FIRST_STEP)
    found, a, b, a_net, b_net, lo_net = _bracket(net, lo, hi, need)
    answer: IntArray = np.asarray(np.where(found, lo, b), dtype=np.int64)
    todo = np.flatnonzero(~found)
    if todo.size == 0:
        return answer
    window = float(np.ceil(slack / per_yen[todo].min()))
    # 5. Households with many targets: one scan of every amount serves them all.
    keys = household[todo]
    by_household = np.argsort(keys, kind="stable")
    groups = np.split(by_household, np.flatnonzero(np.diff(keys[by_household])) + 1)
    rest = []
    per_target = _BOUND_COST if ceiling is not None else window + _GRID_POINTS
    for members in groups:
        rows = todo[members]
        span = b[rows].max() - lo[rows].min()
        if rows.size * per_target >= span:
            answer[rows] = _sweep(net, rows, lo[rows], need[rows])
        else:
            rest.append(rows)
    if not rest:
        return answer
    todo = np.concatenate(rest)
    if ceiling is not None:
        a, b, need = a[todo], b[todo], need[todo]
        # A small batch bounds the last amounts before its bracket's end one by one (in the
        # same engine call as the ranges below them); a cell too wide for that, and every cell
        # of a large batch, is first closed on a crossing.
        small = todo.size < _SMALL_CALL
        wide = b - a + _BELOW_CELL > (_CELL_SINGLES if small else 0)
        if wide.any():
            ends = (a[wide], b[wide])
            nets = (a_net[todo][wide], b_net[todo][wide])
            b[wide] = _crossing(net, todo[wide], ends, nets, need[wide])
            if cliffs is not None:
                b[wide] = _below_cliffs(
                    net, todo[wide], ends[0], nets[0], b[wide], need[wide], cliffs
                )
            a[wide] = b[wide] - 1
        start = lo[todo] + 1
        # A large batch's crossing b has net(b - 1) short of the target: the ranges end at b - 2.
        alone = np.maximum(a - _BELOW_CELL, start) if small else np.maximum(b - 1, start)
        stop = b if small else alone
        with np.errstate(invalid="ignore", divide="ignore"):
            share = 1 - (need - lo_net[todo]) / (per_yen[todo] * (b - lo[todo]))
        keep = np.where(np.isfinite(share), share + _KEEP_MARGIN, _KEEP)
        keep = np.clip(keep, *_KEEP_LIMITS)
        if small:
            keep = keep ** (1 / _SMALL_FINER)
        answer[todo] = _rule_out(
            net,
            ceiling,
            todo,
            (start, alone, stop),
            need,
            keep,
            along,
            end=b,
            tail=0.0 if small else tail,
        )
        return answer
    # 3-4, by chunks of targets sharing the engine calls.
    widths = (max(int(window) // _BLOCKS_PER_WINDOW, 1), int(window))
    chunk = max(_POINTS_PER_CALL // max(widths[0], _GRID_POINTS + 1), 1)
    for start in range(0, todo.size, chunk):
        rows = todo[start : start + chunk]
        answer[rows] = _scan(
            net,
            rows,
            lo[rows],
            b[rows],
            need[rows],
            per_yen=per_yen[rows],
            widths=widths,
            slack=slack,
        )
    return answer


def _sweep(net: Net, rows: IntArray, lo: FloatArray, need: FloatArray) -> IntArray:
    """Step 5 of the module's search, for targets of one household: every whole amount from
    the smallest ``lo`` up, in engine calls of bounded size, until each target is reached."""
    order = np.argsort(need, kind="stable")
    wanted = need[order]
    answer = np.empty(rows.size, dtype=np.int64)
    offsets = np.arange(_POINTS_PER_CALL, dtype=np.float64)
    start, best, done = lo.min(), -np.inf, 0
    while done < rows.size:
        points = start + offsets
        got = net(np.full(points.size, rows[0]), points)
        # running[i]: the largest net up to points[i] (non-decreasing)
        running = np.maximum.accumulate(np.maximum(got, best))
        reached = int(np.searchsorted(wanted, running[-1], side="right"))
        first = np.searchsorted(running, wanted[done:reached], side="left")
        answer[order[done:reached]] = points[first]
        done, best, start = reached, running[-1], start + _POINTS_PER_CALL
    return answer


def _batched(net: Net, rows: IntArray, candidates: FloatArray) -> FloatArray:
    """net() on one candidate per row, in engine calls of bounded size."""
    out = np.empty(candidates.size)
    for start in range(0, candidates.size, _POINTS_PER_CALL):
        part = slice(start, start + _POINTS_PER_CALL)
        out[part] = net(rows[part], candidates[part])
    return out


def _scan(
    net: Net,
    rows: IntArray,
    lo: FloatArray,
    hi: FloatArray,
    need: FloatArray,
    *,
    per_yen: FloatArray,
    widths: tuple[int, int],
    slack: float,
) -> IntArray:
    """Steps 3 and 4 of the module's search for targets with net(lo) < need <= net(hi).

    Blocks are ``widths[0]`` amounts wide when many targets share an engine call, up to
    ``widths[1]`` (fewer, larger calls) when few are left.
    """
    # 3. Coarse grid.
    step = np.maximum(np.ceil((hi - lo) / _GRID_POINTS), 1.0)
    grid = np.minimum(lo[:, None] + step[:, None] * np.arange(_GRID_POINTS + 1), hi[:, None])
    values = net(np.repeat(rows, _GRID_POINTS + 1), grid.reshape(-1)).reshape(grid.shape)
    candidate = values[:, :-1] + (per_yen * step + slack)[:, None] >= need[:, None]
    # The last cell ends at hi, whose net reaches the target: there is always a candidate.
    candidate[:, -1] = True
    cells = np.arange(_GRID_POINTS)
    # next_cell[i, k]: the first candidate cell at or after cell k
    next_cell = np.minimum.accumulate(np.where(candidate, cells, _GRID_POINTS)[:, ::-1], axis=1)[
        :, ::-1
    ]
    at = grid[np.arange(rows.size), next_cell[:, 0]]

    # 4. Exact scan, block by block; every amount before ``at`` is excluded or evaluated.
    answer = np.empty(rows.size, dtype=np.int64)
    pending = np.arange(rows.size)
    while pending.size:
        width = int(np.clip(_POINTS_PER_CALL // pending.size, *widths))
        offsets = np.arange(width, dtype=np.float64)
        points = np.minimum(at[pending, None] + offsets, hi[pending, None])
        got = net(np.repeat(rows[pending], width), points.reshape(-1)).reshape(points.shape)
        # hi reaches the target, so a block that runs past hi holds a hit.
        reached = got >= need[pending, None]
        hit = reached.any(axis=1)
        done = pending[hit]
        answer[done] = points[hit, np.argmax(reached[hit], axis=1)]
        pending, points, got = pending[~hit], points[~hit], got[~hit]
        # An amount x with net v rules out x .. x + floor((need - v - slack) / m) - 1;
        # one yen less is kept as a guard against the division's rounding.
        ruled = np.floor((need[pending, None] - got - slack) / per_yen[pending, None]) - 1
        reach = (points + np.maximum(ruled, 1.0)).max(axis=1)
        after = np.maximum(at[pending] + width, reach)
        cell = np.minimum((after - lo[pending]) // step[pending], _GRID_POINTS - 1).astype(np.int64)
        skip = next_cell[pending, cell]
        after = np.where(skip > cell, grid[pending, skip], after)
        at[pending] = np.minimum(after, hi[pending])
    return answer


def _spread(a: FloatArray, b: FloatArray, points: int) -> FloatArray:
    """``points`` whole amounts spread evenly strictly between ``a`` and ``b`` (rows; some
    repeated where the gap holds fewer)."""
    spread = np.arange(1, points + 1) / (points + 1)
    inside = np.floor(a[:, None] + (b - a)[:, None] * spread)
    return np.clip(inside, a[:, None] + 1, b[:, None] - 1)


def _bracket(
    net: Net, lo: FloatArray, hi: FloatArray, need: FloatArray
) -> tuple[npt.NDArray[np.bool_], FloatArray, FloatArray, FloatArray, FloatArray, FloatArray]:
    """Step 1 of the module's search: whether net(lo) reaches the target, and else a bracket
    ``a < b`` with net(a) < need <= net(b), with both nets (``hi`` doubled until it reaches).

    A small batch evaluates amounts spread between the ends in the same engine call, and
    brackets the first of them that reaches the target.
    """
    size = need.size
    everyone = np.arange(size)
    points = _SMALL_ROWS // size if size < _SMALL_CALL else 0
    amounts = np.concatenate([lo[:, None], _spread(lo, hi, points), hi[:, None]], axis=1)
    values = _batched(net, np.repeat(everyone, points + 2), amounts.reshape(-1)).reshape(
        amounts.shape
    )
    reached = values >= need[:, None]
    found = reached[:, 0]
    hit = reached.any(axis=1)
    first = np.where(hit, np.argmax(reached, axis=1), points + 1)
    below = np.maximum(first - 1, 0)
    a, a_net = amounts[everyone, below], values[everyone, below]
    b, b_net = amounts[everyone, first], values[everyone, first]
    short = np.flatnonzero(~hit)
    while short.size:
        a[short], a_net[short] = b[short], b_net[short]
        b[short] = b[short] * 2
        b_net[short] = _batched(net, short, b[short])
        short = short[b_net[short] < need[short]]
    return found, a, b, a_net, b_net, values[:, 0]


def _crossing(
    net: Net,
    rows: IntArray,
    ends: tuple[FloatArray, FloatArray],
    nets: tuple[FloatArray, FloatArray],
    need: FloatArray,
) -> FloatArray:
    """A crossing for targets with net(a) < need <= net(b) (``ends``, their ``nets``): an
    amount ``x`` with net(x - 1) < need <= net(x) (not necessarily the first one).

    Net is close to a straight line in pay, so the bracket is cut where the line through its
    ends meets the target (false position; where one end stays twice, its distance to the
    target is halved for the next line, which keeps the bracket closing from both sides).
    Few targets instead cut their brackets in many cells at once (up to :data:`_SMALL_ROWS`
    amounts a call).
    """
    lo, hi = ends[0].copy(), ends[1].copy()
    low_net, high_net = nets[0].copy(), nets[1].copy()
    kept = np.zeros(lo.size, dtype=np.int8)  # the end kept last: -1 low, 1 high
    # widths of the bracket one and two cuts ago
    before, earlier = np.full(lo.size, np.inf), np.full(lo.size, np.inf)
    pending = np.flatnonzero(hi - lo > 1)
    for _ in range(_CROSSING_STEPS):
        if not pending.size:
            break
        a, b = lo[pending], hi[pending]
        if pending.size < _SMALL_CALL:
            # Few targets: an engine call costs mostly its overhead, so each evaluates many
            # amounts spread over its bracket and keeps the cell of the first reaching it.
            points = max(min(_SMALL_ROWS // pending.size, int((b - a).max()) - 1), 1)
            x = _spread(a, b, points)
            got = net(np.repeat(rows[pending], points), x.reshape(-1)).reshape(x.shape)
            reached = got >= need[pending, None]
            hit = reached.any(axis=1)
            first = np.argmax(reached, axis=1)
            picked = np.arange(pending.size)
            hi[pending] = np.where(hit, x[picked, first], b)
            below = np.where(hit, first - 1, points - 1)
            inside = below >= 0
            lo[pending] = np.where(inside, x[picked, below], a)
            pending = pending[hi[pending] - lo[pending] > 1]
            continue
        with np.errstate(invalid="ignore", divide="ignore"):
            slope = (high_net[pending] - low_net[pending]) / (b - a)
            guess = a + np.ceil((need[pending] - low_net[pending]) / slope)
        # bisect where two cuts did not halve the bracket
        line = np.isfinite(guess) & (2 * (b - a) <= earlier[pending])
        x = np.clip(np.where(line, guess, np.floor((a + b) / 2)), a + 1, b - 1)
        earlier[pending], before[pending] = before[pending], b - a
        got = net(rows[pending], x)
        reached = got >= need[pending]
        # Illinois: an end kept twice in a row has its distance to the target halved.
        side = np.where(reached, -1, 1).astype(np.int8)
        again = kept[pending] == side
        low_kept = np.where(
            again, need[pending] + (low_net[pending] - need[pending]) / 2, low_net[pending]
        )
        high_kept = np.where(
            again, need[pending] + (high_net[pending] - need[pending]) / 2, high_net[pending]
        )
        hi[pending] = np.where(reached, x, b)
        high_net[pending] = np.where(reached, got, high_kept)
        lo[pending] = np.where(reached, a, x)
        low_net[pending] = np.where(reached, low_kept, got)
        kept[pending] = side
        pending = pending[hi[pending] - lo[pending] > 1]
    return hi


def _below_cliffs(
    net: Net,
    rows: IntArray,
    low: FloatArray,
    low_net: FloatArray,
    end: FloatArray,
    need: FloatArray,
    cliffs: FloatArray,
) -> FloatArray:
    """A crossing (as :func:`_crossing`) at or below each crossing ``end`` of targets with
    net(``low``) = ``low_net`` < need: where net reaches the target just before the last of
    ``cliffs`` below ``end`` (a grade's start, where the premiums step up and net falls), the
    crossing below it, and so on down.

    Net can reach a target below a grade's start, fall short from it and reach the target
    again above: the first crossing is then below the start, and the branch and bound would
    find it only by splitting ranges around it many times. Any crossing serves the branch and
    bound (which rules out or finds every amount below it); the first one makes it cheap.
    """
    end = end.copy()
    pending = np.arange(rows.size if cliffs.size else 0)
    for _ in range(_CLIFF_ROUNDS):
        # the last cliff below each end (net(end - 1) falls short: no cliff at end to try)
        at = np.searchsorted(cliffs, end[pending], side="left") - 1
        start = cliffs[np.maximum(at, 0)]
        width = start - np.where(at > 0, cliffs[np.maximum(at - 1, 0)], 0.0)
        # net falls short past a start for a share of the grade only (_CLIFF_REACH)
        near = end[pending] - start <= _CLIFF_REACH * width
        tried = (at >= 0) & (start - 1 > low[pending]) & near
        pending, top = pending[tried], start[tried] - 1
        if not pending.size:
            break
        got = net(rows[pending], top)
        hit = got >= need[pending]
        pending, top, got = pending[hit], top[hit], got[hit]
        if not pending.size:
            break
        end[pending] = _crossing(
            net, rows[pending], (low[pending], top), (low_net[pending], got), need[pending]
        )
    return end


def _consecutive(
    owner: IntArray, last: FloatArray, left: FloatArray
) -> tuple[IntArray, FloatArray, FloatArray]:
    """Ranges ending ``left[:, k]`` amounts short of ``last + 1`` and starting
    ``left[:, k - 1]`` short of it, for each ``owner``; empty ones left out."""
    starts = last[:, None] + 1 - left[:, :-1]
    ends = last[:, None] - left[:, 1:]
    kept = ends >= starts
    owners = np.broadcast_to(owner[:, None], kept.shape)
    return owners[kept], starts[kept], ends[kept]


def _toward_end(
    owner: IntArray, first: FloatArray, last: FloatArray, keep: FloatArray, tail: float = 0.0
) -> tuple[IntArray, FloatArray, FloatArray]:
    """Split each range ``first`` .. ``last`` of ``owner`` into consecutive ranges shrinking
    toward ``last``, each leaving the share ``keep`` (of its owner) of what is left to the
    next, the last one at least ``tail`` amounts (or the whole range)."""
    steps, left = _lefts(last - first + 1, keep, tail)
    pieces = np.maximum(steps - 1, 0)
    owners, lasts = np.repeat(owner, pieces), np.repeat(last, pieces)
    pair = np.ones(left.size, dtype=bool)
    pair[(np.cumsum(steps) - 1)[steps > 0]] = False  # a range's last amount left starts none
    starts = lasts + 1 - left[pair]
    ends = lasts - left[1:][pair[:-1]]
    kept = ends >= starts
    return owners[kept], starts[kept], ends[kept]


def _lefts(size: FloatArray, keep: FloatArray, tail: float) -> tuple[IntArray, FloatArray]:
    """How many amounts of each range of ``size`` amounts are left after each cut, each
    leaving the share ``keep`` of what is left: for each range, its size, the amounts left
    after one cut, two, and so on down to 0, those fewer than ``tail`` taken as 0 (none for an
    empty range). Returns how many amounts left each range has, and all of them in order."""
    log_keep = np.log(keep)
    # keep ** cuts <= 1 / size: past that many cuts, less than one amount is left; a range
    # has the amounts left before the first cut and after each, and the final 0
    cuts = np.ceil(np.log(np.maximum(size, 1.0)) / -log_keep)
    steps = np.where(size >= 1, cuts + 2, 0).astype(np.int64)
    ends = np.cumsum(steps)
    cut = np.arange(ends[-1] if ends.size else 0) - np.repeat(ends - steps, steps)
    left = np.floor(np.repeat(size, steps) * np.exp(cut * np.repeat(log_keep, steps)))
    left[(left < tail) & (cut > 0)] = 0
    left[ends[steps > 0] - 1] = 0
    return steps, left


def _alone(
    owner: IntArray, first: FloatArray, last: FloatArray
) -> tuple[IntArray, FloatArray, FloatArray]:
    """Every amount of each range ``first`` .. ``last`` of ``owner`` as a range of its own
    (the callers keep the ranges short)."""
    widest = int(np.max(last - first + 1, initial=0))
    amounts = first[:, None] + np.arange(max(widest, 0))
    kept = amounts <= last[:, None]
    owners = np.broadcast_to(owner[:, None], kept.shape)[kept]
    return owners, amounts[kept], amounts[kept]


def _split(
    owner: IntArray, first: FloatArray, last: FloatArray, *, small: bool
) -> tuple[IntArray, FloatArray, FloatArray]:
    """Split each range ``first`` .. ``last`` of ``owner``: into its amounts where it holds at
    most :data:`_SINGLES` (their nets cost less than more bounds), else its first amount alone
    (its net: a candidate that drops the ranges after it) and :data:`_PIECES` ranges of about
    equal length. The ranges of a ``small`` batch (whose engine call costs mostly its overhead)
    split by :data:`_SMALL_SINGLES` and :data:`_SMALL_PIECES` instead, for fewer rounds."""
    singles, pieces = (_SMALL_SINGLES, _SMALL_PIECES) if small else (_SINGLES, _PIECES)
    size = last - first + 1
    short = size <= singles
    owners, starts, ends = _alone(owner[short], first[short], last[short])
    rest = size[~short, None] - 1
    left = np.concatenate(
        [size[~short, None], np.floor(rest * (1 - np.arange(pieces + 1) / pieces))], axis=1
    )
    split = _consecutive(owner[~short], last[~short], left)
    return (
        np.concatenate([owners, split[0]]),
        np.concatenate([starts, split[1]]),
        np.concatenate([ends, split[2]]),
    )


def _path_toward_end(
    owner: IntArray, first: FloatArray, last: FloatArray, keep: FloatArray, tail: float = 0.0
) -> tuple[IntArray, FloatArray]:
    """The ranges of :func:`_toward_end` as a path: for each range ``first`` .. ``last`` of
    ``owner`` (not empty), its first amount and the last amount of each of its pieces, in
    order and without repeats; consecutive amounts of one owner bound a range (one amount
    more than the piece, the end of the one before), so the ranges between them cover
    ``first`` .. ``last``."""
    steps, left = _lefts(last - first + 1, keep, tail)
    points = np.repeat(last, steps) - left
    begins = (np.cumsum(steps) - steps)[steps > 0]
    points[begins] = first[steps > 0]
    kept = np.ones(points.size, dtype=bool)
    kept[1:] = points[1:] > points[:-1]
    kept[begins] = True
    return np.repeat(owner, steps)[kept], points[kept]


def _rule_out(
    net: Net,
    ceiling: Ceiling,
    rows: IntArray,
    amounts: tuple[FloatArray, FloatArray, FloatArray],
    need: FloatArray,
    keep: FloatArray,
    along: Along | None = None,
    end: FloatArray | None = None,
    tail: float = 0.0,
) -> IntArray:
    """Branch and bound for targets whose net falls short below the first of ``amounts``
    (``start``) and reaches the target at ``end`` (the last of ``amounts``, ``stop``, where
    not given; the amounts from ``stop`` up to ``end``, excluded, are known to fall short):
    the first amount reaching the target.

    The amounts from ``start`` up to the second of ``amounts`` (``alone``, excluded) are split
    in ranges shrinking toward it (:func:`_toward_end`, by the share ``keep`` of each target,
    the last one of at least ``tail`` amounts), those from ``alone`` up to ``stop`` (excluded;
    at most :data:`_CELL_SINGLES`) taken one by one, and every range of every target is bounded in one batch. A range whose ceiling is
    below the target is ruled out whole; a single amount whose ceiling (its net) reaches the
    target is a candidate, and ranges after the smallest candidate are dropped; any other range
    is split (:func:`_split`) and bounded again. When no range is left, every amount below the
    smallest candidate (or ``end``) has been ruled out: it is the answer.

    Where ``along`` is given, a large batch bounds the first ranges along a path
    (:func:`_path_toward_end`): each amount where one range ends and the next begins is
    computed once for both.
    """
    start, alone, stop = amounts
    answer = np.asarray(stop if end is None else end, dtype=np.int64).copy()
    everyone = np.arange(rows.size)
    first: tuple[IntArray, FloatArray, FloatArray, FloatArray] | None = None
    if along is not None and rows.size >= _SMALL_CALL:
        first = _bound_along(along, rows, *_path_toward_end(everyone, start, alone - 1, keep, tail))
    parts = [
        _toward_end(everyone, start, alone - 1, keep, tail) if first is None else first[:3],
        _alone(everyone, alone, stop - 1),
    ]
    owner, a, b = (np.concatenate(columns) for columns in zip(*parts, strict=True))
    while owner.size:
        # A single amount's ceiling is its net, which costs about half as much (unless few
        # amounts are bounded: then one engine call serves them all).
        bound = np.empty(owner.size)
        todo = np.ones(owner.size, dtype=bool)
        if first is not None:  # the path's ranges come first, already bounded
            done = first[3]
            bound[: done.size], todo[: done.size], first = done, False, None
        single = todo & (a == b) & (owner.size >= _SMALL_ROWS)
        if single.any():
            bound[single] = net(rows[owner[single]], a[single])
        wide = todo & ~single
        if wide.any():
            bound[wide] = ceiling(rows[owner[wide]], a[wide], b[wide])
        reached = bound >= need[owner]
        owner, a, b = owner[reached], a[reached], b[reached]
        single = a == b
        np.minimum.at(answer, owner[single], a[single].astype(np.int64))
        wide = ~single & (a < answer[owner])
        owner, a, b = _split(owner[wide], a[wide], b[wide], small=rows.size < _SMALL_CALL)
    return answer


def _bound_along(
    along: Along, rows: IntArray, owner: IntArray, points: FloatArray
) -> tuple[IntArray, FloatArray, FloatArray, FloatArray] | None:
    """The ranges between consecutive ``points`` of each ``owner`` (a path of
    :func:`_path_toward_end`), then the range of its only amount for each owner with one
    point, and the ceilings of the first (those of the others are still to compute); None
    where ``along`` gives no bound."""
    bound = along(rows[owner], points)
    if bound is None:
        return None
    pair = owner[1:] == owner[:-1]
    lone = np.ones(owner.size, dtype=bool)
    lone[1:] &= ~pair
    lone[:-1] &= ~pair
    return (
        np.concatenate([owner[:-1][pair], owner[lone]]),
        np.concatenate([points[:-1][pair], points[lone]]),
        np.concatenate([points[1:][pair], points[lone]]),
        np.asarray(bound)[pair],
    )
