"""``payroll/jp/params/social_insurance_rounding.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``payroll/jp/params/social_insurance_rounding.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "topic": "rounding of social insurance amounts (employee share, standard bonus)",
            "description": "Rounding of the employee share deducted from pay, and of the standard bonus amount.",
        },
        "employee_share_dropped_up_to": {
            "unit": "yen (a fraction of one yen)",
            "description": "When the employee share is deducted from pay, a fraction of a yen up to and including this amount is dropped and a larger fraction is rounded up to one yen (unless employer and employees agree otherwise). Applies to health insurance with nursing care and the child support levy (rounded once at their combined rate), the pension and employment insurance.",
            "values": [
                {
                    "effective": datetime.date(2003, 4, 1),
                    "value": 0.5,
                    "source": "通貨の単位及び貨幣の発行等に関する法律 第3条 applied to the employee share (50銭以下切り捨て、50銭を超える場合は切り上げ), as stated by the Japan Pension Service and 協会けんぽ; long-standing, the date only starts the period recorded here; jp-payroll-facts.md section 5 [C: mazno, goo (JPS), kiyonari, dab.hi-ho]; MHLW 子ども・子育て支援金に関するQ&A (2026-02-12, psrn.jp topics 39832)",
                }
            ],
        },
        "standard_bonus_unit": {
            "unit": "yen",
            "description": "The standard bonus amount (標準賞与額) is the bonus rounded down to a multiple of this amount",
            "values": [
                {
                    "effective": datetime.date(2003, 4, 1),
                    "value": 1000,
                    "source": "健康保険法 第45条第1項 and 厚生年金保険法 第24条の4第1項 (千円未満の端数を切り捨て); jp-payroll-facts.md 'How standard monthly remuneration is set' [C]",
                }
            ],
        },
    }
