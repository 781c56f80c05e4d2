"""Benchmark: jp.gross_up with a household per target, and the search it replaced.

1. 100,000 monthly take-home targets, each with its own household (age 22-64, 0-2 dependants,
   0-4 months of bonus): the branch and bound over pay ranges (target: within 1 s).
2. The same for annual targets (``period="year"``), 20,000 of them.
3. The baseline, same process: the grid-and-scan search (the path taken where the engine gives
   no ceiling, and the only one before), and the branch and bound, on the first ``BASELINE``
   targets of each set; the ratio is of their times (the results are checked equal).
4. 100,000 targets of one household (the sweep), and one target (median of calls).

Run: ``.venv/bin/python benchmarks/bench_gross_up.py``.
"""

from __future__ import annotations

import statistics
import sys
import time
from typing import Any
from unittest import mock

import numpy as np

from _rows import report
from expectgap.payroll import jp

YEAR = 2026
SEED = 2026
TARGETS = 100_000
YEAR_TARGETS = 20_000
BASELINE = 500
SCALAR_CALLS = 30
search = sys.modules["expectgap.payroll.jp.gross_up"]


def households(n: int, period: str) -> tuple[np.ndarray, dict[str, Any]]:
    """Targets and a household each."""
    rng = np.random.default_rng(SEED)
    scale = 1 if period == "month" else 12
    targets = (rng.lognormal(np.log(260_000), 0.4, n).clip(80_000, 1_500_000) * scale).round()
    options = {
        "year": YEAR,
        "period": period,
        "age": rng.integers(22, 65, n),
        "dependents": rng.integers(0, 3, n),
        "bonus_months_of_pay": rng.choice([0.0, 1.0, 2.0, 3.0, 4.0], n),
    }
    return targets, options


def timed(call: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = call()
    return time.perf_counter() - start, result


def case(n: int, period: str) -> list[dict[str, Any]]:
    targets, options = households(n, period)

    def first(count: int) -> dict[str, Any]:
        return {k: v if k in ("year", "period") else v[:count] for k, v in options.items()}

    jp.gross_up(targets[:10], **first(10))  # warm the caches
    seconds, fast = timed(lambda: jp.gross_up(targets, **options))
    same, _ = timed(lambda: jp.gross_up(targets[:BASELINE], **first(BASELINE)))
    with mock.patch.object(search, "ceiling_given", return_value=False):
        base_seconds, slow = timed(lambda: jp.gross_up(targets[:BASELINE], **first(BASELINE)))
    assert (np.asarray(slow) == np.asarray(fast)[:BASELINE]).all(), "the two searches differ"
    return [
        {
            "case": f"jp.gross_up, {n:,} {period} targets, a household each",
            "rows": n,
            "seconds": seconds,
            "per_target_us": seconds / n * 1e6,
            "target": "<= 1 s" if n == TARGETS else None,
            "met": seconds <= 1.0 if n == TARGETS else None,
        },
        {
            "case": f"jp.gross_up, first {BASELINE} of them",
            "rows": BASELINE,
            "seconds": same,
            "baseline": "grid-and-scan search on the same targets",
            "baseline_seconds": base_seconds,
            "ratio": base_seconds / same,
        },
    ]


def one_household() -> dict[str, Any]:
    targets, _ = households(TARGETS, "month")
    jp.gross_up(targets[:100], year=YEAR, age=40, bonus_months_of_pay=2)
    seconds, _ = timed(lambda: jp.gross_up(targets, year=YEAR, age=40, bonus_months_of_pay=2))
    return {
        "case": f"jp.gross_up, {TARGETS:,} targets, one household",
        "rows": TARGETS,
        "seconds": seconds,
    }


def scalar() -> dict[str, Any]:
    times = []
    for k in range(SCALAR_CALLS):
        seconds, _ = timed(
            lambda k=k: jp.gross_up(
                300_000 + 17 * k, year=YEAR, age=41, bonus_months_of_pay=2, dependents=1
            )
        )
        times.append(seconds)
    return {
        "case": "jp.gross_up, one target (median of distinct targets)",
        "rows": 1,
        "seconds": statistics.median(times),
    }


def main() -> None:
    rows = [*case(TARGETS, "month"), *case(YEAR_TARGETS, "year"), one_household(), scalar()]
    for row in rows:
        print(row["case"])
        for key, value in row.items():
            if key != "case":
                print(f"  {key}: {value:,.6g}" if isinstance(value, float) else f"  {key}: {value}")
    report(__file__, rows)


if __name__ == "__main__":
    main()
