"""Fixtures for the Vietnamese text rules: the shared corpus of real texts, read at test time."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests._shared import CORPUS, require_shared


@pytest.fixture
def corpus_text() -> Callable[[str], str]:
    """Return a reader for a corpus text by its number (``"00"``), skipping when it is absent."""

    def read(number: str) -> str:
        texts = require_shared(CORPUS / "texts", "corpus")
        matches = sorted(texts.glob(f"{number}-*.txt"))
        if not matches:
            pytest.fail(f"corpus text {number} not found under {texts}")
        return matches[0].read_text(encoding="utf-8")

    return read
