"""Assessment of many candidates and offers at once (:func:`assess`)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from dataclasses import replace as dataclass_replace
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from expectgap.assess import rules
from expectgap.assess.codes import (
    DIMENSIONS,
    DIRECTIONS,
    SEVERITIES,
    STANCES,
    Dimension,
    Direction,
    Severity,
)
from expectgap.assess.models import (
    SalaryBasis,
)
from expectgap.assess.net import GROSS_UP_PERIODS, payroll_year
from expectgap.assess.policy import Policy
from expectgap.frame.assess_columns import ASSESS_COLUMNS, ASSESS_RELATIONS, _is_net
from expectgap.frame.columns import (
    _BLOCK,
    _ENGINE_BLOCK,
    _MICRO,
    _PERCENT,
    _WEEKS_IN_YEAR,
    _YEN,
    ErrorMode,
    _Inputs,
    _policy,
    assemble,
    read_columns,
    warn_unused,
)
from expectgap.frame.household import household_groups, household_keywords
from expectgap.frame.positions import _mismatch
from expectgap.money import MONTHS_IN_YEAR, Period
from expectgap.payroll.jp import labour_law
from expectgap.payroll.jp.gross_up import gross_up as _gross_up
from expectgap.payroll.jp.payslip import _year_and_payslip, regular_month


@dataclass(frozen=True)
class _DimensionResult:
    """One dimension's gap over all rows (NaN where not stated or not numeric)."""

    expected: npt.NDArray[np.float64]
    offered: npt.NDArray[np.float64]
    difference: npt.NDArray[np.float64]
    severity: npt.NDArray[np.int8]
    direction: npt.NDArray[np.int8]
    must: npt.NDArray[np.bool_]
    confirm: npt.NDArray[np.bool_]
    derived: npt.NDArray[np.bool_]


def _gap(
    dimension: Dimension,
    target: npt.NDArray[np.float64],
    offered: npt.NDArray[np.float64],
    walk: npt.NDArray[np.float64],
    must: npt.NDArray[np.bool_],
    policy: Policy,
    *,
    higher_is_better: bool,
    confirm: npt.NDArray[np.bool_] | bool = False,
    limit: bool = False,
) -> _DimensionResult:
    """A gap with a target, a walk-away value and a must/want flag (NaN target or NaN offer:
    unstated); ``limit`` marks a condition whose target is a limit (see ``rules.severity``)."""
    pol = policy.dimension(dimension)
    stated = ~np.isnan(target)
    has_walk = ~np.isnan(walk)
    worse = offered < walk if higher_is_better else offered > walk
    short = rules.shortfall(target, offered, higher_is_better=higher_is_better, measure=pol.measure)
    severity = rules.severity(
        short,
        must,
        minor=pol.minor,
        blocking=pol.blocking,
        beyond_walk_away=has_walk & worse,
        has_walk_away=has_walk,
        limit=limit,
    )
    n = target.size
    return _DimensionResult(
        expected=target,
        offered=np.where(np.isnan(offered), np.nan, offered),
        difference=offered - target + 0.0,
        severity=severity,
        direction=rules.direction(target, offered, higher_is_better=higher_is_better),
        must=must & stated,
        confirm=np.broadcast_to(np.asarray(confirm, dtype=bool), (n,)),
        derived=np.zeros(n, dtype=bool),
    )


def _position_gap(v: Mapping[str, npt.NDArray[Any]], policy: Policy) -> _DimensionResult:
    pol = policy.dimension(Dimension.POSITION)
    target, offered, floor = v["level_target"], v["offer_level"], v["level_min"]
    stated = ~np.isnan(target)
    both = stated & ~np.isnan(offered)
    levels = target - offered
    has_floor = ~np.isnan(floor)
    severity = rules.severity(
        np.where(both, np.maximum(levels, 0.0), 0.0),
        v["position_importance"],
        minor=pol.minor,
        blocking=pol.blocking,
        beyond_walk_away=has_floor & (offered < floor),
        has_walk_away=has_floor,
    )
    direction = np.where(
        levels > 0,
        _code(Direction.SHORT),
        np.where(levels < 0, _code(Direction.EXCEEDS), _code(Direction.MEETS)),
    )
    n = target.size
    return _DimensionResult(
        expected=target,
        offered=offered,
        difference=np.where(both, offered - target + 0.0, np.nan),
        severity=np.where(both, severity, _code(Severity.NONE)).astype(np.int8),
        direction=np.where(both, direction, _code(Direction.UNSTATED)).astype(np.int8),
        must=v["position_importance"] & stated,
        confirm=np.zeros(n, dtype=bool),
        derived=np.zeros(n, dtype=bool),
    )


def _code(member: Direction | Severity) -> np.int8:
    return np.int8(member.code)


