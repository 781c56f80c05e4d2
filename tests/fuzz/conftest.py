"""The fuzz suite's one rule and its settings (issue 10, item 7).

The rule: a public entry point given any input either returns or raises an error of the
hierarchy in :mod:`expectgap.errors` (never a raw ``ValueError``, ``OverflowError``,
``RecursionError``, ``MemoryError``...), and does so quickly. "Quickly" is hypothesis'
per-example deadline of the ``expectgap-fuzz`` profile (the attacks of issue 10 ran for minutes),
not a timing assertion. Property tests take the profile with
``@settings(settings.get_profile("expectgap-fuzz"))``; every test takes the rule as the
``hierarchy`` fixture.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from expectgap.errors import ExpectgapError

# Few examples each (the suite runs within about a minute on 2 cores); a deadline generous
# enough for a shared machine, far below the minutes the attacks took.
settings.register_profile(
    "expectgap-fuzz",
    max_examples=25,
    deadline=timedelta(seconds=5),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)


def _only_hierarchy(call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run ``call``; return its result or the :class:`ExpectgapError` it raised (any other
    exception propagates and fails the test)."""
    try:
        return call(*args, **kwargs)
    except ExpectgapError as exc:
        return exc


@pytest.fixture(scope="session")
def hierarchy() -> Callable[..., Any]:
    """The rule: call, and let only errors of the hierarchy through (returned, not raised)."""
    return _only_hierarchy
