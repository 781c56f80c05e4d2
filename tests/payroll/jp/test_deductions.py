"""Deductions beyond the spouse and the dependants, and the housing-loan credit.

Sources (each case names its own):
- [ITA] 所得税法 第75条 (小規模企業共済等掛金控除), 第76条 (生命保険料控除), 第77条 (地震保険料
  控除), 第79条-第82条 (障害者, 寡婦, ひとり親, 勤労学生); NTA タックスアンサー No.1140, No.1145,
  No.1160, No.1170, No.1171, No.1175, No.1177 (特定親族特別控除).
- [LTA] 地方税法 第314条の2 (resident-tax deductions), 第314条の6 and 第37条 (調整控除 and the
  personal-deduction differences), 第295条第1項第2号 (non-taxable up to 1,350,000 yen), 附則第5条の4の2
  (the housing-loan credit's spill-over); amounts as extracted in
  ../shared/data/jp-official-tables/juminzei_r08.json.
- [hand] hand calculations with the working in the comment.
"""

from __future__ import annotations

import numpy as np
import pytest

from expectgap.errors import InvalidInput
from expectgap.payroll import jp
from expectgap.payroll.jp.deductions import (
    Deductions,
    income_tax_deductions_yen,
    resident_deductions_yen,
)

INCOME = np.int64(3_000_000)


@pytest.mark.parametrize(
    ("declared", "income_tax", "resident"),
    [
        # [ITA/LTA, hand] new general life 30,000: 30,000 / 2 + 10,000 = 25,000 (resident
        # 30,000 / 2 + 6,000 = 21,000).
        pytest.param(Deductions(life_general=30_000), 25_000, 21_000, id="life-new-band-2"),
        # 30,001 / 2 = 15,000.5 -> rounded up 15,001 + 10,000 = 25,001 (resident 21,001).
        pytest.param(Deductions(life_general=30_001), 25_001, 21_001, id="life-rounded-up"),
        # new: general 30,000 (25,000 / 21,000), care 60,000 (60,000 / 4 + 20,000 = 35,000;
        # resident over 56,000: 28,000), pension 90,000 (40,000 / 28,000): 100,000; resident
        # 77,000 capped at 70,000.
        pytest.param(
            Deductions(life_general=30_000, life_medical_care=60_000, life_pension=90_000),
            100_000,
            70_000,
            id="life-three-categories",
        ),
        # old general 120,000 alone: 50,000 (resident over 70,000: 35,000); with new general
        # 30,000: max(min(25,000 + 50,000, 40,000), 50,000) = 50,000 (resident max(min(21,000 +
        # 35,000, 28,000), 35,000) = 35,000).
        pytest.param(
            Deductions(life_general=30_000, life_general_old=120_000),
            50_000,
            35_000,
            id="life-old-beats-combined",
        ),
        # old general 60,000: 60,000 / 4 + 25,000 = 40,000; with new general 30,000: max(min(
        # 65,000, 40,000), 40,000) = 40,000 (resident: old 60,000 / 4 + 17,500 = 32,500; max(
        # min(53,500, 28,000), 32,500) = 32,500).
        pytest.param(
            Deductions(life_general=30_000, life_general_old=60_000),
            40_000,
            32_500,
            id="life-old-and-new",
        ),
        # earthquake 60,000: 50,000 (resident: half, capped at 25,000).
        pytest.param(Deductions(earthquake_insurance=60_000), 50_000, 25_000, id="earthquake"),
        # earthquake 20,000 + old long-term 15,000: 20,000 + (15,000 / 2 + 5,000 = 12,500) =
        # 32,500; resident 10,000 + (15,000 / 2 + 2,500 = 10,000) = 20,000.
        pytest.param(
            Deductions(earthquake_insurance=20_000, long_term_insurance_old=15_000),
            32_500,
            20_000,
            id="earthquake-and-old-long-term",
        ),
        # iDeCo 276,000 in full for both.
        pytest.param(Deductions(mutual_aid=276_000), 276_000, 276_000, id="mutual-aid"),
        # disabled 270,000 / 260,000; special 400,000 / 300,000; cohabiting special 750,000 /
        # 530,000.
        pytest.param(
            Deductions(disabled=1, special_disabled=1, cohabiting_special_disabled=1),
            1_420_000,
            1_090_000,
            id="disability",
        ),
        pytest.param(Deductions(widow=True), 270_000, 260_000, id="widow"),
        pytest.param(Deductions(single_father=True), 350_000, 300_000, id="single-parent"),
    ],
)
def test_deduction_amounts(declared: Deductions, income_tax: int, resident: int) -> None:
    assert income_tax_deductions_yen(declared.record, INCOME, 2026) == income_tax
    assert resident_deductions_yen(declared.record, INCOME, 2027) == resident


