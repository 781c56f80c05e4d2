"""Result rows shared by the benchmarks and collected by ``run_all.py``.

A benchmark returns rows (dicts with at least ``case``; optionally ``rows``, ``seconds``,
``peak_bytes_per_row``, ``baseline``, ``ratio``, ``target``, ``met``, ``skipped``) and calls
:func:`report`, which appends them as JSON lines to the file named by ``$EXPECTGAP_BENCH_ROWS``
when ``run_all.py`` set it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


def report(script: str, rows: list[dict[str, Any]]) -> None:
    """Append ``rows`` for ``run_all.py`` (no-op when run on its own)."""
    target = os.environ.get("EXPECTGAP_BENCH_ROWS")
    if not target:
        return
    with open(target, "a", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps({"benchmark": Path(script).stem, **row}, default=str) + "\n")
