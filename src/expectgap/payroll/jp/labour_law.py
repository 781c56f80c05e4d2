"""Japanese labour-law minimums an offer must meet: fixed overtime pay, minimum wage, paid leave.

Every number comes from the dated parameter files ``params/labour.toml`` and
``params/minimum_wage.toml``; this module holds the arithmetic only.

* **Fixed overtime pay (固定残業代).** It must be at least the overtime premium owed for the hours
  it covers: ``hours x (pay that counts / average monthly scheduled hours) x premium``
  (労働基準法 第37条). The pay that counts is base pay and every allowance except those of
  労働基準法施行規則 第21条 (family, commuting, separation, children's education, housing,
  temporary pay and pay for periods over one month). The premium is 1.25 up to 60 overtime hours
  a month and 1.5 beyond.
* **Rounding.** The minimum is the exact amount rounded *up* to the yen (an amount in whole yen
  meets the law exactly when it is at least that). When pay is stated all-inclusive
  (「月給38万円（固定残業代30時間分を含む）」), the base is solved exactly from
  ``base + minimum(base) = total`` and rounded *down* to the yen; the fixed overtime pay is the
  rest, so the split is the lawful one with the largest base and it always meets the minimum.
  (The administrative rounding of 昭和63年3月14日基発第150号, half a yen up, may only round
  in the worker's favour when applied to a minimum; rounding up is the strict reading.)
* **Hours covered.** Fixed overtime hours above the 36-agreement limit of 45 hours a month
  (労働基準法 第36条第4項) presume overtime beyond the limit.
* **Average monthly scheduled hours.** When an offer states no hours, the statutory maximum of
  40 hours a week (労働基準法 第32条) over a 365-day year is the upper bound
  (40 x 365 / 7 / 12 = 173.8 hours): the hourly rate is then the lowest the pay allows, so a
  shortfall found with it is a shortfall at any lawful schedule.

Computations run on numpy arrays; a scalar is a batch of one.

Examples
--------
Base ¥300,000, fixed overtime for 30 hours, 160 scheduled hours a month:
30 x 300,000 / 160 x 1.25 = 70,312.5, so at least ¥70,313.

>>> from datetime import date
>>> float(fixed_overtime_minimum(30, 300_000, 160, on=date(2026, 4, 1)))
70313.0
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.money import MONTHS_IN_YEAR, Money, Number, Period, as_fraction
from expectgap.payroll._params import load

if TYPE_CHECKING:
    from expectgap.conditions import WorkingConditions
    from expectgap.package import Allowance, FixedOvertime

__all__ = [
    "assumed_working_days_per_week",
    "first_leave_grant",
    "fixed_overtime_included",
    "fixed_overtime_minimum",
    "highest_minimum_wage",
    "max_scheduled_hours_per_month",
    "minimum_wage",
    "minimum_wage_excluded",
    "overtime_hours_limit",
    "premium_excluded",
    "premium_hours",
    "scheduled_hours",
    "split_inclusive",
    "statutory_paid_leave_days",
    "statutory_weekly_hours",
]

_PARAMS = "expectgap.payroll.jp.params"
_DAYS_IN_YEAR = 365
_DAYS_IN_WEEK = 7
# Tolerance of the float arithmetic when rounding an amount that is exactly whole in yen.
_EPS = 1e-6


def _day(on: date | None) -> date:
    return date.today() if on is None else on


def _array(name: str, value: npt.ArrayLike, *, positive: bool = False) -> npt.NDArray[np.float64]:
    try:
        out = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise InvalidInput(name, value, "a finite number") from None
    bad = ~np.isfinite(out) | (out <= 0 if positive else out < 0)
    if np.any(bad):
        shown = value if out.ndim == 0 else out[bad][0]
        raise InvalidInput(name, shown, "a finite number > 0" if positive else "a number >= 0")
    return out


def premium_hours(hours: npt.ArrayLike, *, on: date | None = None) -> npt.NDArray[np.float64]:
    """Overtime hours weighted by their statutory premium (1.25 up to 60 h a month, 1.5 beyond).

    ``premium_hours(h) x hourly rate`` is the least pay owed for ``h`` overtime hours in a month.

    Examples
    --------
    >>> from datetime import date
    >>> premium_hours([30, 80], on=date(2026, 4, 1)).tolist()  # 30 x 1.25; 60 x 1.25 + 20 x 1.5
    [37.5, 105.0]
    """
    day = _day(on)
    params = load(_PARAMS, "labour")
    base = float(params["overtime_multiplier"].at(day))
    threshold = float(params["long_overtime_threshold_hours"].at(day))
    long_rate = float(params["long_overtime_multiplier"].at(day))
    h = _array("fixed_overtime.hours", hours)
    ordinary = np.minimum(h, threshold)
    return ordinary * base + (h - ordinary) * long_rate


def fixed_overtime_minimum(
    hours: npt.ArrayLike,
    pay_that_counts: npt.ArrayLike,
    scheduled_hours_per_month: npt.ArrayLike,
    *,
    on: date | None = None,
) -> npt.NDArray[np.float64]:
    """The least lawful fixed overtime pay per month, in whole yen (rounded up).

    Parameters
    ----------
    hours : array_like
        Overtime hours per month the fixed pay covers.
    pay_that_counts : array_like
        Monthly base pay plus the allowances that count for the premium (see
        :func:`premium_excluded`).
    scheduled_hours_per_month : array_like
        Average monthly scheduled hours (月平均所定労働時間), > 0.
    on : datetime.date, optional
        Day whose law applies (default: today).

    Examples
    --------
    >>> from datetime import date
    >>> fixed_overtime_minimum([20, 45], 400_000, 170, on=date(2026, 4, 1)).tolist()
    [58824.0, 132353.0]
    """
    weighted = premium_hours(hours, on=on)
    pay = _array("pay_that_counts", pay_that_counts)
    scheduled = _array("scheduled_hours_per_month", scheduled_hours_per_month, positive=True)
    exact = weighted * pay / scheduled
    return np.ceil(exact - _EPS)


def split_inclusive(
    total: npt.ArrayLike,
    hours: npt.ArrayLike,
    scheduled_hours_per_month: npt.ArrayLike,
    *,
    counted_allowances: npt.ArrayLike = 0.0,
    on: date | None = None,
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Split monthly pay stated with fixed overtime included into (base, fixed overtime pay).

    Solves ``base + hours x (base + counted allowances) / scheduled hours x premium = total``
    exactly, rounds the base down to the yen and gives the rest to fixed overtime pay: the
    lawful split with the largest base (see the module notes on rounding).

    Parameters
    ----------
    total : array_like
        Monthly pay including the fixed overtime pay (allowances stated apart excluded).
    hours : array_like
        Overtime hours per month it covers.
    scheduled_hours_per_month : array_like
        Average monthly scheduled hours.
    counted_allowances : array_like
        Allowances paid on top of ``total`` that count for the premium.

    Raises
    ------
    InvalidInput
        When the total does not even cover the premium on the allowances.

    Examples
    --------
    月給38万円（固定残業代30時間分を含む）, 160 scheduled hours:
    base = 380,000 x 160 / (160 + 37.5) = 307,848.1..., so ¥307,848 and ¥72,152.

    >>> from datetime import date
    >>> base, fixed = split_inclusive(380_000, 30, 160, on=date(2026, 4, 1))
    >>> float(base), float(fixed)
    (307848.0, 72152.0)
    """
    weighted = premium_hours(hours, on=on)
    t = _array("total", total)
    scheduled = _array("scheduled_hours_per_month", scheduled_hours_per_month, positive=True)
    allowances = _array("counted_allowances", counted_allowances)
    exact = (t * scheduled - weighted * allowances) / (scheduled + weighted)
    if np.any(exact < 0):
        raise InvalidInput(
            "total", total, "monthly pay that covers the overtime premium on the allowances"
        )
    base = np.floor(exact + _EPS)
    return base, t - base


