"""The parts of a package in a TOML file beyond pay: sign-on bonus, equity grants, benefits.

Read by the package reader of :mod:`expectgap.assess.scenario` (``[offer.package]``,
``[candidate.current]``, each ``[[offers]]`` package); the format is in ``docs/offers.md``.

Examples
--------
>>> from expectgap.assess.scenario import parse_scenario
>>> s = parse_scenario('''
... [offer.package]
... currency = "USD"
... base_annual = 140_000
... sign_on = { amount = 20_000, clawback_months = 12, clawback = "pro_rata" }
... equity = [{ grant_value = 200_000, years = 4, cliff_months = 12, vest_every = "monthly" }]
... ''')
>>> print(s.offer.package.total_compensation(1))
$210,000.00 per year
"""

from __future__ import annotations

from typing import Any

from expectgap.assess.scenario import Table, _array, _built, _int, _number, _Reader, _text
from expectgap.errors import InvalidInput
from expectgap.money import Money
from expectgap.package import Benefit, EquityGrant, SignOn

__all__ = ["benefits_of", "equity_of", "sign_on_of"]

_MAX_VESTING_YEARS = 50
_EQUITY_KEYS = (
    "name",
    "grant_value",
    "years",
    "vesting_pct",
    "cliff_months",
    "vest_every",
    "period_months",
    "start_month",
)


def sign_on_of(r: _Reader, package: Table, path: str, code: str) -> SignOn | None:
    """The package's ``sign_on`` table: ``amount``, ``clawback_months``, ``clawback``.

    Examples
    --------
    >>> from expectgap.assess.scenario import _Reader
    >>> sign_on_of(_Reader(None), {"sign_on": {"amount": 5}}, "p", "USD").clawback
    'full'
    """
    if "sign_on" not in package:
        return None
    p = f"{path}.sign_on"
    t = r.table(package["sign_on"], p, ("amount", "clawback_months", "clawback"))
    return _built(
        p,
        lambda: SignOn(
            Money(r.require(t, "amount", p, _number), code),
            clawback_months=r.get(t, "clawback_months", p, _int, 0),
            clawback=r.get(t, "clawback", p, _text, "full"),
        ),
    )


def equity_of(r: _Reader, package: Table, path: str, code: str) -> tuple[EquityGrant, ...]:
    """The package's ``equity`` list; each grant states ``years`` (even yearly shares, 4 by
    default) or ``vesting_pct``.

    Examples
    --------
    >>> from expectgap.assess.scenario import _Reader
    >>> g = equity_of(_Reader(None), {"equity": [{"grant_value": 300, "years": 3}]}, "p", "USD")
    >>> g[0].vesting_pct
    (Fraction(100, 3), Fraction(100, 3), Fraction(100, 3))
    """
    return tuple(
        _grant(r, item, f"{path}.equity[{i}]", code)
        for i, item in enumerate(r.get(package, "equity", path, _array, []))
    )


def _grant(r: _Reader, raw: Any, p: str, code: str) -> EquityGrant:
    t = r.table(raw, p, _EQUITY_KEYS)
    if "years" in t and "vesting_pct" in t:
        raise InvalidInput(f"{p}.years", t["years"], "years or vesting_pct, not both")
    if "vesting_pct" in t:
        pct: tuple[Any, ...] = tuple(r.get(t, "vesting_pct", p, _array))
    else:
        years = r.get(t, "years", p, _int, 4)
        if not 1 <= years <= _MAX_VESTING_YEARS:
            raise InvalidInput(f"{p}.years", years, f"a whole number in [1, {_MAX_VESTING_YEARS}]")
        pct = tuple(f"100/{years}" for _ in range(years))
    every = t.get("vest_every")
    if every is not None and not isinstance(every, str):
        every = _int(every, f"{p}.vest_every")
    return _built(
        p,
        lambda: EquityGrant(
            Money(r.require(t, "grant_value", p, _number), code),
            pct,
            cliff_months=r.get(t, "cliff_months", p, _int, 12),
            vest_every=every,
            period_months=r.get(t, "period_months", p, _int, 12),
            start_month=r.get(t, "start_month", p, _int, 0),
            name=r.get(t, "name", p, _text, "equity"),
        ),
    )


def benefits_of(r: _Reader, package: Table, path: str, code: str) -> tuple[Benefit, ...]:
    """The package's ``benefits`` list: each ``name`` and annual ``value``.

    Examples
    --------
    >>> from expectgap.assess.scenario import _Reader
    >>> benefits_of(_Reader(None), {"benefits": [{"name": "meals", "value": 1200}]}, "p", "USD")
    (Benefit(name='meals', value=Money(1200, 'USD', 'annual')),)
    """
    return tuple(
        _benefit(r, item, f"{path}.benefits[{i}]", code)
        for i, item in enumerate(r.get(package, "benefits", path, _array, []))
    )


def _benefit(r: _Reader, raw: Any, p: str, code: str) -> Benefit:
    t = r.table(raw, p, ("name", "value"))
    return _built(
        p,
        lambda: Benefit(
            r.require(t, "name", p, _text),
            Money(r.require(t, "value", p, _number), code, "annual"),
        ),
    )
