"""expectgap: measure, explain and negotiate the gap between expectation and offer.

``expectgap.assess`` and ``expectgap.position`` are modules that can also be called as their
main function, so that ``expectgap.assess(wish, offer)`` and ``import expectgap.assess.models``
both work (typed code calls ``expectgap.assess.assess`` and ``expectgap.position.position``).

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

import importlib
import types
from typing import Any

from expectgap import assess as assess
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

# Registers the ``DataFrame.expectgap`` accessor.
from expectgap import frame as frame  # isort: skip


class _CallableModule(types.ModuleType):
    """A module that runs its function of the same name when called."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return getattr(self, self.__name__.rpartition(".")[2])(*args, **kwargs)

    def __reduce__(self) -> tuple[Any, ...]:
        # pickled by name, as modules are (dask and cloudpickle send functions that use it)
        return importlib.import_module, (self.__name__,)


assess.__class__ = _CallableModule
position.__class__ = _CallableModule


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed metadata on first use (importing
    ``importlib.metadata`` takes a noticeable part of a command-line call)."""
    if name != "__version__":
        raise AttributeError(f"module 'expectgap' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("expectgap")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        found = "0.0.0"
    globals()["__version__"] = found
    return found


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
