"""Test settings shared by the whole suite (tests/, src doctests, docs).

Property tests run derandomized by default, so that ``make test`` gives the same result on
every run and machine; ``HYPOTHESIS_PROFILE=explore`` draws new random examples instead (use it
when working on a property, and keep any failure it finds as an ``@example``).
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))
