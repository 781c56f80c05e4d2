"""Japanese income tax of an employee, settled by the year-end adjustment (年末調整).

The annual tax for a calendar year follows the NTA's year-end adjustment:

1. employment income (給与所得控除後の給与等の金額) from the annual salary S: below 6,600,000 yen by
   table 5 of the Income Tax Act (所得税法別表第五), which works on A = S / 4 rounded down to
   1,000 yen, and by the statutory formula above it; the 2026 special minimum of 740,000 yen and
   its transition bands (租税特別措置法第29条の4) apply to 2026; less the income amount adjustment
   deduction (所得金額調整控除, 租税特別措置法第41条の3の11第1項, NTA No.1411) for a salary above
   8,500,000 yen with a dependent under 23: (min(S, 10,000,000) - 8,500,000) x 10%, rounded up
   to the yen. The result is the total income (合計所得金額) that sets the basic-deduction tier,
   the spouse tiers and the 2024 cut limit;
2. deductions: social insurance paid in the year (in full), the basic deduction of the year's
   tier for the total income, the spouse deduction or spouse special deduction, the dependent
   deductions;
3. taxable income rounded down to 1,000 yen, tax by the quick-calculation table (速算表);
4. 2024 only: the fixed-amount cut (定額減税) of 30,000 yen per person (the taxpayer, a
   同一生計配偶者 and every dependent, under-16s included), limited to the tax, for a total
   income up to 18,050,000 yen;
5. x 102.1% (reconstruction surtax), rounded down to 100 yen (年調年税額).

Order of the 2024 cut and the surtax: the cut is subtracted from the income tax *before* the
102.1% is applied. The surtax is 2.1% of the base income tax (基準所得税額), which is the income
tax after tax credits, and the cut is such a credit (租税特別措置法第41条の3の3); the NTA's 令和6年分
年末調整のしかた computes 年調減税額控除後の年調所得税額 x 102.1%. No page retrieved while building
this module states the order in words, so it is recorded as [S] in the parameter file. On a 5M
salary the two orders differ by 600 yen.

Scope: the salary is the only income (total income = employment income after the income amount
adjustment deduction). Disability, widow, single-parent, working-student and specific-relative
(特定親族特別控除) deductions, life and earthquake insurance, 小規模企業共済等掛金 (iDeCo) and the
housing-loan credit come from a :class:`~expectgap.payroll.jp.deductions.Deductions`
(``deductions=``); the housing-loan credit is taken from the tax before the 2024 cut. Medical
and donation deductions (tax return items) and the second income amount adjustment deduction
(salary and public pension together) are not modelled. The adjustment deduction's disability conditions (the
taxpayer, a 同一生計配偶者 or a dependent being a 特別障害者) are covered only through an explicit
``dependent_under_23=True``. Salaries above 20,000,000 yen are outside the year-end
adjustment; the same computation then gives the tax of the final return.

Amount arguments accept a scalar, a sequence, a numpy array or a pandas Series (taken
positionally) and broadcast together; the result has the broadcast shape (a Python ``int`` for
all-scalar input, the index of the first Series for Series input). Amounts are whole yen: a
fraction of a yen is dropped.

Examples
--------
>>> income_tax(5_000_000, social_insurance=750_000, year=2025)
117900
>>> employment_income(3_000_000, year=2025)
2020000
"""

from __future__ import annotations

import dataclasses
import functools
import threading
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

import numpy as np
import numpy.typing as npt

from expectgap._limits import MAX_DEPENDENTS
from expectgap._vector import Shape, amounts, bad_positions_text, is_series, value_codes
from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.money import max_amount
from expectgap.payroll._params import ParameterSet, load
from expectgap.payroll.jp.deductions import (
    Deductions,
    declared,
    housing_credit_yen,
    income_tax_deductions_yen,
    none_declared,
)

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "EMPLOYMENT_INCOME_YEARS",
    "SUPPORTED_YEARS",
    "employment_income",
    "income_tax",
    "taxable_income",
]

PARAMS = "expectgap.payroll.jp.params"
SUPPORTED_YEARS: tuple[int, ...] = (2024, 2025, 2026)
"""Calendar years of income tax this engine covers."""
EMPLOYMENT_INCOME_YEARS: tuple[int, ...] = (2023, 2024, 2025, 2026)
"""Years of the employment-income rules (2023 is needed for the FY2024 resident tax)."""

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]
_PER_MILLE = 1_000
_PERCENT = 100


# --------------------------------------------------------------------------- input plumbing


@dataclass(frozen=True)
class Batch:
    """Validated inputs of one call (not yet broadcast) and the form to give results back in.

    Inputs keep their own shapes (a scalar stays 0-d, so it costs nothing in the arithmetic);
    :meth:`wrap` broadcasts a result to the common shape and converts it to the caller's form.

    Examples
    --------
    >>> b = prepare({"pay": [1.5, 2]}, counts={"n": 1}, flags={})
    >>> b.amount("pay"), b.count("n"), b.wrap(b.count("n"))
    (array([1, 2]), array(1), array([1, 1]))
    """

    values: Mapping[str, npt.NDArray[Any]]
    shape: Shape
    broadcast_shape: tuple[int, ...]

    def amount(self, name: str) -> IntArray:
        """Return an amount input as whole yen (int64)."""
        return np.asarray(self.values[name], dtype=np.int64)

    def count(self, name: str) -> IntArray:
        """Return a count input (int64)."""
        return np.asarray(self.values[name], dtype=np.int64)

    def flag(self, name: str) -> BoolArray:
        """Return a flag input (bool)."""
        return np.asarray(self.values[name], dtype=np.bool_)

    def wrap(self, result: npt.ArrayLike) -> Any:
        """Broadcast an integer result to the inputs' common shape, in the caller's form."""
        if self.shape.scalar:
            return int(np.asarray(result))
        return self.shape.wrap_int(np.broadcast_to(result, self.broadcast_shape))


def _series_parts(value: object) -> tuple[object, pd.Index | None, Hashable | None]:
    if is_series(value):
        return value.to_numpy(), value.index, value.name
    return value, None, None


@functools.cache
def max_yen() -> float:
    """Largest yen amount any input of the Japan engine may hold: the JPY maximum of
    ``data/currencies.toml`` (the engine's integer arithmetic stays exact well beyond it).

    Examples
    --------
    >>> max_yen()
    100000000000.0
    """
    return float(max_amount("JPY"))


def _count_array(value: object, field: str) -> npt.NDArray[np.float64]:
    if type(value) is int and 0 <= value <= MAX_DEPENDENTS:
        return np.asarray(value, dtype=np.float64)
    raw, _, _ = _series_parts(value)
    accepted = f"a whole number from 0 to {MAX_DEPENDENTS}"
    if isinstance(raw, bool | np.bool_) or np.asarray(raw).dtype == np.bool_:
        raise InvalidInput(field, value, accepted)
    try:
        array = np.asarray(raw, dtype=np.float64)
    except (TypeError, ValueError):
        raise InvalidInput(field, value, accepted) from None
    finite = np.isfinite(array)
    fraction = np.mod(array, 1, out=np.zeros_like(array), where=finite)
    bad = ~finite | (array < 0) | (fraction != 0) | (array > MAX_DEPENDENTS)
    if bad.any():
        shown = bad_positions_text(bad, array) if array.ndim else value
        raise InvalidInput(field, shown, accepted)
    return array


