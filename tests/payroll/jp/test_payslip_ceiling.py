"""The ceiling of the payslip's net over a range of pay, and the payslip gross-up built on it.

References: jp.payslip itself (the salary row of the year's engine), evaluated at every whole
yen of each range (brute force), and the grid-and-scan search of the gross-up (the path taken
where no ceiling is given, forced here by removing it), exact by PAYSLIP_RISE_SLACK (checked in
test_payslip.py).
"""

from __future__ import annotations

import sys
from datetime import date
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap.payroll import jp
from expectgap.payroll._params import load
from expectgap.payroll.jp.annual import net_ceiling
from expectgap.payroll.jp.deductions import Deductions
from expectgap.payroll.jp.payslip import _payslip_net, payslip_ceiling
from expectgap.payroll.jp.withholding import _bonus_rate, _bonus_tables, monthly_tax_yen

YEARS = (2024, 2025, 2026)
gross_up_module = sys.modules["expectgap.payroll.jp.gross_up"]
# Lower bounds of the health insurance grades (where the premiums step up), FY2026.
GRADES = [
    int(row["lower"])
    for row in load("expectgap.payroll.jp.params", "health_insurance")["grades"].at(
        date(2026, 6, 1)
    )
]
HOUSING = Deductions(housing_loan_credit=250_000)
DECLARED = Deductions(housing_loan_credit=250_000, hometown_donation=80_000, life_general=60_000)
ONE_STOP = Deductions(disabled=1, widow=True, hometown_donation=150_000, one_stop=True)


def _households(rng: np.random.Generator, n: int) -> dict[str, Any]:
    spouse = rng.random(n) < 0.3
    return {
        "age": rng.integers(18, 76, n),
        "dependents": rng.integers(0, 4, n),
        "young_dependents": rng.integers(0, 3, n),
        "spouse": spouse,
        "spouse_income": np.where(spouse, rng.choice([0, 900_000, 1_300_000], n), 0),
    }


@st.composite
def ranges(draw: st.DrawFn) -> dict[str, Any]:
    """A range of monthly pay (some across a grade boundary), its bonus, and every keyword."""
    near = draw(st.sampled_from(GRADES[1:]))
    start = draw(
        st.one_of(
            st.integers(max(near - 3_000, 0), near),
            st.integers(0, 2_200_000),
            # salaries about the 2025-2026 basic deduction tiers and the 2024 cut's limits
            st.sampled_from([360_000, 365_000, 440_000, 553_000, 1_245_000, 1_660_000]),
        )
    )
    return {
        "year": draw(st.sampled_from(YEARS)),
        "month": draw(st.one_of(st.none(), st.integers(1, 12))),
        "start": start,
        "width": draw(st.sampled_from([1, 2, 50, 700, 3_000])),
        "months_of_pay": draw(st.sampled_from([0.0, 1.0, 2.0, 4.5])),
        "fixed_bonus": draw(st.sampled_from([0, 0, 900_000])),
        "bonus_months": draw(st.sampled_from([(6, 12), (7, 12), (6,), (1, 3), (4, 6, 12)])),
        "commuting_allowance": draw(st.sampled_from([0, 15_000, 200_000])),
        **draw(
            st.one_of(
                st.builds(lambda age: {"age": age}, st.integers(18, 75)),
                # a birthday within the year: the premium months before and after it differ
                st.builds(
                    lambda born, month: {"birth_date": f"{born}-{month:02d}-15"},
                    st.integers(1950, 2007),
                    st.integers(1, 12),
                ),
            )
        ),
        "dependents": draw(st.integers(0, 3)),
        "young_dependents": draw(st.integers(0, 2)),
        "spouse": draw(st.booleans()),
        "spouse_income": draw(st.sampled_from([0, 900_000, 1_300_000])),
        "prefecture": draw(st.sampled_from(["tokyo", "osaka", "hokkaido"])),
        "residence": draw(st.sampled_from([None, "yokohama"])),
        "deductions": draw(st.sampled_from([None, HOUSING, DECLARED, ONE_STOP])),
        "first_job": draw(st.booleans()),
        "deduction_lag_months": draw(st.sampled_from([0, 1])),
        "wage_lag_months": draw(st.sampled_from([0, 1])),
        "industry": draw(st.sampled_from(["general", "construction"])),
    }


