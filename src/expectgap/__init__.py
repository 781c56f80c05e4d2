"""expectgap: measure, explain and negotiate the gap between expectation and offer."""

from importlib.metadata import PackageNotFoundError, version

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
from expectgap.position import Band, Position, position

try:
    __version__ = version("expectgap")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "Band",
    "Basis",
    "CurrencyMismatch",
    "ExpectgapError",
    "InsufficientData",
    "InvalidInput",
    "Money",
    "PeerGroup",
    "Period",
    "PeriodMismatch",
    "Position",
    "SurveyTable",
    "UnsupportedRule",
    "__version__",
    "blend",
    "position",
]
