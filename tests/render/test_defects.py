"""The minutes say only what happened: each defect a clerk found, on the blocks and in the text.

Every case is checked twice: on the layout blocks (what the minutes say) and in the rendered
plain text (what a reader sees), and each record is read back from its DOCX unchanged.
"""

from __future__ import annotations

import datetime as dt
import io
from fractions import Fraction

import attrs
import docx
import pytest

import hdnd_model as hm
from hdnd_model.ingest import load, minutes_content
from hdnd_model.render._blocks import Paragraph, Signatures, Table
from hdnd_model.render._layout import build_layout
from tests.render.conftest import render_bytes

UNIT = hm.AdministrativeUnit(kind=hm.UnitKind.PROVINCE, name="Đắk Lắk")
COUNCIL = hm.Council(id="hdnd-dak-lak", unit=UNIT)
DEC_6, DEC_8 = dt.date(2023, 12, 6), dt.date(2023, 12, 8)


def _person(pid: str, role: hm.ParticipantRole, name: str, **kw: object) -> hm.Participant:
    return hm.Participant(id=pid, role=role, person=hm.Person(full_name=name), **kw)  # type: ignore[arg-type]


CHAIR = _person("chair", hm.ParticipantRole.CHAIR, "Nguyễn Đình Trung", title="Chủ tịch HĐND tỉnh")


def _session(*meetings: hm.Meeting, **kw: object) -> hm.Minutes:
    session = hm.Session(
        id="ky-hop-4",
        council_id=COUNCIL.id,
        number=4,
        start_date=DEC_6,
        end_date=DEC_8,
        meetings=meetings,
        **kw,  # type: ignore[arg-type]
    )
    return hm.Minutes(id="bb-ky-hop-4", council=COUNCIL, session=session)


def _sitting(*people: hm.Participant, **kw: object) -> hm.Meeting:
    fields: dict[str, object] = {
        "id": "phien-1",
        "kind": hm.MeetingKind.PLENARY,
        "date": DEC_8,
        "start_time": dt.time(8),
        "participants": (CHAIR, *people),
    }
    fields.update(kw)
    return hm.Meeting(**fields)  # type: ignore[arg-type]


def _item(**kw: object) -> hm.AgendaItem:
    return hm.AgendaItem(number=1, title="Kinh tế - xã hội", **kw)  # type: ignore[arg-type]


def _texts(minutes: hm.Minutes, **options: object) -> list[str]:
    opts = hm.render.RenderOptions(**options) if options else None  # type: ignore[arg-type]
    return [b.text for b in build_layout(minutes, opts).blocks if isinstance(b, Paragraph)]


def _plain(minutes: hm.Minutes) -> str:
    return " ".join(render_bytes(minutes, "txt").decode("utf-8").split())


def _reads_back(minutes: hm.Minutes, **options: object) -> None:
    result = load(render_bytes(minutes, **options), name="rendered.docx")
    assert isinstance(result.record, hm.Minutes), result.warnings
    assert minutes_content(minutes) == minutes_content(result.record)


class TestTimes:
    def test_opening_on_the_first_sittings_day(self) -> None:
        """A session whose only sitting is on 08/12 starts on 08/12, not on the first day."""
        minutes = _session(_sitting())
        texts = _texts(minutes)
        assert texts[0] == "Thời gian bắt đầu: 8 giờ 00, ngày 08 tháng 12 năm 2023."
        assert "ngày 06 tháng 12 năm 2023." not in texts[0]
        assert "Thời gian bắt đầu: 8 giờ 00, ngày 08 tháng 12 năm 2023." in _plain(minutes)
        _reads_back(minutes)

    def test_days_not_under_the_start_label(self) -> None:
        """The days of a session are a line of their own, not a start time."""
        minutes = _session(_sitting())
        texts = _texts(minutes)
        assert texts[1] == (
            "Thời gian kỳ họp: từ ngày 06 tháng 12 năm 2023 đến ngày 08 tháng 12 năm 2023."
        )
        assert not any(t.startswith("Thời gian bắt đầu: từ") for t in texts)
        assert "Thời gian bắt đầu: từ" not in _plain(minutes)


class TestSummary:
    def test_standing_meeting_named_with_its_body(self) -> None:
        """A Thường trực meeting without a title is the Standing Committee's, not the council's."""
        meeting = hm.Meeting(
            id="tt-8",
            kind=hm.MeetingKind.STANDING_MONTHLY,
            organ=hm.OrganKind.STANDING_COMMITTEE,
            date=DEC_8,
            participants=(CHAIR,),
        )
        minutes = hm.Minutes(id="bb-tt-8", council=COUNCIL, meeting=meeting)
        title = build_layout(minutes).blocks[1]
        expected = "Phiên họp thường kỳ hằng tháng của Thường trực Hội đồng nhân dân tỉnh Đắk Lắk"
        assert expected == title.summary  # type: ignore[union-attr]
        assert expected in _plain(minutes)
        _reads_back(minutes)

    def test_thematic_kind_of_a_numbered_session(self) -> None:
        """``kỳ họp thứ 4`` of kind chuyên đề says so, and reads back as that kind."""
        minutes = _session(_sitting(), kind=hm.SessionKind.THEMATIC)
        title = build_layout(minutes).blocks[1]
        expected = "Kỳ họp thứ tư (kỳ họp chuyên đề), Hội đồng nhân dân tỉnh Đắk Lắk"
        assert expected == title.summary  # type: ignore[union-attr]
        assert expected in _plain(minutes)
        result = load(render_bytes(minutes), name="rendered.docx")
        assert isinstance(result.record, hm.Minutes)
        assert result.record.session is not None
        assert hm.SessionKind.THEMATIC is result.record.session.kind
        assert result.record.session.number == 4


