"""The embedded Japanese wage statistics against the published figures, worked by hand.

References (each transcribed in shared/data/jp-wage-census with its URL):
* MHLW 令和7年賃金構造基本統計調査, 一般労働者 所定内給与額 分布特性値 (national, 2025):
  P10 199.9, P25 238.2, P50 296.6, P75 389.8, P90 527.3 thousand yen; 2015: 166.0, 204.1,
  263.4, 359.3, 487.9.
* MHLW 令和6年 (2024) means: national 330.4 (contractual 359.6, bonus 954.7), 東京都 403.7,
  ソフトウェア作成者 357.0 (contractual 386.2, bonus 1,106.8), 係長級 385.9, 大企業 364.5.
* MHLW series of mean scheduled pay: 2019 restated 306.0, 2020 307.7, 2021 307.4, 2022 311.8,
  2023 318.3, 2024 330.4, 2025 preliminary 340.6 (速報, 2026-01-16).
* NTA 令和5年分 民間給与実態統計調査, employees by annual-pay bracket (万人): 413.6, 622.6,
  709.3, 825.5, 781.7, 550.4, 362.1, 248.8, 163.8, 119.1, 203.5, 45.1, 14.3, 16.2 (total
  5,076.0).
"""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap.datasets import (
    derive_breakdown_table,
    nta_salary_distribution,
    wage_census,
    wage_census_search,
    wage_census_trend,
)
from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.market import SurveyTable

NATIONAL_2025 = {10: 199_900, 25: 238_200, 50: 296_600, 75: 389_800, 90: 527_300}


def _by_hand(mean: float, national_mean: float) -> dict[float, float]:
    """Every national 2025 point x mean / national mean, rounded to the yen."""
    return {float(p): float(round(v * mean / national_mean)) for p, v in NATIONAL_2025.items()}


# --- published points ------------------------------------------------------------------------
def test_national_2025_reads_back_exactly() -> None:
    table = wage_census()
    assert table.exact == {float(p): float(v) for p, v in NATIONAL_2025.items()}
    assert table.currency == "JPY"
    assert table.period.value == "monthly"
    assert table.as_of == date(2025, 6, 30)
    for p, v in NATIONAL_2025.items():
        assert table.ppf(p / 100) == v  # exact, not approximately
        assert table.percentile_of(v) == pytest.approx(p, abs=1e-9)
    assert "出典：厚生労働省「賃金構造基本統計調査」を加工して作成" in str(table.source)
    assert "UNCONFIRMED" in str(table.source)  # one secondary source only
    assert table.mean == 340_600.0  # the 2025 preliminary mean (速報), published


def test_national_2015_reads_back_exactly() -> None:
    table = wage_census(year=2015)
    assert table.values == (166_000.0, 204_100.0, 263_400.0, 359_300.0, 487_900.0)
    assert table.as_of == date(2015, 6, 30)


def test_published_dispersion_coefficients_match_the_points() -> None:
    # 十分位分散係数 (P90 - P10) / (2 P50) = 0.55, 四分位分散係数 (P75 - P25) / (2 P50) = 0.26
    t = wage_census().exact
    assert round((t[90] - t[10]) / (2 * t[50]), 2) == 0.55
    assert round((t[75] - t[25]) / (2 * t[50]), 2) == 0.26


def test_published_points_agree_with_the_published_mean() -> None:
    # The percentiles come from one transcription; the mean comes from other sources (the
    # headline series: 340.6 in 2025 preliminary, 304.0 in 2015). The table's distribution
    # (log-linear inside, lognormal tails) has a mean within 1% of it: mean = integral of ppf.
    q = (np.arange(100_000) + 0.5) / 100_000
    for year, published in ((2025, 340_600), (2015, 304_000)):
        assert float(np.mean(wage_census(year=year).ppf(q))) == pytest.approx(published, rel=0.01)


