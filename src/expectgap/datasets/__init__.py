"""Embedded default data.

* :func:`oews` / :func:`oews_search`: US wage percentiles by occupation, nationally and by state.
  Source: U.S. Bureau of Labor Statistics, OEWS May 2025 (public domain).

Examples
--------
>>> from expectgap.datasets import oews
>>> oews("15-1252").exact[50]
135980.0
"""

from expectgap.datasets.oews import oews, oews_search

__all__ = ["oews", "oews_search"]
