"""The regular month's payslip (手取り月額) and its gross-up.

The Osaka case of issue 9: a candidate says 手取り月35万 (a regular month's payslip). The offer
below averages more than 350,000 a month over the year once its bonuses are spread in, yet its
July 2026 payslip pays 290,587, about 17% short. The payslip is worked out by hand from the
published rates.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.payroll.jp.annual import annual
from expectgap.payroll.jp.gross_up import gross_up
from expectgap.payroll.jp.payslip import payslip, regular_month

# The offer: Osaka, 2026, age 30, no dependants; 基本給 350,000 + 住宅手当 20,000 a month,
# 通勤手当 8,172 a month (a commuter pass), 賞与 年2回 (June, December) 計3ヶ月 of base pay.
BASE, HOUSING, COMMUTING, BONUS = 350_000, 20_000, 8_172, 3 * 350_000
PAY = BASE + HOUSING
OSAKA = {"year": 2026, "prefecture": "osaka", "age": 30, "commuting_allowance": COMMUTING}


def _half(standard: int, rate_percent: float) -> int:
    """Employee half of a premium, 50 sen rounded down (健康保険法施行令 / 通貨の単位法 第3条
    as applied to payroll deduction: 50銭以下切捨て, 50銭超切上げ)."""
    half = standard * rate_percent / 100 / 2
    return math.floor(half) if half - math.floor(half) <= 0.5 else math.ceil(half)


def test_osaka_july_payslip_by_hand() -> None:
    # Gross of the month: every allowance, commuting included.
    gross = PAY + COMMUTING
    assert gross == 378_172
    # 標準報酬月額: 378,172 lies in [370,000, 395,000): grade 26, 380,000 (協会けんぽ 令和8年度
    # 保険料額表; health grade 26 / pension grade 23).
    standard = 380_000
    # Health: 協会けんぽ 大阪支部 令和8年度 10.13% (from the March 2026 premium month; age 30, no
    # nursing care): 38,494 / 2.
    health = _half(standard, 10.13)
    assert health == 19_247
    # Child support levy (子ども・子育て支援金), 0.23% from the April 2026 premium month.
    child = _half(standard, 0.23)
    assert child == 437
    # Pension: 厚生年金 18.3% (fixed since September 2017): 69,540 / 2.
    pension = _half(standard, 18.3)
    assert pension == 34_770
    # Employment insurance, 令和8年度 general business, worker 5/1000 of the actual pay
    # (commuting included): 1,890.86, 50 sen rounding up.
    employment = _half(gross * 2, 0.5)
    assert employment == 1_891
    social = health + child + pension + employment
    assert social == 56_345
    # Income tax withheld, 令和8年分 電算機計算の特例 (NTA denshi_01): A = taxable pay (the
    # commuting allowance is below the 150,000 non-taxable limit) less social insurance.
    a = PAY - social
    assert a == 313_655
    employment_deduction = math.ceil(a * 0.20 + 36_667)  # 第1表, 300,000 <= A < 550,000
    basic = 48_334  # 第3表, A <= 2,120,833
    b = a - employment_deduction - basic
    assert b == 165_923
    tax = round((b * 0.1021 - 8_296) / 10) * 10  # 第4表, 162,500 < B <= 275,000; 10円未満四捨五入
    assert tax == 8_640
    # Resident tax: the FY2026 levy on the previous year's salary (taken as this package's:
    # 12 x 370,000 + 1,050,000 = 5,490,000, social insurance of the year 831,300).
    salary = 12 * PAY + BONUS
    income = (salary // 4_000 * 4_000) * 80 // 100 - 440_000  # 給与所得 (所得税法別表第五)
    assert income == 3_950_400
    year_social = 831_300  # 12 monthly premiums + two bonus premiums; the annual engine's figure
    taxable = (income - year_social - 430_000) // 1_000 * 1_000  # 基礎控除 43万 (住民税)
    assert taxable == 2_689_000
    # 調整控除: taxable above 2,000,000: max((50,000 - excess) x 5%, 2,500) = 2,500, split 2% / 3%.
    prefectural = (taxable * 4 // 100 - 1_000) // 100 * 100
    municipal = (taxable * 6 // 100 - 1_500) // 100 * 100
    levy = prefectural + municipal + 1_000 + 3_000 + 1_000  # 均等割 + 森林環境税
    assert levy == 271_300
    # July is a regular instalment: levy / 12 rounded down to 100 (fractions go to June).
    resident = levy // 12 // 100 * 100
    assert resident == 22_600
    net = gross - social - tax - resident
    assert net == 290_587

    slip = payslip(PAY, bonus=BONUS, **OSAKA)
    assert slip.month == regular_month(2026) == 7
    assert (slip.gross, slip.health, slip.nursing_care, slip.child_support) == (
        gross,
        health,
        0,
        child,
    )
    assert (slip.pension, slip.employment, slip.income_tax, slip.resident_tax) == (
        pension,
        employment,
        tax,
        resident,
    )
    assert slip.net == net
    # The year's take-home / 12 says otherwise: the bonuses are spread into it.
    year = annual(PAY, bonus=BONUS, **OSAKA)
    assert year.social_insurance_total == year_social
    assert year.net / 12 > 350_000 > slip.net
    assert (350_000 - slip.net) / 350_000 == pytest.approx(0.17, abs=0.005)


def test_osaka_gross_up_of_the_payslip() -> None:
    k = BONUS / PAY
    needed = gross_up(350_000, period="payslip", bonus_months_of_pay=k, **OSAKA)
    assert payslip(needed, bonus=needed * k, **OSAKA).net >= 350_000
    assert payslip(needed - 1, bonus=(needed - 1) * k, **OSAKA).net < 350_000
    # The payslip needs far more than the annual average does.
    assert needed > gross_up(350_000, period="month", bonus_months_of_pay=k, **OSAKA) + 50_000
    # The offer's own payslip is grossed up to at most its pay.
    assert gross_up(290_587, period="payslip", bonus_months_of_pay=k, **OSAKA) <= PAY


def test_payslip_is_the_salary_row_of_the_year() -> None:
    rows = annual(PAY, bonus=BONUS, **OSAKA).monthly
    for month in (1, 7, 12):
        row = rows[(rows["kind"] == "salary") & (rows["month"] == month)].iloc[0]
        assert payslip(PAY, bonus=BONUS, month=month, **OSAKA).net == row["net"]


def test_bad_month() -> None:
    with pytest.raises(InvalidInput, match="month"):
        payslip(300_000, year=2026, month=0)


@pytest.mark.parametrize("year", ["2026", True, 2.5])
def test_bad_year_is_refused_before_the_month_is_chosen(year: object) -> None:
    # The regular month is read off the year's collection rules: the year is checked first,
    # so that a string or a flag gets the year's error, not a raw TypeError or a date's.
    with pytest.raises(UnsupportedRule, match=r"year.*supported: 2024, 2025, 2026"):
        payslip(300_000, year=year)  # type: ignore[arg-type]


_BASES = st.sampled_from(["month", "year", "payslip"])


@settings(max_examples=12, deadline=None)
@given(
    basis=_BASES,
    target=st.integers(150_000, 900_000),
    months=st.sampled_from([0.0, 2.0, 4.5]),
    age=st.sampled_from([30, 45]),
)
def test_gross_up_round_trip_per_basis(basis: str, target: int, months: float, age: int) -> None:
    """net(g) >= t > net(g - 1) on each basis, with the offer's bonus structure."""
    kw = {"year": 2026, "prefecture": "osaka", "age": age}
    wanted = target * 12 if basis == "year" else target
    g = gross_up(wanted, period=basis, bonus_months_of_pay=months, **kw)

    def net(amount: int) -> float:
        if basis == "payslip":
            return float(payslip(amount, bonus=amount * months, **kw).net)
        if basis == "month":
            return annual(amount, bonus=amount * months, **kw).net / 12
        pay = amount / (12 + months)
        return float(annual(pay, bonus=amount - 12 * pay, **kw).net)

    assert net(g) >= wanted > net(g - 1)


