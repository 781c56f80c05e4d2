"""Public hypothesis strategies for expectgap values.

Every strategy generates *valid* values only (the constructors never raise for them), so that a
property test of your own comparison logic exercises that logic, not our input validation.
Ranges are keyword arguments with documented defaults; amounts are in major currency units
(yen, dollars) and are generated exactly (whole minor units, as :class:`fractions.Fraction`).

hypothesis is an optional dependency of expectgap: install the ``testing`` extra.

Examples
--------
>>> from hypothesis import given
>>> from expectgap.testing.strategies import money
>>> @given(money("JPY", min_value=1, max_value=10_000))
... def test_money_is_positive(m):
...     assert m.amount > 0
>>> test_money_is_positive()
"""

from __future__ import annotations

import math
from fractions import Fraction

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy
from scipy.special import ndtri

from expectgap.assess.models import (
    BonusExpectation,
    ConditionsSought,
    Expectations,
    Importance,
    Limit,
    LocationsSought,
    Offer,
    PositionSought,
    PositionSpec,
    SalaryBasis,
    SalaryExpectation,
    TagsSought,
)
from expectgap.conditions import Location, WorkingConditions
from expectgap.errors import InvalidInput
from expectgap.market.peers import PeerGroup
from expectgap.market.survey import SurveyTable
from expectgap.money import Money, Number, Period, as_fraction, currency, supported_currencies
from expectgap.package import (
    VEST_EVERY,
    Allowance,
    Benefit,
    Bonus,
    CompensationPackage,
    EquityGrant,
    FixedOvertime,
    SignOn,
)
from expectgap.payroll import jurisdiction_code
from expectgap.payroll.jp.deductions import Deductions
from expectgap.payroll.jp.household import Household
from expectgap.payroll.jp.labour_law import fixed_overtime_minimum, highest_minimum_wage
from expectgap.payroll.jp.prefectures import supported_prefectures
from expectgap.payroll.jp.resident_tax import supported_residences
from expectgap.payroll.uk import REGIONS as UK_REGIONS
from expectgap.payroll.us.states import supported_states

__all__ = [
    "compensation_packages",
    "equity_grants",
    "expectations",
    "households",
    "locations",
    "money",
    "offers",
    "peer_groups",
    "survey_tables",
    "working_conditions",
]

#: The 47 prefectures as romanized names accepted by the Japan payroll engine.
JP_PREFECTURES = tuple(p.name for p in supported_prefectures())


def _range(name: str, low: Number, high: Number) -> tuple[Fraction, Fraction]:
    lo, hi = as_fraction(low, f"{name} min"), as_fraction(high, f"{name} max")
    if lo < 0 or hi < lo:
        raise InvalidInput(name, (low, high), "0 <= min_value <= max_value")
    return lo, hi


def _exact_amounts(code: str, low: Fraction, high: Fraction) -> SearchStrategy[Fraction]:
    """Amounts in [low, high] with whole minor units of ``code``."""
    scale = 10 ** currency(code).minor_units
    first, last = math.ceil(low * scale), math.floor(high * scale)
    if last < first:
        raise InvalidInput("amount range", (low, high), f"a range holding a whole {code} amount")
    return st.integers(first, last).map(lambda units: Fraction(units, scale))


def money(
    currency: str | None = "JPY",
    *,
    min_value: Number = 0,
    max_value: Number = 100_000_000,
    period: Period | str | None = "monthly",
) -> SearchStrategy[Money]:
    """Generate :class:`~expectgap.money.Money` amounts.

    Parameters
    ----------
    currency : str or None
        ISO 4217 code of every amount; None draws from every supported currency.
    min_value, max_value : number
        Inclusive range of the amount in major units (``0 <= min_value <= max_value``).
    period : Period, str or None
        Pay period of every amount (``"annual"``, ``"monthly"``, ``"hourly"``); None for one-off
        amounts.

    Returns
    -------
    SearchStrategy[Money]
        Exact amounts in whole minor units of the currency (whole yen, whole cents).

    Examples
    --------
    >>> from hypothesis import find
    >>> find(money("USD", min_value="10.5", period="annual"), lambda m: True)
    Money(21/2, 'USD', 'annual')
    """
    low, high = _range("money", min_value, max_value)
    chosen = None if period is None else Period.parse(period)
    if currency is not None:
        code = Money(0, currency).currency
        return _exact_amounts(code, low, high).map(lambda a: Money(a, code, chosen))
    return st.sampled_from(supported_currencies()).flatmap(
        lambda code: _exact_amounts(code, low, high).map(lambda a: Money(a, code, chosen))
    )


