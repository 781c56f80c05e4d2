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
    big = size >= _EXACT_INTEGERS
    if big.any():
        out[big] = [format_number(v, locale, digits=digits) for v in x[big].tolist()]
    whole = (rounded == np.trunc(rounded)) & ~big
    if whole.any():
        out[whole] = [f"{k:,}" for k in size[whole].astype(np.int64).tolist()]
    part = ~whole & ~big
    if part.any():
        out[part] = [f"{v:,.{digits}f}".rstrip("0").rstrip(".") for v in size[part].tolist()]
    negative = (rounded < 0) & ~big
    out[negative] = _MINUS + out[negative]
    return out


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
        shown = np.array([f"{info.symbol}{x:,.0f}" for x in whole.tolist()], dtype=object)
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
