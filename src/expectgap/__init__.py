"""expectgap: measure, explain and negotiate the gap between expectation and offer.

``expectgap.assess`` and ``expectgap.position`` are modules that can also be called as their
main function, so that ``expectgap.assess(wish, offer)`` and ``import expectgap.assess.models``
both work (typed code calls ``expectgap.assess.assess`` and ``expectgap.position.position``).

``import expectgap`` imports nothing else: each name below is imported from its module the first
time it is used, so the command line starts quickly. The ``DataFrame.expectgap`` accessor is
registered when :mod:`expectgap.frame` is imported: by ``import expectgap`` when pandas is already
imported, else as soon as pandas is imported.

Examples
--------
>>> import expectgap.assess.models
>>> expectgap.assess.models.Expectations is expectgap.Expectations
True
>>> expectgap.position(50, expectgap.SurveyTable.from_percentiles({25: 40, 50: 50, 75: 60},
...                                                                 currency="USD")).percentile
50.0
>>> import pickle
>>> pickle.loads(pickle.dumps(expectgap.assess)) is expectgap.assess
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from expectgap._accessor_hook import register_when_pandas_loads
from expectgap._lazy import export

if TYPE_CHECKING:
    from expectgap import assess as assess
    from expectgap import frame as frame
    from expectgap import position as position
    from expectgap.assess import Expectations, GapReport, Offer
    from expectgap.errors import (
        CurrencyMismatch,
        ExpectgapError,
        InsufficientData,
        InvalidInput,
        PeriodMismatch,
        UnsupportedRule,
    )
    from expectgap.market import PeerGroup, SurveyTable, blend
    from expectgap.money import Basis, Money, Period
    from expectgap.offers import Comparison, compare_offers
    from expectgap.position import Band, Position

_EXPORTS = {
    "Band": "expectgap.position",
    "Basis": "expectgap.money",
    "Comparison": "expectgap.offers",
    "CurrencyMismatch": "expectgap.errors",
    "Expectations": "expectgap.assess",
    "ExpectgapError": "expectgap.errors",
    "GapReport": "expectgap.assess",
    "InsufficientData": "expectgap.errors",
    "InvalidInput": "expectgap.errors",
    "Money": "expectgap.money",
    "Offer": "expectgap.assess",
    "PeerGroup": "expectgap.market",
    "Period": "expectgap.money",
    "PeriodMismatch": "expectgap.errors",
    "Position": "expectgap.position",
    "SurveyTable": "expectgap.market",
    "UnsupportedRule": "expectgap.errors",
    "blend": "expectgap.market",
    "compare_offers": "expectgap.offers",
}


def __getattr__(name: str) -> Any:
    """The package's exports and its modules (``assess``, ``frame``, ``position``, ...),
    imported on first use; ``__version__``, read from the installed metadata on first use (importing
    ``importlib.metadata`` takes a noticeable part of a command-line call)."""
    if name != "__version__":
        return export(__name__, _EXPORTS, name)
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("expectgap")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        found = "0.0.0"
    globals()["__version__"] = found
    return found


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "Band",
    "Basis",
    "Comparison",
    "CurrencyMismatch",
    "Expectations",
    "ExpectgapError",
    "GapReport",
    "InsufficientData",
    "InvalidInput",
    "Money",
    "Offer",
    "PeerGroup",
    "Period",
    "PeriodMismatch",
    "Position",
    "SurveyTable",
    "UnsupportedRule",
    "__version__",
    "assess",
    "blend",
    "compare_offers",
    "frame",
    "position",
]

register_when_pandas_loads()
