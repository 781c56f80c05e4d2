"""The command line and the TOML format: good files, bad keys, bad lines, the demo."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from expectgap.assess.scenario import load_scenario, parse_scenario
from expectgap.cli import demo_file, main
from expectgap.errors import InvalidInput

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "tokyo_software_engineer.toml"
DOC = ROOT / "docs" / "toml-format.md"


def test_examples_are_the_packaged_demo_files() -> None:
    packaged = demo_file()
    assert EXAMPLE.read_bytes() == packaged.read_bytes()
    peers = ROOT / "examples" / "tokyo_peers.csv"
    assert peers.read_bytes() == packaged.parent.joinpath("tokyo_peers.csv").read_bytes()  # type: ignore[attr-defined]


def test_demo_market_is_the_wage_census_table_for_software_developers() -> None:
    # MHLW wage census: national 2025 P10-P90 199.9 / 238.2 / 296.6 / 389.8 / 527.3 thousand yen
    # scaled by the 2024 mean of ソフトウェア作成者 over the national 2024 mean, 357.0 / 330.4:
    # P50 = 296,600 x 357.0 / 330.4 = 320,478.8 -> 320,479 yen
    scenario = load_scenario(EXAMPLE)
    market = scenario.market
    assert market is not None
    national = {10: 199_900, 25: 238_200, 50: 296_600, 75: 389_800, 90: 527_300}
    expected = {p: round(v * 357_000 / 330_400) for p, v in national.items()}
    assert {int(p): v for p, v in market.exact.items()} == expected
    assert market.source is not None
    assert "illustrative" not in market.source
    assert "ソフトウェア作成者" in market.source
    assert "assumes the national spread" in market.source
    assert scenario.options["market_measure"].value == "monthly_scheduled"
    # the offer is also placed in the Tokyo and subsection-chief (係長級) tables
    names = [name for name, _ in scenario.references]
    assert names == ["東京都", "係長級"]
    tokyo = dict(scenario.references)["東京都"]
    assert tokyo.exact[50] == round(296_600 * 403_700 / 330_400)


def test_demo_trend_comes_from_the_census_series(capsys: pytest.CaptureFixture[str]) -> None:
    report = load_scenario(EXAMPLE).assess()
    assert report.market is not None
    trend = report.market.trend
    assert trend is not None
    # observed: 330.4 / 318.3 - 1 = 3.80% (2024), 340.6 / 330.4 - 1 = 3.09% (2025, preliminary)
    assert [(y, round(100 * r, 1), p) for y, r, p in trend.observed] == [
        (2024, 3.8, False),
        (2025, 3.1, True),
    ]
    # beyond June 2025 the 3-year compound rate (340.6 / 311.8) ** (1 / 3) - 1 = 2.99%
    assert trend.extrapolated_rate == pytest.approx((340.6 / 311.8) ** (1 / 3) - 1)
    assert trend.extrapolation_basis == (2022, 2025)
    en, ja = report.render("en"), report.render("ja")
    assert (
        "scheduled pay of full-time employees rose 3.8% in 2024 and 3.1% in 2025 (preliminary) "
        "(MHLW wage census)"
    ) in en
    assert "extrapolated at 3% a year, the compound rate of 2022–2025" in en
    assert "2024年に3.8%、2025年に3.1%（速報）上昇しました" in ja
    assert "illustrative" not in en
    data = json.loads(report.to_json())
    items = [e for g in data["gaps"] for e in g.get("evidence", []) if e["kind"] == "trend"]
    assert items[0]["observed"][1] == {
        "year": 2025,
        "rate": items[0]["observed"][1]["rate"],
        "preliminary": True,
    }
    assert items[0]["extrapolation_basis"] == [2022, 2025]
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "東京都: median" in out
    assert "係長級: median" in out


def test_assess_good_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Expectation gap report")
    assert "## Talking points" in out


def test_assess_json_japanese_candidate(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["assess", str(EXAMPLE), "--json", "--locale", "ja", "--audience", "candidate"]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["audience"] == "candidate"
    assert data["locale"] == "ja"
    assert "zone" not in data
    assert data["talking_points"][0]["summary"].startswith("手取り額")


def _run(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> str:
    path = tmp_path / "case.toml"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "tokyo_peers.csv").write_text(
        (ROOT / "examples" / "tokyo_peers.csv").read_text(), encoding="utf-8"
    )
    assert main(["assess", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Traceback" not in captured.err
    return captured.err


def test_bad_key_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = EXAMPLE.read_text().replace("base_monthly = 450_000", "base_montly = 450_000")
    err = _run(tmp_path, text, capsys)
    assert "offer.package.base_montly" in err
    assert "did you mean 'base_monthly'" in err


def test_bad_value_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = EXAMPLE.read_text().replace("walk_away = 470_000", "walk_away = 600_000")
    err = _run(tmp_path, text, capsys)
    assert "candidate.salary" in err
    assert "walk_away" in err


def test_bad_line_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = EXAMPLE.read_text().splitlines()
    number = next(i for i, line in enumerate(lines, 1) if line.startswith("target = 520_000"))
    lines[number - 1] = "target = 520_000 yen"
    err = _run(tmp_path, "\n".join(lines) + "\n", capsys)
    assert f"line {number}" in err


def test_bad_csv_line_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = EXAMPLE.read_text().replace('csv = "tokyo_peers.csv"', 'csv = "peers.csv"')
    (tmp_path / "peers.csv").write_text(
        "employee,level,years_experience,monthly_scheduled_pay\nS01,4,6,452000\nS02,4,7,n/a\n",
        encoding="utf-8",
    )
    err = _run(tmp_path, text, capsys)
    assert "peers.csv line 3" in err
    assert "monthly_scheduled_pay" in err


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", "no/such/file.toml"]) == 2
    assert "no/such/file.toml" in capsys.readouterr().err


def test_demo_prints_summary_and_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Offer summary (JPY)")
    assert "# Expectation gap report" in out
    assert "# 条件すり合わせレポート" in out
    assert "面談での説明ポイント" in out


def test_demo_runs_as_a_module() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "expectgap", "demo"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Talking points" in done.stdout


def test_documented_toml_example_loads() -> None:
    blocks = re.findall(r"```toml\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)
    assert blocks, "docs/toml-format.md holds a ```toml example"
    scenario = parse_scenario(blocks[0])
    report = scenario.assess()
    assert report.salary_basis is not None
    assert len(report.gaps) == 10


def test_relative_files_need_a_base_directory() -> None:
    with pytest.raises(InvalidInput, match=r"peers\.csv"):
        parse_scenario('[offer.package]\nbase_monthly = 1\n[peers]\ncsv = "x.csv"\ncolumn = "a"')


def test_cli_rules_year_fallback_and_strict_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "later.toml"
    path.write_text(
        '[assessment]\nyear = 2027\n[candidate.salary]\nbasis = "net_monthly"\ntarget = 300_000\n'
        "[offer.package]\nbase_monthly = 400_000\n",
        encoding="utf-8",
    )
    assert main(["assess", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["year"], data["rules_year"], data["salary_basis"]) == (2027, 2026, "net_monthly")
    assert main(["assess", str(path), "--locale", "ja"]) == 0
    assert "2026年の制度" in capsys.readouterr().out
    assert main(["assess", str(path), "--strict-year"]) == 2
    assert "year: 2027 is not supported" in capsys.readouterr().err


def test_census_market_errors_name_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = EXAMPLE.read_text().replace(
        'occupation = "ソフトウェア作成者"', 'occupation = "ソフトウェア"'
    )
    err = _run(tmp_path, text, capsys)
    assert "market.census" in err
    assert "ソフトウェア作成者" in err  # the closest name is suggested
    text = EXAMPLE.read_text().replace('trend = "census"', 'trend = "sometimes"')
    assert "market.trend" in _run(tmp_path, text, capsys)
    text = EXAMPLE.read_text().replace('{ role = "係長級" }', '{ rank = "係長級" }')
    assert "market.compare[1].rank" in _run(tmp_path, text, capsys)


def test_census_market_with_a_number_trend_and_another_measure() -> None:
    text = EXAMPLE.read_text()
    text = text.replace(
        'census = { occupation = "ソフトウェア作成者" }',
        'census = { prefecture = "Tokyo", measure = "contractual" }',
    )
    text = text.replace('trend = "census"', "trend = 0.03")
    scenario = parse_scenario(text, EXAMPLE.parent)
    assert scenario.options["market_measure"].value == "monthly_gross"
    assert scenario.options["trend"] == 0.03
    assert scenario.market is not None
    # Tokyo contractual monthly pay 2024 is 434.3 thousand yen: P50 = 296,600 x 434.3 / 330.4
    assert scenario.market.exact[50] == round(296_600 * 434_300 / 330_400)
    report = scenario.assess()
    assert report.market is not None
    assert report.market.trend is not None
    assert report.market.trend.observed == ()  # a given rate: no series years to state
