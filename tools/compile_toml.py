"""Compile the package's TOML data files into ``src/expectgap/_compiled_toml/``.

Parsing TOML in Python costs a first assessment more than its arithmetic. This writes every TOML
data file of the package (the example assessment files excepted: they are read as user input) as a
Python module returning the parsed dictionary, indexed by the SHA-256 of the file's text.
``expectgap._package_data.loads_toml`` uses a module only for the text it was compiled from, so an
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
TARGET = PACKAGE / "_compiled_toml"
SKIP = ("assess/examples/",)

INDEX_HEADER = '''"""The package's TOML data files, parsed ahead of time (written by ``tools/compile_toml.py``:
do not edit; run it again after editing a TOML data file).

One module a data file; its ``parsed()`` returns the file's text parsed, as :func:`tomllib.loads`
returns it. ``MODULES`` maps the SHA-256 of the text a module was compiled from to the module's
name: ``expectgap._package_data.loads_toml`` uses a module only for that very text (and imports
only the modules of the files read). The TOML files stay the only source of the data.
"""

from __future__ import annotations

__all__ = ["MODULES"]

MODULES: dict[str, str] = {
'''

MODULE_HEADER = '''"""``{relative}`` parsed (written by ``tools/compile_toml.py``: do not edit)."""

from __future__ import annotations
{imports}
from typing import Any

__all__ = ["parsed"]


def parsed() -> dict[str, Any]:
    """``{relative}`` as :func:`tomllib.loads` returns it (a new dictionary at every call)."""
    return {data}
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


def module_name(relative: str) -> str:
    """The compiled module of a data file (path relative to the package)."""
    stem = relative.removesuffix(".toml")
    return "".join(c if c.isalnum() else "_" for c in stem)


def sources() -> dict[str, str]:
    """The text of each compiled module (before formatting), by file name."""
    sys.path.insert(0, str(PACKAGE.parent))
    from expectgap._package_data import text_key

    written, entries = {}, []
    for path in data_files():
        relative = path.relative_to(PACKAGE).as_posix()
        text = path.read_text(encoding="utf-8")
        parsed = tomllib.loads(text)
        _check(parsed, relative)
        name = module_name(relative)
        data = repr(parsed)
        imports = "\nimport datetime" if "datetime." in data else ""
        written[f"{name}.py"] = MODULE_HEADER.format(relative=relative, data=data, imports=imports)
        entries.append(f"    {text_key(text)!r}: {name!r},  # {relative}\n")
    written["__init__.py"] = INDEX_HEADER + "".join(entries) + "}\n"
    return written


def main() -> None:
    TARGET.mkdir(exist_ok=True)
    written = sources()
    for stale in TARGET.glob("*.py"):
        if stale.name not in written:
            stale.unlink()
    for name, text in written.items():
        (TARGET / name).write_text(text, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "ruff", "format", "--quiet", str(TARGET)], check=True)
    print(f"wrote {TARGET.relative_to(PACKAGE.parent.parent)}/ ({len(written) - 1} files)")


if __name__ == "__main__":
    main()
