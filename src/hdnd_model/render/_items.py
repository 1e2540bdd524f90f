"""The body of one meeting: agenda items, documents, statements, questions, votes, ballots.

The wording is :mod:`hdnd_model.wording`'s; this module only lays it out in paragraphs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from hdnd_model.model.meetings import AgendaItem, Meeting
from hdnd_model.model.resolutions import Resolution
from hdnd_model.model.votes import Ballots, ConfidencePoll, ConfidenceVote, Election, VoteTally
from hdnd_model.render._blocks import Paragraph, ParagraphKind, Span
from hdnd_model.wording import (
    LABELS as L,
)
from hdnd_model.wording import (
    ballots_text,
    candidate_text,
    confidence_entry_text,
    document_text,
    person_text,
    poll_entry_text,
    statement_text,
    vote_heading,
    vote_lines,
    vote_outcome,
)

__all__ = ["bullets", "item_blocks", "label", "plain", "vote_blocks"]

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


def vote_blocks(tally: VoteTally, subject: str | None = None) -> list[Paragraph]:
    """A vote: its subject and method, each count with its share of the total, the outcome."""
    return [
        label(vote_heading(tally, subject) + ":", "", italic=True),
        *bullets(vote_lines(tally)),
        plain(vote_outcome(tally)),
    ]


def _ballot_lines(b: Ballots) -> list[Paragraph]:
    text = ballots_text(b)
    return [plain(text)] if text is not None else []


def _election_blocks(election: Election) -> list[Paragraph]:
    head = L.ELECTION.format(office=election.office)
    if election.seats > 1:
        head += L.SEATS.format(seats=election.seats)
    out = [label(head + ":", "", italic=True), *_ballot_lines(election.ballots)]
    out += bullets(candidate_text(election, c) for c in election.candidates)
    if election.needs_new_round:
        out.append(plain(L.NEW_ROUND))
    return out


def _poll_blocks(poll: ConfidencePoll) -> list[Paragraph]:
    return [
        label(L.POLL + ":", "", italic=True),
        plain(L.TOTAL_DELEGATES.format(total=poll.total_delegates)),
        *_ballot_lines(poll.ballots),
        *bullets(poll_entry_text(poll, e) for e in poll.entries),
    ]


def _confidence_blocks(vote: ConfidenceVote) -> list[Paragraph]:
    return [
        label(L.CONFIDENCE_VOTE + ":", "", italic=True),
        plain(L.TOTAL_DELEGATES.format(total=vote.total_delegates)),
        *_ballot_lines(vote.ballots),
        *bullets(confidence_entry_text(vote, e) for e in vote.entries),
    ]


def _speaker(meeting: Meeting, pid: str | None) -> str | None:
    return None if pid is None else person_text(meeting.participant(pid))


def _bare(item: AgendaItem) -> bool:
    return not (
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


def item_blocks(
    item: AgendaItem, meeting: Meeting, resolutions: dict[str, Resolution]
) -> Iterator[Paragraph]:
    """Everything recorded under one agenda item, in the order it happened."""
    heading = L.ITEM.format(number=item.number, title=item.title)
    # An item with nothing under it is a line of its own, not a heading kept with the next.
    yield (
        Paragraph(spans=(Span(text=heading, bold=True),))
        if _bare(item)
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
        yield from bullets(statement_text(s, meeting) for s in item.statements)
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
