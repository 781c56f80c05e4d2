"""Reading the package's own data files: their text, and their TOML parsed.

:func:`read_text` reads a file shipped inside a package, from the folder of the package's
``__init__`` when the package is installed as ordinary files, through :mod:`importlib.resources`
otherwise (a zip, say); the folder read avoids importing :mod:`importlib.resources` and the modules
it brings (``tempfile``, ``zipfile``, ``shutil``, ...), which a command-line call would pay for.

:func:`loads_toml` parses the text of one of those TOML files. Parsing TOML in Python is the
largest part of a first assessment, so the package ships every data file also in parsed form,
compiled ahead of time by ``tools/compile_toml.py`` into ``_compiled_toml/`` (a module a file,
imported only for the files read). The TOML files stay the only source: a compiled module is
indexed by the SHA-256 of the text it was compiled from and is used only for that very text; any
other text (a file edited since) is parsed with :mod:`tomllib`.
The tests check that every entry equals :func:`tomllib.loads` of its file, value and type.

Examples
--------
>>> loads_toml('a = 1\\nb = [2024-04-01]')
{'a': 1, 'b': [datetime.date(2024, 4, 1)]}
>>> text = read_text("expectgap.data", "currencies.toml")
>>> loads_toml(text) == __import__("tomllib").loads(text)
True
"""

from __future__ import annotations

import importlib
import os
from typing import Any

__all__ = ["compiled", "loads_toml", "read_text", "text_key"]


def read_text(package: str, name: str) -> str:
    """The UTF-8 text of the data file ``name`` (a path with ``/``) shipped in ``package``.

    Raises
    ------
    FileNotFoundError
        If the package has no such file.

    Examples
    --------
    >>> read_text("expectgap.assess", "policy.toml").startswith("#")
    True
    """
    module = importlib.import_module(package)
    init = getattr(module, "__file__", None)
    if init is not None and os.path.isfile(init):
        path = os.path.join(os.path.dirname(init), *name.split("/"))
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    from importlib import resources

    return resources.files(package).joinpath(name).read_text("utf-8")


def text_key(text: str) -> str:
    """The key of a text among the compiled TOML files: the SHA-256 of its UTF-8 bytes, in hex.

    Examples
    --------
    >>> text_key("")
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
    """
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def loads_toml(text: str) -> dict[str, Any]:
    """The TOML ``text`` parsed, as :func:`tomllib.loads` parses it: a new dictionary at every
    call, built from the compiled form when the package's data files hold this very text.

    Raises
    ------
    tomllib.TOMLDecodeError
        If the text is not valid TOML.

    Examples
    --------
    >>> loads_toml('[meta]\\ntopic = "demo"')
    {'meta': {'topic': 'demo'}}
    """
    parsed = compiled(text)
    if parsed is not None:
        return parsed
    import tomllib

    return tomllib.loads(text)


def compiled(text: str) -> dict[str, Any] | None:
    """The compiled form of ``text`` parsed (a new dictionary), if a data file of the package
    was compiled from this very text; else None.

    Examples
    --------
    >>> compiled(read_text("expectgap.data", "currencies.toml"))["JPY"]["minor_units"]
    0
    >>> compiled("a = 1") is None
    True
    """
    from expectgap._compiled_toml import MODULES

    name = MODULES.get(text_key(text))
    if name is None:
        return None
    module = importlib.import_module(f"expectgap._compiled_toml.{name}")
    parsed: dict[str, Any] = module.parsed()
    return parsed
