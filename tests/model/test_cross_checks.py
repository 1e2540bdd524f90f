"""Rules across objects (votes and attendance, references, ballots, signers), exact messages."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import hdnd_model as hm
from tests.model import _factories as f

_ROLE = hm.ParticipantRole


def _refusal(build: object) -> str:
    with pytest.raises(hm.InvalidModelError) as exc:
        build()  # type: ignore[operator]
    return str(exc.value)


def _item(**fields: object) -> hm.AgendaItem:
    return hm.AgendaItem(number=1, title="Biểu quyết thông qua", **fields)  # type: ignore[arg-type]


def _attendance(present: int = 20, total: int = 27) -> hm.Attendance:
    return hm.Attendance(total_delegates=total, present=present)


class TestVotesAgainstAttendance:
    def test_vote_above_the_meetings_present(self) -> None:
        """A vote without its own present may not count more delegates than were present."""
        vote = hm.VoteTally(in_favour=25, total_delegates=27)
        assert (
            "'Meeting.agenda[0].votes[0].in_favour + against + not_voting' must not exceed the "
            "present of the meeting's attendance (20) (got 25)"
        ) == _refusal(lambda: f.meeting(attendance=_attendance(), agenda=(_item(votes=(vote,)),)))

    def test_vote_with_its_own_present(self) -> None:
        """A vote stating its own present is bounded by that (delegates come and go)."""
        vote = hm.VoteTally(in_favour=22, present=23, total_delegates=27)
        meeting = f.meeting(attendance=_attendance(), agenda=(_item(votes=(vote,)),))
        assert (vote,) == tuple(meeting.votes())

    def test_vote_total_differs_from_attendance(self) -> None:
        """A vote counts the same delegates in office as the roll call."""
        vote = hm.VoteTally(in_favour=15, total_delegates=30)
        assert (
            "'Meeting.agenda[0].votes[0].total_delegates' must equal the total_delegates of the "
            "meeting's attendance (27) (got 30)"
        ) == _refusal(lambda: f.meeting(attendance=_attendance(), agenda=(_item(votes=(vote,)),)))

    def test_election_total_differs_from_attendance(self) -> None:
        """The same holds for secret ballots."""
        election = hm.Election(
            office="Chủ tịch HĐND",
            total_delegates=30,
            candidates=(hm.CandidateResult(person=f.CHAIR, votes=20),),
        )
        message = _refusal(
            lambda: f.meeting(attendance=_attendance(), agenda=(_item(elections=(election,)),))
        )
        assert message.startswith("'Meeting.agenda[0].elections[0].total_delegates' must equal")


class TestRollCall:
    def _absent(self, n: int) -> tuple[hm.Participant, ...]:
        return tuple(
            hm.Participant(
                id=f"d{i}",
                role=_ROLE.DELEGATE,
                person=hm.Person(full_name=f"Nguyễn Văn {name}"),
                status=hm.AttendanceStatus.ABSENT_WITH_REASON,
            )
            for i, name in enumerate(("An", "Bình", "Cường")[:n])
        )

    def test_more_named_absent_than_counted(self) -> None:
        """3 delegates named absent with leave beside a count of 2 are refused."""
        attendance = hm.Attendance(total_delegates=27, present=25, absent_with_reason=2)
        meeting = f.meeting()
        assert (
            "'Meeting.participants' must not name more delegates vắng mặt có lý do than the "
            "attendance counts (2) (got 3)"
        ) == _refusal(
            lambda: attrs.evolve(
                meeting,
                attendance=attendance,
                participants=(*meeting.participants, *self._absent(3)),
            )
        )

    def test_more_named_absent_than_present_leaves(self) -> None:
        """Without the split, the named absent are bounded by total minus present."""
        attendance = hm.Attendance(total_delegates=27, present=25)
        meeting = f.meeting()
        assert (
            "'Meeting.participants' must not name more absent delegates than the attendance "
            "counts (2) (got 3)"
        ) == _refusal(
            lambda: attrs.evolve(
                meeting,
                attendance=attendance,
                participants=(*meeting.participants, *self._absent(3)),
            )
        )

    def test_names_in_both_places_count_once(self) -> None:
        """A delegate named in the attendance and as a participant is one absentee."""
        absent = self._absent(2)
        attendance = hm.Attendance(
            total_delegates=27,
            present=25,
            absent_with_reason=2,
            absent_with_reason_names=tuple(p.person for p in absent if p.person),
        )
        meeting = f.meeting()
        meeting = attrs.evolve(
            meeting, attendance=attendance, participants=(*meeting.participants, *absent)
        )
        assert 2 == len(meeting.attendance.absent_with_reason_names)  # type: ignore[union-attr]


class TestTellers:
    def test_teller_on_the_ballot(self) -> None:
        """Nobody on a ballot sits on the Ban kiểm phiếu."""
        teller = hm.Participant(id="t1", role=_ROLE.TELLER_HEAD, person=f.SECRETARY)
        election = hm.Election(
            office="Phó Chủ tịch HĐND",
            total_delegates=27,
            candidates=(hm.CandidateResult(person=f.SECRETARY, votes=20),),
        )
        meeting = f.meeting()
        assert (
            "'Meeting.agenda[0].elections[0].candidates[0].person' must not be a teller (Ban "
            "kiểm phiếu) of the ballot (got 'Lê Thị Thủy')"
        ) == _refusal(
            lambda: attrs.evolve(
                meeting,
                participants=(*meeting.participants, teller),
                agenda=(_item(elections=(election,)),),
            )
        )

    def test_teller_of_another_sitting(self) -> None:
        """The Ban kiểm phiếu serves the whole session: a teller named at the opening may not
        be on a ballot of a later sitting."""
        teller = hm.Participant(id="t1", role=_ROLE.TELLER, person=f.SECRETARY)
        poll = hm.ConfidencePoll(
            total_delegates=27,
            entries=(
                hm.ConfidencePollEntry(
                    person=f.SECRETARY, office="Phó Chủ tịch", high=10, confident=10, low=2
                ),
            ),
        )
        first = f.meeting(participants=(teller,))
        second = f.meeting(
            dt.date(2021, 7, 21),
            id="m2",
            kind=hm.MeetingKind.CONFIDENCE,
            agenda=(_item(confidence_polls=(poll,)),),
        )
        assert (
            "'Session.meetings[1].agenda[0].confidence_polls[0].entries[0].person' must not be "
            "a teller (Ban kiểm phiếu) of the ballot (got 'Lê Thị Thủy')"
        ) == _refusal(lambda: f.session(meetings=(first, second)))


class TestElectionBallots:
    def test_votes_above_valid_ballots_times_seats(self) -> None:
        """Each ballot names at most as many candidates as there are seats."""
        candidates = tuple(
            hm.CandidateResult(person=hm.Person(full_name=name), votes=40)
            for name in ("Trần Văn An", "Lê Văn Bình", "Phạm Văn Cường")
        )
        assert (
            "'Election.candidates' must not receive more votes in all than the valid ballots "
            "times the seats (50 x 2 = 100) (got 120)"
        ) == _refusal(
            lambda: hm.Election(
                office="Phó Chủ tịch HĐND",
                total_delegates=52,
                seats=2,
                ballots=hm.Ballots(valid=50),
                candidates=candidates,
            )
        )

    def test_votes_within_delegates_without_ballots(self) -> None:
        """Without valid ballots stated, the delegates bound the votes."""
        candidates = tuple(
            hm.CandidateResult(person=hm.Person(full_name=name), votes=30)
            for name in ("Trần Văn An", "Lê Văn Bình")
        )
        message = _refusal(
            lambda: hm.Election(office="Chủ tịch", total_delegates=52, candidates=candidates)
        )
        assert message.endswith("than total_delegates times the seats (52 x 1 = 52) (got 60)")


class TestReferences:
    def test_vote_names_no_resolution_of_the_session(self) -> None:
        """A vote's resolution_id names one of the session's resolutions."""
        vote = hm.VoteTally(in_favour=20, total_delegates=27, resolution_id="nq-99")
        meeting = f.meeting(agenda=(_item(votes=(vote,)),))
        assert (
            "'Session.meetings[0].agenda[0].votes[0].resolution_id' must be the id of one of "
            "the session's resolutions (got 'nq-99')"
        ) == _refusal(lambda: f.session(meetings=(meeting,)))

    def test_vote_names_a_resolution_of_the_session(self) -> None:
        """A resolution_id that resolves is kept."""
        vote = hm.VoteTally(in_favour=20, total_delegates=27, resolution_id="nq-1")
        meeting = f.meeting(agenda=(_item(votes=(vote,)),))
        resolution = hm.Resolution(id="nq-1", title="Về Nội quy kỳ họp", vote=vote)
        session = f.session(meetings=(meeting,), resolutions=(resolution,))
        assert (vote,) == tuple(session.votes())

    def test_meeting_record_vote_names_a_resolution(self) -> None:
        """A record of one meeting holds no resolution a vote could name."""
        vote = hm.VoteTally(in_favour=20, total_delegates=27, resolution_id="nq-1")
        meeting = f.meeting(agenda=(_item(votes=(vote,)),))
        assert (
            "'Minutes.meeting.agenda[0].votes[0].resolution_id' must be None: a record of one "
            "meeting holds no resolutions (got 'nq-1')"
        ) == _refusal(lambda: hm.Minutes(id="bb", council=f.council(), meeting=meeting))

    def test_agenda_respondent_must_be_a_participant(self) -> None:
        """A respondent is a participant of the meeting."""
        question = hm.Question(question="Tiến độ?", respondent_id="p9")
        assert (
            "'Meeting.agenda[0].questions[0].respondent_id' must be the id of a participant "
            "(got 'p9')"
        ) == _refusal(lambda: f.meeting(agenda=(_item(questions=(question,)),)))


class TestChairSignature:
    def test_signer_is_not_a_chair(self) -> None:
        """The signer under CHỦ TỌA is one of the record's chairs."""
        signature = hm.Signature(person=f.SECRETARY, title="CHỦ TỌA")
        assert (
            "'Minutes.chair.person' must be a chair of the record (Trần Văn Hòa) "
            "(got 'Lê Thị Thủy')"
        ) == _refusal(lambda: f.minutes(chair=signature))

    def test_signer_is_the_chair(self) -> None:
        """The chair signs."""
        signature = hm.Signature(person=f.CHAIR, title="CHỦ TỌA")
        assert signature == f.minutes(chair=signature).chair
