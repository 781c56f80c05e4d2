"""``datasets/data/us_areas.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``datasets/data/us_areas.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "description": "Areas of the BLS OEWS national and state files: FIPS state code, USPS postal code, name",
            "source": "FIPS state codes (ANSI INCITS 38-2009) and USPS two-letter state and territory abbreviations",
        },
        "areas": {
            "00": {"postal": "US", "name": "National"},
            "01": {"postal": "AL", "name": "Alabama"},
            "02": {"postal": "AK", "name": "Alaska"},
            "04": {"postal": "AZ", "name": "Arizona"},
            "05": {"postal": "AR", "name": "Arkansas"},
            "06": {"postal": "CA", "name": "California"},
            "08": {"postal": "CO", "name": "Colorado"},
            "09": {"postal": "CT", "name": "Connecticut"},
            "10": {"postal": "DE", "name": "Delaware"},
            "11": {"postal": "DC", "name": "District of Columbia"},
            "12": {"postal": "FL", "name": "Florida"},
            "13": {"postal": "GA", "name": "Georgia"},
            "15": {"postal": "HI", "name": "Hawaii"},
            "16": {"postal": "ID", "name": "Idaho"},
            "17": {"postal": "IL", "name": "Illinois"},
            "18": {"postal": "IN", "name": "Indiana"},
            "19": {"postal": "IA", "name": "Iowa"},
            "20": {"postal": "KS", "name": "Kansas"},
            "21": {"postal": "KY", "name": "Kentucky"},
            "22": {"postal": "LA", "name": "Louisiana"},
            "23": {"postal": "ME", "name": "Maine"},
            "24": {"postal": "MD", "name": "Maryland"},
            "25": {"postal": "MA", "name": "Massachusetts"},
            "26": {"postal": "MI", "name": "Michigan"},
            "27": {"postal": "MN", "name": "Minnesota"},
            "28": {"postal": "MS", "name": "Mississippi"},
            "29": {"postal": "MO", "name": "Missouri"},
            "30": {"postal": "MT", "name": "Montana"},
            "31": {"postal": "NE", "name": "Nebraska"},
            "32": {"postal": "NV", "name": "Nevada"},
            "33": {"postal": "NH", "name": "New Hampshire"},
            "34": {"postal": "NJ", "name": "New Jersey"},
            "35": {"postal": "NM", "name": "New Mexico"},
            "36": {"postal": "NY", "name": "New York"},
            "37": {"postal": "NC", "name": "North Carolina"},
            "38": {"postal": "ND", "name": "North Dakota"},
            "39": {"postal": "OH", "name": "Ohio"},
            "40": {"postal": "OK", "name": "Oklahoma"},
            "41": {"postal": "OR", "name": "Oregon"},
            "42": {"postal": "PA", "name": "Pennsylvania"},
            "44": {"postal": "RI", "name": "Rhode Island"},
            "45": {"postal": "SC", "name": "South Carolina"},
            "46": {"postal": "SD", "name": "South Dakota"},
            "47": {"postal": "TN", "name": "Tennessee"},
            "48": {"postal": "TX", "name": "Texas"},
            "49": {"postal": "UT", "name": "Utah"},
            "50": {"postal": "VT", "name": "Vermont"},
            "51": {"postal": "VA", "name": "Virginia"},
            "53": {"postal": "WA", "name": "Washington"},
            "54": {"postal": "WV", "name": "West Virginia"},
            "55": {"postal": "WI", "name": "Wisconsin"},
            "56": {"postal": "WY", "name": "Wyoming"},
            "66": {"postal": "GU", "name": "Guam"},
            "72": {"postal": "PR", "name": "Puerto Rico"},
            "78": {"postal": "VI", "name": "Virgin Islands"},
        },
    }
