"""Cross-check: the same employees through expectgap and OpenFisca-Japan, component by component.

1,000 employees in Tokyo, 2026: monthly pay from 100,000 to 1,500,000 yen in equal steps, two
months of pay as bonus (June and December), ages 30 and 45 alternating. For each component the
script prints how far OpenFisca-Japan is from expectgap, and checks that the gap is the model
difference documented below (read from OpenFisca-Japan 2.2.0's source, variables/*.py and
parameters/*.yaml): for social insurance it reproduces OpenFisca's number from that model.

Model differences (OpenFisca-Japan 2.2.0 vs expectgap):

- health (健康保険料): a flat 10 % rate for everyone (parameters/社会保険料/健康保険料率.yaml), on
  the monthly pay clipped to 58,000-1,390,000 (no grade table, 標準報酬月額.py) plus the year's
  bonuses capped at 5,730,000 (no 1,000-yen floor per bonus), times 12, halved, no rounding;
  the child support levy is not modelled. expectgap: Tokyo 9.91 % / 9.85 % by premium month,
  the 50-grade table, bonus premiums per payment, the levy from the April 2026 premium month
  (reported as child_support), the 0.50-yen rule.
- nursing care (介護保険料): 1.6 % flat (FY2015 rate) on the same base, ages 40-64; expectgap
  1.59 % (FY2025) / 1.62 % (FY2026), rounded with health at the combined rate.
- pension (厚生年金保険料): 18.3 % on pay clipped to 88,000-650,000 (no grades), bonuses capped
  at 1,500,000 each; the same rate as expectgap, so the gap is the grade rounding only.
- employment (雇用保険料): the annual income (salary and bonuses) times the rate in force on the
  simulation date (5.5 per mille on 2026-01-01), no rounding; expectgap charges each payment at
  the rate of its month (5.5 per mille January-March, 5 per mille from April 2026).
- income tax (所得税): the employment income deduction by the 2020 formula (minimum 550,000;
  no table 5 below 6.6M, no 2025 / 2026 minimums), the 2025 basic deduction tiers for 2026
  (950,000 ... 580,000 rather than 2026's 1,040,000 / 670,000 / 620,000), its own social
  insurance (above) as the deduction, no 1,000-yen floor of taxable income, no 100-yen floor of
  the tax. expectgap: the December 2026 year-end adjustment with the 2026 reform.
- resident tax (住民税): on the same year's income (expectgap: January-May the FY2025 levy,
  June-December the FY2026 levy, both on the previous year's salary), with no 1,000 / 100-yen
  rounding, no non-taxable threshold applied to the tax, an adjustment credit that falls to 0
  instead of the 2,500-yen floor (50,000 x 5 %) once taxable income passes 2M plus the
  deduction differences (住民税.py 調整控除), its own social insurance as the deduction.

The OpenFisca situation marks each employee as not paying the national pension
(国民年金保険に加入している = False): its default would deduct 210,120 yen of national pension
premiums (variables/社会保険料/国民年金保険料.py) from every employee's taxable income.

Needs the interpreter with OpenFisca-Japan (see bench_jp_payroll.py). Run:
``.venv/bin/python benchmarks/crosscheck_openfisca.py``.
"""

from __future__ import annotations

import sys
from typing import Any

import numpy as np

from bench_jp_payroll import YEAR, openfisca_python, run_openfisca
from expectgap.payroll import jp

EMPLOYEES = 1_000
# OpenFisca-Japan 2.2.0's own parameters, as read from its parameters/*.yaml (not law: these
# reproduce its numbers to show the gaps are its model, see the module docstring).
OF_HEALTH_RATE = 0.10
OF_NURSING_RATE = 0.016
OF_PENSION_RATE = 0.183
OF_EMPLOYMENT_RATE = 0.0055
OF_HEALTH_GRADES = (58_000, 1_390_000)
OF_PENSION_GRADES = (88_000, 650_000)
OF_HEALTH_BONUS_CAP = 5_730_000
OF_PENSION_BONUS_CAP = 1_500_000
OF_NURSING_AGES = (40, 64)
MONTHS = 12


def employees() -> dict[str, np.ndarray]:
    pay = np.linspace(100_000, 1_500_000, EMPLOYEES).round()
    return {"pay": pay, "bonus": pay * 2, "age": np.where(np.arange(EMPLOYEES) % 2, 45, 30)}


