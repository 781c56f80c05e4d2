"""Batch API over pandas DataFrames, and the ``df.expectgap`` accessor.

Every function takes a DataFrame with documented input columns and returns a new DataFrame on
the same index with documented output columns. They run the same engines as the scalar API
(:func:`expectgap.payroll.jp.annual`, :func:`expectgap.position`, the rules of
:mod:`expectgap.assess`), vectorized over the rows: numeric work is never a Python loop per
row (the loops that remain run over prefectures, references or engine option groups). A
row's result depends on that row only, so the functions are pure per partition and
``dask.dataframe.map_partitions`` runs them unchanged (see ``docs/batch.md``).

* :func:`net` -- Japan take-home pay: every component of :class:`~expectgap.payroll.jp.annual.AnnualNet`.
* :func:`position` -- percentile, CI, gap to median, compa-ratio, penetration, z, label.
* :func:`assess` -- gaps, directions, severities and stances on the ten dimensions, the
  overall severity and the top talking point's topic and stance.
* :func:`talking_points` -- the talking points themselves, one row per input row and dimension.
* :func:`models` -- the scalar :class:`~expectgap.assess.Expectations` and
  :class:`~expectgap.assess.Offer` one assessment row stands for.

Importing this module registers the accessor: ``df.expectgap.net(year=2026)``,
``df.expectgap.position(table)``, ``df.expectgap.assess()``, ``df.expectgap.talking_points()``.

Input validation
----------------
* Missing or mistyped columns (text where numbers are expected, ...) raise **one**
  :class:`ColumnError` (an :class:`~expectgap.errors.InvalidInput`) listing all of them,
  whatever ``errors`` says. Rename columns with ``columns={"pay": "salary"}``.
* Bad values (negative, NaN or infinite amounts, unknown prefectures or currencies, ages out of
  range, ...) raise **one** :class:`RowError` naming every offending column with the labels of
  its bad rows (``errors="raise"``, the default), or, with ``errors="coerce"``, leave those
  rows' outputs empty (NaN / NA) with the reasons in an ``error`` column, every other row
  computed as usual.

Examples
--------
>>> import pandas as pd
>>> import expectgap.frame
>>> people = pd.DataFrame({"pay": [300_000, 450_000, -1], "age": [28, 45, 30]},
...                       index=["ann", "bo", "cy"])
>>> out = people.expectgap.net(year=2026, errors="coerce")
>>> out[["gross", "net"]].loc[["ann", "bo"]].dtypes.tolist()
[Int64Dtype(), Int64Dtype()]
>>> out.loc["cy", "error"]
'pay: got -1; expected a finite number in [0, 1e+11]'
"""

from __future__ import annotations

import math
import numbers
import warnings
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from dataclasses import replace as dataclass_replace
from datetime import date
from decimal import Decimal
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import pandas as pd

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
from expectgap.assess.locale import catalog
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
from expectgap.assess.net import GROSS_UP_PERIODS
from expectgap.assess.policy import Policy
from expectgap.assess.talking_points import talking_point as _talking_point
from expectgap.conditions import Location, WorkingConditions
from expectgap.errors import ExpectgapError, InvalidInput, UnsupportedRule
from expectgap.market.peers import PeerGroup
from expectgap.market.survey import SurveyTable
from expectgap.money import MONTHS_IN_YEAR, Basis, Money, Period, max_amount, supported_currencies
from expectgap.package import Allowance, Bonus, CompensationPackage, FixedOvertime
from expectgap.payroll.jp import labour_law
from expectgap.payroll.jp.annual import annual as _annual
from expectgap.payroll.jp.deductions import AMOUNTS, COUNTS, FLAGS, Deductions
from expectgap.payroll.jp.gross_up import gross_up as _gross_up
from expectgap.payroll.jp.household import COUNT_FIELDS, Household
from expectgap.payroll.jp.payslip import payslip as _payslip
from expectgap.payroll.jp.prefectures import prefecture as _prefecture
from expectgap.payroll.jp.resident_tax import place_of_residence
from expectgap.position import LABELS, Band
from expectgap.position import position as _position

__all__ = [
    "ASSESS_COLUMNS",
    "ASSESS_RELATIONS",
    "NET_COLUMNS",
    "NET_OUTPUTS",
    "NET_PAYSLIP",
    "TALKING_POINT_COLUMNS",
    "Column",
    "ColumnError",
    "ExpectgapAccessor",
    "Relation",
    "RowError",
    "RowProblem",
    "assess",
    "models",
    "net",
    "position",
    "talking_points",
    "warn_unused",
]

ErrorMode = Literal["raise", "coerce"]
Kind = Literal["amount", "integer", "text", "key", "flag"]
Parser = Callable[[npt.NDArray[Any]], tuple[npt.NDArray[Any], npt.NDArray[np.bool_]]]

_MAX_LISTED = 10
_BLOCK = 1 << 14  # rows per block where row-wise temporaries are bounded
_ENGINE_BLOCK = 1 << 15  # rows per payroll-engine call inside an assessment
# the weeks a row's weekly hours are counted over (WorkingConditions' convention)
_WEEKS_IN_YEAR = float(WorkingConditions().weeks_per_year)
_MICRO = 6  # decimal places kept of a pay computed through the fixed-overtime ratio
_PERCENT = 100.0
_ERROR_MODES = ("raise", "coerce")
_SNIFF = 1_000  # values looked at to tell a column of numbers with stray values from text
_SHOWN = 60  # longest value shown in an error


def _policy(policy: object) -> Policy:
    if policy is None:
        return Policy.default()
    if not isinstance(policy, Policy):
        raise InvalidInput("policy", policy, "a Policy (Policy.from_file(...) reads one)")
    return policy


def _max_amount() -> float:
    """Bound of amount columns without their own: the yen maximum of ``data/currencies.toml``."""
    return float(max_amount(_YEN))


@dataclass(frozen=True)
class Column:
    """One documented input column of a batch function.

    Parameters
    ----------
    name : str
        Default column name (rename with the ``columns`` mapping of each batch function).
    kind : {"amount", "integer", "text", "key", "flag"}
        ``amount``: finite numbers within ``[low, high]``; ``integer``: whole numbers within
        ``[low, high]``; ``text``: strings (object, string or category dtype) accepted by
        ``parse``; ``key``: text or whole-number codes accepted by ``parse`` (prefectures by name
        or JIS code); ``flag``: booleans.
    description : str
        What the column holds (shown in the documentation).
    default : object, optional
        Value used when the column is absent; None makes the column required.
    low, high : float, optional
        Accepted bounds of numeric columns.
    parse : callable, optional
        For text columns: maps an array of distinct values to (parsed values, bad mask).
    accepted : str
        What is accepted, for error messages.
    nullable : bool
        Missing values (NaN, None, NA) are allowed and mean "not stated"; they are read as
        NaN (numbers and flags) or None (text).
    rule : Range, optional
        The validation rule the scalar models apply to the same value (:mod:`expectgap._checks`),
        applied on top of ``low`` and ``high``.

    Examples
    --------
    >>> Column("age", "integer", "age at the premium month", default=30, low=15, high=100).required
    False
    """

    name: str
    kind: Kind
    description: str
    default: object = None
    low: float | None = None
    high: float | None = None
    parse: Parser | None = None
    accepted: str = ""
    nullable: bool = False
    rule: Range | None = None

    @property
    def required(self) -> bool:
        """Whether the column must be present.

        Examples
        --------
        >>> Column("pay", "amount", "monthly pay").required
        True
        """
        return self.default is None

    def expected(self) -> str:
        """The accepted values, for messages.

        Examples
        --------
        >>> Column("pay", "amount", "monthly pay", low=0).expected()
        'a finite number in [0, 1e+11]'
        """
        if self.accepted:
            return self.accepted
        if self.rule is not None:
            return self.rule.expected
        noun = {"amount": "a finite number", "integer": "a whole number"}.get(self.kind, "a value")
        high = self.high if self.high is not None or self.kind != "amount" else _max_amount()
        if self.low is not None and high is not None:
            return f"{noun} in [{self.low:g}, {high:g}]"
        if self.low is not None:
            return f"{noun} >= {self.low:g}"
        return noun


