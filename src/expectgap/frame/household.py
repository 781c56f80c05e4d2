"""Household columns of :func:`~expectgap.frame.net` and :func:`~expectgap.frame.assess` (Japan take-home pay)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.frame.columns import Column, Kind, Relation, _constant
from expectgap.payroll.jp.deductions import AMOUNTS, COUNTS, FLAGS, Deductions
from expectgap.payroll.jp.household import COUNT_FIELDS
from expectgap.payroll.jp.resident_tax import place_of_residence


def _parse_residence(values: npt.NDArray[Any]) -> tuple[npt.NDArray[Any], npt.NDArray[np.bool_]]:
    keys: list[str] = []
    bad: list[bool] = []
    for value in values:
        try:
            keys.append("" if value == "" else str(place_of_residence(value)))
            bad.append(False)
        except (UnsupportedRule, InvalidInput):
            keys.append("")
            bad.append(True)
    return np.array(keys, dtype=object), np.array(bad, dtype=bool)


_MAX_PEOPLE = 99  # the bound of the dependants columns, for every count of people
#: Prefix of the columns holding the declarations of :class:`expectgap.payroll.jp.Deductions`
#: (``declared_hometown_donation``, ``declared_widow``, ...).
DECLARED = "declared_"
_DECLARED_KINDS: dict[str, tuple[Kind, str]] = (
    dict.fromkeys(COUNTS, ("integer", "people"))
    | dict.fromkeys(FLAGS, ("flag", "true or false"))
    | dict.fromkeys(AMOUNTS, ("amount", "yen"))
)

#: Household input columns of :func:`net` and :func:`assess` (Japan take-home pay): the fields
#: of :class:`expectgap.payroll.jp.Household`, the declarations as ``declared_<field>``.
HOUSEHOLD_COLUMNS: tuple[Column, ...] = (
    Column("spouse", "flag", "a spouse (default False)", default=False),
    Column(
        "spouse_income",
        "amount",
        "the spouse's total income (合計所得金額), yen (default 0)",
        default=0.0,
        low=0,
    ),
    *(
        Column(
            name,
            "integer",
            f"{name.replace('_', ' ')} (default 0)",
            default=0,
            low=0,
            high=_MAX_PEOPLE,
        )
        for name in COUNT_FIELDS
    ),
    Column(
        "residence",
        "text",
        "place of residence with its own resident tax rates (default: the standard rates)",
        default="",
        parse=_parse_residence,
        accepted="a place of expectgap.payroll.jp.resident_tax.supported_residences(), or empty",
        nullable=True,
    ),
    *(
        Column(
            f"{DECLARED}{name}",
            kind,
            f"Deductions.{name}, {unit} (default {'False' if kind == 'flag' else 0})",
            default=False if kind == "flag" else 0,
            low=0,
            high=_MAX_PEOPLE if kind == "integer" else None,
        )
        for name, (kind, unit) in _DECLARED_KINDS.items()
    ),
)

#: Rules between household columns, as :class:`expectgap.payroll.jp.Household` and
#: :class:`expectgap.payroll.jp.Deductions` apply them to one person.
HOUSEHOLD_RELATIONS: tuple[Relation, ...] = (
    Relation(
        ("spouse_income", "spouse"),
        lambda v: (v["spouse_income"] > 0) & ~v["spouse"].astype(bool),
        "0 without a spouse (spouse True)",
    ),
    Relation(
        ("specific_dependents", "elderly_dependents", "cohabiting_elderly_parents", "dependents"),
        lambda v: (
            v["specific_dependents"] + v["elderly_dependents"] + v["cohabiting_elderly_parents"]
            > v["dependents"]
        ),
        "with elderly_dependents and cohabiting_elderly_parents at most dependents (they are "
        "counted within it)",
    ),
    Relation(
        (f"{DECLARED}widow", f"{DECLARED}single_mother", f"{DECLARED}single_father"),
        lambda v: (
            v[f"{DECLARED}widow"].astype(bool)
            & (v[f"{DECLARED}single_mother"] | v[f"{DECLARED}single_father"]).astype(bool)
        ),
        "not together with a single-parent declaration (寡婦 and ひとり親 exclude each other)",
    ),
    Relation(
        (f"{DECLARED}single_mother", f"{DECLARED}single_father"),
        lambda v: (v[f"{DECLARED}single_mother"] & v[f"{DECLARED}single_father"]).astype(bool),
        "not together with declared_single_father",
    ),
)


def household_keywords(values: Mapping[str, npt.NDArray[Any]], rows: Any) -> dict[str, Any]:
    """Engine keywords of the household columns for ``rows`` (rows of one residence).

    Declarations become one :class:`~expectgap.payroll.jp.Deductions` (left out when none is
    declared); a column holding one value gives that value, so the engine takes its faster path.

    Examples
    --------
    >>> from expectgap.frame.columns import _default
    >>> n = 2
    >>> values = {c.name: _default(c, n) for c in HOUSEHOLD_COLUMNS}
    >>> values["spouse"] = np.array([True, False])
    >>> household_keywords(values, slice(None))
    {'spouse': array([ True, False]), 'spouse_income': 0.0, 'specific_dependents': 0, 'young_dependents': 0, 'elderly_dependents': 0, 'cohabiting_elderly_parents': 0, 'residence': None}
    """
    out: dict[str, Any] = {
        name: _constant(values[name][rows]) for name in ("spouse", "spouse_income", *COUNT_FIELDS)
    }
    declared = {name: values[f"{DECLARED}{name}"][rows] for name in _DECLARED_KINDS}
    if any(np.any(v) for v in declared.values()):
        out["deductions"] = Deductions(**{k: _constant(v) for k, v in declared.items()})
    residence = _constant(values["residence"][rows])
    if isinstance(residence, np.ndarray):
        raise InvalidInput("residence", "several places", "one place per call (group the rows)")
    out["residence"] = residence or None
    return out


def household_groups(
    values: Mapping[str, npt.NDArray[Any]], rows: npt.NDArray[np.intp], *, by_declarations: bool
) -> list[tuple[str, npt.NDArray[np.intp]]]:
    """``rows`` split by prefecture and residence (and, with ``by_declarations``, by identical
    declarations, for the gross-up that takes one person's declarations per call).

    Examples
    --------
    >>> from expectgap.frame.columns import _default
    >>> n = 3
    >>> values = {c.name: _default(c, n) for c in HOUSEHOLD_COLUMNS}
    >>> values["prefecture"] = np.array(["tokyo", "osaka", "tokyo"], dtype=object)
    >>> [(place, at.tolist()) for place, at in household_groups(values, np.arange(n),
    ...                                                          by_declarations=False)]
    [('osaka', [1]), ('tokyo', [0, 2])]
    """
    parts = [values["prefecture"][rows], values["residence"][rows]]
    if by_declarations:
        parts.extend(values[f"{DECLARED}{name}"][rows] for name in _DECLARED_KINDS)
    varying = [part for part in parts if isinstance(_constant(part), np.ndarray)]
    if not rows.size:
        return []
    if not varying:
        return [(str(values["prefecture"][rows[0]]), rows)]
    table = pd.DataFrame(dict(enumerate(varying)))
    found = table.groupby(list(table.columns), sort=True, dropna=False).indices
    return [(str(values["prefecture"][rows[at[0]]]), rows[np.sort(at)]) for at in found.values()]
