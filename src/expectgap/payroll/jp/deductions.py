"""Deductions and credits of the year-end adjustment beyond the spouse and the dependants.

A :class:`Deductions` holds what an employee declares on the year-end adjustment forms (扶養控除等
申告書, 保険料控除申告書, 住宅借入金等特別控除申告書) beyond the spouse and the dependants:

- personal deductions: 障害者控除 (a count of disabled people among the taxpayer, the spouse
  and the dependants, under-16s included, by kind), 寡婦控除, ひとり親控除 (mother or father:
  the resident tax's adjustment credit differs), 勤労学生控除, each widow / single-parent /
  working-student item only while the taxpayer's total income is within its limit; the
  特定親族特別控除 (from 2025) for one relative aged 19 to 22 whose income is above the
  dependant limit;
- premium deductions: 生命保険料控除 from the premiums of the year (three new-contract and two
  old-contract categories), 地震保険料控除 (earthquake and old long-term damage premiums), and
  小規模企業共済等掛金控除 (iDeCo, 小規模企業共済) in full;
- the housing-loan credit (住宅借入金等特別控除): the credit of the year as stated on the
  declaration (the loan balance x the rate, within the cap of the home's kind), taken from the
  income tax before the 2024 fixed-amount cut; what the income tax cannot use is credited
  against the next fiscal year's resident tax within 5% of the income tax's taxable income and
  97,500 yen (7% and 136,500 yen for homes occupied 2014-2021).

Every amount and limit is in ``params/deductions.toml`` with its source; the resident tax uses
its own amounts (地方税法 第314条の2) and adds the statutory differences to the adjustment
credit. Each field is a scalar or an array broadcast with the pay.

- ふるさと納税: donations to local governments, deducted from the income by the tax return
  (min(donation, 40% of the total income) - 2,000) or, with the one-stop exception, not; and
  credited against the next fiscal year's resident tax (basic 10%, special by the bracket's
  rate within 20% of each income levy, and with the one-stop exception the part the income
  tax would have given).

Not modelled: more than one specific relative per person, the medical-expense deduction and
donations other than ふるさと納税, the disability conditions of the income amount adjustment
deduction (pass ``dependent_under_23=True``), 住宅借入金等特別控除 before 2014.

Examples
--------
>>> d = Deductions(life_general=100_000, earthquake_insurance=30_000)
>>> int(income_tax_deductions_yen(d.record, np.int64(3_000_000), 2026))
70000
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt

from expectgap._limits import MAX_DEPENDENTS
from expectgap._vector import amounts, bad_positions_text, is_series
from expectgap.errors import InvalidInput
from expectgap.money import max_amount
from expectgap.payroll._params import ParameterSet, load

__all__ = [
    "AMOUNTS",
    "COUNTS",
    "FLAGS",
    "RECORD",
    "Deductions",
    "declared",
    "donation_credits_yen",
    "housing_credit_yen",
    "housing_spillover_yen",
    "income_tax_deductions_yen",
    "none_declared",
    "resident_deductions_yen",
    "resident_differences_yen",
    "resident_exempt",
]

_PARAMS = "expectgap.payroll.jp.params"
_PERCENT = 100
_RATE_SCALE = 100_000
_FISCAL_YEAR_START_MONTH = 4

COUNTS = ("disabled", "special_disabled", "cohabiting_special_disabled")
"""Count fields of :class:`Deductions` (people)."""
FLAGS = (
    "taxpayer_disabled",
    "widow",
    "single_mother",
    "single_father",
    "working_student",
    "specific_relative",
    "housing_loan_before_2022",
    "one_stop",
)
"""Boolean fields of :class:`Deductions`."""
AMOUNTS = (
    "specific_relative_income",
    "life_general",
    "life_medical_care",
    "life_pension",
    "life_general_old",
    "life_pension_old",
    "earthquake_insurance",
    "long_term_insurance_old",
    "mutual_aid",
    "housing_loan_credit",
    "hometown_donation",
)
"""Amount fields of :class:`Deductions` (yen)."""

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


def _count(value: object, name: str) -> IntArray:
    raw = value.to_numpy() if is_series(value) else value
    array = np.asarray(raw)
    accepted = f"a whole number from 0 to {MAX_DEPENDENTS} (or an array of them)"
    if array.dtype.kind not in "iuf" or array.dtype == np.bool_:
        raise InvalidInput(f"deductions.{name}", value, accepted)
    as_float = array.astype(np.float64)
    bad = ~np.isfinite(as_float) | (as_float < 0) | (as_float != np.floor(as_float))
    bad |= as_float > MAX_DEPENDENTS
    if bad.any():
        shown = bad_positions_text(bad, as_float) if bad.ndim else value
        raise InvalidInput(f"deductions.{name}", shown, accepted)
    return as_float.astype(np.int64)


def _flag(value: object, name: str) -> BoolArray:
    raw = value.to_numpy() if is_series(value) else value
    array = np.asarray(raw)
    if array.dtype != np.bool_:
        raise InvalidInput(f"deductions.{name}", value, "True or False (or an array of booleans)")
    return array


@dataclass(frozen=True)
class Deductions:
    """What the employee declares beyond the spouse and the dependants (see the module).

    Parameters
    ----------
    disabled, special_disabled, cohabiting_special_disabled : int or array of int
        Disabled people among the taxpayer, the spouse and the dependants (under-16s included):
        障害者, 特別障害者 (the taxpayer, or not living with the taxpayer), 同居特別障害者 (a spouse
        or dependant living with the taxpayer).
    taxpayer_disabled : bool or array of bool
        The taxpayer is disabled: with a total income up to 1,350,000 yen no resident tax is
        due (地方税法 第295条). The taxpayer is also counted in ``disabled`` or
        ``special_disabled``.
    widow, single_mother, single_father, working_student : bool or array of bool
        寡婦, ひとり親 (mother or father), 勤労学生; widow and single parent exclude each other.
    specific_relative : bool or array of bool
        One 特定親族 (aged 19 to 22, not a dependant because of income, from 2025).
    specific_relative_income : float or array
        That relative's total income (合計所得金額) in yen.
    life_general, life_medical_care, life_pension : float or array
        Premiums paid in the year under new contracts (from 2012): general life, care and
        medical, private pension.
    life_general_old, life_pension_old : float or array
        Premiums under old contracts (to 2011): general life, private pension.
    earthquake_insurance, long_term_insurance_old : float or array
        Earthquake premiums and old long-term damage premiums (旧長期損害保険料).
    mutual_aid : float or array
        小規模企業共済等掛金 (iDeCo, 小規模企業共済, 心身障害者扶養共済), deducted in full.
    housing_loan_credit : float or array
        The housing-loan credit of the year (住宅借入金等特別控除額) in yen.
    housing_loan_before_2022 : bool or array of bool
        The home was occupied from 2014 to 2021: the resident-tax spill-over is 7% / 136,500
        yen instead of 5% / 97,500.
    hometown_donation : float or array
        ふるさと納税 donated in the year, in yen: deducted from the income (tax return) and
        credited against the next fiscal year's resident tax.
    one_stop : bool or array of bool
        The one-stop exception (ワンストップ特例) was used instead of a tax return: no income
        tax deduction, and the resident tax credits the part the income tax would have given.

    Raises
    ------
    InvalidInput
        For negative, NaN or infinite amounts, non-whole counts, non-boolean flags, a widow
        who is also a single parent, or a single mother who is also a single father (the
        field is named ``deductions.<name>``).

    Examples
    --------
    >>> Deductions(widow=True, single_mother=True)
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: deductions.widow: got True; expected not together with single_mother or single_father (寡婦 and ひとり親 exclude each other)
    """

    disabled: object = 0
    special_disabled: object = 0
    cohabiting_special_disabled: object = 0
    taxpayer_disabled: object = False
    widow: object = False
    single_mother: object = False
    single_father: object = False
    working_student: object = False
    specific_relative: object = False
    specific_relative_income: object = 0
    life_general: object = 0
    life_medical_care: object = 0
    life_pension: object = 0
    life_general_old: object = 0
    life_pension_old: object = 0
    earthquake_insurance: object = 0
    long_term_insurance_old: object = 0
    mutual_aid: object = 0
    housing_loan_credit: object = 0
    housing_loan_before_2022: object = False
    hometown_donation: object = 0
    one_stop: object = False
    record: npt.NDArray[Any] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        checked: dict[str, npt.NDArray[Any]] = {}
        for name in COUNTS:
            checked[name] = _count(getattr(self, name), name)
        for name in FLAGS:
            checked[name] = _flag(getattr(self, name), name)
        for name in AMOUNTS:
            value, _ = amounts(
                getattr(self, name), f"deductions.{name}", maximum=float(max_amount("JPY"))
            )
            checked[name] = np.floor(value).astype(np.int64)
        parent = checked["single_mother"] | checked["single_father"]
        if (checked["widow"] & parent).any():
            raise InvalidInput(
                "deductions.widow",
                self.widow,
                "not together with single_mother or single_father (寡婦 and ひとり親 exclude "
                "each other)",
            )
        if (checked["single_mother"] & checked["single_father"]).any():
            raise InvalidInput(
                "deductions.single_mother", self.single_mother, "not together with single_father"
            )
        try:
            shape = np.broadcast_shapes(*(a.shape for a in checked.values()))
        except ValueError:
            shapes = {k: a.shape for k, a in checked.items() if a.ndim}
            raise InvalidInput("deductions", shapes, "shapes that broadcast together") from None
        record = np.zeros(shape, dtype=RECORD)
        declared = np.zeros(shape, dtype=np.bool_)
        for name, values in checked.items():
            record[name] = values
            declared |= values != 0
        record["declared"] = declared
        object.__setattr__(self, "record", record)


RECORD = np.dtype(
    [
        ("declared", np.bool_),
        *((name, np.int64) for name in COUNTS),
        *((name, np.bool_) for name in FLAGS),
        *((name, np.int64) for name in AMOUNTS),
    ]
)
"""One person's declarations as a numpy record (``declared``: any of them is not 0)."""


