"""Run a batch of salaried employees through OpenFisca-Japan (a separate interpreter).

OpenFisca-Japan 2.2 pins numpy < 1.25, which cannot live beside expectgap's numpy 2 / pandas 3,
so the benchmarks run this script with the interpreter of a separate virtual environment
(``.venv-bench``, made by ``make bench``) and exchange JSON over stdin / stdout.

Input (stdin): {"date": "2026-01-01", "salary": [...], "bonus1": [...], "bonus2": [...],
"age": [...], "per_person_sample": 20, "json_sample": rows of the JSON-like path (default all),
"repeats": runs of the vectorized path (the best is kept)}. ``salary`` is the annual income including bonuses
(OpenFisca's 収入); the two bonuses are 年1回目の賞与 / 年2回目の賞与.
Output (stdout): {"seconds": seconds of the batch built from a JSON-like situation (every person
and household spelled out), "vectorized_seconds": best seconds of the vectorized path
(``SimulationBuilder.build_default_simulation`` + ``set_input`` of whole arrays, the fastest),
"per_person_seconds": median seconds of a one-person situation, "values" and
"vectorized_values": {variable: [...]}, "versions": {...}}.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from datetime import date
from importlib.metadata import version
from typing import Any

VARIABLES = ("健康保険料", "介護保険料", "厚生年金保険料", "雇用保険料", "所得税", "住民税")


def _situation(day: str, rows: list[tuple[float, float, float, int]]) -> dict[str, Any]:
    when = date.fromisoformat(day)
    people: dict[str, Any] = {}
    households: dict[str, Any] = {}
    for i, (salary, bonus1, bonus2, age) in enumerate(rows):
        person = f"p{i}"
        born = date(when.year - age - 1, 12, 31).isoformat()
        people[person] = {
            "誕生年月日": {"ETERNITY": born},
            "収入": {day: salary},
            "年1回目の賞与": {day: bonus1},
            "年2回目の賞与": {day: bonus2},
            # An employee is in the employees' pension, not the national pension: OpenFisca's
            # default (True) would deduct 12 x 17,510 yen of national pension premiums.
            "国民年金保険に加入している": {day: False},
        }
        households[f"h{i}"] = {"親一覧": [person]}
    return {"世帯員": people, "世帯一覧": households}


def _run(system: Any, day: str, rows: list[tuple[float, float, float, int]]) -> dict[str, list]:
    from openfisca_core.simulation_builder import SimulationBuilder

    simulation = SimulationBuilder().build_from_entities(system, _situation(day, rows))
    return {name: simulation.calculate(name, day).tolist() for name in VARIABLES}


def _arrays(day: str, rows: list[tuple[float, float, float, int]]) -> dict[str, Any]:
    """The inputs of the vectorized path as numpy arrays (prepared before it is timed)."""
    import numpy as np

    when = date.fromisoformat(day)
    salary, bonus1, bonus2, age = (np.asarray(column) for column in zip(*rows, strict=True))
    born = [date(when.year - int(a) - 1, 12, 31) for a in age]
    return {
        "誕生年月日": np.asarray(born, dtype="datetime64[D]"),
        "収入": salary.astype(np.float32),
        "年1回目の賞与": bonus1.astype(np.float32),
        "年2回目の賞与": bonus2.astype(np.float32),
        "国民年金保険に加入している": np.zeros(len(rows), dtype=bool),
    }


def _run_vectorized(system: Any, day: str, arrays: dict[str, Any]) -> dict[str, list]:
    """The same people through OpenFisca's vectorized path: a default simulation of as many
    people as rows (one household each) whose inputs are set as whole arrays."""
    from openfisca_core.simulation_builder import SimulationBuilder

    count = len(arrays["収入"])
    simulation = SimulationBuilder().build_default_simulation(system, count=count)
    for name, values in arrays.items():
        simulation.set_input(name, "ETERNITY" if name == "誕生年月日" else day, values)
    return {name: simulation.calculate(name, day) for name in VARIABLES}


def main() -> None:
    from openfisca_japan import CountryTaxBenefitSystem

    request = json.load(sys.stdin)
    day = request["date"]
    rows = list(
        zip(request["salary"], request["bonus1"], request["bonus2"], request["age"], strict=True)
    )
    system = CountryTaxBenefitSystem()
    _run(system, day, rows[:2])  # warm-up: parameter loading, formula resolution
    start = time.perf_counter()
    values = _run(system, day, rows[: int(request.get("json_sample", len(rows)))])
    seconds = time.perf_counter() - start
    arrays = _arrays(day, rows)
    _run_vectorized(system, day, _arrays(day, rows[:2]))
    vector_times = []
    for _ in range(int(request.get("repeats", 3))):
        start = time.perf_counter()
        vector_values = _run_vectorized(system, day, arrays)
        vector_times.append(time.perf_counter() - start)
    singles = []
    for row in rows[: int(request.get("per_person_sample", 20))]:
        start = time.perf_counter()
        _run(system, day, [row])
        singles.append(time.perf_counter() - start)
    json.dump(
        {
            "seconds": seconds,
            "vectorized_seconds": min(vector_times),
            "vectorized_values": {name: v.tolist() for name, v in vector_values.items()},
            "per_person_seconds": statistics.median(singles) if singles else None,
            "values": values,
            "versions": {p: version(p) for p in ("openfisca-japan", "openfisca-core", "numpy")},
        },
        sys.stdout,
        ensure_ascii=False,
    )


if __name__ == "__main__":
    main()
