"""jp.gross_up: round trip, the smallest gross at non-monotone points, errors.

The reference for "smallest" is brute force: the net of every whole yen of monthly pay from 0
up to a bound, computed with jp.annual in one batch, and the first pay reaching the target.
"""

from __future__ import annotations

import sys
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.payroll import jp
from expectgap.payroll.jp.gross_up import RISE_SLACK


def _dense_net(upper: int, **options: Any) -> np.ndarray:
    """Annual net of every monthly pay 0..upper (whole yen), in chunks."""
    bonus_months_of_pay = options.pop("bonus_months_of_pay", 0)
    nets = []
    for start in range(0, upper + 1, 400_000):
        pay = np.arange(start, min(start + 400_000, upper + 1), dtype=np.float64)
        result = jp.annual(pay, bonus=pay * bonus_months_of_pay, **options)
        nets.append(np.asarray(result.net))
    return np.concatenate(nets)


def _first_reaching(net: np.ndarray, need: int) -> int:
    reached = net >= need
    assert reached.any()
    return int(np.argmax(reached))


@pytest.fixture(scope="module")
def dense_2026() -> np.ndarray:
    return _dense_net(700_000, year=2026)


def test_smallest_gross_across_the_2026_basic_deduction_cliff(dense_2026: np.ndarray) -> None:
    # Net falls by about 38,000 a year between 554,600 and 554,700 a month (the basic deduction
    # tier at 4,890,000 of income, see test_annual). A target between the two nets is first
    # reached below the cliff, although pays just above the cliff fall short of it: a plain
    # bisection could return a pay above the cliff.
    before, after = dense_2026[554_600], dense_2026[554_700]
    assert before - after > 35_000
    targets = np.arange(after // 12 + 1, before // 12, 997)
    assert targets.size > 2
    expected = [_first_reaching(dense_2026, 12 * int(t)) for t in targets]
    assert all(e <= 554_650 for e in expected)
    assert jp.gross_up(targets, year=2026).tolist() == expected


def test_smallest_gross_at_grade_boundaries(dense_2026: np.ndarray) -> None:
    # Crossing 395,000 (standard 380,000 -> 410,000) raises premiums by 30,000 x (9.85 % / 2 +
    # 9.15 %) = about 4,220 a month: net dips, and targets in the dip are reached just below.
    dip = dense_2026[394_999] - dense_2026[395_000]
    assert dip > 12 * 3_000
    rng = np.random.default_rng(3)
    lows = [dense_2026[b - 1] for b in (395_000, 425_000, 485_000, 545_000)]
    targets = np.concatenate([np.arange(v // 12 - 300, v // 12 + 1, 50) for v in lows])
    targets = np.concatenate([targets, rng.integers(20_000, int(dense_2026[-1]) // 12, 40)])
    expected = [_first_reaching(dense_2026, 12 * int(t)) for t in targets]
    assert jp.gross_up(targets, year=2026).tolist() == expected


def test_smallest_gross_where_net_jumps_up_2025() -> None:
    # 2025, bonus 4 months, one dependant: at 1,250,001 a month the salary passes 20,000,000
    # (the 2024 fixed-cut limit), so January-May 2025 pay the FY2024 levy / 12 instead of / 11:
    # net rises by about 48,500 more than the pay added, the largest rise found (RISE_SLACK).
    options = {"year": 2025, "bonus_months_of_pay": 4, "dependents": 1}
    net = _dense_net(1_300_000, **options)
    phi = net - 16 * np.arange(net.size)
    rise = phi - np.minimum.accumulate(phi)
    assert 40_000 < rise.max() < RISE_SLACK
    jump = int(rise.argmax())
    targets = np.arange(net[jump - 1] // 12 - 2_000, net[jump] // 12 + 2_000, 331)
    expected = [_first_reaching(net, 12 * int(t)) for t in targets]
    assert jump in expected
    assert jp.gross_up(targets, year=2025, bonus_months_of_pay=4, dependents=1).tolist() == expected


@settings(max_examples=30, deadline=None)
@given(
    target=st.integers(50_000, 1_200_000),
    year=st.sampled_from([2024, 2025, 2026]),
    bonus=st.sampled_from([0, 2, 4.5]),
    age=st.sampled_from([25, 45]),
)
def test_round_trip_month(target: int, year: int, bonus: float, age: int) -> None:
    g = jp.gross_up(target, year=year, bonus_months_of_pay=bonus, age=age)
    assert isinstance(g, int)
    net = jp.annual([g, g - 1], year=year, bonus=np.array([g, g - 1]) * bonus, age=age).net
    assert net[0] >= 12 * target > net[1]


@settings(max_examples=20, deadline=None)
@given(
    target=st.integers(1_000_000, 20_000_000),
    year=st.sampled_from([2024, 2025, 2026]),
    bonus=st.sampled_from([0, 2, 4.5]),
)
def test_round_trip_year(target: int, year: int, bonus: float) -> None:
    g = jp.gross_up(target, period="year", year=year, bonus_months_of_pay=bonus)
    # The annual gross is 12 months of g / (12 + bonus) and the rest as bonus.
    amounts = np.array([g, g - 1], dtype=np.float64)
    pay = amounts / (12 + bonus)
    result = jp.annual(pay, year=year, bonus=np.maximum(amounts - 12 * pay, 0))
    assert result.gross.tolist() == [g, g - 1]
    assert result.net[0] >= target > result.net[1]


def test_commuting_first_job_and_series() -> None:
    targets = pd.Series([200_000, 300_000], index=["x", "y"])
    g = jp.gross_up(targets, year=2026, commuting_allowance=20_000, first_job=True)
    assert isinstance(g, pd.Series)
    assert g.index.tolist() == ["x", "y"]
    net = jp.annual(g.to_numpy(), year=2026, commuting_allowance=20_000, first_job=True).net
    assert (net >= 12 * targets.to_numpy()).all()
    lower = jp.annual(g.to_numpy() - 1, year=2026, commuting_allowance=20_000, first_job=True)
    assert (lower.net < 12 * targets.to_numpy()).all()


def test_zero_target() -> None:
    # A take-home of 0 needs some pay: at pay 0 the grade-1 premiums make net negative.
    g = jp.gross_up(0, year=2026)
    assert jp.annual(g, year=2026).net >= 0 > jp.annual(g - 1, year=2026).net


def test_errors() -> None:
    with pytest.raises(InvalidInput, match="target_net"):
        jp.gross_up(-1, year=2026)
    with pytest.raises(InvalidInput, match="period"):
        jp.gross_up(300_000, year=2026, period="week")
    with pytest.raises(UnsupportedRule, match="2024, 2025, 2026"):
        jp.gross_up(300_000, year=2030)


def test_household_keywords_pass_through() -> None:
    # The 10,000,000 salary of test_annual's household case: a child under 16 lowers the tax
    # (income amount adjustment deduction), so a smaller gross reaches the same net, and the
    # result is still the smallest one for that household.
    target = 7_298_573  # the net with the child: 10,000,000 - 1,296,527 - 785,200 - 619,700
    options = {"year": 2026, "period": "year", "bonus_months_of_pay": 0.5}
    with_child = jp.gross_up(target, young_dependents=1, **options)
    single = jp.gross_up(target, **options)
    assert with_child <= 10_000_000 < single
    # 12.5 months of pay: the annual gross g is paid as 12 x g / 12.5 + bonus.
    pay = with_child / 12.5
    net = jp.annual(pay, year=2026, bonus=with_child - 12 * pay, young_dependents=1).net
    pay_less = (with_child - 1) / 12.5
    net_less = jp.annual(
        pay_less, year=2026, bonus=with_child - 1 - 12 * pay_less, young_dependents=1
    ).net
    assert net >= target > net_less


def test_households_broadcast_with_targets() -> None:
    # One call with a household per target; the reference is brute force for each household
    # (the first monthly pay of 0..700,000 whose net reaches 12 x target).
    households = [
        {"age": 30, "dependents": 0, "bonus_months_of_pay": 0},
        {"age": 45, "dependents": 2, "bonus_months_of_pay": 2},
        {"age": 67, "dependents": 1, "bonus_months_of_pay": 4.5, "spouse": True},
    ]
    targets = np.array([180_000, 260_000, 330_000])
    expected = []
    for house in households:
        options = {"year": 2026, "bonus_months": (6, 12), **house}
        net = _dense_net(700_000, **options)
        expected.append([_first_reaching(net, 12 * int(t)) for t in targets])
    got = jp.gross_up(
        targets[None, :],
        year=2026,
        age=np.array([[h["age"]] for h in households]),
        dependents=[[h["dependents"]] for h in households],
        bonus_months_of_pay=np.array([[h["bonus_months_of_pay"]] for h in households]),
        spouse=np.array([[h.get("spouse", False)] for h in households]),
    )
    assert got.shape == (3, 3)
    assert got.tolist() == expected


@settings(max_examples=10, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.integers(0, 900_000),
            st.integers(18, 75),
            st.integers(0, 3),
            st.sampled_from([0, 1.5, 4]),
            st.booleans(),
            st.integers(0, 2),
        ),
        min_size=1,
        max_size=6,
    ),
    year=st.sampled_from([2024, 2025, 2026]),
)
def test_batch_equals_scalar_calls(
    rows: list[tuple[int, int, int, float, bool, int]], year: int
) -> None:
    target, age, dependents, bonus, spouse, young = (
        list(column) for column in zip(*rows, strict=True)
    )
    batch = jp.gross_up(
        target,
        year=year,
        age=age,
        dependents=dependents,
        bonus_months_of_pay=bonus,
        spouse=spouse,
        young_dependents=young,
    )
    for i, row in enumerate(rows):
        one = jp.gross_up(
            row[0],
            year=year,
            age=row[1],
            dependents=row[2],
            bonus_months_of_pay=row[3],
            spouse=row[4],
            young_dependents=row[5],
        )
        assert batch[i] == one


def test_per_target_series_lends_its_index_and_shapes_must_broadcast() -> None:
    ages = pd.Series([30, 45], index=["a", "b"])
    g = jp.gross_up(300_000, year=2026, age=ages)
    assert isinstance(g, pd.Series)
    assert g.index.tolist() == ["a", "b"]
    assert g.tolist() == [jp.gross_up(300_000, year=2026, age=a) for a in (30, 45)]
    with pytest.raises(InvalidInput, match="broadcast"):
        jp.gross_up([300_000, 400_000], year=2026, dependents=[0, 1, 2])
    with pytest.raises(InvalidInput, match="dependents"):
        jp.gross_up([300_000, 400_000], year=2026, dependents=[0, -1])


def test_many_targets_of_one_household_share_one_sweep(
    dense_2026: np.ndarray, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 600 targets of one household: the search sweeps every monthly pay once for all of them
    # (step 5) instead of searching per target; the per-target scan is disabled to prove it.
    # Reference: brute force over 0..700,000, with targets across the grade boundaries and the
    # 2026 basic deduction cliff (test above).
    module = sys.modules["expectgap.payroll.jp.gross_up"]

    def no_scan(*args: object, **kwargs: object) -> None:
        raise AssertionError("the per-target scan ran")

    monkeypatch.setattr(module, "_scan", no_scan)
    rng = np.random.default_rng(11)
    targets = rng.integers(0, int(dense_2026[-1]) // 12, 600)
    expected = [_first_reaching(dense_2026, 12 * int(t)) for t in targets]
    assert jp.gross_up(targets, year=2026).tolist() == expected


@settings(max_examples=15, deadline=None)
@given(
    target=st.integers(150_000, 800_000),
    ideco=st.sampled_from([0, 144_000, 276_000]),
    credit=st.sampled_from([0, 100_000, 300_000]),
    lag=st.sampled_from([0, 1]),
)
def test_round_trip_with_deductions_and_wage_lag(
    target: int, ideco: int, credit: int, lag: int
) -> None:
    declared = jp.Deductions(mutual_aid=ideco, housing_loan_credit=credit, single_mother=True)
    g = jp.gross_up(target, year=2026, deductions=declared, wage_lag_months=lag)
    net = jp.annual([g, g - 1], year=2026, bonus=0, deductions=declared, wage_lag_months=lag).net
    assert net[0] >= 12 * target > net[1]


def test_deductions_must_be_one_for_all_targets() -> None:
    with pytest.raises(InvalidInput) as info:
        jp.gross_up(300_000, year=2026, deductions=jp.Deductions(mutual_aid=[0, 1]))
    assert info.value.field == "deductions"


@settings(max_examples=20, deadline=None)
@given(
    target=st.integers(150_000, 700_000),
    months=st.sampled_from([0.0, 2.0, 3.0, 4.5]),
    allowances=st.integers(0, 60_000),
    period=st.sampled_from(["month", "payslip"]),
)
def test_bonus_in_months_of_base_with_allowances_on_top(
    target: int, months: float, allowances: int, period: str
) -> None:
    # A bonus of k months of base pay where allowances A sit on top of the base: at a regular
    # monthly pay p the bonus is k x (p - A), i.e. bonus_months_of_pay k and bonus_offset -k x A.
    kw = {"year": 2026, "prefecture": "osaka"}
    g = int(
        jp.gross_up(
            target,
            period=period,
            bonus_months_of_pay=months,
            bonus_offset=-months * allowances,
            **kw,
        )
    )

    def reached(pay: int) -> float:
        bonus = max(months * (pay - allowances), 0.0)
        if period == "payslip":
            return float(jp.payslip(pay, bonus=bonus, **kw).net)
        return jp.annual(pay, bonus=bonus, **kw).net / 12

    assert reached(g) >= target > reached(g - 1)
