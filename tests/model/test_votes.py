"""Outcomes and shares computed from counts and rules (``domain.md`` §4)."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hdnd_model as hm
from hdnd_model.vn import format_share
from tests.model import _factories as f


class TestVoteRule:
    @pytest.mark.parametrize(
        ("yes", "total", "expected"),
        [(29, 58, False), (30, 58, True), (28, 57, False), (29, 57, True), (1, 1, True)],
    )
    def test_more_than_half_of_total(self, yes: int, total: int, expected: bool) -> None:
        """Ordinary resolutions need more than half of all delegates: 2Y > T."""
        assert expected == hm.VoteRule.more_than_half().met(yes, total)

    @pytest.mark.parametrize(
        ("yes", "total", "expected"), [(38, 58, False), (39, 58, True), (40, 60, True)]
    )
    def test_two_thirds(self, yes: int, total: int, expected: bool) -> None:
        """Dismissing a delegate needs at least two thirds: 3Y >= 2T."""
        assert expected == hm.VoteRule.two_thirds().met(yes, total)

    @given(st.integers(0, 500), st.integers(1, 500))
    def test_integer_rule_matches_definition(self, yes: int, total: int) -> None:
        """The presets agree with the integer tests of the law."""
        yes = min(yes, total)
        assert (2 * yes > total) == hm.VoteRule.more_than_half().met(yes, total)
        assert (3 * yes >= 2 * total) == hm.VoteRule.two_thirds().met(yes, total)

    def test_fraction_bounds(self) -> None:
        """A threshold is a share in (0, 1]."""
        with pytest.raises(hm.InvalidModelError):
            hm.VoteRule(fraction=Fraction(3, 2))

    def test_label(self) -> None:
        """The rule reads as the law words it."""
        assert "quá nửa tổng số đại biểu" == hm.VoteRule.more_than_half().label_vi
        assert "ít nhất hai phần ba tổng số đại biểu" == hm.VoteRule.two_thirds().label_vi


class TestVoteTally:
    def test_national_assembly_example(self) -> None:
        """423/494 in favour is 85,63% of the total (domain.md §4.2)."""
        tally = hm.VoteTally(in_favour=423, against=8, not_voting=1, total_delegates=494)
        assert tally.passed
        assert 432 == tally.voting
        assert 62 == tally.not_taking_part
        assert "85,63%" == format_share(tally.in_favour, tally.total_delegates)
        assert Fraction(1, 494) == tally.share(hm.VoteChoice.NOT_VOTING)

    def test_majority_of_present_is_not_enough(self) -> None:
        """A majority of those present can still fail a vote counted on the total."""
        tally = hm.VoteTally(in_favour=25, against=5, present=30, total_delegates=58)
        assert not tally.passed
        on_present = hm.VoteTally(
            in_favour=25,
            against=5,
            present=30,
            total_delegates=58,
            rule=hm.VoteRule(base=hm.VoteBase.PRESENT),
        )
        assert on_present.passed

    def test_unknown_counts_stay_unknown(self) -> None:
        """Unstated counts are None, and so is what depends on them."""
        tally = hm.VoteTally(in_favour=87, present=93, total_delegates=95)
        assert tally.against is None
        assert tally.not_taking_part is None
        assert tally.share(hm.VoteChoice.AGAINST) is None


class TestElection:
    def _election(self, *votes: int, seats: int = 1) -> hm.Election:
        people = [hm.Person(full_name=n) for n in ("Trần Văn Hòa", "Lê Thị Thủy", "Phạm Minh")]
        return hm.Election(
            office="Phó Chủ tịch HĐND tỉnh",
            total_delegates=58,
            seats=seats,
            candidates=tuple(
                hm.CandidateResult(person=p, votes=v) for p, v in zip(people, votes, strict=False)
            ),
        )

    def test_winner_needs_more_than_half_of_total(self) -> None:
        """30 of 58 elects; 29 does not."""
        assert (f.CHAIR,) == self._election(30).elected
        assert () == self._election(29).elected

    def test_most_votes_win_the_seats(self) -> None:
        """With more passing candidates than seats, the most votes win."""
        election = self._election(40, 35, 31, seats=2)
        assert ("Trần Văn Hòa", "Lê Thị Thủy") == tuple(p.full_name for p in election.elected)

    def test_tie_across_last_seat(self) -> None:
        """A tie across the last seat elects nobody in the tie and needs a new round."""
        election = self._election(40, 35, 35, seats=2)
        assert (f.CHAIR,) == election.elected
        assert election.needs_new_round

    def test_duplicate_candidate(self) -> None:
        """A candidate appears once."""
        with pytest.raises(hm.InvalidModelError):
            hm.Election(
                office="Chủ tịch",
                total_delegates=58,
                candidates=(
                    hm.CandidateResult(person=f.CHAIR, votes=1),
                    hm.CandidateResult(person=f.CHAIR, votes=2),
                ),
            )


class TestConfidence:
    def test_poll_thresholds(self) -> None:
        """Low ratings by more than half allow resignation; two thirds force a vote."""
        entry = hm.ConfidencePollEntry(
            person=f.CHAIR, office="Chủ tịch UBND tỉnh", high=10, confident=8, low=40
        )
        poll = hm.ConfidencePoll(total_delegates=58, entries=(entry,))
        assert poll.may_resign(entry)
        assert poll.requires_confidence_vote(entry)
        assert Fraction(40, 58) == poll.low_share(entry)

    def test_quang_nam_share(self) -> None:
        """49 of 58 is 84,48% of the provincial council's delegates (domain.md §4.3)."""
        entry = hm.ConfidencePollEntry(
            person=f.CHAIR, office="Chủ tịch HĐND tỉnh", high=49, confident=4, low=0
        )
        poll = hm.ConfidencePoll(total_delegates=58, entries=(entry,))
        assert not poll.may_resign(entry)
        assert "84,48%" == format_share(entry.high, poll.total_delegates)

    def test_confidence_vote(self) -> None:
        """Không tín nhiệm by more than half of all delegates loses the vote."""
        lost = hm.ConfidenceVoteEntry(person=f.CHAIR, office="Giám đốc Sở", trust=20, no_trust=30)
        kept = hm.ConfidenceVoteEntry(
            person=f.SECRETARY, office="Giám đốc Sở", trust=29, no_trust=29
        )
        vote = hm.ConfidenceVote(total_delegates=58, entries=(lost, kept))
        assert vote.not_trusted(lost)
        assert not vote.not_trusted(kept)


class TestAttendance:
    def test_quorum_default_two_thirds(self) -> None:
        """The default quorum is two thirds of all delegates, configurable by policy."""
        attendance = hm.Attendance(total_delegates=58, present=38)
        assert attendance.has_quorum() is False
        assert attendance.has_quorum(Fraction(1, 2)) is True
        with hm.use_policy(hm.Policy(quorum=Fraction(1, 2))):
            assert attendance.has_quorum() is True

    def test_absent_derived(self) -> None:
        """Absent delegates are the total less the present."""
        assert 5 == hm.Attendance(total_delegates=58, present=53).absent