def scheduled_hours(
    conditions: WorkingConditions | None,
    on: date | None = None,
    *,
    annual_holidays: int | None = None,
) -> Fraction:
    """Average monthly scheduled hours (月平均所定労働時間) of the conditions.

    In order: the monthly average the conditions state; with days off a year (年間休日) and
    weekly hours, (365 - days off) x daily hours / 12 (労働基準法施行規則第19条), the daily hours
    being the weekly hours over :func:`assumed_working_days_per_week` days; weekly hours x
    weeks per year / 12; the statutory maximum (:func:`max_scheduled_hours_per_month`) when no
    hours are stated.

    Examples
    --------
    >>> from datetime import date
    >>> from expectgap.conditions import WorkingConditions
    >>> scheduled_hours(WorkingConditions(scheduled_hours_per_month=160))
    Fraction(160, 1)
    >>> round(float(scheduled_hours(None, date(2026, 1, 1))), 2)
    173.81
    >>> scheduled_hours(WorkingConditions(hours_per_week=40), annual_holidays=125)  # 240 x 8 / 12
    Fraction(160, 1)
    """
    if conditions is None or not conditions.hours_stated:
        return max_scheduled_hours_per_month(on)
    if (
        annual_holidays is not None
        and conditions.scheduled_hours_per_month is None
        and conditions.hours_per_week is not None
    ):
        daily = as_fraction(conditions.hours_per_week) / assumed_working_days_per_week(on)
        return (_DAYS_IN_YEAR - annual_holidays) * daily / MONTHS_IN_YEAR
    return conditions.monthly_scheduled_hours()