class TestCase:
    def test_vote_subject_lowered(self) -> None:
        """``Biểu quyết về kế hoạch``, not ``Biểu quyết Về kế hoạch``."""
        vote = hm.VoteTally(in_favour=40, total_delegates=60, subject="Về kế hoạch đầu tư công")
        minutes = _session(_sitting(agenda=(_item(votes=(vote,)),)))
        assert "Biểu quyết về kế hoạch đầu tư công:" in _texts(minutes)
        assert "Biểu quyết về kế hoạch đầu tư công:" in _plain(minutes)
        assert "Biểu quyết Về" not in _plain(minutes)
        _reads_back(minutes)

    def test_resolution_title_lowered(self) -> None:
        """``Nghị quyết ban hành Chương trình``, not ``Nghị quyết Ban hành Chương trình``."""
        res = hm.Resolution(id="nq-1", title="Ban hành Chương trình giám sát năm 2024")
        minutes = _session(_sitting(), resolutions=(res,))
        line = "- Nghị quyết ban hành Chương trình giám sát năm 2024."
        assert line in _texts(minutes)
        assert line in _plain(minutes)
        _reads_back(minutes)

    def test_kind_not_said_twice(self) -> None:
        """A law is named by its title: ``Luật Tổ chức ...``, not ``Luật về Luật Tổ chức ...``."""
        law = hm.DocumentRef(
            kind=hm.DocumentKind.LAW, title="Luật Tổ chức chính quyền địa phương năm 2015"
        )
        minutes = _session(_sitting(agenda=(_item(documents=(law,)),)))
        assert "- Luật Tổ chức chính quyền địa phương năm 2015." in _texts(minutes)
        assert "Luật về Luật" not in _plain(minutes)
        _reads_back(minutes)


class TestPeople:
    def test_convenor_presides(self) -> None:
        """A triệu tập viên is named on the chair line, not left blank."""
        convenor = _person(
            "ttv", hm.ParticipantRole.CONVENOR, "Y Biêr Niê", title="Chủ tịch HĐND tỉnh khóa IX"
        )
        meeting = _sitting(convenor, participants=(convenor,))
        minutes = _session(meeting)
        line = "Chủ trì (chủ tọa): Y Biêr Niê, Chủ tịch HĐND tỉnh khóa IX (triệu tập viên)."
        assert line in _texts(minutes)
        assert line in _plain(minutes)
        _reads_back(minutes)

    def test_respondent_attends(self) -> None:
        """A respondent from UBND is listed among those attending, not ``……``."""
        respondent = _person(
            "gd", hm.ParticipantRole.RESPONDENT, "Trần Văn Ba", title="Giám đốc Sở Tài chính"
        )
        question = hm.Question(question="Tiến độ giải ngân?", respondent_id="gd", answer="Đạt 80%.")
        minutes = _session(_sitting(respondent, agenda=(_item(questions=(question,)),)))
        texts = _texts(minutes)
        at = texts.index("Thành phần tham dự:")
        assert texts[at + 1] == "- Trình bày, trả lời chất vấn: Trần Văn Ba, Giám đốc Sở Tài chính."
        assert "Thành phần tham dự: ……" not in _plain(minutes)
        _reads_back(minutes)

    def test_attendees_label_not_repeated(self) -> None:
        """``Thành phần tham dự:`` is not followed by ``- Thành phần dự họp:``."""
        office = hm.Participant(
            id="vp", role=hm.ParticipantRole.ATTENDEE, title="Lãnh đạo Văn phòng HĐND tỉnh"
        )
        minutes = _session(_sitting(office))
        assert "- Dự họp: Lãnh đạo Văn phòng HĐND tỉnh." in _texts(minutes)
        assert "Thành phần dự họp" not in _plain(minutes)


