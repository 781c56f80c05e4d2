"""Reference values from PolicyEngine-US for the US payroll engine's cross-check test.

Runs in its own virtualenv (PolicyEngine-US pins its own numpy and pandas)::

    python3.11 -m venv .venv-pe
    .venv-pe/bin/pip install policyengine-us policyengine-uk
    .venv-pe/bin/python benchmarks/crosscheck_policyengine_us.py

Each case is a single-household simulation run offline: one earner aged 40 with wages only, a
spouse aged 40 without income for married filing jointly. Written to
``tests/payroll/us/data/policyengine_us.csv`` with the engine's version in every row. Federal
income tax is PolicyEngine's ``income_tax_before_credits`` (it leaves the additional Medicare
tax out; we count that under ``medicare`` as PolicyEngine's ``employee_medicare_tax`` plus
``additional_medicare_tax``); state tax is ``state_income_tax``; local tax ``nyc_income_tax``.
"""

from __future__ import annotations

import csv
import sys
from importlib.metadata import version
from pathlib import Path

from policyengine_us import Simulation

OUT = Path(__file__).resolve().parents[1] / "tests/payroll/us/data/policyengine_us.csv"
STATES = ("TX", "FL", "WA", "CA", "NY", "PA", "IL", "GA", "NC", "MI", "NJ", "VA", "MA")
STATUSES = ("single", "married_joint")
WAGES = (45_000, 85_000, 160_000, 320_000, 1_500_000)
YEARS = (2025, 2026)


def situation(state: str, year: int, status: str, wages: float, nyc: bool) -> dict[str, object]:
    people: dict[str, object] = {"you": {"age": {year: 40}, "employment_income": {year: wages}}}
    members = ["you"]
    if status == "married_joint":
        people["spouse"] = {"age": {year: 40}, "employment_income": {year: 0}}
        members.append("spouse")
    household: dict[str, object] = {"members": members, "state_name": {year: state}}
    if nyc:
        household["in_nyc"] = {year: True}
    return {
        "people": people,
        "tax_units": {"tu": {"members": members}},
        "families": {"f": {"members": members}},
        "spm_units": {"s": {"members": members}},
        "marital_units": {"m": {"members": members}},
        "households": {"h": household},
    }


def one(state: str, year: int, status: str, wages: float, nyc: bool) -> dict[str, object]:
    sim = Simulation(situation=situation(state, year, status, wages, nyc))

    def first(name: str) -> float:
        return float(sim.calculate(name, year)[0])

    add_medicare = first("additional_medicare_tax")
    state_tax = 0.0
    if state not in ("TX", "FL", "WA"):
        state_tax = first("state_income_tax")
    return {
        "engine": f"policyengine-us {version('policyengine-us')}",
        "year": year,
        "state": state,
        "filing_status": status,
        "nyc_resident": nyc,
        "wages": wages,
        "federal_income_tax": round(first("income_tax_before_credits"), 2),
        "federal_income_tax_after_credits": round(first("income_tax"), 2),
        "social_security": round(first("employee_social_security_tax"), 2),
        "medicare": round(first("employee_medicare_tax") + add_medicare, 2),
        "state_income_tax": round(state_tax, 2),
        "local_income_tax": round(first("nyc_income_tax"), 2) if nyc else 0.0,
    }


def main() -> int:
    rows = []
    for year in YEARS:
        for state in STATES:
            for status in STATUSES:
                for wages in WAGES:
                    rows.append(one(state, year, status, wages, False))
                    if state == "NY":
                        rows.append(one(state, year, status, wages, True))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
