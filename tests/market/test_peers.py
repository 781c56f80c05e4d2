"""PeerGroup: weighted quantiles, mid-rank percentiles, confidence intervals, privacy guard."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from expectgap.errors import (
    CurrencyMismatch,
    ExpectgapError,
    InsufficientData,
    InvalidInput,
    PeriodMismatch,
)
from expectgap.market import MAX_WEIGHT_SHARE, PeerGroup, order_statistic_ci
from expectgap.money import Money

TEN = [410, 430, 445, 460, 480, 495, 505, 520, 540, 575]


# --- order-statistic confidence intervals ---------------------------------------------------


@pytest.mark.parametrize(
    ("n", "lower", "upper", "coverage"),
    [
        # market-methods.md: median CI from order statistics, L = qbinom(0.025, n, 0.5),
        # U = n - L + 1, coverage 1 - 2 pbinom(L - 1, n, 0.5).
        (6, 1, 6, 1 - 2 / 64),  # pbinom(0, 6) = 1/64 -> (x1, x6) at 96.9%
        (10, 2, 9, 1 - 2 * 11 / 1024),  # pbinom(1, 10) = (1 + 10)/1024 -> (x2, x9) at 97.9%
        # pbinom(5, 20) = (1 + 20 + 190 + 1140 + 4845 + 15504) / 2^20 = 21700 / 1048576
        (20, 6, 15, 1 - 2 * 21_700 / 2**20),
    ],
    ids=["n6-x1-x6", "n10-x2-x9", "n20-x6-x15"],
)
def test_median_ci_ranks_follow_the_binomial_rule(
    n: int, lower: int, upper: int, coverage: float
) -> None:
    ci = order_statistic_ci(n, 0.5, 0.95)
    assert (ci.lower, ci.upper) == (lower, upper)
    assert ci.coverage == pytest.approx(coverage, rel=1e-12)


def test_five_observations_give_no_95_percent_interval() -> None:
    # pbinom(0, 5, 0.5) = 1/32 = 0.03125 > 0.025: the widest interval covers 1 - 2/32 = 93.75%
    with pytest.raises(InsufficientData, match=r"93\.8%"):
        order_statistic_ci(5)


def test_quartile_ci_ranks() -> None:
    # q = 0.25, n = 40: P(B <= 4) = 0.0160 < 0.025 <= P(B <= 5) = 0.0433 -> L = 5;
    # P(B <= 15) = 0.9738 < 0.975 <= P(B <= 16) = 0.9884 -> U = 17
    ci = order_statistic_ci(40, 0.25)
    assert (ci.lower, ci.upper) == (5, 17)


@settings(max_examples=100, deadline=None)
@given(st.integers(6, 400), st.floats(0.05, 0.95), st.sampled_from([0.8, 0.9, 0.95, 0.99]))
def test_order_statistic_coverage_reaches_the_level(n: int, q: float, level: float) -> None:
    try:
        ci = order_statistic_ci(n, q, level)
    except InsufficientData:
        return
    assert 1 <= ci.lower < ci.upper <= n
    assert ci.coverage >= level - 1e-12


# --- quantiles and ranks --------------------------------------------------------------------


def test_quantile_and_ci_for_ten_peers() -> None:
    g = PeerGroup(TEN)
    assert g.quantile(0.5) == 480.0  # inverted cdf: x_5 of 10
    assert g.quantile_ci(0.5) == (430.0, 540.0)  # (x_2, x_9)


def test_twenty_peers_median_ci_is_x6_x15() -> None:
    values = list(range(100, 2100, 100))
    assert PeerGroup(values[::-1]).quantile_ci(0.5) == (600.0, 1500.0)


def test_weighted_quantile_matches_numpy_inverted_cdf() -> None:
    values = [300, 320, 340, 360, 380, 400, 420]
    weights = [1.0, 2.0, 1.0, 1.5, 1.0, 0.5, 1.0]
    q = [0.2, 0.3, 0.5, 0.7]  # 0.1 would be the lowest amount (1 / 8 >= 0.1): refused
    expected = np.quantile(values, q, weights=weights, method="inverted_cdf")
    assert PeerGroup(values, weights=weights).quantile(q).tolist() == expected.tolist()


def test_mid_rank_percentile_by_hand() -> None:
    g = PeerGroup([100, 200, 300, 400, 500, 600, 700], weights=[1, 1, 2, 1, 1, 1, 1])
    # total weight 8. 300: (weight below 2 + half of the equal weight 2) / 8 = 3 / 8 -> 37.5
    # 250: 2 / 8 -> 25; 700: (7 + 1 / 2) / 8 -> 93.75; 800: 100; 50: 0
    assert g.percentile_of([300, 250, 700, 800, 50]).tolist() == [37.5, 25.0, 93.75, 100.0, 0.0]
    series = g.percentile_of(pd.Series([300], index=["x"]))
    assert series.index.tolist() == ["x"]


def test_percentile_ci_is_clopper_pearson_at_the_mid_rank_count() -> None:
    # 20 peers, 1,050 is above 10 of them: k = 10, n = 20. Clopper-Pearson 95%:
    # Beta(10, 11) 2.5% quantile = 0.2720, Beta(11, 10) 97.5% quantile = 0.7280.
    low, high = PeerGroup(list(range(100, 2100, 100))).percentile_ci(1050)
    assert low == pytest.approx(27.20, abs=0.01)
    assert high == pytest.approx(72.80, abs=0.01)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(1, 10_000), min_size=8, max_size=60, unique=True),
    st.floats(0.1, 0.9),
)
def test_weighted_quantiles_agree_with_numpy(values: list[int], q: float) -> None:
    weights = np.linspace(1.0, 2.0, len(values))  # every peer below 2 / 9 < 25% of the weight
    g = PeerGroup(values, weights=weights)
    expected = float(np.quantile(values, q, weights=weights, method="inverted_cdf"))
    try:
        assert g.quantile(q) == expected
    except InsufficientData:
        assert expected in (min(values), max(values))


def test_bootstrap_interval_contains_the_estimate_and_no_extreme() -> None:
    rng = np.random.default_rng(5)
    values = rng.lognormal(13, 0.3, 60).round()
    g = PeerGroup(values)
    low, high = g.quantile_ci(0.5, method="bootstrap", n_resamples=999, rng=1)
    assert low <= g.quantile(0.5) <= high
    assert values.min() < low
    assert high < values.max()
    assert (low, high) == g.quantile_ci(0.5, method="bootstrap", n_resamples=999, rng=1)


def test_bad_inputs() -> None:
    with pytest.raises(InvalidInput, match=r"positions \[1\]"):
        PeerGroup([1, -2, 3, 4, 5])
    with pytest.raises(InvalidInput, match="amounts > 0"):
        PeerGroup([0, 2, 3, 4, 5])
    with pytest.raises(InvalidInput, match="weights"):
        PeerGroup([1, 2, 3, 4, 5], weights=[1, 1])
    with pytest.raises(InvalidInput, match="ids"):
        PeerGroup([1, 2, 3, 4, 5], ids=["a"])
    with pytest.raises(InvalidInput, match="min_n"):
        PeerGroup([1, 2, 3, 4, 5], min_n=1)
    with pytest.raises(InvalidInput, match="q"):
        PeerGroup(TEN).quantile(1.5)
    with pytest.raises(InvalidInput, match="method"):
        PeerGroup(TEN).quantile_ci(0.5, method="magic")  # type: ignore[arg-type]


# --- privacy guard --------------------------------------------------------------------------


def every_statistic(g: PeerGroup) -> list[object]:
    return [
        lambda: g.quantile(0.5),
        lambda: g.percentile_of(450),
        lambda: g.quantile_ci(0.5, 0.5),
        lambda: g.percentile_ci(450),
        lambda: g.log_moments(),
    ]


@pytest.mark.parametrize(
    ("values", "options"),
    [
        ([410, 430, 445, 460], {}),  # 4 peers < 5
        ([410, 430, 445, 460, 460], {}),  # a duplicated row does not make a fifth peer
        ([410, 410, 410, 410, 410, 410], {}),  # six rows, one amount
        ([410, 430, 445, 460, 480], {"ids": ["a", "b", "c", "d", "d"]}),  # d twice
        # one peer with 4 of 13 = 30.8% of the weight
        (TEN, {"weights": [4, 1, 1, 1, 1, 1, 1, 1, 1, 1]}),
        # weight 0 removes a peer: 4 left
        ([410, 430, 445, 460, 480], {"weights": [1, 1, 1, 1, 0]}),
        # one amount on 4 of 13 rows (possibly one person entered 4 times): 30.8%
        ([*TEN, 480, 480, 480], {}),
        # the same person under one id, spread over 4 rows of small weight: 4/13 = 30.8%
        (
            [*TEN, 600, 610, 620],
            {"ids": ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "j", "j", "j"]},
        ),
    ],
    ids=[
        "four-peers",
        "duplicate-row",
        "one-amount",
        "duplicate-id",
        "heavy-weight",
        "zero-weight",
        "duplicated-amount-share",
        "one-id-many-rows",
    ],
)
def test_privacy_guard_withholds_every_statistic(
    values: list[int], options: dict[str, object]
) -> None:
    g = PeerGroup(values, **options)  # type: ignore[arg-type]
    assert not g.publishable
    for statistic in every_statistic(g):
        with pytest.raises(InsufficientData) as caught:
            statistic()  # type: ignore[operator]
        assert isinstance(caught.value, ExpectgapError)
    summary = g.summary()
    assert summary.quantiles == {}
    assert summary.reason is not None


def test_exactly_25_percent_is_allowed_and_ids_separate_equal_pay() -> None:
    # 3 of 12 = 25% is at the limit (not above it)
    assert PeerGroup(TEN, weights=[3, 1, 1, 1, 1, 1, 1, 1, 1, 1]).publishable
    assert MAX_WEIGHT_SHARE == 0.25
    # 4 of 13 rows share 480: refused without ids, allowed when ids say they are 4 people
    values = [*TEN, 480, 480, 480]
    assert not PeerGroup(values).publishable
    ids = [f"p{i}" for i in range(13)]
    assert PeerGroup(values, ids=ids).publishable


def test_extreme_quantiles_are_refused() -> None:
    five = PeerGroup([410, 430, 445, 460, 480])
    with pytest.raises(InsufficientData, match="lowest"):
        five.quantile(0.1)  # x_1: the lowest pay
    with pytest.raises(InsufficientData, match="highest"):
        five.quantile(0.9)  # x_5: the highest pay
    with pytest.raises(InsufficientData):
        five.quantile([0.5, 1.0])  # one refused quantile refuses the call
    assert five.quantile([0.25, 0.5, 0.75]).tolist() == [430.0, 445.0, 460.0]
    stricter = PeerGroup([410, 430, 445, 460, 480], min_each_side=2)
    with pytest.raises(InsufficientData):
        stricter.quantile(0.25)
    assert stricter.quantile(0.5) == 445.0


def test_six_peers_median_ci_would_be_min_and_max() -> None:
    # (x_1, x_6) at 96.9% is the only 95% interval for 6 peers, and it is the min and max.
    with pytest.raises(InsufficientData, match="lowest"):
        PeerGroup([100, 200, 300, 400, 500, 600]).quantile_ci(0.5)
    with pytest.raises(InsufficientData, match="too few"):
        PeerGroup([100, 200, 300, 400, 500]).quantile_ci(0.5)


def test_summary_publishes_only_interior_quantiles() -> None:
    summary = PeerGroup(TEN).summary()
    assert summary.n == 10
    assert summary.quantiles == {25: 445.0, 50: 480.0, 75: 520.0, 90: 540.0}
    assert summary.withheld == (10,)
    assert min(TEN) not in summary.quantiles.values()
    assert max(TEN) not in summary.quantiles.values()


def test_group_does_not_expose_its_values() -> None:
    g = PeerGroup(TEN, currency="JPY", period="monthly")
    assert "410" not in repr(g)
    assert "575" not in repr(g)
    public = [name for name in dir(g) if not name.startswith("_")]
    assert "values" not in public


@st.composite
def any_group(draw: st.DrawFn) -> tuple[list[float], list[float] | None, list[int] | None]:
    distinct = draw(st.lists(st.integers(1, 50), min_size=1, max_size=12, unique=True))
    copies = draw(st.lists(st.integers(1, 4), min_size=len(distinct), max_size=len(distinct)))
    values = [float(v) for v, c in zip(distinct, copies, strict=True) for _ in range(c)]
    weights = None
    if draw(st.booleans()):
        weights = draw(
            st.lists(st.floats(0, 10, allow_nan=False), min_size=len(values), max_size=len(values))
        )
    ids = None
    if draw(st.booleans()):
        ids = draw(st.lists(st.integers(0, 8), min_size=len(values), max_size=len(values)))
    return values, weights, ids


@settings(max_examples=300, deadline=None)
@given(any_group(), st.floats(0.0, 1.0))
def test_privacy_guard_cannot_be_bypassed(
    group: tuple[list[float], list[float] | None, list[int] | None], q: float
) -> None:
    values, weights, ids = group
    g = PeerGroup(values, weights=weights, ids=ids)
    w = np.ones(len(values)) if weights is None else np.array(weights)
    live = w > 0
    v = np.array(values)[live]
    lw = w[live]
    try:
        found = g.quantile(q)
    except InsufficientData:
        return
    # Whatever was published, independently re-checked:
    distinct = np.unique(v)
    assert distinct.size >= 5  # five distinct amounts
    if ids is None:
        per_peer = [lw[v == x].sum() for x in distinct]  # equal amounts may be one person
    else:
        people = np.array(ids)[live]
        per_peer = [lw[people == p].sum() for p in np.unique(people)]
        assert np.unique(people).size >= 5
    assert max(per_peer) / lw.sum() <= 0.25 + 1e-12  # nobody above 25% of the weight
    assert v.min() < found < v.max()  # never the minimum or the maximum


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.integers(100, 100_000), min_size=5, max_size=80, unique=True),
    st.floats(0.05, 0.95),
    st.sampled_from([0.5, 0.8, 0.9, 0.95]),
    st.booleans(),
)
def test_a_ci_always_contains_its_point_estimate(
    values: list[int], q: float, level: float, weighted: bool
) -> None:
    weights = np.linspace(1.0, 1.5, len(values)) if weighted else None
    g = PeerGroup(values, weights=weights)
    assume(g.publishable)
    try:
        low, high = g.quantile_ci(q, level)
    except InsufficientData:
        return
    assert low <= g.quantile(q) <= high
    x = float(np.median(values))
    plow, phigh = g.percentile_ci([x, values[0], 1.0, 1e9], level)
    point = g.percentile_of([x, values[0], 1.0, 1e9])
    assert np.all(plow <= point + 1e-9)
    assert np.all(point <= phigh + 1e-9)


def test_scaling_and_conversion_keep_the_guard() -> None:
    g = PeerGroup(TEN, currency="USD", period="annual")
    assert g.scaled(2).quantile(0.5) == 960.0
    yen = g.converted("JPY", 150)
    assert (yen.currency, yen.quantile(0.5)) == ("JPY", 72_000.0)
    assert not PeerGroup(TEN[:4]).scaled(2).publishable


def test_money_amounts_are_checked_against_the_declared_units() -> None:
    g = PeerGroup(TEN, currency="JPY", period="monthly")
    assert g.percentile_of(Money(450, "JPY", "monthly")) == 30.0
    with pytest.raises(CurrencyMismatch):
        g.percentile_of(Money(450, "USD", "monthly"))
    with pytest.raises(PeriodMismatch):
        g.percentile_ci(Money(450, "JPY", "annual"))
    with pytest.raises(InvalidInput, match="declares"):
        PeerGroup(TEN).percentile_of(Money(450, "JPY", "monthly"))


def test_effective_n() -> None:
    # Kish: (sum w)^2 / sum w^2 = (1+1+1+1+4)^2 / (1+1+1+1+16) = 64 / 20 = 3.2
    assert PeerGroup([1, 2, 3, 4, 5], weights=[1, 1, 1, 1, 4]).effective_n == pytest.approx(3.2)
    assert math.isclose(PeerGroup(TEN).effective_n, 10.0)
