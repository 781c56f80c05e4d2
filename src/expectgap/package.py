"""Compensation packages: base pay, bonuses, allowances, fixed overtime, sign-on, equity, benefits.

Every part is a frozen dataclass validated at construction; every amount is a
:class:`~expectgap.money.Money` in the package's one currency.

Conventions (documented, not guessed):

- A bonus stated in months (Japan's "賞与 年2回 計2ヶ月") is that many months of *monthly base
  pay*, excluding allowances; it is split evenly over its payment months (default June and
  December). Whether a fixed or month-based bonus is guaranteed is "not stated" unless the offer
  says so (``guaranteed=True`` / ``False``); such a bonus counts at its stated amount in the
  package's cash, as offers quote 想定年収, and reports say its guarantee is not stated. Target
  bonuses are variable and count at their expected payout in expected cash.
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

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from expectgap._limits import MAX_ITEMS, flag, optional_text, shown
from expectgap.conditions import WorkingConditions
from expectgap.errors import CurrencyMismatch, InvalidInput
from expectgap.money import MONTHS_IN_YEAR, Money, Number, Period, as_fraction

__all__ = [
    "ALLOWANCE_KINDS",
    "Allowance",
    "Benefit",
    "Bonus",
    "CompensationPackage",
    "EquityGrant",
    "FixedOvertime",
    "PricePath",
    "SignOn",
]

_PERCENT = 100
#: How a sign-on bonus is repaid on an early departure: in full, or the unserved share.
CLAWBACKS = ("full", "pro_rata")


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
    guaranteed : bool, optional
        Whether the bonus is contractually guaranteed; None (the default for fixed and
        month-based bonuses) when the offer does not say. A bonus whose guarantee is not stated
        counts at its stated amount in the package's cash, as offers quote it (想定年収), and
        reports say that its guarantee is not stated; a candidate who asks for a guaranteed
        bonus is not given it.
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
    guaranteed: bool | None = None
    payment_months: tuple[int, ...] = (6, 12)

    def __post_init__(self) -> None:
        _name(self.name, "bonus.name")
        if self.guaranteed is not None:
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
        guaranteed: bool | None = None,
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
        guaranteed: bool | None = None,
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


#: Kinds of allowance that labour law treats apart (Japan: pay left out of the overtime-premium
#: base and of the minimum-wage comparison). ``"other"`` is any allowance that counts in full.
ALLOWANCE_KINDS = (
    "family",
    "commuting",
    "separation",
    "education",
    "housing",
    "temporary",
    "over_one_month",
    "attendance",
    "other",
)


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
    kind : str, optional
        One of :data:`ALLOWANCE_KINDS`: what the allowance pays for, as labour law sorts it
        (Japan: family, commuting, separation, children's education and housing allowances are
        left out of the overtime-premium base; family, commuting and perfect-attendance
        allowances out of the minimum-wage comparison). When None, a name equal to a kind is
        read as that kind, a commuting allowance as ``"commuting"``, anything else as
        ``"other"`` (counts in full).

    Examples
    --------
    >>> Allowance.commuting_allowance(Money(15_000, "JPY", "monthly")).commuting
    True
    >>> Allowance("housing", Money(20_000, "JPY", "monthly")).category
    'housing'
    >>> Allowance("position", Money(20_000, "JPY", "monthly"), kind="rent")
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: allowance[position].kind: got 'rent'; expected one of family, commuting, separation, education, housing, temporary, over_one_month, attendance, other
    """

    name: str
    amount: Money
    taxable: bool = True
    social_insurance: bool = True
    commuting: bool = False
    kind: str | None = None

    def __post_init__(self) -> None:
        _name(self.name, "allowance.name")
        for name in ("taxable", "social_insurance", "commuting"):
            flag(getattr(self, name), f"allowance[{self.name}].{name}")
        _money(f"allowance[{self.name}].amount", self.amount, period=Period.MONTHLY)
        if self.kind is not None and self.kind not in ALLOWANCE_KINDS:
            raise InvalidInput(
                f"allowance[{self.name}].kind", self.kind, "one of " + ", ".join(ALLOWANCE_KINDS)
            )

    @property
    def category(self) -> str:
        """The kind, stated or read from the name (see ``kind``).

        Examples
        --------
        >>> Allowance("team lead", Money(10_000, "JPY", "monthly")).category
        'other'
        """
        if self.kind is not None:
            return self.kind
        if self.commuting:
            return "commuting"
        name = self.name.strip().lower()
        return name if name in ALLOWANCE_KINDS else "other"

    @classmethod
    def commuting_allowance(cls, amount: Money) -> Allowance:
        """A commuting allowance (通勤手当).

        Examples
        --------
        >>> Allowance.commuting_allowance(Money(20_000, "JPY", "monthly")).name
        'commuting'
        """
        return cls(
            "commuting",
            amount,
            taxable=False,
            social_insurance=True,
            commuting=True,
            kind="commuting",
        )


