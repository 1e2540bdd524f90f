"""Reading back minutes laid out by the project's own renderer (Decree 30, Mẫu 1.9).

The renderer's DOCX is read by its structure: the header table, the ``BIÊN BẢN`` title and
summary, the labelled paragraphs of the body (the wording of :mod:`hdnd_model.render._labels`),
the roll-call table, the signature table and ``Nơi nhận:``. Paragraph styles and the bold or
italic lead of a labelled paragraph tell the parts apart; the document's core properties give
the council's name and the date of the minutes.

The result is a :class:`~hdnd_model.Minutes` whose :func:`~hdnd_model.ingest.minutes_content`
equals that of the minutes rendered. What the layout does not print and the model requires
(a single sitting's kind, a vote rule the layout does not write) is set as the written outcome
requires and reported as a note; a session's number the summary does not state stays empty.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Callable, Iterator
from fractions import Fraction
from typing import Any

import attrs

from hdnd_model import model as m
from hdnd_model.errors import InvalidModelError
from hdnd_model.ingest._content import ROLL_CALL_THRESHOLD, person_as_written
from hdnd_model.model.vocab import (
    AttendanceStatus,
    DocumentKind,
    MeetingKind,
    MeetingMode,
    NumberForm,
    ParticipantRole,
    ResolutionNature,
    SessionSeries,
    SigningAuthority,
    UnitKind,
    VoteBase,
    VoteComparison,
    VoteMethod,
)
from hdnd_model.model.votes import AT_LEAST_TWO_THIRDS_OF_TOTAL, MORE_THAN_HALF_OF_TOTAL
from hdnd_model.render._labels import LABELS as L
from hdnd_model.vn import fold_key, parse_date, parse_ordinal, parse_time

__all__ = ["LayoutError", "Para", "Row", "is_rendered_layout", "read_layout"]

_DATE = r"ngày \d{1,2} tháng \d{1,2} năm \d{4}"
_TIME = r"\d{1,2} giờ \d{2}|… giờ …"
_SHARE = r"\d+(?:,\d+)?%"
_NUM = r"\d+"


class LayoutError(ValueError):
    """The DOCX does not follow the renderer's layout where it should."""


@attrs.frozen
class Para:
    """A paragraph: its index (as in :func:`~hdnd_model.ingest.docx.docx_paragraphs`), its
    style's name and its runs as ``(text, bold, italic)``."""

    index: int
    style: str
    runs: tuple[tuple[str, bool, bool], ...]

    @property
    def text(self) -> str:
        return "".join(r[0] for r in self.runs)

    @property
    def lead(self) -> str | None:
        """The first run's text when it is an italic label."""
        return self.runs[0][0] if self.runs and self.runs[0][2] else None

    @property
    def bold_lead(self) -> str | None:
        """The first run's text when it is a bold label."""
        return self.runs[0][0] if self.runs and self.runs[0][1] else None


@attrs.frozen
class Row:
    """A table row: its index and its cells, each a tuple of paragraphs."""

    index: int
    cells: tuple[tuple[Para, ...], ...]
    table: int


def _compile(template: str, **fields: str) -> re.Pattern[str]:
    out = []
    for literal, field, _, _ in string.Formatter().parse(template):
        out.append(re.escape(literal))
        if field is not None:
            out.append(f"(?P<{field}>{fields.get(field, '.+?')})")
    return re.compile("".join(out), re.DOTALL)


