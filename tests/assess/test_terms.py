"""Offer terms as recruiters read them: fixed overtime pay (固定残業代) against the law, terms the
offer does not state, severity and wording of limits, and implausible amounts.

Statutory figures used by hand below, with their sources (also in the parameter files):

* overtime premium 1.25 up to 60 hours a month, 1.5 beyond: 労働基準法 第37条第1項 and the
  政令 on premium rates (平成6年政令第5号); ``payroll/jp/params/labour.toml``;
* allowances left out of the premium base (family, commuting, separation, education, housing,
  temporary, over one month): 労働基準法施行規則 第21条;
* 36-agreement limit of 45 hours a month: 労働基準法 第36条第4項;
* average monthly scheduled hours: 40 h a week x 52 weeks / 12 = 520 / 3 = 173.33 h (the
  offer's hours), or as the offer states them (月平均所定労働時間);
* minimum wages: 令和6年度/令和7年度地域別最低賃金改定状況 (MHLW): Tokyo 1,163 yen from
  2024-10-01 and 1,226 yen from 2025-10-03, Osaka 1,114 yen from 2024-10-01 and 1,177 yen from
  2025-10-16; ``payroll/jp/params/minimum_wage.toml``;
* statutory paid leave: 10 days after 6 months of service (労働基準法 第39条第1項).
"""

from __future__ import annotations

import json
from datetime import date

import numpy as np
import pandas as pd
import pytest

import expectgap.frame
from expectgap.assess import (
    ConditionsSought,
    Expectations,
    Limit,
    Offer,
    PositionSpec,
    SalaryExpectation,
    assess,
)
from expectgap.assess.scale import PackageScale
from expectgap.assess.scenario import parse_scenario
from expectgap.conditions import Location, WorkingConditions
from expectgap.errors import InvalidInput
from expectgap.money import Money
from expectgap.package import Allowance, CompensationPackage, FixedOvertime
from expectgap.payroll.jp import fixed_overtime_included, fixed_overtime_minimum, minimum_wage

DAY = date(2026, 4, 1)


def yen(amount: float) -> Money:
    return Money(amount, "JPY", "monthly")


def _assess(wish: Expectations, offer: Offer, **options: object) -> object:
    return assess(wish, offer, year=2026, as_of=DAY, **options)  # type: ignore[arg-type]


# --- fixed overtime pay -------------------------------------------------------------------------


def _offer_a(amount: float) -> Offer:
    # base 300,000; housing 20,000 (excluded, 施行規則21条); position allowance 10,000 (counts);
    # fixed overtime for 30 h; 160 scheduled hours a month as the rules of employment state
    package = CompensationPackage(
        base=yen(300_000),
        allowances=(
            Allowance("housing", yen(20_000)),
            Allowance("position", yen(10_000)),
        ),
        fixed_overtime=FixedOvertime(30, yen(amount)),
    )
    conditions = WorkingConditions(
        scheduled_hours_per_month=160, location=Location("JP", "tokyo"), hours_per_week=37
    )
    return Offer(PositionSpec("Engineer"), package, conditions)


def test_fixed_overtime_minimum_by_hand_base_plus_amount() -> None:
    # pay that counts = 300,000 + 10,000 = 310,000; hourly rate = 310,000 / 160 = 1,937.5;
    # minimum = 30 h x 1,937.5 x 1.25 = 72,656.25, so at least 72,657 yen (rounded up);
    # an offer of 60,000 falls short by 12,657 yen
    assert float(fixed_overtime_minimum(30, 310_000, 160, on=DAY)) == 72_657
    report = _assess(Expectations(), _offer_a(60_000))
    gap = report.gap("overtime")
    assert gap.facts["fixed_overtime_pay_that_counts"] == 310_000
    assert gap.facts["fixed_overtime_minimum"] == 72_657
    assert gap.facts["fixed_overtime_shortfall"] == 12_657
    assert gap.facts["legal_issues"] == ("fixed_overtime_below_minimum",)
    assert (gap.direction.value, gap.severity.value, gap.stance.value) == (
        "short",
        "major",
        "negotiate",
    )
    en = next(p for p in report.points() if p.topic.value == "overtime")
    assert "¥12,657 below the statutory minimum of ¥72,657" in en.message
    assert "Labour Standards Act art. 37" in en.message
    assert "at least ¥72,657 a month" in en.ask
    ja = next(p for p in report.points(locale="ja") if p.topic.value == "overtime")
    assert "法定の最低額7万2,657円を1万2,657円下回っています" in ja.message
    assert "労働基準法第37条" in ja.message
    assert ja.summary == "残業時間：法定の基準を満たしていません（要調整）"
    # one yen more than the minimum is lawful: no issue, no gap
    lawful = _assess(Expectations(), _offer_a(72_657)).gap("overtime")
    assert lawful.facts["legal_issues"] == ()
    assert lawful.severity.value == "none"
    assert _assess(Expectations(), _offer_a(72_656)).gap("overtime").severity.value == "major"


