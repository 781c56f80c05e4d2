"""``payroll/jp/params/child_support.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``payroll/jp/params/child_support.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "topic": "child and child-rearing support levy (子ども・子育て支援金)",
            "description": "Levy collected with health insurance premiums from the April 2026 premium month (paid in May), from every insured person regardless of age, on the standard monthly amount and the standard bonus amount, split half and half like the health premium.",
        },
        "rate": {
            "unit": "percent of the standard monthly (or bonus) amount, employee and employer shares together",
            "description": "Child and child-rearing support levy rate (子ども・子育て支援金率) for employees' health insurance",
            "values": [
                {
                    "effective": datetime.date(2023, 3, 1),
                    "value": 0.0,
                    "source": "No levy before the April 2026 premium month (子ども・子育て支援法 as amended by 令和6年法律第47号); this entry starts with the earliest premium month the engine covers",
                },
                {
                    "effective": datetime.date(2026, 4, 1),
                    "value": 0.23,
                    "source": "From the April 2026 premium month (5月納付分): 全国健康保険協会 令和8年度保険料率 (keiri-core data/shaho_rates_r08.json kosodate_rate, kosodate_applies_from 2026-04); jp-payroll-facts.md section 5 [C: psrn, horei, oikawa, sckenpo, fukushima-roumu, okb-kenpo]",
                },
            ],
        },
        "published_through": {
            "unit": "premium month (first day of the month)",
            "description": "Last premium month covered by the published rate. Whether the FY2027 rate starts with the March or the April 2027 premium month is not yet published; the earlier is assumed.",
            "values": [
                {
                    "effective": datetime.date(2026, 4, 1),
                    "value": datetime.date(2027, 2, 1),
                    "source": "全国健康保険協会 令和8年度保険料率; FY2027 (令和9年度) rate not yet published",
                }
            ],
        },
    }
