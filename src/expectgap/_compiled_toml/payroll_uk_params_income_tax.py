"""``payroll/uk/params/income_tax.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``payroll/uk/params/income_tax.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "topic": "UK income tax on employment income (Income Tax Act 2007), England, Wales, Northern Ireland and Scotland",
            "description": "Income tax of an employee with employment income only, for a tax year (6 April to 5 April), keyed by the first day of the tax year. Taxable income = employment income after salary sacrifice - personal allowance; bands apply to taxable income. Wales sets Welsh rates of 10p that leave the rates equal to England's; Northern Ireland uses the UK rates. Scotland has its own bands and rates on non-savings income (Scottish rate resolutions).",
        },
        "personal_allowance": {
            "unit": "GBP a year",
            "description": "Personal allowance (ITA 2007 s.35), frozen at 12,570 from 2021/22",
            "values": [
                {
                    "effective": datetime.date(2021, 4, 6),
                    "value": 12570,
                    "source": "Income Tax Act 2007 s.35 and s.57; Finance Act 2021 s.5(2) (frozen to 2025/26), extended by Finance Act 2023 s.5(3) to 2027/28 and by Finance Act 2026 s.10 to 2030/31; GOV.UK Income Tax rates and allowances for current and previous years",
                }
            ],
        },
        "taper_threshold": {
            "unit": "GBP of adjusted net income a year",
            "description": "Adjusted net income above which the personal allowance is reduced (ITA 2007 s.35(2))",
            "values": [
                {
                    "effective": datetime.date(2010, 4, 6),
                    "value": 100000,
                    "source": "Income Tax Act 2007 s.35(2) as amended by Finance Act 2009 s.4; GOV.UK Income Tax rates and allowances",
                }
            ],
        },
        "taper_rate": {
            "unit": "GBP of allowance lost per GBP of adjusted net income above the threshold",
            "description": "Personal allowance reduced by 1 for every 2 above the threshold (ITA 2007 s.35(2)-(3))",
            "values": [
                {
                    "effective": datetime.date(2010, 4, 6),
                    "value": 0.5,
                    "source": "Income Tax Act 2007 s.35(2): reduced by one half of the excess",
                }
            ],
        },
        "rest_of_uk": {
            "unit": "GBP of taxable income (lower bounds of each band) and fraction",
            "description": "Basic, higher and additional rates for England, Wales and Northern Ireland",
            "values": [
                {
                    "effective": datetime.date(2025, 4, 6),
                    "value": {"lower": [0, 37700, 125140], "rate": [0.2, 0.4, 0.45]},
                    "source": "Income Tax Act 2007 s.6 and s.10; basic rate limit 37,700 (Finance Act 2021 s.5(1), frozen; Finance Act 2023 s.5(2)); additional rate threshold 125,140 (Finance Act 2023 s.6); rates Finance Act 2025 s.1-2; Welsh rates resolution 2025 (10p each); GOV.UK Income Tax rates and allowances 2025 to 2026",
                },
                {
                    "effective": datetime.date(2026, 4, 6),
                    "value": {"lower": [0, 37700, 125140], "rate": [0.2, 0.4, 0.45]},
                    "source": "Basic rate limit and additional rate threshold frozen (Finance Act 2023 s.5-6; Finance Act 2026 s.10); rates for 2026/27 (Finance Act 2026); Welsh rates resolution 2026; GOV.UK Income Tax rates and allowances 2026 to 2027",
                },
            ],
        },
        "scotland": {
            "unit": "GBP of taxable income (lower bounds of each band) and fraction",
            "description": "Scottish starter, basic, intermediate, higher, advanced and top rates on non-savings income",
            "values": [
                {
                    "effective": datetime.date(2025, 4, 6),
                    "value": {
                        "lower": [0, 2827, 14921, 31092, 62430, 125140],
                        "rate": [0.19, 0.2, 0.21, 0.42, 0.45, 0.48],
                    },
                    "source": "Scottish Rate Resolution 2025-26 (S6M-16531), paragraphs (a)-(f); GOV.UK Scottish Income Tax 2025 to 2026 (income 12,571-15,397 starter, to 27,491 basic, to 43,662 intermediate, to 75,000 higher, to 125,140 advanced, above top)",
                },
                {
                    "effective": datetime.date(2026, 4, 6),
                    "value": {
                        "lower": [0, 3967, 16956, 31092, 62430, 125140],
                        "rate": [0.19, 0.2, 0.21, 0.42, 0.45, 0.48],
                    },
                    "source": "Scottish Rate Resolution 2026-27 (Scottish Budget 2026-27): starter band to 16,537 and basic to 29,526 of income, the other bands frozen; GOV.UK Scottish Income Tax 2026 to 2027 [S: values as recorded by PolicyEngine-UK 2.162.10]",
                },
            ],
        },
    }
