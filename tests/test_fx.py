"""Currency conversion: only with an explicit, dated rate, and every result labelled."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap.errors import CurrencyMismatch, InvalidInput
from expectgap.fx import ExchangeRate, convert
from expectgap.money import Money

DAY = date(2025, 12, 31)


def test_conversion_is_exact_and_labelled() -> None:
    # 95,000 USD x 150.25 JPY per USD = 14,273,750 JPY (hand calculation).
    rate = ExchangeRate("USD", "JPY", "150.25", DAY, "contract rate")
    c = convert(Money(95_000, "USD", "annual"), rate)
    assert c.money == Money(14_273_750, "JPY", "annual")
    assert (
        c.label == "USD 95,000 = JPY 14,273,750 at 150.25 JPY per USD (contract rate, 2025-12-31)"
    )


def test_the_rate_works_both_ways() -> None:
    rate = ExchangeRate("GBP", "JPY", 200, DAY, "user")
    c = convert(Money(30_000_000, "JPY"), rate)
    assert c.money == Money(150_000, "GBP")
    assert c.rate.base == "JPY"
    assert c.rate.rate == Fraction(1, 200)
    assert "0.005 GBP per JPY" in c.label


@pytest.mark.parametrize(
    ("args", "error", "field"),
    [
        (("USD", "USD", 1, DAY, "s"), InvalidInput, "quote"),
        (("USD", "XXX", 1, DAY, "s"), InvalidInput, "currency"),
        (("USD", "JPY", -1, DAY, "s"), InvalidInput, "rate"),
        (("USD", "JPY", float("nan"), DAY, "s"), InvalidInput, "rate"),
        (("USD", "JPY", 1e30, DAY, "s"), InvalidInput, "rate"),
        (("USD", "JPY", True, DAY, "s"), InvalidInput, "rate"),
        (("USD", "JPY", 150, "2025-12-31", "s"), InvalidInput, "as_of"),
        (("USD", "JPY", 150, DAY, ""), InvalidInput, "source"),
        (("USD", "JPY", 150, DAY, "a\nb"), InvalidInput, "source"),
        (("USD", "JPY", 150, DAY, "x" * 1000), InvalidInput, "source"),
    ],
)
def test_bad_rates_are_refused(
    args: tuple[object, ...], error: type[Exception], field: str
) -> None:
    with pytest.raises(error, match=field):
        ExchangeRate(*args)  # type: ignore[arg-type]


def test_unrelated_currency_and_stale_rate() -> None:
    rate = ExchangeRate("USD", "JPY", 150, DAY, "H.10")
    with pytest.raises(CurrencyMismatch):
        convert(Money(1, "EUR"), rate)
    with pytest.raises(InvalidInput, match="within 30 days"):
        convert(Money(1, "USD"), rate, on=date(2026, 3, 1), max_age_days=30)
    with pytest.raises(InvalidInput, match="on or before"):
        convert(Money(1, "USD"), rate, on=date(2025, 1, 1))
    assert convert(Money(1, "USD"), rate, on=date(2026, 1, 10), max_age_days=30).money.amount == 150


@settings(max_examples=40, deadline=None)
@given(
    # at most 10**7 dollars x 1,000 = 10**10 yen, inside the yen maximum of 10**11
    amount=st.integers(0, 10**7),
    rate=st.fractions(min_value=Fraction(1, 1000), max_value=1000, max_denominator=10_000),
)
def test_round_trip_is_exact(amount: int, rate: Fraction) -> None:
    r = ExchangeRate("USD", "JPY", rate, DAY, "s")
    there = convert(Money(amount, "USD"), r).money
    assert convert(there, r).money == Money(amount, "USD")
