"""``payroll/jp/params/prefectures.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``payroll/jp/params/prefectures.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "description": "Prefectures of Japan: JIS X 0401 code, romanized name, Japanese name",
            "source": "JIS X 0401 (都道府県コード); 全国健康保険協会 都道府県毎の保険料率 (names)",
        },
        "prefecture": [
            {"code": 1, "name": "hokkaido", "japanese": "北海道"},
            {"code": 2, "name": "aomori", "japanese": "青森県"},
            {"code": 3, "name": "iwate", "japanese": "岩手県"},
            {"code": 4, "name": "miyagi", "japanese": "宮城県"},
            {"code": 5, "name": "akita", "japanese": "秋田県"},
            {"code": 6, "name": "yamagata", "japanese": "山形県"},
            {"code": 7, "name": "fukushima", "japanese": "福島県"},
            {"code": 8, "name": "ibaraki", "japanese": "茨城県"},
            {"code": 9, "name": "tochigi", "japanese": "栃木県"},
            {"code": 10, "name": "gunma", "japanese": "群馬県"},
            {"code": 11, "name": "saitama", "japanese": "埼玉県"},
            {"code": 12, "name": "chiba", "japanese": "千葉県"},
            {"code": 13, "name": "tokyo", "japanese": "東京都"},
            {"code": 14, "name": "kanagawa", "japanese": "神奈川県"},
            {"code": 15, "name": "niigata", "japanese": "新潟県"},
            {"code": 16, "name": "toyama", "japanese": "富山県"},
            {"code": 17, "name": "ishikawa", "japanese": "石川県"},
            {"code": 18, "name": "fukui", "japanese": "福井県"},
            {"code": 19, "name": "yamanashi", "japanese": "山梨県"},
            {"code": 20, "name": "nagano", "japanese": "長野県"},
            {"code": 21, "name": "gifu", "japanese": "岐阜県"},
            {"code": 22, "name": "shizuoka", "japanese": "静岡県"},
            {"code": 23, "name": "aichi", "japanese": "愛知県"},
            {"code": 24, "name": "mie", "japanese": "三重県"},
            {"code": 25, "name": "shiga", "japanese": "滋賀県"},
            {"code": 26, "name": "kyoto", "japanese": "京都府"},
            {"code": 27, "name": "osaka", "japanese": "大阪府"},
            {"code": 28, "name": "hyogo", "japanese": "兵庫県"},
            {"code": 29, "name": "nara", "japanese": "奈良県"},
            {"code": 30, "name": "wakayama", "japanese": "和歌山県"},
            {"code": 31, "name": "tottori", "japanese": "鳥取県"},
            {"code": 32, "name": "shimane", "japanese": "島根県"},
            {"code": 33, "name": "okayama", "japanese": "岡山県"},
            {"code": 34, "name": "hiroshima", "japanese": "広島県"},
            {"code": 35, "name": "yamaguchi", "japanese": "山口県"},
            {"code": 36, "name": "tokushima", "japanese": "徳島県"},
            {"code": 37, "name": "kagawa", "japanese": "香川県"},
            {"code": 38, "name": "ehime", "japanese": "愛媛県"},
            {"code": 39, "name": "kochi", "japanese": "高知県"},
            {"code": 40, "name": "fukuoka", "japanese": "福岡県"},
            {"code": 41, "name": "saga", "japanese": "佐賀県"},
            {"code": 42, "name": "nagasaki", "japanese": "長崎県"},
            {"code": 43, "name": "kumamoto", "japanese": "熊本県"},
            {"code": 44, "name": "oita", "japanese": "大分県"},
            {"code": 45, "name": "miyazaki", "japanese": "宮崎県"},
            {"code": 46, "name": "kagoshima", "japanese": "鹿児島県"},
            {"code": 47, "name": "okinawa", "japanese": "沖縄県"},
        ],
    }
