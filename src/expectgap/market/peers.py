"""Peer groups: the pay of comparable employees, published only through one release.

A :class:`PeerGroup` takes peers' amounts (personal data), applies the disclosure-control
rules of a :class:`~expectgap.market.disclosure.DisclosurePolicy` and builds one
:class:`~expectgap.market.release.PeerRelease`: the number of counted contributors and a few
smoothed quantiles rounded to a grid. The raw amounts are not kept. Every statistic of the
group (``quantile``, ``percentile_of``, ``percentile_ci``, ``quantile_ci``, ``log_moments``,
``summary``) and everything built on it (:func:`~expectgap.position`, assessment evidence,
reports, HTML, plots, frames) is computed from the release, so no sequence of calls can learn
more than the release holds. See ``docs/privacy.md`` for the threat model and the guarantees.

Rules (floors a caller can raise, never lower)
----------------------------------------------
1. **At least 5 counted contributors** (``min_n``). Contributors are people by ``ids`` when
   given, else rows (one person entered twice must be marked with ids: no rule looks at
   whether two amounts are equal, since such a rule would tell whether a newcomer earns exactly
   a member's pay). A contributor with less than half
   the mean contributor weight is not counted (no decoys), and Kish's effective number
   ``(sum w)^2 / sum w^2`` must reach ``min_n`` too.
2. **No contributor above 25% of the weight** (``max_weight_share``).
3. **Weights** are finite, in [1e-6, 1e9] (no zero, subnormal or overflowing weights).
4. **Nothing raw is published**: no order statistic, minimum, maximum, moment or z-score of
   the amounts; quantiles are Harrell-Davis means of all amounts, rounded to a grid chosen by
   the p% rule (``protection``, 10%); percentiles are read off the release in steps of 5.

When rule 1 or 2 fails, every statistic raises :class:`~expectgap.errors.InsufficientData`;
:meth:`PeerGroup.summary` and :meth:`PeerGroup.release` instead return the group size, the
reason and no amounts.

Examples
--------
>>> from expectgap.market import PeerGroup
>>> peers = PeerGroup([410, 430, 445, 460, 480, 495, 505, 520, 540, 575])
>>> peers.release()
PeerRelease(n=10, P25=450 (step 50), P50=475 (step 25), P75=500 (step 50))
>>> peers.percentile_of(480)
55.0
>>> PeerGroup([410, 430, 445, 460, 480], min_n=2)
Traceback (most recent call last):
...
expectgap.errors.InvalidInput: min_n: got 2; expected a whole number >= 5 (a privacy floor: it can be raised, never lowered)
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import numpy.typing as npt

from expectgap._vector import amounts, bad_positions_text, is_series
from expectgap.errors import InvalidInput
from expectgap.market.disclosure import (
    MAX_WEIGHT,
    MAX_WEIGHT_SHARE,
    MIN_N,
    MIN_WEIGHT,
    DisclosurePolicy,
)
from expectgap.market.release import (
    OrderStatisticCI,
    PeerRelease,
    build_release,
    order_statistic_ci,
)
from expectgap.money import Period, currency

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "MAX_WEIGHT_SHARE",
    "MIN_N",
    "SUMMARY_QUANTILES",
    "OrderStatisticCI",
    "PeerGroup",
    "PeerSummary",
    "order_statistic_ci",
]

FloatArray = npt.NDArray[np.float64]

#: Quantiles a release may hold (P10 and P90 only for large groups).
SUMMARY_QUANTILES = (0.10, 0.25, 0.50, 0.75, 0.90)
#: Former name of the release (``PeerGroup.summary()`` returns the release).
PeerSummary = PeerRelease


class PeerGroup:
    """Pay of comparable employees, published only through :meth:`release`.

    Parameters
    ----------
    values : sequence, numpy array or pandas Series
        Amounts (finite, > 0), one per peer row. They are not kept: only the release is.
    weights : sequence, optional
        Weights, one per row, each finite and in [1e-6, 1e9]; equal by default.
    min_n : int, optional
        Counted contributors needed (default and floor 5; may be raised).
    ids : sequence of hashables, optional
        Who each row is. Rows with the same id are one peer (counted once; weights summed).
        Without ids, each row is a peer (give ids where one person may have several rows).
    max_weight_share : float, optional
        Largest weight share of one peer (default and ceiling 0.25; may be lowered).
    policy : DisclosurePolicy, optional
        All the rules at once (``min_n`` and ``max_weight_share``, when given, override it and
        are checked against the same floors).
    currency : str, optional
        ISO 4217 code of the amounts (checked against :class:`~expectgap.Money` inputs).
    period : Period or str, optional
        Pay period of the amounts.

    Raises
    ------
    InvalidInput
        Zero, negative, NaN or infinite amounts (positions listed), bad weights or ids, or a
        rule looser than its floor. Too few peers is not an error here: statistics raise
        :class:`~expectgap.errors.InsufficientData` (see :attr:`publishable`).

    Examples
    --------
    >>> g = PeerGroup([300, 320, 340, 360, 380, 400])
    >>> g.n, g.publishable
    (6, True)
    >>> g.percentile_of(340)
    40.0
    >>> PeerGroup([300, 320, 340, 360]).quantile(0.5)
    Traceback (most recent call last):
    ...
    expectgap.errors.InsufficientData: peer group: 4 peers; at least 5 are needed
    """

    def _repr_html_(self) -> str:
        """An HTML table for Jupyter (the release only)."""
        from expectgap import _html

        return _html.peer_group(self._release)

    def __init__(
        self,
        values: Any,
        *,
        weights: Any = None,
        min_n: int | None = None,
        ids: Sequence[Hashable] | pd.Series | None = None,
        max_weight_share: float | None = None,
        policy: DisclosurePolicy | None = None,
        currency: str | None = None,
        period: Period | str | None = None,
    ) -> None:
        array, _ = amounts(values, "values")
        array = array.reshape(-1)
        if (array <= 0).any():
            raise InvalidInput("values", bad_positions_text(array <= 0, array), "amounts > 0")
        if array.size == 0:
            raise InvalidInput("values", "no amounts", "at least one amount")
        w = _weights(weights, array.size)
        keys = _ids(ids, array.size)
        rules = _policy(policy, min_n, max_weight_share)
        code = None if currency is None else _currency_code(currency)
        unit = None if period is None else Period.parse(period)
        order = np.argsort(array, kind="stable")
        array, w = array[order], w[order]
        if keys is None:  # each row one contributor
            people = np.arange(array.size, dtype=np.int64)
        else:
            people = np.unique(keys[order], return_inverse=True)[1].astype(np.int64)
        self._release = build_release(
            array,
            w,
            people,
            rules,
            by_id=keys is not None,
            currency=code,
            period=unit,
        )

    # --- the release --------------------------------------------------------------------------
    def release(self) -> PeerRelease:
        """The one published summary every output of this group is computed from.

        Returns
        -------
        PeerRelease

        Examples
        --------
        >>> r = PeerGroup([100, 110, 120, 130, 140], currency="JPY").release()
        >>> r.n, r.quantiles, r.grid, r.currency
        (5, {25: 110.0, 50: 120.0, 75: 140.0}, 20.0, 'JPY')
        """
        return self._release

    def summary(self) -> PeerRelease:
        """The release (kept under its former name; never raises for a small group).

        Examples
        --------
        >>> PeerGroup([410, 430, 445]).summary().reason
        '3 peers; at least 5 are needed'
        """
        return self._release

    @property
    def n(self) -> int:
        """Counted contributors (by id; without ids, rows).

        Examples
        --------
        >>> PeerGroup([1, 2, 2, 3], ids=["a", "b", "c", "d"]).n
        4
        """
        return self._release.n

    @property
    def publishable(self) -> bool:
        """Whether the group passes the rules.

        Examples
        --------
        >>> PeerGroup([1, 2, 3, 4]).publishable
        False
        """
        return self._release.publishable

    @property
    def policy(self) -> DisclosurePolicy:
        """The rules the release was built under.

        Examples
        --------
        >>> PeerGroup([1, 2, 3, 4, 5], min_n=5).policy.max_weight_share
        0.25
        """
        return self._release.policy

    @property
    def currency(self) -> str | None:
        """ISO code of the amounts, if declared.

        Examples
        --------
        >>> PeerGroup([1, 2, 3, 4, 5], currency="jpy").currency
        'JPY'
        """
        return self._release.currency

    @property
    def period(self) -> Period | None:
        """Pay period of the amounts, if declared.

        Examples
        --------
        >>> PeerGroup([1, 2, 3, 4, 5], period="monthly").period
        <Period.MONTHLY: 'monthly'>
        """
        return self._release.period

    @property
    def effective_n(self) -> float:
        """Kish's effective number of contributors ``(sum w)^2 / sum w^2``.

        Examples
        --------
        >>> PeerGroup([1, 2, 3, 4, 5, 6], weights=[1, 1, 1, 1, 1, 1.5]).effective_n
        5.82...
        """
        return self._release.effective_n

    def __repr__(self) -> str:
        r = self._release
        state = "publishable" if r.publishable else f"withheld: {r.reason}"
        unit = "" if r.currency is None else f" {r.currency}"
        period = "" if r.period is None else f" {r.period.value}"
        return f"PeerGroup(n={r.n}{unit}{period}, {state})"

    # --- statistics (all from the release) ----------------------------------------------------
    def quantile(self, q: Any) -> Any:
        """Quantile(s) from the release (see :meth:`PeerRelease.quantile`).

        Examples
        --------
        >>> PeerGroup([100, 110, 120, 130, 140]).quantile(0.5)
        120.0
        >>> PeerGroup([100, 110, 120, 130, 140]).quantile(0.05)
        Traceback (most recent call last):
        ...
        expectgap.errors.InsufficientData: peer quantile 0.05: only P25–P75 are released
        """
        return self._release.quantile(q)

    def percentile_of(self, x: Any) -> Any:
        """Percentile (0-100, in steps of 5) of amounts, from the release.

        Examples
        --------
        >>> PeerGroup([100, 110, 120, 130, 140]).percentile_of([50, 120, 900])
        array([  0.,  50., 100.])
        """
        return self._release.percentile_of(x)

    def percentile_ci(self, x: Any, level: float = 0.95) -> tuple[Any, Any]:
        """Confidence interval for the population percentile (see the release).

        Examples
        --------
        >>> g = PeerGroup(list(range(100, 2100, 100)))  # 20 peers
        >>> [round(float(v), 1) for v in g.percentile_ci(1050)]
        [27.2, 72.8]
        """
        return self._release.percentile_ci(x, level)

    def quantile_ci(
        self, q: float, level: float = 0.95, *, method: Literal["order"] = "order"
    ) -> tuple[float, float]:
        """Confidence interval for a population quantile, read off the release.

        Only ``method="order"`` (distribution-free ranks taken on the release): a bootstrap
        would resample the raw amounts, which a group does not keep.

        Examples
        --------
        >>> PeerGroup(list(range(100, 4100, 100))).quantile_ci(0.5)
        (1400.0, 2700.0)
        """
        if method != "order":
            raise InvalidInput(
                "method", method, "'order' (a bootstrap would publish raw amounts' resamples)"
            )
        return self._release.quantile_ci(q, level)

    def log_moments(self) -> tuple[float, float]:
        """Log-scale location and spread of the release (not of the raw amounts).

        Examples
        --------
        >>> mu, sigma = PeerGroup([100, 110, 120, 130, 140]).log_moments()
        >>> round(float(np.exp(mu)))
        120
        """
        return self._release.log_moments()

    # --- adjustments --------------------------------------------------------------------------
    def _with(self, release: PeerRelease) -> PeerGroup:
        clone = object.__new__(PeerGroup)
        clone._release = release
        return clone

    def scaled(self, factor: float) -> PeerGroup:
        """A copy with the release scaled by ``factor`` (> 0); nothing is re-derived.

        Examples
        --------
        >>> PeerGroup([1, 2, 3, 4, 5]).scaled(10).quantile(0.5)
        30.0
        """
        return self._with(self._release.scaled(factor))

    def converted(self, to: str, rate: float) -> PeerGroup:
        """A copy in currency ``to`` at ``rate`` units per unit.

        Examples
        --------
        >>> PeerGroup([1, 2, 3, 4, 5], currency="USD").converted("JPY", 150).currency
        'JPY'
        """
        return self._with(self._release.converted(to, rate))


def _policy(
    policy: DisclosurePolicy | None, min_n: int | None, max_weight_share: float | None
) -> DisclosurePolicy:
    if policy is not None and not isinstance(policy, DisclosurePolicy):
        raise InvalidInput("policy", policy, "a DisclosurePolicy")
    rules = DisclosurePolicy() if policy is None else policy
    changes: dict[str, Any] = {}
    if min_n is not None:
        changes["min_n"] = min_n
    if max_weight_share is not None:
        changes["max_weight_share"] = max_weight_share
    return replace(rules, **changes) if changes else rules


def _weights(weights: Any, size: int) -> FloatArray:
    if weights is None:
        return np.ones(size)
    w, _ = amounts(weights, "weights")
    w = w.reshape(-1)
    if w.size != size:
        raise InvalidInput("weights", f"{w.size} weights", f"one weight per value ({size})")
    bad = (w < MIN_WEIGHT) | (w > MAX_WEIGHT)
    if bad.any():
        raise InvalidInput(
            "weights", bad_positions_text(bad, w), f"weights in [{MIN_WEIGHT:g}, {MAX_WEIGHT:g}]"
        )
    return w


def _ids(ids: Sequence[Hashable] | pd.Series | None, size: int) -> npt.NDArray[np.int64] | None:
    if ids is None:
        return None
    labels = list(ids.to_numpy() if is_series(ids) else ids)
    if len(labels) != size:
        raise InvalidInput("ids", f"{len(labels)} ids", f"one id per value ({size})")
    if all(type(label) in (str, int) for label in labels):
        # text and whole-number ids (a CSV column): codes in order of first appearance, as
        # pandas.factorize gives them, without importing pandas
        first: dict[Hashable, int] = {}
        return np.array([first.setdefault(label, len(first)) for label in labels], dtype=np.int64)
    import pandas as pd

    try:
        codes, _ = pd.factorize(pd.Series(labels, dtype=object), use_na_sentinel=False)
    except TypeError:
        raise InvalidInput("ids", "unhashable ids", "hashable peer identifiers") from None
    return np.asarray(codes, dtype=np.int64)


def _currency_code(code: str) -> str:
    return currency(code).code
