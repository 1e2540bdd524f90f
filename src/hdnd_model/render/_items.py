"""The body of one meeting: agenda items, documents, statements, questions, votes, ballots.

Counts come from the model and every share is printed against the total number of delegates
(``domain.md`` §4.2-4.3); outcomes are the model's (``VoteTally.passed``, ``Election.elected``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from hdnd_model.model.documents import DocumentRef
from hdnd_model.model.meetings import AgendaItem, Meeting
from hdnd_model.model.people import Participant
from hdnd_model.model.resolutions import Resolution
from hdnd_model.model.votes import Ballots, ConfidencePoll, ConfidenceVote, Election, VoteTally
from hdnd_model.render._blocks import Paragraph, ParagraphKind, Span
from hdnd_model.render._labels import LABELS as L
from hdnd_model.vn import format_date, format_share

__all__ = [
    "bullets",
    "document_text",
    "item_blocks",
    "label",
    "person_text",
    "plain",
    "vote_blocks",
]

_CLOSING = (".", ";", ":", "!", "?", "…")


def plain(text: str, kind: ParagraphKind = ParagraphKind.BODY) -> Paragraph:
    """A paragraph of one upright span."""
    return Paragraph(spans=(Span(text=text),), kind=kind)


def label(name: str, text: str, *, italic: bool = False) -> Paragraph:
    """A paragraph led by a bold (or italic) label: ``Địa điểm: Hội trường``."""
    lead = Span(text=name, bold=not italic, italic=italic)
    return Paragraph(spans=(lead, Span(text=text)) if text else (lead,))


def bullets(lines: Iterable[str]) -> list[Paragraph]:
    """``- line;`` paragraphs, the last one ending with a full stop."""
    items = list(lines)
    out = []
    for i, line in enumerate(items):
        end = "." if i == len(items) - 1 else ";"
        text = line if line.endswith(_CLOSING) else line + end
        out.append(plain(f"- {text}"))
    return out


def person_text(p: Participant) -> str:
    """``Đinh Thị Lan Duyên, Chủ tịch HĐND quận``; the title alone for an office."""
    if p.person is None:
        text = p.display_name
        return (
            L.PERSON_ORG.format(name=text, organization=p.organization) if p.organization else text
        )
    text = p.person.full_name
    if p.title:
        text = L.PERSON_TITLE.format(name=text, title=p.title)
    if p.organization:
        text = L.PERSON_ORG.format(name=text, organization=p.organization)
    return text


def document_text(doc: DocumentRef) -> str:
    """``Tờ trình số 82/TTr-UBND ngày 05 tháng 7 năm 2023 của UBND tỉnh về ...``."""
    if doc.number is not None:
        text = L.DOCUMENT.format(kind=doc.label_vi, number=doc.number)
    else:
        text = L.DOCUMENT_UNNUMBERED.format(kind=doc.label_vi)
    if doc.date is not None:
        text += f" {format_date(doc.date)}"
    if doc.issuer_name:
        text += L.OF.format(issuer=doc.issuer_name)
    if doc.title:
        text += L.ABOUT.format(title=_lower_first(doc.title))
    return text


def _lower_first(text: str) -> str:
    """``Về Nội quy`` -> ``Nội quy`` after ``về``; other titles keep their case."""
    head, _, rest = text.partition(" ")
    return rest if head.casefold() == "về" and rest else text


def _share_line(template: str, count: int, total: int) -> str:
    return template.format(count=count, total=total, share=format_share(count, total))


def vote_blocks(tally: VoteTally, subject: str | None = None) -> list[Paragraph]:
    """A vote: its subject and method, each count with its share of the total, the outcome."""
    total = tally.total_delegates
    what = tally.subject or subject
    head = L.VOTE_ON.format(subject=what) if what else L.VOTE
    if tally.method is not None:
        head += L.VOTE_METHOD.format(method=tally.method.label_vi)
    if tally.in_favour is None:  # an outcome stated without counts: print what was stated
        return [label(head + ":", "", italic=True), plain(f"{tally.stated_vi}.")]
    lines = []
    if tally.not_taking_part is not None:
        lines.append(_share_line(L.VOTING, tally.voting, total))
    lines.append(_share_line(L.IN_FAVOUR, tally.in_favour, total))
    if tally.against is not None:
        lines.append(_share_line(L.AGAINST, tally.against, total))
    if tally.not_voting is not None:
        lines.append(_share_line(L.NOT_VOTING, tally.not_voting, total))
    outcome = L.PASSED if tally.passed else L.FAILED
    return [
        label(head + ":", "", italic=True),
        *bullets(lines),
        plain(outcome.format(rule=tally.rule.label_vi)),
    ]


def _ballot_lines(b: Ballots) -> list[Paragraph]:
    """The tellers' counts (phiếu phát ra, thu vào, hợp lệ, không hợp lệ), when any is stated."""
    if all(v is None for v in (b.issued, b.returned, b.valid, b.invalid)):
        return []
    issued, returned, valid, invalid = (
        L.BLANK if v is None else str(v) for v in (b.issued, b.returned, b.valid, b.invalid)
    )
    return [plain(L.BALLOTS.format(issued=issued, returned=returned, valid=valid, invalid=invalid))]


