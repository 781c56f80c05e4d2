"""Money at the boundary of the market engines: check currency and period, then unwrap.

Examples
--------
>>> from expectgap.money import Money, Period
>>> plain(Money(150_000, "USD", "annual"), "USD", Period.ANNUAL, "percentile_of")
150000.0
>>> plain([1.0, 2.0], "USD", Period.ANNUAL, "percentile_of")
[1.0, 2.0]
"""

from __future__ import annotations

from expectgap.errors import CurrencyMismatch, InvalidInput, PeriodMismatch
from expectgap.money import Money, Period

__all__ = ["plain"]


def plain(value: object, currency: str | None, period: Period | None, operation: str) -> object:
    """Return ``value`` unchanged, or a :class:`~expectgap.Money`'s amount once it matches.

    Raises
    ------
    CurrencyMismatch, PeriodMismatch
        For a Money in another currency or period than the reference.
    InvalidInput
        For a Money compared with a reference that declares no currency or period.

    Examples
    --------
    >>> plain(Money(1, "JPY", "annual"), "USD", Period.ANNUAL, "position")
    Traceback (most recent call last):
    ...
    expectgap.errors.CurrencyMismatch: cannot combine JPY with USD in position; convert one first with an explicit rate
    """
    if not isinstance(value, Money):
        return value
    if currency is None or period is None:
        raise InvalidInput(
            "reference",
            "no declared currency or period",
            "a reference that declares its currency and period (PeerGroup(..., currency=, "
            "period=)) to compare a Money amount; or pass a plain number",
        )
    if value.currency != currency:
        raise CurrencyMismatch(value.currency, currency, operation)
    if value.period is not period:
        shown = "one-off" if value.period is None else value.period.value
        raise PeriodMismatch(shown, period.value, operation)
    return float(value.amount)
