"""Minutes to layout blocks: a pure function, shared by every output format.

The order and wording follow Mẫu 1.9 of Decree 30/2020/NĐ-CP (``domain.md`` §6.3-6.4): the
header, ``BIÊN BẢN`` and its summary, then the start time, the place, who attended, the chair
and the secretary, the content in the order of the meeting, the closing time, the signature
blocks (THƯ KÝ left, CHỦ TỌA right) and ``Nơi nhận:``. A field the minutes must have but the
model leaves empty (the start time, the place, a signer) is printed as a blank ``……`` for the
clerk to fill in by hand.
"""

from __future__ import annotations

from collections.abc import Iterator

from hdnd_model.model.meetings import Meeting
from hdnd_model.model.minutes import Minutes
from hdnd_model.model.people import Participant
from hdnd_model.model.vocab import MeetingMode, ParticipantRole
from hdnd_model.render._attendance import attendance_blocks, sitting_attendance_blocks
from hdnd_model.render._blocks import (
    Block,
    DocumentInfo,
    Layout,
    Paragraph,
    ParagraphKind,
    Signatures,
)
from hdnd_model.render._frame import checked, header, place_date, recipients, signature_block, title
from hdnd_model.render._items import bullets, item_blocks, label, plain
from hdnd_model.render._options import RenderOptions
from hdnd_model.vn import format_date, format_share, format_time
from hdnd_model.wording import LABELS as L
from hdnd_model.wording import (
    at_time,
    chair_text,
    document_text,
    header_bodies,
    people_text,
    person_text,
    resolution_text,
    sentence_case,
    sitting_name,
    stated_outcome_text,
    summary_of,
)

__all__ = ["build_layout"]


def build_layout(minutes: Minutes, options: RenderOptions | None = None) -> Layout:
    """Lay out ``minutes`` as Decree 30 minutes.

    Args:
        minutes: the record.
        options: the page and text options; the decree's defaults when None.

    Returns:
        The blocks in reading order and the document's properties.

    Raises:
        RenderError: a text holds a character no document format can carry.
    """
    opts = options or RenderOptions()
    parent, issuer = header_bodies(minutes)
    place = None
    if opts.place_date:
        place = place_date(
            minutes.place or minutes.council.unit.name, minutes.date or minutes.last_day
        )
    heading = title(L.KIND, summary_of(minutes), opts)
    blocks: list[Block] = [
        header(parent, issuer, minutes.number, L.MINUTES_SYMBOL, place),
        heading,
        *_body(minutes, opts),
        _signatures(minutes),
        recipients(minutes.recipients, minutes.filing),
    ]
    council = minutes.council
    info = DocumentInfo(
        title=L.SUBJECT.format(summary=heading.summary),
        subject=heading.summary,
        author=council.name,
        date=minutes.date or minutes.last_day,
        identifier=minutes.id,
        keywords=f"{L.KIND}; {council.short_name}",
    )
    return checked(blocks, info)


def _start(minutes: Minutes) -> list[Paragraph]:
    """When the record starts: the first sitting's time on that sitting's day.

    A session over several days also states its days, on a line of their own.
    """
    first = minutes.meetings[0] if minutes.meetings else None
    if first is not None:
        start = label(L.START, at_time(first.start_time, first.date) + ".")
    else:
        start = label(L.START, at_time(None, minutes.first_day) + ".")
    if minutes.session is None or minutes.first_day == minutes.last_day:
        return [start]
    days = L.SESSION_DAYS.format(
        first=format_date(minutes.first_day), last=format_date(minutes.last_day)
    )
    return [start, label(L.DURATION, days + ".")]


def _sitting_head(meeting: Meeting) -> Paragraph:
    name = sitting_name(meeting)
    return plain(f"{name}, {at_time(meeting.start_time, meeting.date)}", ParagraphKind.SUBHEADING)


def _content(minutes: Minutes) -> Iterator[Block]:
    yield plain(L.CONTENT, ParagraphKind.HEADING)
    resolutions = {r.id: r for r in minutes.resolutions}
    several = len(minutes.meetings) > 1
    for i, meeting in enumerate(minutes.meetings):
        if several:
            yield _sitting_head(meeting)
            if i > 0 and meeting.attendance is not None:
                yield from sitting_attendance_blocks(meeting.attendance)
        for item in meeting.agenda:
            yield from item_blocks(item, meeting, resolutions)
        if meeting.conclusions:
            yield plain(L.CONCLUSIONS, ParagraphKind.HEADING)
            yield from bullets(meeting.conclusions)
        if meeting.documents:
            text = "; ".join(document_text(d) for d in meeting.documents)
            yield label(L.DOCUMENTS_REFERRED, text + ".", italic=True)
    if minutes.resolutions:
        yield plain(L.RESOLUTIONS, ParagraphKind.HEADING)
        lines = []
        for res in minutes.resolutions:
            line = resolution_text(res)
            vote = res.vote
            if vote is not None and vote.in_favour is None:
                line += f": {stated_outcome_text(vote)}"
            elif vote is not None and vote.in_favour is not None and vote.total_delegates:
                line += ": " + L.IN_FAVOUR.format(
                    count=vote.in_favour,
                    total=vote.total_delegates,
                    share=format_share(vote.in_favour, vote.total_delegates),
                )
            lines.append(line)
        yield from bullets(lines)


def _body(minutes: Minutes, opts: RenderOptions) -> list[Block]:
    meetings = minutes.meetings
    first = meetings[0] if meetings else None
    last = meetings[-1] if meetings else None
    place = first.location if first is not None else None
    place = place or (minutes.session.location if minutes.session else None)
    blocks: list[Block] = [*_start(minutes), label(L.PLACE, f"{place}." if place else L.BLANK)]
    if first is not None and first.mode is not MeetingMode.IN_PERSON:
        blocks.append(label(L.MODE, sentence_case(first.mode.label_vi) + "."))
    if any(m.closed for m in minutes.meetings):
        blocks.append(plain(L.CLOSED))
    blocks += attendance_blocks(minutes, opts)
    blocks.append(label(L.CHAIRS, people_text(chair_text(p) for p in _chairs(minutes))))
    secretaries = minutes.participants(ParticipantRole.SECRETARY)
    blocks.append(label(L.SECRETARIES, people_text(person_text(p) for p in secretaries)))
    tellers = tuple(
        minutes.participants(
            ParticipantRole.TELLER_HEAD,
            ParticipantRole.TELLER_SECRETARY,
            ParticipantRole.TELLER,
        )
    )
    if tellers:
        blocks.append(label(L.TELLERS, people_text(person_text(p) for p in tellers)))
    blocks += _content(minutes)
    end = L.SESSION_END if minutes.session is not None else L.MEETING_END
    end_time = last.end_time if last is not None else None
    when = format_time(end_time) if end_time is not None else L.TIME_BLANK
    closing = end.format(time=when, date=format_date(minutes.last_day))
    blocks.append(plain(closing + L.END_MARK))
    return blocks


def _chairs(minutes: Minutes) -> Iterator[Participant]:
    return minutes.participants(
        ParticipantRole.CONVENOR, ParticipantRole.CHAIR, ParticipantRole.CO_CHAIR
    )


def _signatures(minutes: Minutes) -> Signatures:
    secretaries = minutes.participants(ParticipantRole.SECRETARY)
    chairs = minutes.participants(ParticipantRole.CHAIR)
    return Signatures(
        left=signature_block(minutes.secretary, (L.SECRETARY,), next(secretaries, None)),
        right=signature_block(minutes.chair, (L.CHAIR,), next(chairs, None)),
    )
