"""Annual pay of all private employees in Japan by bracket: the NTA private-salary survey.

Credit: 出典：国税庁「民間給与実態統計調査」を加工して作成 (PDL1.0). The survey counts everyone
paid by a private employer for the whole year, **part-time employees and executives
included**; pay is the calendar year's salaries, allowances and bonuses. Its figures are lower
and more spread than the wage census's full-time monthly pay: compare an offer's annual cash
with it only as "among all private employees".

The brackets are 万円 (10,000 yen) ``X超Y以下``: 0-100, 100-200, ..., 900-1,000, 1,000-1,500,
1,500-2,000, 2,000-2,500 and over 2,500. :class:`~expectgap.market.brackets.BracketDistribution`
spreads each bracket uniformly and models the open top bracket with a Pareto tail through the
shares above 20 and 25 million yen.

Examples
--------
>>> d = nta_salary_distribution()
>>> round(d.percentile_of(4_000_000), 1)  # (413.6 + 622.6 + 709.3 + 825.5) / 5,076.0
50.7
"""

from __future__ import annotations

import functools
from datetime import date
from decimal import Decimal

from expectgap.datasets.jp_census import _csv, _meta, _sex, _shown
from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.market.brackets import BracketDistribution
from expectgap.money import Period

__all__ = ["nta_salary_distribution"]


@functools.cache
def _rows() -> dict[tuple[int, str], list[dict[str, str]]]:
    out: dict[tuple[int, str], list[dict[str, str]]] = {}
    for r in _csv("nta_salary_brackets.csv"):
        row = {str(k): str(v) for k, v in r.items()}
        out.setdefault((int(row["year"]), row["sex"]), []).append(row)
    return out


def nta_salary_distribution(year: int = 2023, *, sex: str = "total") -> BracketDistribution:
    """The NTA annual-pay bracket distribution of a tax year.

    Parameters
    ----------
    year : int
        2023 (counts of employees, default) or 2020 (published shares only).
    sex : {"total", "male", "female"}
        2023 female counts partly derived as total minus male (marked in the source).

    Returns
    -------
    BracketDistribution
        Annual JPY; ``as_of`` 1 July of the year (the middle of the calendar year the pay was
        earned in); ``source`` says "all private employees, part-time included", the
        interpolation, the modelled top and the confirmation status.

    Raises
    ------
    UnsupportedRule
        A year or sex without a full bracket table.

    Examples
    --------
    >>> d = nta_salary_distribution(2023)
    >>> round(d.ppf(0.5))  # 300万 + 100万 x (0.5 - 1,745.5 / 5,076.0) / (825.5 / 5,076.0)
    3960024
    >>> d.source.split(";")[1].strip()
    'all private employees, part-time included (paid by a private employer for the whole year, executives included)'
    """
    if isinstance(year, bool) or not isinstance(year, int):
        raise InvalidInput("year", _shown(year), "a tax year such as 2023")
    wanted = _sex(sex)
    rows = _rows()
    if (year, wanted) not in rows:
        years = sorted({y for y, s in rows if s == wanted})
        if years:
            raise UnsupportedRule("year", year, years)
        raise UnsupportedRule("sex", wanted, sorted({s for _, s in rows if _ == year}))
    meta = _meta()
    nta = meta["nta"]
    unit = Decimal(int(nta["bracket_unit"]))
    chosen = rows[(year, wanted)]
    counts = all(r["workers"] for r in chosen)
    weights = [float(Decimal(r["workers"] if counts else r["share_pct"])) for r in chosen]
    statuses = sorted({meta["status"][r["status"]] for r in chosen})
    confidences = sorted({r["confidence"] for r in chosen})
    source = "; ".join(
        [
            nta["credit"],
            nta["population"],
            f"tax year {year}, {wanted}, annual pay by bracket ({'counts' if counts else 'shares'})",
            "uniform within each bracket; over 25 million yen a Pareto tail through the shares "
            "above 20 and 25 million (a model: nothing above 25 million is published)",
            f"{', '.join(statuses)}; confidence {', '.join(confidences)}",
        ]
    )
    return BracketDistribution(
        lows=tuple(float(Decimal(r["low"]) * unit) for r in chosen),
        highs=tuple(float(Decimal(r["high"]) * unit) if r["high"] else None for r in chosen),
        weights=tuple(weights),
        currency="JPY",
        period=Period.ANNUAL,
        as_of=date(year, 7, 1),
        source=source,
    )
