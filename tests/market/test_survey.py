"""SurveyTable: construction, the continuous distribution, the lognormal fit, top-coding."""

from __future__ import annotations

import io
import math
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import norm

from expectgap.errors import CurrencyMismatch, InvalidInput, PeriodMismatch
from expectgap.market import SurveyTable
from expectgap.money import Money, Period

# US Software Developers, SOC 15-1252, national (BLS OEWS May 2025, annual wages).
DEVS = {10: 82_460, 25: 105_210, 50: 135_980, 75: 171_980, 90: 214_670}
# Standard-normal quantiles from printed tables: z(0.75) = 0.6744897502, z(0.90) = 1.2815515655.
Z75 = 0.6744897501960817
Z90 = 1.2815515655446004


def devs(**options: object) -> SurveyTable:
    return SurveyTable.from_percentiles(DEVS, currency="USD", **options)  # type: ignore[arg-type]


# --- construction ---------------------------------------------------------------------------


def test_from_percentiles_keeps_fields_and_sorts() -> None:
    t = SurveyTable.from_percentiles(
        {90: 5, 10: 1, 50: 3},
        currency="jpy",
        period="monthly",
        n=120,
        as_of="2024-06-01",
        source="demo",
        mean=3.2,
    )
    assert t.percentiles == (10.0, 50.0, 90.0)
    assert t.values == (1.0, 3.0, 5.0)
    assert (t.currency, t.period, t.n, t.as_of, t.source, t.mean) == (
        "JPY",
        Period.MONTHLY,
        120,
        date(2024, 6, 1),
        "demo",
        3.2,
    )
    assert t.top_coded == ()
    assert t.fit == "interpolate"


def test_values_must_rise_strictly_and_the_offending_points_are_named() -> None:
    with pytest.raises(InvalidInput, match=r"P50 100 is not above P25 105210.*P75 100 is not"):
        SurveyTable.from_percentiles(
            {10: 82_460, 25: 105_210, 50: 100, 75: 100, 90: 214_670}, currency="USD"
        )


