"""compare_offers worked by hand: the two US offers of issue 13 and a Japanese pair."""

from __future__ import annotations

import json
from datetime import date
from fractions import Fraction
from importlib import resources

import jsonschema
import pytest

from expectgap import compare_offers
from expectgap.assess import Expectations, Offer, PositionSpec
from expectgap.conditions import Location, WorkingConditions
from expectgap.errors import CurrencyMismatch, InvalidInput
from expectgap.market import SurveyTable
from expectgap.money import Money
from expectgap.offers import Comparison, project
from expectgap.package import Bonus, CompensationPackage, EquityGrant, PricePath, SignOn

USD, YEN = "USD", "JPY"
SCHEMA = json.loads(resources.files("expectgap.offers").joinpath("schema.json").read_text())


def texas() -> Offer:
    # $140,000 base, 10% target bonus, $200,000 of RSUs over 4 years with a 1-year cliff then
    # monthly vesting, $20,000 sign-on (issue 13).
    package = CompensationPackage(
        base=Money(140_000, USD, "annual"),
        bonuses=(Bonus.target(10),),
        sign_on=SignOn(Money(20_000, USD), clawback_months=12, clawback="pro_rata"),
        equity=(EquityGrant.cliff_then(Money(200_000, USD), years=4, every="monthly"),),
    )
    return Offer(
        PositionSpec("Software Engineer", level=3),
        package,
        WorkingConditions(hours_per_week=40, location=Location("US", "TX"), remote_days_per_week=2),
    )


def california() -> Offer:
    # $165,000 base, $120,000 of RSUs over 4 years (25% a year).
    package = CompensationPackage(
        base=Money(165_000, USD, "annual"), equity=(EquityGrant(Money(120_000, USD)),)
    )
    return Offer(
        PositionSpec("Software Engineer", level=3),
        package,
        WorkingConditions(hours_per_week=40, location=Location("US", "CA"), remote_days_per_week=0),
    )


@pytest.fixture(scope="module")
def us() -> Comparison:
    current = CompensationPackage(base=Money(150_000, USD, "annual"))
    return compare_offers(
        {"Texas": texas(), "California": california()},
        Expectations(current=current),
        years=4,
        year=2026,
        as_of=date(2026, 11, 1),
        ours="Texas",
    )


def test_us_offers_year_by_year_by_hand(us: Comparison) -> None:
    # Texas, no raises: year 1 = 140,000 base + 14,000 bonus (10% of 140,000 at 100% payout)
    # + 20,000 sign-on + 50,000 equity (the cliff releases 12/48 of 200,000) = 224,000;
    # years 2-4 = 140,000 + 14,000 + 50,000 (12 x 1/48 of 200,000) = 204,000;
    # 224,000 + 3 x 204,000 = 836,000.
    assert us.row("year_total", 1).values == (224_000.0, 195_000.0)
    for k in (2, 3, 4):
        # California: 165,000 + 30,000 (25% of 120,000) = 195,000 every year.
        assert us.row("year_total", k).values == (204_000.0, 195_000.0)
    assert us.row("total_compensation").values == (836_000.0, 780_000.0)
    # Texas leads over 4 years by 836,000 - 780,000 = 56,000 (7.179487...% of 780,000).
    total = us.row("total_compensation")
    assert (total.leader, total.lead) == ("Texas", 56_000.0)
    assert total.lead_pct == pytest.approx(56_000 / 780_000 * 100)


def test_us_rows_by_hand(us: Comparison) -> None:
    expected = {
        # code: (Texas, California, leader, lead)
        "gross_salary": (140_000.0, 165_000.0, "California", 25_000.0),
        # California states no bonus and no sign-on: "not stated", so no leader on them.
        "bonus": (14_000.0, None, None, None),
        "sign_on": (20_000.0, None, None, None),
        "equity": (200_000.0, 120_000.0, "Texas", 80_000.0),
        # cash: Texas 174,000 in year 1 (with the sign-on), 154,000 after; California 165,000.
        "first_year_gross": (174_000.0, 165_000.0, "Texas", 9_000.0),
        "average_gross": (159_000.0, 165_000.0, "California", 6_000.0),
        "total_gross": (636_000.0, 660_000.0, "California", 24_000.0),
        "first_year_total": (224_000.0, 195_000.0, "Texas", 29_000.0),
        "average_total": (209_000.0, 195_000.0, "Texas", 14_000.0),
        "remote_work": (2.0, 0.0, "Texas", 2.0),
        "position": (3.0, 3.0, None, 0.0),
        "hours": (40.0, 40.0, None, 0.0),
    }
    for code, (tx, ca, leader, lead) in expected.items():
        row = us.row(code)
        assert row.values == (tx, ca), code
        assert (row.leader, row.lead) == (leader, lead), code
    assert us.row("location").values == ("US/TX", "US/CA")
    assert us.row("location").leader is None


