"""Invariants of compare_offers over generated offers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap import compare_offers
from expectgap.money import Money
from expectgap.package import Bonus, CompensationPackage, EquityGrant, SignOn

USD = "USD"

packages = st.builds(
    lambda base, bonus, sign_on, grant, years: CompensationPackage(
        base=Money(base, USD, "annual"),
        bonuses=(Bonus.target(bonus),) if bonus else (),
        sign_on=SignOn(Money(sign_on, USD)) if sign_on else None,
        equity=(EquityGrant.cliff_then(Money(grant, USD), years=years, every="monthly"),)
        if grant
        else (),
    ),
    st.integers(1, 10**6),
    st.integers(0, 50),
    st.integers(0, 10**5),
    st.integers(0, 10**6),
    st.integers(1, 5),
)


@settings(max_examples=25, deadline=None)
@given(st.lists(packages, min_size=1, max_size=3), st.integers(1, 6))
def test_totals_add_up_and_the_leader_leads(offers: list[CompensationPackage], years: int) -> None:
    c = compare_offers(offers, years=years, jurisdiction="XX")
    for i, (pkg, p) in enumerate(zip(offers, c.projections, strict=True)):
        # Exact: the period's total is the sum of the years; shown rounded to the cent, the
        # rounded total is within half a cent a year of the sum of the rounded years.
        assert p.total("total") == sum(y.total for y in p.years)
        shown = [c.row("year_total", k).values[i] for k in range(1, years + 1)]
        total = c.row("total_compensation").values[i]
        assert isinstance(total, float)
        assert abs(total - sum(shown)) <= 0.005 * years + 1e-6  # type: ignore[arg-type]
        # Every grant vests in full once the horizon is covered; none vests beyond it.
        vested = p.total("equity")
        grant = sum((g.grant_value.amount for g in pkg.equity), 0)
        assert vested is not None
        assert vested <= grant
        if years >= pkg.vesting_horizon():
            assert vested == grant
    for row in c.rows:
        if row.leader is not None:
            values = [v for v in row.values if isinstance(v, float)]
            best = max(values) if row.higher_is_better else min(values)
            assert row.values[c.names.index(row.leader)] == best
            assert row.lead is not None
            assert row.lead > 0
