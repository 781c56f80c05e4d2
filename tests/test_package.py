"""Compensation packages, with hand-checked values."""

from __future__ import annotations

import re
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from expectgap.conditions import WorkingConditions
from expectgap.errors import CurrencyMismatch, InvalidInput
from expectgap.money import Money
from expectgap.package import (
    Allowance,
    Benefit,
    Bonus,
    CompensationPackage,
    EquityGrant,
    FixedOvertime,
    SignOn,
)

YEN = "JPY"


def monthly(amount: int) -> Money:
    return Money(amount, YEN, "monthly")


def test_months_bonus_guaranteed_cash() -> None:
    # 400,000 x 12 = 4,800,000 base, + 2.0 months x 400,000 = 800,000 bonus: 5,600,000.
    pkg = CompensationPackage(base=monthly(400_000), bonuses=(Bonus.months_of_base(2.0),))
    assert pkg.guaranteed_annual_cash() == Money(5_600_000, YEN, "annual")


def test_annual_base_is_split_over_months_per_year() -> None:
    # 6,000,000 a year over 12 months = 500,000 a month; over 14 months = 428,571.43.
    assert CompensationPackage(base=Money(6_000_000, YEN, "annual")).monthly_base() == monthly(
        500_000
    )
    fourteen = CompensationPackage(base=Money(6_000_000, YEN, "annual"), months_per_year=14)
    assert fourteen.monthly_base().amount == Fraction(6_000_000, 14)


def test_target_bonus_is_variable() -> None:
    # 4,800,000 base; target 15% = 720,000 at 80% expected payout = 576,000 expected.
    pkg = CompensationPackage(
        base=monthly(400_000), bonuses=(Bonus.target(15, expected_payout_pct=80),)
    )
    assert pkg.guaranteed_annual_cash() == Money(4_800_000, YEN, "annual")
    assert pkg.expected_annual_cash() == Money(5_376_000, YEN, "annual")


def test_regular_monthly_pay_counts_commuting_and_fixed_overtime() -> None:
    # 300,000 base + 12,000 commuting + 30,000 fixed overtime = 342,000; the 5,000 meal
    # allowance is marked as not counting for social insurance.
    pkg = CompensationPackage(
        base=monthly(300_000),
        allowances=(
            Allowance.commuting_allowance(monthly(12_000)),
            Allowance("meal", monthly(5_000), social_insurance=False),
        ),
        fixed_overtime=FixedOvertime(hours=20, amount=monthly(30_000)),
    )
    assert pkg.regular_monthly_pay() == monthly(342_000)
    # Annual cash includes every allowance: (300,000 + 12,000 + 5,000 + 30,000) x 12.
    assert pkg.guaranteed_annual_cash() == Money(4_164_000, YEN, "annual")


def test_bonus_payments_split_evenly() -> None:
    # 2 months of 400,000 in June and December: 400,000 each; a fixed 300,000 in March.
    pkg = CompensationPackage(
        base=monthly(400_000),
        bonuses=(
            Bonus.months_of_base(2),
            Bonus.fixed(Money(300_000, YEN, "annual"), payment_months=(3,)),
        ),
    )
    assert [(m, a.amount) for m, a in pkg.bonus_payments()] == [
        (3, 300_000),
        (6, 400_000),
        (12, 400_000),
    ]


def test_total_compensation_by_year() -> None:
    # Cash 6,000,000; benefit 120,000; grant 4,000,000 vesting 25% a year (1,000,000); sign-on
    # 500,000 in year 1 only. Year 1: 7,620,000. Year 2: 7,120,000. Year 5: 6,120,000.
    pkg = CompensationPackage(
        base=Money(6_000_000, YEN, "annual"),
        sign_on=SignOn(Money(500_000, YEN), clawback_months=12),
        equity=(EquityGrant(Money(4_000_000, YEN), (25, 25, 25, 25), cliff_months=12),),
        benefits=(Benefit("meals", Money(120_000, YEN, "annual")),),
    )
    assert [pkg.total_compensation(k).amount for k in (1, 2, 5)] == [
        7_620_000,
        7_120_000,
        6_120_000,
    ]


