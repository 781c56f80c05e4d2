"""Japan social insurance: the employee share deducted from one month's pay or one bonus.

Five contributions, each from its parameter file in ``params/``:

- **health insurance** (``health_insurance.toml``): the 協会けんぽ rate of the prefecture for the
  premium month, or a company health insurance society's own rate (``health_rate``), on the
  standard monthly amount (50 grades) or the standard bonus (capped at 5.73M yen per fiscal year);
- **nursing care** (``nursing_care.toml``): the 協会けんぽ's national rate, or a company health
  insurance society's own rate (``nursing_rate``), ages 40 to 64, same base;
- **child support levy** (``child_support.toml``): from the April 2026 premium month, same base;
- **employees' pension** (``pension.toml``): on the pension standard monthly amount (32 grades) or
  the standard bonus capped at 1.5M yen per payment;
- **employment insurance** (``employment_insurance.toml``): the worker rate of the industry on the
  actual pay or bonus (no grade, no cap), by the wage month (``employment_month``), not the
  premium month: with 翌月徴収 (a month's premium deducted from the next month's pay) callers
  pass the pay month.

Premium months run from the March premium month of FY2023 (2023-03) to February 2027, the last
month with published health rates (checked against the parameter files; a month outside raises
:class:`~expectgap.errors.UnsupportedRule` with the range).

Rounding and how the rounded amount is split
--------------------------------------------
Each premium is the base times the rate, halved (the employee share), and rounded to the yen by
the rule in ``social_insurance_rounding.toml``: a fraction of 0.50 yen or less is dropped, more
is rounded up.
Health insurance, nursing care and the child support levy are one premium collected together, so
they are rounded **once**, at their combined rate (the 協会けんぽ tables' 介護 column for health +
nursing; the MHLW Q&A on the support levy of 2026-02-12 for health + levy). That single amount is
split into the three fields so that they add up to it exactly:

- ``health`` = round(base x health rate / 2), the health-only premium rounded on its own;
- ``nursing_care`` = round(base x (health + nursing rate) / 2) - ``health`` (0 outside ages 40-64);
- ``child_support`` = round(base x (health + nursing + levy rate) / 2) - round(base x (health +
  nursing rate) / 2), with the nursing rate taken as 0 outside ages 40-64.

So ``health`` and ``health + nursing_care`` equal the 協会けんぽ table's two columns rounded, and
the child support field absorbs the difference that rounding once makes (Tokyo FY2026, 410,000
yen: the table shows 20,192.5 and 471.5; the combined share is 20,664 = 20,192 + 472). The pension
and employment insurance are rounded separately by the same rule. All arithmetic is exact
(integers; rates held in millionths). Commentators read the Q&A as leaving open whether rounding
once is required or one accepted method; rounding each part on its own can differ by one yen.

Ages: nursing care applies from 40 up to (not including) 65; at 70 the pension ends and at 75
health insurance with nursing care and the levy ends (the person joins the late-stage elderly
system); every age limit is a parameter. ``age`` means completed years in the premium month.

Examples
--------
>>> si = social_insurance(410_000, premium_month="2026-04", prefecture="tokyo", age=30)
>>> si.health, si.child_support, si.pension, si.employment, si.total
(20192, 472, 37515, 2050, 60229)
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from fractions import Fraction
from typing import Any

import numpy as np
import numpy.typing as npt

from expectgap._limits import MAX_AGE
from expectgap._vector import Shape, amounts, is_series
from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.payroll._params import ParameterSet, ParamFileError, load
from expectgap.payroll.jp.income_tax import any_true, max_yen
from expectgap.payroll.jp.prefectures import prefecture as _prefecture

__all__ = ["SocialInsurance", "bonus_social_insurance", "social_insurance", "standard_monthly"]

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]

_PARAMS = "expectgap.payroll.jp.params"
# Rates are held as exact integer millionths (0.0001 %), so that every premium is an exact integer
# ratio computed in int64.
_SCALE = 1_000_000
_PERCENT = 100
_PER_MILLE = 1_000
_SEN_PER_YEN = 100
# Batches from this size read bonus premiums from tables of every standard bonus amount.
_TABLE_FROM = 64
# Largest pay or bonus (yen) whose premiums stay exact in int64 (sen x rate millionths x 2).
_SCHEMES = ("health", "pension")
_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


@dataclass(frozen=True)
class SocialInsurance:
    """Employee share of social insurance for one month's pay or one bonus, in yen.

    Each field is a Python ``int`` for a scalar input, otherwise an int64 array of the input's
    shape (a pandas Series with the input's index for Series input).

    Attributes
    ----------
    standard_monthly_health, standard_monthly_pension
        The bases: standard monthly amounts (health grade, pension grade), or for a bonus the
        standard bonus amounts after the health (fiscal-year) and pension (per-payment) caps;
        0 where the person is not insured (health from age 75, the pension from age 70), so a
        base is reported only beside a premium charged on it, for monthly pay and bonuses alike.
    health, nursing_care, child_support
        Health insurance, nursing care (ages 40-64) and the child support levy, rounded once at
        their combined rate and split as described in the module docstring.
    pension
        Employees' pension.
    employment
        Employment insurance on the actual pay or bonus.
    total
        Sum of the five contributions.

    Examples
    --------
    >>> si = social_insurance(300_000, premium_month="2025-04", age=45)
    >>> si.health + si.nursing_care + si.child_support + si.pension + si.employment == si.total
    True
    """

    standard_monthly_health: Any
    standard_monthly_pension: Any
    health: Any
    nursing_care: Any
    child_support: Any
    pension: Any
    employment: Any
    total: Any


# ---------------------------------------------------------------------------------------------
# Parameters resolved for one premium month


def _params(topic: str) -> ParameterSet:
    return load(_PARAMS, topic)


def _scaled(value: object, per: int, where: str) -> int:
    """Convert a rate given per ``per`` (100 for percent) to exact integer millionths."""
    exact = Fraction(str(value)) * _SCALE / per
    if exact.denominator != 1:
        raise ParamFileError(f"{where}: rate {value!r} is finer than one millionth")
    return int(exact)


@dataclass(frozen=True)
class _Grades:
    lower: FloatArray
    standard: IntArray


@functools.lru_cache(maxsize=64)
def _grades(topic: str, month: date) -> _Grades:
    rows = _params(topic)["grades"].at(month)
    lower = np.array([row["lower"] for row in rows], dtype=np.float64)
    standard = np.array([row["standard"] for row in rows], dtype=np.int64)
    if lower[0] != 0 or np.any(np.diff(lower) <= 0) or np.any(np.diff(standard) <= 0):
        raise ParamFileError(f"{_PARAMS}/{topic}.toml: grades must rise from a lower bound of 0")
    return _Grades(lower, standard)


def _published_range(topics: tuple[str, ...], rate_name: str) -> tuple[date, date]:
    first = max(_params(t)[rate_name].entries[0].effective for t in topics)
    last = min(
        _params(t)["published_through"].entries[-1].value
        for t in topics
        if "published_through" in _params(t).parameters
    )
    return first, last


_HEALTH_TOPICS = ("health_insurance", "nursing_care", "child_support", "pension")


@functools.cache
def _supported_months() -> tuple[date, date]:
    return _published_range(_HEALTH_TOPICS, "rate")


@functools.cache
def _supported_employment_months() -> tuple[date, date]:
    return _published_range(("employment_insurance",), "worker_rate")


def pending_note(topic: str) -> str:
    """What the supported months of ``topic`` wait for, and when it is expected.

    Examples
    --------
    >>> pending_note("employment_insurance")
    'the FY2027 employment insurance rates (wages from April 2027) are expected by March 2027'
    """
    return str(_params(topic)["next_publication"].entries[-1].value)


def _check_month(month: date, field: str, supported: tuple[date, date], topic: str) -> None:
    first, last = supported
    if not first <= month <= last:
        span = f"{first:%Y-%m} to {last:%Y-%m}"
        note = pending_note(topic) if month > last else ""
        raise UnsupportedRule(field, f"{month:%Y-%m}", [span], note=note)


@dataclass(frozen=True)
class _Rules:
    """Everything in force for one premium month, prefecture and health rate."""

    rates: tuple[int, int, int]  # health, nursing, levy; millionths, both halves
    share: Fraction  # employee share of health, nursing and levy
    pension_rate: int
    pension_share: Fraction
    drop: Fraction  # fraction of a yen dropped when rounding the employee share
    nursing_ages: tuple[int, int]  # [from, until)
    health_until: int
    pension_until: int
    health_grades: _Grades
    pension_grades: _Grades
    pension_index: IntArray  # pension grade index of each health grade
    bonus_unit: int
    health_bonus_cap: int
    pension_bonus_cap: int
    # Employee shares per health grade: rows = age category (0: no health insurance,
    # 1: health without nursing care, 2: with nursing care), columns = health grade.
    grade_health: IntArray
    grade_nursing: IntArray
    grade_child: IntArray
    # Pension share per health grade: row 0 = not insured, row 1 = insured.
    grade_pension: IntArray

    @functools.cached_property
    def bonus_key(self) -> tuple[object, ...]:
        """What a bonus's premiums depend on besides the health rates and the cap room (the
        standard amount, the age categories and the pension)."""
        return (
            self.bonus_unit,
            self.nursing_ages,
            self.health_until,
            self.pension_until,
            self.health_bonus_cap,
            self.pension_bonus_cap,
            self.pension_rate,
            self.pension_share.numerator,
            self.pension_share.denominator,
            self.drop.numerator,
            self.drop.denominator,
        )

    @functools.cached_property
    def bonus_tables(self) -> _BonusTables | None:
        """The bonus premiums of every standard bonus amount up to the caps (None where a cap
        is not a whole number of the standard bonus unit)."""
        unit = self.bonus_unit
        if self.health_bonus_cap % unit or self.pension_bonus_cap % unit:
            return None
        width = self.health_bonus_cap // unit + 1
        base = np.arange(width, dtype=np.int64)[None, :] * unit
        sides = _health_side(base, np.arange(3)[:, None], self.rates, self.share, self.drop)
        health, nursing, child = (np.ascontiguousarray(side.ravel()) for side in sides)
        pension_base = np.arange(self.pension_bonus_cap // unit + 1, dtype=np.int64) * unit
        pension = _half(pension_base, self.pension_rate, self.pension_share, self.drop)
        for array in (health, nursing, child, pension):
            array.setflags(write=False)
        return _BonusTables(width, pension.size - 1, health, nursing, child, pension)


@dataclass(frozen=True)
class _BonusTables:
    """Employee shares of each standard bonus amount (a whole number of units up to the cap):
    health, nursing care and levy by ``category * width + units`` (categories as in
    :func:`_category`), the pension by units up to ``pension_top``."""

    width: int
    pension_top: int
    health: IntArray
    nursing: IntArray
    child: IntArray
    pension: IntArray


def _round_share(numerator: IntArray, denominator: int, drop: Fraction) -> IntArray:
    """Round ``numerator / denominator`` yen to whole yen: a fraction <= ``drop`` is dropped.

    ceil(x - drop) with x = n / d and drop = p / q, in integers: -((p d - q n) // (q d)), or
    (q n - p d + q d - 1) // (q d) (ceil(a / b) = floor((a + b - 1) / b) for whole a and
    b > 0), one operation fewer. An array ``numerator`` is a temporary of the caller's and is
    overwritten with the result.
    """
    p, q = drop.numerator, drop.denominator
    if numerator.ndim:
        numerator *= q
        numerator += q * denominator - 1 - p * denominator
        numerator //= q * denominator
        return numerator
    return -((p * denominator - q * numerator) // (q * denominator))


def _share_of(
    values: IntArray, factor: IntArray | int, denominator: int, drop: Fraction
) -> IntArray:
    """:func:`_round_share` of ``values * factor``: for an array, the factor and the rounding's
    multiplier in one multiplication (the same products, so no larger)."""
    if values.ndim == 0 or np.ndim(factor):
        return _round_share(values * factor, denominator, drop)
    p, q = drop.numerator, drop.denominator
    numerator = values * (factor * q)
    numerator += q * denominator - 1 - p * denominator
    numerator //= q * denominator
    return numerator


def _half(base: IntArray, rate: IntArray | int, share: Fraction, drop: Fraction) -> IntArray:
    """Employee share of ``base`` x ``rate`` (millionths), rounded."""
    return _share_of(base, rate * share.numerator, _SCALE * share.denominator, drop)


def _health_side(
    base: IntArray,
    category: IntArray | int,
    rates: tuple[int, int, int],
    share: Fraction,
    drop: Fraction,
) -> tuple[IntArray, IntArray, IntArray]:
    """Health, nursing care and levy shares of ``base``, rounded once and split (see module)."""
    health_rate, nursing_rate, levy_rate = rates
    with_nursing = category == 2
    insured = category >= 1
    nursing_in = nursing_rate * with_nursing
    health = _half(base, health_rate, share, drop)
    with_care = _half(base, health_rate + nursing_in, share, drop)
    combined = _half(base, health_rate + nursing_in + levy_rate, share, drop)
    return health * insured, (with_care - health) * insured, (combined - with_care) * insured


def _pension_index(health: _Grades, pension: _Grades) -> IntArray:
    if not set(pension.lower.tolist()) <= set(health.lower.tolist()):
        raise ParamFileError("pension grade bounds must be health grade bounds")
    index = np.searchsorted(pension.lower, health.lower, side="right") - 1
    return index.astype(np.int64)


def _rate_millionths(rate: object, field: str) -> int | None:
    """A caller's rate (a fraction such as 0.0985) as exact millionths, or None."""
    if rate is None:
        return None
    accepted = "None or a rate as a fraction in [0, 1) with at most 6 decimals, e.g. 0.0985"
    if isinstance(rate, bool | np.bool_) or not isinstance(
        rate, int | float | np.integer | np.floating
    ):
        raise InvalidInput(field, rate, accepted)
    if not (np.isfinite(rate) and 0 <= rate < 1):
        raise InvalidInput(field, rate, accepted)
    exact = Fraction(str(float(rate))) * _SCALE
    if exact.denominator != 1:
        raise InvalidInput(field, rate, accepted)
    return int(exact)


