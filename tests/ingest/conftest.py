"""Fixtures for the importer tests: the shared corpus and the project's own texts."""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def corpus() -> Path:
    """The shared corpus of real texts; skips the test where it is absent."""
    if not (CORPUS / "texts").is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    return CORPUS


@pytest.fixture
def fixtures() -> Path:
    """The project's own texts."""
    return FIXTURES