def test_raise_over_current_pay_by_hand(us: Comparison) -> None:
    # Current pay 150,000 a year. Texas year-1 cash 174,000: +16%; average 159,000: +6%.
    # California 165,000: +10% both. Total compensation: 224,000 / 150,000 - 1 = 49.33%.
    assert us.row("raise_gross_first_year").values == (16.0, 10.0)
    assert us.row("raise_gross_average").values == (6.0, 10.0)
    assert us.row("raise_total_first_year").values[0] == pytest.approx(74 / 150 * 100)
    raise_points = [p for p in us.points if p.kind == "raise_gross"]
    assert raise_points[0].text() == (
        "Texas: a 16% rise in gross cash over your current pay in year 1 "
        "(6% on average over 4 years)."
    )
    assert raise_points[0].text("ja") == "Texas：年収は現在より1年目に16%増加（4年平均で6%）。"


def test_competing_points_are_for_the_recruiter_only(us: Comparison) -> None:
    kinds = {(p.kind, p.dimension) for p in us.points}
    assert ("other_leads", "gross_salary") in kinds  # California pays 25,000 more base
    assert ("ours_has", "sign_on") in kinds
    # California states no sign-on: that is what the point says, not that it has none
    has = next(p for p in us.points if (p.kind, p.dimension) == ("ours_has", "sign_on"))
    assert has.text().endswith("California states none.")
    assert has.text("ja").endswith("Californiaの提示には記載がありません。")
    assert ("ours_leads", "total_compensation") in kinds
    other = next(p for p in us.points if (p.kind, p.dimension) == ("other_leads", "gross_salary"))
    assert other.text() == (
        "California leads Texas on gross salary, year 1 (guaranteed cash): $165,000.00 against "
        "$140,000.00 ($25,000.00 more)."
    )
    candidate = us.for_audience("candidate")
    assert candidate.points
    assert all(p.kind.startswith("raise") for p in candidate.points)
    assert "leads Texas" not in candidate.render()


def test_take_home_not_computed_without_an_engine() -> None:
    # No payroll engine for Germany: the take-home row stays empty and a note says why.
    pkg = CompensationPackage(base=Money(60_000, "EUR", "annual"))
    berlin = Offer(PositionSpec("Engineer"), pkg, WorkingConditions(location=Location("DE")))
    c = compare_offers({"Berlin": berlin, "Munich": berlin}, year=2026)
    assert c.row("net_salary").values == (None, None)
    assert ("net_not_computed", {"offer": "Berlin"}) in c.notes


def test_uk_is_taken_for_gb_wherever_the_code_is_given() -> None:
    # HMRC 2025/26, £50,000, no pension: England income tax (50,000 - 12,570) x 20 % = 7,486.00,
    # class 1 NI (50,000 - 12,570) x 8 % = 2,994.40, net 39,519.60. Scotland: 19 % x 2,827 +
    # 20 % x 12,094 + 21 % x 16,171 + 42 % x 6,338 = 537.13 + 2,418.80 + 3,395.91 + 2,661.96 =
    # 9,013.80 of income tax, net 37,991.80.
    pkg = CompensationPackage(base=Money(50_000, "GBP", "annual"))

    def offer(country: str, region: str) -> Offer:
        return Offer(
            PositionSpec("Engineer"), pkg, WorkingConditions(location=Location(country, region))
        )

    by_place = compare_offers(
        {"GB": offer("GB", "scotland"), "UK": offer("UK", "scotland"), "E": offer("UK", "england")},
        year=2025,
    )
    assert by_place.row("net_salary").values == (37_991.8, 37_991.8, 39_519.6)
    given = compare_offers(
        {"S": offer("GB", "scotland"), "E": offer("GB", "england")}, year=2025, jurisdiction="uk"
    )
    assert given.row("net_salary").values == (37_991.8, 39_519.6)
    assert project(pkg, years=1, jurisdiction="UK", rules_year=2025).first("net") == Fraction(
        395_196, 10
    )


