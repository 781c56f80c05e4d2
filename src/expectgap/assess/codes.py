"""The vocabularies of an assessment: dimensions, directions, severities and stances.

Each is a string enum (the JSON value) with a fixed order; :func:`code` and the ``ORDER`` tuples
map members to small integers so the rules in :mod:`expectgap.assess.rules` can run on numpy
arrays.

Examples
--------
>>> Severity.MAJOR.code, SEVERITIES[3]
(2, <Severity.BLOCKING: 'blocking'>)
>>> [d.value for d in DIMENSIONS][:3]
['position', 'gross_salary', 'net_salary']
"""

from __future__ import annotations

import enum

__all__ = [
    "DIMENSIONS",
    "DIRECTIONS",
    "SEVERITIES",
    "STANCES",
    "Dimension",
    "Direction",
    "Severity",
    "Stance",
]


class Dimension(enum.StrEnum):
    """The ten dimensions of the expectation-adjustment checklist, in checklist order.

    Examples
    --------
    >>> Dimension("remote_work").code
    7
    """

    POSITION = "position"
    GROSS_SALARY = "gross_salary"
    NET_SALARY = "net_salary"
    BONUS = "bonus"
    HOURS = "hours"
    OVERTIME = "overtime"
    LOCATION = "location"
    REMOTE_WORK = "remote_work"
    LEAVE = "leave"
    ATMOSPHERE = "atmosphere"

    @property
    def code(self) -> int:
        """Position in the checklist (0-based).

        Examples
        --------
        >>> Dimension.POSITION.code
        0
        """
        return DIMENSIONS.index(self)


class Direction(enum.StrEnum):
    """Whether the offer falls short of, meets or exceeds what was sought.

    ``unstated`` means the candidate stated nothing on this dimension, or the offer does not
    state the term (its ``offered`` is then None: "not stated"), or it could not be assessed;
    the point confirms it (the company explains what it offers, or states the missing term).

    Examples
    --------
    >>> Direction.SHORT.code
    0
    """

    SHORT = "short"
    MEETS = "meets"
    EXCEEDS = "exceeds"
    UNSTATED = "unstated"

    @property
    def code(self) -> int:
        """Integer code (order of declaration).

        Examples
        --------
        >>> Direction.UNSTATED.code
        3
        """
        return DIRECTIONS.index(self)


class Severity(enum.StrEnum):
    """How serious a gap is: none < minor < major < blocking.

    Examples
    --------
    >>> max([Severity.MINOR, Severity.BLOCKING], key=lambda s: s.code)
    <Severity.BLOCKING: 'blocking'>
    """

    NONE = "none"
    MINOR = "minor"
    MAJOR = "major"
    BLOCKING = "blocking"

    @property
    def code(self) -> int:
        """Rank, 0 (none) to 3 (blocking).

        Examples
        --------
        >>> Severity.NONE.code
        0
        """
        return SEVERITIES.index(self)


class Stance(enum.StrEnum):
    """What to do about a dimension in the conversation.

    ``negotiate``: the figures must move (revise the offer, or the expectation);
    ``explain``: the difference stands and is explained with evidence;
    ``confirm``: nothing was stated or a detail needs checking, so confirm it together;
    ``accept``: the offer meets the expectation.

    Examples
    --------
    >>> Stance.NEGOTIATE.code
    3
    """

    ACCEPT = "accept"
    CONFIRM = "confirm"
    EXPLAIN = "explain"
    NEGOTIATE = "negotiate"

    @property
    def code(self) -> int:
        """Integer code, 0 (accept) to 3 (negotiate).

        Examples
        --------
        >>> Stance.ACCEPT.code
        0
        """
        return STANCES.index(self)


DIMENSIONS: tuple[Dimension, ...] = tuple(Dimension)
DIRECTIONS: tuple[Direction, ...] = tuple(Direction)
SEVERITIES: tuple[Severity, ...] = tuple(Severity)
STANCES: tuple[Stance, ...] = tuple(Stance)