class ColumnError(InvalidInput):
    """Missing or mistyped input columns, all of them in one error.

    Attributes
    ----------
    problems : dict
        Column name -> what is wrong with it.

    Examples
    --------
    >>> err = ColumnError({"pay": "missing", "age": "has dtype object; expected numbers"})
    >>> print(err)
    input columns: 'pay' is missing; 'age' has dtype object; expected numbers
    >>> isinstance(err, InvalidInput)
    True
    """

    def __init__(self, problems: Mapping[str, str]) -> None:
        self.problems = dict(problems)
        listed = "; ".join(
            f"{name!r} {'is missing' if problem == 'missing' else problem}"
            for name, problem in self.problems.items()
        )
        super().__init__("columns", listed, "the documented input columns")
        self.args = (f"input columns: {listed}",)


@dataclass(frozen=True)
class RowProblem:
    """The rows of one column that hold bad values.

    Examples
    --------
    >>> RowProblem("age", (3,), (-1,), "a whole number in [15, 100]").rows
    (3,)
    """

    column: str
    rows: tuple[Hashable, ...]
    values: tuple[object, ...]
    expected: str

    def describe(self) -> str:
        """One line naming the column, the row labels and values, and what is accepted.

        Examples
        --------
        >>> RowProblem("pay", ("a", "b"), (-1.0, None), "a finite number >= 0").describe()
        "'pay' rows ['a', 'b'] hold [-1.0, None]; expected a finite number >= 0"
        """
        more = len(self.rows) - _MAX_LISTED
        rows, values = list(self.rows[:_MAX_LISTED]), list(self.values[:_MAX_LISTED])
        tail = f" (and {more} more rows)" if more > 0 else ""
        return f"{self.column!r} rows {rows} hold {values}{tail}; expected {self.expected}"


class RowError(InvalidInput):
    """Bad values in some rows: every offending column and row label, in one error.

    Attributes
    ----------
    problems : tuple of RowProblem
        One entry per column with bad values.
    rows : pandas.Index
        Labels of every bad row.

    Examples
    --------
    >>> err = RowError((RowProblem("age", (7,), (-1,), "a whole number in [15, 100]"),),
    ...                pd.Index([7]))
    >>> print(err)
    bad values: 'age' rows [7] hold [-1]; expected a whole number in [15, 100]
    """

    def __init__(self, problems: tuple[RowProblem, ...], rows: pd.Index) -> None:
        self.problems = problems
        self.rows = rows
        listed = " | ".join(p.describe() for p in problems)
        super().__init__("rows", listed, "valid values in every row")
        self.args = (f"bad values: {listed}",)


@dataclass(frozen=True)
class Relation:
    """A rule between input columns, flagged on the first column (a walk-away on the wrong side
    of its target, a lowest level above the level sought).

    Examples
    --------
    >>> r = Relation(("salary_walk_away", "salary_target"), lambda v: v["salary_walk_away"] > 1,
    ...              "at most salary_target")
    >>> r.columns[0]
    'salary_walk_away'
    """

    columns: tuple[str, ...]
    bad: Callable[[Mapping[str, npt.NDArray[Any]]], npt.NDArray[np.bool_]]
    expected: str


@dataclass(frozen=True)
class _Inputs:
    """Validated input arrays, restricted to the good rows when some are bad."""

    values: dict[str, npt.NDArray[Any]]
    good: npt.NDArray[np.bool_] | None  # None: every row is good
    errors: npt.NDArray[np.object_] | None  # per-row reasons (coerce mode with bad rows)


def _check_mode(errors: str) -> None:
    if errors not in _ERROR_MODES:
        raise InvalidInput("errors", errors, "'raise' or 'coerce'")


def _is_number(value: object) -> bool:
    """A real number (int, float, Fraction, Decimal or a numpy number), not a boolean."""
    return isinstance(value, numbers.Real | Decimal) and not isinstance(value, bool | np.bool_)


def _column_problem(series: pd.Series, column: Column) -> str | None:
    dtype = series.dtype
    if column.kind in ("amount", "integer"):
        numeric = pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype)
        if not numeric and pd.api.types.is_object_dtype(dtype):
            # a column of numbers with a few stray values: the stray rows fail, not the column
            numeric = any(_is_number(v) for v in series.head(_SNIFF).tolist()) or any(
                _is_number(v) for v in series.dropna().unique()[:_SNIFF]
            )
        return None if numeric else f"has dtype {dtype}; expected numbers"
    if column.kind == "flag":
        if pd.api.types.is_bool_dtype(dtype):
            return None
        if pd.api.types.is_object_dtype(dtype) and all(
            isinstance(v, bool | np.bool_) for v in series.dropna().unique()
        ):
            return None  # booleans with missing values (None)
        return f"has dtype {dtype}; expected booleans"
    texty = (
        (column.kind == "key" and pd.api.types.is_integer_dtype(dtype))
        or pd.api.types.is_object_dtype(dtype)
        or pd.api.types.is_string_dtype(dtype)
        or isinstance(dtype, pd.CategoricalDtype)
    )
    return None if texty else f"has dtype {dtype}; expected text"


def _numeric(series: pd.Series, column: Column) -> tuple[npt.NDArray[Any], npt.NDArray[np.bool_]]:
    unreadable = np.zeros(len(series), dtype=bool)
    if pd.api.types.is_object_dtype(series.dtype):
        # Numbers mixed with other values: each value that is not a number fails its row only.
        raw = series.to_numpy()
        unreadable = np.array([not _is_number(v) and not _is_missing(v) for v in raw], dtype=bool)
        series = pd.Series(np.where(unreadable, np.nan, raw), index=series.index)
        series = series.astype(np.float64)
    array = series.to_numpy(dtype=np.float64, na_value=np.nan)
    missing = np.isnan(array) & ~unreadable if column.nullable else np.zeros(array.shape, bool)
    bad = (~np.isfinite(array) & ~missing) | unreadable
    if column.low is not None:
        bad |= array < column.low
    high = column.high if column.high is not None else _max_amount()
    bad |= array > high
    if column.rule is not None:
        bad |= column.rule.bad(array)
    if column.kind == "integer":
        bad |= (array != np.floor(array)) & ~missing
        if column.nullable:
            return array, bad
        return np.where(bad, 0, array).astype(np.int64), bad
    return array, bad


def _text(series: pd.Series, column: Column) -> tuple[npt.NDArray[Any], npt.NDArray[np.bool_]]:
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    distinct = np.asarray(uniques, dtype=object)
    if column.parse is None:
        parsed, bad_unique = distinct, np.zeros(distinct.size, dtype=bool)
    else:
        parsed, bad_unique = column.parse(distinct)
    missing = codes < 0
    safe = np.where(missing, 0, codes)
    if distinct.size == 0:
        return np.full(codes.size, None, dtype=object), missing & (not column.nullable)
    values = np.asarray(parsed)[safe]
    bad = np.asarray(bad_unique)[safe] & ~missing
    if column.nullable:
        if missing.any():
            values = values.astype(object)
            values[missing] = None
        return values, bad
    return values, bad | missing


