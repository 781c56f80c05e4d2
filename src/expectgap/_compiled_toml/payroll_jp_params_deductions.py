"""``payroll/jp/params/deductions.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``payroll/jp/params/deductions.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "topic": "deductions and credits of the year-end adjustment beyond the spouse and dependants",
            "description": "Personal deductions (disability, widow, single parent, working student, specific relatives), insurance premium deductions (life, earthquake), the small-business mutual aid deduction (iDeCo included) and the housing-loan credit with its spill-over into the resident tax. Income tax values are keyed by the calendar year of the income (effective YYYY-01-01); resident tax values by the fiscal year of the levy (effective YYYY-04-01, on the income of the year before).",
        },
        "personal_income_tax": {
            "unit": "yen per person (deduction from total income)",
            "description": "Income tax: 障害者控除 (disabled 270,000; special 400,000; special living with the taxpayer, spouse or dependant only, 750,000), 寡婦控除 270,000, ひとり親控除 350,000, 勤労学生控除 270,000.",
            "values": [
                {
                    "effective": datetime.date(2020, 1, 1),
                    "value": {
                        "disabled": 270000,
                        "special_disabled": 400000,
                        "cohabiting_special_disabled": 750000,
                        "widow": 270000,
                        "single_parent": 350000,
                        "working_student": 270000,
                    },
                    "source": "所得税法 第79条 (障害者控除), 第80条 (寡婦控除), 第81条 (ひとり親控除), 第82条 (勤労学生控除); NTA タックスアンサー No.1160, No.1170, No.1171, No.1175, checked word for word in ../shared/data/jp-official-tables/gensen_kojo_r07.json (令和7年分). The 令和8年度 amendment raises ひとり親控除 to 380,000 from 令和9年分, outside the years held here [S for that note]",
                }
            ],
        },
        "personal_income_limits": {
            "unit": "yen of the taxpayer's total income (合計所得金額), inclusive",
            "description": "Income limits of the taxpayer for the widow, single-parent and working-student deductions",
            "values": [
                {
                    "effective": datetime.date(2020, 1, 1),
                    "value": {
                        "widow": 5000000,
                        "single_parent": 5000000,
                        "working_student": 750000,
                    },
                    "source": "所得税法 第2条第1項第30号・第31号・第32号 (合計所得金額 500万円以下; 勤労学生 75万円以下); NTA No.1170, No.1171, No.1175",
                },
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": {
                        "widow": 5000000,
                        "single_parent": 5000000,
                        "working_student": 850000,
                    },
                    "source": "令和7年度税制改正: 勤労学生の合計所得金額要件 75万円→85万円, 令和7年分から (NTA No.1175 の注記, as quoted in ../shared/data/jp-official-tables/gensen_kojo_r07.json)",
                },
            ],
        },
        "personal_resident_tax": {
            "unit": "yen per person (deduction from total income)",
            "description": "Resident tax amounts of the same personal deductions (地方税法 第314条の2)",
            "values": [
                {
                    "effective": datetime.date(2021, 4, 1),
                    "value": {
                        "disabled": 260000,
                        "special_disabled": 300000,
                        "cohabiting_special_disabled": 530000,
                        "widow": 260000,
                        "single_parent": 300000,
                        "working_student": 260000,
                    },
                    "source": "地方税法 第314条の2第1項 (市町村民税) / 第34条第1項 (道府県民税), as extracted in ../shared/data/jp-official-tables/juminzei_r08.json (shotoku_kojo, 令和8年分の所得): shogai 260,000 / 300,000 / 530,000, kafu 260,000, hitorioya 300,000, kinro_gakusei 260,000",
                }
            ],
        },
        "personal_resident_income_limits": {
            "unit": "yen of the taxpayer's total income of the income year, inclusive",
            "description": "Income limits for the widow, single-parent and working-student deductions of the resident tax",
            "values": [
                {
                    "effective": datetime.date(2021, 4, 1),
                    "value": {
                        "widow": 5000000,
                        "single_parent": 5000000,
                        "working_student": 750000,
                    },
                    "source": "地方税法 第292条第1項第11号・第12号・第13号 (as for the income tax)",
                },
                {
                    "effective": datetime.date(2026, 4, 1),
                    "value": {
                        "widow": 5000000,
                        "single_parent": 5000000,
                        "working_student": 850000,
                    },
                    "source": "令和7年度税制改正 (勤労学生 85万円, 令和8年度分の個人住民税から) [S]",
                },
            ],
        },
        "personal_differences": {
            "unit": "yen per person (人的控除差, adjustment credit base)",
            "description": "Differences added to the adjustment credit base (調整控除, 地方税法 第37条第1号イ / 第314条の6第1号イ): disabled 10,000, special 100,000, cohabiting special 220,000, widow 10,000, single parent 50,000 (mother) or 10,000 (father), working student 10,000.",
            "values": [
                {
                    "effective": datetime.date(2021, 4, 1),
                    "value": {
                        "disabled": 10000,
                        "special_disabled": 100000,
                        "cohabiting_special_disabled": 220000,
                        "widow": 10000,
                        "single_mother": 50000,
                        "single_father": 10000,
                        "working_student": 10000,
                    },
                    "source": "地方税法 第37条第1号イ・第314条の6第1号イ and 地方税法施行令 (ひとり親: 母 5万円, 父 1万円), as extracted in ../shared/data/jp-official-tables/juminzei_r08.json (jinteki_kojo_sa)",
                }
            ],
        },
        "resident_nontaxable_income": {
            "unit": "yen of the total income of the income year, inclusive",
            "description": "A disabled person, a widow or a single parent with a total income up to this amount pays no resident tax at all (地方税法 第295条第1項第2号); judged before the other non-taxable limits. Only the taxpayer's own disability counts (pass ``taxpayer_disabled``).",
            "values": [
                {
                    "effective": datetime.date(2021, 4, 1),
                    "value": 1350000,
                    "source": "地方税法 第295条第1項第2号 (障害者・未成年者・寡婦・ひとり親で前年の合計所得金額が135万円以下), as quoted in ../shared/data/jp-official-tables/juminzei_r08.json (hikazei._shogaisha_note)",
                }
            ],
        },
        "specific_relative_income_tax": {
            "unit": "yen: relative's total income upper bounds (inclusive) and the deduction of each band",
            "description": "特定親族特別控除 (from 2025): for each relative aged 19 to 22 whose total income is above the dependant limit and at most the last bound, the deduction of the relative's income band.",
            "values": [
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": {
                        "income_above": 580000,
                        "income_upper": [
                            850000,
                            900000,
                            950000,
                            1000000,
                            1050000,
                            1100000,
                            1150000,
                            1200000,
                            1230000,
                        ],
                        "amount": [
                            630000,
                            610000,
                            510000,
                            410000,
                            310000,
                            210000,
                            110000,
                            60000,
                            30000,
                        ],
                    },
                    "source": "租税特別措置法 第41条の16の3 (令和7年度税制改正で新設), NTA タックスアンサー No.1177 特定親族特別控除 (58万円超85万円以下 63万円 ... 120万円超123万円以下 3万円) [S: the band table was not read in a retrieved copy]",
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "value": {
                        "income_above": 620000,
                        "income_upper": [
                            850000,
                            900000,
                            950000,
                            1000000,
                            1050000,
                            1100000,
                            1150000,
                            1200000,
                            1230000,
                        ],
                        "amount": [
                            630000,
                            610000,
                            510000,
                            410000,
                            310000,
                            210000,
                            110000,
                            60000,
                            30000,
                        ],
                    },
                    "source": "As for 2025; the lower bound follows the dependant income limit of 620,000 yen from 令和8年分 (令和8年度税制改正) [S] UNCONFIRMED",
                },
            ],
        },
        "specific_relative_resident_tax": {
            "unit": "yen: relative's total income upper bounds (inclusive) and the deduction of each band",
            "description": "Resident tax amounts of the specific-relative deduction (from the FY2026 levy)",
            "values": [
                {
                    "effective": datetime.date(2026, 4, 1),
                    "value": {
                        "income_above": 580000,
                        "income_upper": [
                            850000,
                            900000,
                            950000,
                            1000000,
                            1050000,
                            1100000,
                            1150000,
                            1200000,
                            1230000,
                        ],
                        "amount": [
                            450000,
                            450000,
                            450000,
                            410000,
                            310000,
                            210000,
                            110000,
                            60000,
                            30000,
                        ],
                    },
                    "source": "地方税法 第314条の2 (令和7年度改正, 令和8年度分から): 95万円以下 45万円, then as for the income tax [S] UNCONFIRMED; no adjustment-credit difference is added for it (UNCONFIRMED)",
                },
                {
                    "effective": datetime.date(2027, 4, 1),
                    "value": {
                        "income_above": 620000,
                        "income_upper": [
                            850000,
                            900000,
                            950000,
                            1000000,
                            1050000,
                            1100000,
                            1150000,
                            1200000,
                            1230000,
                        ],
                        "amount": [
                            450000,
                            450000,
                            450000,
                            410000,
                            310000,
                            210000,
                            110000,
                            60000,
                            30000,
                        ],
                    },
                    "source": "As for FY2026 with the 620,000-yen dependant limit of the 2026 income [S] UNCONFIRMED",
                },
            ],
        },
        "life_insurance_income_tax": {
            "unit": "yen: premium bounds (inclusive) with the deduction = premium x numerator / denominator + add, rounded up to one yen",
            "description": "生命保険料控除 (所得税法 第76条): each of the three new-contract categories (general, care and medical, private pension) and the two old-contract categories (general, pension) by its own band table; a category with both new and old premiums takes the larger of the old-only amount and the combined amount capped at the new cap; the three categories together are capped.",
            "values": [
                {
                    "effective": datetime.date(2012, 1, 1),
                    "value": {
                        "new_upper": [20000, 40000, 80000],
                        "new_numerator": [1, 1, 1, 0],
                        "new_denominator": [1, 2, 4, 1],
                        "new_add": [0, 10000, 20000, 40000],
                        "new_cap": 40000,
                        "old_upper": [25000, 50000, 100000],
                        "old_numerator": [1, 1, 1, 0],
                        "old_denominator": [1, 2, 4, 1],
                        "old_add": [0, 12500, 25000, 50000],
                        "old_cap": 50000,
                        "total_cap": 120000,
                    },
                    "source": "所得税法 第76条第1項〜第4項 and 第7項; NTA タックスアンサー No.1140 生命保険料控除 (計算式 I: 2万円以下 全額, 4万円以下 ×1/2+1万円, 8万円以下 ×1/4+2万円, 超 一律4万円; 計算式 II: 2.5万円以下 全額, 5万円以下 ×1/2+1.25万円, 10万円以下 ×1/4+2.5万円, 超 一律5万円; 合計 12万円) [S]",
                }
            ],
        },
        "life_insurance_resident_tax": {
            "unit": "yen: premium bounds (inclusive) with the deduction = premium x numerator / denominator + add, rounded up to one yen",
            "description": "The resident tax's life insurance deduction (地方税法 第314条の2第1項第5号), same structure",
            "values": [
                {
                    "effective": datetime.date(2013, 4, 1),
                    "value": {
                        "new_upper": [12000, 32000, 56000],
                        "new_numerator": [1, 1, 1, 0],
                        "new_denominator": [1, 2, 4, 1],
                        "new_add": [0, 6000, 14000, 28000],
                        "new_cap": 28000,
                        "old_upper": [15000, 40000, 70000],
                        "old_numerator": [1, 1, 1, 0],
                        "old_denominator": [1, 2, 4, 1],
                        "old_add": [0, 7500, 17500, 35000],
                        "old_cap": 35000,
                        "total_cap": 70000,
                    },
                    "source": "地方税法 第314条の2第1項第5号・第34条第1項第5号 (新契約: 1.2万円以下 全額, 3.2万円以下 ×1/2+6千円, 5.6万円以下 ×1/4+1.4万円, 超 2.8万円; 旧契約: 1.5万円以下 全額, 4万円以下 ×1/2+7,500円, 7万円以下 ×1/4+1.75万円, 超 3.5万円; 合計 7万円) [S]",
                }
            ],
        },
        "earthquake_insurance": {
            "unit": "yen",
            "description": "地震保険料控除: earthquake premiums deducted in full up to earthquake_cap (resident tax: half, up to the cap); old long-term damage insurance (旧長期損害保険料) by its band table; the two together capped at total_cap.",
            "values": [
                {
                    "effective": datetime.date(2007, 1, 1),
                    "value": {
                        "income_tax": {
                            "earthquake_numerator": 1,
                            "earthquake_denominator": 1,
                            "earthquake_cap": 50000,
                            "old_upper": [10000, 20000],
                            "old_numerator": [1, 1, 0],
                            "old_denominator": [1, 2, 1],
                            "old_add": [0, 5000, 15000],
                            "total_cap": 50000,
                        },
                        "resident_tax": {
                            "earthquake_numerator": 1,
                            "earthquake_denominator": 2,
                            "earthquake_cap": 25000,
                            "old_upper": [5000, 15000],
                            "old_numerator": [1, 1, 0],
                            "old_denominator": [1, 2, 1],
                            "old_add": [0, 2500, 10000],
                            "total_cap": 25000,
                        },
                    },
                    "source": "所得税法 第77条; 地方税法 第314条の2第1項第5号の3; NTA タックスアンサー No.1145 地震保険料控除 (所得税: 地震 5万円まで全額, 旧長期 1万円以下 全額, 2万円以下 ×1/2+5千円, 超 1.5万円, 合計 5万円; 住民税: 地震 ×1/2 最高2.5万円, 旧長期 5千円以下 全額, 1.5万円以下 ×1/2+2,500円, 超 1万円, 合計 2.5万円) [S]",
                }
            ],
        },
        "housing_loan_spillover": {
            "unit": "rate per 100 of the income tax's taxable income; cap in yen",
            "description": "住宅借入金等特別控除 not used against the income tax is credited against the following fiscal year's resident tax income levy, up to rate% of the income tax's taxable income (課税総所得金額等) and the cap (for homes occupied from 2022: 5%, 97,500 yen; occupied 2014-2021 under the 8% or 10% consumption tax: 7%, 136,500 yen), split between the municipal and prefectural levies in proportion to their rates (3:2; 4:1 in designated cities).",
            "values": [
                {
                    "effective": datetime.date(2014, 4, 1),
                    "value": {
                        "from_2022": {"percent": 5, "cap": 97500},
                        "before_2022": {"percent": 7, "cap": 136500},
                    },
                    "source": "地方税法 附則第5条の4の2; 総務省 個人住民税における住宅借入金等特別税額控除 (令和4年度税制改正: 令和4年以後の入居 5%・97,500円; 平成26年〜令和3年入居 (消費税8%・10%) 7%・136,500円) [S]",
                }
            ],
        },
        "hometown_donation": {
            "unit": "yen and percent; special rates per 100,000 over the brackets of (resident-tax taxable income - personal-deduction differences)",
            "description": "ふるさと納税 (donations to local governments). Income tax (without the one-stop exception): deduction min(donation, income_cap_percent of total income) - self_burden. Resident tax of the next fiscal year: basic credit (min(donation, basic_income_cap_percent of total income) - self_burden) x basic_percent, split like the standard income levy (6:4, 8:2 in a designated city); special credit (donation - self_burden) x the special rate of the bracket (the rate below zero when the bracket base is negative), capped at special_cap_percent of each part's income levy after the adjustment credit, split 3:2 (4:1); with the one-stop exception the special credit x one_stop_numerator / special rate of the bracket is credited as well. Each credit is rounded up to one yen (UNCONFIRMED rounding).",
            "values": [
                {
                    "effective": datetime.date(2016, 4, 1),
                    "value": {
                        "self_burden": 2000,
                        "income_cap_percent": 40,
                        "basic_percent": 10,
                        "basic_income_cap_percent": 30,
                        "special_cap_percent": 20,
                        "bracket_upper": [1950000, 3300000, 6950000, 9000000, 18000000, 40000000],
                        "special_per_100000": [84895, 79790, 69580, 66517, 56307, 49160, 44055],
                        "below_zero_per_100000": 90000,
                        "one_stop_numerator_per_100000": [
                            5105,
                            10210,
                            20420,
                            23483,
                            33693,
                            40840,
                            45945,
                        ],
                    },
                    "source": "所得税法 第78条 (寄附金控除: 総所得金額等の40%, 2,000円); 地方税法 第37条の2・第314条の7 (基本控除 10%, 30%; 特例控除 20%上限) and 附則第5条の6 (特例控除額の割合の読替え: 84.895 / 79.79 / 69.58 / 66.517 / 56.307 / 49.16 / 44.055%, 0円未満 90%) and 附則第5条の7 (申告特例控除: 5.105/84.895 ... 45.945/44.055), as extracted in ../shared/data/jp-official-tables/juminzei_r08.json (furusato); the 90% below zero and the one-stop ratios from 総務省 ふるさと納税ポータル 控除額の計算 [S]; the split 3:2 (4:1) of the special credit follows 第37条の2 / 第314条の7 (道府県民税 2/5, 市町村民税 3/5) [S]",
                }
            ],
        },
    }
