"""The one published summary of a peer group, and every answer computed from it.

A :class:`PeerRelease` is what a :class:`~expectgap.market.PeerGroup` publishes: the number of
counted contributors and a few quantiles rounded to a grid. Percentiles, positions, gaps to the
median, z-scores, confidence intervals, assessment evidence, reports, HTML and plots are all
functions of the release alone, so no number of queries can learn more than the release holds.

How a release is built
----------------------
1. **Rules** (:class:`~expectgap.market.disclosure.DisclosurePolicy`): enough counted
   contributors, no decoys, no dominant contributor; otherwise the release holds only the
   group size and the reason.
2. **Smoothed quantiles.** Each level ``q`` (P25, P50, P75; P10 and P90 from ``tail_min_n``
   contributors) is the weighted Harrell-Davis quantile: a mean of *all* the sorted amounts
   ``x_i`` with weights ``B(t_i) - B(t_(i-1))``, ``B`` the regularized incomplete beta
   function with ``a = q (m + 1)``, ``b = (1 - q)(m + 1)``, ``t_i`` the cumulative weight
   share up to ``x_i`` and ``m`` Kish's effective sample size (with equal weights,
   ``t_i = i / n`` and ``m = n``: the classic Harrell-Davis estimator). No released figure is
   an order statistic, the minimum or the maximum.
3. **A grid from the p% rule.** Quantile ``k`` is rounded to the nearest multiple of its step:
   the smallest of ``1, 2, 2.5, 5 x 10^k`` that is at least ``2 p max_i(c_ik x_i)``, with
   ``c_ik x_i`` contributor ``i``'s share in the quantile (summed over its rows) and ``p`` the
   policy's ``protection`` (10%). Moving any one person's pay by ``p`` of it either way moves
   the unrounded quantile by at most half a step. Rounded quantiles are made non-decreasing.
4. **Percentiles from the release only.** The percentile of an amount is read off the straight
   line through the released points in ``(ln amount, percentile)`` (extended past the outer
   points with the slope of the outer segment, clipped to [0, 100]) and rounded to the
   policy's ``percentile_step`` (5 points). Equal released amounts are merged into one point at
   their mean level.

Examples
--------
>>> from expectgap.market import PeerGroup
>>> r = PeerGroup([410, 430, 445, 460, 480, 495, 505, 520, 540, 575]).release()
>>> r.n, r.quantiles, r.grid
(10, {25: 450.0, 50: 475.0, 75: 500.0}, 50.0)
>>> r.percentile_of([400, 450, 480, 520])
array([ 0., 25., 55., 95.])
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import numpy.typing as npt

from expectgap._special import betainc, betaincinv, normal_quantiles
from expectgap._vector import amounts, bad_positions_text
from expectgap.errors import InsufficientData, InvalidInput
from expectgap.market._units import plain
from expectgap.market.disclosure import DisclosurePolicy
from expectgap.money import Period, as_fraction, currency

__all__ = [
    "LEVELS",
    "TAIL_LEVELS",
    "OrderStatisticCI",
    "PeerRelease",
    "build_release",
    "order_statistic_ci",
]

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

#: Levels (percent) every publishable release holds.
LEVELS = (25, 50, 75)
#: Levels added from ``tail_min_n`` counted contributors.
TAIL_LEVELS = (10, 90)
_SUMMARY = (10, 25, 50, 75, 90)
_PERCENT = 100.0
_MEDIAN = 50
_MIN_POINTS = 2  # distinct released amounts needed to draw a percentile line
_NICE = (1.0, 2.0, 2.5, 5.0, 10.0)
# Interval ends of up to this many distinct counts are read from a cache of single quantiles (the
# released percentiles are on a grid, so a group's few counts recur from call to call).
_CACHED_UP_TO = 16
_EFFECTIVE_N_SLACK = 1e-9  # equal float weights give (sum w)^2 / sum w^2 = n only up to rounding


@dataclass(frozen=True)
class OrderStatisticCI:
    """Ranks (1-based) of a distribution-free confidence interval for a quantile.

    Attributes
    ----------
    lower, upper : int
        The interval is ``(x_(lower), x_(upper))`` of the sorted sample.
    coverage : float
        Its exact coverage probability, ``P(lower <= B < upper)`` with ``B ~ Binomial(n, q)``.

    Examples
    --------
    >>> order_statistic_ci(20)
    OrderStatisticCI(lower=6, upper=15, coverage=0.9586...)
    """

    lower: int
    upper: int
    coverage: float


def order_statistic_ci(n: int, q: float = 0.5, level: float = 0.95) -> OrderStatisticCI:
    """Ranks of the distribution-free (binomial) confidence interval for the ``q`` quantile.

    ``L = qbinom((1 - level) / 2, n, q)``, ``U = qbinom((1 + level) / 2, n, q) + 1``, where
    ``qbinom(a, n, q)`` is the smallest ``k`` with ``P(B <= k) >= a``. The coverage is
    ``P(L <= B <= U - 1) >= level``.

    Parameters
    ----------
    n : int
        Sample size (>= 1).
    q : float
        The quantile, strictly between 0 and 1 (0.5 for the median).
    level : float
        Confidence level, strictly between 0 and 1.

    Returns
    -------
    OrderStatisticCI

    Raises
    ------
    InsufficientData
        When ``n`` is too small: even ``(x_1, x_n)`` covers less than ``level``.
    InvalidInput
        For ``n``, ``q`` or ``level`` out of range.

    Examples
    --------
    >>> order_statistic_ci(10)  # median, 95%: (x_2, x_9)
    OrderStatisticCI(lower=2, upper=9, coverage=0.978...)
    >>> order_statistic_ci(6).coverage  # (x_1, x_6): 1 - 2 / 64
    0.96875
    >>> order_statistic_ci(5)
    Traceback (most recent call last):
    ...
    expectgap.errors.InsufficientData: 95% confidence interval for the 0.5 quantile: 5 observations are too few; even (x_1, x_5) covers only 93.8%
    """
    if isinstance(n, bool) or not isinstance(n, int | np.integer) or n < 1:
        raise InvalidInput("n", n, "a whole number >= 1")
    q = _open_unit(q, "q")
    level = _open_unit(level, "level")
    alpha = 1 - level
    from scipy import stats  # imported when used: scipy.stats takes long to import

    lower = int(stats.binom.ppf(alpha / 2, n, q))
    upper = int(stats.binom.ppf(1 - alpha / 2, n, q)) + 1
    if lower < 1 or upper > n:
        widest = float(stats.binom.cdf(n - 1, n, q) - stats.binom.cdf(0, n, q))
        raise InsufficientData(
            f"{level:.0%} confidence interval for the {q:g} quantile",
            f"{n} observations are too few; even (x_1, x_{n}) covers only {widest:.1%}",
        )
    coverage = float(stats.binom.cdf(upper - 1, n, q) - stats.binom.cdf(lower - 1, n, q))
    return OrderStatisticCI(lower, upper, coverage)


@dataclass(frozen=True)
class PeerRelease:
    """The published summary of a peer group: all that any peer output is computed from.

    Attributes
    ----------
    n : int
        Counted contributors (by id; without ids, rows; negligible weights not counted).
    levels : tuple of int
        Released percentile levels (empty when nothing is published).
    values : tuple of float
        The released quantiles, each a multiple of its step.
    steps : tuple of float
        The rounding step (grid) of each released quantile.
    effective_n : float
        Kish's effective number of contributors (for confidence intervals).
    policy : DisclosurePolicy
        The rules the release was built under.
    reason : str or None
        Why nothing is published, else None.
    currency : str or None
    period : Period or None

    Examples
    --------
    >>> from expectgap.market import PeerGroup
    >>> r = PeerGroup([410, 430, 445]).release()
    >>> r.publishable, r.reason
    (False, '3 peers; at least 5 are needed')
    """

    n: int
    levels: tuple[int, ...]
    values: tuple[float, ...]
    steps: tuple[float, ...]
    effective_n: float
    policy: DisclosurePolicy
    reason: str | None = None
    currency: str | None = None
    period: Period | None = None

    def _repr_html_(self) -> str:
        """An HTML table for Jupyter."""
        from expectgap import _html

        return _html.peer_group(self)

    # --- published figures --------------------------------------------------------------------
    @property
    def publishable(self) -> bool:
        """Whether the group passed the rules (and the release holds quantiles).

        Examples
        --------
        >>> from expectgap.market import PeerGroup
        >>> PeerGroup([1, 2, 3, 4, 5]).release().publishable
        True
        """
        return self.reason is None

    @property
    def quantiles(self) -> dict[int, float]:
        """``{percent: amount}`` of the released quantiles (a new dict each time).

        Examples
        --------
        >>> from expectgap.market import PeerGroup
        >>> PeerGroup([100, 110, 120, 130, 140]).release().quantiles
        {25: 110.0, 50: 120.0, 75: 140.0}
        """
        return dict(zip(self.levels, self.values, strict=True))

    @property
    def withheld(self) -> tuple[int, ...]:
        """Summary levels (10, 25, 50, 75, 90) not released.

        Examples
        --------
        >>> from expectgap.market import PeerGroup
        >>> PeerGroup([100, 110, 120, 130, 140]).release().withheld
        (10, 90)
        """
        return tuple(p for p in _SUMMARY if p not in self.levels)

    @property
    def grid(self) -> float | None:
        """The coarsest rounding step of the released quantiles (None when nothing is).

        Examples
        --------
        >>> from expectgap.market import PeerGroup
        >>> PeerGroup([100, 110, 120, 130, 140]).release().grid
        20.0
        """
        return max(self.steps) if self.steps else None

    @property
    def median(self) -> float:
        """The released median (a multiple of ``grid``).

        Examples
        --------
        >>> from expectgap.market import PeerGroup
        >>> PeerGroup([100, 110, 120, 130, 140]).release().median
        120.0
        """
        self._require()
        return self.values[self.levels.index(_MEDIAN)]

    def __repr__(self) -> str:
        unit = "" if self.currency is None else f" {self.currency}"
        period = "" if self.period is None else f" {self.period.value}"
        if self.reason is not None:
            return f"PeerRelease(n={self.n}{unit}{period}, withheld: {self.reason})"
        shown = ", ".join(
            f"P{p}={v:g} (step {s:g})"
            for p, v, s in zip(self.levels, self.values, self.steps, strict=True)
        )
        return f"PeerRelease(n={self.n}{unit}{period}, {shown})"

    def _require(self) -> None:
        if self.reason is not None:
            raise InsufficientData("peer group", self.reason)

    # --- answers from the release -------------------------------------------------------------
    def _points(self) -> tuple[FloatArray, FloatArray]:
        """Distinct released amounts (log) and their levels (equal amounts merged)."""
        values = np.array(self.values)
        levels = np.array(self.levels, dtype=np.float64)
        distinct, where = np.unique(values, return_inverse=True)
        merged = np.bincount(where, weights=levels) / np.bincount(where)
        return np.log(distinct), merged

    def _percent(self, x: FloatArray) -> FloatArray:
        logs, levels = self._points()
        with np.errstate(divide="ignore"):
            lx = np.log(x)
        low = (levels[1] - levels[0]) / (logs[1] - logs[0])
        high = (levels[-1] - levels[-2]) / (logs[-1] - logs[-2])
        curve = np.interp(lx, logs, levels)
        curve = np.where(lx < logs[0], levels[0] + low * (lx - logs[0]), curve)
        curve = np.where(lx > logs[-1], levels[-1] + high * (lx - logs[-1]), curve)
        step = float(self.policy.percentile_step)
        rounded: FloatArray = np.floor(np.clip(curve, 0.0, _PERCENT) / step + 0.5) * step
        return rounded

    def percentile_of(self, x: Any) -> Any:
        """Percentile (0-100) of amounts, read off the release at ``percentile_step``.

        Parameters
        ----------
        x : number, array, pandas Series or Money
            Amounts (finite, >= 0).

        Returns
        -------
        float, numpy.ndarray or pandas.Series
            Multiples of the policy's ``percentile_step`` (5).

        Raises
        ------
        InsufficientData
            If nothing is published.

        Examples
        --------
        >>> from expectgap.market import PeerGroup
        >>> PeerGroup([100, 110, 120, 130, 140]).release().percentile_of([120, 125, 1000])
        array([ 50.,  55., 100.])
        """
        self._require()
        x = plain(x, self.currency, self.period, "percentile_of")
        values, shape = amounts(x, "amount")
        return shape.wrap_float(self._percent(values))

    def quantile(self, q: Any) -> Any:
        """Quantile(s) from the release: log-linear between released levels, on the grid.

        Parameters
        ----------
        q : float or array
            Quantiles between the lowest and the highest released level (as fractions).

        Raises
        ------
        InsufficientData
            Outside the released range, or nothing published.

        Examples
        --------
        >>> from expectgap.market import PeerGroup
        >>> PeerGroup([100, 110, 120, 130, 140]).release().quantile([0.25, 0.6])
        array([110., 120.])
        """
        self._require()
        values, shape = amounts(q, "q")
        if (values > 1).any():
            shown = bad_positions_text(values > 1, values) if values.ndim else q
            raise InvalidInput("q", shown, "quantiles between 0 and 1")
        percent = values.reshape(-1) * _PERCENT
        low, high = self.levels[0], self.levels[-1]
        outside = (percent < low - _EFFECTIVE_N_SLACK) | (percent > high + _EFFECTIVE_N_SLACK)
        if outside.any():
            raise InsufficientData(
                f"peer quantile {_q_text(values)}", f"only P{low}–P{high} are released"
            )
        levels = np.array(self.levels, dtype=np.float64)
        logs = np.interp(percent, levels, np.log(self.values))
        steps = np.array(self.steps)
        right = np.minimum(np.searchsorted(levels, percent, side="left"), levels.size - 1)
        left = np.maximum(np.searchsorted(levels, percent, side="right") - 1, 0)
        grid = np.maximum(steps[left], steps[right])  # the coarser of the two neighbours
        found = _on_grid(np.exp(logs), grid)
        return shape.wrap_float(found.reshape(values.shape))

    def percentile_ci(self, x: Any, level: float = 0.95) -> tuple[Any, Any]:
        """Confidence interval (0-100) for the population percentile of amounts.

        Exact (Clopper-Pearson) for a binomial proportion, at the released percentile ``p`` of
        each amount: ``k = m p / 100`` of ``m`` (the effective number of contributors, rounded
        down) lie below it.

        Examples
        --------
        >>> from expectgap.market import PeerGroup
        >>> low, high = PeerGroup(list(range(100, 2100, 100))).release().percentile_ci(1050)
        >>> round(float(low), 1), round(float(high), 1)
        (27.2, 72.8)
        """
        self._require()
        x = plain(x, self.currency, self.period, "percentile_ci")
        values, shape = amounts(x, "amount")
        level = _open_unit(level, "level")
        n = math.floor(self.effective_n + _EFFECTIVE_N_SLACK)
        k, where = np.unique(self._percent(values) / _PERCENT * n, return_inverse=True)
        alpha = 1 - level
        low = np.zeros_like(k)
        high = np.ones_like(k)
        inside = k > 0
        low[inside] = _beta_quantiles(k[inside], n - k[inside] + 1, alpha / 2)
        inside = k < n
        high[inside] = _beta_quantiles(k[inside] + 1, n - k[inside], 1 - alpha / 2)
        shaped = where.reshape(values.shape)
        return shape.wrap_float(low[shaped] * _PERCENT), shape.wrap_float(high[shaped] * _PERCENT)

    def quantile_ci(self, q: float, level: float = 0.95) -> tuple[float, float]:
        """Confidence interval for a population quantile, read off the release.

        The distribution-free ranks ``(L, U)`` of :func:`order_statistic_ci` for ``m`` (the
        effective number of contributors), taken as the released quantiles at ``L / m`` and
        ``U / m``; refused when they fall outside the released levels.

        Examples
        --------
        >>> from expectgap.market import PeerGroup
        >>> PeerGroup(list(range(100, 4100, 100))).release().quantile_ci(0.5)
        (1400.0, 2700.0)
        """
        self._require()
        q = _open_unit(q, "q")
        level = _open_unit(level, "level")
        n = math.floor(self.effective_n + _EFFECTIVE_N_SLACK)
        ranks = order_statistic_ci(n, q, level)
        ends = np.array([min(ranks.lower / n, q), max(ranks.upper / n, q)])
        low, high = self.quantile(ends)
        return float(low), float(high)

    def log_moments(self) -> tuple[float, float]:
        """Log-scale location and spread from the release (for a z-score).

        ``mu = ln(median)``, ``sigma = (ln v_hi - ln v_lo) / (z_hi - z_lo)`` through the outer
        released points (``z`` the normal score of their levels): a lognormal through the
        release, never moments of the raw amounts.

        Examples
        --------
        >>> from expectgap.market import PeerGroup
        >>> mu, sigma = PeerGroup([100, 110, 120, 130, 140]).release().log_moments()
        >>> round(math.exp(mu)), round(sigma, 4)
        (120, 0.1788)
        """
        median = self.median
        levels = np.array([self.levels[0], self.levels[-1]], dtype=np.float64) / _PERCENT
        z = normal_quantiles(levels)
        sigma = math.log(self.values[-1] / self.values[0]) / float(z[1] - z[0])
        return math.log(median), sigma

    # --- adjustments --------------------------------------------------------------------------
    def scaled(self, factor: float) -> PeerRelease:
        """The release with every amount (and the grid) multiplied by ``factor`` (> 0).

        Examples
        --------
        >>> from expectgap.market import PeerGroup
        >>> PeerGroup([100, 110, 120, 130, 140]).release().scaled(2).median
        240.0
        """
        number = _positive(factor, "factor")
        return self._times(number, self.currency)

    def converted(self, to: str, rate: float) -> PeerRelease:
        """The release in currency ``to`` at ``rate`` units per unit.

        Examples
        --------
        >>> from expectgap.market import PeerGroup
        >>> r = PeerGroup([100, 110, 120, 130, 140], currency="USD").release()
        >>> r.converted("JPY", 150).median, r.converted("JPY", 150).currency
        (18000.0, 'JPY')
        """
        number = _positive(rate, "rate")
        return self._times(number, currency(to).code)

    def _times(self, factor: float, code: str | None) -> PeerRelease:
        return replace(
            self,
            values=tuple(v * factor for v in self.values),
            steps=tuple(v * factor for v in self.steps),
            currency=code,
        )


def build_release(
    values: FloatArray,
    weights: FloatArray,
    people: IntArray,
    policy: DisclosurePolicy,
    *,
    by_id: bool,
    currency: str | None,
    period: Period | None,
) -> PeerRelease:
    """Apply the policy to validated rows and build the release.

    ``values`` sorted ascending (> 0), ``weights`` bounded and > 0, ``people`` a 0-based
    contributor code per row (by id, or one per row). No rule looks at whether two amounts are
    equal: a rule that did would tell whether someone added to the group has exactly a
    member's pay (one person entered twice is the caller's to mark, with ids).

    Examples
    --------
    >>> x = np.array([100.0, 110, 120, 130, 140])
    >>> r = build_release(x, np.ones(5), np.arange(5), DisclosurePolicy(), by_id=False,
    ...                   currency=None, period=None)
    >>> r.values, r.grid
    ((110.0, 120.0, 140.0), 20.0)
    """
    per = np.bincount(people, weights=weights).astype(np.float64)
    total = float(per.sum())
    counted = per >= policy.min_relative_weight * total / per.size
    n = int(counted.sum())
    kish = total**2 / float(np.sum(per * per))
    base = PeerRelease(n, (), (), (), kish, policy, None, currency, period)
    reason = _guard(per, counted, kish, policy, by_id=by_id)
    if reason is not None:
        return replace(base, reason=reason)
    levels = LEVELS if n < policy.tail_min_n else tuple(sorted(LEVELS + TAIL_LEVELS))
    coef = _harrell_davis(weights, np.array(levels, dtype=np.float64) / _PERCENT)
    influence = np.stack([np.bincount(people, weights=c * values).max() for c in coef])
    steps = np.array([_nice_up(2 * policy.protection * float(v)) for v in influence])
    found = _increasing_on_grid(_on_grid(coef @ values, steps), steps)
    distinct = 1 + np.count_nonzero(np.diff(found))  # found never decreases
    if found[0] <= 0 or distinct < _MIN_POINTS:
        return replace(
            base,
            reason="the released quantiles would coincide on their grid (the group is too "
            "small or too uneven to show a spread)",
        )
    return replace(
        base,
        levels=levels,
        values=tuple(float(v) for v in found),
        steps=tuple(float(v) for v in steps),
    )


def _guard(
    per: FloatArray,
    counted: npt.NDArray[np.bool_],
    kish: float,
    policy: DisclosurePolicy,
    *,
    by_id: bool,
) -> str | None:
    n = int(counted.sum())
    unit = ("distinct peers" if by_id else "peers") if n != 1 else "peer"
    if n < policy.min_n:
        left_out = per.size - n
        note = (
            f" ({left_out} with less than {policy.min_relative_weight:.0%} of the mean weight "
            "not counted)"
            if left_out
            else ""
        )
        return f"{n} {unit}{note}; at least {policy.min_n} are needed"
    if kish + _EFFECTIVE_N_SLACK < policy.min_n:
        return (
            f"the weights amount to {kish:.2f} effective peers; at least {policy.min_n} are needed"
        )
    largest = float(per.max()) / float(per.sum())
    if largest > policy.max_weight_share + _EFFECTIVE_N_SLACK:
        return (
            f"one peer carries {largest:.1%} of the weight; "
            f"at most {policy.max_weight_share:.0%} is allowed"
        )
    return None


def _harrell_davis(weights: FloatArray, q: FloatArray) -> FloatArray:
    """Weighted Harrell-Davis coefficients, one row per level, one column per sorted row."""
    total = float(weights.sum())
    m = total**2 / float(np.sum(weights * weights))
    edges = np.concatenate(([0.0], np.cumsum(weights) / total))
    edges[-1] = 1.0
    a = (q * (m + 1))[:, None]
    b = ((1 - q) * (m + 1))[:, None]
    result: FloatArray = np.diff(betainc(a, b, edges[None, :]), axis=1)
    return result


def _on_grid(values: FloatArray, steps: FloatArray) -> FloatArray:
    """Nearest multiples of the steps, without binary noise (0.2 x 12 is 2.4, not 2.4...04)."""
    digits = np.maximum(0, 1 - np.floor(np.log10(steps))).astype(np.int64)
    exact = np.round(values / steps) * steps
    result: FloatArray = np.array(
        [
            round(float(v), int(d))
            for v, d in zip(
                exact.ravel(), np.broadcast_to(digits, exact.shape).ravel(), strict=True
            )
        ]
    ).reshape(exact.shape)
    return result


def _increasing_on_grid(values: FloatArray, steps: FloatArray) -> FloatArray:
    """Released quantiles never decreasing, each still a multiple of its own step: a value
    below the one before is raised to the next multiple of its step at or above it.

    Examples
    --------
    >>> _increasing_on_grid(np.array([18.4, 18.0, 30.0]), np.array([0.2, 2.0, 5.0])).tolist()
    [18.4, 20.0, 30.0]
    """
    out = values.copy()
    for i in range(1, out.size):
        if out[i] < out[i - 1]:
            out[i] = float(
                _on_grid(np.array([math.ceil(out[i - 1] / steps[i]) * steps[i]]), steps[i : i + 1])[
                    0
                ]
            )
    return out


def _nice_up(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 x 10^k at or above ``value`` (> 0)."""
    power = 10.0 ** math.floor(math.log10(value))
    for mantissa in _NICE:
        step = mantissa * power
        if step >= value * (1 - _EFFECTIVE_N_SLACK):
            return step
    return _NICE[-1] * power  # pragma: no cover - 10 x power always reaches value


