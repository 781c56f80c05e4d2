"""A Japanese offer, assessed: take-home pay, market position, gaps and talking points.

A candidate for a Tokyo software-engineering role wants 520,000 yen a month take-home averaged
over the year (the year's take-home / 12, ``net_monthly_average``) and would walk away below
470,000; the company offers 450,000 yen a month gross with a two-month
bonus, a commuting allowance and a housing allowance (the ``expectgap demo`` offer). This
script runs the whole chain on the scalar API:

1. the offer's year of payroll in Japan (2026 rules): every deduction, then net pay;
2. the gross monthly pay the take-home target needs (``expectgap.payroll.jp.gross_up``);
3. the MHLW wage census table of software developers (contractual monthly pay, aged by the
   census series), in gross and in take-home terms;
4. the assessment with talking points, in English and Japanese;

and writes two PNGs: ``offer_market.png`` (gross and net market distributions with the offer
and the expectation marked) and ``offer_waterfall.png`` (gross to net), plus
``offer_report.html`` (the report's Jupyter view).

Usage: ``python examples/japanese_offer_assessment.py [OUTPUT_DIR]`` (default
``examples/output`` or ``$EXPECTGAP_OUTPUT``).
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

import numpy as np

from expectgap import _html, plot
from expectgap.assess import (
    ConditionsSought,
    Expectations,
    Limit,
    Offer,
    PositionSpec,
    SalaryExpectation,
    assess,
)
from expectgap.cli import example_offer
from expectgap.datasets import wage_census, wage_census_trend
from expectgap.market import SurveyTable
from expectgap.payroll.jp.annual import annual

YEAR = 2026
AGE = 32
TAKE_HOME_TARGET = 520_000  # yen a month: the year's take-home / 12
TAKE_HOME_WALK_AWAY = 470_000


def output_dir() -> Path:
    chosen = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("EXPECTGAP_OUTPUT")
    path = Path(chosen) if chosen else Path(__file__).resolve().parent / "output"
    path.mkdir(parents=True, exist_ok=True)
    return path


def market() -> SurveyTable:
    """Contractual monthly pay (きまって支給する現金給与額: scheduled pay plus overtime pay) of
    software developers (ソフトウェア作成者): the national 2025 distribution of the MHLW wage
    census scaled to their 2024 mean (386.2 / 330.4), a model stated in the table's source; it
    is compared with the offer's monthly gross pay (base, allowances and fixed overtime)."""
    return wage_census(occupation="ソフトウェア作成者", measure="contractual")


def main() -> None:
    out = output_dir()
    package, conditions = example_offer()
    offer = Offer(
        PositionSpec("Software Engineer", level=3),
        package,
        conditions,
        atmosphere=("flat hierarchy", "code review culture"),
    )
    wish = Expectations(
        position=None,
        salary=SalaryExpectation(
            TAKE_HOME_TARGET, basis="net_monthly_average", walk_away=TAKE_HOME_WALK_AWAY
        ),
        conditions=ConditionsSought(
            hours_per_week=Limit(40, importance="must"),
            overtime_hours_per_month=Limit(10, walk_away=20),
            remote_days_per_week=Limit(3, walk_away=2),
        ),
        age=AGE,
    )

    year = annual(package, year=YEAR, age=AGE)
    print(f"Offer: {package.monthly_base().format()} base; {YEAR} payroll, Tokyo, age {AGE}")
    for name, amount in [("gross", year.gross), *year.components.items(), ("net", year.net)]:
        print(f"  {name:<22} {amount:>12,} yen")

    table = market()
    report = assess(
        wish,
        offer,
        market=table,
        market_measure="monthly_gross",
        trend=wage_census_trend(),
        year=YEAR,
        as_of=date(2026, 11, 1),
    )
    assert report.market is not None
    table = report.market.table  # aged to the assessment date by the census series
    gross_gap, net_gap = report.gap("gross_salary"), report.gap("net_salary")
    print(
        f"\nTake-home offered {net_gap.offered:,.0f} yen a month vs {TAKE_HOME_TARGET:,} sought: "
        f"{net_gap.severity.value} gap; it needs {gross_gap.expected:,.0f} yen a month gross "
        f"(offered {gross_gap.offered:,.0f})."
    )
    print("\n" + report.render("en"))
    print("\n" + report.render("ja"))

    # Market in take-home terms: the offer's package structure at each market gross figure.
    # (allowances and fixed overtime as offered, the rest base pay with its two-month bonus;
    # the commuting allowance is treated as pay here, a simplification of the picture only)
    extras = float(gross_gap.offered) - float(package.monthly_base().amount)

    def monthly_net(gross: np.ndarray) -> np.ndarray:
        pay = np.asarray(gross, dtype=float)
        bonus = 2 * np.maximum(pay - extras, 0.0)
        return np.asarray(annual(pay, year=YEAR, age=AGE, bonus=bonus).net) / 12

    net_table = table.to_net(monthly_net, label="take-home, offer's package structure")
    fig = plot.market(
        table,
        offer=float(gross_gap.offered),
        expectation=float(gross_gap.expected),
        net_table=net_table,
        net_offer=float(net_gap.offered),
        net_expectation=float(net_gap.expected),
        title=(
            "Tokyo software engineer: monthly pay vs software developers in the MHLW wage census "
            "(model: national spread, 2024 mean)"
        ),
        points_label="national 2025 points x 386.2 / 330.4, aged",
    )
    fig.savefig(out / "offer_market.png", dpi=110)
    fig = plot.waterfall(year, title=f"The offer's {YEAR} in Tokyo: from gross to take-home pay")
    fig.savefig(out / "offer_waterfall.png", dpi=110)
    (out / "offer_report.html").write_text(_html.gap_report(report), encoding="utf-8")
    print(f"\nwrote {out / 'offer_market.png'}, {out / 'offer_waterfall.png'}, offer_report.html")


if __name__ == "__main__":
    main()
