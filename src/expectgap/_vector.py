"""Scalar-or-batch plumbing shared by every vectorized engine.

A scalar call is a batch of one: :func:`amounts` turns a scalar, list, numpy array or pandas
Series into a float64 array (validated: finite and, by default, >= 0) together with a
:class:`Shape` that turns results back into the caller's form: a Python ``int``/``float`` for a
scalar, an array of the same shape, or a Series with the same index and name.

pandas is imported only when the caller passed a Series (:func:`is_series` asks
``sys.modules``: no Series can exist before pandas is imported), so the scalar and array paths
start without it.

Examples
--------
>>> import numpy as np
>>> values, shape = amounts([100, 250], "monthly_pay")
>>> shape.wrap_int(values * 2)
array([200, 500])
>>> values, shape = amounts(300, "monthly_pay")
>>> shape.wrap_int(values + 1)
301
>>> amounts([1, -2, float("nan")], "monthly_pay")
Traceback (most recent call last):
...
expectgap.errors.InvalidInput: monthly_pay: got 'positions [1, 2]: -2.0, nan'; expected a finite amount >= 0
"""

from __future__ import annotations

import sys
from collections.abc import Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeGuard

import numpy as np
import numpy.typing as npt

from expectgap._limits import shown
from expectgap.errors import InvalidInput

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Shape", "amounts", "bad_positions_text", "broadcast", "is_series", "value_codes"]

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

_MAX_LISTED = 5


@dataclass(frozen=True)
class Shape:
    """How to give results back in the form the caller used.

    Examples
    --------
    >>> Shape(scalar=True).wrap_int(np.array(5.0))
    5
    """

    scalar: bool
    index: pd.Index | None = None
    name: Hashable | None = None

    def wrap_int(self, values: npt.ArrayLike) -> Any:
        """Return integer results (yen) in the caller's form.

        Examples
        --------
        >>> Shape(scalar=False).wrap_int(np.array([1.0, 2.0]))
        array([1, 2])
        """
        array = np.asarray(values).astype(np.int64)
        return self._wrap(array)

    def wrap_float(self, values: npt.ArrayLike) -> Any:
        """Return float results in the caller's form.

        Examples
        --------
        >>> Shape(scalar=True).wrap_float(np.array(0.5))
        0.5
        """
        return self._wrap(np.asarray(values, dtype=np.float64))

    def _wrap(self, array: npt.NDArray[Any]) -> Any:
        if self.scalar:
            return array.reshape(()).item()
        if self.index is not None:
            import pandas as pd

            return pd.Series(array, index=self.index, name=self.name)
        return array


def is_series(value: object) -> TypeGuard[pd.Series]:
    """Whether ``value`` is a pandas Series, without importing pandas.

    Examples
    --------
    >>> is_series([1, 2])
    False
    >>> import pandas as pd
    >>> is_series(pd.Series([1, 2]))
    True
    """
    pandas = sys.modules.get("pandas")
    return pandas is not None and isinstance(value, pandas.Series)


def bad_positions_text(bad: npt.NDArray[np.bool_], values: npt.NDArray[Any]) -> str:
    """Describe the offending elements of an array for an error message.

    Examples
    --------
    >>> bad_positions_text(np.array([False, True]), np.array([1.0, -1.0]))
    'positions [1]: -1.0'
    """
    flat_bad = np.flatnonzero(np.asarray(bad).ravel())
    flat_values = np.asarray(values).ravel()
    shown = flat_bad[:_MAX_LISTED]
    more = "" if flat_bad.size <= _MAX_LISTED else f" (and {flat_bad.size - _MAX_LISTED} more)"
    listed = ", ".join(repr(flat_values[i].item()) for i in shown)
    return f"positions {shown.tolist()}: {listed}{more}"


def amounts(
    value: object,
    field: str,
    *,
    minimum: float | None = 0.0,
    maximum: float | None = None,
) -> tuple[FloatArray, Shape]:
    """Validate amounts and return them as a float64 array with the caller's shape.

    Parameters
    ----------
    value : scalar, sequence, numpy array or pandas Series
        The amounts.
    field : str
        The argument's name, used in error messages.
    minimum : float or None
        Smallest accepted value (None for no lower bound).
    maximum : float or None
        Largest accepted value (None for no upper bound).

    Returns
    -------
    (numpy.ndarray, Shape)

    Raises
    ------
    InvalidInput
        For NaN, infinite, non-numeric or too small values (all offending positions are listed).

    Examples
    --------
    >>> import pandas as pd
    >>> values, shape = amounts(pd.Series([1, 2], index=["a", "b"]), "pay")
    >>> shape.wrap_int(values)
    a    1
    b    2
    dtype: int64
    """
    index: pd.Index | None = None
    name: Hashable | None = None
    if is_series(value):
        index, name = value.index, value.name
        raw: Any = value.to_numpy()
    else:
        raw = value
    if isinstance(raw, bool | np.bool_):
        raise InvalidInput(field, value, "a finite number, not a boolean")
    try:
        array = np.asarray(raw, dtype=np.float64)
    except (TypeError, ValueError, OverflowError):
        raise InvalidInput(field, shown(value), "finite numbers") from None
    bad = ~np.isfinite(array)
    if minimum is not None:
        bad |= array < minimum
    if maximum is not None:
        bad |= array > maximum
    if bad.any():
        accepted = "a finite amount" + ("" if minimum is None else f" >= {minimum:g}")
        accepted += "" if maximum is None else f" and <= {maximum:,.0f}"
        listed: object = bad_positions_text(bad, array) if array.ndim else raw
        raise InvalidInput(field, listed, accepted)
    return array, Shape(scalar=array.ndim == 0, index=index, name=name)


def broadcast(*arrays: npt.ArrayLike) -> list[npt.NDArray[Any]]:
    """Broadcast arrays to one shape (a thin, typed wrapper of :func:`numpy.broadcast_arrays`).

    Examples
    --------
    >>> [a.shape for a in broadcast(np.zeros(3), 1.0)]
    [(3,), (3,)]
    """
    return [np.asarray(a) for a in np.broadcast_arrays(*[np.asarray(a) for a in arrays])]


def value_codes(values: npt.NDArray[Any], below: int) -> tuple[int, IntArray]:
    """How many codes ``values`` take, and the code of each: whole numbers from 0 up to
    ``below`` are their own codes, other values their rank among the distinct values (for
    numbering rows by the values of several columns, read as the digits of one number).

    Examples
    --------
    >>> count, codes = value_codes(np.array([2.0, 0.0, 2.0]), below=256)
    >>> count, codes.tolist()
    (3, [2, 0, 2])
    >>> count, codes = value_codes(np.array([1_500_000, 0, 1_500_000]), below=256)
    >>> count, codes.tolist()
    (2, [1, 0, 1])
    """
    if (
        values.size
        and values.min() >= 0
        and values.max() < below
        and (values.dtype.kind in "biu" or bool((values == np.floor(values)).all()))
    ):
        codes = values.astype(np.int64)
        return int(codes.max()) + 1, codes
    distinct, inverse = np.unique(values, return_inverse=True)
    return int(distinct.size), inverse.reshape(values.shape).astype(np.int64)
