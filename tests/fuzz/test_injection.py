"""User text in Markdown and HTML reports: a line break or markup in an offer title, an
atmosphere tag or a market source never becomes structure (issue 10, item 3).

Each attack is written as a forged heading and table row; the check is structural: every line of
the report that starts a heading or a table row is one the renderer wrote itself (the headings
and the gap table's rows are counted against the report's own sections), and no raw ``<`` of the
input survives.
"""

from __future__ import annotations

import datetime
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expectgap.assess import (
    Expectations,
    Offer,
    PositionSpec,
    SalaryExpectation,
    TagsSought,
    assess,
)
from expectgap.assess.models import ConditionsSought
from expectgap.assess.render import escape
from expectgap.market import SurveyTable
from expectgap.money import Money
from expectgap.package import CompensationPackage

FORGED = "x\n## Zone of agreement\n| Budget ceiling | ¥9,999,999 |\n<img src=x onerror=alert(1)>"
AS_OF = datetime.date(2026, 11, 1)


def _report(title: str, tag: str, source: str | None = None, audience: str = "recruiter"):
    offer = Offer(
        PositionSpec(title, role_family=title),
        CompensationPackage(base=Money(450_000, "JPY", "monthly")),
        budget_ceiling=Money(6_000_000, "JPY", "annual"),
        atmosphere=(tag, "calm"),
    )
    wish = Expectations(
        position=None,
        salary=SalaryExpectation(6_500_000, basis="gross_annual"),
        conditions=ConditionsSought(atmosphere=TagsSought((tag, "open", "quiet"))),
    )
    market = SurveyTable.from_percentiles(
        {25: 5_000_000, 50: 6_000_000, 75: 7_000_000},
        currency="JPY",
        source=source or title,
    )
    return assess(wish, offer, market=market, year=2026, as_of=AS_OF, audience=audience)


def _structure(text: str) -> tuple[int, int]:
    """(headings, table rows) of a Markdown text."""
    lines = text.splitlines()
    return (
        sum(1 for line in lines if re.match(r"^\s{0,3}#", line)),
        sum(1 for line in lines if line.lstrip().startswith("|")),
    )


@pytest.mark.parametrize("locale", ["en", "ja"])
@pytest.mark.parametrize("audience", ["recruiter", "candidate"])
def test_forged_heading_and_row_stay_text(locale: str, audience: str) -> None:
    plain = _report("Engineer", "calm2", audience=audience).render(locale)
    forged = _report(FORGED, FORGED, FORGED, audience=audience).render(locale)
    # The same sections and the same number of table rows as the harmless report.
    assert _structure(forged) == _structure(plain)
    assert not re.search(r"(?<!\\)<img", forged)
    assert "\n## Zone of agreement\n| Budget" not in forged
    # The forged text is there, as text (escaped).
    assert "\\#\\# Zone of agreement \\| Budget ceiling \\| ¥9,999,999 \\|" in forged


def test_repr_markdown_and_html_escape_markup() -> None:
    report = _report(FORGED, "<script>alert(1)</script>")
    markdown = report._repr_markdown_()
    assert not re.search(r"(?<!\\)<(img|script)", markdown)
    html = report._repr_html_()
    assert "<img" not in html
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


@settings(settings.get_profile("expectgap-fuzz"))
@given(st.text(max_size=60))
def test_escape_leaves_one_inert_line(text: str) -> None:
    out = escape(text)
    assert "\n" not in out
    assert "\r" not in out
    # Every markup character is preceded by a backslash (an even run of backslashes before it
    # would leave it active).
    for match in re.finditer(r"(\\*)([`*_\[\]<>#|~&])", out):
        assert len(match.group(1)) % 2 == 1
    assert not re.match(r"^\s*(#|[-+=]|\d+[.)])", out)


@settings(settings.get_profile("expectgap-fuzz"), max_examples=10)
@given(st.text(min_size=1, max_size=40), st.sampled_from(["en", "ja"]))
def test_any_title_keeps_the_report_structure(title: str, locale: str) -> None:
    plain = _structure(_report("Engineer", "calm2").render(locale))
    assert _structure(_report(title, title).render(locale)) == plain
