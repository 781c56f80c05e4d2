"""Talking points of many assessments at once (:func:`talking_points`)."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
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
)
from expectgap.assess.locale import catalog
from expectgap.assess.locale_columns import round_column
from expectgap.assess.models import (
    SalaryBasis,
)
from expectgap.assess.policy import Policy
from expectgap.assess.talking_points import _point
from expectgap.errors import InvalidInput
from expectgap.frame import text_columns
from expectgap.frame.assessment import (
    FIGURES,
    SLIP_FIGURES,
    _Assessment,
    _assessment,
    _categorical,
    _fixed_overtime_law,
    _Payroll,
    _payroll,
    assessed_inputs,
    assessment_outputs,
)
from expectgap.frame.columns import (
    _BLOCK,
    _PERCENT,
    ErrorMode,
    _Inputs,
    _policy,
    assemble,
)
from expectgap.frame.household import HOUSEHOLD_COLUMNS
from expectgap.frame.templates import Compiler, Guard, Template
from expectgap.money import MONTHS_IN_YEAR, Period
from expectgap.payroll.jp import labour_law

_UNITS = {
    Dimension.POSITION: "level",
    Dimension.BONUS: "bonus_months",
    Dimension.HOURS: "hours_per_week",
    Dimension.OVERTIME: "hours_per_month",
    Dimension.LOCATION: "place",
    Dimension.REMOTE_WORK: "days_per_week",
    Dimension.LEAVE: "days_per_year",
    Dimension.ATMOSPHERE: "tags",
}
_DIGITS = 6
TALKING_POINT_COLUMNS = (
    "row",
    "topic",
    "stance",
    "priority",
    "severity",
    "summary",
    "message",
    "ask",
    "fallback",
)
_TEXTS = ("summary", "message", "ask", "fallback")
_SALARY_DIMENSIONS = (Dimension.GROSS_SALARY, Dimension.NET_SALARY)


#: Columns derived from the statutory check of fixed overtime pay (:func:`_law_columns`).
_LAW_COLUMNS = (
    "_fo_present",
    "_fo_minimum",
    "_fo_shortfall",
    "_fo_pay",
    "_fo_scheduled",
    "_fo_rate",
    "_fo_premium",
    "_fo_limit",
    "_fo_assumed",
    "_fo_below_minimum",
    "_fo_above_limit",
)


def _law_columns(
    v: Mapping[str, npt.NDArray[Any]], payroll: _Payroll | None
) -> dict[str, npt.NDArray[Any]]:
    """The statutory facts of every row as columns (NaN or False where no check applies): the
    fixed overtime check and, where the offer states no paid leave, the statutory minimum."""
    n = v["offer_base"].size
    law = _fixed_overtime_law(v, payroll)
    out: dict[str, npt.NDArray[Any]] = {}
    # the facts of the check on the rows it is made on only: no other row's point quotes them
    present = np.zeros(n, dtype=bool) if law is None else law["present"]
    for name in _LAW_COLUMNS:
        key = name.removeprefix("_fo_")
        flag = key in ("present", "assumed", "below_minimum", "above_limit")
        if law is None:
            out[name] = np.zeros(n, dtype=bool) if flag else np.full(n, np.nan)
        else:
            out[name] = law[key] & present if flag else np.where(present, law[key], np.nan)
    days = np.nan
    if payroll is not None:
        days = float(labour_law.first_leave_grant(date.today())[1])
    out["_statutory_leave_days"] = np.where(np.isnan(v["offer_leave_days"]), days, np.nan)
    return out


#: Columns of the offer's take-home figures (:func:`_take_home_columns`).
_TAKE_HOME_COLUMNS = (
    "_th_basis",
    "_th_year",
    "_th_household",
    *(f"_th_{name}" for name in FIGURES),
    *(f"_th_payslip_{name}" for name in SLIP_FIGURES),
)


def _take_home_columns(
    v: Mapping[str, npt.NDArray[Any]], payroll: _Payroll | None
) -> dict[str, npt.NDArray[Any]]:
    """The offer's year and regular payslip per row (NaN without a payroll engine), the basis
    its take-home is shown on (the target's, else the payslip month or the year, as
    :func:`expectgap.assess.assess` shows it) and whether a household is stated."""
    n = v["offer_base"].size
    stated = ~np.isnan(v["salary_target"])
    basis = v["salary_basis"].astype(object)
    net = np.isin(basis, [b.value for b in SalaryBasis if b.is_net]) & stated
    monthly = np.isin(basis, [b.value for b in SalaryBasis if b.period is Period.MONTHLY])
    derived = np.where(
        monthly | ~stated, SalaryBasis.NET_MONTHLY.value, SalaryBasis.NET_ANNUAL.value
    )
    out: dict[str, npt.NDArray[Any]] = {"_th_basis": np.where(net, basis, derived)}
    figures = (
        {name: np.full(n, np.nan) for name in (*FIGURES, *(f"payslip_{f}" for f in SLIP_FIGURES))}
        if payroll is None
        else payroll.offered()
    )
    out |= {f"_th_{name}": values for name, values in figures.items()}
    out["_th_year"] = np.full(n, np.nan if payroll is None else float(payroll.year))
    household = np.zeros(n, dtype=bool)
    for column in HOUSEHOLD_COLUMNS:
        values = v[column.name]
        household |= (
            np.array([bool(x) for x in values], dtype=bool)
            if values.dtype == object
            else values != 0
        )
    out["_th_household"] = household
    return out


#: The input columns a dimension's facts (see :func:`_facts`) are read from.
_FACT_COLUMNS: dict[Dimension, tuple[str, ...]] = {
    Dimension.POSITION: ("offer_level", "level_target", "level_min"),
    Dimension.GROSS_SALARY: ("offer_fixed_overtime", "offer_fixed_overtime_hours"),
    Dimension.OVERTIME: ("offer_fixed_overtime", "offer_fixed_overtime_hours", *_LAW_COLUMNS),
    Dimension.LEAVE: ("offer_leave_days", "_statutory_leave_days"),
    Dimension.BONUS: ("offer_bonus_months_of_base",),
    Dimension.NET_SALARY: (
        *_TAKE_HOME_COLUMNS,
        "prefecture",
        "age",
        "dependents",
        "residence",
    ),
    Dimension.LOCATION: ("prefecture", "location_accepted"),
}


def _facts(
    dimension: Dimension, v: Mapping[str, npt.NDArray[Any]]
) -> Callable[[int], dict[str, Any]]:
    """The facts a talking point on ``dimension`` quotes, for row ``i``.

    ``v`` holds only the dimension's ``_FACT_COLUMNS``, so reading any other column fails
    (the batch shares a point's text between rows that agree on those columns).
    """

    def level(name: str, i: int) -> int | None:
        value = float(v[name][i])
        return None if math.isnan(value) else int(value)

    def position(i: int) -> dict[str, Any]:
        return {
            "level_offered": level("offer_level", i),
            "level_expected": level("level_target", i),
            "min_level": level("level_min", i),
        }

    def overtime(i: int) -> dict[str, Any]:
        pay, hours = float(v["offer_fixed_overtime"][i]), float(v["offer_fixed_overtime_hours"][i])
        present = pay > 0 or hours > 0
        return {
            "fixed_overtime_pay": pay if present else None,
            "fixed_overtime_hours": hours if present else None,
        }

    def overtime_law(i: int) -> dict[str, Any]:
        facts = overtime(i)
        if not bool(v["_fo_present"][i]):
            return facts
        issues = [
            code
            for code, column in (
                ("fixed_overtime_below_minimum", "_fo_below_minimum"),
                ("fixed_overtime_hours_above_limit", "_fo_above_limit"),
            )
            if bool(v[column][i])
        ]
        premium = float(v["_fo_premium"][i])
        facts.update(
            fixed_overtime_minimum=float(v["_fo_minimum"][i]),
            fixed_overtime_shortfall=float(v["_fo_shortfall"][i]),
            fixed_overtime_pay_that_counts=float(v["_fo_pay"][i]),
            fixed_overtime_scheduled_hours=float(v["_fo_scheduled"][i]),
            fixed_overtime_hourly_rate=float(v["_fo_rate"][i]),
            fixed_overtime_premium=None if math.isnan(premium) else premium,
            fixed_overtime_hours_limit=float(v["_fo_limit"][i]),
            scheduled_hours_assumed=bool(v["_fo_assumed"][i]),
            legal_issues=tuple(issues),
        )
        return facts

    def leave(i: int) -> dict[str, Any]:
        days = float(v["_statutory_leave_days"][i])
        if math.isnan(days):
            return {}
        months = labour_law.first_leave_grant(date.today())[0]
        return {"statutory_leave_days": days, "statutory_leave_after_months": float(months)}

    def bonus(i: int) -> dict[str, Any]:
        return {
            "guaranteed_months": float(v["offer_bonus_months_of_base"][i]),
            "variable_months": 0.0,
        }

    def location(i: int) -> dict[str, Any]:
        place = ("JP", str(v["prefecture"][i]), "")
        accepted = float(v["location_accepted"][i])
        sought = [] if math.isnan(accepted) else ["|".join(place) if accepted else "US||"]
        return {"offered_place": place, "expected_places": sought}

    def take_home(i: int) -> dict[str, Any]:
        facts: dict[str, Any] = {"basis": str(v["_th_basis"][i])}
        year_net = float(v["_th_net"][i])
        if math.isnan(year_net):
            return facts
        residence = v["residence"][i]
        return facts | {
            "net_payslip_month": int(v["_th_payslip_net"][i]),
            "payslip_month": int(v["_th_payslip_month"][i]),
            "payslip_gross": float(v["_th_payslip_gross"][i]),
            "payslip_social_insurance": float(v["_th_payslip_social_insurance_total"][i]),
            "payslip_income_tax": float(v["_th_payslip_income_tax"][i]),
            "payslip_resident_tax": float(v["_th_payslip_resident_tax"][i]),
            "net_monthly_average": year_net / MONTHS_IN_YEAR,
            "net_annual_offered": int(year_net),
            "gross_annual_offered": int(v["_th_gross"][i]),
            "income_tax": int(v["_th_income_tax"][i]),
            "resident_tax": int(v["_th_resident_tax"][i]),
            "social_insurance": int(v["_th_social_insurance_total"][i]),
            "prefecture": str(v["prefecture"][i]),
            "age": int(v["age"][i]),
            "age_assumed": False,  # the age column always holds one (default 30, documented)
            "dependents": int(v["dependents"][i]),
            "household_stated": bool(v["_th_household"][i]),
            "residence": residence or None,
            "year": int(v["_th_year"][i]),
        }

    def nothing(i: int) -> dict[str, Any]:
        return {}

    named = {
        Dimension.POSITION: position,
        Dimension.GROSS_SALARY: overtime,
        Dimension.OVERTIME: overtime_law,
        Dimension.LEAVE: leave,
        Dimension.BONUS: bonus,
        Dimension.LOCATION: location,
        Dimension.NET_SALARY: take_home,
    }
    return named.get(dimension, nothing)


#: A gap's numbers (the columns of :func:`_slot_columns`).
_GAP_FIELDS = ("expected", "offered", "difference", "difference_pct")
#: Gap fields of the salary dimensions filled into compiled templates.
_GAP_SLOTS = _GAP_FIELDS
#: Facts filled into compiled templates: fact -> (the column it is read from, its type).
_FACT_SLOTS: dict[Dimension, dict[str, tuple[str, type]]] = {
    Dimension.NET_SALARY: {
        "net_payslip_month": ("_th_payslip_net", int),
        "payslip_gross": ("_th_payslip_gross", float),
        "payslip_social_insurance": ("_th_payslip_social_insurance_total", float),
        "payslip_income_tax": ("_th_payslip_income_tax", float),
        "payslip_resident_tax": ("_th_payslip_resident_tax", float),
        "net_monthly_average": ("_th_net", float),  # / 12, see _slot_columns
        "net_annual_offered": ("_th_net", int),
        "gross_annual_offered": ("_th_gross", int),
        "income_tax": ("_th_income_tax", int),
        "resident_tax": ("_th_resident_tax", int),
        "social_insurance": ("_th_social_insurance_total", int),
        "age": ("age", int),
    }
}


def _number(value: float) -> float:
    """A gap's number as :func:`expectgap.assess.view.view` writes it (see ``gap`` in
    :func:`_points`)."""
    return round(value, _DIGITS) + 0.0


def _slot_columns(
    v: Mapping[str, npt.NDArray[Any]], found: _Assessment
) -> dict[str, npt.NDArray[np.float64]]:
    """The columns of the slots, holding each row's values as its gap and facts do (NaN where
    they are None)."""
    out: dict[str, npt.NDArray[np.float64]] = {}
    for dim in _SALARY_DIMENSIONS:
        r = found.results[DIMENSIONS.index(dim)]
        with np.errstate(divide="ignore", invalid="ignore"):
            pct = np.where(r.expected == 0, np.nan, r.difference / r.expected * _PERCENT)
        for name, values in zip(
            _GAP_FIELDS, (r.expected, r.offered, r.difference, pct), strict=True
        ):
            out[f"{dim.value}.{name}"] = round_column(values, _DIGITS) + 0.0  # as _number
    for facts in _FACT_SLOTS.values():
        for name, (column, kind) in facts.items():
            values = v[column] / MONTHS_IN_YEAR if name == "net_monthly_average" else v[column]
            values = np.asarray(values, dtype=np.float64)
            out[name] = values if kind is float else np.trunc(values)  # as float() or int()
    return out


def _codes(values: npt.NDArray[Any]) -> tuple[npt.NDArray[np.int64], int]:
    """Codes of one key column (equal codes for equal values, floats by their bits) and how
    many there can be."""
    if values.dtype == np.bool_:
        return values.astype(np.int64), 2
    if values.dtype.kind in "iu":
        low = int(values.min()) if values.size else 0
        high = int(values.max()) if values.size else 0
        # whole numbers in a range no wider than the rows (codes, ages): their offsets
        if high - low < max(values.size, _SMALL_RANGE) and -_MAX_CODES < low <= high < _MAX_CODES:
            return values.astype(np.int64) - low, high - low + 1
    if values.dtype == np.float64:
        values = values.view(np.int64)
    codes, distinct = pd.factorize(values, use_na_sentinel=False)
    return codes.astype(np.int64), max(len(distinct), 1)


def _values_at(values: npt.NDArray[Any], rows: npt.NDArray[np.intp]) -> list[Any]:
    """The values of a key column at ``rows`` as hashable Python values (floats by their
    bits: NaN equals NaN)."""
    taken = values[rows]
    return list(taken.view(np.int64).tolist() if taken.dtype == np.float64 else taken.tolist())


_MAX_CODES = 1 << 62  # combined codes stay below this (int64)
_SMALL_RANGE = 1 << 8  # whole numbers spanning at most this many values are their own codes


def _groups(
    columns: Sequence[npt.NDArray[Any]],
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Rows that agree on every column: each group's first row, and each row's group (groups
    numbered in the order of their first rows)."""
    n = np.asarray(columns[0]).shape[0]
    group, size = np.zeros(n, dtype=np.int64), 1
    for column in columns:
        codes, count = _codes(np.asarray(column))
        if size * count >= _MAX_CODES:
            group = pd.factorize(group)[0].astype(np.int64)
            size = int(group.max()) + 1 if n else 1
        group, size = group * count + codes, size * count
    found = pd.factorize(group)[0].astype(np.intp)
    first = np.empty(int(found.max()) + 1 if n else 0, dtype=np.intp)
    first[found[::-1]] = np.arange(n - 1, -1, -1)  # the last write is each group's first row
    return first, found


