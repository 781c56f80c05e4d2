"""The assessment policy: severity thresholds, priority weights and counter-offer rounding.

These are policy, not law. The defaults live in ``policy.toml`` next to this module (read it:
every number is explained there); :meth:`Policy.from_file` reads your own copy.

Examples
--------
>>> p = Policy.default()
>>> p.dimension("gross_salary").minor, p.dimension("gross_salary").measure
(5.0, 'percent')
>>> p.rounding_unit("JPY", "monthly")
1000
"""

from __future__ import annotations

import functools
import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from expectgap._files import read_file
from expectgap._package_data import loads_toml, read_text
from expectgap.assess.codes import DIMENSIONS, SEVERITIES, STANCES, Dimension, Severity, Stance
from expectgap.errors import InvalidInput

__all__ = ["DimensionPolicy", "Policy"]

Measure = Literal["percent", "units"]


# Largest counter-offer rounding unit accepted from a policy file.
_MAX_ROUNDING_UNIT = 1_000_000_000


@dataclass(frozen=True)
class DimensionPolicy:
    """Thresholds of one dimension (see ``policy.toml`` for their meaning).

    Examples
    --------
    >>> DimensionPolicy("units", minor=1.0, blocking=math.inf, negotiable=True).blocking
    inf
    """

    measure: Measure
    minor: float
    blocking: float
    negotiable: bool
    unit: str = ""


@dataclass(frozen=True)
class Policy:
    """Severity thresholds per dimension, priority weights and counter-offer rounding.

    Counter-offer rounding units are whole numbers from 1 to 10^9 (a bound on hostile input).

    Examples
    --------
    >>> Policy.default().severity_weight[Severity.BLOCKING]
    300
    """

    dimensions: Mapping[Dimension, DimensionPolicy]
    duties_minor: float
    severity_weight: Mapping[Severity, int]
    stance_weight: Mapping[Stance, int]
    must_weight: int
    rounding: Mapping[str, Mapping[str, int]]
    description: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.rounding, Mapping):
            raise InvalidInput("rounding", self.rounding, "{currency: {monthly, annual}}")
        for code, units in self.rounding.items():
            if not isinstance(units, Mapping):
                raise InvalidInput(f"rounding.{code}", units, "{monthly = ..., annual = ...}")
            for period, unit in units.items():
                _unit(unit, f"counter_offer.rounding.{code}.{period}", "policy")

    @classmethod
    @functools.cache
    def default(cls) -> Policy:
        """The policy shipped with expectgap (``expectgap/assess/policy.toml``).

        Examples
        --------
        >>> Policy.default() is Policy.default()
        True
        """
        text = read_text("expectgap.assess", "policy.toml")
        return cls.from_toml(text, "expectgap/assess/policy.toml")

    @classmethod
    def from_file(cls, path: str | Path) -> Policy:
        """Read a policy file written like the shipped ``policy.toml``.

        Examples
        --------
        >>> Policy.from_file("no-such-policy.toml")
        Traceback (most recent call last):
        ...
        expectgap.errors.InvalidInput: policy: got 'no-such-policy.toml'; expected a readable policy TOML file
        """
        try:
            text = read_file(Path(path), "policy", str(path))
        except (InvalidInput, TypeError):
            raise InvalidInput("policy", str(path), "a readable policy TOML file") from None
        return cls.from_toml(text, str(path))

    @classmethod
    def from_toml(cls, text: str, where: str = "<policy>") -> Policy:
        """Parse policy TOML text; errors name the key.

        Examples
        --------
        >>> Policy.from_toml("[dimensions]")
        Traceback (most recent call last):
        ...
        expectgap.errors.InvalidInput: <policy>: dimensions.position: got None; expected a table with measure, minor and negotiable
        """
        if not isinstance(text, str):
            raise InvalidInput(where, type(text).__name__, "policy TOML text as a string")
        try:
            raw = loads_toml(text)
        except tomllib.TOMLDecodeError as exc:
            raise InvalidInput(where, str(exc), "valid TOML") from None
        except RecursionError:
            raise InvalidInput(where, "arrays or tables nested too deeply", "valid TOML") from None
        dims_raw = _table(raw, "dimensions", where)
        dimensions = {dim: _dimension(dims_raw.get(dim.value), dim, where) for dim in DIMENSIONS}
        position = dims_raw.get("position", {})
        priority = _table(raw, "priority", where)
        severity = _table(priority, "severity", where, "priority.")
        stance = _table(priority, "stance", where, "priority.")
        rounding_raw = _table(
            _table(raw, "counter_offer", where), "rounding", where, "counter_offer."
        )
        rounding: dict[str, dict[str, int]] = {}
        for code, units in rounding_raw.items():
            if not isinstance(units, dict) or set(units) != {"monthly", "annual"}:
                raise InvalidInput(
                    f"{where}: counter_offer.rounding.{code}",
                    units,
                    "{monthly = ..., annual = ...}",
                )
            rounding[code.upper()] = {
                k: _unit(v, f"counter_offer.rounding.{code}.{k}", where) for k, v in units.items()
            }
        return cls(
            dimensions=dimensions,
            duties_minor=_number(
                position.get("duties_minor"), "dimensions.position.duties_minor", where
            ),
            severity_weight={
                s: _int(severity.get(s.value), f"priority.severity.{s}", where) for s in SEVERITIES
            },
            stance_weight={
                s: _int(stance.get(s.value), f"priority.stance.{s}", where) for s in STANCES
            },
            must_weight=_int(priority.get("must"), "priority.must", where),
            rounding=rounding,
            description=str(_table(raw, "meta", where).get("description", "")),
        )

    def dimension(self, dimension: Dimension | str) -> DimensionPolicy:
        """Thresholds of one dimension.

        Examples
        --------
        >>> Policy.default().dimension("location").negotiable
        False
        """
        return self.dimensions[Dimension(dimension)]

    def rounding_unit(self, currency: str, period: str) -> int:
        """The unit a counter-offer is rounded to (1 when the currency is not listed).

        Examples
        --------
        >>> Policy.default().rounding_unit("KRW", "annual")
        1
        """
        return self.rounding.get(currency, {}).get(period, 1)


