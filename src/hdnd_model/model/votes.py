"""Votes, elections and confidence ballots; outcomes computed, never stored (``domain.md`` §4).

Counts are stored; whether a motion passed, who was elected and every share are computed from
a :class:`VoteRule`. The council's default rule is "more than half of the total number of
delegates" (quá nửa tổng số đại biểu), and shares are printed against that total.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import Protocol

import attrs

from hdnd_model.model import _checks
from hdnd_model.model._checks import fail
from hdnd_model.model.people import Person
from hdnd_model.model.vocab import VoteBase, VoteChoice, VoteComparison, VoteMethod, VoteOutcome

__all__ = [
    "AT_LEAST_TWO_THIRDS_OF_TOTAL",
    "Ballots",
    "CandidateResult",
    "ConfidencePoll",
    "ConfidencePollEntry",
    "ConfidenceVote",
    "ConfidenceVoteEntry",
    "Election",
    "MORE_THAN_HALF_OF_TOTAL",
    "VoteRule",
    "VoteTally",
]


@attrs.frozen(kw_only=True)
class VoteRule:
    """A threshold a vote must meet: "more than half of the total number of delegates".

    Attributes:
        base: what the share is computed against.
        fraction: the share (``Fraction(1, 2)``).
        comparison: strictly more than, or at least.
        legal_basis: where the rule comes from, as text.
    """

    base: VoteBase = VoteBase.TOTAL_DELEGATES
    fraction: Fraction = attrs.field(default=Fraction(1, 2), validator=_checks.share)
    comparison: VoteComparison = VoteComparison.MORE_THAN
    legal_basis: str | None = attrs.field(default=None, validator=_checks.optional_text)

    @classmethod
    def more_than_half(cls) -> VoteRule:
        """More than half of the total number of delegates: ordinary resolutions."""
        return MORE_THAN_HALF_OF_TOTAL

    @classmethod
    def two_thirds(cls) -> VoteRule:
        """At least two thirds of the total number of delegates: dismissing a delegate."""
        return AT_LEAST_TWO_THIRDS_OF_TOTAL

    def met(self, votes: int, base: int) -> bool:
        """Whether ``votes`` out of ``base`` meet the threshold (exact integer arithmetic)."""
        if base <= 0:
            return False
        lhs, rhs = votes * self.fraction.denominator, self.fraction.numerator * base
        return lhs > rhs if self.comparison is VoteComparison.MORE_THAN else lhs >= rhs

    @property
    def label_vi(self) -> str:
        """The rule in Vietnamese: ``quá 1/2 tổng số đại biểu``."""
        share = "nửa" if self.fraction == Fraction(1, 2) else f"{self.fraction}"
        if self.fraction == Fraction(2, 3):
            share = "hai phần ba"
        return f"{self.comparison.label_vi} {share} {self.base.label_vi}"


MORE_THAN_HALF_OF_TOTAL = VoteRule(
    legal_basis="Luật Tổ chức chính quyền địa phương: quá nửa tổng số đại biểu"
)
AT_LEAST_TWO_THIRDS_OF_TOTAL = VoteRule(
    fraction=Fraction(2, 3),
    comparison=VoteComparison.AT_LEAST,
    legal_basis="Luật Tổ chức chính quyền địa phương: ít nhất hai phần ba tổng số đại biểu",
)


def _check_not_above(
    owner: object, field: str, value: int | None, limit: int | None, what: str
) -> None:
    if value is not None and limit is not None and value > limit:
        raise fail(owner, field, value, f"must not exceed {what} ({limit})")


@attrs.frozen(kw_only=True)
class VoteTally:
    """The counts of one vote (biểu quyết), with its outcome computed by a rule.

    A source may state a vote's outcome without its counts ("thông qua với sự thống nhất cao",
    "100% đại biểu có mặt tán thành"): such a vote has no ``in_favour`` and gives
    ``stated_outcome`` instead, with the share and its base when stated. It is kept apart from
    counted votes (:attr:`counted` is False): nothing computes counts or shares for it, and
    :func:`hdnd_model.wording.stated_outcome_text` writes it as stated.

    Attributes:
        id: an id for references (``"vote-nq-57"``).
        subject: what was voted on, as written.
        resolution_id: the resolution adopted by this vote, if any.
        in_favour: tán thành, when counted.
        against: không tán thành, if stated.
        not_voting: không biểu quyết (present, took no side), if stated.
        total_delegates: delegates in office: the base of printed shares; required for a
            counted vote, None for an outcome stated alone when the source gives no total.
        present: delegates present, if stated.
        method: show of hands, electronic or secret ballot.
        rule: the threshold.
        stated_outcome: the outcome as the source states it, for a vote given without counts
            (or stated beside the counts, with which it must then agree).
        stated_share: the share in favour the source states (``Fraction(1)`` for "100%").
        stated_base: what the stated share is of (the delegates present, or all delegates).
        stated_text: the source's own words for the outcome ("với sự thống nhất cao").
        ballots: the ballot counts of a vote by secret ballot (a dismissal, a removal), as the
            tellers announce them; the counts are then votes on valid ballots.
    """

    in_favour: int | None = attrs.field(default=None, validator=_checks.count)
    total_delegates: int | None = attrs.field(default=None, validator=_checks.positive)
    against: int | None = attrs.field(default=None, validator=_checks.count)
    not_voting: int | None = attrs.field(default=None, validator=_checks.count)
    present: int | None = attrs.field(default=None, validator=_checks.count)
    id: str | None = attrs.field(default=None, validator=_checks.optional_identifier)
    subject: str | None = attrs.field(default=None, validator=_checks.optional_text)
    resolution_id: str | None = attrs.field(default=None, validator=_checks.optional_identifier)
    method: VoteMethod | None = None
    rule: VoteRule = MORE_THAN_HALF_OF_TOTAL
    stated_outcome: VoteOutcome | None = None
    stated_share: Fraction | None = attrs.field(default=None, validator=_checks.optional_share)
    stated_base: VoteBase | None = None
    stated_text: str | None = attrs.field(default=None, validator=_checks.optional_text)
    ballots: Ballots | None = None

    def __attrs_post_init__(self) -> None:
        total = self.total_delegates
        if total is None and (self.in_favour is not None or self.ballots is not None):
            what = "counted" if self.in_favour is not None else "held by ballots"
            raise fail(self, "total_delegates", None, f"must be given when the vote is {what}")
        if self.ballots is not None:
            self._check_ballots(self.ballots)
        _check_not_above(self, "present", self.present, total, "total_delegates")
        limit, what = (
            (self.present, "present") if self.present is not None else (total, "total_delegates")
        )
        _check_not_above(self, "in_favour + against + not_voting", self.voting, limit, what)
        if self.rule.base is VoteBase.PRESENT and self.present is None and self.counted:
            raise fail(self, "present", None, "must be given when the rule counts the present")
        if self.in_favour is None or self.stated_outcome is not None:
            self._check_stated()

    def _check_ballots(self, ballots: Ballots) -> None:
        if self.method not in (None, VoteMethod.SECRET_BALLOT):
            raise fail(
                self,
                "method",
                self.method.value if self.method else None,
                "must be secret_ballot when ballots are counted",
            )
        assert self.total_delegates is not None  # refused above otherwise
        ballots.check_within(self, self.total_delegates)
        if ballots.valid is not None:
            _check_not_above(
                self,
                "in_favour + against + not_voting",
                self.voting,
                ballots.valid,
                "ballots.valid",
            )

    def _check_stated(self) -> None:
        if self.in_favour is None:
            if self.stated_outcome is None:
                raise fail(
                    self, "stated_outcome", None, "must be given when in_favour is not counted"
                )
            for field in ("against", "not_voting"):
                if getattr(self, field) is not None:
                    raise fail(
                        self,
                        field,
                        getattr(self, field),
                        "must be None when in_favour is not counted",
                    )
        elif self.stated_outcome is not None and (
            self.stated_outcome is VoteOutcome.PASSED
        ) != self.rule.met(self.in_favour, self.base):
            raise fail(
                self,
                "stated_outcome",
                self.stated_outcome.value,
                "must agree with the outcome the counts give under the rule",
            )
        share = self.stated_share
        if share is not None:
            if not 0 <= share <= 1:
                raise fail(self, "stated_share", str(share), "must be between 0 and 1")
            if self.stated_base is None:
                raise fail(self, "stated_base", None, "must be given with stated_share")
        elif self.stated_base is not None:
            raise fail(self, "stated_base", self.stated_base.value, "needs a stated_share")

    @property
    def counted(self) -> bool:
        """Whether the vote's counts are recorded (False: only its outcome is stated)."""
        return self.in_favour is not None

    @property
    def voting(self) -> int:
        """Delegates who took part (tham gia biểu quyết): the sum of the stated counts."""
        return (self.in_favour or 0) + (self.against or 0) + (self.not_voting or 0)

    @property
    def not_taking_part(self) -> int | None:
        """Delegates in office who did not take part, when every count is stated."""
        if self.in_favour is None or self.against is None or self.not_voting is None:
            return None
        assert self.total_delegates is not None  # a counted vote has its total
        return self.total_delegates - self.voting

    def count(self, choice: VoteChoice) -> int | None:
        """The count for ``choice``."""
        return {
            VoteChoice.IN_FAVOUR: self.in_favour,
            VoteChoice.AGAINST: self.against,
            VoteChoice.NOT_VOTING: self.not_voting,
        }[choice]

    def share(self, choice: VoteChoice) -> Fraction | None:
        """The count for ``choice`` as a share of the total number of delegates."""
        value, total = self.count(choice), self.total_delegates
        return None if value is None or total is None else Fraction(value, total)

    @property
    def base(self) -> int:
        """The number the rule's threshold is computed against."""
        if self.rule.base is VoteBase.TOTAL_DELEGATES:
            assert self.total_delegates is not None, "an uncounted vote has no base"
            return self.total_delegates
        if self.rule.base is VoteBase.PRESENT:
            assert self.present is not None
            return self.present
        return self.voting

    @property
    def passed(self) -> bool:
        """Whether the motion carried: under the rule, or as stated when not counted."""
        if self.in_favour is None:
            return self.stated_outcome is VoteOutcome.PASSED
        return self.rule.met(self.in_favour, self.base)