@functools.lru_cache(maxsize=256)
def _rules(
    month: date, prefecture_name: str, health_rate: int | None, nursing_rate: int | None = None
) -> _Rules:
    _check_month(month, "premium_month", _supported_months(), "health_insurance")
    health_p, nursing_p = _params("health_insurance"), _params("nursing_care")
    pension_p, rounding_p = _params("pension"), _params("social_insurance_rounding")
    if health_rate is None:
        rates = health_p["rate"].at(month)
        health_rate = _scaled(rates[prefecture_name], _PERCENT, "health_insurance.rate")
    if nursing_rate is None:
        nursing_rate = _scaled(nursing_p["rate"].at(month), _PERCENT, "nursing_care.rate")
    levy_rate = _scaled(_params("child_support")["rate"].at(month), _PERCENT, "child_support")
    share = Fraction(str(health_p["employee_share"].at(month)))
    drop = Fraction(str(rounding_p["employee_share_dropped_up_to"].at(month)))
    pension_rate = _scaled(pension_p["rate"].at(month), _PERCENT, "pension.rate")
    pension_share = Fraction(str(pension_p["employee_share"].at(month)))
    health_grades = _grades("health_insurance", month)
    pension_grades = _grades("pension", month)
    pension_index = _pension_index(health_grades, pension_grades)
    categories = np.arange(3)[:, None]
    health, nursing, child = _health_side(
        health_grades.standard[None, :],
        categories,
        (health_rate, nursing_rate, levy_rate),
        share,
        drop,
    )
    pension = _half(pension_grades.standard[pension_index], pension_rate, pension_share, drop)
    grade_pension = np.stack([np.zeros_like(pension), pension])
    for array in (health, nursing, child, grade_pension):
        array.setflags(write=False)
    return _Rules(
        rates=(health_rate, nursing_rate, levy_rate),
        share=share,
        pension_rate=pension_rate,
        pension_share=pension_share,
        drop=drop,
        nursing_ages=(
            int(nursing_p["insured_from_age"].at(month)),
            int(nursing_p["insured_until_age"].at(month)),
        ),
        health_until=int(health_p["insured_until_age"].at(month)),
        pension_until=int(pension_p["insured_until_age"].at(month)),
        health_grades=health_grades,
        pension_grades=pension_grades,
        pension_index=pension_index,
        bonus_unit=int(rounding_p["standard_bonus_unit"].at(month)),
        health_bonus_cap=int(health_p["annual_bonus_cap"].at(month)),
        pension_bonus_cap=int(pension_p["bonus_cap_per_payment"].at(month)),
        grade_health=health,
        grade_nursing=nursing,
        grade_child=child,
        grade_pension=grade_pension,
    )


