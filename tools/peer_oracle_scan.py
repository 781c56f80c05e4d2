"""Measure what the strongest attacker learns from a peer release.

The attacker knows every peer's pay but one, to the yen, and sees the release. For each target
peer the script scans the target's pay in steps of 0.25% from -40% to +40% and finds the widest
run of values around the true pay that give the very same release (count, levels, values,
steps, reason): the attacker cannot tell those values apart. It prints the distribution of the
run's width as a share of the true pay over random groups.

Groups: ``--groups`` random groups of 5 to 24 peers, pay lognormal around 480,000 yen a month
with sigma 0.15, rounded to ``--round`` yen (1 = to the yen; 1000 gives many equal amounts).

Usage::

    .venv/bin/python tools/peer_oracle_scan.py [--groups 30] [--round 1] [--seed 0]
"""

from __future__ import annotations

import argparse

import numpy as np

from expectgap.market import PeerGroup, PeerRelease

_STEPS = 321  # -40% .. +40% in 0.25% steps
_SPREAD = 0.40


def _key(release: PeerRelease) -> tuple[object, ...]:
    return (release.n, release.levels, release.values, release.steps, release.reason)


def _width(pays: list[float], who: int) -> float:
    base = _key(PeerGroup(pays).release())
    grid = pays[who] * np.linspace(1 - _SPREAD, 1 + _SPREAD, _STEPS)
    same = [
        _key(PeerGroup([*pays[:who], float(t), *pays[who + 1 :]]).release()) == base for t in grid
    ]
    centre = _STEPS // 2
    low = high = centre
    while low > 0 and same[low - 1]:
        low -= 1
    while high < _STEPS - 1 and same[high + 1]:
        high += 1
    return float((grid[high] - grid[low]) / pays[who])


def main() -> None:
    """Print percentiles of the consistent range's width over random groups."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=30)
    parser.add_argument("--round", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    widths: list[float] = []
    for _ in range(args.groups):
        size = int(rng.integers(5, 25))
        pays = np.exp(rng.normal(np.log(480_000), 0.15, size))
        pays = (np.round(pays / args.round) * args.round).tolist()
        if not PeerGroup(pays).publishable:
            continue
        widths += [_width(pays, who) for who in range(size)]
    shown = np.percentile(widths, [0, 1, 5, 25, 50])
    print(f"{len(widths)} peers; width of the range the release cannot narrow (share of pay):")
    for label, value in zip(("min", "1%", "5%", "25%", "median"), shown, strict=True):
        print(f"  {label:>6}: {value:.1%}")


if __name__ == "__main__":
    main()
