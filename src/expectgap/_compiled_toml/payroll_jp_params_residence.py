"""``payroll/jp/params/residence.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``payroll/jp/params/residence.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "topic": "resident tax by place of residence: designated-city rates and confirmed surcharges",
            "description": "Places of residence (on 1 January of the levy's fiscal year) whose resident tax differs from the standard rates of the default and whose amounts were confirmed on the municipality's or prefecture's own pages: the designated cities (政令指定都市) take 8% municipal and 2% prefectural income levy and split the adjustment credit 4% / 1% (地方税法 第314条の3第2項, 第35条第2項, 第314条の6, 第37条; from FY2018); surcharges (超過課税) on the per-capita levy and, in Kanagawa, on the income levy. Keyed by the fiscal year of the levy (effective YYYY-04-01). Rates are per 100,000 of the taxable income; per-capita amounts in yen a year (the national forest environment tax of 1,000 yen comes on top, as in resident_tax.toml). Other places are not held: 37 prefectures levy a per-capita surcharge (総務省 超過課税の状況, 令和7年4月1日現在) whose amounts were not confirmed here.",
        },
        "places": {
            "unit": "per place: municipal and prefectural income levy rates per 100,000; municipal and prefectural per-capita levies in yen; whether a designated city",
            "description": "kanagawa: Kanagawa outside Yokohama, Kawasaki and Sagamihara (水源環境保全税: prefectural per-capita +300, income levy +0.025%); yokohama (横浜みどり税 +900 municipal per capita, and Kanagawa's surcharge); kawasaki and sagamihara (designated, Kanagawa's surcharge); hyogo: Hyogo outside Kobe (県民緑税 +800); kobe (+400 municipal, and Hyogo's); osaka-prefecture: Osaka outside Osaka City and Sakai (大阪府森林環境税 +300); osaka-city and sakai (designated, Osaka's surcharge).",
            "values": [
                {
                    "effective": datetime.date(2024, 4, 1),
                    "source": "../shared/data/jp-official-tables/juminzei_r08.json (kintouwari.jichitai, each entry confirmed against the municipality's own page): 神奈川県 水源環境保全税 https://www.pref.kanagawa.jp/zei/kenzei/a001/b001/002.html (均等割 +300円, 所得割 +0.025%, 令和8年度まで); 横浜市 https://www.city.yokohama.lg.jp/kurashi/koseki-zei-hoken/zeikin/y-shizei/kojin-shiminzei-kenminzei/kojin-shiminzei-shosai/kojin.html (市民税 3,900 + 県民税 1,300 + 森林環境税 1,000 = 6,200円); 兵庫県 県民緑税 https://web.pref.hyogo.lg.jp/kk22/pa04_000000001.html (+800円); 神戸市 https://www.city.kobe.lg.jp/a83576/kurashi/tax/shikenminze/keisan/index.html (市民税 3,400 + 県民税 1,800 + 1,000 = 6,200円); 大阪府森林環境税 https://www.pref.osaka.lg.jp/o120030/midorikikaku/shinrinkankyozei/shikumi.html (+300円, 令和9年度まで); designated-city rates 地方税法 第314条の3・第35条 (8% / 2%). The FY2024 and FY2025 amounts are taken as those of FY2026 (each surcharge was in force unchanged over the three years by the same pages' periods) [S]",
                    "value": {
                        "kanagawa": {
                            "municipal_per_100000": 6000,
                            "prefectural_per_100000": 4025,
                            "municipal_per_capita": 3000,
                            "prefectural_per_capita": 1300,
                            "designated": False,
                        },
                        "yokohama": {
                            "municipal_per_100000": 8000,
                            "prefectural_per_100000": 2025,
                            "municipal_per_capita": 3900,
                            "prefectural_per_capita": 1300,
                            "designated": True,
                        },
                        "kawasaki": {
                            "municipal_per_100000": 8000,
                            "prefectural_per_100000": 2025,
                            "municipal_per_capita": 3000,
                            "prefectural_per_capita": 1300,
                            "designated": True,
                        },
                        "sagamihara": {
                            "municipal_per_100000": 8000,
                            "prefectural_per_100000": 2025,
                            "municipal_per_capita": 3000,
                            "prefectural_per_capita": 1300,
                            "designated": True,
                        },
                        "hyogo": {
                            "municipal_per_100000": 6000,
                            "prefectural_per_100000": 4000,
                            "municipal_per_capita": 3000,
                            "prefectural_per_capita": 1800,
                            "designated": False,
                        },
                        "kobe": {
                            "municipal_per_100000": 8000,
                            "prefectural_per_100000": 2000,
                            "municipal_per_capita": 3400,
                            "prefectural_per_capita": 1800,
                            "designated": True,
                        },
                        "osaka-prefecture": {
                            "municipal_per_100000": 6000,
                            "prefectural_per_100000": 4000,
                            "municipal_per_capita": 3000,
                            "prefectural_per_capita": 1300,
                            "designated": False,
                        },
                        "osaka-city": {
                            "municipal_per_100000": 8000,
                            "prefectural_per_100000": 2000,
                            "municipal_per_capita": 3000,
                            "prefectural_per_capita": 1300,
                            "designated": True,
                        },
                        "sakai": {
                            "municipal_per_100000": 8000,
                            "prefectural_per_100000": 2000,
                            "municipal_per_capita": 3000,
                            "prefectural_per_capita": 1300,
                            "designated": True,
                        },
                    },
                },
                {
                    "effective": datetime.date(2027, 4, 1),
                    "source": "As for FY2026, with Kanagawa's income-levy surcharge at +0.018% from 令和9年度 (神奈川県 水源環境保全税, as noted in ../shared/data/jp-official-tables/juminzei_r08.json) [S]",
                    "value": {
                        "kanagawa": {
                            "municipal_per_100000": 6000,
                            "prefectural_per_100000": 4018,
                            "municipal_per_capita": 3000,
                            "prefectural_per_capita": 1300,
                            "designated": False,
                        },
                        "yokohama": {
                            "municipal_per_100000": 8000,
                            "prefectural_per_100000": 2018,
                            "municipal_per_capita": 3900,
                            "prefectural_per_capita": 1300,
                            "designated": True,
                        },
                        "kawasaki": {
                            "municipal_per_100000": 8000,
                            "prefectural_per_100000": 2018,
                            "municipal_per_capita": 3000,
                            "prefectural_per_capita": 1300,
                            "designated": True,
                        },
                        "sagamihara": {
                            "municipal_per_100000": 8000,
                            "prefectural_per_100000": 2018,
                            "municipal_per_capita": 3000,
                            "prefectural_per_capita": 1300,
                            "designated": True,
                        },
                        "hyogo": {
                            "municipal_per_100000": 6000,
                            "prefectural_per_100000": 4000,
                            "municipal_per_capita": 3000,
                            "prefectural_per_capita": 1800,
                            "designated": False,
                        },
                        "kobe": {
                            "municipal_per_100000": 8000,
                            "prefectural_per_100000": 2000,
                            "municipal_per_capita": 3400,
                            "prefectural_per_capita": 1800,
                            "designated": True,
                        },
                        "osaka-prefecture": {
                            "municipal_per_100000": 6000,
                            "prefectural_per_100000": 4000,
                            "municipal_per_capita": 3000,
                            "prefectural_per_capita": 1300,
                            "designated": False,
                        },
                        "osaka-city": {
                            "municipal_per_100000": 8000,
                            "prefectural_per_100000": 2000,
                            "municipal_per_capita": 3000,
                            "prefectural_per_capita": 1300,
                            "designated": True,
                        },
                        "sakai": {
                            "municipal_per_100000": 8000,
                            "prefectural_per_100000": 2000,
                            "municipal_per_capita": 3000,
                            "prefectural_per_capita": 1300,
                            "designated": True,
                        },
                    },
                },
            ],
        },
        "names": {
            "unit": "place key -> names accepted for it (case-insensitive)",
            "description": "Japanese and English names of each place",
            "values": [
                {
                    "effective": datetime.date(2024, 4, 1),
                    "value": {
                        "kanagawa": ["神奈川県", "Kanagawa"],
                        "yokohama": ["横浜市", "Yokohama"],
                        "kawasaki": ["川崎市", "Kawasaki"],
                        "sagamihara": ["相模原市", "Sagamihara"],
                        "hyogo": ["兵庫県", "Hyogo", "Hyōgo"],
                        "kobe": ["神戸市", "Kobe", "Kōbe"],
                        "osaka-prefecture": ["大阪府", "Osaka Prefecture"],
                        "osaka-city": ["大阪市", "Osaka City"],
                        "sakai": ["堺市", "Sakai"],
                    },
                    "source": "names of the places",
                }
            ],
        },
        "designated_adjustment_credit_percent": {
            "unit": "percent of the adjustment credit base",
            "description": "Adjustment credit (調整控除) split in a designated city: municipal 4%, prefectural 1%",
            "values": [
                {
                    "effective": datetime.date(2018, 4, 1),
                    "value": {"municipal": 4, "prefectural": 1},
                    "source": "地方税法 第314条の6 (指定都市 4%) and 第37条 (指定都市 1%), from FY2018 (平成29年度税制改正); ../shared/data/jp-official-tables/juminzei_r08.json chosei_kojo",
                }
            ],
        },
        "designated_income_levy_percent": {
            "unit": "percent of the taxable income",
            "description": "Standard income levy rates in a designated city (municipal 8%, prefectural 2%), before any surcharge",
            "values": [
                {
                    "effective": datetime.date(2018, 4, 1),
                    "value": {"municipal": 8, "prefectural": 2},
                    "source": "地方税法 第314条の3第2項 (指定都市 8%) and 第35条第2項 (指定都市 2%), from FY2018; ../shared/data/jp-official-tables/juminzei_r08.json zeiritsu",
                }
            ],
        },
    }
