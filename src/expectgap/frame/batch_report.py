"""The assessment columns and the talking points of a batch, from one assessment."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from expectgap.assess.policy import Policy
from expectgap.frame.columns import ErrorMode
from expectgap.frame.points import points_and_assessment


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
    points, assessment = points_and_assessment(
        frame,
        locale=locale,
        audience=audience,
        jurisdiction=jurisdiction,
        year=year,
        policy=policy,
        columns=columns,
        errors=errors,
        strict_year=strict_year,
        assessment=True,
    )
    assert assessment is not None
    return FrameReport(assessment, points)
