"""The smallest gross wages whose US take-home reaches a target, to the cent.

The search is a bisection over whole cents of wages, run for the whole batch at once through the
same kernels as :func:`~expectgap.payroll.us.annual.annual`: the result ``g`` satisfies
``net(g) >= target`` and ``net(g - 0.01) < target``. Take-home rises with wages except at a
few statutory steps (California's exemption credit phase-out, Illinois' exemption income
limit) and by a cent where several rounded components step together; there the gross found is
one at which the take-home crosses the target from below.

Examples
--------
>>> g = gross_up(60_000, year=2025, state="NY")
>>> g
78922.77
>>> from expectgap.payroll.us.annual import annual
>>> annual(g, year=2025, state="NY").net >= 60_000 > annual(g - 0.01, year=2025, state="NY").net
True
"""

from __future__ import annotations

from typing import Any

import numpy as np

from expectgap.payroll.us.annual import evaluate, prepare

__all__ = ["gross_up"]

# Take-home is compared with the target less this many dollars, so that a target equal to a
# computed take-home (a float) is not missed by float representation.
_GUARD = 1e-6
# The bisection starts above target + contributions by this factor, doubled while short.
_FIRST_FACTOR = 2.0
_MAX_DOUBLINGS = 60


def gross_up(
    target_net: object,
    *,
    year: int,
    state: object,
    filing_status: object = "single",
    pre_tax_401k: object = 0,
    hsa: object = 0,
    nyc_resident: bool = False,
) -> Any:
    """The smallest gross wages (whole cents) whose take-home reaches ``target_net``.

    Parameters
    ----------
    target_net : float, array-like or pandas Series
        Take-home pay wanted for the year, in dollars.
    year, state, filing_status, pre_tax_401k, hsa, nyc_resident
        As for :func:`~expectgap.payroll.us.annual.annual`; the contributions are fixed
        amounts paid out of the gross.

    Returns
    -------
    float, numpy.ndarray or pandas.Series
        The gross wages, in the form of ``target_net``.

    Examples
    --------
    >>> gross_up([0, 50_000], year=2026, state="TX").tolist()
    [0.0, 59514.62]
    >>> gross_up(100_000, year=2026, state="CA", filing_status="married_joint")
    125436.16
    """
    columns, shape, target_shape, codes, statuses, yr = prepare(
        target_net,
        year=year,
        state=state,
        filing_status=filing_status,
        pre_tax_401k=pre_tax_401k,
        hsa=hsa,
        nyc_resident=nyc_resident,
        field="target_net",
    )
    targets, k401, h = columns
    wanted = targets - _GUARD

    def reaches(cents: np.ndarray) -> np.ndarray:
        net = evaluate([cents / 100.0, k401, h], codes, statuses, yr, nyc_resident)["net"]
        reached: np.ndarray = net >= wanted
        return reached

    saved = k401 + h
    # Below target + contributions no gross reaches the target (taxes are never negative).
    low = np.maximum(np.ceil((targets + saved) * 100.0 - 1e-6) - 1.0, -1.0)
    high = np.ceil((targets + saved) * 100.0 * _FIRST_FACTOR) + 100.0
    for _ in range(_MAX_DOUBLINGS):
        short = ~reaches(high)
        if not short.any():
            break
        high = np.where(short, high * 2.0, high)
    low = np.where(targets + saved <= 0, -1.0, low)
    open_ = high - low > 1
    while open_.any():
        mid = np.where(open_, np.floor((low + high) / 2.0), high)
        ok = reaches(np.maximum(mid, 0.0))
        high = np.where(open_ & ok, mid, high)
        low = np.where(open_ & ~ok, mid, low)
        open_ = high - low > 1
    return shape.wrap_float((high / 100.0).reshape(target_shape))
