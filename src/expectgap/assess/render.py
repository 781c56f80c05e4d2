"""Markdown rendering of a report, in English or Japanese.

:func:`render` takes the plain data of a report (:meth:`GapReport.to_dict`, already restricted
to its audience) and writes Markdown: a header, the gap table, the salary zone of agreement
(recruiter only: the candidate's data has no zone), the talking points in priority order and the
notes. Amounts are formatted for the locale (``¥5,600,000`` / ``560万円``).

Examples
--------
>>> from expectgap.assess import Expectations, Offer, PositionSpec, SalaryExpectation, assess
>>> from expectgap.money import Money
>>> from expectgap.package import CompensationPackage
>>> offer = Offer(PositionSpec("Engineer"),
...               CompensationPackage(base=Money(450_000, "JPY", "monthly")))
>>> report = assess(Expectations(salary=SalaryExpectation(500_000, basis="gross_monthly")),
...                 offer, year=2026, as_of=__import__("datetime").date(2026, 11, 1))
>>> text = render(report.to_dict(locale="ja"), "ja")
>>> "| 額面給与 | 月額50万円 | 月額45万円 | −5万円（−10%） | 要調整 | 条件交渉 |" in text
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from expectgap.assess.codes import SEVERITIES
from expectgap.assess.locale import Catalog, catalog, format_date, format_number, format_percent
from expectgap.assess.net_engine import tax_year_label
from expectgap.assess.talking_points import _Fmt

__all__ = ["escape", "render", "rules_applied"]


# Characters that start Markdown (CommonMark, GitHub tables) or HTML markup anywhere in a line;
# each is written with a backslash, which shows it as itself.
_SPECIAL = frozenset("\\`*_[]<>#|~&")
# Line breaks of every kind (a new line could start a heading, a list or a table row).
_BREAKS = str.maketrans(dict.fromkeys("\n\r\t\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", " "))
# A list item, numbered item or setext underline at the start of a line.
_LEADING = re.compile(r"^(\d{1,9})([.)])|^([-+=])")
# Notes saying that no payroll rules were applied (no take-home pay computed).
_NOT_APPLIED = frozenset({"net_not_assessed", "net_needs_region", "region_not_supported"})
_SALARY = ("gross_salary", "net_salary")


def escape(text: object) -> str:
    """Markdown-safe text: one line, every markup character shown as itself.

    Line breaks become spaces (other spaces are kept), control and format characters (bidi
    overrides, zero-width characters) are dropped, markup characters get a backslash, a leading
    list marker is escaped and bare web addresses are kept from becoming links.

    Examples
    --------
    >>> print(escape("x\\n## Zone | ¥9 [a](b) <img src=x onerror=y> *b*"))
    x \\#\\# Zone \\| ¥9 \\[a\\](b) \\<img src=x onerror=y\\> \\*b\\*
    >>> print(escape("1. https://example.com (−10%)"))
    1\\. https\\://example.com (−10%)
    """
    flat = "".join(
        c if c.isprintable() or c.isspace() else "" for c in str(text).translate(_BREAKS)
    ).strip()
    out = "".join("\\" + c if c in _SPECIAL else c for c in flat)
    out = _LEADING.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", out, count=1)
    return out.replace("://", "\\://").replace("www.", "www\\.")


def rules_applied(data: Mapping[str, Any]) -> bool:
    """Whether a report's take-home pay was computed under payroll rules (no note says it was
    not).

    Examples
    --------
    >>> rules_applied({"notes": [{"code": "net_needs_region"}]}), rules_applied({"notes": []})
    (False, True)
    """
    return all(n.get("code") not in _NOT_APPLIED for n in data.get("notes") or [])


def _cell(text: str) -> str:
    return escape(text)


def _difference(fmt: _Fmt, gap: Mapping[str, Any]) -> str:
    cat = fmt.cat
    diff, pct = gap.get("difference"), gap.get("difference_pct")
    if gap["dimension"] == "position":
        return cat.text("render.empty") if diff is None else format_number(diff, fmt.locale)
    if gap["dimension"] == "atmosphere":
        missing = gap["facts"].get("missing") or []
        return fmt.join(missing) if missing else cat.text("render.empty")
    if diff is None:
        return cat.text("render.empty")
    shown = fmt.value(abs(diff), gap["unit"], full=False)
    if diff != 0:
        shown = ("+" if diff > 0 else "−") + shown
    if pct is None:
        return shown
    wrap = "（{}）" if fmt.locale == "ja" else " ({})"
    return shown + wrap.format(format_percent(pct, fmt.locale, signed=True))


def _value(fmt: _Fmt, gap: Mapping[str, Any], key: str) -> str:
    cat = fmt.cat
    value = gap.get(key)
    dim = gap["dimension"]
    if dim == "location":
        facts = gap["facts"]
        if key == "offered":
            parts = facts.get("offered_place")
            return cat.text("render.not_stated") if not parts else fmt.place(parts)
        places = facts.get("expected_places", ())
        return fmt.places(places) if places else cat.text("render.none_stated")
    if dim == "remote_work" and key == "offered" and value == 0:
        return cat.text("render.remote_none")
    if value is None or (dim == "atmosphere" and not value):
        return cat.text("render.none_stated" if key == "expected" else "render.not_stated")
    if dim == "position":
        facts = gap["facts"]
        level = facts.get(f"level_{key}")
        title = value if isinstance(value, str) else ""
        if level is None:
            return title or cat.text("render.empty")
        shown = cat.format("unit.level.full", value=str(level))
        return (
            f"{title} ({shown})"
            if title and fmt.locale == "en"
            else (f"{title}（{shown}）" if title else shown)
        )
    text = fmt.value(value, gap["unit"])
    if (
        key == "expected"
        and gap["dimension"] in _SALARY
        and not gap["stated"]
        and gap["importance"]
    ):
        # derived from the target on the other dimension, not asked for as such
        return cat.format("render.derived_value", value=text)
    return text


def _header(cat: Catalog, data: Mapping[str, Any]) -> list[str]:
    locale = cat.locale
    basis = data.get("salary_basis")
    jurisdiction = data["jurisdiction"]
    fmt = _Fmt(cat, data["currency"], jurisdiction)
    basis_text = fmt.basis(basis) if basis else cat.text("render.basis_none")
    key = f"jurisdiction.{jurisdiction}"
    place = cat.text(key) if cat.has(key) else escape(jurisdiction)
    rules_year = data.get("rules_year", data["year"])
    applied = rules_applied(data)
    tax_year = tax_year_label(jurisdiction, rules_year)
    if not applied:
        rules = cat.format("render.rules_none", jurisdiction=place)
    elif tax_year != str(rules_year):
        rules = cat.format("render.rules_value_tax_year", jurisdiction=place, tax_year=tax_year)
    else:
        rules = cat.format("render.rules_value", jurisdiction=place, year=str(rules_year))
    when = format_date(date.fromisoformat(data["as_of"]), locale)
    sep = " · "
    meta = sep.join(
        [
            f"**{cat.text('render.audience')}:** {cat.text('audience.' + data['audience'])}",
            f"**{cat.text('render.basis')}:** {basis_text}",
            f"**{cat.text('render.rules')}:** {rules}",
            f"**{cat.text('render.as_of')}:** {when}",
        ]
    )
    if locale == "ja":
        meta = meta.replace(":**", "：**")
    counts = data["counts"]
    parts = [
        cat.format("render.count", n=str(counts[s.value]), severity=cat.text(f"severity.{s.value}"))
        for s in reversed(SEVERITIES)
        if counts[s.value]
    ]
    overall = cat.format(
        "render.overall_value",
        severity=cat.text(f"severity.{data['severity']}"),
        counts=cat.text("render.count_separator").join(parts),
    )
    colon = "：" if locale == "ja" else ":"
    return [
        f"# {cat.text('render.title')}",
        "",
        meta,
        "",
        f"**{cat.text('render.overall')}{colon}** {overall}",
        "",
    ]


def _table(fmt: _Fmt, data: Mapping[str, Any]) -> list[str]:
    cat = fmt.cat
    head = [
        cat.text(f"render.col_{c}")
        for c in ("dimension", "expected", "offered", "difference", "severity", "stance")
    ]
    lines = [
        f"## {cat.text('render.gaps')}",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
    ]
    counts: dict[str, int] = {}
    for gap in data["gaps"]:
        counts[gap["dimension"]] = counts.get(gap["dimension"], 0) + 1
    for gap in data["gaps"]:
        name = cat.text(f"dimension.{gap['dimension']}")
        basis = gap["facts"].get("target_basis") or gap["facts"].get("basis")
        if counts[gap["dimension"]] > 1 and basis:  # several targets: the basis names the row
            label = fmt.basis(basis)
            name = label[:1].upper() + label[1:]
        row = [
            name,
            _value(fmt, gap, "expected"),
            _value(fmt, gap, "offered"),
            _difference(fmt, gap),
            cat.text(f"severity.{gap['severity']}"),
            cat.text(f"stance.{gap['stance']}"),
        ]
        lines.append("| " + " | ".join(_cell(c) for c in row) + " |")
    lines.append("")
    return lines


def _zone(fmt: _Fmt, zone: Mapping[str, Any]) -> list[str]:
    cat = fmt.cat
    unit = "money_monthly" if zone["measure"] == "monthly_gross" else "money_annual"

    def money(key: str) -> str:
        return fmt.value(zone.get(key), unit)

    if zone["empty"]:
        span = cat.text("render.zone_empty")
    elif zone.get("high") is None:
        span = cat.format("render.zone_open", low=money("low"))
    else:
        span = f"{money('low')} – {money('high')}"
    if zone.get("counter_offer") is None:
        counter = cat.text("render.zone_none")
    else:
        net = zone.get("counter_offer_net")
        counter = cat.format(
            "render.zone_counter_value",
            base=fmt.money(zone["counter_offer_base"]),
            counter=money("counter_offer"),
            net="" if net is None else cat.format("fragment.counter_net", net=fmt.money(net)),
        )
    colon = "：" if fmt.locale == "ja" else ": "
    rows = [
        ("zone_measure", cat.text(f"measure.{zone['measure']}")),
        *([("zone_basis", fmt.basis(zone["basis"]))] if zone.get("basis") else []),
        (
            "zone_candidate",
            cat.format(
                "render.zone_candidate_value"
                if zone.get("walk_away_stated", True)
                else "render.zone_candidate_no_walk_away",
                walk_away=money("candidate_walk_away"),
                target=money("candidate_target"),
            ),
        ),
        ("zone_offer", money("offered")),
        ("zone_budget", money("budget_ceiling")),
        ("zone_range", span),
        ("zone_counter", counter),
    ]
    lines = [f"## {cat.text('render.zone')}", ""]
    lines += [f"- **{cat.text('render.' + key)}**{colon}{escape(value)}" for key, value in rows]
    return [*lines, ""]


def _market(fmt: _Fmt, market: Mapping[str, Any]) -> list[str]:
    cat = fmt.cat
    n = (
        ""
        if market.get("n") is None
        else cat.format("evidence.source_n", n=format_number(market["n"], fmt.locale))
    )
    as_of = (
        ""
        if not market.get("as_of")
        else cat.format(
            "evidence.source_as_of",
            date=format_date(date.fromisoformat(market["as_of"]), fmt.locale),
        )
    )
    value = cat.format(
        "render.market_value",
        source=escape(market.get("source") or cat.text("render.empty")),
        measure=cat.text(f"measure.{market['measure']}"),
        n=n,
        as_of=as_of,
    )
    colon = "：" if fmt.locale == "ja" else ": "
    return [f"**{cat.text('render.market')}**{colon}{value}", ""]


def _points(cat: Catalog, data: Mapping[str, Any]) -> list[str]:
    colon = "：" if cat.locale == "ja" else ": "
    lines = [f"## {cat.text('render.talking_points')}", ""]
    for point in sorted(data["talking_points"], key=lambda p: p["priority"]):
        title = cat.format(
            "render.point_title",
            rank=str(point["priority"]),
            dimension=cat.text(f"dimension.{point['topic']}"),
            stance=cat.text(f"stance.{point['stance']}"),
            severity=cat.text(f"severity.{point['severity']}"),
        )
        summary, message = escape(point["summary"]), escape(point["message"])
        lines += [f"### {escape(title)}", "", f"*{summary}*", "", message, ""]
        for item in point["evidence"]:
            lines.append(f"- **{cat.text('render.evidence')}**{colon}{escape(item)}")
        lines.append(f"- **{cat.text('render.ask')}**{colon}{escape(point['ask'])}")
        lines.append(f"- **{cat.text('render.fallback')}**{colon}{escape(point['fallback'])}")
        lines.append("")
    return lines


def render(data: Mapping[str, Any], locale: str = "en") -> str:
    """Render a report dict as Markdown.

    Parameters
    ----------
    data : mapping
        :meth:`GapReport.to_dict` output (its talking points should be in ``locale``).
    locale : {"en", "ja"}

    Returns
    -------
    str

    Examples
    --------
    >>> from expectgap.assess import Expectations, Offer, PositionSpec, assess
    >>> from expectgap.money import Money
    >>> from expectgap.package import CompensationPackage
    >>> offer = Offer(PositionSpec("Engineer"),
    ...               CompensationPackage(base=Money(450_000, "JPY", "monthly")))
    >>> render(assess(Expectations(), offer, year=2026).to_dict()).splitlines()[0]
    '# Expectation gap report'
    """
    cat = catalog(locale)
    fmt = _Fmt(cat, data["currency"], data.get("jurisdiction", "JP"))
    lines = _header(cat, data) + _table(fmt, data)
    if data.get("market") is not None:
        lines += _market(fmt, data["market"])
    if data.get("zone") is not None:
        lines += _zone(fmt, data["zone"])
    lines += _points(cat, data)
    notes = data.get("notes") or []
    if notes:
        lines += [f"## {cat.text('render.notes')}", ""]
        for note in notes:
            lines.append(f"- {escape(note['message'])}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
