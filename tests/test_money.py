"""Money, currencies and periods."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from expectgap.errors import CurrencyMismatch, InvalidInput, PeriodMismatch
from expectgap.money import Basis, Money, Period, as_fraction, currency, supported_currencies

amounts = st.fractions(min_value=0, max_value=10**7, max_denominator=10**4)
codes = st.sampled_from(supported_currencies())


def test_minor_units_follow_iso_4217() -> None:
    # ISO 4217 list one: JPY and KRW have no minor unit, USD and EUR two, KWD three.
    assert [currency(c).minor_units for c in ("JPY", "KRW", "USD", "EUR", "KWD")] == [0, 0, 2, 2, 3]


def test_unknown_currency_lists_supported() -> None:
    with pytest.raises(InvalidInput, match=r"currency: got 'XYZ'.*JPY.*USD"):
        Money(1, "XYZ")


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), "-inf", "abc", True, None])
def test_non_finite_amounts_raise(bad: object) -> None:
    with pytest.raises(InvalidInput, match="amount"):
        Money(bad, "JPY")  # type: ignore[arg-type]


def test_floats_are_read_by_their_decimal_form() -> None:
    # 0.1 + 0.2 is 0.3 exactly for money, unlike binary floating point.
    assert Money(0.1, "USD") + Money(0.2, "USD") == Money("0.3", "USD")


def test_rounding_to_minor_units() -> None:
    # Half up: 0.125 USD rounds to 0.13; 2.5 yen to 3 yen.
    assert Money("0.125", "USD").rounded() == Decimal("0.13")
    assert Money("2.5", "JPY").rounded() == Decimal("3")
    assert Money("2.5", "JPY").rounded("half_even") == Decimal("2")


def test_formatting() -> None:
    assert Money(5_600_000, "JPY", "annual").format() == "¥5,600,000 per year"
    assert Money(150_000, "USD", "annual").format(period=False) == "$150,000.00"
    assert Money(-1234.5, "USD").format() == "-$1,234.50"


def test_monthly_to_annual_hand_checked() -> None:
    # 400,000 a month x 12 months = 4,800,000 a year.
    monthly = Money(400_000, "JPY", Period.MONTHLY)
    assert monthly.to_period("annual", Basis(months_per_year=12)) == Money(
        4_800_000, "JPY", "annual"
    )


def test_annual_to_hourly_hand_checked() -> None:
    # 150,000 USD / (40 h x 52 weeks = 2,080 h) = 72.115... USD an hour.
    hourly = Money(150_000, "USD", "annual").to_period(
        Period.HOURLY, Basis(hours_per_week=40, weeks_per_year=52)
    )
    assert hourly.amount == Fraction(150_000, 2080)
    assert hourly.rounded() == Decimal("72.12")


def test_conversion_needs_an_explicit_basis() -> None:
    with pytest.raises(InvalidInput, match="months_per_year"):
        Money(1, "JPY", "annual").to_period("monthly", Basis())
    with pytest.raises(InvalidInput, match="hours_per_week"):
        Money(1, "JPY", "annual").to_period("hourly", Basis(months_per_year=12))
    with pytest.raises(InvalidInput, match="period"):
        Money(1, "JPY").to_period("annual", Basis(months_per_year=12))


def test_currency_conversion_hand_checked() -> None:
    # 150,000 USD at 150 JPY per USD = 22,500,000 JPY.
    assert Money(150_000, "USD").converted("JPY", 150) == Money(22_500_000, "JPY")
    with pytest.raises(InvalidInput, match="rate"):
        Money(1, "USD").converted("JPY", 0)


def test_period_mismatch_raises() -> None:
    with pytest.raises(PeriodMismatch):
        Money(1, "JPY", "monthly") + Money(1, "JPY", "annual")
    with pytest.raises(PeriodMismatch):
        _ = Money(1, "JPY", "monthly") < Money(1, "JPY")


def test_money_times_money_is_refused() -> None:
    with pytest.raises(InvalidInput):
        Money(1, "JPY") * Money(1, "JPY")  # type: ignore[operator]


def test_ratio_of_amounts() -> None:
    assert Money(150, "USD") / Money(100, "USD") == Fraction(3, 2)
    with pytest.raises(InvalidInput):
        Money(1, "USD") / Money(0, "USD")


@given(amounts, st.integers(1, 14))
def test_annual_monthly_round_trip(amount: Fraction, months: int) -> None:
    basis = Basis(months_per_year=months)
    annual = Money(amount, "JPY", "annual")
    assert annual.to_period("monthly", basis).to_period("annual", basis) == annual


@given(amounts, st.integers(1, 80), st.integers(1, 53))
def test_hourly_round_trip(amount: Fraction, hours: int, weeks: int) -> None:
    basis = Basis(months_per_year=12, hours_per_week=hours, weeks_per_year=weeks)
    monthly = Money(amount, "USD", "monthly")
    assert monthly.to_period("hourly", basis).to_period("monthly", basis) == monthly


@given(codes, codes, amounts, amounts)
def test_any_currency_mix_raises(a: str, b: str, x: Fraction, y: Fraction) -> None:
    left, right = Money(x, a), Money(y, b)
    if a == b:
        assert (left + right).amount == x + y
        return
    for operation in (
        lambda: left + right,
        lambda: left - right,
        lambda: left < right,
        lambda: left >= right,
        lambda: left / right,
    ):
        with pytest.raises(CurrencyMismatch):
            operation()


# The exact range (money.MAX_EXPONENT = 30): sizes from 1e-30 to 1e30, denominators up to 1e60;
# each bound itself is accepted, the next number beyond it refused, for every input type.
_EDGES_ACCEPTED = [
    10**30,
    -(10**30),
    Fraction(1, 10**30),
    Fraction(-1, 10**30),
    Fraction(10**60 - 1, 10**60),
    Fraction(10**31 - 1, 10),  # 1e30 - 0.1
    0,
    Fraction(0),
]
_EDGES_REFUSED = [
    10**30 + 1,
    -(10**30) - 1,
    Fraction(10**31 + 1, 10),  # 1e30 + 0.1
    Fraction(1, 10**30 + 1),
    Fraction(10**31, 10**60 + 1),  # about 1e-29 in size, but too finely divided
]


@pytest.mark.parametrize("value", _EDGES_ACCEPTED)
def test_as_fraction_accepts_the_edges_of_the_exact_range(value: int | Fraction) -> None:
    assert as_fraction(value) == value
    if value == int(value):
        assert as_fraction(str(int(value))) == value


@pytest.mark.parametrize("value", _EDGES_REFUSED)
def test_as_fraction_refuses_just_beyond_the_exact_range(value: int | Fraction) -> None:
    with pytest.raises(InvalidInput, match="between 1e-30 and 1e30"):
        as_fraction(value)


def test_money_refuses_just_beyond_the_currency_maximum() -> None:
    # JPY's maximum is 1e11 (data/currencies.toml); a Fraction a little over it is refused
    assert Money(Fraction(10**12 - 1, 10), "JPY").amount == Fraction(10**12 - 1, 10)
    assert Money(Fraction(10**11), "JPY").amount == 10**11
    with pytest.raises(InvalidInput, match="at most 100,000,000,000 JPY"):
        Money(Fraction(10**12 + 1, 10), "JPY")
    with pytest.raises(InvalidInput, match="at most 100,000,000,000 JPY"):
        Money(-(10**11) - 1, "JPY")
