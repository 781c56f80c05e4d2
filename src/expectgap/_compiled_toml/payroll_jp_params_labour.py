"""``payroll/jp/params/labour.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

import datetime
from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``payroll/jp/params/labour.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "topic": "statutory minimum overtime premiums (労働基準法第37条)",
            "description": "Minimum premium rates for statutory overtime (法定時間外労働, beyond 8 hours a day or 40 hours a week), as multiples of the ordinary hourly wage. Night-work (深夜, 22:00-05:00, +25%) and statutory-holiday (休日, 35%) premiums are not covered here.",
        },
        "overtime_multiplier": {
            "unit": "multiple of the ordinary hourly wage",
            "description": "Minimum pay per hour of statutory overtime up to the monthly threshold (time and a quarter)",
            "values": [
                {
                    "effective": datetime.date(1994, 4, 1),
                    "value": 1.25,
                    "source": "労働基準法 第37条第1項 (2割5分以上5割以下の範囲内で政令で定める率以上); 労働基準法第三十七条第一項の時間外及び休日の割増賃金に係る率の最低限度を定める政令 (平成6年政令第5号: 時間外 2割5分, 休日 3割5分); ok-law.net 2023-04 (月60時間以内の時間外労働 25%以上)",
                }
            ],
        },
        "long_overtime_threshold_hours": {
            "unit": "hours of statutory overtime in one month",
            "description": "Overtime hours in a month beyond which the higher premium applies",
            "values": [
                {
                    "effective": datetime.date(2023, 4, 1),
                    "value": 60,
                    "source": "労働基準法 第37条第1項ただし書 (1か月について60時間を超えた時間の労働, 5割以上); in force for large employers from 2010-04-01 and for small and medium-sized employers from 2023-04-01 when 附則第138条 (the deferral) was repealed by 働き方改革関連法 (平成30年法律第71号); MHLW leaflet 000930914.pdf as cited by risktaisaku.com 77665 and muraokasr.com; niigatashi-hatarakikata.jp",
                }
            ],
        },
        "long_overtime_multiplier": {
            "unit": "multiple of the ordinary hourly wage",
            "description": "Minimum pay per hour of statutory overtime beyond the monthly threshold",
            "values": [
                {
                    "effective": datetime.date(2023, 4, 1),
                    "value": 1.5,
                    "source": "労働基準法 第37条第1項ただし書 (5割以上の率で計算した割増賃金), all employers from 2023-04-01; MHLW leaflet 000930914.pdf (2023年4月1日から月60時間を超える時間外労働の割増賃金率が引き上げられます) as cited by risktaisaku.com 77665; brace-partners.com 2022-11-30",
                }
            ],
        },
        "statutory_weekly_hours": {
            "unit": "hours per week",
            "description": "Statutory maximum working hours per week (法定労働時間); the upper bound of the average monthly scheduled hours when an offer states none",
            "values": [
                {
                    "effective": datetime.date(1997, 4, 1),
                    "value": 40,
                    "source": "労働基準法 第32条第1項 (休憩時間を除き一週間について四十時間を超えて、労働させてはならない); 40 hours for all employers since 1997-04-01 (特例措置対象事業場 44 h, 労働基準法施行規則第25条の2, not covered here)",
                }
            ],
        },
        "overtime_limit_hours_per_month": {
            "unit": "hours of overtime per month",
            "description": "Limit on overtime hours per month under a labour-management agreement (36協定の限度時間); fixed overtime pay covering more hours presumes overtime beyond the limit",
            "values": [
                {
                    "effective": datetime.date(2019, 4, 1),
                    "value": 45,
                    "source": "労働基準法 第36条第4項 (限度時間は、一箇月について四十五時間及び一年について三百六十時間); in force from 2019-04-01 for large employers and 2020-04-01 for small and medium-sized employers (働き方改革関連法, 平成30年法律第71号); before that 平成10年労働省告示第154号 (限度基準告示) set the same 45 hours as guidance",
                }
            ],
        },
        "premium_excluded_allowances": {
            "unit": "kinds of pay, with the Japanese name used in the rule",
            "description": "Pay left out of the base of the overtime premium (割増賃金の基礎となる賃金に算入しない賃金); every other allowance counts",
            "values": [
                {
                    "effective": datetime.date(1999, 10, 1),
                    "value": [
                        {"kind": "family", "japanese": "家族手当"},
                        {"kind": "commuting", "japanese": "通勤手当"},
                        {"kind": "separation", "japanese": "別居手当"},
                        {"kind": "education", "japanese": "子女教育手当"},
                        {"kind": "housing", "japanese": "住宅手当"},
                        {"kind": "temporary", "japanese": "臨時に支払われた賃金"},
                        {
                            "kind": "over_one_month",
                            "japanese": "一箇月を超える期間ごとに支払われる賃金",
                        },
                    ],
                    "source": "労働基準法 第37条第5項 (家族手当、通勤手当その他厚生労働省令で定める賃金は算入しない); 労働基準法施行規則 第21条 (別居手当, 子女教育手当, 住宅手当, 臨時に支払われた賃金, 一箇月を超える期間ごとに支払われる賃金; 住宅手当 added by 平成11年労働省令第41号 from 1999-10-01). A housing allowance paid at a flat rate regardless of housing costs counts (平成11年3月31日基発第170号)",
                }
            ],
        },
        "annual_paid_leave_days": {
            "unit": "days of annual paid leave by completed months of continuous service, [months, days] pairs",
            "description": "Statutory minimum annual paid leave of a full-time worker who attended at least 80% of the working days (年次有給休暇の付与日数)",
            "values": [
                {
                    "effective": datetime.date(1994, 4, 1),
                    "value": [[6, 10], [18, 11], [30, 12], [42, 14], [54, 16], [66, 18], [78, 20]],
                    "source": "労働基準法 第39条第1項 (六箇月間継続勤務し全労働日の八割以上出勤した労働者に十労働日) and 第2項 (一年六箇月以上継続勤務した日から一年ごとに加算: 1, 2, 4, 6, 8, 10 days; at most 20 days); 6-month qualifying period since 平成5年法律第79号 (1994-04-01)",
                }
            ],
        },
        "assumed_working_days_per_week": {
            "unit": "days per week",
            "description": "Working days per week assumed to turn weekly scheduled hours into daily hours when an offer states its days off a year (年間休日) but not its average monthly scheduled hours; a convention, not a statutory value, and said in the report whenever it is used",
            "values": [
                {
                    "effective": datetime.date(1997, 4, 1),
                    "value": 5,
                    "source": "convention: the five-day week (週休2日制) that a 年間休日 figure presumes; 労働基準法施行規則第19条第1項第4号 computes the hourly rate of monthly pay from the average monthly scheduled hours ((365 - 年間休日) x 1日の所定労働時間 / 12), which needs the daily hours. UNCONFIRMED as a fact about any one employer: state scheduled_hours_per_month to override",
                }
            ],
        },
    }
