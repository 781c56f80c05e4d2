"""The smallest UK employment income whose take-home reaches a target, to the penny.

A bisection over whole pennies of pay for the whole batch at once, through the kernel of
:func:`~expectgap.payroll.uk.annual.annual`: the result ``g`` satisfies ``net(g) >= target``
and ``net(g - 0.01) < target`` (take-home rises with pay; in the personal-allowance taper the
marginal deduction is 62% plus NI and loans, still below 100%).

Examples
--------
>>> gross_up(40_000)
50763.1
>>> from expectgap.payroll.uk.annual import annual
>>> annual(50_763.10).net >= 40_000 > annual(50_763.09).net
True
"""

from __future__ import annotations

from typing import Any

import numpy as np

from expectgap._vector import broadcast
from expectgap.errors import InvalidInput
from expectgap.payroll.uk.annual import (
    MAX_INCOME,
    bounded,
    evaluate,
    loan_plans,
    parse_tax_year,
    region_name,
)

__all__ = ["gross_up"]

_GUARD = 1e-6
_FIRST_FACTOR = 2.0
_MAX_DOUBLINGS = 60


def gross_up(
    target_net: object,
    *,
    tax_year: object = "2025/26",
    region: object = "england",
    student_loan_plan: object = None,
    pension_salary_sacrifice: object = 0,
) -> Any:
    """The smallest employment income (whole pennies) whose take-home reaches ``target_net``.

    Parameters
    ----------
    target_net : float, array-like or pandas Series
        Take-home pay wanted for the tax year, in pounds.
    tax_year, region, student_loan_plan, pension_salary_sacrifice
        As for :func:`~expectgap.payroll.uk.annual.annual`; the salary sacrifice is a fixed
        amount given up from the gross.

    Returns
    -------
    float, numpy.ndarray or pandas.Series
        Employment income, in the form of ``target_net``.

    Examples
    --------
    >>> gross_up([0, 30_000], region="scotland", student_loan_plan=4).tolist()
    [0.0, 37468.01]
    """
    start = parse_tax_year(tax_year)
    where = region_name(region)
    plans = loan_plans(student_loan_plan)
    targets, shape = bounded(target_net, "target_net")
    sacrifice, _ = bounded(pension_salary_sacrifice, "pension_salary_sacrifice")
    targets, sacrifice = broadcast(targets, sacrifice)
    out_shape = targets.shape
    t = targets.reshape(-1).astype(np.float64)
    s = sacrifice.reshape(-1).astype(np.float64)
    wanted = t - _GUARD

    def reaches(pennies: np.ndarray) -> np.ndarray:
        pay = np.maximum(pennies / 100.0, s)
        reached: np.ndarray = evaluate(pay, s, start, where, plans)["net"] >= wanted
        return reached

    low = np.maximum(np.ceil((t + s) * 100.0 - 1e-6) - 1.0, -1.0)
    high = np.ceil((t + s) * 100.0 * _FIRST_FACTOR) + 100.0
    for _ in range(_MAX_DOUBLINGS):
        short = ~reaches(high)
        if not short.any():
            break
        high = np.where(short, high * 2.0, high)
    if (high / 100.0 > MAX_INCOME).any():
        raise InvalidInput("target_net", target_net, "a take-home reachable below the input bound")
    open_ = high - low > 1
    while open_.any():
        mid = np.where(open_, np.floor((low + high) / 2.0), high)
        ok = reaches(np.maximum(mid, 0.0))
        high = np.where(open_ & ok, mid, high)
        low = np.where(open_ & ~ok, mid, low)
        open_ = high - low > 1
    return shape.wrap_float((np.maximum(high, 0.0) / 100.0).reshape(out_shape))