@attrs.frozen(kw_only=True)
class CandidateResult:
    """The votes one candidate received in an election."""

    person: Person
    votes: int = attrs.field(validator=_checks.count)


@attrs.frozen(kw_only=True)
class Ballots:
    """The ballot counts the tellers (Ban kiểm phiếu) announce; None where unstated.

    Attributes:
        issued: phiếu phát ra.
        returned: phiếu thu vào.
        valid: phiếu hợp lệ.
        invalid: phiếu không hợp lệ.
    """

    issued: int | None = attrs.field(default=None, validator=_checks.count)
    returned: int | None = attrs.field(default=None, validator=_checks.count)
    valid: int | None = attrs.field(default=None, validator=_checks.count)
    invalid: int | None = attrs.field(default=None, validator=_checks.count)

    def __attrs_post_init__(self) -> None:
        if self.issued is not None:
            _check_not_above(self, "returned", self.returned, self.issued, "issued")
        cap, what = (
            (self.returned, "returned") if self.returned is not None else (self.issued, "issued")
        )
        if cap is not None:
            _check_not_above(self, "valid + invalid", self.counted, cap, what)
        known = (self.returned, self.valid, self.invalid)
        if None not in known and self.counted != self.returned:
            raise fail(
                self,
                "invalid",
                self.invalid,
                f"valid + invalid must equal returned ({self.valid} + {self.invalid} != "
                f"{self.returned})",
            )

    @property
    def counted(self) -> int:
        """The valid and invalid ballots stated."""
        return (self.valid or 0) + (self.invalid or 0)

    def check_within(self, owner: object, total_delegates: int) -> tuple[int, str]:
        """Refuse more ballots than delegates; return the cap on one official's votes."""
        _check_not_above(owner, "ballots.issued", self.issued, total_delegates, "total_delegates")
        _check_not_above(
            owner, "ballots.returned", self.returned, total_delegates, "total_delegates"
        )
        _check_not_above(
            owner,
            "ballots.valid + ballots.invalid",
            self.counted,
            total_delegates,
            "total_delegates",
        )
        if self.valid is not None:
            return self.valid, "the valid ballots"
        return total_delegates, "total_delegates"


