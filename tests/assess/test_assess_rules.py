"""Unit tests of the vectorized rules, the zone, the package lines, the policy and formatting.

Expected values are worked out by hand in the comments.
"""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap.assess import Policy
from expectgap.assess.locale import format_money, format_number, format_percent
from expectgap.assess.rules import (
    direction,
    priority_rank,
    priority_score,
    severity,
    shortfall,
    stance,
)
from expectgap.assess.scale import PackageScale
from expectgap.assess.zone import zone_of_agreement
from expectgap.errors import InvalidInput
from expectgap.money import Money
from expectgap.package import Allowance, Bonus, CompensationPackage, FixedOvertime

POLICY = Policy.default()


@pytest.mark.parametrize(
    ("target", "offered", "higher", "measure", "expected"),
    [
        (400_000, 380_000, True, "percent", 5.0),  # 20,000 / 400,000
        (400_000, 420_000, True, "percent", 0.0),  # beats the target
        (40, 45, False, "units", 5.0),  # 5 hours above a maximum
        (3, 2, True, "units", 1.0),  # one remote day short
        (0, 10, False, "percent", math.inf),  # any overtime against a maximum of 0
        (math.nan, 10, True, "units", 0.0),  # unstated
    ],
)
def test_shortfall_by_hand(
    target: float, offered: float, higher: bool, measure: str, expected: float
) -> None:
    got = shortfall(target, offered, higher_is_better=higher, measure=measure)  # type: ignore[arg-type]
    assert float(got) == expected


def test_severity_thresholds_of_the_default_policy() -> None:
    salary = POLICY.dimension("gross_salary")  # minor <= 5%, blocking > 15% for a must
    cases = np.array([0.0, 5.0, 5.01, 15.0, 15.01, 15.01])
    must = np.array([True, True, True, True, True, False])
    got = severity(cases, must, minor=salary.minor, blocking=salary.blocking)
    assert got.tolist() == [0, 1, 2, 2, 3, 2]
    # With a walk-away: blocking exactly when worse than it (must), at least major (want).
    walk = severity(
        [2.0, 2.0, 2.0],
        [True, False, True],
        minor=5.0,
        blocking=15.0,
        beyond_walk_away=[True, True, False],
        has_walk_away=True,
    )
    assert walk.tolist() == [3, 2, 1]


@settings(max_examples=200)
@given(
    st.lists(st.floats(0, 200), min_size=2, max_size=2),
    st.booleans(),
    st.booleans(),
    st.floats(0, 50),
    st.floats(0, 100),
)
def test_severity_never_falls_as_the_shortfall_grows(
    pair: list[float], must: bool, walk: bool, minor: float, extra: float
) -> None:
    low, high = sorted(pair)
    # the walk-away flag can only turn on as the offer worsens
    a = severity(
        low, must, minor=minor, blocking=minor + extra, beyond_walk_away=False, has_walk_away=walk
    )
    b = severity(
        high,
        must,
        minor=minor,
        blocking=minor + extra,
        beyond_walk_away=walk and high > 0,
        has_walk_away=walk,
    )
    assert int(b) >= int(a)


def test_direction_and_stance_codes() -> None:
    assert direction([10, 10, 10, np.nan], [9, 10, 11, 1], higher_is_better=True).tolist() == [
        0,
        1,
        2,
        3,
    ]
    assert direction([40, 40], [45, 35], higher_is_better=False).tolist() == [0, 2]
    # none -> accept (or confirm), minor -> explain, major -> negotiate when negotiable and
    # stated, explain otherwise; unstated -> confirm
    got = stance(
        [0, 0, 1, 2, 3, 2, 2, 0],
        [1, 1, 0, 0, 0, 0, 0, 3],
        negotiable=[1, 1, 1, 1, 1, 0, 1, 1],
        needs_confirmation=[0, 1, 0, 0, 0, 0, 0, 0],
        derived=[0, 0, 0, 0, 0, 0, 1, 0],
    )
    assert got.tolist() == [0, 1, 2, 3, 3, 2, 2, 1]


