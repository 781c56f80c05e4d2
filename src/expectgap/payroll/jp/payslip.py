"""One regular month's payslip: what 手取り月額 (monthly take-home) means in Japan.

A Japanese candidate who says 手取り月35万 means the net pay of a regular month's payslip, bonuses
excluded: the monthly pay less that month's social insurance, the income tax withheld on it and
the resident tax instalment deducted from it. This is not the year's take-home / 12, which
spreads the bonuses (and the year-end adjustment) over the months.

:func:`payslip` reads that month off the same calendar-year engine as
:func:`~expectgap.payroll.jp.annual.annual` (one engine, so the payslip is exactly the salary
row of :attr:`~expectgap.payroll.jp.annual.AnnualNet.monthly` for that month).

**Which month.** By default the **regular month** is the month after the first instalment of
the fiscal year's resident tax (特別徴収: June to the following May, ``params/collection.toml``),
that is **July**:

* the resident tax deducted is a regular instalment of the levy on the previous year's salary
  (the June one carries the fractions below 100 yen, 地方税法第321条の5); the levy of a person
  without last year's salary (``first_job``) is zero;
* the social insurance deducted (the June premium month, 翌月徴収) is that of the standard
  monthly amount graded from the regular monthly pay, at the fiscal year's rates (health and
  nursing rates from the March premium month, the child support levy from April 2026, the
  employment insurance rate from April);
* the income tax is the monthly withholding (源泉徴収) of that month's pay after social
  insurance, by the year's method; the year-end adjustment is settled in December, not here.

In 2024 the monthly fixed-amount cut (月次減税) lowers the withholding of the months from June
until the cut is used up, and the FY2024 levy of a person with the resident tax cut starts in
July (its first instalment, with the fractions): a 2024 July payslip shows both, as the real
one did.

Examples
--------
>>> s = payslip(400_000, year=2026, prefecture="osaka")
>>> s.month, s.gross, s.social_insurance_total, s.income_tax, s.resident_tax, s.net
(7, 400000, 60753, 10740, 18800, 309707)
>>> s.net == s.gross - s.social_insurance_total - s.income_tax - s.resident_tax
True
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt

from expectgap._limits import shown
from expectgap.errors import InvalidInput
from expectgap.payroll.jp.annual import (
    _CHUNK_ROWS,
    _COMPONENTS,
    _bonus_rounding,
    _by_chunks,
    _check_year,
    _collection,
    _each_chunk,
    _Engine,
    _Instalments,
    _least_levy,
    _levy_range,
    _Options,
    _People,
    _premium_total,
    _prepare,
    _Year,
    ceiling_given,
)
from expectgap.payroll.jp.annual import (
    _FIELDS as _YEAR_FIELDS,
)
from expectgap.payroll.jp.annual import _fields as _year_fields
from expectgap.payroll.jp.dates import month_index
from expectgap.payroll.jp.social_insurance import _bonus_premiums, _employment
from expectgap.payroll.jp.withholding import _bonus_tables, bonus_tax_yen, monthly_tax_yen

__all__ = ["Payslip", "payslip", "payslip_ceiling", "regular_month"]

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
# Keywords of an employment that starts or ends within the year.
_SPANS = ("joined", "left")

_FIELDS = (
    "gross",
    *_COMPONENTS,
    "employment",
    "social_insurance_total",
    "income_tax",
    "resident_tax",
    "net",
)


@dataclass(frozen=True)
class Payslip:
    """One month's salary payslip (bonuses excluded), in yen.

    Each amount is a Python ``int`` for scalar input, otherwise an int64 array of the input's
    shape (a pandas Series with the input's index for Series input).

    Attributes
    ----------
    month : int
        Calendar month of the payslip.
    gross
        The month's pay with every allowance (commuting included).
    health, nursing_care, child_support, pension, employment
        Employee social insurance deducted from this pay.
    social_insurance_total
        Their sum.
    income_tax
        Income tax withheld from this pay (with the surtax).
    resident_tax
        The resident tax instalment deducted from this pay.
    net
        ``gross - social_insurance_total - income_tax - resident_tax``: 手取り月額.

    Examples
    --------
    >>> sorted(payslip(300_000, year=2025).deductions)[:2]
    ['child_support', 'employment']
    """

    month: int
    gross: Any
    health: Any
    nursing_care: Any
    child_support: Any
    pension: Any
    employment: Any
    social_insurance_total: Any
    income_tax: Any
    resident_tax: Any
    net: Any

    @property
    def deductions(self) -> dict[str, Any]:
        """The deductions by name, in payslip order.

        Examples
        --------
        >>> payslip(300_000, year=2026).deductions["pension"]
        27450
        """
        names = (*_COMPONENTS, "employment", "income_tax", "resident_tax")
        return {name: getattr(self, name) for name in names}


def regular_month(year: int) -> int:
    """The calendar month whose payslip is the regular month of ``year`` (see the module).

    Examples
    --------
    >>> regular_month(2026)
    7
    """
    return _collection(year)[0].first_month + 1


def _chosen_month(year: int, month: object) -> int:
    """The payslip's calendar month: ``month``, checked, or :func:`regular_month` (the year
    checked first)."""
    chosen = regular_month(_check_year(year)) if month is None else month
    if (
        isinstance(chosen, bool)
        or not isinstance(chosen, int | np.integer)
        or not 1 <= chosen <= 12
    ):
        raise InvalidInput("month", chosen, "a calendar month 1-12")
    return int(chosen)


def payslip(pay: object, *, year: int, month: int | None = None, **keywords: Any) -> Payslip:
    """The salary payslip of one month of ``year``: gross, each deduction and net.

    Parameters
    ----------
    pay : CompensationPackage, float, array-like or pandas Series
        As for :func:`~expectgap.payroll.jp.annual.annual`: a package, or the regular monthly
        pay without the commuting allowance.
    year : int
        Calendar year, 2024, 2025 or 2026.
    month : int, optional
        Calendar month 1-12; default :func:`regular_month` (July, see the module).
    **keywords
        Every other keyword of :func:`~expectgap.payroll.jp.annual.annual` (``prefecture``,
        ``age``, ``bonus``, ``bonus_months``, household, ``commuting_allowance``, ...). The
        bonus does not appear on the payslip, but it counts in the previous year's salary on
        which the resident tax is levied.

    Returns
    -------
    Payslip

    Raises
    ------
    InvalidInput
        A month outside 1-12, and everything :func:`~expectgap.payroll.jp.annual.annual`
        refuses.
    UnsupportedRule
        As for :func:`~expectgap.payroll.jp.annual.annual`.

    Examples
    --------
    The December payslip of the same pay (the year-end adjustment is a separate line):

    >>> payslip(400_000, year=2026, prefecture="osaka", month=12).net
    309707
    >>> payslip([250_000, 400_000], year=2026).net
    array([197496, 310141])
    >>> payslip(300_000, year=2026, month=13)
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: month: got 13; expected a calendar month 1-12
    """
    chosen = _chosen_month(year, month)
    people, options, shape, out_shape = _prepare(pay, year=year, **keywords)
    size = people.size
    if size <= _CHUNK_ROWS:
        fields = _slip_fields(people, options, chosen)
    else:  # in chunks, as jp.annual: each chunk's temporaries stay in the processor's cache
        fields = [np.empty(size, np.int64) for _ in _FIELDS]

        def chunk(lo: int, hi: int) -> None:
            part = _slip_fields(people.part(lo, hi), options, chosen)
            for array, values in zip(fields, part, strict=True):
                array[lo:hi] = values

        _each_chunk(chunk, size)
    if shape.scalar:
        values: list[Any] = [int(np.asarray(v).reshape(-1)[0]) for v in fields]
    else:
        values = [
            shape.wrap_int(np.broadcast_to(np.asarray(v), (size,)).reshape(out_shape))
            for v in fields
        ]
    return Payslip(int(chosen), **dict(zip(_FIELDS, values, strict=True)))


def year_and_payslip(pay: float, *, year: int, **keywords: Any) -> tuple[dict[str, int], Payslip]:
    """The year (the fields of :func:`~expectgap.payroll.jp.annual.annual`, by name) and the
    regular month's payslip (:func:`payslip`) of one regular monthly pay, from one run of the
    engine: what a caller asking for both needs, for the cost of one.

    Parameters
    ----------
    pay : float
        The regular monthly pay without the commuting allowance (one person).
    year : int
    **keywords
        Every other keyword of :func:`~expectgap.payroll.jp.annual.annual`.

    Returns
    -------
    tuple of (dict of str to int, Payslip)

    Examples
    --------
    >>> from expectgap.payroll.jp.annual import annual
    >>> fields, slip = year_and_payslip(400_000, year=2026, prefecture="osaka")
    >>> fields["net"] == annual(400_000, year=2026, prefecture="osaka").net
    True
    >>> slip == payslip(400_000, year=2026, prefecture="osaka")
    True
    """
    fields, slip = _year_and_payslip(pay, year=year, slip=_FIELDS, **keywords)
    if np.ndim(pay) != 0 or fields["net"].size != 1:
        raise InvalidInput("pay", shown(pay), "one regular monthly pay (a number)")
    return (
        {name: int(values[0]) for name, values in fields.items()},
        Payslip(regular_month(year), **{name: int(values[0]) for name, values in slip.items()}),
    )


def _slip_fields(people: _People, options: _Options, month: int) -> list[npt.NDArray[Any]]:
    """The fields of :class:`Payslip` (in :data:`_FIELDS` order) of one batch of people."""
    return _slip_of(_Engine(people, options).run(keep_payments=True), month)


def _slip_of(year_run: _Year, month: int) -> list[npt.NDArray[Any]]:
    """The fields of :class:`Payslip` of ``month`` read off a year run with its payments."""
    paid = next(p for p in year_run.payments if p.kind == "salary" and p.month == month)
    parts = [paid.parts[c] for c in _COMPONENTS]
    social = sum(parts, paid.employment)
    gross = np.floor(paid.gross)
    net = gross - social - paid.withholding - paid.resident
    return [gross, *parts, paid.employment, social, paid.withholding, paid.resident, net]


def _year_and_payslip(
    pay: object, *, year: int, slip: tuple[str, ...] = ("net",), **keywords: Any
) -> tuple[dict[str, IntArray], dict[str, IntArray]]:
    """The fields of :func:`~expectgap.payroll.jp.annual.annual` and the fields named in
    ``slip`` of the regular month's payslip (:func:`payslip`), by name and flat, from one run
    of the engine per chunk: what a batch asking for both needs, for the cost of one.

    Examples
    --------
    >>> from expectgap.payroll.jp.annual import annual
    >>> fields, slip = _year_and_payslip([400_000], year=2026, prefecture="osaka")
    >>> int(fields["net"][0]) == int(annual(400_000, year=2026, prefecture="osaka").net)
    True
    >>> int(slip["net"][0])  # the July payslip, as payslip(400_000, ...) in the module's example
    309707
    """
    chosen = regular_month(_check_year(year))
    people, options, _, _ = _prepare(pay, year=year, **keywords)
    size = people.size
    fields = [np.empty(size, np.int64) for _ in _YEAR_FIELDS]
    slips = {name: np.empty(size, np.int64) for name in slip}
    at = [_FIELDS.index(name) for name in slip]

    def chunk(lo: int, hi: int) -> None:
        run = _Engine(people.part(lo, hi), options).run(keep_payments=True)
        for array, values in zip(fields, _year_fields(run), strict=True):
            array[lo:hi] = values
        found = _slip_of(run, chosen)
        for name, k in zip(slip, at, strict=True):
            slips[name][lo:hi] = found[k]

    _each_chunk(chunk, size)
    return dict(zip(_YEAR_FIELDS, fields, strict=True)), slips


# ---------------------------------------------------------------------------------------------
# A ceiling of the payslip's net over a range of pay, for the gross-up's branch and bound


def payslip_ceiling(
    low: tuple[object, object],
    high: tuple[object, object],
    *,
    year: int,
    month: int | None = None,
    **keywords: Any,
) -> IntArray | None:
    """A bound no payslip net exceeds between two (monthly pay, annual bonus) pairs.

    For every pay and bonus between ``low`` and ``high`` (each of the two at least its value in
    ``low`` and at most its value in ``high``; the other keywords as for :func:`payslip`), the
    net of the payslip of ``month`` is at most the returned amount, and where ``low`` equals
    ``high`` it is that payslip's net exactly. Returns None where no such bound is proven:
    when bonuses paid before the fiscal year's start month share the health insurance bonus
    cap with last year's later bonuses (the year's social insurance may then fall as pay
    rises), and when ``prior_year_salary`` is given without ``prior_year_social_insurance``
    (the levy's social insurance is then this year's scaled by a ratio that is not monotone),
    and with ``joined`` or ``left`` (an employment within the year: not bounded here). A
    ``birth_date`` keeps every direction below (each premium month has its own age, the same
    at both ends).

    **Proof.** Write a package of the range as ``p``, the ends as ``L`` and ``H``. The net is
    ``gross - social - withheld - instalment``, and each part is bounded at one end:

    * **gross** is the month's pay with its allowances: it rises with pay, so it is at most
      that of ``H``.
    * **social**, the month's premiums (翌月徴収: of the premium month before), is the premium
      table's entry for the grade of the standard monthly amount plus employment insurance on
      the pay. Grades rise with pay, every component's premium rises with the grade (a fixed
      rate of a rising standard amount, the pension's capped: constant above its cap), and
      employment insurance is a fixed rate of the pay, rounded: so it is at least that of
      ``L`` (and at most that of ``H``).
    * **withheld**: the computer method's monthly tax (:func:`~expectgap.payroll.jp.
      withholding.monthly_tax_yen`) rises with the pay after social insurance (the
      employment deduction rises by less than the pay, the basic deduction falls, and the
      rate schedule rises) and falls with the number of dependants. The pay after social
      insurance of ``p`` is at least ``L``'s taxable pay less ``H``'s premiums of the month.
      The dependants of the withholding are the household's, plus a spouse while the year's
      employment income is within the spouse deduction's first tier: they fall as the
      year's salary rises, so they are at most those of ``L``'s salary. The tax is thus at
      least the tax of the first amount with the second count. In 2024 the monthly
      fixed-amount cut takes from the month's tax what is left of ``(1 + dependants +
      dependants under 16) x`` the cut per person after the payments from June on before this
      salary: the month's withholding is ``max(tax - max(cut - spent, 0), 0)``, which rises
      with the tax and the taxes ``spent`` and falls with the cut; so it is at least this
      formula on the least tax, the least taxes spent (each salary's as above; each bonus's at
      its least bonus after social insurance, ``L``'s bonus less the premium ``H``'s bonus
      would pay with the fiscal year's whole health cap left, at the rate of the least
      previous month's pay after social insurance and the most dependants, where no package
      of the range falls under the bonus table's exception (no previous pay, or a bonus over
      ten times it); else nothing) and the most cut.
    * **instalment**: the month deducts a regular instalment of the previous fiscal year's
      levy (January-May), or this fiscal year's first instalment, a regular one or nothing,
      depending on the collection rule of the levy. Each levy rises with the year's salary
      and falls with the year's social insurance (:func:`~expectgap.payroll.jp.annual.
      net_ceiling`; salary and the year's premiums rise with pay and bonus, as the bonus
      health cap is counted within one fiscal year, but for the rounding of each bonus's
      premiums: less than a yen a bonus), so it lies between the levy on ``L``'s
      salary with ``H``'s social insurance and the levy on ``H``'s salary with ``L``'s, each
      widened by the most a housing-loan credit or a one-stop donation credit can move it
      against that direction (:func:`~expectgap.payroll.jp.resident_tax.credit_margins_yen`). A
      regular instalment (the levy // instalments, rounded down to the unit) rises with the
      levy: it is at least that of the least levy. The first instalment (the levy less the
      other instalments) rises with the levy within each block of ``instalments x unit`` yen
      of levy and starts the ``k``-th block at ``k x unit``: its least over the range of levy
      is that of the least levy, or the start of the next block where the range reaches it.
      Where the two ends may fall under different collection rules (the 2024 fixed-amount
      cut's rule applies from a positive levy up to an income limit: to every package
      between two that have it, and to none between two without it where the lower is over
      the limit or the higher has no levy), the smaller of the two rules' bounds is taken.

    So the net of ``p`` is at most ``H``'s gross less ``L``'s premiums, the least withholding
    and the least instalment. Where ``L`` and ``H`` are one package, each bound is that
    package's own amount.

    Parameters
    ----------
    low, high : tuple of (float or array-like, float or array-like)
        (regular monthly pay without the commuting allowance, annual bonus) at the ends of
        the range, broadcast together; ``low`` at most ``high`` in both.
    year, month, **keywords
        As for :func:`payslip` (no ``bonus``: it is given in the pairs).

    Returns
    -------
    numpy.ndarray or None
        The bound in yen for each package (flattened), or None (see above).

    Examples
    --------
    >>> int(payslip_ceiling((300_000, 0), (300_000, 0), year=2026)) == payslip(
    ...     300_000, year=2026).net
    True
    >>> net = payslip(np.arange(300_000, 300_101), year=2026).net
    >>> int(payslip_ceiling((300_000, 0), (300_100, 0), year=2026)) >= int(net.max())
    True
    """
    if "bonus" in keywords:
        raise InvalidInput("bonus", keywords["bonus"], "the bonus in the (pay, bonus) pairs")
    chosen = _chosen_month(year, month)
    spans = {name: keywords.get(name) for name in _SPANS}
    if not ceiling_given(year, bonus_months=keywords.get("bonus_months", (6, 12)), **spans):
        return None
    prior_salary = keywords.get("prior_year_salary")
    if prior_salary is not None and keywords.get("prior_year_social_insurance") is None:
        return None
    ends = [_prepare(pay, year=year, bonus=bonus, **keywords) for pay, bonus in (low, high)]
    return _by_chunks(
        ends[0][0], ends[1][0], ends[0][1], lambda low, high: _slip_ceiling(low, high, chosen)
    )


def _payslip_net(pay: object, *, year: int, bonus: object, **keywords: Any) -> IntArray:
    """The net of the regular month's payslip of each package, flattened: the ceiling of a
    range of one package (:func:`payslip_ceiling`), computed on one engine."""
    people, options, _, _ = _prepare(pay, year=year, bonus=bonus, **keywords)
    if people.joined is not None or people.left is not None:
        # joining or leaving: read the month off the year
        net = payslip(pay, year=year, bonus=bonus, **keywords).net
        return np.asarray(net, dtype=np.int64).reshape(-1)
    month = regular_month(year)
    return _by_chunks(people, people, options, lambda one, _: _slip_ceiling(one, one, month))


def _month_social(engine: _Engine, month: int) -> IntArray:
    """The social insurance deducted from the salary of ``month`` (0: last year's December)."""
    plan = engine.plan
    group = plan.december if month == 0 else plan.groups[plan.month_group[month - 1]]
    assert group is not None
    if engine.dated:  # a date of birth: the premium month's own age
        premium_month = month_index(engine.opt.year, month) - engine.opt.lag
        premiums = engine.premium_parts(premium_month).sum(axis=0)
    else:  # the table's components summed first (small), then one gather
        table = group.table
        premiums = np.take(table.parts.sum(axis=0), engine.index(table.lower))
    rate, drop = plan.rules[group.rule]
    return np.asarray(premiums + _employment(engine.people.pay_si, rate, drop))


def _slip_ceiling(low: _Engine, high: _Engine, month: int) -> IntArray:
    """:func:`payslip_ceiling` on two engines of the same people and options."""
    year, house = low.opt.year, low.people.house
    # The year's salary and social insurance at each end (for the dependants and the levies).
    salaries, socials, bonus_si = [], [], []
    for engine in (low,) if low is high else (low, high):
        parts, employment, _, premiums = engine.premiums()
        socials.append(sum(parts.values(), employment))
        salaries.append(engine.amounts()[2])
        bonus_si.append(premiums)
    if low is high:  # one package: each bound is its own amount
        salaries, socials, bonus_si = salaries * 2, socials * 2, bonus_si * 2
    else:  # the bonuses' premiums rounded each on its own (annual._bonus_rounding)
        rounding = _bonus_rounding(low.people, high.people)
        socials = [socials[0] - rounding, socials[1] + rounding]
    dependants = low._withholding_dependents(salaries[0])
    # The least pay after social insurance of each month's salary (0: last December).
    after: dict[int, IntArray] = {}

    def least_after(number: int) -> IntArray:
        if number not in after:
            social = _month_social(high, number)
            taxable = np.maximum(low.people.pay_taxable - social, 0.0)
            after[number] = np.floor(taxable).astype(np.int64)
        return after[number]

    withheld = monthly_tax_yen(least_after(month), dependants, year)
    cut_from = low.cal.monthly_cut_from
    if cut_from is not None and date(year, month, 1) >= cut_from.replace(day=1):
        spent = np.zeros((), np.int64)
        for number in range(1, month):
            if date(year, number, 1) >= cut_from.replace(day=1):
                spent = spent + monthly_tax_yen(least_after(number), dependants, year)
                spent = spent + _least_bonus_tax(
                    low, high, number, bonus_si, dependants, least_after
                )
        cut = (1 + dependants + house.young) * low.cal.cut_per_person
        withheld = np.maximum(withheld - np.maximum(cut - spent, 0), 0)
    resident = _least_instalment(low, (salaries[0], socials[1]), (salaries[1], socials[0]), month)
    gross = np.floor(high.people.pay_gross)
    ceiling = gross - _month_social(low, month) - withheld - resident
    return np.asarray(ceiling, dtype=np.int64)


def _least_bonus_tax(
    low: _Engine,
    high: _Engine,
    month: int,
    bonus_si: list[dict[int, dict[str, IntArray]]],
    dependants: IntArray,
    least_after: Callable[[int], IntArray],
) -> IntArray:
    """The least tax withheld from the bonus of ``month`` over the range (see
    :func:`payslip_ceiling`): 0 where there is no bonus or the exception may apply."""
    zero = np.zeros((), np.int64)
    paid_high = dict(high.people.bonuses).get(month)
    if paid_high is None:  # no bonus paid that month anywhere in the range
        return zero
    paid_low = dict(low.people.bonuses).get(month, np.zeros(()))
    step = next(s for s in high.plan.bonuses if s.paid_year == low.opt.year and s.month == month)
    # The most premium: H's bonus with the fiscal year's whole health cap left (the engine's
    # own where it is the first bonus of its fiscal year).
    ages = high.age_at(month_index(low.opt.year, month))  # the age of the bonus month
    most_premium = _premium_total(
        _bonus_premiums(paid_high, ages, zero, step.rules, step.worker_rate)
    )
    least = np.floor(np.maximum(paid_low - most_premium, 0.0)).astype(np.int64)
    # The most bonus after social insurance: H's bonus (the premium of a later bonus of the
    # fiscal year can fall as the earlier ones take the health cap's room).
    most = np.floor(paid_high).astype(np.int64)
    previous = least_after(month - 1)
    tax = bonus_tax_yen(least, previous, dependants, low.opt.year)
    same = (paid_low == paid_high) & (low.people.pay_si == high.people.pay_si)
    if not step.restart:  # the engine's premium (with the cap counted) is exact where same
        exact = np.floor(np.maximum(paid_high - _premium_total(bonus_si[1][month]), 0.0))
        exact_tax = bonus_tax_yen(exact.astype(np.int64), previous, dependants, low.opt.year)
        tax = np.where(same, exact_tax, tax)
    safe = (previous > 0) & (most <= _bonus_tables(low.opt.year).multiple * previous)
    return np.asarray(np.where(safe | same, tax, 0), dtype=np.int64)


def _least_first(least: IntArray, most: IntArray, rule: _Instalments) -> IntArray:
    """The least first instalment under ``rule`` of a levy between ``least`` and ``most``."""
    block_size = rule.count * rule.unit
    block = least // block_size
    first = least - (rule.count - 1) * rule.unit * block
    reaches_next = most >= (block + 1) * block_size
    return np.asarray(np.where(reaches_next, np.minimum(first, (block + 1) * rule.unit), first))


def _least_instalment(
    low: _Engine,
    least: tuple[IntArray, IntArray],
    most: tuple[IntArray, IntArray],
    month: int,
) -> IntArray:
    """The least resident tax instalment of ``month`` over salaries and social insurance
    between the (salary, social insurance) pairs ``least`` (lowest levies) and ``most``."""
    options, people = low.opt, low.people
    zero = np.zeros((), np.int64)
    if options.first_job:
        return zero
    if people.prior_salary is not None:
        salary = people.prior_salary.astype(np.int64)
        least, most = (salary, least[1]), (salary, most[1])
    if people.prior_social is not None:
        social = people.prior_social.astype(np.int64)
        least, most = (least[0], social), (most[0], social)
    june = _collection(options.year)[0].first_month
    fiscal = options.year if month >= june else options.year - 1
    ordinary, special = _collection(fiscal)
    if special.count == 0 and (fiscal < options.year or month > ordinary.first_month):
        # A regular instalment of the least levy, under the one rule.
        levy = _least_levy(least, most, fiscal, people.house, options.residence)
        return np.asarray(levy // ordinary.count // ordinary.unit * ordinary.unit, np.int64)
    levies = _levy_range(least, most, fiscal, people.house, options.residence)
    values = []
    for rule in (ordinary, special) if special.count > 0 else (ordinary,):
        if fiscal < options.year or month > rule.first_month:
            values.append(levies.least // rule.count // rule.unit * rule.unit)
        elif month == rule.first_month:
            values.append(_least_first(levies.least, levies.most, rule))
        else:
            values.append(zero)
    if len(values) == 1:
        return np.asarray(values[0], dtype=np.int64)
    # The cut's rule wherever it is given in the whole range, the ordinary one where it is
    # given nowhere, else the smaller.
    either = np.minimum(values[0], values[1])
    chosen = np.where(
        levies.cut_everywhere, values[1], np.where(levies.cut_nowhere, values[0], either)
    )
    return np.asarray(chosen, dtype=np.int64)