_COUNTS = {"count": _NUM, "total": _NUM, "share": _SHARE}
_RE = {
    "number": _compile(L.NUMBER, number=r"\S+"),
    "session_days": _compile(L.SESSION_DAYS, first=_DATE, last=_DATE),
    "opening": _compile(L.OPENING_AT, time=_TIME, date=_DATE),
    "at": _compile(L.AT_TIME_ON, time=_TIME, date=_DATE),
    "meeting_end": _compile(L.MEETING_END + L.END_MARK, time=_TIME, date=_DATE),
    "session_end": _compile(L.SESSION_END + L.END_MARK, time=_TIME, date=_DATE),
    "total": _compile(L.TOTAL_DELEGATES.rstrip("."), total=_NUM),
    "present": _compile(L.PRESENT, present=_NUM, total=_NUM, share=_SHARE),
    "online": _compile(L.ONLINE, online=_NUM),
    "with_reason": _compile(L.ABSENT_WITH_REASON, count=_NUM),
    "without_reason": _compile(L.ABSENT_WITHOUT_REASON, count=_NUM),
    "voting": _compile(L.VOTING, **_COUNTS),
    "in_favour": _compile(L.IN_FAVOUR, **_COUNTS),
    "against": _compile(L.AGAINST, **_COUNTS),
    "not_voting": _compile(L.NOT_VOTING, **_COUNTS),
    "passed": _compile(L.PASSED),
    "failed": _compile(L.FAILED),
    "ballot_total": _compile(L.TOTAL_DELEGATES, total=_NUM),
    "ballots": _compile(L.BALLOTS, issued=r"\d+|……", returned=r"\d+|……", valid=r"\d+|……"),
    "candidate": _compile(L.CANDIDATE, votes=_NUM, total=_NUM, share=_SHARE),
    "poll": _compile(
        L.POLL_ENTRY,
        high=_NUM,
        confident=_NUM,
        low=_NUM,
        high_share=_SHARE,
        confident_share=_SHARE,
        low_share=_SHARE,
    ),
    "confidence": _compile(
        L.CONFIDENCE_ENTRY, trust=_NUM, no_trust=_NUM, trust_share=_SHARE, no_trust_share=_SHARE
    ),
    "resolution_vote": re.compile(
        "(?P<head>.+): " + _compile(L.IN_FAVOUR, **_COUNTS).pattern, re.DOTALL
    ),
    "resolution": _compile(L.RESOLUTION, number=r"\S+"),
    "resolution_bare": _compile(L.RESOLUTION_UNNUMBERED),
    "item": _compile(L.ITEM, number=_NUM),
    "question": re.compile(
        "(?P<asker>.+?)"
        + re.escape(L.QUESTION_BY.format(asker=""))
        + "(?:"
        + re.escape(L.QUESTION_TOPIC.format(topic=""))
        + "(?P<topic>.+?))?: (?P<question>.+)",
        re.DOTALL,
    ),
    "sitting": re.compile(f"(?P<name>.+), (?P<time>{_TIME}), (?P<date>{_DATE})", re.DOTALL),
}
_RE["election"] = re.compile(  # ``Bầu {office}``, then `` ({seats} người)`` when seats > 1
    re.escape(L.ELECTION.format(office="")) + r"(?P<office>.+?)(?: \((?P<seats>\d+) người\))?",
    re.DOTALL,
)

_DOC_KINDS = {k.label_vi: k for k in DocumentKind}
_DOC_KIND_RE = "|".join(re.escape(k) for k in sorted([*_DOC_KINDS, "Văn bản"], key=len)[::-1])
_DOCUMENT = re.compile(
    rf"(?P<kind>{_DOC_KIND_RE})(?: số (?P<number>\S+))?(?: (?P<date>{_DATE}))?"
    r"(?: của (?P<issuer>.+?))?(?: về (?P<title>.+))?",
    re.DOTALL,
)
_AUTHORITIES = {a.label_vi: a for a in SigningAuthority if a.label_vi}
_STATUSES = {s.label_vi: s for s in AttendanceStatus}
_METHODS = {v.label_vi: v for v in VoteMethod}
_MODES = {mode.label_vi[:1].upper() + mode.label_vi[1:]: mode for mode in MeetingMode}
_SITTINGS = {k.label_vi[:1].upper() + k.label_vi[1:]: k for k in MeetingKind if k.is_sitting}
_COMPARISONS = {c.label_vi: c for c in VoteComparison}
_BASES = {b.label_vi: b for b in VoteBase}
_FRACTIONS = (Fraction(1, 2), Fraction(2, 3), Fraction(3, 4), Fraction(1))
_USUAL_RULES = (
    MORE_THAN_HALF_OF_TOTAL,
    AT_LEAST_TWO_THIRDS_OF_TOTAL,
    *(
        m.VoteRule(base=b, fraction=f, comparison=c)
        for b in VoteBase
        for f in _FRACTIONS
        for c in VoteComparison
    ),
)


def _full(key: str, text: str) -> re.Match[str]:
    found = _RE[key].fullmatch(text)
    if found is None:
        raise LayoutError(f"expected {key!r}, read {text[:80]!r}")
    return found


def _after(text: str, label: str) -> str:
    if not text.startswith(label):
        raise LayoutError(f"expected {label!r}, read {text[:80]!r}")
    return text[len(label) :]


def bullet_item(text: str) -> str:
    """The text of a ``- text;`` list item, without its dash and its added ``;`` or ``.``."""
    body = _after(text, "- ")
    return body[:-1] if body.endswith((".", ";")) else body


def _time(text: str) -> dt.time | None:
    return None if text == L.TIME_BLANK else parse_time(text)


def is_rendered_layout(paras: list[Para | Row]) -> bool:
    """Whether the body reads as the renderer's layout: its title and skeleton are there."""
    texts = {p.text for p in paras if isinstance(p, Para)}
    starts = any(p.text.startswith(L.START) for p in paras if isinstance(p, Para))
    styles = {p.style for p in paras if isinstance(p, Para)}
    return (
        starts
        and {L.KIND, L.ATTENDANCE, L.CONTENT, L.RECIPIENTS} <= texts
        and "Minutes Title" in styles
    )


def _rule_of(label: str) -> m.VoteRule:
    for comparison_label, comparison in _COMPARISONS.items():
        if not label.startswith(comparison_label + " "):
            continue
        rest = label[len(comparison_label) + 1 :]
        for base_label, base in _BASES.items():
            if not rest.endswith(" " + base_label):
                continue
            share = rest[: -len(base_label) - 1]
            fraction = {"nửa": Fraction(1, 2), "hai phần ba": Fraction(2, 3)}.get(share)
            try:
                fraction = fraction if fraction is not None else Fraction(share)
            except ValueError:
                continue
            return m.VoteRule(base=base, fraction=fraction, comparison=comparison)
    raise LayoutError(f"a vote rule that cannot be read: {label!r}")