@settings(max_examples=80, deadline=None)
@given(case=ranges())
def test_ceiling_bounds_every_payslip_in_the_range(case: dict[str, Any]) -> None:
    # ceiling(low, high) >= payslip(p).net for every whole yen of pay p from low to high, the
    # bonus either a number of months of p or a fixed amount.
    keywords = dict(case)
    start, width = keywords.pop("start"), keywords.pop("width")
    months, fixed = keywords.pop("months_of_pay"), keywords.pop("fixed_bonus")
    pay = start + np.arange(width + 1, dtype=np.float64)
    bonus = pay * months + fixed
    net = jp.payslip(pay, bonus=bonus, **keywords).net
    ceiling = payslip_ceiling((pay[0], bonus[0]), (pay[-1], bonus[-1]), **keywords)
    if keywords["bonus_months"] == (1, 3) or keywords["bonus_months"][0] >= 4:
        assert ceiling is not None
    if ceiling is not None:
        assert int(ceiling) >= int(net.max()), case


def test_ceiling_of_one_pay_is_its_payslip() -> None:
    # Every year and month, households, bonuses (ordinary and above ten times the previous
    # month's pay), commuting, declared deductions and a residence: the bound of a range of
    # one package is its payslip's net exactly.
    rng = np.random.default_rng(12)
    n = 600
    for year in YEARS:
        for month in (1, 5, 6, 7, 8, 12):
            pay = np.concatenate([rng.uniform(0, 2_000_000, n - 3).round(), [0, 1, 88_000]])
            bonus = pay * rng.choice([0.0, 2.0, 4.5, 12.0], n)
            keywords = {
                "year": year,
                "month": month,
                "bonus_months": (6,) if month == 7 else (6, 12),
                "commuting_allowance": 15_000,
                "deductions": DECLARED if month % 2 else None,
                "residence": "yokohama" if month % 2 else None,
                **_households(rng, n),
            }
            if month in (7, 8):  # dates of birth instead of ages (40th, 65th birthdays among them)
                keywords.pop("age")
                born = rng.integers(1955, 2000, n)
                keywords["birth_date"] = np.asarray(
                    [f"{b}-{m:02d}-10" for b, m in zip(born, rng.integers(1, 13, n), strict=True)]
                )
            net = jp.payslip(pay, bonus=bonus, **keywords).net
            ceiling = payslip_ceiling((pay, bonus), (pay, bonus), **keywords)
            assert ceiling is not None
            np.testing.assert_array_equal(ceiling, net)
            if month == jp.regular_month(year):  # the gross-up's net, on one engine
                del keywords["month"]
                np.testing.assert_array_equal(_payslip_net(pay, bonus=bonus, **keywords), net)


@pytest.mark.parametrize("year", YEARS)
def test_withholding_moves_as_the_proof_says(year: int) -> None:
    # The proof's premises on the withholding kernels: the computer method's monthly tax never
    # falls as the pay after social insurance rises (every whole yen to 1,000,000, and every
    # 7 yen to 3,000,000) and never rises with a dependant more; the bonus rate never falls as
    # the previous month's pay rises, nor rises with a dependant more.
    pay = np.concatenate([np.arange(1_000_001), np.arange(1_000_001, 3_000_000, 7)])
    tables = _bonus_tables(year)
    previous = np.arange(0, 2_000_000, 50)
    before_tax = before_rate = None
    for count in range(5):
        tax = monthly_tax_yen(pay, np.full(pay.size, count), year)
        rate = _bonus_rate(previous, np.full(previous.size, count), tables)
        assert (np.diff(tax) >= 0).all()
        assert (np.diff(rate) >= 0).all()
        if before_tax is not None and before_rate is not None:
            assert (tax <= before_tax).all()
            assert (rate <= before_rate).all()
        before_tax, before_rate = tax, rate


def test_no_ceiling_where_bonuses_share_the_cap_across_years_or_the_ratio_is_unknown() -> None:
    # A March bonus shares the health cap with last September's: premiums can fall as pay
    # rises. A prior-year salary without its social insurance scales this year's premiums by
    # the ratio of the two salaries, which is not monotone in pay.
    ends = ((300_000, 600_000), (301_000, 602_000))
    assert payslip_ceiling(*ends, year=2026, bonus_months=(3, 9)) is None
    assert payslip_ceiling(*ends, year=2026, prior_year_salary=4_000_000) is None
    both = {"prior_year_salary": 4_000_000, "prior_year_social_insurance": 600_000}
    assert payslip_ceiling(*ends, year=2026, **both) is not None