@functools.lru_cache(maxsize=64)
def _worker_rates(month: date) -> dict[str, int]:
    _check_month(month, "employment_month", _supported_employment_months(), "employment_insurance")
    rates = _params("employment_insurance")["worker_rate"].at(month)
    return {
        name: _scaled(rate, _PER_MILLE, "employment_insurance.worker_rate")
        for name, rate in rates.items()
    }


# ---------------------------------------------------------------------------------------------
# Inputs


@functools.lru_cache(maxsize=512)
def _parse_month(text: str, field: str) -> date:
    match = _MONTH.fullmatch(text.strip())
    if match is None or not 1 <= int(match.group(2)) <= 12:
        raise InvalidInput(field, text, "a month as 'YYYY-MM' or a datetime.date")
    return date(int(match.group(1)), int(match.group(2)), 1)


def _month(value: object, field: str) -> date:
    if isinstance(value, datetime):
        return value.date().replace(day=1)
    if isinstance(value, date):
        return value.replace(day=1)
    if isinstance(value, str):
        return _parse_month(value, field)
    raise InvalidInput(field, value, "a month as 'YYYY-MM' or a datetime.date")


_DEFAULT_AGE = 30


def _completed_years(born: npt.NDArray[np.datetime64], on: date) -> FloatArray:
    """Completed years of age on ``on`` of people born on ``born`` (datetime64[D])."""
    year = born.astype("datetime64[Y]").astype(np.int64) + 1970
    month = born.astype("datetime64[M]").astype(np.int64) % 12 + 1
    day = (born - born.astype("datetime64[M]")).astype(np.int64) + 1
    before = (on.month < month) | ((on.month == month) & (on.day < day))
    return np.asarray(on.year - year - before, dtype=np.float64)