#: The year's figures :meth:`_Payroll.figures` reads from :func:`expectgap.payroll.jp.annual`.
FIGURES = ("net", "gross", "income_tax", "resident_tax", "social_insurance_total")
#: The payslip's figures it reads from :func:`expectgap.payroll.jp.payslip` (as ``payslip_*``).
SLIP_FIGURES = ("net", "gross", "social_insurance_total", "income_tax", "resident_tax", "month")
_SLIP_NAMES = tuple(f"payslip_{name}" for name in SLIP_FIGURES)
_SLIP_FIELDS = tuple(name for name in SLIP_FIGURES if name != "month")  # fields of Payslip


@dataclass(frozen=True)
class _Payroll:
    """The Japan payroll engine as :mod:`expectgap.assess.net` binds it to an offer, per row."""

    year: int
    rows: npt.NDArray[np.bool_]  # rows with an engine (JPY, jurisdiction JP)
    other: npt.NDArray[np.float64]  # allowances per month
    per_base: npt.NDArray[np.float64]  # 1 + fixed overtime pay per yen of base pay
    bonus_months_of_pay: npt.NDArray[np.float64]
    bonus_offset: npt.NDArray[np.float64]  # bonus = months x pay + offset (NetModel.bonus)
    values: Mapping[str, npt.NDArray[Any]]
    _memo: dict[str, dict[str, npt.NDArray[np.float64]]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def figures(
        self, base: npt.NDArray[np.float64], rows: npt.NDArray[np.bool_]
    ) -> dict[str, npt.NDArray[np.float64]]:
        """The year and the regular month's payslip at a monthly base pay, as
        ``NetFigures`` holds them (NaN outside ``rows``): ``FIGURES`` as the year's
        :func:`~expectgap.payroll.jp.annual` and ``payslip_`` + ``SLIP_FIGURES`` as
        :func:`~expectgap.payroll.jp.payslip` give them, read off one run of the engine."""
        out = {name: np.full(base.size, np.nan) for name in (*FIGURES, *_SLIP_NAMES)}
        if not rows.any():
            return out
        pay = base[rows] * self.per_base[rows] + self.other[rows]
        pay = np.maximum(np.round(pay, _MICRO), 0.0)  # a sum of whole yen comes back whole
        found = {name: np.empty(pay.size) for name in out}
        sub = np.flatnonzero(rows)
        months, offsets = self.bonus_months_of_pay[rows], self.bonus_offset[rows]
        for place, group in household_groups(self.values, sub, by_declarations=False):
            where = np.searchsorted(sub, group)
            # in blocks of rows, to bound the engine's temporaries (peak memory per row)
            for start in range(0, where.size, _ENGINE_BLOCK):
                at = where[start : start + _ENGINE_BLOCK]
                options = {
                    "year": self.year,
                    "prefecture": place,
                    "age": self.values["age"][sub[at]],
                    "dependents": self.values["dependents"][sub[at]],
                    "bonus": np.maximum(np.round(pay[at] * months[at] + offsets[at], _MICRO), 0.0),
                    **household_keywords(self.values, sub[at]),
                }
                year, slip = _year_and_payslip(pay[at], slip=_SLIP_FIELDS, **options)
                for name in FIGURES:
                    found[name][at] = year[name]
                for name in _SLIP_FIELDS:
                    found[f"payslip_{name}"][at] = slip[name]
                found["payslip_month"][at] = regular_month(self.year)
        for name, values in found.items():
            out[name][rows] = values
        return out

    def offered(self) -> dict[str, npt.NDArray[np.float64]]:
        """:meth:`figures` at each row's offered base pay, computed once for every caller
        (the gaps, the take-home columns and the talking points' facts)."""
        if "offered" not in self._memo:
            self._memo["offered"] = self.figures(self.values["offer_base"], self.rows)
        return self._memo["offered"]

    def nets(
        self,
        base: npt.NDArray[np.float64] | None = None,
        rows: npt.NDArray[np.bool_] | None = None,
    ) -> dict[SalaryBasis, npt.NDArray[np.float64]]:
        """Take-home at a monthly base pay on each net basis (``NetFigures.net``; NaN outside
        ``rows``): the regular month's payslip, the year / 12 and the year; without a base,
        at the offered one (:meth:`offered`)."""
        found = self.offered() if base is None or rows is None else self.figures(base, rows)
        return {
            SalaryBasis.NET_MONTHLY: found["payslip_net"],
            SalaryBasis.NET_MONTHLY_AVERAGE: found["net"] / MONTHS_IN_YEAR,
            SalaryBasis.NET_ANNUAL: found["net"],
        }

    def base_needed(
        self,
        target: npt.NDArray[np.float64],
        basis: npt.NDArray[Any],
        rows: npt.NDArray[np.bool_],
    ) -> npt.NDArray[np.float64]:
        """The smallest base pay whose take-home on each row's ``basis`` reaches ``target``
        (``NetModel.base_needed``), one gross-up call per prefecture and basis (ages,
        dependants and bonuses per row)."""
        out = np.full(target.size, np.nan)
        if not rows.any():
            return out
        where = np.flatnonzero(rows)
        for place, group in household_groups(self.values, where, by_declarations=True):
            bases = basis[group]
            for net_basis, (period, per_target) in GROSS_UP_PERIODS.items():
                at = group[bases == net_basis.value]
                if not at.size:
                    continue
                # in blocks of targets, to bound the search's temporaries (peak memory per row)
                for start in range(0, at.size, _GROSS_UP_BLOCK):
                    part = at[start : start + _GROSS_UP_BLOCK]
                    goal = np.maximum(target[part] / per_target - _TARGET_GUARD, 0.0)
                    found = np.asarray(
                        _gross_up(
                            goal,
                            period=period,
                            year=self.year,
                            prefecture=place,
                            age=self.values["age"][part],
                            dependents=self.values["dependents"][part],
                            bonus_months_of_pay=self.bonus_months_of_pay[part],
                            bonus_offset=self.bonus_offset[part],
                            **household_keywords(self.values, part),
                        ),
                        dtype=np.float64,
                    )
                    out[part] = np.maximum((found - self.other[part]) / self.per_base[part], 0.0)
        return out


# NetModel lowers take-home targets by this much before the gross-up (float rounding guard).
_TARGET_GUARD = 1e-6
_GROSS_UP_BLOCK = 1 << 12  # targets per gross-up call (its temporaries are kilobytes a target)


def _payroll(
    v: Mapping[str, npt.NDArray[Any]], year: int | None, jurisdiction: str
) -> _Payroll | None:
    if year is None or jurisdiction != "JP":
        return None
    per_base, other = _fixed_overtime_lines(v)
    # the bonus is k months of base pay: k x (pay - other) / per_base as a function of the pay
    k = v["offer_bonus_months_of_base"]
    months, offset = k / per_base, -k * other / per_base
    return _Payroll(year, v["currency"] == _YEN, other, per_base, months, offset, v)


def _fixed_overtime_lines(
    v: Mapping[str, npt.NDArray[Any]],
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Monthly pay as ``per_base x base + other``: fixed overtime pay moves in proportion to
    the base (:mod:`expectgap.assess.scale`), allowances stay."""
    base, fixed = v["offer_base"], v["offer_fixed_overtime"]
    with np.errstate(divide="ignore", invalid="ignore"):
        per_base = np.where(base > 0, 1.0 + fixed / np.where(base > 0, base, 1.0), 1.0)
    other = v["offer_allowances"] + np.where(base > 0, 0.0, fixed)
    return per_base, other


def _salary_gaps(
    v: Mapping[str, npt.NDArray[Any]], policy: Policy, payroll: _Payroll | None
) -> tuple[_DimensionResult, _DimensionResult]:
    target, walk = v["salary_target"], v["salary_walk_away"]
    basis = v["salary_basis"]
    n = target.size
    stated = ~np.isnan(target)
    is_net = np.isin(basis, [b.value for b in SalaryBasis if b.is_net]) & stated
    monthly = np.isin(basis, [b.value for b in SalaryBasis if b.period is Period.MONTHLY])
    monthly |= ~stated  # an unstated salary is shown per month
    base = v["offer_base"]
    per_base, extras = _fixed_overtime_lines(v)
    # the package's pay lines (expectgap.assess.scale.PackageScale): slope x base + intercept
    slope = np.where(monthly, per_base, MONTHS_IN_YEAR * per_base + v["offer_bonus_months_of_base"])
    intercept = np.where(monthly, extras, MONTHS_IN_YEAR * extras)
    # at the offered base, the sum of the parts as stated (no rounding through the slope)
    stated_pay = base + v["offer_fixed_overtime"] + v["offer_allowances"]
    offered_gross = np.where(
        monthly, stated_pay, MONTHS_IN_YEAR * stated_pay + v["offer_bonus_months_of_base"] * base
    )
    engine = np.zeros(n, dtype=bool) if payroll is None else payroll.rows
    expected_gross, walk_gross = target.copy(), walk.copy()
    expected_net = np.full(n, np.nan)
    offered_net = np.full(n, np.nan)
    # the take-home shown: the basis stated, else the payslip month (monthly) or the year
    shown = np.where(
        is_net,
        basis,
        np.where(monthly, SalaryBasis.NET_MONTHLY.value, SalaryBasis.NET_ANNUAL.value),
    )

    def on_shown(nets: Mapping[SalaryBasis, npt.NDArray[np.float64]]) -> npt.NDArray[np.float64]:
        out = np.full(n, np.nan)
        for net_basis, values in nets.items():
            out = np.where(shown == net_basis.value, values, out)
        return out

    if payroll is not None:
        offered_net = on_shown(payroll.nets())
        gross_rows = engine & stated & ~is_net
        base_target = (target - intercept) / slope
        reachable = gross_rows & (base_target >= 0)
        expected_net = on_shown(payroll.nets(np.where(reachable, base_target, 0.0), reachable))
        net_rows = engine & is_net
        needed = payroll.base_needed(target, basis, net_rows)
        # the gross-up is exact to one yen of monthly pay: within that, the offer meets it
        needed = np.where((needed > base) & (needed < base + 1.0), base, needed)
        at_offer = needed == base  # exactly what the offer pays, not through the slope
        expected_gross = np.where(
            net_rows, np.where(at_offer, offered_gross, needed * slope + intercept), expected_gross
        )
        expected_net = np.where(net_rows, target, expected_net)
        walk_rows = net_rows & ~np.isnan(walk)
        walk_needed = payroll.base_needed(walk, basis, walk_rows)
        walk_needed = np.where((walk_needed > base) & (walk_needed < base + 1.0), base, walk_needed)
        walk_at_offer = np.where(
            walk_needed == base, offered_gross, walk_needed * slope + intercept
        )
        walk_gross = np.where(walk_rows, walk_at_offer, walk_gross)
    must = v["salary_importance"]
    gross_pol = policy.dimension(Dimension.GROSS_SALARY)
    net_pol = policy.dimension(Dimension.NET_SALARY)
    has_walk = ~np.isnan(walk_gross)
    severity = np.zeros(n, dtype=np.int8)
    for pol, rows in ((gross_pol, ~is_net), (net_pol, is_net)):
        short = rules.shortfall(
            expected_gross, offered_gross, higher_is_better=True, measure=pol.measure
        )
        found = rules.severity(
            short,
            must,
            minor=pol.minor,
            blocking=pol.blocking,
            beyond_walk_away=has_walk & (offered_gross < walk_gross),
            has_walk_away=has_walk,
        )
        severity = np.where(rows, found, severity).astype(np.int8)
    direction = rules.direction(expected_gross, offered_gross, higher_is_better=True)
    settled = is_net & (direction != _code(Direction.SHORT)) & ~np.isnan(offered_net)
    direction = np.where(
        settled,
        np.where(offered_net > target, _code(Direction.EXCEEDS), _code(Direction.MEETS)),
        direction,
    ).astype(np.int8)
    fixed_overtime = (v["offer_fixed_overtime"] > 0) | (v["offer_fixed_overtime_hours"] > 0)
    gross = _DimensionResult(
        expected=expected_gross,
        offered=offered_gross,
        difference=offered_gross - expected_gross + 0.0,
        severity=severity,
        direction=direction,
        must=must & stated,
        confirm=fixed_overtime,
        derived=is_net,
    )
    assessed = stated & engine
    net = _DimensionResult(
        expected=np.where(stated, expected_net, np.nan),
        offered=offered_net,
        difference=np.where(stated, offered_net - expected_net + 0.0, np.nan),
        severity=np.where(assessed, severity, _code(Severity.NONE)).astype(np.int8),
        direction=np.where(assessed, direction, _code(Direction.UNSTATED)).astype(np.int8),
        must=must & assessed,
        confirm=np.zeros(n, dtype=bool),
        derived=stated & ~is_net & engine,
    )
    return gross, net


def _bonus_gap(v: Mapping[str, npt.NDArray[Any]], policy: Policy) -> _DimensionResult:
    no_base = v["offer_base"] == 0
    target = v["bonus_months_target"]
    result = _gap(
        Dimension.BONUS,
        target,
        np.where(no_base, np.nan, v["offer_bonus_months_of_base"]),
        v["bonus_months_walk_away"],
        v["bonus_importance"],
        policy,
        higher_is_better=True,
    )
    return dataclass_replace(result, confirm=no_base & ~np.isnan(target))


def _flag_gap(
    dimension: Dimension,
    shortfall: npt.NDArray[np.float64],
    must: npt.NDArray[np.bool_],
    policy: Policy,
) -> _DimensionResult:
    """Location and atmosphere: a shortfall (NaN: unstated) and no walk-away value."""
    pol = policy.dimension(dimension)
    stated = ~np.isnan(shortfall)
    severity = rules.severity(
        np.where(stated, shortfall, 0.0), must, minor=pol.minor, blocking=pol.blocking
    )
    direction = np.where(
        stated,
        np.where(shortfall > 0, _code(Direction.SHORT), _code(Direction.MEETS)),
        _code(Direction.UNSTATED),
    ).astype(np.int8)
    n = shortfall.size
    nan = np.full(n, np.nan)
    return _DimensionResult(
        expected=nan,
        offered=nan,
        difference=nan,
        severity=severity,
        direction=direction,
        must=must & stated,
        confirm=np.zeros(n, dtype=bool),
        derived=np.zeros(n, dtype=bool),
    )


@dataclass(frozen=True)
class _Assessment:
    """Every dimension over all rows, with stance and priority codes (rows x dimensions)."""

    results: tuple[_DimensionResult, ...]
    severity: npt.NDArray[np.int8]
    direction: npt.NDArray[np.int8]
    stance: npt.NDArray[np.int8]
    score: npt.NDArray[np.int64]


def assessment_outputs(found: _Assessment, payroll: _Payroll | None) -> dict[str, Any]:
    """The output columns of :func:`assess` from the assessment of its rows."""
    outputs = _assessment_columns(found)
    # both months a recruiter quotes, whatever the basis of the target (NaN without an engine)
    n = found.severity.shape[0]
    payslip, average = np.full(n, np.nan), np.full(n, np.nan)
    if payroll is not None and payroll.rows.any():
        nets = payroll.nets()
        payslip = nets[SalaryBasis.NET_MONTHLY]
        average = nets[SalaryBasis.NET_MONTHLY_AVERAGE]
    outputs["net_payslip_offered"] = payslip
    outputs["net_monthly_average_offered"] = average
    return outputs


def _fixed_overtime_law(
    v: Mapping[str, npt.NDArray[Any]], payroll: _Payroll | None
) -> dict[str, npt.NDArray[Any]] | None:
    """The statutory check of fixed overtime pay (:mod:`expectgap.assess.legal`) per row: the
    minimum from base pay and allowances over the average monthly scheduled hours (weekly hours
    x 52 / 12, or the statutory maximum where the row states none), and the issues found on
    rows with a payroll engine (JP, yen) and fixed overtime pay. None outside Japan."""
    if payroll is None:
        return None
    on = date.today()
    fixed, hours = v["offer_fixed_overtime"], v["offer_fixed_overtime_hours"]
    present = ((fixed > 0) | (hours > 0)) & payroll.rows
    weekly = v["offer_hours_per_week"]
    assumed = np.isnan(weekly)
    most = float(labour_law.max_scheduled_hours_per_month(on))
    scheduled = np.where(assumed, most, np.nan_to_num(weekly) * _WEEKS_IN_YEAR / MONTHS_IN_YEAR)
    pay = v["offer_base"] + v["offer_allowances"]
    minimum = labour_law.fixed_overtime_minimum(hours, pay, scheduled, on=on)
    weighted = labour_law.premium_hours(hours, on=on)
    limit = float(labour_law.overtime_hours_limit(on))
    with np.errstate(divide="ignore", invalid="ignore"):
        premium = np.where(hours > 0, weighted / np.where(hours > 0, hours, 1.0), np.nan)
    return {
        "present": present,
        "minimum": minimum,
        "shortfall": np.maximum(minimum - fixed, 0.0),
        "pay": pay,
        "scheduled": scheduled,
        "rate": pay / scheduled,
        "premium": premium,
        "limit": np.full(fixed.size, limit),
        "assumed": assumed,
        "below_minimum": present & (fixed < minimum),
        "above_limit": present & (hours > limit),
    }


_SALARY_FIELDS = ("basis", "target", "walk_away", "importance")


def _pick(
    rows: npt.NDArray[np.bool_], chosen: _DimensionResult, other: _DimensionResult
) -> _DimensionResult:
    """``chosen`` where ``rows``, ``other`` elsewhere, field by field."""
    return _DimensionResult(
        *(
            np.where(rows, getattr(chosen, f.name), getattr(other, f.name)).astype(
                getattr(other, f.name).dtype
            )
            for f in dataclass_fields(_DimensionResult)
        )
    )


def _assessment(
    v: Mapping[str, npt.NDArray[Any]], policy: Policy, payroll: _Payroll | None
) -> _Assessment:
    gross, net = _salary_gaps(v, policy, payroll)
    second = ~np.isnan(v["salary2_target"])
    if second.any():
        # A second target on the other dimension: each dimension shows the target stated on it
        # (the scalar API's rows for a gross and a take-home target).
        other = {**v, **{f"salary_{k}": v[f"salary2_{k}"] for k in _SALARY_FIELDS}}
        gross2, net2 = _salary_gaps(other, policy, payroll)
        first_net = _is_net(v["salary_basis"])
        gross = _pick(second & first_net, gross2, gross)
        net = _pick(second & ~first_net, net2, net)
    fixed_overtime = (v["offer_fixed_overtime"] > 0) | (v["offer_fixed_overtime_hours"] > 0)
    results = {
        Dimension.POSITION: _position_gap(v, policy),
        Dimension.GROSS_SALARY: gross,
        Dimension.NET_SALARY: net,
        Dimension.BONUS: _bonus_gap(v, policy),
        Dimension.HOURS: _gap(
            Dimension.HOURS,
            v["hours_target"],
            v["offer_hours_per_week"],
            v["hours_walk_away"],
            v["hours_importance"],
            policy,
            higher_is_better=False,
            limit=True,
        ),
        Dimension.OVERTIME: _gap(
            Dimension.OVERTIME,
            v["overtime_target"],
            v["offer_overtime_hours"],
            v["overtime_walk_away"],
            v["overtime_importance"],
            policy,
            higher_is_better=False,
            limit=True,
            confirm=fixed_overtime,
        ),
        Dimension.LOCATION: _flag_gap(
            Dimension.LOCATION, 1.0 - v["location_accepted"], v["location_importance"], policy
        ),
        Dimension.REMOTE_WORK: _gap(
            Dimension.REMOTE_WORK,
            v["remote_target"],
            v["offer_remote_days"],
            v["remote_walk_away"],
            v["remote_importance"],
            policy,
            higher_is_better=True,
            limit=True,
        ),
        Dimension.LEAVE: _gap(
            Dimension.LEAVE,
            v["leave_target"],
            v["offer_leave_days"],
            v["leave_walk_away"],
            v["leave_importance"],
            policy,
            higher_is_better=True,
            limit=True,
        ),
        Dimension.ATMOSPHERE: _flag_gap(
            Dimension.ATMOSPHERE, v["atmosphere_missing_pct"], v["atmosphere_importance"], policy
        ),
    }
    law = _fixed_overtime_law(v, payroll)
    if law is not None:
        over = results[Dimension.OVERTIME]
        issue = law["below_minimum"] | law["above_limit"]
        results[Dimension.OVERTIME] = dataclass_replace(
            over,
            severity=np.where(
                issue, np.maximum(over.severity, _code(Severity.MAJOR)), over.severity
            ).astype(np.int8),
            direction=np.where(issue, _code(Direction.SHORT), over.direction).astype(np.int8),
        )
    ordered = [results[d] for d in DIMENSIONS]
    severity = np.stack([r.severity for r in ordered], axis=1)
    direction = np.stack([r.direction for r in ordered], axis=1)
    negotiable = np.array([policy.dimension(d).negotiable for d in DIMENSIONS])
    confirm = np.stack([r.confirm for r in ordered], axis=1)
    derived = np.stack([r.derived for r in ordered], axis=1)
    must = np.stack([r.must for r in ordered], axis=1)
    stance = np.empty_like(severity)
    score = np.empty(severity.shape, dtype=np.int64)
    # in blocks of rows, to bound the rules' temporaries (peak memory per row)
    for start in range(0, severity.shape[0], _BLOCK):
        rows = slice(start, start + _BLOCK)
        stance[rows] = rules.stance(
            severity[rows],
            direction[rows],
            negotiable=negotiable,
            needs_confirmation=confirm[rows],
            derived=derived[rows],
        )
        score[rows] = rules.priority_score(
            severity[rows],
            stance[rows],
            must[rows],
            severity_weight=policy.severity_weight,
            stance_weight=policy.stance_weight,
            must_weight=policy.must_weight,
        )
    return _Assessment(tuple(ordered), severity, direction, stance, score)


def _assessment_columns(found: _Assessment) -> dict[str, Any]:
    severity, direction, stance = found.severity, found.direction, found.stance
    top = np.argmax(found.score, axis=1)  # the first highest score: rank 1 of priority_rank
    rows = np.arange(severity.shape[0])
    outputs: dict[str, Any] = {}
    for i, (dimension, r) in enumerate(zip(DIMENSIONS, found.results, strict=True)):
        name = dimension.value
        with np.errstate(divide="ignore", invalid="ignore"):
            pct = np.where(r.expected == 0, np.nan, r.difference / r.expected * _PERCENT + 0.0)
        outputs[f"{name}_expected"] = r.expected
        outputs[f"{name}_offered"] = r.offered
        outputs[f"{name}_difference"] = r.difference
        outputs[f"{name}_difference_pct"] = pct
        outputs[f"{name}_direction"] = _categorical(direction[:, i], DIRECTIONS)
        outputs[f"{name}_severity"] = _categorical(severity[:, i], SEVERITIES)
        outputs[f"{name}_stance"] = _categorical(stance[:, i], STANCES)
    outputs["severity"] = _categorical(severity.max(axis=1), SEVERITIES)
    outputs["top_topic"] = _categorical(top, DIMENSIONS)
    outputs["top_stance"] = _categorical(stance[rows, top], STANCES)
    return outputs


def _categorical(codes: npt.NDArray[Any], members: tuple[Any, ...]) -> Any:
    return pd.Categorical.from_codes(codes.astype(np.int8), dtype=_categories(members))


@functools.cache
def _categories(members: tuple[Any, ...]) -> pd.CategoricalDtype:
    """The categorical dtype of the members' values (built once: pandas validates them)."""
    return pd.CategoricalDtype([m.value for m in members])


def assess(
    frame: pd.DataFrame,
    *,
    jurisdiction: str = "JP",
    year: int | None = None,
    policy: Policy | None = None,
    columns: Mapping[str, str] | None = None,
    errors: ErrorMode = "raise",
    strict_year: bool = False,
) -> pd.DataFrame:
    """The expectation-gap assessment of every row, as columns.

    Each row holds one offer and what one candidate seeks, in flat columns
    (:data:`ASSESS_COLUMNS`; NaN / None in an expectation column, or in one of the offer's
    condition columns, means "not stated": no default stands in for an offer's hours,
    overtime, remote days or leave). Rows the scalar API refuses as implausible (pay below the
    prefecture's minimum wage for the row's hours, salary targets below a month or a week of
    it: :mod:`expectgap.assess.plausibility`) are bad rows here too:

    * offer: ``offer_base`` (required, monthly base pay), ``offer_allowances``,
      ``offer_fixed_overtime`` and ``offer_fixed_overtime_hours`` (per month),
      ``offer_bonus_months_of_base`` (guaranteed bonus in months of base pay), ``offer_level``,
      ``offer_hours_per_week``, ``offer_overtime_hours`` (per month), ``offer_remote_days``
      (per week), ``offer_leave_days`` (per year), ``currency``, ``prefecture`` (place of work);
    * position: ``level_target``, ``level_min``, ``position_importance``;
    * salary: ``salary_basis`` (``gross_annual``, ``gross_monthly``, ``net_monthly``: the
      take-home of a regular month's payslip, ``net_monthly_average``: the year's take-home /
      12, ``net_annual``), ``salary_target``, ``salary_walk_away``, ``salary_importance``;
      a second target on the other dimension ("年収600万 or 手取り月35万"): ``salary2_basis``
      (default ``net_monthly``), ``salary2_target``, ``salary2_walk_away``,
      ``salary2_importance`` (each dimension then shows the target stated on it, as the
      scalar report does; two targets on one dimension are a row error here);
    * bonus: ``bonus_months_target``, ``bonus_months_walk_away``, ``bonus_importance``;
    * conditions: ``hours_target`` / ``overtime_target`` (maxima), ``remote_target`` /
      ``leave_target`` (minima), each with ``*_walk_away`` and ``*_importance``;
      ``location_accepted`` (whether the place of work is acceptable) and
      ``atmosphere_missing_pct`` (share of the atmosphere tags sought that the offer does not
      name), each with ``*_importance``;
    * the candidate: ``age``, ``dependents`` (for take-home pay).

    Importances are ``"must"`` or ``"want"`` (defaults as in :mod:`expectgap.assess.models`).
    The rules are those of :func:`expectgap.assess.assess` (same thresholds, stances and
    priorities, :mod:`expectgap.assess.rules` run on whole columns); take-home figures use the
    Japan payroll engine through the offer's package structure, as
    :mod:`expectgap.assess.net` does (gross-ups grouped by prefecture, age, dependants and bonus
    months). :func:`models` gives the scalar inputs of a row: the tests check that the batch
    equals :func:`expectgap.assess.assess` row by row. Market and peer evidence and the zone of
    agreement are per-report features: run the scalar API on the rows that need them.

    Parameters
    ----------
    frame : pandas.DataFrame
        Input columns as above.
    jurisdiction : str
        ``"JP"``: take-home pay for JPY rows. A take-home expectation without an engine is a
        bad row.
    year : int, optional
        Calendar year of the payroll rules (default: this year). A year after the last one
        with rules uses the latest rules, as :func:`expectgap.assess.assess` does; the rules
        year used is in ``attrs["rules_year"]`` of the result.
    strict_year : bool
        Refuse a year without rules instead.
    policy : Policy, optional
        Severity thresholds (default: the shipped ``policy.toml``).
    columns : mapping, optional
        Input name -> column name in ``frame``.
    errors : {"raise", "coerce"}
        See the module docstring.

    Returns
    -------
    pandas.DataFrame
        For each dimension ``d`` in ``position``, ``gross_salary``, ``net_salary``, ``bonus``,
        ``hours``, ``overtime``, ``location``, ``remote_work``, ``leave``, ``atmosphere``:
        ``d_expected``, ``d_offered``, ``d_difference`` (offered - expected),
        ``d_difference_pct`` (floats in the dimension's unit: money per the salary basis's
        period, bonus months, hours, days, levels; NaN when not numeric or not stated),
        ``d_direction``, ``d_severity``, ``d_stance`` (categoricals); then ``severity`` (the
        worst), ``top_topic`` and ``top_stance`` (the first talking point);
        ``net_payslip_offered`` (the take-home of the offer's regular month's payslip) and
        ``net_monthly_average_offered`` (the year's take-home / 12), whatever the basis of
        the target (NaN without a payroll engine); and ``error`` with coercion.

    Examples
    --------
    >>> rows = pd.DataFrame({"offer_base": [450_000, 450_000],
    ...                      "salary_basis": ["gross_monthly", "net_monthly"],
    ...                      "salary_target": [500_000, 400_000]})
    >>> out = assess(rows, year=2026)
    >>> out[["gross_salary_expected", "gross_salary_severity", "top_topic", "top_stance"]]
       gross_salary_expected gross_salary_severity     top_topic top_stance
    0               500000.0                 major  gross_salary  negotiate
    1               524319.0                 major    net_salary  negotiate
    """
    pol = _policy(policy)
    tax_year, inputs = assessed_inputs(
        frame,
        jurisdiction=jurisdiction,
        year=year,
        strict_year=strict_year,
        columns=columns,
        errors=errors,
    )
    payroll = _payroll(inputs.values, tax_year, jurisdiction)
    found = _assessment(inputs.values, pol, payroll)
    out = assemble(inputs, frame.index, assessment_outputs(found, payroll), errors=errors)
    out.attrs["rules_year"] = tax_year
    return out


def assessed_inputs(
    frame: pd.DataFrame,
    *,
    jurisdiction: str,
    year: int | None,
    strict_year: bool,
    columns: Mapping[str, str] | None,
    errors: ErrorMode,
) -> tuple[int, _Inputs]:
    """The rules year and the rows :func:`assess` assesses: :func:`read_assessment`'s, less
    take-home targets without a payroll engine and implausible rows (bad rows).

    Examples
    --------
    >>> rows = pd.DataFrame({"offer_base": [450_000, 450_000], "currency": ["JPY", "USD"],
    ...                      "salary_basis": "net_monthly", "salary_target": 400_000})
    >>> year, inputs = assessed_inputs(rows, jurisdiction="JP", year=2026, strict_year=False,
    ...                                columns=None, errors="coerce")
    >>> inputs.good.tolist()
    [True, False]
    """
    tax_year, inputs, names = read_assessment(
        frame,
        jurisdiction=jurisdiction,
        year=year,
        strict_year=strict_year,
        columns=columns,
        errors=errors,
    )
    net_basis = np.isin(inputs.values["salary_basis"], [b.value for b in SalaryBasis if b.is_net])
    net_basis &= ~np.isnan(inputs.values["salary_target"])
    has_engine = (inputs.values["currency"] == _YEN) & (jurisdiction == "JP")
    inputs = _mismatch(
        inputs,
        ~net_basis | has_engine,
        frame,
        names["salary_basis"],
        f"a gross basis: take-home pay needs a payroll engine (JP with JPY), not {jurisdiction}",
        errors,
    )
    return tax_year, _plausible(inputs, frame, names, jurisdiction, errors)


def read_assessment(
    frame: pd.DataFrame,
    *,
    jurisdiction: str,
    year: int | None,
    strict_year: bool,
    columns: Mapping[str, str] | None,
    errors: ErrorMode,
) -> tuple[int, _Inputs, dict[str, str]]:
    """The rules year, the validated assessment columns and the column names in ``frame``:
    what :func:`assess` and :func:`~expectgap.frame.talking_points` start from.

    Examples
    --------
    >>> rows = pd.DataFrame({"offer_base": [450_000]})
    >>> year, inputs, names = read_assessment(rows, jurisdiction="JP", year=2027,
    ...     strict_year=False, columns=None, errors="raise")
    >>> year, names["offer_base"], inputs.good is None
    (2026, 'offer_base', True)
    """
    rules_year = payroll_year(
        jurisdiction, _YEN, date.today().year if year is None else year, strict=strict_year
    )
    inputs = read_columns(
        frame, ASSESS_COLUMNS, columns=columns, errors=errors, relations=ASSESS_RELATIONS
    )
    warn_unused(frame, ASSESS_COLUMNS, columns)
    names = {c.name: c.name for c in ASSESS_COLUMNS} | dict(columns or {})
    return rules_year, inputs, names


def _plausible(
    inputs: _Inputs,
    frame: pd.DataFrame,
    names: Mapping[str, str],
    jurisdiction: str,
    errors: str,
) -> _Inputs:
    """The scalar plausibility checks (:mod:`expectgap.assess.plausibility`) on every row:
    base pay and allowances below the prefecture's minimum wage for the row's hours (the
    statutory maximum where none are given), and salary targets or walk-aways below a month
    (yearly bases) or a week (monthly bases) of that minimum wage, are bad rows."""
    if jurisdiction != "JP":
        return inputs
    on = date.today()
    v = inputs.values
    places = v["prefecture"].astype(str)
    wage = np.full(places.size, np.nan)
    for place in np.unique(places):
        found = labour_law.minimum_wage(place, on)
        wage[places == place] = np.nan if found is None else found[0]
    yen = (v["currency"] == _YEN) & ~np.isnan(wage)
    most = float(labour_law.max_scheduled_hours_per_month(on))
    weekly = v["offer_hours_per_week"]
    hours = np.where(np.isnan(weekly), most, weekly * _WEEKS_IN_YEAR / MONTHS_IN_YEAR)
    low_pay = yen & (v["offer_base"] + v["offer_allowances"] < wage * hours)
    inputs = _mismatch(
        inputs,
        ~low_pay,
        frame,
        names["offer_base"],
        "base pay and allowances of at least the prefecture's minimum wage (地域別最低賃金) "
        "for the row's scheduled hours (the statutory maximum when offer_hours_per_week is "
        "not given)",
        errors,
    )
    v = inputs.values
    wage = wage[~low_pay]
    yen = yen[~low_pay]
    annual = np.isin(v["salary_basis"], [b.value for b in SalaryBasis if b.period is Period.ANNUAL])
    floor = np.where(annual, wage * most, wage * float(labour_law.statutory_weekly_hours(on)))
    for column in ("salary_target", "salary_walk_away"):
        amount = v[column]
        low = yen & ~np.isnan(amount) & (amount < floor)
        inputs = _mismatch(
            inputs,
            ~low,
            frame,
            names[column],
            "an amount of at least one month (yearly bases) or one week (monthly bases) of the "
            "minimum wage; an amount in units of 10,000 yen (万) is written in full",
            errors,
        )
        v = inputs.values
        floor, yen = floor[~low], yen[~low]
    return inputs
