"""Money, currencies and pay periods.

:class:`Money` is an exact amount (a :class:`fractions.Fraction`) in one ISO 4217 currency, with
an optional pay :class:`Period`. Arithmetic and comparison work only within one currency and one
period; anything else raises :class:`~expectgap.errors.CurrencyMismatch` or
:class:`~expectgap.errors.PeriodMismatch`. Conversions are always explicit: a currency with a
rate, a period with a :class:`Basis` (months per year, hours per week, weeks per year). Nothing is
guessed.

Examples
--------
>>> from expectgap.money import Money, Period, Basis
>>> monthly = Money(400_000, "JPY", Period.MONTHLY)
>>> annual = monthly.to_period(Period.ANNUAL, Basis(months_per_year=12))
>>> annual
Money(4800000, 'JPY', 'annual')
>>> print(annual)
¥4,800,000 per year
>>> annual.to_period(Period.MONTHLY, Basis(months_per_year=12)) == monthly
True
"""

from __future__ import annotations

import enum
import functools
import math
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from fractions import Fraction
from numbers import Rational
from typing import Literal, SupportsFloat

from expectgap._package_data import loads_toml, read_text
from expectgap.errors import CurrencyMismatch, InvalidInput, PeriodMismatch

__all__ = [
    "MAX_EXPONENT",
    "MAX_NUMBER_TEXT",
    "MONTHS_IN_YEAR",
    "Basis",
    "Currency",
    "Money",
    "Period",
    "as_fraction",
    "currency",
    "max_amount",
    "supported_currencies",
]

Number = int | float | Fraction | Decimal | str

#: Calendar months in a year (a fact of the calendar, not a pay convention).
MONTHS_IN_YEAR = 12

#: Longest number written as text that is parsed (characters); longer text is refused unread.
MAX_NUMBER_TEXT = 64

#: Largest decimal exponent of a number given as text or Decimal (``1e30`` is the largest power
#: of ten, ``1e-30`` the smallest non-zero one): checked before any exact arithmetic, which would
#: otherwise build integers of any size.
MAX_EXPONENT = 30

_LARGEST_WHOLE = 10**MAX_EXPONENT
# Finest division kept exact (a product of two numbers of MAX_EXPONENT decimals each).
_FINEST_DENOMINATOR = 10 ** (2 * MAX_EXPONENT)


@dataclass(frozen=True)
class Currency:
    """An ISO 4217 currency.

    Examples
    --------
    >>> currency("JPY")
    Currency(code='JPY', minor_units=0, symbol='¥')
    """

    code: str
    minor_units: int
    symbol: str
    #: Largest magnitude of one amount in this currency (``data/currencies.toml``).
    max_amount: int = field(default=0, repr=False)


@functools.cache
def _currency_table() -> dict[str, Currency]:
    raw = loads_toml(read_text("expectgap.data", "currencies.toml"))
    raw.pop("meta", None)
    return {
        code: Currency(code, int(item["minor_units"]), str(item["symbol"]), int(item["max_amount"]))
        for code, item in raw.items()
    }


def max_amount(code: str) -> int:
    """The largest magnitude accepted for one amount of a currency (``data/currencies.toml``).

    About a billion US dollars, rounded to a power of ten: far above any pay, far below where
    arithmetic loses exactness. :class:`Money` refuses larger amounts, and the Japan payroll
    engine takes the yen maximum as the bound of its inputs.

    Examples
    --------
    >>> max_amount("JPY"), max_amount("usd")
    (100000000000, 1000000000)
    """
    return currency(code).max_amount


def supported_currencies() -> tuple[str, ...]:
    """Return the supported ISO 4217 codes, sorted.

    Examples
    --------
    >>> "JPY" in supported_currencies() and "USD" in supported_currencies()
    True
    """
    return tuple(sorted(_currency_table()))


def currency(code: str) -> Currency:
    """Look up a currency by its ISO 4217 code (case-insensitive).

    Raises
    ------
    InvalidInput
        For an unknown code; the message lists the supported ones.

    Examples
    --------
    >>> currency("usd").minor_units
    2
    """
    table = _currency_table()
    key = code.upper() if isinstance(code, str) else None
    if key not in table:
        raise InvalidInput("currency", code, "an ISO 4217 code: " + ", ".join(sorted(table)))
    return table[key]


