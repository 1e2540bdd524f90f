"""Popolo export: people, organizations, memberships, events, motions, vote events, speeches.

The document is one JSON object with a list per Popolo class (``persons``, ``organizations``,
``areas``, ``memberships``, ``events``, ``motions``, ``vote_events``, ``speeches``), each item a
Popolo 1.0 object. Ids are the model's ids where it has them and stable slugs otherwise. Vote
counts use the options ``yes`` (tán thành), ``no`` (không tán thành), ``abstain`` (không biểu
quyết) and ``absent`` (in office, took no part); the result is computed by the vote's rule.
What Popolo cannot hold is listed in the result's warnings (see ``docs/interop.md``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hdnd_model.interop._common import ExportResult, locality, slug, source_links, vote_result
from hdnd_model.interop._notices import notice_popolo
from hdnd_model.model import (
    AdministrativeUnit,
    ConclusionNotice,
    Council,
    Election,
    Meeting,
    Minutes,
    Person,
    Resolution,
    Source,
    VoteTally,
)
from hdnd_model.wording import rule_text

__all__ = ["to_popolo"]

_TZ = "+07:00"


def _when(day: dt.date, time: dt.time | None) -> str:
    if time is None:
        return day.isoformat()
    return f"{day.isoformat()}T{time.strftime('%H:%M')}{_TZ}"


class _Builder:
    """Collects Popolo objects for one record, deduplicating people and areas."""

    def __init__(self) -> None:
        self.persons: dict[Person, dict[str, Any]] = {}
        self.areas: dict[AdministrativeUnit, dict[str, Any]] = {}
        self.out: dict[str, list[dict[str, Any]]] = {
            key: []
            for key in (
                "organizations",
                "memberships",
                "events",
                "motions",
                "vote_events",
                "speeches",
            )
        }
        self.warnings: list[str] = []

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def person(self, person: Person) -> str:
        if person not in self.persons:
            pid = person.id or f"person-{slug(person.full_name)}"
            taken = {p["id"] for p in self.persons.values()}
            base, n = pid, 2
            while pid in taken:
                pid, n = f"{base}-{n}", n + 1
            self.persons[person] = {"id": pid, "name": person.full_name}
        return str(self.persons[person]["id"])

    def area(self, unit: AdministrativeUnit) -> str:
        if unit not in self.areas:
            parent = self.area(unit.parent) if unit.parent is not None else None
            area: dict[str, Any] = {
                "id": f"area-{slug(unit.full_name)}-{locality(unit)}",
                "name": unit.full_name,
                "classification": unit.kind.value,
            }
            if unit.code is not None:
                area["identifier"] = unit.code
            if parent is not None:
                area["parent_id"] = parent
            self.areas[unit] = area
        return str(self.areas[unit]["id"])

    def council(self, council: Council) -> None:
        org: dict[str, Any] = {
            "id": council.id,
            "name": council.name,
            "other_names": [{"name": council.short_name}],
            "classification": "council",
            "area_id": self.area(council.unit),
        }
        if council.unit.code is not None:
            org["identifiers"] = [{"identifier": council.unit.code, "scheme": "vn-gso"}]
        self.out["organizations"].append(org)

    def vote(
        self,
        vote: VoteTally,
        *,
        vote_id: str,
        org_id: str,
        session_id: str,
        text: str,
        resolution: Resolution | None,
    ) -> None:
        motion_id = f"motion-{vote_id}"
        motion: dict[str, Any] = {
            "id": motion_id,
            "organization_id": org_id,
            "legislative_session_id": session_id,
            "text": resolution.title if resolution is not None else (vote.subject or text),
            "requirement": rule_text(vote.rule),
            "result": vote_result(vote),
        }
        if resolution is not None and resolution.number is not None:
            motion["identifier"] = str(resolution.number)
        counts = [] if vote.in_favour is None else [{"option": "yes", "value": vote.in_favour}]
        if vote.against is not None:
            counts.append({"option": "no", "value": vote.against})
        if vote.not_voting is not None:
            counts.append({"option": "abstain", "value": vote.not_voting})
        if vote.not_taking_part is not None:
            counts.append({"option": "absent", "value": vote.not_taking_part})
        else:
            self.warn("vote counts not stated in the record are left out of 'counts'")
        event: dict[str, Any] = {
            "id": vote_id,
            "motion_id": motion_id,
            "organization_id": org_id,
            "legislative_session_id": session_id,
            "result": vote_result(vote),
            "counts": counts,
        }
        if vote.method is not None:
            event["classification"] = vote.method.value
        if vote.present is not None:
            self.warn("the number of delegates present at a vote has no Popolo field")
        self.out["motions"].append(motion)
        self.out["vote_events"].append(event)

    def election(self, election: Election, *, vote_id: str, org_id: str, session_id: str) -> None:
        filled = len(election.elected) == election.seats
        self.out["motions"].append(
            {
                "id": f"motion-{vote_id}",
                "organization_id": org_id,
                "legislative_session_id": session_id,
                "text": f"Bầu {election.office}",
                "classification": "election",
                "requirement": rule_text(election.rule),
                "result": "pass" if filled else "fail",
            }
        )
        self.out["vote_events"].append(
            {
                "id": vote_id,
                "motion_id": f"motion-{vote_id}",
                "organization_id": org_id,
                "legislative_session_id": session_id,
                "classification": "election",
                "result": "pass" if filled else "fail",
                "counts": [
                    {"option": self.person(c.person), "value": c.votes} for c in election.candidates
                ],
            }
        )
        self.warn("election ballots (issued, valid, invalid) and seats have no Popolo field")

    def meeting(self, minutes: Minutes, meeting: Meeting, parent_id: str | None) -> None:
        org_id = next((o.id for o in minutes.organs if o.kind is meeting.organ), minutes.council.id)
        event: dict[str, Any] = {
            "id": meeting.id,
            "name": meeting.title or meeting.kind.label_vi,
            "classification": meeting.kind.value,
            "start_date": _when(meeting.date, meeting.start_time),
            "end_date": _when(meeting.date, meeting.end_time),
            "organization_id": org_id,
        }
        if meeting.location is not None:
            event["location"] = meeting.location
        if parent_id is not None:
            event["parent_id"] = parent_id
        named = [p.person for p in meeting.participants if p.person is not None]
        if named:
            event["attendees"] = [{"id": self.person(p), "name": p.full_name} for p in named]
        if any(p.person is None for p in meeting.participants):
            self.warn("participants known only by title are kept only as speech attribution")
        if meeting.attendance is not None:
            self.warn("attendance counts (present, absent with or without reason) are lost")
        if meeting.conclusions or any(item.conclusion for item in meeting.agenda):
            self.warn("conclusions (kết luận) are lost")
        if meeting.documents or any(item.documents for item in meeting.agenda):
            self.warn("referenced documents are lost (see the OParl export's papers)")
        self.out["events"].append(event)
        session_id = parent_id or meeting.id
        resolutions = {r.id: r for r in minutes.resolutions}
        by_id = {p.id: p for p in meeting.participants}
        position = 0
        for item in meeting.agenda:
            said = [(s.speaker_id, s.text, "speech") for s in item.statements]
            for q in item.questions:
                said.append((q.asker_id, q.question, "question"))
                if q.answer is not None:
                    said.append((q.respondent_id, q.answer, "answer"))
            for speaker_id, text, kind in said:
                position += 1
                speech: dict[str, Any] = {
                    "id": f"{meeting.id}-speech-{position}",
                    "event_id": meeting.id,
                    "title": item.title,
                    "type": kind,
                    "position": position,
                    "text": text,
                }
                speaker = by_id.get(speaker_id) if speaker_id else None
                if speaker is not None:
                    if speaker.person is not None:
                        speech["creator_id"] = self.person(speaker.person)
                    if speaker.title is not None:
                        speech["role"] = speaker.title
                    speech["attribution_text"] = speaker.display_name
                self.out["speeches"].append(speech)
            for j, vote in enumerate(item.votes):
                self.vote(
                    vote,
                    vote_id=vote.id or f"{meeting.id}-item-{item.number}-vote-{j + 1}",
                    org_id=org_id,
                    session_id=session_id,
                    text=item.title,
                    resolution=resolutions.get(vote.resolution_id or ""),
                )
            for j, election in enumerate(item.elections):
                self.election(
                    election,
                    vote_id=election.id or f"{meeting.id}-item-{item.number}-election-{j + 1}",
                    org_id=org_id,
                    session_id=session_id,
                )
            if item.confidence_polls or item.confidence_votes:
                self.warn("confidence polls and confidence votes are lost")

    def minutes(self, minutes: Minutes) -> None:
        council = minutes.council
        self.council(council)
        for organ in minutes.organs:
            org: dict[str, Any] = {
                "id": organ.id,
                "name": organ.display_name,
                "classification": organ.kind.value,
                "parent_id": council.id,
                "area_id": self.area(council.unit),
            }
            if organ.committee is not None:
                org["other_names"] = [{"name": organ.committee.label_vi}]
            self.out["organizations"].append(org)
        for i, m in enumerate(minutes.memberships):
            membership: dict[str, Any] = {
                "id": f"{minutes.id}-membership-{i + 1}",
                "person_id": self.person(m.person),
                "organization_id": m.organ_id,
                "role": m.position.label_vi,
            }
            if m.title is not None:
                membership["label"] = m.title
            if m.start is not None:
                membership["start_date"] = m.start.isoformat()
            if m.end is not None:
                membership["end_date"] = m.end.isoformat()
            self.out["memberships"].append(membership)
        if any(m.full_time is not None for m in minutes.memberships):
            self.warn("whether a position is full-time (chuyên trách) is lost")
        parent_id = None
        if minutes.session is not None:
            session = minutes.session
            parent_id = session.id
            event: dict[str, Any] = {
                "id": session.id,
                "name": f"Kỳ họp thứ {session.number}" if session.number else "Kỳ họp",
                "classification": f"session:{session.kind.value}" if session.kind else "session",
                "organization_id": council.id,
            }
            if session.start_date is not None:
                event["start_date"] = session.start_date.isoformat()
            if session.end_date is not None:
                event["end_date"] = session.end_date.isoformat()
            if session.location is not None:
                event["location"] = session.location
            self.out["events"].append(event)
        for meeting in minutes.meetings:
            self.meeting(minutes, meeting, parent_id)
        self.sources(minutes.sources, self.out["events"])
        voted = {v["motion_id"] for v in self.out["vote_events"]}
        for res in minutes.resolutions:
            self.resolution(res, council.id, parent_id or minutes.id, voted)
        if minutes.term is not None:
            self.warn("the term (nhiệm kỳ, khóa) has no Popolo class; it is lost")
        self.warn("the minutes' own header, number, signatures and recipients are lost")

    def sources(self, sources: tuple[Source, ...], objects: list[dict[str, Any]]) -> None:
        """Put the record's sources on ``objects`` (the Popolo ``sources`` of each)."""
        links = source_links(sources)
        if not links:
            if sources:
                self.warn("sources without a URL (files) are lost")
            return
        for obj in objects:
            obj["sources"] = links
        if len(links) < len(sources):
            self.warn("sources without a URL (files) are lost")

    def resolution(
        self, res: Resolution, org_id: str, session_id: str, voted: set[str] | None = None
    ) -> None:
        vote = res.vote
        vote_id = (vote.id if vote is not None else None) or f"vote-{res.id}"
        if vote is not None and f"motion-{vote_id}" in (voted or set()):
            return
        if vote is not None:
            self.vote(
                vote,
                vote_id=vote_id,
                org_id=org_id,
                session_id=session_id,
                text=res.title,
                resolution=res,
            )
            return
        motion: dict[str, Any] = {
            "id": f"motion-{vote_id}",
            "organization_id": org_id,
            "legislative_session_id": session_id,
            "text": res.title,
            "classification": res.nature.value,
        }
        if res.number is not None:
            motion["identifier"] = str(res.number)
        self.out["motions"].append(motion)

    def document(self) -> dict[str, Any]:
        return {
            "persons": list(self.persons.values()),
            "organizations": self.out["organizations"],
            "areas": list(self.areas.values()),
            "memberships": self.out["memberships"],
            "events": self.out["events"],
            "motions": self.out["motions"],
            "vote_events": self.out["vote_events"],
            "speeches": self.out["speeches"],
        }


def to_popolo(record: Minutes | Resolution | ConclusionNotice) -> ExportResult:
    """The Popolo document of a record (minutes, or a single resolution).

    Args:
        record: the minutes to export, or a resolution on its own.

    Returns:
        The document, a dict of lists of Popolo objects, and the warnings.
    """
    builder = _Builder()
    if isinstance(record, Minutes):
        builder.minutes(record)
    elif isinstance(record, ConclusionNotice):
        builder.council(record.council)
        builder.out["events"].append(notice_popolo(record))
        builder.warn("a notice's conclusions have no Popolo class; they are lost")
    else:
        org_id = record.council_id or "council"
        builder.resolution(record, org_id, record.session_id or record.id)
        builder.sources(record.sources, builder.out["motions"] + builder.out["vote_events"])
        builder.warn("a resolution's signer and dates of adoption and effect are lost")
    return ExportResult(
        target="popolo", content=builder.document(), warnings=tuple(builder.warnings)
    )
