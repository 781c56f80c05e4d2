"""Zone of agreement (ZOPA) on salary, and a suggested counter-offer.

Everything is solved in terms of the offer's **monthly base pay**, the figure a recruiter changes
(see :mod:`expectgap.assess.scale`): the candidate's walk-away and target (a take-home figure
through the payroll engine's gross-up) and the company's budget ceiling each become the base pay
that delivers them, and the zone is ``[walk-away base, budget base]`` (empty when the walk-away
is above the budget). The suggested counter-offer is the candidate's target when the budget
allows it, else the budget ceiling, never below the current offer; it is rounded up to the
policy's unit (``policy.toml``, ``[counter_offer.rounding]``) unless that would pass the budget.

The zone and the counter-offer are recruiter-only: the candidate's view never contains them.

Examples
--------
>>> from expectgap.money import Money
>>> from expectgap.package import CompensationPackage
>>> from expectgap.assess.policy import Policy
>>> from expectgap.assess.scale import PackageScale
>>> scale = PackageScale.of(CompensationPackage(base=Money(450_000, "JPY", "monthly")))
>>> z = zone_of_agreement(scale, "monthly_gross", target=520_300, walk_away=480_000,
...                       budget=Money(500_000, "JPY", "monthly"), policy=Policy.default())
>>> z.empty, z.reason.value, z.counter_offer
(False, 'capped_at_budget', 500000.0)
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

from expectgap.assess.policy import Policy
from expectgap.assess.scale import PackageScale, PayMeasure
from expectgap.money import Money, Period

__all__ = ["Zone", "ZoneReason", "zone_of_agreement"]


class ZoneReason(enum.StrEnum):
    """Why the counter-offer is what it is.

    ``offer_meets_target``: the offer already reaches the target, no counter-offer;
    ``target_within_budget``: the target fits the budget, suggest it;
    ``capped_at_budget``: the target is above the budget, suggest the budget ceiling;
    ``no_zone``: the walk-away is above the budget: no salary agreement is possible without
    moving the budget or the expectation;
    ``no_budget``: no budget ceiling was given, suggest the target.

    Examples
    --------
    >>> ZoneReason("no_zone").value
    'no_zone'
    """

    OFFER_MEETS_TARGET = "offer_meets_target"
    TARGET_WITHIN_BUDGET = "target_within_budget"
    CAPPED_AT_BUDGET = "capped_at_budget"
    NO_ZONE = "no_zone"
    NO_BUDGET = "no_budget"


@dataclass(frozen=True)
class Zone:
    """The salary zone of agreement on one pay measure (recruiter-only).

    Attributes
    ----------
    measure : PayMeasure
        ``monthly_gross`` or ``annual_cash`` (the basis of the salary comparison).
    candidate_target, candidate_walk_away : float
        The candidate's figures on the measure (the walk-away defaults to the target, and
        ``walk_away_stated`` is then False: reports say it was not stated).
    offered : float
        The offer on the measure.
    budget_ceiling : float or None
        The company's ceiling on the measure.
    low, high : float or None
        The zone; None when empty (``high`` is None without a budget).
    empty : bool
        True when the walk-away is above the budget.
    counter_offer, counter_offer_base : float or None
        Suggested revised offer on the measure, and the monthly base pay that gives it.
    counter_offer_net : float or None
        Take-home pay at the counter-offer (on the salary basis' period), filled in by
        :func:`~expectgap.assess.assess` when a payroll engine applies.
    reason : ZoneReason
    basis : str or None
        The salary basis of the binding target (filled in by :func:`~expectgap.assess.assess`).

    Examples
    --------
    >>> Zone(PayMeasure.ANNUAL_CASH, 1.0, 1.0, 1.0, None, 1.0, None, False, None, None, None,
    ...      ZoneReason.OFFER_MEETS_TARGET).empty
    False
    """

    measure: PayMeasure
    candidate_target: float
    candidate_walk_away: float
    offered: float
    budget_ceiling: float | None
    low: float | None
    high: float | None
    empty: bool
    counter_offer: float | None
    counter_offer_base: float | None
    counter_offer_net: float | None
    reason: ZoneReason
    basis: str | None = None
    walk_away_stated: bool = True


def _budget_base(scale: PackageScale, budget: Money) -> float:
    measure = (
        PayMeasure.MONTHLY_GROSS if budget.period is Period.MONTHLY else PayMeasure.ANNUAL_CASH
    )
    return float(scale.base_for(measure, float(budget.amount)))


def zone_of_agreement(
    scale: PackageScale,
    measure: PayMeasure | str,
    *,
    target: float,
    walk_away: float | None,
    budget: Money | None,
    policy: Policy,
    base_target: float | None = None,
    base_walk_away: float | None = None,
) -> Zone:
    """Compute the zone of agreement and the suggested counter-offer.

    Parameters
    ----------
    scale : PackageScale
        The offer's package lines.
    measure : PayMeasure or str
        The measure of ``target`` and ``walk_away`` (``monthly_gross`` or ``annual_cash``).
    target, walk_away : float
        The candidate's figures on the measure (gross; a take-home figure must first be
        grossed up).
    budget : Money, optional
        The company's ceiling (monthly: on monthly gross; annual: on guaranteed annual cash).
    policy : Policy
        For the rounding unit.
    base_target, base_walk_away : float, optional
        The base pay for the target and walk-away when already known (avoids a round trip).

    Returns
    -------
    Zone

    Examples
    --------
    >>> from expectgap.package import CompensationPackage
    >>> scale = PackageScale.of(CompensationPackage(base=Money(450_000, "JPY", "monthly")))
    >>> z = zone_of_agreement(scale, "monthly_gross", target=600_000, walk_away=550_000,
    ...     budget=Money(500_000, "JPY", "monthly"), policy=Policy.default())
    >>> z.empty, z.low, z.counter_offer, z.reason.value
    (True, None, None, 'no_zone')
    """
    m = PayMeasure.parse(measure)
    walk = target if walk_away is None else walk_away
    b_target = float(scale.base_for(m, target)) if base_target is None else base_target
    if base_walk_away is not None:
        b_walk = base_walk_away
    else:
        b_walk = b_target if walk_away is None else float(scale.base_for(m, walk))
    b_offer = float(scale.base)
    b_budget = None if budget is None else _budget_base(scale, budget)

    def on_measure(base: float) -> float:
        return float(scale.value(m, base))

    unit = policy.rounding_unit(scale.package.currency, "monthly")
    counter: float | None = None
    empty = False
    if b_offer >= b_target:
        reason = ZoneReason.OFFER_MEETS_TARGET
    elif b_budget is None:
        reason = ZoneReason.NO_BUDGET
        counter = _round_up(b_target, unit)
    elif b_walk > b_budget:
        reason, empty = ZoneReason.NO_ZONE, True
    else:
        wanted = max(b_offer, min(b_target, b_budget))
        reason = (
            ZoneReason.TARGET_WITHIN_BUDGET if wanted >= b_target else ZoneReason.CAPPED_AT_BUDGET
        )
        counter = _round_up(wanted, unit)
        if counter > max(b_budget, b_offer):
            counter = math.floor(wanted / unit) * unit
            if counter < max(b_walk, b_offer):
                counter = wanted
    return Zone(
        measure=m,
        candidate_target=target,
        candidate_walk_away=walk,
        offered=on_measure(b_offer),
        budget_ceiling=None if b_budget is None else on_measure(b_budget),
        low=None if empty else on_measure(max(b_walk, 0.0)),
        high=None if empty or b_budget is None else on_measure(b_budget),
        empty=empty,
        counter_offer=None if counter is None else on_measure(counter),
        counter_offer_base=counter,
        counter_offer_net=None,
        reason=reason,
        walk_away_stated=walk_away is not None,
    )


def _round_up(value: float, unit: int) -> float:
    return float(math.ceil(value / unit - 1e-9) * unit)
