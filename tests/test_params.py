"""The dated-parameter loader."""

from __future__ import annotations

from datetime import date

import pytest

from expectgap.errors import UnsupportedRule
from expectgap.payroll._params import ParamFileError, parse

GOOD = """
[meta]
topic = "demo"
[rate]
unit = "fraction"
description = "a rate"
values = [
  {effective = 2024-04-01, value = 0.006, source = "A"},
  {effective = 2025-04-01, value = 0.0055, source = "B"},
]
"""


def test_value_in_force_on_each_day() -> None:
    rate = parse(GOOD)["rate"]
    assert rate.at(date(2024, 4, 1)) == 0.006
    assert rate.at(date(2025, 3, 31)) == 0.006
    assert rate.entry_at(date(2025, 4, 1)).source == "B"
    with pytest.raises(UnsupportedRule, match="from 2024-04-01"):
        rate.at(date(2024, 3, 31))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[rate]\nunit='x'", "meta"),
        (GOOD.replace('unit = "fraction"\n', ""), "lacks 'unit'"),
        (GOOD.replace(', source = "A"', ""), "lacks 'source'"),
        (GOOD.replace("2025-04-01", "2024-01-01"), "rise strictly"),
        (GOOD.replace("2024-04-01", '"2024-04-01"'), "TOML date"),
    ],
)
def test_malformed_files_are_rejected(text: str, message: str) -> None:
    with pytest.raises(ParamFileError, match=message):
        parse(text)


def test_unknown_parameter_lists_known_ones() -> None:
    with pytest.raises(ParamFileError, match="it has: rate"):
        parse(GOOD)["cap"]