def locations(country: str = "JP") -> SearchStrategy[Location]:
    """Generate :class:`~expectgap.conditions.Location` values.

    Parameters
    ----------
    country : str
        ISO 3166-1 alpha-2 code (``"UK"`` is taken for ``"GB"``). The region is one the payroll
        engine accepts: for ``"JP"`` one of the 47 prefectures (romanized), for ``"US"`` the
        postal code of a state with rules here, for ``"GB"`` a part of the United Kingdom;
        elsewhere it is None.

    Returns
    -------
    SearchStrategy[Location]

    Examples
    --------
    >>> from hypothesis import find
    >>> find(locations("JP"), lambda loc: loc.region == "tokyo").label()
    'tokyo, JP'
    >>> find(locations("UK"), lambda loc: loc.region == "scotland").label()
    'scotland, GB'
    """
    code = jurisdiction_code(country)
    regions = {"JP": JP_PREFECTURES, "US": supported_states(), "GB": UK_REGIONS}.get(code)
    if regions is None:
        return st.just(Location(code))
    return st.sampled_from(regions).map(lambda region: Location(code, region))


_FEWEST_WEEKLY_HOURS = 20


def working_conditions(
    *,
    country: str = "JP",
    min_hours_per_week: Number = _FEWEST_WEEKLY_HOURS,
    max_hours_per_week: Number = 50,
    max_overtime_hours_per_month: Number = 80,
    max_remote_days_per_week: int = 5,
    max_paid_leave_days: int = 40,
) -> SearchStrategy[WorkingConditions]:
    """Generate :class:`~expectgap.conditions.WorkingConditions`.

    Parameters
    ----------
    country : str
        Country of the location (see :func:`locations`).
    min_hours_per_week, max_hours_per_week : number
        Range of contractual hours per week (whole hours; ``0 < min <= max <= 168``).
    max_overtime_hours_per_month : number
        Expected overtime hours per month are drawn from ``[0, max]`` (whole hours).
    max_remote_days_per_week : int
        Remote days per week are drawn from ``[0, max]`` (``max <= 7``).
    max_paid_leave_days : int
        Paid leave days per year are drawn from ``[0, max]``.

    Returns
    -------
    SearchStrategy[WorkingConditions]

    Examples
    --------
    >>> from hypothesis import find
    >>> find(working_conditions(min_hours_per_week=35), lambda wc: True).hours_per_week
    Fraction(35, 1)
    """
    hours_low, hours_high = _range("hours_per_week", min_hours_per_week, max_hours_per_week)
    return st.builds(
        WorkingConditions,
        hours_per_week=st.integers(max(1, math.ceil(hours_low)), math.floor(hours_high)),
        overtime_hours_per_month=st.integers(
            0, math.floor(as_fraction(max_overtime_hours_per_month))
        ),
        location=locations(country),
        remote_days_per_week=st.integers(0, max_remote_days_per_week),
        paid_leave_days=st.integers(0, max_paid_leave_days),
        flex_time=st.booleans(),
    )