def _default(column: Column, n: int) -> npt.NDArray[Any]:
    """An absent column's default for every row: a read-only broadcast view (no memory)."""
    if column.kind in ("text", "key"):
        parsed = np.asarray([column.default], dtype=object)
        if column.parse is not None:
            parsed, _ = column.parse(parsed)
        value = np.asarray(parsed)[:1]
    elif column.kind == "integer" and not column.nullable:
        value = np.array([column.default], dtype=np.int64)
    elif column.kind == "flag" and not column.nullable:
        value = np.array([column.default], dtype=bool)
    else:
        value = np.array([column.default], dtype=np.float64)
    return np.broadcast_to(value, (n,))


def read_columns(
    frame: pd.DataFrame,
    spec: tuple[Column, ...],
    *,
    columns: Mapping[str, str] | None,
    errors: str,
    relations: tuple[Relation, ...] = (),
) -> _Inputs:
    """Validate ``frame`` against ``spec``: raise for column problems, collect row problems.

    ``relations`` are checked on the values read (row problems of their first column).

    Column problems (missing, mistyped) always raise one :class:`ColumnError`. Row problems
    raise one :class:`RowError` with ``errors="raise"``; with ``errors="coerce"`` they are kept
    per row and only the good rows are returned.

    Examples
    --------
    >>> spec = (Column("pay", "amount", "pay", low=0), Column("age", "integer", "age", default=30))
    >>> read_columns(pd.DataFrame({"pay": [1.0, 2.0]}), spec, columns=None, errors="raise").values
    {'pay': array([1., 2.]), 'age': array([30, 30])}
    >>> read_columns(pd.DataFrame({"x": [1]}), spec, columns={"age": "years"}, errors="raise")
    Traceback (most recent call last):
    ...
    expectgap.frame.ColumnError: input columns: 'pay' is missing
    """
    _check_mode(errors)
    if not isinstance(frame, pd.DataFrame):
        raise InvalidInput("frame", type(frame).__name__, "a pandas DataFrame")
    if columns is not None and not isinstance(columns, Mapping):
        raise InvalidInput("columns", columns, "a mapping {documented name: column in the frame}")
    names = {c.name: c.name for c in spec}
    unknown = sorted(set(columns or {}) - set(names))
    if unknown:
        raise InvalidInput("columns", unknown, "keys among " + ", ".join(names))
    names.update(columns or {})
    n = len(frame)
    problems: dict[str, str] = {}
    for column in spec:
        actual = names[column.name]
        if actual not in frame.columns:
            if column.required:
                problems[actual] = "missing"
            continue
        problem = _column_problem(frame[actual], column)
        if problem is not None:
            problems[actual] = problem
    if problems:
        raise ColumnError(problems)

    values: dict[str, npt.NDArray[Any]] = {}
    row_problems: list[tuple[Column, str, npt.NDArray[np.bool_]]] = []
    for column in spec:
        actual = names[column.name]
        if actual not in frame.columns:
            values[column.name] = _default(column, n)
            continue
        series = frame[actual]
        if column.kind in ("text", "key"):
            array, bad = _text(series, column)
        elif column.kind == "flag":
            missing = series.isna().to_numpy()
            if column.nullable:
                flags = series.astype("boolean").to_numpy(dtype=float, na_value=np.nan)
                array = np.where(missing, np.nan, flags)
                bad = np.zeros(len(series), dtype=bool)
            else:
                array = series.to_numpy(dtype=bool, na_value=False)
                bad = missing
        else:
            array, bad = _numeric(series, column)
        values[column.name] = array
        if bad.any():
            row_problems.append((column, actual, bad))
    by_name = {c.name: c for c in spec}
    for relation in relations:
        first = by_name[relation.columns[0]]
        with np.errstate(invalid="ignore"):
            wrong = np.asarray(relation.bad(values), dtype=bool)
        if wrong.any():
            related = dataclass_replace(first, accepted=relation.expected)
            row_problems.append((related, names[first.name], wrong))
    if not row_problems:
        return _Inputs(values, None, None)

    any_bad = np.zeros(n, dtype=bool)
    for _, _, bad in row_problems:
        any_bad |= bad
    if errors == "raise":
        described = []
        for column, actual, bad in row_problems:
            where = np.flatnonzero(bad)
            raw = frame[actual].iloc[where[:_MAX_LISTED]].tolist()
            described.append(
                RowProblem(
                    actual,
                    tuple(frame.index[where].tolist()),
                    tuple(None if _is_missing(v) else v for v in raw),
                    column.expected(),
                )
            )
        raise RowError(tuple(described), frame.index[any_bad])
    reasons = np.full(n, None, dtype=object)
    for column, actual, bad in row_problems:
        where = np.flatnonzero(bad)
        for position, raw in zip(where, frame[actual].iloc[where].tolist(), strict=True):
            shown = None if _is_missing(raw) else raw
            text = repr(shown)
            text = text if len(text) <= _SHOWN else text[:_SHOWN] + "..."
            reason = f"{actual}: got {text}; expected {column.expected()}"
            previous = reasons[position]
            reasons[position] = reason if previous is None else f"{previous}; {reason}"
    good = ~any_bad
    return _Inputs({k: v[good] for k, v in values.items()}, good, reasons)


#: Column names a reader may take for an input of :func:`assess` or :func:`net`, and the column
#: that holds what they probably mean (named in the unused-columns warning).
_LOOKALIKES = {
    "bonus_months": "offer_bonus_months_of_base (bonus in months of base pay; the bonus payment "
    "months are the bonus_months keyword of net)",
    "offer_bonus_months": "offer_bonus_months_of_base",
}


def warn_unused(
    frame: pd.DataFrame, spec: tuple[Column, ...], columns: Mapping[str, str] | None
) -> None:
    """One warning naming the columns of ``frame`` that the call does not read.

    Called once the columns are read, so a call refused for its columns does not also warn.

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_unused(pd.DataFrame({"pay": [1], "bonus_months": [4]}), NET_COLUMNS, None)
    >>> print(caught[0].message)  # doctest: +ELLIPSIS
    columns not used: 'bonus_months' (did you mean offer_bonus_months_of_base ...
    """
    if not isinstance(frame, pd.DataFrame) or not isinstance(columns, Mapping | None):
        return  # read_columns refuses them
    read = {c.name for c in spec} - set(columns or {}) | {str(v) for v in (columns or {}).values()}
    unused = [str(name) for name in frame.columns if name not in read]
    if unused:
        listed = ", ".join(
            f"{name!r}" + (f" (did you mean {_LOOKALIKES[name]}?)" if name in _LOOKALIKES else "")
            for name in unused
        )
        warnings.warn(f"columns not used: {listed}", UserWarning, stacklevel=3)


def _is_missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return False


def _scatter(values: Any, good: npt.NDArray[np.bool_]) -> Any:
    """Spread results for the good rows over all rows, leaving bad rows empty (NA)."""
    n = good.size
    if isinstance(values, pd.Categorical):
        codes = np.full(n, -1, dtype=values.codes.dtype)
        codes[good] = values.codes
        return pd.Categorical.from_codes(codes, dtype=values.dtype)
    array = np.asarray(values)
    if array.dtype.kind in "iu":
        full = np.zeros(n, dtype=array.dtype)
        full[good] = array
        return pd.arrays.IntegerArray(full, ~good)
    if array.dtype.kind == "b":
        flags = np.zeros(n, dtype=bool)
        flags[good] = array
        return pd.arrays.BooleanArray(flags, ~good)
    if array.dtype.kind == "f":
        floats = np.full(n, np.nan)
        floats[good] = array
        return floats
    objects = np.full(n, None, dtype=object)
    objects[good] = array
    return objects


