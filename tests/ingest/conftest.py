"""Fixtures for the importer tests: the shared corpus and the project's own texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._shared import CORPUS, require_shared

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def corpus() -> Path:
    """The shared corpus of real texts; skips the test where it is absent (fails in CI)."""
    require_shared(CORPUS / "texts", "corpus")
    return CORPUS


@pytest.fixture
def fixtures() -> Path:
    """The project's own texts."""
    return FIXTURES
