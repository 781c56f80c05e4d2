"""Batch API over pandas DataFrames, and the ``df.expectgap`` accessor.

Every function takes a DataFrame with documented input columns and returns a new DataFrame on
the same index with documented output columns. They run the same engines as the scalar API
(:func:`expectgap.payroll.jp.annual`, :func:`expectgap.position`, the rules of
:mod:`expectgap.assess`), vectorized over the rows: numeric work is never a Python loop per
row (the loops that remain run over prefectures, references or engine option groups). A
row's result depends on that row only, so the functions are pure per partition and
``dask.dataframe.map_partitions`` runs them unchanged (see ``docs/batch.md``).

* :func:`net` -- Japan take-home pay: every component of :class:`~expectgap.payroll.jp.annual.AnnualNet`.
* :func:`position` -- percentile, CI, gap to median, compa-ratio, penetration, z, label.
* :func:`assess` -- gaps, directions, severities and stances on the ten dimensions, the
  overall severity and the top talking point's topic and stance.
* :func:`talking_points` -- the talking points themselves, one row per input row and dimension.
* :func:`report` -- both of the last two from one assessment of the rows (a
  :class:`FrameReport`).
* :func:`models` -- the scalar :class:`~expectgap.assess.Expectations` and
  :class:`~expectgap.assess.Offer` one assessment row stands for.

Importing this module registers the accessor: ``df.expectgap.net(year=2026)``,
``df.expectgap.position(table)``, ``df.expectgap.assess()``, ``df.expectgap.talking_points()``,
``df.expectgap.report()``.

Input validation
----------------
* Missing or mistyped columns (text where numbers are expected, ...) raise **one**
  :class:`ColumnError` (an :class:`~expectgap.errors.InvalidInput`) listing all of them,
  whatever ``errors`` says. Rename columns with ``columns={"pay": "salary"}``.
* Bad values (negative, NaN or infinite amounts, unknown prefectures or currencies, ages out of
  range, ...) raise **one** :class:`RowError` naming every offending column with the labels of
  its bad rows (``errors="raise"``, the default), or, with ``errors="coerce"``, leave those
  rows' outputs empty (NaN / NA) with the reasons in an ``error`` column, every other row
  computed as usual.

Examples
--------
>>> import pandas as pd
>>> import expectgap.frame
>>> people = pd.DataFrame({"pay": [300_000, 450_000, -1], "age": [28, 45, 30]},
...                       index=["ann", "bo", "cy"])
>>> out = people.expectgap.net(year=2026, errors="coerce")
>>> out[["gross", "net"]].loc[["ann", "bo"]].dtypes.tolist()
[Int64Dtype(), Int64Dtype()]
>>> out.loc["cy", "error"]
'pay: got -1; expected a finite number in [0, 1e+11]'
"""

from __future__ import annotations

from expectgap.frame.accessor import ExpectgapAccessor
from expectgap.frame.assess_columns import ASSESS_COLUMNS, ASSESS_RELATIONS
from expectgap.frame.assessment import assess
from expectgap.frame.batch_report import FrameReport, report
from expectgap.frame.columns import (
    Column,
    ColumnError,
    ErrorMode,
    Kind,
    Parser,
    Relation,
    RowError,
    RowProblem,
    assemble,
    read_columns,
    warn_unused,
)
from expectgap.frame.household import (
    DECLARED,
    HOUSEHOLD_COLUMNS,
    HOUSEHOLD_RELATIONS,
    household_groups,
    household_keywords,
)
from expectgap.frame.points import TALKING_POINT_COLUMNS, talking_points
from expectgap.frame.positions import position
from expectgap.frame.row_models import models
from expectgap.frame.take_home import NET_COLUMNS, NET_OUTPUTS, NET_PAYSLIP, net, net_arrays

__all__ = [
    "ASSESS_COLUMNS",
    "ASSESS_RELATIONS",
    "DECLARED",
    "HOUSEHOLD_COLUMNS",
    "HOUSEHOLD_RELATIONS",
    "NET_COLUMNS",
    "NET_OUTPUTS",
    "NET_PAYSLIP",
    "TALKING_POINT_COLUMNS",
    "Column",
    "ColumnError",
    "ErrorMode",
    "ExpectgapAccessor",
    "FrameReport",
    "Kind",
    "Parser",
    "Relation",
    "RowError",
    "RowProblem",
    "assemble",
    "assess",
    "household_groups",
    "household_keywords",
    "models",
    "net",
    "net_arrays",
    "position",
    "read_columns",
    "report",
    "talking_points",
    "warn_unused",
]

# Public classes are documented, and raised, under the package name.
for _cls in (Column, ColumnError, ExpectgapAccessor, FrameReport, Relation, RowError, RowProblem):
    _cls.__module__ = __name__
