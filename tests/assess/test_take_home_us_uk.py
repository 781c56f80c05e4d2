"""Take-home pay in US and UK assessments (expectgap.assess.net_engine).

References, independent of our code:

* hand calculations with the working shown (HMRC rates and thresholds for 2025/26: personal
  allowance 12,570, basic rate 20% to 37,700 of taxable income, higher rate 40%; Scottish
  starter 19% / basic 20% / intermediate 21% / higher 42% bands; employee Class 1 NI 8%
  between 12,570 and 50,270 and 2% above. IRS Rev. Proc. 2025-32 for 2026: standard deduction
  16,100 single, brackets 10% to 12,400, 12% to 50,400, 22% to 105,700; FICA 6.2% and 1.45%);
* the PolicyEngine-US 2.68.0 and PolicyEngine-UK 2.162.10 single-household simulations kept
  in ``tests/payroll/us/data/policyengine_us.csv`` and ``tests/payroll/uk/data/``.
"""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from pathlib import Path

import jsonschema
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap.assess import (
    Expectations,
    Offer,
    PositionSpec,
    SalaryBasis,
    SalaryExpectation,
    assess,
)
from expectgap.assess.gaps import GapReport
from expectgap.assess.net_engine import EngineNetModel
from expectgap.assess.scale import PackageScale
from expectgap.cli import main
from expectgap.conditions import Location, WorkingConditions
from expectgap.errors import UnsupportedRule
from expectgap.money import Money
from expectgap.package import Allowance, Bonus, CompensationPackage

DATA = Path(__file__).resolve().parents[1] / "payroll"
SCHEMA = json.loads(resources.files("expectgap.assess").joinpath("schema.json").read_text())
AS_OF = date(2026, 11, 1)
NET_BASES = ("net_monthly", "net_monthly_average", "net_annual")
# Words of Japanese payroll that never belong in a US or UK report.
JAPANESE_TERMS = {
    "en": ("resident tax", "payslip", "social insurance", "prefecture"),
    "ja": ("住民税", "給与明細", "社会保険", "都道府県"),
}


def _offer(
    amount: float,
    currency: str,
    country: str,
    region: str | None,
    *,
    period: str = "annual",
    bonuses: tuple[Bonus, ...] = (),
    allowances: tuple[Allowance, ...] = (),
) -> Offer:
    package = CompensationPackage(
        base=Money(amount, currency, period), bonuses=bonuses, allowances=allowances
    )
    where = WorkingConditions(location=Location(country, region))
    return Offer(PositionSpec("Engineer"), package, where)


def _report(offer: Offer, target: float, basis: str, year: int = 2025) -> GapReport:
    wish = Expectations(
        salary=SalaryExpectation(target, basis=basis, currency=offer.package.currency)
    )
    return assess(wish, offer, year=year, as_of=AS_OF)


# --- UK: hand calculations ---------------------------------------------------------------------


def test_uk_england_50000_by_hand() -> None:
    # 2025/26, England, 50,000 a year:
    # income tax (50,000 - 12,570) x 20% = 7,486.00
    # NI (50,000 - 12,570) x 8% = 2,994.40
    # net 50,000 - 7,486.00 - 2,994.40 = 39,519.60
    report = _report(_offer(50_000, "GBP", "GB", "england"), 39_519.60, "net_annual")
    net = report.gap("net_salary")
    assert net.offered == pytest.approx(39_519.60, abs=1e-6)
    assert (net.facts["income_tax"], net.facts["national_insurance"]) == (7_486.0, 2_994.4)
    assert net.facts["student_loan"] == 0.0
    assert (net.facts["region"], net.facts["tax_year"]) == ("england", "2025/26")
    # a target equal to the take-home is met: the gross-up lands on the offer's base pay
    assert net.direction.value == "meets"
    assert report.gap("gross_salary").facts["base_needed"] == pytest.approx(50_000 / 12)
    assert report.jurisdiction == "GB"
    assert report.rules_year == 2025


def test_uk_scotland_50000_by_hand() -> None:
    # 2025/26, Scotland, taxable 50,000 - 12,570 = 37,430:
    #   starter 19% x 2,827 (12,571-15,397)            =   537.13
    #   basic 20% x 12,094 (15,398-27,491)              = 2,418.80
    #   intermediate 21% x 16,171 (27,492-43,662)       = 3,395.91
    #   higher 42% x (37,430 - 31,092) = 6,338          = 2,661.96
    #   income tax                                      = 9,013.80
    # NI as in England 2,994.40; net 50,000 - 9,013.80 - 2,994.40 = 37,991.80; / 12 = 3,165.98
    report = _report(_offer(50_000, "GBP", "GB", "scotland"), 3_000, "net_monthly")
    net = report.gap("net_salary")
    assert net.facts["income_tax"] == 9_013.8
    assert net.facts["net_annual_offered"] == pytest.approx(37_991.80, abs=1e-6)
    assert net.offered == pytest.approx(37_991.80 / 12)
    assert net.direction.value == "exceeds"


