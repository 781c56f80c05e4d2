"""US wage percentiles from the BLS OEWS May 2025 estimates, embedded in the package.

Source: U.S. Bureau of Labor Statistics, OEWS May 2025 (Occupational Employment and Wage
Statistics, release 2025A01, cross-industry, all ownerships), national and state estimates.
US federal statistics are in the public domain; BLS does not endorse, and cannot vouch for,
analyses derived from its data.

What a table holds
------------------
* **Amounts**: straight-time gross wages in USD (no bonus, no equity), P10, P25, P50, P75, P90
  and the mean, annual (``period="annual"``). Occupations BLS publishes only hourly (footnote
  4, e.g. actors, dancers) give an hourly table from the hourly percentiles.
* **Date**: ``as_of = 2025-05-15``. OEWS wages refer to the pay period including 12 May 2025;
  mid-May stands for the reference month (immaterial for aging).
* **n = None**: OEWS publishes employment (``tot_emp``), not the number of wage observations
  behind a cell, and employment is not a sample size; so no percentile CI is derived. The
  employment figure is quoted in ``source``.
* **Top-coded cells** (footnote 5: "the wage is at least $239,200 a year / $115.00 an hour"):
  a percentile left empty in a row with footnote 5 becomes a top-coded point whose value is
  that threshold, a lower bound (see :class:`~expectgap.market.SurveyTable`). When the
  threshold lies below an exactly published lower percentile it says nothing new and is left
  out. A row with fewer than two distinct published percentiles (every percentile top-coded,
  or the wages not released: footnote 8) raises :class:`~expectgap.errors.InsufficientData`.
  Footnote 8 marks a row where some estimate is not released (often only the employment);
  the wages it does publish are used.
* **Tied percentiles** (6% of the rows: e.g. national Subway and Streetcar Operators, P75 =
  P90 = $90,140, a wage many are paid exactly) are a mass point, which a table whose amounts
  rise strictly cannot hold: the tied percentiles become one point at their mean percentile
  (P82.5 here: the mid-rank of the tie), noted in ``source``.

Metropolitan and nonmetropolitan areas (528 BLS areas, 198,287 rows) are embedded as well,
exact as published, in ``oews_2025_metro.csv.xz`` (3.1 MB: the loader's columns only, hourly
wages kept only where BLS publishes no annual ones, xz-compressed; built by
``tools/build_oews.py --metro``). They are read on first use; :func:`oews_areas` finds them.

Examples
--------
>>> from expectgap.datasets import oews
>>> devs = oews("15-1252")
>>> devs.values
(82460.0, 105210.0, 135980.0, 171980.0, 214670.0)
>>> round(devs.percentile_of(150_000), 1)
60.4
>>> oews("software developers", area="CA").exact[50]
174410.0
>>> oews("15-1252", area="San Jose").exact[50]
213110.0
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import TYPE_CHECKING, Any

from expectgap._package_data import loads_toml, read_text
from expectgap.errors import InsufficientData, InvalidInput, UnsupportedRule, closest
from expectgap.market.survey import SurveyTable
from expectgap.money import Period

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["oews", "oews_areas", "oews_search"]

_DATA = "expectgap.datasets.data"
_SOC = re.compile(r"^\d{2}-\d{4}$")
_PERCENTILES = (10, 25, 50, 75, 90)


@dataclass(frozen=True)
class _Release:
    credit: str
    currency: str
    as_of: date
    top_code_footnote: str
    top_code: dict[Period, float]
    not_released: str


@functools.cache
def _release() -> _Release:
    raw = loads_toml(read_text(_DATA, "oews_2025.toml"))
    release, top = raw["release"], raw["top_code"]
    return _Release(
        credit=release["credit"],
        currency=release["currency"],
        as_of=release["as_of"],
        top_code_footnote=top["footnote"],
        top_code={Period.ANNUAL: float(top["annual"]), Period.HOURLY: float(top["hourly"])},
        not_released=raw["footnotes"]["not_released"],
    )


@functools.cache
def _areas() -> dict[str, tuple[str, str]]:
    """FIPS code -> (postal code, name)."""
    text = read_text(_DATA, "us_areas.toml")
    return {
        fips: (str(item["postal"]), str(item["name"]))
        for fips, item in loads_toml(text)["areas"].items()
    }


@functools.cache
def _occupations() -> pd.DataFrame:
    import pandas as pd

    with resources.files(_DATA).joinpath("oews_2025_occupations.csv.gz").open("rb") as handle:
        frame = pd.read_csv(handle, compression="gzip", dtype={"code": str, "title": str})
    frame["level"] = frame["level"].astype(int)
    return frame


@dataclass(frozen=True)
class _Table:
    columns: dict[str, list[str]]
    index: dict[tuple[str, str], int]

    def row(self, area: str, occ: str) -> dict[str, str] | None:
        position = self.index.get((area, occ))
        if position is None:
            return None
        return {name: values[position] for name, values in self.columns.items()}


@functools.cache
def _table() -> _Table:
    import pandas as pd

    with resources.files(_DATA).joinpath("oews_2025.csv.gz").open("rb") as handle:
        frame = pd.read_csv(handle, compression="gzip", dtype=str, keep_default_na=False)
    columns = {str(name): frame[name].tolist() for name in frame.columns}
    index = {key: i for i, key in enumerate(zip(columns["area"], columns["occ"], strict=True))}
    return _Table(columns, index)


def _occupation(occupation: str) -> tuple[str, str]:
    if not isinstance(occupation, str) or not occupation.strip():
        raise InvalidInput("occupation", occupation, "a SOC code such as '15-1252' or a title")
    frame = _occupations()
    wanted = occupation.strip()
    if _SOC.match(wanted):
        hit = frame[frame["code"] == wanted]
    else:
        hit = frame[frame["title"].str.casefold() == wanted.casefold()]
    if hit.empty:
        titles = frame["title"].tolist()
        folded = {t.casefold(): t for t in titles}
        suggestions = [folded[s] for s in closest(wanted.casefold(), list(folded))]
        raise UnsupportedRule(
            "occupation",
            occupation,
            ["a SOC 2018 code or an exact OEWS title; oews_search(text) lists them"],
            suggestions,
        )
    best = hit.sort_values("level", kind="stable").iloc[-1]  # a shared title: the detailed one
    return str(best["code"]), str(best["title"])


@functools.cache
def _metro_areas() -> pd.DataFrame:
    import pandas as pd

    with resources.files(_DATA).joinpath("oews_2025_metro_areas.csv").open("rb") as handle:
        frame = pd.read_csv(handle, dtype=str, keep_default_na=False)
    return frame


@functools.cache
def _metro_table() -> _Table:
    import pandas as pd

    with resources.files(_DATA).joinpath("oews_2025_metro.csv.xz").open("rb") as handle:
        frame = pd.read_csv(handle, compression="xz", dtype=str, keep_default_na=False)
    columns = {str(name): frame[name].tolist() for name in frame.columns}
    index = {key: i for i, key in enumerate(zip(columns["area"], columns["occ"], strict=True))}
    return _Table(columns, index)


_MAX_AREA_TEXT = 100


def _metro(wanted: str, area: str) -> tuple[str, str] | None:
    frame = _metro_areas()
    if wanted.isdigit() and len(wanted) <= 7:
        hit = frame[frame["code"] == wanted.zfill(7)]
    else:
        names = frame["name"].str.casefold()
        hit = frame[names == wanted]
        if hit.empty:
            hit = frame[names.str.contains(wanted, regex=False)]
    if len(hit) == 1:
        return str(hit["code"].iloc[0]), str(hit["name"].iloc[0])
    if len(hit) > 1:
        raise UnsupportedRule(
            "area", area, ["one area: give more of the name or the BLS code"], hit["name"][:5]
        )
    return None


def _area(area: str) -> tuple[str, str, bool]:
    """(key, name, is_metro) of a national, state or metropolitan area."""
    if not isinstance(area, str) or not area.strip() or len(area) > _MAX_AREA_TEXT:
        raise InvalidInput(
            "area",
            area if not isinstance(area, str) else area[:40],
            "'national', a state name or postal code such as 'CA', or a metropolitan area",
        )
    wanted = " ".join(area.strip().split()).casefold()
    for fips, (postal, name) in _areas().items():
        if wanted in (postal.casefold(), name.casefold()):
            return fips, name, False
    found = _metro(wanted, area)
    if found is not None:
        return found[0], found[1], True
    names = [name for _, name in _areas().values()]
    folded = {n.casefold(): n for n in names + _metro_areas()["name"].tolist()}
    suggestions = [folded[s] for s in closest(wanted, list(folded))]
    raise UnsupportedRule(
        "area", area, [*names, "a metropolitan area (oews_areas lists them)"], suggestions
    )


def oews(occupation: str, area: str = "national") -> SurveyTable:
    """The OEWS May 2025 wage table of an occupation, nationally or in a US state.

    Source: U.S. Bureau of Labor Statistics, OEWS May 2025 (credited in the table's
    ``source``). See :mod:`expectgap.datasets.oews` for what the table holds (gross straight-time
    wages, ``as_of`` 2025-05-15, ``n=None``, top-coded cells as lower bounds).

    Parameters
    ----------
    occupation : str
        A SOC code (``"15-1252"``) or an exact OEWS title, case-insensitive
        (``"Software Developers"``). Where a broad group and its detailed occupation share a
        title (``"Cashiers"``), the detailed occupation is used; pass the code for the group.
    area : str
        ``"national"`` (default; also ``"US"``), a state, DC or territory name
        (``"California"``) or postal code (``"CA"``), or a metropolitan or nonmetropolitan area
        by BLS code (``"41940"``), full name, or a part of the name that fits one area
        (``"San Jose"``), case-insensitive.

    Returns
    -------
    SurveyTable
        In USD, annual (hourly for occupations published only hourly).

    Raises
    ------
    UnsupportedRule
        An unknown occupation or area (with the closest names).
    InsufficientData
        No estimate for the occupation in that area, an estimate BLS did not release, or no
        two exactly published percentiles (e.g. every percentile top-coded).

    Examples
    --------
    >>> t = oews("Actors")  # published hourly only (footnote 4)
    >>> t.period.value, t.values[2]
    ('hourly', 29.05)
    >>> ca = oews("27-2021", area="california")  # P90 top-coded (footnote 5)
    >>> ca.top_coded, ca.bounds
    ((90.0,), {90.0: 239200.0})
    >>> print(ca.source)
    Source: U.S. Bureau of Labor Statistics, OEWS May 2025; 27-2021 Athletes and Sports Competitors, California; cross-industry; employment 830
    """
    release = _release()
    code, title = _occupation(occupation)
    key, area_name, metro = _area(area)
    what = f"OEWS May 2025 {code} {title}, {area_name}"
    row = (_metro_table() if metro else _table()).row(key, code)
    if row is None:
        raise InsufficientData(what, "BLS publishes no estimate for this occupation in this area")
    footnotes = {f for f in row["fn"].split(";") if f}
    top_coded_row = release.top_code_footnote in footnotes
    annual = {p: row[f"a{p}"] for p in _PERCENTILES}
    hourly = {p: row[f"h{p}"] for p in _PERCENTILES}
    period, prefix, cells = (
        (Period.ANNUAL, "a", annual) if any(annual.values()) else (Period.HOURLY, "h", hourly)
    )
    points, notes = _merge_ties({float(p): float(v) for p, v in cells.items() if v})
    if len(points) < 2:
        raise InsufficientData(what, _why_no_table(release, footnotes, bool(points)))
    top: list[float] = []
    if top_coded_row:
        bound = release.top_code[period]
        last = max(points)
        for p, value in cells.items():
            if not value and p > last and bound > points[last]:
                points[float(p)] = bound
                top.append(float(p))
    mean_text = row[f"{prefix}_mean"]
    details = [f"{code} {title}, {area_name}", "cross-industry"]
    if row["emp"]:
        details.append(f"employment {int(row['emp']):,}")
    return SurveyTable.from_percentiles(
        points,
        currency=release.currency,
        measure="base_wage",
        period=period,
        n=None,
        as_of=release.as_of,
        source="; ".join([release.credit, *details, *notes]),
        top_coded=top,
        mean=float(mean_text) if mean_text else None,
    )


def _merge_ties(points: dict[float, float]) -> tuple[dict[float, float], list[str]]:
    """Replace percentiles that share one amount by one point at their mean percentile."""
    merged: dict[float, float] = {}
    notes: list[str] = []
    items = sorted(points.items())
    start = 0
    while start < len(items):
        end = start
        while end + 1 < len(items) and items[end + 1][1] == items[start][1]:
            end += 1
        group = items[start : end + 1]
        value = group[0][1]
        at = sum(p for p, _ in group) / len(group)
        merged[at] = value
        if len(group) > 1:
            tied = " = ".join(f"P{p:g}" for p, _ in group)
            shown = f"{value:,.2f}".removesuffix(".00")
            notes.append(f"{tied} = {shown}: kept as one point at P{at:g}")
        start = end + 1
    return merged, notes


def _why_no_table(release: _Release, footnotes: set[str], some: bool) -> str:
    if some:
        return "fewer than two distinct exactly published wage percentiles"
    if release.top_code_footnote in footnotes:
        return (
            "every wage percentile is top-coded; BLS gives only a lower bound "
            f"(${release.top_code[Period.ANNUAL]:,.0f} a year, "
            f"${release.top_code[Period.HOURLY]:,.2f} an hour)"
        )
    if release.not_released in footnotes:
        return "wage estimates not released by BLS (footnote 8)"
    return "BLS publishes no wage percentiles for this row"


def oews_search(text: str) -> pd.DataFrame:
    """Occupations of the OEWS May 2025 data whose title contains ``text`` or code starts with it.

    Source: U.S. Bureau of Labor Statistics, OEWS May 2025.

    Parameters
    ----------
    text : str
        Case-insensitive part of a title (``"software"``) or the start of a SOC code
        (``"15-12"``).

    Returns
    -------
    pandas.DataFrame
        Columns ``code``, ``title``, ``level`` (BLS occ_level: 0 total or major group,
        1 minor group, 2 broad occupation, 3 detailed occupation), sorted by code; empty when
        nothing matches.

    Examples
    --------
    >>> oews_search("software")
          code                                              title  level
    0  15-1250  Software and Web Developers, Programmers, and ...      2
    1  15-1252                                Software Developers      3
    2  15-1253  Software Quality Assurance Analysts and Testers        3
    """
    if not isinstance(text, str):
        raise InvalidInput("text", text, "a part of an occupation title or SOC code")
    frame = _occupations()
    wanted = text.strip().casefold()
    mask = frame["title"].str.casefold().str.contains(wanted, regex=False) | frame[
        "code"
    ].str.startswith(wanted)
    result: Any = frame[mask].sort_values("code", kind="stable").reset_index(drop=True)
    import pandas as pd

    return pd.DataFrame(result)


def oews_areas(text: str = "") -> pd.DataFrame:
    """Metropolitan and nonmetropolitan areas of the OEWS May 2025 data matching ``text``.

    Source: U.S. Bureau of Labor Statistics, OEWS May 2025.

    Parameters
    ----------
    text : str
        Case-insensitive part of the area name (``"san jose"``) or the start of its BLS code;
        empty for all 528 areas.

    Returns
    -------
    pandas.DataFrame
        Columns ``code`` (BLS area code), ``name``, ``state`` (FIPS code of the first state in
        the name), sorted by code.

    Examples
    --------
    >>> oews_areas("san jose")
          code                               name state
    0  0041940  San Jose-Sunnyvale-Santa Clara, CA    06
    >>> len(oews_areas())
    528
    """
    if not isinstance(text, str) or len(text) > _MAX_AREA_TEXT:
        raise InvalidInput("text", text, "a part of an area name or BLS area code")
    frame = _metro_areas()
    wanted = " ".join(text.strip().split()).casefold()
    mask = frame["name"].str.casefold().str.contains(wanted, regex=False) | frame[
        "code"
    ].str.lstrip("0").str.startswith(wanted.lstrip("0"))
    return frame[mask].reset_index(drop=True)
