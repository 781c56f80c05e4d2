"""Income tax by year-end adjustment: reference cases, each naming its source, and invariants.

Sources:
- [facts] ../shared/reference/jp-payroll-facts.md (sections 1-3), which cites NTA No.2260,
  No.1410, municipal 別表第五 algorithms (Nomi, Tagajo) and the 2025/2026 reform write-ups.
- [keiri-core] data/juminzei_r08.json (kyuyo_shotoku, kyuyo_shotoku_r8: 措置法29条の4, e-Gov).
- [NTA 年末調整のしかた] 令和7年分/令和8年分 tables as transcribed by YouheiOonuki/seido-keisan
  lib/tax2026.js (spouse, spouse special, dependent, basic deduction tables).
- [NTA No.1411] タックスアンサー 所得金額調整控除 (nta.go.jp/taxes/shiraberu/taxanswer/shotoku/1411.htm;
  租税特別措置法第41条の3の11第1項): (min(S, 10M) - 8.5M) x 10%, rounded up to the yen.
- [hand] hand calculations with the working in the comment; "independent review" marks the
  cases an independent reviewer worked out by hand and that were re-checked here.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.payroll import jp
from expectgap.payroll.jp.income_tax import (
    employment_income,
    income_adjustment_yen,
    income_tax,
    taxable_income,
)

# --------------------------------------------------------------------------- 別表第五


@pytest.mark.parametrize(
    ("year", "salary", "expected"),
    [
        # [facts] section 2 example: A = 3,000,000 / 4 = 750,000; 750,000 x 2.8 - 80,000.
        pytest.param(2025, 3_000_000, 2_020_000, id="facts-2025-3.0M-A=750k"),
        # [facts] 別表第五 works on the 4,000-yen band [3,000,000, 3,004,000): A is still
        # 750,000 at 3,003,999 (the formula S - (S x 30% + 80,000) would give 2,022,799).
        # The next band has A = 751,000: 751,000 x 2.8 - 80,000 = 2,022,800.
        pytest.param(2025, 3_003_999, 2_020_000, id="facts-2025-same-4000-band"),
        pytest.param(2025, 3_004_000, 2_022_800, id="facts-2025-next-band-A=751k"),
        # [facts] before 2025: S < 1,800,000 -> A x 2.4 + 100,000; A = 425,000 -> 1,120,000.
        pytest.param(2024, 1_700_000, 1_120_000, id="facts-2024-1.7M-A-x-2.4"),
        # [facts] fixed steps 1,069,000 / 1,070,000 / 1,072,000 / 1,074,000 up to 1,627,999.
        pytest.param(2024, 1_619_500, 1_069_000, id="facts-2024-step-1069k"),
        pytest.param(2024, 1_621_999, 1_070_000, id="facts-2024-step-1070k"),
        pytest.param(2024, 1_627_999, 1_074_000, id="facts-2024-step-1074k"),
        # [facts] S < 551,000 -> 0, then S - 550,000.
        pytest.param(2024, 550_999, 0, id="facts-2024-below-551k"),
        pytest.param(2024, 551_000, 1_000, id="facts-2024-551k"),
        # [facts] 2025: S < 651,000 -> 0; S < 1,900,000 -> S - 650,000; then A x 2.8 - 80,000.
        pytest.param(2025, 650_999, 0, id="facts-2025-below-651k"),
        pytest.param(2025, 1_899_999, 1_249_999, id="facts-2025-flat-to-1.9M"),
        pytest.param(2025, 1_900_000, 1_250_000, id="facts-2025-1.9M-A=475k"),
        # [keiri-core] 措置法29条の4 (2026): < 741,000 -> 0; < 2,191,000 -> S - 740,000;
        # quantised bands 1,451,000 / 1,453,000 / 1,456,000; 2,200,000 -> 1,460,000.
        pytest.param(2026, 740_999, 0, id="keiri-core-2026-below-741k"),
        pytest.param(2026, 2_190_999, 1_450_999, id="keiri-core-2026-flat"),
        pytest.param(2026, 2_191_000, 1_451_000, id="keiri-core-2026-band-1451k"),
        pytest.param(2026, 2_195_999, 1_453_000, id="keiri-core-2026-band-1453k"),
        pytest.param(2026, 2_199_999, 1_456_000, id="keiri-core-2026-band-1456k"),
        pytest.param(2026, 2_200_000, 1_460_000, id="keiri-core-2026-2.2M-continuous"),
        # [facts] formula from 6.6M: 6,600,000 x 90% - 1,100,000; 別表第五 just below:
        # A = 1,649,000 -> 1,649,000 x 3.2 - 440,000 = 4,836,800.
        pytest.param(2024, 6_599_999, 4_836_800, id="facts-2024-last-table-row"),
        pytest.param(2025, 6_600_000, 4_840_000, id="facts-2025-6.6M-formula"),
        pytest.param(2026, 8_500_000, 6_550_000, id="facts-2026-8.5M-cap"),
        pytest.param(2026, 12_000_000, 10_050_000, id="facts-2026-cap-1.95M"),
        # 2023 rules are those of 2020-2024 (used for the FY2024 resident tax).
        pytest.param(2023, 5_000_000, 3_560_000, id="facts-2023-5M"),
    ],
)
def test_employment_income_reference(year: int, salary: int, expected: int) -> None:
    assert employment_income(salary, year=year) == expected


@settings(max_examples=200, deadline=None)
@given(salary=st.integers(1_900_000, 6_599_999), year=st.sampled_from([2024, 2025, 2026]))
def test_table_five_is_the_formula_at_the_band_floor(salary: int, year: int) -> None:
    # [keiri-core] kyuyo_shotoku._hyo5_note: 別表第五 cuts the salary into 4,000-yen bands and
    # applies the NTA No.1410 formula to the band's lower bound L.
    floor = salary // 4_000 * 4_000
    deduction = floor * 3 // 10 + 80_000 if floor < 3_600_000 else floor // 5 + 440_000
    if year == 2026 and salary < 2_200_000:
        return  # the 2026 special minimum governs below 2.2M (tested above)
    assert employment_income(salary, year=year) == floor - deduction


# --------------------------------------------------------------------------- income tax


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        # [hand] 2025, salary 5,000,000, social insurance 750,000, single.
        # Employment income: A = 1,250,000 -> 1,250,000 x 3.2 - 440,000 = 3,560,000.
        # Basic deduction (total income <= 4.89M, 2025): 680,000.
        # Taxable: 3,560,000 - 750,000 - 680,000 = 2,130,000.
        # Tax: 2,130,000 x 10% - 97,500 = 115,500; x 1.021 = 117,925.5 -> 117,900.
        pytest.param({"year": 2025}, 117_900, id="hand-2025-5M-single"),
        # [hand] 2026: basic deduction 1,040,000 -> taxable 1,770,000; x 5% = 88,500;
        # x 1.021 = 90,358.5 -> 90,300.
        pytest.param({"year": 2026}, 90_300, id="hand-2026-5M-single"),
        # [hand] 2024: basic 480,000 -> taxable 2,330,000; 233,000 - 97,500 = 135,500;
        # fixed cut 30,000 -> 105,500; x 1.021 = 107,715.5 -> 107,700.
        # (Cutting after the surtax would give 138,345 - 30,000 = 108,345 -> 108,300.)
        pytest.param({"year": 2024}, 107_700, id="hand-2024-5M-single-fixed-cut"),
        # [hand] 2025 with a spouse (income 0): spouse deduction 380,000 -> taxable
        # 1,750,000 -> 87,500 x 1.021 = 89,337.5 -> 89,300.
        pytest.param({"year": 2025, "spouse": True}, 89_300, id="hand-2025-spouse"),
        # [NTA 年末調整のしかた] spouse income at the 2025 limit 580,000: still the spouse
        # deduction (380,000); just above it the special deduction is also 380,000.
        pytest.param(
            {"year": 2025, "spouse": True, "spouse_income": 580_001}, 89_300, id="nta-2025-special"
        ),
        # [hand] spouse income 1,000,000 (2025): special deduction 360,000 -> taxable
        # 1,770,000 -> 88,500 x 1.021 = 90,358.5 -> 90,300.
        pytest.param(
            {"year": 2025, "spouse": True, "spouse_income": 1_000_000}, 90_300, id="hand-2025-1M"
        ),
        # [NTA No.1195] spouse income above 1,330,000: no deduction -> same as single.
        pytest.param(
            {"year": 2025, "spouse": True, "spouse_income": 1_330_001}, 117_900, id="nta-over-133"
        ),
        # [hand] 2024, spouse income 500,000 (> 480,000 limit of 2024): special 380,000 ->
        # taxable 1,950,000 -> 97,500 (10% band: 195,000 - 97,500); less cut 30,000 (the
        # spouse is not a 同一生計配偶者) = 67,500 x 1.021 = 68,917.5 -> 68,900.
        pytest.param(
            {"year": 2024, "spouse": True, "spouse_income": 500_000}, 68_900, id="hand-2024-special"
        ),
        # [hand] 2025 elderly dependants: 480,000 + 580,000 -> taxable 1,070,000 -> 53,500
        # x 1.021 = 54,623.5 -> 54,600.
        pytest.param(
            {
                "year": 2025,
                "dependents": 2,
                "elderly_dependents": 1,
                "cohabiting_elderly_parents": 1,
            },
            54_600,
            id="hand-2025-elderly",
        ),
    ],
)
def test_income_tax_5m_cases(kwargs: dict[str, object], expected: int) -> None:
    assert income_tax(5_000_000, social_insurance=750_000, **kwargs) == expected


def test_spouse_and_two_dependants_hand() -> None:
    # [hand] 2025, salary 6,000,000, social insurance 900,000, spouse (income 0), two
    # dependants of whom one is 19-22 (特定).
    # Employment income: A = 1,500,000 -> 4,800,000 - 440,000 = 4,360,000.
    # Deductions: 900,000 + basic 680,000 + spouse 380,000 + 380,000 + 630,000 = 2,970,000.
    # Taxable 1,390,000 -> 69,500 x 1.021 = 70,959.5 -> 70,900.
    tax = income_tax(
        6_000_000,
        social_insurance=900_000,
        year=2025,
        spouse=True,
        dependents=2,
        specific_dependents=1,
    )
    assert tax == 70_900


def test_spouse_and_two_dependants_2024_fixed_cut_for_four_persons() -> None:
    # [hand] 2024, same household: basic 480,000 -> deductions 2,770,000 -> taxable
    # 1,590,000 -> 79,500; cut 4 x 30,000 = 120,000 exceeds it -> 0.
    tax = income_tax(
        6_000_000,
        social_insurance=900_000,
        year=2024,
        spouse=True,
        dependents=2,
        specific_dependents=1,
    )
    assert tax == 0


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        # [hand] 2025, salary 15,000,000, social insurance 1,800,000: employment income
        # 15,000,000 - 1,950,000 = 13,050,000; basic 580,000; taxable 10,670,000;
        # 33%: 3,521,100 - 1,536,000 = 1,985,100; x 1.021 = 2,026,787.1 -> 2,026,700.
        pytest.param(2025, 2_026_700, id="hand-2025-15M"),
        # [hand] 2026: basic 620,000 -> taxable 10,630,000 -> 3,507,900 - 1,536,000 =
        # 1,971,900; x 1.021 = 2,013,309.9 -> 2,013,300.
        pytest.param(2026, 2_013_300, id="hand-2026-15M"),
        # [hand] 2024: basic 480,000 -> taxable 10,770,000 -> 3,554,100 - 1,536,000 =
        # 2,018,100; cut 30,000 -> 1,988,100; x 1.021 = 2,029,850.1 -> 2,029,800.
        pytest.param(2024, 2_029_800, id="hand-2024-15M"),
    ],
)
def test_high_earner(year: int, expected: int) -> None:
    assert income_tax(15_000_000, social_insurance=1_800_000, year=year) == expected


def test_basic_deduction_vanishes_above_25m() -> None:
    # [hand] 2025, salary 30,000,000, social insurance 2,000,000: employment income
    # 28,050,000 > 25,000,000 -> basic deduction 0 ([facts] section 3); taxable 26,050,000;
    # 40%: 10,420,000 - 2,796,000 = 7,624,000; x 1.021 = 7,784,104 -> 7,784,100.
    assert income_tax(30_000_000, social_insurance=2_000_000, year=2025) == 7_784_100


@pytest.mark.parametrize(
    ("year", "zero_up_to", "first_tax"),
    [
        # [facts] section 3: the threshold on salary alone is 1.60M in 2025 and 1.78M in 2026.
        # 2025: 1,600,000 - 650,000 = 950,000 = basic 950,000 -> 0; 1,610,000 -> taxable
        # 10,000 -> 500 x 1.021 = 510.5 -> 500.
        pytest.param(2025, 1_600_000, 500, id="facts-2025-1.60M"),
        # 2026: 1,780,000 - 740,000 = 1,040,000 = basic 1,040,000 -> 0; 1,790,000 -> 500.
        pytest.param(2026, 1_780_000, 500, id="facts-2026-1.78M"),
    ],
)
def test_low_earner_thresholds(year: int, zero_up_to: int, first_tax: int) -> None:
    result = income_tax([zero_up_to, zero_up_to + 10_000], social_insurance=0, year=year)
    assert result.tolist() == [0, first_tax]


def test_2024_fixed_cut_income_limit() -> None:
    # [facts] section 1: only total income <= 18,050,000 (salary <= 20,000,000) qualifies.
    # Salary 20,000,000, social insurance 2,000,000: employment income 18,050,000; taxable
    # 18,050,000 - 2,000,000 - 480,000 = 15,570,000; 33%: 5,138,100 - 1,536,000 = 3,602,100;
    # cut 30,000 -> 3,572,100 x 1.021 = 3,647,114.1 -> 3,647,100.
    # Salary 20,001,000: employment income 18,051,000 -> no cut; taxable 15,571,000 ->
    # 3,602,430 x 1.021 = 3,678,081.03 -> 3,678,000.
    result = income_tax([20_000_000, 20_001_000], social_insurance=2_000_000, year=2024)
    assert result.tolist() == [3_647_100, 3_678_000]


def test_2024_fixed_cut_counts_under_16s_and_is_limited_to_the_tax() -> None:
    # [hand] 2024, salary 4,000,000, social insurance 600,000, spouse + 2 children under 16:
    # employment income A = 1,000,000 -> 3,200,000 - 440,000 = 2,760,000; deductions 600,000
    # + 480,000 + spouse 380,000 = 1,460,000; taxable 1,300,000 -> 65,000. Cut 4 x 30,000
    # = 120,000 > 65,000 -> 0. With one person (single) the cut is 30,000: taxable
    # 1,680,000 -> 84,000 - 30,000 = 54,000 x 1.021 = 55,134 -> 55,100.
    family = income_tax(
        4_000_000, social_insurance=600_000, year=2024, spouse=True, young_dependents=2
    )
    single = income_tax(4_000_000, social_insurance=600_000, year=2024)
    assert (family, single) == (0, 55_100)


def test_young_dependants_give_no_deduction_outside_2024() -> None:
    base = income_tax(5_000_000, social_insurance=750_000, year=2025)
    assert income_tax(5_000_000, social_insurance=750_000, year=2025, young_dependents=3) == base


def test_spouse_deduction_tiers_by_taxpayer_income() -> None:
    # [NTA 年末調整のしかた 115.pdf] taxpayer total income 9,000,001-9,500,000: spouse
    # deduction 260,000. Salary 11,200,000 -> employment income 9,250,000; social insurance
    # 1,500,000; basic 580,000 (2025). Taxable 9,250,000 - 1,500,000 - 580,000 - 260,000 =
    # 6,910,000; 20%: 1,382,000 - 427,500 = 954,500; x 1.021 = 974,544.5 -> 974,500.
    # Without the spouse: taxable 7,170,000; 23%: 1,649,100 - 636,000 = 1,013,100 x 1.021
    # = 1,034,375.1 -> 1,034,300.
    with_spouse = income_tax(11_200_000, social_insurance=1_500_000, year=2025, spouse=True)
    single = income_tax(11_200_000, social_insurance=1_500_000, year=2025)
    assert (with_spouse, single) == (974_500, 1_034_300)
    # Above 10,000,000 of total income there is no spouse deduction at all.
    rich = income_tax(13_000_000, social_insurance=1_500_000, year=2025, spouse=True)
    assert rich == income_tax(13_000_000, social_insurance=1_500_000, year=2025)


def test_taxable_income_helper() -> None:
    # Same working as hand-2025-5M-single.
    assert taxable_income(5_000_000, social_insurance=750_000, year=2025) == 2_130_000
    assert jp.taxable_income is taxable_income


# --------------------------------------------------------------------------- shapes, errors


def test_scalar_is_python_int_and_batch_keeps_shape() -> None:
    assert type(income_tax(5_000_000, social_insurance=750_000, year=2025)) is int
    array = income_tax(np.array([[5_000_000, 6_000_000]]), social_insurance=750_000, year=2025)
    assert isinstance(array, np.ndarray)
    assert array.shape == (1, 2)
    salaries = pd.Series([5_000_000, 1_000_000], index=["a", "b"], name="pay")
    series = income_tax(salaries, social_insurance=pd.Series([750_000, 0]), year=2025)
    assert isinstance(series, pd.Series)
    assert list(series.index) == ["a", "b"]
    assert series["a"] == 117_900
    assert series["b"] == 0


def test_scalar_salary_with_array_social_insurance_broadcasts() -> None:
    result = income_tax(5_000_000, social_insurance=[750_000, 0], year=2025)
    assert result.shape == (2,)
    assert result[0] == 117_900


@pytest.mark.parametrize("year", [2023, 2027, "2025", 2025.0, True])
def test_unsupported_year(year: object) -> None:
    with pytest.raises(UnsupportedRule) as info:
        income_tax(5_000_000, social_insurance=0, year=year)  # type: ignore[arg-type]
    assert info.value.supported == (2024, 2025, 2026)
    assert "2024, 2025, 2026" in str(info.value)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"annual_salary": -1}, "annual_salary"),
        ({"annual_salary": float("nan")}, "annual_salary"),
        ({"annual_salary": [1, float("inf")]}, "annual_salary"),
        ({"social_insurance": -5}, "social_insurance"),
        ({"dependents": 1.5}, "dependents"),
        ({"dependents": -1}, "dependents"),
        ({"dependents": True}, "dependents"),
        ({"spouse": "yes"}, "spouse"),
        ({"spouse": 1}, "spouse"),
        ({"specific_dependents": 1}, "dependents"),
        ({"spouse_income": -1}, "spouse_income"),
    ],
)
def test_invalid_input(kwargs: dict[str, object], field: str) -> None:
    args: dict[str, object] = {"annual_salary": 5_000_000, "social_insurance": 0, "year": 2025}
    args.update(kwargs)
    with pytest.raises(InvalidInput) as info:
        income_tax(**args)  # type: ignore[arg-type]
    assert info.value.field == field


def test_invalid_positions_are_listed() -> None:
    with pytest.raises(InvalidInput, match=r"positions \[1\]"):
        income_tax([1_000, -1_000], social_insurance=0, year=2025)


# --------------------------------------------------------------------------- invariants

households = st.fixed_dictionaries(
    {
        "spouse": st.booleans(),
        "spouse_income": st.integers(0, 1_500_000),
        "dependents": st.integers(0, 4),
        "young_dependents": st.integers(0, 3),
    }
)


@settings(max_examples=150, deadline=None)
@given(
    salaries=st.lists(st.integers(0, 40_000_000), min_size=2, max_size=2),
    social=st.integers(0, 3_000_000),
    year=st.sampled_from([2024, 2025, 2026]),
    house=households,
)
def test_tax_is_non_negative_and_non_decreasing_in_salary(
    salaries: list[int], social: int, year: int, house: dict[str, int]
) -> None:
    low, high = sorted(salaries)
    result = income_tax([low, high], social_insurance=social, year=year, **house)
    assert result[0] >= 0
    assert result[0] <= result[1]


@settings(max_examples=100, deadline=None)
@given(
    salaries=st.lists(st.integers(0, 30_000_000), min_size=1, max_size=6),
    year=st.sampled_from([2024, 2025, 2026]),
    pick=st.integers(0, 5),
)
def test_scalar_equals_batch_element(salaries: list[int], year: int, pick: int) -> None:
    social = [s // 7 for s in salaries]
    batch = income_tax(salaries, social_insurance=social, year=year, dependents=1)
    i = pick % len(salaries)
    scalar = income_tax(salaries[i], social_insurance=social[i], year=year, dependents=1)
    assert scalar == batch[i]


@settings(max_examples=100, deadline=None)
@given(salary=st.integers(0, 30_000_000), year=st.sampled_from([2023, 2024, 2025, 2026]))
def test_employment_income_is_monotone_and_below_salary(salary: int, year: int) -> None:
    income = employment_income([salary, salary + 1_000], year=year)
    assert 0 <= income[0] <= salary
    assert income[0] <= income[1]


# --------------------------------------------------------------------------- 所得金額調整控除
# [NTA No.1411] / 租税特別措置法第41条の3の11第1項: salary S above 8,500,000 with a dependent
# under 23 -> (min(S, 10,000,000) - 8,500,000) x 10%, a fraction of a yen rounded up, taken from
# the employment income (so from the total income that sets every income tier).


def test_income_adjustment_reviewer_case_2025() -> None:
    # [hand, independent review] 2025, S = 10,000,000, social insurance 1,400,000, one child
    # under 16. Employment income 10,000,000 - 1,950,000 = 8,050,000; adjustment
    # (10,000,000 - 8,500,000) x 10% = 150,000 -> 7,900,000; basic deduction (<= 23.5M) 580,000.
    # Taxable 7,900,000 - 1,400,000 - 580,000 = 5,920,000; 5,920,000 x 20% - 427,500 =
    # 756,500; x 1.021 = 772,386.5 -> 772,300.
    assert income_tax(10_000_000, social_insurance=1_400_000, year=2025, young_dependents=1) == (
        772_300
    )
    # Without the adjustment: taxable 8,050,000 - 1,980,000 = 6,070,000; 1,214,000 - 427,500 =
    # 786,500; x 1.021 = 803,016.5 -> 803,000 (single, or the child declared not under 23).
    assert income_tax(10_000_000, social_insurance=1_400_000, year=2025) == 803_000
    explicit_no = income_tax(
        10_000_000,
        social_insurance=1_400_000,
        year=2025,
        young_dependents=1,
        dependent_under_23=False,
    )
    assert explicit_no == 803_000
    # Explicit True without counted children (e.g. a general dependent aged 17):
    explicit_yes = income_tax(
        10_000_000, social_insurance=1_400_000, year=2025, dependents=1, dependent_under_23=True
    )
    # taxable 5,920,000 - 380,000 = 5,540,000 -> 1,108,000 - 427,500 = 680,500 x 1.021 =
    # 694,790.5 -> 694,700.
    assert explicit_yes == 694_700


def test_income_adjustment_specific_dependent_is_auto() -> None:
    # [hand] 2025, S = 9,000,000, social insurance 1,300,000, one dependent aged 19-22.
    # Employment income 9,000,000 - 1,950,000 = 7,050,000; adjustment 500,000 x 10% = 50,000
    # -> 7,000,000. Taxable 7,000,000 - 1,300,000 - 580,000 - 630,000 = 4,490,000;
    # 898,000 - 427,500 = 470,500; x 1.021 = 480,380.5 -> 480,300.
    kwargs = {"social_insurance": 1_300_000, "year": 2025, "dependents": 1}
    assert income_tax(9_000_000, specific_dependents=1, **kwargs) == 480_300
    assert taxable_income(9_000_000, specific_dependents=1, **kwargs) == 4_490_000


def test_income_adjustment_moves_the_spouse_tier() -> None:
    # [hand] 2025, S = 11,000,000, social insurance 1,500,000, spouse (income 0), one child
    # under 16. Employment income 9,050,000 (spouse tier 9M-9.5M: 260,000); the adjustment
    # 150,000 brings the total income to 8,900,000 (tier <= 9M: 380,000).
    # With it: 8,900,000 - 1,500,000 - 580,000 - 380,000 = 6,440,000; 1,288,000 - 427,500 =
    # 860,500; x 1.021 = 878,570.5 -> 878,500.
    # Without: 9,050,000 - 1,500,000 - 580,000 - 260,000 = 6,710,000; 1,342,000 - 427,500 =
    # 914,500; x 1.021 = 933,704.5 -> 933,700.
    result = income_tax(
        11_000_000,
        social_insurance=1_500_000,
        year=2025,
        spouse=True,
        young_dependents=1,
        dependent_under_23=np.array([True, False]),
    )
    assert result.tolist() == [878_500, 933_700]


def test_income_adjustment_moves_the_2024_cut_limit() -> None:
    # [hand] 2024, S = 20,100,000, social insurance 2,000,000, one child under 16. Employment
    # income 18,150,000 is above the cut limit 18,050,000; after the adjustment 150,000 it is
    # 18,000,000, within it. Taxable 18,000,000 - 2,000,000 - 480,000 = 15,520,000;
    # x 33% - 1,536,000 = 3,585,600; cut 2 persons x 30,000 -> 3,525,600; x 1.021 =
    # 3,599,637.6 -> 3,599,600.
    # Not under 23 (explicit False): taxable 15,670,000 -> 3,635,100, no cut; x 1.021 =
    # 3,711,437.1 -> 3,711,400.
    result = income_tax(
        20_100_000,
        social_insurance=2_000_000,
        year=2024,
        young_dependents=1,
        dependent_under_23=[True, False],
    )
    assert result.tolist() == [3_599_600, 3_711_400]


@pytest.mark.parametrize(
    ("salary", "expected"),
    [
        pytest.param(8_500_000, 0, id="nta-1411-at-8.5M-none"),
        pytest.param(8_500_001, 1, id="nta-1411-0.1-yen-rounded-up"),
        pytest.param(8_500_010, 1, id="nta-1411-exactly-1"),
        pytest.param(8_500_011, 2, id="nta-1411-1.1-rounded-up"),
        pytest.param(9_234_567, 73_457, id="nta-1411-73456.7-rounded-up"),
        pytest.param(10_000_000, 150_000, id="nta-1411-cap-at-10M"),
        pytest.param(30_000_000, 150_000, id="nta-1411-capped"),
    ],
)
def test_income_adjustment_amount_rounds_up(salary: int, expected: int) -> None:
    # [NTA No.1411] (min(S, 10M) - 8.5M) x 10%, 1円未満切上げ.
    found = income_adjustment_yen(np.array([salary]), np.array(True), 2025)
    assert found.tolist() == [expected]
    assert income_adjustment_yen(np.array([salary]), np.array(False), 2025).tolist() == [0]


def test_dependent_under_23_must_be_boolean() -> None:
    with pytest.raises(InvalidInput) as info:
        income_tax(9_000_000, social_insurance=0, year=2025, dependent_under_23="yes")
    assert info.value.field == "dependent_under_23"


@settings(max_examples=100, deadline=None)
@given(
    salary=st.integers(0, 25_000_000),
    social=st.integers(0, 2_000_000),
    year=st.sampled_from([2024, 2025, 2026]),
)
def test_income_adjustment_only_lowers_taxable_income_by_at_most_150k(
    salary: int, social: int, year: int
) -> None:
    # [NTA No.1411] The deduction applies only above 8.5M and only lowers the total income,
    # which can only raise the income-dependent deductions: it never raises the tax.
    kwargs = {"social_insurance": social, "year": year}
    with_it = income_tax(salary, dependent_under_23=True, **kwargs)
    without = income_tax(salary, dependent_under_23=False, **kwargs)
    assert with_it <= without
    if salary <= 8_500_000:
        assert with_it == without
