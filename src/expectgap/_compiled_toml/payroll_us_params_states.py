"""``payroll/us/params/states.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``payroll/us/params/states.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "topic": "US state individual income tax on wages",
            "description": "One parameter per supported state (postal code), each a dated description of the state's tax on a resident wage earner who takes the state's standard deduction (see expectgap.payroll.us.states for the fields). Values are keyed by the first day of the tax year. Credits for low incomes, dependants, renters and the like are not modelled; local taxes other than New York City's are not modelled (Pennsylvania earned income taxes, Michigan city income taxes, Ohio municipal taxes). 2026 values marked UNCONFIRMED are projections of inflation-indexed amounts not yet published by the state when recorded; [S] marks a single secondary source.",
        },
        "AK": {
            "unit": "model",
            "description": "AK: no state income tax on wages",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": {"model": "none"},
                    "source": "Alaska levies no individual income tax (AS 43.20 taxes corporations only); Alaska Department of Revenue",
                }
            ],
        },
        "FL": {
            "unit": "model",
            "description": "FL: no state income tax on wages",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": {"model": "none"},
                    "source": "Florida Constitution, Article VII, Section 5 (no personal income tax); Florida Department of Revenue",
                }
            ],
        },
        "NV": {
            "unit": "model",
            "description": "NV: no state income tax on wages",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": {"model": "none"},
                    "source": "Nevada Constitution, Article 10, Section 1(9) (no personal income tax); Nevada Department of Taxation",
                }
            ],
        },
        "NH": {
            "unit": "model",
            "description": "NH: no state income tax on wages",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": {"model": "none"},
                    "source": "New Hampshire taxes no wages; its interest and dividends tax (RSA 77) was repealed from 2025-01-01 (HB 2, 2023); NH Department of Revenue Administration",
                }
            ],
        },
        "SD": {
            "unit": "model",
            "description": "SD: no state income tax on wages",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": {"model": "none"},
                    "source": "South Dakota levies no individual income tax; South Dakota Department of Revenue",
                }
            ],
        },
        "TN": {
            "unit": "model",
            "description": "TN: no state income tax on wages",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": {"model": "none"},
                    "source": "Tennessee Constitution, Article II, Section 28 as amended 2014 (no tax on payroll or earned income); Hall tax repealed from 2021",
                }
            ],
        },
        "TX": {
            "unit": "model",
            "description": "TX: no state income tax on wages",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": {"model": "none"},
                    "source": "Texas Constitution, Article 8, Section 24-a (no personal income tax); Texas Comptroller",
                }
            ],
        },
        "WA": {
            "unit": "model",
            "description": "WA: no state income tax on wages",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": {"model": "none"},
                    "source": "Washington levies no tax on wages (RCW 82.87 taxes long-term capital gains only); Washington Department of Revenue",
                }
            ],
        },
        "WY": {
            "unit": "model",
            "description": "WY: no state income tax on wages",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": {"model": "none"},
                    "source": "Wyoming levies no individual income tax; Wyoming Department of Revenue",
                }
            ],
        },
        "CA": {
            "unit": "USD (bounds, deductions, credits) and fraction (rates)",
            "description": "California personal income tax (Cal. Rev. & Tax. Code 17041, 17043, 17054, 17054.1, 17073.5); HSA contributions are taxable in California",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "source": "FTB 2025 California Tax Rate Schedules (https://www.ftb.ca.gov/forms/2025/2025-540-tax-rate-schedules.pdf); FTB 2025 Form 540 lines 18 and 32 (standard deduction, personal exemption credit) and instructions (exemption credit phase-out, $6 per $2,500 of federal AGI over the threshold, R&TC 17054.1); Mental Health Services Tax 1% over $1,000,000 (R&TC 17043); values as recorded by PolicyEngine-US 2.68.0",
                    "value": {
                        "model": "brackets",
                        "deducts_hsa": False,
                        "rate": [0.01, 0.02, 0.04, 0.06, 0.08, 0.093, 0.103, 0.113, 0.123],
                        "lower": {
                            "single": [
                                0,
                                11079,
                                26264,
                                41452,
                                57542,
                                72724,
                                371479,
                                445771,
                                742953,
                            ],
                            "married_joint": [
                                0,
                                22158,
                                52528,
                                82904,
                                115084,
                                145448,
                                742958,
                                891542,
                                1485906,
                            ],
                            "head_of_household": [
                                0,
                                22173,
                                52530,
                                67716,
                                83805,
                                98990,
                                505208,
                                606251,
                                1010417,
                            ],
                        },
                        "standard_deduction": {
                            "single": 5706,
                            "married_joint": 11412,
                            "head_of_household": 11412,
                        },
                        "exemption_credit": 153,
                        "exemption_credits": {
                            "single": 1,
                            "married_joint": 2,
                            "head_of_household": 1,
                        },
                        "exemption_credit_phase_out": {
                            "per_step": 6,
                            "start": {
                                "single": 252203,
                                "married_joint": 504411,
                                "head_of_household": 378310,
                            },
                            "step": {
                                "single": 2500,
                                "married_joint": 2500,
                                "head_of_household": 2500,
                            },
                        },
                        "surtax": {"threshold": 1000000, "rate": 0.01},
                    },
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "source": "UNCONFIRMED [S]: the 2025 amounts indexed by the California CPI (R&TC 17041(h)) as projected by PolicyEngine-US 2.68.0, rounded to whole dollars; the FTB had not published the 2026 schedules when recorded. Rates unchanged (R&TC 17041, 17043); SDI separate",
                    "value": {
                        "model": "brackets",
                        "deducts_hsa": False,
                        "rate": [0.01, 0.02, 0.04, 0.06, 0.08, 0.093, 0.103, 0.113, 0.123],
                        "lower": {
                            "single": [
                                0,
                                11330,
                                26859,
                                42391,
                                58846,
                                74372,
                                379898,
                                455873,
                                759790,
                            ],
                            "married_joint": [
                                0,
                                22660,
                                53718,
                                84783,
                                117692,
                                148744,
                                759796,
                                911747,
                                1519581,
                            ],
                            "head_of_household": [
                                0,
                                22676,
                                53720,
                                69251,
                                85704,
                                101233,
                                516657,
                                619990,
                                1033316,
                            ],
                        },
                        "standard_deduction": {
                            "single": 5835,
                            "married_joint": 11671,
                            "head_of_household": 11671,
                        },
                        "exemption_credit": 156,
                        "exemption_credits": {
                            "single": 1,
                            "married_joint": 2,
                            "head_of_household": 1,
                        },
                        "exemption_credit_phase_out": {
                            "per_step": 6,
                            "start": {
                                "single": 257919,
                                "married_joint": 515842,
                                "head_of_household": 386884,
                            },
                            "step": {
                                "single": 2500,
                                "married_joint": 2500,
                                "head_of_household": 2500,
                            },
                        },
                        "surtax": {"threshold": 1000000, "rate": 0.01},
                    },
                },
            ],
        },
        "NY": {
            "unit": "USD (bounds, deductions, recapture amounts) and fraction (rates)",
            "description": "New York State personal income tax (N.Y. Tax Law 601 rate schedules, 601(d-1) supplemental tax, 614 standard deduction)",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "source": "N.Y. Tax Law 601(a)-(c) and 601(d-1); NYS 2025 Form IT-201 instructions, New York State tax rate schedule and tax computation worksheets 1-6 (recapture base and incremental benefit), standard deduction table (Tax Law 614); values as recorded by PolicyEngine-US 2.68.0",
                    "value": {
                        "model": "brackets",
                        "rate": [0.04, 0.045, 0.0525, 0.055, 0.06, 0.0685, 0.0965, 0.103, 0.109],
                        "lower": {
                            "single": [
                                0,
                                8500,
                                11700,
                                13900,
                                80650,
                                215400,
                                1077550,
                                5000000,
                                25000000,
                            ],
                            "married_joint": [
                                0,
                                17150,
                                23600,
                                27900,
                                161550,
                                323200,
                                2155350,
                                5000000,
                                25000000,
                            ],
                            "head_of_household": [
                                0,
                                12800,
                                17650,
                                20900,
                                107650,
                                269300,
                                1616450,
                                5000000,
                                25000000,
                            ],
                        },
                        "standard_deduction": {
                            "single": 8000,
                            "married_joint": 16050,
                            "head_of_household": 11200,
                        },
                        "supplemental": {
                            "min_income": 107650,
                            "phase_in": 50000,
                            "single": {
                                "lower": [0, 215400, 1077550, 5000000],
                                "base": [0, 568, 2399, 32571],
                                "increment": [568, 1831, 30172, 32500],
                                "flat_above": 25000000,
                            },
                            "married_joint": {
                                "lower": [0, 161550, 323200, 2155350, 5000000],
                                "base": [0, 333, 1140, 3887, 64237],
                                "increment": [333, 807, 2747, 60350, 32500],
                                "flat_above": 25000000,
                            },
                            "head_of_household": {
                                "lower": [0, 269300, 1616450, 5000000],
                                "base": [0, 787, 3076, 48337],
                                "increment": [787, 2289, 45261, 32500],
                                "flat_above": 25000000,
                            },
                        },
                    },
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "source": "N.Y. Tax Law 601 as amended by the FY2026 budget (L.2025 ch. 59, part A): the five lowest rates cut by 0.1 point from 2026; recapture amounts recomputed for the new rates; standard deduction unchanged (Tax Law 614); values as recorded by PolicyEngine-US 2.68.0 [S]",
                    "value": {
                        "model": "brackets",
                        "rate": [0.039, 0.044, 0.0515, 0.054, 0.059, 0.0685, 0.0965, 0.103, 0.109],
                        "lower": {
                            "single": [
                                0,
                                8500,
                                11700,
                                13900,
                                80650,
                                215400,
                                1077550,
                                5000000,
                                25000000,
                            ],
                            "married_joint": [
                                0,
                                17150,
                                23600,
                                27900,
                                161550,
                                323200,
                                2155350,
                                5000000,
                                25000000,
                            ],
                            "head_of_household": [
                                0,
                                12800,
                                17650,
                                20900,
                                107650,
                                269300,
                                1616450,
                                5000000,
                                25000000,
                            ],
                        },
                        "standard_deduction": {
                            "single": 8000,
                            "married_joint": 16050,
                            "head_of_household": 11200,
                        },
                        "supplemental": {
                            "min_income": 107650,
                            "phase_in": 50000,
                            "single": {
                                "lower": [0, 215400, 1077550, 5000000],
                                "base": [0, 567, 2614, 32786],
                                "increment": [567, 2047, 30172, 32500],
                                "flat_above": 25000000,
                            },
                            "married_joint": {
                                "lower": [0, 161550, 323200, 2155350, 5000000],
                                "base": [0, 333, 1140, 4211, 64561],
                                "increment": [333, 807, 3071, 60350, 32500],
                                "flat_above": 25000000,
                            },
                            "head_of_household": {
                                "lower": [0, 269300, 1616450, 5000000],
                                "base": [0, 787, 3346, 48606],
                                "increment": [787, 2559, 45260, 32500],
                                "flat_above": 25000000,
                            },
                        },
                    },
                },
            ],
        },
        "PA": {
            "unit": "fraction",
            "description": "Pennsylvania personal income tax on compensation (72 P.S. 7302); 401(k) deferrals are taxable compensation in Pennsylvania, HSA contributions are not; no standard deduction",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": {"model": "brackets", "deducts_401k": False, "rate": [0.0307]},
                    "source": "72 P.S. 7302(a) (3.07% from 2004); PA Department of Revenue, PA-40 instructions 2025 (compensation includes elective deferrals; HSA contributions excluded, 72 P.S. 7301(d))",
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "value": {"model": "brackets", "deducts_401k": False, "rate": [0.0307]},
                    "source": "72 P.S. 7302(a), unchanged for 2026; PA Department of Revenue",
                },
            ],
        },
        "IL": {
            "unit": "USD (exemption, limits) and fraction (rate)",
            "description": "Illinois income tax (35 ILCS 5/201(b)(5.4) rate, 5/204 exemption, none above the income limit)",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": {
                        "model": "brackets",
                        "rate": [0.0495],
                        "exemption": {
                            "single": 2850,
                            "married_joint": 5700,
                            "head_of_household": 2850,
                        },
                        "exemption_income_limit": {
                            "single": 250000,
                            "married_joint": 500000,
                            "head_of_household": 250000,
                        },
                    },
                    "source": "35 ILCS 5/201(b)(5.4) (4.95%); 35 ILCS 5/204(b) and IDOR 2025 Form IL-1040 instructions, line 10 ($2,850 per exemption; none when federal AGI exceeds $250,000, $500,000 joint)",
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "value": {
                        "model": "brackets",
                        "rate": [0.0495],
                        "exemption": {
                            "single": 2925,
                            "married_joint": 5850,
                            "head_of_household": 2925,
                        },
                        "exemption_income_limit": {
                            "single": 250000,
                            "married_joint": 500000,
                            "head_of_household": 250000,
                        },
                    },
                    "source": "35 ILCS 5/201(b)(5.4), 5/204(b); exemption UNCONFIRMED [S]: $2,925 is the cost-of-living indexing of 35 ILCS 5/204(b) as projected by PolicyEngine-US 2.68.0",
                },
            ],
        },
        "GA": {
            "unit": "USD (standard deduction) and fraction (rate)",
            "description": "Georgia income tax, flat from 2024 (O.C.G.A. 48-7-20(a.1), 48-7-27(a)(1)(B)); personal exemptions replaced by the larger standard deduction",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": {
                        "model": "brackets",
                        "rate": [0.0519],
                        "standard_deduction": {
                            "single": 12000,
                            "married_joint": 24000,
                            "head_of_household": 12000,
                        },
                    },
                    "source": "O.C.G.A. 48-7-20(a.1) as amended by HB 111 (2025) (5.19% for 2025); O.C.G.A. 48-7-27(a)(1)(B); Georgia DOR 2025 IT-511 booklet, Form 500 line 11",
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "value": {
                        "model": "brackets",
                        "rate": [0.0499],
                        "standard_deduction": {
                            "single": 15000,
                            "married_joint": 30000,
                            "head_of_household": 15000,
                        },
                    },
                    "source": "[S] Georgia HB 463 (2025-2026 session), sections 2-1 (4.99% from 2026) and 2-3 (standard deduction $15,000 / $30,000), as recorded by PolicyEngine-US 2.68.0",
                },
            ],
        },
        "NC": {
            "unit": "USD (standard deduction) and fraction (rate)",
            "description": "North Carolina individual income tax (N.C.G.S. 105-153.7 rate, 105-153.5(a)(1) standard deduction)",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": {
                        "model": "brackets",
                        "rate": [0.0425],
                        "standard_deduction": {
                            "single": 12750,
                            "married_joint": 25500,
                            "head_of_household": 19125,
                        },
                    },
                    "source": "N.C.G.S. 105-153.7(a) as amended by S.L. 2023-134 (4.25% for 2025); N.C.G.S. 105-153.5(a)(1); NCDOR 2025 D-401 instructions",
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "value": {
                        "model": "brackets",
                        "rate": [0.0399],
                        "standard_deduction": {
                            "single": 12750,
                            "married_joint": 25500,
                            "head_of_household": 19125,
                        },
                    },
                    "source": "N.C.G.S. 105-153.7(a) as amended by S.L. 2023-134 (3.99% from 2026, revenue triggers met); N.C.G.S. 105-153.5(a)(1); NCDOR tax rate schedules",
                },
            ],
        },
        "MI": {
            "unit": "USD (exemption) and fraction (rate)",
            "description": "Michigan income tax (MCL 206.51 rate, 206.30(2) personal exemption); city income taxes not modelled",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": {
                        "model": "brackets",
                        "rate": [0.0425],
                        "exemption": {
                            "single": 5800,
                            "married_joint": 11600,
                            "head_of_household": 5800,
                        },
                    },
                    "source": "MCL 206.51(1) (4.25%); MCL 206.30(2) and Michigan Treasury 2025 MI-1040 instructions line 9 ($5,800 per exemption)",
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "value": {
                        "model": "brackets",
                        "rate": [0.0425],
                        "exemption": {
                            "single": 5900,
                            "married_joint": 11800,
                            "head_of_household": 5900,
                        },
                    },
                    "source": "MCL 206.51(1); exemption UNCONFIRMED [S]: $5,900, the MCL 206.30(2) indexing as recorded by PolicyEngine-US 2.68.0",
                },
            ],
        },
        "NJ": {
            "unit": "USD (bounds, exemption) and fraction (rates)",
            "description": "New Jersey gross income tax (N.J.S.A. 54A:2-1 rate schedules, 54A:3-1 exemptions); no standard deduction; HSA contributions are taxable in New Jersey",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "source": "N.J.S.A. 54A:2-1(a) (single, married filing separately) and (b) (married joint, head of household), as amended by P.L. 2020 c.94; N.J.S.A. 54A:3-1(b) ($1,000 per exemption); NJ Division of Taxation 2025 NJ-1040 instructions, tax rate schedules",
                    "value": {
                        "model": "brackets",
                        "deducts_hsa": False,
                        "rate": {
                            "single": [0.014, 0.0175, 0.035, 0.05525, 0.0637, 0.0897, 0.1075],
                            "married_joint": [
                                0.014,
                                0.0175,
                                0.0245,
                                0.035,
                                0.05525,
                                0.0637,
                                0.0897,
                                0.1075,
                            ],
                            "head_of_household": [
                                0.014,
                                0.0175,
                                0.0245,
                                0.035,
                                0.05525,
                                0.0637,
                                0.0897,
                                0.1075,
                            ],
                        },
                        "lower": {
                            "single": [0, 20000, 35000, 40000, 75000, 500000, 1000000],
                            "married_joint": [
                                0,
                                20000,
                                50000,
                                70000,
                                80000,
                                150000,
                                500000,
                                1000000,
                            ],
                            "head_of_household": [
                                0,
                                20000,
                                50000,
                                70000,
                                80000,
                                150000,
                                500000,
                                1000000,
                            ],
                        },
                        "exemption": {
                            "single": 1000,
                            "married_joint": 2000,
                            "head_of_household": 1000,
                        },
                    },
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "source": "N.J.S.A. 54A:2-1 and 54A:3-1, unchanged for 2026; NJ Division of Taxation",
                    "value": {
                        "model": "brackets",
                        "deducts_hsa": False,
                        "rate": {
                            "single": [0.014, 0.0175, 0.035, 0.05525, 0.0637, 0.0897, 0.1075],
                            "married_joint": [
                                0.014,
                                0.0175,
                                0.0245,
                                0.035,
                                0.05525,
                                0.0637,
                                0.0897,
                                0.1075,
                            ],
                            "head_of_household": [
                                0.014,
                                0.0175,
                                0.0245,
                                0.035,
                                0.05525,
                                0.0637,
                                0.0897,
                                0.1075,
                            ],
                        },
                        "lower": {
                            "single": [0, 20000, 35000, 40000, 75000, 500000, 1000000],
                            "married_joint": [
                                0,
                                20000,
                                50000,
                                70000,
                                80000,
                                150000,
                                500000,
                                1000000,
                            ],
                            "head_of_household": [
                                0,
                                20000,
                                50000,
                                70000,
                                80000,
                                150000,
                                500000,
                                1000000,
                            ],
                        },
                        "exemption": {
                            "single": 1000,
                            "married_joint": 2000,
                            "head_of_household": 1000,
                        },
                    },
                },
            ],
        },
        "VA": {
            "unit": "USD (bounds, deductions) and fraction (rates)",
            "description": "Virginia individual income tax (Va. Code 58.1-320 rates, 58.1-322.02 standard deduction, 58.1-322.03 personal exemptions of $930)",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": {
                        "model": "brackets",
                        "rate": [0.02, 0.03, 0.05, 0.0575],
                        "lower": [0, 3000, 5000, 17000],
                        "standard_deduction": {
                            "single": 8750,
                            "married_joint": 17500,
                            "head_of_household": 8750,
                        },
                        "exemption": {
                            "single": 930,
                            "married_joint": 1860,
                            "head_of_household": 930,
                        },
                    },
                    "source": "Va. Code 58.1-320; 58.1-322.02 as amended by the 2024 Appropriation Act (standard deduction $8,750 / $17,500 for 2024-2025); 58.1-322.03 ($930 per exemption); Virginia Tax 2025 Form 760 instructions",
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "value": {
                        "model": "brackets",
                        "rate": [0.02, 0.03, 0.05, 0.0575],
                        "lower": [0, 3000, 5000, 17000],
                        "standard_deduction": {
                            "single": 8750,
                            "married_joint": 17500,
                            "head_of_household": 8750,
                        },
                        "exemption": {
                            "single": 930,
                            "married_joint": 1860,
                            "head_of_household": 930,
                        },
                    },
                    "source": "[S] Va. Code 58.1-320, 58.1-322.02 (standard deduction held at $8,750 / $17,500 by the 2025 Appropriation Act) and 58.1-322.03, as recorded by PolicyEngine-US 2.68.0",
                },
            ],
        },
        "MA": {
            "unit": "USD (exemptions, surtax threshold) and fraction (rates)",
            "description": "Massachusetts personal income tax on Part B income (M.G.L. c.62 s.4(b)), personal exemptions (c.62 s.3(B)(b)), the deduction of social security and Medicare contributions up to $2,000 (c.62 s.3(B)(a)(9)), 4% surtax above the indexed threshold (Mass. Const. art. 44 as amended 2022, c.62 s.4(d))",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": {
                        "model": "brackets",
                        "rate": [0.05],
                        "exemption": {
                            "single": 4400,
                            "married_joint": 8800,
                            "head_of_household": 6800,
                        },
                        "fica_deduction_cap": 2000,
                        "surtax": {"threshold": 1083150, "rate": 0.04},
                    },
                    "source": "M.G.L. c.62 s.4(b) (5%), s.3(B)(b)(1)-(3) (exemptions $4,400 / $8,800 / $6,800), s.3(B)(a)(9) (social security and Medicare contributions deductible up to $2,000), s.4(d) and Massachusetts DOR 2025 Form 1 instructions (4% surtax on taxable income over $1,083,150)",
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "value": {
                        "model": "brackets",
                        "rate": [0.05],
                        "exemption": {
                            "single": 4400,
                            "married_joint": 8800,
                            "head_of_household": 6800,
                        },
                        "fica_deduction_cap": 2000,
                        "surtax": {"threshold": 1107700, "rate": 0.04},
                    },
                    "source": "M.G.L. c.62 s.4(b), s.3(B)(b), s.3(B)(a)(9) ($2,000); surtax threshold UNCONFIRMED [S]: $1,107,700, the c.62 s.4(d) CPI indexing as projected by PolicyEngine-US 2.68.0",
                },
            ],
        },
    }