def talking_points(
    frame: pd.DataFrame,
    *,
    locale: str = "en",
    audience: str = "candidate",
    jurisdiction: str = "JP",
    year: int | None = None,
    policy: Policy | None = None,
    columns: Mapping[str, str] | None = None,
    errors: ErrorMode = "raise",
    strict_year: bool = False,
) -> pd.DataFrame:
    """The talking points of every row: one output row per input row and dimension.

    The assessment is :func:`assess`'s (vectorized); the texts are those of
    :func:`expectgap.assess.talking_points.talking_point`, character for character. A point's
    text depends on the gap, its facts, the row's currency and salary basis and, for take-home
    pay, the gross gap; the scalar writer writes it once per *kind* of point (rows that agree
    on all of these but the amounts), with slots for the amounts, and the amounts are formatted
    column-wise and filled in row by row (:mod:`expectgap.frame.templates`). Rows are processed
    in blocks, which bounds the memory of everything but the output. Market evidence, the zone
    of agreement and peer details are not part of a batch.

    Parameters
    ----------
    frame : pandas.DataFrame
        Input columns as for :func:`assess`.
    locale : {"en", "ja"}
        Language of the texts.
    audience : {"candidate", "recruiter"}
        Whose asks and fallbacks are written.
    jurisdiction, year, policy, columns, errors, strict_year
        As for :func:`assess` (the rules year used is in ``attrs["rules_year"]``); the rows
        :func:`assess` refuses are bad rows here too (a take-home target without a payroll
        engine, an implausible offer). With ``errors="coerce"`` every input row is kept: a
        bad row gives one output row with its label, empty points and the reason in an
        ``error`` column (NA for the rows of good input rows).

    Returns
    -------
    pandas.DataFrame
        Columns ``row`` (the input row's label), ``topic``, ``stance``, ``priority`` (1 first),
        ``severity``, ``summary``, ``message``, ``ask``, ``fallback`` (and ``error`` with
        ``errors="coerce"``); ordered by row, then priority. ``topic``, ``stance`` and
        ``severity`` are categoricals (as in :func:`assess`), the texts strings.

    Examples
    --------
    >>> rows = pd.DataFrame({"offer_base": [450_000], "salary_basis": ["gross_monthly"],
    ...                      "salary_target": [500_000]})
    >>> points = talking_points(rows, year=2026)
    >>> print(points.loc[0, "message"])
    The offer pays ¥450,000 a month, ¥50,000 (10%) below the ¥500,000 a month sought.
    """
    points, _ = points_and_assessment(
        frame,
        locale=locale,
        audience=audience,
        jurisdiction=jurisdiction,
        year=year,
        policy=policy,
        columns=columns,
        errors=errors,
        strict_year=strict_year,
        assessment=False,
    )
    return points


