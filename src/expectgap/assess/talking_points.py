"""Talking points: what to say about each dimension, in English or Japanese.

Deterministic rules, no language model. Each gap of a report view (see
:mod:`expectgap.assess.view`) becomes one :class:`TalkingPoint`: its stance and priority come
from :mod:`expectgap.assess.rules` (already on the gap), and its text from the locale catalog
(``expectgap/assess/locales/<locale>.toml``), filled with the gap's figures formatted for the
locale. Points are built from the audience's view only, so a candidate's points cannot mention
the budget, the zone of agreement or the peer group: those are not in the candidate's view.

Messages state facts neutrally, so they serve both audiences; ``ask`` and ``fallback`` are
written for the reader (the recruiter, or the candidate).

Examples
--------
>>> from expectgap.assess import Expectations, Offer, PositionSpec, SalaryExpectation, assess
>>> from expectgap.money import Money
>>> from expectgap.package import CompensationPackage
>>> offer = Offer(PositionSpec("Engineer"),
...               CompensationPackage(base=Money(450_000, "JPY", "monthly")))
>>> report = assess(Expectations(salary=SalaryExpectation(500_000, basis="gross_monthly")),
...                 offer, year=2026)
>>> point = report.talking_points[0]
>>> point.topic.value, point.stance.value
('gross_salary', 'negotiate')
>>> print(point.message)
The offer pays ¥450,000 a month, ¥50,000 (10%) below the ¥500,000 a month sought.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from expectgap.assess.codes import Dimension, Severity, Stance
from expectgap.assess.locale import Catalog, catalog, format_date, format_money, format_number
from expectgap.assess.locale import format_percent as _pct
from expectgap.errors import ExpectgapError
from expectgap.money import MONTHS_IN_YEAR

__all__ = ["TalkingPoint", "talking_point", "talking_points"]

_SALARY = ("gross_salary", "net_salary")
# Float tolerance when rounding a statutory minimum up to whole yen (an exact whole amount
# computed through floats stays whole).
_YEN_EPSILON = 1e-6
_MONEY_UNITS = ("money_monthly", "money_annual")


@dataclass(frozen=True)
class TalkingPoint:
    """One talking point.

    Attributes
    ----------
    topic : Dimension
        The dimension it is about.
    stance : Stance
        negotiate, explain, confirm or accept.
    priority : int
        1 is discussed first.
    summary : str
        One line.
    message : str
        What to say: the facts of the comparison.
    evidence : tuple of str
        Market, trend and (recruiter only) peer evidence.
    ask : str
        What to ask or propose.
    fallback : str
        What to do if there is no agreement.
    severity : Severity
        The gap's severity.

    Examples
    --------
    >>> tp = TalkingPoint(Dimension.LEAVE, Stance.ACCEPT, 10, "s", "m", (), "a", "f")
    >>> tp.to_dict()["topic"]
    'leave'
    """

    topic: Dimension
    stance: Stance
    priority: int
    summary: str
    message: str
    evidence: tuple[str, ...]
    ask: str
    fallback: str
    severity: Severity = Severity.NONE

    def to_dict(self) -> dict[str, Any]:
        """Plain data (the ``talking_points`` items of the JSON schema).

        Examples
        --------
        >>> TalkingPoint(Dimension.LEAVE, Stance.ACCEPT, 1, "s", "m", ("e",), "a", "f",
        ...              Severity.MINOR).to_dict()["evidence"]
        ['e']
        """
        return {
            "topic": self.topic.value,
            "stance": self.stance.value,
            "priority": self.priority,
            "severity": self.severity.value,
            "summary": self.summary,
            "message": self.message,
            "evidence": list(self.evidence),
            "ask": self.ask,
            "fallback": self.fallback,
        }


# Formatted values and amounts are shared across report views (a batch repeats hours, days,
# months and amounts often); each cache is emptied when it reaches its size.
_VALUES: dict[tuple[str, str, Any, str, bool], str] = {}
_MONEY: dict[tuple[str, str, float], str] = {}
_CACHE_SIZE = 100_000
_DIMENSIONS = {d.value: d for d in Dimension}
_STANCES = {s.value: s for s in Stance}
_SEVERITIES = {s.value: s for s in Severity}


class _Fmt:
    """Formatting of one view's values for one locale."""

    def __init__(self, cat: Catalog, currency: str, jurisdiction: str = "JP") -> None:
        self.cat = cat
        self.locale = cat.locale
        self.currency = currency
        self.jurisdiction = jurisdiction

    def basis(self, name: object) -> str:
        """A salary basis as the jurisdiction's payroll defines it (outside Japan a regular
        month's take-home is the year's take-home on the regular pay / 12, not a payslip)."""
        spread = f"basis_year_spread.{name}"
        if self.jurisdiction != "JP" and self.cat.has(spread):
            return self.cat.text(spread)
        return self.cat.text(f"basis.{name}")

    def region(self, jurisdiction: str, name: str) -> str:
        key = f"region.{jurisdiction}.{name}"
        return self.cat.text(key) if self.cat.has(key) else name

    def money(self, value: float) -> str:
        key = (self.locale, self.currency, value)
        shown = _MONEY.get(key)
        if shown is None:
            if len(_MONEY) >= _CACHE_SIZE:
                _MONEY.clear()
            shown = _MONEY[key] = format_money(value, self.currency, self.locale)
        return shown

    def value(self, value: Any, unit: str, *, full: bool = True) -> str:
        if value is None:
            return self.cat.text("render.empty")
        if isinstance(value, list | tuple):
            return self.join([str(v) for v in value])
        if isinstance(value, str):
            return value
        key = (self.locale, self.currency, value, unit, full)
        cached = _VALUES.get(key)
        if cached is not None:
            return cached
        shown = self.money(value) if unit in _MONEY_UNITS else format_number(value, self.locale)
        if unit not in ("place", "tags"):
            shown = self.in_unit(shown, unit, full=full)
        if len(_VALUES) >= _CACHE_SIZE:
            _VALUES.clear()
        _VALUES[key] = shown
        return shown

    def in_unit(self, shown: str, unit: str, *, full: bool = True) -> str:
        """A formatted value with its unit (the singular form for a value shown as 1)."""
        form = "full" if full else "short"
        if shown == "1" and self.cat.has(f"unit.{unit}.{form}_one"):
            form += "_one"
        return self.cat.format(f"unit.{unit}.{form}", value=shown)

    def prefecture(self, name: str) -> str:
        if self.locale == "ja":
            return self.place(("JP", name, ""))
        return name.title() if name.islower() else name

    def join(self, items: Sequence[str]) -> str:
        return self.cat.text("fragment.separator").join(items)

    def places(self, encoded: Sequence[str]) -> str:
        shown = [self.place(p.split("|")) for p in encoded]
        return self.cat.text("fragment.place_separator").join(shown)

    def pct(self, value: float | None) -> str:
        return "" if value is None else _pct(abs(value), self.locale)

    def percentile(self, item: Mapping[str, Any]) -> str:
        value = format_number(item["percentile"], self.locale, digits=0)
        ci = item.get("percentile_ci")
        if ci is None:
            return self.cat.format("percentile.value", value=value)
        low, high = (format_number(x, self.locale, digits=0) for x in ci)
        return self.cat.format("percentile.with_ci", value=value, low=low, high=high)

    def place(self, parts: Sequence[str]) -> str:
        country, region, city = ([*list(parts), "", "", ""])[:3]
        if self.locale == "ja" and country == "JP":
            name = region
            if region:
                from expectgap.payroll.jp.prefectures import prefecture

                try:
                    name = prefecture(region).japanese
                except ExpectgapError:
                    name = region
            spacer = " " if city and city.isascii() and name else ""
            return f"{name}{spacer}{city}" or country
        shown_region = region.title() if region.islower() else region
        return ", ".join(p for p in (city, shown_region, country) if p)


