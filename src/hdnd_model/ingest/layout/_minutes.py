"""Reading back minutes laid out by the project's own renderer (Decree 30, Mẫu 1.9).

The renderer's DOCX is read by its structure: the header table, the ``BIÊN BẢN`` title and
summary, the labelled paragraphs of the body (the wording of :mod:`hdnd_model.wording`),
the roll-call table, the signature table and ``Nơi nhận:``. Paragraph styles and the bold or
italic lead of a labelled paragraph tell the parts apart; the document's core properties give
the council's name and the date of the minutes.

The result is a :class:`~hdnd_model.Minutes` whose :func:`~hdnd_model.ingest.minutes_content`
equals that of the minutes rendered. What the layout does not print and the model requires
(a single sitting's kind, a vote rule the layout does not write) is set as the written outcome
requires and reported as a note; a session's number the summary does not state stays empty.

The parts are read by their own modules: :mod:`~hdnd_model.ingest.layout._read` (paragraphs,
rows, the patterns and the reader), :mod:`~hdnd_model.ingest.layout._people` (what comes before
``Nội dung:`` and the signatures), :mod:`~hdnd_model.ingest.layout._items` (the content) and
:mod:`~hdnd_model.ingest.layout._votes` (votes, elections and confidence ballots). This module
puts the record together.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from hdnd_model import model as m
from hdnd_model.ingest.layout._documents import read_notice, read_resolution
from hdnd_model.ingest.layout._items import Content
from hdnd_model.ingest.layout._people import Front, add_listed, read_front, read_signature
from hdnd_model.ingest.layout._read import (
    LayoutError,
    Para,
    Reader,
    Row,
    full_match,
    is_rendered_layout,
    time_or_blank,
)
from hdnd_model.model.vocab import MeetingKind, MeetingMode, SessionKind, SessionSeries, UnitKind
from hdnd_model.vn import fold_key, parse_date, parse_ordinal
from hdnd_model.wording import LABELS as L

__all__ = ["LayoutError", "Para", "Row", "is_rendered_layout", "read_layout"]


_SITTINGS = {k.label_vi[:1].upper() + k.label_vi[1:]: k for k in MeetingKind if k.is_sitting}


def _unit(author: str, first: dt.date, last: dt.date) -> m.AdministrativeUnit:
    prefix = "Hội đồng nhân dân "
    if not author.startswith(prefix):
        raise LayoutError(f"the author is not a council: {author!r}")
    full = author[len(prefix) :]
    kinds = sorted(UnitKind, key=lambda k: -len(k.short_label_vi))
    for kind in kinds:
        generic = kind.short_label_vi
        if (
            fold_key(full[: len(generic)]) != fold_key(generic)
            or full[len(generic) : len(generic) + 1] != " "
        ):
            continue
        name = full[len(generic) + 1 :]
        capitalised = full[:1].isupper() and not name[:1].isdigit()
        unit = m.AdministrativeUnit(kind=kind, name=name, generic_capitalised=capitalised)
        if unit.full_name == full and unit.has_council(first) and unit.has_council(last):
            return unit
    raise LayoutError(f"no unit with a council on the dates is named {full!r}")


def _meetings(
    r: Reader, f: Front, base: str, session: bool, end: dt.time | None
) -> list[m.Meeting]:
    sittings = r.sittings
    first = sittings[0]
    several = len(sittings) > 1
    needed = (
        several
        or bool(first.people or first.items or first.conclusions or first.documents)
        or f.attendance is not None
        or f.start is not None
        or end is not None
        or f.mode is not MeetingMode.IN_PERSON
        or f.closed
        or (f.place is not None and not session)
    )
    if not needed:
        return []
    meetings: list[m.Meeting] = []
    for i, s in enumerate(sittings):
        kind, title = MeetingKind.OTHER, s.heading
        if session:
            kind = _SITTINGS.get(s.heading or "", MeetingKind.PLENARY)
            if s.heading in _SITTINGS:
                title = None
            if s.heading is None:
                r.notes.append("the kind of the sitting is not written; it is read as plenary")
        meetings.append(
            m.Meeting(
                id=f"{base}-phien-{i + 1}",
                kind=kind,
                date=s.date or f.start_day,
                title=title,
                start_time=s.start if several else f.start,
                end_time=end if i == len(sittings) - 1 else None,
                location=f.place if (i == 0 and not session) else None,
                mode=f.mode if i == 0 else MeetingMode.IN_PERSON,
                closed=f.closed and i == 0,
                participants=tuple(s.people),
                attendance=f.attendance if i == 0 else s.attendance,
                agenda=tuple(s.items),
                conclusions=tuple(s.conclusions),
                documents=tuple(s.documents),
            )
        )
    if several and meetings[0].start_time != f.start:
        raise LayoutError("the start time is not the first sitting's")
    return meetings


def read_layout(
    paras: list[Para | Row], props: dict[str, Any], source: str
) -> tuple[Any, list[str], list[tuple[str, str, int, str]]]:
    """Read a document written by the renderer: minutes, a resolution or a notice.

    Args:
        paras: the body in order: paragraphs and table rows.
        props: the core properties (``author``, ``created``).
        source: the source's name, for messages.

    Returns:
        ``(minutes, notes, evidence)``; evidence items are ``(field, value, paragraph, rule)``.

    Raises:
        LayoutError: the body does not follow the layout.
        InvalidModelError: what was read does not make a valid record.
    """
    kinds = {p.text for p in paras if isinstance(p, Para) and p.style.endswith("Minutes Title")}
    if L.RESOLUTION_KIND in kinds:
        return read_resolution(paras, props), [], []
    if L.NOTICE_KIND in kinds:
        return read_notice(paras, props), [], []
    r = Reader(paras, source)
    tables: dict[int, list[Row]] = {}
    for p in paras:
        if isinstance(p, Row):
            tables.setdefault(p.table, []).append(p)
    if not tables:
        raise LayoutError("no header table")
    f = read_front(r, tables[min(tables)])
    resolutions = Content(r).read()
    closing = r.para()
    session = closing.text.startswith(L.SESSION_END.split(" {")[0])
    found = full_match("session_end" if session else "meeting_end", closing.text)
    end = time_or_blank(found["time"])
    if parse_date(found["date"]) != f.last_day:
        raise LayoutError("the closing date is not the last day")
    r.note("end_date", closing.text, closing, "closing")
    signature_rows = [row for rows in tables.values() for row in rows if row.index > closing.index]
    if not signature_rows or len(signature_rows[0].cells) != 2:
        raise LayoutError("no signature table")
    sign_left, sign_right = signature_rows[0].cells
    secretary, secretary_named = read_signature(sign_left, L.SECRETARY)
    chair, chair_named = read_signature(sign_right, L.CHAIR)
    r.note(
        "signatures",
        " | ".join(p.text for p in sign_left + sign_right if p.text),
        signature_rows[0],
        "signatures",
    )
    recipients, filing = _recipients(r, signature_rows[0].index)
    unit = _unit(str(props.get("author") or ""), f.first_day, f.last_day)
    council = m.Council(id=f"hdnd-{_slug(unit.full_name)}", unit=unit)
    add_listed(r, f, chair_named, secretary_named)
    base = f"{council.id}-{f.first_day.isoformat()}"
    meetings = _meetings(r, f, base, session, end)
    created = props.get("created")
    day = created.date() if isinstance(created, dt.datetime) else None
    common: dict[str, Any] = {
        "id": f"bb-{base}",
        "council": council,
        "number": f.number,
        "parent_body": "\n".join(f.parent) or None,
        "issuer": "\n".join(f.issuer) or None,
        "title": f.summary,
        "date": day if day is not None and day != f.last_day else None,
        "secretary": secretary,
        "chair": chair,
        "recipients": tuple(recipients),
        "filing": filing,
    }
    if session:
        series, number, kind = _session_number(f.summary)
        record = m.Minutes(
            **common,
            session=m.Session(
                id=f"{base}-ky-hop",
                council_id=council.id,
                number=number,
                series=series,
                kind=kind,
                start_date=f.first_day,
                end_date=f.last_day,
                location=f.place,
                meetings=tuple(meetings),
                resolutions=tuple(resolutions),
            ),
        )
    else:
        if resolutions or len(meetings) > 1:
            raise LayoutError("resolutions or sittings in the minutes of a meeting")
        meeting = (
            meetings[0]
            if meetings
            else m.Meeting(id=f"{base}-phien-1", kind=MeetingKind.OTHER, date=f.first_day)
        )
        record = m.Minutes(**common, meeting=meeting)
    return record, r.notes, r.evidence


_SESSION_NUMBER = re.compile(r"Kỳ họp (?P<thematic>chuyên đề )?(?P<ordinal>thứ [^,(]+?)(?: \(|,|$)")
_SESSION_KINDS = {L.SESSION_KIND.format(kind=k.label_vi): k for k in SessionKind}


def _session_number(summary: str) -> tuple[SessionSeries, int | None, SessionKind | None]:
    """The series, number and kind a derived summary states (``Kỳ họp thứ tư (kỳ họp ...)``)."""
    kind = next((k for text, k in _SESSION_KINDS.items() if text + "," in summary), None)
    thematic = summary.startswith("Kỳ họp chuyên đề")
    found = _SESSION_NUMBER.search(summary)
    if found is not None:
        try:
            number = parse_ordinal(found["ordinal"])
        except ValueError:
            pass
        else:
            series = SessionSeries.THEMATIC if found["thematic"] else SessionSeries.MAIN
            return series, number, kind
    return (SessionSeries.THEMATIC if thematic else SessionSeries.MAIN), None, kind


def _slug(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "-", fold_key(text).encode("ascii", "ignore").decode()).strip("-")


def _recipients(r: Reader, after: int) -> tuple[list[str], str]:
    paras = [p for p in r.paras if isinstance(p, Para) and p.index > after]
    texts = [p.text for p in paras]
    if L.RECIPIENTS not in texts:
        raise LayoutError("no Nơi nhận")
    lines = texts[texts.index(L.RECIPIENTS) + 1 :]
    filing_head = L.FILING.split("{")[0]
    recipients = []
    filing = None
    for line in lines:
        if line.startswith(filing_head):
            filing = line[len(filing_head) :].removesuffix(".")
        elif line.startswith("- ") and line.endswith(";"):
            recipients.append(line[2:-1])
        elif line:
            raise LayoutError(f"a recipient line that cannot be read: {line!r}")
    if filing is None:
        raise LayoutError("no filing line")
    return recipients, filing