@attrs.define
class _Sitting:
    heading: str | None = None
    date: dt.date | None = None
    start: dt.time | None = None
    items: list[m.AgendaItem] = attrs.Factory(list)
    conclusions: list[str] = attrs.Factory(list)
    documents: list[m.DocumentRef] = attrs.Factory(list)
    people: list[m.Participant] = attrs.Factory(list)
    known: dict[str, str] = attrs.Factory(dict)


class _Reader:
    """Reads the body, paragraph by paragraph, into the parts of a record."""

    def __init__(self, paras: list[Para | Row], source: str) -> None:
        self.paras = paras
        self.pos = 0
        self.source = source
        self.notes: list[str] = []
        self.evidence: list[tuple[str, str, int, str]] = []
        self.next_id = 0
        self.sittings: list[_Sitting] = []

    # -- cursor -------------------------------------------------------------------------

    def peek(self) -> Para | Row | None:
        return self.paras[self.pos] if self.pos < len(self.paras) else None

    def para(self) -> Para:
        found = self.peek()
        if not isinstance(found, Para):
            raise LayoutError(f"expected a paragraph at {self.pos}")
        self.pos += 1
        return found

    def note(self, field: str, value: str, para: Para | Row, rule: str) -> None:
        self.evidence.append((field, value, para.index, f"docx.layout.{rule}"))

    def bullets(self) -> Iterator[tuple[Para, str]]:
        while True:
            found = self.peek()
            if not (
                isinstance(found, Para)
                and found.text.startswith("- ")
                and found.lead is None
                and found.style.endswith("Body")
            ):
                return
            self.pos += 1
            yield found, bullet_item(found.text)

    def new_id(self) -> str:
        self.next_id += 1
        return f"p{self.next_id}"

    def person(self, text: str, role: ParticipantRole, *, office_only: bool = False) -> Any:
        name, sep, title = text.partition(", ")
        if office_only:
            return m.Participant(id=self.new_id(), role=role, title=text)
        return m.Participant(
            id=self.new_id(),
            role=role,
            person=m.Person(full_name=name),
            title=title if sep else None,
        )

    def people_list(self, text: str) -> list[str]:
        if text == L.BLANK:
            return []
        if not text.endswith("."):
            raise LayoutError(f"a list of people without its full stop: {text[:80]!r}")
        return text[:-1].split("; ")

    def speaker(self, sitting: _Sitting, text: str, role: ParticipantRole) -> str:
        if text not in sitting.known:
            p = self.person(text, role)
            sitting.people.append(p)
            sitting.known[text] = p.id
        return sitting.known[text]


def _document(text: str) -> m.DocumentRef:
    found = _DOCUMENT.fullmatch(text)
    if found is None:
        raise LayoutError(f"a document reference that cannot be read: {text[:80]!r}")
    number = found["number"]
    return m.DocumentRef(
        kind=_DOC_KINDS.get(found["kind"]),
        number=m.DocumentNumber.parse(number) if number else None,
        date=parse_date(found["date"]) if found["date"] else None,
        issuer_name=found["issuer"],
        title=found["title"],
    )


