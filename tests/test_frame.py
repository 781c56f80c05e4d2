"""The batch API: same results as the scalar API row by row, one error for all bad input."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import expectgap.frame  # registers the accessor
from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.frame import ColumnError, RowError
from expectgap.market.peers import PeerGroup
from expectgap.market.survey import SurveyTable
from expectgap.money import Basis
from expectgap.position import Band, position
from expectgap.testing import strategies as eg

# BLS OEWS May 2025, 15-1252 Software Developers, national (market-methods.md)
DEVS = SurveyTable.from_percentiles(
    {10: 82_460, 25: 105_210, 50: 135_980, 75: 171_980, 90: 214_670}, currency="USD", n=500
)


# --- position -----------------------------------------------------------------------------------


def test_position_reference_case() -> None:
    # market-methods.md: $150,000 sits at P60.4 log-linear; compa-ratio to the median
    # 150,000 / 135,980 = 1.1031
    out = expectgap.frame.position(pd.DataFrame({"amount": [150_000.0]}), DEVS)
    assert out["percentile"].iloc[0] == pytest.approx(60.4, abs=0.05)
    assert out["compa_ratio"].iloc[0] == pytest.approx(150_000 / 135_980)
    assert out["label"].iloc[0] == "P50–P75"


def _assert_row_by_row(
    out: pd.DataFrame, amounts: list[float], reference: object, **kw: object
) -> None:
    for label, amount in zip(out.index, amounts, strict=True):
        one = position(amount, reference, **kw)  # type: ignore[arg-type]
        row = out.loc[label]
        assert row["percentile"] == one.percentile
        assert row["compa_ratio"] == one.compa_ratio
        assert row["gap_to_median"] == one.gap_to_median
        assert row["gap_to_median_pct"] == one.gap_to_median_pct
        assert row["z"] == one.z
        assert row["label"] == one.label
        if one.percentile_ci is not None:
            assert (row["percentile_ci_low"], row["percentile_ci_high"]) == one.percentile_ci
        if one.range_penetration is not None:
            assert row["range_penetration"] == one.range_penetration


@settings(max_examples=40, deadline=None)
@given(
    table=eg.survey_tables(),
    amounts=st.lists(st.floats(1_000, 1_000_000), min_size=1, max_size=30),
)
def test_position_batch_equals_scalar_row_by_row(table: SurveyTable, amounts: list[float]) -> None:
    frame = pd.DataFrame({"amount": amounts}, index=[f"r{i}" for i in range(len(amounts))])
    band = Band(50_000, maximum=250_000)
    out = frame.expectgap.position(table, band=band)
    _assert_row_by_row(out, amounts, table, band=band)


@settings(max_examples=20, deadline=None)
@given(
    group=eg.peer_groups(currency="USD", min_value=50_000, max_value=300_000),
    amounts=st.lists(st.floats(1_000, 1_000_000), min_size=1, max_size=20),
)
def test_position_in_peer_groups_equals_scalar(group: PeerGroup, amounts: list[float]) -> None:
    frame = pd.DataFrame({"amount": amounts, "currency": "USD"})
    out = expectgap.frame.position(frame, group)
    _assert_row_by_row(out, amounts, group)


def test_hourly_rows_are_converted_with_an_explicit_basis() -> None:
    # $60 an hour x 40 hours x 52 weeks = $124,800 a year
    frame = pd.DataFrame({"amount": [60.0], "period": ["hourly"]})
    out = expectgap.frame.position(frame, DEVS, basis=Basis(hours_per_week=40, weeks_per_year=52))
    assert out["percentile"].iloc[0] == position(124_800.0, DEVS).percentile


def test_other_periods_and_currencies_without_conversion_are_bad_rows() -> None:
    frame = pd.DataFrame(
        {
            "amount": [150_000.0, 60.0, 20_000_000.0],
            "period": ["annual", "hourly", "annual"],
            "currency": ["USD", "USD", "JPY"],
        },
        index=["ok", "hourly", "yen"],
    )
    with pytest.raises(RowError) as raised:
        expectgap.frame.position(frame, DEVS)
    assert list(raised.value.rows) == ["yen"]  # currency is checked first; period next
    out = expectgap.frame.position(frame, DEVS, errors="coerce")
    assert out.loc["ok", "percentile"] == position(150_000.0, DEVS).percentile
    assert out.loc[["hourly", "yen"], "percentile"].isna().all()
    assert "period" in out.loc["hourly", "error"]
    assert "currency" in out.loc["yen", "error"]
    assert pd.isna(out.loc["ok", "error"])


# --- validation machinery -------------------------------------------------------------------------


def test_missing_and_mistyped_columns_are_listed_in_one_error() -> None:
    frame = pd.DataFrame({"pay": [1.0], "currency": [3], "period": [True]})
    with pytest.raises(ColumnError) as raised:
        expectgap.frame.position(frame, DEVS)
    assert set(raised.value.problems) == {"amount", "currency", "period"}
    assert raised.value.problems["amount"] == "missing"
    assert isinstance(raised.value, ValueError)  # an InvalidInput


def test_renamed_columns() -> None:
    frame = pd.DataFrame({"salary": [150_000.0]})
    out = expectgap.frame.position(frame, DEVS, columns={"amount": "salary"})
    assert out["percentile"].iloc[0] == position(150_000.0, DEVS).percentile
    with pytest.raises(ValueError, match="keys among"):
        expectgap.frame.position(frame, DEVS, columns={"salry": "salary"})


def test_every_bad_row_is_reported_with_its_label() -> None:
    amounts = [150_000.0, -5.0, np.nan, np.inf, 90_000.0]
    frame = pd.DataFrame(
        {"amount": amounts, "currency": ["USD", "USD", "USD", "USD", "EURO"]},
        index=list("abcde"),
    )
    with pytest.raises(RowError) as raised:
        expectgap.frame.position(frame, DEVS)
    assert list(raised.value.rows) == ["b", "c", "d", "e"]
    by_column = {p.column: p.rows for p in raised.value.problems}
    assert by_column == {"amount": ("b", "c", "d"), "currency": ("e",)}
    message = str(raised.value)
    assert "'amount' rows ['b', 'c', 'd']" in message
    assert "'currency' rows ['e']" in message


def test_coerce_keeps_good_rows_identical_and_explains_bad_ones() -> None:
    frame = pd.DataFrame({"amount": [150_000.0, -5.0, 90_000.0]}, index=[10, 20, 30])
    out = expectgap.frame.position(frame, DEVS, errors="coerce")
    clean = expectgap.frame.position(frame.loc[[10, 30]], DEVS)
    pd.testing.assert_frame_equal(out.loc[[10, 30], clean.columns], clean, check_dtype=False)
    assert out.loc[20, ["percentile", "compa_ratio"]].isna().all()
    assert out.loc[20, "error"] == "amount: got -5.0; expected a finite number in [0, 1e+11]"
    assert out["error"].isna().sum() == 2


def test_unknown_error_mode_and_non_frames_are_rejected() -> None:
    with pytest.raises(ValueError, match="'raise' or 'coerce'"):
        expectgap.frame.position(pd.DataFrame({"amount": [1.0]}), DEVS, errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="a pandas DataFrame"):
        expectgap.frame.position([1.0], DEVS)  # type: ignore[arg-type]


def test_many_bad_rows_are_summarised() -> None:
    frame = pd.DataFrame({"amount": -np.arange(1.0, 31.0)})
    with pytest.raises(RowError, match=r"\(and 20 more rows\)") as raised:
        expectgap.frame.position(frame, DEVS)
    assert len(raised.value.rows) == 30


def test_position_by_state_uses_each_rows_own_table() -> None:
    # OEWS May 2025, 15-1252: California median $174,410, Texas median $132,150
    from expectgap.datasets import oews

    tables = {"CA": oews("15-1252", area="CA"), "TX": oews("15-1252", area="TX")}
    frame = pd.DataFrame(
        {"state": ["CA", "TX", "WA", "TX"], "amount": [174_410.0, 132_150.0, 1.0, -1.0]},
        index=["ca", "tx", "wa", "neg"],
    )
    out = frame.expectgap.position(tables, by="state", errors="coerce")
    assert out.loc["ca", "percentile"] == pytest.approx(50.0)
    assert out.loc["tx", "percentile"] == pytest.approx(50.0)
    assert out.loc["tx", "compa_ratio"] == pytest.approx(1.0)
    assert out.loc["wa", "error"].startswith("state: got 'WA'")
    assert out.loc["neg", "error"].startswith("amount: got -1.0")
    with pytest.raises(RowError) as raised:
        frame.expectgap.position(tables, by="state")
    assert sorted(raised.value.rows) == ["neg", "wa"]


# --- Japan net pay ----------------------------------------------------------------------------

NET_FIELDS = expectgap.frame.NET_OUTPUTS


@st.composite
def net_frames(draw: st.DrawFn) -> pd.DataFrame:
    """Frames of people with every documented net input column (some left to defaults)."""
    n = draw(st.integers(1, 12))
    rows = {
        "pay": draw(st.lists(st.integers(0, 3_000_000), min_size=n, max_size=n)),
        "bonus": draw(st.lists(st.integers(0, 6_000_000), min_size=n, max_size=n)),
        "prefecture": draw(
            st.lists(
                st.sampled_from(["tokyo", "osaka", 13, "北海道", "Okinawa"]), min_size=n, max_size=n
            )
        ),
        "age": draw(st.lists(st.integers(18, 80), min_size=n, max_size=n)),
        "dependents": draw(st.lists(st.integers(0, 3), min_size=n, max_size=n)),
        "spouse": draw(st.lists(st.booleans(), min_size=n, max_size=n)),
        "commuting_allowance": draw(st.lists(st.integers(0, 40_000), min_size=n, max_size=n)),
    }
    dropped = draw(st.sets(st.sampled_from(sorted(set(rows) - {"pay"}))))
    frame = pd.DataFrame({k: v for k, v in rows.items() if k not in dropped})
    return frame.set_axis([f"p{i}" for i in range(n)])


@settings(max_examples=25, deadline=None)
@given(frame=net_frames(), year=st.sampled_from([2024, 2025, 2026]))
def test_net_batch_equals_scalar_row_by_row(frame: pd.DataFrame, year: int) -> None:
    # Imported from the defining modules: collecting a module's doctests can rebind the
    # package attribute ``expectgap.payroll.jp.payslip`` to the module of that name.
    from expectgap.payroll.jp.annual import annual
    from expectgap.payroll.jp.payslip import payslip

    out = frame.expectgap.net(year=year)
    assert list(out.columns) == [*NET_FIELDS, expectgap.frame.NET_PAYSLIP]
    for label, row in frame.iterrows():
        keywords = {
            "year": year,
            "prefecture": row.get("prefecture", "tokyo"),
            "age": int(row.get("age", 30)),
            "bonus": float(row.get("bonus", 0)),
            "dependents": int(row.get("dependents", 0)),
            "spouse": bool(row.get("spouse", False)),
            "commuting_allowance": float(row.get("commuting_allowance", 0)),
        }
        one = annual(float(row["pay"]), **keywords)
        assert {f: out.loc[label, f] for f in NET_FIELDS} == {
            f: getattr(one, f) for f in NET_FIELDS
        }
        assert out.loc[label, "net_monthly"] == payslip(float(row["pay"]), **keywords).net


def test_net_annual_pay_period_is_twelve_months() -> None:
    frame = pd.DataFrame({"pay": [4_800_000.0, 400_000.0], "pay_period": ["annual", "monthly"]})
    out = expectgap.frame.net(frame, year=2026)
    assert out.iloc[0].tolist() == out.iloc[1].tolist()


def test_net_bad_rows_are_reported_all_at_once_or_coerced() -> None:
    frame = pd.DataFrame(
        {
            "pay": [400_000.0, -1.0, 300_000.0, 350_000.0],
            "prefecture": ["tokyo", "tokyo", "tokio", "osaka"],
            "currency": ["JPY", "JPY", "JPY", "USD"],
            "age": [30, 30, 30, 200],
        },
        index=["ok", "neg", "typo", "usd"],
    )
    with pytest.raises(RowError) as raised:
        expectgap.frame.net(frame, year=2026)
    assert list(raised.value.rows) == ["neg", "typo", "usd"]
    assert {p.column for p in raised.value.problems} == {"pay", "prefecture", "currency", "age"}
    out = expectgap.frame.net(frame, year=2026, errors="coerce")
    clean = expectgap.frame.net(frame.loc[["ok"]], year=2026)
    assert out.loc["ok", "net"] == clean.loc["ok", "net"]
    assert out.loc[["neg", "typo", "usd"], "net"].isna().all()
    assert "currency: got 'USD'" in out.loc["usd", "error"]
    assert "age: got 200" in out.loc["usd", "error"]  # both reasons of one row are kept


def test_net_mistyped_columns() -> None:
    frame = pd.DataFrame({"pay": ["400000"], "age": ["thirty"], "spouse": [1.0]})
    with pytest.raises(ColumnError) as raised:
        expectgap.frame.net(frame, year=2026)
    assert set(raised.value.problems) == {"pay", "age", "spouse"}


# --- assessment columns ---------------------------------------------------------------------


def _maybe(draw: st.DrawFn, values: st.SearchStrategy[float]) -> float:
    return draw(st.one_of(st.just(np.nan), values))


@st.composite
def assess_rows(
    draw: st.DrawFn, bases: tuple[str, ...] = ("gross_monthly", "gross_annual")
) -> dict[str, object]:
    """One row of assessment inputs: every documented column, stated or not."""
    whole = lambda lo, hi: st.integers(lo, hi).map(float)  # noqa: E731
    row: dict[str, object] = {
        # at least the Tokyo minimum wage for 45 h a week (¥1,226 x 45 x 52 / 12 = ¥239,070,
        # 令和7年度地域別最低賃金): lower offers are refused as implausible
        "offer_base": draw(whole(24, 120)) * 10_000,
        "offer_allowances": draw(st.sampled_from([0.0, 15_000.0, 40_000.0])),
        "offer_fixed_overtime": draw(st.sampled_from([0.0, 50_000.0])),
        "offer_fixed_overtime_hours": draw(st.sampled_from([0.0, 20.0])),
        "offer_bonus_months_of_base": draw(st.sampled_from([0.0, 1.5, 2.0, 4.0])),
        "offer_level": _maybe(draw, whole(1, 6)),
        "offer_hours_per_week": draw(st.sampled_from([35.0, 40.0, 45.0, np.nan])),
        "offer_overtime_hours": _maybe(draw, whole(0, 60)),
        "offer_remote_days": _maybe(draw, whole(0, 5)),
        "offer_leave_days": _maybe(draw, whole(5, 25)),
        "salary_basis": draw(st.sampled_from(bases)),
        "location_accepted": draw(st.sampled_from([True, False, None])),
        "atmosphere_missing_pct": draw(st.sampled_from([np.nan, 0.0, 25.0, 50.0, 100.0])),
    }
    salary = _maybe(draw, whole(15, 150))
    scale = 12 if str(row["salary_basis"]).endswith("annual") else 1  # a year is 12 months
    row["salary_target"] = salary * 10_000 * scale
    row["salary_walk_away"] = (
        np.nan if np.isnan(salary) else _maybe(draw, st.just(salary * 9_000.0 * scale))
    )
    level = _maybe(draw, whole(1, 6))
    row["level_target"] = level
    row["level_min"] = np.nan if np.isnan(level) else _maybe(draw, whole(0, int(level)))
    months = _maybe(draw, st.sampled_from([1.0, 2.0, 4.0, 6.0]))
    row["bonus_months_target"] = months
    row["bonus_months_walk_away"] = (
        np.nan if np.isnan(months) else _maybe(draw, st.just(months / 2))
    )
    for prefix, low, high, walk_up in (
        ("hours", 35, 45, True),
        ("overtime", 0, 45, True),
        ("remote", 0, 5, False),
        ("leave", 5, 25, False),
    ):
        target = _maybe(draw, whole(low, high))
        row[f"{prefix}_target"] = target
        shift = 5.0 if walk_up else -min(target, 2.0) if not np.isnan(target) else 0.0
        row[f"{prefix}_walk_away"] = (
            np.nan if np.isnan(target) else _maybe(draw, st.just(target + shift))
        )
    for name in (
        "position_importance",
        "salary_importance",
        "bonus_importance",
        "hours_importance",
        "overtime_importance",
        "remote_importance",
        "leave_importance",
        "location_importance",
        "atmosphere_importance",
    ):
        row[name] = draw(st.sampled_from(["must", "want"]))
    return row


def _same(batch: object, scalar: object) -> bool:
    if scalar is None or (isinstance(scalar, float) and np.isnan(scalar)):
        return bool(pd.isna(batch))
    return bool(batch == scalar)


NUMERIC_DIMENSIONS = ("gross_salary", "bonus", "hours", "overtime", "remote_work", "leave")


def _assert_assess_row(out: pd.Series, report: object) -> None:
    for gap in report.gaps:  # type: ignore[attr-defined]
        name = gap.dimension.value
        assert out[f"{name}_severity"] == gap.severity.value, name
        assert out[f"{name}_direction"] == gap.direction.value, name
        assert out[f"{name}_stance"] == gap.stance.value, name
        if name == "position":
            assert _same(out["position_difference"], gap.difference)
        if name in NUMERIC_DIMENSIONS and gap.stated:
            for field in ("expected", "offered", "difference", "difference_pct"):
                assert _same(out[f"{name}_{field}"], getattr(gap, field)), (name, field)
        if gap.priority == 1:
            assert out["top_topic"] == name
            assert out["top_stance"] == gap.stance.value
    assert out["severity"] == report.severity.value  # type: ignore[attr-defined]


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(assess_rows(), min_size=1, max_size=8))
def test_assess_batch_equals_scalar_row_by_row(rows: list[dict[str, object]]) -> None:
    from expectgap.assess import assess

    frame = pd.DataFrame(rows)
    frame["currency"] = "USD"  # no payroll engine: the take-home dimension is unstated
    out = frame.expectgap.assess()
    for i, row in frame.iterrows():
        report = assess(*expectgap.frame.models(row), jurisdiction="US", year=2026)
        _assert_assess_row(out.loc[i], report)


@settings(max_examples=15, deadline=None)
@given(
    rows=st.lists(
        assess_rows(
            bases=(
                "gross_monthly",
                "gross_annual",
                "net_monthly",
                "net_monthly_average",
                "net_annual",
            )
        ),
        min_size=1,
        max_size=4,
    ),
    places=st.lists(st.sampled_from(["tokyo", "osaka", 40]), min_size=4, max_size=4),
    ages=st.lists(st.integers(22, 66), min_size=4, max_size=4),
)
def test_assess_with_take_home_pay_equals_scalar(
    rows: list[dict[str, object]], places: list[object], ages: list[int]
) -> None:
    from expectgap.assess import assess

    frame = pd.DataFrame(rows)
    frame["prefecture"] = places[: len(frame)]
    frame["age"] = ages[: len(frame)]
    frame["salary_target"] *= np.where(frame["salary_basis"].str.startswith("net"), 0.8, 1.0)
    frame["salary_walk_away"] *= np.where(frame["salary_basis"].str.startswith("net"), 0.8, 1.0)
    out = frame.expectgap.assess(year=2026)
    for i, row in frame.iterrows():
        report = assess(*expectgap.frame.models(row), year=2026)
        _assert_assess_row(out.loc[i], report)
        net_gap = report.gap("net_salary")
        for field in ("expected", "offered", "difference"):
            assert _same(out.loc[i, f"net_salary_{field}"], getattr(net_gap, field)), field


# Values the scalar models refuse, each set on one row (the cases first).
_SPOILERS: tuple[dict[str, object], ...] = (
    {"salary_target": 500_000.0, "salary_walk_away": 520_000.0},  # walk-away above target
    {"level_target": 3.0, "level_min": 4.0},  # lowest level above the level sought
    {"offer_hours_per_week": 0.0},
    {"offer_hours_per_week": 500.0},
    {"offer_leave_days": 400.0},
    {"offer_leave_days": 10.5},
    {"level_target": 2.5},
    {"offer_level": 1.5},
    {"hours_target": 40.0, "hours_walk_away": 35.0},  # most hours accepted below the target
    {"leave_target": 20.0, "leave_walk_away": 25.0},
    {"bonus_months_target": 2.0, "bonus_months_walk_away": 3.0},
    {"salary_target": 0.0},
    {"offer_remote_days": 8.0},
    {"offer_overtime_hours": 900.0},
    {"remote_target": 2.0, "remote_walk_away": 3.0},
    {"overtime_target": 20.0, "overtime_walk_away": 10.0},
    {"salary_target": np.nan, "salary2_target": 300_000.0},  # a second target without a first
    {"salary2_target": 300_000.0, "salary2_walk_away": 310_000.0},
    {  # two gross targets: a frame row holds one gross and one take-home target
        "salary2_basis": "gross_annual",
        "salary2_target": 6_000_000.0,
        "salary_target": 500_000.0,
        "salary_basis": "gross_monthly",
    },
)


def _scalar_accepts(row: pd.Series) -> bool:
    try:
        expectgap.frame.models(row)
    except InvalidInput:
        return False
    return True


@settings(max_examples=20, deadline=None)
@given(
    rows=st.lists(assess_rows(), min_size=1, max_size=6),
    spoiled=st.lists(st.tuples(st.integers(0, 5), st.sampled_from(_SPOILERS)), max_size=4),
)
def test_frame_validation_is_the_scalar_validation(
    rows: list[dict[str, object]], spoiled: list[tuple[int, dict[str, object]]]
) -> None:
    """A row is refused by the batch (a row error under coercion) exactly when the scalar
    models refuse it; the other rows are assessed as the scalar API assesses them."""
    from expectgap.assess import assess

    for at, values in spoiled:
        rows[at % len(rows)].update(values)
    for row in rows:  # a column's missing values are row errors in a frame: state every basis
        row.setdefault("salary2_basis", "net_monthly")
    frame = pd.DataFrame(rows)
    frame["currency"] = "USD"
    out = frame.expectgap.assess(jurisdiction="US", year=2026, errors="coerce")
    for i, row in frame.iterrows():
        accepted = _scalar_accepts(row)
        assert accepted == bool(pd.isna(out.loc[i, "error"])), (dict(row), out.loc[i, "error"])
        if accepted:
            report = assess(*expectgap.frame.models(row), jurisdiction="US", year=2026)
            _assert_assess_row(out.loc[i], report)
    if not out["error"].isna().all():
        with pytest.raises(RowError):
            frame.expectgap.assess(jurisdiction="US", year=2026)


@pytest.mark.parametrize("values", _SPOILERS)
def test_each_value_the_scalar_refuses_is_a_row_error(values: dict[str, object]) -> None:
    good = {
        "currency": "USD",
        "offer_base": 450_000.0,
        "offer_level": 3.0,
        "offer_hours_per_week": 40.0,
        "offer_overtime_hours": 10.0,
        "offer_remote_days": 1.0,
        "offer_leave_days": 15.0,
        "level_target": 3.0,
        "salary_basis": "gross_monthly",
        "salary2_basis": "net_monthly",
    }
    frame = pd.DataFrame([good, {**good, **values}])
    assert _scalar_accepts(frame.iloc[0])
    assert not _scalar_accepts(frame.iloc[1])
    out = frame.expectgap.assess(jurisdiction="US", year=2026, errors="coerce")
    assert pd.isna(out.loc[0, "error"])
    assert not pd.isna(out.loc[1, "error"])
    assert next(iter(values)) in out.loc[1, "error"]


def test_two_salary_targets_a_row_equal_the_scalar_report() -> None:
    from expectgap.assess import assess

    frame = pd.DataFrame(
        {
            "offer_base": [350_000, 350_000, 500_000],
            "offer_allowances": [20_000, 20_000, 0],
            "offer_bonus_months_of_base": [3.0, 3.0, 2.0],
            "prefecture": ["osaka", "osaka", "tokyo"],
            "salary_basis": ["gross_annual", "net_monthly", "net_annual"],
            "salary_target": [6_000_000, 350_000, 5_000_000],
            "salary2_basis": ["net_monthly", "gross_annual", "gross_monthly"],
            "salary2_target": [350_000, 6_000_000, 520_000],
            "salary2_walk_away": [320_000, np.nan, np.nan],
        }
    )
    out = frame.expectgap.assess(year=2026)
    for i, row in frame.iterrows():
        wish, offer = expectgap.frame.models(row)
        assert len(wish.salaries) == 2
        report = assess(wish, offer, year=2026)
        _assert_assess_row(out.loc[i], report)
        for name in ("gross_salary", "net_salary"):
            for field in ("expected", "offered", "difference"):
                assert _same(out.loc[i, f"{name}_{field}"], getattr(report.gap(name), field))
    # rows 0 and 1 state the same two targets in the other order: the same gaps
    columns = [c for c in out.columns if c.startswith(("gross_salary", "net_salary"))]
    assert out.loc[0, columns].tolist() == out.loc[1, columns].tolist()


def test_unused_columns_warn_once_naming_them() -> None:
    frame = pd.DataFrame({"offer_base": [450_000], "bonus_months": [4], "note": ["x"]})
    with pytest.warns(UserWarning, match="columns not used") as caught:
        out = frame.expectgap.assess(jurisdiction="US", year=2026)
    assert len(caught) == 1
    message = str(caught[0].message)
    assert "'bonus_months' (did you mean offer_bonus_months_of_base" in message
    assert "'note'" in message
    # The months-of-base-pay column is read under its own name: 450,000 x 4 months.
    out = pd.DataFrame(
        {"offer_base": [450_000], "offer_bonus_months_of_base": [4], "bonus_months_target": [4]}
    ).expectgap.assess(jurisdiction="US", year=2026)
    assert out.loc[0, "bonus_offered"] == 4


@settings(max_examples=25, deadline=None)
@given(rows=st.lists(assess_rows(), min_size=1, max_size=4), locale=st.sampled_from(["en", "ja"]))
def test_talking_points_match_the_scalar_report(rows: list[dict[str, object]], locale: str) -> None:
    from expectgap.assess import assess

    frame = pd.DataFrame(rows)
    frame["currency"] = "USD"
    points = frame.expectgap.talking_points(jurisdiction="US", year=2026, locale=locale)
    assert list(points.columns) == list(expectgap.frame.TALKING_POINT_COLUMNS)
    for i, row in frame.iterrows():
        report = assess(*expectgap.frame.models(row), jurisdiction="US", year=2026)
        scalar = report.points(audience="candidate", locale=locale)
        batch = points[points["row"] == i]
        assert list(batch["topic"]) == [p.topic.value for p in scalar]
        assert list(batch["stance"]) == [p.stance.value for p in scalar]
        assert list(batch["priority"]) == [p.priority for p in scalar]
        assert list(batch["summary"]) == [p.summary for p in scalar]
        for point, (_, mine) in zip(scalar, batch.iterrows(), strict=True):
            if point.topic.value in ("gross_salary", "hours", "overtime", "remote_work", "leave"):
                assert mine["message"] == point.message, point.topic


def test_talking_points_texts_follow_each_rows_currency_and_amounts() -> None:
    # Rows 0 and 3 are equal and share their texts; rows 1 and 2 differ from row 0 only in the
    # currency or the fixed overtime pay, and so in the text. Hand-written: base 400,000 plus
    # fixed overtime pay 50,000 is 450,000, 50,000 (10%) below 500,000; with 60,000 it is
    # 460,000, 40,000 (8%) below.
    rows = pd.DataFrame(
        {
            "currency": ["JPY", "USD", "JPY", "JPY"],
            "offer_base": [400_000.0] * 4,
            "offer_fixed_overtime": [50_000.0, 50_000.0, 60_000.0, 50_000.0],
            "offer_fixed_overtime_hours": [20.0] * 4,
            "salary_basis": ["gross_monthly"] * 4,
            "salary_target": [500_000.0] * 4,
        }
    )
    out = expectgap.frame.talking_points(rows, jurisdiction="US", year=2026)
    gross = out[out["topic"] == "gross_salary"].set_index("row")["message"]
    assert (
        gross[0]
        == gross[3]
        == (
            "The offer pays ¥450,000 a month, ¥50,000 (10%) below the ¥500,000 a month sought. "
            "This includes fixed overtime pay of ¥50,000 a month for 20 h of overtime."
        )
    )
    assert gross[1] == (
        "The offer pays $450,000 a month, $50,000 (10%) below the $500,000 a month sought. "
        "This includes fixed overtime pay of $50,000 a month for 20 h of overtime."
    )
    assert gross[2] == (
        "The offer pays ¥460,000 a month, ¥40,000 (8%) below the ¥500,000 a month sought. "
        "This includes fixed overtime pay of ¥60,000 a month for 20 h of overtime."
    )
    ja = expectgap.frame.talking_points(rows, jurisdiction="US", year=2026, locale="ja")
    assert ja.loc[ja["topic"] == "gross_salary", "message"].iloc[2] == (
        "ご提示の給与は月額46万円で、ご希望の月額50万円に対して4万円（8%）不足しています。"
        "この金額には、月20時間分の固定残業代（6万円）が含まれます。"
    )


@settings(max_examples=15, deadline=None)
@given(
    rows=st.lists(assess_rows(), min_size=1, max_size=3),
    picks=st.lists(st.integers(0, 2), min_size=2, max_size=9),
    audience=st.sampled_from(["candidate", "recruiter"]),
)
def test_talking_points_of_a_row_do_not_depend_on_the_other_rows(
    rows: list[dict[str, object]], picks: list[int], audience: str
) -> None:
    # Texts are shared between rows and written in blocks of rows: with blocks of two rows and
    # rows repeated in any order, each row's points are those of the row alone.
    frame = pd.DataFrame([rows[k % len(rows)] for k in picks])
    frame["currency"] = ["USD" if k % 2 else "JPY" for k in picks]
    options = {"jurisdiction": "US", "year": 2026, "audience": audience}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(expectgap.frame.points, "_BLOCK", 2)
        points = expectgap.frame.talking_points(frame, **options)
    assert list(points["row"]) == [i for i in frame.index for _ in range(10)]
    for i in frame.index:
        alone = expectgap.frame.talking_points(frame.loc[[i]], **options)
        mine = points[points["row"] == i].reset_index(drop=True)
        pd.testing.assert_frame_equal(mine, alone.reset_index(drop=True))


def test_a_year_after_the_rules_uses_the_latest_rules() -> None:
    # as assess() does: 2027 falls back to the 2026 rules (attrs say which); strict refuses.
    # 400,000 a month of payslip take-home needs 524,319 gross in Tokyo under 2026 rules
    # (docs/assessment.md, the salary conventions).
    rows = pd.DataFrame(
        {"offer_base": [450_000], "salary_basis": ["net_monthly"], "salary_target": [400_000]}
    )
    out = expectgap.frame.assess(rows, year=2027)
    assert out.attrs["rules_year"] == 2026
    assert out["gross_salary_expected"].tolist() == [524_319.0]
    assert expectgap.frame.talking_points(rows, year=2027).attrs["rules_year"] == 2026
    with pytest.raises(UnsupportedRule, match="year: 2027"):
        expectgap.frame.assess(rows, year=2027, strict_year=True)


def test_missing_values_of_columns_with_defaults_are_the_defaults() -> None:
    # Offers that state no fixed overtime pay sit beside offers that do: NaN is "none", as
    # models() (and the scalar API without a FixedOvertime) reads it; the other rows are kept.
    rows = pd.DataFrame(
        {
            "offer_base": [400_000, 400_000],
            "offer_fixed_overtime": [np.nan, 60_000],
            "offer_fixed_overtime_hours": [np.nan, 20],
            "salary_basis": ["gross_monthly", "gross_monthly"],
            "salary_target": [450_000, 450_000],
        }
    )
    out = expectgap.frame.assess(rows, year=2026)
    assert out["gross_salary_offered"].tolist() == [400_000.0, 460_000.0]
    for i, row in rows.iterrows():
        wish, offer = expectgap.frame.models(row)
        report = expectgap.assess.assess(wish, offer, year=2026)
        assert out.loc[i, "gross_salary_offered"] == report.gap("gross_salary").offered


def test_both_take_home_months_are_columns() -> None:
    # 450,000 a month in Tokyo, 2026, no bonus (docs/assessment.md): the July payslip pays
    # 348,414; the year's take-home 4,243,821 is 353,651.75 a month. Shown whatever the basis.
    rows = pd.DataFrame(
        {
            "offer_base": [450_000, 450_000],
            "salary_basis": ["gross_annual", "net_annual"],
            "salary_target": [6_000_000, 4_800_000],
        }
    )
    out = expectgap.frame.assess(rows, year=2026)
    assert out["net_payslip_offered"].tolist() == [348_414.0, 348_414.0]
    assert out["net_monthly_average_offered"].tolist() == pytest.approx([353_651.75] * 2)


@settings(max_examples=10, deadline=None)
@given(
    base=st.integers(250_000, 900_000),
    basis=st.sampled_from(["net_monthly", "net_monthly_average", "gross_monthly"]),
    spouse=st.booleans(),
    locale=st.sampled_from(["en", "ja"]),
)
def test_take_home_points_match_the_scalar_report_in_japan(
    base: int, basis: str, spouse: bool, locale: str
) -> None:
    # The take-home point quotes the payslip month, the average month, the year's deductions
    # and whether a household was stated, as the scalar text does.
    row = {
        "offer_base": base,
        "offer_bonus_months_of_base": 2.0,
        "salary_basis": basis,
        "salary_target": 400_000,
        "spouse": spouse,
    }
    frame = pd.DataFrame([row])
    points = frame.expectgap.talking_points(year=2026, locale=locale)
    report = expectgap.assess.assess(*expectgap.frame.models(frame.iloc[0]), year=2026)
    scalar = {p.topic.value: p for p in report.points(audience="candidate", locale=locale)}
    mine = points.set_index("topic").loc["net_salary"]
    assert mine["message"] == scalar["net_salary"].message
    assert mine["summary"] == scalar["net_salary"].summary


def test_the_examples_of_classes_shown_under_the_package_run() -> None:
    # expectgap.frame lists its public classes under the package name, so the doctest
    # collector, which takes a function's examples from the module that defines it, skips
    # their methods' examples: run them here, in the namespace of their own modules.
    import doctest
    import sys

    finder, runner = doctest.DocTestFinder(), doctest.DocTestRunner()
    classes = [c for c in vars(expectgap.frame).values() if isinstance(c, type)]
    shown = [c for c in classes if c.__module__ == "expectgap.frame"]
    assert expectgap.frame.ExpectgapAccessor in shown
    for cls in shown:
        home = next(
            m
            for m in list(sys.modules.values())
            if getattr(m, "__name__", "").startswith("expectgap.frame.")
            and vars(m).get(cls.__name__) is cls
        )
        for name, member in vars(cls).items():
            if callable(member) and member.__doc__ and not name.startswith("__"):
                for test in finder.find(member, f"{cls.__name__}.{name}", globs=dict(vars(home))):
                    runner.run(test)
    assert runner.summarize(verbose=False).attempted >= 12
    assert runner.failures == 0
