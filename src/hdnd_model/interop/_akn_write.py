"""Writing Akoma Ntoso 3.0: minutes as a ``debate``, resolutions as ``statement`` documents.

What the markup holds and the reader takes back from it: every meeting's agenda items
(``debateSection`` with ``num`` and ``heading``), statements (``speech``), questions and answers
(``question`` / ``answer``), item conclusions (``summary``), closing conclusions, attendance
counts (``quorumVerification``) and vote counts (``voting``). Everything else of the record is
in ``meta/proprietary`` (see :mod:`hdnd_model.interop._akn_xml`), so the round trip is exact.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from hdnd_model.interop._akn_act import act_content
from hdnd_model.interop._akn_xml import a, akoma_ntoso, encode_plain, sub
from hdnd_model.interop._common import election_text_vi, locality, slug, tally_text_vi
from hdnd_model.interop._plain import to_plain
from hdnd_model.model import (
    AgendaItem,
    Council,
    Meeting,
    Minutes,
    Resolution,
    Source,
    VoteTally,
)
from hdnd_model.vn import format_date, to_roman

__all__ = [
    "ATTENDANCE_FIELDS",
    "SOURCE",
    "UNATTRIBUTED",
    "VOTE_FIELDS",
    "meeting_plains",
    "minutes_to_akn",
    "resolution_to_akn",
]

SOURCE = "hdnd-model"
UNATTRIBUTED = "unattributed"
VOTE_FIELDS = ("in_favour", "against", "not_voting", "present", "total_delegates")
ATTENDANCE_FIELDS = (
    "total_delegates",
    "present",
    "absent_with_reason",
    "absent_without_reason",
    "online",
)
_DATE_NAMES = {
    "FRBRWork": "ngay-van-ban",
    "FRBRExpression": "ngay-van-ban",
    "FRBRManifestation": "ngay-xuat-ban",
}
_CONCEPTS = {
    "passed": "thông qua",
    "rejected": "không thông qua",
    "in_favour": "tán thành",
    "against": "không tán thành",
    "not_voting": "không biểu quyết",
    "present": "có mặt",
    "total_delegates": "tổng số đại biểu",
    "absent_with_reason": "vắng mặt có lý do",
    "absent_without_reason": "vắng mặt không lý do",
    "online": "trực tuyến",
    "candidate_votes": "số phiếu bầu",
    "conclusion": "kết luận",
}


def meeting_plains(plain: dict[str, Any]) -> list[dict[str, Any]]:
    """The plain trees of the recorded meetings, in order, inside the record's tree."""
    if "session" in plain and plain["session"] is not None:
        meetings: list[dict[str, Any]] = plain["session"].get("meetings", [])
        return meetings
    return [plain["meeting"]]


def _actor(council_id: str, council: Council | None) -> str:
    return slug(council.short_name) if council is not None else slug(council_id)


def _identification(
    meta: etree._Element,
    *,
    doc: str,
    subtype: str,
    uri_parts: tuple[str, str, str, str],
    sources: tuple[Source, ...] = (),
) -> None:
    country, actor, day, number = uri_parts
    work = f"/akn/{country}/{doc}/{subtype}/{actor}/{day}/{number}"
    expression = f"{work}/vie@"
    ident = sub(meta, "identification", source=f"#{SOURCE}")
    levels = (
        ("FRBRWork", work, work),
        ("FRBRExpression", expression, expression),
        ("FRBRManifestation", f"{expression}/!main.xml", f"{expression}.akn"),
    )
    for tag, this, uri in levels:
        level = sub(ident, tag)
        sub(level, "FRBRthis", value=this)
        sub(level, "FRBRuri", value=uri)
        manifestation = tag == "FRBRManifestation"
        for source in sources if manifestation else ():
            if source.url is not None:
                sub(level, "FRBRalias", value=source.url, name="nguon")
        sub(level, "FRBRdate", date=day, name=_DATE_NAMES[tag])
        for source in sources if manifestation else ():
            if source.posted_on is not None:
                sub(level, "FRBRdate", date=source.posted_on.isoformat(), name="ngay-dang")
            if source.retrieved_at is not None:
                retrieved = source.retrieved_at.date().isoformat()
                sub(level, "FRBRdate", date=retrieved, name="ngay-truy-cap")
        sub(level, "FRBRauthor", href="#council")
        if tag == "FRBRWork":
            sub(level, "FRBRcountry", value="vn")
            sub(level, "FRBRsubtype", value=subtype)
            if number != "nn":
                sub(level, "FRBRnumber", value=number)
        elif tag == "FRBRExpression":
            sub(level, "FRBRlanguage", language="vie")
        else:
            sub(level, "FRBRformat", value="application/akn+xml")


