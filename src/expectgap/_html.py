"""HTML views for Jupyter: the bodies of the ``_repr_html_`` methods of the result types.

Each function returns a small self-contained HTML fragment (an inline-styled table) and escapes
every text it shows. The classes delegate to them::

    def _repr_html_(self) -> str:
        return _html.survey_table(self)

Examples
--------
>>> from expectgap.market.survey import SurveyTable
>>> t = SurveyTable.from_percentiles({25: 40_000, 50: 50_000, 75: 62_500}, currency="USD",
...                                  source="demo <survey>")
>>> html = survey_table(t)
>>> "$50,000" in html, "demo &lt;survey&gt;" in html
(True, True)
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import numpy as np

from expectgap.money import Money

if TYPE_CHECKING:
    from expectgap.assess.gaps import GapReport
    from expectgap.market.peers import PeerGroup
    from expectgap.market.release import PeerRelease
    from expectgap.market.survey import SurveyTable
    from expectgap.position import Position

__all__ = ["gap_report", "money", "peer_group", "position", "survey_table", "table"]

_MAX_ROWS = 10

_STYLE = (
    "border-collapse:collapse;font-family:system-ui,sans-serif;font-size:13px;"
    "margin:4px 0;min-width:280px"
)
_CELL = "padding:3px 10px;border-bottom:1px solid #e3e3e3;text-align:left"
_HEAD = _CELL + ";background:#f4f4f4;font-weight:600"
_CAPTION = "caption-side:top;text-align:left;font-weight:600;padding:4px 0"
_NOTE = "color:#666;font-size:12px;margin:2px 0"


def _e(value: object) -> str:
    return html.escape(str(value))


def money(amount: float, currency: str) -> str:
    """An amount formatted for its currency (symbol, separators, minor units).

    Examples
    --------
    >>> money(1234567.891, "USD"), money(5_600_000, "JPY")
    ('$1,234,567.89', '¥5,600,000')
    """
    return Money(amount, currency).format(period=False)


def table(
    caption: str,
    header: Iterable[str],
    rows: Iterable[Iterable[object]],
    notes: Iterable[str] = (),
) -> str:
    """A captioned HTML table; cell values are escaped.

    Examples
    --------
    >>> table("T", ["a"], [["<b>"]])  # doctest: +ELLIPSIS
    '<div class="expectgap"><table ...><caption ...>T</caption>...&lt;b&gt;...'
    """
    head = "".join(f'<th style="{_HEAD}">{_e(h)}</th>' for h in header)
    body = "".join(
        "<tr>" + "".join(f'<td style="{_CELL}">{_e(c)}</td>' for c in row) + "</tr>" for row in rows
    )
    foot = "".join(f'<p style="{_NOTE}">{_e(n)}</p>' for n in notes)
    return (
        f'<div class="expectgap"><table style="{_STYLE}">'
        f'<caption style="{_CAPTION}">{_e(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{foot}</div>"
    )


def _pct(p: float) -> str:
    return f"P{p:g}"


def survey_table(t: SurveyTable) -> str:
    """HTML view of a :class:`~expectgap.market.SurveyTable`: its points, period and source.

    Top-coded points are shown as lower bounds ("at least ...").

    Examples
    --------
    >>> from expectgap.market.survey import SurveyTable
    >>> t = SurveyTable((50, 75, 90), (100_000, 150_000, 239_200), "USD", top_coded=(90,), n=40)
    >>> "at least $239,200" in survey_table(t)
    True
    """
    rows = []
    for p, v in zip(t.percentiles, t.values, strict=True):
        shown = money(v, t.currency)
        rows.append((_pct(p), f"at least {shown}" if p in t.top_coded else shown))
    notes = [f"{t.currency}, {t.period.value} amounts"]
    if t.n is not None:
        notes.append(f"n = {t.n:,} observations")
    if t.as_of is not None:
        notes.append(f"as of {t.as_of.isoformat()}")
    if t.source:
        notes.append(f"Source: {t.source}")
    return table("Survey table", ("percentile", "amount"), rows, ["; ".join(notes)])


def _number(value: Any, digits: int = 1) -> str:
    return f"{float(value):,.{digits}f}"


def position(p: Position) -> str:
    """HTML view of a :class:`~expectgap.position.Position` (one amount, or the first rows of many).

    Examples
    --------
    >>> from expectgap.position import Position
    >>> html = position(Position(60.4, (55.0, 65.8), 14020.0, 10.31, 1.0714, 0.75, 0.31, "P50–P75"))
    >>> "P50–P75" in html, "60.4 (95% CI 55.0–65.8)" in html
    (True, True)
    """
    ci = p.percentile_ci
    if isinstance(p.label, str):
        percentile = _number(p.percentile)
        if ci is not None:
            percentile += f" (95% CI {_number(ci[0])}–{_number(ci[1])})"
        rows: list[tuple[str, str]] = [
            ("percentile", percentile),
            ("band", p.label),
            (
                "gap to median",
                f"{_number(p.gap_to_median, 0)} ({float(p.gap_to_median_pct):+.1f}%)",
            ),
            ("compa-ratio", _number(p.compa_ratio, 3)),
        ]
        if p.range_penetration is not None:
            rows.append(("range penetration", f"{float(p.range_penetration):.0%}"))
        rows.append(("z (log space)", _number(p.z, 2)))
        return table("Position", ("measure", "value"), rows)
    labels = np.asarray(p.label).reshape(-1)
    percent = np.asarray(p.percentile, dtype=float).reshape(-1)
    ratio = np.asarray(p.compa_ratio, dtype=float).reshape(-1)
    gap = np.asarray(p.gap_to_median_pct, dtype=float).reshape(-1)
    shown = min(labels.size, _MAX_ROWS)
    body = [
        (i, _number(percent[i]), labels[i], _number(ratio[i], 3), f"{gap[i]:+.1f}%")
        for i in range(shown)
    ]
    notes = [f"{labels.size - shown:,} more rows"] if labels.size > shown else []
    header = ("#", "percentile", "band", "compa-ratio", "gap to median")
    return table(f"Positions ({labels.size:,})", header, body, notes)


def peer_group(summary: PeerRelease | PeerGroup) -> str:
    """HTML view of a peer release: the size and the released (rounded) quantiles only.

    Examples
    --------
    >>> from expectgap.market.peers import PeerGroup
    >>> g = PeerGroup([410, 430, 445, 460, 480, 495, 505, 520, 540, 575])
    >>> html = peer_group(g.release())
    >>> "withheld by the privacy rules: P10" in html, "575" in html, "grid of 50" in html
    (True, False, True)
    >>> "at least 5 are needed" in peer_group(PeerGroup([410, 430, 445]).release())
    True
    """
    from expectgap.market.peers import PeerGroup

    if isinstance(summary, PeerGroup):
        summary = summary.release()
    code = summary.currency
    rows = [
        (f"P{p}", money(v, code) if code else _number(v, 0)) for p, v in summary.quantiles.items()
    ]
    notes = [
        f"{summary.n} peers"
        + (f"; {code}" if code else "")
        + (f", {summary.period.value}" if summary.period is not None else "")
    ]
    if summary.reason is not None:
        notes.append(f"Nothing published: {summary.reason}")
    else:
        grid = money(summary.grid or 0.0, code) if code else _number(summary.grid or 0.0, 0)
        notes.append(
            f"rounded to a grid of {grid}; percentiles in steps of {summary.policy.percentile_step}"
        )
        if summary.withheld:
            notes.append(
                "withheld by the privacy rules: " + ", ".join(f"P{p}" for p in summary.withheld)
            )
    return table("Peer group", ("percentile", "amount"), rows, notes)


_SEVERITY_COLORS = {
    "none": "#2e7d32",
    "minor": "#f9a825",
    "major": "#ef6c00",
    "blocking": "#c62828",
}
_MONEY_UNITS = ("money_monthly", "money_annual")


def _shown(value: Any, unit: str, code: str) -> str:
    if value is None:
        return "not stated"
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value)) or "—"
    if isinstance(value, str):
        return value
    if unit in _MONEY_UNITS:
        return money(float(value), code)
    return f"{float(value):,.4g}"


def _dimension(gap: Mapping[str, Any]) -> str:
    """The dimension's name, with the salary basis it is compared on (net_monthly: the regular
    month's payslip; net_monthly_average: the year / 12)."""
    name = str(gap["dimension"]).replace("_", " ")
    facts = gap.get("facts") or {}
    basis = facts.get("target_basis") or facts.get("basis")
    return f"{name} ({basis})" if basis else name


