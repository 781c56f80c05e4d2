"""Results an assessment keeps between calls (offer structures, take-home figures, aged market
tables, positions) change nothing: a warm call gives the report of a cold one, and a changed
input is computed anew."""

from __future__ import annotations

from dataclasses import replace

import pytest

from expectgap.assess import evidence, net
from expectgap.assess.scenario import Scenario, load_scenario
from expectgap.cli import demo_file
from expectgap.money import Money
from expectgap.payroll.jp.deductions import Deductions
from expectgap.payroll.jp.household import Household

_MEMOS = (net._figures, net._structure, evidence._context, evidence._placed)


def _clear() -> None:
    for kept in _MEMOS:
        kept.cache_clear()


def _outputs(scenario: Scenario) -> list[str]:
    return [
        scenario.assess(audience=audience).to_json(locale=locale)
        for audience in ("recruiter", "candidate")
        for locale in ("en", "ja")
    ]


@pytest.fixture(scope="module")
def demo() -> Scenario:
    return load_scenario(demo_file())


def test_a_warm_call_gives_the_cold_report(demo: Scenario) -> None:
    _clear()
    cold = _outputs(demo)
    assert all(kept.cache_size() > 0 for kept in _MEMOS)
    assert _outputs(demo) == cold


def test_a_changed_offer_or_market_is_computed_anew(demo: Scenario) -> None:
    package = demo.offer.package
    raised = replace(
        demo,
        offer=replace(demo.offer, package=replace(package, base=Money(470_000, "JPY", "monthly"))),
    )
    assert demo.market is not None
    shifted = replace(demo, market=demo.market.scaled(1.05))
    older = replace(demo, expectations=replace(demo.expectations, age=52))
    for variant in (raised, shifted, older):
        _outputs(demo)  # the demo's results kept
        warm = _outputs(variant)
        _clear()
        assert _outputs(variant) == warm
        assert warm != _outputs(demo)


def test_household_declarations_are_part_of_the_key(demo: Scenario) -> None:
    def declaring(amount: int) -> Scenario:
        household = Household(spouse=True, deductions=Deductions(life_general=amount))
        return replace(demo, expectations=replace(demo.expectations, household=household))

    _clear()
    cold = [_outputs(declaring(amount)) for amount in (20_000, 80_000)]
    assert cold[0] != cold[1]
    assert [_outputs(declaring(amount)) for amount in (20_000, 80_000)] == cold


def test_the_memos_are_bounded() -> None:
    _clear()
    options = (("year", int, 2026), ("prefecture", str, "tokyo"), ("age", int, 30))
    for pay in range(300_000, 300_000 + net._KEPT_FIGURES + 8):
        net._figures(float(pay), 0.0, 0.0, options)
    assert net._figures.cache_size() == net._KEPT_FIGURES


def test_changing_a_report_dict_changes_no_later_one(demo: Scenario) -> None:
    report = demo.assess()
    first = report.to_json()
    data = report.to_dict()
    for gap in data["gaps"]:
        for item in gap["evidence"]:
            for value in list(item.values()):
                if isinstance(value, list):
                    for entry in value:
                        if isinstance(entry, dict):
                            entry.clear()
                    value.append("changed")
            item["kind"] = "changed"
    assert demo.assess().to_json() == first
    assert report.to_json() == first
