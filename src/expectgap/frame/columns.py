"""Input columns of the batch functions: their validation, errors and output assembly."""

from __future__ import annotations

import numbers
import warnings
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from dataclasses import replace as dataclass_replace
from decimal import Decimal
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import pandas as pd

from expectgap._checks import (
    Range,
)
from expectgap.assess.policy import Policy
from expectgap.conditions import WorkingConditions
from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.money import Period, max_amount, supported_currencies
from expectgap.payroll.jp.prefectures import prefecture as _prefecture

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
        Value used when the column is absent, and for missing values (NaN, None) of a column
        that is not ``nullable`` (as the scalar models take an absent value); None makes the
        column required.
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
    >>> from expectgap.errors import InvalidInput
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
    >>> import pandas as pd
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
    if not column.nullable and column.default is not None:
        # a missing value takes the column's default (0 allowances, age 30...), as the scalar
        # models do with an absent value
        absent = np.isnan(array) & ~unreadable
        array = np.where(absent, float(column.default), array)  # type: ignore[arg-type]
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
                # a missing flag takes the column's default, as the scalar models do
                array = series.to_numpy(dtype=bool, na_value=bool(column.default))
                bad = np.zeros(len(series), dtype=bool)
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
    >>> from expectgap.frame.take_home import NET_COLUMNS
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


def _constant(values: npt.NDArray[Any]) -> Any:
    """The one value of an array holding a single value (an absent column's broadcast default,
    or a constant column), else the array itself."""
    if values.size == 0:
        return values
    first = values[0]
    if values.strides[0] == 0 or bool((values == first).all()):
        return first.item() if isinstance(first, np.generic) else first
    return values
