"""Japanese individual resident tax (個人住民税) of a salaried person, standard rates.

The levy of fiscal year FY (令和N年度) is computed on the salary of the calendar year FY - 1 and
deducted from pay June FY to May FY + 1:

1. employment income under the income year's rules (所得税の計算の例による): FY2024 and FY2025
   on 2023 / 2024 salaries (minimum deduction 550,000 yen), FY2026 on 2025 salaries (650,000),
   FY2027 on 2026 salaries including the 2026 special minimum of 740,000 yen and its
   transition bands. The FY2027 choice follows the Ministry of Internal Affairs' outline of the
   令和8年度 local-tax amendment (給与所得控除の最低保障額 74万円は令和9年度分から; 非課税ライン
   110万円→119万円), as listed by a public implementation that read it; the facts file marked
   this UNCONFIRMED. The income amount adjustment deduction (所得金額調整控除) of the income year
   is subtracted in the same amount as for the income tax (the total income follows the income
   tax's rules, 地方税法第32条第2項・第313条第2項); the result is the total income for every
   income test below;
2. deductions: social insurance paid in the income year, the basic deduction of 430,000 yen
   (tapering above 24M of total income), the resident-tax spouse, spouse special and dependent
   deductions;
3. taxable income rounded down to 1,000 yen; income levy 6% municipal + 4% prefectural,
   each rounded down to one yen;
4. adjustment credit (調整控除) 3% + 2% of the statutory personal-deduction differences (or of
   the taxable income if smaller, or of the differences less the taxable income above 2M with a
   50,000-yen floor), each part limited to its levy; a single person always gets 2,500 yen.
   FY2024-FY2025: a spouse with total income above the 480,000-yen limit and under 500,000 adds
   50,000 / 40,000 / 20,000 yen to the differences by the taxpayer's income tier (up to 9M /
   9.5M / 10M), from 500,000 to under 550,000 30,000 / 20,000 / 10,000 (第37条第1号イ). From
   FY2026 the spouse limit (580,000, then 620,000) lies above those bounds, so the row is empty
   and not applied; whether the amendment shifted the bounds is UNCONFIRMED (see the
   parameter file);
5. non-taxable thresholds: no income levy for a total income up to
   350,000 x (1 + household) + 100,000 (+ 320,000 with a household), and a reduction just above
   it so that income - levy does not fall below the limit (地方税法附則第3条の3), split between
   the two parts in proportion; no levy at all up to 350,000 x (1 + household) + 100,000
   (+ 210,000) (grade-1 area: Tokyo's 23 wards; household = 同一生計配偶者 + dependents,
   under-16s included);
6. each part rounded down to 100 yen, as it is levied (地方税法第20条の4の2);
7. FY2024: the fixed-amount cut (定額減税) of 10,000 yen per person (taxpayer, 控除対象配偶者,
   dependents including under-16s) for a total income up to 18,050,000 yen, applied to the
   income levy after the adjustment credit and limited to it. It is applied to the combined
   income levy (the statute's split between the municipal and prefectural parts was not
   confirmed; it only matters when one part alone is exhausted). FY2025: 10,000 yen for a
   同一生計配偶者 who is not a 控除対象配偶者 (taxpayer's income above 10M), judged on the FY2025
   household (the statute judges it on the FY2024 levy);
8. per-capita levy 3,000 + 1,000 yen plus the forest environment tax of 1,000 yen.

The other declarations of :class:`~expectgap.payroll.jp.deductions.Deductions` (disability,
widow, single parent, working student, specific relative, insurance premiums, iDeCo) enter
step 2 with their resident-tax amounts and step 4 with their statutory differences; a disabled
taxpayer, a widow or a single parent with a total income up to 1,350,000 yen pays nothing
(地方税法 第295条); the housing-loan credit the income tax of the income year could not use is
credited after the adjustment credit (附則第5条の4の2), split between the two levies by their
rates.

``residence`` applies a designated city's 8% / 2% split (adjustment credit 4% / 1%) and the
surcharges confirmed for a place (``params/residence.toml``: Kanagawa +0.025% and 300 yen,
Yokohama +900, Hyogo +800, Kobe +400, Osaka +300, and the designated cities of those
prefectures); by default the standard rates apply.

Not modelled: the other designated cities and the per-capita surcharges of the 34 other
prefectures that levy one (refused with UnsupportedRule rather than guessed), grade-2/3 area
thresholds, donations other than ふるさと納税 (which is credited from
``Deductions.hometown_donation``).

Examples
--------
>>> r = resident_tax(5_000_000, social_insurance=750_000, fiscal_year=2026)
>>> r.income_levy, r.per_capita, r.adjustment_credit, r.total
(235500, 5000, 2500, 240500)
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from expectgap.errors import UnsupportedRule, closest
from expectgap.payroll._params import ParameterSet, load
from expectgap.payroll.jp.deductions import (
    Deductions,
    _donation,
    declared,
    donation_credits_yen,
    housing_spillover_yen,
    resident_deductions_yen,
    resident_differences_yen,
    resident_exempt,
)
from expectgap.payroll.jp.income_tax import (
    _UNIFORM_FIELDS,
    PARAMS,
    SUPPORTED_YEARS,
    BoolArray,
    Household,
    IntArray,
    TableCache,
    any_true,
    band_index,
    band_lookup,
    by_household,
    check_year,
    floor_to,
    gather,
    household_inputs,
    income_tax_assessment,
    total_income_yen,
)

__all__ = [
    "SUPPORTED_FISCAL_YEARS",
    "ResidentTax",
    "credit_margins_yen",
    "levy_of_yen",
    "levy_yen",
    "place_of_residence",
    "resident_tax",
    "supported_residences",
]

SUPPORTED_FISCAL_YEARS: tuple[int, ...] = (2024, 2025, 2026, 2027)
"""Fiscal years of the levy (on the salaries of 2023 to 2026)."""

_PERCENT = 100
_RATE_SCALE = 100_000
_FISCAL_YEAR_START_MONTH = 4


@dataclass(frozen=True)
class ResidentTax:
    """One fiscal year's resident tax, in yen (ints for scalar input, else arrays / Series).

    Attributes
    ----------
    income_levy
        Income levy (所得割) after the adjustment credit and the fixed-amount cut.
    per_capita
        Per-capita levy (均等割) including the forest environment tax.
    adjustment_credit
        Adjustment credit (調整控除) taken off the income levy.
    fixed_cut
        Fixed-amount cut (定額減税) taken off the income levy (FY2024, and FY2025 for a
        non-deductible spouse).
    total
        ``income_levy + per_capita``: the annual amount deducted in 12 instalments.

    Examples
    --------
    >>> ResidentTax(1, 2, 3, 0, 3).total
    3
    """

    income_levy: Any
    per_capita: Any
    adjustment_credit: Any
    fixed_cut: Any
    total: Any


@dataclass(frozen=True)
class _Tables:
    municipal_percent: np.int64
    prefectural_percent: np.int64
    per_capita: np.int64
    taxable_unit: np.int64
    tax_unit: np.int64
    basic_upper: IntArray
    basic_amount: IntArray
    spouse_limit: np.int64
    taxpayer_upper: IntArray
    spouse_amount: IntArray
    spouse_difference: IntArray
    special_difference_below: IntArray
    special_difference: IntArray
    special_upper: IntArray
    special_amount: IntArray
    dependent: dict[str, np.int64]
    difference: dict[str, np.int64]
    credit_threshold: np.int64
    credit_floor: np.int64
    credit_income_limit: np.int64
    credit_municipal_percent: np.int64
    credit_prefectural_percent: np.int64
    levy_exemption: dict[str, np.int64]
    capita_exemption: dict[str, np.int64]
    cut_per_person: np.int64
    cut_spouse: np.int64
    cut_income_limit: np.int64


def _params() -> ParameterSet:
    return load(PARAMS, "resident_tax")


def _with_zero(values: list[int]) -> IntArray:
    return np.asarray([*values, 0], dtype=np.int64)


def _padded(rows: list[list[int]], columns: int) -> IntArray:
    """A band x tier table with a row and a column of zeros added (beyond the last bounds)."""
    table = np.zeros((len(rows) + 1, columns + 1), dtype=np.int64)
    if rows:
        table[:-1, :-1] = np.asarray(rows, dtype=np.int64)
    return table


@functools.cache
def _tables(fiscal_year: int) -> _Tables:
    p = _params()
    when = date(fiscal_year, _FISCAL_YEAR_START_MONTH, 1)
    rates = p["income_levy_percent"].at(when)
    capita = p["per_capita"].at(when)
    basic = p["basic_deduction"].at(when)
    spouse = p["spouse_deduction"].at(when)
    special = p["spouse_special_deduction"].at(when)
    credit = p["adjustment_credit"].at(when)
    tiers = len(spouse["taxpayer_income_upper"])
    return _Tables(
        municipal_percent=np.int64(rates["municipal"]),
        prefectural_percent=np.int64(rates["prefectural"]),
        per_capita=np.int64(sum(capita.values())),
        taxable_unit=np.int64(p["taxable_income_unit"].at(when)),
        tax_unit=np.int64(p["tax_unit"].at(when)),
        basic_upper=np.asarray(basic["income_upper"], dtype=np.int64),
        basic_amount=_with_zero(basic["amount"]),
        spouse_limit=np.int64(p["spouse_income_limit"].at(when)),
        taxpayer_upper=np.asarray(spouse["taxpayer_income_upper"], dtype=np.int64),
        spouse_amount=_with_zero(spouse["amount"]),
        spouse_difference=_with_zero(credit["spouse_difference"]),
        special_difference_below=np.asarray(
            credit["spouse_special_difference_below"], dtype=np.int64
        ),
        special_difference=_padded(credit["spouse_special_difference"], tiers),
        special_upper=np.asarray(special["spouse_income_upper"], dtype=np.int64),
        special_amount=_padded(special["amount"], tiers),
        dependent={
            key: np.int64(value) for key, value in p["dependent_deduction"].at(when).items()
        },
        difference={
            "basic": np.int64(credit["basic_difference"]),
            "general": np.int64(credit["general_dependent_difference"]),
            "specific": np.int64(credit["specific_dependent_difference"]),
            "elderly": np.int64(credit["elderly_dependent_difference"]),
            "elderly_parent_cohabiting": np.int64(credit["elderly_parent_cohabiting_difference"]),
        },
        credit_threshold=np.int64(credit["threshold"]),
        credit_floor=np.int64(credit["floor"]),
        credit_income_limit=np.int64(credit["income_limit"]),
        credit_municipal_percent=np.int64(credit["municipal_percent"]),
        credit_prefectural_percent=np.int64(credit["prefectural_percent"]),
        levy_exemption={k: np.int64(v) for k, v in p["income_levy_exemption"].at(when).items()},
        capita_exemption={k: np.int64(v) for k, v in p["per_capita_exemption"].at(when).items()},
        cut_per_person=np.int64(p["fixed_cut_per_person"].at(when)),
        cut_spouse=np.int64(p["fixed_cut_non_deductible_spouse"].at(when)),
        cut_income_limit=np.int64(p["fixed_cut_income_limit"].at(when)),
    )


@dataclass(frozen=True)
class _Place:
    """Rates of a place of residence (per 100,000) and its adjustment-credit split."""

    municipal_rate: np.int64
    prefectural_rate: np.int64
    basic_municipal_percent: np.int64  # the standard rates (the donation credit's split)
    basic_prefectural_percent: np.int64
    credit_municipal_percent: np.int64
    credit_prefectural_percent: np.int64
    per_capita: np.int64


def _residence_params() -> ParameterSet:
    return load(PARAMS, "residence")


@functools.cache
def _names() -> dict[str, str]:
    entry = _residence_params()["names"].entries[-1].value
    names = {key.casefold(): key for key in entry}
    for key, aliases in entry.items():
        names.update((alias.casefold(), key) for alias in aliases)
    return names


def supported_residences() -> tuple[str, ...]:
    """Places of residence held besides the standard rates (``residence=None``).

    Examples
    --------
    >>> supported_residences()[:3]
    ('kanagawa', 'yokohama', 'kawasaki')
    """
    return tuple(_residence_params()["names"].entries[-1].value)


def place_of_residence(value: object) -> str | None:
    """The key of a place of residence given by key or name (None: standard rates).

    Raises
    ------
    UnsupportedRule
        For a place whose rates are not held; the supported places are listed.

    Examples
    --------
    >>> place_of_residence("横浜市"), place_of_residence("Osaka City"), place_of_residence(None)
    ('yokohama', 'osaka-city', None)
    """
    if value is None:
        return None
    key = _names().get(str(value).strip().casefold()) if isinstance(value, str) else None
    if key is None:
        raise UnsupportedRule(
            "residence",
            value,
            supported_residences(),
            closest(str(value), tuple(_names())),
            note="a place that levies the standard rates needs no residence",
        )
    return key


@functools.cache
def _place(fiscal_year: int, where: str | None) -> _Place:
    t = _tables(fiscal_year)
    if where is None:
        return _Place(
            t.municipal_percent * (_RATE_SCALE // _PERCENT),
            t.prefectural_percent * (_RATE_SCALE // _PERCENT),
            t.municipal_percent,
            t.prefectural_percent,
            t.credit_municipal_percent,
            t.credit_prefectural_percent,
            t.per_capita,
        )
    p = _residence_params()
    when = date(fiscal_year, _FISCAL_YEAR_START_MONTH, 1)
    place = p["places"].at(when)[where]
    forest = np.int64(_params()["per_capita"].at(when)["forest_environment_tax"])
    if place["designated"]:
        split = p["designated_adjustment_credit_percent"].at(when)
        credit = (np.int64(split["municipal"]), np.int64(split["prefectural"]))
        standard = p["designated_income_levy_percent"].at(when)
        basic = (np.int64(standard["municipal"]), np.int64(standard["prefectural"]))
    else:
        credit = (t.credit_municipal_percent, t.credit_prefectural_percent)
        basic = (t.municipal_percent, t.prefectural_percent)
    return _Place(
        np.int64(place["municipal_per_100000"]),
        np.int64(place["prefectural_per_100000"]),
        *basic,
        *credit,
        np.int64(place["municipal_per_capita"] + place["prefectural_per_capita"]) + forest,
    )


def _exemption_limit(household: IntArray, rule: dict[str, np.int64]) -> IntArray:
    add = rule["dependants_add"] * (household > 0)
    limit: IntArray = rule["per_person"] * (1 + household) + rule["base"] + add
    return limit


def _by_kind(house: Household, amounts: dict[str, np.int64]) -> IntArray:
    total: IntArray = (
        house.general * amounts["general"]
        + house.specific * amounts["specific"]
        + house.elderly * amounts["elderly"]
        + house.cohabiting * amounts["elderly_parent_cohabiting"]
    )
    return total


def _near_limit_reduction(
    municipal: IntArray, prefectural: IntArray, income: IntArray, limit: IntArray
) -> tuple[IntArray, IntArray]:
    levy = municipal + prefectural
    # The shortfall below is positive exactly where the limit is above income - levy and there
    # is a levy (each part is >= 0); most batches have none, so it is tested first.
    if not any_true((limit > income - levy) & (levy > 0)):
        return municipal, prefectural
    shortfall = np.minimum(np.maximum(limit - (income - levy), 0), levy)
    share = np.divide(prefectural, levy, out=np.zeros(levy.shape), where=levy > 0)
    prefectural_cut = shortfall * share
    reduced_municipal = np.floor(municipal - (shortfall - prefectural_cut)).astype(np.int64)
    reduced_prefectural = np.floor(prefectural - prefectural_cut).astype(np.int64)
    return reduced_municipal, reduced_prefectural


def resident_tax(
    prior_year_salary: object,
    *,
    social_insurance: object,
    fiscal_year: int,
    dependents: object = 0,
    spouse: object = False,
    specific_dependents: object = 0,
    spouse_income: object = 0,
    elderly_dependents: object = 0,
    cohabiting_elderly_parents: object = 0,
    young_dependents: object = 0,
    dependent_under_23: object = None,
    deductions: Deductions | None = None,
    residence: object = None,
) -> ResidentTax:
    """Resident tax of fiscal year ``fiscal_year`` on the salary of the year before.

    Parameters
    ----------
    prior_year_salary : scalar, sequence, numpy array or pandas Series
        Salary and bonuses of calendar year ``fiscal_year - 1`` in yen (the only income).
    social_insurance : scalar, sequence, numpy array or pandas Series
        Social insurance premiums paid in that year (annual yen).
    fiscal_year : int
        Fiscal year of the levy, one of :data:`SUPPORTED_FISCAL_YEARS` (2024-2027).
    dependents, spouse, specific_dependents, spouse_income, elderly_dependents, \
