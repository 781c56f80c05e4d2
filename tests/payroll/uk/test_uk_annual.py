"""UK payroll: income tax, Class 1 NI and student loans against hand calculations.

Every expected value is worked out in the test from GOV.UK "Income Tax rates and allowances",
"Scottish Income Tax", HMRC "Rates and thresholds for employers" and "Repaying your student
loan" for the tax year named, never taken from the code's output.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.payroll import uk


def test_basic_rate_taxpayer_2025_26() -> None:
    # Taxable 50,000 - 12,570 = 37,430 x 20% = 7,486; NI (50,000 - 12,570) x 8% = 2,994.40.
    r = uk.annual(50_000)
    assert (r.income_tax, r.national_insurance, r.student_loan) == (7_486.00, 2_994.40, 0.0)
    assert r.net == 50_000 - 7_486 - 2_994.40


def test_higher_rate_and_upper_earnings_limit() -> None:
    # 80,000: taxable 67,430 = 37,700 x 20% + 29,730 x 40% = 7,540 + 11,892 = 19,432;
    # NI 37,700 x 8% + 29,730 x 2% = 3,016 + 594.60 = 3,610.60.
    r = uk.annual(80_000, tax_year="2026/27")
    assert r.income_tax == 19_432.00
    assert r.national_insurance == 3_610.60


def test_personal_allowance_taper() -> None:
    # ITA 2007 s.35: 110,000 loses (110,000 - 100,000) / 2 = 5,000 -> allowance 7,570;
    # taxable 102,430 = 7,540 + 64,730 x 40% (25,892) = 33,432.
    assert uk.annual(110_000).income_tax == 33_432.00
    # At 125,140 the allowance is gone: 7,540 + 87,440 x 40% = 42,516.
    assert uk.annual(125_140).income_tax == 42_516.00
    # Above: 45% on taxable income over 125,140: 150,000 -> 42,516 + 24,860 x 45% = 53,703.
    assert uk.annual(150_000).income_tax == 53_703.00


def test_scotland_2025_26() -> None:
    # Scottish bands on taxable 17,430 (30,000 - 12,570): 2,827 x 19% + 12,094 x 20%
    # + 2,509 x 21% = 537.13 + 2,418.80 + 526.89 = 3,482.82.
    assert uk.annual(30_000, region="scotland").income_tax == 3_482.82


def test_scotland_2026_27() -> None:
    # 2026/27 bands (starter to 16,537 and basic to 29,526 of income): taxable 37,430
    # = 3,967 x 19% + 12,989 x 20% + 14,136 x 21% + 6,338 x 42%
    # = 753.73 + 2,597.80 + 2,968.56 + 2,661.96 = 8,982.05
    assert uk.annual(50_000, tax_year="2026/27", region="Scotland").income_tax == 8_982.05


def test_wales_and_northern_ireland_pay_the_england_rates() -> None:
    england = uk.annual(70_000)
    for region in ("wales", "northern ireland"):
        assert uk.annual(70_000, region=region).income_tax == england.income_tax


def test_salary_sacrifice_lowers_tax_ni_and_loans() -> None:
    # 60,000 with 5,000 sacrificed: pay 55,000; tax 7,540 + 4,730 x 40% = 9,432;
    # NI 3,016 + 4,730 x 2% = 3,110.60; net 60,000 - 5,000 - 9,432 - 3,110.60 = 42,457.40.
    r = uk.annual(60_000, pension_salary_sacrifice=5_000)
    assert (r.income_tax, r.national_insurance, r.net) == (9_432.00, 3_110.60, 42_457.40)


@pytest.mark.parametrize(
    ("plan", "year", "expected", "working"),
    [
        ("plan_1", "2025/26", 1_254.15, "(40,000 - 26,065) x 9%"),
        ("plan_1", "2026/27", 1_179.00, "(40,000 - 26,900) x 9%"),
        ("plan_2", "2025/26", 1_037.70, "(40,000 - 28,470) x 9%"),
        ("plan_2", "2026/27", 955.35, "(40,000 - 29,385) x 9%"),
        ("plan_4", "2025/26", 652.95, "(40,000 - 32,745) x 9%"),
        ("plan_5", "2025/26", 1_350.00, "(40,000 - 25,000) x 9%"),
        ("postgraduate", "2025/26", 1_140.00, "(40,000 - 21,000) x 6%"),
        (("plan_2", "postgraduate"), "2025/26", 2_177.70, "1,037.70 + 1,140.00"),
    ],
)
def test_student_loans(plan: object, year: str, expected: float, working: str) -> None:
    got = uk.annual(40_000, tax_year=year, student_loan_plan=plan).student_loan
    assert got == pytest.approx(expected, abs=0.001), working


def test_unsupported_and_bad_input() -> None:
    with pytest.raises(UnsupportedRule, match="supported: 2025/26, 2026/27"):
        uk.annual(40_000, tax_year="2024/25")
    with pytest.raises(UnsupportedRule, match="region"):
        uk.annual(40_000, region="isle of man")
    with pytest.raises(UnsupportedRule, match="student_loan_plan: 3 is not supported"):
        uk.annual(40_000, student_loan_plan=3)
    with pytest.raises(InvalidInput, match="at most one undergraduate plan"):
        uk.annual(40_000, student_loan_plan=[1, 2])
    with pytest.raises(InvalidInput, match="pension_salary_sacrifice"):
        uk.annual(40_000, pension_salary_sacrifice=50_000)
    for bad in (-5, float("nan"), 1e20, "lots"):
        with pytest.raises(InvalidInput, match="employment_income"):
            uk.annual(bad)


def test_series_keeps_its_index() -> None:
    pay = pd.Series([30_000.0, 90_000.0], index=["x", "y"])
    assert list(uk.annual(pay).net.index) == ["x", "y"]


@settings(max_examples=30, deadline=None)
@given(
    pay=st.lists(st.floats(0, 2_000_000), min_size=1, max_size=4),
    region=st.sampled_from(["england", "scotland"]),
    year=st.sampled_from(["2025/26", "2026/27"]),
)
def test_batch_equals_scalars(pay: list[float], region: str, year: str) -> None:
    batch = uk.annual(pay, tax_year=year, region=region, student_loan_plan=2)
    for i, p in enumerate(pay):
        assert batch.net[i] == uk.annual(p, tax_year=year, region=region, student_loan_plan=2).net


@settings(max_examples=30, deadline=None)
@given(
    target=st.floats(0, 1_000_000),
    region=st.sampled_from(["england", "scotland"]),
    plan=st.sampled_from([None, "plan_2", ("plan_1", "postgraduate")]),
)
def test_gross_up_is_exact_to_the_penny(target: float, region: str, plan: object) -> None:
    g = uk.gross_up(target, region=region, student_loan_plan=plan)
    assert uk.annual(g, region=region, student_loan_plan=plan).net >= target - 1e-6
    if g > 0:
        below = uk.annual(round(g - 0.01, 2), region=region, student_loan_plan=plan)
        assert below.net < target


def test_gross_up_in_the_taper_and_with_sacrifice() -> None:
    targets = np.array([62_000.0, 70_000.0])
    g = uk.gross_up(targets, tax_year="2026/27", pension_salary_sacrifice=4_000)
    assert (uk.annual(g, tax_year="2026/27", pension_salary_sacrifice=4_000).net >= targets).all()