def test_fixed_overtime_included_in_monthly_pay_by_hand() -> None:
    # 「月給38万円（固定残業代30時間分を含む）」 at 40 h a week (H = 520 / 3 h):
    # base + 30 x base / H x 1.25 = 380,000  =>  base = 380,000 x 520 / (520 + 112.5)
    # = 312,411.07, rounded down to 312,411; fixed overtime pay = 67,589.
    # Check: 30 x 312,411 x 3 / 520 x 1.25 = 67,588.7 <= 67,589 (lawful by one rounding).
    conditions = WorkingConditions(hours_per_week=40, location=Location("JP", "tokyo"))
    base, fixed = fixed_overtime_included(yen(380_000), 30, conditions=conditions, on=DAY)
    assert (base.amount, fixed.amount.amount) == (312_411, 67_589)
    assert fixed.included_in == yen(380_000)
    offer = Offer(PositionSpec(), CompensationPackage(base=base, fixed_overtime=fixed), conditions)
    gap = _assess(Expectations(), offer).gap("overtime")
    assert gap.facts["fixed_overtime_minimum"] == 67_589
    assert gap.facts["legal_issues"] == ()
    assert gap.stance.value == "confirm"  # ask for both amounts in writing
    text = _assess(Expectations(), offer).render("en")
    assert "at most ¥312,411 of base pay and at least ¥67,589 of fixed overtime pay" in text
    # 80 hours included: 60 h x 1.25 + 20 h x 1.5 = 105 premium hours, above the 45 h limit
    base80, fixed80 = fixed_overtime_included(yen(380_000), 80, conditions=conditions, on=DAY)
    # base = 380,000 x 520 / (520 + 315) = 236,646.1 -> 236,646
    assert (base80.amount, fixed80.amount.amount) == (236_646, 143_354)
    offer80 = Offer(PositionSpec(), CompensationPackage(base=base80, fixed_overtime=fixed80))
    gap80 = _assess(Expectations(), offer80).gap("overtime")
    assert gap80.facts["legal_issues"] == ("fixed_overtime_hours_above_limit",)
    ja = next(
        p
        for p in _assess(Expectations(), offer80).points(locale="ja")
        if p.topic == gap80.dimension
    )
    assert "36協定で定められる上限の月45時間（労働基準法第36条第4項）" in ja.message


def test_fixed_overtime_from_toml_as_offers_state_it() -> None:
    text = """
[candidate]
[offer.package]
pay_monthly_including_fixed_overtime = 380_000
[offer.package.fixed_overtime]
hours = 30
[offer.conditions]
hours_per_week = 40
location = { country = "JP", region = "tokyo" }
"""
    offer = parse_scenario(text).offer
    assert offer.package.monthly_base() == yen(312_411)
    assert offer.package.monthly_fixed_overtime() == yen(67_589)
    with pytest.raises(InvalidInput, match="fixed_overtime"):
        parse_scenario(text.replace("hours = 30\n", ""))


