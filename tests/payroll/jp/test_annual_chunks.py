"""A batch computed in cache-sized chunks, on threads or not, and through the lookup tables
gives what one chunk and the scalar calls give.

References: the same computation on the whole batch at once (one chunk), and each person on
their own (a scalar call is a batch of one, below every table's threshold, so it computes
every step); the official worked examples stay in test_annual.py and the topic modules' tests.
"""

from __future__ import annotations

import importlib

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap.payroll import jp
from expectgap.payroll.jp.deductions import Deductions

annual_module = importlib.import_module("expectgap.payroll.jp.annual")
FIELDS = (
    "gross",
    "taxable_salary",
    "health",
    "nursing_care",
    "child_support",
    "pension",
    "employment",
    "social_insurance_total",
    "income_tax",
    "resident_tax",
    "net",
)


def _keywords(seed: int, size: int, year: int, kind: str) -> tuple[np.ndarray, dict[str, object]]:
    """Pays and keywords of a random batch: every household keyword, bonuses, dates."""
    rng = np.random.default_rng(seed)
    pay = np.where(
        rng.random(size) < 0.3,
        rng.integers(0, 2_000, size) * 1_000 + rng.choice([-1, 0, 1], size),
        np.clip(rng.lognormal(np.log(330_000), 0.8, size), 0, 20_000_000).round(),
    ).clip(0)
    keywords: dict[str, object] = {
        "year": year,
        "bonus": (pay * rng.choice([0, 1, 2.5, 4], size)).round(),
        "commuting_allowance": rng.choice([0, 20_000, 160_000], size),
    }
    if kind == "household":
        dependents = rng.integers(0, 4, size)
        specific = np.minimum(rng.integers(0, 2, size), dependents)
        keywords |= {
            "dependents": dependents,
            "specific_dependents": specific,
            "elderly_dependents": np.minimum(rng.integers(0, 2, size), dependents - specific),
            "young_dependents": rng.integers(0, 3, size),
            "spouse": rng.random(size) < 0.5,
            "spouse_income": rng.choice([0, 480_000, 500_000, 1_000_000, 1_400_000], size),
            "age": rng.integers(15, 80, size),
            "prior_year_salary": (pay * 13 * rng.uniform(0.2, 1.5, size)).round(),
            "deductions": Deductions(
                mutual_aid=rng.choice([0, 276_000], size),
                housing_loan_credit=rng.choice([0, 200_000], size),
                hometown_donation=rng.choice([0, 50_000], size),
                one_stop=rng.random(size) < 0.5,
            ),
        }
    elif kind == "uniform":
        keywords |= {
            "spouse": True,
            "spouse_income": 300_000,
            "dependents": 1,
            "young_dependents": 1,
            "age": rng.integers(15, 80, size),
            "prefecture": "osaka",
            "residence": "横浜市",
            "bonus_months": (1, 7, 12),
        }
    else:  # dates
        born = np.datetime64("1950-01-01") + rng.integers(0, 365 * 55, size)
        joined = np.datetime64(f"{year - 1}-06-01") + rng.integers(0, 500, size)
        keywords |= {
            "birth_date": born.astype(str),
            "joined": np.minimum(joined, np.datetime64(f"{year}-12-31")).astype(str),
            "left": np.maximum(
                joined + rng.integers(0, 500, size), np.datetime64(f"{year}-01-01")
            ).astype(str),
        }
    return pay, keywords


def _pick(value: object, index: int) -> object:
    if isinstance(value, np.ndarray):
        return value[index].item()
    if isinstance(value, Deductions):
        record = value.record
        return Deductions(
            mutual_aid=int(record["mutual_aid"][index]),
            housing_loan_credit=int(record["housing_loan_credit"][index]),
            hometown_donation=int(record["hometown_donation"][index]),
            one_stop=bool(record["one_stop"][index]),
        )
    return value