def none_declared() -> npt.NDArray[Any]:
    """A 0-d record with nothing declared (the default of a household).

    Examples
    --------
    >>> bool(none_declared()["declared"])
    False
    """
    return np.zeros((), dtype=RECORD)


def declared(record: Any) -> bool:
    """Whether any person of ``record`` declares anything (the kernels are skipped otherwise).

    Examples
    --------
    >>> declared(Deductions(mutual_aid=1).record), declared(none_declared())
    (True, False)
    """
    flags = record["declared"]
    return bool(flags.any()) if flags.ndim else bool(flags)


# --------------------------------------------------------------------------- parameters


def _params() -> ParameterSet:
    return load(_PARAMS, "deductions")


def _int(value: object) -> np.int64:
    return np.int64(value)  # type: ignore[arg-type]


@dataclass(frozen=True)
class _Banded:
    """A premium table: deduction = premium x numerator / denominator + add, rounded up."""

    upper: IntArray
    numerator: IntArray
    denominator: IntArray
    add: IntArray

    def __call__(self, premium: IntArray) -> IntArray:
        row = np.searchsorted(self.upper, premium, side="left")
        scaled = premium * self.numerator[row]
        up = -(-scaled // self.denominator[row])
        return np.asarray(up + self.add[row], dtype=np.int64)


def _banded(raw: Mapping[str, Any], prefix: str) -> _Banded:
    return _Banded(
        upper=np.asarray(raw[f"{prefix}upper"], dtype=np.int64),
        numerator=np.asarray(raw[f"{prefix}numerator"], dtype=np.int64),
        denominator=np.asarray(raw[f"{prefix}denominator"], dtype=np.int64),
        add=np.asarray(raw[f"{prefix}add"], dtype=np.int64),
    )


@dataclass(frozen=True)
class _Life:
    new: _Banded
    old: _Banded
    new_cap: np.int64
    total_cap: np.int64


@dataclass(frozen=True)
class _Earthquake:
    numerator: np.int64
    denominator: np.int64
    cap: np.int64
    old: _Banded
    total_cap: np.int64


@dataclass(frozen=True)
class _Rules:
    personal: dict[str, np.int64]
    limits: dict[str, np.int64]
    relative_above: np.int64
    relative_upper: IntArray
    relative_amount: IntArray
    life: _Life
    earthquake: _Earthquake


def _life(raw: Mapping[str, Any]) -> _Life:
    return _Life(
        new=_banded(raw, "new_"),
        old=_banded(raw, "old_"),
        new_cap=_int(raw["new_cap"]),
        total_cap=_int(raw["total_cap"]),
    )


def _earthquake(raw: Mapping[str, Any]) -> _Earthquake:
    return _Earthquake(
        numerator=_int(raw["earthquake_numerator"]),
        denominator=_int(raw["earthquake_denominator"]),
        cap=_int(raw["earthquake_cap"]),
        old=_banded(raw, "old_"),
        total_cap=_int(raw["total_cap"]),
    )


def _relative(p: ParameterSet, name: str, when: date) -> tuple[np.int64, IntArray, IntArray]:
    if when < p[name].entries[0].effective:
        return np.int64(0), np.zeros(0, np.int64), np.zeros(1, np.int64)
    raw = p[name].at(when)
    amount = np.asarray([*raw["amount"], 0], dtype=np.int64)
    return _int(raw["income_above"]), np.asarray(raw["income_upper"], np.int64), amount


@functools.cache
def _income_tax_rules(year: int) -> _Rules:
    p = _params()
    when = date(year, 1, 1)
    above, upper, amount = _relative(p, "specific_relative_income_tax", when)
    return _Rules(
        personal={k: _int(v) for k, v in p["personal_income_tax"].at(when).items()},
        limits={k: _int(v) for k, v in p["personal_income_limits"].at(when).items()},
        relative_above=above,
        relative_upper=upper,
        relative_amount=amount,
        life=_life(p["life_insurance_income_tax"].at(when)),
        earthquake=_earthquake(p["earthquake_insurance"].at(when)["income_tax"]),
    )


@functools.cache
def _resident_rules(fiscal_year: int) -> _Rules:
    p = _params()
    when = date(fiscal_year, _FISCAL_YEAR_START_MONTH, 1)
    above, upper, amount = _relative(p, "specific_relative_resident_tax", when)
    return _Rules(
        personal={k: _int(v) for k, v in p["personal_resident_tax"].at(when).items()},
        limits={k: _int(v) for k, v in p["personal_resident_income_limits"].at(when).items()},
        relative_above=above,
        relative_upper=upper,
        relative_amount=amount,
        life=_life(p["life_insurance_resident_tax"].at(when)),
        earthquake=_earthquake(p["earthquake_insurance"].at(when)["resident_tax"]),
    )


# --------------------------------------------------------------------------- kernels


def _life_deduction(d: Any, life: _Life) -> IntArray:
    def category(new: IntArray, old: IntArray) -> IntArray:
        new_part = np.where(new > 0, life.new(new), 0)
        old_part = np.where(old > 0, life.old(old), 0)
        combined = np.minimum(new_part + old_part, life.new_cap)
        return np.asarray(np.where(new > 0, np.maximum(combined, old_part), old_part), np.int64)

    zero = np.zeros((), dtype=np.int64)
    total = (
        category(d["life_general"], d["life_general_old"])
        + category(d["life_medical_care"], zero)
        + category(d["life_pension"], d["life_pension_old"])
    )
    return np.asarray(np.minimum(total, life.total_cap), dtype=np.int64)


def _earthquake_deduction(d: Any, e: _Earthquake) -> IntArray:
    quake = np.minimum(d["earthquake_insurance"] * e.numerator // e.denominator, e.cap)
    old = d["long_term_insurance_old"]
    old_part = np.where(old > 0, e.old(old), 0)
    return np.asarray(np.minimum(quake + old_part, e.total_cap), dtype=np.int64)


def _personal(d: Any, income: IntArray, r: _Rules) -> IntArray:
    amount = r.personal
    limit = r.limits
    parent = d["single_mother"] | d["single_father"]
    total = (
        d["disabled"] * amount["disabled"]
        + d["special_disabled"] * amount["special_disabled"]
        + d["cohabiting_special_disabled"] * amount["cohabiting_special_disabled"]
        + (d["widow"] & (income <= limit["widow"])) * amount["widow"]
        + (parent & (income <= limit["single_parent"])) * amount["single_parent"]
        + (d["working_student"] & (income <= limit["working_student"])) * amount["working_student"]
    )
    relative_income = d["specific_relative_income"]
    band = np.searchsorted(r.relative_upper, relative_income, side="left")
    relative = np.where(
        d["specific_relative"] & (relative_income > r.relative_above),
        r.relative_amount[band],
        0,
    )
    return np.asarray(total + relative, dtype=np.int64)


def _deductions(d: Any, income: IntArray, r: _Rules) -> IntArray:
    return np.asarray(
        _personal(d, income, r)
        + _life_deduction(d, r.life)
        + _earthquake_deduction(d, r.earthquake)
        + d["mutual_aid"],
        dtype=np.int64,
    )


@dataclass(frozen=True)
class _Donation:
    self_burden: np.int64
    income_cap_percent: np.int64
    basic_percent: np.int64
    basic_income_cap_percent: np.int64
    special_cap_percent: np.int64
    bracket_upper: IntArray
    special: IntArray
    below_zero: np.int64
    one_stop_numerator: IntArray


@functools.cache
def _donation(when: date) -> _Donation:
    raw = _params()["hometown_donation"].at(when)
    return _Donation(
        self_burden=_int(raw["self_burden"]),
        income_cap_percent=_int(raw["income_cap_percent"]),
        basic_percent=_int(raw["basic_percent"]),
        basic_income_cap_percent=_int(raw["basic_income_cap_percent"]),
        special_cap_percent=_int(raw["special_cap_percent"]),
        bracket_upper=np.asarray(raw["bracket_upper"], dtype=np.int64),
        special=np.asarray(raw["special_per_100000"], dtype=np.int64),
        below_zero=_int(raw["below_zero_per_100000"]),
        one_stop_numerator=np.asarray(raw["one_stop_numerator_per_100000"], dtype=np.int64),
    )


def _donation_deduction(d: Any, income: IntArray, year: int) -> IntArray:
    rule = _donation(date(year, 1, 1))
    counted = np.minimum(d["hometown_donation"], income * rule.income_cap_percent // _PERCENT)
    deduction = np.maximum(counted - rule.self_burden, 0) * ~d["one_stop"]
    return np.asarray(deduction, dtype=np.int64)


def _ceil_div(numerator: IntArray, denominator: np.int64 | IntArray) -> IntArray:
    return np.asarray(-(-numerator // denominator), dtype=np.int64)


def donation_credits_yen(
    d: Any,
    income: IntArray,
    bracket_base: IntArray,
    levy: tuple[IntArray, IntArray],
    shares: tuple[tuple[np.int64, np.int64], tuple[np.int64, np.int64]],
    fiscal_year: int,
) -> tuple[IntArray, IntArray]:
    """The ふるさと納税 credits against the municipal and prefectural income levies.

    ``bracket_base`` is the resident-tax taxable income less the personal-deduction
    differences (it picks the special rate); ``levy`` the two income levies after the
    adjustment credit (the special credit's 20% cap); ``shares`` the basic credit's split
    (6, 4) or (8, 2) and the special credit's (3, 2) or (4, 1).

    Examples
    --------
    A donation of 60,000 with the one-stop exception, bracket base 2,330,000 (79.79%):
    basic 58,000 x 10% = 5,800 (3,480 + 2,320); special 58,000 x 79.79% = 46,278.2 (27,766.92
    -> 27,767 and 18,511.28 -> 18,512); one-stop 46,278.2 x 10.21 / 79.79 = 5,921.8 (3,553.08
    -> 3,554 and 2,368.72 -> 2,369): 34,801 and 23,201, 58,002 in all:

    >>> d = Deductions(hometown_donation=60_000, one_stop=True).record
    >>> credits = donation_credits_yen(d, np.int64(3_560_000), np.int64(2_330_000),
    ...     (np.int64(141_300), np.int64(94_200)),
    ...     ((np.int64(6), np.int64(4)), (np.int64(3), np.int64(2))), 2026)
    >>> [int(c) for c in credits]
    [34801, 23201]
    """
    rule = _donation(date(fiscal_year, _FISCAL_YEAR_START_MONTH, 1))
    donation = d["hometown_donation"]
    counted = np.minimum(donation, income * rule.basic_income_cap_percent // _PERCENT)
    basic_base = np.maximum(counted - rule.self_burden, 0)
    over = np.maximum(donation - rule.self_burden, 0)
    row = np.searchsorted(rule.bracket_upper, bracket_base, side="left")
    rate = np.where(bracket_base < 0, rule.below_zero, rule.special[row])
    numerator = np.where(bracket_base < 0, 0, rule.one_stop_numerator[row])
    (basic_m, basic_p), (special_m, special_p) = shares
    basic_total = basic_m + basic_p
    special_total = special_m + special_p
    scale = np.int64(_RATE_SCALE)
    out = []
    for part, basic_share, special_share in ((0, basic_m, special_m), (1, basic_p, special_p)):
        basic = _ceil_div(basic_base * rule.basic_percent * basic_share, _PERCENT * basic_total)
        raw_special = over * rate * special_share  # x 1 / (scale x special_total)
        cap = levy[part] * rule.special_cap_percent * scale * special_total // _PERCENT
        capped = np.minimum(raw_special, cap)
        special = _ceil_div(capped, scale * special_total)
        one_stop = _ceil_div(capped * numerator, scale * special_total * rate) * d["one_stop"]
        out.append(np.asarray(basic + special + one_stop, dtype=np.int64))
    return out[0], out[1]


def income_tax_deductions_yen(d: Any, income: IntArray, year: int) -> IntArray:
    """The income tax deductions of ``d`` (arrays of :attr:`Deductions.record`) for ``year``.

    ``income`` is the taxpayer's total income (合計所得金額), which sets the widow,
    single-parent and working-student limits.

    Examples
    --------
    Disabled taxpayer (270,000) and a single mother (350,000); new general life premium
    100,000 (over 80,000: 40,000):

    >>> d = Deductions(disabled=1, single_mother=True, life_general=100_000).record
    >>> int(income_tax_deductions_yen(d, np.int64(3_000_000), 2026))
    660000
    """
    return np.asarray(
        _deductions(d, income, _income_tax_rules(year)) + _donation_deduction(d, income, year),
        dtype=np.int64,
    )


def resident_deductions_yen(d: Any, income: IntArray, fiscal_year: int) -> IntArray:
    """The resident tax deductions of ``d`` for the levy of ``fiscal_year``.

    Examples
    --------
    New general life premium 100,000 (resident tax: over 56,000, 28,000) and earthquake
    premium 30,000 (half: 15,000):

    >>> d = Deductions(life_general=100_000, earthquake_insurance=30_000).record
    >>> int(resident_deductions_yen(d, np.int64(3_000_000), 2027))
    43000
    """
    return _deductions(d, income, _resident_rules(fiscal_year))


@functools.cache
def _differences(fiscal_year: int) -> dict[str, np.int64]:
    when = date(fiscal_year, _FISCAL_YEAR_START_MONTH, 1)
    return {k: _int(v) for k, v in _params()["personal_differences"].at(when).items()}


def resident_differences_yen(d: Any, income: IntArray, fiscal_year: int) -> IntArray:
    """The statutory personal-deduction differences of ``d`` added to the adjustment credit.

    Examples
    --------
    >>> d = Deductions(single_mother=True, cohabiting_special_disabled=1).record
    >>> int(resident_differences_yen(d, np.int64(3_000_000), 2026))
    270000
    """
    diff = _differences(fiscal_year)
    limit = _resident_rules(fiscal_year).limits
    return np.asarray(
        d["disabled"] * diff["disabled"]
        + d["special_disabled"] * diff["special_disabled"]
        + d["cohabiting_special_disabled"] * diff["cohabiting_special_disabled"]
        + (d["widow"] & (income <= limit["widow"])) * diff["widow"]
        + (d["single_mother"] & (income <= limit["single_parent"])) * diff["single_mother"]
        + (d["single_father"] & (income <= limit["single_parent"])) * diff["single_father"]
        + (d["working_student"] & (income <= limit["working_student"])) * diff["working_student"],
        dtype=np.int64,
    )


def resident_exempt(d: Any, income: IntArray, fiscal_year: int) -> BoolArray:
    """Whether no resident tax is due: a disabled taxpayer, a widow or a single parent with a
    total income up to the limit (地方税法 第295条第1項第2号).

    Examples
    --------
    >>> d = Deductions(widow=True).record
    >>> bool(resident_exempt(d, np.int64(1_350_000), 2026)), bool(resident_exempt(d, np.int64(1_350_001), 2026))
    (True, False)
    """
    when = date(fiscal_year, _FISCAL_YEAR_START_MONTH, 1)
    limit = _int(_params()["resident_nontaxable_income"].at(when))
    qualifies = d["taxpayer_disabled"] | d["widow"] | d["single_mother"] | d["single_father"]
    return np.asarray(qualifies & (income <= limit), dtype=np.bool_)


def housing_credit_yen(d: Any, tax: IntArray) -> IntArray:
    """The housing-loan credit taken from the income tax: the credit, at most the tax.

    Examples
    --------
    >>> d = Deductions(housing_loan_credit=200_000).record
    >>> int(housing_credit_yen(d, np.int64(150_000)))
    150000
    """
    return np.asarray(np.minimum(d["housing_loan_credit"], tax), dtype=np.int64)


@functools.cache
def _spillover(fiscal_year: int) -> tuple[np.int64, np.int64, np.int64, np.int64]:
    when = date(fiscal_year, _FISCAL_YEAR_START_MONTH, 1)
    raw = _params()["housing_loan_spillover"].at(when)
    new, old = raw["from_2022"], raw["before_2022"]
    return _int(new["percent"]), _int(new["cap"]), _int(old["percent"]), _int(old["cap"])


def housing_spillover_yen(
    d: Any, unused: IntArray, taxable: IntArray, fiscal_year: int
) -> IntArray:
    """The housing-loan credit against the resident tax of ``fiscal_year``: the credit the
    income tax of the year before could not use, within the rate of that year's taxable income
    and the cap.

    Examples
    --------
    Unused 80,000; taxable income 1,000,000: 5% = 50,000 (cap 97,500):

    >>> d = Deductions(housing_loan_credit=200_000).record
    >>> int(housing_spillover_yen(d, np.int64(80_000), np.int64(1_000_000), 2027))
    50000
    """
    new_percent, new_cap, old_percent, old_cap = _spillover(fiscal_year)
    before = d["housing_loan_before_2022"]
    percent = np.where(before, old_percent, new_percent)
    cap = np.where(before, old_cap, new_cap)
    limit = np.minimum(taxable * percent // _PERCENT, cap)
    return np.asarray(np.minimum(unused, limit), dtype=np.int64)
