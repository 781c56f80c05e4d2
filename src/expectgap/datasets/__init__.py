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

from expectgap.datasets.jp_census import (
    derive_breakdown_table,
    wage_census,
    wage_census_search,
    wage_census_trend,
)
from expectgap.datasets.nta import nta_salary_distribution
from expectgap.datasets.oews import oews, oews_areas, oews_search

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
