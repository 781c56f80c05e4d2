"""A pay distribution published as counts by pay bracket (a histogram).

:class:`BracketDistribution` answers ``cdf``, ``ppf`` and ``percentile_of`` like a
:class:`~expectgap.market.SurveyTable`, from brackets ``(low, high]`` with their counts or shares:

* **Inside a closed bracket: uniform.** The share of the bracket is spread evenly between its
  bounds, so the cdf is linear in the amount there (the usual reading of a grouped frequency
  table); the lowest bracket starts at its lower bound (0 for "up to 1 million").
* **The open top bracket ("over 25 million"): a Pareto tail** ``S(x) = S(b) (x / b) ** -alpha``
  from its lower bound ``b``, with ``alpha`` chosen so the tail passes through the share above
  the previous bracket's lower bound ``a`` as well: ``alpha = ln(S(a) / S(b)) / ln(b / a)``.
  No value above ``b`` is published; the tail is a model, and ``ppf`` of a quantile in the top
  bracket is a modelled amount.

Examples
--------
>>> d = BracketDistribution(lows=(0, 100, 200), highs=(100, 200, None), weights=(1, 2, 1),
...                         currency="JPY", source="demo")
>>> float(d.cdf(150)), float(d.ppf(0.5))
(0.5, 150.0)
>>> round(d.alpha, 4)  # ln(3/4 / 1/4) / ln(200/100)
1.585
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt

from expectgap._vector import amounts, bad_positions_text
from expectgap.errors import InvalidInput
from expectgap.market._units import plain
from expectgap.market.survey import SurveyTable
from expectgap.money import Period, currency

__all__ = ["BracketDistribution"]

FloatArray = npt.NDArray[np.float64]
_PERCENT = 100.0


@dataclass(frozen=True)
class BracketDistribution:
    """Pay by bracket, as a continuous distribution (uniform inside, Pareto above the top).

    Parameters
    ----------
    lows, highs : tuple of float
        Bracket bounds ``(low, high]``, contiguous and rising; the last ``high`` is None (an
        open top bracket).
    weights : tuple of float
        Counts or shares per bracket (>= 0; normalized to sum to 1); the last two > 0.
    currency : str
    period : Period or str
        Default annual.
    as_of : datetime.date, optional
    source : str, optional

    Raises
    ------
    InvalidInput
        Bounds that are not contiguous and rising, a closed top, negative weights, an empty
        top or next-to-top bracket.

    Examples
    --------
    >>> BracketDistribution((0, 100), (100, 150), (1, 1), "JPY")
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: highs: got (100, 150); expected bounds that join the next bracket's low and end with None (an open top bracket)
    """

    lows: tuple[float, ...]
    highs: tuple[float | None, ...]
    weights: tuple[float, ...]
    currency: str
    period: Period = Period.ANNUAL
    as_of: date | None = None
    source: str | None = None

    def __post_init__(self) -> None:
        lows = tuple(float(v) for v in self.lows)
        highs = tuple(None if v is None else float(v) for v in self.highs)
        weights = tuple(float(w) for w in self.weights)
        n = len(lows)
        if n < 2 or len(highs) != n or len(weights) != n:
            raise InvalidInput("lows", self.lows, "at least two brackets, one high and weight each")
        joined = all(highs[i] == lows[i + 1] for i in range(n - 1))
        if not joined or highs[-1] is not None:
            raise InvalidInput(
                "highs",
                self.highs,
                "bounds that join the next bracket's low and end with None (an open top bracket)",
            )
        if lows[0] < 0 or any(b <= a for a, b in itertools.pairwise(lows)):
            raise InvalidInput("lows", self.lows, "rising bounds >= 0")
        if lows[-2] <= 0:
            raise InvalidInput("lows", self.lows, "a next-to-top bracket starting above 0")
        if any(not math.isfinite(w) or w < 0 for w in weights) or min(weights[-2:]) <= 0:
            raise InvalidInput(
                "weights", self.weights, "counts >= 0, the two highest brackets above 0"
            )
        total = sum(weights)
        object.__setattr__(self, "lows", lows)
        object.__setattr__(self, "highs", highs)
        object.__setattr__(self, "weights", tuple(w / total for w in weights))
        object.__setattr__(self, "currency", currency(self.currency).code)
        object.__setattr__(self, "period", Period.parse(self.period))

    # --- shape --------------------------------------------------------------------------------
    @property
    def _cum(self) -> FloatArray:
        """Share at or below each bracket's lower bound."""
        return np.concatenate(([0.0], np.cumsum(self.weights)[:-1]))

    @property
    def top(self) -> float:
        """Lower bound of the open top bracket.

        Examples
        --------
        >>> BracketDistribution((0, 100, 200), (100, 200, None), (2, 1, 1), "JPY").top
        200.0
        """
        return self.lows[-1]

    @property
    def alpha(self) -> float:
        """Pareto index of the top bracket's tail (see the module notes).

        Examples
        --------
        >>> round(BracketDistribution((0, 100, 200), (100, 200, None), (2, 1, 1), "JPY").alpha, 4)
        1.0
        """
        above_top = self.weights[-1]
        above_prev = self.weights[-1] + self.weights[-2]
        return math.log(above_prev / above_top) / math.log(self.lows[-1] / self.lows[-2])

    @property
    def mean(self) -> float:
        """The mean of the model: each closed bracket at its midpoint, the top bracket at its
        Pareto mean ``alpha / (alpha - 1) x b`` (infinite when ``alpha <= 1``).

        Examples
        --------
        >>> d = BracketDistribution((0, 100, 200), (100, 200, None), (1, 1, 2), "JPY")
        >>> round(d.alpha, 4), d.mean  # alpha = ln(3/2) / ln 2 < 1: the tail has no mean
        (0.585, inf)
        >>> BracketDistribution((0, 100, 200), (100, 200, None), (2, 1, 1), "JPY").mean == math.inf
        True
        >>> d = BracketDistribution((0, 100, 200), (100, 200, None), (4, 3, 1), "JPY")
        >>> round(d.alpha, 4), round(d.mean, 2)  # 4/8 x 50 + 3/8 x 150 + 1/8 x 2 x 200
        (2.0, 131.25)
        """
        alpha = self.alpha
        if alpha <= 1:
            return math.inf
        closed = sum(
            w * (low + high) / 2
            for low, high, w in zip(self.lows, self.highs, self.weights, strict=True)
            if high is not None
        )
        return float(closed + self.weights[-1] * alpha / (alpha - 1) * self.top)

    # --- the distribution ---------------------------------------------------------------------
    def _share(self, x: FloatArray) -> FloatArray:
        lows = np.array(self.lows)
        closed_highs = np.array([h for h in self.highs if h is not None])
        cum = self._cum
        w = np.array(self.weights)
        k = np.clip(np.searchsorted(lows, x, side="right") - 1, 0, len(lows) - 1)
        inside = k < len(lows) - 1
        width = np.where(inside, closed_highs[np.minimum(k, len(closed_highs) - 1)] - lows[k], 1.0)
        linear = cum[k] + w[k] * np.clip((x - lows[k]) / width, 0.0, 1.0)
        ratio = np.maximum(x, self.top) / self.top
        tail = 1.0 - w[-1] * ratio ** (-self.alpha)
        below = x <= lows[0]
        return np.where(below, 0.0, np.where(inside, linear, tail))

    def cdf(self, x: Any) -> Any:
        """Share of people paid at most ``x`` (0-1).

        Parameters
        ----------
        x : number, array, pandas Series or Money
            Amounts (finite, >= 0) in the distribution's currency and period.

        Returns
        -------
        float, numpy.ndarray or pandas.Series

        Examples
        --------
        >>> d = BracketDistribution((0, 100, 200), (100, 200, None), (2, 1, 1), "JPY")
        >>> d.cdf([50, 200, 400])  # alpha = 1: above 200, 1 - 0.25 * (x / 200) ** -1
        array([0.25 , 0.75 , 0.875])
        """
        values, shape = amounts(plain(x, self.currency, self.period, "cdf"), "amount")
        return shape.wrap_float(self._share(values.reshape(-1)).reshape(values.shape))

    def percentile_of(self, x: Any) -> Any:
        """Percentile rank (0-100) of amounts.

        Examples
        --------
        >>> d = BracketDistribution((0, 100, 200), (100, 200, None), (2, 1, 1), "JPY")
        >>> float(d.percentile_of(150))
        62.5
        """
        values, shape = amounts(plain(x, self.currency, self.period, "percentile_of"), "amount")
        share = self._share(values.reshape(-1)).reshape(values.shape)
        return shape.wrap_float(share * _PERCENT)

    def ppf(self, q: Any) -> Any:
        """Amount at quantile ``q`` (0-1), the inverse of :meth:`cdf` (1 gives infinity).

        Examples
        --------
        >>> d = BracketDistribution((0, 100, 200), (100, 200, None), (2, 1, 1), "JPY")
        >>> d.ppf([0.25, 0.75, 0.875])
        array([ 50., 200., 400.])
        """
        values, shape = amounts(q, "q")
        if (values > 1).any():
            shown = bad_positions_text(values > 1, values) if values.ndim else q
            raise InvalidInput("q", shown, "quantiles between 0 and 1")
        flat = values.reshape(-1)
        cum = np.append(self._cum, 1.0)
        lows = np.array(self.lows)
        closed_highs = np.array([h for h in self.highs if h is not None])
        w = np.array(self.weights)
        top_start = cum[-2]
        k = np.clip(np.searchsorted(cum, flat, side="right") - 1, 0, len(lows) - 2)
        share = np.where(w[k] > 0, (flat - cum[k]) / np.where(w[k] > 0, w[k], 1.0), 0.0)
        inside = lows[k] + np.clip(share, 0.0, 1.0) * (closed_highs[k] - lows[k])
        remaining = np.maximum(1.0 - flat, 0.0)
        with np.errstate(divide="ignore"):
            tail = self.top * (np.where(remaining > 0, remaining, 1.0) / w[-1]) ** (-1 / self.alpha)
        tail = np.where(remaining > 0, tail, np.inf)
        result = np.where(flat > top_start, tail, inside)
        return shape.wrap_float(np.where(flat <= 0, lows[0], result).reshape(values.shape))

    def to_table(self, percentiles: tuple[float, ...] = (10, 25, 50, 75, 90)) -> SurveyTable:
        """A :class:`~expectgap.market.SurveyTable` of the distribution's percentiles (by
        :meth:`ppf`, so within-bracket interpolation, a modelled top), for the assessment API.

        Examples
        --------
        >>> d = BracketDistribution((0, 100, 200), (100, 200, None), (2, 1, 1), "JPY")
        >>> d.to_table((25, 50, 90)).values
        (50.0, 100.0, 500.0)
        """
        points = {float(p): float(self.ppf(float(p) / _PERCENT)) for p in percentiles}
        note = "percentiles read from brackets (uniform within a bracket, Pareto top)"
        return SurveyTable.from_percentiles(
            points,
            currency=self.currency,
            period=self.period,
            as_of=self.as_of,
            source=f"{self.source}; {note}" if self.source else note,
        )
