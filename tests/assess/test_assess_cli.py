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


def test_demo_market_table_follows_its_stated_construction() -> None:
    # 382,000 yen mean, lognormal sigma 0.30: median = 382,000 exp(-0.045) = 365,191;
    # P10 = 365,191 exp(0.30 x -1.28155) = 248,627; P90 = 365,191 exp(0.30 x 1.28155) = 536,403
    market = load_scenario(EXAMPLE).market
    assert market is not None
    expected = {10: 248_627, 25: 298_292, 50: 365_191, 75: 447_093, 90: 536_403}
    for p, value in zip(market.percentiles, market.values, strict=True):
        assert abs(value - expected[int(p)]) <= 50  # rounded to 100 yen
    assert market.source is not None
    assert market.source.startswith("illustrative")


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
