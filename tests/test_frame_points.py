"""The batch's talking points are written from templates compiled once per kind of point.

The reference is the batch as it wrote texts before templates: the scalar writer
(:func:`expectgap.assess.talking_points.talking_point`) called once per distinct gap, every
amount written into the text (no slots). Both must give the same texts, character for
character, on a large random set (``test_frame.py`` checks the batch against
:func:`expectgap.assess.assess` row by row on smaller sets).
"""

from __future__ import annotations

import sys

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import expectgap.frame
import expectgap.frame.points
from expectgap.assess.locale import catalog, format_money, format_number, format_percent
from expectgap.assess.locale_columns import (
    format_money_column,
    format_number_column,
    format_percent_column,
    round_column,
)
from expectgap.frame import text_columns
from expectgap.frame.templates import Compiler

_BASES = ["gross_monthly", "gross_annual", "net_monthly", "net_monthly_average", "net_annual"]


def _rows(n: int, seed: int) -> pd.DataFrame:
    """Offers and expectations in Japan: every salary basis, ages across the pension and
    nursing-care bands, fixed overtime pay (lawful or not), bonuses, unstated conditions."""
    rng = np.random.default_rng(seed)
    base = rng.integers(25, 120, n) * 10_000.0 + rng.choice([0.0, 1.0, 5_555.0], n)
    months = rng.choice([0.0, 1.0, 2.0, 2.5, 4.0], n)
    basis = rng.choice(_BASES, n)
    per = np.select(
        [basis == "gross_annual", basis == "net_annual", np.char.startswith(basis, "net")],
        [12 + months, 10.0, 0.8],
        1.0,
    )
    target = np.round(base * rng.uniform(0.8, 1.3, n), -3) * per
    fixed = rng.random(n) < 0.2

    def some(values: np.ndarray, share: float = 0.2) -> np.ndarray:
        return np.where(rng.random(n) < share, np.nan, values)

    return pd.DataFrame(
        {
            "offer_base": base,
            "offer_allowances": rng.choice([0.0, 20_000.0, 12_345.0], n),
            "offer_fixed_overtime": np.where(fixed, rng.choice([10_000.0, 60_000.0], n), 0.0),
            "offer_fixed_overtime_hours": np.where(fixed, rng.choice([20.0, 50.0], n), 0.0),
            "offer_bonus_months_of_base": months,
            "offer_level": some(rng.integers(1, 6, n).astype(np.float64)),
            "offer_hours_per_week": some(rng.choice([37.5, 40.0, 45.0], n)),
            "offer_overtime_hours": some(rng.integers(0, 40, n).astype(np.float64)),
            "offer_remote_days": some(rng.integers(0, 5, n).astype(np.float64)),
            "offer_leave_days": some(rng.integers(10, 25, n).astype(np.float64)),
            "prefecture": rng.choice(["tokyo", "osaka", "hokkaido"], n),
            "level_target": some(rng.integers(1, 6, n).astype(np.float64), 0.5),
            "salary_basis": basis,
            "salary_target": some(target, 0.1),
            "salary_walk_away": some(np.round(target * 0.9, -3), 0.7),
            "salary_importance": rng.choice(["must", "want"], n),
            "bonus_months_target": some(rng.choice([1.0, 2.0, 3.0], n), 0.5),
            "age": rng.integers(18, 75, n),
            "dependents": rng.choice([0, 0, 1, 2], n),
            "spouse": rng.random(n) < 0.3,
            "hours_target": some(np.full(n, 40.0), 0.5),
            "overtime_target": some(rng.choice([10.0, 20.0], n), 0.5),
            "remote_target": some(rng.integers(0, 4, n).astype(np.float64), 0.5),
            "leave_target": some(np.full(n, 15.0), 0.5),
            "location_accepted": rng.random(n) < 0.9,
            "atmosphere_missing_pct": some(rng.choice([0.0, 50.0], n), 0.5),
        }
    )


