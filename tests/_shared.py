"""Where the tests find ``../shared/`` (the corpus of real texts and the open-standard schemas).

Locally a test that needs it skips cleanly where it is absent. CI has it, so there a missing
``shared/`` fails the test instead: a corpus test that silently skipped in CI would check nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"


def require_shared(path: Path, what: str) -> Path:
    """Return ``path``; skip the test where it is absent, or fail it when running in CI."""
    if not path.exists():
        message = f"{what} not found at {path}"
        if os.environ.get("CI"):
            pytest.fail(f"{message} (CI must have ../shared/)")
        pytest.skip(message)
    return path
