"""The gross-up's branch and bound: the ceiling of net over a range, and equality with the scan.

References: jp.annual itself, evaluated at every whole amount of each range (brute force), and
the search over a coarse grid and an exact scan (the path taken where the engine gives no
ceiling, forced here by removing the ceiling), which is exact by the rise bound RISE_SLACK
checked in test_gross_up.py.
"""

from __future__ import annotations

import dataclasses
import sys
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap.payroll import jp
from expectgap.payroll.jp.annual import ceiling_given, net_ceiling
from expectgap.payroll.jp.deductions import Deductions
from expectgap.payroll.jp.payslip import payslip_ceiling

YEARS = (2024, 2025, 2026)
gross_up_module = sys.modules["expectgap.payroll.jp.gross_up"]


def _households(rng: np.random.Generator, n: int) -> dict[str, Any]:
    spouse = rng.random(n) < 0.3
    return {
        "age": rng.integers(18, 76, n),
        "dependents": rng.integers(0, 4, n),
        "young_dependents": rng.integers(0, 3, n),
        "spouse": spouse,
        "spouse_income": np.where(spouse, rng.choice([0, 900_000, 1_300_000], n), 0),
    }


def _pick(household: dict[str, Any], rows: np.ndarray) -> dict[str, Any]:
    return {name: values[rows] for name, values in household.items()}


@pytest.mark.parametrize("year", YEARS)
def test_ceiling_of_one_amount_is_its_net(year: int) -> None:
    rng = np.random.default_rng(year)
    n = 3_000
    pay = np.concatenate([rng.uniform(0, 1_600_000, n - 4).round(), [0, 1, 1_250_001, 1.4e6]])
    bonus = pay * rng.choice([0.0, 1.0, 2.5, 4.0], n)
    house = _households(rng, n)
    net = jp.annual(pay, year=year, bonus=bonus, commuting_allowance=15_000, **house).net
    ceiling = net_ceiling(
        (pay, bonus), (pay, bonus), year=year, commuting_allowance=15_000, **house
    )
    assert ceiling is not None
    np.testing.assert_array_equal(ceiling, net)


# Declarations that move the taxes with the income tax: the housing-loan credit (its rest
# spills into the resident tax) and the hometown donation (credits by marginal rate).
DECLARED = {
    "deductions": Deductions(
        housing_loan_credit=250_000, hometown_donation=80_000, life_general=60_000
    ),
    "residence": "yokohama",
}


@pytest.mark.parametrize("declared", [False, True])
@pytest.mark.parametrize("year", YEARS)
def test_ceiling_bounds_every_net_in_the_range(year: int, declared: bool) -> None:
    # Ranges of monthly pay (bonus a fixed number of months of it), some across the places
    # where net moves most: grade boundaries, the non-taxable limits, the basic deduction
    # tiers, the 2024 fixed-amount cut's income limit (salary 20,000,000: 1,250,000 a month
    # with 4 months of bonus) and the pension and health caps.
    rng = np.random.default_rng(100 + year)
    starts = np.concatenate(
        [
            rng.uniform(50_000, 1_500_000, 60),
            [89_000, 92_000, 394_000, 554_000, 634_000, 1_249_000, 1_250_000, 1_380_000],
        ]
    ).round()
    for k, start in enumerate(starts):
        width = int(rng.choice([2, 30, 700, 3_000]))
        pay = start + np.arange(width, dtype=np.float64)
        months = float(rng.choice([0.0, 2.0, 4.0]))
        house = {name: values[k] for name, values in _households(rng, starts.size).items()}
        if declared:
            house.update(DECLARED)
        net = jp.annual(pay, year=year, bonus=pay * months, **house).net
        low, high = (pay[0], pay[0] * months), (pay[-1], pay[-1] * months)
        ceiling = net_ceiling(low, high, year=year, **house)
        assert ceiling is not None
        assert int(ceiling) >= net.max(), (start, width, months, house)


