"""The 47 prefectures of Japan, found by romanized name, JIS code or Japanese name.

The list (JIS X 0401 code, romanized name, Japanese name) is data, read from
``params/prefectures.toml``. :func:`prefecture` accepts the forms people write:

- a romanized name in any case, with or without macrons or a suffix: ``"tokyo"``, ``"Tokyo"``,
  ``"Tōkyō-to"``, ``"Osaka-fu"``, ``"Aichi Prefecture"``, ``"Toukyou"``;
- a JIS code as an integer or a string: ``13``, ``"13"``, ``"01"``;
- a Japanese name with or without its suffix: ``"東京都"``, ``"東京"``, ``"大阪府"``, ``"北海道"``.

Examples
--------
>>> prefecture("Tokyo-to") == prefecture(13) == prefecture("東京")
True
>>> prefecture("01").japanese
'北海道'
"""

from __future__ import annotations

import functools
import operator
import unicodedata
from dataclasses import dataclass

import numpy as np

from expectgap._package_data import loads_toml, read_text
from expectgap.errors import InvalidInput, UnsupportedRule, closest
from expectgap.payroll._params import ParamFileError

__all__ = ["Prefecture", "prefecture", "supported_prefectures"]

_PACKAGE = "expectgap.payroll.jp.params"
_FILE = "prefectures.toml"
# Suffixes written after a romanized name ("Tokyo-to", "Osaka Prefecture"); spaces and
# underscores are turned into hyphens before they are removed.
_ROMAN_SUFFIXES = ("-prefecture", "-metropolis", "-ken", "-fu", "-to")
# Long vowels written out ("Toukyou", "Ooita") are folded to the Hepburn spelling without macrons.
_LONG_VOWELS = (("ou", "o"), ("oo", "o"), ("uu", "u"))
# Japanese suffixes of 都, 府 and 県 (北海道 is written in full).
_JAPANESE_SUFFIXES = ("都", "府", "県")
_ACCEPTED = "a romanized name ('tokyo'), a JIS code 1-47 (13, '13') or a Japanese name ('東京都')"


@dataclass(frozen=True)
class Prefecture:
    """One of the 47 prefectures.

    Attributes
    ----------
    code : int
        JIS X 0401 code, 1 (Hokkaido) to 47 (Okinawa).
    name : str
        Romanized name in lower case, without macrons or suffix (``"tokyo"``).
    japanese : str
        Japanese name with its suffix (``"東京都"``).

    Examples
    --------
    >>> p = prefecture("osaka")
    >>> p.code, p.name, p.japanese, p.japanese_short
    (27, 'osaka', '大阪府', '大阪')
    """

    code: int
    name: str
    japanese: str

    @property
    def japanese_short(self) -> str:
        """The Japanese name without the suffix 都, 府 or 県 (北海道 stays whole).

        Examples
        --------
        >>> prefecture(1).japanese_short, prefecture(26).japanese_short
        ('北海道', '京都')
        """
        for suffix in _JAPANESE_SUFFIXES:
            if self.japanese.endswith(suffix):
                return self.japanese[: -len(suffix)]
        return self.japanese


def _fold_roman(text: str) -> str:
    """Lower-case, strip macrons, suffixes and written-out long vowels from a romanized name."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace(" ", "-").replace("_", "-")
    for suffix in _ROMAN_SUFFIXES:
        if plain.endswith(suffix):
            plain = plain[: -len(suffix)]
            break
    for long, short in _LONG_VOWELS:
        plain = plain.replace(long, short)
    return plain


@dataclass(frozen=True)
class _Index:
    ordered: tuple[Prefecture, ...]
    by_key: dict[str, Prefecture]


@functools.cache
def _index() -> _Index:
    where = f"{_PACKAGE}/{_FILE}"
    rows = loads_toml(read_text(_PACKAGE, _FILE)).get("prefecture", [])
    ordered = tuple(
        Prefecture(int(row["code"]), str(row["name"]), str(row["japanese"])) for row in rows
    )
    if [p.code for p in ordered] != list(range(1, len(ordered) + 1)):
        raise ParamFileError(f"{where}: codes must run 1, 2, ... in order")
    by_key: dict[str, Prefecture] = {}
    for p in ordered:
        if _fold_roman(p.name) != p.name:
            raise ParamFileError(f"{where}: name {p.name!r} is not in folded form")
        keys = {p.name, p.japanese, p.japanese_short, str(p.code), f"{p.code:02d}"}
        for key in keys:
            if key in by_key:
                raise ParamFileError(f"{where}: {key!r} names two prefectures")
            by_key[key] = p
    return _Index(ordered, by_key)


def supported_prefectures() -> tuple[Prefecture, ...]:
    """Return the 47 prefectures in JIS code order.

    Returns
    -------
    tuple of Prefecture

    Examples
    --------
    >>> ps = supported_prefectures()
    >>> len(ps), ps[0].name, ps[-1].name
    (47, 'hokkaido', 'okinawa')
    """
    return _index().ordered


def _unknown(value: object, key: str) -> UnsupportedRule:
    ordered = _index().ordered
    if key.isascii():
        suggestions = closest(key, [p.name for p in ordered])
    else:
        suggestions = closest(key, [p.japanese for p in ordered])
    return UnsupportedRule("prefecture", value, [p.name for p in ordered], suggestions)


@functools.lru_cache(maxsize=1024)
def _from_text(value: str) -> Prefecture:
    by_key = _index().by_key
    text = unicodedata.normalize("NFKC", value).strip()
    if text.isdigit():
        found = by_key.get(text.lstrip("0"))
        if found is None:
            raise UnsupportedRule("prefecture", value, [p.code for p in _index().ordered])
        return found
    found = by_key.get(text)
    if found is not None:
        return found
    folded = _fold_roman(text)
    roman = folded.isascii()
    found = by_key.get(folded) if roman else None
    if found is None:
        raise _unknown(value, folded if roman else text)
    return found


def prefecture(value: object) -> Prefecture:
    """Find a prefecture by romanized name, JIS code or Japanese name.

    Parameters
    ----------
    value : str, int or Prefecture
        ``"tokyo"`` (any case, macrons and suffixes such as ``"-to"``, ``"-fu"``, ``"-ken"`` or
        ``" Prefecture"`` allowed), a JIS code ``13`` or ``"13"``, or ``"東京都"`` / ``"東京"``.

    Returns
    -------
    Prefecture

    Raises
    ------
    UnsupportedRule
        For a name or code that matches no prefecture; the closest names are suggested and
        every supported name is listed.
    InvalidInput
        For a value of another type (a float, a boolean, None).

    Examples
    --------
    >>> prefecture("Ōsaka-fu").name
    'osaka'
    >>> prefecture("京都").code
    26
    >>> prefecture("tokio")
    Traceback (most recent call last):
    ...
    expectgap.errors.UnsupportedRule: prefecture: 'tokio' is not supported; did you mean 'tokyo'...; supported: hokkaido, ...
    """
    if isinstance(value, Prefecture):
        return value
    if isinstance(value, str):
        return _from_text(value)
    if isinstance(value, bool | np.bool_):
        raise InvalidInput("prefecture", value, _ACCEPTED)
    try:
        code = operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        raise InvalidInput("prefecture", value, _ACCEPTED) from None
    ordered = _index().ordered
    if not 1 <= code <= len(ordered):
        raise UnsupportedRule("prefecture", value, [p.code for p in ordered])
    return ordered[code - 1]
