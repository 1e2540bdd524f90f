"""WordprocessingML fragments for the DOCX renderer, written as text into the document part.

Paragraphs refer to the template's styles by id; the only direct formatting is what a style
cannot hold: bold or italic spans inside a paragraph, the indents that give a rule its length,
table widths. Rows of a table share one prepared row, filled per record.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

__all__ = [
    "W_NS",
    "cells_row",
    "mm_to_twips",
    "paragraph",
    "pt_to_twips",
    "row_template",
    "run",
    "table",
]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TWIPS_PER_MM = 1440 / 25.4
_BORDERLESS = (
    '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
    '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
)
_NO_CELL_MARGIN = (
    '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
)


def mm_to_twips(mm: float) -> int:
    """Millimetres to twentieths of a point."""
    return round(mm * _TWIPS_PER_MM)


def pt_to_twips(pt: float) -> int:
    """Points to twentieths of a point."""
    return round(pt * 20)


def _text(text: str) -> str:
    """Escaped run content; line breaks and tabs become ``w:br`` and ``w:tab``.

    ``xml:space="preserve"`` is written only where the text has spaces that would be lost.
    """
    out = escape(text)
    if "\n" in out or "\t" in out or "\r" in out:
        out = out.replace("\r\n", "\n").replace("\r", "\n")
        out = out.replace("\n", '</w:t><w:br/><w:t xml:space="preserve">')
        out = out.replace("\t", '</w:t><w:tab/><w:t xml:space="preserve">')
        return f'<w:t xml:space="preserve">{out}</w:t>'
    if out[:1] == " " or out[-1:] == " " or "  " in out:
        return f'<w:t xml:space="preserve">{out}</w:t>'
    return f"<w:t>{out}</w:t>"


def run(text: str, *, bold: bool = False, italic: bool = False) -> str:
    """A run of ``text``, bold or italic by direct formatting."""
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f"<w:r>{rpr}{_text(text)}</w:r>"


def paragraph(style_id: str, runs: str = "", *, ppr: str = "") -> str:
    """A paragraph of style ``style_id`` holding ``runs`` (already WordprocessingML)."""
    return f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/>{ppr}</w:pPr>{runs}</w:p>'


def _cell(width: int, content: str) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{content}</w:tc>'


def table(
    style_id: str,
    widths: Sequence[int],
    rows: Iterable[str],
    *,
    borderless: bool = False,
) -> str:
    """A fixed-layout table of ``widths`` (twips) holding ``rows`` (``w:tr`` elements).

    Borderless tables repeat the style's borders and margins as direct formatting, which
    LibreOffice reads more reliably than table styles.
    """
    extra = _BORDERLESS + _NO_CELL_MARGIN if borderless else ""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (
        f'<w:tbl><w:tblPr><w:tblStyle w:val="{style_id}"/>'
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>{extra}<w:tblLayout w:type="fixed"/>'
        f'<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0"'
        f' w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


def cells_row(widths: Sequence[int], contents: Sequence[str], *, header: bool = False) -> str:
    """A ``w:tr`` with one cell per width; a header row repeats on every page."""
    trpr = "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" if header else ""
    return (
        f"<w:tr>{trpr}{''.join(_cell(w, c) for w, c in zip(widths, contents, strict=True))}</w:tr>"
    )


def row_template(widths: Sequence[int], style_ids: Sequence[str], ppr: Sequence[str]) -> str:
    """A prepared ``w:tr`` whose cells hold one paragraph each, with ``{0}``, ``{1}`` ... in
    place of the runs, so a long table costs one :meth:`str.format` per row.

    Style ids and paragraph properties hold no braces, so the placeholders are the only ones.
    """
    cells = (
        _cell(width, paragraph(sid, f"{{{i}}}", ppr=props))
        for i, (width, sid, props) in enumerate(zip(widths, style_ids, ppr, strict=True))
    )
    return "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + "".join(cells) + "</w:tr>"