def _flag_array(value: object, field: str) -> npt.NDArray[np.bool_]:
    if type(value) is bool:
        return np.asarray(value)
    raw, _, _ = _series_parts(value)
    array = np.asarray(raw)
    if array.dtype != np.bool_:
        raise InvalidInput(field, value, "True or False (or an array of booleans)")
    return array


def prepare(
    amount_args: Mapping[str, object],
    *,
    counts: Mapping[str, object],
    flags: Mapping[str, object],
) -> Batch:
    """Validate amount, count and flag arguments and check that they broadcast to one shape.

    Amounts must be finite and >= 0 (:class:`~expectgap.errors.InvalidInput` otherwise) and are
    floored to whole yen; counts must be whole numbers >= 0; flags booleans. The result is
    scalar when every input is a scalar; a Series input lends its index and name.

    Examples
    --------
    >>> b = prepare({"a": 3, "b": [1, 2]}, counts={}, flags={"f": True})
    >>> b.shape.scalar, b.broadcast_shape, b.wrap(b.amount("a"))
    (False, (2,), array([3, 3]))
    """
    arrays: dict[str, npt.NDArray[Any]] = {}
    index: pd.Index | None = None
    name: Hashable | None = None
    for field, value in amount_args.items():
        checked, _ = amounts(value, field, maximum=max_yen())
        arrays[field] = np.floor(checked)
    for field, value in counts.items():
        arrays[field] = _count_array(value, field)
    for field, value in flags.items():
        arrays[field] = _flag_array(value, field)
    for value in (*amount_args.values(), *counts.values(), *flags.values()):
        if is_series(value):
            index, name = value.index, value.name
            break
    try:
        out_shape = np.broadcast_shapes(*(np.shape(array) for array in arrays.values()))
    except ValueError:
        shapes = {field: np.shape(array) for field, array in arrays.items()}
        raise InvalidInput("arguments", shapes, "shapes that broadcast together") from None
    scalar = out_shape == ()
    if index is not None and (len(out_shape) != 1 or out_shape[0] != len(index)):
        index = None
    return Batch(arrays, Shape(scalar=scalar, index=index, name=name), out_shape)


def check_year(value: object, supported: tuple[int, ...], field: str = "year") -> int:
    """Return ``value`` as an int if it is one of ``supported``, else raise UnsupportedRule.

    Examples
    --------
    >>> check_year(2025, SUPPORTED_YEARS)
    2025
    >>> check_year(2023, SUPPORTED_YEARS)
    Traceback (most recent call last):
    ...
    expectgap.errors.UnsupportedRule: year: 2023 is not supported; supported: 2024, 2025, 2026
    """
    if isinstance(value, bool | np.bool_) or not isinstance(value, int | np.integer):
        raise UnsupportedRule(field, value, supported)
    if int(value) not in supported:
        raise UnsupportedRule(field, value, supported)
    return int(value)


def floor_to(values: IntArray, unit: int | np.int64) -> IntArray:
    """Round non-negative integer amounts down to a multiple of ``unit``.

    Examples
    --------
    >>> floor_to(np.array([1999, 2000]), 1000)
    array([1000, 2000])
    """
    return values // unit * unit


# Bands off a grid are counted with a pass over the values per bound where there are at most
# _COMPARE_UP_TO bounds and at least _COMPARE_FROM values (fewer values: a binary search per
# value costs less, measured on this package's batches).
_COMPARE_UP_TO = 8
_COMPARE_FROM = 4_096
# Below this many values one binary search per value costs less than a table of the grid.
_SEARCH_BELOW = 64
# Most entries of a band grid (see _band_grid): a table that stays in the processor's cache.
_GRID_ENTRIES = 1 << 16


@functools.lru_cache(maxsize=256)
def _band_grid(key: bytes, inclusive: bool) -> tuple[int, int, IntArray] | None:
    """The band index of every step of a grid on which the bounds ``key`` (int64 bytes) lie.

    The step is the bounds' greatest common divisor ``s``: with whole bounds and whole
    values, the number of bounds below a value ``v`` is that below ``ceil(v / s) * s``, and the
    number at or below it that at or below ``floor(v / s) * s``; a table over those steps
    (clipped to the last bound) gives the index by one division and one lookup. None where the
    bounds are not all positive or the table would be large.
    """
    bounds = np.frombuffer(key, dtype=np.int64)
    if bounds.size == 0 or bounds[0] <= 0:
        return None
    step = int(np.gcd.reduce(bounds))
    top = int(bounds[-1]) // step + 1
    if top >= _GRID_ENTRIES:
        return None
    side: Literal["left", "right"] = "left" if inclusive else "right"
    table = bounds.searchsorted(np.arange(top + 1, dtype=np.int64) * step, side=side)
    table.setflags(write=False)
    return step, top, table


def band_index(bounds: IntArray, values: npt.NDArray[Any], *, inclusive: bool) -> IntArray:
    """Index of the band of each value among sorted band bounds.

    With ``inclusive`` (bounds are inclusive upper bounds) the index is the number of bounds
    below the value; otherwise (bounds are exclusive upper bounds, i.e. lower bounds of the
    next band) the number of bounds at or below it. Whole values on bounds that lie on a grid
    (every statutory bound is a multiple of 1,000 yen) are read from a table of the grid's
    steps; short bound lists are counted with vectorized comparisons on batches from
    :data:`_COMPARE_FROM` values; either is faster than a binary search per element there.

    Examples
    --------
    >>> band_index(np.array([10, 20]), np.array([5, 10, 11, 99]), inclusive=True)
    array([0, 0, 1, 2])
    >>> band_index(np.array([10, 20]), np.array([5, 10, 11, 99]), inclusive=False)
    array([0, 1, 1, 2])
    """
    if values.size >= _SEARCH_BELOW and values.dtype == np.int64 and bounds.dtype == np.int64:
        grid = _band_grid(bounds.tobytes(), inclusive)
        if grid is not None:
            step, top, table = grid
            if inclusive:
                at = values + (step - 1)
                at //= step
            else:
                at = values // step
            np.minimum(at, top, out=at)
            np.maximum(at, 0, out=at)
            found: IntArray = gather(table, at)
            return found
    if bounds.size > _COMPARE_UP_TO or values.size < _COMPARE_FROM:
        side: Literal["left", "right"] = "left" if inclusive else "right"
        return bounds.searchsorted(values, side=side)
    index = np.zeros(values.shape, dtype=np.intp)
    compare = np.greater if inclusive else np.greater_equal
    for bound in bounds:
        index += compare(values, bound)
    return index


def gather(table: npt.NDArray[Any], at: npt.NDArray[np.integer[Any]]) -> Any:
    """``table[at]`` for positions ``at`` already within the table (clipped to it by the
    caller): numpy's ``take`` without the bounds check of indexing, which costs a third as
    much again.

    Examples
    --------
    >>> gather(np.array([10, 20, 30]), np.array([2, 0]))
    array([30, 10])
    """
    return table.take(at, mode="wrap")


def any_true(mask: npt.NDArray[np.bool_]) -> bool:
    """Whether any element of a boolean array (or numpy bool) is true.

    For a batch of one held as a numpy scalar this is a plain truth test, which costs far less
    than ``mask.any()``.

    Examples
    --------
    >>> any_true(np.array([False, True])), any_true(np.bool_(False))
    (True, False)
    """
    return bool(mask.any()) if mask.ndim else bool(mask)