def test_counter_offer_keeps_fixed_overtime_lawful() -> None:
    # 30 h at H = 160 on a base of 300,000: minimum 30 x 300,000 / 160 x 1.25 = 70,312.5,
    # so 70,313 is lawful. A counter-offer moving the base moves the fixed pay in proportion:
    # at 330,000 it is 70,313 x 1.1 = 77,344.3 >= 30 x 330,000 / 160 x 1.25 = 77,343.75.
    package = CompensationPackage(base=yen(300_000), fixed_overtime=FixedOvertime(30, yen(70_313)))
    scale = PackageScale.of(package)
    assert float(scale.with_base(330_000).monthly_fixed_overtime().amount) == pytest.approx(
        77_344.3
    )
    offer = Offer(PositionSpec(), package, WorkingConditions(scheduled_hours_per_month=160))
    report = _assess(Expectations(salary=SalaryExpectation(420_000, basis="gross_monthly")), offer)
    assert report.zone is not None
    assert report.zone.counter_offer_base is not None
    counter = scale.with_base(report.zone.counter_offer_base)
    least = fixed_overtime_minimum(30, float(counter.monthly_base().amount), 160, on=DAY)
    assert float(counter.monthly_fixed_overtime().amount) >= float(least)
    assert report.zone.counter_offer is not None
    assert report.zone.counter_offer >= 420_000
    # monthly gross = base x 370,313 / 300,000: 420,000 needs base 340,253.3, rounded up to
    # 341,000 (policy: 1,000 yen); fixed overtime pay 70,313 x 341 / 300 = 79,922.4
    assert report.zone.counter_offer_base == 341_000
    ask = next(p for p in report.points() if p.topic.value == "gross_salary").ask
    assert "Fixed overtime pay moves with the base to ¥79,922 for 30 h" in ask
    assert "stays at or above the statutory minimum" in ask
    ja = next(p for p in report.points(locale="ja") if p.topic.value == "gross_salary").ask
    assert "固定残業代も基本給に合わせて7万9,922円（30時間分）に引き上げ" in ja


def test_scheduled_hours_from_the_days_off_a_year() -> None:
    # 労働基準法施行規則第19条: monthly pay / average monthly scheduled hours, the latter
    # (365 - 年間休日) x daily hours / 12. 年間休日 125 and a 40-hour week over five days:
    # (365 - 125) x 8 / 12 = 160 h, not 40 x 52 / 12 = 173.3 h. Pay that counts 310,000
    # (base 300,000 + position allowance 10,000): minimum 30 h x 310,000 / 160 x 1.25 =
    # 72,656.25 -> 72,657; an offer of 70,000 falls short by 2,657 (at 173.3 h it would pass:
    # 30 x 310,000 / 173.33 x 1.25 = 67,067.3).
    base = _offer_a(70_000)
    offer = Offer(
        base.position,
        base.package,
        WorkingConditions(hours_per_week=40, location=Location("JP", "tokyo")),
        annual_holidays=125,
    )
    facts = _assess(Expectations(), offer).gap("overtime").facts
    assert facts["fixed_overtime_scheduled_hours"] == 160
    assert facts["fixed_overtime_minimum"] == 72_657
    assert facts["fixed_overtime_shortfall"] == 2_657
    assert facts["scheduled_hours_from_holidays"] is True
    without = Offer(base.position, base.package, offer.conditions)
    assert _assess(Expectations(), without).gap("overtime").facts["legal_issues"] == ()


def test_a_counter_offer_says_when_fixed_overtime_pay_stays_unlawful() -> None:
    # base 300,000, fixed overtime 10,000 for 30 h at 160 scheduled hours: minimum 30 x
    # 300,000 / 160 x 1.25 = 70,312.5 -> 70,313, unlawful. A gross monthly target of 380,000
    # (budget 400,000) gives a counter-offer base of 368,000 (monthly gross = base x 310 / 300:
    # 380,000 x 300 / 310 = 367,741.9, rounded up to 1,000 yen); moved with the base the fixed
    # overtime pay is 10,000 x 368 / 300 = 12,267, and the minimum there is 30 x 368,000 / 160
    # x 1.25 = 86,250.
    package = CompensationPackage(base=yen(300_000), fixed_overtime=FixedOvertime(30, yen(10_000)))
    offer = Offer(
        PositionSpec(),
        package,
        WorkingConditions(scheduled_hours_per_month=160),
        budget_ceiling=yen(400_000),
    )
    report = _assess(Expectations(salary=SalaryExpectation(380_000, basis="gross_monthly")), offer)
    assert report.zone is not None
    assert report.zone.counter_offer_base == 368_000
    ask = next(p for p in report.points() if p.topic.value == "gross_salary").ask
    assert "would be ¥12,267 for 30 h, still below the statutory minimum of ¥86,250" in ask
    ja = next(p for p in report.points(locale="ja") if p.topic.value == "gross_salary").ask
    assert "法定の最低額8万6,250円を下回る" in ja


