"""The public hypothesis strategies generate valid values within their documented ranges."""

from __future__ import annotations

import itertools
from fractions import Fraction

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import NoSuchExample

from expectgap.assess.models import Expectations, Offer
from expectgap.conditions import WorkingConditions
from expectgap.errors import InvalidInput
from expectgap.market.peers import PeerGroup
from expectgap.market.survey import SurveyTable
from expectgap.money import Money, Period, currency
from expectgap.package import CompensationPackage
from expectgap.payroll.jp import Household
from expectgap.payroll.jp.annual import annual
from expectgap.payroll.jp.prefectures import prefecture
from expectgap.payroll.us.states import state
from expectgap.testing import strategies as eg


@given(eg.money("USD", min_value="0.01", max_value=5, period="hourly"))
def test_money_respects_range_currency_period_and_cents(m: Money) -> None:
    assert m.currency == "USD"
    assert m.period is Period.HOURLY
    assert Fraction(1, 100) <= m.amount <= 5
    assert (m.amount * 100).denominator == 1  # whole cents


@given(eg.money(None, max_value=1000, period=None))
def test_money_any_currency_has_whole_minor_units(m: Money) -> None:
    assert m.period is None
    scale = 10 ** currency(m.currency).minor_units
    assert (m.amount * scale).denominator == 1


def test_money_rejects_an_empty_range() -> None:
    with pytest.raises(InvalidInput):
        eg.money(min_value=5, max_value=1)
    with pytest.raises(InvalidInput):
        eg.money("JPY", min_value="0.2", max_value="0.8")  # no whole yen in the range


@settings(max_examples=50)
@given(eg.compensation_packages(min_monthly_base=200_000, max_monthly_base=800_000))
def test_packages_are_valid_and_within_range(pkg: CompensationPackage) -> None:
    assert pkg.currency == "JPY"
    assert 200_000 <= pkg.monthly_base().amount <= 800_000
    # the commuting allowance is always there and counts for social insurance
    assert pkg.regular_monthly_pay() >= pkg.monthly_base()
    # variable bonuses only add expected cash on top of guaranteed cash when paid out above 0
    assert pkg.expected_annual_cash().amount >= pkg._recurring_annual().amount


@settings(max_examples=30)
@given(eg.compensation_packages("USD", min_monthly_base=2_000, max_monthly_base=30_000))
def test_packages_in_another_currency(pkg: CompensationPackage) -> None:
    assert pkg.currency == "USD"
    assert all(m.currency == "USD" for _, m in pkg._amounts())


@settings(max_examples=30)
@given(eg.compensation_packages(extras=False))
def test_packages_without_extras_are_plain(pkg: CompensationPackage) -> None:
    assert pkg.fixed_overtime is None
    assert pkg.sign_on is None
    assert pkg.equity == ()
    assert pkg.benefits == ()
    assert len(pkg.bonuses) == 1
    assert pkg.bonuses[0].guaranteed


@given(eg.working_conditions(min_hours_per_week=30, max_hours_per_week=45))
def test_working_conditions_are_valid(wc: WorkingConditions) -> None:
    assert 30 <= wc.hours_per_week <= 45
    assert 0 <= wc.overtime_hours_per_month <= 80
    assert 0 <= wc.remote_days_per_week <= 5
    assert wc.location is not None
    assert wc.location.region is not None
    # every generated region is a prefecture the payroll engine accepts
    assert prefecture(wc.location.region).name == wc.location.region


@given(st.data())
def test_us_and_uk_locations_have_a_region_their_engine_accepts(data: st.DataObject) -> None:
    loc = data.draw(eg.locations("US"))
    assert loc.country == "US"
    assert state(loc.region) == loc.region
    # "UK" is taken for "GB"; the region is a part of the United Kingdom the engine accepts
    loc = data.draw(eg.locations("UK"))
    assert loc.country == "GB"
    assert loc.region in ("england", "wales", "northern_ireland", "scotland")


@given(st.data())
def test_locations_elsewhere_have_no_region(data: st.DataObject) -> None:
    loc = data.draw(eg.locations("FR"))
    assert loc.country == "FR"
    assert loc.region is None


@settings(max_examples=50)
@given(eg.survey_tables(top_coded=True))
def test_survey_tables_are_valid_and_rise_strictly(table: SurveyTable) -> None:
    assert len(table.percentiles) >= 2
    assert set(table.percentiles) <= set(eg.STANDARD_PERCENTILES)
    assert all(a < b for a, b in itertools.pairwise(table.values))
    # the distribution passes through each exact published point
    for p, v in table.exact.items():
        assert table.percentile_of(v) == pytest.approx(p, abs=1e-6)


@given(eg.survey_tables("JPY", period="monthly", percentiles=(25, 50, 75), subsets=False))
def test_survey_tables_custom_percentiles(table: SurveyTable) -> None:
    assert table.percentiles == (25.0, 50.0, 75.0)
    assert table.currency == "JPY"
    assert table.period is Period.MONTHLY


def test_survey_tables_reject_bad_parameters() -> None:
    with pytest.raises(InvalidInput):
        eg.survey_tables(percentiles=(50,))
    with pytest.raises(InvalidInput):
        eg.survey_tables(min_median=10, max_median=5)


@settings(max_examples=50)
@given(eg.expectations(bases=("gross_annual", "net_monthly")))
def test_expectations_have_a_salary_within_range(e: Expectations) -> None:
    assert e.salary is not None
    monthly = e.salary.target / (12 if e.salary.basis.period is Period.ANNUAL else 1)
    assert 200_000 <= monthly <= 1_500_000
    if e.salary.walk_away is not None:
        assert e.salary.walk_away <= e.salary.target
    assert 18 <= e.age <= 70


@settings(max_examples=50)
@given(eg.offers())
def test_offers_have_a_budget_at_or_above_guaranteed_cash(offer: Offer) -> None:
    if offer.budget_ceiling is not None:
        assert offer.budget_ceiling >= offer.package.guaranteed_annual_cash()
    assert set(offer.atmosphere) <= set(eg.ATMOSPHERE_TAGS)


@settings(max_examples=30)
@given(eg.peer_groups(min_size=10, max_size=20))
def test_peer_groups_always_pass_the_privacy_guard(group: PeerGroup) -> None:
    assert group.publishable
    assert 10 <= group.n <= 20
    assert group.currency == "JPY"
    summary = group.summary()
    assert summary.reason is None
    assert 50 in summary.quantiles


@settings(max_examples=25, deadline=None)
@given(home=eg.households())
def test_households_run_through_the_engine(home: Household) -> None:
    # every drawn household is one the engine takes, with the dependants it counts
    result = annual(
        400_000, year=2026, dependents=home.counted_within_dependents, **home.keywords()
    )
    assert 0 < result.net < result.gross


@settings(max_examples=25, deadline=None)
@given(wish=eg.expectations())
def test_expectations_count_the_households_dependants(wish: Expectations) -> None:
    if wish.household is not None:
        assert wish.dependents >= wish.household.counted_within_dependents


def test_expectations_draw_households_in_japan_only() -> None:
    assert find(eg.expectations(), lambda e: e.household is not None).household is not None
    with pytest.raises(NoSuchExample):
        find(
            eg.expectations("USD", country="US"),
            lambda e: e.household is not None,
            settings=settings(max_examples=30, database=None),
        )