def points_and_assessment(
    frame: pd.DataFrame,
    *,
    locale: str,
    audience: str,
    jurisdiction: str,
    year: int | None,
    policy: Policy | None,
    columns: Mapping[str, str] | None,
    errors: ErrorMode,
    strict_year: bool,
    assessment: bool,
) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """:func:`talking_points` and, with ``assessment``, the columns of
    :func:`~expectgap.frame.assess`, both from one assessment of each block of rows (the
    arguments as for those functions).

    Examples
    --------
    >>> rows = pd.DataFrame({"offer_base": [450_000], "hours_target": [40]})
    >>> points, assessed = points_and_assessment(
    ...     rows, locale="en", audience="candidate", jurisdiction="JP", year=2026, policy=None,
    ...     columns=None, errors="raise", strict_year=False, assessment=True)
    >>> points.set_index("topic").loc["hours", "ask"], assessed.loc[0, "top_topic"]
    ('Ask the company to state the scheduled working hours in writing.', 'position')
    """
    pol = _policy(policy)
    if not isinstance(audience, str) or audience not in ("candidate", "recruiter"):
        raise InvalidInput("audience", audience, "'candidate' or 'recruiter'")
    catalog(locale)  # an unknown locale is refused before any work
    tax_year, inputs = assessed_inputs(
        frame,
        jurisdiction=jurisdiction,
        year=year,
        strict_year=strict_year,
        columns=columns,
        errors=errors,
    )
    good = len(frame.index) if inputs.good is None else int(np.count_nonzero(inputs.good))
    compilers: dict[str, Compiler] = {}
    kinds: dict[tuple[Any, ...], list[tuple[tuple[Template, ...], tuple[Guard, ...]]]] = {}
    blocks, parts = [], []
    # in blocks of rows (a row's results depend on that row only), to bound the temporaries
    for start in range(0, max(good, 1), _BLOCK):
        v = {name: values[start : start + _BLOCK] for name, values in inputs.values.items()}
        payroll = _payroll(v, tax_year, jurisdiction)
        found = _assessment(v, pol, payroll)
        if assessment:
            parts.append(assessment_outputs(found, payroll))
        blocks.append(_points(v, payroll, found, locale, audience, compilers, kinds))
    labels = frame.index if inputs.good is None else frame.index[inputs.good]
    points = _table(blocks, labels)
    if errors == "coerce":
        points = _with_bad_rows(points, frame.index, inputs)
    points.attrs["rules_year"] = tax_year
    if not assessment:
        return points, None
    outputs = {name: _joined([part[name] for part in parts]) for name in parts[0]}
    assessed = assemble(inputs, frame.index, outputs, errors=errors)
    assessed.attrs["rules_year"] = tax_year
    return points, assessed