class TestStatements:
    @pytest.mark.parametrize(
        ("speaker", "group", "expected"),
        [
            (
                "chair",
                "Tổ đại biểu số 1",
                "- Nguyễn Đình Trung, Chủ tịch HĐND tỉnh (tại Tổ đại biểu số 1): Nhất trí.",
            ),
            (None, "Tổ đại biểu số 1", "- Tại Tổ đại biểu số 1: Nhất trí."),
            ("chair", None, "- Nguyễn Đình Trung, Chủ tịch HĐND tỉnh: Nhất trí."),
        ],
    )
    def test_one_colon(self, speaker: str | None, group: str | None, expected: str) -> None:
        """A statement in a group by a named speaker has one colon, and reads back."""
        statement = hm.Statement(text="Nhất trí", speaker_id=speaker, group=group)
        minutes = _session(_sitting(agenda=(_item(statements=(statement,)),)))
        assert expected in _texts(minutes)
        assert expected in _plain(minutes)
        _reads_back(minutes)


class TestBallots:
    def test_candidate_outcome(self) -> None:
        """``52 phiếu, đạt 86,67% tổng số 60 đại biểu, trúng cử``: no dash, no ``52/60 phiếu``."""
        election = hm.Election(
            office="Phó Chủ tịch HĐND tỉnh",
            total_delegates=60,
            candidates=(hm.CandidateResult(person=hm.Person(full_name="Lê Thị B"), votes=52),),
        )
        minutes = _session(_sitting(agenda=(_item(elections=(election,)),)))
        line = "- Lê Thị B: 52 phiếu, đạt 86,67% tổng số 60 đại biểu, trúng cử."
        assert line in _texts(minutes)
        assert line in _plain(minutes)
        assert "52/60 phiếu" not in _plain(minutes)
        _reads_back(minutes)

    def test_custom_rule_in_words(self) -> None:
        """A rule of the whole is written ``toàn bộ``, never ``quá 1 tổng số đại biểu``."""
        rule = hm.VoteRule(fraction=Fraction(1), comparison=hm.VoteComparison.AT_LEAST)
        vote = hm.VoteTally(in_favour=50, total_delegates=60, rule=rule)
        minutes = _session(_sitting(agenda=(_item(votes=(vote,)),)))
        line = "Kết quả: không được thông qua (chưa đạt ít nhất toàn bộ tổng số đại biểu)."
        assert line in _texts(minutes)
        assert " 1 tổng số" not in _plain(minutes)
        _reads_back(minutes)

    def test_no_trust_claimed_without_the_votes(self) -> None:
        """An official with 2/26 votes of confidence is not said to be trusted."""
        entry = hm.ConfidenceVoteEntry(
            person=hm.Person(full_name="Phạm C"), office="Chánh Văn phòng", trust=2, no_trust=3
        )
        vote = hm.ConfidenceVote(total_delegates=26, entries=(entry,))
        minutes = _session(_sitting(agenda=(_item(confidence_votes=(vote,)),)))
        line = next(t for t in _texts(minutes) if t.startswith("- Phạm C"))
        assert not line.rstrip(".").endswith("được tín nhiệm")
        assert "được tín nhiệm" not in _plain(minutes)
        _reads_back(minutes)


class TestSignaturesAndRollCall:
    def test_signatures_stand_apart(self, seed: hm.Minutes) -> None:
        """The signature blocks have space above them; in DOCX an empty spaced paragraph."""
        sig = next(b for b in build_layout(seed).blocks if isinstance(b, Signatures))
        assert sig.space_before_pt >= 12
        document = docx.Document(io.BytesIO(render_bytes(seed)))
        body = document.element.body
        table = body.findall("{*}tbl")[-1]
        before = table.getprevious()
        assert before.tag.endswith("}p")
        assert "".join(before.itertext()) == ""
        spacing = before.find("{*}pPr/{*}spacing")
        assert spacing is not None
        assert any(v == "240" for k, v in spacing.attrib.items() if k.endswith("before"))

    def test_roll_call_has_units(self, large: hm.Minutes) -> None:
        """The roll-call table has Đơn vị beside Chức vụ and the attendance in the last column."""
        table = next(b for b in build_layout(large).blocks if isinstance(b, Table))
        assert ("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Điểm danh") == table.head
        assert "Đơn vị" in render_bytes(large, "txt").decode("utf-8")


class TestAnyOptions:
    @pytest.mark.parametrize("threshold", [0, 3, 10, 200])
    def test_threshold_reads_back(self, large: hm.Minutes, threshold: int) -> None:
        """Minutes rendered with any roll-call threshold read back with the same content."""
        _reads_back(large, table_threshold=threshold)

    def test_inline_delegates_keep_their_attendance(self, large: hm.Minutes) -> None:
        """Delegates listed inline say their attendance, as the table does."""
        texts = _texts(large, table_threshold=200)
        line = next(t for t in texts if t.startswith("- Đại biểu: "))
        assert "(vắng mặt có lý do)" in line

    def test_sessions_at_home(self) -> None:
        """A record rendered with every option changed reads back too."""
        minutes = attrs.evolve(_session(_sitting()), place="Buôn Ma Thuột")
        _reads_back(
            minutes,
            body_size_pt=13,
            top_mm=25,
            left_mm=35,
            line_spacing=1.5,
            first_line_indent_mm=12.7,
            place_date=True,
            table_threshold=0,
        )
