"""Words of an offer comparison in English and Japanese: row labels, assumptions, notes and
talking points.

Examples
--------
>>> label("total_compensation", "ja")
'総報酬（全期間）'
>>> money(1234.5, "USD")
'$1,234.50'
"""

from __future__ import annotations

import math
import re

from expectgap.errors import InvalidInput
from expectgap.money import Money

__all__ = ["LOCALES", "label", "markdown_text", "money", "phrase"]

LOCALES = ("en", "ja")

_LABELS: dict[str, tuple[str, str]] = {
    "position_title": ("position title", "職位"),
    "position": ("position level", "職位レベル"),
    "gross_salary": ("gross salary, year 1 (guaranteed cash)", "年収（1年目・保証分）"),
    "net_salary": ("take-home, year 1", "手取り年額（1年目）"),
    "bonus": ("bonus, year 1 (expected)", "賞与（1年目・見込み）"),
    "sign_on": ("sign-on bonus", "入社一時金"),
    "equity": ("equity vesting over the period", "株式報酬（全期間の権利確定分）"),
    "benefits": ("benefits per year", "福利厚生（年額）"),
    "hours": ("hours per week", "週の所定労働時間"),
    "overtime": ("overtime hours per month", "月の残業時間"),
    "location": ("location", "勤務地"),
    "remote_work": ("remote days per week", "週のリモート日数"),
    "leave": ("paid leave days per year", "年次有給休暇"),
    "atmosphere": ("atmosphere", "職場の雰囲気"),
    "first_year_gross": ("gross cash, year 1", "現金報酬（1年目）"),
    "average_gross": ("gross cash, average per year", "現金報酬（年平均）"),
    "total_gross": ("gross cash over the period", "現金報酬（全期間）"),
    "first_year_total": ("total compensation, year 1", "総報酬（1年目）"),
    "average_total": ("total compensation, average per year", "総報酬（年平均）"),
    "total_compensation": ("total compensation over the period", "総報酬（全期間）"),
    "first_year_net": ("take-home, year 1", "手取り（1年目）"),
    "average_net": ("take-home, average per year", "手取り（年平均）"),
    "total_net": ("take-home over the period", "手取り（全期間）"),
    "market_percentile": ("market percentile", "市場でのパーセンタイル"),
    "raise_gross_first_year": (
        "rise in gross cash over current pay, year 1",
        "現年収からの増加率（1年目）",
    ),
    "raise_gross_average": (
        "rise in gross cash over current pay, average",
        "現年収からの増加率（年平均）",
    ),
    "raise_total_first_year": (
        "rise in total compensation over current pay, year 1",
        "現在の総報酬からの増加率（1年目）",
    ),
    "raise_total_average": (
        "rise in total compensation over current pay, average",
        "現在の総報酬からの増加率（年平均）",
    ),
    "raise_net_first_year": (
        "rise in take-home over current pay, year 1",
        "現在の手取りからの増加率（1年目）",
    ),
    "raise_net_average": (
        "rise in take-home over current pay, average",
        "現在の手取りからの増加率（年平均）",
    ),
    "scenario_equity": (
        "equity over the period, share price scenario {scenario}",
        "株式報酬（全期間・株価シナリオ{scenario}）",
    ),
    "scenario_total": (
        "total compensation over the period, share price scenario {scenario}",
        "総報酬（全期間・株価シナリオ{scenario}）",
    ),
    "year_gross": ("year {year}: gross cash", "{year}年目：現金報酬"),
    "year_equity": ("year {year}: equity", "{year}年目：株式報酬"),
    "year_total": ("year {year}: total compensation", "{year}年目：総報酬"),
    "year_net": ("year {year}: take-home", "{year}年目：手取り"),
    # headings and words
    "title": ("Offers compared", "オファー比較"),
    "leads": ("leads", "優位"),
    "by": ("by", "差"),
    "tie": ("tie", "同等"),
    "not_stated": ("not stated", "記載なし"),
    "not_computed": ("not computed", "算出なし"),
    "dimensions": ("Side by side", "項目別の比較"),
    "by_year": ("Year by year", "年ごとの推移"),
    "assumptions": ("Assumptions", "前提"),
    "notes": ("Notes", "注記"),
    "points": ("Talking points", "トークポイント"),
    "current": ("current pay", "現在の報酬"),
    "year": ("year", "年目"),
    "n_years": ("{years} years", "{years}年間"),
    "points_unit": ("{value} points", "{value}ポイント"),
    "gross": ("gross cash", "現金報酬"),
    "total": ("total", "総報酬"),
    "net": ("take-home", "手取り"),
}

