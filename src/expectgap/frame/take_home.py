"""Japan take-home pay of many people at once (:func:`net`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from expectgap._limits import MAX_AGE as _MAX_AGE
from expectgap.frame.columns import (
    _YEN,
    Column,
    ErrorMode,
    _constant,
    _parse_pay_period,
    _parse_prefecture,
    _parse_yen,
    assemble,
    read_columns,
    warn_unused,
)
from expectgap.frame.household import (
    HOUSEHOLD_COLUMNS,
    HOUSEHOLD_RELATIONS,
    household_groups,
    household_keywords,
)
from expectgap.money import MONTHS_IN_YEAR, Period
from expectgap.payroll.jp.payslip import _year_and_payslip

# ---------------------------------------------------------------------------------------------
# Japan net pay


#: Input columns of :func:`net`.
NET_COLUMNS: tuple[Column, ...] = (
    Column("pay", "amount", "regular pay without the commuting allowance, yen", low=0),
    Column(
        "pay_period",
        "text",
        "'monthly' (default) or 'annual' (12 months of regular pay, bonus excluded)",
        default=Period.MONTHLY.value,
        parse=_parse_pay_period,
        accepted="'monthly' or 'annual'",
    ),
    Column(
        "currency",
        "text",
        "must be 'JPY' (default)",
        default=_YEN,
        parse=_parse_yen,
        accepted="'JPY' (the Japan payroll engine)",
    ),
    Column("bonus", "amount", "annual bonus, yen (default 0)", default=0.0, low=0),
    Column(
        "commuting_allowance",
        "amount",
        "monthly commuting allowance, yen (default 0)",
        default=0.0,
        low=0,
    ),
    Column(
        "prefecture",
        "key",
        "協会けんぽ branch: name, JIS code or Japanese name (default 'tokyo')",
        default="tokyo",
        parse=_parse_prefecture,
        accepted="a prefecture: 'tokyo', 13 or '東京都'",
    ),
    Column(
        "age", "integer", "age in completed years (default 30)", default=30, low=15, high=_MAX_AGE
    ),
    Column(
        "dependents", "integer", "dependants aged 16 or over (default 0)", default=0, low=0, high=99
    ),
    *HOUSEHOLD_COLUMNS,
)

#: Output columns of :func:`net`, in yen (the fields of :class:`expectgap.payroll.jp.AnnualNet`).
#: Output column of :func:`net` with the take-home of the regular month's payslip (July,
#: bonuses excluded: :func:`expectgap.payroll.jp.payslip`), what 手取り月額 means.
NET_PAYSLIP = "net_monthly"
NET_OUTPUTS = (
    "gross",
    "taxable_salary",
    "health",
    "nursing_care",
    "child_support",
    "pension",
    "employment",
    "social_insurance_total",
    "income_tax",
    "resident_tax",
    "net",
)


def net_arrays(
    values: Mapping[str, npt.NDArray[Any]], *, year: int, **options: Any
) -> dict[str, npt.NDArray[np.int64]]:
    """Run :func:`expectgap.payroll.jp.annual` on validated column arrays, one call per prefecture.

    Examples
    --------
    >>> from expectgap.frame.columns import _default
    >>> values = {c.name: _default(c, 1) for c in NET_COLUMNS if not c.required}
    >>> values |= {"pay": np.array([400_000.0]), "bonus": np.array([800_000.0])}
    >>> out = net_arrays(values, year=2026)
    >>> int(out["gross"][0])  # 12 x 400,000 + 800,000
    5600000
    """
    period = _constant(values["pay_period"])
    if isinstance(period, np.ndarray):
        annual = period == Period.ANNUAL.value
        monthly = np.where(annual, values["pay"] / MONTHS_IN_YEAR, values["pay"])
    else:
        annual_pay = period == Period.ANNUAL.value
        monthly = values["pay"] / MONTHS_IN_YEAR if annual_pay else values["pay"]
    n = monthly.size
    outputs = {name: np.empty(n, dtype=np.int64) for name in (*NET_OUTPUTS, NET_PAYSLIP)}
    for place, at in household_groups(values, np.arange(n), by_declarations=False):
        rows: Any = slice(None) if at.size == n else at  # a view when one group holds all rows
        # the engine takes a faster path for options that are one value for every row
        keywords = {
            "year": year,
            "prefecture": place,
            "age": _constant(values["age"][rows]),
            "bonus": _constant(values["bonus"][rows]),
            "commuting_allowance": _constant(values["commuting_allowance"][rows]),
            "dependents": _constant(values["dependents"][rows]),
            **household_keywords(values, rows),
            **options,
        }
        year_fields, slip = _year_and_payslip(monthly[rows], **keywords)
        for name in NET_OUTPUTS:
            outputs[name][rows] = year_fields[name]
        outputs[NET_PAYSLIP][rows] = slip["net"]
    return outputs


def net(
    frame: pd.DataFrame,
    *,
    year: int,
    bonus_months: tuple[int, ...] = (6, 12),
    industry: str = "general",
    first_job: bool = False,
    columns: Mapping[str, str] | None = None,
    errors: ErrorMode = "raise",
) -> pd.DataFrame:
    """Japan take-home pay for every row (:func:`expectgap.payroll.jp.annual`, vectorized).

    Parameters
    ----------
    frame : pandas.DataFrame
        Input columns (:data:`NET_COLUMNS`; rename with ``columns``):

        ``pay`` (required)
            Regular pay in yen without the commuting allowance: base + allowances + fixed
            overtime, per month, or per year with ``pay_period="annual"`` (divided by 12).
        ``pay_period`` (default ``"monthly"``)
            ``"monthly"`` or ``"annual"``.
        ``currency`` (default ``"JPY"``)
            Must be ``"JPY"``; other currencies are bad rows (no silent conversion).
        ``bonus`` (default 0)
            Annual bonus in yen, paid evenly in ``bonus_months``.
        ``commuting_allowance`` (default 0)
            Monthly commuting allowance in yen, paid on top of ``pay``.
        ``prefecture`` (default ``"tokyo"``)
            The 協会けんぽ branch: romanized name, JIS code (13) or Japanese name (東京都).
        ``age`` (default 30), ``dependents`` (default 0), ``spouse`` (default False)
            Age in completed years (15-120), dependants aged 16 or over, a spouse without
            income.
    year : int
        Calendar year (2024-2026).
    bonus_months : tuple of int
        Calendar months of the bonus payments.
    industry : {"general", "agriculture", "construction"}
        Employment insurance business type.
    first_job : bool
        No salary in the previous year: no resident tax.
    columns : mapping, optional
        Input name -> column name in ``frame``.
    errors : {"raise", "coerce"}
        See the module docstring.

    Returns
    -------
    pandas.DataFrame
        On ``frame``'s index, in yen (int64; nullable Int64 when rows were coerced):
        ``gross``, ``taxable_salary``, ``health``, ``nursing_care``, ``child_support``,
        ``pension``, ``employment``, ``social_insurance_total``, ``income_tax``,
        ``resident_tax``, ``net`` (:data:`NET_OUTPUTS`: the calendar year), ``net_monthly``
        (:data:`NET_PAYSLIP`: the take-home of the regular month's payslip, bonuses excluded;
        the year's average month is ``net / 12``), and ``error`` with coercion.

    Raises
    ------
    ColumnError, RowError
        See the module docstring.
    UnsupportedRule
        A year without rules.

    Examples
    --------
    >>> people = pd.DataFrame({"pay": [400_000, 400_000], "bonus": [800_000, 800_000],
    ...                        "age": [30, 45], "prefecture": ["tokyo", "東京都"]})
    >>> out = net(people, year=2026)
    >>> out["gross"].tolist(), bool((out.loc[1, "nursing_care"] > 0))
    ([5600000, 5600000], True)
    """
    inputs = read_columns(
        frame, NET_COLUMNS, columns=columns, errors=errors, relations=HOUSEHOLD_RELATIONS
    )
    warn_unused(frame, NET_COLUMNS, columns)
    outputs = net_arrays(
        inputs.values, year=year, bonus_months=bonus_months, industry=industry, first_job=first_job
    )
    return assemble(inputs, frame.index, outputs, errors=errors)
