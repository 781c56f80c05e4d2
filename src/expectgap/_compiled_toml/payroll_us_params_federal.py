"""``payroll/us/params/federal.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``payroll/us/params/federal.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "topic": "US federal individual income tax on wages (26 U.S.C. 1 and 63)",
            "description": 'Federal income tax of a wage earner who takes the standard deduction: taxable income = wages - pre-tax 401(k) deferrals - HSA contributions through a cafeteria plan - standard deduction, taxed by the rate schedule of the filing status (26 U.S.C. 1(j), as extended by Public Law 119-21 of 2025-07-04, "OBBBA"). Values are keyed by the first day of the tax year they apply to. Amounts are the tax-rate-schedule computation (exact to the cent), not the $50-step tax table of Form 1040.',
        },
        "brackets": {
            "unit": "USD of taxable income (lower bounds of each band, the first is 0) and fraction",
            "description": "Rate schedule by filing status: rate[i] applies to taxable income from lower[i] up to lower[i+1].",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "source": "IRS Rev. Proc. 2024-40, section 3.01, Tables 1-3 (https://www.irs.gov/pub/irs-drop/rp-24-40.pdf); rates 26 U.S.C. 1(j)(2), made permanent by Public Law 119-21 section 70101",
                    "value": {
                        "rate": [0.1, 0.12, 0.22, 0.24, 0.32, 0.35, 0.37],
                        "single": [0, 11925, 48475, 103350, 197300, 250525, 626350],
                        "married_joint": [0, 23850, 96950, 206700, 394600, 501050, 751600],
                        "head_of_household": [0, 17000, 64850, 103350, 197300, 250500, 626350],
                    },
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "source": "IRS Rev. Proc. 2025-32, section 4.01, Tables 1-3 (https://www.irs.gov/pub/irs-drop/rp-25-32.pdf); rates 26 U.S.C. 1(j)(2) as amended by Public Law 119-21 section 70101",
                    "value": {
                        "rate": [0.1, 0.12, 0.22, 0.24, 0.32, 0.35, 0.37],
                        "single": [0, 12400, 50400, 105700, 201775, 256225, 640600],
                        "married_joint": [0, 24800, 100800, 211400, 403550, 512450, 768700],
                        "head_of_household": [0, 17700, 67450, 105700, 201750, 256200, 640600],
                    },
                },
            ],
        },
        "standard_deduction": {
            "unit": "USD a year, by filing status",
            "description": "Basic standard deduction (26 U.S.C. 63(c)(2) and (7)); the additional amounts for age 65 or blindness and the 2025-2028 senior deduction are not modelled.",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "source": "Public Law 119-21 (OBBBA) section 70102, amending 26 U.S.C. 63(c)(7): $15,750 / $31,500 / $23,625 for 2025, replacing the $15,000 / $30,000 / $22,500 of IRS Rev. Proc. 2024-40 section 3.15; IRS news release IR-2025-103 and Form 1040 (2025) line 12",
                    "value": {"single": 15750, "married_joint": 31500, "head_of_household": 23625},
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "source": "IRS Rev. Proc. 2025-32, section 4.16 (https://www.irs.gov/pub/irs-drop/rp-25-32.pdf)",
                    "value": {"single": 16100, "married_joint": 32200, "head_of_household": 24150},
                },
            ],
        },
        "salt_cap": {
            "unit": "USD a year, by filing status",
            "description": "Cap on the itemized deduction of state and local taxes (SALT) before the phase-down; only state and local income taxes on wages are itemized here, and only when they exceed the standard deduction",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "source": "26 U.S.C. 164(b)(6)(B) and (7) as amended by Public Law 119-21 section 70120: $40,000 for 2025",
                    "value": {"single": 40000, "married_joint": 40000, "head_of_household": 40000},
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "source": "26 U.S.C. 164(b)(7)(A) as amended by Public Law 119-21 section 70120: $40,400 for 2026 (101% of the 2025 cap)",
                    "value": {"single": 40400, "married_joint": 40400, "head_of_household": 40400},
                },
            ],
        },
        "salt_phase_down": {
            "unit": "USD of modified AGI (threshold, floor by filing status) and fraction (rate)",
            "description": "The SALT cap falls by rate x (modified AGI - threshold), not below the floor",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "source": "26 U.S.C. 164(b)(7)(B) as amended by Public Law 119-21 section 70120: 30% of MAGI over $500,000, not below $10,000",
                    "value": {
                        "rate": 0.3,
                        "threshold": {
                            "single": 500000,
                            "married_joint": 500000,
                            "head_of_household": 500000,
                        },
                        "floor": {
                            "single": 10000,
                            "married_joint": 10000,
                            "head_of_household": 10000,
                        },
                    },
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "source": "26 U.S.C. 164(b)(7)(B) as amended by Public Law 119-21 section 70120: threshold $505,000 for 2026 (101% of 2025), 30%, floor $10,000",
                    "value": {
                        "rate": 0.3,
                        "threshold": {
                            "single": 505000,
                            "married_joint": 505000,
                            "head_of_household": 505000,
                        },
                        "floor": {
                            "single": 10000,
                            "married_joint": 10000,
                            "head_of_household": 10000,
                        },
                    },
                },
            ],
        },
    }
