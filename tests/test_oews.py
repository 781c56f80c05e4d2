"""Embedded BLS OEWS May 2025 data: rows read back exactly, hourly-only and top-coded rows."""

from __future__ import annotations

import math
from datetime import date
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from expectgap.datasets import oews, oews_search
from expectgap.errors import InsufficientData, InvalidInput, UnsupportedRule
from expectgap.money import Period

SOURCE = (
    Path(__file__).resolve().parents[2]
    / "shared/data/us-bls-oews-2025/oews_2025_national_state.csv.gz"
)
CREDIT = "Source: U.S. Bureau of Labor Statistics, OEWS May 2025"


def test_software_developers_national_row() -> None:
    # OEWS May 2025, 15-1252 Software Developers, national: P10 82,460 · P25 105,210 ·
    # P50 135,980 · P75 171,980 · P90 214,670; mean 148,100; employment 1,687,890.
    t = oews("15-1252")
    assert t.percentiles == (10.0, 25.0, 50.0, 75.0, 90.0)
    assert t.values == (82_460.0, 105_210.0, 135_980.0, 171_980.0, 214_670.0)
    assert t.mean == 148_100.0
    assert (t.currency, t.period, t.n, t.as_of, t.top_coded) == (
        "USD",
        Period.ANNUAL,
        None,  # employment is not a sample size
        date(2025, 5, 15),
        (),
    )
    assert t.source is not None
    assert t.source.startswith(CREDIT)
    assert "15-1252 Software Developers, National" in t.source
    assert "employment 1,687,890" in t.source


def test_150k_sits_near_p60() -> None:
    # market-methods.md: $150,000 sits near P60 (P60.4 log-linear, our documented method):
    # 50 + 25 x ln(150000 / 135980) / ln(171980 / 135980) = 60.445
    assert oews("15-1252").percentile_of(150_000) == pytest.approx(60.445, abs=1e-3)


def test_lookup_by_title_and_state() -> None:
    # OEWS May 2025, 15-1252, California: P10 105,060 · P50 174,410 · P90 272,670
    by_code = oews("15-1252", area="California")
    assert oews("software DEVELOPERS", area="ca") == by_code
    assert (by_code.exact[10], by_code.exact[50], by_code.exact[90]) == (105_060, 174_410, 272_670)
    assert oews("15-1252", "US") == oews("15-1252", "national")
    assert "California" in (by_code.source or "")


def test_hourly_only_occupation() -> None:
    # OEWS May 2025, 27-2011 Actors (footnote 4, hourly only): $16.50 · 20.34 · 29.05 · 97.95
    # · 143.68 an hour, mean $58.29.
    t = oews("Actors")
    assert t.period is Period.HOURLY
    assert t.values == (16.50, 20.34, 29.05, 97.95, 143.68)
    assert t.mean == 58.29


def test_annual_only_occupation() -> None:
    # OEWS May 2025, 25-1011 Business Teachers, Postsecondary (footnote 4, annual only)
    t = oews("25-1011")
    assert t.period is Period.ANNUAL
    assert t.values == (47_180.0, 64_150.0, 99_080.0, 141_710.0, 209_470.0)


def test_top_coded_row() -> None:
    # OEWS May 2025, 27-2021 Athletes and Sports Competitors, California (footnotes 4 and 5):
    # P10 40,120 · P25 65,780 · P50 79,040 · P75 149,490 · P90 top-coded (>= $239,200).
    t = oews("27-2021", "CA")
    assert t.exact == {10.0: 40_120.0, 25.0: 65_780.0, 50.0: 79_040.0, 75.0: 149_490.0}
    assert t.bounds == {90.0: 239_200.0}
    assert t.top_coded == (90.0,)
    assert t.mean == 294_080.0
    assert t.cdf(239_200) <= 0.90  # at least 10% at or above the bound


def test_uninformative_top_code_is_left_out() -> None:
    # Missouri athletes: P75 775,740 already exceeds the $239,200 top-code of the empty P90
    t = oews("27-2021", "Missouri")
    assert t.percentiles == (10.0, 25.0, 50.0, 75.0)
    assert t.top_coded == ()


@pytest.mark.parametrize(
    ("occupation", "area", "reason"),
    [
        ("29-1022", "Alabama", "top-coded"),  # every cell top-coded (footnote 5)
        ("15-1252", "Alaska", "not released"),  # footnote 8, no wages published
        ("11-2011", "Wyoming", "no estimate"),  # not in the Wyoming file at all
    ],
)
def test_rows_without_a_distribution(occupation: str, area: str, reason: str) -> None:
    with pytest.raises(InsufficientData, match=reason):
        oews(occupation, area)


def test_footnote_8_row_with_published_wages() -> None:
    # Arizona 29-1022 Oral and Maxillofacial Surgeons: footnote 8, employment not released,
    # but the wages are published: P10 112,100 · P25 120,900 · P50 322,800 · P75 388,130 ·
    # P90 432,240.
    t = oews("29-1022", "AZ")
    assert t.values == (112_100.0, 120_900.0, 322_800.0, 388_130.0, 432_240.0)
    assert "employment" not in (t.source or "")


def test_tied_percentiles_become_one_mid_rank_point() -> None:
    # National 53-4041 Subway and Streetcar Operators: P75 = P90 = 90,140 (a mass point).
    # The tie is kept as one point at P(75 + 90) / 2 = P82.5; 90,140 then ranks at 82.5.
    t = oews("53-4041")
    assert t.exact == {10.0: 55_180.0, 25.0: 61_980.0, 50.0: 86_380.0, 82.5: 90_140.0}
    assert t.percentile_of(90_140) == 82.5
    assert "P75 = P90 = 90,140: kept as one point at P82.5" in (t.source or "")


