"""Payroll engines, one per jurisdiction, behind a registry.

A jurisdiction is a folder ``payroll/<code>/`` whose ``engine`` module defines ``ENGINE``, an
object following :class:`PayrollEngine`; adding a country is adding that folder and one line to
``_ENGINES`` below. Engines are imported on first use.

Examples
--------
>>> supported_jurisdictions()
('GB', 'JP', 'US')
>>> net(400_000, jurisdiction="jp", year=2026).net
3767971
>>> gross_up(300_000, year=2026)
379860
>>> engine("FR")
Traceback (most recent call last):
...
expectgap.errors.UnsupportedRule: jurisdiction: 'FR' is not supported; supported: GB, JP, US
>>> net(100_000, jurisdiction="US", year=2026, region="WA").net
77792.84
>>> net(50_000, jurisdiction="UK", year=2025, region="scotland").components["income_tax"]
9013.8
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

from expectgap.errors import UnsupportedRule, closest

__all__ = [
    "NetBreakdown",
    "PayrollEngine",
    "engine",
    "gross_up",
    "jurisdiction_code",
    "net",
    "supported_jurisdictions",
]

# Jurisdiction code (ISO 3166-1 alpha-2) -> module defining ENGINE.
_ENGINES: dict[str, str] = {
    "GB": "expectgap.payroll.uk.engine",
    "JP": "expectgap.payroll.jp.engine",
    "US": "expectgap.payroll.us.engine",
}
# Common names that are not the ISO code.
_ALIASES = {"UK": "GB"}


@runtime_checkable
class NetBreakdown(Protocol):
    """What an engine's year of payroll offers: gross, net and the deductions by name.

    Examples
    --------
    >>> isinstance(net(300_000, year=2025), NetBreakdown)
    True
    """

    @property
    def gross(self) -> Any:
        """Gross pay of the year."""

    @property
    def net(self) -> Any:
        """Net pay of the year."""

    @property
    def components(self) -> Mapping[str, Any]:
        """Each deduction of the year by name."""


@runtime_checkable
class PayrollEngine(Protocol):
    """A jurisdiction's payroll engine.

    ``region`` is the jurisdiction's sub-national unit that changes the rules (a Japanese
    prefecture, a US state, a UK nation); other options are the engine's own keywords. Japan
    takes monthly pay and a calendar year; the US annual wages and a tax year; the UK annual
    pay and the year in which the tax year starts (2025 for 2025/26).

    Examples
    --------
    >>> isinstance(engine("JP"), PayrollEngine)
    True
    """

    @property
    def code(self) -> str:
        """ISO 3166-1 alpha-2 code of the jurisdiction."""

    @property
    def currency(self) -> str:
        """ISO 4217 currency of its amounts."""

    def net_annual(
        self, pay: object, *, year: int, region: object = None, **options: Any
    ) -> NetBreakdown:
        """Gross, deductions and net for a calendar year."""

    def gross_up(
        self, target_net: object, *, year: int, region: object = None, **options: Any
    ) -> Any:
        """The smallest gross pay whose net reaches ``target_net``."""


def supported_jurisdictions() -> tuple[str, ...]:
    """Codes of the jurisdictions with a payroll engine, sorted.

    Examples
    --------
    >>> "JP" in supported_jurisdictions()
    True
    """
    return tuple(sorted(_ENGINES))


def jurisdiction_code(code: str) -> str:
    """A jurisdiction code as the registry spells it: upper case, common names resolved.

    Whether an engine exists for it is :func:`supported_jurisdictions`' question.

    Examples
    --------
    >>> jurisdiction_code(" uk "), jurisdiction_code("fr")
    ('GB', 'FR')
    """
    key = code.strip().upper()
    return _ALIASES.get(key, key)


def engine(code: str) -> PayrollEngine:
    """The payroll engine of a jurisdiction.

    Parameters
    ----------
    code : str
        ISO 3166-1 alpha-2 code, any case (``"JP"``, ``"jp"``); ``"UK"`` is taken for ``"GB"``.

    Returns
    -------
    PayrollEngine

    Raises
    ------
    UnsupportedRule
        For a code without an engine; the supported codes are listed, the closest suggested.

    Examples
    --------
    >>> engine("jp").currency
    'JPY'
    >>> engine("JPN")
    Traceback (most recent call last):
    ...
    expectgap.errors.UnsupportedRule: jurisdiction: 'JPN' is not supported; did you mean 'JP'?; supported: GB, JP, US
    >>> engine("uk").code
    'GB'
    """
    key = jurisdiction_code(code) if isinstance(code, str) else code
    if key not in _ENGINES:
        suggestions = closest(key, _ENGINES) if isinstance(key, str) else []
        raise UnsupportedRule("jurisdiction", code, supported_jurisdictions(), suggestions)
    found: PayrollEngine = importlib.import_module(_ENGINES[key]).ENGINE
    return found


def net(pay: object, *, jurisdiction: str = "JP", year: int, **options: Any) -> NetBreakdown:
    """Gross to net for a calendar year under a jurisdiction's payroll law.

    Parameters
    ----------
    pay : package, number, array-like or pandas Series
        What the engine accepts (for Japan: a CompensationPackage or regular monthly pay).
    jurisdiction : str
        ISO 3166-1 alpha-2 code (default ``"JP"``).
    year : int
        Calendar year.
    **options
        The engine's keywords (``region``, ``age``, ``bonus``, ...).

    Returns
    -------
    NetBreakdown
        The engine's result (for Japan an :class:`~expectgap.payroll.jp.annual.AnnualNet`).

    Examples
    --------
    >>> net(400_000, year=2026, region="東京都", age=45).components["nursing_care"]
    39669
    """
    return engine(jurisdiction).net_annual(pay, year=year, **options)


def gross_up(target_net: object, *, jurisdiction: str = "JP", year: int, **options: Any) -> Any:
    """The smallest gross pay whose net reaches ``target_net``, under a jurisdiction's law.

    Parameters
    ----------
    target_net : number, array-like or pandas Series
        The take-home target.
    jurisdiction : str
        ISO 3166-1 alpha-2 code (default ``"JP"``).
    year : int
        Calendar year.
    **options
        The engine's keywords (for Japan ``period``, ``region``, ``bonus_months_of_pay``...).

    Returns
    -------
    int, numpy.ndarray or pandas.Series
        The gross, in the form of ``target_net``.

    Examples
    --------
    >>> gross_up(4_000_000, year=2025, period="year")
    5157819
    """
    return engine(jurisdiction).gross_up(target_net, year=year, **options)
