"""How a record is named: the header's bodies, the summary of minutes, a sitting, a document.

These are the phrases a document and its read-back share: the renderers print them and
:func:`hdnd_model.ingest.minutes_content` states them, so both say the same.
"""

from __future__ import annotations

import datetime as dt

from hdnd_model.model.documents import DocumentRef
from hdnd_model.model.meetings import Meeting, Statement
from hdnd_model.model.minutes import Minutes
from hdnd_model.model.resolutions import Resolution
from hdnd_model.model.vocab import MeetingKind, OrganKind, SessionKind, SessionSeries
from hdnd_model.vn import format_date, format_time, ordinal_words, to_roman
from hdnd_model.wording._labels import LABELS as L
from hdnd_model.wording._people import person_text
from hdnd_model.wording._text import mid_sentence, sentence_case, without_about

__all__ = [
    "at_time",
    "council_with_term",
    "document_text",
    "header_bodies",
    "resolution_text",
    "sitting_name",
    "statement_text",
    "summary_of",
]


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip().upper() for line in text.splitlines() if line.strip())


def header_bodies(minutes: Minutes) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The header's parent body and issuing body, line by line (upper case).

    A council's minutes are issued by ``HỘI ĐỒNG NHÂN DÂN`` / the unit; a body of the council
    (the Standing Committee, a Ban) issues under ``HĐND <unit>``. The record's own
    ``parent_body`` and ``issuer`` take precedence.
    """
    unit = minutes.council.unit.full_name.upper()
    meeting = minutes.meeting
    organ = meeting.organ if meeting is not None else OrganKind.COUNCIL
    parent: tuple[str, ...] = ()
    if organ is OrganKind.COUNCIL:
        issuer: tuple[str, ...] = (L.COUNCIL_UPPER, unit)
    else:
        parent = (f"{L.COUNCIL_SHORT_UPPER} {unit}",)
        committee = meeting.committee if meeting is not None else None
        if organ is OrganKind.STANDING_COMMITTEE:
            issuer = (L.STANDING_UPPER,)
        elif committee is not None:
            issuer = (committee.label_vi.upper(),)
        else:
            issuer = (organ.label_vi.upper(),)
    if minutes.parent_body:
        parent = _lines(minutes.parent_body)
    if minutes.issuer:
        issuer = _lines(minutes.issuer)
    return parent, issuer


def council_with_term(minutes: Minutes) -> str:
    """``Hội đồng nhân dân quận Hai Bà Trưng khóa XVI`` (or ``, nhiệm kỳ 2016-2021``)."""
    council = minutes.council.name
    term = minutes.term
    if term is not None and term.khoa is not None:
        council += " " + L.KHOA.format(roman=to_roman(term.khoa))
    elif term is not None:
        council += ", " + L.TERM.format(label=term.label)
    return council


_NAMED_KINDS = (SessionKind.THEMATIC, SessionKind.EXTRAORDINARY)


def _body_name(meeting: Meeting, council: str) -> str:
    """The body holding a meeting, named in full: ``Thường trực Hội đồng nhân dân quận ...``."""
    if meeting.organ is OrganKind.STANDING_COMMITTEE:
        body = L.STANDING_BODY
    elif meeting.committee is not None:
        body = meeting.committee.label_vi
    else:
        body = meeting.organ.label_vi.removesuffix(" " + L.COUNCIL)
    return L.BODY_OF_COUNCIL.format(body=body, council=council)


def summary_of(minutes: Minutes) -> str:
    """The summary under ``BIÊN BẢN``: the minutes' title, or one derived from the record.

    A session is named by its number and series (``Kỳ họp thứ tư (kỳ họp chuyên đề), ...``);
    a meeting of a body of the council by its kind and the body (``Phiên họp thường kỳ hằng
    tháng của Thường trực Hội đồng nhân dân quận ...``).
    """
    if minutes.title:
        return minutes.title
    council = council_with_term(minutes)
    session = minutes.session
    if session is not None:
        thematic = session.series is SessionSeries.THEMATIC
        if session.number is None:
            template = L.THEMATIC_SUMMARY_UNNUMBERED if thematic else L.SESSION_SUMMARY_UNNUMBERED
            return template.format(council=council)
        template = L.THEMATIC_SUMMARY if thematic else L.SESSION_SUMMARY
        ordinal = ordinal_words(session.number)
        if not thematic and session.kind in _NAMED_KINDS:
            ordinal += L.SESSION_KIND.format(kind=session.kind.label_vi)
        return template.format(ordinal=ordinal, council=council)
    meeting = minutes.meeting
    assert meeting is not None
    if meeting.title:
        return meeting.title
    if meeting.organ is OrganKind.COUNCIL:
        return f"{sentence_case(meeting.kind.label_vi)}, {council}"
    body = _body_name(meeting, council)
    if meeting.kind in (MeetingKind.STANDING, MeetingKind.COMMITTEE, MeetingKind.OTHER):
        return sentence_case(L.MEETING_OF.format(body=body))
    return sentence_case(L.BODY_MEETING.format(kind=meeting.kind.label_vi, body=body))


def sitting_name(meeting: Meeting) -> str:
    """How a sitting is named in the minutes: its title, or its kind."""
    return meeting.title or sentence_case(meeting.kind.label_vi)


def at_time(time: dt.time | None, day: dt.date) -> str:
    """``8 giờ 00, ngày 06 tháng 12 năm 2023``; a blank ``… giờ …`` for a time not recorded."""
    when = format_time(time) if time is not None else L.TIME_BLANK
    return L.AT_TIME_ON.format(time=when, date=format_date(day))


def document_text(doc: DocumentRef) -> str:
    """``Tờ trình số 82/TTr-UBND ngày 05 tháng 7 năm 2023 của UBND tỉnh về ...``.

    A document whose subject starts with its kind (a law: ``Luật Tổ chức chính quyền địa
    phương``) is named by its subject, not ``Luật về Luật ...``.
    """
    title = doc.title
    named = title is not None and _names_kind(title, doc.label_vi)
    lead = title if named and title is not None else doc.label_vi
    if doc.number is not None:
        text = L.DOCUMENT.format(kind=lead, number=doc.number)
    else:
        text = L.DOCUMENT_UNNUMBERED.format(kind=lead)
    if doc.date is not None:
        text += f" {format_date(doc.date)}"
    if doc.issuer_name:
        text += L.OF.format(issuer=doc.issuer_name)
    if title and not named:
        text += L.ABOUT.format(title=without_about(title))
    return text


def _names_kind(title: str, kind: str) -> bool:
    return title.casefold().startswith(kind.casefold() + " ")


def resolution_text(res: Resolution) -> str:
    """``Nghị quyết số 12/NQ-HĐND về ...``: a resolution named in running text."""
    template = L.RESOLUTION if res.number is not None else L.RESOLUTION_UNNUMBERED
    return template.format(number=res.number, title=mid_sentence(res.title))


def statement_text(s: Statement, meeting: Meeting) -> str:
    """A statement with one colon: ``Tại Tổ 1: ...``, ``A, title (tại Tổ 1): ...``, ``A: ...``."""
    speaker = None if s.speaker_id is None else person_text(meeting.participant(s.speaker_id))
    if speaker is None:
        return (L.AT_GROUP.format(group=s.group) if s.group else "") + s.text
    if s.group:
        speaker += L.SPEAKER_AT_GROUP.format(group=s.group)
    return f"{speaker}: {s.text}"
