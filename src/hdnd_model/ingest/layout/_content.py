"""The content of minutes: what a reader of the written minutes can know, as plain data.

:func:`minutes_content` projects a :class:`~hdnd_model.Minutes` onto the facts its Decree 30
layout states, in the form the layout states them: people as written (``name, title``), dates
as ISO strings, counts as integers, outcomes as the model computes them. Ids, enum values that
print alike and anything the layout does not print are left out (``docs/import.md``, *Minutes
content*). Importing what the renderer wrote, with any :class:`~hdnd_model.render.RenderOptions`,
gives back the same content: what the options change (a roll-call table or a list) is how a
fact is set, not the fact.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hdnd_model.model.documents import DocumentRef
from hdnd_model.model.meetings import AgendaItem, Meeting
from hdnd_model.model.minutes import Minutes
from hdnd_model.model.people import Attendance, Participant, Person
from hdnd_model.model.resolutions import Resolution, Signature
from hdnd_model.model.vocab import MeetingMode, ParticipantRole
from hdnd_model.model.votes import Ballots, ConfidencePoll, ConfidenceVote, Election, VoteTally
from hdnd_model.wording import (
    LABELS,
    bullet_text,
    candidate_text,
    chair_text,
    confidence_entry_text,
    delegate_text,
    header_bodies,
    mid_sentence,
    person_text,
    recipient_text,
    rule_text,
    sitting_name,
    statement_text,
    summary_of,
    without_about,
)

__all__ = ["minutes_content"]

_CHAIRS = (ParticipantRole.CONVENOR, ParticipantRole.CHAIR, ParticipantRole.CO_CHAIR)
_SPEAKERS = (ParticipantRole.PRESENTER, ParticipantRole.RESPONDENT)
_TELLERS = (
    ParticipantRole.TELLER_HEAD,
    ParticipantRole.TELLER_SECRETARY,
    ParticipantRole.TELLER,
)


def _iso(value: dt.date | dt.time | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0).isoformat(timespec="minutes")
    return value.isoformat()


def _people(minutes: Minutes, *roles: ParticipantRole) -> list[Participant]:
    return list(minutes.participants(*roles))


def _written(people: list[Participant], how: Any = person_text) -> list[str]:
    """People as a list prints them: each written form once."""
    return list(dict.fromkeys(how(p) for p in people))


def _header(minutes: Minutes) -> dict[str, list[str]]:
    parent, issuer = header_bodies(minutes)
    return {"parent_body": list(parent), "issuer": list(issuer)}


def _attendance(att: Attendance | None) -> dict[str, Any] | None:
    if att is None:
        return None

    def absent(count: int | None, names: tuple[Person, ...]) -> dict[str, Any] | None:
        if count is None and not names:
            return None
        return {
            "count": count if count is not None else len(names),
            "names": [p.full_name for p in names],
        }

    return {
        "total": att.total_delegates,
        "present": att.present,
        "online": (att.online or None) if att.present is not None else None,
        "absent_with_reason": absent(att.absent_with_reason, att.absent_with_reason_names),
        "absent_without_reason": absent(att.absent_without_reason, att.absent_without_reason_names),
    }


def document_content(doc: DocumentRef) -> dict[str, Any]:
    """A document reference as written: kind, number, date, issuer and subject."""
    title = doc.title
    if title is not None and not title.casefold().startswith(doc.label_vi.casefold() + " "):
        title = without_about(title)
    return {
        "kind": doc.label_vi,
        "number": str(doc.number) if doc.number is not None else None,
        "date": _iso(doc.date),
        "issuer": doc.issuer_name,
        "title": title,
    }


def _vote(tally: VoteTally, resolutions: dict[str, Resolution]) -> dict[str, Any]:
    res = resolutions.get(tally.resolution_id or "")
    return {
        "subject": _subject(tally.subject or (res.title if res is not None else None)),
        "method": tally.method.label_vi if tally.method is not None else None,
        "in_favour": tally.in_favour,
        "against": tally.against,
        "not_voting": tally.not_voting,
        "total": tally.total_delegates,
        "rule": rule_text(tally.rule),
        "passed": tally.passed,
    }


def _ballots(b: Ballots) -> list[int | None]:
    return [b.issued, b.returned, b.valid, b.invalid]


def _election(e: Election) -> dict[str, Any]:
    elected = e.elected
    return {
        "office": e.office,
        "seats": e.seats,
        "total": e.total_delegates,
        "ballots": _ballots(e.ballots),
        "candidates": [
            [c.person.full_name, c.votes, c.person in elected, candidate_text(e, c)]
            for c in e.candidates
        ],
        "new_round": e.needs_new_round,
    }


def _poll(poll: ConfidencePoll) -> dict[str, Any]:
    entries = []
    for e in poll.entries:
        flag = None
        if poll.requires_confidence_vote(e):
            flag = "requires_confidence_vote"
        elif poll.may_resign(e):
            flag = "may_resign"
        entries.append([e.person.full_name, e.office, e.high, e.confident, e.low, flag])
    return {"total": poll.total_delegates, "ballots": _ballots(poll.ballots), "entries": entries}


def _confidence(vote: ConfidenceVote) -> dict[str, Any]:
    return {
        "total": vote.total_delegates,
        "ballots": _ballots(vote.ballots),
        "entries": [
            [e.person.full_name, e.office, e.trust, e.no_trust, confidence_entry_text(vote, e)]
            for e in vote.entries
        ],
    }


def _item(item: AgendaItem, meeting: Meeting, resolutions: dict[str, Resolution]) -> Any:
    def who(pid: str | None) -> str | None:
        return None if pid is None else person_text(meeting.participant(pid))

    return {
        "number": item.number,
        "title": item.title,
        "documents": [document_content(d) for d in item.documents],
        "presenters": [who(p) for p in item.presenter_ids],
        "statements": [bullet_text(statement_text(s, meeting)) for s in item.statements],
        "questions": [
            [
                who(q.asker_id),
                q.topic if q.asker_id is not None else None,
                q.question,
                who(q.respondent_id) if q.answer else None,
                q.answer,
            ]
            for q in item.questions
        ],
        "votes": [_vote(t, resolutions) for t in item.votes],
        "elections": [_election(e) for e in item.elections],
        "confidence_polls": [_poll(p) for p in item.confidence_polls],
        "confidence_votes": [_confidence(v) for v in item.confidence_votes],
        "conclusion": item.conclusion,
    }


def _sittings(minutes: Minutes) -> list[dict[str, Any]]:
    resolutions = {r.id: r for r in minutes.resolutions}
    several = len(minutes.meetings) > 1
    out = []
    for i, meeting in enumerate(minutes.meetings or ()):
        later = several and i > 0
        out.append(
            {
                "heading": sitting_name(meeting) if several else None,
                "attendance": _attendance(meeting.attendance) if later else None,
                "date": _iso(meeting.date) if several else None,
                "start_time": _iso(meeting.start_time) if several else None,
                "agenda": [_item(i, meeting, resolutions) for i in meeting.agenda],
                "conclusions": [bullet_text(c) for c in meeting.conclusions],
                "documents": [document_content(d) for d in meeting.documents],
            }
        )
    if len(out) == 1 and not (out[0]["agenda"] or out[0]["conclusions"] or out[0]["documents"]):
        return []  # one sitting with nothing under it reads as no sitting
    return out


def _subject(text: str | None) -> str | None:
    return mid_sentence(text) if text is not None else None


def _signature(sig: Signature | None, fallback: Participant | None) -> dict[str, Any]:
    if sig is None:
        name = fallback.person.full_name if fallback and fallback.person else None
        return {"authority": None, "on_behalf_of": None, "title": None, "name": name}
    return {
        "authority": sig.authority.label_vi or None if sig.on_behalf_of else None,
        "on_behalf_of": sig.on_behalf_of.upper() if sig.on_behalf_of else None,
        "title": sig.title.upper(),
        "name": sig.person.full_name,
    }


def _default_heading(block: dict[str, Any], heading: str) -> dict[str, Any]:
    """A signature titled exactly as the default heading reads as the default heading."""
    if block["title"] == heading and block["on_behalf_of"] is None:
        return {**block, "title": None}
    return block


def minutes_content(minutes: Minutes) -> dict[str, Any]:
    """The content of ``minutes`` that its written form states, as plain, comparable data.

    Importing a DOCX written by :func:`hdnd_model.render_minutes` gives a record with the same
    content. The keys and what each holds are listed in ``docs/import.md`` (*Minutes content*).

    Returns:
        A dict of strings, integers, booleans, ``None`` and lists or dicts of them.
    """
    meetings = minutes.meetings
    first = meetings[0] if meetings else None
    last = meetings[-1] if meetings else None
    unit = minutes.council.unit
    place = first.location if first is not None else None
    place = place or (minutes.session.location if minutes.session is not None else None)
    attendance = meetings[0].attendance if meetings else None
    secretaries = _people(minutes, ParticipantRole.SECRETARY)
    chairs = _people(minutes, ParticipantRole.CHAIR)
    resolutions = [
        {
            "number": str(r.number) if r.number is not None else None,
            "title": mid_sentence(r.title),
            "in_favour": r.vote.in_favour if r.vote is not None else None,
            "total": r.vote.total_delegates if r.vote is not None else None,
        }
        for r in minutes.resolutions
    ]
    return {
        "kind": "session" if minutes.session is not None else "meeting",
        "council": {
            "unit_kind": unit.kind.short_label_vi,
            "unit_name": unit.name,
            "name": minutes.council.name,
        },
        "header": _header(minutes),
        "number": str(minutes.number) if minutes.number is not None else None,
        "summary": summary_of(minutes),
        "date": _iso(minutes.date or minutes.last_day),
        "first_day": _iso(minutes.first_day),
        "last_day": _iso(minutes.last_day),
        "start_date": _iso(first.date if first is not None else minutes.first_day),
        "start_time": _iso(first.start_time if first is not None else None),
        "end_time": _iso(last.end_time if last is not None else None),
        "place": place,
        "mode": (
            first.mode.label_vi
            if first is not None and first.mode is not MeetingMode.IN_PERSON
            else None
        ),
        "closed": any(m.closed for m in meetings),
        "attendance": _attendance(attendance),
        "attendees": _written(_people(minutes, ParticipantRole.ATTENDEE)),
        "delegates": _written(_people(minutes, ParticipantRole.DELEGATE), delegate_text),
        "guests": _written(_people(minutes, ParticipantRole.GUEST)),
        "speakers": _written(_people(minutes, *_SPEAKERS)),
        "chairs": _written(_people(minutes, *_CHAIRS), chair_text),
        "secretaries": _written(secretaries),
        "tellers": _written(_people(minutes, *_TELLERS)),
        "sittings": _sittings(minutes),
        "resolutions": resolutions,
        "signatures": {
            "secretary": _default_heading(
                _signature(minutes.secretary, secretaries[0] if secretaries else None),
                LABELS.SECRETARY,
            ),
            "chair": _default_heading(
                _signature(minutes.chair, chairs[0] if chairs else None), LABELS.CHAIR
            ),
        },
        "recipients": [recipient_text(r) for r in minutes.recipients],
        "filing": minutes.filing.strip().rstrip("."),
    }
