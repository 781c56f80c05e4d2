"""Reference values from PolicyEngine-UK for the UK payroll engine's cross-check test.

Runs in the PolicyEngine virtualenv (see ``crosscheck_policyengine_us.py``)::

    .venv-pe/bin/python benchmarks/crosscheck_policyengine_uk.py

Each case is a single-household simulation run offline: one adult aged 40 with employment
income only, in England (London) or Scotland, tax years 2025/26 and 2026/27 (PolicyEngine's
periods 2025 and 2026). Written to ``tests/payroll/uk/data/policyengine_uk.csv`` with the
engine's version in every row.
"""

from __future__ import annotations

import csv
import sys
from importlib.metadata import version
from pathlib import Path

from policyengine_uk import Simulation

OUT = Path(__file__).resolve().parents[1] / "tests/payroll/uk/data/policyengine_uk.csv"
REGIONS = {"england": "LONDON", "scotland": "SCOTLAND"}
PAY = (15_000, 30_000, 45_000, 60_000, 110_000, 130_000, 250_000)
YEARS = (2025, 2026)


def one(region: str, year: int, pay: float) -> dict[str, object]:
    situation = {
        "people": {"you": {"age": {year: 40}, "employment_income": {year: pay}}},
        "benunits": {"b": {"members": ["you"]}},
        "households": {"h": {"members": ["you"], "region": {year: REGIONS[region]}}},
    }
    sim = Simulation(situation=situation)
    return {
        "engine": f"policyengine-uk {version('policyengine-uk')}",
        "tax_year": f"{year}/{(year + 1) % 100:02d}",
        "region": region,
        "employment_income": pay,
        "income_tax": round(float(sim.calculate("income_tax", year)[0]), 2),
        "national_insurance": round(float(sim.calculate("ni_employee", year)[0]), 2),
    }


def main() -> int:
    rows = [one(r, y, p) for y in YEARS for r in REGIONS for p in PAY]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