def test_priority_score_and_rank() -> None:
    # blocking negotiate must: 300 + 60 + 10 = 370; major explain want: 200 + 40 = 240;
    # none accept: 0; none confirm must: 20 + 10 = 30
    score = priority_score(
        [3, 2, 0, 0],
        [3, 2, 0, 1],
        [True, False, False, True],
        severity_weight=POLICY.severity_weight,
        stance_weight=POLICY.stance_weight,
        must_weight=POLICY.must_weight,
    )
    assert score.tolist() == [370, 240, 0, 30]
    assert priority_rank(score).tolist() == [1, 2, 4, 3]
    batch = priority_rank(np.array([[5, 5, 9], [1, 2, 3]]))
    assert batch.tolist() == [[2, 3, 1], [3, 2, 1]]


def test_rules_run_on_large_batches() -> None:
    n = 100_000
    rng = np.random.default_rng(1)
    target = rng.uniform(300_000, 600_000, n)
    offered = rng.uniform(300_000, 600_000, n)
    short = shortfall(target, offered, higher_is_better=True, measure="percent")
    sev = severity(short, rng.random(n) < 0.5, minor=5.0, blocking=15.0)
    assert sev.shape == (n,)
    assert set(np.unique(sev)) <= {0, 1, 2, 3}
    assert (sev[short == 0] == 0).all()


def test_package_lines_by_hand() -> None:
    # base b, housing 20,000, commuting 15,000, fixed overtime 65,000 at b = 450,000 (it moves
    # with the base: 65,000 b / 450,000 = 13 b / 90), 2 months bonus:
    # monthly gross = b + 13 b / 90 + 35,000 = 103 b / 90 + 35,000;
    # annual cash = 12 (103 b / 90 + 35,000) + 2 b = 236 b / 15 + 420,000
    package = CompensationPackage(
        base=Money(450_000, "JPY", "monthly"),
        bonuses=(Bonus.months_of_base(2),),
        allowances=(
            Allowance.commuting_allowance(Money(15_000, "JPY", "monthly")),
            Allowance("housing", Money(20_000, "JPY", "monthly")),
        ),
        fixed_overtime=FixedOvertime(20, Money(65_000, "JPY", "monthly")),
    )
    scale = PackageScale.of(package)
    assert scale.slope["annual_cash"] == Fraction(236, 15)
    assert scale.intercept["annual_cash"] == 420_000
    assert scale.offered("annual_cash") == 7_500_000  # 12 x 550,000 + 2 x 450,000
    assert float(scale.value("monthly_scheduled", 450_000)) == 485_000  # no overtime pay
    # 103 b / 90 + 35,000 = 600,000 at b = 565,000 x 90 / 103 = 493,689.3...
    assert scale.base_for("monthly_gross", 600_000) == pytest.approx(565_000 * 90 / 103)
    assert scale.with_base(Fraction(540_000)).monthly_fixed_overtime().amount == 78_000
    annual = CompensationPackage(base=Money(7_000_000, "JPY", "annual"), months_per_year=14)
    # 年俸 in 14 parts: 500,000 a month; annual base 14 b
    assert PackageScale.of(annual).base == Fraction(500_000)
    assert PackageScale.of(annual).with_base(Fraction(510_000)).base.amount == 7_140_000


