"""Published salary-survey tables as continuous distributions.

A :class:`SurveyTable` holds the percentiles a survey publishes (P10, P25, P50, P75, P90 or any
subset) with their currency, pay period, date and source, and answers ``cdf``, ``ppf``,
``percentile_of`` and ``sample`` on scalars and arrays alike.

The distribution (``fit="interpolate"``, the default)
-----------------------------------------------------
* **Between published points: log-linear interpolation.** The percentile is linear in the
  logarithm of the amount between two adjacent exact points ``(p_a, x_a)`` and ``(p_b, x_b)``:
  ``p = p_a + (p_b - p_a) * ln(x / x_a) / ln(x_b / x_a)``. It is monotone, passes through every
  published point, is its own exact inverse (``ppf`` is the same straight line read the other
  way) and is one of the two hand methods of compensation practice (linear in x, or in ln x).
  For US Software Developers (OEWS May 2025) $150,000 lies at P60.4 (linear in x: P59.7). A
  monotone cubic (PCHIP) of the normal score against ln x was the alternative considered: it
  is smoother and exact for lognormal data, but has no closed-form inverse and puts $150,000
  at P61.0; the straight line was preferred for exact round trips and hand-checkable answers.
* **Outside the outer published points: lognormal tails.** Below the lowest exact point the
  distribution is the lognormal through the two lowest exact points, above the highest one the
  lognormal through the two highest (``sigma = (ln x_b - ln x_a) / (z_b - z_a)``, ``z`` the
  standard-normal score of the percentile), each anchored at its outer point so the cdf is
  continuous.
* **Top-coded points are lower bounds.** A top-coded percentile ``p_c`` with bound ``b`` (BLS
  footnote 5: "the wage is at least ...") only says ``cdf(b) <= p_c``: at least ``1 - p_c`` of the
  mass lies at or above ``b``. It is never used as a point. The upper tail is the fitted
  lognormal of the two highest exact points, widened (a larger ``sigma``) just enough to satisfy
  every such constraint.

``fit="lognormal"`` uses one lognormal for the whole table instead: least squares of ``ln x_i``
on ``z_i`` over the exact points (:meth:`SurveyTable.lognormal_fit`), subject to the top-coded
constraints ``mu + sigma z_c >= ln b``. For the developers above it puts $150,000 at P61.8
(fitted P10 / P90: 83,393 / 216,014; published 82,460 / 214,670). Set it on the table
(``from_percentiles(..., fit="lognormal")``) or per call (``percentile_of(x, fit="lognormal")``).

Examples
--------
>>> from expectgap.market import SurveyTable
>>> devs = SurveyTable.from_percentiles(
...     {10: 82_460, 25: 105_210, 50: 135_980, 75: 171_980, 90: 214_670},
...     currency="USD", source="BLS OEWS May 2025, 15-1252, national")
>>> round(devs.percentile_of(150_000), 1)
60.4
>>> round(devs.ppf(0.5))
135980
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import itertools
import math
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, SupportsFloat

import numpy as np
import numpy.typing as npt

from expectgap._files import MAX_FILE_BYTES, decode, read_file
from expectgap._limits import shown
from expectgap._special import ndtr, ndtri, normal_quantiles
from expectgap._vector import Shape, amounts, bad_positions_text
from expectgap.errors import InvalidInput
from expectgap.market import adjust
from expectgap.market._units import plain
from expectgap.money import MAX_NUMBER_TEXT, Basis, Period, currency

if TYPE_CHECKING:
    from expectgap.payroll import PayrollEngine

__all__ = ["FITS", "MAX_SAMPLE", "LognormalFit", "SurveyTable"]

FloatArray = npt.NDArray[np.float64]
Fit = Literal["interpolate", "lognormal"]
FITS: tuple[Fit, ...] = ("interpolate", "lognormal")

_PERCENT = 100.0

#: Most draws one :meth:`SurveyTable.sample` call returns (80 MB of float64).
MAX_SAMPLE = 10_000_000
_TRUE_WORDS = frozenset({"1", "true", "yes", "y", "x"})
_FALSE_WORDS = frozenset({"", "0", "false", "no", "n"})


@dataclass(frozen=True)
class LognormalFit:
    """A lognormal fitted to a survey table: ``ln X ~ Normal(mu, sigma)``.

    Attributes
    ----------
    mu, sigma : float
        Mean and standard deviation of ``ln X``; the median is ``exp(mu)``.
    rmse : float
        Root-mean-square residual of ``ln x_i`` over the exact points (0 for a perfect fit;
        0.05 means the published points sit about 5% off the fitted curve).

    Examples
    --------
    >>> fit = LognormalFit(mu=11.0, sigma=0.4, rmse=0.0)
    >>> round(fit.median), round(fit.mean)
    (59874, 64861)
    """

    mu: float
    sigma: float
    rmse: float

    @property
    def median(self) -> float:
        """The fitted median, ``exp(mu)``.

        Examples
        --------
        >>> LognormalFit(0.0, 1.0, 0.0).median
        1.0
        """
        return math.exp(self.mu)

    @property
    def mean(self) -> float:
        """The fitted mean, ``exp(mu + sigma**2 / 2)``.

        Examples
        --------
        >>> round(LognormalFit(0.0, 1.0, 0.0).mean, 4)
        1.6487
        """
        return math.exp(self.mu + self.sigma**2 / 2)


@dataclass(frozen=True)
class _Curve:
    """Percentile as a function of ln(amount): log-linear inside, lognormal tails outside."""

    u: FloatArray  # ln(value) at the exact points, rising
    p: FloatArray  # their percentiles (0-100), rising
    sigma_low: float
    sigma_high: float
    exact: FloatArray | None = None  # the published amounts at ``p``, when there are any

    def percent(self, u: FloatArray) -> FloatArray:
        result = np.interp(u, self.u, self.p)
        low = u < self.u[0]
        if low.any():
            z = ndtri(self.p[0] / _PERCENT) + (u[low] - self.u[0]) / self.sigma_low
            result[low] = _PERCENT * ndtr(z)
        high = u > self.u[-1]
        if high.any():
            z = ndtri(self.p[-1] / _PERCENT) + (u[high] - self.u[-1]) / self.sigma_high
            result[high] = _PERCENT * ndtr(z)
        return result

    def log_value(self, percent: FloatArray) -> FloatArray:
        result = np.interp(percent, self.p, self.u)
        low = percent < self.p[0]
        if low.any():
            z = ndtri(percent[low] / _PERCENT) - ndtri(self.p[0] / _PERCENT)
            result[low] = self.u[0] + self.sigma_low * z
        high = percent > self.p[-1]
        if high.any():
            z = ndtri(percent[high] / _PERCENT) - ndtri(self.p[-1] / _PERCENT)
            result[high] = self.u[-1] + self.sigma_high * z
        return result

    def value(self, percent: FloatArray) -> FloatArray:
        """Amounts at ``percent``; a published percentile gives back its published amount exactly
        (``exp(ln x)`` can be one unit in the last place off)."""
        result = np.exp(self.log_value(percent))
        k = np.minimum(np.searchsorted(self.p, percent), self.p.size - 1)
        hit = self.p[k] == percent
        result[hit] = np.exp(self.u)[k[hit]] if self.exact is None else self.exact[k[hit]]
        return result


#: What a table's amounts measure, and what a placed figure measures (like must meet like).
MEASURES = {
    "base_wage": "base wage (no bonus, no equity)",
    "cash": "cash pay (base, allowances and bonuses)",
    "total_compensation": "total compensation (cash, sign-on, equity and benefits)",
}
MISMATCH = ("raise", "warn")


@dataclass(frozen=True)
class SurveyTable:
    """A published percentile table, usable as a continuous pay distribution.

    Build one with :meth:`from_percentiles` (or :meth:`from_csv`, :meth:`from_toml`,
    :func:`expectgap.datasets.oews`). The table is immutable; adjustments return new tables.

    Parameters
    ----------
    percentiles : tuple of float
        Published percentiles, strictly between 0 and 100, rising.
    values : tuple of float
        The amount at each percentile (> 0, rising strictly). For a top-coded percentile this is
        the lower bound.
    currency : str
        ISO 4217 code.
    period : Period or str
        Pay period of the amounts (default annual).
    n : int, optional
        Number of observations behind the table (enables a percentile CI in
        :func:`expectgap.position`); None when unknown.
    as_of : datetime.date, optional
        Reference date of the amounts (needed by :meth:`aged_to`).
    source : str, optional
        Where the figures come from.
    top_coded : tuple of float
        Percentiles whose value is only a lower bound (e.g. BLS footnote 5). They must be the
        highest percentiles of the table; several may share one bound.
    mean : float, optional
        Published mean, if any (kept as information; the distribution uses the percentiles).
    fit : {"interpolate", "lognormal"}
        Log-linear interpolation with lognormal tails (default), or one lognormal for the table.
    measure : str, optional
        What the amounts measure: ``"base_wage"``, ``"cash"`` or ``"total_compensation"``
        (:data:`MEASURES`); None when the source does not say. A figure of another measure is
        refused by :func:`check_measure` (and :func:`expectgap.position`).

    Raises
    ------
    InvalidInput
        Values not rising strictly with the percentile (the offending points are named), fewer
        than two exact points, a percentile outside (0, 100), a top-coded percentile below an
        exact one, an unknown currency, period or fit.

    Examples
    --------
    >>> t = SurveyTable((25, 50, 75), (4_000_000, 5_000_000, 6_500_000), "JPY")
    >>> t.period
    <Period.ANNUAL: 'annual'>
    >>> SurveyTable((25, 50), (5_000_000, 4_000_000), "JPY")
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: values: got 'P50 4000000 is not above P25 5000000'; expected amounts that rise strictly with the percentile
    """

    def _repr_html_(self) -> str:
        """An HTML table for Jupyter."""
        from expectgap import _html

        return _html.survey_table(self)

    percentiles: tuple[float, ...]
    values: tuple[float, ...]
    currency: str
    period: Period = Period.ANNUAL
    n: int | None = None
    as_of: date | None = None
    source: str | None = None
    top_coded: tuple[float, ...] = ()
    mean: float | None = None
    fit: Fit = "interpolate"
    measure: str | None = None

    def __post_init__(self) -> None:
        percentiles = _number_tuple(self.percentiles, "percentiles")
        values = _number_tuple(self.values, "values")
        if len(percentiles) != len(values):
            raise InvalidInput(
                "values", f"{len(values)} values", f"one value per percentile ({len(percentiles)})"
            )
        bad = [p for p in percentiles if not 0 < p < _PERCENT]
        if bad:
            raise InvalidInput("percentiles", bad, "percentiles strictly between 0 and 100")
        order = sorted(range(len(percentiles)), key=lambda i: percentiles[i])
        percentiles = tuple(percentiles[i] for i in order)
        values = tuple(values[i] for i in order)
        repeated = sorted({p for p, q in itertools.pairwise(percentiles) if p == q})
        if repeated:
            raise InvalidInput("percentiles", repeated, "each percentile once")
        if any(v <= 0 for v in values):
            raise InvalidInput("values", [v for v in values if v <= 0], "amounts > 0")
        top = tuple(sorted(_number_tuple(self.top_coded, "top_coded")))
        # Exact points rise strictly; a top-coded bound (a lower bound, never a point) needs only
        # to be no lower than the point before it (BLS publishes one bound for several cells).
        falling = [
            f"P{_fmt(pb)} {_fmt(vb)} is not above P{_fmt(pa)} {_fmt(va)}"
            for (pa, va), (pb, vb) in itertools.pairwise(zip(percentiles, values, strict=True))
            if (vb < va if pb in top else vb <= va)
        ]
        if falling:
            raise InvalidInput(
                "values", "; ".join(falling), "amounts that rise strictly with the percentile"
            )
        unknown = [p for p in top if p not in percentiles]
        if unknown:
            raise InvalidInput(
                "top_coded", unknown, f"some of the table's percentiles {percentiles}"
            )
        exact = [p for p in percentiles if p not in top]
        if len(exact) < 2:
            raise InvalidInput(
                "percentiles", percentiles, "at least two exact (not top-coded) percentiles"
            )
        if top and top[0] < exact[-1]:
            raise InvalidInput(
                "top_coded",
                top,
                f"the highest percentiles only (a top-coded point below exact P{_fmt(exact[-1])} "
                "cannot be a lower bound)",
            )
        object.__setattr__(self, "percentiles", percentiles)
        object.__setattr__(self, "values", values)
        object.__setattr__(self, "top_coded", top)
        object.__setattr__(self, "currency", currency(self.currency).code)
        object.__setattr__(self, "period", Period.parse(self.period))
        if self.n is not None and (
            isinstance(self.n, bool) or not isinstance(self.n, int | np.integer) or self.n < 1
        ):
            raise InvalidInput("n", self.n, "a whole number of observations >= 1, or None")
        if self.n is not None:
            object.__setattr__(self, "n", int(self.n))
        if isinstance(self.as_of, str):
            object.__setattr__(self, "as_of", _parse_date(self.as_of, "as_of"))
        elif self.as_of is not None and not isinstance(self.as_of, date):
            raise InvalidInput("as_of", self.as_of, "a datetime.date or ISO date string, or None")
        if self.mean is not None:
            mean = _number_tuple((self.mean,), "mean")[0]
            if mean <= 0:
                raise InvalidInput("mean", self.mean, "an amount > 0, or None")
            object.__setattr__(self, "mean", mean)
        if self.fit not in FITS:
            raise InvalidInput("fit", self.fit, "one of " + ", ".join(FITS))
        if self.measure is not None and self.measure not in MEASURES:
            raise InvalidInput("measure", self.measure, "one of " + ", ".join(MEASURES))

    def check_measure(self, measure: str | None, *, mismatch: str = "raise") -> bool:
        """Check that a figure of ``measure`` may be placed in the table: :func:`check_measure`.

        Examples
        --------
        >>> SurveyTable((25, 75), (1.0, 2.0), "USD", measure="cash").check_measure("cash")
        True
        """
        return check_measure(self, measure, mismatch=mismatch)

    # --- construction -------------------------------------------------------------------------
    @classmethod
    def from_percentiles(
        cls,
        points: Mapping[float, float],
        *,
        currency: str,
        period: Period | str = Period.ANNUAL,
        n: int | None = None,
        as_of: date | str | None = None,
        source: str | None = None,
        top_coded: Iterable[float] = (),
        mean: float | None = None,
        fit: Fit = "interpolate",
        measure: str | None = None,
    ) -> SurveyTable:
        """Build a table from ``{percentile: amount}``.

        Parameters
        ----------
        points : mapping of float to float
            Any subset of percentiles (0-100 exclusive) and their amounts, e.g.
            ``{10: ..., 25: ..., 50: ..., 75: ..., 90: ...}``.
        currency, period, n, as_of, source, top_coded, mean, fit, measure
            See :class:`SurveyTable`.

        Returns
        -------
        SurveyTable

        Raises
        ------
        InvalidInput
            See :class:`SurveyTable`.

        Examples
        --------
        >>> t = SurveyTable.from_percentiles({50: 330_400, 10: 210_000, 90: 520_000},
        ...                                  currency="JPY", period="monthly")
        >>> t.percentiles
        (10.0, 50.0, 90.0)
        >>> SurveyTable.from_percentiles({25: 40, 50: 50, 75: 60, "mean": 51}, currency="USD").mean
        51.0
        """
        if not isinstance(points, Mapping):
            raise InvalidInput("points", points, "a mapping {percentile: amount}")
        published: dict[Any, float] = dict(points.items())
        if "mean" in published:
            if mean is not None:
                raise InvalidInput("mean", mean, "the mean given once, as a key or a keyword")
            mean = published.pop("mean")
        return cls(
            tuple(published.keys()),
            tuple(published.values()),
            currency,
            Period.parse(period),
            n,
            _as_date(as_of),
            source,
            _sequence(top_coded, "top_coded"),
            mean,
            fit,
            measure,
        )

    @classmethod
    def from_csv(
        cls,
        file: str | Path | IO[str],
        *,
        currency: str,
        period: Period | str = Period.ANNUAL,
        n: int | None = None,
        as_of: date | str | None = None,
        source: str | None = None,
        mean: float | None = None,
        fit: Fit = "interpolate",
        measure: str | None = None,
    ) -> SurveyTable:
        """Read a table from a CSV file with columns ``percentile,value[,top_coded]``.

        ``top_coded`` (optional) holds true/false, yes/no or 1/0 (empty means false). Amounts may
        use thousands separators (``"1,200"`` quoted). The other fields are keyword arguments;
        ``source`` defaults to the file name.

        Parameters
        ----------
        file : path or text file object
            The CSV file.
        currency, period, n, as_of, source, mean, fit, measure
            See :class:`SurveyTable`.

        Returns
        -------
        SurveyTable

        Raises
        ------
        InvalidInput
            Missing columns, unreadable numbers, or an invalid table.

        Examples
        --------
        >>> import io
        >>> text = "percentile,value,top_coded\\n25,61000\\n50,78000\\n75,99000\\n90,120000,yes\\n"
        >>> t = SurveyTable.from_csv(io.StringIO(text), currency="USD", source="my survey")
        >>> t.top_coded
        (90.0,)
        """
        if isinstance(file, str | Path):
            handle: IO[str] = io.StringIO(read_file(Path(file), "file", str(file)), newline="")
            default_source: str | None = Path(file).name
        else:
            handle = file
            default_source = None
        try:
            rows = list(csv.DictReader(handle))
        except csv.Error as exc:
            raise InvalidInput("file", "unreadable CSV", f"valid CSV ({exc})") from None
        except (OSError, UnicodeDecodeError, TypeError, AttributeError) as exc:
            raise InvalidInput("file", type(exc).__name__, "a readable text file") from None
        points: dict[float, float] = {}
        lines: dict[float, int] = {}
        top: list[float] = []
        for line, row in enumerate(rows, start=2):
            if "percentile" not in row or "value" not in row:
                raise InvalidInput(
                    "file", f"{len(row)} other columns", "columns percentile,value[,top_coded]"
                )
            percentile = _number_tuple((row["percentile"],), f"line {line}: percentile")[0]
            if percentile in lines:
                raise InvalidInput(
                    f"lines {lines[percentile]} and {line}: percentile",
                    _fmt(percentile),
                    "each percentile once",
                )
            lines[percentile] = line
            points[percentile] = _number_tuple((row["value"],), f"line {line}: value")[0]
            flag = (row.get("top_coded") or "").strip().lower()
            if flag not in _TRUE_WORDS | _FALSE_WORDS:
                raise InvalidInput(f"line {line}: top_coded", flag, "true/false, yes/no or 1/0")
            if flag in _TRUE_WORDS:
                top.append(percentile)
        return cls.from_percentiles(
            points,
            currency=currency,
            period=period,
            n=n,
            as_of=as_of,
            source=source if source is not None else default_source,
            top_coded=top,
            mean=mean,
            fit=fit,
            measure=measure,
        )

    @classmethod
    def from_toml(cls, file: str | Path | IO[bytes]) -> SurveyTable:
        """Read a table from a TOML file.

        The file holds ``currency`` (required), optional ``period``, ``n``, ``as_of`` (a TOML
        date), ``source``, ``mean``, ``top_coded`` (a list of percentiles) and ``fit``, and a
        ``[percentiles]`` table whose keys are the percentiles::

            currency = "JPY"
            period = "monthly"
            as_of = 2024-06-01
            source = "Company survey 2024 (illustrative)"
            [percentiles]
            25 = 280000
            50 = 330400
            75 = 400000

        Parameters
        ----------
        file : path or binary file object
            The TOML file.

        Returns
        -------
        SurveyTable

        Raises
        ------
        InvalidInput
            A missing ``currency`` or ``[percentiles]``, an unknown key, or an invalid table.

        Examples
        --------
        >>> import io
        >>> text = b'currency = "JPY"\\nas_of = 2024-06-01\\n[percentiles]\\n25 = 280000\\n75 = 400000\\n'
        >>> SurveyTable.from_toml(io.BytesIO(text)).as_of
        datetime.date(2024, 6, 1)
        """
        try:
            if isinstance(file, str | Path):
                raw = tomllib.loads(read_file(Path(file), "file", str(file)))
                default_source: str | None = Path(file).name
            elif hasattr(file, "read"):
                raw = tomllib.loads(decode(file.read(MAX_FILE_BYTES + 1), "file", "<stream>"))
                default_source = None
            else:
                raise InvalidInput("file", type(file).__name__, "a path or a binary file object")
        except tomllib.TOMLDecodeError as exc:
            raise InvalidInput("file", str(exc), "valid TOML") from None
        except RecursionError:
            raise InvalidInput("file", "arrays or tables nested too deeply", "valid TOML") from None
        allowed = {"currency", "period", "n", "as_of", "source", "mean", "top_coded", "fit"}
        known = allowed | {"measure", "percentiles"}
        unknown = sorted(set(raw) - known)
        if unknown:
            raise InvalidInput("file", unknown, "keys " + ", ".join(sorted(known)))
        if "currency" not in raw or not isinstance(raw.get("percentiles"), dict):
            raise InvalidInput("file", sorted(raw), "a currency and a [percentiles] table")
        points: dict[float, Any] = {}
        keys: dict[float, str] = {}
        for key, value in raw["percentiles"].items():
            percentile = _number_tuple((shown(key),), "percentiles")[0]
            if percentile in keys:
                raise InvalidInput(
                    "percentiles",
                    f"{keys[percentile]!r} and {shown(key)!r}",
                    "each percentile once (these two keys are the same percentile)",
                )
            keys[percentile] = shown(key)
            points[percentile] = value
        return cls.from_percentiles(
            points,
            currency=raw["currency"],
            period=raw.get("period", Period.ANNUAL),
            n=raw.get("n"),
            as_of=raw.get("as_of"),
            source=raw.get("source", default_source),
            top_coded=raw.get("top_coded", ()),
            mean=raw.get("mean"),
            fit=raw.get("fit", "interpolate"),
            measure=raw.get("measure"),
        )

    # --- the points ---------------------------------------------------------------------------
    @property
    def exact(self) -> dict[float, float]:
        """The exactly published points ``{percentile: amount}`` (top-coded ones left out).

        Examples
        --------
        >>> t = SurveyTable((50, 75, 90), (100, 150, 200), "USD", top_coded=(90,))
        >>> t.exact
        {50.0: 100.0, 75.0: 150.0}
        """
        return {
            p: v
            for p, v in zip(self.percentiles, self.values, strict=True)
            if p not in self.top_coded
        }

    @property
    def bounds(self) -> dict[float, float]:
        """The top-coded points ``{percentile: lower bound}``.

        Examples
        --------
        >>> SurveyTable((50, 75, 90), (100, 150, 200), "USD", top_coded=(90,)).bounds
        {90.0: 200.0}
        """
        return {
            p: v for p, v in zip(self.percentiles, self.values, strict=True) if p in self.top_coded
        }

    # --- the distribution ---------------------------------------------------------------------
    def lognormal_fit(self) -> LognormalFit:
        """Fit one lognormal to the whole table.

        Least squares of ``ln x_i`` on ``z_i = Phi^-1(p_i / 100)`` over the exact points. Each
        top-coded point ``(p_c, b)`` adds the constraint ``mu + sigma z_c >= ln b`` (the fitted
        percentile is at least the bound); when the unconstrained fit breaks one, the best fit on
        the active constraints is taken. From quartiles alone this gives
        ``sigma = ln(P75 / P25) / (2 * 0.6745) = ln(P75 / P25) / 1.349``.

        Returns
        -------
        LognormalFit

        Examples
        --------
        >>> t = SurveyTable.from_percentiles({25: 40_000, 50: 50_000, 75: 62_500}, currency="USD")
        >>> fit = t.lognormal_fit()
        >>> round(fit.sigma, 4), round(math.log(62_500 / 40_000) / 1.349, 4)
        (0.3308, 0.3308)
        """
        return _fit_lognormal(self)

    def _curve(self, fit: Fit | None) -> _Curve:
        chosen = self.fit if fit is None else fit
        if chosen not in FITS:
            raise InvalidInput("fit", fit, "one of " + ", ".join(FITS) + ", or None")
        return self._lognormal if chosen == "lognormal" else self._interpolated

    @functools.cached_property
    def _lognormal(self) -> _Curve:
        fit = self.lognormal_fit()
        return _Curve(np.array([fit.mu]), np.array([_PERCENT / 2]), fit.sigma, fit.sigma)

    @functools.cached_property
    def _interpolated(self) -> _Curve:
        exact = self.exact
        p = np.array(list(exact), dtype=np.float64)
        published = np.array(list(exact.values()), dtype=np.float64)
        u = np.log(published)
        z = normal_quantiles(p / _PERCENT)
        sigma_low = float((u[1] - u[0]) / (z[1] - z[0]))
        sigma_high = float((u[-1] - u[-2]) / (z[-1] - z[-2]))
        for pc, bound in self.bounds.items():
            needed = (math.log(bound) - u[-1]) / (float(normal_quantiles(pc / _PERCENT)) - z[-1])
            sigma_high = max(sigma_high, float(needed))
        return _Curve(u, p, sigma_low, sigma_high, published)

    def cdf(self, x: Any, *, fit: Fit | None = None) -> Any:
        """Share of the distribution at or below ``x`` (0-1).

        Parameters
        ----------
        x : number, array, pandas Series or Money
            Amounts (finite, >= 0) in the table's currency and period; a
            :class:`~expectgap.Money` must match them.
        fit : {"interpolate", "lognormal"}, optional
            Override the table's ``fit`` for this call.

        Returns
        -------
        float, numpy.ndarray or pandas.Series
            Same shape as ``x``.

        Raises
        ------
        InvalidInput
            Negative, NaN or infinite amounts (positions listed).
        CurrencyMismatch, PeriodMismatch
            For a Money in another currency or period than the table.

        Examples
        --------
        >>> t = SurveyTable.from_percentiles({25: 40_000, 50: 50_000, 75: 62_500}, currency="USD")
        >>> t.cdf([40_000, 50_000])
        array([0.25, 0.5 ])
        """
        percent, shape = self._percent(plain(x, self.currency, self.period, "cdf"), fit)
        return shape.wrap_float(percent / _PERCENT)

    def percentile_of(self, x: Any, *, fit: Fit | None = None) -> Any:
        """Percentile rank (0-100) of amounts in this distribution.

        Parameters
        ----------
        x : number, array, pandas Series or Money
            Amounts (finite, >= 0) in the table's currency and period; a
            :class:`~expectgap.Money` must match them.
        fit : {"interpolate", "lognormal"}, optional
            Override the table's ``fit`` for this call.

        Returns
        -------
        float, numpy.ndarray or pandas.Series
            Same shape as ``x``; 0 for an amount of 0.

        Raises
        ------
        InvalidInput
            Negative, NaN or infinite amounts (positions listed).
        CurrencyMismatch, PeriodMismatch
            For a Money in another currency or period than the table.

        Examples
        --------
        >>> t = SurveyTable.from_percentiles({25: 40_000, 50: 50_000, 75: 62_500}, currency="USD")
        >>> t.percentile_of(50_000)
        50.0
        >>> round(t.percentile_of(45_000), 2)  # 25 + 25 * ln(45/40) / ln(50/40)
        38.2
        >>> round(t.percentile_of(45_000, fit="lognormal"), 2)  # Phi(ln(45/50) / 0.3308)
        37.51
        """
        percent, shape = self._percent(plain(x, self.currency, self.period, "percentile_of"), fit)
        return shape.wrap_float(percent)

    def _percent(self, x: Any, fit: Fit | None) -> tuple[FloatArray, Shape]:
        values, shape = amounts(x, "amount")
        flat = values.reshape(-1)
        positive = flat > 0
        u = np.log(np.where(positive, flat, 1.0))
        percent = np.where(positive, self._curve(fit).percent(u), 0.0)
        return percent.reshape(values.shape), shape

    def ppf(self, q: Any, *, fit: Fit | None = None) -> Any:
        """Amount at quantile ``q`` (0-1), the inverse of :meth:`cdf`.

        Parameters
        ----------
        q : number, array or pandas Series
            Quantiles in [0, 1]; 0 gives 0 and 1 gives infinity (the lognormal tails are
            unbounded).
        fit : {"interpolate", "lognormal"}, optional
            Override the table's ``fit`` for this call.

        Returns
        -------
        float, numpy.ndarray or pandas.Series

        Raises
        ------
        InvalidInput
            Quantiles outside [0, 1] or NaN (positions listed).

        Examples
        --------
        >>> t = SurveyTable.from_percentiles({25: 40_000, 50: 50_000, 75: 62_500}, currency="USD")
        >>> t.ppf([0.25, 0.5])
        array([40000., 50000.])
        """
        values, shape = amounts(q, "q")
        if (values > 1).any():
            listed = bad_positions_text(values > 1, values) if values.ndim else q
            raise InvalidInput("q", listed, "quantiles between 0 and 1")
        flat = values.reshape(-1) * _PERCENT
        inner = (flat > 0) & (flat < _PERCENT)
        inside = self._curve(fit).value(np.where(inner, flat, _PERCENT / 2))
        result = np.where(inner, inside, np.where(flat <= 0, 0.0, np.inf))
        return shape.wrap_float(result.reshape(values.shape))

    def sample(
        self, n: int, rng: np.random.Generator | int | None = None, *, fit: Fit | None = None
    ) -> FloatArray:
        """Draw ``n`` amounts from the distribution (inverse-transform sampling).

        Parameters
        ----------
        n : int
            Number of draws, from 0 to :data:`MAX_SAMPLE` (draw more in several calls).
        rng : numpy.random.Generator, int or None
            Random generator or seed.
        fit : {"interpolate", "lognormal"}, optional
            Override the table's ``fit`` for this call.

        Returns
        -------
        numpy.ndarray

        Examples
        --------
        >>> t = SurveyTable.from_percentiles({25: 40_000, 50: 50_000, 75: 62_500}, currency="USD")
        >>> draws = t.sample(100_000, rng=1)
        >>> bool(abs(np.median(draws) / 50_000 - 1) < 0.01)
        True
        """
        if isinstance(n, bool) or not isinstance(n, int | np.integer) or not 0 <= n <= MAX_SAMPLE:
            raise InvalidInput("n", n, f"a whole number of draws from 0 to {MAX_SAMPLE:,}")
        generator = np.random.default_rng(rng)
        draws = generator.random(int(n))
        # random() draws from [0, 1); an exact 0 (amount 0) becomes the smallest positive float
        draws = np.where(draws > 0, draws, np.nextafter(0.0, 1.0))
        result: FloatArray = self.ppf(draws, fit=fit)
        return result

    # --- adjustments (new tables; see expectgap.market.adjust) ---------------------------------
    def aged_to(self, when: date | str, annual_rate: float) -> SurveyTable:
        """Age the table to ``when`` at a compound annual rate; see :func:`adjust.aged_to`.

        Examples
        --------
        >>> t = SurveyTable((25, 75), (100.0, 200.0), "USD", as_of="2025-05-15")
        >>> t.aged_to("2026-05-15", 0.03).values
        (103.0, 206.0)
        """
        return adjust.aged_to(self, when, annual_rate)

    def scaled(self, factor: float) -> SurveyTable:
        """Multiply every amount by ``factor`` (a geographic differential); see :func:`adjust.scaled`.

        Examples
        --------
        >>> SurveyTable((25, 75), (100.0, 200.0), "USD").scaled(1.15).values
        (115.0, 230.0)
        """
        return adjust.scaled(self, factor)

    def converted(self, to: str, rate: float) -> SurveyTable:
        """Convert to currency ``to`` at ``rate`` units per unit; see :func:`adjust.converted`.

        Examples
        --------
        >>> SurveyTable((25, 75), (100.0, 200.0), "USD").converted("JPY", 150).values
        (15000.0, 30000.0)
        """
        return adjust.converted(self, to, rate)

    def to_period(self, period: Period | str, basis: Basis) -> SurveyTable:
        """Express the amounts per another period on an explicit basis; see :func:`adjust.to_period`.

        Examples
        --------
        >>> t = SurveyTable((25, 75), (41_600.0, 62_400.0), "USD")
        >>> t.to_period("hourly", Basis(hours_per_week=40, weeks_per_year=52)).values
        (20.0, 30.0)
        """
        return adjust.to_period(self, period, basis)

    def to_net(
        self,
        net: Callable[[FloatArray], Any] | PayrollEngine,
        *,
        year: int | None = None,
        region: object = None,
        label: str = "net",
        **options: Any,
    ) -> SurveyTable:
        """Map gross amounts to net through a function or a payroll engine; see
        :func:`adjust.to_net` (and its grade-boundary caveat).

        Examples
        --------
        >>> t = SurveyTable((25, 75), (100.0, 200.0), "USD")
        >>> t.to_net(lambda gross: gross * 0.8).values
        (80.0, 160.0)
        """
        return adjust.to_net(self, net, year=year, region=region, label=label, **options)


def check_measure(table: SurveyTable, measure: str | None, *, mismatch: str = "raise") -> bool:
    """Check that a figure of ``measure`` may be placed in ``table`` (like with like).

    A figure whose measure differs from the table's (total compensation in a base-wage table)
    raises, or with ``mismatch="warn"`` warns (:class:`~expectgap.errors.MeasureMismatchWarning`)
    naming both measures. Nothing is checked when either side does not state its measure.

    Parameters
    ----------
    table : SurveyTable
    measure : str or None
        What the placed figure measures (:data:`MEASURES`).
    mismatch : {"raise", "warn"}

    Returns
    -------
    bool
        True when both measures are stated and equal, False when one is not stated or they
        differ (after a warning).

    Raises
    ------
    InvalidInput
        Measures that differ (with ``mismatch="raise"``), an unknown measure.

    Examples
    --------
    >>> t = SurveyTable((25, 75), (100.0, 200.0), "USD", measure="base_wage")
    >>> check_measure(t, "total_compensation")
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: measure: got 'total_compensation'; expected a figure of the table's measure, base wage (no bonus, no equity): total compensation (cash, sign-on, equity and benefits) placed in it would rank too high (pass mismatch='warn' to place it anyway)
    >>> check_measure(t, "base_wage")
    True
    """
    import warnings

    from expectgap.errors import MeasureMismatchWarning

    if measure is not None and measure not in MEASURES:
        raise InvalidInput("measure", measure, "one of " + ", ".join(MEASURES))
    if mismatch not in MISMATCH:
        raise InvalidInput("mismatch", mismatch, "one of " + ", ".join(MISMATCH))
    if measure is None or table.measure is None:
        return False
    if measure == table.measure:
        return True
    theirs, ours = MEASURES[table.measure], MEASURES[measure]
    if mismatch == "raise":
        raise InvalidInput(
            "measure",
            measure,
            f"a figure of the table's measure, {theirs}: {ours} placed in it would rank "
            f"{'too high' if _RANK[measure] > _RANK[table.measure] else 'too low'} "
            "(pass mismatch='warn' to place it anyway)",
        )
    warnings.warn(MeasureMismatchWarning(ours, theirs), stacklevel=2)
    return False


_RANK = {"base_wage": 0, "cash": 1, "total_compensation": 2}


def _number_tuple(values: Iterable[object], field: str) -> tuple[float, ...]:
    return tuple(_number(value, field) for value in values)


def _sequence(values: object, field: str) -> tuple[Any, ...]:
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise InvalidInput(field, values, "a list of percentiles")
    return tuple(values)


def _number(value: object, field: str) -> float:
    number = math.nan
    if isinstance(value, str):
        if len(value) > MAX_NUMBER_TEXT:
            raise InvalidInput(field, shown(value), "a finite number")
        with contextlib.suppress(ValueError):
            number = float(value.replace(",", "").strip())
    elif isinstance(value, SupportsFloat) and not isinstance(value, bool):
        number = float(value)
    if not math.isfinite(number):
        raise InvalidInput(field, value, "a finite number")
    return number


def _fmt(number: float) -> str:
    return f"{number:g}" if number != int(number) else str(int(number))


def _parse_date(text: str, field: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(field, text, "an ISO date YYYY-MM-DD") from None


def _as_date(value: date | str | None) -> date | None:
    return _parse_date(value, "as_of") if isinstance(value, str) else value


def _fit_lognormal(table: SurveyTable) -> LognormalFit:
    exact = table.exact
    z = normal_quantiles(np.array(list(exact), dtype=np.float64) / _PERCENT)
    u = np.log(np.array(list(exact.values()), dtype=np.float64))
    bounds = [(float(normal_quantiles(p / _PERCENT)), math.log(b)) for p, b in table.bounds.items()]

    def feasible(mu: float, sigma: float) -> bool:
        tolerance = 1e-12
        return sigma > 0 and all(mu + sigma * zc >= lb - tolerance for zc, lb in bounds)

    def sse(mu: float, sigma: float) -> float:
        return float(np.sum((u - mu - sigma * z) ** 2))

    sigma, mu = np.polyfit(z, u, 1)
    candidates = [(float(mu), float(sigma))]
    for zc, lb in bounds:  # one constraint active: mu = lb - sigma zc
        dz = z - zc
        s = float(np.sum(dz * (u - lb)) / np.sum(dz * dz))
        candidates.append((lb - s * zc, s))
    for i, (za, la) in enumerate(bounds):  # two constraints active
        for zb, lb in bounds[i + 1 :]:
            if za != zb:
                s = (lb - la) / (zb - za)
                candidates.append((la - s * za, s))
    best = min((c for c in candidates if feasible(*c)), key=lambda c: sse(*c))
    rmse = math.sqrt(sse(*best) / len(u))
    return LognormalFit(best[0], best[1], rmse)
