"""Plots for notebooks and reports (optional: install the ``plot`` extra for matplotlib).

Every function returns a :class:`matplotlib.figure.Figure` built without pyplot (no global
state, no GUI backend needed): show it in Jupyter by leaving it as a cell's value, or save it
with ``fig.savefig("name.png")``. matplotlib is imported only when a plot is drawn.

- :func:`market`: a survey distribution with its P10-P90 and P25-P75 bands, marking an offer
  and an expectation; gross and net side by side when a net table is given.
- :func:`waterfall`: from gross pay to take-home pay, one step per deduction.
- :func:`population`: percentile against compa-ratio for every row of a DataFrame (the output
  of :func:`expectgap.frame.position` or :func:`expectgap.frame.assess`).
- :func:`offers`: an offer comparison year by year, one stacked bar per offer and year (base,
  bonus, allowances, sign-on, equity, benefits), take-home marked where it is computed.

Examples
--------
>>> import pandas as pd
>>> from expectgap import plot
>>> rows = pd.DataFrame({"percentile": [20.0, 55.0, 80.0], "compa_ratio": [0.8, 1.02, 1.3]})
>>> fig = plot.population(rows)
>>> fig.axes[0].get_xlabel()
'percentile in the market (0-100)'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from expectgap.errors import InvalidInput
from expectgap.money import currency as _currency

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from expectgap.market.survey import SurveyTable
    from expectgap.offers.compare import Comparison
    from expectgap.payroll.jp.annual import AnnualNet

__all__ = ["compact", "market", "offers", "population", "waterfall"]

# Most groups ``population(color_by=...)`` draws in a legend.
_MAX_GROUPS = 50

_HEXBIN_ABOVE = 20_000
_MEDIAN_PERCENTILE = 50.0
_PARITY = 1.0
_BAND = (25.0, 75.0)
_WIDTH, _HEIGHT = 8.0, 5.0
_TAIL = 0.005  # the density is drawn from the 0.5th to the 99.5th percentile
_GRID = 400
_OUTER = (0.10, 0.90)
_INNER = (0.25, 0.75)
_OFFER_COLOR, _EXPECTATION_COLOR = "tab:blue", "tab:orange"
_THOUSAND, _MILLION = 1_000.0, 1_000_000.0


def _figure(ncols: int = 1, *, width: float = _WIDTH, height: float = _HEIGHT) -> Figure:
    try:
        from matplotlib.figure import Figure
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError(
            "expectgap.plot needs matplotlib; install the extra: pip install 'expectgap[plot]'"
        ) from None
    fig = Figure(figsize=(width * ncols if ncols > 1 else width, height), layout="constrained")
    fig.subplots(1, ncols)
    return fig


def population(
    frame: pd.DataFrame,
    *,
    percentile: str = "percentile",
    compa_ratio: str = "compa_ratio",
    color_by: str | None = None,
    title: str | None = None,
) -> Figure:
    """Scatter each row's market percentile against its compa-ratio.

    The vertical line marks the market median (P50), the horizontal line a compa-ratio of 1.0,
    and the shaded band the P25-P75 interquartile range; each quadrant is labelled with its row
    count and share. Above 20,000 rows a hexagonal density replaces the points. Rows with a
    missing value (for example rows coerced as bad) are left out and counted in the title.

    Parameters
    ----------
    frame : pandas.DataFrame
        One row per person or offer.
    percentile, compa_ratio : str
        Column names of the percentile (0-100) and compa-ratio.
    color_by : str, optional
        A column whose values color the points (e.g. a severity column); each value gets a
        legend entry. Ignored for hexagonal density plots.
    title : str, optional
        Figure title.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> rows = pd.DataFrame({"percentile": [10.0, 90.0], "compa_ratio": [0.7, 1.4],
    ...                      "severity": ["major", "none"]})
    >>> fig = population(rows, color_by="severity")
    >>> sorted(t.get_text() for t in fig.axes[0].get_legend().get_texts())
    ['P25-P75', 'major', 'none']
    """
    if not isinstance(frame, pd.DataFrame):
        raise InvalidInput("frame", type(frame).__name__, "a pandas DataFrame")
    needed = [percentile, compa_ratio] + ([color_by] if color_by else [])
    missing = [c for c in needed if c not in frame.columns]
    if missing:
        raise InvalidInput("columns", missing, "columns present in the frame")
    x = pd.to_numeric(frame[percentile], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    y = pd.to_numeric(frame[compa_ratio], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    keep = np.isfinite(x) & np.isfinite(y)
    x, y = x[keep], y[keep]
    fig = _figure()
    ax = fig.axes[0]
    ax.axvspan(*_BAND, color="tab:gray", alpha=0.12, label="P25-P75")
    ax.axvline(_MEDIAN_PERCENTILE, color="tab:gray", linestyle="--", linewidth=1)
    ax.axhline(_PARITY, color="tab:gray", linestyle="--", linewidth=1)
    if x.size > _HEXBIN_ABOVE:
        art = ax.hexbin(x, y, gridsize=60, bins="log", cmap="viridis", mincnt=1)
        fig.colorbar(art, ax=ax, label="rows (log scale)")
    elif color_by is not None:
        groups = frame.loc[keep, color_by].astype(str).to_numpy()
        distinct = sorted(set(groups.tolist()))
        if len(distinct) > _MAX_GROUPS:
            raise InvalidInput(
                "color_by", f"{len(distinct):,} groups", f"a column of at most {_MAX_GROUPS} values"
            )
        for value in distinct:
            mask = groups == value
            ax.scatter(x[mask], y[mask], s=14, alpha=0.75, label=_plain(value))
        ax.legend(
            title=_plain(color_by), loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small"
        )
    else:
        ax.scatter(x, y, s=14, alpha=0.6, color="tab:blue")
    _label_quadrants(ax, x, y)
    ax.set_xlim(0, 100)
    ax.set_xlabel("percentile in the market (0-100)")
    ax.set_ylabel("compa-ratio (pay / reference midpoint)")
    dropped = int((~keep).sum())
    suffix = f" ({dropped} rows without a value left out)" if dropped else ""
    ax.set_title(_plain(title or f"Population: {x.size:,} rows") + suffix)
    return fig


def _label_quadrants(ax: Any, x: np.ndarray[Any, Any], y: np.ndarray[Any, Any]) -> None:
    total = max(x.size, 1)
    for right in (False, True):
        for top in (False, True):
            inside = (x >= _MEDIAN_PERCENTILE) == right
            inside &= (y >= _PARITY) == top
            count = int(inside.sum())
            ax.text(
                0.98 if right else 0.02,
                0.97 if top else 0.03,
                f"{count:,} ({count / total:.0%})",
                transform=ax.transAxes,
                ha="right" if right else "left",
                va="top" if top else "bottom",
                fontsize="small",
                color="dimgray",
                bbox={"facecolor": "white", "alpha": 0.8, "edgecolor": "none"},
            )


def _plain(text: object) -> str:
    """User text shown as itself: a ``$`` would start matplotlib's math mode."""
    return str(text).replace("$", r"\$")