def test_cliff_moves_tranches() -> None:
    # 24-month cliff on 25/25/25/25: nothing in year 1, 50% at the cliff in year 2.
    grant = EquityGrant(Money(1_000_000, YEN), (25, 25, 25, 25), cliff_months=24)
    assert [grant.vested_in_year(k).amount for k in range(1, 6)] == [
        0,
        500_000,
        250_000,
        250_000,
        0,
    ]


def test_effective_hourly_with_unpaid_fixed_overtime_hours() -> None:
    # Base 520,000 a month, fixed overtime 50,000 covering 20 h; 10 h worked beyond that at 1.25.
    # Scheduled: 40 h x 52 / 12 = 173.33 h a month, hourly base 520,000 / 173.33 = 3,000.
    # Cash: (520,000 + 50,000) x 12 = 6,840,000, plus 10 h x 12 x 3,000 x 1.25 = 450,000.
    # Hours: 2,080 + 30 x 12 = 2,440. Effective: 7,290,000 / 2,440 = 2,987.70 yen an hour.
    pkg = CompensationPackage(
        base=monthly(520_000), fixed_overtime=FixedOvertime(hours=20, amount=monthly(50_000))
    )
    wc = WorkingConditions(hours_per_week=40, overtime_hours_per_month=30)
    hourly = pkg.effective_hourly(wc, excess_multiplier=Fraction(5, 4))
    assert hourly.amount == Fraction(7_290_000, 2_440)
    with pytest.raises(InvalidInput, match="excess_multiplier"):
        pkg.effective_hourly(wc)


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: CompensationPackage(base=monthly(-1)), "base"),
        (lambda: CompensationPackage(base=Money(1, YEN)), "base.period"),
        (lambda: Bonus.months_of_base(-0.5), "bonus.months"),
        (lambda: Bonus(months=1, target_pct=5), "bonus"),
        (lambda: Bonus.months_of_base(1, payment_months=(13,)), "bonus.payment_months"),
        (lambda: EquityGrant(Money(1, YEN), (50, 40)), "equity.vesting_pct"),
        (lambda: EquityGrant(Money(1, YEN), (50, 50), cliff_months=25), "equity.cliff_months"),
        (lambda: FixedOvertime(hours=-1, amount=monthly(1)), "fixed_overtime.hours"),
        (lambda: SignOn(Money(1, YEN), clawback_months=-1), "sign_on.clawback_months"),
        (lambda: Allowance("x", Money(1, YEN, "annual")), "allowance[x].amount.period"),
    ],
)
def test_invalid_parts_raise_at_construction(build: object, field: str) -> None:
    with pytest.raises(InvalidInput, match=re.escape(field)):
        build()  # type: ignore[operator]


def test_currency_mix_in_a_package_raises() -> None:
    with pytest.raises(CurrencyMismatch):
        CompensationPackage(
            base=monthly(400_000), allowances=(Allowance("housing", Money(100, "USD", "monthly")),)
        )


vesting = (
    st.lists(st.integers(0, 100), min_size=1, max_size=6)
    .filter(lambda v: sum(v) > 0)
    .map(lambda v: tuple(Fraction(100 * x, sum(v)) for x in v))
)


@given(
    base=st.integers(0, 3_000_000),
    months=st.fractions(0, 8, max_denominator=4),
    grant=st.integers(0, 50_000_000),
    pct=vesting,
    cliff=st.integers(0, 12),
    sign_on=st.integers(0, 2_000_000),
)
def test_total_over_vesting_horizon_is_cash_plus_full_grant(
    base: int, months: Fraction, grant: int, pct: tuple[Fraction, ...], cliff: int, sign_on: int
) -> None:
    pkg = CompensationPackage(
        base=monthly(base),
        bonuses=(Bonus.months_of_base(months),),
        equity=(EquityGrant(Money(grant, YEN), pct, cliff_months=cliff),),
        sign_on=SignOn(Money(sign_on, YEN)),
    )
    horizon = pkg.vesting_horizon()
    total = sum(pkg.total_compensation(k).amount for k in range(1, horizon + 1))
    annual_cash = base * 12 + base * months
    assert total == horizon * annual_cash + grant + sign_on
