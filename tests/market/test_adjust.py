"""Adjustments of survey tables: aging, scaling, currency, period, gross to net, blending."""

from __future__ import annotations

import math
from datetime import date, timedelta

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap.errors import CurrencyMismatch, InsufficientData, InvalidInput, PeriodMismatch
from expectgap.market import SurveyTable, blend
from expectgap.market.adjust import years_between
from expectgap.money import Basis, Period

MAY_2025 = date(2025, 5, 15)


def table(**options: object) -> SurveyTable:
    fields: dict[str, object] = {"currency": "USD", "as_of": MAY_2025, "mean": 110.0}
    fields.update(options)
    return SurveyTable.from_percentiles({25: 80, 50: 100, 75: 125, 90: 150}, **fields)  # type: ignore[arg-type]


# --- aging ----------------------------------------------------------------------------------


def test_aging_one_year_at_3_percent() -> None:
    # market-methods.md: aged = value x (1 + r)^(months / 12); 12 months at 3% is x 1.03.
    aged = table().aged_to(date(2026, 5, 15), 0.03)
    assert aged.values == pytest.approx((82.4, 103.0, 128.75, 154.5), rel=1e-12)
    assert aged.mean == pytest.approx(113.3, rel=1e-12)
    assert aged.as_of == date(2026, 5, 15)


def test_aging_eighteen_months_and_backwards() -> None:
    # 18 months at 5%: 1.05 ** 1.5 = 1.075930; 6 months back at 4%: 1.04 ** -0.5 = 0.980581
    assert table().aged_to("2026-11-15", 0.05).values[1] == pytest.approx(107.5930, abs=1e-4)
    assert table().aged_to("2024-11-15", 0.04).values[1] == pytest.approx(98.0581, abs=1e-4)


def test_years_between_counts_months_then_days() -> None:
    assert years_between(MAY_2025, date(2026, 5, 15)) == 1.0
    assert years_between(MAY_2025, date(2025, 8, 15)) == 0.25
    # 15 days = 15 / 365.25 years
    assert years_between(MAY_2025, date(2025, 5, 30)) == pytest.approx(15 / 365.25, rel=1e-12)


def test_aging_at_rate_zero_needs_no_reference_date() -> None:
    undated = table(as_of=None)
    assert undated.aged_to(date(2030, 1, 1), 0.0).values == undated.values


def test_aging_needs_a_date_and_a_sane_rate() -> None:
    with pytest.raises(InvalidInput, match="as_of"):
        table(as_of=None).aged_to(date(2026, 1, 1), 0.03)
    with pytest.raises(InvalidInput, match="annual_rate"):
        table().aged_to(date(2026, 1, 1), -1.0)
    with pytest.raises(InvalidInput, match="when"):
        table().aged_to("soon", 0.03)


@settings(max_examples=50, deadline=None)
@given(st.integers(-3_000, 3_000))
def test_aging_at_rate_zero_is_the_identity(days: int) -> None:
    original = table()
    aged = original.aged_to(MAY_2025 + timedelta(days=days), 0.0)
    assert aged.values == original.values
    assert aged.mean == original.mean
    assert aged.percentiles == original.percentiles


# --- scaling, currency, period --------------------------------------------------------------


def test_scaled_and_converted() -> None:
    assert table().scaled(1.15).values == pytest.approx((92.0, 115.0, 143.75, 172.5))
    yen = table().converted("JPY", 150)
    assert (yen.currency, yen.values, yen.mean) == (
        "JPY",
        (12_000.0, 15_000.0, 18_750.0, 22_500.0),
        16_500.0,
    )
    for bad in (0, -2, float("nan")):
        with pytest.raises(InvalidInput):
            table().scaled(bad)
        with pytest.raises(InvalidInput):
            table().converted("JPY", bad)
    with pytest.raises(InvalidInput, match="currency"):
        table().converted("XYZ", 1.0)


def test_to_period_uses_the_explicit_basis() -> None:
    # 2,080 hours a year (40 h x 52 weeks): $41,600 a year is $20.00 an hour.
    annual = SurveyTable.from_percentiles({25: 41_600, 75: 62_400}, currency="USD")
    hourly = annual.to_period("hourly", Basis(hours_per_week=40, weeks_per_year=52))
    assert hourly.period is Period.HOURLY
    assert hourly.values == pytest.approx((20.0, 30.0), rel=1e-12)
    monthly = annual.to_period(Period.MONTHLY, Basis(months_per_year=12))
    assert monthly.values == pytest.approx((3_466.6667, 5_200.0), rel=1e-7)
    with pytest.raises(InvalidInput, match="hours_per_week"):
        annual.to_period("hourly", Basis(months_per_year=12))


def test_top_coded_bounds_move_with_the_amounts() -> None:
    t = SurveyTable.from_percentiles(
        {50: 100, 75: 120, 90: 200}, currency="USD", top_coded=(90,), as_of=MAY_2025
    )
    assert t.scaled(2).bounds == {90.0: 400.0}
    assert t.aged_to(date(2026, 5, 15), 0.1).top_coded == (90.0,)


# --- gross to net ---------------------------------------------------------------------------


def test_to_net_maps_each_point_and_drops_the_mean() -> None:
    # A flat 22% deduction: net = 0.78 x gross at every quantile.
    net = table(source="survey").to_net(lambda gross: gross * 0.78)
    assert net.values == pytest.approx((62.4, 78.0, 97.5, 117.0), rel=1e-12)
    assert net.mean is None
    assert net.source == "survey; net"


