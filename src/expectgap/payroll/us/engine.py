"""The US payroll engine as the registry sees it (:class:`expectgap.payroll.PayrollEngine`).

Examples
--------
>>> ENGINE.code, ENGINE.currency
('US', 'USD')
>>> ENGINE.net_annual(100_000, year=2026, region="TX").net
79180.0
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from expectgap.errors import InvalidInput
from expectgap.payroll.us.annual import USAnnual, annual
from expectgap.payroll.us.gross_up import gross_up

__all__ = ["ENGINE", "USEngine"]


def _state(region: object) -> object:
    if region is None:
        raise InvalidInput("region", None, "the US state of work, e.g. 'CA' (no default state)")
    return region


@dataclass(frozen=True)
class USEngine:
    """Gross to net and gross-up under US federal, state and New York City law (2025-2026).

    ``pay`` is the year's gross wages in dollars; ``region`` is the state (required: take-home
    differs too much between states for a default); other options are the keywords of
    :func:`~expectgap.payroll.us.annual.annual` (``filing_status``, ``pre_tax_401k``, ``hsa``,
    ``nyc_resident``).

    Examples
    --------
    >>> USEngine().gross_up(79_180, year=2026, region="texas")
    100000.0
    >>> USEngine().net_annual(100_000, year=2026)
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: region: got None; expected the US state of work, e.g. 'CA' (no default state)
    """

    code: str = "US"
    currency: str = "USD"

    def net_annual(
        self, pay: object, *, year: int, region: object = None, **options: Any
    ) -> USAnnual:
        """A tax year's wages, taxes and net: :func:`~expectgap.payroll.us.annual.annual`.

        Examples
        --------
        >>> USEngine().net_annual(100_000, year=2025, region="CA").components["state_payroll_tax"]
        1200.0
        """
        return annual(pay, year=year, state=_state(region), **options)

    def gross_up(
        self, target_net: object, *, year: int, region: object = None, **options: Any
    ) -> Any:
        """Smallest wages reaching a net target: :func:`~expectgap.payroll.us.gross_up.gross_up`.

        Examples
        --------
        >>> USEngine().gross_up(0, year=2025, region="NY")
        0.0
        """
        return gross_up(target_net, year=year, state=_state(region), **options)


ENGINE = USEngine()
