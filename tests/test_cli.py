"""The command line (foundation part)."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

import expectgap
from expectgap.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"expectgap {expectgap.__version__}"


@pytest.mark.parametrize("collecting", [True, False])
def test_a_call_leaves_the_cyclic_collector_as_it_found_it(
    collecting: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    # main switches the collector off while it runs (a start-up saving), then back as it was,
    # also when the command fails
    was = gc.isenabled()
    try:
        (gc.enable if collecting else gc.disable)()
        assert main(["--version"]) == 0
        assert gc.isenabled() is collecting
        assert main(["assess", "no-such-file.toml"]) == 2
        assert gc.isenabled() is collecting
    finally:
        (gc.enable if was else gc.disable)()
    capsys.readouterr()


def test_the_command_exits_with_the_status_of_main() -> None:
    ok = subprocess.run([sys.executable, "-m", "expectgap", "--version"], capture_output=True)
    refused = subprocess.run(
        [sys.executable, "-m", "expectgap", "assess", "no-such-file.toml"], capture_output=True
    )
    assert (ok.returncode, refused.returncode) == (0, 2)
    assert refused.stderr.decode().startswith("expectgap: error: file")


def test_python_dash_m_runs_the_demo() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "expectgap", "demo"], capture_output=True, text=True, check=True
    )
    # The example offer: 450,000 a month base, 2 months bonus, 15,000 commuting, 20,000 housing,
    # 65,000 fixed overtime. Annual cash = (450,000 + 15,000 + 20,000 + 65,000) x 12 + 900,000.
    assert "¥450,000 per month" in done.stdout
    assert "¥7,500,000 per year" in done.stdout