def _written_point_by_point(rows: pd.DataFrame, **options: object) -> pd.DataFrame:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(expectgap.frame.points, "_GAP_SLOTS", ())
        patch.setattr(expectgap.frame.points, "_FACT_SLOTS", {})
        return expectgap.frame.talking_points(rows, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(("locale", "audience"), [("en", "candidate"), ("ja", "recruiter")])
def test_compiled_texts_equal_the_texts_written_point_by_point(locale: str, audience: str) -> None:
    rows = _rows(1_500, seed=12)
    options = {"year": 2026, "locale": locale, "audience": audience, "errors": "coerce"}
    compiled = expectgap.frame.talking_points(rows, **options)  # type: ignore[arg-type]
    assert compiled["error"].isna().mean() > 0.9  # the rows are plausible offers
    # the set reaches the kinds of point that matter: take-home texts on every basis, the
    # statutory check of fixed overtime pay, derived gross and take-home gaps
    texts = compiled["message"].dropna()
    assert texts.str.contains("固定残業代|fixed overtime").any()
    assert compiled["topic"].eq("net_salary").sum() > 1_000
    pd.testing.assert_frame_equal(compiled, _written_point_by_point(rows, **options))


def test_compiled_texts_equal_in_usd_with_cents() -> None:
    # a currency with minor units: amounts that are not whole are written with cents
    rows = _rows(500, seed=5).assign(currency="USD", offer_base=lambda f: f["offer_base"] + 0.25)
    rows = rows[~rows["salary_basis"].str.startswith("net")]
    options = {"jurisdiction": "US", "year": 2026, "errors": "coerce"}
    compiled = expectgap.frame.talking_points(rows, **options)  # type: ignore[arg-type]
    assert compiled["message"].str.contains(r"\.25", regex=True).any()
    pd.testing.assert_frame_equal(compiled, _written_point_by_point(rows, **options))


def test_texts_built_in_python_objects_equal_the_texts_built_in_arrow() -> None:
    # without pyarrow, pandas keeps strings in Python objects and so do the text columns (here
    # in blocks of 64 rows, which share the templates compiled in earlier blocks)
    rows = _rows(400, seed=7)
    options = {"year": 2026, "locale": "ja", "audience": "candidate", "errors": "coerce"}
    in_arrow = expectgap.frame.talking_points(rows, **options)  # type: ignore[arg-type]
    assert text_columns.ARROW  # the test environment has pyarrow
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(text_columns, "ARROW", False)
        patch.setattr(expectgap.frame.points, "_BLOCK", 64)
        in_objects = expectgap.frame.talking_points(rows, **options)  # type: ignore[arg-type]
    pd.testing.assert_frame_equal(in_arrow, in_objects)
    pd.testing.assert_frame_equal(in_objects, _written_point_by_point(rows, **options))


@pytest.mark.parametrize("arrow", [True, False])
def test_a_text_is_never_taken_from_a_position_before_the_first(arrow: bool) -> None:
    # -1 marks a row without a value: taking it must fail, not read the last text
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(text_columns, "ARROW", arrow)
        column = text_columns.from_strings(["¥1", "¥2"])
        assert text_columns.to_pandas([text_columns.take(column, np.array([1, 0]))]).tolist() == [
            "¥2",
            "¥1",
        ]
        with pytest.raises(IndexError):
            text_columns.take(column, np.array([0, -1]))


def test_rows_are_grouped_by_the_values_of_every_key_column() -> None:
    # whole numbers of a narrow range are their own codes, wide ones and floats are hashed:
    # either way two rows share a group exactly when they agree on every column
    rng = np.random.default_rng(3)
    n = 500
    columns = [
        rng.integers(0, 3, n),  # narrow
        rng.choice([-(10**12), 0, 10**12], n),  # wide: hashed
        rng.choice([0.0, -0.0, np.nan, 1.5], n),  # floats by their bits
        rng.random(n) < 0.5,
        rng.choice(np.array(["a", None, "b"], dtype=object), n),
    ]
    first, group = expectgap.frame.points._groups(columns)
    keys = [tuple(repr(c[i]) for c in columns) for i in range(n)]
    numbered: dict[tuple[str, ...], int] = {}
    expected = [numbered.setdefault(key, len(numbered)) for key in keys]
    assert group.tolist() == expected  # numbered in the order of their first rows
    assert first.tolist() == [keys.index(key) for key in numbered]


@pytest.mark.parametrize(
    "use",
    [bool, float, int, hash, str.format, lambda s: s == 1, lambda s: round(s), repr],
)
def test_a_slot_refuses_to_decide_a_text(use: object) -> None:
    # an amount that would steer the text (its truth, equality, conversion) is refused: the
    # kind of point must hold whatever decides the wording
    compiler = Compiler(catalog("en"), "JPY")
    slot = compiler.slot("pay", 450_000.0)
    with pytest.raises(TypeError, match="template slot"):
        use("{}", slot) if use is str.format else use(slot)  # type: ignore[operator]


def test_a_comparison_is_a_guard_and_other_rows_are_compiled_again() -> None:
    # 12 x 40,000 = 480,000 < 500,000 for row 0, not for row 1 (12 x 45,000 = 540,000)
    compiler = Compiler(catalog("en"), "JPY")
    columns = {"year": np.array([500_000.0, 500_000.0]), "month": np.array([40_000.0, 45_000.0])}
    year, month = compiler.slot("year", 500_000), compiler.slot("month", 40_000.0)
    assert year > 12 * month
    assert compiler.holds(columns, np.arange(2)).tolist() == [True, False]
    text = compiler.compile(f"{compiler.money(abs(year - 12 * month))} a year")
    assert text_columns.to_pandas([compiler.fill(text, columns, np.arange(1))]).tolist() == [
        "¥20,000 a year"
    ]


_AMOUNTS = st.one_of(
    st.floats(-2e11, 2e11),
    st.integers(-(10**12), 10**12).map(float),
    st.integers(-(10**6), 10**6).map(lambda k: k + 0.5),  # halves: rounded to the even
    st.sampled_from([0.0, -0.0, -0.4, 1e8, 1e8 + 1, 9_999.5, 10_000.0, 2.0**53 + 2]),
)


@settings(max_examples=60, deadline=None)
@given(
    amounts=st.lists(_AMOUNTS, max_size=30),
    currency=st.sampled_from(["JPY", "USD"]),
    locale=st.sampled_from(["en", "ja"]),
)
def test_money_formatted_column_wise_equals_the_scalar_format(
    amounts: list[float], currency: str, locale: str
) -> None:
    shown = format_money_column(np.array(amounts, dtype=np.float64), currency, locale)
    assert shown.tolist() == [format_money(x, currency, locale) for x in amounts]


_NUMBERS = st.one_of(
    st.floats(-1e16, 1e16),
    st.integers(-(10**6), 10**6).map(lambda k: k / 20),  # halves and quarters of tenths
    st.sampled_from([0.15, 2.675, -0.25, 0.05, 1e15 + 0.5, 2.0**53, 12.345_678_5]),
)


@settings(max_examples=60, deadline=None)
@given(values=st.lists(_NUMBERS, max_size=30), digits=st.sampled_from([1, 6]))
def test_numbers_rounded_and_formatted_column_wise_equal_the_scalar_ones(
    values: list[float], digits: int
) -> None:
    column = np.array(values, dtype=np.float64)
    assert round_column(column, digits).tolist() == [round(x, digits) for x in values]
    assert format_number_column(column, "ja", digits=digits).tolist() == [
        format_number(x, "ja", digits=digits) for x in values
    ]
    assert format_percent_column(np.abs(column)).tolist() == [
        format_percent(abs(x)) for x in values
    ]


@pytest.mark.parametrize(("locale", "audience"), [("en", "recruiter"), ("ja", "candidate")])
def test_a_report_holds_the_assessment_and_the_points_of_one_assessment(
    locale: str, audience: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reference: frame.assess and frame.talking_points on the same rows, each assessing them
    # on its own. The report writes both from one assessment, here in blocks of 97 rows (the
    # columns of the blocks put together), with bad rows coerced: a take-home target in
    # dollars (no payroll engine) and a negative offer.
    rows = _rows(700, seed=31)
    rows["currency"] = np.where(np.arange(700) % 50 == 7, "USD", "JPY")
    rows.loc[rows.index[::111], "offer_base"] = -1.0
    options = {"year": 2026, "errors": "coerce"}
    assessed = expectgap.frame.assess(rows, **options)  # type: ignore[arg-type]
    points = expectgap.frame.talking_points(
        rows,
        locale=locale,
        audience=audience,
        **options,  # type: ignore[arg-type]
    )
    bad = assessed["error"].notna()
    assert bad.sum() > 10
    assert (rows["currency"] == "USD")[bad].any()
    monkeypatch.setattr(sys.modules["expectgap.frame.points"], "_BLOCK", 97)
    both = rows.expectgap.report(locale=locale, audience=audience, **options)
    pd.testing.assert_frame_equal(both.assessment, assessed)
    pd.testing.assert_frame_equal(both.points, points)
    assert both.assessment.attrs == assessed.attrs
    assert both.points.attrs == points.attrs


def test_talking_points_refuse_the_rows_the_assessment_refuses() -> None:
    # A take-home target without a payroll engine (an offer in dollars under the Japanese
    # rules) is refused by the scalar assess (no engine for JP with USD) and by frame.assess;
    # the talking points refuse it too, instead of writing the target as not stated.
    rows = pd.DataFrame(
        {
            "offer_base": [5_000.0, 450_000.0],
            "currency": ["USD", "JPY"],
            "salary_basis": ["net_monthly", "net_monthly"],
            "salary_target": [4_000.0, 380_000.0],
        }
    )
    with pytest.raises(expectgap.frame.RowError, match="salary_basis"):
        expectgap.frame.talking_points(rows, year=2026)
    points = expectgap.frame.talking_points(rows, year=2026, errors="coerce")
    assessed = expectgap.frame.assess(rows, year=2026, errors="coerce")
    assert points.loc[points["row"] == 0, "error"].tolist() == [assessed.loc[0, "error"]]
    assert points.loc[points["row"] == 0, "topic"].isna().all()
    assert points.loc[points["row"] == 1, "error"].isna().all()
