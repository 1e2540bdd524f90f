"""The content of the renderer's layout: what comes under ``Nội dung:``.

:class:`Content` reads the headings of the sittings, the agenda items with their documents,
presenters, statements, questions and answers and conclusion, the documents referred to, the
conclusions and the resolutions passed. The votes, elections and confidence ballots under an item
are read by :mod:`hdnd_model.ingest.layout._votes`.
"""

from __future__ import annotations

from typing import Any

import attrs

from hdnd_model import model as m
from hdnd_model.ingest.layout._people import read_sitting_attendance
from hdnd_model.ingest.layout._read import (
    PATTERNS,
    LayoutError,
    Para,
    Reader,
    Sitting,
    document_ref,
    full_match,
    time_or_blank,
)
from hdnd_model.ingest.layout._votes import (
    read_confidence_vote,
    read_election,
    read_poll,
    read_vote,
)
from hdnd_model.model.vocab import NumberForm, ParticipantRole, ResolutionNature
from hdnd_model.vn import parse_date
from hdnd_model.wording import LABELS as L

__all__ = ["Content"]


class Content:
    """The agenda items and the other parts under ``Nội dung:``."""

    def __init__(self, reader: Reader) -> None:
        self.r = reader

    def read(self) -> list[m.Resolution]:
        r = self.r
        resolutions: list[m.Resolution] = []
        sitting: Sitting | None = None
        while True:
            p = r.peek()
            if not isinstance(p, Para):
                raise LayoutError("the content ends without the closing line")
            text = p.text
            if text.startswith((L.SESSION_END.split(" {")[0], L.MEETING_END.split(" {")[0])):
                if not r.sittings:
                    r.sittings.append(Sitting())
                return resolutions
            r.pos += 1
            if p.style.endswith("Subheading"):
                found = full_match("sitting", text)
                sitting = Sitting(
                    heading=found["name"],
                    date=parse_date(found["date"]),
                    start=time_or_blank(found["time"]),
                )
                r.sittings.append(sitting)
                r.note("sittings", text, p, "sitting")
                continue
            if sitting is None:
                sitting = Sitting()
                r.sittings.append(sitting)
            if p.lead == L.SITTING_ATTENDANCE and len(r.sittings) > 1 and not sitting.items:
                if sitting.attendance is not None:
                    raise LayoutError("a sitting with two roll calls")
                sitting.attendance = read_sitting_attendance(r)
            elif text == L.CONCLUSIONS:
                sitting.conclusions += [t for _, t in r.bullets()]
                r.note("conclusions", text, p, "conclusions")
            elif p.lead == L.DOCUMENTS_REFERRED:
                body = text[len(p.lead) :]
                if not body.endswith("."):
                    raise LayoutError("the documents referred to lack their full stop")
                sitting.documents += [document_ref(t) for t in body[:-1].split("; ")]
                r.note("documents", body, p, "documents_referred")
            elif text == L.RESOLUTIONS:
                for q, line in r.bullets():
                    resolutions.append(self.resolution(line, len(resolutions) + 1))
                    r.note(f"resolutions[{len(resolutions) - 1}]", line, q, "resolution")
            elif PATTERNS["item"].fullmatch(text) and (
                p.style.endswith("Heading") or p.bold_lead == text
            ):
                found = full_match("item", text)
                sitting.items.append(self.item(sitting, int(found["number"]), found["title"]))
                r.note("agenda", text, p, "agenda_item")
            else:
                raise LayoutError(f"unexpected paragraph in the content: {text[:80]!r}")

    def resolution(self, line: str, i: int) -> m.Resolution:
        vote = None
        found = PATTERNS["resolution_vote"].fullmatch(line)
        head = line
        if found is not None:
            head = found["head"]
            vote = m.VoteTally(in_favour=int(found["count"]), total_delegates=int(found["total"]))
        numbered = PATTERNS["resolution"].fullmatch(head)
        if numbered is not None:
            number = m.DocumentNumber.parse(numbered["number"])
            title = numbered["title"]
        else:
            number = None
            title = full_match("resolution_bare", head)["title"]
        nature = (
            ResolutionNature.NORMATIVE
            if number is not None and number.form is NumberForm.NORMATIVE
            else ResolutionNature.INDIVIDUAL
        )
        return m.Resolution(id=f"nq-{i}", title=title, number=number, nature=nature, vote=vote)

    def item(self, sitting: Sitting, number: int, title: str) -> m.AgendaItem:
        r = self.r
        fields: dict[str, Any] = {
            "documents": [],
            "presenter_ids": [],
            "statements": [],
            "questions": [],
            "votes": [],
            "elections": [],
            "confidence_polls": [],
            "confidence_votes": [],
        }
        while True:
            p = r.peek()
            if not isinstance(p, Para) or p.lead is None or p.lead == L.DOCUMENTS_REFERRED:
                break
            r.pos += 1
            lead, body = p.lead, p.text[len(p.lead) :]
            if lead == L.DOCUMENTS:
                fields["documents"] += [document_ref(t) for _, t in r.bullets()]
            elif lead == L.PRESENTED_BY:
                fields["presenter_ids"] += [
                    r.speaker(sitting, t, ParticipantRole.PRESENTER) for t in r.people_list(body)
                ]
            elif lead == L.STATEMENTS:
                fields["statements"] += [self.statement(sitting, t) for _, t in r.bullets()]
            elif lead == L.QUESTIONS:
                fields["questions"] += self.questions(sitting)
            elif lead == L.CONCLUSION:
                fields["conclusion"] = body
            elif lead == L.POLL + ":":
                fields["confidence_polls"].append(read_poll(r))
            elif lead == L.CONFIDENCE_VOTE + ":":
                fields["confidence_votes"].append(read_confidence_vote(r))
            elif lead.startswith(L.VOTE) and lead.endswith(":"):
                fields["votes"].append(read_vote(r, lead[:-1]))
            elif lead.startswith(L.ELECTION.format(office="")) and lead.endswith(":"):
                fields["elections"].append(read_election(r, lead[:-1]))
            else:
                raise LayoutError(f"unexpected label under an agenda item: {lead!r}")
        values: dict[str, Any] = {
            k: tuple(v) if isinstance(v, list) else v for k, v in fields.items()
        }
        return m.AgendaItem(number=number, title=title, **values)

    def statement(self, sitting: Sitting, line: str) -> m.Statement:
        """``Tại {group}: text``, ``{speaker} (tại {group}): text`` or ``{speaker}: text``."""
        at = L.AT_GROUP.split("{")[0]
        if line.startswith(at) and ": " in line[len(at) :]:
            place, text = line[len(at) :].split(": ", 1)
            return m.Statement(text=text, group=place)
        if ": " not in line:
            return m.Statement(text=line)
        who, text = line.split(": ", 1)
        group: str | None = None
        marker = L.SPEAKER_AT_GROUP.split("{")[0]
        if who.endswith(")") and marker in who:
            who, _, rest = who.rpartition(marker)
            group = rest[:-1]
        speaker = self.r.speaker(sitting, who, ParticipantRole.PRESENTER)
        return m.Statement(text=text, speaker_id=speaker, group=group)

    def questions(self, sitting: Sitting) -> list[m.Question]:
        r = self.r
        out: list[m.Question] = []
        while True:
            p = r.peek()
            if not isinstance(p, Para):
                return out
            if p.lead is None and p.text.startswith("- "):
                r.pos += 1
                line = p.text[2:]
                found = PATTERNS["question"].fullmatch(line)
                if found is None:
                    out.append(m.Question(question=line))
                else:
                    asker = r.speaker(sitting, found["asker"], ParticipantRole.PRESENTER)
                    out.append(
                        m.Question(question=found["question"], asker_id=asker, topic=found["topic"])
                    )
            elif (
                out
                and p.lead is not None
                and p.lead.endswith(": ")
                and (p.lead == L.ANSWER or p.lead.endswith(L.ANSWER_BY.format(respondent="")))
            ):
                r.pos += 1
                respondent = None
                if p.lead != L.ANSWER:
                    who = p.lead[: -len(L.ANSWER_BY.format(respondent=""))]
                    respondent = r.speaker(sitting, who, ParticipantRole.RESPONDENT)
                answer = p.text[len(p.lead) :]
                out[-1] = attrs.evolve(out[-1], answer=answer, respondent_id=respondent)
            else:
                return out
