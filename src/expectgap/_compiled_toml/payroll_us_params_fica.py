"""``payroll/us/params/fica.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``payroll/us/params/fica.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "topic": "US employee payroll taxes (FICA: social security and Medicare, 26 U.S.C. 3101 and 3121)",
            "description": "Employee share of social security (OASDI) and Medicare (HI) tax on wages. FICA wages are wages less cafeteria-plan (section 125) deductions such as HSA contributions; 401(k) elective deferrals stay in FICA wages (26 U.S.C. 3121(a)(5)(C) and (v)(1)(A)). The additional Medicare tax is the annual liability on Form 8959 (threshold by filing status), not the employer's withholding rule.",
        },
        "social_security_rate": {
            "unit": "fraction of FICA wages up to the wage base",
            "description": "Employee OASDI tax rate",
            "values": [
                {
                    "effective": datetime.date(1990, 1, 1),
                    "value": 0.062,
                    "source": "26 U.S.C. 3101(a); IRS Publication 15 (2025 and 2026), section 9",
                }
            ],
        },
        "social_security_wage_base": {
            "unit": "USD a year",
            "description": "Contribution and benefit base: wages above it bear no OASDI tax",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": 176100,
                    "source": "Social Security Administration, 2025 Social Security Changes fact sheet (October 2024), 42 U.S.C. 430; IRS Publication 15 (2025)",
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "value": 184500,
                    "source": "Social Security Administration, 2026 Social Security Changes fact sheet (October 2025), 42 U.S.C. 430; IRS Publication 15 (2026)",
                },
            ],
        },
        "medicare_rate": {
            "unit": "fraction of FICA wages",
            "description": "Employee hospital insurance (Medicare) tax rate, no wage base",
            "values": [
                {
                    "effective": datetime.date(1986, 1, 1),
                    "value": 0.0145,
                    "source": "26 U.S.C. 3101(b)(1); IRS Publication 15 (2025 and 2026), section 9",
                }
            ],
        },
        "additional_medicare_rate": {
            "unit": "fraction of Medicare wages above the threshold",
            "description": "Additional Medicare tax (Form 8959)",
            "values": [
                {
                    "effective": datetime.date(2013, 1, 1),
                    "value": 0.009,
                    "source": "26 U.S.C. 3101(b)(2) (Affordable Care Act section 9015); IRS Form 8959 instructions",
                }
            ],
        },
        "additional_medicare_threshold": {
            "unit": "USD of Medicare wages a year, by filing status (not indexed)",
            "description": "Threshold above which the additional Medicare tax is due",
            "values": [
                {
                    "effective": datetime.date(2013, 1, 1),
                    "value": {
                        "single": 200000,
                        "married_joint": 250000,
                        "head_of_household": 200000,
                    },
                    "source": "26 U.S.C. 3101(b)(2)(A)-(C); IRS Form 8959 instructions, line 5",
                }
            ],
        },
    }