def assemble(
    inputs: _Inputs, index: pd.Index, outputs: Mapping[str, Any], *, errors: str
) -> pd.DataFrame:
    """Build the output frame on ``index``; with coercion, bad rows are NA plus an ``error``.

    Examples
    --------
    >>> inputs = _Inputs({}, np.array([True, False]), np.array([None, "pay: bad"], dtype=object))
    >>> assemble(inputs, pd.Index(["a", "b"]), {"net": np.array([5])}, errors="coerce")
        net     error
    a     5      <NA>
    b  <NA>  pay: bad
    """
    if inputs.good is None:
        data = dict(outputs)
        if errors == "coerce":
            data["error"] = pd.array(np.full(len(index), None, dtype=object), dtype="string")
    else:
        data = {name: _scatter(values, inputs.good) for name, values in outputs.items()}
        reasons = (
            np.full(len(index), None, dtype=object) if inputs.errors is None else inputs.errors
        )
        data["error"] = pd.array(reasons, dtype="string")
    return pd.DataFrame(data, index=index, copy=False)


# ---------------------------------------------------------------------------------------------
# Parsers of text columns (run on the distinct values only)


def _parse_currency(values: npt.NDArray[Any]) -> tuple[npt.NDArray[Any], npt.NDArray[np.bool_]]:
    known = set(supported_currencies())
    upper = np.array([str(v).strip().upper() for v in values], dtype=object)
    return upper, np.array([u not in known for u in upper], dtype=bool)


def _parse_period(values: npt.NDArray[Any]) -> tuple[npt.NDArray[Any], npt.NDArray[np.bool_]]:
    names = {p.value: p.value for p in Period}
    lower = np.array([names.get(str(v).strip().lower(), "") for v in values], dtype=object)
    return lower, lower == ""


_PERIODS = ", ".join(repr(p.value) for p in Period)


def _parse_prefecture(values: npt.NDArray[Any]) -> tuple[npt.NDArray[Any], npt.NDArray[np.bool_]]:
    names: list[str] = []
    bad: list[bool] = []
    for value in values:
        try:
            names.append(_prefecture(value).name)
            bad.append(False)
        except (UnsupportedRule, InvalidInput):
            names.append("")
            bad.append(True)
    return np.array(names, dtype=object), np.array(bad, dtype=bool)


def _parse_yen(values: npt.NDArray[Any]) -> tuple[npt.NDArray[Any], npt.NDArray[np.bool_]]:
    upper = np.array([str(v).strip().upper() for v in values], dtype=object)
    return upper, upper != _YEN


def _parse_pay_period(values: npt.NDArray[Any]) -> tuple[npt.NDArray[Any], npt.NDArray[np.bool_]]:
    lower, bad = _parse_period(values)
    return lower, bad | (lower == Period.HOURLY.value)


_YEN = "JPY"


def _position_columns(reference: SurveyTable | PeerGroup) -> tuple[Column, ...]:
    code = reference.currency or "the reference's currency"
    period = reference.period.value if reference.period is not None else "the reference's period"
    return (
        Column("amount", "amount", "amount to place in the reference", low=0),
        Column(
            "currency",
            "text",
            "ISO 4217 code of the amount (default: the reference's)",
            default=reference.currency or "",
            parse=_parse_currency,
            accepted=f"the reference's currency {code}",
        ),
        Column(
            "period",
            "text",
            "pay period of the amount (default: the reference's)",
            default=reference.period.value if reference.period is not None else "",
            parse=_parse_period,
            accepted=f"one of {_PERIODS} matching {period} (or convertible with basis=)",
        ),
    )


def _mismatch(
    inputs: _Inputs,
    good_mask: npt.NDArray[np.bool_],
    frame: pd.DataFrame,
    column: str,
    expected: str,
    errors: str,
) -> _Inputs:
    """Mark rows whose currency or period differs from the reference as bad."""
    full_bad = np.zeros(len(frame), dtype=bool)
    positions = np.flatnonzero(inputs.good) if inputs.good is not None else np.arange(len(frame))
    full_bad[positions[~good_mask]] = True
    if not full_bad.any():
        return inputs
    if errors == "raise":
        where = np.flatnonzero(full_bad)
        raw = frame[column].iloc[where[:_MAX_LISTED]].tolist()
        problem = RowProblem(column, tuple(frame.index[where].tolist()), tuple(raw), expected)
        raise RowError((problem,), frame.index[full_bad])
    reasons = (
        np.full(len(frame), None, dtype=object) if inputs.errors is None else inputs.errors.copy()
    )
    for position, raw in zip(
        np.flatnonzero(full_bad), frame[column].iloc[full_bad].tolist(), strict=True
    ):
        reason = f"{column}: got {raw!r}; expected {expected}"
        previous = reasons[position]
        reasons[position] = reason if previous is None else f"{previous}; {reason}"
    good = np.ones(len(frame), dtype=bool) if inputs.good is None else inputs.good.copy()
    good &= ~full_bad
    values = {k: v[good_mask] for k, v in inputs.values.items()}
    return _Inputs(values, good, reasons)


Reference = SurveyTable | PeerGroup


def position(
    frame: pd.DataFrame,
    reference: Reference | Mapping[Hashable, Reference],
    *,
    by: str | None = None,
    band: Band | None = None,
    basis: Basis | None = None,
    level: float = 0.95,
    columns: Mapping[str, str] | None = None,
    errors: ErrorMode = "raise",
) -> pd.DataFrame:
    """Place every row's amount in a survey table or a peer group (:func:`expectgap.position`).

    Parameters
    ----------
    frame : pandas.DataFrame
        Input columns (rename with ``columns``):

        ``amount`` (required)
            Finite amounts >= 0.
        ``currency`` (optional, default the reference's currency)
            ISO 4217 code per row; it must be the reference's currency (no silent conversion).
        ``period`` (optional, default the reference's period)
            ``"annual"``, ``"monthly"`` or ``"hourly"`` per row. Rows in another period than the
            reference are converted with ``basis`` when given, and are bad rows otherwise.
    reference : SurveyTable, PeerGroup or mapping of them
        The market table or peer group; or, with ``by``, one per key (a table per state or per
        occupation). Rows whose key has no reference are bad rows.
    by : str, optional
        Column holding each row's reference key (required with a mapping of references).
    band : Band, optional
        Salary band for compa-ratio to its midpoint and range penetration.
    basis : Basis, optional
        Explicit period-conversion basis for rows stated in another period.
    level : float
        Confidence level of the percentile interval.
    columns : mapping, optional
        Input name -> column name in ``frame``.
    errors : {"raise", "coerce"}
        ``"raise"``: bad values raise one :class:`RowError` naming every bad row;
        ``"coerce"``: bad rows get empty outputs and their reason in an ``error`` column.

    Returns
    -------
    pandas.DataFrame
        On ``frame``'s index: ``percentile`` (0-100), ``percentile_ci_low`` and
        ``percentile_ci_high`` (when the reference knows its sample size), ``gap_to_median``,
        ``gap_to_median_pct``, ``compa_ratio``, ``range_penetration`` (with a band), ``z``,
        ``label`` (categorical: ``expectgap.position.LABELS``), and ``error`` with coercion.

    Raises
    ------
    ColumnError
        Missing or mistyped columns (all of them).
    RowError
        Bad values with ``errors="raise"`` (every bad row label).
    InsufficientData
        A peer group that may not publish.

    Examples
    --------
    >>> from expectgap.market import SurveyTable
    >>> devs = SurveyTable.from_percentiles(
    ...     {10: 82_460, 25: 105_210, 50: 135_980, 75: 171_980, 90: 214_670}, currency="USD")
    >>> rows = pd.DataFrame({"amount": [150_000, 60.0, -1],
    ...                      "period": ["annual", "hourly", "annual"]}, index=["ann", "bo", "cy"])
    >>> # $60 an hour x 2,080 hours = $124,800 a year
    >>> out = position(rows, devs, basis=Basis(hours_per_week=40, weeks_per_year=52),
    ...                errors="coerce")
    >>> out[["percentile", "label"]].round(1)
         percentile    label
    ann        60.4  P50–P75
    bo         41.6  P25–P50
    cy          NaN      NaN
    >>> out.loc["cy", "error"]
    'amount: got -1.0; expected a finite number in [0, 1e+11]'
    """
    if isinstance(reference, Mapping):
        return _position_by(
            frame,
            reference,
            by,
            band=band,
            basis=basis,
            level=level,
            columns=columns,
            errors=errors,
        )
    if not isinstance(reference, SurveyTable | PeerGroup):
        raise InvalidInput("reference", reference, "a SurveyTable or a PeerGroup")
    spec = _position_columns(reference)
    names = {c.name: c.name for c in spec} | dict(columns or {})
    inputs = read_columns(frame, spec, columns=columns, errors=errors)
    if reference.currency is not None:
        same = inputs.values["currency"] == reference.currency
        inputs = _mismatch(
            inputs,
            same,
            frame,
            names["currency"],
            f"the reference's currency {reference.currency}",
            errors,
        )
    amount = inputs.values["amount"]
    if reference.period is not None:
        target = reference.period
        periods = inputs.values["period"]
        if basis is None:
            same = periods == target.value
            inputs = _mismatch(
                inputs,
                same,
                frame,
                names["period"],
                f"the reference's period {target.value!r} (or pass basis=)",
                errors,
            )
            amount = inputs.values["amount"]
        else:
            periods = inputs.values["period"]
            amount = inputs.values["amount"].copy()
            for period in Period:
                rows = periods == period.value
                if period is not target and rows.any():
                    factor = float(basis.periods(period) / basis.periods(target))
                    amount[rows] = amount[rows] * factor
    found = _position(amount, reference, band=band, level=level)
    outputs: dict[str, Any] = {"percentile": found.percentile}
    if found.percentile_ci is not None:
        outputs["percentile_ci_low"], outputs["percentile_ci_high"] = found.percentile_ci
    outputs["gap_to_median"] = found.gap_to_median
    outputs["gap_to_median_pct"] = found.gap_to_median_pct
    outputs["compa_ratio"] = found.compa_ratio
    if found.range_penetration is not None:
        outputs["range_penetration"] = found.range_penetration
    outputs["z"] = found.z
    outputs["label"] = pd.Categorical(found.label, categories=LABELS)
    return assemble(inputs, frame.index, outputs, errors=errors)


