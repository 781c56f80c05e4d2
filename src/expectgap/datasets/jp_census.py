"""Japanese market pay from the MHLW wage census (賃金構造基本統計調査), embedded in the package.

Credit: 出典：厚生労働省「賃金構造基本統計調査」を加工して作成. Figures under the 公共データ利用規約
第1.0版 (PDL1.0, compatible with CC BY 4.0); derived figures are ours, never the ministry's.

What is published, and what is derived
--------------------------------------
* **Published percentiles**: only the national distribution of June scheduled monthly pay
  (所定内給与額) of full-time employees (一般労働者; private establishments with 10+ employees):
  P10 199.9, P25 238.2, P50 296.6, P75 389.8, P90 527.3 thousand yen in 2025 (and 2015).
  :func:`wage_census` with no breakdown gives the 2025 table back exactly at these points.
* **Breakdowns have means only** (prefecture, occupation, role level, firm size, education,
  employment type by age band, industry, sex). A breakdown's table is a model built by
  :func:`derive_breakdown_table`: the national 2025 distribution multiplied by the ratio of the
  breakdown's mean to the national mean of the same year (e.g. ソフトウェア作成者 2024: 357.0 /
  330.4). That is the national 2025 distribution scaled to the breakdown's 2024 mean and aged to
  2025 by the national series. It **assumes** the breakdown's pay has the national spread
  relative to its mean, and grew as the national mean did since its year. The assumption is
  written into the table's ``source``, which every position, evidence item and report shows.
* **Pay measures**: ``"scheduled"`` (所定内給与額, the variable of the percentiles; compare
  with an offer's base pay plus allowances, ``monthly_scheduled``), ``"contractual"``
  (きまって支給する現金給与額, scheduled plus overtime pay; compare with ``monthly_gross``),
  ``"annual"`` (12 x contractual + annual bonus: a users' convention, not an MHLW statistic;
  compare with ``annual_cash``). Contractual pay and bonus are published for the prefecture,
  occupation and national tables only.
* **Confidence**: every embedded figure keeps its source and confidence; a figure not confirmed
  by a second source is marked ``UNCONFIRMED [S]`` in the table's ``source``.

Examples
--------
>>> from expectgap.datasets import wage_census
>>> national = wage_census()
>>> national.exact[50], national.period.value, national.as_of
(296600.0, 'monthly', datetime.date(2025, 6, 30))
>>> dev = wage_census(occupation="ソフトウェア作成者")
>>> round(dev.exact[50])  # 296,600 x 357.0 / 330.4 = 320,478.8
320479
"""

from __future__ import annotations

import csv
import functools
import io
import math
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from expectgap._package_data import loads_toml, read_text
from expectgap.errors import InvalidInput, UnsupportedRule, closest
from expectgap.market.survey import SurveyTable
from expectgap.market.trend import PayTrend
from expectgap.money import Period

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "BREAKDOWNS",
    "MEASURES",
    "derive_breakdown_table",
    "wage_census",
    "wage_census_search",
    "wage_census_trend",
]

_DATA = "expectgap.datasets.data"
_PERCENTILES = (10, 25, 50, 75, 90)
_THOUSAND = Decimal(1000)
_MONTHS = 12

BREAKDOWNS = (
    "prefecture",
    "occupation",
    "role",
    "firm_size",
    "education",
    "employment_type",
    "industry",
)
#: The census measures and the offer measure (:class:`~expectgap.assess.scale.PayMeasure` name)
#: each is compared with: pass it as ``market_measure`` to :func:`expectgap.assess.assess`.
MEASURES = {
    "scheduled": "monthly_scheduled",
    "contractual": "monthly_gross",
    "annual": "annual_cash",
}
_SEXES = {
    "total": "total",
    "男女計": "total",
    "all": "total",
    "male": "male",
    "男": "male",
    "男性": "male",
    "female": "female",
    "女": "female",
    "女性": "female",
}