def gap_report(report: GapReport) -> str:
    """HTML view of a :class:`~expectgap.assess.GapReport`: one row per dimension, then the
    talking points in priority order.

    Only what the report's audience may see is shown (the view of
    :meth:`~expectgap.assess.GapReport.to_dict`); severities are colour-coded.

    Examples
    --------
    >>> from expectgap.assess import Expectations, Offer, PositionSpec, SalaryExpectation, assess
    >>> from expectgap.money import Money
    >>> from expectgap.package import CompensationPackage
    >>> offer = Offer(PositionSpec("Engineer"),
    ...               CompensationPackage(base=Money(450_000, "JPY", "monthly")))
    >>> report = assess(Expectations(salary=SalaryExpectation(500_000, basis="gross_monthly")),
    ...                 offer, year=2026)
    >>> html = gap_report(report)
    >>> "¥500,000" in html, "negotiate" in html
    (True, True)
    """
    from expectgap.assess.net_engine import tax_year_label
    from expectgap.assess.render import rules_applied

    data = report.to_dict()
    code = str(data["currency"])
    rows = []
    for gap in data["gaps"]:
        unit = str(gap["unit"])
        pct = gap["difference_pct"]
        rows.append(
            "<tr>"
            + "".join(
                f'<td style="{_CELL}">{_e(cell)}</td>'
                for cell in (
                    _dimension(gap),
                    _shown(gap["expected"], unit, code),
                    _shown(gap["offered"], unit, code),
                    "—" if pct is None else f"{float(pct):+.1f}%",
                )
            )
            + f'<td style="{_CELL}"><span style="color:white;border-radius:3px;padding:1px 6px;'
            f'background:{_SEVERITY_COLORS.get(str(gap["severity"]), "#777")}">'
            f"{_e(gap['severity'])}</span></td>"
            f'<td style="{_CELL}">{_e(gap["stance"])}</td></tr>'
        )
    header = "".join(
        f'<th style="{_HEAD}">{h}</th>'
        for h in ("dimension", "expected", "offered", "difference", "severity", "stance")
    )
    points = "".join(
        f"<li><b>{_e(p['topic'])}</b> ({_e(p['stance'])}): {_e(p['summary'])}</li>"
        for p in data.get("talking_points", [])
    )
    where = str(data["jurisdiction"])
    rules = (
        f"{where} {tax_year_label(where, data['rules_year'])} rules"
        if rules_applied(data)
        else f"{where}: no payroll rules applied"
    )
    caption = (
        f"Gap report ({data['audience']}, {code}, {rules}, as of "
        f"{data['as_of']}): overall {data['severity']}"
    )
    return (
        f'<div class="expectgap"><table style="{_STYLE}">'
        f'<caption style="{_CAPTION}">{_e(caption)}</caption>'
        f"<thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f'<p style="{_NOTE}">Talking points, in priority order:</p>'
        f'<ol style="font-family:system-ui,sans-serif;font-size:13px">{points}</ol></div>'
    )
