"""Compile the package's TOML data files into ``src/expectgap/_compiled_toml.py``.

Parsing TOML in Python costs a first assessment more than its arithmetic. This writes every TOML
data file of the package (the example assessment files excepted: they are read as user input) as a
Python function returning the parsed dictionary, keyed by the SHA-256 of the file's text.
``expectgap._package_data.loads_toml`` uses an entry only for the text it was compiled from, so an
edited file is parsed from its TOML until this is run again; ``tests/test_package_data.py`` fails
until then. The TOML files stay the only source of the data.

Usage (after editing a TOML data file)::

    .venv/bin/python tools/compile_toml.py
"""

from __future__ import annotations

import datetime
import math
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "expectgap"
TARGET = PACKAGE / "_compiled_toml.py"
SKIP = ("assess/examples/",)

HEADER = '''"""The package's TOML data files, parsed ahead of time (written by ``tools/compile_toml.py``:
do not edit; run it again after editing a TOML data file).

``PARSED`` maps the SHA-256 of a file's text to a function returning that text parsed, as
:func:`tomllib.loads` returns it. ``expectgap._package_data.loads_toml`` uses an entry only for
the very text it was compiled from; the TOML files stay the only source of the data.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

__all__ = ["PARSED"]
'''


def data_files() -> list[Path]:
    """The package's TOML data files, in a stable order."""
    files = []
    for path in sorted(PACKAGE.rglob("*.toml")):
        relative = path.relative_to(PACKAGE).as_posix()
        if not relative.startswith(SKIP):
            files.append(path)
    return files


def _check(value: Any, where: str) -> None:
    """Refuse what ``repr`` would not write back as the same value."""
    if isinstance(value, dict):
        for key, item in value.items():
            _check(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check(item, f"{where}[{index}]")
    elif isinstance(value, float) and not math.isfinite(value):
        raise SystemExit(f"{where}: {value!r} cannot be compiled; write it otherwise")
    elif not isinstance(value, str | int | float | bool | datetime.date | datetime.time):
        raise SystemExit(f"{where}: a {type(value).__name__} cannot be compiled")


def _function_name(relative: str) -> str:
    stem = relative.removesuffix(".toml")
    return "_" + "".join(c if c.isalnum() else "_" for c in stem)


def source() -> str:
    """The text of the compiled module (before formatting)."""
    sys.path.insert(0, str(PACKAGE.parent))
    from expectgap._package_data import text_key

    functions, entries = [], []
    for path in data_files():
        relative = path.relative_to(PACKAGE).as_posix()
        text = path.read_text(encoding="utf-8")
        parsed = tomllib.loads(text)
        _check(parsed, relative)
        name = _function_name(relative)
        functions.append(
            f"\n\ndef {name}() -> dict[str, Any]:\n"
            f'    """``{relative}``."""\n'
            f"    return {parsed!r}\n"
        )
        entries.append(f"    {text_key(text)!r}: {name},  # {relative}\n")
    table = "\n\nPARSED: dict[str, Callable[[], dict[str, Any]]] = {\n" + "".join(entries) + "}\n"
    return HEADER + "".join(functions) + table


def main() -> None:
    TARGET.write_text(source(), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "ruff", "format", "--quiet", str(TARGET)], check=True)
    print(f"wrote {TARGET.relative_to(PACKAGE.parent.parent)} ({len(data_files())} files)")


if __name__ == "__main__":
    main()