def _positive(value: object, name: str) -> float:
    number = float(as_fraction(value, name))
    if not (number > 0 and math.isfinite(number)):
        raise InvalidInput(name, value, "a positive finite number")
    return number


def _open_unit(value: object, name: str) -> float:
    number = float(as_fraction(value, name))
    if not 0 < number < 1:
        raise InvalidInput(name, value, "a number strictly between 0 and 1")
    return number


def _q_text(values: FloatArray) -> str:
    flat = values.reshape(-1)
    return ", ".join(f"{v:g}" for v in flat[:5]) + ("..." if flat.size > 5 else "")


def _beta_quantiles(a: FloatArray, b: FloatArray, y: float) -> FloatArray:
    """:func:`~expectgap._special.betaincinv` of each ``(a, b)`` at ``y``; a few pairs through
    :func:`_beta_quantile`'s cache (the same numbers: each element of a batch is solved on its
    own)."""
    if a.size > _CACHED_UP_TO:
        return np.asarray(betaincinv(a, b, y), dtype=np.float64)
    pairs = zip(a.tolist(), b.tolist(), strict=True)
    return np.array([_beta_quantile(i, j, y) for i, j in pairs], dtype=np.float64)


@functools.lru_cache(maxsize=4_096)
def _beta_quantile(a: float, b: float, y: float) -> float:
    return float(betaincinv(a, b, y))
