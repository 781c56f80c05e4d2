"""``payroll/jp/params/resident_tax.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``payroll/jp/params/resident_tax.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "topic": "individual resident tax (個人住民税: 市町村民税・道府県民税) and the forest environment tax",
            "description": "Standard-rate resident tax of a salaried person, keyed by the fiscal year of the levy: effective = YYYY-04-01 is the FY YYYY levy (令和N年度), which is computed on the income of the calendar year YYYY-1 and deducted from pay June YYYY to May YYYY+1. These are the standard rates of 地方税法 in a non-designated municipality (Tokyo's 23 wards by default); designated cities and confirmed surcharges are in residence.toml.",
        },
        "income_levy_percent": {
            "unit": "percent of the taxable income",
            "description": "Income levy (所得割) standard rates: municipal (市町村民税) and prefectural (道府県民税) parts",
            "values": [
                {
                    "effective": datetime.date(2007, 4, 1),
                    "source": "地方税法 第314条の3 (市町村民税 6%) and 第35条 (道府県民税 4%), standard rates since the FY2007 tax-source transfer; keiri-core data juminzei_r08.json zeiritsu; jp-payroll-facts.md section 4 [C: gist jmblog, keiri-core]; 総務省 やさしい地方税 (via seido-keisan lib/juminzei-values.js)",
                    "value": {"municipal": 6, "prefectural": 4},
                }
            ],
        },
        "per_capita": {
            "unit": "yen per year",
            "description": "Per-capita levy (均等割): municipal and prefectural standard amounts, plus the national forest environment tax (森林環境税, 1,000 yen) collected with it from FY2024. Through FY2023 a 500 + 500 yen reconstruction surcharge applied instead (not modelled: FY2024 is the first levy supported).",
            "values": [
                {
                    "effective": datetime.date(2024, 4, 1),
                    "source": "地方税法 第310条 (市町村民税 3,000円) and 第38条 (道府県民税 1,000円); 森林環境税及び森林環境譲与税に関する法律 第5条 (1,000円) and 附則 (令和6年度分から); keiri-core data juminzei_r08.json kintouwari; jp-payroll-facts.md section 4 [C: Kunitachi city.kunitachi.tokyo.jp/kurashi/zeikin/6/4/r6/10243.html, Namegawa, Kanazawa, Kamakura]. 37 prefectures levy a surcharge on the prefectural part (総務省 超過課税の状況), not applied here.",
                    "value": {
                        "municipal": 3000,
                        "prefectural": 1000,
                        "forest_environment_tax": 1000,
                    },
                }
            ],
        },
        "taxable_income_unit": {
            "unit": "yen",
            "description": "Taxable income (課税総所得金額) is rounded down to a multiple of this amount",
            "values": [
                {
                    "effective": datetime.date(2007, 4, 1),
                    "value": 1000,
                    "source": "地方税法 第20条の4の2第1項 (課税標準額の1,000円未満の端数切捨て); jp-payroll-facts.md section 4 [C: zeiken.co.jp 端数計算]; long-standing, the date only starts the period recorded here",
                }
            ],
        },
        "tax_unit": {
            "unit": "yen",
            "description": "Each tax amount (the municipal and the prefectural income levy separately) is rounded down to a multiple of this amount.",
            "values": [
                {
                    "effective": datetime.date(2007, 4, 1),
                    "value": 100,
                    "source": "地方税法 第20条の4の2第3項 (確定金額の100円未満の端数切捨て), applied to the 市町村民税 and the 道府県民税 each; jp-payroll-facts.md section 4 [C: zeiken]; YouheiOonuki/seido-keisan lib/juminzei.js (道府県民税・市町村民税それぞれ100円未満切り捨て)",
                }
            ],
        },
        "basic_deduction": {
            "unit": "yen; income_upper are inclusive upper bounds of the taxpayer's total income (合計所得金額)",
            "description": "Basic deduction (基礎控除) for the resident tax: amount[i] for the first income_upper[i] at least the total income, 0 above the last bound",
            "values": [
                {
                    "effective": datetime.date(2021, 4, 1),
                    "source": "地方税法 第314条の2第2項 and 第34条第2項 (令和3年度分以降); keiri-core data juminzei_r08.json juminzei_kiso_kojo; IkumaTadokoro/quitcost issue #46 (quotes the law's table); jp-payroll-facts.md section 4 (430,000 [C: cidian, tomoda, keiri-core]; the taper to 290,000 / 150,000 / 0 [S: keiri-core]); not changed by the 2025 or 2026 reforms [C]",
                    "value": {
                        "income_upper": [24000000, 24500000, 25000000],
                        "amount": [430000, 290000, 150000],
                    },
                }
            ],
        },
        "spouse_income_limit": {
            "unit": "yen (spouse's total income, inclusive)",
            "description": "A spouse whose total income is at most this amount is a 同一生計配偶者 (counted for the non-taxable thresholds) and, if the taxpayer's total income is at most 10,000,000 yen, a 控除対象配偶者. Keyed by the fiscal year of the levy (the income year is the year before).",
            "values": [
                {
                    "effective": datetime.date(2021, 4, 1),
                    "value": 480000,
                    "source": "地方税法 第292条第1項第7号・第9号 (令和3年度分以降, 48万円)",
                },
                {
                    "effective": datetime.date(2026, 4, 1),
                    "value": 580000,
                    "source": "令和7年度地方税法改正 (FY2026 levy on 2025 income: 48万→58万); jp-payroll-facts.md section 4 [C: Tagajo, Inabe, Uchiko, Nomi, Ibaraki-town]; seido-keisan lib/juminzei-values.js NENDO[2026].fuyoLimit",
                },
                {
                    "effective": datetime.date(2027, 4, 1),
                    "value": 620000,
                    "source": "地方税法 第292条第1項第7号・第9号 as amended by 令和8年法律第2号 (e-Gov 325AC0000000226_20270101_508AC0000000002; 総務省 地方税法等の一部を改正する法律要綱 令和8年 p.1, soumu.go.jp/main_content/001060865.pdf), both listed by YouheiOonuki/seido-keisan lib/juminzei-values.js NENDO[2027].fuyoLimit 620,000 [S: not read on e-Gov directly]",
                },
            ],
        },
        "spouse_deduction": {
            "unit": "yen; taxpayer_income_upper are inclusive upper bounds of the taxpayer's total income",
            "description": "Resident-tax spouse deduction (配偶者控除) for a 控除対象配偶者 under 70, by the taxpayer's total income tier",
            "values": [
                {
                    "effective": datetime.date(2019, 4, 1),
                    "source": "地方税法 第314条の2第1項第10号 and 第34条第1項第10号; keiri-core data juminzei_r08.json shotoku_kojo.haigusha.ippan; seido-keisan lib/juminzei-values.js (haigusha [330000, 220000, 110000])",
                    "value": {
                        "taxpayer_income_upper": [9000000, 9500000, 10000000],
                        "amount": [330000, 220000, 110000],
                    },
                }
            ],
        },
        "spouse_special_deduction": {
            "unit": "yen; spouse_income_upper are inclusive upper bounds of the spouse's total income",
            "description": "Resident-tax spouse special deduction (配偶者特別控除) for a spouse whose total income exceeds spouse_income_limit: amount[i][tier] for the first spouse_income_upper[i] at least the spouse's income (tier = taxpayer income tier of spouse_deduction).",
            "values": [
                {
                    "effective": datetime.date(2019, 4, 1),
                    "source": "地方税法 第314条の2第1項第10号の2 (33万円 up to 100万円, then 38万円 less the excess over 93万1円 in 5万円 steps, 3万円 from 130万円 to 133万円; 2/3 and 1/3, rounded up to 10,000 yen, for the 9,500,000 and 10,000,000 tiers), as implemented from the e-Gov text by YouheiOonuki/seido-keisan lib/juminzei.js haigushaTokubetsuAmount; the bands are written out here.",
                    "value": {
                        "spouse_income_upper": [
                            1000000,
                            1050000,
                            1100000,
                            1150000,
                            1200000,
                            1250000,
                            1300000,
                            1330000,
                        ],
                        "amount": [
                            [330000, 220000, 110000],
                            [310000, 210000, 110000],
                            [260000, 180000, 90000],
                            [210000, 140000, 70000],
                            [160000, 110000, 60000],
                            [110000, 80000, 40000],
                            [60000, 40000, 20000],
                            [30000, 20000, 10000],
                        ],
                    },
                }
            ],
        },
        "dependent_deduction": {
            "unit": "yen per dependent",
            "description": "Resident-tax dependent deduction (扶養控除) per 控除対象扶養親族: general, specific (19-22), elderly (70+), elderly lineal ascendant living with the taxpayer (同居老親等)",
            "values": [
                {
                    "effective": datetime.date(2012, 4, 1),
                    "source": "地方税法 第314条の2第1項第11号・第4項 and 第34条; keiri-core data juminzei_r08.json shotoku_kojo (fuyo_ippan 330,000, fuyo_tokutei 450,000, fuyo_rojin 380,000, fuyo_dokyo_rooya 450,000); seido-keisan lib/juminzei-values.js; long-standing, the date only starts the period recorded here",
                    "value": {
                        "general": 330000,
                        "specific": 450000,
                        "elderly": 380000,
                        "elderly_parent_cohabiting": 450000,
                    },
                }
            ],
        },
        "adjustment_credit": {
            "unit": "yen (differences, threshold, floor, income limit) and percent (rates)",
            "description": "Adjustment credit (調整控除). The statutory personal-deduction differences (人的控除額の差, set by the law's table, not the actual differences) are summed: basic 50,000 always, plus the spouse difference by the taxpayer's income tier and the dependent differences. If the taxable income is at most threshold, the credit is rate x min(sum, taxable income); above it, rate x max(sum - (taxable income - threshold), floor). No credit when the total income exceeds income_limit. The municipal and prefectural parts are computed separately (3% and 2%), each rounded down to one yen and limited to its part of the income levy. A spouse above spouse_income_limit (not a 控除対象配偶者) adds spouse_special_difference[i][tier] for the first spouse_special_difference_below[i] (exclusive bound) above the spouse's total income, tier as for spouse_difference; nothing from the last bound on or above the last tier.",
            "values": [
                {
                    "effective": datetime.date(2021, 4, 1),
                    "source": "地方税法 第314条の6 (市町村 3%) and 第37条 (道府県 2%), table of 第37条第1号イ; keiri-core data juminzei_r08.json jinteki_kojo_sa and chosei_kojo; jp-payroll-facts.md section 4 [C: Koriyama city.koriyama.lg.jp/soshiki/30/5211.html, Fujisawa, Amakusa, Ashiya, Tsugaru; difference table unchanged by the reforms S: keiri-core]. Spouse special deduction row (第37条第1号イ, 配偶者特別控除: a spouse who is not a 控除対象配偶者 with total income under 500,000 yen: 50,000 / 40,000 / 20,000; 500,000 or more and under 550,000: 30,000 / 20,000 / 10,000, by the taxpayer's income tier up to 9M / 9.5M / 10M): the amounts are those of an independent review of the statute [S: not read in a retrieved copy of the law]; the absolute 500,000 / 550,000 bounds and the condition 'not a 控除対象配偶者' are confirmed by two public implementations that quote 第37条第1号イ [C for the bounds]. With the 480,000-yen spouse limit of FY2021-FY2025 the row applies to spouse incomes 480,001-549,999.",
                    "value": {
                        "basic_difference": 50000,
                        "spouse_difference": [50000, 40000, 20000],
                        "spouse_special_difference_below": [500000, 550000],
                        "spouse_special_difference": [[50000, 40000, 20000], [30000, 20000, 10000]],
                        "general_dependent_difference": 50000,
                        "specific_dependent_difference": 180000,
                        "elderly_dependent_difference": 100000,
                        "elderly_parent_cohabiting_difference": 130000,
                        "threshold": 2000000,
                        "floor": 50000,
                        "income_limit": 25000000,
                        "municipal_percent": 3,
                        "prefectural_percent": 2,
                    },
                },
                {
                    "effective": datetime.date(2026, 4, 1),
                    "source": "As FY2021-FY2025 (地方税法 第314条の6 and 第37条), except the spouse special deduction row. UNCONFIRMED: from the FY2026 levy the spouse limit is 580,000 yen (620,000 from FY2027), so a spouse under the statute's absolute 550,000-yen bound is always a 控除対象配偶者 and the row is empty, unless the FY2026 amendment shifted its bounds with the limit. Two public implementations that quote 第37条第1号イ after the amendment keep the absolute bounds (the row is empty: 'この加算は常に0'; '人的控除差は配偶者所得55万円未満の場合のみのため、令和9年度は全て0') [S]; no amended text of the law or municipal page was retrieved. Kept without the row.",
                    "value": {
                        "basic_difference": 50000,
                        "spouse_difference": [50000, 40000, 20000],
                        "spouse_special_difference_below": [],
                        "spouse_special_difference": [],
                        "general_dependent_difference": 50000,
                        "specific_dependent_difference": 180000,
                        "elderly_dependent_difference": 100000,
                        "elderly_parent_cohabiting_difference": 130000,
                        "threshold": 2000000,
                        "floor": 50000,
                        "income_limit": 25000000,
                        "municipal_percent": 3,
                        "prefectural_percent": 2,
                    },
                },
            ],
        },
        "income_levy_exemption": {
            "unit": "yen (total income, inclusive)",
            "description": "No income levy when the total income (総所得金額等) is at most per_person x (1 + number of 同一生計配偶者 and dependents, under-16s included) + base (+ dependants_add if that number is positive). Nationally uniform. A total income just above the limit has its income levy reduced so that total income - income levy does not fall below it.",
            "values": [
                {
                    "effective": datetime.date(2021, 4, 1),
                    "source": "地方税法 附則第3条の3 (所得割の非課税限度額 35万円 x 世帯人員 + 10万円 + 32万円, and the reduction for amounts just above it); keiri-core data juminzei_r08.json hikazei.shotokuwari; Tanagura town (town.tanagura.fukushima.jp/temporary/page000126.html: 調整措置額 = 限度額 - (総所得金額等 - 所得割額)); jp-payroll-facts.md section 4 [C: Edogawa city.edogawa.tokyo.jp/e013/kurashi/zeikin/juminzei/zei_gaiyo/hikazei.html, limo-78047]",
                    "value": {"per_person": 350000, "base": 100000, "dependants_add": 320000},
                }
            ],
        },
        "per_capita_exemption": {
            "unit": "yen (total income, inclusive)",
            "description": "No per-capita levy (and no levy at all) when the total income (合計所得金額) is at most per_person x (1 + number of 同一生計配偶者 and dependents, under-16s included) + base (+ dependants_add if that number is positive). The amounts are those of a grade-1 area (1級地: Tokyo's 23 wards, designated cities, most prefectural capitals); grade-2 and grade-3 municipalities multiply per_person and dependants_add by 0.9 and 0.8 by ordinance. Salary-only single person: 1,000,000 yen (FY2024-25), 1,100,000 yen (FY2026), 1,190,000 yen (FY2027).",
            "values": [
                {
                    "effective": datetime.date(2021, 4, 1),
                    "source": "地方税法 第295条第3項, 施行令 第47条の3, 施行規則 第9条の21第2項 (35万円 x 率 x 世帯人員 + 10万円 + 21万円 x 率); keiri-core data juminzei_r08.json hikazei.kintouwari (kyuchi 1); Edogawa city (Tokyo 23 wards, grade 1) [C]; 総務省 個人住民税 page 149767_03 (単身 1級地 110万円, 令和8年度) and 令和8年度 改正の概要 (非課税ライン 110万円→119万円), via seido-keisan lib/juminzei-values.js",
                    "value": {"per_person": 350000, "base": 100000, "dependants_add": 210000},
                }
            ],
        },
        "fixed_cut_per_person": {
            "unit": "yen per person",
            "description": "FY2024 fixed-amount resident tax cut (定額減税, 令和6年度分 特別税額控除): this amount for the taxpayer and for each 控除対象配偶者 and 扶養親族 (under-16s included), taken from the income levy after the adjustment credit, limited to it.",
            "values": [
                {
                    "effective": datetime.date(2024, 4, 1),
                    "value": 10000,
                    "source": "地方税法 附則 (令和6年度分の個人住民税の特別税額控除, 令和6年度税制改正; article number not confirmed); 総務省 leaflet as relayed by Inagi city (inagishi: Fixed Amount Reduction of Individual Resident Tax, 2024); jp-payroll-facts.md section 1 [C: limo-57040, Arakawa]; Setagaya (所得割額から調整控除額と定額減税額を差し引いた額, quoted in a public repository)",
                },
                {
                    "effective": datetime.date(2025, 4, 1),
                    "value": 0,
                    "source": "The cut applies to the FY2024 levy only (令和6年度分)",
                },
            ],
        },
        "fixed_cut_non_deductible_spouse": {
            "unit": "yen",
            "description": "FY2025 cut for a 同一生計配偶者 who was not a 控除対象配偶者 in the FY2024 levy (taxpayer's total income above 10,000,000 yen): taken from the FY2025 income levy.",
            "values": [
                {
                    "effective": datetime.date(2024, 4, 1),
                    "value": 0,
                    "source": "No such cut in the FY2024 levy (the FY2024 cut covers 控除対象配偶者 only; the other 同一生計配偶者 were deferred to FY2025: Inagi city 2024)",
                },
                {
                    "effective": datetime.date(2025, 4, 1),
                    "value": 10000,
                    "source": "地方税法 附則 (令和7年度分: 控除対象配偶者を除く同一生計配偶者に係る特別税額控除; article number not confirmed); Inagi city (2024: 'For spouses living in the same household excluding deductible spouses, 10,000 yen will be deducted from the income tax amount for the fiscal year 2025'); ark-outsourcing.com/news/detail_137.html",
                },
                {
                    "effective": datetime.date(2026, 4, 1),
                    "value": 0,
                    "source": "FY2025 only (令和7年度分)",
                },
            ],
        },
        "fixed_cut_income_limit": {
            "unit": "yen (taxpayer's total income, inclusive)",
            "description": "Only taxpayers whose total income for the levy is at most this amount receive the fixed-amount cuts",
            "values": [
                {
                    "effective": datetime.date(2024, 4, 1),
                    "value": 18050000,
                    "source": "地方税法 附則 (令和6年度分 特別税額控除, 合計所得金額1,805万円以下); Inagi city (total income 18.05 million yen or less; salary only 20 million); jp-payroll-facts.md section 1 [C]",
                }
            ],
        },
    }
