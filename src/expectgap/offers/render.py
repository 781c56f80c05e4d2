"""Markdown and HTML views of an offer comparison; every piece of user text is escaped.

Examples
--------
>>> from expectgap.money import Money
>>> from expectgap.offers.compare import compare_offers
>>> from expectgap.package import CompensationPackage
>>> c = compare_offers({"<b>A</b>": CompensationPackage(base=Money(5, "USD", "annual"))})
>>> "&lt;b&gt;A&lt;/b&gt;" in html(c), "<b>A" in html(c)
(True, False)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from expectgap import _html
from expectgap.offers import text

if TYPE_CHECKING:
    from expectgap.offers.compare import Comparison, Row

__all__ = ["html", "markdown"]


def _difference_unit(unit: str) -> str:
    return "points" if unit in ("percent", "percentile") else unit


def _cell(row: Row, index: int, code: str, locale: str) -> str:
    from expectgap.offers.compare import STATED_PARTS, _shown

    value = row.values[index]
    if value is None:
        computed = row.code not in STATED_PARTS and (
            row.unit.startswith("money") or row.unit in ("percent", "percentile")
        )
        key = "not_computed" if computed else "not_stated"
        return text.label(key, locale)
    return _shown(value, row.unit, code, locale)


def _lead(row: Row, code: str, locale: str) -> tuple[str, str]:
    from expectgap.offers.compare import _shown

    if row.higher_is_better is None or len(row.values) < 2:
        return "", ""
    if row.leader is None:
        return (text.label("tie", locale), "") if row.lead == 0 else ("", "")
    return row.leader, _shown(row.lead, _difference_unit(row.unit), code, locale)


def _lines(
    c: Comparison, locale: str, escape: bool
) -> tuple[list[str], list[list[str]], list[str], list[str]]:
    safe = text.markdown_text if escape else str
    header = [
        "",
        *(safe(n) for n in c.names),
        text.label("leads", locale),
        text.label("by", locale),
    ]
    body = []
    for row in c.rows:
        cells = [_cell(row, i, c.currency, locale) for i in range(len(c.names))]
        if row.severities is not None:
            cells = [
                cell if severity in (None, "none") else f"{cell} ({severity})"
                for cell, severity in zip(cells, row.severities, strict=True)
            ]
        leader, by = _lead(row, c.currency, locale)
        body.append([row.label(locale), *(safe(x) for x in cells), safe(leader), by])
    from expectgap.offers.compare import _phrase

    assumptions = [_phrase(code, values, locale) for code, values in c.assumptions]
    notes = [_phrase(code, values, locale) for code, values in c.notes]
    return header, body, assumptions, notes


def markdown(c: Comparison, locale: str = "en") -> str:
    """The comparison as Markdown.

    Examples
    --------
    >>> from expectgap.money import Money
    >>> from expectgap.offers.compare import compare_offers
    >>> from expectgap.package import CompensationPackage
    >>> c = compare_offers({"A": CompensationPackage(base=Money(5, "JPY", "annual"))}, years=1,
    ...                    jurisdiction="US")
    >>> print(markdown(c, "ja").splitlines()[0])
    # オファー比較: A (JPY, 1年間)
    """
    header, body, assumptions, notes = _lines(c, locale, escape=True)
    names = ", ".join(text.markdown_text(n) for n in c.names)
    span = text.label("n_years", locale, years=c.years)
    lines = [f"# {text.label('title', locale)}: {names} ({c.currency}, {span})", ""]
    lines.append(f"## {text.label('assumptions', locale)}")
    lines += [f"- {text.markdown_text(a)}" for a in assumptions]
    lines += ["", f"## {text.label('dimensions', locale)}", ""]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "---|" * len(header))
    lines += ["| " + " | ".join(row) + " |" for row in body]
    if notes:
        lines += ["", f"## {text.label('notes', locale)}"]
        lines += [f"- {text.markdown_text(n)}" for n in notes]
    if c.points:
        lines += ["", f"## {text.label('points', locale)}"]
        lines += [f"- {text.markdown_text(p.text(locale))}" for p in c.points]
    return "\n".join(lines) + "\n"


def html(c: Comparison, locale: str = "en") -> str:
    """The comparison as an HTML table (escaped), with its assumptions and notes below.

    Examples
    --------
    >>> from expectgap.money import Money
    >>> from expectgap.offers.compare import compare_offers
    >>> from expectgap.package import CompensationPackage
    >>> c = compare_offers({"A": CompensationPackage(base=Money(5, "USD", "annual"))})
    >>> html(c).startswith('<div class="expectgap">')
    True
    """
    header, body, assumptions, notes = _lines(c, locale, escape=False)
    points = [p.text(locale) for p in c.points]
    span = text.label("n_years", locale, years=c.years)
    caption = f"{text.label('title', locale)} ({c.currency}, {span})"
    return _html.table(caption, header, body, [*assumptions, *notes, *points])
