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

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from expectgap._lazy import CallableModule, export

if TYPE_CHECKING:
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

_EXPORTS = {
    "assess": "expectgap.assess.gaps",
    "AUDIENCES": "expectgap.assess.gaps",
    "BonusExpectation": "expectgap.assess.models",
    "ConditionsSought": "expectgap.assess.models",
    "Dimension": "expectgap.assess.codes",
    "DimensionPolicy": "expectgap.assess.policy",
    "Direction": "expectgap.assess.codes",
    "EvidenceKind": "expectgap.assess.evidence",
    "Expectations": "expectgap.assess.models",
    "Gap": "expectgap.assess.gaps",
    "GapReport": "expectgap.assess.gaps",
    "Gaps": "expectgap.assess.gaps",
    "Importance": "expectgap.assess.models",
    "Limit": "expectgap.assess.models",
    "load_scenario": "expectgap.assess.scenario",
    "LocationsSought": "expectgap.assess.models",
    "MarketPosition": "expectgap.assess.evidence",
    "MarketTrend": "expectgap.assess.evidence",
    "Note": "expectgap.assess.gaps",
    "Offer": "expectgap.assess.models",
    "PackageScale": "expectgap.assess.scale",
    "parse_scenario": "expectgap.assess.scenario",
    "PayMeasure": "expectgap.assess.scale",
    "Policy": "expectgap.assess.policy",
    "PositionSought": "expectgap.assess.models",
    "PositionSpec": "expectgap.assess.models",
    "SalaryBasis": "expectgap.assess.models",
    "SalaryExpectation": "expectgap.assess.models",
    "Scenario": "expectgap.assess.scenario",
    "Severity": "expectgap.assess.codes",
    "Stance": "expectgap.assess.codes",
    "TagsSought": "expectgap.assess.models",
    "TalkingPoint": "expectgap.assess.talking_points",
    "Zone": "expectgap.assess.zone",
    "ZoneReason": "expectgap.assess.zone",
}


def __getattr__(name: str) -> Any:
    """The exports listed in ``_EXPORTS``, each imported from its module on first use."""
    return export(__name__, _EXPORTS, name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


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

sys.modules[__name__].__class__ = CallableModule
