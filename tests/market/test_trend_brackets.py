"""PayTrend (aging by a published series) and BracketDistribution (pay by bracket): invariants
and hand-worked cases."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap.errors import InvalidInput
from expectgap.market import BracketDistribution, PayTrend

TREND = PayTrend((2023, 2024, 2025), (0.021, 0.038, 0.031), "pay", "test", preliminary=(2025,))
days = st.integers(min_value=0, max_value=365 * 8).map(lambda n: date(2020, 1, 1) + timedelta(n))


@settings(max_examples=40, deadline=None)
@given(a=days, b=days, c=days)
def test_factors_chain(a: date, b: date, c: date) -> None:
    assert TREND.factor(a, b) * TREND.factor(b, c) == pytest.approx(TREND.factor(a, c))
    assert TREND.factor(a, a) == 1.0


@settings(max_examples=40, deadline=None)
@given(a=days, b=days)
def test_growth_is_never_negative_when_every_year_grows(a: date, b: date) -> None:
    low, high = min(a, b), max(a, b)
    assert TREND.factor(low, high) >= 1.0


def test_half_a_year_inside_a_survey_year() -> None:
    # 30 June 2024 -> 30 December 2024 is half of the 2025 growth: sqrt(1.031)
    assert TREND.factor(date(2024, 6, 30), date(2024, 12, 30)) == pytest.approx(math.sqrt(1.031))
    # before the first year: back at the first year's rate, 1 / 1.021 for the year to June 2022
    assert TREND.factor(date(2022, 6, 30), date(2023, 6, 30)) == pytest.approx(1.021)


def test_given_extrapolation_rate() -> None:
    trend = PayTrend((2025,), (0.031,), "pay", "test", extrapolate=0.02)
    assert trend.extrapolation_basis is None
    assert trend.factor(date(2025, 6, 30), date(2027, 6, 30)) == pytest.approx(1.02**2)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"years": (2024, 2026), "growth": (0.0, 0.0)}, "years"),
        ({"years": (2024,), "growth": (0.0, 0.1)}, "growth"),
        ({"years": (2024,), "growth": (-1.0,)}, "growth"),
        ({"years": (2024,), "growth": (0.1,), "extrapolate": "10y"}, "extrapolate"),
        ({"years": (2024,), "growth": (0.1,), "extrapolate": math.nan}, "extrapolate"),
    ],
)
def test_bad_trends_are_refused(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInput, match=field):
        PayTrend(series="pay", source="test", **kwargs)  # type: ignore[arg-type]


def test_rate_of_a_year_outside_the_series() -> None:
    with pytest.raises(InvalidInput, match="2023-2025"):
        TREND.rate(2019)


DIST = BracketDistribution((0, 100, 200, 400), (100, 200, 400, None), (1, 2, 3, 1), "JPY")


@settings(max_examples=40, deadline=None)
@given(x=st.floats(min_value=0, max_value=1e5), y=st.floats(min_value=0, max_value=1e5))
def test_bracket_cdf_is_monotone(x: float, y: float) -> None:
    low, high = min(x, y), max(x, y)
    assert 0.0 <= float(DIST.cdf(low)) <= float(DIST.cdf(high)) <= 1.0


def test_bracket_distribution_by_hand() -> None:
    # shares 1/7, 2/7, 3/7, 1/7; 300 is half-way through (200, 400]: 3/7 + 3/14
    assert float(DIST.cdf(300)) == pytest.approx(3 / 7 + 3 / 14)
    # tail: alpha = ln((4/7) / (1/7)) / ln(400/200) = 2; cdf(800) = 1 - (1/7) (800/400)^-2
    assert DIST.alpha == pytest.approx(2.0)
    assert float(DIST.cdf(800)) == pytest.approx(1 - 1 / 28)
    assert float(DIST.ppf(1 - 1 / 28)) == pytest.approx(800)
    assert float(DIST.ppf(1.0)) == math.inf
    assert float(DIST.ppf(0.0)) == 0.0


def test_bad_brackets_are_refused() -> None:
    with pytest.raises(InvalidInput, match="weights"):
        BracketDistribution((0, 100, 200), (100, 200, None), (1, 1, 0), "JPY")
    with pytest.raises(InvalidInput, match="highs"):
        BracketDistribution((0, 100, 200), (100, 150, None), (1, 1, 1), "JPY")
    with pytest.raises(InvalidInput, match="amount"):
        DIST.cdf(-1)
    with pytest.raises(InvalidInput, match="q"):
        DIST.ppf(1.5)
