"""Benchmark: US and UK gross to net against PolicyEngine-US and PolicyEngine-UK.

For each country the same ``N`` earners (employment income from 20,000 to 500,000; the US in
California, single; the UK in England, 2026/27) go through expectgap's vectorized engine and
through PolicyEngine's vectorized path (one simulation with axes), side by side; the table shows
the time per earner of each and the ratio. PolicyEngine runs in its own virtualenv:
``$EXPECTGAP_POLICYENGINE_PYTHON`` or ``.venv-pe/bin/python`` (see
``crosscheck_policyengine_us.py``); without it that part is skipped. A single scalar call of
each engine is timed as well (median of many calls).

Run: ``.venv/bin/python benchmarks/bench_us_uk_payroll.py``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from _rows import report
from expectgap.payroll import uk, us

N = 2_000
REPEATS = 5
SCALAR_CALLS = 300
ROOT = Path(__file__).resolve().parent.parent
LOW, HIGH = 20_000, 500_000


def ours(country: str, pay: np.ndarray) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        if country == "us":
            us.annual(pay, year=2026, state="CA")
        else:
            uk.annual(pay, tax_year="2026/27")
        times.append(time.perf_counter() - start)
    return min(times)


def scalar(country: str) -> float:
    times = []
    for _ in range(SCALAR_CALLS):
        start = time.perf_counter()
        if country == "us":
            us.annual(100_000, year=2026, state="CA")
        else:
            uk.annual(50_000, tax_year="2026/27")
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def theirs(country: str) -> dict[str, Any] | None:
    python = os.environ.get("EXPECTGAP_POLICYENGINE_PYTHON", str(ROOT / ".venv-pe/bin/python"))
    if not Path(python).exists():
        return None
    worker = str(Path(__file__).parent / "_policyengine_worker.py")
    done = subprocess.run(
        [python, worker, country, str(N)], capture_output=True, text=True, check=True
    )
    found: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def main() -> int:
    pay = np.linspace(LOW, HIGH, N)
    rows: list[dict[str, Any]] = []
    for country in ("us", "uk"):
        mine = ours(country, pay)
        one = scalar(country)
        print(f"{country}: expectgap {N} earners in {mine * 1e3:.1f} ms; scalar {one * 1e6:.0f} us")
        rows.append({"case": f"{country} annual, {N} earners", "rows": N, "seconds": mine})
        rows.append({"case": f"{country} annual, one scalar call", "rows": 1, "seconds": one})
        other = theirs(country)
        if other is None:
            rows.append({"case": f"{country} PolicyEngine", "skipped": "no PolicyEngine venv"})
            continue
        ratio = other["seconds"] / mine
        print(
            f"{country}: {other['engine']} {N} earners in {other['seconds']:.2f} s ({ratio:.0f}x)"
        )
        rows.append(
            {
                "case": f"{country} annual vs {other['engine']}",
                "rows": N,
                "seconds": mine,
                "baseline": other["seconds"],
                "ratio": ratio,
            }
        )
    report(__file__, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
