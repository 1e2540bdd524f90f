"""The wording: how model values are written, as pure functions (``hdnd_model.wording``)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

import hdnd_model as hm
from hdnd_model import wording as w


def _p(**kw: object) -> hm.Participant:
    fields: dict[str, object] = {"id": "p", "role": hm.ParticipantRole.DELEGATE}
    fields.update(kw)
    return hm.Participant(**fields)  # type: ignore[arg-type]


class TestCase:
    @pytest.mark.parametrize(
        ("title", "expected"),
        [
            ("Về kế hoạch đầu tư công", "về kế hoạch đầu tư công"),
            ("Ban hành Chương trình giám sát", "ban hành Chương trình giám sát"),
            ("Hà Nội phát triển", "Hà Nội phát triển"),
            ("Luật Tổ chức chính quyền địa phương", "Luật Tổ chức chính quyền địa phương"),
            ("VỀ VIỆC TỔ CHỨC", "VỀ VIỆC TỔ CHỨC"),
            ("Quy chế", "quy chế"),
        ],
    )
    def test_mid_sentence(self, title: str, expected: str) -> None:
        """Only a sentence-start capital is lowered; names and capitals keep their case."""
        assert expected == w.mid_sentence(title)

    def test_mid_sentence_is_idempotent(self) -> None:
        """A title lowered once stays as it is."""
        once = w.mid_sentence("Về dự toán ngân sách")
        assert once == w.mid_sentence(once)

    def test_sentence_case(self) -> None:
        """A label's value starts with a capital."""
        assert "Trực tuyến" == w.sentence_case("trực tuyến")

    def test_without_about(self) -> None:
        """``Về X`` after ``về`` is ``X``."""
        assert "dự toán" == w.without_about("Về dự toán")
        assert "Dự toán" == w.without_about("Dự toán")


class TestPeople:
    def test_person(self) -> None:
        """Name, title and organisation, comma-separated; an office by its title."""
        named = _p(person=hm.Person(full_name="Lê A"), title="Tổ trưởng", organization="Tổ 1")
        assert "Lê A, Tổ trưởng, Tổ 1" == w.person_text(named)
        assert "Chánh Văn phòng" == w.person_text(_p(title="Chánh Văn phòng"))

    def test_delegate_with_attendance(self) -> None:
        """A delegate in a list says their attendance in brackets."""
        p = _p(person=hm.Person(full_name="Lê A"), status=hm.AttendanceStatus.ABSENT_WITH_REASON)
        assert "Lê A (vắng mặt có lý do)" == w.delegate_text(p)

    def test_convenor(self) -> None:
        """A triệu tập viên is marked on the chair line."""
        p = _p(role=hm.ParticipantRole.CONVENOR, person=hm.Person(full_name="Lê A"))
        assert "Lê A (triệu tập viên)" == w.chair_text(p)

    def test_people_list(self) -> None:
        """Each written form once, a full stop at the end; a blank for no one."""
        assert "A; B." == w.people_text(["A", "B", "A"])
        assert "……" == w.people_text([])