def _role(fmt: _Fmt, title: str | None, level: int | None, family: str | None) -> str:
    cat = fmt.cat
    name = title if title else cat.text("fragment.role_untitled")
    details = []
    if level is not None:
        details.append(cat.format("fragment.role_level", level=str(level)))
    if family:
        details.append(family)
    if not details:
        return name
    return name + cat.format("fragment.role_detail", details=fmt.join(details))


def _position(fmt: _Fmt, gap: Mapping[str, Any]) -> str:
    cat, facts, direction = fmt.cat, gap["facts"], gap["direction"]
    offered = _role(
        fmt,
        facts.get("title_offered"),
        facts.get("level_offered"),
        facts.get("role_family_offered"),
    )
    if direction == "unstated" and gap["importance"] is None:
        return cat.format("message.position.unstated", offered=offered)
    expected = _role(
        fmt,
        facts.get("title_expected"),
        facts.get("level_expected"),
        facts.get("role_family_expected"),
    )
    key = "short" if direction == "unstated" else direction
    if offered == expected and key in ("short", "meets"):
        key = "same" if key == "short" else "as_sought"
    parts = [cat.format(f"message.position.{key}", offered=offered, expected=expected)]
    difference = gap.get("difference")
    if difference is not None and difference < 0:
        parts.append(cat.format("fragment.level_below", levels=format_number(-difference)))
    min_level, level = facts.get("min_level"), facts.get("level_offered")
    if min_level is not None and level is not None and level < min_level:
        parts.append(cat.format("fragment.below_min_level", min_level=str(min_level)))
    if facts.get("role_family_match") is False:
        parts.append(
            cat.format(
                "fragment.family_differs",
                offered=facts["role_family_offered"],
                expected=facts["role_family_expected"],
            )
        )
    if facts.get("duties_missing"):
        parts.append(
            cat.format("fragment.duties_missing", duties=fmt.join(facts["duties_missing"]))
        )
    wants, has = facts.get("manages_people_expected"), facts.get("manages_people_offered")
    if wants is True and has is False:
        parts.append(cat.text("fragment.manages_less"))
    if wants is False and has is True:
        parts.append(cat.text("fragment.manages_more"))
    title_e, title_o = facts.get("title_expected"), facts.get("title_offered")
    if title_e and title_o and title_e.casefold() != title_o.casefold():
        parts.append(cat.format("fragment.title_differs", title=title_e))
    if facts.get("duties_extra"):
        parts.append(cat.format("fragment.duties_extra", duties=fmt.join(facts["duties_extra"])))
    return _sentences(fmt, parts)


