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

Usage::

    .venv/bin/python tools/build_oews.py [path/to/oews_2025_national_state.csv.gz]
"""

from __future__ import annotations

import argparse
import gzip
import io
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


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    build(args.source, args.out)


if __name__ == "__main__":
    main()
