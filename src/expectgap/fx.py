"""Currency conversion with an explicit, dated exchange rate, and the label that goes with it.

expectgap never converts money silently: a conversion needs an :class:`ExchangeRate` that
states its rate, the date (or period) it applies to and its source, and every converted figure
carries that rate (:class:`Converted`), so a report can show "at 150.00 JPY per USD, Federal
Reserve H.10 annual average 2025" next to the number. No rates are embedded: they are the
caller's (a published annual average, a contract rate, the day's rate), and a rate older than
``max_age_days`` before the date of use is refused.

Examples
--------
>>> from datetime import date
>>> from expectgap.money import Money
>>> rate = ExchangeRate("USD", "JPY", 150, date(2025, 12, 31), "user-supplied")
>>> c = convert(Money(120_000, "USD", "annual"), rate)
>>> c.money
Money(18000000, 'JPY', 'annual')
>>> c.label
'USD 120,000 = JPY 18,000,000 at 150 JPY per USD (user-supplied, 2025-12-31)'
>>> convert(Money(1, "EUR"), rate)
Traceback (most recent call last):
...
expectgap.errors.CurrencyMismatch: cannot combine EUR with USD in conversion with a USD/JPY rate; convert one first with an explicit rate
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from expectgap.errors import CurrencyMismatch, InvalidInput
from expectgap.money import Money, as_fraction, currency

__all__ = ["Converted", "ExchangeRate", "convert"]

_MAX_SOURCE = 200
_MAX_RATE = 1e9


@dataclass(frozen=True)
class ExchangeRate:
    """How many units of ``quote`` one unit of ``base`` buys, on a stated date, from a source.

    Parameters
    ----------
    base, quote : str
        ISO 4217 codes (``"USD"``, ``"JPY"``).
    rate : number
        Units of ``quote`` per unit of ``base``, finite and > 0.
    as_of : datetime.date
        The date the rate applies to (for an annual average, the last day of the year).
    source : str
        Where the rate comes from (one line, at most 200 characters).

    Examples
    --------
    >>> r = ExchangeRate("gbp", "usd", "1.28", date(2025, 12, 31), "Federal Reserve H.10 2025")
    >>> r.base, r.quote, r.inverse().rate
    ('GBP', 'USD', Fraction(25, 32))
    >>> ExchangeRate("USD", "JPY", 0, date(2025, 1, 1), "x")
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: rate: got 0; expected a finite number of JPY per USD, > 0 and <= 1e+09
    """

    base: str
    quote: str
    rate: Fraction
    as_of: date
    source: str

    def __init__(self, base: str, quote: str, rate: object, as_of: date, source: str) -> None:
        b, q = currency(base).code, currency(quote).code
        if b == q:
            raise InvalidInput("quote", quote, f"a currency other than {b}")
        accepted = f"a finite number of {q} per {b}, > 0 and <= {_MAX_RATE:g}"
        if isinstance(rate, bool):
            raise InvalidInput("rate", rate, accepted)
        try:
            value = as_fraction(rate, "rate")
        except InvalidInput:
            raise InvalidInput("rate", rate, accepted) from None
        if not 0 < value <= _MAX_RATE:
            raise InvalidInput("rate", rate, accepted)
        if not isinstance(as_of, date):
            raise InvalidInput("as_of", as_of, "a datetime.date")
        if not isinstance(source, str) or not source.strip() or len(source) > _MAX_SOURCE:
            shown = source[:40] + "..." if isinstance(source, str) else source
            raise InvalidInput(
                "source", shown, f"a non-empty text of at most {_MAX_SOURCE} characters"
            )
        if any(ch in source for ch in "\r\n"):
            raise InvalidInput("source", source[:40], "one line of text")
        object.__setattr__(self, "base", b)
        object.__setattr__(self, "quote", q)
        object.__setattr__(self, "rate", value)
        object.__setattr__(self, "as_of", as_of)
        object.__setattr__(self, "source", source.strip())

    def inverse(self) -> ExchangeRate:
        """The same rate the other way round (same date and source).

        Examples
        --------
        >>> ExchangeRate("USD", "JPY", 160, date(2024, 7, 1), "s").inverse().rate
        Fraction(1, 160)
        """
        return ExchangeRate(self.quote, self.base, 1 / self.rate, self.as_of, self.source)

    def text(self) -> str:
        """The rate as a reader sees it.

        Examples
        --------
        >>> ExchangeRate("USD", "JPY", "151.46", date(2024, 12, 31), "H.10").text()
        '151.46 JPY per USD (H.10, 2024-12-31)'
        """
        shown = f"{float(self.rate):,.6f}".rstrip("0").rstrip(".")
        return f"{shown} {self.quote} per {self.base} ({self.source}, {self.as_of.isoformat()})"


@dataclass(frozen=True)
class Converted:
    """A converted amount with the original and the rate used.

    Examples
    --------
    >>> r = ExchangeRate("GBP", "JPY", 200, date(2025, 6, 30), "contract rate")
    >>> convert(Money(1_000, "GBP"), r).money.amount
    Fraction(200000, 1)
    """

    money: Money
    original: Money
    rate: ExchangeRate

    @property
    def label(self) -> str:
        """The conversion in words: both amounts, the rate, its source and date.

        Examples
        --------
        >>> r = ExchangeRate("JPY", "USD", "0.0066", date(2025, 12, 31), "user")
        >>> convert(Money(10_000_000, "JPY", "annual"), r).label
        'JPY 10,000,000 = USD 66,000 at 0.0066 USD per JPY (user, 2025-12-31)'
        """
        return f"{_plain(self.original)} = {_plain(self.money)} at {self.rate.text()}"


def _plain(money: Money) -> str:
    digits = currency(money.currency).minor_units
    value = round(float(money.amount), digits)
    text = f"{value:,.0f}" if value == int(value) else f"{value:,.{digits}f}"
    return f"{money.currency} {text}"


def convert(
    money: Money, rate: ExchangeRate, *, on: date | None = None, max_age_days: int | None = None
) -> Converted:
    """Convert an amount with an explicit rate (either direction of the rate is accepted).

    Parameters
    ----------
    money : Money
        The amount (its period is kept).
    rate : ExchangeRate
        A rate between the amount's currency and another.
    on : datetime.date, optional
        The date of use; with ``max_age_days``, a rate older than that is refused.
    max_age_days : int, optional
        How old the rate may be on ``on``.

    Returns
    -------
    Converted

    Raises
    ------
    CurrencyMismatch
        When the rate does not involve the amount's currency.
    InvalidInput
        When the rate is too old, or dated after the date of use.

    Examples
    --------
    >>> r = ExchangeRate("USD", "JPY", 150, date(2025, 12, 31), "H.10 annual average 2025")
    >>> convert(Money(3_000_000, "JPY", "annual"), r).money
    Money(20000, 'USD', 'annual')
    >>> convert(Money(1, "USD"), r, on=date(2027, 3, 1), max_age_days=365)
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: rate.as_of: got '2025-12-31'; expected a rate dated within 365 days before 2027-03-01
    """
    if not isinstance(money, Money):
        raise InvalidInput("money", money, "a Money amount")
    if not isinstance(rate, ExchangeRate):
        raise InvalidInput("rate", rate, "an ExchangeRate")
    used = rate if money.currency == rate.base else None
    if used is None and money.currency == rate.quote:
        used = rate.inverse()
    if used is None:
        raise CurrencyMismatch(
            money.currency, rate.base, f"conversion with a {rate.base}/{rate.quote} rate"
        )
    if on is not None:
        if rate.as_of > on:
            raise InvalidInput(
                "rate.as_of", rate.as_of.isoformat(), f"a rate dated on or before {on}"
            )
        if max_age_days is not None and (on - rate.as_of).days > max_age_days:
            raise InvalidInput(
                "rate.as_of",
                rate.as_of.isoformat(),
                f"a rate dated within {max_age_days} days before {on.isoformat()}",
            )
    return Converted(money.converted(used.quote, used.rate), money, used)
