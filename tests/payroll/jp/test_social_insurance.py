"""Japan social insurance, employee share: reference cases, errors and invariants.

References:
- [TOKYO-R08] 協会けんぽ 令和8年3月分(4月納付分)からの健康保険・厚生年金保険の保険料額表 東京支部
  (https://www.kyoukaikenpo.or.jp/assets/R8_13tokyo.pdf), rows copied from the machine extraction
  ../shared/data/jp-official-tables/kyoukaikenpo_tokyo_r08.json (keiri-core @44bebfa).
- [MHLW-QA] 子ども・子育て支援金に関するQ&A (厚生労働省, 2026-02-12): health rate and levy rate are
  added, applied to the standard amount, halved, and the employee share rounded once.
- [FACTS] ../shared/reference/jp-payroll-facts.md section 5 (rates per fiscal year, grade bounds,
  caps, the 0.50-yen rounding rule).
- Hand calculations: the working is in the comment or the parametrize id.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import ROUND_FLOOR, Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.payroll import jp


def employee_round(x: Decimal | str | float) -> int:
    """The 0.50-yen rule [FACTS]: a fraction of 0.50 or less is dropped, more is rounded up."""
    value = Decimal(str(x))
    floor = value.to_integral_value(rounding=ROUND_FLOOR)
    return int(floor) if value - floor <= Decimal("0.5") else int(floor) + 1


def test_reference_rounding_helper() -> None:
    assert [employee_round(v) for v in ("20192.5", "20192.51", "0.5", "3326.3", "2989.9")] == [
        20192,
        20193,
        0,
        3326,
        2990,
    ]


# ---------------------------------------------------------------------------------------------
# [TOKYO-R08] rows: grade, standard, lowest pay of the grade, highest pay of the grade,
# kenko_total, kenko_half, kenko_kaigo_total, kenko_kaigo_half, kosodate_total, kosodate_half,
# kosei_half (pension employee half; grades outside the pension range take the pension floor
# grade 1 = 8,052.0 or the cap grade 32 = 59,475.0 of the same table).
TOKYO_R08 = [
    (1, 58_000, 0, 62_999, "5713.0", "2856.5", "6652.6", "3326.3", "133.4", "66.7", "8052.0"),
    (4, 88_000, 83_000, 92_999, "8668.0", "4334.0", "10093.6", "5046.8", "202.4", "101.2", "8052.0"),
    (5, 98_000, 93_000, 100_999, "9653.0", "4826.5", "11240.6", "5620.3", "225.4", "112.7", "8967.0"),
    (10, 134_000, 130_000, 137_999, "13199.0", "6599.5", "15369.8", "7684.9", "308.2", "154.1", "12261.0"),
    (14, 170_000, 165_000, 174_999, "16745.0", "8372.5", "19499.0", "9749.5", "391.0", "195.5", "15555.0"),
    (22, 300_000, 290_000, 309_999, "29550.0", "14775.0", "34410.0", "17205.0", "690.0", "345.0", "27450.0"),
    (27, 410_000, 395_000, 424_999, "40385.0", "20192.5", "47027.0", "23513.5", "943.0", "471.5", "37515.0"),
    (29, 470_000, 455_000, 484_999, "46295.0", "23147.5", "53909.0", "26954.5", "1081.0", "540.5", "43005.0"),
    (35, 650_000, 635_000, 664_999, "64025.0", "32012.5", "74555.0", "37277.5", "1495.0", "747.5", "59475.0"),
    (36, 680_000, 665_000, 694_999, "66980.0", "33490.0", "77996.0", "38998.0", "1564.0", "782.0", "59475.0"),
    (42, 930_000, 905_000, 954_999, "91605.0", "45802.5", "106671.0", "53335.5", "2139.0", "1069.5", "59475.0"),
    (50, 1_390_000, 1_355_000, 9_999_999, "136915.0", "68457.5", "159433.0", "79716.5", "3197.0", "1598.5", "59475.0"),
]  # fmt: skip
TOKYO_IDS = [f"tokyo-r08-grade{row[0]}" for row in TOKYO_R08]


@pytest.mark.parametrize("row", TOKYO_R08, ids=TOKYO_IDS)
def test_tokyo_table_under_40(row: tuple[Any, ...]) -> None:
    _, standard, low, high, kenko_total, kenko_half, _, _, kosodate_total, _, kosei_half = row
    pays = np.array([low, high], dtype=float)
    si = jp.social_insurance(pays, premium_month="2026-04", prefecture="tokyo", age=30)
    assert si.standard_monthly_health.tolist() == [standard, standard]
    assert si.health.tolist() == [employee_round(kenko_half)] * 2
    assert si.nursing_care.tolist() == [0, 0]
    # [MHLW-QA]: health + levy rounded once, on the sum of the two full premiums halved.
    combined = employee_round((Decimal(kenko_total) + Decimal(kosodate_total)) / 2)
    assert (si.health + si.child_support).tolist() == [combined] * 2
    assert si.pension.tolist() == [employee_round(kosei_half)] * 2


@pytest.mark.parametrize("row", TOKYO_R08, ids=TOKYO_IDS)
def test_tokyo_table_40_to_64(row: tuple[Any, ...]) -> None:
    _, _, low, _, _, kenko_half, kaigo_total, kaigo_half, kosodate_total, _, _ = row
    si = jp.social_insurance(low, premium_month="2026-04", prefecture="東京都", age=40)
    assert si.health == employee_round(kenko_half)
    # the table's 介護 column (health + nursing at 11.47 %), rounded once
    assert si.health + si.nursing_care == employee_round(kaigo_half)
    combined = employee_round((Decimal(kaigo_total) + Decimal(kosodate_total)) / 2)
    assert si.health + si.nursing_care + si.child_support == combined


@pytest.mark.parametrize("row", TOKYO_R08, ids=TOKYO_IDS)
def test_tokyo_table_march_2026_has_no_levy(row: tuple[Any, ...]) -> None:
    # The table applies from the March 2026 premium month; the levy starts with April 2026.
    _, _, low, _, _, kenko_half, _, kaigo_half, _, _, kosei_half = row
    si = jp.social_insurance(low, premium_month="2026-03", prefecture=13, age=50)
    assert (si.health, si.health + si.nursing_care) == (
        employee_round(kenko_half),
        employee_round(kaigo_half),
    )
    assert si.child_support == 0
    assert si.pension == employee_round(kosei_half)


SHARED_TABLE = (
    Path(__file__).resolve().parents[3].parent
    / "shared/data/jp-official-tables/kyoukaikenpo_tokyo_r08.json"
)


@pytest.mark.skipif(not SHARED_TABLE.exists(), reason="shared data copy not beside the clone")
def test_tokyo_table_all_50_grades_from_shared_copy() -> None:
    grades = json.loads(SHARED_TABLE.read_text(encoding="utf-8"))["grades"]
    assert len(grades) == 50
    standards = np.array([g["standard"] for g in grades], dtype=float)
    young = jp.social_insurance(standards, premium_month="2026-04", age=30)
    older = jp.social_insurance(standards, premium_month="2026-04", age=50)
    assert young.standard_monthly_health.tolist() == [g["standard"] for g in grades]
    for i, g in enumerate(grades):
        assert young.health[i] == employee_round(g["kenko_half"]), g["grade"]
        assert older.health[i] + older.nursing_care[i] == employee_round(g["kenko_kaigo_half"])
        total = (Decimal(str(g["kenko_total"])) + Decimal(str(g["kosodate_total"]))) / 2
        assert young.health[i] + young.child_support[i] == employee_round(total)
        if g["kosei_grade"] is not None:
            assert young.standard_monthly_pension[i] == g["standard"]
            assert young.pension[i] == employee_round(g["kosei_half"])


def test_mhlw_qa_worked_example() -> None:
    # [MHLW-QA] Tokyo FY2026, grade 27 (410,000): (9.85 % + 0.23 %) x 410,000 / 2 = 20,664.0.
    # The table's separate columns 20,192.5 + 471.5 would round to 20,192 + 471 = 20,663.
    si = jp.social_insurance(410_000, premium_month="2026-04", prefecture="tokyo", age=30)
    assert si.health + si.child_support == 20_664
    assert (si.health, si.child_support) == (20_192, 472)
    # total: + pension 410,000 x 9.15 % = 37,515 + employment 410,000 x 5/1000 = 2,050
    assert si.total == 20_664 + 37_515 + 2_050


# ---------------------------------------------------------------------------------------------
# Grade boundaries [FACTS]


@pytest.mark.parametrize(
    ("pay", "health", "pension"),
    [
        (0, 58_000, 88_000),
        (62_999, 58_000, 88_000),
        (63_000, 68_000, 88_000),
        (82_999.99, 78_000, 88_000),
        (92_999, 88_000, 88_000),
        (93_000, 98_000, 98_000),
        (634_999, 620_000, 620_000),
        (635_000, 650_000, 650_000),
        (664_999, 650_000, 650_000),
        (665_000, 680_000, 650_000),
        (1_354_999, 1_330_000, 650_000),
        (1_355_000, 1_390_000, 650_000),
        (50_000_000, 1_390_000, 650_000),
    ],
)
def test_grade_boundaries(pay: float, health: int, pension: int) -> None:
    assert jp.standard_monthly(pay, scheme="health", premium_month="2026-04") == health
    assert jp.standard_monthly(pay, scheme="pension", premium_month="2026-04") == pension
    si = jp.social_insurance(pay, premium_month="2026-04")
    assert (si.standard_monthly_health, si.standard_monthly_pension) == (health, pension)


def test_standard_monthly_vectorized_forms() -> None:
    pays = pd.Series([62_999, 63_000], index=["a", "b"], name="pay")
    out = jp.standard_monthly(pays)
    assert isinstance(out, pd.Series)
    assert out.to_dict() == {"a": 58_000, "b": 68_000}
    assert out.name == "pay"
    grid = jp.standard_monthly(np.array([[0, 1_355_000], [93_000, 92_999]]), scheme="pension")
    assert grid.tolist() == [[88_000, 650_000], [98_000, 88_000]]


def test_pension_grades_rise_from_september_2027() -> None:
    # 令和7年法律第74号 (keiri-core shaho_rates_r08.json kosei_grade_cap.scheduled): grade 33
    # 680,000 from 665,000 yen in 2027-09, grade 34 710,000 (from 695,000) in 2028-09, grade 35
    # 750,000 (from 730,000) in 2029-09.
    pay = 1_000_000
    assert jp.standard_monthly(pay, scheme="pension", premium_month="2027-08") == 650_000
    assert jp.standard_monthly(pay, scheme="pension", premium_month="2027-09") == 680_000
    assert jp.standard_monthly(pay, scheme="pension", premium_month="2028-09") == 710_000
    assert jp.standard_monthly(pay, scheme="pension", premium_month="2029-09") == 750_000
    assert jp.standard_monthly(664_999, scheme="pension", premium_month="2029-09") == 650_000


# ---------------------------------------------------------------------------------------------
# Other prefectures and fiscal years, by hand [FACTS rates]


@pytest.mark.parametrize(
    ("prefecture", "month", "pay", "age", "expected"),
    [
        # Osaka FY2023 10.29 %, nursing 1.82 % (Jan 2024 premium month); grade 98,000:
        # 98,000 x 10.29 % / 2 = 5,042.1 -> 5,042; x 12.11 % / 2 = 5,933.9 -> 5,934 (nursing 892);
        # pension 98,000 x 9.15 % = 8,967; employment FY2023 6/1000 x 95,000 = 570.
        ("osaka", "2024-01", 95_000, 42, (98_000, 5_042, 892, 0, 8_967, 570)),
        # Osaka FY2024 10.34 % (from the March 2024 premium month), grade 300,000:
        # 300,000 x 10.34 % / 2 = 15,510; x 11.94 % / 2 = 17,910 (nursing 2,400);
        # employment (April 2024 on) 6/1000 x 300,000 = 1,800.
        ("osaka", "2024-06", 300_000, 45, (300_000, 15_510, 2_400, 0, 27_450, 1_800)),
        # Hokkaido FY2025 10.31 %, grade 134,000: 134,000 x 10.31 % / 2 = 6,907.7 -> 6,908;
        # with 1.59 %: x 11.90 % / 2 = 7,973.0 (nursing 1,065); pension 12,261;
        # employment FY2025 5.5/1000 x 135,000 = 742.5 -> 742 (0.50 dropped).
        ("hokkaido", "2025-09", 135_000, 55, (134_000, 6_908, 1_065, 0, 12_261, 742)),
        # Hokkaido FY2025, grade 1 (58,000): 58,000 x 10.31 % / 2 = 2,989.9 -> 2,990; pension
        # floor 88,000 x 9.15 % = 8,052; employment 5.5/1000 x 50,000 = 275.
        ("北海道", "2025-04", 50_000, 20, (58_000, 2_990, 0, 0, 8_052, 275)),
        # Okinawa FY2024 9.52 %, grade 126,000: 126,000 x 9.52 % / 2 = 5,997.6 -> 5,998; with
        # 1.60 %: x 11.12 % / 2 = 7,005.6 -> 7,006 (nursing 1,008); pension 11,529;
        # employment 6/1000 x 125,555 = 753.33 -> 753.
        ("okinawa", "2024-12", 125_555, 50, (126_000, 5_998, 1_008, 0, 11_529, 753)),
        # Okinawa FY2026 9.44 % with the levy, grade 170,000: 170,000 x 9.44 % / 2 = 8,024.0;
        # x (9.44 + 0.23) % / 2 = 8,219.5 -> 8,219 (levy 195); pension 15,555;
        # employment FY2026 5/1000 x 171,000 = 855.
        ("47", "2026-05", 171_000, 30, (170_000, 8_024, 0, 195, 15_555, 855)),
        # Saga FY2026 10.55 %, grade 410,000, age 64: 410,000 x 10.55 % / 2 = 21,627.5 -> 21,627;
        # x 12.17 % / 2 = 24,948.5 -> 24,948 (nursing 3,321); x 12.40 % / 2 = 25,420 (levy 472).
        ("saga", "2026-10", 400_000, 64, (410_000, 21_627, 3_321, 472, 37_515, 2_000)),
    ],
    ids=[
        "osaka-fy2023-g5-age42",
        "osaka-fy2024-g22-age45",
        "hokkaido-fy2025-g10-age55",
        "hokkaido-fy2025-g1-floor",
        "okinawa-fy2024-g9-age50",
        "okinawa-fy2026-g14-levy",
        "saga-fy2026-g27-age64",
    ],
)
def test_prefectures_by_hand(
    prefecture: str, month: str, pay: int, age: int, expected: tuple[int, ...]
) -> None:
    si = jp.social_insurance(pay, premium_month=month, prefecture=prefecture, age=age)
    got = (si.standard_monthly_health, si.health, si.nursing_care, si.child_support)
    assert (*got, si.pension, si.employment) == expected
    assert si.total == sum(expected[1:])


def test_premium_month_switching_tokyo() -> None:
    # Tokyo, grade 27 (410,000), age 30.
    # 2026-02: FY2025 9.91 %: 410,000 x 9.91 % / 2 = 20,315.5 -> 20,315; no levy.
    # 2026-03: FY2026 9.85 %: 20,192.5 -> 20,192; still no levy.
    # 2026-04: FY2026 9.85 % + levy 0.23 %: 20,664 -> health 20,192 + levy 472.
    got = {
        month: jp.social_insurance(410_000, premium_month=month)
        for month in ("2026-02", "2026-03", "2026-04")
    }
    assert (got["2026-02"].health, got["2026-02"].child_support) == (20_315, 0)
    assert (got["2026-03"].health, got["2026-03"].child_support) == (20_192, 0)
    assert (got["2026-04"].health, got["2026-04"].child_support) == (20_192, 472)


def test_calendar_2024_needs_fy2023_rates() -> None:
    # Tokyo FY2023 10.00 % (Jan and Feb 2024 premium months), FY2024 9.98 % from March 2024.
    # 300,000 x 10.00 % / 2 = 15,000; 300,000 x 9.98 % / 2 = 14,970.
    # Nursing FY2023 1.82 %: 300,000 x 11.82 % / 2 = 17,730 (nursing 2,730);
    # FY2024 1.60 %: 300,000 x 11.58 % / 2 = 17,370 (nursing 2,400).
    jan = jp.social_insurance(300_000, premium_month=date(2024, 1, 15), age=45)
    feb = jp.social_insurance(300_000, premium_month="2024-02", age=45)
    mar = jp.social_insurance(300_000, premium_month="2024-03", age=45)
    assert (jan.health, jan.nursing_care) == (15_000, 2_730)
    assert (feb.health, feb.nursing_care) == (15_000, 2_730)
    assert (mar.health, mar.nursing_care) == (14_970, 2_400)


@pytest.mark.parametrize(
    ("age", "nursing", "pension", "health"),
    [
        (39, False, True, True),
        (40, True, True, True),
        (64, True, True, True),
        (65, False, True, True),
        (69, False, True, True),
        (70, False, False, True),
        (74, False, False, True),
        (75, False, False, False),
    ],
)
def test_age_rules(age: int, nursing: bool, pension: bool, health: bool) -> None:
    # 介護保険法 9条 (40-64), 厚生年金保険法 9条 (under 70), 75+ leave for 後期高齢者医療.
    si = jp.social_insurance(300_000, premium_month="2026-04", age=age)
    assert (si.nursing_care > 0) is nursing
    assert (si.pension > 0) is pension
    assert (si.health > 0) is health
    assert (si.child_support > 0) is health
    assert si.employment == 1_500  # 300,000 x 5/1000, no age limit


def test_company_health_society_rate() -> None:
    # health_rate 9.5 %: 300,000 x 9.5 % / 2 = 14,250; with the levy (9.5 + 0.23) % / 2 =
    # 14,595 -> levy 345; nursing stays national 1.62 %: x 11.12 % / 2 = 16,680 -> 2,430.
    si = jp.social_insurance(300_000, premium_month="2026-04", age=50, health_rate=0.095)
    assert (si.health, si.nursing_care, si.child_support) == (14_250, 2_430, 345)
    # the prefecture no longer matters
    other = jp.social_insurance(300_000, premium_month="2026-04", age=50, health_rate=0.095,
                                prefecture="saga")  # fmt: skip
    assert other == si


def test_company_society_nursing_rate() -> None:
    # [hand] A 組合健保 with its own rates, April 2025 (no levy), standard 410,000, age 45:
    # health 9.5 %: 410,000 x 9.5 % / 2 = 19,475; with nursing care 1.8 % (instead of the
    # 協会けんぽ 1.59 %): 410,000 x 11.3 % / 2 = 23,165 -> nursing 3,690.
    si = jp.social_insurance(
        400_000, premium_month="2025-04", age=45, health_rate=0.095, nursing_rate=0.018
    )
    assert (si.health, si.nursing_care, si.child_support) == (19_475, 3_690, 0)
    # under 40 the nursing rate is not charged
    young = jp.social_insurance(
        400_000, premium_month="2025-04", age=30, health_rate=0.095, nursing_rate=0.018
    )
    assert (young.health, young.nursing_care) == (19_475, 0)


def test_nursing_rate_alone_keeps_the_prefecture_health_rate() -> None:
    # [hand] Tokyo April 2026 (health 9.85 %, levy 0.23 %), nursing 1.8 %, standard 410,000:
    # health 410,000 x 9.85 % / 2 = 20,192.5 -> 20,192; x 11.65 % / 2 = 23,882.5 -> 23,882 ->
    # nursing 3,690; x 11.88 % / 2 = 24,354 -> levy 472.
    si = jp.social_insurance(400_000, premium_month="2026-04", age=45, nursing_rate=0.018)
    assert (si.health, si.nursing_care, si.child_support) == (20_192, 3_690, 472)
    default = jp.social_insurance(400_000, premium_month="2026-04", age=45)
    assert default.nursing_care == 3_321  # national 1.62 %, as in the module example


def test_bonus_with_society_nursing_rate() -> None:
    # [hand] June 2025 bonus 1,000,000, age 50, health 9 %, nursing 2 %: health 45,000;
    # x 11 % / 2 = 55,000 -> nursing 10,000.
    b = jp.bonus_social_insurance(
        1_000_000, premium_month="2025-06", age=50, health_rate=0.09, nursing_rate=0.02
    )
    assert (b.health, b.nursing_care, b.child_support) == (45_000, 10_000, 0)


@pytest.mark.parametrize("rate", [-0.01, 1.0, float("nan"), "0.1", True, 0.0000001])
def test_bad_nursing_rate(rate: object) -> None:
    with pytest.raises(InvalidInput, match="nursing_rate"):
        jp.social_insurance(300_000, nursing_rate=rate)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="nursing_rate"):
        jp.bonus_social_insurance(300_000, premium_month="2025-06", nursing_rate=rate)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# Employment insurance [FACTS: worker share per 1,000 of actual wages, by fiscal year from April]


@pytest.mark.parametrize(
    ("month", "industry", "pay", "expected"),
    [
        ("2023-06", "general", 250_000, 1_500),  # FY2023 6/1000
        ("2024-05", "general", 333_333, 2_000),  # 6/1000: 1,999.998 -> 2,000
        ("2024-05", "agriculture", 333_333, 2_333),  # 7/1000: 2,333.331 -> 2,333
        ("2024-05", "construction", 333_333, 2_333),
        ("2025-05", "general", 333_333, 1_833),  # 5.5/1000: 1,833.3315 -> 1,833
        ("2025-05", "agriculture", 333_333, 2_167),  # 6.5/1000: 2,166.6645 -> 2,167
        ("2025-05", "construction", 333_333, 2_167),
        ("2026-05", "general", 333_333, 1_667),  # 5/1000: 1,666.665 -> 1,667
        ("2026-05", "agriculture", 333_333, 2_000),  # 6/1000
        ("2026-05", "construction", 333_333, 2_000),
        ("2026-05", "general", 100_100, 500),  # 500.5 -> 500 (0.50 dropped)
        ("2026-05", "general", 100_302, 502),  # 501.51 -> 502
        ("2026-05", "general", 1_234.56, 6),  # 6.1728 -> 6 (on actual pay, sen included)
        ("2025-03", "general", 200_000, 1_200),  # March 2025 still FY2024 6/1000
    ],
)
def test_employment_insurance(month: str, industry: str, pay: float, expected: int) -> None:
    si = jp.social_insurance(pay, premium_month=month, industry=industry)
    assert si.employment == expected


def test_employment_month_follows_the_wage_month() -> None:
    # March 2026 premium (deducted in April pay) with April wages: FY2026 5/1000 on 300,000.
    si = jp.social_insurance(300_000, premium_month="2026-03", employment_month="2026-04")
    assert si.employment == 1_500
    assert jp.social_insurance(300_000, premium_month="2026-03").employment == 1_650


# ---------------------------------------------------------------------------------------------
# Bonuses [FACTS: standard bonus rounded down to 1,000; 5.73M per fiscal year; 1.5M per payment]


def test_bonus_caps() -> None:
    # Tokyo FY2025 9.91 %, June 2025, 6,000,000 bonus:
    # health 5,730,000 x 9.91 % / 2 = 283,921.5 -> 283,921; pension 1,500,000 x 9.15 % = 137,250;
    # employment on the whole bonus 6,000,000 x 5.5/1000 = 33,000.
    b = jp.bonus_social_insurance(6_000_000, premium_month="2025-06")
    assert (b.standard_monthly_health, b.standard_monthly_pension) == (5_730_000, 1_500_000)
    assert (b.health, b.nursing_care, b.child_support) == (283_921, 0, 0)
    assert (b.pension, b.employment) == (137_250, 33_000)
    # 5,000,000 already counted this fiscal year: only 730,000 more;
    # 730,000 x 9.91 % / 2 = 36,171.5 -> 36,171.
    later = jp.bonus_social_insurance(
        6_000_000, premium_month="2025-12", bonus_to_date_in_fiscal_year=5_000_000
    )
    assert (later.standard_monthly_health, later.health) == (730_000, 36_171)
    assert later.standard_monthly_pension == 1_500_000
    full = jp.bonus_social_insurance(
        800_000, premium_month="2025-12", bonus_to_date_in_fiscal_year=5_730_000
    )
    assert (full.standard_monthly_health, full.health, full.child_support) == (0, 0, 0)
    assert full.pension == 73_200  # 800,000 x 9.15 %


def test_bonus_with_nursing_and_levy() -> None:
    # Tokyo, June 2026, age 45, bonus 1,234,567 -> standard bonus 1,234,000:
    # 1,234,000 x 9.85 % / 2 = 60,774.5 -> 60,774; x 11.47 % / 2 = 70,769.9 -> 70,770
    # (nursing 9,996); x 11.70 % / 2 = 72,189 (levy 1,419); pension x 9.15 % = 112,911;
    # employment on the actual bonus 1,234,567 x 5/1000 = 6,172.835 -> 6,173.
    b = jp.bonus_social_insurance(1_234_567, premium_month="2026-06", age=45)
    assert b.standard_monthly_health == b.standard_monthly_pension == 1_234_000
    assert (b.health, b.nursing_care, b.child_support) == (60_774, 9_996, 1_419)
    assert (b.pension, b.employment) == (112_911, 6_173)
    assert b.total == 60_774 + 9_996 + 1_419 + 112_911 + 6_173


def test_bonus_child_support_uses_capped_base() -> None:
    # Tokyo, June 2026, bonus 7,000,000, age 30: base 5,730,000;
    # 5,730,000 x 9.85 % / 2 = 282,202.5 -> 282,202; x 10.08 % / 2 = 288,792 (levy 6,590).
    b = jp.bonus_social_insurance(7_000_000, premium_month="2026-06")
    assert (b.health, b.child_support) == (282_202, 6_590)


def test_bonus_arrays_and_series() -> None:
    bonuses = pd.Series([1_000_999, 2_000_000], index=["x", "y"])
    b = jp.bonus_social_insurance(
        bonuses, premium_month="2025-06", bonus_to_date_in_fiscal_year=[0, 4_000_000]
    )
    assert isinstance(b.health, pd.Series)
    assert b.standard_monthly_health.to_dict() == {"x": 1_000_000, "y": 1_730_000}
    assert b.standard_monthly_pension.to_dict() == {"x": 1_000_000, "y": 1_500_000}


# ---------------------------------------------------------------------------------------------
# Shapes


def test_output_forms() -> None:
    scalar = jp.social_insurance(300_000)
    assert all(type(getattr(scalar, f)) is int for f in scalar.__dataclass_fields__)
    pays = pd.Series([200_000, 300_000], index=[10, 20], name="pay")
    series = jp.social_insurance(pays, age=[30, 45])
    assert isinstance(series.total, pd.Series)
    assert list(series.total.index) == [10, 20]
    ages = pd.Series([30, 45], index=["a", "b"])
    by_age = jp.social_insurance(300_000, age=ages)
    assert isinstance(by_age.nursing_care, pd.Series)
    assert by_age.nursing_care.to_dict() == {
        "a": 0,
        "b": jp.social_insurance(300_000, age=45).nursing_care,
    }
    listed = jp.social_insurance([200_000, 300_000], age=ages)
    assert list(listed.health.index) == ["a", "b"]
    grid = jp.social_insurance(np.full((2, 3), 300_000.0))
    assert grid.total.shape == (2, 3)
    assert grid.total.dtype == np.int64


# ---------------------------------------------------------------------------------------------
# Errors


def test_bad_prefecture_suggests() -> None:
    with pytest.raises(UnsupportedRule) as info:
        jp.social_insurance(300_000, prefecture="tokio")
    assert "tokyo" in info.value.suggestions
    assert len(info.value.supported) == 47


@pytest.mark.parametrize("month", ["2027-03", "2023-02", "2030-01", date(2022, 12, 1)])
def test_unsupported_premium_month(month: str | date) -> None:
    with pytest.raises(UnsupportedRule) as info:
        jp.social_insurance(300_000, premium_month=month)
    assert info.value.field == "premium_month"
    assert info.value.supported == ("2023-03 to 2027-02",)


def test_unsupported_employment_month() -> None:
    with pytest.raises(UnsupportedRule) as info:
        jp.social_insurance(300_000, premium_month="2026-04", employment_month="2027-04")
    assert info.value.field == "employment_month"
    assert info.value.supported == ("2022-10 to 2027-03",)


@pytest.mark.parametrize("month", ["2025/04", "2025-13", "April 2025", 202504, None])
def test_malformed_premium_month(month: object) -> None:
    with pytest.raises(InvalidInput) as info:
        jp.social_insurance(300_000, premium_month=month)  # type: ignore[arg-type]
    assert info.value.field == "premium_month"


def test_bad_pay_names_positions() -> None:
    with pytest.raises(InvalidInput) as info:
        jp.social_insurance([300_000, -1, float("nan"), 5, float("inf")])
    assert info.value.field == "monthly_pay"
    assert "positions [1, 2, 4]" in str(info.value)
    with pytest.raises(InvalidInput, match="monthly_pay"):
        jp.social_insurance(-5)
    with pytest.raises(InvalidInput, match="bonus_to_date_in_fiscal_year"):
        jp.bonus_social_insurance(1, premium_month="2025-06", bonus_to_date_in_fiscal_year=-1)
    with pytest.raises(InvalidInput, match="age"):
        jp.social_insurance(300_000, age=[30, float("nan")])
    with pytest.raises(InvalidInput, match="monthly_pay"):
        jp.social_insurance(1e13)


def test_bad_industry_lists_choices() -> None:
    with pytest.raises(InvalidInput) as info:
        jp.social_insurance(300_000, industry="mining")
    assert info.value.field == "industry"
    for name in ("general", "agriculture", "construction"):
        assert name in info.value.accepted


@pytest.mark.parametrize("rate", [-0.01, 1.0, float("nan"), "0.1", True, 0.0000001])
def test_bad_health_rate(rate: object) -> None:
    with pytest.raises(InvalidInput, match="health_rate"):
        jp.social_insurance(300_000, health_rate=rate)  # type: ignore[arg-type]


def test_bad_scheme_and_shapes() -> None:
    with pytest.raises(InvalidInput, match="scheme"):
        jp.standard_monthly(300_000, scheme="nursing")
    with pytest.raises(InvalidInput, match="age"):
        jp.social_insurance([1, 2, 3], age=[30, 40])


# ---------------------------------------------------------------------------------------------
# Invariants

MONTHS = [f"{y}-{m:02d}" for y in (2023, 2024, 2025, 2026, 2027) for m in range(1, 13)]
MONTHS = [m for m in MONTHS if "2023-03" <= m <= "2027-02"]
PREFECTURES = [p.name for p in jp.supported_prefectures()]
INDUSTRIES = ["general", "agriculture", "construction"]
FIELDS = ["health", "nursing_care", "child_support", "pension", "employment"]

pays = st.floats(min_value=0, max_value=3_000_000, allow_nan=False)
ages = st.integers(min_value=15, max_value=90)


@settings(max_examples=150, deadline=None)
@given(
    pay=st.lists(pays, min_size=1, max_size=20),
    age=ages,
    month=st.sampled_from(MONTHS),
    prefecture=st.sampled_from(PREFECTURES),
    industry=st.sampled_from(INDUSTRIES),
)
def test_fields_non_negative_and_add_up(
    pay: list[float], age: int, month: str, prefecture: str, industry: str
) -> None:
    si = jp.social_insurance(
        pay, premium_month=month, prefecture=prefecture, age=age, industry=industry
    )
    for name in FIELDS:
        assert (getattr(si, name) >= 0).all(), name
    assert (si.total == sum(getattr(si, name) for name in FIELDS)).all()
    for i, p in enumerate(pay):
        one = jp.social_insurance(
            p, premium_month=month, prefecture=prefecture, age=age, industry=industry
        )
        assert [getattr(one, f) for f in [*FIELDS, "total"]] == [
            getattr(si, f)[i] for f in [*FIELDS, "total"]
        ]


@settings(max_examples=100, deadline=None)
@given(
    pay=st.lists(pays, min_size=2, max_size=30),
    age=ages,
    month=st.sampled_from(MONTHS),
    prefecture=st.sampled_from(PREFECTURES),
)
def test_premiums_non_decreasing_in_pay(
    pay: list[float], age: int, month: str, prefecture: str
) -> None:
    ordered = np.sort(np.array(pay))
    si = jp.social_insurance(ordered, premium_month=month, prefecture=prefecture, age=age)
    for name in [*FIELDS, "total", "standard_monthly_health", "standard_monthly_pension"]:
        assert (np.diff(getattr(si, name)) >= 0).all(), name


@settings(max_examples=100, deadline=None)
@given(
    bonus=st.lists(st.floats(min_value=0, max_value=1e8, allow_nan=False), min_size=2),
    to_date=st.integers(min_value=0, max_value=7_000).map(lambda k: k * 1_000),
    age=ages,
    month=st.sampled_from(MONTHS),
)
def test_bonus_invariants(bonus: list[float], to_date: int, age: int, month: str) -> None:
    ordered = np.sort(np.array(bonus))
    b = jp.bonus_social_insurance(
        ordered, premium_month=month, age=age, bonus_to_date_in_fiscal_year=to_date
    )
    for name in [*FIELDS, "total"]:
        assert (getattr(b, name) >= 0).all(), name
        assert (np.diff(getattr(b, name)) >= 0).all(), name
    assert (b.total == sum(getattr(b, name) for name in FIELDS)).all()
    assert (b.standard_monthly_health <= max(5_730_000 - to_date, 0)).all()
    assert (b.standard_monthly_pension <= 1_500_000).all()
    assert (b.standard_monthly_health % 1_000 == 0).all()


# Tokyo rates by premium month [FACTS], transcribed independently of the parameter files:
# (first month, health %, nursing %, levy %)
TOKYO_RATES = [
    ("2023-03", "10.00", "1.82", "0"),
    ("2024-03", "9.98", "1.60", "0"),
    ("2025-03", "9.91", "1.59", "0"),
    ("2026-03", "9.85", "1.62", "0"),
    ("2026-04", "9.85", "1.62", "0.23"),
]
# Health grades [FACTS]: (lower bound, standard amount)
HEALTH_GRADES = [
    (0, 58), (63, 68), (73, 78), (83, 88), (93, 98), (101, 104), (107, 110), (114, 118),
    (122, 126), (130, 134), (138, 142), (146, 150), (155, 160), (165, 170), (175, 180),
    (185, 190), (195, 200), (210, 220), (230, 240), (250, 260), (270, 280), (290, 300),
    (310, 320), (330, 340), (350, 360), (370, 380), (395, 410), (425, 440), (455, 470),
    (485, 500), (515, 530), (545, 560), (575, 590), (605, 620), (635, 650), (665, 680),
    (695, 710), (730, 750), (770, 790), (810, 830), (855, 880), (905, 930), (955, 980),
    (1005, 1030), (1055, 1090), (1115, 1150), (1175, 1210), (1235, 1270), (1295, 1330),
    (1355, 1390),
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(pay=st.integers(min_value=0, max_value=2_000_000), age=ages, month=st.sampled_from(MONTHS))
def test_tokyo_health_side_matches_independent_calculation(pay: int, age: int, month: str) -> None:
    standard = max(s for low, s in HEALTH_GRADES if pay >= low * 1_000) * 1_000
    _, health, nursing, levy = max(r for r in TOKYO_RATES if r[0] <= month)
    insured = age < 75
    care = Decimal(nursing) if 40 <= age < 65 else Decimal(0)
    rate = (Decimal(health) + care + Decimal(levy)) / 100
    si = jp.social_insurance(pay, premium_month=month, age=age)
    expected = employee_round(standard * rate / 2) if insured else 0
    assert si.health + si.nursing_care + si.child_support == expected
    expected_health = employee_round(standard * Decimal(health) / 200) if insured else 0
    assert si.health == expected_health


@pytest.mark.parametrize(
    "name", ["agriculture", "agriculture_sake", "Agriculture and sake", "sake"]
)
def test_agriculture_and_sake_names(name: str) -> None:
    # FY2025 worker share, agriculture/forestry/fisheries/sake brewing: 6.5 per 1,000.
    # 300,000 x 6.5 / 1,000 = 1,950.
    assert jp.social_insurance(300_000, premium_month="2025-04", industry=name).employment == 1950


@pytest.mark.parametrize(
    ("age", "health_base", "pension_base"),
    [
        # [FACTS] 厚生年金保険法 第9条: insured until 70; 健康保険 until 75 (後期高齢者医療).
        # 400,000 yen is health grade 27 / pension grade 24: 410,000 standard monthly amount.
        pytest.param(69, 410_000, 410_000, id="69-both"),
        pytest.param(70, 410_000, 0, id="70-no-pension"),
        pytest.param(75, 0, 0, id="75-neither"),
    ],
)
def test_bases_are_reported_only_where_insured(
    age: int, health_base: int, pension_base: int
) -> None:
    monthly = jp.social_insurance(400_000, premium_month="2026-04", age=age)
    bonus = jp.bonus_social_insurance(400_000, premium_month="2026-06", age=age)
    assert (monthly.standard_monthly_health, monthly.standard_monthly_pension) == (
        health_base,
        pension_base,
    )
    assert (monthly.pension == 0) == (pension_base == 0)
    assert (monthly.health == 0) == (health_base == 0)
    # A bonus of 400,000 is its own standard bonus amount (rounded down to 1,000 yen).
    assert (bonus.standard_monthly_health, bonus.standard_monthly_pension) == (
        400_000 if health_base else 0,
        400_000 if pension_base else 0,
    )


@pytest.mark.parametrize(
    ("born", "month", "nursing", "pension", "health"),
    [
        # [law] 年齢計算ニ関スル法律: an age is reached on the day before the birthday; 介護保険法
        # 第9条 / 第10条: a 第2号被保険者 from the month holding that day for the 40th birthday,
        # no longer from the month holding it for the 65th.
        pytest.param("1986-05-01", "2026-03", False, True, True, id="40-born-1st-march"),
        pytest.param("1986-05-01", "2026-04", True, True, True, id="40-born-1st-april"),
        pytest.param("1986-05-02", "2026-04", False, True, True, id="40-born-2nd-april"),
        pytest.param("1986-05-02", "2026-05", True, True, True, id="40-born-2nd-may"),
        pytest.param("1961-05-01", "2026-03", True, True, True, id="65-born-1st-march"),
        pytest.param("1961-05-01", "2026-04", False, True, True, id="65-born-1st-april"),
        # [law] 厚生年金保険法 第14条: insurance ends on the day of reaching 70 (the day before
        # the birthday), premiums up to the month before.
        pytest.param("1956-06-01", "2026-04", False, True, True, id="70-born-1st-april"),
        pytest.param("1956-06-01", "2026-05", False, False, True, id="70-born-1st-may"),
        pytest.param("1956-06-02", "2026-05", False, True, True, id="70-born-2nd-may"),
        # [law] 高齢者の医療の確保に関する法律 第52条: the late-stage system from the 75th
        # birthday itself, so health insurance is charged to the month before its month.
        pytest.param("1951-06-01", "2026-05", False, False, True, id="75-born-1st-may"),
        pytest.param("1951-06-01", "2026-06", False, False, False, id="75-born-1st-june"),
    ],
)
def test_insurance_by_date_of_birth(
    born: str, month: str, nursing: bool, pension: bool, health: bool
) -> None:
    si = jp.social_insurance(400_000, premium_month=month, birth_date=born)
    assert (si.nursing_care > 0, si.pension > 0, si.health > 0) == (nursing, pension, health)
    bonus = jp.bonus_social_insurance(400_000, premium_month=month, birth_date=born)
    assert (bonus.nursing_care > 0, bonus.pension > 0, bonus.health > 0) == (
        nursing,
        pension,
        health,
    )


def test_birth_date_arrays_and_errors() -> None:
    born = pd.Series(["1986-05-01", "1986-05-02"], index=["a", "b"])
    si = jp.social_insurance(400_000, premium_month="2026-04", birth_date=born)
    assert si.nursing_care.to_dict() == {"a": 3_321, "b": 0}
    with pytest.raises(InvalidInput) as info:
        jp.social_insurance(400_000, premium_month="2026-04", age=40, birth_date="1986-05-01")
    assert info.value.field == "age"
    for bad in ("1986-13-01", "soon", "2026-05-01"):
        with pytest.raises(InvalidInput) as info:
            jp.social_insurance(400_000, premium_month="2026-04", birth_date=bad)
        assert info.value.field == "birth_date"


def test_months_after_the_published_rates_say_when_they_are_expected() -> None:
    with pytest.raises(UnsupportedRule) as info:
        jp.social_insurance(400_000, premium_month="2027-03")
    assert "February 2027" in str(info.value)
    with pytest.raises(UnsupportedRule) as year:
        jp.annual(400_000, year=2027)
    assert "February 2027" in str(year.value)
    assert year.value.supported == (2024, 2025, 2026)
