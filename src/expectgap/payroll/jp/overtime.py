"""Statutory minimum overtime premium in Japan (労働基準法第37条).

Statutory overtime (beyond 8 hours a day or 40 hours a week) is paid at least time and a
quarter; the hours beyond 60 in a month at least time and a half (all employers since April
2023). The rates and the threshold are read from ``params/labour.toml``.

Use the result as ``excess_multiplier`` of
:meth:`expectgap.package.CompensationPackage.effective_hourly` when a package states no premium
of its own.

Examples
--------
>>> overtime_multiplier()
Fraction(5, 4)
>>> overtime_multiplier(80)  # 60 h at 1.25 and 20 h at 1.5, averaged
Fraction(21, 16)
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from expectgap.errors import InvalidInput
from expectgap.money import Number, as_fraction
from expectgap.payroll._params import load

__all__ = ["overtime_multiplier"]

_PARAMS = "expectgap.payroll.jp.params"


def overtime_multiplier(
    hours_in_month: Number | None = None,
    *,
    covered_hours: Number = 0,
    on: date | None = None,
) -> Fraction:
    """Minimum average pay multiplier for overtime hours in a month.

    Parameters
    ----------
    hours_in_month : number, optional
        Statutory overtime hours worked in the month. None gives the premium of an ordinary
        overtime hour (time and a quarter).
    covered_hours : number, default 0
        The first overtime hours of the month that are already paid otherwise (for example by
        fixed overtime pay, 固定残業代); the average is taken over the hours after them.
    on : datetime.date, optional
        Day whose law applies (default: today). Supported from 2023-04-01.

    Returns
    -------
    fractions.Fraction
        The average multiple of the ordinary hourly wage owed for the hours from
        ``covered_hours`` to ``hours_in_month`` (1.25 up to 60 hours a month, 1.5 beyond).

    Raises
    ------
    InvalidInput
        For negative or non-finite hours, or ``covered_hours`` above ``hours_in_month``.
    UnsupportedRule
        For a day before the parameters start.

    Examples
    --------
    Fixed overtime covers 20 hours; 70 hours are worked: 40 hours at 1.25 and 10 at 1.5.

    >>> float(overtime_multiplier(70, covered_hours=20))
    1.3
    >>> overtime_multiplier(-1)
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: hours_in_month: got -1; expected a number of hours >= 0
    """
    day = date.today() if on is None else on
    params = load(_PARAMS, "labour")
    base = as_fraction(str(params["overtime_multiplier"].at(day)))
    if hours_in_month is None:
        return base
    threshold = as_fraction(params["long_overtime_threshold_hours"].at(day))
    long_rate = as_fraction(str(params["long_overtime_multiplier"].at(day)))
    hours = as_fraction(hours_in_month, "hours_in_month")
    covered = as_fraction(covered_hours, "covered_hours")
    if hours < 0:
        raise InvalidInput("hours_in_month", hours_in_month, "a number of hours >= 0")
    if not 0 <= covered <= hours:
        raise InvalidInput("covered_hours", covered_hours, "hours between 0 and hours_in_month")
    paid = hours - covered
    if paid == 0:
        return base
    ordinary = max(Fraction(0), min(hours, threshold) - covered)
    return (ordinary * base + (paid - ordinary) * long_rate) / paid
