"""Resolutions and conclusion notices: layout, the DOCX checklist, golden dumps, properties."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
from pathlib import Path
from types import ModuleType

import attrs
import docx
import pytest
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from hypothesis import given, settings
from hypothesis import strategies as st

import hdnd_model as hm
from hdnd_model.render import RenderOptions, draft_notice, layout_of
from hdnd_model.render._blocks import Paragraph, ParagraphKind, Signatures
from hdnd_model.testing import strategies as hst
from tests.render.test_formats import missing_fragments
from tests.render.test_golden import _check, canonical_document_xml

ROOT = Path(__file__).resolve().parents[2]


def _examples() -> ModuleType:
    path = ROOT / "examples" / "documents_2023.py"
    spec = importlib.util.spec_from_file_location("documents_2023", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


EXAMPLES = _examples()


def _texts(record: object, **options: object) -> list[str]:
    opts = RenderOptions(**options) if options else None  # type: ignore[arg-type]
    return [b.text for b in layout_of(record, opts).blocks if isinstance(b, Paragraph)]


def _docx(record: object) -> bytes:
    out = io.BytesIO()
    hm.render_document(record, out)
    return out.getvalue()


def _open(record: object) -> Document:
    return docx.Document(io.BytesIO(_docx(record)))


def _style(p: object) -> str:
    return str(p.style.name)  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def resolution() -> hm.Resolution:
    """The individual resolution of December 2023."""
    res: hm.Resolution = EXAMPLES.build_resolution()
    return res


@pytest.fixture(scope="module")
def normative() -> hm.Resolution:
    """The normative resolution of June 2025."""
    res: hm.Resolution = EXAMPLES.build_normative()
    return res


@pytest.fixture(scope="module")
def notice() -> hm.ConclusionNotice:
    """The notice drafted from the seed's minutes."""
    found: hm.ConclusionNotice = EXAMPLES.build_notice()
    return found


