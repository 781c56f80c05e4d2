"""``payroll/jp/params/nursing_care.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``payroll/jp/params/nursing_care.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "topic": "long-term care insurance (介護保険), premiums of insured persons aged 40 to 64",
            "description": "National uniform nursing care premium rate charged with health insurance to insured persons aged 40 to 64 (介護保険第2号被保険者), and the ages that define them. The rate changes with the March premium month, together with the 協会けんぽ health rates.",
        },
        "rate": {
            "unit": "percent of the standard monthly (or bonus) amount, employee and employer shares together",
            "description": "Nursing care insurance premium rate (介護保険料率) of the 協会けんぽ, national and uniform",
            "values": [
                {
                    "effective": datetime.date(2023, 3, 1),
                    "value": 1.82,
                    "source": "FY2023 (令和5年度), from the March 2023 premium month: 全国健康保険協会 令和5年度保険料率 (kyoukaikenpo.or.jp/g7/cat330/sb3130/r5/230206/); agreeing: sr-kyoto-jyoseikin.com, jpbm.or.jp dailynews 9740, office-matsuzaki17.jp, kaikei-home.com (1.64% -> 1.82%)",
                },
                {
                    "effective": datetime.date(2024, 3, 1),
                    "value": 1.6,
                    "source": "FY2024 (令和6年度), from the March 2024 premium month: jp-payroll-facts.md section 5 [C: hr-management, e-romushi, sr-aoki, psrn, horei, workinnovation]; roumu.com archives/120714 (1.82% -> 1.60%)",
                },
                {
                    "effective": datetime.date(2025, 3, 1),
                    "value": 1.59,
                    "source": "FY2025 (令和7年度), from the March 2025 premium month: jp-payroll-facts.md section 5 [C: hr-management, e-romushi, sr-aoki, psrn, horei, workinnovation]",
                },
                {
                    "effective": datetime.date(2026, 3, 1),
                    "value": 1.62,
                    "source": "FY2026 (令和8年度), from the March 2026 premium month: 全国健康保険協会 都道府県毎の保険料率 令和8年度 (keiri-core data/shaho_rates_r08.json kaigo_rate; the 介護 column of R8_13tokyo.pdf is 9.85 + 1.62 = 11.47%); jp-payroll-facts.md section 5 [C]",
                },
            ],
        },
        "insured_from_age": {
            "unit": "years of age (inclusive)",
            "description": "Youngest age of the insured persons who pay the nursing care premium with health insurance (第2号被保険者)",
            "values": [
                {
                    "effective": datetime.date(2000, 4, 1),
                    "value": 40,
                    "source": "介護保険法 第9条第2号 (市町村の区域内に住所を有する四十歳以上六十五歳未満の医療保険加入者)",
                }
            ],
        },
        "insured_until_age": {
            "unit": "years of age (exclusive)",
            "description": "Age from which the nursing care premium is no longer collected with health insurance (the person becomes a 第1号被保険者 and pays the municipality)",
            "values": [
                {
                    "effective": datetime.date(2000, 4, 1),
                    "value": 65,
                    "source": "介護保険法 第9条 (第1号被保険者: 六十五歳以上; 第2号被保険者: 四十歳以上六十五歳未満)",
                }
            ],
        },
        "published_through": {
            "unit": "premium month (first day of the month)",
            "description": "Last premium month covered by the published rates (the FY2027 rate starts with the March 2027 premium month and is not yet published)",
            "values": [
                {
                    "effective": datetime.date(2026, 3, 1),
                    "value": datetime.date(2027, 2, 1),
                    "source": "全国健康保険協会 令和8年度保険料率 (March 2026 to February 2027 premium months)",
                }
            ],
        },
    }
