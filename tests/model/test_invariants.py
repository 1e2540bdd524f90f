"""Invariants checked at construction, with their exact messages."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
import pytest

import hdnd_model as hm
from tests.model import _factories as f


def _message(exc: pytest.ExceptionInfo[hm.InvalidModelError]) -> str:
    return str(exc.value)


class TestVoteCounts:
    def test_counts_above_present_are_refused(self) -> None:
        """yes + no + abstain may not exceed the present."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.VoteTally(in_favour=40, against=10, not_voting=5, present=53, total_delegates=58)
        assert (
            "'VoteTally.in_favour + against + not_voting' must not exceed present (53) (got 55)"
            == _message(exc)
        )

    def test_present_above_total_is_refused(self) -> None:
        """present may not exceed the total number of delegates."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.VoteTally(in_favour=40, present=59, total_delegates=58)
        assert "'VoteTally.present' must not exceed total_delegates (58) (got 59)" == _message(exc)

    def test_counts_above_total_without_present_are_refused(self) -> None:
        """Without a present count the votes are bounded by the total."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.VoteTally(in_favour=50, against=9, total_delegates=58)
        assert exc.value.field == "in_favour + against + not_voting"
        assert exc.value.value == 59

    def test_negative_count_is_refused(self) -> None:
        """Counts are whole numbers >= 0."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.VoteTally(in_favour=-1, total_delegates=58)
        assert (
            "'VoteTally.in_favour' must be a whole number from 0 to 2147483647 (got -1)"
            == _message(exc)
        )

    def test_zero_total_is_refused(self) -> None:
        """A council has at least one delegate."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.VoteTally(in_favour=0, total_delegates=0)
        assert (
            "'VoteTally.total_delegates' must be a whole number from 1 to 2147483647 (got 0)"
            == _message(exc)
        )

    def test_present_rule_needs_present(self) -> None:
        """A rule counted on the present needs the present count."""
        rule = hm.VoteRule(base=hm.VoteBase.PRESENT)
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.VoteTally(in_favour=30, total_delegates=58, rule=rule)
        assert exc.value.field == "present"

    def test_attendance_must_add_up(self) -> None:
        """present + absent with and without reason equals the total when all are given."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.Attendance(
                total_delegates=27, present=25, absent_with_reason=1, absent_without_reason=0
            )
        assert (
            "'Attendance.absent_without_reason' present + absent_with_reason + "
            "absent_without_reason must equal total_delegates (26 != 27) (got 0)"
        ) == _message(exc)

    def test_attendance_online_within_present(self) -> None:
        """Online delegates are counted among the present."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.Attendance(total_delegates=27, present=5, online=6)
        assert "'Attendance.online' must not exceed present (5) (got 6)" == _message(exc)

    def test_attendance_names_within_counts(self) -> None:
        """More names than the count of absent delegates is refused."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.Attendance(
                total_delegates=27,
                present=26,
                absent_with_reason=1,
                absent_with_reason_names=(f.CHAIR, f.SECRETARY),
            )
        assert exc.value.field == "absent_with_reason_names"

    def test_ballots_must_add_up(self) -> None:
        """Valid and invalid ballots make up the ballots returned."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.Ballots(issued=53, returned=53, valid=50, invalid=2)
        assert (
            "'Ballots.invalid' valid + invalid must equal returned (50 + 2 != 53) (got 2)"
            == _message(exc)
        )

    def test_returned_within_issued(self) -> None:
        """No more ballots come back than were issued."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.Ballots(issued=50, returned=51)
        assert "'Ballots.returned' must not exceed issued (50) (got 51)" == _message(exc)

    def test_ballots_within_total(self) -> None:
        """No more ballots are issued than there are delegates."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.Election(
                office="Chủ tịch HĐND tỉnh",
                total_delegates=50,
                ballots=hm.Ballots(issued=51),
                candidates=(hm.CandidateResult(person=f.CHAIR, votes=30),),
            )
        assert "'Election.ballots.issued' must not exceed total_delegates (50) (got 51)" == (
            _message(exc)
        )

    def test_candidate_votes_within_valid_ballots(self) -> None:
        """A candidate cannot receive more votes than there are valid ballots."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.Election(
                office="Chủ tịch HĐND tỉnh",
                total_delegates=58,
                ballots=hm.Ballots(issued=53, returned=53, valid=53, invalid=0),
                candidates=(hm.CandidateResult(person=f.CHAIR, votes=54),),
            )
        assert (
            "'Election.candidates[0].votes' must not exceed the valid ballots (53) (got 54)"
            == _message(exc)
        )

    def test_confidence_poll_ratings_within_ballots(self) -> None:
        """The three ratings of an official cannot exceed the valid ballots."""
        entry = hm.ConfidencePollEntry(
            person=f.CHAIR, office="Chủ tịch UBND tỉnh", high=40, confident=10, low=5
        )
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.ConfidencePoll(total_delegates=58, ballots=hm.Ballots(valid=53), entries=(entry,))
        assert exc.value.field == "entries[0].votes"


class TestDates:
    def test_session_end_before_start(self) -> None:
        """A session cannot end before it starts."""
        with pytest.raises(hm.InvalidModelError) as exc:
            f.session(start=dt.date(2021, 7, 22), end=dt.date(2021, 7, 20))
        assert "'Session.end_date' must not be before start_date (got '2021-07-20')" == (
            _message(exc)
        )

    def test_meeting_end_time_before_start_time(self) -> None:
        """A meeting cannot end before it starts."""
        with pytest.raises(hm.InvalidModelError) as exc:
            f.meeting(start_time=dt.time(14, 0), end_time=dt.time(8, 0))
        assert "'Meeting.end_time' must not be before start_time (got '08:00:00')" == (
            _message(exc)
        )

    def test_meeting_outside_session(self) -> None:
        """Every sitting falls within its session's dates."""
        with pytest.raises(hm.InvalidModelError) as exc:
            f.session(meetings=(f.meeting(dt.date(2021, 7, 23)),))
        assert (
            "'Session.meetings[0].date' must fall within the session "
            "(2021-07-20 to 2021-07-22) (got '2021-07-23')"
        ) == _message(exc)

    def test_term_end_before_start(self) -> None:
        """A term's dates are in order."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.Term(
                id="t",
                council_id="c",
                first_year=2021,
                start_date=dt.date(2021, 6, 20),
                end_date=dt.date(2021, 6, 1),
            )
        assert exc.value.field == "end_date"

    def test_membership_end_before_start(self) -> None:
        """A position is held from its start to its end."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.Membership(
                person=f.CHAIR,
                organ_id="o",
                position=hm.PositionKind.CHAIR,
                start=dt.date(2021, 6, 1),
                end=dt.date(2021, 5, 1),
            )
        assert "'Membership.end' must not be before start (got '2021-05-01')" == _message(exc)

    def test_effective_before_adoption(self) -> None:
        """A resolution cannot take effect before it is adopted."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.Resolution(
                id="r",
                title="Về Nội quy kỳ họp",
                adopted_on=dt.date(2021, 7, 20),
                effective_on=dt.date(2021, 7, 1),
            )
        assert exc.value.field == "effective_on"

    def test_minutes_outside_term(self) -> None:
        """The recorded dates fall within the term."""
        with pytest.raises(hm.InvalidModelError) as exc:
            f.minutes(term=f.make_term(first_year=2011))
        assert (
            "'Minutes.session.start_date' must fall within the term 2011-2016 (got '2021-07-20')"
            == _message(exc)
        )


class TestRegime:
    def test_district_council_in_2026(self) -> None:
        """District-level councils end with the three-level regime on 2025-06-30."""
        day = dt.date(2026, 3, 10)
        sess = f.session(start=day, end=day, meetings=(f.meeting(day),))
        with pytest.raises(hm.InvalidModelError) as exc:
            f.minutes(unit=f.DONG_DA, sess=sess, term=f.make_term(first_year=2026))
        assert (
            "'Minutes.session.start_date' is outside the life of the council: quận Đống Đa does "
            "not exist on 2026-03-10 under Luật Tổ chức chính quyền địa phương số 72/2025/QH15 "
            "(got '2026-03-10')"
        ) == _message(exc)

    def test_ha_noi_ward_council_in_2023(self) -> None:
        """Hà Nội wards had no council during the urban-government pilot."""
        day = dt.date(2023, 7, 5)
        sess = f.session(start=day, end=day, meetings=(f.meeting(day),))
        with pytest.raises(hm.InvalidModelError) as exc:
            f.minutes(unit=f.LANG_THUONG, sess=sess)
        assert (
            "'Minutes.session.start_date' is outside the life of the council: phường Láng "
            "Thượng has no council from 2021-07-01 to 2025-06-30 (urban-government pilot, "
            "Nghị quyết số 97/2019/QH14) (got '2023-07-05')"
        ) == _message(exc)

    def test_ha_noi_ward_council_before_pilot(self) -> None:
        """The same ward had a council in 2019."""
        day = dt.date(2019, 7, 5)
        sess = f.session(start=day, end=day, meetings=(f.meeting(day),))
        record = f.minutes(unit=f.LANG_THUONG, sess=sess, term=f.make_term(first_year=2016))
        assert record.regime is hm.Regime.LAW_2015

    def test_ha_noi_district_keeps_council_during_pilot(self) -> None:
        """Hà Nội kept its quận councils; only wards lost theirs."""
        assert f.DONG_DA.has_council(dt.date(2023, 1, 1))

    def test_hcm_district_recognised_by_name(self) -> None:
        """A unit is placed in a pilot city by code or, without one, by name."""
        city = hm.AdministrativeUnit(kind=hm.UnitKind.CENTRAL_CITY, name="Thành phố Hồ Chí Minh")
        district = hm.AdministrativeUnit(kind=hm.UnitKind.URBAN_DISTRICT, name="1", parent=city)
        assert not district.has_council(dt.date(2022, 5, 1))
        assert district.has_council(dt.date(2021, 6, 30))

    def test_special_zone_before_2025(self) -> None:
        """Special zones (đặc khu) exist only in the two-level regime."""
        zone = hm.AdministrativeUnit(kind=hm.UnitKind.SPECIAL_ZONE, name="Côn Đảo", parent=f.HCM)
        assert not zone.has_council(dt.date(2025, 6, 30))
        assert zone.has_council(dt.date(2025, 7, 1))

    def test_regime_boundaries(self) -> None:
        """Each date falls under exactly one regime."""
        assert [
            hm.Regime.on(dt.date(2003, 12, 31)),
            hm.Regime.on(dt.date(2015, 12, 31)),
            hm.Regime.on(dt.date(2016, 1, 1)),
            hm.Regime.on(dt.date(2020, 7, 1)),
            hm.Regime.on(dt.date(2025, 3, 1)),
            hm.Regime.on(dt.date(2025, 7, 1)),
        ] == [
            hm.Regime.LAW_1994,
            hm.Regime.LAW_2003,
            hm.Regime.LAW_2015,
            hm.Regime.LAW_2015_AMENDED_2019,
            hm.Regime.LAW_2025_INTERIM,
            hm.Regime.LAW_2025_TWO_LEVEL,
        ]

    def test_committee_kind_not_at_level(self) -> None:
        """A commune council has no Ban Kinh tế - Ngân sách."""
        commune = hm.AdministrativeUnit(kind=hm.UnitKind.COMMUNE, name="Trung Lý")
        ban = hm.Organ(
            id="ban-ktns",
            council_id="c",
            kind=hm.OrganKind.COMMITTEE,
            committee=hm.CommitteeKind.ECONOMY_BUDGET,
        )
        with pytest.raises(hm.InvalidModelError) as exc:
            f.minutes(unit=commune, organs=(ban,))
        assert (
            "'Minutes.organs[0].committee' does not exist at the level of a xã on 2021-07-20 "
            "(got 'economy_budget')"
        ) == _message(exc)

    def test_urban_committee_only_in_central_cities(self) -> None:
        """Ban Đô thị belongs to centrally-run cities, not provinces."""
        ban = hm.Organ(
            id="ban-dt",
            council_id="c",
            kind=hm.OrganKind.COMMITTEE,
            committee=hm.CommitteeKind.URBAN,
        )
        with pytest.raises(hm.InvalidModelError):
            f.minutes(unit=f.PHU_YEN, organs=(ban,))
        assert f.minutes(unit=f.HA_NOI, organs=(ban,)).organs == (ban,)

    def test_committee_rules_are_configurable(self) -> None:
        """An open question (§10 Q4) is answered by the policy, not hard-coded."""
        commune = hm.AdministrativeUnit(kind=hm.UnitKind.COMMUNE, name="Trung Lý")
        ban = hm.Organ(
            id="ban-dt",
            council_id="c",
            kind=hm.OrganKind.COMMITTEE,
            committee=hm.CommitteeKind.ETHNIC,
        )
        with pytest.raises(hm.InvalidModelError):
            f.minutes(unit=commune, organs=(ban,))
        with hm.use_policy(hm.Policy(check_committees=False)):
            assert f.minutes(unit=commune, organs=(ban,)).organs == (ban,)

    def test_pilots_are_configurable(self) -> None:
        """Without the pilots in the policy, Hà Nội wards keep their councils."""
        day = dt.date(2023, 7, 5)
        sess = f.session(start=day, end=day, meetings=(f.meeting(day),))
        with hm.use_policy(hm.Policy(pilots=())):
            assert f.minutes(unit=f.LANG_THUONG, sess=sess).first_day == day

    def test_policy_is_restored(self) -> None:
        """Leaving the block restores the previous policy."""
        before = hm.current_policy()
        with hm.use_policy(hm.Policy(quorum=Fraction(1, 2))):
            assert hm.current_policy().quorum == Fraction(1, 2)
        assert hm.current_policy() is before


class TestReferences:
    def test_duplicate_participant_ids(self) -> None:
        """Participant ids are unique within a meeting."""
        p = hm.Participant(id="p1", role=hm.ParticipantRole.DELEGATE, person=f.CHAIR)
        with pytest.raises(hm.InvalidModelError) as exc:
            f.meeting(participants=(p, p))
        assert "'Meeting.participants' must not repeat the id 'p1' (got 'p1')" == _message(exc)

    def test_duplicate_agenda_numbers(self) -> None:
        """Agenda items are numbered once each."""
        item = hm.AgendaItem(number=1, title="Khai mạc kỳ họp")
        with pytest.raises(hm.InvalidModelError) as exc:
            f.meeting(agenda=(item, item))
        assert exc.value.field == "agenda"

    def test_duplicate_ids_across_the_record(self) -> None:
        """Ids are unique across the whole record."""
        sess = f.session(id="m1")
        with pytest.raises(hm.InvalidModelError) as exc:
            f.minutes(sess=sess)
        assert "'Minutes.id' must not repeat the id 'm1' (got 'm1')" == _message(exc)

    def test_dangling_presenter(self) -> None:
        """An agenda item refers to participants of its meeting."""
        item = hm.AgendaItem(number=1, title="Tờ trình về dự toán", presenter_ids=("p9",))
        with pytest.raises(hm.InvalidModelError) as exc:
            f.meeting(agenda=(item,))
        assert (
            "'Meeting.agenda[0].presenter_ids[0]' must be the id of a participant (got 'p9')"
            == (_message(exc))
        )

    def test_dangling_respondent(self) -> None:
        """A question's respondent is a participant."""
        question = hm.Question(question="Tiến độ dự án?", asker_id="p1", respondent_id="p7")
        item = hm.AgendaItem(number=1, title="Chất vấn", questions=(question,))
        with pytest.raises(hm.InvalidModelError) as exc:
            f.meeting(agenda=(item,))
        assert exc.value.field == "agenda[0].questions[0].respondent_id"

    def test_session_of_another_council(self) -> None:
        """The session belongs to the minutes' council."""
        with pytest.raises(hm.InvalidModelError) as exc:
            f.minutes(sess=f.session(council_id="other"))
        assert "'Minutes.session.council_id' must be 'c' (got 'other')" == _message(exc)

    def test_membership_of_unknown_organ(self) -> None:
        """Positions are held in bodies the record lists."""
        membership = hm.Membership(person=f.CHAIR, organ_id="ghost", position=hm.PositionKind.CHAIR)
        with pytest.raises(hm.InvalidModelError) as exc:
            f.minutes(memberships=(membership,))
        assert exc.value.field == "memberships[0].organ_id"

    def test_exactly_one_of_session_and_meeting(self) -> None:
        """Minutes record a session or a meeting, not both."""
        with pytest.raises(hm.InvalidModelError) as exc:
            f.minutes(meeting=f.meeting())
        assert exc.value.reason == "exactly one of session and meeting must be given"

    def test_sitting_of_standing_committee_refused(self) -> None:
        """A standing committee's monthly meeting is not a council sitting."""
        with pytest.raises(hm.InvalidModelError) as exc:
            f.meeting(kind=hm.MeetingKind.STANDING_MONTHLY)
        assert exc.value.field == "organ"


