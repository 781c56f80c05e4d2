"""``assess/policy.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``assess/policy.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "description": "Default expectgap assessment policy (illustrative recruiting practice)"
        },
        "dimensions": {
            "position": {
                "measure": "units",
                "unit": "levels below the level sought",
                "minor": 0,
                "blocking": 1,
                "negotiable": True,
                "duties_minor": 34.0,
            },
            "gross_salary": {
                "measure": "percent",
                "minor": 5.0,
                "blocking": 15.0,
                "negotiable": True,
            },
            "net_salary": {
                "measure": "percent",
                "minor": 5.0,
                "blocking": 15.0,
                "negotiable": True,
            },
            "bonus": {"measure": "percent", "minor": 25.0, "blocking": 50.0, "negotiable": True},
            "hours": {
                "measure": "units",
                "unit": "hours per week above the maximum sought",
                "minor": 2.5,
                "blocking": 5.0,
                "negotiable": True,
            },
            "overtime": {
                "measure": "units",
                "unit": "hours per month above the maximum sought",
                "minor": 10.0,
                "blocking": 20.0,
                "negotiable": True,
            },
            "location": {
                "measure": "units",
                "unit": "1 when the place of work is not one the candidate accepts",
                "minor": 0,
                "blocking": 0,
                "negotiable": False,
            },
            "remote_work": {
                "measure": "units",
                "unit": "remote days per week below the minimum sought",
                "minor": 1.0,
                "blocking": 2.0,
                "negotiable": True,
            },
            "leave": {
                "measure": "units",
                "unit": "paid leave days per year below the minimum sought",
                "minor": 3.0,
                "blocking": 10.0,
                "negotiable": True,
            },
            "atmosphere": {
                "measure": "percent",
                "unit": "share of the atmosphere tags sought that the offer does not name",
                "minor": 50.0,
                "negotiable": False,
            },
        },
        "priority": {
            "severity": {"none": 0, "minor": 100, "major": 200, "blocking": 300},
            "stance": {"accept": 0, "confirm": 20, "explain": 40, "negotiate": 60},
            "must": 10,
        },
        "counter_offer": {
            "rounding": {
                "JPY": {"monthly": 1000, "annual": 10000},
                "USD": {"monthly": 100, "annual": 1000},
                "EUR": {"monthly": 100, "annual": 1000},
                "GBP": {"monthly": 100, "annual": 1000},
            }
        },
    }
