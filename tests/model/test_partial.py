"""Facts as sources state them, nothing invented: stated outcomes, sessions known by a sitting."""

from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given

import hdnd_model as hm
from hdnd_model.interop import export, from_akn
from hdnd_model.render import render_minutes
from hdnd_model.testing import strategies as hst
from hdnd_model.wording import stated_outcome_text
from tests.model._factories import council, meeting

D = dt.date


def _refused(build: object, field: str, reason: str, owner: str) -> None:
    assert callable(build)
    with pytest.raises(hm.InvalidModelError) as info:
        build()
    assert (field, reason, owner) == (info.value.field, info.value.reason, info.value.owner)


UNANIMOUS = hm.VoteTally(
    total_delegates=50,
    stated_outcome=hm.VoteOutcome.PASSED,
    stated_share=Fraction(1),
    stated_base=hm.VoteBase.PRESENT,
)


class TestStatedOutcome:
    def test_no_counts_invented(self) -> None:
        """ "100% đại biểu có mặt tán thành" is held without counts; it passed as stated."""
        assert (None, None, False, True) == (
            UNANIMOUS.in_favour,
            UNANIMOUS.share(hm.VoteChoice.IN_FAVOUR),
            UNANIMOUS.counted,
            UNANIMOUS.passed,
        )
        assert "100% số đại biểu có mặt tán thành, thông qua" == stated_outcome_text(UNANIMOUS)

    def test_words_only(self) -> None:
        """ "thông qua với sự thống nhất cao": an outcome and the source's words."""
        vote = hm.VoteTally(
            total_delegates=30,
            stated_outcome=hm.VoteOutcome.PASSED,
            stated_text="với sự thống nhất cao",
        )
        assert "thông qua với sự thống nhất cao" == stated_outcome_text(vote)

    def test_needs_an_outcome(self) -> None:
        """A vote without counts states its outcome."""
        _refused(
            lambda: hm.VoteTally(total_delegates=30),
            "stated_outcome",
            "must be given when in_favour is not counted",
            "VoteTally",
        )

    def test_no_partial_counts(self) -> None:
        """Counts against without counts in favour are refused."""
        _refused(
            lambda: hm.VoteTally(
                total_delegates=30, against=1, stated_outcome=hm.VoteOutcome.PASSED
            ),
            "against",
            "must be None when in_favour is not counted",
            "VoteTally",
        )

    def test_agrees_with_counts(self) -> None:
        """A stated outcome beside counts agrees with them."""
        _refused(
            lambda: hm.VoteTally(
                in_favour=10, total_delegates=30, stated_outcome=hm.VoteOutcome.PASSED
            ),
            "stated_outcome",
            "must agree with the outcome the counts give under the rule",
            "VoteTally",
        )

    def test_share_needs_its_base(self) -> None:
        """A stated share says what it is a share of."""
        _refused(
            lambda: hm.VoteTally(
                total_delegates=30,
                stated_outcome=hm.VoteOutcome.PASSED,
                stated_share=Fraction(1),
            ),
            "stated_base",
            "must be given with stated_share",
            "VoteTally",
        )

    def test_no_total_invented(self) -> None:
        """ "Thông qua với sự thống nhất cao" from a source that gives no number of delegates:
        held without one, and nothing computes a share."""
        vote = hm.VoteTally(
            stated_outcome=hm.VoteOutcome.PASSED, stated_text="với sự thống nhất cao"
        )
        assert (None, None, True) == (
            vote.total_delegates,
            vote.share(hm.VoteChoice.IN_FAVOUR),
            vote.passed,
        )
        assert vote == hm.from_json(hm.to_json(vote)) == hm.from_xml(hm.to_xml(vote))
        assert "total_delegates" not in json.loads(hm.to_json(vote))

    def test_counted_vote_needs_its_total(self) -> None:
        """Counts are shares of the delegates in office: a counted vote gives their number."""
        with pytest.raises(hm.InvalidModelError) as info:
            hm.VoteTally(in_favour=30)
        assert (
            "'VoteTally.total_delegates' must be given when the vote is counted (got None)"
            == str(info.value)
        )

    def test_ballots_need_the_total(self) -> None:
        """A secret ballot counts ballots against the delegates in office."""
        with pytest.raises(hm.InvalidModelError) as info:
            hm.VoteTally(
                stated_outcome=hm.VoteOutcome.PASSED, ballots=hm.Ballots(issued=40, valid=40)
            )
        assert (
            "'VoteTally.total_delegates' must be given when the vote is held by ballots "
            "(got None)" == str(info.value)
        )

    def test_meeting_total_not_copied(self) -> None:
        """A vote without a total sits in a meeting that counts its delegates; the meeting's
        total is not written into it."""
        vote = hm.VoteTally(stated_outcome=hm.VoteOutcome.PASSED)
        item = hm.AgendaItem(number=1, title="Thông qua nghị quyết", votes=(vote,))
        held = meeting(
            attendance=hm.Attendance(total_delegates=30, present=28, absent_with_reason=2),
            agenda=(item,),
        )
        assert held.agenda[0].votes[0].total_delegates is None

    def test_round_trips(self) -> None:
        """Both formats keep a stated outcome as stated."""
        assert UNANIMOUS == hm.from_json(hm.to_json(UNANIMOUS))
        assert UNANIMOUS == hm.from_xml(hm.to_xml(UNANIMOUS))
        assert "in_favour" not in hm.to_json(UNANIMOUS)


