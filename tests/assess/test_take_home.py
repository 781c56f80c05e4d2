"""Take-home bases, several salary targets and the rules year, through assess().

The Osaka offer of issue 9 (its payslip is worked out by hand in
tests/payroll/jp/test_payslip.py): 基本給 350,000 + 住宅手当 20,000 + 通勤手当 8,172 a month,
賞与 年2回 計3ヶ月 of base pay, Osaka, age 30, 2026 rules. Its July payslip pays 290,587 while the
year's take-home averages 364,397 a month. A candidate who says 手取り月35万 means the payslip.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest

from expectgap.assess import (
    Expectations,
    Offer,
    PositionSpec,
    SalaryExpectation,
    assess,
)
from expectgap.assess.scenario import parse_scenario
from expectgap.conditions import Location, WorkingConditions
from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.money import Money
from expectgap.package import Allowance, Bonus, CompensationPackage
from expectgap.payroll.jp.annual import annual
from expectgap.payroll.jp.payslip import payslip

PAYSLIP = 290_587  # tests/payroll/jp/test_payslip.py, by hand
YEAR_NET = annual(
    370_000, year=2026, prefecture="osaka", bonus=1_050_000, commuting_allowance=8_172
)
AS_OF = date(2026, 11, 1)
OSAKA = {"year": 2026, "prefecture": "osaka", "age": 30}


def _offer(budget: int | None = None) -> Offer:
    package = CompensationPackage(
        base=Money(350_000, "JPY", "monthly"),
        allowances=(
            Allowance("住宅手当", Money(20_000, "JPY", "monthly")),
            Allowance("通勤手当", Money(8_172, "JPY", "monthly"), taxable=False, commuting=True),
        ),
        bonuses=(Bonus.months_of_base(3),),
    )
    conditions = WorkingConditions(hours_per_week=40, location=Location("JP", "osaka"))
    ceiling = None if budget is None else Money(budget, "JPY", "monthly")
    return Offer(PositionSpec("Engineer"), package, conditions, budget_ceiling=ceiling)


def _wish(*targets: SalaryExpectation) -> Expectations:
    return Expectations(salary=list(targets), age=30)


def test_osaka_payslip_is_short_where_the_average_is_not() -> None:
    payslip = assess(_wish(SalaryExpectation(350_000, basis="net_monthly")), _offer(), year=2026)
    net = payslip.gap("net_salary")
    assert net.offered == PAYSLIP
    assert net.difference == PAYSLIP - 350_000
    assert net.direction.value == "short"
    assert net.severity.value in ("major", "blocking")
    assert net.facts["payslip_month"] == 7
    assert net.facts["net_monthly_average"] == pytest.approx(YEAR_NET.net / 12)
    assert net.facts["net_monthly_average"] > 350_000
    # The old reading (the year / 12) says there is no gap: that is net_monthly_average now.
    average = assess(
        _wish(SalaryExpectation(350_000, basis="net_monthly_average")), _offer(), year=2026
    )
    assert average.gap("net_salary").direction.value == "exceeds"
    assert average.gap("net_salary").severity.value == "none"
    # The gross the payslip needs is above the offer; the average needs less than the offer.
    assert payslip.gap("gross_salary").expected > 378_172 > average.gap("gross_salary").expected


def _osaka_at(base: int) -> CompensationPackage:
    return CompensationPackage(
        base=Money(base, "JPY", "monthly"),
        allowances=_offer().package.allowances,
        bonuses=(Bonus.months_of_base(3),),
    )


@pytest.mark.parametrize(
    ("basis", "target", "reached"),
    [
        ("net_monthly", 350_000, lambda pkg: payslip(pkg, **OSAKA).net),
        ("net_monthly_average", 400_000, lambda pkg: annual(pkg, **OSAKA).net / 12),
        ("net_annual", 4_800_000, lambda pkg: annual(pkg, **OSAKA).net),
    ],
)
def test_gross_needed_is_exact_with_allowances_and_a_bonus_in_months_of_base(
    basis: str, target: int, reached: Callable[[CompensationPackage], float]
) -> None:
    # The bonus is 3 months of *base* pay while 住宅手当 and 通勤手当 stay: at another base the
    # bonus is 3 x base, not a fixed share of the monthly pay. The base pay needed is the
    # smallest whose package reaches the target, checked on the package itself through the
    # engine, one yen of base pay below and at it.
    report = assess(_wish(SalaryExpectation(target, basis=basis)), _offer(), year=2026)
    base = int(report.gap("gross_salary").facts["base_needed"])
    assert reached(_osaka_at(base)) >= target > reached(_osaka_at(base - 1))


def test_reports_show_the_payslip_month_and_the_average_month_labelled() -> None:
    report = assess(_wish(SalaryExpectation(350_000, basis="net_monthly")), _offer(), year=2026)
    en, ja = report.render("en"), report.render("ja")
    assert "July payslip, a regular month, pays ¥290,587" in en
    assert "an average of ¥364,397 a month" in en
    assert "take-home pay of a regular month's payslip" in en
    assert "7月の給与明細" in ja
    assert "29万587円" in ja
    assert "月平均では36万4,397円" in ja
    data = json.loads(report.to_json())
    facts = next(g for g in data["gaps"] if g["dimension"] == "net_salary")["facts"]
    assert facts["net_payslip_month"] == PAYSLIP
    assert facts["basis"] == "net_monthly"
    assert data["salary_basis"] == "net_monthly"


def test_two_targets_each_with_its_row_and_the_zone_on_the_binding_one() -> None:
    # 年収600万 or 手取り月35万: the gross annual target is met by the offer's guaranteed annual
    # cash (12 x 378,172 + 1,050,000 = 5,588,064 < 6,000,000 is short, too), the payslip target
    # needs more base pay: it binds.
    wish = _wish(
        SalaryExpectation(6_000_000, basis="gross_annual"),
        SalaryExpectation(350_000, basis="net_monthly"),
    )
    report = assess(wish, _offer(budget=480_000), year=2026, as_of=AS_OF)
    gross, net = report.gap("gross_salary"), report.gap("net_salary")
    assert gross.stated
    assert net.stated
    assert gross.expected == 6_000_000
    assert net.expected == 350_000
    assert net.offered == PAYSLIP
    binding = [g for g in report.gaps if g.facts.get("binding")]
    assert len(binding) == 1
    assert binding[0].dimension.value == "net_salary"
    assert report.zone is not None
    assert report.zone.basis == "net_monthly"
    assert report.salary_basis is not None
    assert report.salary_basis.value == "net_monthly"
    # each row keeps its own severity, measured in gross pay on its own target
    assert gross.offered == 12 * 378_172 + 1_050_000  # guaranteed annual cash: 5,588,064
    # (6,000,000 - 5,588,064) / 6,000,000 = 6.9% short: above the 5% minor threshold, below
    # the 15% blocking one (policy.toml): major
    assert gross.severity.value == "major"
    assert {g.facts["target_basis"] for g in (gross, net)} == {"gross_annual", "net_monthly"}
    # the counter-offer's take-home is on the binding basis: the payslip reaches 350,000
    assert report.zone.counter_offer_net is not None
    assert report.zone.counter_offer_net >= 350_000
    text = report.render("en")
    assert "built on the candidate's target for take-home pay of a regular month's payslip" in text
    assert len(json.loads(report.to_json())["gaps"]) == 10


def test_two_take_home_targets_give_two_take_home_rows() -> None:
    wish = _wish(
        SalaryExpectation(350_000, basis="net_monthly"),
        SalaryExpectation(4_500_000, basis="net_annual"),
    )
    report = assess(wish, _offer(), year=2026)
    rows = [g for g in report.gaps if g.dimension.value == "net_salary"]
    assert [g.facts["target_basis"] for g in rows] == ["net_monthly", "net_annual"]
    assert [g.offered for g in rows] == [PAYSLIP, YEAR_NET.net]
    assert len(report.gaps) == 11
    assert len(report.points(locale="ja")) == 11


def test_one_target_per_basis() -> None:
    with pytest.raises(InvalidInput, match="one target per basis"):
        _wish(SalaryExpectation(1, basis="net_monthly"), SalaryExpectation(2, basis="net_monthly"))
    with pytest.raises(InvalidInput, match="salary"):
        Expectations(salary=[])


def test_toml_array_of_salary_tables_and_a_single_table() -> None:
    offer = """
