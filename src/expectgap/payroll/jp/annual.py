"""Gross to net for a calendar year in Japan: every deduction, month by month.

:func:`annual` runs a year of payroll for one employee or a batch of employees (vectorized over
people; the twelve months are grouped by the rates in force so that each distinct month is
computed once for the whole batch). It combines the topic modules: social insurance
(:mod:`~expectgap.payroll.jp.social_insurance`), withholding
(:mod:`~expectgap.payroll.jp.withholding`), the year-end adjustment
(:mod:`~expectgap.payroll.jp.income_tax`) and the resident tax
(:mod:`~expectgap.payroll.jp.resident_tax`).

Conventions
-----------
- **Pay.** Regular monthly pay is paid in each of the 12 months and is constant over the year.
  For a :class:`~expectgap.package.CompensationPackage` it is base + allowances + fixed overtime
  (sign-on, equity and benefits in kind are not payroll and are left out); bonuses are paid in
  the package's payment months. For plain amounts, ``pay`` is the regular monthly pay *without*
  the commuting allowance, ``commuting_allowance`` is paid on top every month, and the annual
  ``bonus`` is split evenly over ``bonus_months``.
- **Standard monthly amount.** Graded from the regular monthly pay including the commuting
  allowance (and every allowance counted for social insurance), held constant over the year (no
  annual determination or interim revision is simulated).
- **Premium months.** The premium of month *m* is deducted from the pay of month *m* +
  ``deduction_lag_months`` (1 by default, 翌月徴収): January pay deducts the December premium of
  the previous year, at the rates of that premium month (a fiscal year's health rates start
  with the March premium month, so they first show in April pay; the child support levy of the
  April 2026 premium month first shows in May 2026 pay).
- **Bonuses.** Bonus premiums are deducted from the bonus itself, at the rates of the bonus
  month; the health insurance cap counts the standard bonuses of the fiscal year (April to
  March) paid before, assuming the same bonus schedule in the previous year.
- **Employment insurance** is charged on the actual pay and bonus of the pay month. A new
  fiscal year's rate applies from the first wage closing date on or after 1 April (rates
  change in April; 雇用保険料率の変更は4月1日以降最初に到来する賃金締切日から): with
  ``wage_lag_months=0`` (default) each month's pay closes in the month it is paid, so April pay
  takes the new rate; with ``wage_lag_months=1`` (pay for the previous month's work) April pay
  keeps the old rate. A bonus takes the rate in force on its payment date.
- **Income tax.** Each month's salary is withheld by the computer-calculation method of the
  year, each bonus by the bonus rate table; the year-end adjustment computes the year's tax on
  the taxable salary and the social insurance actually deducted in the year, and the difference
  (extra tax or refund) is settled with the December pay (the ``'year-end adjustment'`` row of
  :attr:`AnnualNet.monthly`). In 2024 the monthly fixed-amount cut (月次減税) is taken from the
  tax withheld on the payments from June on, salary before bonus within a month (the
  employee, the dependants of the withholding, and the dependants under 16). A spouse counts
  as a dependant for withholding (源泉控除対象配偶者) while the spouse's income is within the
  first band of the spouse special deduction (950,000 yen, where it still equals the spouse
  deduction) and the employee's employment income within the spouse deduction's first tier.
- **Household.** ``dependents``, ``spouse`` and the other household keywords are those of
  :func:`~expectgap.payroll.jp.income_tax.income_tax`; the same household is used for the
  year-end adjustment and for both resident tax levies paid in the year.
- **Resident tax** paid in calendar year *y* is the January-May instalments of the levy of
  fiscal year *y* - 1 plus the June-December instalments of fiscal year *y*: the levy divided
  by 12 rounded down to 100 yen each month, the fractions added to June (地方税法第321条の5);
  for the FY2024 levy of a person who received the fixed-amount cut, nothing in June and 11
  instalments from July. The levy of fiscal year *f* is on the salary of year *f* - 1; both
  levies use ``prior_year_salary`` (default: this year's taxable salary of the same package)
  and ``prior_year_social_insurance`` (default: this year's social insurance, scaled by
  ``prior_year_salary`` / this year's taxable salary when only the salary is given). With
  ``first_job=True`` no resident tax is due in the year. The FY2023 levy (January-May 2024)
  is the FY2024 levy before its fixed-amount cut (see :func:`_levy`).
- **Commuting allowance** counts in full for social insurance and employment insurance; the
  part above the non-taxable monthly limit (``params/commuting.toml``) is taxable salary.
  Other allowances marked ``taxable=False`` are left out of taxable salary.
- **Age** is constant over the year (completed years), or follows a ``birth_date`` month by
  month (:mod:`~expectgap.payroll.jp.dates`): nursing care from the premium month holding the
  day before the 40th birthday, the pension up to the month before the one holding the day
  before the 70th, health insurance up to the month before the 75th birthday's; a bonus by the
  month it is paid. No tax of the year depends on the employee's own age.
- **Joining and leaving** (``joined``, ``left``: the day of joining, the last day employed):
  the monthly pay is paid in full for each month employed (no pay by the day); premiums are
  charged from the month of joining to the month before the loss date (the day after leaving),
  each deducted from the next month's pay, and the last pay deducts what is left (the
  previous month's and that month's, 健康保険法第167条); a bonus is paid in its month while
  employed, with premiums if that month is charged; employment insurance on the wages paid. The
  year-end adjustment is made for an employee still employed in December; a leaver's income
  tax is what was withheld. The resident tax instalments are deducted from the months paid; a
  leaver from January to April has the rest of the levy (to May) deducted from the last pay
  (一括徴収), a leaver from June pays the rest directly (普通徴収, not in :attr:`resident_tax`).
  A joiner's instalments are taken from the first pay (the special collection carried over).
  The levies and the previous years' defaults are those of the same package over a whole year.

One engine for every size: a scalar is a batch of one through the same kernels, held as numpy
scalars (0-d values whose arithmetic costs a fraction of a 0-d array's); the kernels avoid
work that only pays off for large arrays (a truth test instead of ``.any()`` on a scalar,
table constants held as numpy integers, no redundant conversions).
What depends only on the options and the distinct ages (the premium tables of the year's pay
months, the bonus rules, the employment insurance rates) is resolved once and cached
(:func:`_plan`); a call then gathers and computes per person on checked int64 / float64 arrays,
calling the kernels of the topic modules directly (the public functions are thin validating
wrappers around the same kernels). Withholding is computed only for :attr:`AnnualNet.monthly`:
the year's totals depend on the year-end adjustment, not on what was withheld. Large batches
are computed in chunks of :data:`_YEAR_CHUNKS` x :data:`_CHUNK_ROWS` people (the schedule's
of :data:`_CHUNK_ROWS`), whose temporaries stay in the processor's cache, each written into
one block of results (on parallel threads from
:data:`_PARALLEL_MIN_SIZE` people); the kernels read what the law tabulates on whole units from
tables built once by the same rules (bands, employment income, bonus premiums, one household's
income tax and levies by taxable income; for the year's totals, the premiums of the year by
kind of age and grade or standard bonus amount, and the sum of each levy's instalments paid in
the year), so a batch, its chunks and its scalars give the same numbers.

Examples
--------
>>> r = annual(400_000, year=2026, bonus=800_000)
>>> r.gross, r.social_insurance_total, r.income_tax, r.resident_tax, r.net
(5600000, 838749, 121000, 279500, 4360751)
"""

from __future__ import annotations

import dataclasses
import functools
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import numpy.typing as npt

from expectgap._limits import MAX_AGE, MAX_DEPENDENTS
from expectgap._vector import Shape, amounts, is_series
from expectgap.errors import CurrencyMismatch, InvalidInput, UnsupportedRule
from expectgap.money import MONTHS_IN_YEAR
from expectgap.package import CompensationPackage
from expectgap.payroll._params import load
from expectgap.payroll.jp.dates import (
    Birth,
    DayArray,
    Span,
    month_index,
    parse_dates,
    premium_age,
    span,
)
from expectgap.payroll.jp.deductions import Deductions
from expectgap.payroll.jp.income_tax import (
    SUPPORTED_YEARS,
    Household,
    TableCache,
    annual_tax_yen,
    any_true,
    employment_income_yen,
    gather,
    household,
    max_yen,
    total_incomes_yen,
    with_deductions,
)
from expectgap.payroll.jp.prefectures import prefecture as _prefecture
from expectgap.payroll.jp.resident_tax import (
    SUPPORTED_FISCAL_YEARS,
    credit_margins_yen,
    levy_of_yen,
    levy_yen,
    place_of_residence,
)
from expectgap.payroll.jp.social_insurance import (
    _bonus_premiums,
    _category,
    _employment,
    _employment_sen,
    _industry_rate,
    _rate_millionths,
    _Rules,
    _rules,
    _sen,
    pending_note,
    social_insurance,
)
from expectgap.payroll.jp.withholding import bonus_tax_yen, monthly_tax_yen

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "MAX_SCHEDULE_PEOPLE",
    "AnnualNet",
    "annual",
    "ceiling_given",
    "grade_starts",
    "net_ceiling",
    "net_ceilings_along",
]

_PARAMS = "expectgap.payroll.jp.params"
_JPY = "JPY"
_LAGS = (0, 1)
_COMPONENTS = ("health", "nursing_care", "child_support", "pension")
# People computed at once: the temporaries of a chunk stay in the processor's cache (and need
# no fresh pages), which makes a large batch several times cheaper per person.
_CHUNK_ROWS = 16_384
# The year's totals alone (jp.annual) keep a few arrays a person, against the schedule's
# dozens: their chunks are this many times longer, which spreads each chunk's fixed cost (some
# 200 us of calls) over more people and gives each thread fewer, larger chunks.
_YEAR_CHUNKS = 4
# Batches from this size run their chunks on the machine's cores (numpy releases the GIL in
# array operations, so threads run the chunks in parallel).
_PARALLEL_MIN_SIZE = 100_000
_WORKERS = min(os.cpu_count() or 1, 4)
# Ages are mapped to table rows through a dense lookup when they are small whole numbers.
# Yen of which every grade bound is a multiple (the grade lookup table's step).
_GRADE_STEP = 1_000
_SCALAR = Shape(scalar=True)
_FIELDS = (
    "gross",
    "taxable_salary",
    *_COMPONENTS,
    "employment",
    "social_insurance_total",
    "income_tax",
    "resident_tax",
    "net",
)

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


# ---------------------------------------------------------------------------------------------
# Result


#: Most people whose payment schedule :attr:`AnnualNet.monthly` builds at once (a bound on
#: memory: up to 25 rows of 12 columns each).
MAX_SCHEDULE_PEOPLE = 200_000


@dataclass(frozen=True, eq=False)
class AnnualNet:
    """A calendar year of payroll: gross, each deduction and net, in yen.

    Each field is a Python ``int`` for scalar input, otherwise an int64 array of the input's
    shape (a pandas Series with the input's index for Series input).

    Attributes
    ----------
    gross
        Everything paid in the year: 12 months of pay with allowances (the months employed,
        with ``joined`` or ``left``), and the bonuses.
    taxable_salary
        Gross less non-taxable allowances (commuting up to the limit): the salary of the
        year-end adjustment.
    health, nursing_care, child_support, pension, employment
        Employee social insurance deducted in the year (12 months of premiums, or those of the
        months employed, and the bonuses).
    social_insurance_total
        Their sum.
    income_tax
        Income tax for the year with the surtax, as settled by the year-end adjustment (for a
        leaver before December, what was withheld).
    resident_tax
        Resident tax instalments deducted in the year.
    net
        ``gross - social_insurance_total - income_tax - resident_tax``.

    Examples
    --------
    >>> r = annual(300_000, year=2025)
    >>> r.net == r.gross - r.social_insurance_total - r.income_tax - r.resident_tax
    True
    >>> r.monthly.shape
    (13, 11)
    """

    gross: Any
    taxable_salary: Any
    health: Any
    nursing_care: Any
    child_support: Any
    pension: Any
    employment: Any
    social_insurance_total: Any
    income_tax: Any
    resident_tax: Any
    net: Any
    _schedule: Callable[[], pd.DataFrame] = field(repr=False)

    @functools.cached_property
    def monthly(self) -> pd.DataFrame:
        """One row per payment: each month's salary, each bonus, and the year-end adjustment.

        Built on first access (a batch recomputes its year once, with the rows kept). Columns:
        ``kind`` (``'salary'``, ``'bonus'`` or ``'year-end adjustment'``), ``month``,
        ``gross``, ``health``, ``nursing_care``, ``child_support``, ``pension``,
        ``employment``, ``withholding``, ``resident_tax`` and ``net`` (yen). The year-end
        adjustment row carries the extra tax (positive) or the refund (negative) settled in
        December; each column sums to the annual field of the same name. For a batch the frame
        is long, with a leading ``person`` column (the position, or the label of the input
        Series' index) and the rows of each person in payment order. A batch of more than
        :data:`MAX_SCHEDULE_PEOPLE` people raises :class:`~expectgap.errors.InvalidInput`.

        Examples
        --------
        >>> m = annual(400_000, year=2026, bonus=800_000).monthly
        >>> m[["kind", "month", "gross", "withholding", "net"]].tail(3)
                           kind  month   gross  withholding     net
        12               salary     12  400000        10780  305841
        13                bonus     12  400000        27872  313368
        14  year-end adjustment     12       0       -64174   64174
        """
        people = int(np.size(self.net))
        if people > MAX_SCHEDULE_PEOPLE:
            raise InvalidInput(
                "monthly",
                f"{people:,} people",
                f"the schedule of at most {MAX_SCHEDULE_PEOPLE:,} people at a time (up to 25 rows "
                "each); compute it for slices of the batch",
            )
        return self._schedule()

    @property
    def components(self) -> dict[str, Any]:
        """The deductions by name (social insurance items, income tax, resident tax).

        Examples
        --------
        >>> sorted(annual(300_000, year=2025).components)[:3]
        ['child_support', 'employment', 'health']
        """
        return {
            "health": self.health,
            "nursing_care": self.nursing_care,
            "child_support": self.child_support,
            "pension": self.pension,
            "employment": self.employment,
            "income_tax": self.income_tax,
            "resident_tax": self.resident_tax,
        }


# ---------------------------------------------------------------------------------------------
# Calendar rules


@dataclass(frozen=True)
class _Instalments:
    first_month: int
    count: int
    unit: int


@dataclass(frozen=True)
class _Calendar:
    fiscal_start: int
    monthly_cut_from: date | None
    cut_per_person: int
    commuting_limit: int
    spouse_income_limit: int
    withholding_spouse_income_limit: int