class TestVotes:
    @pytest.mark.parametrize(
        ("fraction", "comparison", "expected"),
        [
            (Fraction(1, 2), hm.VoteComparison.MORE_THAN, "quá nửa tổng số đại biểu"),
            (Fraction(2, 3), hm.VoteComparison.AT_LEAST, "ít nhất hai phần ba tổng số đại biểu"),
            (Fraction(3, 4), hm.VoteComparison.AT_LEAST, "ít nhất ba phần tư tổng số đại biểu"),
            (Fraction(1), hm.VoteComparison.AT_LEAST, "ít nhất toàn bộ tổng số đại biểu"),
            (Fraction(3, 5), hm.VoteComparison.MORE_THAN, "quá 3/5 tổng số đại biểu"),
        ],
    )
    def test_rule(self, fraction: Fraction, comparison: hm.VoteComparison, expected: str) -> None:
        """A rule's share is in words where the law writes it so, never a bare ``1``."""
        assert expected == w.rule_text(hm.VoteRule(fraction=fraction, comparison=comparison))

    def test_vote(self) -> None:
        """A vote: heading, counts with shares of the total, the outcome under the rule."""
        tally = hm.VoteTally(
            in_favour=40,
            against=2,
            total_delegates=60,
            subject="Về kế hoạch",
            method=hm.VoteMethod.ELECTRONIC,
        )
        assert "Biểu quyết về kế hoạch (biểu quyết điện tử)" == w.vote_heading(tally)
        assert [
            "40/60 đại biểu tán thành, đạt 66,67% tổng số đại biểu",
            "2/60 đại biểu không tán thành, chiếm 3,33% tổng số đại biểu",
        ] == w.vote_lines(tally)
        assert "Kết quả: được thông qua (tán thành quá nửa tổng số đại biểu)." == w.vote_outcome(
            tally
        )

    def test_candidate(self) -> None:
        """Votes of a candidate, their share of the total, and the outcome after a comma."""
        a, b = hm.Person(full_name="A"), hm.Person(full_name="B")
        election = hm.Election(
            office="Chủ tịch",
            total_delegates=60,
            candidates=(
                hm.CandidateResult(person=a, votes=52),
                hm.CandidateResult(person=b, votes=8),
            ),
        )
        texts = [w.candidate_text(election, c) for c in election.candidates]
        assert [
            "A: 52 phiếu, đạt 86,67% tổng số 60 đại biểu, trúng cử",
            "B: 8 phiếu, đạt 13,33% tổng số 60 đại biểu, không trúng cử",
        ] == texts

    @pytest.mark.parametrize(
        ("trust", "no_trust", "ending"),
        [(20, 6, ", được tín nhiệm"), (6, 20, ", không được tín nhiệm"), (2, 3, "(11,54%)")],
    )
    def test_confidence(self, trust: int, no_trust: int, ending: str) -> None:
        """Trusted or not only when the votes meet the rule; otherwise nothing is claimed."""
        entry = hm.ConfidenceVoteEntry(
            person=hm.Person(full_name="A"), office="Giám đốc", trust=trust, no_trust=no_trust
        )
        vote = hm.ConfidenceVote(total_delegates=26, entries=(entry,))
        assert w.confidence_entry_text(vote, entry).endswith(ending)

    def test_ballots(self) -> None:
        """The tellers' counts, a blank for each unstated one; nothing when none is stated."""
        assert w.ballots_text(hm.Ballots()) is None
        assert "Số phiếu phát ra: 60; thu vào: 60; hợp lệ: ……; không hợp lệ: ……." == (
            w.ballots_text(hm.Ballots(issued=60, returned=60))
        )


class TestRecords:
    def test_document_named_once(self) -> None:
        """``Luật Tổ chức ... số ...``, not ``Luật số ... về Luật Tổ chức ...``."""
        law = hm.DocumentRef(
            kind=hm.DocumentKind.LAW,
            number=hm.DocumentNumber.parse("77/2015/QH13"),
            title="Luật Tổ chức chính quyền địa phương",
        )
        assert "Luật Tổ chức chính quyền địa phương số 77/2015/QH13" == w.document_text(law)

    def test_document_about(self) -> None:
        """Other documents: kind, number, date, issuer, ``về`` and the subject."""
        doc = hm.DocumentRef(
            kind=hm.DocumentKind.SUBMISSION,
            number=hm.DocumentNumber.parse("82/TTr-UBND"),
            date=dt.date(2023, 7, 5),
            issuer_name="UBND tỉnh",
            title="Về dự toán",
        )
        assert (
            "Tờ trình số 82/TTr-UBND ngày 05 tháng 7 năm 2023 của UBND tỉnh về dự toán"
            == w.document_text(doc)
        )

    def test_at_time(self) -> None:
        """A time on a day, Decree 30 dates; a blank for an unrecorded time."""
        assert "8 giờ 00, ngày 08 tháng 12 năm 2023" == w.at_time(dt.time(8), dt.date(2023, 12, 8))
        assert "… giờ …, ngày 08 tháng 12 năm 2023" == w.at_time(None, dt.date(2023, 12, 8))
