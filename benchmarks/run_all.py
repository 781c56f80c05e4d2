"""Run every ``bench_*.py`` in this folder and print one table.

Each benchmark runs in its own interpreter (the one running this script), one after the other,
so that none inherits another's memory or threads. Its own output is printed as it comes. A
benchmark that appends JSON rows to the file named by ``$EXPECTGAP_BENCH_ROWS`` (see
``_rows.py``: one object per line with at least ``case``, and optionally ``rows``, ``seconds``,
``peak_bytes_per_row``, ``baseline``, ``ratio``, ``target`` and ``met``) gets one table line per
row; any other gets one line with its exit status and wall time.

Run: ``.venv/bin/python benchmarks/run_all.py`` (``make bench``). Exits non-zero when a benchmark
fails to run (a missed target is reported, not an error).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def discover() -> list[Path]:
    """The benchmark scripts, in name order."""
    return sorted(HERE.glob("bench_*.py"))


def run_one(script: Path) -> tuple[int, float, list[dict[str, Any]]]:
    """Run a benchmark; return its exit status, wall seconds and the rows it reported."""
    with tempfile.TemporaryDirectory() as folder:
        rows_file = Path(folder) / "rows.jsonl"
        env = {**os.environ, "EXPECTGAP_BENCH_ROWS": str(rows_file)}
        start = time.perf_counter()
        status = subprocess.run([sys.executable, str(script)], env=env, check=False).returncode
        wall = time.perf_counter() - start
        rows = []
        if rows_file.exists():
            rows = [json.loads(line) for line in rows_file.read_text("utf-8").splitlines() if line]
    return status, wall, rows


def _cell(value: Any, digits: str = ".4g") -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "met" if value else "MISSED"
    if isinstance(value, float):
        return format(value, digits)
    return str(value)


def table(results: list[tuple[Path, int, float, list[dict[str, Any]]]]) -> list[list[str]]:
    """One line per reported row (or per benchmark without rows)."""
    lines = [["benchmark", "case", "seconds", "rows/s", "peak B/row", "ratio", "target", "verdict"]]
    for script, status, wall, rows in results:
        if status != 0:
            lines.append([script.stem, f"FAILED (exit {status})", _cell(wall), *[""] * 5])
            continue
        if not rows:
            lines.append([script.stem, "(no rows reported)", _cell(wall), *[""] * 5])
        for row in rows:
            seconds, count = row.get("seconds"), row.get("rows")
            rate = count / seconds if seconds and count else None
            peak = row.get("peak_bytes_per_row")
            ratio = row.get("ratio")
            lines.append(
                [
                    script.stem,
                    str(row.get("case", "")),
                    _cell(seconds),
                    "" if rate is None else f"{rate:,.0f}",
                    "" if peak is None else f"{peak:,.0f}",
                    "" if ratio is None else f"{ratio:,.0f}x",
                    _cell(row.get("target")),
                    row.get("skipped") or _cell(row.get("met")),
                ]
            )
    return lines


def main() -> int:
    """Run the benchmarks, then print the table."""
    results = []
    for script in discover():
        print(f"== {script.name}", flush=True)
        results.append((script, *run_one(script)))
    lines = table(results)
    widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
    print()
    for k, line in enumerate(lines):
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
        if k == 0:
            print("  ".join("-" * w for w in widths))
    return 0 if all(status == 0 for _, status, _, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
