"""Embedded default data.

* :func:`oews` / :func:`oews_search` / :func:`oews_areas`: US wage percentiles by occupation,
  nationally, by state and by metropolitan area.
  Source: U.S. Bureau of Labor Statistics, OEWS May 2025 (public domain).

Examples
--------
>>> from expectgap.datasets import oews
>>> oews("15-1252").exact[50]
135980.0
"""

from expectgap.datasets.oews import oews, oews_areas, oews_search

__all__ = ["oews", "oews_areas", "oews_search"]
