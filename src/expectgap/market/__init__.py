"""Market and peer distributions: survey tables, adjustments and peer groups.

* :class:`SurveyTable`: a published percentile table as a continuous distribution (log-linear
  between published points, lognormal tails; or one lognormal fit).
* :mod:`expectgap.market.adjust`: aging, scaling, currency and period conversion, gross to net,
  blending (also methods of the table; :func:`blend` is here).
* :class:`PayTrend`: yearly growth of a published pay series, aging tables by it (with a
  labelled extrapolation beyond its last year).
* :class:`BracketDistribution`: pay published as counts by bracket, as a distribution.
* :class:`PeerGroup`: comparable employees' pay, published only through one
  :class:`PeerRelease` built under a :class:`DisclosurePolicy` (see ``docs/privacy.md``).

Examples
--------
>>> from expectgap.market import PeerGroup, SurveyTable
>>> table = SurveyTable.from_percentiles({25: 61_000, 50: 78_000, 75: 99_000}, currency="USD")
>>> round(table.percentile_of(78_000))
50
>>> PeerGroup([61, 70, 78, 85, 99]).release().median
80.0
"""

from expectgap.market.adjust import blend
from expectgap.market.brackets import BracketDistribution
from expectgap.market.disclosure import MAX_WEIGHT_SHARE, MIN_N, DisclosurePolicy
from expectgap.market.peers import PeerGroup, PeerSummary
from expectgap.market.release import OrderStatisticCI, PeerRelease, order_statistic_ci
from expectgap.market.survey import LognormalFit, SurveyTable
from expectgap.market.trend import PayTrend

__all__ = [
    "MAX_WEIGHT_SHARE",
    "MIN_N",
    "BracketDistribution",
    "DisclosurePolicy",
    "LognormalFit",
    "OrderStatisticCI",
    "PayTrend",
    "PeerGroup",
    "PeerRelease",
    "PeerSummary",
    "SurveyTable",
    "blend",
    "order_statistic_ci",
]
