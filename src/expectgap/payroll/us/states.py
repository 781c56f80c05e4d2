"""State and local income tax and employee state payroll taxes of a US wage earner.

Each supported state is one parameter of ``params/states.toml`` whose dated value describes
the state's computation for a wage earner who takes the state's standard deduction:

- ``model``: ``"none"`` (no tax on wages) or ``"brackets"``;
- ``deducts_401k`` / ``deducts_hsa``: whether pre-tax 401(k) deferrals and cafeteria-plan HSA
  contributions leave the state's wages (Pennsylvania taxes 401(k) deferrals; California and
  New Jersey tax HSA contributions);
- ``rate`` and ``lower``: the rate schedule (one list for every filing status, or a table by
  filing status);
- ``standard_deduction``, ``exemption``: amounts by filing status subtracted from income;
  ``fica_deduction_cap``: employee social security and Medicare tax deductible up to this cap;
  ``exemption_income_limit``: income above which no exemption is allowed;
- ``exemption_credit`` (amount per credit), ``exemption_credits`` (count by filing status) and
  ``exemption_credit_phase_out`` (``start`` and ``step`` by filing status, ``per_step``): a
  credit against the tax reduced by ``per_step`` per credit for each step, or part of one, of
  income above ``start``;
- ``surtax``: ``threshold`` and ``rate`` of an additional tax on taxable income above a
  threshold;
- ``supplemental``: New York's recapture of the lower brackets (``min_income``,
  ``phase_in``, and by filing status the band ``lower`` bounds of taxable income with the
  ``base`` and ``increment`` recaptured, the increment phased in over ``phase_in`` dollars of
  income above the lower bound of the taxable income's band of the rate schedule; and
  ``flat_above``, the income above which the whole taxable income is taxed at the top rate).

Local income tax is ``params/local.toml`` (New York City residents, on New York taxable
income). Employee state payroll taxes (disability, paid family and medical leave, long-term
care, unemployment) are ``params/state_payroll.toml``: each a rate (times the employee's
``share`` of it, when given) on wages up to a wage base, optionally capped per year.

Examples
--------
>>> import numpy as np
>>> float(state_income_tax(np.array(60_000.0), np.array(60_000.0), "PA", "single", 2026))
1842.0
>>> supported_states()[:5]
('AK', 'CA', 'FL', 'GA', 'IL')
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt

from expectgap.errors import InvalidInput, UnsupportedRule, closest
from expectgap.payroll._params import load
from expectgap.payroll.us.federal import PARAMS, bracket_tax, cents

__all__ = [
    "STATE_NAMES",
    "deductible",
    "local_income_tax",
    "state",
    "state_income_tax",
    "state_payroll_tax",
    "state_taxable_income",
    "supported_states",
]

FloatArray = npt.NDArray[np.float64]

#: Postal codes and names of the states and DC (to read names; support is in the params).
STATE_NAMES: Mapping[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}  # fmt: skip
_BY_NAME = {name.lower(): code for code, name in STATE_NAMES.items()}
_MAX_NAME = 40


@functools.cache
def supported_states() -> tuple[str, ...]:
    """Postal codes of the states with income tax rules here, sorted.

    Examples
    --------
    >>> "TX" in supported_states() and "OH" not in supported_states()
    True
    """
    return tuple(sorted(load(PARAMS, "states")))


def state(value: object) -> str:
    """The postal code of a supported state, from its code or name (any case).

    Raises
    ------
    UnsupportedRule
        For a state without rules here (the supported ones are listed).

    Examples
    --------
    >>> state("new york"), state("ca")
    ('NY', 'CA')
    >>> state("Ohio")
    Traceback (most recent call last):
    ...
    expectgap.errors.UnsupportedRule: state: 'Ohio' is not supported; supported: AK, CA, FL, GA, IL, MA, MI, NC, NH, NJ, NV, NY, PA, SD, TN, TX, VA, WA, WY
    """
    if not isinstance(value, str) or not value.strip() or len(value) > _MAX_NAME:
        shown = value[:_MAX_NAME] + "..." if isinstance(value, str) else value
        raise InvalidInput("state", shown, "a US state's postal code or name, e.g. 'CA'")
    text = " ".join(value.strip().split())
    code = text.upper() if text.upper() in STATE_NAMES else _BY_NAME.get(text.lower())
    supported = supported_states()
    if code not in supported:
        names = {STATE_NAMES[c].lower(): c for c in supported}
        hints = closest(text.upper(), supported) + [names[n] for n in closest(text.lower(), names)]
        raise UnsupportedRule("state", value, supported, list(dict.fromkeys(hints))[:3])
    return code


def _rules(code: str, year: int) -> Mapping[str, Any]:
    rules: Mapping[str, Any] = load(PARAMS, "states")[code].at(date(year, 1, 1))
    return rules


def _by_status(value: Any, status: str) -> Any:
    return value[status] if isinstance(value, Mapping) else value


def deductible(code: str, year: int) -> tuple[bool, bool]:
    """Whether 401(k) deferrals and cafeteria-plan HSA contributions leave the state's wages.

    Examples
    --------
    >>> deductible("PA", 2026), deductible("CA", 2026)
    ((False, True), (True, False))
    """
    rules = _rules(code, year)
    return bool(rules.get("deducts_401k", True)), bool(rules.get("deducts_hsa", True))


def _exemption_credit(
    rules: Mapping[str, Any], income: FloatArray, status: str
) -> FloatArray | float:
    if "exemption_credit" not in rules:
        return 0.0
    count = float(_by_status(rules["exemption_credits"], status))
    credit = float(rules["exemption_credit"])
    phase = rules.get("exemption_credit_phase_out")
    if phase is None:
        return credit * count
    over = np.maximum(income - float(_by_status(phase["start"], status)), 0.0)
    steps = np.ceil(over / float(_by_status(phase["step"], status)))
    return np.maximum(credit - steps * float(phase["per_step"]), 0.0) * count


def _supplemental(
    rules: Mapping[str, Any], taxable: FloatArray, income: FloatArray, tax: FloatArray, status: str
) -> FloatArray:
    sup = rules["supplemental"]
    table = sup[status]
    lower = np.asarray(table["lower"], dtype=np.float64)
    band = np.searchsorted(lower, taxable, side="right") - 1
    base = np.asarray(table["base"], dtype=np.float64)[band]
    increment = np.asarray(table["increment"], dtype=np.float64)[band]
    main = np.asarray(_by_status(rules["lower"], status), dtype=np.float64)
    band_floor = main[np.searchsorted(main, taxable, side="right") - 1]
    applicable = np.maximum(income - np.maximum(band_floor, float(sup["min_income"])), 0.0)
    phase = np.minimum(applicable / float(sup["phase_in"]), 1.0)
    general = np.where(income > float(sup["min_income"]), base + phase * increment, 0.0)
    rates = _by_status(rules["rate"], status)
    flat = taxable * float(rates[-1]) - tax
    result: FloatArray = np.where(income > float(table["flat_above"]), flat, general)
    return result


def _taxable(
    rules: Mapping[str, Any], income: FloatArray, status: str, fica: npt.ArrayLike = 0.0
) -> FloatArray:
    deduction: FloatArray | float = float(_by_status(rules.get("standard_deduction", 0.0), status))
    if "fica_deduction_cap" in rules:
        deduction = deduction + np.minimum(fica, float(rules["fica_deduction_cap"]))
    exemption: FloatArray | float = float(_by_status(rules.get("exemption", 0.0), status))
    limit = rules.get("exemption_income_limit")
    if limit is not None:
        exemption = np.where(income > float(_by_status(limit, status)), 0.0, exemption)
    taxable: FloatArray = np.maximum(income - deduction - exemption, 0.0)
    return taxable


def state_taxable_income(income: FloatArray, code: str, status: str, year: int) -> FloatArray:
    """Taxable income of a state's wage earner (income less standard deduction, exemptions).

    Examples
    --------
    >>> float(state_taxable_income(np.array(50_000.0), "NY", "single", 2026))
    42000.0
    """
    return _taxable(_rules(code, year), income, status)


def state_income_tax(
    income: FloatArray,
    agi: FloatArray,
    code: str,
    status: str,
    year: int,
    *,
    fica: npt.ArrayLike = 0.0,
) -> FloatArray:
    """A state's income tax on a wage earner's state income, to the cent.

    Parameters
    ----------
    income : numpy.ndarray
        The state's wages (after the pre-tax deductions it allows).
    agi : numpy.ndarray
        Federal adjusted gross income (for phase-outs and limits defined on it).
    code, status, year
        State postal code, canonical filing status, tax year.
    fica : numpy.ndarray, optional
        Employee social security and Medicare tax (deductible up to a cap in Massachusetts).

    Examples
    --------
    >>> # Illinois 2025: (80,000 - 2,850) x 4.95% = 3,818.925
    >>> float(state_income_tax(np.array(80_000.0), np.array(80_000.0), "IL", "single", 2025))
    3818.93
    """
    rules = _rules(code, year)
    if rules["model"] == "none":
        return np.zeros_like(income)
    taxable = _taxable(rules, income, status, fica)
    rate = _by_status(rules["rate"], status)
    lower = _by_status(rules.get("lower", [0.0]), status)
    tax = bracket_tax(taxable, lower, rate)
    if "supplemental" in rules:
        tax = tax + _supplemental(rules, taxable, agi, tax, status)
    if "surtax" in rules:
        surtax = rules["surtax"]
        tax = tax + np.maximum(taxable - float(surtax["threshold"]), 0.0) * float(surtax["rate"])
    tax = np.maximum(tax - _exemption_credit(rules, agi, status), 0.0)
    return cents(tax)


def local_income_tax(
    state_income: FloatArray, code: str, status: str, year: int, *, nyc_resident: bool
) -> FloatArray:
    """Local income tax: New York City's resident tax on New York taxable income, to the cent.

    Less the New York City school tax credits: the rate reduction amount (up to the tax) and
    the refundable fixed amount (so a very small income can show a negative local tax).

    Examples
    --------
    >>> # NY taxable 92,000: schedule 3,441.09 - rate reduction 202.92 - fixed credit 63
    >>> float(local_income_tax(np.array(100_000.0), "NY", "single", 2026, nyc_resident=True))
    3175.17
    """
    if not nyc_resident:
        return np.zeros_like(state_income)
    if code != "NY":
        raise InvalidInput("nyc_resident", True, f"False for a state other than NY (got {code})")
    local = load(PARAMS, "local")
    day = date(year, 1, 1)
    table = local["nyc_rate_schedule"].at(day)
    taxable = state_taxable_income(state_income, code, status, year)
    tax = bracket_tax(taxable, table[status], table["rate"])
    reduction = local["nyc_school_tax_rate_reduction"].at(day)
    cut = bracket_tax(taxable, reduction[status], reduction["rate"])
    cut = np.where(state_income > float(reduction["income_limit"]), 0.0, cut)
    fixed = local["nyc_school_tax_credit"].at(day)
    credit = np.where(state_income > float(fixed["income_limit"]), 0.0, float(fixed[status]))
    return cents(np.maximum(tax - cut, 0.0) - credit)


def state_payroll_tax(fica_wages: FloatArray, code: str, year: int) -> FloatArray:
    """Employee state payroll taxes (disability, family and medical leave, long-term care,
    unemployment), summed, to the cent.

    Examples
    --------
    >>> float(state_payroll_tax(np.array(100_000.0), "CA", 2026))
    1300.0
    >>> float(state_payroll_tax(np.array(100_000.0), "TX", 2026))
    0.0
    """
    p = load(PARAMS, "state_payroll")
    total = np.zeros_like(fica_wages)
    if code not in p:
        return total
    for item in p[code].at(date(year, 1, 1)):
        base = item.get("wage_base")
        wages = fica_wages if base is None else np.minimum(fica_wages, float(base))
        part = cents(wages * float(item["rate"]) * float(item.get("share", 1.0)))
        if "annual_cap" in item:
            part = np.minimum(part, float(item["annual_cap"]))
        total = total + part
    return cents(total)