@pytest.mark.parametrize(
    ("points", "options", "field"),
    [
        ({0: 1, 50: 2}, {}, "percentiles"),
        ({50: 2, 100: 3}, {}, "percentiles"),
        ({50: 2}, {}, "percentiles"),  # a single point cannot fix a spread
        ({25: 1, 50: 2, 75: 3}, {"top_coded": (50, 75)}, "percentiles"),  # one exact point left
        ({25: 1, 50: 2, 75: 3}, {"top_coded": (50,)}, "top_coded"),  # bound below an exact point
        ({25: 1, 50: 2, 75: 3}, {"top_coded": (60,)}, "top_coded"),
        ({25: 0, 50: 2}, {}, "values"),
        ({25: float("nan"), 50: 2}, {}, "values"),
        ({25: 1, 50: 2}, {"n": 0}, "n"),
        ({25: 1, 50: 2}, {"n": True}, "n"),
        ({25: 1, 50: 2}, {"mean": -1}, "mean"),
        ({25: 1, 50: 2}, {"fit": "spline"}, "fit"),
        ({25: 1, 50: 2}, {"period": "weekly"}, "period"),
        ({25: 1, 50: 2}, {"as_of": "yesterday"}, "as_of"),
    ],
)
def test_invalid_tables_raise(
    points: dict[float, float], options: dict[str, object], field: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        SurveyTable.from_percentiles(points, currency="USD", **options)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_unknown_currency_raises() -> None:
    with pytest.raises(InvalidInput, match="currency"):
        SurveyTable.from_percentiles({25: 1, 50: 2}, currency="XYZ")


def test_from_csv_and_from_toml(tmp_path: Path) -> None:
    csv_file = tmp_path / "survey.csv"
    csv_file.write_text(
        'percentile,value,top_coded\n10,"210,000",\n50,330400,no\n75,400000,\n90,520000,yes\n',
        encoding="utf-8",
    )
    t = SurveyTable.from_csv(csv_file, currency="JPY", period="monthly", as_of="2024-06-01")
    assert t.exact == {10.0: 210_000.0, 50.0: 330_400.0, 75.0: 400_000.0}
    assert t.bounds == {90.0: 520_000.0}
    assert t.source == "survey.csv"

    toml_file = tmp_path / "survey.toml"
    toml_file.write_text(
        'currency = "JPY"\nperiod = "monthly"\nas_of = 2024-06-01\nn = 250\n'
        "top_coded = [90]\n[percentiles]\n10 = 210000\n50 = 330400\n75 = 400000\n90 = 520000\n",
        encoding="utf-8",
    )
    from_toml = SurveyTable.from_toml(toml_file)
    assert from_toml.percentiles == t.percentiles
    assert from_toml.values == t.values
    assert from_toml.top_coded == (90.0,)
    assert (from_toml.n, from_toml.source) == (250, "survey.toml")


def test_from_csv_rejects_bad_columns_and_flags() -> None:
    with pytest.raises(InvalidInput, match="columns percentile,value"):
        SurveyTable.from_csv(io.StringIO("p,v\n10,1\n50,2\n"), currency="USD")
    with pytest.raises(InvalidInput, match="top_coded"):
        SurveyTable.from_csv(
            io.StringIO("percentile,value,top_coded\n10,1,maybe\n50,2,\n"), currency="USD"
        )


def test_from_toml_rejects_unknown_keys() -> None:
    with pytest.raises(InvalidInput, match="keys"):
        SurveyTable.from_toml(io.BytesIO(b'currency = "USD"\nmedian = 5\n[percentiles]\n50 = 1\n'))


# --- the interpolated distribution ----------------------------------------------------------


def test_published_points_are_reproduced_exactly() -> None:
    t = devs()
    assert t.percentile_of(list(DEVS.values())).tolist() == [10.0, 25.0, 50.0, 75.0, 90.0]
    assert t.ppf([0.10, 0.25, 0.50, 0.75, 0.90]) == pytest.approx(list(DEVS.values()), rel=1e-12)


def test_150k_software_developer_sits_at_p60_log_linear() -> None:
    # market-methods.md: $150,000 sits near P60 (P60.4 log-linear). Between P50 and P75:
    # 50 + 25 * ln(150000 / 135980) / ln(171980 / 135980) = 50 + 25 * 0.098127 / 0.234870 = 60.445
    assert devs().percentile_of(150_000) == pytest.approx(60.445, abs=1e-3)


def test_lower_tail_is_the_lognormal_through_p10_and_p25() -> None:
    # sigma = ln(105210 / 82460) / (z25 - z10) = 0.243645 / 0.607062 = 0.401351;
    # cdf(70000) = Phi(-1.281552 + ln(70000 / 82460) / 0.401351) = Phi(-1.689718) = 0.045541
    sigma = math.log(105_210 / 82_460) / (Z90 - Z75)
    expected = norm.cdf(-Z90 + math.log(70_000 / 82_460) / sigma)
    assert expected == pytest.approx(0.045541, abs=1e-6)
    assert devs().cdf(70_000) == pytest.approx(expected, rel=1e-12)


def test_upper_tail_is_the_lognormal_through_p75_and_p90() -> None:
    # sigma = ln(214670 / 171980) / (z90 - z75); P99 = 214670 * exp(sigma * (z99 - z90))
    sigma = math.log(214_670 / 171_980) / (Z90 - Z75)
    expected = 214_670 * math.exp(sigma * (norm.ppf(0.99) - Z90))
    assert devs().ppf(0.99) == pytest.approx(expected, rel=1e-12)


def test_zero_and_one_and_zero_amount() -> None:
    t = devs()
    assert t.ppf(0.0) == 0.0
    assert t.ppf(1.0) == math.inf
    assert t.cdf(0) == 0.0


def test_vectorized_shapes() -> None:
    t = devs()
    assert isinstance(t.percentile_of(150_000), float)
    grid = np.array([[50_000.0, 150_000.0], [200_000.0, 400_000.0]])
    assert t.percentile_of(grid).shape == (2, 2)
    series = pd.Series([135_980, 82_460], index=["a", "b"], name="pay")
    out = t.percentile_of(series)
    assert isinstance(out, pd.Series)
    assert out.index.tolist() == ["a", "b"]
    assert out.tolist() == [50.0, 10.0]
    # a scalar call is a batch of one
    assert t.percentile_of(grid)[0, 1] == t.percentile_of(150_000)


def test_bad_amounts_name_positions() -> None:
    with pytest.raises(InvalidInput, match=r"positions \[1, 2\]"):
        devs().cdf([1.0, -5.0, float("nan")])
    with pytest.raises(InvalidInput, match="q"):
        devs().ppf([0.5, 1.5])


def test_money_amounts_are_checked() -> None:
    t = devs()
    assert t.percentile_of(Money(135_980, "USD", "annual")) == 50.0
    with pytest.raises(CurrencyMismatch):
        t.cdf(Money(135_980, "JPY", "annual"))
    with pytest.raises(PeriodMismatch):
        t.percentile_of(Money(135_980, "USD", "monthly"))


def test_sample_follows_the_distribution() -> None:
    draws = devs().sample(200_000, rng=7)
    # with 200,000 draws the empirical quartiles are within 1% of the table's
    assert np.quantile(draws, [0.25, 0.5, 0.75]) == pytest.approx(
        [105_210, 135_980, 171_980], rel=0.01
    )
    assert np.array_equal(devs().sample(5, rng=3), devs().sample(5, rng=3))
    with pytest.raises(InvalidInput):
        devs().sample(-1)


# --- lognormal fit --------------------------------------------------------------------------


def test_lognormal_fit_to_exact_lognormal_quartiles() -> None:
    # A lognormal with median 50,000 and sigma 0.4 has quartiles 50000 exp(-+0.4 z75):
    # 38,176.8 and 65,484.9. The fit must give back mu = ln 50000, sigma = 0.4.
    mu, sigma = math.log(50_000), 0.4
    quartiles = {25: math.exp(mu - sigma * Z75), 50: 50_000.0, 75: math.exp(mu + sigma * Z75)}
    fit = SurveyTable.from_percentiles(quartiles, currency="USD").lognormal_fit()
    assert fit.mu == pytest.approx(mu, rel=1e-12)
    assert fit.sigma == pytest.approx(sigma, rel=1e-12)
    assert fit.rmse == pytest.approx(0.0, abs=1e-12)


def test_lognormal_fit_sigma_from_oews_quartiles() -> None:
    # sigma = ln(P75 / P25) / 1.349 = ln(171980 / 105210) / 1.349 = 0.491421 / 1.349 = 0.36429;
    # with symmetric z the least-squares mu is the mean of the three logs.
    quartiles = {25: 105_210, 50: 135_980, 75: 171_980}
    fit = SurveyTable.from_percentiles(quartiles, currency="USD").lognormal_fit()
    assert fit.sigma == pytest.approx(math.log(171_980 / 105_210) / 1.349, rel=1e-4)
    assert fit.mu == pytest.approx(sum(math.log(v) for v in quartiles.values()) / 3, rel=1e-12)


def test_lognormal_fit_five_points_least_squares() -> None:
    # z = (-z90, -z75, 0, z75, z90) is symmetric, so mu = mean(ln x) and
    # sigma = sum(z ln x) / sum(z^2) = 0.37134 (fitted P10 / P90: 83,393 / 216,014).
    z = [-Z90, -Z75, 0.0, Z75, Z90]
    logs = [math.log(v) for v in DEVS.values()]
    sigma = sum(a * b for a, b in zip(z, logs, strict=True)) / sum(a * a for a in z)
    fit = devs().lognormal_fit()
    assert fit.sigma == pytest.approx(sigma, rel=1e-12)
    assert fit.sigma == pytest.approx(0.37134, abs=1e-5)
    assert fit.mu == pytest.approx(sum(logs) / 5, rel=1e-12)
    whole = devs(fit="lognormal")
    assert whole.ppf([0.1, 0.9]) == pytest.approx([83_393, 216_014], abs=1)
    # $150,000 under the whole-table fit: Phi((ln 150000 - mu) / sigma) = P61.8
    assert whole.percentile_of(150_000) == pytest.approx(
        100 * norm.cdf((math.log(150_000) - fit.mu) / fit.sigma), rel=1e-12
    )


def test_fit_can_be_chosen_per_call() -> None:
    interpolated, whole = devs(), devs(fit="lognormal")
    amounts = [70_000.0, 150_000.0, 300_000.0]
    assert (
        interpolated.percentile_of(amounts, fit="lognormal").tolist()
        == whole.percentile_of(amounts).tolist()
    )
    assert whole.cdf(amounts, fit="interpolate").tolist() == interpolated.cdf(amounts).tolist()
    assert interpolated.ppf(0.3, fit="lognormal") == whole.ppf(0.3)
    with pytest.raises(InvalidInput, match="fit"):
        interpolated.cdf(1.0, fit="spline")  # type: ignore[arg-type]


def test_lognormal_fit_respects_a_binding_top_code() -> None:
    # Exact points on a lognormal (median 100, sigma 0.2) but P90 reported as ">= 200", far
    # above the fitted P90 of 129: the constraint mu + sigma z90 >= ln 200 must bind.
    points = {25: 100 * math.exp(-0.2 * Z75), 50: 100.0, 75: 100 * math.exp(0.2 * Z75), 90: 200.0}
    t = SurveyTable.from_percentiles(points, currency="USD", top_coded=(90,))
    fit = t.lognormal_fit()
    assert fit.mu + fit.sigma * Z90 == pytest.approx(math.log(200), rel=1e-9)
    whole = SurveyTable.from_percentiles(points, currency="USD", top_coded=(90,), fit="lognormal")
    assert whole.cdf(200) == pytest.approx(0.90, abs=1e-9)


# --- top-coded points -----------------------------------------------------------------------


def test_top_coded_bound_is_not_an_exact_point_when_not_binding() -> None:
    # California athletes (OEWS May 2025, 27-2021): P90 >= 239,200. The tail through P50/P75
    # already puts more than 10% above the bound: sigma = ln(149490 / 79040) / z75 = 0.944826,
    # cdf(239200) = Phi(z75 + ln(239200 / 149490) / 0.944826) = Phi(1.172010) = 0.8794 < 0.90.
    points = {10: 40_120, 25: 65_780, 50: 79_040, 75: 149_490, 90: 239_200}
    t = SurveyTable.from_percentiles(points, currency="USD", top_coded=(90,))
    assert t.exact == {10.0: 40_120.0, 25.0: 65_780.0, 50.0: 79_040.0, 75.0: 149_490.0}
    sigma = math.log(149_490 / 79_040) / Z75
    assert t.cdf(239_200) == pytest.approx(norm.cdf(Z75 + math.log(239_200 / 149_490) / sigma))
    assert t.cdf(239_200) == pytest.approx(0.8794, abs=1e-4)
    assert t.ppf(0.9) > 239_200


def test_top_coded_bound_widens_the_tail_when_binding() -> None:
    # {50: 100, 75: 120, 90: >= 200}: the P50-P75 tail would give P90 = 120 exp(0.270310 *
    # 0.607062) = 141.4 < 200, so sigma rises to ln(200 / 120) / (z90 - z75) = 0.841472 and
    # exactly 10% of the mass lies above the bound.
    t = SurveyTable.from_percentiles({50: 100, 75: 120, 90: 200}, currency="USD", top_coded=(90,))
    assert t.cdf(200) == pytest.approx(0.90, abs=1e-12)
    sigma = math.log(200 / 120) / (Z90 - Z75)
    assert t.ppf(0.95) == pytest.approx(120 * math.exp(sigma * (norm.ppf(0.95) - Z75)), rel=1e-12)


# --- properties -----------------------------------------------------------------------------


@st.composite
def tables(draw: st.DrawFn) -> SurveyTable:
    percentiles = draw(
        st.lists(st.integers(1, 99), min_size=2, max_size=7, unique=True).map(sorted)
    )
    start = draw(st.floats(1_000, 1_000_000))
    steps = draw(
        st.lists(st.floats(1.001, 3.0), min_size=len(percentiles), max_size=len(percentiles))
    )
    values = list(np.cumprod([start, *steps[1:]]))
    fit = draw(st.sampled_from(["interpolate", "lognormal"]))
    return SurveyTable.from_percentiles(
        dict(zip(percentiles, values, strict=True)), currency="USD", fit=fit
    )


@settings(max_examples=150, deadline=None)
@given(tables(), st.floats(0.001, 0.999))
def test_percentile_of_inverts_ppf(table: SurveyTable, q: float) -> None:
    assert table.percentile_of(table.ppf(q)) == pytest.approx(100 * q, abs=1e-7)


@settings(max_examples=100, deadline=None)
@given(tables(), st.lists(st.floats(0, 1e8), min_size=2, max_size=50))
def test_cdf_is_non_decreasing_and_within_0_1(table: SurveyTable, xs: list[float]) -> None:
    ordered = np.sort(np.array(xs))
    cdf = table.cdf(ordered)
    assert np.all(np.diff(cdf) >= 0)
    assert np.all((cdf >= 0) & (cdf <= 1))


@settings(max_examples=60, deadline=None)
@given(tables(), st.floats(0.001, 0.999))
def test_scalar_and_batch_agree(table: SurveyTable, q: float) -> None:
    x = table.ppf(q)
    assert table.percentile_of(np.array([x, x]))[1] == table.percentile_of(x)


def test_mean_may_be_given_inside_the_points() -> None:
    # "any subset of percentiles, optional mean": {"mean": ...} beside the percentiles.
    t = SurveyTable.from_percentiles(
        {25: 40_000, 50: 50_000, 75: 62_500, "mean": 52_000}, currency="USD"
    )
    assert t.percentiles == (25.0, 50.0, 75.0)
    assert t.mean == 52_000
    with pytest.raises(InvalidInput, match="mean"):
        SurveyTable.from_percentiles({50: 1, 75: 2, "mean": 1.5}, currency="USD", mean=1.5)


def test_top_coded_cells_may_share_one_bound() -> None:
    # BLS footnote 5: P75 and P90 both ">= $239,200". Both are lower bounds, never points: the
    # distribution keeps at least 25% of the mass at or above 239,200.
    t = SurveyTable.from_percentiles(
        {10: 100_000, 25: 150_000, 50: 200_000, 75: 239_200, 90: 239_200},
        currency="USD",
        top_coded=(75, 90),
    )
    assert t.bounds == {75.0: 239_200.0, 90.0: 239_200.0}
    assert t.percentile_of(239_200) <= 75
    with pytest.raises(InvalidInput, match="P75 230000 is not above P50 240000"):
        SurveyTable.from_percentiles(
            {25: 150_000, 50: 240_000, 75: 230_000}, currency="USD", top_coded=(75,)
        )