def test_uk_bonus_is_left_out_of_the_regular_month_by_hand() -> None:
    # 2025/26, England, 4,000 a month and a 10% target bonus (4,800): 52,800 a year.
    # Year: income tax 37,700 x 20% + (52,800 - 12,570 - 37,700) x 40% = 7,540 + 1,012 = 8,552
    #       NI (50,270 - 12,570) x 8% + (52,800 - 50,270) x 2% = 3,016 + 50.60 = 3,066.60
    #       net 52,800 - 8,552 - 3,066.60 = 41,181.40
    # Regular pay 48,000: income tax 35,430 x 20% = 7,086; NI 35,430 x 8% = 2,834.40;
    #       net 38,079.60, a regular month 3,173.30
    offer = _offer(4_000, "GBP", "GB", "england", period="monthly", bonuses=(Bonus.target(10),))
    report = _report(offer, 3_000, "net_monthly")
    facts = report.gap("net_salary").facts
    assert facts["net_annual_offered"] == pytest.approx(41_181.40, abs=1e-6)
    assert (facts["income_tax"], facts["national_insurance"]) == (8_552.0, 3_066.6)
    assert facts["net_monthly_regular"] == pytest.approx(3_173.30, abs=1e-6)
    assert facts["net_monthly_average"] == pytest.approx(41_181.40 / 12)
    assert report.gap("net_salary").offered == pytest.approx(3_173.30, abs=1e-6)


def test_uk_without_a_nation_uses_england_with_a_note() -> None:
    package = CompensationPackage(base=Money(50_000, "GBP", "annual"))
    offer = Offer(PositionSpec(), package)
    report = assess(Expectations(), offer, jurisdiction="UK", year=2025, as_of=AS_OF)
    assert report.jurisdiction == "GB"
    assert [n.code for n in report.notes] == ["region_assumed"]
    assert report.gap("net_salary").facts["net_annual_offered"] == pytest.approx(39_519.60)
    assert "income tax uses the rates of England" in report.render("en")


def test_uk_years_map_to_tax_years_and_fall_back() -> None:
    offer = _offer(50_000, "GBP", "GB", "england")
    report = _report(offer, 3_000, "net_monthly", year=2027)
    assert report.rules_year == 2026
    assert [n.code for n in report.notes] == ["rules_year_fallback"]
    assert report.gap("net_salary").facts["tax_year"] == "2026/27"
    assert "United Kingdom, 2026/27 tax year rules" in report.render("en")
    assert "英国・2026/27課税年度の制度" in report.render("ja")
    assert "GB 2026/27 rules" in report._repr_html_()
    with pytest.raises(UnsupportedRule, match="year: 2027"):
        assess(Expectations(), offer, year=2027, strict_year=True)


# --- PolicyEngine cross-checks through the assessment ------------------------------------------


def _uk_rows() -> list[dict[str, object]]:
    frame = pd.read_csv(DATA / "uk" / "data" / "policyengine_uk.csv")
    return frame.to_dict("records")


@pytest.mark.parametrize(
    "row", _uk_rows(), ids=lambda r: f"{r['tax_year']}-{r['region']}-{r['employment_income']}"
)
def test_uk_take_home_matches_policyengine(row: dict[str, object]) -> None:
    # PolicyEngine-UK 2.162.10: net = income - income tax - NI (no student loan).
    income = float(row["employment_income"])  # type: ignore[arg-type]
    expected = income - float(row["income_tax"]) - float(row["national_insurance"])  # type: ignore[arg-type]
    year = int(str(row["tax_year"])[:4])
    offer = _offer(income, "GBP", "GB", str(row["region"]))
    report = assess(
        Expectations(salary=SalaryExpectation(income, currency="GBP")),
        offer,
        year=year,
        as_of=AS_OF,
    )
    assert report.gap("net_salary").offered == pytest.approx(expected, abs=0.011)


# States whose wage earners owe no state payroll tax; California adds SDI, 1.2% of all wages
# in 2025 (EDD DE 3395). California 2026 and a few high-income itemizers differ from
# PolicyEngine for documented reasons (tests/payroll/us/test_us_policyengine.py) and are left out.
_US_STATES = ("TX", "FL", "GA", "IL", "MI", "NC", "VA", "CA")
_US_LEFT_OUT = {(2025, "GA", 320_000), (2026, "GA", 320_000), (2025, "VA", 320_000)}
_US_LEFT_OUT |= {(2026, "VA", 320_000), (2025, "IL", 320_000)}
_CA_SDI_2025 = 0.012