def _text(name: str) -> str:
    return read_text(_DATA, name)


def _csv(name: str) -> list[dict[str, str]]:
    """A shipped CSV file's rows, every field as text (read without pandas: a command-line
    call that needs the census tables need not import it)."""
    return list(csv.DictReader(io.StringIO(_text(name))))


@functools.cache
def _meta() -> dict[str, Any]:
    return loads_toml(_text("jp_census.toml"))


@functools.cache
def _sources() -> dict[str, str]:
    return {r["id"]: r["url"] for r in _csv("jp_census_sources.csv")}


def _yen(kyen: str) -> float:
    """Thousand yen as printed ('199.9') to yen, exactly (199900.0)."""
    return float(Decimal(kyen) * _THOUSAND)


def _shown(value: object) -> object:
    """A value as an error message shows it: long text cut to 60 characters."""
    limit = 60
    if isinstance(value, str) and len(value) > limit:
        return value[:limit] + "…"
    if not isinstance(value, str | int | float | type(None)):
        return type(value).__name__
    return value


def _status_text(status: str, confidence: str) -> str:
    return f"{_meta()['status'][status]}; confidence {confidence}"


@dataclass(frozen=True)
class _Entry:
    """One published mean: a breakdown's category in one year, for one sex."""

    year: int
    breakdown: str
    code: str
    name_ja: str
    name_en: str
    age: str
    sex: str
    scheduled: str
    contractual: str
    annual_bonus: str
    scope: str
    source: str
    confidence: str
    status: str

    @property
    def title(self) -> str:
        age = "" if self.age == "all" else f", aged {self.age}"
        sex = "" if self.sex == "total" else f", {self.sex}"
        return f"{self.name_ja} ({self.name_en}){age}{sex}"

    def value(self, measure: str) -> float | None:
        """The breakdown's mean on ``measure``, in yen (None when not published)."""
        if measure == "scheduled":
            return _yen(self.scheduled)
        if not self.contractual:
            return None
        if measure == "contractual":
            return _yen(self.contractual)
        if not self.annual_bonus:
            return None
        return _MONTHS * _yen(self.contractual) + _yen(self.annual_bonus)

    def urls(self) -> str:
        return " ; ".join(_sources()[s] for s in self.source.split(";"))


@functools.cache
def _entries() -> tuple[_Entry, ...]:
    table = _csv("jp_census_means.csv")
    return tuple(
        _Entry(
            year=int(r["year"]),
            breakdown=r["breakdown"],
            code=r["code"],
            name_ja=r["name_ja"],
            name_en=r["name_en"],
            age=r["age"],
            sex=r["sex"],
            scheduled=r["scheduled"],
            contractual=r["contractual"],
            annual_bonus=r["annual_bonus"],
            scope=r["scope"],
            source=r["source"],
            confidence=r["confidence"],
            status=r["status"],
        )
        for r in table
    )


@dataclass(frozen=True)
class _Series:
    levels: dict[tuple[int, str], float]  # (year, sex) -> mean scheduled pay in yen
    restated: dict[tuple[int, str], float]  # a year restated on a later method
    preliminary: frozenset[int]
    rows: dict[tuple[int, str], tuple[str, str, str, str]]  # -> (kyen, sources, confidence, status)


@functools.cache
def _series() -> _Series:
    table = _csv("jp_census_series.csv")
    levels: dict[tuple[int, str], float] = {}
    restated: dict[tuple[int, str], float] = {}
    rows: dict[tuple[int, str], tuple[str, str, str, str]] = {}
    preliminary: set[int] = set()
    for r in table:
        key = (int(r["year"]), r["sex"])
        if r["basis"].startswith("restated"):
            restated[key] = _yen(r["scheduled"])
            continue
        levels[key] = _yen(r["scheduled"])
        rows[key] = (r["scheduled"], r["source"], r["confidence"], r["status"])
        if r["basis"].startswith("preliminary"):
            preliminary.add(key[0])
    return _Series(levels, restated, frozenset(preliminary), rows)