def test_outputs_follow_the_schema(us: Comparison) -> None:
    for audience in ("recruiter", "candidate"):
        for locale in ("en", "ja"):
            data = json.loads(us.for_audience(audience).to_json(locale=locale))
            jsonschema.validate(data, SCHEMA)
    frame = us.to_frame()
    assert frame.loc[frame["code"] == "total_compensation", "Texas"].item() == 836_000.0
    years = us.to_frame("years")
    assert years.loc[("Texas", 1), "sign_on"] == 20_000.0
    assert "Offers compared" in us.render()
    assert "オファー比較" in us.render("ja")


def test_schema_rejects_a_wrong_shape(us: Comparison) -> None:
    data = json.loads(us.to_json())
    data["rows"][0]["values"] = "836000"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def test_user_text_is_escaped() -> None:
    pkg = CompensationPackage(base=Money(1, USD, "annual"))
    c = compare_offers({"<img src=x onerror=alert(1)>|x": pkg, "B": pkg})
    assert "<img" not in c._repr_html_()
    assert "&lt;img" in c._repr_html_()
    assert "\\<img" in c.render()


def test_raises_and_price_paths_are_labelled() -> None:
    pkg = CompensationPackage(
        base=Money(100_000, USD, "annual"), equity=(EquityGrant(Money(40_000, USD)),)
    )
    c = compare_offers(
        {"A": pkg}, raise_rate=0.05, price_path=PricePath.growth(0.1), years=2, year=2026
    )
    # Year 2: base 105,000; equity 10,000 x 1.1 ** 2 = 12,100.
    assert c.row("year_total", 2).values == (117_100.0,)
    texts = [a["text"] for a in c.to_dict()["assumptions"]]
    assert "Base pay rises 5% a year (an assumption)." in texts
    assert any("+10% a year" in t and "assumption" in t for t in texts)
    market = compare_offers({"A": pkg}, raise_rate="market", trend=0.038, years=2)
    assert any("market trend" in a["text"] for a in market.to_dict()["assumptions"])


def test_bad_input() -> None:
    pkg = CompensationPackage(base=Money(1, USD, "annual"))
    with pytest.raises(InvalidInput, match="offers"):
        compare_offers({})
    with pytest.raises(InvalidInput, match="each offer name once"):
        compare_offers([("A", pkg), ("A", pkg)])
    with pytest.raises(InvalidInput, match="ours"):
        compare_offers({"A": pkg}, ours="B")
    with pytest.raises(CurrencyMismatch):
        compare_offers({"A": pkg, "B": CompensationPackage(base=Money(1, YEN, "annual"))})
    with pytest.raises(InvalidInput, match="years"):
        compare_offers({"A": pkg}, years=0)


def test_market_percentiles_like_with_like() -> None:
    base_wages = SurveyTable.from_percentiles(
        {10: 82_460, 25: 105_210, 50: 135_980, 75: 171_980, 90: 214_670},
        currency=USD,
        measure="base_wage",
        source="BLS OEWS May 2025, 15-1252, national",
    )
    c = compare_offers({"Texas": texas(), "California": california()}, market=base_wages)
    # Base pay is placed (140,000 and 165,000), never total compensation.
    expected = (base_wages.percentile_of(140_000), base_wages.percentile_of(165_000))
    assert c.row("market_percentile").values == pytest.approx(expected, abs=1e-6)
    assert c.row("market_percentile").leader == "California"
    with pytest.raises(InvalidInput, match="base wage"):
        compare_offers({"Texas": texas()}, market=base_wages, market_measure="total_compensation")
    unlabelled = SurveyTable.from_percentiles({25: 100_000, 75: 200_000}, currency=USD)
    with pytest.raises(InvalidInput, match="market_measure"):
        compare_offers({"Texas": texas()}, market=unlabelled)


# --- Japan ----------------------------------------------------------------------------------
def japan_pair() -> dict[str, Offer]:
    tokyo = WorkingConditions(location=Location("JP", "tokyo"))
    bonus = CompensationPackage(
        base=Money(400_000, YEN, "monthly"), bonuses=(Bonus.months_of_base(4),)
    )
    flat = CompensationPackage(base=Money(520_000, YEN, "monthly"))
    return {
        "bonus": Offer(PositionSpec("Engineer"), bonus, tokyo),
        "no bonus": Offer(PositionSpec("Engineer"), flat, tokyo),
    }


