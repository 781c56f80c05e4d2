"""Reading the files an assessment file names, confined to a folder.

An assessment file may name CSV and policy files (``[peers] csv``, ``[market] csv``,
``[assessment] policy``). They are read only from inside one root folder: the assessment file's
own folder, or a wider root the caller allows explicitly. A name must be relative, without
``..``; after symbolic links are resolved the file must still lie inside the root, be a regular
file (no device, FIFO or socket) and hold at most :data:`MAX_FILE_BYTES` bytes of UTF-8 text (a
byte-order mark is accepted). Errors name the file as written and what is accepted, never its
content.

Examples
--------
>>> import pathlib, tempfile
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "peers.csv").write_text("amount\\n1\\n", encoding="utf-8")
>>> read_confined(root, "peers.csv", "peers.csv")
'amount\\n1\\n'
>>> read_confined(root, "../peers.csv", "peers.csv")
Traceback (most recent call last):
...
expectgap.errors.InvalidInput: peers.csv: got '../peers.csv'; expected a relative path inside the TOML file's folder, without '..'
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING

from expectgap._limits import shown
from expectgap.errors import InvalidInput

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["MAX_FILE_BYTES", "MAX_NAME", "decode", "read_confined", "read_file"]

#: Largest file read (bytes): an assessment file, a survey or peer CSV, a policy.
MAX_FILE_BYTES = 8 * 1024 * 1024

#: Longest file name accepted in an assessment file (characters).
MAX_NAME = 255


def decode(data: bytes, field: str, name: str) -> str:
    """UTF-8 text of ``data`` (a leading byte-order mark is dropped).

    Examples
    --------
    >>> decode(b"\\xef\\xbb\\xbfa = 1", "file", "x.toml")
    'a = 1'
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            field, shown(name), f"UTF-8 text (byte {exc.start} is not UTF-8)"
        ) from None


def _check_name(name: str, field: str) -> tuple[str, ...]:
    accepted = "a relative path inside the TOML file's folder, without '..'"
    if not name or len(name) > MAX_NAME or "\x00" in name:
        raise InvalidInput(field, shown(name), f"{accepted}, of 1 to {MAX_NAME} characters")
    posix, windows = PurePosixPath(name), PureWindowsPath(name)
    if posix.is_absolute() or windows.is_absolute() or windows.drive or windows.root:
        raise InvalidInput(field, shown(name), accepted)
    parts = windows.parts
    if any(part == ".." for part in parts):
        raise InvalidInput(field, shown(name), accepted)
    return tuple(part for part in parts if part not in ("", "."))


def read_file(path: Path, field: str, name: str) -> str:
    """Text of a regular file of at most :data:`MAX_FILE_BYTES` bytes.

    Opened without blocking (a FIFO cannot hang the call) and checked on the open handle.

    Examples
    --------
    >>> read_file(Path("/dev/null"), "file", "/dev/null")
    Traceback (most recent call last):
    ...
    expectgap.errors.InvalidInput: file: got '/dev/null'; expected a regular file (not a device, FIFO or folder)
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InvalidInput(
            field, shown(name), f"a readable file ({exc.strerror or exc.__class__.__name__})"
        ) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInput(field, shown(name), "a regular file (not a device, FIFO or folder)")
        if info.st_size > MAX_FILE_BYTES:
            raise InvalidInput(field, shown(name), f"a file of at most {MAX_FILE_BYTES:,} bytes")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InvalidInput(
            field, shown(name), f"a readable file ({exc.strerror or exc.__class__.__name__})"
        ) from None
    finally:
        os.close(fd)
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput(field, shown(name), f"a file of at most {MAX_FILE_BYTES:,} bytes")
    return decode(data, field, name)


def read_confined(
    base: Path | Traversable, name: object, field: str, root: Path | None = None
) -> str:
    """Read ``name`` relative to ``base``, confined to ``root`` (default: ``base``).

    Parameters
    ----------
    base : Path or Traversable
        The folder names are relative to (the TOML file's folder).
    name : str
        The name as written in the file.
    field : str
        The key that named it, for errors.
    root : Path, optional
        A folder containing ``base`` that files may also come from (reached through symbolic
        links); by default only ``base`` itself.

    Raises
    ------
    InvalidInput
        An absolute name, ``..``, a path leaving the root after links are resolved, a missing
        or unreadable file, a non-regular file, a file too large or not UTF-8.
    """
    if not isinstance(name, str):
        raise InvalidInput(field, name, "a file name as a string")
    parts = _check_name(name, field)
    if not parts:
        raise InvalidInput(field, shown(name), "the name of a file")
    if not isinstance(base, Path):
        item: Traversable = base
        for part in parts:
            item = item.joinpath(part)
        try:
            if not item.is_file():
                raise InvalidInput(field, shown(name), "a file next to the assessment file")
            with item.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise InvalidInput(field, shown(name), f"a readable file ({exc.strerror})") from None
        if len(data) > MAX_FILE_BYTES:
            raise InvalidInput(field, shown(name), f"a file of at most {MAX_FILE_BYTES:,} bytes")
        return decode(data, field, name)
    try:
        fence = (root if root is not None else base).resolve(strict=True)
        target = base.joinpath(*parts).resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not found"
        raise InvalidInput(field, shown(name), f"a readable file ({reason})") from None
    if not target.is_relative_to(fence):
        where = "the TOML file's folder" if root is None else f"the allowed root {root}"
        raise InvalidInput(field, shown(name), f"a file inside {where} (links included)")
    return read_file(target, field, name)