def test_payslip_rise_slack_bounds_the_2024_fixed_cut_cliff() -> None:
    """Payslip net rises beyond the pay added by 12,000 yen at most where the FY2024 resident
    tax fixed-amount cut ends (total income 18,050,000: about 1,666,667 a month without bonus):
    the July instalment becomes levy / 12 instead of the first of 11 instalments after the cut.
    The gross-up's PAYSLIP_RISE_SLACK (its search where no ceiling is given) must exceed it,
    and the gross-up finds the first pay reaching a take-home just above the dip."""
    import numpy as np

    from expectgap.payroll.jp.gross_up import PAYSLIP_RISE_SLACK

    pay = np.arange(1_660_000, 1_672_000, dtype=float)
    net = np.asarray(payslip(pay, year=2024).net, dtype=float)
    excess = net - pay  # net less the pay added: may rise only by the slack
    rise = np.max(excess - np.minimum.accumulate(excess))
    assert 11_000 < rise < PAYSLIP_RISE_SLACK
    # and the gross-up finds the first pay reaching a take-home just above the cliff's dip
    target = float(net[np.argmax(excess - np.minimum.accumulate(excess))])
    g = gross_up(target, period="payslip", year=2024)
    assert payslip(g, year=2024).net >= target > payslip(g - 1, year=2024).net
    assert g == pay[np.argmax(net >= target)]