cohabiting_elderly_parents, young_dependents
        The household at the end of the income year, as for
        :func:`~expectgap.payroll.jp.income_tax.income_tax` (resident-tax amounts: general
        330,000, specific 450,000, elderly 380,000, cohabiting elderly parent 450,000, spouse
        330,000 / 220,000 / 110,000). The spouse income limit is 480,000 yen through FY2025,
        580,000 in FY2026 and 620,000 in FY2027. Under-16s count for the non-taxable
        thresholds and the FY2024 cut.
    dependent_under_23 : bool, array of bool or None, default None
        Whether the income amount adjustment deduction applies to a prior-year salary above
        8,500,000 yen, as for :func:`~expectgap.payroll.jp.income_tax.income_tax` (None: True
        when ``young_dependents + specific_dependents > 0``).
    deductions : Deductions, optional
        The other declarations of the income year
        (:class:`~expectgap.payroll.jp.deductions.Deductions`): their resident-tax amounts,
        their adjustment-credit differences, the non-taxable rule for a disabled taxpayer, a
        widow or a single parent with a total income up to 1,350,000 yen, and the part of the
        housing-loan credit the income tax of the income year could not use.
    residence : str, optional
        The place of residence on 1 January of ``fiscal_year`` when its rates differ from the
        standard ones (None): a designated city's 8% / 2% split and the surcharges confirmed
        for it (:func:`supported_residences`: Kanagawa, Yokohama, Kawasaki, Sagamihara, Hyogo,
        Kobe, Osaka Prefecture, Osaka City, Sakai), by key or by name (``"横浜市"``).

    Returns
    -------
    ResidentTax
        ``income_levy``, ``per_capita``, ``adjustment_credit``, ``fixed_cut`` and ``total``
        in yen, each shaped like the input.

    Raises
    ------
    UnsupportedRule
        For a fiscal year outside 2024-2027, or a place of residence not held.
    InvalidInput
        For invalid amounts, counts or flags (see :func:`income_tax`).

    Examples
    --------
    FY2026 levy on a 2025 salary of 5,000,000 with 750,000 social insurance, single:
    employment income 3,560,000; taxable 3,560,000 - 750,000 - 430,000 = 2,380,000; municipal
    142,800 - 1,500 and prefectural 95,200 - 1,000 (adjustment credit on the 50,000 floor):

    >>> resident_tax(5_000_000, social_insurance=750_000, fiscal_year=2026).total
    240500
    >>> resident_tax([1_100_000, 1_101_000], social_insurance=0, fiscal_year=2026).total.tolist()
    [0, 6000]

    A 2025 salary of 10,000,000 with a child under 16: total income 8,050,000 - 150,000
    (所得金額調整控除) = 7,900,000; taxable 7,900,000 - 1,400,000 - 430,000 = 6,070,000:

    >>> resident_tax(10_000_000, social_insurance=1_400_000, fiscal_year=2026,
    ...              young_dependents=1).income_levy
    604500

    The same 5,000,000 in Yokohama: 8% municipal 190,400 - 2,000 (4% of the 50,000 credit
    base) = 188,400; 2.025% prefectural 48,195 - 500 = 47,695 -> 47,600; per capita 3,900 +
    1,300 + 1,000:

    >>> resident_tax(5_000_000, social_insurance=750_000, fiscal_year=2026,
    ...              residence="横浜市").total
    242200
    """
    year = check_year(fiscal_year, SUPPORTED_FISCAL_YEARS, "fiscal_year")
    where = place_of_residence(residence)
    batch, house = household_inputs(
        {"prior_year_salary": prior_year_salary, "social_insurance": social_insurance},
        spouse=spouse,
        spouse_income=spouse_income,
        dependents=dependents,
        specific_dependents=specific_dependents,
        elderly_dependents=elderly_dependents,
        cohabiting_elderly_parents=cohabiting_elderly_parents,
        young_dependents=young_dependents,
        dependent_under_23=dependent_under_23,
        deductions=deductions,
    )
    levied = levy_yen(
        batch.amount("prior_year_salary"), batch.amount("social_insurance"), house, year, where
    )
    return ResidentTax(
        income_levy=batch.wrap(levied.income_levy),
        per_capita=batch.wrap(levied.per_capita),
        adjustment_credit=batch.wrap(levied.adjustment_credit),
        fixed_cut=batch.wrap(levied.fixed_cut),
        total=batch.wrap(levied.total),
    )


def levy_yen(
    salary: IntArray,
    social: IntArray,
    house: Household,
    fiscal_year: int,
    where: str | None = None,
    income: IntArray | None = None,
) -> ResidentTax:
    """A fiscal year's resident tax of whole-yen amounts as int64 arrays (no validation).

    The kernel of :func:`resident_tax`: ``fiscal_year`` must be one of
    :data:`SUPPORTED_FISCAL_YEARS` and ``where`` a key of :func:`supported_residences` or
    None; ``income`` is the total income of ``salary`` under the income year's rules, when
    the caller has it. A batch of one household without other declarations reads the levy
    off a table of every taxable income (:func:`_levy_table`) for the incomes where it holds,
    and computes it for the others; a batch of a few such households
    (:meth:`~expectgap.payroll.jp.income_tax.Household.groups_of`) reads each household's
    table on its people.

    Examples
    --------
    >>> from expectgap.payroll.jp.income_tax import household
    >>> zero = np.asarray(0)
    >>> house = household(spouse=np.asarray(False), spouse_income=zero, dependents=zero,
    ...                   specific=zero, elderly=zero, cohabiting=zero, young=zero,
    ...                   under_23=None, shown=0)
    >>> levy_yen(np.array([5_000_000]), np.array([750_000]), house, 2026).total
    array([240500])
    """
    if income is None:
        income = total_income_yen(salary, house.under_23, fiscal_year - 1)
    if income.size >= _TABLE_FROM and income.ndim == 1:
        table = _uniform_table(house, fiscal_year, where, income.size)
        same = all(a.ndim == 0 or a.shape == income.shape for a in (salary, social))
        if table is not None and same:
            return _levy_from_table(table, salary, social, house, fiscal_year, where, income)
        if same and house.groups_of(income.size) is not None:
            fields = by_household(
                house,
                (salary, social, income),
                lambda one, s, c, i: _fields_of(levy_yen(s, c, one, fiscal_year, where, i)),
            )
            return ResidentTax(*fields)
    return _levy_of_income(salary, social, house, fiscal_year, where, income)


def _fields_of(levied: ResidentTax) -> tuple[IntArray, ...]:
    return tuple(getattr(levied, name) for name in _LEVY_FIELDS)


@dataclass(frozen=True)
class _Personal:
    """What a levy deducts besides social insurance, and the adjustment credit's base."""

    deductions: IntArray
    differences: IntArray
    within: BoolArray  # a spouse within the spouse income limit
    deductible_spouse: BoolArray  # ... and a taxpayer within the spouse deduction's tiers


