"""Japan payroll engine: gross to net for employees, exact to the yen.

Every statutory number lives in ``params/*.toml`` (law as data); the modules hold the logic.
Social insurance (health with nursing care and the child support levy, pension, employment
insurance) is in :mod:`expectgap.payroll.jp.social_insurance`; prefectures are looked up with
:func:`prefecture`.

Examples
--------
>>> from expectgap.payroll import jp
>>> jp.social_insurance(410_000, premium_month="2026-04", prefecture="東京都").total
60229
"""

from expectgap.payroll.jp.annual import AnnualNet, annual
from expectgap.payroll.jp.deductions import Deductions
from expectgap.payroll.jp.gross_up import gross_up
from expectgap.payroll.jp.household import Household
from expectgap.payroll.jp.income_tax import employment_income, income_tax, taxable_income
from expectgap.payroll.jp.labour_law import (
    fixed_overtime_included,
    fixed_overtime_minimum,
    minimum_wage,
    statutory_paid_leave_days,
)
from expectgap.payroll.jp.overtime import overtime_multiplier
from expectgap.payroll.jp.payslip import Payslip, payslip, regular_month
from expectgap.payroll.jp.prefectures import Prefecture, prefecture, supported_prefectures
from expectgap.payroll.jp.resident_tax import ResidentTax, resident_tax
from expectgap.payroll.jp.social_insurance import (
    SocialInsurance,
    bonus_social_insurance,
    social_insurance,
    standard_monthly,
)
from expectgap.payroll.jp.withholding import bonus_withholding, monthly_fixed_cut, withholding

__all__ = [
    "AnnualNet",
    "Deductions",
    "Household",
    "Payslip",
    "Prefecture",
    "ResidentTax",
    "SocialInsurance",
    "annual",
    "bonus_social_insurance",
    "bonus_withholding",
    "employment_income",
    "fixed_overtime_included",
    "fixed_overtime_minimum",
    "gross_up",
    "income_tax",
    "minimum_wage",
    "monthly_fixed_cut",
    "overtime_multiplier",
    "payslip",
    "prefecture",
    "regular_month",
    "resident_tax",
    "social_insurance",
    "standard_monthly",
    "statutory_paid_leave_days",
    "supported_prefectures",
    "taxable_income",
    "withholding",
]