@pytest.mark.parametrize(
    ("target", "walk", "budget", "reason", "counter", "low", "high"),
    [
        # target 480,300 within a 500,000 budget: counter 480,300 rounded up to 481,000
        (480_300, 460_000, 500_000, "target_within_budget", 481_000, 460_000, 500_000),
        # target 520,000 above the budget: capped at 500,000
        (520_000, 470_000, 500_000, "capped_at_budget", 500_000, 470_000, 500_000),
        # budget 499,500: rounding the cap up would pass it, so round down to 499,000
        (520_000, 470_000, 499_500, "capped_at_budget", 499_000, 470_000, 499_500),
        # walk-away 510,000 above a 500,000 budget: empty
        (530_000, 510_000, 500_000, "no_zone", None, None, None),
        # the offer (450,000) already meets a 440,000 target
        (440_000, None, 500_000, "offer_meets_target", None, 440_000, 500_000),
    ],
)
def test_zone_by_hand(
    target: float,
    walk: float | None,
    budget: float,
    reason: str,
    counter: float | None,
    low: float | None,
    high: float | None,
) -> None:
    scale = PackageScale.of(CompensationPackage(base=Money(450_000, "JPY", "monthly")))
    zone = zone_of_agreement(
        scale,
        "monthly_gross",
        target=target,
        walk_away=walk,
        budget=Money(budget, "JPY", "monthly"),
        policy=POLICY,
    )
    assert (zone.reason.value, zone.counter_offer, zone.low, zone.high) == (
        reason,
        counter,
        low,
        high,
    )
    assert zone.empty is (reason == "no_zone")


def test_zone_with_an_annual_budget_and_allowances() -> None:
    # monthly gross = b + 50,000 allowances; annual cash = 12 (b + 50,000) + 2 b = 14 b + 600,000
    # budget 7,600,000 a year -> b = 500,000 -> monthly gross 550,000
    package = CompensationPackage(
        base=Money(400_000, "JPY", "monthly"),
        bonuses=(Bonus.months_of_base(2),),
        allowances=(Allowance("housing", Money(50_000, "JPY", "monthly")),),
    )
    zone = zone_of_agreement(
        PackageScale.of(package),
        "monthly_gross",
        target=600_000,
        walk_away=500_000,
        budget=Money(7_600_000, "JPY", "annual"),
        policy=POLICY,
    )
    assert zone.budget_ceiling == 550_000
    assert zone.counter_offer == 550_000
    assert zone.counter_offer_base == 500_000


def test_policy_file_errors_name_the_key() -> None:
    text = "[dimensions.position]\nmeasure = 'levels'\nminor = 0\nnegotiable = true\n"
    with pytest.raises(InvalidInput, match=r"dimensions\.position\.measure"):
        Policy.from_toml(text)
    with pytest.raises(InvalidInput, match="valid TOML"):
        Policy.from_toml("[dimensions")


def test_default_policy_numbers() -> None:
    # the documented defaults (policy.toml)
    assert (POLICY.dimension("net_salary").minor, POLICY.dimension("net_salary").blocking) == (
        5.0,
        15.0,
    )
    assert POLICY.dimension("atmosphere").blocking == math.inf
    assert POLICY.duties_minor == 34.0
    assert POLICY.rounding_unit("JPY", "annual") == 10_000


@pytest.mark.parametrize(
    ("amount", "code", "locale", "text"),
    [
        (5_600_000, "JPY", "en", "¥5,600,000"),
        (5_600_000, "JPY", "ja", "560万円"),
        (346_120, "JPY", "ja", "34万6,120円"),
        (120_000_000, "JPY", "ja", "1億2,000万円"),
        (100_000_001, "JPY", "ja", "1億1円"),
        (9_999, "JPY", "ja", "9,999円"),
        (-53_880, "JPY", "ja", "−5万3,880円"),
        (150_000, "USD", "en", "$150,000"),
        (150_000.5, "USD", "en", "$150,000.50"),
        (150_000, "USD", "ja", "$150,000"),
    ],
)
def test_money_formats(amount: float, code: str, locale: str, text: str) -> None:
    assert format_money(amount, code, locale) == text


def test_number_formats() -> None:
    assert format_number(2.5) == "2.5"
    assert format_number(2.0) == "2"
    assert format_percent(-11.587) == "−11.6%"
    assert format_percent(3.8, signed=True) == "+3.8%"