def _joined(values: list[Any]) -> Any:
    """The blocks' values of one output column, one column (categoricals stay categoricals)."""
    if len(values) == 1:
        return values[0]
    if isinstance(values[0], pd.Categorical):
        return pd.Categorical.from_codes(
            np.concatenate([v.codes for v in values]), dtype=values[0].dtype
        )
    return np.concatenate(values)


def _with_bad_rows(points: pd.DataFrame, index: pd.Index, inputs: _Inputs) -> pd.DataFrame:
    """Talking points with one row per bad input row (its reason in ``error``), in input order."""
    points = points.assign(error=pd.array([None] * len(points), dtype="string"))
    if inputs.good is None or inputs.errors is None:
        return points
    bad = ~inputs.good
    failed = pd.DataFrame(
        {
            "row": index[bad],
            "error": pd.array(inputs.errors[bad].tolist(), dtype="string"),
        }
    )
    keys = np.concatenate(
        [
            np.repeat(np.flatnonzero(inputs.good), len(DIMENSIONS)),
            np.flatnonzero(bad),
        ]
    )
    merged = pd.concat([points, failed], ignore_index=True)
    if "priority" in merged:
        merged["priority"] = merged["priority"].astype("Int64")
    order = np.argsort(keys, kind="stable")
    return merged.iloc[order].reset_index(drop=True)


