"""``payroll/jp/params/commuting.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``payroll/jp/params/commuting.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "topic": "commuting allowance (通勤手当), income tax",
            "description": "Monthly limit up to which a commuting allowance is free of income tax. The allowance still counts in full for social insurance (standard monthly remuneration) and for employment insurance wages; only the part above the limit is taxable salary.",
        },
        "non_taxable_monthly_limit": {
            "unit": "yen per month",
            "description": "Non-taxable limit of a commuting allowance or commuter pass for an employee who commutes by public transport (交通機関又は有料道路を利用している人): the reasonable fare, up to this amount per month. Distance-based limits for car and bicycle commuters (lower, and raised from 2025-11-20) are not modelled: this is the general public-transport limit.",
            "values": [
                {
                    "effective": datetime.date(2016, 1, 1),
                    "value": 150000,
                    "source": "所得税法施行令 第20条の2 第2号・第3号 (1か月当たり15万円, 平成28年度税制改正, 平成28年1月1日以後に支払われる通勤手当); NTA タックスアンサー No.2582 「電車・バス通勤者の通勤手当」 (https://www.nta.go.jp/taxes/shiraberu/taxanswer/gensen/2582.htm); yell-tax.jp (従来1か月10万円、平成28年1月1日より15万円)",
                }
            ],
        },
    }