def assumed_working_days_per_week(on: date | None = None) -> Fraction:
    """Working days a week assumed to turn weekly hours into daily hours when an offer states
    its days off a year but not its monthly scheduled hours (a convention, see
    ``params/labour.toml``).

    Examples
    --------
    >>> assumed_working_days_per_week()
    Fraction(5, 1)
    """
    return Fraction(load(_PARAMS, "labour")["assumed_working_days_per_week"].at(_day(on)))


def fixed_overtime_included(
    total: Money,
    hours: Number,
    *,
    conditions: WorkingConditions | None = None,
    allowances: tuple[Allowance, ...] = (),
    on: date | None = None,
    annual_holidays: int | None = None,
) -> tuple[Money, FixedOvertime]:
    """Base pay and fixed overtime pay of monthly pay stated with fixed overtime included.

    「月給38万円（固定残業代30時間分を含む）」 becomes the lawful split of :func:`split_inclusive`
    at the offer's average monthly scheduled hours (the statutory maximum when the offer
    states no hours: the largest base the law allows at any schedule). Allowances stated
    apart that count for the premium raise the fixed overtime pay they need.

    Parameters
    ----------
    total : Money
        The monthly pay as stated (monthly period).
    hours : number
        Overtime hours per month it covers.
    conditions : WorkingConditions, optional
        The offer's hours.
    allowances : tuple of Allowance
        Allowances paid on top of ``total``.
    on : datetime.date, optional
        Day whose law applies (default: today).
    annual_holidays : int, optional
        The offer's days off a year, for the monthly scheduled hours (:func:`scheduled_hours`).

    Returns
    -------
    (Money, FixedOvertime)
        The monthly base and the fixed overtime pay, which keeps ``total`` as ``included_in``.

    Examples
    --------
    >>> from datetime import date
    >>> from expectgap.conditions import WorkingConditions
    >>> base, fixed = fixed_overtime_included(Money(380_000, "JPY", "monthly"), 30,
    ...     conditions=WorkingConditions(scheduled_hours_per_month=160), on=date(2026, 4, 1))
    >>> print(base, "+", fixed.amount)
    ¥307,848 per month + ¥72,152 per month
    """
    from expectgap.package import FixedOvertime

    if not isinstance(total, Money) or total.period is not Period.MONTHLY:
        raise InvalidInput("pay_monthly_including_fixed_overtime", total, "a monthly Money amount")
    excluded = premium_excluded(on)
    counted = sum(
        (a.amount.amount for a in allowances if a.category not in excluded), start=Fraction(0)
    )
    checked_hours = as_fraction(hours, "fixed_overtime.hours")
    base, fixed = split_inclusive(
        float(total.amount),
        float(checked_hours),
        float(scheduled_hours(conditions, on, annual_holidays=annual_holidays)),
        counted_allowances=float(counted),
        on=on,
    )
    code = total.currency
    amount = Money(int(fixed), code, Period.MONTHLY)
    return Money(int(base), code, Period.MONTHLY), FixedOvertime(
        checked_hours, amount, included_in=total
    )


def _kinds(topic: str, name: str, on: date | None) -> dict[str, str]:
    entries: list[dict[str, str]] = load(_PARAMS, topic)[name].at(_day(on))
    return {e["kind"]: e["japanese"] for e in entries}


def premium_excluded(on: date | None = None) -> dict[str, str]:
    """Kinds of pay left out of the overtime-premium base (労働基準法施行規則第21条), with
    their Japanese names.

    Examples
    --------
    >>> from datetime import date
    >>> premium_excluded(date(2026, 1, 1))["housing"]
    '住宅手当'
    """
    return _kinds("labour", "premium_excluded_allowances", on)


def minimum_wage_excluded(on: date | None = None) -> dict[str, str]:
    """Kinds of pay left out when a wage is compared with the minimum wage
    (最低賃金法施行規則第1条), with their Japanese names.

    Examples
    --------
    >>> from datetime import date
    >>> sorted(minimum_wage_excluded(date(2026, 1, 1)))[:3]
    ['attendance', 'commuting', 'family']
    """
    return _kinds("minimum_wage", "excluded_pay", on)


