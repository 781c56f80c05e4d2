"""Vesting as offers state it, sign-on clawback and price paths, worked by hand."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap.errors import InvalidInput
from expectgap.money import Money
from expectgap.package import CompensationPackage, EquityGrant, PricePath, SignOn
from expectgap.testing.strategies import equity_grants

USD = "USD"


def test_cliff_then_monthly_vests_a_quarter_at_the_cliff_then_one_48th_a_month() -> None:
    # $200,000 over 4 years, 1-year cliff, then monthly (the Texas offer of issue 13):
    # month 12 releases 12/48 = 1/4 = $50,000; months 13..48 each 1/48 = $4,166.67.
    grant = EquityGrant.cliff_then(Money(200_000, USD), years=4, cliff_months=12, every="monthly")
    events = grant.vesting_events()
    assert events[0] == (12, Fraction(1, 4))
    assert events[1:] == tuple((m, Fraction(1, 48)) for m in range(13, 49))
    assert sum(share for _, share in events) == 1
    assert [grant.vested_in_year(k).amount for k in range(1, 6)] == [50_000] * 4 + [0]


def test_monthly_percentages_typed_as_floats_sum_exactly() -> None:
    # The failing input of issue 13: 25% at the cliff then 75/36 % a month, typed as floats.
    # 75/36 = 2.0833333333333335 as a float; 36 of them sum to 74.99999999999997 in floats but
    # are read as exactly 25/12 each, so the schedule sums to exactly 100.
    monthly = [0.0] * 11 + [25.0] + [75 / 36] * 36
    grant = EquityGrant(Money(200_000, USD), tuple(monthly), cliff_months=12, period_months=1)
    assert [grant.vested_in_year(k).amount for k in range(1, 5)] == [50_000] * 4


def test_fraction_strings_and_the_error_for_a_real_shortfall() -> None:
    grant = EquityGrant(Money(120, USD), ("100/3", "100/3", "100/3"))
    assert [grant.vested_in_year(k).amount for k in (1, 2, 3)] == [40, 40, 40]
    with pytest.raises(InvalidInput, match=r"summing to exactly 100 \(they sum to 99.9"):
        EquityGrant(Money(1, USD), (33.3, 33.3, 33.3))


def test_back_loaded_schedule() -> None:
    # 5/15/40/40 of $400,000: 20,000, 60,000, 160,000, 160,000.
    grant = EquityGrant(Money(400_000, USD), (5, 15, 40, 40))
    assert [grant.vested_in_year(k).amount for k in range(1, 5)] == [
        20_000,
        60_000,
        160_000,
        160_000,
    ]


def test_quarterly_after_a_six_month_cliff() -> None:
    # 4 years quarterly = 16 tranches of 1/16; the 6-month cliff releases the first two.
    grant = EquityGrant.cliff_then(Money(160_000, USD), cliff_months=6, every="quarterly")
    assert grant.vesting_events()[0] == (6, Fraction(1, 8))
    assert [grant.vested_in_year(k).amount for k in range(1, 5)] == [40_000] * 4


def test_refresh_grant_starts_later() -> None:
    # A $100,000 refresh granted at month 12, vesting 25% a year: years 2..5.
    refresh = EquityGrant(Money(100_000, USD), start_month=12, name="refresh")
    assert [refresh.vested_in_year(k).amount for k in range(1, 7)] == [0] + [25_000] * 4 + [0]
    assert refresh.last_vesting_year() == 5
    # Under 10% a year growth the refresh is stated at the month-12 price: its year-2 tranche
    # is worth 25,000 x 1.21 / 1.1 = 27,500.
    assert refresh.vested_in_year(2, PricePath.growth("0.1")).amount == 27_500


def test_price_paths() -> None:
    grant = EquityGrant(Money(100_000, USD))
    # 25,000 x 1.1 ** k for the vest at the end of year k.
    grown = [grant.vested_in_year(k, PricePath.growth("0.1")).amount for k in range(1, 5)]
    assert grown == [27_500, 30_250, Fraction(33_275), Fraction(73_205, 2)]
    scenario = PricePath.yearly((1, "0.5", 2), name="crash then boom")
    assert [grant.vested_in_year(k, scenario).amount for k in range(1, 5)] == [
        25_000,
        12_500,
        50_000,
        50_000,
    ]
    with pytest.raises(InvalidInput, match=r"price_path\.annual_growth"):
        PricePath.growth(-1)


def test_pro_rata_clawback() -> None:
    sign_on = SignOn(Money(20_000, USD), clawback_months=12, clawback="pro_rata")
    # Leaving after 4 months repays 8/12 of 20,000.
    assert sign_on.repayable(months_served=4).amount == Fraction(40_000, 3)
    assert (
        SignOn(Money(20_000, USD), clawback_months=12).repayable(months_served=4).amount == 20_000
    )
    with pytest.raises(InvalidInput, match=r"sign_on\.clawback"):
        SignOn(Money(1, USD), clawback="half")


@settings(max_examples=40, deadline=None)
@given(
    years=st.integers(1, 6),
    cliff=st.integers(0, 12),
    every=st.sampled_from(["monthly", "quarterly", "annually"]),
    start=st.integers(0, 24),
)
def test_every_schedule_vests_the_whole_grant_exactly(
    years: int, cliff: int, every: str, start: int
) -> None:
    grant = EquityGrant.cliff_then(
        Money(1_000_003, USD), years=years, cliff_months=cliff, every=every, start_month=start
    )
    horizon = grant.last_vesting_year()
    assert sum(grant.vested_in_year(k).amount for k in range(1, horizon + 2)) == 1_000_003
    pkg = CompensationPackage(base=Money(1, USD, "annual"), equity=(grant,))
    assert pkg.vesting_horizon() == horizon


@settings(max_examples=40, deadline=None)
@given(grant=equity_grants())
def test_generated_grants_vest_exactly_once(grant: EquityGrant) -> None:
    years = grant.last_vesting_year()
    vested = [grant.vested_in_year(k).amount for k in range(1, years + 2)]
    assert sum(vested) == grant.grant_value.amount
    assert vested[-1] == 0
    # Nothing vests before the grant is made.
    assert all(v == 0 for v in vested[: grant.start_month // 12])