def _references(
    meta: etree._Element, council_name: str, council_id: str, prefix: str = ""
) -> etree._Element:
    refs: etree._Element = sub(meta, "references", source=f"#{SOURCE}")
    sub(
        refs,
        "TLCOrganization",
        eId=f"{prefix}council",
        href=f"/akn/ontology/organization/vn/{slug(council_id)}",
        showAs=council_name,
    )
    sub(
        refs,
        "TLCOrganization",
        eId=f"{prefix}{SOURCE}",
        href=f"/akn/ontology/organization/{SOURCE}",
        showAs=SOURCE,
    )
    return refs


def _voting(eid: str, href: str, vote: VoteTally) -> etree._Element:
    voting = etree.Element(
        a("voting"), eId=eid, href=f"#{href}", outcome="#passed" if vote.passed else "#rejected"
    )
    for field in VOTE_FIELDS:
        value = getattr(vote, field)
        if value is not None:
            sub(voting, "count", eId=f"{eid}__{field}", value=str(value), refersTo=f"#{field}")
    return voting


class _MinutesWriter:
    def __init__(self, minutes: Minutes) -> None:
        self.minutes = minutes
        self.plain: dict[str, Any] = to_plain(minutes)  # type: ignore[assignment]
        self.analysis: list[etree._Element] = []
        self.persons: dict[str, str] = {}

    def person_ref(self, k: int, pid: str | None) -> str:
        return f"#m{k}-{pid}" if pid is not None else f"#{UNATTRIBUTED}"

    def meeting(self, body: etree._Element, k: int, meeting: Meeting, md: dict[str, Any]) -> None:
        eid = f"dbsect_{k}"
        section = sub(body, "debateSection", eId=eid, name="meeting")
        sub(section, "heading", meeting.title or meeting.kind.label_vi)
        for p in meeting.participants:
            self.persons[f"m{k}-{p.id}"] = p.display_name
        if meeting.participants or meeting.attendance is not None:
            roll = sub(section, "rollCall", eId=f"{eid}__rollcall")
            for p in meeting.participants:
                line = sub(roll, "p")
                sub(line, "person", p.display_name, refersTo=f"#m{k}-{p.id}")
                line[-1].tail = f" ({p.role.label_vi}{', ' + p.title if p.title else ''})"
        if meeting.attendance is not None:
            att = meeting.attendance
            qv = etree.Element(a("quorumVerification"), eId=f"{eid}__attendance", href=f"#{eid}")
            for field in ATTENDANCE_FIELDS:
                value = getattr(att, field)
                if value is not None:
                    sub(qv, "count", eId=f"{eid}__att_{field}", value=str(value))
                    qv[-1].set("refersTo", f"#{field}")
                md["attendance"].pop(field, None)
            self.analysis.append(qv)
            if att.present is not None:
                sub(roll, "p", f"Có mặt: {att.present}/{att.total_delegates} đại biểu.")
        for i, item in enumerate(meeting.agenda):
            self.item(section, k, f"{eid}__dbsect_{i + 1}", item, md["agenda"][i])
        if meeting.conclusions:
            closing = sub(section, "debateSection", eId=f"{eid}__conclusions", name="conclusions")
            sub(closing, "heading", "Kết luận")
            for text in meeting.conclusions:
                sub(closing, "p", text)
            md.pop("conclusions")

    def item(
        self, section: etree._Element, k: int, ieid: str, item: AgendaItem, ad: dict[str, Any]
    ) -> None:
        part = sub(section, "debateSection", eId=ieid, name="agendaItem")
        sub(part, "num", str(item.number))
        sub(part, "heading", item.title)
        ad.pop("number"), ad.pop("title")
        for j, statement in enumerate(item.statements):
            speech = sub(part, "speech", eId=f"{ieid}__speech_{j + 1}")
            speech.set("by", self.person_ref(k, statement.speaker_id))
            sub(speech, "p", statement.text)
            ad["statements"][j].pop("text")
            ad["statements"][j].pop("speaker_id", None)
        for j, q in enumerate(item.questions):
            question = sub(part, "question", eId=f"{ieid}__question_{j + 1}")
            question.set("by", self.person_ref(k, q.asker_id))
            if q.respondent_id is not None:
                question.set("to", self.person_ref(k, q.respondent_id))
            sub(question, "p", q.question)
            if q.answer is not None:
                answer = sub(part, "answer", eId=f"{ieid}__answer_{j + 1}")
                answer.set("by", self.person_ref(k, q.respondent_id))
                sub(answer, "p", q.answer)
            for field in ("question", "asker_id", "respondent_id", "answer"):
                ad["questions"][j].pop(field, None)
        for j, vote in enumerate(item.votes):
            veid = f"{ieid}__vote_{j + 1}"
            self.analysis.append(_voting(veid, ieid, vote))
            sub(part, "narrative", tally_text_vi(vote), eId=f"{veid}__text")
            for field in VOTE_FIELDS:
                ad["votes"][j].pop(field, None)
        for j, election in enumerate(item.elections):
            eeid = f"{ieid}__election_{j + 1}"
            voting = etree.Element(a("voting"), eId=eeid, href=f"#{ieid}")
            for c, candidate in enumerate(election.candidates):
                sub(voting, "count", eId=f"{eeid}__candidate_{c + 1}")
                voting[-1].set("value", str(candidate.votes))
                voting[-1].set("refersTo", "#candidate_votes")
            self.analysis.append(voting)
            sub(part, "narrative", election_text_vi(election), eId=f"{eeid}__text")
        if item.conclusion is not None:
            sub(part, "summary", item.conclusion, eId=f"{ieid}__conclusion")
            part[-1].set("refersTo", "#conclusion")
            ad.pop("conclusion")

    def preface(self, debate: etree._Element) -> None:
        m = self.minutes
        preface = sub(debate, "preface")
        sub(sub(preface, "p"), "docAuthority", m.council.name)
        if m.term is not None:
            khoa = f"Khóa {to_roman(m.term.khoa)}, " if m.term.khoa is not None else ""
            sub(sub(preface, "p"), "legislature", f"{khoa}nhiệm kỳ {m.term.label}")
            preface[-1][-1].set("value", m.term.label)
        if m.session is not None and m.session.number is not None:
            s = m.session
            sub(sub(preface, "p"), "session", f"Kỳ họp thứ {s.number}", value=str(s.number))
        if m.number is not None:
            sub(sub(preface, "p"), "docNumber", f"Số: {m.number}")
        sub(sub(preface, "p"), "docTitle", "BIÊN BẢN")
        day = m.date or m.first_day
        sub(sub(preface, "p"), "docDate", format_date(day), date=day.isoformat())

    def write(self) -> etree._Element:
        m = self.minutes
        root = akoma_ntoso(with_extension=True)
        debate = sub(root, "debate", name="bienBan")
        meta = sub(debate, "meta")
        self.preface(debate)
        body = sub(debate, "debateBody")
        for k, (meeting, md) in enumerate(zip(m.meetings, meeting_plains(self.plain), strict=True)):
            self.meeting(body, k + 1, meeting, md)
        if not m.meetings:
            empty = sub(body, "debateSection", eId="dbsect_0", name="empty")
            sub(empty, "p", "Biên bản không ghi phiên họp nào.")
        if m.resolutions:
            attachments = sub(debate, "attachments")
            for i, res in enumerate(m.resolutions):
                attachment = sub(attachments, "attachment", eId=f"att_{i + 1}")
                attachment.append(resolution_to_akn(res, m.council, prefix=f"att_{i + 1}__"))
        day = (m.date or m.first_day).isoformat()
        number = slug(str(m.number)) if m.number is not None else "nn"
        country = f"vn-{locality(m.council.unit)}"
        uri = (country, _actor(m.council.id, m.council), day, number)
        _identification(meta, doc="debate", subtype="bien-ban", uri_parts=uri, sources=m.sources)
        if self.analysis:
            parliamentary = sub(sub(meta, "analysis", source=f"#{SOURCE}"), "parliamentary")
            parliamentary.extend(self.analysis)
        refs = _references(meta, m.council.name, m.council.id)
        for eid, name in self.persons.items():
            sub(refs, "TLCPerson", eId=eid, href=f"/akn/ontology/person/vn/{slug(name)}")
            refs[-1].set("showAs", name)
        sub(refs, "TLCPerson", eId=UNATTRIBUTED, href="/akn/ontology/person/vn/unattributed")
        refs[-1].set("showAs", "không ghi tên")
        for eid, label in _CONCEPTS.items():
            sub(refs, "TLCConcept", eId=eid, href=f"/akn/ontology/concept/{eid}", showAs=label)
        proprietary = sub(meta, "proprietary", source=f"#{SOURCE}")
        encode_plain(proprietary, "record", self.plain)
        proprietary[-1].set("type", "Minutes")
        return root


