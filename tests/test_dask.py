"""Past one machine: the batch functions are pure per partition, so dask gives pandas' results."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

import expectgap.frame

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

ROWS = 1_000_000


def _people(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    pay = rng.integers(150_000, 1_500_000, n).astype(np.float64)
    index = pd.RangeIndex(seed * n, (seed + 1) * n)
    return pd.DataFrame(
        index=index,
        data={
            "pay": pay,
            "bonus": pay * rng.integers(0, 5, n),
            "age": rng.integers(20, 70, n),
            "prefecture": rng.choice(["tokyo", "osaka", "fukuoka"], n),
        },
    )


@pytest.mark.slow
def test_net_on_a_local_cluster_equals_pandas_on_a_million_rows() -> None:
    seeds = [11, 12, 13, 14]
    # the partitions are built on the workers (no large graph); pandas gets the same rows
    people = pd.concat([_people(ROWS // len(seeds), seed) for seed in seeds])
    expected = expectgap.frame.net(people, year=2026)
    meta = expected.iloc[:0]
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster),
    ):
        parts = dd.from_map(_people, [ROWS // len(seeds)] * len(seeds), seeds)
        result = parts.map_partitions(expectgap.frame.net, year=2026, meta=meta).compute()
    assert len(result) == ROWS
    pd.testing.assert_frame_equal(result, expected)


def test_partitions_are_independent() -> None:
    # the batch result of a frame is the concatenation of the results of any split of it
    people = _people(1_000, seed=3)
    whole = expectgap.frame.net(people, year=2025, errors="coerce")
    cuts = [0, 1, 10, 333, 334, 900, 1_000]
    parts = [
        expectgap.frame.net(people.iloc[a:b], year=2025, errors="coerce")
        for a, b in itertools.pairwise(cuts)
    ]
    pd.testing.assert_frame_equal(pd.concat(parts), whole)