def _points(
    v: Mapping[str, npt.NDArray[Any]],
    payroll: _Payroll | None,
    found: _Assessment,
    locale: str,
    audience: str,
    compilers: dict[str, Compiler],
    kinds: dict[tuple[Any, ...], list[tuple[tuple[Template, ...], tuple[Guard, ...]]]],
) -> _Block:
    """The talking points of the rows of ``v`` (their payroll and assessment given): see
    :func:`talking_points`. ``compilers`` (one per currency) and ``kinds`` (the templates
    compiled for each kind of point) are shared by the blocks of one call."""
    v = {**v, **_law_columns(v, payroll), **_take_home_columns(v, payroll)}
    ranks = rules.priority_rank(found.score)
    monthly = np.isin(
        v["salary_basis"], [b.value for b in SalaryBasis if b.period is Period.MONTHLY]
    )
    monthly |= np.isnan(v["salary_target"])
    stated = ~np.isnan(v["salary_target"])
    net_target = np.isin(v["salary_basis"], [b.value for b in SalaryBasis if b.is_net]) & stated
    importance = {
        Dimension.POSITION: v["position_importance"],
        Dimension.GROSS_SALARY: v["salary_importance"],
        Dimension.NET_SALARY: v["salary_importance"],
        Dimension.BONUS: v["bonus_importance"],
        Dimension.HOURS: v["hours_importance"],
        Dimension.OVERTIME: v["overtime_importance"],
        Dimension.LOCATION: v["location_importance"],
        Dimension.REMOTE_WORK: v["remote_importance"],
        Dimension.LEAVE: v["leave_importance"],
        Dimension.ATMOSPHERE: v["atmosphere_importance"],
    }
    currency = v["currency"]
    basis = v["salary_basis"].astype(object)  # a copy: None where no salary is stated
    basis[~stated] = None
    row_keys: list[npt.NDArray[Any]] = [currency, basis, monthly]
    gross_j = DIMENSIONS.index(Dimension.GROSS_SALARY)
    unstated = Direction.UNSTATED.value

    def number(values: npt.NDArray[np.float64], i: int) -> float | None:
        value = float(values[i])
        return None if math.isnan(value) else _number(value)

    def gap(j: int, i: int) -> dict[str, Any]:
        """Row ``i``'s gap on dimension ``j``, as :func:`expectgap.assess.view.view` has it."""
        dim, r = DIMENSIONS[j], found.results[j]
        e, d = float(r.expected[i]), float(r.difference[i])
        pct = None if d != d or e != e or e == 0 else round(d / e * _PERCENT, _DIGITS) + 0.0
        direction = DIRECTIONS[found.direction[i, j]].value
        if dim in _SALARY_DIMENSIONS:
            # the target's own dimension is stated; the other one is derived from it and
            # carries the target's importance, as assess() reports it
            is_stated = bool(stated[i]) and bool(net_target[i]) == (dim is Dimension.NET_SALARY)
            weight = bool(stated[i])
        else:
            is_stated = weight = direction != unstated
        money_unit = "money_monthly" if monthly[i] else "money_annual"
        return {
            "dimension": dim.value,
            "unit": _UNITS.get(dim, money_unit),
            "expected": number(r.expected, i),
            "offered": f"{v['prefecture'][i]}, JP"
            if dim is Dimension.LOCATION
            else number(r.offered, i),
            "difference": number(r.difference, i),
            "difference_pct": pct,
            "direction": direction,
            "severity": SEVERITIES[found.severity[i, j]].value,
            "importance": ("must" if importance[dim][i] else "want") if weight else None,
            "stated": is_stated,
            "stance": STANCES[found.stance[i, j]].value,
            "priority": int(ranks[i, j]),
            "facts": facts[j](i),
            "evidence": [],
        }

    facts = [_facts(d, {c: v[c] for c in _FACT_COLUMNS.get(d, ())}) for d in DIMENSIONS]
    # A point's text depends on its gap, the gap's facts and the row's currency and salary
    # basis (the take-home point also on the gross gap), not on the rest of the row. Its
    # templates are compiled once per kind of point (rows that agree on everything but the
    # amounts, see expectgap.frame.templates) and filled from the amount columns. Each pool
    # holds every distinct text once (a text's code is its position in the pool).
    columns = _slot_columns(v, found)
    sources = {c for facts in _FACT_SLOTS.values() for c, _ in facts.values()}
    row_kind = _groups(row_keys)[1]
    for each in compilers.values():
        each.clear()  # the formatted amounts of the last block
    # the texts without amounts (each once; a text's code is its position) and the texts with
    # amounts, filled column-wise (the code of the k-th of them is -1 - k)
    constants: dict[str, dict[str, int]] = {name: {} for name in _TEXTS}
    filled: dict[str, list[text_columns.Column]] = {name: [] for name in _TEXTS}
    count = dict.fromkeys(_TEXTS, 0)
    codes = {name: np.empty(ranks.shape[::-1], dtype=np.int64) for name in _TEXTS}  # by dimension

    def slotted(j: int, i: int, compiler: Compiler) -> dict[str, Any]:
        """:func:`gap` with the amounts of its columns as slots."""
        dim, out = DIMENSIONS[j], gap(j, i)
        if dim in _SALARY_DIMENSIONS:
            for name in _GAP_SLOTS:
                if out[name] is not None:
                    out[name] = compiler.slot(f"{dim.value}.{name}", out[name])
        for name in _FACT_SLOTS.get(dim, {}):
            if name in out["facts"]:
                out["facts"][name] = compiler.slot(name, out["facts"][name])
        return out

    def write(
        j: int, templates: Sequence[Template], rows: npt.NDArray[np.intp], compiler: Compiler
    ) -> None:
        """Dimension ``j``'s texts of ``rows``, from their compiled templates."""
        if not rows.size:
            return
        for name, template in zip(_TEXTS, templates, strict=True):
            if not template.slots:
                known = constants[name]
                codes[name][j, rows] = known.setdefault(template.pieces[0], len(known))
                continue
            codes[name][j, rows] = np.arange(-1 - count[name], -1 - count[name] - rows.size, -1)
            count[name] += rows.size
            filled[name].append(compiler.fill(template, columns, rows))

    for j, dim in enumerate(DIMENSIONS):
        keys: list[npt.NDArray[Any]] = [
            found.direction[:, j],
            found.severity[:, j],
            found.stance[:, j],
            importance[dim],
            *(v[c] for c in _FACT_COLUMNS.get(dim, ()) if c not in sources),
            *(np.isnan(v[c]) for c in _FACT_COLUMNS.get(dim, ()) if c in sources),
        ]
        for d in (dim, Dimension.GROSS_SALARY) if dim is Dimension.NET_SALARY else (dim,):
            # an amount filled into a slot counts only by whether it is there
            gaps_of = found.results[DIMENSIONS.index(d)]
            # (the difference and its percentage follow from the expected and offered values,
            # but a percentage of an expected 0 is not shown)
            for name in ("expected", "offered", "difference_pct"):
                slot = f"{d.value}.{name}"
                if d in _SALARY_DIMENSIONS and name in _GAP_SLOTS:
                    keys.append(np.isnan(columns[slot]))
                elif name != "difference_pct":
                    keys.append(getattr(gaps_of, name))
        first, group = _groups([row_kind, *keys])
        order = np.argsort(group, kind="stable")
        bounds = np.concatenate([[0], np.cumsum(np.bincount(group, minlength=first.size))])
        kinds_of = zip(*(_values_at(c, first) for c in (*row_keys, *keys)), strict=True)
        for k, kind in enumerate(kinds_of):
            pending = order[bounds[k] : bounds[k + 1]]
            i = int(pending[0])
            key = str(currency[i])
            compiler = compilers.get(key)
            if compiler is None:
                compiler = compilers[key] = Compiler(catalog(locale), key)
            # the kinds of point written before (in this block or an earlier one), each with
            # the guards its rows answer as its first row did
            written = kinds.setdefault((j, *kind), [])
            for templates, guards in written:
                held = compiler.holds(columns, pending, guards)
                write(j, templates, pending[held], compiler)
                pending = pending[~held]
                if not pending.size:
                    break
            while pending.size:
                i = int(pending[0])
                compiler.start()
                gaps = [slotted(j, i, compiler)]
                if dim is Dimension.NET_SALARY:
                    gaps.append(slotted(gross_j, i, compiler))
                view = {
                    "audience": audience,
                    "currency": key,
                    "salary_basis": str(basis[i]) if stated[i] else None,
                    "zone": None,
                    "gaps": gaps,
                }
                point = _point(compiler, gaps[0], view)
                found_templates = tuple(
                    compiler.compile(text)
                    for text in (point.summary, point.message, point.ask, point.fallback)
                )
                guards = tuple(compiler.guards)
                written.append((found_templates, guards))
                held = compiler.holds(columns, pending, guards)
                write(j, found_templates, pending[held], compiler)
                pending = pending[~held]
    # output rows: by input row, then priority (the dimensions of a row sorted by their rank)
    order = np.argsort(ranks, axis=1, kind="stable")
    rows = np.arange(order.shape[0])[:, None]
    at = (order + rows * order.shape[1]).ravel()  # in arrays of rows x dimensions
    at_by_dimension = (order * order.shape[0] + rows).ravel()  # in dimensions x rows

    def ordered(values: npt.NDArray[Any]) -> npt.NDArray[Any]:
        out: npt.NDArray[Any] = values.ravel()[at]
        return out

    return _Block(
        ordered(ranks),
        {
            "topic": order.ravel(),
            "stance": ordered(found.stance),
            "severity": ordered(found.severity),
        },
        {
            name: _texts(constants[name], filled[name], codes[name].ravel()[at_by_dimension])
            for name in _TEXTS
        },
    )


