"""Cross-check against PolicyEngine-UK: 28 single-household simulations kept as CSV.

Source: ``tests/payroll/uk/data/policyengine_uk.csv``, written by
``benchmarks/crosscheck_policyengine_uk.py`` (PolicyEngine-UK 2.162.10, run offline in its own
virtualenv): one adult with employment income only, England (London) and Scotland, tax years
2025/26 and 2026/27. Income tax and employee NI must agree to the penny.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from expectgap.payroll import uk

DATA = Path(__file__).parent / "data" / "policyengine_uk.csv"


def _rows() -> list[dict[str, object]]:
    frame = pd.read_csv(DATA)
    assert len(frame) == 28
    assert set(frame["engine"]) == {"policyengine-uk 2.162.10"}
    return frame.to_dict("records")


@pytest.mark.parametrize(
    "row", _rows(), ids=lambda r: f"{r['tax_year']}-{r['region']}-{r['employment_income']}"
)
def test_matches_policyengine(row: dict[str, object]) -> None:
    ours = uk.annual(row["employment_income"], tax_year=row["tax_year"], region=row["region"])
    assert ours.income_tax == pytest.approx(row["income_tax"], abs=0.006)
    assert ours.national_insurance == pytest.approx(row["national_insurance"], abs=0.006)