def _instalments(raw: dict[str, int]) -> _Instalments:
    return _Instalments(int(raw["first_month"]), int(raw["instalments"]), int(raw["unit"]))


@functools.cache
def _collection(fiscal_year: int) -> tuple[_Instalments, _Instalments]:
    """Resident tax instalment rules of a fiscal year's levy: the ordinary ones and those for
    a levy that received the fixed-amount cut (count 0 when there is no such rule)."""
    p = load(_PARAMS, "collection")
    day = date(fiscal_year, int(p["fiscal_year_start_month"].at(date(fiscal_year, 1, 1))), 1)
    return (
        _instalments(p["resident_tax_special_collection"].at(day)),
        _instalments(p["resident_tax_fixed_cut_collection"].at(day)),
    )


@functools.cache
def _calendar(year: int) -> _Calendar:
    p = load(_PARAMS, "collection")
    start = date(year, 1, 1)
    tax = load(_PARAMS, "income_tax")
    cut = int(tax["fixed_tax_cut_per_person"].at(start))
    cut_from = p["monthly_fixed_cut_first_payment"].at(start) if cut > 0 else None
    return _Calendar(
        fiscal_start=int(p["fiscal_year_start_month"].at(start)),
        monthly_cut_from=cut_from,
        cut_per_person=cut,
        commuting_limit=int(load(_PARAMS, "commuting")["non_taxable_monthly_limit"].at(start)),
        spouse_income_limit=int(tax["spouse_deduction"].at(start)["taxpayer_income_upper"][0]),
        withholding_spouse_income_limit=int(
            tax["spouse_special_deduction"].at(start)["spouse_income_upper"][0]
        ),
    )


def _month_date(month: int) -> date:
    """The first day of a month index (months since January 1970, numpy's ``datetime64[M]``)."""
    return cast(date, np.datetime64(month, "M").astype(object))


