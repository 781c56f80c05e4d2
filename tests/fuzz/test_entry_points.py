"""Each keyword of the public entry points, given values of the wrong type or size, raises only
the hierarchy (hypothesis picks the hostile value; every entry point is tried with each)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import expectgap.frame as frame
from expectgap import position
from expectgap.assess import Expectations, Offer, Policy, PositionSpec, assess, parse_scenario
from expectgap.assess.scenario import load_scenario
from expectgap.market import PeerGroup, SurveyTable, blend
from expectgap.money import Money
from expectgap.package import Bonus, CompensationPackage
from expectgap.payroll import jp

FUZZ = settings.get_profile("expectgap-fuzz")
Rule = Callable[..., Any]

hostile = st.sampled_from(
    [None, True, "x", -1, 1e308, float("nan"), 10**30, [1, -1], (), {}, "1e999999", 2**63, 5e-324]
)


def _table(**kwargs: Any) -> SurveyTable:
    return SurveyTable.from_percentiles(
        {25: 300_000, 50: 400_000, 75: 500_000}, currency="JPY", **kwargs
    )


def _report() -> Any:
    offer = Offer(PositionSpec("E"), CompensationPackage(base=Money(300_000, "JPY", "monthly")))
    return assess(Expectations(), offer, year=2026)


OFFER = Offer(PositionSpec("E"), CompensationPackage(base=Money(300_000, "JPY", "monthly")))
ROWS = pd.DataFrame({"offer_base": [300_000], "amount": [300_000], "pay": [300_000], "k": ["a"]})

CALLS: dict[str, Callable[[Any], Any]] = {
    "jp.annual pay": lambda v: jp.annual(v, year=2026),
    "jp.annual year": lambda v: jp.annual(300_000, year=v),
    "jp.annual prefecture": lambda v: jp.annual(300_000, year=2026, prefecture=v),
    "jp.annual industry": lambda v: jp.annual(300_000, year=2026, industry=v),
    "jp.annual health_rate": lambda v: jp.annual(300_000, year=2026, health_rate=v),
    "jp.annual bonus_months": lambda v: jp.annual(300_000, year=2026, bonus=1, bonus_months=v),
    "jp.annual spouse_income": lambda v: jp.annual(300_000, year=2026, spouse_income=v),
    "jp.annual prior_year_salary": lambda v: jp.annual(300_000, year=2026, prior_year_salary=v),
    "jp.gross_up age": lambda v: jp.gross_up(300_000, year=2026, age=v),
    "jp.gross_up commuting": lambda v: jp.gross_up(300_000, year=2026, commuting_allowance=v),
    "jp.gross_up period": lambda v: jp.gross_up(300_000, year=2026, period=v),
    "jp.income_tax": lambda v: jp.income_tax(v, year=2026, social_insurance=0),
    "jp.resident_tax": lambda v: jp.resident_tax(v, fiscal_year=2026, social_insurance=0),
    "jp.withholding": lambda v: jp.withholding(v, year=2026),
    "jp.social_insurance": lambda v: jp.social_insurance(v, premium_month="2026-05"),
    "jp.social_insurance month": lambda v: jp.social_insurance(300_000, premium_month=v),
    "jp.standard_monthly": lambda v: jp.standard_monthly(v, premium_month="2026-05"),
    "SurveyTable top_coded": lambda v: _table(top_coded=v),
    "SurveyTable n": lambda v: _table(n=v),
    "SurveyTable as_of": lambda v: _table(as_of=v),
    "SurveyTable source": lambda v: _table(source=v),
    "SurveyTable.aged_to": lambda v: _table(as_of="2024-01-01").aged_to("2026-01-01", v),
    "SurveyTable.ppf": lambda v: _table().ppf(v),
    "SurveyTable.from_toml": lambda v: SurveyTable.from_toml(v),
    "SurveyTable.from_csv": lambda v: SurveyTable.from_csv(v, currency="JPY"),
    "blend": lambda v: blend(v),
    "blend weights": lambda v: blend([_table()], weights=v),
    "position band": lambda v: position(100, _table(), band=v),
    "position reference": lambda v: position(100, v),
    "PeerGroup": lambda v: PeerGroup(v),
    "load_scenario": lambda v: load_scenario(v),
    "parse_scenario base": lambda v: parse_scenario("[offer.package]\nbase_monthly = 1\n", v),
    "assess jurisdiction": lambda v: assess(Expectations(), OFFER, year=2026, jurisdiction=v),
    "assess trend": lambda v: assess(
        Expectations(), OFFER, year=2026, trend=v, market=_table(as_of="2024-01-01")
    ),
    "assess audience": lambda v: assess(Expectations(), OFFER, year=2026, audience=v),
    "assess market_measure": lambda v: assess(
        Expectations(), OFFER, year=2026, market_measure=v, market=_table()
    ),
    "report.render": lambda v: _report().render(v),
    "report.to_json": lambda v: _report().to_json(locale=v),
    "report.to_dict": lambda v: _report().to_dict(audience=v),
    "Bonus payment_months": lambda v: Bonus(months=2, payment_months=v),
    "CompensationPackage months_per_year": lambda v: CompensationPackage(
        base=Money(300_000, "JPY", "monthly"), months_per_year=v
    ),
    "effective_hourly": lambda v: OFFER.package.effective_hourly(v),
    "Money.converted": lambda v: Money(1, "USD").converted("JPY", v),
    "Money.rounded": lambda v: Money(1, "USD").rounded(v),
    "frame.net columns": lambda v: frame.net(ROWS, year=2026, columns=v),
    "frame.net errors": lambda v: frame.net(ROWS, year=2026, errors=v),
    "frame.net year": lambda v: frame.net(ROWS, year=v),
    "frame.assess policy": lambda v: frame.assess(ROWS, year=2026, policy=v),
    "frame.talking_points locale": lambda v: frame.talking_points(ROWS, year=2026, locale=v),
    "frame.talking_points audience": lambda v: frame.talking_points(ROWS, year=2026, audience=v),
    "frame.position by": lambda v: frame.position(ROWS, {"a": _table()}, by=v),
    "frame.position basis": lambda v: frame.position(ROWS, _table(), basis=v),
    "Policy.from_toml": lambda v: Policy.from_toml(v),
    "Policy.from_file": lambda v: Policy.from_file(v),
}


# ROWS holds the columns of every frame call at once, so a hostile value that happens to be
# valid (columns=None) is a call that rightly warns about the columns it does not read.
@pytest.mark.filterwarnings("ignore:columns not used:UserWarning")
@pytest.mark.parametrize("name", sorted(CALLS))
@settings(FUZZ, max_examples=13)
@given(value=hostile)
def test_hostile_keyword(hierarchy: Rule, name: str, value: Any) -> None:
    hierarchy(CALLS[name], value)
