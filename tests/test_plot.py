"""Plots: what is drawn where (Agg backend, no display)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd
import pytest

from expectgap import plot
from expectgap.market.survey import SurveyTable

# BLS OEWS May 2025, 15-1252 Software Developers, national (market-methods.md)
DEVS = SurveyTable.from_percentiles(
    {10: 82_460, 25: 105_210, 50: 135_980, 75: 171_980, 90: 214_670},
    currency="USD",
    source="BLS OEWS May 2025, 15-1252",
)


def _vertical_lines(ax: object) -> list[float]:
    return sorted(
        float(line.get_xdata()[0])
        for line in ax.get_lines()  # type: ignore[attr-defined]
        if len(set(np.atleast_1d(line.get_xdata()))) == 1 and len(line.get_xdata()) == 2
    )


def test_market_marks_offer_expectation_and_median() -> None:
    fig = plot.market(DEVS, offer=150_000, expectation=170_000)
    (ax,) = fig.axes
    assert _vertical_lines(ax) == pytest.approx([135_980, 150_000, 170_000])
    labels = [t.get_text() for t in ax.texts]
    assert any("offer" in t and "(P60)" in t for t in labels)  # P60.4, market-methods.md
    assert fig.get_suptitle() == "BLS OEWS May 2025, 15-1252"


def test_market_bands_span_p10_to_p90_and_p25_to_p75() -> None:
    fig = plot.market(DEVS)
    ax = fig.axes[0]
    outer, inner = ax.collections[:2]  # fill_between polygons, outer band first
    for band, (low, high) in ((outer, (82_460, 214_670)), (inner, (105_210, 171_980))):
        xs = band.get_paths()[0].vertices[:, 0]
        # the band is drawn on a 400-point grid: its edges lie within one grid step of the points
        step = (float(DEVS.ppf(0.995)) - float(DEVS.ppf(0.005))) / 399
        assert xs.min() == pytest.approx(low, abs=step)
        assert xs.max() == pytest.approx(high, abs=step)


def test_market_with_net_has_two_panels() -> None:
    net = DEVS.to_net(lambda gross: gross * 0.75)
    fig = plot.market(DEVS, offer=150_000, net_table=net, net_offer=112_500)
    gross_ax, net_ax = fig.axes
    assert gross_ax.get_title() == "gross"
    assert net_ax.get_title() == "net (take-home)"
    assert 112_500 in _vertical_lines(net_ax)


def test_population_counts_rows_per_quadrant() -> None:
    rows = pd.DataFrame(
        {
            "percentile": [10.0, 20.0, 60.0, 70.0, 80.0, np.nan],
            "compa_ratio": [0.8, 1.1, 0.9, 1.2, 1.3, 1.0],
        }
    )
    fig = plot.population(rows)
    ax = fig.axes[0]
    texts = sorted(t.get_text() for t in ax.texts)
    # below median & under 1: 1; below & above: 1; above & under: 1; above & above: 2
    assert texts == ["1 (20%)", "1 (20%)", "1 (20%)", "2 (40%)"]
    assert "1 rows without a value left out" in ax.get_title()


def test_population_switches_to_density_for_large_frames() -> None:
    rng = np.random.default_rng(7)
    rows = pd.DataFrame(
        {"percentile": rng.uniform(0, 100, 30_000), "compa_ratio": rng.lognormal(0, 0.1, 30_000)}
    )
    fig = plot.population(rows)
    assert len(fig.axes) == 2  # the plot and its colour bar


def test_population_names_missing_columns() -> None:
    with pytest.raises(ValueError, match="compa_ratio"):
        plot.population(pd.DataFrame({"percentile": [1.0]}))