def _valid_cap(ballots: Ballots) -> tuple[int, str]:
    """The most votes the valid ballots allow (or MAX_COUNT when they are unstated)."""
    if ballots.valid is not None:
        return ballots.valid, "ballots.valid"
    return _checks.MAX_COUNT, "the largest count"


_NO_BALLOTS = Ballots()


class _Result(Protocol):
    @property
    def person(self) -> Person: ...

    @property
    def votes(self) -> int: ...


def _check_results(
    owner: Election | ConfidencePoll | ConfidenceVote,
    field: str,
    results: Sequence[_Result],
    noun: str,
) -> None:
    """Per-person results of a secret ballot: at least one, nobody twice, each within the
    valid ballots (or the total number of delegates when those are unstated)."""
    if not results:
        raise fail(owner, field, results, f"must list at least one {noun}")
    _checks.unique(owner, field, (r.person for r in results), noun)
    cap, what = owner.ballots.check_within(owner, owner.total_delegates)
    for i, result in enumerate(results):
        _check_not_above(owner, f"{field}[{i}].votes", result.votes, cap, what)
        own = getattr(result, "ballots", None)
        if own is not None and own != _NO_BALLOTS:
            own.check_within(owner, owner.total_delegates)


@attrs.frozen(kw_only=True)
class Election:
    """An election by secret ballot (bầu cử): ballots and votes per candidate.

    A candidate is elected with more than half of the total number of delegates (the rule)
    and more votes than those below them; a tie across the last seat elects nobody in the tie
    (a new round is needed).

    Attributes:
        id: an id for references.
        office: the office to fill, as written (``"Chủ tịch HĐND tỉnh"``).
        seats: how many are to be elected.
        total_delegates: delegates in office.
        ballots: the ballot counts announced by the tellers (Ban kiểm phiếu).
        candidates: the votes per candidate.
        rule: the threshold.
    """

    office: str = attrs.field(validator=_checks.name)
    total_delegates: int = attrs.field(validator=_checks.positive)
    candidates: tuple[CandidateResult, ...]
    id: str | None = attrs.field(default=None, validator=_checks.optional_identifier)
    seats: int = attrs.field(default=1, validator=_checks.positive)
    ballots: Ballots = Ballots()
    rule: VoteRule = MORE_THAN_HALF_OF_TOTAL

    def __attrs_post_init__(self) -> None:
        _check_results(self, "candidates", self.candidates, "candidate")
        self._check_candidate_votes_within_ballots()

    def _check_candidate_votes_within_ballots(self) -> None:
        """Each ballot names at most ``seats`` candidates: the votes add up to at most the
        valid ballots (or the delegates, when unstated) times the seats."""
        valid = self.ballots.valid
        cap, what = (
            (valid, "the valid ballots")
            if valid is not None
            else (self.total_delegates, "total_delegates")
        )
        votes = sum(c.votes for c in self.candidates)
        if votes > cap * self.seats:
            raise fail(
                self,
                "candidates",
                votes,
                f"must not receive more votes in all than {what} times the seats "
                f"({cap} x {self.seats} = {cap * self.seats})",
            )

    def _base(self) -> int:
        if self.rule.base is VoteBase.TOTAL_DELEGATES:
            assert self.total_delegates is not None, "an uncounted vote has no base"
            return self.total_delegates
        if self.ballots.valid is not None:
            return self.ballots.valid
        return self.total_delegates

    @property
    def elected(self) -> tuple[Person, ...]:
        """The candidates elected, most votes first."""
        passing = [c for c in self.candidates if self.rule.met(c.votes, self._base())]
        passing.sort(key=lambda c: -c.votes)
        if len(passing) > self.seats:
            cutoff = passing[self.seats - 1].votes
            if passing[self.seats].votes == cutoff:
                passing = [c for c in passing if c.votes > cutoff]
            else:
                passing = passing[: self.seats]
        return tuple(c.person for c in passing)

    @property
    def needs_new_round(self) -> bool:
        """Whether seats remain unfilled because of a tie among candidates above the threshold."""
        passing = [c for c in self.candidates if self.rule.met(c.votes, self._base())]
        return len(self.elected) < min(self.seats, len(passing))

    def share(self, person: Person) -> Fraction:
        """The votes of ``person`` as a share of the total number of delegates."""
        for candidate in self.candidates:
            if candidate.person == person:
                return Fraction(candidate.votes, self.total_delegates)
        raise KeyError(person.full_name)


