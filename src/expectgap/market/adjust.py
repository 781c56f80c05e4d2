"""Adjustments of survey tables: aging, scaling, currency, period, gross to net, blending.

Every function returns a new :class:`~expectgap.market.SurveyTable`; the original is unchanged.
Top-coded bounds are adjusted like the other amounts (a lower bound times a positive factor is
a lower bound of the product). The same functions are available as methods of the table
(``table.aged_to(...)``, ``table.scaled(...)`` ...).

Examples
--------
>>> from datetime import date
>>> from expectgap.market import SurveyTable, blend
>>> a = SurveyTable((25, 50, 75), (90.0, 100.0, 120.0), "USD", as_of=date(2024, 5, 15))
>>> b = SurveyTable((25, 50, 75), (110.0, 121.0, 140.0), "USD", as_of=date(2025, 5, 15))
>>> mixed = blend([a, b], annual_rate=0.10)  # a is aged one year (x 1.10) first
>>> mixed.values, mixed.as_of
((104.5, 115.5, 136.0), datetime.date(2025, 5, 15))
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from expectgap.errors import CurrencyMismatch, InsufficientData, InvalidInput, PeriodMismatch
from expectgap.money import MONTHS_IN_YEAR, Basis, Period, as_fraction, currency

if TYPE_CHECKING:
    from expectgap.market.survey import SurveyTable
    from expectgap.payroll import PayrollEngine

__all__ = ["aged_to", "blend", "converted", "scaled", "to_net", "to_period", "years_between"]

FloatArray = npt.NDArray[np.float64]

_MONTHS_PER_YEAR = 12
_DAYS_PER_YEAR = 365.25  # Julian year: the average calendar year, for the leftover days


def years_between(start: date, end: date) -> float:
    """Years from ``start`` to ``end``: whole months count 1/12 each, leftover days 1/365.25.

    The same day of the month a whole number of months later gives an exact multiple of 1/12,
    so aging from 2025-05-15 to 2026-05-15 is exactly one year.

    Parameters
    ----------
    start, end : datetime.date

    Returns
    -------
    float
        Negative when ``end`` precedes ``start``.

    Examples
    --------
    >>> years_between(date(2025, 5, 15), date(2026, 11, 15))
    1.5
    >>> round(years_between(date(2025, 5, 15), date(2025, 5, 30)), 5)  # 15 days
    0.04107
    """
    months = (end.year - start.year) * _MONTHS_PER_YEAR + (end.month - start.month)
    return months / _MONTHS_PER_YEAR + (end.day - start.day) / _DAYS_PER_YEAR


def _times(table: SurveyTable, factor: float, **changes: Any) -> SurveyTable:
    values = tuple(v * factor for v in table.values)
    mean = None if table.mean is None else table.mean * factor
    return dataclasses.replace(table, values=values, mean=mean, **changes)


def _positive(value: object, field: str, accepted: str) -> float:
    number = float(as_fraction(value, field))
    if number <= 0:
        raise InvalidInput(field, value, accepted)
    return number


def _day(value: date | str, field: str) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise InvalidInput(field, value, "a datetime.date or ISO date YYYY-MM-DD")


def aged_to(table: SurveyTable, when: date | str, annual_rate: float) -> SurveyTable:
    """Age a table to ``when`` at a compound annual rate.

    ``aged = value * (1 + annual_rate) ** years``, with ``years`` from :func:`years_between`
    (the table's ``as_of`` to ``when``; negative ages backwards). 3%/year is a common US default.
    At a rate of 0 the amounts stay as they are (only ``as_of`` moves), so no ``as_of`` is needed.

    Parameters
    ----------
    table : SurveyTable
        A table with ``as_of``.
    when : datetime.date or ISO date string
        The new reference date.
    annual_rate : float
        Pay growth per year (0.03 for 3%); greater than -1.

    Returns
    -------
    SurveyTable
        With ``as_of = when``.

    Raises
    ------
    InvalidInput
        If the table has no ``as_of`` (for a non-zero rate) or the rate is not a number above -1.

    Examples
    --------
    >>> from expectgap.market import SurveyTable
    >>> t = SurveyTable((25, 75), (100.0, 200.0), "USD", as_of="2025-05-15")
    >>> [round(v, 4) for v in aged_to(t, "2026-11-15", 0.03).values]  # 1.03 ** 1.5
    [104.5336, 209.0672]
    """
    day = _day(when, "when")
    rate = float(as_fraction(annual_rate, "annual_rate"))
    if rate <= -1:
        raise InvalidInput("annual_rate", annual_rate, "a yearly growth rate above -1 (0.03 = 3%)")
    if rate == 0:
        return dataclasses.replace(table, as_of=day)
    if table.as_of is None:
        raise InvalidInput("as_of", None, "a table with as_of (its reference date) to age it")
    try:
        factor = (1 + rate) ** years_between(table.as_of, day)
    except OverflowError:
        factor = math.inf
    if not math.isfinite(factor) or factor == 0:
        raise InvalidInput(
            "annual_rate", annual_rate, "a growth rate whose compound factor is finite"
        )
    return _times(table, factor, as_of=day)


def scaled(table: SurveyTable, factor: float) -> SurveyTable:
    """Multiply every amount by ``factor``, e.g. a city's cost-of-labor differential.

    Geographic factors are uncertain: cost of living is not cost of labor (a place can cost
    40-70% more to live in and pay only 15-20% more).

    Parameters
    ----------
    table : SurveyTable
    factor : float
        Positive multiplier (1.15 for +15%).

    Returns
    -------
    SurveyTable

    Raises
    ------
    InvalidInput
        For a factor that is not a positive finite number.

    Examples
    --------
    >>> from expectgap.market import SurveyTable
    >>> scaled(SurveyTable((25, 75), (100.0, 200.0), "USD"), 0.5).values
    (50.0, 100.0)
    """
    return _times(table, _positive(factor, "factor", "a positive finite factor"))


def converted(table: SurveyTable, to: str, rate: float) -> SurveyTable:
    """Convert a table to another currency at an explicit rate.

    Parameters
    ----------
    table : SurveyTable
    to : str
        Target ISO 4217 code.
    rate : float
        Units of ``to`` per unit of the table's currency (150 for USD to JPY at 150).

    Returns
    -------
    SurveyTable

    Raises
    ------
    InvalidInput
        Unknown currency or a rate that is not a positive finite number.

    Examples
    --------
    >>> from expectgap.market import SurveyTable
    >>> converted(SurveyTable((25, 75), (100.0, 200.0), "USD"), "jpy", 150).currency
    'JPY'
    """
    code = currency(to).code
    return _times(table, _positive(rate, "rate", "an exchange rate > 0"), currency=code)


def to_period(table: SurveyTable, period: Period | str, basis: Basis) -> SurveyTable:
    """Express a table's amounts per another pay period, on an explicit :class:`~expectgap.Basis`.

    Parameters
    ----------
    table : SurveyTable
    period : Period or str
        ``"annual"``, ``"monthly"`` or ``"hourly"``.
    basis : Basis
        Months per year, hours per week, weeks per year as the conversion needs.

    Returns
    -------
    SurveyTable

    Raises
    ------
    InvalidInput
        If the basis lacks a field the conversion needs.

    Examples
    --------
    >>> from expectgap.market import SurveyTable
    >>> t = SurveyTable((25, 75), (4_800_000.0, 6_000_000.0), "JPY")
    >>> to_period(t, "monthly", Basis(months_per_year=12)).values
    (400000.0, 500000.0)
    """
    target = Period.parse(period)
    if not isinstance(basis, Basis):
        raise InvalidInput("basis", basis, "an expectgap.Basis")
    factor = basis.periods(table.period) / basis.periods(target)
    return _times(table, float(factor), period=target)


def to_net(
    table: SurveyTable,
    net: Callable[[FloatArray], Any] | PayrollEngine,
    *,
    year: int | None = None,
    region: object = None,
    label: str = "net",
    **options: Any,
) -> SurveyTable:
    """Map a gross table to net pay through a gross-to-net function, quantile by quantile.

    If net pay is increasing in gross pay, the q-quantile of net pay is ``net(q-quantile of gross
    pay)``, so each published point (and each top-coded bound) is mapped; the mean is dropped
    (the net of the mean is not the mean of the nets).

    **Grade-boundary caveat.** Japanese net pay is not strictly increasing in gross pay: social
    insurance premiums step up at each standard-monthly-remuneration grade boundary, so net pay
    can dip just above a boundary (by at most one grade step of premiums). Ranks can swap inside
    such a dip, so a mapped quantile can be off by up to that step. If the dip reorders the
    table's own points, the function raises rather than return a table that does not rise.

    Parameters
    ----------
    table : SurveyTable
        Gross amounts.
    net : callable or payroll engine
        Either a function taking a float array of gross amounts (in the table's period and
        currency) and returning net amounts of the same shape, or a payroll engine
        (:func:`expectgap.payroll.engine`, e.g. ``engine("JP")``). With an engine, a monthly
        table is read as regular monthly pay and mapped to the year's net / 12; an annual table
        as twelve equal monthly payments (no bonus) mapped to the year's net. Pass a function
        for any other convention.
    year : int, optional
        Rules year; required with an engine.
    region : optional
        The engine's region (a Japanese prefecture).
    label : str
        Appended to the source (``"<source>; net"``).
    **options
        Further keywords of the engine's ``net_annual`` (age, dependents, ...).

    Returns
    -------
    SurveyTable

    Raises
    ------
    InvalidInput
        If the function returns a different shape, non-finite or non-positive amounts, or
        amounts that do not rise with the percentile; with an engine, an hourly table or a
        missing year.
    CurrencyMismatch
        With an engine whose currency is not the table's.

    Examples
    --------
    >>> from expectgap.market import SurveyTable
    >>> t = SurveyTable((25, 75), (300_000.0, 500_000.0), "JPY", period="monthly", source="demo")
    >>> net = to_net(t, lambda gross: gross * 0.78)
    >>> net.values, net.source
    ((234000.0, 390000.0), 'demo; net')
    >>> from expectgap.payroll import engine
    >>> [round(v) for v in to_net(t, engine("JP"), year=2026, region="tokyo").values]
    [239743, 388583]
    """
    gross = np.array(table.values, dtype=np.float64)
    if hasattr(net, "net_annual"):
        net_fn = _engine_net(table, net, year, region, options)
    elif callable(net):
        net_fn = net
    else:
        raise InvalidInput(
            "net", net, "a function of gross amounts or a payroll engine, e.g. engine('JP')"
        )
    mapped = np.asarray(net_fn(gross.copy()), dtype=np.float64)
    if mapped.shape != gross.shape:
        raise InvalidInput("net_fn", f"shape {mapped.shape}", f"an array of shape {gross.shape}")
    if not np.isfinite(mapped).all() or (mapped <= 0).any():
        raise InvalidInput("net_fn", mapped.tolist(), "finite net amounts > 0")
    source = label if table.source is None else f"{table.source}; {label}"
    return dataclasses.replace(table, values=tuple(mapped.tolist()), mean=None, source=source)


def _engine_net(
    table: SurveyTable,
    engine: Any,
    year: int | None,
    region: object,
    options: dict[str, Any],
) -> Callable[[FloatArray], FloatArray]:
    if year is None:
        raise InvalidInput("year", None, "the rules year when mapping through a payroll engine")
    if engine.currency != table.currency:
        raise CurrencyMismatch(table.currency, engine.currency, "the gross-to-net mapping")
    if table.period is Period.HOURLY:
        raise InvalidInput("table.period", "hourly", "a monthly or annual table for an engine")
    monthly = table.period is Period.MONTHLY

    def mapped(gross: FloatArray) -> FloatArray:
        pay = gross if monthly else gross / MONTHS_IN_YEAR
        yearly = np.asarray(
            engine.net_annual(pay, year=year, region=region, **options).net, dtype=np.float64
        )
        return yearly / MONTHS_IN_YEAR if monthly else yearly

    return mapped


def blend(
    tables: Sequence[SurveyTable],
    weights: Sequence[float] | None = None,
    *,
    as_of: date | str | None = None,
    annual_rate: float | None = None,
) -> SurveyTable:
    """Blend several surveys into a composite: ``sum(w_i x_i) / sum(w_i)`` per percentile.

    Every source is first aged to one date (``as_of``, default the latest source date) at
    ``annual_rate``. Only the percentiles that every table publishes are blended; a percentile
    top-coded in any table is a lower bound in the composite. ``n`` is the sum of the sources'
    ``n`` when all are known; the mean is the weighted mean when all are known.

    The composite is the weighted average of the quantiles (the survey-industry practice), not
    the quantile of the mixed population.

    Parameters
    ----------
    tables : sequence of SurveyTable
        In one currency and period.
    weights : sequence of float, optional
        Non-negative, not all zero (job-match quality, incumbent counts...); equal by default.
    as_of : datetime.date or ISO string, optional
        The date to age to.
    annual_rate : float, optional
        Needed when the sources' dates differ from ``as_of``.

    Returns
    -------
    SurveyTable

    Raises
    ------
    CurrencyMismatch, PeriodMismatch
        For tables in different currencies or periods.
    InvalidInput
        No tables, bad weights, undated sources among dated ones, or a missing rate.
    InsufficientData
        When the tables share fewer than two exactly published percentiles.

    Examples
    --------
    >>> from expectgap.market import SurveyTable
    >>> a = SurveyTable((25, 50, 75), (90.0, 100.0, 120.0), "USD")
    >>> b = SurveyTable((10, 25, 50, 75), (70.0, 80.0, 95.0, 110.0), "USD")
    >>> blend([a, b], [3, 1]).values  # (3 x 90 + 80) / 4 ...
    (87.5, 98.75, 117.5)
    """
    from expectgap.market.survey import SurveyTable

    if not isinstance(tables, Sequence) or not all(isinstance(t, SurveyTable) for t in tables):
        raise InvalidInput("tables", tables, "a list of SurveyTable")
    tables = list(tables)
    if not tables:
        raise InvalidInput("tables", tables, "at least one SurveyTable")
    first = tables[0]
    for other in tables[1:]:
        if other.currency != first.currency:
            raise CurrencyMismatch(first.currency, other.currency, "blend")
        if other.period is not first.period:
            raise PeriodMismatch(first.period.value, other.period.value, "blend")
    w = _blend_weights(weights, len(tables))
    aged = _aged_together(tables, as_of, annual_rate)
    common = sorted(set.intersection(*(set(t.percentiles) for t in aged)))
    top = [p for p in common if any(p in t.top_coded for t in aged)]
    if len(common) - len(top) < 2:
        raise InsufficientData(
            "blend", "the tables share fewer than two exactly published percentiles"
        )
    lookup = [dict(zip(t.percentiles, t.values, strict=True)) for t in aged]
    total = math.fsum(w)
    values = tuple(
        math.fsum(wi * d[p] for wi, d in zip(w, lookup, strict=True)) / total for p in common
    )
    means = [t.mean for t in aged]
    mean = (
        None
        if any(m is None for m in means)
        else math.fsum(wi * float(m or 0) for wi, m in zip(w, means, strict=True)) / total
    )
    counts = [t.n for t in aged]
    n = None if any(c is None for c in counts) else sum(int(c or 0) for c in counts)
    parts = [
        f"{t.source or 'unnamed source'} (weight {wi:g})" for t, wi in zip(aged, w, strict=True)
    ]
    return dataclasses.replace(
        aged[0],
        percentiles=tuple(common),
        values=values,
        top_coded=tuple(top),
        mean=mean,
        n=n,
        source="blend of " + "; ".join(parts),
    )


def _blend_weights(weights: Sequence[float] | None, count: int) -> list[float]:
    if weights is None:
        return [1.0] * count
    if not isinstance(weights, Sequence) or isinstance(weights, str):
        raise InvalidInput("weights", weights, f"{count} weights, one per table")
    w = [float(as_fraction(x, "weights")) for x in weights]
    if len(w) != count:
        raise InvalidInput("weights", list(weights), f"{count} weights, one per table")
    if any(x < 0 for x in w) or not any(x > 0 for x in w):
        raise InvalidInput("weights", list(weights), "non-negative weights, not all zero")
    return w


def _aged_together(
    tables: list[SurveyTable], as_of: date | str | None, annual_rate: float | None
) -> list[SurveyTable]:
    dates = [t.as_of for t in tables]
    if all(d is None for d in dates) and as_of is None:
        return tables
    if any(d is None for d in dates):
        raise InvalidInput(
            "as_of",
            [None if d is None else d.isoformat() for d in dates],
            "a reference date on every table, to age them to one date before blending",
        )
    known = [d for d in dates if d is not None]
    target = max(known) if as_of is None else _day(as_of, "as_of")
    if all(d == target for d in known):
        return tables
    if annual_rate is None:
        raise InvalidInput(
            "annual_rate",
            None,
            f"a yearly rate to age the sources (dated {sorted({d.isoformat() for d in known})}) "
            f"to {target.isoformat()}",
        )
    return [aged_to(t, target, annual_rate) for t in tables]