class TestResolutionLayout:
    def test_2016_layout(self, resolution: hm.Resolution) -> None:
        """Before 2025-04-01: the authority and session lines, căn cứ, xét with a full stop,
        ``QUYẾT NGHỊ:`` on its own line."""
        blocks = layout_of(resolution).blocks
        centred = [
            b.text for b in blocks if isinstance(b, Paragraph) and b.kind is ParagraphKind.CENTRED
        ]
        assert ["HỘI ĐỒNG NHÂN DÂN TỈNH ĐẮK LẮK", "KHÓA X, KỲ HỌP THỨ 8", "QUYẾT NGHỊ:"] == centred
        texts = _texts(resolution)
        assert (
            "Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015;"
            in texts
        )
        xet = next(t for t in texts if t.startswith("Xét "))
        assert xet.endswith("tại kỳ họp.")
        assert xet.startswith("Xét Tờ trình số 182/TTr-UBND ngày 20 tháng 11 năm 2023 của Ủy ban")

    def test_numbering(self, resolution: hm.Resolution) -> None:
        """Articles ``Điều 1.``, clauses ``1.``, points ``a)``, as the law numbers them."""
        texts = _texts(resolution)
        assert "Điều 1. Thông qua kế hoạch đầu tư công năm 2024 của tỉnh Đắk Lắk như sau:" in texts
        assert "1. Tổng vốn đầu tư công năm 2024: 5.454.246 triệu đồng." in texts
        assert "a) Vốn ngân sách địa phương: 3.120.000 triệu đồng;" in texts
        assert texts.index("2. Phân bổ:") < texts.index(
            "a) Vốn ngân sách địa phương: 3.120.000 triệu đồng;"
        )

    def test_closing_sentence(self, resolution: hm.Resolution) -> None:
        """The adoption sentence names the council, khóa, session, dates, and ends ``./.``."""
        assert _texts(resolution)[-1] == (
            "Nghị quyết này đã được Hội đồng nhân dân tỉnh Đắk Lắk khóa X, kỳ họp thứ 8 thông qua"
            " ngày 08 tháng 12 năm 2023 và có hiệu lực từ ngày 08 tháng 12 năm 2023./."
        )

    def test_2025_layout(self, normative: hm.Resolution) -> None:
        """From 2025-04-01 a normative resolution has no authority line and no ``QUYẾT NGHỊ:``;
        xét ends with ``;``, the enacting sentence follows, the closing is italic."""
        layout = layout_of(normative)
        texts = _texts(normative)
        assert "QUYẾT NGHỊ:" not in texts
        assert "HỘI ĐỒNG NHÂN DÂN TỈNH ĐẮK LẮK" not in texts
        assert next(t for t in texts if t.startswith("Xét ")).endswith(";")
        assert (
            "Hội đồng nhân dân ban hành Nghị quyết quy định mức chi hỗ trợ hoạt động giám sát của"
            " Hội đồng nhân dân các cấp." in texts
        )
        assert "Điều 3. Hiệu lực thi hành" in texts
        closing = [b for b in layout.blocks if isinstance(b, Paragraph)][-1]
        assert closing.spans[0].italic
        assert "có hiệu lực" not in closing.text

    def test_layout_is_an_option(self, normative: hm.Resolution) -> None:
        """The layout can be forced: the 2016 one for a 2025 resolution."""
        assert "QUYẾT NGHỊ:" in _texts(normative, resolution_layout="2016")
        with pytest.raises(hm.RenderError, match=r"^resolution_layout must be auto, 2016 or 2025"):
            RenderOptions(resolution_layout="2030")

    def test_signature(self, resolution: hm.Resolution) -> None:
        """``CHỦ TỊCH`` and the name on the right; ``TM. HỘI ĐỒNG NHÂN DÂN`` as an option; the
        signer's own ``KT.`` block."""
        sig = next(b for b in layout_of(resolution).blocks if isinstance(b, Signatures))
        assert (("CHỦ TỊCH",), "Huỳnh Thị Chiến Hòa") == (sig.right.heading, sig.right.name)
        assert sig.left.heading == ()
        unsigned = attrs.evolve(resolution, signer=None)
        sig = next(
            b
            for b in layout_of(unsigned, RenderOptions(resolution_on_behalf=True)).blocks
            if isinstance(b, Signatures)
        )
        assert ("TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH") == sig.right.heading
        deputy = hm.Signature(
            person=hm.Person(full_name="Y Biêr Niê"),
            title="PHÓ CHỦ TỊCH",
            authority=hm.SigningAuthority.DEPUTY,
            on_behalf_of="CHỦ TỊCH",
        )
        sig = next(
            b
            for b in layout_of(attrs.evolve(resolution, signer=deputy)).blocks
            if isinstance(b, Signatures)
        )
        assert ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") == sig.right.heading

    def test_standalone_from_minutes(self, large: hm.Minutes) -> None:
        """A session's resolution renders on its own with the council and session filled in."""
        from hdnd_model.render import standalone_resolution

        first = large.resolutions[0]
        res = standalone_resolution(large, first.id)
        assert res.council == large.council
        texts = _texts(res)
        assert texts[-1].startswith("Nghị quyết này đã được Hội đồng nhân dân tỉnh Đắk Lắk")
        with pytest.raises(hm.RenderError, match="no resolution 'nq-none'"):
            standalone_resolution(large, "nq-none")

    def test_needs_its_council(self, resolution: hm.Resolution) -> None:
        """A resolution without its council embedded cannot say who adopted it."""
        bare = attrs.evolve(resolution, council=None, council_id="hdnd-dak-lak")
        with pytest.raises(hm.RenderError, match="its council is not embedded"):
            layout_of(bare)


