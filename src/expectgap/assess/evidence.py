"""Evidence for salary gaps: where the expectation and the offer sit in the market and among
peers, and the market trend.

The market table is gross pay on one :class:`~expectgap.assess.scale.PayMeasure` (for example
the offer's guaranteed annual cash, or Japan's scheduled monthly pay). The expectation is placed
on the same measure: the package the offer would be if its base pay met the expectation (a
take-home expectation through the payroll engine's gross-up).

Peer evidence is recruiter-only: it is never part of the candidate's view, and it is computed
from the group's :class:`~expectgap.market.PeerRelease` (released percentiles in steps of 5, the
released median), never from the peers' amounts.

Examples
--------
>>> from expectgap.market import SurveyTable
>>> table = SurveyTable.from_percentiles({25: 400_000, 50: 450_000, 75: 520_000},
...     currency="JPY", period="monthly", n=200, source="illustrative")
>>> [(p.subject, p.label) for p in market_positions(table, {"offered": 430_000,
...     "expected": 500_000}, measure="monthly_gross")]
[('offered', 'P25–P50'), ('expected', 'P50–P75')]
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

import numpy as np

from expectgap._memo import memo
from expectgap.assess.scale import PayMeasure
from expectgap.errors import CurrencyMismatch, InvalidInput, PeriodMismatch
from expectgap.market import PeerGroup, PeerRelease, SurveyTable
from expectgap.market.adjust import years_between
from expectgap.market.trend import PayTrend
from expectgap.money import Period
from expectgap.position import position

__all__ = [
    "EvidenceKind",
    "MarketContext",
    "MarketPosition",
    "MarketTrend",
    "market_context",
    "market_positions",
    "peer_positions",
]


class EvidenceKind(enum.StrEnum):
    """Where a piece of evidence comes from.

    Examples
    --------
    >>> EvidenceKind.PEERS.value
    'peers'
    """

    MARKET = "market"
    PEERS = "peers"
    TREND = "trend"


@dataclass(frozen=True)
class MarketPosition:
    """Where one amount sits in the market table or the peer group.

    ``subject`` says which amount: ``"expected"`` (the candidate's target), ``"walk_away"``,
    ``"offered"`` or ``"counter_offer"``. ``percentile_ci`` is None when the reference does not
    know its sample size.

    Examples
    --------
    >>> MarketPosition(EvidenceKind.MARKET, "offered", 1.0, PayMeasure.ANNUAL_CASH, 50.0, None,
    ...                "P50–P75", 0.0, 0.0, 1.0, None, None, None).kind
    <EvidenceKind.MARKET: 'market'>
    """

    kind: EvidenceKind
    subject: str
    amount: float
    measure: PayMeasure
    percentile: float
    percentile_ci: tuple[float, float] | None
    label: str
    gap_to_median: float
    gap_to_median_pct: float
    compa_ratio: float
    n: int | None
    source: str | None
    as_of: date | None


@dataclass(frozen=True)
class MarketTrend:
    """How the market table was aged to the assessment date.

    ``annual_rate`` is the yearly rate the aging amounts to. When the trend comes from a
    published series (a :class:`~expectgap.market.trend.PayTrend`), ``observed`` holds its last
    years' growth ``(year, rate, preliminary)``, ``series`` and ``source`` name it, and an aging
    beyond its last data year states the extrapolation: ``extrapolated_rate`` from
    ``extrapolated_from`` on, the compound rate of the years ``extrapolation_basis`` (None for
    a given rate).

    Examples
    --------
    >>> t = MarketTrend(0.038, date(2024, 6, 30), date(2026, 6, 30), 1.077444, 100.0, 107.7444,
    ...                 PayMeasure.MONTHLY_SCHEDULED)
    >>> t.kind
    <EvidenceKind.TREND: 'trend'>
    """

    annual_rate: float
    from_date: date
    to_date: date
    factor: float
    median_before: float
    median_after: float
    measure: PayMeasure
    observed: tuple[tuple[int, float, bool], ...] = ()
    series: str | None = None
    source: str | None = None
    extrapolated_rate: float | None = None
    extrapolated_from: date | None = None
    extrapolation_basis: tuple[int, int] | None = None

    @property
    def kind(self) -> EvidenceKind:
        """Always :attr:`EvidenceKind.TREND`.

        Examples
        --------
        >>> MarketTrend(0.0, date(2024, 1, 1), date(2024, 1, 1), 1.0, 1.0, 1.0,
        ...             PayMeasure.ANNUAL_CASH).kind.value
        'trend'
        """
        return EvidenceKind.TREND


@dataclass(frozen=True)
class MarketContext:
    """The market table as used: aged (when a trend is given) and tied to a pay measure.

    Examples
    --------
    >>> table = SurveyTable((25, 75), (100.0, 200.0), "USD", as_of=date(2025, 1, 1))
    >>> ctx = market_context(table, "annual_cash", trend=0.03, as_of=date(2026, 1, 1))
    >>> round(ctx.trend.factor, 4), ctx.table.values
    (1.03, (103.0, 206.0))
    """

    table: SurveyTable
    measure: PayMeasure
    trend: MarketTrend | None
    source: str | None
    as_of: date | None
    n: int | None


def _default_measure(period: Period, table_measure: str | None = None) -> PayMeasure:
    if table_measure == "base_wage":
        return PayMeasure.MONTHLY_BASE if period is Period.MONTHLY else PayMeasure.ANNUAL_BASE
    return PayMeasure.MONTHLY_GROSS if period is Period.MONTHLY else PayMeasure.ANNUAL_CASH


# Market contexts and positions kept (of the tables and amounts assessed lately).
_KEPT = 256

#: The survey-table measure (:data:`expectgap.market.survey.MEASURES`) of each pay measure.
_TABLE_MEASURE = {
    PayMeasure.MONTHLY_BASE: "base_wage",
    PayMeasure.MONTHLY_SCHEDULED: "base_wage",
    PayMeasure.ANNUAL_BASE: "base_wage",
    PayMeasure.MONTHLY_GROSS: "cash",
    PayMeasure.ANNUAL_CASH: "cash",
    PayMeasure.ANNUAL_EXPECTED: "cash",
}


def market_context(
    table: SurveyTable,
    measure: PayMeasure | str | None = None,
    *,
    trend: float | PayTrend | None = None,
    as_of: date,
    currency: str | None = None,
) -> MarketContext:
    """Check a market table against the measure and age it to ``as_of`` at ``trend`` a year.

    Parameters
    ----------
    table : SurveyTable
        Gross pay, in the offer's currency.
    measure : PayMeasure or str, optional
        What the table measures; defaults to ``monthly_gross`` for a monthly table and
        ``annual_cash`` for an annual one. Its period must be the table's.
    trend : float or PayTrend, optional
        Market pay growth: a yearly rate (0.038 for 3.8%, an assumption), or a published series
        (:func:`expectgap.datasets.wage_census_trend`: its years' growth, extrapolated beyond
        its last year); needs the table's ``as_of``.
    as_of : datetime.date
        The assessment date.
    currency : str, optional
        The offer's currency, checked against the table's.

    Returns
    -------
    MarketContext

    Raises
    ------
    CurrencyMismatch, PeriodMismatch, InvalidInput
        ``InvalidInput`` also for a measure other than the table's stated one (like with like:
        a table of base wages, such as OEWS, defaults to ``monthly_base`` / ``annual_base``).

    Examples
    --------
    >>> table = SurveyTable((25, 75), (100.0, 200.0), "USD")
    >>> market_context(table, "monthly_gross", as_of=date(2026, 1, 1))
    Traceback (most recent call last):
    ...
    expectgap.errors.PeriodMismatch: cannot combine monthly with annual amounts in market measure monthly_gross; convert one first with an explicit basis
    """
    return _context(table, measure, trend, as_of, currency)


@memo(_KEPT)
def _context(
    table: SurveyTable,
    measure: PayMeasure | str | None,
    trend: float | PayTrend | None,
    as_of: date,
    currency: str | None,
) -> MarketContext:
    """:func:`market_context` (kept: the table aged to a date is computed once)."""
    if not isinstance(table, SurveyTable):
        raise InvalidInput("market", table, "a SurveyTable")
    chosen = (
        _default_measure(table.period, table.measure)
        if measure is None
        else PayMeasure.parse(measure)
    )
    table.check_measure(_TABLE_MEASURE[chosen])
    if chosen.period is not table.period:
        raise PeriodMismatch(chosen.period.value, table.period.value, f"market measure {chosen}")
    if currency is not None and table.currency != currency:
        raise CurrencyMismatch(currency, table.currency, "market comparison")
    aged, info = table, None
    if trend is not None:
        if table.as_of is None:
            raise InvalidInput("trend", trend, "a market table with an as_of date to age from")
        if isinstance(trend, PayTrend):
            aged = trend.age(table, as_of)
        else:
            aged = table.aged_to(as_of, trend)
        before = float(table.ppf(0.5))
        after = float(aged.ppf(0.5))
        rate = 0.0 if isinstance(trend, PayTrend) else float(trend)
        info = MarketTrend(rate, table.as_of, as_of, after / before, before, after, chosen)
        if isinstance(trend, PayTrend):
            info = _series_trend(trend, info)
    return MarketContext(aged, chosen, info, table.source, table.as_of, table.n)


def _series_trend(trend: PayTrend, info: MarketTrend) -> MarketTrend:
    """The trend evidence of a published series: its last two years and any extrapolation."""
    years = years_between(info.from_date, info.to_date)
    rate = info.factor ** (1 / years) - 1 if years else 0.0
    observed = tuple((y, trend.rate(y), y in trend.preliminary) for y in trend.years[-2:])
    beyond = trend.extrapolated(info.from_date, info.to_date)
    return replace(
        info,
        annual_rate=rate,
        observed=observed,
        series=trend.series,
        source=trend.source,
        extrapolated_rate=trend.extrapolation_rate if beyond else None,
        extrapolated_from=trend.reference_date(trend.last_year) if beyond else None,
        extrapolation_basis=trend.extrapolation_basis if beyond else None,
    )


def market_positions(
    table: SurveyTable,
    amounts: Mapping[str, float],
    *,
    measure: PayMeasure | str,
    as_of: date | None = None,
) -> tuple[MarketPosition, ...]:
    """Place named amounts in a market table (one vectorized call).

    ``as_of`` is the survey date shown as evidence (default: the table's; pass the original
    date when the table was aged).

    Examples
    --------
    >>> t = SurveyTable((25, 50, 75), (90.0, 100.0, 120.0), "USD", n=50)
    >>> p = market_positions(t, {"offered": 100.0}, measure="annual_cash")[0]
    >>> round(p.percentile), p.percentile_ci is not None
    (50, True)
    """
    return _positions(
        EvidenceKind.MARKET,
        table,
        amounts,
        PayMeasure.parse(measure),
        table.n,
        table.source,
        table.as_of if as_of is None else as_of,
    )


def peer_positions(
    peers: PeerGroup | PeerRelease, amounts: Mapping[str, float], *, measure: PayMeasure | str
) -> tuple[MarketPosition, ...]:
    """Place named amounts in the peer release (raises InsufficientData for a small group).

    Examples
    --------
    >>> g = PeerGroup([410, 430, 445, 460, 480, 495, 505, 520, 540, 575])
    >>> p = peer_positions(g, {"offered": 450.0}, measure="monthly_gross")[0]
    >>> p.percentile, p.gap_to_median, p.n  # the released median is 475
    (25.0, -25.0, 10)
    """
    release = peers.release() if isinstance(peers, PeerGroup) else peers
    return _positions(
        EvidenceKind.PEERS, release, amounts, PayMeasure.parse(measure), release.n, None, None
    )


def _positions(
    kind: EvidenceKind,
    reference: SurveyTable | PeerRelease,
    amounts: Mapping[str, float],
    measure: PayMeasure,
    n: int | None,
    source: str | None,
    as_of: date | None,
) -> tuple[MarketPosition, ...]:
    return _placed(kind, reference, tuple(amounts.items()), measure, n, source, as_of)


@memo(_KEPT)
def _placed(
    kind: EvidenceKind,
    reference: SurveyTable | PeerRelease,
    amounts: tuple[tuple[str, float], ...],
    measure: PayMeasure,
    n: int | None,
    source: str | None,
    as_of: date | None,
) -> tuple[MarketPosition, ...]:
    """:func:`_positions` of the amounts as (subject, amount) pairs (kept: an assessment
    places the same amounts in the same tables call after call)."""
    subjects = [s for s, _ in amounts]
    values = np.array([max(float(a), 0.0) for _, a in amounts], dtype=np.float64)
    pos = position(values, reference)
    ci = pos.percentile_ci
    out = []
    for i, subject in enumerate(subjects):
        out.append(
            MarketPosition(
                kind=kind,
                subject=subject,
                amount=float(values[i]),
                measure=measure,
                percentile=float(pos.percentile[i]),
                percentile_ci=None if ci is None else (float(ci[0][i]), float(ci[1][i])),
                label=str(pos.label[i]),
                gap_to_median=float(pos.gap_to_median[i]),
                gap_to_median_pct=float(pos.gap_to_median_pct[i]),
                compa_ratio=float(pos.compa_ratio[i]),
                n=n,
                source=source,
                as_of=as_of,
            )
        )
    return tuple(out)
