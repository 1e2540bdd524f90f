"""Reading minutes back from the project's own Akoma Ntoso export.

The proprietary block gives the plain tree of the record less what the markup carries; the
reader takes agenda items, statements, questions, answers, conclusions, attendance counts and
vote counts from the markup, puts them into the tree, and builds the minutes from it.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from hdnd_model.errors import FormatError
from hdnd_model.interop._akn_write import (
    ATTENDANCE_FIELDS,
    SOURCE,
    UNATTRIBUTED,
    VOTE_FIELDS,
    meeting_plains,
)
from hdnd_model.interop._akn_xml import AKN_NS, HDND_NS, a, decode_plain, parse
from hdnd_model.interop._plain import from_plain
from hdnd_model.model import Minutes

__all__ = ["read_minutes"]


def _one(parent: etree._Element, path: str, what: str) -> etree._Element:
    found = parent.find(path, {"akn": AKN_NS, "hdnd": HDND_NS})
    if found is None:
        raise FormatError([f"missing {what}"])
    return found


def _children(parent: etree._Element, tag: str, name: str | None = None) -> list[etree._Element]:
    return [c for c in parent if c.tag == a(tag) and (name is None or c.get("name") == name)]


def _text(element: etree._Element, tag: str) -> str:
    child = element.find(a(tag))
    if child is None or child.text is None:
        raise FormatError([f"line {element.sourceline}: missing text of {tag}"])
    return child.text


def _dict(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise FormatError([f"@ akn proprietary {where}: expected an object"])
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise FormatError([f"@ akn proprietary {where}: expected a list"])
    return value


def _counts(element: etree._Element, fields: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for count in element.iter(a("count")):
        field = (count.get("refersTo") or "").lstrip("#")
        if field in fields:
            out[field] = count.get("value") or ""
    return out


class _Reader:
    def __init__(self, root: etree._Element) -> None:
        if root.tag != a("akomaNtoso"):
            raise FormatError([f"root element is {root.tag}, not akomaNtoso"])
        self.debate = _one(root, "akn:debate", "the debate document")
        meta = _one(self.debate, "akn:meta", "meta")
        record = _one(
            meta, f"akn:proprietary[@source='#{SOURCE}']/hdnd:record", "the proprietary record"
        )
        if record.get("type") != "Minutes":
            raise FormatError([f"proprietary record of type {record.get('type')!r}"])
        plain = decode_plain(record)
        if not isinstance(plain, dict):
            raise FormatError(["the proprietary record must be an object"])
        self.plain: dict[str, Any] = plain
        self.analysis = {
            e.get("eId"): e
            for e in meta.iter(a("voting"), a("quorumVerification"))
            if e.get("eId") is not None
        }

    def speaker(self, element: etree._Element, attribute: str, k: int) -> str | None:
        ref = element.get(attribute)
        if ref is None or ref == f"#{UNATTRIBUTED}":
            return None
        prefix = f"#m{k}-"
        if not ref.startswith(prefix):
            raise FormatError([f"line {element.sourceline}: {attribute}={ref!r} is not ours"])
        return ref[len(prefix) :]

    def item(self, section: etree._Element, ad: dict[str, Any], k: int) -> None:
        eid = section.get("eId")
        ad["number"] = _text(section, "num")
        ad["title"] = _text(section, "heading")
        speeches = _children(section, "speech")
        old_statements = _list(ad.get("statements", []), f"{eid} statements")
        if len(speeches) != len(old_statements):
            raise FormatError(
                [
                    f"line {section.sourceline}: {eid}: {len(speeches)} speech(es) "
                    f"for {len(old_statements)} statement(s)"
                ]
            )
        statements = []
        for j, speech in enumerate(speeches):
            sd = dict(_dict(old_statements[j], f"{eid} statement {j + 1}"))
            sd["text"] = _text(speech, "p")
            speaker = self.speaker(speech, "by", k)
            if speaker is not None:
                sd["speaker_id"] = speaker
            statements.append(sd)
        if statements:
            ad["statements"] = statements
        old = _list(ad.get("questions", []), f"{eid} questions")
        questions: list[dict[str, Any]] = []
        for child in section:
            if child.tag == a("question"):
                if len(questions) >= len(old):
                    raise FormatError([f"line {child.sourceline}: a question the record lacks"])
                qd = dict(_dict(old[len(questions)], f"{eid} question {len(questions) + 1}"))
                qd["question"] = _text(child, "p")
                for field, attribute in (("asker_id", "by"), ("respondent_id", "to")):
                    who = self.speaker(child, attribute, k)
                    if who is not None:
                        qd[field] = who
                questions.append(qd)
            elif child.tag == a("answer"):
                if not questions:
                    raise FormatError([f"line {child.sourceline}: an answer before a question"])
                questions[-1]["answer"] = _text(child, "p")
        if len(questions) != len(old):
            raise FormatError(
                [f"line {section.sourceline}: {eid}: {len(questions)} of {len(old)} question(s)"]
            )
        if questions:
            ad["questions"] = questions
        for j, vd in enumerate(_list(ad.get("votes", []), f"{eid} votes")):
            voting = self.analysis.get(f"{eid}__vote_{j + 1}")
            if voting is None:
                raise FormatError([f"missing the voting of {eid} vote {j + 1}"])
            _dict(vd, f"{eid} vote {j + 1}").update(_counts(voting, VOTE_FIELDS))
        summary = section.find(a("summary"))
        if summary is not None:
            ad["conclusion"] = summary.text or ""

    def meeting(self, section: etree._Element, md: dict[str, Any], k: int) -> None:
        eid = section.get("eId")
        items = _children(section, "debateSection", "agendaItem")
        agenda = _list(_dict(md, f"meeting {k}").get("agenda", []), f"meeting {k} agenda")
        if len(items) != len(agenda):
            raise FormatError([f"{eid}: {len(items)} agenda sections for {len(agenda)} items"])
        for j, (item, ad) in enumerate(zip(items, agenda, strict=True)):
            self.item(item, _dict(ad, f"meeting {k} agenda item {j + 1}"), k)
        for closing in _children(section, "debateSection", "conclusions"):
            md["conclusions"] = [p.text or "" for p in _children(closing, "p")]
        attendance = self.analysis.get(f"{eid}__attendance")
        if attendance is not None:
            counts = _dict(md.setdefault("attendance", {}), f"meeting {k} attendance")
            counts.update(_counts(attendance, ATTENDANCE_FIELDS))

    def read(self) -> Minutes:
        body = _one(self.debate, "akn:debateBody", "debateBody")
        sections = _children(body, "debateSection", "meeting")
        plains = _meeting_plains(self.plain)
        if len(sections) != len(plains):
            raise FormatError([f"{len(sections)} meeting sections for {len(plains)} meetings"])
        for k, (section, md) in enumerate(zip(sections, plains, strict=True)):
            self.meeting(section, md, k + 1)
        minutes: Minutes = from_plain(Minutes, self.plain)
        return minutes


def _meeting_plains(plain: dict[str, Any]) -> list[Any]:
    session = plain.get("session")
    if session is not None:
        return _list(_dict(session, "session").get("meetings", []), "session meetings")
    if "meeting" not in plain:
        raise FormatError(["@ akn proprietary: the record holds neither session nor meeting"])
    return meeting_plains(plain)


def read_minutes(data: bytes | str) -> Minutes:
    """Minutes from an Akoma Ntoso ``debate`` written by this package.

    Raises:
        FormatError: the document is hostile, malformed, or not such an export.
        InvalidModelError: the values read break a rule of the model.
    """
    return _Reader(parse(data)).read()
