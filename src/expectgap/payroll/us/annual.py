"""Gross to net for a US wage earner's tax year: federal, FICA, state, state payroll, local.

Conventions
-----------
- **Wages** are the year's gross wages in dollars. ``pre_tax_401k`` (elective deferrals) leave
  federal taxable wages but stay in FICA wages; ``hsa`` (HSA contributions through a
  cafeteria plan) leaves both. States follow federal wages unless their rules say otherwise
  (Pennsylvania taxes 401(k) deferrals; California and New Jersey tax HSA contributions).
- **Net** is wages less the employee's taxes and contributions and less the 401(k) and HSA
  contributions themselves (they are not paid out): the year's take-home pay.
- **Taxes** are the year's liabilities of a single-earner household with no other income,
  taking the standard deduction or, federally, itemizing state and local income taxes when
  they exceed it (capped; property taxes and other itemized deductions unknown and left out;
  states that then require itemizing on the state return, such as Georgia and Virginia, keep
  their standard deduction here), without credits (child tax credit, earned income credit,
  state credits), and with every component rounded to the cent (federal tax by the rate
  schedule, not the $50-step table). Withholding through the year is not simulated.
- **Filing status and state** may be scalars or arrays (one per person); every distinct pair is
  computed once over its people.

Examples
--------
>>> r = annual(100_000, year=2026, state="TX")
>>> r.federal_income_tax, r.social_security, r.medicare, r.net
(13170.0, 6200.0, 1450.0, 79180.0)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from expectgap._vector import Shape, amounts, bad_positions_text, broadcast
from expectgap.errors import InvalidInput
from expectgap.payroll.us import federal, states

__all__ = ["MAX_WAGES", "USAnnual", "annual", "evaluate", "prepare"]

#: Largest accepted amount (dollars a year): beyond it figures are refused, not rounded.
MAX_WAGES = 1e12
_FIELDS = (
    "wages",
    "federal_income_tax",
    "social_security",
    "medicare",
    "state_income_tax",
    "state_payroll_tax",
    "local_income_tax",
    "pre_tax_contributions",
    "net",
)

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class USAnnual:
    """A US tax year of one or many wage earners, in dollars to the cent.

    Each field is a Python ``float`` for scalar input, otherwise an array of the input's shape
    (a pandas Series with the input's index for Series input).

    Attributes
    ----------
    wages
        Gross wages of the year (the ``gross`` of the registry).
    federal_income_tax, social_security, medicare
        Federal income tax; employee social security; employee Medicare with the additional
        Medicare tax.
    state_income_tax, state_payroll_tax, local_income_tax
        State income tax; employee state payroll contributions (SDI, PFL, PFML, WA Cares,
        unemployment); New York City resident tax.
    pre_tax_contributions
        401(k) deferrals and HSA contributions (part of pay, not take-home).
    net
        ``wages`` less every field above.
    year, state, filing_status
        The rules applied (``state`` and ``filing_status`` as given, canonical).

    Examples
    --------
    >>> r = annual([60_000, 120_000], year=2025, state="CA")
    >>> r.state_payroll_tax.tolist()
    [720.0, 1440.0]
    """

    wages: Any
    federal_income_tax: Any
    social_security: Any
    medicare: Any
    state_income_tax: Any
    state_payroll_tax: Any
    local_income_tax: Any
    pre_tax_contributions: Any
    net: Any
    year: int
    state: Any
    filing_status: Any

    @property
    def gross(self) -> Any:
        """Gross wages (the registry's name).

        Examples
        --------
        >>> annual(50_000, year=2026, state="FL").gross
        50000.0
        """
        return self.wages

    @property
    def components(self) -> dict[str, Any]:
        """Each tax and contribution by name (pre-tax savings included).

        Examples
        --------
        >>> sorted(annual(50_000, year=2026, state="FL").components)[:2]
        ['federal_income_tax', 'local_income_tax']
        """
        return {name: getattr(self, name) for name in _FIELDS[1:-1]}


def _labels(value: object, field: str, normalise: Any, size: int) -> npt.NDArray[np.str_]:
    if isinstance(value, str):
        return np.full(size, normalise(value))
    raw = np.asarray(getattr(value, "to_numpy", lambda: value)(), dtype=object).ravel()
    if raw.size not in (1, size):
        raise InvalidInput(field, f"{raw.size} values", f"one value or one per person ({size})")
    found = np.array([normalise(v) for v in raw.tolist()])
    return np.broadcast_to(found, (size,))


def _checked(value: object, field: str) -> tuple[FloatArray, Shape]:
    array, shape = amounts(value, field)
    too_big = array > MAX_WAGES
    if too_big.any():
        shown: object = bad_positions_text(too_big, array) if array.ndim else value
        raise InvalidInput(field, shown, f"an amount in dollars a year up to {MAX_WAGES:.0e}")
    return array, shape


def annual(
    wages: object,
    *,
    year: int,
    state: object,
    filing_status: object = "single",
    pre_tax_401k: object = 0,
    hsa: object = 0,
    nyc_resident: bool = False,
) -> USAnnual:
    """Gross to net for a tax year of wages in a US state.

    Parameters
    ----------
    wages : float, array-like or pandas Series
        Gross wages of the year in dollars (one value per person).
    year : int
        Tax year, 2025 or 2026.
    state : str or array-like of str
        The state of residence and work: postal code or name (``"CA"``, ``"New York"``).
    filing_status : str or array-like of str
        ``"single"``, ``"married_joint"`` (married filing jointly, one earner) or
        ``"head_of_household"``.
    pre_tax_401k, hsa : float or array-like
        The year's elective 401(k) deferrals and cafeteria-plan HSA contributions.
    nyc_resident : bool
        A resident of New York City (state must be New York).

    Returns
    -------
    USAnnual

    Raises
    ------
    InvalidInput
        Negative, non-finite or too large amounts, contributions above wages, a bad status.
    UnsupportedRule
        A year, state or filing status without rules here (the supported ones are listed).

    Examples
    --------
    >>> r = annual(150_000, year=2026, state="NY", nyc_resident=True)
    >>> r.state_income_tax, r.local_income_tax, r.state_payroll_tax
    (8290.0, 4999.17, 443.11)
    >>> annual(100_000, year=2026, state="OH")
    Traceback (most recent call last):
    ...
    expectgap.errors.UnsupportedRule: state: 'OH' is not supported; supported: AK, CA, FL, GA, IL, MA, MI, NC, NH, NJ, NV, NY, PA, SD, TN, TX, VA, WA, WY
    """
    flat, shape, target, codes, statuses, yr = prepare(
        wages,
        year=year,
        state=state,
        filing_status=filing_status,
        pre_tax_401k=pre_tax_401k,
        hsa=hsa,
        nyc_resident=nyc_resident,
    )
    out = evaluate(flat, codes, statuses, yr, nyc_resident)
    wrap = shape.wrap_float
    fields: Mapping[str, Any] = {n: wrap(out[n].reshape(target)) for n in _FIELDS}
    if shape.scalar:
        label_state: Any = str(codes[0])
        label_status: Any = str(statuses[0])
    else:
        label_state = codes.reshape(target)
        label_status = statuses.reshape(target)
    return USAnnual(**fields, year=yr, state=label_state, filing_status=label_status)


def evaluate(
    columns: list[FloatArray],
    codes: npt.NDArray[np.str_],
    statuses: npt.NDArray[np.str_],
    year: int,
    nyc_resident: bool,
) -> dict[str, FloatArray]:
    """Every field for validated flat columns (wages, 401(k), HSA) and per-person labels.

    Examples
    --------
    >>> cols = [np.array([50_000.0]), np.zeros(1), np.zeros(1)]
    >>> evaluate(cols, np.array(["TX"]), np.array(["single"]), 2026, False)["net"].tolist()
    [42355.0]
    """
    size = columns[0].size
    out = {name: np.zeros(size) for name in _FIELDS}
    for code in np.unique(codes):
        for status in np.unique(statuses):
            rows = (codes == code) & (statuses == status)
            if rows.any():
                part = [a[rows] for a in columns]
                _compute(out, rows, part, str(code), str(status), year, nyc_resident)
    return out


def prepare(
    wages: object,
    *,
    year: int,
    state: object,
    filing_status: object,
    pre_tax_401k: object,
    hsa: object,
    nyc_resident: bool,
    field: str = "wages",
) -> tuple[
    list[FloatArray], Shape, tuple[int, ...], npt.NDArray[np.str_], npt.NDArray[np.str_], int
]:
    """Validate the inputs of :func:`annual` (or of the gross-up, ``field="target_net"``).

    Examples
    --------
    >>> cols, shape, target, codes, statuses, yr = prepare(
    ...     [1.0, 2.0], year=2026, state="ny", filing_status="single", pre_tax_401k=0, hsa=0,
    ...     nyc_resident=False)
    >>> codes.tolist(), target
    (['NY', 'NY'], (2,))
    """
    yr = federal.check_year(year)
    if not isinstance(nyc_resident, bool | np.bool_):
        raise InvalidInput("nyc_resident", nyc_resident, "True or False")
    pay, shape = _checked(wages, field)
    k401, _ = _checked(pre_tax_401k, "pre_tax_401k")
    h, _ = _checked(hsa, "hsa")
    pay, k401, h = broadcast(pay, k401, h)
    if field == "wages":
        over = k401 + h > pay
        if over.any():
            shown: object = bad_positions_text(over, k401 + h) if over.ndim else float(k401 + h)
            raise InvalidInput("pre_tax_401k + hsa", shown, "contributions no larger than wages")
    flat = [a.reshape(-1).astype(np.float64) for a in (pay, k401, h)]
    size = flat[0].size
    codes = _labels(state, "state", states.state, size)
    statuses = _labels(filing_status, "filing_status", federal.filing_status, size)
    if nyc_resident and (codes != "NY").any():
        raise InvalidInput("nyc_resident", True, "False unless the state is NY")
    return flat, shape, pay.shape, codes, statuses, yr


def _compute(
    out: dict[str, FloatArray],
    rows: npt.NDArray[np.bool_],
    columns: list[FloatArray],
    code: str,
    status: str,
    year: int,
    nyc_resident: bool,
) -> None:
    pay, k401, h = columns
    agi = pay - k401 - h
    fica_wages = pay - h
    deducts_401k, deducts_hsa = states.deductible(code, year)
    state_income = pay - (k401 if deducts_401k else 0.0) - (h if deducts_hsa else 0.0)
    social, medicare = federal.fica(fica_wages, status, year)
    st = states.state_income_tax(state_income, agi, code, status, year, fica=social + medicare)
    payroll = states.state_payroll_tax(fica_wages, code, year)
    local = states.local_income_tax(state_income, code, status, year, nyc_resident=nyc_resident)
    fed = federal.income_tax(agi, status, year, state_local_tax=st + local)
    saved = k401 + h
    net = federal.cents(pay - fed - social - medicare - st - payroll - local - saved)
    values = {
        "wages": pay,
        "federal_income_tax": fed,
        "social_security": social,
        "medicare": medicare,
        "state_income_tax": st,
        "state_payroll_tax": payroll,
        "local_income_tax": local,
        "pre_tax_contributions": saved,
        "net": net,
    }
    for name, value in values.items():
        out[name][rows] = value
