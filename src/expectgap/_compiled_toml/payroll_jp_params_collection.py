"""``payroll/jp/params/collection.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``payroll/jp/params/collection.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "topic": "payroll calendar: fiscal years, resident tax special collection, monthly fixed-cut withholding",
            "description": "When deductions are collected through the calendar year: the fiscal year that keys social insurance rates, the bonus cap and employment insurance rates, the instalments of the resident tax deducted from pay (特別徴収), and the first payment of the 2024 monthly fixed-amount cut (月次減税). Which premium month a pay month deducts (翌月徴収) is an employer's practice, not law: it is the ``deduction_lag_months`` option of jp.annual.",
        },
        "fiscal_year_start_month": {
            "unit": "calendar month (1-12)",
            "description": "First month of the fiscal year (年度) used by social insurance: the health insurance bonus cap counts standard bonuses from April to March, and employment insurance rates change with the labour insurance year starting in April",
            "values": [
                {
                    "effective": datetime.date(2003, 4, 1),
                    "value": 4,
                    "source": "健康保険法 第45条第1項 (毎年四月一日から翌年三月三十一日までにおける標準賞与額の累計額); 労働保険の保険料の徴収等に関する法律 第2条第4項 (保険年度: 四月一日から翌年三月三十一日まで); long-standing, the date only starts the period recorded here",
                }
            ],
        },
        "resident_tax_special_collection": {
            "unit": "first instalment month (calendar month), number of monthly instalments, rounding unit (yen)",
            "description": "Resident tax deducted from salary (給与所得に係る特別徴収): the levy of fiscal year FY is deducted in ``instalments`` equal monthly amounts starting in ``first_month`` of FY (June to the following May); each instalment is the levy divided by the number of instalments rounded down to ``unit`` yen, and the fractions are added to the first instalment (when the monthly amount is below ``unit``, the whole levy is the first instalment).",
            "values": [
                {
                    "effective": datetime.date(2007, 4, 1),
                    "value": {"first_month": 6, "instalments": 12, "unit": 100},
                    "source": "地方税法 第321条の5第1項 (特別徴収税額を十二分した額を六月から翌年五月まで; 百円未満の端数は六月分の額に加算) and 第41条 (道府県民税 collected with the 市町村民税); stated in those terms (annual / 12 rounded down to 100 yen, the fraction added to June) by public implementations citing 地方税法第321条の5 (found by their text: 特別徴収は12回。100円未満の端数は6月分にまとめる; 年税額÷12（100円未満切り捨て）、端数は6月分に加算); Komae city (June to May); long-standing, the date only starts the period recorded here",
                }
            ],
        },
        "resident_tax_fixed_cut_collection": {
            "unit": "first instalment month (calendar month), number of monthly instalments, rounding unit (yen)",
            "description": "FY2024 only (令和6年度の定額減税): for a person whose levy receives the fixed-amount cut, nothing is deducted in June 2024 and the levy after the cut is deducted in 11 instalments from July 2024 to May 2025, the fraction added to the first (July) instalment. People without the cut (total income above 18.05M, per-capita levy only) keep the ordinary 12 instalments. instalments = 0 means no such rule in that fiscal year.",
            "values": [
                {
                    "effective": datetime.date(2007, 4, 1),
                    "value": {"first_month": 6, "instalments": 0, "unit": 100},
                    "source": "No special collection rule before the FY2024 fixed-amount cut (地方税法 第321条の5 alone)",
                },
                {
                    "effective": datetime.date(2024, 4, 1),
                    "value": {"first_month": 7, "instalments": 11, "unit": 100},
                    "source": "地方税法 附則 (令和6年度分の個人住民税に係る特別徴収の特例, 令和6年度税制改正); town.hashikami.lg.jp news 21507 (令和6年6月分は徴収せず、定額減税「後」の税額を令和6年7月分～令和7年5月分の11ケ月で特別徴収する; not for those without the cut); faq.tees-k.jp (今年は令和6年6月分は徴収せず、定額減税後の税額を令和6年7月から令和7年5月の11ヶ月で分割); the fraction going to July, the first instalment, follows 第321条の5 and is [S] (no page read states it)",
                },
                {
                    "effective": datetime.date(2025, 4, 1),
                    "value": {"first_month": 6, "instalments": 0, "unit": 100},
                    "source": "The special collection rule applies to the FY2024 levy only (令和6年度分)",
                },
            ],
        },
        "monthly_fixed_cut_first_payment": {
            "unit": "date: the cut is taken from salary and bonus payments made on or after it, in order",
            "description": "2024 monthly fixed-amount cut (月次減税): the 30,000 yen per person of the 2024 cut (income_tax.toml fixed_tax_cut_per_person) is taken from the tax withheld on the first salary or bonus paid on or after this date, and what is left from the following payments, until used up; the year-end adjustment settles the exact cut.",
            "values": [
                {
                    "effective": datetime.date(2024, 1, 1),
                    "value": datetime.date(2024, 6, 1),
                    "source": "租税特別措置法 第41条の3の7 (令和6年6月1日以後最初に支払を受ける給与等につき源泉徴収をされるべき所得税の額から控除、控除しきれない部分は以後の給与等から順次控除) [S: article number as cited by tax offices]; NTA 定額減税特設サイト 給与等の源泉徴収事務に係る令和6年分所得税の定額減税のしかた; jp-payroll-facts.md section 1",
                }
            ],
        },
    }
