"""``payroll/jp/params/employment_insurance.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``payroll/jp/params/employment_insurance.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "topic": "employment insurance (雇用保険), worker share",
            "description": "Worker share of the employment insurance premium per 1,000 yen of actual wages (賃金総額: including commuting allowance, overtime and bonuses; no grade table and no cap), by type of business. Rates change on 1 April; the rate applies to wages by the month they are for.",
        },
        "worker_rate": {
            "unit": "yen per 1,000 yen of actual wages (per mille), worker share",
            "description": "Worker share of the employment insurance premium rate by type of business: general, agriculture (agriculture, forestry and fisheries, and sake brewing), construction",
            "values": [
                {
                    "effective": datetime.date(2022, 10, 1),
                    "value": {"general": 5.0, "agriculture": 6.0, "construction": 6.0},
                    "source": "令和4年10月1日～令和5年3月31日: 厚生労働省 令和4年度の雇用保険料率 (second half); odai.or.jp 202204151086 (corrected table: worker 5 / 6 / 6); fire-hrm.com (construction worker share 6/1000)",
                },
                {
                    "effective": datetime.date(2023, 4, 1),
                    "value": {"general": 6.0, "agriculture": 7.0, "construction": 7.0},
                    "source": "FY2023 (令和5年4月1日～令和6年3月31日): 厚生労働省 令和5年度の雇用保険料率; e-src.com legalreform 87, onnanavi.jp 2023-02-13 (worker 6 / 7 / 7)",
                },
                {
                    "effective": datetime.date(2024, 4, 1),
                    "value": {"general": 6.0, "agriculture": 7.0, "construction": 7.0},
                    "source": "FY2024 (令和6年度, unchanged): 厚生労働省 令和6年度の雇用保険料率; jp-payroll-facts.md section 5 [C: solare, kenro-tsu]",
                },
                {
                    "effective": datetime.date(2025, 4, 1),
                    "value": {"general": 5.5, "agriculture": 6.5, "construction": 6.5},
                    "source": "FY2025 (令和7年度): 厚生労働省 令和7年度の雇用保険料率; jp-payroll-facts.md section 5 [C: jigyou-support, e-romushi, newprinet]",
                },
                {
                    "effective": datetime.date(2026, 4, 1),
                    "value": {"general": 5.0, "agriculture": 6.0, "construction": 6.0},
                    "source": "FY2026 (令和8年度): 厚生労働省 「令和8年度 雇用保険料率のご案内」 (mhlw.go.jp/content/001692566.pdf, via keiri-core data/shaho_rates_r08.json koyou); jp-payroll-facts.md section 5 [C: tetra-sr, takadaroumu, keiri-core]",
                },
            ],
        },
        "published_through": {
            "unit": "wage month (first day of the month)",
            "description": "Last month covered by the published rates (the FY2027 rates, from April 2027, are not yet published)",
            "values": [
                {
                    "effective": datetime.date(2026, 4, 1),
                    "value": datetime.date(2027, 3, 1),
                    "source": "厚生労働省 令和8年度 雇用保険料率 (令和8年4月1日～令和9年3月31日)",
                }
            ],
        },
        "next_publication": {
            "unit": "text: what comes next and when it is expected",
            "description": "The rates that the supported range is waiting for, with their expected publication, shown in UnsupportedRule messages",
            "values": [
                {
                    "effective": datetime.date(2026, 4, 1),
                    "value": "the FY2027 employment insurance rates (wages from April 2027) are expected by March 2027",
                    "source": "厚生労働省: each fiscal year's rates are announced before April (令和8年度の雇用保険料率のご案内)",
                }
            ],
        },
    }