def test_levy_falls_at_the_basic_deduction_tier_with_a_housing_loan() -> None:
    # 2026, age 57, 3 dependants, one month of bonus, housing-loan credit 250,000: at monthly
    # pay 365,539 (salary 13 x 365,539 + 15,000 x 12 commuting non-taxable: 4,752,007) the
    # 2025 income's total income passes 3,360,000, where the income tax's basic deduction
    # falls from 880,000 to 680,000. The income tax's taxable income jumps by 200,000, so the
    # housing-loan credit left to the resident tax (capped at 5% of it) grows by 10,000 and the
    # FY2026 levy falls from 83,700 to 73,800: the June payslip's first instalment falls and
    # both nets rise. Both ceilings must bound the nets beyond the jump (they did not before).
    keywords = {"year": 2026, "age": 57, "dependents": 3, "commuting_allowance": 15_000}
    keywords["deductions"] = HOUSING
    pay = 365_539 + np.arange(-20, 21, dtype=np.float64)
    slip = jp.payslip(pay, bonus=pay, month=6, **keywords)
    assert slip.resident_tax[19] - slip.resident_tax[20] > 500
    bound = payslip_ceiling((pay[0], pay[0]), (pay[-1], pay[-1]), month=6, **keywords)
    assert bound is not None
    assert int(bound) >= slip.net.max()
    year = jp.annual(pay, bonus=pay, **keywords)
    assert year.resident_tax[19] - year.resident_tax[20] > 5_000
    bound = net_ceiling((pay[0], pay[0]), (pay[-1], pay[-1]), **keywords)
    assert bound is not None
    assert int(bound) >= year.net.max()


def test_levy_falls_where_the_one_stop_credit_jumps() -> None:
    # 2025, Okinawa (Kobe residence), age 19, 3 dependants (one elderly, one under 16) and a
    # spouse, bonus 4.5 months in July and December, commuting 160,000; a disabled widow who
    # donated 150,000 with the one-stop exception. The special credit is capped at 20% of the
    # income levy; where the income tax bracket of the special rate's base rises (the rate
    # falls from 69.58% to 66.517% while the one-stop numerator rises from 20.42% to
    # 23.483%), the one-stop credit (special x numerator / rate) jumps: the FY2025 levy falls
    # by 11,700 as salary rises by 16 yen. Both ceilings must bound the nets beyond the jump
    # (they did not before).
    keywords = {
        "year": 2025,
        "age": 19,
        "dependents": 3,
        "elderly_dependents": 1,
        "young_dependents": 1,
        "spouse": True,
        "commuting_allowance": 160_000,
        "industry": "construction",
        "residence": "kobe",
        "prefecture": "okinawa",
        "bonus_months": (7, 12),
        "deductions": ONE_STOP,
    }
    pay = 551_574 + np.arange(2_001, dtype=np.float64)
    year = jp.annual(pay, bonus=pay * 4.5, **keywords)
    assert np.diff(np.asarray(year.resident_tax)).min() < -10_000
    ends = ((pay[0], pay[0] * 4.5), (pay[-1], pay[-1] * 4.5))
    bound = net_ceiling(*ends, **keywords)
    assert bound is not None
    assert int(bound) >= year.net.max()
    slip = jp.payslip(pay, bonus=pay * 4.5, month=6, **keywords)
    bound = payslip_ceiling(*ends, month=6, **keywords)
    assert bound is not None
    assert int(bound) >= slip.net.max()