def _finite(value: object, field: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | np.number):
        raise InvalidInput(field, value, "a finite number")
    number = float(value)
    if not np.isfinite(number):
        raise InvalidInput(field, value, "a finite number")
    return number


def compact(amount: float, code: str) -> str:
    """A short amount label for axes and marks: ``¥5.6M``, ``$150k``, ``$85.50``.

    Examples
    --------
    >>> compact(5_600_000, "JPY"), compact(150_000, "USD"), compact(85.5, "USD")
    ('¥5.6M', '$150k', '$85.50')
    """
    amount = _finite(amount, "amount")
    symbol = _currency(code).symbol
    if abs(amount) >= _MILLION:
        return f"{symbol}{amount / _MILLION:.3g}M"
    if abs(amount) >= _THOUSAND:
        return f"{symbol}{amount / _THOUSAND:.3g}k"
    return f"{symbol}{amount:,.{_currency(code).minor_units}f}"


def _distribution(
    ax: Axes,
    table: SurveyTable,
    marks: list[tuple[str, float | None, str]],
    heading: str,
    points_label: str,
) -> None:
    fit = table.lognormal_fit()
    x = np.linspace(float(table.ppf(_TAIL)), float(table.ppf(1 - _TAIL)), _GRID)
    log_x = np.log(x)
    density = np.exp(-0.5 * ((log_x - fit.mu) / fit.sigma) ** 2) / (x * fit.sigma)
    q = np.asarray(table.cdf(x), dtype=float)
    ax.plot(x, density, color="black", linewidth=1.2)
    for (low, high), alpha, label in ((_OUTER, 0.18, "P10-P90"), (_INNER, 0.35, "P25-P75")):
        inside = (q >= low) & (q <= high)
        ax.fill_between(x[inside], density[inside], color="tab:green", alpha=alpha, label=label)
    points = np.array(list(table.exact.values()))
    at = np.exp(-0.5 * ((np.log(points) - fit.mu) / fit.sigma) ** 2) / (points * fit.sigma)
    ax.plot(points, at, "o", color="tab:green", markersize=4, label=points_label)
    median = float(table.ppf(0.5))
    ax.axvline(median, color="tab:green", linewidth=1.2, linestyle=":")
    top = float(density.max())
    ax.text(median, top * 1.02, f"P50 {compact(median, table.currency)}", ha="center", fontsize=8)
    for i, (label, amount, color) in enumerate(marks):
        if amount is None:
            continue
        rank = float(table.percentile_of(amount))
        ax.axvline(amount, color=color, linewidth=2)
        ax.text(
            amount,
            top * (0.92 - 0.12 * i),
            f" {label}\n {compact(amount, table.currency)} (P{rank:.0f})",
            color=color,
            fontsize=9,
            ha="left" if rank < 80 else "right",
            va="top",
            bbox={"facecolor": "white", "alpha": 0.85, "edgecolor": "none"},
        )
    ax.set_ylim(0, top * 1.12)
    ax.set_yticks([])
    ax.set_ylabel("density")
    ax.set_xlabel(f"{table.currency} per {table.period.per.removeprefix('per ')}")
    ax.xaxis.set_major_formatter(lambda v, _pos: compact(v, table.currency))
    ax.set_title(heading)
    ax.legend(loc="upper right", fontsize="small")


