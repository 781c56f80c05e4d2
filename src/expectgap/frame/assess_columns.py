"""Input columns of :func:`~expectgap.frame.assess` and the rules between them."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from expectgap._checks import (
    AMOUNT,
    HOURS_PER_WEEK,
    LEVEL,
    OVERTIME_HOURS_PER_MONTH,
    PAID_LEAVE_DAYS,
    POSITIVE_AMOUNT,
    REMOTE_DAYS_PER_WEEK,
    Range,
    level_order_bad,
    walk_away_bad,
)
from expectgap._limits import MAX_AGE as _MAX_AGE
from expectgap.assess.models import (
    Importance,
    SalaryBasis,
)
from expectgap.frame.columns import Column, Relation, _parse_currency, _parse_prefecture
from expectgap.frame.household import HOUSEHOLD_COLUMNS, HOUSEHOLD_RELATIONS

# ---------------------------------------------------------------------------------------------
# Assessment columns


def _parse_importance(values: npt.NDArray[Any]) -> tuple[npt.NDArray[Any], npt.NDArray[np.bool_]]:
    names = {i.value for i in Importance}
    lower = [str(v).strip().lower() for v in values]
    return (
        np.array([v == Importance.MUST.value for v in lower], dtype=bool),
        np.array([v not in names for v in lower], dtype=bool),
    )


def _parse_basis(values: npt.NDArray[Any]) -> tuple[npt.NDArray[Any], npt.NDArray[np.bool_]]:
    names = {b.value for b in SalaryBasis}
    lower = np.array([str(v).strip().lower() for v in values], dtype=object)
    return lower, np.array([v not in names for v in lower], dtype=bool)


_IMPORTANCES = "'must' or 'want'"
_BASES = ", ".join(repr(b.value) for b in SalaryBasis)


def _importance(name: str, default: Importance, what: str) -> Column:
    return Column(
        name,
        "text",
        f"{what}: 'must' or 'want' (default {default.value!r})",
        default=default.value,
        parse=_parse_importance,
        accepted=_IMPORTANCES,
    )


def _sought(name: str, what: str, rule: Range = AMOUNT) -> Column:
    return Column(name, "amount", what, default=np.nan, nullable=True, rule=rule)


def _is_net(basis: npt.NDArray[Any]) -> npt.NDArray[np.bool_]:
    return np.isin(basis, [b.value for b in SalaryBasis if b.is_net])


def _walk_away(prefix: str, *, higher_is_better: bool) -> Relation:
    """The scalar models' walk-away rule (:func:`expectgap._checks.walk_away_bad`)."""
    target, walk = f"{prefix}_target", f"{prefix}_walk_away"
    side = "at most" if higher_is_better else "at least"
    return Relation(
        (walk, target),
        lambda v: walk_away_bad(v[target], v[walk], higher_is_better=higher_is_better),
        f"{side} {target}: the {'least' if higher_is_better else 'most'} the candidate would "
        "accept",
    )


#: Rules between the input columns of :func:`assess`, as the scalar models apply them.
ASSESS_RELATIONS: tuple[Relation, ...] = (
    Relation(
        ("level_min", "level_target"),
        lambda v: level_order_bad(v["level_target"], v["level_min"]),
        "at most level_target (the level sought)",
    ),
    _walk_away("salary", higher_is_better=True),
    _walk_away("salary2", higher_is_better=True),
    Relation(
        ("salary2_target", "salary_target"),
        lambda v: ~np.isnan(v["salary2_target"]) & np.isnan(v["salary_target"]),
        "a first target (salary_target) with it",
    ),
    Relation(
        ("salary2_basis", "salary_basis", "salary2_target"),
        lambda v: (
            ~np.isnan(v["salary2_target"])
            & (_is_net(v["salary2_basis"]) == _is_net(v["salary_basis"]))
        ),
        "a basis on the other dimension than salary_basis (one gross and one take-home target "
        "per row; several targets on one dimension: use the scalar API)",
    ),
    _walk_away("bonus_months", higher_is_better=True),
    _walk_away("hours", higher_is_better=False),
    _walk_away("overtime", higher_is_better=False),
    _walk_away("remote", higher_is_better=True),
    _walk_away("leave", higher_is_better=True),
    *HOUSEHOLD_RELATIONS,
)