@attrs.frozen(kw_only=True)
class ConfidencePollEntry:
    """One official's result in a confidence poll: three levels (``domain.md`` §4.4).

    ``ballots`` holds the ballot counts the tellers announce for this official, where they are
    announced per person ("Số phiếu hợp lệ: 53/53").
    """

    person: Person
    office: str = attrs.field(validator=_checks.name)
    high: int = attrs.field(validator=_checks.count)
    confident: int = attrs.field(validator=_checks.count)
    low: int = attrs.field(validator=_checks.count)
    ballots: Ballots = Ballots()

    def __attrs_post_init__(self) -> None:
        _check_not_above(self, "high + confident + low", self.votes, *_valid_cap(self.ballots))

    @property
    def votes(self) -> int:
        """The ballots that rated this official."""
        return self.high + self.confident + self.low


@attrs.frozen(kw_only=True)
class ConfidencePoll:
    """A confidence poll (lấy phiếu tín nhiệm): tín nhiệm cao / tín nhiệm / tín nhiệm thấp.

    More than half of the total number of delegates rating an official "low" lets them resign;
    at least two thirds obliges the Standing Committee to put a confidence vote.

    Attributes:
        total_delegates: delegates in office.
        entries: the officials' results.
        id: an id for references.
        ballots: the ballot counts announced for the whole poll.
        eligible: how many officials hold posts subject to the poll (the "35" of "27/35 người").
        polled: how many of them were polled (the "27"; the others in post too short a time).
    """

    total_delegates: int = attrs.field(validator=_checks.positive)
    entries: tuple[ConfidencePollEntry, ...]
    id: str | None = attrs.field(default=None, validator=_checks.optional_identifier)
    ballots: Ballots = Ballots()
    eligible: int | None = attrs.field(default=None, validator=_checks.count)
    polled: int | None = attrs.field(default=None, validator=_checks.count)

    def __attrs_post_init__(self) -> None:
        _check_results(self, "entries", self.entries, "official")
        if self.eligible is not None:
            _check_not_above(self, "polled", self.polled, self.eligible, "eligible")
        if self.polled is not None:
            _check_not_above(self, "entries", len(self.entries), self.polled, "polled")

    def low_share(self, entry: ConfidencePollEntry) -> Fraction:
        """The "low" ratings of ``entry`` as a share of the total number of delegates."""
        return Fraction(entry.low, self.total_delegates)

    def may_resign(self, entry: ConfidencePollEntry) -> bool:
        """More than half of all delegates rated the official low."""
        return MORE_THAN_HALF_OF_TOTAL.met(entry.low, self.total_delegates)

    def requires_confidence_vote(self, entry: ConfidencePollEntry) -> bool:
        """At least two thirds of all delegates rated the official low."""
        return AT_LEAST_TWO_THIRDS_OF_TOTAL.met(entry.low, self.total_delegates)


