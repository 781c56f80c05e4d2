"""Column 乙 (pay from an employer that does not hold the dependants' declaration).

Sources:
- [NTA 月額表 R8] 国税庁 給与所得の源泉徴収税額表（令和8年分）月額表 01-07.pdf, as extracted by
  keiri-core @44bebfa in ../shared/data/jp-official-tables/gensen_getsugaku_r08.json (column
  ``otsu``); an extraction independent of the transcription our parameter file was built from.
- [NTA 月額表 R2] 国税庁 令和2年分 月額表 column 乙 (used through 令和7年分), rows quoted below.
- [NTA 賞与 R8] 国税庁 令和8年分 賞与に対する源泉徴収税額の算出率の表 15-16.pdf column 乙, via
  gensen_shoyo_r08.json.
- [hand] hand calculations with the working in the comment.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.payroll.jp.withholding import bonus_withholding, withholding

SHARED_TABLE = (
    Path(__file__).resolve().parents[3].parent
    / "shared/data/jp-official-tables/gensen_getsugaku_r08.json"
)


@pytest.mark.skipif(not SHARED_TABLE.exists(), reason="shared data copy not beside the clone")
def test_every_2026_otsu_cell_matches_the_official_table() -> None:
    rows = json.loads(SHARED_TABLE.read_text(encoding="utf-8"))["rows"]
    lower = np.array([r["min"] for r in rows])
    upper = np.array([r["max"] for r in rows])
    expected = np.array([r["otsu"] for r in rows])
    for pay in (lower, upper - 1):
        assert withholding(pay, year=2026, column="otsu").tolist() == expected.tolist()


@pytest.mark.parametrize(
    ("year", "pay", "expected"),
    [
        # [NTA 月額表 R8] 299,000-302,000: 53,600; [NTA 月額表 R2] same row: 53,700.
        pytest.param(2026, 300_000, 53_600, id="r8-300k"),
        pytest.param(2025, 300_000, 53_700, id="r2-300k"),
        pytest.param(2024, 300_000, 53_700, id="r2-300k-2024"),
        # [NTA 月額表 R2] 88,000-89,000: 3,200 (the first row; 令和8年分 starts at 105,000).
        pytest.param(2025, 88_500, 3_200, id="r2-first-row"),
        # [hand] below the first row, 3.063%: 100,000 x 3.063% = 3,063 (2026: first row
        # 105,000); 2025: 87,999 x 3.063% = 2,695.4 -> 2,695.
        pytest.param(2026, 100_000, 3_063, id="r8-below-table"),
        pytest.param(2025, 87_999, 2_695, id="r2-below-table"),
        # [hand] from 740,000: 令和8年分 259,200 + 40.84% of the excess (800,000 -> 259,200 +
        # 24,504 = 283,704); 令和2年分 259,800 + 40.84% (283,704 + 600 = 284,304); from
        # 1,710,000 (令和8年分) 655,400 + 45.945%: 2,000,000 -> 655,400 + 133,240.5 ->
        # 788,640; 令和2年分 from 1,700,000: 651,900 + 300,000 x 45.945% = 789,735.
        pytest.param(2026, 800_000, 283_704, id="r8-formula-1"),
        pytest.param(2025, 800_000, 284_304, id="r2-formula-1"),
        pytest.param(2026, 2_000_000, 788_640, id="r8-formula-2"),
        pytest.param(2025, 2_000_000, 789_735, id="r2-formula-2"),
    ],
)
def test_otsu_monthly(year: int, pay: int, expected: int) -> None:
    assert withholding(pay, year=year, column="乙") == expected
    # Dependants do not change column 乙.
    assert withholding(pay, year=year, column="otsu", dependents=3) == expected


@pytest.mark.parametrize(
    ("bonus", "previous", "expected"),
    [
        # [NTA 賞与 R8] column 乙: below 224 thousand yen 10.21%: 400,000 x 10.21% = 40,840.
        pytest.param(400_000, 200_000, 40_840, id="band-1"),
        # 224-295: 20.42%; 295-527: 30.63%; 527-1,118: 38.798%; from 1,118: 45.945%.
        pytest.param(400_000, 224_000, 81_680, id="band-2-lower-bound"),
        pytest.param(400_000, 300_000, 122_520, id="band-3"),
        pytest.param(1_000_000, 600_000, 387_980, id="band-4"),
        pytest.param(1_000_000, 1_118_000, 459_450, id="band-5"),
        # [hand] over 10 times the previous month's pay (200,000 > 10 x 10,000): the monthly
        # method on column 乙: 200,000 / 6 = 33,333; + 10,000 = 43,333 -> 3.063% = 1,327;
        # 10,000 -> 306; (1,327 - 306) x 6 = 6,126.
        pytest.param(200_000, 10_000, 6_126, id="over-ten-times"),
    ],
)
def test_otsu_bonus_2026(bonus: int, previous: int, expected: int) -> None:
    tax = bonus_withholding(
        bonus, previous_month_pay_after_social_insurance=previous, year=2026, column="otsu"
    )
    assert tax == expected


def test_otsu_bonus_before_2026_is_not_held_and_columns_are_checked() -> None:
    with pytest.raises(UnsupportedRule) as info:
        bonus_withholding(
            400_000, previous_month_pay_after_social_insurance=200_000, year=2025, column="otsu"
        )
    assert info.value.supported == (2026,)
    with pytest.raises(InvalidInput) as bad:
        withholding(300_000, year=2026, column="hei")
    assert bad.value.field == "column"
