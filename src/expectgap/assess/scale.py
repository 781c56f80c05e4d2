"""Pay measures of a package as linear functions of its monthly base pay.

A counter-offer changes the base pay and keeps the rest of the package's structure: allowances
stay as stated, fixed overtime pay moves in proportion to the base (so that an amount that meets
the statutory minimum for its hours still meets it at a higher base), bonuses stated in months of base pay (or as a percentage
of it) move with it, fixed bonus amounts stay. Every pay measure is then ``slope x base +
intercept``, so any figure on any measure can be turned into the base pay that delivers it and
back. :class:`PackageScale` holds those lines, computed exactly from the package's own methods.

Examples
--------
>>> from expectgap.money import Money
>>> from expectgap.package import Allowance, Bonus, CompensationPackage
>>> pkg = CompensationPackage(base=Money(400_000, "JPY", "monthly"),
...     bonuses=(Bonus.months_of_base(2),),
...     allowances=(Allowance("housing", Money(20_000, "JPY", "monthly")),))
>>> scale = PackageScale.of(pkg)
>>> int(scale.value("annual_cash", 400_000))  # 12 x 420,000 + 2 x 400,000
5840000
>>> int(scale.base_for("monthly_gross", 470_000))
450000
"""

from __future__ import annotations

import dataclasses
import enum
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction

import numpy as np
import numpy.typing as npt

from expectgap._memo import memo
from expectgap.errors import InvalidInput
from expectgap.money import Money, Period
from expectgap.package import CompensationPackage

__all__ = ["PackageScale", "PayMeasure"]

# Packages whose scales are kept (the offers assessed lately).
_KEPT_SCALES = 256


class PayMeasure(enum.StrEnum):
    """What a pay figure measures.

    ``monthly_base``: base pay per month; ``monthly_scheduled``: base plus allowances (Japan's
    所定内給与, no overtime pay); ``monthly_gross``: everything paid every month (base,
    allowances, fixed overtime pay); ``annual_base``: base pay per year; ``annual_cash``:
    guaranteed annual cash (base, allowances, fixed overtime, guaranteed bonuses);
    ``annual_expected``: annual cash with variable bonuses at their expected payout.

    Examples
    --------
    >>> PayMeasure("annual_cash").period
    <Period.ANNUAL: 'annual'>
    """

    MONTHLY_BASE = "monthly_base"
    MONTHLY_SCHEDULED = "monthly_scheduled"
    MONTHLY_GROSS = "monthly_gross"
    ANNUAL_BASE = "annual_base"
    ANNUAL_CASH = "annual_cash"
    ANNUAL_EXPECTED = "annual_expected"

    @property
    def period(self) -> Period:
        """Monthly or annual.

        Examples
        --------
        >>> PayMeasure.MONTHLY_GROSS.period
        <Period.MONTHLY: 'monthly'>
        """
        return Period.MONTHLY if self.value.startswith("monthly") else Period.ANNUAL

    @classmethod
    def parse(cls, value: PayMeasure | str, field_name: str = "measure") -> PayMeasure:
        """Accept a PayMeasure or its name.

        Examples
        --------
        >>> PayMeasure.parse("annual_base")
        <PayMeasure.ANNUAL_BASE: 'annual_base'>
        """
        if isinstance(value, cls):
            return value
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            accepted = "one of " + ", ".join(m.value for m in cls)
            raise InvalidInput(field_name, value, accepted) from None


# Each measure of a package, computed on its own (a scale needs twelve of them).
_MEASURES: dict[PayMeasure, Callable[[CompensationPackage], Money]] = {
    PayMeasure.MONTHLY_BASE: lambda p: p.monthly_base(),
    PayMeasure.MONTHLY_SCHEDULED: lambda p: p.monthly_base() + p.monthly_allowances(),
    PayMeasure.MONTHLY_GROSS: lambda p: (
        p.monthly_base() + p.monthly_allowances() + p.monthly_fixed_overtime()
    ),
    PayMeasure.ANNUAL_BASE: lambda p: p.annual_base(),
    PayMeasure.ANNUAL_CASH: lambda p: p.guaranteed_annual_cash(),
    PayMeasure.ANNUAL_EXPECTED: lambda p: p.expected_annual_cash(),
}


def _measure(package: CompensationPackage, measure: PayMeasure) -> Fraction:
    return _MEASURES[measure](package).amount