def _ages(
    age: object, birth_date: object, month: date
) -> tuple[tuple[FloatArray, Shape], FloatArray | None]:
    """The age of a premium month from ``age`` (completed years, held) or from ``birth_date``.

    From a date of birth (健康保険法 第3条, 介護保険法 第9条, 厚生年金保険法 第9条 with 年齢計算ニ
    関スル法律: an age is reached on the day before the birthday, and insurance starts or ends
    with the month of that day): nursing care and the pension follow the age on the first day
    of the next month; the health insurance, which ends on the 75th birthday itself (高齢者の医療の
    確保に関する法律 第52条), the age on the month's last day.
    """
    if birth_date is None:
        return amounts(_DEFAULT_AGE if age is None else age, "age", maximum=MAX_AGE), None
    if age is not None:
        raise InvalidInput("age", age, "None when birth_date is given (one of age, birth_date)")
    raw = birth_date.to_numpy() if is_series(birth_date) else birth_date
    try:
        born = np.asarray(raw, dtype="datetime64[D]")
    except (TypeError, ValueError):
        born = np.asarray(np.datetime64("NaT"))
    next_month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    if np.isnat(born).any() or (born >= np.datetime64(next_month, "D")).any():
        raise InvalidInput(
            "birth_date", birth_date, "a date 'YYYY-MM-DD' before the month (or an array of them)"
        )
    last_day = next_month - timedelta(days=1)
    shape = Shape(
        scalar=born.ndim == 0,
        index=birth_date.index if is_series(birth_date) else None,
        name=birth_date.name if is_series(birth_date) else None,
    )
    return (_completed_years(born, next_month), shape), _completed_years(born, last_day)


