"""Benchmark: Japan gross to net (jp.annual) for a batch, a scalar, and against OpenFisca-Japan.

1. ``jp.annual`` for 1,000,000 employees in one vectorized call (target: within 0.5 s).
2. One scalar call: median over many calls, in microseconds (target: under 100 us).
3. The first ``OPENFISCA_SAMPLE`` employees of the same batch through OpenFisca-Japan's fastest
   path, the vectorized one (``SimulationBuilder.build_default_simulation`` and ``set_input`` of
   whole arrays), and through ``jp.annual``: the ratio of the two times is the baseline ratio
   (target: at least 20x); beside it ``jp.annual`` on one thread (a large batch otherwise runs
   its chunks on the machine's cores, while OpenFisca runs on one). Beside it, labelled, the JSON-like path (a situation spelling out
   every person, most of whose time is building the simulation) on the first
   ``OPENFISCA_JSON_SAMPLE`` employees, and one-person simulations for a few. OpenFisca-Japan needs
   numpy < 1.25, so it runs in its own interpreter: ``$EXPECTGAP_OPENFISCA_PYTHON`` or
   ``.venv-bench/bin/python`` (made by ``make bench``); without it this part is skipped.

Run: ``.venv/bin/python benchmarks/bench_jp_payroll.py``. When ``$EXPECTGAP_BENCH_ROWS`` names a
file, the result rows are appended to it as JSON lines (benchmarks/run_all.py collects them).
"""

from __future__ import annotations

import importlib
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
from expectgap.payroll import jp

EMPLOYEES = 1_000_000
OPENFISCA_SAMPLE = 200_000
OPENFISCA_JSON_SAMPLE = 5_000
OPENFISCA_SINGLES = 20
SCALAR_CALLS = 500
REPEATS = 5
YEAR = 2026
SEED = 2026
ROOT = Path(__file__).resolve().parent.parent


def batch(n: int, seed: int = SEED) -> dict[str, np.ndarray]:
    """A synthetic workforce: monthly pay (lognormal, median about 330,000 yen), bonuses of 0 to
    4 months in June and December, ages 22 to 64."""
    rng = np.random.default_rng(seed)
    pay = np.clip(rng.lognormal(np.log(330_000), 0.45, n), 100_000, 3_000_000).round()
    bonus_months = rng.choice([0.0, 1.0, 2.0, 3.0, 4.0], n)
    return {"pay": pay, "bonus": (pay * bonus_months).round(), "age": rng.integers(22, 65, n)}


def time_batch(people: dict[str, np.ndarray]) -> list[float]:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        jp.annual(people["pay"], year=YEAR, bonus=people["bonus"], age=people["age"])
        times.append(time.perf_counter() - start)
    return times


def time_scalar() -> float:
    jp.annual(400_000, year=YEAR, bonus=800_000)
    times = []
    for _ in range(SCALAR_CALLS):
        start = time.perf_counter()
        jp.annual(400_000, year=YEAR, bonus=800_000)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def openfisca_python() -> str | None:
    """The interpreter with OpenFisca-Japan installed, if any."""
    named = os.environ.get("EXPECTGAP_OPENFISCA_PYTHON")
    candidates = [named] if named else []
    candidates.append(str(ROOT / ".venv-bench" / "bin" / "python"))
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return candidate
    return None