class TestSessionFromOneSitting:
    def test_dates_come_from_the_sitting(self) -> None:
        """A session known from one sitting states no dates; its days are the sitting's."""
        session = hm.Session(id="s1", council_id="c", number=5, meetings=(meeting(D(2023, 12, 8)),))
        assert (None, None, False) == (session.start_date, session.end_date, session.dates_stated)
        assert (D(2023, 12, 8), D(2023, 12, 8)) == (session.first_day, session.last_day)
        minutes = hm.Minutes(id="bb", council=council(), session=session)
        assert D(2023, 12, 8) == minutes.first_day
        assert session == hm.from_json(hm.to_json(session))

    def test_needs_dates_or_sittings(self) -> None:
        """A session without sittings states its dates."""
        _refused(
            lambda: hm.Session(id="s1", council_id="c"),
            "start_date",
            "must be given when the session has no sittings",
            "Session",
        )

    def test_sittings_within_stated_start(self) -> None:
        """A stated start still bounds the sittings."""
        _refused(
            lambda: hm.Session(
                id="s1",
                council_id="c",
                start_date=D(2023, 12, 9),
                meetings=(meeting(D(2023, 12, 8)),),
            ),
            "meetings[0].date",
            "must fall within the session (2023-12-09 to …)",
            "Session",
        )


class TestAttendanceShare:
    def test_share_only(self) -> None:
        """Attendance given only as a share keeps it; no count is made up."""
        att = hm.Attendance(total_delegates=40, stated_present_share=Fraction(19, 20))
        assert (None, Fraction(19, 20), True) == (att.present, att.present_share, att.has_quorum())

    def test_not_beside_a_count(self) -> None:
        """With a count, the share is computed, not stated."""
        _refused(
            lambda: hm.Attendance(
                total_delegates=40, present=38, stated_present_share=Fraction(19, 20)
            ),
            "stated_present_share",
            "must be None when present is counted (the share is computed)",
            "Attendance",
        )


@given(hst.minutes(partial=True))
def test_partial_minutes_round_trip_and_export(minutes: hm.Minutes) -> None:
    """Records with partial facts survive both formats and the Akoma Ntoso export."""
    assert minutes == hm.from_json(hm.to_json(minutes))
    assert minutes == hm.from_xml(hm.to_xml(minutes))
    assert minutes == from_akn(export(minutes, to="akn").content)
    export(minutes, to="popolo")
    export(minutes, to="oparl")


def test_stated_outcome_renders_as_stated(tmp_path: object) -> None:
    """The minutes print a stated outcome in its own words and no counts."""
    session = hm.Session(
        id="s1",
        council_id="c",
        start_date=D(2021, 7, 20),
        resolutions=(hm.Resolution(id="nq", title="Về Nội quy kỳ họp", vote=UNANIMOUS),),
    )
    minutes = hm.Minutes(id="bb", council=council(), session=session)
    out = Path(str(tmp_path)) / "bb.txt"
    render_minutes(minutes, out, format="txt")
    text = " ".join(out.read_text(encoding="utf-8").split())
    assert "100% số đại biểu có mặt tán thành, thông qua" in text
    assert "/50" not in text


def test_stated_outcome_without_total_renders(tmp_path: object) -> None:
    """A vote stated without the number of delegates prints its words and no number."""
    vote = hm.VoteTally(stated_outcome=hm.VoteOutcome.PASSED, stated_text="với sự thống nhất cao")
    session = hm.Session(
        id="s1",
        council_id="c",
        start_date=D(2021, 7, 20),
        resolutions=(hm.Resolution(id="nq", title="Về Nội quy kỳ họp", vote=vote),),
    )
    minutes = hm.Minutes(id="bb", council=council(), session=session)
    out = Path(str(tmp_path)) / "bb.txt"
    render_minutes(minutes, out, format="txt")
    text = " ".join(out.read_text(encoding="utf-8").split())
    assert "Về Nội quy kỳ họp: thông qua với sự thống nhất cao" in text
    assert "None" not in text