def as_fraction(value: object, field: str = "amount") -> Fraction:
    """Convert a number to an exact :class:`~fractions.Fraction`, rejecting NaN and infinity.

    Floats are taken by their shortest decimal representation (``0.1`` is one tenth).

    Examples
    --------
    >>> as_fraction(0.1)
    Fraction(1, 10)
    >>> as_fraction("nan")
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: amount: got 'nan'; expected a finite number
    """
    if type(value) is Fraction:  # already exact (the result of arithmetic on amounts)
        return _in_range(value, value, field)
    if type(value) is int:
        return _in_range(Fraction(value), value, field)
    if isinstance(value, bool):
        raise InvalidInput(field, value, "a finite number, not a boolean")
    return _in_range(_exact(value, field), value, field)


def _in_range(number: Fraction, value: object, field: str) -> Fraction:
    """Refuse numbers too large, too small or too finely divided for exact arithmetic."""
    # in whole numbers: |n / d| > 10^E, |n / d| < 10^-E
    n, d = abs(number.numerator), number.denominator
    if n and (n > _LARGEST_WHOLE * d or n * _LARGEST_WHOLE < d or d > _FINEST_DENOMINATOR):
        raise InvalidInput(
            field, value, f"a finite number between 1e-{MAX_EXPONENT} and 1e{MAX_EXPONENT} in size"
        )
    return number


def _exact(value: object, field: str) -> Fraction:
    try:
        if isinstance(value, Fraction):
            return value
        if isinstance(value, Rational):
            return Fraction(int(value.numerator), int(value.denominator))
        if isinstance(value, Decimal):
            return _bounded_decimal(value, value, field)
        if isinstance(value, str):
            if len(value) > MAX_NUMBER_TEXT:
                shown = value[:20] + "..."
                raise InvalidInput(
                    field, shown, f"a number of at most {MAX_NUMBER_TEXT} characters"
                )
            parsed = Decimal(value.replace(",", "").replace("_", "").strip())
            return _bounded_decimal(parsed, value, field)
        if isinstance(value, SupportsFloat):
            number = float(value)
            if not math.isfinite(number):
                raise InvalidInput(field, value, "a finite number")
            return Fraction(Decimal(repr(number)))
    except (ArithmeticError, ValueError) as exc:
        if isinstance(exc, InvalidInput):
            raise
        raise InvalidInput(field, value, "a finite number") from None
    raise InvalidInput(field, value, "a finite number")


def _bounded_decimal(parsed: Decimal, value: object, field: str) -> Fraction:
    if not parsed.is_finite():
        raise InvalidInput(field, value, "a finite number")
    if parsed and not -MAX_EXPONENT <= parsed.adjusted() <= MAX_EXPONENT:
        raise InvalidInput(
            field, value, f"a finite number between 1e-{MAX_EXPONENT} and 1e{MAX_EXPONENT} in size"
        )
    return Fraction(parsed)


class Period(enum.Enum):
    """How often an amount is paid.

    Examples
    --------
    >>> Period("monthly") is Period.MONTHLY
    True
    """

    ANNUAL = "annual"
    MONTHLY = "monthly"
    HOURLY = "hourly"

    @classmethod
    def parse(cls, value: Period | str) -> Period:
        """Accept a Period or its name (``"annual"``, ``"monthly"``, ``"hourly"``).

        Examples
        --------
        >>> Period.parse("Annual")
        <Period.ANNUAL: 'annual'>
        """
        if isinstance(value, Period):
            return value
        try:
            return cls(str(value).lower())
        except ValueError:
            raise InvalidInput(
                "period", value, "one of " + ", ".join(p.value for p in cls)
            ) from None

    @property
    def per(self) -> str:
        """The English "per ..." phrase.

        Examples
        --------
        >>> Period.HOURLY.per
        'per hour'
        """
        return {"annual": "per year", "monthly": "per month", "hourly": "per hour"}[self.value]