class TestNoticeLayout:
    def test_summary_and_opening(self, notice: hm.ConclusionNotice) -> None:
        """The summary names the Standing Committee and the meeting; the opening its facts."""
        title = layout_of(notice).blocks[1]
        assert title.summary == (  # type: ignore[union-attr]
            "Kết luận của Thường trực Hội đồng nhân dân quận Hai Bà Trưng tại phiên họp tháng"
            " 8/2020 của Thường trực HĐND quận"
        )
        opening = _texts(notice)[0]
        assert opening.startswith(
            "Ngày 17 tháng 8 năm 2020, Thường trực Hội đồng nhân dân quận Hai Bà Trưng tổ chức"
        )
        assert (
            "Đồng chí Đinh Thị Lan Duyên, Chủ tịch HĐND quận chủ trì; dự họp có các đồng chí"
            in opening
        )
        assert opening.endswith("kết luận như sau:")

    def test_conclusions_numbered(self, notice: hm.ConclusionNotice) -> None:
        """Conclusions are numbered in order; the last ends ``./.``."""
        texts = _texts(notice)
        assert texts[1].startswith("1. Hai Ban, Văn phòng HĐND")
        assert texts[-1] == "7. Tăng cường thông tin, tuyên truyền về hoạt động của HĐND./."

    def test_addressee_and_deadline(self, notice: hm.ConclusionNotice) -> None:
        """A conclusion's addressee and deadline follow it, the deadline closing the body."""
        one = hm.Conclusion(
            text="Hoàn thiện báo cáo.",
            addressee="Văn phòng HĐND quận",
            deadline=dt.date(2020, 9, 1),
        )
        texts = _texts(attrs.evolve(notice, conclusions=(one,)))
        assert texts[-3:] == [
            "1. Hoàn thiện báo cáo.",
            "Đơn vị thực hiện: Văn phòng HĐND quận.",
            "Thời hạn: ngày 01 tháng 9 năm 2020./.",
        ]

    def test_signature(self, notice: hm.ConclusionNotice) -> None:
        """``TM. THƯỜNG TRỰC HĐND`` / ``CHỦ TỊCH`` and the chair's name."""
        sig = next(b for b in layout_of(notice).blocks if isinstance(b, Signatures))
        assert ("TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH") == sig.right.heading
        assert sig.right.name == "Đinh Thị Lan Duyên"
        unsigned = next(
            b
            for b in layout_of(attrs.evolve(notice, signer=None)).blocks
            if isinstance(b, Signatures)
        )
        assert ("TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH") == unsigned.right.heading

    def test_issuer_option(self, notice: hm.ConclusionNotice) -> None:
        """The header names the council, or, as an option, the Standing Committee under it."""
        header = layout_of(notice).blocks[0]
        assert ("HỘI ĐỒNG NHÂN DÂN", "QUẬN HAI BÀ TRƯNG") == header.issuer  # type: ignore[union-attr]
        header = layout_of(notice, RenderOptions(notice_issuer_standing=True)).blocks[0]
        assert ("THƯỜNG TRỰC HĐND",) == header.issuer  # type: ignore[union-attr]
        assert ("HĐND QUẬN HAI BÀ TRƯNG",) == header.parent_body  # type: ignore[union-attr]

    def test_draft_needs_a_meeting(self, large: hm.Minutes) -> None:
        """Only a meeting's minutes draft a notice."""
        with pytest.raises(hm.RenderError, match="a notice concludes a meeting, not a session"):
            draft_notice(large)