def _sentences(fmt: _Fmt, parts: Sequence[str]) -> str:
    return ("" if fmt.locale == "ja" else " ").join(p for p in parts if p)


def _numbers(fmt: _Fmt, gap: Mapping[str, Any]) -> dict[str, str]:
    unit = gap["unit"]
    diff = gap.get("difference")
    return {
        "expected": fmt.value(gap.get("expected"), unit),
        "offered": fmt.value(gap.get("offered"), unit),
        "difference": "" if diff is None else fmt.value(abs(diff), unit, full=False),
        "pct": fmt.pct(gap.get("difference_pct")),
    }


def _gross(fmt: _Fmt, gap: Mapping[str, Any], derived: bool) -> str:
    cat, facts, direction = fmt.cat, gap["facts"], gap["direction"]
    params = _numbers(fmt, gap)
    if direction == "unstated":
        parts = [cat.format("message.gross_salary.unstated", **params)]
    else:
        key = f"message.gross_salary.{'derived.' if derived else ''}{direction}"
        parts = [cat.format(key, **params)]
    if facts.get("fixed_overtime_pay"):
        hours = fmt.value(facts["fixed_overtime_hours"], "hours_per_month", full=False)
        parts.append(
            cat.format(
                "fragment.fixed_overtime_pay",
                amount=fmt.money(facts["fixed_overtime_pay"]),
                hours=hours,
            )
        )
    if facts.get("variable_bonus_expected"):
        parts.append(
            cat.format(
                "fragment.variable_bonus", amount=fmt.money(facts["variable_bonus_expected"])
            )
        )
    return _sentences(fmt, parts)


def _net(fmt: _Fmt, gap: Mapping[str, Any], gross: Mapping[str, Any], derived: bool) -> str:
    cat, facts, direction = fmt.cat, gap["facts"], gap["direction"]
    if gap.get("offered") is None:
        return cat.text("message.net_salary.unavailable")
    params = _numbers(fmt, gap)
    period = "monthly" if gap["unit"] == "money_monthly" else "annual"
    params["per"] = cat.text(f"per.{period}")
    needed = facts.get("gross_needed", gross.get("expected"))
    offered_gross = facts.get("gross_offered", gross.get("offered"))
    params["gross_needed"] = "" if needed is None else fmt.money(needed)
    more = None if needed is None or offered_gross is None else needed - offered_gross
    params["gross_more"] = "" if more is None else fmt.money(abs(more))
    if direction == "unstated":
        parts = [cat.format("message.net_salary.unstated", **params)]
    else:
        key = f"message.net_salary.{'derived.' if derived else ''}{direction}"
        parts = [cat.format(key, **params)]
    if facts.get("basis"):
        parts.append(cat.format("fragment.compared_on", basis=fmt.basis(facts["basis"])))
    if facts.get("net_payslip_month") is not None:
        bonuses = facts["gross_annual_offered"] > MONTHS_IN_YEAR * facts["payslip_gross"]
        parts.append(
            cat.format(
                "fragment.take_home_bases" if bonuses else "fragment.take_home_bases_no_bonus",
                month=cat.text(f"month.m{facts['payslip_month']}"),
                payslip=fmt.money(facts["net_payslip_month"]),
                gross=fmt.money(facts["payslip_gross"]),
                social_insurance=fmt.money(facts["payslip_social_insurance"]),
                income_tax=fmt.money(facts["payslip_income_tax"]),
                resident_tax=fmt.money(facts["payslip_resident_tax"]),
                average=fmt.money(facts["net_monthly_average"]),
                annual=fmt.money(facts["net_annual_offered"]),
            )
        )
    if facts.get("tax_year") is not None:
        parts.extend(_engine_take_home(fmt, facts))
    elif facts.get("resident_tax") is not None:
        prefecture = str(facts.get("prefecture", ""))
        parts.append(
            cat.format(
                "fragment.deductions",
                income_tax=fmt.money(facts["income_tax"]),
                resident_tax=fmt.money(facts["resident_tax"]),
                social_insurance=fmt.money(facts["social_insurance"]),
                year=str(facts.get("year", "")),
                prefecture=fmt.prefecture(prefecture),
                age=cat.format(
                    "fragment.age_assumed" if facts.get("age_assumed") else "fragment.age",
                    age=str(facts.get("age", "")),
                ),
            )
        )
        if facts.get("household_stated"):
            parts.append(cat.text("fragment.household_stated"))
        elif "household_stated" in facts:
            parts.append(cat.text("fragment.household_assumed"))
    return _sentences(fmt, parts)