# --- derived tables, each by hand ----------------------------------------------------------------
def test_tokyo_by_hand() -> None:
    # 東京都 2024 mean 403.7 over the national 2024 mean 330.4: P50 = 296,600 x 403.7 / 330.4
    # = 362,401.4 -> 362,401 yen
    table = wage_census(prefecture="東京都")
    assert table.exact == _by_hand(403_700, 330_400)
    assert table.exact[50] == 362_401.0
    assert wage_census(prefecture="Tokyo") == table == wage_census("東京")
    assert wage_census(prefecture="13").exact == table.exact
    assert table.as_of == date(2025, 6, 30)
    assert table.n is None
    assert "model: national 2025 distribution" in str(table.source)
    assert "assumes the national spread" in str(table.source)


def test_software_developers_by_hand() -> None:
    # ソフトウェア作成者 2024: 357.0 / 330.4; P90 = 527,300 x 357.0 / 330.4 = 569,752.1
    table = wage_census(occupation="ソフトウェア作成者")
    assert table.exact == _by_hand(357_000, 330_400)
    assert table.exact[90] == 569_752.0
    assert wage_census(occupation="software developers") == table
    source = str(table.source)
    assert "ソフトウェア作成者" in source
    assert "aged to 2025 by the series" in source
    assert "330.4k yen in 2024, 340.6k yen in 2025 preliminary" in source


def test_role_level_by_hand() -> None:
    # 係長級 385.9, 課長級 512.0, 部長級 627.2 (2024, employees without a fixed-term contract)
    for name, mean in (("係長級", 385_900), ("課長級", 512_000), ("部長級", 627_200)):
        table = wage_census(role=name)
        assert table.exact == _by_hand(mean, 330_400)
        assert "雇用期間の定めのない者" in str(table.source)
    assert wage_census(role="kacho") == wage_census(role="課長級")
    assert wage_census(role="section manager") == wage_census(role="課長")


def test_role_level_of_an_earlier_year_by_hand() -> None:
    # 係長級 2022: 369.0 over the national 2022 mean 311.8
    assert wage_census(role="係長級", year=2022).exact == _by_hand(369_000, 311_800)


def test_firm_size_education_and_sex_by_hand() -> None:
    assert wage_census(firm_size="large").exact == _by_hand(364_500, 330_400)
    assert wage_census(education="大学院").exact == _by_hand(497_000, 330_400)
    # male 大学 2024 417.7 over the national (both sexes) 2024 mean 330.4
    assert wage_census(education="university", sex="male").exact == _by_hand(417_700, 330_400)
    # the 2025 preliminary figure only when asked: 大学 396.3 over 340.6 (same year, no aging)
    table = wage_census(education="大学", year=2025)
    assert table.exact == _by_hand(396_300, 340_600)
    assert "aged to" not in str(table.source)
    # national by sex: the series' male 2024 mean 363.1 over 330.4
    assert wage_census(sex="male").exact == _by_hand(363_100, 330_400)


def test_employment_type_and_age_band_by_hand() -> None:
    # 正社員・正職員 35~39歳 2024: 340.3; 30~34歳 only for 2023: 294.1 over 318.3
    assert wage_census(employment_type="regular", age="35-39").exact == _by_hand(340_300, 330_400)
    assert wage_census(employment_type="正社員・正職員", age="30~34歳").exact == _by_hand(
        294_100, 318_300
    )
    assert wage_census(employment_type="non-regular").exact == _by_hand(226_600, 318_300)


def test_contractual_and_annual_measures_by_hand() -> None:
    # contractual (きまって支給する現金給与額) 386.2 over the national scheduled mean 330.4
    contractual = wage_census(occupation="ソフトウェア作成者", measure="contractual")
    assert contractual.exact == _by_hand(386_200, 330_400)
    assert "きまって支給する現金給与額" in str(contractual.source)
    # annual convention: 12 x 386.2 + 1,106.8 = 5,741.2 thousand yen a year
    annual = wage_census(occupation="ソフトウェア作成者", measure="annual")
    assert annual.period.value == "annual"
    assert annual.exact == _by_hand(5_741_200, 330_400)
    assert "not an MHLW statistic" in str(annual.source)
    # national annual convention: 12 x 359.6 + 954.7 = 5,269.9 thousand yen
    assert wage_census(measure="annual").exact == _by_hand(5_269_900, 330_400)


