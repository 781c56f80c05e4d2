"""The package's TOML data files and their compiled form (``expectgap/_compiled_toml/``).

The TOML files are the source: every data file has a module compiled from its current text, the
module's data equals ``tomllib.loads`` of the file (every value of the same type: ``1`` is not
``1.0`` nor ``True``), there is no module for a text the package no longer holds, and any other
text is parsed from its TOML.
"""

from __future__ import annotations

import datetime
import importlib.util
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import expectgap
from expectgap._compiled_toml import MODULES
from expectgap._package_data import compiled, loads_toml, read_text, text_key

PACKAGE = Path(expectgap.__file__).parent


def _generator() -> Any:
    path = Path(__file__).resolve().parent.parent / "tools" / "compile_toml.py"
    spec = importlib.util.spec_from_file_location("compile_toml", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


DATA_FILES = _generator().data_files()


def _identical(a: object, b: object, where: str = "") -> None:
    """Equal values of the same types, all the way down."""
    assert type(a) is type(b), f"{where}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, dict):
        assert isinstance(b, dict)
        assert list(a) == list(b), where
        for key in a:
            _identical(a[key], b[key], f"{where}.{key}")
    elif isinstance(a, list):
        assert isinstance(b, list)
        assert len(a) == len(b), where
        for index, (x, y) in enumerate(zip(a, b, strict=True)):
            _identical(x, y, f"{where}[{index}]")
    else:
        assert a == b, f"{where}: {a!r} != {b!r}"


def test_the_data_files_are_found() -> None:
    names = {path.relative_to(PACKAGE).as_posix() for path in DATA_FILES}
    assert {"payroll/jp/params/pension.toml", "assess/locales/ja.toml"} <= names
    assert "assess/examples/tokyo_software_engineer.toml" not in names


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_each_data_file_is_compiled_from_its_current_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    parsed = compiled(text)
    assert parsed is not None, "run tools/compile_toml.py after editing a TOML data file"
    _identical(parsed, tomllib.loads(text), path.name)


def test_no_module_is_left_for_a_text_the_package_no_longer_holds() -> None:
    current = {text_key(path.read_text(encoding="utf-8")) for path in DATA_FILES}
    assert set(MODULES) == current
    folder = PACKAGE / "_compiled_toml"
    written = {path.stem for path in folder.glob("*.py")} - {"__init__"}
    assert written == set(MODULES.values())


def test_the_identity_check_sees_a_difference() -> None:
    # the comparison above can fail: 1 is not 1.0, a date is not a string
    with pytest.raises(AssertionError):
        _identical({"a": 1}, {"a": 1.0})
    with pytest.raises(AssertionError):
        _identical({"a": [datetime.date(2024, 4, 1)]}, {"a": ["2024-04-01"]})


def test_an_edited_text_is_parsed_from_its_toml() -> None:
    text = read_text("expectgap.payroll.jp.params", "pension.toml")
    edited = text.replace("value = 18.3,", "value = 18.4,", 1)
    assert edited != text
    assert text_key(edited) not in MODULES
    assert compiled(edited) is None
    _identical(loads_toml(edited), tomllib.loads(edited))
    assert loads_toml(edited) != loads_toml(text)


def test_each_call_returns_a_new_dictionary() -> None:
    text = read_text("expectgap.data", "currencies.toml")
    first = loads_toml(text)
    first.clear()
    assert loads_toml(text) == tomllib.loads(text)


def test_invalid_toml_is_refused_as_tomllib_refuses_it() -> None:
    with pytest.raises(tomllib.TOMLDecodeError):
        loads_toml("a = ")


@pytest.mark.parametrize(
    ("package", "name"),
    [("expectgap.assess", "locales/ja.toml"), ("expectgap.payroll.jp.params", "labour.toml")],
)
def test_read_text_reads_what_importlib_resources_reads(package: str, name: str) -> None:
    expected = resources.files(package).joinpath(name).read_text("utf-8")
    assert read_text(package, name) == expected


def test_read_text_of_a_missing_file_is_file_not_found() -> None:
    with pytest.raises(FileNotFoundError):
        read_text("expectgap.assess", "no-such-file.toml")