def _national_mean(year: int, sex: str = "total") -> float:
    series = _series()
    if (year, sex) not in series.levels:
        years = sorted({y for y, s in series.levels if s == sex})
        raise UnsupportedRule("year", year, years)
    return series.levels[(year, sex)]


# --- the trend ----------------------------------------------------------------------------------
def wage_census_trend(extrapolate: str | float | None = None, *, sex: str = "total") -> PayTrend:
    """Growth of mean scheduled monthly pay of full-time employees, year by year, 2015-2025.

    Each year's growth is its mean over the year before (2020 over 2019 restated on the 2020
    method: the estimation method changed then). 2025 is the preliminary release (速報).
    Beyond June 2025 the index grows at the 3-year compound rate (2022-2025) unless told
    otherwise: an extrapolation, labelled as such wherever it is used.

    Parameters
    ----------
    extrapolate : {"3y", "5y", "last"} or float, optional
        Rate beyond the last data year (default ``"3y"``).
    sex : {"total", "male", "female"}

    Returns
    -------
    PayTrend

    Examples
    --------
    >>> t = wage_census_trend()
    >>> round(100 * t.rate(2024), 2), round(100 * t.rate(2025), 2)  # 330.4/318.3, 340.6/330.4
    (3.8, 3.09)
    >>> round(100 * t.compound_rate(3), 2)  # (340.6 / 311.8) ** (1 / 3) - 1
    2.99
    """
    meta = _meta()["mhlw"]
    wanted = _sex(sex)
    series = _series()
    years = sorted(y for y, s in series.levels if s == wanted and (y - 1, wanted) in series.levels)
    growth = []
    for year in years:
        before = series.restated.get((year - 1, wanted), series.levels[(year - 1, wanted)])
        growth.append(series.levels[(year, wanted)] / before - 1.0)
    return PayTrend(
        years=tuple(years),
        growth=tuple(growth),
        series=meta["trend"]["series"]
        if wanted == "total"
        else f"{meta['trend']['series']}_{wanted}",
        source=meta["credit"],
        preliminary=tuple(sorted(series.preliminary)),
        reference_month=int(meta["reference_month"]),
        reference_day=int(meta["reference_day"]),
        extrapolate=meta["trend"]["extrapolate"] if extrapolate is None else extrapolate,
    )


# --- the published table and the derivation -------------------------------------------------------
@functools.cache
def _published() -> dict[int, tuple[dict[float, float], str, str]]:
    """year -> (points in yen, status, confidence) of the published national tables."""
    table = _csv("jp_census_quantiles.csv")
    return {
        int(r["year"]): (
            {float(p): _yen(r[f"p{p}"]) for p in _PERCENTILES},
            r["status"],
            r["confidence"],
        )
        for r in table
    }


def _national_table(year: int) -> SurveyTable:
    meta = _meta()["mhlw"]
    published = _published()
    if year not in published:
        raise UnsupportedRule("year", year, sorted(published))
    points, status, confidence = published[year]
    mean = _national_mean(year)
    preliminary = " preliminary" if year in _series().preliminary else ""
    source = (
        f"{meta['credit']}; {year} national distribution of "
        f"{meta['measures']['scheduled']['short']} of full-time employees, published P10-P90 "
        f"({_status_text(status, confidence)}), mean {_kyen(mean)}{preliminary}"
    )
    return SurveyTable.from_percentiles(
        points,
        currency="JPY",
        period=Period.MONTHLY,
        n=None,
        as_of=date(year, int(meta["reference_month"]), int(meta["reference_day"])),
        source=source,
        mean=mean,
    )


