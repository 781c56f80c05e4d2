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
# Average monthly scheduled hours: at most every hour of a 31-day month.
_SCHEDULED_HOURS_PER_MONTH = Range(0, 31 * 24, open_low=True)


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

    Every term is optional: a term the offer does not state is None ("not stated") and is
    reported as such, never replaced by a default.

    Parameters
    ----------
    hours_per_week : number, optional
        Contractual (scheduled) hours per week, in (0, 168].
    overtime_hours_per_month : number, optional
        Expected overtime hours per month (>= 0).
    location : Location, optional
        Place of work.
    remote_days_per_week : number, optional
        Days per week that may be worked remotely, in [0, 7].
    paid_leave_days : int, optional
        Paid leave days per year.
    flex_time : bool, optional
        Whether flexible working hours apply.
    start_date : datetime.date, optional
        Planned start date.
    weeks_per_year : number
        Working weeks per year used to convert weekly hours to annual ones (default 52, a
        conversion convention rather than a term of the offer; set it explicitly, e.g.
        ``Fraction(365, 7)``, where another convention applies).
    scheduled_hours_per_month : number, optional
        Average monthly scheduled hours (月平均所定労働時間) as the employer's rules state them,
        in (0, 744]; used for the hourly rate of fixed overtime pay and the minimum wage. When
        None, weekly hours x weeks per year / 12.

    Examples
    --------
    >>> WorkingConditions(hours_per_week=0)
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: hours_per_week: got 0; expected a number in (0, 168]
    >>> WorkingConditions().paid_leave_days is None
    True
    """

    hours_per_week: Number | None = None
    overtime_hours_per_month: Number | None = None
    location: Location | None = None
    remote_days_per_week: Number | None = None
    paid_leave_days: int | None = None
    flex_time: bool | None = None
    start_date: date | None = None
    weeks_per_year: Number = 52
    scheduled_hours_per_month: Number | None = None

    def __post_init__(self) -> None:
        ranges = {
            "hours_per_week": HOURS_PER_WEEK,
            "overtime_hours_per_month": OVERTIME_HOURS_PER_MONTH,
            "remote_days_per_week": REMOTE_DAYS_PER_WEEK,
            "weeks_per_year": _WEEKS_PER_YEAR,
            "scheduled_hours_per_month": _SCHEDULED_HOURS_PER_MONTH,
        }
        for name, rule in ranges.items():
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, _fraction_in(name, value, rule))
        if self.paid_leave_days is not None and (
            isinstance(self.paid_leave_days, bool)
            or not isinstance(self.paid_leave_days, int)
            or PAID_LEAVE_DAYS.bad(self.paid_leave_days)
        ):
            raise InvalidInput(
                "paid_leave_days", self.paid_leave_days, "a whole number of days in [0, 366]"
            )
        if self.flex_time is not None:
            flag(self.flex_time, "flex_time")
        if self.location is not None and not isinstance(self.location, Location):
            raise InvalidInput("location", self.location, "a Location")
        if self.start_date is not None and (
            isinstance(self.start_date, datetime) or not isinstance(self.start_date, date)
        ):
            raise InvalidInput("start_date", self.start_date, "a datetime.date")

    def _weekly_hours(self) -> Fraction:
        if self.hours_per_week is None:
            raise InvalidInput(
                "hours_per_week",
                None,
                "the scheduled hours per week (the offer does not state them)",
            )
        return as_fraction(self.hours_per_week)

    def annual_hours(self) -> Fraction:
        """Contractual plus expected overtime hours in a year (overtime not stated counts as
        none; scheduled hours must be stated).

        Examples
        --------
        >>> WorkingConditions(hours_per_week=40).annual_hours()
        Fraction(2080, 1)
        """
        overtime = self.overtime_hours_per_month
        extra = Fraction(0) if overtime is None else as_fraction(overtime) * MONTHS_IN_YEAR
        return self._weekly_hours() * as_fraction(self.weeks_per_year) + extra

    def monthly_scheduled_hours(self) -> Fraction:
        """Average contractual hours in a month: ``scheduled_hours_per_month`` when stated, else
        weekly hours x weeks per year / 12.

        Raises
        ------
        InvalidInput
            When neither is stated.

        Examples
        --------
        >>> WorkingConditions(hours_per_week=40, weeks_per_year=52).monthly_scheduled_hours()
        Fraction(520, 3)
        >>> WorkingConditions(scheduled_hours_per_month=160).monthly_scheduled_hours()
        Fraction(160, 1)
        """
        if self.scheduled_hours_per_month is not None:
            return as_fraction(self.scheduled_hours_per_month)
        return self._weekly_hours() * as_fraction(self.weeks_per_year) / MONTHS_IN_YEAR

    @property
    def hours_stated(self) -> bool:
        """Whether the scheduled hours are stated (weekly or as a monthly average).

        Examples
        --------
        >>> WorkingConditions().hours_stated
        False
        """
        return self.hours_per_week is not None or self.scheduled_hours_per_month is not None

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
