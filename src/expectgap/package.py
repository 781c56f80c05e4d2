"""Compensation packages: base pay, bonuses, allowances, fixed overtime, sign-on, equity, benefits.

Every part is a frozen dataclass validated at construction; every amount is a
:class:`~expectgap.money.Money` in the package's one currency.

Conventions (documented, not guessed):

- A bonus stated in months (Japan's "賞与 年2回 計2ヶ月") is that many months of *monthly base
  pay*, excluding allowances; it is split evenly over its payment months (default June and
  December). Fixed and month-based bonuses are guaranteed unless marked otherwise; target bonuses
  are variable and count at their expected payout in expected cash.
- Regular monthly pay (the base for Japan's standard monthly remuneration) is base pay plus every
  allowance that counts for social insurance (commuting included) plus fixed overtime pay.
- The statutory minimum overtime premium is a jurisdiction's rule and lives in that
  jurisdiction's parameter files; see :func:`effective_hourly`.

Examples
--------
>>> from expectgap.money import Money
>>> from expectgap.package import CompensationPackage, Bonus
>>> pkg = CompensationPackage(base=Money(400_000, "JPY", "monthly"), bonuses=(Bonus.months_of_base(2),))
>>> print(pkg.guaranteed_annual_cash())
¥5,600,000 per year
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from expectgap._limits import MAX_ITEMS, flag, optional_text, shown
from expectgap.conditions import WorkingConditions
from expectgap.errors import CurrencyMismatch, InvalidInput
from expectgap.money import MONTHS_IN_YEAR, Money, Number, Period, as_fraction

__all__ = [
    "Allowance",
    "Benefit",
    "Bonus",
    "CompensationPackage",
    "EquityGrant",
    "FixedOvertime",
    "SignOn",
]

_PERCENT = 100


def _non_negative(name: str, value: Number) -> Fraction:
    number = as_fraction(value, name)
    if number < 0:
        raise InvalidInput(name, value, "a finite number >= 0")
    return number


def _money(name: str, value: Money, *, period: Period | tuple[Period, ...] | None) -> Money:
    if not isinstance(value, Money):
        raise InvalidInput(name, value, "a Money amount")
    allowed = period if isinstance(period, tuple) else (period,)
    if value.period not in allowed:
        names = ", ".join("one-off" if p is None else p.value for p in allowed)
        got = "one-off" if value.period is None else value.period.value
        raise InvalidInput(f"{name}.period", got, names)
    if value.amount < 0:
        raise InvalidInput(name, str(value), "an amount >= 0")
    return value


def _months(name: str, months: tuple[int, ...]) -> tuple[int, ...]:
    if not isinstance(months, list | tuple):
        raise InvalidInput(name, months, "a non-empty tuple of calendar months 1..12")
    values = tuple(months)
    if not values or any(
        isinstance(m, bool) or not isinstance(m, int) or not 1 <= m <= MONTHS_IN_YEAR
        for m in values
    ):
        raise InvalidInput(name, months, "a non-empty tuple of calendar months 1..12")
    if len(set(values)) != len(values):
        raise InvalidInput(name, months, "distinct calendar months")
    return tuple(sorted(values))


@dataclass(frozen=True)
class Bonus:
    """A bonus: a fixed amount, N months of base pay, or a target percentage.

    Use the constructors :meth:`fixed`, :meth:`months_of_base` and :meth:`target`.

    Parameters
    ----------
    name : str
        Label ("summer and winter bonus").
    amount : Money, optional
        Fixed amount per year (annual period).
    months : number, optional
        Months of monthly base pay per year.
    target_pct : number, optional
        Target as a percentage of annual base pay.
    expected_payout_pct : number
        Expected payout as a percentage of the stated amount (default 100).
    guaranteed : bool
        Whether the bonus is contractually guaranteed.
    payment_months : tuple of int
        Calendar months of payment, amounts split evenly (default June and December).

    Examples
    --------
    >>> Bonus.months_of_base(-1)
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: bonus.months: got -1; expected a finite number >= 0
    """

    name: str = "bonus"
    amount: Money | None = None
    months: Number | None = None
    target_pct: Number | None = None
    expected_payout_pct: Number = 100
    guaranteed: bool = True
    payment_months: tuple[int, ...] = (6, 12)

    def __post_init__(self) -> None:
        _name(self.name, "bonus.name")
        flag(self.guaranteed, "bonus.guaranteed")
        given = [x is not None for x in (self.amount, self.months, self.target_pct)]
        if sum(given) != 1:
            raise InvalidInput("bonus", self.name, "exactly one of amount, months or target_pct")
        if self.amount is not None:
            _money("bonus.amount", self.amount, period=Period.ANNUAL)
        if self.months is not None:
            object.__setattr__(self, "months", _non_negative("bonus.months", self.months))
        if self.target_pct is not None:
            object.__setattr__(
                self, "target_pct", _non_negative("bonus.target_pct", self.target_pct)
            )
        object.__setattr__(
            self,
            "expected_payout_pct",
            _non_negative("bonus.expected_payout_pct", self.expected_payout_pct),
        )
        object.__setattr__(
            self, "payment_months", _months("bonus.payment_months", self.payment_months)
        )

    @classmethod
    def fixed(
        cls,
        amount: Money,
        *,
        name: str = "bonus",
        guaranteed: bool = True,
        payment_months: tuple[int, ...] = (6, 12),
    ) -> Bonus:
        """A fixed annual amount.

        Examples
        --------
        >>> Bonus.fixed(Money(600_000, "JPY", "annual")).amount
        Money(600000, 'JPY', 'annual')
        """
        return cls(name=name, amount=amount, guaranteed=guaranteed, payment_months=payment_months)

    @classmethod
    def months_of_base(
        cls,
        months: Number,
        *,
        name: str = "bonus",
        guaranteed: bool = True,
        expected_payout_pct: Number = 100,
        payment_months: tuple[int, ...] = (6, 12),
    ) -> Bonus:
        """N months of monthly base pay per year, the way Japanese offers state bonuses.

        Examples
        --------
        >>> Bonus.months_of_base(4.5).months
        Fraction(9, 2)
        """
        return cls(
            name=name,
            months=months,
            guaranteed=guaranteed,
            expected_payout_pct=expected_payout_pct,
            payment_months=payment_months,
        )

    @classmethod
    def target(
        cls,
        pct: Number,
        *,
        expected_payout_pct: Number = 100,
        name: str = "bonus",
        payment_months: tuple[int, ...] = (12,),
    ) -> Bonus:
        """A variable target bonus as a percentage of annual base pay.

        Examples
        --------
        >>> Bonus.target(15, expected_payout_pct=80).guaranteed
        False
        """
        return cls(
            name=name,
            target_pct=pct,
            expected_payout_pct=expected_payout_pct,
            guaranteed=False,
            payment_months=payment_months,
        )

    def stated(self, annual_base: Money) -> Money:
        """The stated annual amount (before any expected-payout factor).

        Examples
        --------
        >>> Bonus.months_of_base(2).stated(Money(4_800_000, "JPY", "annual"))
        Money(800000, 'JPY', 'annual')
        """
        if self.amount is not None:
            return self.amount
        if self.months is not None:
            return annual_base * (as_fraction(self.months) / MONTHS_IN_YEAR)
        return annual_base * (as_fraction(self.target_pct) / _PERCENT)

    def expected(self, annual_base: Money) -> Money:
        """The expected annual amount: stated x expected payout %.

        Examples
        --------
        >>> Bonus.target(10, expected_payout_pct=50).expected(Money(1_000_000, "JPY", "annual"))
        Money(50000, 'JPY', 'annual')
        """
        return self.stated(annual_base) * (as_fraction(self.expected_payout_pct) / _PERCENT)


@dataclass(frozen=True)
class Allowance:
    """A monthly allowance (手当).

    Parameters
    ----------
    name : str
        Label ("housing", "commuting").
    amount : Money
        Amount per month (monthly period).
    taxable : bool
        Whether it is taxable income (commuting allowances are handled by the jurisdiction's
        non-taxable limit when ``commuting`` is set).
    social_insurance : bool
        Whether it counts toward social-insurance remuneration.
    commuting : bool
        Marks a commuting allowance (Japan: non-taxable up to a statutory monthly limit, counted
        for social insurance).

    Examples
    --------
    >>> Allowance.commuting_allowance(Money(15_000, "JPY", "monthly")).commuting
    True
    """

    name: str
    amount: Money
    taxable: bool = True
    social_insurance: bool = True
    commuting: bool = False

    def __post_init__(self) -> None:
        _name(self.name, "allowance.name")
        for name in ("taxable", "social_insurance", "commuting"):
            flag(getattr(self, name), f"allowance[{self.name}].{name}")
        _money(f"allowance[{self.name}].amount", self.amount, period=Period.MONTHLY)

    @classmethod
    def commuting_allowance(cls, amount: Money) -> Allowance:
        """A commuting allowance (通勤手当).

        Examples
        --------
        >>> Allowance.commuting_allowance(Money(20_000, "JPY", "monthly")).name
        'commuting'
        """
        return cls("commuting", amount, taxable=False, social_insurance=True, commuting=True)


@dataclass(frozen=True)
class FixedOvertime:
    """Fixed overtime pay (固定残業代): a monthly amount that covers ``hours`` of overtime.

    Hours beyond ``hours`` are paid on top at ``excess_multiplier`` times the hourly base
    rate; when it is None, the jurisdiction's statutory minimum applies.

    Examples
    --------
    >>> FixedOvertime(hours=20, amount=Money(50_000, "JPY", "monthly")).hours
    Fraction(20, 1)
    """

    hours: Number
    amount: Money
    excess_multiplier: Number | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "hours", _non_negative("fixed_overtime.hours", self.hours))
        _money("fixed_overtime.amount", self.amount, period=Period.MONTHLY)
        if self.excess_multiplier is not None:
            multiplier = as_fraction(self.excess_multiplier, "fixed_overtime.excess_multiplier")
            if multiplier < 1:
                raise InvalidInput(
                    "fixed_overtime.excess_multiplier", self.excess_multiplier, "a multiplier >= 1"
                )
            object.__setattr__(self, "excess_multiplier", multiplier)


@dataclass(frozen=True)
class SignOn:
    """A one-off sign-on bonus, repayable if the hire leaves within ``clawback_months``.

    Examples
    --------
    >>> SignOn(Money(500_000, "JPY"), clawback_months=12).clawback_months
    12
    """

    amount: Money
    clawback_months: int = 0

    def __post_init__(self) -> None:
        _money("sign_on.amount", self.amount, period=None)
        if (
            isinstance(self.clawback_months, bool)
            or not isinstance(self.clawback_months, int)
            or self.clawback_months < 0
        ):
            raise InvalidInput(
                "sign_on.clawback_months", self.clawback_months, "a whole number of months >= 0"
            )


@dataclass(frozen=True)
class EquityGrant:
    """An equity grant valued at grant, vesting by year.

    Parameters
    ----------
    grant_value : Money
        Value at grant (one-off amount).
    vesting_pct : tuple of numbers
        Percentage vesting in each year; must sum to 100 (``(25, 25, 25, 25)``).
    cliff_months : int
        Nothing vests before this month; what would have vested by then vests at the cliff.

    Examples
    --------
    >>> EquityGrant(Money(4_000_000, "JPY"), (25, 25, 25)).vesting_pct
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: equity.vesting_pct: got (25, 25, 25); expected percentages >= 0 summing to 100 (they sum to 75)
    """

    grant_value: Money
    vesting_pct: tuple[Number, ...] = (25, 25, 25, 25)
    cliff_months: int = 12

    def __post_init__(self) -> None:
        _money("equity.grant_value", self.grant_value, period=None)
        raw = tuple(self.vesting_pct)
        pct = tuple(as_fraction(p, "equity.vesting_pct") for p in raw)
        if not pct or any(p < 0 for p in pct) or sum(pct) != _PERCENT:
            total = sum(pct)
            shown = total.numerator if total.denominator == 1 else float(total)
            raise InvalidInput(
                "equity.vesting_pct", raw, f"percentages >= 0 summing to 100 (they sum to {shown})"
            )
        if (
            isinstance(self.cliff_months, bool)
            or not isinstance(self.cliff_months, int)
            or not 0 <= self.cliff_months <= MONTHS_IN_YEAR * len(pct)
        ):
            raise InvalidInput(
                "equity.cliff_months",
                self.cliff_months,
                f"a whole number of months in [0, {MONTHS_IN_YEAR * len(pct)}]",
            )
        object.__setattr__(self, "vesting_pct", pct)

    def vested_in_year(self, year: int) -> Money:
        """Value vesting in ``year`` (1-based), the cliff moving earlier tranches to its year.

        Examples
        --------
        >>> g = EquityGrant(Money(4_000_000, "JPY"), (25, 25, 25, 25), cliff_months=18)
        >>> [int(g.vested_in_year(k).amount) for k in range(1, 5)]
        [0, 2000000, 1000000, 1000000]
        """
        cliff_year = max(1, -(-self.cliff_months // MONTHS_IN_YEAR))
        pct = [as_fraction(p) for p in self.vesting_pct]
        if year < cliff_year or year > len(pct):
            share = Fraction(0)
        elif year == cliff_year:
            share = sum(pct[:cliff_year], Fraction(0))
        else:
            share = pct[year - 1]
        return self.grant_value * (share / _PERCENT)


@dataclass(frozen=True)
class Benefit:
    """An employer-paid benefit valued per year (housing, insurance, meals...).

    Examples
    --------
    >>> Benefit("meal plan", Money(120_000, "JPY", "annual")).value
    Money(120000, 'JPY', 'annual')
    """

    name: str
    value: Money

    def __post_init__(self) -> None:
        _money(f"benefit[{self.name}].value", self.value, period=Period.ANNUAL)


@dataclass(frozen=True)
class CompensationPackage:
    """Everything a job pays.

    Parameters
    ----------
    base : Money
        Base pay, monthly or annual.
    bonuses, allowances, equity, benefits : tuples
        Parts of the package (see their classes).
    fixed_overtime : FixedOvertime, optional
        Fixed overtime pay.
    sign_on : SignOn, optional
        One-off sign-on bonus (paid in year 1).
    months_per_year : number
        Pay months per year for base pay (12 unless stated otherwise).

    Raises
    ------
    CurrencyMismatch
        If any part is in another currency than the base.

    Examples
    --------
    >>> pkg = CompensationPackage(
    ...     base=Money(400_000, "JPY", "monthly"),
    ...     bonuses=(Bonus.months_of_base(2),),
    ...     allowances=(Allowance.commuting_allowance(Money(15_000, "JPY", "monthly")),))
    >>> print(pkg.regular_monthly_pay())
    ¥415,000 per month
    >>> print(pkg.expected_annual_cash())
    ¥5,780,000 per year
    """

    base: Money
    bonuses: tuple[Bonus, ...] = ()
    allowances: tuple[Allowance, ...] = ()
    fixed_overtime: FixedOvertime | None = None
    sign_on: SignOn | None = None
    equity: tuple[EquityGrant, ...] = ()
    benefits: tuple[Benefit, ...] = field(default=())
    months_per_year: Number = MONTHS_IN_YEAR

    def __post_init__(self) -> None:
        _money("base", self.base, period=(Period.MONTHLY, Period.ANNUAL))
        months = as_fraction(self.months_per_year, "months_per_year")
        if months <= 0:
            raise InvalidInput("months_per_year", self.months_per_year, "a number > 0")
        object.__setattr__(self, "months_per_year", months)
        for name, kind in _PARTS.items():
            object.__setattr__(self, name, _parts(getattr(self, name), name, kind))
        for name, kind in (("fixed_overtime", FixedOvertime), ("sign_on", SignOn)):
            value = getattr(self, name)
            if value is not None and not isinstance(value, kind):
                raise InvalidInput(name, shown(value), f"a {kind.__name__} or None")
        for label, money in self._amounts():
            if money.currency != self.base.currency:
                raise CurrencyMismatch(self.base.currency, money.currency, f"package part {label}")

    def _amounts(self) -> list[tuple[str, Money]]:
        parts: list[tuple[str, Money]] = []
        parts += [(f"bonus {b.name}", b.amount) for b in self.bonuses if b.amount is not None]
        parts += [(f"allowance {a.name}", a.amount) for a in self.allowances]
        parts += [(f"equity #{i}", g.grant_value) for i, g in enumerate(self.equity)]
        parts += [(f"benefit {b.name}", b.value) for b in self.benefits]
        if self.fixed_overtime is not None:
            parts.append(("fixed overtime", self.fixed_overtime.amount))
        if self.sign_on is not None:
            parts.append(("sign-on", self.sign_on.amount))
        return parts

    @property
    def currency(self) -> str:
        """The package's currency.

        Examples
        --------
        >>> CompensationPackage(base=Money(1, "USD", "annual")).currency
        'USD'
        """
        return self.base.currency

    def _months(self) -> Fraction:
        return as_fraction(self.months_per_year)

    def monthly_base(self) -> Money:
        """Base pay per month.

        Examples
        --------
        >>> print(CompensationPackage(base=Money(6_000_000, "JPY", "annual")).monthly_base())
        ¥500,000 per month
        """
        if self.base.period is Period.MONTHLY:
            return self.base
        return Money(self.base.amount / self._months(), self.currency, Period.MONTHLY)

    def annual_base(self) -> Money:
        """Base pay per year.

        Examples
        --------
        >>> print(CompensationPackage(base=Money(400_000, "JPY", "monthly")).annual_base())
        ¥4,800,000 per year
        """
        if self.base.period is Period.ANNUAL:
            return self.base
        return Money(self.base.amount * self._months(), self.currency, Period.ANNUAL)

    def _monthly_to_annual(self, monthly: Money) -> Money:
        return Money(monthly.amount * MONTHS_IN_YEAR, self.currency, Period.ANNUAL)

    def monthly_allowances(self, *, social_insurance_only: bool = False) -> Money:
        """Sum of allowances per month.

        Examples
        --------
        >>> CompensationPackage(base=Money(1, "JPY", "monthly")).monthly_allowances()
        Money(0, 'JPY', 'monthly')
        """
        total = Money(0, self.currency, Period.MONTHLY)
        for allowance in self.allowances:
            if allowance.social_insurance or not social_insurance_only:
                total = total + allowance.amount
        return total

    def monthly_fixed_overtime(self) -> Money:
        """Fixed overtime pay per month (zero when there is none).

        Examples
        --------
        >>> CompensationPackage(base=Money(1, "JPY", "monthly")).monthly_fixed_overtime()
        Money(0, 'JPY', 'monthly')
        """
        if self.fixed_overtime is None:
            return Money(0, self.currency, Period.MONTHLY)
        return self.fixed_overtime.amount

    def regular_monthly_pay(self) -> Money:
        """Regular monthly pay: base + allowances counted for social insurance + fixed overtime.

        This is the remuneration from which Japan's standard monthly amount is graded.

        Examples
        --------
        >>> print(CompensationPackage(base=Money(300_000, "JPY", "monthly")).regular_monthly_pay())
        ¥300,000 per month
        """
        return (
            self.monthly_base()
            + self.monthly_allowances(social_insurance_only=True)
            + (self.monthly_fixed_overtime())
        )

    def _recurring_annual(self) -> Money:
        monthly_extras = self.monthly_allowances() + self.monthly_fixed_overtime()
        return self.annual_base() + self._monthly_to_annual(monthly_extras)

    def guaranteed_annual_cash(self) -> Money:
        """Base + allowances + fixed overtime + guaranteed bonuses, per year.

        Examples
        --------
        >>> pkg = CompensationPackage(base=Money(400_000, "JPY", "monthly"),
        ...                           bonuses=(Bonus.target(10),))
        >>> print(pkg.guaranteed_annual_cash())
        ¥4,800,000 per year
        """
        total = self._recurring_annual()
        for bonus in self.bonuses:
            if bonus.guaranteed:
                total = total + bonus.stated(self.annual_base())
        return total

    def expected_annual_cash(self) -> Money:
        """Guaranteed cash plus variable bonuses at their expected payout, per year.

        Examples
        --------
        >>> pkg = CompensationPackage(base=Money(400_000, "JPY", "monthly"),
        ...                           bonuses=(Bonus.target(10, expected_payout_pct=50),))
        >>> print(pkg.expected_annual_cash())
        ¥5,040,000 per year
        """
        total = self._recurring_annual()
        for bonus in self.bonuses:
            total = total + bonus.expected(self.annual_base())
        return total

    def bonus_payments(self) -> tuple[tuple[int, Money], ...]:
        """Expected bonus payments as (calendar month, amount), amounts split evenly over months.

        Examples
        --------
        >>> pkg = CompensationPackage(base=Money(400_000, "JPY", "monthly"),
        ...                           bonuses=(Bonus.months_of_base(2),))
        >>> [(m, int(a.amount)) for m, a in pkg.bonus_payments()]
        [(6, 400000), (12, 400000)]
        """
        payments: dict[int, Money] = {}
        for bonus in self.bonuses:
            share = bonus.expected(self.annual_base()) / len(bonus.payment_months)
            assert isinstance(share, Money)
            for month in bonus.payment_months:
                payments[month] = (
                    payments.get(month, Money(0, self.currency, Period.ANNUAL)) + share
                )
        return tuple((m, Money(a.amount, self.currency)) for m, a in sorted(payments.items()))

    def total_compensation(self, year: int = 1) -> Money:
        """Total compensation in year ``year`` (1-based): expected cash, benefits, equity vesting
        in that year, and the sign-on bonus in year 1.

        Examples
        --------
        >>> from expectgap.package import EquityGrant, SignOn
        >>> pkg = CompensationPackage(base=Money(6_000_000, "JPY", "annual"),
        ...     sign_on=SignOn(Money(500_000, "JPY")),
        ...     equity=(EquityGrant(Money(4_000_000, "JPY"), (25, 25, 25, 25)),))
        >>> print(pkg.total_compensation(1))
        ¥7,500,000 per year
        >>> print(pkg.total_compensation(2))
        ¥7,000,000 per year
        """
        if isinstance(year, bool) or not isinstance(year, int) or year < 1:
            raise InvalidInput("year", year, "a year number >= 1")
        total = self.expected_annual_cash()
        for benefit in self.benefits:
            total = total + benefit.value
        for grant in self.equity:
            total = total + Money(grant.vested_in_year(year).amount, self.currency, Period.ANNUAL)
        if year == 1 and self.sign_on is not None:
            total = total + Money(self.sign_on.amount.amount, self.currency, Period.ANNUAL)
        return total

    def vesting_horizon(self) -> int:
        """Years until every grant has fully vested (at least 1).

        Examples
        --------
        >>> CompensationPackage(base=Money(1, "JPY", "monthly")).vesting_horizon()
        1
        """
        return max([len(g.vesting_pct) for g in self.equity], default=1)

    def effective_hourly(
        self, conditions: WorkingConditions, *, excess_multiplier: Number | None = None
    ) -> Money:
        """Expected annual cash (with overtime beyond fixed overtime paid on top) per hour worked.

        Parameters
        ----------
        conditions : WorkingConditions
            Hours per week, weeks per year and expected overtime hours per month.
        excess_multiplier : number, optional
            Premium for overtime beyond the fixed-overtime hours when the package does not state
            one. Required when such overtime is expected and the package states none: use the
            jurisdiction's statutory minimum (for Japan,
            :func:`expectgap.payroll.jp.overtime_multiplier`).

        Examples
        --------
        >>> from expectgap.conditions import WorkingConditions
        >>> pkg = CompensationPackage(base=Money(520_000, "JPY", "monthly"))
        >>> print(pkg.effective_hourly(WorkingConditions(hours_per_week=40)))
        ¥3,000 per hour
        """
        if not isinstance(conditions, WorkingConditions):
            raise InvalidInput("conditions", conditions, "a WorkingConditions")
        hours = conditions.annual_hours()
        cash = self.expected_annual_cash().amount
        covered = (
            Fraction(0) if self.fixed_overtime is None else as_fraction(self.fixed_overtime.hours)
        )
        excess = max(Fraction(0), as_fraction(conditions.overtime_hours_per_month) - covered)
        if excess > 0:
            stated = None if self.fixed_overtime is None else self.fixed_overtime.excess_multiplier
            multiplier = stated if stated is not None else excess_multiplier
            if multiplier is None:
                raise InvalidInput(
                    "excess_multiplier",
                    None,
                    "the overtime premium (e.g. the statutory minimum) when overtime beyond fixed "
                    "overtime is expected",
                )
            hourly_base = self.monthly_base().amount / conditions.monthly_scheduled_hours()
            cash += excess * MONTHS_IN_YEAR * hourly_base * as_fraction(multiplier)
        return Money(cash / hours, self.currency, Period.HOURLY)


_PARTS: dict[str, type] = {
    "bonuses": Bonus,
    "allowances": Allowance,
    "equity": EquityGrant,
    "benefits": Benefit,
}


def _name(value: object, field: str) -> None:
    if optional_text(value, field) is None:
        raise InvalidInput(field, value, "a name as a string")


def _parts(value: object, field: str, kind: type) -> tuple[Any, ...]:
    """A package's parts: a list or tuple of ``kind``, at most :data:`MAX_ITEMS` of them."""
    if not isinstance(value, list | tuple):
        raise InvalidInput(field, shown(value), f"a list or tuple of {kind.__name__} (or empty)")
    if len(value) > MAX_ITEMS:
        raise InvalidInput(field, f"{len(value)} items", f"at most {MAX_ITEMS}")
    for item in value:
        if not isinstance(item, kind):
            raise InvalidInput(field, shown(item), f"a list or tuple of {kind.__name__}")
    return tuple(value)
