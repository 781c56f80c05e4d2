"""An offer year by year: cash, equity, total compensation and take-home pay over N years.

:func:`project` turns a :class:`~expectgap.package.CompensationPackage` into one
:class:`YearFigures` per year, counted from the hire:

* **Raises.** Base pay in year *k* is the stated base times ``(1 + raise_rate) ** (k - 1)``
  (0 by default: no raise is assumed unless stated). Bonuses stated in months or as a
  percentage of base pay move with it; allowances, fixed overtime pay and fixed bonus amounts
  stay as stated. The rate is an assumption, labelled as such (or as the market trend when it
  comes from one).
* **Cash** (``gross``) is what the employer pays through payroll in the year: base pay,
  allowances and fixed overtime pay, bonuses at their expected payout, and the sign-on bonus in
  year 1.
* **Equity** is what vests in the year (:meth:`~expectgap.package.EquityGrant.vested_in_year`),
  valued under a stated :class:`~expectgap.package.PricePath` (flat by default), an assumption
  labelled as such. **Benefits** are the employer-paid benefits valued per year.
  ``total = gross + equity + benefits``.
* **Take-home** (``net``) is the year's cash through the jurisdiction's payroll engine
  (:func:`expectgap.payroll.engine`), where one exists for the package's currency. Japan's
  engine takes the package itself (monthly pay, bonus months), with the sign-on bonus paid as a
  one-off bonus with the January pay of year 1; the other engines take the year's gross pay.
  An engine that needs a region the offer does not state (a US state) computes nothing and a
  note (``"net_needs_region"``) says so. Every year is computed
  under the rules of one calendar year (``rules_year``), as a full calendar year of pay. Equity
  and benefits are shown before tax (equity is taxable when it vests; the engines here do not
  model it). Without an engine, ``net`` is None and a note says so.

Examples
--------
>>> from expectgap.money import Money
>>> from expectgap.package import Bonus, CompensationPackage, EquityGrant, SignOn
>>> texas = CompensationPackage(
...     base=Money(140_000, "USD", "annual"), bonuses=(Bonus.target(10),),
...     sign_on=SignOn(Money(20_000, "USD")),
...     equity=(EquityGrant.cliff_then(Money(200_000, "USD"), cliff_months=12, every="monthly"),))
>>> p = project(texas, years=4, jurisdiction=None)
>>> [int(y.total) for y in p.years], int(p.total("total"))
([224000, 204000, 204000, 204000], 836000)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from expectgap.assess.scale import PackageScale
from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.money import Money, Number, Period, as_fraction
from expectgap.package import Bonus, CompensationPackage, PricePath

__all__ = ["FIELDS", "RAISE_BASES", "Projection", "YearFigures", "project", "raised"]

#: The money fields of a year, in the order of the parts of total compensation.
FIELDS = ("base", "bonus", "allowances", "sign_on", "gross", "equity", "benefits", "total", "net")
#: Where a raise rate comes from: stated by the user as an assumption, or the market trend.
RAISE_BASES = ("assumption", "market trend")
_MAX_YEARS = 50
_MAX_RAISE = 1  # +100% a year
_SIGN_ON_MONTH = (1,)
# Engines that take a CompensationPackage (its monthly pay and bonus months change the
# deductions); the others take the year's gross pay as one amount.
_PACKAGE_ENGINES = frozenset({"JP"})


@dataclass(frozen=True)
class YearFigures:
    """One year of an offer (amounts exact, in the package's currency, per year).

    Attributes
    ----------
    year : int
        1 for the first year after the hire.
    base, bonus, allowances, sign_on : Fraction
        Base pay; bonuses at their expected payout; allowances and fixed overtime pay; the
        sign-on bonus (year 1 only).
    gross : Fraction
        Cash paid through payroll: their sum.
    equity, benefits : Fraction
        Equity vesting in the year under the price path; employer-paid benefits.
    total : Fraction
        Total compensation: ``gross + equity + benefits``.
    net : Fraction or None
        Take-home of ``gross`` through the payroll engine (None without one).
    deductions : mapping
        The engine's deductions by name, as it gives them (empty without one).

    Examples
    --------
    >>> y = YearFigures(1, Fraction(100), Fraction(0), Fraction(0), Fraction(0), Fraction(100),
    ...                 Fraction(50), Fraction(0), Fraction(150), None)
    >>> y.value("total")
    Fraction(150, 1)
    """

    year: int
    base: Fraction
    bonus: Fraction
    allowances: Fraction
    sign_on: Fraction
    gross: Fraction
    equity: Fraction
    benefits: Fraction
    total: Fraction
    net: Fraction | None
    deductions: Mapping[str, float] = field(default_factory=dict)

    def value(self, name: str) -> Fraction | None:
        """The field ``name`` (one of :data:`FIELDS`) as an exact number, None when unknown.

        Examples
        --------
        >>> YearFigures(1, *(Fraction(1),) * 8, 7).value("net")
        Fraction(7, 1)
        """
        if name not in FIELDS:
            raise InvalidInput("field", name, "one of " + ", ".join(FIELDS))
        raw = getattr(self, name)
        return None if raw is None else Fraction(raw)


@dataclass(frozen=True)
class Projection:
    """An offer year by year, with the assumptions behind the figures.

    Attributes
    ----------
    currency : str
    years : tuple of YearFigures
    raise_rate : Fraction
        Annual raise of base pay assumed.
    raise_basis : str
        ``"assumption"`` or ``"market trend"``.
    price_path : PricePath
        How equity is valued (an assumption).
    jurisdiction : str or None
        The payroll engine used for take-home pay (None: none applies).
    rules_year : int or None
        Calendar year of the payroll rules every year is computed under.
    notes : tuple of str
        Codes of what the figures leave out (``"net_not_computed"``, ``"equity_before_tax"``).

    Examples
    --------
    >>> from expectgap.money import Money
    >>> p = project(CompensationPackage(base=Money(100, "USD", "annual")), years=2,
    ...             raise_rate=0.1, jurisdiction=None)
    >>> [int(y.base) for y in p.years], p.first("gross"), p.average("gross")
    ([100, 110], Fraction(100, 1), Fraction(105, 1))
    """

    currency: str
    years: tuple[YearFigures, ...]
    raise_rate: Fraction
    raise_basis: str
    price_path: PricePath
    jurisdiction: str | None
    rules_year: int | None
    notes: tuple[str, ...] = ()

    def series(self, name: str) -> tuple[Fraction | None, ...]:
        """The field ``name`` year by year.

        Examples
        --------
        >>> from expectgap.money import Money
        >>> project(CompensationPackage(base=Money(1, "USD", "annual")), years=2,
        ...         jurisdiction=None).series("net")
        (None, None)
        """
        return tuple(y.value(name) for y in self.years)

    def total(self, name: str) -> Fraction | None:
        """The field summed over every year (None when any year is unknown).

        Examples
        --------
        >>> from expectgap.money import Money
        >>> project(CompensationPackage(base=Money(1, "USD", "annual")), years=3,
        ...         jurisdiction=None).total("gross")
        Fraction(3, 1)
        """
        values = self.series(name)
        if any(v is None for v in values):
            return None
        return sum((v for v in values if v is not None), Fraction(0))

    def first(self, name: str) -> Fraction | None:
        """The field in the first year.

        Examples
        --------
        >>> from expectgap.money import Money
        >>> project(CompensationPackage(base=Money(7, "USD", "annual")), years=1,
        ...         jurisdiction=None).first("base")
        Fraction(7, 1)
        """
        return self.years[0].value(name)

    def average(self, name: str) -> Fraction | None:
        """The field's average per year over the projection.

        Examples
        --------
        >>> from expectgap.money import Money
        >>> project(CompensationPackage(base=Money(7, "USD", "annual")), years=2,
        ...         jurisdiction=None).average("base")
        Fraction(7, 1)
        """
        total = self.total(name)
        return None if total is None else total / len(self.years)


def _years(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= _MAX_YEARS:
        raise InvalidInput("years", value, f"a whole number of years in [1, {_MAX_YEARS}]")
    return value


def _raise(value: Number) -> Fraction:
    rate = as_fraction(value, "raise_rate")
    if not -1 < rate <= _MAX_RAISE:
        raise InvalidInput("raise_rate", value, f"an annual rate in (-1, {_MAX_RAISE}]")
    return rate


def raised(package: CompensationPackage, rate: Fraction, year: int) -> CompensationPackage:
    """The package with base pay raised for ``year`` (1-based) at ``rate`` a year.

    Examples
    --------
    >>> from expectgap.money import Money
    >>> print(raised(CompensationPackage(base=Money(100, "USD", "annual")), Fraction(1, 10), 3)
    ...       .annual_base())
    $121.00 per year
    """
    if rate == 0 or year == 1:
        return package
    scale = PackageScale.of(package)
    return scale.with_base(scale.base * (1 + rate) ** (year - 1))


def _payroll_package(package: CompensationPackage, sign_on: Fraction) -> CompensationPackage:
    """The cash of the year as the payroll engine sees it: the sign-on is a one-off bonus."""
    bonuses = package.bonuses
    if sign_on:
        money = Money(sign_on, package.currency, Period.ANNUAL)
        bonuses = (*bonuses, Bonus.fixed(money, name="sign-on", payment_months=_SIGN_ON_MONTH))
    return dataclasses.replace(package, bonuses=bonuses, sign_on=None, equity=(), benefits=())


def project(
    package: CompensationPackage,
    *,
    years: int = 4,
    raise_rate: Number = 0,
    raise_basis: str = "assumption",
    price_path: PricePath | None = None,
    jurisdiction: str | None = None,
    rules_year: int | None = None,
    region: object = None,
    payroll_options: Mapping[str, Any] | None = None,
) -> Projection:
    """Project a package over ``years`` years (see the module conventions).

    Parameters
    ----------
    package : CompensationPackage
    years : int
        Number of years, 1 to 50 (default 4).
    raise_rate : number
        Annual raise of base pay (default 0: none assumed).
    raise_basis : {"assumption", "market trend"}
        Where the rate comes from, for the labels.
    price_path : PricePath, optional
        How equity is valued (default flat).
    jurisdiction : str, optional
        ISO 3166-1 code of the payroll engine for take-home pay; None (or a jurisdiction
        without an engine, or an engine of another currency) computes no take-home.
    rules_year : int, optional
        Calendar year of the payroll rules (required with an engine).
    region : optional
        The engine's region (Japan: the prefecture; default the engine's own).
    payroll_options : mapping, optional
        Other keywords of the engine (Japan: ``age``, ``dependents``...).

    Returns
    -------
    Projection

    Raises
    ------
    InvalidInput
        Years outside [1, 50], a raise rate outside (-1, 1], a rules year missing with an
        engine.
    UnsupportedRule
        A rules year or region the engine has no rules for.

    Examples
    --------
    A Tokyo package of 400,000 yen a month with 4 months of bonus, 2026 rules:

    >>> from expectgap.money import Money
    >>> pkg = CompensationPackage(base=Money(400_000, "JPY", "monthly"),
    ...                           bonuses=(Bonus.months_of_base(4),))
    >>> p = project(pkg, years=2, jurisdiction="JP", rules_year=2026)
    >>> int(p.first("gross")), p.first("net") == p.years[1].net
    (6400000, True)
    """
    from expectgap.payroll import engine

    if not isinstance(package, CompensationPackage):
        raise InvalidInput("package", package, "a CompensationPackage")
    count = _years(years)
    rate = _raise(raise_rate)
    if raise_basis not in RAISE_BASES:
        raise InvalidInput("raise_basis", raise_basis, "one of " + ", ".join(RAISE_BASES))
    path = PricePath.flat() if price_path is None else price_path
    if not isinstance(path, PricePath):
        raise InvalidInput("price_path", price_path, "a PricePath")
    notes: list[str] = []
    payroll = None
    if jurisdiction is not None and not isinstance(jurisdiction, str):
        raise InvalidInput("jurisdiction", jurisdiction, "an ISO 3166-1 code such as 'JP' or 'GB'")
    if jurisdiction is not None:
        try:
            candidate = engine(jurisdiction)  # aliases such as "UK" resolve here
        except UnsupportedRule:
            candidate = None  # no engine: the figures stay gross and a note says so
        if candidate is not None and candidate.currency == package.currency:
            payroll = candidate
    if payroll is None:
        notes.append("net_not_computed")
    elif rules_year is None:
        raise InvalidInput("rules_year", None, "the calendar year of the payroll rules")
    if package.equity or package.benefits:
        notes.append("equity_before_tax")
    options = dict(payroll_options or {})
    if region is not None:
        options["region"] = region
    cache: dict[CompensationPackage, Any] = {}
    rows = []
    for k in range(1, count + 1):
        yearly = raised(package, rate, k)
        base = yearly.annual_base().amount
        bonus = sum((b.expected(yearly.annual_base()).amount for b in yearly.bonuses), Fraction(0))
        cash = yearly.expected_annual_cash().amount
        sign_on = (
            package.sign_on.amount.amount if k == 1 and package.sign_on is not None else Fraction(0)
        )
        equity = sum((g.vested_in_year(k, path).amount for g in package.equity), Fraction(0))
        benefits = sum((b.value.amount for b in package.benefits), Fraction(0))
        gross = cash + sign_on
        net = None
        deductions: dict[str, float] = {}
        if payroll is not None and "net_needs_region" not in notes:
            payslip = _payroll_package(yearly, sign_on)
            if payslip not in cache:
                assert rules_year is not None
                pay = payslip if payroll.code in _PACKAGE_ENGINES else float(gross)
                try:
                    cache[payslip] = payroll.net_annual(pay, year=rules_year, **options)
                except InvalidInput as exc:
                    if exc.field != "region" or "region" in options:
                        raise
                    notes.append("net_needs_region")
            if payslip in cache:
                result = cache[payslip]
                net = as_fraction(result.net, "net")
                deductions = {name: float(value) for name, value in result.components.items()}
        rows.append(
            YearFigures(
                year=k,
                base=base,
                bonus=bonus,
                allowances=cash - base - bonus,
                sign_on=sign_on,
                gross=gross,
                equity=equity,
                benefits=benefits,
                total=gross + equity + benefits,
                net=net,
                deductions=deductions,
            )
        )
    return Projection(
        currency=package.currency,
        years=tuple(rows),
        raise_rate=rate,
        raise_basis=raise_basis,
        price_path=path,
        jurisdiction=None if payroll is None or "net_needs_region" in notes else payroll.code,
        rules_year=None if payroll is None or "net_needs_region" in notes else rules_year,
        notes=tuple(notes),
    )
