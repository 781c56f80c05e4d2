"""Timing of the assessment rules and talking points (figures for the batch layer).

Prints: the vectorized gap rules (shortfall, severity, stance, priority) on 100,000 rows of ten
dimensions; one full assessment of the Tokyo demo, cold (the first call in a fresh interpreter)
and warm (median of repeated calls, and the least CPU time of one; target 5 ms); the command
line's wall time, interpreter start included (``expectgap --version`` and ``expectgap assess``
of the demo; target 0.4 s); the demo warm with a payslip take-home target and with a gross
target; and the talking points of one report view (a set of ten), extrapolated to 100,000 sets
on one core.

Run: .venv/bin/python benchmarks/bench_assess.py
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from _rows import report
from expectgap.assess import Policy
from expectgap.assess.rules import priority_rank, priority_score, severity, shortfall, stance
from expectgap.assess.scenario import load_scenario
from expectgap.assess.talking_points import talking_points
from expectgap.assess.view import view
from expectgap.cli import demo_file

ROWS = 100_000
DIMENSIONS = 10
SETS = 500
WARM_CALLS = 20
CLI_CALLS = 5
# The demo's salary target on the other bases (basis, target, walk-away; None: as in the demo,
# whose target is the year's take-home a month): the payslip month and a gross target.
BASES = (
    ("net_monthly", None, None),
    ("gross_monthly", 620_000, 560_000),
)


def rules() -> float:
    rng = np.random.default_rng(0)
    policy = Policy.default()
    target = rng.uniform(300_000, 700_000, (ROWS, DIMENSIONS))
    offered = rng.uniform(300_000, 700_000, (ROWS, DIMENSIONS))
    must = rng.random((ROWS, DIMENSIONS)) < 0.5
    start = time.perf_counter()
    short = shortfall(target, offered, higher_is_better=True, measure="percent")
    sev = severity(short, must, minor=5.0, blocking=15.0)
    direction = np.where(short > 0, 0, 1).astype(np.int8)
    st = stance(sev, direction, negotiable=True)
    score = priority_score(
        sev,
        st,
        must,
        severity_weight=policy.severity_weight,
        stance_weight=policy.stance_weight,
        must_weight=policy.must_weight,
    )
    priority_rank(score)
    return time.perf_counter() - start


def cold_assess() -> float:
    """Seconds of the first assess() of the demo in a fresh interpreter (after its imports)."""
    code = (
        "import time\n"
        "from expectgap.assess.scenario import load_scenario\n"
        "from expectgap.cli import demo_file\n"
        "scenario = load_scenario(demo_file())\n"
        "start = time.perf_counter()\n"
        "scenario.assess()\n"
        "print(time.perf_counter() - start)\n"
    )
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(CLI_CALLS)
    ]
    return statistics.median(runs)


def cli_seconds(arguments: list[str]) -> tuple[float, float]:
    """Wall seconds of a command-line call, interpreter start included (median), and its CPU
    seconds (user + system, median: less sensitive to other load on the machine)."""
    times, cpu = [], []
    for _ in range(CLI_CALLS):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "expectgap", *arguments], capture_output=True, check=True
        )
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(times), statistics.median(cpu)


def warm_median(call: Callable[[], object]) -> tuple[float, float]:
    """Median wall seconds of repeated calls, and the least CPU seconds of one (the process's
    own time: steadier than wall time on a machine shared with other work)."""
    times, cpu = [], []
    for _ in range(WARM_CALLS):
        start, start_cpu = time.perf_counter(), time.process_time()
        call()
        cpu.append(time.process_time() - start_cpu)
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(cpu)


def main() -> None:
    rows: list[dict[str, object]] = []
    seconds = rules()
    print(f"rules on {ROWS:,} x {DIMENSIONS} gaps: {seconds:.3f} s")
    rows.append(
        {
            "case": f"severity/stance rules, {ROWS:,} x {DIMENSIONS} gaps",
            "rows": ROWS,
            "seconds": seconds,
        }
    )
    cold = cold_assess()
    print(f"assess() cold (first call in a fresh interpreter, imports done): {cold * 1e3:.1f} ms")
    rows.append(
        {"case": "assess() cold: the demo, first call in a process", "rows": 1, "seconds": cold}
    )
    scenario = load_scenario(demo_file())
    gap_report = scenario.assess()
    warm, warm_cpu = warm_median(scenario.assess)
    print(
        f"assess() warm (the demo, median of {WARM_CALLS}): {warm * 1e3:.1f} ms "
        f"(least CPU time {warm_cpu * 1e3:.1f} ms)"
    )
    rows.append(
        {
            "case": "assess() warm: the demo, take-home target (median)",
            "rows": 1,
            "seconds": warm,
            "cpu_seconds": warm_cpu,
            "target": "<= 5 ms",
            "met": warm <= 0.005,
        }
    )
    for basis, target, walk in BASES:
        salary = replace(scenario.expectations.salaries[0], basis=basis)
        if target is not None:
            salary = replace(salary, target=target, walk_away=walk)
        variant = replace(scenario, expectations=replace(scenario.expectations, salary=salary))
        variant.assess()
        seconds, cpu = warm_median(variant.assess)
        print(
            f"assess() warm, the demo with a {basis} target: {seconds * 1e3:.1f} ms "
            f"(least CPU time {cpu * 1e3:.1f} ms)"
        )
        rows.append(
            {
                "case": f"assess() warm: the demo with a {basis} target (median)",
                "rows": 1,
                "seconds": seconds,
                "cpu_seconds": cpu,
                "target": "<= 5 ms",
                "met": seconds <= 0.005,
            }
        )
    for command in (["--version"], ["assess", str(demo_file())]):
        seconds, cpu = cli_seconds(command)
        label = " ".join(command[:1])
        print(f"expectgap {label}: {seconds:.3f} s wall, {cpu:.3f} s CPU (median of {CLI_CALLS})")
        rows.append(
            {
                "case": f"command line: expectgap {label} (wall, median; CPU {cpu:.2f} s)",
                "rows": 1,
                "seconds": seconds,
                "cpu_seconds": cpu,
                "target": "<= 0.4 s",
                "met": seconds <= 0.4,
            }
        )
    data = view(gap_report, "recruiter")
    for locale in ("en", "ja"):
        start = time.perf_counter()
        for _ in range(SETS):
            talking_points(data, locale)
        per_set = (time.perf_counter() - start) / SETS
        print(
            f"talking points ({locale}): {per_set * 1e6:.0f} us a set of ten; "
            f"{per_set * ROWS:.1f} s for {ROWS:,} sets on one core"
        )
        rows.append(
            {
                "case": f"one set of ten talking points ({locale}), scalar",
                "rows": 1,
                "seconds": per_set,
            }
        )
    report(__file__, rows)


if __name__ == "__main__":
    main()
