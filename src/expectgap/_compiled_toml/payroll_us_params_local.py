"""``payroll/us/params/local.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``payroll/us/params/local.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "topic": "US local income tax on wages: New York City residents",
            "description": "New York City personal income tax on residents (NYC Administrative Code 11-1701), computed on New York State taxable income. The NYC school tax credits are applied; the NYC household credit and other credits are not modelled.",
        },
        "nyc_rate_schedule": {
            "unit": "USD of New York taxable income (lower bounds) and fraction",
            "description": "NYC resident tax rate schedule by filing status",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": {
                        "rate": [0.03078, 0.03762, 0.03819, 0.03876],
                        "single": [0, 12000, 25000, 50000],
                        "married_joint": [0, 21600, 45000, 90000],
                        "head_of_household": [0, 14400, 30000, 60000],
                    },
                    "source": "NYC Administrative Code 11-1701(a)-(c) (rates in force since 2017 after the expiry of the additional tax); NYS 2025 Form IT-201 instructions, New York City tax rate schedule",
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "value": {
                        "rate": [0.03078, 0.03762, 0.03819, 0.03876],
                        "single": [0, 12000, 25000, 50000],
                        "married_joint": [0, 21600, 45000, 90000],
                        "head_of_household": [0, 14400, 30000, 60000],
                    },
                    "source": "NYC Administrative Code 11-1701, unchanged for 2026 [S: PolicyEngine-US 2.68.0]",
                },
            ],
        },
        "nyc_school_tax_rate_reduction": {
            "unit": "USD of New York taxable income (lower bounds, by filing status), fraction, and USD of income (limit)",
            "description": "New York City school tax credit, rate reduction amount (Tax Law 606(e-1)(2)): a rate schedule on NY taxable income, none above the income limit",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": {
                        "rate": [0.00171, 0.00228],
                        "single": [0, 12000],
                        "married_joint": [0, 21600],
                        "head_of_household": [0, 14400],
                        "income_limit": 500000,
                    },
                    "source": "N.Y. Tax Law 606(e-1)(2); NYS 2025 Form IT-201 instructions, NYC school tax credit (rate reduction amount) worksheet; [S: PolicyEngine-US 2.68.0]",
                }
            ],
        },
        "nyc_school_tax_credit": {
            "unit": "USD a year by filing status; USD of income (limit)",
            "description": "New York City school tax credit, fixed amount (Tax Law 606(e-1)(1)), refundable, for incomes up to the limit",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": {
                        "single": 63,
                        "married_joint": 125,
                        "head_of_household": 63,
                        "income_limit": 250000,
                    },
                    "source": "N.Y. Tax Law 606(e-1)(1); NYS 2025 Form IT-201 instructions line 69 ($63, $125 married filing jointly; income $250,000 or less)",
                }
            ],
        },
    }
