"""Text, Markdown and HTML from the same blocks; the public entry point and its errors."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

import hdnd_model as hm
from tests.render.conftest import render_bytes


def flat(text: str) -> str:
    """Runs of white space as one space (text wraps; blanks are runs of spaces)."""
    return " ".join(text.split())


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skip = tag in ("style", "title")
        if tag in ("p", "td", "th", "br", "h1", "div"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        self.skip = False

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_text(page: str) -> str:
    """The visible text of an HTML page."""
    parser = _Text()
    parser.feed(page)
    return "".join(parser.parts)


def md_text(md: str) -> str:
    """Markdown with its markup removed: emphasis, escapes, table pipes, ``<br>``."""
    text = re.sub(r"(?<!\\)\*+", "", md.replace("<br>", " "))
    text = re.sub(r"^\| :---: \| :---: \|$|^\|( ---? \|)+$", "", text, flags=re.M)
    text = re.sub(r"(?<!\\)\|", " ", text)
    text = re.sub(r"^# ", "", text, flags=re.M)
    return re.sub(r"\\(.)", r"\1", text)


def docx_text(data: bytes) -> str:
    """The text of every paragraph of the DOCX body."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    paragraphs = re.findall(r"<w:p>.*?</w:p>", xml)
    return " ".join("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in paragraphs)


EXTRACT = {
    "txt": lambda b: b.decode("utf-8"),
    "md": lambda b: md_text(b.decode("utf-8")),
    "html": lambda b: html_text(b.decode("utf-8")),
    "docx": docx_text,
}


def missing_fragments(record: object, fmt: str) -> list[str]:
    """The layout's fragments not found in the rendered ``fmt`` output of any document record."""
    from html import unescape
    from xml.sax.saxutils import unescape as xml_unescape

    from hdnd_model.render import layout_of

    buffer = io.BytesIO()
    hm.render_document(record, buffer, format=fmt)
    out = EXTRACT[fmt](buffer.getvalue())
    out = flat(xml_unescape(out) if fmt == "docx" else unescape(out) if fmt == "html" else out)
    return [
        piece
        for fragment in layout_of(record).fragments()
        for piece in re.split(r"\s{2,}", fragment)
        if flat(piece) not in out
    ]


class TestEveryFormat:
    @pytest.mark.parametrize("fmt", ["docx", "txt", "md", "html"])
    @pytest.mark.parametrize("which", ["seed", "large"])
    def test_every_fragment_is_rendered(
        self, fmt: str, which: str, request: pytest.FixtureRequest
    ) -> None:
        """Every text fragment of the layout appears in each format."""
        minutes: hm.Minutes = request.getfixturevalue(which)
        assert missing_fragments(minutes, fmt) == []

    @pytest.mark.parametrize("fmt", ["txt", "md", "html"])
    def test_deterministic(self, seed: hm.Minutes, fmt: str) -> None:
        """The same minutes give the same bytes."""
        assert render_bytes(seed, fmt) == render_bytes(seed, fmt)


class TestText:
    def test_seed_starts_with_the_header(self, seed: hm.Minutes) -> None:
        """The header sets parent body and Quốc hiệu side by side, the motto under it."""
        lines = render_bytes(seed, "txt").decode("utf-8").splitlines()
        assert "HĐND QUẬN HAI BÀ TRƯNG" in lines[0]
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines[0]
        assert "Độc lập - Tự do - Hạnh phúc" in lines[1]
        assert "BIÊN BẢN" in {line.strip() for line in lines}


class TestMarkdown:
    def test_structure(self, seed: hm.Minutes) -> None:
        """A header table, a level-1 title, bold headings and list items."""
        md = render_bytes(seed, "md").decode("utf-8")
        assert md.startswith("| HĐND QUẬN HAI BÀ TRƯNG<br>**THƯỜNG TRỰC HĐND**")
        assert "\n# BIÊN BẢN\n" in md
        assert "\n**Nội dung:**\n" in md
        assert "\n- Lưu: VT, Hồ sơ.\n" in md

    def test_escapes_markup(self) -> None:
        """Characters Markdown would read as markup are escaped."""
        from hdnd_model.render.markdown import escape

        assert escape("1. a*b_[c]") == "1\\. a\\*b\\_\\[c\\]"


class TestHtml:
    def test_standalone_page_with_print_css(self, seed: hm.Minutes) -> None:
        """A Vietnamese HTML5 page with an A4 print stylesheet and Decree 30 margins."""
        page = render_bytes(seed, "html").decode("utf-8")
        assert page.startswith('<!DOCTYPE html>\n<html lang="vi">')
        assert "@page { size: A4 portrait; margin: 20.0mm 15.0mm 20.0mm 30.0mm; }" in page
        assert '"Times New Roman"' in page
        assert page.rstrip().endswith("</html>")

    def test_escapes(self, seed: hm.Minutes) -> None:
        """Markup in the model's text is escaped."""
        import attrs

        page = render_bytes(attrs.evolve(seed, title="A <b> & B"), "html").decode("utf-8")
        assert "A &lt;b&gt; &amp; B" in page


class TestRenderMinutes:
    def test_path_destination(self, seed: hm.Minutes, tmp_path: Path) -> None:
        """A path is written as the file."""
        target = tmp_path / "bb.docx"
        hm.render_minutes(seed, target)
        assert zipfile.is_zipfile(target)
        hm.render_minutes(seed, str(tmp_path / "bb.md"), format="md")
        assert (tmp_path / "bb.md").read_text(encoding="utf-8").startswith("| HĐND")

    def test_unknown_format(self, seed: hm.Minutes) -> None:
        """An unknown format is a RenderError."""
        with pytest.raises(
            hm.RenderError,
            match=r"^unknown format 'odt': expected one of docx, md, txt, html, pdf$",
        ):
            hm.render_minutes(seed, io.BytesIO(), format="odt")

    def test_not_minutes(self) -> None:
        """Only Minutes can be rendered."""
        with pytest.raises(hm.RenderError, match="can only render Minutes"):
            hm.render_minutes("minutes", io.BytesIO())  # type: ignore[arg-type]

    def test_unwritable_destination(self, seed: hm.Minutes, tmp_path: Path) -> None:
        """A destination that cannot be written is a RenderError."""
        with pytest.raises(hm.RenderError, match="cannot write the txt document"):
            hm.render_minutes(seed, tmp_path / "missing" / "bb.txt", format="txt")

    def test_body_size_13(self, seed: hm.Minutes) -> None:
        """The 13 pt option sets the body styles to 13 pt."""
        import docx
        from docx.shared import Pt

        doc = docx.Document(io.BytesIO(render_bytes(seed, body_size_pt=13)))
        assert doc.styles["Minutes Body"].font.size == Pt(13)
        assert doc.styles["Minutes Title"].font.size == Pt(13)

    def test_importing_the_package_does_not_load_python_docx(self) -> None:
        """python-docx loads with the first DOCX render, not with ``import hdnd_model``."""
        import subprocess
        import sys

        code = "import sys, hdnd_model; print('docx' in sys.modules)"
        out = subprocess.run(
            [sys.executable, "-c", code], check=False, capture_output=True, text=True
        )
        assert out.stdout.strip() == "False"


class TestRender:
    def test_render_is_render_minutes(self, seed: hm.Minutes) -> None:
        """``render_document`` writes minutes exactly as ``render_minutes`` does."""
        one, two = io.BytesIO(), io.BytesIO()
        hm.render_document(seed, one, format="md")
        hm.render_minutes(seed, two, format="md")
        assert one.getvalue() == two.getvalue()

    def test_not_a_document(self, seed: hm.Minutes) -> None:
        """A record of no document kind is a RenderError naming what renders."""
        with pytest.raises(hm.RenderError, match=r"^can only render .*Minutes.*, not Council$"):
            hm.render_document(seed.council, io.BytesIO())


class TestPdf:
    def test_without_libreoffice(self, seed: hm.Minutes, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without ``soffice`` on the PATH, PDF is a RenderError naming the program."""
        monkeypatch.setenv("PATH", "")
        with pytest.raises(
            hm.RenderError, match=r"^cannot render PDF: the LibreOffice program 'soffice' is not"
        ):
            hm.render_document(seed, io.BytesIO(), format="pdf")

    @pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
    def test_with_libreoffice(self, seed: hm.Minutes, tmp_path: Path) -> None:
        """With LibreOffice, PDF is the DOCX converted: a PDF document holding the text."""
        dest = tmp_path / "bien-ban.pdf"
        hm.render_document(seed, dest, format="pdf")
        assert dest.read_bytes().startswith(b"%PDF-")
        if shutil.which("pdftotext") is not None:
            text = subprocess.run(
                ["pdftotext", str(dest), "-"], check=True, capture_output=True
            ).stdout.decode("utf-8")
            assert "BIÊN BẢN" in text
