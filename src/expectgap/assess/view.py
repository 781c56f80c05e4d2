"""Audience views of a report: plain data built from allow-lists.

A view is the dict behind :meth:`GapReport.to_dict`, ``to_json``, ``to_frame`` and ``render``,
and the only input of the talking-point rules. It is built by copying the fields each audience
may see, named in the allow-lists below; nothing else is copied, so a field added later stays
out of the candidate's view until it is listed here.

The candidate's view never holds the budget ceiling, the zone of agreement or the counter-offer
(``zone``), the peer group's size or any peer statistic (``peers``, ``"peers"`` evidence, the
``peers_withheld`` note).

Examples
--------
>>> sorted(set(TOP_LEVEL["recruiter"]) - set(TOP_LEVEL["candidate"]))
['peers', 'zone']
>>> sorted(EVIDENCE_KINDS["candidate"])
['market', 'trend']
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from expectgap._memo import memo
from expectgap.assess.evidence import MarketPosition, MarketTrend
from expectgap.errors import InvalidInput
from expectgap.money import currency as currency_info

if TYPE_CHECKING:
    import pandas as pd

    from expectgap.assess.gaps import Gap, GapReport

__all__ = [
    "EVIDENCE_KINDS",
    "FACTS",
    "GAP_FIELDS",
    "NOTE_CODES",
    "SCHEMA_ID",
    "TOP_LEVEL",
    "frame",
    "redact",
    "view",
]

#: Identifier of the data layout (``assess/schema.json``).
SCHEMA_ID = "expectgap.assess/1"

_COMMON_TOP = (
    "schema",
    "audience",
    "jurisdiction",
    "year",
    "rules_year",
    "as_of",
    "currency",
    "salary_basis",
    "severity",
    "counts",
    "gaps",
    "market",
    "notes",
)
#: Top-level fields each audience sees.
TOP_LEVEL: Mapping[str, tuple[str, ...]] = {
    "recruiter": (*_COMMON_TOP, "zone", "peers"),
    "candidate": _COMMON_TOP,
}
#: Fields of each gap (both audiences).
GAP_FIELDS = (
    "dimension",
    "unit",
    "expected",
    "offered",
    "difference",
    "difference_pct",
    "direction",
    "severity",
    "importance",
    "stated",
    "stance",
    "priority",
    "facts",
    "evidence",
)
_FACTS: Mapping[str, tuple[str, ...]] = {
    "position": (
        "title_offered",
        "level_offered",
        "role_family_offered",
        "duties_offered",
        "manages_people_offered",
        "title_expected",
        "level_expected",
        "min_level",
        "role_family_expected",
        "duties_expected",
        "manages_people_expected",
        "role_family_match",
        "duties_missing",
        "duties_extra",
    ),
    "gross_salary": (
        "measure",
        "base_offered",
        "variable_bonus_expected",
        "fixed_overtime_pay",
        "fixed_overtime_hours",
        "walk_away",
        "base_needed",
        "base_needed_walk_away",
        "target_basis",
        "target_index",
        "binding",
    ),
    "net_salary": (
        "basis",
        "net_payslip_month",
        "payslip_month",
        "payslip_gross",
        "payslip_social_insurance",
        "payslip_income_tax",
        "payslip_resident_tax",
        "net_monthly_average",
        "net_annual_offered",
        "gross_annual_offered",
        "income_tax",
        "resident_tax",
        "social_insurance",
        "prefecture",
        "age",
        "age_assumed",
        "dependents",
        "household_stated",
        "residence",
        "year",
        # the US and UK engines (expectgap.assess.net_engine)
        "net_monthly_regular",
        "gross_regular_annual",
        "federal_income_tax",
        "social_security",
        "medicare",
        "state_income_tax",
        "state_payroll_tax",
        "local_income_tax",
        "national_insurance",
        "student_loan",
        "region",
        "tax_year",
        "filing_status",
        "walk_away",
        "gross_needed",
        "gross_offered",
        "target_basis",
        "target_index",
        "binding",
    ),
    "bonus": (
        "guaranteed_amount",
        "variable_amount",
        "guaranteed_months",
        "variable_months",
        "unstated_guarantee_amount",
        "unstated_guarantee_months",
        "guaranteed_required",
        "walk_away",
    ),
    "hours": ("flex_time", "walk_away"),
    "overtime": (
        "fixed_overtime_hours",
        "fixed_overtime_pay",
        "walk_away",
        "fixed_overtime_minimum",
        "fixed_overtime_shortfall",
        "fixed_overtime_pay_that_counts",
        "fixed_overtime_scheduled_hours",
        "fixed_overtime_hourly_rate",
        "fixed_overtime_premium",
        "fixed_overtime_hours_limit",
        "scheduled_hours_assumed",
        "scheduled_hours_from_holidays",
        "fixed_overtime_included_in",
        "legal_issues",
    ),
    "location": ("offered_place", "expected_places"),
    "remote_work": ("walk_away",),
    "leave": (
        "annual_holidays",
        "walk_away",
        "statutory_leave_days",
        "statutory_leave_after_months",
    ),
    "atmosphere": ("missing",),
}
#: Facts each audience sees, per dimension (no fact is recruiter-only today; the candidate's
#: list is still spelled out so that new facts stay hidden until reviewed).
FACTS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "recruiter": _FACTS,
    "candidate": _FACTS,
}
#: Evidence kinds each audience sees.
EVIDENCE_KINDS: Mapping[str, frozenset[str]] = {
    "recruiter": frozenset({"market", "peers", "trend"}),
    "candidate": frozenset({"market", "trend"}),
}
#: Note codes each audience sees.
NOTE_CODES: Mapping[str, frozenset[str]] = {
    "recruiter": frozenset(
        {
            "net_not_assessed",
            "prefecture_assumed",
            "age_assumed",
            "salary_converted",
            "peers_withheld",
            "market_illustrative",
            "rules_year_fallback",
            "net_needs_region",
            "region_assumed",
            "region_not_supported",
        }
    ),
    "candidate": frozenset(
        {
            "net_not_assessed",
            "prefecture_assumed",
            "age_assumed",
            "salary_converted",
            "market_illustrative",
            "rules_year_fallback",
            "net_needs_region",
            "region_assumed",
            "region_not_supported",
        }
    ),
}
_MONEY_FACTS = frozenset(
    {
        "base_offered",
        "variable_bonus_expected",
        "fixed_overtime_pay",
        "base_needed",
        "base_needed_walk_away",
        "net_annual_offered",
        "net_payslip_month",
        "payslip_gross",
        "payslip_social_insurance",
        "payslip_income_tax",
        "payslip_resident_tax",
        "net_monthly_average",
        "gross_needed",
        "gross_offered",
        "gross_annual_offered",
        "income_tax",
        "resident_tax",
        "social_insurance",
        "net_monthly_regular",
        "gross_regular_annual",
        "federal_income_tax",
        "social_security",
        "medicare",
        "state_income_tax",
        "state_payroll_tax",
        "local_income_tax",
        "national_insurance",
        "student_loan",
        "guaranteed_amount",
        "variable_amount",
        "fixed_overtime_minimum",
        "fixed_overtime_shortfall",
        "fixed_overtime_pay_that_counts",
        "fixed_overtime_hourly_rate",
        "fixed_overtime_included_in",
    }
)
_MONEY_UNITS = ("money_monthly", "money_annual")
_DIGITS = 4
# Whole floats up to this size are exact integers (2 ** 53).
_EXACT_WHOLE = 2**53


def _check(audience: str) -> str:
    if not isinstance(audience, str) or audience not in TOP_LEVEL:
        raise InvalidInput("audience", audience, "'recruiter' or 'candidate'")
    return audience


class _Numbers:
    """Numbers as plain data, money to ``minor`` decimals (the currency's minor units)."""

    def __init__(self, minor: int) -> None:
        self.minor = minor

    def money(self, value: Any) -> Any:
        if value is None:
            return None
        rounded = round(float(value), self.minor) + 0.0
        return int(rounded) if self.minor == 0 else rounded

    def plain(self, value: Any) -> Any:
        if type(value) is float:  # the most common case, first
            return _plain_number(value)
        if isinstance(value, bool) or value is None or isinstance(value, str | int):
            return value
        if isinstance(value, tuple | list):
            return list(value)
        return _plain_number(float(value))


def _plain_number(number: float) -> float | int | None:
    """A number as plain data: None when not finite, else to :data:`_DIGITS` decimals (an
    int when whole, and exact as a float)."""
    if not math.isfinite(number):
        return None
    rounded = round(number, _DIGITS) + 0.0
    return int(rounded) if rounded == int(rounded) and abs(rounded) < _EXACT_WHOLE else rounded


def _evidence(item: MarketPosition | MarketTrend, num: _Numbers) -> dict[str, Any]:
    # evidence items are kept between assessments (see expectgap.assess.evidence): so are
    # their plain data, handed out as copies (the caller may change what it gets)
    return {
        key: [dict(v) if type(v) is dict else v for v in value] if type(value) is list else value
        for key, value in _evidence_data(item, num.minor).items()
    }


# Plain data of evidence items kept (of the items of the assessments made lately).
_KEPT_EVIDENCE = 1024


@memo(_KEPT_EVIDENCE)
def _evidence_data(item: MarketPosition | MarketTrend, minor: int) -> dict[str, Any]:
    num = _Numbers(minor)
    if isinstance(item, MarketTrend):
        out: dict[str, Any] = {
            "kind": "trend",
            "annual_rate": num.plain(item.annual_rate),
            "from": item.from_date.isoformat(),
            "to": item.to_date.isoformat(),
            "factor": round(item.factor, 6),
            "median_before": num.money(item.median_before),
            "median_after": num.money(item.median_after),
            "measure": item.measure.value,
        }
        if item.observed:
            out["observed"] = [
                {"year": y, "rate": num.plain(r), "preliminary": p} for y, r, p in item.observed
            ]
            out["series"] = item.series
            out["source"] = item.source
            out["extrapolated_rate"] = num.plain(item.extrapolated_rate)
            out["extrapolated_from"] = (
                None if item.extrapolated_from is None else item.extrapolated_from.isoformat()
            )
            out["extrapolation_basis"] = (
                None if item.extrapolation_basis is None else list(item.extrapolation_basis)
            )
        return out
    return {
        "kind": item.kind.value,
        "subject": item.subject,
        "amount": num.money(item.amount),
        "measure": item.measure.value,
        "percentile": num.plain(item.percentile),
        "percentile_ci": None
        if item.percentile_ci is None
        else [num.plain(x) for x in item.percentile_ci],
        "label": item.label,
        "gap_to_median": num.money(item.gap_to_median),
        "gap_to_median_pct": num.plain(item.gap_to_median_pct),
        "compa_ratio": num.plain(item.compa_ratio),
        "n": item.n,
        "source": item.source,
        "as_of": None if item.as_of is None else item.as_of.isoformat(),
    }


def _value(value: Any, unit: str, num: _Numbers) -> Any:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, tuple | list):
        return list(value)
    return num.money(value) if unit in _MONEY_UNITS else num.plain(value)


