"""``datasets/data/jp_census.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``datasets/data/jp_census.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "description": "Facts about the embedded Japanese wage statistics (jp_census_*.csv, nta_salary_brackets.csv), read by expectgap.datasets.jp_census and expectgap.datasets.nta",
            "built_by": "tools/build_jp_census.py from the transcriptions in shared/data/jp-wage-census",
        },
        "mhlw": {
            "credit": "出典：厚生労働省「賃金構造基本統計調査」を加工して作成 (MHLW Basic Survey on Wage Structure, processed)",
            "survey": "賃金構造基本統計調査 (Basic Survey on Wage Structure)",
            "population": "full-time employees (一般労働者) of private establishments with 10+ employees, June pay",
            "reference_month": 6,
            "reference_day": 30,
            "licence": "公共データ利用規約 第1.0版 (PDL1.0), compatible with CC BY 4.0",
            "home": "https://www.mhlw.go.jp/toukei/itiran/roudou/chingin/kouzou/z2024/index.html",
            "distribution_year": 2025,
            "measures": {
                "scheduled": {
                    "label": "scheduled monthly pay (所定内給与額: base pay and allowances, no overtime pay, no bonus)",
                    "short": "scheduled monthly pay (所定内給与額)",
                    "period": "monthly",
                    "pay_measure": "monthly_scheduled",
                },
                "contractual": {
                    "label": "contractual monthly pay (きまって支給する現金給与額: scheduled pay plus overtime pay)",
                    "short": "contractual monthly pay (きまって支給する現金給与額)",
                    "period": "monthly",
                    "pay_measure": "monthly_gross",
                },
                "annual": {
                    "short": "annual pay by the convention 12 x contractual monthly pay + annual bonus (not an MHLW statistic)",
                    "label": "annual pay by the users' convention 12 x contractual monthly pay + annual bonus (年間賞与その他特別給与額, paid in the previous calendar year); not an MHLW statistic",
                    "period": "annual",
                    "pay_measure": "annual_cash",
                },
            },
            "trend": {
                "series": "jp_wage_census",
                "source": "MHLW 賃金構造基本統計調査, mean scheduled monthly pay of full-time employees",
                "extrapolate": "3y",
            },
        },
        "status": {
            "cross_checked": "confirmed by a second source",
            "single_source": "UNCONFIRMED [S]",
            "derived": "derived (total minus male)",
        },
        "nta": {
            "credit": "出典：国税庁「民間給与実態統計調査」を加工して作成 (NTA Statistical Survey of Actual Status for Salary in the Private Sector, processed)",
            "survey": "民間給与実態統計調査",
            "population": "all private employees, part-time included (paid by a private employer for the whole year, executives included)",
            "licence": "公共データ利用規約 第1.0版 (PDL1.0), compatible with CC BY 4.0",
            "home": "https://www.nta.go.jp/publication/statistics/kokuzeicho/minkan/top.htm",
            "bracket_unit": 10000,
        },
    }
