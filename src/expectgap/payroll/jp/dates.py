"""The employee's dates in a year of payroll: the date of birth, joining and leaving.

Ages follow 年齢計算ニ関スル法律 with 民法第143条: an age is reached at the end of the day before
the birthday. Social insurance starts and ends by the month (健康保険法第156条, 厚生年金保険法
第19条): a premium is charged for the month in which the insurance (or the age band) starts,
and not for the month of the day on which it ends (資格喪失日). So, for a premium month:

- nursing care (介護保険法第9条: insured from the day of reaching 40 to the day before reaching
  65) and the pension (厚生年金保険法第9条, 第14条: insured until the day of reaching 70) follow
  the age on the first day of the next month: born on 1 May 1986, the employee reaches 40 on 30
  April 2026, so nursing care is charged from the April 2026 premium month;
- health insurance ends on the 75th birthday itself (高齢者の医療の確保に関する法律第50条, 第52条:
  the late-stage elderly system starts on the birthday), so it follows the age on the month's
  last day: born on 1 June 1951, the employee is insured for May 2026 and not for June.

:func:`premium_age` folds the two into one *premium age* per person and premium month, the age
whose insurance categories are those of the month, so that the tables of the premium month
built on ages serve.

Joining and leaving (健康保険法第35条, 第36条; 厚生年金保険法第13条, 第14条): the insurance is
acquired on the day of joining (資格取得日) and lost on the day after the last day employed
(資格喪失日); the month of joining is charged whatever the day, the month of the loss date is
not. Leaving on the last day of a month therefore charges that month; leaving on another day
does not (日本年金機構「従業員が退職・死亡したとき」).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt

from expectgap._limits import MAX_AGE
from expectgap._vector import Shape, is_series
from expectgap.errors import InvalidInput
from expectgap.money import MONTHS_IN_YEAR
from expectgap.payroll._params import load

__all__ = ["Birth", "Span", "month_index", "parse_dates", "premium_age", "span"]

_PARAMS = "expectgap.payroll.jp.params"
_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
# Longest text read as a date (longer text is refused without being parsed).
_LONGEST = 32
_EPOCH_YEAR = 1970

DayArray = npt.NDArray[np.datetime64]
IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]


def _one(value: object, *, month_end: bool, months: bool) -> np.datetime64 | None:
    """One date, or None when ``value`` is not a date of the accepted forms."""
    try:
        if isinstance(value, np.datetime64):
            return None if np.isnat(value) else value.astype("datetime64[D]")
        if isinstance(value, datetime):
            return np.datetime64(value.date(), "D")
        if isinstance(value, date):
            return np.datetime64(value, "D")
        if not isinstance(value, str) or len(value) > _LONGEST:
            return None
        text = value.strip()
        day = _DAY.fullmatch(text)
        if day is not None:
            return np.datetime64(date(*(int(g) for g in day.groups())), "D")
        month = _MONTH.fullmatch(text)
        if month is None or not months:
            return None
        year, number = int(month.group(1)), int(month.group(2))
        first = date(year, number, 1)
        if not month_end:
            return np.datetime64(first, "D")
        following = date(year + number // MONTHS_IN_YEAR, number % MONTHS_IN_YEAR + 1, 1)
        return np.datetime64(following - timedelta(days=1), "D")
    except (TypeError, ValueError, OverflowError):  # NaT, out-of-range dates
        return None


def parse_dates(
    value: object, field: str, *, month_end: bool = False, months: bool = False
) -> tuple[DayArray, Shape]:
    """Dates as ``datetime64[D]`` with the caller's shape.

    Accepts ``'YYYY-MM-DD'``, a :class:`datetime.date` (or datetime, pandas Timestamp),
    numpy datetime64, or an array or pandas Series of them; with ``months`` also
    ``'YYYY-MM'``, read as the month's first day (or its last with ``month_end``).

    Examples
    --------
    >>> days, _ = parse_dates(["2026-10", "2026-10-15"], "left", month_end=True, months=True)
    >>> days.tolist()
    [datetime.date(2026, 10, 31), datetime.date(2026, 10, 15)]
    """
    raw = value.to_numpy() if is_series(value) else value
    accepted = "a date 'YYYY-MM-DD'" + (" or a month 'YYYY-MM'" if months else "")
    accepted += " or a datetime.date (or an array of them)"
    array = np.asarray(raw) if not isinstance(raw, date | str) else np.asarray(raw, dtype=object)
    days: DayArray
    bad: npt.NDArray[np.bool_]
    if array.size == 0:
        days = np.empty(array.shape, dtype="datetime64[D]")
        bad = np.zeros(array.shape, dtype=np.bool_)
    elif array.dtype.kind == "M":
        days = array.astype("datetime64[D]")
        bad = np.isnat(days)
    elif array.dtype.kind in "UO":
        seen: dict[Any, np.datetime64 | None] = {}
        flat = array.reshape(-1)
        out = np.empty(flat.size, dtype="datetime64[D]")
        flags = np.zeros(flat.size, dtype=np.bool_)
        for i, item in enumerate(flat.tolist()):
            key = (type(item), item) if not isinstance(item, list | dict | set) else None
            if key is None:
                parsed = None
            elif key in seen:
                parsed = seen[key]
            else:
                parsed = seen[key] = _one(item, month_end=month_end, months=months)
            flags[i] = parsed is None
            out[i] = np.datetime64("NaT") if parsed is None else parsed
        days, bad = out.reshape(array.shape), flags.reshape(array.shape)
    else:
        raise InvalidInput(field, value, accepted)
    if bool(np.any(bad)):
        where = np.flatnonzero(bad)[:5].tolist()
        shown = value if array.ndim == 0 else f"invalid at positions {where}"
        raise InvalidInput(field, shown, accepted)
    shape = Shape(
        scalar=array.ndim == 0,
        index=value.index if is_series(value) else None,
        name=value.name if is_series(value) else None,
    )
    return days, shape


def month_index(year: int, month: int) -> int:
    """A calendar month as a count of months since January 1970 (numpy's ``datetime64[M]``).

    Examples
    --------
    >>> month_index(2026, 4) - month_index(2025, 4)
    12
    """
    return (year - _EPOCH_YEAR) * MONTHS_IN_YEAR + month - 1


def _health_until(month: date) -> int:
    return int(load(_PARAMS, "health_insurance")["insured_until_age"].at(month))


@dataclass(frozen=True)
class Birth:
    """Dates of birth as calendar parts (int64), for ages read month after month.

    Examples
    --------
    >>> b = Birth.of(np.asarray(["1986-05-01"], dtype="datetime64[D]"))
    >>> b.year.tolist(), b.month.tolist(), b.day.tolist()
    ([1986], [5], [1])
    """

    year: IntArray
    month: IntArray
    day: IntArray

    @classmethod
    def of(cls, born: DayArray) -> Birth:
        """The parts of dates of birth (``datetime64[D]``)."""
        months = born.astype("datetime64[M]")
        year = months.astype("datetime64[Y]").astype(np.int64) + _EPOCH_YEAR
        month = months.astype(np.int64) % MONTHS_IN_YEAR + 1
        day = (born - months.astype("datetime64[D]")).astype(np.int64) + 1
        return cls(year, month, day)

    def age_on(self, on: date) -> IntArray:
        """Completed years on the day ``on`` (reached at the end of the day before the
        birthday, so on the birthday itself the new age is held).

        Examples
        --------
        >>> b = Birth.of(np.asarray(["1986-05-01"], dtype="datetime64[D]"))
        >>> b.age_on(date(2026, 4, 30)).tolist(), b.age_on(date(2026, 5, 1)).tolist()
        ([39], [40])
        """
        before = (on.month < self.month) | ((on.month == self.month) & (on.day < self.day))
        return np.asarray(on.year - self.year - before, dtype=np.int64)


def premium_age(born: Birth, premium_month: int) -> IntArray:
    """The premium age of a premium month (a month index): the age whose insurance categories
    are those of the month for people born on ``born``.

    The age on the first day of the next month (nursing care, the pension), except that a
    person still insured for health on the month's last day (under 75 then) is given at most
    74: the age bands of nursing care (up to 65) and the pension (up to 70) end before the
    health insurance's, so that age keeps every category of the month. Clipped to 0 to
    :data:`~expectgap._limits.MAX_AGE`.

    Examples
    --------
    Born on 1 June 1951: 75 on 1 June 2026 (the day before is 31 May), still insured for
    health in May:

    >>> born = Birth.of(np.asarray(["1951-06-01", "1986-05-01"], dtype="datetime64[D]"))
    >>> premium_age(born, month_index(2026, 5)).tolist()
    [74, 40]
    """
    month: date = np.datetime64(premium_month, "M").astype(object)
    next_first: date = np.datetime64(premium_month + 1, "M").astype(object)
    until = _health_until(month)
    age = born.age_on(next_first)
    health_age = born.age_on(next_first - timedelta(days=1))
    kept = np.where(health_age < until, np.minimum(age, until - 1), age)
    return np.asarray(np.clip(kept, 0, MAX_AGE), dtype=np.int64)


@dataclass(frozen=True)
class Span:
    """Months of employment (month indexes, see :func:`month_index`), per person.

    Attributes
    ----------
    first
        The month of joining (the first month paid and charged).
    last
        The month of the last day employed (the last month paid).
    loss
        The month of the loss date, the day after the last day employed: the first month not
        charged.

    Examples
    --------
    >>> s = span(np.datetime64("2026-04-01"), np.datetime64("2026-10-15"), 2026)
    >>> int(s.last - s.first), int(s.loss - s.last)
    (6, 0)
    """

    first: IntArray
    last: IntArray
    loss: IntArray


def span(joined: DayArray | None, left: DayArray | None, year: int) -> Span:
    """The span of employment from the day of joining and the last day employed (None: before
    the year begins, or after it ends).

    Examples
    --------
    Leaving on 31 October: October is charged (the loss date is 1 November):

    >>> s = span(None, np.datetime64("2026-10-31"), 2026)
    >>> int(s.loss) == month_index(2026, 11)
    True
    """
    far = 2 * MONTHS_IN_YEAR
    before = np.asarray(month_index(year, 1) - far, dtype=np.int64)
    after = np.asarray(month_index(year, MONTHS_IN_YEAR) + far, dtype=np.int64)
    first = before if joined is None else joined.astype("datetime64[M]").astype(np.int64)
    last: IntArray
    loss: IntArray
    if left is None:
        last, loss = after, after
    else:
        last = left.astype("datetime64[M]").astype(np.int64)
        loss = (left + np.timedelta64(1, "D")).astype("datetime64[M]").astype(np.int64)
    return Span(np.asarray(first)[()], np.asarray(last)[()], np.asarray(loss)[()])
