"""position(): percentile, CI, gap to median, compa-ratio, range penetration, z, label."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import norm

from expectgap.errors import CurrencyMismatch, InsufficientData, InvalidInput, PeriodMismatch
from expectgap.market import PeerGroup, SurveyTable
from expectgap.money import Money
from expectgap.position import LABELS, Band, Position, position

# US Software Developers, SOC 15-1252, national (BLS OEWS May 2025, annual wages).
DEVS = SurveyTable.from_percentiles(
    {10: 82_460, 25: 105_210, 50: 135_980, 75: 171_980, 90: 214_670}, currency="USD"
)
TEN = [410, 430, 445, 460, 480, 495, 505, 520, 540, 575]


def test_position_in_a_survey_table_by_hand() -> None:
    pos = position(150_000, DEVS)
    assert isinstance(pos, Position)
    # log-linear between P50 and P75: 50 + 25 x ln(150000/135980) / ln(171980/135980) = 60.445
    assert pos.percentile == pytest.approx(60.445, abs=1e-3)
    assert pos.gap_to_median == pytest.approx(14_020)  # 150,000 - 135,980
    assert pos.gap_to_median_pct == pytest.approx(10.3103, abs=1e-4)  # 14,020 / 135,980
    assert pos.compa_ratio == pytest.approx(1.103103, abs=1e-6)  # to the median without a band
    assert pos.range_penetration is None
    assert pos.percentile_ci is None  # the table has no n
    assert pos.label == "P50–P75"
    # z in log space against the whole-table fit: (ln 150000 - mu) / sigma
    fit = DEVS.lognormal_fit()
    assert pos.z == pytest.approx((math.log(150_000) - fit.mu) / fit.sigma, rel=1e-12)


def test_compa_ratio_and_range_penetration_with_a_band() -> None:
    # band 120k-160k, midpoint 140k: compa 150/140 = 1.071429; penetration (150-120)/(160-120)
    pos = position(150_000, DEVS, band=Band(120_000, 140_000, 160_000))
    assert pos.compa_ratio == pytest.approx(150 / 140, rel=1e-12)
    assert pos.range_penetration == pytest.approx(0.75, rel=1e-12)
    # below the band minimum and above the maximum: penetration < 0 and > 1
    low, high = position(
        [100_000, 180_000], DEVS, band=Band(120_000, maximum=160_000)
    ).range_penetration
    assert (low, high) == (pytest.approx(-0.5), pytest.approx(1.5))


def test_band_defaults_and_validation() -> None:
    assert Band(400_000, maximum=600_000).midpoint == 500_000
    assert Band(minimum=1, maximum=3) == Band(1, 2, 3)
    with pytest.raises(InvalidInput, match="maximum"):
        Band(100, 200)  # the second positional is the midpoint: no maximum given
    with pytest.raises(InvalidInput, match="maximum"):
        Band(300, maximum=200)
    with pytest.raises(InvalidInput, match="midpoint"):
        Band(100, 500, 300)
    with pytest.raises(InvalidInput, match="minimum"):
        Band(-1, maximum=3)


@pytest.mark.parametrize(
    ("percentile", "label"),
    [
        (0.0, "below P10"),
        (9.99, "below P10"),
        (10.0, "P10–P25"),
        (24.99, "P10–P25"),
        (25.0, "P25–P50"),
        (50.0, "P50–P75"),
        (75.0, "P75–P90"),
        (90.0, "P75–P90"),
        (90.01, "above P90"),
        (99.9, "above P90"),
    ],
)
def test_labels(percentile: float, label: str) -> None:
    amount = DEVS.ppf(percentile / 100)
    assert position(amount, DEVS).label == label


def test_labels_at_published_points() -> None:
    pos = position([82_460, 105_210, 135_980, 171_980, 214_670], DEVS)
    assert pos.label.tolist() == ["P10–P25", "P25–P50", "P50–P75", "P75–P90", "P75–P90"]
    assert set(pos.label.tolist()) <= set(LABELS)


def test_wilson_interval_for_a_table_with_n() -> None:
    # Wilson 95% for p = 0.5, n = 100: centre 0.5, half-width
    # 1.959964 / (1 + 0.038415) x sqrt(0.25 / 100 + 3.841459 / 40000) = 0.096168
    table = SurveyTable.from_percentiles({25: 40, 50: 50, 75: 60}, currency="USD", n=100)
    low, high = position(50, table).percentile_ci  # type: ignore[misc]
    z = norm.ppf(0.975)
    half = z / (1 + z * z / 100) * math.sqrt(0.25 / 100 + z * z / 40_000)
    assert half == pytest.approx(0.096168, abs=1e-6)
    assert (low, high) == (pytest.approx(100 * (0.5 - half)), pytest.approx(100 * (0.5 + half)))


def test_peer_group_position() -> None:
    peers = PeerGroup(TEN)
    pos = position(450, peers)
    # placed in the release, never in the amounts: P25 450, P50 475, P75 500 (Harrell-Davis
    # quartiles worked out in tests/market/test_peers.py), so 450 is the released P25 and the
    # gap is to the released median 475
    assert pos.percentile == 25.0
    assert pos.gap_to_median == -25.0
    assert pos.compa_ratio == pytest.approx(450 / 475)
    assert pos.label == "P25–P50"
    low, high = pos.percentile_ci  # type: ignore[misc]
    assert low < 25.0 < high
    # z through the release: sigma = ln(500 / 450) / (2 x 0.674490) = 0.078104
    sigma = math.log(500 / 450) / (2 * norm.ppf(0.75))
    assert sigma == pytest.approx(0.078104, abs=1e-6)
    assert pos.z == pytest.approx(math.log(450 / 475) / sigma, rel=1e-12)
    with pytest.raises(InsufficientData):
        position(450, PeerGroup(TEN[:4]))


def test_money_amounts_must_match_the_reference() -> None:
    table = SurveyTable.from_percentiles({25: 40, 50: 50, 75: 60}, currency="USD")
    assert position(Money(50, "USD", "annual"), table).percentile == 50.0
    with pytest.raises(CurrencyMismatch):
        position(Money(50, "JPY", "annual"), table)
    with pytest.raises(PeriodMismatch):
        position(Money(50, "USD", "monthly"), table)
    with pytest.raises(PeriodMismatch):
        position(Money(50, "USD"), table)
    with pytest.raises(InvalidInput, match="declares"):
        position(Money(450, "JPY", "annual"), PeerGroup(TEN))
    declared = PeerGroup(TEN, currency="JPY", period="annual")
    assert position(Money(450, "JPY", "annual"), declared).percentile == 25.0


def test_vectorized_positions() -> None:
    amounts = pd.Series([100_000, 150_000], index=["ann", "bo"])
    pos = position(amounts, DEVS, band=Band(120_000, maximum=160_000))
    for field in ("percentile", "gap_to_median", "compa_ratio", "range_penetration", "z", "label"):
        assert getattr(pos, field).index.tolist() == ["ann", "bo"]
    single = position(150_000, DEVS)
    assert pos.percentile["bo"] == single.percentile
    arrays = position(np.array([100_000.0, 150_000.0]), DEVS)
    assert arrays.label.tolist() == ["P10–P25", "P50–P75"]  # 100k lies between P10 and P25
    with pytest.raises(InvalidInput, match="positions"):
        position([1.0, -1.0], DEVS)
    with pytest.raises(InvalidInput, match="reference"):
        position(1.0, [1, 2, 3])  # type: ignore[arg-type]


@st.composite
def tables(draw: st.DrawFn) -> SurveyTable:
    percentiles = draw(
        st.lists(st.integers(1, 99), min_size=2, max_size=6, unique=True).map(sorted)
    )
    start = draw(st.floats(1_000, 1_000_000))
    steps = draw(
        st.lists(st.floats(1.01, 2.0), min_size=len(percentiles), max_size=len(percentiles))
    )
    values = np.cumprod([start, *steps[1:]])
    n = draw(st.none() | st.integers(5, 10_000))
    return SurveyTable.from_percentiles(
        dict(zip(percentiles, values, strict=True)), currency="USD", n=n
    )


def _same(a: Position, b: Position) -> None:
    assert a.percentile == pytest.approx(b.percentile, abs=1e-9)
    assert a.gap_to_median_pct == pytest.approx(b.gap_to_median_pct, rel=1e-9, abs=1e-9)
    assert a.compa_ratio == pytest.approx(b.compa_ratio, rel=1e-9)
    assert a.z == pytest.approx(b.z, rel=1e-9, abs=1e-9)
    if a.range_penetration is not None:
        assert a.range_penetration == pytest.approx(b.range_penetration, rel=1e-9, abs=1e-9)


@settings(max_examples=80, deadline=None)
@given(tables(), st.floats(0.01, 0.99), st.floats(0.001, 1_000.0))
def test_position_is_invariant_under_currency_conversion_and_scaling(
    table: SurveyTable, q: float, rate: float
) -> None:
    amount = float(table.ppf(q))
    band = Band(table.values[0], maximum=table.values[-1])
    base = position(amount, table, band=band)
    converted = position(
        amount * rate,
        table.converted("JPY", rate),
        band=Band(band.minimum * rate, maximum=band.maximum * rate),
    )
    scaled = position(
        amount * rate,
        table.scaled(rate),
        band=Band(band.minimum * rate, maximum=band.maximum * rate),
    )
    _same(base, converted)
    _same(base, scaled)
    assert base.label == converted.label == scaled.label or abs(base.percentile - 90) < 1e-6


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(100, 100_000), min_size=8, max_size=40, unique=True),
    st.floats(100, 100_000),
    st.floats(0.01, 100.0),
)
def test_peer_position_is_invariant_under_conversion(
    values: list[int], amount: float, rate: float
) -> None:
    peers = PeerGroup(values, currency="USD", period="annual")
    _same(position(amount, peers), position(amount * rate, peers.converted("JPY", rate)))


@settings(max_examples=80, deadline=None)
@given(tables(), st.floats(0.0, 1.0))
def test_the_percentile_ci_contains_the_percentile(table: SurveyTable, q: float) -> None:
    pos = position(float(table.ppf(q)) if q < 1 else 1e12, table)
    if table.n is None:
        assert pos.percentile_ci is None
        return
    low, high = pos.percentile_ci  # type: ignore[misc]
    assert 0 <= low <= pos.percentile <= high <= 100


def test_published_median_is_used_exactly() -> None:
    # OEWS May 2025, 15-1252 national: P50 135,980. 150,000 - 135,980 = 14,020 exactly, and the
    # compa-ratio is 150,000 / 135,980 (no rounding noise from the log-space interpolation).
    from expectgap.datasets import oews

    table = oews("15-1252")
    pos = position(150_000, table)
    assert pos.gap_to_median == 14_020
    assert pos.compa_ratio == 150_000 / 135_980
    assert table.ppf(0.1) == 82_460


def test_band_given_as_a_tuple() -> None:
    # Band 120,000-180,000: midpoint 150,000, so 165,000 has compa-ratio 1.1 and penetration
    # (165,000 - 120,000) / 60,000 = 0.75; a three-number tuple sets the midpoint itself.
    table = SurveyTable.from_percentiles({25: 100_000, 50: 150_000, 75: 200_000}, currency="USD")
    two = position(165_000, table, band=(120_000, 180_000))
    assert (two.compa_ratio, two.range_penetration) == (1.1, 0.75)
    three = position(165_000, table, band=(120_000, 165_000, 180_000))
    assert three.compa_ratio == 1.0
    with pytest.raises(InvalidInput, match="band"):
        position(165_000, table, band=(1, 2, 3, 4))  # type: ignore[arg-type]
