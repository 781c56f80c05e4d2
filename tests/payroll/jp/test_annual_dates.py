"""jp.annual with a date of birth, and with joining and leaving within the year.

References:
- [AGE] 年齢計算ニ関スル法律 with 民法第143条: an age is reached at the end of the day before the
  birthday.
- [MONTHS] 健康保険法第156条, 厚生年金保険法第19条: premiums are charged from the month in which
  the insurance is acquired to the month before the one in which it is lost.
- [NURSING] 介護保険法第9条第2号: insured (第2号被保険者) from reaching 40 to 64; the premium is
  charged from the month holding the day before the 40th birthday.
- [PENSION-70] 厚生年金保険法第9条, 第14条第5号: the insurance is lost on reaching 70 (the day
  before the 70th birthday), so that month is not charged.
- [HEALTH-75] 健康保険法第35条, 第36条 with 高齢者の医療の確保に関する法律第50条, 第52条: the
  late-stage elderly system starts on the 75th birthday itself; the health insurance is lost on
  that day and its month is not charged.
- [LOSS] 健康保険法第36条, 厚生年金保険法第14条: the insurance is lost on the day after leaving
  (資格喪失日); 日本年金機構「従業員が退職・死亡したとき」: leaving on the last day of a month,
  the loss date is the 1st of the next month and the month of leaving is charged; leaving on
  another day, it is not.
- [LAST-PAY] 健康保険法第167条第1項, 厚生年金保険法第84条第1項: on leaving, the employer may
  deduct the previous month's and the month's premiums from the last pay.
- [RES-LEAVE] 地方税法第321条の5第2項: a leaver between 1 January and 30 April has the rest of
  the levy (to May) deducted from the last pay (一括徴収); a leaver from June pays the rest
  directly (普通徴収).
- [YEA] 所得税法第190条: the year-end adjustment is made with the last salary of the year for an
  employee employed then; a leaver's tax is what was withheld.
- [RATES] ../shared/reference/jp-payroll-facts.md section 5: Tokyo health 9.91 % (FY2025) and
  9.85 % (FY2026, from the March premium month), nursing care 1.62 % (FY2026), child support
  levy 0.23 % from the April 2026 premium month (rounded together with health), pension 18.3 %,
  employment insurance (general) 5.5 / 5 per mille (FY2025 / FY2026); employee share one half,
  a fraction of 0.50 yen or less dropped.

Every case: 2026, Tokyo, regular monthly pay 400,000 (standard monthly amount 410,000), bonuses
of 400,000 in June and December (standard bonus 400,000), 翌月徴収 (premium month = pay month -
1). Per month at 410,000: health 410,000 x 9.85 % / 2 = 20,192.5 -> 20,192 (FY2025: x 9.91 % / 2
= 20,315.5 -> 20,315); health + nursing x 11.47 % / 2 = 23,513.5 -> 23,513, so nursing 3,321;
health + levy x 10.08 % / 2 = 20,664 -> levy 472; pension x 18.3 % / 2 = 37,515. Per bonus of
400,000: health 19,700, nursing 22,940 - 19,700 = 3,240, levy 20,160 - 19,700 = 460, pension
36,600, employment 2,000.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap.errors import InvalidInput
from expectgap.payroll import jp
from expectgap.payroll.jp.annual import net_ceiling

YEAR = 2026
PAY = 400_000
BONUS = 800_000
KW = {"year": YEAR, "bonus": BONUS}
COMPONENTS = ("health", "nursing_care", "child_support", "pension", "employment")


def _fields(result: jp.AnnualNet) -> dict[str, int]:
    return {name: getattr(result, name) for name in (*COMPONENTS, "gross", "income_tax", "net")}


# ---------------------------------------------------------------------------------------------
# Date of birth


def test_nursing_care_from_the_month_of_the_day_before_the_40th_birthday() -> None:
    # [AGE], [NURSING]. Born 1986-05-01: 40 is reached on 2026-04-30, so nursing care is charged
    # from the April premium month (deducted from May pay): premium months April-November in
    # May-December pay, 8 x 3,321 = 26,568, and both bonuses (June, December) 2 x 3,240 = 6,480:
    # 33,048. Born 1986-05-02: 40 is reached on 2026-05-01: from May, 7 x 3,321 + 6,480 = 29,727.
    first = jp.annual(PAY, birth_date="1986-05-01", **KW)
    second = jp.annual(PAY, birth_date="1986-05-02", **KW)
    assert (first.nursing_care, second.nursing_care) == (33_048, 29_727)
    # Everything else as at 39 for the whole year (the levy split is the same with nursing).
    at_39 = jp.annual(PAY, age=39, **KW)
    for result in (first, second):
        for name in ("health", "child_support", "pension", "employment"):
            assert getattr(result, name) == getattr(at_39, name)
    # The May payslip deducts the April premium: nursing care for the first only.
    may = [
        jp.payslip(PAY, month=5, birth_date=b, **KW).nursing_care
        for b in ("1986-05-01", "1986-05-02")
    ]
    assert may == [3_321, 0]


def test_pension_ends_with_the_month_before_reaching_70() -> None:
    # [AGE], [PENSION-70]. Born 1956-06-01: 70 is reached on 2026-05-31, so May is not charged:
    # premium months December 2025 - April 2026, 5 x 37,515 = 187,575 (no bonus premium in June).
    # Born 1956-06-02: 70 is reached on 2026-06-01: May is charged, 6 x 37,515 = 225,090.
    assert jp.annual(PAY, birth_date="1956-06-01", **KW).pension == 187_575
    assert jp.annual(PAY, birth_date="1956-06-02", **KW).pension == 225_090


def test_health_insurance_ends_on_the_75th_birthday_itself() -> None:
    # [HEALTH-75]. Born 1951-06-01: the 75th birthday is 2026-06-01 (not the day before, as for
    # the other ages): May is still charged, June is not. Premium months December 2025 -
    # February 2026 at 9.91 %: 3 x 20,315 = 60,945; March-May at 9.85 %: 3 x 20,192 = 60,576;
    # health 121,521; the levy for April and May: 2 x 472 = 944; no bonus premium (June and
    # December are not insured months); no pension (over 70) nor nursing care (over 65).
    r = jp.annual(PAY, birth_date="1951-06-01", **KW)
    assert (r.health, r.child_support, r.pension, r.nursing_care) == (121_521, 944, 0, 0)
    # Employment insurance on every wage: Jan-Mar 3 x 2,200 (5.5 per mille), Apr-Dec 9 x 2,000,
    # bonuses 2 x 2,000: 28,600.
    assert r.employment == 28_600
    # Born 1951-07-01: June is charged too, with the June bonus: health + 20,192 + 19,700.
    later = jp.annual(PAY, birth_date="1951-07-01", **KW)
    assert later.health == 121_521 + 20_192 + 19_700


def _independent(pay: float, bonus: float, born: str, *, lag: int = 1) -> dict[str, int]:
    """The year's premiums from jp.social_insurance per premium month and
    jp.bonus_social_insurance per bonus (the bonuses are below the health cap)."""
    total = dict.fromkeys(COMPONENTS, 0)
    for number in range(1, 13):
        premium = date(YEAR, number, 1) - timedelta(days=1) if lag else date(YEAR, number, 1)
        si = jp.social_insurance(
            pay,
            premium_month=premium.replace(day=1),
            birth_date=born,
            employment_month=date(YEAR, number, 1),
        )
        for name in COMPONENTS:
            total[name] += getattr(si, name)
    for month in (6, 12):
        b = jp.bonus_social_insurance(
            bonus / 2, premium_month=date(YEAR, month, 1), birth_date=born
        )
        for name in COMPONENTS:
            total[name] += getattr(b, name)
    return total


@settings(max_examples=25, deadline=None)
@given(
    born=st.dates(min_value=date(1940, 1, 1), max_value=date(2004, 12, 31)),
    pay=st.integers(100_000, 1_500_000),
    bonus=st.sampled_from([0, 600_000, 1_000_000]),
    lag=st.sampled_from([0, 1]),
)
def test_premiums_are_the_sum_of_the_months(born: date, pay: int, bonus: int, lag: int) -> None:
    """The year's premiums by component equal jp.social_insurance summed over the premium
    months deducted in the year (an independent path through the public month functions)."""
    r = jp.annual(pay, year=YEAR, bonus=bonus, birth_date=born, deduction_lag_months=lag)
    assert {name: getattr(r, name) for name in COMPONENTS} == _independent(
        pay, bonus, born.isoformat(), lag=lag
    )


# Ages whose neighbours (two years either side) share its insurance categories.
_STABLE_AGES = [*range(20, 38), *range(42, 63), 67, 72, *range(77, 100)]


@settings(max_examples=30, deadline=None)
@given(
    age=st.sampled_from(_STABLE_AGES),
    day=st.integers(0, 729),
    pay=st.integers(80_000, 2_000_000),
    bonus=st.integers(0, 3_000_000),
)
def test_a_date_of_birth_within_one_age_band_is_that_age(
    age: int, day: int, pay: int, bonus: int
) -> None:
    # Born in the two years that make the employee age - 2 to age + 2 over the premium months
    # (December of last year to the December bonus; the age of a month is that on the next
    # month's first day): the same categories all year as the age itself.
    born = date(YEAR - age - 1, 1, 1) + timedelta(days=day)
    assert _fields(jp.annual(pay, year=YEAR, bonus=bonus, birth_date=born)) == _fields(
        jp.annual(pay, year=YEAR, bonus=bonus, age=age)
    )


def test_batch_equals_scalars_with_dates() -> None:
    births = ["1986-05-01", "1951-06-01", "1990-12-31", "1956-06-02"]
    joined = ["2025-03-01", "2026-04-15", "2026-01-01", "2024-01-01"]
    left = ["2026-10-31", "2026-12-31", "2026-03-15", "2026-07-20"]
    pays = [400_000, 250_000, 1_000_000, 320_000]
    batch = jp.annual(pays, birth_date=births, joined=joined, left=left, **KW)
    for i in range(4):
        one = jp.annual(pays[i], birth_date=births[i], joined=joined[i], left=left[i], **KW)
        assert {k: int(v[i]) for k, v in _fields(batch).items()} == _fields(one)
    monthly = batch.monthly
    assert monthly.groupby("person")["net"].sum().tolist() == batch.net.tolist()
    assert monthly.groupby("person")["withholding"].sum().tolist() == batch.income_tax.tolist()


_DAYS = st.dates(min_value=date(YEAR - 1, 6, 1), max_value=date(YEAR + 1, 3, 31))


@settings(max_examples=15, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.dates(min_value=date(1945, 1, 1), max_value=date(2004, 12, 31)),
            _DAYS,
            _DAYS,
            st.integers(100_000, 1_200_000),
        ).filter(lambda r: r[1] <= r[2] and r[1].year <= YEAR <= r[2].year),
        min_size=2,
        max_size=4,
    ),
    bonus_months=st.sampled_from([(6, 12), (3, 7, 12), (1,)]),
)
def test_batch_equals_scalars_for_any_dates(
    rows: list[tuple[date, date, date, int]], bonus_months: tuple[int, ...]
) -> None:
    births, joined, left, pays = (list(column) for column in zip(*rows, strict=True))
    kw = {"year": YEAR, "bonus": BONUS, "bonus_months": bonus_months}
    batch = jp.annual(pays, birth_date=births, joined=joined, left=left, **kw)
    for i, (born, start, end, pay) in enumerate(rows):
        one = jp.annual(pay, birth_date=born, joined=start, left=end, **kw)
        assert {k: int(v[i]) for k, v in _fields(batch).items()} == _fields(one)


def test_series_of_dates_lends_its_index() -> None:
    births = pd.Series(pd.to_datetime(["1986-05-01", "1986-05-02"]), index=["a", "b"])
    r = jp.annual(PAY, birth_date=births, **KW)
    assert r.nursing_care.to_dict() == {"a": 33_048, "b": 29_727}


# ---------------------------------------------------------------------------------------------
# Joining and leaving


def test_joining_in_april() -> None:
    # Joined 2026-04-15 [MONTHS]: April is charged whatever the day; pay April-December.
    # Premium months April-November deducted from May-December pay: health 8 x 20,192 + 2 x
    # 19,700 = 200,936; levy 8 x 472 + 2 x 460 = 4,696; pension 8 x 37,515 + 2 x 36,600 =
    # 373,320; employment 9 x 2,000 + 2 x 2,000 = 22,000. Gross 9 x 400,000 + 800,000.
    r = jp.annual(PAY, joined="2026-04-15", **KW)
    assert (r.gross, r.health, r.child_support, r.pension, r.employment) == (
        4_400_000,
        200_936,
        4_696,
        373_320,
        22_000,
    )
    # Employed in December: the year-end adjustment settles the year's tax on this pay [YEA].
    assert r.income_tax == jp.income_tax(
        4_400_000, social_insurance=r.social_insurance_total, year=YEAR
    )
    months = r.monthly
    assert months.loc[months["kind"] == "salary", "gross"].tolist() == [0] * 3 + [PAY] * 9
    # The April pay deducts no premium (March was not charged).
    april = jp.payslip(PAY, month=4, joined="2026-04-15", **KW)
    assert (april.health, april.pension, april.employment) == (0, 0, 2_000)


def test_leaving_on_the_last_day_charges_the_month() -> None:
    # [LOSS], [LAST-PAY]. Left 2026-10-31: the loss date is 1 November, October is charged and
    # deducted with September's from the October pay: pension Dec 2025 - Oct 2026, 11 x 37,515
    # + the June bonus 36,600 = 449,265; October payslip 2 x 37,515 = 75,030.
    # Left 2026-10-30: the loss date is 31 October, October is not charged: 10 x 37,515 +
    # 36,600 = 411,750; October payslip 37,515. No December bonus (no longer employed).
    end = jp.annual(PAY, left="2026-10-31", **KW)
    before = jp.annual(PAY, left="2026-10-30", **KW)
    assert (end.pension, before.pension) == (449_265, 411_750)
    slips = [jp.payslip(PAY, month=10, left=d, **KW).pension for d in ("2026-10-31", "2026-10-30")]
    assert slips == [75_030, 37_515]
    # A month 'YYYY-MM' is its last day.
    assert jp.annual(PAY, left="2026-10", **KW).pension == end.pension
    assert end.gross == 10 * PAY + BONUS // 2
    # Not employed in December: no year-end adjustment, the tax is what was withheld [YEA].
    months = end.monthly
    assert end.income_tax == months["withholding"].sum()
    assert months.iloc[-1]["withholding"] == 0


def test_joining_and_leaving_in_the_same_month_charges_it() -> None:
    # 同月得喪 (厚生年金保険法第19条第2項): joined 2026-10-01, left 2026-10-15 (loss date 16
    # October, in the month of joining): October is charged once, from the October pay:
    # pension 37,515, health 20,192, levy 472; employment 2,000 on the October pay.
    r = jp.annual(PAY, year=YEAR, joined="2026-10-01", left="2026-10-15")
    assert (r.gross, r.pension, r.health, r.child_support, r.employment) == (
        PAY,
        37_515,
        20_192,
        472,
        2_000,
    )


def test_resident_tax_on_leaving() -> None:
    # [RES-LEAVE]. The full year's instalments: January-May 23,200 each (FY2025 levy), then the
    # FY2026 levy from June.
    full = jp.annual(PAY, **KW).monthly
    instalments = full.loc[full["kind"] == "salary", "resident_tax"].tolist()
    # Left 2026-03-31: January-March, and April and May from the March pay (一括徴収).
    march = jp.annual(PAY, left="2026-03-31", **KW)
    assert march.resident_tax == sum(instalments[:5])
    assert march.monthly.loc[2, "resident_tax"] == 3 * instalments[0]
    # Left 2026-07-31: January-July; the rest of the FY2026 levy is paid directly (普通徴収).
    assert jp.annual(PAY, left="2026-07-31", **KW).resident_tax == sum(instalments[:7])


def test_independent_months_of_a_joiner_and_leaver() -> None:
    # Joined 2026-02-10, left 2026-09-15 (loss date 16 September: September not charged):
    # premium months February-August, each deducted from the next month's pay (the last,
    # August, from the September pay); no December bonus.
    r = jp.annual(PAY, joined="2026-02-10", left="2026-09-15", birth_date="1986-05-01", **KW)
    expected = dict.fromkeys(COMPONENTS, 0)
    for number in range(2, 9):
        si = jp.social_insurance(PAY, premium_month=date(YEAR, number, 1), birth_date="1986-05-01")
        for name in COMPONENTS[:-1]:
            expected[name] += getattr(si, name)
    june = jp.bonus_social_insurance(BONUS / 2, premium_month="2026-06", birth_date="1986-05-01")
    for name in COMPONENTS[:-1]:
        expected[name] += getattr(june, name)
    # Employment insurance on the wages paid February-September and the June bonus.
    expected["employment"] = 2 * 2_200 + 6 * 2_000 + 2_000
    assert {name: getattr(r, name) for name in COMPONENTS} == expected


def test_gross_up_with_dates() -> None:
    target = 3_000_000
    g = jp.gross_up(target, period="year", year=YEAR, joined="2026-04-01")
    pay = [(amount - 0) / 12 for amount in (g, g - 1)]
    nets = [jp.annual(p, year=YEAR, joined="2026-04-01").net for p in pay]
    assert nets[0] >= target > nets[1]
    # No bound of net over a range of pay with joining or leaving (the withholding of a
    # leaver is not bounded by the year's tax): the search scans.
    assert net_ceiling((300_000, 0), (300_000, 0), year=YEAR, joined="2026-04-01") is None
    with pytest.raises(InvalidInput, match="birth_date"):
        jp.gross_up(300_000, year=YEAR, birth_date=["1986-05-01", "1990-01-01"])
    # The payslip of the regular month (July) of an employee joining in September: none.
    with pytest.raises(InvalidInput, match="regular month"):
        jp.gross_up(300_000, period="payslip", year=YEAR, joined="2026-09-01")
    slip = jp.gross_up(300_000, period="payslip", year=YEAR, joined="2026-04-01")
    kw = {"year": YEAR, "joined": "2026-04-01"}
    assert jp.payslip(slip, **kw).net >= 300_000 > jp.payslip(slip - 1, **kw).net


# ---------------------------------------------------------------------------------------------
# Bad input


@pytest.mark.parametrize(
    ("keywords", "field"),
    [
        ({"birth_date": "1986-05-01", "age": 40}, "age"),
        ({"birth_date": "1986-13-01"}, "birth_date"),
        ({"birth_date": "1986-05"}, "birth_date"),
        ({"birth_date": 19860501}, "birth_date"),
        ({"birth_date": "2026-06-01"}, "birth_date"),
        ({"birth_date": "1800-01-01"}, "birth_date"),
        ({"birth_date": "x" * 10_000}, "birth_date"),
        ({"birth_date": pd.NaT}, "birth_date"),
        ({"birth_date": ["1986-05-01", None]}, "birth_date"),
        ({"joined": "2026-04-01T09:00"}, "joined"),
        ({"joined": "2027-01-01"}, "joined"),
        ({"left": "2025-12-31"}, "left"),
        ({"joined": "2026-05-01", "left": "2026-04-30"}, "left"),
        ({"joined": "2026-04", "wage_lag_months": 1}, "wage_lag_months"),
        ({"left": ["2026-10-31", "2026-13-01"]}, "left"),
    ],
)
def test_bad_dates_are_refused(keywords: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        jp.annual(PAY, year=YEAR, **keywords)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_one_bad_row_names_its_position() -> None:
    with pytest.raises(InvalidInput, match=r"positions \[1\]"):
        jp.annual([PAY, PAY], year=YEAR, left=["2026-10-31", "2025-01-31"])
    assert np.all(jp.annual([PAY, PAY], year=YEAR, left=["2026-10-31", "2026-10-31"]).pension > 0)
