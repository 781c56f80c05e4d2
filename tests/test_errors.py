"""The exception hierarchy."""

from __future__ import annotations

import pytest

from expectgap import errors


@pytest.mark.parametrize(
    "cls",
    [
        errors.InvalidInput,
        errors.UnsupportedRule,
        errors.CurrencyMismatch,
        errors.PeriodMismatch,
        errors.InsufficientData,
    ],
)
def test_every_error_is_an_expectgap_error(cls: type[Exception]) -> None:
    assert issubclass(cls, errors.ExpectgapError)


def test_invalid_input_is_a_value_error_naming_field_value_and_accepted() -> None:
    err = errors.InvalidInput("age", -3, "a whole number of years >= 15")
    assert isinstance(err, ValueError)
    assert (err.field, err.value) == ("age", -3)
    assert str(err) == "age: got -3; expected a whole number of years >= 15"


def test_unsupported_rule_lists_supported_and_suggestions() -> None:
    err = errors.UnsupportedRule("prefecture", "tokio", ["kyoto", "tokyo"], ["tokyo"])
    assert str(err) == (
        "prefecture: 'tokio' is not supported; did you mean 'tokyo'?; supported: kyoto, tokyo"
    )