@st.composite
def _packages(
    draw: st.DrawFn,
    code: str,
    low: Fraction,
    high: Fraction,
    max_bonus_months: int,
    extras: bool,
) -> CompensationPackage:
    monthly_base = draw(_exact_amounts(code, low, high))
    base_period = draw(st.sampled_from((Period.MONTHLY, Period.ANNUAL)))
    base = (
        Money(monthly_base, code, Period.MONTHLY)
        if base_period is Period.MONTHLY
        else Money(monthly_base * 12, code, Period.ANNUAL)
    )
    half_months = st.integers(0, 2 * max_bonus_months).map(lambda k: Fraction(k, 2))
    # whether the bonus is guaranteed: stated, or (with extras) not stated
    guarantee = draw(st.sampled_from((True, None))) if extras else True
    bonuses = [Bonus.months_of_base(draw(half_months), name="bonus", guaranteed=guarantee)]
    if extras and draw(st.booleans()):
        bonuses.append(
            Bonus.target(
                draw(st.integers(0, 30)),
                expected_payout_pct=draw(st.integers(0, 150)),
                name="performance bonus",
            )
        )
    small = _exact_amounts(code, Fraction(0), high / 10)
    allowances = [Allowance.commuting_allowance(Money(draw(small), code, Period.MONTHLY))]
    overtime = None
    sign_on = None
    equity: tuple[EquityGrant, ...] = ()
    benefits: tuple[Benefit, ...] = ()
    if extras:
        if draw(st.booleans()):
            allowances.append(Allowance("housing", Money(draw(small), code, Period.MONTHLY)))
        if draw(st.booleans()):
            hours = draw(st.integers(1, 45))
            # at least the statutory minimum for any schedule working_conditions() draws
            least = fixed_overtime_minimum(
                hours,
                float(monthly_base + sum(a.amount.amount for a in allowances[1:])),
                float(_FEWEST_WEEKLY_HOURS * 52) / 12,
            )
            amount = Fraction(int(least)) + draw(small)
            overtime = FixedOvertime(hours=hours, amount=Money(amount, code, Period.MONTHLY))
        if draw(st.booleans()):
            sign_on = SignOn(Money(draw(small) * 3, code), clawback_months=draw(st.integers(0, 24)))
        if draw(st.booleans()):
            grant = Money(draw(_exact_amounts(code, Fraction(0), high * 24)), code)
            equity = (EquityGrant(grant, (25, 25, 25, 25), cliff_months=12),)
        if draw(st.booleans()):
            benefits = (Benefit("meal plan", Money(draw(small), code, Period.ANNUAL)),)
    return CompensationPackage(
        base=base,
        bonuses=tuple(bonuses),
        allowances=tuple(allowances),
        fixed_overtime=overtime,
        sign_on=sign_on,
        equity=equity,
        benefits=benefits,
    )


def compensation_packages(
    currency: str = "JPY",
    *,
    min_monthly_base: Number = 150_000,
    max_monthly_base: Number = 2_000_000,
    max_bonus_months: int = 6,
    extras: bool = True,
) -> SearchStrategy[CompensationPackage]:
    """Generate :class:`~expectgap.package.CompensationPackage` values in one currency.

    Parameters
    ----------
    currency : str
        ISO 4217 code of every amount in the package.
    min_monthly_base, max_monthly_base : number
        Range of the monthly base pay in major units; the base is stated monthly or annually
        (12 times the monthly amount) at random. The defaults suit yen; scale them for other
        currencies (e.g. ``2_000`` to ``30_000`` for USD).
    max_bonus_months : int
        A guaranteed months-of-base bonus in half months from 0 to this maximum is always present.
    extras : bool
        Also draw, each at random: a variable target bonus, a housing allowance, fixed overtime,
        a sign-on bonus, an equity grant and a benefit. With ``extras=False`` a package is base
        pay, the months bonus and a commuting allowance only (up to a tenth of the maximum base).

    Returns
    -------
    SearchStrategy[CompensationPackage]

    Examples
    --------
    >>> from hypothesis import find
    >>> pkg = find(compensation_packages(extras=False), lambda p: True)
    >>> print(pkg.regular_monthly_pay())
    ¥150,000 per month
    """
    low, high = _range("monthly base", min_monthly_base, max_monthly_base)
    if max_bonus_months < 0:
        raise InvalidInput("max_bonus_months", max_bonus_months, "a whole number >= 0")
    return _packages(currency, low, high, max_bonus_months, extras)


@st.composite
def _grants(draw: st.DrawFn, code: str, low: Fraction, high: Fraction) -> EquityGrant:
    value = Money(draw(_exact_amounts(code, low, high)), code)
    start = draw(st.sampled_from((0, 0, 6, 12, 24)))
    name = "new-hire grant" if start == 0 else "refresh"
    if draw(st.booleans()):
        return EquityGrant.cliff_then(
            value,
            years=draw(st.integers(1, 5)),
            cliff_months=draw(st.sampled_from((0, 6, 12))),
            every=draw(st.sampled_from(tuple(VEST_EVERY))),
            start_month=start,
            name=name,
        )
    # Yearly percentages: a random split of 100 into whole percents (back-loaded or not).
    years = draw(st.integers(1, 5))
    cuts = sorted(draw(st.lists(st.integers(0, 100), min_size=years - 1, max_size=years - 1)))
    pct = tuple(b - a for a, b in zip((0, *cuts), (*cuts, 100), strict=True))
    cliff = draw(st.integers(0, 12 * years))
    return EquityGrant(value, pct, cliff_months=cliff, start_month=start, name=name)