[offer.package]
base_monthly = 350_000
"""
    two = parse_scenario(
        """
[[candidate.salary]]
basis = "gross_annual"
target = 6_000_000
[[candidate.salary]]
basis = "net_monthly"
target = 350_000
"""
        + offer
    )
    assert [t.basis.value for t in two.expectations.salaries] == ["gross_annual", "net_monthly"]
    one = parse_scenario('[candidate.salary]\nbasis = "net_monthly_average"\ntarget = 1\n' + offer)
    assert [t.basis.value for t in one.expectations.salaries] == ["net_monthly_average"]
    with pytest.raises(InvalidInput, match=r"candidate\.salary\[1\] \(salary\.basis\)"):
        parse_scenario(
            '[[candidate.salary]]\ntarget = 1\n[[candidate.salary]]\ntarget = 1\nbasis = "x"\n'
            + offer
        )


def test_a_year_after_the_rules_uses_the_latest_rules_and_says_so() -> None:
    wish = _wish(SalaryExpectation(350_000, basis="net_monthly"))
    report = assess(wish, _offer(), as_of=date(2027, 3, 1))
    assert (report.year, report.rules_year) == (2027, 2026)
    assert report.gap("net_salary").offered == PAYSLIP
    data = json.loads(report.to_json())
    assert (data["year"], data["rules_year"], data["as_of"]) == (2027, 2026, "2027-03-01")
    assert "2026 rules" in report.render("en")
    assert "No payroll rules are held for 2027 yet: the 2026 rules are used." in report.render("en")
    assert (
        "2027年の制度はまだ収録されていないため、2026年の制度で試算しています。"
        in report.render("ja")
    )
    with pytest.raises(UnsupportedRule, match="year: 2027"):
        assess(wish, _offer(), as_of=date(2027, 3, 1), strict_year=True)
    with pytest.raises(UnsupportedRule, match="year: 2023"):
        assess(wish, _offer(), year=2023)


def test_a_walk_away_not_stated_is_said_so() -> None:
    # No walk-away given: the zone takes the target as the walk-away and says so, never
    # showing the target as a walk-away the candidate stated.
    wish = _wish(SalaryExpectation(6_000_000))
    report = assess(wish, _offer(budget=480_000), year=2026)
    assert report.zone is not None
    assert report.zone.walk_away_stated is False
    assert "walk-away not stated (taken as the target)" in report.render()
    assert "下限の記載なし（希望額とみなす）" in report.render("ja")
    stated = assess(
        _wish(SalaryExpectation(6_000_000, walk_away=5_500_000)),
        _offer(budget=480_000),
        year=2026,
    )
    assert stated.zone is not None
    assert stated.zone.walk_away_stated is True
    assert "walk-away ¥5,500,000" in stated.render()


def test_two_take_home_rows_are_named_by_their_basis() -> None:
    wish = _wish(
        SalaryExpectation(350_000, basis="net_monthly"), SalaryExpectation(4_800_000, "net_annual")
    )
    report = assess(wish, _offer(), year=2026)
    assert "| Take-home pay of a regular month's payslip | ¥350,000 a month |" in report.render()
    assert "| Take-home pay a year | ¥4,800,000 a year |" in report.render()
    assert "| 手取り月額（通常月の給与明細） | 月額35万円 |" in report.render("ja")


def test_a_gross_derived_from_a_take_home_target_is_not_shown_as_sought() -> None:
    report = assess(_wish(SalaryExpectation(350_000, basis="net_monthly")), _offer(), year=2026)
    gross_row = next(line for line in report.render().splitlines() if line.startswith("| Gross"))
    assert "¥463,820 a month (needed for the target)" in gross_row
    assert "（ご希望額に必要な額）" in report.render("ja")
    take_home = next(r for r in report.render().splitlines() if r.startswith("| Take-home"))
    assert "needed for the target" not in take_home
