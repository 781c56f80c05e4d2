"""US federal income tax and FICA of a wage earner, vectorized over people.

Taxable income is wages less pre-tax 401(k) deferrals, cafeteria-plan HSA contributions and the
standard deduction of the filing status, or the itemized deduction of state and local income
taxes (capped) when that is larger; the tax is the rate schedule's (exact, not the $50-step
tax table). Social security is 6.2% of FICA wages up to the wage base; Medicare 1.45% of all FICA
wages plus the additional 0.9% above the filing status' threshold. Every number is in
``params/federal.toml`` and ``params/fica.toml``.

Examples
--------
>>> import numpy as np
>>> float(income_tax(np.array(100_000.0), "single", 2026))
13170.0
>>> s, m = fica(np.array(250_000.0), "single", 2026)
>>> float(s), float(m)
(11439.0, 4075.0)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np
import numpy.typing as npt

from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.payroll._params import load

__all__ = [
    "FILING_STATUSES",
    "SUPPORTED_YEARS",
    "bracket_tax",
    "cents",
    "check_year",
    "fica",
    "filing_status",
    "income_tax",
    "salt_deduction",
    "standard_deduction",
]

PARAMS = "expectgap.payroll.us.params"
#: Tax years with rules here.
SUPPORTED_YEARS = (2025, 2026)
#: Filing statuses, as the parameter files name them.
FILING_STATUSES = ("single", "married_joint", "head_of_household")
_ALIASES = {
    "single": "single",
    "s": "single",
    "married_joint": "married_joint",
    "married filing jointly": "married_joint",
    "married_filing_jointly": "married_joint",
    "joint": "married_joint",
    "mfj": "married_joint",
    "head_of_household": "head_of_household",
    "head of household": "head_of_household",
    "hoh": "head_of_household",
}
_MAX_NAME = 40

FloatArray = npt.NDArray[np.float64]


def check_year(year: object) -> int:
    """The tax year as an int, or a clear error.

    Examples
    --------
    >>> check_year(2026)
    2026
    >>> check_year(2024)
    Traceback (most recent call last):
    ...
    expectgap.errors.UnsupportedRule: year: 2024 is not supported; supported: 2025, 2026
    """
    if isinstance(year, bool) or not isinstance(year, int | np.integer):
        raise InvalidInput("year", year, "a calendar year as an int, e.g. 2026")
    if int(year) not in SUPPORTED_YEARS:
        raise UnsupportedRule("year", year, SUPPORTED_YEARS)
    return int(year)


def filing_status(value: object) -> str:
    """The canonical filing status name.

    Examples
    --------
    >>> filing_status("MFJ"), filing_status("Head of household")
    ('married_joint', 'head_of_household')
    >>> filing_status("separate")
    Traceback (most recent call last):
    ...
    expectgap.errors.UnsupportedRule: filing_status: 'separate' is not supported; supported: single, married_joint, head_of_household
    """
    if not isinstance(value, str) or len(value) > _MAX_NAME:
        shown = value if not isinstance(value, str) else value[:_MAX_NAME] + "..."
        raise InvalidInput("filing_status", shown, f"one of {', '.join(FILING_STATUSES)}")
    key = " ".join(value.strip().lower().replace("-", " ").split())
    found = _ALIASES.get(key) or _ALIASES.get(key.replace(" ", "_"))
    if found is None:
        raise UnsupportedRule("filing_status", value, FILING_STATUSES)
    return found


def cents(x: npt.ArrayLike) -> FloatArray:
    """Round dollar amounts to the cent, halves up.

    Examples
    --------
    >>> cents(np.array([1.234, 1.235, 2.0]))
    array([1.23, 1.24, 2.  ])
    """
    # The 1e-9 dollar nudge keeps a half cent that float arithmetic lands just below .5 a half.
    return np.floor(np.asarray(x, dtype=np.float64) * 100.0 + 0.5 + 1e-7) / 100.0


def bracket_tax(income: FloatArray, lower: Sequence[float], rates: Sequence[float]) -> FloatArray:
    """Tax on ``income`` by a rate schedule given by band lower bounds and rates.

    Examples
    --------
    >>> bracket_tax(np.array([5_000.0, 20_000.0]), [0, 10_000], [0.1, 0.2])
    array([ 500., 3000.])
    """
    low = np.asarray(lower, dtype=np.float64)
    width = np.append(np.diff(low), np.inf)
    inside = np.clip(np.asarray(income, dtype=np.float64)[..., None] - low, 0.0, width)
    taxed: FloatArray = inside @ np.asarray(rates, dtype=np.float64)
    return taxed


def standard_deduction(status: str, year: int) -> float:
    """The federal basic standard deduction.

    Examples
    --------
    >>> standard_deduction("married_joint", 2025)
    31500.0
    """
    value = load(PARAMS, "federal")["standard_deduction"].at(date(year, 1, 1))
    return float(value[status])


def salt_deduction(
    agi: FloatArray, state_local_tax: FloatArray, status: str, year: int
) -> FloatArray:
    """Itemized deduction of state and local income taxes: capped, the cap phased down.

    Examples
    --------
    >>> # 2026: cap 40,400 - 30% x (600,000 - 505,000) = 11,900
    >>> salt_deduction(np.array([100_000.0, 600_000.0]), np.array([50_000.0, 50_000.0]),
    ...                "single", 2026).tolist()
    [40400.0, 11900.0]
    """
    p = load(PARAMS, "federal")
    day = date(year, 1, 1)
    cap = float(p["salt_cap"].at(day)[status])
    down = p["salt_phase_down"].at(day)
    over = np.maximum(agi - float(down["threshold"][status]), 0.0)
    limit = np.maximum(cap - over * float(down["rate"]), float(down["floor"][status]))
    deduction: FloatArray = np.minimum(state_local_tax, limit)
    return deduction


def income_tax(
    taxable_wages: FloatArray, status: str, year: int, state_local_tax: npt.ArrayLike = 0.0
) -> FloatArray:
    """Federal income tax (before credits) on wages after pre-tax deductions, to the cent.

    The deduction is the larger of the standard deduction and the itemized deduction of state
    and local income taxes (:func:`salt_deduction`).

    Parameters
    ----------
    taxable_wages : numpy.ndarray
        Wages less pre-tax 401(k) deferrals and HSA contributions (the AGI of a wage earner).
    status : str
        Canonical filing status.
    year : int
    state_local_tax : numpy.ndarray, optional
        The year's state and local income taxes (itemized when above the standard deduction).

    Examples
    --------
    >>> # Single, 2025: taxable 84,250 = 11,925 x 10% + 36,550 x 12% + 35,775 x 22%
    >>> float(income_tax(np.array(100_000.0), "single", 2025))
    13449.0
    """
    table = load(PARAMS, "federal")["brackets"].at(date(year, 1, 1))
    salt = salt_deduction(taxable_wages, np.asarray(state_local_tax, dtype=float), status, year)
    deduction = np.maximum(standard_deduction(status, year), salt)
    taxable = np.maximum(taxable_wages - deduction, 0.0)
    return cents(bracket_tax(taxable, table[status], table["rate"]))


def fica(fica_wages: FloatArray, status: str, year: int) -> tuple[FloatArray, FloatArray]:
    """Employee social security and Medicare tax (additional Medicare included), to the cent.

    Examples
    --------
    >>> s, m = fica(np.array([50_000.0, 300_000.0]), "married_joint", 2025)
    >>> s.tolist(), m.tolist()
    ([3100.0, 10918.2], [725.0, 4800.0])
    """
    p = load(PARAMS, "fica")
    day = date(year, 1, 1)
    base = float(p["social_security_wage_base"].at(day))
    social = np.minimum(fica_wages, base) * float(p["social_security_rate"].at(day))
    threshold = float(p["additional_medicare_threshold"].at(day)[status])
    medicare = fica_wages * float(p["medicare_rate"].at(day)) + np.maximum(
        fica_wages - threshold, 0.0
    ) * float(p["additional_medicare_rate"].at(day))
    return cents(social), cents(medicare)
