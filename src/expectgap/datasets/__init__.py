"""Embedded default data.

* :func:`oews` / :func:`oews_search` / :func:`oews_areas`: US wage percentiles by occupation,
  nationally, by state and by metropolitan area.
  Source: U.S. Bureau of Labor Statistics, OEWS May 2025 (public domain).
* :func:`wage_census` / :func:`wage_census_search` / :func:`wage_census_trend`: Japanese
  monthly pay of full-time employees, the published national distribution and tables derived
  for prefectures, occupations, role levels and more, and the yearly growth of the series.
  出典：厚生労働省「賃金構造基本統計調査」を加工して作成.
* :func:`nta_salary_distribution`: annual pay of all private employees in Japan, part-time
  included, by bracket. 出典：国税庁「民間給与実態統計調査」を加工して作成.

Examples
--------
>>> from expectgap.datasets import oews, wage_census
>>> oews("15-1252").exact[50]
135980.0
>>> wage_census().exact[50]
296600.0
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from expectgap._lazy import export

if TYPE_CHECKING:
    from expectgap.datasets.jp_census import (
        derive_breakdown_table,
        wage_census,
        wage_census_search,
        wage_census_trend,
    )
    from expectgap.datasets.nta import nta_salary_distribution
    from expectgap.datasets.oews import oews, oews_areas, oews_search

# each imported from its module on first use: the census tables need neither the OEWS data nor
# the tax-statistics brackets
_EXPORTS = {
    "derive_breakdown_table": "expectgap.datasets.jp_census",
    "nta_salary_distribution": "expectgap.datasets.nta",
    "oews": "expectgap.datasets.oews",
    "oews_areas": "expectgap.datasets.oews",
    "oews_search": "expectgap.datasets.oews",
    "wage_census": "expectgap.datasets.jp_census",
    "wage_census_search": "expectgap.datasets.jp_census",
    "wage_census_trend": "expectgap.datasets.jp_census",
}


def __getattr__(name: str) -> Any:
    """The exports listed in ``_EXPORTS``, each imported from its module on first use."""
    return export(__name__, _EXPORTS, name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "derive_breakdown_table",
    "nta_salary_distribution",
    "oews",
    "oews_areas",
    "oews_search",
    "wage_census",
    "wage_census_search",
    "wage_census_trend",
]
