"""OParl 1.1 export: System, Body, LegislativeTerm, Organization, Person, Meeting, Paper.

Every object gets a stable URL id under the base URL the caller gives (``{base}/meeting/{id}``);
list URLs of the Body (``{base}/body/{council}/meetings`` ...) are where a server would page the
lists, which the export carries inline under the keys ``organization``, ``person``,
``meeting`` (agenda items embedded) and ``paper`` (consultations embedded). Memberships are
embedded in their Person, as OParl recommends. OParl has no place for vote counts: they go into
the agenda item's ``result`` in Vietnamese, and the loss is a warning.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import quote

from hdnd_model.interop._common import ExportResult, election_text_vi, tally_text_vi
from hdnd_model.interop._notices import notice_paper
from hdnd_model.model import (
    ConclusionNotice,
    DocumentRef,
    Meeting,
    Minutes,
    Person,
    Resolution,
    Source,
)
from hdnd_model.model.vocab import OrganKind
from hdnd_model.vn import to_roman

__all__ = ["DEFAULT_BASE_URL", "to_oparl"]

DEFAULT_BASE_URL = "https://hdnd.invalid/oparl"
_SCHEMA = "https://schema.oparl.org/1.1/"
_TZ = "+07:00"


def _moment(day: dt.date, time: dt.time | None) -> str:
    clock = time.strftime("%H:%M:%S") if time is not None else "00:00:00"
    return f"{day.isoformat()}T{clock}{_TZ}"


class _Builder:
    def __init__(self, base: str) -> None:
        self.base = base.rstrip("/")
        self.persons: dict[Person, dict[str, Any]] = {}
        self.papers: dict[object, dict[str, Any]] = {}
        self.warnings: list[str] = []

    def url(self, kind: str, *parts: str) -> str:
        return "/".join([self.base, kind, *(quote(p, safe="") for p in parts)])

    def obj(self, kind: str, *parts: str) -> dict[str, Any]:
        return {"id": self.url(kind.lower(), *parts), "type": _SCHEMA + kind}

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def person(self, person: Person, body: str) -> str:
        if person not in self.persons:
            key = person.id or person.full_name
            obj = self.obj("Person", key)
            taken = {p["id"] for p in self.persons.values()}
            n = 2
            while obj["id"] in taken:
                obj = self.obj("Person", f"{key}-{n}")
                n += 1
            obj.update(body=body, name=person.full_name, membership=[])
            self.persons[person] = obj
        return str(self.persons[person]["id"])

    def web(self, obj: dict[str, Any], sources: tuple[Source, ...]) -> None:
        """Set ``web`` (the object as a web page) to the first source that has a URL."""
        urls = [s.url for s in sources if s.url is not None]
        if urls:
            obj["web"] = urls[0]
        if len(urls) > 1 or len(urls) < len(sources):
            self.warn("only the first source with a URL is kept (as web); the others are lost")

    def paper(self, ref: DocumentRef | Resolution, body: str) -> dict[str, Any]:
        if ref not in self.papers:
            if isinstance(ref, Resolution):
                obj = self.obj("Paper", ref.id)
                obj.update(body=body, name=ref.title, paperType="Nghị quyết")
                day = ref.adopted_on
            else:
                obj = self.obj("Paper", f"doc-{len(self.papers) + 1}")
                obj.update(body=body, name=ref.title or ref.label_vi)
                obj["paperType"] = ref.label_vi
                day = ref.date
                if ref.issuer_name is not None:
                    self.warn("the issuer of a referenced document is kept only in its name")
                    obj["name"] = f"{obj['name']} ({ref.issuer_name})"
            if isinstance(ref, Resolution):
                self.web(obj, ref.sources)
            if ref.number is not None:
                obj["reference"] = str(ref.number)
            if day is not None:
                obj["date"] = day.isoformat()
            self.papers[ref] = obj
        return self.papers[ref]

    def consult(self, paper: dict[str, Any], meeting: str, item: str | None, role: str) -> None:
        consultation = self.obj("Consultation", f"{paper['id'].rsplit('/', 1)[-1]}-{meeting}")
        consultation["id"] += f"-{len(paper.get('consultation', [])) + 1}"
        consultation.update(paper=paper["id"], meeting=self.url("meeting", meeting), role=role)
        if item is not None:
            consultation["agendaItem"] = item
        paper.setdefault("consultation", []).append(consultation)

    def meeting(self, minutes: Minutes, meeting: Meeting, body: str) -> dict[str, Any]:
        obj = self.obj("Meeting", meeting.id)
        obj["name"] = meeting.title or meeting.kind.label_vi
        obj["start"] = _moment(meeting.date, meeting.start_time)
        obj["end"] = _moment(meeting.date, meeting.end_time or meeting.start_time)
        if meeting.start_time is None:
            self.warn("a meeting without a recorded time starts at 00:00 (+07:00)")
        if meeting.location is not None:
            location = self.obj("Location", meeting.id)
            location["description"] = meeting.location
            obj["location"] = location
        obj["organization"] = [
            self.url("organization", o.id) for o in minutes.organs if o.kind is meeting.organ
        ]
        obj["participant"] = [
            self.person(p.person, body) for p in meeting.participants if p.person is not None
        ]
        if any(p.person is None for p in meeting.participants):
            self.warn("participants known only by title have no OParl Person; they are lost")
        if meeting.attendance is not None:
            self.warn("attendance counts are lost")
        if meeting.conclusions:
            self.warn("the meeting's closing conclusions are lost")
        by_resolution = {r.id: r for r in minutes.resolutions}
        items = []
        for order, item in enumerate(meeting.agenda):
            agenda = self.obj("AgendaItem", meeting.id, str(item.number))
            agenda.update(meeting=obj["id"], number=str(item.number), order=order, name=item.title)
            agenda["public"] = not meeting.closed
            results = [tally_text_vi(v) for v in item.votes]
            results += [election_text_vi(e) for e in item.elections]
            if results:
                agenda["result"] = " ".join(results)
                self.warn("vote tallies are written in Vietnamese into AgendaItem.result")
            if item.confidence_polls or item.confidence_votes:
                self.warn("confidence polls and confidence votes are lost")
            if item.conclusion is not None:
                agenda["resolutionText"] = item.conclusion
            if item.statements or item.questions:
                self.warn("statements, questions and answers have no OParl class; they are lost")
            if item.presenter_ids:
                self.warn("presenters of agenda items are lost")
            for ref in item.documents:
                self.consult(self.paper(ref, body), meeting.id, agenda["id"], item.kind.label_vi)
            for vote in item.votes:
                res = by_resolution.get(vote.resolution_id or "")
                if res is not None:
                    self.consult(self.paper(res, body), meeting.id, agenda["id"], "biểu quyết")
            items.append(agenda)
        for ref in meeting.documents:
            self.consult(self.paper(ref, body), meeting.id, None, "tham chiếu")
        obj["agendaItem"] = items
        return obj

    def organizations(
        self, minutes: Minutes, body: str, body_obj: dict[str, Any]
    ) -> list[dict[str, Any]]:
        main = next((o for o in minutes.organs if o.kind is OrganKind.COUNCIL), None)
        organizations = []
        for organ in minutes.organs:
            org = self.obj("Organization", organ.id)
            org.update(body=body, name=organ.display_name, classification=organ.kind.value)
            org["organizationType"] = organ.kind.label_vi
            if main is not None and organ is not main:
                org["subOrganizationOf"] = self.url("organization", main.id)
            org["membership"] = []
            organizations.append(org)
        if main is not None:
            body_obj["mainOrganization"] = self.url("organization", main.id)
        orgs_by_id = {o["id"]: o for o in organizations}
        for i, m in enumerate(minutes.memberships):
            ms = self.obj("Membership", f"{minutes.id}-{i + 1}")
            ms.update(
                person=self.person(m.person, body),
                organization=self.url("organization", m.organ_id),
                role=m.position.label_vi,
            )
            if m.title is not None or m.full_time is not None:
                self.warn("a membership's title as written and full-time status are lost")
            if m.start is not None:
                ms["startDate"] = m.start.isoformat()
            if m.end is not None:
                ms["endDate"] = m.end.isoformat()
            self.persons[m.person]["membership"].append(ms)
            orgs_by_id[ms["organization"]]["membership"].append(ms["id"])
        return organizations

    def build(self, minutes: Minutes) -> dict[str, Any]:
        council = minutes.council
        body = self.url("body", council.id)
        system = self.obj("System", "")
        system["id"] = self.url("system")
        system.update(oparlVersion=_SCHEMA, body=self.url("bodies"), name=council.name)
        body_obj = self.obj("Body", council.id)
        body_obj["id"] = body
        body_obj.update(system=system["id"], name=council.name, shortName=council.short_name)
        for key in ("organization", "person", "meeting", "paper", "membership", "agendaItem"):
            body_obj[key] = f"{body}/{key.lower()}s"
        body_obj["classification"] = council.unit.kind.label_vi
        terms = []
        if minutes.term is not None:
            term = minutes.term
            t = self.obj("LegislativeTerm", term.id)
            name = f"Nhiệm kỳ {term.label}"
            if term.khoa is not None:
                name = f"Khóa {to_roman(term.khoa)}, {name.lower()}"
            t.update(body=body, name=name)
            if term.start_date is not None:
                t["startDate"] = term.start_date.isoformat()
            if term.end_date is not None:
                t["endDate"] = term.end_date.isoformat()
            terms.append(t)
        body_obj["legislativeTerm"] = terms
        organizations = self.organizations(minutes, body, body_obj)
        meetings = [self.meeting(minutes, m, body) for m in minutes.meetings]
        for meeting in meetings:
            self.web(meeting, minutes.sources)
        for res in minutes.resolutions:
            self.paper(res, body)
        if minutes.session is not None:
            self.warn("the session (kỳ họp) has no OParl class; its sittings are Meetings")
        if minutes.resolutions and any(r.signer for r in minutes.resolutions):
            self.warn("resolution signers and dates of effect are lost")
        self.warn("the minutes' own header, number, signatures and recipients are lost")
        return {
            "system": system,
            "body": body_obj,
            "organization": organizations,
            "person": list(self.persons.values()),
            "meeting": meetings,
            "paper": list(self.papers.values()),
        }


def to_oparl(
    record: Minutes | Resolution | ConclusionNotice, *, base_url: str | None = None
) -> ExportResult:
    """The OParl 1.1 objects of a record, with URL ids under ``base_url``.

    Args:
        record: the minutes to export, or a resolution on its own (one Paper).
        base_url: the URL the objects will be served under; a placeholder when None.

    Returns:
        The objects, keyed ``system``, ``body``, ``organization``, ``person``, ``meeting``,
        ``paper`` (a resolution alone gives ``{"paper": [...]}``), and the warnings.
    """
    builder = _Builder(base_url or DEFAULT_BASE_URL)
    if base_url is None:
        builder.warn(f"no base URL given; ids use the placeholder {DEFAULT_BASE_URL}")
    if isinstance(record, Minutes):
        content = builder.build(record)
    elif isinstance(record, ConclusionNotice):
        body = builder.url("body", record.council.id)
        content = {"paper": [notice_paper(record, builder.obj("Paper", record.id), body)]}
        builder.warn("a notice's conclusions, signer and recipients are lost")
    else:
        body = builder.url("body", record.council_id or "council")
        content = {"paper": [builder.paper(record, body)]}
        builder.warn("a resolution's vote, signer and date of effect are lost")
    return ExportResult(target="oparl", content=content, warnings=tuple(builder.warnings))
