"""Assessment files: a candidate, an offer, a market table and peers in one TOML file.

The format is documented in ``docs/toml-format.md``; ``expectgap assess FILE.toml`` reads it and
``expectgap demo`` runs the shipped example (``examples/tokyo_software_engineer.toml``).
Every error names the offending key (``offer.package.base_monthly``), the line of a TOML syntax
error, or the file and line of a CSV value.

Examples
--------
>>> s = parse_scenario('''
... [candidate.salary]
... basis = "gross_monthly"
... target = 500_000
... [offer.package]
... base_monthly = 450_000
... ''')
>>> s.assess(year=2026).gap("gross_salary").severity.value
'major'
>>> parse_scenario('[offer.package]\\nbase_montly = 1')
Traceback (most recent call last):
...
expectgap.errors.InvalidInput: offer.package.base_montly: got 'unknown key'; expected one of base_monthly, base_annual, pay_monthly_including_fixed_overtime, currency, months_per_year, bonuses, allowances, fixed_overtime, sign_on, equity, benefits (did you mean 'base_monthly'?)
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

from expectgap._files import MAX_FILE_BYTES, read_confined, read_file
from expectgap._limits import shown
from expectgap.assess.evidence import (
    EvidenceKind,
    MarketContext,
    MarketPosition,
    market_context,
    market_positions,
)
from expectgap.assess.gaps import GapReport, assess
from expectgap.assess.models import (
    BonusExpectation,
    ConditionsSought,
    Expectations,
    Limit,
    LocationsSought,
    Offer,
    PositionSought,
    PositionSpec,
    SalaryExpectation,
    TagsSought,
)
from expectgap.assess.policy import Policy
from expectgap.assess.scale import PayMeasure
from expectgap.conditions import Location, WorkingConditions
from expectgap.errors import ExpectgapError, InvalidInput, UnsupportedRule, closest
from expectgap.market import PeerGroup, SurveyTable
from expectgap.money import MAX_NUMBER_TEXT, Money, Period
from expectgap.package import Allowance, Bonus, CompensationPackage, FixedOvertime
from expectgap.payroll.jp.deductions import AMOUNTS, COUNTS, FLAGS, Deductions
from expectgap.payroll.jp.household import COUNT_FIELDS, Household
from expectgap.payroll.jp.labour_law import fixed_overtime_included

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["Scenario", "load_scenario", "parse_scenario"]

_T = TypeVar("_T")
Table = Mapping[str, Any]


@dataclass(frozen=True)
class Scenario:
    """A parsed assessment file.

    Attributes
    ----------
    expectations : Expectations
    offer : Offer
    market : SurveyTable or None
    peers : PeerGroup or None
    options : mapping
        Keyword arguments for :func:`~expectgap.assess.assess` (jurisdiction, year, as_of,
        market_measure, peer_measure, trend, policy).
    references : tuple of (str, SurveyTable)
        Further market tables to place the offer in (``[[market.compare]]``: wage-census
        tables by name), on the market measure.

    Examples
    --------
    >>> parse_scenario('[offer.package]\\nbase_monthly = 1').market is None
    True
    """

    expectations: Expectations
    offer: Offer
    market: SurveyTable | None = None
    peers: PeerGroup | None = None
    options: Mapping[str, Any] = field(default_factory=dict)
    references: tuple[tuple[str, SurveyTable], ...] = ()

    def assess(self, **overrides: Any) -> GapReport:
        """Run :func:`~expectgap.assess.assess` with the file's options (overridable).

        Examples
        --------
        >>> s = parse_scenario('[offer.package]\\nbase_monthly = 300_000')
        >>> s.assess(year=2026, audience="candidate").audience
        'candidate'
        """
        options = {**self.options, **overrides}
        return assess(
            self.expectations, self.offer, market=self.market, peers=self.peers, **options
        )

    def reference_positions(
        self, report: GapReport
    ) -> tuple[tuple[str, MarketContext, tuple[MarketPosition, ...]], ...]:
        """Where the report's market amounts (offer, target, walk-away) sit in each reference
        table (``[[market.compare]]``), aged like the market table.

        Returns
        -------
        tuple of (name, MarketContext, positions)
            One entry per reference table, in file order; empty without a market comparison.

        Examples
        --------
        >>> parse_scenario('[offer.package]\\nbase_monthly = 1').reference_positions(None)
        ()
        """
        if not self.references or report is None or report.market is None:
            return ()
        amounts = {
            item.subject: item.amount
            for gap in report.gaps
            for item in gap.evidence
            if isinstance(item, MarketPosition) and item.kind is EvidenceKind.MARKET
        }
        trend = self.options.get("trend")
        out = []
        for name, table in self.references:
            ctx = market_context(
                table, report.market.measure, trend=trend, as_of=report.as_of,
                currency=report.currency,
            )  # fmt: skip
            positions = market_positions(ctx.table, amounts, measure=ctx.measure, as_of=table.as_of)
            out.append((name, ctx, positions))
        return tuple(out)


class _Reader:
    """Walks the parsed TOML, checking keys and types, with dotted paths in errors."""

    def __init__(self, base: Traversable | None, root: Path | None = None) -> None:
        self.base = base
        self.root = root

    # --- tables and keys ----------------------------------------------------------------------
    def table(self, raw: Table, path: str, keys: tuple[str, ...]) -> Table:
        if not isinstance(raw, Mapping):
            raise InvalidInput(path, raw, "a table")
        for key in raw:
            if key not in keys:
                hint = closest(str(key), keys)
                suggestion = f" (did you mean {hint[0]!r}?)" if hint else ""
                raise InvalidInput(
                    f"{path}.{key}" if path else str(key),
                    "unknown key",
                    "one of " + ", ".join(keys) + suggestion,
                )
        return raw

    def get(
        self, raw: Table, key: str, path: str, kind: Callable[[Any, str], _T], default: Any = None
    ) -> Any:
        if key not in raw:
            return default
        return kind(raw[key], f"{path}.{key}" if path else key)

    def require(self, raw: Table, key: str, path: str, kind: Callable[[Any, str], _T]) -> _T:
        if key not in raw:
            raise InvalidInput(f"{path}.{key}", "missing", "a value (this key is required)")
        return kind(raw[key], f"{path}.{key}")

    # --- files --------------------------------------------------------------------------------
    def read_text(self, name: str, path: str) -> tuple[str, str]:
        if self.base is None:
            raise InvalidInput(path, name, "a file path, resolved next to the assessment file")
        return read_confined(self.base, name, path, self.root), name


# --- value checkers ---------------------------------------------------------------------------
def _number(value: Any, path: str) -> float | int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidInput(path, value, "a number")
    return value


def _int(value: Any, path: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(path, value, "a whole number")
    return value


def _text(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise InvalidInput(path, value, "a string")
    return value


def _bool(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput(path, value, "true or false")
    return value


def _texts(value: Any, path: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidInput(path, value, "a list of strings")
    return tuple(value)


def _date(value: Any, path: str) -> date:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidInput(path, value, "a TOML date such as 2026-11-01")
    return value


def _built(path: str, build: Callable[[], _T]) -> _T:
    """Run a model constructor, naming the TOML section in its error."""
    try:
        return build()
    except InvalidInput as exc:
        raise InvalidInput(f"{path} ({exc.field})", exc.value, exc.accepted) from None


# --- sections ---------------------------------------------------------------------------------
_POSITION_KEYS = ("title", "level", "role_family", "duties", "manages_people")


def _position_fields(r: _Reader, raw: Table, path: str) -> dict[str, Any]:
    return {
        "title": r.get(raw, "title", path, _text),
        "level": r.get(raw, "level", path, _int),
        "role_family": r.get(raw, "role_family", path, _text),
        "duties": r.get(raw, "duties", path, _texts, ()),
        "manages_people": r.get(raw, "manages_people", path, _bool),
    }


def _limit(r: _Reader, raw: Any, path: str) -> Limit:
    if not isinstance(raw, Mapping):
        return _built(path, lambda: Limit(_number(raw, path)))
    t = r.table(raw, path, ("target", "walk_away", "importance"))
    return _built(
        path,
        lambda: Limit(
            r.require(t, "target", path, _number),
            walk_away=r.get(t, "walk_away", path, _number),
            importance=r.get(t, "importance", path, _text, "want"),
        ),
    )


def _location(r: _Reader, raw: Any, path: str) -> Location:
    t = r.table(raw, path, ("country", "region", "city"))
    return _built(
        path,
        lambda: Location(
            r.require(t, "country", path, _text),
            r.get(t, "region", path, _text),
            r.get(t, "city", path, _text),
        ),
    )


def _candidate(r: _Reader, raw: Table) -> Expectations:
    path = "candidate"
    t = r.table(
        raw,
        path,
        (
            "age",
            "birth_date",
            "dependents",
            "household",
            "position",
            "salary",
            "bonus",
            "conditions",
            "current",
        ),
    )
    position = None
    if "position" in t:
        p = f"{path}.position"
        pt = r.table(t["position"], p, (*_POSITION_KEYS, "min_level", "importance"))
        fields = _position_fields(r, pt, p)
        fields["min_level"] = r.get(pt, "min_level", p, _int)
        fields["importance"] = r.get(pt, "importance", p, _text, "must")
        position = _built(p, lambda: PositionSought(**fields))
    salary: SalaryExpectation | tuple[SalaryExpectation, ...] | None = None
    if "salary" in t:
        raw_salary = t["salary"]
        if isinstance(raw_salary, list):
            # [[candidate.salary]]: one table per target
            if not raw_salary:
                raise InvalidInput(
                    f"{path}.salary", raw_salary, "at least one [[candidate.salary]]"
                )
            salary = tuple(
                _salary(r, item, f"{path}.salary[{i}]") for i, item in enumerate(raw_salary)
            )
        else:
            salary = _salary(r, raw_salary, f"{path}.salary")
    bonus = None
    if "bonus" in t:
        p = f"{path}.bonus"
        bt = r.table(t["bonus"], p, ("months", "amount", "walk_away", "guaranteed", "importance"))
        bonus = _built(
            p,
            lambda: BonusExpectation(
                months=r.get(bt, "months", p, _number),
                amount=r.get(bt, "amount", p, _number),
                walk_away=r.get(bt, "walk_away", p, _number),
                guaranteed=r.get(bt, "guaranteed", p, _bool, False),
                importance=r.get(bt, "importance", p, _text, "want"),
            ),
        )
    conditions = ConditionsSought()
    if "conditions" in t:
        conditions = _conditions(r, t["conditions"], f"{path}.conditions")
    current = None if "current" not in t else _package(r, t["current"], f"{path}.current")
    household = None if "household" not in t else _household(r, t["household"], f"{path}.household")
    return _built(
        path,
        lambda: Expectations(
            position=position,
            salary=salary,
            bonus=bonus,
            conditions=conditions,
            age=r.get(t, "age", path, _int),
            birth_date=r.get(t, "birth_date", path, _date),
            dependents=r.get(t, "dependents", path, _int, 0),
            household=household,
            current=current,
        ),
    )


def _household(r: _Reader, raw: Any, path: str) -> Household:
    t = r.table(raw, path, ("spouse", "spouse_income", *COUNT_FIELDS, "residence", "deductions"))
    deductions = None
    if "deductions" in t:
        p = f"{path}.deductions"
        dt = r.table(t["deductions"], p, (*COUNTS, *FLAGS, *AMOUNTS))
        kinds: dict[str, Callable[[Any, str], Any]] = (
            dict.fromkeys(COUNTS, _int)
            | dict.fromkeys(FLAGS, _bool)
            | dict.fromkeys(AMOUNTS, _number)
        )
        declared = {key: r.get(dt, key, p, kinds[key]) for key in dt}
        deductions = _built(p, lambda: Deductions(**declared))
    stated: dict[str, Any] = {key: r.get(t, key, path, _int) for key in COUNT_FIELDS if key in t}
    try:
        return _built(
            path,
            lambda: Household(
                spouse=r.get(t, "spouse", path, _bool, False),
                spouse_income=r.get(t, "spouse_income", path, _number, 0),
                residence=r.get(t, "residence", path, _text),
                deductions=deductions,
                **stated,
            ),
        )
    except UnsupportedRule as exc:
        raise UnsupportedRule(
            f"{path}.{exc.field}", exc.value, exc.supported, exc.suggestions, exc.note
        ) from None


def _salary(r: _Reader, raw: Any, p: str) -> SalaryExpectation:
    st = r.table(raw, p, ("basis", "target", "walk_away", "currency", "importance"))
    return _built(
        p,
        lambda: SalaryExpectation(
            r.require(st, "target", p, _number),
            basis=r.get(st, "basis", p, _text, "gross_annual"),
            walk_away=r.get(st, "walk_away", p, _number),
            currency=r.get(st, "currency", p, _text, "JPY"),
            importance=r.get(st, "importance", p, _text, "must"),
        ),
    )


def _conditions(r: _Reader, raw: Any, path: str) -> ConditionsSought:
    limits = (
        "hours_per_week",
        "overtime_hours_per_month",
        "remote_days_per_week",
        "paid_leave_days",
    )
    t = r.table(raw, path, (*limits, "locations", "atmosphere"))
    values: dict[str, Any] = {k: _limit(r, t[k], f"{path}.{k}") for k in limits if k in t}
    if "locations" in t:
        p = f"{path}.locations"
        lt = r.table(t["locations"], p, ("accept", "importance"))
        accept = lt.get("accept")
        if not isinstance(accept, list) or not accept:
            raise InvalidInput(f"{p}.accept", accept, "a list of {country, region, city} tables")
        places = tuple(_location(r, a, f"{p}.accept[{i}]") for i, a in enumerate(accept))
        values["locations"] = _built(
            p, lambda: LocationsSought(places, r.get(lt, "importance", p, _text, "want"))
        )
    if "atmosphere" in t:
        p = f"{path}.atmosphere"
        at = r.table(t["atmosphere"], p, ("tags", "importance"))
        values["atmosphere"] = _built(
            p,
            lambda: TagsSought(
                r.require(at, "tags", p, _texts), r.get(at, "importance", p, _text, "want")
            ),
        )
    return _built(path, lambda: ConditionsSought(**values))


def _package(
    r: _Reader,
    raw: Any,
    path: str,
    conditions: WorkingConditions | None = None,
    annual_holidays: int | None = None,
) -> CompensationPackage:
    keys = (
        "base_monthly",
        "base_annual",
        "pay_monthly_including_fixed_overtime",
        "currency",
        "months_per_year",
        "bonuses",
        "allowances",
        "fixed_overtime",
        "sign_on",
        "equity",
        "benefits",
    )
    t = r.table(raw, path, keys)
    code = r.get(t, "currency", path, _text, "JPY")
    bases = [k for k in keys[:3] if k in t]
    if len(bases) != 1:
        raise InvalidInput(
            f"{path}.base_monthly",
            "missing" if not bases else ", ".join(bases),
            "exactly one of " + ", ".join(keys[:3]),
        )
    inclusive = "pay_monthly_including_fixed_overtime" in t
    if inclusive:
        base = None
    elif "base_monthly" in t:
        base = _built(
            path, lambda: Money(r.require(t, "base_monthly", path, _number), code, "monthly")
        )
    else:
        base = _built(
            path, lambda: Money(r.require(t, "base_annual", path, _number), code, "annual")
        )
    bonuses = [
        _bonus(r, item, f"{path}.bonuses[{i}]", code)
        for i, item in enumerate(r.get(t, "bonuses", path, _array, []))
    ]
    allowances = [
        _allowance(r, item, f"{path}.allowances[{i}]", code)
        for i, item in enumerate(r.get(t, "allowances", path, _array, []))
    ]
    from expectgap.assess.scenario_parts import benefits_of, equity_of, sign_on_of

    sign_on = sign_on_of(r, t, path, code)
    equity = equity_of(r, t, path, code)
    benefits = benefits_of(r, t, path, code)
    fixed = None
    p = f"{path}.fixed_overtime"
    if inclusive:
        if "fixed_overtime" not in t:
            raise InvalidInput(p, "missing", "a table with the hours the fixed overtime pay covers")
        ft = r.table(t["fixed_overtime"], p, ("hours", "excess_multiplier"))
        total = _built(
            path,
            lambda: Money(
                r.require(t, "pay_monthly_including_fixed_overtime", path, _number),
                code,
                "monthly",
            ),
        )
        base, solved = _built(
            p,
            lambda: fixed_overtime_included(
                total,
                r.require(ft, "hours", p, _number),
                conditions=conditions or WorkingConditions(),
                allowances=tuple(allowances),
                annual_holidays=annual_holidays,
            ),
        )
        multiplier = r.get(ft, "excess_multiplier", p, _number)
        fixed = _built(p, lambda: replace(solved, excess_multiplier=multiplier))
    elif "fixed_overtime" in t:
        ft = r.table(t["fixed_overtime"], p, ("hours", "amount", "excess_multiplier"))
        fixed = _built(
            p,
            lambda: FixedOvertime(
                r.require(ft, "hours", p, _number),
                Money(r.require(ft, "amount", p, _number), code, "monthly"),
                r.get(ft, "excess_multiplier", p, _number),
            ),
        )
    assert base is not None
    return _built(
        path,
        lambda: CompensationPackage(
            base=base,
            bonuses=tuple(bonuses),
            allowances=tuple(allowances),
            fixed_overtime=fixed,
            sign_on=sign_on,
            equity=equity,
            benefits=benefits,
            months_per_year=r.get(t, "months_per_year", path, _number, 12),
        ),
    )


def _bonus(r: _Reader, raw: Any, p: str, code: str) -> Bonus:
    keys = (
        "name",
        "months",
        "amount",
        "target_pct",
        "guaranteed",
        "expected_payout_pct",
        "payment_months",
    )
    bt = r.table(raw, p, keys)
    amount = r.get(bt, "amount", p, _number)
    months = r.get(bt, "payment_months", p, _array, [6, 12])
    return _built(
        p,
        lambda: Bonus(
            name=r.get(bt, "name", p, _text, "bonus"),
            amount=None if amount is None else Money(amount, code, "annual"),
            months=r.get(bt, "months", p, _number),
            target_pct=r.get(bt, "target_pct", p, _number),
            expected_payout_pct=r.get(bt, "expected_payout_pct", p, _number, 100),
            guaranteed=r.get(bt, "guaranteed", p, _bool, False if "target_pct" in bt else None),
            payment_months=tuple(months),
        ),
    )


def _allowance(r: _Reader, raw: Any, p: str, code: str) -> Allowance:
    at = r.table(raw, p, ("name", "amount", "taxable", "social_insurance", "commuting", "kind"))
    commuting = r.get(at, "commuting", p, _bool, False)
    return _built(
        p,
        lambda: Allowance(
            r.get(at, "name", p, _text, "commuting" if commuting else "allowance"),
            Money(r.require(at, "amount", p, _number), code, "monthly"),
            taxable=r.get(at, "taxable", p, _bool, not commuting),
            social_insurance=r.get(at, "social_insurance", p, _bool, True),
            commuting=commuting,
            kind=r.get(at, "kind", p, _text),
        ),
    )


def _array(value: Any, path: str) -> list[Any]:
    if not isinstance(value, list):
        raise InvalidInput(path, value, "a list")
    return value


def _offer(r: _Reader, raw: Any, path: str = "offer") -> Offer:
    t = r.table(
        raw,
        path,
        ("position", "package", "conditions", "budget_ceiling", "atmosphere", "annual_holidays"),
    )
    if "package" not in t:
        raise InvalidInput(f"{path}.package", "missing", f"a [{path}.package] table")
    position = PositionSpec()
    if "position" in t:
        p = f"{path}.position"
        pt = r.table(t["position"], p, _POSITION_KEYS)
        fields = _position_fields(r, pt, p)
        position = _built(p, lambda: PositionSpec(**fields))
    conditions = WorkingConditions()
    if "conditions" in t:
        p = f"{path}.conditions"
        keys = (
            "hours_per_week",
            "overtime_hours_per_month",
            "remote_days_per_week",
            "paid_leave_days",
            "flex_time",
            "location",
            "start_date",
            "weeks_per_year",
            "scheduled_hours_per_month",
        )
        ct = r.table(t["conditions"], p, keys)
        location = None if "location" not in ct else _location(r, ct["location"], f"{p}.location")
        conditions = _built(
            p,
            lambda: WorkingConditions(
                hours_per_week=r.get(ct, "hours_per_week", p, _number),
                overtime_hours_per_month=r.get(ct, "overtime_hours_per_month", p, _number),
                location=location,
                remote_days_per_week=r.get(ct, "remote_days_per_week", p, _number),
                paid_leave_days=r.get(ct, "paid_leave_days", p, _int),
                flex_time=r.get(ct, "flex_time", p, _bool),
                start_date=r.get(ct, "start_date", p, _date),
                weeks_per_year=r.get(ct, "weeks_per_year", p, _number, 52),
                scheduled_hours_per_month=r.get(ct, "scheduled_hours_per_month", p, _number),
            ),
        )
    holidays = r.get(t, "annual_holidays", path, _int)
    package = _package(r, t["package"], f"{path}.package", conditions, holidays)
    budget = None
    if "budget_ceiling" in t:
        p = f"{path}.budget_ceiling"
        bt = r.table(t["budget_ceiling"], p, ("amount", "period"))
        budget = _built(
            p,
            lambda: Money(
                r.require(bt, "amount", p, _number),
                package.currency,
                Period.parse(r.get(bt, "period", p, _text, "annual")),
            ),
        )
    return _built(
        path,
        lambda: Offer(
            position,
            package,
            conditions,
            budget_ceiling=budget,
            atmosphere=r.get(t, "atmosphere", path, _texts, ()),
            annual_holidays=holidays,
        ),
    )


_CENSUS_KEYS = (
    "name",
    "prefecture",
    "occupation",
    "role",
    "firm_size",
    "education",
    "employment_type",
    "age",
    "industry",
    "sex",
    "measure",
    "year",
)


def _census(r: _Reader, raw: Any, path: str) -> tuple[str, SurveyTable, PayMeasure]:
    """A wage-census table named in the file: (what was asked, the table, its pay measure)."""
    from expectgap.datasets import wage_census
    from expectgap.datasets.jp_census import MEASURES

    t = r.table(raw, path, _CENSUS_KEYS)
    kwargs = {
        key: r.get(t, key, path, _int if key == "year" else _text)
        for key in _CENSUS_KEYS
        if key in t
    }
    try:
        table = _built(path, lambda: wage_census(**kwargs))
    except UnsupportedRule as exc:
        raise UnsupportedRule(
            f"{path} ({exc.field})", exc.value, exc.supported, exc.suggestions
        ) from None
    asked = ", ".join(str(v) for k, v in kwargs.items() if k not in ("measure", "year"))
    measure = PayMeasure(MEASURES[str(kwargs.get("measure", "scheduled"))])
    return asked or "national", table, measure


def _trend(value: Any, path: str) -> Any:
    if isinstance(value, str):
        if value.strip().casefold() not in ("census", "wage_census"):
            raise InvalidInput(path, value, "a yearly rate (0.03) or 'census' (the MHLW series)")
        from expectgap.datasets import wage_census_trend

        return wage_census_trend()
    return _number(value, path)


def _market(
    r: _Reader, raw: Any
) -> tuple[SurveyTable, dict[str, Any], tuple[tuple[str, SurveyTable], ...]]:
    path = "market"
    keys = (
        "currency",
        "period",
        "measure",
        "as_of",
        "source",
        "n",
        "mean",
        "top_coded",
        "fit",
        "trend",
        "percentiles",
        "csv",
        "census",
        "compare",
    )
    t = r.table(raw, path, keys)
    if sum(key in t for key in ("percentiles", "csv", "census")) != 1:
        raise InvalidInput(
            f"{path}.percentiles",
            "missing",
            "exactly one of [market.percentiles], csv, census (a wage-census table)",
        )
    options: dict[str, Any] = {}
    references = tuple(
        _census(r, item, f"{path}.compare[{i}]")[:2]
        for i, item in enumerate(r.get(t, "compare", path, _array, []))
    )
    if "census" in t:
        _, table, measure = _census(r, t["census"], f"{path}.census")
        options["market_measure"] = measure
        if "measure" in t:
            chosen = r.get(t, "measure", path, _text)
            options["market_measure"] = _built(path, lambda: PayMeasure.parse(chosen, "measure"))
        if "trend" in t:
            options["trend"] = r.get(t, "trend", path, _trend)
        return table, options, references
    common = {
        "currency": r.require(t, "currency", path, _text),
        "period": r.get(t, "period", path, _text, "annual"),
        "n": r.get(t, "n", path, _int),
        "as_of": r.get(t, "as_of", path, _date),
        "source": r.get(t, "source", path, _text),
        "mean": r.get(t, "mean", path, _number),
        "fit": r.get(t, "fit", path, _text, "interpolate"),
    }
    if "percentiles" in t:
        pt = t["percentiles"]
        if not isinstance(pt, Mapping):
            raise InvalidInput(f"{path}.percentiles", pt, "a table {percentile = amount}")
        points: dict[float, float] = {}
        keys_of: dict[float, str] = {}
        for key, value in pt.items():
            try:
                percentile = float(key)
            except ValueError:
                raise InvalidInput(
                    f"{path}.percentiles.{shown(key)}", shown(key), "a percentile such as 50"
                ) from None
            if percentile in keys_of:
                raise InvalidInput(
                    f"{path}.percentiles",
                    f"{keys_of[percentile]!r} and {shown(key)!r}",
                    "each percentile once (these two keys are the same percentile)",
                )
            keys_of[percentile] = shown(key)
            points[percentile] = _number(value, f"{path}.percentiles.{shown(key)}")
        top = r.get(t, "top_coded", path, _array, [])
        table = _built(path, lambda: SurveyTable.from_percentiles(points, top_coded=top, **common))
    else:
        name = r.require(t, "csv", path, _text)
        text, _ = r.read_text(name, f"{path}.csv")
        table = _built(
            f"{path}.csv ({name})", lambda: SurveyTable.from_csv(io.StringIO(text), **common)
        )
    if "measure" in t:
        measure = r.get(t, "measure", path, _text)
        options["market_measure"] = _built(path, lambda: PayMeasure.parse(measure, "measure"))
    if "trend" in t:
        options["trend"] = r.get(t, "trend", path, _trend)
    return table, options, references


def _peers(r: _Reader, raw: Any, currency: str) -> tuple[PeerGroup, dict[str, Any]]:
    path = "peers"
    t = r.table(
        raw, path, ("csv", "column", "weight_column", "id_column", "measure", "min_n", "source")
    )
    name = r.require(t, "csv", path, _text)
    column = r.require(t, "column", path, _text)
    weight_column = r.get(t, "weight_column", path, _text)
    id_column = r.get(t, "id_column", path, _text)
    text, _ = r.read_text(name, f"{path}.csv")
    values: list[float] = []
    weights: list[float] = []
    ids: list[str] = []
    reader = csv.DictReader(io.StringIO(text))
    line = 1
    try:
        header = [str(h) for h in (reader.fieldnames or [])]
        for key, wanted in (
            ("column", column),
            ("weight_column", weight_column),
            ("id_column", id_column),
        ):
            if wanted is not None and wanted not in header:
                raise InvalidInput(
                    f"{path}.{key}",
                    shown(wanted),
                    f"the name of one of the {len(header)} columns of {name} (its first line)",
                )
        for line, row in enumerate(reader, start=2):
            values.append(_csv_number(row.get(column), name, line, column))
            if weight_column is not None:
                weights.append(_csv_number(row.get(weight_column), name, line, weight_column))
            if id_column is not None:
                ids.append(str(row.get(id_column)))
    except csv.Error as exc:
        raise InvalidInput(
            f"{name} line {line + 1}", "unreadable CSV", f"valid CSV ({exc})"
        ) from None
    measure = r.get(t, "measure", path, _text)
    group = _built(
        path,
        lambda: PeerGroup(
            values,
            weights=weights or None,
            ids=ids or None,
            min_n=r.get(t, "min_n", path, _int, 5),
            currency=currency,
        ),
    )
    options: dict[str, Any] = {}
    if measure is not None:
        options["peer_measure"] = _built(path, lambda: PayMeasure.parse(measure, "measure"))
    return group, options


def _csv_number(text: str | None, name: str, line: int, column: str) -> float:
    value = float("nan")
    if text is not None and len(text) <= MAX_NUMBER_TEXT:
        with contextlib.suppress(ValueError):
            value = float(str(text).replace(",", "").strip())
    if value != value or value in (float("inf"), float("-inf")):
        raise InvalidInput(f"{name} line {line}: {shown(column)}", shown(text), "a finite number")
    return value


def _assessment(r: _Reader, raw: Any) -> dict[str, Any]:
    path = "assessment"
    t = r.table(raw, path, ("jurisdiction", "year", "as_of", "strict_year", "policy"))
    options: dict[str, Any] = {}
    if "strict_year" in t:
        options["strict_year"] = r.get(t, "strict_year", path, _bool)
    if "jurisdiction" in t:
        options["jurisdiction"] = r.get(t, "jurisdiction", path, _text)
    if "year" in t:
        options["year"] = r.get(t, "year", path, _int)
    if "as_of" in t:
        options["as_of"] = r.get(t, "as_of", path, _date)
    if "policy" in t:
        name = r.get(t, "policy", path, _text)
        text, _ = r.read_text(name, f"{path}.policy")
        options["policy"] = _built(f"{path}.policy", lambda: Policy.from_toml(text, name))
    return options


def parse_scenario(
    text: str, base: Traversable | None = None, *, root: str | Path | None = None
) -> Scenario:
    """Parse the text of an assessment file.

    Parameters
    ----------
    text : str
        TOML text (format: ``docs/toml-format.md``).
    base : directory (Path or importlib.resources Traversable), optional
        Where the CSV and policy files named in the text are found. Names are relative to it
        and may not leave it (no absolute path, no ``..``, no symbolic link out of it).
    root : directory, optional
        A wider folder, containing ``base``, that named files may reach through symbolic links.

    Returns
    -------
    Scenario

    Raises
    ------
    InvalidInput
        A TOML syntax error (with its line), an unknown or missing key, a wrong type or an
        invalid value (the dotted key is named), a bad CSV value (file and line).

    Examples
    --------
    >>> parse_scenario('[offer.package]\\nbase_monthly = ?\\n')
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: toml: got 'Invalid value (at line 2, column 16)'; expected valid TOML
    """
    if not isinstance(text, str):
        raise InvalidInput("text", type(text).__name__, "the TOML text as a string")
    if len(text) > MAX_FILE_BYTES:
        raise InvalidInput("toml", f"{len(text):,} characters", f"at most {MAX_FILE_BYTES:,}")
    raw = _toml(text.removeprefix("\ufeff"))
    if isinstance(base, str):
        base = Path(base)
    if base is not None and not (isinstance(base, Path) or _is_traversable(base)):
        raise InvalidInput("base", type(base).__name__, "a folder (a Path) or None")
    if root is not None and not isinstance(root, str | Path):
        raise InvalidInput("root", type(root).__name__, "a folder (a Path) or None")
    r = _Reader(base, None if root is None else Path(root))
    r.table(raw, "", ("assessment", "candidate", "offer", "market", "peers"))
    if "offer" not in raw:
        raise InvalidInput("offer", "missing", "an [offer] with [offer.package]")
    options = _assessment(r, raw.get("assessment", {}))
    expectations = _candidate(r, raw.get("candidate", {}))
    offer = _offer(r, raw["offer"])
    market = None
    references: tuple[tuple[str, SurveyTable], ...] = ()
    if "market" in raw:
        market, extra, references = _market(r, raw["market"])
        options.update(extra)
    peers = None
    if "peers" in raw:
        peers, extra = _peers(r, raw["peers"], offer.package.currency)
        options.update(extra)
    return Scenario(expectations, offer, market, peers, options, references)


def _toml(text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput("toml", _duplicate(text, exc), "valid TOML") from None
    except RecursionError:
        raise InvalidInput("toml", "arrays or tables nested too deeply", "valid TOML") from None


def _duplicate(text: str, exc: tomllib.TOMLDecodeError) -> str:
    """The decoder's message; for a key given twice, both lines that give it."""
    message = str(exc)
    found = re.search(r"at line (\d+)", message)
    if ("overwrite" not in message and "declare" not in message) or found is None:
        return message
    line = int(found.group(1))
    lines = text.splitlines()
    if not 0 < line <= len(lines):
        return message
    key = lines[line - 1].split("=", 1)[0].strip().strip("[]").strip()
    if not key:
        return message
    earlier = [
        str(i + 1)
        for i, other in enumerate(lines[: line - 1])
        if other.split("=", 1)[0].strip().strip("[]").strip() == key
    ]
    short = shown(key)
    if earlier:
        return f"{message}: key {short!r} given twice, on lines {earlier[-1]} and {line}"
    return f"{message}: key {short!r} given twice"