def test_japanese_pair_gross_and_take_home_by_hand() -> None:
    """2026 rules, Tokyo, age 30, no dependants; components as in docs/payroll-jp.md.

    "bonus": 400,000 a month (grade 410,000) and 4 months of bonus, 800,000 in June and
    December. Gross 12 x 400,000 + 1,600,000 = 6,400,000.
      health 3 x 20,315 + 9 x 20,192 + 2 x (800,000 x 9.85% / 2 = 39,400) = 321,473
      levy 8 x 472 + 2 x (800,000 x 0.23% / 2 = 920) = 5,616
      pension 12 x 37,515 + 2 x (800,000 x 9.15% = 73,200) = 596,580
      employment 3 x 2,200 + 9 x 2,000 + 2 x 4,000 = 32,600; social insurance 956,269
      income tax: employment income 6,400,000 x 80% - 440,000 = 4,680,000; taxable
      4,680,000 - 956,269 - 1,040,000 = 2,683,000 (rounded down); 10% - 97,500 = 170,800;
      x 102.1% = 174,386 -> 174,300
      resident tax: 4,680,000 - 956,269 - 430,000 = 3,293,000; 6%: 197,580 - 1,500 -> 196,000;
      4%: 131,720 - 1,000 -> 130,700; + 5,000 = 331,700
      net 6,400,000 - 956,269 - 174,300 - 331,700 = 4,937,731
    "no bonus": 520,000 a month (grade 530,000). Gross 6,240,000.
      health 3 x 26,261 (26,261.5) + 9 x 26,102 (26,102.5) = 313,701; levy 8 x (26,712 -
      26,102 = 610) = 4,880; pension 12 x 48,495 = 581,940; employment 3 x 2,860 + 9 x 2,600
      = 31,980; social insurance 932,501
      income tax: 6,240,000 x 80% - 440,000 = 4,552,000; taxable 4,552,000 - 932,501 -
      1,040,000 = 2,579,000; 10% - 97,500 = 160,400; x 102.1% = 163,768 -> 163,700
      resident tax: 4,552,000 - 932,501 - 430,000 = 3,189,000; 191,340 - 1,500 -> 189,800;
      127,560 - 1,000 -> 126,500; + 5,000 = 321,300
      net 6,240,000 - 932,501 - 163,700 - 321,300 = 4,822,499
    """
    c = compare_offers(japan_pair(), years=2, year=2026)
    assert c.row("gross_salary").values == (6_400_000.0, 6_240_000.0)
    assert c.row("net_salary").values == (4_937_731.0, 4_822_499.0)
    net = c.row("net_salary")
    assert (net.leader, net.lead) == ("bonus", 115_232.0)
    assert c.row("total_net").values == (2 * 4_937_731.0, 2 * 4_822_499.0)
    bonus_year = c.projections[0].years[0]
    assert bonus_year.deductions["health"] == 321_473
    assert bonus_year.deductions["pension"] == 596_580
    assert bonus_year.deductions["income_tax"] == 174_300
    assert bonus_year.deductions["resident_tax"] == 331_700
    flat_year = c.projections[1].years[0]
    assert flat_year.deductions["health"] == 313_701
    assert flat_year.deductions["employment"] == 31_980


def test_japanese_take_home_rise_over_current_pay() -> None:
    # Current: 350,000 a month with 2 months of bonus; its take-home from the same engine.
    current = CompensationPackage(
        base=Money(350_000, YEN, "monthly"), bonuses=(Bonus.months_of_base(2),)
    )
    c = compare_offers(japan_pair(), Expectations(current=current), years=2, year=2026)
    now = project(current, years=1, jurisdiction="JP", rules_year=2026).first("net")
    assert now is not None
    expected = (4_937_731 / float(now) - 1) * 100
    assert c.row("raise_net_first_year").values[0] == pytest.approx(expected, abs=1e-6)
    point = next(p for p in c.points if p.offer == "bonus")
    assert point.kind == "raise_net"
    assert f"a {round(expected, 1):g}% rise in take-home" in point.text()
    assert "手取りは現在より1年目に" in point.text("ja")


