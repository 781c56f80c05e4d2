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
from expectgap.money import Basis, Money, Period

try:
    __version__ = version("expectgap")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "Basis",
    "CurrencyMismatch",
    "ExpectgapError",
    "InsufficientData",
    "InvalidInput",
    "Money",
    "Period",
    "PeriodMismatch",
    "UnsupportedRule",
    "__version__",
]