def band_lookup(uppers: IntArray, values: npt.NDArray[Any], table: npt.NDArray[Any]) -> Any:
    """Pick ``table[i]`` for the first inclusive upper bound ``uppers[i] >= value``.

    ``table`` has one more entry than ``uppers`` (the value above the last bound).

    Examples
    --------
    >>> band_lookup(np.array([10, 20]), np.array([5, 10, 11, 99]), np.array([1, 2, 0]))
    array([1, 1, 2, 0])
    """
    return table[band_index(uppers, values, inclusive=True)]


_KeyT = TypeVar("_KeyT", bound=Hashable)
_TableT = TypeVar("_TableT")
# A table costs about what computing this many people does: it is built once the batches
# asking for it have held this many people in all (one batch or several), so that building it
# at most doubles what those batches cost; until then they are computed.
TABLE_BUILD_FROM = 8_192


class TableCache(Generic[_KeyT, _TableT]):
    """Tables of a kernel, built once enough people have asked for them and read by any batch
    from 64 people.

    ``get`` returns the table of ``key``: the one kept, else one built by ``build`` once the
    batches asking for ``key`` (this one included) have held at least
    :data:`TABLE_BUILD_FROM` people in all (the most recent ``limit`` tables are kept, and
    the counts of as many more keys), else None (the batch is computed). A table may itself
    be None (no table applies).

    Examples
    --------
    >>> cache = TableCache(lambda key: key * 2, limit=2)
    >>> cache.get(3, size=10), cache.get(3, size=TABLE_BUILD_FROM), cache.get(3, size=10)
    (None, 6, 6)
    >>> [cache.get(4, size=TABLE_BUILD_FROM // 2) for _ in range(3)]
    [None, 8, 8]
    """

    def __init__(self, build: Callable[[_KeyT], _TableT | None], *, limit: int) -> None:
        self._build = build
        self._limit = limit
        self._tables: dict[_KeyT, _TableT | None] = {}
        self._asked: dict[_KeyT, int] = {}  # people asking for keys without a table
        self._lock = threading.Lock()

    def get(self, key: _KeyT, *, size: int) -> _TableT | None:
        """The table of ``key`` for a batch of ``size`` people (see the class)."""
        with self._lock:
            if key in self._tables:
                return self._tables[key]
            asked = self._asked.pop(key, 0) + size
            if asked < TABLE_BUILD_FROM:
                if len(self._asked) >= self._limit:
                    self._asked.pop(next(iter(self._asked)))
                self._asked[key] = asked
                return None
        table = self._build(key)
        with self._lock:
            if len(self._tables) >= self._limit:
                self._tables.pop(next(iter(self._tables)))
            self._tables[key] = table
        return table


# --------------------------------------------------------------------------- statutory tables


def _params() -> ParameterSet:
    return load(PARAMS, "income_tax")


def _year_start(year: int) -> date:
    return date(year, 1, 1)


@dataclass(frozen=True)
class _EmploymentTable:
    breaks: IntArray
    quarter: BoolArray
    multiplier: IntArray
    add: IntArray
    quarter_divisor: np.int64
    quarter_unit: np.int64


@functools.cache
def _employment_table(year: int) -> _EmploymentTable:
    raw = _params()["employment_income_table"].at(_year_start(year))
    return _EmploymentTable(
        breaks=np.asarray(raw["breaks"], dtype=np.int64),
        quarter=np.asarray([base == "quarter" for base in raw["base"]], dtype=np.bool_),
        multiplier=np.asarray(raw["multiplier_per_mille"], dtype=np.int64),
        add=np.asarray(raw["add"], dtype=np.int64),
        quarter_divisor=np.int64(raw["quarter_divisor"]),
        quarter_unit=np.int64(raw["quarter_unit"]),
    )


@dataclass(frozen=True)
class _EmploymentGrid:
    """Employment income on a grid of salaries (see :func:`_employment_grid`)."""

    step: int
    top: int
    start: IntArray  # the income (floored at 0 where ``floored``) at each step's first yen
    slope: IntArray  # per mille of the yen into the step added to it (0: a quarter band)
    floored: bool  # the floor at 0 is in the table: no income read from it is negative


@functools.cache
def _employment_grid(year: int) -> _EmploymentGrid | None:
    """The employment income of ``year`` as a table of salary steps.

    On a step of the greatest common divisor of the bands' bounds and the quarter bands'
    rounding, every salary is in one band: in a quarter band the income is that of the step's
    first yen; in another it is the first yen's plus the yen into the step times the band's
    per-mille multiplier, rounded down (exactly so where the step times the multiplier is a
    whole number of thousands). None where that does not hold.
    """
    table = _employment_table(year)
    rounding = int(table.quarter_divisor * table.quarter_unit)
    step = int(np.gcd.reduce(np.append(table.breaks, rounding)))
    linear = table.multiplier[~table.quarter]
    if step <= 0 or np.any(step * linear % _PER_MILLE) or table.breaks[0] <= 0:
        return None
    top = int(table.breaks[-1]) // step
    first = np.arange(top + 1, dtype=np.int64) * step
    band = table.breaks.searchsorted(first, side="right")
    quarter = first // rounding * table.quarter_unit
    base = np.where(table.quarter[band], quarter, first)
    start = base * table.multiplier[band] // _PER_MILLE + table.add[band]
    slope = np.where(table.quarter[band], 0, table.multiplier[band])
    # The floor at 0 in the table: the income rises within a step, so a step whose last yen's
    # income is not above 0 is 0 throughout, and one whose first yen's is at least 0 needs no
    # floor; where every step is one or the other (and the last, which holds every salary
    # above it, is not negative) the floor is read with the income.
    nonpositive = start + (step - 1) * slope // _PER_MILLE <= 0
    floored = bool(np.all(nonpositive | (start >= 0))) and start[-1] >= 0
    if floored:
        start = np.where(nonpositive, 0, start)
        slope = np.where(nonpositive, 0, slope)
    for array in (start, slope):
        array.setflags(write=False)
    return _EmploymentGrid(step, top, start, slope, floored)


@dataclass(frozen=True)
class _TaxTables:
    rate_upper: IntArray
    rate_percent: IntArray
    rate_deduction: IntArray
    basic_upper: IntArray
    basic_amount: IntArray
    spouse_limit: np.int64
    taxpayer_upper: IntArray
    spouse_amount: IntArray
    special_upper: IntArray
    special_amount: IntArray
    general: np.int64
    specific: np.int64
    elderly: np.int64
    cohabiting_parent: np.int64
    taxable_unit: np.int64
    annual_unit: np.int64
    surtax_per_mille: np.int64
    cut_per_person: np.int64
    cut_income_limit: np.int64


@dataclass(frozen=True)
class _Adjustment:
    salary_from: np.int64
    salary_cap: np.int64
    rate_percent: np.int64


@functools.cache
def _adjustment(year: int) -> _Adjustment:
    raw = _params()["income_adjustment_deduction"].at(_year_start(year))
    return _Adjustment(
        salary_from=np.int64(raw["salary_from"]),
        salary_cap=np.int64(raw["salary_cap"]),
        rate_percent=np.int64(raw["rate_percent"]),
    )


