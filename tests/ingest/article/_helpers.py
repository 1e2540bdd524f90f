"""Reading an invented post through the article importer."""

from __future__ import annotations

from typing import Any

from hdnd_model.ingest import ImportResult, import_text, summary


def read(text: str) -> tuple[dict[str, Any], ImportResult]:
    """The summary and the result of importing ``text``."""
    result = import_text(text)
    return summary(result), result
