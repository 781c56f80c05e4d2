"""Take-home pay of an offer, and the gross pay a take-home target needs (Japan).

:func:`net_model` picks the model of the offer's jurisdiction: :class:`NetModel` below for
Japan, :class:`~expectgap.assess.net_engine.EngineNetModel` for the United States and the
United Kingdom.

The offer's package is run through the Japan payroll engine as the engine's gross-up sees it,
so that take-home figures and gross-ups are one model:

* regular monthly pay ``p`` = base pay + every allowance except commuting + fixed overtime pay;
* the commuting allowance ``c`` is paid on top every month;
* the bonuses are ``k`` months of ``p`` (``k`` = the offer's expected annual bonus / ``p``, held
  when the base pay moves), paid evenly in the offer's bonus payment months.

For the offer itself this is exactly :func:`expectgap.payroll.jp.annual` of the package, except
that an allowance marked non-taxable other than commuting is taxed here, and bonuses with
different payment months are paid together in all of those months.

**Take-home on each basis** (:class:`~expectgap.assess.models.SalaryBasis`):

* ``net_monthly``: the net of the regular month's payslip (手取り月額, bonuses excluded), the
  July payslip of :func:`expectgap.payroll.jp.payslip` (the month after the June change of the
  resident tax instalments; social insurance on the grade of the regular monthly pay);
* ``net_monthly_average``: the year's take-home / 12 (bonuses, the year-end adjustment and the
  resident tax spread over the months);
* ``net_annual``: the year's take-home.

The gross a target needs is found by :func:`expectgap.payroll.jp.gross_up` on the same basis
(``period="payslip"`` for ``net_monthly``, ``"month"`` for the other two), with the offer's
structure (allowances, commuting, bonus months of pay and payment months), exact to one yen of
monthly pay.

Examples
--------
>>> from expectgap.cli import example_offer
>>> from expectgap.assess.models import Expectations, Offer, PositionSpec
>>> pkg, conditions = example_offer()
>>> model = net_model("JP", Offer(PositionSpec(), pkg, conditions), expectations=Expectations(),
...                   year=2026, notes=[])
>>> fig = model.figures(450_000)
>>> fig.net_annual, round(fig.net_monthly_average), fig.payslip_month, fig.net_payslip
(5666969, 472247, 7, 414546)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np

from expectgap._memo import memo
from expectgap.assess.models import ASSUMED_AGE, Expectations, Offer, SalaryBasis
from expectgap.assess.net_engine import (
    ENGINE_JURISDICTIONS,
    EngineNetModel,
    engine_net_model,
    rule_years,
)
from expectgap.assess.scale import PackageScale
from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.money import MONTHS_IN_YEAR
from expectgap.package import CompensationPackage
from expectgap.payroll import engine, jurisdiction_code
from expectgap.payroll.jp.gross_up import gross_up
from expectgap.payroll.jp.payslip import Payslip, year_and_payslip
from expectgap.payroll.jp.prefectures import prefecture as find_prefecture

if TYPE_CHECKING:
    from expectgap.assess.gaps import Note

__all__ = ["GROSS_UP_PERIODS", "NetFigures", "NetModel", "net_model", "payroll_year"]

_DEFAULT_PREFECTURE = "tokyo"
# Take-home targets (yen a month) are lowered by this many yen before the gross-up, so that a
# target equal to a computed take-home (a float such as 4,243,821 / 12) is not missed by float
# rounding.
_TARGET_GUARD = 1e-6
#: The gross-up of each take-home basis: the ``period`` of :func:`expectgap.payroll.jp.gross_up`
#: and what divides the target into that period's unit.
GROSS_UP_PERIODS = {
    SalaryBasis.NET_MONTHLY: ("payslip", 1),
    SalaryBasis.NET_MONTHLY_AVERAGE: ("month", 1),
    SalaryBasis.NET_ANNUAL: ("month", MONTHS_IN_YEAR),
}


@dataclass(frozen=True)
class NetFigures:
    """Gross and take-home figures of one base pay (yen).

    Attributes
    ----------
    net_payslip : int
        Take-home of the regular month's payslip (``net_monthly``).
    payslip_month : int
        Calendar month of that payslip.
    net_monthly_average : float
        The year's take-home / 12 (``net_monthly_average``).
    net_annual : int
        The year's take-home (``net_annual``).
    gross_monthly : float
        Everything paid every month (commuting included).
    gross_annual, income_tax, resident_tax, social_insurance : int
        The year's gross and deductions.
    payslip : Payslip
        The regular month's payslip, line by line.

    Examples
    --------
    >>> from expectgap.payroll.jp import payslip
    >>> slip = payslip(300_000, year=2026)
    >>> fig = NetFigures(slip.net, 7, 250_000.0, 3_000_000, 300_000.0, 1, 2, 3, 4, slip)
    >>> fig.net(SalaryBasis.NET_MONTHLY) == slip.net, fig.net(SalaryBasis.NET_ANNUAL)
    (True, 3000000.0)
    """

    net_payslip: int
    payslip_month: int
    net_monthly_average: float
    net_annual: int
    gross_monthly: float
    gross_annual: int
    income_tax: int
    resident_tax: int
    social_insurance: int
    payslip: Payslip

    def net(self, basis: SalaryBasis) -> float:
        """The take-home on a net basis.

        Examples
        --------
        >>> from expectgap.payroll.jp import payslip
        >>> slip = payslip(300_000, year=2026)
        >>> NetFigures(1, 7, 2.5, 30, 0.0, 0, 0, 0, 0, slip).net(SalaryBasis.NET_MONTHLY_AVERAGE)
        2.5
        """
        if basis is SalaryBasis.NET_MONTHLY:
            return float(self.net_payslip)
        if basis is SalaryBasis.NET_MONTHLY_AVERAGE:
            return self.net_monthly_average
        if basis is SalaryBasis.NET_ANNUAL:
            return float(self.net_annual)
        raise InvalidInput("basis", basis.value, "a take-home basis")


@dataclass(frozen=True)
class NetModel:
    """The payroll engine bound to one offer's package structure and one person.

    Attributes
    ----------
    scale : PackageScale
    other_monthly : float
        Allowances other than commuting, per month.
    fixed_overtime_per_base : float
        Fixed overtime pay per yen of base pay: it moves in proportion to the base (see
        :mod:`expectgap.assess.scale`).
    commuting : float
        Commuting allowance per month.
    bonus_months_of_pay, bonus_offset : float
        The offer's expected annual bonus as ``bonus_months_of_pay x pay + bonus_offset`` at a
        regular monthly pay ``pay`` (a bonus in months of base pay, with allowances on top of
        the base, has a negative offset).
    bonus_months : tuple of int
        Calendar months of bonus payment.
    year, prefecture, age, dependents
        Engine options.
    household : tuple of (str, object)
        The candidate's household keywords (:meth:`expectgap.payroll.jp.Household.keywords`).

    Examples
    --------
    >>> from expectgap.money import Money
    >>> from expectgap.package import CompensationPackage
    >>> scale = PackageScale.of(CompensationPackage(base=Money(450_000, "JPY", "monthly")))
    >>> m = NetModel(scale, 0.0, 0.0, 0.0, (6, 12), 2026, "tokyo", 30, 0)
    >>> m.base_needed(400_000, SalaryBasis.NET_MONTHLY)
    524319.0
    >>> m.base_needed(400_000, SalaryBasis.NET_MONTHLY_AVERAGE)
    513629.0
    """

    scale: PackageScale
    other_monthly: float
    commuting: float
    bonus_months_of_pay: float
    bonus_months: tuple[int, ...]
    year: int
    prefecture: str
    age: int
    dependents: int
    fixed_overtime_per_base: float = 0.0
    household: tuple[tuple[str, Any], ...] = ()
    bonus_offset: float = 0.0

    def bonus(self, pay: float) -> float:
        """The annual bonus at a regular monthly pay (to the micro-yen, at least 0).

        Examples
        --------
        >>> from expectgap.money import Money
        >>> from expectgap.package import CompensationPackage
        >>> scale = PackageScale.of(CompensationPackage(base=Money(1, "JPY", "monthly")))
        >>> NetModel(scale, 20_000.0, 0.0, 3.0, (6, 12), 2026, "osaka", 30, 0,
        ...          bonus_offset=-60_000.0).bonus(370_000)
        1050000.0
        """
        return max(round(pay * self.bonus_months_of_pay + self.bonus_offset, _MICRO), 0.0)

    def _options(self) -> dict[str, Any]:
        options = {
            "year": self.year,
            "prefecture": self.prefecture,
            "age": self.age,
            "dependents": self.dependents,
            "bonus_months": self.bonus_months,
            **dict(self.household),
        }
        if "birth_date" in options:  # the engine takes one of them
            del options["age"]
        return options

    def pay(self, base: float) -> float:
        """Regular monthly pay (without commuting) at a monthly base pay.

        Examples
        --------
        >>> from expectgap.money import Money
        >>> from expectgap.package import CompensationPackage
        >>> scale = PackageScale.of(CompensationPackage(base=Money(1, "JPY", "monthly")))
        >>> NetModel(scale, 20_000.0, 0.0, 0.0, (6, 12), 2026, "tokyo", 30, 0).pay(450_000)
        470000.0
        """
        pay = float(base) * (1.0 + self.fixed_overtime_per_base) + self.other_monthly
        # to the micro-yen: the offered pay, a sum of whole yen, comes back whole
        return max(round(pay, _MICRO), 0.0)

    def figures(self, base: float) -> NetFigures:
        """Take-home figures at a monthly base pay.

        Examples
        --------
        >>> from expectgap.money import Money
        >>> from expectgap.package import CompensationPackage
        >>> scale = PackageScale.of(CompensationPackage(base=Money(1, "JPY", "monthly")))
        >>> m = NetModel(scale, 0.0, 0.0, 0.0, (6, 12), 2026, "tokyo", 30, 0)
        >>> f = m.figures(450_000)
        >>> f.net_annual, f.net_payslip
        (4243821, 348414)
        """
        pay = self.pay(base)
        options = self._options()
        return _figures(
            pay,
            self.bonus(pay),
            self.commuting,
            tuple((key, type(value), value) for key, value in options.items()),
        )

    def base_needed(self, target: float, basis: SalaryBasis) -> float:
        """The smallest monthly base pay whose take-home on ``basis`` reaches ``target``,
        through :func:`expectgap.payroll.jp.gross_up` (at least 0).

        The gross-up searches whole yen of regular monthly pay, on the payslip
        (``period="payslip"``) for ``net_monthly`` and on the year's take-home
        (``period="month"``; a yearly target is divided by 12) otherwise, so the result is
        exact to one yen a month.

        Parameters
        ----------
        target : float
            Take-home target on ``basis`` (per month, or per year for ``net_annual``).
        basis : SalaryBasis

        Examples
        --------
        >>> from expectgap.money import Money
        >>> from expectgap.package import CompensationPackage
        >>> scale = PackageScale.of(CompensationPackage(base=Money(1, "JPY", "monthly")))
        >>> m = NetModel(scale, 0.0, 0.0, 2.0, (6, 12), 2026, "tokyo", 30, 0)
        >>> m.base_needed(12 * 400_000, SalaryBasis.NET_ANNUAL)
        441854.0

        With two months of bonus a year, the payslip needs more than the year's average:

        >>> m.base_needed(400_000, SalaryBasis.NET_MONTHLY) > m.base_needed(
        ...     400_000, SalaryBasis.NET_MONTHLY_AVERAGE)
        True
        """
        return self.bases_needed((target,), basis)[0]

    def bases_needed(self, targets: Sequence[float], basis: SalaryBasis) -> tuple[float, ...]:
        """:meth:`base_needed` of several targets on one basis (a target and its walk-away),
        in one gross-up.

        Examples
        --------
        >>> from expectgap.money import Money
        >>> from expectgap.package import CompensationPackage
        >>> scale = PackageScale.of(CompensationPackage(base=Money(1, "JPY", "monthly")))
        >>> m = NetModel(scale, 0.0, 0.0, 2.0, (6, 12), 2026, "tokyo", 30, 0)
        >>> m.bases_needed((12 * 400_000, 12 * 350_000), SalaryBasis.NET_ANNUAL)
        (441854.0, 382394.0)
        >>> m.base_needed(12 * 350_000, SalaryBasis.NET_ANNUAL)
        382394.0
        """
        period, per_target = GROSS_UP_PERIODS[basis]
        wanted = np.maximum(np.asarray(targets, dtype=np.float64) / per_target - _TARGET_GUARD, 0)
        pay = gross_up(
            wanted,
            period=period,
            bonus_months_of_pay=self.bonus_months_of_pay,
            bonus_offset=self.bonus_offset,
            commuting_allowance=self.commuting,
            **self._options(),
        )
        per_base = 1.0 + self.fixed_overtime_per_base
        return tuple(max((float(p) - self.other_monthly) / per_base, 0.0) for p in pay)


# Decimal places kept of a pay computed through the fixed-overtime ratio.
_MICRO = 6
# Take-home figures kept (of the pays assessed lately), and package structures.
_KEPT_FIGURES = 512
_KEPT_STRUCTURES = 256


@memo(_KEPT_FIGURES)
def _figures(
    pay: float, bonus: float, commuting: float, options: tuple[tuple[str, type, Any], ...]
) -> NetFigures:
    """:meth:`NetModel.figures` of a regular monthly pay, from one run of the engine for the
    year and its regular payslip (``options``: the engine keywords as (name, type, value))."""
    year, slip = year_and_payslip(
        pay, bonus=bonus, commuting_allowance=commuting, **{k: v for k, _, v in options}
    )
    return NetFigures(
        net_payslip=int(slip.net),
        payslip_month=slip.month,
        net_monthly_average=year["net"] / MONTHS_IN_YEAR,
        net_annual=int(year["net"]),
        gross_monthly=pay + commuting,
        gross_annual=int(year["gross"]),
        income_tax=int(year["income_tax"]),
        resident_tax=int(year["resident_tax"]),
        social_insurance=int(year["social_insurance_total"]),
        payslip=slip,
    )


def _age(expectations: Expectations, year: int) -> int:
    """The age shown with take-home figures: as stated, the age reached in ``year`` from a
    date of birth (the date itself is never shown), or :data:`ASSUMED_AGE`."""
    if expectations.birth_date is not None:
        return year - expectations.birth_date.year
    return ASSUMED_AGE if expectations.age is None else expectations.age


def _household(expectations: Expectations) -> tuple[tuple[str, Any], ...]:
    """The engine keywords of the candidate's household and date of birth."""
    keywords = {} if expectations.household is None else expectations.household.keywords()
    if expectations.birth_date is not None:
        keywords["birth_date"] = expectations.birth_date
    return tuple(keywords.items())