# Deductions of the US and UK engines left out of the text when they are 0 (not always owed).
_OPTIONAL_DEDUCTIONS = frozenset({"state_payroll_tax", "local_income_tax", "student_loan"})


def _engine_take_home(fmt: _Fmt, facts: Mapping[str, Any]) -> list[str]:
    """The take-home on each basis and the year's deductions, under the US or UK engine."""
    from expectgap.assess.net_engine import ENGINE_JURISDICTIONS

    cat = fmt.cat
    where = fmt.jurisdiction
    parts = []
    if facts["gross_annual_offered"] > facts["gross_regular_annual"]:
        parts.append(
            cat.format(
                "fragment.take_home_regular",
                regular=fmt.money(facts["net_monthly_regular"]),
                gross=fmt.money(facts["gross_regular_annual"]),
                annual=fmt.money(facts["net_annual_offered"]),
                average=fmt.money(facts["net_monthly_average"]),
            )
        )
    else:
        parts.append(
            cat.format(
                "fragment.take_home_year",
                annual=fmt.money(facts["net_annual_offered"]),
                average=fmt.money(facts["net_monthly_average"]),
            )
        )
    if where not in ENGINE_JURISDICTIONS:
        return parts
    items = [
        cat.format(
            "fragment.deduction_item",
            name=cat.text(f"deduction.{name}"),
            amount=fmt.money(facts[name]),
        )
        for name in ENGINE_JURISDICTIONS[where]
        if facts.get(name) is not None and (facts[name] or name not in _OPTIONAL_DEDUCTIONS)
    ]
    region = str(facts.get("region", ""))
    rules = f"fragment.rules_{where.lower()}"
    # New York City residents owe a city tax the assessment does not assume: say so
    rules = f"{rules}_{region.lower()}" if cat.has(f"{rules}_{region.lower()}") else rules
    parts.append(
        cat.format(
            "fragment.deductions_year",
            tax_year=str(facts["tax_year"]),
            region=fmt.region(where, region),
            rules=cat.text(rules),
            items=fmt.join(items),
        )
    )
    parts.append(cat.text("fragment.liabilities"))
    return parts


def _bonus(fmt: _Fmt, gap: Mapping[str, Any]) -> str:
    cat, facts, direction = fmt.cat, gap["facts"], gap["direction"]
    unit = gap["unit"]
    kind = "months" if unit == "bonus_months" else "amount"
    g = facts.get(f"guaranteed_{kind}") or 0.0
    v = facts.get(f"variable_{kind}") or 0.0
    u = facts.get(f"unstated_guarantee_{kind}") or 0.0
    detail = []
    if g > 0:
        detail.append(
            cat.format("fragment.bonus_guaranteed", amount=fmt.value(g, unit, full=False))
        )
    if u > 0:
        detail.append(cat.format("fragment.bonus_unstated", amount=fmt.value(u, unit, full=False)))
    if v > 0:
        detail.append(cat.format("fragment.bonus_variable", amount=fmt.value(v, unit, full=False)))
    params = _numbers(fmt, gap)
    params["detail"] = fmt.join(detail) if detail else cat.text("fragment.bonus_none")
    key = "unstated" if direction == "unstated" or gap.get("offered") is None else direction
    parts = [cat.format(f"message.bonus.{key}", **params)]
    if facts.get("guaranteed_required"):
        parts.append(cat.text("fragment.guaranteed_only"))
    return _sentences(fmt, parts)


_LIMITS_MAX = ("hours", "overtime")
_LIMITS_MIN = ("remote_work", "leave")


def _condition(fmt: _Fmt, gap: Mapping[str, Any]) -> str:
    cat, facts, dim = fmt.cat, gap["facts"], gap["dimension"]
    params = _numbers(fmt, gap)
    direction = gap["direction"]
    parts: list[str] = []
    if gap.get("offered") is None:
        parts.append(cat.text(f"message.{dim}.not_stated"))
        if gap.get("expected") is not None:
            key = "sought_max" if dim in _LIMITS_MAX else "sought_min"
            parts.append(cat.format(f"fragment.{key}", expected=params["expected"]))
        if dim == "leave" and facts.get("statutory_leave_days") is not None:
            parts.append(
                cat.format(
                    "fragment.statutory_leave",
                    days=fmt.value(facts["statutory_leave_days"], "days_per_year", full=False),
                    months=format_number(facts["statutory_leave_after_months"], fmt.locale),
                )
            )
    elif dim == "remote_work" and gap["offered"] == 0:
        key = "short" if direction == "short" else ("meets" if direction != "unstated" else "")
        parts.append(cat.format(f"message.remote_work.none_{key or 'unstated'}", **params))
    else:
        if facts.get("legal_issues") and gap.get("expected") is None:
            direction = "unstated"
        parts.append(cat.format(f"message.{dim}.{direction}", **params))
    if dim == "hours" and facts.get("flex_time"):
        parts.append(cat.text("fragment.flex_time"))
    if dim == "overtime" and facts.get("fixed_overtime_hours"):
        hours = fmt.value(facts["fixed_overtime_hours"], "hours_per_month", full=True)
        parts.append(cat.format("fragment.fixed_overtime_hours", hours=hours))
        parts.extend(_fixed_overtime(fmt, facts))
    if dim == "leave" and facts.get("annual_holidays") is not None:
        days = fmt.value(facts["annual_holidays"], "days_per_year", full=False)
        parts.append(cat.format("fragment.annual_holidays", days=days))
    return _sentences(fmt, parts)


