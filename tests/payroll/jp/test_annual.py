"""A calendar year of Japanese payroll (jp.annual): hand calculations, conventions, invariants.

References:
- [FACTS] ../shared/reference/jp-payroll-facts.md: Tokyo health rates FY2024 9.98 %, FY2025
  9.91 %, FY2026 9.85 % (from the March premium month); support levy 0.23 % from the April 2026
  premium month, rounded together with health; pension 9.15 %; employment insurance (general)
  6 / 5.5 / 5 per mille for FY2024 / FY2025 / FY2026; the 0.50-yen rounding rule; withholding by
  the computer method (section 7); resident tax 6 % + 4 %, per capita 5,000, adjustment credit.
- [NTA-SHOYO-R08] 国税庁 令和8年分 賞与に対する源泉徴収税額の算出率の表 (15-16.pdf), via
  ../shared/data/jp-official-tables/gensen_shoyo_r08.json: 0 dependants, previous month's pay
  after social insurance 309-342 thousand yen -> 8.168 %.
- [LTA-321-5] 地方税法第321条の5: the levy / 12 rounded down to 100 yen each month, the fraction
  added to June. [FY2024-CUT] FY2024 levy after the fixed-amount cut: nothing in June 2024, 11
  instalments from July (town.hashikami.lg.jp, faq.tees-k.jp).
- [NTA-2582] 通勤手当の非課税限度額 150,000 yen a month (所得税法施行令第20条の2).
- Hand calculations: the working is in the comments.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from expectgap.errors import CurrencyMismatch, InvalidInput, UnsupportedRule
from expectgap.money import Money
from expectgap.package import Allowance, Bonus, CompensationPackage
from expectgap.payroll import jp

# ---------------------------------------------------------------------------------------------
# 2026, Tokyo, age 30, single, regular monthly pay 400,000, bonuses 400,000 in June and December.
#
# Grade: 400,000 is in 395,000-425,000 -> standard monthly amount 410,000 (health grade 27,
# pension grade 24).
# Health (premium month = pay month - 1):
#   Jan-Mar pay: premiums Dec 2025, Jan 2026, Feb 2026, FY2025 rate 9.91 %:
#       410,000 x 9.91 % / 2 = 20,315.5 -> 20,315 (0.50 dropped)
#   Apr pay: premium Mar 2026, FY2026 rate 9.85 %: 410,000 x 9.85 % / 2 = 20,192.5 -> 20,192
#   May-Dec pay: premiums Apr-Nov 2026 with the support levy, rounded together:
#       410,000 x (9.85 + 0.23) % / 2 = 20,664.0 -> health 20,192 + levy 472
#   Bonuses (June, December): 400,000 x 9.85 % / 2 = 19,700; x 10.08 % / 2 = 20,160 -> levy 460
#   health = 3 x 20,315 + 9 x 20,192 + 2 x 19,700 = 60,945 + 181,728 + 39,400 = 282,073
#   child support = 8 x 472 + 2 x 460 = 4,696
# Pension: 410,000 x 9.15 % = 37,515 a month; bonus 400,000 x 9.15 % = 36,600
#   pension = 12 x 37,515 + 2 x 36,600 = 523,380
# Employment insurance on actual pay in the pay month: Jan-Mar FY2025 5.5 per mille = 2,200;
#   Apr-Dec FY2026 5 per mille = 2,000; bonuses 2,000 each
#   employment = 3 x 2,200 + 9 x 2,000 + 2 x 2,000 = 28,600
# Social insurance = 282,073 + 4,696 + 523,380 + 28,600 = 838,749
# Withholding (2026 computer method, 0 dependants):
#   Jan-Mar: A = 400,000 - 20,315 - 37,515 - 2,200 = 339,970; employment deduction
#       339,970 x 20 % + 36,667 = 104,661; basic 48,334; B = 186,975;
#       186,975 x 10.21 % - 8,296 = 10,794.15 -> 10,790
#   Apr: A = 400,000 - 20,192 - 37,515 - 2,000 = 340,293 -> deduction 104,726 (rounded up),
#       B = 187,233 -> 10,820.5 -> 10,820
#   May-Dec: A = 339,821 -> deduction 104,632 (rounded up), B = 186,855 -> 10,781.9 -> 10,780
#   Bonus: 400,000 - 19,700 - 460 - 36,600 - 2,000 = 341,240; previous month 339,821 is in
#       309-342 thousand -> 8.168 % [NTA-SHOYO-R08]: 27,872.48 -> 27,872
#   withheld = 3 x 10,790 + 10,820 + 8 x 10,780 + 2 x 27,872 = 185,174
# Year-end adjustment (2026): employment income of 5,600,000: A = 1,400,000 x 3.2 - 440,000
#   = 4,040,000; basic deduction (income <= 4,890,000) 1,040,000; taxable 4,040,000 - 838,749
#   - 1,040,000 = 2,161,251 -> 2,161,000; 2,161,000 x 10 % - 97,500 = 118,600; x 102.1 %
#   = 121,090.6 -> 121,000. Refund in December: 121,000 - 185,174 = -64,174.
# Resident tax: FY2025 and FY2026 levies on a 5,600,000 salary with 838,749 of social insurance:
#   employment income 4,040,000; taxable 4,040,000 - 838,749 - 430,000 = 2,771,251 -> 2,771,000;
#   6 % = 166,260 - 1,500 credit = 164,760 -> 164,700; 4 % = 110,840 - 1,000 = 109,840 -> 109,800;
#   + 5,000 per capita = 279,500. Instalments [LTA-321-5]: 279,500 / 12 = 23,291 -> 23,200;
#   June 279,500 - 11 x 23,200 = 24,300. Paid in 2026: 5 x 23,200 + 24,300 + 6 x 23,200 = 279,500.
# Net = 5,600,000 - 838,749 - 121,000 - 279,500 = 4,360,751.
HAND_2026 = {
    "gross": 5_600_000,
    "taxable_salary": 5_600_000,
    "health": 282_073,
    "nursing_care": 0,
    "child_support": 4_696,
    "pension": 523_380,
    "employment": 28_600,
    "social_insurance_total": 838_749,
    "income_tax": 121_000,
    "resident_tax": 279_500,
    "net": 4_360_751,
}


@pytest.fixture(scope="module")
def year_2026() -> jp.AnnualNet:
    return jp.annual(400_000, year=2026, prefecture="tokyo", age=30, bonus=800_000)


@pytest.mark.parametrize("field", list(HAND_2026))
def test_hand_calculation_2026_totals(year_2026: jp.AnnualNet, field: str) -> None:
    assert getattr(year_2026, field) == HAND_2026[field]
    assert isinstance(getattr(year_2026, field), int)


def test_hand_calculation_2026_months(year_2026: jp.AnnualNet) -> None:
    m = year_2026.monthly
    salary = m[m["kind"] == "salary"].set_index("month")
    assert salary["health"].tolist() == [20_315] * 3 + [20_192] * 9
    assert salary["child_support"].tolist() == [0] * 4 + [472] * 8
    assert salary["employment"].tolist() == [2_200] * 3 + [2_000] * 9
    assert salary["withholding"].tolist() == [10_790] * 3 + [10_820] + [10_780] * 8
    assert salary["resident_tax"].tolist() == [23_200] * 5 + [24_300] + [23_200] * 6
    bonus = m[m["kind"] == "bonus"]
    assert bonus["month"].tolist() == [6, 12]
    assert bonus["withholding"].tolist() == [27_872, 27_872]
    assert (
        bonus[["health", "child_support", "pension"]].values.tolist() == [[19_700, 460, 36_600]] * 2
    )
    adjustment = m[m["kind"] == "year-end adjustment"]
    assert adjustment["month"].tolist() == [12]
    assert adjustment["withholding"].tolist() == [-64_174]
    # January net: 400,000 - 20,315 - 37,515 - 2,200 - 10,790 - 23,200 = 305,980.
    assert salary.loc[1, "net"] == 305_980
    # Rows are in payment order and every column adds up to the annual figure.
    assert m["kind"].tolist()[5:8] == ["salary", "bonus", "salary"]
    for column, field in [
        ("gross", "gross"),
        ("health", "health"),
        ("child_support", "child_support"),
        ("pension", "pension"),
        ("employment", "employment"),
        ("withholding", "income_tax"),
        ("resident_tax", "resident_tax"),
        ("net", "net"),
    ]:
        assert m[column].sum() == getattr(year_2026, field), column


def test_nursing_care_from_age_40_uses_the_combined_rate() -> None:
    # 2026, age 45, 400,000, no bonus. Health + nursing care rounded at the combined rate
    # [FACTS]: Jan-Mar (FY2025, nursing 1.59 %): 410,000 x 11.50 % / 2 = 23,575 -> nursing
    # 23,575 - 20,315 = 3,260; Apr (FY2026, 1.62 %): 410,000 x 11.47 % / 2 = 23,513.5 -> 23,513,
    # nursing 3,321; May-Dec the same 3,321 (the levy is added after nursing care).
    # nursing = 3 x 3,260 + 9 x 3,321 = 9,780 + 29,889 = 39,669.
    result = jp.annual(400_000, year=2026, age=45)
    assert result.nursing_care == 39_669
    assert jp.annual(400_000, year=2026, age=39).nursing_care == 0


def test_same_month_deduction_uses_the_pay_months_premiums() -> None:
    # deduction_lag_months=0: January pay deducts the January premium (FY2025 rate, 20,315);
    # April pay the April premium, which has the support levy (472). So 8 months get the levy
    # with lag 1 (May-Dec) and 9 with lag 0 (Apr-Dec).
    lag0 = jp.annual(400_000, year=2026, deduction_lag_months=0)
    lag1 = jp.annual(400_000, year=2026)
    assert lag0.child_support == 9 * 472
    assert lag1.child_support == 8 * 472
    # The FY2026 health rate starts with the March premium: 10 months at 20,192 with lag 0
    # (Mar-Dec), 9 with lag 1 (Apr-Dec).
    assert lag0.health == 2 * 20_315 + 10 * 20_192
    assert lag1.health == 3 * 20_315 + 9 * 20_192
    with pytest.raises(InvalidInput, match="deduction_lag_months"):
        jp.annual(400_000, year=2026, deduction_lag_months=2)


# ---------------------------------------------------------------------------------------------
# First job: no salary last year, so no resident tax this year.


def test_first_job_pays_no_resident_tax(year_2026: jp.AnnualNet) -> None:
    first = jp.annual(400_000, year=2026, bonus=800_000, first_job=True)
    assert first.resident_tax == 0
    assert (first.monthly["resident_tax"] == 0).all()
    # Everything else is the same year: net is higher by exactly the resident tax.
    assert first.income_tax == year_2026.income_tax
    assert first.net == year_2026.net + HAND_2026["resident_tax"]


def test_prior_year_salary_sets_the_resident_tax_base() -> None:
    # FY2025 and FY2026 levies on a 3,000,000 salary with 450,000 of social insurance:
    # FY2025 (2024 rules): employment income A = 750,000 x 2.8 - 80,000 = 2,020,000;
    # taxable 2,020,000 - 450,000 - 430,000 = 1,140,000; 6 % = 68,400 - 1,500 = 66,900;
    # 4 % = 45,600 - 1,000 = 44,600; + 5,000 = 116,500 (taxable <= 2M: credit 5 % of the
    # 50,000 difference). FY2026 the same (2025 income rules equal above 1.9M): 116,500.
    # 116,500 / 12 = 9,708 -> 9,700; June 116,500 - 11 x 9,700 = 9,800.
    # Paid in 2026: 5 x 9,700 + 9,800 + 6 x 9,700 = 116,500.
    result = jp.annual(
        400_000, year=2026, prior_year_salary=3_000_000, prior_year_social_insurance=450_000
    )
    assert result.resident_tax == 116_500
    months = result.monthly.set_index("month")
    assert months.loc[6, "resident_tax"].max() == 9_800


# ---------------------------------------------------------------------------------------------
# Commuting allowance: counts for social insurance, taxable only above 150,000 a month.


def _with_commuting(amount: int) -> CompensationPackage:
    return CompensationPackage(
        base=Money(300_000, "JPY", "monthly"),
        allowances=(Allowance.commuting_allowance(Money(amount, "JPY", "monthly")),),
    )


def test_commuting_below_the_limit_is_untaxed_but_insured() -> None:
    # 2025, 300,000 + commuting 20,000: remuneration 320,000 -> standard 320,000 (310-330k).
    # Health Jan-Mar (FY2024 9.98 %): 320,000 x 9.98 % / 2 = 15,968; Apr-Dec (FY2025 9.91 %):
    # 15,856. health = 3 x 15,968 + 9 x 15,856 = 47,904 + 142,704 = 190,608.
    # Pension 320,000 x 9.15 % = 29,280 x 12 = 351,360.
    # Employment on 320,000: Jan-Mar FY2024 6 per mille = 1,920; Apr-Dec 5.5 = 1,760:
    # 3 x 1,920 + 9 x 1,760 = 21,600.
    # Taxable salary: the allowance is under 150,000 [NTA-2582]: 12 x 300,000 = 3,600,000.
    result = jp.annual(_with_commuting(20_000), year=2025)
    assert result.gross == 12 * 320_000
    assert result.taxable_salary == 3_600_000
    assert result.health == 190_608
    assert result.pension == 351_360
    assert result.employment == 21_600


def test_commuting_above_the_limit_is_taxed_on_the_excess() -> None:
    # 300,000 + commuting 200,000: remuneration 500,000 -> standard 500,000 (485-515k).
    # Health 500,000 x 9.98 % / 2 = 24,950 (Jan-Mar), x 9.91 % / 2 = 24,775 (Apr-Dec):
    # 3 x 24,950 + 9 x 24,775 = 297,825. Taxable: 300,000 + (200,000 - 150,000) = 350,000 a
    # month, 4,200,000 a year.
    result = jp.annual(_with_commuting(200_000), year=2025)
    assert result.taxable_salary == 4_200_000
    assert result.gross == 6_000_000
    assert result.health == 297_825
    # The same through plain amounts.
    plain = jp.annual(300_000, year=2025, commuting_allowance=200_000)
    for field in ("gross", "taxable_salary", "health", "pension", "employment", "net"):
        assert getattr(plain, field) == getattr(result, field), field


def test_package_bonuses_and_non_taxable_allowances() -> None:
    # Two months of base as bonus (June, December), a non-taxable allowance of 10,000 that
    # counts for social insurance: remuneration 410,000, taxable 400,000 a month.
    package = CompensationPackage(
        base=Money(400_000, "JPY", "monthly"),
        bonuses=(Bonus.months_of_base(2),),
        allowances=(Allowance("meal", Money(10_000, "JPY", "monthly"), taxable=False),),
    )
    result = jp.annual(package, year=2026)
    assert result.gross == 12 * 410_000 + 800_000
    assert result.taxable_salary == 12 * 400_000 + 800_000
    same = jp.annual(410_000, year=2026, bonus=800_000)
    assert result.health == same.health  # same grade (410,000) and the same bonuses


def test_package_errors() -> None:
    usd = CompensationPackage(base=Money(5_000, "USD", "monthly"))
    with pytest.raises(CurrencyMismatch):
        jp.annual(usd, year=2026)
    package = _with_commuting(0)
    with pytest.raises(InvalidInput, match="bonus"):
        jp.annual(package, year=2026, bonus=100_000)
    with pytest.raises(InvalidInput, match="commuting_allowance"):
        jp.annual(package, year=2026, commuting_allowance=10_000)


# ---------------------------------------------------------------------------------------------
# 2024: the fixed-amount cut (定額減税).


def test_2024_fixed_cut_monthly_and_year_end() -> None:
    # 2024, Tokyo, age 30, one dependant, 400,000 a month, bonuses 400,000 in June and December.
    # Withholding (denshi_10, 1 dependant): A = 400,000 - 20,500 - 37,515 - 2,400 = 339,585;
    # deduction 339,585 x 20 % + 36,667 = 104,584; B = 339,585 - 104,584 - 31,667 - 40,000
    # = 163,334; 163,334 x 10.21 % - 8,296 = 8,380.4 -> 8,380.
    # Monthly cut (月次減税) from June: 2 persons x 30,000 = 60,000 taken from June salary
    # (8,380), June bonus (27,856), July (8,380), August (8,380): 7,004 left for September,
    # which withholds 8,380 - 7,004 = 1,376.
    # Year-end adjustment: employment income 4,040,000; social insurance 842,531; taxable
    # 4,040,000 - 842,531 - 480,000 - 380,000 = 2,337,469 -> 2,337,000; 233,700 - 97,500 =
    # 136,200; less the cut 60,000 = 76,200; x 102.1 % = 77,800.2 -> 77,800.
    result = jp.annual(400_000, year=2024, bonus=800_000, dependents=1)
    assert result.social_insurance_total == 842_531
    assert result.income_tax == 77_800
    m = result.monthly
    salary = m[m["kind"] == "salary"].set_index("month")
    assert salary["withholding"].tolist() == [8_380] * 5 + [0, 0, 0, 1_376] + [8_380] * 3
    assert m[m["kind"] == "bonus"]["withholding"].tolist() == [0, 27_856]
    assert m["withholding"].sum() == result.income_tax


def test_2024_resident_tax_special_collection() -> None:
    # FY2024 levy (same case): employment income 4,040,000; taxable 4,040,000 - 842,531 -
    # 430,000 - 330,000 = 2,437,469 -> 2,437,000; 6 % = 146,220 - 1,500 = 144,720 -> 144,700;
    # 4 % = 97,480 - 1,000 = 96,480 -> 96,400; income levy 241,100 - cut 2 x 10,000 = 221,100;
    # + 5,000 = 226,100. [FY2024-CUT]: June 0, 226,100 / 11 = 20,554 -> 20,500 from August,
    # July 226,100 - 10 x 20,500 = 21,100.
    # January-May 2024 are FY2023 instalments: the FY2024 levy before the cut, 246,100 / 12
    # = 20,508 -> 20,500.
    result = jp.annual(400_000, year=2024, bonus=800_000, dependents=1)
    salary = result.monthly[result.monthly["kind"] == "salary"]
    assert salary["resident_tax"].tolist() == [20_500] * 5 + [0, 21_100] + [20_500] * 5
    assert result.resident_tax == 226_100
    # 2025: January-May are the FY2024 instalments (20,500 each, the eleven-month schedule).
    next_year = jp.annual(400_000, year=2025, bonus=800_000, dependents=1)
    salary = next_year.monthly[next_year.monthly["kind"] == "salary"]
    assert salary["resident_tax"].tolist()[:5] == [20_500] * 5


# ---------------------------------------------------------------------------------------------
# Shapes, errors


def test_batch_and_series_shapes() -> None:
    pays = pd.Series([250_000, 400_000, 900_000], index=["a", "b", "c"], name="pay")
    result = jp.annual(pays, year=2025, age=pd.Series([28, 45, 60], index=["a", "b", "c"]))
    assert isinstance(result.net, pd.Series)
    assert result.net.index.tolist() == ["a", "b", "c"]
    frame = result.monthly
    assert frame.columns[0] == "person"
    assert frame["person"].unique().tolist() == ["a", "b", "c"]
    assert frame.groupby("person")["net"].sum().tolist() == result.net.tolist()
    two_d = jp.annual(np.full((2, 3), 300_000.0), year=2026)
    assert two_d.net.shape == (2, 3)


def test_errors() -> None:
    with pytest.raises(UnsupportedRule, match="2024, 2025, 2026"):
        jp.annual(300_000, year=2027)
    with pytest.raises(InvalidInput, match=r"positions \[1, 2\]"):
        jp.annual([300_000, -1, float("nan")], year=2026)
    with pytest.raises(InvalidInput, match="pay"):
        jp.annual(float("inf"), year=2026)
    with pytest.raises(UnsupportedRule, match="did you mean 'tokyo'"):
        jp.annual(300_000, year=2026, prefecture="tokio")
    with pytest.raises(InvalidInput, match="bonus_months"):
        jp.annual(300_000, year=2026, bonus=1, bonus_months=(13,))
    with pytest.raises(InvalidInput, match="dependents"):
        jp.annual(300_000, year=2026, dependents=-1)


def test_january_bonus_counts_the_previous_fiscal_year_for_the_health_cap() -> None:
    # Bonuses of 3,000,000 in July and January (6,000,000 a year). The fiscal year holding
    # January 2026 began in April 2025: July 2025's 3,000,000 standard bonus was counted, so
    # January 2026 is charged on 5,730,000 - 3,000,000 = 2,730,000 (cap [FACTS]).
    # Health, 2026: January bonus (FY2025 9.91 %): 2,730,000 x 9.91 % / 2 = 135,271.5
    # -> 135,271; July bonus (FY2026 9.85 %, new fiscal year): 3,000,000 x 9.85 % / 2 = 147,750.
    result = jp.annual(0, year=2026, bonus=6_000_000, bonus_months=(1, 7))
    bonus = result.monthly[result.monthly["kind"] == "bonus"].set_index("month")
    assert bonus.loc[1, "health"] == 135_271
    assert bonus.loc[7, "health"] == 147_750


# ---------------------------------------------------------------------------------------------
# Household: the income tax keywords pass through annual()
#
# 2026, Tokyo, age 30, 800,000 a month and bonuses of 200,000 in June and December: salary
# 9,600,000 + 400,000 = 10,000,000.
# Social insurance (as in the 2026 hand calculation above, [FACTS] rates): health grade
# 790,000 (770,000-810,000); pension standard 650,000 (top grade).
#   Jan-Mar pay, FY2025 9.91 %: 790,000 x 9.91 % / 2 = 39,144.5 -> 39,144
#   Apr pay, FY2026 9.85 %: 790,000 x 9.85 % / 2 = 38,907.5 -> 38,907
#   May-Dec pay with the levy: 790,000 x 10.08 % / 2 = 39,816 -> health 38,907 + levy 909
#   bonuses: 200,000 x 9.85 % / 2 = 9,850; x 10.08 % / 2 = 10,080 -> levy 230
#   health = 3 x 39,144 + 9 x 38,907 + 2 x 9,850 = 487,295; levy = 8 x 909 + 2 x 230 = 7,732
#   pension = 12 x 650,000 x 9.15 % (59,475) + 2 x 200,000 x 9.15 % (18,300) = 750,300
#   employment = 3 x 4,400 (5.5 per mille) + 9 x 4,000 + 2 x 1,000 (5 per mille) = 51,200
#   social insurance = 487,295 + 7,732 + 750,300 + 51,200 = 1,296,527
# Employment income (salary above 8,500,000): 10,000,000 - 1,950,000 = 8,050,000 (2024-2026).
# Income amount adjustment deduction with a dependant under 23 (NTA No.1411):
#   (10,000,000 - 8,500,000) x 10 % = 150,000 -> total income 7,900,000.
# Income tax 2026 (basic deduction 620,000 for 6,550,000-23,500,000 of income):
#   single:      8,050,000 - 1,296,527 - 620,000 = 6,133,473 -> 6,133,000;
#                x 20 % - 427,500 = 799,100; x 102.1 % = 815,881.1 -> 815,800
#   child < 16:  7,900,000 - 1,296,527 - 620,000 = 5,983,473 -> 5,983,000;
#                769,100 x 102.1 % = 785,251.1 -> 785,200
#   child 19-22 (specific, 630,000): 5,353,473 -> 5,353,000; 643,100 -> 656,605.1 -> 656,600
# Resident tax (FY2025 and FY2026 levies on the same salary, basic deduction 430,000, credit on
# the 50,000 floor: 1,500 + 1,000, per capita 5,000):
#   single:      6,323,473 -> 6,323,000; 379,380 - 1,500 -> 377,800; 252,920 - 1,000 -> 251,900;
#                levy 629,700 + 5,000 = 634,700
#   child < 16:  6,173,000; 368,880 -> 368,800; 245,920 -> 245,900; 614,700 + 5,000 = 619,700
#   child 19-22 (specific, 450,000): 5,723,000; 341,880 -> 341,800; 227,920 -> 227,900; 574,700
# Both levies are equal, so the instalments paid in 2026 add up to one levy [LTA-321-5]
# (e.g. 634,700: 5 x 52,800 + June 53,900 + 6 x 52,800 = 634,700).
HOUSEHOLD_2026 = [
    pytest.param({}, 815_800, 634_700, id="single"),
    pytest.param({"young_dependents": 1}, 785_200, 619_700, id="child-under-16-NTA-1411"),
    pytest.param({"dependent_under_23": True}, 785_200, 619_700, id="explicit-under-23"),
    pytest.param(
        {"dependents": 1, "specific_dependents": 1}, 656_600, 574_700, id="specific-19-22"
    ),
]


@pytest.mark.parametrize(("household", "income_tax", "resident_tax"), HOUSEHOLD_2026)
def test_household_keywords_pass_through(
    household: dict[str, object], income_tax: int, resident_tax: int
) -> None:
    r = jp.annual(800_000, year=2026, bonus=400_000, **household)
    assert r.social_insurance_total == 1_296_527
    assert (r.income_tax, r.resident_tax) == (income_tax, resident_tax)
    assert r.net == 10_000_000 - 1_296_527 - income_tax - resident_tax


def test_household_defaults_keep_results_and_arrays_broadcast() -> None:
    # An explicit default household is the same as none (the 2026 hand calculation above).
    explicit = jp.annual(
        400_000,
        year=2026,
        bonus=800_000,
        specific_dependents=0,
        young_dependents=0,
        elderly_dependents=0,
        cohabiting_elderly_parents=0,
        spouse_income=0,
        dependent_under_23=None,
    )
    assert explicit.net == HAND_2026["net"]
    # Household arrays give one result per person, equal to the scalar calls.
    young = [0, 1, 0]
    many = jp.annual(800_000, year=2026, bonus=400_000, young_dependents=young)
    assert many.income_tax.tolist() == [815_800, 785_200, 815_800]
    for i, n in enumerate(young):
        assert many.net[i] == jp.annual(800_000, year=2026, bonus=400_000, young_dependents=n).net


def test_household_errors() -> None:
    with pytest.raises(InvalidInput, match="dependents"):
        jp.annual(300_000, year=2026, specific_dependents=1)  # not counted in dependents
    with pytest.raises(InvalidInput, match="young_dependents"):
        jp.annual(300_000, year=2026, young_dependents=0.5)
    with pytest.raises(InvalidInput, match="spouse_income"):
        jp.annual(300_000, year=2026, spouse=True, spouse_income=-1)
    with pytest.raises(InvalidInput, match="dependent_under_23"):
        jp.annual(300_000, year=2026, dependent_under_23=1)


def test_spouse_with_income_is_not_a_withholding_dependant() -> None:
    # 2026, 400,000 a month, no bonus: a spouse without income is a 源泉控除対象配偶者 (one
    # dependant for the monthly withholding); with 1,000,000 of income (above 950,000,
    # 所得税法第2条第1項第33号の4) they are not, so the monthly tax is the single person's.
    single = jp.annual(400_000, year=2026).monthly
    no_income = jp.annual(400_000, year=2026, spouse=True).monthly
    earning = jp.annual(400_000, year=2026, spouse=True, spouse_income=1_000_000).monthly
    salary = single["kind"] == "salary"
    assert (no_income.loc[salary, "withholding"] < single.loc[salary, "withholding"]).all()
    assert earning.loc[salary, "withholding"].tolist() == single.loc[salary, "withholding"].tolist()


# ---------------------------------------------------------------------------------------------
# Invariants

pays = st.integers(min_value=0, max_value=3_000_000)
years = st.sampled_from([2024, 2025, 2026])


@settings(max_examples=40, deadline=None)
@given(
    pay=pays,
    bonus=st.integers(0, 6_000_000),
    year=years,
    age=st.integers(18, 80),
    dependents=st.integers(0, 3),
    spouse=st.booleans(),
)
def test_net_at_most_gross_and_components_non_negative(
    pay: int, bonus: int, year: int, age: int, dependents: int, spouse: bool
) -> None:
    r = jp.annual(pay, year=year, bonus=bonus, age=age, dependents=dependents, spouse=spouse)
    assert r.net <= r.gross
    for value in (*r.components.values(), r.social_insurance_total, r.gross, r.taxable_salary):
        assert value >= 0
    assert r.net == r.gross - r.social_insurance_total - r.income_tax - r.resident_tax


@settings(max_examples=25, deadline=None)
@given(
    batch=st.lists(st.integers(0, 2_000_000), min_size=1, max_size=6),
    bonus=st.integers(0, 3_000_000),
    year=years,
    pick=st.integers(0, 5),
)
def test_scalar_equals_the_matching_element_of_a_batch(
    batch: list[int], bonus: int, year: int, pick: int
) -> None:
    index = pick % len(batch)
    many = jp.annual(batch, year=year, bonus=bonus)
    one = jp.annual(batch[index], year=year, bonus=bonus)
    for field in HAND_2026:
        assert getattr(many, field)[index] == getattr(one, field), field


person = st.tuples(
    st.integers(0, 1_500_000),  # monthly pay
    st.booleans(),  # spouse
    st.sampled_from([0, 480_000, 500_000, 600_000, 950_000, 1_200_000]),  # spouse income
    st.integers(0, 2),  # dependants under 16
    st.integers(0, 3_000_000),  # prior-year salary: low ones sit near the non-taxable limits
)


@settings(max_examples=25, deadline=None)
@given(people=st.lists(person, min_size=2, max_size=5), year=years, pick=st.integers(0, 4))
def test_scalar_equals_the_batch_across_household_branches(
    people: list[tuple[int, bool, int, int, int]], year: int, pick: int
) -> None:
    # The kernels skip work nobody in a batch needs (the spouse deductions, the income amount
    # adjustment deduction above 8,500,000 yen, the resident tax reduction just above the
    # non-taxable limit); a scalar call is a batch of one, so a person computed inside a batch
    # where others need that work and on their own must get the same numbers.
    pay, spouse, spouse_income, young, prior = (
        list(column) for column in zip(*people, strict=True)
    )
    many = jp.annual(
        pay,
        year=year,
        bonus=[p * 2 for p in pay],
        spouse=np.asarray(spouse),
        spouse_income=spouse_income,
        young_dependents=young,
        prior_year_salary=prior,
    )
    index = pick % len(people)
    one = jp.annual(
        pay[index],
        year=year,
        bonus=pay[index] * 2,
        spouse=spouse[index],
        spouse_income=spouse_income[index],
        young_dependents=young[index],
        prior_year_salary=prior[index],
    )
    for field in HAND_2026:
        assert getattr(many, field)[index] == getattr(one, field), field


def test_large_batch_split_over_threads_matches_scalars() -> None:
    rng = np.random.default_rng(7)
    pay = rng.integers(100_000, 1_500_000, 120_000).astype(float)
    many = jp.annual(pay, year=2026, bonus=pay * 2)
    for i in (0, 59_999, 60_000, 119_999):
        one = jp.annual(pay[i], year=2026, bonus=pay[i] * 2)
        assert many.net[i] == one.net
        assert many.income_tax[i] == one.income_tax


@settings(max_examples=40, deadline=None)
@given(pay=st.integers(150_000, 1_400_000), step=st.integers(1, 5_000))
@example(pay=540_999, step=1)
@example(pay=525_992, step=8)
def test_net_dips_only_by_a_grade_step_of_premiums(pay: int, step: int) -> None:
    # 2024, single, no bonus: no tax cliff below 18M of income, so net can fall when pay rises
    # only by the steps the law itself rounds in, plus the year's extra premiums where the
    # standard monthly amount moves up a grade (a step of at most 5,000 yen crosses at most one
    # boundary). The rounding steps, worked by hand:
    # - 所得税法別表第五 rounds a salary below 6.6M down to 4,000 yen, so one more yen of pay can
    #   add 4,000 x 80 % = 3,200 of employment income at once; taxable income is then rounded
    #   down to 1,000, so it rises by at most 4,000.
    # - income tax: 20 % (the top band below 6.6M of salary) x 4,000 x 102.1 % = 817, rounded to
    #   100 yen: at most 900.
    # - resident tax: per fiscal year 6 % x 4,000 = 240 and 4 % x 4,000 = 160, each rounded to
    #   100 yen: at most 300 + 200 = 500. Pay of 2024 carries the instalments of two fiscal
    #   years (Jan-May and Jun/Jul-Dec), and the first instalment takes the levy's remainder,
    #   so the calendar year moves by at most 2 x 500 = 1,000.
    # Together at most 1,900 (a full scan finds 1,788: 540,999 -> 541,000 a month, income tax
    # +800, resident tax +1,000, gross +12).
    low = jp.annual(pay, year=2024)
    high = jp.annual(pay + step, year=2024)
    same_grade = jp.standard_monthly(pay, premium_month="2024-06") == jp.standard_monthly(
        pay + step, premium_month="2024-06"
    )
    premium_rise = high.social_insurance_total - low.social_insurance_total
    rounding = 900 + 1_000
    if same_grade:
        assert high.net >= low.net - rounding
    else:
        assert high.net >= low.net - premium_rise - rounding
        # One grade step: the largest monthly step of health + pension between two adjacent
        # grades is at 620k -> 650k: pension 30,000 x 9.15 % = 2,745, health at most 30,000 x
        # 10.00 % / 2 = 1,500 (FY2023 Tokyo, the December 2023 premium); employment insurance
        # on the extra pay at most 5,000 x 6 per mille = 30 a month.
        assert premium_rise <= 12 * (2_745 + 1_500 + 30)


def test_tax_cliff_dip_is_law_not_a_grade_step() -> None:
    # 2026: the basic deduction falls from 1,040,000 to 670,000 when total income passes
    # 4,890,000. 554,600 a month: salary 6,655,200, employment income 6,655,200 x 0.9 -
    # 1,100,000 = 4,889,680 (within); 554,700: 6,656,400 -> 4,890,760 (past it): taxable income
    # (about 4,890,000 - 985,600 - 1,040,000 = 2,864,000, the 10 % band) rises by about 370,000:
    # +37,800 of tax (x 102.1 %), while the grade (560,000, 545-575k) stays.
    below = jp.annual(554_600, year=2026)
    above = jp.annual(554_700, year=2026)
    assert jp.standard_monthly(554_600) == jp.standard_monthly(554_700)
    assert above.income_tax - below.income_tax > 35_000
    assert above.net < below.net - 35_000


def test_overtime_multiplier_statutory_minimum() -> None:
    # 労働基準法第37条: 1.25, and 1.5 beyond 60 hours a month.
    assert jp.overtime_multiplier() == 1.25
    assert jp.overtime_multiplier(60) == 1.25
    # 70 hours: (60 x 1.25 + 10 x 1.5) / 70 = 90 / 70.
    assert jp.overtime_multiplier(70) == pytest.approx(90 / 70)
    # 20 hours covered by fixed overtime, 80 worked: 40 h at 1.25 and 20 h at 1.5 over 60 h.
    assert jp.overtime_multiplier(80, covered_hours=20) == pytest.approx((50 + 30) / 60)
    with pytest.raises(InvalidInput, match="covered_hours"):
        jp.overtime_multiplier(10, covered_hours=20)


def test_employment_insurance_rate_follows_the_wage_closing_date() -> None:
    # [FACTS] employment insurance worker share, general business: FY2025 5.5 per mille,
    # FY2026 5.0 per mille (厚生労働省 令和7年度 / 令和8年度 雇用保険料率). The new rate applies from
    # the first wage closing date on or after 1 April. Pay 400,000 in 2026, no bonus:
    # - closing in the month paid (wage_lag_months=0): Jan-Mar 400,000 x 5.5/1000 = 2,200 x 3,
    #   Apr-Dec 400,000 x 5.0/1000 = 2,000 x 9; year 6,600 + 18,000 = 24,600.
    # - paid the month after closing (wage_lag_months=1): April pay is for March, still FY2025:
    #   2,200 x 4 + 2,000 x 8 = 8,800 + 16,000 = 24,800.
    same_month = jp.annual(400_000, year=2026, bonus=0)
    in_arrears = jp.annual(400_000, year=2026, bonus=0, wage_lag_months=1)
    assert same_month.employment == 24_600
    assert in_arrears.employment == 24_800
    april = in_arrears.monthly.query("month == 4 and kind == 'salary'")
    assert april["employment"].tolist() == [2_200]


def test_wage_lag_months_is_checked() -> None:
    with pytest.raises(InvalidInput) as info:
        jp.annual(400_000, year=2026, wage_lag_months=2)
    assert info.value.field == "wage_lag_months"