def _money(value: object, field: str) -> tuple[FloatArray, Shape]:
    return amounts(value, field, maximum=max_yen())


# Other names of the employment-insurance business categories (the agriculture column covers
# agriculture, forestry, fisheries and sake brewing).
_INDUSTRY_ALIASES = {
    "agriculture_sake": "agriculture",
    "agriculture_and_sake": "agriculture",
    "sake": "agriculture",
    "sake_brewing": "agriculture",
}


def _industry_rate(industry: object, month: date) -> int:
    rates = _worker_rates(month)
    key = industry
    if isinstance(industry, str):
        key = industry.strip().lower().replace(" ", "_").replace("-", "_")
        key = _INDUSTRY_ALIASES.get(key, key)
    if not isinstance(key, str) or key not in rates:
        raise InvalidInput("industry", industry, "one of " + ", ".join(map(repr, sorted(rates))))
    return rates[key]


def _category(
    age: FloatArray, rules: _Rules, health_age: FloatArray | None = None
) -> IntArray | int:
    """0: no health insurance (75+), 1: health insurance only, 2: with nursing care (40-64).

    ``health_age`` (default ``age``) decides the health insurance: from a date of birth it is
    the age on the month's last day, ``age`` the age on the next month's first day."""
    start, until = rules.nursing_ages
    insured = (age if health_age is None else health_age) < rules.health_until
    category = insured * 1 + (insured & (age >= start) & (age < until))
    return int(category) if category.ndim == 0 else category


def _output_shape(pairs: list[tuple[FloatArray, Shape]], shape: tuple[int, ...]) -> Shape:
    """The caller's form of the broadcast result: an argument that already has its shape,
    a pandas Series first."""
    forms = [form for array, form in pairs if array.shape == shape]
    series = [form for form in forms if form.index is not None]
    return (series or forms or [Shape(scalar=False)])[0]


def _broadcast(pairs: list[tuple[FloatArray, Shape]], names: list[str]) -> list[FloatArray]:
    try:
        return [np.asarray(a) for a in np.broadcast_arrays(*[array for array, _ in pairs])]
    except ValueError:
        shapes = ", ".join(f"{n} {a.shape}" for n, (a, _) in zip(names, pairs, strict=True))
        raise InvalidInput(names[1], shapes, "arrays that broadcast together") from None


def _employment(pay: FloatArray, rate: int, drop: Fraction) -> IntArray:
    return _employment_sen(_sen(pay), rate, drop)


def _sen(pay: FloatArray) -> IntArray:
    """Amounts in whole sen (1/100 yen), the unit employment insurance is computed in."""
    scaled = pay * _SEN_PER_YEN
    rounded = np.rint(scaled, out=scaled) if scaled.ndim else np.rint(scaled)
    return rounded.astype(np.int64)


def _employment_sen(sen: IntArray, rate: int, drop: Fraction) -> IntArray:
    """Employment insurance on amounts in sen (see :func:`_sen`)."""
    return _share_of(sen, rate, _SEN_PER_YEN * _SCALE, drop)


def _result(shape: Shape, **fields: IntArray) -> SocialInsurance:
    total = sum(
        (fields[name] for name in ("health", "nursing_care", "child_support", "pension")),
        fields["employment"],
    )
    wrapped = {name: shape.wrap_int(values) for name, values in fields.items()}
    return SocialInsurance(total=shape.wrap_int(total), **wrapped)


# ---------------------------------------------------------------------------------------------
# Public functions


