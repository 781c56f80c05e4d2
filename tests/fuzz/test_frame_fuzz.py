"""Hypothesis over the DataFrame API: with ``errors="coerce"`` every input row comes back (bad
ones with a reason in ``error``); with ``errors="raise"`` only the hierarchy is raised."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

import expectgap.frame as frame
from expectgap.market import SurveyTable

FUZZ = settings.get_profile("expectgap-fuzz")
Rule = Callable[..., Any]

cell = st.one_of(
    st.floats(min_value=-1e3, max_value=1e16),
    st.sampled_from([np.nan, np.inf, 1e11, 1e13, 450_000, 0, None, "abc", "450000", True]),
    st.integers(min_value=-(2**40), max_value=2**40),
)
text_cell = st.one_of(
    st.sampled_from(["tokyo", "osaka", 13, "東京都", "tokio", None, "", "x\n## y"]),
    st.text(max_size=8),
)


def _rows(draw: st.DrawFn, names: dict[str, Any], n: int) -> pd.DataFrame:
    return pd.DataFrame(
        {name: draw(st.lists(kind, min_size=n, max_size=n)) for name, kind in names.items()}
    )


@st.composite
def net_frames(draw: st.DrawFn) -> pd.DataFrame:
    n = draw(st.integers(1, 6))
    names: dict[str, Any] = {"pay": cell}
    for extra, kind in (("bonus", cell), ("age", cell), ("prefecture", text_cell)):
        if draw(st.booleans()):
            names[extra] = kind
    return _rows(draw, names, n)


@st.composite
def assess_frames(draw: st.DrawFn) -> pd.DataFrame:
    n = draw(st.integers(1, 5))
    names: dict[str, Any] = {
        "offer_base": cell,
        "salary_target": cell,
        "salary_basis": st.sampled_from(["gross_monthly", "gross_annual", "net_monthly", "x"]),
    }
    if draw(st.booleans()):
        names["dependents"] = cell
    return _rows(draw, names, n)


def _coerced(out: pd.DataFrame, rows: pd.DataFrame) -> None:
    assert len(out) == len(rows)
    assert out.index.equals(rows.index)
    assert "error" in out


@FUZZ
@given(net_frames())
def test_net(hierarchy: Rule, rows: pd.DataFrame) -> None:
    out = hierarchy(frame.net, rows, year=2026, errors="coerce")
    if isinstance(out, pd.DataFrame):
        _coerced(out, rows)
    hierarchy(frame.net, rows, year=2026)


@settings(FUZZ, max_examples=15)
@given(assess_frames())
def test_assess_and_talking_points(hierarchy: Rule, rows: pd.DataFrame) -> None:
    out = hierarchy(frame.assess, rows, year=2026, errors="coerce")
    if isinstance(out, pd.DataFrame):
        _coerced(out, rows)
    points = hierarchy(frame.talking_points, rows, year=2026, errors="coerce")
    if isinstance(points, pd.DataFrame):
        assert set(points["row"]) == set(rows.index)
    hierarchy(frame.assess, rows, year=2026)


TABLE = SurveyTable.from_percentiles({25: 61_000, 50: 78_000, 75: 99_000}, currency="USD")


@FUZZ
@given(st.lists(cell, min_size=1, max_size=6))
def test_position(hierarchy: Rule, amounts: list[Any]) -> None:
    rows = pd.DataFrame({"amount": amounts})
    out = hierarchy(frame.position, rows, TABLE, errors="coerce")
    if isinstance(out, pd.DataFrame):
        _coerced(out, rows)
    hierarchy(frame.position, rows, TABLE)