def _distinct(names: list[str]) -> list[m.Person]:
    """People by name; two of one name (told apart only by id) get ids of their own."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(m.Person(full_name=name, id=f"person-{seen[name]}" if seen[name] > 1 else None))
    return out


class _Content:
    """The agenda items and the other parts under ``Nội dung:``."""

    def __init__(self, reader: _Reader) -> None:
        self.r = reader

    def read(self) -> list[m.Resolution]:
        r = self.r
        resolutions: list[m.Resolution] = []
        sitting: _Sitting | None = None
        while True:
            p = r.peek()
            if not isinstance(p, Para):
                raise LayoutError("the content ends without the closing line")
            text = p.text
            if text.startswith((L.SESSION_END.split(" {")[0], L.MEETING_END.split(" {")[0])):
                if not r.sittings:
                    r.sittings.append(_Sitting())
                return resolutions
            r.pos += 1
            if p.style.endswith("Subheading"):
                found = _full("sitting", text)
                sitting = _Sitting(
                    heading=found["name"],
                    date=parse_date(found["date"]),
                    start=_time(found["time"]),
                )
                r.sittings.append(sitting)
                r.note("sittings", text, p, "sitting")
                continue
            if sitting is None:
                sitting = _Sitting()
                r.sittings.append(sitting)
            if text == L.CONCLUSIONS:
                sitting.conclusions += [t for _, t in r.bullets()]
                r.note("conclusions", text, p, "conclusions")
            elif p.lead == L.DOCUMENTS_REFERRED:
                body = text[len(p.lead) :]
                if not body.endswith("."):
                    raise LayoutError("the documents referred to lack their full stop")
                sitting.documents += [_document(t) for t in body[:-1].split("; ")]
                r.note("documents", body, p, "documents_referred")
            elif text == L.RESOLUTIONS:
                for q, line in r.bullets():
                    resolutions.append(self.resolution(line, len(resolutions) + 1))
                    r.note(f"resolutions[{len(resolutions) - 1}]", line, q, "resolution")
            elif _RE["item"].fullmatch(text) and (
                p.style.endswith("Heading") or p.bold_lead == text
            ):
                found = _full("item", text)
                sitting.items.append(self.item(sitting, int(found["number"]), found["title"]))
                r.note("agenda", text, p, "agenda_item")
            else:
                raise LayoutError(f"unexpected paragraph in the content: {text[:80]!r}")

    def resolution(self, line: str, i: int) -> m.Resolution:
        vote = None
        found = _RE["resolution_vote"].fullmatch(line)
        head = line
        if found is not None:
            head = found["head"]
            vote = m.VoteTally(in_favour=int(found["count"]), total_delegates=int(found["total"]))
        numbered = _RE["resolution"].fullmatch(head)
        if numbered is not None:
            number = m.DocumentNumber.parse(numbered["number"])
            title = numbered["title"]
        else:
            number = None
            title = _full("resolution_bare", head)["title"]
        nature = (
            ResolutionNature.NORMATIVE
            if number is not None and number.form is NumberForm.NORMATIVE
            else ResolutionNature.INDIVIDUAL
        )
        return m.Resolution(id=f"nq-{i}", title=title, number=number, nature=nature, vote=vote)

    def item(self, sitting: _Sitting, number: int, title: str) -> m.AgendaItem:
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
                fields["documents"] += [_document(t) for _, t in r.bullets()]
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
                fields["confidence_polls"].append(self.poll())
            elif lead == L.CONFIDENCE_VOTE + ":":
                fields["confidence_votes"].append(self.confidence_vote())
            elif lead.startswith(L.VOTE) and lead.endswith(":"):
                fields["votes"].append(self.vote(lead[:-1]))
            elif lead.startswith(L.ELECTION.format(office="")) and lead.endswith(":"):
                fields["elections"].append(self.election(lead[:-1]))
            else:
                raise LayoutError(f"unexpected label under an agenda item: {lead!r}")
        values: dict[str, Any] = {
            k: tuple(v) if isinstance(v, list) else v for k, v in fields.items()
        }
        return m.AgendaItem(number=number, title=title, **values)

    def statement(self, sitting: _Sitting, line: str) -> m.Statement:
        group = None
        at = L.AT_GROUP.split("{")[0]
        if line.startswith(at) and ": " in line[len(at) :]:
            group, line = line[len(at) :].split(": ", 1)
        speaker = None
        if ": " in line:
            who, line = line.split(": ", 1)
            speaker = self.r.speaker(sitting, who, ParticipantRole.PRESENTER)
        return m.Statement(text=line, speaker_id=speaker, group=group)

    def questions(self, sitting: _Sitting) -> list[m.Question]:
        r = self.r
        out: list[m.Question] = []
        while True:
            p = r.peek()
            if not isinstance(p, Para):
                return out
            if p.lead is None and p.text.startswith("- "):
                r.pos += 1
                line = p.text[2:]
                found = _RE["question"].fullmatch(line)
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

    def vote(self, head: str) -> m.VoteTally:
        r = self.r
        method = None
        for label, value in _METHODS.items():
            suffix = L.VOTE_METHOD.format(method=label)
            if head.endswith(suffix):
                method, head = value, head[: -len(suffix)]
                break
        subject = None
        if head != L.VOTE:
            subject = _after(head, L.VOTE_ON.format(subject=""))
        counts: dict[str, int] = {}
        total = None
        for _, line in r.bullets():
            for key in ("voting", "in_favour", "against", "not_voting"):
                found = _RE[key].fullmatch(line)
                if found is not None:
                    counts[key] = int(found["count"])
                    total = int(found["total"])
                    break
            else:
                raise LayoutError(f"a vote line that cannot be read: {line!r}")
        outcome = r.para().text
        passed = _RE["passed"].fullmatch(outcome)
        failed = _RE["failed"].fullmatch(outcome)
        found_rule = passed or failed
        if found_rule is None or total is None or "in_favour" not in counts:
            raise LayoutError(f"a vote without its counts or outcome: {outcome!r}")
        rule = _rule_of(found_rule["rule"])
        tally = m.VoteTally(
            in_favour=counts["in_favour"],
            against=counts.get("against"),
            not_voting=counts.get("not_voting"),
            total_delegates=total,
            subject=subject,
            method=method,
            rule=rule if rule.base is not VoteBase.PRESENT else MORE_THAN_HALF_OF_TOTAL,
        )
        if rule.base is VoteBase.PRESENT:
            present = tally.voting if passed else total
            tally = attrs.evolve(tally, present=present, rule=rule)
            r.notes.append(
                f"vote {subject or ''!r}: the number present is not written; {present} is the "
                "bound that gives the written outcome"
            )
        return tally

    def election(self, head: str) -> m.Election:
        r = self.r
        found = _full("election", head)
        office, seats = found["office"], int(found["seats"] or 1)
        ballots = self.ballots()
        rows: list[tuple[re.Match[str], bool]] = []
        for _, line in r.bullets():
            won = line.endswith(L.ELECTED)
            rows.append(
                (_full("candidate", line.removesuffix(L.ELECTED if won else L.NOT_ELECTED)), won)
            )
        people = _distinct([c["name"] for c, _ in rows])
        candidates = [
            m.CandidateResult(person=person, votes=int(c["votes"]))
            for person, (c, _) in zip(people, rows, strict=True)
        ]
        elected = [c["name"] for c, won in rows if won]
        total = int(rows[-1][0]["total"]) if rows else None
        new_round = False
        p = r.peek()
        if isinstance(p, Para) and p.text == L.NEW_ROUND:
            r.pos += 1
            new_round = True
        if total is None:
            raise LayoutError(f"an election without candidates: {head!r}")
        for rule in _USUAL_RULES:
            e = m.Election(
                office=office,
                total_delegates=total,
                candidates=tuple(candidates),
                seats=seats,
                ballots=ballots,
                rule=rule,
            )
            if sorted(p.full_name for p in e.elected) == sorted(elected) and (
                e.needs_new_round == new_round
            ):
                if rule is not MORE_THAN_HALF_OF_TOTAL:
                    r.notes.append(
                        f"election {office!r}: the rule is not written; {rule.label_vi} gives "
                        "the written outcome"
                    )
                return e
        raise LayoutError(f"no usual rule gives the written outcome of {office!r}")

    def ballots(self) -> m.Ballots:
        """The tellers' counts line, when the next paragraph is one."""
        r = self.r
        p = r.peek()
        if isinstance(p, Para) and p.lead is None and not p.text.startswith("- "):
            b = _RE["ballots"].fullmatch(p.text)
            if b is not None:
                r.pos += 1
                issued, returned, valid, invalid = (
                    None if b[k] == L.BLANK else int(b[k])
                    for k in ("issued", "returned", "valid", "invalid")
                )
                return m.Ballots(issued=issued, returned=returned, valid=valid, invalid=invalid)
        return m.Ballots()

    def total_delegates(self, what: str) -> int:
        """The ``Tổng số đại biểu: N.`` line that opens a confidence ballot."""
        r = self.r
        p = r.peek()
        found = _RE["ballot_total"].fullmatch(p.text) if isinstance(p, Para) else None
        if found is None:
            raise LayoutError(f"{what} without its total number of delegates")
        r.pos += 1
        return int(found["total"])

    def poll(self) -> m.ConfidencePoll:
        r = self.r
        total = self.total_delegates("a confidence poll")
        ballots = self.ballots()
        rows = []
        for _, line in r.bullets():
            flag = None
            entry = line
            for suffix, name in (
                (L.POLL_REQUIRES_VOTE, "requires"),
                (L.POLL_MAY_RESIGN, "may_resign"),
            ):
                if entry.endswith(suffix):
                    flag, entry = name, entry[: -len(suffix)]
            rows.append((_full("poll", entry), flag))
        entries = tuple(
            m.ConfidencePollEntry(
                person=person,
                office=f["office"],
                high=int(f["high"]),
                confident=int(f["confident"]),
                low=int(f["low"]),
            )
            for person, (f, _) in zip(_distinct([f["name"] for f, _ in rows]), rows, strict=True)
        )

        return m.ConfidencePoll(total_delegates=total, entries=entries, ballots=ballots)

    def confidence_vote(self) -> m.ConfidenceVote:
        r = self.r
        total = self.total_delegates("a confidence vote")
        ballots = self.ballots()
        rows = []
        for _, line in r.bullets():
            lost = line.endswith(L.NOT_TRUSTED)
            entry = line.removesuffix(L.NOT_TRUSTED if lost else L.TRUSTED)
            rows.append((_full("confidence", entry), lost))
        entries = tuple(
            m.ConfidenceVoteEntry(
                person=person,
                office=f["office"],
                trust=int(f["trust"]),
                no_trust=int(f["no_trust"]),
            )
            for person, (f, _) in zip(_distinct([f["name"] for f, _ in rows]), rows, strict=True)
        )
        for rule in _USUAL_RULES:
            vote = m.ConfidenceVote(
                total_delegates=total, entries=entries, ballots=ballots, rule=rule
            )
            if all(vote.not_trusted(e) == lost for e, (_, lost) in zip(entries, rows, strict=True)):
                return vote
        raise LayoutError("no usual rule gives the written outcome of a confidence vote")