def equity_grants(
    currency: str = "USD", *, min_value: Number = 0, max_value: Number = 1_000_000
) -> SearchStrategy[EquityGrant]:
    """Generate :class:`~expectgap.package.EquityGrant` values stated the ways offers state them.

    Half are even grants over 1-5 years with a cliff of 0, 6 or 12 months then monthly,
    quarterly, semiannual or annual vesting; half are yearly percentages (any split of 100 in
    whole percents, back-loaded ones included) with any cliff. Some are refresh grants made 6,
    12 or 24 months after the hire.

    Examples
    --------
    >>> from hypothesis import find
    >>> grant = find(equity_grants(), lambda g: g.start_month == 12)
    >>> grant.name, sum(share for _, share in grant.vesting_events())
    ('refresh', Fraction(1, 1))
    """
    low, high = _range("grant value", min_value, max_value)
    return _grants(currency, low, high)


#: Standard percentiles published by salary surveys (BLS OEWS and most vendors).
STANDARD_PERCENTILES = (10.0, 25.0, 50.0, 75.0, 90.0)


@st.composite
def _tables(
    draw: st.DrawFn,
    code: str,
    period: Period,
    percentiles: tuple[float, ...],
    subsets: bool,
    low: float,
    high: float,
    max_sigma: float,
    with_n: bool,
    top_coded: bool,
) -> SurveyTable:
    chosen = percentiles
    if subsets and len(percentiles) > 2:
        chosen = tuple(
            sorted(
                draw(st.sets(st.sampled_from(percentiles), min_size=2, max_size=len(percentiles)))
            )
        )
    median = draw(st.floats(low, high))
    sigma = draw(st.floats(0.05, max_sigma))
    values: list[float] = []
    for p in chosen:
        noise = draw(st.floats(-0.01, 0.01))
        value = float(round(median * math.exp(sigma * float(ndtri(p / 100.0))) * (1 + noise)))
        values.append(max(value, values[-1] + 1 if values else 1.0))
    n = draw(st.integers(5, 100_000)) if with_n and draw(st.booleans()) else None
    top: tuple[float, ...] = ()
    if top_coded and len(chosen) >= 3 and draw(st.booleans()):
        top = (chosen[-1],)
    return SurveyTable.from_percentiles(
        dict(zip(chosen, values, strict=True)),
        currency=code,
        period=period,
        n=n,
        top_coded=top,
        source="generated by expectgap.testing.strategies.survey_tables",
    )


def survey_tables(
    currency: str = "USD",
    *,
    period: Period | str = "annual",
    percentiles: tuple[float, ...] = STANDARD_PERCENTILES,
    subsets: bool = True,
    min_median: float = 20_000,
    max_median: float = 300_000,
    max_sigma: float = 0.8,
    with_n: bool = True,
    top_coded: bool = False,
) -> SearchStrategy[SurveyTable]:
    """Generate valid :class:`~expectgap.market.SurveyTable` values (values rise strictly).

    The values follow a lognormal shape, ``median x exp(sigma x z_p)`` with +-1% noise per
    point, rounded to whole units and pushed up where needed so that they always rise strictly.

    Parameters
    ----------
    currency : str
        ISO 4217 code of the table.
    period : Period or str
        Pay period of the amounts.
    percentiles : tuple of float
        The published percentiles to draw from (each strictly between 0 and 100).
    subsets : bool
        Draw a random subset (at least two) of ``percentiles`` instead of all of them.
    min_median, max_median : float
        Range of the median of the underlying shape (> 0).
    max_sigma : float
        Largest log-space spread (the smallest is 0.05).
    with_n : bool
        Sometimes set ``n``, the number of observations (5 to 100,000).
    top_coded : bool
        Sometimes mark the highest percentile as top-coded (tables with three or more points).

    Returns
    -------
    SearchStrategy[SurveyTable]

    Examples
    --------
    >>> from hypothesis import find
    >>> t = find(survey_tables(subsets=False), lambda t: True)
    >>> t.percentiles, all(a < b for a, b in zip(t.values, t.values[1:]))
    ((10.0, 25.0, 50.0, 75.0, 90.0), True)
    """
    ordered = tuple(sorted(float(p) for p in percentiles))
    if (
        len(ordered) < 2
        or len(set(ordered)) != len(ordered)
        or not 0 < ordered[0] < ordered[-1] < 100
    ):
        raise InvalidInput(
            "percentiles", percentiles, "at least two distinct percentiles in (0, 100)"
        )
    if not 0 < min_median <= max_median:
        raise InvalidInput("median range", (min_median, max_median), "0 < min_median <= max_median")
    if not 0.05 <= max_sigma <= 3:
        raise InvalidInput("max_sigma", max_sigma, "a log-space spread in [0.05, 3]")
    code = Money(0, currency).currency
    return _tables(
        code,
        Period.parse(period),
        ordered,
        subsets,
        float(min_median),
        float(max_median),
        float(max_sigma),
        with_n,
        top_coded,
    )


