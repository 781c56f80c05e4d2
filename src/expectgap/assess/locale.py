"""Message catalogs and locale-aware formatting for reports and talking points.

Catalogs are data: ``expectgap/assess/locales/<locale>.toml`` holds every label, template and
fragment of a locale (``en`` and ``ja`` are shipped). Templates use ``{name}`` placeholders,
filled with already formatted strings.

Amounts follow the locale: English uses the currency symbol (``¥5,600,000``, ``$150,000``,
minor units only when not whole); Japanese writes yen with 万 and 億 (``560万円``,
``34万6,120円``, ``1億2,000万円``) and other currencies with their symbol.

Examples
--------
>>> format_money(5_600_000, "JPY", "en"), format_money(5_600_000, "JPY", "ja")
('¥5,600,000', '560万円')
>>> format_money(150_000, "USD", "en"), format_money(1234.5, "USD", "ja")
('$150,000', '$1,234.50')
>>> catalog("ja").text("dimension.net_salary")
'手取り額'
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from expectgap._package_data import loads_toml, read_text
from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.money import currency as currency_info

__all__ = [
    "LOCALES",
    "Catalog",
    "catalog",
    "format_date",
    "format_money",
    "format_number",
    "format_percent",
]

#: Locales with a shipped catalog.
LOCALES = ("en", "ja")

_MAN = 10_000
_OKU = 100_000_000
_MINUS = "−"


@dataclass(frozen=True)
class Catalog:
    """One locale's messages (a flat mapping of dotted keys to strings).

    Examples
    --------
    >>> catalog("en").format("unit.hours_per_week.full", value="40")
    '40 h a week'
    """

    locale: str
    messages: Mapping[str, str]

    def text(self, key: str) -> str:
        """The message for ``key``.

        Raises
        ------
        KeyError
            When the catalog lacks the key (a defect in the catalog; tests check coverage).

        Examples
        --------
        >>> catalog("en").text("stance.negotiate")
        'negotiate'
        """
        try:
            return self.messages[key]
        except KeyError:
            raise KeyError(f"catalog {self.locale!r} has no message {key!r}") from None

    def has(self, key: str) -> bool:
        """Whether the catalog holds ``key``.

        Examples
        --------
        >>> catalog("en").has("no.such.key")
        False
        """
        return key in self.messages

    def format(self, key: str, **params: str) -> str:
        """The message for ``key`` with its placeholders filled.

        Examples
        --------
        >>> catalog("ja").format("unit.days_per_year.full", value="15")
        '年15日'
        """
        return self.text(key).format_map(params)


def _flatten(prefix: str, table: Mapping[str, Any], out: dict[str, str]) -> None:
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            _flatten(f"{name}.", value, out)
        elif isinstance(value, str):
            out[name] = value
        else:
            raise ValueError(f"catalog entry {name} is not a string")


def catalog(locale: str) -> Catalog:
    """Load the catalog of ``locale`` (``"en"`` or ``"ja"``).

    Raises
    ------
    UnsupportedRule
        For another locale.

    Examples
    --------
    >>> catalog("fr")
    Traceback (most recent call last):
    ...
    expectgap.errors.UnsupportedRule: locale: 'fr' is not supported; supported: en, ja
    """
    if not isinstance(locale, str) or locale not in LOCALES:
        raise UnsupportedRule("locale", locale, LOCALES)
    return _load(locale)


@functools.cache
def _load(locale: str) -> Catalog:
    text = read_text("expectgap.assess", f"locales/{locale}.toml")
    messages: dict[str, str] = {}
    _flatten("", loads_toml(text), messages)
    return Catalog(locale, messages)


def _check_locale(locale: str) -> None:
    if not isinstance(locale, str) or locale not in LOCALES:
        raise InvalidInput("locale", locale, "one of " + ", ".join(LOCALES))


def format_number(value: float, locale: str = "en", *, digits: int = 1) -> str:
    """A number with thousands separators and at most ``digits`` decimals (trailing zeros
    dropped).

    Examples
    --------
    >>> format_number(1234.5), format_number(40.0), format_number(-2.25, digits=2)
    ('1,234.5', '40', '−2.25')
    """
    _check_locale(locale)
    rounded = round(float(value), digits)
    sign = _MINUS if rounded < 0 else ""
    whole = int(rounded)
    if whole == rounded:
        return f"{sign}{abs(whole):,}"
    text = f"{abs(rounded):,.{digits}f}".rstrip("0").rstrip(".")
    return sign + text


def format_percent(value: float, locale: str = "en", *, signed: bool = False) -> str:
    """A percentage with one decimal (``12.5%``); ``signed`` adds ``+`` to positive values.

    Examples
    --------
    >>> format_percent(-13.47), format_percent(3.8, signed=True)
    ('−13.5%', '+3.8%')
    """
    text = format_number(value, locale, digits=1) + "%"
    if signed and round(value, 1) > 0:
        text = "+" + text
    return text


def _japanese_yen(amount: int) -> str:
    oku, rest = divmod(amount, _OKU)
    man, yen = divmod(rest, _MAN)
    parts = []
    if oku:
        parts.append(f"{oku:,}億")
    if man:
        parts.append(f"{man:,}万")
    if yen or not parts:
        parts.append(f"{yen:,}")
    return "".join(parts) + "円"


def format_money(amount: float, currency: str, locale: str = "en") -> str:
    """An amount of money for ``locale`` (see the module docstring).

    Examples
    --------
    >>> format_money(-53_880, "JPY", "ja"), format_money(123_456_789, "JPY", "ja")
    ('−5万3,880円', '1億2,345万6,789円')
    >>> format_money(0, "JPY", "ja"), format_money(99.999, "USD", "en")
    ('0円', '$100')
    """
    _check_locale(locale)
    info = currency_info(currency)
    if not math.isfinite(amount):
        raise InvalidInput("amount", amount, "a finite amount")
    minor = info.minor_units
    rounded = round(float(amount), minor)
    sign = _MINUS if rounded < 0 else ""
    value = abs(rounded)
    if info.code == "JPY" and locale == "ja":
        return sign + _japanese_yen(round(value))
    whole = value == math.floor(value)
    text = f"{value:,.0f}" if whole else f"{value:,.{minor}f}"
    return f"{sign}{info.symbol}{text}"


def format_date(value: date, locale: str = "en") -> str:
    """A date: ISO in English (``2026-11-01``), ``2026年11月1日`` in Japanese.

    Examples
    --------
    >>> format_date(date(2026, 11, 1), "ja")
    '2026年11月1日'
    """
    _check_locale(locale)
    if locale == "ja":
        return f"{value.year}年{value.month}月{value.day}日"
    return value.isoformat()