def test_sign_on_goes_through_payroll_in_year_one() -> None:
    pkg = CompensationPackage(
        base=Money(400_000, YEN, "monthly"), sign_on=SignOn(Money(500_000, YEN))
    )
    p = project(pkg, years=2, jurisdiction="JP", rules_year=2026)
    assert p.years[0].gross == 5_300_000
    assert p.years[1].gross == 4_800_000
    net_1, net_2 = p.years[0].net, p.years[1].net
    assert net_1 is not None
    assert net_2 is not None
    assert 0 < net_1 - net_2 < 500_000


def test_each_offer_is_assessed_against_the_expectations() -> None:
    from expectgap.assess import SalaryExpectation

    wish = Expectations(salary=SalaryExpectation(160_000, currency=USD))
    c = compare_offers({"Texas": texas(), "California": california()}, wish, year=2026)
    # Guaranteed cash: Texas 140,000 (the target bonus is variable) is 20,000 short of
    # 160,000; California 165,000 meets it.
    gross = c.row("gross_salary")
    assert gross.severities is not None
    assert gross.severities[1] == "none"
    assert gross.severities[0] != "none"
    assert c.reports is not None
    assert c.reports[0].gap("gross_salary").difference == -20_000
    jsonschema.validate(json.loads(c.to_json()), SCHEMA)


def test_the_users_price_scenarios() -> None:
    bear = PricePath.yearly((0.5,), name="bear")
    bull = PricePath.growth(1, name="doubling")
    c = compare_offers(
        {"Texas": texas(), "California": california()}, scenarios=(bear, bull), year=2026
    )
    # bear: every tranche at half its value: Texas 100,000 of equity, California 60,000;
    # totals 836,000 - 100,000 = 736,000 and 780,000 - 60,000 = 720,000.
    assert c.row("scenario_equity", scenario="bear").values == (100_000.0, 60_000.0)
    assert c.row("scenario_total", scenario="bear").values == (736_000.0, 720_000.0)
    # doubling each year, California's yearly tranches of 30,000 at 2, 4, 8, 16 times:
    # 30,000 x 30 = 900,000.
    assert c.row("scenario_equity", scenario="doubling").values[1] == 900_000.0
    labels = [a["text"] for a in c.to_dict()["assumptions"]]
    assert any("(bear)" in t for t in labels)
    assert any("+100% a year" in t for t in labels)
    jsonschema.validate(json.loads(c.to_json()), SCHEMA)
    with pytest.raises(InvalidInput, match="distinct names"):
        compare_offers({"Texas": texas()}, scenarios=(bear, bear))


def test_unstated_region_is_said_and_the_plot_marks_take_home() -> None:
    pkg = CompensationPackage(base=Money(400_000, YEN, "monthly"))
    c = compare_offers({"A": pkg}, years=2, year=2026)
    assert ("region_not_stated", {"offer": "A"}) in c.notes
    fig = c.plot()
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert "take-home" in labels
    assert "no raise" not in fig.axes[0].get_title()
    assert "raises 0% a year" in fig.axes[0].get_title()


def test_a_candidate_view_cannot_be_turned_back(us: Comparison) -> None:
    candidate = us.for_audience("candidate")
    assert candidate.for_audience("candidate") is candidate
    with pytest.raises(InvalidInput, match="audience"):
        candidate.for_audience("recruiter")


def test_current_region_places_the_current_job() -> None:
    current = CompensationPackage(base=Money(350_000, YEN, "monthly"))
    wish = Expectations(current=current)
    tokyo = compare_offers(japan_pair(), wish, years=1, year=2026)
    osaka = compare_offers(japan_pair(), wish, years=1, year=2026, current_region="osaka")
    # Osaka's health insurance rate differs from Tokyo's: the current take-home moves.
    assert tokyo.current is not None
    assert osaka.current is not None
    assert tokyo.current.first("net") != osaka.current.first("net")
    with pytest.raises(InvalidInput, match="current_region"):
        compare_offers(japan_pair(), current_region="osaka")


