"""Limits on input, and strict checks of plain inputs: flags, texts, tag lists and counts.

Every public constructor takes its booleans as ``bool`` (a string such as ``"no"`` is refused,
not read as true), its tag lists as sequences of strings (a bare string is refused, not split
into letters), and bounds texts, lists and counts by the maxima below, so that hostile input is
refused with :class:`~expectgap.errors.InvalidInput` before any work is done.

Examples
--------
>>> flag(True, "guaranteed")
True
>>> flag("no", "guaranteed")
Traceback (most recent call last):
...
expectgap.errors.InvalidInput: guaranteed: got 'no'; expected True or False
>>> texts("quiet", "atmosphere")
Traceback (most recent call last):
...
expectgap.errors.InvalidInput: atmosphere: got 'quiet'; expected a list of strings (not one string)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

import numpy as np

from expectgap.errors import InvalidInput

__all__ = [
    "MAX_AGE",
    "MAX_DEPENDENTS",
    "MAX_ITEMS",
    "MAX_TEXT",
    "flag",
    "optional_text",
    "shown",
    "texts",
]

#: Longest text accepted for a name, title, tag, place or source (characters).
MAX_TEXT = 500

#: Most items accepted in a list of tags, duties, places or package parts.
MAX_ITEMS = 200

#: Largest age in completed years accepted anywhere (the engine, the models, the frames).
MAX_AGE = 120

#: Largest count of dependants of any kind accepted: a bound on hostile input, far above any
#: household, that keeps integer arithmetic exact.
MAX_DEPENDENTS = 1_000

_SHOWN = 60
_T = TypeVar("_T")


def shown(value: _T) -> _T | str:
    """A value as an error message shows it: a long text, or the text of a long value, cut
    short (a string stays a string, a short value stays itself).

    Examples
    --------
    >>> shown("x" * 100)[-3:]
    '...'
    >>> shown(42)
    42
    """
    if isinstance(value, str):
        return value if len(value) <= _SHOWN else value[:_SHOWN] + "..."
    try:
        text = repr(value)
    except ValueError:  # an integer beyond Python's digit limit for str()
        return f"<a {type(value).__name__} too large to show>"
    return value if len(text) <= _SHOWN else text[:_SHOWN] + "..."


def flag(value: object, field: str) -> bool:
    """A boolean given as ``bool`` (or a numpy boolean).

    Examples
    --------
    >>> flag(False, "taxable")
    False
    """
    if isinstance(value, bool | np.bool_):
        return bool(value)
    raise InvalidInput(field, shown(value), "True or False")


def optional_text(value: object, field: str) -> str | None:
    """None, or a string of at most :data:`MAX_TEXT` characters.

    Examples
    --------
    >>> optional_text(None, "city") is None
    True
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidInput(field, shown(value), "a string")
    if len(value) > MAX_TEXT:
        raise InvalidInput(field, shown(value), f"a string of at most {MAX_TEXT} characters")
    return value


def texts(value: object, field: str) -> tuple[str, ...]:
    """A list or tuple of strings (not one string), each of at most :data:`MAX_TEXT` characters,
    at most :data:`MAX_ITEMS` of them.

    Examples
    --------
    >>> texts(["calm", "open"], "atmosphere")
    ('calm', 'open')
    """
    if isinstance(value, str) or not isinstance(value, Sequence):
        accepted = "a list of strings (not one string)"
        raise InvalidInput(field, shown(value), accepted)
    if len(value) > MAX_ITEMS:
        raise InvalidInput(field, f"{len(value)} items", f"at most {MAX_ITEMS} strings")
    out = tuple(value)
    for item in out:
        if not isinstance(item, str) or len(item) > MAX_TEXT:
            raise InvalidInput(
                field, shown(item), f"a list of strings of at most {MAX_TEXT} characters each"
            )
    return out
