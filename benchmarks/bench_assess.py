"""Timing of the assessment rules and talking points (figures for the batch layer).

Prints: the vectorized gap rules (shortfall, severity, stance, priority) on 100,000 rows of ten
dimensions; one full assessment of the Tokyo demo; and the talking points of one report view
(a set of ten), extrapolated to 100,000 sets on one core.

Run: .venv/bin/python benchmarks/bench_assess.py
"""

from __future__ import annotations

import time

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
    scenario = load_scenario(demo_file())
    start = time.perf_counter()
    gap_report = scenario.assess()
    seconds = time.perf_counter() - start
    print(f"one assessment (demo, take-home through the payroll engine): {seconds * 1e3:.1f} ms")
    rows.append(
        {"case": "one assessment (the demo, take-home target)", "rows": 1, "seconds": seconds}
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