def _personal(income: IntArray, house: Household, fiscal_year: int) -> _Personal:
    t = _tables(fiscal_year)
    deductions = band_lookup(t.basic_upper, income, t.basic_amount) + _by_kind(house, t.dependent)
    differences = t.difference["basic"] + _by_kind(house, t.difference)
    extra = house.declared
    if declared(extra):
        deductions = deductions + resident_deductions_yen(extra, income, fiscal_year)
        differences = differences + resident_differences_yen(extra, income, fiscal_year)
    within = house.spouse & (house.spouse_income <= t.spouse_limit)
    deductible_spouse = within
    if any_true(house.spouse):
        tier = band_index(t.taxpayer_upper, income, inclusive=True)
        deductible_spouse = within & (tier < t.taxpayer_upper.size)
        deductions = deductions + np.where(within, t.spouse_amount[tier], 0)[()]
        differences = differences + np.where(within, t.spouse_difference[tier], 0)[()]
        beyond = house.spouse & ~within
        if any_true(beyond):
            row = band_index(t.special_upper, house.spouse_income, inclusive=True)
            deductions = deductions + np.where(beyond, t.special_amount[row, tier], 0)[()]
            band = band_index(t.special_difference_below, house.spouse_income, inclusive=False)
            differences = differences + np.where(beyond, t.special_difference[band, tier], 0)[()]
    return _Personal(deductions, differences, within, deductible_spouse)


