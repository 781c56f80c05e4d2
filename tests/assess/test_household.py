"""The candidate's household and declarations in the assessment, the TOML format and the frame.

Reference case, worked by hand (2026 rules, Tokyo, age 30, 450,000 yen a month, no bonus):

* salary 12 x 450,000 = 5,400,000; employment income (所得税法別表第五, 2026:
  A x 80 % - 440,000 for 3.6M-6.6M, A = 5,400,000 already a multiple of 4,000)
  = 3,880,000;
* social insurance of the year 775,279 (worked in tests/assess/test_assess_scenarios.py, the
  issue 5 scenario);
* basic deduction 2026 for a total income of 3,880,000 (at most 4,890,000): 1,040,000;
* income tax without a household: taxable 3,880,000 - 775,279 - 1,040,000 = 2,064,721, rounded
  down to 2,064,000; 2,064,000 x 10 % - 97,500 = 108,900; x 102.1 % = 111,186.9, rounded down
  to 100 yen: 111,100;
* with a spouse without income (配偶者控除, taxpayer's total income at most 9M: 380,000):
  taxable 1,684,721 -> 1,684,000 x 5 % = 84,200; x 102.1 % = 85,968.2 -> 85,900;
* and ふるさと納税 of 60,000 filed in a tax return (寄附金控除: 60,000 - 2,000 = 58,000 off the
  income): taxable 1,626,721 -> 1,626,000 x 5 % = 81,300; x 102.1 % = 83,007.3 -> 83,000.
"""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

import jsonschema
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import expectgap.frame as frame
from expectgap.assess import Expectations, Offer, PositionSpec, SalaryExpectation, assess
from expectgap.assess.scenario import parse_scenario
from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.money import Money
from expectgap.package import CompensationPackage
from expectgap.payroll import jp
from expectgap.payroll.jp import Deductions, Household

SCHEMA = json.loads(resources.files("expectgap.assess").joinpath("schema.json").read_text())
OFFER = Offer(PositionSpec("Engineer"), CompensationPackage(base=Money(450_000, "JPY", "monthly")))
TARGET = SalaryExpectation(400_000, basis="net_monthly")
SPOUSE = Household(spouse=True)
DONOR = Household(spouse=True, deductions=Deductions(hometown_donation=60_000))


def _facts(household: Household | None) -> dict[str, object]:
    report = assess(Expectations(salary=TARGET, household=household), OFFER, year=2026)
    return dict(report.gap("net_salary").facts)


@pytest.mark.parametrize(
    ("household", "income_tax"), [(None, 111_100), (SPOUSE, 85_900), (DONOR, 83_000)]
)
def test_income_tax_of_the_year_by_hand(household: Household | None, income_tax: int) -> None:
    facts = _facts(household)
    assert facts["income_tax"] == income_tax
    assert facts["household_stated"] is (household is not None)


def test_gross_needed_is_the_smallest_for_the_household() -> None:
    home = Household(spouse=True, young_dependents=2, residence="yokohama")
    report = assess(Expectations(salary=TARGET, household=home), OFFER, year=2026)
    needed = int(report.gap("gross_salary").expected)
    keywords = home.keywords() | {"year": 2026}
    assert jp.payslip(needed, **keywords).net >= 400_000 > jp.payslip(needed - 1, **keywords).net
    # a spouse and a lower resident tax need less gross than the single default (524,319)
    assert needed < 524_319


def test_report_says_whether_the_household_was_stated() -> None:
    stated = assess(Expectations(salary=TARGET, household=DONOR), OFFER, year=2026)
    assumed = assess(Expectations(salary=TARGET), OFFER, year=2026)
    assert "the declarations the candidate stated" in stated.render()
    assert "申告した世帯と各種控除" in stated.render("ja")
    assert "as none were stated" in assumed.render()
    assert "申告はないものとして試算" in assumed.render("ja")
    for audience in ("recruiter", "candidate"):
        text = stated.to_json(audience=audience) + stated.render(audience=audience)
        assert "hometown_donation" not in text  # the declarations are not listed
        assert "60,000" not in text


def test_household_checks_name_the_field() -> None:
    with pytest.raises(InvalidInput, match="dependents: got 1; expected at least 2"):
        Expectations(dependents=1, household=Household(specific_dependents=1, elderly_dependents=1))
    with pytest.raises(InvalidInput, match=r"household\.young_dependents"):
        Household(young_dependents=-1)
    with pytest.raises(InvalidInput, match=r"household\.deductions"):
        Household(deductions=Deductions(life_general=[1, 2]))
    with pytest.raises(UnsupportedRule, match="supported: kanagawa, yokohama"):
        Household(residence="nagoya")
    assert Household(deductions=Deductions()).deductions is None  # nothing declared


SCENARIO = """
[candidate]
dependents = 1
[candidate.salary]
basis = "net_monthly"
target = 400_000
[candidate.household]
spouse = true
specific_dependents = 1
residence = "横浜市"
[candidate.household.deductions]
hometown_donation = 60_000
[offer.package]
base_monthly = 450_000
"""