def market(
    table: SurveyTable,
    *,
    offer: float | None = None,
    expectation: float | None = None,
    net_table: SurveyTable | None = None,
    net_offer: float | None = None,
    net_expectation: float | None = None,
    title: str | None = None,
    points_label: str = "published points",
) -> Figure:
    """A market distribution with its P10-P90 and P25-P75 bands, marking offer and expectation.

    The curve shows the shape of the market: the density of the lognormal fitted to the table
    (:meth:`~expectgap.market.SurveyTable.lognormal_fit`), drawn from the table's P0.5 to P99.5,
    with the published points as dots. The bands and marks use the table's own distribution
    (log-linear between published points, lognormal tails): the light band covers P10-P90, the
    darker one P25-P75 and the dotted line marks the median. The offer (blue) and the expectation (orange) are vertical
    lines labelled with their amount and percentile. With ``net_table`` (for instance
    ``table.to_net(net_function)``) a second panel shows the same in take-home terms.

    Parameters
    ----------
    table : SurveyTable
        The gross market table.
    offer, expectation : float, optional
        Gross amounts to mark, in the table's currency and period.
    net_table : SurveyTable, optional
        The market in net terms; adds the right-hand panel.
    net_offer, net_expectation : float, optional
        Net amounts to mark on the net panel.
    title : str, optional
        Figure title (default: the table's source).
    points_label : str
        Legend of the table's points (default ``"published points"``; say what they are when
        the table was derived or aged, e.g. ``"derived points"``).

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> from expectgap.market.survey import SurveyTable
    >>> t = SurveyTable.from_percentiles(
    ...     {10: 82_460, 25: 105_210, 50: 135_980, 75: 171_980, 90: 214_670}, currency="USD")
    >>> fig = market(t, offer=150_000, expectation=170_000)
    >>> [text.get_text().split() for text in fig.axes[0].texts]
    [['P50', '$136k'], ['offer', '$150k', '(P60)'], ['expectation', '$170k', '(P74)']]
    """
    from expectgap.market.survey import SurveyTable

    for name, value in (("table", table), ("net_table", net_table)):
        if not isinstance(value, SurveyTable) and (name == "table" or value is not None):
            raise InvalidInput(name, type(value).__name__, "a SurveyTable")
    for name, mark in (
        ("offer", offer),
        ("expectation", expectation),
        ("net_offer", net_offer),
        ("net_expectation", net_expectation),
    ):
        if mark is not None:
            _finite(mark, name)
    panels = 1 if net_table is None else 2
    fig = _figure(panels, width=_WIDTH if panels == 1 else _WIDTH * 0.8)
    gross_marks = [("offer", offer, _OFFER_COLOR), ("expectation", expectation, _EXPECTATION_COLOR)]
    heading = "gross" if net_table is not None else "market"
    _distribution(fig.axes[0], table, gross_marks, heading, points_label)
    if net_table is not None:
        net_marks = [
            ("offer", net_offer, _OFFER_COLOR),
            ("expectation", net_expectation, _EXPECTATION_COLOR),
        ]
        _distribution(fig.axes[1], net_table, net_marks, "net (take-home)", points_label)
    fig.suptitle(_plain(title or table.source or "Market distribution"))
    return fig