def derive_breakdown_table(
    national: SurveyTable,
    *,
    value: float,
    national_mean: float,
    label: str,
    period: Period | str | None = None,
) -> SurveyTable:
    """A breakdown's table from the national distribution and the breakdown's published mean.

    Every national point is multiplied by ``value / national_mean`` (rounded to the yen):
    the national distribution scaled to the breakdown's mean. When ``value`` and
    ``national_mean`` are of an earlier year than the national table, this is the same as
    scaling the national distribution to the breakdown's mean of that year and aging it to the
    table's year by the national series (``national_mean_table_year / national_mean``).

    The assumption (the breakdown has the national spread relative to its mean, and its pay
    moved with the national mean since its year) is the model; ``label`` says which numbers
    were used and is put into the table's ``source``.

    Parameters
    ----------
    national : SurveyTable
        The published national table (scheduled monthly pay).
    value : float
        The breakdown's mean, in yen, on the wanted measure (for an annual figure, the annual
        mean).
    national_mean : float
        The national mean scheduled monthly pay of the same year as ``value``, in yen.
    label : str
        How the table was derived: the table's ``source``.
    period : Period or str, optional
        The period of ``value`` (default: the national table's).

    Returns
    -------
    SurveyTable
        Same percentiles and ``as_of`` as ``national``, no ``n``, no mean.

    Raises
    ------
    InvalidInput
        A value or national mean that is not a positive number.

    Examples
    --------
    >>> from expectgap.market import SurveyTable
    >>> nat = SurveyTable.from_percentiles({25: 238_200, 50: 296_600, 75: 389_800},
    ...                                    currency="JPY", period="monthly", source="national")
    >>> t = derive_breakdown_table(nat, value=403_700, national_mean=330_400, label="Tokyo model")
    >>> t.values  # 238,200 x 403,700 / 330,400 = 291,045.2; 296,600 x ... = 362,401.4
    (291045.0, 362401.0, 476278.0)
    >>> t.source
    'Tokyo model'
    """
    for field, number in (("value", value), ("national_mean", national_mean)):
        if isinstance(number, bool) or not isinstance(number, int | float):
            raise InvalidInput(field, _shown(number), "a positive amount in yen")
        if not math.isfinite(float(number)) or number <= 0:
            raise InvalidInput(field, _shown(number), "a positive amount in yen")
    points = {
        p: float(round(v * float(value) / float(national_mean))) for p, v in national.exact.items()
    }
    return SurveyTable.from_percentiles(
        points,
        currency=national.currency,
        period=national.period if period is None else period,
        n=None,
        as_of=national.as_of,
        source=label,
    )


# --- lookups -------------------------------------------------------------------------------------
def _sex(sex: str) -> str:
    if not isinstance(sex, str) or sex.strip().casefold() not in _SEXES:
        raise InvalidInput("sex", _shown(sex), "'total', 'male' or 'female' (男女計, 男, 女)")
    return _SEXES[sex.strip().casefold()]


def _aliases(entry: _Entry) -> set[str]:
    names = {entry.name_ja, entry.name_en}
    head, _, inside = entry.name_en.partition(" (")
    names |= {head, inside.rstrip(")")}
    for suffix in ("都", "府", "県", "級"):
        if entry.name_ja.endswith(suffix) and len(entry.name_ja) > 2:
            names.add(entry.name_ja.removesuffix(suffix))
    if entry.code and entry.breakdown == "prefecture":
        names |= {entry.code, str(int(entry.code))}
    return {n.strip().casefold() for n in names if n.strip()}


def _ages(text: str | None) -> str:
    if text is None:
        return "all"
    if not isinstance(text, str):
        raise InvalidInput("age", _shown(text), "an age band such as '35-39' or '35~39歳'")
    return text.strip().removesuffix("歳").replace("~", "-").replace("～", "-").replace("〜", "-")


