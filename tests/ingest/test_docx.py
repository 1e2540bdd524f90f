"""Minutes DOCX: the renderer's layout, a hand-made layout, and hostile packages."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

import hdnd_model as hm
from hdnd_model.ingest import load, summary

RENDERED = (
    "HỘI ĐỒNG NHÂN DÂN",
    "HUYỆN ĐÔNG SƠN",
    "Số: 05/BB-HĐND",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Đông Sơn, ngày 08 tháng 12 năm 2023",
    "BIÊN BẢN",
    "Kỳ họp thứ mười, Hội đồng nhân dân huyện Đông Sơn khóa XX, nhiệm kỳ 2021-2026",
    "Thời gian bắt đầu: khai mạc vào 07 giờ 30, ngày 07 tháng 12 năm 2023",
    "Chủ trì (chủ tọa): Lê Văn Bình, Chủ tịch HĐND huyện; Trịnh Thị Hoa, Phó Chủ tịch HĐND huyện",
    "Thư ký (người ghi biên bản): Đỗ Minh Tâm, Chánh Văn phòng HĐND và UBND huyện",
    "Đại biểu có mặt: 33/35 đại biểu, đạt 94,29% tổng số đại biểu",
    "Nội dung:",
    "1. Báo cáo kết quả thực hiện nhiệm vụ kinh tế - xã hội năm 2023",
    "Trình bày: Lê Văn Bình",
    "2. Dự toán ngân sách năm 2024",
    "Kỳ họp kết thúc vào 11 giờ 00, ngày 07 tháng 12 năm 2023.",
)


def _docx(paragraphs: tuple[str, ...], table: list[list[str]] | None = None) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.rows[r].cells[c].text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class TestLayouts:
    def test_renderer_layout(self) -> None:
        """The renderer's labels give back chairs, secretary, attendance, agenda and date."""
        result = load(_docx(RENDERED), name="bb.docx")
        out = summary(result)
        assert "docx" == result.importer
        assert ("session_report", 10, "2023-12-07") == (
            out["kind"],
            out["session_number"],
            out["date"],
        )
        assert "Lê Văn Bình" == out["chair"]["name"]
        assert ["Trịnh Thị Hoa", "Đỗ Minh Tâm"] == [p["name"] for p in out["participants"]]
        assert ["co_chair", "secretary"] == [p.role for p in result.draft.people[1:]]
        assert {"present": 33, "total": 35} == out["attendance"]
        assert 2 == len(out["agenda"])
        assert isinstance(result.record, hm.Minutes)
        assert all(e.paragraph is not None for e in result.evidence if e.start is not None)

    def test_hand_made_table(self) -> None:
        """Attendance in a table and a different heading are read too."""
        paragraphs = (
            "BIÊN BẢN",
            "Phiên họp Thường trực HĐND xã Hòa An tháng 3 năm 2024",
            "Vào lúc 14 giờ, ngày 20 tháng 3 năm 2024, Thường trực HĐND xã Hòa An họp.",
            "Chủ trì: ông Nguyễn Văn Sáu - Chủ tịch HĐND xã.",
        )
        result = load(
            _docx(paragraphs, [["STT", "Họ và tên"], ["1", "Nguyễn Văn Sáu"]]), name="tt.docx"
        )
        assert "standing_committee_meeting" == result.draft.kind
        assert "Nguyễn Văn Sáu" == summary(result)["chair"]["name"]


class TestHostile:
    def test_truncated(self) -> None:
        """A truncated DOCX is refused with its location."""
        data = _docx(RENDERED)
        with pytest.raises(hm.ImporterError) as info:
            load(data[: len(data) // 2], name="cut.docx")
        assert info.value.location is not None

    def test_zip_bomb(self) -> None:
        """A part that inflates hugely is refused before it is inflated."""
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("word/document.xml", b"<a/>" + b"\0" * (64 * 1024 * 1024))
        with pytest.raises(hm.ImporterError, match="ZIP bomb"):
            load(buffer.getvalue(), name="bomb.docx")

    def test_not_a_docx(self) -> None:
        """A ZIP without a main document is refused."""
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("hello.txt", "hi")
        with pytest.raises(hm.ImporterError, match=r"word/document\.xml"):
            load(buffer.getvalue(), name="x.docx")

    def test_external_relationship_ignored(self) -> None:
        """An external hyperlink is not followed; it is reported."""
        document = docx.Document()
        paragraph = document.add_paragraph("Ngày 5/12/2018, HĐND tỉnh Quảng Nam họp.")
        paragraph.part.relate_to(
            "http://127.0.0.1:9/x", docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK, is_external=True
        )
        buffer = io.BytesIO()
        document.save(buffer)
        result = load(buffer.getvalue(), name="ext.docx")
        assert any("external relationship" in w for w in result.warnings)