def test_derive_breakdown_table_is_the_one_derivation() -> None:
    national = wage_census()
    derived = derive_breakdown_table(national, value=403_700, national_mean=330_400, label="x")
    assert derived.exact == wage_census(prefecture="東京都").exact
    assert derived.source == "x"
    assert derived.as_of == national.as_of
    with pytest.raises(InvalidInput, match="national_mean"):
        derive_breakdown_table(national, value=1.0, national_mean=0.0, label="x")


@settings(max_examples=25, deadline=None)
@given(ratio=st.floats(min_value=0.3, max_value=4.0))
def test_derived_percentiles_move_with_the_mean(ratio: float) -> None:
    national = wage_census()
    derived = derive_breakdown_table(
        national, value=330_400 * ratio, national_mean=330_400, label=""
    )
    for p, v in national.exact.items():
        assert abs(derived.exact[p] - v * ratio) <= 0.5 + 1e-6 * v * ratio
    assert derived.percentile_of(national.exact[50] * ratio) == pytest.approx(50, abs=0.01)


# --- errors ---------------------------------------------------------------------------------------
def test_unknown_names_suggest_the_closest() -> None:
    with pytest.raises(UnsupportedRule, match="東京都"):
        wage_census(prefecture="Tokio")
    with pytest.raises(InvalidInput, match="one breakdown at a time"):
        wage_census(prefecture="東京都", role="係長級")
    with pytest.raises(InvalidInput, match="employment_type"):
        wage_census(age="35-39")
    with pytest.raises(UnsupportedRule, match="scheduled"):
        wage_census(role="係長級", measure="contractual")
    with pytest.raises(InvalidInput, match="measure"):
        wage_census(measure="net")
    with pytest.raises(InvalidInput, match="measure"):
        wage_census(measure=["scheduled"])  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="prefecture"):
        wage_census(prefecture=13.0)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="year"):
        wage_census(year=True)
    with pytest.raises(UnsupportedRule, match="2024"):
        wage_census(prefecture="東京都", year=2019)
    with pytest.raises(InvalidInput, match="sex") as caught:
        wage_census(sex="x" * 10_000)
    assert len(str(caught.value)) < 200  # the value is cut in the message
    with pytest.raises(InvalidInput, match="prefecture"):
        wage_census(prefecture="\n" * 1000)


def test_search_finds_japanese_and_english_names() -> None:
    hits = wage_census_search("ソフトウェア")
    assert hits["name_en"].tolist() == ["Software developers"]
    row = hits.iloc[0]
    assert (row.scheduled_monthly, row.contractual_monthly, row.annual_bonus) == (
        357_000.0,
        386_200.0,
        1_106_800.0,
    )
    assert set(wage_census_search("tokyo")["name_ja"]) == {"東京都"}
    roles = wage_census_search("kakaricho")
    assert set(roles["name_ja"]) == {"係長級"}
    assert set(roles["breakdown"]) == {"role"}
    assert math.isnan(roles.iloc[0].contractual_monthly)
    assert wage_census_search("no such thing").empty


# --- the trend, by hand from the series -------------------------------------------------------------
def test_trend_figures_by_hand() -> None:
    trend = wage_census_trend()
    assert trend.rate(2024) == pytest.approx(330.4 / 318.3 - 1)  # 3.80%
    assert trend.rate(2025) == pytest.approx(340.6 / 330.4 - 1)  # 3.09% (preliminary)
    assert trend.rate(2020) == pytest.approx(307.7 / 306.0 - 1)  # on the restated 2019 basis
    assert trend.compound_rate(3) == pytest.approx((340.6 / 311.8) ** (1 / 3) - 1)  # 2.99%
    assert trend.compound_rate(5) == pytest.approx((340.6 / 307.7) ** (1 / 5) - 1)  # 2.05%
    assert round(100 * trend.rate(2024), 1) == 3.8
    assert round(100 * trend.rate(2025), 1) == 3.1
    assert trend.rates == {
        "last": trend.rate(2025),
        "3y": trend.compound_rate(3),
        "5y": trend.compound_rate(5),
    }
    assert trend.preliminary == (2025,)
    assert trend.extrapolation_basis == (2022, 2025)


