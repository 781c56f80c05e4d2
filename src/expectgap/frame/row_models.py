"""The scalar models one assessment row stands for (:func:`models`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

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
from expectgap.conditions import Location, WorkingConditions
from expectgap.errors import InvalidInput
from expectgap.frame.assess_columns import ASSESS_COLUMNS
from expectgap.frame.columns import _PERCENT, _is_missing
from expectgap.frame.household import _DECLARED_KINDS, DECLARED
from expectgap.money import Money, Period
from expectgap.package import Allowance, Bonus, CompensationPackage, FixedOvertime
from expectgap.payroll.jp.deductions import Deductions
from expectgap.payroll.jp.household import COUNT_FIELDS, Household
from expectgap.payroll.jp.prefectures import prefecture as _prefecture


def _salary_targets(
    row: Mapping[str, Any], get: Callable[[str], Any], code: str
) -> tuple[SalaryExpectation, ...] | None:
    """The row's salary targets: ``salary_*``, then ``salary2_*`` when stated."""
    out = []
    for prefix in ("salary", "salary2"):
        target = _stated(row, f"{prefix}_target")
        if target is None:
            continue
        out.append(
            SalaryExpectation(
                target,
                basis=str(get(f"{prefix}_basis")),
                walk_away=_stated(row, f"{prefix}_walk_away"),
                currency=code,
                importance=str(get(f"{prefix}_importance")),
            )
        )
    first, second = _stated(row, "salary_target"), _stated(row, "salary2_target")
    if second is not None and first is None:
        raise InvalidInput("salary2_target", second, "a first target (salary_target) with it")
    nets = [SalaryBasis.parse(t.basis).is_net for t in out]
    if len(out) == 2 and nets[0] == nets[1]:
        raise InvalidInput(
            "salary2_basis",
            str(out[1].basis),
            "a basis on the other dimension than salary_basis (one gross and one take-home "
            "target per row)",
        )
    return tuple(out) or None


def _whole(value: Any) -> Any:
    """A whole number as an int; anything else as it is (the scalar models refuse it)."""
    number = float(value)
    return int(number) if number.is_integer() else number


def _stated(row: Mapping[str, Any], name: str) -> float | None:
    value = row.get(name, np.nan)
    return None if _is_missing(value) else float(value)


def _limit(row: Mapping[str, Any], prefix: str) -> Limit | None:
    target = _stated(row, f"{prefix}_target")
    if target is None:
        return None
    return Limit(
        target,
        walk_away=_stated(row, f"{prefix}_walk_away"),
        importance=str(row.get(f"{prefix}_importance", Importance.WANT.value)),
    )