class TestChecklist:
    """``word/document.xml`` of each document, against Decree 30's rules."""

    @pytest.mark.parametrize(
        ("build", "kind", "number"),
        [
            ("build_resolution", "NGHỊ QUYẾT", "Số: 45/NQ-HĐND"),
            ("build_normative", "NGHỊ QUYẾT", "Số: 05/2025/NQ-HĐND"),
            ("build_notice", "THÔNG BÁO", "Số: 47/TB-HĐND"),
        ],
    )
    def test_document(self, build: str, kind: str, number: str) -> None:
        """Header, title, body, signature and Nơi nhận are set in the decree's styles."""
        record = getattr(EXAMPLES, build)()
        doc = _open(record)
        section = doc.sections[0]
        assert round(section.page_width.mm) == 210
        assert round(section.page_height.mm) == 297
        header, signature = doc.tables[0], doc.tables[-1]
        left = [p.text for p in header.rows[0].cells[0].paragraphs if p.text]
        assert left[0] == "HỘI ĐỒNG NHÂN DÂN"
        assert header.rows[1].cells[0].paragraphs[0].text == number
        place = header.rows[1].cells[1].paragraphs[0]
        assert ", ngày " in place.text
        assert _style(place) == "Minutes Place Date"
        titles = [p for p in doc.paragraphs if _style(p) == "Minutes Title"]
        assert titles[0].text == kind
        assert titles[0].style.font.bold  # type: ignore[union-attr]
        summary = [p for p in doc.paragraphs if _style(p) == "Minutes Summary"]
        assert summary[0].text == layout_of(record).blocks[1].summary  # type: ignore[union-attr]
        body = [p for p in doc.paragraphs if _style(p) == "Minutes Body" and p.text]
        assert body[-1].text.endswith("./.")
        assert all(
            p.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY for p in body[:1]
        )  # type: ignore[union-attr]
        right = [p.text for p in signature.rows[0].cells[1].paragraphs if p.text]
        assert right[-1] == record.signer.person.full_name
        assert "CHỦ TỊCH" in right
        recipients = [p for p in doc.paragraphs if _style(p) == "Minutes Recipients Heading"]
        assert [p.text for p in recipients] == ["Nơi nhận:"]
        lines = [p.text for p in doc.paragraphs if _style(p) == "Minutes Recipients"]
        assert all(line.startswith("- ") and line.endswith(";") for line in lines[:-1])
        assert lines[-1].startswith("- Lưu: ")
        assert doc.core_properties.category in ("Nghị quyết", "Thông báo")
        assert doc.styles["Minutes Recipients"].font.size == Pt(11)

    def test_article_headings_bold(self, normative: hm.Resolution) -> None:
        """A named article's heading is bold; căn cứ lines italic."""
        doc = _open(normative)
        heading = next(p for p in doc.paragraphs if p.text == "Điều 1. Phạm vi điều chỉnh")
        assert _style(heading) == "Minutes Heading"
        basis = next(p for p in doc.paragraphs if p.text.startswith("Căn cứ "))
        assert all(r.italic for r in basis.runs)


class TestGolden:
    @pytest.mark.parametrize(
        ("build", "name"),
        [
            ("build_resolution", "resolution_2023.document.xml"),
            ("build_normative", "resolution_2025.document.xml"),
            ("build_notice", "notice_2020.document.xml"),
        ],
    )
    def test_golden(self, build: str, name: str) -> None:
        """Each example document's document.xml matches its golden dump."""
        _check(name, canonical_document_xml(_docx(getattr(EXAMPLES, build)())))


def _standalone(res: hm.Resolution) -> bool:
    return res.council is not None


class TestProperties:
    @pytest.mark.parametrize("fmt", ["docx", "txt", "md", "html"])
    @settings(deadline=None)
    @given(
        res=hst.resolutions().filter(_standalone), layout=st.sampled_from(["auto", "2016", "2025"])
    )
    def test_resolutions(self, fmt: str, res: hm.Resolution, layout: str) -> None:
        """Any resolution with its council renders in every format and layout, losing no text."""
        assert layout_of(res, RenderOptions(resolution_layout=layout)).blocks
        assert missing_fragments(res, fmt) == []

    @pytest.mark.parametrize("fmt", ["docx", "txt", "md", "html"])
    @settings(deadline=None)
    @given(notice=hst.conclusion_notices())
    def test_notices(self, fmt: str, notice: hm.ConclusionNotice) -> None:
        """Any conclusion notice renders in every format, losing no text."""
        assert missing_fragments(notice, fmt) == []
