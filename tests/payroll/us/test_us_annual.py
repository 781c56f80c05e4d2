"""US payroll: federal tax, FICA, state and local taxes against hand calculations.

Every expected value is worked out in the test from the published schedule it names (IRS
Rev. Proc. 2024-40 and 2025-32 with Public Law 119-21 for the standard deduction, SSA wage
bases, state rate schedules and agency rate notices), never taken from the code's output.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap.errors import InvalidInput, UnsupportedRule
from expectgap.payroll import us


def test_federal_single_2025_rate_schedule() -> None:
    # Rev. Proc. 2024-40 table 3 (single) and the OBBBA standard deduction of $15,750:
    # taxable 100,000 - 15,750 = 84,250
    # = 11,925 x 10% + (48,475 - 11,925) x 12% + (84,250 - 48,475) x 22%
    # = 1,192.50 + 4,386.00 + 7,870.50 = 13,449.00
    assert us.annual(100_000, year=2025, state="TX").federal_income_tax == 13_449.00


def test_federal_married_joint_2026() -> None:
    # Rev. Proc. 2025-32 table 1 and standard deduction $32,200: taxable 250,000 - 32,200
    # = 217,800 = 24,800 x 10% + 76,000 x 12% + 110,600 x 22% + 6,400 x 24%
    # = 2,480 + 9,120 + 24,332 + 1,536 = 37,468
    r = us.annual(250_000, year=2026, state="FL", filing_status="married filing jointly")
    assert r.federal_income_tax == 37_468.00
    # Medicare: 250,000 x 1.45%, no additional tax at the joint threshold of 250,000.
    assert r.medicare == 3_625.00


def test_federal_head_of_household_2025() -> None:
    # Rev. Proc. 2024-40 table 2 and standard deduction $23,625: taxable 56,375
    # = 17,000 x 10% + 39,375 x 12% = 1,700 + 4,725 = 6,425
    r = us.annual(80_000, year=2025, state="TX", filing_status="head_of_household")
    assert r.federal_income_tax == 6_425.00


def test_social_security_stops_at_the_wage_base() -> None:
    # SSA: wage base 176,100 (2025) and 184,500 (2026); 6.2%.
    r25 = us.annual([176_100, 300_000], year=2025, state="TX")
    assert r25.social_security.tolist() == [10_918.20, 10_918.20]
    assert us.annual(300_000, year=2026, state="TX").social_security == 11_439.00


def test_additional_medicare_above_the_single_threshold() -> None:
    # 26 U.S.C. 3101(b)(2): 250,000 x 1.45% + (250,000 - 200,000) x 0.9% = 3,625 + 450
    assert us.annual(250_000, year=2026, state="TX").medicare == 4_075.00


def test_pre_tax_401k_and_hsa() -> None:
    # 401(k) leaves federal wages but not FICA wages; a cafeteria-plan HSA leaves both.
    # Federal 2026 single: taxable 100,000 - 10,000 - 4,000 - 16,100 = 69,900
    # = 1,240 + 4,560 + 19,500 x 22% (4,290) = 10,090; FICA wages 96,000.
    r = us.annual(100_000, year=2026, state="TX", pre_tax_401k=10_000, hsa=4_000)
    assert r.federal_income_tax == 10_090.00
    assert r.social_security == 5_952.00  # 96,000 x 6.2%
    assert r.medicare == 1_392.00  # 96,000 x 1.45%
    assert r.pre_tax_contributions == 14_000.00
    assert r.net == 100_000 - 10_090 - 5_952 - 1_392 - 14_000


def test_california_2025_single() -> None:
    # FTB 2025 schedule X, standard deduction 5,706, personal exemption credit 153.
    # taxable 94,294: 110.79 + 303.70 + 607.52 + 965.40 + 1,214.56 + 21,570 x 9.3% (2,006.01)
    # = 5,207.98; less the 153 credit = 5,054.98. SDI 1.2% of 100,000 = 1,200.
    r = us.annual(100_000, year=2025, state="CA")
    assert r.state_income_tax == 5_054.98
    assert r.state_payroll_tax == 1_200.00


def test_california_hsa_is_taxed_and_the_credit_phases_out() -> None:
    # California adds HSA contributions back: the state tax of 100,000 with a 4,000 HSA is
    # the tax of 100,000 without it.
    with_hsa = us.annual(100_000, year=2025, state="CA", hsa=4_000)
    assert with_hsa.state_income_tax == us.annual(100_000, year=2025, state="CA").state_income_tax
    # Credit phase-out: federal AGI 262,203 is 10,000 above 252,203, four steps of 2,500:
    # the 153 credit falls by 4 x 6 = 24. AGI 252,203 keeps it all.
    a = us.annual(252_203, year=2025, state="CA").state_income_tax
    b = us.annual(262_203, year=2025, state="CA").state_income_tax
    assert b - a == pytest.approx(10_000 * 0.093 + 24, abs=0.011)


def test_california_mental_health_services_tax() -> None:
    # R&TC 17043: 1% on taxable income above 1,000,000 (taxable = wages - 5,706).
    a = us.annual(1_505_706, year=2025, state="CA").state_income_tax
    b = us.annual(1_405_706, year=2025, state="CA").state_income_tax
    assert b < a
    assert a - b == pytest.approx(100_000 * (0.123 + 0.01), abs=0.011)


def test_new_york_supplemental_tax_phases_in() -> None:
    # IT-201 2025 schedule and worksheet 1: taxable 142,000; schedule tax
    # 340 + 144 + 115.50 + 3,671.25 + 61,350 x 6% (3,681) = 7,951.75; recapture 568 x
    # (150,000 - 107,650) / 50,000 = 481.10 -> 8,432.85.
    assert us.annual(150_000, year=2025, state="NY").state_income_tax == 8_432.85


def test_new_york_flat_rate_above_25_million() -> None:
    # Tax Law 601(d-1): above 25,000,000 of AGI the whole taxable income is taxed at 10.9%.
    r = us.annual(30_000_000, year=2026, state="NY")
    assert r.state_income_tax == pytest.approx((30_000_000 - 8_000) * 0.109, abs=0.006)


def test_new_york_city_and_payroll_2026() -> None:
    # NYC schedule on NY taxable income 92,000: 12,000 x 3.078% + 13,000 x 3.762%
    # + 25,000 x 3.819% + 42,000 x 3.876% = 369.36 + 489.06 + 954.75 + 1,627.92 = 3,441.09.
    # School tax credits (Tax Law 606(e-1)): rate reduction 12,000 x 0.171% + 80,000 x 0.228%
    # = 20.52 + 182.40 = 202.92, fixed 63: 3,441.09 - 202.92 - 63 = 3,175.17.
    # DBL 0.5% capped at 31.20; PFL 0.432% of 100,000 = 432 capped at 411.91.
    r = us.annual(100_000, year=2026, state="NY", nyc_resident=True)
    assert r.local_income_tax == 3_175.17
    assert r.state_payroll_tax == 31.20 + 411.91


@pytest.mark.parametrize(
    ("state", "year", "wages", "expected", "working"),
    [
        ("PA", 2026, 60_000, 1_842.00, "60,000 x 3.07%"),
        ("IL", 2025, 80_000, 3_818.93, "(80,000 - 2,850) x 4.95% = 3,818.925"),
        ("IL", 2025, 260_000, 12_870.00, "no exemption above 250,000: 260,000 x 4.95%"),
        ("GA", 2025, 70_000, 3_010.20, "(70,000 - 12,000) x 5.19%"),
        ("GA", 2026, 70_000, 2_744.50, "(70,000 - 15,000) x 4.99% (HB 463)"),
        ("NC", 2025, 70_000, 2_433.13, "(70,000 - 12,750) x 4.25% = 2,433.125"),
        ("NC", 2026, 70_000, 2_284.28, "(70,000 - 12,750) x 3.99% = 2,284.275"),
        ("MI", 2025, 70_000, 2_728.50, "(70,000 - 5,800) x 4.25%"),
        ("VA", 2025, 70_000, 3_210.90, "60,320 taxable: 60 + 60 + 600 + 43,320 x 5.75%"),
        ("MA", 2025, 70_000, 3_180.00, "(70,000 - 4,400 - 2,000 of FICA) x 5%"),
        ("NJ", 2025, 70_000, 2_319.75, "69,000: 280 + 262.50 + 175 + 29,000 x 5.525% (1,602.25)"),
        ("TX", 2026, 70_000, 0.0, "no income tax"),
        ("WA", 2025, 70_000, 0.0, "no income tax on wages"),
    ],
)
def test_state_income_tax_hand_calculations(
    state: str, year: int, wages: float, expected: float, working: str
) -> None:
    assert us.annual(wages, year=year, state=state).state_income_tax == expected, working


def test_virginia_working() -> None:
    # Va. Code 58.1-320: taxable 70,000 - 8,750 - 930 = 60,320
    # = 3,000 x 2% + 2,000 x 3% + 12,000 x 5% + 43,320 x 5.75% = 60 + 60 + 600 + 2,490.90
    assert us.annual(70_000, year=2025, state="VA").state_income_tax == 3_210.90


def test_new_jersey_payroll_2025() -> None:
    # NJDOL 2025: UI 0.3825% and WF/SWF 0.0425% of the first 43,300; TDI 0.23% and FLI
    # 0.33% of the first 165,400: 165.62 + 18.40 + 230.00 + 330.00 = 744.02 at 100,000.
    assert us.annual(100_000, year=2025, state="NJ").state_payroll_tax == 744.02


def test_washington_and_massachusetts_payroll() -> None:
    # WA 2026: PFML 1.13% x 71.43% of 100,000 = 807.159 -> 807.16; WA Cares 0.58% = 580.
    assert us.annual(100_000, year=2026, state="WA").state_payroll_tax == 1_387.16
    # MA 2025: 0.46% of wages up to 176,100 = 810.06.
    assert us.annual(200_000, year=2025, state="MA").state_payroll_tax == 810.06


def test_pennsylvania_taxes_401k_deferrals() -> None:
    # 72 P.S. 7301: elective deferrals stay in PA compensation; employee UC 0.07%.
    r = us.annual(60_000, year=2026, state="PA", pre_tax_401k=6_000)
    assert r.state_income_tax == 1_842.00
    assert r.state_payroll_tax == 42.00


def test_net_is_wages_less_every_component() -> None:
    r = us.annual(
        [40_000, 95_000, 410_000], year=2026, state="NY", filing_status="mfj", nyc_resident=True
    )
    parts = sum(np.asarray(v) for v in r.components.values())
    assert np.allclose(r.net, r.wages - parts, atol=0.005)
    assert r.filing_status.tolist() == ["married_joint"] * 3


def test_unsupported_state_lists_the_supported_ones() -> None:
    with pytest.raises(UnsupportedRule) as caught:
        us.annual(50_000, year=2026, state="Oregon")
    assert "OR" not in caught.value.supported
    assert {"CA", "TX", "NY", "WA"} <= set(caught.value.supported)
    assert "supported: AK, CA" in str(caught.value)


@pytest.mark.parametrize(
    ("kwargs", "error", "fragment"),
    [
        ({"year": 2024, "state": "CA"}, UnsupportedRule, "year: 2024"),
        ({"year": 2026, "state": "CA", "filing_status": "separate"}, UnsupportedRule, "filing"),
        ({"year": 2026, "state": "CA", "nyc_resident": True}, InvalidInput, "nyc_resident"),
        ({"year": 2026, "state": "CA", "pre_tax_401k": 60_000}, InvalidInput, "no larger"),
        ({"year": 2026, "state": "x" * 500}, InvalidInput, "state"),
        ({"year": "2026", "state": "CA"}, InvalidInput, "year"),
    ],
)
def test_bad_options_are_refused_clearly(
    kwargs: dict[str, object], error: type[Exception], fragment: str
) -> None:
    with pytest.raises(error, match=fragment):
        us.annual(50_000, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [-1, float("nan"), float("inf"), 1e15, "abc", True])
def test_bad_wages_are_refused(bad: object) -> None:
    with pytest.raises(InvalidInput, match="wages"):
        us.annual(bad, year=2026, state="TX")


def test_series_in_series_out_and_per_person_states() -> None:
    wages = pd.Series([50_000.0, 90_000.0], index=["a", "b"], name="pay")
    r = us.annual(wages, year=2026, state=["CA", "TX"])
    assert list(r.net.index) == ["a", "b"]
    assert r.state_income_tax["b"] == 0.0
    assert r.state_income_tax["a"] == us.annual(50_000, year=2026, state="CA").state_income_tax


@settings(max_examples=30, deadline=None)
@given(
    wages=st.lists(st.floats(0, 3_000_000), min_size=1, max_size=4),
    state=st.sampled_from(["CA", "NY", "NJ", "TX", "IL"]),
    status=st.sampled_from(["single", "married_joint", "head_of_household"]),
)
def test_batch_equals_scalars(wages: list[float], state: str, status: str) -> None:
    batch = us.annual(wages, year=2026, state=state, filing_status=status)
    for i, w in enumerate(wages):
        one = us.annual(w, year=2026, state=state, filing_status=status)
        assert batch.net[i] == one.net
        assert batch.state_income_tax[i] == one.state_income_tax


@settings(max_examples=25, deadline=None)
@given(
    target=st.floats(0, 1_500_000),
    state=st.sampled_from(["CA", "NY", "MA", "WA", "GA"]),
    status=st.sampled_from(["single", "married_joint"]),
)
def test_gross_up_is_the_crossing_to_the_cent(target: float, state: str, status: str) -> None:
    g = us.gross_up(target, year=2025, state=state, filing_status=status)
    assert us.annual(g, year=2025, state=state, filing_status=status).net >= target - 1e-6
    if g > 0:
        below = us.annual(round(g - 0.01, 2), year=2025, state=state, filing_status=status)
        assert below.net < target


def test_gross_up_with_contributions_and_batch() -> None:
    targets = np.array([30_000.0, 80_000.0])
    g = us.gross_up(targets, year=2026, state="NJ", pre_tax_401k=5_000, hsa=1_000)
    r = us.annual(g, year=2026, state="NJ", pre_tax_401k=5_000, hsa=1_000)
    assert (r.net >= targets).all()
    assert (
        us.annual(g - 0.01, year=2026, state="NJ", pre_tax_401k=5_000, hsa=1_000).net < targets
    ).all()


def test_salt_itemized_when_state_tax_exceeds_the_standard_deduction() -> None:
    # CA 2025 single 320,000: CA tax is well above the 15,750 standard deduction and below the
    # 40,000 cap (26 U.S.C. 164(b)(6)-(7) as amended by P.L. 119-21), so federal taxable income
    # is 320,000 - CA tax; with the standard deduction the tax would be 76,034.75.
    r = us.annual(320_000, year=2025, state="CA")
    taxable = 320_000 - r.state_income_tax
    expected = 1_192.50 + 4_386 + 12_072.50 + 22_548 + 17_032 + (taxable - 250_525) * 0.35
    assert r.federal_income_tax == pytest.approx(expected, abs=0.006)
    assert r.federal_income_tax < 76_034.75