def openfisca_model(people: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """OpenFisca-Japan's social insurance, reproduced from its documented formulas."""
    pay, bonus, age = people["pay"], people["bonus"], people["age"]
    half = bonus / 2
    health_base = MONTHS * np.clip(pay, *OF_HEALTH_GRADES) + np.minimum(bonus, OF_HEALTH_BONUS_CAP)
    pension_base = MONTHS * np.clip(pay, *OF_PENSION_GRADES) + 2 * np.minimum(
        half, OF_PENSION_BONUS_CAP
    )
    nursing = (age >= OF_NURSING_AGES[0]) & (age <= OF_NURSING_AGES[1])
    return {
        "health": health_base * OF_HEALTH_RATE / 2,
        "nursing_care": nursing * health_base * OF_NURSING_RATE / 2,
        "pension": pension_base * OF_PENSION_RATE / 2,
        "employment": (MONTHS * pay + bonus) * OF_EMPLOYMENT_RATE,
    }


COMPONENTS = {
    "health": "健康保険料",
    "nursing_care": "介護保険料",
    "pension": "厚生年金保険料",
    "employment": "雇用保険料",
    "income_tax": "所得税",
    "resident_tax": "住民税",
}
WHY = {
    "health": "flat 10 % vs Tokyo 9.91/9.85 %, no grades, no rounding, levy not split out",
    "nursing_care": "1.6 % flat vs 1.59 / 1.62 %, no grades",
    "pension": "same 9.15 % share; no grade table (pay clipped, not graded)",
    "employment": "5.5 per mille all year vs 5 from April 2026; no rounding",
    "income_tax": "2025 basic tiers in 2026, 2020 deduction formula, no 1,000/100 floors",
    "resident_tax": "same-year income; credit without the 2,500 floor; no rounding",
}


def decompose(people: dict[str, np.ndarray], ours: Any, values: dict[str, np.ndarray]) -> None:
    """Split the income and resident tax gaps into their documented causes (mean yen)."""
    salary = MONTHS * people["pay"] + people["bonus"]
    their_si = sum(values[k] for k in ("health", "nursing_care", "pension", "employment"))
    our_si = np.asarray(ours.social_insurance_total, dtype=np.float64)
    tax_ours_si = np.asarray(jp.income_tax(salary, social_insurance=our_si, year=YEAR), float)
    tax_their_si = np.asarray(jp.income_tax(salary, social_insurance=their_si, year=YEAR), float)
    print("income tax gap, OpenFisca - expectgap (mean):")
    print(f"  their social insurance as the deduction: {(tax_their_si - tax_ours_si).mean():+,.0f}")
    print(
        "  rules (2020 employment deduction formula, 2025 basic tiers, no floors): "
        f"{(values['income_tax'] - tax_their_si).mean():+,.0f}"
    )
    # OpenFisca's resident tax is on the same year's income: expectgap's closest figure is the
    # FY2027 levy on the 2026 salary (deducted June 2027 - May 2028).
    same_year = jp.resident_tax(salary, social_insurance=our_si, fiscal_year=YEAR + 1).total
    same_year_their_si = jp.resident_tax(salary, social_insurance=their_si, fiscal_year=YEAR + 1)
    paid = np.asarray(ours.resident_tax, dtype=np.float64)
    print("resident tax gap, OpenFisca - expectgap (mean):")
    print(
        f"  timing (same-year levy vs instalments paid in {YEAR}): {(same_year - paid).mean():+,.0f}"
    )
    print(
        "  their social insurance as the deduction: "
        f"{(same_year_their_si.total - same_year).mean():+,.0f}"
    )
    print(
        "  rules (adjustment credit without its 50,000 x 5 % floor, no 1,000/100 rounding): "
        f"{(values['resident_tax'] - same_year_their_si.total).mean():+,.0f}"
    )


def main() -> int:
    python = openfisca_python()
    if python is None:
        print("OpenFisca-Japan interpreter not found: run `make bench` (creates .venv-bench).")
        return 1
    people = employees()
    ours = jp.annual(people["pay"], year=YEAR, bonus=people["bonus"], age=people["age"])
    theirs = run_openfisca(python, people, singles=0)
    values = {k: np.asarray(theirs["values"][v], dtype=np.float64) for k, v in COMPONENTS.items()}
    model = openfisca_model(people)
    mine = {k: np.asarray(getattr(ours, k), dtype=np.float64) for k in COMPONENTS}
    # OpenFisca has no child support levy: compare health with expectgap's health + levy too.
    mine_health_levy = mine["health"] + np.asarray(ours.child_support, dtype=np.float64)

    print(f"{EMPLOYEES:,} employees, Tokyo {YEAR}, pay 100,000-1,500,000 a month, 2 months bonus")
    print(f"OpenFisca-Japan {theirs['versions']['openfisca-japan']} (simulated on {YEAR}-01-01)")
    header = f"{'component':<13}{'mean ours':>12}{'mean OF':>12}{'mean diff':>11}"
    header += f"{'max |diff|':>12}{'OF model resid.':>17}  why"
    print(header)
    print("-" * len(header))
    for name in COMPONENTS:
        diff = values[name] - mine[name]
        residual = (
            f"{np.abs(values[name] - model[name]).max():>17.2f}" if name in model else f"{'-':>17}"
        )
        print(
            f"{name:<13}{mine[name].mean():>12,.0f}{values[name].mean():>12,.0f}"
            f"{diff.mean():>+11,.0f}{np.abs(diff).max():>12,.0f}{residual}  {WHY[name]}"
        )
    net_of = MONTHS * people["pay"] + people["bonus"] - sum(values.values())
    print(
        f"{'net':<13}{np.mean(ours.net):>12,.0f}{net_of.mean():>12,.0f}"
        f"{(net_of - ours.net).mean():>+11,.0f}{np.abs(net_of - ours.net).max():>12,.0f}"
    )
    print(
        "health incl. the levy: mean diff "
        f"{(values['health'] - mine_health_levy).mean():+,.0f} "
        f"(10 % vs 9.85-9.91 % + 0.23 %)"
    )
    decompose(people, ours, values)
    # The social insurance gaps are exactly OpenFisca's documented model: fail otherwise.
    worst = max(np.abs(values[k] - model[k]).max() for k in model)
    tolerance = 1.0  # OpenFisca-Japan computes in float32
    print(f"largest residual of the reproduced OpenFisca model: {worst:.2f} yen")
    return 0 if worst <= tolerance else 1


if __name__ == "__main__":
    sys.exit(main())
