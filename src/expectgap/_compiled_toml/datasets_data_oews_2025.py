"""``datasets/data/oews_2025.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``datasets/data/oews_2025.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "description": "Facts about the embedded BLS OEWS May 2025 extract (oews_2025.csv.gz), read by expectgap.datasets.oews"
        },
        "release": {
            "credit": "Source: U.S. Bureau of Labor Statistics, OEWS May 2025",
            "release": "Occupational Employment and Wage Statistics, May 2025 estimates (release code 2025A01), cross-industry, all ownerships",
            "currency": "USD",
            "as_of": datetime.date(2025, 5, 15),
            "reference_month": "May 2025",
        },
        "top_code": {
            "footnote": "5",
            "annual": 239200,
            "hourly": 115.0,
            "source": "BLS OEWS May 2025 footnote codes (oe.footnote), footnote 5",
        },
        "footnotes": {"hourly_or_annual_only": "4", "not_released": "8"},
    }
