"""Layout blocks: wording, order, votes, dates and signatures, before any format."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import hdnd_model as hm
from hdnd_model.render import RenderOptions
from hdnd_model.render._blocks import (
    Header,
    Paragraph,
    Recipients,
    Signatures,
    Table,
    Title,
)
from hdnd_model.render._items import vote_blocks
from hdnd_model.render._layout import build_layout


def _texts(minutes: hm.Minutes, **options: object) -> list[str]:
    opts = RenderOptions(**options) if options else None  # type: ignore[arg-type]
    return [b.text for b in build_layout(minutes, opts).blocks if isinstance(b, Paragraph)]


class TestHeaderAndTitle:
    def test_seed_header(self, seed: hm.Minutes) -> None:
        """The seed's header names the parent body, the issuer and a blank number."""
        header = build_layout(seed).blocks[0]
        assert isinstance(header, Header)
        assert header.parent_body == ("HĐND QUẬN HAI BÀ TRƯNG",)
        assert header.issuer == ("THƯỜNG TRỰC HĐND",)
        assert header.number == "Số:        /BB-HĐND"
        assert header.national_name == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        assert header.motto == "Độc lập - Tự do - Hạnh phúc"
        assert header.place_date is None

    def test_council_header_is_derived(self, large: hm.Minutes) -> None:
        """A session's minutes are issued by the council, named on two lines, with its number."""
        header = build_layout(large).blocks[0]
        assert isinstance(header, Header)
        assert header.parent_body == ()
        assert header.issuer == ("HỘI ĐỒNG NHÂN DÂN", "TỈNH ĐẮK LẮK")
        assert header.number == "Số: 01/BB-HĐND"

    def test_place_date_line_is_an_option(self, large: hm.Minutes) -> None:
        """The place/date line follows the Decree 30 date rule, only when asked for."""
        header = build_layout(large, RenderOptions(place_date=True)).blocks[0]
        assert isinstance(header, Header)
        assert header.place_date == "Đắk Lắk, ngày 08 tháng 12 năm 2023"

    def test_rules(self, seed: hm.Minutes) -> None:
        """The motto's rule is as long as the motto; the issuer's 1/3 to 1/2 of its text."""
        header = build_layout(seed).blocks[0]
        assert isinstance(header, Header)
        assert header.motto_rule_pt == pytest.approx(159.1, abs=0.1)
        assert 100 / 3 < header.issuer_rule_pt < 130 / 2

    def test_session_summary(self, large: hm.Minutes) -> None:
        """The summary of a session reads ``Kỳ họp thứ mười, ... khóa X``."""
        title = build_layout(large).blocks[1]
        assert isinstance(title, Title)
        assert title.kind == "BIÊN BẢN"
        assert title.summary == "Kỳ họp thứ mười, Hội đồng nhân dân tỉnh Đắk Lắk khóa X"

    def test_meeting_summary(self, seed: hm.Minutes) -> None:
        """A meeting's summary is its title."""
        title = build_layout(seed).blocks[1]
        assert isinstance(title, Title)
        assert title.summary == "Phiên họp tháng 8/2020 của Thường trực HĐND quận"