def standard_monthly(
    monthly_pay: object, *, scheme: str = "health", premium_month: str | date = "2025-04"
) -> Any:
    """Standard monthly remuneration (標準報酬月額) of a monthly pay.

    Parameters
    ----------
    monthly_pay : float, array-like or pandas Series
        Monthly remuneration in yen (fixed pay with commuting and other regular allowances).
    scheme : {"health", "pension"}
        The health insurance grades (50 grades, 58,000 to 1,390,000 yen) or the pension grades
        (32 grades, 88,000 to 650,000 yen; more from September 2027).
    premium_month : str or datetime.date
        Month whose grade table applies, ``"YYYY-MM"``.

    Returns
    -------
    int, numpy.ndarray or pandas.Series
        The standard monthly amount, in the input's form.

    Raises
    ------
    InvalidInput
        For a negative, NaN or infinite pay (positions listed) or an unknown scheme.

    Examples
    --------
    >>> standard_monthly([62_999, 63_000, 1_355_000])
    array([  58000,   68000, 1390000])
    >>> standard_monthly(50_000, scheme="pension")
    88000
    """
    if scheme not in _SCHEMES:
        raise InvalidInput("scheme", scheme, "one of " + ", ".join(map(repr, _SCHEMES)))
    month = _month(premium_month, "premium_month")
    grades = _grades("health_insurance" if scheme == "health" else "pension", month)
    pay, shape = _money(monthly_pay, "monthly_pay")
    index = np.searchsorted(grades.lower, pay, side="right") - 1
    return shape.wrap_int(grades.standard[index])


def social_insurance(
    monthly_pay: object,
    *,
    premium_month: str | date = "2025-04",
    prefecture: object = "tokyo",
    age: object = None,
    industry: str = "general",
    health_rate: float | None = None,
    employment_month: str | date | None = None,
    nursing_rate: float | None = None,
    birth_date: object = None,
) -> SocialInsurance:
    """Employee share of social insurance for one month's pay.

    Parameters
    ----------
    monthly_pay : float, array-like or pandas Series
        Monthly remuneration in yen. It sets the standard monthly amount (grade) for health
        insurance and the pension, and is the actual wage for employment insurance.
    premium_month : str or datetime.date
        The premium month (保険料の対象月), ``"YYYY-MM"``. Most employers deduct it from the
        following month's pay. Supported: 2023-03 to 2027-02.
    prefecture : str, int or Prefecture
        Where the employer's 協会けんぽ branch is: ``"tokyo"``, ``13`` or ``"東京都"``.
    age : int, array-like or pandas Series, default 30
        Age in completed years during the premium month (nursing care from 40 to 64, no pension
        from 70, no health insurance from 75). Give ``age`` or ``birth_date``, not both.
    birth_date : str, datetime.date, array-like or pandas Series, optional
        Date of birth (``"1986-05-01"``), instead of ``age``. An age is reached on the day
        before the birthday and insurance starts or ends with the month of that day: nursing
        care is charged from the month holding the day before the 40th birthday (born on the
        1st of May: from April) to the month before the one holding the day before the 65th;
        the pension to the month before the one holding the day before the 70th; the health
        insurance to the month before the 75th birthday's month.
    industry : {"general", "agriculture", "construction"}
        Employment insurance business type ("agriculture" includes forestry, fisheries and sake
        brewing).
    health_rate : float, optional
        A company health insurance society's rate (fraction of the standard amount, employee and
        employer together, e.g. ``0.095``), replacing the prefecture's 協会けんぽ rate. The
        nursing care rate stays the 協会けんぽ one unless ``nursing_rate`` is given; the child
        support levy rate is always the national one.
    employment_month : str or datetime.date, optional
        Month whose employment insurance rate applies. Employment insurance follows the wage
        month (the month the wages are for; rates change each April), not the premium month.
        Defaults to ``premium_month``, which is right when the premium month's wages are paid
        in that month. With 翌月徴収 (the premium of month M deducted from the pay of month
        M + 1), pass the pay month here: e.g. the March premium deducted from April pay, with
        April wages, takes the April (new fiscal year) employment rate. Supported: 2022-10 to
        2027-03.
    nursing_rate : float, optional
        A company health insurance society's own nursing care rate (介護保険料率; 組合健保 set
        it themselves), as a fraction of the standard amount, employee and employer together,
        e.g. ``0.018``. Replaces the 協会けんぽ national rate for ages 40 to 64; may be given
        with or without ``health_rate``.

    Returns
    -------
    SocialInsurance
        Fields in yen, in the form of ``monthly_pay`` (or of ``age`` when only it is an array).

    Raises
    ------
    InvalidInput
        Negative, NaN or infinite pay or age (positions listed), an unknown industry, a bad
        month string or health rate.
    UnsupportedRule
        A premium month outside the supported range, or an unknown prefecture (closest names
        suggested).

    Examples
    --------
    Tokyo, FY2026 rates, standard monthly amount 410,000 yen (grade 27), age 45: health, nursing
    care and the support levy are rounded once at 9.85 + 1.62 + 0.23 = 11.70 %:

    >>> si = social_insurance(400_000, premium_month="2026-04", age=45)
    >>> si.standard_monthly_health, si.health, si.nursing_care, si.child_support
    (410000, 20192, 3321, 472)

    Arrays give arrays:

    >>> social_insurance([200_000, 300_000], premium_month="2025-04").total
    array([29310, 43965])

    A health insurance society with its own rates, 9.5 % and nursing care 1.8 %: 410,000 x
    9.5 % / 2 = 19,475; x 11.3 % / 2 = 23,165, so nursing care 3,690:

    Born on 1 May 1986, the employee reaches 40 on 30 April 2026: nursing care from the April
    premium month (410,000 x 1.62% / 2 = 3,321):

    >>> [social_insurance(400_000, premium_month=m, birth_date="1986-05-01").nursing_care
    ...  for m in ("2026-03", "2026-04")]
    [0, 3321]
    >>> si = social_insurance(400_000, premium_month="2025-04", age=45, health_rate=0.095,
    ...                       nursing_rate=0.018)
    >>> si.health, si.nursing_care
    (19475, 3690)
    """
    month = _month(premium_month, "premium_month")
    wage_month = month if employment_month is None else _month(employment_month, "employment_month")
    where = _prefecture(prefecture)
    rules = _rules(
        month,
        where.name,
        _rate_millionths(health_rate, "health_rate"),
        _rate_millionths(nursing_rate, "nursing_rate"),
    )
    worker_rate = _industry_rate(industry, wage_month)
    pay_pair = _money(monthly_pay, "monthly_pay")
    age_pair, health_ages = _ages(age, birth_date, month)
    if age_pair[1].scalar:
        pay, shape = pay_pair
        ages = age_pair[0]
    else:
        pay, ages = _broadcast([pay_pair, age_pair], ["monthly_pay", "age"])
        shape = _output_shape([pay_pair, age_pair], pay.shape)
    category = _category(ages, rules, health_ages)
    grade = np.searchsorted(rules.health_grades.lower, pay, side="right") - 1
    pension_grade = rules.pension_index[grade]
    in_pension = (ages < rules.pension_until).astype(np.int64)
    if isinstance(category, int):
        health = rules.grade_health[category][grade]
        nursing = rules.grade_nursing[category][grade]
        child = rules.grade_child[category][grade]
    else:
        health = rules.grade_health[category, grade]
        nursing = rules.grade_nursing[category, grade]
        child = rules.grade_child[category, grade]
    return _result(
        shape,
        standard_monthly_health=rules.health_grades.standard[grade] * (category >= 1),
        standard_monthly_pension=rules.pension_grades.standard[pension_grade] * in_pension,
        health=health,
        nursing_care=nursing,
        child_support=child,
        pension=rules.grade_pension[in_pension, grade],
        employment=_employment(pay, worker_rate, rules.drop),
    )


