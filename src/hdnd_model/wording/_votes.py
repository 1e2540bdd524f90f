"""How a vote, a tally, an election and a confidence ballot are written.

Every share is of the total number of delegates; outcomes are the model's own
(:attr:`~hdnd_model.VoteTally.passed`, :attr:`~hdnd_model.Election.elected`,
:meth:`~hdnd_model.ConfidenceVote.not_trusted`).
"""

from __future__ import annotations

from fractions import Fraction

from hdnd_model.model.votes import (
    Ballots,
    CandidateResult,
    ConfidencePoll,
    ConfidencePollEntry,
    ConfidenceVote,
    ConfidenceVoteEntry,
    Election,
    VoteRule,
    VoteTally,
)
from hdnd_model.vn import format_percent, format_share
from hdnd_model.wording._labels import LABELS as L
from hdnd_model.wording._text import mid_sentence

__all__ = [
    "SHARE_WORDS",
    "ballots_text",
    "candidate_text",
    "confidence_entry_text",
    "poll_entry_text",
    "rule_text",
    "share_text",
    "stated_outcome_text",
    "vote_heading",
    "vote_lines",
    "vote_outcome",
]

#: The shares a rule writes in words (``quá nửa``, ``ít nhất hai phần ba``); others as ``p/q``.
SHARE_WORDS: dict[Fraction, str] = {Fraction(k): v for k, v in L.RULE_SHARES}


def rule_text(rule: VoteRule) -> str:
    """``quá nửa tổng số đại biểu``: the rule's comparison, share and base."""
    share = SHARE_WORDS.get(rule.fraction, str(rule.fraction))
    return L.RULE.format(comparison=rule.comparison.label_vi, share=share, base=rule.base.label_vi)


def share_text(template: str, count: int, total: int) -> str:
    """A count line: ``52/60 đại biểu tán thành, đạt 86,67% tổng số đại biểu``."""
    return template.format(count=count, total=total, share=format_share(count, total))


def vote_heading(tally: VoteTally, subject: str | None = None) -> str:
    """``Biểu quyết về kế hoạch ... (biểu quyết điện tử)``: what was voted on, and how."""
    what = tally.subject or subject
    head = L.VOTE_ON.format(subject=mid_sentence(what)) if what else L.VOTE
    if tally.method is not None:
        head += L.VOTE_METHOD.format(method=tally.method.label_vi)
    return head


def stated_outcome_text(tally: VoteTally) -> str | None:
    """A vote stated without counts, as stated: ``100% số đại biểu có mặt tán thành, thông qua
    với sự thống nhất cao``; None for a vote without a stated outcome."""
    if tally.stated_outcome is None:
        return None
    parts = []
    if tally.stated_share is not None and tally.stated_base is not None:
        share = format_percent(tally.stated_share, decimals=0 if tally.stated_share == 1 else 2)
        parts.append(L.STATED_SHARE.format(share=share, base=tally.stated_base.label_vi))
    words = f" {tally.stated_text}" if tally.stated_text else ""
    parts.append(f"{tally.stated_outcome.label_vi}{words}")
    return ", ".join(parts)


def vote_lines(tally: VoteTally) -> list[str]:
    """Each count stated, with its share of the total (none for a vote not counted)."""
    total = tally.total_delegates
    if tally.in_favour is None or total is None:  # a counted vote always has its total
        return []
    lines = []
    if tally.not_taking_part is not None:
        lines.append(share_text(L.VOTING, tally.voting, total))
    lines.append(share_text(L.IN_FAVOUR, tally.in_favour, total))
    if tally.against is not None:
        lines.append(share_text(L.AGAINST, tally.against, total))
    if tally.not_voting is not None:
        lines.append(share_text(L.NOT_VOTING, tally.not_voting, total))
    return lines


def vote_outcome(tally: VoteTally) -> str:
    """``Kết quả: được thông qua (tán thành quá nửa tổng số đại biểu).``; a vote not counted:
    ``Kết quả: 100% số đại biểu có mặt tán thành, thông qua.``"""
    if tally.in_favour is None:
        return L.STATED_OUTCOME.format(stated=stated_outcome_text(tally))
    outcome = L.PASSED if tally.passed else L.FAILED
    return outcome.format(rule=rule_text(tally.rule))


def ballots_text(b: Ballots) -> str | None:
    """The tellers' counts, when any is stated; a blank for each one not stated."""
    if all(v is None for v in (b.issued, b.returned, b.valid, b.invalid)):
        return None
    issued, returned, valid, invalid = (
        L.BLANK if v is None else str(v) for v in (b.issued, b.returned, b.valid, b.invalid)
    )
    return L.BALLOTS.format(issued=issued, returned=returned, valid=valid, invalid=invalid)


def candidate_text(election: Election, c: CandidateResult) -> str:
    """``Nguyễn Văn A: 52 phiếu, đạt 86,67% tổng số 60 đại biểu, trúng cử``."""
    total = election.total_delegates
    line = L.CANDIDATE.format(
        name=c.person.full_name, votes=c.votes, total=total, share=format_share(c.votes, total)
    )
    return line + (L.ELECTED if c.person in election.elected else L.NOT_ELECTED)


def poll_entry_text(poll: ConfidencePoll, e: ConfidencePollEntry) -> str:
    """One official's confidence poll: the three counts and what they require."""
    total = poll.total_delegates
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
    return line


def confidence_entry_text(vote: ConfidenceVote, e: ConfidenceVoteEntry) -> str:
    """One official's confidence vote and its outcome.

    ``không được tín nhiệm`` when the votes of no confidence meet the rule, ``được tín nhiệm``
    when the votes of confidence do; nothing is claimed when neither does.
    """
    total = vote.total_delegates
    line = L.CONFIDENCE_ENTRY.format(
        name=e.person.full_name,
        office=e.office,
        trust=e.trust,
        trust_share=format_share(e.trust, total),
        no_trust=e.no_trust,
        no_trust_share=format_share(e.no_trust, total),
    )
    if vote.not_trusted(e):
        return line + L.NOT_TRUSTED
    if vote.rule.met(e.trust, total):
        return line + L.TRUSTED
    return line