def _gap(gap: Gap, audience: str, num: _Numbers) -> dict[str, Any]:
    dim = gap.dimension.value
    allowed = FACTS[audience][dim]
    facts: dict[str, Any] = {}
    for key in allowed:
        if key not in gap.facts:
            continue
        value = gap.facts[key]
        money = key in _MONEY_FACTS or (key == "walk_away" and gap.unit in _MONEY_UNITS)
        facts[key] = num.money(value) if money else num.plain(value)
    kinds = EVIDENCE_KINDS[audience]
    full = {
        "dimension": dim,
        "unit": gap.unit,
        "expected": _value(gap.expected, gap.unit, num),
        "offered": _value(gap.offered, gap.unit, num),
        "difference": _value(gap.difference, gap.unit, num),
        "difference_pct": num.plain(gap.difference_pct),
        "direction": gap.direction.value,
        "severity": gap.severity.value,
        "importance": None if gap.importance is None else gap.importance.value,
        "stated": gap.stated,
        "stance": gap.stance.value,
        "priority": gap.priority,
        "facts": facts,
        "evidence": [_evidence(e, num) for e in gap.evidence if e.kind.value in kinds],
    }
    return {key: full[key] for key in GAP_FIELDS}


def view(report: GapReport, audience: str) -> dict[str, Any]:
    """The plain data ``audience`` may see (without talking points; see
    :meth:`GapReport.to_dict`).

    Raises
    ------
    InvalidInput
        For an unknown audience, or a recruiter view asked of a candidate report.

    Examples
    --------
    >>> from expectgap.assess import Expectations, Offer, PositionSpec, assess
    >>> from expectgap.money import Money
    >>> from expectgap.package import CompensationPackage
    >>> offer = Offer(PositionSpec(), CompensationPackage(base=Money(300_000, "JPY", "monthly")))
    >>> sorted(view(assess(Expectations(), offer, year=2026), "candidate"))[:4]
    ['as_of', 'audience', 'counts', 'currency']
    """
    audience = _check(audience)
    if report.audience == "candidate" and audience != "candidate":
        raise InvalidInput("audience", audience, "'candidate' for a candidate report")
    num = _Numbers(currency_info(report.currency).minor_units)
    counts = dict.fromkeys(("none", "minor", "major", "blocking"), 0)
    for g in report.gaps:
        counts[g.severity.value] += 1
    market = None
    if report.market is not None:
        ctx = report.market
        market = {
            "source": ctx.source,
            "as_of": None if ctx.as_of is None else ctx.as_of.isoformat(),
            "n": ctx.n,
            "measure": ctx.measure.value,
            "period": ctx.table.period.value,
            "currency": ctx.table.currency,
        }
    zone = None
    if report.zone is not None:
        z = report.zone
        zone = {
            "measure": z.measure.value,
            "candidate_target": num.money(z.candidate_target),
            "candidate_walk_away": num.money(z.candidate_walk_away),
            "offered": num.money(z.offered),
            "budget_ceiling": num.money(z.budget_ceiling),
            "low": num.money(z.low),
            "high": num.money(z.high),
            "empty": z.empty,
            "counter_offer": num.money(z.counter_offer),
            "counter_offer_base": num.money(z.counter_offer_base),
            "counter_offer_net": num.money(z.counter_offer_net),
            "reason": z.reason.value,
            "basis": z.basis,
            "walk_away_stated": z.walk_away_stated,
        }
    full: dict[str, Any] = {
        "schema": SCHEMA_ID,
        "audience": audience,
        "jurisdiction": report.jurisdiction,
        "year": report.year,
        "rules_year": report.year if report.rules_year is None else report.rules_year,
        "as_of": report.as_of.isoformat(),
        "currency": report.currency,
        "salary_basis": None if report.salary_basis is None else report.salary_basis.value,
        "severity": report.severity.value,
        "counts": counts,
        "gaps": [_gap(g, audience, num) for g in report.gaps],
        "market": market,
        "notes": [
            {"code": n.code, "params": {k: num.plain(v) for k, v in n.params.items()}}
            for n in report.notes
            if n.code in NOTE_CODES[audience]
        ],
        "zone": zone,
        "peers": None if report.peers_n is None else {"n": report.peers_n},
    }
    return {key: full[key] for key in TOP_LEVEL[audience]}


