"""Income tax withheld from monthly pay and from bonuses (源泉徴収, column 甲).

Monthly pay uses the NTA's computer-calculation method for the monthly table, column 甲
(月額表の甲欄を適用する給与等に対する税額の電算機計算の特例): with A the month's pay after social
insurance,

    B = A - employment deduction(A) - 31,667 x dependants - basic deduction(A)

(the employment deduction rounded up to one yen) and the tax is f(B) from the rate table with
the 102.1% surtax built in, rounded to the nearest 10 yen. 2024 and 2025 use the 令和3年分以降
tables (denshi_10), 2026 the 令和8年分 tables (denshi_01, minimum employment deduction 54,167 and
basic deduction 48,334). The printed monthly table (月額表) is computed at the midpoint of each
pay band, so the two methods can differ by a few tens of yen (at most 100 yen over the whole
2026 table); both are lawful. Just below the table's first taxed row (88,000 yen through 2025,
105,000 yen in 2026) the printed table shows 0 while the formula gives up to about 130 yen.
Above 740,000 yen the printed table switches to its own formulas, whose per-dependant
reduction is fixed, so with dependants the two methods drift apart there (thousands of yen a
month at 1M); the year-end adjustment settles either way.

Bonuses use the rate table (賞与に対する源泉徴収税額の算出率の表): the rate is read off the
previous month's pay after social insurance and the number of dependants, and the tax is
bonus after social insurance x rate, rounded down to one yen (computed in integers). When no
regular pay was paid in the previous month (or it did not exceed its social insurance) or the
bonus exceeds 10 times that pay, the monthly-table method applies instead: the bonus is divided
by 6 (12 if the bonus calculation period exceeds 6 months), the previous month's pay is added,
the monthly tax of that sum less the monthly tax of the previous month's pay is multiplied by
6 (12). The monthly tax is computed here by the computer method, which the NTA allows in place
of the printed table, so results can differ slightly from worked examples that read the table
(NTA No.2523's 90,120 yen is 90,000 yen by the computer method).

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
from typing import Any

import numpy as np

from expectgap.errors import InvalidInput
from expectgap.payroll._params import ParameterSet, load
from expectgap.payroll.jp.income_tax import (
    PARAMS,
    SUPPORTED_YEARS,
    IntArray,
    band_index,
    check_year,
    prepare,
)

__all__ = ["bonus_tax_yen", "bonus_withholding", "monthly_tax_yen", "withholding"]

_PERCENT = 100
_RATE_SCALE = 100_000
_THOUSAND_YEN = 1_000
_MONTHS_IN_YEAR = 12


def _params() -> ParameterSet:
    return load(PARAMS, "withholding")


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


def withholding(pay_after_social_insurance: object, *, dependents: object = 0, year: int) -> Any:
    """Monthly income tax withheld (column 甲) by the computer-calculation method.

    Parameters
    ----------
    pay_after_social_insurance : scalar, sequence, numpy array or pandas Series
        Taxable pay of the month less the employee's social insurance (社会保険料等控除後の
        給与等の金額), in yen.
    dependents : int or array of int, default 0
        扶養親族等の数 (源泉控除対象配偶者 + 控除対象扶養親族 + additions), any number.
    year : int
        Calendar year of payment, one of 2024, 2025, 2026.

    Returns
    -------
    int, numpy.ndarray or pandas.Series
        Tax withheld in yen (surtax included), rounded to 10 yen.

    Raises
    ------
    UnsupportedRule
        For a year outside 2024-2026.
    InvalidInput
        For negative, NaN or infinite pay or invalid ``dependents``.

    Examples
    --------
    NTA 令和8年分 denshi_01.pdf worked example 3: A = 775,200, 3 dependants;
    B = 775,200 - 162,500 - 95,001 - 48,334 = 469,365; 469,365 x 20.42% - 36,374 = 59,470.33:

    >>> withholding(775_200, dependents=3, year=2026)
    59470
    >>> withholding([300_000, 300_000], dependents=[0, 1], year=2025).tolist()
    [8380, 6720]
    """
    checked = check_year(year, SUPPORTED_YEARS)
    batch = prepare(
        {"pay_after_social_insurance": pay_after_social_insurance},
        counts={"dependents": dependents},
        flags={},
    )
    tax = monthly_tax_yen(
        batch.amount("pay_after_social_insurance"), batch.count("dependents"), checked
    )
    return batch.wrap(tax)


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
) -> Any:
    """Income tax withheld from a bonus (column 甲).

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

    Returns
    -------
    int, numpy.ndarray or pandas.Series
        Tax withheld in yen (surtax included).

    Raises
    ------
    UnsupportedRule
        For a year outside 2024-2026.
    InvalidInput
        For invalid amounts or counts, or a calculation period outside 1-12 months.

    Examples
    --------
    NTA 令和8年分 usage example: bonus 554,000 less 85,593 social insurance, previous month
    196,616, 2 dependants: the 143-276 thousand yen band, 2.042%:

    >>> bonus_withholding(554_000 - 85_593, previous_month_pay_after_social_insurance=196_616,
    ...                   dependents=2, year=2026)
    9564
    >>> bonus_withholding(500_000, previous_month_pay_after_social_insurance=300_000, year=2025)
    40840
    """
    checked = check_year(year, SUPPORTED_YEARS)
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
    tax = bonus_tax_yen(
        batch.amount("bonus_after_social_insurance"),
        batch.amount("previous_month_pay_after_social_insurance"),
        batch.count("dependents"),
        checked,
        calculation_period_months,
    )
    return batch.wrap(tax)


def bonus_tax_yen(
    bonus: IntArray,
    previous: IntArray,
    dependents: IntArray,
    year: int,
    calculation_period_months: int = 6,
) -> IntArray:
    """Tax withheld from whole-yen bonuses after social insurance (no validation).

    The kernel of :func:`bonus_withholding`; the monthly-table method is computed only when
    some bonus needs it.

    Examples
    --------
    No pay in the previous month: 1,200,000 / 6 = 200,000 by the monthly method (2025: B =
    200,000 - 66,667 - 40,000 = 93,333; x 5.105 % = 4,764.6 -> 4,760; x 6 = 28,560):

    >>> bonus_tax_yen(np.array([500_000, 1_200_000]), np.array([300_000, 0]), np.array(0), 2025)
    array([40840, 28560])
    """
    t = _bonus_tables(year)
    tax = bonus * _bonus_rate(previous, dependents, t) // _RATE_SCALE
    exception = (previous <= 0) | (bonus > t.multiple * previous)
    if exception.any():
        divisor = (
            t.short_divisor
            if calculation_period_months <= t.short_period_months
            else t.long_divisor
        )
        combined = bonus // divisor + previous
        by_month = (
            monthly_tax_yen(combined, dependents, year)
            - monthly_tax_yen(previous, dependents, year)
        ) * divisor
        tax = np.where(exception, by_month, tax)
    return np.asarray(tax, dtype=np.int64)