def test_income_limits_of_widow_single_parent_and_working_student() -> None:
    # [ITA] widow and single parent up to a total income of 5,000,000; working student up to
    # 750,000 in 2024 and 850,000 from 2025.
    parent = Deductions(single_mother=True).record
    assert income_tax_deductions_yen(parent, np.int64(5_000_000), 2026) == 350_000
    assert income_tax_deductions_yen(parent, np.int64(5_000_001), 2026) == 0
    student = Deductions(working_student=True).record
    assert income_tax_deductions_yen(student, np.int64(850_000), 2025) == 270_000
    assert income_tax_deductions_yen(student, np.int64(850_000), 2024) == 0
    assert income_tax_deductions_yen(student, np.int64(850_001), 2025) == 0


@pytest.mark.parametrize(
    ("year", "relative_income", "expected"),
    [
        # [ITA No.1177] 58万円超85万円以下 63万円 ... 85万円超90万円以下 61万円 ... 120万円超
        # 123万円以下 3万円; none at or below the dependant limit or above 1,230,000; none in 2024.
        pytest.param(2025, 580_000, 0, id="at-dependant-limit"),
        pytest.param(2025, 580_001, 630_000, id="first-band"),
        pytest.param(2025, 900_000, 610_000, id="second-band-upper-bound"),
        pytest.param(2025, 1_230_000, 30_000, id="last-band"),
        pytest.param(2025, 1_230_001, 0, id="above"),
        pytest.param(2024, 900_000, 0, id="not-before-2025"),
    ],
)
def test_specific_relative(year: int, relative_income: int, expected: int) -> None:
    d = Deductions(specific_relative=True, specific_relative_income=relative_income).record
    assert income_tax_deductions_yen(d, INCOME, year) == expected


def test_income_tax_of_a_single_mother_with_insurance_and_ideco() -> None:
    # [hand] 2026, salary 5,000,000, social insurance 750,000: employment income 3,560,000
    # (5,000,000 x 20% + 440,000 = 1,440,000 deducted); deductions 750,000 + basic 1,040,000
    # (2026, total income up to 4,890,000) + single parent 350,000 + life (new general
    # 100,000: 40,000) + earthquake 20,000 + iDeCo 144,000 = 2,344,000; taxable 1,216,000 ->
    # 5% = 60,800 -> x 102.1% = 62,076.8 -> 62,000.
    declared = Deductions(
        single_mother=True, life_general=100_000, earthquake_insurance=20_000, mutual_aid=144_000
    )
    tax = jp.income_tax(5_000_000, social_insurance=750_000, year=2026, deductions=declared)
    assert tax == 62_000
    # [hand] FY2027 resident tax on the same 2026 salary: deductions 750,000 + 430,000 +
    # single parent 300,000 + life 28,000 + earthquake 10,000 + iDeCo 144,000 = 1,662,000;
    # taxable 1,898,000 -> municipal 113,880, prefectural 75,920; adjustment credit on the
    # differences basic 50,000 + single mother 50,000 = 100,000 (taxable under 2M): 3,000 and
    # 2,000 -> 110,880 -> 110,800 and 73,920 -> 73,900; + 5,000 per capita = 189,700.
    levy = jp.resident_tax(
        5_000_000, social_insurance=750_000, fiscal_year=2027, deductions=declared
    )
    assert (levy.income_levy, levy.adjustment_credit, levy.total) == (184_700, 5_000, 189_700)


def test_cohabiting_special_disabled_dependant() -> None:
    # [hand] 2025, salary 5,000,000, social insurance 750,000, one general dependant who is
    # a 同居特別障害者: 3,560,000 - 750,000 - basic 680,000 (2025, up to 4,890,000) - 380,000 -
    # 750,000 = 1,000,000 -> 50,000 -> x 102.1% = 51,050 -> 51,000.
    tax = jp.income_tax(
        5_000_000,
        social_insurance=750_000,
        year=2025,
        dependents=1,
        deductions=Deductions(cohabiting_special_disabled=1),
    )
    assert tax == 51_000


