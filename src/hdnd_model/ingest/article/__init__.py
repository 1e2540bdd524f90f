"""The news-post importer: plain text of council news, resolutions and forms.

The rules read the kind of record, the council, term and session, the date, the people with
their titles, attendance, documents, resolutions, ballots, agenda and conclusions. Each fact
is recorded with its evidence; a fact the text does not state stays empty.
"""

from __future__ import annotations

from pathlib import Path

from hdnd_model.ingest._build import build_record
from hdnd_model.ingest._collect import Collector
from hdnd_model.ingest._result import ImportResult
from hdnd_model.ingest._source import decode_bytes, read_source, repair_text
from hdnd_model.ingest.article import (
    agenda,
    attendance,
    ballots,
    council,
    documents,
    kind,
    people,
    resolutions,
    session,
    term,
)
from hdnd_model.ingest.article.dates import find_dates_of
from hdnd_model.ingest.article.markup import strip_markup
from hdnd_model.ingest.article.prep import Doc
from hdnd_model.ingest.article.scramble import looks_scrambled

__all__ = ["MAX_ANALYSED_CHARS", "ArticleImporter", "import_text"]

MAX_ANALYSED_CHARS = 400_000
"""Posts are read up to this many characters; a longer text is cut with a warning."""


class ArticleImporter:
    """Imports news posts and plain texts (tin bài, nghị quyết, mẫu biên bản)."""

    name = "article"

    def detect(self, data: bytes, name: str) -> bool:
        """Whether the source is text this importer reads (anything that is not binary)."""
        return not data.startswith(b"PK\x03\x04")

    def load(self, source: str | Path | bytes, *, name: str | None = None) -> ImportResult:
        """Read a post from a path or bytes.

        Raises:
            ImporterError: the source cannot be read or is not text.
        """
        data, label = read_source(source, name)
        decoded = decode_bytes(data, label)
        return import_text(
            decoded.text,
            source=label,
            importer=self.name,
            encoding=decoded.encoding,
            warnings=decoded.warnings,
        )


def import_text(
    text: str,
    *,
    source: str = "<text>",
    importer: str = "article",
    encoding: str = "utf-8",
    warnings: list[str] | None = None,
    kind_hint: str | None = None,
) -> ImportResult:
    """Run the rules over a text that is already decoded.

    Args:
        text: the text.
        source: the source's name for the evidence.
        importer: the importer's name for the result.
        encoding: how the text was read.
        warnings: warnings from reading it.
        kind_hint: the kind of record when the source's layout tells it (a DOCX's title).

    Returns:
        The result with its draft, record, evidence and warnings.
    """
    notes = list(warnings or [])
    if len(text) > MAX_ANALYSED_CHARS:
        notes.append(
            f"text of {len(text)} characters: only the first {MAX_ANALYSED_CHARS} were read"
        )
        text = text[:MAX_ANALYSED_CHARS]
    fixed, how, repair_notes = repair_text(text)
    notes.extend(repair_notes)
    fixed, markup_notes = strip_markup(fixed)
    notes.extend(markup_notes)
    doc = Doc(fixed)
    col = Collector(source)
    _extract(doc, col, kind_hint)
    col.warnings[:0] = notes
    draft = col.draft()
    record, build_notes = build_record(draft, source)
    col.warnings.extend(build_notes)
    return ImportResult(
        source=source,
        importer=importer,
        text=fixed,
        draft=draft,
        record=record,
        evidence=col.evidence(),
        warnings=tuple(col.warnings),
        encoding=how or encoding,
    )


def _extract(doc: Doc, col: Collector, kind_hint: str | None) -> None:
    reading = kind.find_kind(doc, col)
    record_kind: str = reading.kind
    if kind_hint is not None and record_kind not in ("minutes_template", "resolution"):
        record_kind = kind_hint
        col.set("kind", record_kind, rule="kind.layout_title", confidence=0.9)
    headline = doc.headline()
    if headline:
        col.set("headline", headline, rule="headline.leading_lines", confidence=0.6)
    if record_kind == "minutes_template":
        agenda.find_agenda(doc, col, record_kind)
        col.warnings.append("a blank form: only its headings are read, no values")
        return
    find_dates_of(doc, col, record_kind)
    date = col.values.get("date")
    council.find_council(doc, col, date)
    term.find_term(doc, col, date or col.values.get("document_date"))
    session.find_session(doc, col, record_kind, standing=reading.standing)
    if looks_scrambled("\n".join(line.text for line in doc.content())):
        col.warnings.append(
            "the text looks scrambled (copy protection?): many words are not Vietnamese "
            "syllables, so no names were read from it"
        )
    else:
        people.find_people(doc, col)
    attendance.find_attendance(doc, col)
    documents.find_documents(doc, col)
    resolutions.find_resolutions(doc, col, record_kind)
    if record_kind != "resolution":
        resolutions.find_resolution_count(doc, col)
    ballots.find_votes(doc, col)
    ballots.find_elections(doc, col)
    if record_kind == "session_report":
        ballots.find_ballots_reported(doc, col)
    agenda.find_agenda(doc, col, record_kind)
    agenda.find_conclusions(doc, col)
