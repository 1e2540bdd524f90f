"""A conclusion notice (thông báo kết luận) laid out: Mẫu 1.4 of Decree 30 (a named document).

The header names the council (``HỘI ĐỒNG NHÂN DÂN`` / ``TỈNH X``; ``THƯỜNG TRỰC HĐND`` under
``HĐND <UNIT>`` as an option), ``Số: 05/TB-HĐND``, the place and date; ``THÔNG BÁO`` and its
summary (``Kết luận của Thường trực Hội đồng nhân dân tỉnh X tại phiên họp ...``); the opening
paragraph, from the embedded meeting's facts (day, chair, attendees, what was heard) unless the
notice gives its own; the numbered conclusions, each with who is to act and by when; ``./.``;
the signature (``TM. THƯỜNG TRỰC HĐND`` / ``CHỦ TỊCH`` by default, or the signer's own block,
``KT. CHỦ TỊCH`` / ``PHÓ CHỦ TỊCH``); ``Nơi nhận``.
"""

from __future__ import annotations

from hdnd_model.model.meetings import Meeting
from hdnd_model.model.notices import Conclusion, ConclusionNotice
from hdnd_model.model.vocab import OrganKind, ParticipantRole
from hdnd_model.render._blocks import (
    Block,
    DocumentInfo,
    Layout,
    Paragraph,
    SignatureBlock,
    Signatures,
)
from hdnd_model.render._frame import (
    UNDATED,
    checked,
    header,
    place_date,
    recipients,
    signature_block,
    title,
)
from hdnd_model.render._items import label, plain
from hdnd_model.render._options import RenderOptions
from hdnd_model.vn import format_date
from hdnd_model.wording import LABELS as L
from hdnd_model.wording import mid_sentence, person_text, sentence_case

__all__ = ["build_notice_layout", "notice_body", "notice_opening", "notice_summary"]


def notice_body(notice: ConclusionNotice) -> str:
    """The issuing body in full: ``Thường trực Hội đồng nhân dân tỉnh X``."""
    name = notice.council.name
    if notice.issuer is OrganKind.STANDING_COMMITTEE:
        return f"{L.STANDING_BODY} {name}"
    if notice.issuer is OrganKind.COMMITTEE and notice.meeting and notice.meeting.committee:
        return f"{notice.meeting.committee.label_vi} {name}"
    return name


def _meeting_name(notice: ConclusionNotice) -> str:
    meeting = notice.meeting
    if meeting is not None:
        return mid_sentence(meeting.title) if meeting.title else meeting.kind.label_vi
    if notice.meeting_title:
        return mid_sentence(notice.meeting_title)
    return L.BLANK


def notice_summary(notice: ConclusionNotice) -> str:
    """The summary under ``THÔNG BÁO``: the notice's title, or one derived from the meeting."""
    if notice.title:
        return notice.title
    return L.NOTICE_SUMMARY.format(body=notice_body(notice), meeting=_meeting_name(notice))


def _heard(meeting: Meeting) -> str:
    return "; ".join(mid_sentence(item.title) for item in meeting.agenda)


def notice_opening(notice: ConclusionNotice) -> str:
    """The opening paragraph: the notice's own, or the meeting's day, chair, attendees and what
    was heard, then ``... kết luận như sau:``."""
    if notice.opening:
        return notice.opening
    body = notice_body(notice)
    meeting = notice.meeting
    if meeting is None:
        day = notice.held_on
        when = sentence_case(format_date(day)) if day is not None else sentence_case(L.DATE_BLANK)
        text = L.NOTICE_HELD.format(date=when, body=body, meeting=_meeting_name(notice))
        return text + L.NOTICE_CONCLUDES.format(body=body)
    text = L.NOTICE_HELD.format(
        date=sentence_case(format_date(meeting.date)), body=body, meeting=_meeting_name(notice)
    )
    chairs = [person_text(p) for p in meeting.participants if p.role is ParticipantRole.CHAIR]
    if chairs:
        text += L.NOTICE_CHAIRED.format(chair="; ".join(chairs))
        attendees = [
            person_text(p)
            for p in meeting.participants
            if p.role in (ParticipantRole.ATTENDEE, ParticipantRole.GUEST)
        ]
        if attendees:
            text += L.NOTICE_ATTENDED.format(attendees=mid_sentence("; ".join(attendees)))
        text += "."
    if meeting.agenda:
        return (
            text
            + L.NOTICE_HEARD.format(heard=_heard(meeting))
            + L.NOTICE_CONCLUDES.format(body=body)
        )
    return text + " " + L.NOTICE_CONCLUDES_ALONE.format(body=body)


def conclusion_blocks(number: int, c: Conclusion, last: bool) -> list[Paragraph]:
    """``1. <conclusion>``, then who is to act and by when; the last one ends with ``./.``."""
    end = "." + L.END_MARK if last else ""
    lines: list[tuple[str, str | None]] = [(L.ITEM.format(number=number, title=c.text), None)]
    if c.addressee:
        lines.append((c.addressee, L.ADDRESSEE))
    if c.deadline is not None:
        lines.append((format_date(c.deadline), L.DEADLINE))
    out = []
    for i, (text, lead) in enumerate(lines):
        closing = end if i == len(lines) - 1 else ""
        body = text.rstrip(".") + closing if closing else text
        out.append(
            plain(body)
            if lead is None
            else label(lead, body + ("" if closing else "."), italic=True)
        )
    return out


def _signature(notice: ConclusionNotice) -> Signatures:
    if notice.signer is not None:
        right = signature_block(notice.signer, ())
    else:
        body = (
            L.ON_BEHALF_STANDING
            if notice.issuer is OrganKind.STANDING_COMMITTEE
            else notice_body(notice).upper()
        )
        right = SignatureBlock(heading=(f"TM. {body}", L.CHAIR_TITLE), name=None)
    return Signatures(left=SignatureBlock(heading=(), name=None), right=right)


def build_notice_layout(notice: ConclusionNotice, options: RenderOptions | None = None) -> Layout:
    """Lay out ``notice`` as a Mẫu 1.4 document.

    Raises:
        RenderError: a text holds a character no document can carry.
    """
    opts = options or RenderOptions()
    council = notice.council
    unit = council.unit.full_name.upper()
    parent: tuple[str, ...] = ()
    issuer: tuple[str, ...]
    if opts.notice_issuer_standing and notice.issuer is OrganKind.STANDING_COMMITTEE:
        parent, issuer = (f"{L.COUNCIL_SHORT_UPPER} {unit}",), (L.STANDING_UPPER,)
    else:
        issuer = (L.COUNCIL_UPPER, unit)
    summary = notice_summary(notice)
    place = place_date(notice.place or council.unit.name, notice.date)
    blocks: list[Block] = [
        header(parent, issuer, notice.number, L.NOTICE_SYMBOL, place),
        title(L.NOTICE_KIND, summary, opts),
        plain(notice_opening(notice)),
    ]
    count = len(notice.conclusions)
    for i, c in enumerate(notice.conclusions, start=1):
        blocks += conclusion_blocks(i, c, i == count)
    blocks += [_signature(notice), recipients(notice.recipients, notice.filing or "VT")]
    info = DocumentInfo(
        title=f"Thông báo {mid_sentence(summary)}",
        subject=summary,
        author=council.name,
        date=notice.date or notice.held_on or UNDATED,
        identifier=notice.id,
        keywords=f"{L.NOTICE_KIND}; {council.short_name}",
        category="Thông báo",
    )
    return checked(blocks, info)