def run_openfisca(python: str, people: dict[str, np.ndarray]) -> dict[str, Any]:
    """Run OpenFisca-Japan on ``people`` in the other interpreter (benchmarks/_openfisca_worker.py)."""
    half = people["bonus"] / 2
    request = {
        "date": f"{YEAR}-01-01",
        "salary": (people["pay"] * 12 + people["bonus"]).tolist(),
        "bonus1": half.tolist(),
        "bonus2": half.tolist(),
        "age": people["age"].astype(int).tolist(),
        "per_person_sample": OPENFISCA_SINGLES,
        "json_sample": OPENFISCA_JSON_SAMPLE,
        "repeats": REPEATS,
    }
    worker = Path(__file__).with_name("_openfisca_worker.py")
    done = subprocess.run(
        [python, str(worker)],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def run() -> list[dict[str, Any]]:
    """Time every case; return one row per case."""
    people = batch(EMPLOYEES)
    jp.annual(people["pay"][:1_000], year=YEAR, bonus=people["bonus"][:1_000])  # warm caches
    batch_times = time_batch(people)
    best = min(batch_times)
    rows: list[dict[str, Any]] = [
        {
            "case": f"jp.annual, {EMPLOYEES:,} employees, one call",
            "rows": EMPLOYEES,
            "seconds": best,
            "median_seconds": statistics.median(batch_times),
            "per_person_us": best / EMPLOYEES * 1e6,
            "target": "<= 0.5 s",
            "met": best <= 0.5,
        }
    ]
    scalar = time_scalar()
    rows.append(
        {
            "case": "jp.annual, one employee (median of calls)",
            "rows": 1,
            "seconds": scalar,
            "per_person_us": scalar * 1e6,
            "target": "< 100 us",
            "met": scalar < 100e-6,
        }
    )
    python = openfisca_python()
    if python is None:
        rows.append({"case": "OpenFisca-Japan", "skipped": "no .venv-bench (run make bench)"})
        return rows
    sample = {key: value[:OPENFISCA_SAMPLE] for key, value in people.items()}
    ours = min(
        _timed(
            lambda: jp.annual(sample["pay"], year=YEAR, bonus=sample["bonus"], age=sample["age"])
        )
        for _ in range(REPEATS)
    )
    one_thread = min(_timed(lambda: _one_thread(sample)) for _ in range(REPEATS))
    of = run_openfisca(python, sample)
    version = of["versions"]["openfisca-japan"]
    vectorized = of["vectorized_seconds"]
    rows.append(
        {
            "case": f"jp.annual, {OPENFISCA_SAMPLE:,} employees (the sample given to OpenFisca)",
            "rows": OPENFISCA_SAMPLE,
            "seconds": ours,
            "per_person_us": ours / OPENFISCA_SAMPLE * 1e6,
            "baseline": f"OpenFisca-Japan {version} vectorized (build_default_simulation + "
            "set_input), same people",
            "baseline_seconds": vectorized,
            "ratio": vectorized / ours,
            "target": ">= 20x",
            "met": vectorized / ours >= 20,
        }
    )
    rows.append(
        {
            "case": f"jp.annual, {OPENFISCA_SAMPLE:,} employees on one thread (OpenFisca runs on "
            "one)",
            "rows": OPENFISCA_SAMPLE,
            "seconds": one_thread,
            "per_person_us": one_thread / OPENFISCA_SAMPLE * 1e6,
            "baseline": f"OpenFisca-Japan {version} vectorized, same people",
            "baseline_seconds": vectorized,
            "ratio": vectorized / one_thread,
        }
    )
    rows.append(
        {
            "case": f"OpenFisca-Japan {version} vectorized, {OPENFISCA_SAMPLE:,} employees "
            "(the baseline)",
            "rows": OPENFISCA_SAMPLE,
            "seconds": vectorized,
            "per_person_us": vectorized / OPENFISCA_SAMPLE * 1e6,
        }
    )
    json_rows = min(OPENFISCA_JSON_SAMPLE, OPENFISCA_SAMPLE)
    rows.append(
        {
            "case": f"OpenFisca-Japan {version} JSON-like situation, {json_rows:,} employees "
            "(slow path, 99% building the simulation)",
            "rows": json_rows,
            "seconds": of["seconds"],
            "per_person_us": of["seconds"] / json_rows * 1e6,
            "baseline": "OpenFisca JSON path per person vs jp.annual per person (same sample)",
            "ratio": (of["seconds"] / json_rows) / (ours / OPENFISCA_SAMPLE),
        }
    )
    rows.append(
        {
            "case": "OpenFisca-Japan, one-person JSON-like situation (median)",
            "rows": 1,
            "seconds": of["per_person_seconds"],
            "baseline": "OpenFisca-Japan one person vs jp.annual scalar",
            "ratio": of["per_person_seconds"] / scalar,
            "per_person_us": of["per_person_seconds"] * 1e6,
        }
    )
    return rows


def _one_thread(people: dict[str, np.ndarray]) -> None:
    """``jp.annual`` on ``people`` with its chunks computed on the calling thread only."""
    engine = importlib.import_module("expectgap.payroll.jp.annual")
    workers = engine._WORKERS
    engine._WORKERS = 1
    try:
        jp.annual(people["pay"], year=YEAR, bonus=people["bonus"], age=people["age"])
    finally:
        engine._WORKERS = workers


def _timed(call: Any) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def main() -> None:
    """Print the rows (and append them to $EXPECTGAP_BENCH_ROWS)."""
    rows = run()
    for row in rows:
        print(row["case"])
        for key, value in row.items():
            if key != "case":
                shown = f"{value:,.6g}" if isinstance(value, float) else value
                print(f"  {key}: {shown}")
    report(__file__, rows)


if __name__ == "__main__":
    sys.exit(main())
