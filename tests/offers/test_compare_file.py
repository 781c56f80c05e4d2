"""Comparison files ([[offers]]) and ``expectgap compare``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from expectgap.cli import main
from expectgap.errors import InvalidInput
from expectgap.offers.scenario import load_comparison, parse_comparison

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "us_offers.toml"


def test_the_example_file_gives_the_hand_figures() -> None:
    comparison = load_comparison(EXAMPLE).compare()
    # Texas 224,000 + 3 x 204,000 = 836,000; California 4 x 195,000 = 780,000 (issue 13).
    assert comparison.row("total_compensation").values == (836_000.0, 780_000.0)
    assert comparison.row("year_total", 1).values == (224_000.0, 195_000.0)
    # Current pay 150,000: Texas year-1 cash 174,000 is 16% more.
    assert comparison.row("raise_gross_first_year").values == (16.0, 10.0)


def test_cli_prints_markdown_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "| total compensation over the period | $836,000.00 | $780,000.00 | Texas |" in out
    assert main(["compare", str(EXAMPLE), "--json", "--audience", "candidate"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["audience"] == "candidate"
    assert {p["kind"] for p in data["points"]} <= {"raise_net", "raise_gross"}


def test_cli_reports_a_bad_file_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[offers]]\nname = "A"\n[offers.package]\nbase_annual = -5\n', "utf-8")
    assert main(["compare", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("expectgap: error: bad.toml: offers[0].package")


def test_file_options_and_errors() -> None:
    text = """
[comparison]
years = 2
raise_rate = "market"
trend = 0.05
[comparison.price_path]
multiples = [1, 2]
[[offers]]
name = "A"
[offers.package]
currency = "USD"
base_annual = 100_000
equity = [{ grant_value = 40_000, vesting_pct = [5, 15, 40, 40] }]
"""
    comparison = parse_comparison(text).compare()
    # Year 2: base 105,000 (5% market trend); equity 15% of 40,000 at twice the price: 12,000.
    assert comparison.row("year_total", 2).values == (117_000.0,)
    with pytest.raises(InvalidInput, match=r"offers\[1\]\.name"):
        parse_comparison(
            '[[offers]]\nname = "A"\n[offers.package]\nbase_monthly = 1\n'
            '[[offers]]\nname = "A"\n[offers.package]\nbase_monthly = 1\n'
        )
    with pytest.raises(InvalidInput, match=r"offers\[0\]\.package\.equity\[0\]"):
        parse_comparison(
            '[[offers]]\nname = "A"\n[offers.package]\nbase_monthly = 1\n'
            "equity = [{ grant_value = 1, vesting_pct = [50, 40] }]\n"
        )


def test_scenarios_in_the_file() -> None:
    text = """
[comparison]
years = 4
scenarios = [{ name = "bear", multiples = [0.5] }, { name = "bull", growth = 0.2 }]
[[offers]]
name = "A"
[offers.package]
currency = "USD"
base_annual = 100_000
equity = [{ grant_value = 40_000 }]
"""
    c = parse_comparison(text).compare()
    # 4 x 100,000 + half of 40,000.
    assert c.row("scenario_total", scenario="bear").values == (420_000.0,)
    assert c.row("scenario_total", scenario="bull").leader is None
