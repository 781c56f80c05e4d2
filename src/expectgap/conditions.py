"""Working conditions: hours, overtime, location, remote work, leave, flex time, start date.

Examples
--------
>>> from expectgap.conditions import WorkingConditions, Location
>>> wc = WorkingConditions(hours_per_week=40, overtime_hours_per_month=20,
...                        location=Location("JP", "tokyo", "Shibuya"), remote_days_per_week=2)
>>> wc.annual_hours()
Fraction(2320, 1)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from fractions import Fraction

from expectgap._checks import (
    HOURS_PER_WEEK,
    OVERTIME_HOURS_PER_MONTH,
    PAID_LEAVE_DAYS,
    REMOTE_DAYS_PER_WEEK,
    Range,
)
from expectgap._limits import flag, optional_text
from expectgap.errors import InvalidInput
from expectgap.money import MONTHS_IN_YEAR, Basis, Number, as_fraction

__all__ = ["Location", "WorkingConditions"]

_COUNTRY = re.compile(r"^[A-Z]{2}$")
# Working weeks a year used to turn weekly hours into annual ones.
_WEEKS_PER_YEAR = Range(0, 53, open_low=True)


@dataclass(frozen=True)
class Location:
    """Where the work is done.

    Parameters
    ----------
    country : str
        ISO 3166-1 alpha-2 code, upper case (``"JP"``, ``"US"``).
    region : str, optional
        A Japanese prefecture (``"tokyo"``), a US state, ...
    city : str, optional
        Free text.

    Examples
    --------
    >>> Location("JP", "tokyo").country
    'JP'
    >>> Location("Japan")
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: location.country: got 'Japan'; expected an ISO 3166-1 alpha-2 code in upper case, such as 'JP' or 'US'
    """

    country: str
    region: str | None = None
    city: str | None = None

    def __post_init__(self) -> None:
        optional_text(self.region, "location.region")
        optional_text(self.city, "location.city")
        if not isinstance(self.country, str) or not _COUNTRY.match(self.country):
            raise InvalidInput(
                "location.country",
                self.country,
                "an ISO 3166-1 alpha-2 code in upper case, such as 'JP' or 'US'",
            )

    def label(self) -> str:
        """A readable label, most specific first.

        Examples
        --------
        >>> Location("JP", "tokyo", "Shibuya").label()
        'Shibuya, tokyo, JP'
        """
        return ", ".join(p for p in (self.city, self.region, self.country) if p)


def _fraction_in(name: str, value: Number, rule: Range) -> Fraction:
    number = as_fraction(value, name)
    if rule.bad(float(number)):
        raise InvalidInput(name, value, rule.expected)
    return number


@dataclass(frozen=True)
class WorkingConditions:
    """The conditions of a job, as offered or as sought.

    Parameters
    ----------
    hours_per_week : number
        Contractual (scheduled) hours per week, in (0, 168].
    overtime_hours_per_month : number
        Expected overtime hours per month (>= 0).
    location : Location, optional
        Place of work.
    remote_days_per_week : number
        Days per week that may be worked remotely, in [0, 7].
    paid_leave_days : int
        Paid leave days per year.
    flex_time : bool
        Whether flexible working hours apply.
    start_date : datetime.date, optional
        Planned start date.
    weeks_per_year : number
        Working weeks per year used to convert weekly hours to annual ones (default 52;
        set it explicitly, e.g. ``Fraction(365, 7)``, where another convention applies).

    Examples
    --------
    >>> WorkingConditions(hours_per_week=0)
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: hours_per_week: got 0; expected a number in (0, 168]
    """

    hours_per_week: Number = 40
    overtime_hours_per_month: Number = 0
    location: Location | None = None
    remote_days_per_week: Number = 0
    paid_leave_days: int = 10
    flex_time: bool = False
    start_date: date | None = None
    weeks_per_year: Number = 52

    def __post_init__(self) -> None:
        fields = {
            "hours_per_week": _fraction_in("hours_per_week", self.hours_per_week, HOURS_PER_WEEK),
            "overtime_hours_per_month": _fraction_in(
                "overtime_hours_per_month", self.overtime_hours_per_month, OVERTIME_HOURS_PER_MONTH
            ),
            "remote_days_per_week": _fraction_in(
                "remote_days_per_week", self.remote_days_per_week, REMOTE_DAYS_PER_WEEK
            ),
            "weeks_per_year": _fraction_in("weeks_per_year", self.weeks_per_year, _WEEKS_PER_YEAR),
        }
        for name, value in fields.items():
            object.__setattr__(self, name, value)
        if (
            isinstance(self.paid_leave_days, bool)
            or not isinstance(self.paid_leave_days, int)
            or PAID_LEAVE_DAYS.bad(self.paid_leave_days)
        ):
            raise InvalidInput(
                "paid_leave_days", self.paid_leave_days, "a whole number of days in [0, 366]"
            )
        flag(self.flex_time, "flex_time")
        if self.location is not None and not isinstance(self.location, Location):
            raise InvalidInput("location", self.location, "a Location")
        if self.start_date is not None and (
            isinstance(self.start_date, datetime) or not isinstance(self.start_date, date)
        ):
            raise InvalidInput("start_date", self.start_date, "a datetime.date")

    def annual_hours(self) -> Fraction:
        """Contractual plus expected overtime hours in a year.

        Examples
        --------
        >>> WorkingConditions(hours_per_week=40).annual_hours()
        Fraction(2080, 1)
        """
        return as_fraction(self.hours_per_week) * as_fraction(self.weeks_per_year) + (
            as_fraction(self.overtime_hours_per_month) * MONTHS_IN_YEAR
        )

    def monthly_scheduled_hours(self) -> Fraction:
        """Average contractual hours in a month (weekly hours x weeks per year / 12).

        Examples
        --------
        >>> WorkingConditions(hours_per_week=40, weeks_per_year=52).monthly_scheduled_hours()
        Fraction(520, 3)
        """
        return as_fraction(self.hours_per_week) * as_fraction(self.weeks_per_year) / MONTHS_IN_YEAR

    def basis(self, months_per_year: Number = MONTHS_IN_YEAR) -> Basis:
        """The explicit period-conversion basis these conditions imply.

        Examples
        --------
        >>> WorkingConditions(hours_per_week=40).basis().periods(__import__("expectgap").Period.HOURLY)
        Fraction(2080, 1)
        """
        return Basis(
            months_per_year=months_per_year,
            hours_per_week=self.hours_per_week,
            weeks_per_year=self.weeks_per_year,
        )