def payroll_year(jurisdiction: str, currency: str, year: int, *, strict: bool = False) -> int:
    """The year whose payroll rules apply to ``year``: the year itself, or the latest year with
    rules when ``year`` is after it (``strict``: refuse instead).

    Years count as the engines count them (:func:`~expectgap.assess.net_engine.rule_years`):
    Japan's calendar years, the US tax years (calendar years), and for the UK the year in which
    the tax year starts (the calendar year 2026 is assessed under the tax year 2026/27, which
    covers April to December of it). Years before the first year with rules are refused by the
    engine; jurisdictions without an engine keep the year.

    Examples
    --------
    >>> payroll_year("JP", "JPY", 2027), payroll_year("JP", "JPY", 2025)
    (2026, 2025)
    >>> payroll_year("US", "USD", 2027), payroll_year("GB", "GBP", 2028), payroll_year("US", "JPY", 2027)
    (2026, 2026, 2027)
    >>> payroll_year("JP", "JPY", 2027, strict=True)
    Traceback (most recent call last):
    ...
    expectgap.errors.UnsupportedRule: year: 2027 is not supported; supported: 2024, 2025, 2026
    """
    if _currency(jurisdiction) != currency:
        return year
    years = rule_years(jurisdiction)
    latest = max(years)
    if isinstance(year, int) and not isinstance(year, bool) and year > latest:
        if strict:
            raise UnsupportedRule("year", year, years)
        return latest
    return year