def test_trend_ages_tables_through_the_data_and_beyond() -> None:
    trend = wage_census_trend()
    june = date(2023, 6, 30)
    # inside the data: June 2023 -> June 2025 is the ratio of the means, 340.6 / 318.3
    assert trend.factor(june, date(2025, 6, 30)) == pytest.approx(340.6 / 318.3)
    # beyond June 2025: the 3-year compound rate, for 16 months (2025-06-30 -> 2026-10-30)
    rate = (340.6 / 311.8) ** (1 / 3) - 1
    assert trend.factor(date(2025, 6, 30), date(2026, 10, 30)) == pytest.approx(
        (1 + rate) ** (16 / 12)
    )
    assert trend.extrapolated(date(2025, 6, 30), date(2026, 10, 30))
    assert not trend.extrapolated(june, date(2025, 6, 30))
    aged = trend.age(wage_census(), date(2026, 6, 30))
    assert aged.exact[50] == pytest.approx(296_600 * (1 + rate))
    assert wage_census_trend("last").extrapolation_rate == pytest.approx(340.6 / 330.4 - 1)


# --- NTA ----------------------------------------------------------------------------------------------
NTA_2023 = (
    413.6,
    622.6,
    709.3,
    825.5,
    781.7,
    550.4,
    362.1,
    248.8,
    163.8,
    119.1,
    203.5,
    45.1,
    14.3,
    16.2,
)


def test_nta_brackets_by_hand() -> None:
    d = nta_salary_distribution(2023)
    total = sum(NTA_2023)
    assert total == pytest.approx(5_076.0)
    # at a bracket bound the cdf is the cumulative count: 400万 -> (413.6 + ... + 825.5) / 5,076
    assert d.cdf(4_000_000) == pytest.approx(sum(NTA_2023[:4]) / total)
    assert d.cdf(10_000_000) == pytest.approx(sum(NTA_2023[:10]) / total)
    # inside a bracket, uniform: 450万 is half-way through 400-500万
    assert d.cdf(4_500_000) == pytest.approx((sum(NTA_2023[:4]) + 781.7 / 2) / total)
    # the median by hand: 300万 + 100万 x (2,538.0 - 1,745.5) / 825.5
    assert d.ppf(0.5) == pytest.approx(3_000_000 + 1_000_000 * (total / 2 - 1_745.5) / 825.5)
    # the open top: Pareto through the shares above 2,000万 (30.5) and 2,500万 (16.2)
    alpha = math.log(30.5 / 16.2) / math.log(2_500 / 2_000)
    assert d.alpha == pytest.approx(alpha)
    assert d.cdf(50_000_000) == pytest.approx(1 - 16.2 / total * 2**-alpha)
    assert d.percentile_of(25_000_000) == pytest.approx(100 * (1 - 16.2 / total))
    assert "all private employees, part-time included" in str(d.source)
    assert "出典：国税庁「民間給与実態統計調査」を加工して作成" in str(d.source)


def test_nta_model_mean_is_near_the_published_mean() -> None:
    # NTA 令和5年分: mean annual pay 459.5万円 (459万5千円; 388.1 + 71.4). The model's mean
    # (midpoints, Pareto top) is an independent check of the interpolation and the tail.
    assert nta_salary_distribution(2023).mean == pytest.approx(4_595_000, rel=0.005)


@settings(max_examples=30, deadline=None)
@given(q=st.floats(min_value=1e-6, max_value=1 - 1e-6))
def test_nta_ppf_inverts_cdf(q: float) -> None:
    d = nta_salary_distribution()
    assert float(d.cdf(d.ppf(q))) == pytest.approx(q, abs=1e-9)


def test_nta_other_years_and_errors() -> None:
    d2020 = nta_salary_distribution(2020)  # shares only
    assert d2020.cdf(1_000_000) == pytest.approx(8.4 / 100)
    assert np.all(np.diff(nta_salary_distribution(2023, sex="female").cdf([1e6, 3e6, 9e6])) > 0)
    with pytest.raises(UnsupportedRule, match="2023"):
        nta_salary_distribution(2019)
    table = nta_salary_distribution().to_table()
    assert isinstance(table, SurveyTable)
    assert table.period.value == "annual"


def test_a_prefecture_by_its_jis_code_as_the_payroll_engine_takes_it() -> None:
    assert wage_census(prefecture=27).values == wage_census(prefecture="大阪府").values