def _us_rows() -> list[dict[str, object]]:
    frame = pd.read_csv(DATA / "us" / "data" / "policyengine_us.csv")
    keep = (
        frame["state"].isin(_US_STATES)
        & (frame["filing_status"] == "single")
        & ~frame["nyc_resident"]
        & ~((frame["state"] == "CA") & (frame["year"] == 2026))
    )
    rows = frame[keep].to_dict("records")
    return [r for r in rows if (r["year"], r["state"], r["wages"]) not in _US_LEFT_OUT]


@pytest.mark.parametrize("row", _us_rows(), ids=lambda r: f"{r['year']}-{r['state']}-{r['wages']}")
def test_us_take_home_matches_policyengine(row: dict[str, object]) -> None:
    wages = float(row["wages"])  # type: ignore[arg-type]
    taxes = sum(
        float(row[k])  # type: ignore[arg-type]
        for k in ("federal_income_tax", "social_security", "medicare", "state_income_tax")
    )
    sdi = round(wages * _CA_SDI_2025, 2) if row["state"] == "CA" else 0.0
    offer = _offer(wages, "USD", "US", str(row["state"]))
    report = assess(
        Expectations(salary=SalaryExpectation(wages, currency="USD")),
        offer,
        year=int(row["year"]),  # type: ignore[call-overload]
        as_of=AS_OF,
    )
    net = report.gap("net_salary")
    assert net.offered == pytest.approx(wages - taxes - sdi, abs=0.011)
    assert net.facts["federal_income_tax"] == pytest.approx(row["federal_income_tax"], abs=0.011)


# --- US: hand calculation, regions ---------------------------------------------------------------


def test_us_texas_100000_by_hand() -> None:
    # 2026, Texas, single, 100,000: taxable 100,000 - 16,100 = 83,900;
    # federal 1,240 + 12% x 38,000 + 22% x (83,900 - 50,400) = 1,240 + 4,560 + 7,370 = 13,170
    # social security 6,200, Medicare 1,450, no state tax: net 79,180.00
    report = _report(_offer(100_000, "USD", "US", "TX"), 79_180, "net_annual", year=2026)
    net = report.gap("net_salary")
    assert net.offered == 79_180.0
    assert net.direction.value == "meets"
    assert net.facts["state_income_tax"] == 0.0
    assert net.facts["filing_status"] == "single"
    # one cent more take-home needs one more cent of monthly base pay (12 cents a year more
    # wages; every cent of wages here keeps 1 - 22% - 7.65% of it)
    more = _report(_offer(100_000, "USD", "US", "TX"), 79_180.01, "net_annual", year=2026)
    assert more.gap("gross_salary").facts["base_needed"] == pytest.approx(8_333.34)


def test_us_unsupported_state() -> None:
    offer = _offer(100_000, "USD", "US", "OH")
    report = assess(
        Expectations(salary=SalaryExpectation(90_000, currency="USD")), offer, year=2026
    )
    assert [n.code for n in report.notes] == ["region_not_supported"]
    assert "none applied" in report.render("en")
    assert "US: no payroll rules applied" in report._repr_html_()
    assert "2026 rules" not in report._repr_html_()
    with pytest.raises(UnsupportedRule, match="state: 'OH'"):
        _report(offer, 6_000, "net_monthly", year=2026)


# --- the gross-up round trip ---------------------------------------------------------------------

_REGIONS = {"USD": ("US", ("CA", "NY", "TX", "WA", "IL")), "GBP": ("GB", ("england", "scotland"))}


@settings(max_examples=30, deadline=None)
@given(
    currency=st.sampled_from(("USD", "GBP")),
    pick=st.integers(0, 4),
    base=st.integers(1_500, 40_000),
    allowance=st.sampled_from((0, 150, 800)),
    bonus_pct=st.sampled_from((0, 10, 25)),
    target=st.floats(1_000, 25_000),
    basis=st.sampled_from(NET_BASES),
    year=st.sampled_from((2025, 2026)),
)
def test_gross_up_is_exact_to_a_cent_of_base_pay(
    currency: str,
    pick: int,
    base: int,
    allowance: int,
    bonus_pct: int,
    target: float,
    basis: str,
    year: int,
) -> None:
    country, regions = _REGIONS[currency]
    extras = (Allowance("housing", Money(allowance, currency, "monthly")),) if allowance else ()
    bonuses = (Bonus.target(bonus_pct),) if bonus_pct else ()
    package = CompensationPackage(
        base=Money(base, currency, "monthly"), bonuses=bonuses, allowances=extras
    )
    model = EngineNetModel(PackageScale.of(package), country, regions[pick % len(regions)], year)
    kind = SalaryBasis(basis)
    wanted = target * 12 if kind is SalaryBasis.NET_ANNUAL else target
    needed = model.base_needed(wanted, kind)
    assert round(needed * 100) == pytest.approx(needed * 100, abs=1e-6)  # whole cents
    assert model.figures(needed).net(kind) >= wanted - 1e-6
    if needed > 0:
        assert model.figures(needed - 0.01).net(kind) < wanted


