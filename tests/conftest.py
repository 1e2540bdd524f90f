"""Test configuration: hypothesis profiles and shared fixtures.

Pick a profile with ``HYPOTHESIS_PROFILE`` (``dev`` by default, ``ci`` in CI, ``fuzz`` for long
runs of the readers' fuzz tests: ``HYPOTHESIS_PROFILE=fuzz pytest tests/test_fuzz.py``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests._shared import CORPUS, require_shared

settings.register_profile("dev", max_examples=30, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "ci",
    max_examples=150,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "fuzz",
    max_examples=20_000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture
def corpus_dir() -> Path:
    """The shared corpus of real texts; skips the test where it is absent (fails in CI)."""
    require_shared(CORPUS / "texts", "corpus")
    return CORPUS