def test_social_insurance_falls_by_a_yen_where_bonuses_share_the_health_cap() -> None:
    # 2025, Osaka, health rate 9.5%, bonus of 8 months in January and March (one fiscal year,
    # the one that began the April before): the two bonuses of about 2,940,000 pass the
    # health cap of 5,730,000 together, so March's health base is the room January leaves.
    # At pay 735,249 -> 735,250 January's standard bonus rises by 1,000 and March's room falls
    # by as much; each bonus's premium is rounded on its own, and the year's social insurance
    # falls by a yen. The ceiling allows a yen a bonus for it.
    keywords = {"year": 2025, "prefecture": "osaka", "bonus_months": (1, 3), "health_rate": 0.095}
    pay = np.asarray([735_249.0, 735_250.0])
    year = jp.annual(pay, bonus=8 * pay, **keywords)
    assert year.social_insurance_total[0] - year.social_insurance_total[1] == 1
    bound = net_ceiling((pay[0], 8 * pay[0]), (pay[1], 8 * pay[1]), **keywords)
    assert bound is not None
    assert int(bound) >= year.net.max()


@settings(max_examples=40, deadline=None)
@given(
    target=st.integers(0, 1_200_000),
    year=st.sampled_from(YEARS),
    months=st.sampled_from([0.0, 2.0, 4.5]),
    age=st.integers(20, 70),
    dependents=st.integers(0, 3),
    commuting=st.sampled_from([0, 12_000]),
    deductions=st.sampled_from([None, DECLARED, ONE_STOP]),
)
def test_payslip_round_trip(
    target: int,
    year: int,
    months: float,
    age: int,
    dependents: int,
    commuting: int,
    deductions: Deductions | None,
) -> None:
    keywords = {
        "year": year,
        "age": age,
        "dependents": dependents,
        "commuting_allowance": commuting,
        "deductions": deductions,
    }
    g = jp.gross_up(target, period="payslip", bonus_months_of_pay=months, **keywords)
    amounts = np.asarray([g, max(g - 1, 0)], dtype=np.float64)
    net = jp.payslip(amounts, bonus=amounts * months, **keywords).net
    assert net[0] >= target
    assert g == 0 or net[1] < target


def _without_ceiling(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gross_up_module, "ceiling_given", lambda *args, **kwargs: False)


@pytest.mark.parametrize("year", YEARS)
def test_branch_and_bound_equals_the_scan_payslip(
    year: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A random sample of targets with a household each (and a few at the ends of the range),
    # searched by the branch and bound and by the grid-and-scan search: the same pay.
    rng = np.random.default_rng(600 + year)
    n = 24
    targets = np.concatenate([rng.uniform(0, 1_000_000, n - 3).round(), [0, 60_000, 1_300_000]])
    options = {
        "year": year,
        "period": "payslip",
        "bonus_months_of_pay": rng.choice([0.0, 1.0, 2.0, 4.0], n),
        "commuting_allowance": 10_000,
        **_households(rng, n),
        **({"deductions": DECLARED, "residence": "yokohama"} if year == 2025 else {}),
        # a bonus of 2 months of a base 60,000 below the pay (months x pay + offset)
        **({"bonus_offset": -120_000} if year == 2026 else {}),
    }
    if year == 2024:  # one date of birth for all: 40 in August 2024
        options.pop("age")
        options["birth_date"] = "1984-08-20"
    fast = jp.gross_up(targets, **options)
    _without_ceiling(monkeypatch)
    np.testing.assert_array_equal(fast, jp.gross_up(targets, **options))


def test_every_payslip_result_is_the_first_reaching_its_target() -> None:
    # 1,500 targets with a household each, random and equal to a payslip's net (and one yen
    # above): net(g) >= target > net(g - 1), in each year.
    for year in YEARS:
        rng = np.random.default_rng(700 + year)
        n = 500
        house = _households(rng, n)
        months = rng.choice([0.0, 1.0, 3.0], n)
        pay = rng.uniform(60_000, 1_500_000, n).round()
        nets = np.asarray(jp.payslip(pay, year=year, bonus=pay * months, **house).net)
        targets = np.concatenate([rng.uniform(0, 1_000_000, n // 2).round(), nets])[:n]
        targets[n // 2 + 1 :: 2] += 1
        got = jp.gross_up(
            targets, year=year, period="payslip", bonus_months_of_pay=months, **house
        ).astype(np.float64)
        reached = jp.payslip(got, year=year, bonus=got * months, **house).net
        before = np.maximum(got - 1, 0)
        short = jp.payslip(before, year=year, bonus=before * months, **house).net
        assert (reached >= targets).all()
        assert (short[got > 0] < targets[got > 0]).all()
