"""The layout checklist: open the DOCX and check every rule of Decree 30 the issue lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Length, Mm, Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph

from hdnd_model.render._metrics import text_width_pt

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TNR = "Times New Roman"
BODY_SIZE = Pt(14)


def _size(p: DocxParagraph) -> Length:
    """The paragraph's font size: its style's, else the document default (14 pt)."""
    sizes = {r.font.size for r in p.runs if r.font.size is not None}
    assert len(sizes) <= 1
    size = sizes.pop() if sizes else p.style.font.size if p.style is not None else None
    return size if size is not None else BODY_SIZE


def _bold(p: DocxParagraph) -> bool:
    assert p.style is not None
    runs = [r for r in p.runs if r.text.strip()]
    return bool(p.style.font.bold) or (bool(runs) and all(r.bold for r in runs))


def _italic(p: DocxParagraph) -> bool:
    assert p.style is not None
    runs = [r for r in p.runs if r.text.strip()]
    return bool(p.style.font.italic) or (bool(runs) and all(r.italic for r in runs))


def _align(p: DocxParagraph) -> object:
    assert p.style is not None
    return p.alignment if p.alignment is not None else p.style.paragraph_format.alignment


def _style(p: DocxParagraph) -> str:
    assert p.style is not None
    return str(p.style.name)


def _find(cell_paragraphs: list[DocxParagraph], style: str) -> list[DocxParagraph]:
    return [p for p in cell_paragraphs if _style(p) == style]


def _rule_length_pt(p: DocxParagraph, column: Length) -> float:
    """The length of a rule paragraph: its column less its indents."""
    left = p.paragraph_format.left_indent or Length(0)
    right = p.paragraph_format.right_indent or Length(0)
    return float((column - left - right) / 12700)


def _body_paragraphs(doc: Document) -> Iterator[DocxParagraph]:
    for p in doc.paragraphs:
        if _style(p) in ("Minutes Body", "Minutes Heading", "Minutes Subheading"):
            yield p


@pytest.fixture(params=["seed_docx", "large_docx"])
def doc(request: pytest.FixtureRequest) -> Document:
    """Each rendered DOCX in turn."""
    document: Document = request.getfixturevalue(request.param)
    return document


class TestPage:
    def test_a4_portrait_and_margins(self, doc: Document) -> None:
        """A4 portrait; margins top/bottom 20 mm, left 30 mm, right 15 mm."""
        s = doc.sections[0]
        assert s.page_width is not None
        assert s.page_height is not None
        assert (round(s.page_width.mm), round(s.page_height.mm)) == (210, 297)
        margins = (s.top_margin, s.bottom_margin, s.left_margin, s.right_margin)
        assert [round(m.mm, 1) for m in margins if m is not None] == [20, 20, 30, 15]

    def test_times_new_roman_everywhere(self, doc: Document) -> None:
        """The default font is Times New Roman and nothing overrides it."""
        rfonts = doc.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
        assert rfonts is not None
        assert {rfonts.get(f"{W}{a}") for a in ("ascii", "hAnsi", "cs", "eastAsia")} == {TNR}
        assert {s.font.name for s in doc.styles if hasattr(s, "font")} <= {None, TNR}
        assert not doc.element.body.findall(f".//{W}rFonts")

    def test_page_numbers_in_the_header_not_on_page_1(self, doc: Document) -> None:
        """A centred PAGE field in the header; page 1 has its own, empty header."""
        s = doc.sections[0]
        assert s.different_first_page_header_footer
        first = s.first_page_header._element
        assert not first.findall(f".//{W}fldSimple")
        assert "PAGE" not in first.xml
        header = s.header
        field = header._element.find(f".//{W}fldSimple")
        assert field is not None
        assert field.get(f"{W}instr").strip() == "PAGE"
        (p,) = header.paragraphs
        assert _align(p) == WD_ALIGN_PARAGRAPH.CENTER
        assert _size(p) in (Pt(13), Pt(14))
        assert not _italic(p)


class TestHeader:
    def _table(self, doc: Document) -> DocxTable:
        table = doc.tables[0]
        assert len(table.columns) == 2
        assert table.style is not None
        assert table.style.name == "Minutes Header Table"
        borders = table._tbl.tblPr.find(f"{W}tblBorders")
        assert borders is not None
        assert {b.get(f"{W}val") for b in borders} == {"nil"}
        return table

    def test_left_column(self, doc: Document) -> None:
        """Parent body (12 pt, upper), issuing body (12 pt bold, upper), rule, ``Số:`` (13 pt)."""
        table = self._table(doc)
        cell = table.cell(0, 0).paragraphs
        for p in _find(cell, "Minutes Agency"):
            assert (p.text.isupper(), _size(p), _bold(p)) == (True, Pt(12), False)
        issuer = _find(cell, "Minutes Issuer")
        assert issuer
        for p in issuer:
            assert (p.text.isupper(), _size(p), _bold(p)) == (True, Pt(12), True)
            assert _align(p) == WD_ALIGN_PARAGRAPH.CENTER
        (number,) = table.cell(1, 0).paragraphs
        assert number.text.startswith("Số: ")
        assert "/BB-HĐND" in number.text
        assert (_size(number), _bold(number)) == (Pt(13), False)
        assert _align(number) == WD_ALIGN_PARAGRAPH.CENTER

    def test_right_column(self, doc: Document) -> None:
        """Quốc hiệu 12 pt bold upper, Tiêu ngữ 13 pt bold, centred."""
        cell = self._table(doc).cell(0, 1).paragraphs
        national, motto = cell[0], cell[1]
        assert national.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        assert (_size(national), _bold(national)) == (Pt(12), True)
        assert motto.text == "Độc lập - Tự do - Hạnh phúc"
        assert (_size(motto), _bold(motto)) == (Pt(13), True)
        assert {_align(p) for p in (national, motto)} == {WD_ALIGN_PARAGRAPH.CENTER}

    def test_rules(self, doc: Document) -> None:
        """The motto's rule is as long as the motto; the issuer's 1/3 to 1/2 of its text."""
        table = self._table(doc)
        rule_style = doc.styles["Minutes Rule"].element
        bottom = rule_style.find(f"{W}pPr/{W}pBdr/{W}bottom")
        assert bottom is not None
        assert bottom.get(f"{W}val") == "single"
        left_width, right_width = (c.width for c in table.rows[0].cells)
        assert left_width is not None
        assert right_width is not None
        (motto_rule,) = _find(table.cell(0, 1).paragraphs, "Minutes Rule")
        motto = text_width_pt("Độc lập - Tự do - Hạnh phúc", 13, bold=True)
        assert _rule_length_pt(motto_rule, right_width) == pytest.approx(motto, abs=1)
        cell = table.cell(0, 0).paragraphs
        (issuer_rule,) = _find(cell, "Minutes Rule")
        issuer = max(text_width_pt(p.text, 12, bold=True) for p in _find(cell, "Minutes Issuer"))
        assert issuer / 3 <= _rule_length_pt(issuer_rule, left_width) <= issuer / 2

    def test_no_place_date_by_default(self, doc: Document) -> None:
        """Mẫu 1.9 has no place/date line: the cell stays empty unless asked for."""
        (p,) = self._table(doc).cell(1, 1).paragraphs
        assert p.text == ""
        assert _italic(p)


class TestTitleAndBody:
    def test_title(self, doc: Document) -> None:
        """``BIÊN BẢN`` and its summary: 14 pt bold centred, a rule under them."""
        paras = doc.paragraphs
        i = next(i for i, p in enumerate(paras) if _style(p) == "Minutes Title")
        kind, summary, rule = paras[i : i + 3]
        assert kind.text == "BIÊN BẢN"
        for p in (kind, summary):
            assert (_size(p), _bold(p), _align(p)) == (BODY_SIZE, True, WD_ALIGN_PARAGRAPH.CENTER)
        assert _style(summary) == "Minutes Summary"
        assert _style(rule) == "Minutes Rule"
        width = doc.sections[0].page_width - Mm(45)  # type: ignore[operator]
        text = min(text_width_pt(summary.text, 14, bold=True), width / 12700)
        assert text / 3 <= _rule_length_pt(rule, Length(width)) <= text / 2

    def test_body_paragraphs(self, doc: Document) -> None:
        """14 pt, justified, 1 cm first-line indent, 6 pt before, line spacing 1-1.5."""
        paras = list(_body_paragraphs(doc))
        assert len(paras) > 10
        for p in paras:
            assert p.style is not None
            fmt = p.style.paragraph_format
            assert _size(p) == BODY_SIZE
            assert _align(p) == WD_ALIGN_PARAGRAPH.JUSTIFY
            assert fmt.first_line_indent is not None
            assert round(fmt.first_line_indent.mm, 1) == 10.0
            assert fmt.space_before is not None
            assert fmt.space_before >= Pt(6)
            assert isinstance(fmt.line_spacing, float)
            assert 1.0 <= fmt.line_spacing <= 1.5

    def test_headings_bold_and_ends(self, doc: Document) -> None:
        """Part headings are bold; the body ends with ``./.``."""
        texts = {p.text for p in doc.paragraphs if _style(p) == "Minutes Heading"}
        assert {"Thành phần tham dự:", "Nội dung:"} <= texts
        for p in doc.paragraphs:
            if _style(p) == "Minutes Heading":
                assert _bold(p)
        body = [p for p in _body_paragraphs(doc) if p.text]
        assert body[-1].text.endswith("./.")


class TestSignaturesAndRecipients:
    def test_signature_blocks(self, doc: Document) -> None:
        """THƯ KÝ left, CHỦ TỌA right: bold, centred, body size; names bold, no titles."""
        table = doc.tables[-1]
        assert len(table.columns) == 2
        left, right = (c.paragraphs for c in table.rows[0].cells)
        titles = [_find(side, "Minutes Signature Title") for side in (left, right)]
        assert [p.text for p in titles[0] if p.text] == ["THƯ KÝ"]
        assert [p.text for p in titles[1] if p.text][-1] == "CHỦ TỌA"
        for p in titles[0] + titles[1] + _find(left + right, "Minutes Signature Name"):
            assert (_bold(p), _size(p), _align(p)) == (True, BODY_SIZE, WD_ALIGN_PARAGRAPH.CENTER)
            assert p.text == p.text.strip()
        for p in titles[0] + titles[1]:
            assert p.text.isupper() or not p.text
        names = [p.text for p in _find(right, "Minutes Signature Name")]
        assert names
        assert names[0]
        assert not names[0].startswith(("TS.", "ThS.", "PGS", "GS."))

    def test_recipients(self, doc: Document) -> None:
        """``Nơi nhận:`` 12 pt bold italic; lines 11 pt ``- ...;``, last ``- Lưu: VT, ...``."""
        paras = doc.paragraphs
        i = next(i for i, p in enumerate(paras) if _style(p) == "Minutes Recipients Heading")
        heading = paras[i]
        assert heading.text == "Nơi nhận:"
        assert (_size(heading), _bold(heading), _italic(heading)) == (Pt(12), True, True)
        lines = paras[i + 1 :]
        assert lines
        for p in lines:
            assert (_style(p), _size(p), _bold(p)) == ("Minutes Recipients", Pt(11), False)
            assert p.text.startswith("- ")
        assert all(p.text.endswith(";") for p in lines[:-1])
        assert lines[-1].text.startswith("- Lưu: VT, ")
        assert lines[-1].text.endswith(".")


class TestProperties:
    def test_core_properties_from_the_minutes(self, seed_docx: Document) -> None:
        """Author and dates come from the minutes, not from the clock."""
        props = seed_docx.core_properties
        assert props.author == "Hội đồng nhân dân quận Hai Bà Trưng"
        assert props.created == dt.datetime(2020, 8, 17, tzinfo=dt.UTC)
        assert props.modified == dt.datetime(2020, 8, 17, tzinfo=dt.UTC)
        assert props.revision == 1
        assert props.language == "vi-VN"
