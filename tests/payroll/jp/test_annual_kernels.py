"""Faster kernels of jp.annual give what the plain computation gives.

Reference: numpy's binary search (``searchsorted``) of the grade bounds, the computation the
lookup table replaces, on every bound, a yen and a fraction of a yen either side, and random
pays from 0 to far above the last grade.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap.payroll import jp
from expectgap.payroll._params import load
from expectgap.payroll.jp.annual import _grades


@pytest.mark.parametrize("month", [date(2024, 1, 1), date(2025, 4, 1), date(2026, 3, 1)])
def test_grade_lookup_equals_the_binary_search(month: date) -> None:
    rows = load("expectgap.payroll.jp.params", "health_insurance")["grades"].at(month)
    lower = np.asarray([row["lower"] for row in rows], dtype=np.float64)
    rng = np.random.default_rng(month.toordinal())
    edges = np.concatenate([lower + d for d in (-1.0, -0.5, -0.001, 0.0, 0.001, 0.5, 1.0)])
    pay = np.concatenate(
        [edges, rng.uniform(0, 3e6, 200_000), rng.integers(0, 2_000_000, 50_000), [0.0, 1e15]]
    )
    pay = pay[pay >= 0]
    expected = lower.searchsorted(pay, side="right") - 1
    np.testing.assert_array_equal(_grades(lower.tobytes())(pay), expected)
    # a scalar (the engine holds a batch of one as numpy scalars)
    assert _grades(lower.tobytes())(np.float64(lower[3])) == 3


def test_bounds_off_the_step_are_searched() -> None:
    lower = np.asarray([0.0, 58_000.0, 63_500.5])
    pay = np.asarray([0.0, 57_999.0, 63_500.0, 63_500.5, 70_000.0])
    np.testing.assert_array_equal(_grades(lower.tobytes())(pay), [0, 0, 1, 2, 2])


def _statutory_bounds() -> list[np.ndarray]:
    import importlib

    income_tax = importlib.import_module("expectgap.payroll.jp.income_tax")
    resident_tax = importlib.import_module("expectgap.payroll.jp.resident_tax")
    bounds = []
    for year in (2023, 2024, 2025, 2026):
        bounds.append(income_tax._employment_table(year).breaks)
    for year in (2024, 2025, 2026):
        t = income_tax._tax_tables(year)
        bounds += [t.rate_upper, t.basic_upper, t.taxpayer_upper, t.special_upper]
    for fiscal in (2024, 2025, 2026, 2027):
        r = resident_tax._tables(fiscal)
        bounds += [r.basic_upper, r.taxpayer_upper, r.special_upper, r.special_difference_below]
    return bounds


@pytest.mark.parametrize("inclusive", [True, False])
def test_band_grid_equals_the_binary_search(inclusive: bool) -> None:
    from expectgap.payroll.jp.income_tax import band_index

    rng = np.random.default_rng(11)
    side = "left" if inclusive else "right"
    for bounds in _statutory_bounds():
        edges = (bounds[:, None] + np.arange(-2, 3)).ravel()
        values = np.concatenate(
            [edges, rng.integers(-10_000, 60_000_000, 5_000), [0, 10**12]]
        ).astype(np.int64)
        expected = bounds.searchsorted(values, side=side)
        np.testing.assert_array_equal(band_index(bounds, values, inclusive=inclusive), expected)


@pytest.mark.parametrize("month", [date(2024, 6, 1), date(2025, 12, 1), date(2026, 7, 1)])
def test_bonus_tables_equal_the_computed_premiums(month: date) -> None:
    # Reference: each bonus on its own (a batch below the tables' threshold computes every
    # premium), on every standard amount near the caps and random bonuses and ages.
    from expectgap.payroll.jp.social_insurance import _bonus_premiums, _rules

    rules = _rules(month, "osaka", None)
    rng = np.random.default_rng(month.toordinal())
    caps = np.asarray([rules.health_bonus_cap, rules.pension_bonus_cap], dtype=np.float64)
    paid = np.concatenate(
        [(caps[:, None] + [-1_000.5, -1, 0, 0.5, 999, 1_000]).ravel(), rng.uniform(0, 8e6, 300)]
    )
    ages = rng.integers(20, 80, paid.size).astype(np.float64)
    to_date = rng.choice([0, 1_000_000, 5_000_000, 5_730_000], paid.size).astype(np.int64)
    batch = _bonus_premiums(paid, ages, to_date, rules, 5_500)
    for i in range(paid.size):
        one = _bonus_premiums(paid[i : i + 1], ages[i : i + 1], to_date[i : i + 1], rules, 5_500)
        for name, values in one.items():
            assert batch[name][i] == values[0], (name, i)


@pytest.mark.parametrize("fiscal", [2024, 2025, 2026, 2027])
@pytest.mark.parametrize(
    ("spouse", "spouse_income", "dependents", "young", "where"),
    [(False, 0, 0, 0, None), (True, 300_000, 2, 1, "yokohama"), (True, 1_000_000, 0, 2, "kobe")],
)
def test_levy_table_equals_the_computed_levy(
    fiscal: int, spouse: bool, spouse_income: int, dependents: int, young: int, where: str | None
) -> None:
    import importlib

    resident_tax = importlib.import_module("expectgap.payroll.jp.resident_tax")
    from expectgap.payroll.jp.income_tax import TABLE_BUILD_FROM, household, total_income_yen

    zero = np.asarray(0)
    house = household(
        spouse=np.asarray(spouse),
        spouse_income=np.asarray(spouse_income),
        dependents=np.asarray(dependents),
        specific=zero,
        elderly=zero,
        cohabiting=zero,
        young=np.asarray(young),
        under_23=None,
        shown=dependents,
    )
    rng = np.random.default_rng(fiscal)
    salary = np.concatenate(
        [rng.integers(0, 3_000_000, 20_000), rng.integers(0, 40_000_000, 20_000)]
    ).astype(np.int64)
    social = (salary * rng.uniform(0, 0.2, salary.size)).astype(np.int64)
    income = total_income_yen(salary, house.under_23, fiscal - 1)
    table = resident_tax._uniform_table(house, fiscal, where, TABLE_BUILD_FROM)
    assert table is not None
    # Incomes at the table's ends and either side of them.
    near = np.asarray([table.low, table.high])[:, None] + np.arange(-3, 4)
    income = np.concatenate([income, near.ravel()])
    salary = np.concatenate([salary, np.zeros(near.size, np.int64)])
    social = np.concatenate([social, rng.integers(0, 500_000, near.size)])
    read = resident_tax.levy_yen(salary, social, house, fiscal, where, income)
    computed = resident_tax._levy_of_income(salary, social, house, fiscal, where, income)
    for name in ("income_levy", "per_capita", "adjustment_credit", "fixed_cut", "total"):
        np.testing.assert_array_equal(
            getattr(read, name), np.broadcast_to(getattr(computed, name), salary.shape), name
        )


@pytest.mark.parametrize("year", [2023, 2024, 2025, 2026])
def test_employment_income_grid_equals_the_bands(year: int) -> None:
    # Reference: the band computation, which a batch below the grid's threshold uses (slices
    # of 50 salaries), on every bound and a few yen either side, and random salaries.
    import importlib

    income_tax = importlib.import_module("expectgap.payroll.jp.income_tax")
    breaks = income_tax._employment_table(year).breaks
    rng = np.random.default_rng(year)
    salary = np.concatenate(
        [
            (breaks[:, None] + np.arange(-5, 6)).ravel(),
            np.arange(0, 9_000_000, 997),
            rng.integers(0, 30_000_000, 20_000),
            [10**12],
        ]
    ).astype(np.int64)
    grid = income_tax.employment_income_yen(salary, year)
    bands = np.concatenate(
        [
            income_tax.employment_income_yen(salary[i : i + 50], year)
            for i in range(0, salary.size, 50)
        ]
    )
    np.testing.assert_array_equal(grid, bands)


@pytest.mark.parametrize("year", [2024, 2025, 2026])
@pytest.mark.parametrize(
    ("spouse", "spouse_income", "dependents", "young"),
    [(False, 0, 0, 0), (True, 300_000, 2, 1), (True, 1_000_000, 0, 2)],
)
def test_tax_table_equals_the_computed_tax(
    year: int, spouse: bool, spouse_income: int, dependents: int, young: int
) -> None:
    import importlib

    income_tax = importlib.import_module("expectgap.payroll.jp.income_tax")
    zero = np.asarray(0)
    house = income_tax.household(
        spouse=np.asarray(spouse),
        spouse_income=np.asarray(spouse_income),
        dependents=np.asarray(dependents),
        specific=zero,
        elderly=zero,
        cohabiting=zero,
        young=np.asarray(young),
        under_23=None,
        shown=dependents,
    )
    rng = np.random.default_rng(year)
    salary = np.concatenate(
        [rng.integers(0, 3_000_000, 20_000), rng.integers(0, 60_000_000, 20_000)]
    ).astype(np.int64)
    social = (salary * rng.uniform(0, 0.2, salary.size)).astype(np.int64)
    income = income_tax.total_income_yen(salary, house.under_23, year)
    table = income_tax._uniform_tax_table(house, year, income_tax.TABLE_BUILD_FROM)
    assert table is not None
    near = (np.asarray([table.high]) + np.arange(-3, 4)).astype(np.int64)
    income = np.concatenate([income, near])
    salary = np.concatenate([salary, np.zeros(near.size, np.int64)])
    social = np.concatenate([social, rng.integers(0, 500_000, near.size)])
    read = income_tax.annual_tax_yen(salary, social, house, year, income)
    computed = income_tax._tax_of_income(salary, social, house, year, income)
    np.testing.assert_array_equal(read, computed)


@pytest.mark.parametrize("eligible", [False, True])
def test_incomes_of_several_years_equal_each_year_alone(eligible: bool) -> None:
    # Reference: total_income_yen of each year on its own, in slices below the grid's threshold.
    from expectgap.payroll.jp.income_tax import total_income_yen, total_incomes_yen

    rng = np.random.default_rng(5)
    salary = np.concatenate(
        [rng.integers(0, 30_000_000, 30_000), np.arange(0, 10_000_000, 1_001)]
    ).astype(np.int64)
    flags = rng.random(salary.size) < 0.5 if eligible else np.asarray(False)
    years = (2026, 2024, 2025, 2023)
    together = total_incomes_yen(salary, flags, years)
    for year, income in zip(years, together, strict=True):
        alone = np.concatenate(
            [
                total_income_yen(
                    salary[i : i + 50], np.broadcast_to(flags, salary.shape)[i : i + 50], year
                )
                for i in range(0, salary.size, 50)
            ]
        )
        np.testing.assert_array_equal(income, alone, str(year))


# The year and the fiscal year of each levy jp.annual reads in a year: January-May of the
# previous fiscal year's levy, and this fiscal year's from June (FY2023: see annual._levy).
_PAID_IN = [(2024, 2023), (2024, 2024), (2025, 2024), (2025, 2025), (2026, 2025), (2026, 2026)]


@pytest.mark.parametrize(
    ("levy", "cut", "year", "fiscal", "expected"),
    [
        # 地方税法第321条の5: 100,000 / 12 = 8,333 -> 8,300 a month, June takes
        # 100,000 - 11 x 8,300 = 8,700; June to December 8,700 + 6 x 8,300 = 58,500; January
        # to May of the next year 5 x 8,300 = 41,500.
        (100_000, 0, 2026, 2026, 58_500),
        (100_000, 0, 2027, 2026, 41_500),
        # Below 1,200 yen the monthly amount is 0 and June takes it all.
        (1_100, 0, 2025, 2025, 1_100),
        (1_100, 0, 2026, 2025, 0),
        # FY2024 with the fixed-amount cut: 11 instalments from July, 100,000 / 11 = 9,090 ->
        # 9,000, July 100,000 - 10 x 9,000 = 10,000; July-December 10,000 + 5 x 9,000 = 55,000;
        # January-May 2025 5 x 9,000 = 45,000. Without the cut, the ordinary 12.
        (100_000, 30_000, 2024, 2024, 55_000),
        (100_000, 30_000, 2025, 2024, 45_000),
        (100_000, 0, 2024, 2024, 58_500),
        # FY2023 is FY2024's levy before its cut, in 12: (70,000 + 30,000) -> 5 x 8,300.
        (70_000, 30_000, 2024, 2023, 41_500),
    ],
)
def test_instalments_paid_in_a_year_by_hand(
    levy: int, cut: int, year: int, fiscal: int, expected: int
) -> None:
    from expectgap.payroll.jp.annual import _paid_in

    _, paid = _paid_in(year, fiscal)
    assert paid(np.asarray([levy]), np.asarray([cut]))[0] == expected


@pytest.mark.parametrize(("year", "fiscal"), _PAID_IN)
@pytest.mark.parametrize(
    ("spouse", "spouse_income", "dependents", "young", "where"),
    [(False, 0, 0, 0, None), (True, 300_000, 2, 1, "yokohama")],
)
def test_levy_function_table_equals_the_computed_levy(
    year: int,
    fiscal: int,
    spouse: bool,
    spouse_income: int,
    dependents: int,
    young: int,
    where: str | None,
) -> None:
    # Reference: the instalments of each computed levy (a household's levy computed, not read
    # from its table), on every step of the table, incomes either side of its ends and random
    # salaries and social insurance.
    import importlib

    resident_tax = importlib.import_module("expectgap.payroll.jp.resident_tax")
    from expectgap.payroll.jp.annual import _paid_in
    from expectgap.payroll.jp.income_tax import TABLE_BUILD_FROM, household, total_income_yen

    computed_fiscal, paid = _paid_in(year, fiscal)
    zero = np.asarray(0)
    house = household(
        spouse=np.asarray(spouse),
        spouse_income=np.asarray(spouse_income),
        dependents=np.asarray(dependents),
        specific=zero,
        elderly=zero,
        cohabiting=zero,
        young=np.asarray(young),
        under_23=None,
        shown=dependents,
    )
    table = resident_tax._uniform_table(house, computed_fiscal, where, TABLE_BUILD_FROM)
    assert table is not None
    rng = np.random.default_rng(year * 10 + fiscal)
    salary = np.concatenate(
        [rng.integers(0, 3_000_000, 10_000), rng.integers(0, 40_000_000, 10_000)]
    ).astype(np.int64)
    social = (salary * rng.uniform(0, 0.2, salary.size)).astype(np.int64)
    income = total_income_yen(salary, house.under_23, computed_fiscal - 1)
    # Every step of the table at its top income, a yen either side of each step, and incomes
    # at the table's ends and either side of them.
    steps = np.arange(table.top + 2, dtype=np.int64) * table.unit + table.deductions
    step_social = np.concatenate([steps, steps - 1, steps + 1])
    step_social = table.high - step_social[step_social <= table.high]
    near = (np.asarray([table.low, table.high])[:, None] + np.arange(-3, 4)).ravel()
    income = np.concatenate([income, np.full(step_social.size, table.high), near])
    social = np.concatenate([social, step_social, rng.integers(0, 500_000, near.size)])
    salary = np.concatenate([salary, np.zeros(income.size - salary.size, np.int64)])
    name = ("test", year, fiscal)
    read = resident_tax.levy_of_yen(
        salary, social, house, computed_fiscal, where, income, paid, name
    )
    computed = resident_tax._levy_of_income(salary, social, house, computed_fiscal, where, income)
    expected = np.broadcast_to(paid(computed.total, computed.fixed_cut), salary.shape)
    np.testing.assert_array_equal(read, expected)


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_the_years_resident_tax_equals_its_monthly_instalments(year: int) -> None:
    # Reference: the schedule of AnnualNet.monthly, which adds up each month's instalment of
    # the two levies (computed from the levies, not read as a year's sum).
    from expectgap.payroll import jp
    from expectgap.payroll.jp.income_tax import TABLE_BUILD_FROM

    rng = np.random.default_rng(year)
    pay = np.concatenate(
        [rng.integers(0, 3_000_000, TABLE_BUILD_FROM), np.arange(0, 2_000_000, 2_003)]
    ).astype(float)
    r = jp.annual(pay, year=year, bonus=pay * rng.choice([0, 1, 3], pay.size), young_dependents=1)
    monthly = r.monthly.groupby("person")["resident_tax"].sum().to_numpy()
    np.testing.assert_array_equal(r.resident_tax, monthly)


@pytest.mark.parametrize(
    ("year", "months", "keywords", "whole_ages"),
    [
        (2024, (6, 12), {}, True),
        (2025, (1, 7, 12), {"prefecture": "osaka", "industry": "construction"}, True),
        (2025, (3, 4), {"prefecture": "hokkaido", "health_rate": 0.095}, False),
        (2026, (6, 12), {"prefecture": "saga", "deduction_lag_months": 0}, True),
        (2026, (3,), {"wage_lag_months": 1}, False),
        (2026, (), {}, True),
    ],
)
def test_year_premium_tables_equal_each_months_and_payments_premiums(
    year: int, months: tuple[int, ...], keywords: dict[str, object], whole_ages: bool
) -> None:
    # Reference: the year's premiums computed month by month and payment by payment
    # (_Engine.premiums on slices below every table's threshold: the premium tables of each
    # month by age and grade, each bonus computed with the fiscal-year health cap counted
    # payment by payment), added up. Pays: every grade bound, a yen and half a yen either side,
    # and random pays up to far above the last grade; bonuses: every whole number of standard
    # units up to past the caps, half a yen under and 999.5 yen over each, amounts either side
    # of the caps and of their halves and thirds (where two or three payments reach the
    # health cap), and random amounts; ages from 0 to the oldest accepted.
    from expectgap._limits import MAX_AGE
    from expectgap.payroll._params import load
    from expectgap.payroll.jp.annual import _COMPONENTS, _Engine, _prepare

    rows = load("expectgap.payroll.jp.params", "health_insurance")["grades"].at(date(year, 6, 1))
    lower = np.asarray([row["lower"] for row in rows], dtype=np.float64)
    caps = np.asarray([5_730_000, 5_400_000, 1_500_000])
    steps = np.arange(0, 5_740) * 1_000
    edges = np.concatenate([caps, caps // 2, caps // 3])[:, None] + [-1_000, -1, -0.5, 0, 1]
    rng = np.random.default_rng(year + len(months))
    share = np.concatenate(
        [steps, steps - 0.5, steps + 999.5, edges.ravel(), rng.uniform(0, 3e7, 2_000)]
    ).clip(0)
    pay = np.concatenate(
        [(lower[:, None] + [-1, -0.5, 0, 0.5, 1]).ravel(), rng.uniform(0, 3e6, share.size)]
    ).clip(0)[: share.size]
    ages = np.arange(share.size) % (MAX_AGE + 1)
    if not whole_ages:
        ages = np.where(ages % 3 == 0, ages + 0.5, ages).clip(0, MAX_AGE)
    people, options, _, _ = _prepare(
        pay,
        year=year,
        bonus=share * len(months),
        bonus_months=months or (6, 12),
        age=ages,
        **keywords,  # type: ignore[arg-type]
    )
    if not months:
        people = dataclasses.replace(people, bonuses=())
    read = _Engine(people, options).year_premiums()
    assert read is not None
    block, employment = read
    expected = {name: np.zeros(share.size, np.int64) for name in (*_COMPONENTS, "employment")}
    for lo in range(0, share.size, 50):
        parts, paid, _, _ = _Engine(people.part(lo, lo + 50), options).premiums()
        for name, total in expected.items():
            total[lo : lo + 50] = paid if name == "employment" else parts[name]
    for i, name in enumerate(_COMPONENTS):
        np.testing.assert_array_equal(block[:, i], expected[name], name)
    np.testing.assert_array_equal(employment, expected["employment"], "employment")


@settings(max_examples=3, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    year=st.sampled_from([2024, 2025, 2026]),
    months=st.sampled_from([(6, 12), (7, 12), (1, 7, 12), (3,), (3, 4)]),
    options=st.sampled_from(
        [
            {},
            {"prefecture": "osaka", "residence": "osaka-city", "industry": "construction"},
            {"health_rate": 0.1, "deduction_lag_months": 0, "wage_lag_months": 1},
            {"spouse": True, "dependents": 2, "young_dependents": 1, "first_job": False},
        ]
    ),
    whole_ages=st.booleans(),
)
def test_the_years_tables_equal_the_computation(
    seed: int,
    year: int,
    months: tuple[int, ...],
    options: dict[str, object],
    whole_ages: bool,
) -> None:
    # Reference: the same people in slices of 63 (30 of them, at random), below every table's
    # threshold (the levies, the income tax and the bonus premiums computed, not read), each
    # through the month-by-month computation of AnnualNet.monthly (each month's premiums and
    # each levy's instalments, not the year's tables). The batch is large enough to build
    # every table.
    from expectgap.payroll.jp.annual import _FIELDS, _Engine, _fields, _prepare
    from expectgap.payroll.jp.income_tax import TABLE_BUILD_FROM

    rng = np.random.default_rng(seed)
    size = TABLE_BUILD_FROM + 100
    pay = np.where(
        rng.random(size) < 0.3,
        rng.integers(0, 1_400, size) * 1_000 + rng.choice([-1, 0, 1], size),
        np.clip(rng.lognormal(np.log(330_000), 0.8, size), 0, 20_000_000).round(),
    ).clip(0)
    bonus = (pay * rng.choice([0, 1, 2.5, 4, 12], size)).round()
    ages = rng.integers(15, 90, size).astype(float)
    if not whole_ages:
        ages = ages + rng.choice([0, 0.5], size)
    keywords = {"year": year, "bonus_months": months, "age": ages, **options}
    got = jp.annual(pay, bonus=bonus, **keywords)  # type: ignore[arg-type]
    people, opt, _, _ = _prepare(pay, bonus=bonus, **keywords)  # type: ignore[arg-type]
    for lo in rng.choice(np.arange(0, size, 63), 30, replace=False):
        expected = _fields(_Engine(people.part(lo, lo + 63), opt).run(keep_payments=True))
        for name, values in zip(_FIELDS, expected, strict=True):
            np.testing.assert_array_equal(getattr(got, name)[lo : lo + 63], values, name)


def _fresh_table_caches(monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any, Any]:
    """Empty caches of the income tax, levy and year tables for one test (none kept from
    other tests, none evicted by them)."""
    import importlib

    income_tax = importlib.import_module("expectgap.payroll.jp.income_tax")
    resident_tax = importlib.import_module("expectgap.payroll.jp.resident_tax")
    annual_module = importlib.import_module("expectgap.payroll.jp.annual")
    caches = (
        income_tax.TableCache(income_tax._tax_table, limit=256),
        income_tax.TableCache(resident_tax._levy_table, limit=256),
        income_tax.TableCache(annual_module._year_tables, limit=32),
    )
    monkeypatch.setattr(income_tax, "_TAX_TABLES", caches[0])
    monkeypatch.setattr(resident_tax, "_LEVY_TABLES", caches[1])
    monkeypatch.setattr(annual_module, "_YEAR_TABLES", caches[2])
    return caches


def test_small_batches_that_add_up_build_the_tables_and_give_the_same_results(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Reference: the first computation of three batches, below every table's threshold,
    # against the same batches once a fourth batch has brought the people asking for the
    # household's tables to TABLE_BUILD_FROM and built them (in caches of this test's own).
    from expectgap.payroll.jp.annual import _FIELDS
    from expectgap.payroll.jp.income_tax import TABLE_BUILD_FROM

    caches = _fresh_table_caches(monkeypatch)
    size = TABLE_BUILD_FROM // 4 + 1
    rng = np.random.default_rng(11)
    batches = [rng.integers(150_000, 900_000, size).astype(float) for _ in range(4)]
    keywords = {"year": 2026, "age": 47, "spouse": True, "young_dependents": 4}
    first = [jp.annual(pay, bonus=pay * 2, **keywords) for pay in batches[:3]]  # type: ignore[arg-type]
    assert not any(cache._tables for cache in caches)
    jp.annual(batches[3], bonus=batches[3] * 2, **keywords)  # type: ignore[arg-type]
    assert all(cache._tables for cache in caches)
    for pay, expected in zip(batches, first, strict=False):
        got = jp.annual(pay, bonus=pay * 2, **keywords)  # type: ignore[arg-type]
        for name in _FIELDS:
            np.testing.assert_array_equal(getattr(got, name), getattr(expected, name), name)


@pytest.mark.parametrize(("year", "ordered"), [(2024, False), (2025, True), (2026, False)])
def test_batches_of_several_households_read_each_ones_tables(
    year: int, ordered: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reference: the same people in slices of 63, below every table's threshold and the
    # household groups' size (the income tax and levies computed, not read), for the year's
    # fields and the ceilings of ranges of pay. The batch holds four households, one of them
    # with a spouse's income far from the others' (its household numbered by rank), and
    # the adjustment deduction's condition given person by person; the people of a household
    # are mixed with the others, or next to each other (then read as slices).
    import importlib

    from expectgap.payroll.jp.annual import _FIELDS, _Engine, _fields, _prepare, net_ceiling
    from expectgap.payroll.jp.income_tax import GROUP_ROWS

    income_tax = importlib.import_module("expectgap.payroll.jp.income_tax")
    tax_tables, levy_tables, _ = _fresh_table_caches(monkeypatch)

    rng = np.random.default_rng(year)
    size = 4 * GROUP_ROWS + 37
    kind = rng.integers(0, 4, size)
    if ordered:
        kind = np.sort(kind)[::-1]  # households next to each other, not in order of their codes
    keywords = {
        "year": year,
        "age": rng.integers(20, 70, size),
        "spouse": kind >= 2,
        "spouse_income": np.where(kind == 3, 1_234_567, 0),
        "dependents": np.where(kind == 1, 2, 0),
        "young_dependents": np.where(kind == 2, 1, 0),
        "dependent_under_23": rng.random(size) < 0.5,
    }
    pay = np.clip(rng.lognormal(np.log(330_000), 0.7, size), 0, 3_000_000).round()
    bonus = (pay * rng.choice([0, 2, 4], size)).round()
    people, opt, _, _ = _prepare(pay, bonus=bonus, **keywords)  # type: ignore[arg-type]
    groups = people.house.groups
    assert groups is not None
    assert len(groups) == 4
    assert all(isinstance(rows, slice) == ordered for _, rows in groups)
    # Each household's tables are built once the batches asking for them add up.
    smallest = min(np.arange(size)[rows].size for _, rows in groups)
    for _ in range(-(-income_tax.TABLE_BUILD_FROM // smallest)):
        got = jp.annual(pay, bonus=bonus, **keywords)  # type: ignore[arg-type]
    for one, _ in groups:
        assert one.uniform_key is not None
        assert (year, *one.uniform_key) in tax_tables._tables
        assert (year, None, *one.uniform_key) in levy_tables._tables
    high = pay + rng.choice([0, 1, 500, 20_000], size)
    ceiling = net_ceiling((pay, bonus), (high, bonus * high / np.maximum(pay, 1)), **keywords)
    assert ceiling is not None
    for lo in range(0, size, 63):
        part = slice(lo, lo + 63)
        expected = _fields(_Engine(people.part(lo, lo + 63), opt).run(keep_payments=True))
        for name, values in zip(_FIELDS, expected, strict=True):
            np.testing.assert_array_equal(getattr(got, name)[part], values, name)
        mine = {k: v[part] if isinstance(v, np.ndarray) else v for k, v in keywords.items()}
        ends = (pay[part], bonus[part]), (high[part], (bonus * high / np.maximum(pay, 1))[part])
        np.testing.assert_array_equal(ceiling[part], net_ceiling(*ends, **mine), "ceiling")


def test_household_arrays_of_other_shapes_are_not_split_by_household() -> None:
    # Household arrays that are not one value a person of a flat batch (a (1,) array among
    # (n,) ones, a (3, 1) column against (n,) salaries) are computed as given. References:
    # the same people in slices of 63 (below every table's and group's size), and for the
    # column, each of its households on its own.
    from expectgap.payroll.jp.income_tax import GROUP_ROWS

    n = 3 * GROUP_ROWS + 30
    salary = np.tile(np.linspace(2e6, 2e7, n // 3).round(), 3)
    dependents = np.tile([0, 1, 2], n // 3)
    cases = [
        {"dependents": dependents, "dependent_under_23": np.array([True])},
        {"dependents": dependents, "young_dependents": np.array([1])},
    ]
    for keywords in cases:
        for tax, year in (
            (jp.income_tax, {"year": 2026}),
            (jp.resident_tax, {"fiscal_year": 2026}),
        ):
            got = tax(salary, social_insurance=salary * 0.15, **year, **keywords)
            for lo in range(0, n, 63):
                part = {k: v[lo : lo + 63] if v.shape == (n,) else v for k, v in keywords.items()}
                expected = tax(
                    salary[lo : lo + 63],
                    social_insurance=salary[lo : lo + 63] * 0.15,
                    **year,
                    **part,
                )
                if tax is jp.income_tax:
                    np.testing.assert_array_equal(got[lo : lo + 63], expected)
                else:
                    np.testing.assert_array_equal(got.total[lo : lo + 63], expected.total)
    column = np.array([[0], [1], [2]])
    got = jp.income_tax(salary, social_insurance=salary * 0.15, year=2026, dependents=column)
    assert got.shape == (3, n)
    for d in range(3):
        one = jp.income_tax(salary, social_insurance=salary * 0.15, year=2026, dependents=d)
        np.testing.assert_array_equal(got[d], one)