def overtime_hours_limit(on: date | None = None) -> Fraction:
    """The 36-agreement limit on overtime hours per month (労働基準法 第36条第4項).

    Examples
    --------
    >>> from datetime import date
    >>> overtime_hours_limit(date(2026, 1, 1))
    Fraction(45, 1)
    """
    return Fraction(load(_PARAMS, "labour")["overtime_limit_hours_per_month"].at(_day(on)))


def statutory_weekly_hours(on: date | None = None) -> Fraction:
    """The statutory maximum working hours of a week (労働基準法 第32条第1項).

    Examples
    --------
    >>> from datetime import date
    >>> statutory_weekly_hours(date(2026, 1, 1))
    Fraction(40, 1)
    """
    return Fraction(load(_PARAMS, "labour")["statutory_weekly_hours"].at(_day(on)))


def max_scheduled_hours_per_month(on: date | None = None) -> Fraction:
    """The most average monthly scheduled hours the statutory week allows:
    40 hours x 365 / 7 days / 12 months.

    Examples
    --------
    >>> from datetime import date
    >>> round(float(max_scheduled_hours_per_month(date(2026, 1, 1))), 1)
    173.8
    """
    return statutory_weekly_hours(on) * _DAYS_IN_YEAR / _DAYS_IN_WEEK / MONTHS_IN_YEAR


def minimum_wage(prefecture: Any, on: date | None = None) -> tuple[int, date, str] | None:
    """The regional minimum wage in force: (yen per hour, effective day, source), or None
    before the earliest value held (FY2024).

    Parameters
    ----------
    prefecture : str or int
        Any form :func:`expectgap.payroll.jp.prefecture` accepts; None gives the lowest
        minimum wage of any prefecture on that day.

    Examples
    --------
    >>> from datetime import date
    >>> minimum_wage("tokyo", date(2025, 10, 3))[:2]
    (1226, datetime.date(2025, 10, 3))
    >>> minimum_wage("tokyo", date(2025, 10, 2))[0]
    1163
    >>> minimum_wage(None, date(2026, 1, 1))[0]  # Akita's FY2025 wage starts 2026-03-31
    951
    >>> minimum_wage(None, date(2026, 4, 1))[0]
    1023
    >>> minimum_wage("osaka", date(2024, 6, 1)) is None
    True
    """
    from expectgap.payroll.jp.prefectures import prefecture as _prefecture
    from expectgap.payroll.jp.prefectures import supported_prefectures

    day = _day(on)
    params = load(_PARAMS, "minimum_wage")
    names = (
        [p.name for p in supported_prefectures()]
        if prefecture is None
        else [_prefecture(prefecture).name]
    )
    found: list[tuple[int, date, str]] = []
    for name in names:
        try:
            entry = params[name].entry_at(day)
        except UnsupportedRule:
            continue
        found.append((int(entry.value), entry.effective, entry.source))
    if prefecture is None and len(found) < len(names):
        return None
    return min(found, default=None)


def first_leave_grant(on: date | None = None) -> tuple[int, int]:
    """The first statutory grant of annual paid leave: (months of service, days).

    Examples
    --------
    >>> from datetime import date
    >>> first_leave_grant(date(2026, 1, 1))
    (6, 10)
    """
    months, days = load(_PARAMS, "labour")["annual_paid_leave_days"].at(_day(on))[0]
    return int(months), int(days)


def highest_minimum_wage() -> int:
    """The highest regional minimum wage held for any prefecture and day (yen per hour).

    Examples
    --------
    >>> highest_minimum_wage()
    1226
    """
    params = load(_PARAMS, "minimum_wage")
    return max(
        int(entry.value)
        for name in params
        if name not in ("excluded_pay", "monthly_conversion")
        for entry in params[name].entries
    )


def statutory_paid_leave_days(months_of_service: int = 6, on: date | None = None) -> int:
    """Statutory minimum annual paid leave after ``months_of_service`` months (労働基準法
    第39条; at least 80% attendance), 0 before the first grant.

    Examples
    --------
    >>> from datetime import date
    >>> [statutory_paid_leave_days(m, date(2026, 1, 1)) for m in (3, 6, 18, 78, 120)]
    [0, 10, 11, 20, 20]
    """
    table = load(_PARAMS, "labour")["annual_paid_leave_days"].at(_day(on))
    days = 0
    for months, granted in table:
        if months_of_service >= months:
            days = int(granted)
    return days
