"""One person's household and declarations, as the Japanese take-home pay depends on them.

:class:`Household` gathers the keywords of :func:`~expectgap.payroll.jp.annual.annual` (and of
:func:`~expectgap.payroll.jp.payslip.payslip` and :func:`~expectgap.payroll.jp.gross_up.gross_up`)
that describe the employee rather than the job: the spouse, the dependants beyond the general
count, the other declarations of the year-end adjustment
(:class:`~expectgap.payroll.jp.deductions.Deductions`) and the place of residence for the
resident tax. The assessment takes it as ``Expectations(household=...)``, the TOML format as
``[candidate.household]``; the general count of dependants aged 16 or over stays
``Expectations.dependents`` (``dependents`` of the engine).

A household is checked when it is made, against the rules of every supported year, so that a
value the engine would refuse is refused here, naming the field (``household.<name>``).

Examples
--------
>>> from expectgap.payroll.jp import annual
>>> home = Household(spouse=True, young_dependents=2, residence="yokohama")
>>> home.keywords()
{'spouse': True, 'young_dependents': 2, 'residence': 'yokohama'}
>>> annual(400_000, year=2026, **home.keywords()).income_tax < annual(400_000, year=2026).income_tax
True
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from expectgap._limits import MAX_DEPENDENTS, shown
from expectgap.errors import InvalidInput
from expectgap.money import max_amount
from expectgap.payroll.jp.deductions import Deductions
from expectgap.payroll.jp.resident_tax import place_of_residence

__all__ = ["COUNT_FIELDS", "Household"]

#: Household fields that count people (each at most ``MAX_DEPENDENTS``).
COUNT_FIELDS = (
    "specific_dependents",
    "young_dependents",
    "elderly_dependents",
    "cohabiting_elderly_parents",
)


@dataclass(frozen=True)
class Household:
    """The household and declarations behind one person's take-home pay (Japan).

    Parameters
    ----------
    spouse : bool
        A spouse (配偶者控除, or 配偶者特別控除 above the spouse's income limit).
    spouse_income : float
        The spouse's total income (合計所得金額) in yen; only with ``spouse``.
    specific_dependents, elderly_dependents, cohabiting_elderly_parents : int
        特定扶養親族 (19-22) and 老人扶養親族 (70+, of whom 同居老親等): counted within the general
        count of dependants (``Expectations.dependents``), which must be at least their sum.
    young_dependents : int
        Dependants under 16 (no deduction of their own; see
        :func:`~expectgap.payroll.jp.annual.annual`).
    deductions : Deductions, optional
        The other declarations, one person's (scalar) values.
    residence : str, optional
        Place of residence whose resident tax rates differ from the standard ones
        (:func:`~expectgap.payroll.jp.resident_tax.place_of_residence`), stored as its key.

    Raises
    ------
    InvalidInput
        A value of the wrong type or out of range, ``spouse_income`` without a spouse, or
        declarations given as arrays.
    UnsupportedRule
        A place of residence whose rates are not held (the supported ones are listed).

    Examples
    --------
    >>> Household(spouse_income=500_000)
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: household.spouse_income: got 500000; expected 0 without a spouse (set spouse=True)
    >>> Household(residence="横浜市").residence
    'yokohama'
    """

    spouse: bool = False
    spouse_income: float = 0
    specific_dependents: int = 0
    young_dependents: int = 0
    elderly_dependents: int = 0
    cohabiting_elderly_parents: int = 0
    deductions: Deductions | None = None
    residence: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.spouse, bool):
            raise InvalidInput("household.spouse", shown(self.spouse), "True or False")
        limit = int(max_amount("JPY"))
        income = self.spouse_income
        if (
            isinstance(income, bool)
            or not isinstance(income, int | float)
            or not 0 <= income <= limit  # NaN fails too
        ):
            raise InvalidInput(
                "household.spouse_income", shown(income), f"an amount of yen in [0, {limit}]"
            )
        if income and not self.spouse:
            raise InvalidInput(
                "household.spouse_income", income, "0 without a spouse (set spouse=True)"
            )
        for name in COUNT_FIELDS:
            count = getattr(self, name)
            if (
                isinstance(count, bool)
                or not isinstance(count, int)
                or not 0 <= count <= MAX_DEPENDENTS
            ):
                raise InvalidInput(
                    f"household.{name}", shown(count), f"a whole number from 0 to {MAX_DEPENDENTS}"
                )
        if self.deductions is not None and (
            not isinstance(self.deductions, Deductions) or self.deductions.record.ndim
        ):
            raise InvalidInput(
                "household.deductions", shown(self.deductions), "one Deductions of scalar values"
            )
        if self.deductions is not None and not self.deductions.record["declared"]:
            object.__setattr__(self, "deductions", None)  # nothing declared: as not given
        if self.residence is not None:
            if not isinstance(self.residence, str):
                raise InvalidInput(
                    "household.residence", shown(self.residence), "a place name such as 'yokohama'"
                )
            object.__setattr__(self, "residence", place_of_residence(self.residence))

    @property
    def counted_within_dependents(self) -> int:
        """How many dependants the general count must at least hold.

        Examples
        --------
        >>> Household(specific_dependents=1, elderly_dependents=1).counted_within_dependents
        2
        """
        return self.specific_dependents + self.elderly_dependents + self.cohabiting_elderly_parents

    def keywords(self) -> dict[str, Any]:
        """The engine keywords of what is stated (fields left at their default are left out).

        Examples
        --------
        >>> Household().keywords()
        {}
        >>> Household(deductions=Deductions(hometown_donation=50_000)).keywords()["deductions"]
        Deductions(..., hometown_donation=50000, ...)
        """
        out: dict[str, Any] = {}
        for item in fields(self):
            value = getattr(self, item.name)
            if value != item.default and value is not None:
                out[item.name] = value
        return out

    @property
    def stated(self) -> bool:
        """Whether anything beyond the defaults (no spouse, no declarations) is stated.

        Examples
        --------
        >>> Household().stated, Household(spouse=True).stated
        (False, True)
        """
        return bool(self.keywords())
