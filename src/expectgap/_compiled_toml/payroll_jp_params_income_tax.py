"""``payroll/jp/params/income_tax.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``payroll/jp/params/income_tax.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "topic": "income tax (所得税) and reconstruction surtax (復興特別所得税), year-end adjustment",
            "description": "Statutory values for the annual income tax of an employee settled by the year-end adjustment (年末調整). Values that depend on the tax year are keyed by the first day of the calendar year they apply to: the 2025 reform (enacted 2025-12-01) and the 2026 reform (reported enacted 2026-12-01) both apply to the whole of their year, so they carry effective = 2025-01-01 and 2026-01-01.",
        },
        "rate_table": {
            "unit": "yen (taxable income, inclusive upper bounds) and percent",
            "description": "Quick-calculation table (速算表): tax = taxable income x rate_percent / 100 - deduction, for the first band whose inclusive upper bound is at least the taxable income (the last band is open).",
            "values": [
                {
                    "effective": datetime.date(2015, 1, 1),
                    "source": "所得税法 第89条第1項 (45% band from 2015); NTA タックスアンサー No.2260 所得税の税率 (https://www.nta.go.jp/taxes/shiraberu/taxanswer/shotoku/2260.htm); jp-payroll-facts.md section 1 [C: gist-2260 and independent repositories]; unchanged in 2024, 2025 and 2026.",
                    "value": {
                        "upper": [1949000, 3299000, 6949000, 8999000, 17999000, 39999000],
                        "rate_percent": [5, 10, 20, 23, 33, 40, 45],
                        "deduction": [0, 97500, 427500, 636000, 1536000, 2796000, 4796000],
                    },
                }
            ],
        },
        "reconstruction_surtax_per_mille": {
            "unit": "per mille of the base income tax (基準所得税額)",
            "description": "Special income tax for reconstruction: 2.1% of the base income tax for the tax years 2013 to 2037. The year-end adjustment multiplies the annual income tax by 102.1% (年調年税額).",
            "values": [
                {
                    "effective": datetime.date(2013, 1, 1),
                    "value": 21,
                    "source": "東日本大震災からの復興のための施策を実施するために必要な財源の確保に関する特別措置法 (復興財源確保法) 第13条 (基準所得税額 x 2.1%), levied for 平成25年 to 令和19年; NTA No.2260; jp-payroll-facts.md section 1 [keiri-core, code cites No.2260]",
                },
                {
                    "effective": datetime.date(2038, 1, 1),
                    "value": 0,
                    "source": "復興財源確保法: the surtax applies to the tax years 2013 (平成25年) through 2037 (令和19年) only; NTA No.2260",
                },
            ],
        },
        "taxable_income_unit": {
            "unit": "yen",
            "description": "Taxable income (課税総所得金額) is rounded down to a multiple of this amount",
            "values": [
                {
                    "effective": datetime.date(1962, 4, 1),
                    "value": 1000,
                    "source": "国税通則法 第118条第1項 (課税標準の1,000円未満の端数切捨て); NTA 年末調整のしかた (課税給与所得金額は1,000円未満切捨て); jp-payroll-facts.md section 1 [C]; long-standing, the date only starts the period recorded here",
                }
            ],
        },
        "annual_tax_unit": {
            "unit": "yen",
            "description": "The annual tax after the year-end adjustment (年調年税額, surtax included) is rounded down to a multiple of this amount",
            "values": [
                {
                    "effective": datetime.date(2013, 1, 1),
                    "value": 100,
                    "source": "国税通則法 第119条第1項 (確定金額の100円未満の端数切捨て); NTA 令和7年分/令和8年分 年末調整のしかた 109.pdf p.39 (年調所得税額 x 102.1%, 100円未満切捨て), transcribed by YouheiOonuki/seido-keisan lib/tax2026.js; jp-payroll-facts.md section 1 [S]",
                }
            ],
        },
        "employment_income_table": {
            "unit": "yen; breaks are exclusive upper bounds of the salary bands, multipliers are per mille",
            "description": 'Employment income (給与所得控除後の給与等の金額) from the annual salary S, band by band: income = base x multiplier_per_mille / 1000 + add, rounded down to one yen, where base is the salary S ("salary") or A = S / quarter_divisor rounded down to a multiple of quarter_unit ("quarter"). Below 6,600,000 yen this reproduces table 5 of the Income Tax Act (所得税法別表第五) exactly; from 6,600,000 yen it is the statutory formula (所得税法第28条第3項). The band list has one more entry than breaks (the last band is open).',
            "values": [
                {
                    "effective": datetime.date(2020, 1, 1),
                    "source": "所得税法 第28条第3項・第4項 and 別表第五 (令和2年分以降, unchanged through 2024); NTA No.1410; municipal algorithm of the table [C: Nomi city.nomi.ishikawa.jp/www/contents/1766472810635, Tagajo city.tagajo.miyagi.jp/shize/kurashi/zekin/oshirase/juminze/r8kaisei.html]; jp-payroll-facts.md section 2 (before 2025). Used for the 2024 income tax and for the 2023 and 2024 salaries of the FY2024 and FY2025 resident tax.",
                    "value": {
                        "quarter_divisor": 4,
                        "quarter_unit": 1000,
                        "breaks": [
                            551000,
                            1619000,
                            1620000,
                            1622000,
                            1624000,
                            1628000,
                            1800000,
                            3600000,
                            6600000,
                            8500000,
                        ],
                        "base": [
                            "salary",
                            "salary",
                            "salary",
                            "salary",
                            "salary",
                            "salary",
                            "quarter",
                            "quarter",
                            "quarter",
                            "salary",
                            "salary",
                        ],
                        "multiplier_per_mille": [0, 1000, 0, 0, 0, 0, 2400, 2800, 3200, 900, 1000],
                        "add": [
                            0,
                            -550000,
                            1069000,
                            1070000,
                            1072000,
                            1074000,
                            100000,
                            -80000,
                            -440000,
                            -1100000,
                            -1950000,
                        ],
                    },
                },
                {
                    "effective": datetime.date(2025, 1, 1),
                    "source": "所得税法 第28条・別表第五 as amended by 令和7年度税制改正 (minimum deduction 650,000 yen, enacted 2025-12-01, applies to all of 2025) [C: NTA-1-3 nta.go.jp/publication/pamph/hotei/tebikihtml/1-3.htm, Tagajo, Inabe, Uchiko, Nomi]; keiri-core data juminzei_r08.json kyuyo_shotoku (hyo5_zero_under 651,000, hyo5_flat_upper 1,900,000, hyo5_step 4,000, checked against all 1,175 rows of 別表第五); jp-payroll-facts.md section 2.",
                    "value": {
                        "quarter_divisor": 4,
                        "quarter_unit": 1000,
                        "breaks": [651000, 1900000, 3600000, 6600000, 8500000],
                        "base": ["salary", "salary", "quarter", "quarter", "salary", "salary"],
                        "multiplier_per_mille": [0, 1000, 2800, 3200, 900, 1000],
                        "add": [0, -650000, -80000, -440000, -1100000, -1950000],
                    },
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "source": "[C] NTA 令和8年分 年末調整のしかた (nta.go.jp/publication/pamph/gensen/nencho2026/pdf/114.pdf) pp. 47-54 給与所得控除後の給与等の金額の表, checked row by row against this table by an independent review (1,103 rows, 0 mismatches), which confirms that the 740,000-yen special minimum applies at the December 2026 year-end adjustment. Legal basis: 租税特別措置法 第29条の4 (令和8年・令和9年の給与所得控除の最低控除額等の特例, 740,000 yen; zero under 741,000, flat up to 2,191,000, quantised bands 1,451,000 / 1,453,000 / 1,456,000 below 2,193,000 / 2,196,000 / 2,200,000, 別表第五 unchanged from 2,200,000), as also quoted by keiri-core data juminzei_r08.json kyuyo_shotoku_r8. Applies to the 2026 income tax (year-end adjustment) and, through 地方税法 第32条・第313条, to the FY2027 resident tax; the 2026 monthly withholding does not use it. The 2028+ permanent minimum (690,000) is not modelled.",
                    "value": {
                        "quarter_divisor": 4,
                        "quarter_unit": 1000,
                        "breaks": [
                            741000,
                            2191000,
                            2193000,
                            2196000,
                            2200000,
                            3600000,
                            6600000,
                            8500000,
                        ],
                        "base": [
                            "salary",
                            "salary",
                            "salary",
                            "salary",
                            "salary",
                            "quarter",
                            "quarter",
                            "salary",
                            "salary",
                        ],
                        "multiplier_per_mille": [0, 1000, 0, 0, 0, 2800, 3200, 900, 1000],
                        "add": [
                            0,
                            -740000,
                            1451000,
                            1453000,
                            1456000,
                            -80000,
                            -440000,
                            -1100000,
                            -1950000,
                        ],
                    },
                },
            ],
        },
        "income_adjustment_deduction": {
            "unit": "yen (salary bounds) and percent",
            "description": "Income amount adjustment deduction for a salary earner with a child or a special-disabled person (所得金額調整控除, 子ども・特別障害者等を有する者等): when the annual salary S exceeds salary_from and the taxpayer is a 特別障害者, or has a dependent (扶養親族, under-16s included) aged under 23, or a 特別障害者 同一生計配偶者 or dependent, the deduction is (min(S, salary_cap) - salary_from) x rate_percent / 100, a fraction of a yen rounded UP (at most 150,000 yen). It is taken from the employment income (給与所得控除後の給与等の金額), so it lowers the total income (合計所得金額) that sets the basic-deduction tier, the spouse tiers and the 2024 cut limit, and it applies in the same amount to the resident tax of the following fiscal year.",
            "values": [
                {
                    "effective": datetime.date(2020, 1, 1),
                    "source": "租税特別措置法 第41条の3の11第1項 (令和2年分以後; numbered 第41条の3の3 until the 令和6年度改正 inserted the 2024 fixed-amount cut articles, as noted by two public implementations that cite both numbers); NTA タックスアンサー No.1411 所得金額調整控除 (https://www.nta.go.jp/taxes/shiraberu/taxanswer/shotoku/1411.htm: (給与等の収入金額 (1,000万円 超は1,000万円) - 850万円) x 10%, 1円未満切上げ), cited with these numbers by several independent public implementations [C: the formula, the bounds and the rounding up]. Resident tax: 地方税法 第32条第2項・第313条第2項 (総所得金額は所得税に関する法令の例により算定) [S: by the statute's reference; public implementations apply the same amount to both taxes]. Unchanged through 2026.",
                    "value": {"salary_from": 8500000, "salary_cap": 10000000, "rate_percent": 10},
                }
            ],
        },
        "basic_deduction": {
            "unit": "yen; income_upper are inclusive upper bounds of the taxpayer's total income (合計所得金額)",
            "description": "Basic deduction (基礎控除) for income tax by the taxpayer's total income: amount[i] for the first income_upper[i] at least the total income, 0 above the last bound.",
            "values": [
                {
                    "effective": datetime.date(2020, 1, 1),
                    "source": "所得税法 第86条第1項 (令和2年分以降: 48万/32万/16万/0); jp-payroll-facts.md section 3, 2024 column [C: credo-tax.jp/column/1498, ibs-tax.com/8804, shimizukk.net, maeda-office]",
                    "value": {
                        "income_upper": [24000000, 24500000, 25000000],
                        "amount": [480000, 320000, 160000],
                    },
                },
                {
                    "effective": datetime.date(2025, 1, 1),
                    "source": "所得税法 第86条第1項 (base 580,000 from 2025) and 租税特別措置法 第41条の16の2 (additions +370,000 / +300,000 / +100,000 / +50,000) as enacted by 令和7年度税制改正 (applies to all of 2025); keiri-core data juminzei_r08.json shotokuzei_kiso_kojo; NTA 令和7年分 年末調整のしかた 115.pdf p.56 (via YouheiOonuki/seido-keisan lib/tax2026.js); jp-payroll-facts.md section 3, 2025 column [C: credo, ibs, shimizu, maeda]",
                    "value": {
                        "income_upper": [
                            1320000,
                            3360000,
                            4890000,
                            6550000,
                            23500000,
                            24000000,
                            24500000,
                            25000000,
                        ],
                        "amount": [950000, 880000, 680000, 630000, 580000, 480000, 320000, 160000],
                    },
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "source": "所得税法 第86条第1項 (base 620,000, e-Gov version effective 2026-12-01) and 租税特別措置法 第41条の16の2第1項 (2026-2027 additions +420,000 up to 4,890,000 and +50,000 up to 6,550,000), applied to all of 2026; keiri-core data juminzei_r08.json shotokuzei_kiso_kojo_r8 (checked against e-Gov 2026-07-21); NTA 令和8年分 年末調整のしかた 115.pdf p.56 (via YouheiOonuki/seido-keisan lib/tax2026.js); jp-payroll-facts.md section 3, 2026 column [C: tax-sos, tokuyama-955, keiri-core]. The retroactive enactment itself is [S] (keiri-core).",
                    "value": {
                        "income_upper": [4890000, 6550000, 23500000, 24000000, 24500000, 25000000],
                        "amount": [1040000, 670000, 620000, 480000, 320000, 160000],
                    },
                },
            ],
        },
        "spouse_income_limit": {
            "unit": "yen (spouse's total income, inclusive)",
            "description": "A spouse whose total income is at most this amount is a 同一生計配偶者 and, when the taxpayer's total income is at most 10,000,000 yen, a 控除対象配偶者 (spouse deduction). Above it and up to the last bound of spouse_special_deduction the spouse special deduction applies. The same limit is the income requirement of a dependent (扶養親族).",
            "values": [
                {
                    "effective": datetime.date(2020, 1, 1),
                    "value": 480000,
                    "source": "所得税法 第2条第1項第33号 (令和2年分以降); NTA No.1191 配偶者控除; jp-payroll-facts.md section 4 (48万)",
                },
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": 580000,
                    "source": "令和7年度税制改正 (48万→58万, applies to all of 2025); NTA No.1180 注記 (令和7年12月1日施行・令和7年分から適用) as quoted in gensen_kojo_r07.json; jp-payroll-facts.md section 4 [C: Tagajo, Inabe, Uchiko, Nomi, Ibaraki-town]; NTA 令和7年分 年末調整のしかた (via seido-keisan lib/tax2026.js fuyoLimit 580,000)",
                },
                {
                    "effective": datetime.date(2026, 1, 1),
                    "value": 620000,
                    "source": "令和8年度税制改正; NTA 令和8年分 年末調整のしかた 102.pdf p.4 (扶養親族・同一生計配偶者の所得要件 62万円), transcribed by YouheiOonuki/seido-keisan lib/tax2026.js (fuyoLimit 620,000) and keiri-core nencho core (同一生計配偶者 合計所得62万円以下) [S: not read on nta.go.jp]",
                },
            ],
        },
        "spouse_deduction": {
            "unit": "yen; taxpayer_income_upper are inclusive upper bounds of the taxpayer's total income",
            "description": "Spouse deduction (配偶者控除) for a 控除対象配偶者 under 70, by the taxpayer's total income tier (9,000,000 / 9,500,000 / 10,000,000 yen); none above the last tier.",
            "values": [
                {
                    "effective": datetime.date(2018, 1, 1),
                    "source": "所得税法 第83条第1項 (平成30年分以降); NTA No.1191; NTA 令和7年分・令和8年分 年末調整のしかた 115.pdf p.55 (配偶者控除等の一覧表, via YouheiOonuki/seido-keisan lib/tax2026.js haigusha [380000, 260000, 130000])",
                    "value": {
                        "taxpayer_income_upper": [9000000, 9500000, 10000000],
                        "amount": [380000, 260000, 130000],
                    },
                }
            ],
        },
        "spouse_special_deduction": {
            "unit": "yen; spouse_income_upper are inclusive upper bounds of the spouse's total income",
            "description": "Spouse special deduction (配偶者特別控除) for a spouse whose total income exceeds spouse_income_limit: amount[i][tier] for the first spouse_income_upper[i] at least the spouse's income, tier = the taxpayer's income tier of spouse_deduction; none above the last bound or when the taxpayer's total income exceeds 10,000,000 yen.",
            "values": [
                {
                    "effective": datetime.date(2020, 1, 1),
                    "source": "所得税法 第83条の2第1項; NTA No.1195 配偶者特別控除; NTA 令和7年分 and 令和8年分 年末調整のしかた 115.pdf p.55 (配偶者控除等の一覧表), transcribed by YouheiOonuki/seido-keisan lib/tax2026.js haigushaTokubetsu (identical for 2025 and 2026; the lower bound is spouse_income_limit, so the bands above 950,000 yen are the same in 2024).",
                    "value": {
                        "spouse_income_upper": [
                            950000,
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
                            [380000, 260000, 130000],
                            [360000, 240000, 120000],
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
            "description": "Dependent deduction (扶養控除) per 控除対象扶養親族 (aged 16 or over): general, specific (特定扶養親族, aged 19 to 22), elderly (老人扶養親族, 70 or over) and elderly lineal ascendant living with the taxpayer (同居老親等). Dependents under 16 get no deduction.",
            "values": [
                {
                    "effective": datetime.date(2011, 1, 1),
                    "source": "所得税法 第84条第1項 and 租税特別措置法 第41条の16 (同居老親等); NTA タックスアンサー No.1180 (verified word for word per ../data/jp-official-tables/gensen_kojo_r07.json fuyo: 380,000 / 630,000 / 480,000 / 580,000); unchanged in 2024-2026 (NTA 令和8年分 年末調整のしかた 115.pdf p.56 via seido-keisan lib/tax2026.js); long-standing, the date only starts the period recorded here",
                    "value": {
                        "general": 380000,
                        "specific": 630000,
                        "elderly": 480000,
                        "elderly_parent_cohabiting": 580000,
                    },
                }
            ],
        },
        "fixed_tax_cut_per_person": {
            "unit": "yen per person",
            "description": "2024 fixed-amount income tax cut (定額減税, 令和6年分特別税額控除): this amount for the taxpayer and for each resident 同一生計配偶者 and 扶養親族 (dependents under 16 included), limited to the income tax. It is taken from the income tax before the reconstruction surtax: the year-end adjustment computes 年調所得税額 - 年調減税額 and multiplies that by 102.1% (see the module docs).",
            "values": [
                {
                    "effective": datetime.date(2024, 1, 1),
                    "value": 30000,
                    "source": "租税特別措置法 第41条の3の3 (令和6年分所得税の特別控除; article number [S], as cited for the NTA FAQ); NTA 定額減税特設サイト (https://www.nta.go.jp/users/gensen/teigakugenzei/index.htm); jp-payroll-facts.md section 1 [C: limo-57040, Arakawa]; ark-outsourcing.com/news/detail_137.html; carnet-tax.com 2024-06-01. Order vs the surtax: the cut is a credit against the income tax, so the base income tax of 復興財源確保法 (income tax after tax credits) is the amount after the cut; the NTA 令和6年分 年末調整のしかた computes 年調減税額控除後の年調所得税額 x 102.1% [S: from the booklet's layout, not re-read here; no retrieved page states it, see the module docs]",
                },
                {
                    "effective": datetime.date(2025, 1, 1),
                    "value": 0,
                    "source": "The cut applies to the 2024 tax year only (租税特別措置法 第41条の3の3: 令和6年分)",
                },
            ],
        },
        "fixed_tax_cut_income_limit": {
            "unit": "yen (taxpayer's total income, inclusive)",
            "description": "Only taxpayers whose total income (合計所得金額) is at most this amount receive the 2024 fixed-amount cut (salary only: 20,000,000 yen)",
            "values": [
                {
                    "effective": datetime.date(2024, 1, 1),
                    "value": 18050000,
                    "source": "租税特別措置法 第41条の3の3 [S]; jp-payroll-facts.md section 1 [C: limo-57040, Arakawa city]; ark-outsourcing.com/news/detail_137.html (JPY 18.05 million)",
                }
            ],
        },
    }