class TestBody:
    def test_skeleton_order(self, seed: hm.Minutes) -> None:
        """The body follows Mẫu 1.9: time, place, attendance, chair, secretary, content, end."""
        texts = _texts(seed)
        heads = [
            "Thời gian bắt đầu:",
            "Địa điểm:",
            "Thành phần tham dự:",
            "Chủ trì (chủ tọa):",
            "Thư ký (người ghi biên bản):",
            "Nội dung:",
            "Cuộc họp kết thúc vào",
        ]
        positions = [next(i for i, t in enumerate(texts) if t.startswith(h)) for h in heads]
        assert positions == sorted(positions)
        assert texts[-1] == "Cuộc họp kết thúc vào … giờ …, ngày 17 tháng 8 năm 2020./."

    def test_seed_content(self, seed: hm.Minutes) -> None:
        """The seed's chair, agenda, conclusions and referenced resolution are all there."""
        texts = _texts(seed)
        assert "Chủ trì (chủ tọa): Đinh Thị Lan Duyên, Chủ tịch HĐND quận." in texts
        assert "2. Đánh giá kết quả giám sát, khảo sát của Thường trực và hai Ban HĐND quận" in (
            texts
        )
        assert "- Tăng cường thông tin, tuyên truyền về hoạt động của HĐND." in texts
        assert any("Nghị quyết số 97/2019/QH14 của Quốc hội" in t for t in texts)

    def test_session_times(self, large: hm.Minutes) -> None:
        """A session gives its opening time, then its days, dates the Decree 30 way."""
        texts = _texts(large)
        assert texts[0] == "Thời gian bắt đầu: 7 giờ 30, ngày 06 tháng 12 năm 2023."
        assert texts[1] == (
            "Thời gian kỳ họp: từ ngày 06 tháng 12 năm 2023 đến ngày 08 tháng 12 năm 2023."
        )
        assert texts[-1] == "Kỳ họp kết thúc vào 17 giờ 00, ngày 08 tháng 12 năm 2023./."

    def test_attendance(self, large: hm.Minutes) -> None:
        """Attendance gives the total, the present with their share, the absent by name."""
        texts = _texts(large)
        assert "- Tổng số đại biểu: 85;" in texts
        assert (
            "- Đại biểu có mặt: 80/85 đại biểu, đạt 94,12% tổng số đại biểu, trong đó 2 đại "
            "biểu tham dự trực tuyến;"
        ) in texts
        assert any(
            t.startswith("- Vắng mặt có lý do: 3 đại biểu (Huỳnh Thị Cường 06") for t in texts
        )

    def test_roll_call_table_when_long(self, large: hm.Minutes) -> None:
        """More named delegates than the threshold make a roll-call table."""
        tables = [b for b in build_layout(large).blocks if isinstance(b, Table)]
        assert len(tables) == 1
        assert tables[0].head == ("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Điểm danh")
        assert len(tables[0].rows) == 85
        assert tables[0].rows[5] == (
            "6",
            "Huỳnh Thị Cường 06",
            "Trưởng Ban Pháp chế HĐND tỉnh",
            "",
            "vắng mặt có lý do",
        )
        assert sum(tables[0].widths) == pytest.approx(1)

    def test_no_table_when_short(self, large: hm.Minutes) -> None:
        """Under the threshold the delegates are named in a line."""
        layout = build_layout(large, RenderOptions(table_threshold=100))
        assert not [b for b in layout.blocks if isinstance(b, Table)]

    def test_documents(self, large: hm.Minutes) -> None:
        """Documents are cited with kind, number, Decree 30 date, issuer and subject."""
        assert (
            "- Tờ trình số 81/TTr-UBND ngày 02 tháng 11 năm 2023 của UBND tỉnh về dự toán ngân "
            "sách địa phương (nội dung 1);"
        ) in _texts(large)


class TestVotes:
    def test_confidence_poll_prints_total_and_ballots(self) -> None:
        """A confidence poll states the total of delegates and the ballots, then the ratings."""
        from hdnd_model.render._items import _poll_blocks

        poll = hm.ConfidencePoll(
            total_delegates=58,
            ballots=hm.Ballots(issued=53, returned=53, valid=53, invalid=0),
            entries=(
                hm.ConfidencePollEntry(
                    person=hm.Person(full_name="Trần Văn Hòa"),
                    office="Chủ tịch HĐND tỉnh",
                    high=49,
                    confident=4,
                    low=0,
                ),
            ),
        )
        texts = [p.text for p in _poll_blocks(poll)]
        assert texts[:3] == [
            "Lấy phiếu tín nhiệm:",
            "Tổng số đại biểu: 58.",
            "Số phiếu phát ra: 53; thu vào: 53; hợp lệ: 53; không hợp lệ: 0.",
        ]
        assert "tín nhiệm cao 49 phiếu (84,48%)" in texts[3]

    def test_counts_are_shares_of_the_total(self) -> None:
        """The National Assembly example: 423/494 in favour is 85,63% of the total."""
        tally = hm.VoteTally(
            in_favour=423, against=8, not_voting=1, present=432, total_delegates=494
        )
        texts = [p.text for p in vote_blocks(tally, "thông qua Luật")]
        assert texts == [
            "Biểu quyết thông qua Luật:",
            "- 432/494 đại biểu tham gia biểu quyết, chiếm 87,45% tổng số đại biểu;",
            "- 423/494 đại biểu tán thành, đạt 85,63% tổng số đại biểu;",
            "- 8/494 đại biểu không tán thành, chiếm 1,62% tổng số đại biểu;",
            "- 1/494 đại biểu không biểu quyết, chiếm 0,20% tổng số đại biểu.",
            "Kết quả: được thông qua (tán thành quá nửa tổng số đại biểu).",
        ]

    def test_outcome_is_the_models(self) -> None:
        """Half of the total is not more than half: the motion fails."""
        tally = hm.VoteTally(in_favour=25, total_delegates=50, method=hm.VoteMethod.SHOW_OF_HANDS)
        texts = [p.text for p in vote_blocks(tally)]
        assert not tally.passed
        assert texts == [
            "Biểu quyết (biểu quyết bằng hình thức giơ tay):",
            "- 25/50 đại biểu tán thành, đạt 50,00% tổng số đại biểu.",
            "Kết quả: không được thông qua (chưa đạt quá nửa tổng số đại biểu).",
        ]

    def test_election(self, large: hm.Minutes) -> None:
        """An election gives ballots, each candidate's share and who is elected."""
        a, b = hm.Person(full_name="Nguyễn Văn An"), hm.Person(full_name="Trần Thị Bình")
        election = hm.Election(
            office="Phó Chủ tịch HĐND tỉnh",
            total_delegates=85,
            ballots=hm.Ballots(issued=80, returned=80, valid=79, invalid=1),
            candidates=(
                hm.CandidateResult(person=a, votes=70),
                hm.CandidateResult(person=b, votes=9),
            ),
        )
        meeting = large.meetings[0]
        assert large.session is not None
        item = attrs.evolve(meeting.agenda[0], votes=(), elections=(election,))
        minutes = attrs.evolve(
            large,
            session=attrs.evolve(
                large.session,
                meetings=(attrs.evolve(meeting, agenda=(item,)), *large.meetings[1:]),
            ),
        )
        texts = _texts(minutes)
        assert "Số phiếu phát ra: 80; thu vào: 80; hợp lệ: 79; không hợp lệ: 1." in texts
        assert "- Nguyễn Văn An: 70 phiếu, đạt 82,35% tổng số 85 đại biểu, trúng cử;" in texts
        assert "- Trần Thị Bình: 9 phiếu, đạt 10,59% tổng số 85 đại biểu, không trúng cử." in texts