def _position_by(
    frame: pd.DataFrame,
    references: Mapping[Hashable, Reference],
    by: str | None,
    **options: Any,
) -> pd.DataFrame:
    """:func:`position` per group of rows sharing a reference key (a loop over references)."""
    errors = options.pop("errors")
    _check_mode(errors)
    if by is None or not isinstance(by, Hashable):
        raise InvalidInput("by", by, "the column holding each row's reference key")
    if not isinstance(frame, pd.DataFrame):
        raise InvalidInput("frame", type(frame).__name__, "a pandas DataFrame")
    if by not in frame.columns:
        raise ColumnError({by: "missing"})
    if not frame.index.is_unique:
        raise InvalidInput("frame.index", "duplicate labels", "unique row labels with by=")
    codes, keys = pd.factorize(frame[by], use_na_sentinel=True)
    known_codes = [code for code, key in enumerate(keys) if key in references]
    known = np.isin(codes, known_codes)
    problems: list[RowProblem] = []
    if not known.all():
        listed = ", ".join(map(repr, list(references)[:_MAX_LISTED]))
        unknown = frame[by][~known]
        problems.append(
            RowProblem(
                by,
                tuple(unknown.index.tolist()),
                tuple(None if _is_missing(v) else v for v in unknown.tolist()),
                f"a reference key among {listed}",
            )
        )
    parts = []
    unpublished = np.full(len(frame), None, dtype=object)
    for code in known_codes:
        rows = frame.iloc[codes == code]
        try:
            parts.append(position(rows, references[keys[code]], errors=errors, **options))
        except RowError as err:
            problems.extend(err.problems)
        except ColumnError:
            raise
        except ExpectgapError as err:
            # a reference that cannot answer (a peer group too small to publish, ...): its rows
            # are marked, the other groups proceed
            if errors == "raise":
                raise
            unpublished[codes == code] = f"{by} {keys[code]!r}: {err}"
    if errors == "raise" and problems:
        bad_labels = [label for p in problems for label in p.rows]
        raise RowError(tuple(problems), frame.index[frame.index.isin(bad_labels)])
    out = pd.concat(parts) if parts else pd.DataFrame({"error": pd.array([], dtype="string")})
    out = out.reindex(frame.index)
    if "label" in out:
        out["label"] = pd.Categorical(out["label"], categories=LABELS)
    if errors == "coerce":
        reasons = out["error"].astype(object).to_numpy(copy=True)
        if not known.all():
            strays = frame[by][~known].tolist()
            reasons[~known] = [f"{by}: got {v!r}; expected {problems[0].expected}" for v in strays]
        failed = np.array([r is not None for r in unpublished], dtype=bool)
        reasons[failed] = unpublished[failed]
        missing = np.array([_is_missing(r) for r in reasons], dtype=bool)
        reasons[missing] = None
        out["error"] = pd.array(reasons, dtype="string")
    return out


@pd.api.extensions.register_dataframe_accessor("expectgap")
class ExpectgapAccessor:
    """The ``df.expectgap`` accessor: the batch functions of :mod:`expectgap.frame` on ``df``.

    Registered when :mod:`expectgap.frame` is imported.

    Examples
    --------
    >>> from expectgap.market import SurveyTable
    >>> t = SurveyTable.from_percentiles({25: 40_000, 50: 50_000, 75: 62_500}, currency="USD")
    >>> pd.DataFrame({"amount": [50_000]}).expectgap.position(t)["percentile"].tolist()
    [50.0]
    """

    def __init__(self, frame: pd.DataFrame) -> None:
        self._frame = frame

    def net(self, **options: Any) -> pd.DataFrame:
        """:func:`expectgap.frame.net` on this frame.

        Examples
        --------
        >>> pd.DataFrame({"pay": [400_000]}).expectgap.net(year=2026)["gross"].tolist()
        [4800000]
        """
        return net(self._frame, **options)

    def assess(self, **options: Any) -> pd.DataFrame:
        """:func:`expectgap.frame.assess` on this frame.

        Examples
        --------
        >>> rows = pd.DataFrame({"offer_base": [450_000], "salary_basis": ["gross_monthly"],
        ...                      "salary_target": [500_000]})
        >>> rows.expectgap.assess()["gross_salary_severity"].tolist()
        ['major']
        """
        return assess(self._frame, **options)

    def talking_points(self, **options: Any) -> pd.DataFrame:
        """:func:`expectgap.frame.talking_points` on this frame.

        Examples
        --------
        >>> rows = pd.DataFrame({"offer_base": [450_000], "hours_target": [40]})
        >>> points = rows.expectgap.talking_points(year=2026).set_index("topic")
        >>> points.loc["hours", "summary"]  # no offer_hours_per_week: not stated
        'Working hours: not stated in the offer; ask for it'
        """
        return talking_points(self._frame, **options)

    def position(self, reference: SurveyTable | PeerGroup, **options: Any) -> pd.DataFrame:
        """:func:`expectgap.frame.position` on this frame.

        Examples
        --------
        >>> from expectgap.market import PeerGroup
        >>> peers = PeerGroup([410, 430, 445, 460, 480, 495, 505, 520, 540, 575])
        >>> # read off the peer release (P50 475, P75 500), in steps of 5
        >>> pd.DataFrame({"amount": [480]}).expectgap.position(peers)["percentile"].tolist()
        [55.0]
        """
        return position(self._frame, reference, **options)


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