@dataclass(frozen=True)
class Basis:
    """The explicit basis for converting between pay periods.

    Each field is optional; a conversion that needs a missing one raises
    :class:`~expectgap.errors.InvalidInput` naming it.

    Parameters
    ----------
    months_per_year : number, optional
        Pay months in a year (12 for monthly salaries).
    hours_per_week : number, optional
        Contractual hours per week.
    weeks_per_year : number, optional
        Working weeks per year (52, or 52.143 for 365/7).

    Examples
    --------
    >>> Basis(months_per_year=12, hours_per_week=40, weeks_per_year=52).periods(Period.HOURLY)
    Fraction(2080, 1)
    """

    months_per_year: Number | None = None
    hours_per_week: Number | None = None
    weeks_per_year: Number | None = None

    def __post_init__(self) -> None:
        for name in ("months_per_year", "hours_per_week", "weeks_per_year"):
            value = getattr(self, name)
            if value is not None and as_fraction(value, name) <= 0:
                raise InvalidInput(name, value, "a finite number > 0")

    def _need(self, name: str, target: Period) -> Fraction:
        value = getattr(self, name)
        if value is None:
            raise InvalidInput(name, None, f"a number > 0 to convert to or from {target.value} pay")
        return as_fraction(value, name)

    def periods(self, period: Period) -> Fraction:
        """Number of ``period`` units in a year on this basis.

        Examples
        --------
        >>> Basis(months_per_year=12).periods(Period.MONTHLY)
        Fraction(12, 1)
        """
        if period is Period.ANNUAL:
            return Fraction(1)
        if period is Period.MONTHLY:
            return self._need("months_per_year", period)
        return self._need("hours_per_week", period) * self._need("weeks_per_year", period)


