"""Dated statutory parameters, read from TOML files (law as data).

Every jurisdiction keeps its statutory numbers in ``payroll/<code>/params/<topic>.toml``. A file
holds one topic; each parameter in it has a unit, a description and a list of dated values, each
with the source it was taken from::

    [meta]
    topic = "employees' pension"

    [rate]
    unit = "fraction of the standard monthly amount, employee share"
    description = "Employee share of the pension premium rate"

    [[rate.values]]
    effective = 2017-09-01
    value = 0.0915
    source = "Japan Pension Service, premium rate table"

``value`` may be a number, a list or an inline table. :func:`load` validates the file once
(every parameter has a unit, every value an ``effective`` date and a ``source``, dates strictly
rising) and caches the result. Python code never holds a statutory number: it asks
``load(...)["rate"].at(day)``.

Examples
--------
>>> from datetime import date
>>> from expectgap.payroll._params import Parameter, ValueEntry
>>> p = Parameter("rate", "fraction", "demo", (
...     ValueEntry(date(2024, 4, 1), 0.006, "source A"),
...     ValueEntry(date(2025, 4, 1), 0.0055, "source B")))
>>> p.at(date(2025, 3, 31))
0.006
>>> p.at(date(2025, 4, 1))
0.0055
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from expectgap._package_data import loads_toml, read_text
from expectgap.errors import ExpectgapError, UnsupportedRule

__all__ = ["ParamFileError", "Parameter", "ParameterSet", "ValueEntry", "load", "parse"]


class ParamFileError(ExpectgapError):
    """A parameter file is malformed (a defect in the package data, not in user input)."""


@dataclass(frozen=True)
class ValueEntry:
    """One dated value of a parameter.

    Examples
    --------
    >>> ValueEntry(date(2026, 4, 1), 5, "MHLW").source
    'MHLW'
    """

    effective: date
    value: Any
    source: str


@dataclass(frozen=True)
class Parameter:
    """A statutory parameter: unit, description and its values over time.

    Examples
    --------
    >>> p = Parameter("cap", "yen", "demo", (ValueEntry(date(2020, 9, 1), 650_000, "JPS"),))
    >>> p.at(date(2026, 1, 1))
    650000
    >>> p.entry_at(date(2026, 1, 1)).source
    'JPS'
    """

    name: str
    unit: str
    description: str
    entries: tuple[ValueEntry, ...]

    def entry_at(self, when: date) -> ValueEntry:
        """Return the entry in force on ``when``.

        Raises
        ------
        UnsupportedRule
            If ``when`` precedes the first effective date.

        Examples
        --------
        >>> p = Parameter("x", "yen", "demo", (ValueEntry(date(2024, 1, 1), 1, "s"),))
        >>> p.entry_at(date(2024, 6, 1)).value
        1
        """
        current: ValueEntry | None = None
        for entry in self.entries:
            if entry.effective <= when:
                current = entry
            else:
                break
        if current is None:
            raise UnsupportedRule(
                f"{self.name} effective date",
                when.isoformat(),
                [f"from {self.entries[0].effective.isoformat()}"],
            )
        return current

    def at(self, when: date) -> Any:
        """Return the value in force on ``when``.

        Examples
        --------
        >>> p = Parameter("x", "yen", "demo", (ValueEntry(date(2024, 1, 1), 1, "s"),))
        >>> p.at(date(2030, 1, 1))
        1
        """
        return self.entry_at(when).value


@dataclass(frozen=True)
class ParameterSet(Mapping[str, Parameter]):
    """All parameters of one topic file.

    Examples
    --------
    >>> ps = ParameterSet("demo", "a demo", {})
    >>> len(ps)
    0
    """

    topic: str
    description: str
    parameters: Mapping[str, Parameter]

    def __getitem__(self, name: str) -> Parameter:
        try:
            return self.parameters[name]
        except KeyError:
            raise ParamFileError(
                f"topic {self.topic!r} has no parameter {name!r}; "
                f"it has: {', '.join(sorted(self.parameters))}"
            ) from None

    def __contains__(self, name: object) -> bool:
        return name in self.parameters

    def __iter__(self) -> Iterator[str]:
        return iter(self.parameters)

    def __len__(self) -> int:
        return len(self.parameters)


def _as_date(value: object, where: str) -> date:
    if isinstance(value, date):
        return value
    raise ParamFileError(f"{where}: effective must be a TOML date (YYYY-MM-DD), got {value!r}")


def _parse_parameter(name: str, raw: Mapping[str, Any], where: str) -> Parameter:
    for key in ("unit", "description", "values"):
        if key not in raw:
            raise ParamFileError(f"{where}: parameter {name!r} lacks {key!r}")
    entries = []
    for i, item in enumerate(raw["values"]):
        at = f"{where}: {name}.values[{i}]"
        for key in ("effective", "value", "source"):
            if key not in item:
                raise ParamFileError(f"{at} lacks {key!r}")
        entries.append(ValueEntry(_as_date(item["effective"], at), item["value"], item["source"]))
    if not entries:
        raise ParamFileError(f"{where}: parameter {name!r} has no values")
    dates = [e.effective for e in entries]
    if any(b <= a for a, b in itertools.pairwise(dates)):
        raise ParamFileError(f"{where}: effective dates of {name!r} must rise strictly: {dates}")
    return Parameter(name, str(raw["unit"]), str(raw["description"]), tuple(entries))


def parse(text: str, where: str = "<string>") -> ParameterSet:
    """Parse the text of a parameter file.

    Examples
    --------
    >>> ps = parse('''
    ... [meta]
    ... topic = "demo"
    ... description = "demo topic"
    ... [cap]
    ... unit = "yen"
    ... description = "a cap"
    ... values = [{effective = 2024-01-01, value = 10, source = "law"}]
    ... ''')
    >>> ps["cap"].at(date(2024, 5, 1))
    10
    """
    data = loads_toml(text)
    meta = data.pop("meta", None)
    if not isinstance(meta, dict) or "topic" not in meta:
        raise ParamFileError(f"{where}: a [meta] table with 'topic' is required")
    params = {name: _parse_parameter(name, raw, where) for name, raw in data.items()}
    return ParameterSet(str(meta["topic"]), str(meta.get("description", "")), params)


@functools.cache
def load(package: str, topic: str) -> ParameterSet:
    """Load (once) the parameter file ``<topic>.toml`` of a jurisdiction's params package.

    Parameters
    ----------
    package : str
        The params package, e.g. ``"expectgap.payroll.jp.params"``.
    topic : str
        File stem, e.g. ``"pension"``.

    Examples
    --------
    >>> pension = load("expectgap.payroll.jp.params", "pension")
    >>> pension["employee_share"].unit
    'fraction of the premium'
    >>> "no such parameter" in pension
    False
    """
    where = f"{package}/{topic}.toml"
    try:
        text = read_text(package, f"{topic}.toml")
    except FileNotFoundError:
        raise ParamFileError(f"no parameter file {where}") from None
    return parse(text, where)
