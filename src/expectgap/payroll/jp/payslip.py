"""One regular month's payslip: what 手取り月額 (monthly take-home) means in Japan.

A Japanese candidate who says 手取り月35万 means the net pay of a regular month's payslip, bonuses
excluded: the monthly pay less that month's social insurance, the income tax withheld on it and
the resident tax instalment deducted from it. This is not the year's take-home / 12, which
spreads the bonuses (and the year-end adjustment) over the months.

:func:`payslip` reads that month off the same calendar-year engine as
:func:`~expectgap.payroll.jp.annual.annual` (one engine, so the payslip is exactly the salary
row of :attr:`~expectgap.payroll.jp.annual.AnnualNet.monthly` for that month).

**Which month.** By default the **regular month** is the month after the first instalment of
the fiscal year's resident tax (特別徴収: June to the following May, ``params/collection.toml``),
that is **July**:

* the resident tax deducted is a regular instalment of the levy on the previous year's salary
  (the June one carries the fractions below 100 yen, 地方税法第321条の5); the levy of a person
  without last year's salary (``first_job``) is zero;
* the social insurance deducted (the June premium month, 翌月徴収) is that of the standard
  monthly amount graded from the regular monthly pay, at the fiscal year's rates (health and
  nursing rates from the March premium month, the child support levy from April 2026, the
  employment insurance rate from April);
* the income tax is the monthly withholding (源泉徴収) of that month's pay after social
  insurance, by the year's method; the year-end adjustment is settled in December, not here.

In 2024 the monthly fixed-amount cut (月次減税) lowers the withholding of the months from June
until the cut is used up, and the FY2024 levy of a person with the resident tax cut starts in
July (its first instalment, with the fractions): a 2024 July payslip shows both, as the real
one did.

Examples
--------
>>> s = payslip(400_000, year=2026, prefecture="osaka")
>>> s.month, s.gross, s.social_insurance_total, s.income_tax, s.resident_tax, s.net
(7, 400000, 60753, 10740, 18800, 309707)
>>> s.net == s.gross - s.social_insurance_total - s.income_tax - s.resident_tax
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from expectgap.errors import InvalidInput
from expectgap.payroll.jp.annual import _COMPONENTS, _collection, _Engine, _prepare

__all__ = ["Payslip", "payslip", "regular_month"]

_FIELDS = (
    "gross",
    *_COMPONENTS,
    "employment",
    "social_insurance_total",
    "income_tax",
    "resident_tax",
    "net",
)


@dataclass(frozen=True)
class Payslip:
    """One month's salary payslip (bonuses excluded), in yen.

    Each amount is a Python ``int`` for scalar input, otherwise an int64 array of the input's
    shape (a pandas Series with the input's index for Series input).

    Attributes
    ----------
    month : int
        Calendar month of the payslip.
    gross
        The month's pay with every allowance (commuting included).
    health, nursing_care, child_support, pension, employment
        Employee social insurance deducted from this pay.
    social_insurance_total
        Their sum.
    income_tax
        Income tax withheld from this pay (with the surtax).
    resident_tax
        The resident tax instalment deducted from this pay.
    net
        ``gross - social_insurance_total - income_tax - resident_tax``: 手取り月額.

    Examples
    --------
    >>> sorted(payslip(300_000, year=2025).deductions)[:2]
    ['child_support', 'employment']
    """

    month: int
    gross: Any
    health: Any
    nursing_care: Any
    child_support: Any
    pension: Any
    employment: Any
    social_insurance_total: Any
    income_tax: Any
    resident_tax: Any
    net: Any

    @property
    def deductions(self) -> dict[str, Any]:
        """The deductions by name, in payslip order.

        Examples
        --------
        >>> payslip(300_000, year=2026).deductions["pension"]
        27450
        """
        names = (*_COMPONENTS, "employment", "income_tax", "resident_tax")
        return {name: getattr(self, name) for name in names}


def regular_month(year: int) -> int:
    """The calendar month whose payslip is the regular month of ``year`` (see the module).

    Examples
    --------
    >>> regular_month(2026)
    7
    """
    return _collection(year)[0].first_month + 1


def payslip(pay: object, *, year: int, month: int | None = None, **keywords: Any) -> Payslip:
    """The salary payslip of one month of ``year``: gross, each deduction and net.

    Parameters
    ----------
    pay : CompensationPackage, float, array-like or pandas Series
        As for :func:`~expectgap.payroll.jp.annual.annual`: a package, or the regular monthly
        pay without the commuting allowance.
    year : int
        Calendar year, 2024, 2025 or 2026.
    month : int, optional
        Calendar month 1-12; default :func:`regular_month` (July, see the module).
    **keywords
        Every other keyword of :func:`~expectgap.payroll.jp.annual.annual` (``prefecture``,
        ``age``, ``bonus``, ``bonus_months``, household, ``commuting_allowance``, ...). The
        bonus does not appear on the payslip, but it counts in the previous year's salary on
        which the resident tax is levied.

    Returns
    -------
    Payslip

    Raises
    ------
    InvalidInput
        A month outside 1-12, and everything :func:`~expectgap.payroll.jp.annual.annual`
        refuses.
    UnsupportedRule
        As for :func:`~expectgap.payroll.jp.annual.annual`.

    Examples
    --------
    The December payslip of the same pay (the year-end adjustment is a separate line):

    >>> payslip(400_000, year=2026, prefecture="osaka", month=12).net
    309707
    >>> payslip([250_000, 400_000], year=2026).net
    array([197496, 310141])
    >>> payslip(300_000, year=2026, month=13)
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: month: got 13; expected a calendar month 1-12
    """
    chosen = regular_month(year) if month is None else month
    if (
        isinstance(chosen, bool)
        or not isinstance(chosen, int | np.integer)
        or not 1 <= chosen <= 12
    ):
        raise InvalidInput("month", chosen, "a calendar month 1-12")
    people, options, shape, out_shape = _prepare(pay, year=year, **keywords)
    year_run = _Engine(people, options).run(keep_payments=True)
    paid = next(p for p in year_run.payments if p.kind == "salary" and p.month == chosen)
    parts = [paid.parts[c] for c in _COMPONENTS]
    social = sum(parts, paid.employment)
    gross = np.floor(paid.gross)
    net = gross - social - paid.withholding - paid.resident
    fields = [gross, *parts, paid.employment, social, paid.withholding, paid.resident, net]
    size = people.size
    if shape.scalar:
        values: list[Any] = [int(np.asarray(v).reshape(-1)[0]) for v in fields]
    else:
        values = [
            shape.wrap_int(np.broadcast_to(np.asarray(v), (size,)).reshape(out_shape))
            for v in fields
        ]
    return Payslip(int(chosen), **dict(zip(_FIELDS, values, strict=True)))