@settings(max_examples=6, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    year=st.sampled_from([2024, 2025, 2026]),
    kind=st.sampled_from(["household", "uniform", "dates"]),
    chunk=st.sampled_from([64, 100, 997]),
    threads=st.booleans(),
)
def test_chunks_equal_one_chunk_and_the_scalars(
    seed: int, year: int, kind: str, chunk: int, threads: bool
) -> None:
    pay, keywords = _keywords(seed, 2_500, year, kind)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(annual_module, "_CHUNK_ROWS", 10**9)
        whole = jp.annual(pay, **keywords)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(annual_module, "_CHUNK_ROWS", chunk)
        patch.setattr(annual_module, "_PARALLEL_MIN_SIZE", 0 if threads else 10**9)
        patch.setattr(annual_module, "_WORKERS", 2)
        chunked = jp.annual(pay, **keywords)
    for field in FIELDS:
        np.testing.assert_array_equal(getattr(chunked, field), getattr(whole, field), field)
    for index in np.random.default_rng(seed).choice(pay.size, 4, replace=False):
        alone = {name: _pick(value, index) for name, value in keywords.items()}
        one = jp.annual(float(pay[index]), **alone)
        for field in FIELDS:
            assert getattr(one, field) == getattr(whole, field)[index], (field, index)


payslip_module = importlib.import_module("expectgap.payroll.jp.payslip")
SLIP_FIELDS = (
    "gross",
    "health",
    "nursing_care",
    "child_support",
    "pension",
    "employment",
    "social_insurance_total",
    "income_tax",
    "resident_tax",
    "net",
)


@settings(max_examples=4, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    year=st.sampled_from([2024, 2025, 2026]),
    kind=st.sampled_from(["household", "uniform", "dates"]),
    chunk=st.sampled_from([64, 997]),
    threads=st.booleans(),
)
def test_payslips_in_chunks_equal_one_chunk_and_the_scalars(
    seed: int, year: int, kind: str, chunk: int, threads: bool
) -> None:
    pay, keywords = _keywords(seed, 1_500, year, kind)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(payslip_module, "_CHUNK_ROWS", 10**9)
        whole = jp.payslip(pay, **keywords)
    with pytest.MonkeyPatch.context() as patch:
        # the payslip takes the chunked path from its own threshold, in the year engine's chunks
        patch.setattr(payslip_module, "_CHUNK_ROWS", chunk)
        patch.setattr(annual_module, "_CHUNK_ROWS", chunk)
        patch.setattr(annual_module, "_PARALLEL_MIN_SIZE", 0 if threads else 10**9)
        patch.setattr(annual_module, "_WORKERS", 2)
        chunked = jp.payslip(pay, **keywords)
    for field in SLIP_FIELDS:
        np.testing.assert_array_equal(getattr(chunked, field), getattr(whole, field), field)
    for index in np.random.default_rng(seed).choice(pay.size, 3, replace=False):
        alone = {name: _pick(value, index) for name, value in keywords.items()}
        one = jp.payslip(float(pay[index]), **alone)
        for field in SLIP_FIELDS:
            assert getattr(one, field) == getattr(whole, field)[index], (field, index)


@settings(max_examples=3, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    year=st.sampled_from([2024, 2025, 2026]),
    kind=st.sampled_from(["household", "uniform", "dates"]),
)
def test_the_year_and_the_payslip_from_one_run_equal_their_own_calls(
    seed: int, year: int, kind: str
) -> None:
    # What frame.net and the frame assessment read: the year's fields and the regular month's
    # payslip from one run of the engine per chunk, equal to jp.annual and jp.payslip called on
    # their own.
    pay, keywords = _keywords(seed, 1_500, year, kind)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(annual_module, "_CHUNK_ROWS", 97)
        patch.setattr(annual_module, "_PARALLEL_MIN_SIZE", 0)
        patch.setattr(annual_module, "_WORKERS", 2)
        fields, slip = payslip_module._year_and_payslip(pay, slip=SLIP_FIELDS, **keywords)
    year_alone = jp.annual(pay, **keywords)
    for field in FIELDS:
        np.testing.assert_array_equal(fields[field], getattr(year_alone, field), field)
    slip_alone = jp.payslip(pay, **keywords)
    for field in SLIP_FIELDS:
        np.testing.assert_array_equal(slip[field], getattr(slip_alone, field), field)