# --- reports: words, schema, views, the command line ---------------------------------------------


@pytest.mark.parametrize(
    ("offer", "names"),
    [
        (
            _offer(150_000, "USD", "US", "CA", bonuses=(Bonus.target(10),)),
            {
                "en": (
                    "federal income tax",
                    "Social Security tax",
                    "Medicare tax",
                    "state income tax",
                    "state payroll contributions",
                    "California",
                    "2026 tax year",
                ),
                "ja": (
                    "連邦所得税",
                    "メディケア税",
                    "州所得税",
                    "カリフォルニア州",
                    "2026課税年度",
                ),
            },
        ),
        (
            _offer(60_000, "GBP", "GB", "scotland"),
            {
                "en": ("income tax", "National Insurance", "Scotland", "2026/27 tax year"),
                "ja": ("所得税", "国民保険料", "スコットランド", "2026/27課税年度"),
            },
        ),
    ],
    ids=["US", "GB"],
)
def test_reports_name_the_engines_deductions_never_japanese_ones(
    offer: Offer, names: dict[str, tuple[str, ...]]
) -> None:
    report = _report(offer, 6_000, "net_monthly", year=2026)
    for audience in ("recruiter", "candidate"):
        for locale in ("en", "ja"):
            data = json.loads(report.to_json(audience=audience, locale=locale))
            jsonschema.validate(data, SCHEMA)
            facts = next(g for g in data["gaps"] if g["dimension"] == "net_salary")["facts"]
            assert facts["net_monthly_regular"] > 0
            assert "tax_year" in facts
            assert "region" in facts
            text = report.render(locale, audience=audience)
            for name in names[locale]:
                assert name in text, (locale, name)
            for term in JAPANESE_TERMS[locale]:
                assert term not in text, (locale, term)


def test_a_us_toml_file_through_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "us.toml"
    path.write_text(
        """
[assessment]
year = 2026
as_of = 2026-11-01

[candidate.salary]
basis = "net_monthly"
target = 9_000
currency = "USD"

[offer.package]
currency = "USD"
base_annual = 150_000

[[offer.package.bonuses]]
target_pct = 10

[offer.conditions]
location = { country = "US", region = "CA" }
""",
        encoding="utf-8",
    )
    assert main(["assess", str(path)]) == 0
    out = capsys.readouterr().out
    assert "United States, 2026 rules" in out
    assert "federal income tax" in out
    assert "California" in out
    assert "payslip" not in out
    assert "resident tax" not in out
    assert main(["assess", str(path), "--locale", "ja"]) == 0
    out = capsys.readouterr().out
    assert "連邦所得税" in out
    assert "住民税" not in out
    assert "給与明細" not in out


def test_uk_gross_up_by_hand() -> None:
    # 2025/26, Scotland, target 3,000 a month (36,000 a year) on a regular month.
    # At 3,834.70 a month = 46,016.40 a year, taxable 33,446.40:
    #   income tax 537.13 + 2,418.80 + 3,395.91 + 42% x (33,446.40 - 31,092) = 7,340.69
    #   NI 8% x 33,446.40 = 2,675.71; net 46,016.40 - 7,340.69 - 2,675.71 = 36,000.00
    # At 3,834.69 (12 pence a year less) the take-home is 6 pence short of 36,000.
    offer = _offer(42_000, "GBP", "GB", "scotland")
    report = _report(offer, 3_000, "net_monthly")
    assert report.gap("gross_salary").expected == pytest.approx(3_834.70)
    assert report.gap("gross_salary").facts["base_needed"] == pytest.approx(3_834.70)
    # the offer itself, by hand: income tax 6,002.82, NI 2,354.40, net 33,642.78
    facts = report.gap("net_salary").facts
    assert (facts["income_tax"], facts["national_insurance"]) == (6_002.82, 2_354.4)
    assert facts["net_annual_offered"] == pytest.approx(33_642.78, abs=1e-6)


