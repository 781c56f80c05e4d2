"""Assessment outputs kept from before the assessment path was made faster.

A varied set of assessments (every salary basis, several targets, with and without market and
peers, household, bonus and overtime structures, other prefectures and years, the US and the UK)
and every output of each: JSON and Markdown, recruiter and candidate, English and Japanese.
``data/kept_outputs.json`` holds the SHA-256 of each output as computed by the commit it names,
before any of the faster paths existed: the faster paths must give every output unchanged, to
the byte. (Only a change meant to alter the outputs may rewrite that file, with
``python tests/assess/test_kept_outputs.py``, and must say so.)
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from expectgap.assess import SalaryExpectation
from expectgap.assess.scenario import Scenario, load_scenario, parse_scenario
from expectgap.cli import demo_file
from expectgap.conditions import Location
from expectgap.money import Money
from expectgap.package import Bonus, FixedOvertime
from expectgap.payroll.jp.deductions import Deductions
from expectgap.payroll.jp.household import Household

_US = """
[assessment]
jurisdiction = "US"
year = 2026
as_of = 2026-03-01
[candidate.salary]
basis = "net_annual"
target = 105_000
walk_away = 95_000
currency = "USD"
[offer.package]
currency = "USD"
base_annual = 140_000
bonuses = [{ name = "annual bonus", target_pct = 10 }]
[offer.conditions]
location = { country = "US", region = "CA" }
"""

_GB = """
[assessment]
year = 2026
as_of = 2026-06-01
[candidate.salary]
basis = "net_monthly"
target = 4_000
currency = "GBP"
[offer.package]
currency = "GBP"
base_annual = 70_000
[offer.conditions]
location = { country = "GB" }
"""

_SMALL = """
[assessment]
year = 2025
as_of = 2025-04-01
[candidate]
age = 58
[candidate.salary]
basis = "net_monthly"
target = 260_000
[offer.package]
base_monthly = 300_000
"""


def _salary(s: Scenario, *salaries: SalaryExpectation) -> Scenario:
    ex = s.expectations
    return replace(
        s, expectations=replace(ex, salary=salaries[0] if len(salaries) == 1 else salaries)
    )


def _package(s: Scenario, **changes: Any) -> Scenario:
    return replace(s, offer=replace(s.offer, package=replace(s.offer.package, **changes)))


def scenarios() -> Iterator[tuple[str, Scenario]]:
    """(name, scenario) of every kept case."""
    demo = load_scenario(demo_file())
    yield "demo", demo
    yield "net_monthly", _salary(demo, SalaryExpectation(520_000, "net_monthly", 470_000))
    yield "gross_monthly", _salary(demo, SalaryExpectation(620_000, "gross_monthly", 560_000))
    yield "net_annual", _salary(demo, SalaryExpectation(6_300_000, "net_annual", 5_800_000))
    yield "gross_annual", _salary(demo, SalaryExpectation(9_000_000, "gross_annual"))
    yield (
        "net_average_want",
        _salary(demo, SalaryExpectation(400_000, "net_monthly_average", importance="want")),
    )
    yield (
        "two_targets",
        _salary(
            demo,
            SalaryExpectation(8_800_000, "gross_annual", 8_000_000),
            SalaryExpectation(470_000, "net_monthly", 430_000),
        ),
    )
    yield "walk_over_budget", _salary(demo, SalaryExpectation(900_000, "net_monthly", 700_000))
    untrended = {k: v for k, v in demo.options.items() if k != "trend"}
    yield "no_market", replace(demo, market=None, options=untrended)
    yield "no_peers", replace(demo, peers=None)
    yield "no_evidence", replace(demo, market=None, peers=None, options=untrended)
    ex = demo.expectations
    yield "age_assumed", replace(demo, expectations=replace(ex, age=None))
    yield (
        "birth_date",
        replace(demo, expectations=replace(ex, age=None, birth_date=date(1960, 5, 3))),
    )
    yield (
        "household",
        replace(
            demo,
            expectations=replace(
                ex,
                dependents=2,
                household=Household(
                    spouse=True,
                    spouse_income=800_000,
                    young_dependents=1,
                    deductions=Deductions(life_general=80_000, earthquake_insurance=30_000),
                    residence="yokohama",
                ),
            ),
        ),
    )
    offer = demo.offer
    yield "no_fixed_overtime", _package(demo, fixed_overtime=None)
    yield (
        "overtime_hours",
        _package(demo, fixed_overtime=FixedOvertime(30, Money(40_000, "JPY", "monthly"))),
    )
    yield (
        "bonus_unstated",
        _package(
            demo,
            bonuses=(
                Bonus("summer", months=1, guaranteed=None, payment_months=(7,)),
                Bonus("performance", months=1.5, guaranteed=False, payment_months=(12,)),
            ),
        ),
    )
    yield "no_bonus", _package(demo, bonuses=())
    yield (
        "osaka",
        replace(
            demo,
            offer=replace(
                offer,
                conditions=replace(offer.conditions, location=Location("JP", "osaka", "Osaka")),
            ),
        ),
    )
    yield (
        "no_location",
        replace(demo, offer=replace(offer, conditions=replace(offer.conditions, location=None))),
    )
    yield "base_high", _package(demo, base=Money(720_000, "JPY", "monthly"))
    yield "year_2025", replace(demo, options={**demo.options, "year": 2025})
    yield "year_2027", replace(demo, options={**demo.options, "year": 2027})
    yield "us", parse_scenario(_US)
    yield "gb", parse_scenario(_GB)
    yield "small", parse_scenario(_SMALL)


def outputs(scenario: Scenario) -> dict[str, str]:
    """Every output of a scenario: JSON and Markdown of each audience in en and ja."""
    out = {}
    for audience in ("recruiter", "candidate"):
        report = scenario.assess(audience=audience)
        for locale in ("en", "ja"):
            out[f"{audience}.{locale}.json"] = report.to_json(locale=locale)
            out[f"{audience}.{locale}.md"] = report.render(locale)
    return out


_KEPT = Path(__file__).parent / "data" / "kept_outputs.json"


def _digests(scenario: Scenario) -> dict[str, str]:
    return {k: hashlib.sha256(v.encode()).hexdigest() for k, v in outputs(scenario).items()}


def _kept() -> dict[str, dict[str, str]]:
    kept: dict[str, dict[str, str]] = json.loads(_KEPT.read_text())["sha256"]
    return kept


_CASES = dict(scenarios())


@pytest.mark.parametrize("name", list(_CASES))
def test_outputs_are_those_kept(name: str) -> None:
    scenario, kept = _CASES[name], _kept()[name]
    # twice: the second call runs on whatever the first left behind (warm paths)
    for _ in range(2):
        got = _digests(scenario)
        assert sorted(got) == sorted(kept)
        changed = [key for key in got if got[key] != kept[key]]
        assert not changed, f"{name}: {changed} differ from the kept outputs"


def test_every_kept_case_is_run() -> None:
    assert sorted(_kept()) == sorted(_CASES)


if __name__ == "__main__":
    commit = subprocess.run(
        ["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    data = {"commit": commit, "sha256": {name: _digests(s) for name, s in scenarios()}}
    _KEPT.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    sys.exit(0)
