"""Command line: ``expectgap --version`` and ``expectgap demo``.

Examples
--------
>>> main(["--version"])  # doctest: +ELLIPSIS
expectgap ...
0
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from expectgap import __version__
from expectgap.conditions import Location, WorkingConditions
from expectgap.money import Money, Period
from expectgap.package import Allowance, Bonus, CompensationPackage, FixedOvertime

__all__ = ["example_offer", "main", "package_summary"]


def example_offer() -> tuple[CompensationPackage, WorkingConditions]:
    """The example Tokyo offer used by ``expectgap demo``.

    Examples
    --------
    >>> pkg, conditions = example_offer()
    >>> pkg.currency, conditions.location.region if conditions.location else None
    ('JPY', 'tokyo')
    """
    yen = "JPY"
    package = CompensationPackage(
        base=Money(450_000, yen, Period.MONTHLY),
        bonuses=(Bonus.months_of_base(2, name="summer and winter bonus"),),
        allowances=(
            Allowance.commuting_allowance(Money(15_000, yen, Period.MONTHLY)),
            Allowance("housing", Money(20_000, yen, Period.MONTHLY)),
        ),
        fixed_overtime=FixedOvertime(hours=20, amount=Money(65_000, yen, Period.MONTHLY)),
    )
    conditions = WorkingConditions(
        hours_per_week=40,
        overtime_hours_per_month=15,
        location=Location("JP", "tokyo", "Minato"),
        remote_days_per_week=2,
        paid_leave_days=15,
        flex_time=True,
    )
    return package, conditions


def package_summary(package: CompensationPackage, conditions: WorkingConditions) -> str:
    """A readable summary of a package: monthly base, bonuses, allowances, annual cash, hourly.

    Examples
    --------
    >>> print(package_summary(*example_offer()))  # doctest: +ELLIPSIS
    Offer summary (JPY)
      monthly base pay ........ ¥450,000 per month
    ...
    """
    lines = [f"Offer summary ({package.currency})"]

    def row(label: str, value: str) -> None:
        lines.append(f"  {label} {'.' * max(2, 24 - len(label))} {value}")

    row("monthly base pay", package.monthly_base().format())
    for bonus in package.bonuses:
        if bonus.months is not None:
            stated = f"{float(bonus.months):g} months of base"
        else:
            stated = bonus.stated(package.annual_base()).format()
        months = "/".join(str(m) for m in bonus.payment_months)
        kind = "guaranteed" if bonus.guaranteed else "variable"
        row(bonus.name, f"{stated} ({kind}, paid in months {months})")
    for allowance in package.allowances:
        tax = (
            "non-taxable up to the statutory limit"
            if allowance.commuting
            else ("taxable" if allowance.taxable else "non-taxable")
        )
        row(f"{allowance.name} allowance", f"{allowance.amount.format()} ({tax})")
    if package.fixed_overtime is not None:
        hours = float(package.fixed_overtime.hours)
        row("fixed overtime", f"{package.fixed_overtime.amount.format()} covers {hours:g} h")
    row("regular monthly pay", package.regular_monthly_pay().format())
    row("guaranteed annual cash", package.guaranteed_annual_cash().format())
    row("expected annual cash", package.expected_annual_cash().format())
    hourly = package.effective_hourly(conditions)
    worked = float(conditions.annual_hours())
    row("effective hourly pay", f"{hourly.format()} over {worked:,.0f} h a year")
    return "\n".join(lines)


def _demo(_: argparse.Namespace) -> int:
    package, conditions = example_offer()
    print(package_summary(package, conditions))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``expectgap`` command.

    Examples
    --------
    >>> build_parser().parse_args(["demo"]).command
    'demo'
    """
    parser = argparse.ArgumentParser(
        prog="expectgap",
        description="Measure the gap between what a candidate expects and what a company offers.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command")
    demo = commands.add_parser("demo", help="run the end-to-end example on embedded data")
    demo.set_defaults(run=_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    Examples
    --------
    >>> main([])  # doctest: +ELLIPSIS
    usage: expectgap ...
    2
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        print(f"expectgap {__version__}")
        return 0
    if args.command is None:
        parser.print_usage(sys.stdout)
        return 2
    status: int = args.run(args)
    return status