def _parse_residence(values: npt.NDArray[Any]) -> tuple[npt.NDArray[Any], npt.NDArray[np.bool_]]:
    keys: list[str] = []
    bad: list[bool] = []
    for value in values:
        try:
            keys.append("" if value == "" else str(place_of_residence(value)))
            bad.append(False)
        except (UnsupportedRule, InvalidInput):
            keys.append("")
            bad.append(True)
    return np.array(keys, dtype=object), np.array(bad, dtype=bool)


_MAX_PEOPLE = 99  # the bound of the dependants columns, for every count of people
#: Prefix of the columns holding the declarations of :class:`expectgap.payroll.jp.Deductions`
#: (``declared_hometown_donation``, ``declared_widow``, ...).
DECLARED = "declared_"
_DECLARED_KINDS: dict[str, tuple[Kind, str]] = (
    dict.fromkeys(COUNTS, ("integer", "people"))
    | dict.fromkeys(FLAGS, ("flag", "true or false"))
    | dict.fromkeys(AMOUNTS, ("amount", "yen"))
)

#: Household input columns of :func:`net` and :func:`assess` (Japan take-home pay): the fields
#: of :class:`expectgap.payroll.jp.Household`, the declarations as ``declared_<field>``.
HOUSEHOLD_COLUMNS: tuple[Column, ...] = (
    Column("spouse", "flag", "a spouse (default False)", default=False),
    Column(
        "spouse_income",
        "amount",
        "the spouse's total income (合計所得金額), yen (default 0)",
        default=0.0,
        low=0,
    ),
    *(
        Column(
            name,
            "integer",
            f"{name.replace('_', ' ')} (default 0)",
            default=0,
            low=0,
            high=_MAX_PEOPLE,
        )
        for name in COUNT_FIELDS
    ),
    Column(
        "residence",
        "text",
        "place of residence with its own resident tax rates (default: the standard rates)",
        default="",
        parse=_parse_residence,
        accepted="a place of expectgap.payroll.jp.resident_tax.supported_residences(), or empty",
        nullable=True,
    ),
    *(
        Column(
            f"{DECLARED}{name}",
            kind,
            f"Deductions.{name}, {unit} (default {'False' if kind == 'flag' else 0})",
            default=False if kind == "flag" else 0,
            low=0,
            high=_MAX_PEOPLE if kind == "integer" else None,
        )
        for name, (kind, unit) in _DECLARED_KINDS.items()
    ),
)

#: Rules between household columns, as :class:`expectgap.payroll.jp.Household` and
#: :class:`expectgap.payroll.jp.Deductions` apply them to one person.
HOUSEHOLD_RELATIONS: tuple[Relation, ...] = (
    Relation(
        ("spouse_income", "spouse"),
        lambda v: (v["spouse_income"] > 0) & ~v["spouse"].astype(bool),
        "0 without a spouse (spouse True)",
    ),
    Relation(
        ("specific_dependents", "elderly_dependents", "cohabiting_elderly_parents", "dependents"),
        lambda v: (
            v["specific_dependents"] + v["elderly_dependents"] + v["cohabiting_elderly_parents"]
            > v["dependents"]
        ),
        "with elderly_dependents and cohabiting_elderly_parents at most dependents (they are "
        "counted within it)",
    ),
    Relation(
        (f"{DECLARED}widow", f"{DECLARED}single_mother", f"{DECLARED}single_father"),
        lambda v: (
            v[f"{DECLARED}widow"].astype(bool)
            & (v[f"{DECLARED}single_mother"] | v[f"{DECLARED}single_father"]).astype(bool)
        ),
        "not together with a single-parent declaration (寡婦 and ひとり親 exclude each other)",
    ),
    Relation(
        (f"{DECLARED}single_mother", f"{DECLARED}single_father"),
        lambda v: (v[f"{DECLARED}single_mother"] & v[f"{DECLARED}single_father"]).astype(bool),
        "not together with declared_single_father",
    ),
)


def household_keywords(values: Mapping[str, npt.NDArray[Any]], rows: Any) -> dict[str, Any]:
    """Engine keywords of the household columns for ``rows`` (rows of one residence).

    Declarations become one :class:`~expectgap.payroll.jp.Deductions` (left out when none is
    declared); a column holding one value gives that value, so the engine takes its faster path.

    Examples
    --------
    >>> n = 2
    >>> values = {c.name: _default(c, n) for c in HOUSEHOLD_COLUMNS}
    >>> values["spouse"] = np.array([True, False])
    >>> household_keywords(values, slice(None))
    {'spouse': array([ True, False]), 'spouse_income': 0.0, 'specific_dependents': 0, 'young_dependents': 0, 'elderly_dependents': 0, 'cohabiting_elderly_parents': 0, 'residence': None}
    """
    out: dict[str, Any] = {
        name: _constant(values[name][rows]) for name in ("spouse", "spouse_income", *COUNT_FIELDS)
    }
    declared = {name: values[f"{DECLARED}{name}"][rows] for name in _DECLARED_KINDS}
    if any(np.any(v) for v in declared.values()):
        out["deductions"] = Deductions(**{k: _constant(v) for k, v in declared.items()})
    residence = _constant(values["residence"][rows])
    if isinstance(residence, np.ndarray):
        raise InvalidInput("residence", "several places", "one place per call (group the rows)")
    out["residence"] = residence or None
    return out


def household_groups(
    values: Mapping[str, npt.NDArray[Any]], rows: npt.NDArray[np.intp], *, by_declarations: bool
) -> list[tuple[str, npt.NDArray[np.intp]]]:
    """``rows`` split by prefecture and residence (and, with ``by_declarations``, by identical
    declarations, for the gross-up that takes one person's declarations per call).

    Examples
    --------
    >>> n = 3
    >>> values = {c.name: _default(c, n) for c in HOUSEHOLD_COLUMNS}
    >>> values["prefecture"] = np.array(["tokyo", "osaka", "tokyo"], dtype=object)
    >>> [(place, at.tolist()) for place, at in household_groups(values, np.arange(n),
    ...                                                          by_declarations=False)]
    [('osaka', [1]), ('tokyo', [0, 2])]
    """
    parts = [values["prefecture"][rows], values["residence"][rows]]
    if by_declarations:
        parts.extend(values[f"{DECLARED}{name}"][rows] for name in _DECLARED_KINDS)
    varying = [part for part in parts if isinstance(_constant(part), np.ndarray)]
    if not rows.size:
        return []
    if not varying:
        return [(str(values["prefecture"][rows[0]]), rows)]
    table = pd.DataFrame(dict(enumerate(varying)))
    found = table.groupby(list(table.columns), sort=True, dropna=False).indices
    return [(str(values["prefecture"][rows[at[0]]]), rows[np.sort(at)]) for at in found.values()]


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