def redact(report: GapReport, audience: str) -> GapReport:
    """The report object as ``audience`` may see it, rebuilt from the same allow-lists.

    Examples
    --------
    >>> from expectgap.assess import Expectations, Offer, PositionSpec, assess
    >>> from expectgap.money import Money
    >>> from expectgap.package import CompensationPackage
    >>> offer = Offer(PositionSpec(), CompensationPackage(base=Money(300_000, "JPY", "monthly")))
    >>> r = assess(Expectations(), offer, year=2026, audience="candidate")
    >>> r.audience, r.zone, r.peers_n
    ('candidate', None, None)
    """
    from expectgap.assess.gaps import Gaps
    from expectgap.assess.talking_points import talking_points

    audience = _check(audience)
    if report.audience == "candidate" and audience != "candidate":
        raise InvalidInput("audience", audience, "'candidate' for a candidate report")
    top = TOP_LEVEL[audience]
    kinds = EVIDENCE_KINDS[audience]
    gaps = Gaps(
        g._but(
            facts={k: g.facts[k] for k in FACTS[audience][g.dimension.value] if k in g.facts},
            evidence=tuple(e for e in g.evidence if e.kind.value in kinds),
        )
        for g in report.gaps
    )
    shown = dataclasses.replace(
        report,
        gaps=gaps,
        zone=report.zone if "zone" in top else None,
        peers_n=report.peers_n if "peers" in top else None,
        notes=tuple(n for n in report.notes if n.code in NOTE_CODES[audience]),
        audience=audience,
        talking_points=(),
    )
    return dataclasses.replace(shown, talking_points=talking_points(view(shown, audience), "en"))