# --- terms the offer does not state -------------------------------------------------------------

SILENT = ("hours", "overtime", "location", "remote_work", "leave")


def _silent_offer() -> Offer:
    return Offer(PositionSpec("Engineer"), CompensationPackage(base=yen(400_000)))


def test_unstated_terms_are_not_stated_in_every_output() -> None:
    wish = Expectations(
        conditions=ConditionsSought(
            hours_per_week=Limit(40, importance="must"), paid_leave_days=Limit(15)
        )
    )
    report = _assess(wish, _silent_offer())
    data = json.loads(report.to_json())
    gaps = {g["dimension"]: g for g in data["gaps"]}
    for dim in SILENT:
        assert gaps[dim]["offered"] is None, dim
        assert gaps[dim]["direction"] == "unstated", dim
        assert gaps[dim]["stance"] == "confirm", dim
        assert gaps[dim]["severity"] == "none", dim
    # the candidate's own figures stay shown
    assert gaps["hours"]["expected"] == 40
    assert gaps["leave"]["expected"] == 15
    for locale, word, ask in (
        ("en", "not stated", "State the scheduled working hours in the offer"),
        ("ja", "記載なし", "所定労働時間をオファーレターと労働条件通知書に明記してください。"),
    ):
        text = report.render(locale)
        rows = [line for line in text.splitlines() if line.startswith("| ")]
        for label in ("Working hours", "Overtime", "Place of work", "Remote work", "Paid leave"):
            if locale == "en":
                row = next(r for r in rows if r.startswith(f"| {label} |"))
                assert row.split("|")[3].strip() == word, row
        assert text.count(word) >= len(SILENT)
        points = {p.topic.value: p for p in report.points(locale=locale)}
        for dim in SILENT:
            assert points[dim].stance.value == "confirm"
        assert points["hours"].ask == ask if locale == "ja" else ask in points["hours"].ask
    en = {p.topic.value: p for p in report.points()}
    assert en["hours"].summary == "Working hours: not stated in the offer; ask for it"
    assert "The candidate seeks at most 40 h a week." in en["hours"].message
    # nothing unstated reads as an offer fact
    text = report.render("en")
    assert "The offer gives" not in text
    assert "40 h a week, within" not in text
    # paid leave: only the statutory minimum, labelled as law
    assert "at least 10 days of paid leave a year after 6 months" in en["leave"].message
    assert "statutory minimum, not a figure the company has stated" in en["leave"].message
    ja = {p.topic.value: p for p in report.points(locale="ja")}
    assert "年10日以上の年次有給休暇" in ja["leave"].message
    assert "法定の最低日数であり、企業が提示した日数ではありません" in ja["leave"].message
    assert ja["leave"].summary == "有給休暇：ご提示条件に記載がありません（確認が必要です）"
    # HTML
    html = report._repr_html_()
    assert html.count("not stated") >= len(SILENT)


def test_unstated_terms_in_frames() -> None:
    rows = pd.DataFrame({"offer_base": [400_000.0, 400_000.0], "offer_leave_days": [np.nan, 15]})
    out = expectgap.frame.assess(rows, year=2026)
    for dim in ("hours", "overtime", "remote_work"):
        assert out[f"{dim}_offered"].isna().all(), dim
        assert (out[f"{dim}_direction"] == "unstated").all(), dim
    assert np.isnan(out.loc[0, "leave_offered"])
    assert out.loc[1, "leave_offered"] == 15
    assert out.loc[0, "leave_stance"] == "confirm"
    wish, offer = expectgap.frame.models(rows.iloc[0])
    assert offer.conditions.paid_leave_days is None
    assert offer.conditions.hours_per_week is None
    for locale in ("en", "ja"):
        points = expectgap.frame.talking_points(rows, year=2026, locale=locale)
        first = points[(points["row"] == 0) & (points["topic"] == "leave")].iloc[0]
        scalar = next(
            p
            for p in assess(wish, offer, year=2026).points(locale=locale, audience="candidate")
            if p.topic.value == "leave"
        )
        assert first["message"] == scalar.message
        assert first["summary"] == scalar.summary