def _atmosphere_tags(pct: float) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Sought and offered tags with ``pct`` percent of the sought ones missing."""
    for count in range(1, _MAX_TAGS + 1):
        missing = pct * count / _PERCENT
        if abs(missing - round(missing)) < 1e-9:
            sought = tuple(f"tag {i}" for i in range(count))
            offered = (*sought[round(missing) :], "other")
            return sought, offered
    raise InvalidInput(
        "atmosphere_missing_pct", pct, f"a multiple of 100/k for some k <= {_MAX_TAGS}"
    )


_MAX_TAGS = 20
_ELSEWHERE = Location("US")  # a place the candidate accepts that is not the offered one


def models(row: Mapping[str, Any]) -> tuple[Expectations, Offer]:
    """The scalar inputs one row of :func:`assess` columns stands for.

    Use it to run the full :func:`expectgap.assess.assess` on a row (talking points, JSON,
    rendering) or to check the batch against the scalar API. Absent or missing values take the
    documented defaults. The place of work is the row's prefecture; ``location_accepted``
    becomes an accepted place that is (or is not) that prefecture; ``atmosphere_missing_pct`` becomes generic tags with that share
    missing (it must be a multiple of 100/k for some k up to 20).

    Parameters
    ----------
    row : mapping
        Column name -> value (a dict, or a row of a DataFrame).

    Returns
    -------
    (Expectations, Offer)

    Examples
    --------
    >>> wish, offer = models({"offer_base": 450_000, "salary_basis": "net_monthly",
    ...                       "salary_target": 400_000, "hours_target": 40})
    >>> wish.salary.basis.value, int(offer.package.monthly_base().amount)
    ('net_monthly', 450000)
    """
    defaults: dict[str, Any] = {c.name: c.default for c in ASSESS_COLUMNS}

    def get(name: str) -> Any:
        value = row.get(name)
        return defaults[name] if _is_missing(value) else value

    code = str(get("currency"))

    def month(amount: float) -> Money:
        return Money(amount, code, Period.MONTHLY)

    base = float(get("offer_base"))
    bonus_months = float(get("offer_bonus_months_of_base"))
    allowances = float(get("offer_allowances"))
    overtime_pay, overtime_hours = (
        float(get("offer_fixed_overtime")),
        float(get("offer_fixed_overtime_hours")),
    )
    package = CompensationPackage(
        base=month(base),
        # the column holds a guaranteed bonus (ASSESS_COLUMNS)
        bonuses=(Bonus.months_of_base(bonus_months, guaranteed=True),) if bonus_months > 0 else (),
        allowances=(Allowance("allowances", month(allowances)),) if allowances > 0 else (),
        fixed_overtime=FixedOvertime(overtime_hours, month(overtime_pay))
        if overtime_pay > 0 or overtime_hours > 0
        else None,
    )
    level = _stated(row, "offer_level")
    leave = _stated(row, "offer_leave_days")
    place = Location("JP", _prefecture(get("prefecture")).name)
    accepted = row.get("location_accepted")
    missing_pct = _stated(row, "atmosphere_missing_pct")
    sought_tags, offered_tags = ((), ()) if missing_pct is None else _atmosphere_tags(missing_pct)
    offer = Offer(
        position=PositionSpec(level=None if level is None else _whole(level)),
        package=package,
        conditions=WorkingConditions(
            hours_per_week=_stated(row, "offer_hours_per_week"),
            overtime_hours_per_month=_stated(row, "offer_overtime_hours"),
            location=place,
            remote_days_per_week=_stated(row, "offer_remote_days"),
            paid_leave_days=None if leave is None else _whole(leave),
        ),
        atmosphere=offered_tags,
    )
    target_level = _stated(row, "level_target")
    floor = _stated(row, "level_min")
    bonus_target = _stated(row, "bonus_months_target")
    expectations = Expectations(
        position=None
        if target_level is None
        else PositionSought(
            level=_whole(target_level),
            min_level=None if floor is None else _whole(floor),
            importance=str(get("position_importance")),
        ),
        salary=_salary_targets(row, get, code),
        bonus=None
        if bonus_target is None
        else BonusExpectation(
            months=bonus_target,
            walk_away=_stated(row, "bonus_months_walk_away"),
            importance=str(get("bonus_importance")),
        ),
        conditions=ConditionsSought(
            hours_per_week=_limit(row, "hours"),
            overtime_hours_per_month=_limit(row, "overtime"),
            locations=None
            if _is_missing(accepted)
            else LocationsSought(
                (place if bool(accepted) else _ELSEWHERE,),
                importance=str(get("location_importance")),
            ),
            remote_days_per_week=_limit(row, "remote"),
            paid_leave_days=_limit(row, "leave"),
            atmosphere=None
            if missing_pct is None
            else TagsSought(sought_tags, importance=str(get("atmosphere_importance"))),
        ),
        age=_whole(get("age")),
        dependents=_whole(get("dependents")),
        household=_household(get),
    )
    return expectations, offer


def _household(get: Callable[[str], Any]) -> Household | None:
    """The household one row of :data:`HOUSEHOLD_COLUMNS` states (None: nothing stated)."""
    kinds = {name: kind for name, (kind, _) in _DECLARED_KINDS.items()}
    declared = {
        name: bool(get(f"{DECLARED}{name}")) if kind == "flag" else get(f"{DECLARED}{name}")
        for name, kind in kinds.items()
    }
    residence = get("residence")
    household = Household(
        spouse=bool(get("spouse")),
        spouse_income=_whole(get("spouse_income")),
        deductions=Deductions(**declared),
        residence=residence or None,
        **{name: _whole(get(name)) for name in COUNT_FIELDS},
    )
    return household if household.stated else None
