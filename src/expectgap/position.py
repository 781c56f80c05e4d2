"""Where an amount sits in a market table or a peer group.

:func:`position` returns a :class:`Position`: percentile (with a confidence interval when the
reference knows its sample size), gap to the median, compa-ratio, range penetration, a log-space
z-score and a label. Scalars give scalars; arrays and Series give arrays and Series (one engine).

Definitions
-----------
* ``percentile``: ``reference.percentile_of(amount)`` (0-100). For peers, read off the
  group's :class:`~expectgap.market.PeerRelease` in steps of 5: every peer figure below comes
  from the release, never from the peers' amounts.
* ``percentile_ci``: for a :class:`~expectgap.market.SurveyTable` with ``n``, the Wilson score
  interval (the binomial normal approximation) for a proportion ``p = percentile / 100``
  observed in ``n`` draws; for peers, the exact Clopper-Pearson interval at the released
  percentile (see :meth:`~expectgap.market.PeerRelease.percentile_ci`). None for a table
  without ``n``.
  Interpolation error in the table itself is not included.
* ``gap_to_median = amount - median``; ``gap_to_median_pct = 100 * (amount / median - 1)``. The
  median is ``ppf(0.5)`` of a table and the *released* (rounded) median of a peer group.
* ``compa_ratio = amount / band midpoint``, or ``amount / median`` without a band.
* ``range_penetration = (amount - band minimum) / (band maximum - band minimum)`` (can fall
  below 0 or above 1); None without a band.
* ``z = (ln amount - mu) / sigma`` with ``(mu, sigma)`` the reference's log-scale parameters:
  the table's whole lognormal fit (:meth:`~expectgap.market.SurveyTable.lognormal_fit`), or the
  lognormal through the peer release (:meth:`~expectgap.market.PeerRelease.log_moments`).
* ``label``: ``"below P10"`` (percentile < 10), ``"P10–P25"`` (10 <= p < 25), ``"P25–P50"``,
  ``"P50–P75"``, ``"P75–P90"`` (75 <= p <= 90), ``"above P90"`` (p > 90).

Examples
--------
>>> from expectgap.position import Band, position
>>> from expectgap.market import SurveyTable
>>> devs = SurveyTable.from_percentiles(
...     {10: 82_460, 25: 105_210, 50: 135_980, 75: 171_980, 90: 214_670}, currency="USD")
>>> pos = position(150_000, devs, band=Band(120_000, 140_000, 160_000))
>>> round(pos.percentile, 1), pos.label, round(pos.compa_ratio, 4), pos.range_penetration
(60.4, 'P50–P75', 1.0714, 0.75)
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from expectgap._lazy import CallableModule
from expectgap._special import normal_quantiles
from expectgap._vector import Shape, amounts
from expectgap.errors import InvalidInput
from expectgap.market._units import plain
from expectgap.market.peers import PeerGroup
from expectgap.market.release import PeerRelease
from expectgap.market.survey import SurveyTable
from expectgap.money import as_fraction

__all__ = ["LABELS", "Band", "Position", "position"]

FloatArray = npt.NDArray[np.float64]

#: Position labels, from the lowest band of the distribution to the highest.
LABELS = ("below P10", "P10–P25", "P25–P50", "P50–P75", "P75–P90", "above P90")
_CUTS = (10.0, 25.0, 50.0, 75.0, 90.0)
_PERCENT = 100.0
_LABEL_DIGITS = 9  # percentiles are compared after rounding off float noise at the cut points


@dataclass(frozen=True, init=False)
class Band:
    """A salary band: minimum, midpoint and maximum (in the reference's currency and period).

    Parameters
    ----------
    minimum : float
    midpoint : float, optional
        Defaults to ``(minimum + maximum) / 2``.
    maximum : float
        Required (``Band(min, mid, max)`` or ``Band(minimum=..., maximum=...)``).

    Raises
    ------
    InvalidInput
        A missing maximum, negative or non-finite amounts, ``minimum >= maximum`` or a midpoint
        outside the band.

    Examples
    --------
    >>> Band(400_000, maximum=600_000)
    Band(minimum=400000.0, midpoint=500000.0, maximum=600000.0)
    """

    minimum: float
    midpoint: float
    maximum: float

    def __init__(
        self, minimum: float, midpoint: float | None = None, maximum: float | None = None
    ) -> None:
        if maximum is None:
            raise InvalidInput(
                "maximum",
                None,
                "the band maximum: Band(minimum, midpoint, maximum) or "
                "Band(minimum=..., maximum=...)",
            )
        low = _amount(minimum, "minimum")
        high = _amount(maximum, "maximum")
        if low >= high:
            raise InvalidInput("maximum", maximum, f"an amount above the minimum {minimum}")
        mid = (low + high) / 2 if midpoint is None else _amount(midpoint, "midpoint")
        if not low <= mid <= high:
            raise InvalidInput("midpoint", midpoint, f"an amount within [{low:g}, {high:g}]")
        object.__setattr__(self, "minimum", low)
        object.__setattr__(self, "midpoint", mid)
        object.__setattr__(self, "maximum", high)


@dataclass(frozen=True)
class Position:
    """Where an amount sits relative to a reference (see :mod:`expectgap.position`).

    Each field is a float (str for ``label``) for a scalar amount, an array for an array and a
    Series for a Series. ``percentile_ci`` is a ``(low, high)`` pair or None; ``compa_ratio``
    uses the band midpoint when a band is given; ``range_penetration`` is None without a band.

    Examples
    --------
    >>> Position(55.0, None, 1000.0, 2.0, 1.02, None, 0.1, "P50–P75").label
    'P50–P75'
    """

    def _repr_html_(self) -> str:
        """An HTML table for Jupyter."""
        from expectgap import _html

        return _html.position(self)

    percentile: Any
    percentile_ci: tuple[Any, Any] | None
    gap_to_median: Any
    gap_to_median_pct: Any
    compa_ratio: Any
    range_penetration: Any
    z: Any
    label: Any


def position(
    amount: Any,
    reference: SurveyTable | PeerGroup | PeerRelease,
    *,
    band: Band | tuple[float, ...] | None = None,
    level: float = 0.95,
    measure: str | None = None,
    mismatch: str = "raise",
) -> Position:
    """Place an amount (or many) in a survey table or a peer group.

    Parameters
    ----------
    amount : number, array, pandas Series or Money
        Amounts in the reference's currency and period. A :class:`~expectgap.Money` must match
        the reference's currency and period (the reference must declare them).
    reference : SurveyTable, PeerGroup or PeerRelease
        The market table, or the peer group (placed by its release).
    band : Band or tuple, optional
        The salary band, for compa-ratio to its midpoint and range penetration; a tuple is read
        as ``(minimum, maximum)`` or ``(minimum, midpoint, maximum)``.
    level : float
        Confidence level of ``percentile_ci`` (default 0.95).
    measure : str, optional
        What ``amount`` measures (``"base_wage"``, ``"cash"``, ``"total_compensation"``); a
        survey table of another stated measure raises, or warns with ``mismatch="warn"`` (see
        :func:`~expectgap.market.survey.check_measure`).
    mismatch : {"raise", "warn"}

    Returns
    -------
    Position

    Raises
    ------
    CurrencyMismatch, PeriodMismatch
        For a Money in another currency or period than the reference.
    InvalidInput
        Negative, NaN or infinite amounts, a reference of another type, or a measure other
        than the table's.
    InsufficientData
        A peer group that may not publish (privacy guard).

    Examples
    --------
    >>> from expectgap.market import PeerGroup
    >>> peers = PeerGroup([410, 430, 445, 460, 480, 495, 505, 520, 540, 575])
    >>> pos = position([450, 600], peers)
    >>> pos.percentile, pos.label, pos.gap_to_median  # the released median is 475
    (array([ 25., 100.]), array(['P25–P50', 'above P90'], dtype='<U9'), array([-25., 125.]))
    >>> from expectgap.money import Money
    >>> position(Money(450, "JPY"), SurveyTable((25, 75), (400.0, 500.0), "USD"))
    Traceback (most recent call last):
    ...
    expectgap.errors.CurrencyMismatch: cannot combine JPY with USD in position; convert one first with an explicit rate

    Total compensation in a base-wage table (OEWS) is refused rather than ranked too high:

    >>> base_wages = SurveyTable((25, 75), (100_000.0, 170_000.0), "USD", measure="base_wage")
    >>> position(224_000, base_wages, measure="total_compensation")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: measure: got 'total_compensation'; expected a figure of the table's measure, base wage ...
    """
    if isinstance(reference, PeerGroup):
        reference = reference.release()
    if not isinstance(reference, SurveyTable | PeerRelease):
        raise InvalidInput("reference", reference, "a SurveyTable, a PeerGroup or a PeerRelease")
    amount = plain(amount, reference.currency, reference.period, "position")
    values, shape = amounts(amount, "amount")
    flat = values.reshape(-1)
    if isinstance(reference, SurveyTable):
        reference.check_measure(measure, mismatch=mismatch)
        percent = np.asarray(reference.percentile_of(flat), dtype=np.float64)
        median = float(reference.ppf(0.5))
        fit = reference.lognormal_fit()
        mu, sigma = fit.mu, fit.sigma
        ci = None if reference.n is None else _wilson(percent, reference.n, level)
    else:
        percent = np.asarray(reference.percentile_of(flat), dtype=np.float64)
        median = reference.median
        mu, sigma = reference.log_moments()
        low, high = reference.percentile_ci(flat, level)
        ci = (np.asarray(low, dtype=np.float64), np.asarray(high, dtype=np.float64))
    with np.errstate(divide="ignore"):
        z = (np.log(flat) - mu) / sigma
    band = _as_band(band)
    midpoint = median if band is None else band.midpoint
    penetration = None
    if band is not None:
        penetration = shape.wrap_float(
            ((flat - band.minimum) / (band.maximum - band.minimum)).reshape(values.shape)
        )

    def out(array: FloatArray) -> Any:
        return shape.wrap_float(array.reshape(values.shape))

    return Position(
        percentile=out(percent),
        percentile_ci=None if ci is None else (out(ci[0]), out(ci[1])),
        gap_to_median=out(flat - median),
        gap_to_median_pct=out((flat / median - 1) * _PERCENT),
        compa_ratio=out(flat / midpoint),
        range_penetration=penetration,
        z=out(z),
        label=_labels(percent.reshape(values.shape), shape),
    )


def _wilson(percent: FloatArray, n: int, level: float) -> tuple[FloatArray, FloatArray]:
    confidence = float(as_fraction(level, "level"))
    if not 0 < confidence < 1:
        raise InvalidInput("level", level, "a number strictly between 0 and 1")
    z = float(normal_quantiles(1 - (1 - confidence) / 2))
    p = percent / _PERCENT
    z2n = z * z / n
    centre = (p + z2n / 2) / (1 + z2n)
    half = z / (1 + z2n) * np.sqrt(p * (1 - p) / n + z2n / (4 * n))
    low = np.minimum(np.clip(centre - half, 0.0, 1.0), p) * _PERCENT
    high = np.maximum(np.clip(centre + half, 0.0, 1.0), p) * _PERCENT
    return low, high


def _labels(percent: FloatArray, shape: Shape) -> Any:
    rounded = np.round(percent, _LABEL_DIGITS)
    index = np.searchsorted(np.array(_CUTS), rounded, side="right")
    index = np.where(rounded == _CUTS[-1], len(_CUTS) - 1, index)  # exactly P90 is P75–P90
    labels = np.array(LABELS)[index]
    if shape.scalar:
        return str(labels.reshape(()).item())
    if shape.index is not None:
        import pandas as pd

        return pd.Series(labels.reshape(-1), index=shape.index, name=shape.name)
    return labels


def _amount(value: object, field: str) -> float:
    number = float(as_fraction(value, field))
    if number < 0 or not math.isfinite(number):
        raise InvalidInput(field, value, "a finite amount >= 0")
    return number


def _as_band(band: Band | tuple[float, ...] | list[float] | None) -> Band | None:
    """A Band from a Band, ``(minimum, maximum)`` or ``(minimum, midpoint, maximum)``."""
    if band is None or isinstance(band, Band):
        return band
    if isinstance(band, tuple | list) and len(band) == 2:
        return Band(band[0], maximum=band[1])
    if isinstance(band, tuple | list) and len(band) == 3:
        return Band(*band)
    raise InvalidInput("band", band, "a Band, (minimum, maximum) or (minimum, midpoint, maximum)")


sys.modules[__name__].__class__ = CallableModule
