"""Benchmark: the payslip gross-up (``jp.gross_up(period="payslip")``), before and after its ceiling.

The take-home that Japanese recruiters mean (手取り月額) is the regular month's payslip. Its
gross-up ran the grid-and-scan search (every yen within ``PAYSLIP_RISE_SLACK`` of the answer
evaluated, each through ``jp.payslip``'s run of the year) until the payslip had a ceiling of
net; it now runs the branch and bound on ``payslip_ceiling`` (and evaluates a payslip's net
directly, on one engine). Both run here side by side, in the same process, on the same targets
(the old search is the path still taken where no ceiling is given, forced by removing the
ceiling and restoring the net it evaluated), and their results are checked equal.

1. ``jp.gross_up(period="payslip")`` on 1, 500 and 100,000 payslip targets, each with its own
   household (age 22-64, 0-2 dependants, 0-4 months of bonus). The old search on 100,000
   targets would take about an hour on a shared 2-core machine, so by default it runs on the
   first ``OLD_SAMPLE`` of them and its time is scaled to 100,000 (its cost per target is flat
   beyond a few hundred targets: the row says so); ``--full`` runs it on all of them.
2. ``frame.assess`` on 2,000 and 20,000 offers whose salary targets are 20% payslip take-home
   (the other 80% gross), ages 22-64 (the rows of ``bench_frame.py``), before and after.

Run: ``.venv/bin/python benchmarks/bench_payslip_gross_up.py [--full]``.
"""

from __future__ import annotations

import contextlib
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any
from unittest import mock

import numpy as np

import expectgap.frame
from _rows import report
from bench_frame import offers
from expectgap.payroll import jp

YEAR = 2026
SEED = 2026
SIZES = (1, 500, 100_000)
OLD_SAMPLE = 2_000
SCALAR_CALLS = 15
FRAME_ROWS = (2_000, 20_000)
search = sys.modules["expectgap.payroll.jp.gross_up"]


def targets(n: int) -> tuple[np.ndarray, dict[str, Any]]:
    """Payslip take-home targets and a household each."""
    rng = np.random.default_rng(SEED)
    wanted = rng.lognormal(np.log(260_000), 0.4, n).clip(80_000, 1_500_000).round()
    options = {
        "age": rng.integers(22, 65, n),
        "dependents": rng.integers(0, 3, n),
        "bonus_months_of_pay": rng.choice([0.0, 1.0, 2.0, 3.0, 4.0], n),
    }
    return wanted, options


def first(options: dict[str, Any], count: int) -> dict[str, Any]:
    return {name: values[:count] for name, values in options.items()}


def timed(call: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = call()
    return time.perf_counter() - start, result


def _year_engine_net(pay: Any, *, year: int, bonus: Any, **keywords: Any) -> Any:
    """The payslip's net read off the year's schedule (the net the old search evaluated)."""
    return jp.payslip(pay, year=year, bonus=bonus, **keywords).net


@contextlib.contextmanager
def old_search() -> Iterator[None]:
    """The search as it was: grid and scan (no payslip ceiling) on the year engine's payslip."""
    with (
        mock.patch.object(search, "ceiling_given", return_value=False),
        mock.patch.object(search, "_payslip_net", _year_engine_net),
    ):
        yield


def gross_up(wanted: np.ndarray, options: dict[str, Any]) -> Any:
    return jp.gross_up(wanted, year=YEAR, period="payslip", **options)


def one_target() -> dict[str, Any]:
    """One target, distinct each call (median)."""
    times: dict[str, list[float]] = {"new": [], "old": []}
    for k in range(SCALAR_CALLS):
        call = lambda k=k: jp.gross_up(  # noqa: E731
            300_000 + 17 * k,
            year=YEAR,
            period="payslip",
            age=41,
            bonus_months_of_pay=2,
            dependents=1,
        )
        seconds, fast = timed(call)
        times["new"].append(seconds)
        with old_search():
            seconds, slow = timed(call)
        times["old"].append(seconds)
        assert fast == slow, "the two searches differ"
    new, old = statistics.median(times["new"]), statistics.median(times["old"])
    return {
        "case": "payslip gross_up, 1 target (median of distinct targets)",
        "rows": 1,
        "seconds": new,
        "baseline": "grid-and-scan search, same targets",
        "baseline_seconds": old,
        "ratio": old / new,
    }


def many_targets(n: int, *, full: bool) -> dict[str, Any]:
    wanted, options = targets(n)
    gross_up(wanted[:10], first(options, 10))  # warm the caches
    seconds, fast = timed(lambda: gross_up(wanted, options))
    sample = n if full or n <= OLD_SAMPLE else OLD_SAMPLE
    with old_search():
        old_seconds, slow = timed(lambda: gross_up(wanted[:sample], first(options, sample)))
    assert (np.asarray(slow) == np.asarray(fast)[:sample]).all(), "the two searches differ"
    baseline = "grid-and-scan search, same targets"
    if sample < n:
        baseline += f" (run on the first {sample:,}, time x {n / sample:g})"
        old_seconds *= n / sample
    return {
        "case": f"payslip gross_up, {n:,} targets, a household each",
        "rows": n,
        "seconds": seconds,
        "per_target_us": seconds / n * 1e6,
        "baseline": baseline,
        "baseline_seconds": old_seconds,
        "ratio": old_seconds / seconds,
    }


def frame_assess(n: int) -> dict[str, Any]:
    frame = offers(n, take_home_share=0.2)
    expectgap.frame.assess(frame.head(100), year=YEAR)  # warm the caches
    seconds, fast = timed(lambda: expectgap.frame.assess(frame, year=YEAR))
    with old_search():
        old_seconds, slow = timed(lambda: expectgap.frame.assess(frame, year=YEAR))
    assert fast.equals(slow), "the two assessments differ"
    return {
        "case": f"frame.assess, {n:,} rows, 20% payslip take-home targets, ages 22-64",
        "rows": n,
        "seconds": seconds,
        "baseline": "the same with the grid-and-scan payslip search",
        "baseline_seconds": old_seconds,
        "ratio": old_seconds / seconds,
    }


def main() -> None:
    full = "--full" in sys.argv[1:]
    rows = [one_target()]
    rows += [many_targets(n, full=full) for n in SIZES[1:]]
    rows += [frame_assess(n) for n in FRAME_ROWS]
    header = ["case", "seconds", "old seconds", "ratio", "baseline"]
    lines = [header]
    for row in rows:
        lines.append(
            [
                row["case"],
                f"{row['seconds']:.4f}",
                f"{row['baseline_seconds']:.4f}",
                f"{row['ratio']:,.0f}x",
                row["baseline"],
            ]
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for k, line in enumerate(lines):
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)))
        if k == 0:
            print("  ".join("-" * w for w in widths))
    report(__file__, rows)


if __name__ == "__main__":
    main()