def _election_blocks(election: Election) -> list[Paragraph]:
    total = election.total_delegates
    head = L.ELECTION.format(office=election.office)
    if election.seats > 1:
        head += L.SEATS.format(seats=election.seats)
    out = [label(head + ":", "", italic=True), *_ballot_lines(election.ballots)]
    elected = election.elected
    lines = []
    for c in election.candidates:
        line = L.CANDIDATE.format(
            name=c.person.full_name, votes=c.votes, total=total, share=format_share(c.votes, total)
        )
        lines.append(line + (L.ELECTED if c.person in elected else L.NOT_ELECTED))
    out += bullets(lines)
    if election.needs_new_round:
        out.append(plain(L.NEW_ROUND))
    return out


def _poll_blocks(poll: ConfidencePoll) -> list[Paragraph]:
    total = poll.total_delegates
    lines = []
    for e in poll.entries:
        line = L.POLL_ENTRY.format(
            name=e.person.full_name,
            office=e.office,
            high=e.high,
            high_share=format_share(e.high, total),
            confident=e.confident,
            confident_share=format_share(e.confident, total),
            low=e.low,
            low_share=format_share(e.low, total),
        )
        if poll.requires_confidence_vote(e):
            line += L.POLL_REQUIRES_VOTE
        elif poll.may_resign(e):
            line += L.POLL_MAY_RESIGN
        lines.append(line)
    return [
        label(L.POLL + ":", "", italic=True),
        plain(L.TOTAL_DELEGATES.format(total=total)),
        *_ballot_lines(poll.ballots),
        *bullets(lines),
    ]


def _confidence_blocks(vote: ConfidenceVote) -> list[Paragraph]:
    total = vote.total_delegates
    lines = []
    for e in vote.entries:
        line = L.CONFIDENCE_ENTRY.format(
            name=e.person.full_name,
            office=e.office,
            trust=e.trust,
            trust_share=format_share(e.trust, total),
            no_trust=e.no_trust,
            no_trust_share=format_share(e.no_trust, total),
        )
        lines.append(line + (L.NOT_TRUSTED if vote.not_trusted(e) else L.TRUSTED))
    return [
        label(L.CONFIDENCE_VOTE + ":", "", italic=True),
        plain(L.TOTAL_DELEGATES.format(total=total)),
        *_ballot_lines(vote.ballots),
        *bullets(lines),
    ]


def _speaker(meeting: Meeting, pid: str | None) -> str | None:
    return None if pid is None else person_text(meeting.participant(pid))


def item_blocks(
    item: AgendaItem, meeting: Meeting, resolutions: dict[str, Resolution]
) -> Iterator[Paragraph]:
    """Everything recorded under one agenda item, in the order it happened."""
    heading = L.ITEM.format(number=item.number, title=item.title)
    bare = not (
        item.documents
        or item.presenter_ids
        or item.statements
        or item.questions
        or item.votes
        or item.elections
        or item.confidence_polls
        or item.confidence_votes
        or item.conclusion
    )
    # An item with nothing under it is a line of its own, not a heading kept with the next.
    yield (
        Paragraph(spans=(Span(text=heading, bold=True),))
        if bare
        else plain(heading, ParagraphKind.HEADING)
    )
    if item.documents:
        yield label(L.DOCUMENTS, "", italic=True)
        yield from bullets(document_text(d) for d in item.documents)
    if item.presenter_ids:
        names = "; ".join(person_text(meeting.participant(p)) for p in item.presenter_ids)
        yield label(L.PRESENTED_BY, names + ".", italic=True)
    if item.statements:
        yield label(L.STATEMENTS, "", italic=True)
        lines = []
        for s in item.statements:
            speaker = _speaker(meeting, s.speaker_id)
            lead = f"{speaker}: " if speaker else ""
            group = L.AT_GROUP.format(group=s.group) if s.group else ""
            lines.append(f"{group}{lead}{s.text}")
        yield from bullets(lines)
    if item.questions:
        yield label(L.QUESTIONS, "", italic=True)
        for q in item.questions:
            asker = _speaker(meeting, q.asker_id)
            lead = L.QUESTION_BY.format(asker=asker) if asker else ""
            if lead and q.topic:
                lead += L.QUESTION_TOPIC.format(topic=q.topic)
            yield plain(f"- {lead}: {q.question}" if lead else f"- {q.question}")
            if q.answer:
                respondent = _speaker(meeting, q.respondent_id)
                answer_lead = L.ANSWER_BY.format(respondent=respondent) if respondent else L.ANSWER
                yield label(answer_lead, q.answer, italic=True)
    for tally in item.votes:
        res = resolutions.get(tally.resolution_id or "")
        yield from vote_blocks(tally, res.title if res else None)
    for election in item.elections:
        yield from _election_blocks(election)
    for poll in item.confidence_polls:
        yield from _poll_blocks(poll)
    for vote in item.confidence_votes:
        yield from _confidence_blocks(vote)
    if item.conclusion:
        yield label(L.CONCLUSION, item.conclusion, italic=True)
