"""Plausibility of the amounts of an assessment: what cannot be meant is refused, not assessed.

For a Japanese assessment (jurisdiction ``"JP"``, yen), on the assessment day:

* **The offer** must pay at least the regional minimum wage (地域別最低賃金) of its prefecture
  for the hours it states (最低賃金法 第4条): base pay plus the allowances that count (family,
  commuting and perfect-attendance allowances, overtime pay and fixed overtime pay left out,
  最低賃金法施行規則 第1条) divided by the average monthly scheduled hours (第2条). An offer that
  states no hours is measured over the statutory maximum (40 h a week), the most lenient
  reading; one without a Japanese prefecture against the lowest minimum wage in force.
* **A salary sought** per year must be at least one month of that minimum wage (at the
  statutory maximum hours), and one sought per month at least one week of it: a target of
  600 yen a year was meant as 6,000,000 (600万).

Both raise :class:`~expectgap.errors.InvalidInput` naming the field, the value and the reading
that would make sense. Days before the earliest minimum wage held (FY2024) are not checked.

Examples
--------
>>> from datetime import date
>>> from expectgap.assess.models import Expectations, Offer, PositionSpec, SalaryExpectation
>>> from expectgap.money import Money
>>> from expectgap.package import CompensationPackage
>>> offer = Offer(PositionSpec(), CompensationPackage(base=Money(300_000, "JPY", "monthly")))
>>> check(Expectations(salary=SalaryExpectation(600)), offer, jurisdiction="JP",
...       when=date(2026, 4, 1))
Traceback (most recent call last):
...
expectgap.errors.InvalidInput: salary.target: got 600; expected a gross annual amount of at least ¥177,808 (one month of the minimum wage); did you mean 6,000,000 a year?
"""

from __future__ import annotations

import math
from datetime import date
from fractions import Fraction

from expectgap._memo import memo
from expectgap.assess.models import Expectations, Offer, SalaryBasis
from expectgap.conditions import WorkingConditions
from expectgap.errors import InvalidInput
from expectgap.money import Period
from expectgap.package import CompensationPackage

__all__ = ["check"]

_YEN = "JPY"
# The readings tried for an amount that cannot be meant, in order: the same amount per the
# other period, then in units of 10,000 yen (万) and of 1,000 yen (千). A reading is offered
# only when it lands between the floor and this many times the floor (a presentation choice).
_SCALES = (10_000, 1_000)
_READING_RANGE = 50
# Days' rules and offers whose checks are kept (the assessments made lately).
_KEPT = 256


def _yen(value: Fraction | float) -> str:
    return f"¥{float(value):,.0f}"


def _least(value: Fraction) -> str:
    """A floor in whole yen, rounded up (an amount below it is below the floor)."""
    return f"¥{math.ceil(value):,}"


def _plain(value: Fraction | float) -> str:
    return f"{float(value):,.0f}"


def _reading(
    value: Fraction, period: Period, floors: dict[Period, Fraction], *, other_period: bool
) -> str:
    """The first reading of ``value`` that clears its floor, as "did you mean ..." text."""
    other = Period.ANNUAL if period is Period.MONTHLY else Period.MONTHLY
    tries: list[tuple[Fraction, Period]] = [(value, other)] if other_period else []
    tries += [(value * scale, period) for scale in _SCALES]
    for amount, per in tries:
        if floors[per] <= amount <= floors[per] * _READING_RANGE:
            word = "a year" if per is Period.ANNUAL else "a month"
            return f"; did you mean {_plain(amount)} {word}?"
    return ""