#: Input columns of :func:`assess` (offer first, then what the candidate seeks).
ASSESS_COLUMNS: tuple[Column, ...] = (
    Column(
        "currency",
        "text",
        "ISO 4217 code of every amount (default 'JPY')",
        default="JPY",
        parse=_parse_currency,
        accepted="an ISO 4217 code",
    ),
    Column("offer_base", "amount", "offered monthly base pay", low=0),
    Column("offer_allowances", "amount", "offered monthly allowances", default=0.0, low=0),
    Column(
        "offer_fixed_overtime", "amount", "offered fixed overtime pay per month", default=0.0, low=0
    ),
    Column(
        "offer_fixed_overtime_hours",
        "amount",
        "overtime hours it covers per month",
        default=0.0,
        low=0,
    ),
    Column(
        "offer_bonus_months_of_base",
        "amount",
        "guaranteed bonus a year, in months of monthly base pay (not the payment months)",
        default=0.0,
        low=0,
    ),
    Column("offer_level", "integer", "offered level", default=np.nan, nullable=True, rule=LEVEL),
    Column(
        "offer_hours_per_week",
        "amount",
        "scheduled hours per week (NaN: not stated)",
        default=np.nan,
        nullable=True,
        rule=HOURS_PER_WEEK,
    ),
    Column(
        "offer_overtime_hours",
        "amount",
        "expected overtime per month (NaN: not stated)",
        default=np.nan,
        nullable=True,
        rule=OVERTIME_HOURS_PER_MONTH,
    ),
    Column(
        "offer_remote_days",
        "amount",
        "remote days per week (NaN: not stated)",
        default=np.nan,
        nullable=True,
        rule=REMOTE_DAYS_PER_WEEK,
    ),
    Column(
        "offer_leave_days",
        "amount",
        "paid leave days per year (NaN: not stated)",
        default=np.nan,
        nullable=True,
        rule=PAID_LEAVE_DAYS,
    ),
    _sought("level_target", "level sought (NaN: not stated)", LEVEL),
    _sought("level_min", "lowest level accepted", LEVEL),
    _importance("position_importance", Importance.MUST, "importance of the position"),
    Column(
        "salary_basis",
        "text",
        f"basis of the salary sought: {_BASES}",
        default=SalaryBasis.GROSS_ANNUAL.value,
        parse=_parse_basis,
        accepted=f"one of {_BASES}",
    ),
    _sought("salary_target", "salary sought on its basis (NaN: not stated)", POSITIVE_AMOUNT),
    _sought("salary_walk_away", "least salary accepted"),
    _importance("salary_importance", Importance.MUST, "importance of the salary"),
    Column(
        "salary2_basis",
        "text",
        f"basis of a second salary target, on the other dimension than salary_basis (one gross "
        f"and one take-home target): {_BASES}",
        default=SalaryBasis.NET_MONTHLY.value,
        parse=_parse_basis,
        accepted=f"one of {_BASES}",
    ),
    _sought("salary2_target", "second salary target on its basis (NaN: none)", POSITIVE_AMOUNT),
    _sought("salary2_walk_away", "least accepted on the second basis"),
    _importance("salary2_importance", Importance.MUST, "importance of the second target"),
    _sought("bonus_months_target", "bonus sought, months of base pay"),
    _sought("bonus_months_walk_away", "least bonus accepted, months"),
    _importance("bonus_importance", Importance.WANT, "importance of the bonus"),
    _sought("hours_target", "most scheduled hours per week sought"),
    _sought("hours_walk_away", "most hours per week accepted"),
    _importance("hours_importance", Importance.WANT, "importance of the hours"),
    _sought("overtime_target", "most overtime hours per month sought"),
    _sought("overtime_walk_away", "most overtime accepted"),
    _importance("overtime_importance", Importance.WANT, "importance of overtime"),
    _sought("remote_target", "fewest remote days per week sought"),
    _sought("remote_walk_away", "fewest remote days accepted"),
    _importance("remote_importance", Importance.WANT, "importance of remote work"),
    _sought("leave_target", "fewest paid leave days per year sought"),
    _sought("leave_walk_away", "fewest leave days accepted"),
    _importance("leave_importance", Importance.WANT, "importance of leave"),
    Column(
        "location_accepted",
        "flag",
        "whether the offered place of work is one the candidate accepts (NA: not stated)",
        default=np.nan,
        nullable=True,
    ),
    _importance("location_importance", Importance.WANT, "importance of the location"),
    Column(
        "atmosphere_missing_pct",
        "amount",
        "share of the atmosphere tags sought that the offer does not name, % (NaN: not stated)",
        default=np.nan,
        low=0,
        high=100,
        nullable=True,
    ),
    _importance("atmosphere_importance", Importance.WANT, "importance of the atmosphere"),
    Column("age", "integer", "candidate's age (default 30)", default=30, low=15, high=_MAX_AGE),
    Column(
        "dependents",
        "integer",
        "candidate's dependants aged 16 or over (default 0)",
        default=0,
        low=0,
        high=99,
    ),
    *HOUSEHOLD_COLUMNS,
    Column(
        "prefecture",
        "key",
        "prefecture of the place of work, for take-home pay (default 'tokyo')",
        default="tokyo",
        parse=_parse_prefecture,
        accepted="a prefecture: 'tokyo', 13 or '東京都'",
    ),
)