def test_to_net_refuses_a_function_that_reorders_the_points() -> None:
    # a dip between P50 and P75 (like a grade boundary) that reorders two published points
    def dipping(gross: np.ndarray) -> np.ndarray:
        return np.where(gross > 110, gross * 0.5, gross * 0.8)

    with pytest.raises(InvalidInput, match="rise strictly"):
        table().to_net(dipping)
    with pytest.raises(InvalidInput, match="net_fn"):
        table().to_net(lambda gross: gross[:2])
    with pytest.raises(InvalidInput, match="net_fn"):
        table().to_net(lambda gross: gross * 0.0)


# --- blending -------------------------------------------------------------------------------


def test_blend_weighted_average_per_percentile() -> None:
    # (3 x 80 + 1 x 90) / 4 = 82.5; (3 x 100 + 110) / 4 = 102.5; (3 x 125 + 140) / 4 = 128.75
    a = table(n=300)
    b = SurveyTable.from_percentiles(
        {10: 70, 25: 90, 50: 110, 75: 140}, currency="USD", as_of=MAY_2025, n=100, mean=120.0
    )
    mixed = blend([a, b], [3, 1])
    assert mixed.percentiles == (25.0, 50.0, 75.0)  # the percentiles both publish
    assert mixed.values == pytest.approx((82.5, 102.5, 128.75), rel=1e-12)
    assert mixed.n == 400
    assert mixed.mean == pytest.approx((3 * 110 + 120) / 4)


def test_blend_ages_every_source_to_one_date_first() -> None:
    # a is a year older: at 10% it is aged to (88, 110, 137.5, 165) before the equal-weight mean.
    old = table(as_of=date(2024, 5, 15))
    new = table(as_of=MAY_2025).scaled(1.2)  # (96, 120, 150, 180)
    mixed = blend([old, new], annual_rate=0.10)
    assert mixed.as_of == MAY_2025
    assert mixed.values == pytest.approx((92.0, 115.0, 143.75, 172.5), rel=1e-12)
    with pytest.raises(InvalidInput, match="annual_rate"):
        blend([old, new])
    with pytest.raises(InvalidInput, match="as_of"):
        blend([old, table(as_of=None)], annual_rate=0.1)


def test_blend_refuses_mixed_currencies_and_periods() -> None:
    with pytest.raises(CurrencyMismatch):
        blend([table(), table().converted("JPY", 150)])
    monthly = table().to_period("monthly", Basis(months_per_year=12))
    with pytest.raises(PeriodMismatch):
        blend([table(), monthly])


def test_blend_keeps_top_coding_as_a_bound() -> None:
    capped = SurveyTable.from_percentiles(
        {25: 80, 50: 100, 75: 125, 90: 140}, currency="USD", as_of=MAY_2025, top_coded=(90,)
    )
    mixed = blend([table(), capped])
    assert mixed.top_coded == (90.0,)
    assert mixed.bounds == {90.0: 145.0}


def test_blend_needs_two_shared_exact_points_and_valid_weights() -> None:
    a = SurveyTable.from_percentiles({10: 1, 25: 2}, currency="USD")
    b = SurveyTable.from_percentiles({50: 3, 75: 4}, currency="USD")
    with pytest.raises(InsufficientData):
        blend([a, b])
    with pytest.raises(InvalidInput):
        blend([])
    for weights in ([1], [0, 0], [-1, 2]):
        with pytest.raises(InvalidInput, match="weights"):
            blend([table(), table()], weights)


def test_blend_of_one_table_is_that_table() -> None:
    t = table()
    assert blend([t]).values == t.values
    assert math.isclose(blend([t, t], [0.3, 0.7]).values[2], 125.0)


def test_to_net_through_the_japan_engine() -> None:
    # A monthly table maps each point through jp.annual and reads the year's net / 12; an annual
    # table is twelve equal months with no bonus (3,600,000 a year = 300,000 a month). The
    # mapping is plumbing: jp.annual's own figures are checked by hand in tests/payroll/jp.
    from expectgap.payroll import engine, jp

    monthly = SurveyTable((25, 75), (300_000.0, 500_000.0), "JPY", period="monthly")
    nets = jp.annual(np.array([300_000, 500_000]), year=2026, prefecture="osaka", age=45).net
    mapped = monthly.to_net(engine("JP"), year=2026, region="osaka", age=45)
    assert mapped.values == tuple((nets / 12).tolist())
    annual = SurveyTable((25, 75), (3_600_000.0, 6_000_000.0), "JPY", period="annual")
    assert annual.to_net(engine("JP"), year=2026, region="osaka", age=45).values == tuple(
        nets.astype(float).tolist()
    )
    with pytest.raises(InvalidInput, match="year"):
        monthly.to_net(engine("JP"))
    with pytest.raises(CurrencyMismatch):
        SurveyTable((25, 75), (1.0, 2.0), "USD").to_net(engine("JP"), year=2026)


def test_to_net_refuses_what_is_neither_function_nor_engine() -> None:
    table = SurveyTable((25, 75), (1.0, 2.0), "JPY", period="monthly")
    with pytest.raises(InvalidInput, match="payroll engine"):
        table.to_net("JP")  # type: ignore[arg-type]
