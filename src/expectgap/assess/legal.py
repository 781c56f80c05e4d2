"""Statutory checks of an offer's fixed overtime pay (固定残業代), as facts of the overtime gap.

For a Japanese offer (jurisdiction ``"JP"``, yen) with fixed overtime pay, :func:`fixed_overtime_facts`
computes the lawful minimum (:func:`expectgap.payroll.jp.labour_law.fixed_overtime_minimum`) from
the pay that counts (base pay and the allowances not excluded by 労働基準法施行規則第21条) and the
offer's average monthly scheduled hours, or the statutory maximum of them when the offer states
no hours. It lists the issues found:

* ``fixed_overtime_below_minimum``: the amount is below the minimum (労働基準法第37条);
* ``fixed_overtime_hours_above_limit``: the hours covered exceed the 36-agreement limit of
  45 hours a month (労働基準法第36条第4項).

Examples
--------
>>> from datetime import date
>>> from expectgap.assess.models import Offer, PositionSpec
>>> from expectgap.conditions import WorkingConditions
>>> from expectgap.money import Money
>>> from expectgap.package import CompensationPackage, FixedOvertime
>>> pkg = CompensationPackage(base=Money(300_000, "JPY", "monthly"),
...     fixed_overtime=FixedOvertime(30, Money(10_000, "JPY", "monthly")))
>>> offer = Offer(PositionSpec(), pkg, WorkingConditions(scheduled_hours_per_month=160))
>>> facts = fixed_overtime_facts(offer, "JP", date(2026, 4, 1))
>>> facts["fixed_overtime_minimum"], facts["fixed_overtime_shortfall"], facts["legal_issues"]
(70313.0, 60313.0, ('fixed_overtime_below_minimum',))
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction

from expectgap._memo import memo
from expectgap.assess.models import Offer
from expectgap.conditions import WorkingConditions
from expectgap.package import CompensationPackage, FixedOvertime

__all__ = ["LEGAL_ISSUES", "fixed_overtime_facts"]

#: Issue codes, in the order they are listed.
LEGAL_ISSUES = ("fixed_overtime_below_minimum", "fixed_overtime_hours_above_limit")
_YEN = "JPY"
# Offers whose facts are kept (the offers assessed lately).
_KEPT = 256

Fact = float | bool | str | tuple[str, ...] | None


def fixed_overtime_facts(offer: Offer, jurisdiction: str, when: date) -> dict[str, Fact]:
    """The statutory facts of the offer's fixed overtime pay (empty without fixed overtime pay,
    or outside Japan).

    Keys: ``fixed_overtime_minimum``, ``fixed_overtime_shortfall`` (0 when lawful),
    ``fixed_overtime_pay_that_counts``, ``fixed_overtime_scheduled_hours``,
    ``fixed_overtime_hourly_rate``, ``fixed_overtime_premium`` (average premium multiple),
    ``fixed_overtime_hours_limit``, ``scheduled_hours_assumed`` (True when the offer states no
    hours and the statutory maximum was used), ``scheduled_hours_from_holidays`` (True when
    they come from the days off a year, :func:`expectgap.payroll.jp.labour_law.scheduled_hours`),
    ``fixed_overtime_included_in`` (the
    all-inclusive monthly pay, when stated that way), ``legal_issues``.
    """
    package = offer.package
    fixed = package.fixed_overtime
    if fixed is None or jurisdiction != "JP" or package.currency != _YEN:
        return {}
    return dict(_facts(package, fixed, offer.conditions, offer.annual_holidays, when))


@memo(_KEPT)
def _facts(
    package: CompensationPackage,
    fixed: FixedOvertime,
    conditions: WorkingConditions,
    annual_holidays: int | None,
    when: date,
) -> dict[str, Fact]:
    """:func:`fixed_overtime_facts` of a Japanese offer with fixed overtime pay (kept: its
    parts are immutable; the caller copies the dict)."""
    from expectgap.payroll.jp.labour_law import (
        fixed_overtime_minimum,
        overtime_hours_limit,
        premium_excluded,
        premium_hours,
        scheduled_hours,
    )

    excluded = premium_excluded(when)
    counted = sum(
        (a.amount.amount for a in package.allowances if a.category not in excluded),
        start=Fraction(0),
    )
    pay = package.monthly_base().amount + counted
    assumed = not conditions.hours_stated
    scheduled = scheduled_hours(conditions, when, annual_holidays=annual_holidays)
    from_holidays = (
        not assumed and annual_holidays is not None and conditions.scheduled_hours_per_month is None
    )
    hours = Fraction(fixed.hours)
    minimum = float(fixed_overtime_minimum(float(hours), float(pay), float(scheduled), on=when))
    amount = float(fixed.amount.amount)
    limit = overtime_hours_limit(when)
    issues = []
    if amount < minimum:
        issues.append(LEGAL_ISSUES[0])
    if hours > limit:
        issues.append(LEGAL_ISSUES[1])
    weighted = float(premium_hours(float(hours), on=when))
    return {
        "fixed_overtime_minimum": minimum,
        "fixed_overtime_shortfall": max(minimum - amount, 0.0),
        "fixed_overtime_pay_that_counts": float(pay),
        "fixed_overtime_scheduled_hours": float(scheduled),
        "fixed_overtime_hourly_rate": float(pay / scheduled),
        "fixed_overtime_premium": weighted / float(hours) if hours > 0 else None,
        "fixed_overtime_hours_limit": float(limit),
        "scheduled_hours_assumed": assumed,
        "scheduled_hours_from_holidays": from_holidays,
        "fixed_overtime_included_in": None
        if fixed.included_in is None
        else float(fixed.included_in.amount),
        "legal_issues": tuple(issues),
    }
