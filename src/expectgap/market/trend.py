"""Pay growth from a published yearly series, and aging of survey tables by it.

A :class:`PayTrend` holds the growth of a pay series year by year (each year's level over the
year before, on one basis: where the publisher restated a year under a new method, the growth
into the next year is taken against the restated level). It answers:

* the growth of one year, the compound rate over the last ``n`` years;
* the pay index at any date: each survey year's level sits at its reference date (for the
  Japanese wage census, 30 June), geometric interpolation between two reference dates, and
  **beyond the last data year an extrapolation** at a stated rate (by default the 3-year compound
  rate), labelled as such;
* :meth:`PayTrend.age`, a survey table moved to another date by the ratio of the index.

Examples
--------
>>> from datetime import date
>>> trend = PayTrend(years=(2023, 2024, 2025), growth=(0.021, 0.038, 0.031),
...                  series="scheduled pay", source="MHLW wage census", preliminary=(2025,))
>>> round(trend.compound_rate(2), 6)  # sqrt(1.038 * 1.031) - 1
0.034494
>>> round(trend.factor(date(2024, 6, 30), date(2025, 6, 30)), 6)
1.031
>>> round(trend.extrapolation_rate, 6)  # the 3-year compound rate, (1.021 * 1.038 * 1.031) ** (1/3) - 1
0.029976
>>> round(trend.factor(date(2025, 6, 30), date(2026, 6, 30)), 6)  # beyond 2025: extrapolated
1.029976
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from expectgap.errors import InvalidInput
from expectgap.market.adjust import years_between

if TYPE_CHECKING:
    from expectgap.market.survey import SurveyTable

__all__ = ["PayTrend"]

_EXTRAPOLATIONS = ("last", "3y", "5y")


@dataclass(frozen=True)
class PayTrend:
    """Year-on-year growth of a published pay series.

    Parameters
    ----------
    years : tuple of int
        Consecutive survey years, rising.
    growth : tuple of float
        Growth into each year from the year before (0.038 for 3.8%); the first year's entry is
        its growth from the year before it.
    series : str
        What the series measures, e.g. ``"jp_wage_census"`` (a key of the locale catalogs'
        ``trend_series`` table) or plain text.
    source : str
        Where the series comes from.
    preliminary : tuple of int
        Years whose figure is preliminary (shown as such).
    reference_month, reference_day : int
        The date within each year the level refers to (30 June for a June survey).
    extrapolate : {"3y", "5y", "last"} or float
        Rate used beyond the last year: the 3- or 5-year compound rate (over all the years when
        there are fewer), the last year's growth, or a given rate.

    Raises
    ------
    InvalidInput
        Years not consecutive, growth not one per year or not above -1, an unknown
        extrapolation.

    Examples
    --------
    >>> PayTrend((2024, 2026), (0.03, 0.03), "pay", "demo")
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: years: got (2024, 2026); expected consecutive years, rising
    """

    years: tuple[int, ...]
    growth: tuple[float, ...]
    series: str
    source: str
    preliminary: tuple[int, ...] = ()
    reference_month: int = 6
    reference_day: int = 30
    extrapolate: str | float = "3y"

    def __post_init__(self) -> None:
        years = tuple(int(y) for y in self.years)
        if not years or any(b != a + 1 for a, b in itertools.pairwise(years)):
            raise InvalidInput("years", self.years, "consecutive years, rising")
        growth = tuple(float(g) for g in self.growth)
        if len(growth) != len(years) or any(not math.isfinite(g) or g <= -1 for g in growth):
            raise InvalidInput("growth", self.growth, "one growth rate above -1 per year")
        object.__setattr__(self, "years", years)
        object.__setattr__(self, "growth", growth)
        object.__setattr__(self, "preliminary", tuple(int(y) for y in self.preliminary))
        if isinstance(self.extrapolate, str):
            if self.extrapolate not in _EXTRAPOLATIONS:
                raise InvalidInput(
                    "extrapolate", self.extrapolate, "'3y', '5y', 'last' or a yearly rate"
                )
            self._window(self.extrapolate)
        elif not math.isfinite(float(self.extrapolate)) or float(self.extrapolate) <= -1:
            raise InvalidInput("extrapolate", self.extrapolate, "a yearly rate above -1")

    # --- the series ---------------------------------------------------------------------------
    @property
    def last_year(self) -> int:
        """The last year with data.

        Examples
        --------
        >>> PayTrend((2024, 2025), (0.038, 0.031), "pay", "demo").last_year
        2025
        """
        return self.years[-1]

    def rate(self, year: int) -> float:
        """Growth into ``year`` from the year before.

        Examples
        --------
        >>> PayTrend((2024, 2025), (0.038, 0.031), "pay", "demo").rate(2024)
        0.038
        """
        if year not in self.years:
            raise InvalidInput(
                "year", year, f"a year of the series {self.years[0]}-{self.years[-1]}"
            )
        return self.growth[self.years.index(year)]

    def compound_rate(self, n: int) -> float:
        """Compound yearly growth over the last ``n`` years (into the last year).

        Examples
        --------
        >>> t = PayTrend((2023, 2024, 2025), (0.10, 0.0, 0.21), "pay", "demo")
        >>> round(t.compound_rate(2), 6)  # (1.00 * 1.21) ** (1 / 2) - 1
        0.1
        """
        if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= len(self.years):
            raise InvalidInput("n", n, f"a whole number of years from 1 to {len(self.years)}")
        product = math.prod(1.0 + g for g in self.growth[-n:])
        return float(product ** (1.0 / n) - 1.0)

    @property
    def rates(self) -> dict[str, float]:
        """The growth of the series at a glance: the last year's, and the 3- and 5-year
        compound rates (over all the years when there are fewer).

        Examples
        --------
        >>> t = PayTrend((2024, 2025), (0.038, 0.031), "pay", "demo")
        >>> {k: round(v, 4) for k, v in t.rates.items()}
        {'last': 0.031, '3y': 0.0345, '5y': 0.0345}
        """
        return {name: self.compound_rate(self._window(name)) for name in ("last", "3y", "5y")}

    def _window(self, name: str) -> int:
        """Years behind a named extrapolation (all the years when there are fewer)."""
        return min({"last": 1, "3y": 3, "5y": 5}[name], len(self.years))

    @property
    def extrapolation_rate(self) -> float:
        """The yearly rate used beyond the last data year.

        Examples
        --------
        >>> PayTrend((2024, 2025), (0.038, 0.031), "pay", "demo", extrapolate="last").extrapolation_rate
        0.031
        """
        if isinstance(self.extrapolate, str):
            return self.compound_rate(self._window(self.extrapolate))
        return float(self.extrapolate)

    @property
    def extrapolation_basis(self) -> tuple[int, int] | None:
        """``(start, end)``: the extrapolation rate is the compound growth from year ``start`` to
        year ``end`` (None for a given rate).

        Examples
        --------
        >>> PayTrend((2023, 2024, 2025), (0.02, 0.038, 0.031), "pay", "demo").extrapolation_basis
        (2022, 2025)
        """
        if not isinstance(self.extrapolate, str):
            return None
        n = self._window(self.extrapolate)
        return self.years[-n] - 1, self.years[-1]

    def reference_date(self, year: int) -> date:
        """The date a year's level refers to.

        Examples
        --------
        >>> PayTrend((2025,), (0.031,), "pay", "demo").reference_date(2025)
        datetime.date(2025, 6, 30)
        """
        return date(year, self.reference_month, self.reference_day)

    # --- the index and aging ------------------------------------------------------------------
    def log_index(self, day: date) -> float:
        """Natural log of the pay level at ``day``, relative to the year before the first year.

        Between two reference dates the level moves geometrically; after the last one it grows
        at :attr:`extrapolation_rate`. Dates before the first year's reference date grow back
        at the first year's rate.

        Examples
        --------
        >>> t = PayTrend((2025,), (0.21,), "pay", "demo", extrapolate=0.21)
        >>> round(math.exp(t.log_index(date(2024, 12, 30))), 6)  # half a year into +21%
        1.1
        """
        if not isinstance(day, date):
            raise InvalidInput("date", day, "a datetime.date")
        first = self.reference_date(self.years[0])
        levels = [0.0]
        for g in self.growth:
            levels.append(levels[-1] + math.log1p(g))
        # levels[k] is the level at the reference date of years[0] - 1 + k
        if day <= first:
            back = years_between(day, first)
            return levels[1] - back * math.log1p(self.growth[0])
        last = self.reference_date(self.last_year)
        if day >= last:
            ahead = years_between(last, day)
            return levels[-1] + ahead * math.log1p(self.extrapolation_rate)
        k = next(i for i, y in enumerate(self.years) if self.reference_date(y) >= day)
        start = self.reference_date(self.years[k] - 1)
        share = years_between(start, day)
        return levels[k] + share * math.log1p(self.growth[k])

    def factor(self, start: date, end: date) -> float:
        """Ratio of the pay level at ``end`` to that at ``start``.

        Examples
        --------
        >>> t = PayTrend((2024, 2025), (0.038, 0.031), "pay", "demo")
        >>> round(t.factor(date(2023, 6, 30), date(2025, 6, 30)), 6)  # 1.038 * 1.031
        1.070178
        """
        return math.exp(self.log_index(end) - self.log_index(start))

    def extrapolated(self, start: date, end: date) -> bool:
        """Whether moving from ``start`` to ``end`` goes beyond the last data year.

        Examples
        --------
        >>> PayTrend((2025,), (0.031,), "pay", "demo", extrapolate=0.03).extrapolated(
        ...     date(2025, 6, 30), date(2026, 1, 1))
        True
        """
        last = self.reference_date(self.last_year)
        return max(start, end) > last

    def age(self, table: SurveyTable, when: date) -> SurveyTable:
        """The table moved from its ``as_of`` to ``when`` by :meth:`factor`.

        Raises
        ------
        InvalidInput
            A table without ``as_of``.

        Examples
        --------
        >>> from expectgap.market import SurveyTable
        >>> t = SurveyTable((25, 75), (100.0, 200.0), "JPY", as_of="2024-06-30")
        >>> trend = PayTrend((2024, 2025), (0.038, 0.031), "pay", "demo")
        >>> [round(v, 4) for v in trend.age(t, date(2025, 6, 30)).values]
        [103.1, 206.2]
        """
        if table.as_of is None:
            raise InvalidInput("as_of", None, "a table with as_of (its reference date) to age it")
        k = self.factor(table.as_of, when)
        mean = None if table.mean is None else table.mean * k
        values = tuple(v * k for v in table.values)
        return dataclasses.replace(table, values=values, mean=mean, as_of=when)
