"""Scenario tests with hand-checked numbers.

Main scenario (the issue's example): a candidate wants 400,000 yen a month take-home; the offer
is 450,000 yen gross a month, nothing else (no bonus, no allowance), Tokyo, age 30, 2026 rules.
The figures below are worked out by hand from the statutory rules in
../shared/reference/jp-payroll-facts.md (sections cited); the engine is only a second look.

The take-home target is on the `net_monthly_average` basis (the year's take-home / 12); the
regular month's payslip basis (`net_monthly`) is tested with the Osaka case in test_take_home.py.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from expectgap.assess import (
    BonusExpectation,
    ConditionsSought,
    Expectations,
    Limit,
    LocationsSought,
    Offer,
    PositionSought,
    PositionSpec,
    SalaryExpectation,
    TagsSought,
    assess,
)
from expectgap.conditions import Location, WorkingConditions
from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.market import PeerGroup, SurveyTable
from expectgap.money import Money
from expectgap.package import Allowance, Bonus, CompensationPackage, FixedOvertime
from expectgap.payroll import jp

AS_OF = date(2026, 11, 1)
TOKYO = Location("JP", "tokyo", "Chiyoda")

# --- Hand calculation: 450,000 yen a month for calendar 2026 (Tokyo, age 30, single) ---------
# Social insurance (facts section 5). Standard monthly amount: 450,000 is in the 440,000 grade
# (425,000 <= pay < 455,000), for health and pension alike. Premiums are deducted the month
# after the premium month, so 2026 pay deducts the premium months Dec 2025 .. Nov 2026.
#   Health, Tokyo FY2025 9.91% (premium months Dec, Jan, Feb): 440,000 x 9.91% / 2 = 21,802 x 3
#     = 65,406
#   Health, Tokyo FY2026 9.85% (premium month March): 440,000 x 9.85% / 2 = 21,670
#   Health + child support levy 9.85% + 0.23% = 10.08%, rounded together (premium months
#     April .. November, 8 months): 440,000 x 10.08% / 2 = 22,176 x 8 = 177,408
#   Health and levy together: 65,406 + 21,670 + 177,408 = 264,484
HEALTH_AND_LEVY = 65_406 + 21_670 + 177_408
#   Pension 9.15%: 440,000 x 9.15% = 40,260 x 12 = 483,120
PENSION = 40_260 * 12
#   Employment insurance on actual pay: FY2025 5.5/1000 for January-March pay, FY2026 5/1000
#     from April: 450,000 x 0.0055 = 2,475 x 3 + 450,000 x 0.005 = 2,250 x 9 = 7,425 + 20,250
EMPLOYMENT = 2_475 * 3 + 2_250 * 9
SOCIAL = HEALTH_AND_LEVY + PENSION + EMPLOYMENT  # 775,279
# Income tax (sections 1-3), year-end adjustment:
#   salary 5,400,000; employment income by table 5: A = 5,400,000 / 4 = 1,350,000;
#   A x 3.2 - 440,000 = 3,880,000
#   basic deduction 2026 for total income <= 4.89M: 1,040,000
#   taxable = 3,880,000 - 775,279 - 1,040,000 = 2,064,721 -> 2,064,000 (to 1,000)
#   tax = 2,064,000 x 10% - 97,500 = 108,900; x 102.1% = 111,186.9 -> 111,100 (to 100)
INCOME_TAX = 111_100
# Resident tax (section 4) paid in 2026 = Jan-May of the FY2025 levy + Jun-Dec of the FY2026
# levy, both on a prior year equal to this one (the engine's default):
#   taxable = 3,880,000 - 775,279 - 430,000 = 2,674,721 -> 2,674,000
#   adjustment credit (single person, taxable > 2M): 5% of max(50,000 - 674,000, 50,000)
#     = 2,500 (1,500 municipal + 1,000 prefectural)
#   municipal 2,674,000 x 6% - 1,500 = 158,940 -> 158,900; prefectural x 4% - 1,000 = 105,960
#     -> 105,900; per capita 5,000: levy 269,800 in both fiscal years
#   instalments 22,400 x 11 + June 23,400 = 269,800 paid in 2026
RESIDENT_TAX = 158_900 + 105_900 + 5_000
NET_YEAR = 5_400_000 - SOCIAL - INCOME_TAX - RESIDENT_TAX  # 4,243,821
NET_MONTH = NET_YEAR / 12  # 353,651.75

# --- Hand calculation: the gross needed for 400,000 a month (4,800,000 a year) ---------------
# At 513,629 a month (grade 500,000: 485,000 <= pay < 515,000):
#   health 500,000 x 9.91%/2 = 24,775 x 3 + 9.85%/2 = 24,625 + 10.08%/2 = 25,200 x 8 = 300,550
#   pension 500,000 x 9.15% = 45,750 x 12 = 549,000
#   employment 513,629 x 0.0055 = 2,824.96 -> 2,825 x 3; x 0.005 = 2,568.15 -> 2,568 x 9 = 31,587
#   social insurance 881,137
#   salary 6,163,548; A = 1,540,000 (6,163,548 / 4 to 1,000); employment income
#     1,540,000 x 3.2 - 440,000 = 4,488,000; basic deduction 1,040,000
#   income tax: 4,488,000 - 881,137 - 1,040,000 = 2,566,863 -> 2,566,000; x 10% - 97,500
#     = 159,100; x 102.1% = 162,441.1 -> 162,400
#   resident tax: 4,488,000 - 881,137 - 430,000 = 3,176,863 -> 3,176,000;
#     190,560 - 1,500 -> 189,000; 127,040 - 1,000 -> 126,000; + 5,000 = 320,000
#   net = 6,163,548 - 881,137 - 162,400 - 320,000 = 4,800,011 >= 4,800,000
# At 513,628 every step above is the same (same grade, same rounded employment insurance,
# same A) except the salary, 12 yen less: net 4,799,999 < 4,800,000. So 513,629 is the gross
# needed.
GROSS_NEEDED = 513_629
NET_AT_NEEDED = 6_163_548 - 881_137 - 162_400 - 320_000


def _offer(**kwargs: object) -> Offer:
    package = CompensationPackage(base=Money(450_000, "JPY", "monthly"))
    conditions = WorkingConditions(hours_per_week=40, location=TOKYO)
    return Offer(PositionSpec("Software Engineer"), package, conditions, **kwargs)  # type: ignore[arg-type]


def _wish(walk_away: float | None = None) -> Expectations:
    salary = SalaryExpectation(400_000, basis="net_monthly_average", walk_away=walk_away)
    return Expectations(salary=salary, age=30)


def test_hand_numbers_agree_with_the_engine_as_a_second_look() -> None:
    r = jp.annual(450_000, year=2026)
    assert (r.social_insurance_total, r.income_tax, r.resident_tax, r.net) == (
        SOCIAL,
        INCOME_TAX,
        RESIDENT_TAX,
        NET_YEAR,
    )
    assert jp.annual(GROSS_NEEDED, year=2026).net == NET_AT_NEEDED == 4_800_011
    assert jp.gross_up(400_000, year=2026) == GROSS_NEEDED


def test_net_offered_gross_needed_and_gap() -> None:
    report = assess(_wish(), _offer(), year=2026, as_of=AS_OF)
    net = report.gap("net_salary")
    assert net.expected == 400_000
    assert net.offered == pytest.approx(NET_MONTH)  # 353,651.75
    assert net.difference == pytest.approx(NET_MONTH - 400_000)  # -46,348.25
    assert net.difference_pct == pytest.approx((NET_MONTH / 400_000 - 1) * 100)  # -11.59%
    assert net.direction.value == "short"
    assert net.facts["net_annual_offered"] == NET_YEAR
    assert net.facts["income_tax"] == INCOME_TAX
    assert net.facts["resident_tax"] == RESIDENT_TAX
    assert net.facts["social_insurance"] == SOCIAL
    gross = report.gap("gross_salary")
    assert gross.expected == GROSS_NEEDED  # the gross the take-home target needs
    assert gross.offered == 450_000
    assert gross.difference == 450_000 - GROSS_NEEDED  # -63,629
    # Severity in gross terms: 63,629 / 513,629 = 12.39% short: above the 5% minor threshold,
    # below the 15% blocking threshold (policy.toml) -> major.
    assert gross.difference_pct == pytest.approx(-63_629 / 513_629 * 100)
    assert net.severity.value == gross.severity.value == "major"
    assert net.stance.value == "negotiate"  # the figure the candidate stated
    assert gross.stance.value == "explain"  # its gross translation is explained


def test_negotiate_point_carries_its_evidence() -> None:
    # Market table of monthly gross pay: the offer is exactly the published median; the gross
    # needed sits between P50 and P75, log-linear: 50 + 25 ln(513,629/450,000)/ln(520,000/450,000)
    # = 50 + 25 x 0.132254 / 0.144581 = 72.87.
    market = SurveyTable.from_percentiles(
        {25: 400_000, 50: 450_000, 75: 520_000},
        currency="JPY",
        period="monthly",
        n=300,
        source="test survey",
    )
    # Peers: placed by the release (P25 450,000, P50 475,000, P75 500,000; worked out in
    # tests/market/test_peers.py), where 450,000 is exactly the released P25.
    peers = PeerGroup([v * 1_000 for v in (410, 430, 445, 460, 480, 495, 505, 520, 540, 575)])
    report = assess(_wish(), _offer(), market=market, peers=peers, year=2026, as_of=AS_OF)
    evidence = {(e.kind.value, e.subject): e for e in report.gap("net_salary").evidence}
    assert evidence[("market", "offered")].percentile == pytest.approx(50.0)
    assert evidence[("market", "expected")].percentile == pytest.approx(72.87, abs=0.01)
    assert evidence[("market", "offered")].n == 300
    assert evidence[("peers", "offered")].percentile == 25.0
    low, high = evidence[("peers", "offered")].percentile_ci or (None, None)
    assert low is not None
    assert high is not None
    assert low <= 25.0 <= high
    point = next(p for p in report.talking_points if p.topic.value == "net_salary")
    assert point.stance.value == "negotiate"
    assert point.priority == 1
    assert "¥353,652" in point.message
    assert "¥513,629" in point.message
    assert any("P50" in e and "P73" in e for e in point.evidence)
    assert any("n = 10" in e and "P25" in e for e in point.evidence)


def test_walk_away_above_the_offer_blocks() -> None:
    # The offer's take-home (353,652) is below a 380,000 walk-away, so the gross the walk-away
    # needs is above 450,000: a must-have worse than its walk-away is blocking.
    report = assess(_wish(walk_away=380_000), _offer(), year=2026, as_of=AS_OF)
    gross = report.gap("gross_salary")
    assert gross.facts["walk_away"] > 450_000
    assert report.gap("net_salary").severity.value == "blocking"
    # and the walk-away's gross really reaches 380,000 a month (engine, second look)
    assert jp.annual(gross.facts["walk_away"], year=2026).net >= 12 * 380_000


def test_zone_and_counter_offer_for_the_recruiter_only() -> None:
    # Budget 505,000 a month gross. The walk-away (340,000 take-home) is below the offer's
    # 353,652, so the zone is not empty; the target's gross, 513,629, is above the budget, so
    # the counter-offer is capped at the budget: 505,000 (a multiple of the 1,000-yen unit).
    offer = _offer(budget_ceiling=Money(505_000, "JPY", "monthly"))
    report = assess(_wish(walk_away=340_000), offer, year=2026, as_of=AS_OF)
    zone = report.zone
    assert zone is not None
    assert zone.reason.value == "capped_at_budget"
    assert zone.counter_offer == 505_000
    assert zone.counter_offer_base == 505_000
    assert zone.budget_ceiling == 505_000
    assert zone.high == 505_000
    assert zone.counter_offer_net == pytest.approx(jp.annual(505_000, year=2026).net / 12)
    point = next(p for p in report.talking_points if p.topic.value == "net_salary")
    assert "¥505,000" in point.ask
    candidate = report.for_audience("candidate")
    assert candidate.zone is None
    for locale, budget in (("en", "505,000"), ("ja", "50万5,000円")):
        assert budget not in candidate.render(locale)
        assert budget not in candidate.to_json(locale=locale)
    cand_point = next(p for p in candidate.talking_points if p.topic.value == "net_salary")
    assert "¥400,000" in cand_point.ask
    assert "¥513,629" in cand_point.ask


def test_no_zone_when_walk_away_exceeds_budget() -> None:
    # Candidate wants 500,000 monthly gross, walk-away 480,000; budget 470,000: empty zone.
    offer = _offer(budget_ceiling=Money(470_000, "JPY", "monthly"))
    wish = Expectations(salary=SalaryExpectation(500_000, basis="gross_monthly", walk_away=480_000))
    report = assess(wish, offer, year=2026, as_of=AS_OF)
    assert report.zone is not None
    assert report.zone.empty
    assert report.zone.counter_offer is None
    assert report.zone.reason.value == "no_zone"
    # 450,000 < 480,000 walk-away on a must: blocking
    assert report.gap("gross_salary").severity.value == "blocking"
    point = next(p for p in report.talking_points if p.topic.value == "gross_salary")
    assert "¥480,000" in point.ask
    assert "¥470,000" in point.ask


def test_gross_annual_basis_keeps_variable_bonus_apart() -> None:
    # Base 500,000 x 12 = 6,000,000, guaranteed bonus 2 months = 1,000,000 -> guaranteed annual
    # cash 7,000,000; a 10% target bonus at 80% payout = 6,000,000 x 10% x 80% = 480,000 is
    # variable. Against 7,200,000 sought: 200,000 short (2.78%) -> minor, even though guaranteed
    # plus variable (7,480,000) would exceed it.
    package = CompensationPackage(
        base=Money(500_000, "JPY", "monthly"),
        bonuses=(
            Bonus.months_of_base(2, guaranteed=True),
            Bonus.target(10, expected_payout_pct=80),
        ),
    )
    offer = Offer(PositionSpec(), package, WorkingConditions(location=TOKYO))
    wish = Expectations(
        salary=SalaryExpectation(7_200_000, basis="gross_annual"),
        bonus=BonusExpectation(months=3, guaranteed=True),
    )
    report = assess(wish, offer, year=2026, as_of=AS_OF)
    gross = report.gap("gross_salary")
    assert (gross.expected, gross.offered) == (7_200_000, 7_000_000)
    assert gross.facts["variable_bonus_expected"] == 480_000
    assert gross.severity.value == "minor"
    assert gross.stance.value == "explain"
    bonus = report.gap("bonus")
    # only the guaranteed 2 months count: 1 month (33.3%) short of 3 -> major (minor <= 25%)
    assert bonus.offered == 2.0
    assert bonus.facts["variable_months"] == pytest.approx(0.96)
    assert bonus.severity.value == "major"


def test_conditions_and_position_gaps() -> None:
    package = CompensationPackage(
        base=Money(400_000, "JPY", "monthly"),
        fixed_overtime=FixedOvertime(hours=30, amount=Money(80_000, "JPY", "monthly")),
        allowances=(Allowance.commuting_allowance(Money(10_000, "JPY", "monthly")),),
    )
    conditions = WorkingConditions(
        hours_per_week=40,
        overtime_hours_per_month=30,
        location=Location("JP", "osaka"),
        remote_days_per_week=0,
        paid_leave_days=10,
    )
    offer = Offer(
        PositionSpec(
            "Engineer",
            level=2,
            role_family="engineering",
            duties=("backend",),
            manages_people=False,
        ),
        package,
        conditions,
        atmosphere=("fast-paced",),
    )
    wish = Expectations(
        position=PositionSought(
            "Senior Engineer", level=4, min_level=3, role_family="engineering", duties=("backend",)
        ),
        conditions=ConditionsSought(
            hours_per_week=Limit(40),
            overtime_hours_per_month=Limit(10, walk_away=20, importance="must"),
            locations=LocationsSought((Location("JP", "tokyo"),), importance="must"),
            remote_days_per_week=Limit(2, walk_away=1),
            paid_leave_days=Limit(12),
            atmosphere=TagsSought(("quiet office",)),
        ),
    )
    report = assess(wish, offer, year=2026, as_of=AS_OF)
    severity = {g.dimension.value: g.severity.value for g in report.gaps}
    # level 2 vs 4 sought, below the minimum 3, must -> blocking
    assert severity["position"] == "blocking"
    assert report.gap("position").difference == -2
    # overtime 30 > walk-away 20 on a must -> blocking
    assert severity["overtime"] == "blocking"
    # Osaka is not Tokyo, must -> blocking
    assert severity["location"] == "blocking"
    # remote 0 < walk-away 1 on a want -> at least major; 2 days short > 1 minor -> major
    assert severity["remote_work"] == "major"
    # leave 10 vs 12: 2 days short <= 3 -> minor
    assert severity["leave"] == "minor"
    assert severity["hours"] == "none"
    # one tag sought, none offered: 100% missing > 50% -> major (atmosphere never blocks)
    assert severity["atmosphere"] == "major"
    assert report.gap("atmosphere").stance.value == "explain"  # not negotiable
    assert report.gap("location").stance.value == "explain"
    assert report.gap("overtime").stance.value == "negotiate"
    # take-home unstated: confirmed, with the Osaka rates (no prefecture note)
    assert report.gap("net_salary").stance.value == "confirm"
    assert report.gap("net_salary").facts["prefecture"] == "osaka"
    assert [n.code for n in report.notes] == ["age_assumed"]  # no age given
    assert sorted(p.priority for p in report.talking_points) == list(range(1, 11))
    # blocking points come first, musts before wants
    first = [p.topic.value for p in report.talking_points[:3]]
    assert set(first) == {"position", "overtime", "location"}


def test_us_offer_is_assessed_with_take_home_in_its_state() -> None:
    # $9,000 a month x 12 = $108,000 against $120,000 sought: 10% short -> major.
    package = CompensationPackage(base=Money(9_000, "USD", "monthly"))
    offer = Offer(
        PositionSpec("Software Developer"),
        package,
        WorkingConditions(location=Location("US", "WA")),
    )
    wish = Expectations(salary=SalaryExpectation(120_000, currency="USD"))
    report = assess(wish, offer, jurisdiction="US", year=2026, as_of=AS_OF)
    gross = report.gap("gross_salary")
    assert (gross.expected, gross.offered, gross.severity.value) == (120_000, 108_000, "major")
    # Take-home of $108,000 in Washington, 2026, single, by hand:
    # federal (108,000 - 16,100 standard deduction = 91,900 taxable; Rev. Proc. 2025-32):
    #   1,240 + 12% x 38,000 + 22% x (91,900 - 50,400) = 14,930.00
    # social security 6.2% = 6,696.00; Medicare 1.45% = 1,566.00
    # WA PFML 1.13% x 71.43% x 108,000 = 871.73; WA Cares 0.58% = 626.40 (RCW 50B.04.080)
    # net = 108,000 - 14,930 - 6,696 - 1,566 - 871.73 - 626.40 = 83,309.87
    net = report.gap("net_salary")
    assert net.offered == pytest.approx(83_309.87, abs=0.005)
    assert net.facts["federal_income_tax"] == 14_930.0
    assert net.facts["state_payroll_tax"] == pytest.approx(1_498.13, abs=0.005)
    assert net.facts["region"] == "WA"
    assert report.notes == ()
    text = report.render("en")
    assert "$108,000 a year" in text
    assert "$120,000 a year" in text
    assert "United States, 2026 rules" in text
    assert json.loads(report.to_json())["gaps"][1]["offered"] == 108_000


def test_us_offer_without_its_state_is_assessed_gross_only() -> None:
    package = CompensationPackage(base=Money(9_000, "USD", "monthly"))
    offer = Offer(PositionSpec("Software Developer"), package)
    wish = Expectations(salary=SalaryExpectation(120_000, currency="USD"))
    report = assess(wish, offer, year=2026, as_of=AS_OF)  # jurisdiction: USD -> US
    assert report.jurisdiction == "US"
    assert report.gap("net_salary").direction.value == "unstated"
    assert [n.code for n in report.notes] == ["net_needs_region"]
    assert "none applied" in report.render("en")
    net_wish = Expectations(salary=SalaryExpectation(6_000, basis="net_monthly", currency="USD"))
    with pytest.raises(InvalidInput, match=r"offer\.conditions\.location"):
        assess(net_wish, offer, year=2026)


def test_net_expectation_needs_a_payroll_engine() -> None:
    package = CompensationPackage(base=Money(9_000, "AUD", "monthly"))
    offer = Offer(PositionSpec(), package, WorkingConditions(location=Location("AU")))
    wish = Expectations(salary=SalaryExpectation(6_000, basis="net_monthly", currency="AUD"))
    with pytest.raises(UnsupportedRule, match=r"jurisdiction: 'AU \(AUD\)'.*US \(USD\)"):
        assess(wish, offer, year=2026)
    with pytest.raises(UnsupportedRule, match="jurisdiction"):
        assess(wish, offer, jurisdiction="US", year=2026)


def test_a_bonus_whose_guarantee_is_not_stated_is_said_so() -> None:
    # 「賞与 年2回 計2ヶ月」 with nothing on whether it is guaranteed: it counts at its stated
    # amount in the offer's cash (500,000 x 12 + 2 x 500,000 = 7,000,000, as 想定年収 is quoted),
    # the text says its guarantee is not stated, and a candidate who asks for a guaranteed bonus
    # is not given it (0 of 3 months) and is asked to confirm.
    package = CompensationPackage(
        base=Money(500_000, "JPY", "monthly"), bonuses=(Bonus.months_of_base(2),)
    )
    offer = Offer(PositionSpec(), package, WorkingConditions(location=TOKYO))
    assert float(package.guaranteed_annual_cash().amount) == 7_000_000
    plain = assess(Expectations(), offer, year=2026, as_of=AS_OF)
    point = next(p for p in plain.points() if p.topic.value == "bonus")
    assert (
        point.message == "The bonus offered: ¥1,000,000 whose guarantee the offer does not state."
    )
    ja = next(p for p in plain.points(locale="ja") if p.topic.value == "bonus")
    assert "（保証の有無は記載なし）" in ja.message
    assert "guaranteed" not in point.message.replace("whose guarantee", "")
    strict = assess(
        Expectations(bonus=BonusExpectation(months=3, guaranteed=True)),
        offer,
        year=2026,
        as_of=AS_OF,
    )
    assert strict.gap("bonus").offered == 0.0
    assert strict.gap("bonus").facts["unstated_guarantee_months"] == 2.0


def test_an_offer_silent_on_bonuses_does_not_say_there_is_none() -> None:
    # the package cannot tell "no bonus" from "not stated": the text says only that none is stated
    package = CompensationPackage(base=Money(500_000, "JPY", "monthly"))
    report = assess(
        Expectations(),
        Offer(PositionSpec(), package, WorkingConditions(location=TOKYO)),
        year=2026,
        as_of=AS_OF,
    )
    assert next(p for p in report.points() if p.topic.value == "bonus").message == (
        "The bonus offered: none stated."
    )
    ja = next(p for p in report.points(locale="ja") if p.topic.value == "bonus").message
    assert "記載なし" in ja
    assert "支給なし" not in ja