def _find(breakdown: str, name: str | int, *, sex: str, age: str, year: int | None) -> _Entry:
    if breakdown == "prefecture" and type(name) is int:
        name = str(name)  # a JIS code, as the payroll engine takes it
    if not isinstance(name, str) or not name.strip() or len(name) > 200:
        raise InvalidInput(breakdown, _shown(name), f"a {breakdown} name in Japanese or English")
    wanted = name.strip().casefold()
    pool = [e for e in _entries() if e.breakdown == breakdown]
    named = [e for e in pool if wanted in _aliases(e)]
    if not named:
        titles = sorted({e.name_ja for e in pool} | {e.name_en for e in pool})
        folded = {t.casefold(): t for t in titles}
        suggestions = [folded[s] for s in closest(wanted, list(folded))]
        raise UnsupportedRule(
            breakdown, _shown(name), sorted({e.name_ja for e in pool}), suggestions
        )
    fits = [e for e in named if e.sex == sex and e.age == age]
    if not fits:
        have = sorted({f"{e.sex}, age {e.age}, {e.year}" for e in named})
        raise UnsupportedRule(f"{breakdown} {name!r}", f"{sex}, age {age}", have)
    if year is not None:
        fits = [e for e in fits if e.year == year]
        if not fits:
            years = sorted({e.year for e in named if e.sex == sex and e.age == age})
            raise UnsupportedRule("year", year, years)
        return fits[0]
    final = [e for e in fits if e.year not in _series().preliminary]
    return max(final or fits, key=lambda e: e.year)


def wage_census(
    name: str | None = None,
    *,
    prefecture: str | int | None = None,
    occupation: str | None = None,
    role: str | None = None,
    firm_size: str | None = None,
    education: str | None = None,
    employment_type: str | None = None,
    age: str | None = None,
    industry: str | None = None,
    sex: str = "total",
    measure: str = "scheduled",
    year: int | None = None,
) -> SurveyTable:
    """A Japanese market pay table from the MHLW wage census.

    With no breakdown: the published national 2025 distribution of scheduled monthly pay of
    full-time employees, exact at P10, P25, P50, P75 and P90 (``year=2015`` for the 2015
    table). With one breakdown: the model of :func:`derive_breakdown_table`, labelled in the
    table's ``source`` with the numbers it used. See :mod:`expectgap.datasets.jp_census`.

    Parameters
    ----------
    name : str, optional
        A category of any breakdown by its Japanese or English name (``"ソフトウェア作成者"``,
        ``"Tokyo"``); :func:`wage_census_search` lists them.
    prefecture, occupation, role, firm_size, education, employment_type, industry : str, optional
        One breakdown, by Japanese or English name (``prefecture="東京都"``, ``"Tokyo"`` or its
        JIS code ``13``,
        ``role="係長級"`` or ``"kakaricho"``, ``firm_size="large"``,
        ``employment_type="regular"``).
    age : str, optional
        An age band (``"35-39"``); published with ``employment_type`` only.
    sex : {"total", "male", "female"}
        Where the breakdown is published by sex (the distribution stays the national one).
    measure : {"scheduled", "contractual", "annual"}
        Scheduled monthly pay (所定内給与額), contractual monthly pay (きまって支給する現金給与額)
        or annual pay by the convention 12 x contractual + annual bonus.
    year : int, optional
        The year of the breakdown's mean (default: its latest final year), or of the
        published table when there is no breakdown (default 2025).

    Returns
    -------
    SurveyTable
        JPY; monthly (annual for ``measure="annual"``); ``as_of`` 30 June of the
        distribution's year; ``n`` None (the census publishes no sample size per cell). Compare
        it on the offer measure ``MEASURES[measure]`` (``market_measure="monthly_scheduled"``
        for scheduled pay: base pay and allowances).

    Raises
    ------
    InvalidInput
        More than one breakdown, an age band without an employment type, a bad sex or measure.
    UnsupportedRule
        An unknown name (with the closest ones), a year without data, a measure not published
        for the breakdown.

    Examples
    --------
    >>> wage_census().values
    (199900.0, 238200.0, 296600.0, 389800.0, 527300.0)
    >>> tokyo = wage_census(prefecture="Tokyo")
    >>> round(tokyo.exact[50])  # 296,600 x 403.7 / 330.4 = 362,401.4
    362401
    >>> print(wage_census(role="係長級").source.split("; model: ")[1][:88])
    national 2025 distribution scaled to the 2024 mean of 係長級 (subsection chief (kakaricho))
    >>> annual = wage_census(occupation="Software developers", measure="annual")
    >>> round(annual.exact[50])  # (12 x 386,200 + 1,106,800) x 296,600 / 330,400 = 5,153,873.6
    5153874
    """
    chosen = {
        key: value
        for key, value in (
            ("prefecture", prefecture),
            ("occupation", occupation),
            ("role", role),
            ("firm_size", firm_size),
            ("education", education),
            ("employment_type", employment_type),
            ("industry", industry),
        )
        if value is not None
    }
    if not isinstance(measure, str) or measure not in MEASURES:
        raise InvalidInput("measure", _shown(measure), "one of " + ", ".join(MEASURES))
    wanted_sex = _sex(sex)
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        raise InvalidInput("year", _shown(year), "a survey year such as 2024")
    if name is not None:
        chosen = {**chosen, **_by_name(name)}
    if len(chosen) > 1:
        raise InvalidInput(
            "breakdown",
            ", ".join(sorted(chosen)),
            "one breakdown at a time (means are published "
            "one breakdown at a time; employment_type may take an age band)",
        )
    if age is not None and "employment_type" not in chosen:
        raise InvalidInput(
            "age",
            age,
            "an age band together with employment_type ('regular' or 'non-regular'): "
            "age-band means are published by employment type only",
        )
    meta = _meta()["mhlw"]
    distribution_year = int(meta["distribution_year"])
    if not chosen:
        if wanted_sex == "total" and measure == "scheduled":
            return _national_table(distribution_year if year is None else year)
        entry = _national_entry(wanted_sex, measure, year)
    else:
        ((breakdown, category),) = chosen.items()
        entry = _find(breakdown, category, sex=wanted_sex, age=_ages(age), year=year)
    return _derived(entry, measure, _national_table(distribution_year))


