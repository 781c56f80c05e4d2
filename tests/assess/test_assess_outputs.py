"""Outputs: catalogs, JSON schema, views by audience, Markdown and the data frame."""

from __future__ import annotations

import json
import string
import tomllib
from importlib import resources
from typing import Any

import jsonschema
import pytest

from expectgap.assess import GapReport
from expectgap.assess.scenario import load_scenario
from expectgap.assess.view import EVIDENCE_KINDS, FACTS, TOP_LEVEL
from expectgap.cli import demo_file

SCHEMA = json.loads(resources.files("expectgap.assess").joinpath("schema.json").read_text())


def _flat(prefix: str, table: dict[str, Any], out: dict[str, str]) -> dict[str, str]:
    for key, value in table.items():
        if isinstance(value, dict):
            _flat(f"{prefix}{key}.", value, out)
        else:
            out[f"{prefix}{key}"] = value
    return out


def _catalog(locale: str) -> dict[str, str]:
    text = resources.files("expectgap.assess").joinpath(f"locales/{locale}.toml").read_text()
    return _flat("", tomllib.loads(text), {})


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.fixture(scope="module")
def report() -> GapReport:
    return load_scenario(demo_file()).assess()


def test_catalogs_hold_the_same_keys_and_placeholders() -> None:
    en, ja = _catalog("en"), _catalog("ja")
    assert set(en) == set(ja)
    for key in en:
        # a Japanese message may leave out a detail, never ask for one English does not have
        assert _fields(ja[key]) <= _fields(en[key]), key


def test_japanese_catalog_is_polite_japanese() -> None:
    ja = _catalog("ja")
    sentences = [v for k, v in ja.items() if k.startswith(("message.", "ask.", "fallback."))]
    # whole sentences end in the polite form (です/ます/ください) and a full stop
    for text in sentences:
        assert text.endswith("。"), text
        assert any(m in text for m in ("です", "ます", "ください", "ません")), text
    terms = " ".join(ja.values())
    for term in (
        "手取り",
        "月給",
        "賞与",
        "固定残業代",
        "みなし残業",
        "リモートワーク",
        "年間休日",
        "有給休暇",
        "職位",
        "職務内容",
        "想定年収",
    ):
        assert term in terms, term


def test_demo_json_validates_for_both_audiences_and_locales(report: GapReport) -> None:
    for audience in ("recruiter", "candidate"):
        for locale in ("en", "ja"):
            data = json.loads(report.to_json(audience=audience, locale=locale))
            jsonschema.validate(data, SCHEMA)
            assert set(data) == {*TOP_LEVEL[audience], "locale", "talking_points"}


def test_schema_rejects_recruiter_fields_in_candidate_output(report: GapReport) -> None:
    data = json.loads(report.to_json(audience="candidate"))
    leaked = {**data, "zone": json.loads(report.to_json())["zone"]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(leaked, SCHEMA)
    recruiter = json.loads(report.to_json())
    peers = [e for g in recruiter["gaps"] for e in g["evidence"] if e["kind"] == "peers"]
    assert peers, "the demo has peer evidence for the recruiter"
    data["gaps"][2]["evidence"].append(peers[0])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def test_allow_lists_cover_every_fact_the_report_holds(report: GapReport) -> None:
    # A fact not listed would silently disappear from both views: list every one.
    for gap in report.gaps:
        assert set(gap.facts) <= set(FACTS["recruiter"][gap.dimension.value]), gap.dimension
    assert EVIDENCE_KINDS["candidate"] < EVIDENCE_KINDS["recruiter"]


def test_candidate_report_object_is_redacted(report: GapReport) -> None:
    candidate = report.for_audience("candidate")
    assert candidate.zone is None
    assert candidate.peers_n is None
    assert all(e.kind.value != "peers" for g in candidate.gaps for e in g.evidence)
    with pytest.raises(ValueError, match="audience"):
        candidate.to_dict(audience="recruiter")
    with pytest.raises(ValueError, match="audience"):
        report.to_dict(audience="manager")


def test_demo_recruiter_markdown(report: GapReport) -> None:
    text = report.render("en")
    # counter-offer capped at the budget of 600,000 a month: the fixed overtime pay (65,000 on a
    # base of 450,000) moves with the base, so base x 515/450 + 35,000 allowances <= 600,000
    # gives base <= 493,689, rounded down to 493,000: gross 493,000 x 515/450 + 35,000 = 599,211
    assert "## Salary zone of agreement (recruiter only)" in text
    assert "base pay ¥493,000 a month (¥599,211 a month" in text
    assert "Employees of similar ability and experience (n = 16)" in text
    ja = report.render("ja")
    assert "## 給与の合意可能範囲（採用担当者のみ）" in ja
    assert "基本給 月額49万3,000円（月額59万9,211円、手取り" in ja
    assert "同等の能力・経験を持つ社員（16名）" in ja


def test_demo_candidate_markdown_has_no_recruiter_detail(report: GapReport) -> None:
    for locale, words in (
        ("en", ("zone of agreement", "budget", "Employees of similar", "¥600,000", "n = 16")),
        ("ja", ("合意可能範囲", "予算", "社員", "60万円", "16名")),
    ):
        text = report.render(locale, audience="candidate")
        for word in words:
            assert word not in text, (locale, word)


def test_talking_points_cover_every_dimension_in_priority_order(report: GapReport) -> None:
    for locale in ("en", "ja"):
        points = report.points(locale=locale)
        assert sorted(p.topic.value for p in points) == sorted(
            g.dimension.value for g in report.gaps
        )
        assert [p.priority for p in points] == list(range(1, 11))
        assert all(p.summary and p.message and p.ask and p.fallback for p in points)
    first = report.talking_points[0]
    assert (first.topic.value, first.stance.value) == ("net_salary", "negotiate")


def test_talking_point_is_the_point_talking_points_builds_for_a_gap(report: GapReport) -> None:
    from expectgap.assess.talking_points import talking_point, talking_points
    from expectgap.assess.view import view

    for audience in ("recruiter", "candidate"):
        shown = view(report, audience)
        for locale in ("en", "ja"):
            points = {p.topic.value: p for p in talking_points(shown, locale)}
            for gap in shown["gaps"]:
                assert talking_point(shown, gap, locale) == points[gap["dimension"]]


def test_frame(report: GapReport) -> None:
    frame = report.to_frame()
    assert list(frame["dimension"])[:3] == ["position", "gross_salary", "net_salary"]
    row = frame.set_index("dimension").loc["net_salary"]
    assert (row["expected"], row["severity"], row["stance"], row["priority"]) == (
        520_000,
        "major",
        "negotiate",
        1,
    )
