"""Resident tax by place of residence: designated cities and confirmed surcharges.

Sources:
- [LTA] 地方税法 第314条の3・第35条 (designated cities: 8% municipal, 2% prefectural), 第314条の6・
  第37条 (adjustment credit 4% / 1%).
- [Yokohama] 横浜市 個人市民税・県民税: per capita 市民税 3,900 + 県民税 1,300 + 森林環境税 1,000 =
  6,200 yen (横浜みどり税 and 神奈川県 水源環境保全税); [Kobe] 神戸市: 3,400 + 1,800 + 1,000 =
  6,200 yen; [Kanagawa] 水源環境保全税: income levy +0.025% (+0.018% from 令和9年度), per capita
  +300; [Osaka] 大阪府森林環境税 +300 - as gathered in
  ../shared/data/jp-official-tables/juminzei_r08.json with each page's address.
- [hand] the working in each comment. Base case: FY2026 levy on a 2025 salary of 5,000,000
  with 750,000 of social insurance, single: taxable income 2,380,000; adjustment credit base
  50,000 (the floor: the basic difference 50,000 less the 380,000 above 2,000,000).
"""

from __future__ import annotations

import pytest

from expectgap.errors import UnsupportedRule
from expectgap.payroll import jp
from expectgap.payroll.jp.resident_tax import place_of_residence


@pytest.mark.parametrize(
    ("fiscal_year", "where", "income_levy", "per_capita"),
    [
        # standard: 142,800 - 1,500 = 141,300; 95,200 - 1,000 = 94,200; 3,000 + 1,000 + 1,000.
        pytest.param(2026, None, 235_500, 5_000, id="standard"),
        # [Yokohama] 8% 190,400 - 4% x 50,000 = 188,400; 2.025% 48,195 - 500 = 47,695 ->
        # 47,600; 236,000; per capita 6,200.
        pytest.param(2026, "横浜市", 236_000, 6_200, id="yokohama"),
        # [Kobe] 188,400 + 2% 47,600 - 500 = 47,100 -> 235,500; per capita 6,200.
        pytest.param(2026, "kobe", 235_500, 6_200, id="kobe"),
        # [Kanagawa] 141,300; 4.025% 95,795 - 1,000 = 94,795 -> 94,700; 236,000; 5,300.
        pytest.param(2026, "kanagawa", 236_000, 5_300, id="kanagawa"),
        # FY2027 (2026 salary, same taxable income): 4.018% 95,628 - 1,000 = 94,628 -> 94,600.
        pytest.param(2027, "Kanagawa", 235_900, 5_300, id="kanagawa-fy2027"),
        # [Osaka] designated: 188,400 + 47,100; per capita 3,000 + 1,300 + 1,000.
        pytest.param(2026, "大阪市", 235_500, 5_300, id="osaka-city"),
        pytest.param(2026, "osaka-prefecture", 235_500, 5_300, id="osaka-prefecture"),
    ],
)
def test_levy_by_residence(
    fiscal_year: int, where: str | None, income_levy: int, per_capita: int
) -> None:
    levy = jp.resident_tax(
        5_000_000, social_insurance=750_000, fiscal_year=fiscal_year, residence=where
    )
    assert (levy.income_levy, levy.per_capita) == (income_levy, per_capita)


def test_designated_split_rounds_each_part() -> None:
    # [LTA, hand] FY2026 on a 2025 salary of 2,000,000 (table 5: 500,000 x 2.8 - 80,000 =
    # 1,320,000) with 86,000 of social insurance: taxable 1,320,000 - 86,000 - 430,000 =
    # 804,000; credit base min(50,000, 804,000) = 50,000. Standard: 48,240 - 1,500 = 46,740
    # -> 46,700 and 32,160 - 1,000 = 31,160 -> 31,100 (77,800). Osaka City: 64,320 - 2,000 =
    # 62,320 -> 62,300 and 16,080 - 500 = 15,580 -> 15,500 (77,800).
    standard = jp.resident_tax(2_000_000, social_insurance=86_000, fiscal_year=2026)
    osaka = jp.resident_tax(
        2_000_000, social_insurance=86_000, fiscal_year=2026, residence="osaka-city"
    )
    assert (standard.income_levy, osaka.income_levy) == (77_800, 77_800)
    assert osaka.adjustment_credit == 2_500


def test_annual_and_gross_up_take_the_residence() -> None:
    # Both levies paid in 2026 (FY2025 January-May, FY2026 June-December) in Yokohama cost
    # more than the standard: the per-capita levy alone is 1,200 yen more a year.
    plain = jp.annual(400_000, year=2026, bonus=800_000)
    yokohama = jp.annual(400_000, year=2026, bonus=800_000, residence="yokohama")
    assert yokohama.resident_tax > plain.resident_tax
    g = jp.gross_up(300_000, year=2026, residence="yokohama")
    net = jp.annual([g, g - 1], year=2026, bonus=0, residence="yokohama").net
    assert net[0] >= 12 * 300_000 > net[1]


def test_unknown_places_are_refused_with_the_supported_ones() -> None:
    with pytest.raises(UnsupportedRule) as info:
        jp.resident_tax(5_000_000, social_insurance=0, fiscal_year=2026, residence="nagoya")
    assert "yokohama" in str(info.value)
    with pytest.raises(UnsupportedRule):
        place_of_residence(13)
    assert place_of_residence("Yokohama") == "yokohama"
