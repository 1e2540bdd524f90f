"""Ballots per official, secret votes with ballots, merged councils, Thường trực questioning."""

from __future__ import annotations

import datetime as dt

import pytest

import hdnd_model as hm
from tests.model._factories import council

D = dt.date
AN = hm.Person(full_name="Nguyễn Văn An")


def _refused(build: object, field: str, reason: str, owner: str) -> None:
    assert callable(build)
    with pytest.raises(hm.InvalidModelError) as info:
        build()
    assert (field, reason, owner) == (info.value.field, info.value.reason, info.value.owner)


class TestBallots:
    def test_per_official_valid_ballots(self) -> None:
        """ "Số phiếu hợp lệ: 53/53" is held for each official."""
        entry = hm.ConfidencePollEntry(
            person=AN, office="Chủ tịch HĐND tỉnh", high=40, confident=10, low=3,
            ballots=hm.Ballots(valid=53),
        )  # fmt: skip
        assert 53 == entry.ballots.valid
        _refused(
            lambda: hm.ConfidencePollEntry(
                person=AN,
                office="Chủ tịch",
                high=40,
                confident=10,
                low=4,
                ballots=hm.Ballots(valid=53),
            ),
            "high + confident + low",
            "must not exceed ballots.valid (53)",
            "ConfidencePollEntry",
        )

    def test_eligible_and_polled(self) -> None:
        """ "27/35 người": 27 polled of 35 eligible; no more polled than eligible."""
        entry = hm.ConfidencePollEntry(person=AN, office="Chủ tịch", high=1, confident=0, low=0)
        poll = hm.ConfidencePoll(total_delegates=58, entries=(entry,), eligible=35, polled=27)
        assert (35, 27) == (poll.eligible, poll.polled)
        _refused(
            lambda: hm.ConfidencePoll(total_delegates=58, entries=(entry,), eligible=27, polled=35),
            "polled",
            "must not exceed eligible (27)",
            "ConfidencePoll",
        )

    def test_secret_vote_with_ballots(self) -> None:
        """A dismissal by secret ballot keeps its ballots; votes count valid ballots."""
        vote = hm.VoteTally(
            subject="Bãi nhiệm đại biểu HĐND",
            in_favour=40,
            against=5,
            total_delegates=50,
            method=hm.VoteMethod.SECRET_BALLOT,
            rule=hm.AT_LEAST_TWO_THIRDS_OF_TOTAL,
            ballots=hm.Ballots(issued=48, returned=48, valid=47, invalid=1),
        )
        assert vote.passed
        assert vote == hm.from_json(hm.to_json(vote))
        _refused(
            lambda: hm.VoteTally(
                in_favour=40,
                total_delegates=50,
                method=hm.VoteMethod.SHOW_OF_HANDS,
                ballots=hm.Ballots(valid=47),
            ),
            "method",
            "must be secret_ballot when ballots are counted",
            "VoteTally",
        )


class TestTransition:
    MERGED = hm.AdministrativeUnit(
        kind=hm.UnitKind.COMMUNE,
        name="Mỹ Hòa Hưng",
        predecessors=(hm.AdministrativeUnit(kind=hm.UnitKind.COMMUNE, name="Hòa Bình"),),
    )

    def test_merged_council_starts_mid_term(self) -> None:
        """A merged commune's council began on 2025-07-01, within the 2021-2026 term."""
        term = hm.Term(id="t", council_id="c", first_year=2021, start_date=D(2025, 7, 1))
        assert D(2025, 7, 1) == term.start_date
        merged = hm.Council(
            id="c", unit=self.MERGED, formed_on=D(2025, 7, 1), predecessor_ids=("c-old",)
        )
        assert ("c-old",) == merged.predecessor_ids
        assert merged == hm.from_xml(hm.to_xml(merged))

    def test_term_start_outside_the_term(self) -> None:
        """A start after the term's last year is still refused."""
        _refused(
            lambda: hm.Term(id="t", council_id="c", first_year=2021, start_date=D(2027, 1, 1)),
            "start_date",
            "must fall between 2020 and 2026",
            "Term",
        )

    def test_predecessors_of_the_same_level(self) -> None:
        """A commune is merged from communes, not from a province."""
        _refused(
            lambda: hm.AdministrativeUnit(
                kind=hm.UnitKind.COMMUNE,
                name="X",
                predecessors=(hm.AdministrativeUnit(kind=hm.UnitKind.PROVINCE, name="Y"),),
            ),
            "predecessors[0]",
            "must be a unit of the same level as a xã",
            "AdministrativeUnit",
        )

    def test_not_its_own_predecessor(self) -> None:
        """A council does not replace itself."""
        _refused(
            lambda: hm.Council(id="c", unit=self.MERGED, predecessor_ids=("c",)),
            "predecessor_ids",
            "must not name the council itself",
            "Council",
        )

    def test_standing_questioning(self) -> None:
        """A Thường trực phiên chất vấn between sessions is a meeting of the Thường trực."""
        meeting = hm.Meeting(
            id="cv",
            kind=hm.MeetingKind.STANDING_QUESTIONING,
            organ=hm.OrganKind.STANDING_COMMITTEE,
            date=D(2024, 9, 10),
        )
        assert meeting.kind.is_standing
        _refused(
            lambda: hm.Meeting(
                id="cv", kind=hm.MeetingKind.STANDING_QUESTIONING, date=D(2024, 9, 10)
            ),
            "organ",
            "must be the body holding a standing_questioning meeting, not the council",
            "Meeting",
        )

    def test_commune_confidence_polls_policy(self) -> None:
        """With commune_confidence_polls=False, a commune council's poll after 2025 is refused."""
        entry = hm.ConfidencePollEntry(person=AN, office="Chủ tịch", high=1, confident=0, low=0)
        poll = hm.ConfidencePoll(total_delegates=20, entries=(entry,))
        item = hm.AgendaItem(number=1, title="Lấy phiếu tín nhiệm", confidence_polls=(poll,))
        sitting = hm.Meeting(
            id="m", kind=hm.MeetingKind.CONFIDENCE, date=D(2025, 12, 10), agenda=(item,)
        )
        record = {"id": "bb", "council": council(self.MERGED), "meeting": sitting}
        assert hm.Minutes(**record)  # type: ignore[arg-type]
        with hm.use_policy(hm.Policy(commune_confidence_polls=False)):
            _refused(
                lambda: hm.Minutes(**record),  # type: ignore[arg-type]
                "meetings[0].agenda[0].confidence_polls",
                "must be empty: confidence polls do not apply to commune councils "
                "(policy: commune_confidence_polls is False)",
                "Minutes",
            )
