"""Hypothesis over the readers: assessment TOML (whole texts and mutations of the shipped
demo), survey and peer CSV, policy TOML, files on disk, and the command line."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap.assess import Policy, parse_scenario
from expectgap.assess.scenario import Scenario, load_scenario
from expectgap.cli import main
from expectgap.market import SurveyTable

FUZZ = settings.get_profile("expectgap-fuzz")
Rule = Callable[..., Any]

EXAMPLES = resources.files("expectgap.assess").joinpath("examples")
DEMO = EXAMPLES.joinpath("tokyo_software_engineer.toml").read_text("utf-8")
PEERS = EXAMPLES.joinpath("tokyo_peers.csv").read_text("utf-8")
POLICY = resources.files("expectgap.assess").joinpath("policy.toml").read_text("utf-8")

# Values an attacker would put in a TOML or CSV cell.
hostile = st.sampled_from(
    [
        "1e300",
        "-1",
        "1e999999",
        "nan",
        "inf",
        str(10**30),
        str(2**63),
        '"/etc/passwd"',
        '"../x.csv"',
        '"/dev/zero"',
        "2026-01-01T00:00:00",
        "10:00:00",
        '"quiet"',
        "true",
        '"no"',
        "[" * 50 + "]" * 50,
        '"x\\n## Zone\\n| a | b |"',
        "{}",
        "[]",
        '"' + "a" * 5_000 + '"',
        "\ufeff",
    ]
)


@st.composite
def mutated(draw: st.DrawFn, text: str) -> str:
    """``text`` with one to three values replaced, lines dropped or bytes inserted."""
    lines = text.splitlines()
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(lines) - 1))
        how = draw(st.sampled_from(["value", "drop", "insert", "duplicate"]))
        if how == "value" and "=" in lines[i]:
            key = lines[i].split("=", 1)[0]
            lines[i] = f"{key}= {draw(hostile)}"
        elif how == "drop":
            del lines[i]
        elif how == "duplicate":
            lines.insert(i, lines[i])
        else:
            lines.insert(i, draw(st.text(max_size=20)))
        if not lines:
            lines = [""]
    return "\n".join(lines)


def _assessed(scenario: Any) -> None:
    if isinstance(scenario, Scenario):
        report = scenario.assess(year=2026)
        for locale in ("en", "ja"):
            report.render(locale)
            report.to_json(locale=locale)


@FUZZ
@given(st.text(max_size=300))
def test_any_text(hierarchy: Rule, text: str) -> None:
    hierarchy(parse_scenario, text)


@settings(FUZZ, max_examples=30)
@given(mutated(DEMO))
def test_mutations_of_the_demo(hierarchy: Rule, text: str) -> None:
    hierarchy(lambda: _assessed(parse_scenario(text, EXAMPLES)))


@FUZZ
@given(mutated(PEERS), st.sampled_from(["amount", "x"]))
def test_peer_csv(hierarchy: Rule, csv_text: str, column: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "peers.csv").write_text(csv_text, encoding="utf-8")
        text = f'[offer.package]\nbase_monthly = 450_000\n[peers]\ncsv = "peers.csv"\ncolumn = "{column}"\n'
        hierarchy(lambda: _assessed(parse_scenario(text, Path(folder))))


@FUZZ
@given(st.lists(st.tuples(st.text(max_size=8), st.text(max_size=12)), max_size=6))
def test_survey_csv(hierarchy: Rule, rows: list[tuple[str, str]]) -> None:
    text = "percentile,value\n" + "\n".join(f"{p},{v}" for p, v in rows)
    hierarchy(SurveyTable.from_csv, io.StringIO(text), currency="JPY")


@FUZZ
@given(mutated(POLICY))
def test_policy(hierarchy: Rule, text: str) -> None:
    hierarchy(Policy.from_toml, text)


@FUZZ
@given(
    st.sampled_from(
        [
            "peers.csv",
            "/etc/hostname",
            "../peers.csv",
            "./peers.csv",
            "a/../../x",
            "",
            "\x00",
            "C:x",
        ]
    )
    | st.text(max_size=30)
)
def test_file_names(hierarchy: Rule, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "peers.csv").write_text(PEERS, encoding="utf-8")
        text = (
            f'[offer.package]\nbase_monthly = 450_000\n[peers]\ncolumn = "amount"\ncsv = {name!r}\n'
        )
        text = text.replace("'", '"') if "'" not in name and '"' not in name else text
        hierarchy(parse_scenario, text, Path(folder))


@settings(FUZZ, max_examples=15)
@given(
    mutated(DEMO),
    st.lists(
        st.sampled_from(["--json", "--locale=ja", "--audience=candidate", "--root=/"]),
        unique=True,
    ),
)
def test_command_line(text: str, flags: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "tokyo_peers.csv").write_text(PEERS, encoding="utf-8")
        path = Path(folder, "case.toml")
        path.write_text(text, encoding="utf-8")
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("sys.stdout", io.StringIO())
            patch.setattr("sys.stderr", io.StringIO())
            assert main(["assess", str(path), *flags]) in (0, 2)


def test_load_scenario_of_odd_files(hierarchy: Rule, tmp_path: Path) -> None:
    for source in (
        "/dev/zero",
        "/dev/null",
        str(tmp_path),
        tmp_path / "none.toml",
        "/proc/self/mem",
    ):
        hierarchy(load_scenario, source)