def _fixed_overtime(fmt: _Fmt, facts: Mapping[str, Any]) -> list[str]:
    """The statutory check of fixed overtime pay (:mod:`expectgap.assess.legal`), if made."""
    cat = fmt.cat
    if facts.get("fixed_overtime_minimum") is None:
        return []
    issues = facts.get("legal_issues") or ()
    hours = fmt.value(facts["fixed_overtime_hours"], "hours_per_month", full=False)
    scheduled = format_number(facts["fixed_overtime_scheduled_hours"], fmt.locale)
    parts = []
    if "fixed_overtime_below_minimum" in issues:
        premium = facts.get("fixed_overtime_premium")
        parts.append(
            cat.format(
                "fragment.fixed_overtime_below_minimum",
                amount=fmt.money(facts["fixed_overtime_pay"]),
                hours=hours,
                shortfall=fmt.money(facts["fixed_overtime_shortfall"]),
                minimum=fmt.money(facts["fixed_overtime_minimum"]),
                rate=fmt.money(facts["fixed_overtime_hourly_rate"]),
                pay=fmt.money(facts["fixed_overtime_pay_that_counts"]),
                scheduled=scheduled,
                premium="" if premium is None else format_number(premium, fmt.locale, digits=4),
            )
        )
    if "fixed_overtime_hours_above_limit" in issues:
        limit = fmt.value(facts["fixed_overtime_hours_limit"], "hours_per_month", full=False)
        parts.append(cat.format("fragment.fixed_overtime_above_limit", hours=hours, limit=limit))
    if issues and facts.get("scheduled_hours_assumed"):
        parts.append(cat.format("fragment.scheduled_hours_assumed", scheduled=scheduled))
    if issues and facts.get("scheduled_hours_from_holidays"):
        parts.append(cat.format("fragment.scheduled_hours_from_holidays", scheduled=scheduled))
    total = facts.get("fixed_overtime_included_in")
    if total is not None:
        fixed = facts["fixed_overtime_pay"]
        parts.append(
            cat.format(
                "fragment.fixed_overtime_included",
                total=fmt.money(total),
                base=fmt.money(total - fixed),
                fixed=fmt.money(fixed),
            )
        )
    return parts


def _location(fmt: _Fmt, gap: Mapping[str, Any]) -> str:
    cat, facts = fmt.cat, gap["facts"]
    if gap.get("offered") is None:
        return cat.text("message.location.unknown")
    parts = facts.get("offered_place")
    offered = fmt.place(parts) if parts else str(gap["offered"])
    encoded = facts.get("expected_places")
    sought = fmt.places(encoded) if encoded else fmt.join(list(gap.get("expected") or []))
    key = "unstated" if gap["direction"] == "unstated" else gap["direction"]
    return cat.format(f"message.location.{key}", offered=offered, expected=sought)


def _atmosphere(fmt: _Fmt, gap: Mapping[str, Any]) -> str:
    cat = fmt.cat
    offered = gap.get("offered") or []
    if not offered:
        return cat.text("message.atmosphere.unknown")
    key = "unstated" if gap["direction"] == "unstated" else gap["direction"]
    return cat.format(
        f"message.atmosphere.{key}",
        offered=fmt.join(offered),
        expected=fmt.join(gap.get("expected") or []),
        missing=fmt.join(gap["facts"].get("missing") or []),
    )


def _evidence(fmt: _Fmt, gap: Mapping[str, Any]) -> tuple[str, ...]:
    cat = fmt.cat
    derived = not gap["stated"] and gap["importance"] is not None
    items = [] if derived else (gap.get("evidence") or [])
    out: list[str] = []
    for item in items:
        if item["kind"] == "trend" and item.get("observed"):
            out.append(_series_trend(fmt, item))
        elif item["kind"] == "trend":
            out.append(
                cat.format(
                    "evidence.trend",
                    rate=_pct(100.0 * item["annual_rate"], fmt.locale),
                    start=format_date(_date(item["from"]), fmt.locale),
                    end=format_date(_date(item["to"]), fmt.locale),
                    factor=_pct(100.0 * (item["factor"] - 1.0), fmt.locale, signed=True),
                )
            )
    for kind in ("market", "peers"):
        group = {i["subject"]: i for i in items if i["kind"] == kind}
        if "offered" not in group or "expected" not in group:
            continue
        offered = group["offered"]
        median = offered["amount"] - offered["gap_to_median"]
        measure = cat.text(f"measure.{offered['measure']}")
        params = {
            "offered": fmt.percentile(offered),
            "expected": fmt.percentile(group["expected"]),
            "median": fmt.money(median),
            "measure": measure,
            "n": "" if offered.get("n") is None else format_number(offered["n"], fmt.locale),
        }
        if kind == "market":
            walk = group.get("walk_away")
            params["walk_away"] = (
                "" if walk is None else cat.format("evidence.walk_away", value=fmt.percentile(walk))
            )
            params["source"] = _source(fmt, offered)
        out.append(cat.format(f"evidence.{kind}", **params))
    return tuple(out)