def _with_zero(values: list[int]) -> IntArray:
    return np.asarray([*values, 0], dtype=np.int64)


@functools.cache
def _tax_tables(year: int) -> _TaxTables:
    p = _params()
    when = _year_start(year)
    rates = p["rate_table"].at(when)
    basic = p["basic_deduction"].at(when)
    spouse = p["spouse_deduction"].at(when)
    special = p["spouse_special_deduction"].at(when)
    dependents = p["dependent_deduction"].at(when)
    special_rows = np.asarray(special["amount"], dtype=np.int64)
    special_table = np.zeros((special_rows.shape[0] + 1, special_rows.shape[1] + 1), np.int64)
    special_table[:-1, :-1] = special_rows
    return _TaxTables(
        rate_upper=np.asarray(rates["upper"], dtype=np.int64),
        rate_percent=np.asarray(rates["rate_percent"], dtype=np.int64),
        rate_deduction=np.asarray(rates["deduction"], dtype=np.int64),
        basic_upper=np.asarray(basic["income_upper"], dtype=np.int64),
        basic_amount=_with_zero(basic["amount"]),
        spouse_limit=np.int64(p["spouse_income_limit"].at(when)),
        taxpayer_upper=np.asarray(spouse["taxpayer_income_upper"], dtype=np.int64),
        spouse_amount=_with_zero(spouse["amount"]),
        special_upper=np.asarray(special["spouse_income_upper"], dtype=np.int64),
        special_amount=special_table,
        general=np.int64(dependents["general"]),
        specific=np.int64(dependents["specific"]),
        elderly=np.int64(dependents["elderly"]),
        cohabiting_parent=np.int64(dependents["elderly_parent_cohabiting"]),
        taxable_unit=np.int64(p["taxable_income_unit"].at(when)),
        annual_unit=np.int64(p["annual_tax_unit"].at(when)),
        surtax_per_mille=np.int64(p["reconstruction_surtax_per_mille"].at(when)),
        cut_per_person=np.int64(p["fixed_tax_cut_per_person"].at(when)),
        cut_income_limit=np.int64(p["fixed_tax_cut_income_limit"].at(when)),
    )


# --------------------------------------------------------------------------- computation


def employment_income_yen(salary: IntArray, year: int) -> IntArray:
    """Employment income of whole-yen salaries under the rules of ``year`` (no validation).

    Examples
    --------
    >>> employment_income_yen(np.array([1_700_000, 3_000_000]), 2024)
    array([1120000, 2020000])
    """
    grid = _employment_grid(year) if salary.ndim and salary.size >= _SEARCH_BELOW else None
    if grid is not None and salary.dtype == np.int64:
        step = salary // grid.step
        np.minimum(step, grid.top, out=step)
        np.maximum(step, 0, out=step)
        rest = salary - step * grid.step
        rest *= gather(grid.slope, step)
        rest //= _PER_MILLE
        rest += gather(grid.start, step)
        return rest if grid.floored else np.maximum(rest, 0, out=rest)
    table = _employment_table(year)
    band = band_index(table.breaks, salary, inclusive=False)
    quarter = salary // (table.quarter_divisor * table.quarter_unit) * table.quarter_unit
    base = salary + (quarter - salary) * table.quarter[band]  # the quarter-based bands
    income = base * table.multiplier[band] // _PER_MILLE + table.add[band]
    result: IntArray = np.maximum(income, 0)
    return result


def total_incomes_yen(
    salary: IntArray, eligible: BoolArray, years: tuple[int, ...]
) -> list[IntArray]:
    """:func:`total_income_yen` of one salary under the rules of several years, each set of
    rules computed once and the salary's grid step (:func:`_employment_grid`) found once.

    Examples
    --------
    >>> [int(i[0]) for i in total_incomes_yen(np.array([1_700_000]), np.array(False),
    ...                                       (2024, 2025, 2026))]
    [1120000, 1050000, 960000]
    """
    keys = [_employment_key(year) for year in years]
    grids = [_employment_grid(year) for year in years]
    first = grids[0]
    shared = (
        salary.ndim == 1
        and salary.size >= _SEARCH_BELOW
        and salary.dtype == np.int64
        and first is not None
        and all(g is not None and (g.step, g.top) == (first.step, first.top) for g in grids)
    )
    done: dict[bytes, IntArray] = {}
    if shared:
        assert first is not None
        step = salary // first.step
        np.minimum(step, first.top, out=step)
        np.maximum(step, 0, out=step)
        rest = salary - step * first.step
    for key, grid, year in zip(keys, grids, years, strict=True):
        if key in done:
            continue
        if shared:
            assert grid is not None
            income = rest * gather(grid.slope, step)
            income //= _PER_MILLE
            income += gather(grid.start, step)
            if not grid.floored:
                np.maximum(income, 0, out=income)
        else:
            income = employment_income_yen(salary, year)
        if any_true(eligible):
            income = income - income_adjustment_yen(salary, eligible, year)
        done[key] = income
    return [done[key] for key in keys]


@functools.cache
def _employment_key(year: int) -> bytes:
    """The rules of employment income and of the adjustment deduction of ``year``, as bytes
    (years with equal rules give equal incomes)."""
    table, rule = _employment_table(year), _adjustment(year)
    arrays = (table.breaks, table.quarter, table.multiplier, table.add)
    numbers = (table.quarter_divisor, table.quarter_unit, *dataclasses.astuple(rule))
    return b"".join(a.tobytes() for a in arrays) + np.asarray(numbers, np.int64).tobytes()