@dataclass(frozen=True)
class _Payroll:
    """The Japan payroll engine as :mod:`expectgap.assess.net` binds it to an offer, per row."""

    year: int
    rows: npt.NDArray[np.bool_]  # rows with an engine (JPY, jurisdiction JP)
    other: npt.NDArray[np.float64]  # allowances per month
    per_base: npt.NDArray[np.float64]  # 1 + fixed overtime pay per yen of base pay
    bonus_months_of_pay: npt.NDArray[np.float64]
    values: Mapping[str, npt.NDArray[Any]]

    def nets(
        self, base: npt.NDArray[np.float64], rows: npt.NDArray[np.bool_]
    ) -> dict[SalaryBasis, npt.NDArray[np.float64]]:
        """Take-home at a monthly base pay on each net basis (``NetFigures.net``; NaN outside
        ``rows``): the regular month's payslip, the year / 12 and the year."""
        year_net, slip_net = np.full(base.size, np.nan), np.full(base.size, np.nan)
        if rows.any():
            pay = base[rows] * self.per_base[rows] + self.other[rows]
            pay = np.maximum(np.round(pay, _MICRO), 0.0)  # a sum of whole yen comes back whole
            found, slips = np.empty(pay.size), np.empty(pay.size)
            sub = np.flatnonzero(rows)
            months = self.bonus_months_of_pay[rows]
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
                        "bonus": pay[at] * months[at],
                        **household_keywords(self.values, sub[at]),
                    }
                    found[at] = _annual(pay[at], **options).net
                    slips[at] = _payslip(pay[at], **options).net
            year_net[rows], slip_net[rows] = found, slips
        return {
            SalaryBasis.NET_MONTHLY: slip_net,
            SalaryBasis.NET_MONTHLY_AVERAGE: year_net / MONTHS_IN_YEAR,
            SalaryBasis.NET_ANNUAL: year_net,
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
                goal = np.maximum(target[at] / per_target - _TARGET_GUARD, 0.0)
                found = np.asarray(
                    _gross_up(
                        goal,
                        period=period,
                        year=self.year,
                        prefecture=place,
                        age=self.values["age"][at],
                        dependents=self.values["dependents"][at],
                        bonus_months_of_pay=self.bonus_months_of_pay[at],
                        **household_keywords(self.values, at),
                    ),
                    dtype=np.float64,
                )
                out[at] = np.maximum((found - self.other[at]) / self.per_base[at], 0.0)
        return out


# NetModel lowers take-home targets by this much before the gross-up (float rounding guard).
_TARGET_GUARD = 1e-6


def _payroll(
    v: Mapping[str, npt.NDArray[Any]], year: int | None, jurisdiction: str
) -> _Payroll | None:
    if year is None or jurisdiction != "JP":
        return None
    base = v["offer_base"]
    per_base, other = _fixed_overtime_lines(v)
    pay = base + v["offer_fixed_overtime"] + v["offer_allowances"]  # as stated, exactly
    with np.errstate(divide="ignore", invalid="ignore"):
        months = np.where(pay > 0, v["offer_bonus_months_of_base"] * base / pay, 0.0)
    return _Payroll(year, v["currency"] == _YEN, other, per_base, months, v)


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
        offered_net = on_shown(payroll.nets(base, engine))
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


def _assess_arrays(
    v: Mapping[str, npt.NDArray[Any]], policy: Policy, payroll: _Payroll | None
) -> dict[str, Any]:
    return _assessment_columns(_assessment(v, policy, payroll))


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
    dtype = pd.CategoricalDtype([m.value for m in members])
    return pd.Categorical.from_codes(codes.astype(np.int8), dtype=dtype)


def assess(
    frame: pd.DataFrame,
    *,
    jurisdiction: str = "JP",
    year: int | None = None,
    policy: Policy | None = None,
    columns: Mapping[str, str] | None = None,
    errors: ErrorMode = "raise",
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
        Calendar year of the payroll rules (default: this year).
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
        worst), ``top_topic`` and ``top_stance`` (the first talking point), and ``error``
        with coercion.

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
    tax_year = date.today().year if year is None else year
    inputs = read_columns(
        frame, ASSESS_COLUMNS, columns=columns, errors=errors, relations=ASSESS_RELATIONS
    )
    warn_unused(frame, ASSESS_COLUMNS, columns)
    names = {c.name: c.name for c in ASSESS_COLUMNS} | dict(columns or {})
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
    inputs = _plausible(inputs, frame, names, jurisdiction, errors)
    payroll = _payroll(inputs.values, tax_year, jurisdiction)
    return assemble(inputs, frame.index, _assess_arrays(inputs.values, pol, payroll), errors=errors)


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


def _constant(values: npt.NDArray[Any]) -> Any:
    """The one value of an array holding a single value (an absent column's broadcast default,
    or a constant column), else the array itself."""
    if values.size == 0:
        return values
    first = values[0]
    if values.strides[0] == 0 or bool((values == first).all()):
        return first.item() if isinstance(first, np.generic) else first
    return values


def net_arrays(
    values: Mapping[str, npt.NDArray[Any]], *, year: int, **options: Any
) -> dict[str, npt.NDArray[np.int64]]:
    """Run :func:`expectgap.payroll.jp.annual` on validated column arrays, one call per prefecture.

    Examples
    --------
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
        result = _annual(monthly[rows], **keywords)
        for name in NET_OUTPUTS:
            outputs[name][rows] = getattr(result, name)
        outputs[NET_PAYSLIP][rows] = _payslip(monthly[rows], **keywords).net
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
        bonuses=(Bonus.months_of_base(bonus_months),) if bonus_months > 0 else (),
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
    for name in _LAW_COLUMNS:
        key = name.removeprefix("_fo_")
        flag = key in ("present", "assumed", "below_minimum", "above_limit")
        empty = np.zeros(n, dtype=bool) if flag else np.full(n, np.nan)
        out[name] = empty if law is None else law[key]
    days = np.nan
    if payroll is not None:
        days = float(labour_law.first_leave_grant(date.today())[1])
    out["_statutory_leave_days"] = np.where(np.isnan(v["offer_leave_days"]), days, np.nan)
    return out


#: The input columns a dimension's facts (see :func:`_facts`) are read from.
_FACT_COLUMNS: dict[Dimension, tuple[str, ...]] = {
    Dimension.POSITION: ("offer_level", "level_target", "level_min"),
    Dimension.GROSS_SALARY: ("offer_fixed_overtime", "offer_fixed_overtime_hours"),
    Dimension.OVERTIME: ("offer_fixed_overtime", "offer_fixed_overtime_hours", *_LAW_COLUMNS),
    Dimension.LEAVE: ("offer_leave_days", "_statutory_leave_days"),
    Dimension.BONUS: ("offer_bonus_months_of_base",),
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

    def nothing(i: int) -> dict[str, Any]:
        return {}

    named = {
        Dimension.POSITION: position,
        Dimension.GROSS_SALARY: overtime,
        Dimension.OVERTIME: overtime_law,
        Dimension.LEAVE: leave,
        Dimension.BONUS: bonus,
        Dimension.LOCATION: location,
    }
    return named.get(dimension, nothing)


def _codes(values: npt.NDArray[Any]) -> npt.NDArray[np.int64]:
    """Integer codes of one key column: equal codes for equal values (floats by their bits)."""
    if values.dtype == np.float64:
        return values.view(np.int64)
    if values.dtype == object:
        return pd.factorize(values, use_na_sentinel=False)[0].astype(np.int64)
    return values.astype(np.int64)


def _groups(
    columns: Sequence[npt.NDArray[Any]],
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Rows that agree on every column: each group's first row, and each row's group."""
    group = np.zeros(columns[0].shape[0], dtype=np.int64)
    for column in columns:
        codes, distinct = pd.factorize(_codes(np.asarray(column)))
        group = pd.factorize(group * len(distinct) + codes)[0].astype(np.int64)
    _, first = np.unique(group, return_index=True)
    return first, group.astype(np.intp)


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
) -> pd.DataFrame:
    """The talking points of every row: one output row per input row and dimension.

    The assessment is :func:`assess`'s (vectorized); the texts are those of
    :func:`expectgap.assess.talking_points.talking_point`, written once per distinct gap (a
    point's text depends on the gap's figures, its facts, the row's currency and salary basis
    and, for take-home pay, the gross gap) and shared by the rows that have it. Rows are
    processed in blocks, which bounds the memory of everything but the output. Market evidence,
    the zone of agreement and peer details are not part of a batch.

    Parameters
    ----------
    frame : pandas.DataFrame
        Input columns as for :func:`assess`.
    locale : {"en", "ja"}
        Language of the texts.
    audience : {"candidate", "recruiter"}
        Whose asks and fallbacks are written.
    jurisdiction, year, policy, columns, errors
        As for :func:`assess`. With ``errors="coerce"`` every input row is kept: a bad row
        gives one output row with its label, empty points and the reason in an ``error``
        column (NA for the rows of good input rows).

    Returns
    -------
    pandas.DataFrame
        Columns ``row`` (the input row's label), ``topic``, ``stance``, ``priority`` (1 first),
        ``severity``, ``summary``, ``message``, ``ask``, ``fallback`` (and ``error`` with
        ``errors="coerce"``); ordered by row, then priority.

    Examples
    --------
    >>> rows = pd.DataFrame({"offer_base": [450_000], "salary_basis": ["gross_monthly"],
    ...                      "salary_target": [500_000]})
    >>> points = talking_points(rows, year=2026)
    >>> print(points.loc[0, "message"])
    The offer pays ¥450,000 a month, ¥50,000 (10%) below the ¥500,000 a month sought.
    """
    pol = _policy(policy)
    if not isinstance(audience, str) or audience not in ("candidate", "recruiter"):
        raise InvalidInput("audience", audience, "'candidate' or 'recruiter'")
    catalog(locale)  # an unknown locale is refused before any work
    tax_year = date.today().year if year is None else year
    inputs = read_columns(
        frame, ASSESS_COLUMNS, columns=columns, errors=errors, relations=ASSESS_RELATIONS
    )
    warn_unused(frame, ASSESS_COLUMNS, columns)
    names = {c.name: c.name for c in ASSESS_COLUMNS} | dict(columns or {})
    inputs = _plausible(inputs, frame, names, jurisdiction, errors)
    v = inputs.values
    labels = frame.index if inputs.good is None else frame.index[inputs.good]
    # in blocks of rows (a row's points depend on that row only), to bound the temporaries
    blocks = [
        _points(
            {name: values[start : start + _BLOCK] for name, values in v.items()},
            labels[start : start + _BLOCK],
            pol,
            tax_year,
            jurisdiction,
            locale,
            audience,
        )
        for start in range(0, max(len(labels), 1), _BLOCK)
    ]
    points = blocks[0] if len(blocks) == 1 else pd.concat(blocks, ignore_index=True)
    if errors != "coerce":
        return points
    return _with_bad_rows(points, frame.index, inputs)


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
    labels: pd.Index,
    pol: Policy,
    tax_year: int,
    jurisdiction: str,
    locale: str,
    audience: str,
) -> pd.DataFrame:
    """The talking points of the rows of ``v`` (labelled ``labels``): see :func:`talking_points`."""
    payroll = _payroll(v, tax_year, jurisdiction)
    found = _assessment(v, pol, payroll)
    v = {**v, **_law_columns(v, payroll)}
    ranks = rules.priority_rank(found.score)
    monthly = np.isin(
        v["salary_basis"], [b.value for b in SalaryBasis if b.period is Period.MONTHLY]
    )
    monthly |= np.isnan(v["salary_target"])
    stated = ~np.isnan(v["salary_target"])
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
    gross = found.results[gross_j]
    unstated = Direction.UNSTATED.value

    def number(values: npt.NDArray[np.float64], i: int) -> float | None:
        value = float(values[i])
        return None if math.isnan(value) else round(value, _DIGITS) + 0.0

    def gap(j: int, i: int) -> dict[str, Any]:
        """Row ``i``'s gap on dimension ``j``, as :func:`expectgap.assess.view.view` has it."""
        dim, r = DIMENSIONS[j], found.results[j]
        e, d = float(r.expected[i]), float(r.difference[i])
        pct = None if d != d or e != e or e == 0 else round(d / e * _PERCENT, _DIGITS) + 0.0
        direction = DIRECTIONS[found.direction[i, j]].value
        is_stated = direction != unstated or (dim in _SALARY_DIMENSIONS and bool(stated[i]))
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
            "importance": ("must" if importance[dim][i] else "want") if is_stated else None,
            "stated": is_stated,
            "stance": STANCES[found.stance[i, j]].value,
            "priority": int(ranks[i, j]),
            "facts": facts[j](i),
            "evidence": [],
        }

    facts = [_facts(d, {c: v[c] for c in _FACT_COLUMNS.get(d, ())}) for d in DIMENSIONS]
    # A point's text depends on its gap, the gap's facts and the row's currency and salary
    # basis (the take-home point also on the gross gap), not on the rest of the row: it is
    # written once per distinct combination and shared by the rows that have it. Each pool
    # holds every distinct text once (a text's code is its position in the pool).
    pools: dict[str, dict[str, int]] = {name: {} for name in _TEXTS}
    codes = {name: np.empty(ranks.shape, dtype=np.intp) for name in _TEXTS}
    for j, dim in enumerate(DIMENSIONS):
        r = found.results[j]
        keys: list[npt.NDArray[Any]] = [
            r.expected,
            r.offered,
            r.difference,
            found.direction[:, j],
            found.severity[:, j],
            found.stance[:, j],
            importance[dim],
            *row_keys,
            *(v[c] for c in _FACT_COLUMNS.get(dim, ())),
        ]
        if dim is Dimension.NET_SALARY:
            keys += [gross.expected, gross.offered]
        first, group = _groups(keys)
        written = {name: np.empty(first.size, dtype=np.intp) for name in _TEXTS}
        for k, i in enumerate(first.tolist()):
            gaps = [gap(j, i)]
            if dim is Dimension.NET_SALARY:
                gaps.append(gap(gross_j, i))
            view = {
                "audience": audience,
                "currency": str(currency[i]),
                "salary_basis": str(basis[i]) if stated[i] else None,
                "zone": None,
                "gaps": gaps,
            }
            point = _talking_point(view, gaps[0], locale)
            for name, text in zip(
                _TEXTS, (point.summary, point.message, point.ask, point.fallback), strict=True
            ):
                written[name][k] = pools[name].setdefault(text, len(pools[name]))
        for name in _TEXTS:
            codes[name][:, j] = written[name][group]
    # output rows: by input row, then priority (the dimensions of a row sorted by their rank)
    order = np.argsort(ranks, axis=1, kind="stable")
    names: dict[str, tuple[list[str], npt.NDArray[Any]]] = {
        "topic": (
            [d.value for d in DIMENSIONS],
            np.broadcast_to(np.arange(len(DIMENSIONS)), order.shape),
        ),
        "stance": ([s.value for s in STANCES], found.stance),
        "severity": ([s.value for s in SEVERITIES], found.severity),
        **{name: (list(pools[name]), codes[name]) for name in _TEXTS},
    }
    table: dict[str, Any] = {
        "row": labels.repeat(len(DIMENSIONS)),
        "priority": np.take_along_axis(ranks, order, axis=1).ravel(),
    }
    for name, (pool, index) in names.items():
        table[name] = _strings(pool, np.take_along_axis(index, order, axis=1).ravel())
    return pd.DataFrame(table, columns=list(TALKING_POINT_COLUMNS))


def _strings(pool: list[str], index: npt.NDArray[Any]) -> Any:
    """``pool[index]`` as the column pandas makes of a list of strings, built without a Python
    object per row (the pool's strings are converted once, then taken)."""
    return pd.Series(pool).array.take(index.astype(np.intp))
