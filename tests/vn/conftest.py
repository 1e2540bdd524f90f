"""Fixtures for the Vietnamese text rules: the shared corpus of real texts, read at test time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


@pytest.fixture
def corpus_text() -> Callable[[str], str]:
    """Return a reader for a corpus text by its number (``"00"``), skipping when it is absent."""

    def read(number: str) -> str:
        texts = CORPUS / "texts"
        matches = sorted(texts.glob(f"{number}-*.txt")) if texts.is_dir() else []
        if not matches:
            pytest.skip(f"corpus text {number} not found under {texts}")
        return matches[0].read_text(encoding="utf-8")

    return read