def test_walk_away_and_counter_offer_use_the_same_model() -> None:
    package = CompensationPackage(base=Money(150_000, "USD", "annual"), bonuses=(Bonus.target(10),))
    offer = Offer(
        PositionSpec("Engineer"),
        package,
        WorkingConditions(location=Location("US", "CA")),
        budget_ceiling=Money(14_000, "USD", "monthly"),
    )
    wish = Expectations(
        salary=SalaryExpectation(9_000, walk_away=8_700, basis="net_monthly", currency="USD")
    )
    report = assess(wish, offer, year=2026, as_of=AS_OF)
    model = EngineNetModel(PackageScale.of(package), "US", "CA", 2026)
    zone = report.zone
    assert zone is not None
    assert zone.counter_offer_base is not None
    assert zone.counter_offer_net is not None
    # the counter-offer's take-home and the walk-away's gross come from the same figures
    assert zone.counter_offer_net == model.figures(zone.counter_offer_base).net_monthly_regular
    walk = model.base_needed(8_700, SalaryBasis.NET_MONTHLY)
    assert zone.candidate_walk_away == pytest.approx(walk)
    assert model.figures(walk).net_monthly_regular >= 8_700
    assert model.figures(walk - 0.01).net_monthly_regular < 8_700


def test_new_york_says_no_city_tax_is_assumed() -> None:
    report = _report(_offer(150_000, "USD", "US", "NY"), 8_000, "net_monthly", year=2026)
    assert report.gap("net_salary").facts["local_income_tax"] == 0.0
    assert "not a New York City resident" in report.render("en")
    assert "ニューヨーク市の居住者でない" in report.render("ja")
    texas = _report(_offer(150_000, "USD", "US", "TX"), 8_000, "net_monthly", year=2026)
    assert "New York City" not in texas.render("en")


def test_offer_comparisons_and_assessments_agree_on_the_year() -> None:
    # compare_offers' year-1 take-home (the engine on the year's cash) is the assessment's
    # net_annual_offered for an offer without a sign-on bonus.
    from expectgap import compare_offers

    offers = {
        "CA": _offer(150_000, "USD", "US", "CA", bonuses=(Bonus.target(10),)),
        "TX": _offer(160_000, "USD", "US", "TX"),
    }
    wish = Expectations(salary=SalaryExpectation(9_000, basis="net_monthly", currency="USD"))
    comparison = compare_offers(offers, expectations=wish, year=2026, as_of=AS_OF)
    assert comparison.reports is not None
    for projection, report in zip(comparison.projections, comparison.reports, strict=True):
        first = projection.first("net")
        assert first is not None
        assert float(first) == report.gap("net_salary").facts["net_annual_offered"]


def test_a_target_in_another_currency_is_converted_with_a_stated_rate() -> None:
    # $60,000 a year at a stated 150 JPY per USD is ¥9,000,000 (walk-away $50,000: ¥7,500,000)
    # against ¥600,000 x 12 = ¥7,200,000 offered; the note shows the conversion.
    from expectgap.errors import CurrencyMismatch
    from expectgap.fx import ExchangeRate

    offer = Offer(
        PositionSpec("Engineer"), CompensationPackage(base=Money(600_000, "JPY", "monthly"))
    )
    wish = Expectations(salary=SalaryExpectation(60_000, currency="USD", walk_away=50_000), age=30)
    rate = ExchangeRate("USD", "JPY", 150, date(2025, 12, 31), "user-supplied")
    report = assess(wish, offer, year=2026, exchange_rate=rate)
    gap = report.gap("gross_salary")
    assert (gap.expected, gap.offered, gap.facts["walk_away"]) == (9_000_000, 7_200_000, 7_500_000)
    notes = {n["code"]: n["message"] for n in report.to_dict()["notes"]}
    assert (
        "USD 60,000 = JPY 9,000,000 at 150 JPY per USD (user-supplied, 2025-12-31)"
        in notes["salary_converted"]
    )
    assert report.to_dict(audience="candidate")["notes"][0]["code"] == "salary_converted"
    # the inverse rate works the same; no rate, or a rate of other currencies, is refused
    assert assess(wish, offer, year=2026, exchange_rate=rate.inverse()).gap(
        "gross_salary"
    ).expected == pytest.approx(9_000_000)
    with pytest.raises(CurrencyMismatch, match="exchange_rate"):
        assess(wish, offer, year=2026)
    euro = ExchangeRate("EUR", "JPY", 160, date(2025, 12, 31), "user-supplied")
    with pytest.raises(CurrencyMismatch):
        assess(wish, offer, year=2026, exchange_rate=euro)