def _series_trend(fmt: _Fmt, item: Mapping[str, Any]) -> str:
    """A trend from a published series: its last years' growth, source and extrapolation."""
    cat, locale = fmt.cat, fmt.locale
    rising = all(year["rate"] > 0 for year in item["observed"])
    years = [
        cat.format(
            "evidence.trend_year_preliminary" if year["preliminary"] else "evidence.trend_year",
            rate=_pct(100.0 * year["rate"], locale, signed=not rising),
            year=str(year["year"]),
        )
        for year in item["observed"]
    ]
    series = item.get("series") or ""
    extrapolation = ""
    if item.get("extrapolated_rate") is not None:
        basis = item.get("extrapolation_basis")
        params = {
            "last": format_date(_date(item["extrapolated_from"]), locale),
            "rate": _pct(100.0 * item["extrapolated_rate"], locale),
        }
        if basis:
            extrapolation = cat.format(
                "evidence.trend_extrapolated",
                first_year=str(basis[0]),
                last_year=str(basis[1]),
                **params,
            )
        else:
            extrapolation = cat.format("evidence.trend_extrapolated_given", **params)
    return cat.format(
        "evidence.trend_data",
        series=cat.text(f"trend_series.{series}") if cat.has(f"trend_series.{series}") else series,
        verb=cat.text("evidence.trend_rose" if rising else "evidence.trend_changed"),
        observed=cat.text("evidence.trend_and").join(years),
        source=cat.text(f"trend_source.{series}")
        if cat.has(f"trend_source.{series}")
        else str(item.get("source") or ""),
        start=format_date(_date(item["from"]), locale),
        end=format_date(_date(item["to"]), locale),
        factor=_pct(100.0 * (item["factor"] - 1.0), locale, signed=True),
        extrapolation=extrapolation,
    )


def _source(fmt: _Fmt, item: Mapping[str, Any]) -> str:
    cat = fmt.cat
    if not item.get("source") and item.get("n") is None and not item.get("as_of"):
        return ""
    n = (
        ""
        if item.get("n") is None
        else cat.format("evidence.source_n", n=format_number(item["n"], fmt.locale))
    )
    as_of = (
        ""
        if not item.get("as_of")
        else cat.format("evidence.source_as_of", date=format_date(_date(item["as_of"]), fmt.locale))
    )
    return cat.format("evidence.source", source=item.get("source") or "", n=n, as_of=as_of)


def _date(text: str) -> Any:
    from datetime import date

    return date.fromisoformat(text)


def _ask(
    fmt: _Fmt, gap: Mapping[str, Any], view: Mapping[str, Any], expected_text: str
) -> tuple[str, str]:
    cat = fmt.cat
    audience, stance = view["audience"], gap["stance"]
    if gap["dimension"] in _SALARY and gap["stated"] and stance == "negotiate":
        binding = view.get("zone") or {}
        if audience == "recruiter" and gap["facts"].get("binding") is False and binding:
            basis = fmt.basis(binding.get("basis"))
            return (
                cat.format("ask.recruiter.salary.not_binding", basis=basis),
                cat.text("fallback.recruiter.salary.not_binding"),
            )
        if audience == "recruiter" and view.get("zone") is not None:
            return _recruiter_salary(fmt, view["zone"], gap, view)
        if audience == "candidate":
            return _candidate_salary(fmt, gap, view)
    issues = gap["facts"].get("legal_issues") or ()
    if issues:
        code = "below_minimum" if "fixed_overtime_below_minimum" in issues else "above_limit"
        key = f"{audience}.fixed_overtime.{code}"
        facts = gap["facts"]
        params = {
            "minimum": fmt.money(facts["fixed_overtime_minimum"]),
            "limit": fmt.value(facts["fixed_overtime_hours_limit"], "hours_per_month", full=False),
        }
        return cat.format(f"ask.{key}", **params), cat.text(f"fallback.{key}")
    if _offer_silent(gap):
        term = cat.text(f"term.{gap['dimension']}")
        return (
            cat.format(f"ask.{audience}.not_stated", term=term),
            cat.text(f"fallback.{audience}.not_stated"),
        )
    specific = f"{audience}.{gap['dimension']}.{stance}"
    if cat.has(f"ask.{specific}"):
        return cat.text(f"ask.{specific}"), cat.text(f"fallback.{specific}")
    ask = cat.format(f"ask.{audience}.{stance}", expected=expected_text)
    return ask, cat.text(f"fallback.{audience}.{stance}")