def _by_name(name: str) -> dict[str, str]:
    if not isinstance(name, str) or not name.strip() or len(name) > 200:
        raise InvalidInput("name", _shown(name), "a breakdown category in Japanese or English")
    wanted = name.strip().casefold()
    hits = sorted({e.breakdown for e in _entries() if wanted in _aliases(e)} - {"national"})
    if not hits:
        names = sorted({e.name_ja for e in _entries()} | {e.name_en for e in _entries()})
        folded = {t.casefold(): t for t in names}
        suggestions = [folded[s] for s in closest(wanted, list(folded))]
        raise UnsupportedRule(
            "name", _shown(name), ["a name listed by wage_census_search()"], suggestions
        )
    if len(hits) > 1:
        raise InvalidInput("name", name, "a name of one breakdown; pass one of " + ", ".join(hits))
    return {hits[0]: name}


def _national_entry(sex: str, measure: str, year: int | None) -> _Entry:
    if sex == "total":
        return _find("national", "全国", sex="total", age="all", year=year)
    if measure != "scheduled":
        raise UnsupportedRule("measure", measure, ["scheduled (national by sex)"])
    series = _series()
    years = sorted(y for y, s in series.levels if s == sex)
    chosen = year if year is not None else max(y for y in years if y not in series.preliminary)
    if chosen not in years:
        raise UnsupportedRule("year", year, years)
    kyen, source, confidence, status = series.rows[(chosen, sex)]
    return _Entry(
        chosen, "national", "", "全国", "national", "all", sex, kyen, "", "", "", source,
        confidence, status,
    )  # fmt: skip