@attrs.frozen(kw_only=True)
class ConfidenceVoteEntry:
    """One official's result in a confidence vote: tín nhiệm / không tín nhiệm, with the ballot
    counts announced for this official, where they are announced per person."""

    person: Person
    office: str = attrs.field(validator=_checks.name)
    trust: int = attrs.field(validator=_checks.count)
    no_trust: int = attrs.field(validator=_checks.count)
    ballots: Ballots = Ballots()

    def __attrs_post_init__(self) -> None:
        _check_not_above(self, "trust + no_trust", self.votes, *_valid_cap(self.ballots))

    @property
    def votes(self) -> int:
        """The ballots that rated this official."""
        return self.trust + self.no_trust


@attrs.frozen(kw_only=True)
class ConfidenceVote:
    """A confidence vote (bỏ phiếu tín nhiệm): two levels, decided on the total of delegates."""

    total_delegates: int = attrs.field(validator=_checks.positive)
    entries: tuple[ConfidenceVoteEntry, ...]
    id: str | None = attrs.field(default=None, validator=_checks.optional_identifier)
    ballots: Ballots = Ballots()
    rule: VoteRule = MORE_THAN_HALF_OF_TOTAL

    def __attrs_post_init__(self) -> None:
        _check_results(self, "entries", self.entries, "official")

    def not_trusted(self, entry: ConfidenceVoteEntry) -> bool:
        """Whether the official lost the vote (không tín nhiệm by the rule's majority)."""
        return self.rule.met(entry.no_trust, self.total_delegates)
