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

import functools
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from expectgap.errors import UnsupportedRule, closest
from expectgap.payroll._params import ParameterSet, load
from expectgap.payroll.jp.deductions import (
    Deductions,
    declared,
    donation_credits_yen,
    housing_spillover_yen,
    resident_deductions_yen,
    resident_differences_yen,
    resident_exempt,
)
from expectgap.payroll.jp.income_tax import (
    PARAMS,
    SUPPORTED_YEARS,
    Household,
    IntArray,
    any_true,
    band_index,
    band_lookup,
    check_year,
    floor_to,
    household_inputs,
    income_tax_assessment,
    total_income_yen,
)

__all__ = [
    "SUPPORTED_FISCAL_YEARS",
    "ResidentTax",
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
) -> ResidentTax:
    """A fiscal year's resident tax of whole-yen amounts as int64 arrays (no validation).

    The kernel of :func:`resident_tax`: ``fiscal_year`` must be one of
    :data:`SUPPORTED_FISCAL_YEARS` and ``where`` a key of :func:`supported_residences` or
    None.

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
    t = _tables(fiscal_year)
    place = _place(fiscal_year, where)
    income = total_income_yen(salary, house.under_23, fiscal_year - 1)

    deductions = (
        social + band_lookup(t.basic_upper, income, t.basic_amount) + _by_kind(house, t.dependent)
    )
    differences = t.difference["basic"] + _by_kind(house, t.difference)
    extra = house.declared
    has_extra = declared(extra)
    if has_extra:
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
    taxable = floor_to(np.maximum(income - deductions, 0), t.taxable_unit)
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
    municipal_raw = municipal_raw - municipal_credit
    prefectural_raw = prefectural_raw - prefectural_credit
    after_adjustment = (municipal_raw, prefectural_raw)
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