def test_working_student_resident_tax() -> None:
    # [hand] FY2026 on a 2025 salary of 1,500,000: total income 850,000 (the 650,000
    # minimum deduction); with the working-student deduction (260,000; limit 850,000):
    # taxable 850,000 - 430,000 - 260,000 = 160,000 -> 9,600 and 6,400; differences 50,000 +
    # 10,000 = 60,000 -> credits 1,800 and 1,200 -> 7,800 + 5,200 = 13,000; + 5,000 = 18,000.
    # Without it: taxable 420,000 -> 25,200 - 1,500 and 16,800 - 1,000 -> 39,500 + 5,000.
    student = jp.resident_tax(
        1_500_000, social_insurance=0, fiscal_year=2026, deductions=Deductions(working_student=True)
    )
    plain = jp.resident_tax(1_500_000, social_insurance=0, fiscal_year=2026)
    assert (student.total, plain.total) == (18_000, 44_500)


def test_widow_with_low_income_pays_no_resident_tax() -> None:
    # [LTA 295] FY2026 on a 2025 salary of 1,900,000: total income 1,250,000 <= 1,350,000,
    # so a widow pays neither levy; a salary of 2,100,000 (table 5: 2,100,000 / 4 = 525,000 x
    # 2.8 - 80,000 = 1,390,000 > 1,350,000) is taxed.
    widow = Deductions(widow=True)
    assert (
        jp.resident_tax(1_900_000, social_insurance=0, fiscal_year=2026, deductions=widow).total
        == 0
    )
    assert jp.resident_tax(1_900_000, social_insurance=0, fiscal_year=2026).total > 0
    taxed = jp.resident_tax(2_100_000, social_insurance=0, fiscal_year=2026, deductions=widow)
    assert taxed.total > 0


def test_housing_loan_credit_spills_over_into_the_resident_tax() -> None:
    # [hand] 2026 salary 5,000,000, social insurance 750,000, credit 200,000: taxable income
    # 3,560,000 - 750,000 - 1,040,000 = 1,770,000 -> 88,500, all taken by the credit (income
    # tax 0); unused 111,500.
    credit = Deductions(housing_loan_credit=200_000)
    assert jp.income_tax(5_000_000, social_insurance=750_000, year=2026, deductions=credit) == 0
    # [LTA 附則5条の4の2, hand] FY2027 on the same salary: spill-over min(111,500, 5% x
    # 1,770,000 = 88,500, 97,500) = 88,500, split 6:4 -> 53,100 and 35,400. Levy before it:
    # taxable 3,560,000 - 750,000 - 430,000 = 2,380,000 -> 142,800 - 1,500 and 95,200 - 1,000
    # (credit on the 50,000 floor) -> 141,300 - 53,100 = 88,200 and 94,200 - 35,400 = 58,800;
    # 147,000 + 5,000 = 152,000 (240,500 without the credit).
    levy = jp.resident_tax(5_000_000, social_insurance=750_000, fiscal_year=2027, deductions=credit)
    assert (levy.income_levy, levy.total) == (147_000, 152_000)
    # Homes occupied 2014-2021: limit 7% x 1,770,000 = 123,900 (cap 136,500), so the whole
    # unused 111,500 -> 66,900 and 44,600; 141,300 - 66,900 = 74,400 and 94,200 - 44,600 =
    # 49,600; 124,000 + 5,000 = 129,000.
    older = Deductions(housing_loan_credit=200_000, housing_loan_before_2022=True)
    levy = jp.resident_tax(5_000_000, social_insurance=750_000, fiscal_year=2027, deductions=older)
    assert levy.total == 129_000


def test_annual_uses_the_deductions_for_both_taxes() -> None:
    # The year's income tax is jp.income_tax on the year's salary and social insurance; the
    # June-December resident tax instalments are the FY levy on the same package (prior year
    # salary defaulting to this year's).
    declared = Deductions(mutual_aid=276_000, life_general=100_000)
    year = jp.annual(400_000, year=2026, bonus=800_000, deductions=declared)
    expected = jp.income_tax(
        5_600_000,  # 12 x 400,000 + 800,000, all taxable
        social_insurance=year.social_insurance_total,
        year=2026,
        deductions=declared,
    )
    assert year.income_tax == expected
    plain = jp.annual(400_000, year=2026, bonus=800_000)
    assert year.resident_tax < plain.resident_tax


