"""Strategies for vote rules, tallies, ballots, elections and confidence ballots."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import strategies as st

from hdnd_model.model import (
    AT_LEAST_TWO_THIRDS_OF_TOTAL,
    MORE_THAN_HALF_OF_TOTAL,
    Ballots,
    CandidateResult,
    ConfidencePoll,
    ConfidencePollEntry,
    ConfidenceVote,
    ConfidenceVoteEntry,
    Election,
    Person,
    VoteRule,
    VoteTally,
)
from hdnd_model.model.vocab import VoteBase, VoteComparison, VoteMethod, VoteOutcome
from hdnd_model.testing import _catalogue as cat
from hdnd_model.testing._draw import (
    _MAX_DELEGATES,
    _digits,
    _ident,
    _int,
    _maybe_ident,
    _maybe_int,
    _maybe_pick,
    _or_none,
    _partial,
    _pick,
    _strategy,
    _total,
    _yes,
)
from hdnd_model.testing._people import _distinct_people, _person


def _vote_rule(draw: st.DrawFn) -> VoteRule:
    if _yes(draw):
        return _pick(draw, (MORE_THAN_HALF_OF_TOTAL, AT_LEAST_TWO_THIRDS_OF_TOTAL))
    return VoteRule(
        base=_pick(draw, tuple(VoteBase)),
        fraction=_pick(draw, (Fraction(1, 2), Fraction(2, 3), Fraction(3, 4), Fraction(1))),
        comparison=_pick(draw, tuple(VoteComparison)),
        legal_basis=_maybe_pick(draw, cat.LEGAL_BASES),
    )


def _usual_rule(draw: st.DrawFn) -> VoteRule:
    return MORE_THAN_HALF_OF_TOTAL if _yes(draw) else _vote_rule(draw)


def vote_rules() -> st.SearchStrategy[VoteRule]:
    """A threshold: usually one of the two legal ones, sometimes another base, share or test."""
    return _strategy(_vote_rule)


_STATED_TEXTS = (cat.nfc("với sự thống nhất cao"), cat.nfc("với tỷ lệ tuyệt đối"))


def _stated_tally(
    draw: st.DrawFn, *, total: int, present: int | None, resolution_id: str | None
) -> VoteTally:
    """A vote whose outcome the source states without counts (and sometimes without the
    number of delegates in office)."""
    share = _maybe_pick(draw, (Fraction(1), Fraction(9, 10), Fraction(3, 4)))
    return VoteTally(
        total_delegates=total if _yes(draw) else None,
        present=present,
        resolution_id=resolution_id if _yes(draw) else None,
        subject=_maybe_pick(draw, cat.RESOLUTION_TITLES),
        method=_maybe_pick(draw, tuple(VoteMethod)),
        stated_outcome=_pick(draw, tuple(VoteOutcome))
        if _int(draw, 0, 4) == 0
        else VoteOutcome.PASSED,
        stated_share=share,
        stated_base=_pick(draw, (VoteBase.PRESENT, VoteBase.TOTAL_DELEGATES)) if share else None,
        stated_text=_maybe_pick(draw, _STATED_TEXTS),
    )


def _vote_tally(
    draw: st.DrawFn,
    *,
    total_delegates: int | None = None,
    present: int | None = None,
    resolution_id: str | None = None,
    stated: bool | None = None,
) -> VoteTally:
    total = _total(draw, total_delegates)
    if stated or (stated is None and _partial() and _int(draw, 0, 3) == 0):
        return _stated_tally(draw, total=total, present=present, resolution_id=resolution_id)
    rule = _usual_rule(draw)
    if present is None and (rule.base is VoteBase.PRESENT or _yes(draw)):
        present = _int(draw, total * 2 // 3, total)
    limit = present if present is not None else total
    in_favour = _int(draw, limit // 2, limit) if _yes(draw) else _int(draw, 0, limit)
    against = _maybe_int(draw, 0, limit - in_favour)
    not_voting = _maybe_int(draw, 0, limit - in_favour - (against or 0))
    methods = tuple(VoteMethod)
    refers, has_id, subject, method = _digits(
        draw, 2, 2, len(cat.RESOLUTION_TITLES) + 1, len(methods) + 1
    )
    if resolution_id is not None:
        rid = resolution_id if refers else None
    else:
        rid = _ident(draw, "nq") if refers else None
    return VoteTally(
        in_favour=in_favour,
        total_delegates=total,
        against=against,
        not_voting=not_voting,
        present=present,
        id=_ident(draw, "bq") if has_id else None,
        subject=_or_none(cat.RESOLUTION_TITLES, subject),
        resolution_id=rid,
        method=_or_none(methods, method),
        rule=rule,
        ballots=Ballots(valid=_int(draw, in_favour + (against or 0) + (not_voting or 0), limit))
        if _or_none(methods, method) is VoteMethod.SECRET_BALLOT and _yes(draw)
        else None,
    )


def vote_tallies(
    *,
    total_delegates: int | None = None,
    present: int | None = None,
    resolution_id: str | None = None,
    stated: bool | None = None,
) -> st.SearchStrategy[VoteTally]:
    """The counts of a vote: in favour + against + not voting <= present <= total.

    Args:
        total_delegates: delegates in office (15-85 when None).
        present: the delegates present (drawn, or left unstated, when None).
        resolution_id: the resolution the vote adopts (the reference is sometimes left out).
        stated: draw a vote whose outcome is stated without counts (True), a counted one
            (False), or either (None; stated ones only inside ``partial_facts``).
    """
    return _strategy(
        _vote_tally,
        total_delegates=total_delegates,
        present=present,
        resolution_id=resolution_id,
        stated=stated,
    )


def _ballots(draw: st.DrawFn, *, total_delegates: int | None = None) -> Ballots:
    cap = total_delegates or _int(draw, 1, _MAX_DELEGATES)
    issued = _maybe_int(draw, cap * 2 // 3, cap)
    returned = _maybe_int(draw, 0, issued if issued is not None else cap)
    room = returned if returned is not None else (issued if issued is not None else cap)
    valid = _maybe_int(draw, 0, room)
    if returned is not None and valid is not None:
        invalid = returned - valid if _yes(draw) else None
    else:
        invalid = _maybe_int(draw, 0, room - (valid or 0))
    return Ballots(issued=issued, returned=returned, valid=valid, invalid=invalid)


def ballots(*, total_delegates: int | None = None) -> st.SearchStrategy[Ballots]:
    """Ballot counts: valid + invalid = returned <= issued <= delegates, some unstated.

    Args:
        total_delegates: delegates in office, the cap on every count (1-85 when None).
    """
    return _strategy(_ballots, total_delegates=total_delegates)


def _ballot_cap(counted: Ballots, total: int) -> int:
    """The most votes one candidate or official may get: the valid ballots, or the delegates."""
    return counted.valid if counted.valid is not None else total


def _candidate_result(
    draw: st.DrawFn, *, max_votes: int | None = None, person: Person | None = None
) -> CandidateResult:
    cap = max_votes if max_votes is not None else _int(draw, 0, _MAX_DELEGATES)
    return CandidateResult(
        person=person if person is not None else _person(draw), votes=_int(draw, 0, cap)
    )


def candidate_results(*, max_votes: int | None = None) -> st.SearchStrategy[CandidateResult]:
    """The votes one candidate received (at most ``max_votes``)."""
    return _strategy(_candidate_result, max_votes=max_votes)


def _election(draw: st.DrawFn, *, total_delegates: int | None = None) -> Election:
    total = _total(draw, total_delegates)
    counted = _ballots(draw, total_delegates=total)
    cap = _ballot_cap(counted, total)
    people = _distinct_people(draw, 1, 3)
    seats = _int(draw, 1, len(people))
    room = cap * seats  # a ballot names at most as many candidates as there are seats
    candidates = []
    for p in people:
        candidates.append(_candidate_result(draw, max_votes=min(cap, room), person=p))
        room -= candidates[-1].votes
    return Election(
        office=_pick(draw, cat.ELECTED_OFFICES),
        total_delegates=total,
        candidates=tuple(candidates),
        id=_maybe_ident(draw, "bau"),
        seats=seats,
        ballots=counted,
        rule=_usual_rule(draw),
    )


def elections(*, total_delegates: int | None = None) -> st.SearchStrategy[Election]:
    """An election by secret ballot: 1-3 distinct candidates, votes within the valid ballots
    (each candidate's, and all of them within the valid ballots times the seats)."""
    return _strategy(_election, total_delegates=total_delegates)


def _own_ballots(draw: st.DrawFn, votes: int, cap: int) -> Ballots:
    """The valid ballots announced for one official ("Số phiếu hợp lệ: 53/53"), sometimes."""
    return Ballots(valid=_int(draw, votes, cap)) if _yes(draw) else Ballots()


def _poll_entry(
    draw: st.DrawFn, *, max_votes: int | None = None, person: Person | None = None
) -> ConfidencePollEntry:
    cap = max_votes if max_votes is not None else _int(draw, 0, _MAX_DELEGATES)
    votes = _int(draw, 0, cap)
    high = _int(draw, 0, votes)
    confident = _int(draw, 0, votes - high)
    return ConfidencePollEntry(
        person=person if person is not None else _person(draw),
        office=_pick(draw, cat.ELECTED_OFFICES),
        high=high,
        confident=confident,
        low=votes - high - confident,
        ballots=_own_ballots(draw, votes, cap),
    )


def confidence_poll_entries(
    *, max_votes: int | None = None
) -> st.SearchStrategy[ConfidencePollEntry]:
    """One official's ratings (high, confident, low) adding up to at most ``max_votes``."""
    return _strategy(_poll_entry, max_votes=max_votes)


def _confidence_poll(draw: st.DrawFn, *, total_delegates: int | None = None) -> ConfidencePoll:
    total = _total(draw, total_delegates)
    counted = _ballots(draw, total_delegates=total)
    cap = _ballot_cap(counted, total)
    entries = tuple(
        _poll_entry(draw, max_votes=cap, person=p) for p in _distinct_people(draw, 1, 3)
    )
    polled = _maybe_int(draw, len(entries), len(entries) + 30)
    return ConfidencePoll(
        total_delegates=total,
        entries=entries,
        id=_maybe_ident(draw, "lpt"),
        ballots=counted,
        eligible=_maybe_int(draw, polled or len(entries), (polled or len(entries)) + 10),
        polled=polled,
    )


def confidence_polls(*, total_delegates: int | None = None) -> st.SearchStrategy[ConfidencePoll]:
    """A confidence poll (lấy phiếu tín nhiệm) of 1-3 distinct officials."""
    return _strategy(_confidence_poll, total_delegates=total_delegates)


def _vote_entry(
    draw: st.DrawFn, *, max_votes: int | None = None, person: Person | None = None
) -> ConfidenceVoteEntry:
    cap = max_votes if max_votes is not None else _int(draw, 0, _MAX_DELEGATES)
    votes = _int(draw, 0, cap)
    trust = _int(draw, 0, votes)
    return ConfidenceVoteEntry(
        person=person if person is not None else _person(draw),
        office=_pick(draw, cat.ELECTED_OFFICES),
        trust=trust,
        no_trust=votes - trust,
        ballots=_own_ballots(draw, votes, cap),
    )


def confidence_vote_entries(
    *, max_votes: int | None = None
) -> st.SearchStrategy[ConfidenceVoteEntry]:
    """One official's trust and no-trust votes adding up to at most ``max_votes``."""
    return _strategy(_vote_entry, max_votes=max_votes)


def _confidence_vote(draw: st.DrawFn, *, total_delegates: int | None = None) -> ConfidenceVote:
    total = _total(draw, total_delegates)
    counted = _ballots(draw, total_delegates=total)
    cap = _ballot_cap(counted, total)
    return ConfidenceVote(
        total_delegates=total,
        entries=tuple(
            _vote_entry(draw, max_votes=cap, person=p) for p in _distinct_people(draw, 1, 2)
        ),
        id=_maybe_ident(draw, "bpt"),
        ballots=counted,
        rule=_usual_rule(draw),
    )


def confidence_votes(*, total_delegates: int | None = None) -> st.SearchStrategy[ConfidenceVote]:
    """A confidence vote (bỏ phiếu tín nhiệm) on 1-2 distinct officials."""
    return _strategy(_confidence_vote, total_delegates=total_delegates)
