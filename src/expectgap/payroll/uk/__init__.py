"""United Kingdom payroll engine: an employee's income tax, Class 1 NI and student loans.

Every statutory number lives in ``params/*.toml`` (law as data): income tax bands and the
personal allowance (``income_tax.toml``), National Insurance (``national_insurance.toml``)
and student loan plans (``student_loans.toml``), for 2025/26 and 2026/27.

Examples
--------
>>> from expectgap.payroll import uk
>>> uk.annual(45_000, region="wales").net
35919.6
>>> uk.gross_up(35_919.60, region="wales")
45000.0
"""

from expectgap.payroll.uk.annual import PLANS, REGIONS, TAX_YEARS, UKAnnual, annual
from expectgap.payroll.uk.gross_up import gross_up

__all__ = ["PLANS", "REGIONS", "TAX_YEARS", "UKAnnual", "annual", "gross_up"]
