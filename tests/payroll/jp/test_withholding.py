"""Monthly and bonus withholding: reference cases, each naming its source, and invariants.

Sources:
- [NTA denshi_01] 国税庁 令和8年分 電算機計算の特例 (denshi_01.pdf) p.3 worked examples, as
  quoted by keiri-core test/gensen.test.mjs and another public test suite.
- [NTA 月額表 R8] 国税庁 給与所得の源泉徴収税額表（令和8年分）月額表 01-07.pdf, via
  ../shared/data/jp-official-tables/gensen_getsugaku_r08.json (rows copied below).
- [NTA 月額表 R2] 国税庁 令和2年分 月額表 (the table used through 令和7年分), as transcribed in
  renjaku/opendata public/v1/jp/withholding-tax/monthly-tables/2020-01-01.yaml.
- [NTA 賞与 R8] 国税庁 令和8年分 賞与に対する源泉徴収税額の算出率の表 (15-16.pdf) and its usage
  example (19-22.pdf), via gensen_shoyo_r08.json and a public test quoting the example.
- [NTA No.2523] タックスアンサー No.2523 worked examples (read off the 令和2年分-令和7年分 table),
  quoted by the same test.
- [hand] hand calculations with the working in the comment.

Measured agreement of the computer method with the printed 2026 table (all 231 rows x 8
dependant columns = 1,848 cells): at each band's midpoint 375 cells differ, by at most 100 yen
(368 of them by exactly 10 yen; the rest are cells where the table prints 0 and the formula gives
a few tens of yen). The computer method at the band's lower bound and at its upper bound - 1
brackets the table value in all but 5 cells, each a printed 0 against at most 40 yen at the lower
bound. Against the 令和2年分 sample below (2025 method) every cell agrees within 10 yen at the
midpoint and is bracketed.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.payroll import jp
from expectgap.payroll.jp.withholding import bonus_withholding, table_years, withholding

# [NTA 月額表 R8]: (lower bound inclusive, upper bound exclusive, 甲 tax for 0..7 dependants).
TABLE_2026 = [
    (105_000, 107_000, [170, 0, 0, 0, 0, 0, 0, 0]),
    (135_000, 137_000, [1_710, 0, 0, 0, 0, 0, 0, 0]),
    (151_000, 153_000, [2_520, 910, 0, 0, 0, 0, 0, 0]),
    (197_000, 199_000, [4_270, 2_650, 1_030, 0, 0, 0, 0, 0]),
    (215_000, 217_000, [4_910, 3_300, 1_670, 0, 0, 0, 0, 0]),
    (254_000, 257_000, [6_320, 4_710, 3_090, 1_470, 0, 0, 0, 0]),
    (260_000, 263_000, [6_530, 4_920, 3_310, 1_680, 0, 0, 0, 0]),
    (305_000, 308_000, [8_180, 6_570, 4_940, 3_330, 1_720, 0, 0, 0]),
    (323_000, 326_000, [9_530, 7_300, 5_680, 4_060, 2_450, 830, 0, 0]),
    (344_000, 347_000, [11_240, 8_160, 6_530, 4_920, 3_310, 1_680, 0, 0]),
    (383_000, 386_000, [14_430, 11_200, 8_130, 6_510, 4_900, 3_280, 1_660, 0]),
    (392_000, 395_000, [15_160, 11_940, 8_700, 6_880, 5_270, 3_640, 2_030, 420]),
    (461_000, 464_000, [21_820, 17_570, 14_330, 11_100, 8_090, 6_460, 4_850, 3_240]),
    (530_000, 533_000, [33_090, 26_630, 20_160, 16_730, 13_510, 10_270, 7_670, 6_050]),
    (599_000, 602_000, [45_390, 38_930, 32_470, 25_990, 19_650, 16_430, 13_190, 9_950]),
    (668_000, 671_000, [58_070, 51_610, 45_150, 38_680, 32_210, 25_750, 19_530, 16_300]),
    (737_000, 740_000, [71_380, 64_900, 58_440, 51_980, 45_510, 39_040, 32_580, 26_110]),
]

# [NTA 月額表 R2] rows of the table in force 2020-2025 (甲, 0..7 dependants).
TABLE_2020 = [
    (88_000, 89_000, [130, 0, 0, 0, 0, 0, 0, 0]),
    (99_000, 101_000, [720, 0, 0, 0, 0, 0, 0, 0]),
    (119_000, 121_000, [1_750, 120, 0, 0, 0, 0, 0, 0]),
    (159_000, 161_000, [3_340, 1_720, 100, 0, 0, 0, 0, 0]),
    (169_000, 171_000, [3_700, 2_070, 460, 0, 0, 0, 0, 0]),
    (260_000, 263_000, [6_960, 5_350, 3_730, 2_110, 500, 0, 0, 0]),
    (296_000, 299_000, [8_250, 6_640, 5_010, 3_400, 1_790, 160, 0, 0]),
    (299_000, 302_000, [8_420, 6_740, 5_130, 3_510, 1_890, 280, 0, 0]),
    (335_000, 338_000, [11_360, 8_210, 6_600, 4_980, 3_360, 1_750, 130, 0]),
    (374_000, 377_000, [14_550, 11_310, 8_190, 6_580, 4_950, 3_340, 1_730, 100]),
    (503_000, 506_000, [30_380, 23_920, 18_610, 15_390, 12_150, 8_910, 6_990, 5_370]),
    (536_000, 539_000, [35_780, 29_310, 22_840, 18_080, 14_850, 11_610, 8_380, 6_720]),
    (599_000, 602_000, [47_100, 40_640, 34_160, 27_700, 21_240, 17_280, 14_040, 10_810]),
    (635_000, 638_000, [53_710, 47_250, 40_780, 34_320, 27_850, 21_380, 17_350, 14_120]),
]
DEPENDANTS = np.arange(8)


@pytest.mark.parametrize(
    ("pay", "dependents", "expected"),
    [
        # [NTA denshi_01] example 1: spouse + 1 relative = 2; B = 175,000 - 59,167 - 63,334
        # - 48,334 = 4,165; x 5.105% = 212.6 -> 210 (the printed table shows 250).
        pytest.param(175_000, 2, 210, id="nta-denshi01-ex1"),
        # [NTA denshi_01] example 2: 8 dependants; B = 446,000 - 125,867 - 253,336 - 48,334
        # = 18,463; x 5.105% = 942.5 -> 940 (table: 2,620 - 1,610 = 1,010).
        pytest.param(446_000, 8, 940, id="nta-denshi01-ex2"),
        # [NTA denshi_01] example 3: 3 dependants; B = 775,200 - 162,500 - 95,001 - 48,334 =
        # 469,365; x 20.42% - 36,374 = 59,470.3 -> 59,470 (table formula: 59,477).
        pytest.param(775_200, 3, 59_470, id="nta-denshi01-ex3"),
    ],
)
def test_nta_computer_method_examples_2026(pay: int, dependents: int, expected: int) -> None:
    assert withholding(pay, dependents=dependents, year=2026) == expected


@pytest.mark.parametrize(
    ("year", "pay", "dependents", "expected"),
    [
        # [hand] 2025 (denshi_10): A = 300,000 -> employment 300,000 x 20% + 36,667 = 96,667;
        # basic 40,000; B = 163,333 -> 163,333 x 10.21% - 8,296 = 8,380.3 -> 8,380.
        pytest.param(2025, 300_000, 0, 8_380, id="hand-2025-300k-0"),
        pytest.param(2024, 300_000, 0, 8_380, id="hand-2024-same-tables"),
        # [hand] 1 dependant: B = 131,666 -> x 5.105% = 6,721.6 -> 6,720.
        pytest.param(2025, 300_000, 1, 6_720, id="hand-2025-300k-1"),
        # [hand] 2025, A = 140,000 (40% band): employment 56,000 - 8,333 = 47,667;
        # B = 140,000 - 47,667 - 40,000 = 52,333 -> x 5.105% = 2,671.6 -> 2,670.
        pytest.param(2025, 140_000, 0, 2_670, id="hand-2025-40pct-band"),
        # [hand] 2026 (denshi_01): employment 96,667; basic 48,334; B = 154,999 -> x 5.105% =
        # 7,912.7 -> 7,910.
        pytest.param(2026, 300_000, 0, 7_910, id="hand-2026-300k-0"),
        # [hand] 2026 minimum employment deduction 54,167 up to 158,333: A = 150,000 ->
        # B = 150,000 - 54,167 - 48,334 = 47,499 -> 2,424.8 -> 2,420. (2025: 40% band
        # 51,667, basic 40,000 -> B = 58,333 -> 2,977.9 -> 2,980.)
        pytest.param(2026, 150_000, 0, 2_420, id="hand-2026-minimum-deduction"),
        pytest.param(2025, 150_000, 0, 2_980, id="hand-2025-150k"),
        # [hand] half-up rounding (四捨五入): 2026, A = 221,430 -> employment
        # ceil(66,429 + 6,667) = 73,096; B = 221,430 - 73,096 - 48,334 = 100,000 ->
        # 5,105.0 -> 5,110.
        pytest.param(2026, 221_430, 0, 5_110, id="hand-2026-half-up"),
        # [hand] 2025, A = 1,000,000: employment 162,500; B = 797,500 -> 33.693% - 130,688 =
        # 138,013.7 -> 138,010.
        pytest.param(2025, 1_000_000, 0, 138_010, id="hand-2025-1M"),
        # [hand] 2025 basic-deduction taper: A = 2,200,000 -> basic 26,667; B = 2,010,833 ->
        # 40.84% - 237,893 = 583,331.2 -> 583,330.
        pytest.param(2025, 2_200_000, 0, 583_330, id="hand-2025-basic-taper"),
        pytest.param(2026, 0, 0, 0, id="zero-pay"),
    ],
)
def test_hand_calculations(year: int, pay: int, dependents: int, expected: int) -> None:
    assert withholding(pay, dependents=dependents, year=year) == expected


@pytest.mark.parametrize(("lower", "upper", "printed"), TABLE_2026)
def test_agrees_with_the_2026_monthly_table(lower: int, upper: int, printed: list[int]) -> None:
    # The table is computed at the band midpoint: within 100 yen there, and the formula at the
    # band's ends brackets the printed value (a printed 0 may sit up to 40 yen below).
    table = np.asarray(printed)
    mid = withholding((lower + upper) // 2, dependents=DEPENDANTS, year=2026)
    low = withholding(lower, dependents=DEPENDANTS, year=2026)
    high = withholding(upper - 1, dependents=DEPENDANTS, year=2026)
    assert np.abs(mid - table).max() <= 100
    assert (low <= table + 40).all()
    assert (table <= high).all()


@pytest.mark.parametrize(("lower", "upper", "printed"), TABLE_2020)
@pytest.mark.parametrize("year", [2024, 2025])
def test_agrees_with_the_2020_to_2025_monthly_table(
    year: int, lower: int, upper: int, printed: list[int]
) -> None:
    table = np.asarray(printed)
    mid = withholding((lower + upper) // 2, dependents=DEPENDANTS, year=year)
    assert np.abs(mid - table).max() <= 10
    assert (withholding(lower, dependents=DEPENDANTS, year=year) <= table).all()
    assert (table <= withholding(upper - 1, dependents=DEPENDANTS, year=year)).all()


# --------------------------------------------------------------------------- printed table (2026)


@pytest.mark.parametrize(("lower", "upper", "printed"), TABLE_2026)
def test_table_method_reads_the_2026_monthly_table(
    lower: int, upper: int, printed: list[int]
) -> None:
    # [NTA 月額表 R8] every pay in a row (以上 lower, 未満 upper) is taxed the printed amount.
    for pay in (lower, (lower + upper) // 2, upper - 1):
        tax = withholding(pay, dependents=DEPENDANTS, year=2026, method="table")
        assert tax.tolist() == printed


@pytest.mark.parametrize(
    ("pay", "dependents", "expected"),
    [
        # [NTA 月額表 R8] first line: under 105,000 yen, 0; 105,000-107,000: 170.
        pytest.param(104_999, 0, 0, id="below-first-row"),
        pytest.param(105_000, 0, 170, id="first-row"),
        # [NTA 月額表 R8] 175,000-177,000, 2 dependants: 250 (denshi_01 example 1, computer 210).
        pytest.param(175_000, 2, 250, id="nta-denshi01-ex1-table"),
        # [NTA 月額表 R8] 446,000-449,000, 7 dependants 2,620; 8 dependants: 2,620 - 1,610 =
        # 1,010 (denshi_01 example 2, computer 940); 10 dependants: 2,620 - 3 x 1,610 < 0 -> 0.
        pytest.param(446_000, 8, 1_010, id="nta-denshi01-ex2-table"),
        pytest.param(446_000, 10, 0, id="beyond-7-not-below-0"),
        # [NTA 月額表 R8] formula part from 740,000: 740,000 exactly is the printed base 71,680
        # (0 dependants), one yen less is the last row (737,000-740,000): 71,380.
        pytest.param(739_999, 0, 71_380, id="last-row"),
        pytest.param(740_000, 0, 71_680, id="formula-base-740k"),
        # [hand] denshi_01 example 3 by the table: 775,200, 3 dependants: 52,290 + 35,200 x
        # 20.42% = 52,290 + 7,187.84 = 59,477.84 -> 59,477 (computer method 59,470).
        pytest.param(775_200, 3, 59_477, id="hand-775200-3"),
        # [hand] 960,000-1,710,000 segment: 121,820 + (1,000,000 - 960,000) x 33.693% =
        # 121,820 + 13,477.2 -> 135,297.
        pytest.param(1_000_000, 0, 135_297, id="hand-1M-0"),
        # [hand] 2,130,000-2,170,000 segment, 1 dependant: 542,970 + 20,000 x 40.84% = 551,138.
        pytest.param(2_150_000, 1, 551_138, id="hand-2.15M-1"),
        # [hand] from 3,500,000, 20 dependants: 1,080,000 + 1,500,000 x 45.945% = 1,769,175;
        # less 13 x 1,610 = 20,930 -> 1,748,245.
        pytest.param(5_000_000, 20, 1_748_245, id="hand-5M-20"),
    ],
)
def test_table_method_edges_and_formulas(pay: int, dependents: int, expected: int) -> None:
    assert withholding(pay, dependents=dependents, year=2026, method="table") == expected


def test_default_method_is_unchanged_computer_method() -> None:
    # [NTA denshi_01] examples 1-3 by the computer method (the default) against the table.
    pays, deps = [175_000, 446_000, 775_200], [2, 8, 3]
    assert withholding(pays, dependents=deps, year=2026).tolist() == [210, 940, 59_470]
    assert withholding(pays, dependents=deps, year=2026, method="computer").tolist() == [
        210,
        940,
        59_470,
    ]
    assert withholding(pays, dependents=deps, year=2026, method="table").tolist() == [
        250,
        1_010,
        59_477,
    ]


@pytest.mark.parametrize("year", [2024, 2025])
@pytest.mark.parametrize(("lower", "upper", "taxes"), TABLE_2020)
def test_table_method_2024_2025_reads_the_r2_table(
    year: int, lower: int, upper: int, taxes: list[int]
) -> None:
    # [NTA 月額表 R2]: every amount of the band, at both ends, is taxed the printed cell.
    assert table_years() == (2024, 2025, 2026)
    for pay in (lower, (lower + upper) // 2, upper - 1):
        got = withholding([pay] * 8, dependents=DEPENDANTS, year=year, method="table")
        assert got.tolist() == taxes


@pytest.mark.parametrize(
    ("pay", "dependents", "expected"),
    [
        # [NTA 月額表 R2] formulas from 740,000: 740,000-780,000: 73,390 (0 dependants) +
        # 20.42% of the excess; 760,000: 73,390 + 20,000 x 20.42% = 77,474.
        pytest.param(760_000, 0, 77_474, id="r2-740k-segment"),
        # 780,000-950,000: 81,560 + 23.483%: 800,000 -> 81,560 + 20,000 x 23.483% = 86,256.6
        # -> 86,256 (rounded down).
        pytest.param(800_000, 0, 86_256, id="r2-780k-segment"),
        # Below the first row (88,000) nothing is withheld in column 甲.
        pytest.param(87_999, 0, 0, id="r2-below-first-row"),
    ],
)
def test_table_method_r2_formulas(pay: int, dependents: int, expected: int) -> None:
    assert withholding(pay, dependents=dependents, year=2025, method="table") == expected


def test_computer_and_table_methods_differ_by_the_documented_amounts() -> None:
    # The module docstring states the measured disagreement of the two lawful 2026 methods over
    # every whole-yen pay below 740,000 yen and every dependant column: at most 320 yen (at
    # 739,999 yen with 1 dependant), more than 100 yen for 16.6% of the pairs.
    pay = np.arange(740_000, dtype=np.int64)
    worst, over_100 = (0, 0, 0), 0
    for dependents in range(8):
        count = np.full(pay.shape, dependents)
        gap = np.abs(
            withholding(pay, dependents=count, year=2026)
            - withholding(pay, dependents=count, year=2026, method="table")
        )
        at = int(gap.argmax())
        worst = max(worst, (int(gap[at]), int(pay[at]), dependents))
        over_100 += int((gap > 100).sum())
    assert worst == (320, 739_999, 1)
    assert round(over_100 / (pay.size * 8), 3) == 0.166


def test_table_method_shapes_and_unknown_method() -> None:
    assert type(withholding(300_000, year=2026, method="table")) is int
    series = withholding(pd.Series([300_000, 0], index=["x", "y"]), year=2026, method="table")
    # [NTA 月額表 R8] 299,000-302,000, 0 dependants: 7,930.
    assert series.to_dict() == {"x": 7_930, "y": 0}
    with pytest.raises(InvalidInput) as info:
        withholding(300_000, year=2026, method="printed")  # type: ignore[arg-type]
    assert info.value.field == "method"


@settings(max_examples=150, deadline=None)
@given(
    pays=st.lists(st.integers(0, 5_000_000), min_size=2, max_size=2),
    dependents=st.integers(0, 10),
)
def test_table_method_monotone(pays: list[int], dependents: int) -> None:
    low, high = sorted(pays)
    tax = withholding([low, high], dependents=dependents, year=2026, method="table")
    assert 0 <= tax[0] <= tax[1]
    assert withholding(high, dependents=dependents + 1, year=2026, method="table") <= tax[1]


# --------------------------------------------------------------------------- bonus


@pytest.mark.parametrize(
    ("year", "bonus", "previous", "dependents", "expected"),
    [
        # [NTA 賞与 R8] usage example: (554,000 - 85,593) = 468,407 x 2.042% = 9,564.87 ->
        # 9,564 (previous 196,616, 2 dependants: the 143-276 thousand yen band).
        pytest.param(2026, 468_407, 196_616, 2, 9_564, id="nta-r8-usage-example"),
        # [NTA 賞与 R8] previous 300,000, 0 dependants: 260-309 thousand -> 6.126%;
        # 500,000 x 6.126% = 30,630.
        pytest.param(2026, 500_000, 300_000, 0, 30_630, id="nta-r8-300k-6.126"),
        # [NTA 賞与 R2] (2020-2025 table): 300-334 thousand -> 8.168%; 40,840.
        pytest.param(2025, 500_000, 300_000, 0, 40_840, id="nta-r2-300k-8.168"),
        pytest.param(2024, 500_000, 300_000, 0, 40_840, id="nta-r2-2024"),
        # [NTA 賞与 R8] bounds are 以上 / 未満: 143,000 -> 2.042%, 142,999 -> 0%.
        pytest.param(2026, 500_000, 143_000, 2, 10_210, id="nta-r8-lower-bound-inclusive"),
        pytest.param(2026, 500_000, 142_999, 2, 0, id="nta-r8-below-first-band"),
        # [NTA 賞与 R8] 684-715 thousand, 0 dependants -> 22.462%: 550,000 x 22.462% =
        # 123,541 exactly (a float multiply would floor to 123,540).
        pytest.param(2026, 550_000, 700_000, 0, 123_541, id="nta-r8-exact-integer-rate"),
        # [NTA 賞与 R8] the last column is "7 or more": 9 dependants read the 7 column
        # (508-529 thousand -> 8.168%): 500,000 x 8.168% = 40,840.
        pytest.param(2026, 500_000, 510_000, 9, 40_840, id="nta-r8-seven-or-more"),
        # [NTA 賞与 R2] 1 dependant, previous 250,000: 243-282 thousand -> 4.084%.
        pytest.param(2025, 400_000, 250_000, 1, 16_336, id="nta-r2-1-dependant"),
        # Exactly 10x the previous month still uses the rate table (only "more than 10x"
        # switches): 2,000,000 x 4.084% (200,000, 0 dependants, 2026: 94-260 thousand).
        pytest.param(2026, 2_000_000, 200_000, 0, 81_680, id="rate-table-at-exactly-10x"),
    ],
)
def test_bonus_rate_table(
    year: int, bonus: int, previous: int, dependents: int, expected: int
) -> None:
    tax = bonus_withholding(
        bonus,
        previous_month_pay_after_social_insurance=previous,
        dependents=dependents,
        year=year,
    )
    assert tax == expected


@pytest.mark.parametrize("year", [2024, 2025])
def test_bonus_over_ten_times_previous_pay_no2523(year: int) -> None:
    # [NTA No.2523] example: previous month 166,531, bonus 1,668,062 (6-month period),
    # 1 dependant. 1,668,062 / 6 = 278,010; + 166,531 = 444,541 -> [NTA 月額表 R2] row
    # 443,000-446,000, 1 dependant: 16,950; 166,531 -> row 165,000-167,000: 1,930.
    # (16,950 - 1,930) x 6 = 90,120, the figure No.2523 publishes (the computer method would
    # give (16,950 - 1,950) x 6 = 90,000).
    tax = bonus_withholding(
        1_668_062, previous_month_pay_after_social_insurance=166_531, dependents=1, year=year
    )
    assert tax == 90_120


@pytest.mark.parametrize("year", [2024, 2025])
def test_bonus_without_previous_pay_no2523(year: int) -> None:
    # [NTA No.2523] no pay in the previous month, bonus 769,300, 1 dependant: 769,300 / 6 =
    # 128,216 -> [NTA 月額表 R2] row 127,000-129,000, 1 dependant: 530; x 6 = 3,180, the
    # figure No.2523 publishes (the computer method: 550 x 6 = 3,300).
    tax = bonus_withholding(
        769_300, previous_month_pay_after_social_insurance=0, dependents=1, year=year
    )
    assert tax == 3_180


@pytest.mark.parametrize(
    ("bonus", "previous", "dependents", "expected"),
    [
        # [hand, NTA 月額表 R8] No.2523's first case in 2026 (more than 10x the previous pay):
        # 1,668,062 / 6 = 278,010 (yen fraction dropped); + 166,531 = 444,541 -> row
        # 443,000-446,000, 1 dependant: 16,100; previous 166,531 -> row 165,000-167,000:
        # 1,510; (16,100 - 1,510) x 6 = 87,540 (No.2523 on the 令和2年分 table: 90,120;
        # the 2026 computer method would give (16,100 - 1,530) x 6 = 87,420).
        pytest.param(1_668_062, 166_531, 1, 87_540, id="no2523-case-1-on-2026-table"),
        # [hand, NTA 月額表 R8] No.2523's second case in 2026 (no previous pay): 769,300 / 6 =
        # 128,216 -> row 127,000-129,000, 1 dependant: 0; x 6 = 0 (No.2523: 3,180).
        pytest.param(769_300, 0, 1, 0, id="no2523-case-2-on-2026-table"),
        # [hand, NTA 月額表 R8] the same with 0 dependants: row 127,000-129,000: 1,300;
        # x 6 = 7,800 (computer method: B = 128,216 - 54,167 - 48,334 = 25,715 -> 1,312.8
        # -> 1,310; x 6 = 7,860).
        pytest.param(769_300, 0, 0, 7_800, id="no-previous-pay-0-dependants"),
        # [hand, NTA 月額表 R8] 4,000,000 over previous 300,000 (> 10x), 0 dependants:
        # 4,000,000 / 6 = 666,666; + 300,000 = 966,666 -> formula 960,000-1,710,000:
        # 121,820 + 6,666 x 33.693% = 121,820 + 2,245.97 -> 124,065; previous 300,000 -> row
        # 299,000-302,000: 7,930; (124,065 - 7,930) x 6 = 696,810.
        pytest.param(4_000_000, 300_000, 0, 696_810, id="formula-part-in-exception"),
    ],
)
def test_bonus_exception_reads_the_2026_table(
    bonus: int, previous: int, dependents: int, expected: int
) -> None:
    tax = bonus_withholding(
        bonus,
        previous_month_pay_after_social_insurance=previous,
        dependents=dependents,
        year=2026,
    )
    assert tax == expected


def test_bonus_long_calculation_period_divides_by_12() -> None:
    # [hand, NTA 月額表 R8] 2026, no previous pay, bonus 1,200,000 for 12 months: 100,000 a
    # month, under the first row (105,000) -> 0. Over 6 months: 200,000 -> row
    # 199,000-201,000, 0 dependants: 4,340; x 6 = 26,040.
    long = bonus_withholding(
        1_200_000,
        previous_month_pay_after_social_insurance=0,
        year=2026,
        calculation_period_months=12,
    )
    short = bonus_withholding(1_200_000, previous_month_pay_after_social_insurance=0, year=2026)
    assert (long, short) == (0, 26_040)


def test_bonus_shapes_and_errors() -> None:
    series = bonus_withholding(
        pd.Series([500_000, 0], index=["a", "b"]),
        previous_month_pay_after_social_insurance=300_000,
        year=2026,
    )
    assert list(series.index) == ["a", "b"]
    assert series.tolist() == [30_630, 0]
    assert jp.bonus_withholding is bonus_withholding
    for months in (0, 13, True, 6.0):
        with pytest.raises(InvalidInput):
            bonus_withholding(
                1,
                previous_month_pay_after_social_insurance=1,
                year=2026,
                calculation_period_months=months,  # type: ignore[arg-type]
            )
    with pytest.raises(InvalidInput) as info:
        bonus_withholding(1, previous_month_pay_after_social_insurance=-1, year=2026)
    assert info.value.field == "previous_month_pay_after_social_insurance"
    with pytest.raises(UnsupportedRule):
        bonus_withholding(1, previous_month_pay_after_social_insurance=1, year=2027)


# --------------------------------------------------------------------------- errors, shapes


def test_monthly_shapes() -> None:
    assert type(withholding(300_000, year=2026)) is int
    series = withholding(pd.Series([300_000, 175_000], index=[3, 4]), dependents=0, year=2026)
    assert list(series.index) == [3, 4]
    assert jp.withholding is withholding


@pytest.mark.parametrize("year", [2023, 2027, None])
def test_monthly_unsupported_year(year: object) -> None:
    with pytest.raises(UnsupportedRule) as info:
        withholding(300_000, year=year)  # type: ignore[arg-type]
    assert info.value.supported == (2024, 2025, 2026)


@pytest.mark.parametrize("pay", [-1, float("nan"), float("inf"), [1, -2]])
def test_monthly_invalid_pay(pay: object) -> None:
    with pytest.raises(InvalidInput) as info:
        withholding(pay, year=2026)
    assert info.value.field == "pay_after_social_insurance"


# --------------------------------------------------------------------------- invariants


@settings(max_examples=150, deadline=None)
@given(
    pays=st.lists(st.integers(0, 5_000_000), min_size=2, max_size=2),
    dependents=st.integers(0, 10),
    year=st.sampled_from([2024, 2025, 2026]),
)
def test_monthly_non_negative_monotone(pays: list[int], dependents: int, year: int) -> None:
    low, high = sorted(pays)
    tax = withholding([low, high], dependents=dependents, year=year)
    assert 0 <= tax[0] <= tax[1]
    assert withholding(high, dependents=dependents + 1, year=year) <= tax[1]


@settings(max_examples=100, deadline=None)
@given(
    bonus=st.integers(0, 10_000_000),
    previous=st.integers(0, 2_000_000),
    dependents=st.integers(0, 9),
    year=st.sampled_from([2024, 2025, 2026]),
)
def test_bonus_non_negative_and_scalar_equals_batch(
    bonus: int, previous: int, dependents: int, year: int
) -> None:
    scalar = bonus_withholding(
        bonus,
        previous_month_pay_after_social_insurance=previous,
        dependents=dependents,
        year=year,
    )
    batch = bonus_withholding(
        [bonus, 0],
        previous_month_pay_after_social_insurance=[previous, previous],
        dependents=dependents,
        year=year,
    )
    assert scalar >= 0
    assert scalar == batch[0]
    assert scalar <= bonus
