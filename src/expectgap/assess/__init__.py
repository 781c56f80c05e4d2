"""Expectation-gap assessment and structured negotiation talking points.

Compare what a candidate seeks (:class:`Expectations`) with what a company offers
(:class:`Offer`) on the ten dimensions of the recruiter's checklist, with evidence from the
market and from employees of similar ability and experience, a salary zone of agreement, and
talking points in English or Japanese. See ``docs/assessment.md``.

Examples
--------
>>> from expectgap.assess import Expectations, Offer, PositionSpec, SalaryExpectation, assess
>>> from expectgap.money import Money
>>> from expectgap.package import CompensationPackage
>>> offer = Offer(PositionSpec("Software Engineer"),
...               CompensationPackage(base=Money(450_000, "JPY", "monthly")))
>>> wish = Expectations(salary=SalaryExpectation(400_000, basis="net_monthly_average"))
>>> report = assess(wish, offer, year=2026, as_of=__import__("datetime").date(2026, 11, 1))
>>> net = report.gap("net_salary")
>>> round(net.offered), net.severity.value, report.gap("gross_salary").expected
(353652, 'major', 513629.0)
"""

from expectgap.assess.codes import Dimension, Direction, Severity, Stance
from expectgap.assess.evidence import EvidenceKind, MarketPosition, MarketTrend
from expectgap.assess.gaps import AUDIENCES, Gap, GapReport, Gaps, Note, assess
from expectgap.assess.models import (
    BonusExpectation,
    ConditionsSought,
    Expectations,
    Importance,
    Limit,
    LocationsSought,
    Offer,
    PositionSought,
    PositionSpec,
    SalaryBasis,
    SalaryExpectation,
    TagsSought,
)
from expectgap.assess.policy import DimensionPolicy, Policy
from expectgap.assess.scale import PackageScale, PayMeasure
from expectgap.assess.scenario import Scenario, load_scenario, parse_scenario
from expectgap.assess.talking_points import TalkingPoint
from expectgap.assess.zone import Zone, ZoneReason

__all__ = [
    "AUDIENCES",
    "BonusExpectation",
    "ConditionsSought",
    "Dimension",
    "DimensionPolicy",
    "Direction",
    "EvidenceKind",
    "Expectations",
    "Gap",
    "GapReport",
    "Gaps",
    "Importance",
    "Limit",
    "LocationsSought",
    "MarketPosition",
    "MarketTrend",
    "Note",
    "Offer",
    "PackageScale",
    "PayMeasure",
    "Policy",
    "PositionSought",
    "PositionSpec",
    "SalaryBasis",
    "SalaryExpectation",
    "Scenario",
    "Severity",
    "Stance",
    "TagsSought",
    "TalkingPoint",
    "Zone",
    "ZoneReason",
    "assess",
    "load_scenario",
    "parse_scenario",
]
