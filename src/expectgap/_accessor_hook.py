"""The ``DataFrame.expectgap`` accessor, registered however pandas and expectgap are imported.

:mod:`expectgap.frame` registers the accessor when it is imported, and it needs pandas.
``import expectgap`` does not import pandas (a command-line call never needs it), so it
registers the accessor at once when pandas is already imported, and otherwise when pandas is
imported later (:func:`register_when_pandas_loads`): ``import expectgap`` then ``import
pandas`` gives ``df.expectgap`` as before.

Examples
--------
>>> import pandas as pd
>>> import expectgap
>>> pd.DataFrame({"pay": [300_000]}).expectgap.net(year=2026)["net"].dtype.name
'int64'
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

__all__ = ["register_when_pandas_loads"]

_PANDAS = "pandas"
_ACCESSOR = "expectgap.frame"


class _AfterPandas:
    """An import finder: finds pandas as the other finders do, and once pandas has run,
    imports :mod:`expectgap.frame` (which registers the accessor) and leaves ``sys.meta_path``.
    A ``find_spec("pandas")`` that does not import pandas changes nothing."""

    def __init__(self) -> None:
        self._finding = False

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if name != _PANDAS or self._finding:
            return None
        self._finding = True  # the other finders, not this one again
        try:
            spec = importlib.util.find_spec(name)
        finally:
            self._finding = False
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        run = spec.loader.exec_module

        def exec_module(module: ModuleType) -> None:
            run(module)
            if self in sys.meta_path:
                sys.meta_path.remove(self)
            importlib.import_module(_ACCESSOR)

        # on this spec's own loader object only: pandas is still loaded by its own loader
        setattr(spec.loader, "exec_module", exec_module)  # noqa: B010 (mypy: method assignment)
        return spec


def register_when_pandas_loads() -> None:
    """Register the accessor now if pandas is imported, else as soon as pandas is imported.

    Examples
    --------
    >>> register_when_pandas_loads()  # pandas is imported here: the accessor is registered
    >>> import pandas as pd
    >>> hasattr(pd.DataFrame, "expectgap")
    True
    """
    if _PANDAS in sys.modules:
        importlib.import_module(_ACCESSOR)
    elif not any(isinstance(finder, _AfterPandas) for finder in sys.meta_path):
        sys.meta_path.insert(0, _AfterPandas())
