"""The importer protocol and the choice of importer for a source."""

from __future__ import annotations

import re
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
            hostile DOCX, a file too large), is empty or blank, or says nothing about a
            People's Council. The batch import (:func:`convert_source`) and ``hdnd import
            --summary`` both go through here, so both refuse the same sources.
    """
    data, label = read_source(path_or_bytes, name)
    if not data.strip(b" \t\r\n\x0b\x0c\xef\xbb\xbf"):
        raise ImporterError(label, "empty: there is no text to import")
    importer = detect_importer(data, label)
    result = importer.load(data, name=label)
    if not result.text.strip():
        raise ImporterError(label, "empty: there is no text to import")
    if not _COUNCIL_WORDS_RE.search(result.text):
        raise ImporterError(
            label, "nothing about a People's Council was found (no HĐND, session or resolution)"
        )
    return result


_COUNCIL_WORDS_RE = re.compile(
    r"HĐND|H[ộỘ]I\s{0,3}Đ[ồỒ]NG\s{1,3}NH[âÂ]N\s{1,3}D[âÂ]N|k[ỳỲ]\s{1,3}h[ọỌ]p|"
    r"ngh[ịỊ]\s{1,3}quy[ếẾ]t|th[ườƯỜ]{1,2}ng\s{1,3}tr[ựỰ]c",
    re.IGNORECASE,
)
"""Words a text about a People's Council holds; a text with none of them is refused."""
