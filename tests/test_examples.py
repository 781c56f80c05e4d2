"""Every script in examples/ runs to completion and writes the PNG files it promises."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# script -> the PNG files it must write into the output directory
EXPECTED = {
    "japanese_offer_assessment.py": ("offer_market.png", "offer_waterfall.png"),
    "population_gap_analysis.py": ("population.png",),
    "dask_scale_out.py": ("dask_population.png",),
}


def test_the_examples_exist() -> None:
    assert set(EXPECTED) <= {p.name for p in EXAMPLES.glob("*.py")}


@pytest.mark.slow
@pytest.mark.parametrize("script", sorted(EXPECTED))
def test_example_runs_and_writes_pngs(script: str, tmp_path: Path) -> None:
    env = {**os.environ, "MPLBACKEND": "Agg"}
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / script), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip(), "an example prints what it found"
    for name in EXPECTED[script]:
        png = tmp_path / name
        assert png.exists(), f"{script} did not write {name}"
        assert png.read_bytes()[:8] == PNG_SIGNATURE
        assert png.stat().st_size > 10_000, f"{name} looks empty"