def test_no_ceiling_where_bonuses_share_the_cap_across_years() -> None:
    # A March bonus counts against the health cap of the fiscal year that began the April
    # before, with last September's bonus: premiums can fall as pay rises, so no ceiling.
    assert (
        net_ceiling((300_000, 600_000), (301_000, 602_000), year=2026, bonus_months=(3, 9)) is None
    )
    targets = np.asarray([250_000, 2_000_000])
    got = jp.gross_up(targets, year=2026, bonus_months_of_pay=4, bonus_months=(3, 9), age=[30, 45])
    net = jp.annual(got, year=2026, bonus=got * 4, bonus_months=(3, 9), age=[30, 45]).net
    short = jp.annual(got - 1, year=2026, bonus=(got - 1) * 4, bonus_months=(3, 9), age=[30, 45])
    assert (net >= 12 * targets).all()
    assert (short.net < 12 * targets).all()


def _without_ceiling(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gross_up_module, "ceiling_given", lambda *args, **kwargs: False)


@pytest.mark.parametrize("year", YEARS)
def test_branch_and_bound_equals_the_scan_month(year: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(200 + year)
    n = 30
    targets = np.concatenate([rng.uniform(0, 1_300_000, n - 3).round(), [0, 80_000, 1_000_000]])
    options = {
        "year": year,
        "bonus_months_of_pay": rng.choice([0.0, 1.0, 2.0, 4.0], n),
        "commuting_allowance": 10_000,
        **_households(rng, n),
        **(DECLARED if year == 2025 else {}),
    }
    fast = jp.gross_up(targets, **options)
    _without_ceiling(monkeypatch)
    np.testing.assert_array_equal(fast, jp.gross_up(targets, **options))


@pytest.mark.parametrize("year", [2025, 2026])
def test_branch_and_bound_equals_the_scan_year(year: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # The last target is below twelve commuting allowances (240,000): below that no annual
    # gross exists; the answer is 240,000 itself, whose net (about 107,000) reaches it.
    rng = np.random.default_rng(300 + year)
    n = 5
    targets = np.concatenate([rng.uniform(1_000_000, 18_000_000, n - 1).round(), [100_000]])
    options = {
        "year": year,
        "period": "year",
        "bonus_months_of_pay": rng.choice([0.0, 2.0, 4.5], n),
        "commuting_allowance": 20_000,
        **_households(rng, n),
    }
    fast = jp.gross_up(targets, **options)
    assert fast[-1] == 240_000
    _without_ceiling(monkeypatch)
    np.testing.assert_array_equal(fast, jp.gross_up(targets, **options))


@pytest.mark.parametrize("period", ["month", "year"])
@pytest.mark.parametrize("year", YEARS)
def test_every_result_is_the_first_reaching_its_target(year: int, period: str) -> None:
    # Property on 2,000 targets with a household each: net(g) >= target > net(g - 1), for
    # targets drawn at random and targets equal to a net (and one yen above it).
    rng = np.random.default_rng(400 + year)
    n = 2_000
    house = _households(rng, n)
    months = rng.choice([0.0, 1.0, 3.0], n)
    scale = 12 if period == "month" else 1
    pay = rng.uniform(60_000, 1_500_000, n).round()
    nets = np.asarray(jp.annual(pay, year=year, bonus=pay * months, **house).net) // scale
    targets = np.concatenate([rng.uniform(0, 1_200_000 * 12 // scale, n // 2).round(), nets])
    targets[n // 2 + 1 :: 2] += 1
    targets = targets[:n]
    got = jp.gross_up(targets, year=year, period=period, bonus_months_of_pay=months, **house)

    def net(amount: np.ndarray) -> np.ndarray:
        if period == "month":
            return np.asarray(jp.annual(amount, year=year, bonus=amount * months, **house).net)
        pay = amount / (12 + months)
        bonus = np.maximum(amount - 12 * pay, 0)
        return np.asarray(jp.annual(pay, year=year, bonus=bonus, **house).net)

    need = targets * scale
    assert (net(got.astype(np.float64)) >= need).all()
    above = got > 0
    short = net(np.maximum(got - 1.0, 0.0))
    assert (short[above] < need[above]).all()


def test_payslip_targets_with_a_household_each() -> None:
    # Payslip targets, each with its own household, get the first pay whose payslip reaches
    # them (the branch and bound on payslip_ceiling: test_payslip_ceiling.py).
    rng = np.random.default_rng(500)
    n = 12
    house = _households(rng, n)
    months = rng.choice([0.0, 2.0], n)
    targets = rng.uniform(150_000, 600_000, n).round()
    got = jp.gross_up(
        targets, year=2026, period="payslip", bonus_months_of_pay=months, **house
    ).astype(np.float64)
    slip = jp.payslip(got, year=2026, bonus=got * months, **house).net
    short = jp.payslip(got - 1, year=2026, bonus=(got - 1) * months, **house).net
    assert (slip >= targets).all()
    assert (short < targets).all()


def _random_targets(
    rng: np.random.Generator, n: int, period: str, year: int
) -> tuple[np.ndarray, dict[str, Any]]:
    """Targets with a household each: half drawn at random, half equal to the net of a random
    pay (every other one a yen above it: the boundary where a yen of net decides)."""
    house = _households(rng, n)
    months = rng.choice([0.0, 1.0, 2.0, 3.5], n)
    pay = rng.uniform(90_000, 1_200_000, n).round()
    bonus = pay * months
    if period == "payslip":
        nets = np.asarray(jp.payslip(pay, year=year, bonus=bonus, **house).net)
    else:
        nets = np.asarray(jp.annual(pay, year=year, bonus=bonus, **house).net)
        nets = nets // 12 if period == "month" else nets
    scale = 12 if period == "year" else 1
    drawn = rng.uniform(60_000 * scale, 800_000 * scale, n).round()
    targets = np.where(np.arange(n) % 2 == 0, drawn, nets + np.arange(n) // 2 % 2)
    return targets, {"year": year, "period": period, "bonus_months_of_pay": months, **house}


@pytest.mark.parametrize(("period", "n"), [("month", 300), ("payslip", 100), ("year", 20)])
def test_branch_and_bound_equals_the_scan_on_random_households(
    period: str, n: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The branch and bound (large batches: a crossing, then ranges; small batches: amounts
    # spread in one engine call, then the ranges and the last amounts in another) against the
    # grid-and-scan search on the same targets, each with its own household.
    rng = np.random.default_rng({"month": 700, "payslip": 701, "year": 702}[period])
    targets, options = _random_targets(rng, n, period, 2026)
    fast = jp.gross_up(targets, **options)
    few = [
        jp.gross_up(
            targets[k : k + 2], **{name: _first(value, k) for name, value in options.items()}
        )
        for k in range(0, 20, 2)
    ]
    np.testing.assert_array_equal(np.concatenate(few), fast[:20])
    _without_ceiling(monkeypatch)
    np.testing.assert_array_equal(fast, jp.gross_up(targets, **options))


def _first(value: Any, k: int) -> Any:
    return value[k : k + 2] if isinstance(value, np.ndarray) else value


@pytest.mark.parametrize(
    "keywords",
    [
        {},
        {"bonus_months": (3, 9)},
        {"bonus_months": (7, 12)},
        {"bonus_months": (1, 3)},
        {"joined": "2026-04-01"},
        {"left": "2026-10-31"},
    ],
)
def test_ceiling_given_says_where_the_ceilings_are_given(keywords: dict[str, Any]) -> None:
    # The gross-up asks ceiling_given instead of computing a ceiling to see whether it is None.
    given = ceiling_given(2026, **keywords)
    ends = ((300_000, 600_000), (301_000, 602_000))
    assert (net_ceiling(*ends, year=2026, **keywords) is not None) == given
    assert (payslip_ceiling(*ends, year=2026, **keywords) is not None) == given


@pytest.mark.parametrize("small_codes", [1, 1 << 20])
@pytest.mark.parametrize("most", [1 << 62, 7])
def test_households_are_numbered_by_equal_keywords(
    small_codes: int, most: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Rows equal in every keyword column share a number and no others do, whether a column's
    # whole numbers are their own codes or ranked, and where the numbers are renumbered
    # between columns; the reference partition is numpy's row-wise unique of the stacked
    # columns.
    module = sys.modules["expectgap.payroll.jp.gross_up"]
    monkeypatch.setattr(module, "_SMALL_CODES", small_codes)
    monkeypatch.setattr(module, "_MOST_HOUSEHOLDS", most)
    rng = np.random.default_rng(7)
    columns = [rng.integers(0, k, 5_000).astype(float) for k in (3, 2, 5, 1)]
    columns += [rng.choice([0.0, 2.5, -1_000.0], 5_000), rng.integers(0, 70, 5_000) * 1.0]
    numbers = module._household_numbers(columns)
    reference = np.unique(np.stack(columns, axis=1), axis=0, return_inverse=True)[1].ravel()
    pairs = set(zip(numbers.tolist(), reference.tolist(), strict=True))
    assert len(pairs) == len(set(numbers.tolist())) == len(set(reference.tolist()))


@pytest.mark.parametrize("born", [False, True])
@pytest.mark.parametrize("threads", [False, True])
def test_ceilings_in_chunks_equal_one_chunk(
    threads: bool, born: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Large batches of ceilings (and of payslip nets) are computed in chunks of people, on
    # threads from a size, with an engine for each end of the ranges: each person's bound is
    # that of one chunk holding every person, where a year's ceilings compute both ends on one
    # engine (the people at their low ends, then at their high ends).
    annual_module = sys.modules["expectgap.payroll.jp.annual"]
    payslip_module = sys.modules["expectgap.payroll.jp.payslip"]
    rng = np.random.default_rng(800)
    n = 500
    house = _households(rng, n)
    if born:  # dates of birth instead of ages, some turning 40 or 65 in the year
        del house["age"]
        years = rng.choice([1961, 1986, 1990], n).astype(str)
        house["birth_date"] = np.char.add(years, rng.choice(["-01-01", "-07-15"], n))
    months = rng.choice([0.0, 1.0, 3.5], n)
    low = rng.uniform(50_000, 1_500_000, n).round()
    high = low + rng.choice([0, 1, 40, 3_000], n)
    ends = ((low, low * months), (high, high * months))
    keywords = {"year": 2026, "commuting_allowance": 12_000, **house}
    whole = (
        net_ceiling(*ends, **keywords),
        payslip_ceiling(*ends, **keywords),
        payslip_module._payslip_net(high, bonus=high * months, **keywords),
    )
    assert all(result is not None for result in whole)
    monkeypatch.setattr(annual_module, "_CHUNK_ROWS", 37)
    monkeypatch.setattr(annual_module, "_PARALLEL_MIN_SIZE", 100 if threads else 10**9)
    chunked = (
        net_ceiling(*ends, **keywords),
        payslip_ceiling(*ends, **keywords),
        payslip_module._payslip_net(high, bonus=high * months, **keywords),
    )
    for one, many in zip(whole, chunked, strict=True):
        np.testing.assert_array_equal(many, one)


@pytest.mark.parametrize("declared", [False, True])
@pytest.mark.parametrize("fiscal", [2023, 2024, 2025, 2026])
def test_least_levy_alone_is_the_least_of_the_range(fiscal: int, declared: bool) -> None:
    # Where only the least levy of a range is used (regular instalments under one rule), it is
    # computed alone, with the total income of its salary when the caller has it: the same
    # number as the least of the whole range.
    from expectgap.payroll.jp.income_tax import household, total_incomes_yen

    annual_module = sys.modules["expectgap.payroll.jp.annual"]

    rng = np.random.default_rng(900 + fiscal)
    n = 4_000
    salary = rng.integers(0, 30_000_000, n)
    social = (salary * rng.uniform(0.1, 0.16, n)).astype(np.int64)
    least = (salary, social + rng.integers(0, 50_000, n))
    most = (salary + rng.integers(0, 400_000, n), social)
    spouse = rng.random(n) < 0.3
    house = household(
        spouse=spouse,
        spouse_income=np.where(spouse, 500_000, 0),
        dependents=rng.integers(0, 3, n),
        specific=np.zeros(n, np.int64),
        elderly=np.zeros(n, np.int64),
        cohabiting=np.zeros(n, np.int64),
        young=rng.integers(0, 2, n),
        under_23=None,
        shown=0,
    )
    if declared:
        house = dataclasses.replace(house, declared=DECLARED["deductions"].record)
    income_year = annual_module._income_year(fiscal)
    income = total_incomes_yen(salary, house.under_23, (income_year,))[0]
    whole = annual_module._levy_range(least, most, fiscal, house, "yokohama")
    for known in (None, income):
        alone = annual_module._least_levy(least, most, fiscal, house, "yokohama", known)
        np.testing.assert_array_equal(alone, whole.least)


@pytest.mark.parametrize("chunk_rows", [None, 29])
@pytest.mark.parametrize(("year", "declared"), [(2024, True), (2025, False), (2026, True)])
def test_ceilings_along_a_path_equal_the_ceilings_of_each_range(
    year: int, declared: bool, chunk_rows: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The ceilings between consecutive packages of a path (each package computed once) are
    # net_ceiling of each pair, in one chunk or in many.
    from expectgap.payroll.jp.annual import net_ceilings_along

    if chunk_rows is not None:
        monkeypatch.setattr(sys.modules["expectgap.payroll.jp.annual"], "_CHUNK_ROWS", chunk_rows)
    rng = np.random.default_rng(1_000 + year)
    people, steps = 120, 6
    house = _households(rng, people)
    months = rng.choice([0.0, 1.0, 2.5], people)
    rises = rng.choice([0, 1, 3, 250, 9_000, 120_000], (people, steps))
    pay = rng.uniform(40_000, 1_500_000, people).round()[:, None] + np.cumsum(rises, axis=1)
    bonus = pay * months[:, None]
    keywords: dict[str, Any] = {"year": year, "commuting_allowance": 8_000}
    if declared:
        keywords.update(DECLARED)
    along = net_ceilings_along(
        (pay.ravel(), bonus.ravel()),
        **keywords,
        **{name: np.repeat(values, steps) for name, values in house.items()},
    )
    assert along is not None
    pairs = np.asarray(along).reshape(-1)
    assert pairs.size == people * steps - 1
    within = np.append(pairs, 0).reshape(people, steps)[:, :-1]
    each = net_ceiling(
        (pay[:, :-1].ravel(), bonus[:, :-1].ravel()),
        (pay[:, 1:].ravel(), bonus[:, 1:].ravel()),
        **keywords,
        **{name: np.repeat(values, steps - 1) for name, values in house.items()},
    )
    np.testing.assert_array_equal(within.ravel(), each)


@pytest.mark.parametrize(
    ("period", "year", "declared"),
    [
        ("month", 2024, True),
        ("month", 2026, False),
        ("year", 2025, False),
        ("year", 2026, True),
        ("payslip", 2025, True),
        ("payslip", 2026, False),
    ],
)
def test_shortcuts_of_large_batches_give_the_same_results(
    period: str, year: int, declared: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A large batch bounds its first ranges along a path (each amount between two ranges
    # computed once; not for the payslip), and looks for a crossing below the grade starts
    # under its first one (not for annual targets): the results equal those without either
    # shortcut, which test_branch_and_bound_equals_the_scan_on_random_households checks
    # against the scan.
    rng = np.random.default_rng({"month": 1_100, "year": 1_200, "payslip": 1_300}[period] + year)
    targets, options = _random_targets(rng, 600, period, year)
    if declared:
        options.update(DECLARED)
    calls: dict[str, list[int]] = {"along": [], "cliffs": []}
    along, cliffs = gross_up_module._ceilings_along, gross_up_module._below_cliffs

    def counted_along(*args: Any, **kwargs: Any) -> Any:
        calls["along"].append(args[0].size)
        return along(*args, **kwargs)

    def counted_cliffs(*args: Any, **kwargs: Any) -> Any:
        result = cliffs(*args, **kwargs)
        calls["cliffs"].append(int((result < args[4]).sum()))
        return result

    monkeypatch.setattr(gross_up_module, "_ceilings_along", counted_along)
    monkeypatch.setattr(gross_up_module, "_below_cliffs", counted_cliffs)
    fast = jp.gross_up(targets, **options)
    assert bool(calls["along"]) == (period != "payslip"), "the path was not taken"
    assert (sum(calls["cliffs"]) > 0) == (period != "year"), "no crossing below a grade start"
    monkeypatch.setattr(gross_up_module, "_ceilings_along", lambda *args, **kwargs: None)
    monkeypatch.setattr(gross_up_module, "grade_starts", lambda year: np.zeros(0))
    np.testing.assert_array_equal(fast, jp.gross_up(targets, **options))


@pytest.mark.parametrize(("period", "year"), [("month", 2024), ("payslip", 2026), ("year", 2025)])
def test_large_batches_rule_out_every_amount_just_below_their_results(
    period: str, year: int
) -> None:
    # A large batch (from 256 targets) closes each target on a crossing b (net(b - 1) short of
    # the target), bounds ranges up to b - 2 only, and leaves at least 16 amounts of monthly pay
    # in the last range before b: brute force over the 64 amounts below each result (every one
    # of them evaluated by the engine itself) finds none reaching its target.
    rng = np.random.default_rng({"month": 1_400, "payslip": 1_500, "year": 1_600}[period])
    targets, options = _random_targets(rng, 300, period, year)
    got = np.asarray(jp.gross_up(targets, **options), dtype=np.float64)
    months = options["bonus_months_of_pay"]
    house = {k: v for k, v in options.items() if k not in ("year", "period", "bonus_months_of_pay")}
    below = 64

    def net(amount: np.ndarray) -> np.ndarray:
        rows = {k: np.broadcast_to(v[:, None], amount.shape) for k, v in house.items()}
        m = np.broadcast_to(months[:, None], amount.shape)
        if period == "payslip":
            return np.asarray(jp.payslip(amount, year=year, bonus=amount * m, **rows).net)
        if period == "month":
            return np.asarray(jp.annual(amount, year=year, bonus=amount * m, **rows).net) / 12
        pay = amount / (12 + m)
        bonus = np.maximum(amount - 12 * pay, 0)
        return np.asarray(jp.annual(pay, year=year, bonus=bonus, **rows).net)

    amounts = got[:, None] - np.arange(below + 1)
    nets = net(np.maximum(amounts, 0.0))
    assert (nets[:, 0] >= targets).all()
    tried = amounts[:, 1:] >= 0
    assert (nets[:, 1:][tried] < np.broadcast_to(targets[:, None], tried.shape)[tried]).all()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 2_000_000), st.integers(-3, 200_000), st.floats(0.2, 0.9)),
        min_size=1,
        max_size=20,
    ),
    st.sampled_from([0.0, 1.0, 16.0, 500.0]),
)
def test_ranges_toward_the_end_cover_each_range_once(
    ranges: list[tuple[int, int, float]], tail: float
) -> None:
    # Reference: the definition, checked range by range. The pieces of a range are consecutive,
    # not empty, and cover it from its first amount to its last. Counting the amounts from a
    # piece's start to the range's last (L), each piece leaves the next less than keep x (L + 1)
    # (L x keep, rounded down), and the last piece holds at least tail amounts unless it is the
    # whole range. The path is the range's first amount and each piece's end, without repeats.
    first = np.asarray([r[0] for r in ranges], dtype=np.float64)
    last = first + np.asarray([r[1] for r in ranges], dtype=np.float64)
    keep = np.asarray([r[2] for r in ranges])
    owner = np.arange(len(ranges)) * 3 + 1
    owners, starts, ends = gross_up_module._toward_end(owner, first, last, keep, tail)
    path_owners, points = gross_up_module._path_toward_end(owner, first, last, keep, tail)
    for k in range(len(ranges)):
        mine = owners == owner[k]
        path = points[path_owners == owner[k]]
        if last[k] < first[k]:
            assert not mine.any()
            assert path.size == 0
            continue
        s, e = starts[mine], ends[mine]
        assert s[0] == first[k]
        assert e[-1] == last[k]
        assert (e >= s).all()
        assert (s[1:] == e[:-1] + 1).all()
        left = last[k] - s + 1
        assert (left[1:] < keep[k] * (left[:-1] + 1) * (1 + 1e-9)).all()
        assert s.size == 1 or e[-1] - s[-1] + 1 >= tail
        np.testing.assert_array_equal(path, np.unique(np.concatenate([[first[k]], e])))


@pytest.mark.parametrize("period", ["month", "payslip", "year"])
def test_large_batches_in_order_of_households_give_each_target_its_own_result(
    period: str,
) -> None:
    # A batch from GROUP_ROWS targets is searched in order of its households (each engine
    # call then reads the tables of each tax household on its people). References: the
    # property net(g) >= target > net(g - 1) for every target, and the same targets searched
    # in batches of 500 (below that size: in the order given).
    from expectgap.payroll.jp.income_tax import GROUP_ROWS

    rng = np.random.default_rng(1_200)
    n = GROUP_ROWS + 452
    targets, keywords = _random_targets(rng, n, period, 2026)
    got = jp.gross_up(targets, **keywords)
    months = keywords["bonus_months_of_pay"]
    house = {
        k: v for k, v in keywords.items() if k not in ("year", "period", "bonus_months_of_pay")
    }
    if period == "payslip":
        reached = jp.payslip(got, year=2026, bonus=got * months, **house).net >= targets
        short = jp.payslip(got - 1, year=2026, bonus=(got - 1) * months, **house).net < targets
    elif period == "month":
        reached = jp.annual(got, year=2026, bonus=got * months, **house).net >= targets * 12
        short = jp.annual(got - 1, year=2026, bonus=(got - 1) * months, **house).net < targets * 12
    else:
        pay = got / (12 + months)
        reached = jp.annual(pay, year=2026, bonus=np.maximum(got - 12 * pay, 0), **house).net
        reached = reached >= targets
        pay = (got - 1) / (12 + months)
        short = jp.annual(pay, year=2026, bonus=np.maximum(got - 1 - 12 * pay, 0), **house).net
        short = short < targets
    assert reached.all()
    assert short[got > 0].all()
    parts = [
        jp.gross_up(
            targets[lo : lo + 500],
            **{
                k: v[lo : lo + 500] if isinstance(v, np.ndarray) else v for k, v in keywords.items()
            },
        )
        for lo in range(0, n, 500)
    ]
    np.testing.assert_array_equal(got, np.concatenate(parts))


def test_a_range_from_no_bonus_to_a_bonus_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    # People who pay no bonus list no bonus months, so the two ends of such a range differ in
    # their bonus payments. Reference: jp.annual at every 1,000 yen of bonus between the ends
    # (the ceiling bounds them all), and the ceiling of the same ranges computed in chunks
    # (an engine for each end).
    bonus = np.arange(0, 100_001, 1_000.0)
    net = jp.annual(300_000, year=2026, bonus=bonus).net
    ceiling = net_ceiling((300_000, 0), (300_000, 100_000), year=2026)
    assert ceiling is not None
    assert int(ceiling) >= net.max()
    pay = np.linspace(200_000, 900_000, 40).round()
    ends = ((pay, np.zeros(40)), (pay + 50, pay * 2))
    whole = net_ceiling(*ends, year=2026, age=np.arange(20, 60))
    monkeypatch.setattr(sys.modules["expectgap.payroll.jp.annual"], "_CHUNK_ROWS", 7)
    np.testing.assert_array_equal(net_ceiling(*ends, year=2026, age=np.arange(20, 60)), whole)
