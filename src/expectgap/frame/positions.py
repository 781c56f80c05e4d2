"""Market position of many amounts at once (:func:`position`)."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from expectgap.errors import ExpectgapError, InvalidInput
from expectgap.frame.columns import (
    _MAX_LISTED,
    _PERIODS,
    Column,
    ColumnError,
    ErrorMode,
    RowError,
    RowProblem,
    _check_mode,
    _Inputs,
    _is_missing,
    _parse_currency,
    _parse_period,
    assemble,
    read_columns,
)
from expectgap.market.peers import PeerGroup
from expectgap.market.survey import SurveyTable
from expectgap.money import Basis, Period
from expectgap.position import LABELS, Band
from expectgap.position import position as _position


def _position_columns(reference: SurveyTable | PeerGroup) -> tuple[Column, ...]:
    code = reference.currency or "the reference's currency"
    period = reference.period.value if reference.period is not None else "the reference's period"
    return (
        Column("amount", "amount", "amount to place in the reference", low=0),
        Column(
            "currency",
            "text",
            "ISO 4217 code of the amount (default: the reference's)",
            default=reference.currency or "",
            parse=_parse_currency,
            accepted=f"the reference's currency {code}",
        ),
        Column(
            "period",
            "text",
            "pay period of the amount (default: the reference's)",
            default=reference.period.value if reference.period is not None else "",
            parse=_parse_period,
            accepted=f"one of {_PERIODS} matching {period} (or convertible with basis=)",
        ),
    )


def _mismatch(
    inputs: _Inputs,
    good_mask: npt.NDArray[np.bool_],
    frame: pd.DataFrame,
    column: str,
    expected: str,
    errors: str,
) -> _Inputs:
    """Mark rows whose currency or period differs from the reference as bad."""
    full_bad = np.zeros(len(frame), dtype=bool)
    positions = np.flatnonzero(inputs.good) if inputs.good is not None else np.arange(len(frame))
    full_bad[positions[~good_mask]] = True
    if not full_bad.any():
        return inputs
    if errors == "raise":
        where = np.flatnonzero(full_bad)
        raw = frame[column].iloc[where[:_MAX_LISTED]].tolist()
        problem = RowProblem(column, tuple(frame.index[where].tolist()), tuple(raw), expected)
        raise RowError((problem,), frame.index[full_bad])
    reasons = (
        np.full(len(frame), None, dtype=object) if inputs.errors is None else inputs.errors.copy()
    )
    for position, raw in zip(
        np.flatnonzero(full_bad), frame[column].iloc[full_bad].tolist(), strict=True
    ):
        reason = f"{column}: got {raw!r}; expected {expected}"
        previous = reasons[position]
        reasons[position] = reason if previous is None else f"{previous}; {reason}"
    good = np.ones(len(frame), dtype=bool) if inputs.good is None else inputs.good.copy()
    good &= ~full_bad
    values = {k: v[good_mask] for k, v in inputs.values.items()}
    return _Inputs(values, good, reasons)


Reference = SurveyTable | PeerGroup


def position(
    frame: pd.DataFrame,
    reference: Reference | Mapping[Hashable, Reference],
    *,
    by: str | None = None,
    band: Band | None = None,
    basis: Basis | None = None,
    level: float = 0.95,
    columns: Mapping[str, str] | None = None,
    errors: ErrorMode = "raise",
) -> pd.DataFrame:
    """Place every row's amount in a survey table or a peer group (:func:`expectgap.position`).

    Parameters
    ----------
    frame : pandas.DataFrame
        Input columns (rename with ``columns``):

        ``amount`` (required)
            Finite amounts >= 0.
        ``currency`` (optional, default the reference's currency)
            ISO 4217 code per row; it must be the reference's currency (no silent conversion).
        ``period`` (optional, default the reference's period)
            ``"annual"``, ``"monthly"`` or ``"hourly"`` per row. Rows in another period than the
            reference are converted with ``basis`` when given, and are bad rows otherwise.
    reference : SurveyTable, PeerGroup or mapping of them
        The market table or peer group; or, with ``by``, one per key (a table per state or per
        occupation). Rows whose key has no reference are bad rows.
    by : str, optional
        Column holding each row's reference key (required with a mapping of references).
    band : Band, optional
        Salary band for compa-ratio to its midpoint and range penetration.
    basis : Basis, optional
        Explicit period-conversion basis for rows stated in another period.
    level : float
        Confidence level of the percentile interval.
    columns : mapping, optional
        Input name -> column name in ``frame``.
    errors : {"raise", "coerce"}
        ``"raise"``: bad values raise one :class:`RowError` naming every bad row;
        ``"coerce"``: bad rows get empty outputs and their reason in an ``error`` column.

    Returns
    -------
    pandas.DataFrame
        On ``frame``'s index: ``percentile`` (0-100), ``percentile_ci_low`` and
        ``percentile_ci_high`` (when the reference knows its sample size), ``gap_to_median``,
        ``gap_to_median_pct``, ``compa_ratio``, ``range_penetration`` (with a band), ``z``,
        ``label`` (categorical: ``expectgap.position.LABELS``), and ``error`` with coercion.

    Raises
    ------
    ColumnError
        Missing or mistyped columns (all of them).
    RowError
        Bad values with ``errors="raise"`` (every bad row label).
    InsufficientData
        A peer group that may not publish.

    Examples
    --------
    >>> from expectgap.market import SurveyTable
    >>> devs = SurveyTable.from_percentiles(
    ...     {10: 82_460, 25: 105_210, 50: 135_980, 75: 171_980, 90: 214_670}, currency="USD")
    >>> rows = pd.DataFrame({"amount": [150_000, 60.0, -1],
    ...                      "period": ["annual", "hourly", "annual"]}, index=["ann", "bo", "cy"])
    >>> # $60 an hour x 2,080 hours = $124,800 a year
    >>> out = position(rows, devs, basis=Basis(hours_per_week=40, weeks_per_year=52),
    ...                errors="coerce")
    >>> out[["percentile", "label"]].round(1)
         percentile    label
    ann        60.4  P50–P75
    bo         41.6  P25–P50
    cy          NaN      NaN
    >>> out.loc["cy", "error"]
    'amount: got -1.0; expected a finite number in [0, 1e+11]'
    """
    if isinstance(reference, Mapping):
        return _position_by(
            frame,
            reference,
            by,
            band=band,
            basis=basis,
            level=level,
            columns=columns,
            errors=errors,
        )
    if not isinstance(reference, SurveyTable | PeerGroup):
        raise InvalidInput("reference", reference, "a SurveyTable or a PeerGroup")
    spec = _position_columns(reference)
    names = {c.name: c.name for c in spec} | dict(columns or {})
    inputs = read_columns(frame, spec, columns=columns, errors=errors)
    if reference.currency is not None:
        same = inputs.values["currency"] == reference.currency
        inputs = _mismatch(
            inputs,
            same,
            frame,
            names["currency"],
            f"the reference's currency {reference.currency}",
            errors,
        )
    amount = inputs.values["amount"]
    if reference.period is not None:
        target = reference.period
        periods = inputs.values["period"]
        if basis is None:
            same = periods == target.value
            inputs = _mismatch(
                inputs,
                same,
                frame,
                names["period"],
                f"the reference's period {target.value!r} (or pass basis=)",
                errors,
            )
            amount = inputs.values["amount"]
        else:
            periods = inputs.values["period"]
            amount = inputs.values["amount"].copy()
            for period in Period:
                rows = periods == period.value
                if period is not target and rows.any():
                    factor = float(basis.periods(period) / basis.periods(target))
                    amount[rows] = amount[rows] * factor
    found = _position(amount, reference, band=band, level=level)
    outputs: dict[str, Any] = {"percentile": found.percentile}
    if found.percentile_ci is not None:
        outputs["percentile_ci_low"], outputs["percentile_ci_high"] = found.percentile_ci
    outputs["gap_to_median"] = found.gap_to_median
    outputs["gap_to_median_pct"] = found.gap_to_median_pct
    outputs["compa_ratio"] = found.compa_ratio
    if found.range_penetration is not None:
        outputs["range_penetration"] = found.range_penetration
    outputs["z"] = found.z
    outputs["label"] = pd.Categorical(found.label, categories=LABELS)
    return assemble(inputs, frame.index, outputs, errors=errors)


def _position_by(
    frame: pd.DataFrame,
    references: Mapping[Hashable, Reference],
    by: str | None,
    **options: Any,
) -> pd.DataFrame:
    """:func:`position` per group of rows sharing a reference key (a loop over references)."""
    errors = options.pop("errors")
    _check_mode(errors)
    if by is None or not isinstance(by, Hashable):
        raise InvalidInput("by", by, "the column holding each row's reference key")
    if not isinstance(frame, pd.DataFrame):
        raise InvalidInput("frame", type(frame).__name__, "a pandas DataFrame")
    if by not in frame.columns:
        raise ColumnError({by: "missing"})
    if not frame.index.is_unique:
        raise InvalidInput("frame.index", "duplicate labels", "unique row labels with by=")
    codes, keys = pd.factorize(frame[by], use_na_sentinel=True)
    known_codes = [code for code, key in enumerate(keys) if key in references]
    known = np.isin(codes, known_codes)
    problems: list[RowProblem] = []
    if not known.all():
        listed = ", ".join(map(repr, list(references)[:_MAX_LISTED]))
        unknown = frame[by][~known]
        problems.append(
            RowProblem(
                by,
                tuple(unknown.index.tolist()),
                tuple(None if _is_missing(v) else v for v in unknown.tolist()),
                f"a reference key among {listed}",
            )
        )
    parts = []
    unpublished = np.full(len(frame), None, dtype=object)
    for code in known_codes:
        rows = frame.iloc[codes == code]
        try:
            parts.append(position(rows, references[keys[code]], errors=errors, **options))
        except RowError as err:
            problems.extend(err.problems)
        except ColumnError:
            raise
        except ExpectgapError as err:
            # a reference that cannot answer (a peer group too small to publish, ...): its rows
            # are marked, the other groups proceed
            if errors == "raise":
                raise
            unpublished[codes == code] = f"{by} {keys[code]!r}: {err}"
    if errors == "raise" and problems:
        bad_labels = [label for p in problems for label in p.rows]
        raise RowError(tuple(problems), frame.index[frame.index.isin(bad_labels)])
    out = pd.concat(parts) if parts else pd.DataFrame({"error": pd.array([], dtype="string")})
    out = out.reindex(frame.index)
    if "label" in out:
        out["label"] = pd.Categorical(out["label"], categories=LABELS)
    if errors == "coerce":
        reasons = out["error"].astype(object).to_numpy(copy=True)
        if not known.all():
            strays = frame[by][~known].tolist()
            reasons[~known] = [f"{by}: got {v!r}; expected {problems[0].expected}" for v in strays]
        failed = np.array([r is not None for r in unpublished], dtype=bool)
        reasons[failed] = unpublished[failed]
        missing = np.array([_is_missing(r) for r in reasons], dtype=bool)
        reasons[missing] = None
        out["error"] = pd.array(reasons, dtype="string")
    return out