#: Atmosphere tags drawn by :func:`expectations` and :func:`offers`.
ATMOSPHERE_TAGS = (
    "flat hierarchy",
    "code review culture",
    "quiet office",
    "fast-paced",
    "mentoring",
    "english-speaking",
)
_DUTIES = ("backend", "frontend", "code review", "hiring", "on-call", "architecture")
_TITLES = ("Engineer", "Senior Engineer", "Staff Engineer", "Engineering Manager")
_IMPORTANCE = st.sampled_from(tuple(Importance))


def _limit(low: int, high: int, *, higher_is_better: bool) -> SearchStrategy[Limit]:
    @st.composite
    def build(draw: st.DrawFn) -> Limit:
        target = draw(st.integers(low, high))
        walk = draw(st.none() | st.integers(low, high))
        if walk is not None and (walk > target if higher_is_better else walk < target):
            walk = target
        return Limit(target, walk_away=walk, importance=draw(_IMPORTANCE))

    return build()


@st.composite
def _households(draw: st.DrawFn) -> Household:
    spouse = draw(st.booleans())
    declared = draw(
        st.fixed_dictionaries(
            {},
            optional={
                "life_general": st.integers(0, 200_000),
                "earthquake_insurance": st.integers(0, 60_000),
                "mutual_aid": st.integers(0, 276_000),
                "hometown_donation": st.integers(0, 300_000),
                "one_stop": st.booleans(),
                "disabled": st.integers(0, 2),
                "working_student": st.booleans(),
            },
        )
    )
    return Household(
        spouse=spouse,
        spouse_income=draw(st.integers(0, 1_500_000)) if spouse else 0,
        specific_dependents=draw(st.integers(0, 2)),
        young_dependents=draw(st.integers(0, 3)),
        elderly_dependents=draw(st.integers(0, 1)),
        deductions=Deductions(**declared) if declared else None,
        residence=draw(st.none() | st.sampled_from(supported_residences())),
    )


def households() -> SearchStrategy[Household]:
    """Generate :class:`~expectgap.payroll.jp.Household` (a candidate's household in Japan).

    A spouse with or without income, specific, young and elderly dependants, some of the
    declarations of :class:`~expectgap.payroll.jp.Deductions` (insurance premiums, iDeCo,
    ふるさと納税, disability, working student) and a place of residence with its own resident
    tax rates, each present or absent at random. ``Expectations.dependents`` must be at least
    the household's ``counted_within_dependents``.

    Returns
    -------
    SearchStrategy[Household]

    Examples
    --------
    >>> from hypothesis import find
    >>> find(households(), lambda h: h.spouse).spouse
    True
    """
    return _households()


