"""expectgap: measure, explain and negotiate the gap between expectation and offer."""

from importlib.metadata import PackageNotFoundError, version

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

try:
    __version__ = version("expectgap")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

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
