"""Several offers side by side, over several years, against the candidate's current pay.

:func:`compare_offers` projects each offer year by year (:func:`~expectgap.offers.years.project`)
under one set of stated assumptions (raises, share price, payroll rules) and returns a
:class:`Comparison`: one :class:`Row` per figure, each offer's value, which offer leads and by
how much.

Rows
----
* **dimension**: the assessment dimensions (position level, gross salary: year-1 guaranteed
  cash; take-home: year-1 take-home; bonus: year-1 expected bonus; hours, overtime, location,
  remote work, leave, atmosphere), with the sign-on bonus, equity over the period and benefits.
* **year**: gross cash, equity, total compensation and take-home of each year.
* **total**: first-year, average-per-year and whole-period figures, kept apart.
* **market**: where a market table is given, the percentile of each offer's year-1 figure of
  the table's own measure (base wage in a base-wage table: like with like).
* **raise**: with ``Expectations(current=...)``, the rise each offer represents over the
  current package (projected under the same assumptions), first year and average.
* **scenario**: for each of the user's share-price scenarios, equity and total compensation over
  the period.

A row's **leader** is the offer with the best value (highest pay, level, remote days or leave;
fewest hours); ``lead`` is its margin over the runner-up in the row's unit and ``lead_pct`` that
in percent of the runner-up. No leader on a tie, for text rows, or when a value is unknown.

Examples
--------
>>> from expectgap.money import Money
>>> from expectgap.package import Bonus, CompensationPackage, EquityGrant, SignOn
>>> texas = CompensationPackage(base=Money(140_000, "USD", "annual"),
...     bonuses=(Bonus.target(10),), sign_on=SignOn(Money(20_000, "USD")),
...     equity=(EquityGrant.cliff_then(Money(200_000, "USD"), every="monthly"),))
>>> california = CompensationPackage(base=Money(165_000, "USD", "annual"),
...     equity=(EquityGrant(Money(120_000, "USD")),))
>>> c = compare_offers({"Texas": texas, "California": california}, year=2026)
>>> row = c.row("total_compensation")
>>> row.values, row.leader, row.lead
((836000.0, 780000.0), 'Texas', 56000.0)
>>> c.row("gross_salary").leader, c.row("gross_salary").lead
('California', 25000.0)
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from expectgap.assess.codes import Dimension
from expectgap.assess.gaps import GapReport, assess
from expectgap.assess.models import Expectations, Offer, PositionSpec
from expectgap.assess.net import payroll_year
from expectgap.errors import CurrencyMismatch, InvalidInput, PeriodMismatch
from expectgap.market.survey import MEASURES, SurveyTable, check_measure
from expectgap.money import Number, Period, as_fraction, currency
from expectgap.offers import text
from expectgap.offers.years import Projection, project, raised
from expectgap.package import CompensationPackage, PricePath
from expectgap.payroll import jurisdiction_code

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

__all__ = ["AUDIENCES", "Comparison", "OfferPoint", "Row", "compare_offers"]

#: Who a comparison is for: the recruiter sees the competing-offer talking points.
AUDIENCES = ("recruiter", "candidate")
_MAX_OFFERS = 20
_MAX_SCENARIOS = 20
# The jurisdiction of an offer that states no place of work: the country of its currency.
_COUNTRY_OF_CURRENCY = {"JPY": "JP", "USD": "US", "GBP": "GB"}
_MAX_NAME = 200
_PERCENT = 100
_DIGITS = 6  # percentages and percentiles are rounded to this many decimals in outputs
Value = float | str | tuple[str, ...] | None

# Dimension rows: code, unit, higher is better (None: not ranked).
_COMPETING = (
    "gross_salary",
    "net_salary",
    "bonus",
    "sign_on",
    "equity",
    "first_year_total",
    "total_compensation",
    "total_net",
    "position",
    "hours",
    "overtime",
    "remote_work",
    "leave",
    "market_percentile",
)
_HAS = ("sign_on", "equity", "bonus", "benefits", "remote_work")


@dataclass(frozen=True)
class Row:
    """One figure of every offer.

    Attributes
    ----------
    code : str
        What the row holds (``"gross_salary"``, ``"year_total"``, ``"total_compensation"``...).
    group : str
        ``"dimension"``, ``"year"``, ``"total"``, ``"market"`` or ``"raise"``.
    unit : str
        ``"money_annual"``, ``"money_total"``, ``"level"``, ``"hours_per_week"``,
        ``"hours_per_month"``, ``"days_per_week"``, ``"days_per_year"``, ``"place"``,
        ``"tags"``, ``"text"``, ``"percentile"`` or ``"percent"``.
    values : tuple
        One value per offer, in the offers' order (None: not stated or not computed).
    higher_is_better : bool or None
        The ranking direction (None: not ranked).
    leader : str or None
        The offer with the best value.
    lead, lead_pct : float or None
        Its margin over the runner-up, in the unit and in percent of the runner-up.
    year : int or None
        The year of a ``"year"`` row.
    severities : tuple or None
        For an assessment dimension, with expectations: the severity of each offer's gap
        (``"none"``, ``"minor"``, ``"major"``, ``"critical"``...).
    scenario : str or None
        The share-price scenario of a ``"scenario"`` row.

    Examples
    --------
    >>> Row("hours", "dimension", "hours_per_week", (40.0, 37.5), False, "B", 2.5, 6.25).leader
    'B'
    """

    code: str
    group: str
    unit: str
    values: tuple[Value, ...]
    higher_is_better: bool | None
    leader: str | None
    lead: float | None
    lead_pct: float | None
    year: int | None = None
    severities: tuple[str | None, ...] | None = None
    scenario: str | None = None

    def label(self, locale: str = "en") -> str:
        """The row's label.

        Examples
        --------
        >>> Row("year_net", "year", "money_annual", (), True, None, None, None, 3).label("en")
        'year 3: take-home'
        """
        return text.label(self.code, locale, year=self.year, scenario=self.scenario)


@dataclass(frozen=True)
class OfferPoint:
    """A talking point of the comparison.

    Attributes
    ----------
    kind : str
        ``"raise_net"`` / ``"raise_gross"`` (an offer against current pay, for both audiences),
        ``"other_leads"`` / ``"ours_leads"`` / ``"ours_has"`` (our offer against a competing
        one, for the recruiter).
    offer : str
        The offer the point is about (ours for the competing points).
    other : str or None
        The competing offer.
    dimension : str
        The row code.
    evidence : mapping
        The figures behind the point (amounts in ``currency``, percentages).
    currency : str
        The currency of the amounts.

    Examples
    --------
    >>> p = OfferPoint("raise_net", "A", None, "raise_net_first_year",
    ...                {"pct": 12.0, "average_pct": 10.0, "years": 4})
    >>> p.recruiter_only
    False
    """

    kind: str
    offer: str
    other: str | None
    dimension: str
    evidence: Mapping[str, float | int | str]
    currency: str = "USD"

    @property
    def recruiter_only(self) -> bool:
        """Whether only the recruiter sees the point (the competing-offer points).

        Examples
        --------
        >>> OfferPoint("ours_has", "A", "B", "equity", {}).recruiter_only
        True
        """
        return self.kind in ("other_leads", "ours_leads", "ours_has")

    def text(self, locale: str = "en") -> str:
        """The point as a sentence (offer names as given).

        Examples
        --------
        >>> OfferPoint("raise_net", "A", None, "raise_net_first_year",
        ...            {"pct": 12.0, "average_pct": 10.5, "years": 4}).text()
        'A: a 12% rise in take-home over your current pay in year 1 (10.5% on average over 4 years).'
        """
        ev = self.evidence
        if self.kind in ("raise_net", "raise_gross"):
            pct = float(ev["pct"])
            change = "rise" if pct >= 0 else "fall"
            return text.phrase(
                self.kind,
                locale,
                offer=self.offer,
                pct=_pct_text(abs(pct)),
                avg=_pct_text(float(ev["average_pct"])),
                years=ev["years"],
                change=text.phrase(change, "en"),
                change_ja=text.phrase(change, "ja"),
            )
        unit = str(ev.get("unit", "money_annual"))
        values = {
            "ours": _shown(ev.get("ours"), unit, self.currency, locale),
            "their": _shown(ev.get("theirs"), unit, self.currency, locale),
            "diff": _shown(
                ev.get("difference"),
                "points" if unit in ("percent", "percentile") else unit,
                self.currency,
                locale,
            ),
        }
        return text.phrase(
            self.kind,
            locale,
            offer=self.offer,
            other=self.other,
            dimension=text.label(self.dimension, locale),
            **values,
        )


def _pct_text(value: float) -> str:
    return f"{round(value, 1):g}"


def _shown(value: object, unit: str, code: str, locale: str) -> str:
    if value is None:
        return text.label("not_stated", locale)
    if isinstance(value, tuple):
        return ", ".join(value)
    if isinstance(value, str):
        return value
    number = float(value)  # type: ignore[arg-type]
    if unit.startswith("money"):
        return text.money(number, code)
    if unit == "percentile":
        return f"P{number:.1f}"
    if unit == "percent":
        return f"{number:+.1f}%"
    if unit == "points":
        return text.label("points_unit", locale, value=f"{number:.1f}")
    return f"{number:g}"


@dataclass(frozen=True)
class Comparison:
    """Offers side by side (see :mod:`expectgap.offers.compare`).

    Attributes
    ----------
    names : tuple of str
        The offers' names, in the order given.
    currency : str
    years : int
    projections : tuple of Projection
        Each offer year by year.
    current : Projection or None
        The candidate's current package under the same assumptions.
    rows : tuple of Row
    points : tuple of OfferPoint
    assumptions : tuple of (str, mapping)
        What the figures assume (codes and values), always shown with them.
    notes : tuple of (str, mapping)
        What the figures leave out.
    audience : str
    ours : str or None
        Our offer, for the competing-offer points.
    reports : tuple of GapReport or None
        Each offer assessed against the expectations, when they are given.
    market : mapping or None
        The market table's source and measure.

    Examples
    --------
    >>> from expectgap.money import Money
    >>> c = compare_offers([CompensationPackage(base=Money(100, "USD", "annual")),
    ...                     CompensationPackage(base=Money(90, "USD", "annual"))], years=1)
    >>> c.names, c.leader("gross_salary")
    (('offer 1', 'offer 2'), 'offer 1')
    """

    names: tuple[str, ...]
    currency: str
    years: int
    projections: tuple[Projection, ...]
    current: Projection | None
    rows: tuple[Row, ...]
    points: tuple[OfferPoint, ...]
    assumptions: tuple[tuple[str, Mapping[str, Any]], ...]
    notes: tuple[tuple[str, Mapping[str, Any]], ...]
    audience: str = "recruiter"
    ours: str | None = None
    reports: tuple[GapReport, ...] | None = None
    market: Mapping[str, Any] | None = None

    def row(self, code: str, year: int | None = None, *, scenario: str | None = None) -> Row:
        """The row ``code`` (of ``year`` for a year row, of ``scenario`` for a scenario row).

        Examples
        --------
        >>> from expectgap.money import Money
        >>> c = compare_offers({"A": CompensationPackage(base=Money(1, "USD", "annual"))},
        ...                    years=2)
        >>> c.row("year_gross", 2).values
        (1.0,)
        >>> c.row("salary")
        Traceback (most recent call last):
        ...
        expectgap.errors.InvalidInput: row: got 'salary'; expected a row code such as position_title, position, gross_salary, net_salary, bonus, sign_on, ...
        """
        for r in self.rows:
            if r.code == code and r.year == year and r.scenario == scenario:
                return r
        codes = list(dict.fromkeys(r.code for r in self.rows))
        raise InvalidInput(
            "row",
            code,
            "a row code such as " + ", ".join(codes[:6]) + ", ... (and a year for year rows)",
        )

    def leader(self, code: str, year: int | None = None) -> str | None:
        """The offer leading on row ``code``.

        Examples
        --------
        >>> from expectgap.money import Money
        >>> compare_offers({"A": CompensationPackage(base=Money(1, "USD", "annual")),
        ...                 "B": CompensationPackage(base=Money(1, "USD", "annual"))}
        ...                ).leader("gross_salary") is None
        True
        """
        return self.row(code, year).leader

    def for_audience(self, audience: str) -> Comparison:
        """The comparison as ``audience`` sees it: the candidate sees no competing-offer points
        and the assessments in their candidate view.

        Examples
        --------
        >>> from expectgap.money import Money
        >>> c = compare_offers({"A": CompensationPackage(base=Money(1, "USD", "annual"))})
        >>> c.for_audience("candidate").audience
        'candidate'
        """
        if audience not in AUDIENCES:
            raise InvalidInput("audience", audience, "one of " + ", ".join(AUDIENCES))
        if audience == self.audience:
            return self
        if self.audience == "candidate":
            raise InvalidInput(
                "audience",
                audience,
                "'candidate' (a candidate's view holds no recruiter detail to give back)",
            )
        reports = None
        if self.reports is not None:
            reports = tuple(r.for_audience("candidate") for r in self.reports)
        return replace(
            self,
            audience="candidate",
            points=tuple(p for p in self.points if not p.recruiter_only),
            reports=reports,
        )

    # --- outputs ----------------------------------------------------------------------------
    def to_frame(self, kind: str = "rows", *, locale: str = "en") -> pd.DataFrame:
        """The comparison as a DataFrame.

        Parameters
        ----------
        kind : {"rows", "years"}
            ``"rows"``: one row per figure, a column per offer, with ``leader``, ``lead`` and
            ``lead_pct``; ``"years"``: one row per offer and year (index ``offer``, ``year``)
            with every money field of :class:`~expectgap.offers.years.YearFigures`.
        locale : {"en", "ja"}
            Language of the ``label`` column.

        Examples
        --------
        >>> from expectgap.money import Money
        >>> c = compare_offers({"A": CompensationPackage(base=Money(5, "USD", "annual"))},
        ...                    years=2)
        >>> c.to_frame("years")["total"].tolist()
        [5.0, 5.0]
        """
        import pandas as pd

        if kind == "years":
            records = []
            for name, p in zip(self.names, self.projections, strict=True):
                for y in p.years:
                    record: dict[str, Any] = {"offer": name, "year": y.year}
                    for f in ("base", "bonus", "allowances", "sign_on", "gross", "equity"):
                        record[f] = self._money(getattr(y, f))
                    record["benefits"] = self._money(y.benefits)
                    record["total"] = self._money(y.total)
                    record["net"] = None if y.net is None else self._money(y.net)
                    records.append(record)
            return pd.DataFrame.from_records(records).set_index(["offer", "year"])
        if kind != "rows":
            raise InvalidInput("kind", kind, "'rows' or 'years'")
        records = []
        for r in self.rows:
            record = {
                "code": r.code,
                "year": r.year,
                "scenario": r.scenario,
                "label": r.label(locale),
                "unit": r.unit,
            }
            for name, value in zip(self.names, r.values, strict=True):
                record[name] = ", ".join(value) if isinstance(value, tuple) else value
            record.update(leader=r.leader, lead=r.lead, lead_pct=r.lead_pct)
            if r.severities is not None:
                for name, severity in zip(self.names, r.severities, strict=True):
                    record[f"{name} severity"] = severity
            records.append(record)
        return pd.DataFrame.from_records(records)

    def _money(self, amount: Fraction) -> float:
        return _round_money(amount, self.currency)

    def to_dict(self, *, locale: str = "en") -> dict[str, Any]:
        """A JSON-ready dict following ``offers/schema.json``.

        Examples
        --------
        >>> from expectgap.money import Money
        >>> d = compare_offers({"A": CompensationPackage(base=Money(5, "USD", "annual"))},
        ...                    years=1).to_dict()
        >>> d["offers"][0]["per_year"][0]["total"], d["audience"]
        (5.0, 'recruiter')
        """
        text.label("title", locale)

        def figures(p: Projection) -> dict[str, Any]:
            per_year = []
            for y in p.years:
                item: dict[str, Any] = {"year": y.year}
                for f in ("base", "bonus", "allowances", "sign_on", "gross", "equity", "benefits"):
                    item[f] = self._money(getattr(y, f))
                item["total"] = self._money(y.total)
                item["net"] = None if y.net is None else self._money(y.net)
                per_year.append(item)
            summary: dict[str, Any] = {}
            for f in ("gross", "total", "net"):
                for part, value in (
                    ("first_year", p.first(f)),
                    ("average", p.average(f)),
                    ("total", p.total(f)),
                ):
                    summary.setdefault(part, {})[f] = None if value is None else self._money(value)
            return {
                "jurisdiction": p.jurisdiction,
                "rules_year": p.rules_year,
                "per_year": per_year,
                **summary,
            }

        offers = [
            {"name": n, **figures(p)} for n, p in zip(self.names, self.projections, strict=True)
        ]
        return {
            "kind": "offer_comparison",
            "audience": self.audience,
            "locale": locale,
            "currency": self.currency,
            "years": self.years,
            "ours": self.ours,
            "offers": offers,
            "current": None if self.current is None else figures(self.current),
            "rows": [
                {
                    "code": r.code,
                    "group": r.group,
                    "year": r.year,
                    "label": r.label(locale),
                    "unit": r.unit,
                    "values": [list(v) if isinstance(v, tuple) else v for v in r.values],
                    "leader": r.leader,
                    "lead": r.lead,
                    "lead_pct": r.lead_pct,
                    "severities": None if r.severities is None else list(r.severities),
                    "scenario": r.scenario,
                }
                for r in self.rows
            ],
            "points": [
                {
                    "kind": p.kind,
                    "offer": p.offer,
                    "other": p.other,
                    "dimension": p.dimension,
                    "text": p.text(locale),
                    "evidence": dict(p.evidence),
                }
                for p in self.points
            ],
            "assumptions": [
                {"code": code, "text": _phrase(code, values, locale)}
                for code, values in self.assumptions
            ],
            "notes": [
                {"code": code, "text": _phrase(code, values, locale)} for code, values in self.notes
            ],
            "market": None if self.market is None else dict(self.market),
        }

    def to_json(self, *, locale: str = "en", indent: int | None = 2) -> str:
        """:meth:`to_dict` as JSON text (UTF-8, Japanese unescaped).

        Examples
        --------
        >>> from expectgap.money import Money
        >>> c = compare_offers({"A": CompensationPackage(base=Money(5, "USD", "annual"))})
        >>> '"kind": "offer_comparison"' in c.to_json()
        True
        """
        return json.dumps(self.to_dict(locale=locale), ensure_ascii=False, indent=indent)

    def render(self, locale: str = "en") -> str:
        """The comparison as Markdown: assumptions, the side-by-side rows, the years, notes and
        talking points. Offer names and other user text are escaped.

        Examples
        --------
        >>> from expectgap.money import Money
        >>> c = compare_offers({"A|B": CompensationPackage(base=Money(5, "USD", "annual"))})
        >>> print(c.render().splitlines()[0])
        # Offers compared: A\\|B (USD, 4 years)
        """
        from expectgap.offers.render import markdown

        return markdown(self, locale)

    def _repr_markdown_(self) -> str:
        return self.render()

    def _repr_html_(self) -> str:
        """An HTML view for Jupyter (every text escaped)."""
        from expectgap.offers.render import html

        return html(self)

    def plot(self, *, title: str | None = None) -> Figure:
        """Year-by-year stacked bars per offer (needs matplotlib): :func:`expectgap.plot.offers`.

        Examples
        --------
        >>> from expectgap.money import Money
        >>> c = compare_offers({"A": CompensationPackage(base=Money(5, "USD", "annual"))})
        >>> len(c.plot().axes)
        1
        """
        from expectgap import plot

        return plot.offers(self, title=title)


def _phrase(code: str, values: Mapping[str, Any], locale: str) -> str:
    shown = dict(values)
    if code == "sign_on_clawback":
        shown["clawback"] = text.phrase(f"clawback_{values['clawback']}", locale)
    if code == "price_path":
        shown["path"] = values["label_" + locale]
    if code == "market":
        shown["measure"] = values["measure_" + locale]
    return text.phrase(code, locale, **shown)


def _round_money(amount: Fraction, code: str) -> float:
    places = currency(code).minor_units
    return float(round(amount, places))


# --- inputs ---------------------------------------------------------------------------------
def _named(offers: object) -> list[tuple[str, Offer]]:
    if isinstance(offers, Mapping):
        items = list(offers.items())
    elif isinstance(offers, Sequence) and not isinstance(offers, str | bytes):
        items = []
        for i, item in enumerate(offers):
            if isinstance(item, tuple) and len(item) == 2:
                items.append(item)
            else:
                items.append((f"offer {i + 1}", item))
    else:
        raise InvalidInput("offers", offers, "a mapping {name: Offer} or a list of offers")
    if not 1 <= len(items) <= _MAX_OFFERS:
        raise InvalidInput("offers", f"{len(items)} offers", f"1 to {_MAX_OFFERS} offers")
    out: list[tuple[str, Offer]] = []
    for name, item in items:
        if not isinstance(name, str) or not name.strip() or len(name) > _MAX_NAME:
            raise InvalidInput("offers", name, f"offer names of 1-{_MAX_NAME} characters")
        if isinstance(item, CompensationPackage):
            item = Offer(PositionSpec(), item)
        if not isinstance(item, Offer):
            raise InvalidInput(f"offers[{name}]", item, "an Offer or a CompensationPackage")
        out.append((" ".join(name.split()), item))
    names = [n for n, _ in out]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise InvalidInput("offers", repeated, "each offer name once")
    return out


def _jurisdiction(offer: Offer, given: str | None) -> str | None:
    if given is not None:
        if not isinstance(given, str):
            raise InvalidInput("jurisdiction", given, "an ISO 3166-1 code such as 'JP' or 'US'")
        return jurisdiction_code(given)
    place = offer.conditions.location
    if place is not None:
        return jurisdiction_code(place.country)
    return _COUNTRY_OF_CURRENCY.get(offer.package.currency)


def _region(offer: Offer, code: str | None) -> str | None:
    place = offer.conditions.location
    if place is None or code is None or jurisdiction_code(place.country) != code:
        return None
    return place.region


def _payroll_options(
    code: str | None, expectations: Expectations | None, given: Mapping[str, Any] | None
) -> dict[str, Any]:
    options: dict[str, Any] = {}
    if code == "JP" and expectations is not None:
        options = {"dependents": expectations.dependents}
        if expectations.age is not None:
            options["age"] = expectations.age
        if expectations.birth_date is not None:
            options["birth_date"] = expectations.birth_date
        if expectations.household is not None:
            options |= expectations.household.keywords()
    options.update(given or {})
    return options


# --- rows -----------------------------------------------------------------------------------
def _ranked(
    code: str,
    group: str,
    unit: str,
    names: Sequence[str],
    values: Sequence[Value],
    higher: bool | None,
    year: int | None = None,
) -> Row:
    leader, lead, lead_pct = None, None, None
    numbers = [v for v in values if isinstance(v, float)]
    if higher is not None and len(names) > 1 and len(numbers) == len(values):
        order = sorted(range(len(numbers)), key=lambda i: numbers[i], reverse=higher)
        best, runner = numbers[order[0]], numbers[order[1]]
        lead = abs(best - runner)
        if lead > 0:
            leader = names[order[0]]
            lead_pct = round(lead / abs(runner) * _PERCENT, _DIGITS) if runner else None
    return Row(code, group, unit, tuple(values), higher, leader, lead, lead_pct, year)


#: Parts of pay an offer may be silent on; a silent offer's cell reads "not stated".
STATED_PARTS = ("bonus", "sign_on", "equity", "benefits")


def _states(package: CompensationPackage, field: str) -> bool:
    part = {
        "bonus": package.bonuses,
        "sign_on": package.sign_on,
        "equity": package.equity,
        "benefits": package.benefits,
    }[field]
    return part is not None and part != ()


def _num(value: object) -> float | None:
    if value is None:
        return None
    return float(as_fraction(value))


def _place(offer: Offer) -> str | None:
    loc = offer.conditions.location
    if loc is None:
        return None
    return "/".join(p for p in (loc.country, loc.region, loc.city) if p)


def _dimension_rows(
    names: Sequence[str], offers: Sequence[Offer], projections: Sequence[Projection], code: str
) -> list[Row]:
    def money(values: Sequence[Fraction | None]) -> list[Value]:
        return [None if v is None else _round_money(v, code) for v in values]

    def stated(field: str, values: Sequence[Fraction | None]) -> list[Value]:
        # An offer silent on a part of pay states none of it: "not stated", not zero.
        return [
            v if _states(o.package, field) else None
            for o, v in zip(offers, money(values), strict=True)
        ]

    def cond(attr: str) -> list[Value]:
        return [_num(getattr(o.conditions, attr, None)) for o in offers]

    year1 = [raised(o.package, p.raise_rate, 1) for o, p in zip(offers, projections, strict=True)]
    rows = [
        _ranked(
            "position_title", "dimension", "text", names, [o.position.title for o in offers], None
        ),
        _ranked(
            "position", "dimension", "level", names, [_num(o.position.level) for o in offers], True
        ),
        _ranked(
            "gross_salary",
            "dimension",
            "money_annual",
            names,
            money([p.guaranteed_annual_cash().amount for p in year1]),
            True,
        ),
        _ranked(
            "net_salary",
            "dimension",
            "money_annual",
            names,
            money([p.first("net") for p in projections]),
            True,
        ),
        _ranked(
            "bonus",
            "dimension",
            "money_annual",
            names,
            stated("bonus", [p.first("bonus") for p in projections]),
            True,
        ),
        _ranked(
            "sign_on",
            "dimension",
            "money_annual",
            names,
            stated("sign_on", [p.first("sign_on") for p in projections]),
            True,
        ),
        _ranked(
            "equity",
            "dimension",
            "money_total",
            names,
            stated("equity", [p.total("equity") for p in projections]),
            True,
        ),
        _ranked(
            "benefits",
            "dimension",
            "money_annual",
            names,
            stated("benefits", [p.first("benefits") for p in projections]),
            True,
        ),
        _ranked("hours", "dimension", "hours_per_week", names, cond("hours_per_week"), False),
        _ranked(
            "overtime",
            "dimension",
            "hours_per_month",
            names,
            cond("overtime_hours_per_month"),
            False,
        ),
        _ranked("location", "dimension", "place", names, [_place(o) for o in offers], None),
        _ranked(
            "remote_work", "dimension", "days_per_week", names, cond("remote_days_per_week"), True
        ),
        _ranked("leave", "dimension", "days_per_year", names, cond("paid_leave_days"), True),
        _ranked(
            "atmosphere", "dimension", "tags", names, [o.atmosphere or None for o in offers], None
        ),
    ]
    return rows


def _year_rows(
    names: Sequence[str], projections: Sequence[Projection], code: str, years: int
) -> list[Row]:
    rows = []
    for k in range(years):
        for f, row_code in (
            ("gross", "year_gross"),
            ("equity", "year_equity"),
            ("total", "year_total"),
            ("net", "year_net"),
        ):
            values: list[Value] = []
            for p in projections:
                v = p.years[k].value(f)
                values.append(None if v is None else _round_money(v, code))
            rows.append(_ranked(row_code, "year", "money_annual", names, values, True, k + 1))
    return rows


def _total_rows(names: Sequence[str], projections: Sequence[Projection], code: str) -> list[Row]:
    rows = []
    for f, first, average, total in (
        ("gross", "first_year_gross", "average_gross", "total_gross"),
        ("total", "first_year_total", "average_total", "total_compensation"),
        ("net", "first_year_net", "average_net", "total_net"),
    ):
        for row_code, unit, how in (
            (first, "money_annual", "first"),
            (average, "money_annual", "average"),
            (total, "money_total", "total"),
        ):
            values: list[Value] = []
            for p in projections:
                v = getattr(p, how)(f)
                values.append(None if v is None else _round_money(v, code))
            rows.append(_ranked(row_code, "total", unit, names, values, True))
    return rows


def _market_row(
    names: Sequence[str],
    offers: Sequence[Offer],
    projections: Sequence[Projection],
    market: SurveyTable,
    measure: str | None,
    mismatch: str,
    code: str,
) -> tuple[Row, dict[str, Any]]:
    if not isinstance(market, SurveyTable):
        raise InvalidInput("market", market, "a SurveyTable")
    if market.currency != code:
        raise CurrencyMismatch(code, market.currency, "market comparison")
    chosen = measure if measure is not None else market.measure
    if chosen is None:
        raise InvalidInput(
            "market_measure",
            None,
            "what the market table measures (the table states none): one of " + ", ".join(MEASURES),
        )
    check_measure(market, chosen, mismatch=mismatch)
    if market.period is not Period.ANNUAL and not (
        chosen == "base_wage" and market.period is Period.MONTHLY
    ):
        raise PeriodMismatch(market.period.value, "annual", f"placing {chosen} in a market table")
    values: list[Value] = []
    for offer, p in zip(offers, projections, strict=True):
        first = raised(offer.package, p.raise_rate, 1)
        if chosen == "base_wage":
            amount = (
                first.monthly_base() if market.period is Period.MONTHLY else first.annual_base()
            ).amount
        elif chosen == "cash":
            amount = first.expected_annual_cash().amount
        else:
            amount = p.years[0].total
        values.append(round(float(market.percentile_of(float(amount))), _DIGITS))
    info = {
        "source": market.source,
        "measure": chosen,
        "measure_en": MEASURES[chosen],
        "measure_ja": _MEASURE_JA[chosen],
        "table_measure": market.measure,
    }
    return _ranked("market_percentile", "market", "percentile", names, values, True), info


_MEASURE_JA = {
    "base_wage": "基本給（賞与・株式報酬を含まない）",
    "cash": "現金報酬（基本給・手当・賞与）",
    "total_compensation": "総報酬（現金・入社一時金・株式報酬・福利厚生）",
}


def _rise(new: Fraction | None, old: Fraction | None) -> float | None:
    if new is None or old is None or old <= 0:
        return None
    return round(float((new / old - 1) * _PERCENT), _DIGITS)


def _raise_rows(
    names: Sequence[str], projections: Sequence[Projection], current: Projection
) -> list[Row]:
    rows = []
    for f, first, average in (
        ("gross", "raise_gross_first_year", "raise_gross_average"),
        ("total", "raise_total_first_year", "raise_total_average"),
        ("net", "raise_net_first_year", "raise_net_average"),
    ):
        rows.append(
            _ranked(
                first,
                "raise",
                "percent",
                names,
                [_rise(p.first(f), current.first(f)) for p in projections],
                True,
            )
        )
        rows.append(
            _ranked(
                average,
                "raise",
                "percent",
                names,
                [_rise(p.average(f), current.average(f)) for p in projections],
                True,
            )
        )
    return rows


def _scenario_rows(
    names: Sequence[str],
    offers: Sequence[Offer],
    projections: Sequence[Projection],
    scenario: PricePath,
    code: str,
) -> list[Row]:
    equity: list[Value] = []
    totals: list[Value] = []
    for offer, p in zip(offers, projections, strict=True):
        vested = sum(
            (
                g.vested_in_year(k, scenario).amount
                for g in offer.package.equity
                for k in range(1, len(p.years) + 1)
            ),
            Fraction(0),
        )
        other = sum((y.total - y.equity for y in p.years), Fraction(0))
        equity.append(_round_money(vested, code))
        totals.append(_round_money(other + vested, code))
    return [
        replace(
            _ranked(row_code, "scenario", "money_total", names, values, True),
            scenario=scenario.name,
        )
        for row_code, values in (("scenario_equity", equity), ("scenario_total", totals))
    ]


# --- talking points -------------------------------------------------------------------------
def _raise_points(
    names: Sequence[str], rows: Sequence[Row], years: int, code: str
) -> list[OfferPoint]:
    by_code = {r.code: r for r in rows if r.group == "raise"}
    points = []
    for i, name in enumerate(names):
        for kind, first, average in (
            ("raise_net", "raise_net_first_year", "raise_net_average"),
            ("raise_gross", "raise_gross_first_year", "raise_gross_average"),
        ):
            pct, avg = by_code[first].values[i], by_code[average].values[i]
            if isinstance(pct, float) and isinstance(avg, float):
                points.append(
                    OfferPoint(
                        kind, name, None, first, {"pct": pct, "average_pct": avg, "years": years}
                    )
                )
                break
    return points


def _competing_points(
    names: Sequence[str], rows: Sequence[Row], ours: str, code: str
) -> list[OfferPoint]:
    index = names.index(ours)
    points = []
    wanted = [r for r in rows if r.code in _COMPETING and r.group != "year"]
    for j, other in enumerate(names):
        if j == index:
            continue
        for r in wanted:
            mine, theirs = r.values[index], r.values[j]
            if r.code in _HAS and isinstance(mine, float) and mine > 0 and theirs in (None, 0):
                points.append(
                    OfferPoint(
                        "ours_has", ours, other, r.code, {"ours": mine, "unit": r.unit}, code
                    )
                )
                continue
            if not isinstance(mine, float) or not isinstance(theirs, float) or mine == theirs:
                continue
            evidence: dict[str, float | int | str] = {
                "ours": mine,
                "theirs": theirs,
                "difference": abs(mine - theirs),
                "unit": r.unit,
            }
            better = (mine > theirs) == bool(r.higher_is_better)
            kind = "ours_leads" if better else "other_leads"
            points.append(OfferPoint(kind, ours, other, r.code, evidence, code))
    return points


# --- the function ---------------------------------------------------------------------------
def compare_offers(
    offers: Mapping[str, Offer | CompensationPackage] | Sequence[Any],
    expectations: Expectations | None = None,
    *,
    years: int = 4,
    raise_rate: Number | str = 0.0,
    trend: Number | None = None,
    price_path: PricePath | None = None,
    scenarios: Sequence[PricePath] = (),
    market: SurveyTable | None = None,
    market_measure: str | None = None,
    mismatch: str = "raise",
    jurisdiction: str | None = None,
    year: int | None = None,
    as_of: date | None = None,
    payroll_options: Mapping[str, Any] | None = None,
    current_region: str | None = None,
    ours: str | None = None,
    audience: str = "recruiter",
    strict_year: bool = False,
) -> Comparison:
    """Compare offers side by side, year by year, against the candidate's current pay.

    Parameters
    ----------
    offers : mapping {name: Offer or CompensationPackage}, or a list
        The offers (a list gives the names ``"offer 1"``, ``"offer 2"``..., or holds
        ``(name, offer)`` pairs). One currency for all (convert first).
    expectations : Expectations, optional
        What the candidate seeks: each offer is assessed against it
        (:attr:`Comparison.reports`), and its ``current`` package anchors the raise rows and
        talking points; ``age`` and ``dependents`` feed the Japanese take-home pay.
    years : int
        Years to project (default 4).
    raise_rate : number or "market"
        Annual raise of base pay (default 0.0: none assumed); ``"market"`` uses ``trend``.
        Labelled as an assumption in every output.
    trend : number, optional
        The market pay trend (0.038 for 3.8% a year), for ``raise_rate="market"``.
    price_path : PricePath, optional
        How equity is valued (default flat at the value at grant); labelled as an assumption.
    scenarios : sequence of PricePath
        The user's share-price scenarios: for each, a ``"scenario"`` row of total compensation
        over the period (``c.row("scenario_total", scenario="bear")``), each labelled.
    market : SurveyTable, optional
        A market table: each offer's year-1 figure of the table's measure is placed in it.
    market_measure : str, optional
        What the table measures when it does not say (``"base_wage"``, ``"cash"``,
        ``"total_compensation"``); a measure other than the table's stated one raises.
    mismatch : {"raise", "warn"}
        ``"warn"`` places a figure of another measure anyway, with a warning naming both.
    jurisdiction : str, optional
        Payroll engine for take-home pay (default: each offer's location country, else its
        currency's country); where no engine exists take-home is not computed (a note says so).
    year : int, optional
        Calendar year of the payroll rules (default: the year of ``as_of``). A year after the
        last one with rules uses the latest rules, as :func:`expectgap.assess.assess` does;
        the assumptions say which rules year each engine used.
    strict_year : bool
        Refuse a year without rules instead.
    as_of : datetime.date, optional
        Date of the comparison (default today).
    payroll_options : mapping, optional
        Extra keywords of the payroll engine.
    current_region : str, optional
        The region of work of the current job (a prefecture, a US state), for its take-home
        pay; without it the engine's default applies, or take-home is not computed where the
        engine has none (a note says so).
    ours : str, optional
        The name of our offer: the recruiter gets talking points against each other offer.
    audience : {"recruiter", "candidate"}

    Returns
    -------
    Comparison

    Raises
    ------
    InvalidInput
        No offers, duplicate names, a bad rate, years or audience, ``ours`` not among the
        offers, ``raise_rate="market"`` without ``trend``, a market table of another measure.
    CurrencyMismatch
        Offers, current pay or market table in different currencies.

    Examples
    --------
    >>> from expectgap.money import Money
    >>> from expectgap.package import CompensationPackage
    >>> a = CompensationPackage(base=Money(100_000, "USD", "annual"))
    >>> c = compare_offers({"A": a}, raise_rate="market", trend=0.03, years=2)
    >>> c.row("year_gross", 2).values
    (103000.0,)
    >>> compare_offers({"A": a}, raise_rate="market")
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: trend: got None; expected the market trend (0.038 for 3.8% a year) for raise_rate='market'
    """
    named = _named(offers)
    if audience not in AUDIENCES:
        raise InvalidInput("audience", audience, "one of " + ", ".join(AUDIENCES))
    if expectations is not None and not isinstance(expectations, Expectations):
        raise InvalidInput("expectations", expectations, "an Expectations")
    names = tuple(n for n, _ in named)
    offer_list = [o for _, o in named]
    code = offer_list[0].package.currency
    for name, offer in named:
        if offer.package.currency != code:
            raise CurrencyMismatch(code, offer.package.currency, f"comparing offer {name!r}")
    current_pkg = None if expectations is None else expectations.current
    if current_pkg is not None and current_pkg.currency != code:
        raise CurrencyMismatch(code, current_pkg.currency, "comparing with current pay")
    if ours is not None and ours not in names:
        raise InvalidInput("ours", ours, "one of the offers: " + ", ".join(names))
    basis = "assumption"
    if isinstance(raise_rate, str):
        if raise_rate != "market":
            raise InvalidInput("raise_rate", raise_rate, "a rate such as 0.03, or 'market'")
        if trend is None:
            raise InvalidInput(
                "trend", None, "the market trend (0.038 for 3.8% a year) for raise_rate='market'"
            )
        rate, basis = as_fraction(trend, "trend"), "market trend"
    else:
        rate = as_fraction(raise_rate, "raise_rate")
    when = date.today() if as_of is None else as_of
    rules_year = when.year if year is None else year
    path = PricePath.flat() if price_path is None else price_path
    paths = tuple(scenarios)
    if not all(isinstance(p, PricePath) for p in paths) or len(paths) > _MAX_SCENARIOS:
        raise InvalidInput("scenarios", scenarios, f"a list of at most {_MAX_SCENARIOS} PricePath")
    scenario_names = [p.name for p in paths]
    if len(set(scenario_names)) != len(scenario_names):
        raise InvalidInput("scenarios", scenario_names, "scenarios with distinct names")

    def run(offer: Offer, region: str | None = None) -> Projection:
        where = _jurisdiction(offer, jurisdiction)
        rules = (
            rules_year
            if where is None
            else payroll_year(where, offer.package.currency, rules_year, strict=strict_year)
        )
        return project(
            offer.package,
            years=years,
            raise_rate=rate,
            raise_basis=basis,
            price_path=path,
            jurisdiction=where,
            rules_year=rules,
            region=region if region is not None else _region(offer, where),
            payroll_options=_payroll_options(where, expectations, payroll_options),
        )

    projections = tuple(run(o) for o in offer_list)
    if current_region is not None and current_pkg is None:
        raise InvalidInput("current_region", current_region, "a current package to place")
    current = (
        None if current_pkg is None else run(Offer(PositionSpec(), current_pkg), current_region)
    )
    count = len(projections[0].years)
    rows = _dimension_rows(names, offer_list, projections, code)
    market_info = None
    if market is not None:
        market_row, market_info = _market_row(
            names, offer_list, projections, market, market_measure, mismatch, code
        )
        rows.append(market_row)
    elif market_measure is not None:
        raise InvalidInput("market_measure", market_measure, "a market table to place offers in")
    rows += _total_rows(names, projections, code)
    for scenario in paths:
        rows += _scenario_rows(names, offer_list, projections, scenario, code)
    rows += _year_rows(names, projections, code, count)
    points: list[OfferPoint] = []
    if current is not None:
        rows += _raise_rows(names, projections, current)
        points += _raise_points(names, rows, count, code)
    if ours is not None:
        points += _competing_points(names, rows, ours, code)

    assumptions: list[tuple[str, Mapping[str, Any]]] = [("years_are_full", {})]
    if rate == 0:
        assumptions.append(("no_raise", {}))
    else:
        key = "raise_market" if basis == "market trend" else "raise_assumption"
        assumptions.append((key, {"rate": f"{float(rate) * _PERCENT:g}"}))
    if any(o.package.equity for o in offer_list) or (
        current_pkg is not None and current_pkg.equity
    ):
        assumptions.append(
            ("price_path", {"name": path.name, "label_en": path.label, "label_ja": _price_ja(path)})
        )
        assumptions += [
            ("price_path", {"name": p.name, "label_en": p.label, "label_ja": _price_ja(p)})
            for p in paths
        ]
    engines = sorted({(p.jurisdiction, p.rules_year) for p in projections if p.jurisdiction})
    for where, rules in engines:
        assumptions.append(("rules_year", {"jurisdiction": where, "year": rules}))
    notes: list[tuple[str, Mapping[str, Any]]] = []
    for name, offer, p in zip(names, offer_list, projections, strict=True):
        for note in p.notes:
            notes.append((note, {"offer": name}))
        if p.jurisdiction is not None and _region(offer, p.jurisdiction) is None:
            notes.append(("region_not_stated", {"offer": name}))
        sign_on = offer.package.sign_on
        if sign_on is not None and sign_on.clawback_months:
            notes.append(
                (
                    "sign_on_clawback",
                    {
                        "offer": name,
                        "amount": sign_on.amount.format(),
                        "months": sign_on.clawback_months,
                        "clawback": sign_on.clawback,
                    },
                )
            )
    if (
        current is not None
        and current.first("net") is None
        and any(p.first("net") is not None for p in projections)
    ):
        notes.append(("current_net_not_computed", {}))
    if market_info is not None and market_info["source"]:
        notes.append(("market", {"source": market_info["source"], **market_info}))
    reports = None
    if expectations is not None:
        reports = tuple(
            assess(
                expectations,
                o,
                jurisdiction=p.jurisdiction or _jurisdiction(o, jurisdiction) or "JP",
                year=rules_year,
                as_of=when,
                audience="recruiter",
                strict_year=strict_year,
            )
            for o, p in zip(offer_list, projections, strict=True)
        )
    if reports is not None:
        rows = [_with_severities(r, reports) for r in rows]
    comparison = Comparison(
        names=names,
        currency=code,
        years=count,
        projections=projections,
        current=current,
        rows=tuple(rows),
        points=tuple(points),
        assumptions=tuple(assumptions),
        notes=tuple(notes),
        audience="recruiter",
        ours=ours,
        reports=reports,
        market=None
        if market_info is None
        else {k: market_info[k] for k in ("source", "measure", "table_measure")},
    )
    return comparison.for_audience(audience)


_DIMENSIONS = frozenset(d.value for d in Dimension)


def _with_severities(row: Row, reports: Sequence[GapReport]) -> Row:
    if row.group != "dimension" or row.code not in _DIMENSIONS:
        return row
    severities = tuple(r.gap(row.code).severity.value for r in reports)
    return replace(row, severities=severities)


def _price_ja(path: PricePath) -> str:
    if path.multiples:
        shown = "、".join(f"{float(m):g}倍" for m in path.multiples)
        return f"株価シナリオ「{path.name}」（入社時の株価に対し年ごとに{shown}）"
    if path.annual_growth is None or path.annual_growth == 0:
        return "株価は付与時の水準で横ばい"
    return f"株価は付与時から年{float(path.annual_growth) * _PERCENT:+g}%で推移"