def _derived(entry: _Entry, measure: str, national: SurveyTable) -> SurveyTable:
    meta = _meta()["mhlw"]
    value = entry.value(measure)
    if value is None:
        published = ["scheduled"] + (["contractual"] if entry.contractual else [])
        if entry.contractual and entry.annual_bonus:
            published.append("annual")
        raise UnsupportedRule(f"measure for {entry.title}", measure, published)
    year = national.as_of.year if national.as_of else int(meta["distribution_year"])
    _, status, confidence = _published()[year]
    base = _national_mean(entry.year)
    what = f"the {entry.year} mean of {entry.title}"
    if entry.scope:
        what += f" [{entry.scope}]"
    aged = ""
    if entry.year != year:
        preliminary = " preliminary" if year in _series().preliminary else ""
        aged = (
            f", aged to {year} by the series (national mean scheduled pay {_kyen(base)} in "
            f"{entry.year}, {_kyen(_national_mean(year))} in {year}{preliminary})"
        )
    scheduled = meta["measures"]["scheduled"]["short"]
    shape = "" if measure == "scheduled" else f", the distribution of {scheduled} scaled to it"
    label = (
        f"{meta['credit']}; model: national {year} distribution scaled to {what}{aged}; "
        f"measure: {meta['measures'][measure]['short']}{shape}: every point x {_kyen(value)} / "
        f"{_kyen(base)} (the national mean scheduled pay of {entry.year}); assumes the "
        f"national spread relative to the mean; national points "
        f"{_status_text(status, confidence)}, {entry.year} mean "
        f"{_status_text(entry.status, entry.confidence)}"
    )
    return derive_breakdown_table(
        national,
        value=value,
        national_mean=base,
        label=label,
        period=meta["measures"][measure]["period"],
    )


def _kyen(yen: float) -> str:
    return f"{yen / 1000:,.1f}k yen"


def wage_census_search(text: str = "") -> pd.DataFrame:
    """Published means of the wage census whose Japanese or English name contains ``text``.

    Parameters
    ----------
    text : str
        Case-insensitive part of a name (``"ソフトウェア"``, ``"tokyo"``, ``"課長"``); empty
        lists everything.

    Returns
    -------
    pandas.DataFrame
        One row per published mean: ``breakdown``, ``name_ja``, ``name_en``, ``age``, ``sex``,
        ``year``, ``scheduled_monthly`` (所定内給与額), ``contractual_monthly``
        (きまって支給する現金給与額), ``annual_bonus`` (年間賞与その他特別給与額), in yen (NaN
        where not published), ``confidence`` and ``status``; sorted by breakdown, name, year.

    Examples
    --------
    >>> hits = wage_census_search("ソフトウェア")
    >>> print(hits[["breakdown", "name_en", "year", "scheduled_monthly"]].to_string(index=False))
     breakdown             name_en  year  scheduled_monthly
    occupation Software developers  2024           357000.0
    """
    if not isinstance(text, str) or len(text) > 200:
        raise InvalidInput("text", _shown(text), "a part of a name (at most 200 characters)")
    wanted = text.strip().casefold()
    rows = []
    for e in _entries():
        if wanted and wanted not in f"{e.name_ja}\n{e.name_en}".casefold():
            continue
        rows.append(
            {
                "breakdown": e.breakdown,
                "name_ja": e.name_ja,
                "name_en": e.name_en,
                "age": e.age,
                "sex": e.sex,
                "year": e.year,
                "scheduled_monthly": _yen(e.scheduled),
                "contractual_monthly": _yen(e.contractual) if e.contractual else math.nan,
                "annual_bonus": _yen(e.annual_bonus) if e.annual_bonus else math.nan,
                "confidence": e.confidence,
                "status": e.status,
            }
        )
    import pandas as pd

    frame = pd.DataFrame(
        rows,
        columns=[
            "breakdown", "name_ja", "name_en", "age", "sex", "year", "scheduled_monthly",
            "contractual_monthly", "annual_bonus", "confidence", "status",
        ],
    )  # fmt: skip
    ordered: Any = frame.sort_values(["breakdown", "name_ja", "year"], kind="stable")
    return pd.DataFrame(ordered).reset_index(drop=True)
