"""Hypothesis over the public API: any argument of any type gives a result or an error of the
hierarchy, within the fuzz profile's deadline; results that come back are sane."""

from __future__ import annotations

import datetime
import math
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap import position
from expectgap.assess import Expectations, Offer, PositionSpec, TagsSought, assess
from expectgap.conditions import Location, WorkingConditions
from expectgap.market import PeerGroup, SurveyTable
from expectgap.money import Basis, Money, Period, as_fraction
from expectgap.package import Allowance, Bonus, CompensationPackage
from expectgap.payroll import jp
from expectgap.testing.strategies import expectations, offers

FUZZ = settings.get_profile("expectgap-fuzz")
Rule = Callable[..., Any]

# Numbers as people and programs write them, hostile ones included.
number_text = st.one_of(
    st.from_regex(r"\A-?\d{1,6}(\.\d{1,4})?([eE][-+]?\d{1,12})?\Z"),
    st.sampled_from(["nan", "inf", "-inf", "1e999999999", "0x10", "1_000", "1,000", "", " "]),
    st.text(max_size=30),
)
anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.fractions(),
    number_text,
    st.lists(st.integers(), max_size=3),
    st.lists(st.text(max_size=5), max_size=3),
    st.dates(),
    st.datetimes(),
)


@FUZZ
@given(anything, st.one_of(st.sampled_from(["JPY", "USD", "jpy", "XYZ"]), anything), anything)
def test_money(hierarchy: Rule, amount: Any, code: Any, period: Any) -> None:
    made = hierarchy(Money, amount, code, period)
    if isinstance(made, Money):
        assert abs(made.amount) <= 10**13
        assert isinstance(made.format(), str)


@FUZZ
@given(anything)
def test_as_fraction(hierarchy: Rule, value: Any) -> None:
    result = hierarchy(as_fraction, value)
    if isinstance(result, Fraction):
        assert abs(result) < 10**400


@FUZZ
@given(
    st.dictionaries(
        st.sampled_from(
            _WC := [
                "hours_per_week",
                "overtime_hours_per_month",
                "remote_days_per_week",
                "paid_leave_days",
                "flex_time",
                "location",
                "start_date",
                "weeks_per_year",
            ]
        ),
        anything,
        max_size=4,
    )
)
def test_working_conditions(hierarchy: Rule, kwargs: dict[str, Any]) -> None:
    made = hierarchy(WorkingConditions, **kwargs)
    if isinstance(made, WorkingConditions):
        assert made.annual_hours() > 0


@FUZZ
@given(anything, anything, anything, anything)
def test_package_parts(hierarchy: Rule, months: Any, guaranteed: Any, name: Any, flag: Any) -> None:
    hierarchy(Bonus, name=name, months=months, guaranteed=guaranteed)
    hierarchy(Allowance, name, Money(1_000, "JPY", "monthly"), taxable=flag)
    hierarchy(Location, "JP", name, months)
    hierarchy(PositionSpec, name, duties=months, manages_people=flag)
    hierarchy(TagsSought, name)
    base = Money(300_000, "JPY", "monthly")
    hierarchy(CompensationPackage, base=base, bonuses=months, months_per_year=guaranteed)


yen = st.one_of(
    st.floats(min_value=-1e3, max_value=1e22),
    st.sampled_from([math.nan, math.inf, 1e11, 1e11 + 1, 1.2e12, 7.7e14, 4.05e12]),
    st.integers(min_value=-1, max_value=10**30),
    st.lists(st.floats(min_value=0, max_value=1e15), min_size=1, max_size=3),
    number_text,
)


@FUZZ
@given(
    yen, yen, st.one_of(st.integers(-5, 10**25), anything), st.one_of(st.integers(0, 200), anything)
)
def test_japan_engine(hierarchy: Rule, pay: Any, bonus: Any, dependents: Any, age: Any) -> None:
    result = hierarchy(jp.annual, pay, year=2026, bonus=bonus, dependents=dependents, age=age)
    if isinstance(result, jp.AnnualNet):
        for name in ("health", "pension", "employment", "income_tax", "resident_tax"):
            assert np.all(np.asarray(getattr(result, name)) >= 0), name
        assert np.all(np.asarray(result.net) <= np.asarray(result.gross))


@FUZZ
@given(yen, st.one_of(st.floats(0, 100), anything))
def test_gross_up(hierarchy: Rule, target: Any, bonus_months: Any) -> None:
    result = hierarchy(jp.gross_up, target, year=2026, bonus_months_of_pay=bonus_months)
    if isinstance(result, int):
        assert result >= 0


@FUZZ
@given(
    st.dictionaries(
        st.one_of(st.floats(-10, 110), number_text), st.one_of(yen, anything), max_size=5
    ),
    anything,
    st.one_of(st.integers(-5, 10**12), anything),
)
def test_survey_tables(hierarchy: Rule, points: dict[Any, Any], amount: Any, n: Any) -> None:
    table = hierarchy(SurveyTable.from_percentiles, points, currency="JPY")
    if isinstance(table, SurveyTable):
        hierarchy(table.percentile_of, amount)
        hierarchy(table.sample, n, rng=0)
        hierarchy(position, amount, table)


@FUZZ
@given(st.lists(st.one_of(st.floats(), st.integers(-5, 10**20)), max_size=12), anything)
def test_peer_groups(hierarchy: Rule, values: list[Any], amount: Any) -> None:
    group = hierarchy(PeerGroup, values)
    if isinstance(group, PeerGroup):
        hierarchy(group.summary)
        hierarchy(position, amount, group)


@settings(FUZZ, max_examples=15)
@given(expectations(), offers(), anything, anything, anything)
def test_assess(
    hierarchy: Rule, wish: Expectations, offer: Offer, as_of: Any, policy: Any, year: Any
) -> None:
    today = datetime.date(2026, 6, 1)
    report = hierarchy(assess, wish, offer, year=2026, as_of=today)
    assert not isinstance(report, Exception) or "2026" not in str(report)
    hierarchy(assess, wish, offer, as_of=as_of, year=2026)
    hierarchy(assess, wish, offer, policy=policy, year=2026, as_of=today)
    hierarchy(assess, wish, offer, year=year, as_of=today)
    if not isinstance(report, Exception):
        hierarchy(report.gap, as_of)
        for locale in ("en", "ja"):
            assert report.render(locale).startswith("# ")


@FUZZ
@given(anything, anything)
def test_basis(hierarchy: Rule, hours: Any, weeks: Any) -> None:
    made = hierarchy(Basis, hours_per_week=hours, weeks_per_year=weeks)
    if isinstance(made, Basis) and hours is not None and weeks is not None:
        assert made.periods(Period.HOURLY) > 0