def test_unknown_names_suggest_the_closest() -> None:
    with pytest.raises(UnsupportedRule, match="Software Developers"):
        oews("Sofware Developers")
    with pytest.raises(UnsupportedRule, match="California"):
        oews("15-1252", "Califrnia")
    with pytest.raises(UnsupportedRule):
        oews("99-9999")
    with pytest.raises(InvalidInput):
        oews("")


def test_shared_title_uses_the_detailed_occupation() -> None:
    # "Cashiers" is both 41-2010 (broad) and 41-2011 (detailed); national P50 32,880 is 41-2011's
    assert oews("Cashiers").exact[50] == 32_880.0
    assert oews("41-2010").exact[50] == 32_930.0


def test_search() -> None:
    found = oews_search("software")
    assert found.columns.tolist() == ["code", "title", "level"]
    assert found["code"].tolist() == ["15-1250", "15-1252", "15-1253"]
    assert found["level"].tolist() == [2, 3, 3]
    assert oews_search("15-125")["code"].tolist() == [
        "15-1250",
        "15-1251",
        "15-1252",
        "15-1253",
        "15-1254",
        "15-1255",
    ]
    assert oews_search("no such occupation xyz").empty


def test_package_data_is_compact() -> None:
    data = resources.files("expectgap.datasets.data")
    size = sum(
        len(data.joinpath(name).read_bytes())
        for name in ("oews_2025.csv.gz", "oews_2025_occupations.csv.gz", "us_areas.toml")
    )
    assert size < 2_000_000


@pytest.mark.skipif(not SOURCE.exists(), reason="shared BLS source file not available")
def test_rows_read_back_exactly_from_the_bls_file() -> None:
    # Every national row, and a fixed sample of state rows, against the shared BLS extract.
    raw = pd.read_csv(SOURCE, dtype=str, keep_default_na=False)
    rng = np.random.default_rng(2025)
    states = raw[raw["area_type"] == "S"]
    rows = pd.concat(
        [raw[raw["area_type"] == "N"], states.iloc[rng.choice(len(states), 1500, replace=False)]]
    )
    checked = 0
    for row in rows.itertuples(index=False):
        area = "national" if row.area_type == "N" else row.area_name
        annual = [row.a_pct10, row.a_pct25, row.a_median, row.a_pct75, row.a_pct90]
        hourly = [row.h_pct10, row.h_pct25, row.h_median, row.h_pct75, row.h_pct90]
        cells = annual if any(c != "-" for c in annual) else hourly
        published = [
            (p, float(c)) for p, c in zip((10, 25, 50, 75, 90), cells, strict=True) if c != "-"
        ]
        exact: dict[float, float] = {}
        for amount in sorted({v for _, v in published}):  # tied percentiles: their mean
            tied = [p for p, v in published if v == amount]
            exact[sum(tied) / len(tied)] = amount
        if len(exact) < 2:
            with pytest.raises(InsufficientData):
                oews(row.occ_code, area)
            continue
        t = oews(row.occ_code, area)
        assert t.exact == exact, (row.occ_code, area)
        assert t.period is (Period.ANNUAL if cells is annual else Period.HOURLY)
        mean = row.a_mean if cells is annual else row.h_mean
        assert t.mean == (None if mean == "-" else float(mean))
        checked += 1
    assert checked > 2_000
    assert math.isfinite(checked)


def test_metropolitan_area_by_name_part_code_and_full_name() -> None:
    # BLS OEWS May 2025, area 0041940 (San Jose-Sunnyvale-Santa Clara, CA), 15-1252:
    # a_pct10..a_pct90 = 138420, 173650, 213110, 226080, 289150; a_mean 221710; tot_emp 87350.
    from expectgap.datasets import oews

    for area in ("San Jose", "41940", "0041940", "san jose-sunnyvale-santa clara, ca"):
        t = oews("Software Developers", area=area)
        assert t.values == (138420.0, 173650.0, 213110.0, 226080.0, 289150.0)
    assert "San Jose-Sunnyvale-Santa Clara, CA" in t.source
    assert "employment 87,350" in t.source


def test_metropolitan_hourly_only_occupation_with_tied_percentiles() -> None:
    # BLS OEWS May 2025, area 0010580 (Albany-Schenectady-Troy, NY), 27-2042 Musicians and
    # Singers, footnote 4 (hourly only): h_pct10..h_pct90 = 25.59, 42.80, 53.78, 53.78, 70.67.
    from expectgap.datasets import oews

    t = oews("27-2042", area="Albany-Schenectady")
    assert t.period.value == "hourly"
    assert t.exact[62.5] == 53.78  # P50 = P75: one point at their mid-rank
    assert t.exact[90] == 70.67


def test_metropolitan_area_errors_and_search() -> None:
    from expectgap.datasets import oews
    from expectgap.datasets.oews import oews_areas

    with pytest.raises(UnsupportedRule, match="Springfield, IL"):
        oews("15-1252", area="Springfield")  # five areas share the name
    with pytest.raises(UnsupportedRule, match="metropolitan area"):
        oews("15-1252", area="Atlantis")
    with pytest.raises(InvalidInput):
        oews("15-1252", area="x" * 5000)
    found = oews_areas("san jose")
    assert found["code"].tolist() == ["0041940"]
    assert len(oews_areas()) == 528