def test_us_take_home_where_a_us_engine_is_registered() -> None:
    from expectgap.payroll import engine, supported_jurisdictions

    if "US" not in supported_jurisdictions():
        pytest.skip("no US payroll engine registered")
    current = CompensationPackage(base=Money(150_000, USD, "annual"))
    c = compare_offers(
        {"Texas": texas(), "California": california()},
        Expectations(current=current),
        year=2026,
        current_region="TX",
    )
    # Each year's take-home is the engine's net of that year's gross cash in the offer's state.
    us = engine("US")
    assert c.row("year_net", 1).values[0] == pytest.approx(
        float(us.net_annual(174_000, year=2026, region="TX").net), abs=0.01
    )
    assert c.row("year_net", 2).values[1] == pytest.approx(
        float(us.net_annual(165_000, year=2026, region="CA").net), abs=0.01
    )
    assert any(p.kind == "raise_net" for p in c.points)
    # Without a state the current job's take-home cannot be computed, and a note says so.
    unplaced = compare_offers({"Texas": texas()}, Expectations(current=current), year=2026)
    assert ("current_net_not_computed", {}) in unplaced.notes
    assert ("net_needs_region", {"offer": "A"}) in compare_offers({"A": current}, year=2026).notes


def test_japanese_take_home_uses_the_candidates_household() -> None:
    # 450,000 a month, no bonus, Tokyo, 2026 (tests/assess/test_household.py): a spouse without
    # income lowers the income tax from 111,100 to 85,900 (配偶者控除 380,000), and each
    # resident-tax levy by 6 % + 4 % of the resident-tax spouse deduction of 330,000 = 19,800 +
    # 13,200 = 33,000 (taxable income 3,880,000 - 775,279 - 430,000 = 2,674,721 stays above
    # 2M, so the adjustment credit stays at its 2,500 floor). The year pays Jan-May of the
    # FY2025 levy and Jun-Dec of the FY2026 levy, both on the same salary and household, so
    # their instalments together fall by one levy's 33,000: take-home + 25,200 + 33,000 =
    # + 58,200.
    from expectgap.payroll.jp import Household

    pkg = CompensationPackage(base=Money(450_000, YEN, "monthly"))
    offers = {"A": Offer(PositionSpec("E"), pkg), "B": Offer(PositionSpec("E"), pkg)}
    single = compare_offers(offers, Expectations(), year=2026)
    married = compare_offers(offers, Expectations(household=Household(spouse=True)), year=2026)
    assert single.row("net_salary").values == (4_243_821.0, 4_243_821.0)
    assert married.row("net_salary").values == (4_302_021.0, 4_302_021.0)


def test_a_year_after_the_rules_uses_the_latest_rules_and_says_so() -> None:
    # as assess() does (issue 9, rules years): 2027 has no Japanese rules yet; 2026's are used
    # and named in the assumptions; strict_year refuses. 450,000 a month in Tokyo under the
    # 2026 rules takes home 4,243,821 (tests/assess/test_household.py works the taxes).
    from expectgap.errors import UnsupportedRule

    pkg = CompensationPackage(base=Money(450_000, YEN, "monthly"))
    later = compare_offers({"A": pkg, "B": pkg}, as_of=date(2027, 3, 1))
    assert later.row("net_salary").values == (4_243_821.0, 4_243_821.0)
    assert ("rules_year", {"jurisdiction": "JP", "year": 2026}) in later.assumptions
    with pytest.raises(UnsupportedRule, match="year: 2027"):
        compare_offers({"A": pkg, "B": pkg}, as_of=date(2027, 3, 1), strict_year=True)


def test_a_part_of_pay_an_offer_is_silent_on_reads_not_stated(us: Comparison) -> None:
    # California's offer names no bonus, no sign-on and no benefits: its cells say so, in both
    # languages, instead of showing $0.00 as if it had stated none.
    for locale, word in (("en", "not stated"), ("ja", "記載なし")):
        table = us.render(locale)
        for label in (us.row(code).label(locale) for code in ("bonus", "sign_on", "benefits")):
            line = next(x for x in table.splitlines() if x.startswith(f"| {label} |"))
            cells = [c.strip() for c in line.strip("|").split("|")]
            assert cells[2] == word, (locale, label, cells)
    assert us.row("benefits").values == (None, None)
    data = us.to_dict()
    sign_on = next(r for r in data["rows"] if r["code"] == "sign_on")
    assert sign_on["values"] == [20_000.0, None]


def test_a_stated_zero_is_zero() -> None:
    stated = CompensationPackage(base=Money(150_000, USD, "annual"), sign_on=SignOn(Money(0, USD)))
    silent = CompensationPackage(base=Money(150_000, USD, "annual"))
    c = compare_offers({"stated": stated, "silent": silent}, jurisdiction="XX")
    assert c.row("sign_on").values == (0.0, None)