def _unit(author: str, first: dt.date, last: dt.date) -> m.AdministrativeUnit:
    prefix = "Hội đồng nhân dân "
    if not author.startswith(prefix):
        raise LayoutError(f"the author is not a council: {author!r}")
    full = author[len(prefix) :]
    kinds = sorted(UnitKind, key=lambda k: -len(k.short_label_vi))
    for kind in kinds:
        generic = kind.short_label_vi
        if (
            fold_key(full[: len(generic)]) != fold_key(generic)
            or full[len(generic) : len(generic) + 1] != " "
        ):
            continue
        name = full[len(generic) + 1 :]
        capitalised = full[:1].isupper() and not name[:1].isdigit()
        unit = m.AdministrativeUnit(kind=kind, name=name, generic_capitalised=capitalised)
        if unit.full_name == full and unit.has_council(first) and unit.has_council(last):
            return unit
    raise LayoutError(f"no unit with a council on the dates is named {full!r}")


def _header(rows: list[Row]) -> tuple[list[str], list[str], m.DocumentNumber | None]:
    if len(rows) < 2 or len(rows[0].cells) < 2 or len(rows[1].cells) < 1:
        raise LayoutError("the header table is not the renderer's")
    left = rows[0].cells[0]
    parent = [p.text for p in left if p.style.endswith("Agency") and p.text]
    issuer = [p.text for p in left if p.style.endswith("Issuer") and p.text]
    number_text = " ".join(p.text for p in rows[1].cells[0] if p.text).strip()
    number = None
    found = _RE["number"].fullmatch(number_text)
    if found is not None and not found["number"].startswith("/"):
        number = m.DocumentNumber.parse(found["number"])
    return parent, issuer, number


