"""The importer protocol and the choice of importer for a source."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol, runtime_checkable

from hdnd_model.errors import ImporterError
from hdnd_model.ingest._result import ImportResult
from hdnd_model.ingest._source import read_source
from hdnd_model.ingest.article import ArticleImporter
from hdnd_model.ingest.docx import DocxImporter
from hdnd_model.ingest.html import HtmlImporter

__all__ = ["IMPORTERS", "Importer", "detect_importer", "load"]


@runtime_checkable
class Importer(Protocol):
    """What every importer provides."""

    name: str

    def detect(self, data: bytes, name: str) -> bool:
        """Whether this importer reads the source (its bytes and its name)."""

    def load(self, source: str | Path | bytes, *, name: str | None = None) -> ImportResult:
        """Import the source.

        Raises:
            ImporterError: the source cannot be imported.
        """


IMPORTERS: tuple[Importer, ...] = (DocxImporter(), HtmlImporter(), ArticleImporter())
"""The importers, most specific first; the article importer takes any text."""


def detect_importer(data: bytes, name: str) -> Importer:
    """The first importer that reads the source.

    Raises:
        ImporterError: none does.
    """
    for importer in IMPORTERS:
        if importer.detect(data, name):
            return importer
    raise ImporterError(name, "no importer reads this source")


def load(path_or_bytes: str | Path | bytes, *, name: str | None = None) -> ImportResult:
    """Import one source, choosing the importer by its content and name.

    Args:
        path_or_bytes: a file path, or the source's bytes.
        name: the name to report for the source (defaults to the path, or ``<bytes>``).

    Returns:
        The draft record with its evidence and warnings.

    Raises:
        ImporterError: the source cannot be read or imported (binary garbage, a damaged or
            hostile DOCX, a file too large).
    """
    data, label = read_source(path_or_bytes, name)
    importer = detect_importer(data, label)
    return importer.load(data, name=label)