def _currency(jurisdiction: str) -> str | None:
    """The currency of a jurisdiction's payroll engine (None without one)."""
    try:
        return engine(jurisdiction).currency
    except UnsupportedRule:
        return None


def net_model(
    jurisdiction: str,
    offer: Offer,
    *,
    expectations: Expectations,
    year: int,
    notes: list[Note],
    scale: PackageScale | None = None,
) -> NetModel | EngineNetModel | None:
    """The payroll model of an offer, or None when no engine applies (a note says why).

    ``scale``: the offer package's :class:`~expectgap.assess.scale.PackageScale` where the
    caller has it (else it is computed here).

    Japan's model is :class:`NetModel`; the US and UK engines' is
    :class:`~expectgap.assess.net_engine.EngineNetModel` (see
    :func:`~expectgap.assess.net_engine.engine_net_model` for their place of work).

    Examples
    --------
    >>> from expectgap.money import Money
    >>> from expectgap.package import CompensationPackage
    >>> from expectgap.assess.models import PositionSpec
    >>> offer = Offer(PositionSpec(), CompensationPackage(base=Money(1, "USD", "monthly")))
    >>> notes = []
    >>> net_model("JP", offer, expectations=Expectations(), year=2026, notes=notes) is None
    True
    >>> notes[0].code
    'net_not_assessed'
    """
    from expectgap.assess.gaps import Note

    package = offer.package
    if _currency(jurisdiction) != package.currency:
        notes.append(
            Note("net_not_assessed", {"jurisdiction": jurisdiction, "currency": package.currency})
        )
        return None
    if jurisdiction_code(jurisdiction) in ENGINE_JURISDICTIONS:
        return engine_net_model(
            jurisdiction, offer, expectations=expectations, year=year, notes=notes
        )
    place = offer.conditions.location
    if place is not None and place.country == "JP" and place.region:
        name = find_prefecture(place.region).name
    else:
        name = _DEFAULT_PREFECTURE
        notes.append(Note("prefecture_assumed", {"prefecture": name}))
    if expectations.age is None and expectations.birth_date is None:
        notes.append(Note("age_assumed", {"age": ASSUMED_AGE}))
    structure = _structure(package)
    return NetModel(
        scale=PackageScale.of(package) if scale is None else scale,
        other_monthly=structure.other_monthly,
        commuting=structure.commuting,
        bonus_months_of_pay=structure.bonus_months_of_pay,
        bonus_months=structure.bonus_months,
        year=year,
        prefecture=name,
        age=_age(expectations, year),
        dependents=expectations.dependents,
        fixed_overtime_per_base=structure.fixed_overtime_per_base,
        bonus_offset=structure.bonus_offset,
        household=_household(expectations),
    )