@st.composite
def _expectations(
    draw: st.DrawFn,
    code: str,
    bases: tuple[SalaryBasis, ...],
    low: int,
    high: int,
    country: str,
) -> Expectations:
    basis = draw(st.sampled_from(bases))
    scale = 12 if basis.period is Period.ANNUAL else 1
    target = draw(st.integers(low, high)) * scale
    walk = draw(st.none() | st.integers(target * 8 // 10, target))
    salary = SalaryExpectation(
        target, basis=basis, walk_away=walk, currency=code, importance=draw(_IMPORTANCE)
    )
    bonus = None
    if draw(st.booleans()):
        months = Fraction(draw(st.integers(0, 12)), 2)
        bonus = BonusExpectation(
            months=months,
            walk_away=draw(st.none() | st.just(months / 2)),
            guaranteed=draw(st.booleans()),
            importance=draw(_IMPORTANCE),
        )
    level = draw(st.none() | st.integers(1, 8))
    position = PositionSought(
        title=draw(st.none() | st.sampled_from(_TITLES)),
        level=level,
        min_level=None if level is None else draw(st.none() | st.integers(0, level)),
        duties=tuple(draw(st.lists(st.sampled_from(_DUTIES), max_size=3, unique=True))),
        manages_people=draw(st.none() | st.booleans()),
        importance=draw(_IMPORTANCE),
    )
    places = st.builds(
        LocationsSought,
        st.lists(locations(country), min_size=1, max_size=3).map(tuple),
        _IMPORTANCE,
    )
    tags = st.builds(
        TagsSought,
        st.lists(st.sampled_from(ATMOSPHERE_TAGS), min_size=1, max_size=3, unique=True).map(tuple),
        _IMPORTANCE,
    )
    conditions = ConditionsSought(
        hours_per_week=draw(st.none() | _limit(35, 45, higher_is_better=False)),
        overtime_hours_per_month=draw(st.none() | _limit(0, 45, higher_is_better=False)),
        locations=draw(st.none() | places),
        remote_days_per_week=draw(st.none() | _limit(0, 5, higher_is_better=True)),
        paid_leave_days=draw(st.none() | _limit(5, 30, higher_is_better=True)),
        atmosphere=draw(st.none() | tags),
    )
    household = draw(st.none() | households()) if country == "JP" and code == "JPY" else None
    least = 0 if household is None else household.counted_within_dependents
    return Expectations(
        position=position if draw(st.booleans()) else None,
        salary=salary,
        bonus=bonus,
        conditions=conditions,
        age=draw(st.integers(18, 70)),
        dependents=draw(st.integers(least, least + 3)),
        household=household,
    )


def expectations(
    currency: str = "JPY",
    *,
    bases: tuple[SalaryBasis | str, ...] = tuple(SalaryBasis),
    min_monthly_target: int = 200_000,
    max_monthly_target: int = 1_500_000,
    country: str = "JP",
) -> SearchStrategy[Expectations]:
    """Generate :class:`~expectgap.assess.Expectations` (what a candidate seeks).

    Every expectation has a salary target; the position, bonus, each condition and (for yen in
    Japan) the household are present or absent at random, with random walk-away values on the right side of the target and random
    importance (must / want).

    Parameters
    ----------
    currency : str
        ISO 4217 code of the salary sought.
    bases : tuple of SalaryBasis or str
        Salary bases to draw from (default: all four, gross and net, monthly and annual).
    min_monthly_target, max_monthly_target : int
        Range of the salary target per month in whole currency units; annual bases use 12 times
        the drawn monthly figure. The defaults suit yen.
    country : str
        Country of the acceptable locations.

    Returns
    -------
    SearchStrategy[Expectations]

    Examples
    --------
    >>> from hypothesis import find
    >>> e = find(expectations(bases=("net_monthly",)), lambda e: True)
    >>> e.salary.basis.value, int(e.salary.target)
    ('net_monthly', 200000)
    """
    if not 0 < min_monthly_target <= max_monthly_target:
        raise InvalidInput(
            "monthly target range",
            (min_monthly_target, max_monthly_target),
            "0 < min_monthly_target <= max_monthly_target",
        )
    parsed = tuple(SalaryBasis.parse(b) for b in bases)
    if not parsed:
        raise InvalidInput("bases", bases, "at least one salary basis")
    code = Money(0, currency).currency
    return _expectations(code, parsed, min_monthly_target, max_monthly_target, country)


@st.composite
def _offers(
    draw: st.DrawFn, packages: SearchStrategy[CompensationPackage], country: str, budget: bool
) -> Offer:
    package = draw(packages)
    # scheduled hours the base pays at least the highest minimum wage for (Japan)
    paid = package.monthly_base().amount * 12 / (52 * highest_minimum_wage())
    most = max(_FEWEST_WEEKLY_HOURS, min(50, math.floor(paid)))
    level = draw(st.none() | st.integers(1, 8))
    position = PositionSpec(
        title=draw(st.none() | st.sampled_from(_TITLES)),
        level=level,
        duties=tuple(draw(st.lists(st.sampled_from(_DUTIES), max_size=3, unique=True))),
        manages_people=draw(st.none() | st.booleans()),
    )
    ceiling = None
    if budget and draw(st.booleans()):
        headroom = Fraction(draw(st.integers(100, 150)), 100)
        ceiling = package.guaranteed_annual_cash() * headroom
    tags = draw(st.lists(st.sampled_from(ATMOSPHERE_TAGS), max_size=4, unique=True))
    return Offer(
        position=position,
        package=package,
        conditions=draw(working_conditions(country=country, max_hours_per_week=most)),
        budget_ceiling=ceiling,
        atmosphere=tuple(tags),
        annual_holidays=draw(st.none() | st.integers(100, 130)),
    )


def offers(
    currency: str = "JPY",
    *,
    min_monthly_base: Number = 150_000,
    max_monthly_base: Number = 2_000_000,
    extras: bool = True,
    budget: bool = True,
    country: str = "JP",
) -> SearchStrategy[Offer]:
    """Generate :class:`~expectgap.assess.Offer` values (what a company offers).

    Parameters
    ----------
    currency : str
        ISO 4217 code of the package.
    min_monthly_base, max_monthly_base : number
        Range of the monthly base pay (see :func:`compensation_packages`).
    extras : bool
        Passed to :func:`compensation_packages`.
    budget : bool
        Sometimes set a budget ceiling, 100% to 150% of the package's guaranteed annual cash.
    country : str
        Country of the place of work (see :func:`working_conditions`).

    Returns
    -------
    SearchStrategy[Offer]

    Examples
    --------
    >>> from hypothesis import find
    >>> o = find(offers(extras=False), lambda o: o.budget_ceiling is not None)
    >>> o.budget_ceiling >= o.package.guaranteed_annual_cash()
    True
    """
    packages = compensation_packages(
        currency,
        min_monthly_base=min_monthly_base,
        max_monthly_base=max_monthly_base,
        extras=extras,
    )
    return _offers(packages, country, budget)


@st.composite
def _peers(
    draw: st.DrawFn,
    low: int,
    high: int,
    min_size: int,
    max_size: int,
    weighted: bool,
    code: str | None,
    period: Period | None,
) -> PeerGroup:
    values = draw(
        st.lists(st.integers(low, high), min_size=min_size, max_size=max_size, unique=True)
    )
    weights = None
    if weighted and draw(st.booleans()):
        # weights in [1, 2] over at least 8 peers keep every peer below 2 / 9 < 25% of the total
        weights = draw(st.lists(st.floats(1.0, 2.0), min_size=len(values), max_size=len(values)))
    return PeerGroup(values, weights=weights, currency=code, period=period)


def peer_groups(
    *,
    min_value: int = 3_000_000,
    max_value: int = 15_000_000,
    min_size: int = 8,
    max_size: int = 60,
    weighted: bool = True,
    currency: str | None = "JPY",
    period: Period | str | None = "annual",
) -> SearchStrategy[PeerGroup]:
    """Generate publishable :class:`~expectgap.market.PeerGroup` values.

    Every group passes the privacy guard: distinct whole amounts, at least ``min_size`` peers
    (default 8, above the guard's minimum of 5), when weighted, weights in [1, 2] so that no
    peer carries more than 25% of the total weight, and amounts spread enough that the release
    shows a spread (groups whose rounded quartiles would coincide are not generated).

    Parameters
    ----------
    min_value, max_value : int
        Range of the peers' amounts (whole currency units, ``0 < min_value``).
    min_size, max_size : int
        Number of peers (``8 <= min_size <= max_size``; the range must hold that many distinct
        amounts).
    weighted : bool
        Sometimes give the peers random weights.
    currency : str or None
        Currency the group declares (None: undeclared).
    period : Period, str or None
        Pay period the group declares (None: undeclared).

    Returns
    -------
    SearchStrategy[PeerGroup]

    Examples
    --------
    >>> from hypothesis import find
    >>> g = find(peer_groups(), lambda g: True)
    >>> g.n, g.publishable, g.currency
    (8, True, 'JPY')
    """
    if not 0 < min_value < max_value:
        raise InvalidInput("value range", (min_value, max_value), "0 < min_value < max_value")
    if not 8 <= min_size <= max_size <= max_value - min_value + 1:
        raise InvalidInput(
            "size range", (min_size, max_size), "8 <= min_size <= max_size <= distinct amounts"
        )
    code = None if currency is None else Money(0, currency).currency
    chosen = None if period is None else Period.parse(period)
    groups = _peers(min_value, max_value, min_size, max_size, weighted, code, chosen)
    return groups.filter(_publishable)


def _publishable(group: PeerGroup) -> bool:
    return group.publishable