#: Deductions of :class:`~expectgap.payroll.jp.annual.AnnualNet`, in the order drawn.
WATERFALL_STEPS = (
    ("health", "health insurance"),
    ("nursing_care", "nursing care"),
    ("child_support", "child support levy"),
    ("pension", "pension"),
    ("employment", "employment insurance"),
    ("income_tax", "income tax"),
    ("resident_tax", "resident tax"),
)


def waterfall(result: AnnualNet, *, title: str | None = None, currency: str = "JPY") -> Figure:
    """A gross-to-net waterfall: gross pay, each deduction as a falling step, net pay.

    Deductions of zero (nursing care below 40, the child support levy before April 2026) are
    left out. Each bar is labelled with its amount and its share of gross pay.

    Parameters
    ----------
    result : AnnualNet
        One person's year (scalar fields), from :func:`expectgap.payroll.jp.annual`.
    title : str, optional
        Figure title.
    currency : str
        Currency of the amounts (for the labels).

    Returns
    -------
    matplotlib.figure.Figure

    Raises
    ------
    InvalidInput
        For a batch result (array fields): draw one person at a time.

    Examples
    --------
    >>> from expectgap.payroll.jp.annual import annual
    >>> fig = waterfall(annual(400_000, year=2026, bonus=800_000))
    >>> labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    >>> labels[0], labels[-1], "nursing care" in labels
    ('gross', 'net', False)
    """
    from expectgap.payroll.jp.annual import AnnualNet

    if not isinstance(result, AnnualNet):
        raise InvalidInput("result", type(result).__name__, "an AnnualNet from jp.annual")
    if np.ndim(result.gross) != 0:
        raise InvalidInput("result", "a batch AnnualNet", "one person's AnnualNet (scalar fields)")
    gross, net = float(result.gross), float(result.net)
    steps = [(label, float(getattr(result, name))) for name, label in WATERFALL_STEPS]
    steps = [(label, amount) for label, amount in steps if amount != 0]
    fig = _figure(width=_WIDTH + 1)
    ax = fig.axes[0]
    labels = ["gross", *(label for label, _ in steps), "net"]
    level = gross
    ax.bar(0, gross, color="tab:blue")
    tops = [gross]
    for i, (_, amount) in enumerate(steps, start=1):
        ax.bar(i, -amount, bottom=level, color="tab:red")
        ax.plot([i - 1.4, i + 0.4], [level, level], color="gray", linewidth=0.6)
        level -= amount
        tops.append(level + amount)
    ax.bar(len(labels) - 1, net, color="tab:green")
    tops.append(net)
    amounts = [gross, *(-a for _, a in steps), net]
    share = [a / gross if gross else 0.0 for a in amounts]
    for x, (top, amount, part) in enumerate(zip(tops, amounts, share, strict=True)):
        ax.text(
            x,
            top + gross * 0.01,
            f"{compact(abs(amount), currency)}\n{part:+.1%}"
            if 0 < x < len(labels) - 1
            else f"{compact(amount, currency)}\n{part:.0%}",
            ha="center",
            va="bottom",
            fontsize=8,
        )
    ax.set_xticks(range(len(labels)), labels, rotation=30, ha="right")
    ax.set_ylim(0, gross * 1.12 if gross else 1)
    ax.yaxis.set_major_formatter(lambda v, _pos: compact(v, currency))
    ax.set_ylabel(f"{currency} per year")
    ax.set_title(_plain(title or "From gross to take-home pay"))
    return fig