#: Columns of :func:`frame`, in order.
FRAME_COLUMNS = (
    "dimension",
    "unit",
    "expected",
    "offered",
    "difference",
    "difference_pct",
    "direction",
    "severity",
    "importance",
    "stated",
    "stance",
    "priority",
    "summary",
)


def frame(data: Mapping[str, Any]) -> pd.DataFrame:
    """One row per dimension from a report dict (see :meth:`GapReport.to_frame`).

    Examples
    --------
    >>> from expectgap.assess import Expectations, Offer, PositionSpec, assess
    >>> from expectgap.money import Money
    >>> from expectgap.package import CompensationPackage
    >>> offer = Offer(PositionSpec(), CompensationPackage(base=Money(300_000, "JPY", "monthly")))
    >>> f = frame(assess(Expectations(), offer, year=2026).to_dict())
    >>> list(f.columns) == list(FRAME_COLUMNS), f.loc[0, "dimension"]
    (True, 'position')
    """
    import pandas as pd

    summaries = {p["topic"]: p["summary"] for p in data.get("talking_points", [])}
    rows = []
    for gap in data["gaps"]:
        row = {key: gap[key] for key in FRAME_COLUMNS if key in gap}
        for key in ("expected", "offered"):
            if isinstance(row[key], list):
                row[key] = "; ".join(row[key])
        row["summary"] = summaries.get(gap["dimension"])
        rows.append(row)
    return pd.DataFrame(rows, columns=list(FRAME_COLUMNS))
