"""Columns of texts built column-wise: made from strings, taken, joined, put one after the other
and handed to pandas as the column it makes of a list of strings (``str``).

Where pandas keeps strings in Arrow (pyarrow installed), a column is an Arrow array and every
step runs in Arrow's compute functions, without a Python string per row; otherwise a column is
a numpy array of Python strings. Both give the same texts.

Examples
--------
>>> import numpy as np
>>> amounts = from_strings(["¥450,000", "¥5,000"])
>>> texts = join(["The offer pays ", take(amounts, np.array([1, 0, 1])), "."], 3)
>>> to_pandas([texts, from_strings(["No amount."])]).tolist()
['The offer pays ¥5,000.', 'The offer pays ¥450,000.', 'The offer pays ¥5,000.', 'No amount.']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd
from pandas.api.extensions import ExtensionArray

try:
    import pyarrow as pa
    import pyarrow.compute as pc
except ImportError:  # pragma: no cover - pandas keeps strings in Python objects then
    pa = pc = None

__all__ = ["concat", "from_strings", "join", "take", "to_pandas"]

#: A column of texts: an Arrow array (:data:`ARROW`) or a numpy array of Python strings.
Column = Any
#: The dtype pandas gives a column of strings.
STR = pd.Series([], dtype="str").dtype
#: Whether columns are Arrow arrays: pandas keeps its strings in Arrow.
ARROW = pa is not None and getattr(STR, "storage", None) == "pyarrow"


def from_strings(texts: Sequence[str] | npt.NDArray[np.object_]) -> Column:
    """The column of ``texts``."""
    if ARROW:
        return pa.array(texts, type=pa.large_string())
    return np.array(texts, dtype=object).reshape(-1)


def take(column: Column, rows: npt.NDArray[np.intp]) -> Column:
    """The texts of ``column`` at positions ``rows`` (each within the column: a negative
    position is refused on both paths, not read from the end)."""
    if ARROW:
        return column.take(rows)
    if rows.size and int(rows.min()) < 0:
        raise IndexError(f"position {int(rows.min())} out of bounds")
    return column[rows]


def join(parts: Sequence[str | Column], size: int) -> Column:
    """Each row's texts of ``parts`` (a text for every row, or a column) joined, for ``size``
    rows."""
    if ARROW:
        items = [
            pa.scalar(part, pa.large_string()) if isinstance(part, str) else part for part in parts
        ]
        if not any(isinstance(part, pa.Array) for part in items):
            return from_strings(["".join(parts)] * size)
        return pc.binary_join_element_wise(*items, pa.scalar("", pa.large_string()))
    columns = [
        np.full(size, part, dtype=object) if isinstance(part, str) else part for part in parts
    ]
    return from_strings(
        ["".join(row) for row in zip(*columns, strict=True)] if columns else [""] * size
    )


def concat(columns: Sequence[Column]) -> Column:
    """The columns one after the other."""
    if ARROW:
        return pa.concat_arrays(list(columns))
    return np.concatenate(columns) if columns else from_strings([])


def to_pandas(columns: Sequence[Column]) -> ExtensionArray:
    """The columns one after the other, as pandas makes a column of the same strings (dtype
    ``str``; Arrow's chunks are kept, not copied)."""
    if ARROW:
        out: ExtensionArray = pd.array(pa.chunked_array(columns, pa.large_string()), dtype=STR)
        return out
    return pd.Series(concat(columns), dtype="str").array