@dataclass(frozen=True)
class FixedOvertime:
    """Fixed overtime pay (固定残業代): a monthly amount that covers ``hours`` of overtime.

    Hours beyond ``hours`` are paid on top at ``excess_multiplier`` times the hourly base
    rate; when it is None, the jurisdiction's statutory minimum applies.

    Offers state it in two ways: base pay plus a fixed amount (「基本給30万円＋固定残業代7万円
    （30時間分）」: give ``amount``), or monthly pay with the fixed overtime pay included
    (「月給38万円（固定残業代30時間分を含む）」): the amount is then solved under the
    jurisdiction's law (for Japan :func:`expectgap.payroll.jp.fixed_overtime_included`), and
    ``included_in`` keeps the monthly pay as the offer stated it.

    Parameters
    ----------
    hours : number
        Overtime hours per month the amount covers (>= 0).
    amount : Money
        Fixed overtime pay per month (monthly period).
    excess_multiplier : number, optional
        Premium for hours beyond ``hours`` (>= 1).
    included_in : Money, optional
        The all-inclusive monthly pay as stated, when the offer stated it that way.

    Examples
    --------
    >>> FixedOvertime(hours=20, amount=Money(50_000, "JPY", "monthly")).hours
    Fraction(20, 1)
    """

    hours: Number
    amount: Money
    excess_multiplier: Number | None = None
    included_in: Money | None = None

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
        if self.included_in is not None:
            _money("fixed_overtime.included_in", self.included_in, period=Period.MONTHLY)
            if self.included_in.currency != self.amount.currency:
                raise CurrencyMismatch(
                    self.amount.currency, self.included_in.currency, "fixed_overtime.included_in"
                )
            if self.included_in.amount < self.amount.amount:
                raise InvalidInput(
                    "fixed_overtime.included_in",
                    str(self.included_in),
                    f"monthly pay at least the fixed overtime pay ({self.amount})",
                )

    def scaled(self, factor: Fraction) -> FixedOvertime:
        """The same hours with the amount multiplied by ``factor`` (a counter-offer moving the
        base pay moves the fixed overtime pay in proportion, so a lawful amount stays lawful).

        Examples
        --------
        >>> fo = FixedOvertime(hours=20, amount=Money(50_000, "JPY", "monthly"))
        >>> print(fo.scaled(Fraction(11, 10)).amount)
        ¥55,000 per month
        """
        amount = Money(self.amount.amount * factor, self.amount.currency, Period.MONTHLY)
        return FixedOvertime(self.hours, amount, self.excess_multiplier)