class TestText:
    @pytest.mark.parametrize("name", ["", "   "])
    def test_empty_names(self, name: str) -> None:
        """Names are not empty."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.Person(full_name=name)
        assert f"'Person.full_name' must not be empty (got {name!r})" == _message(exc)

    def test_nfd_text_refused(self) -> None:
        """Text in the model is NFC; importers and readers normalise before building."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.Person(full_name="Nguyễn Văn Hòa".encode().decode().replace("ò", "o\u0300"))
        assert exc.value.reason == "must be NFC-normalised Unicode text"

    def test_id_with_spaces(self) -> None:
        """Ids have no spaces."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.Council(id="hdnd phu yen", unit=f.PHU_YEN)
        assert exc.value.reason == "must be a non-empty id without spaces"

    def test_participant_needs_a_name_or_title(self) -> None:
        """Someone known neither by name nor by office cannot be recorded."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.Participant(id="x", role=hm.ParticipantRole.GUEST)
        assert exc.value.field == "person"

    def test_unit_code_width(self) -> None:
        """Province codes have 2 digits, district 3, commune 5."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.AdministrativeUnit(kind=hm.UnitKind.COMMUNE, name="Trung Lý", code="123")
        assert "'AdministrativeUnit.code' must be 5 digits for a xã (got '123')" == _message(exc)

    def test_parent_of_higher_level(self) -> None:
        """A unit's parent is of a higher level."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.AdministrativeUnit(kind=hm.UnitKind.PROVINCE, name="Phú Yên", parent=f.DONG_DA)
        assert exc.value.field == "parent"


