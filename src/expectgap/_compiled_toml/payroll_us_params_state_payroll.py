"""``payroll/us/params/state_payroll.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``payroll/us/params/state_payroll.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "topic": "US employee state payroll taxes: disability, paid family and medical leave, long-term care, unemployment",
            "description": "One parameter per state that deducts such contributions from employees: a list of items, each a rate on the employee's wages (FICA wages here) up to an optional annual wage base, with an optional annual cap and an optional employee share of a total rate. Private-plan alternatives and employer size rules are not modelled: the state plan and the largest employers' split apply (Massachusetts: 25 or more covered individuals; Washington: 50 or more employees).",
        },
        "CA": {
            "unit": "list of {name, rate, wage_base?}",
            "description": "California State Disability Insurance (SDI, which funds Paid Family Leave), no wage base from 2024",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": [{"name": "SDI", "rate": 0.012}],
                    "source": "California EDD, Contribution Rates, Withholding Schedules and Meals and Lodging Values (DE 3395, 2025): SDI 1.2%, no taxable wage limit (SB 951, 2022, Unemp. Ins. Code 984)",
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "value": [{"name": "SDI", "rate": 0.013}],
                    "source": "California EDD, Contribution Rates (October 2025 update): SDI 1.3% for 2026, no taxable wage limit",
                },
            ],
        },
        "NY": {
            "unit": "list of {name, rate, annual_cap?}",
            "description": "New York disability benefits (DBL, 0.5% up to $0.60 a week) and Paid Family Leave (rate up to an annual cap set from the state average weekly wage)",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": [
                        {"name": "DBL", "rate": 0.005, "annual_cap": 31.2},
                        {"name": "PFL", "rate": 0.00388, "annual_cap": 354.53},
                    ],
                    "source": "N.Y. Workers' Compensation Law 209(3) (employee DBL 0.5% of wages, at most $0.60 a week, 52 weeks); NYS Department of Financial Services, 2025 PFL rate decision: 0.388% up to $354.53",
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "value": [
                        {"name": "DBL", "rate": 0.005, "annual_cap": 31.2},
                        {"name": "PFL", "rate": 0.00432, "annual_cap": 411.91},
                    ],
                    "source": "N.Y. WCL 209(3); NYS DFS 2026 PFL rate decision: 0.432% up to $411.91 (NYSAWW $1,833.63)",
                },
            ],
        },
        "NJ": {
            "unit": "list of {name, rate, wage_base}",
            "description": "New Jersey worker contributions: unemployment (0.3825%), workforce development and supplemental workforce funds (0.0425%), temporary disability and family leave insurance",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": [
                        {"name": "UI", "rate": 0.003825, "wage_base": 43300},
                        {"name": "WF/SWF", "rate": 0.000425, "wage_base": 43300},
                        {"name": "TDI", "rate": 0.0023, "wage_base": 165400},
                        {"name": "FLI", "rate": 0.0033, "wage_base": 165400},
                    ],
                    "source": "N.J.S.A. 43:21-7(d) (worker unemployment 0.3825%: 0.3625% to the fund and 0.02% to administration, P.L. 2023) and 43:21-7(d)(1)(H) with 43:21-7.3 (workforce development 0.025% and supplemental workforce 0.0175%); NJDOL 2025 rates: UI wage base $43,300, TDI/FLI worker wage base $165,400, TDI 0.23%, FLI 0.33%",
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "value": [
                        {"name": "UI", "rate": 0.003825, "wage_base": 44800},
                        {"name": "WF/SWF", "rate": 0.000425, "wage_base": 44800},
                        {"name": "TDI", "rate": 0.0019, "wage_base": 171100},
                        {"name": "FLI", "rate": 0.0023, "wage_base": 171100},
                    ],
                    "source": "NJDOL press release 2025-12-29 (UI wage base $44,800, TDI/FLI worker wage base $171,100); 2026 worker rates TDI 0.19%, FLI 0.23% [S: NJDOL rate notice as reported by Risk Strategies, 2025-10-30]",
                },
            ],
        },
        "WA": {
            "unit": "list of {name, rate, share?, wage_base?}",
            "description": "Washington Paid Family and Medical Leave (employee share of the total premium, up to the social security wage base) and WA Cares long-term care (0.58%, no wage base)",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": [
                        {"name": "PFML", "rate": 0.0092, "share": 0.7152, "wage_base": 176100},
                        {"name": "WA Cares", "rate": 0.0058},
                    ],
                    "source": "RCW 50A.10.030; Washington ESD 2025 premium rate 0.92%, employee share 71.52%, wages up to the social security cap $176,100; RCW 50B.04.080 (WA Cares premium 0.58% of all wages from 2023-07-01)",
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "value": [
                        {"name": "PFML", "rate": 0.0113, "share": 0.7143, "wage_base": 184500},
                        {"name": "WA Cares", "rate": 0.0058},
                    ],
                    "source": "Washington ESD, paidleave.wa.gov/updates (2026 premium 1.13%, employees 71.43%, social security cap $184,500); RCW 50B.04.080",
                },
            ],
        },
        "MA": {
            "unit": "list of {name, rate, wage_base}",
            "description": "Massachusetts Paid Family and Medical Leave, employee withholding (family 0.18% and 40% of the 0.70% medical contribution), up to the social security wage base",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": [{"name": "PFML", "rate": 0.0046, "wage_base": 176100}],
                    "source": "M.G.L. c.175M s.6; Massachusetts DFML 2025 contribution rates: 0.88% total, employee up to 0.18% family + 0.28% medical; wage base = social security wage base $176,100",
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "value": [{"name": "PFML", "rate": 0.0046, "wage_base": 184500}],
                    "source": "M.G.L. c.175M s.6; Massachusetts DFML 2026 rates unchanged (0.88%; employee 0.46%), wage base $184,500",
                },
            ],
        },
        "PA": {
            "unit": "list of {name, rate}",
            "description": "Pennsylvania employee unemployment compensation withholding, on all gross wages",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": [{"name": "UC", "rate": 0.0007}],
                    "source": "43 P.S. 781.4 (employee contribution); PA Department of Labor & Industry, UC tax rates for 2025: employee withholding 0.07% of total gross wages, no wage limit",
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "value": [{"name": "UC", "rate": 0.0007}],
                    "source": "43 P.S. 781.4; PA Department of Labor & Industry, employee withholding 0.07% for 2026 [S]",
                },
            ],
        },
    }