def _counter_fixed_overtime(fmt: _Fmt, zone: Mapping[str, Any], view: Mapping[str, Any]) -> str:
    """The fixed overtime pay at the counter-offer's base: it moves in proportion to the base
    (:mod:`expectgap.assess.scale`), which keeps a lawful amount lawful (said only when the
    offered amount is lawful)."""
    facts = _gap(view, "gross_salary")["facts"]
    pay, base = facts.get("fixed_overtime_pay"), facts.get("base_offered")
    counter = zone.get("counter_offer_base")
    if not pay or not base or not counter:
        return ""
    overtime = next((g for g in view["gaps"] if g["dimension"] == "overtime"), None)
    lawful = overtime is not None and overtime["facts"].get("legal_issues") == []
    moved = pay * counter / base
    hours = fmt.value(facts["fixed_overtime_hours"], "hours_per_month", full=False)
    law = {} if overtime is None else overtime["facts"]
    if "fixed_overtime_below_minimum" in (law.get("legal_issues") or ()):
        # the minimum at the counter-offer's base: the pay that counts moves with the base
        counts = law["fixed_overtime_pay_that_counts"] - base + counter
        minimum = math.ceil(
            float(facts["fixed_overtime_hours"])
            * counts
            / law["fixed_overtime_scheduled_hours"]
            * law["fixed_overtime_premium"]
            - _YEN_EPSILON
        )
        if moved < minimum:
            return fmt.cat.format(
                "fragment.counter_fixed_overtime_unlawful",
                amount=fmt.money(moved),
                hours=hours,
                minimum=fmt.money(minimum),
            )
    return fmt.cat.format(
        "fragment.counter_fixed_overtime" + ("_lawful" if lawful else ""),
        amount=fmt.money(moved),
        hours=hours,
    )


def _recruiter_salary(
    fmt: _Fmt, zone: Mapping[str, Any], gap: Mapping[str, Any], view: Mapping[str, Any]
) -> tuple[str, str]:
    cat = fmt.cat
    unit = "money_monthly" if zone["measure"] == "monthly_gross" else "money_annual"
    net = zone.get("counter_offer_net")
    stated_walk = gap["facts"].get("walk_away")
    if stated_walk is None:
        stated_walk = gap.get("expected")
    params = {
        "base": fmt.money(zone["counter_offer_base"]) if zone.get("counter_offer_base") else "",
        "counter": fmt.value(zone.get("counter_offer"), unit),
        "net": "" if net is None else cat.format("fragment.counter_net", net=fmt.money(net)),
        "walk_away": fmt.value(zone["candidate_walk_away"], unit),
        "budget": fmt.value(zone.get("budget_ceiling"), unit),
    }
    reason = zone["reason"]
    ask = cat.format(f"ask.recruiter.salary.{reason}", **params)
    extra = _counter_fixed_overtime(fmt, zone, view)
    if extra:
        ask = _sentences(fmt, [ask, extra])
    if reason == "no_zone":
        return ask, cat.text("fallback.recruiter.salary.no_zone")
    walk = fmt.value(stated_walk, gap["unit"])
    market = any(e["kind"] == "market" for e in gap.get("evidence") or [])
    key = "zone_evidence" if market else "zone"
    return ask, cat.format(f"fallback.recruiter.salary.{key}", walk_away=walk)


def _candidate_salary(
    fmt: _Fmt, gap: Mapping[str, Any], view: Mapping[str, Any]
) -> tuple[str, str]:
    cat = fmt.cat
    unit = gap["unit"]
    expected = fmt.value(gap.get("expected"), unit)
    if gap["dimension"] == "net_salary":
        needed = gap["facts"].get("gross_needed", _gap(view, "gross_salary").get("expected"))
        ask = cat.format(
            "ask.candidate.salary.net", expected=expected, gross=fmt.value(needed, unit)
        )
    else:
        ask = cat.format("ask.candidate.salary.gross", expected=expected)
    walk = gap["facts"].get("walk_away")
    if walk is None:
        return ask, cat.text("fallback.candidate.salary.none")
    return ask, cat.format("fallback.candidate.salary.walk_away", walk_away=fmt.value(walk, unit))


def _gap(view: Mapping[str, Any], dimension: str) -> Mapping[str, Any]:
    return next(g for g in view["gaps"] if g["dimension"] == dimension)


def _message(fmt: _Fmt, gap: Mapping[str, Any], view: Mapping[str, Any]) -> tuple[str, str]:
    dim = gap["dimension"]
    basis = view.get("salary_basis") or ""
    if dim == "position":
        facts = gap["facts"]
        expected = _role(
            fmt,
            facts.get("title_expected"),
            facts.get("level_expected"),
            facts.get("role_family_expected"),
        )
        return _position(fmt, gap), expected
    if dim == "gross_salary":
        derived = bool(basis) and not gap["stated"]
        return _gross(fmt, gap, derived), fmt.value(gap.get("expected"), gap["unit"])
    if dim == "net_salary":
        derived = bool(basis) and not gap["stated"]
        text = _net(fmt, gap, _gap(view, "gross_salary"), derived)
        return text, fmt.value(gap.get("expected"), gap["unit"])
    if dim == "bonus":
        return _bonus(fmt, gap), fmt.value(gap.get("expected"), gap["unit"])
    if dim == "location":
        encoded = gap["facts"].get("expected_places")
        sought = fmt.places(encoded) if encoded else fmt.join(list(gap.get("expected") or []))
        return _location(fmt, gap), sought
    if dim == "atmosphere":
        return _atmosphere(fmt, gap), fmt.join(gap.get("expected") or [])
    return _condition(fmt, gap), fmt.value(gap.get("expected"), gap["unit"])


