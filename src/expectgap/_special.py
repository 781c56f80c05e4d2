"""The few scipy.special functions the library uses, imported on first call.

Importing ``scipy.special`` takes longer than the rest of a command-line call; the functions
here import it when first called, so that commands and modules that never need them start
quickly.

Examples
--------
>>> round(float(ndtri(0.975)), 4)
1.96
>>> float(ndtr(0.0))
0.5
"""

from __future__ import annotations

from typing import Any

__all__ = ["betainc", "betaincinv", "ndtr", "ndtri"]


def ndtri(p: Any) -> Any:
    """:func:`scipy.special.ndtri`: the standard normal quantile of ``p``.

    Examples
    --------
    >>> float(ndtri(0.5))
    0.0
    """
    from scipy import special

    return special.ndtri(p)


def ndtr(z: Any) -> Any:
    """:func:`scipy.special.ndtr`: the standard normal distribution function at ``z``.

    Examples
    --------
    >>> round(float(ndtr(1.959964)), 3)
    0.975
    """
    from scipy import special

    return special.ndtr(z)


def betaincinv(a: Any, b: Any, y: Any) -> Any:
    """:func:`scipy.special.betaincinv`: the inverse of the regularized incomplete beta.

    Examples
    --------
    >>> float(betaincinv(1.0, 1.0, 0.25))
    0.25
    """
    from scipy import special

    return special.betaincinv(a, b, y)


def betainc(a: Any, b: Any, x: Any) -> Any:
    """:func:`scipy.special.betainc`: the regularized incomplete beta function.

    Examples
    --------
    >>> float(betainc(1.0, 1.0, 0.25))
    0.25
    """
    from scipy import special

    return special.betainc(a, b, x)