def test_bad_declarations() -> None:
    with pytest.raises(InvalidInput) as info:
        Deductions(life_general=-1)
    assert info.value.field == "deductions.life_general"
    with pytest.raises(InvalidInput) as info:
        Deductions(widow="yes")
    assert info.value.field == "deductions.widow"
    with pytest.raises(InvalidInput):
        Deductions(single_mother=True, single_father=True)
    with pytest.raises(InvalidInput) as info:
        jp.income_tax(5_000_000, social_insurance=0, year=2026, deductions={"widow": True})  # type: ignore[arg-type]
    assert info.value.field == "deductions"
    with pytest.raises(InvalidInput):
        jp.income_tax(
            5_000_000, social_insurance=0, year=2026, deductions=Deductions(mutual_aid=[1, 2])
        )


def test_hometown_donation_with_the_one_stop_exception() -> None:
    # [LTA 37条の2・314条の7, 附則5条の6・5条の7, hand] FY2026 on a 2025 salary of 5,000,000
    # (social insurance 750,000, single): taxable 2,380,000, levies after the adjustment
    # credit 141,300 and 94,200; the special rate's bracket: 2,380,000 - 50,000 (the basic
    # difference) = 2,330,000 -> 79.79%. Donation 60,000, one-stop:
    # municipal: basic 58,000 x 6% = 3,480; special 58,000 x 79.79% x 3/5 = 27,766.92 ->
    # 27,767; one-stop 27,766.92 x 10.21/79.79 = 3,553.08 -> 3,554: 34,801;
    # prefectural: 2,320 + 18,511.28 -> 18,512 + 2,368.72 -> 2,369 = 23,201.
    # 141,300 - 34,801 = 106,499 -> 106,400; 94,200 - 23,201 = 70,999 -> 70,900;
    # 177,300 + 5,000 = 182,300 (58,200 less than 240,500: the donation less 2,000, plus the
    # rounding of each levy to 100 yen).
    d = Deductions(hometown_donation=60_000, one_stop=True)
    levy = jp.resident_tax(5_000_000, social_insurance=750_000, fiscal_year=2026, deductions=d)
    assert levy.total == 182_300
    # No income tax deduction with the one-stop exception.
    assert jp.income_tax(5_000_000, social_insurance=750_000, year=2025, deductions=d) == 117_900


def test_hometown_donation_by_tax_return() -> None:
    # [ITA 78条, hand] 2025: taxable 2,130,000 - (60,000 - 2,000) = 2,072,000 -> 10% - 97,500
    # = 109,700 -> x 102.1% = 112,003.7 -> 112,000 (117,900 without).
    d = Deductions(hometown_donation=60_000)
    assert jp.income_tax(5_000_000, social_insurance=750_000, year=2025, deductions=d) == 112_000
    # FY2026 without the one-stop part: municipal 3,480 + 27,767 = 31,247 -> 141,300 - 31,247
    # = 110,053 -> 110,000; prefectural 2,320 + 18,512 = 20,832 -> 73,368 -> 73,300; 183,300
    # + 5,000 = 188,300.
    levy = jp.resident_tax(5_000_000, social_insurance=750_000, fiscal_year=2026, deductions=d)
    assert levy.total == 188_300


def test_hometown_donation_special_credit_cap() -> None:
    # [LTA 37条の2 (20% cap), hand] the same person donating 1,000,000 with the one-stop
    # exception: basic min(1,000,000, 30% x 3,560,000) - 2,000 = 998,000 x 10% -> 59,880 and
    # 39,920; special capped at 20% of each levy: 28,260 and 18,840; one-stop 28,260 x
    # 10.21/79.79 = 3,616.2 -> 3,617 and 18,840 x 10.21/79.79 = 2,410.8 -> 2,411;
    # 141,300 - 91,757 = 49,543 -> 49,500; 94,200 - 61,171 = 33,029 -> 33,000; + 5,000.
    d = Deductions(hometown_donation=1_000_000, one_stop=True)
    levy = jp.resident_tax(5_000_000, social_insurance=750_000, fiscal_year=2026, deductions=d)
    assert levy.total == 87_500