def _table(raw: Mapping[str, Any], key: str, where: str, prefix: str = "") -> dict[str, Any]:
    value = raw.get(key)
    if not isinstance(value, dict):
        raise InvalidInput(f"{where}: {prefix}{key}", value, "a table")
    return value


def _number(value: object, name: str, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidInput(f"{where}: {name}", value, "a finite number")
    if value < 0:
        raise InvalidInput(f"{where}: {name}", value, "a number >= 0")
    return float(value)


def _int(value: object, name: str, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(f"{where}: {name}", value, "a whole number")
    return value


def _unit(value: object, name: str, where: str) -> int:
    unit = _int(value, name, where)
    if not 1 <= unit <= _MAX_ROUNDING_UNIT:
        raise InvalidInput(
            f"{where}: {name}", value, f"a rounding unit from 1 to {_MAX_ROUNDING_UNIT:,}"
        )
    return unit


def _dimension(raw: object, dim: Dimension, where: str) -> DimensionPolicy:
    name = f"dimensions.{dim.value}"
    if not isinstance(raw, dict):
        raise InvalidInput(f"{where}: {name}", raw, "a table with measure, minor and negotiable")
    measure = raw.get("measure")
    if measure not in ("percent", "units"):
        raise InvalidInput(f"{where}: {name}.measure", measure, "'percent' or 'units'")
    negotiable = raw.get("negotiable")
    if not isinstance(negotiable, bool):
        raise InvalidInput(f"{where}: {name}.negotiable", negotiable, "true or false")
    blocking = raw.get("blocking")
    return DimensionPolicy(
        measure=measure,
        minor=_number(raw.get("minor"), f"{name}.minor", where),
        blocking=math.inf if blocking is None else _number(blocking, f"{name}.blocking", where),
        negotiable=negotiable,
        unit=str(raw.get("unit", "")),
    )
