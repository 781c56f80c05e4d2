"""The assessment columns and the talking points of a batch, from one assessment."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from expectgap.assess.locale import catalog
from expectgap.assess.policy import Policy
from expectgap.errors import InvalidInput
from expectgap.frame.assessment import (
    _assessment,
    _payroll,
    assessed_inputs,
    assessment_outputs,
)
from expectgap.frame.columns import _BLOCK, ErrorMode, _policy, assemble
from expectgap.frame.points import PointWriter, inputs_size


@dataclass(frozen=True)
class FrameReport:
    """What :func:`report` returns: the columns of :func:`~expectgap.frame.assess` and the
    rows of :func:`~expectgap.frame.talking_points`, from one assessment of the rows.

    Examples
    --------
    >>> import pandas as pd
    >>> from expectgap.frame import report
    >>> rows = pd.DataFrame({"offer_base": [450_000]})
    >>> sorted(vars(report(rows, year=2026)))
    ['assessment', 'points']
    """

    assessment: pd.DataFrame
    points: pd.DataFrame


def report(
    frame: pd.DataFrame,
    *,
    locale: str = "en",
    audience: str = "candidate",
    jurisdiction: str = "JP",
    year: int | None = None,
    policy: Policy | None = None,
    columns: Mapping[str, str] | None = None,
    errors: ErrorMode = "raise",
    strict_year: bool = False,
) -> FrameReport:
    """The assessment of every row and its talking points, assessing each row once.

    :func:`~expectgap.frame.assess` and :func:`~expectgap.frame.talking_points` each assess
    the rows (the take-home targets' gross-ups included); this assesses them once and writes
    both from the same assessment, block by block.

    Parameters
    ----------
    frame : pandas.DataFrame
        Input columns as for :func:`~expectgap.frame.assess`.
    locale, audience
        As for :func:`~expectgap.frame.talking_points`.
    jurisdiction, year, policy, columns, errors, strict_year
        As for :func:`~expectgap.frame.assess`.

    Returns
    -------
    FrameReport
        ``assessment``: the frame :func:`~expectgap.frame.assess` returns; ``points``: the
        frame :func:`~expectgap.frame.talking_points` returns (each with the rules year used
        in ``attrs["rules_year"]``).

    Examples
    --------
    >>> rows = pd.DataFrame({"offer_base": [450_000], "salary_basis": ["net_monthly"],
    ...                      "salary_target": [380_000]})
    >>> both = report(rows, year=2026)
    >>> float(both.assessment.loc[0, "net_salary_offered"]), both.assessment.loc[0, "top_topic"]
    (348414.0, 'net_salary')
    >>> both.points.loc[0, "summary"]
    'Take-home pay: short of the expectation (major)'
    """
    pol = _policy(policy)
    if not isinstance(audience, str) or audience not in ("candidate", "recruiter"):
        raise InvalidInput("audience", audience, "'candidate' or 'recruiter'")
    catalog(locale)  # an unknown locale is refused before any work
    tax_year, inputs = assessed_inputs(
        frame,
        jurisdiction=jurisdiction,
        year=year,
        strict_year=strict_year,
        columns=columns,
        errors=errors,
    )
    writer = PointWriter(locale, audience)
    parts: list[dict[str, Any]] = []
    # in blocks of rows (a row's results depend on that row only), to bound the temporaries
    for start in range(0, max(inputs_size(inputs, frame.index), 1), _BLOCK):
        v = {name: values[start : start + _BLOCK] for name, values in inputs.values.items()}
        payroll = _payroll(v, tax_year, jurisdiction)
        found = _assessment(v, pol, payroll)
        parts.append(assessment_outputs(found, payroll))
        writer.write(v, payroll, found)
    outputs = {name: _joined([part[name] for part in parts]) for name in parts[0]}
    assessment = assemble(inputs, frame.index, outputs, errors=errors)
    assessment.attrs["rules_year"] = tax_year
    return FrameReport(assessment, writer.table(frame.index, inputs, tax_year, errors))


def _joined(values: list[Any]) -> Any:
    """The blocks' values of one output column, one column (categoricals stay categoricals)."""
    if len(values) == 1:
        return values[0]
    if isinstance(values[0], pd.Categorical):
        return pd.Categorical.from_codes(
            np.concatenate([v.codes for v in values]), dtype=values[0].dtype
        )
    return np.concatenate(values)