@dataclass(frozen=True)
class SignOn:
    """A one-off sign-on bonus paid in year 1, repayable if the hire leaves within
    ``clawback_months``.

    Parameters
    ----------
    amount : Money
        The bonus (a one-off amount).
    clawback_months : int
        Months of service after which nothing is repayable (0: no clawback).
    clawback : {"full", "pro_rata"}
        ``"full"``: the whole bonus is repayable on leaving before ``clawback_months``;
        ``"pro_rata"``: the unserved share, ``amount x (clawback_months - served) /
        clawback_months``.

    Examples
    --------
    >>> s = SignOn(Money(20_000, "USD"), clawback_months=12, clawback="pro_rata")
    >>> print(s.repayable(months_served=3))
    $15,000.00
    >>> print(SignOn(Money(20_000, "USD"), clawback_months=12).repayable(months_served=11))
    $20,000.00
    """

    amount: Money
    clawback_months: int = 0
    clawback: str = "full"

    def __post_init__(self) -> None:
        _money("sign_on.amount", self.amount, period=None)
        _whole("sign_on.clawback_months", self.clawback_months, 0, _MAX_MONTHS)
        if self.clawback not in CLAWBACKS:
            raise InvalidInput("sign_on.clawback", self.clawback, "one of " + ", ".join(CLAWBACKS))

    def repayable(self, *, months_served: int) -> Money:
        """What the hire repays on leaving after ``months_served`` whole months.

        Examples
        --------
        >>> SignOn(Money(1_200, "USD"), clawback_months=12, clawback="pro_rata").repayable(
        ...     months_served=12)
        Money(0, 'USD')
        """
        served = _whole("months_served", months_served, 0, _MAX_MONTHS)
        if served >= self.clawback_months:
            return Money(0, self.amount.currency)
        if self.clawback == "full":
            return self.amount
        return self.amount * Fraction(self.clawback_months - served, self.clawback_months)


