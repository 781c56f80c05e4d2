"""One exception hierarchy for everything expectgap raises on purpose.

Every error names the field, the value it received and what is accepted, so that a caller (or a
recruiter reading a log) can fix the input without reading our code.

Examples
--------
>>> from expectgap.errors import InvalidInput, ExpectgapError
>>> err = InvalidInput("base_pay", -1, "a finite amount >= 0")
>>> str(err)
'base_pay: got -1; expected a finite amount >= 0'
>>> isinstance(err, ExpectgapError) and isinstance(err, ValueError)
True

A long value is cut short in the message (the error keeps it whole in ``value``):

>>> len(str(InvalidInput("title", "x" * 10_000, "a title"))) < 250
True
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "CurrencyMismatch",
    "ExpectgapError",
    "InsufficientData",
    "InvalidInput",
    "MeasureMismatchWarning",
    "PeriodMismatch",
    "UnsupportedRule",
    "closest",
]


class ExpectgapError(Exception):
    """Base class of every error expectgap raises on purpose.

    Examples
    --------
    >>> issubclass(UnsupportedRule, ExpectgapError)
    True
    """


class InvalidInput(ExpectgapError, ValueError):
    """An input value is outside what is accepted.

    Parameters
    ----------
    field : str
        Name of the offending field or argument (dotted for nested ones, ``"bonus.months"``).
    value : object
        The value received (for arrays: a short description of the bad elements).
    accepted : str
        What would have been accepted.

    Examples
    --------
    >>> InvalidInput("currency", "XYZ", "an ISO 4217 code such as JPY, USD").field
    'currency'
    """

    def __init__(self, field: str, value: object, accepted: str) -> None:
        self.field = field
        self.value = value
        self.accepted = accepted
        super().__init__(f"{_cut(str(field))}: got {_shown(value)}; expected {accepted}")


class UnsupportedRule(ExpectgapError, LookupError):
    """A jurisdiction, year, region or code that has no rules here.

    Parameters
    ----------
    field : str
        What was looked up (``"year"``, ``"prefecture"``, ``"jurisdiction"``).
    value : object
        The value that has no rules.
    supported : Iterable[object]
        Every supported value; they are listed in the message.
    suggestions : Iterable[str], optional
        Closest supported names, shown first ("did you mean ...").
    note : str, optional
        What would make the value supported and when (e.g. rates not yet published).

    Examples
    --------
    >>> err = UnsupportedRule("year", 2023, [2024, 2025, 2026])
    >>> print(err)
    year: 2023 is not supported; supported: 2024, 2025, 2026
    >>> err.supported
    (2024, 2025, 2026)
    >>> print(UnsupportedRule("year", 2027, [2026], note="rates expected in February 2027"))
    year: 2027 is not supported; supported: 2026 (rates expected in February 2027)
    """

    def __init__(
        self,
        field: str,
        value: object,
        supported: Iterable[object],
        suggestions: Iterable[str] = (),
        note: str = "",
    ) -> None:
        self.field = field
        self.value = value
        self.supported = tuple(supported)
        self.suggestions = tuple(suggestions)
        self.note = note
        hint = ""
        if self.suggestions:
            hint = f"; did you mean {', '.join(map(repr, self.suggestions))}?"
        listed = ", ".join(map(str, self.supported))
        tail = f" ({note})" if note else ""
        shown = f"{_cut(str(field))}: {_shown(value)}"
        super().__init__(f"{shown} is not supported{hint}; supported: {listed}{tail}")

    def __str__(self) -> str:
        return str(self.args[0])


class CurrencyMismatch(ExpectgapError, TypeError):
    """Two amounts in different currencies (or periods) were combined without a conversion.

    Examples
    --------
    >>> print(CurrencyMismatch("JPY", "USD", "addition"))
    cannot combine JPY with USD in addition; convert one first with an explicit rate
    """

    def __init__(self, left: str, right: str, operation: str) -> None:
        self.left = left
        self.right = right
        super().__init__(
            f"cannot combine {left} with {right} in {operation}; "
            "convert one first with an explicit rate"
        )


class PeriodMismatch(ExpectgapError, TypeError):
    """Two amounts of different pay periods were combined without an explicit conversion.

    Examples
    --------
    >>> print(PeriodMismatch("monthly", "annual", "addition"))
    cannot combine monthly with annual amounts in addition; convert one first with an explicit basis
    """

    def __init__(self, left: str, right: str, operation: str) -> None:
        self.left = left
        self.right = right
        super().__init__(
            f"cannot combine {left} with {right} amounts in {operation}; "
            "convert one first with an explicit basis"
        )


class MeasureMismatchWarning(UserWarning):
    """A figure placed in a table of another measure, at the user's request.

    Examples
    --------
    >>> print(MeasureMismatchWarning("total compensation", "base wage"))
    a figure of total compensation was placed in a table of base wage; its percentile compares unlike measures
    """

    def __init__(self, placed: str, table: str) -> None:
        self.placed = placed
        self.table = table
        super().__init__(
            f"a figure of {placed} was placed in a table of {table}; "
            "its percentile compares unlike measures"
        )


class InsufficientData(ExpectgapError):
    """Too little data to publish a statistic (privacy floor or statistical minimum).

    Examples
    --------
    >>> print(InsufficientData("peer group", "4 peers; at least 5 are needed"))
    peer group: 4 peers; at least 5 are needed
    """

    def __init__(self, what: str, reason: str) -> None:
        self.what = what
        self.reason = reason
        super().__init__(f"{what}: {reason}")


#: Longest field name or value an error message shows (characters); the rest is cut, so that
#: no message echoes a long input (a file's content, a hostile string).
MAX_SHOWN = 200


def _cut(text: str) -> str:
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + "..."


def _shown(value: object) -> str:
    """``repr(value)`` cut short; a number too long to write out is described instead."""
    try:
        return _cut(repr(value))
    except ValueError:  # an integer beyond Python's digit limit for str()
        return f"<a {type(value).__name__} too large to show>"


def closest(value: str, names: Iterable[str], n: int = 3) -> list[str]:
    """Return up to ``n`` names closest to ``value`` (for "did you mean" hints).

    Examples
    --------
    >>> closest("tokio", ["tokyo", "kyoto", "osaka"])
    ['tokyo']
    """
    import difflib  # here: only a refused name needs it

    return difflib.get_close_matches(value, list(names), n=n, cutoff=0.6)