def load_scenario(source: str | Path | Traversable, *, root: str | Path | None = None) -> Scenario:
    """Read an assessment file; CSV and policy files are resolved next to it.

    Named files must lie inside the file's folder (or inside ``root``, a wider folder the
    caller allows explicitly), be regular files and hold at most
    :data:`~expectgap._files.MAX_FILE_BYTES` bytes of UTF-8 text.

    Raises
    ------
    InvalidInput
        An unreadable file, or any error of :func:`parse_scenario` (prefixed with the file
        name).

    Examples
    --------
    >>> load_scenario("no-such-file.toml")
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: file: got 'no-such-file.toml'; expected a readable UTF-8 TOML file; a readable file (No such file or directory)
    """
    file, text, parent = read_toml_source(source)
    try:
        return parse_scenario(text, parent, root=root)
    except InvalidInput as exc:
        raise InvalidInput(f"{file.name}: {exc.field}", exc.value, exc.accepted) from None
    except ExpectgapError:
        raise


def read_toml_source(source: object) -> tuple[Traversable, str, Traversable]:
    """The file, its text and its folder, for a TOML file given by path or as a resource.

    A path is read as :func:`~expectgap._files.read_file` reads it (a regular file of at most
    :data:`~expectgap._files.MAX_FILE_BYTES` bytes of UTF-8 text).

    Examples
    --------
    >>> read_toml_source(3)
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: file: got 'int'; expected a path to a TOML file
    """
    if not (isinstance(source, str | Path) or _is_traversable(source)):
        raise InvalidInput("file", type(source).__name__, "a path to a TOML file")
    file: Traversable = Path(source) if isinstance(source, str | Path) else source
    if isinstance(file, Path):
        try:
            text = read_file(file, "file", str(source))
        except InvalidInput as exc:
            raise InvalidInput(
                "file", exc.value, f"a readable UTF-8 TOML file; {exc.accepted}"
            ) from None
    else:
        try:
            text = file.read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            raise InvalidInput("file", str(source), "a readable UTF-8 TOML file") from None
    parent = file.parent if isinstance(file, Path) else _parent(file)
    return file, text, parent


def _is_traversable(value: object) -> TypeGuard[Traversable]:
    """A resource of a package (:mod:`importlib.resources`), imported only when something other
    than a path is given (a command-line call need not import it)."""
    from importlib.resources.abc import Traversable

    return isinstance(value, Traversable)


def _parent(source: Traversable) -> Traversable:
    parent = getattr(source, "parent", None)
    if parent is None:
        raise InvalidInput("file", str(source), "a file inside a directory")
    return parent  # type: ignore[no-any-return]
