"""The attacks of issue 10 on peer salaries, each shown to recover nothing beyond the release.

Method: *twin worlds*. For a target peer we exhibit two groups that differ only in that peer's
pay, by a stated amount, and have the same release. Every attack below is run in both worlds
and gets byte-identical answers, so no attacker can tell the two salaries apart: whatever the
attack "recovers", it is off by at least half the gap in one of the worlds. The gaps are the
stated tolerances (all amounts monthly yen):

* eight peers ``S8``: the lowest pay is hidden within 316,000-515,000, the highest within
  488,000-593,000, the middle one (489,000) within 474,000-519,000 (+-22,500);
* five peers ``S5``: the lowest within 407,000-451,000, the middle one within 475,000-495,000
  (+-10,000, the narrowest of all), the highest within 510,000-554,000;
* a peer added to ``S8`` (differencing): anywhere in 368,000-463,000.

These ranges hold even for an attacker who knows every *other* peer's pay to the yen (the
twins share them). They were found by scanning one peer's pay in 1,000-yen steps; the tests
only check that the twins' releases agree and that the attacks cannot tell them apart.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import expectgap.frame  # noqa: F401 - registers the .expectgap accessor
from expectgap.assess import Expectations, Offer, PositionSpec, SalaryExpectation, assess
from expectgap.assess.scenario import load_scenario
from expectgap.cli import main
from expectgap.errors import InsufficientData, InvalidInput
from expectgap.market import PeerGroup, PeerRelease
from expectgap.money import Money
from expectgap.package import CompensationPackage
from expectgap.position import position

S8 = [412_000, 437_000, 455_000, 468_000, 489_000, 503_000, 526_000, 561_000]
S5 = [431_000, 452_000, 478_000, 496_000, 534_000]


def twin(group: list[int], who: int, pay: int) -> list[int]:
    return [pay if i == who else v for i, v in enumerate(group)]


# (group, peer, low twin, high twin): the peer's pay replaced by either end
TWINS = {
    "lowest-of-8": (S8, 0, 316_000, 515_000),
    "middle-of-8": (S8, 4, 474_000, 519_000),
    "highest-of-8": (S8, 7, 488_000, 593_000),
    "lowest-of-5": (S5, 0, 407_000, 451_000),
    "middle-of-5": (S5, 2, 475_000, 495_000),
    "highest-of-5": (S5, 4, 510_000, 554_000),
}


def worlds(name: str) -> tuple[PeerGroup, PeerGroup]:
    group, who, low, high = TWINS[name]
    return (
        PeerGroup(twin(group, who, low), currency="JPY", period="monthly"),
        PeerGroup(twin(group, who, high), currency="JPY", period="monthly"),
    )


def same_position(a: object, b: object) -> bool:
    fields = ("percentile", "percentile_ci", "gap_to_median", "compa_ratio", "z", "label")
    return all(np.array_equal(getattr(a, f), getattr(b, f)) for f in fields)


def same_release(a: PeerRelease, b: PeerRelease) -> bool:
    return (a.n, a.levels, a.values, a.steps, a.reason) == (
        b.n,
        b.levels,
        b.values,
        b.steps,
        b.reason,
    )


@pytest.mark.parametrize("name", list(TWINS))
def test_twins_have_one_release(name: str) -> None:
    group, who, low, high = TWINS[name]
    assert low <= group[who] <= high
    a, b = worlds(name)
    truth = PeerGroup(group, currency="JPY", period="monthly").release()
    assert same_release(a.release(), b.release())
    assert same_release(a.release(), truth)


# --- 1. bisection of percentile_of / position(...).percentile (~140 calls and more) ----------


def bisect_jumps(oracle: Callable[[float], float], low: float, high: float) -> list[float]:
    """Every amount where the answer changes, located to 1 yen (what a bisecting user does)."""
    found: list[float] = []
    stack = [(low, high)]
    calls = 0
    while stack:
        a, b = stack.pop()
        fa, fb = oracle(a), oracle(b)
        calls += 2
        if fa == fb:
            continue
        if b - a <= 1:
            found.append(b)
            continue
        mid = (a + b) / 2
        stack += [(a, mid), (mid, b)]
    assert calls >= 140
    return sorted(found)


@pytest.mark.parametrize("name", ["highest-of-8", "lowest-of-5"])
def test_bisection_finds_only_the_release(name: str) -> None:
    a, b = worlds(name)
    jumps_a = bisect_jumps(lambda x: float(a.percentile_of(x)), 300_000, 700_000)
    jumps_b = bisect_jumps(lambda x: float(position(x, b).percentile), 300_000, 700_000)
    assert jumps_a == jumps_b  # the two salaries cannot be told apart
    assert len(jumps_a) <= 21  # at most one jump per 5-point step: 0, 5, ..., 100


# --- 2. one call: 170,001 amounts in a frame --------------------------------------------------


def test_one_frame_call_over_every_amount_reveals_nothing_more() -> None:
    amounts = pd.DataFrame({"amount": np.arange(400_000, 570_001)})
    a, b = worlds("highest-of-8")
    out_a = amounts.expectgap.position(a)
    out_b = amounts.expectgap.position(b)
    pd.testing.assert_frame_equal(out_a, out_b)
    assert set(out_a["percentile"].unique()) <= set(range(0, 101, 5))
    # the gap to the median is to the released (rounded) median, a multiple of its step
    medians = amounts["amount"] - out_a["gap_to_median"]
    assert medians.nunique() == 1
    assert medians.iloc[0] == a.release().median == 500_000


# --- 3. reports across many targets, in Python and through scenario files ---------------------


def peer_evidence(report: object) -> list[tuple[object, ...]]:
    rows = []
    for gap in report.gaps:  # type: ignore[attr-defined]
        for e in gap.evidence:
            if e.kind.value == "peers":
                rows.append(
                    (
                        gap.dimension,
                        e.subject,
                        e.percentile,
                        e.percentile_ci,
                        e.label,
                        e.gap_to_median,
                        e.compa_ratio,
                        e.n,
                    )
                )
    return rows


def test_reports_for_many_targets_cannot_tell_the_twins_apart() -> None:
    offer = Offer(
        PositionSpec("Software Engineer"),
        CompensationPackage(base=Money(450_000, "JPY", "monthly")),
    )
    a, b = worlds("highest-of-8")
    seen = set()
    for target in range(400_000, 600_001, 10_000):  # 21 reports per world
        wish = Expectations(salary=SalaryExpectation(target, basis="gross_monthly"))
        options = {"peer_measure": "monthly_gross", "year": 2026, "as_of": date(2026, 11, 1)}
        ra = assess(wish, offer, peers=a, **options)  # type: ignore[arg-type]
        rb = assess(wish, offer, peers=b, **options)  # type: ignore[arg-type]
        evidence = peer_evidence(ra)
        assert evidence
        assert evidence == peer_evidence(rb)
        seen.update(row[2] for row in evidence)
    assert seen <= set(range(0, 101, 5))


SCENARIO = """
[assessment]
jurisdiction = "JP"
year = 2026
as_of = 2026-11-01

