"""``data/currencies.toml`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations

from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``data/currencies.toml`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {
        "meta": {
            "source": "ISO 4217:2015, list one (current currency and funds codes), SIX Financial Information"
        },
        "JPY": {"minor_units": 0, "symbol": "¥", "max_amount": 100000000000.0},
        "USD": {"minor_units": 2, "symbol": "$", "max_amount": 1000000000.0},
        "EUR": {"minor_units": 2, "symbol": "€", "max_amount": 1000000000.0},
        "GBP": {"minor_units": 2, "symbol": "£", "max_amount": 1000000000.0},
        "CNY": {"minor_units": 2, "symbol": "CN¥", "max_amount": 10000000000.0},
        "KRW": {"minor_units": 0, "symbol": "₩", "max_amount": 1000000000000.0},
        "TWD": {"minor_units": 2, "symbol": "NT$", "max_amount": 10000000000.0},
        "HKD": {"minor_units": 2, "symbol": "HK$", "max_amount": 10000000000.0},
        "SGD": {"minor_units": 2, "symbol": "S$", "max_amount": 1000000000.0},
        "AUD": {"minor_units": 2, "symbol": "A$", "max_amount": 1000000000.0},
        "NZD": {"minor_units": 2, "symbol": "NZ$", "max_amount": 1000000000.0},
        "CAD": {"minor_units": 2, "symbol": "CA$", "max_amount": 1000000000.0},
        "CHF": {"minor_units": 2, "symbol": "CHF ", "max_amount": 1000000000.0},
        "SEK": {"minor_units": 2, "symbol": "SEK ", "max_amount": 10000000000.0},
        "NOK": {"minor_units": 2, "symbol": "NOK ", "max_amount": 10000000000.0},
        "DKK": {"minor_units": 2, "symbol": "DKK ", "max_amount": 10000000000.0},
        "INR": {"minor_units": 2, "symbol": "₹", "max_amount": 100000000000.0},
        "VND": {"minor_units": 0, "symbol": "₫", "max_amount": 10000000000000.0},
        "THB": {"minor_units": 2, "symbol": "฿", "max_amount": 10000000000.0},
        "PHP": {"minor_units": 2, "symbol": "₱", "max_amount": 100000000000.0},
        "IDR": {"minor_units": 2, "symbol": "Rp ", "max_amount": 10000000000000.0},
        "MYR": {"minor_units": 2, "symbol": "RM ", "max_amount": 10000000000.0},
        "BRL": {"minor_units": 2, "symbol": "R$", "max_amount": 10000000000.0},
        "MXN": {"minor_units": 2, "symbol": "MX$", "max_amount": 10000000000.0},
        "BHD": {"minor_units": 3, "symbol": "BHD ", "max_amount": 1000000000.0},
        "KWD": {"minor_units": 3, "symbol": "KWD ", "max_amount": 1000000000.0},
    }