def _shift(year: int, month: int, by: int) -> date:
    index = year * MONTHS_IN_YEAR + (month - 1) + by
    return date(index // MONTHS_IN_YEAR, index % MONTHS_IN_YEAR + 1, 1)


# ---------------------------------------------------------------------------------------------
# Social insurance tables: premiums depend on the grade only, so they are computed once per
# premium month on the grade lower bounds (and each distinct age) and gathered per person.


@dataclass(frozen=True)
class _Table:
    lower: FloatArray
    parts: IntArray  # (component, age row x grades): component in _COMPONENTS order

    def key(self) -> bytes:
        return self.parts.tobytes() + self.lower.tobytes()


@functools.lru_cache(maxsize=512)
def _table(
    premium_month: date, where: str, health_rate: float | None, ages: tuple[float, ...]
) -> _Table:
    rows = load(_PARAMS, "health_insurance")["grades"].at(premium_month)
    lower = np.asarray([row["lower"] for row in rows], dtype=np.float64)
    si = social_insurance(
        lower[None, :],
        premium_month=premium_month,
        prefecture=where,
        age=np.asarray(ages, dtype=np.float64)[:, None],
        health_rate=health_rate,
    )
    parts = np.stack([np.asarray(getattr(si, c), dtype=np.int64).ravel() for c in _COMPONENTS])
    parts.setflags(write=False)
    return _Table(lower, parts)


@functools.lru_cache(maxsize=256)
def _employment_rule(month: date, industry: str) -> tuple[int, Fraction]:
    rounding = load(_PARAMS, "social_insurance_rounding")["employee_share_dropped_up_to"]
    return _industry_rate(industry, month), Fraction(str(rounding.at(month)))


@functools.cache
def _dense_ages(top: int) -> tuple[float, ...]:
    return tuple(float(a) for a in range(top))


def _age_rows(age: FloatArray) -> tuple[tuple[float, ...], IntArray | int]:
    """The ages of the premium tables and each person's row in them.

    Whole ages index a table of every accepted age, 0 to :data:`~expectgap._limits.MAX_AGE`
    (one table, and one cached plan, for every batch of such ages); other ages a table of the
    distinct ones.
    """
    if age.ndim == 0:
        return (float(age),), 0
    whole = age.size > 0 and bool(np.all(age == np.floor(age))) and age.max() <= MAX_AGE
    if whole:
        return _dense_ages(MAX_AGE + 1), age.astype(np.int64)
    distinct_f, inverse = np.unique(age, return_inverse=True)
    return tuple(float(a) for a in distinct_f), inverse.astype(np.int64)


@dataclass(frozen=True)
class _Group:
    """Pay months that deduct the same premiums under the same employment insurance rule."""

    table: _Table
    rule: int  # index into _Plan.rules
    months: tuple[int, ...]  # pay months of the year, 1-12 (empty for last December)


@dataclass(frozen=True)
class _BonusStep:
    """One bonus payment in the order the fiscal-year health cap counts them."""

    paid_year: int
    month: int
    restart: bool  # the first payment of its fiscal year: the cap count starts again
    rules: _Rules
    worker_rate: int


@dataclass(frozen=True)
class _Plan:
    """Everything of a year's payroll that depends on the options and the distinct ages only,
    resolved once and cached: a call then only gathers and computes per person."""

    summed: tuple[tuple[FloatArray, IntArray], ...]  # (grade lower bounds, 12 months' premiums)
    rules: tuple[tuple[int, Fraction], ...]  # employment insurance (rate, rounding) in force
    rule_months: tuple[int, ...]  # pay months of the year under each rule
    groups: tuple[_Group, ...]  # distinct pay months of the year, in month order
    month_group: tuple[int, ...]  # group of each pay month 1-12
    december: _Group | None  # last year's December pay, read by a January bonus
    bonuses: tuple[_BonusStep, ...]
    year: int
    ages: tuple[float, ...]  # the ages of the premium tables' rows


@dataclass(frozen=True)
class _BonusYear:
    """The premiums of a year's bonuses when every bonus is one amount (an annual bonus split
    evenly): ``rows[kind * (top + 1) + units]`` at a standard bonus amount of ``units`` whole
    units (the bonus rounded down to the unit; from ``top`` units on, the caps hold every
    premium) for each kind of age (see :class:`_YearTables`), by component.
    Employment insurance is on the amount itself: ``employment`` lists the (rate, rounding)
    of the year's payments, each with its number of payments."""

    unit: int
    top: int
    rows: IntArray  # (kinds x (top + 1), components)
    employment: tuple[tuple[int, Fraction, int], ...]


@dataclass(frozen=True)
class _YearTables:
    """The year's premiums by kind of age: ages whose premiums are alike at every grade in
    every premium month and whose age categories and pension cover are alike at every bonus
    payment (under 40, 40 to 64, ... a handful in all) are one kind. ``monthly`` holds for
    each set of grade bounds the year's premiums of the months under them, a row per kind and
    grade (``kind * grades + grade``, the components); ``bonus`` the bonuses' (None where
    they have no table)."""

    kinds: IntArray  # the kind of each age of the plan
    monthly: tuple[tuple[bytes, int, IntArray], ...]  # (bounds as bytes, grades, rows)
    bonus: _BonusYear | None


def _rows(parts: IntArray) -> IntArray:
    """A table of components x positions as rows of components (a person's premiums are
    then one row of 32 bytes, gathered at once)."""
    rows = np.ascontiguousarray(parts.T)
    rows.setflags(write=False)
    return rows


def _year_tables(key: tuple[_Options, tuple[float, ...], tuple[int, ...]]) -> _YearTables | None:
    """The tables of :class:`_YearTables` for the plan of ``key`` (the arguments of
    :func:`_plan`), read off the plan's premium tables and computed by the bonus kernel for one
    age of each kind (:func:`_bonus_year`); None where a grade table does not start at 0 yen."""
    plan = _plan(*key)
    ages = np.asarray(plan.ages, dtype=np.float64)
    signature = []
    for lower, total in plan.summed:
        if lower[0] != 0:
            return None
        signature.append(total.reshape(len(_COMPONENTS), ages.size, lower.size))
    alike: list[npt.NDArray[Any]] = [s.transpose(1, 0, 2).reshape(ages.size, -1) for s in signature]
    for step in plan.bonuses:
        alike.append(np.broadcast_to(_category(ages, step.rules), ages.shape)[:, None])
        alike.append((ages < step.rules.pension_until)[:, None])
    _, first, kinds = np.unique(
        np.concatenate([np.asarray(a, np.int64) for a in alike], axis=1),
        axis=0,
        return_index=True,
        return_inverse=True,
    )
    monthly = tuple(
        (lower.tobytes(), lower.size, _rows(s[:, first, :].reshape(len(_COMPONENTS), -1)))
        for (lower, _), s in zip(plan.summed, signature, strict=True)
    )
    kinds = kinds.reshape(-1).astype(np.int64)
    kinds.setflags(write=False)
    return _YearTables(kinds, monthly, _bonus_year(plan, ages[first]))


# The year's tables of the most recent plans used by many people (about a megabyte each):
# built once the batches asking for a plan have held TABLE_BUILD_FROM people in all (they cost
# about what computing as many does), read by any batch from 64 once built.
_YEAR_TABLES: TableCache[tuple[_Options, tuple[float, ...], tuple[int, ...]], _YearTables] = (
    TableCache(_year_tables, limit=32)
)


def _bonus_year(plan: _Plan, ages: FloatArray) -> _BonusYear | None:
    """The table of :class:`_BonusYear` for ``plan`` and one age of each kind (``ages``),
    computed by the bonus kernel (:func:`~expectgap.payroll.jp.social_insurance._bonus_premiums`)
    on every number of units up to the caps, the payments in the order of
    :meth:`_Engine.bonus_premiums`; None without bonuses or where the caps or the units differ
    from a whole number of one unit."""
    steps = plan.bonuses
    units = {step.rules.bonus_unit for step in steps}
    if len(units) != 1 or any(step.rules.bonus_tables is None for step in steps):
        return None
    unit = units.pop()
    top = max(max(s.rules.health_bonus_cap, s.rules.pension_bonus_cap) // unit for s in steps)
    grid = np.arange(top + 1, dtype=np.float64) * unit
    paid = np.tile(grid, ages.size)
    at_age = np.repeat(ages, grid.size)
    counted: IntArray = np.zeros((), np.int64)
    parts = np.zeros((len(_COMPONENTS), paid.size), np.int64)
    employment: dict[tuple[int, Fraction], int] = {}
    for step in steps:
        if step.restart:
            counted = np.zeros((), np.int64)
        premium = _bonus_premiums(paid, at_age, counted, step.rules, step.worker_rate)
        counted = counted + premium["standard_monthly_health"]
        if step.paid_year == plan.year:
            for total, c in zip(parts, _COMPONENTS, strict=True):
                total += premium[c]
            rule = (step.worker_rate, step.rules.drop)
            employment[rule] = employment.get(rule, 0) + 1
    return _BonusYear(unit, top, _rows(parts), tuple((r, d, n) for (r, d), n in employment.items()))


@functools.lru_cache(maxsize=256)
def _plan(options: _Options, ages: tuple[float, ...], bonus_months: tuple[int, ...]) -> _Plan:
    year, where, rate = options.year, options.where, options.health_rate
    rules: dict[tuple[int, Fraction], int] = {}
    groups: dict[tuple[bytes, int], tuple[_Table, list[int]]] = {}
    summed: dict[bytes, tuple[FloatArray, IntArray]] = {}
    rule_months: dict[int, int] = {}

    def regime(pay_month: date) -> tuple[_Table, int]:
        premium = _shift(pay_month.year, pay_month.month, -options.lag)
        table = _table(premium, where, rate, ages)
        closing = _shift(pay_month.year, pay_month.month, -options.wage_lag)
        rule = rules.setdefault(_employment_rule(closing, options.industry), len(rules))
        return table, rule

    month_group: list[int] = []
    for number in range(1, MONTHS_IN_YEAR + 1):
        table, rule = regime(date(year, number, 1))
        key = (table.key(), rule)
        if key not in groups:
            groups[key] = (table, [])
        groups[key][1].append(number)
        month_group.append(list(groups).index(key))
        rule_months[rule] = rule_months.get(rule, 0) + 1
        lower_key = table.lower.tobytes()
        lower, total = summed.get(lower_key, (table.lower, np.zeros_like(table.parts)))
        summed[lower_key] = (lower, total + table.parts)
    december: _Group | None = None
    if 1 in bonus_months:
        table, rule = regime(date(year - 1, MONTHS_IN_YEAR, 1))
        december = _Group(table, rule, ())
    for _, total in summed.values():
        total.setflags(write=False)

    # The fiscal year holding January-March runs from the previous April: its earlier bonuses
    # are last year's bonuses of the same months (the same schedule).
    start = _calendar(year).fiscal_start
    early = [(year, m) for m in bonus_months if m < start]
    order = [(year - 1, m) for m in bonus_months if m >= start] if early else []
    order += early + [(year, m) for m in bonus_months if m >= start]
    health_rate = _rate_millionths(rate, "health_rate")
    steps: list[_BonusStep] = []
    fiscal: int | None = None
    for paid_year, month in order:
        paid = date(paid_year, month, 1)
        in_fiscal = paid_year if month >= start else paid_year - 1
        steps.append(
            _BonusStep(
                paid_year,
                month,
                in_fiscal != fiscal,
                _rules(paid, where, health_rate, None),
                _industry_rate(options.industry, paid),
            )
        )
        fiscal = in_fiscal
    return _Plan(
        summed=tuple(summed.values()),
        rules=tuple(rules),
        rule_months=tuple(rule_months.get(i, 0) for i in range(len(rules))),
        groups=tuple(_Group(t, key[1], tuple(m)) for key, (t, m) in groups.items()),
        month_group=tuple(month_group),
        december=december,
        bonuses=tuple(steps),
        year=year,
        ages=ages,
    )


# ---------------------------------------------------------------------------------------------
# Inputs


@dataclass(frozen=True)
class _Options:
    year: int
    where: str
    industry: str
    health_rate: float | None
    lag: int
    first_job: bool
    wage_lag: int = 0
    residence: str | None = None


@dataclass(frozen=True)
class _People:
    """Validated per-person inputs, flattened to one dimension (numpy scalars for a scalar
    call)."""

    pay_si: FloatArray  # regular monthly pay for grades and employment insurance
    pay_gross: FloatArray  # monthly pay actually paid (with every allowance)
    pay_taxable: FloatArray  # monthly taxable pay
    bonuses: tuple[tuple[int, FloatArray], ...]  # (month, amount) in month order
    age: FloatArray | None  # a numpy scalar or (n,); None when born is given
    house: Household  # each field a numpy scalar or (n,)
    prior_salary: FloatArray | None
    prior_social: FloatArray | None
    born: DayArray | None = None  # dates of birth
    joined: DayArray | None = None  # days of joining (None: before the year)
    left: DayArray | None = None  # last days employed (None: after the year)

    @property
    def size(self) -> int:
        return int(self.pay_si.size)

    def part(self, lo: int, hi: int) -> _People:
        """The people at positions ``lo`` to ``hi`` (per-person arrays sliced)."""
        return self.take(slice(lo, hi))

    def take(self, rows: slice | IntArray) -> _People:
        """The people at ``rows`` (a slice or positions)."""

        def cut(a: npt.NDArray[Any]) -> npt.NDArray[Any]:
            return a if a.ndim == 0 else a[rows]

        house = self.house
        return _People(
            pay_si=cut(self.pay_si),
            pay_gross=cut(self.pay_gross),
            pay_taxable=cut(self.pay_taxable),
            bonuses=_once(self.bonuses, cut),
            age=None if self.age is None else cut(self.age),
            house=Household(
                **{f.name: cut(getattr(house, f.name)) for f in dataclasses.fields(house)}
            ),
            prior_salary=None if self.prior_salary is None else cut(self.prior_salary),
            prior_social=None if self.prior_social is None else cut(self.prior_social),
            born=None if self.born is None else cut(self.born),
            joined=None if self.joined is None else cut(self.joined),
            left=None if self.left is None else cut(self.left),
        )


def _joined(low: _People, high: _People) -> _People:
    """The people of ``low`` then those of ``high`` (the same people at two packages, each
    end broadcast to the larger's size): their pays and bonuses, and every other input where
    the two ends hold it differently, stacked; an input one for everyone at both ends stays
    one (so the batch keeps the tables of its household)."""
    size = max(low.size, high.size)

    def stack(a: npt.NDArray[Any], b: npt.NDArray[Any]) -> npt.NDArray[Any]:
        return np.concatenate([_each(a, size), _each(b, size)])

    def join(a: npt.NDArray[Any], b: npt.NDArray[Any]) -> npt.NDArray[Any]:
        if a.ndim == 0 and b.ndim == 0 and a.tobytes() == b.tobytes():
            return a
        return stack(a, b)

    def either(a: npt.NDArray[Any] | None, b: npt.NDArray[Any] | None) -> Any:
        return None if a is None or b is None else join(a, b)

    stacked: dict[tuple[int, int], npt.NDArray[Any]] = {}
    bonuses = []
    for (month, a), (_, b) in zip(low.bonuses, high.bonuses, strict=True):
        if (id(a), id(b)) not in stacked:  # amounts shared by several bonuses stay shared
            stacked[id(a), id(b)] = stack(a, b)
        bonuses.append((month, stacked[id(a), id(b)]))
    return _People(
        pay_si=stack(low.pay_si, high.pay_si),
        pay_gross=stack(low.pay_gross, high.pay_gross),
        pay_taxable=stack(low.pay_taxable, high.pay_taxable),
        bonuses=tuple(bonuses),
        age=either(low.age, high.age),
        house=Household(
            **{
                f.name: join(getattr(low.house, f.name), getattr(high.house, f.name))
                for f in dataclasses.fields(low.house)
            }
        ),
        prior_salary=either(low.prior_salary, high.prior_salary),
        prior_social=either(low.prior_social, high.prior_social),
        born=either(low.born, high.born),
        joined=either(low.joined, high.joined),
        left=either(low.left, high.left),
    )


def _each(values: npt.NDArray[Any], size: int) -> npt.NDArray[Any]:
    """``values`` (one, or one per person) for each of ``size`` people: broadcast only where
    it is not already one per person."""
    return values if values.shape == (size,) else np.broadcast_to(values, (size,))


def _once(
    bonuses: Sequence[tuple[int, npt.NDArray[Any]]],
    convert: Callable[[npt.NDArray[Any]], npt.NDArray[Any]],
) -> tuple[tuple[int, npt.NDArray[Any]], ...]:
    """``(month, convert(amount))`` of each bonus, converting an amount shared by several
    bonuses once (so that they stay one array, whose premiums are computed once)."""
    done: dict[int, npt.NDArray[Any]] = {}
    out = []
    for month, amount in bonuses:
        if id(amount) not in done:
            done[id(amount)] = convert(amount)
        out.append((month, done[id(amount)]))
    return tuple(out)


def _check_year(year: object) -> int:
    if isinstance(year, bool | np.bool_) or not isinstance(year, int | np.integer):
        raise UnsupportedRule("year", year, SUPPORTED_YEARS)
    if int(year) not in SUPPORTED_YEARS:
        later = int(year) > max(SUPPORTED_YEARS)
        note = (
            f"{pending_note('health_insurance')}; {pending_note('employment_insurance')}"
            if later
            else ""
        )
        raise UnsupportedRule("year", year, SUPPORTED_YEARS, note=note)
    return int(year)


def _options(
    year: object,
    prefecture: object,
    industry: str,
    health_rate: float | None,
    lag: object,
    first_job: object,
    wage_lag: object = 0,
    residence: object = None,
) -> _Options:
    args = (year, prefecture, industry, health_rate, lag, first_job, wage_lag, residence)
    try:
        hash(args)
    except TypeError:
        return _resolve_options(*args)
    return _cached_options(*args)


def _resolve_options(
    year: object,
    prefecture: object,
    industry: str,
    health_rate: float | None,
    lag: object,
    first_job: object,
    wage_lag: object = 0,
    residence: object = None,
) -> _Options:
    checked = _check_year(year)
    if isinstance(lag, bool) or lag not in _LAGS:
        raise InvalidInput(
            "deduction_lag_months", lag, "0 (same-month deduction) or 1 (following month)"
        )
    if isinstance(wage_lag, bool) or wage_lag not in _LAGS:
        raise InvalidInput(
            "wage_lag_months",
            wage_lag,
            "0 (wages paid in the month they close) or 1 (paid the month after closing)",
        )
    if not isinstance(first_job, bool | np.bool_):
        raise InvalidInput("first_job", first_job, "True or False")
    if not isinstance(industry, str):
        raise InvalidInput("industry", industry, "a business type such as 'general'")
    rate = None
    if health_rate is not None:
        if isinstance(health_rate, bool) or not isinstance(health_rate, int | float):
            raise InvalidInput("health_rate", health_rate, "a rate as a number, or None")
        rate = float(health_rate)
    return _Options(
        checked,
        _prefecture(prefecture).name,
        industry,
        rate,
        int(lag),
        bool(first_job),
        int(wage_lag),
        place_of_residence(residence),
    )


# Options are resolved once per distinct set (typed: 13 and 13.0 are different prefectures).
_cached_options = functools.lru_cache(maxsize=256, typed=True)(_resolve_options)


def _months(value: object) -> tuple[int, ...]:
    if type(value) is tuple:
        return _cached_months(value)
    return _check_months(value)


def _check_months(value: object) -> tuple[int, ...]:
    try:
        months = tuple(int(m) for m in value)  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        raise InvalidInput("bonus_months", value, "a tuple of calendar months 1..12") from None
    if (
        not months
        or len(set(months)) != len(months)
        or any(not 1 <= m <= MONTHS_IN_YEAR for m in months)
    ):
        raise InvalidInput("bonus_months", value, "a non-empty tuple of distinct months 1..12")
    return tuple(sorted(months))


_cached_months = functools.lru_cache(maxsize=64)(_check_months)


def _amount(value: object, field: str, *, most: float | None = None) -> tuple[FloatArray, Shape]:
    """:func:`~expectgap._vector.amounts` of yen from 0 to ``most`` (default the yen maximum),
    with a shortcut for a plain valid number."""
    top = max_yen() if most is None else most
    if (type(value) is int or type(value) is float) and 0 <= value <= top:
        return cast(FloatArray, np.float64(value)), _SCALAR
    return amounts(value, field, maximum=top)


def _flag_or_count(value: object, field: str, *, boolean: bool) -> npt.NDArray[Any]:
    if boolean and type(value) is bool:
        return np.asarray(value)
    if not boolean and type(value) is int and 0 <= value <= MAX_DEPENDENTS:
        return np.asarray(value, dtype=np.int64)
    raw = value.to_numpy() if is_series(value) else value
    array = np.asarray(raw)
    if boolean:
        if array.dtype != np.bool_:
            raise InvalidInput(field, value, "True or False (or an array of booleans)")
        return array
    ok = array.dtype.kind in "iuf" and bool(np.all(np.isfinite(array)))
    if (
        not ok
        or bool(np.any(array < 0))
        or bool(np.any(array > MAX_DEPENDENTS))
        or bool(np.any(array != np.floor(array)))
    ):
        raise InvalidInput(
            field, value, f"a whole number from 0 to {MAX_DEPENDENTS} (or an array of them)"
        )
    return array.astype(np.int64)


@dataclass(frozen=True)
class _HouseholdArgs:
    """The household keywords of :func:`annual` as given."""

    dependents: object
    spouse: object
    specific_dependents: object
    young_dependents: object
    elderly_dependents: object
    cohabiting_elderly_parents: object
    spouse_income: object
    dependent_under_23: object
    deductions: object = None


@dataclass(frozen=True)
class _DateArgs:
    """The date keywords of :func:`annual` as given."""

    birth_date: object = None
    joined: object = None
    left: object = None


_PLAIN = (int, bool, float, type(None))
_DEFAULT_AGE = 30
_NO_DATES = _DateArgs()
_DATE_FIELDS = frozenset(("birth_date", "joined", "left"))
_HOUSEHOLD_ARGS = tuple(f.name for f in dataclasses.fields(_HouseholdArgs))
_HOUSEHOLD_FIELDS = tuple(f.name for f in dataclasses.fields(Household))


def _household(args: _HouseholdArgs) -> tuple[Household, list[tuple[str, FloatArray, Shape]]]:
    """Validate the household (counts, flags and the spouse's income); the spouse's income is
    returned with its shape so that a Series can lend the result its form.

    A household of plain Python numbers is validated once and kept (as numpy scalars, the
    form a batch of one takes in the engine); the key holds each value's type, so that
    ``True`` and ``1`` stay apart.
    """
    values = [getattr(args, name) for name in _HOUSEHOLD_ARGS]
    if all(type(v) in _PLAIN for v in values):
        return _plain_household(tuple((type(v), v) for v in values))
    return _check_household(args)


@functools.lru_cache(maxsize=64)
def _plain_household(
    key: tuple[tuple[type, object], ...],
) -> tuple[Household, list[tuple[str, FloatArray, Shape]]]:
    house, named = _check_household(_HouseholdArgs(*(value for _, value in key)))
    scalars = Household(*(getattr(house, name)[()] for name in _HOUSEHOLD_FIELDS))
    named[0][1].setflags(write=False)
    return scalars, named


def _check_household(
    args: _HouseholdArgs,
) -> tuple[Household, list[tuple[str, FloatArray, Shape]]]:
    count = functools.partial(_flag_or_count, boolean=False)
    income, income_shape = _amount(args.spouse_income, "spouse_income")
    under_23 = args.dependent_under_23
    house = household(
        spouse=_flag_or_count(args.spouse, "spouse", boolean=True),
        spouse_income=income.astype(np.int64),  # checked >= 0: truncation is the floor
        dependents=count(args.dependents, "dependents"),
        specific=count(args.specific_dependents, "specific_dependents"),
        elderly=count(args.elderly_dependents, "elderly_dependents"),
        cohabiting=count(args.cohabiting_elderly_parents, "cohabiting_elderly_parents"),
        young=count(args.young_dependents, "young_dependents"),
        under_23=None
        if under_23 is None
        else _flag_or_count(under_23, "dependent_under_23", boolean=True),
        shown=args.dependents,
    )
    if args.deductions is not None:
        house = with_deductions(house, args.deductions, None)
    return house, [("spouse_income", income, income_shape)]


def _package_parts(
    package: CompensationPackage, limit: int
) -> tuple[float, float, float, tuple[tuple[int, float], ...]]:
    if package.currency != _JPY:
        raise CurrencyMismatch(_JPY, package.currency, "the Japan payroll engine")
    if package.months_per_year != MONTHS_IN_YEAR:
        raise InvalidInput(
            "pay.months_per_year", package.months_per_year, "12 (monthly pay, 12 times a year)"
        )
    regular = float(package.regular_monthly_pay().amount)
    gross = float(
        (
            package.monthly_base() + package.monthly_allowances() + package.monthly_fixed_overtime()
        ).amount
    )
    commuting = sum((a.amount.amount for a in package.allowances if a.commuting), Fraction(0))
    exempt = sum(
        (a.amount.amount for a in package.allowances if not a.taxable and not a.commuting),
        Fraction(0),
    )
    taxable = gross - float(min(commuting, Fraction(limit))) - float(exempt)
    bonuses = tuple((m, float(a.amount)) for m, a in package.bonus_payments())
    return regular, gross, taxable, bonuses


def _people(
    pay: object,
    *,
    limit: int,
    bonus: object,
    bonus_months: object,
    commuting_allowance: object,
    age: object,
    household_args: _HouseholdArgs,
    prior_year_salary: object,
    prior_year_social_insurance: object,
    options: _Options,
    dates: _DateArgs = _NO_DATES,
) -> tuple[_People, Shape, tuple[int, ...]]:
    named: list[tuple[str, npt.NDArray[Any], Shape]] = []
    if isinstance(pay, CompensationPackage):
        for name, value in (("bonus", bonus), ("commuting_allowance", commuting_allowance)):
            given, _ = _amount(value, name)
            if given.ndim or given != 0:
                raise InvalidInput(name, value, "0 when pay is a package (the package's are used)")
        if _months(bonus_months) != (6, 12):
            raise InvalidInput(
                "bonus_months", bonus_months, "the default when pay is a package (its own)"
            )
        regular, gross, taxable, paid = _package_parts(pay, limit)
        base = np.asarray(regular)
        gross_pay, taxable_pay = np.asarray(gross), np.asarray(taxable)
        bonus_list = [(m, np.asarray(a)) for m, a in paid]
        shape = _SCALAR
    else:
        base, shape = _amount(pay, "pay")
        named.append(("pay", base, shape))
        commuting, c_shape = _amount(commuting_allowance, "commuting_allowance")
        named.append(("commuting_allowance", commuting, c_shape))
        annual_bonus, b_shape = _amount(bonus, "bonus", most=MONTHS_IN_YEAR * max_yen())
        named.append(("bonus", annual_bonus, b_shape))
        months = _months(bonus_months)
        if commuting.ndim or commuting:
            gross_pay = base + commuting
            taxable_pay = base + np.maximum(commuting - limit, 0.0)
        else:  # no commuting allowance: the pay is all of it, and taxable
            gross_pay = taxable_pay = base
        base = gross_pay
        share = annual_bonus / len(months)
        bonus_list = [(m, share) for m in months] if any_true(annual_bonus > 0) else []
    ages: FloatArray | None = None
    if dates.birth_date is not None:
        if age is not None:
            raise InvalidInput("age", age, "None when birth_date is given (one of age, birth_date)")
        born, b_shape = parse_dates(dates.birth_date, "birth_date")
        named.append(("birth_date", born, b_shape))
    else:
        age = _DEFAULT_AGE if age is None else age
        if type(age) is int and 0 <= age <= MAX_AGE:
            ages, a_shape = cast(FloatArray, np.float64(age)), _SCALAR
        else:
            ages, a_shape = amounts(age, "age", maximum=MAX_AGE)
        named.append(("age", ages, a_shape))
    spans = () if dates is _NO_DATES else (("joined", dates.joined), ("left", dates.left))
    for name, value in spans:
        if value is not None:
            if options.wage_lag:
                raise InvalidInput(
                    "wage_lag_months",
                    options.wage_lag,
                    "0 when joined or left is given (pay in the month worked)",
                )
            days, d_shape = parse_dates(value, name, month_end=name == "left", months=True)
            named.append((name, days, d_shape))
    house, house_named = _household(household_args)
    named += house_named
    prior: FloatArray | None = None
    prior_si: FloatArray | None = None
    if prior_year_salary is not None:
        prior, p_shape = _amount(prior_year_salary, "prior_year_salary")
        named.append(("prior_year_salary", prior, p_shape))
    if prior_year_social_insurance is not None:
        prior_si, s_shape = _amount(prior_year_social_insurance, "prior_year_social_insurance")
        named.append(("prior_year_social_insurance", prior_si, s_shape))

    house_arrays = [getattr(house, name) for name in _HOUSEHOLD_FIELDS]
    arrays = [base, gross_pay, taxable_pay, *(a for _, a in bonus_list)]
    arrays += [a for _, a, _ in named] + house_arrays
    shapes = {a.shape for a in arrays} - {()}
    if len(shapes) <= 1:  # scalars, or scalars and arrays of one shape
        out: tuple[int, ...] = shapes.pop() if shapes else ()
    else:
        try:
            out = np.broadcast_shapes(*shapes)
        except ValueError:
            named_shapes = {n: np.shape(a) for n, a, _ in named}
            raise InvalidInput(
                "arguments", named_shapes, "shapes that broadcast together"
            ) from None
    for _, array, form in named:
        if array.shape == out and not form.scalar:
            shape = form
            break
    else:
        shape = Shape(scalar=out == ())

    def flat(a: npt.NDArray[Any]) -> npt.NDArray[Any]:
        if a.ndim == 0:
            # A batch of one is held as numpy scalars (cheaper arithmetic than 0-d arrays).
            return a[()] if out == () else np.full(out, a).reshape(-1)
        if a.shape == out:  # a view of the caller's array, read-only as a broadcast one
            view = np.ascontiguousarray(a).reshape(-1)
            view.flags.writeable = False
            return view
        return np.ascontiguousarray(np.broadcast_to(a, out)).reshape(-1)

    def keep(a: npt.NDArray[Any]) -> npt.NDArray[Any]:
        return a[()] if a.ndim == 0 else flat(a)

    people = _People(
        pay_si=flat(base),
        pay_gross=flat(gross_pay),
        pay_taxable=flat(taxable_pay),
        bonuses=_once(bonus_list, flat),
        age=None if ages is None else keep(ages),
        house=house if out == () else Household(*(keep(a) for a in house_arrays)),
        prior_salary=None if prior is None else flat(prior),
        prior_social=None if prior_si is None else flat(prior_si),
    )
    if dates is not _NO_DATES:
        dated = {name: keep(array) for name, array, _ in named if name in _DATE_FIELDS}
        people = dataclasses.replace(
            people,
            born=dated.get("birth_date"),
            joined=dated.get("joined"),
            left=dated.get("left"),
        )
        _check_dates(people, options)
    return people, Shape(scalar=shape.scalar, index=shape.index, name=shape.name), out


def _refuse(field: str, bad: npt.NDArray[np.bool_], value: object, accepted: str) -> None:
    if bool(np.any(bad)):
        shown = value if bad.ndim == 0 else f"positions {np.flatnonzero(bad)[:5].tolist()}"
        raise InvalidInput(field, shown, accepted)


def _check_dates(people: _People, options: _Options) -> None:
    """Dates of birth within the ages accepted over the year's premium months; a span of
    employment that overlaps the year."""
    year = options.year
    if people.born is not None:
        earliest = np.datetime64(month_index(year, 1) - options.lag, "M").astype("datetime64[D]")
        oldest = np.datetime64(f"{year - MAX_AGE}-01-02")
        _refuse(
            "birth_date",
            (people.born >= earliest) | (people.born < oldest),
            people.born,
            f"a date of birth from {oldest} to before {earliest} (ages 0 to {MAX_AGE} over the "
            "year's premium months)",
        )
    start, end = np.datetime64(f"{year}-01-01"), np.datetime64(f"{year}-12-31")
    if people.joined is not None:
        _refuse("joined", people.joined > end, people.joined, f"a day of joining up to {end}")
    if people.left is not None:
        _refuse("left", people.left < start, people.left, f"a last day employed from {start}")
        if people.joined is not None:
            _refuse(
                "left",
                people.left < people.joined,
                people.left,
                "a last day employed on or after the day of joining",
            )


# ---------------------------------------------------------------------------------------------
# The year


@dataclass(frozen=True)
class _Month:
    """One pay month: the pay, its taxable part, social insurance parts and employment
    insurance."""

    gross: FloatArray
    taxable: FloatArray
    parts: dict[str, IntArray]
    employment: IntArray

    @property
    def total(self) -> IntArray:
        return sum((self.parts[c] for c in _COMPONENTS), self.employment)


@dataclass(frozen=True)
class _Payment:
    kind: str
    month: int
    gross: FloatArray
    parts: dict[str, IntArray]
    employment: IntArray
    withholding: IntArray
    resident: IntArray


@dataclass(frozen=True)
class _Year:
    gross: FloatArray
    taxable: FloatArray
    parts: dict[str, IntArray]
    employment: IntArray
    income_tax: IntArray
    resident: IntArray
    payments: tuple[_Payment, ...]
    social: IntArray | None = None  # the parts and employment insurance added up, if done


@dataclass(frozen=True)
class _Levy:
    """Resident tax instalments: this fiscal year's first and regular ones, the previous
    fiscal year's regular one, and the month of this year's first instalment."""

    first: IntArray
    regular: IntArray
    previous_regular: IntArray
    first_month: IntArray

    def in_month(self, month: int, fiscal_first_month: int) -> IntArray:
        if month < fiscal_first_month:
            return self.previous_regular
        zero = np.zeros(1, np.int64)
        later = np.where(month == self.first_month, self.first, self.regular)
        return np.asarray(np.where(month < self.first_month, zero, later), dtype=np.int64)


def _levy(
    salary: IntArray,
    social: IntArray,
    fiscal: int,
    house: Household,
    where: str | None,
    income: IntArray | None = None,
) -> tuple[IntArray, IntArray, IntArray]:
    """A fiscal year's resident tax levy, its fixed-amount cut and the income levy before it.

    The FY2023 levy (on 2022 salaries, deducted January-May 2024) is outside the resident tax
    module's years; it is the FY2024 levy before the FY2024 fixed-amount cut: FY2023 and FY2024
    differ only in that cut and in how the 5,000-yen per-capita levy is made up (3,500 + 1,500
    with the reconstruction surcharge, then 3,000 + 1,000 + the 1,000-yen forest environment
    tax: jp-payroll-facts.md section 4), while the employment income of 2022 and 2023 follows
    the same 令和2年分以降 rules and the deductions, adjustment credit and non-taxable limits
    are those in force since FY2021. ``income`` is the total income of ``salary`` under the
    rules of the levy's income year (:func:`_income_year`), when the caller has it.
    """
    if fiscal not in SUPPORTED_FISCAL_YEARS and fiscal + 1 == min(SUPPORTED_FISCAL_YEARS):
        total, cut, before = _levy(salary, social, fiscal + 1, house, where, income)
        return total + cut, np.zeros((), np.int64), before
    levied = levy_yen(salary, social, house, fiscal, where, income)
    return levied.total, levied.fixed_cut, levied.income_levy + levied.fixed_cut


def _split(levy: IntArray, cut: IntArray, fiscal: int) -> tuple[IntArray, IntArray, IntArray]:
    """A fiscal year's levy in instalments (地方税法第321条の5): the first, the regular one and
    the month of the first; a levy given the fixed-amount cut by that rule where there is one.
    The regular instalment is the levy divided by the count, rounded down to the unit
    (floor(floor(a / b) / c) = floor(a / bc)); the first takes the rest."""
    ordinary, special = _collection(fiscal)
    regular = levy // (ordinary.count * ordinary.unit) * ordinary.unit
    first = levy - (ordinary.count - 1) * regular
    starts = np.asarray(ordinary.first_month, dtype=np.int64)
    if special.count > 0:
        with_cut = cut > 0
        special_regular = levy // (special.count * special.unit) * special.unit
        regular = np.where(with_cut, special_regular, regular)
        first = np.where(with_cut, levy - (special.count - 1) * special_regular, first)
        starts = np.where(with_cut, special.first_month, ordinary.first_month)
    return first, regular, starts


@functools.cache
def _paid_in(year: int, fiscal: int) -> tuple[int, Callable[[IntArray, IntArray], IntArray]]:
    """The instalments of the levy of fiscal year ``fiscal`` (``year`` - 1 or ``year``) deducted
    in calendar year ``year`` from a whole year's pay: those of January to May, or those from
    June. Returned as a function of the total and the fixed-amount cut of the levy the
    resident tax module computes, with that levy's fiscal year (for FY2023, FY2024's: see
    :func:`_levy`)."""
    stand_in = fiscal not in SUPPORTED_FISCAL_YEARS and fiscal + 1 == min(SUPPORTED_FISCAL_YEARS)
    before_june = _collection(year)[0].first_month - 1

    def paid(total: IntArray, cut: IntArray) -> IntArray:
        if stand_in:
            total, cut = total + cut, np.zeros((), np.int64)
        first, regular, starts = _split(total, cut, fiscal)
        if fiscal < year:
            return before_june * regular
        return np.asarray(first + (MONTHS_IN_YEAR - starts) * regular, dtype=np.int64)

    return (fiscal + 1 if stand_in else fiscal), paid


def _income_year(fiscal: int) -> int:
    """The year whose salary and rules a fiscal year's levy (as :func:`_levy` computes it)
    takes: the year before, or for FY2023 that of FY2024."""
    if fiscal not in SUPPORTED_FISCAL_YEARS and fiscal + 1 == min(SUPPORTED_FISCAL_YEARS):
        return fiscal
    return fiscal - 1


@dataclass(frozen=True)
class _LevyRange:
    """A fiscal year's levy over a range of salaries and social insurance: its least and most,
    and whether the fixed-amount cut is given everywhere or nowhere in the range."""

    least: IntArray
    most: IntArray
    cut_everywhere: npt.NDArray[np.bool_]
    cut_nowhere: npt.NDArray[np.bool_]


def _levy_range(
    least: tuple[IntArray, IntArray],
    most: tuple[IntArray, IntArray],
    fiscal: int,
    house: Household,
    where: str | None,
    incomes: tuple[IntArray | None, IntArray | None] = (None, None),
) -> _LevyRange:
    """The levy of :func:`_levy` over salaries and social insurance between the (salary,
    social insurance) pairs ``least`` and ``most``.

    The levy rises with salary and falls with social insurance but through the housing-loan
    credit and the one-stop donation credit, whose margins
    (:func:`~expectgap.payroll.jp.resident_tax.credit_margins_yen`) widen the range. The cut is given from a positive levy before it up to an income limit: to every
    amount between two that have it (where the least levy before it stays positive), and to
    none between two without it where the lower is over the limit or the higher has no levy.
    ``incomes``: the total incomes of the two salaries for the levy (:func:`_levy`), when known.
    """
    levy_low, cut_low, before_low = _levy(*least, fiscal, house, where, incomes[0])
    same = least[0] is most[0] and least[1] is most[1]
    levy_high, cut_high, before_high = (
        (levy_low, cut_low, before_low) if same else _levy(*most, fiscal, house, where, incomes[1])
    )
    supported = fiscal if fiscal in SUPPORTED_FISCAL_YEARS else fiscal + 1
    down, up = credit_margins_yen(least, most, house, supported)
    return _LevyRange(
        least=np.maximum(levy_low - down, 0),
        most=levy_high + up,
        cut_everywhere=(cut_low > 0) & (cut_high > 0) & (before_low - down > 0),
        cut_nowhere=(cut_low == 0) & (cut_high == 0) & ((before_low > 0) | (before_high + up == 0)),
    )


def _least_levy(
    least: tuple[IntArray, IntArray],
    most: tuple[IntArray, IntArray],
    fiscal: int,
    house: Household,
    where: str | None,
    income: IntArray | None = None,
) -> IntArray:
    """The least of :func:`_levy_range` alone (the levy at ``least`` less the credits'
    margin), for callers that need neither the most nor where the cut is given; ``income``:
    the total income of the salary of ``least`` for the levy (:func:`_levy`), when known."""
    levy = _levy(*least, fiscal, house, where, income)[0]
    supported = fiscal if fiscal in SUPPORTED_FISCAL_YEARS else fiscal + 1
    down, _ = credit_margins_yen(least, most, house, supported)
    return np.asarray(np.maximum(levy - down, 0), dtype=np.int64)


def _like(values: npt.ArrayLike, like: npt.NDArray[Any]) -> IntArray:
    """``values`` in the shape of ``like`` (a scalar for a batch of one)."""
    array = np.asarray(values, dtype=np.int64)
    return array.reshape(()) if np.ndim(like) == 0 else np.broadcast_to(array, np.shape(like))


def _employment_sum(sen: IntArray, rules: Iterable[tuple[int, Fraction, int]]) -> IntArray:
    """Employment insurance on an amount in sen (see
    :func:`~expectgap.payroll.jp.social_insurance._sen`) paid under each (rate, rounding) the
    given number of times, added up."""
    total: IntArray | None = None
    for rate, drop, times in rules:
        if times == 0:
            continue
        paid = _employment_sen(sen, rate, drop)
        if times != 1:
            paid *= times
        total = paid if total is None else np.add(total, paid, out=total)
    return np.zeros((), np.int64) if total is None else total


def _premium_total(premium: dict[str, IntArray]) -> IntArray:
    return sum((premium[c] for c in _COMPONENTS), premium["employment"])


@functools.lru_cache(maxsize=64)
def _grades(key: bytes) -> Callable[[FloatArray], IntArray]:
    """The grade of each monthly pay on grade lower bounds ``key`` (float64 bytes): the last
    bound at or below the pay (-1 below the first).

    Every bound of the grade tables is a whole multiple of :data:`_GRADE_STEP` yen, so the
    grade is constant over each step: a table of the grade at every step, read at the pay's
    step, gives what a binary search would (several times faster). Other bounds are searched.
    """
    lower = np.frombuffer(key, dtype=np.float64)
    if lower.size == 0 or np.any(lower % _GRADE_STEP) or lower[0] < 0:

        def search(pay: FloatArray) -> IntArray:
            return lower.searchsorted(pay, side="right") - 1

        return search
    steps = np.arange(int(lower[-1]) // _GRADE_STEP + 1, dtype=np.float64) * _GRADE_STEP
    table = lower.searchsorted(steps, side="right") - 1
    last = table.size - 1

    def lookup(pay: FloatArray) -> IntArray:
        # Whole bounds: a pay's grade is that of its whole yen (pays are >= 0, so truncation
        # is the floor; integer division costs a fraction of a float one).
        step = np.minimum(pay.astype(np.int64) // _GRADE_STEP, last)
        found: IntArray = gather(table, step)
        return found

    return lookup


class _Engine:
    """One call's computation: the cached plan of the year applied to the people."""

    def __init__(
        self, people: _People, options: _Options, age_rows: IntArray | None = None
    ) -> None:
        """``age_rows``: the people's rows in the table of every whole age, when known."""
        self.people = people
        self.opt = options
        self.cal = _calendar(options.year)
        self.age_row: IntArray | int = 0
        if people.age is None:
            self.ages = _dense_ages(MAX_AGE + 1)  # rows by premium age, month by month
        elif age_rows is not None:
            self.ages, self.age_row = _dense_ages(MAX_AGE + 1), age_rows
        else:
            self.ages, self.age_row = _age_rows(people.age)
        self.plan_key = (options, self.ages, tuple(m for m, _ in people.bonuses))
        self.plan = _plan(*self.plan_key)
        self._index: dict[bytes, IntArray] = {}
        # Months of employment, when joining or leaving is given (else the whole year).
        self.span: Span | None = None
        self.birth: Birth | None = None
        # The general path: premiums month by month (a date of birth, joining or leaving).
        self.dated = False
        if people.born is not None or people.joined is not None or people.left is not None:
            self.dated = True
            self.january = month_index(options.year, 1)
            self._grade: dict[bytes, IntArray] = {}
            if people.born is not None:
                self.birth = Birth.of(people.born)
            if people.joined is not None or people.left is not None:
                self.span = span(people.joined, people.left, options.year)

    def index(self, lower: FloatArray) -> IntArray:
        """Each person's position in the premium tables on grade bounds ``lower``."""
        key = lower.tobytes()
        if key not in self._index:
            grade = _grades(lower.tobytes())(self.people.pay_si)
            row = self.age_row
            self._index[key] = grade if isinstance(row, int) else grade + row * lower.size
        return self._index[key]

    # -- the general path: month by month --------------------------------------------------

    def age_at(self, month: int) -> FloatArray:
        """The premium age of a premium month (a month index)."""
        if self.birth is None:
            return cast(FloatArray, self.people.age)
        return premium_age(self.birth, month).astype(np.float64)

    def paid(self, month: int) -> BoolArray | bool:
        """Whether the pay of a month (a month index) is paid: employed in the month."""
        if self.span is None:
            return True
        return (self.span.first <= month) & (month <= self.span.last)

    def charged(self, month: int) -> BoolArray | bool:
        """Whether a premium month (a month index) is charged: from the month of joining to
        the month before the loss date's; joining and losing in the same month charges that
        month (同月得喪, 厚生年金保険法第19条第2項)."""
        if self.span is None:
            return True
        first = self.span.first
        return (first <= month) & ((month < self.span.loss) | (month == first))

    def premium_parts(self, month: int) -> IntArray:
        """The premiums of a premium month (a month index), by component (rows in
        ``_COMPONENTS`` order), 0 where the month is not charged."""
        opt = self.opt
        table = _table(_month_date(month), opt.where, opt.health_rate, self.ages)
        if self.birth is None:
            where = self.index(table.lower)
        else:
            key = table.lower.tobytes()
            if key not in self._grade:
                self._grade[key] = _grades(key)(self.people.pay_si)
            where = self._grade[key] + premium_age(self.birth, month) * table.lower.size
        return np.take(table.parts, where, axis=1) * self.charged(month)

    def deducted(self) -> list[tuple[IntArray, IntArray | int]]:
        """Each premium month whose premium may be deducted in the year: its premiums and the
        pay month (1-12) they are deducted from, 0 outside the year. The premium of month
        *m* is deducted from the pay of month *m* + lag; a leaver's last pay deducts every
        premium not yet deducted (健康保険法第167条第1項, 厚生年金保険法第84条第1項: the
        previous month's and that month's)."""
        lag, january = self.opt.lag, self.january
        last_month = january + MONTHS_IN_YEAR - 1
        out: list[tuple[IntArray, IntArray | int]] = []
        for month in range(january - lag, last_month + 1):
            if self.span is None:
                if month + lag <= last_month:
                    out.append((self.premium_parts(month), month + lag - january + 1))
                continue
            at = np.minimum(month + lag, self.span.last)
            number = np.where((at >= january) & (at <= last_month), at - january + 1, 0)
            out.append((self.premium_parts(month), number))
        return out

    def bonus_paid(self, number: int) -> FloatArray:
        """The bonus paid in a month of the year (0 where not employed then)."""
        amount = dict(self.people.bonuses)[number]
        return amount * self.paid(self.january + number - 1)

    def pay_month(self, number: int, deducted: list[tuple[IntArray, IntArray | int]]) -> _Month:
        """Pay month ``number`` (1-12) on the general path."""
        p = self.people
        paid = self.paid(self.january + number - 1)
        # Premium month m is deducted from pay month m + lag at the latest (and from m, the
        # last pay, at the earliest): item k of ``deducted`` is premium month k - lag + 1.
        near = deducted[number - 1 : number + self.opt.lag]
        parts = sum((pt * (at == number) for pt, at in near), np.zeros((), np.int64))
        employment = self.pay_employment[self.rule(number)] * paid
        gross, taxable = p.pay_gross * paid, p.pay_taxable * paid
        return _Month(gross, taxable, dict(zip(_COMPONENTS, parts, strict=True)), employment)

    def rule(self, number: int) -> int:
        return self.plan.groups[self.plan.month_group[number - 1]].rule

    @functools.cached_property
    def pay_employment(self) -> list[IntArray]:
        """Employment insurance on the monthly pay under each rule of the year."""
        p = self.people
        return [_employment(p.pay_si, rate, drop) for rate, drop in self.plan.rules]

    def bonus_premiums(self) -> dict[int, dict[str, IntArray]]:
        """Bonus premiums of this year's bonus months, the health cap counted per fiscal year."""
        p, year = self.people, self.opt.year
        amount = dict(p.bonuses)
        nothing: IntArray = np.zeros((), np.int64)[()]
        counted = nothing
        result: dict[int, dict[str, IntArray]] = {}
        # What the bonuses share (one amount under one set of rules); the people's arrays
        # live as long as the engine.
        shared: dict[tuple[object, ...], Any] = {}
        for step in self.plan.bonuses:
            if step.restart:
                counted = nothing
            paid = amount[step.month]
            if not self.dated:
                ages = cast(FloatArray, p.age)
                premium = _bonus_premiums(
                    paid, ages, counted, step.rules, step.worker_rate, shared=shared
                )
            else:
                # Paid while employed; insured for the month (a bonus in the month of the
                # loss date bears no premium, only employment insurance).
                month = month_index(step.paid_year, step.month)
                paid = paid * self.paid(month)
                ages = self.age_at(month)
                premium = _bonus_premiums(paid, ages, counted, step.rules, step.worker_rate)
                charged = self.charged(month)
                premium = {
                    name: value if name == "employment" else value * charged
                    for name, value in premium.items()
                }
            counted = counted + premium["standard_monthly_health"]
            if step.paid_year == year:
                result[step.month] = premium
        return result

    def year_premiums(self) -> tuple[IntArray, IntArray] | None:
        """The year's premiums read from the plan's tables (:class:`_YearTables`): the
        components as the columns of one array, and employment insurance; None
        where the tables do not apply (dates, a batch of one, bonuses of several amounts)."""
        p = self.people
        if self.dated or p.pay_si.ndim != 1:
            return None
        tables = _YEAR_TABLES.get(self.plan_key, size=p.size)
        if tables is None:
            return None
        bonuses = p.bonuses
        amount = bonuses[0][1] if bonuses else None
        if amount is not None and (
            tables.bonus is None
            or amount.ndim != 1
            or any(paid is not amount for _, paid in bonuses)
        ):
            return None
        row = self.age_row
        kind = tables.kinds[row] if isinstance(row, int) else gather(tables.kinds, row)
        block: IntArray | None = None
        for key, grades, rows in tables.monthly:
            at = _grades(key)(p.pay_si)
            at += kind * grades
            got = rows.take(at, axis=0, mode="wrap")  # positions within the table
            block = got if block is None else np.add(block, got, out=block)
        assert block is not None
        sen = _sen(p.pay_si)
        employment = _employment_sum(
            sen,
            (
                (rate, drop, n)
                for (rate, drop), n in zip(self.plan.rules, self.plan.rule_months, strict=True)
            ),
        )
        if amount is not None:
            bonus = cast(_BonusYear, tables.bonus)
            at = amount.astype(np.int64)  # amounts are checked >= 0: truncation is the floor
            at //= bonus.unit
            np.minimum(at, bonus.top, out=at)
            at += kind * (bonus.top + 1)
            block += bonus.rows.take(at, axis=0, mode="wrap")
            employment += _employment_sum(_sen(amount), bonus.employment)
        return block, employment

    # -- the year ------------------------------------------------------------------------

    def premiums(
        self,
    ) -> tuple[dict[str, IntArray], IntArray, list[IntArray], dict[int, dict[str, IntArray]]]:
        """The year's social insurance: the parts by component and employment insurance, then
        employment insurance on each month's pay by rule and the bonus premiums by month."""
        p, plan = self.people, self.plan
        zero = np.zeros((), np.int64)
        if self.dated:
            pay_employment = self.pay_employment
            premiums = list(sum((parts * (at > 0) for parts, at in self.deducted()), zero))
            employment: IntArray = sum(
                (
                    pay_employment[self.rule(n)] * self.paid(self.january + n - 1)
                    for n in range(1, MONTHS_IN_YEAR + 1)
                ),
                zero,
            )
        else:
            summed = [np.take(table, self.index(lower), axis=1) for lower, table in plan.summed]
            premiums = list(sum(summed[1:], summed[0]))
            sen = _sen(p.pay_si)
            pay_employment = [_employment_sen(sen, rate, drop) for rate, drop in plan.rules]
            employment = sum(
                (e * n for e, n in zip(pay_employment, plan.rule_months, strict=True)), zero
            )
        bonus_si = self.bonus_premiums()
        for premium in bonus_si.values():
            premiums = [total + premium[c] for total, c in zip(premiums, _COMPONENTS, strict=True)]
            employment = employment + premium["employment"]
        return dict(zip(_COMPONENTS, premiums, strict=True)), employment, pay_employment, bonus_si

    def amounts(self) -> tuple[FloatArray, FloatArray, IntArray]:
        """The year's gross, taxable salary, and taxable salary in whole yen."""
        p = self.people
        months: IntArray | int = MONTHS_IN_YEAR
        bonus_total = sum((a for _, a in p.bonuses), np.zeros(()))
        if self.span is not None:
            months = sum(
                (np.asarray(self.paid(self.january + n), np.int64) for n in range(MONTHS_IN_YEAR)),
                np.zeros((), np.int64),
            )
            bonus_total = sum((self.bonus_paid(m) for m, _ in p.bonuses), np.zeros(()))
        gross = p.pay_gross * months + bonus_total
        # Without non-taxable pay the two are one array (computed once).
        taxable = gross if p.pay_taxable is p.pay_gross else p.pay_taxable * months + bonus_total
        return gross, taxable, taxable.astype(np.int64)  # amounts >= 0: truncation is the floor

    def run(self, *, keep_payments: bool) -> _Year:
        p, opt = self.people, self.opt
        read = None if keep_payments else self.year_premiums()
        if read is None:
            parts, employment, pay_employment, bonus_si = self.premiums()
            social = sum(parts.values(), employment)
        else:
            block, employment = read
            parts = {c: block[:, i] for i, c in enumerate(_COMPONENTS)}
            social = block[:, 0] + employment
            for i in range(1, len(_COMPONENTS)):
                social += block[:, i]
            pay_employment, bonus_si = [], {}
        gross, taxable, salary = self.amounts()
        # The total incomes of the year's salary under the rules of this year and of the
        # levies' income years (one computation per set of rules).
        years = (opt.year, *(_income_year(f) for f in (opt.year - 1, opt.year)))
        incomes = total_incomes_yen(salary, p.house.under_23, years)
        tax = annual_tax_yen(salary, social, p.house, opt.year, incomes[0])

        # Resident tax: January-May of the previous fiscal year's levy, then this year's.
        levy: _Levy | None = None
        if self.span is None and not keep_payments:
            resident = self._resident_paid(taxable, salary, social, (incomes[1], incomes[2]))
        else:
            levy = self._resident(taxable, salary, social, (incomes[1], incomes[2]))
            if self.span is None:
                before_june = _collection(opt.year)[0].first_month - 1
                resident = (
                    before_june * levy.previous_regular
                    + levy.first
                    + (MONTHS_IN_YEAR - levy.first_month) * levy.regular
                )
            else:
                resident = _like(sum(self.instalments(levy), np.zeros((), np.int64)), salary)
        # The year-end adjustment is made for an employee still employed in December (paid
        # the December salary); a leaver's tax is what was withheld (所得税法第190条).
        adjusted = None
        if self.span is not None:
            adjusted = self.span.last >= self.january + MONTHS_IN_YEAR - 1
        payments: tuple[_Payment, ...] = ()
        if keep_payments:
            assert levy is not None
            payments, tax = self._payments(salary, pay_employment, bonus_si, tax, levy, adjusted)
        elif adjusted is not None and not bool(np.all(adjusted)):
            if np.ndim(adjusted) == 0 or not bool(np.any(adjusted)):
                assert levy is not None
                _, tax = self._payments(salary, pay_employment, bonus_si, tax, levy, adjusted)
            else:
                # The withholding of the leavers only.
                rows = np.flatnonzero(~adjusted)
                leavers = _Engine(p.take(rows), opt).run(keep_payments=False)
                tax = np.array(np.broadcast_to(tax, np.shape(adjusted)))
                tax[rows] = leavers.income_tax
        return _Year(gross, taxable, parts, employment, tax, resident, payments, social)

    def instalments(self, levy: _Levy) -> list[IntArray]:
        """The resident tax deducted from each month's pay (1-12) under joining and leaving:
        the instalments of the months paid, and for a leaver between January and the month
        before the levy's last instalment (May: leaving from 1 January to 30 April) the rest
        of that levy from the last pay (一括徴収, 地方税法第321条の5第2項). A leaver from June
        pays the rest directly (普通徴収), not through the pay."""
        employed = cast(Span, self.span)
        first_month = _collection(self.opt.year)[0].first_month
        months = [
            levy.in_month(n, first_month) * self.paid(self.january + n - 1)
            for n in range(1, MONTHS_IN_YEAR + 1)
        ]
        last_instalment = first_month - 1
        last = employed.last - self.january + 1
        rest = np.where(
            (last >= 1) & (last < last_instalment),
            (last_instalment - last) * levy.previous_regular,
            0,
        )
        for n in range(1, last_instalment):
            months[n - 1] = months[n - 1] + rest * (last == n)
        return months

    def _levy_bases(
        self,
        taxable: FloatArray,
        salary: IntArray,
        social: IntArray,
        incomes: tuple[IntArray, IntArray] | None,
    ) -> tuple[IntArray, IntArray, tuple[IntArray, IntArray] | None]:
        """The salary and social insurance both levies paid in the year are on (the prior
        years' if given, else this year's or a whole year's of the package), and their total
        incomes for the two levies when known."""
        p = self.people
        if self.span is not None:
            # The defaults of the previous years: the same package over a whole year.
            whole = _Engine(dataclasses.replace(p, joined=None, left=None), self.opt)
            parts, employment, _, _ = whole.premiums()
            social = sum(parts.values(), employment)
            _, taxable, salary = whole.amounts()
            incomes = None
        if p.prior_salary is not None:
            salary = p.prior_salary.astype(np.int64)
            incomes = None
        if p.prior_social is not None:
            prior_social = p.prior_social.astype(np.int64)
        elif p.prior_salary is None:
            prior_social = social
        else:
            ratio = np.divide(salary, taxable, out=np.zeros_like(taxable), where=taxable > 0)
            prior_social = (social * ratio).astype(np.int64)
        return salary, prior_social, incomes

    def _resident(
        self,
        taxable: FloatArray,
        salary: IntArray,
        social: IntArray,
        incomes: tuple[IntArray, IntArray] | None = None,
    ) -> _Levy:
        """Instalments of the previous and the current fiscal year's resident tax
        (``incomes``: the total incomes of ``salary`` for the two levies, when known)."""
        p, opt = self.people, self.opt
        zero = np.zeros((), np.int64)
        june = np.asarray(_collection(opt.year)[0].first_month, dtype=np.int64)
        if opt.first_job:
            return _Levy(zero, zero, zero, june)
        salary, prior_social, incomes = self._levy_bases(taxable, salary, social, incomes)
        out: list[IntArray] = []
        first_month: IntArray = june
        for number, fiscal in enumerate((opt.year - 1, opt.year)):
            income = None if incomes is None else incomes[number]
            levy, cut, _ = _levy(salary, prior_social, fiscal, p.house, opt.residence, income)
            first, regular, first_month = _split(levy, cut, fiscal)
            out += [first, regular]
        return _Levy(out[2], out[3], out[1], first_month)

    def _resident_paid(
        self,
        taxable: FloatArray,
        salary: IntArray,
        social: IntArray,
        incomes: tuple[IntArray, IntArray],
    ) -> IntArray:
        """The resident tax deducted in the year from a whole year's pay: what
        :meth:`_resident`'s instalments add up to, each levy read as the sum of its
        instalments in the year (:func:`_paid_in`, one lookup per levy in a household's
        table)."""
        p, opt = self.people, self.opt
        paid: IntArray = np.zeros((), np.int64)
        if opt.first_job:
            return paid
        salary, prior_social, known = self._levy_bases(taxable, salary, social, incomes)
        for number, fiscal in enumerate((opt.year - 1, opt.year)):
            computed, of = _paid_in(opt.year, fiscal)
            income = None if known is None else known[number]
            name = ("annual.paid_in", opt.year, fiscal)
            paid = paid + levy_of_yen(
                salary, prior_social, p.house, computed, opt.residence, income, of, name
            )
        return paid

    # -- month by month (AnnualNet.monthly) -------------------------------------------------

    def _month(self, group: _Group, pay_employment: list[IntArray]) -> _Month:
        p = self.people
        table = np.take(group.table.parts, self.index(group.table.lower), axis=1)
        parts = dict(zip(_COMPONENTS, table, strict=True))
        return _Month(p.pay_gross, p.pay_taxable, parts, pay_employment[group.rule])

    def _previous_december(self, pay_employment: list[IntArray]) -> _Month:
        """Last year's December pay (read by a January bonus's withholding)."""
        plan = self.plan
        assert plan.december is not None
        if not self.dated:
            return self._month(plan.december, pay_employment)
        p, month = self.people, self.january - 1
        paid = self.paid(month)
        parts = self.premium_parts(month - self.opt.lag) * paid
        return _Month(
            p.pay_gross * paid,
            p.pay_taxable * paid,
            dict(zip(_COMPONENTS, parts, strict=True)),
            pay_employment[plan.december.rule] * paid,
        )

    def _withholding_dependents(self, salary: IntArray) -> IntArray:
        """扶養親族等の数: dependants, plus a 源泉控除対象配偶者: a spouse whose income is within
        the first band of the spouse special deduction (where it equals the spouse deduction)
        while the employee's employment income is within the spouse deduction's first tier."""
        house, cal = self.people.house, self.cal
        if not any_true(house.spouse):
            return house.dependents
        income = employment_income_yen(salary, self.opt.year)
        within = (income <= cal.spouse_income_limit) & (
            house.spouse_income <= cal.withholding_spouse_income_limit
        )
        return np.asarray(house.dependents + (house.spouse & within), dtype=np.int64)

    def _payments(
        self,
        salary: IntArray,
        pay_employment: list[IntArray],
        bonus_si: dict[int, dict[str, IntArray]],
        tax: IntArray,
        levy: _Levy,
        adjusted: BoolArray | None = None,
    ) -> tuple[tuple[_Payment, ...], IntArray]:
        """Payments in order with their withholding, the 2024 monthly fixed-amount cut taken
        from it, and the year-end adjustment settling the difference to the year's tax, for
        those ``adjusted`` (default everyone); and the year's income tax: ``tax`` where
        adjusted, what was withheld elsewhere."""
        p, cal, plan, year = self.people, self.cal, self.plan, self.opt.year
        zero = np.zeros(1, np.int64)
        deps = self._withholding_dependents(salary)
        if self.dated:
            deducted = self.deducted()
            groups = [self.pay_month(n, deducted) for n in range(1, MONTHS_IN_YEAR + 1)]
            month_group: tuple[int, ...] = tuple(range(MONTHS_IN_YEAR))
            bonus_paid = {m: self.bonus_paid(m) for m in bonus_si}
            instalments = self.instalments(levy) if self.span is not None else None
        else:
            groups = [self._month(g, pay_employment) for g in plan.groups]
            month_group = plan.month_group
            bonus_paid = {m: dict(p.bonuses)[m] for m in bonus_si}
            instalments = None
        months = [groups[g] for g in month_group]

        # Monthly withholding, one call for every distinct month.
        net_pays = np.stack([np.maximum(g.taxable - g.total, 0.0) for g in groups])
        taxes = monthly_tax_yen(np.floor(net_pays).astype(np.int64), deps, year)
        salary_tax = {n: taxes[g] for n, g in enumerate(month_group, start=1)}

        # Bonus withholding, read off the previous month's pay after social insurance.
        bonus_tax: dict[int, IntArray] = {}
        if bonus_si:
            befores = []
            for month in bonus_si:
                if month == 1:
                    previous = self._previous_december(pay_employment)
                    befores.append(np.maximum(previous.taxable - previous.total, 0.0))
                else:
                    befores.append(net_pays[month_group[month - 2]])
            net_bonuses = [
                np.maximum(bonus_paid[m] - _premium_total(b), 0.0) for m, b in bonus_si.items()
            ]
            stacked = [np.floor(np.stack(v)).astype(np.int64) for v in (net_bonuses, befores)]
            withheld = bonus_tax_yen(stacked[0], stacked[1], deps, year)
            bonus_tax = dict(zip(bonus_si, withheld, strict=True))

        cut_from = cal.monthly_cut_from
        remaining = (1 + deps + p.house.young) * cal.cut_per_person + zero
        out: list[_Payment] = []
        for number, m in enumerate(months, start=1):
            rows = [("salary", m.gross, m.parts, m.employment, salary_tax[number])]
            if number in bonus_si:
                b = bonus_si[number]
                parts = {c: b[c] for c in _COMPONENTS}
                rows.append(
                    ("bonus", bonus_paid[number], parts, b["employment"], bonus_tax[number])
                )
            for kind, gross, parts, employment, month_tax in rows:
                withheld_now = month_tax
                if cut_from is not None and date(year, number, 1) >= cut_from.replace(day=1):
                    used = np.minimum(remaining, month_tax)
                    remaining = remaining - used
                    withheld_now = month_tax - used
                resident = (
                    levy.in_month(number, _collection(year)[0].first_month)
                    if instalments is None
                    else instalments[number - 1]
                )
                out.append(
                    _Payment(
                        kind,
                        number,
                        gross,
                        parts,
                        employment,
                        withheld_now,
                        resident if kind == "salary" else zero,
                    )
                )
        withheld_total = sum((pay.withholding for pay in out), zero)
        if adjusted is not None:
            tax = _like(np.where(adjusted, tax, withheld_total), salary)
        out.append(
            _Payment(
                "year-end adjustment",
                MONTHS_IN_YEAR,
                np.zeros(1),
                dict.fromkeys(_COMPONENTS, zero),
                zero,
                tax - withheld_total,
                zero,
            )
        )
        return tuple(out), tax


# ---------------------------------------------------------------------------------------------
# Frames


def _frame(year: _Year, size: int, shape: Shape) -> pd.DataFrame:
    import pandas as pd

    rows = len(year.payments)

    def column(values: Callable[[_Payment], npt.ArrayLike], dtype: type) -> npt.NDArray[Any]:
        stacked = np.stack([np.broadcast_to(values(pay), (size,)) for pay in year.payments])
        return np.asarray(stacked.T.reshape(-1), dtype=dtype)

    data: dict[str, npt.ArrayLike] = {}
    if not shape.scalar:
        labels = np.arange(size) if shape.index is None else shape.index.to_numpy()
        data["person"] = np.repeat(labels, rows)
    data["kind"] = np.tile(np.asarray([pay.kind for pay in year.payments], dtype=object), size)
    data["month"] = np.tile(np.asarray([pay.month for pay in year.payments]), size)
    data["gross"] = column(lambda pay: np.floor(pay.gross), np.int64)
    for c in _COMPONENTS:
        data[c] = column(lambda pay, c=c: pay.parts[c], np.int64)  # type: ignore[misc]
    data["employment"] = column(lambda pay: pay.employment, np.int64)
    data["withholding"] = column(lambda pay: pay.withholding, np.int64)
    data["resident_tax"] = column(lambda pay: pay.resident, np.int64)
    frame = pd.DataFrame(data)
    deductions = frame[[*_COMPONENTS, "employment", "withholding", "resident_tax"]].sum(axis=1)
    frame["net"] = frame["gross"] - deductions
    return frame


# ---------------------------------------------------------------------------------------------
# Public function


def _prepare(
    pay: object,
    *,
    year: int,
    prefecture: object = "tokyo",
    age: object = None,
    bonus: object = 0,
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
    commuting_allowance: object = 0,
    prior_year_salary: object = None,
    prior_year_social_insurance: object = None,
    first_job: bool = False,
    deduction_lag_months: int = 1,
    wage_lag_months: int = 0,
    residence: object = None,
    birth_date: object = None,
    joined: object = None,
    left: object = None,
) -> tuple[_People, _Options, Shape, tuple[int, ...]]:
    """Validate the inputs of :func:`annual` into people and options."""
    options = _options(
        year,
        prefecture,
        industry,
        health_rate,
        deduction_lag_months,
        first_job,
        wage_lag_months,
        residence,
    )
    people, shape, out_shape = _people(
        pay,
        limit=_calendar(options.year).commuting_limit,
        bonus=bonus,
        bonus_months=bonus_months,
        commuting_allowance=commuting_allowance,
        age=age,
        household_args=_HouseholdArgs(
            dependents,
            spouse,
            specific_dependents,
            young_dependents,
            elderly_dependents,
            cohabiting_elderly_parents,
            spouse_income,
            dependent_under_23,
            deductions,
        ),
        prior_year_salary=prior_year_salary,
        prior_year_social_insurance=prior_year_social_insurance,
        options=options,
        dates=(
            _NO_DATES
            if birth_date is None and joined is None and left is None
            else _DateArgs(birth_date, joined, left)
        ),
    )
    return people, options, shape, out_shape


def annual(
    pay: object,
    *,
    year: int,
    prefecture: object = "tokyo",
    age: object = None,
    bonus: object = 0,
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
    commuting_allowance: object = 0,
    prior_year_salary: object = None,
    prior_year_social_insurance: object = None,
    first_job: bool = False,
    deduction_lag_months: int = 1,
    wage_lag_months: int = 0,
    residence: object = None,
    birth_date: object = None,
    joined: object = None,
    left: object = None,
) -> AnnualNet:
    """Gross, every deduction and net pay for calendar year ``year``.

    Parameters
    ----------
    pay : CompensationPackage, float, array-like or pandas Series
        A package (its base, allowances, fixed overtime and bonuses are used), or regular
        monthly pay in yen without the commuting allowance (one value per employee).
    year : int
        Calendar year, 2024, 2025 or 2026.
    prefecture : str, int or Prefecture
        協会けんぽ branch: ``"tokyo"``, ``13`` or ``"東京都"``.
    age : int, array-like or pandas Series, default 30
        Age in completed years, held for the whole year (nursing care from 40 to 64). Give
        ``age`` or ``birth_date``, not both.
    bonus : float, array-like or pandas Series
        Annual bonus, split evenly over ``bonus_months`` (plain amounts only).
    bonus_months : sequence of int
        Calendar months in which the bonus is paid (default June and December).
    dependents : int or array of int
        控除対象扶養親族 (dependants aged 16 or over), including the specific and elderly ones.
    spouse : bool or array of bool
        A spouse (spouse deduction, or the spouse special deduction above the spouse income
        limit; a dependant for withholding while the spouse's income is within 950,000 yen
        and the employee's within the spouse deduction's first tier).
    specific_dependents, young_dependents, elderly_dependents, cohabiting_elderly_parents, \
spouse_income, dependent_under_23
        The rest of the household, as for :func:`~expectgap.payroll.jp.income_tax.income_tax`:
        特定扶養親族 (19-22) and 老人扶養親族 (70+, of whom 同居老親等) counted within
        ``dependents``; dependants under 16 (no deduction, but they make the income amount
        adjustment deduction apply above 8,500,000 yen, count for the resident tax's
        non-taxable limits and the 2024 fixed-amount cut); the spouse's total income in yen;
        whether the income amount adjustment deduction applies (None: when a young or a
        specific dependant is counted). The same household is used for both years of
        resident tax.
    deductions : Deductions, optional
        Disability, widow, single-parent, working-student and specific-relative deductions,
        insurance premiums, iDeCo and the housing-loan credit
        (:class:`~expectgap.payroll.jp.deductions.Deductions`), used for the year-end
        adjustment and for both resident tax levies paid in the year (the housing-loan credit
        the income tax cannot use spills over into the levies).
    industry : {"general", "agriculture", "construction"}
        Employment insurance business type.
    health_rate : float, optional
        A health insurance society's rate replacing the 協会けんぽ rate (e.g. ``0.095``).
    commuting_allowance : float, array-like or pandas Series
        Monthly commuting allowance paid on top of ``pay`` (plain amounts only).
    prior_year_salary : float, array-like or pandas Series, optional
        Salary of the previous year(s), the base of the resident tax paid this year; default
        this year's taxable salary.
    prior_year_social_insurance : float, array-like or pandas Series, optional
        Social insurance paid in the previous year(s); see the module conventions.
    first_job : bool
        No salary in the previous year: no resident tax is due this year.
    deduction_lag_months : {1, 0}
        Months between a premium month and the pay it is deducted from (1: 翌月徴収).
    wage_lag_months : {0, 1}
        Months between the wage closing date and the payday: 0 (当月締め当月払い, each month's
        pay closes in the month it is paid) or 1 (e.g. 末締め翌月25日払い: April pay is for
        March). Employment insurance takes the rate of the fiscal year of the closing date,
        so with 1 the April pay keeps the old rate and the new rate starts with May pay.
    residence : str, optional
        Place of residence for the resident tax when its rates differ from the standard ones
        (a designated city, a confirmed surcharge), as for
        :func:`~expectgap.payroll.jp.resident_tax.resident_tax`; used for both levies paid in
        the year.
    birth_date : str, datetime.date, array-like or pandas Series, optional
        Date of birth, ``'YYYY-MM-DD'``, instead of ``age``: the premiums of each premium month
        and each bonus follow the age of that month (see the module conventions), as
        :func:`~expectgap.payroll.jp.social_insurance.social_insurance` does.
    joined : str, datetime.date, array-like or pandas Series, optional
        Day of joining, ``'YYYY-MM-DD'`` (``'YYYY-MM'``: the month's first day); default
        before the year. Requires ``wage_lag_months=0``.
    left : str, datetime.date, array-like or pandas Series, optional
        Last day employed, ``'YYYY-MM-DD'`` (``'YYYY-MM'``: the month's last day); default
        after the year. The insurance is lost the day after: leaving on a month's last day
        charges that month, leaving on another day does not.

    Returns
    -------
    AnnualNet
        Annual amounts in yen (Python ints for scalar input, arrays or Series otherwise), and
        :attr:`AnnualNet.monthly`, the payments month by month.

    Raises
    ------
    UnsupportedRule
        A year outside 2024-2026 (the supported years are listed), an unknown prefecture.
    InvalidInput
        Negative, NaN or infinite amounts (positions listed), invalid counts or months.
    CurrencyMismatch
        A package in another currency than JPY.

    Examples
    --------
    2026, Tokyo, age 30, 400,000 a month and two bonuses of 400,000 (see docs/payroll-jp.md
    for the working):

    >>> r = annual(400_000, year=2026, bonus=800_000)
    >>> r.health, r.child_support, r.pension, r.employment
    (282073, 4696, 523380, 28600)

    A salary of 10,000,000 (800,000 a month and 400,000 of bonus) with a child under 16: the
    income amount adjustment deduction lowers the income tax and the resident tax:

    >>> with_child = annual(800_000, year=2026, bonus=400_000, young_dependents=1)
    >>> without = annual(800_000, year=2026, bonus=400_000)
    >>> without.income_tax - with_child.income_tax, without.resident_tax - with_child.resident_tax
    (30600, 15000)

    A batch gives arrays, one value per employee:

    >>> annual([250_000, 400_000], year=2025, age=[28, 45]).net
    array([2392376, 3712228])

    Born on 1 May 1986, the employee reaches 40 on 30 April 2026: nursing care from the April
    premium month, 8 months of 3,321 (May to December pay) and two bonuses of 3,240:

    >>> annual(400_000, year=2026, bonus=800_000, birth_date="1986-05-01").nursing_care
    33048

    Joining on 15 April and leaving on 31 October: pay for April to October, premiums for
    April to October (the October ones with September's from the October pay), no year-end
    adjustment (the tax is what was withheld):

    >>> r = annual(400_000, year=2026, joined="2026-04-15", left="2026-10-31")
    >>> r.gross, r.pension, bool(r.income_tax == r.monthly["withholding"].sum())
    (2800000, 262605, True)
    >>> annual(400_000, year=2023)
    Traceback (most recent call last):
    ...
    expectgap.errors.UnsupportedRule: year: 2023 is not supported; supported: 2024, 2025, 2026
    """
    return _annual(
        *_prepare(
            pay,
            year=year,
            prefecture=prefecture,
            age=age,
            bonus=bonus,
            bonus_months=bonus_months,
            dependents=dependents,
            spouse=spouse,
            specific_dependents=specific_dependents,
            young_dependents=young_dependents,
            elderly_dependents=elderly_dependents,
            cohabiting_elderly_parents=cohabiting_elderly_parents,
            spouse_income=spouse_income,
            dependent_under_23=dependent_under_23,
            deductions=deductions,
            industry=industry,
            health_rate=health_rate,
            commuting_allowance=commuting_allowance,
            prior_year_salary=prior_year_salary,
            prior_year_social_insurance=prior_year_social_insurance,
            first_job=first_job,
            deduction_lag_months=deduction_lag_months,
            wage_lag_months=wage_lag_months,
            residence=residence,
            birth_date=birth_date,
            joined=joined,
            left=left,
        )
    )


def _annual(
    people: _People, options: _Options, shape: Shape, out_shape: tuple[int, ...]
) -> AnnualNet:
    def schedule() -> pd.DataFrame:
        detailed = _Engine(people, options).run(keep_payments=True)
        return _frame(detailed, people.size, shape)

    size = people.size
    if size <= _YEAR_CHUNKS * _CHUNK_ROWS:
        fields = _fields(_Engine(people, options).run(keep_payments=False))
        if shape.scalar:
            # Every field is 0-d (or of size one): one conversion to Python ints.
            values: list[Any] = fields.reshape(len(_FIELDS), -1)[:, 0].tolist()
        else:
            values = [_wrap(shape, v.reshape(out_shape)) for v in fields]
    else:
        values = [_wrap(shape, array.reshape(out_shape)) for array in _chunked(people, options)]
    return AnnualNet(**dict(zip(_FIELDS, values, strict=True)), _schedule=schedule)


def _fields(year: _Year, out: IntArray | None = None) -> IntArray:
    """The fields of :class:`AnnualNet` of a year's totals, a row each in :data:`_FIELDS`
    order, written into ``out`` (such rows) or a new array."""
    if out is None:  # a row of one for a batch of one (held as numpy scalars)
        out = np.empty((len(_FIELDS), np.size(year.gross)), np.int64)
    gross, taxable, *parts, employment, social, tax, resident, net = out
    # Amounts are >= 0: truncation to whole yen (the cast) is the floor.
    np.copyto(gross, year.gross, casting="unsafe")
    if year.taxable is year.gross:
        np.copyto(taxable, gross)
    else:
        np.copyto(taxable, year.taxable, casting="unsafe")
    for row, c in zip(parts, _COMPONENTS, strict=True):
        np.copyto(row, year.parts[c])
    np.copyto(employment, year.employment)
    if year.social is None:
        np.add(parts[0], employment, out=social)
        for part in parts[1:]:
            social += part
    else:
        np.copyto(social, year.social)
    np.copyto(tax, year.income_tax)
    np.copyto(resident, year.resident)
    np.subtract(gross, social, out=net)
    net -= tax
    net -= resident
    return out


def _chunked(people: _People, options: _Options) -> IntArray:
    """The fields of :class:`AnnualNet` of a large batch (rows in :data:`_FIELDS` order),
    computed in chunks of :data:`_YEAR_CHUNKS` x :data:`_CHUNK_ROWS` people (so that each
    temporary array of the computation stays in the processor's cache) and written into the
    result; a batch from :data:`_PARALLEL_MIN_SIZE` people runs its chunks on parallel
    threads."""
    size = people.size
    # One block for every field: a large allocation is given huge pages where the system
    # allows (numpy asks for them from 4 MiB), so writing the results costs a few page faults
    # instead of one per 4 KiB page, which made up half the time of a large batch.
    out = np.empty((len(_FIELDS), size), np.int64)

    # Whole ages are rows of one table for every chunk: found once for the batch.
    rows: IntArray | None = None
    if people.age is not None and people.age.ndim:
        ages, found = _age_rows(people.age)
        rows = cast(IntArray, found) if ages is _dense_ages(MAX_AGE + 1) else None

    def chunk(lo: int, hi: int) -> None:
        engine = _Engine(people.part(lo, hi), options, None if rows is None else rows[lo:hi])
        _fields(engine.run(keep_payments=False), out[:, lo:hi])

    _each_chunk(chunk, size, _YEAR_CHUNKS * _CHUNK_ROWS)
    return out


def _each_chunk(chunk: Callable[[int, int], None], size: int, most: int | None = None) -> None:
    """Call ``chunk`` with the first row and the end of each chunk of at most ``most``
    (default :data:`_CHUNK_ROWS`) of ``size`` rows; from :data:`_PARALLEL_MIN_SIZE` rows on parallel
    threads (numpy releases the interpreter lock in its loops; each chunk writes its own
    rows), in chunks of about one size and as many for each thread, so that no thread is
    left with one more chunk than the others at the end."""
    parallel = size >= _PARALLEL_MIN_SIZE and _WORKERS >= 2
    count = -(-size // (_CHUNK_ROWS if most is None else most))
    if parallel:
        count = -(-count // _WORKERS) * _WORKERS
    rows = -(-size // max(count, 1))
    starts = range(0, size, max(rows, 1))
    ends = [min(lo + rows, size) for lo in starts]
    if not parallel:
        for lo, hi in zip(starts, ends, strict=True):
            chunk(lo, hi)
    else:
        from concurrent.futures import ThreadPoolExecutor  # only large batches need threads

        with ThreadPoolExecutor(max_workers=_WORKERS) as pool:
            list(pool.map(chunk, starts, ends))


def _wrap(shape: Shape, array: IntArray) -> Any:
    """A result array of the batch's own in the caller's form (a Series for Series input)."""
    if shape.index is not None:
        import pandas as pd

        return pd.Series(array, index=shape.index, name=shape.name)
    return array


# ---------------------------------------------------------------------------------------------
# A ceiling of net pay over a range of pay, for the gross-up's branch and bound


def net_ceiling(
    low: tuple[object, object],
    high: tuple[object, object],
    *,
    year: int,
    prefecture: object = "tokyo",
    age: object = None,
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
    commuting_allowance: object = 0,
    first_job: bool = False,
    deduction_lag_months: int = 1,
    wage_lag_months: int = 0,
    residence: object = None,
    birth_date: object = None,
    joined: object = None,
    left: object = None,
) -> IntArray | None:
    """A bound no net pay exceeds between two (monthly pay, annual bonus) pairs.

    For every package between ``low`` and ``high`` (pay and bonus each between the two, the
    other keywords as for :func:`annual`), net pay is at most the returned amount; when ``low``
    equals ``high`` it is that package's net exactly. The bound rests on the direction in
    which each part moves with pay: gross and social insurance rise with pay and bonus; the
    income tax and each resident tax levy rise with salary and fall with social insurance; a
    resident tax instalment rises with its levy. So over the range, net is at most gross at
    ``high``, less social insurance at ``low`` (less a yen a bonus: the health cap shared by
    the bonuses of a fiscal year moves the rounding of their premiums), less the taxes on the
    salary at ``low`` and the social insurance at ``high`` (the instalments bounded through
    their levies, under
    either collection rule where the two ends of the range may differ in it). The declared
    ``deductions`` keep these directions (the hometown-donation credits shrink as the income
    tax's marginal rate rises) but for two credits that can grow faster than the levy: the
    housing-loan credit left to the levies, capped at a rate of the income tax's taxable
    income, which jumps up where the basic deduction falls by a tier; and the one-stop
    donation credit where the special credit is capped, which jumps up with the income tax
    bracket. The levies are widened by the most those credits can move over the range
    (:func:`~expectgap.payroll.jp.resident_tax.credit_margins_yen`).

    Returns None where no bound is derived: where social insurance may fall as pay rises (when
    bonuses paid before the fiscal year's start month share the year's health insurance bonus
    cap with last year's later bonuses: the cap room left for the early bonus shrinks as every
    bonus grows), and with ``joined`` or ``left`` (a leaver's tax is the withholding, which the year's tax does
    not bound). A ``birth_date`` keeps the directions (each month's premiums rise with pay).

    Examples
    --------
    >>> int(net_ceiling((300_000, 0), (300_000, 0), year=2026)) == annual(300_000, year=2026).net
    True
    >>> net = annual(np.arange(300_000, 300_101), year=2026).net
    >>> int(net_ceiling((300_000, 0), (300_100, 0), year=2026)) >= int(net.max())
    True
    >>> net_ceiling((300_000, 0), (300_100, 0), year=2026, left="2026-10-31") is None
    True
    """
    built = _ceiling_people(
        [low, high],
        year=year,
        prefecture=prefecture,
        age=age,
        bonus_months=bonus_months,
        dependents=dependents,
        spouse=spouse,
        specific_dependents=specific_dependents,
        young_dependents=young_dependents,
        elderly_dependents=elderly_dependents,
        cohabiting_elderly_parents=cohabiting_elderly_parents,
        spouse_income=spouse_income,
        dependent_under_23=dependent_under_23,
        deductions=deductions,
        industry=industry,
        health_rate=health_rate,
        commuting_allowance=commuting_allowance,
        first_job=first_job,
        deduction_lag_months=deduction_lag_months,
        wage_lag_months=wage_lag_months,
        residence=residence,
        birth_date=birth_date,
        joined=joined,
        left=left,
    )
    if built is None:
        return None
    (low_end, high_end), options = built
    size = max(low_end.size, high_end.size)
    months = [m for m, _ in low_end.bonuses] == [m for m, _ in high_end.bonuses]
    if size <= _CHUNK_ROWS and months:
        # One engine computes both ends (paid bonuses in the same months: without a bonus at
        # the low end, its people list none): the cost of a small batch is mostly per engine.
        end = _end(_Engine(_joined(low_end, high_end), options))
        rounding = _bonus_rounding(low_end, high_end)
        ends = end.cut(slice(0, size)), end.cut(slice(size, 2 * size))
        bound = _bound(*ends, rounding, low_end.house, options)
        scalar = low_end.pay_si.ndim == 0 and high_end.pay_si.ndim == 0
        return bound.reshape(()) if scalar else bound
    return _by_chunks(low_end, high_end, options, _ceiling)


def _ceiling_people(
    ends: Sequence[tuple[object, object]],
    *,
    year: int,
    prefecture: object = "tokyo",
    age: object = None,
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
    commuting_allowance: object = 0,
    first_job: bool = False,
    deduction_lag_months: int = 1,
    wage_lag_months: int = 0,
    residence: object = None,
    birth_date: object = None,
    joined: object = None,
    left: object = None,
) -> tuple[list[_People], _Options] | None:
    """The people of each (monthly pay, annual bonus) pair of ``ends`` and the options, for
    :func:`net_ceiling` (the same keywords), or None where no ceiling is given."""
    if not ceiling_given(year, bonus_months=bonus_months, joined=joined, left=left):
        return None
    months = _months(bonus_months)
    options = _options(
        year,
        prefecture,
        industry,
        health_rate,
        deduction_lag_months,
        first_job,
        wage_lag_months,
        residence,
    )
    people_of_ends = []
    for pay, bonus in ends:
        people, _, _ = _people(
            pay,
            limit=_calendar(options.year).commuting_limit,
            bonus=bonus,
            bonus_months=months,
            commuting_allowance=commuting_allowance,
            age=age,
            household_args=_HouseholdArgs(
                dependents,
                spouse,
                specific_dependents,
                young_dependents,
                elderly_dependents,
                cohabiting_elderly_parents,
                spouse_income,
                dependent_under_23,
                deductions,
            ),
            prior_year_salary=None,
            prior_year_social_insurance=None,
            options=options,
            dates=_NO_DATES if birth_date is None else _DateArgs(birth_date),
        )
        people_of_ends.append(people)
    return people_of_ends, options


def net_ceilings_along(path: tuple[object, object], **keywords: Any) -> IntArray | None:
    """The ceilings of :func:`net_ceiling` between each (monthly pay, annual bonus) package of
    ``path`` (flattened) and the next: element ``i`` bounds net over every package from the
    ``i``-th to the ``i + 1``-th (the two of the same person; the keywords as for
    :func:`net_ceiling`, per-person ones following the path). Each package is computed once
    for the ranges on both sides of it. None where no ceiling is given.

    Examples
    --------
    >>> path = ([300_000, 300_100, 300_400], [0, 0, 0])
    >>> net_ceilings_along(path, year=2026).tolist() == [
    ...     int(net_ceiling((300_000, 0), (300_100, 0), year=2026)),
    ...     int(net_ceiling((300_100, 0), (300_400, 0), year=2026))]
    True
    """
    built = _ceiling_people([path], **keywords)
    if built is None:
        return None
    (people,), options = built
    pairs = max(people.size - 1, 0)
    if people.size <= _CHUNK_ROWS:
        return _along(_Engine(people, options))
    out = np.empty(pairs, np.int64)

    def chunk(lo: int, hi: int) -> None:
        out[lo:hi] = _along(_Engine(people.part(lo, hi + 1), options))

    _each_chunk(chunk, pairs)
    return out


def _by_chunks(
    low: _People,
    high: _People,
    options: _Options,
    bound: Callable[[_Engine, _Engine], IntArray],
) -> IntArray:
    """``bound`` on the engines of two batches of the same people (``low`` and ``high`` the
    same object for one package each); a large batch flattened, in chunks of
    :data:`_CHUNK_ROWS` people (on threads from :data:`_PARALLEL_MIN_SIZE`), as
    :func:`annual` computes its nets (each person's bound depends on that person only)."""
    size = max(low.size, high.size)
    if size <= _CHUNK_ROWS:
        engine = _Engine(low, options)
        return bound(engine, engine if high is low else _Engine(high, options))
    out = np.empty(size, np.int64)

    def chunk(lo: int, hi: int) -> None:
        engine = _Engine(low.part(lo, hi), options)
        other = engine if high is low else _Engine(high.part(lo, hi), options)
        out[lo:hi] = bound(engine, other)

    _each_chunk(chunk, size)
    return out


def ceiling_given(
    year: int, *, bonus_months: Sequence[int] = (6, 12), joined: object = None, left: object = None
) -> bool:
    """Whether :func:`net_ceiling` (and
    :func:`~expectgap.payroll.jp.payslip.payslip_ceiling`) derive a bound for these keywords:
    not where bonuses are paid both before and after the fiscal year's start month, nor with
    ``joined`` or ``left`` (see :func:`net_ceiling`). The answer costs no computation of pay.

    Examples
    --------
    >>> ceiling_given(2026), ceiling_given(2026, bonus_months=(3, 9))
    (True, False)
    >>> ceiling_given(2026, left="2026-10-31")
    False
    """
    start = _calendar(_check_year(year)).fiscal_start
    months = _months(bonus_months)
    if any(m < start for m in months) and any(m >= start for m in months):
        return False
    return joined is None and left is None


@functools.cache
def grade_starts(year: int) -> FloatArray:
    """The monthly pays (for social insurance: pay and allowances, commuting included) at
    which a grade of standard monthly remuneration starts, in any premium month from the
    December before ``year`` to its December (sorted, without repeats): where net pay can fall
    as pay rises by a yen, as the premiums step up a grade.

    Examples
    --------
    >>> starts = grade_starts(2026)
    >>> bool(63_000 in starts), bool(63_001 in starts)
    (True, False)
    """
    grades = load(_PARAMS, "health_insurance")["grades"]
    months = [date(year - 1, MONTHS_IN_YEAR, 1)] + [
        date(year, m, 1) for m in range(1, MONTHS_IN_YEAR + 1)
    ]
    lower = {float(row["lower"]) for month in months for row in grades.at(month)}
    starts = np.asarray(sorted(lower - {0.0}), dtype=np.float64)
    starts.setflags(write=False)
    return starts


def _bonus_rounding(low: _People, high: _People) -> IntArray:
    """How far the year's social insurance can fall between two ends as pay rises: where
    the fiscal year's health cap binds, a larger bonus leaves less room to the next, and the
    health-side premiums of each bonus are rounded to the yen on their own (less than a yen
    each), so their sum can fall by less than a yen a bonus; 0 where the ends are equal."""
    count = len(high.bonuses)
    zero = np.zeros((), np.int64)
    if not count:
        return zero
    paid_low, paid_high = dict(low.bonuses), dict(high.bonuses)
    same = low.pay_si == high.pay_si
    for month, amount in paid_high.items():
        same = same & (paid_low.get(month, zero) == amount)
    return np.asarray(np.where(same, 0, count), dtype=np.int64)


@dataclass(frozen=True)
class _End:
    """What a ceiling takes from one end of a range: the year's gross, salary (whole yen),
    social insurance, and the salary's total incomes under the rules of the year and of the
    two levies' income years."""

    gross: FloatArray
    salary: IntArray
    social: IntArray
    incomes: list[IntArray]

    def cut(self, part: slice) -> _End:
        """The rows ``part`` (each array broadcast to the rows first)."""
        size = max(np.size(a) for a in (self.gross, self.salary, self.social, *self.incomes))

        def rows(a: npt.NDArray[Any]) -> Any:
            return _each(a, size)[part]

        return _End(
            rows(self.gross),
            rows(self.salary),
            rows(self.social),
            [rows(i) for i in self.incomes],
        )


def _end(engine: _Engine) -> _End:
    """The :class:`_End` of an engine's packages."""
    parts, employment, _, _ = engine.premiums()
    gross, _, salary = engine.amounts()
    year = engine.opt.year
    # The total incomes of the salary under the rules of this year and of the levies' income
    # years (one computation per set of rules), as _Engine.run takes them.
    years = (year, *(_income_year(f) for f in (year - 1, year)))
    incomes = total_incomes_yen(salary, engine.people.house.under_23, years)
    return _End(gross, salary, sum(parts.values(), employment), incomes)


def _bound(low: _End, high: _End, rounding: IntArray, house: Household, opt: _Options) -> IntArray:
    """:func:`net_ceiling` from its two ends (``house``: the people's households; ``rounding``:
    :func:`_bonus_rounding`)."""
    social_low = low.social - rounding
    social_high = high.social + rounding
    tax = annual_tax_yen(low.salary, social_high, house, opt.year, low.incomes[0])
    resident = _resident_floor(
        (low.salary, social_high),
        (high.salary, social_low),
        house,
        opt,
        (low.incomes, high.incomes),
    )
    return np.asarray(np.floor(high.gross) - social_low - tax - resident, dtype=np.int64)


def _ceiling(low: _Engine, high: _Engine) -> IntArray:
    """:func:`net_ceiling` on two engines of the same people and options."""
    rounding = _bonus_rounding(low.people, high.people)
    return _bound(_end(low), _end(high), rounding, low.people.house, low.opt)


def _along(engine: _Engine) -> IntArray:
    """:func:`net_ceilings_along` on one engine: the ceilings between each of its packages and
    the next, each package computed once."""
    people = engine.people
    size = people.size
    if size < 2:
        return np.zeros(0, np.int64)
    end = _end(engine)
    low, high = slice(0, size - 1), slice(1, size)
    # _bonus_rounding of each package and the next (the same bonus months)
    rounding = np.zeros((), np.int64)
    if people.bonuses:
        pay = np.broadcast_to(people.pay_si, (size,))
        same = pay[low] == pay[high]
        for _, amount in people.bonuses:
            paid = np.broadcast_to(amount, (size,))
            same = same & (paid[low] == paid[high])
        rounding = np.asarray(np.where(same, 0, len(people.bonuses)), dtype=np.int64)
    house = people.part(0, size - 1).house
    return _bound(end.cut(low), end.cut(high), rounding, house, engine.opt)


def _resident_floor(
    least: tuple[IntArray, IntArray],
    most: tuple[IntArray, IntArray],
    house: Household,
    options: _Options,
    incomes: tuple[Sequence[IntArray], Sequence[IntArray]],
) -> IntArray:
    """The least resident tax paid in the year over salaries and social insurance between the
    (salary, social insurance) pairs ``least`` (lowest levies) and ``most`` (highest);
    ``incomes``: the total incomes of the two salaries under the rules of the year and of
    the two levies' income years.

    The year pays ``k`` regular instalments of the previous fiscal year's levy (January-May)
    and this fiscal year's levy less ``k'`` regular instalments (first + the rest); a regular
    instalment is the levy // count, rounded down to the unit, under the ordinary rule or the
    fixed-cut rule (where a cut is given). Where the two ends may fall under different rules,
    the smaller is taken.
    """
    zero = np.zeros((), np.int64)
    if options.first_job:
        return zero
    year = options.year
    before_june = _collection(year)[0].first_month - 1
    total = zero
    for number, fiscal in enumerate((year - 1, year), start=1):
        ordinary, special = _collection(fiscal)
        pair = (incomes[0][number], incomes[1][number])
        if fiscal < year and special.count == 0:
            # January-May: regular instalments of the least levy, under the one rule.
            levy = _least_levy(least, most, fiscal, house, options.residence, pair[0])
            total = total + before_june * (levy // ordinary.count // ordinary.unit * ordinary.unit)
            continue
        levies = _levy_range(least, most, fiscal, house, options.residence, pair)
        levy_low, levy_high = levies.least, levies.most
        rules = [ordinary]
        if special.count > 0:
            rules.append(special)
        values = []
        for rule in rules:

            def regular(levy: IntArray, rule: _Instalments = rule) -> IntArray:
                return levy // rule.count // rule.unit * rule.unit

            if fiscal == year:
                later = rule.count + rule.first_month - 1 - MONTHS_IN_YEAR
                values.append(levy_low - later * regular(levy_high))
            else:
                values.append(before_june * regular(levy_low))
        if len(values) == 1:
            total = total + values[0]
            continue
        # Under the fixed-cut rule wherever it is given in the whole range, the ordinary rule
        # where it is given nowhere (_levy_range), else the smaller.
        either = np.minimum(values[0], values[1])
        total = total + np.where(
            levies.cut_everywhere, values[1], np.where(levies.cut_nowhere, values[0], either)
        )
    return np.asarray(total, dtype=np.int64)
