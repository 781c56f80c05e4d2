"""Command line: ``expectgap --version``, ``expectgap assess FILE.toml``, ``expectgap compare
FILE.toml`` and ``expectgap demo``.

``expectgap assess FILE.toml [--json] [--locale ja] [--audience candidate] [--root DIR]`` reads an
assessment file (``docs/toml-format.md``) and prints the report as Markdown, or as JSON with
``--json``. The CSV and policy files it names are read only from inside its folder (or ``DIR``).
A bad file gets one line naming the key, the TOML line or the CSV line, and exit status 2.

``expectgap compare FILE.toml [--json] [--locale ja] [--audience candidate]`` reads a comparison
file (``[[offers]]``, see ``docs/offers.md``) and prints the offers side by side.

``expectgap demo`` prints the package summary of the example offer, then the end-to-end Tokyo
software-engineer assessment (``examples/tokyo_software_engineer.toml``, shipped with the
package) with its talking points in English and in Japanese.

Each command imports what it needs when it runs: ``expectgap --version`` imports neither numpy
nor the payroll engines, ``expectgap assess`` neither pandas nor scipy (unless the file needs
them).

Examples
--------
>>> main(["--version"])  # doctest: +ELLIPSIS
expectgap ...
0
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from expectgap.assess.locale import LOCALES
from expectgap.errors import ExpectgapError
from expectgap.money import Money, Period

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from expectgap.conditions import WorkingConditions
    from expectgap.package import CompensationPackage

__all__ = [
    "build_parser",
    "demo_file",
    "example_offer",
    "main",
    "package_summary",
    "reference_summary",
    "run",
]


def example_offer() -> tuple[CompensationPackage, WorkingConditions]:
    """The example Tokyo offer used by ``expectgap demo``.

    Examples
    --------
    >>> pkg, conditions = example_offer()
    >>> pkg.currency, conditions.location.region if conditions.location else None
    ('JPY', 'tokyo')
    """
    from expectgap.conditions import Location, WorkingConditions
    from expectgap.package import Allowance, Bonus, CompensationPackage, FixedOvertime

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
        kind = {True: "guaranteed", False: "variable", None: "guarantee not stated"}[
            bonus.guaranteed
        ]
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


def demo_file() -> Traversable:
    """The demo's assessment file, shipped inside the package (the same file as
    ``examples/tokyo_software_engineer.toml``).

    Examples
    --------
    >>> demo_file().name
    'tokyo_software_engineer.toml'
    """
    from importlib import resources

    return resources.files("expectgap.assess").joinpath("examples/tokyo_software_engineer.toml")


def _demo(_: argparse.Namespace) -> int:
    from expectgap.assess.scenario import load_scenario

    scenario = load_scenario(demo_file())
    print(package_summary(scenario.offer.package, scenario.offer.conditions))
    report = scenario.assess()
    for locale in LOCALES:
        print()
        print(report.render(locale))
    references = scenario.reference_positions(report)
    if references:
        print()
        print(reference_summary(references))
    print()
    print(
        "Peers of this demo are SYNTHETIC (tokyo_peers.csv): made-up employees, not real pay "
        "data. Market data: 出典：厚生労働省「賃金構造基本統計調査」を加工して作成."
    )
    print(
        "Candidate's view: expectgap assess examples/tokyo_software_engineer.toml "
        "--audience candidate"
    )
    return 0


def reference_summary(references: Sequence[tuple[str, Any, Sequence[Any]]]) -> str:
    """The offer and the target placed in further market tables, one line each.

    Examples
    --------
    >>> reference_summary([])
    'Further market tables (each aged like the market table):'
    """
    lines = ["Further market tables (each aged like the market table):"]
    for name, ctx, positions in references:
        by_subject = {p.subject: p for p in positions}
        parts = [
            f"median {Money(ctx.table.ppf(0.5), ctx.table.currency, ctx.table.period).format()}"
        ]
        for subject in ("offered", "expected", "walk_away"):
            if subject in by_subject:
                parts.append(f"{subject.replace('_', '-')} P{by_subject[subject].percentile:.0f}")
        lines.append(f"  {name}: " + ", ".join(parts))
        lines.append(f"    source: {ctx.source}")
    return "\n".join(lines)


def _assess(args: argparse.Namespace) -> int:
    from expectgap.assess.scenario import load_scenario

    scenario = load_scenario(args.file, root=args.root)
    options = {"strict_year": True} if args.strict_year else {}
    report = scenario.assess(audience=args.audience, **options)
    if args.json:
        print(report.to_json(locale=args.locale))
    else:
        print(report.render(args.locale), end="")
    return 0


def _compare(args: argparse.Namespace) -> int:
    from expectgap.offers.scenario import load_comparison

    options = {"strict_year": True} if args.strict_year else {}
    comparison = load_comparison(args.file, root=args.root).compare(
        audience=args.audience, **options
    )
    if args.json:
        print(comparison.to_json(locale=args.locale))
    else:
        print(comparison.render(args.locale), end="")
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
    check = commands.add_parser(
        "assess",
        help="assess a candidate's expectations against an offer (TOML file)",
        description="Assess the gap between a candidate's expectations and an offer, from a "
        "TOML file (see docs/toml-format.md), and print the report with talking points.",
    )
    check.add_argument("file", help="assessment file (TOML)")
    check.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    check.add_argument(
        "--root",
        default=None,
        help="a folder, containing the file's own, that the CSV and policy files it names may "
        "come from (default: only the file's folder)",
    )
    check.add_argument("--locale", choices=LOCALES, default="en", help="language (default en)")
    check.add_argument(
        "--audience",
        choices=("recruiter", "candidate"),
        default="recruiter",
        help="recruiter (everything) or candidate (no budget, zone or peer detail)",
    )
    check.add_argument(
        "--strict-year",
        action="store_true",
        help="refuse a year without payroll rules instead of using the latest rules",
    )
    check.set_defaults(run=_assess)
    compare = commands.add_parser(
        "compare",
        help="compare several offers side by side over several years (TOML file)",
        description="Compare offers ([[offers]] in a TOML file, see docs/offers.md) on every "
        "dimension, year by year, against the candidate's current pay.",
    )
    compare.add_argument("file", help="comparison file (TOML)")
    compare.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    compare.add_argument(
        "--root",
        default=None,
        help="a folder, containing the file's own, that the market CSV it names may come from "
        "(default: only the file's folder)",
    )
    compare.add_argument("--locale", choices=LOCALES, default="en", help="language (default en)")
    compare.add_argument(
        "--audience",
        choices=("recruiter", "candidate"),
        default="recruiter",
        help="recruiter (everything) or candidate (no competing-offer points)",
    )
    compare.add_argument(
        "--strict-year",
        action="store_true",
        help="refuse a year without payroll rules instead of using the latest rules",
    )
    compare.set_defaults(run=_compare)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    Examples
    --------
    >>> main([])  # doctest: +ELLIPSIS
    usage: expectgap ...
    2
    """
    # A call imports and builds many objects that live until it ends (modules, classes, tables)
    # and leaves little cyclic garbage: the cyclic collector, left on, would walk them again and
    # again (some 70 collections while importing for ``assess``). It is off for the call only.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(argv)
    finally:
        if collecting:
            gc.enable()


def run() -> NoReturn:
    """The ``expectgap`` command (and ``python -m expectgap``): :func:`main` on the command
    line's arguments, then exit with its status.

    What the call built is kept to the end (:func:`gc.freeze`): the process ends there, and the
    collection the interpreter makes on exit need not walk it all once more.

    Examples
    --------
    >>> import subprocess, sys
    >>> code = "import sys; sys.argv = ['expectgap', '--version']; from expectgap.cli import run; run()"
    >>> done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    >>> done.returncode, done.stdout.strip()  # doctest: +ELLIPSIS
    (0, 'expectgap ...')
    """
    status = main()
    gc.freeze()
    sys.exit(status)


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        import expectgap

        print(f"expectgap {expectgap.__version__}")
        return 0
    if args.command is None:
        parser.print_usage(sys.stdout)
        return 2
    try:
        status: int = args.run(args)
    except ExpectgapError as exc:
        print(f"expectgap: error: {exc}", file=sys.stderr)
        return 2
    return status
