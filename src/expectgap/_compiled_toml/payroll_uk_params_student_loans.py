"""``payroll/uk/params/student_loans.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``payroll/uk/params/student_loans.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "topic": "UK student loan and postgraduate loan repayments through PAYE",
            "description": "Repayment = rate x (earnings after salary sacrifice - the plan's threshold), per year here (PAYE deducts it per pay period, rounded down to whole pounds). A postgraduate loan is repaid in addition to an undergraduate plan.",
        },
        "thresholds": {
            "unit": "GBP a year, by plan",
            "description": "Annual repayment thresholds of plans 1, 2, 4, 5 and the postgraduate loan",
            "values": [
                {
                    "effective": datetime.date(2025, 4, 6),
                    "value": {
                        "plan_1": 26065,
                        "plan_2": 28470,
                        "plan_4": 32745,
                        "plan_5": 25000,
                        "postgraduate": 21000,
                    },
                    "source": "Education (Student Support) Regulations / Education (Student Loans) (Repayment) Regulations 2009 reg.29 as amended; GOV.UK Student loan and postgraduate loan thresholds for the 2025 to 2026 academic year; HMRC Rates and thresholds for employers 2025 to 2026",
                },
                {
                    "effective": datetime.date(2026, 4, 6),
                    "value": {
                        "plan_1": 26900,
                        "plan_2": 29385,
                        "plan_4": 33795,
                        "plan_5": 25000,
                        "postgraduate": 21000,
                    },
                    "source": "GOV.UK Repaying your student loan: what you pay (2026 to 2027); DfE announcement on Plan 2 and Plan 3 thresholds (Plan 2 29,385 from 6 April 2026); HMRC Rates and thresholds for employers 2026 to 2027 [S: values as recorded by PolicyEngine-UK 2.162.10]",
                },
            ],
        },
        "rates": {
            "unit": "fraction of earnings above the threshold",
            "description": "Repayment rate: 9% for undergraduate plans, 6% for the postgraduate loan",
            "values": [
                {
                    "effective": datetime.date(2016, 4, 6),
                    "value": {
                        "plan_1": 0.09,
                        "plan_2": 0.09,
                        "plan_4": 0.09,
                        "plan_5": 0.09,
                        "postgraduate": 0.06,
                    },
                    "source": "Education (Student Loans) (Repayment) Regulations 2009 reg.29 (9%) and 2016 amendment for postgraduate loans (6%); GOV.UK Repaying your student loan",
                }
            ],
        },
    }