class TestSignaturesAndRecipients:
    def test_seed_signatures(self, seed: hm.Minutes) -> None:
        """THƯ KÝ on the left (blank name), CHỦ TỌA on the right with the bare name."""
        sigs = next(b for b in build_layout(seed).blocks if isinstance(b, Signatures))
        assert sigs.left.heading == ("THƯ KÝ",)
        assert sigs.left.name is None
        assert sigs.right.heading == ("CHỦ TỌA",)
        assert sigs.right.name == "Đinh Thị Lan Duyên"

    def test_authority_prefix(self, large: hm.Minutes) -> None:
        """The chair signs on behalf of the council: ``TM. HỘI ĐỒNG NHÂN DÂN`` / ``CHỦ TỌA``."""
        sigs = next(b for b in build_layout(large).blocks if isinstance(b, Signatures))
        assert sigs.right.heading == ("TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỌA")
        assert sigs.left.name == "Lê Thị Thủy"

    def test_recipients(self, large: hm.Minutes) -> None:
        """Each recipient line ends with ``;``; the last files the original."""
        rec = build_layout(large).blocks[-1]
        assert isinstance(rec, Recipients)
        assert rec.heading == "Nơi nhận:"
        assert rec.lines == (
            "- Thường trực HĐND tỉnh;",
            "- UBND tỉnh;",
            "- Ủy ban MTTQ Việt Nam tỉnh;",
            "- Đại biểu HĐND tỉnh;",
            "- Lưu: VT, Hồ sơ.",
        )


class TestGuards:
    def test_illegal_character(self, seed: hm.Minutes) -> None:
        """A control character no document can carry never reaches the renderer."""
        with pytest.raises(hm.InvalidModelError, match="U\\+0007"):
            attrs.evolve(seed, title="Phiên họp\x07")

    @pytest.mark.parametrize(
        ("field", "value"),
        [("body_size_pt", 12), ("left_mm", 25.0), ("first_line_indent_mm", 5.0)],
    )
    def test_options_within_the_decree(self, field: str, value: object) -> None:
        """Options outside the decree's ranges are refused."""
        with pytest.raises(hm.RenderError, match=field):
            RenderOptions(**{field: value})  # type: ignore[arg-type]

    def test_info_is_fixed_by_the_minutes(self, seed: hm.Minutes) -> None:
        """Document properties come from the minutes, not the clock."""
        info = build_layout(seed).info
        assert info.date == dt.date(2020, 8, 17)
        assert info.author == "Hội đồng nhân dân quận Hai Bà Trưng"
        assert info.identifier == "bb-hbt-standing-2020-08"