_SILENT_WHEN_EMPTY = ("hours", "overtime", "remote_work", "leave", "location")


def _offer_silent(gap: Mapping[str, Any]) -> bool:
    """Whether the offer does not state this term (a working condition or the place)."""
    return gap["dimension"] in _SILENT_WHEN_EMPTY and gap.get("offered") is None


def _summary_key(gap: Mapping[str, Any]) -> str:
    dim, direction = gap["dimension"], gap["direction"]
    if gap["facts"].get("legal_issues"):
        return "legal"
    if _offer_silent(gap):
        return "not_stated"
    if direction == "short" and dim in _LIMITS_MAX:
        return "short_max"
    if direction == "short" and dim in _LIMITS_MIN:
        return "short_min"
    return str(direction)


def _point(fmt: _Fmt, gap: Mapping[str, Any], view: Mapping[str, Any]) -> TalkingPoint:
    cat = fmt.cat
    message, expected_text = _message(fmt, gap, view)
    summary = cat.format(
        f"summary.{_summary_key(gap)}",
        dimension=cat.text(f"dimension.{gap['dimension']}"),
        severity=cat.text(f"severity.{gap['severity']}"),
    )
    ask, fallback = _ask(fmt, gap, view, expected_text)
    return TalkingPoint(
        topic=_DIMENSIONS[gap["dimension"]],
        stance=_STANCES[gap["stance"]],
        priority=int(gap["priority"]),
        severity=_SEVERITIES[gap["severity"]],
        summary=summary,
        message=message,
        evidence=_evidence(fmt, gap),
        ask=ask,
        fallback=fallback,
    )


def talking_point(
    view: Mapping[str, Any], gap: Mapping[str, Any], locale: str = "en"
) -> TalkingPoint:
    """The talking point of one gap of a report view.

    What :func:`talking_points` builds for each gap; the batch
    (:func:`expectgap.frame.talking_points`) calls it once per distinct gap, not once per row.

    Parameters
    ----------
    view : mapping
        A report view (:func:`expectgap.assess.view.view`). The take-home pay point also quotes
        the view's gross salary gap, so that gap must be in ``view["gaps"]``.
    gap : mapping
        One of ``view["gaps"]``.
    locale : {"en", "ja"}

    Returns
    -------
    TalkingPoint

    Examples
    --------
    >>> from expectgap.assess import Expectations, Offer, PositionSpec, assess
    >>> from expectgap.assess.view import view
    >>> from expectgap.money import Money
    >>> from expectgap.package import CompensationPackage
    >>> offer = Offer(PositionSpec("Engineer"),
    ...               CompensationPackage(base=Money(450_000, "JPY", "monthly")))
    >>> shown = view(assess(Expectations(), offer, year=2026), "candidate")
    >>> gross = next(g for g in shown["gaps"] if g["dimension"] == "gross_salary")
    >>> talking_point(shown, gross).message
    'The offer pays ¥450,000 a month gross.'
    """
    return _point(
        _Fmt(catalog(locale), view["currency"], view.get("jurisdiction", "JP")), gap, view
    )


def talking_points(view: Mapping[str, Any], locale: str = "en") -> tuple[TalkingPoint, ...]:
    """Build the talking points of a report view, ordered by priority.

    Parameters
    ----------
    view : mapping
        A report view (:func:`expectgap.assess.view.view`); only what it holds is used.
    locale : {"en", "ja"}

    Returns
    -------
    tuple of TalkingPoint
        One per gap (see :func:`talking_point`), priority 1 first.

    Examples
    --------
    >>> from expectgap.assess import Expectations, Offer, PositionSpec, assess
    >>> from expectgap.assess.view import view
    >>> from expectgap.money import Money
    >>> from expectgap.package import CompensationPackage
    >>> offer = Offer(PositionSpec("Engineer"),
    ...               CompensationPackage(base=Money(450_000, "JPY", "monthly")))
    >>> points = talking_points(view(assess(Expectations(), offer, year=2026), "candidate"), "ja")
    >>> points[0].summary
    '職位・職務内容：ご希望の申告はありません（条件の説明と確認が必要です）'
    """
    fmt = _Fmt(catalog(locale), view["currency"], view.get("jurisdiction", "JP"))
    out = [_point(fmt, gap, view) for gap in view["gaps"]]
    return tuple(sorted(out, key=lambda p: p.priority))
