"""Comparison files: several offers (``[[offers]]``), the candidate and a market table in one
TOML file, read with the readers of :mod:`expectgap.assess.scenario`.

``expectgap compare FILE.toml`` reads one. The format (``docs/offers.md``)::

    [comparison]              # all optional
    years = 4
    raise_rate = 0.0          # or "market" with trend = 0.038
    price_growth = 0.0        # or [comparison.price_path] with growth or multiples
    # [[comparison.scenarios]] name = "bear", multiples = [0.5]: more share-price scenarios
    year = 2026
    ours = "Texas"

    [candidate.current]       # the current package: the same keys as an offer's package
    base_annual = 150_000
    currency = "USD"

    [[offers]]
    name = "Texas"
    [offers.package]          # the keys of [offer.package], with sign_on, equity, benefits
    ...

Examples
--------
>>> f = parse_comparison('''
... [[offers]]
... name = "A"
... [offers.package]
... base_annual = 100_000
... currency = "USD"
... [[offers]]
... name = "B"
... [offers.package]
... base_annual = 90_000
... currency = "USD"
... ''')
>>> f.compare().leader("gross_salary")
'A'
>>> parse_comparison('[comparison]\\nyears = 4')
Traceback (most recent call last):
...
expectgap.errors.InvalidInput: offers: got 'missing'; expected at least one [[offers]] table with a name and a package
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from expectgap.assess.models import Expectations, Offer
from expectgap.assess.scenario import (
    _array,
    _bool,
    _built,
    _candidate,
    _date,
    _int,
    _market,
    _number,
    _offer,
    _Reader,
    _text,
    read_toml_source,
)
from expectgap.errors import InvalidInput
from expectgap.market import SurveyTable
from expectgap.offers.compare import Comparison, compare_offers
from expectgap.package import PricePath

__all__ = ["ComparisonFile", "load_comparison", "parse_comparison"]

_COMPARISON_KEYS = (
    "years",
    "raise_rate",
    "trend",
    "price_growth",
    "price_path",
    "scenarios",
    "market_measure",
    "mismatch",
    "jurisdiction",
    "year",
    "as_of",
    "strict_year",
    "ours",
    "audience",
    "current_region",
)
_OFFER_KEYS = (
    "name",
    "position",
    "package",
    "conditions",
    "budget_ceiling",
    "atmosphere",
    "annual_holidays",
)


@dataclass(frozen=True)
class ComparisonFile:
    """A parsed comparison file.

    Attributes
    ----------
    offers : mapping {name: Offer}
    expectations : Expectations or None
    market : SurveyTable or None
    options : mapping
        Keyword arguments for :func:`~expectgap.offers.compare.compare_offers`.

    Examples
    --------
    >>> f = parse_comparison('[[offers]]\\nname = "A"\\n[offers.package]\\nbase_monthly = 1')
    >>> list(f.offers), f.market is None
    (['A'], True)
    """

    offers: Mapping[str, Offer]
    expectations: Expectations | None = None
    market: SurveyTable | None = None
    options: Mapping[str, Any] = field(default_factory=dict)

    def compare(self, **overrides: Any) -> Comparison:
        """Run :func:`~expectgap.offers.compare.compare_offers` with the file's options.

        Examples
        --------
        >>> f = parse_comparison('[[offers]]\\nname = "A"\\n[offers.package]\\nbase_monthly = 1')
        >>> f.compare(years=2).years
        2
        """
        options = {**self.options, **overrides}
        return compare_offers(self.offers, self.expectations, market=self.market, **options)


def _rate(value: Any, path: str) -> float | int | str:
    if isinstance(value, str):
        return value
    return _number(value, path)


def _price_path(r: _Reader, raw: Any, path: str) -> PricePath:
    t = r.table(raw, path, ("name", "growth", "multiples"))
    if ("growth" in t) == ("multiples" in t):
        raise InvalidInput(f"{path}.growth", "missing", "exactly one of growth, multiples")
    name = r.get(t, "name", path, _text)
    if "growth" in t:
        growth = r.get(t, "growth", path, _number)
        return _built(path, lambda: PricePath.growth(growth, name=name))
    multiples = [_number(m, f"{path}.multiples") for m in r.get(t, "multiples", path, _array)]
    return _built(path, lambda: PricePath.yearly(multiples, name=name or "scenario"))


def _options(r: _Reader, raw: Any) -> dict[str, Any]:
    path = "comparison"
    t = r.table(raw, path, _COMPARISON_KEYS)
    options: dict[str, Any] = {}
    readers = {
        "years": _int,
        "raise_rate": _rate,
        "trend": _number,
        "market_measure": _text,
        "mismatch": _text,
        "jurisdiction": _text,
        "year": _int,
        "as_of": _date,
        "strict_year": _bool,
        "ours": _text,
        "audience": _text,
        "current_region": _text,
    }
    for key, kind in readers.items():
        if key in t:
            options[key] = r.get(t, key, path, kind)
    if "price_growth" in t and "price_path" in t:
        raise InvalidInput(f"{path}.price_growth", t["price_growth"], "price_growth or price_path")
    if "price_growth" in t:
        growth = r.get(t, "price_growth", path, _number)
        options["price_path"] = _built(path, lambda: PricePath.growth(growth))
    if "price_path" in t:
        options["price_path"] = _price_path(r, t["price_path"], f"{path}.price_path")
    if "scenarios" in t:
        items = r.get(t, "scenarios", path, _array)
        options["scenarios"] = tuple(
            _price_path(r, item, f"{path}.scenarios[{i}]") for i, item in enumerate(items)
        )
    return options


def parse_comparison(
    text: str, base: Traversable | None = None, *, root: str | Path | None = None
) -> ComparisonFile:
    """Parse the text of a comparison file.

    Parameters
    ----------
    text : str
        TOML text.
    base : directory, optional
        Where a market CSV named in the text is found.
    root : directory, optional
        A wider folder, containing ``base``, that named files may also come from.

    Returns
    -------
    ComparisonFile

    Raises
    ------
    InvalidInput
        A TOML syntax error, an unknown or missing key (the dotted key is named, with the
        offer's index: ``offers[1].package.base_monthly``), an invalid value, a repeated name.

    Examples
    --------
    >>> parse_comparison('[[offers]]\\nname = "A"\\n[offers.package]\\nbase_montly = 1')
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: offers[0].package.base_montly: got 'unknown key'; expected one of base_monthly, ... (did you mean 'base_monthly'?)
    """
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput("toml", str(exc), "valid TOML") from None
    if root is not None and not isinstance(root, str | Path):
        raise InvalidInput("root", type(root).__name__, "a folder (a Path) or None")
    r = _Reader(base, None if root is None else Path(root))
    r.table(raw, "", ("comparison", "candidate", "offers", "market"))
    items = raw.get("offers")
    if not isinstance(items, list) or not items:
        raise InvalidInput(
            "offers", "missing", "at least one [[offers]] table with a name and a package"
        )
    offers: dict[str, Offer] = {}
    for i, item in enumerate(items):
        path = f"offers[{i}]"
        t = r.table(item, path, _OFFER_KEYS)
        name = r.require(t, "name", path, _text)
        if name in offers:
            raise InvalidInput(f"{path}.name", name, "a name not used by another offer")
        offers[name] = _offer(r, {k: v for k, v in t.items() if k != "name"}, path)
    options = _options(r, raw.get("comparison", {}))
    expectations = None if "candidate" not in raw else _candidate(r, raw["candidate"])
    market = None
    if "market" in raw:
        market, extra, _ = _market(r, raw["market"])
        if "trend" in extra and "trend" not in options:
            options["trend"] = extra["trend"]
    return ComparisonFile(offers, expectations, market, options)


def load_comparison(
    source: str | Path | Traversable, *, root: str | Path | None = None
) -> ComparisonFile:
    """Read a comparison file; a market CSV is resolved next to it.

    Named files must lie inside the file's folder (or inside ``root``, a wider folder the
    caller allows explicitly), be regular files and hold at most
    :data:`~expectgap._files.MAX_FILE_BYTES` bytes of UTF-8 text, as for
    :func:`~expectgap.assess.scenario.load_scenario`.

    Raises
    ------
    InvalidInput
        An unreadable file, or any error of :func:`parse_comparison` (prefixed with the file
        name).

    Examples
    --------
    >>> load_comparison("no-such-file.toml")
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: file: got 'no-such-file.toml'; expected a readable UTF-8 TOML file; a readable file (No such file or directory)
    """
    file, text, parent = read_toml_source(source)
    try:
        return parse_comparison(text, parent, root=root)
    except InvalidInput as exc:
        raise InvalidInput(f"{file.name}: {exc.field}", exc.value, exc.accepted) from None
