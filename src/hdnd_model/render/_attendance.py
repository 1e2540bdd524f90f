"""Who attended: the counts with their shares of the total, guests, and the roll call."""

from __future__ import annotations

from collections.abc import Iterator

from hdnd_model.model.minutes import Minutes
from hdnd_model.model.people import Attendance, Participant
from hdnd_model.model.vocab import ParticipantRole
from hdnd_model.render._blocks import Block, ParagraphKind, Table
from hdnd_model.render._items import bullets, label, plain
from hdnd_model.render._options import RenderOptions
from hdnd_model.vn import format_percent, format_share
from hdnd_model.wording import LABELS as L
from hdnd_model.wording import delegate_text, person_text

__all__ = ["attendance_blocks", "sitting_attendance_blocks"]

_ROLL_WIDTHS = (0.07, 0.25, 0.24, 0.24, 0.20)
#: Who is listed under ``Trình bày, trả lời chất vấn:``: people named only in the content.
SPEAKER_ROLES = (ParticipantRole.PRESENTER, ParticipantRole.RESPONDENT)


def _attendance_lines(att: Attendance) -> list[str]:
    total = att.total_delegates
    lines = [L.TOTAL_DELEGATES.format(total=total).rstrip(".")]
    if att.present is not None:
        line = L.PRESENT.format(
            present=att.present, total=total, share=format_share(att.present, total)
        )
        if att.online:
            line += L.ONLINE.format(online=att.online)
        lines.append(line)
    elif att.stated_present_share is not None:
        lines.append(L.PRESENT_SHARE.format(share=format_percent(att.stated_present_share)))
    for template, count, names in (
        (L.ABSENT_WITH_REASON, att.absent_with_reason, att.absent_with_reason_names),
        (L.ABSENT_WITHOUT_REASON, att.absent_without_reason, att.absent_without_reason_names),
    ):
        if count is None and not names:
            continue
        line = template.format(count=count if count is not None else len(names))
        if names:
            line += L.NAMED.format(names=", ".join(p.full_name for p in names))
        lines.append(line)
    return lines


def sitting_attendance_blocks(attendance: Attendance) -> list[Block]:
    """The roll call of a later sitting, under its heading: ``Điểm danh:`` and the counts."""
    return [label(L.SITTING_ATTENDANCE, "", italic=True), *bullets(_attendance_lines(attendance))]


def _roll_call(delegates: tuple[Participant, ...]) -> Table:
    rows = tuple(
        (
            str(i),
            p.display_name,
            p.title or "" if p.person is not None else "",
            p.organization or "",
            p.status.label_vi if p.status is not None else "",
        )
        for i, p in enumerate(delegates, start=1)
    )
    return Table(head=L.ROLL_HEAD, rows=rows, widths=_ROLL_WIDTHS)


def _texts(minutes: Minutes, *roles: ParticipantRole) -> list[str]:
    return [person_text(p) for p in minutes.participants(*roles)]


def attendance_blocks(minutes: Minutes, opts: RenderOptions) -> Iterator[Block]:
    yield plain(L.ATTENDANCE, ParagraphKind.HEADING)
    # With several sittings, each later sitting's roll call is printed under its own heading.
    att = minutes.meetings[0].attendance if minutes.meetings else None
    lines = _attendance_lines(att) if att is not None else []
    delegates = tuple(minutes.participants(ParticipantRole.DELEGATE))
    for head, texts in (
        (L.ATTENDEES, _texts(minutes, ParticipantRole.ATTENDEE)),
        (L.DELEGATES, [delegate_text(p) for p in delegates]),
        (L.GUESTS, _texts(minutes, ParticipantRole.GUEST)),
        (L.SPEAKERS, _texts(minutes, *SPEAKER_ROLES)),
    ):
        if texts and not (head == L.DELEGATES and len(delegates) > opts.table_threshold):
            lines.append(head + "; ".join(dict.fromkeys(texts)))
    yield from bullets(lines) if lines else [plain(L.BLANK)]
    if len(delegates) > opts.table_threshold:
        yield plain(L.ROLL_CALL)
        yield _roll_call(delegates)
