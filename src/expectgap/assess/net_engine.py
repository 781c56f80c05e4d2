"""Take-home pay of an offer under the US and UK payroll engines, and the gross a target needs.

Beside :class:`~expectgap.assess.net.NetModel` (Japan), :class:`EngineNetModel` plays the same
role for a jurisdiction whose engine (:func:`expectgap.payroll.engine`) takes a year's gross
pay as one amount: the United States (``"US"``: federal, FICA, state, state payroll and New
York City taxes) and the United Kingdom (``"GB"``: income tax, National Insurance, student
loans). The region is the offer's place of work (a US state, a UK nation).

The offer's package moves with its base pay as :class:`~expectgap.assess.scale.PackageScale`
says (allowances as stated, fixed overtime pay in proportion, bonuses stated in months or as a
percentage of base pay with it, fixed bonus amounts as stated). Every allowance is taxed as
pay; the sign-on bonus is left out (it is not paid every year).

**Take-home on each basis** (:class:`~expectgap.assess.models.SalaryBasis`):

* ``net_annual``: the engine's take-home of the year's pay (variable bonuses at their expected
  payout);
* ``net_monthly_average``: that / 12;
* ``net_monthly``: the take-home of a regular month, defined as the year's take-home of the
  regular pay alone (12 months of everything paid every month, bonuses excluded) / 12. In the
  UK this is the regular monthly payslip under PAYE's cumulative basis, up to the pennies of
  per-period rounding; in the US it is the regular pay's share of the year's tax liability,
  not a paycheck's withholding (W-4 withholding tables are not simulated).

The figures are the year's liabilities of one earner with no other income: in the US a single
filer taking the standard deduction, without 401(k) or HSA contributions, not a resident of
New York City (no city income tax); in the UK without a student loan or pension salary
sacrifice. The gross-up finds the smallest monthly base pay in
whole cents (pennies) whose take-home reaches the target: ``net(g) >= t > net(g - 0.01)``.

Examples
--------
>>> from expectgap.money import Money
>>> from expectgap.package import CompensationPackage
>>> pkg = CompensationPackage(base=Money(50_000, "GBP", "annual"))
>>> model = EngineNetModel(PackageScale.of(pkg), "GB", "england", 2025)
>>> model.figures(float(model.scale.base)).net_annual
39519.6
>>> model.base_needed(39_519.60, SalaryBasis.NET_ANNUAL)
4166.67
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from expectgap.assess.models import Expectations, Offer, SalaryBasis
from expectgap.assess.scale import PackageScale, PayMeasure
from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.money import MONTHS_IN_YEAR
from expectgap.payroll import engine, jurisdiction_code

if TYPE_CHECKING:
    from expectgap.assess.gaps import Note

__all__ = [
    "ENGINE_JURISDICTIONS",
    "EngineFigures",
    "EngineNetModel",
    "engine_net_model",
    "rule_years",
    "tax_year_label",
]

FloatArray = npt.NDArray[np.float64]

#: Jurisdictions assessed through this model: the engine's deductions of the year by name
#: (the assumptions above leave the engine's other components, the pre-tax savings, at 0).
ENGINE_JURISDICTIONS: Mapping[str, tuple[str, ...]] = {
    "US": (
        "federal_income_tax",
        "social_security",
        "medicare",
        "state_income_tax",
        "state_payroll_tax",
        "local_income_tax",
    ),
    "GB": ("income_tax", "national_insurance", "student_loan"),
}
# The engine's region where the offer states none: None refuses to guess (a US state changes
# take-home too much); the UK engine's default is England's rates (also those of Wales and
# Northern Ireland), with a note.
_DEFAULT_REGION: Mapping[str, str | None] = {"US": None, "GB": "england"}
# Take-home is compared with the target less this much (float representation of cents).
_GUARD = 1e-6
_CENTS = 100
# Cents around the engine's own gross-up searched first for the crossing of the target.
_WINDOW = 8
_MAX_DOUBLINGS = 60


def rule_years(jurisdiction: str) -> tuple[int, ...]:
    """The years with payroll rules in a jurisdiction, as its engine's ``year`` counts them
    (Japan and the US: calendar and tax years; the UK: the year in which the tax year starts).

    Examples
    --------
    >>> rule_years("US"), rule_years("UK"), rule_years("JP")
    ((2025, 2026), (2025, 2026), (2024, 2025, 2026))
    >>> rule_years("FR")
    ()
    """
    code = jurisdiction_code(jurisdiction)
    if code == "JP":
        from expectgap.payroll.jp.income_tax import SUPPORTED_YEARS as JP_YEARS

        return tuple(JP_YEARS)
    if code == "US":
        from expectgap.payroll.us.federal import SUPPORTED_YEARS as US_YEARS

        return tuple(US_YEARS)
    if code == "GB":
        from expectgap.payroll.uk.annual import TAX_YEARS

        return tuple(int(label[:4]) for label in TAX_YEARS)
    return ()


def tax_year_label(jurisdiction: str, year: int) -> str:
    """The rules year as the jurisdiction names it: ``"2026"``, or the UK's ``"2026/27"``.

    Examples
    --------
    >>> tax_year_label("GB", 2025), tax_year_label("US", 2026), tax_year_label("JP", 2026)
    ('2025/26', '2026', '2026')
    """
    if jurisdiction_code(jurisdiction) == "GB":
        return f"{year}/{(year + 1) % 100:02d}"
    return str(year)


@dataclass(frozen=True)
class EngineFigures:
    """Gross and take-home figures of one monthly base pay (in the engine's currency).

    Attributes
    ----------
    net_monthly_regular : float
        Take-home of a regular month (``net_monthly``): the year's take-home on the regular
        pay alone / 12.
    net_monthly_average : float
        The year's take-home / 12 (``net_monthly_average``).
    net_annual : float
        The year's take-home (``net_annual``).
    gross_annual : float
        The year's pay (bonuses at the expected payout).
    gross_regular_annual : float
        12 months of the regular monthly pay (bonuses excluded).
    deductions : tuple of (str, float)
        The year's deductions as the engine names them.

    Examples
    --------
    >>> fig = EngineFigures(2_900.0, 3_000.0, 36_000.0, 48_000.0, 44_000.0, ())
    >>> fig.net(SalaryBasis.NET_MONTHLY), fig.net(SalaryBasis.NET_ANNUAL)
    (2900.0, 36000.0)
    """

    net_monthly_regular: float
    net_monthly_average: float
    net_annual: float
    gross_annual: float
    gross_regular_annual: float
    deductions: tuple[tuple[str, float], ...]

    def net(self, basis: SalaryBasis) -> float:
        """The take-home on a net basis.

        Examples
        --------
        >>> EngineFigures(1.0, 2.0, 24.0, 30.0, 30.0, ()).net(SalaryBasis.NET_MONTHLY_AVERAGE)
        2.0
        """
        if basis is SalaryBasis.NET_MONTHLY:
            return self.net_monthly_regular
        if basis is SalaryBasis.NET_MONTHLY_AVERAGE:
            return self.net_monthly_average
        if basis is SalaryBasis.NET_ANNUAL:
            return self.net_annual
        raise InvalidInput("basis", basis.value, "a take-home basis")


@dataclass(frozen=True)
class EngineNetModel:
    """A registry payroll engine bound to one offer's package structure and place of work.

    Attributes
    ----------
    scale : PackageScale
        The offer's pay measures as lines of its monthly base pay.
    jurisdiction : str
        ``"US"`` or ``"GB"``.
    region : str
        The engine's region: a US state's postal code, a UK nation (``"scotland"``).
    year : int
        The engine's rules year (the UK: the year in which the tax year starts).

    Examples
    --------
    >>> from expectgap.money import Money
    >>> from expectgap.package import CompensationPackage
    >>> pkg = CompensationPackage(base=Money(100_000, "USD", "annual"))
    >>> m = EngineNetModel(PackageScale.of(pkg), "US", "TX", 2026)
    >>> m.figures(float(m.scale.base)).net_annual
    79180.0
    >>> m.base_needed(79_180, SalaryBasis.NET_ANNUAL)
    8333.34
    """

    scale: PackageScale
    jurisdiction: str
    region: str
    year: int

    #: The gross-up's step: one cent (penny) of monthly base pay.
    unit = 0.01

    def _net(self, pay: FloatArray) -> FloatArray:
        result = engine(self.jurisdiction).net_annual(pay, year=self.year, region=self.region)
        return np.asarray(result.net, dtype=np.float64)

    def _annual(self, measure: PayMeasure, base: npt.ArrayLike) -> FloatArray:
        factor = MONTHS_IN_YEAR if measure is PayMeasure.MONTHLY_GROSS else 1
        return np.maximum(self.scale.value(measure, base) * factor, 0.0)

    def figures(self, base: float) -> EngineFigures:
        """Take-home figures at a monthly base pay.

        Examples
        --------
        >>> from expectgap.money import Money
        >>> from expectgap.package import Bonus, CompensationPackage
        >>> pkg = CompensationPackage(base=Money(4_000, "GBP", "monthly"),
        ...                           bonuses=(Bonus.target(10),))
        >>> f = EngineNetModel(PackageScale.of(pkg), "GB", "england", 2025).figures(4_000)
        >>> f.gross_annual, f.gross_regular_annual, f.net_annual, round(f.net_monthly_regular, 2)
        (52800.0, 48000.0, 41181.4, 3173.3)
        """
        gross = float(self._annual(PayMeasure.ANNUAL_EXPECTED, base))
        regular = float(self._annual(PayMeasure.MONTHLY_GROSS, base))
        code = engine(self.jurisdiction)
        year = code.net_annual(np.array([gross, regular]), year=self.year, region=self.region)
        nets = np.asarray(year.net, dtype=np.float64)
        deductions = tuple(
            (name, float(np.asarray(year.components[name])[0]))
            for name in ENGINE_JURISDICTIONS[self.jurisdiction]
        )
        return EngineFigures(
            net_monthly_regular=float(nets[1]) / MONTHS_IN_YEAR,
            net_monthly_average=float(nets[0]) / MONTHS_IN_YEAR,
            net_annual=float(nets[0]),
            gross_annual=gross,
            gross_regular_annual=regular,
            deductions=deductions,
        )

    def base_needed(self, target: float, basis: SalaryBasis) -> float:
        """The smallest monthly base pay, in whole cents, whose take-home on ``basis`` reaches
        ``target`` (0 when the fixed parts of the package already reach it).

        The engine's gross-up gives the year's pay the target needs; the base pay that pays
        it is then checked cent by cent against the engine's take-home (and searched by
        bisection where take-home falls as pay rises, at a few statutory steps).

        Parameters
        ----------
        target : float
            Take-home target on ``basis`` (per month, or per year for ``net_annual``).
        basis : SalaryBasis

        Examples
        --------
        >>> from expectgap.money import Money
        >>> from expectgap.package import Bonus, CompensationPackage
        >>> pkg = CompensationPackage(base=Money(9_000, "USD", "monthly"),
        ...                           bonuses=(Bonus.target(10),))
        >>> m = EngineNetModel(PackageScale.of(pkg), "US", "CA", 2026)
        >>> b = m.base_needed(6_500, SalaryBasis.NET_MONTHLY)
        >>> m.figures(b).net_monthly_regular >= 6_500 > m.figures(b - 0.01).net_monthly_regular
        True
        """
        if basis is SalaryBasis.NET_MONTHLY:
            measure, wanted = PayMeasure.MONTHLY_GROSS, float(target) * MONTHS_IN_YEAR
        elif basis is SalaryBasis.NET_MONTHLY_AVERAGE:
            measure, wanted = PayMeasure.ANNUAL_EXPECTED, float(target) * MONTHS_IN_YEAR
        elif basis is SalaryBasis.NET_ANNUAL:
            measure, wanted = PayMeasure.ANNUAL_EXPECTED, float(target)
        else:
            raise InvalidInput("basis", basis.value, "a take-home basis")

        def reaches(cents: npt.NDArray[np.int64]) -> npt.NDArray[np.bool_]:
            pay = self._annual(measure, cents / _CENTS)
            return self._net(pay) >= wanted - _GUARD

        if reaches(np.array([0]))[0]:
            return 0.0
        needed = float(
            engine(self.jurisdiction).gross_up(max(wanted, 0.0), year=self.year, region=self.region)
        )
        factor = MONTHS_IN_YEAR if measure is PayMeasure.MONTHLY_GROSS else 1
        guess = self.scale.base_for(measure, needed / factor)
        start = max(math.ceil(round(float(guess) * _CENTS, 6)), 1)
        return _first_reaching(reaches, start) / _CENTS

    def bases_needed(self, targets: Sequence[float], basis: SalaryBasis) -> tuple[float, ...]:
        """:meth:`base_needed` of each of several targets on one basis.

        Examples
        --------
        >>> from expectgap.money import Money
        >>> from expectgap.package import CompensationPackage
        >>> pkg = CompensationPackage(base=Money(50_000, "GBP", "annual"))
        >>> m = EngineNetModel(PackageScale.of(pkg), "GB", "england", 2026)
        >>> m.bases_needed((30_000, 32_000), SalaryBasis.NET_ANNUAL) == (
        ...     m.base_needed(30_000, SalaryBasis.NET_ANNUAL),
        ...     m.base_needed(32_000, SalaryBasis.NET_ANNUAL))
        True
        """
        return tuple(self.base_needed(target, basis) for target in targets)

    def facts(self, fig: EngineFigures) -> dict[str, float | str | int]:
        """The facts of the take-home gap: take-home on each basis, the year's deductions by
        the engine's names, the region, the tax year and the filing status assumed.

        Examples
        --------
        >>> from expectgap.money import Money
        >>> from expectgap.package import CompensationPackage
        >>> pkg = CompensationPackage(base=Money(50_000, "GBP", "annual"))
        >>> m = EngineNetModel(PackageScale.of(pkg), "GB", "scotland", 2025)
        >>> facts = m.facts(m.figures(float(m.scale.base)))
        >>> facts["income_tax"], facts["national_insurance"], facts["tax_year"]
        (9013.8, 2994.4, '2025/26')
        """
        out: dict[str, float | str | int] = {
            "net_monthly_regular": fig.net_monthly_regular,
            "net_monthly_average": fig.net_monthly_average,
            "net_annual_offered": fig.net_annual,
            "gross_annual_offered": fig.gross_annual,
            "gross_regular_annual": fig.gross_regular_annual,
            **dict(fig.deductions),
            "region": self.region,
            "tax_year": tax_year_label(self.jurisdiction, self.year),
            "year": self.year,
        }
        if self.jurisdiction == "US":
            out["filing_status"] = "single"
        return out


def _first_reaching(
    reaches: Callable[[npt.NDArray[np.int64]], npt.NDArray[np.bool_]], start: int
) -> int:
    """The whole number of cents ``c >= 1`` near ``start`` with ``reaches(c)`` and not
    ``reaches(c - 1)`` (``reaches(0)`` is known false)."""
    cents = np.arange(max(start - _WINDOW, 0), start + _WINDOW + 1, dtype=np.int64)
    ok = reaches(cents)
    crossing = np.flatnonzero(ok[1:] & ~ok[:-1]) + 1
    if crossing.size:
        return int(cents[crossing[np.argmin(np.abs(cents[crossing] - start))]])
    if cents[0] == 0 and ok[0]:  # pragma: no cover - reaches(0) is false
        return 0
    # bracket a crossing: low does not reach, high does
    if ok.all():
        low, high = 0, int(cents[0])
    else:
        low, high = int(cents[-1]), max(int(cents[-1]) * 2, 1)
        for _ in range(_MAX_DOUBLINGS):
            if reaches(np.array([high]))[0]:
                break
            low, high = high, high * 2
        else:
            raise InvalidInput("target", start, "a take-home the engine can reach")
    while high - low > 1:
        middle = (low + high) // 2
        if reaches(np.array([middle]))[0]:
            high = middle
        else:
            low = middle
    return high


def engine_net_model(
    jurisdiction: str,
    offer: Offer,
    *,
    expectations: Expectations,
    year: int,
    notes: list[Note],
) -> EngineNetModel | None:
    """The US or UK payroll model of an offer, or None (a note says why).

    The region is the offer's place of work when it is in ``jurisdiction``
    (``offer.conditions.location.region``). Without one, a UK offer is computed under
    England's rates (note ``region_assumed``) and a US offer gets no take-home (note
    ``net_needs_region``; a take-home target then raises :class:`~expectgap.errors.InvalidInput`).
    A region without rules gets no take-home (note ``region_not_supported``; a take-home
    target raises :class:`~expectgap.errors.UnsupportedRule`).

    Examples
    --------
    >>> from expectgap.conditions import Location, WorkingConditions
    >>> from expectgap.money import Money
    >>> from expectgap.package import CompensationPackage
    >>> from expectgap.assess.models import PositionSpec
    >>> pkg = CompensationPackage(base=Money(9_000, "USD", "monthly"))
    >>> notes = []
    >>> engine_net_model("US", Offer(PositionSpec(), pkg), expectations=Expectations(),
    ...                  year=2026, notes=notes), notes[0].code
    (None, 'net_needs_region')
    >>> offer = Offer(PositionSpec(), pkg, WorkingConditions(location=Location("US", "ca")))
    >>> engine_net_model("US", offer, expectations=Expectations(), year=2026, notes=[]).region
    'CA'
    """
    from expectgap.assess.gaps import Note

    code = jurisdiction_code(jurisdiction)
    wants_net = any(SalaryBasis.parse(s.basis).is_net for s in expectations.salaries)
    place = offer.conditions.location
    region: str | None = None
    if place is not None and place.region and jurisdiction_code(place.country) == code:
        region = place.region
    if region is None:
        region = _DEFAULT_REGION.get(code)
        if region is None:
            if wants_net:
                raise InvalidInput(
                    "offer.conditions.location",
                    None if place is None else place.label(),
                    f"the place of work in {code} with its region (a US state, e.g. "
                    f"location = {{ country = '{code}', region = 'CA' }}) to assess take-home pay",
                )
            notes.append(Note("net_needs_region", {"jurisdiction": code}))
            return None
        notes.append(Note("region_assumed", {"jurisdiction": code, "region": region}))
    try:
        found = engine(code).net_annual(0.0, year=year, region=region)
    except UnsupportedRule as exc:
        if wants_net or exc.field not in ("region", "state"):
            raise
        supported = ", ".join(str(s) for s in exc.supported)
        notes.append(
            Note(
                "region_not_supported",
                {"jurisdiction": code, "region": region, "supported": supported},
            )
        )
        return None
    canonical = _canonical_region(found, region)
    return EngineNetModel(PackageScale.of(offer.package), code, canonical, year)


def _canonical_region(result: Any, given: str) -> str:
    for name in ("state", "region"):
        value = getattr(result, name, None)
        if isinstance(value, str):
            return value
    return given
