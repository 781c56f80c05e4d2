"""Time PolicyEngine-US or -UK on one vectorized simulation (run in the PolicyEngine venv).

Usage: ``python _policyengine_worker.py us|uk N``. Builds one household whose earner's
employment income runs over ``N`` values (PolicyEngine's axes, its vectorized path) from 20,000
to 500,000, computes the taxes the expectgap engines compute, and prints one JSON object:
``{"engine": ..., "n": N, "seconds": ...}`` (build and calculation, the import excluded).
"""

from __future__ import annotations

import json
import sys
import time
from importlib.metadata import version

LOW, HIGH = 20_000, 500_000


def run_us(n: int) -> float:
    from policyengine_us import Simulation

    start = time.perf_counter()
    sim = Simulation(
        situation={
            "people": {"you": {"age": {2026: 40}}},
            "tax_units": {"t": {"members": ["you"]}},
            "families": {"f": {"members": ["you"]}},
            "spm_units": {"s": {"members": ["you"]}},
            "marital_units": {"m": {"members": ["you"]}},
            "households": {"h": {"members": ["you"], "state_name": {2026: "CA"}}},
            "axes": [[{"name": "employment_income", "count": n, "min": LOW, "max": HIGH}]],
        }
    )
    for name in ("income_tax", "employee_social_security_tax", "employee_medicare_tax"):
        sim.calculate(name, 2026)
    sim.calculate("state_income_tax", 2026)
    return time.perf_counter() - start


def run_uk(n: int) -> float:
    from policyengine_uk import Simulation

    start = time.perf_counter()
    sim = Simulation(
        situation={
            "people": {"you": {"age": {2026: 40}}},
            "benunits": {"b": {"members": ["you"]}},
            "households": {"h": {"members": ["you"], "region": {2026: "LONDON"}}},
            "axes": [[{"name": "employment_income", "count": n, "min": LOW, "max": HIGH}]],
        }
    )
    for name in ("income_tax", "ni_employee"):
        sim.calculate(name, 2026)
    return time.perf_counter() - start


def main() -> int:
    country, n = sys.argv[1], int(sys.argv[2])
    seconds = run_us(n) if country == "us" else run_uk(n)
    package = "policyengine-us" if country == "us" else "policyengine-uk"
    print(json.dumps({"engine": f"{package} {version(package)}", "n": n, "seconds": seconds}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