def _signature(cell: tuple[Para, ...], default: str) -> tuple[m.Signature | None, bool]:
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
class _Front:
    """What comes before ``Nội dung:``."""

    parent: list[str]
    issuer: list[str]
    number: m.DocumentNumber | None
    summary: str
    first_day: dt.date
    last_day: dt.date
    start: dt.time | None
    place: str | None
    mode: MeetingMode
    closed: bool
    attendance: m.Attendance | None
    groups: list[tuple[ParticipantRole, list[Any]]]
    chairs: list[str]
    secretaries: list[str]
    tellers: list[str]


def _skip_to(r: _Reader, test: Callable[[str], bool], what: str) -> Para:
    while True:
        found = r.peek()
        if found is None:
            raise LayoutError(f"no {what}")
        r.pos += 1
        if isinstance(found, Para) and test(found.text):
            return found


def _front(r: _Reader, header_rows: list[Row]) -> _Front:
    parent, issuer, number = _header(header_rows)
    r.note("issuer", " / ".join(issuer), header_rows[0], "header")
    _skip_to(r, lambda t: t == L.KIND, "BIÊN BẢN title")
    summary_para = r.para()
    r.note("title", summary_para.text, summary_para, "summary")
    p = _skip_to(r, lambda t: t.startswith(L.START), "start time")
    start_text = _after(p.text, L.START)
    if not start_text.endswith("."):
        raise LayoutError("the start time lacks its full stop")
    start_text = start_text[:-1]
    head, sep, opening = start_text.partition("; ")
    if sep:
        days = _full("session_days", head)
        first_day, last_day = parse_date(days["first"]), parse_date(days["last"])
        found = _full("opening", opening)
    else:
        found = _full("at", start_text)
        first_day = last_day = parse_date(found["date"])
    start = _time(found["time"])
    r.note("date", start_text, p, "start")
    place_text = _after(r.para().text, L.PLACE)
    place = None if place_text == L.BLANK else place_text.removesuffix(".")
    mode = MeetingMode.IN_PERSON
    closed = False
    p = r.para()
    if p.text.startswith(L.MODE):
        mode = _MODES[_after(p.text, L.MODE).removesuffix(".")]
        p = r.para()
    if p.text == L.CLOSED:
        closed = True
        p = r.para()
    if p.text != L.ATTENDANCE:
        raise LayoutError(f"expected {L.ATTENDANCE!r}, read {p.text[:80]!r}")
    attendance, groups = _attendance(r)
    chairs = r.people_list(_after(r.para().text, L.CHAIRS))
    secretaries = r.people_list(_after(r.para().text, L.SECRETARIES))
    tellers: list[str] = []
    p = r.para()
    if p.text.startswith(L.TELLERS):
        tellers = r.people_list(_after(p.text, L.TELLERS))
        p = r.para()
    if p.text != L.CONTENT:
        raise LayoutError(f"expected {L.CONTENT!r}, read {p.text[:80]!r}")
    return _Front(
        parent=parent,
        issuer=issuer,
        number=number,
        summary=summary_para.text,
        first_day=first_day,
        last_day=last_day,
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


def _listed(r: _Reader, f: _Front, chair_named: bool, secretary_named: bool) -> None:
    """The people listed go to the first sitting; the first chair and secretary are known by
    office only when their signature block names no one."""
    listed: list[m.Participant] = []
    for role, texts in f.groups:
        listed += [r.person(t, role) if isinstance(t, str) else t(r) for t in texts]
    for i, t in enumerate(f.chairs):
        listed.append(r.person(t, ParticipantRole.CHAIR, office_only=i == 0 and not chair_named))
    for i, t in enumerate(f.secretaries):
        listed.append(
            r.person(t, ParticipantRole.SECRETARY, office_only=i == 0 and not secretary_named)
        )
    listed += [r.person(t, ParticipantRole.TELLER) for t in f.tellers]
    first = r.sittings[0]
    first.people[:0] = listed
    for p in listed:
        first.known.setdefault(person_as_written(p), p.id)


def _meetings(
    r: _Reader, f: _Front, base: str, session: bool, end: dt.time | None
) -> list[m.Meeting]:
    sittings = r.sittings
    first = sittings[0]
    several = len(sittings) > 1
    needed = (
        several
        or bool(first.people or first.items or first.conclusions or first.documents)
        or f.attendance is not None
        or f.start is not None
        or end is not None
        or f.mode is not MeetingMode.IN_PERSON
        or f.closed
        or (f.place is not None and not session)
    )
    if not needed:
        return []
    meetings: list[m.Meeting] = []
    for i, s in enumerate(sittings):
        kind, title = MeetingKind.OTHER, s.heading
        if session:
            kind = _SITTINGS.get(s.heading or "", MeetingKind.PLENARY)
            if s.heading in _SITTINGS:
                title = None
            if s.heading is None:
                r.notes.append("the kind of the sitting is not written; it is read as plenary")
        meetings.append(
            m.Meeting(
                id=f"{base}-phien-{i + 1}",
                kind=kind,
                date=s.date or f.first_day,
                title=title,
                start_time=s.start if several else f.start,
                end_time=end if i == len(sittings) - 1 else None,
                location=f.place if (i == 0 and not session) else None,
                mode=f.mode if i == 0 else MeetingMode.IN_PERSON,
                closed=f.closed and i == 0,
                participants=tuple(s.people),
                attendance=f.attendance if i == 0 else None,
                agenda=tuple(s.items),
                conclusions=tuple(s.conclusions),
                documents=tuple(s.documents),
            )
        )
    if several and meetings[0].start_time != f.start:
        raise LayoutError("the start time is not the first sitting's")
    return meetings


def read_layout(
    paras: list[Para | Row], props: dict[str, Any], source: str
) -> tuple[m.Minutes, list[str], list[tuple[str, str, int, str]]]:
    """Read minutes written by the renderer.

    Args:
        paras: the body in order: paragraphs and table rows.
        props: the core properties (``author``, ``created``).
        source: the source's name, for messages.

    Returns:
        ``(minutes, notes, evidence)``; evidence items are ``(field, value, paragraph, rule)``.

    Raises:
        LayoutError: the body does not follow the layout.
        InvalidModelError: what was read does not make a valid record.
    """
    r = _Reader(paras, source)
    tables: dict[int, list[Row]] = {}
    for p in paras:
        if isinstance(p, Row):
            tables.setdefault(p.table, []).append(p)
    if not tables:
        raise LayoutError("no header table")
    f = _front(r, tables[min(tables)])
    resolutions = _Content(r).read()
    closing = r.para()
    session = closing.text.startswith(L.SESSION_END.split(" {")[0])
    found = _full("session_end" if session else "meeting_end", closing.text)
    end = _time(found["time"])
    if parse_date(found["date"]) != f.last_day:
        raise LayoutError("the closing date is not the last day")
    r.note("end_date", closing.text, closing, "closing")
    signature_rows = [row for rows in tables.values() for row in rows if row.index > closing.index]
    if not signature_rows or len(signature_rows[0].cells) != 2:
        raise LayoutError("no signature table")
    sign_left, sign_right = signature_rows[0].cells
    secretary, secretary_named = _signature(sign_left, L.SECRETARY)
    chair, chair_named = _signature(sign_right, L.CHAIR)
    r.note(
        "signatures",
        " | ".join(p.text for p in sign_left + sign_right if p.text),
        signature_rows[0],
        "signatures",
    )
    recipients, filing = _recipients(r, signature_rows[0].index)
    unit = _unit(str(props.get("author") or ""), f.first_day, f.last_day)
    council = m.Council(id=f"hdnd-{_slug(unit.full_name)}", unit=unit)
    _listed(r, f, chair_named, secretary_named)
    base = f"{council.id}-{f.first_day.isoformat()}"
    meetings = _meetings(r, f, base, session, end)
    created = props.get("created")
    day = created.date() if isinstance(created, dt.datetime) else None
    common: dict[str, Any] = {
        "id": f"bb-{base}",
        "council": council,
        "number": f.number,
        "parent_body": "\n".join(f.parent) or None,
        "issuer": "\n".join(f.issuer) or None,
        "title": f.summary,
        "date": day if day is not None and day != f.last_day else None,
        "secretary": secretary,
        "chair": chair,
        "recipients": tuple(recipients),
        "filing": filing,
    }
    if session:
        series, number = _session_number(f.summary, r.notes)
        record = m.Minutes(
            **common,
            session=m.Session(
                id=f"{base}-ky-hop",
                council_id=council.id,
                number=number,
                series=series,
                start_date=f.first_day,
                end_date=f.last_day,
                location=f.place,
                meetings=tuple(meetings),
                resolutions=tuple(resolutions),
            ),
        )
    else:
        if resolutions or len(meetings) > 1:
            raise LayoutError("resolutions or sittings in the minutes of a meeting")
        meeting = (
            meetings[0]
            if meetings
            else m.Meeting(id=f"{base}-phien-1", kind=MeetingKind.OTHER, date=f.first_day)
        )
        record = m.Minutes(**common, meeting=meeting)
    return record, r.notes, r.evidence


_SESSION_NUMBER = re.compile(r"Kỳ họp (?P<thematic>chuyên đề )?(?P<ordinal>thứ [^,]+)")


def _session_number(summary: str, notes: list[str]) -> tuple[SessionSeries, int | None]:
    found = _SESSION_NUMBER.search(summary)
    if found is not None:
        try:
            number = parse_ordinal(found["ordinal"])
        except ValueError:
            pass
        else:
            series = SessionSeries.THEMATIC if found["thematic"] else SessionSeries.MAIN
            return series, number
    thematic = summary.startswith("Kỳ họp chuyên đề")
    return (SessionSeries.THEMATIC if thematic else SessionSeries.MAIN), None


def _slug(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "-", fold_key(text).encode("ascii", "ignore").decode()).strip("-")


_GROUPS = (
    (L.ATTENDEES, ParticipantRole.ATTENDEE),
    (L.DELEGATES, ParticipantRole.DELEGATE),
    (L.GUESTS, ParticipantRole.GUEST),
)


def _attendance_line(
    line: str, fields: dict[str, Any], groups: list[tuple[ParticipantRole, list[Any]]]
) -> None:
    for key, target in (
        ("with_reason", "absent_with_reason"),
        ("without_reason", "absent_without_reason"),
    ):
        head, sep, names = line.partition(" (")
        found = _RE[key].fullmatch(head)
        if found is not None:
            fields[target] = int(found["count"])
            if sep:
                fields[f"{target}_names"] = tuple(
                    m.Person(full_name=n) for n in names.removesuffix(")").split(", ")
                )
            return
    if (found := _RE["total"].fullmatch(line)) is not None:
        fields["total_delegates"] = int(found["total"])
        return
    if line.startswith(L.PRESENT.split("{")[0]):
        head, sep, online = line.partition(L.ONLINE.split("{")[0])
        fields["present"] = int(_full("present", head)["present"])
        if sep:
            fields["online"] = int(_full("online", sep + online)["online"])
        return
    for label, role in _GROUPS:
        if line.startswith(label):
            groups.append((role, line[len(label) :].split("; ")))
            return
    raise LayoutError(f"an attendance line that cannot be read: {line!r}")


def _roll_call(r: _Reader) -> list[Any]:
    rows: list[Any] = []
    while isinstance(row := r.peek(), Row):
        r.pos += 1
        cells = ["".join(q.text for q in cell) for cell in row.cells]
        if tuple(cells) == L.ROLL_HEAD:
            continue
        if len(cells) != len(L.ROLL_HEAD):
            raise LayoutError("a roll-call row that cannot be read")
        _, name, title, status = cells
        rows.append(_roll_row(name, title or None, _STATUSES[status] if status else None))
    if len(rows) <= ROLL_CALL_THRESHOLD:
        raise LayoutError("a roll call of no more delegates than are listed inline")
    return rows


def _attendance(
    r: _Reader,
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
    try:
        return m.Attendance(**fields), groups
    except InvalidModelError:
        # A count printed as the number of names listed may be the names' count only.
        for target in ("absent_with_reason", "absent_without_reason"):
            names = fields.get(f"{target}_names", ())
            if names and fields.get(target) == len(names):
                fields[target] = None
        return m.Attendance(**fields), groups


def _roll_row(
    name: str, title: str | None, status: AttendanceStatus | None
) -> Callable[[_Reader], m.Participant]:
    def make(r: _Reader) -> m.Participant:
        return m.Participant(
            id=r.new_id(),
            role=ParticipantRole.DELEGATE,
            person=m.Person(full_name=name),
            title=title,
            status=status,
        )

    return make


def _recipients(r: _Reader, after: int) -> tuple[list[str], str]:
    paras = [p for p in r.paras if isinstance(p, Para) and p.index > after]
    texts = [p.text for p in paras]
    if L.RECIPIENTS not in texts:
        raise LayoutError("no Nơi nhận")
    lines = texts[texts.index(L.RECIPIENTS) + 1 :]
    filing_head = L.FILING.split("{")[0]
    recipients = []
    filing = None
    for line in lines:
        if line.startswith(filing_head):
            filing = line[len(filing_head) :].removesuffix(".")
        elif line.startswith("- ") and line.endswith(";"):
            recipients.append(line[2:-1])
        elif line:
            raise LayoutError(f"a recipient line that cannot be read: {line!r}")
    if filing is None:
        raise LayoutError("no filing line")
    return recipients, filing