def test_batch_fixed_overtime_check_equals_scalar() -> None:
    rows = pd.DataFrame(
        {
            "offer_base": [300_000.0, 300_000.0],
            "offer_fixed_overtime": [10_000.0, 80_000.0],
            "offer_fixed_overtime_hours": [30.0, 30.0],
            "offer_hours_per_week": [40.0, np.nan],
        }
    )
    out = expectgap.frame.assess(rows, year=2026)
    assert out["overtime_severity"].tolist() == ["major", "none"]
    points = expectgap.frame.talking_points(rows, year=2026, locale="ja")
    for i in range(2):
        wish, offer = expectgap.frame.models(rows.iloc[i])
        scalar = next(
            p
            for p in assess(wish, offer, year=2026).points(locale="ja", audience="candidate")
            if p.topic.value == "overtime"
        )
        batch = points[(points["row"] == i) & (points["topic"] == "overtime")].iloc[0]
        assert batch["message"] == scalar.message
        assert batch["ask"] == scalar.ask


# --- severity and wording -----------------------------------------------------------------------


@pytest.mark.parametrize(("importance", "severity"), [("must", "major"), ("want", "minor")])
def test_must_limit_passed_is_at_least_major(importance: str, severity: str) -> None:
    # 30 h of overtime against a maximum of 20 h: 10 h over, minor by the policy's 10 h
    # threshold, but a must-have limit passed is at least major
    offer = Offer(
        PositionSpec(),
        CompensationPackage(base=yen(400_000)),
        WorkingConditions(hours_per_week=40, overtime_hours_per_month=30, remote_days_per_week=0),
    )
    wish = Expectations(
        conditions=ConditionsSought(
            overtime_hours_per_month=Limit(20, importance=importance),
            remote_days_per_week=Limit(1, importance=importance),
        )
    )
    report = _assess(wish, offer)
    assert report.gap("overtime").severity.value == severity
    assert report.gap("remote_work").severity.value == severity
    en = {p.topic.value: p for p in report.points()}
    assert en["overtime"].summary == f"Overtime: above the maximum sought ({severity})"
    assert en["remote_work"].summary == f"Remote work: below the minimum sought ({severity})"
    assert "short of" not in en["overtime"].summary
    ja = {p.topic.value: p for p in report.points(locale="ja")}
    assert ja["overtime"].summary.startswith("残業時間：ご希望の上限を超えています")
    # no remote work at all reads as such, never 「週0日まで」
    assert ja["remote_work"].message.startswith("リモートワークは認められておらず")
    assert "週0日" not in report.render("ja")
    assert "| 週1日 | 不可 |" in report.render("ja")
    assert en["remote_work"].message.startswith("The offer does not allow remote work")


def test_fallback_cites_market_evidence_only_when_there_is_some() -> None:
    offer = Offer(
        PositionSpec(),
        CompensationPackage(base=yen(400_000)),
        budget_ceiling=Money(430_000, "JPY", "monthly"),
    )
    wish = Expectations(salary=SalaryExpectation(450_000, basis="gross_monthly", walk_away=410_000))
    report = _assess(wish, offer)
    for locale, word in (("en", "market"), ("ja", "市場")):
        for point in report.points(locale=locale):
            assert word not in point.fallback, point.fallback
            assert word not in point.ask, point.ask


# --- plausibility and minimum wages -------------------------------------------------------------


def test_minimum_wage_by_prefecture_and_effective_day() -> None:
    # 令和7年度地域別最低賃金 (MHLW): Tokyo 1,226 yen from 2025-10-03 (1,163 before),
    # Osaka 1,177 yen from 2025-10-16 (1,114 before)
    assert minimum_wage("tokyo", date(2025, 10, 2))[:2] == (1_163, date(2024, 10, 1))
    assert minimum_wage("tokyo", date(2025, 10, 3))[:2] == (1_226, date(2025, 10, 3))
    assert minimum_wage("大阪府", date(2025, 10, 15))[0] == 1_114
    assert minimum_wage(27, date(2025, 10, 16))[0] == 1_177
    assert "令和7年度" in minimum_wage("tokyo", date(2025, 10, 3))[2]
    # 205,000 a month over 40 h a week (520 / 3 h a month) is 1,182.7 yen an hour:
    # above Tokyo's 1,163 until 2025-10-02, below its 1,226 from 2025-10-03
    offer = Offer(
        PositionSpec(),
        CompensationPackage(base=yen(205_000)),
        WorkingConditions(hours_per_week=40, location=Location("JP", "tokyo")),
    )
    assess(Expectations(), offer, year=2025, as_of=date(2025, 10, 2))
    with pytest.raises(InvalidInput, match=r"offer\.package\.base") as err:
        assess(Expectations(), offer, year=2025, as_of=date(2025, 10, 3))
    # at least 1,226 x 520 / 3 = 212,506.7 -> 212,507 yen
    assert "at least ¥212,507 a month" in str(err.value)
    assert "¥1,226 an hour from 2025-10-03" in str(err.value)


