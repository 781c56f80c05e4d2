"""The UK payroll engine as the registry sees it (:class:`expectgap.payroll.PayrollEngine`).

The registry's ``year`` is the calendar year in which the tax year starts (``2025`` is the tax
year 2025/26, from 6 April 2025); ``region`` is ``"england"`` (default), ``"wales"``,
``"northern_ireland"`` or ``"scotland"``.

Examples
--------
>>> ENGINE.code, ENGINE.currency
('GB', 'GBP')
>>> ENGINE.net_annual(50_000, year=2025).net
39519.6
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from expectgap.payroll.uk.annual import UKAnnual, annual
from expectgap.payroll.uk.gross_up import gross_up

__all__ = ["ENGINE", "UKEngine"]


@dataclass(frozen=True)
class UKEngine:
    """Gross to net and gross-up under UK income tax, NI and student loan rules.

    Examples
    --------
    >>> UKEngine().gross_up(39_519.60, year=2025)
    50000.0
    """

    code: str = "GB"
    currency: str = "GBP"

    def net_annual(
        self, pay: object, *, year: int, region: object = None, **options: Any
    ) -> UKAnnual:
        """A tax year's pay, deductions and net: :func:`~expectgap.payroll.uk.annual.annual`.

        Examples
        --------
        >>> UKEngine().net_annual(30_000, year=2026, region="scotland").components["income_tax"]
        3451.07
        """
        if region is not None:
            options["region"] = region
        return annual(pay, tax_year=year, **options)

    def gross_up(
        self, target_net: object, *, year: int, region: object = None, **options: Any
    ) -> Any:
        """Smallest pay reaching a net target: :func:`~expectgap.payroll.uk.gross_up.gross_up`.

        Examples
        --------
        >>> UKEngine().gross_up(0, year=2026)
        0.0
        """
        if region is not None:
            options["region"] = region
        return gross_up(target_net, tax_year=year, **options)


ENGINE = UKEngine()
