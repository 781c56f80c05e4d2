"""The Japan payroll engine as the registry sees it (:class:`expectgap.payroll.PayrollEngine`).

Examples
--------
>>> ENGINE.code, ENGINE.currency
('JP', 'JPY')
>>> ENGINE.net_annual(400_000, year=2026, region="osaka").net
3761874
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from expectgap.payroll.jp.annual import AnnualNet, annual
from expectgap.payroll.jp.gross_up import gross_up

__all__ = ["ENGINE", "JapanEngine"]


@dataclass(frozen=True)
class JapanEngine:
    """Gross to net and gross-up under Japanese payroll law (2024-2026).

    ``region`` is the prefecture (``"tokyo"``, ``13``, ``"東京都"``); every other option is a
    keyword of :func:`~expectgap.payroll.jp.annual.annual` or
    :func:`~expectgap.payroll.jp.gross_up.gross_up`.

    Examples
    --------
    >>> JapanEngine().gross_up(300_000, year=2026, region="tokyo")
    379860
    """

    code: str = "JP"
    currency: str = "JPY"

    def net_annual(
        self, pay: object, *, year: int, region: object = None, **options: Any
    ) -> AnnualNet:
        """A calendar year's gross, deductions and net: :func:`~expectgap.payroll.jp.annual.annual`.

        Examples
        --------
        >>> JapanEngine().net_annual(300_000, year=2025).components["income_tax"]
        52600
        """
        if region is not None:
            options["prefecture"] = region
        return annual(pay, year=year, **options)

    def gross_up(
        self, target_net: object, *, year: int, region: object = None, **options: Any
    ) -> Any:
        """Smallest gross reaching a net target: :func:`~expectgap.payroll.jp.gross_up.gross_up`.

        Examples
        --------
        >>> JapanEngine().gross_up(3_600_000, year=2026, period="year")
        4558316
        """
        if region is not None:
            options["prefecture"] = region
        return gross_up(target_net, year=year, **options)


ENGINE = JapanEngine()