def minutes_to_akn(minutes: Minutes) -> bytes:
    """The Akoma Ntoso ``debate`` document of ``minutes``, as UTF-8 XML."""
    root = _MinutesWriter(minutes).write()
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def resolution_to_akn(
    res: Resolution, council: Council | None = None, *, prefix: str = ""
) -> etree._Element:
    """The document element of a resolution, its eIds prefixed with ``prefix``: an ``act`` with
    its articles when the resolution has them, else a ``statement``."""
    statement = etree.Element(a("act" if res.articles else "statement"), name="nghiQuyet")
    meta = sub(statement, "meta")
    council_id = council.id if council is not None else (res.council_id or "council")
    name = council.name if council is not None else council_id
    country = f"vn-{locality(council.unit)}" if council is not None else "vn"
    day = res.adopted_on.isoformat() if res.adopted_on is not None else "0001-01-01"
    number = slug(str(res.number)) if res.number is not None else slug(res.id)
    uri = (country, _actor(council_id, council), day, number)
    _identification(
        meta,
        doc="act" if res.articles else "statement",
        subtype="nghi-quyet",
        uri_parts=uri,
        sources=res.sources,
    )
    if res.vote is not None:
        analysis = sub(meta, "analysis", source=f"#{prefix}{SOURCE}")
        sub(analysis, "parliamentary").append(_voting(f"{prefix}vote", f"{prefix}body", res.vote))
    for element in meta.iter(a("identification")):
        element.set("source", f"#{prefix}{SOURCE}")
    refs = _references(meta, name, council_id, prefix)
    for eid, label in (("passed", "thông qua"), ("rejected", "không thông qua")):
        sub(refs, "TLCConcept", eId=f"{prefix}{eid}", href=f"/akn/ontology/concept/{eid}")
        refs[-1].set("showAs", label)
    if res.vote is not None:
        voting = meta.find(f".//{a('voting')}")
        assert voting is not None
        voting.set("outcome", f"#{prefix}{'passed' if res.vote.passed else 'rejected'}")
    preface = sub(statement, "preface")
    sub(sub(preface, "p"), "docAuthority", name)
    if res.number is not None:
        sub(sub(preface, "p"), "docNumber", f"Số: {res.number}")
    sub(sub(preface, "p"), "docTitle", f"NGHỊ QUYẾT {res.title}")
    if res.adopted_on is not None:
        sub(sub(preface, "p"), "docDate", format_date(res.adopted_on), date=day)
    if res.articles:
        act_content(statement, res, prefix)
        return statement
    main = sub(statement, "mainBody", eId=f"{prefix}body")
    sub(main, "p", res.title)
    if res.vote is not None:
        sub(main, "p", tally_text_vi(res.vote))
    return statement
