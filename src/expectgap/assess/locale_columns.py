"""Locale formatting of whole columns: the formatting functions of
:mod:`expectgap.assess.locale` applied to many numbers at once, with the same results.

Examples
--------
>>> format_money_column([450_000, 5_600_000], "JPY", "ja").tolist()
['45万円', '560万円']
"""

from __future__ import annotations

import functools

import numpy as np
import numpy.typing as npt

from expectgap.assess.locale import (
    _MAN,
    _MINUS,
    _OKU,
    _check_locale,
    format_money,
    format_number,
)
from expectgap.errors import InvalidInput
from expectgap.money import currency as currency_info

__all__ = ["format_money_column", "format_number_column", "format_percent_column", "round_column"]


def round_column(values: npt.ArrayLike, digits: int) -> npt.NDArray[np.float64]:
    """:func:`round` ``(x, digits)`` of every value, computed column-wise.

    Python rounds the exact value of a float to the nearest decimal (half to even); scaling by
    ``10**digits`` in floats can move a value across a half, so values within rounding error
    of a half are rounded one by one, by :func:`round` itself.

    Examples
    --------
    >>> round_column([0.15, 2.675, -0.25, 12.345678949], 1).tolist()
    [0.1, 2.7, -0.2, 12.3]
    >>> [round(x, 1) for x in (0.15, 2.675, -0.25, 12.345678949)]
    [0.1, 2.7, -0.2, 12.3]
    """
    x = np.asarray(values, dtype=np.float64)
    scale = 10.0**digits
    with np.errstate(invalid="ignore", over="ignore"):
        scaled = x * scale
        out = np.rint(scaled) / scale
        # the product is off by at most half a unit in the last place
        half = np.abs(scaled - np.floor(scaled) - 0.5) <= _NEAR_HALF * np.spacing(np.abs(scaled))
        risky = np.isfinite(x) & (half | ~(np.abs(scaled) < _EXACT_INTEGERS))
    if risky.any():
        out[risky] = [round(v, digits) for v in x[risky].tolist()]
    return out


_NEAR_HALF = 4  # units in the last place from a half within which a product may round either way


def format_number_column(
    values: npt.ArrayLike, locale: str = "en", *, digits: int = 1
) -> npt.NDArray[np.object_]:
    """:func:`format_number` of every value of a column.

    Examples
    --------
    >>> format_number_column([1234.5, 40.0, -2.25, 0.04], digits=1).tolist()
    ['1,234.5', '40', '−2.2', '0']
    """
    _check_locale(locale)
    x = np.asarray(values, dtype=np.float64)
    if not np.isfinite(x).all():
        raise InvalidInput("value", float(x[~np.isfinite(x)][0]), "a finite number")
    rounded = round_column(x, digits)
    out = np.empty(rounded.shape, dtype=object)
    size = np.abs(rounded)
    # in tenths (for digits=1) and so on, exact below _EXACT_SCALED
    scaled = np.rint(size * 10.0**digits)
    big = ~(scaled < _EXACT_SCALED)
    if big.any():
        out[big] = [format_number(v, locale, digits=digits) for v in x[big].tolist()]
    units, parts = np.divmod(scaled[~big].astype(np.int64), 10**digits)
    out[~big] = _thousands(units) + _fractions(parts, digits)
    negative = (rounded < 0) & ~big
    out[negative] = _MINUS + out[negative]
    return out


#: Scaled values below this are the decimals :func:`format` writes: a value rounded to
#: ``digits`` is within half a unit in the last place of its decimal ``k / 10**digits``, and
#: ``k`` is found again (``rint``) while the units in the last place stay far below one.
_EXACT_SCALED = 2.0**50


def _fractions(parts: npt.NDArray[np.int64], digits: int) -> npt.NDArray[np.object_]:
    """The fraction written after the units of each number of ``parts`` (in units of
    ``10**-digits``): "" for 0, else the point and the digits without trailing zeros."""
    distinct, inverse = np.unique(parts, return_inverse=True)
    texts = np.array(
        [f".{k:0{digits}d}".rstrip("0").rstrip(".") for k in distinct.tolist()], dtype=object
    )
    out: npt.NDArray[np.object_] = texts[inverse.reshape(-1)]
    return out


