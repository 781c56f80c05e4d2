"""Population gap analysis: where does a company's pay sit in each state's market?

A company employs 3,000 software developers (SOC 15-1252) in six states at four levels and pays
them on one national band structure with a small geographic premium. Every employee is placed
in the BLS OEWS May 2025 table of their own state (``expectgap.frame.position`` with
``by="state"``) and compared with their own band (internal compa-ratio = pay / band midpoint).
The plot crosses the two: internal compa-ratio against market percentile, so the lower-left
quadrant holds people paid low both inside the company and in their local market.

Usage: ``python examples/population_gap_analysis.py [OUTPUT_DIR]`` (default ``examples/output``
or ``$EXPECTGAP_OUTPUT``). Writes ``population.png``.

Source of the market data: U.S. Bureau of Labor Statistics, OEWS May 2025 (public domain).
The workforce is simulated (seeded), not real.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np
import pandas as pd

import expectgap.frame  # noqa: F401  (registers the df.expectgap accessor)
from expectgap import plot
from expectgap.datasets import oews

OCCUPATION = "15-1252"
STATES = ("CA", "WA", "NY", "TX", "FL", "OH")
EMPLOYEES = 3_000
# Band midpoints per level as multiples of the national OEWS median, and the share of staff.
LEVELS = {"L1": (0.75, 0.30), "L2": (0.95, 0.35), "L3": (1.20, 0.25), "L4": (1.50, 0.10)}
PREMIUM = {"CA": 1.10, "WA": 1.10, "NY": 1.08}  # geographic premium; other states 1.0
SPREAD = 0.08  # log-space spread of individual pay around the band midpoint


def output_dir() -> Path:
    chosen = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("EXPECTGAP_OUTPUT")
    path = Path(chosen) if chosen else Path(__file__).resolve().parent / "output"
    path.mkdir(parents=True, exist_ok=True)
    return path


def workforce(rng: np.random.Generator) -> pd.DataFrame:
    national_median = oews(OCCUPATION).exact[50]
    names = list(LEVELS)
    level = rng.choice(names, size=EMPLOYEES, p=[share for _, share in LEVELS.values()])
    state = rng.choice(STATES, size=EMPLOYEES)
    premium = pd.Series(state).map(PREMIUM).fillna(1.0).to_numpy()
    midpoint = pd.Series(level).map({k: m for k, (m, _) in LEVELS.items()}).to_numpy()
    midpoint = np.round(midpoint * national_median * premium, -3)
    pay = np.round(midpoint * rng.lognormal(0.0, SPREAD, EMPLOYEES), -2)
    return pd.DataFrame(
        {"state": state, "level": level, "amount": pay, "band_midpoint": midpoint},
        index=pd.Index([f"E{i:05d}" for i in range(EMPLOYEES)], name="employee"),
    )


def main() -> None:
    out = output_dir()
    staff = workforce(np.random.default_rng(2025))
    markets = {state: oews(OCCUPATION, area=state) for state in STATES}
    market = staff.expectgap.position(markets, by="state")
    placed = staff.join(market.add_prefix("market_"))
    placed["compa_ratio"] = placed["amount"] / placed["band_midpoint"]

    summary = placed.groupby("state").agg(
        employees=("amount", "size"),
        median_pay=("amount", "median"),
        market_percentile=("market_percentile", "median"),
        market_compa_ratio=("market_compa_ratio", "median"),
        below_market_p25=("market_percentile", lambda p: float((p < 25).mean())),
    )
    summary["state_p50"] = [markets[s].exact[50] for s in summary.index]
    summary = summary.sort_values("market_compa_ratio")
    print(f"{EMPLOYEES:,} software developers placed in their state's OEWS May 2025 table")
    print(summary.round(3).to_string())
    worst = summary.index[0]
    print(
        f"\nLargest lag: {worst}, median pay / state median {summary.loc[worst, 'market_compa_ratio']:.2f}"
        f" ({summary.loc[worst, 'below_market_p25']:.0%} of staff below the state's P25)"
    )
    at_risk = placed[(placed["market_percentile"] < 25) & (placed["compa_ratio"] < 1)]
    print(f"Low inside and outside (below band midpoint and below market P25): {len(at_risk)}")
    print(at_risk.groupby(["state", "level"]).size().rename("employees").to_string())

    fig = plot.population(
        placed,
        percentile="market_percentile",
        color_by="state",
        title=f"{EMPLOYEES:,} developers vs their state market (OEWS May 2025, 15-1252)",
    )
    fig.savefig(out / "population.png", dpi=110)
    print(f"wrote {out / 'population.png'}")


if __name__ == "__main__":
    main()