def _whole(name: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput(name, value, f"a whole number of months in [{low}, {high}]")
    return value


#: How often shares vest, in months, by the words offers use.
VEST_EVERY = {"monthly": 1, "quarterly": 3, "semiannually": 6, "annually": 12}
_MAX_MONTHS = 600  # fifty years: longer schedules are refused as implausible
# A float percentage is read as the simplest fraction that is that float (so 100/48 typed as
# 2.0833333333333335 is 25/12 and 48 of them sum to exactly 100); denominators are searched
# up to this bound.
_FLOAT_DENOMINATOR = 1_000_000


def _share(value: object, name: str) -> Fraction:
    """A percentage, exactly: floats by their simplest fraction, strings may be ``"25/12"``."""
    if isinstance(value, str) and "/" in value:
        top, _, bottom = value.partition("/")
        denominator = as_fraction(bottom, name)
        if denominator == 0:
            raise InvalidInput(name, value, "a number or a fraction such as '25/12'")
        return as_fraction(top, name) / denominator
    if isinstance(value, float) and math.isfinite(value):
        simple = Fraction(value).limit_denominator(_FLOAT_DENOMINATOR)
        if float(simple) == value:
            return simple
    return as_fraction(value, name)


@dataclass(frozen=True)
class PricePath:
    """An assumed path of the share price, relative to the price at grant (always an
    assumption, never a fact: reports label it).

    Build with :meth:`flat` (the default: the price at grant throughout), :meth:`growth` (a
    constant annual rate) or :meth:`yearly` (the user's own scenario: the price in each year as
    a multiple of the price at hire, the last one held after).

    Shares vesting ``m`` months after the hire are valued at the price then: ``(1 + g) ** (m /
    12)`` times the price at hire under a growth rate, ``multiples[k - 1]`` for a vest in year
    ``k`` under a yearly path. A grant made later (a refresh) is stated at the price of its
    grant date, so its value moves by the ratio of the two prices.

    Examples
    --------
    >>> PricePath.growth(0.10).multiple(24)
    Fraction(121, 100)
    >>> PricePath.yearly((1, 0.8, 1.2), name="dip").multiple(30)
    Fraction(6, 5)
    >>> PricePath.flat().label
    'share price flat at its value at grant'
    """

    name: str = "flat"
    annual_growth: Fraction | None = None
    multiples: tuple[Fraction, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip() or len(self.name) > _MAX_NAME:
            raise InvalidInput("price_path.name", self.name, f"a name of 1-{_MAX_NAME} characters")
        if self.annual_growth is not None and self.multiples:
            raise InvalidInput(
                "price_path", self.name, "a growth rate or yearly multiples, not both"
            )
        if self.annual_growth is not None:
            rate = as_fraction(self.annual_growth, "price_path.annual_growth")
            if not -1 < rate <= _MAX_GROWTH:
                raise InvalidInput(
                    "price_path.annual_growth", self.annual_growth, f"a rate in (-1, {_MAX_GROWTH}]"
                )
            object.__setattr__(self, "annual_growth", rate)
        values = tuple(as_fraction(m, "price_path.multiples") for m in self.multiples)
        if any(m < 0 or m > _MAX_MULTIPLE for m in values) or len(values) > _MAX_MONTHS:
            raise InvalidInput(
                "price_path.multiples",
                self.multiples,
                f"up to {_MAX_MONTHS} multiples in [0, {_MAX_MULTIPLE}]",
            )
        object.__setattr__(self, "multiples", values)

    @classmethod
    def flat(cls) -> PricePath:
        """The price stays at its value at grant.

        Examples
        --------
        >>> PricePath.flat().multiple(48)
        Fraction(1, 1)
        """
        return cls()

    @classmethod
    def growth(cls, rate: Number, *, name: str | None = None) -> PricePath:
        """The price grows at ``rate`` a year (``-0.2`` for a fall of 20% a year).

        Examples
        --------
        >>> PricePath.growth(0.05).name
        'growth 5%'
        """
        shown = f"growth {float(as_fraction(rate, 'price_path.annual_growth')) * 100:g}%"
        return cls(name or shown, annual_growth=as_fraction(rate, "price_path.annual_growth"))

    @classmethod
    def yearly(cls, multiples: Sequence[Number], *, name: str = "scenario") -> PricePath:
        """The price in year 1, 2, ... as a multiple of the price at hire (the last one held).

        Examples
        --------
        >>> PricePath.yearly([1, 1.5]).multiple(12), PricePath.yearly([1, 1.5]).multiple(13)
        (Fraction(1, 1), Fraction(3, 2))
        """
        values = tuple(multiples)
        if not values:
            raise InvalidInput("price_path.multiples", multiples, "at least one multiple")
        return cls(name, multiples=tuple(as_fraction(m, "price_path.multiples") for m in values))

    def multiple(self, month: int) -> Fraction:
        """The price ``month`` months after the hire, as a multiple of the price at hire.

        Examples
        --------
        >>> PricePath.growth(0.21).multiple(6) == PricePath.growth(0.21).multiple(6)
        True
        """
        if month <= 0:
            return Fraction(1)
        if self.multiples:
            year = -(-month // MONTHS_IN_YEAR)
            return self.multiples[min(year, len(self.multiples)) - 1]
        if self.annual_growth is None or self.annual_growth == 0:
            return Fraction(1)
        factor = 1 + self.annual_growth
        whole, part = divmod(month, MONTHS_IN_YEAR)
        exact = factor**whole
        if part == 0:
            return exact
        # A fractional power is irrational: it is rounded to a float, then read exactly.
        return exact * as_fraction(float(factor) ** (part / MONTHS_IN_YEAR))

    @property
    def label(self) -> str:
        """A short English description of the assumption.

        Examples
        --------
        >>> PricePath.growth(-0.1).label
        'share price -10% a year from its value at grant'
        """
        if self.multiples:
            shown = ", ".join(f"{float(m):g}x" for m in self.multiples)
            return f"share price by year ({self.name}): {shown} its value at hire"
        if self.annual_growth is None or self.annual_growth == 0:
            return "share price flat at its value at grant"
        return f"share price {float(self.annual_growth) * 100:+g}% a year from its value at grant"


_MAX_NAME = 200
_MAX_GROWTH = 10  # +1000% a year
_MAX_MULTIPLE = 1_000


@dataclass(frozen=True)
class EquityGrant:
    """An equity grant (RSUs, stock options at their stated value) and how it vests.

    State the schedule as the offer does:

    - **yearly percentages** (the default unit): ``(25, 25, 25, 25)``, or back-loaded
      ``(5, 15, 40, 40)``;
    - **a cliff, then monthly or quarterly vesting**: :meth:`cliff_then`, or
      ``vest_every="monthly"`` with yearly percentages (each year's share vests in equal parts);
    - **per-period percentages**: ``period_months=1`` makes each entry one month's share.

    Shares scheduled before the cliff vest at the cliff. Arithmetic is exact (fractions): the
    percentages must sum to exactly 100; a float is read as the simplest fraction equal to it
    (``100 / 48`` typed as a float is 25/12), and a string may be a fraction (``"25/12"``).

    Parameters
    ----------
    grant_value : Money
        Value at grant (one-off amount), at the share price of the grant date.
    vesting_pct : tuple of numbers
        Percentage vesting in each period (a year unless ``period_months`` says otherwise).
    cliff_months : int
        Nothing vests before this many months after the grant date.
    vest_every : int or str
        Months between vesting dates within a period (``"monthly"``, ``"quarterly"``,
        ``"annually"`` or a number of months dividing ``period_months``); default: once at the
        end of each period.
    period_months : int
        The length of the period of each ``vesting_pct`` entry (12: yearly percentages).
    start_month : int
        Months after the hire at which the grant is made (0 for the new-hire grant; 12 for a
        refresh grant after a year).
    name : str
        Label ("new-hire RSUs", "refresh").

    Examples
    --------
    >>> EquityGrant(Money(4_000_000, "JPY"), (25, 25, 25)).vesting_pct
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: equity.vesting_pct: got (25, 25, 25); expected percentages >= 0 summing to exactly 100 (they sum to 75)
    >>> g = EquityGrant.cliff_then(Money(200_000, "USD"), years=4, cliff_months=12, every="monthly")
    >>> [int(g.vested_in_year(k).amount) for k in range(1, 5)]
    [50000, 50000, 50000, 50000]
    >>> sum(share for _, share in g.vesting_events())
    Fraction(1, 1)
    """

    grant_value: Money
    vesting_pct: tuple[Number, ...] = (25, 25, 25, 25)
    cliff_months: int = 12
    vest_every: int | str | None = None
    period_months: int = MONTHS_IN_YEAR
    start_month: int = 0
    name: str = "equity"

    def __post_init__(self) -> None:
        _money("equity.grant_value", self.grant_value, period=None)
        raw = tuple(self.vesting_pct)
        if len(raw) > _MAX_MONTHS:
            raise InvalidInput(
                "equity.vesting_pct", f"{len(raw)} entries", f"at most {_MAX_MONTHS}"
            )
        pct = tuple(_share(p, "equity.vesting_pct") for p in raw)
        if not pct or any(p < 0 for p in pct) or sum(pct) != _PERCENT:
            total = sum(pct, Fraction(0))
            shown = total.numerator if total.denominator == 1 else repr(float(total))
            raise InvalidInput(
                "equity.vesting_pct",
                raw,
                f"percentages >= 0 summing to exactly 100 (they sum to {shown})",
            )
        period = _whole("equity.period_months", self.period_months, 1, _MAX_MONTHS)
        every = self.vest_every if self.vest_every is not None else period
        if isinstance(every, str):
            if every not in VEST_EVERY:
                raise InvalidInput(
                    "equity.vest_every", every, "one of " + ", ".join(VEST_EVERY) + " or months"
                )
            every = VEST_EVERY[every]
        every = _whole("equity.vest_every", every, 1, period)
        if period % every:
            raise InvalidInput(
                "equity.vest_every", self.vest_every, f"a number of months dividing {period}"
            )
        span = period * len(pct)
        _whole("equity.cliff_months", self.cliff_months, 0, span)
        _whole("equity.start_month", self.start_month, 0, _MAX_MONTHS)
        if not isinstance(self.name, str) or not self.name.strip() or len(self.name) > _MAX_NAME:
            raise InvalidInput("equity.name", self.name, f"a name of 1-{_MAX_NAME} characters")
        object.__setattr__(self, "vesting_pct", pct)
        object.__setattr__(self, "vest_every", every)
        object.__setattr__(self, "period_months", period)

    @classmethod
    def cliff_then(
        cls,
        grant_value: Money,
        *,
        years: int = 4,
        cliff_months: int = 12,
        every: int | str = "monthly",
        start_month: int = 0,
        name: str = "equity",
    ) -> EquityGrant:
        """Even vesting over ``years`` with a cliff, then every month (or quarter...).

        The way offers state it: "4 years, 1-year cliff, then monthly". The cliff releases
        what was scheduled before it.

        Examples
        --------
        >>> g = EquityGrant.cliff_then(Money(48_000, "USD"), every="quarterly", cliff_months=6)
        >>> [(m, str(s)) for m, s in g.vesting_events()][:3]
        [(6, '1/8'), (9, '1/16'), (12, '1/16')]
        """
        count = _whole("equity.years", years, 1, _MAX_MONTHS // MONTHS_IN_YEAR)
        step = VEST_EVERY.get(every, every) if isinstance(every, str) else every
        if isinstance(step, str):
            raise InvalidInput("equity.vest_every", every, "one of " + ", ".join(VEST_EVERY))
        return cls(
            grant_value,
            tuple(Fraction(_PERCENT, count) for _ in range(count)),
            cliff_months=cliff_months,
            vest_every=step,
            start_month=start_month,
            name=name,
        )

    def vesting_events(self) -> tuple[tuple[int, Fraction], ...]:
        """Each vesting date (months after the hire) and the share of the grant vesting then.

        Examples
        --------
        >>> EquityGrant(Money(1, "USD"), (5, 15, 40, 40)).vesting_events()[:2]
        ((12, Fraction(1, 20)), (24, Fraction(3, 20)))
        """
        every = int(self.vest_every or self.period_months)
        parts = self.period_months // every
        events: dict[int, Fraction] = {}
        for index, pct in enumerate(self.vesting_pct):
            share = as_fraction(pct) / _PERCENT / parts
            for part in range(1, parts + 1):
                month = max(index * self.period_months + part * every, self.cliff_months)
                events[month] = events.get(month, Fraction(0)) + share
        return tuple(
            (self.start_month + month, share) for month, share in sorted(events.items()) if share
        )

    def vested_in_year(self, year: int, price: PricePath | None = None) -> Money:
        """Value vesting in ``year`` (1-based, counted from the hire) under a price path
        (default flat: the value at grant).

        Examples
        --------
        >>> g = EquityGrant(Money(4_000_000, "JPY"), (25, 25, 25, 25), cliff_months=18)
        >>> [int(g.vested_in_year(k).amount) for k in range(1, 5)]
        [0, 2000000, 1000000, 1000000]
        >>> int(g.vested_in_year(3, PricePath.growth(0.1)).amount)
        1331000
        """
        path = PricePath.flat() if price is None else price
        low, high = (year - 1) * MONTHS_IN_YEAR, year * MONTHS_IN_YEAR
        at_grant = path.multiple(self.start_month)
        total = Fraction(0)
        for month, share in self.vesting_events():
            if low < month <= high:
                total += share * path.multiple(month) / at_grant if at_grant else Fraction(0)
        return self.grant_value * total

    def last_vesting_year(self) -> int:
        """The year (1-based, from the hire) of the last vesting date.

        Examples
        --------
        >>> EquityGrant(Money(1, "USD"), (50, 50), start_month=12).last_vesting_year()
        3
        """
        last = self.vesting_events()[-1][0]
        return -(-last // MONTHS_IN_YEAR)


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
        """Base + allowances + fixed overtime + bonuses not stated as variable (guaranteed, or
        whose guarantee is not stated), per year.

        Examples
        --------
        >>> pkg = CompensationPackage(base=Money(400_000, "JPY", "monthly"),
        ...                           bonuses=(Bonus.target(10),))
        >>> print(pkg.guaranteed_annual_cash())
        ¥4,800,000 per year
        """
        total = self._recurring_annual()
        for bonus in self.bonuses:
            if bonus.guaranteed is not False:
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

    def total_compensation(self, year: int = 1, price: PricePath | None = None) -> Money:
        """Total compensation in year ``year`` (1-based): expected cash, benefits, equity vesting
        in that year (valued under ``price``, flat by default), and the sign-on bonus in year 1.

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
            vested = grant.vested_in_year(year, price).amount
            total = total + Money(vested, self.currency, Period.ANNUAL)
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
        return max([g.last_vesting_year() for g in self.equity], default=1)

    def effective_hourly(
        self, conditions: WorkingConditions, *, excess_multiplier: Number | None = None
    ) -> Money:
        """Expected annual cash (with overtime beyond fixed overtime paid on top) per hour worked.

        Parameters
        ----------
        conditions : WorkingConditions
            Hours per week (required), weeks per year and expected overtime hours per month
            (none when not stated).
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
        expected = conditions.overtime_hours_per_month
        worked = Fraction(0) if expected is None else as_fraction(expected)
        excess = max(Fraction(0), worked - covered)
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