@dataclass(frozen=True, init=False)
class Money:
    """An exact amount of one currency, optionally per period.

    Parameters
    ----------
    amount : int, float, Decimal, Fraction or str
        Finite number; floats are read by their shortest decimal form.
    currency : str
        ISO 4217 code (``"JPY"``, ``"USD"``...).
    period : Period or str, optional
        ``"annual"``, ``"monthly"`` or ``"hourly"``; None for a one-off amount.

    Examples
    --------
    >>> Money(1500, "USD") + Money("0.25", "USD")
    Money(6001/4, 'USD')
    >>> print(Money(1500.25, "USD"))
    $1,500.25
    >>> Money(1, "JPY") + Money(1, "USD")
    Traceback (most recent call last):
    ...
    expectgap.errors.CurrencyMismatch: cannot combine JPY with USD in addition; convert one first with an explicit rate
    """

    amount: Fraction
    currency: str
    period: Period | None

    def __init__(self, amount: Number, currency: str, period: Period | str | None = None) -> None:
        info = _currency_lookup(currency)
        code = info.code
        exact = as_fraction(amount)
        if abs(exact.numerator) > info.max_amount * exact.denominator:
            raise InvalidInput(
                "amount",
                amount,
                f"an amount of at most {info.max_amount:,} {code} in size (the currency's maximum)",
            )
        object.__setattr__(self, "amount", exact)
        object.__setattr__(self, "currency", code)
        object.__setattr__(self, "period", None if period is None else Period.parse(period))

    def __repr__(self) -> str:
        amount = self.amount
        shown = str(amount.numerator) if amount.denominator == 1 else str(amount)
        period = "" if self.period is None else f", {self.period.value!r}"
        return f"Money({shown}, {self.currency!r}{period})"

    def __str__(self) -> str:
        return self.format()

    # --- checks -------------------------------------------------------------------------------
    def _check(self, other: object, operation: str) -> Money:
        if not isinstance(other, Money):
            raise InvalidInput("other", other, f"a Money for {operation}")
        if other.currency != self.currency:
            raise CurrencyMismatch(self.currency, other.currency, operation)
        if other.period is not self.period:
            raise PeriodMismatch(_period_name(self.period), _period_name(other.period), operation)
        return other

    def _with(self, amount: Fraction) -> Money:
        return Money(amount, self.currency, self.period)

    # --- arithmetic ---------------------------------------------------------------------------
    def __add__(self, other: Money) -> Money:
        return self._with(self.amount + self._check(other, "addition").amount)

    def __sub__(self, other: Money) -> Money:
        return self._with(self.amount - self._check(other, "subtraction").amount)

    def __neg__(self) -> Money:
        return self._with(-self.amount)

    def __mul__(self, factor: Number) -> Money:
        if isinstance(factor, Money):
            raise InvalidInput(
                "factor", factor, "a plain number (Money times Money has no meaning)"
            )
        return self._with(self.amount * as_fraction(factor, "factor"))

    __rmul__ = __mul__

    def __truediv__(self, other: Number | Money) -> Money | Fraction:
        if isinstance(other, Money):
            divisor = self._check(other, "division").amount
            if divisor == 0:
                raise InvalidInput("divisor", other, "a non-zero amount")
            return self.amount / divisor
        factor = as_fraction(other, "divisor")
        if factor == 0:
            raise InvalidInput("divisor", other, "a non-zero number")
        return self._with(self.amount / factor)

    # --- comparison ---------------------------------------------------------------------------
    def __lt__(self, other: Money) -> bool:
        return self.amount < self._check(other, "comparison").amount

    def __le__(self, other: Money) -> bool:
        return self.amount <= self._check(other, "comparison").amount

    def __gt__(self, other: Money) -> bool:
        return self.amount > self._check(other, "comparison").amount

    def __ge__(self, other: Money) -> bool:
        return self.amount >= self._check(other, "comparison").amount

    def __float__(self) -> float:
        return float(self.amount)

    # --- conversions --------------------------------------------------------------------------
    def rounded(self, mode: Literal["half_up", "half_even", "down"] = "half_up") -> Decimal:
        """Return the amount rounded to the currency's minor units.

        Examples
        --------
        >>> Money("2.5", "JPY").rounded()
        Decimal('3')
        >>> Money("2.5", "JPY").rounded("down")
        Decimal('2')
        """
        if mode not in ("half_up", "half_even", "down"):
            raise InvalidInput("mode", mode, "'half_up', 'half_even' or 'down'")
        places = Decimal(1).scaleb(-currency(self.currency).minor_units)
        exact = Decimal(self.amount.numerator) / Decimal(self.amount.denominator)
        if mode == "down":
            return exact.quantize(places, rounding="ROUND_DOWN")
        rounding = ROUND_HALF_UP if mode == "half_up" else ROUND_HALF_EVEN
        return exact.quantize(places, rounding=rounding)

    def to_period(self, period: Period | str, basis: Basis) -> Money:
        """Convert to another pay period on an explicit basis.

        Raises
        ------
        InvalidInput
            If the amount has no period, or the basis lacks a field the conversion needs.

        Examples
        --------
        >>> Money(5_000_000, "JPY", "annual").to_period("hourly", Basis(hours_per_week=40, weeks_per_year=50))
        Money(2500, 'JPY', 'hourly')
        """
        target = Period.parse(period)
        if self.period is None:
            raise InvalidInput("period", None, "an amount with a period to convert it")
        annual = self.amount * basis.periods(self.period)
        return Money(annual / basis.periods(target), self.currency, target)

    def converted(self, to: str, rate: Number) -> Money:
        """Convert to another currency at an explicit rate (units of ``to`` per unit of this).

        Examples
        --------
        >>> Money(150_000, "USD", "annual").converted("JPY", 150)
        Money(22500000, 'JPY', 'annual')
        """
        factor = as_fraction(rate, "rate")
        if factor <= 0:
            raise InvalidInput("rate", rate, "an exchange rate > 0")
        return Money(self.amount * factor, to, self.period)

    def format(self, *, period: bool = True) -> str:
        """Format with the currency symbol, thousands separators and minor units.

        Examples
        --------
        >>> Money(5_600_000, "JPY", "annual").format(period=False)
        '¥5,600,000'
        """
        info = currency(self.currency)
        value = self.rounded()
        sign = "-" if value < 0 else ""
        text = f"{sign}{info.symbol}{abs(value):,.{info.minor_units}f}"
        if period and self.period is not None:
            text += f" {self.period.per}"
        return text


def _currency_lookup(code: object) -> Currency:
    if not isinstance(code, str):
        raise InvalidInput("currency", code, "an ISO 4217 code as a string")
    return currency(code)


def _period_name(period: Period | None) -> str:
    return "one-off" if period is None else period.value