@dataclass(frozen=True)
class _Structure:
    """What a :class:`NetModel` takes of an offer's package (see its attributes)."""

    other_monthly: float
    commuting: float
    bonus_months_of_pay: float
    bonus_months: tuple[int, ...]
    fixed_overtime_per_base: float
    bonus_offset: float


@memo(_KEPT_STRUCTURES)
def _structure(package: CompensationPackage) -> _Structure:
    """The pay structure of a package (kept: a package is immutable)."""
    scale = PackageScale.of(package)
    commuting = sum((a.amount.amount for a in package.allowances if a.commuting), start=Fraction(0))
    other = package.monthly_allowances().amount - commuting
    base = scale.base
    fixed = package.monthly_fixed_overtime().amount
    # fixed overtime pay moves with the base (see assess.scale); without a base it stays put
    per_base = 1 + fixed / base if base > 0 else Fraction(1)
    other_pay = other if base > 0 else other + fixed
    # The bonus at base b is s x b + t (months of base pay, fixed amounts); as a function of
    # the regular monthly pay p = b x (1 + fixed overtime per base) + other, it is
    # s / (1 + f) x p + t - s x other / (1 + f).
    t, at_one = (
        sum((a.amount for _, a in scale.with_base(b).bonus_payments()), start=Fraction(0))
        for b in (0, 1)
    )
    s = at_one - t
    months = sorted({m for b in package.bonuses for m in b.payment_months}) or [6, 12]
    return _Structure(
        other_monthly=float(other_pay),
        commuting=float(commuting),
        bonus_months_of_pay=float(s / per_base),
        bonus_months=tuple(months),
        fixed_overtime_per_base=float(per_base - 1),
        bonus_offset=float(t - s * other_pay / per_base),
    )
