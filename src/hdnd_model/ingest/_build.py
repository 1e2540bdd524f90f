"""Building the draft model record from the facts, with nothing filled from a default.

The record is the largest model object the stated facts allow: :class:`Minutes` when the
council and the date are stated, the :class:`Meeting` alone when only the date is, a
:class:`Resolution` for a resolution. What the model cannot hold without a guess is reported
as a warning and stays in the draft.
"""

from __future__ import annotations

import re
from typing import Any

from hdnd_model import model as m
from hdnd_model.errors import InvalidModelError
from hdnd_model.ingest._result import Draft, PersonFact
from hdnd_model.model.vocab import (
    AgendaItemKind,
    DocumentKind,
    MeetingKind,
    NumberForm,
    OrganKind,
    ParticipantRole,
    ResolutionNature,
    SessionKind,
    SessionTiming,
    UnitKind,
)
from hdnd_model.vn import fold_key

__all__ = ["build_record"]

_UNIT_KINDS = {
    "tỉnh": UnitKind.PROVINCE,
    "quận": UnitKind.URBAN_DISTRICT,
    "huyện": UnitKind.RURAL_DISTRICT,
    "thị xã": UnitKind.DISTRICT_TOWN,
    "xã": UnitKind.COMMUNE,
    "phường": UnitKind.WARD,
    "thị trấn": UnitKind.TOWNSHIP,
    "đặc khu": UnitKind.SPECIAL_ZONE,
}
_ROLES = {
    "chair": ParticipantRole.CHAIR,
    "co_chair": ParticipantRole.CO_CHAIR,
    "secretary": ParticipantRole.SECRETARY,
    "participant": ParticipantRole.ATTENDEE,
    "signer": ParticipantRole.ATTENDEE,
}
_SESSION_KINDS = {
    "first_session": (SessionKind.FIRST, None),
    "regular_mid_year": (SessionKind.REGULAR, SessionTiming.MID_YEAR),
    "regular_year_end": (SessionKind.REGULAR, SessionTiming.YEAR_END),
    "thematic": (SessionKind.THEMATIC, None),
    "extraordinary": (SessionKind.EXTRAORDINARY, None),
}
_MEETING_KINDS = {k.value: k for k in MeetingKind}
_STANDING_ORGANS = {"standing", "standing_monthly", "explanation"}


def _slug(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "-", fold_key(text).encode("ascii", "ignore").decode()).strip("-")


def _participants(people: tuple[PersonFact, ...], with_signer: bool) -> tuple[m.Participant, ...]:
    return tuple(
        m.Participant(
            id=f"p{i + 1}",
            role=_ROLES[p.role],
            person=m.Person(full_name=p.name),
            title=p.title,
        )
        for i, p in enumerate(people)
        if with_signer or p.role != "signer"
    )


def _number(text: str | None) -> m.DocumentNumber | None:
    if text is None:
        return None
    try:
        return m.DocumentNumber.parse(text)
    except InvalidModelError:
        return None


def _resolution(draft: Draft, notes: list[str]) -> m.Resolution | None:
    if not draft.resolutions:
        notes.append("no record: the resolution's title is not found")
        return None
    fact = draft.resolutions[0]
    number = _number(fact.number)
    if number is not None and number.document_kind is not DocumentKind.RESOLUTION:
        number = None
    nature = ResolutionNature.INDIVIDUAL
    if number is not None and number.form is NumberForm.NORMATIVE:
        nature = ResolutionNature.NORMATIVE
    signers = [p for p in draft.people if p.role == "signer"]
    signer = None
    if signers:
        signer = m.Signature(
            person=m.Person(full_name=signers[0].name),
            title=(signers[0].title or "").upper() or "CHỦ TỊCH",
        )
    return m.Resolution(
        id=f"nq-{_slug(fact.number or fact.title)[:40]}",
        title=fact.title,
        nature=nature,
        number=number,
        adopted_on=draft.date,
        signer=signer,
    )


def _document_refs(draft: Draft, notes: list[str]) -> tuple[m.DocumentRef, ...]:
    refs: list[m.DocumentRef] = []
    for text in draft.documents:
        number = _number(text)
        if number is None:
            notes.append(f"document {text} is kept in the draft only: its number is not valid")
            continue
        # The kind stays empty unless the text states it; the number's abbreviation still
        # tells it through DocumentRef.effective_kind.
        refs.append(m.DocumentRef(number=number))
    return tuple(refs)


def _polls(draft: Draft, notes: list[str]) -> tuple[m.ConfidencePoll, ...]:
    entries: list[m.ConfidencePollEntry] = []
    total = None
    valid: set[int] = set()
    for vote in draft.votes:
        counts = dict(vote.counts)
        if (
            vote.person is None
            or not {
                "high_confidence",
                "confidence",
                "low_confidence",
            }
            <= counts.keys()
        ):
            notes.append(f"the ballot for {vote.person or vote.subject} is kept in the draft only")
            continue
        total = total or vote.total_delegates
        if "valid_ballots" in counts:
            valid.add(counts["valid_ballots"])
        entries.append(
            m.ConfidencePollEntry(
                person=m.Person(full_name=vote.person),
                office=vote.title or vote.subject,
                high=counts["high_confidence"],
                confident=counts["confidence"],
                low=counts["low_confidence"],
            )
        )
    if not entries:
        return ()
    if total is None:
        notes.append("the confidence poll is kept in the draft only: the total is not stated")
        return ()
    ballots = m.Ballots(valid=valid.pop()) if len(valid) == 1 else m.Ballots()
    return (m.ConfidencePoll(total_delegates=total, entries=tuple(entries), ballots=ballots),)


