"""The few special functions the library uses.

:func:`betainc` (the Harrell-Davis weights of every peer release), :func:`betaincinv`
(percentile confidence intervals) and :func:`normal_quantiles` (the few levels of a survey table
or a release) are computed here with numpy and the standard library, so that a market table or
a peer group, and so ``expectgap assess`` of a file with both, does not import
``scipy.special``: importing it takes longer than the rest of a command-line call. :func:`ndtr`
and :func:`ndtri` (amounts beyond a table's outer levels, by the million in a batch) wrap
:mod:`scipy.special` and import it when first called.

Examples
--------
>>> round(float(ndtri(0.975)), 4)
1.96
>>> float(ndtr(0.0))
0.5
>>> float(betainc(2.0, 3.0, 0.5))  # sum of C(4, j) / 2^4 for j = 2..4: 11/16
0.6875
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["betainc", "betaincinv", "ndtr", "ndtri", "normal_quantiles"]

FloatArray = npt.NDArray[np.float64]

_EPS = float(np.finfo(np.float64).eps)
_TINY = float(np.finfo(np.float64).tiny)
# Stirling's series of ln Gamma(z) - ((z - 1/2) ln z - z + ln(2 pi) / 2): B_2k / (2k (2k - 1))
_STIRLING = (1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156)
_STIRLING_FROM = 10.0  # the series above is used from here (7 terms: below 1e-16)
_NEAR = 0.5  # |t| below which ln(1 + t) - t is summed as a series
_LOG_TERMS = 18  # terms of that series: (1/3)^(2 * 18) is below 1e-16
_SPLIT = 134_217_729.0  # 2^27 + 1: splits a double into two halves whose products are exact
_MAX_TERMS = 1_000_000
_MAX_NEWTON = 2_000  # Newton or bisection steps of betaincinv (a few dozen at most in tests)
_NEWTON_TOLERANCE = 4 * float(np.finfo(np.float64).eps)
_GEOMETRIC = 1e-4  # a bisection step from 0 tries high * 1e-4, then the geometric mean
_HALF = 0.5
_ONE_BY_ONE = 16  # continued fractions of up to this many elements run on Python floats  # continued-fraction steps before giving up (never reached in tests)


def normal_quantiles(p: npt.ArrayLike) -> Any:
    """The standard normal quantile of each ``p``, for the few levels of a table or a release
    (as :func:`scipy.special.ndtri`: ``-inf`` at 0, ``inf`` at 1, NaN outside [0, 1]), by
    :meth:`statistics.NormalDist.inv_cdf` (Wichura's AS241, about 1e-16 relative), one level
    at a time. A float64 for a scalar, else an array of the same shape; amounts by the million
    go to :func:`ndtri`.

    Examples
    --------
    >>> float(normal_quantiles(0.5))
    0.0
    >>> normal_quantiles([0.0, 1.0, 1.5]).tolist()
    [-inf, inf, nan]
    """
    from statistics import NormalDist

    quantile = NormalDist().inv_cdf

    def one(q: float) -> float:
        if 0.0 < q < 1.0:
            return quantile(q)
        return -math.inf if q == 0.0 else (math.inf if q == 1.0 else math.nan)

    return _each(one, p)


def ndtri(p: Any) -> Any:
    """:func:`scipy.special.ndtri`: the standard normal quantile of ``p`` (vectorized, for
    arrays of any size).

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


def _each(function: Callable[[float], float], values: npt.ArrayLike) -> Any:
    array = np.asarray(values, dtype=np.float64)
    result = np.array([function(v) for v in array.ravel().tolist()], dtype=np.float64)
    return result.reshape(array.shape)[()]


def betaincinv(a: npt.ArrayLike, b: npt.ArrayLike, y: npt.ArrayLike) -> Any:
    """The ``x`` with ``I_x(a, b) = y`` (as :func:`scipy.special.betaincinv`), by Newton's
    method on :func:`betainc` kept inside a shrinking bracket (a bisection step, geometric
    near 0, whenever Newton would leave it), to within a few units of the last place. A
    float64 for scalars, else an array.

    Examples
    --------
    >>> float(betaincinv(1.0, 1.0, 0.25))
    0.25
    >>> round(float(betaincinv(2.0, 3.0, 0.6875)), 12)  # betainc(2, 3, 0.5) = 11/16
    0.5
    """
    shaped, aa, bb, yy, ok, corr, sc = _prepared(a, b, y)
    out = np.full(aa.shape, np.nan)
    ok = (ok != 0) & (yy >= 0) & (yy <= 1)
    out[ok & (yy == 0)] = 0.0
    out[ok & (yy == 1)] = 1.0
    inner = np.flatnonzero(ok & (yy > 0) & (yy < 1))
    out[inner] = _solve(aa[inner], bb[inner], yy[inner], corr[inner], sc[inner])
    return out.reshape(shaped.shape)[()]


def _solve(
    a: FloatArray, b: FloatArray, y: FloatArray, correction: FloatArray, scale: FloatArray
) -> FloatArray:
    out = np.empty_like(y)
    if y.size == 0:
        return out
    rows = np.arange(y.size)
    low, high = np.zeros_like(y), np.ones_like(y)
    # start from the normal approximation (the mean, where it falls outside (0, 1))
    mean = a / (a + b)
    guess = mean + normal_quantiles(y) * np.sqrt(mean * (1.0 - mean) / (a + b + 1.0))
    x = np.where((guess > 0) & (guess < 1), guess, mean)
    for _ in range(_MAX_NEWTON):
        value, power = _inside(a, b, x, correction, scale)
        below = value < y
        low = np.where(below, x, low)
        high = np.where(below, high, x)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            # Halley's step: the density is power / (x (1 - x)), its logarithmic derivative
            # (a - 1) / x - (b - 1) / (1 - x)
            newton = (value - y) * (x * (1.0 - x)) / power
            bend = 1.0 - _HALF * newton * ((a - 1.0) / x - (b - 1.0) / (1.0 - x))
            step = np.where(np.isfinite(bend) & (bend > _HALF), newton / bend, newton)
            guess = x - step
        inside = (guess > low) & (guess < high)
        split = np.where(
            low > 0, np.sqrt(low * high), high * _GEOMETRIC
        )  # orders of magnitude at a time near 0
        split = np.where(high - low < _HALF * high, _HALF * (low + high), split)
        settled = (value == y) | (np.abs(step) <= _NEWTON_TOLERANCE * x)
        new = np.where(settled, x, np.where(inside, guess, split))
        done = settled | (np.abs(new - x) <= _NEWTON_TOLERANCE * new)
        done |= high - low <= _NEWTON_TOLERANCE * high
        x = new
        if done.any():
            out[rows[done]] = x[done]
            keep = ~done
            if not keep.any():
                return out
            rows, a, b, y, x = rows[keep], a[keep], b[keep], y[keep], x[keep]
            correction, scale = correction[keep], scale[keep]
            low, high = low[keep], high[keep]
    raise ArithmeticError("the incomplete beta inverse did not converge")  # pragma: no cover


def betainc(a: npt.ArrayLike, b: npt.ArrayLike, x: npt.ArrayLike) -> FloatArray:
    """The regularized incomplete beta function ``I_x(a, b)``, with numpy (as
    :func:`scipy.special.betainc`, to within about 1e-15 for ``a, b`` up to a few thousand and
    1e-13 up to 100,000).

    ``I_x(a, b) = x^a (1 - x)^b / (a B(a, b)) F``, ``F`` the continued fraction of the
    incomplete beta function (modified Lentz), taken at ``x`` when ``x`` is below
    ``(a + 1) / (a + b + 2)`` and through ``I_x(a, b) = 1 - I_(1-x)(b, a)`` otherwise (where
    it converges quickly). The power term is ``sqrt(ab / (2 pi (a + b)))`` times
    ``exp(a ln(x / x0) + b ln((1 - x) / (1 - x0)))`` with ``x0 = a / (a + b)`` and Stirling's
    corrections of the three gamma functions, the deviation ``x (a + b) - a`` computed without
    rounding its products: large ``a`` and ``b`` lose no digits to ``ln Gamma``. NaN where
    ``a`` or ``b`` is not positive and finite or ``x`` is outside [0, 1].

    Examples
    --------
    >>> betainc([1.0, 2.0, 2.0], [1.0, 3.0, 3.0], [0.25, 0.0, 1.0]).tolist()
    [0.25, 0.0, 1.0]
    >>> round(float(betainc(0.5, 0.5, 0.5)), 15)  # arcsine law: 2 asin(sqrt x) / pi
    0.5
    """
    shaped, aa, bb, xx, ok, corr, sc = _prepared(a, b, x)
    out = np.full(aa.shape, np.nan)
    ok = (ok != 0) & (xx >= 0) & (xx <= 1)
    out[ok & (xx == 0)] = 0.0
    out[ok & (xx == 1)] = 1.0
    inner = np.flatnonzero(ok & (xx > 0) & (xx < 1))
    out[inner] = _inside(aa[inner], bb[inner], xx[inner], corr[inner], sc[inner])[0]
    result: FloatArray = out.reshape(shaped.shape)
    return result


def _prepared(a: npt.ArrayLike, b: npt.ArrayLike, *others: npt.ArrayLike) -> tuple[FloatArray, ...]:
    """Flat, broadcast ``a``, ``b``, the others, whether ``a`` and ``b`` are valid, and the
    Stirling correction and the scale of the power term (computed before broadcasting)."""
    a_in = np.asarray(a, dtype=np.float64)
    b_in = np.asarray(b, dtype=np.float64)
    valid = (a_in > 0) & (b_in > 0) & np.isfinite(a_in) & np.isfinite(b_in)
    with np.errstate(invalid="ignore", divide="ignore"):
        a_ok = np.where(valid, a_in, 1.0)
        b_ok = np.where(valid, b_in, 1.0)
        correction = _stirling_rest(a_ok + b_ok) - _stirling_rest(a_ok) - _stirling_rest(b_ok)
        scale = np.sqrt(a_ok * b_ok / (2 * math.pi * (a_ok + b_ok)))
    rest = [np.asarray(o, dtype=np.float64) for o in others]
    arrays = np.broadcast_arrays(a_ok, b_ok, *rest, valid, correction, scale)
    return (np.empty(arrays[0].shape), *(np.ravel(v) for v in arrays))


def _inside(
    a: FloatArray, b: FloatArray, x: FloatArray, correction: FloatArray, scale: FloatArray
) -> tuple[FloatArray, FloatArray]:
    """``I_x(a, b)`` and the power term ``x^a (1 - x)^b / B(a, b)``, for ``0 < x < 1``."""
    flip = x > (a + 1) / (a + b + 2)
    p = np.where(flip, b, a)
    q = np.where(flip, a, b)
    u = np.where(flip, 1.0 - x, x)
    v = np.where(flip, x, 1.0 - x)
    total = p + q
    deviation = _deviation(u, v, p, q)
    exponent = p * _log1pmx(u, p / total, deviation / p) + q * _log1pmx(
        v, q / total, -deviation / q
    )
    power = scale * np.exp(exponent + correction)
    value = np.zeros_like(power)
    live = power > 0  # else below the smallest double: the fraction is not needed
    value[live] = power[live] / p[live] * _fraction(p[live], q[live], u[live])
    return np.where(flip, 1.0 - value, value), power


def _stirling_rest(z: FloatArray) -> FloatArray:
    """``ln Gamma(z) - ((z - 1/2) ln z - z + ln(2 pi) / 2)`` for ``z > 0``: Stirling's series
    from 10, below it ``rest(z) = rest(z + 1) + (z + 1/2) ln(1 + 1/z) - 1``."""
    z = np.array(z, dtype=np.float64)
    rest = np.zeros_like(z)
    small = z < _STIRLING_FROM
    while small.any():
        w = z[small]
        rest[small] += (w + 0.5) * np.log1p(1.0 / w) - 1.0
        z[small] = w + 1.0
        small = z < _STIRLING_FROM
    inverse = 1.0 / z
    square = inverse * inverse
    series = np.zeros_like(z)
    for c in reversed(_STIRLING):
        series = series * square + c
    result: FloatArray = rest + series * inverse
    return result


def _log1pmx(v: FloatArray, v0: FloatArray, t: FloatArray) -> FloatArray:
    """``ln(v / v0) - t`` where ``t = v / v0 - 1``: near 0 as ``-t^2 / (2 + t)`` plus the odd
    series of ``2 atanh(w)``, ``w = t / (2 + t)``, so that nothing cancels."""
    near = np.abs(t) < _NEAR
    tn = np.where(near, t, 0.0)
    w = tn / (2.0 + tn)
    square = w * w
    series = np.zeros_like(w)
    for k in range(_LOG_TERMS, 0, -1):
        series = series * square + 1.0 / (2 * k + 1)
    close = -tn * tn / (2.0 + tn) + 2.0 * w * square * series
    with np.errstate(divide="ignore"):
        far = np.log(v) - np.log(v0) - t
    result: FloatArray = np.where(near, close, far)
    return result


def _split(x: FloatArray) -> tuple[FloatArray, FloatArray]:
    big = _SPLIT * x
    high = big - (big - x)
    return high, x - high


def _times(x: FloatArray, y: FloatArray) -> tuple[FloatArray, FloatArray]:
    """``x * y`` as an exact sum ``high + low`` (Dekker's product)."""
    high = x * y
    xh, xl = _split(x)
    yh, yl = _split(y)
    low = ((xh * yh - high) + xh * yl + xl * yh) + xl * yl
    return high, low


def _deviation(u: FloatArray, v: FloatArray, p: FloatArray, q: FloatArray) -> FloatArray:
    """``u q - (1 - u) p`` (``= u (p + q) - p``) from ``v``, ``1 - u`` rounded, without the
    rounding of either product."""
    rest = (1.0 - v) - u  # 1 - u = v - rest exactly (both differences are exact)
    h1, l1 = _times(u, q)
    h2, l2 = _times(v, p)
    result: FloatArray = (h1 - h2) + ((l1 - l2) + rest * p)
    return result


def _fraction(a: FloatArray, b: FloatArray, x: FloatArray) -> FloatArray:
    """The continued fraction ``1 / (1 + d1 / (1 + d2 / (1 + ...)))`` of the incomplete beta
    function, ``d(2m+1) = -(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1))`` and
    ``d(2m) = m (b - m) x / ((a + 2m - 1)(a + 2m))``, by the modified Lentz method, each
    element until its last factor is 1 to within the float64 epsilon."""
    if x.size <= _ONE_BY_ONE:
        # the same operations on Python floats (IEEE doubles, as numpy's): the same results,
        # without the cost of numpy calls on a few elements
        return np.array(
            [_fraction_one(*v) for v in zip(a.tolist(), b.tolist(), x.tolist(), strict=True)],
            dtype=np.float64,
        )
    out = np.empty_like(x)
    rows = np.arange(x.size)
    d = _nonzero(1.0 - (a + b) * x / (a + 1.0))
    d = 1.0 / d
    c = np.ones_like(x)
    h = d.copy()
    for m in range(1, _MAX_TERMS):
        even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
        d = 1.0 / _nonzero(1.0 + even * d)
        c = _nonzero(1.0 + even / c)
        h = h * (c * d)
        odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
        d = 1.0 / _nonzero(1.0 + odd * d)
        c = _nonzero(1.0 + odd / c)
        delta = c * d
        h = h * delta
        done = np.abs(delta - 1.0) <= _EPS
        if done.any():
            out[rows[done]] = h[done]
            keep = ~done
            if not keep.any():
                return out
            rows, a, b, x = rows[keep], a[keep], b[keep], x[keep]
            c, d, h = c[keep], d[keep], h[keep]
    raise ArithmeticError("the incomplete beta fraction did not converge")  # pragma: no cover


def _fraction_one(a: float, b: float, x: float) -> float:
    """:func:`_fraction` of one element, operation for operation."""
    d = 1.0 / _nonzero_one(1.0 - (a + b) * x / (a + 1.0))
    c = 1.0
    h = d
    for m in range(1, _MAX_TERMS):
        even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
        d = 1.0 / _nonzero_one(1.0 + even * d)
        c = _nonzero_one(1.0 + even / c)
        h = h * (c * d)
        odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
        d = 1.0 / _nonzero_one(1.0 + odd * d)
        c = _nonzero_one(1.0 + odd / c)
        delta = c * d
        h = h * delta
        if abs(delta - 1.0) <= _EPS:
            return h
    raise ArithmeticError("the incomplete beta fraction did not converge")  # pragma: no cover


def _nonzero_one(value: float) -> float:
    return _TINY if abs(value) < _TINY else value


def _nonzero(values: FloatArray) -> FloatArray:
    result: FloatArray = np.where(np.abs(values) < _TINY, _TINY, values)
    return result