def _thousands(whole: npt.NDArray[np.int64]) -> npt.NDArray[np.object_]:
    """``f"{k:,}"`` of every whole number ``k >= 0``, from tables of the groups of three
    digits."""
    lead, rest = _groups_of_thousand()
    out: npt.NDArray[np.object_] = lead[whole % _THOUSAND]
    big = whole >= _THOUSAND
    if big.any():
        above, group = np.divmod(whole[big], _THOUSAND)
        out[big] = _thousands(above) + rest[group]
    return out


_THOUSAND = 1_000


@functools.cache
def _groups_of_thousand() -> tuple[npt.NDArray[np.object_], npt.NDArray[np.object_]]:
    """Texts of 0-999 as the first group of a number and as a later group (",007")."""
    lead = np.array([str(k) for k in range(_THOUSAND)], dtype=object)
    rest = np.array([f",{k:03d}" for k in range(_THOUSAND)], dtype=object)
    return lead, rest


def format_percent_column(values: npt.ArrayLike, locale: str = "en") -> npt.NDArray[np.object_]:
    """:func:`format_percent` of every value of a column (unsigned).

    Examples
    --------
    >>> format_percent_column([12.34, 0.05, 100.0]).tolist()
    ['12.3%', '0.1%', '100%']
    """
    out: npt.NDArray[np.object_] = format_number_column(values, locale, digits=1) + "%"
    return out


def format_money_column(
    amounts: npt.ArrayLike, currency: str, locale: str = "en"
) -> npt.NDArray[np.object_]:
    """:func:`format_money` of every amount of a column, formatted column-wise.

    Currencies with minor units (cents) are formatted amount by amount; whole units (yen) are
    rounded half to even as :func:`round` does, and written with thousands separators, or in
    Japanese with 万 and 億 from tables of the 10,000 groups.

    Examples
    --------
    >>> format_money_column([5_600_000, -53_880.4, 6_020, 0.5], "JPY", "ja").tolist()
    ['560万円', '−5万3,880円', '6,020円', '0円']
    >>> format_money_column([1_234_567.5, 2.5], "JPY", "en").tolist()
    ['¥1,234,568', '¥2']
    """
    _check_locale(locale)
    info = currency_info(currency)
    values = np.asarray(amounts, dtype=np.float64)
    bad = ~np.isfinite(values)
    if bad.any():
        raise InvalidInput("amount", float(values[bad][0]), "a finite amount")
    out = np.empty(values.shape, dtype=object)
    if info.minor_units or (values.size and np.abs(values).max() >= _EXACT_INTEGERS):
        out[...] = [format_money(x, currency, locale) for x in values.tolist()]
        return out
    rounded = np.rint(values)  # round(x, 0): to the nearest, half to even
    whole = np.abs(rounded)
    if info.code == "JPY" and locale == "ja":
        ints = whole.astype(np.int64)
        oku, rest = np.divmod(ints, _OKU)
        man, yen = np.divmod(rest, _MAN)
        man_texts, yen_texts = _groups_of_ten_thousand()
        shown = (
            man_texts[man] + yen_texts[np.where((oku == 0) & (man == 0) & (yen == 0), _MAN, yen)]
        )
        if oku.any():
            big = oku > 0
            shown[big] = [f"{k:,}億" for k in oku[big].tolist()] + shown[big]
        shown = shown + "円"
    else:
        shown = info.symbol + _thousands(whole.astype(np.int64))
    out[...] = np.where(rounded < 0, _MINUS + shown, shown)
    return out


_EXACT_INTEGERS = 2**53  # every whole amount below this is a float exactly


@functools.cache
def _groups_of_ten_thousand() -> tuple[npt.NDArray[np.object_], npt.NDArray[np.object_]]:
    """Japanese yen texts of 0-9,999 万 and 0-9,999 yen (empty for 0; ``yen[10_000]`` is "0",
    for an amount of 0)."""
    man = np.array(["", *(f"{k:,}万" for k in range(1, _MAN))], dtype=object)
    yen = np.array(["", *(f"{k:,}" for k in range(1, _MAN)), "0"], dtype=object)
    return man, yen