_PHRASES: dict[str, tuple[str, str]] = {
    # assumptions
    "raise_assumption": (
        "Base pay rises {rate}% a year (an assumption).",
        "基本給は年{rate}%上昇（仮定）。",
    ),
    "raise_market": (
        "Base pay rises {rate}% a year, the market trend (an assumption).",
        "基本給は市場トレンドの年{rate}%で上昇（仮定）。",
    ),
    "no_raise": (
        "No raise is assumed: base pay stays as offered.",
        "昇給は見込んでいません（基本給はオファーのまま）。",
    ),
    "price_path": (
        "Equity is valued with the {path} (an assumption).",
        "株式報酬の評価：{path}（仮定）。",
    ),
    "rules_year": (
        "Take-home pay under the {jurisdiction} payroll rules of {year}, held for every year.",
        "手取りは{jurisdiction}の{year}年の制度で各年を計算。",
    ),
    "years_are_full": (
        "Each year is a full year of pay counted from the hire.",
        "各年は入社から数えた満1年分の給与です。",
    ),
    # notes
    "net_not_computed": (
        "{offer}: no payroll engine for its jurisdiction and currency; take-home is not computed.",
        "{offer}：該当する給与計算エンジンがないため手取りは算出していません。",
    ),
    "equity_before_tax": (
        "{offer}: equity and benefits are shown before tax; take-home covers cash pay only.",
        "{offer}：株式報酬と福利厚生は税引前の額です（手取りは現金報酬のみ）。",
    ),
    "net_needs_region": (
        "{offer}: take-home is not computed: the payroll rules need the region of work (a US "
        "state), which the offer does not state.",
        "{offer}：給与計算に勤務地の地域（米国の州など）が必要ですが記載がないため、手取りは算出していません。",
    ),
    "current_net_not_computed": (
        "Take-home of your current pay is not computed (its region of work is needed: "
        "current_region); the rise is shown in gross terms.",
        "現在の報酬の手取りは算出していません（勤務地の地域 current_region が必要です）。増加率は額面で示しています。",
    ),
    "region_not_stated": (
        "{offer}: no region of work stated; take-home uses the payroll engine's default region "
        "(Japan: Tokyo).",
        "{offer}：勤務地の地域が記載されていないため、手取りは既定の地域（日本：東京都）で計算しています。",
    ),
    "sign_on_clawback": (
        "{offer}: the sign-on bonus of {amount} is repayable ({clawback}) on leaving within {months} months.",
        "{offer}：入社一時金{amount}は{months}か月以内の退職で返還対象です（{clawback}）。",
    ),
    "clawback_full": ("in full", "全額"),
    "clawback_pro_rata": ("pro rata", "按分"),
    "market": (
        "Market: {source}, measuring {measure}; each offer's {measure} is placed in it.",
        "市場データ：{source}（{measure}）。各オファーの{measure}を位置づけています。",
    ),
    # talking points
    "raise_net": (
        "{offer}: a {pct}% {change} in take-home over your current pay in year 1 "
        "({avg}% on average over {years} years).",
        "{offer}：手取りは現在より1年目に{pct}%{change_ja}（{years}年平均で{avg}%）。",
    ),
    "raise_gross": (
        "{offer}: a {pct}% {change} in gross cash over your current pay in year 1 "
        "({avg}% on average over {years} years).",
        "{offer}：年収は現在より1年目に{pct}%{change_ja}（{years}年平均で{avg}%）。",
    ),
    "other_leads": (
        "{other} leads {offer} on {dimension}: {their} against {ours} ({diff} more).",
        "{dimension}は{other}が{offer}を上回ります：{their}対{ours}（差{diff}）。",
    ),
    "ours_leads": (
        "{offer} leads {other} on {dimension}: {ours} against {their} ({diff} more).",
        "{dimension}は{offer}が{other}を上回ります：{ours}対{their}（差{diff}）。",
    ),
    "ours_has": (
        "{offer} offers {dimension} ({ours}); {other} states none.",
        "{offer}には{dimension}（{ours}）があり、{other}の提示には記載がありません。",
    ),
    "rise": ("rise", "増加"),
    "fall": ("fall", "減少"),
}


def _check(locale: str) -> int:
    if locale not in LOCALES:
        raise InvalidInput("locale", locale, "one of " + ", ".join(LOCALES))
    return LOCALES.index(locale)


def label(code: str, locale: str = "en", **values: object) -> str:
    """The label of a row or a heading.

    Examples
    --------
    >>> label("year_total", "en", year=2)
    'year 2: total compensation'
    """
    return _LABELS[code][_check(locale)].format(**values)


def phrase(code: str, locale: str = "en", **values: object) -> str:
    """A sentence of the comparison with its values filled in.

    Examples
    --------
    >>> phrase("no_raise", "ja")
    '昇給は見込んでいません（基本給はオファーのまま）。'
    """
    return _PHRASES[code][_check(locale)].format(**values)


def money(amount: float, code: str) -> str:
    """An amount in a currency, formatted with its symbol and minor units.

    Examples
    --------
    >>> money(-5_000, "JPY")
    '-¥5,000'
    """
    return Money(repr(float(amount)) if math.isfinite(amount) else 0, code).format()


_MARKDOWN = re.compile(r"([\\`*_\[\]<>#|])")


def markdown_text(text: str) -> str:
    """User text made safe inside a Markdown table cell or line (markup escaped, one line).

    Examples
    --------
    >>> markdown_text("A|B <script>\\nx")
    'A\\\\|B \\\\<script\\\\> x'
    """
    return _MARKDOWN.sub(r"\\\1", " ".join(str(text).split()))