class TestDocuments:
    def test_lookalike_d_refused(self) -> None:
        """Đ must be U+0110, not the Icelandic eth."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.DocumentNumber.parse("12/2020/NQ-H\u00d0ND")
        assert (
            "'DocumentNumber.number' must write Đ as U+0110, not the look-alike U+00D0 "
            "(Ð, Icelandic eth) (got '12/2020/NQ-HÐND')"
        ) == _message(exc)

    @pytest.mark.parametrize(
        "text", ["", "NQ-HĐND", "12/2020/NQ", "12//NQ-HĐND", "12 / NQ-HĐND", "12/20/NQ-HĐND"]
    )
    def test_malformed_numbers(self, text: str) -> None:
        """Malformed numbers are refused with the text quoted."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.DocumentNumber.parse(text)
        assert exc.value.value == text

    def test_resolution_number_must_match_nature(self) -> None:
        """A normative resolution's number carries its year."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.Resolution(
                id="r",
                title="Quy định mức chi",
                nature=hm.ResolutionNature.NORMATIVE,
                number=hm.DocumentNumber.parse("45/NQ-HĐND"),
            )
        assert (
            "'Resolution.number' must have the form of a nghị quyết quy phạm pháp luật "
            "(12/2020/NQ-HĐND) (got '45/NQ-HĐND')"
        ) == _message(exc)

    def test_resolution_number_year_matches_adoption(self) -> None:
        """The year in a normative number is the year of adoption."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.Resolution(
                id="r",
                title="Quy định mức chi",
                nature=hm.ResolutionNature.NORMATIVE,
                number=hm.DocumentNumber.parse("12/2020/NQ-HĐND"),
                adopted_on=dt.date(2021, 1, 5),
            )
        assert exc.value.field == "adopted_on"

    def test_reference_kind_matches_number(self) -> None:
        """A Tờ trình cannot carry a Báo cáo number."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.DocumentRef(
                kind=hm.DocumentKind.SUBMISSION, number=hm.DocumentNumber.parse("71/BC-HĐND")
            )
        assert (
            "'DocumentRef.number' must carry the abbreviation of a Tờ trình, not of a Báo cáo "
            "(got '71/BC-HĐND')"
        ) == _message(exc)

    def test_minutes_number_is_bb(self) -> None:
        """Minutes are numbered as minutes (BB)."""
        with pytest.raises(hm.InvalidModelError) as exc:
            f.minutes(number=hm.DocumentNumber.parse("01/BC-HĐND"))
        assert exc.value.field == "number"


class TestImmutability:
    def test_frozen(self) -> None:
        """Model objects cannot be changed in place."""
        record = f.minutes()
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            record.id = "other"  # type: ignore[misc]

    def test_evolve_revalidates(self) -> None:
        """Changes go through attrs.evolve, which validates again."""
        tally = hm.VoteTally(in_favour=30, total_delegates=58)
        with pytest.raises(hm.InvalidModelError):
            attrs.evolve(tally, in_favour=59)

    def test_errors_compare_equal(self) -> None:
        """Errors carry their data and compare equal."""
        a = hm.InvalidModelError("x", 1, "must be 2", owner="T")
        b = hm.InvalidModelError("x", 1, "must be 2", owner="T")
        assert a == b
        assert hash(a) == hash(b)
        assert isinstance(a, ValueError)


class TestRepresentable:
    def test_control_characters_refused(self) -> None:
        """Text every format can carry: no C0 controls but tab and newline."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.Statement(text="Ý kiến\x00")
        assert "must not contain the control character U+0000" == exc.value.reason

    def test_tab_and_newline_allowed(self) -> None:
        """Tab and newline are ordinary text."""
        assert "a\tb\nc" == hm.Statement(text="a\tb\nc").text

    def test_counts_fit_every_format(self) -> None:
        """Counts stay within 32 bits."""
        with pytest.raises(hm.InvalidModelError):
            hm.VoteTally(in_favour=0, total_delegates=2**31)

    def test_aware_times_refused(self) -> None:
        """Meeting times are local wall-clock times."""
        aware = dt.time(8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
        with pytest.raises(hm.InvalidModelError) as exc:
            f.meeting(start_time=aware)
        assert exc.value.field == "start_time"

    def test_online_without_present(self) -> None:
        """Online delegates may be stated without a present count, within the total."""
        assert 3 == hm.Attendance(total_delegates=27, online=3).online
        with pytest.raises(hm.InvalidModelError):
            hm.Attendance(total_delegates=27, online=28)

    def test_committee_meeting_of_a_committee(self) -> None:
        """A committee meeting is held by a committee."""
        with pytest.raises(hm.InvalidModelError) as exc:
            f.meeting(kind=hm.MeetingKind.COMMITTEE, organ=hm.OrganKind.STANDING_COMMITTEE)
        assert exc.value.field == "organ"

    def test_term_end_date_near_label(self) -> None:
        """A term ends near the last year of its label."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.Term(id="t", council_id="c", first_year=2021, end_date=dt.date(2040, 1, 1))
        assert exc.value.field == "end_date"

    def test_national_assembly_number_kind(self) -> None:
        """A National Assembly number belongs to a law, ordinance or resolution."""
        with pytest.raises(hm.InvalidModelError) as exc:
            hm.DocumentRef(
                kind=hm.DocumentKind.MINUTES, number=hm.DocumentNumber.parse("97/2019/QH14")
            )
        assert exc.value.field == "kind"