@dataclass(frozen=True)
class PackageScale:
    """The lines ``measure = slope x monthly base + intercept`` of one package.

    Build with :meth:`of`.

    Examples
    --------
    >>> from expectgap.money import Money
    >>> scale = PackageScale.of(CompensationPackage(base=Money(6_000_000, "JPY", "annual")))
    >>> scale.base, scale.slope[PayMeasure.ANNUAL_BASE]
    (Fraction(500000, 1), Fraction(12, 1))
    """

    package: CompensationPackage
    base: Fraction
    slope: Mapping[PayMeasure, Fraction]
    intercept: Mapping[PayMeasure, Fraction]
    #: Each measure of the package as offered, summed exactly from its parts (computed once).
    offered_amount: Mapping[PayMeasure, Fraction]

    @classmethod
    def of(cls, package: CompensationPackage) -> PackageScale:
        """Compute the lines of ``package`` (exactly, from two evaluations).

        The lines of a package are computed once and kept (a package is immutable): the same
        offer assessed again, or by another part of the assessment, reuses them.

        Examples
        --------
        >>> from expectgap.money import Money
        >>> PackageScale.of(CompensationPackage(base=Money(1, "JPY", "monthly"))).base
        Fraction(1, 1)
        """
        return _scale_of(package)

    @classmethod
    def _compute(cls, package: CompensationPackage) -> PackageScale:
        zero = _with_base(package, Fraction(0))
        one = _with_base(package, Fraction(1))
        intercept = {m: _measure(zero, m) for m in PayMeasure}
        slope = {m: _measure(one, m) - intercept[m] for m in PayMeasure}
        offered = {m: _measure(package, m) for m in PayMeasure}
        return cls(package, package.monthly_base().amount, slope, intercept, offered)

    def value(self, measure: PayMeasure | str, base: npt.ArrayLike) -> npt.NDArray[np.float64]:
        """The measure at a monthly base pay (scalar or array).

        Examples
        --------
        >>> from expectgap.money import Money
        >>> s = PackageScale.of(CompensationPackage(base=Money(300_000, "JPY", "monthly")))
        >>> s.value("annual_base", [300_000, 310_000])
        array([3600000., 3720000.])
        """
        slope, intercept, offered = self._lines[PayMeasure.parse(measure)]
        b = np.asarray(base, dtype=np.float64)
        # at the offered base, exactly what the offer pays (the slope is rounded to a float)
        line = b * slope + intercept
        return np.where(b == self._base, offered, line)

    def offered(self, measure: PayMeasure | str) -> float:
        """The measure of the package as offered, summed exactly from its parts.

        Examples
        --------
        >>> from expectgap.money import Money
        >>> s = PackageScale.of(CompensationPackage(base=Money(300_000, "JPY", "monthly")))
        >>> s.offered("annual_base")
        3600000.0
        """
        return float(self.offered_amount[PayMeasure.parse(measure)])

    def base_for(self, measure: PayMeasure | str, amount: npt.ArrayLike) -> npt.NDArray[np.float64]:
        """The monthly base pay at which the measure equals ``amount`` (may be negative when
        the amount is below what the fixed parts already pay).

        Examples
        --------
        >>> from expectgap.money import Money
        >>> s = PackageScale.of(CompensationPackage(base=Money(300_000, "JPY", "monthly")))
        >>> float(s.base_for("annual_base", 4_800_000))
        400000.0
        """
        slope, intercept, offered = self._lines[PayMeasure.parse(measure)]
        a = np.asarray(amount, dtype=np.float64)
        line = (a - intercept) / slope
        return np.where(a == offered, self._base, line)

    @functools.cached_property
    def _lines(self) -> dict[PayMeasure, tuple[float, float, float]]:
        """Slope, intercept and offered amount of each measure, as floats (computed once)."""
        return {
            m: (float(self.slope[m]), float(self.intercept[m]), float(self.offered_amount[m]))
            for m in PayMeasure
        }

    @functools.cached_property
    def _base(self) -> float:
        return float(self.base)

    def with_base(self, base: float | Fraction) -> CompensationPackage:
        """The same package with another monthly base pay (>= 0).

        Examples
        --------
        >>> from expectgap.money import Money
        >>> s = PackageScale.of(CompensationPackage(base=Money(300_000, "JPY", "monthly")))
        >>> print(s.with_base(320_000).monthly_base())
        ¥320,000 per month
        """
        return _with_base(self.package, Fraction(base))


@memo(_KEPT_SCALES)
def _scale_of(package: CompensationPackage) -> PackageScale:
    return PackageScale._compute(package)


def _with_base(package: CompensationPackage, base: Fraction) -> CompensationPackage:
    if base < 0:
        raise InvalidInput("base", float(base), "a monthly base pay >= 0")
    if package.base.period is Period.MONTHLY:
        new = Money(base, package.currency, Period.MONTHLY)
    else:
        new = Money(base * Fraction(package.months_per_year), package.currency, Period.ANNUAL)
    fixed = package.fixed_overtime
    if fixed is not None:
        old = package.monthly_base().amount
        fixed = fixed.scaled(base / old) if old > 0 else fixed
    return dataclasses.replace(package, base=new, fixed_overtime=fixed)
