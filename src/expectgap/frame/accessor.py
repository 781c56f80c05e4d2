"""The ``df.expectgap`` accessor."""

from __future__ import annotations

from typing import Any

import pandas as pd

from expectgap.frame.assessment import assess
from expectgap.frame.batch_report import FrameReport, report
from expectgap.frame.points import talking_points
from expectgap.frame.positions import position
from expectgap.frame.take_home import net
from expectgap.market.peers import PeerGroup
from expectgap.market.survey import SurveyTable


@pd.api.extensions.register_dataframe_accessor("expectgap")
class ExpectgapAccessor:
    """The ``df.expectgap`` accessor: the batch functions of :mod:`expectgap.frame` on ``df``.

    Registered when :mod:`expectgap.frame` is imported.

    Examples
    --------
    >>> import pandas as pd
    >>> from expectgap.market import SurveyTable
    >>> t = SurveyTable.from_percentiles({25: 40_000, 50: 50_000, 75: 62_500}, currency="USD")
    >>> pd.DataFrame({"amount": [50_000]}).expectgap.position(t)["percentile"].tolist()
    [50.0]
    """

    def __init__(self, frame: pd.DataFrame) -> None:
        self._frame = frame

    def net(self, **options: Any) -> pd.DataFrame:
        """:func:`expectgap.frame.net` on this frame.

        Examples
        --------
        >>> pd.DataFrame({"pay": [400_000]}).expectgap.net(year=2026)["gross"].tolist()
        [4800000]
        """
        return net(self._frame, **options)

    def assess(self, **options: Any) -> pd.DataFrame:
        """:func:`expectgap.frame.assess` on this frame.

        Examples
        --------
        >>> rows = pd.DataFrame({"offer_base": [450_000], "salary_basis": ["gross_monthly"],
        ...                      "salary_target": [500_000]})
        >>> rows.expectgap.assess()["gross_salary_severity"].tolist()
        ['major']
        """
        return assess(self._frame, **options)

    def talking_points(self, **options: Any) -> pd.DataFrame:
        """:func:`expectgap.frame.talking_points` on this frame.

        Examples
        --------
        >>> rows = pd.DataFrame({"offer_base": [450_000], "hours_target": [40]})
        >>> points = rows.expectgap.talking_points(year=2026).set_index("topic")
        >>> points.loc["hours", "summary"]  # no offer_hours_per_week: not stated
        'Working hours: not stated in the offer; ask for it'
        """
        return talking_points(self._frame, **options)

    def report(self, **options: Any) -> FrameReport:
        """:func:`expectgap.frame.report` on this frame.

        Examples
        --------
        >>> rows = pd.DataFrame({"offer_base": [450_000], "hours_target": [40]})
        >>> both = rows.expectgap.report(year=2026)
        >>> both.assessment.loc[0, "top_topic"], len(both.points)
        ('position', 10)
        """
        return report(self._frame, **options)

    def position(self, reference: SurveyTable | PeerGroup, **options: Any) -> pd.DataFrame:
        """:func:`expectgap.frame.position` on this frame.

        Examples
        --------
        >>> from expectgap.market import PeerGroup
        >>> peers = PeerGroup([410, 430, 445, 460, 480, 495, 505, 520, 540, 575])
        >>> # read off the peer release (P50 475, P75 500), in steps of 5
        >>> pd.DataFrame({"amount": [480]}).expectgap.position(peers)["percentile"].tolist()
        [55.0]
        """
        return position(self._frame, reference, **options)