def _meeting(draft: Draft, notes: list[str]) -> m.Meeting | None:
    if draft.date is None:
        notes.append("no record: the date of the meeting is not stated")
        return None
    kind = _MEETING_KINDS.get(draft.meeting_kind or "", MeetingKind.OTHER)
    organ = (
        OrganKind.STANDING_COMMITTEE
        if draft.meeting_kind in _STANDING_ORGANS
        else (OrganKind.COUNCIL)
    )
    items = [m.AgendaItem(number=i + 1, title=t) for i, t in enumerate(draft.agenda)]
    polls = _polls(draft, notes)
    if polls:
        items.append(
            m.AgendaItem(
                number=len(items) + 1,
                title="Lấy phiếu tín nhiệm",
                kind=AgendaItemKind.CONFIDENCE,
                confidence_polls=polls,
            )
        )
    if draft.resolutions:
        notes.append(
            "resolutions adopted are kept in the draft: a meeting record holds them "
            "only as votes with a stated total of delegates"
        )
    attendance = None
    if draft.total_delegates is not None:
        attendance = _attendance(draft, notes)
    return m.Meeting(
        id=f"meeting-{draft.date.isoformat()}",
        kind=kind,
        organ=organ,
        date=draft.date,
        number=draft.session_number if organ is OrganKind.STANDING_COMMITTEE else None,
        participants=_participants(draft.people, with_signer=False),
        attendance=attendance,
        agenda=tuple(items),
        conclusions=draft.conclusions,
        documents=_document_refs(draft, notes),
    )


def _council(draft: Draft, notes: list[str]) -> m.Council | None:
    unit_kind = _UNIT_KINDS.get(draft.unit_type or "")
    if draft.unit_type == "thành phố" and draft.level:
        unit_kind = (
            UnitKind.CENTRAL_CITY if draft.level == "province" else (UnitKind.PROVINCIAL_CITY)
        )
    if unit_kind is None or not draft.unit_name:
        notes.append("the council is not named in full: the record is the meeting alone")
        return None
    unit = m.AdministrativeUnit(kind=unit_kind, name=draft.unit_name)
    return m.Council(id=f"hdnd-{_slug(unit.full_name)}", unit=unit)


def build_record(draft: Draft, source: str) -> tuple[Any, list[str]]:
    """The draft model record and the notes on what it could not hold.

    A record that can name its sources (minutes, a resolution) names the one it was read from:
    its file or URL, and for minutes read from a post the post's headline as written (a
    resolution's first lines are its header, not a title); nothing the text does not state.

    Returns:
        ``(record or None, notes)``.
    """
    record, notes = _record(draft)
    if isinstance(record, m.Minutes | m.Resolution) and not _UNNAMED.fullmatch(source):
        title = draft.headline if isinstance(record, m.Minutes) else None
        record = m.with_sources(record, m.Source.at(source, title=title))
    return record, notes


#: The labels the importers give a source that has no name (``<bytes>``, ``<text>``).
_UNNAMED = re.compile(r"<[a-z]+>")


def _record(draft: Draft) -> tuple[Any, list[str]]:
    notes: list[str] = []
    try:
        if draft.kind == "resolution":
            return _resolution(draft, notes), notes
        if draft.kind in (None, "minutes_template", "announcement"):
            notes.append(f"no record for a {draft.kind or 'text of unknown kind'}")
            return None, notes
        meeting = _meeting(draft, notes)
    except InvalidModelError as error:
        notes.append(f"no record: the facts read do not make a valid one ({error})")
        return None, notes
    if meeting is None:
        return None, notes
    try:
        council = _council(draft, notes)
        if council is None:
            return meeting, notes
        return _minutes(draft, council, meeting, notes), notes
    except InvalidModelError as error:
        notes.append(f"the record is the meeting alone: {error}")
        return meeting, notes


def _minutes(draft: Draft, council: m.Council, meeting: m.Meeting, notes: list[str]) -> m.Minutes:
    term = None
    if draft.period:
        first, last = (int(y) for y in draft.period.split("-"))
        term = m.Term(
            id=f"{council.id}-{draft.period}",
            council_id=council.id,
            first_year=first,
            last_year=last,
            khoa=draft.khoa,
        )
    elif draft.khoa is not None:
        notes.append("the khóa is kept in the draft only: a Term needs its years")
    record_id = f"{council.id}-{meeting.date.isoformat()}"
    kind, timing = _SESSION_KINDS.get(draft.session_kind or "", (None, None))
    if draft.session_number and meeting.organ is OrganKind.COUNCIL:
        sittings = (meeting,) if meeting.kind.is_sitting else ()
        session = m.Session(
            id=f"{record_id}-session",
            council_id=council.id,
            term_id=term.id if term is not None else None,
            number=draft.session_number,
            kind=kind,
            timing=timing,
            # A session known from one sitting states no dates of its own.
            start_date=meeting.date if draft.end_date or not sittings else None,
            end_date=draft.end_date,
            meetings=sittings,
        )
        return m.Minutes(id=record_id, council=council, term=term, session=session)
    return m.Minutes(id=record_id, council=council, term=term, meeting=meeting)


def _attendance(draft: Draft, notes: list[str]) -> m.Attendance:
    """The attendance stated, the absences too when they fit the total."""
    total = draft.total_delegates or 0
    absent = (draft.absent_with_reason, draft.absent_without_reason)
    counted = (draft.present or 0) + sum(a or 0 for a in absent)
    if counted > total:
        notes.append(
            f"the absences read do not fit the {total} delegates: they are kept in the draft only"
        )
        absent = (None, None)
    return m.Attendance(
        total_delegates=total,
        present=draft.present,
        absent_with_reason=absent[0],
        absent_without_reason=absent[1],
    )
