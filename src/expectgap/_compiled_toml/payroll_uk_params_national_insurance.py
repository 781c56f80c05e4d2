"""``payroll/uk/params/national_insurance.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``payroll/uk/params/national_insurance.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "topic": "UK employee Class 1 National Insurance contributions (primary)",
            "description": "Employee (primary) Class 1 contributions on earnings after salary sacrifice, computed on an annual earnings period (the directors' method: Social Security (Contributions) Regulations 2001 reg.8), so a steady salary gives the year's total of the weekly or monthly calculation up to rounding.",
        },
        "primary_threshold": {
            "unit": "GBP a year",
            "description": "Primary threshold (annual earnings period)",
            "values": [
                {
                    "effective": datetime.date(2022, 7, 6),
                    "value": 12570,
                    "source": "Social Security Contributions Act 1992 s.5; National Insurance Contributions Act 2022 (aligned with the personal allowance from 6 July 2022); HMRC Rates and thresholds for employers 2025 to 2026 (12,570 a year) and 2026 to 2027 (unchanged, frozen to April 2031 by Budget 2025)",
                }
            ],
        },
        "upper_earnings_limit": {
            "unit": "GBP a year",
            "description": "Upper earnings limit (annual earnings period)",
            "values": [
                {
                    "effective": datetime.date(2021, 4, 6),
                    "value": 50270,
                    "source": "Social Security (Contributions) (Rates, Limits and Thresholds Amendments) Regulations 2021; HMRC Rates and thresholds for employers 2025 to 2026 and 2026 to 2027 (50,270 a year, frozen)",
                }
            ],
        },
        "main_rate": {
            "unit": "fraction of earnings between the primary threshold and the upper earnings limit",
            "description": "Employee main primary percentage",
            "values": [
                {
                    "effective": datetime.date(2024, 4, 6),
                    "value": 0.08,
                    "source": "Social Security Contributions Act 1992 s.8 as amended by the National Insurance Contributions (Reduction in Rates) (No. 2) Act 2024 (8% from 6 April 2024); HMRC Rates and thresholds for employers 2025 to 2026 and 2026 to 2027",
                }
            ],
        },
        "additional_rate": {
            "unit": "fraction of earnings above the upper earnings limit",
            "description": "Employee additional primary percentage",
            "values": [
                {
                    "effective": datetime.date(2023, 4, 6),
                    "value": 0.02,
                    "source": "Social Security Contributions Act 1992 s.8(2)(b) (2% after the Health and Social Care Levy repeal); HMRC Rates and thresholds for employers 2025 to 2026 and 2026 to 2027",
                }
            ],
        },
    }
