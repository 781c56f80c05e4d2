"""Bounded memos of functions of immutable inputs.

An assessment recomputes, call after call, figures that depend only on frozen inputs (an
offer's package, a market table, a payroll model): :func:`memo` keeps the latest results of
such a function, keyed on its arguments' values and types (``1``, ``1.0`` and ``True`` are
different keys); the same objects as in the last call are recognised without hashing them.
Arguments that cannot be hashed (an array inside a dataclass) are computed every time,
uncached; exceptions are never kept.

Examples
--------
>>> calls = []
>>> @memo(2)
... def square(x):
...     calls.append(x)
...     return x * x
>>> square(3), square(3), square(3.0), calls
(9, 9, 9.0, [3, 3.0])
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Generic, TypeVar

__all__ = ["Memo", "memo"]

_R = TypeVar("_R")


class Memo(Generic[_R]):
    """A function with a bounded memo of its latest results (see :func:`memo`).

    Examples
    --------
    >>> twice = Memo(lambda x: 2 * x, 4)
    >>> twice(2), twice.cache_size()
    (4, 1)
    """

    def __init__(self, function: Callable[..., _R], size: int) -> None:
        self._function = function
        self._cached = functools.lru_cache(maxsize=size, typed=True)(function)
        # The last call's arguments (held, so never another object at the same address) and
        # result: the same objects again are answered without hashing them.
        self._last: tuple[tuple[Any, ...], _R] | None = None
        functools.update_wrapper(self, function)

    def __call__(self, *args: Any) -> _R:
        last = self._last
        if (
            last is not None
            and len(args) == len(last[0])
            and all(a is b for a, b in zip(args, last[0], strict=True))
        ):
            return last[1]
        try:
            hash(args)
        except TypeError:  # an unhashable argument: computed, not kept
            return self._function(*args)
        result = self._cached(*args)
        self._last = (args, result)
        return result

    def cache_clear(self) -> None:
        """Forget every kept result.

        Examples
        --------
        >>> m = Memo(abs, 2)
        >>> m(-1), m.cache_clear(), m.cache_size()
        (1, None, 0)
        """
        self._cached.cache_clear()
        self._last = None

    def cache_size(self) -> int:
        """How many results are kept.

        Examples
        --------
        >>> Memo(abs, 2).cache_size()
        0
        """
        return self._cached.cache_info().currsize


def memo(size: int) -> Callable[[Callable[..., _R]], Memo[_R]]:
    """Keep the latest ``size`` results of a function of hashable, immutable (positional)
    arguments.

    Examples
    --------
    >>> @memo(8)
    ... def total(values):
    ...     return sum(values)
    >>> total((1, 2)), total([1, 2]), total.cache_size()  # a list is not kept
    (3, 3, 1)
    """

    def decorate(function: Callable[..., _R]) -> Memo[_R]:
        return Memo(function, size)

    return decorate
