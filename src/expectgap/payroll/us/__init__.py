"""United States payroll engine: a wage earner's federal, FICA, state and local taxes, to the cent.

Every statutory number lives in ``params/*.toml`` (law as data): federal brackets and standard
deduction (``federal.toml``), FICA (``fica.toml``), state income tax (``states.toml``), New York
City tax (``local.toml``) and employee state payroll contributions (``state_payroll.toml``).

Examples
--------
>>> from expectgap.payroll import us
>>> us.annual(85_000, year=2025, state="IL").state_income_tax
4066.43
>>> us.gross_up(70_000, year=2026, state="WA")
88699.95
"""

from expectgap.payroll.us.annual import USAnnual, annual
from expectgap.payroll.us.federal import FILING_STATUSES, SUPPORTED_YEARS
from expectgap.payroll.us.gross_up import gross_up
from expectgap.payroll.us.states import supported_states

__all__ = [
    "FILING_STATUSES",
    "SUPPORTED_YEARS",
    "USAnnual",
    "annual",
    "gross_up",
    "supported_states",
]
