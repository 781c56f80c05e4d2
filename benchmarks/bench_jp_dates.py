"""Benchmark: jp.annual with dates of birth and with joining and leaving, against plain ages.

The same synthetic workforce as ``bench_jp_payroll.py`` (1,000,000 employees), run side by side
in one process: with ``age`` (the fast path, premiums summed over the year per grade and age),
with a ``birth_date`` giving the same people (each premium month priced at its own age), and
with a ``birth_date``, a day of joining in the first half of the year and a last day in the
second half for one in four (the pay, premiums and resident tax of the months employed, the
withholding of the leavers). Reported as the ratio to the plain-age call.

Run: ``.venv/bin/python benchmarks/bench_jp_dates.py``.
"""

from __future__ import annotations

import sys
import time
from typing import Any

import numpy as np

from _rows import report
from bench_jp_payroll import SEED, YEAR, batch
from expectgap.payroll import jp

EMPLOYEES = 1_000_000
REPEATS = 3
DAYS_IN_YEAR = 365.25


def dated(people: dict[str, np.ndarray], seed: int = SEED) -> dict[str, np.ndarray]:
    """Dates of birth of the people's ages at mid-year; joining and leaving days."""
    rng = np.random.default_rng(seed)
    n = people["age"].size
    mid = np.datetime64(f"{YEAR}-06-30")
    years = (people["age"] * DAYS_IN_YEAR).astype("timedelta64[D]")
    born = mid - years - rng.integers(0, 365, n).astype("timedelta64[D]")
    joined = np.datetime64(f"{YEAR - 1}-06-01") + rng.integers(0, 365, n).astype("timedelta64[D]")
    leaves = rng.random(n) < 0.25
    last = np.datetime64(f"{YEAR}-07-01") + rng.integers(0, 180, n).astype("timedelta64[D]")
    left = np.where(leaves, last, np.datetime64(f"{YEAR + 1}-03-31"))
    return {"birth_date": born, "joined": joined, "left": left}


def _best(call: Any) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def run() -> list[dict[str, Any]]:
    """Time each path; one row per case, with the ratio to the plain-age call."""
    people = batch(EMPLOYEES)
    dates = dated(people)
    common = {"year": YEAR, "bonus": people["bonus"]}
    cases = {
        "age": {"age": people["age"]},
        "birth_date": {"birth_date": dates["birth_date"]},
        "birth_date, joined, left": dates,
    }
    jp.annual(people["pay"][:1_000], year=YEAR, bonus=people["bonus"][:1_000])  # warm caches
    seconds = {
        name: _best(lambda kw=kw: jp.annual(people["pay"], **common, **kw))
        for name, kw in cases.items()
    }
    base = seconds["age"]
    return [
        {
            "case": f"jp.annual, {EMPLOYEES:,} employees, {name}",
            "rows": EMPLOYEES,
            "seconds": value,
            "baseline": "jp.annual with age, same people, same process",
            "ratio": value / base,
        }
        for name, value in seconds.items()
    ]


def main() -> None:
    """Print the rows (and append them to $EXPECTGAP_BENCH_ROWS)."""
    rows = run()
    for row in rows:
        print(f"{row['case']}: {row['seconds']:.3f} s, x{row['ratio']:.2f}")
    report(__file__, rows)


if __name__ == "__main__":
    sys.exit(main())