def _after_credit(
    taxable: IntArray, differences: IntArray, income: IntArray, t: _Tables, place: _Place
) -> tuple[IntArray, IntArray, IntArray, IntArray]:
    """The municipal and prefectural income levies after the adjustment credit, and the two
    parts of the credit."""
    municipal_raw = taxable * place.municipal_rate // _RATE_SCALE
    prefectural_raw = taxable * place.prefectural_rate // _RATE_SCALE
    over = taxable - t.credit_threshold
    credit_base = np.where(
        over <= 0,
        np.minimum(differences, taxable),
        np.maximum(differences - over, t.credit_floor),
    )[()]
    credit_base = credit_base * (income <= t.credit_income_limit)
    municipal_credit = np.minimum(
        credit_base * place.credit_municipal_percent // _PERCENT, municipal_raw
    )
    prefectural_credit = np.minimum(
        credit_base * place.credit_prefectural_percent // _PERCENT, prefectural_raw
    )
    return (
        municipal_raw - municipal_credit,
        prefectural_raw - prefectural_credit,
        municipal_credit,
        prefectural_credit,
    )


def _levy_of_income(
    salary: IntArray,
    social: IntArray,
    house: Household,
    fiscal_year: int,
    where: str | None,
    income: IntArray,
) -> ResidentTax:
    """:func:`levy_yen`, computed."""
    t = _tables(fiscal_year)
    place = _place(fiscal_year, where)
    personal = _personal(income, house, fiscal_year)
    differences, within = personal.differences, personal.within
    taxable = floor_to(np.maximum(income - (social + personal.deductions), 0), t.taxable_unit)
    municipal_raw, prefectural_raw, municipal_credit, prefectural_credit = _after_credit(
        taxable, differences, income, t, place
    )
    after_adjustment = (municipal_raw, prefectural_raw)
    extra = house.declared
    has_extra = declared(extra)
    if has_extra and any_true(extra["housing_loan_credit"] > 0):
        # The income tax of the income year (2023 has 2024's rules but for the 2024 cut, which
        # comes after the housing-loan credit).
        assessed = income_tax_assessment(
            salary, social, house, max(fiscal_year - 1, SUPPORTED_YEARS[0])
        )
        spill = housing_spillover_yen(
            extra, assessed.unused_housing_credit, assessed.taxable, fiscal_year
        )
        # Split 3:2, or 4:1 in a designated city: the adjustment credit's proportions.
        shares = place.credit_municipal_percent + place.credit_prefectural_percent
        municipal_raw = municipal_raw - np.minimum(
            spill * place.credit_municipal_percent // shares, municipal_raw
        )
        prefectural_raw = prefectural_raw - np.minimum(
            spill * place.credit_prefectural_percent // shares, prefectural_raw
        )
    if has_extra and any_true(extra["hometown_donation"] > 0):
        donated_m, donated_p = donation_credits_yen(
            extra,
            income,
            taxable - differences,
            after_adjustment,
            (
                (place.basic_municipal_percent, place.basic_prefectural_percent),
                (place.credit_municipal_percent, place.credit_prefectural_percent),
            ),
            fiscal_year,
        )
        municipal_raw = municipal_raw - np.minimum(donated_m, municipal_raw)
        prefectural_raw = prefectural_raw - np.minimum(donated_p, prefectural_raw)

    household = within + house.dependents + house.young
    levy_limit = _exemption_limit(household, t.levy_exemption)
    municipal, prefectural = _near_limit_reduction(
        municipal_raw, prefectural_raw, income, levy_limit
    )
    # Above both non-taxable limits: the per-capita levy and the income levy are due.
    capita_due = income > _exemption_limit(household, t.capita_exemption)
    if has_extra:
        capita_due = capita_due & ~resident_exempt(extra, income, fiscal_year)
    taxed = capita_due & (income > levy_limit)
    levy = floor_to(municipal, t.tax_unit) + floor_to(prefectural, t.tax_unit)
    levy = levy * taxed
    credit = (municipal_credit + prefectural_credit) * taxed

    cut = np.zeros((), dtype=np.int64)
    if t.cut_per_person or t.cut_spouse:
        deductible_spouse = personal.deductible_spouse
        persons = deductible_spouse + house.dependents + house.young + 1
        wanted = persons * t.cut_per_person + (within & ~deductible_spouse) * t.cut_spouse
        cut = np.minimum(wanted, levy) * (income <= t.cut_income_limit)
        levy = levy - cut
    per_capita = place.per_capita * capita_due

    return ResidentTax(
        income_levy=levy,
        per_capita=per_capita,
        adjustment_credit=credit,
        fixed_cut=cut,
        total=levy + per_capita,
    )