def _texts(
    constants: Mapping[str, int],
    filled: Sequence[text_columns.Column],
    codes: npt.NDArray[np.int64],
) -> text_columns.Column:
    """The texts of ``codes``: the text without amounts numbered ``c`` for a code ``c >= 0``,
    the ``k``-th text filled in for a code ``-1 - k``."""
    pool = text_columns.concat([text_columns.from_strings(list(constants)), *filled])
    return text_columns.take(pool, np.where(codes >= 0, codes, len(constants) - 1 - codes))


@dataclass(frozen=True)
class _Block:
    """The talking points of a block of rows, ordered: the codes of the categorical columns
    and the texts."""

    priority: npt.NDArray[np.int64]
    codes: dict[str, npt.NDArray[Any]]
    texts: dict[str, text_columns.Column]


_CATEGORIES = {"topic": DIMENSIONS, "stance": STANCES, "severity": SEVERITIES}


def _table(blocks: Sequence[_Block], rows: pd.Index) -> pd.DataFrame:
    """The talking points of the blocks (of the input rows ``rows``), one table; topic, stance
    and severity are categoricals."""
    table: dict[str, Any] = {
        "row": rows.repeat(len(DIMENSIONS)),
        "priority": np.concatenate([b.priority for b in blocks]),
    }
    for name, members in _CATEGORIES.items():
        table[name] = _categorical(np.concatenate([b.codes[name] for b in blocks]), members)
    for name in _TEXTS:
        table[name] = text_columns.to_pandas([b.texts[name] for b in blocks])
    return pd.DataFrame(table, columns=list(TALKING_POINT_COLUMNS))