[candidate]
age = 32

[candidate.salary]
basis = "gross_monthly"
target = {target}

[offer.package]
base_monthly = 450_000

[peers]
csv = "peers.csv"
column = "pay"
id_column = "employee"
measure = "monthly_gross"
{extra}
"""


def write_case(
    folder: Path, pays: list[int], target: int, extra: str = "", weights: list[str] | None = None
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    header = "employee,pay" + (",weight" if weights else "")
    rows = [f"e{i},{pay}" + (f",{weights[i]}" if weights else "") for i, pay in enumerate(pays)]
    (folder / "peers.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    path = folder / "case.toml"
    path.write_text(SCENARIO.format(target=target, extra=extra), encoding="utf-8")
    return path


def cli_peer_evidence(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["assess", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    evidence = [e for gap in data["gaps"] for e in gap.get("evidence", []) if e["kind"] == "peers"]
    assert evidence
    return json.dumps([evidence, data.get("peers")], sort_keys=True)


def test_cli_runs_with_many_targets_cannot_find_the_maximum(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, who, low, high = TWINS["highest-of-8"]
    for target in (450_000, 520_000, 560_000, 590_000):
        seen = [
            cli_peer_evidence(write_case(tmp_path / str(pay), twin(S8, who, pay), target), capsys)
            for pay in (low, high)
        ]
        assert seen[0] == seen[1]


# --- 4. amount - gap_to_median ------------------------------------------------------------------


def test_gap_to_median_gives_only_the_released_median() -> None:
    a, b = worlds("middle-of-8")  # the peer nearest the median: 474,000 or 519,000
    for amount in (300_000, 489_000, 612_345):
        assert amount - position(amount, a).gap_to_median == 500_000
        assert same_position(position(amount, a), position(amount, b))


# --- 5. a 5-person group solved from summary(), log_moments() and z ----------------------------


@pytest.mark.parametrize("name", ["lowest-of-5", "middle-of-5", "highest-of-5"])
def test_five_peers_cannot_be_solved(name: str) -> None:
    a, b = worlds(name)
    assert a.summary() == b.summary()
    assert a.log_moments() == b.log_moments()
    assert same_position(position([3e5, 7e5], a), position([3e5, 7e5], b))
    assert a.quantile([0.25, 0.5, 0.75]).tolist() == b.quantile([0.25, 0.5, 0.75]).tolist()
    # nothing published is a peer's pay: P25 / P50 / P75 are Harrell-Davis means on a grid
    assert not set(a.summary().values) & set(S5)


# --- 6. differencing: PeerGroup(S) against PeerGroup(S + [t]) -----------------------------------


def test_differencing_one_added_peer_reveals_only_a_wide_range() -> None:
    before = PeerGroup(S8)
    grid = np.arange(300_000, 700_001, 1_000)
    answers = []
    for t in (368_000, 411_000, 463_000):  # three very different salaries of the newcomer
        after = PeerGroup([*S8, t])
        answers.append(
            (
                after.release().values,
                after.release().steps,
                after.n,
                after.percentile_of(grid).tobytes(),
            )
        )
    assert answers[0] == answers[1] == answers[2]
    assert before.release().n == 8
    assert answers[0][2] == 9
    # ids change nothing, and a newcomer paid exactly a member's pay is not singled out
    with_ids = PeerGroup([*S8, 437_000], ids=[*range(8), 99]).release()
    assert with_ids.values == PeerGroup([*S8, 411_000]).release().values
    assert PeerGroup([*S8, 437_000]).n == 9


# --- 7. floors the caller cannot lower ------------------------------------------------------


def test_the_caller_cannot_lower_the_floors() -> None:
    with pytest.raises(InvalidInput, match="min_n"):
        PeerGroup(S8[:4], min_n=2)
    with pytest.raises(InvalidInput, match="max_weight_share"):
        PeerGroup(S8, max_weight_share=1)
    four = PeerGroup(S8[:4], weights=[1, 1, 1, 1])  # four equal weights: exactly 25% each
    assert not four.publishable
    with pytest.raises(InsufficientData):
        four.percentile_of(450_000)


def test_a_scenario_cannot_lower_the_floor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_case(tmp_path, S8[:4], 500_000, extra="min_n = 2")
    with pytest.raises(InvalidInput, match="min_n"):
        load_scenario(path)
    assert main(["assess", str(path), "--json"]) == 2
    err = capsys.readouterr().err
    assert "min_n" in err
    assert "412000" not in err
    # four peers with the default floor: nothing published, a note says why
    data_path = write_case(tmp_path / "four", S8[:4], 500_000)
    assert main(["assess", str(data_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert not [e for g in data["gaps"] for e in g.get("evidence", []) if e["kind"] == "peers"]
    assert any(note["code"] == "peers_withheld" for note in data["notes"])


# --- 8. decoy and extreme weights -------------------------------------------------------------


@pytest.mark.parametrize("weight", ["1e308", "5e-324", "nan", "1e-12", "inf", "0"])
def test_extreme_weights_are_refused(
    weight: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(InvalidInput, match="weights"):
        PeerGroup(S5, weights=[1, 1, 1, 1, float(weight)])
    path = write_case(
        tmp_path, S5, 500_000, 'weight_column = "weight"', ["1", "1", "1", "1", weight]
    )
    assert main(["assess", str(path)]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_a_decoy_does_not_make_a_fifth_peer() -> None:
    for decoy in (1e-6, 0.01, 0.3):  # all below half the mean weight
        g = PeerGroup([*S8[:4], 999_000], weights=[1, 1, 1, 1, decoy])
        assert not g.publishable
        assert "not counted" in str(g.release().reason)
    # many light decoys do not help either: Kish's effective number stays below 5
    g = PeerGroup([*S8[:4], *range(600_000, 600_040)], weights=[1.0] * 4 + [0.02] * 40)
    assert not g.publishable
