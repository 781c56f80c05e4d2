"""Packages that import what they export on first use, and modules callable as their function.

A command-line call should import only what its command needs: ``expectgap --version`` needs
no numpy, ``expectgap assess FILE`` no pandas. So :mod:`expectgap` and :mod:`expectgap.assess`
name their exports in a table and import each from its module the first time it is asked for
(:func:`export`, called by the package's ``__getattr__``); ``from expectgap import Money`` and
``expectgap.Money`` work as before.

Examples
--------
>>> import expectgap
>>> export("expectgap", {"Money": "expectgap.money"}, "Money") is expectgap.money.Money
True
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from collections.abc import Mapping
from typing import Any

__all__ = ["CallableModule", "export"]


def export(package: str, exports: Mapping[str, str], name: str) -> Any:
    """The export ``name`` of ``package``, imported from the module ``exports`` names for it
    and kept on the package, so the next lookup does not come here; or the package's submodule
    ``name``, imported (``expectgap.money`` after ``import expectgap``, as when the package
    imported everything).

    Raises
    ------
    AttributeError
        For a name the package neither exports nor holds (as for any missing attribute).

    Examples
    --------
    >>> export("expectgap", {}, "errors").__name__
    'expectgap.errors'
    >>> export("expectgap", {}, "nothing")
    Traceback (most recent call last):
    ...
    AttributeError: module 'expectgap' has no attribute 'nothing'
    """
    where = exports.get(name)
    if where is not None:
        value = getattr(importlib.import_module(where), name)
        setattr(sys.modules[package], name, value)
        return value
    if not name.startswith("_") and importlib.util.find_spec(f"{package}.{name}") is not None:
        return importlib.import_module(f"{package}.{name}")
    raise AttributeError(f"module {package!r} has no attribute {name!r}")


class CallableModule(types.ModuleType):
    """A module that runs its function of the same name when called (``expectgap.assess`` and
    ``expectgap.position``): ``expectgap.assess(wish, offer)`` and ``import
    expectgap.assess.models`` both work.

    Examples
    --------
    >>> import expectgap.position
    >>> type(expectgap.position).__name__
    'CallableModule'
    """

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return getattr(self, self.__name__.rpartition(".")[2])(*args, **kwargs)

    def __reduce__(self) -> tuple[Any, ...]:
        # pickled by name, as modules are (dask and cloudpickle send functions that use it)
        return importlib.import_module, (self.__name__,)
