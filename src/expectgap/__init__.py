"""expectgap: measure, explain and negotiate the gap between expectation and offer."""

from expectgap.assess import Expectations, GapReport, Offer, assess
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
from expectgap.position import Band, Position, position

# Registers the ``DataFrame.expectgap`` accessor.
from expectgap import frame as frame  # isort: skip


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
