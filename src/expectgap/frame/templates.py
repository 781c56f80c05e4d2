"""Talking-point texts compiled once per kind and filled from number columns.

The batch writes a talking point's text with the scalar writer
(:mod:`expectgap.assess.talking_points`), once for each *kind* of point: rows whose point takes
the same templates and fragments. The amounts of the representative row are :class:`Slot`
objects: formatting one writes a marker into the text and records which column it reads and how
it is formatted, so the text comes back as a *compiled template* (literal pieces and slots).
Each slot is then formatted column-wise, by the scalar formatting functions applied once per
distinct value, and the pieces are joined column-wise (:mod:`expectgap.frame.text_columns`).

A slot refuses whatever would let a number steer the text without notice (truth value,
equality, ``float()``, ``format()``): only formatting, ``abs``, differences, multiples and
order comparisons are allowed. A comparison answers for the representative row and is kept as a
*guard*; rows of the kind whose guards answer otherwise are compiled again from one of them, so
every row's text is the one the scalar writer gives it.

Examples
--------
>>> import numpy as np
>>> from expectgap.assess.locale import catalog
>>> from expectgap.frame import text_columns
>>> compiler = Compiler(catalog("en"), "JPY")
>>> columns = {"pay": np.array([450_000.0, 5_000.0])}
>>> pay = compiler.slot("pay", 450_000.0)
>>> template = compiler.compile(f"The offer pays {compiler.money(pay)}.")
>>> text_columns.to_pandas([compiler.fill(template, columns, np.arange(2))]).tolist()
['The offer pays ¥450,000.', 'The offer pays ¥5,000.']
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NoReturn

import numpy as np
import numpy.typing as npt
import pandas as pd

from expectgap.assess.locale import Catalog
from expectgap.assess.locale_columns import format_money_column, format_percent_column
from expectgap.assess.talking_points import _MONEY_UNITS, _Fmt
from expectgap.frame import text_columns

__all__ = ["Compiler", "Guard", "Slot", "Template"]

_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use characters: never in a catalog or a value
_MARK = re.compile(f"{_OPEN}(\\d+){_CLOSE}")

#: An expression over columns: ``("col", name)``, ``("abs", e)``, ``("sub", a, b)``,
#: ``("mul", k, e)``.
Expr = tuple[Any, ...]
#: A comparison of the representative row: ``(op, left, right, outcome)``.
Guard = tuple[str, Expr, Expr, bool]
_ORDER: dict[str, Callable[[Any, Any], Any]] = {
    "gt": operator.gt,
    "lt": operator.lt,
    "ge": operator.ge,
    "le": operator.le,
}


def _evaluate(expr: Expr, columns: Mapping[str, npt.NDArray[Any]], rows: Any) -> Any:
    kind = expr[0]
    if kind == "col":
        return columns[expr[1]][rows]
    if kind == "const":
        return expr[1]
    if kind == "abs":
        return np.abs(_evaluate(expr[1], columns, rows))
    if kind == "sub":
        return _evaluate(expr[1], columns, rows) - _evaluate(expr[2], columns, rows)
    if kind == "mul":
        return expr[1] * _evaluate(expr[2], columns, rows)
    raise AssertionError(f"unknown expression {kind!r}")


class Slot:
    """A number of the representative row that stands for its column.

    ``value`` is the representative's value (as the scalar facts hold it); ``cast`` turns a
    column's value back into that type (``int`` or ``float``) before it is formatted.
    """

    __slots__ = ("cast", "compiler", "expr", "value")

    def __init__(self, compiler: Compiler, expr: Expr, value: Any, cast: type) -> None:
        self.compiler, self.expr, self.value, self.cast = compiler, expr, value, cast

    def _derived(self, expr: Expr, value: Any) -> Slot:
        return Slot(self.compiler, expr, value, type(value))

    def __abs__(self) -> Slot:
        return self._derived(("abs", self.expr), abs(self.value))

    def __sub__(self, other: object) -> Slot:
        if not isinstance(other, Slot):
            return NotImplemented
        return self._derived(("sub", self.expr, other.expr), self.value - other.value)

    def __mul__(self, other: object) -> Slot:
        if isinstance(other, bool) or not isinstance(other, int | float):
            return NotImplemented
        return self._derived(("mul", other, self.expr), other * self.value)

    __rmul__ = __mul__

    def _order(self, op: str, other: object) -> bool:
        if isinstance(other, Slot):
            right: Expr = other.expr
            value = other.value
        elif isinstance(other, int | float) and not isinstance(other, bool):
            right, value = ("const", other), other
        else:
            raise TypeError(f"a template slot compared with {other!r}")
        outcome = bool(_ORDER[op](self.value, value))
        self.compiler.guards.append((op, self.expr, right, outcome))
        return outcome

    def __gt__(self, other: object) -> bool:
        return self._order("gt", other)

    def __lt__(self, other: object) -> bool:
        return self._order("lt", other)

    def __ge__(self, other: object) -> bool:
        return self._order("ge", other)

    def __le__(self, other: object) -> bool:
        return self._order("le", other)

    def __str__(self) -> str:
        return self.compiler.mark(self, "str", ())

    def _refuse(self, *args: Any) -> NoReturn:
        raise TypeError(
            "a template slot cannot decide a text by this operation; "
            "make its column part of the kind of point"
        )

    __bool__ = __eq__ = __ne__ = __hash__ = __float__ = __int__ = __index__ = _refuse
    __round__ = __format__ = __repr__ = _refuse


@dataclass(frozen=True)
class Template:
    """A compiled text: ``pieces[0] slot pieces[1] slot ... pieces[-1]`` (the slots are
    indexes into the compiler's formatted slots)."""

    pieces: tuple[str, ...]
    slots: tuple[int, ...]


class Compiler(_Fmt):
    """Compiles the texts of one locale and currency (see the module docstring).

    A compiler is the formatter to write the representative's texts with: it formats numbers
    as the scalar formatter does and writes a marker for a slot. :meth:`start` begins a new
    point (its guards); the slots' formatted columns are kept until :meth:`clear`.
    """

    def __init__(self, cat: Catalog, currency: str, jurisdiction: str = "JP") -> None:
        super().__init__(cat, currency, jurisdiction)
        self.plain = _Fmt(cat, currency, jurisdiction)
        self.specs: list[tuple[Expr, str, tuple[Any, ...], type]] = []
        self._index: dict[tuple[Expr, str, tuple[Any, ...], type], int] = {}
        self.guards: list[Guard] = []
        self._formatted: dict[int, tuple[text_columns.Column, npt.NDArray[np.intp]]] = {}

    def money(self, value: float | Slot) -> str:
        if isinstance(value, Slot):
            return self.mark(value, "money", ())
        return super().money(value)

    def value(self, value: Any, unit: str, *, full: bool = True) -> str:
        if isinstance(value, Slot) and unit in _MONEY_UNITS:
            # an amount of money is never shown as "1": its unit's form does not depend on it
            return self.in_unit(self.money(value), unit, full=full)
        if isinstance(value, Slot):
            return self.mark(value, "value", (unit, full))
        return super().value(value, unit, full=full)

    def pct(self, value: float | Slot | None) -> str:
        if isinstance(value, Slot):
            return self.mark(value, "pct", ())
        return super().pct(value)

    def clear(self) -> None:
        """Forget the formatted slots (before filling the rows of other columns)."""
        self._formatted = {}

    def start(self) -> None:
        """Forget the guards of the last point (the slots are kept: they are shared)."""
        self.guards = []

    def slot(self, name: str, value: Any) -> Slot:
        """The slot of column ``name`` whose representative value is ``value`` (the column
        holds every row's value of that type, as a float)."""
        return Slot(self, ("col", name), value, type(value))

    def mark(self, slot: Slot, method: str, args: tuple[Any, ...]) -> str:
        """The marker of ``slot`` formatted by ``method`` (a formatter method) with ``args``."""
        spec = (slot.expr, method, args, slot.cast)
        index = self._index.get(spec)
        if index is None:
            index = self._index[spec] = len(self.specs)
            self.specs.append(spec)
        return f"{_OPEN}{index}{_CLOSE}"

    def compile(self, text: str) -> Template:
        """``text`` (written with this compiler) as literal pieces and slots."""
        parts = _MARK.split(text)
        return Template(tuple(parts[0::2]), tuple(int(k) for k in parts[1::2]))

    def holds(
        self,
        columns: Mapping[str, npt.NDArray[Any]],
        rows: npt.NDArray[np.intp],
        guards: Sequence[Guard] | None = None,
    ) -> npt.NDArray[np.bool_]:
        """Which ``rows`` answer every guard (by default the current point's) as the
        representative did."""
        ok = np.ones(rows.size, dtype=bool)
        for op, left, right, outcome in self.guards if guards is None else guards:
            found = _ORDER[op](_evaluate(left, columns, rows), _evaluate(right, columns, rows))
            ok &= np.asarray(found, dtype=bool) == outcome
        return ok

    def formatted(
        self, index: int, columns: Mapping[str, npt.NDArray[Any]]
    ) -> tuple[text_columns.Column, npt.NDArray[np.intp]]:
        """Slot ``index`` formatted on every row of ``columns`` (computed once): its distinct
        texts (a column of texts) and each row's position among them (-1 where it has no value).
        Amounts of money and percentages are formatted column-wise
        (:func:`~expectgap.assess.locale_columns.format_money_column`,
        :func:`~expectgap.assess.locale_columns.format_percent_column`), other values by the scalar
        formatter, once per distinct value."""
        found = self._formatted.get(index)
        if found is not None:
            return found
        expr, method, args, cast = self.specs[index]
        values = np.asarray(_evaluate(expr, columns, slice(None)), dtype=np.float64)
        rows, distinct = pd.factorize(values)  # -1 where NaN
        plain = self.plain
        if method == "money":
            shown = format_money_column(distinct, plain.currency, plain.locale)
        elif method == "pct":
            shown = format_percent_column(np.abs(distinct), plain.locale)
        elif method == "value":
            unit, full = args
            shown = np.array(
                [plain.value(cast(x), unit, full=full) for x in distinct.tolist()], dtype=object
            )
        else:
            shown = np.array([str(cast(x)) for x in distinct.tolist()], dtype=object)
        found = self._formatted[index] = (text_columns.from_strings(shown), rows.astype(np.intp))
        return found

    def fill(
        self,
        template: Template,
        columns: Mapping[str, npt.NDArray[Any]],
        rows: npt.NDArray[np.intp],
    ) -> text_columns.Column:
        """The text of ``template`` for each of ``rows`` (a column of texts, see
        :mod:`expectgap.frame.text_columns`)."""
        parts: list[Any] = [template.pieces[0]]
        for index, piece in zip(template.slots, template.pieces[1:], strict=True):
            shown, position = self.formatted(index, columns)
            parts += [text_columns.take(shown, position[rows]), piece]
        return text_columns.join([p for p in parts if not isinstance(p, str) or p], rows.size)
