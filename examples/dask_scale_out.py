"""Past one machine: a million employees' take-home pay and market position with dask.

The batch functions of :mod:`expectgap.frame` are pure per partition (each row's result depends
only on that row), so ``dask.dataframe.map_partitions`` runs them on a cluster unchanged. This
script starts a local cluster (2 threads), builds 1,000,000 simulated employees in 8 partitions
on the workers, computes every net pay component (Japan, 2026), places each regular monthly pay
in the MHLW wage census table of contractual monthly pay and its internal grade (compa-ratio to the grade
midpoint), then checks one partition against plain pandas.

Usage: ``python examples/dask_scale_out.py [OUTPUT_DIR]`` (default ``examples/output`` or
``$EXPECTGAP_OUTPUT``). Writes ``dask_population.png``. The employees are simulated (seeded).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import dask.dataframe as dd
import numpy as np
import pandas as pd
from distributed import Client, LocalCluster

import expectgap.frame
from expectgap import plot
from expectgap.datasets import wage_census
from expectgap.market import SurveyTable

EMPLOYEES = 1_000_000
PARTITIONS = 8
YEAR = 2026


def output_dir() -> Path:
    chosen = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("EXPECTGAP_OUTPUT")
    path = Path(chosen) if chosen else Path(__file__).resolve().parent / "output"
    path.mkdir(parents=True, exist_ok=True)
    return path


def market() -> SurveyTable:
    """Contractual monthly pay (きまって支給する現金給与額) of full-time employees in Japan: the
    published national 2025 distribution of scheduled pay scaled to the 2024 national mean of
    contractual pay (359.6 / 330.4; 出典：厚生労働省「賃金構造基本統計調査」を加工して作成)."""
    return wage_census(measure="contractual")


#: Internal grade midpoints (monthly, yen) and the share of employees in each grade.
GRADES = {
    1: (240_000, 0.30),
    2: (300_000, 0.30),
    3: (370_000, 0.22),
    4: (460_000, 0.13),
    5: (600_000, 0.05),
}


def employees(n: int, seed: int) -> pd.DataFrame:
    """One partition of simulated employees (built where it is computed)."""
    rng = np.random.default_rng(seed)
    grade = rng.choice(list(GRADES), n, p=[share for _, share in GRADES.values()])
    midpoint = np.array([GRADES[g][0] for g in GRADES], dtype=np.float64)[grade - 1]
    pay = np.round(midpoint * rng.lognormal(0.0, 0.12, n), -3)
    return pd.DataFrame(
        {
            "pay": pay,
            "band_midpoint": midpoint,
            "bonus": pay * rng.choice([0.0, 2.0, 4.0], n, p=[0.2, 0.5, 0.3]),
            "age": rng.integers(22, 65, n),
            "prefecture": rng.choice(["tokyo", "osaka", "aichi", "fukuoka", "hokkaido"], n),
        },
        index=pd.RangeIndex(seed * n, (seed + 1) * n, name="employee"),
    )


def assess_partition(part: pd.DataFrame, table: SurveyTable) -> pd.DataFrame:
    """Net pay and market position of one partition: pure, so dask can run it anywhere."""
    take_home = expectgap.frame.net(part, year=YEAR)
    placed = expectgap.frame.position(part, table, columns={"amount": "pay"})
    result = take_home.join(placed[["percentile", "label"]])
    result["compa_ratio"] = part["pay"] / part["band_midpoint"]  # internal, to the grade midpoint
    return result


def main() -> None:
    out = output_dir()
    table = market()
    size = EMPLOYEES // PARTITIONS
    seeds = list(range(PARTITIONS))
    meta = assess_partition(employees(2, 0), table).iloc[:0]
    with (
        LocalCluster(
            n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0"
        ) as cluster,
        Client(cluster),
    ):
        people = dd.from_map(employees, [size] * PARTITIONS, seeds)
        started = time.perf_counter()
        result = people.map_partitions(assess_partition, table, meta=meta).compute()
        elapsed = time.perf_counter() - started
    print(
        f"{len(result):,} employees in {PARTITIONS} partitions: {elapsed:.2f} s on a local cluster"
    )

    check = assess_partition(employees(size, seeds[3]), table)
    pd.testing.assert_frame_equal(result.loc[check.index], check)
    print("partition 3 equals plain pandas: True")

    rate = result["net"] / result["gross"]
    print(
        f"median take-home rate: {rate.median():.1%} (P10 {rate.quantile(0.1):.1%}, P90 {rate.quantile(0.9):.1%})"
    )
    shares = result["label"].value_counts(normalize=True).reindex(result["label"].cat.categories)
    print("regular monthly pay in the wage census market (contractual monthly pay):")
    print(shares.map("{:.1%}".format).to_string())

    sample = result.sample(200_000, random_state=1)
    fig = plot.population(
        sample,
        title=f"200,000 of {len(result):,} employees: market percentile vs grade compa-ratio",
    )
    fig.savefig(out / "dask_population.png", dpi=110)
    print(f"wrote {out / 'dask_population.png'}")


if __name__ == "__main__":
    main()
