"""The jurisdiction registry: lookup, errors, and delegation to the engines."""

from __future__ import annotations

import numpy as np
import pytest

from expectgap import payroll
from expectgap.errors import UnsupportedRule
from expectgap.payroll import jp


def test_supported_jurisdictions() -> None:
    assert payroll.supported_jurisdictions() == ("GB", "JP", "US")


@pytest.mark.parametrize("code", ["JP", "jp", " Jp "])
def test_engine_lookup_ignores_case_and_spaces(code: str) -> None:
    found = payroll.engine(code)
    assert found.code == "JP"
    assert found.currency == "JPY"
    assert isinstance(found, payroll.PayrollEngine)


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("FR", "jurisdiction: 'FR' is not supported; supported: GB, JP, US"),
        ("JPN", "did you mean 'JP'?; supported: GB, JP, US"),
        ("", "supported: GB, JP, US"),
    ],
)
def test_unknown_jurisdiction_lists_the_supported_ones(code: str, message: str) -> None:
    with pytest.raises(UnsupportedRule, match=message.replace("?", r"\?")) as caught:
        payroll.engine(code)
    assert caught.value.supported == ("GB", "JP", "US")
    with pytest.raises(UnsupportedRule):
        payroll.net(300_000, jurisdiction=code, year=2026)


def test_net_delegates_to_the_japan_engine() -> None:
    # region is the prefecture: Osaka's FY2026 rate 10.13 % gives more health insurance than
    # Tokyo's 9.85 % on the same pay.
    osaka = payroll.net(400_000, year=2026, region="osaka", age=45)
    direct = jp.annual(400_000, year=2026, prefecture="osaka", age=45)
    assert isinstance(osaka, payroll.NetBreakdown)
    assert osaka.net == direct.net
    assert osaka.components == direct.components
    tokyo = payroll.net(400_000, year=2026, region="東京都", age=45)
    assert osaka.components["health"] > tokyo.components["health"]


def test_gross_up_delegates() -> None:
    targets = np.array([250_000, 320_000])
    assert (
        payroll.gross_up(targets, year=2026, region=13).tolist()
        == jp.gross_up(targets, year=2026, prefecture="tokyo").tolist()
    )
    g = payroll.gross_up(3_000_000, jurisdiction="jp", year=2025, period="year")
    assert g == jp.gross_up(3_000_000, year=2025, period="year")


def test_us_and_uk_engines_behind_the_registry() -> None:
    from expectgap.payroll import uk, us

    found = payroll.engine("us")
    assert isinstance(found, payroll.PayrollEngine)
    assert (found.code, found.currency) == ("US", "USD")
    r = payroll.net(120_000, jurisdiction="US", year=2026, region="NJ", filing_status="mfj")
    assert isinstance(r, payroll.NetBreakdown)
    assert r.net == us.annual(120_000, year=2026, state="NJ", filing_status="mfj").net
    assert (
        payroll.gross_up(r.net, jurisdiction="us", year=2026, region="NJ", filing_status="mfj")
        <= 120_000
    )
    gb = payroll.engine("UK")
    assert (gb.code, gb.currency) == ("GB", "GBP")
    r2 = payroll.net(45_000, jurisdiction="GB", year=2026, region="scotland", student_loan_plan=4)
    assert (
        r2.net == uk.annual(45_000, tax_year="2026/27", region="scotland", student_loan_plan=4).net
    )


def test_us_engine_needs_a_state() -> None:
    from expectgap.errors import InvalidInput

    with pytest.raises(InvalidInput, match="region"):
        payroll.net(100_000, jurisdiction="US", year=2026)