def bonus_social_insurance(
    bonus: object,
    *,
    premium_month: str | date,
    prefecture: object = "tokyo",
    age: object = None,
    industry: str = "general",
    bonus_to_date_in_fiscal_year: object = 0,
    health_rate: float | None = None,
    nursing_rate: float | None = None,
    birth_date: object = None,
) -> SocialInsurance:
    """Employee share of social insurance on one bonus.

    The standard bonus amount is the bonus rounded down to 1,000 yen. Health insurance, nursing
    care and the child support levy are charged on it up to the fiscal-year cap of 5.73M yen,
    counting ``bonus_to_date_in_fiscal_year``; the pension on it up to 1.5M yen per payment;
    employment insurance on the actual bonus.

    Parameters
    ----------
    bonus : float, array-like or pandas Series
        The bonus paid, in yen.
    premium_month : str or datetime.date
        Month the bonus is paid, ``"YYYY-MM"`` (its rates apply; employment insurance too).
    prefecture, age, birth_date, industry, health_rate, nursing_rate
        As for :func:`social_insurance` (the bonus month is the premium month).
    bonus_to_date_in_fiscal_year : float, array-like or pandas Series
        Standard bonus amounts already counted for health insurance in this fiscal year (April to
        March) before this bonus.

    Returns
    -------
    SocialInsurance
        ``standard_monthly_health`` and ``standard_monthly_pension`` hold the standard bonus
        amounts charged (after the caps).

    Raises
    ------
    InvalidInput, UnsupportedRule
        As for :func:`social_insurance`.

    Examples
    --------
    A 6,000,000 yen bonus: health base capped at 5,730,000, pension base at 1,500,000:

    >>> b = bonus_social_insurance(6_000_000, premium_month="2025-06")
    >>> b.standard_monthly_health, b.standard_monthly_pension, b.health, b.pension
    (5730000, 1500000, 283921, 137250)
    """
    month = _month(premium_month, "premium_month")
    where = _prefecture(prefecture)
    rules = _rules(
        month,
        where.name,
        _rate_millionths(health_rate, "health_rate"),
        _rate_millionths(nursing_rate, "nursing_rate"),
    )
    worker_rate = _industry_rate(industry, month)
    age_pair, health_ages = _ages(age, birth_date, month)
    pairs = [
        _money(bonus, "bonus"),
        age_pair,
        _money(bonus_to_date_in_fiscal_year, "bonus_to_date_in_fiscal_year"),
    ]
    names = ["bonus", "age", "bonus_to_date_in_fiscal_year"]
    paid, ages, to_date = _broadcast(pairs, names)
    if health_ages is not None:
        health_ages = np.broadcast_to(health_ages, paid.shape)
    shape = _output_shape(pairs, paid.shape)
    premiums = _bonus_premiums(paid, ages, to_date, rules, worker_rate, health_ages)
    return _result(shape, **premiums)


