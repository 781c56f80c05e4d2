"""Build the compact Japanese wage-statistics package data from the shared transcriptions.

Reads the CSVs of ``shared/data/jp-wage-census`` (MHLW 賃金構造基本統計調査 and NTA
民間給与実態統計調査, each row with its source URL and confidence) and writes, under
``src/expectgap/datasets/data/``:

* ``jp_census_sources.csv``: ``id, url`` (every source URL once; the other files name the id).
* ``jp_census_quantiles.csv``: the published national percentiles of scheduled monthly pay
  (所定内給与額) of 2015 and 2025, thousand yen.
* ``jp_census_series.csv``: the mean scheduled monthly pay by year and sex, 2014-2025 (2019
  twice: as published and restated on the 2020 method), thousand yen.
* ``jp_census_means.csv``: means by breakdown (prefecture, occupation, role, firm size,
  education, employment type x age, industry): scheduled and, where published, contractual
  monthly pay (きまって支給する現金給与額) and annual bonus, thousand yen.
* ``nta_salary_brackets.csv``: NTA employees by annual-pay bracket (万円), 2023 and 2020.

Every row keeps ``confidence`` (as transcribed) and a ``status``: ``cross_checked`` (two
independent sources agree, or a published total or cross-check confirms the row),
``single_source`` (one secondary source: UNCONFIRMED) or ``derived`` (computed, e.g. total minus
male). Amounts are copied as printed (decimal text), never recomputed.

Usage::

    .venv/bin/python tools/build_jp_census.py [path/to/shared/data/jp-wage-census]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "jp-wage-census"
OUT = ROOT / "src" / "expectgap" / "datasets" / "data"

# Rows confirmed against a second, independent source while building (docs/wage-data-jp.md,
# "Verification"): (year, breakdown, name_ja, sex) -> the confirming page.
SECOND_SOURCES = {
    **{
        ("2024", "role", name, "total"): "https://limo.media/articles/-/89108?page=2"
        for name in ("部長級", "課長級", "係長級")
    },
    # rounded means and the exact gap indices (large = 100: male 88.2 / 80.4, female 91.5 / 86.1)
    **{
        (
            "2024",
            "firm_size",
            name,
            sex,
        ): "https://www.jili.or.jp/lifeplan/houseeconomy/employment/3.html"
        for name in ("大企業", "中企業", "小企業")
        for sex in ("male", "female")
    },
    # the 2024 preliminary release already gave 高校 288.9 (advance-news.co.jp, 2024-12-26)
    (
        "2024",
        "education",
        "高校",
        "total",
    ): "https://advance-news.co.jp/news/2024/12/post-4707.html",
    # 令和6年概況 p.16: national 330.4, Tokyo 403.7 (the highest prefecture)
    ("2024", "national", "全国", "total"): "https://wic-net.com/material/document/19265/17",
    ("2024", "prefecture", "東京都", "total"): "https://wic-net.com/material/document/19265/17",
}


class Sources:
    def __init__(self) -> None:
        self.ids: dict[str, str] = {}

    def id(self, url: str) -> str:
        key = " ".join(str(url).split())
        if key not in self.ids:
            self.ids[key] = f"s{len(self.ids) + 1:02d}"
        return self.ids[key]

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame({"id": list(self.ids.values()), "url": list(self.ids)})


def _read(folder: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(folder / name, comment="#", dtype=str, keep_default_na=False)


def _status(row: pd.Series) -> str:
    note = str(row.get("note", "")).lower()
    if "unverified" in note:
        return "single_source"
    if row.get("value_status") == "derived_total_minus_male":
        return "derived"
    if "cross-check" in note or " ; " in str(row["source_url"]) or "counts sum to" in note:
        return "cross_checked"
    return "single_source"


def _quantiles(folder: Path, src: Sources) -> pd.DataFrame:
    raw = _read(folder, "mhlw_wcs_monthly_pay_quantiles.csv")
    raw = raw[raw["survey_year"].isin(["2015", "2025"])]
    return pd.DataFrame(
        {
            "year": raw["survey_year"],
            "sex": raw["sex"],
            "p10": raw["p10_kyen"],
            "p25": raw["p25_kyen"],
            "p50": raw["p50_kyen"],
            "p75": raw["p75_kyen"],
            "p90": raw["p90_kyen"],
            "decile_dispersion": raw["decile_dispersion"],
            "quartile_dispersion": raw["quartile_dispersion"],
            "source": raw["source_url"].map(src.id),
            "confidence": raw["confidence"],
            # one third-party transcription; checked only against its own dispersion coefficients
            "status": "single_source",
        }
    )


def _series(folder: Path, src: Sources) -> pd.DataFrame:
    raw = _read(folder, "mhlw_wcs_headline_mean_2014_2025.csv")
    status = raw.apply(_status, axis=1)
    status[raw["survey_year"] == "2025"] = "cross_checked"
    return pd.DataFrame(
        {
            "year": raw["survey_year"],
            "basis": raw["basis"],
            "sex": raw["sex"],
            "scheduled": raw["scheduled_monthly_kyen"],
            "yoy_pct": raw["yoy_pct"],
            "source": raw["source_url"].map(src.id),
            "confidence": raw["confidence"],
            "status": status,
        }
    )


def _split_age(label: str) -> tuple[str, str]:
    """'正社員・正職員 25~29歳' -> ('正社員・正職員', '25-29'); '年齢計' -> 'all'."""
    name, _, age = label.rpartition(" ")
    age = age.removesuffix("歳").replace("~", "-")
    return name, "all" if age == "年齢計" else age


def _means(folder: Path, src: Sources) -> pd.DataFrame:
    rows: list[dict[str, str]] = []
    pref = _read(folder, "mhlw_wcs_2024_prefecture_means.csv")
    for _, r in pref.iterrows():
        rows.append(
            {
                "year": r["survey_year"],
                "breakdown": "national" if r["pref_code"] == "00" else "prefecture",
                "code": r["pref_code"],
                "name_ja": r["prefecture_ja"],
                "name_en": r["prefecture_en"],
                "age": "all",
                "sex": "total",
                "scheduled": r["scheduled_monthly_kyen"],
                "contractual": r["contractual_monthly_kyen"],
                "annual_bonus": r["annual_bonus_kyen"],
                "scope": "",
                "source": src.id(r["estat_file_url"]),
                "confidence": r["confidence"],
                "status": "single_source",
            }
        )
    occ = _read(folder, "mhlw_wcs_2024_occupation_means.csv")
    for _, r in occ.iterrows():
        rows.append(
            {
                "year": r["survey_year"],
                "breakdown": "occupation",
                "code": r["jsoc_major_code"],
                "name_ja": r["occupation_ja"],
                "name_en": r["occupation_en"],
                "age": "all",
                "sex": "total",
                "scheduled": r["scheduled_monthly_kyen"],
                "contractual": r["contractual_monthly_kyen"],
                "annual_bonus": r["annual_bonus_kyen"],
                "scope": "major group" if r["level"] == "major" else "",
                "source": src.id(r["estat_file_url"]),
                "confidence": r["confidence"],
                "status": _status(r.rename({"estat_file_url": "source_url"})),
            }
        )
    wanted = {
        "education": "education",
        "firm_size": "firm_size",
        "role": "role",
        "employment_type_x_age": "employment_type",
        "industry": "industry",
    }
    long = _read(folder, "mhlw_wcs_means_by_breakdown.csv")
    long = long[long["breakdown"].isin(wanted) & (long["scheduled_monthly_kyen"] != "")]
    for _, r in long.iterrows():
        breakdown = wanted[r["breakdown"]]
        name, age = r["category_ja"], "all"
        name_en = r["category_en"]
        if breakdown == "employment_type":
            name, age = _split_age(r["category_ja"])
            name_en = r["category_en"].partition(", age")[0]
        scope = ""
        if breakdown == "role":
            scope = "employees without a fixed-term contract (雇用期間の定めのない者)"
        if breakdown == "industry":
            name_en = name_en.removesuffix(" (highest)").removesuffix(" (lowest)")
        rows.append(
            {
                "year": r["survey_year"],
                "breakdown": breakdown,
                "code": "",
                "name_ja": name,
                "name_en": name_en,
                "age": age,
                "sex": r["sex"],
                "scheduled": r["scheduled_monthly_kyen"],
                "contractual": "",
                "annual_bonus": "",
                "scope": scope,
                "source": src.id(r["source_url"]),
                "confidence": r["confidence"],
                "status": _status(r),
            }
        )
    frame = pd.DataFrame(rows)
    for (year, breakdown, name, sex), url in SECOND_SOURCES.items():
        hit = (
            (frame["year"] == year)
            & (frame["breakdown"] == breakdown)
            & (frame["name_ja"] == name)
            & (frame["sex"] == sex)
        )
        frame.loc[hit, "source"] = frame.loc[hit, "source"] + ";" + src.id(url)
        frame.loc[hit, "status"] = "cross_checked"
    return frame


def _nta(folder: Path, src: Sources) -> pd.DataFrame:
    raw = _read(folder, "nta_minkan_salary_bracket_distribution.csv")
    raw = raw[raw["tax_year"].isin(["2020", "2023"])]
    return pd.DataFrame(
        {
            "year": raw["tax_year"],
            "sex": raw["sex"],
            "low": raw["bracket_low_man_yen"],
            "high": raw["bracket_high_man_yen"],
            "workers": raw["workers_man"],
            "share_pct": raw["share_pct"],
            "source": raw["source_url"].map(src.id),
            "confidence": raw["confidence"],
            "status": raw.apply(_status, axis=1),
        }
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_SOURCE)
    folder = parser.parse_args().folder
    src = Sources()
    files = {
        "jp_census_quantiles.csv": _quantiles(folder, src),
        "jp_census_series.csv": _series(folder, src),
        "jp_census_means.csv": _means(folder, src),
        "nta_salary_brackets.csv": _nta(folder, src),
        "jp_census_sources.csv": src.frame(),
    }
    for name, frame in files.items():
        path = OUT / name
        path.write_text(frame.to_csv(index=False, lineterminator="\n"), encoding="utf-8")
        print(f"{name}: {len(frame)} rows, {path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
