"""Market and peer distributions: survey tables, adjustments and peer groups.

* :class:`SurveyTable`: a published percentile table as a continuous distribution (log-linear
  between published points, lognormal tails; or one lognormal fit).
* :mod:`expectgap.market.adjust`: aging, scaling, currency and period conversion, gross to net,
  blending (also methods of the table; :func:`blend` is here).
* :class:`PayTrend`: yearly growth of a published pay series, aging tables by it (with a
  labelled extrapolation beyond its last year).
* :class:`BracketDistribution`: pay published as counts by bracket, as a distribution.
* :class:`PeerGroup`: comparable employees' pay with weighted quantiles, mid-rank percentiles,
  order-statistic and bootstrap confidence intervals and a privacy guard.

Examples
--------
>>> from expectgap.market import PeerGroup, SurveyTable
>>> table = SurveyTable.from_percentiles({25: 61_000, 50: 78_000, 75: 99_000}, currency="USD")
>>> round(table.percentile_of(78_000))
50
>>> PeerGroup([61, 70, 78, 85, 99]).quantile(0.5)
78.0
"""

from expectgap.market.adjust import blend
from expectgap.market.brackets import BracketDistribution
from expectgap.market.peers import (
    MAX_WEIGHT_SHARE,
    MIN_EACH_SIDE,
    MIN_N,
    OrderStatisticCI,
    PeerGroup,
    PeerSummary,
    order_statistic_ci,
)
from expectgap.market.survey import LognormalFit, SurveyTable
from expectgap.market.trend import PayTrend

__all__ = [
    "MAX_WEIGHT_SHARE",
    "MIN_EACH_SIDE",
    "MIN_N",
    "BracketDistribution",
    "LognormalFit",
    "OrderStatisticCI",
    "PayTrend",
    "PeerGroup",
    "PeerSummary",
    "SurveyTable",
    "blend",
    "order_statistic_ci",
]