def _bonus_premiums(
    paid: FloatArray,
    ages: FloatArray,
    to_date: FloatArray | IntArray,
    rules: _Rules,
    worker_rate: int,
    health_ages: FloatArray | None = None,
    shared: dict[tuple[object, ...], Any] | None = None,
) -> dict[str, IntArray]:
    """The kernel of :func:`bonus_social_insurance` on checked arrays (fields without total).

    ``shared`` keeps, for the bonuses of one computation, what depends on the bonus, the ages
    and the rules but not on the cap room left (a year's bonuses are often one amount under
    one set of rules); the arrays passed must stay alive and unchanged while it is used.
    """
    tables = rules.bonus_tables if paid.size >= _TABLE_FROM else None
    if tables is not None:
        premiums = _tabled_bonus_premiums(
            paid, ages, to_date, rules, tables, health_ages, {} if shared is None else shared
        )
        if premiums is not None:
            key = (id(paid), worker_rate, *rules.bonus_key[-2:])
            if shared is None or key not in shared:
                employment = _employment(paid, worker_rate, rules.drop)
                if shared is not None:
                    shared[key] = employment
            premiums["employment"] = employment if shared is None else shared[key]
            return premiums
    # Amounts are checked >= 0, so truncating to int64 is the floor.
    standard = paid.astype(np.int64) // rules.bonus_unit * rules.bonus_unit
    room = np.maximum(rules.health_bonus_cap - to_date.astype(np.int64), 0)
    health_base = np.minimum(standard, room)
    pension_base = np.minimum(standard, rules.pension_bonus_cap)
    pension_base = pension_base * (ages < rules.pension_until)
    category = _category(ages, rules, health_ages)
    health_base = health_base * (category >= 1)
    health, nursing, child = _health_side(
        health_base, category, rules.rates, rules.share, rules.drop
    )
    pension = _half(pension_base, rules.pension_rate, rules.pension_share, rules.drop)
    return {
        "standard_monthly_health": health_base,
        "standard_monthly_pension": pension_base,
        "health": health,
        "nursing_care": nursing,
        "child_support": child,
        "pension": pension,
        "employment": _employment(paid, worker_rate, rules.drop),
    }


def _tabled_bonus_premiums(
    paid: FloatArray,
    ages: FloatArray,
    to_date: FloatArray | IntArray,
    rules: _Rules,
    tables: _BonusTables,
    health_ages: FloatArray | None,
    shared: dict[tuple[object, ...], Any],
) -> dict[str, IntArray] | None:
    """:func:`_bonus_premiums` but employment insurance, read from the rules' tables of every
    standard bonus amount; None where the cap room left is not a whole number of units (an
    arbitrary ``to_date``): the premiums are then computed."""
    unit = rules.bonus_unit
    room = np.maximum(rules.health_bonus_cap - to_date.astype(np.int64), 0)
    if any_true(room % unit != 0):
        return None
    key = (id(paid), id(ages), id(health_ages), rules.bonus_key)
    if key not in shared:
        units = paid.astype(np.int64)  # amounts are checked >= 0: truncation is the floor
        units //= unit
        category = _category(ages, rules, health_ages)
        insured = category >= 1
        pension_units = np.minimum(units, tables.pension_top)
        pension_units *= ages < rules.pension_until
        pension = (tables.pension[pension_units], pension_units * unit)
        shared[key] = (units, category * tables.width, insured, pension)
    units, offset, insured, (pension, pension_base) = shared[key]
    health_units = np.minimum(units, room // unit)
    health_units *= insured
    at = health_units + offset
    return {
        "standard_monthly_health": health_units * unit,
        "standard_monthly_pension": pension_base,
        "health": tables.health[at],
        "nursing_care": tables.nursing[at],
        "child_support": tables.child[at],
        "pension": pension,
    }
