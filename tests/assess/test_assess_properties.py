"""Properties of assess() over generated candidates and offers (hypothesis)."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from fractions import Fraction
from importlib import resources
from typing import Any

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from expectgap.assess import (
    BonusExpectation,
    ConditionsSought,
    Expectations,
    GapReport,
    Limit,
    LocationsSought,
    Offer,
    PositionSought,
    SalaryBasis,
    SalaryExpectation,
    TagsSought,
    assess,
)
from expectgap.conditions import Location
from expectgap.market import PeerGroup, SurveyTable
from expectgap.money import Money
from expectgap.testing.strategies import expectations, offers

AS_OF = date(2026, 11, 1)
SCHEMA = json.loads(resources.files("expectgap.assess").joinpath("schema.json").read_text())
MARKET = SurveyTable.from_percentiles(
    {10: 250_000, 25: 300_000, 50: 370_000, 75: 450_000, 90: 540_000},
    currency="JPY",
    period="monthly",
    n=1_000,
    as_of="2024-06-30",
    source="test table",
)
PEERS = PeerGroup([300_000 + 25_000 * i for i in range(12)])
PROPERTY = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
GROSS_BASES = ("gross_monthly", "gross_annual")


def _assess(wish: Expectations, offer: Offer, **kwargs: Any) -> GapReport:
    return assess(wish, offer, year=2026, as_of=AS_OF, **kwargs)


def mirror(offer: Offer, basis: str) -> Expectations:
    """Expectations that ask for exactly what the offer gives."""
    plain = _assess(Expectations(), offer)
    pos = offer.position
    salary_basis = SalaryBasis(basis)
    if salary_basis.is_net:
        fig = plain.gap("net_salary")
        target = fig.offered if basis == "net_monthly" else fig.facts["net_annual_offered"]
    else:
        measure = "monthly_gross" if basis == "gross_monthly" else "annual_cash"
        from expectgap.assess import PackageScale

        scale = PackageScale.of(offer.package)
        target = scale.offered(measure)
    bonus = plain.gap("bonus").facts
    months = None
    if bonus["guaranteed_months"] is not None:
        months = bonus["guaranteed_months"] + bonus["variable_months"]
    c = offer.conditions
    return Expectations(
        position=PositionSought(
            pos.title, pos.level, pos.role_family, pos.duties, pos.manages_people
        ),
        salary=SalaryExpectation(target, basis=basis),
        bonus=None if months is None else BonusExpectation(months=months),
        conditions=ConditionsSought(
            hours_per_week=Limit(c.hours_per_week, importance="must"),
            overtime_hours_per_month=Limit(c.overtime_hours_per_month),
            locations=None if c.location is None else LocationsSought((c.location,), "must"),
            remote_days_per_week=Limit(c.remote_days_per_week),
            paid_leave_days=Limit(c.paid_leave_days),
            atmosphere=TagsSought(offer.atmosphere) if offer.atmosphere else None,
        ),
    )


@PROPERTY
@given(offers(), st.sampled_from(("gross_monthly", "gross_annual", "net_monthly", "net_annual")))
def test_identical_expectations_and_offer_give_no_gaps(offer: Offer, basis: str) -> None:
    report = _assess(mirror(offer, basis), offer)
    assert [g.severity.value for g in report.gaps] == ["none"] * 10
    assert {p.stance.value for p in report.talking_points} <= {"accept", "confirm"}
    assert report.zone is not None
    assert report.zone.reason.value == "offer_meets_target"


@PROPERTY
@given(
    expectations(bases=tuple(SalaryBasis)),
    offers(),
    st.integers(1, 400_000),
)
def test_raising_the_offer_never_raises_the_salary_severity(
    wish: Expectations, offer: Offer, raise_by: int
) -> None:
    base = offer.package.monthly_base().amount
    higher = offer.package.base * ((base + raise_by) / base) if base else offer.package.base
    better = dataclasses.replace(offer, package=dataclasses.replace(offer.package, base=higher))
    before, after = _assess(wish, offer), _assess(wish, better)
    for dim in ("gross_salary", "net_salary"):
        assert after.gap(dim).severity.code <= before.gap(dim).severity.code


@PROPERTY
@given(expectations(), offers(), st.integers(1, 3_000_000), st.booleans())
def test_candidate_output_does_not_depend_on_budget_or_peers(
    wish: Expectations, offer: Offer, extra: int, with_peers: bool
) -> None:
    # Whatever the budget and the peer group, the candidate's JSON and text are the same: they
    # cannot reveal either. And they hold no recruiter-only field.
    budget = offer.package.guaranteed_annual_cash() + Money(extra, "JPY", "annual")
    other = dataclasses.replace(offer, budget_ceiling=budget)
    peers = PEERS if with_peers else None
    a = _assess(wish, offer, market=MARKET)
    b = _assess(wish, other, market=MARKET, peers=peers)
    for locale in ("en", "ja"):
        ja, jb = (
            a.to_json(audience="candidate", locale=locale),
            b.to_json(audience="candidate", locale=locale),
        )
        assert ja == jb
        assert a.render(locale, audience="candidate") == b.render(locale, audience="candidate")
        data = json.loads(jb)
        assert "zone" not in data
        assert "peers" not in data
        kinds = {e["kind"] for g in data["gaps"] for e in g["evidence"]}
        assert "peers" not in kinds
    recruiter = json.loads(b.to_json())
    assert recruiter["zone"]["budget_ceiling"] is not None


@PROPERTY
@given(
    expectations(),
    offers(),
    st.sampled_from(("recruiter", "candidate")),
    st.sampled_from(("en", "ja")),
    st.booleans(),
)
def test_json_validates_and_rendering_never_fails(
    wish: Expectations, offer: Offer, audience: str, locale: str, evidence: bool
) -> None:
    kwargs: dict[str, Any] = {"market": MARKET, "peers": PEERS, "trend": 0.03} if evidence else {}
    report = _assess(wish, offer, **kwargs)
    jsonschema.validate(json.loads(report.to_json(audience=audience, locale=locale)), SCHEMA)
    text = report.render(locale, audience=audience)
    assert text.startswith("# ")
    assert "{" not in text
    frame = report.to_frame(audience=audience, locale=locale)
    assert frame.shape == (10, 13)


@PROPERTY
@given(
    expectations(
        bases=GROSS_BASES,
        currency="USD",
        min_monthly_target=2_000,
        max_monthly_target=30_000,
        country="US",
    ),
    offers("USD", min_monthly_base=2_000, max_monthly_base=30_000, country="US"),
    st.sampled_from(("en", "ja")),
)
def test_us_offers_render_take_home_only_where_the_state_is_known(
    wish: Expectations, offer: Offer, locale: str
) -> None:
    # The generated place of work names a state with rules here: the take-home is computed.
    report = assess(wish, offer, jurisdiction="US", year=2026, as_of=AS_OF)
    assert report.gap("net_salary").offered is not None
    jsonschema.validate(json.loads(report.to_json(locale=locale)), SCHEMA)
    assert "$" in report.render(locale)
    # Without a state there are no US payroll rules to apply: no take-home, said as unstated.
    stateless = dataclasses.replace(
        offer, conditions=dataclasses.replace(offer.conditions, location=Location("US"))
    )
    report = assess(wish, stateless, jurisdiction="US", year=2026, as_of=AS_OF)
    assert report.gap("net_salary").direction.value == "unstated"
    assert report.gap("net_salary").offered is None
    jsonschema.validate(json.loads(report.to_json(locale=locale)), SCHEMA)
    assert "$" in report.render(locale)


def test_fraction_targets_are_accepted() -> None:
    wish = Expectations(salary=SalaryExpectation(Fraction(1_000_001, 2), basis="gross_monthly"))
    offer = next(iter([_example_offer()]))
    assert _assess(wish, offer).gap("gross_salary").expected == 500_000.5


def _example_offer() -> Offer:
    from expectgap.assess import PositionSpec
    from expectgap.cli import example_offer

    package, conditions = example_offer()
    return Offer(PositionSpec("Engineer"), package, conditions)


def test_report_never_claims_payroll_rules_it_did_not_apply() -> None:
    # A USD offer assessed with no payroll engine for its currency and jurisdiction (here JP
    # rules for a USD package): the header says no rules applied instead of "JP, 2026 rules".
    from expectgap.assess import PositionSpec
    from expectgap.money import Money
    from expectgap.package import CompensationPackage

    offer = Offer(
        PositionSpec("Engineer"), CompensationPackage(base=Money(9_000, "USD", "monthly"))
    )
    report = assess(Expectations(), offer, jurisdiction="JP", year=2026, as_of=AS_OF)
    assert "2026 rules" not in report.render("en")
    assert "none applied" in report.render("en")
    assert "2026年の制度" not in report.render("ja")
