"""The news-post importer: plain text of council news, resolutions and forms.

The rules read the kind of record, the council, term and session, the date, the people with
their titles, attendance, documents, resolutions, ballots, agenda and conclusions. Each fact
is recorded with its evidence; a fact the text does not state stays empty.
"""

from __future__ import annotations

import re
from pathlib import Path

from hdnd_model.ingest import _agenda, _council, _counts, _people
from hdnd_model.ingest._build import build_record
from hdnd_model.ingest._collect import Collector
from hdnd_model.ingest._prep import Doc
from hdnd_model.ingest._result import ImportResult
from hdnd_model.ingest._source import decode_bytes, read_source, repair_text
from hdnd_model.vn import find_dates

__all__ = ["MAX_ANALYSED_CHARS", "ArticleImporter", "import_text"]

MAX_ANALYSED_CHARS = 400_000
"""Posts are read up to this many characters; a longer text is cut with a warning."""

_EVENT_CUE_RE = re.compile(
    r"(?:ngày|sáng|chiều|tối|trưa|nay|hôm qua|vào)\s*(?:ngày\s*)?$", re.IGNORECASE
)
_TIME_CUE_RE = re.compile(
    r"(?:\d{1,2}\s*giờ(?:\s*\d{1,2})?(?:\s*phút)?|khai mạc|bắt đầu)"
    r"\s*,?\s*$",
    re.IGNORECASE,
)
_NOT_EVENT_RE = re.compile(r"(?:số\s+\S+/\S+|căn cứ|ban hành)[^.;]{0,40}$", re.IGNORECASE)
_ADOPTED_RE = re.compile(
    r"thông qua (?:ngày\s+)?(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|"
    r"\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})",
    re.IGNORECASE,
)
_PLACE_DATE_RE = re.compile(
    r"^[^\n,]{2,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.MULTILINE | re.IGNORECASE
)


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
    kind = _council.find_kind(doc, col)
    if kind_hint is not None and kind not in ("minutes_template", "resolution"):
        kind = kind_hint
        col.set("kind", kind, rule="kind.layout_title", confidence=0.9)
    headline = doc.headline()
    if headline:
        col.set("headline", headline, rule="headline.leading_lines", confidence=0.6)
    if kind == "minutes_template":
        _agenda.find_agenda(doc, col, kind)
        col.warnings.append("a blank form: only its headings are read, no values")
        return
    _find_dates(doc, col, kind)
    date = col.values.get("date")
    _council.find_council(doc, col, date)
    _council.find_term(doc, col, date)
    _council.find_session(doc, col, kind)
    _people.find_people(doc, col)
    _counts.find_attendance(doc, col)
    _counts.find_documents(doc, col)
    _counts.find_resolutions(doc, col, kind)
    _counts.find_votes(doc, col)
    _agenda.find_agenda(doc, col, kind)
    _agenda.find_conclusions(doc, col)


def _find_dates(doc: Doc, col: Collector, kind: str) -> None:
    year = doc.post_date.year if doc.post_date else None
    if kind == "resolution":
        adopted = _ADOPTED_RE.search(doc.text)
        if adopted:
            found = find_dates(adopted["date"])
            if found:
                col.set(
                    "date",
                    found[0][0],
                    rule="date.adopted_on",
                    confidence=0.9,
                    span=(adopted.start("date"), adopted.end("date")),
                )
        header = _PLACE_DATE_RE.search(doc.text)
        if header:
            found = find_dates(header.group())
            if found:
                col.set(
                    "document_date",
                    found[0][0],
                    rule="date.place_date_line",
                    confidence=0.9,
                    span=(header.start(), header.end()),
                )
        return
    for line in doc.content():
        header = _PLACE_DATE_RE.match(line.text)
        if header:
            found = find_dates(header.group())
            if found:
                col.set(
                    "document_date",
                    found[0][0],
                    rule="date.place_date_line",
                    confidence=0.8,
                    span=(line.start, line.start + header.end()),
                )
            continue
        for day, start, end in find_dates(line.text, year=year):
            absolute = line.start + start
            if doc.post_span and doc.post_span[0] <= absolute < doc.post_span[1]:
                continue
            before = line.text[max(0, start - 24) : start]
            cue = _EVENT_CUE_RE.search(before) or _TIME_CUE_RE.search(before)
            if not cue or _NOT_EVENT_RE.search(line.text[:start]):
                continue
            written_year = re.search(r"\d{4}\s*$", line.text[start:end]) is not None
            rule = "date.event_cue" if written_year else "date.event_cue_year_from_post"
            col.set(
                "date",
                day,
                rule=rule,
                confidence=0.8 if written_year else 0.7,
                span=(absolute, line.start + end),
            )
            return
