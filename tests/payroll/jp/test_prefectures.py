"""Prefecture lookup: JIS X 0401 codes, romanized and Japanese names, errors with suggestions."""

from __future__ import annotations

import numpy as np
import pytest

from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.payroll import jp

# Reference: JIS X 0401 (都道府県コード); a few rows written out by hand.
JIS_REFERENCE = [
    (1, "hokkaido", "北海道"),
    (2, "aomori", "青森県"),
    (13, "tokyo", "東京都"),
    (14, "kanagawa", "神奈川県"),
    (23, "aichi", "愛知県"),
    (26, "kyoto", "京都府"),
    (27, "osaka", "大阪府"),
    (28, "hyogo", "兵庫県"),
    (39, "kochi", "高知県"),
    (44, "oita", "大分県"),
    (47, "okinawa", "沖縄県"),
]


def test_there_are_47_in_jis_order() -> None:
    prefectures = jp.supported_prefectures()
    assert [p.code for p in prefectures] == list(range(1, 48))
    assert len({p.name for p in prefectures}) == 47
    assert len({p.japanese for p in prefectures}) == 47
    # 1 都, 1 道, 2 府, 43 県
    suffixes = [p.japanese[-1] for p in prefectures]
    assert (suffixes.count("都"), suffixes.count("道"), suffixes.count("府")) == (1, 1, 2)
    assert suffixes.count("県") == 43


@pytest.mark.parametrize(
    ("code", "name", "japanese"), JIS_REFERENCE, ids=[r[1] for r in JIS_REFERENCE]
)
def test_jis_reference_rows(code: int, name: str, japanese: str) -> None:
    expected = jp.Prefecture(code, name, japanese)
    assert jp.prefecture(code) == expected
    assert jp.prefecture(name) == expected
    assert jp.prefecture(japanese) == expected


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("Tokyo", 13),
        ("TOKYO", 13),
        (" tokyo ", 13),
        ("Tokyo-to", 13),
        ("tokyo-to", 13),
        ("Tokyo Metropolis", 13),
        ("Tōkyō", 13),
        ("Toukyou", 13),
        ("Osaka-fu", 27),
        ("Ōsaka", 27),
        ("Oosaka", 27),
        ("Kyoto-fu", 26),
        ("Aichi-ken", 23),
        ("Aichi Prefecture", 23),
        ("Hokkaidō", 1),
        ("Hyōgo", 28),
        ("Kōchi", 39),
        ("Ōita", 44),
        ("13", 13),
        ("01", 1),
        ("1", 1),
        ("１３", 13),  # full-width digits
        (np.int64(13), 13),
        ("東京", 13),
        ("東京都", 13),
        ("大阪", 27),
        ("京都", 26),
        ("北海道", 1),
        ("神奈川", 14),
        ("沖縄県", 47),
    ],
)
def test_accepted_spellings(value: object, code: int) -> None:
    assert jp.prefecture(value).code == code


def test_prefecture_instance_passes_through() -> None:
    p = jp.prefecture("tokyo")
    assert jp.prefecture(p) is p


def test_japanese_short_names() -> None:
    assert [jp.prefecture(c).japanese_short for c in (1, 13, 26, 27, 47)] == [
        "北海道",
        "東京",
        "京都",
        "大阪",
        "沖縄",
    ]


@pytest.mark.parametrize(
    ("value", "suggested"),
    [("tokio", "tokyo"), ("hokaido", "hokkaido"), ("Osakka", "osaka"), ("東京府", "東京都")],
)
def test_unknown_name_suggests_closest(value: str, suggested: str) -> None:
    with pytest.raises(UnsupportedRule) as info:
        jp.prefecture(value)
    err = info.value
    assert err.field == "prefecture"
    assert err.value == value
    assert suggested in err.suggestions
    assert len(err.supported) == 47
    assert "tokyo" in err.supported
    assert "did you mean" in str(err)


@pytest.mark.parametrize("value", [0, 48, "48", "00", -1])
def test_unknown_code(value: object) -> None:
    with pytest.raises(UnsupportedRule) as info:
        jp.prefecture(value)
    assert info.value.supported == tuple(range(1, 48))


@pytest.mark.parametrize("value", [None, 13.0, True, ["tokyo"]])
def test_wrong_type(value: object) -> None:
    with pytest.raises(InvalidInput) as info:
        jp.prefecture(value)
    assert info.value.field == "prefecture"
