"""Importers: news posts, minutes DOCX and legacy-encoded text into draft records, with evidence.

An importer has ``detect(data, name) -> bool`` and ``load(source, *, name=None) ->
ImportResult``. :func:`load` picks the importer for a source; :func:`summary` gives the flat
digest of a result; :func:`minutes_content` the content of minutes that survives writing
and importing; :func:`convert_source` and :func:`iter_sources` are the pure, picklable
pieces of batch conversion; :func:`import_batch` runs one into a JSON Lines file, crash-safe
and resumable.
"""

from hdnd_model.ingest._batch import SourceOutcome, content_hash, convert_source, iter_sources
from hdnd_model.ingest._journal import BatchCounts, BatchOutput, import_batch
from hdnd_model.ingest._legacy import LEGACY_ENCODINGS, decode_legacy
from hdnd_model.ingest._registry import IMPORTERS, Importer, detect_importer, load
from hdnd_model.ingest._result import (
    Draft,
    Evidence,
    ImportResult,
    PersonFact,
    RecordKind,
    ResolutionFact,
    VoteFact,
)
from hdnd_model.ingest._source import MAX_SOURCE_BYTES, repair_text
from hdnd_model.ingest._summary import summary
from hdnd_model.ingest.article import ArticleImporter, import_text
from hdnd_model.ingest.layout import document_content, minutes_content

__all__ = [
    "IMPORTERS",
    "LEGACY_ENCODINGS",
    "MAX_SOURCE_BYTES",
    "ArticleImporter",
    "BatchCounts",
    "BatchOutput",
    "Draft",
    "Evidence",
    "ImportResult",
    "Importer",
    "PersonFact",
    "RecordKind",
    "ResolutionFact",
    "SourceOutcome",
    "VoteFact",
    "content_hash",
    "convert_source",
    "decode_legacy",
    "detect_importer",
    "document_content",
    "import_batch",
    "import_text",
    "iter_sources",
    "load",
    "minutes_content",
    "repair_text",
    "summary",
]
