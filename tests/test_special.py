"""The special functions computed without scipy (``expectgap._special``), against closed forms
worked by hand and against :mod:`scipy.special` (a runtime dependency, the reference here), and
the releases, percentiles and intervals built on them against the same built on scipy's."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import special

from expectgap import _special
from expectgap import position as position_module
from expectgap.market import PeerGroup, SurveyTable
from expectgap.market import release as release_module
from expectgap.market import survey as survey_module

RNG = np.random.default_rng(20261204)


def _parameters(size: int, low: float, high: float) -> tuple[Any, Any, Any]:
    """Log-uniform ``a`` and ``b``, ``x`` half uniform on [0, 1], half near the mode (where
    the continued fraction is slowest), with both ends."""
    a = np.exp(RNG.uniform(math.log(low), math.log(high), size))
    b = np.exp(RNG.uniform(math.log(low), math.log(high), size))
    spread = np.sqrt(a * b / (a + b) ** 3)
    near = a / (a + b) + RNG.normal(0.0, 1.0, size) * spread
    x = np.clip(np.where(RNG.random(size) < 0.5, RNG.random(size), near), 0.0, 1.0)
    x[:2] = 0.0, 1.0
    return a, b, x


# --- betainc ------------------------------------------------------------------------------------
def test_betainc_closed_forms() -> None:
    x = np.linspace(0.0, 1.0, 41)
    # I_x(a, 1) = x^a and I_x(1, b) = 1 - (1 - x)^b (integrate the density a x^(a-1))
    np.testing.assert_allclose(_special.betainc(2.5, 1.0, x), x**2.5, rtol=1e-14, atol=1e-16)
    np.testing.assert_allclose(
        _special.betainc(1.0, 3.5, x), 1 - (1 - x) ** 3.5, rtol=1e-14, atol=1e-16
    )
    # integer a, b: I_x(a, b) = P(Binomial(a + b - 1, x) >= a); a = 3, b = 4 at x = 1/2 is
    # (C(6,3) + C(6,4) + C(6,5) + C(6,6)) / 2^6 = (20 + 15 + 6 + 1) / 64 = 42 / 64
    assert float(_special.betainc(3.0, 4.0, 0.5)) == pytest.approx(42 / 64, abs=2.3e-16)
    # a = b = 1/2: the arcsine law, 2 asin(sqrt x) / pi
    np.testing.assert_allclose(
        _special.betainc(0.5, 0.5, x), 2 * np.arcsin(np.sqrt(x)) / np.pi, atol=2e-16
    )


@pytest.mark.parametrize(
    ("low", "high", "tolerance"),
    [(0.1, 5.0, 3e-15), (0.5, 100.0, 3e-14), (5.0, 5_000.0, 3e-13), (500.0, 100_000.0, 1e-12)],
)
def test_betainc_equals_scipy(low: float, high: float, tolerance: float) -> None:
    a, b, x = _parameters(20_000, low, high)
    mine = _special.betainc(a, b, x)
    assert np.abs(mine - special.betainc(a, b, x)).max() <= tolerance
    assert mine[0] == 0.0
    assert mine[1] == 1.0


def test_betainc_broadcasts_and_refuses_outside_its_domain() -> None:
    got = _special.betainc(np.array([[1.0], [2.0]]), 3.0, np.array([0.1, 0.2, 0.3]))
    assert got.shape == (2, 3)
    np.testing.assert_allclose(got, special.betainc([[1.0], [2.0]], 3.0, [0.1, 0.2, 0.3]))
    bad = _special.betainc([0.0, -1.0, np.inf, 1.0, 1.0, np.nan], 1.0, [0.5] * 3 + [1.5, -0.5, 0.5])
    assert np.isnan(bad).all()


# --- betaincinv ---------------------------------------------------------------------------------
@pytest.mark.parametrize("n", [5, 12, 100, 1_000, 50_000])
def test_betaincinv_equals_scipy_on_clopper_pearson_bounds(n: int) -> None:
    # the use in PeerRelease.percentile_ci: k of n below, k any real in (0, n)
    k = np.concatenate([RNG.uniform(0, n, 300), [1e-3, 0.5, n - 0.5, n - 1e-3]])
    for a, b, y in ((k, n - k + 1, 0.025), (k + 1, n - k, 0.975), (k, n - k + 1, 0.005)):
        mine = _special.betaincinv(a, b, y)
        assert np.abs(mine - special.betaincinv(a, b, y)).max() <= 1e-13
        # and the root is bracketed to within a few units of the last place (where it is
        # above the smallest double: for k near 0 it is not, and scipy gives 2.2e-308)
        x = mine[mine > 0]
        spread = 8 * np.finfo(np.float64).eps * x
        below = _special.betainc(a[mine > 0], b[mine > 0], x - spread)
        above = _special.betainc(a[mine > 0], b[mine > 0], np.minimum(x + spread, 1.0))
        assert (below <= y + 1e-15).all()
        assert (above >= y - 1e-15).all()


def test_betaincinv_ends_and_closed_form() -> None:
    # I_x(a, 1) = x^a, so the inverse is y^(1/a)
    assert float(_special.betaincinv(4.0, 1.0, 0.0625)) == pytest.approx(0.5, abs=1e-15)
    assert _special.betaincinv([2.0, 2.0], 3.0, [0.0, 1.0]).tolist() == [0.0, 1.0]
    assert np.isnan(_special.betaincinv(2.0, 3.0, 1.5))
    assert isinstance(_special.betaincinv(2.0, 3.0, 0.5), np.float64)


# --- normal_quantiles --------------------------------------------------------------------------
def test_normal_quantiles_at_known_points() -> None:
    # the 95% two-sided normal quantile is 1.95996398454005423552...; 0.975 is itself a double
    # a little off, so a few units in the last place; Phi(0) = 1/2
    assert float(_special.normal_quantiles(0.975)) == pytest.approx(1.959963984540054, abs=1e-15)
    assert float(_special.normal_quantiles(0.5)) == 0.0
    assert _special.normal_quantiles([0.0, 1.0]).tolist() == [-math.inf, math.inf]
    assert np.isnan(_special.normal_quantiles([-0.1, 1.1, math.nan])).all()
    assert isinstance(_special.normal_quantiles(0.25), np.float64)
    assert _special.normal_quantiles(np.full((2, 3), 0.5)).shape == (2, 3)


def test_normal_quantiles_equal_scipy() -> None:
    p = np.concatenate(
        [RNG.random(20_000), 10 ** -RNG.uniform(0, 300, 2_000), [0.1, 0.25, 0.5, 0.75, 0.9]]
    )
    assert np.allclose(_special.normal_quantiles(p), special.ndtri(p), rtol=4e-15, atol=0)


# --- what is built on them equals what scipy's functions build ----------------------------------
def _with_scipy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(release_module, "betainc", special.betainc)
    monkeypatch.setattr(release_module, "betaincinv", special.betaincinv)
    monkeypatch.setattr(release_module, "normal_quantiles", special.ndtri)
    monkeypatch.setattr(survey_module, "normal_quantiles", special.ndtri)
    monkeypatch.setattr(position_module, "normal_quantiles", special.ndtri)


def _both(monkeypatch: pytest.MonkeyPatch, build: Callable[[], Any]) -> tuple[Any, Any]:
    mine = build()
    with monkeypatch.context() as patch:
        _with_scipy(patch)
        reference = build()
    return mine, reference


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.floats(100.0, 2_000.0), min_size=5, max_size=80),
    st.sampled_from(["equal", "weighted", "ids"]),
    st.data(),
)
def test_peer_releases_equal_those_built_on_scipy(
    values: list[float], kind: str, data: st.DataObject
) -> None:
    options: dict[str, Any] = {}
    if kind == "weighted":
        options["weights"] = data.draw(
            st.lists(st.floats(0.5, 2.0), min_size=len(values), max_size=len(values))
        )
    if kind == "ids":
        options["ids"] = [f"p{i // 2}" for i in range(len(values))]
    probe = np.array([90.0, 300.0, 777.0, 1_500.0, 2_500.0])

    def build() -> tuple[Any, ...]:
        released = PeerGroup(values, **options).release()
        if not released.publishable:
            return (released.reason,)
        low, high = released.percentile_ci(probe)
        return released.values, released.steps, released.percentile_of(probe), low, high

    with pytest.MonkeyPatch.context() as monkeypatch:
        mine, reference = _both(monkeypatch, build)
    assert len(mine) == len(reference)
    if len(mine) == 1:
        assert mine == reference
        return
    assert (mine[0], mine[1]) == (reference[0], reference[1])
    np.testing.assert_array_equal(mine[2], reference[2])
    np.testing.assert_allclose(mine[3], reference[3], rtol=0, atol=1e-11)
    np.testing.assert_allclose(mine[4], reference[4], rtol=0, atol=1e-11)


def test_large_peer_releases_equal_those_built_on_scipy(monkeypatch: pytest.MonkeyPatch) -> None:
    for size in (200, 5_000):
        values = np.exp(RNG.normal(13.0, 0.3, size))
        mine, reference = _both(monkeypatch, lambda v=values: PeerGroup(v).release())
        assert (mine.values, mine.steps) == (reference.values, reference.steps)


def test_survey_tables_equal_those_built_on_scipy(monkeypatch: pytest.MonkeyPatch) -> None:
    amounts = np.concatenate([np.linspace(1.0, 400.0, 4_000), [0.5, 1e-3, 1e6]])
    levels = np.concatenate([np.linspace(0.25, 99.75, 399), [0.01, 99.99]]) / 100
    for points in ({10: 40, 25: 50, 50: 62, 75: 80, 90: 101}, {25: 45, 50: 60, 75: 90}):
        for fit in ("interpolate", "lognormal"):

            def build(points: dict[int, int] = points, fit: Any = fit) -> tuple[Any, Any]:
                table = SurveyTable.from_percentiles(points, currency="USD")
                return table.percentile_of(amounts, fit=fit), table.ppf(levels, fit=fit)

            (percent, amount), (percent_ref, amount_ref) = _both(monkeypatch, build)
            np.testing.assert_allclose(percent, percent_ref, rtol=1e-13, atol=1e-12)
            np.testing.assert_allclose(amount, amount_ref, rtol=1e-13, atol=0)
