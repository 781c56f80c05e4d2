"""``payroll/jp/params/minimum_wage.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``payroll/jp/params/minimum_wage.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "topic": "regional minimum wages (地域別最低賃金)",
            "description": "Hourly regional minimum wage of each prefecture (最低賃金法 第9条), in yen, with the day it took effect. Each prefecture's labour bureau sets its own effective day, so each prefecture is one parameter. Fiscal years 2024 (令和6年度) and 2025 (令和7年度) are held; a day before a prefecture's FY2024 effective day has no value here (checks against the minimum wage are then skipped). Specific (industry) minimum wages (特定最低賃金) are not covered.",
        },
        "excluded_pay": {
            "unit": "kinds of pay, with the Japanese name used in the rule",
            "description": "Pay left out when a monthly wage is compared with the minimum wage; base pay and every other allowance count",
            "values": [
                {
                    "effective": datetime.date(2008, 7, 1),
                    "value": [
                        {"kind": "temporary", "japanese": "臨時に支払われる賃金"},
                        {
                            "kind": "over_one_month",
                            "japanese": "一月をこえる期間ごとに支払われる賃金",
                        },
                        {
                            "kind": "overtime",
                            "japanese": "時間外・休日・深夜労働の割増賃金 (固定残業代を含む)",
                        },
                        {"kind": "attendance", "japanese": "精皆勤手当"},
                        {"kind": "commuting", "japanese": "通勤手当"},
                        {"kind": "family", "japanese": "家族手当"},
                    ],
                    "source": "最低賃金法 第4条第3項 (平成19年法律第129号, in force 2008-07-01); 最低賃金法施行規則 第1条第2項 (精皆勤手当、通勤手当及び家族手当); MHLW 最低賃金制度の概要 (最低賃金の対象とならない賃金)",
                }
            ],
        },
        "monthly_conversion": {
            "unit": "rule",
            "description": "A monthly wage is compared as (monthly pay that counts) / (average monthly scheduled hours; where they vary by month, the year's scheduled hours / 12)",
            "values": [
                {
                    "effective": datetime.date(2008, 7, 1),
                    "value": "monthly_pay / average_monthly_scheduled_hours",
                    "source": "最低賃金法施行規則 第2条第1項第3号 (月によつて定められた賃金については、その金額を月における所定労働時間数（月によつて所定労働時間数が異なる場合には、一年間における一月平均所定労働時間数）で除した金額)",
                }
            ],
        },
        "hokkaido": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of hokkaido",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 1010,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 10, 4),
                    "value": 1075,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "aomori": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of aomori",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 5),
                    "value": 953,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 11, 21),
                    "value": 1029,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "iwate": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of iwate",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 27),
                    "value": 952,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 12, 1),
                    "value": 1031,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "miyagi": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of miyagi",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 973,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 10, 4),
                    "value": 1038,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "akita": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of akita",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 951,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2026, 3, 31),
                    "value": 1031,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "yamagata": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of yamagata",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 19),
                    "value": 955,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 12, 23),
                    "value": 1032,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "fukushima": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of fukushima",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 5),
                    "value": 955,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "value": 1033,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "ibaraki": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of ibaraki",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 1005,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 10, 12),
                    "value": 1074,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "tochigi": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of tochigi",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 1004,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 10, 1),
                    "value": 1068,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "gunma": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of gunma",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 4),
                    "value": 985,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2026, 3, 1),
                    "value": 1063,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "saitama": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of saitama",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 1078,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 11, 1),
                    "value": 1141,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "chiba": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of chiba",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 1076,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 10, 3),
                    "value": 1140,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "tokyo": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of tokyo",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 1163,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 10, 3),
                    "value": 1226,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "kanagawa": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of kanagawa",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 1162,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 10, 4),
                    "value": 1225,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "niigata": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of niigata",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 985,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 10, 2),
                    "value": 1050,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "toyama": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of toyama",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 998,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 10, 12),
                    "value": 1062,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "ishikawa": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of ishikawa",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 5),
                    "value": 984,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 10, 8),
                    "value": 1054,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "fukui": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of fukui",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 5),
                    "value": 984,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 10, 8),
                    "value": 1053,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "yamanashi": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of yamanashi",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 988,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 12, 1),
                    "value": 1052,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "nagano": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of nagano",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 998,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 10, 3),
                    "value": 1061,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "gifu": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of gifu",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 1001,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 10, 18),
                    "value": 1065,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "shizuoka": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of shizuoka",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 1034,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 11, 1),
                    "value": 1097,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "aichi": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of aichi",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 1077,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 10, 18),
                    "value": 1140,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "mie": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of mie",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 1023,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 11, 21),
                    "value": 1087,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "shiga": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of shiga",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 1017,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 10, 5),
                    "value": 1080,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "kyoto": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of kyoto",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 1058,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 11, 21),
                    "value": 1122,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "osaka": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of osaka",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 1114,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 10, 16),
                    "value": 1177,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "hyogo": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of hyogo",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 1052,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 10, 4),
                    "value": 1116,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "nara": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of nara",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 986,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 11, 16),
                    "value": 1051,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "wakayama": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of wakayama",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 980,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 11, 1),
                    "value": 1045,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "tottori": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of tottori",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 5),
                    "value": 957,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 10, 4),
                    "value": 1030,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "shimane": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of shimane",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 12),
                    "value": 962,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 11, 17),
                    "value": 1033,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "okayama": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of okayama",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 2),
                    "value": 982,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 12, 1),
                    "value": 1047,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "hiroshima": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of hiroshima",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 1020,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 11, 1),
                    "value": 1085,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "yamaguchi": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of yamaguchi",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 1),
                    "value": 979,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 10, 16),
                    "value": 1043,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "tokushima": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of tokushima",
            "values": [
                {
                    "effective": datetime.date(2024, 11, 1),
                    "value": 980,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "value": 1046,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "kagawa": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of kagawa",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 2),
                    "value": 970,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 10, 18),
                    "value": 1036,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "ehime": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of ehime",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 13),
                    "value": 956,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 12, 1),
                    "value": 1033,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "kochi": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of kochi",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 9),
                    "value": 952,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 12, 1),
                    "value": 1023,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "fukuoka": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of fukuoka",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 5),
                    "value": 992,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 11, 16),
                    "value": 1057,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "saga": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of saga",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 17),
                    "value": 956,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 11, 21),
                    "value": 1030,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "nagasaki": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of nagasaki",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 12),
                    "value": 953,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 12, 1),
                    "value": 1031,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "kumamoto": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of kumamoto",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 5),
                    "value": 952,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "value": 1034,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "oita": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of oita",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 5),
                    "value": 954,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "value": 1035,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "miyazaki": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of miyazaki",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 5),
                    "value": 952,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 11, 16),
                    "value": 1023,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "kagoshima": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of kagoshima",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 5),
                    "value": 953,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度); effective day 2024-10-05 UNCONFIRMED (amount confirmed by aiai-sr.com 2024-08-30; the day from a single listing)",
                },
                {
                    "effective": datetime.date(2025, 11, 1),
                    "value": 1026,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
        "okinawa": {
            "unit": "yen per hour",
            "description": "Regional minimum wage of okinawa",
            "values": [
                {
                    "effective": datetime.date(2024, 10, 9),
                    "value": 952,
                    "source": "令和6年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by tool.shlc.jp/saichin_year (2024年度)",
                },
                {
                    "effective": datetime.date(2025, 12, 1),
                    "value": 1023,
                    "source": "令和7年度地域別最低賃金改定状況 (MHLW, mhlw.go.jp/stf/seisakunitsuite/bunya/koyou_roudou/roudoukijun/minimumichiran/), as tabulated by toms.or.jp topics post-6141 and west-up.jp/information/minimum-wage (令和7年9月11日更新), agreeing",
                },
            ],
        },
    }
