"""Peer groups: the pay of comparable employees, with a privacy guard.

A :class:`PeerGroup` ranks amounts among peers and gives weighted empirical quantiles with
distribution-free confidence intervals. It never publishes anything that lets one peer's pay be
read back.

Statistics
----------
* ``quantile(q)``: the weighted empirical quantile, ``numpy.quantile(values, q,
  weights=weights, method="inverted_cdf")``: the smallest value whose cumulative weight share
  reaches ``q``.
* ``percentile_of(x)``: the mid-rank percentile ``100 * (W(< x) + W(= x) / 2) / W``.
* ``quantile_ci(q, level)``: from order statistics (binomial, distribution-free): with
  ``B ~ Binomial(n, q)``, ``L = qbinom((1 - level) / 2, n, q)`` and
  ``U = qbinom((1 + level) / 2, n, q) + 1``, the interval ``(x_(L), x_(U))`` covers the
  population quantile with probability ``P(L <= B < U) >= level``. For the median at 95%:
  n = 10 gives ``(x_2, x_9)``, n = 20 gives ``(x_6, x_15)``, n = 6 would need ``(x_1, x_6)``
  (96.9%) and n = 5 has no interval at all (the widest, ``(x_1, x_5)``, covers 93.8%): then
  :class:`~expectgap.errors.InsufficientData` is raised (the method never returns None).
  :func:`order_statistic_ci` gives the ranks. With weights, ``n`` is Kish's effective sample
  size ``(sum w)^2 / sum w^2`` (rounded down) and the ranks become weighted quantiles at
  ``L / n`` and ``U / n``. ``method="bootstrap"`` uses :func:`scipy.stats.bootstrap` (BCa).

Privacy rules (what is guaranteed)
----------------------------------
1. **Minimum group size.** At least ``min_n`` (default 5) distinct peers with positive weight.
   Peers are counted by ``ids`` when given; without ids, rows with equal amounts may be the
   same person entered twice, so distinct *amounts* are counted. Distinct amounts must reach
   ``min_n`` in every case (five people all paid the same would otherwise reveal everyone's pay).
2. **No dominant peer.** No peer carries more than ``max_weight_share`` (default 25%,
   :data:`MAX_WEIGHT_SHARE`) of the total weight, where a peer's weight is the sum over its rows
   (by id; without ids, over all rows with the same amount). Duplicated rows therefore cannot
   dilute the check, and weights cannot concentrate the group on one person.
3. **No extremes.** Every published amount (a quantile or an interval end) must have at least
   ``min_each_side`` (default 1) distinct amounts strictly below it and strictly above it: the
   minimum and the maximum are never published, and extreme quantiles of small groups
   (P10 of 5 peers is the lowest pay) are refused.

When rule 1 or 2 fails, every statistic raises :class:`~expectgap.errors.InsufficientData`
(a subclass of :class:`~expectgap.errors.ExpectgapError`); :meth:`PeerGroup.summary` instead
returns the group size, the reason and no amounts. Rule 3 refuses the offending quantile.
The group never exposes its values. Limit: ``percentile_of`` answers any amount, so someone
who may query it at will can locate peer values by bisection; give ranks to the data owner or
one per candidate, not as an open query service.

Examples
--------
>>> from expectgap.market import PeerGroup
>>> peers = PeerGroup([410, 430, 445, 460, 480, 495, 505, 520, 540, 575])
>>> peers.quantile(0.5)
480.0
>>> peers.quantile_ci(0.5)  # (x_2, x_9)
(430.0, 540.0)
>>> peers.quantile(0.05)
Traceback (most recent call last):
...
expectgap.errors.InsufficientData: peer quantile 0.05: it would publish the lowest amount; at least 1 distinct amount must lie below and above a published one
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import pandas as pd

from expectgap._special import betaincinv
from expectgap._vector import amounts, bad_positions_text
from expectgap.errors import InsufficientData, InvalidInput
from expectgap.market._units import plain
from expectgap.money import Period, as_fraction, currency

__all__ = [
    "MAX_WEIGHT_SHARE",
    "MIN_EACH_SIDE",
    "MIN_N",
    "SUMMARY_QUANTILES",
    "OrderStatisticCI",
    "PeerGroup",
    "PeerSummary",
    "order_statistic_ci",
]

FloatArray = npt.NDArray[np.float64]

#: Smallest number of distinct peers behind any published statistic (Radford: >= 5 per
#: country; the 1996 DOJ/FTC safety zone: >= 5 providers per statistic).
MIN_N = 5
#: Largest share of the total weight one peer may carry (DOJ/FTC safety zone: no provider
#: above 25%; withdrawn in 2023, still the common hygiene rule).
MAX_WEIGHT_SHARE = 0.25
#: Distinct amounts that must lie strictly below and above every published amount.
MIN_EACH_SIDE = 1
#: Quantiles reported by :meth:`PeerGroup.summary` when the group allows them.
SUMMARY_QUANTILES = (0.10, 0.25, 0.50, 0.75, 0.90)

_PERCENT = 100.0
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
class PeerSummary:
    """The publishable statistics of a peer group.

    Attributes
    ----------
    n : int
        Distinct peers (by id, or distinct amounts without ids).
    quantiles : dict
        ``{percentile: amount}`` for the summary percentiles (10, 25, 50, 75, 90) the privacy
        rules allow; empty when the group may not publish at all.
    withheld : tuple of int
        Summary percentiles left out by the privacy rules.
    reason : str or None
        Why nothing is published (too few peers, a dominant peer), else None.

    Examples
    --------
    >>> PeerSummary(4, {}, (10, 25, 50, 75, 90), "4 distinct peers; at least 5 are needed").n
    4
    """

    n: int
    quantiles: dict[int, float] = field(default_factory=dict)
    withheld: tuple[int, ...] = ()
    reason: str | None = None


class PeerGroup:
    """Pay of comparable employees, with weighted quantiles, ranks, CIs and a privacy guard.

    Parameters
    ----------
    values : sequence, numpy array or pandas Series
        Amounts (finite, > 0), one per peer row.
    weights : sequence, optional
        Non-negative weights, one per row (rows with weight 0 are left out); equal by default.
    min_n : int
        Fewest distinct peers (and distinct amounts) behind a statistic; default 5, at least 2.
    ids : sequence of hashables, optional
        Who each row is. Rows with the same id are one peer (counted once; weights summed).
        Without ids, rows with equal amounts are treated as possibly one person.
    max_weight_share : float
        Largest share of the total weight one peer may carry (default 0.25).
    min_each_side : int
        Distinct amounts required strictly below and above a published amount (default 1).
    currency : str, optional
        ISO 4217 code of the amounts (checked against :class:`~expectgap.Money` inputs).
    period : Period or str, optional
        Pay period of the amounts.

    Raises
    ------
    InvalidInput
        Negative, zero, NaN or infinite amounts (positions listed), bad weights or ids, or
        out-of-range settings. Too few peers is not an error here: statistics raise
        :class:`~expectgap.errors.InsufficientData` (see :attr:`publishable`).

    Examples
    --------
    >>> g = PeerGroup([300, 320, 340, 360, 380, 400], weights=[1, 1, 1, 1, 1, 1])
    >>> g.n, g.publishable
    (6, True)
    >>> g.percentile_of(340)  # (2 below + 1/2 equal) / 6
    41.66...
    >>> PeerGroup([300, 300, 300, 320, 340, 360]).quantile(0.5)  # 4 distinct amounts
    Traceback (most recent call last):
    ...
    expectgap.errors.InsufficientData: peer group: 4 distinct amounts; at least 5 are needed
    """

    def _repr_html_(self) -> str:
        """An HTML table for Jupyter."""
        from expectgap import _html

        return _html.peer_group(self)

    def __init__(
        self,
        values: Any,
        *,
        weights: Any = None,
        min_n: int = MIN_N,
        ids: Sequence[Hashable] | pd.Series | None = None,
        max_weight_share: float = MAX_WEIGHT_SHARE,
        min_each_side: int = MIN_EACH_SIDE,
        currency: str | None = None,
        period: Period | str | None = None,
    ) -> None:
        array, _ = amounts(values, "values")
        array = array.reshape(-1)
        if (array <= 0).any():
            raise InvalidInput("values", bad_positions_text(array <= 0, array), "amounts > 0")
        w = self._weights(weights, array.size)
        keys = self._ids(ids, array.size)
        self._min_n = _whole(min_n, "min_n", 2)
        self._min_each_side = _whole(min_each_side, "min_each_side", 1)
        share = float(as_fraction(max_weight_share, "max_weight_share"))
        if not 0 < share <= 1:
            raise InvalidInput("max_weight_share", max_weight_share, "a share in (0, 1]")
        self._max_share = share
        self._currency = None if currency is None else _currency_code(currency)
        self._period = None if period is None else Period.parse(period)
        keep = w > 0
        array, w = array[keep], w[keep]
        keys = None if keys is None else keys[keep]
        order = np.argsort(array, kind="stable")
        self._values = array[order]
        self._w = w[order]
        self._ids_sorted = None if keys is None else keys[order]
        self._cum = np.concatenate(([0.0], np.cumsum(self._w)))
        self._total = float(self._cum[-1]) if self._w.size else 0.0
        self._cdf = self._cum[1:] / self._total if self._w.size else self._cum[1:]
        self._distinct = np.unique(self._values)
        self._n = self._count_peers()
        self._reason = self._guard()

    # --- construction helpers -----------------------------------------------------------------
    @staticmethod
    def _weights(weights: Any, size: int) -> FloatArray:
        if weights is None:
            return np.ones(size)
        w, _ = amounts(weights, "weights")
        w = w.reshape(-1)
        if w.size != size:
            raise InvalidInput("weights", f"{w.size} weights", f"one weight per value ({size})")
        return w

    @staticmethod
    def _ids(ids: Sequence[Hashable] | pd.Series | None, size: int) -> npt.NDArray[np.int64] | None:
        if ids is None:
            return None
        labels = list(ids.to_numpy() if isinstance(ids, pd.Series) else ids)
        if len(labels) != size:
            raise InvalidInput("ids", f"{len(labels)} ids", f"one id per value ({size})")
        try:
            codes, _ = pd.factorize(pd.Series(labels, dtype=object), use_na_sentinel=False)
        except TypeError:
            raise InvalidInput("ids", "unhashable ids", "hashable peer identifiers") from None
        return np.asarray(codes, dtype=np.int64)

    def _count_peers(self) -> int:
        if self._ids_sorted is None:
            return int(self._distinct.size)
        return int(np.unique(self._ids_sorted).size)

    def _guard(self) -> str | None:
        distinct = int(self._distinct.size)
        if self._n < self._min_n:
            what = "distinct peers" if self._ids_sorted is not None else "distinct amounts"
            return f"{self._n} {what}; at least {self._min_n} are needed"
        if distinct < self._min_n:
            return f"{distinct} distinct amounts; at least {self._min_n} are needed"
        if self._ids_sorted is not None:
            per_peer = np.bincount(self._ids_sorted, weights=self._w)
            unit = "peer"
        else:
            starts = np.searchsorted(self._values, self._distinct, side="left")
            ends = np.searchsorted(self._values, self._distinct, side="right")
            per_peer = self._cum[ends] - self._cum[starts]
            unit = "amount (rows with equal amounts may be one person; pass ids= to tell)"
        largest = float(per_peer.max()) / self._total
        if largest > self._max_share:
            return (
                f"one {unit} carries {largest:.1%} of the weight; "
                f"at most {self._max_share:.0%} is allowed"
            )
        return None

    # --- properties ---------------------------------------------------------------------------
    @property
    def n(self) -> int:
        """Number of distinct peers (by id; without ids, distinct amounts).

        Examples
        --------
        >>> PeerGroup([1, 2, 2, 3], ids=["a", "b", "c", "d"]).n
        4
        """
        return self._n

    @property
    def publishable(self) -> bool:
        """Whether the group passes the size and weight-share rules.

        Examples
        --------
        >>> PeerGroup([1, 2, 3, 4]).publishable
        False
        """
        return self._reason is None

    @property
    def currency(self) -> str | None:
        """ISO code of the amounts, if declared.

        Examples
        --------
        >>> PeerGroup([1, 2, 3, 4, 5], currency="jpy").currency
        'JPY'
        """
        return self._currency

    @property
    def period(self) -> Period | None:
        """Pay period of the amounts, if declared.

        Examples
        --------
        >>> PeerGroup([1, 2, 3, 4, 5], period="monthly").period
        <Period.MONTHLY: 'monthly'>
        """
        return self._period

    @property
    def effective_n(self) -> float:
        """Kish's effective sample size ``(sum w)^2 / sum w^2`` (rows, or peers when ids given).

        Examples
        --------
        >>> PeerGroup([1, 2, 3, 4, 5], weights=[1, 1, 1, 1, 4]).effective_n
        3.2
        """
        if self._total == 0:
            return 0.0
        w: FloatArray = self._w
        if self._ids_sorted is not None:
            w = np.bincount(self._ids_sorted, weights=self._w).astype(np.float64)
        return float(self._total**2 / np.sum(w * w))

    def __repr__(self) -> str:
        state = "publishable" if self.publishable else f"withheld: {self._reason}"
        unit = "" if self._currency is None else f" {self._currency}"
        period = "" if self._period is None else f" {self._period.value}"
        return f"PeerGroup(n={self._n}{unit}{period}, {state})"

    # --- guard --------------------------------------------------------------------------------
    def _require(self) -> None:
        if self._reason is not None:
            raise InsufficientData("peer group", self._reason)

    def _check_published(self, found: FloatArray, what: str) -> None:
        below = np.searchsorted(self._distinct, found, side="left")
        above = self._distinct.size - np.searchsorted(self._distinct, found, side="right")
        k = self._min_each_side
        if (below < k).any() or (above < k).any():
            side = "lowest" if (below < k).any() else "highest"
            raise InsufficientData(
                what,
                f"it would publish the {side} amount{'s' if k > 1 else ''}; at least {k} "
                f"distinct amount{'s' if k > 1 else ''} must lie below and above a published one",
            )

    def _at(self, q: FloatArray) -> FloatArray:
        index = np.minimum(np.searchsorted(self._cdf, q, side="left"), self._values.size - 1)
        result: FloatArray = self._values[index]
        return result

    # --- statistics ---------------------------------------------------------------------------
    def quantile(self, q: Any) -> Any:
        """Weighted empirical quantile(s), ``numpy.quantile(..., method="inverted_cdf")``.

        Parameters
        ----------
        q : float or array
            Quantiles in [0, 1].

        Returns
        -------
        float or numpy.ndarray

        Raises
        ------
        InsufficientData
            If the group may not publish, or a requested quantile would be one of the
            ``min_each_side`` lowest or highest amounts.
        InvalidInput
            For ``q`` outside [0, 1].

        Examples
        --------
        >>> g = PeerGroup([100, 200, 300, 400, 500, 600], weights=[1, 1, 1, 1, 1, 1.5])
        >>> g.quantile([0.25, 0.5])
        array([200., 400.])
        """
        self._require()
        values, shape = amounts(q, "q")
        if (values > 1).any():
            shown = bad_positions_text(values > 1, values) if values.ndim else q
            raise InvalidInput("q", shown, "quantiles between 0 and 1")
        found = self._at(values.reshape(-1))
        self._check_published(found, f"peer quantile {_q_text(values)}")
        return shape.wrap_float(found.reshape(values.shape))

    def percentile_of(self, x: Any) -> Any:
        """Mid-rank percentile (0-100) of amounts among the peers.

        ``100 * (W(< x) + W(= x) / 2) / W`` with ``W`` the peers' weights. Sorted values and
        cumulative weights make this two binary searches per amount.

        Parameters
        ----------
        x : number, array, pandas Series or Money
            Amounts (finite, >= 0); a :class:`~expectgap.Money` must match the group's declared
            currency and period.

        Returns
        -------
        float, numpy.ndarray or pandas.Series

        Raises
        ------
        InsufficientData
            If the group may not publish.

        Examples
        --------
        >>> g = PeerGroup([100, 200, 300, 400, 500])
        >>> g.percentile_of([50, 300, 350, 900])
        array([  0.,  50.,  60., 100.])
        """
        self._require()
        x = plain(x, self._currency, self._period, "percentile_of")
        values, shape = amounts(x, "amount")
        return shape.wrap_float(self._percent(values))

    def _percent(self, values: FloatArray) -> FloatArray:
        left = np.searchsorted(self._values, values, side="left")
        right = np.searchsorted(self._values, values, side="right")
        below = self._cum[left]
        equal = self._cum[right] - below
        result: FloatArray = (below + equal / 2) * (_PERCENT / self._total)
        return result

    def percentile_ci(self, x: Any, level: float = 0.95) -> tuple[Any, Any]:
        """Confidence interval (0-100) for the population percentile of amounts.

        The count of peers below ``x`` is Binomial(n, F(x)); the interval is the exact
        (Clopper-Pearson) one for ``F(x)``, the dual of the order-statistic CI, taken at the
        mid-rank count ``k = n * percentile / 100`` with ``n`` the effective sample size.

        Parameters
        ----------
        x : number, array, pandas Series or Money
            Amounts (as for :meth:`percentile_of`).
        level : float
            Confidence level in (0, 1).

        Returns
        -------
        (low, high)
            Each the shape of ``x``; ``low <= percentile_of(x) <= high``.

        Examples
        --------
        >>> g = PeerGroup(list(range(100, 2100, 100)))  # 20 peers
        >>> [round(v, 1) for v in g.percentile_ci(1050)]
        [27.2, 72.8]
        """
        self._require()
        x = plain(x, self._currency, self._period, "percentile_ci")
        values, shape = amounts(x, "amount")
        level = _open_unit(level, "level")
        n = self._n_for_ci()
        # at most 2n + 1 distinct mid-rank counts: invert the beta function once per count
        k, where = np.unique(self._percent(values) / _PERCENT * n, return_inverse=True)
        alpha = 1 - level
        low = np.zeros_like(k)
        high = np.ones_like(k)
        inside = k > 0
        low[inside] = betaincinv(k[inside], n - k[inside] + 1, alpha / 2)
        inside = k < n
        high[inside] = betaincinv(k[inside] + 1, n - k[inside], 1 - alpha / 2)
        shaped = where.reshape(values.shape)
        return shape.wrap_float(low[shaped] * _PERCENT), shape.wrap_float(high[shaped] * _PERCENT)

    def _n_for_ci(self) -> int:
        return math.floor(self.effective_n + _EFFECTIVE_N_SLACK)

    def quantile_ci(
        self,
        q: float,
        level: float = 0.95,
        *,
        method: Literal["order", "bootstrap"] = "order",
        n_resamples: int = 9999,
        rng: np.random.Generator | int | None = None,
    ) -> tuple[float, float]:
        """Confidence interval for the ``q`` quantile of the population the peers come from.

        ``method="order"`` (default): distribution-free, from order statistics (see
        :func:`order_statistic_ci`); weighted groups use the effective sample size.
        ``method="bootstrap"``: :func:`scipy.stats.bootstrap` (BCa) of the weighted quantile,
        resampling peers with their weights; widened to include the point estimate if the
        bootstrap interval misses it. BCa's jackknife costs O(n^2): use it for small groups.

        Parameters
        ----------
        q : float
            Quantile in (0, 1).
        level : float
            Confidence level in (0, 1).
        method : {"order", "bootstrap"}
        n_resamples : int
            Bootstrap resamples.
        rng : numpy.random.Generator, int or None
            Bootstrap random generator or seed.

        Returns
        -------
        (float, float)
            Always contains ``quantile(q)``.

        Raises
        ------
        InsufficientData
            Too few peers for an interval at this level, a group that may not publish, or an
            interval end that would be one of the lowest or highest amounts.

        Examples
        --------
        >>> g = PeerGroup(list(range(100, 2100, 100)))  # 20 peers: (x_6, x_15)
        >>> g.quantile_ci(0.5)
        (600.0, 1500.0)
        >>> PeerGroup([100, 200, 300, 400, 500, 600]).quantile_ci(0.5)  # (x_1, x_6)
        Traceback (most recent call last):
        ...
        expectgap.errors.InsufficientData: 95% interval for peer quantile 0.5: it would publish the lowest amount; at least 1 distinct amount must lie below and above a published one
        """
        self._require()
        q = _open_unit(q, "q")
        level = _open_unit(level, "level")
        what = f"{level:.0%} interval for peer quantile {q:g}"
        estimate = float(self._at(np.array([q]))[0])
        if method == "order":
            n = self._n_for_ci()
            ranks = order_statistic_ci(n, q, level)
            probs = np.array([min(ranks.lower / n, q), max(ranks.upper / n, q)])
            ends = self._at(probs)
        elif method == "bootstrap":
            ends = self._bootstrap(q, level, n_resamples, rng, what)
        else:
            raise InvalidInput("method", method, "'order' or 'bootstrap'")
        ends = np.array([min(ends[0], estimate), max(ends[1], estimate)])
        self._check_published(ends, what)
        return float(ends[0]), float(ends[1])

    def _bootstrap(
        self,
        q: float,
        level: float,
        n_resamples: int,
        rng: np.random.Generator | int | None,
        what: str,
    ) -> FloatArray:
        def statistic(v: FloatArray, w: FloatArray, axis: int = -1) -> FloatArray:
            order = np.argsort(v, axis=axis)
            v = np.take_along_axis(v, order, axis=axis)
            cum = np.cumsum(np.take_along_axis(w, order, axis=axis), axis=axis)
            cdf = cum / np.take(cum, [-1], axis=axis)
            index = np.argmax(cdf >= q, axis=axis)
            picked: FloatArray = np.take_along_axis(v, np.expand_dims(index, axis), axis=axis)
            return np.squeeze(picked, axis=axis)

        batch = max(1, 2_000_000 // max(1, self._values.size))
        from scipy import stats  # imported when used: scipy.stats takes long to import

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = stats.bootstrap(
                (self._values, self._w),
                statistic,
                paired=True,
                vectorized=True,
                confidence_level=level,
                n_resamples=_whole(n_resamples, "n_resamples", 1),
                batch=batch,
                method="BCa",
                rng=np.random.default_rng(rng),
            )
        ends = np.array([result.confidence_interval.low, result.confidence_interval.high])
        if not np.isfinite(ends).all():
            raise InsufficientData(what, "the bootstrap distribution is degenerate")
        return ends

    def summary(self) -> PeerSummary:
        """The publishable statistics: group size and the P10/P25/P50/P75/P90 the rules allow.

        Never raises for a small group: it then returns the size, the reason and no amounts.
        The minimum, maximum and mean are never part of it.

        Returns
        -------
        PeerSummary

        Examples
        --------
        >>> PeerGroup([410, 430, 445, 460, 480, 495, 505, 520, 540, 575]).summary()
        PeerSummary(n=10, quantiles={25: 445.0, 50: 480.0, 75: 520.0, 90: 540.0}, withheld=(10,), reason=None)
        >>> PeerGroup([410, 430, 445]).summary().reason
        '3 distinct amounts; at least 5 are needed'
        """
        labels = tuple(round(q * _PERCENT) for q in SUMMARY_QUANTILES)
        if self._reason is not None:
            return PeerSummary(self._n, {}, labels, self._reason)
        found = self._at(np.array(SUMMARY_QUANTILES))
        below = np.searchsorted(self._distinct, found, side="left")
        above = self._distinct.size - np.searchsorted(self._distinct, found, side="right")
        ok = (below >= self._min_each_side) & (above >= self._min_each_side)
        published = {
            label: float(v) for label, v, good in zip(labels, found, ok, strict=True) if good
        }
        withheld = tuple(label for label, good in zip(labels, ok, strict=True) if not good)
        return PeerSummary(self._n, published, withheld, None)

    def log_moments(self) -> tuple[float, float]:
        """Weighted mean and standard deviation of the log amounts (for a log-space z-score).

        Returns
        -------
        (float, float)

        Raises
        ------
        InsufficientData
            If the group may not publish.

        Examples
        --------
        >>> mu, sigma = PeerGroup([100, 200, 400, 800, 1600]).log_moments()
        >>> round(math.exp(mu)), round(sigma / math.log(2), 4)
        (400, 1.4142)
        """
        self._require()
        logs = np.log(self._values)
        mean = float(np.sum(self._w * logs) / self._total)
        sd = float(np.sqrt(np.sum(self._w * (logs - mean) ** 2) / self._total))
        return mean, sd

    # --- adjustments --------------------------------------------------------------------------
    def _rebuilt(self, factor: float, currency_code: str | None) -> PeerGroup:
        clone = object.__new__(PeerGroup)
        clone.__dict__.update(self.__dict__)
        clone._values = self._values * factor
        clone._distinct = self._distinct * factor
        clone._currency = currency_code
        return clone

    def scaled(self, factor: float) -> PeerGroup:
        """A copy with every amount multiplied by ``factor`` (> 0); the guard is unchanged.

        Examples
        --------
        >>> PeerGroup([1, 2, 3, 4, 5]).scaled(10).quantile(0.5)
        30.0
        """
        number = float(as_fraction(factor, "factor"))
        if number <= 0:
            raise InvalidInput("factor", factor, "a positive finite factor")
        return self._rebuilt(number, self._currency)

    def converted(self, to: str, rate: float) -> PeerGroup:
        """A copy in currency ``to`` at ``rate`` units per unit.

        Examples
        --------
        >>> PeerGroup([1, 2, 3, 4, 5], currency="USD").converted("JPY", 150).currency
        'JPY'
        """
        number = float(as_fraction(rate, "rate"))
        if number <= 0:
            raise InvalidInput("rate", rate, "an exchange rate > 0")
        return self._rebuilt(number, _currency_code(to))


def _currency_code(code: str) -> str:
    return currency(code).code


def _whole(value: object, name: str, least: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int | np.integer) or value < least:
        raise InvalidInput(name, value, f"a whole number >= {least}")
    return int(value)


def _open_unit(value: object, name: str) -> float:
    number = float(as_fraction(value, name))
    if not 0 < number < 1:
        raise InvalidInput(name, value, "a number strictly between 0 and 1")
    return number


def _q_text(values: FloatArray) -> str:
    flat = values.reshape(-1)
    return ", ".join(f"{v:g}" for v in flat[:5]) + ("..." if flat.size > 5 else "")
