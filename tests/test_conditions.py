"""Working conditions."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from expectgap.conditions import Location, WorkingConditions
from expectgap.errors import InvalidInput


def test_annual_hours_hand_checked() -> None:
    # 40 h x 52 weeks = 2,080 h, plus 20 h overtime x 12 months = 240 h: 2,320 h.
    wc = WorkingConditions(hours_per_week=40, overtime_hours_per_month=20)
    assert wc.annual_hours() == 2320


def test_monthly_scheduled_hours_with_explicit_weeks() -> None:
    # 37.5 h x 365/7 weeks / 12 months = 162.95 h.
    wc = WorkingConditions(hours_per_week=Fraction(75, 2), weeks_per_year=Fraction(365, 7))
    assert wc.monthly_scheduled_hours() == Fraction(75, 2) * Fraction(365, 7) / 12


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("hours_per_week", 0),
        ("hours_per_week", 169),
        ("overtime_hours_per_month", -1),
        ("remote_days_per_week", 8),
        ("paid_leave_days", -1),
        ("paid_leave_days", 2.5),
        ("weeks_per_year", float("nan")),
        ("start_date", "2026-04-01"),
    ],
)
def test_invalid_values_name_the_field(field: str, value: object) -> None:
    with pytest.raises(InvalidInput, match=field):
        WorkingConditions(**{field: value})  # type: ignore[arg-type]


def test_location_needs_iso_country() -> None:
    with pytest.raises(InvalidInput, match=r"location\.country"):
        Location("jp")
    assert Location("JP", "tokyo", "Minato").label() == "Minato, tokyo, JP"


def test_fields_round_trip() -> None:
    wc = WorkingConditions(
        hours_per_week=40,
        location=Location("JP", "osaka"),
        remote_days_per_week=2,
        paid_leave_days=20,
        flex_time=True,
        start_date=date(2027, 4, 1),
    )
    assert wc.remote_days_per_week == 2
    assert wc.start_date == date(2027, 4, 1)