def income_adjustment_yen(salary: IntArray, eligible: BoolArray, year: int) -> IntArray:
    """Income amount adjustment deduction (所得金額調整控除) of whole-yen salaries (no validation).

    (min(S, cap) - threshold) x rate for an eligible salary above the threshold, a fraction of a
    yen rounded up; 0 otherwise.

    Examples
    --------
    >>> income_adjustment_yen(np.array([8_500_000, 8_500_005, 12_000_000]), np.array(True), 2025)
    array([     0,      1, 150000])
    """
    rule = _adjustment(year)
    if not any_true(eligible & (salary > rule.salary_from)):
        return salary * 0 * eligible  # nobody above the threshold: zeros of the result's shape
    excess = np.minimum(np.maximum(salary, rule.salary_from), rule.salary_cap) - rule.salary_from
    amount = -(-excess * rule.rate_percent // _PERCENT)
    return amount * eligible


def total_income_yen(salary: IntArray, eligible: BoolArray, year: int) -> IntArray:
    """Total income of a salary-only earner: employment income less the adjustment deduction.

    Examples
    --------
    >>> total_income_yen(np.array([10_000_000]), np.array(True), 2025)  # 8,050,000 - 150,000
    array([7900000])
    """
    income = employment_income_yen(salary, year)
    if not any_true(eligible):
        return income  # nobody may take the adjustment deduction
    return income - income_adjustment_yen(salary, eligible, year)


@dataclass(frozen=True)
class Household:
    """Validated household arrays shared by the income tax and the resident tax.

    ``dependents`` counts every 控除対象扶養親族 (aged 16 or over); ``specific``, ``elderly`` and
    ``cohabiting`` are the 19-22, 70+ and 同居老親等 among them; ``young`` are the dependents
    under 16 (no deduction, but counted for the fixed-amount cuts and the resident tax's
    non-taxable thresholds); ``general`` are the dependents who are neither specific nor
    elderly; ``under_23`` says whether the income amount adjustment deduction's condition holds
    (default: no); ``declared`` holds each person's other declarations as a record of
    :data:`~expectgap.payroll.jp.deductions.RECORD` (from a
    :class:`~expectgap.payroll.jp.deductions.Deductions`; default: none).

    Examples
    --------
    >>> one = np.array([1])
    >>> Household(one > 0, one * 0, one * 2, one, one * 0, one * 0, one * 0, one).general
    array([1])
    """

    spouse: BoolArray
    spouse_income: IntArray
    dependents: IntArray
    specific: IntArray
    elderly: IntArray
    cohabiting: IntArray
    young: IntArray
    general: IntArray
    under_23: BoolArray = dataclasses.field(default_factory=lambda: np.asarray(False))
    declared: npt.NDArray[Any] = dataclasses.field(default_factory=none_declared)

    @functools.cached_property
    def uniform_key(self) -> tuple[int, ...] | None:
        """The household as whole numbers when it is one for the whole batch and declares
        nothing else (the key of its tax tables), else None.

        Examples
        --------
        >>> zero = np.asarray(0)
        >>> Household(np.asarray(True), zero, zero + 2, zero, zero, zero, zero, zero + 2).uniform_key
        (1, 0, 2, 0, 0, 0, 0, 2)
        """
        values = [getattr(self, name) for name in _UNIFORM_FIELDS]
        if any(np.ndim(v) for v in values) or declared(self.declared):
            return None
        return tuple(int(v) for v in values)

    def groups_of(self, size: int) -> tuple[tuple[Household, slice | IntArray], ...] | None:
        """:attr:`groups` where they split a batch of ``size`` people, else None.

        Examples
        --------
        >>> n = 2 * GROUP_ROWS
        >>> zero, two = np.zeros(n, np.int64), np.arange(n) % 2 * 2
        >>> house = Household(np.zeros(n, bool), zero, two, zero, zero, zero, zero, two)
        >>> house.groups_of(n) is house.groups, house.groups_of(n + 1)
        (True, None)
        """
        groups = self.groups
        if groups is None:
            return None
        people = sum(
            rows.stop - rows.start if isinstance(rows, slice) else rows.size for _, rows in groups
        )
        return groups if people == size else None

    @functools.cached_property
    def groups(self) -> tuple[tuple[Household, slice | IntArray], ...] | None:
        """A flat batch of several households without other declarations split by household,
        where they hold at least :data:`GROUP_ROWS` people each on average: each household
        (one for its rows: its :attr:`uniform_key` given) and the positions of its people (a
        slice where they are next to each other, people in order of their households); else
        None.

        Examples
        --------
        >>> n = 3 * GROUP_ROWS
        >>> zero, two = np.zeros(n, np.int64), np.arange(n) % 2 * 2
        >>> house = Household(np.zeros(n, bool), zero, two, zero, zero, zero, zero, two)
        >>> [(one.uniform_key, rows.size) for one, rows in house.groups]
        [((0, 0, 0, 0, 0, 0, 0, 0), 3072), ((0, 0, 2, 0, 0, 0, 0, 2), 3072)]
        >>> ordered = Household(np.zeros(n, bool), zero, np.sort(two), zero, zero, zero, zero, zero)
        >>> [rows for _, rows in ordered.groups]
        [slice(0, 3072, None), slice(3072, 6144, None)]
        """
        varying = [name for name in _UNIFORM_FIELDS if np.ndim(getattr(self, name))]
        if not varying or declared(self.declared):
            return None
        shapes = {np.shape(getattr(self, name)) for name in varying}
        if self.under_23.ndim:
            shapes.add(self.under_23.shape)
        (shape, *others) = shapes
        if others or len(shape) != 1:
            return None  # not one value a person on a flat batch (as the engine holds them)
        size = shape[0]
        code = np.zeros(size, np.int64)
        radix = 1
        for name in varying:
            values = np.asarray(getattr(self, name), dtype=np.int64)
            distinct, inverse = value_codes(values, _SMALL_CODE)
            radix *= distinct
            if radix > _MOST_CODES:
                return None  # more households than the groups could serve
            code = code * distinct + inverse
        households = np.count_nonzero(np.bincount(code))
        if households * GROUP_ROWS > size:
            return None
        # The people of each household next to each other (as the gross-up passes them) are
        # read as slices; else they are put in order of their households.
        bounds = np.flatnonzero(code[1:] != code[:-1]) + 1
        order = None
        if bounds.size + 1 > households:
            order = np.argsort(code.astype(np.uint16), kind="stable")  # 16 bits: a radix sort
            bounds = np.flatnonzero(np.diff(code[order])) + 1
        starts = [0, *bounds.tolist()]
        ends = [*bounds.tolist(), size]
        groups: list[tuple[Household, slice | IntArray]] = []
        for lo, hi in zip(starts, ends, strict=True):
            rows = slice(lo, hi) if order is None else order[lo:hi]
            at = lo if order is None else int(order[lo])
            fields = {
                name: np.asarray(
                    getattr(self, name)[at] if name in varying else getattr(self, name)
                )
                for name in _UNIFORM_FIELDS
            }
            under_23 = self.under_23 if self.under_23.ndim == 0 else self.under_23[rows]
            groups.append((Household(**fields, under_23=under_23), rows))
        return tuple(groups)


# Whole numbers below this code themselves in Household.groups (counts and flags).
_SMALL_CODE = 256
# Household codes in Household.groups stay below this (16 bits).
_MOST_CODES = 1 << 16
# Household.groups splits a batch whose households hold this many people each on average
# (each household costs a few calls of its own).
GROUP_ROWS = 2_048

_UNIFORM_FIELDS = (
    "spouse",
    "spouse_income",
    "dependents",
    "specific",
    "elderly",
    "cohabiting",
    "young",
    "general",
)


def household_inputs(
    amount_args: Mapping[str, object],
    *,
    spouse: object,
    spouse_income: object,
    dependents: object,
    specific_dependents: object,
    elderly_dependents: object,
    cohabiting_elderly_parents: object,
    young_dependents: object,
    dependent_under_23: object = None,
    deductions: object = None,
) -> tuple[Batch, Household]:
    """Validate the amount and household arguments of a tax function.

    Raises :class:`~expectgap.errors.InvalidInput` when the specific, elderly and cohabiting
    counts exceed ``dependents`` (they are subsets of it). ``dependent_under_23`` of None means
    "a young or a specific dependent is counted"; a bool (or array of bools) is taken as given.

    Examples
    --------
    >>> batch, house = household_inputs({"pay": 1}, spouse=True, spouse_income=0, dependents=2,
    ...     specific_dependents=1, elderly_dependents=0, cohabiting_elderly_parents=0,
    ...     young_dependents=1)
    >>> int(house.general), int(house.young), bool(house.under_23)
    (1, 1, True)
    """
    flags = {"spouse": spouse}
    if dependent_under_23 is not None:
        flags["dependent_under_23"] = dependent_under_23
    batch = prepare(
        {**amount_args, "spouse_income": spouse_income},
        counts={
            "dependents": dependents,
            "specific_dependents": specific_dependents,
            "elderly_dependents": elderly_dependents,
            "cohabiting_elderly_parents": cohabiting_elderly_parents,
            "young_dependents": young_dependents,
        },
        flags=flags,
    )
    house = household(
        spouse=batch.flag("spouse"),
        spouse_income=batch.amount("spouse_income"),
        dependents=batch.count("dependents"),
        specific=batch.count("specific_dependents"),
        elderly=batch.count("elderly_dependents"),
        cohabiting=batch.count("cohabiting_elderly_parents"),
        young=batch.count("young_dependents"),
        under_23=None if dependent_under_23 is None else batch.flag("dependent_under_23"),
        shown=dependents,
    )
    if deductions is not None:
        house = with_deductions(house, deductions, batch.broadcast_shape)
    return batch, house


def with_deductions(
    house: Household, deductions: object, shape: tuple[int, ...] | None
) -> Household:
    """``house`` with the declarations of ``deductions`` (a Deductions), checked to broadcast
    to ``shape`` (the shape of the other inputs) without enlarging it (None: not checked here).

    Examples
    --------
    >>> zero = np.asarray(0)
    >>> h = household(spouse=np.asarray(False), spouse_income=zero, dependents=zero,
    ...               specific=zero, elderly=zero, cohabiting=zero, young=zero,
    ...               under_23=None, shown=0)
    >>> int(with_deductions(h, Deductions(mutual_aid=276_000), ()).declared["mutual_aid"])
    276000
    """
    if not isinstance(deductions, Deductions):
        raise InvalidInput("deductions", deductions, "a Deductions (or None)")
    record = deductions.record
    try:
        fits = shape is None or np.broadcast_shapes(record.shape, shape) == shape
    except ValueError:
        fits = False
    if not fits:
        raise InvalidInput(
            "deductions", record.shape, f"a shape that broadcasts to the amounts' shape {shape}"
        )
    return dataclasses.replace(house, declared=record)


def household(
    *,
    spouse: BoolArray,
    spouse_income: IntArray,
    dependents: IntArray,
    specific: IntArray,
    elderly: IntArray,
    cohabiting: IntArray,
    young: IntArray,
    under_23: BoolArray | None,
    shown: object,
) -> Household:
    """A :class:`Household` from already validated arrays (whole counts, whole yen, booleans).

    Derives the general dependents and, for ``under_23=None``, the adjustment deduction's
    condition (a young or a specific dependent is counted); raises
    :class:`~expectgap.errors.InvalidInput` naming ``dependents`` (``shown`` is the caller's
    value, used for a scalar) when the subset counts exceed it.

    Examples
    --------
    >>> zero = np.asarray(0)
    >>> h = household(spouse=np.asarray(False), spouse_income=zero, dependents=np.asarray(2),
    ...               specific=np.asarray(1), elderly=zero, cohabiting=zero, young=zero,
    ...               under_23=None, shown=2)
    >>> int(h.general), bool(h.under_23)
    (1, True)
    """
    general = dependents - specific - elderly - cohabiting
    bad = general < 0
    if bad.any():
        text = bad_positions_text(bad, dependents) if bad.ndim else shown
        raise InvalidInput(
            "dependents",
            text,
            "at least specific_dependents + elderly_dependents + cohabiting_elderly_parents "
            "(those are counted within dependents)",
        )
    return Household(
        spouse=spouse,
        spouse_income=spouse_income,
        dependents=dependents,
        specific=specific,
        elderly=elderly,
        cohabiting=cohabiting,
        young=young,
        general=general,
        under_23=(young + specific) > 0 if under_23 is None else under_23,
    )


def _household_deductions(
    income: IntArray, house: Household, year: int
) -> tuple[IntArray, BoolArray]:
    """The deductions besides social insurance (basic, dependants, declarations, spouse) of
    a total income, and whether the spouse is within the spouse income limit."""
    t = _tax_tables(year)
    deductions = (
        band_lookup(t.basic_upper, income, t.basic_amount)
        + house.general * t.general
        + house.specific * t.specific
        + house.elderly * t.elderly
        + house.cohabiting * t.cohabiting_parent
    )
    extra = house.declared
    if declared(extra):
        deductions = deductions + income_tax_deductions_yen(extra, income, year)
    within = house.spouse & (house.spouse_income <= t.spouse_limit)
    if any_true(house.spouse):
        tier = band_index(t.taxpayer_upper, income, inclusive=True)
        deductions = deductions + np.where(within, t.spouse_amount[tier], 0)[()]
        beyond = house.spouse & ~within
        if any_true(beyond):
            row = band_index(t.special_upper, house.spouse_income, inclusive=True)
            deductions = deductions + np.where(beyond, t.special_amount[row, tier], 0)[()]
    return deductions, within


@dataclass(frozen=True)
class _Assessment:
    total_income: IntArray
    taxable: IntArray
    tax: IntArray  # after the housing-loan credit
    same_household_spouse: BoolArray
    unused_housing_credit: IntArray


def income_tax_assessment(
    salary: IntArray,
    social: IntArray,
    house: Household,
    year: int,
    income: IntArray | None = None,
) -> _Assessment:
    """The year-end adjustment's totals before the 2024 cut and the surtax (no validation).

    Examples
    --------
    >>> zero = np.asarray(0)
    >>> h = household(spouse=np.asarray(False), spouse_income=zero, dependents=zero,
    ...               specific=zero, elderly=zero, cohabiting=zero, young=zero,
    ...               under_23=None, shown=0)
    >>> int(income_tax_assessment(np.int64(5_000_000), np.int64(750_000), h, 2025).taxable)
    2130000
    """
    t = _tax_tables(year)
    if income is None:
        income = total_income_yen(salary, house.under_23, year)
    personal, within = _household_deductions(income, house, year)
    deductions = social + personal
    taxable = floor_to(np.maximum(income - deductions, 0), t.taxable_unit)
    tax = _bracket_tax(taxable, t)
    unused = np.zeros((), dtype=np.int64)
    extra = house.declared
    if declared(extra):
        credit = housing_credit_yen(extra, tax)
        tax = tax - credit
        unused = extra["housing_loan_credit"] - credit
    return _Assessment(income, taxable, tax, within, unused)


def employment_income(salary: object, *, year: int) -> Any:
    """Employment income (給与所得控除後の給与等の金額) of an annual salary.

    Below 6,600,000 yen the statutory table 5 (所得税法別表第五) is reproduced exactly; above it
    the formula applies (rounded down to one yen). 2026 includes the 740,000-yen special minimum.

    Parameters
    ----------
    salary : scalar, sequence, numpy array or pandas Series
        Annual salary (給与等の収入金額) in yen.
    year : int
        Calendar year of the salary, one of :data:`EMPLOYMENT_INCOME_YEARS`.

    Returns
    -------
    int, numpy.ndarray or pandas.Series
        Employment income in yen, same shape as ``salary``.

    Raises
    ------
    UnsupportedRule
        For a year outside :data:`EMPLOYMENT_INCOME_YEARS`.
    InvalidInput
        For negative, NaN or infinite salaries.

    Examples
    --------
    >>> employment_income(3_000_000, year=2025)  # A = 750,000; 750,000 x 2.8 - 80,000
    2020000
    >>> employment_income([1_600_000, 1_780_000], year=2026).tolist()
    [860000, 1040000]
    """
    checked = check_year(year, EMPLOYMENT_INCOME_YEARS)
    batch = prepare({"salary": salary}, counts={}, flags={})
    return batch.wrap(employment_income_yen(batch.amount("salary"), checked))


def taxable_income(
    annual_salary: object,
    *,
    social_insurance: object,
    year: int,
    dependents: object = 0,
    spouse: object = False,
    specific_dependents: object = 0,
    spouse_income: object = 0,
    elderly_dependents: object = 0,
    cohabiting_elderly_parents: object = 0,
    young_dependents: object = 0,
    dependent_under_23: object = None,
    deductions: Deductions | None = None,
) -> Any:
    """Taxable income (課税給与所得金額) of the year-end adjustment, rounded down to 1,000 yen.

    Parameters are those of :func:`income_tax`.

    Returns
    -------
    int, numpy.ndarray or pandas.Series
        Taxable income in yen.

    Examples
    --------
    >>> taxable_income(5_000_000, social_insurance=750_000, year=2025)
    2130000
    """
    checked = check_year(year, SUPPORTED_YEARS)
    batch, house = household_inputs(
        {"annual_salary": annual_salary, "social_insurance": social_insurance},
        spouse=spouse,
        spouse_income=spouse_income,
        dependents=dependents,
        specific_dependents=specific_dependents,
        elderly_dependents=elderly_dependents,
        cohabiting_elderly_parents=cohabiting_elderly_parents,
        young_dependents=young_dependents,
        dependent_under_23=dependent_under_23,
        deductions=deductions,
    )
    result = income_tax_assessment(
        batch.amount("annual_salary"), batch.amount("social_insurance"), house, checked
    )
    return batch.wrap(result.taxable)


def income_tax(
    annual_salary: object,
    *,
    social_insurance: object,
    year: int,
    dependents: object = 0,
    spouse: object = False,
    specific_dependents: object = 0,
    spouse_income: object = 0,
    elderly_dependents: object = 0,
    cohabiting_elderly_parents: object = 0,
    young_dependents: object = 0,
    dependent_under_23: object = None,
    deductions: Deductions | None = None,
) -> Any:
    """Annual income tax with the reconstruction surtax, as settled by the year-end adjustment.

    Parameters
    ----------
    annual_salary : scalar, sequence, numpy array or pandas Series
        Salary and bonuses paid in the calendar year, in yen (the only income).
    social_insurance : scalar, sequence, numpy array or pandas Series
        Employee social insurance premiums deducted in the year (annual yen), deducted in full.
    year : int
        Calendar year, one of :data:`SUPPORTED_YEARS` (2024, 2025, 2026).
    dependents : int or array of int, default 0
        Number of 控除対象扶養親族 (dependents aged 16 or over with income within the limit),
        including the specific and elderly ones below.
    spouse : bool or array of bool, default False
        Whether the taxpayer has a spouse; with ``spouse_income`` at most the year's limit
        (480,000 / 580,000 / 620,000 yen in 2024 / 2025 / 2026) the spouse deduction applies,
        above it up to 1,330,000 yen the spouse special deduction.
    specific_dependents : int or array of int, default 0
        How many of ``dependents`` are 特定扶養親族 (aged 19 to 22): 630,000 yen instead of
        380,000.
    spouse_income : scalar or array, default 0
        The spouse's total income (合計所得金額) in yen.
    elderly_dependents, cohabiting_elderly_parents : int or array of int, default 0
        How many of ``dependents`` are 老人扶養親族 aged 70 or over (480,000 yen), and of those
        lineal ascendants living with the taxpayer (同居老親等, 580,000 yen); disjoint counts.
    young_dependents : int or array of int, default 0
        Dependents under 16 (not in ``dependents``): no deduction, but each adds 30,000 yen to
        the 2024 fixed-amount cut.
    dependent_under_23 : bool, array of bool or None, default None
        Whether the income amount adjustment deduction (所得金額調整控除) applies to a salary
        above 8,500,000 yen: the taxpayer has a dependent (扶養親族) under 23, or is, or has a
        同一生計配偶者 or dependent who is, a 特別障害者. None means "auto": True when
        ``young_dependents + specific_dependents > 0``. General dependents aged 16 to 18 and
        the disability conditions cannot be told from the counts: pass True for them.
    deductions : Deductions, optional
        Disability, widow, single-parent, working-student and specific-relative deductions,
        life and earthquake insurance premiums, 小規模企業共済等掛金 (iDeCo) and the
        housing-loan credit (:class:`~expectgap.payroll.jp.deductions.Deductions`).

    Returns
    -------
    int, numpy.ndarray or pandas.Series
        The annual tax (年調年税額) in yen: income tax less the housing-loan credit and the
        2024 cut, x 102.1%, rounded down to 100 yen.

    Raises
    ------
    UnsupportedRule
        For a year outside 2024-2026.
    InvalidInput
        For negative, NaN or infinite amounts, non-integer or negative counts, non-boolean
        ``spouse``, or subset counts larger than ``dependents``.

    Examples
    --------
    Salary 5,000,000 and social insurance 750,000, single (employment income 3,560,000):

    >>> income_tax(5_000_000, social_insurance=750_000, year=2025)  # taxable 2,130,000
    117900
    >>> income_tax(5_000_000, social_insurance=750_000, year=2026)  # basic deduction 1,040,000
    90300
    >>> income_tax(5_000_000, social_insurance=750_000, year=2024)  # 30,000 fixed cut
    107700
    >>> income_tax([1_600_000, 1_610_000], social_insurance=0, year=2025).tolist()
    [0, 500]

    Salary 10,000,000 with a child under 16: employment income 8,050,000 less the adjustment
    deduction 150,000 = 7,900,000; taxable 7,900,000 - 1,400,000 - 580,000 = 5,920,000:

    >>> income_tax(10_000_000, social_insurance=1_400_000, year=2025, young_dependents=1)
    772300

    With iDeCo contributions of 276,000 a year and a housing-loan credit of 100,000 (2026):
    taxable 3,560,000 - 750,000 - 1,040,000 - 276,000 = 1,494,000 -> 5% = 74,700, all of it
    taken by the credit:

    >>> from expectgap.payroll.jp.deductions import Deductions
    >>> income_tax(5_000_000, social_insurance=750_000, year=2026,
    ...            deductions=Deductions(mutual_aid=276_000, housing_loan_credit=100_000))
    0
    """
    checked = check_year(year, SUPPORTED_YEARS)
    batch, house = household_inputs(
        {"annual_salary": annual_salary, "social_insurance": social_insurance},
        spouse=spouse,
        spouse_income=spouse_income,
        dependents=dependents,
        specific_dependents=specific_dependents,
        elderly_dependents=elderly_dependents,
        cohabiting_elderly_parents=cohabiting_elderly_parents,
        young_dependents=young_dependents,
        dependent_under_23=dependent_under_23,
        deductions=deductions,
    )
    return batch.wrap(
        annual_tax_yen(
            batch.amount("annual_salary"), batch.amount("social_insurance"), house, checked
        )
    )


def annual_tax_yen(
    salary: IntArray,
    social: IntArray,
    house: Household,
    year: int,
    income: IntArray | None = None,
) -> IntArray:
    """The year-end adjustment's annual tax of whole-yen amounts (no validation).

    The kernel of :func:`income_tax`: ``year`` must be one of :data:`SUPPORTED_YEARS`;
    ``income`` is the total income of ``salary``, when the caller has it. A batch of one
    household without other declarations reads the tax off a table of every taxable income
    (:func:`_tax_table`) where it holds, and computes it elsewhere; a batch of a few such
    households (:meth:`Household.groups_of`) reads each household's table on its people.

    Examples
    --------
    >>> zero = np.asarray(0)
    >>> house = household(spouse=np.asarray(False), spouse_income=zero, dependents=zero,
    ...                   specific=zero, elderly=zero, cohabiting=zero, young=zero,
    ...                   under_23=None, shown=0)
    >>> annual_tax_yen(np.array([5_000_000]), np.array([750_000]), house, 2025)
    array([117900])
    """
    if income is None:
        income = total_income_yen(salary, house.under_23, year)
    if income.ndim == 1 and income.size >= _SEARCH_BELOW:
        table = _uniform_tax_table(house, year, income.size)
        same = all(a.ndim == 0 or a.shape == income.shape for a in (salary, social))
        if table is not None and same:
            return _tax_from_table(table, salary, social, house, year, income)
        if same and house.groups_of(income.size) is not None:
            (tax,) = by_household(
                house,
                (salary, social, income),
                lambda one, s, c, i: (annual_tax_yen(s, c, one, year, i),),
            )
            return tax
    return _tax_of_income(salary, social, house, year, income)


def by_household(
    house: Household,
    arrays: tuple[IntArray, IntArray, IntArray],
    compute: Callable[[Household, IntArray, IntArray, IntArray], tuple[IntArray, ...]],
) -> tuple[IntArray, ...]:
    """``compute(household, salary, social, income)`` of each household of
    :attr:`Household.groups` on its people (so that each reads its own tables), put
    together in the batch's order.

    Examples
    --------
    >>> n = 2 * GROUP_ROWS
    >>> zero, two = np.zeros(n, np.int64), np.arange(n) % 2 * 2
    >>> house = Household(np.zeros(n, bool), zero, two, zero, zero, zero, zero, two)
    >>> salary = np.full(n, 5_000_000)
    >>> income = total_income_yen(salary, np.asarray(False), 2026)
    >>> (tax,) = by_household(house, (salary, salary // 6, income),
    ...                       lambda one, *arrays: (annual_tax_yen(*arrays[:2], one, 2026),))
    >>> tax[:2].tolist() == [annual_tax_yen(salary[k], salary[k] // 6, house.groups[k][0], 2026)
    ...                      for k in (0, 1)]
    True
    """
    assert house.groups is not None
    size = arrays[2].size
    out: list[IntArray] = []
    for one, rows in house.groups:
        parts = compute(one, *(a if a.ndim == 0 else a[rows] for a in arrays))
        if not out:
            out = [np.empty(size, np.int64) for _ in parts]
        for values, part in zip(out, parts, strict=True):
            values[rows] = part
    return tuple(out)


def _tax_of_income(
    salary: IntArray, social: IntArray, house: Household, year: int, income: IntArray
) -> IntArray:
    """:func:`annual_tax_yen`, computed."""
    t = _tax_tables(year)
    result = income_tax_assessment(salary, social, house, year, income)
    return _settled(result.tax, result.total_income, result.same_household_spouse, house, t)


def _bracket_tax(taxable: IntArray, t: _TaxTables) -> IntArray:
    """The quick-calculation table's tax on a taxable income."""
    band = band_index(t.rate_upper, taxable, inclusive=True)
    tax: IntArray = np.maximum(
        taxable * t.rate_percent[band] // _PERCENT - t.rate_deduction[band], 0
    )
    return tax


def _settled(
    tax: IntArray, income: IntArray, within: BoolArray, house: Household, t: _TaxTables
) -> IntArray:
    """The annual tax from the tax after credits: the 2024 fixed-amount cut, the surtax, the
    rounding down to the annual unit."""
    if t.cut_per_person:
        persons = 1 + within + house.dependents + house.young
        eligible = income <= t.cut_income_limit
        tax = tax - np.minimum(persons * t.cut_per_person, tax) * eligible
    with_surtax = tax * (_PER_MILLE + t.surtax_per_mille) // _PER_MILLE
    return floor_to(with_surtax, t.annual_unit)


@dataclass(frozen=True)
class _TaxTable:
    """The annual tax of one household at every taxable income, for total incomes up to
    ``high`` (see :func:`_tax_table`): ``tax[k]`` at a taxable income of ``k`` units, after
    the deductions besides social insurance and the basic deduction (``deductions``)."""

    high: int
    deductions: int
    unit: int
    top: int
    tax: IntArray


def _uniform_tax_table(house: Household, year: int, size: int) -> _TaxTable | None:
    """The tax table of a household that is one for the whole batch of ``size`` (else
    None)."""
    key = house.uniform_key
    return None if key is None else _TAX_TABLES.get((year, *key), size=size)


def _tax_table(key: tuple[int, ...]) -> _TaxTable | None:
    """The annual tax of a household without other declarations as a table of the taxable
    income.

    Up to a total income ``high`` every test of the computation on the income but the basic
    deduction's tier gives one answer: the spouse deduction's first taxpayer tier (with a
    spouse), the 2024 cut's income limit (where a cut is given); ``high`` also keeps the
    taxable income within the quick-calculation table's bounds. There the tax depends on
    the taxable income alone (the basic deduction is looked up per person): it is computed
    once for each whole number of units and read per person.
    """
    year, *household = key
    t = _tax_tables(year)
    fields = dict(zip(_UNIFORM_FIELDS, household, strict=True))
    house = Household(
        **{k: np.asarray(v, dtype=bool if k == "spouse" else np.int64) for k, v in fields.items()}
    )
    unit = int(t.taxable_unit)
    top = int(t.rate_upper[-1]) // unit + 1
    high = top * unit
    if house.spouse:
        high = min(high, int(t.taxpayer_upper[0]))
    if t.cut_per_person:
        high = min(high, int(t.cut_income_limit))
    income = np.asarray(high, dtype=np.int64)
    personal, within = _household_deductions(income, house, year)
    deductions = int(personal - band_lookup(t.basic_upper, income, t.basic_amount))
    taxable = np.arange(top + 1, dtype=np.int64) * unit
    tax = _settled(_bracket_tax(taxable, t), income, within, house, t)
    tax.setflags(write=False)
    return _TaxTable(high, deductions, unit, top, tax)


_TAX_TABLES: TableCache[tuple[int, ...], _TaxTable] = TableCache(_tax_table, limit=256)


def _tax_from_table(
    table: _TaxTable,
    salary: IntArray,
    social: IntArray,
    house: Household,
    year: int,
    income: IntArray,
) -> IntArray:
    """:func:`annual_tax_yen` read from ``table`` for incomes up to its ``high``, computed
    above it."""
    t = _tax_tables(year)
    step = income - social
    step -= band_lookup(t.basic_upper, income, t.basic_amount)
    step -= table.deductions
    np.maximum(step, 0, out=step)
    step //= table.unit
    np.minimum(step, table.top, out=step)
    tax: IntArray = gather(table.tax, step)
    above = income > table.high
    if any_true(above):
        rows = np.flatnonzero(above)

        def pick(a: IntArray) -> IntArray:
            return a if a.ndim == 0 else a[rows]

        tax[rows] = _tax_of_income(pick(salary), pick(social), house, year, income[rows])
    return tax
