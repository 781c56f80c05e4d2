"""Build the compact OEWS package data from the shared BLS OEWS May 2025 extract.

Reads ``oews_2025_national_state.csv.gz`` (national and state rows, cross-industry) and writes,
under ``src/expectgap/datasets/data/``:

* ``oews_2025.csv.gz``: one row per area and occupation with only the columns the loader needs:
  ``area`` (2-digit FIPS state code, ``00`` national), ``occ`` (SOC code), ``emp`` (tot_emp),
  ``a_mean``, ``a10 a25 a50 a75 a90`` (annual), ``h_mean``, ``h10 h25 h50 h75 h90`` (hourly),
  ``fn`` (BLS footnote codes, ``;``-separated). Unpublished cells ("-") are empty.
* ``oews_2025_occupations.csv.gz``: ``code, title, level`` (SOC code, title, BLS occ_level).

Area names are checked against the hand-written ``us_areas.toml``. Output is byte-for-byte
reproducible (gzip with no timestamp). Source: U.S. Bureau of Labor Statistics, OEWS May 2025.

With ``--metro path/to/oews_2025_all_areas.csv.gz`` it also writes the metropolitan and
nonmetropolitan areas (area_type M):

* ``oews_2025_metro.csv.xz``: the columns of ``oews_2025.csv.gz`` with ``area`` the BLS area code
  (7 digits), wages exact as published (annual in whole dollars, hourly in cents); the hourly
  columns are left empty where annual wages are published (the loader reads them only for
  occupations published hourly only); rows sorted by occupation, then area; xz-compressed:
  3,056,312 bytes for 198,287 rows of 528 areas (gzip would be about 3.5 MB);
* ``oews_2025_metro_areas.csv``: ``code, name, state`` (BLS area code, name, FIPS state code).

Usage::

    .venv/bin/python tools/build_oews.py [path/to/oews_2025_national_state.csv.gz]
        [--metro path/to/oews_2025_all_areas.csv.gz]
"""

from __future__ import annotations

import argparse
import gzip
import io
import lzma
import tomllib
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = (
    ROOT.parent / "shared" / "data" / "us-bls-oews-2025" / "oews_2025_national_state.csv.gz"
)
OUT = ROOT / "src" / "expectgap" / "datasets" / "data"

COLUMNS = {
    "tot_emp": "emp",
    "a_mean": "a_mean",
    "a_pct10": "a10",
    "a_pct25": "a25",
    "a_median": "a50",
    "a_pct75": "a75",
    "a_pct90": "a90",
    "h_mean": "h_mean",
    "h_pct10": "h10",
    "h_pct25": "h25",
    "h_median": "h50",
    "h_pct75": "h75",
    "h_pct90": "h90",
}
AREA_TYPES = {"N", "S"}


def _write_gzip_csv(frame: pd.DataFrame, path: Path) -> int:
    text = frame.to_csv(index=False, lineterminator="\n").encode("utf-8")
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as gz:
        gz.write(text)
    path.write_bytes(buffer.getvalue())
    return len(buffer.getvalue())


def build(source: Path, out: Path) -> None:
    """Read the BLS extract and write the two compact files."""
    raw = pd.read_csv(source, dtype=str, keep_default_na=False)
    raw = raw[raw["area_type"].isin(AREA_TYPES)]
    areas = tomllib.loads((out / "us_areas.toml").read_text("utf-8"))["areas"]
    names = raw.drop_duplicates("state_code").set_index("state_code")["area_name"]
    for fips, name in names.items():
        if fips not in areas or areas[fips]["name"] != name:
            raise SystemExit(f"area {fips} {name!r} does not match us_areas.toml")

    table = pd.DataFrame({"area": raw["state_code"], "occ": raw["occ_code"]})
    for column, short in COLUMNS.items():
        table[short] = raw[column].replace("-", "")
    table["fn"] = raw["footnotes"]
    table = table.sort_values(["area", "occ"], kind="stable")
    if table.duplicated(["area", "occ"]).any():
        raise SystemExit("duplicate area/occupation rows in the source")

    occupations = (
        raw[["occ_code", "occ_title", "occ_level"]]
        .drop_duplicates()
        .rename(columns={"occ_code": "code", "occ_title": "title", "occ_level": "level"})
        .sort_values("code", kind="stable")
    )
    if occupations["code"].duplicated().any():
        raise SystemExit("an occupation code has two titles or levels in the source")

    size = _write_gzip_csv(table, out / "oews_2025.csv.gz")
    size_occ = _write_gzip_csv(occupations, out / "oews_2025_occupations.csv.gz")
    print(f"oews_2025.csv.gz: {len(table)} rows, {size:,} bytes")
    print(f"oews_2025_occupations.csv.gz: {len(occupations)} occupations, {size_occ:,} bytes")


def build_metro(source: Path, out: Path) -> None:
    """Read the all-areas extract and write the metropolitan-area files."""
    raw = pd.read_csv(source, dtype=str, keep_default_na=False)
    raw = raw[raw["area_type"] == "M"]
    known = set(pd.read_csv(out / "oews_2025_occupations.csv.gz", dtype=str)["code"])
    if not set(raw["occ_code"]) <= known:
        raise SystemExit("a metropolitan occupation is missing from the national list")
    table = pd.DataFrame({"area": raw["area_code"], "occ": raw["occ_code"]})
    for column, short in COLUMNS.items():
        table[short] = raw[column].replace("-", "")
    annual = table[["a10", "a25", "a50", "a75", "a90"]].ne("").any(axis=1)
    for short in ("h_mean", "h10", "h25", "h50", "h75", "h90"):
        table.loc[annual, short] = ""
    table["fn"] = raw["footnotes"]
    table = table.sort_values(["occ", "area"], kind="stable")
    if table.duplicated(["area", "occ"]).any():
        raise SystemExit("duplicate area/occupation rows in the source")
    text = table.to_csv(index=False, lineterminator="\n").encode("utf-8")
    data = lzma.compress(text, preset=9 | lzma.PRESET_EXTREME)
    (out / "oews_2025_metro.csv.xz").write_bytes(data)
    areas = (
        raw[["area_code", "area_name", "state_code"]]
        .drop_duplicates()
        .rename(columns={"area_code": "code", "area_name": "name", "state_code": "state"})
        .sort_values("code", kind="stable")
    )
    if areas["code"].duplicated().any():
        raise SystemExit("a metropolitan area code has two names in the source")
    areas.to_csv(out / "oews_2025_metro_areas.csv", index=False, lineterminator="\n")
    print(f"oews_2025_metro.csv.xz: {len(table)} rows, {len(data):,} bytes; {len(areas)} areas")


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--metro", type=Path, default=None)
    args = parser.parse_args()
    build(args.source, args.out)
    if args.metro is not None:
        build_metro(args.metro, args.out)


if __name__ == "__main__":
    main()