_PARTS = ("base", "bonus", "allowances", "sign_on", "equity", "benefits")
_PART_COLORS = ("tab:blue", "tab:cyan", "tab:olive", "tab:orange", "tab:purple", "tab:gray")
_GROUP_WIDTH = 0.8
_HEADROOM = 1.08


def offers(comparison: Comparison, *, title: str | None = None) -> Figure:
    """Year-by-year stacked bars per offer: the parts of total compensation, with take-home
    marked (a black tick) where a payroll engine computed it.

    Parameters
    ----------
    comparison : Comparison
        The output of :func:`expectgap.compare_offers`.
    title : str, optional
        Defaults to the assumptions' short form (raise rate and share price).

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> from expectgap.money import Money
    >>> from expectgap.offers import compare_offers
    >>> from expectgap.package import CompensationPackage, EquityGrant
    >>> a = CompensationPackage(base=Money(150_000, "USD", "annual"),
    ...                         equity=(EquityGrant(Money(100_000, "USD")),))
    >>> fig = offers(compare_offers({"A": a, "B": CompensationPackage(
    ...     base=Money(170_000, "USD", "annual"))}, years=3))
    >>> len(fig.axes[0].patches)  # 2 offers x 3 years x 6 parts
    36
    """
    frame = comparison.to_frame("years")
    fig = _figure()
    ax: Axes = fig.axes[0]
    names = comparison.names
    count = comparison.years
    width = _GROUP_WIDTH / len(names)
    x = np.arange(1, count + 1, dtype=np.float64)
    for i, name in enumerate(names):
        rows = frame.loc[name]
        where = x - _GROUP_WIDTH / 2 + width * (i + 0.5)
        bottom = np.zeros(count)
        for part, color in zip(_PARTS, _PART_COLORS, strict=True):
            values = rows[part].to_numpy(dtype=np.float64)
            ax.bar(
                where,
                values,
                width * 0.95,
                bottom=bottom,
                color=color,
                edgecolor="white",
                label=part.replace("_", "-") if i == 0 else None,
            )
            bottom += values
        net = rows["net"].to_numpy(dtype=np.float64)
        if not np.isnan(net).all():
            ax.scatter(
                where,
                net,
                marker="_",
                s=300,
                color="black",
                zorder=3,
                label="take-home" if i == 0 else None,
            )
        for xpos in where:
            ax.annotate(
                name,
                (xpos, 0),
                xytext=(0, -14),
                textcoords="offset points",
                ha="center",
                fontsize=7,
                rotation=0,
            )
    code = comparison.currency
    ax.set_xticks(x)
    ax.set_xticklabels([f"year {k}" for k in range(1, count + 1)])
    ax.tick_params(axis="x", pad=16)
    ax.yaxis.set_major_formatter(lambda value, _: compact(value, code))
    ax.set_ylabel(f"per year ({code})")
    ax.set_ylim(0, float(frame["total"].max()) * _HEADROOM or 1.0)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)
    if title is None:
        first = comparison.projections[0]
        rate = float(first.raise_rate) * 100
        title = f"Offers by year (raises {rate:g}% a year; {first.price_path.label})"
    ax.set_title(title)
    return fig
