"""Income tax withheld from monthly pay and from bonuses (源泉徴収, columns 甲 and 乙).

By default monthly pay uses the NTA's computer-calculation method for the monthly table, column 甲
(月額表の甲欄を適用する給与等に対する税額の電算機計算の特例): with A the month's pay after social
insurance,

    B = A - employment deduction(A) - 31,667 x dependants - basic deduction(A)

(the employment deduction rounded up to one yen) and the tax is f(B) from the rate table with
the 102.1% surtax built in, rounded to the nearest 10 yen. 2024 and 2025 use the 令和3年分以降
tables (denshi_10), 2026 the 令和8年分 tables (denshi_01, minimum employment deduction 54,167 and
basic deduction 48,334). The printed monthly table (月額表) charges one amount for each pay band,
so the two methods differ within a band: at the bands' midpoints by at most 100 yen over the
whole 2026 table, but at arbitrary pay by up to 320 yen in 2026 (739,999 yen, 1 dependant),
and by more than 100 yen for 16.6% of the whole-yen pay/dependant pairs below 740,000 yen
(measured on every whole-yen pay in ``tests/payroll/jp/test_withholding.py``); both are
lawful. Just below the table's
first taxed row (88,000 yen through 2025, 105,000 yen in 2026) the printed table shows 0 while
the formula gives up to about 130 yen. Above 740,000 yen the printed table switches to its own
formulas, whose per-dependant reduction is fixed, so with dependants the two methods drift
apart there (thousands of yen a month at 1M); the year-end adjustment settles either way.

Bonuses use the rate table (賞与に対する源泉徴収税額の算出率の表): the rate is read off the
previous month's pay after social insurance and the number of dependants, and the tax is
bonus after social insurance x rate, rounded down to one yen (computed in integers). When no
regular pay was paid in the previous month (or it did not exceed its social insurance) or the
bonus exceeds 10 times that pay, the monthly-table method applies instead: the bonus is divided
by 6 (12 if the bonus calculation period exceeds 6 months), the previous month's pay is added,
the monthly tax of that sum less the monthly tax of the previous month's pay is multiplied by
6 (12) (所得税法 第186条第2項, NTA No.2523). The NTA reads that monthly tax off the printed
monthly table, and so does this module: the 令和2年分 table (applied unchanged through 令和7年分)
for 2024 and 2025, the 令和8年分 table for 2026 (:func:`table_years`); No.2523's examples
(90,120 and 3,180 yen) are reproduced.

The printed table is also available for monthly pay with ``method="table"``. Column 乙 (pay
from an employer that does not hold the dependants' declaration, e.g. a second job) is read off
the printed table (``column="otsu"``; monthly 2024-2026, bonuses 2026 only: the 令和2年分 bonus
column 乙 is not held).

The 2024 fixed-amount cut (月次減税 from June 2024) is not applied here: it is settled at the
year-end adjustment (:func:`~expectgap.payroll.jp.income_tax.income_tax`).

``dependents`` is the 扶養親族等の数 of the dependants' declaration: 源泉控除対象配偶者 plus
控除対象扶養親族 (under-16s not counted), plus one for each disability / widow / single-parent /
working-student item.

Examples
--------
>>> withholding(175_000, dependents=2, year=2026)  # NTA denshi_01.pdf worked example 1
210
>>> bonus_withholding(500_000, previous_month_pay_after_social_insurance=300_000, year=2026)
30630
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

import numpy as np

from expectgap.errors import InvalidInput
from expectgap.payroll._params import ParameterSet, ParamFileError, load
from expectgap.payroll.jp.income_tax import (
    PARAMS,
    SUPPORTED_YEARS,
    IntArray,
    band_index,
    check_year,
    prepare,
)

__all__ = [
    "bonus_tax_yen",
    "bonus_withholding",
    "monthly_tax_yen",
    "otsu_bonus_tax_yen",
    "otsu_tax_yen",
    "table_tax_yen",
    "table_years",
    "withholding",
]

_PERCENT = 100
_RATE_SCALE = 100_000
_THOUSAND_YEN = 1_000
_MONTHS_IN_YEAR = 12
_TABLE_TOPIC = "withholding_table"
_METHODS = ("computer", "table")
_COLUMNS = {"kou": "kou", "甲": "kou", "otsu": "otsu", "乙": "otsu"}


def _params() -> ParameterSet:
    return load(PARAMS, "withholding")


def _column(value: object) -> str:
    column = _COLUMNS.get(value) if isinstance(value, str) else None
    if column is None:
        raise InvalidInput("column", value, "'kou' (甲, the main employer) or 'otsu' (乙)")
    return column


@dataclass(frozen=True)
class _MonthlyTables:
    employment_breaks: IntArray
    employment_percent: IntArray
    employment_add: IntArray
    dependant: int
    basic_breaks: IntArray
    basic_amount: IntArray
    tax_upper: IntArray
    tax_rate: IntArray
    tax_subtract: IntArray
    rounding: int


@functools.cache
def _monthly_tables(year: int) -> _MonthlyTables:
    p = _params()
    when = date(year, 1, 1)
    employment = p["employment_deduction"].at(when)
    basic = p["basic_deduction"].at(when)
    tax = p["tax_table"].at(when)
    return _MonthlyTables(
        employment_breaks=np.asarray(employment["breaks"], dtype=np.int64),
        employment_percent=np.asarray(employment["rate_percent"], dtype=np.int64),
        employment_add=np.asarray(employment["add"], dtype=np.int64),
        dependant=int(p["dependant_deduction"].at(when)),
        basic_breaks=np.asarray(basic["breaks"], dtype=np.int64),
        basic_amount=np.asarray(basic["amount"], dtype=np.int64),
        tax_upper=np.asarray(tax["upper"], dtype=np.int64),
        tax_rate=np.asarray(tax["rate_per_100000"], dtype=np.int64),
        tax_subtract=np.asarray(tax["subtract"], dtype=np.int64),
        rounding=int(p["rounding_unit"].at(when)),
    )


@dataclass(frozen=True)
class _PrintedTable:
    lower: IntArray
    tax: IntArray  # (columns, rows)
    formula_lower: IntArray
    formula_rate: IntArray
    formula_base: IntArray  # (columns, segments)
    beyond_last_column: int
    otsu: IntArray  # (rows,)
    otsu_below_rate: int
    otsu_formula_lower: IntArray
    otsu_formula_base: IntArray
    otsu_formula_rate: IntArray


@functools.cache
def table_years() -> tuple[int, ...]:
    """Years whose printed monthly table (月額表, columns 甲 and 乙) is held as parameters.

    The 令和2年分 table serves 2024 and 2025 (it was applied unchanged through 令和7年分), the
    令和8年分 table 2026.

    Examples
    --------
    >>> table_years()
    (2024, 2025, 2026)
    """
    first = load(PARAMS, _TABLE_TOPIC)["rows"].entries[0].effective
    return tuple(year for year in SUPPORTED_YEARS if date(year, 1, 1) >= first)


def _ints(values: object) -> IntArray:
    return np.asarray(values, dtype=np.int64)


@functools.cache
def _printed_table(year: int) -> _PrintedTable:
    p = load(PARAMS, _TABLE_TOPIC)
    when = date(year, 1, 1)
    rows = p["rows"].at(when)
    formulas = p["over_table"].at(when)
    otsu_formulas = p["otsu_over_table"].at(when)
    lower = _ints(rows["lower"])
    upper = _ints(rows["upper"])
    tax = _ints(rows["tax_by_dependents"])
    otsu = _ints(rows["otsu"])
    formula_lower = _ints(formulas["lower"])
    formula_base = _ints(formulas["base_by_dependents"])
    otsu_lower = _ints(otsu_formulas["lower"])
    contiguous = (upper[:-1] == lower[1:]).all() and upper[-1] == formula_lower[0]
    if (
        not contiguous
        or tax.shape != (formula_base.shape[0], lower.shape[0])
        or otsu.shape != lower.shape
        or otsu_lower[0] != formula_lower[0]
    ):
        raise ParamFileError(f"{_TABLE_TOPIC} ({year}): rows not contiguous or columns mismatched")
    return _PrintedTable(
        lower=lower,
        tax=tax,
        formula_lower=formula_lower,
        formula_rate=_ints(formulas["rate_per_100000"]),
        formula_base=formula_base,
        beyond_last_column=int(p["beyond_last_column"].at(when)),
        otsu=otsu,
        otsu_below_rate=int(p["otsu_below_table"].at(when)),
        otsu_formula_lower=otsu_lower,
        otsu_formula_base=_ints(otsu_formulas["base"]),
        otsu_formula_rate=_ints(otsu_formulas["rate_per_100000"]),
    )


@dataclass(frozen=True)
class _BonusTables:
    rates: IntArray
    lower_bounds: IntArray
    multiple: int
    short_period_months: int
    short_divisor: int
    long_divisor: int


@functools.cache
def _bonus_tables(year: int) -> _BonusTables:
    p = _params()
    when = date(year, 1, 1)
    table = p["bonus_rate_table"].at(when)
    exception = p["bonus_exception"].at(when)
    return _BonusTables(
        rates=np.asarray(table["rates"], dtype=np.int64),
        lower_bounds=np.asarray(table["lower_bounds"], dtype=np.int64) * _THOUSAND_YEN,
        multiple=int(exception["multiple"]),
        short_period_months=int(exception["short_period_months"]),
        short_divisor=int(exception["short_divisor"]),
        long_divisor=int(exception["long_divisor"]),
    )


@dataclass(frozen=True)
class _OtsuBonusTable:
    rates: IntArray
    lower_bounds: IntArray


@functools.cache
def otsu_bonus_years() -> tuple[int, ...]:
    """Years whose bonus rate table column 乙 is held (令和8年分 only: 2026).

    Examples
    --------
    >>> otsu_bonus_years()
    (2026,)
    """
    first = _params()["bonus_rate_table_otsu"].entries[0].effective
    return tuple(year for year in SUPPORTED_YEARS if date(year, 1, 1) >= first)


@functools.cache
def _otsu_bonus_table(year: int) -> _OtsuBonusTable:
    table = _params()["bonus_rate_table_otsu"].at(date(year, 1, 1))
    return _OtsuBonusTable(
        rates=_ints(table["rates"]),
        lower_bounds=_ints(table["lower_bounds"]) * _THOUSAND_YEN,
    )


def monthly_tax_yen(pay: IntArray, dependents: IntArray, year: int) -> IntArray:
    """Computer-method monthly tax (column 甲) of whole-yen pay after social insurance.

    Examples
    --------
    >>> monthly_tax_yen(np.array([446_000, 775_200]), np.array([8, 3]), 2026)
    array([  940, 59470])
    """
    t = _monthly_tables(year)
    band = band_index(t.employment_breaks, pay, inclusive=False)
    scaled = pay * t.employment_percent[band] + t.employment_add[band] * _PERCENT
    employment = -(-scaled // _PERCENT)
    basic = t.basic_amount[band_index(t.basic_breaks, pay, inclusive=False)]
    taxable = pay - employment - t.dependant * dependents - basic
    row = band_index(t.tax_upper, taxable, inclusive=True)
    scaled_tax = taxable * t.tax_rate[row] - t.tax_subtract[row] * _RATE_SCALE
    step = t.rounding * _RATE_SCALE
    rounded = (scaled_tax + step // 2) // step * t.rounding
    return np.asarray(np.where(taxable > 0, np.maximum(rounded, 0), 0), dtype=np.int64)


def table_tax_yen(pay: IntArray, dependents: IntArray, year: int) -> IntArray:
    """Monthly tax (column 甲) of whole-yen pay read off the printed monthly table (月額表).

    The year must be one of :func:`table_years` (no validation). Below the first row the tax is
    0; from the table's end upwards the printed formulas apply (rounded down to one yen); more
    dependants than the last column take that column less a fixed amount per extra dependant,
    not below 0.

    Examples
    --------
    NTA 令和8年分 月額表: 446,000-449,000 yen, 7 dependants 2,620, so 8 dependants 2,620 -
    1,610 = 1,010; 775,200 yen with 3 dependants: 52,290 + 35,200 x 20.42% = 59,477.84:

    >>> table_tax_yen(np.array([446_000, 775_200]), np.array([8, 3]), 2026)
    array([ 1010, 59477])
    """
    t = _printed_table(year)
    pay, dependents = np.broadcast_arrays(pay, dependents)
    last = t.tax.shape[0] - 1
    column = np.minimum(dependents, last)
    row = np.clip(np.searchsorted(t.lower, pay, side="right") - 1, 0, None)
    from_table = t.tax[column, row]
    segment = np.clip(np.searchsorted(t.formula_lower, pay, side="right") - 1, 0, None)
    excess = (pay - t.formula_lower[segment]) * t.formula_rate[segment] // _RATE_SCALE
    from_formula = t.formula_base[column, segment] + excess
    tax = np.where(pay < t.formula_lower[0], from_table, from_formula)
    tax = np.where(pay < t.lower[0], 0, tax)
    reduced = tax - t.beyond_last_column * np.maximum(dependents - last, 0)
    return np.asarray(np.maximum(reduced, 0), dtype=np.int64)


def otsu_tax_yen(pay: IntArray, year: int) -> IntArray:
    """Monthly tax in column 乙 (pay from a second employer) read off the printed table.

    Dependants do not reduce column 乙 in this module (the table's 乙 column applies to pay
    from an employer that does not hold the dependants' declaration; the deduction for
    dependants declared there, 従たる給与についての扶養控除等申告書, is not modelled). Below the
    first row the printed rate applies and from the table's end the printed formulas, both
    rounded down to one yen.

    Examples
    --------
    NTA 令和8年分 月額表 乙: 300,000 yen (row 299,000-302,000) 53,600 yen; 80,000 yen is below
    the first row: 80,000 x 3.063% = 2,450.4 -> 2,450; 800,000: 259,200 + 60,000 x 40.84% =
    283,704:

    >>> otsu_tax_yen(np.array([300_000, 80_000, 800_000]), 2026)
    array([ 53600,   2450, 283704])
    """
    t = _printed_table(year)
    row = np.clip(np.searchsorted(t.lower, pay, side="right") - 1, 0, None)
    segment = np.clip(np.searchsorted(t.otsu_formula_lower, pay, side="right") - 1, 0, None)
    excess = (pay - t.otsu_formula_lower[segment]) * t.otsu_formula_rate[segment] // _RATE_SCALE
    tax = np.where(
        pay < t.otsu_formula_lower[0], t.otsu[row], t.otsu_formula_base[segment] + excess
    )
    tax = np.where(pay < t.lower[0], pay * t.otsu_below_rate // _RATE_SCALE, tax)
    return np.asarray(np.maximum(tax, 0), dtype=np.int64)


def withholding(
    pay_after_social_insurance: object,
    *,
    dependents: object = 0,
    year: int,
    method: Literal["computer", "table"] = "computer",
    column: str = "kou",
) -> Any:
    """Monthly income tax withheld, column 甲 or 乙, by the computer method or the printed table.

    Parameters
    ----------
    pay_after_social_insurance : scalar, sequence, numpy array or pandas Series
        Taxable pay of the month less the employee's social insurance (社会保険料等控除後の
        給与等の金額), in yen.
    dependents : int or array of int, default 0
        扶養親族等の数 (源泉控除対象配偶者 + 控除対象扶養親族 + additions), any number.
    year : int
        Calendar year of payment, one of 2024, 2025, 2026.
    method : {"computer", "table"}, default "computer"
        ``"computer"``: the NTA's computer-calculation method (電算機計算の特例), rounded to 10
        yen. ``"table"``: the printed monthly table (月額表) and, from its end (740,000 yen),
        its printed formulas (rounded down to one yen): the 令和2年分 table for 2024 and 2025,
        the 令和8年分 table for 2026 (:func:`table_years`).
    column : {"kou", "otsu"}, default "kou"
        ``"kou"`` (甲): pay from the employer holding the dependants' declaration
        (扶養控除等申告書). ``"otsu"`` (乙): pay from any other employer (a second job); always
        read off the printed table (the computer method covers column 甲 only), and
        ``dependents`` does not apply.

    Returns
    -------
    int, numpy.ndarray or pandas.Series
        Tax withheld in yen (surtax included).

    Raises
    ------
    UnsupportedRule
        For a year outside 2024-2026.
    InvalidInput
        For negative, NaN or infinite pay, invalid ``dependents``, an unknown ``method`` or
        ``column``.

    Examples
    --------
    NTA 令和8年分 denshi_01.pdf worked example 3: A = 775,200, 3 dependants;
    B = 775,200 - 162,500 - 95,001 - 48,334 = 469,365; 469,365 x 20.42% - 36,374 = 59,470.33:

    >>> withholding(775_200, dependents=3, year=2026)
    59470
    >>> withholding([300_000, 300_000], dependents=[0, 1], year=2025).tolist()
    [8380, 6720]

    The printed 令和8年分 table reads 59,477 for example 3 (52,290 + 35,200 x 20.42%) and
    7,930 for 300,000 yen (row 299,000-302,000):

    >>> withholding([775_200, 300_000], dependents=[3, 0], year=2026, method="table").tolist()
    [59477, 7930]

    The 令和2年分 table (2024, 2025) reads 8,420 for 300,000 yen with no dependant, and
    column 乙 of the 令和8年分 table 53,600:

    >>> withholding(300_000, year=2025, method="table"), withholding(300_000, year=2026, column="乙")
    (8420, 53600)
    """
    checked = check_year(year, SUPPORTED_YEARS)
    if method not in _METHODS:
        raise InvalidInput("method", method, "'computer' or 'table'")
    which = _column(column)
    if method == "table" or which == "otsu":
        checked = check_year(checked, table_years())
    batch = prepare(
        {"pay_after_social_insurance": pay_after_social_insurance},
        counts={"dependents": dependents},
        flags={},
    )
    pay = batch.amount("pay_after_social_insurance")
    if which == "otsu":
        return batch.wrap(otsu_tax_yen(pay, checked))
    kernel = table_tax_yen if method == "table" else monthly_tax_yen
    return batch.wrap(kernel(pay, batch.count("dependents"), checked))


def _bonus_rate(previous: IntArray, dependents: IntArray, t: _BonusTables) -> IntArray:
    column = np.minimum(dependents, t.lower_bounds.shape[0] - 1)
    if column.ndim == 0:
        bounds = t.lower_bounds[int(column)]
        return np.asarray(t.rates[band_index(bounds, previous, inclusive=False)], np.int64)
    previous, column = np.broadcast_arrays(previous, column)
    index = np.zeros(previous.shape, dtype=np.intp)
    for col in np.unique(column):
        rows = column == col
        index[rows] = np.searchsorted(t.lower_bounds[col], previous[rows], side="right")
    return np.asarray(t.rates[index], dtype=np.int64)


def bonus_withholding(
    bonus_after_social_insurance: object,
    *,
    previous_month_pay_after_social_insurance: object,
    dependents: object = 0,
    year: int,
    calculation_period_months: int = 6,
    column: str = "kou",
) -> Any:
    """Income tax withheld from a bonus, column 甲 or 乙.

    Parameters
    ----------
    bonus_after_social_insurance : scalar, sequence, numpy array or pandas Series
        The bonus less the social insurance deducted from it, in yen.
    previous_month_pay_after_social_insurance : scalar, sequence, numpy array or pandas Series
        Regular pay of the previous month less its social insurance (0 if none was paid).
    dependents : int or array of int, default 0
        扶養親族等の数; the rate table's last column is "7 or more".
    year : int
        Calendar year of payment, one of 2024, 2025, 2026.
    calculation_period_months : int, default 6
        Months the bonus covers (1-12); used only by the monthly-table method, which divides
        by 6 up to 6 months and by 12 above.
    column : {"kou", "otsu"}, default "kou"
        ``"otsu"`` (乙) for a bonus from an employer that does not hold the dependants'
        declaration: the rate of column 乙 (held for :func:`otsu_bonus_years`), and column 乙 of
        the monthly table in the monthly-table method; ``dependents`` does not apply.

    Returns
    -------
    int, numpy.ndarray or pandas.Series
        Tax withheld in yen (surtax included).

    Raises
    ------
    UnsupportedRule
        For a year outside 2024-2026 (outside :func:`otsu_bonus_years` for column 乙).
    InvalidInput
        For invalid amounts or counts, a calculation period outside 1-12 months or an unknown
        ``column``.

    Examples
    --------
    NTA 令和8年分 usage example: bonus 554,000 less 85,593 social insurance, previous month
    196,616, 2 dependants: the 143-276 thousand yen band, 2.042%:

    >>> bonus_withholding(554_000 - 85_593, previous_month_pay_after_social_insurance=196_616,
    ...                   dependents=2, year=2026)
    9564
    >>> bonus_withholding(500_000, previous_month_pay_after_social_insurance=300_000, year=2025)
    40840

    Column 乙 (令和8年分): previous month 300,000 yen is in the 295-527 thousand yen band,
    30.63%: 500,000 x 30.63% = 153,150:

    >>> bonus_withholding(500_000, previous_month_pay_after_social_insurance=300_000, year=2026,
    ...                   column="otsu")
    153150
    """
    checked = check_year(year, SUPPORTED_YEARS)
    which = _column(column)
    if which == "otsu":
        checked = check_year(checked, otsu_bonus_years())
    if (
        isinstance(calculation_period_months, bool)
        or not isinstance(calculation_period_months, int | np.integer)
        or not 1 <= calculation_period_months <= _MONTHS_IN_YEAR
    ):
        raise InvalidInput(
            "calculation_period_months", calculation_period_months, "a whole number from 1 to 12"
        )
    batch = prepare(
        {
            "bonus_after_social_insurance": bonus_after_social_insurance,
            "previous_month_pay_after_social_insurance": previous_month_pay_after_social_insurance,
        },
        counts={"dependents": dependents},
        flags={},
    )
    bonus = batch.amount("bonus_after_social_insurance")
    previous = batch.amount("previous_month_pay_after_social_insurance")
    if which == "otsu":
        return batch.wrap(otsu_bonus_tax_yen(bonus, previous, checked, calculation_period_months))
    tax = bonus_tax_yen(
        bonus, previous, batch.count("dependents"), checked, calculation_period_months
    )
    return batch.wrap(tax)


def _exception_divisor(t: _BonusTables, calculation_period_months: int) -> int:
    if calculation_period_months <= t.short_period_months:
        return t.short_divisor
    return t.long_divisor


def otsu_bonus_tax_yen(
    bonus: IntArray, previous: IntArray, year: int, calculation_period_months: int = 6
) -> IntArray:
    """Tax withheld from whole-yen bonuses in column 乙 (no validation).

    The rate of the bonus table's column 乙, read off the previous month's pay; with no pay in
    the previous month or a bonus over 10 times it, the monthly-table method on column 乙 of the
    monthly table (所得税法 第186条第2項).

    Examples
    --------
    令和8年分: previous 200,000 (below 224 thousand yen): 10.21%, 400,000 x 10.21% = 40,840;
    no previous pay, 600,000: 600,000 / 6 = 100,000 is below the monthly table's first row,
    100,000 x 3.063% = 3,063; x 6 = 18,378:

    >>> otsu_bonus_tax_yen(np.array([400_000, 600_000]), np.array([200_000, 0]), 2026)
    array([40840, 18378])
    """
    t = _bonus_tables(year)
    o = _otsu_bonus_table(year)
    rate = o.rates[np.searchsorted(o.lower_bounds, previous, side="right")]
    tax = bonus * rate // _RATE_SCALE
    exception = (previous <= 0) | (bonus > t.multiple * previous)
    if exception.any():
        divisor = _exception_divisor(t, calculation_period_months)
        combined = bonus // divisor + previous
        by_month = (otsu_tax_yen(combined, year) - otsu_tax_yen(previous, year)) * divisor
        tax = np.where(exception, by_month, tax)
    return np.asarray(tax, dtype=np.int64)


def bonus_tax_yen(
    bonus: IntArray,
    previous: IntArray,
    dependents: IntArray,
    year: int,
    calculation_period_months: int = 6,
) -> IntArray:
    """Tax withheld from whole-yen bonuses after social insurance (no validation).

    The kernel of :func:`bonus_withholding`; the monthly-table method is computed only when
    some bonus needs it, with the printed monthly table for the years of :func:`table_years`
    and the computer method otherwise.

    Examples
    --------
    No pay in the previous month: 1,200,000 / 6 = 200,000 by the monthly method (2025, the
    令和2年分 monthly table, row 199,000-201,000, no dependant: 4,770; x 6 = 28,620):

    >>> bonus_tax_yen(np.array([500_000, 1_200_000]), np.array([300_000, 0]), np.array(0), 2025)
    array([40840, 28620])
    """
    t = _bonus_tables(year)
    tax = bonus * _bonus_rate(previous, dependents, t) // _RATE_SCALE
    exception = (previous <= 0) | (bonus > t.multiple * previous)
    if exception.any():
        divisor = _exception_divisor(t, calculation_period_months)
        monthly = table_tax_yen if year in table_years() else monthly_tax_yen
        combined = bonus // divisor + previous
        by_month = (
            monthly(combined, dependents, year) - monthly(previous, dependents, year)
        ) * divisor
        tax = np.where(exception, by_month, tax)
    return np.asarray(tax, dtype=np.int64)
