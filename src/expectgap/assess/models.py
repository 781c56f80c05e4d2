"""What a candidate seeks and what a company offers: the inputs of :func:`expectgap.assess.assess`.

The model follows the recruiter's expectation-adjustment checklist (see
``docs/assessment.md``): the **position** sought (title, level, role family, duties, managing
people or not), the **salary** sought (gross annual, gross monthly or take-home, with a bonus
expectation), and the **other conditions** (hours, overtime, location, remote work, leave,
atmosphere). Each item carries a target, optionally a walk-away value (the least the candidate
would accept) and an importance: ``"must"`` or ``"want"``.

Examples
--------
>>> from expectgap.assess.models import Expectations, SalaryExpectation
>>> e = Expectations(salary=SalaryExpectation(400_000, basis="net_monthly", walk_away=370_000))
>>> e.salary.basis, int(e.salary.target), e.salary.importance
(<SalaryBasis.NET_MONTHLY: 'net_monthly'>, 400000, <Importance.MUST: 'must'>)
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from fractions import Fraction
from typing import TypeVar

from expectgap._checks import (
    AMOUNT,
    LEVEL,
    POSITIVE_AMOUNT,
    level_order_bad,
    walk_away_bad,
    walk_away_expected,
)
from expectgap._limits import MAX_AGE as _MAX_AGE
from expectgap._limits import MAX_DEPENDENTS, MAX_ITEMS, flag, optional_text, shown, texts
from expectgap.conditions import Location, WorkingConditions
from expectgap.errors import InvalidInput
from expectgap.money import Money, Number, Period, as_fraction, currency
from expectgap.package import CompensationPackage
from expectgap.payroll.jp.household import Household

__all__ = [
    "ASSUMED_AGE",
    "BonusExpectation",
    "ConditionsSought",
    "Expectations",
    "Importance",
    "Limit",
    "LocationsSought",
    "Offer",
    "PositionSought",
    "PositionSpec",
    "SalaryBasis",
    "SalaryExpectation",
    "TagsSought",
]


class Importance(enum.StrEnum):
    """How much an expectation matters to the candidate.

    Examples
    --------
    >>> Importance.parse("Must")
    <Importance.MUST: 'must'>
    """

    MUST = "must"
    WANT = "want"

    @classmethod
    def parse(cls, value: Importance | str, field_name: str = "importance") -> Importance:
        """Accept an Importance or its name, case-insensitively.

        Examples
        --------
        >>> Importance.parse("want") is Importance.WANT
        True
        """
        return _parse_enum(cls, value, field_name)


class SalaryBasis(enum.StrEnum):
    """On which basis the candidate states the salary sought.

    ``gross_annual`` is compared with the offer's guaranteed annual cash (base, allowances, fixed
    overtime and guaranteed bonuses); ``gross_monthly`` with everything paid every month (base,
    allowances, fixed overtime). The take-home bases go through the jurisdiction's payroll
    engine:

    * ``net_monthly``: the take-home of a regular month's payslip, bonuses excluded (手取り月額,
      what a Japanese candidate means by 手取り月35万): in Japan the July payslip, the first
      month after the June change of the resident tax instalments
      (:func:`expectgap.payroll.jp.payslip`);
    * ``net_monthly_average``: the year's take-home / 12 (bonuses, the year-end adjustment and
      the resident tax spread over the months);
    * ``net_annual``: the year's take-home (bonuses included).

    Until version 0.1 ``net_monthly`` meant the year's take-home / 12; that is now
    ``net_monthly_average``.

    Examples
    --------
    >>> SalaryBasis.parse("net_monthly").is_net
    True
    """

    GROSS_ANNUAL = "gross_annual"
    GROSS_MONTHLY = "gross_monthly"
    NET_MONTHLY = "net_monthly"
    NET_MONTHLY_AVERAGE = "net_monthly_average"
    NET_ANNUAL = "net_annual"

    @classmethod
    def parse(cls, value: SalaryBasis | str, field_name: str = "basis") -> SalaryBasis:
        """Accept a SalaryBasis or its name.

        Examples
        --------
        >>> SalaryBasis.parse("gross_annual")
        <SalaryBasis.GROSS_ANNUAL: 'gross_annual'>
        """
        return _parse_enum(cls, value, field_name)

    @property
    def is_net(self) -> bool:
        """Whether the basis is take-home pay.

        Examples
        --------
        >>> SalaryBasis.GROSS_MONTHLY.is_net
        False
        """
        return self in (
            SalaryBasis.NET_MONTHLY,
            SalaryBasis.NET_MONTHLY_AVERAGE,
            SalaryBasis.NET_ANNUAL,
        )

    @property
    def period(self) -> Period:
        """The pay period of the basis.

        Examples
        --------
        >>> SalaryBasis.NET_MONTHLY.period
        <Period.MONTHLY: 'monthly'>
        """
        annual = (SalaryBasis.GROSS_ANNUAL, SalaryBasis.NET_ANNUAL)
        return Period.ANNUAL if self in annual else Period.MONTHLY


_E = TypeVar("_E", bound=enum.StrEnum)

#: The age take-home pay is computed at when the candidate's is not stated (a convention, not a
#: fact about the candidate: reports say it was assumed).
ASSUMED_AGE = 30


def _parse_enum(cls: type[_E], value: _E | str, field_name: str) -> _E:
    if isinstance(value, cls):
        return value
    try:
        return cls(str(value).strip().lower())
    except ValueError:
        raise InvalidInput(field_name, value, "one of " + ", ".join(m.value for m in cls)) from None


def _amount(name: str, value: Number, *, positive: bool = False) -> Fraction:
    number = as_fraction(value, name)
    if (POSITIVE_AMOUNT if positive else AMOUNT).bad(float(number)):
        raise InvalidInput(
            name, value, "a finite number > 0" if positive else "a finite number >= 0"
        )
    return number


def _walk_away(
    name: str, target: Fraction, walk_away: Number | None, *, higher_is_better: bool
) -> Fraction | None:
    if walk_away is None:
        return None
    value = _amount(f"{name}.walk_away", walk_away)
    if walk_away_bad(float(target), float(value), higher_is_better=higher_is_better):
        raise InvalidInput(
            f"{name}.walk_away",
            _plain(value),
            walk_away_expected(_show(target), higher_is_better=higher_is_better),
        )
    return value


def _plain(value: Fraction) -> int | float:
    return value.numerator if value.denominator == 1 else float(value)


def _show(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{float(value):g}"


def _text_tuple(name: str, values: object) -> tuple[str, ...]:
    out = []
    for item in texts(values, name):
        if not item.strip():
            raise InvalidInput(name, shown(values), "a list of non-empty strings")
        out.append(item.strip())
    return tuple(out)


@dataclass(frozen=True)
class SalaryExpectation:
    """The salary a candidate seeks.

    Parameters
    ----------
    target : number
        The amount the candidate aims for, > 0, per the period of ``basis``.
    basis : SalaryBasis or str
        ``"gross_annual"`` (default), ``"gross_monthly"``, ``"net_monthly"`` (a regular month's
        payslip), ``"net_monthly_average"`` (the year's take-home / 12) or ``"net_annual"``
        (see :class:`SalaryBasis`).
    walk_away : number, optional
        The least the candidate would accept (at most ``target``).
    currency : str
        ISO 4217 code; must be the offer's currency.
    importance : Importance or str
        ``"must"`` (default) or ``"want"``.

    Examples
    --------
    >>> SalaryExpectation(6_000_000, walk_away=6_500_000)
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: salary.walk_away: got 6500000; expected at most the target (6000000): the least the candidate would accept
    """

    target: Number
    basis: SalaryBasis | str = SalaryBasis.GROSS_ANNUAL
    walk_away: Number | None = None
    currency: str = "JPY"
    importance: Importance | str = Importance.MUST

    def __post_init__(self) -> None:
        target = _amount("salary.target", self.target, positive=True)
        object.__setattr__(self, "target", target)
        object.__setattr__(self, "basis", SalaryBasis.parse(self.basis, "salary.basis"))
        object.__setattr__(
            self,
            "walk_away",
            _walk_away("salary", target, self.walk_away, higher_is_better=True),
        )
        object.__setattr__(self, "currency", currency(self.currency).code)
        object.__setattr__(
            self, "importance", Importance.parse(self.importance, "salary.importance")
        )


@dataclass(frozen=True)
class BonusExpectation:
    """The bonus a candidate seeks, in months of monthly base pay or as an annual amount.

    Parameters
    ----------
    months : number, optional
        Months of monthly base pay per year (Japan's usual way, "賞与 年2回 計4ヶ月").
    amount : number, optional
        Annual amount in the offer's currency. Give exactly one of ``months`` and ``amount``.
    walk_away : number, optional
        The least the candidate would accept, in the same unit.
    guaranteed : bool
        True when only a guaranteed bonus counts (a variable bonus at its expected payout
        counts otherwise).
    importance : Importance or str
        ``"want"`` (default) or ``"must"``.

    Examples
    --------
    >>> BonusExpectation(months=4, walk_away=2).unit
    'months'
    """

    months: Number | None = None
    amount: Number | None = None
    walk_away: Number | None = None
    guaranteed: bool = False
    importance: Importance | str = Importance.WANT

    def __post_init__(self) -> None:
        if (self.months is None) == (self.amount is None):
            raise InvalidInput("bonus", (self.months, self.amount), "exactly one of months, amount")
        name = "bonus.months" if self.months is not None else "bonus.amount"
        raw = self.months if self.months is not None else self.amount
        assert raw is not None
        target = _amount(name, raw)
        object.__setattr__(self, "months" if self.months is not None else "amount", target)
        object.__setattr__(
            self, "walk_away", _walk_away("bonus", target, self.walk_away, higher_is_better=True)
        )
        flag(self.guaranteed, "bonus.guaranteed")
        object.__setattr__(
            self, "importance", Importance.parse(self.importance, "bonus.importance")
        )

    @property
    def target(self) -> Fraction:
        """The bonus sought, in :attr:`unit`.

        Examples
        --------
        >>> BonusExpectation(amount=600_000).target
        Fraction(600000, 1)
        """
        value = self.months if self.months is not None else self.amount
        return as_fraction(value)

    @property
    def unit(self) -> str:
        """``"months"`` (of monthly base pay) or ``"amount"`` (annual, offer currency).

        Examples
        --------
        >>> BonusExpectation(amount=1).unit
        'amount'
        """
        return "months" if self.months is not None else "amount"


@dataclass(frozen=True)
class Limit:
    """A numeric working condition sought: a target, a walk-away value and an importance.

    For hours and overtime the target is a maximum and the walk-away is the most the candidate
    would accept (at least the target); for remote days and leave the target is a minimum and the
    walk-away the least the candidate would accept (at most the target).
    :class:`ConditionsSought` checks the direction.

    Examples
    --------
    >>> Limit(40, walk_away=45, importance="must").importance
    <Importance.MUST: 'must'>
    """

    target: Number
    walk_away: Number | None = None
    importance: Importance | str = Importance.WANT

    def __post_init__(self) -> None:
        object.__setattr__(self, "target", _amount("limit.target", self.target))
        if self.walk_away is not None:
            object.__setattr__(self, "walk_away", _amount("limit.walk_away", self.walk_away))
        object.__setattr__(self, "importance", Importance.parse(self.importance))


@dataclass(frozen=True)
class LocationsSought:
    """Places of work the candidate accepts.

    A sought location matches an offered one when the country is equal and, where the sought
    location names a region or a city, those are equal too (case-insensitive).

    Examples
    --------
    >>> ls = LocationsSought((Location("JP", "tokyo"),), importance="must")
    >>> ls.matches(Location("JP", "Tokyo", "Minato")), ls.matches(Location("JP", "osaka"))
    (True, False)
    """

    accept: tuple[Location, ...]
    importance: Importance | str = Importance.WANT

    def __post_init__(self) -> None:
        accept = tuple(self.accept) if isinstance(self.accept, tuple | list) else None
        if not accept or not all(isinstance(x, Location) for x in accept):
            raise InvalidInput("locations.accept", self.accept, "a non-empty list of Location")
        if len(accept) > MAX_ITEMS:
            raise InvalidInput("locations.accept", f"{len(accept)} places", f"at most {MAX_ITEMS}")
        object.__setattr__(self, "accept", accept)
        object.__setattr__(
            self, "importance", Importance.parse(self.importance, "locations.importance")
        )

    def matches(self, offered: Location) -> bool:
        """Whether ``offered`` is one of the accepted places.

        Examples
        --------
        >>> LocationsSought((Location("JP"),)).matches(Location("JP", "osaka"))
        True
        """

        def same(a: str | None, b: str | None) -> bool:
            return a is None or (b is not None and a.casefold() == b.casefold())

        return any(
            a.country == offered.country
            and same(a.region, offered.region)
            and same(a.city, offered.city)
            for a in self.accept
        )


@dataclass(frozen=True)
class TagsSought:
    """Atmosphere tags the candidate looks for ("flat hierarchy", "code review culture").

    Examples
    --------
    >>> TagsSought(("Flat hierarchy",)).missing(("flat hierarchy", "fast-paced"))
    ()
    """

    tags: tuple[str, ...]
    importance: Importance | str = Importance.WANT

    def __post_init__(self) -> None:
        tags = _text_tuple("atmosphere.tags", self.tags)
        if not tags:
            raise InvalidInput("atmosphere.tags", self.tags, "at least one tag")
        object.__setattr__(self, "tags", tags)
        object.__setattr__(
            self, "importance", Importance.parse(self.importance, "atmosphere.importance")
        )

    def missing(self, offered: tuple[str, ...]) -> tuple[str, ...]:
        """Sought tags the offer does not name (case-insensitive), in the order sought.

        Examples
        --------
        >>> TagsSought(("a", "b")).missing(("B",))
        ('a',)
        """
        have = {t.casefold() for t in offered}
        return tuple(t for t in self.tags if t.casefold() not in have)


_LOWER_IS_BETTER = ("hours_per_week", "overtime_hours_per_month")
_HIGHER_IS_BETTER = ("remote_days_per_week", "paid_leave_days")


@dataclass(frozen=True)
class ConditionsSought:
    """The working conditions a candidate seeks; every item is optional.

    Parameters
    ----------
    hours_per_week : Limit, optional
        Maximum scheduled hours per week.
    overtime_hours_per_month : Limit, optional
        Maximum overtime hours per month.
    locations : LocationsSought, optional
        Acceptable places of work.
    remote_days_per_week : Limit, optional
        Minimum remote days per week.
    paid_leave_days : Limit, optional
        Minimum paid leave days per year.
    atmosphere : TagsSought, optional
        What the candidate looks for in the workplace.

    Examples
    --------
    >>> ConditionsSought(remote_days_per_week=Limit(2, walk_away=3))
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: remote_days_per_week.walk_away: got 3; expected at most the target (2): the least the candidate would accept
    """

    hours_per_week: Limit | None = None
    overtime_hours_per_month: Limit | None = None
    locations: LocationsSought | None = None
    remote_days_per_week: Limit | None = None
    paid_leave_days: Limit | None = None
    atmosphere: TagsSought | None = None

    def __post_init__(self) -> None:
        for name in (*_LOWER_IS_BETTER, *_HIGHER_IS_BETTER):
            limit = getattr(self, name)
            if limit is None:
                continue
            if not isinstance(limit, Limit):
                raise InvalidInput(name, limit, "a Limit (target, walk_away, importance)")
            target = as_fraction(limit.target)
            _walk_away(name, target, limit.walk_away, higher_is_better=name in _HIGHER_IS_BETTER)
        for name, kind in (("locations", LocationsSought), ("atmosphere", TagsSought)):
            value = getattr(self, name)
            if value is not None and not isinstance(value, kind):
                raise InvalidInput(name, value, f"a {kind.__name__}")


@dataclass(frozen=True)
class PositionSpec:
    """A position: title, level, role family, duties, and whether it manages people.

    Parameters
    ----------
    title : str, optional
        Job title (職位 / job title as written on the offer).
    level : int, optional
        Level on the company's ladder (higher is more senior).
    role_family : str, optional
        Job family ("software engineering", "sales").
    duties : tuple of str
        Keywords of the duties (職務内容): "backend", "code review", ...
    manages_people : bool, optional
        Whether the position has direct reports.

    Examples
    --------
    >>> PositionSpec("Senior Engineer", level=4, duties=["backend"]).duties
    ('backend',)
    """

    title: str | None = None
    level: int | None = None
    role_family: str | None = None
    duties: tuple[str, ...] = ()
    manages_people: bool | None = None

    def __post_init__(self) -> None:
        for name in ("title", "role_family"):
            value = optional_text(getattr(self, name), f"position.{name}")
            if value is not None and not value.strip():
                raise InvalidInput(f"position.{name}", value, "a non-empty string")
        _level("position.level", self.level)
        object.__setattr__(self, "duties", _text_tuple("position.duties", self.duties))
        if self.manages_people is not None:
            flag(self.manages_people, "position.manages_people")


def _level(name: str, value: object) -> None:
    if value is not None and (
        isinstance(value, bool) or not isinstance(value, int) or LEVEL.bad(float(value))
    ):
        raise InvalidInput(name, value, LEVEL.expected)


@dataclass(frozen=True)
class PositionSought(PositionSpec):
    """The position a candidate seeks: a :class:`PositionSpec` with a minimum level.

    Parameters
    ----------
    min_level : int, optional
        The lowest level the candidate would accept (at most ``level``).
    importance : Importance or str
        ``"must"`` (default) or ``"want"``.

    Examples
    --------
    >>> PositionSought(level=3, min_level=4)
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: position.min_level: got 4; expected at most the level sought (3)
    """

    min_level: int | None = None
    importance: Importance | str = Importance.MUST

    def __post_init__(self) -> None:
        super().__post_init__()
        _level("position.min_level", self.min_level)
        if (
            self.min_level is not None
            and self.level is not None
            and level_order_bad(float(self.level), float(self.min_level))
        ):
            raise InvalidInput(
                "position.min_level", self.min_level, f"at most the level sought ({self.level})"
            )
        object.__setattr__(
            self, "importance", Importance.parse(self.importance, "position.importance")
        )


@dataclass(frozen=True)
class Expectations:
    """Everything the candidate seeks, plus the personal facts that change take-home pay.

    Parameters
    ----------
    position : PositionSought, optional
    salary : SalaryExpectation or sequence of SalaryExpectation, optional
        One salary target, or several on different bases ("年収600万 or 手取り月35万"): each
        is assessed as its own gap and the zone of agreement is built on the binding one (the
        one that needs the most pay). A sequence of one is stored as that target; several are
        stored as a tuple (see :attr:`salaries`).
    bonus : BonusExpectation, optional
    conditions : ConditionsSought
    age : int, optional
        The candidate's age (Japan: nursing-care insurance applies from 40 to 64). Not stated
        (None): take-home pay is computed at :data:`ASSUMED_AGE`, and the report says so.
    birth_date : datetime.date, optional
        The candidate's date of birth, instead of ``age`` (Japan: each premium month takes the
        age the law gives it, e.g. nursing care from the month holding the day before the 40th
        birthday; reports show the age at the end of the year, never the date).
    dependents : int
        Dependants aged 16 or over for income tax and resident tax (Japan: 控除対象扶養親族).
    household : expectgap.payroll.jp.Household, optional
        The rest of the household and the declarations behind the candidate's take-home pay
        in Japan (spouse, young, specific and elderly dependants, insurance premiums, iDeCo,
        ふるさと納税, the housing-loan credit, the place of residence). Not stated: the
        take-home assumes none of them, and the report says so.
    current : CompensationPackage, optional
        The candidate's current package, the anchor of the raise each offer represents
        (:func:`expectgap.compare_offers`).

    Examples
    --------
    >>> Expectations(age=-1)
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: age: got -1; expected a whole number of years in [15, 120]
    >>> two = Expectations(salary=[SalaryExpectation(6_000_000),
    ...                            SalaryExpectation(350_000, basis="net_monthly")])
    >>> [t.basis.value for t in two.salaries]
    ['gross_annual', 'net_monthly']
    >>> from expectgap.payroll.jp import Household
    >>> Expectations(household=Household(specific_dependents=1))
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: dependents: got 0; expected at least 1, the specific and elderly dependants of the household (they are counted within dependents)
    """

    position: PositionSought | None = None
    salary: SalaryExpectation | tuple[SalaryExpectation, ...] | None = None
    bonus: BonusExpectation | None = None
    conditions: ConditionsSought = field(default_factory=ConditionsSought)
    age: int | None = None
    birth_date: date | None = None
    dependents: int = 0
    household: Household | None = None
    current: CompensationPackage | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "salary", _salary_targets(self.salary))
        checks = (
            ("position", self.position, PositionSought),
            ("bonus", self.bonus, BonusExpectation),
        )
        for name, value, kind in checks:
            if value is not None and not isinstance(value, kind):
                raise InvalidInput(name, value, f"a {kind.__name__}")
        if self.current is not None and not isinstance(self.current, CompensationPackage):
            raise InvalidInput("current", self.current, "a CompensationPackage (current pay)")
        if not isinstance(self.conditions, ConditionsSought):
            raise InvalidInput("conditions", self.conditions, "a ConditionsSought")
        if self.birth_date is not None:
            if isinstance(self.birth_date, datetime) or not isinstance(self.birth_date, date):
                raise InvalidInput(
                    "birth_date", shown(self.birth_date), "a datetime.date such as 1986-05-01"
                )
            if self.age is not None:
                raise InvalidInput("age", self.age, "None when birth_date is given (one of them)")
        if self.age is not None and (
            isinstance(self.age, bool)
            or not isinstance(self.age, int)
            or not 15 <= self.age <= _MAX_AGE
        ):
            raise InvalidInput("age", self.age, f"a whole number of years in [15, {_MAX_AGE}]")
        if (
            isinstance(self.dependents, bool)
            or not isinstance(self.dependents, int)
            or not 0 <= self.dependents <= MAX_DEPENDENTS
        ):
            raise InvalidInput(
                "dependents", shown(self.dependents), f"a whole number from 0 to {MAX_DEPENDENTS}"
            )
        if self.household is not None:
            if not isinstance(self.household, Household):
                raise InvalidInput("household", shown(self.household), "a jp.Household")
            least = self.household.counted_within_dependents
            if self.dependents < least:
                raise InvalidInput(
                    "dependents",
                    self.dependents,
                    f"at least {least}, the specific and elderly dependants of the household "
                    "(they are counted within dependents)",
                )

    @property
    def salaries(self) -> tuple[SalaryExpectation, ...]:
        """The salary targets, in the order given (empty when none is stated).

        Examples
        --------
        >>> Expectations(salary=SalaryExpectation(300_000, basis="gross_monthly")).salaries[0].target
        Fraction(300000, 1)
        """
        if self.salary is None:
            return ()
        return self.salary if isinstance(self.salary, tuple) else (self.salary,)


def _salary_targets(
    value: object,
) -> SalaryExpectation | tuple[SalaryExpectation, ...] | None:
    """One target, or a tuple of two or more on distinct bases."""
    if value is None or isinstance(value, SalaryExpectation):
        return value
    items = tuple(value) if isinstance(value, tuple | list) else None
    if not items or not all(isinstance(x, SalaryExpectation) for x in items):
        raise InvalidInput(
            "salary", value, "a SalaryExpectation or a non-empty list of SalaryExpectation"
        )
    bases = [SalaryBasis.parse(x.basis) for x in items]
    repeated = sorted({b.value for b in bases if bases.count(b) > 1})
    if repeated:
        raise InvalidInput(
            "salary", value, f"one target per basis (repeated: {', '.join(repeated)})"
        )
    return items[0] if len(items) == 1 else items


@dataclass(frozen=True)
class Offer:
    """What the company offers.

    Parameters
    ----------
    position : PositionSpec
        The position offered.
    package : CompensationPackage
        Pay: base, bonuses, allowances, fixed overtime.
    conditions : WorkingConditions
        Hours, overtime, location, remote days, paid leave.
    budget_ceiling : Money, optional
        The most the company can pay (recruiter-only; never shown to the candidate): monthly
        (compared with everything paid every month) or annual (compared with guaranteed annual
        cash).
    atmosphere : tuple of str
        How the company describes its workplace.
    annual_holidays : int, optional
        Days off per year (年間休日), shown with paid leave.

    Examples
    --------
    >>> from expectgap.money import Money
    >>> pkg = CompensationPackage(base=Money(450_000, "JPY", "monthly"))
    >>> Offer(PositionSpec("Engineer"), pkg, budget_ceiling=Money(5, "USD", "monthly"))
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: budget_ceiling: got Money(5, 'USD', 'monthly'); expected an amount in the package currency (JPY)
    """

    position: PositionSpec
    package: CompensationPackage
    conditions: WorkingConditions = field(default_factory=WorkingConditions)
    budget_ceiling: Money | None = None
    atmosphere: tuple[str, ...] = ()
    annual_holidays: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.position, PositionSpec):
            raise InvalidInput("offer.position", self.position, "a PositionSpec")
        if not isinstance(self.package, CompensationPackage):
            raise InvalidInput("offer.package", self.package, "a CompensationPackage")
        if not isinstance(self.conditions, WorkingConditions):
            raise InvalidInput("offer.conditions", self.conditions, "a WorkingConditions")
        budget = self.budget_ceiling
        if budget is not None:
            if not isinstance(budget, Money) or budget.currency != self.package.currency:
                raise InvalidInput(
                    "budget_ceiling",
                    budget,
                    f"an amount in the package currency ({self.package.currency})",
                )
            if budget.period not in (Period.MONTHLY, Period.ANNUAL) or budget.amount <= 0:
                raise InvalidInput("budget_ceiling", budget, "a monthly or annual amount > 0")
        object.__setattr__(self, "atmosphere", _text_tuple("offer.atmosphere", self.atmosphere))
        holidays = self.annual_holidays
        if holidays is not None and (
            isinstance(holidays, bool) or not isinstance(holidays, int) or not 0 <= holidays <= 366
        ):
            raise InvalidInput("annual_holidays", holidays, "a whole number of days in [0, 366]")
