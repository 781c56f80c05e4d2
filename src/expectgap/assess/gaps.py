"""Gaps between what a candidate seeks and what a company offers, one per dimension.

:func:`assess` compares :class:`~expectgap.assess.models.Expectations` with an
:class:`~expectgap.assess.models.Offer` on the ten dimensions of the recruiter's checklist
(position, gross salary, net salary, bonus, hours, overtime, location, remote work, leave,
atmosphere) and returns a :class:`GapReport`: one :class:`Gap` per dimension, the salary zone of
agreement, evidence from the market and the peer group, and talking points.

Conventions
-----------
* **Difference** is ``offered - expected`` in the dimension's unit; ``difference_pct`` is that
  in percent of the expected value. The **shortfall** (from the candidate's side: pay or leave
  below, hours above) drives the severity through the thresholds of
  :class:`~expectgap.assess.policy.Policy` (``policy.toml``: policy, not law).
* **Salary** is compared on the basis the candidate stated. Gross monthly pay is everything paid
  every month (base, allowances, fixed overtime pay); gross annual pay is guaranteed annual cash
  (that plus guaranteed bonuses; variable bonuses are kept apart, in ``facts``). A take-home
  expectation is compared net to net through the payroll engine and translated into the gross it
  needs (the engine's gross-up, on the offer's own package structure); its **severity is
  measured in gross terms** (how much more gross pay the target needs), which never rises as an
  offer improves, whereas take-home pay can dip by a few hundred yen just above a
  social-insurance grade boundary. The other salary dimension (gross for a take-home
  expectation, and vice versa) shows the same comparison translated, with the same severity; its
  talking point explains rather than negotiates.
* An unstated dimension has direction ``unstated`` and severity ``none``: the company explains
  what it offers and confirms it with the candidate. A term the *offer* does not state has
  ``offered`` None ("not stated", never a default) and a point asking for it; the statutory
  paid-leave minimum is shown only as law (``facts["statutory_leave_days"]``).
* **Limits and the law.** A must-have limit on a condition that the offer passes is at least
  major. Fixed overtime pay below its statutory minimum, or covering more than the 36-agreement
  limit, makes the overtime gap short and at least major (:mod:`expectgap.assess.legal`).
  Amounts that cannot be meant are refused (:mod:`expectgap.assess.plausibility`).

Examples
--------
>>> from expectgap.assess import Expectations, Offer, PositionSpec, SalaryExpectation, assess
>>> from expectgap.money import Money
>>> from expectgap.package import CompensationPackage
>>> offer = Offer(PositionSpec("Engineer"),
...               CompensationPackage(base=Money(450_000, "JPY", "monthly")))
>>> wish = Expectations(salary=SalaryExpectation(500_000, basis="gross_monthly"))
>>> report = assess(wish, offer, year=2026)
>>> g = report.gap("gross_salary")
>>> g.expected, g.offered, g.difference, round(g.difference_pct, 1), g.severity.value
(500000.0, 450000.0, -50000.0, -10.0, 'major')
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np

from expectgap._memo import memo
from expectgap.assess import plausibility, rules
from expectgap.assess.codes import (
    DIRECTIONS,
    SEVERITIES,
    STANCES,
    Dimension,
    Direction,
    Severity,
    Stance,
)
from expectgap.assess.evidence import (
    MarketContext,
    MarketPosition,
    MarketTrend,
    market_context,
    market_positions,
    peer_positions,
)
from expectgap.assess.legal import fixed_overtime_facts
from expectgap.assess.models import (
    Expectations,
    Importance,
    Limit,
    Offer,
    SalaryBasis,
    SalaryExpectation,
)
from expectgap.assess.net import NetFigures, NetModel, net_model, payroll_year
from expectgap.assess.net_engine import EngineFigures, EngineNetModel
from expectgap.assess.policy import Measure, Policy
from expectgap.assess.scale import PackageScale, PayMeasure
from expectgap.assess.zone import Zone, zone_of_agreement
from expectgap.conditions import Location
from expectgap.errors import CurrencyMismatch, InsufficientData, InvalidInput, UnsupportedRule
from expectgap.market import PeerGroup, SurveyTable
from expectgap.market.trend import PayTrend
from expectgap.money import Money, Period, as_fraction
from expectgap.package import CompensationPackage
from expectgap.payroll import engine, jurisdiction_code, supported_jurisdictions

if TYPE_CHECKING:
    import pandas as pd

    from expectgap.assess.talking_points import TalkingPoint
    from expectgap.fx import ExchangeRate

__all__ = ["AUDIENCES", "Gap", "GapReport", "Gaps", "Note", "assess"]

#: The two audiences of a report. The candidate's view never holds the budget, the zone of
#: agreement, the counter-offer or anything derived from the peer group.
AUDIENCES = ("recruiter", "candidate")

Value = float | str | tuple[str, ...] | None
Fact = float | int | str | bool | tuple[str, ...] | None
Evidence = MarketPosition | MarketTrend
_MAX_CODE = 20  # characters of a jurisdiction code
_DEFAULT_JURISDICTION = "JP"
# Offers whose bonus figures are kept (the packages assessed lately).
_KEPT_PACKAGES = 256


@dataclass(frozen=True)
class Gap:
    """The comparison on one dimension.

    Attributes
    ----------
    dimension : Dimension
    unit : str
        ``money_monthly``, ``money_annual`` (in the report's currency), ``bonus_months``,
        ``hours_per_week``, ``hours_per_month``, ``days_per_week``, ``days_per_year``,
        ``level``, ``place`` or ``tags``.
    expected, offered : float, str, tuple of str or None
        What was sought (None when unstated) and what is offered.
    difference, difference_pct : float or None
        ``offered - expected`` and that in percent of ``expected`` (None when not numeric).
    direction : Direction
    severity : Severity
    importance : Importance or None
        Must or want (None when unstated).
    stated : bool
        Whether the candidate stated this figure (False for the salary basis the candidate did
        not use, and for unstated dimensions).
    facts : mapping
        Dimension-specific details (walk-away, gross needed, fixed overtime hours, ...).
    evidence : tuple
        :class:`~expectgap.assess.evidence.MarketPosition` and
        :class:`~expectgap.assess.evidence.MarketTrend` items (salary dimensions).
    stance : Stance
        What to do about it (:func:`expectgap.assess.rules.stance`).
    priority : int
        Rank of its talking point, 1 first (:func:`expectgap.assess.rules.priority_rank`).

    Examples
    --------
    >>> Gap(Dimension.HOURS, "hours_per_week", 40.0, 45.0, 5.0, 12.5, Direction.SHORT,
    ...     Severity.MAJOR, Importance.MUST, True, {}).is_gap
    True
    """

    dimension: Dimension
    unit: str
    expected: Value
    offered: Value
    difference: float | None
    difference_pct: float | None
    direction: Direction
    severity: Severity
    importance: Importance | None
    stated: bool
    facts: Mapping[str, Fact] = field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()
    stance: Stance = Stance.CONFIRM
    priority: int = 0

    @property
    def is_gap(self) -> bool:
        """Whether the severity is above ``none``.

        Examples
        --------
        >>> Gap(Dimension.LEAVE, "days_per_year", None, 15.0, None, None, Direction.UNSTATED,
        ...     Severity.NONE, None, False).is_gap
        False
        """
        return self.severity is not Severity.NONE

    def _but(
        self,
        *,
        facts: Mapping[str, Fact] | None = None,
        evidence: tuple[Evidence, ...] | None = None,
        stance: Stance | None = None,
        priority: int | None = None,
    ) -> Gap:
        """This gap with some of its last four fields replaced (``dataclasses.replace`` of
        them, built directly)."""
        return Gap(
            self.dimension,
            self.unit,
            self.expected,
            self.offered,
            self.difference,
            self.difference_pct,
            self.direction,
            self.severity,
            self.importance,
            self.stated,
            self.facts if facts is None else facts,
            self.evidence if evidence is None else evidence,
            self.stance if stance is None else stance,
            self.priority if priority is None else priority,
        )


class Gaps(tuple[Gap, ...]):
    """The gaps of a report in checklist order; index by position or by dimension name.

    Examples
    --------
    >>> gaps = Gaps([Gap(Dimension.LEAVE, "days_per_year", None, 15.0, None, None,
    ...                  Direction.UNSTATED, Severity.NONE, None, False)])
    >>> gaps["leave"] is gaps[0]
    True
    """

    __slots__ = ()

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            wanted = Dimension(key)
            for gap in self:
                if gap.dimension is wanted:
                    return gap
            raise KeyError(key)
        return super().__getitem__(key)


@dataclass(frozen=True)
class Note:
    """A remark about the assessment (an assumption made, or evidence left out), by code.

    Codes: ``net_not_assessed`` (no payroll engine for the jurisdiction or currency),
    ``prefecture_assumed`` (no Japanese place of work: Tokyo rates used), ``peers_withheld``
    (peer group below the privacy floor; recruiter-only), ``market_illustrative`` (the
    market table's source says it is illustrative), ``rules_year_fallback`` (the latest
    rules used for a later year), ``net_needs_region`` (a US offer without its state of work:
    no take-home), ``region_assumed`` (a UK offer without its nation: England's rates),
    ``region_not_supported`` (a region without payroll rules: no take-home).

    Examples
    --------
    >>> Note("prefecture_assumed", {"prefecture": "tokyo"}).code
    'prefecture_assumed'
    """

    code: str
    params: Mapping[str, str | int | float] = field(default_factory=dict)


@dataclass(frozen=True)
class GapReport:
    """The result of :func:`assess`.

    Attributes
    ----------
    gaps : Gaps
        One per dimension, in checklist order (``report.gaps["net_salary"]`` also works).
    zone : Zone or None
        Salary zone of agreement and counter-offer (recruiter-only; None in a candidate report).
    talking_points : tuple of TalkingPoint
        For this report's audience, in English, ordered by priority (see :meth:`points` for
        another locale).
    currency, jurisdiction, year, as_of, audience
        Context of the assessment.
    salary_basis : SalaryBasis or None
        The basis of the binding salary target (the one the zone is built on).
    rules_year : int or None
        The year whose payroll rules were used: ``year``, or the latest year with rules when
        ``year`` is after it.
    market : MarketContext or None
        The market table as used (aged when a trend was given).
    peers_n : int or None
        Size of the peer group (recruiter-only).
    notes : tuple of Note
    policy : Policy

    Examples
    --------
    >>> from expectgap.assess import Expectations, Offer, PositionSpec, assess
    >>> from expectgap.money import Money
    >>> from expectgap.package import CompensationPackage
    >>> offer = Offer(PositionSpec("Engineer"),
    ...               CompensationPackage(base=Money(300_000, "JPY", "monthly")))
    >>> r = assess(Expectations(), offer, year=2026)
    >>> r.severity.value, len(r.gaps), {p.stance.value for p in r.talking_points}
    ('none', 10, {'confirm'})
    """

    def _repr_html_(self) -> str:
        """An HTML table for Jupyter."""
        from expectgap import _html

        return _html.gap_report(self)

    gaps: tuple[Gap, ...]
    zone: Zone | None
    talking_points: tuple[TalkingPoint, ...]
    currency: str
    jurisdiction: str
    year: int
    as_of: date
    salary_basis: SalaryBasis | None
    audience: str
    market: MarketContext | None
    peers_n: int | None
    notes: tuple[Note, ...]
    policy: Policy = field(repr=False, compare=False, default_factory=Policy.default)
    rules_year: int | None = None

    def gap(self, dimension: Dimension | str) -> Gap:
        """The gap of one dimension.

        Examples
        --------
        >>> from expectgap.assess import Expectations, Offer, PositionSpec, assess
        >>> from expectgap.money import Money
        >>> from expectgap.package import CompensationPackage
        >>> offer = Offer(PositionSpec(), CompensationPackage(base=Money(300_000, "JPY", "monthly")))
        >>> assess(Expectations(), offer, year=2026).gap("leave").dimension
        <Dimension.LEAVE: 'leave'>
        """
        try:
            key = Dimension(dimension).value
        except ValueError:
            names = ", ".join(d.value for d in Dimension)
            raise InvalidInput("dimension", dimension, f"one of {names}") from None
        gap: Gap = Gaps(self.gaps)[key]
        return gap

    @property
    def severity(self) -> Severity:
        """The most serious severity over all dimensions.

        Examples
        --------
        >>> GapReport((), None, (), "JPY", "JP", 2026, date(2026, 1, 1), None, "recruiter",
        ...           None, None, ()).severity
        <Severity.NONE: 'none'>
        """
        return SEVERITIES[max((g.severity.code for g in self.gaps), default=0)]

    def for_audience(self, audience: str) -> GapReport:
        """This report as ``audience`` may see it (a candidate report drops every
        recruiter-only item; built from allow-lists, see :mod:`expectgap.assess.view`).

        Examples
        --------
        >>> from expectgap.assess import Expectations, Offer, PositionSpec, assess
        >>> from expectgap.money import Money
        >>> from expectgap.package import CompensationPackage
        >>> offer = Offer(PositionSpec(), CompensationPackage(base=Money(300_000, "JPY", "monthly")),
        ...               budget_ceiling=Money(320_000, "JPY", "monthly"))
        >>> assess(Expectations(), offer, year=2026).for_audience("candidate").zone is None
        True
        """
        from expectgap.assess.view import redact

        return redact(self, audience)

    def points(
        self, *, audience: str | None = None, locale: str = "en"
    ) -> tuple[TalkingPoint, ...]:
        """Talking points for an audience and locale, ordered by priority.

        Examples
        --------
        >>> from expectgap.assess import Expectations, Offer, PositionSpec, assess
        >>> from expectgap.money import Money
        >>> from expectgap.package import CompensationPackage
        >>> offer = Offer(PositionSpec(), CompensationPackage(base=Money(300_000, "JPY", "monthly")))
        >>> len(assess(Expectations(), offer, year=2026).points(locale="ja"))
        10
        """
        from expectgap.assess.talking_points import talking_points
        from expectgap.assess.view import view

        return talking_points(view(self, audience or self.audience), locale)

    def to_dict(self, *, audience: str | None = None, locale: str = "en") -> dict[str, Any]:
        """The report as plain data following ``assess/schema.json`` (talking points in
        ``locale``). A candidate dict holds only allow-listed fields.

        Examples
        --------
        >>> from expectgap.assess import Expectations, Offer, PositionSpec, assess
        >>> from expectgap.money import Money
        >>> from expectgap.package import CompensationPackage
        >>> offer = Offer(PositionSpec(), CompensationPackage(base=Money(300_000, "JPY", "monthly")))
        >>> d = assess(Expectations(), offer, year=2026).to_dict(audience="candidate")
        >>> d["audience"], "zone" in d, len(d["gaps"])
        ('candidate', False, 10)
        """
        from expectgap.assess.locale import catalog
        from expectgap.assess.talking_points import talking_points
        from expectgap.assess.view import view

        data = view(self, audience or self.audience)
        cat = catalog(locale)
        for note in data["notes"]:
            params = {k: str(v) for k, v in note["params"].items()}
            note["message"] = cat.format(f"note.{note['code']}", **params)
        data["locale"] = locale
        data["talking_points"] = [p.to_dict() for p in talking_points(data, locale)]
        return data

    def to_json(
        self, *, audience: str | None = None, locale: str = "en", indent: int | None = 2
    ) -> str:
        """:meth:`to_dict` as JSON text (UTF-8 characters kept).

        Examples
        --------
        >>> from expectgap.assess import Expectations, Offer, PositionSpec, assess
        >>> from expectgap.money import Money
        >>> from expectgap.package import CompensationPackage
        >>> offer = Offer(PositionSpec(), CompensationPackage(base=Money(300_000, "JPY", "monthly")))
        >>> assess(Expectations(), offer, year=2026).to_json(indent=None)[:40]
        '{"schema": "expectgap.assess/1", "audien'
        """
        import json  # here: a report shown as text need not import it

        return json.dumps(
            self.to_dict(audience=audience, locale=locale), ensure_ascii=False, indent=indent
        )

    def to_frame(self, *, audience: str | None = None, locale: str = "en") -> pd.DataFrame:
        """One row per dimension: the gap and its talking point (stance, priority, summary).

        Examples
        --------
        >>> from expectgap.assess import Expectations, Offer, PositionSpec, assess
        >>> from expectgap.money import Money
        >>> from expectgap.package import CompensationPackage
        >>> offer = Offer(PositionSpec(), CompensationPackage(base=Money(300_000, "JPY", "monthly")))
        >>> assess(Expectations(), offer, year=2026).to_frame().shape
        (10, 13)
        """
        from expectgap.assess.view import frame

        return frame(self.to_dict(audience=audience, locale=locale))

    def render(self, locale: str = "en", *, audience: str | None = None) -> str:
        """The report as Markdown in ``"en"`` or ``"ja"``.

        Examples
        --------
        >>> from expectgap.assess import Expectations, Offer, PositionSpec, assess
        >>> from expectgap.money import Money
        >>> from expectgap.package import CompensationPackage
        >>> offer = Offer(PositionSpec(), CompensationPackage(base=Money(300_000, "JPY", "monthly")))
        >>> assess(Expectations(), offer, year=2026).render("ja").splitlines()[0]
        '# 条件すり合わせレポート'
        """
        from expectgap.assess.render import render

        return render(self.to_dict(audience=audience, locale=locale), locale)

    def _repr_markdown_(self) -> str:
        return self.render()


# --- helpers ----------------------------------------------------------------------------------
def _f(value: object) -> float:
    return float(as_fraction(value)) if not isinstance(value, float) else value


def _num(x: float) -> float:
    """A plain float without negative zero."""
    return float(x) + 0.0


def _diff(expected: float | None, offered: float | None) -> tuple[float | None, float | None]:
    if expected is None or offered is None or math.isnan(expected) or math.isnan(offered):
        return None, None
    d = _num(offered - expected)
    pct = None if expected == 0 else _num(d / expected * 100.0)
    return d, pct


@dataclass(frozen=True)
class _Row:
    """A gap under construction, before stance and priority."""

    gap: Gap
    negotiable: bool
    confirm: bool = False
    derived: bool = False


def _severity(
    short: float,
    must: bool,
    pol: tuple[float, float],
    *,
    beyond: bool,
    has_walk: bool,
    limit: bool = False,
) -> Severity:
    return SEVERITIES[_severity_code(short, must, pol[0], pol[1], beyond, has_walk, limit)]


# Rule results of one gap kept (the few distinct inputs of the assessments made lately).
_KEPT_RULES = 1024


@memo(_KEPT_RULES)
def _severity_code(
    short: float,
    must: bool,
    minor: float,
    blocking: float,
    beyond: bool,
    has_walk: bool,
    limit: bool,
) -> int:
    """:func:`expectgap.assess.rules.severity` of one gap."""
    return int(
        rules.severity(
            short,
            must,
            minor=minor,
            blocking=blocking,
            beyond_walk_away=beyond,
            has_walk_away=has_walk,
            limit=limit,
        )
    )


def _direction(target: float | None, offered: float | None, *, higher_is_better: bool) -> Direction:
    t = math.nan if target is None else target
    o = math.nan if offered is None else offered
    return DIRECTIONS[_direction_code(t, o, higher_is_better)]


@memo(_KEPT_RULES)
def _direction_code(target: float, offered: float, higher_is_better: bool) -> int:
    """:func:`expectgap.assess.rules.direction` of one gap."""
    return int(rules.direction(target, offered, higher_is_better=higher_is_better))


@memo(_KEPT_RULES)
def _shortfall(target: float, offered: float, higher_is_better: bool, measure: Measure) -> float:
    """:func:`expectgap.assess.rules.shortfall` of one gap."""
    return float(
        rules.shortfall(target, offered, higher_is_better=higher_is_better, measure=measure)
    )


def _limit_gap(
    dim: Dimension,
    unit: str,
    limit: Limit | None,
    offered: float | None,
    *,
    higher_is_better: bool,
    policy: Policy,
    facts: Mapping[str, Fact] | None = None,
    confirm: bool = False,
) -> _Row:
    """A condition with a limit sought; ``offered`` None when the offer does not state it
    (then unstated, with a point to confirm it)."""
    pol = policy.dimension(dim)
    base_facts: dict[str, Fact] = dict(facts or {})
    if limit is None or offered is None:
        target = None if limit is None else _f(limit.target)
        if limit is not None:
            base_facts["walk_away"] = None if limit.walk_away is None else _f(limit.walk_away)
        gap = Gap(
            dim,
            unit,
            target,
            offered,
            None,
            None,
            Direction.UNSTATED,
            Severity.NONE,
            None if limit is None else Importance.parse(limit.importance),
            limit is not None,
            base_facts,
        )
        return _Row(gap, pol.negotiable, confirm or offered is None)
    target = _f(limit.target)
    walk = None if limit.walk_away is None else _f(limit.walk_away)
    short = _shortfall(target, offered, higher_is_better, pol.measure)
    beyond = walk is not None and (offered < walk if higher_is_better else offered > walk)
    importance = Importance.parse(limit.importance)
    sev = _severity(
        short,
        importance is Importance.MUST,
        (pol.minor, pol.blocking),
        beyond=beyond,
        has_walk=walk is not None,
        limit=True,
    )
    base_facts["walk_away"] = walk
    d, pct = _diff(target, offered)
    gap = Gap(
        dim,
        unit,
        target,
        offered,
        d,
        pct,
        _direction(target, offered, higher_is_better=higher_is_better),
        sev,
        importance,
        True,
        base_facts,
    )
    return _Row(gap, pol.negotiable, confirm)


def _stated(value: object) -> float | None:
    return None if value is None else _f(value)


def _leave_facts(offer: Offer, jurisdiction: str, when: date) -> dict[str, Fact]:
    """Annual holidays, and the statutory minimum of paid leave when the offer states none
    (law, labelled as such: never shown as the offer's own figure)."""
    facts: dict[str, Fact] = {"annual_holidays": offer.annual_holidays}
    if offer.conditions.paid_leave_days is None and jurisdiction == "JP":
        from expectgap.payroll.jp.labour_law import first_leave_grant

        months, days = first_leave_grant(when)
        facts["statutory_leave_days"] = float(days)
        facts["statutory_leave_after_months"] = float(months)
    return facts


# --- assess -----------------------------------------------------------------------------------
def assess(
    expectations: Expectations,
    offer: Offer,
    *,
    market: SurveyTable | None = None,
    peers: PeerGroup | None = None,
    jurisdiction: str | None = None,
    year: int | None = None,
    market_measure: PayMeasure | str | None = None,
    peer_measure: PayMeasure | str | None = None,
    trend: float | PayTrend | None = None,
    as_of: date | None = None,
    audience: str = "recruiter",
    policy: Policy | None = None,
    strict_year: bool = False,
    exchange_rate: ExchangeRate | None = None,
) -> GapReport:
    """Compare what a candidate seeks with what a company offers.

    Parameters
    ----------
    expectations : Expectations
        What the candidate seeks (and age and dependents, for take-home pay).
    offer : Offer
        What the company offers, with its budget ceiling (recruiter-only).
    market : SurveyTable, optional
        Gross market pay for the role, in the offer's currency.
    peers : PeerGroup, optional
        Pay of employees of similar ability and experience (recruiter-only evidence).
    jurisdiction : str, optional
        Payroll rules for take-home pay (ISO 3166-1 code, ``"UK"`` taken for ``"GB"``); default:
        the country of the offer's place of work, else the country of its currency, else
        ``"JP"``. Japan (``"JP"``), the United States (``"US"``, with the offer's state of work)
        and the United Kingdom (``"GB"``) have payroll engines (:mod:`expectgap.assess.net`,
        :mod:`expectgap.assess.net_engine`). Elsewhere, a take-home expectation raises
        :class:`~expectgap.errors.UnsupportedRule` and a gross one is assessed without
        take-home figures.
    year : int, optional
        Calendar year of the assessment (default: the year of ``as_of``). A year after the last
        year with payroll rules is assessed under the latest rules: the report's
        ``rules_year`` says which, with a ``rules_year_fallback`` note. In the UK the year is
        that in which the tax year starts (2026: the tax year 2026/27).
    market_measure : PayMeasure or str, optional
        What the market table measures (default ``monthly_gross`` for a monthly table,
        ``annual_cash`` for an annual one; ``monthly_scheduled`` for Japan's 所定内給与).
    peer_measure : PayMeasure or str, optional
        What the peer amounts measure (default: the market measure, else ``annual_cash``).
    trend : float or PayTrend, optional
        Market pay growth: a yearly rate (0.038 for 3.8%, an assumption) or a published series
        (:func:`expectgap.datasets.wage_census_trend`); the table is aged from its ``as_of`` to
        the assessment date and the trend (with its years, source and any extrapolation) is
        shown as evidence.
    as_of : datetime.date, optional
        Assessment date (default: today).
    audience : {"recruiter", "candidate"}
        Who the report is for (a candidate report drops every recruiter-only item).
    policy : Policy, optional
        Severity thresholds (default: the shipped ``policy.toml``).
    strict_year : bool
        Refuse a year without payroll rules (:class:`~expectgap.errors.UnsupportedRule`)
        instead of falling back to the latest rules.
    exchange_rate : expectgap.fx.ExchangeRate, optional
        A stated, dated rate between the currency of a salary target and the offer's. A target
        in another currency is converted with it into the offer's currency on the same basis
        (a take-home target stays a take-home target, under the offer's payroll rules), and a
        ``salary_converted`` note shows the conversion. Without it such a target raises
        :class:`~expectgap.errors.CurrencyMismatch`: nothing is converted silently.

    Returns
    -------
    GapReport

    Raises
    ------
    InvalidInput
        Wrong input types, an unknown audience, a market trend without a table date.
    CurrencyMismatch
        A salary expectation, market table or peer group in another currency than the offer.
    PeriodMismatch
        A market measure whose period is not the table's.
    UnsupportedRule
        A take-home expectation where no payroll engine applies, or a year without rules.

    Examples
    --------
    >>> from expectgap.assess import Expectations, Offer, PositionSpec, SalaryExpectation
    >>> from expectgap.money import Money
    >>> from expectgap.package import CompensationPackage
    >>> offer = Offer(PositionSpec(), CompensationPackage(base=Money(8_500, "USD", "monthly")))
    >>> wish = Expectations(salary=SalaryExpectation(100_000, currency="USD"))
    >>> r = assess(wish, offer, jurisdiction="US", year=2026)
    >>> r.gap("gross_salary").severity.value, r.gap("net_salary").direction.value
    ('none', 'unstated')
    """
    if not isinstance(expectations, Expectations):
        raise InvalidInput("expectations", expectations, "an Expectations")
    if not isinstance(offer, Offer):
        raise InvalidInput("offer", offer, "an Offer")
    if not isinstance(audience, str) or audience not in AUDIENCES:
        raise InvalidInput("audience", audience, "'recruiter' or 'candidate'")
    if peers is not None and not isinstance(peers, PeerGroup):
        raise InvalidInput("peers", peers, "a PeerGroup")
    if market is not None and not isinstance(market, SurveyTable):
        raise InvalidInput("market", market, "a SurveyTable")
    if policy is not None and not isinstance(policy, Policy):
        raise InvalidInput("policy", policy, "a Policy (Policy.from_file(...) reads one)")
    if as_of is not None and (isinstance(as_of, datetime) or not isinstance(as_of, date)):
        raise InvalidInput("as_of", as_of, "a datetime.date such as date(2026, 11, 1)")
    if jurisdiction is None:
        jurisdiction = _jurisdiction_of(offer)
    elif not isinstance(jurisdiction, str) or len(jurisdiction) > _MAX_CODE:
        raise InvalidInput("jurisdiction", jurisdiction, "a jurisdiction code such as 'JP'")
    else:
        jurisdiction = jurisdiction_code(jurisdiction)
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        raise InvalidInput("year", year, "a calendar year as a whole number")
    pol = Policy.default() if policy is None else policy
    when = date.today() if as_of is None else as_of
    tax_year = when.year if year is None else year
    package = offer.package
    code = package.currency
    notes: list[Note] = []
    expectations = _in_currency(expectations, code, exchange_rate, notes)
    plausibility.check(expectations, offer, jurisdiction=jurisdiction, when=when)
    scale = PackageScale.of(package)
    rules_year = payroll_year(jurisdiction, code, tax_year, strict=strict_year)
    if rules_year != tax_year:
        notes.append(Note("rules_year_fallback", {"year": tax_year, "rules_year": rules_year}))
    net = net_model(
        jurisdiction, offer, expectations=expectations, year=rules_year, notes=notes, scale=scale
    )
    if any(SalaryBasis.parse(s.basis).is_net for s in expectations.salaries) and net is None:
        engines = [f"{c} ({engine(c).currency})" for c in supported_jurisdictions()]
        raise UnsupportedRule("jurisdiction", f"{jurisdiction} ({code})", engines)

    ctx = None
    if market is not None:
        ctx = market_context(market, market_measure, trend=trend, as_of=when, currency=code)
        if ctx.source and "illustrative" in ctx.source.lower():
            notes.append(Note("market_illustrative", {"source": ctx.source}))
    elif trend is not None:
        raise InvalidInput("trend", trend, "a market table to age (pass market=...)")
    if peers is not None and peers.currency not in (None, code):
        raise CurrencyMismatch(code, str(peers.currency), "peer comparison")
    peer_m = PayMeasure.parse(
        peer_measure
        if peer_measure is not None
        else (ctx.measure if ctx is not None else PayMeasure.ANNUAL_CASH)
    )

    salary_rows, zone = _salary_rows(
        expectations, offer, scale, net, ctx, peers, peer_m, pol, notes
    )
    rows = [
        _position_row(expectations, offer, pol),
        *salary_rows,
        _bonus_row(expectations, offer, pol),
        _limit_gap(
            Dimension.HOURS,
            "hours_per_week",
            expectations.conditions.hours_per_week,
            _stated(offer.conditions.hours_per_week),
            higher_is_better=False,
            policy=pol,
            facts={"flex_time": offer.conditions.flex_time},
        ),
        _overtime_row(expectations, offer, pol, jurisdiction, when),
        _location_row(expectations, offer, pol),
        _limit_gap(
            Dimension.REMOTE_WORK,
            "days_per_week",
            expectations.conditions.remote_days_per_week,
            _stated(offer.conditions.remote_days_per_week),
            higher_is_better=True,
            policy=pol,
        ),
        _limit_gap(
            Dimension.LEAVE,
            "days_per_year",
            expectations.conditions.paid_leave_days,
            _stated(offer.conditions.paid_leave_days),
            higher_is_better=True,
            policy=pol,
            facts=_leave_facts(offer, jurisdiction, when),
        ),
        _atmosphere_row(expectations, offer, pol),
    ]
    report = GapReport(
        gaps=_with_stances(rows, pol),
        zone=zone,
        talking_points=(),
        currency=code,
        jurisdiction=jurisdiction,
        year=tax_year,
        as_of=when,
        salary_basis=None if zone is None or zone.basis is None else SalaryBasis(zone.basis),
        audience="recruiter",
        market=ctx,
        peers_n=None if peers is None else peers.n,
        notes=tuple(notes),
        policy=pol,
        rules_year=rules_year,
    )
    return report.for_audience(audience)


def _with_stances(rows: list[_Row], policy: Policy) -> tuple[Gap, ...]:
    severity = np.array([r.gap.severity.code for r in rows], dtype=np.int8)
    direction = np.array([r.gap.direction.code for r in rows], dtype=np.int8)
    stance = rules.stance(
        severity,
        direction,
        negotiable=[r.negotiable for r in rows],
        needs_confirmation=[r.confirm for r in rows],
        derived=[r.derived for r in rows],
    )
    must = [r.gap.importance is Importance.MUST for r in rows]
    score = rules.priority_score(
        severity,
        stance,
        must,
        severity_weight=policy.severity_weight,
        stance_weight=policy.stance_weight,
        must_weight=policy.must_weight,
    )
    rank = rules.priority_rank(score)
    return Gaps(
        r.gap._but(stance=STANCES[code], priority=place)
        for r, code, place in zip(rows, stance.tolist(), rank.tolist(), strict=True)
    )


def _position_row(expectations: Expectations, offer: Offer, policy: Policy) -> _Row:
    pol = policy.dimension(Dimension.POSITION)
    off = offer.position
    sought = expectations.position
    facts: dict[str, Fact] = {
        "title_offered": off.title,
        "level_offered": off.level,
        "role_family_offered": off.role_family,
        "duties_offered": off.duties,
        "manages_people_offered": off.manages_people,
    }
    if sought is None:
        gap = Gap(
            Dimension.POSITION,
            "level",
            None,
            off.title,
            None,
            None,
            Direction.UNSTATED,
            Severity.NONE,
            None,
            False,
            facts,
        )
        return _Row(gap, pol.negotiable)
    importance = Importance.parse(sought.importance)
    must = importance is Importance.MUST
    facts.update(
        title_expected=sought.title,
        level_expected=sought.level,
        min_level=sought.min_level,
        role_family_expected=sought.role_family,
        duties_expected=sought.duties,
        manages_people_expected=sought.manages_people,
    )
    codes: list[int] = []
    short = False
    better = False
    difference = None
    if sought.level is not None and off.level is not None:
        gap_levels = float(sought.level - off.level)
        beyond = sought.min_level is not None and off.level < sought.min_level
        codes.append(
            _severity(
                max(gap_levels, 0.0),
                must,
                (pol.minor, pol.blocking),
                beyond=beyond,
                has_walk=sought.min_level is not None,
            ).code
        )
        short |= gap_levels > 0
        better |= gap_levels < 0
        difference = float(off.level - sought.level)
    family_mismatch = None
    if sought.role_family is not None and off.role_family is not None:
        family_mismatch = sought.role_family.casefold() != off.role_family.casefold()
        codes.append(
            _severity(float(family_mismatch), must, (0.0, 0.0), beyond=False, has_walk=False).code
        )
        short |= family_mismatch
    facts["role_family_match"] = None if family_mismatch is None else not family_mismatch
    offered_duties = {d.casefold() for d in off.duties}
    missing = tuple(d for d in sought.duties if d.casefold() not in offered_duties)
    sought_duties = {d.casefold() for d in sought.duties}
    extra = tuple(d for d in off.duties if d.casefold() not in sought_duties)
    facts["duties_missing"] = missing if sought.duties and off.duties else ()
    facts["duties_extra"] = extra if sought.duties else ()
    if sought.duties and off.duties:
        missing_pct = 100.0 * len(missing) / len(sought.duties)
        codes.append(
            _severity(
                missing_pct, False, (policy.duties_minor, math.inf), beyond=False, has_walk=False
            ).code
        )
        short |= bool(missing)
    manage_mismatch = (
        sought.manages_people is not None
        and off.manages_people is not None
        and sought.manages_people != off.manages_people
    )
    if sought.manages_people is not None and off.manages_people is not None:
        codes.append(
            _severity(
                float(manage_mismatch), False, (0.0, math.inf), beyond=False, has_walk=False
            ).code
        )
        short |= manage_mismatch
    title_differs = (
        sought.title is not None
        and off.title is not None
        and sought.title.casefold() != off.title.casefold()
    )
    if not codes:
        direction = Direction.UNSTATED
    elif short:
        direction = Direction.SHORT
    else:
        direction = Direction.EXCEEDS if better else Direction.MEETS
    severity = SEVERITIES[max(codes, default=0)]
    gap = Gap(
        Dimension.POSITION,
        "level",
        sought.title,
        off.title,
        difference,
        None,
        direction,
        severity,
        importance,
        True,
        facts,
    )
    confirm = bool(facts["duties_extra"]) or title_differs
    return _Row(gap, pol.negotiable, confirm)


@dataclass(frozen=True)
class _Target:
    """One salary target solved on the offer's package: the base pay it needs and its gross
    figures on the measure of its period."""

    index: int
    basis: SalaryBasis
    target: float
    walk: float | None
    importance: Importance
    base_t: float
    base_w: float | None
    measure: PayMeasure

    @property
    def monthly(self) -> bool:
        return self.basis.period is Period.MONTHLY


def _solve(
    index: int,
    salary: SalaryExpectation,
    scale: PackageScale,
    net: NetModel | EngineNetModel | None,
) -> _Target:
    basis = SalaryBasis.parse(salary.basis)
    target = _f(salary.target)
    walk = None if salary.walk_away is None else _f(salary.walk_away)
    measure = PayMeasure.MONTHLY_GROSS if basis.period is Period.MONTHLY else PayMeasure.ANNUAL_CASH
    b0 = float(scale.base)
    if basis.is_net:
        assert net is not None
        # The gross-up is exact to one yen (cent) of monthly pay: within that, the offer meets it.
        unit = net.unit if isinstance(net, EngineNetModel) else 1.0
        needed = net.bases_needed((target,) if walk is None else (target, walk), basis)
        base_t = _within_a_unit(needed[0], b0, unit)
        base_w = None if walk is None else _within_a_unit(needed[1], b0, unit)
    else:
        base_t = float(scale.base_for(measure, target))
        base_w = None if walk is None else float(scale.base_for(measure, walk))
    importance = Importance.parse(salary.importance)
    return _Target(index, basis, target, walk, importance, base_t, base_w, measure)


def _in_currency(
    expectations: Expectations, code: str, rate: ExchangeRate | None, notes: list[Note]
) -> Expectations:
    """The salary targets in the offer's currency: converted with the stated rate (a note
    shows each conversion), or refused."""
    if rate is not None:
        from expectgap.fx import ExchangeRate  # here: most assessments are in one currency

        if not isinstance(rate, ExchangeRate):
            raise InvalidInput("exchange_rate", rate, "an expectgap.fx.ExchangeRate")
    targets = []
    for salary in expectations.salaries:
        if salary.currency == code:
            targets.append(salary)
            continue
        if rate is None or {rate.base, rate.quote} != {salary.currency, code}:
            raise CurrencyMismatch(
                salary.currency, code, "salary comparison (give assess an exchange_rate)"
            )
        from expectgap.fx import convert

        target = convert(Money(salary.target, salary.currency), rate)
        walk = (
            None
            if salary.walk_away is None
            else convert(Money(salary.walk_away, salary.currency), rate).money.amount
        )
        notes.append(Note("salary_converted", {"conversion": target.label}))
        targets.append(replace(salary, target=target.money.amount, walk_away=walk, currency=code))
    if all(t is s for t, s in zip(targets, expectations.salaries, strict=True)):
        return expectations
    return replace(expectations, salary=tuple(targets))


def _net_basis(period: Period) -> SalaryBasis:
    """The take-home shown for a gross target: the payslip month, or the year."""
    return SalaryBasis.NET_MONTHLY if period is Period.MONTHLY else SalaryBasis.NET_ANNUAL


def _salary_rows(
    expectations: Expectations,
    offer: Offer,
    scale: PackageScale,
    net: NetModel | EngineNetModel | None,
    ctx: MarketContext | None,
    peers: PeerGroup | None,
    peer_measure: PayMeasure,
    policy: Policy,
    notes: list[Note],
) -> tuple[list[_Row], Zone | None]:
    """The gross and take-home rows: one stated row per salary target on its dimension, and
    a derived row (from the binding target) for a dimension no target is stated on."""
    package = offer.package
    b0 = float(scale.base)
    offered = scale.offered_amount
    variable = float(offered[PayMeasure.ANNUAL_EXPECTED] - offered[PayMeasure.ANNUAL_CASH])
    fixed_ot = package.fixed_overtime
    offered_fig = None if net is None else net.figures(b0)
    pol_g = policy.dimension(Dimension.GROSS_SALARY)
    pol_n = policy.dimension(Dimension.NET_SALARY)
    confirm_gross = fixed_ot is not None or variable > 0

    def gross_facts(measure: PayMeasure) -> dict[str, Fact]:
        return {
            "measure": measure.value,
            "base_offered": b0,
            "variable_bonus_expected": variable,
            "fixed_overtime_pay": None if fixed_ot is None else float(fixed_ot.amount.amount),
            "fixed_overtime_hours": None if fixed_ot is None else _f(fixed_ot.hours),
        }

    def net_facts(basis: SalaryBasis) -> dict[str, Fact]:
        if offered_fig is None or net is None:
            return {"basis": basis.value}
        if isinstance(net, EngineNetModel):
            assert isinstance(offered_fig, EngineFigures)
            return {"basis": basis.value, **net.facts(offered_fig)}
        assert isinstance(offered_fig, NetFigures)
        slip = offered_fig.payslip
        return {
            "basis": basis.value,
            "net_payslip_month": offered_fig.net_payslip,
            "payslip_month": offered_fig.payslip_month,
            "payslip_gross": float(slip.gross),
            "payslip_social_insurance": float(slip.social_insurance_total),
            "payslip_income_tax": float(slip.income_tax),
            "payslip_resident_tax": float(slip.resident_tax),
            "net_monthly_average": offered_fig.net_monthly_average,
            "net_annual_offered": offered_fig.net_annual,
            "gross_annual_offered": offered_fig.gross_annual,
            "income_tax": offered_fig.income_tax,
            "resident_tax": offered_fig.resident_tax,
            "social_insurance": offered_fig.social_insurance,
            "prefecture": net.prefecture,
            "age": net.age,
            "age_assumed": expectations.age is None,
            "dependents": net.dependents,
            "household_stated": bool(net.household),
            "residence": dict(net.household).get("residence"),
            "year": net.year,
        }

    targets = [_solve(i, t, scale, net) for i, t in enumerate(expectations.salaries)]
    if not targets:
        unit, measure = "money_monthly", PayMeasure.MONTHLY_GROSS
        basis = SalaryBasis.NET_MONTHLY
        offered_net = None if offered_fig is None else offered_fig.net(basis)
        gross = Gap(
            Dimension.GROSS_SALARY,
            unit,
            None,
            float(scale.value(measure, b0)),
            None,
            None,
            Direction.UNSTATED,
            Severity.NONE,
            None,
            False,
            gross_facts(measure),
        )
        net_gap = Gap(
            Dimension.NET_SALARY,
            unit,
            None,
            offered_net,
            None,
            None,
            Direction.UNSTATED,
            Severity.NONE,
            None,
            False,
            net_facts(basis),
        )
        return [
            _Row(gross, pol_g.negotiable, fixed_ot is not None),
            _Row(net_gap, pol_n.negotiable),
        ], None

    # The binding target needs the most base pay (the first of equals).
    binding = max(targets, key=lambda t: (t.base_t, -t.index))
    several = len(targets) > 1
    figures: dict[float, NetFigures | EngineFigures] = {}

    def fig(base: float) -> NetFigures | EngineFigures | None:
        if net is None or base < 0:
            return None
        if base not in figures:
            figures[base] = offered_fig if base == b0 and offered_fig else net.figures(base)
        return figures[base]

    def evidence_of(t: _Target) -> tuple[Evidence, ...]:
        evidence: list[Evidence] = []
        if ctx is not None:
            if ctx.trend is not None:
                evidence.append(ctx.trend)
            subjects = {"expected": float(scale.value(ctx.measure, t.base_t))}
            if t.base_w is not None:
                subjects["walk_away"] = float(scale.value(ctx.measure, t.base_w))
            subjects["offered"] = float(scale.value(ctx.measure, b0))
            evidence.extend(
                market_positions(ctx.table, subjects, measure=ctx.measure, as_of=ctx.as_of)
            )
        if peers is not None:
            subjects = {"expected": float(scale.value(peer_measure, t.base_t))}
            subjects["offered"] = float(scale.value(peer_measure, b0))
            try:
                evidence.extend(peer_positions(peers, subjects, measure=peer_measure))
            except InsufficientData as exc:
                note = Note("peers_withheld", {"reason": exc.reason})
                if note not in notes:
                    notes.append(note)
        return tuple(evidence)

    def row(t: _Target, dimension: Dimension) -> _Row:
        stated = (dimension is Dimension.NET_SALARY) == t.basis.is_net
        measure = t.measure
        unit = "money_monthly" if t.monthly else "money_annual"
        offered_gross = float(scale.value(measure, b0))
        exp_gross = (
            t.target if stated and not t.basis.is_net else float(scale.value(measure, t.base_t))
        )
        walk_gross: float | None = None
        if t.base_w is not None:
            walk_gross = (
                t.walk if stated and not t.basis.is_net else float(scale.value(measure, t.base_w))
            )
        pol = policy.dimension(Dimension.NET_SALARY if t.basis.is_net else Dimension.GROSS_SALARY)
        short = _shortfall(exp_gross, offered_gross, True, pol.measure)
        beyond = walk_gross is not None and offered_gross < walk_gross
        severity = _severity(
            short,
            t.importance is Importance.MUST,
            (pol.minor, pol.blocking),
            beyond=beyond,
            has_walk=walk_gross is not None,
        )
        direction = _direction(exp_gross, offered_gross, higher_is_better=True)
        net_basis = t.basis if t.basis.is_net else _net_basis(t.basis.period)
        offered_net = None if offered_fig is None else offered_fig.net(net_basis)
        if t.basis.is_net and direction is not Direction.SHORT and offered_net is not None:
            direction = Direction.EXCEEDS if offered_net > t.target else Direction.MEETS
        extra: dict[str, Fact] = {"target_basis": t.basis.value}
        if several:
            extra.update(target_index=t.index, binding=t is binding)
        if dimension is Dimension.GROSS_SALARY:
            facts = gross_facts(measure)
            facts.update(
                walk_away=walk_gross,
                base_needed=t.base_t,
                base_needed_walk_away=t.base_w,
                **extra,
            )
            d, pct = _diff(exp_gross, offered_gross)
            gap = Gap(
                dimension,
                unit,
                exp_gross,
                offered_gross,
                d,
                pct,
                direction,
                severity,
                t.importance,
                stated,
                facts,
                evidence_of(t),
            )
            return _Row(gap, pol_g.negotiable, confirm_gross, derived=not stated)
        facts = net_facts(net_basis)
        if t.basis.is_net:
            exp_net: float | None = t.target
            walk_net = t.walk
        else:
            fig_t, fig_w = fig(t.base_t), None if t.base_w is None else fig(t.base_w)
            exp_net = None if fig_t is None else fig_t.net(net_basis)
            walk_net = None if fig_w is None else fig_w.net(net_basis)
        facts.update(
            walk_away=walk_net, gross_needed=exp_gross, gross_offered=offered_gross, **extra
        )
        if offered_net is None:
            gap = Gap(
                dimension,
                unit,
                exp_net,
                None,
                None,
                None,
                Direction.UNSTATED,
                Severity.NONE,
                t.importance if stated else None,
                stated,
                facts,
            )
        else:
            d, pct = _diff(exp_net, offered_net)
            gap = Gap(
                dimension,
                unit,
                exp_net,
                offered_net,
                d,
                pct,
                direction,
                severity,
                t.importance,
                stated,
                facts,
                evidence_of(t),
            )
        return _Row(gap, pol_n.negotiable, False, derived=not stated)

    rows: list[_Row] = []
    for dimension, on_it in (
        (Dimension.GROSS_SALARY, [t for t in targets if not t.basis.is_net]),
        (Dimension.NET_SALARY, [t for t in targets if t.basis.is_net]),
    ):
        rows.extend(row(t, dimension) for t in (on_it or [binding]))
    zone = zone_of_agreement(
        scale,
        binding.measure,
        target=float(scale.value(binding.measure, binding.base_t))
        if binding.basis.is_net
        else binding.target,
        walk_away=None
        if binding.base_w is None
        else (
            float(scale.value(binding.measure, binding.base_w))
            if binding.basis.is_net
            else binding.walk
        ),
        budget=offer.budget_ceiling,
        policy=policy,
        base_target=binding.base_t,
        base_walk_away=binding.base_w,
    )
    zone = replace(zone, basis=binding.basis.value)
    if zone.counter_offer_base is not None:
        fig_c = fig(zone.counter_offer_base)
        if fig_c is not None:
            net_basis = binding.basis if binding.basis.is_net else _net_basis(binding.basis.period)
            zone = replace(zone, counter_offer_net=fig_c.net(net_basis))
    return rows, zone


def _within_a_unit(needed: float, offered: float, unit: float) -> float:
    return offered if offered < needed < offered + unit else needed


def _jurisdiction_of(offer: Offer) -> str:
    """The offer's place of work's country, else its currency's engine, else Japan."""
    place = offer.conditions.location
    if place is not None:
        return jurisdiction_code(place.country)
    for code in supported_jurisdictions():
        if engine(code).currency == offer.package.currency:
            return code
    return _DEFAULT_JURISDICTION


def _bonus_row(expectations: Expectations, offer: Offer, policy: Policy) -> _Row:
    pol = policy.dimension(Dimension.BONUS)
    guaranteed, variable, unstated, monthly_base = _offered_bonuses(offer.package)
    months_g = None if monthly_base == 0 else float(guaranteed / monthly_base)
    months_v = None if monthly_base == 0 else float(variable / monthly_base)
    months_u = None if monthly_base == 0 else float(unstated / monthly_base)
    facts: dict[str, Fact] = {
        "guaranteed_amount": float(guaranteed),
        "variable_amount": float(variable),
        "guaranteed_months": months_g,
        "variable_months": months_v,
        "unstated_guarantee_amount": float(unstated),
        "unstated_guarantee_months": months_u,
    }
    confirm = variable > 0 or unstated > 0
    sought = expectations.bonus
    if sought is None:
        gap = Gap(
            Dimension.BONUS,
            "money_annual",
            None,
            float(guaranteed + unstated + variable),
            None,
            None,
            Direction.UNSTATED,
            Severity.NONE,
            None,
            False,
            facts,
        )
        return _Row(gap, pol.negotiable, confirm)
    importance = Importance.parse(sought.importance)
    facts["guaranteed_required"] = sought.guaranteed
    if sought.unit == "months":
        unit = "bonus_months"
        if months_g is None or months_v is None or months_u is None:
            gap = Gap(
                Dimension.BONUS,
                unit,
                _f(sought.target),
                None,
                None,
                None,
                Direction.UNSTATED,
                Severity.NONE,
                importance,
                True,
                facts,
            )
            return _Row(gap, pol.negotiable, True)
        # a candidate who asks for a guaranteed bonus is not given one whose guarantee is
        # not stated
        offered = months_g if sought.guaranteed else months_g + months_u + months_v
    else:
        unit = "money_annual"
        offered = float(guaranteed if sought.guaranteed else guaranteed + unstated + variable)
    target = _f(sought.target)
    walk = None if sought.walk_away is None else _f(sought.walk_away)
    facts["walk_away"] = walk
    short = _shortfall(target, offered, True, pol.measure)
    beyond = walk is not None and offered < walk
    severity = _severity(
        short,
        importance is Importance.MUST,
        (pol.minor, pol.blocking),
        beyond=beyond,
        has_walk=walk is not None,
    )
    d, pct = _diff(target, offered)
    gap = Gap(
        Dimension.BONUS,
        unit,
        target,
        offered,
        d,
        pct,
        _direction(target, offered, higher_is_better=True),
        severity,
        importance,
        True,
        facts,
    )
    return _Row(gap, pol.negotiable, confirm)


@memo(_KEPT_PACKAGES)
def _offered_bonuses(package: CompensationPackage) -> tuple[Fraction, Fraction, Fraction, Fraction]:
    """The offer's bonuses a year: guaranteed, variable (expected) and of unstated guarantee,
    with the monthly base pay (kept: a package is immutable)."""
    annual_base = package.annual_base()
    guaranteed = Fraction(0)
    variable = Fraction(0)
    unstated = Fraction(0)  # bonuses whose guarantee the offer does not state
    for bonus in package.bonuses:
        if bonus.guaranteed is None:
            unstated += bonus.stated(annual_base).amount
        elif bonus.guaranteed:
            guaranteed += bonus.stated(annual_base).amount
        else:
            variable += bonus.expected(annual_base).amount
    return guaranteed, variable, unstated, package.monthly_base().amount


def _overtime_row(
    expectations: Expectations, offer: Offer, policy: Policy, jurisdiction: str, when: date
) -> _Row:
    """Overtime hours against the limit sought, and the fixed overtime pay against the law
    (:mod:`expectgap.assess.legal`): a breach is at least major, falls short whatever the
    candidate stated, and is negotiated."""
    fixed = offer.package.fixed_overtime
    facts: dict[str, Fact] = {
        "fixed_overtime_hours": None if fixed is None else _f(fixed.hours),
        "fixed_overtime_pay": None if fixed is None else float(fixed.amount.amount),
        **fixed_overtime_facts(offer, jurisdiction, when),
    }
    row = _limit_gap(
        Dimension.OVERTIME,
        "hours_per_month",
        expectations.conditions.overtime_hours_per_month,
        _stated(offer.conditions.overtime_hours_per_month),
        higher_is_better=False,
        policy=policy,
        facts=facts,
        confirm=fixed is not None,
    )
    if not facts.get("legal_issues"):
        return row
    severity = SEVERITIES[max(row.gap.severity.code, Severity.MAJOR.code)]
    gap = replace(row.gap, direction=Direction.SHORT, severity=severity)
    return _Row(gap, negotiable=True, confirm=True)


def _location_row(expectations: Expectations, offer: Offer, policy: Policy) -> _Row:
    pol = policy.dimension(Dimension.LOCATION)
    place = offer.conditions.location
    offered = None if place is None else place.label()
    sought = expectations.conditions.locations
    facts: dict[str, Fact] = {
        "offered_place": None if place is None else _place_parts(place),
        "expected_places": ()
        if sought is None
        else tuple("|".join(_place_parts(loc)) for loc in sought.accept),
    }
    if sought is None or place is None:
        expected = None if sought is None else tuple(loc.label() for loc in sought.accept)
        importance = None if sought is None else Importance.parse(sought.importance)
        gap = Gap(
            Dimension.LOCATION,
            "place",
            expected,
            offered,
            None,
            None,
            Direction.UNSTATED,
            Severity.NONE,
            importance,
            sought is not None,
            facts,
        )
        return _Row(gap, pol.negotiable)
    importance = Importance.parse(sought.importance)
    mismatch = not sought.matches(place)
    severity = _severity(
        float(mismatch),
        importance is Importance.MUST,
        (pol.minor, pol.blocking),
        beyond=False,
        has_walk=False,
    )
    gap = Gap(
        Dimension.LOCATION,
        "place",
        tuple(loc.label() for loc in sought.accept),
        offered,
        None,
        None,
        Direction.SHORT if mismatch else Direction.MEETS,
        severity,
        importance,
        True,
        facts,
    )
    return _Row(gap, pol.negotiable)


def _place_parts(place: Location) -> tuple[str, str, str]:
    return (place.country, place.region or "", place.city or "")


def _atmosphere_row(expectations: Expectations, offer: Offer, policy: Policy) -> _Row:
    pol = policy.dimension(Dimension.ATMOSPHERE)
    sought = expectations.conditions.atmosphere
    offered = offer.atmosphere
    if sought is None or not offered:
        importance = None if sought is None else Importance.parse(sought.importance)
        gap = Gap(
            Dimension.ATMOSPHERE,
            "tags",
            None if sought is None else sought.tags,
            offered,
            None,
            None,
            Direction.UNSTATED,
            Severity.NONE,
            importance,
            sought is not None,
            {"missing": ()},
        )
        return _Row(gap, pol.negotiable)
    importance = Importance.parse(sought.importance)
    missing = sought.missing(offered)
    short = 100.0 * len(missing) / len(sought.tags)
    severity = _severity(
        short,
        importance is Importance.MUST,
        (pol.minor, pol.blocking),
        beyond=False,
        has_walk=False,
    )
    gap = Gap(
        Dimension.ATMOSPHERE,
        "tags",
        sought.tags,
        offered,
        None,
        None,
        Direction.SHORT if missing else Direction.MEETS,
        severity,
        importance,
        True,
        {"missing": missing},
    )
    return _Row(gap, pol.negotiable)