def check(expectations: Expectations, offer: Offer, *, jurisdiction: str, when: date) -> None:
    """Refuse amounts that cannot be meant (see the module notes); nothing outside Japan.

    Raises
    ------
    InvalidInput
        ``offer.package.base`` below the minimum wage for the hours, or ``salary.target`` /
        ``salary.walk_away`` below the floor of its period, with the sensible reading.
    """
    package = offer.package
    if jurisdiction != "JP" or package.currency != _YEN:
        return
    from expectgap.payroll.jp.prefectures import prefecture

    place = offer.conditions.location
    region = place.region if place is not None and place.country == "JP" else None
    name = None if region is None else prefecture(region).name
    rules = _rules(name, when)
    if rules is None:
        return
    wage, stated, floors = rules
    for target in expectations.salaries:
        basis = SalaryBasis.parse(target.basis)
        kind = "a take-home" if basis.is_net else "a gross"
        what = "annual" if basis.period is Period.ANNUAL else "monthly"
        share = "one month" if basis.period is Period.ANNUAL else "one week"
        for field, raw in (("target", target.target), ("walk_away", target.walk_away)):
            if raw is None:
                continue
            value = Fraction(raw)
            if value < floors[basis.period]:
                raise InvalidInput(
                    f"salary.{field}",
                    int(value) if value.denominator == 1 else float(value),
                    f"{kind} {what} amount of at least {_least(floors[basis.period])} "
                    f"({share} of the minimum wage)"
                    + _reading(value, basis.period, floors, other_period=False),
                )
    refusal = _offer_refusal(package, offer.conditions, offer.annual_holidays, when, wage, stated)
    if refusal is not None:
        raise InvalidInput(*refusal)


@memo(_KEPT)
def _rules(name: str | None, when: date) -> tuple[int, str, dict[Period, Fraction]] | None:
    """The minimum wage in force (None before the earliest held), as the refusals state it,
    and the floors of a salary sought per period (kept: law on a day)."""
    from expectgap.payroll.jp.labour_law import (
        max_scheduled_hours_per_month,
        minimum_wage,
        statutory_weekly_hours,
    )

    found = minimum_wage(name, when)
    if found is None:
        return None
    wage, effective, source = found
    where = "the lowest regional minimum wage" if name is None else f"the minimum wage of {name}"
    stated = f"{where} (¥{wage:,} an hour from {effective.isoformat()}; {source.split(' (')[0]})"
    most_hours = max_scheduled_hours_per_month(when)
    floors = {
        Period.ANNUAL: Fraction(wage) * most_hours,
        Period.MONTHLY: Fraction(wage) * statutory_weekly_hours(when),
    }
    return wage, stated, floors


@memo(_KEPT)
def _offer_refusal(
    package: CompensationPackage,
    conditions: WorkingConditions,
    annual_holidays: int | None,
    when: date,
    wage: int,
    stated: str,
) -> tuple[str, str, str] | None:
    """The field, value and expectation of the refusal of an offer below the minimum wage
    (None when it pays at least that; kept: its parts are immutable)."""
    from expectgap.payroll.jp.labour_law import minimum_wage_excluded, scheduled_hours

    excluded = minimum_wage_excluded(when)
    counted = sum(
        (a.amount.amount for a in package.allowances if a.category not in excluded),
        start=Fraction(0),
    )
    hours = scheduled_hours(conditions, when, annual_holidays=annual_holidays)
    monthly = package.monthly_base().amount + counted
    least = Fraction(wage) * hours
    if monthly < least:
        base = package.base
        per = Period.MONTHLY if base.period is Period.MONTHLY else Period.ANNUAL
        scale = Fraction(1) if per is Period.MONTHLY else Fraction(package.months_per_year)
        floor = {Period.MONTHLY: least - counted, Period.ANNUAL: (least - counted) * scale}
        label = "over the statutory maximum" if not conditions.hours_stated else "for"
        fixed = package.fixed_overtime
        split = (
            ""
            if fixed is None or fixed.included_in is None
            else f" (the base left of {_yen(fixed.included_in.amount)} once the fixed overtime "
            f"pay for {float(fixed.hours):g} h takes its lawful minimum of "
            f"{_yen(fixed.amount.amount)})"
        )
        return (
            "offer.package.base",
            f"{_yen(base.amount)} {'a month' if per is Period.MONTHLY else 'a year'}{split}",
            f"pay of at least {_least(least)} a month {label} {float(hours):,.1f} scheduled hours "
            f"a month at {stated}" + _reading(base.amount, per, floor, other_period=True),
        )
    return None