@dataclass(frozen=True)
class _LevyTable:
    """The levy of one household at every taxable income, for total incomes from ``low`` to
    ``high`` (see :func:`_levy_table`): ``fields[i][k]`` is field ``i`` of
    :class:`ResidentTax` at a taxable income of ``k`` units."""

    low: int
    high: int
    deductions: int
    unit: int
    top: int
    fields: tuple[IntArray, ...]
    # Functions of the levy at every step, by name (see levy_of_yen), built on first use.
    derived: dict[Hashable, IntArray] = dataclasses.field(
        default_factory=dict, compare=False, repr=False
    )


def _uniform_table(
    house: Household, fiscal_year: int, where: str | None, size: int
) -> _LevyTable | None:
    """The levy table of a household that is one for the whole batch of ``size`` (else
    None)."""
    key = house.uniform_key
    return None if key is None else _LEVY_TABLES.get((fiscal_year, where, *key), size=size)


# Batches from this size read the levy from a table (see _levy_table).
_TABLE_FROM = 64


def _levy_table(key: tuple[Any, ...]) -> _LevyTable | None:
    """The levy of a household without other declarations as a table of the taxable income.

    Over a range of total incomes every test of :func:`_levy_of_income` on the income gives
    one answer: the basic deduction's first tier, the spouse deduction's first taxpayer tier,
    the adjustment credit's income limit and, where the household is given a fixed-amount cut,
    the cut's (``high`` is the least of those that apply); above both non-taxable limits, and where no levy can bring income less
    levy under the income levy's limit (``low``: the levy at a taxable income is at most the
    largest at any taxable income up to the total income). There the levy depends on the
    taxable income alone, a whole number of units: it is computed once for each, at the total
    income ``high``, and read per person.
    """
    fiscal_year, where, *household = key
    t = _tables(fiscal_year)
    fields = dict(zip(_UNIFORM_FIELDS, household, strict=True))
    house = Household(
        **{k: np.asarray(v, dtype=bool if k == "spouse" else np.int64) for k, v in fields.items()}
    )
    high = min(int(t.basic_upper[0]), int(t.credit_income_limit))
    if house.spouse:
        high = min(high, int(t.taxpayer_upper[0]))
    income = np.asarray(high, dtype=np.int64)
    personal = _personal(income, house, fiscal_year)
    within, deductible = personal.within, personal.deductible_spouse
    persons = deductible + house.dependents + house.young + 1
    if persons * t.cut_per_person + (within & ~deductible) * t.cut_spouse > 0:
        # The household is given a fixed-amount cut: up to its income limit.
        high = min(high, int(t.cut_income_limit))
        income = np.asarray(high, dtype=np.int64)
        personal = _personal(income, house, fiscal_year)
    deductions, unit = int(personal.deductions), int(t.taxable_unit)
    top = (high - deductions) // unit
    if top < 0:
        return None
    taxable = np.arange(top + 1, dtype=np.int64) * unit
    municipal, prefectural, _, _ = _after_credit(
        taxable, personal.differences, income, t, _place(fiscal_year, where)
    )
    most = np.maximum.accumulate(municipal + prefectural)
    household_size = personal.within + house.dependents + house.young
    levy_limit = int(_exemption_limit(household_size, t.levy_exemption))
    steps = np.arange(high // unit + 1, dtype=np.int64)
    short = steps * unit - most[np.minimum(steps, top)] < levy_limit
    low = int(steps[short][-1] + 1) * unit if short.any() else 0
    capita_limit = int(_exemption_limit(household_size, t.capita_exemption))
    low = max(low, levy_limit + 1, capita_limit + 1)
    if low > high:
        return None
    levied = _levy_of_income(
        np.zeros_like(taxable),
        high - deductions - taxable,
        house,
        fiscal_year,
        where,
        np.full_like(taxable, high),
    )
    arrays = tuple(
        np.array(np.broadcast_to(getattr(levied, name), taxable.shape), dtype=np.int64)
        for name in _LEVY_FIELDS
    )
    for array in arrays:
        array.setflags(write=False)
    return _LevyTable(low, high, deductions, unit, top, arrays)


_LEVY_FIELDS = ("income_levy", "per_capita", "adjustment_credit", "fixed_cut", "total")
_TOTAL, _CUT = _LEVY_FIELDS.index("total"), _LEVY_FIELDS.index("fixed_cut")
_LEVY_TABLES: TableCache[tuple[Any, ...], _LevyTable] = TableCache(_levy_table, limit=256)


def _levy_from_table(
    table: _LevyTable,
    salary: IntArray,
    social: IntArray,
    house: Household,
    fiscal_year: int,
    where: str | None,
    income: IntArray,
) -> ResidentTax:
    """:func:`levy_yen` read from ``table`` where the income is in its range, computed for
    the others."""
    step = _table_step(table, social, income)
    fields = [gather(array, step) for array in table.fields]
    rows = _outside(table, income)
    if rows is not None:
        computed = _levy_of_income(
            _pick(salary, rows), _pick(social, rows), house, fiscal_year, where, income[rows]
        )
        for values, name in zip(fields, _LEVY_FIELDS, strict=True):
            values[rows] = getattr(computed, name)
    return ResidentTax(*fields)


def _table_step(table: _LevyTable, social: IntArray, income: IntArray) -> IntArray:
    """Each person's row of ``table``: the taxable income in units (clipped to the table)."""
    step = income - social
    step -= table.deductions
    np.maximum(step, 0, out=step)
    step //= table.unit
    np.minimum(step, table.top, out=step)
    return step


def _outside(table: _LevyTable, income: IntArray) -> IntArray | None:
    """The positions whose income is outside the range of ``table`` (None: none)."""
    # One comparison: below ``low`` the difference wraps round to a huge unsigned number.
    above_low = income - table.low
    outside = above_low.view(np.uint64) > np.uint64(table.high - table.low)
    return np.flatnonzero(outside) if any_true(outside) else None


def _pick(a: IntArray, rows: IntArray) -> IntArray:
    return a if a.ndim == 0 else a[rows]


def levy_of_yen(
    salary: IntArray,
    social: IntArray,
    house: Household,
    fiscal_year: int,
    where: str | None,
    income: IntArray | None,
    of: Callable[[IntArray, IntArray], IntArray],
    name: Hashable,
) -> IntArray:
    """``of(total, fixed_cut)`` of each person's levy (:func:`levy_yen`), for a caller who
    needs only a function of those two fields (the instalments paid in a year, say).

    ``of`` must work element by element on int64 arrays; ``name`` identifies it (with every
    constant it uses) for as long as the process lives. Where :func:`levy_yen` would read the
    levy from a household's table, ``of`` is applied once to each step of the table (kept
    with it under ``name``) and its value read per person: one lookup instead of two and the
    arithmetic of ``of``; the others are computed.

    Examples
    --------
    >>> from expectgap.payroll.jp.income_tax import household
    >>> zero = np.asarray(0)
    >>> house = household(spouse=np.asarray(False), spouse_income=zero, dependents=zero,
    ...                   specific=zero, elderly=zero, cohabiting=zero, young=zero,
    ...                   under_23=None, shown=0)
    >>> salary = np.array([5_000_000])
    >>> income = total_income_yen(salary, house.under_23, 2025)
    >>> levy_of_yen(salary, np.array([750_000]), house, 2026, None, income,
    ...             lambda total, cut: total - cut, "total less cut")
    array([240500])
    """
    if income is None:
        income = total_income_yen(salary, house.under_23, fiscal_year - 1)
    if income.size >= _TABLE_FROM and income.ndim == 1:
        table = _uniform_table(house, fiscal_year, where, income.size)
        same = all(a.ndim == 0 or a.shape == income.shape for a in (salary, social))
        if table is not None and same:
            values = table.derived.get(name)
            if values is None:
                values = of(table.fields[_TOTAL], table.fields[_CUT])
                values.setflags(write=False)
                table.derived[name] = values
            result: IntArray = gather(values, _table_step(table, social, income))
            rows = _outside(table, income)
            if rows is not None:
                computed = _levy_of_income(
                    _pick(salary, rows),
                    _pick(social, rows),
                    house,
                    fiscal_year,
                    where,
                    income[rows],
                )
                result[rows] = of(computed.total, computed.fixed_cut)
            return result
        if same and house.groups_of(income.size) is not None:
            (result,) = by_household(
                house,
                (salary, social, income),
                lambda one, s, c, i: (levy_of_yen(s, c, one, fiscal_year, where, i, of, name),),
            )
            return result
    levied = _levy_of_income(salary, social, house, fiscal_year, where, income)
    return of(levied.total, levied.fixed_cut)


# Rounding steps of the hometown donation's credits: basic, special and one-stop, each rounded
# up, in the municipal and the prefectural levy.
_DONATION_PARTS = 6


def _donation_self_burden(fiscal_year: int) -> int:
    return int(_donation(date(fiscal_year, _FISCAL_YEAR_START_MONTH, 1)).self_burden)


def credit_margins_yen(
    least: tuple[IntArray, IntArray],
    most: tuple[IntArray, IntArray],
    house: Household,
    fiscal_year: int,
) -> tuple[IntArray, IntArray]:
    """How far two declared credits can move a levy against the direction of pay.

    A levy rises with salary and falls with social insurance, but for two credits of
    :func:`levy_yen` that can grow faster than the levy as salary rises:

    * the **housing-loan credit** left over from the income tax is capped at a rate of the
      income tax's taxable income, which can jump up with salary (the income tax's basic
      deduction falls by tiers from 2025: at a total income of 3,360,000 yen it falls by
      200,000, so the cap of 5% rises by 10,000 and the levy falls by as much). Over the
      range it is at most the one of the unused income tax credit at ``least`` (the least
      income tax) within the cap of the taxable income at ``most``, and at least the one of
      the unused credit at ``most`` within the cap of the taxable income at ``least``;
    * the **hometown donation with the one-stop exception** (申告特例控除): where the special
      credit is capped at 20% of the income levy, the one-stop credit (the special credit x
      the income tax rate / the special rate) jumps up as the income tax bracket rises.
      Uncapped, the special and one-stop credits make 90% of the donation over the self
      burden, and with the basic credit (10% at most) never more than all of it: over the
      range the credits move by at most that amount less the credits at ``least``, which are
      at least the levy's fall at ``least`` when the donation is taken away (less the
      rounding).

    The levy falls by no more than a credit rises (a credit is taken from the municipal and
    prefectural parts, each rounded down to the levy's unit afterwards, and what follows only
    takes a share of what is left), so a levy between the (salary, social insurance) pairs
    ``least`` (the lowest levy but for the credits) and ``most`` (the highest) is at least the
    levy at ``least`` less the first margin returned and at most the levy at ``most`` plus the
    second; both are 0 without such credits, and where ``least`` and ``most`` are one pair.

    Examples
    --------
    >>> import dataclasses
    >>> from expectgap.payroll.jp.deductions import Deductions
    >>> from expectgap.payroll.jp.income_tax import household
    >>> zero = np.asarray(0)
    >>> house = household(spouse=np.asarray(False), spouse_income=zero, dependents=np.asarray(3),
    ...                   specific=zero, elderly=zero, cohabiting=zero, young=zero,
    ...                   under_23=None, shown=0)
    >>> house = dataclasses.replace(house, declared=Deductions(housing_loan_credit=250_000).record)
    >>> low = (np.int64(4_751_994), np.int64(762_257))
    >>> high = (np.int64(4_752_007), np.int64(762_257))
    >>> [int(levy_yen(*pair, house, 2026).total) for pair in (low, high)]
    [83700, 73800]
    >>> [int(m) for m in credit_margins_yen(low, high, house, 2026)]
    [10348, 10348]
    """
    zero = np.zeros((), np.int64)
    extra = house.declared
    if not declared(extra):
        return zero, zero
    rounding = 2 * (_tables(fiscal_year).tax_unit - 1)  # municipal and prefectural parts
    down, up = zero, zero
    if any_true(extra["housing_loan_credit"] > 0):
        income_year = max(fiscal_year - 1, SUPPORTED_YEARS[0])
        at_least = income_tax_assessment(*least, house, income_year)
        at_most = income_tax_assessment(*most, house, income_year)

        def spill(unused: IntArray, taxable: IntArray) -> IntArray:
            return housing_spillover_yen(extra, unused, taxable, fiscal_year)

        unused_least, unused_most = at_least.unused_housing_credit, at_most.unused_housing_credit
        rise = spill(unused_least, at_most.taxable) - spill(unused_least, at_least.taxable)
        fall = spill(unused_most, at_most.taxable) - spill(unused_most, at_least.taxable)
        down = np.where(rise > 0, rise + rounding, 0)
        up = np.where(fall > 0, fall + rounding, 0)
    one_stop = extra["one_stop"] & (extra["hometown_donation"] > 0)
    if any_true(one_stop):
        plain = extra.copy()
        plain["hometown_donation"] = 0
        without = dataclasses.replace(house, declared=plain)
        taken = (
            levy_yen(*least, without, fiscal_year).total
            - levy_yen(*least, house, fiscal_year).total
        )
        over = np.maximum(extra["hometown_donation"] - _donation_self_burden(fiscal_year), 0)
        # The credits are rounded up in three parts of each of the two levies.
        moved = np.maximum(over + _DONATION_PARTS + rounding - (taken - rounding), 0)
        # A range of one pair: its own levy, exactly.
        moving = one_stop & ((least[0] != most[0]) | (least[1] != most[1]))
        down = down + np.where(moving, moved, 0)
        up = up + np.where(moving, moved, 0)
    return np.asarray(down, dtype=np.int64), np.asarray(up, dtype=np.int64)
