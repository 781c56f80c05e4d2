"""Take-home pay of an offer, and the gross pay a take-home target needs (Japan).

The offer's package is run through the Japan payroll engine as the engine's gross-up sees it,
so that take-home figures and gross-ups are one model:

* regular monthly pay ``p`` = base pay + every allowance except commuting + fixed overtime pay;
* the commuting allowance ``c`` is paid on top every month;
* the bonuses are ``k`` months of ``p`` (``k`` = the offer's expected annual bonus / ``p``, held
  when the base pay moves), paid evenly in the offer's bonus payment months.

For the offer itself this is exactly :func:`expectgap.payroll.jp.annual` of the package, except
that an allowance marked non-taxable other than commuting is taxed here, and bonuses with
different payment months are paid together in all of those months.

**Monthly take-home** follows :func:`expectgap.payroll.jp.gross_up`: the year's take-home / 12
(the average month: bonuses, the year-end adjustment and the resident tax included). The
take-home of a regular month's payslip (bonuses excluded) is given alongside as
``net_regular_month``.

Examples
--------
>>> from expectgap.cli import example_offer
>>> from expectgap.assess.models import Expectations, Offer, PositionSpec
>>> pkg, conditions = example_offer()
>>> model = net_model("JP", Offer(PositionSpec(), pkg, conditions), expectations=Expectations(),
...                   year=2026, notes=[])
>>> fig = model.figures(450_000)
>>> fig.net_annual, round(fig.net_monthly)
(5666969, 472247)
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from expectgap.assess.models import Expectations, Offer, SalaryBasis
from expectgap.assess.scale import PackageScale
from expectgap.money import MONTHS_IN_YEAR
from expectgap.payroll.jp.annual import annual
from expectgap.payroll.jp.gross_up import gross_up
from expectgap.payroll.jp.prefectures import prefecture as find_prefecture

if TYPE_CHECKING:
    from expectgap.assess.gaps import Note

__all__ = ["NetFigures", "NetModel", "net_model"]

#: Jurisdictions with a payroll engine, and their currency.
SUPPORTED = {"JP": "JPY"}
_DEFAULT_PREFECTURE = "tokyo"
# Take-home targets (yen a month) are lowered by this many yen before the gross-up, so that a
# target equal to a computed take-home (a float such as 4,243,821 / 12) is not missed by float
# rounding.
_TARGET_GUARD = 1e-6


@dataclass(frozen=True)
class NetFigures:
    """Gross and take-home figures of one base pay (yen).

    Examples
    --------
    >>> NetFigures(1.0, 2.0, 3, 4, 5, 6, 7, 8.0).net_annual
    4
    """

    net_monthly: float
    gross_monthly: float
    gross_annual: int
    net_annual: int
    income_tax: int
    resident_tax: int
    social_insurance: int
    net_regular_month: float | None


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
    bonus_months_of_pay : float
        The offer's expected annual bonus in months of regular monthly pay.
    bonus_months : tuple of int
        Calendar months of bonus payment.
    year, prefecture, age, dependents
        Engine options.

    Examples
    --------
    >>> from expectgap.money import Money
    >>> from expectgap.package import CompensationPackage
    >>> scale = PackageScale.of(CompensationPackage(base=Money(450_000, "JPY", "monthly")))
    >>> m = NetModel(scale, 0.0, 0.0, 0.0, (6, 12), 2026, "tokyo", 30, 0)
    >>> m.base_needed(400_000, SalaryBasis.NET_MONTHLY)
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

    def _options(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "prefecture": self.prefecture,
            "age": self.age,
            "dependents": self.dependents,
            "bonus_months": self.bonus_months,
        }

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

    def figures(self, base: float, *, regular_month: bool = False) -> NetFigures:
        """Take-home figures at a monthly base pay.

        Parameters
        ----------
        base : float
            Monthly base pay.
        regular_month : bool
            Also compute the take-home of an average regular month's payslip (slower: builds
            the month-by-month schedule).

        Examples
        --------
        >>> from expectgap.money import Money
        >>> from expectgap.package import CompensationPackage
        >>> scale = PackageScale.of(CompensationPackage(base=Money(1, "JPY", "monthly")))
        >>> m = NetModel(scale, 0.0, 0.0, 0.0, (6, 12), 2026, "tokyo", 30, 0)
        >>> m.figures(450_000).net_annual
        4243821
        """
        pay = self.pay(base)
        result = annual(
            pay,
            bonus=pay * self.bonus_months_of_pay,
            commuting_allowance=self.commuting,
            **self._options(),
        )
        regular = None
        if regular_month:
            rows = result.monthly
            regular = float(rows.loc[rows["kind"] == "salary", "net"].mean())
        return NetFigures(
            net_monthly=result.net / MONTHS_IN_YEAR,
            gross_monthly=pay + self.commuting,
            gross_annual=int(result.gross),
            net_annual=int(result.net),
            income_tax=int(result.income_tax),
            resident_tax=int(result.resident_tax),
            social_insurance=int(result.social_insurance_total),
            net_regular_month=regular,
        )

    def base_needed(self, target: float, basis: SalaryBasis) -> float:
        """The smallest monthly base pay whose take-home reaches ``target``, through
        :func:`expectgap.payroll.jp.gross_up` (at least 0).

        The gross-up searches whole yen of regular monthly pay (``period="month"``; a yearly
        target is divided by 12), so the result is exact to one yen a month.

        Parameters
        ----------
        target : float
            Take-home target: per month (the year's take-home / 12) for ``net_monthly``, per
            year for ``net_annual``.
        basis : SalaryBasis

        Examples
        --------
        >>> from expectgap.money import Money
        >>> from expectgap.package import CompensationPackage
        >>> scale = PackageScale.of(CompensationPackage(base=Money(1, "JPY", "monthly")))
        >>> m = NetModel(scale, 0.0, 0.0, 0.0, (6, 12), 2026, "tokyo", 30, 0)
        >>> m.base_needed(12 * 400_000, SalaryBasis.NET_ANNUAL)
        513629.0
        """
        monthly = float(target) if basis is SalaryBasis.NET_MONTHLY else target / MONTHS_IN_YEAR
        pay = gross_up(
            max(monthly - _TARGET_GUARD, 0.0),
            period="month",
            bonus_months_of_pay=self.bonus_months_of_pay,
            commuting_allowance=self.commuting,
            **self._options(),
        )
        return max((float(pay) - self.other_monthly) / (1.0 + self.fixed_overtime_per_base), 0.0)


# Decimal places kept of a pay computed through the fixed-overtime ratio.
_MICRO = 6


def net_model(
    jurisdiction: str,
    offer: Offer,
    *,
    expectations: Expectations,
    year: int,
    notes: list[Note],
) -> NetModel | None:
    """The payroll model of an offer, or None when no engine applies (a note says why).

    Examples
    --------
    >>> from expectgap.money import Money
    >>> from expectgap.package import CompensationPackage
    >>> from expectgap.assess.models import PositionSpec
    >>> offer = Offer(PositionSpec(), CompensationPackage(base=Money(1, "USD", "monthly")))
    >>> notes = []
    >>> net_model("US", offer, expectations=Expectations(), year=2026, notes=notes) is None
    True
    >>> notes[0].code
    'net_not_assessed'
    """
    from expectgap.assess.gaps import Note

    package = offer.package
    if SUPPORTED.get(jurisdiction) != package.currency:
        notes.append(
            Note("net_not_assessed", {"jurisdiction": jurisdiction, "currency": package.currency})
        )
        return None
    place = offer.conditions.location
    if place is not None and place.country == "JP" and place.region:
        name = find_prefecture(place.region).name
    else:
        name = _DEFAULT_PREFECTURE
        notes.append(Note("prefecture_assumed", {"prefecture": name}))
    scale = PackageScale.of(package)
    commuting = sum((a.amount.amount for a in package.allowances if a.commuting), start=Fraction(0))
    other = package.monthly_allowances().amount - commuting
    base = scale.base
    fixed = package.monthly_fixed_overtime().amount
    pay = base + other + fixed
    bonus = sum((amount.amount for _, amount in package.bonus_payments()), start=Fraction(0))
    months = sorted({m for b in package.bonuses for m in b.payment_months}) or [6, 12]
    return NetModel(
        scale=scale,
        other_monthly=float(other if base > 0 else other + fixed),
        commuting=float(commuting),
        bonus_months_of_pay=float(bonus / pay) if pay > 0 else 0.0,
        bonus_months=tuple(months),
        year=year,
        prefecture=name,
        age=expectations.age,
        dependents=expectations.dependents,
        fixed_overtime_per_base=float(fixed / base) if base > 0 else 0.0,
    )