def test_toml_household() -> None:
    scenario = parse_scenario(SCENARIO)
    home = scenario.expectations.household
    assert home == Household(
        spouse=True,
        specific_dependents=1,
        residence="yokohama",
        deductions=Deductions(hometown_donation=60_000),
    )
    with pytest.raises(InvalidInput, match=r"candidate\.household\.deductions\.hometown_donaton"):
        parse_scenario(SCENARIO.replace("hometown_donation", "hometown_donaton"))
    with pytest.raises(UnsupportedRule, match=r"candidate\.household\.residence: 'nagoya'"):
        parse_scenario(SCENARIO.replace("横浜市", "nagoya"))
    with pytest.raises(InvalidInput, match=r"candidate \(dependents\)"):
        parse_scenario(SCENARIO.replace("dependents = 1\n", "dependents = 0\n", 1))


def test_frame_net_takes_the_household_columns() -> None:
    people = pd.DataFrame(
        {
            "pay": [450_000] * 3,
            "spouse": [False, True, True],
            "declared_hometown_donation": [0, 0, 60_000],
        }
    )
    out = frame.net(people, year=2026)
    assert out["income_tax"].tolist() == [111_100, 85_900, 83_000]


def test_frame_household_row_errors_keep_the_other_rows() -> None:
    people = pd.DataFrame(
        {
            "pay": [450_000] * 3,
            "spouse": [False, False, True],
            "spouse_income": [0, 500_000, 500_000],
            "residence": ["", "yokohama", "nagoya"],
        }
    )
    with pytest.raises(frame.RowError, match="spouse_income"):
        frame.net(people, year=2026)
    out = frame.net(people, year=2026, errors="coerce")
    assert out["income_tax"].isna().tolist() == [False, True, True]
    assert "residence" in out.loc[2, "error"]


_HOMES = st.fixed_dictionaries(
    {
        "spouse": st.booleans(),
        "young_dependents": st.integers(0, 3),
        "specific_dependents": st.integers(0, 1),
        "residence": st.sampled_from(["", "yokohama", "osaka-city", "kobe"]),
        "declared_hometown_donation": st.sampled_from([0, 30_000, 100_000]),
        "declared_life_general": st.sampled_from([0, 40_000, 120_000]),
        "declared_one_stop": st.booleans(),
    }
)


@settings(max_examples=15, deadline=None)
@given(
    homes=st.lists(_HOMES, min_size=1, max_size=4),
    basis=st.sampled_from(["net_monthly", "net_annual"]),
)
def test_frame_assess_equals_the_scalar_api_row_by_row(
    homes: list[dict[str, object]], basis: str
) -> None:
    rows = pd.DataFrame(homes)
    rows["dependents"] = rows["specific_dependents"]
    rows["offer_base"] = 450_000.0
    rows["salary_basis"] = basis
    rows["salary_target"] = 400_000.0 if basis == "net_monthly" else 5_000_000.0
    out = frame.assess(rows, year=2026)
    for i, row in rows.iterrows():
        wish, offer = frame.models(row)
        report = assess(wish, offer, year=2026)
        gap = report.gap("net_salary")
        assert out.loc[i, "net_salary_offered"] == pytest.approx(gap.offered)
        assert out.loc[i, "gross_salary_expected"] == pytest.approx(
            report.gap("gross_salary").expected
        )


def test_json_validates_with_a_household() -> None:
    report = assess(Expectations(salary=TARGET, household=DONOR), OFFER, year=2026)
    for audience in ("recruiter", "candidate"):
        data = json.loads(report.to_json(audience=audience))
        jsonschema.validate(data, SCHEMA)
        facts = next(g for g in data["gaps"] if g["dimension"] == "net_salary")["facts"]
        assert facts["household_stated"] is True


def test_a_date_of_birth_instead_of_an_age() -> None:
    # Born 1986-05-01: the day before the 40th birthday is 2026-04-30, so nursing care is
    # charged from the April 2026 premium month; born 1986-05-02, from May: one month's
    # nursing-care premium apart (介護保険法第9条, 年齢計算ニ関スル法律), the month's premium read
    # from jp.social_insurance. The report shows the age reached in the year, never the date.
    def facts(born: date) -> dict[str, object]:
        wish = Expectations(salary=TARGET, birth_date=born)
        report = assess(wish, OFFER, year=2026)
        assert "age_assumed" not in [n.code for n in report.notes]
        assert born.isoformat() not in report.to_json() + report.render()
        return dict(report.gap("net_salary").facts)

    april, may = facts(date(1986, 5, 1)), facts(date(1986, 5, 2))
    month = jp.social_insurance(450_000, premium_month="2026-04", age=40).nursing_care
    assert april["social_insurance"] - may["social_insurance"] == month
    assert april["age"] == 40
    with pytest.raises(InvalidInput, match="age"):
        Expectations(age=40, birth_date=date(1986, 5, 1))
    scenario = parse_scenario(
        SCENARIO.replace("[candidate]\n", "[candidate]\nbirth_date = 1986-05-01\n")
    )
    assert scenario.expectations.birth_date == date(1986, 5, 1)
