"""HTML views for Jupyter: content, escaping and the privacy of peer groups."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap import _html
from expectgap.market.peers import PeerGroup
from expectgap.market.survey import SurveyTable
from expectgap.position import Band, position

# BLS OEWS May 2025, 15-1252 Software Developers, national (market-methods.md)
DEVS = SurveyTable.from_percentiles(
    {10: 82_460, 25: 105_210, 50: 135_980, 75: 171_980, 90: 214_670},
    currency="USD",
    n=1_654_440,
    source="BLS OEWS May 2025, 15-1252 <national>",
)


class _Checker(HTMLParser):
    """Collects text and checks that every opened tag is closed."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack.pop() == tag

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _text(fragment: str) -> str:
    checker = _Checker()
    checker.feed(fragment)
    checker.close()
    assert checker.stack == [], "unclosed tags"
    return " ".join(checker.text)


def test_survey_table_lists_every_point_and_escapes_the_source() -> None:
    fragment = _html.survey_table(DEVS)
    text = _text(fragment)
    for shown in ("P10", "$82,460", "P90", "$214,670", "n = 1,654,440"):
        assert shown in text
    assert "<national>" in text  # shown as text ...
    assert "<national>" not in fragment  # ... because it was escaped


def test_top_coded_points_are_shown_as_lower_bounds() -> None:
    # BLS footnote 5: $239,200 a year is top-coded
    t = SurveyTable((50, 75, 90), (180_000, 215_000, 239_200), "USD", top_coded=(90,))
    assert "at least $239,200" in _text(_html.survey_table(t))


def test_position_of_one_amount() -> None:
    # $150,000 sits at P60.4 (log-linear, market-methods.md); compa-ratio to the band midpoint
    # 140,000 is 150/140 = 1.071; penetration (150 - 120) / (160 - 120) = 75%
    pos = position(150_000, DEVS, band=Band(120_000, 140_000, 160_000))
    text = _text(_html.position(pos))
    assert "60.4 (95% CI" in text
    assert "P50–P75" in text
    assert "1.071" in text
    assert "75%" in text


def test_position_of_many_amounts_shows_ten_rows_and_a_count() -> None:
    pos = position([100_000.0 + 1_000 * i for i in range(25)], DEVS)
    text = _text(_html.position(pos))
    assert "Positions (25)" in text
    assert "15 more rows" in text


@settings(max_examples=25)
@given(st.lists(st.integers(3_000_000, 15_000_000), min_size=5, max_size=40, unique=True))
def test_peer_group_shows_only_the_release(values: list[int]) -> None:
    release = PeerGroup(values, currency="JPY").release()
    text = _text(_html.peer_group(release))
    shown = {int(x.replace(",", "")) for x in re.findall(r"¥([\d,]+)", text)}
    published = set(release.values) | ({release.grid} if release.grid else set())
    assert shown == {int(v) for v in published}
    for value, step in zip(release.values, release.steps, strict=True):
        assert value % step == 0  # every amount on its published grid


def test_small_peer_group_publishes_nothing() -> None:
    text = _text(_html.peer_group(PeerGroup([410, 430, 445], currency="JPY").release()))
    assert "Nothing published" in text
    assert "¥" not in text


def test_gap_report_lists_every_dimension_and_hides_the_budget_from_candidates() -> None:
    from expectgap.assess import Expectations, Offer, PositionSpec, SalaryExpectation, assess
    from expectgap.money import Money
    from expectgap.package import CompensationPackage

    # 450,000 offered against 500,000 sought: -10%, a major gap (policy: minor up to 5%)
    offer = Offer(
        PositionSpec("Engineer"),
        CompensationPackage(base=Money(450_000, "JPY", "monthly")),
        budget_ceiling=Money(987_654, "JPY", "monthly"),
    )
    wish = Expectations(salary=SalaryExpectation(500_000, basis="gross_monthly"))
    recruiter = _text(_html.gap_report(assess(wish, offer, year=2026)))
    for label in ("position", "gross salary", "net salary", "atmosphere", "-10.0%", "major"):
        assert label in recruiter
    candidate = _html.gap_report(assess(wish, offer, year=2026, audience="candidate"))
    assert "987,654" not in _text(candidate)
    assert "987,654" not in candidate
