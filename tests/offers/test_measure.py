"""Like with like: a figure of one measure is not ranked in a table of another."""

from __future__ import annotations

import warnings
from datetime import date

import pytest

from expectgap.assess.evidence import market_context
from expectgap.datasets import oews
from expectgap.errors import InvalidInput, MeasureMismatchWarning
from expectgap.market import SurveyTable
from expectgap.position import position

DEVS = {10: 82_460, 25: 105_210, 50: 135_980, 75: 171_980, 90: 214_670}


def test_oews_tables_are_base_wages() -> None:
    # BLS OEWS: "straight-time, gross pay, exclusive of premium pay" (no bonus, no equity).
    assert oews("15-1252").measure == "base_wage"


def test_total_compensation_in_a_base_wage_table_is_refused() -> None:
    table = SurveyTable.from_percentiles(DEVS, currency="USD", measure="base_wage")
    # Issue 13: $224,000 of first-year total compensation sits at P98.8 of Texas base wages
    # (oews("15-1252", area="TX")), a comparison of unlike measures.
    with pytest.raises(InvalidInput, match="base wage") as err:
        position(224_000, table, measure="total_compensation")
    assert "total compensation" in str(err.value)
    assert position(140_000, table, measure="base_wage").label == "P50–P75"


def test_opting_in_warns_with_both_measures_named() -> None:
    table = SurveyTable.from_percentiles(DEVS, currency="USD", measure="base_wage")
    with pytest.warns(MeasureMismatchWarning) as caught:
        pos = position(224_000, table, measure="total_compensation", mismatch="warn")
    text = str(caught[0].message)
    assert "total compensation" in text
    assert "base wage" in text
    assert pos.percentile > 90


def test_unstated_measures_are_not_checked() -> None:
    table = SurveyTable.from_percentiles(DEVS, currency="USD")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert position(224_000, table, measure="total_compensation").percentile > 90


def test_unknown_measure_and_table_measure() -> None:
    with pytest.raises(InvalidInput, match="measure"):
        SurveyTable.from_percentiles(DEVS, currency="USD", measure="salary")
    table = SurveyTable.from_percentiles(DEVS, currency="USD", measure="base_wage")
    with pytest.raises(InvalidInput, match="mismatch"):
        position(1, table, measure="cash", mismatch="ignore")


def test_assessment_places_base_pay_in_a_base_wage_table() -> None:
    table = SurveyTable.from_percentiles(DEVS, currency="USD", measure="base_wage")
    assert market_context(table, as_of=date(2026, 1, 1)).measure.value == "annual_base"
    with pytest.raises(InvalidInput, match="base wage"):
        market_context(table, "annual_cash", as_of=date(2026, 1, 1))
