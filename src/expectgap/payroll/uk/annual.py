"""Gross to net for a UK employee's tax year: income tax, Class 1 NI, student loans.

Conventions
-----------
- **Employment income** is the year's gross pay in pounds. ``pension_salary_sacrifice`` is
  given up before tax, National Insurance and student loan repayments, and is not take-home.
- **Income tax**: the personal allowance is reduced by 1 for every 2 of adjusted net income
  above 100,000 (adjusted net income = employment income after salary sacrifice); the bands
  of the region apply to the income above the allowance. ``region`` ``"england"``,
  ``"wales"`` and ``"northern_ireland"`` share the rates; ``"scotland"`` has its own.
- **National Insurance** is the employee's primary Class 1 contribution on an annual earnings
  period (equal to the monthly calculation of a steady salary, up to rounding).
- **Student loans**: 9% of earnings above the plan's threshold (6% for the postgraduate loan,
  which adds to an undergraduate plan).
- Each component is the year's liability rounded to the penny; PAYE's per-period rounding is
  not simulated. Other income, reliefs, the marriage allowance and benefits in kind are not
  modelled.

Examples
--------
>>> r = annual(50_000)
>>> r.income_tax, r.national_insurance, r.net
(7486.0, 2994.4, 39519.6)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt

from expectgap._vector import Shape, amounts, bad_positions_text, broadcast
from expectgap.errors import InvalidInput, UnsupportedRule, closest
from expectgap.payroll._params import load

__all__ = [
    "MAX_INCOME",
    "PLANS",
    "REGIONS",
    "TAX_YEARS",
    "UKAnnual",
    "annual",
    "bounded",
    "evaluate",
    "loan_plans",
    "parse_tax_year",
    "region_name",
]

PARAMS = "expectgap.payroll.uk.params"
#: Tax years with rules here.
TAX_YEARS = ("2025/26", "2026/27")
#: Regions (the income tax rates differ in Scotland).
REGIONS = ("england", "wales", "northern_ireland", "scotland")
#: Student loan plans.
PLANS = ("plan_1", "plan_2", "plan_4", "plan_5", "postgraduate")
#: Largest accepted amount (pounds a year).
MAX_INCOME = 1e12
_MAX_TEXT = 40
_FIELDS = (
    "employment_income",
    "income_tax",
    "national_insurance",
    "student_loan",
    "pension_salary_sacrifice",
    "net",
)

FloatArray = npt.NDArray[np.float64]


def _pennies(x: npt.ArrayLike) -> FloatArray:
    return np.floor(np.asarray(x, dtype=np.float64) * 100.0 + 0.5 + 1e-7) / 100.0


def parse_tax_year(value: object) -> date:
    """The first day (6 April) of a supported tax year.

    Examples
    --------
    >>> parse_tax_year("2026/27"), parse_tax_year("2025-26"), parse_tax_year(2025)
    (datetime.date(2026, 4, 6), datetime.date(2025, 4, 6), datetime.date(2025, 4, 6))
    >>> parse_tax_year("2024/25")
    Traceback (most recent call last):
    ...
    expectgap.errors.UnsupportedRule: tax_year: '2024/25' is not supported; supported: 2025/26, 2026/27
    """
    if isinstance(value, bool):
        raise InvalidInput("tax_year", value, "a tax year such as '2025/26'")
    text = str(value)[:_MAX_TEXT] if isinstance(value, str | int | np.integer) else None
    if text is None:
        raise InvalidInput("tax_year", value, "a tax year such as '2025/26'")
    found = re.fullmatch(r"\s*(\d{4})(?:\s*[/-]\s*(\d{2}|\d{4}))?\s*", text)
    if found is not None:
        start = int(found.group(1))
        end = found.group(2)
        label = f"{start}/{(start + 1) % 100:02d}"
        if (end is None or int(end) % 100 == (start + 1) % 100) and label in TAX_YEARS:
            return date(start, 4, 6)
    raise UnsupportedRule("tax_year", value, TAX_YEARS)


def region_name(value: object) -> str:
    """The canonical region name.

    Examples
    --------
    >>> region_name("Northern Ireland"), region_name("SCOTLAND")
    ('northern_ireland', 'scotland')
    """
    if not isinstance(value, str) or len(value) > _MAX_TEXT:
        raise InvalidInput("region", value, f"one of {', '.join(REGIONS)}")
    key = "_".join(value.strip().lower().replace("-", " ").split())
    if key not in REGIONS:
        raise UnsupportedRule("region", value, REGIONS, closest(key, REGIONS))
    return key


def loan_plans(value: object) -> tuple[str, ...]:
    """Student loan plans as canonical names: None, one plan, or several.

    Examples
    --------
    >>> loan_plans(None), loan_plans(2), loan_plans(["Plan 2", "postgraduate"])
    ((), ('plan_2',), ('plan_2', 'postgraduate'))
    >>> loan_plans("plan 3")
    Traceback (most recent call last):
    ...
    expectgap.errors.UnsupportedRule: student_loan_plan: 'plan 3' is not supported; did you mean 'plan_5', 'plan_4', 'plan_2'?; supported: plan_1, plan_2, plan_4, plan_5, postgraduate
    """
    if value is None:
        return ()
    items = value if isinstance(value, list | tuple) else [value]
    found: list[str] = []
    for item in items:
        if isinstance(item, bool):
            raise InvalidInput("student_loan_plan", item, f"None or one of {', '.join(PLANS)}")
        if isinstance(item, int | np.integer):
            key = f"plan_{int(item)}"
        elif isinstance(item, str) and len(item) <= _MAX_TEXT:
            key = "_".join(item.strip().lower().split())
            key = "postgraduate" if key in ("pgl", "postgraduate_loan") else key
        else:
            raise InvalidInput("student_loan_plan", item, f"None or one of {', '.join(PLANS)}")
        if key not in PLANS:
            raise UnsupportedRule("student_loan_plan", item, PLANS, closest(key, PLANS))
        found.append(key)
    undergraduate = [p for p in found if p != "postgraduate"]
    if len(undergraduate) > 1 or len(set(found)) != len(found):
        raise InvalidInput(
            "student_loan_plan", value, "at most one undergraduate plan, plus 'postgraduate'"
        )
    return tuple(found)


@dataclass(frozen=True)
class UKAnnual:
    """A UK tax year of one or many employees, in pounds to the penny.

    Each field is a Python ``float`` for scalar input, otherwise an array of the input's shape
    (a pandas Series with the input's index for Series input).

    Attributes
    ----------
    employment_income
        Gross pay of the year, before salary sacrifice (the registry's ``gross``).
    income_tax, national_insurance, student_loan
        Income tax, employee Class 1 NI, student and postgraduate loan repayments.
    pension_salary_sacrifice
        Pay given up for pension contributions (part of pay, not take-home).
    net
        ``employment_income`` less every field above.
    tax_year, region, student_loan_plan
        The rules applied.

    Examples
    --------
    >>> annual([30_000, 60_000], region="scotland").income_tax.tolist()
    [3482.82, 13213.8]
    """

    employment_income: Any
    income_tax: Any
    national_insurance: Any
    student_loan: Any
    pension_salary_sacrifice: Any
    net: Any
    tax_year: str
    region: str
    student_loan_plan: tuple[str, ...]

    @property
    def gross(self) -> Any:
        """Gross pay (the registry's name).

        Examples
        --------
        >>> annual(40_000).gross
        40000.0
        """
        return self.employment_income

    @property
    def components(self) -> dict[str, Any]:
        """Each deduction by name (salary sacrifice included).

        Examples
        --------
        >>> sorted(annual(40_000).components)
        ['income_tax', 'national_insurance', 'pension_salary_sacrifice', 'student_loan']
        """
        return {name: getattr(self, name) for name in _FIELDS[1:-1]}


def bounded(value: object, field: str) -> tuple[FloatArray, Shape]:
    """Validated amounts in pounds (finite, >= 0, at most :data:`MAX_INCOME`).

    Examples
    --------
    >>> bounded(1e13, "employment_income")
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: employment_income: got 1e+13; expected an amount in pounds a year up to 1e+12
    """
    array, shape = amounts(value, field)
    too_big = array > MAX_INCOME
    if too_big.any():
        shown: object = bad_positions_text(too_big, array) if array.ndim else value
        raise InvalidInput(field, shown, f"an amount in pounds a year up to {MAX_INCOME:.0e}")
    return array, shape


def evaluate(
    income: FloatArray, sacrifice: FloatArray, start: date, region: str, plans: tuple[str, ...]
) -> dict[str, FloatArray]:
    """Every field for validated income and salary sacrifice arrays.

    Examples
    --------
    >>> out = evaluate(np.array([20_000.0]), np.zeros(1), date(2025, 4, 6), "england", ())
    >>> out["income_tax"].tolist(), out["national_insurance"].tolist()
    ([1486.0], [594.4])
    """
    it = load(PARAMS, "income_tax")
    pay = income - sacrifice
    allowance = float(it["personal_allowance"].at(start))
    over = np.maximum(pay - float(it["taper_threshold"].at(start)), 0.0)
    allowance_left = np.maximum(allowance - over * float(it["taper_rate"].at(start)), 0.0)
    taxable = np.maximum(pay - allowance_left, 0.0)
    bands = it["scotland" if region == "scotland" else "rest_of_uk"].at(start)
    low = np.asarray(bands["lower"], dtype=np.float64)
    width = np.append(np.diff(low), np.inf)
    tax = np.clip(taxable[..., None] - low, 0.0, width) @ np.asarray(bands["rate"], dtype=float)
    ni = load(PARAMS, "national_insurance")
    threshold = float(ni["primary_threshold"].at(start))
    upper = float(ni["upper_earnings_limit"].at(start))
    contributions = np.clip(pay, threshold, upper) - threshold
    national_insurance = contributions * float(ni["main_rate"].at(start)) + np.maximum(
        pay - upper, 0.0
    ) * float(ni["additional_rate"].at(start))
    sl = load(PARAMS, "student_loans")
    thresholds = sl["thresholds"].at(start)
    rates = sl["rates"].at(start)
    loan = np.zeros_like(pay)
    for plan in plans:
        loan = loan + _pennies(np.maximum(pay - float(thresholds[plan]), 0.0) * float(rates[plan]))
    out = {
        "employment_income": income,
        "income_tax": _pennies(tax),
        "national_insurance": _pennies(national_insurance),
        "student_loan": loan,
        "pension_salary_sacrifice": sacrifice,
    }
    out["net"] = _pennies(
        income
        - out["income_tax"]
        - out["national_insurance"]
        - out["student_loan"]
        - out["pension_salary_sacrifice"]
    )
    return out


def annual(
    employment_income: object,
    *,
    tax_year: object = "2025/26",
    region: object = "england",
    student_loan_plan: object = None,
    pension_salary_sacrifice: object = 0,
) -> UKAnnual:
    """Gross to net for a UK tax year of employment income.

    Parameters
    ----------
    employment_income : float, array-like or pandas Series
        Gross pay of the tax year in pounds (one value per person).
    tax_year : str
        ``"2025/26"`` or ``"2026/27"`` (also ``"2025-26"`` or ``2025``).
    region : str
        ``"england"``, ``"wales"``, ``"northern_ireland"`` or ``"scotland"``.
    student_loan_plan : None, str, int or sequence
        ``"plan_1"``, ``"plan_2"``, ``"plan_4"``, ``"plan_5"``, ``"postgraduate"`` (or ``2``
        for plan 2), or an undergraduate plan with ``"postgraduate"``.
    pension_salary_sacrifice : float or array-like
        Pay given up for employer pension contributions in the year.

    Returns
    -------
    UKAnnual

    Raises
    ------
    InvalidInput
        Negative, non-finite or too large amounts; salary sacrifice above pay.
    UnsupportedRule
        A tax year, region or plan without rules here (the supported ones are listed).

    Examples
    --------
    >>> r = annual(120_000, tax_year="2026/27", student_loan_plan=2)
    >>> r.income_tax, r.national_insurance, r.student_loan, r.net
    (39432.0, 4410.6, 8155.35, 68002.05)
    """
    start = parse_tax_year(tax_year)
    where = region_name(region)
    plans = loan_plans(student_loan_plan)
    income, shape = bounded(employment_income, "employment_income")
    sacrifice, _ = bounded(pension_salary_sacrifice, "pension_salary_sacrifice")
    income, sacrifice = broadcast(income, sacrifice)
    over = sacrifice > income
    if over.any():
        shown: object = bad_positions_text(over, sacrifice) if over.ndim else float(sacrifice)
        raise InvalidInput("pension_salary_sacrifice", shown, "an amount no larger than the pay")
    out = evaluate(income.astype(np.float64), sacrifice.astype(np.float64), start, where, plans)
    label = f"{start.year}/{(start.year + 1) % 100:02d}"
    fields = {name: shape.wrap_float(out[name]) for name in _FIELDS}
    return UKAnnual(**fields, tax_year=label, region=where, student_loan_plan=plans)
