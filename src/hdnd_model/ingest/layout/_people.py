"""The front of the renderer's layout and the people it names.

:func:`read_front` reads what comes before ``Nội dung:``: the header table, the title and
summary, the start, the place and the mode, the attendance lines with the roll-call table, the
chairs, the secretaries and the tellers. :func:`add_listed` gives the people listed to the first
sitting; :func:`read_signature` reads a signature block.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs

from hdnd_model import model as m
from hdnd_model.errors import InvalidModelError
from hdnd_model.ingest.layout._read import (
    PATTERNS,
    LayoutError,
    Para,
    Reader,
    Row,
    after_label,
    full_match,
    time_or_blank,
)
from hdnd_model.model.vocab import (
    AttendanceStatus,
    MeetingMode,
    ParticipantRole,
    SigningAuthority,
)
from hdnd_model.vn import parse_date
from hdnd_model.wording import LABELS as L
from hdnd_model.wording import person_text

__all__ = [
    "Front",
    "add_listed",
    "read_front",
    "read_signature",
    "read_sitting_attendance",
]


_AUTHORITIES = {a.label_vi: a for a in SigningAuthority if a.label_vi}
_STATUSES = {s.label_vi: s for s in AttendanceStatus}
_MODES = {mode.label_vi[:1].upper() + mode.label_vi[1:]: mode for mode in MeetingMode}


def _header(rows: list[Row]) -> tuple[list[str], list[str], m.DocumentNumber | None]:
    if len(rows) < 2 or len(rows[0].cells) < 2 or len(rows[1].cells) < 1:
        raise LayoutError("the header table is not the renderer's")
    left = rows[0].cells[0]
    parent = [p.text for p in left if p.style.endswith("Agency") and p.text]
    issuer = [p.text for p in left if p.style.endswith("Issuer") and p.text]
    number_text = " ".join(p.text for p in rows[1].cells[0] if p.text).strip()
    number = None
    found = PATTERNS["number"].fullmatch(number_text)
    if found is not None and not found["number"].startswith("/"):
        number = m.DocumentNumber.parse(found["number"])
    return parent, issuer, number


def read_signature(cell: tuple[Para, ...], default: str) -> tuple[m.Signature | None, bool]:
    """The signature of one block, and whether its name is written."""
    heading = [p.text.strip() for p in cell if p.style.endswith("Signature Title") and p.text]
    names = [p.text for p in cell if p.style.endswith("Signature Name") and p.text]
    name = names[0] if names else None
    if name is None:
        if heading != [default]:
            raise LayoutError(f"a signature block without a name: {heading!r}")
        return None, False
    authority, on_behalf = SigningAuthority.NONE, None
    if len(heading) == 2:
        line = heading[0]
        for label, value in _AUTHORITIES.items():
            if line.startswith(label + " "):
                authority, line = value, line[len(label) + 1 :]
                break
        on_behalf = line
    elif len(heading) != 1:
        raise LayoutError(f"a signature heading that cannot be read: {heading!r}")
    sig = m.Signature(
        person=m.Person(full_name=name),
        title=heading[-1],
        authority=authority,
        on_behalf_of=on_behalf,
    )
    return sig, True


@attrs.define
class Front:
    """What comes before ``Nội dung:``."""

    parent: list[str]
    issuer: list[str]
    number: m.DocumentNumber | None
    summary: str
    first_day: dt.date
    last_day: dt.date
    start_day: dt.date
    start: dt.time | None
    place: str | None
    mode: MeetingMode
    closed: bool
    attendance: m.Attendance | None
    groups: list[tuple[ParticipantRole, list[Any]]]
    chairs: list[str]
    secretaries: list[str]
    tellers: list[str]


def _skip_to(r: Reader, test: Callable[[str], bool], what: str) -> Para:
    while True:
        found = r.peek()
        if found is None:
            raise LayoutError(f"no {what}")
        r.pos += 1
        if isinstance(found, Para) and test(found.text):
            return found


def read_front(r: Reader, header_rows: list[Row]) -> Front:
    parent, issuer, number = _header(header_rows)
    r.note("issuer", " / ".join(issuer), header_rows[0], "header")
    _skip_to(r, lambda t: t == L.KIND, "BIÊN BẢN title")
    summary_para = r.para()
    r.note("title", summary_para.text, summary_para, "summary")
    p = _skip_to(r, lambda t: t.startswith(L.START), "start time")
    start_text = after_label(p.text, L.START)
    if not start_text.endswith("."):
        raise LayoutError("the start time lacks its full stop")
    found = full_match("at", start_text[:-1])
    start_day = first_day = last_day = parse_date(found["date"])
    start = time_or_blank(found["time"])
    r.note("date", start_text, p, "start")
    p = r.para()
    if p.text.startswith(L.DURATION):
        days = full_match("session_days", after_label(p.text, L.DURATION).removesuffix("."))
        first_day, last_day = parse_date(days["first"]), parse_date(days["last"])
        r.note("date", p.text, p, "duration")
        p = r.para()
    place_text = after_label(p.text, L.PLACE)
    place = None if place_text == L.BLANK else place_text.removesuffix(".")
    mode = MeetingMode.IN_PERSON
    closed = False
    p = r.para()
    if p.text.startswith(L.MODE):
        mode = _MODES[after_label(p.text, L.MODE).removesuffix(".")]
        p = r.para()
    if p.text == L.CLOSED:
        closed = True
        p = r.para()
    if p.text != L.ATTENDANCE:
        raise LayoutError(f"expected {L.ATTENDANCE!r}, read {p.text[:80]!r}")
    attendance, groups = _attendance(r)
    chairs = r.people_list(after_label(r.para().text, L.CHAIRS))
    secretaries = r.people_list(after_label(r.para().text, L.SECRETARIES))
    tellers: list[str] = []
    p = r.para()
    if p.text.startswith(L.TELLERS):
        tellers = r.people_list(after_label(p.text, L.TELLERS))
        p = r.para()
    if p.text != L.CONTENT:
        raise LayoutError(f"expected {L.CONTENT!r}, read {p.text[:80]!r}")
    return Front(
        parent=parent,
        issuer=issuer,
        number=number,
        summary=summary_para.text,
        first_day=first_day,
        last_day=last_day,
        start_day=start_day,
        start=start,
        place=place,
        mode=mode,
        closed=closed,
        attendance=attendance,
        groups=groups,
        chairs=chairs,
        secretaries=secretaries,
        tellers=tellers,
    )


def add_listed(r: Reader, f: Front, chair_named: bool, secretary_named: bool) -> None:
    """The people listed go to the first sitting; the first chair and secretary are known by
    office only when their signature block names no one."""
    listed: list[m.Participant] = []
    for role, texts in f.groups:
        listed += [r.person(t, role) if isinstance(t, str) else t(r) for t in texts]
    first_chair = True
    for t in f.chairs:
        if t.endswith(L.CONVENOR):
            listed.append(r.person(t.removesuffix(L.CONVENOR), ParticipantRole.CONVENOR))
            continue
        office_only = first_chair and not chair_named
        listed.append(r.person(t, ParticipantRole.CHAIR, office_only=office_only))
        first_chair = False
    for i, t in enumerate(f.secretaries):
        listed.append(
            r.person(t, ParticipantRole.SECRETARY, office_only=i == 0 and not secretary_named)
        )
    listed += [r.person(t, ParticipantRole.TELLER) for t in f.tellers]
    by_text: dict[str, m.Participant] = {}
    for p in listed:
        by_text.setdefault(person_text(p), p)
    # Someone the content names (a presenter, a speaker) who is listed takes part as listed.
    first = r.sittings[0]
    spoken = {person_text(q): q for q in first.people}
    merged = []
    for p in listed:
        found = spoken.pop(person_text(p), None)
        merged.append(p if found is None else attrs.evolve(p, id=found.id))
    first.people[:] = merged + [q for q in first.people if person_text(q) in spoken]
    for p in merged:
        first.known.setdefault(person_text(p), p.id)
    for sitting in r.sittings[1:]:
        for k, q in enumerate(sitting.people):
            base = by_text.get(person_text(q))
            if base is not None:
                sitting.people[k] = attrs.evolve(base, id=q.id)


_GROUPS = (
    (L.ATTENDEES, ParticipantRole.ATTENDEE),
    (L.DELEGATES, ParticipantRole.DELEGATE),
    (L.GUESTS, ParticipantRole.GUEST),
    (L.SPEAKERS, ParticipantRole.PRESENTER),
)
_STATUS_SUFFIXES = {L.STATUS.format(status=s.label_vi): s for s in AttendanceStatus}


def _delegate(text: str) -> Callable[[Reader], m.Participant]:
    """A delegate listed inline: ``name, title`` and the attendance in brackets, if any."""
    status = None
    for suffix, value in _STATUS_SUFFIXES.items():
        if text.endswith(suffix):
            text, status = text.removesuffix(suffix), value
            break

    def make(r: Reader) -> m.Participant:
        found: m.Participant = r.person(text, ParticipantRole.DELEGATE)
        return attrs.evolve(found, status=status)

    return make


def _attendance_line(
    line: str, fields: dict[str, Any], groups: list[tuple[ParticipantRole, list[Any]]]
) -> None:
    for key, target in (
        ("with_reason", "absent_with_reason"),
        ("without_reason", "absent_without_reason"),
    ):
        head, sep, names = line.partition(" (")
        found = PATTERNS[key].fullmatch(head)
        if found is not None:
            fields[target] = int(found["count"])
            if sep:
                fields[f"{target}_names"] = tuple(
                    m.Person(full_name=n) for n in names.removesuffix(")").split(", ")
                )
            return
    if (found := PATTERNS["total"].fullmatch(line)) is not None:
        fields["total_delegates"] = int(found["total"])
        return
    if line.startswith(L.PRESENT.split("{")[0]):
        head, sep, online = line.partition(L.ONLINE.split("{")[0])
        fields["present"] = int(full_match("present", head)["present"])
        if sep:
            fields["online"] = int(full_match("online", sep + online)["online"])
        return
    for label, role in _GROUPS:
        if line.startswith(label):
            texts: list[Any] = line[len(label) :].split("; ")
            if role is ParticipantRole.DELEGATE:
                texts = [_delegate(t) for t in texts]
            groups.append((role, texts))
            return
    raise LayoutError(f"an attendance line that cannot be read: {line!r}")


def _roll_call(r: Reader) -> list[Any]:
    rows: list[Any] = []
    while isinstance(row := r.peek(), Row):
        r.pos += 1
        cells = ["".join(q.text for q in cell) for cell in row.cells]
        if tuple(cells) == L.ROLL_HEAD:
            continue
        if len(cells) != len(L.ROLL_HEAD):
            raise LayoutError("a roll-call row that cannot be read")
        _, name, title, unit, status = cells
        rows.append(
            _roll_row(name, title or None, unit or None, _STATUSES[status] if status else None)
        )
    return rows


def read_sitting_attendance(r: Reader) -> m.Attendance:
    """The counts under ``Điểm danh:`` of a later sitting."""
    fields: dict[str, Any] = {}
    groups: list[tuple[ParticipantRole, list[Any]]] = []
    for q, line in r.bullets():
        r.note("sittings.attendance", line, q, "sitting_attendance")
        _attendance_line(line, fields, groups)
    if groups or "total_delegates" not in fields:
        raise LayoutError("a sitting's roll call without its total or with people listed")
    return _build_attendance(fields)


def _build_attendance(fields: dict[str, Any]) -> m.Attendance:
    try:
        return m.Attendance(**fields)
    except InvalidModelError:
        # A count printed as the number of names listed may be the names' count only.
        for target in ("absent_with_reason", "absent_without_reason"):
            names = fields.get(f"{target}_names", ())
            if names and fields.get(target) == len(names):
                fields[target] = None
        return m.Attendance(**fields)


def _attendance(
    r: Reader,
) -> tuple[m.Attendance | None, list[tuple[ParticipantRole, list[Any]]]]:
    groups: list[tuple[ParticipantRole, list[Any]]] = []
    fields: dict[str, Any] = {}
    p = r.peek()
    if isinstance(p, Para) and p.text == L.BLANK:
        r.pos += 1
    for q, line in r.bullets():
        r.note("attendance", line, q, "attendance")
        _attendance_line(line, fields, groups)
    p = r.peek()
    if isinstance(p, Para) and p.text == L.ROLL_CALL:
        r.pos += 1
        groups.append((ParticipantRole.DELEGATE, _roll_call(r)))
    if not fields:
        return None, groups
    if "total_delegates" not in fields:
        raise LayoutError("attendance without the total number of delegates")
    return _build_attendance(fields), groups


def _roll_row(
    name: str, title: str | None, unit: str | None, status: AttendanceStatus | None
) -> Callable[[Reader], m.Participant]:
    def make(r: Reader) -> m.Participant:
        return m.Participant(
            id=r.new_id(),
            role=ParticipantRole.DELEGATE,
            person=m.Person(full_name=name),
            title=title,
            organization=unit,
            status=status,
        )

    return make