@pytest.mark.parametrize(
    ("target", "basis", "reading"),
    [
        (600, "gross_annual", "did you mean 6,000,000 a year?"),
        (35, "net_monthly", "did you mean 350,000 a month?"),
    ],
)
def test_implausible_salary_targets_name_the_sensible_reading(
    target: int, basis: str, reading: str
) -> None:
    offer = Offer(PositionSpec(), CompensationPackage(base=yen(400_000)))
    with pytest.raises(InvalidInput, match=r"salary\.target") as err:
        _assess(Expectations(salary=SalaryExpectation(target, basis=basis)), offer)
    assert reading in str(err.value)


def test_offer_stated_per_year_by_mistake() -> None:
    # 250,000 "a year" is 20,833 a month: below any minimum wage, and plausible as a month
    offer = Offer(PositionSpec(), CompensationPackage(base=Money(250_000, "JPY", "annual")))
    with pytest.raises(InvalidInput, match="did you mean 250,000 a month"):
        _assess(Expectations(), offer)


def test_new_outputs_follow_the_json_schema() -> None:
    from importlib import resources

    import jsonschema

    schema = json.loads(resources.files("expectgap.assess").joinpath("schema.json").read_text())
    for offer in (_silent_offer(), _offer_a(10_000)):
        report = _assess(Expectations(), offer)
        for audience in ("recruiter", "candidate"):
            for locale in ("en", "ja"):
                jsonschema.validate(report.to_dict(audience=audience, locale=locale), schema)


def test_frame_refuses_what_the_scalar_refuses() -> None:
    # Tokyo from 2025-10-03: 1,226 yen x 520 / 3 h = 212,507 yen a month at least for 40 h a week
    rows = pd.DataFrame(
        {
            "offer_base": [400_000.0, 150_000.0, 400_000.0],
            "offer_hours_per_week": [40.0, 40.0, 40.0],
            "salary_basis": ["gross_annual"] * 3,
            "salary_target": [5_000_000.0, 5_000_000.0, 600.0],
        }
    )
    out = expectgap.frame.assess(rows, year=2026, errors="coerce")
    assert out["error"].isna().tolist() == [True, False, False]
    assert out.loc[1, "error"].startswith("offer_base: got 150000")
    assert out.loc[2, "error"].startswith("salary_target: got 600")
    for i, field in ((1, "offer.package.base"), (2, "salary.target")):
        with pytest.raises(InvalidInput, match=field.replace(".", r"\.")):
            assess(*expectgap.frame.models(rows.iloc[i]), year=2026)
    assess(*expectgap.frame.models(rows.iloc[0]), year=2026)


def test_an_all_inclusive_offer_below_the_minimum_wage_says_how_its_base_was_found() -> None:
    # 「月給25万円（固定残業代30時間分を含む）」, 40 h a week (40 x 52 / 12 = 173.33 h), Tokyo:
    # the lawful split gives b + 30 x b / 173.33 x 1.25 = 250,000, b = 205,533.6 -> 205,533
    # and 44,467 of fixed overtime pay; 205,533 is below Tokyo's FY2025 minimum wage of
    # 1,226 x 173.33 = 212,507 a month, so the offer is refused, saying where 205,533 comes from.
    text = """
[offer.package]
pay_monthly_including_fixed_overtime = 250_000
[offer.package.fixed_overtime]
hours = 30
[offer.conditions]
hours_per_week = 40
location = { country = "JP", region = "tokyo" }
"""
    scenario = parse_scenario(text)
    with pytest.raises(InvalidInput) as caught:
        scenario.assess(year=2026, as_of=date(2026, 11, 1))
    message = str(caught.value)
    assert "¥205,533 a month (the base left of ¥250,000" in message
    assert "lawful minimum of ¥44,467" in message
    assert "at least ¥212,507 a month" in message
