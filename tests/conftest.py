"""Shared test settings.

Hypothesis runs derandomized (the same examples on every run), so CI results are
reproducible; set HYPOTHESIS_PROFILE=explore to search with fresh random examples.
"""

import os

from hypothesis import settings

settings.register_profile("repeatable", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("explore", deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))
