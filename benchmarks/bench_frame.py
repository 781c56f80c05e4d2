"""Batch API throughput: rows per second, peak memory per row, and the ratio to a scalar loop.

Prints one table. Each batch is timed (best of ``REPEATS`` runs) and, in a separate run, traced
with :mod:`tracemalloc` for its peak memory (numpy reports its buffers to tracemalloc). The
baseline is the scalar API called once per row, in a Python loop, on a subsample of the same
rows (same process, same machine); the ratio is batch rows/s over baseline rows/s.

Targets (issues 6 and 12): Japan net 1,000,000 rows within 0.5 s; assessment columns for
100,000 rows within 2 s, with gross salary targets and with 20% take-home targets and ages
22-64; talking points for 100,000 rows within 2 s; peak memory under 1 KB per row. Also timed,
without a target: talking points with 20% take-home targets, and ``frame.report`` (the
assessment columns and the talking points from one assessment) on the same rows. The
take-home targets are payslip months (``period="payslip"``), each a gross-up
(``expectgap.payroll.jp.gross_up``, a household per target) searched by the branch and bound on
the payslip's ceiling of net (``bench_payslip_gross_up.py`` times it against the grid-and-scan
search it replaced). The peak is what :mod:`tracemalloc` sees: the Arrow buffers holding the
talking points' texts (pandas' ``str`` columns with pyarrow: the output, about 2.9 KB of text
per input row, and each block's formatted amounts and filled texts) are not traced.

Usage: ``python benchmarks/bench_frame.py``
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

import expectgap.frame
from _rows import report
from expectgap.datasets import oews
from expectgap.payroll.jp.annual import annual
from expectgap.position import position

REPEATS = 3
SEED = 2026


@dataclass(frozen=True)
class Row:
    name: str
    rows: int
    seconds: float
    peak_bytes: int
    baseline_rows_per_second: float
    target_seconds: float | None

    def as_dict(self) -> dict[str, Any]:
        """The row for run_all.py."""
        rate = self.rows / self.seconds
        return {
            "case": self.name,
            "rows": self.rows,
            "seconds": self.seconds,
            "peak_bytes_per_row": self.peak_bytes / self.rows,
            "baseline": "scalar API in a Python loop",
            "ratio": rate / self.baseline_rows_per_second,
            "target": None if self.target_seconds is None else f"<= {self.target_seconds:g} s",
            "met": None if self.target_seconds is None else self.seconds <= self.target_seconds,
        }

    def cells(self) -> list[str]:
        rate = self.rows / self.seconds
        per_row = self.peak_bytes / self.rows
        target = "" if self.target_seconds is None else f"{self.target_seconds:g} s"
        verdict = (
            ""
            if self.target_seconds is None
            else ("met" if self.seconds <= self.target_seconds else "MISSED")
        )
        return [
            self.name,
            f"{self.rows:,}",
            f"{self.seconds:.3f}",
            f"{rate:,.0f}",
            f"{per_row:,.0f}",
            f"{self.baseline_rows_per_second:,.0f}",
            f"{rate / self.baseline_rows_per_second:,.0f}x",
            f"{target} {verdict}".strip(),
        ]


def best_time(run: Callable[[], Any]) -> float:
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def peak(run: Callable[[], Any]) -> int:
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def loop_rate(call: Callable[[int], Any], n: int) -> float:
    started = time.perf_counter()
    for i in range(n):
        call(i)
    return n / (time.perf_counter() - started)


def people(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(SEED)
    pay = rng.integers(150_000, 1_500_000, n).astype(np.float64)
    return pd.DataFrame(
        {"pay": pay, "bonus": pay * rng.integers(0, 5, n), "age": rng.integers(20, 70, n)}
    )


def bench_net(n: int = 1_000_000, baseline: int = 1_000) -> Row:
    frame = people(n)
    run = lambda: expectgap.frame.net(frame, year=2026)  # noqa: E731
    run()  # warm the parameter caches
    pay, bonus, age = (frame[c].to_numpy() for c in ("pay", "bonus", "age"))
    rate = loop_rate(
        lambda i: annual(float(pay[i]), year=2026, bonus=float(bonus[i]), age=int(age[i])),
        baseline,
    )
    return Row("Japan net (frame.net)", n, best_time(run), peak(run), rate, 0.5)


def bench_position(n: int = 1_000_000, baseline: int = 5_000) -> Row:
    table = oews("15-1252")
    rng = np.random.default_rng(SEED)
    frame = pd.DataFrame({"amount": rng.lognormal(np.log(135_980), 0.35, n)})
    run = lambda: expectgap.frame.position(frame, table)  # noqa: E731
    run()
    amounts = frame["amount"].to_numpy()
    rate = loop_rate(lambda i: position(float(amounts[i]), table), baseline)
    return Row("position (frame.position)", n, best_time(run), peak(run), rate, None)


def offers(n: int, *, take_home_share: float = 0.0) -> pd.DataFrame:
    """Offers and expectations; ``take_home_share`` of the salary targets are take-home pay."""
    rng = np.random.default_rng(SEED)
    # at least Tokyo's minimum wage for 45 h a week (1,226 yen x 45 x 52 / 12 = 239,070 yen):
    # lower offers are refused as implausible
    base = rng.integers(25, 120, n) * 10_000.0
    months = rng.choice([0.0, 2.0, 4.0], n)
    gross_share = (1 - take_home_share) / 2
    basis = rng.choice(
        ["gross_monthly", "gross_annual", "net_monthly"],
        n,
        p=[gross_share, gross_share, take_home_share],
    )
    # targets per basis: a month of gross pay, a year of guaranteed cash, a month of take-home
    scale = np.select([basis == "gross_annual", basis == "net_monthly"], [12 + months, 0.8], 1.0)
    return pd.DataFrame(
        {
            "offer_base": base,
            "offer_allowances": rng.choice([0.0, 20_000.0], n),
            "offer_bonus_months_of_base": months,
            "offer_hours_per_week": rng.choice([37.5, 40.0, 45.0], n),
            "offer_overtime_hours": rng.integers(0, 40, n).astype(np.float64),
            "offer_remote_days": rng.integers(0, 5, n).astype(np.float64),
            "offer_leave_days": rng.integers(10, 25, n).astype(np.float64),
            "salary_basis": basis,
            "salary_target": np.round(base * rng.uniform(0.9, 1.2, n), -3) * scale,
            "age": rng.integers(22, 65, n),
            "hours_target": 40.0,
            "overtime_target": 20.0,
            "remote_target": rng.integers(0, 4, n).astype(np.float64),
            "leave_target": 15.0,
            "location_accepted": rng.random(n) < 0.9,
        }
    )


def bench_assess(n: int = 100_000, baseline: int = 300) -> Row:
    frame = offers(n)
    run = lambda: expectgap.frame.assess(frame, year=2026)  # noqa: E731
    run()
    rate = assess_loop_rate(frame.head(baseline), points=False)
    return Row("assessment columns (frame.assess)", n, best_time(run), peak(run), rate, 2.0)


def bench_assess_take_home(n: int = 100_000, baseline: int = 20) -> Row:
    frame = offers(n, take_home_share=0.2)
    run = lambda: expectgap.frame.assess(frame, year=2026)  # noqa: E731
    expectgap.frame.assess(frame.head(100), year=2026)
    started = time.perf_counter()
    run()
    seconds = time.perf_counter() - started  # one run: each take-home row is a gross-up
    rate = assess_loop_rate(frame.head(baseline), points=False)
    return Row("assessment, 20% take-home targets, ages 22-64", n, seconds, peak(run), rate, 2.0)


def bench_talking_points(n: int = 100_000, baseline: int = 300) -> Row:
    frame = offers(n)
    run = lambda: expectgap.frame.talking_points(frame, year=2026)  # noqa: E731
    run()
    rate = assess_loop_rate(frame.head(baseline), points=True)
    return Row("talking points (frame.talking_points)", n, best_time(run), peak(run), rate, 2.0)


def bench_talking_points_take_home(n: int = 100_000, baseline: int = 20) -> list[Row]:
    """Talking points with 20% take-home targets: on their own (each row assessed for them),
    and with the assessment columns from one assessment (frame.report), timed once each."""
    frame = offers(n, take_home_share=0.2)
    expectgap.frame.report(frame.head(100), year=2026)
    rate = assess_loop_rate(frame.head(baseline), points=True)
    rows = []
    for name, run in (
        (
            "talking points, 20% take-home targets",
            lambda: expectgap.frame.talking_points(frame, year=2026),
        ),
        (
            "assessment and talking points (frame.report), 20% take-home",
            lambda: expectgap.frame.report(frame, year=2026),
        ),
    ):
        started = time.perf_counter()
        run()
        rows.append(Row(name, n, time.perf_counter() - started, peak(run), rate, None))
    return rows


def assess_loop_rate(frame: pd.DataFrame, *, points: bool) -> float:
    """Scalar baseline: build each row's Expectations and Offer, assess, materialize points."""
    from expectgap.assess import assess

    rows = [row for _, row in frame.iterrows()]

    def one(i: int) -> None:
        report = assess(*expectgap.frame.models(rows[i]), year=2026)
        if points:
            report.points(audience="candidate")

    return loop_rate(one, len(rows))


def main() -> None:
    rows = [
        bench_net(),
        bench_position(),
        bench_assess(),
        bench_assess_take_home(),
        bench_talking_points(),
        *bench_talking_points_take_home(),
    ]
    report(__file__, [r.as_dict() for r in rows])
    header = [
        "benchmark",
        "rows",
        "seconds",
        "rows/s",
        "peak B/row",
        "scalar loop rows/s",
        "ratio",
        "target",
    ]
    table = [header, *(r.cells() for r in rows)]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for k, line in enumerate(table):
        print(
            "  ".join(
                cell.rjust(w) if i else cell.ljust(w)
                for i, (cell, w) in enumerate(zip(line, widths, strict=True))
            )
        )
        if k == 0:
            print("  ".join("-" * w for w in widths))


if __name__ == "__main__":
    main()
