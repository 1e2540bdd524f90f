"""Minutes as a Word document (DOCX) in the layout of Decree 30/2020/NĐ-CP.

The house template ``templates/minutes.docx`` carries the styles, the A4 page and the headers
(no page number on page 1, a centred ``PAGE`` field on the others). The styles are looked up by
name once per process; the body is written as WordprocessingML that refers to them by id and
placed in a copy of the template's package, which python-docx then opens once to set the page
and the document properties and to save. Parsing the body with the document costs less than
building it element by element or moving a parsed fragment into an open document.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import zipfile
from importlib import resources
from typing import IO

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Mm, Pt

from hdnd_model.errors import RenderError
from hdnd_model.render import _wml as w
from hdnd_model.render._blocks import (
    Block,
    DocumentInfo,
    Header,
    Layout,
    Paragraph,
    ParagraphKind,
    Recipients,
    Signatures,
    Table,
    Title,
)
from hdnd_model.render._options import RenderOptions

__all__ = ["STYLE_NAMES", "render_docx"]

#: The template's styles the renderer uses, by role; looked up by name once per document.
STYLE_NAMES = {
    "body": "Minutes Body",
    "heading": "Minutes Heading",
    "subheading": "Minutes Subheading",
    "agency": "Minutes Agency",
    "issuer": "Minutes Issuer",
    "number": "Minutes Number",
    "national_name": "Minutes National Name",
    "motto": "Minutes Motto",
    "place_date": "Minutes Place Date",
    "rule": "Minutes Rule",
    "title": "Minutes Title",
    "summary": "Minutes Summary",
    "table_head": "Minutes Table Head",
    "table_text": "Minutes Table Text",
    "signature_title": "Minutes Signature Title",
    "signature_name": "Minutes Signature Name",
    "recipients_heading": "Minutes Recipients Heading",
    "recipients": "Minutes Recipients",
    "page_number": "Minutes Page Number",
    "header_table": "Minutes Header Table",
    "grid_table": "Minutes Grid Table",
}
# Styles that take the body size (14 pt, or 13 pt as an option).
_BODY_SIZED = (
    "body",
    "heading",
    "subheading",
    "title",
    "summary",
    "signature_title",
    "signature_name",
    "page_number",
)
_INDENTED = ("body", "heading", "subheading")
_HEADER_SHARE = 0.4  # the left column of the header: 40 % of the text width
_KINDS = {
    ParagraphKind.BODY: "body",
    ParagraphKind.HEADING: "heading",
    ParagraphKind.SUBHEADING: "subheading",
}


def _template() -> str:
    return str(resources.files("hdnd_model.render") / "templates" / "minutes.docx")


class _Writer:
    """Turns layout blocks into WordprocessingML for one document."""

    def __init__(self, ids: dict[str, str], opts: RenderOptions) -> None:
        self.ids = ids
        self.width = w.mm_to_twips(opts.text_width_mm)
        left = round(self.width * _HEADER_SHARE)
        self.header_widths = (left, self.width - left)
        half = self.width // 2
        self.halves = (half, self.width - half)

    def p(self, role: str, text: str = "", *, ppr: str = "") -> str:
        return w.paragraph(self.ids[role], w.run(text) if text else "", ppr=ppr)

    def rule(self, column: int, length_pt: float) -> str:
        length = min(w.pt_to_twips(length_pt), column)
        side = (column - length) // 2
        return self.p("rule", ppr=f'<w:ind w:left="{side}" w:right="{side}"/>')

    def header(self, h: Header) -> str:
        left_col, right_col = self.header_widths
        left = "".join(self.p("agency", line) for line in h.parent_body)
        left += "".join(self.p("issuer", line) for line in h.issuer)
        left += self.rule(left_col, h.issuer_rule_pt)
        right = self.p("national_name", h.national_name) + self.p("motto", h.motto)
        right += self.rule(right_col, h.motto_rule_pt)
        place_date = self.p("place_date", h.place_date) if h.place_date else self.p("place_date")
        rows = (
            w.cells_row(self.header_widths, (left, right)),
            w.cells_row(self.header_widths, (self.p("number", h.number), place_date)),
        )
        return w.table(self.ids["header_table"], self.header_widths, rows, borderless=True)

    def title(self, t: Title) -> str:
        return (
            self.p("title", t.kind)
            + self.p("summary", t.summary)
            + self.rule(self.width, t.rule_pt)
        )

    def paragraph(self, para: Paragraph) -> str:
        runs = "".join(w.run(s.text, bold=s.bold, italic=s.italic) for s in para.spans)
        return w.paragraph(self.ids[_KINDS[para.kind]], runs)

    def table(self, t: Table) -> str:
        widths = [round(self.width * share) for share in t.widths]
        widths[-1] = self.width - sum(widths[:-1])
        head = w.cells_row(widths, [self.p("table_head", c) for c in t.head], header=True)
        centre = '<w:jc w:val="center"/>'
        ids = [self.ids["table_text"]] * len(widths)
        template = w.row_template(widths, ids, [centre] + [""] * (len(widths) - 1))
        rows = [head]
        rows += [template.format(*(w.run(c) if c else "" for c in row)) for row in t.rows]
        return w.table(self.ids["grid_table"], widths, rows)

    def signatures(self, s: Signatures) -> str:
        cells = []
        lines = max(len(s.left.heading), len(s.right.heading))
        for side in (s.left, s.right):
            content = "".join(self.p("signature_title", line) for line in side.heading)
            content += self.p("signature_title") * (lines - len(side.heading))
            content += self.p("signature_name", side.name or "")
            cells.append(content)
        row = w.cells_row(self.halves, cells)
        return w.table(self.ids["header_table"], self.halves, (row,), borderless=True)

    def recipients(self, r: Recipients) -> str:
        return self.p("recipients_heading", r.heading) + "".join(
            self.p("recipients", line) for line in r.lines
        )

    def block(self, block: Block) -> str:
        if isinstance(block, Paragraph):
            return self.paragraph(block)
        if isinstance(block, Header):
            return self.header(block)
        if isinstance(block, Title):
            return self.title(block)
        if isinstance(block, Table):
            return self.table(block)
        if isinstance(block, Signatures):
            return self.signatures(block)
        return self.recipients(block)


@functools.cache
def _style_ids() -> dict[str, str]:
    """The id of each style the renderer uses, found by name in the template."""
    by_name = {style.name: style.style_id for style in docx.Document(_template()).styles}
    missing = sorted(set(STYLE_NAMES.values()) - by_name.keys())
    if missing:
        raise RenderError(f"the template has no style named {', '.join(map(repr, missing))}")
    return {role: by_name[name] for role, name in STYLE_NAMES.items()}


_DOCUMENT_PART = "word/document.xml"
_BODY = "<w:body>"


@functools.cache
def _template_package() -> tuple[tuple[tuple[str, bytes], ...], str, str]:
    """The template's parts, and its ``document.xml`` split where the body's content goes."""
    with zipfile.ZipFile(_template()) as archive:
        parts = tuple((name, archive.read(name)) for name in archive.namelist())
    xml = dict(parts)[_DOCUMENT_PART].decode("utf-8")
    head, _, tail = xml.partition(_BODY)
    return parts, head + _BODY, tail


def _package(body: str) -> io.BytesIO:
    """A copy of the template's package whose body holds ``body`` before the section."""
    parts, head, tail = _template_package()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for name, data in parts:
            text = (head + body + tail).encode("utf-8") if name == _DOCUMENT_PART else data
            archive.writestr(name, text)
    out.seek(0)
    return out


def _apply_options(document: docx.document.Document, opts: RenderOptions) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(opts.top_mm), Mm(opts.bottom_mm)
    section.left_margin, section.right_margin = Mm(opts.left_mm), Mm(opts.right_mm)
    defaults = RenderOptions()
    styles = document.styles
    if opts.body_size_pt != defaults.body_size_pt:
        for role in _BODY_SIZED:
            styles[STYLE_NAMES[role]].font.size = Pt(opts.body_size_pt)
    if (opts.first_line_indent_mm, opts.line_spacing) != (
        defaults.first_line_indent_mm,
        defaults.line_spacing,
    ):
        for role in _INDENTED:
            style = styles[STYLE_NAMES[role]]
            if style.type is WD_STYLE_TYPE.PARAGRAPH:
                style.paragraph_format.first_line_indent = Mm(opts.first_line_indent_mm)
                style.paragraph_format.line_spacing = opts.line_spacing


def _set_info(document: docx.document.Document, info: DocumentInfo) -> None:
    props = document.core_properties
    stamp = dt.datetime.combine(info.date, dt.time(), tzinfo=dt.UTC)
    props.title = info.title
    props.subject = info.subject
    props.author = info.author
    props.last_modified_by = info.author
    props.identifier = info.identifier
    props.keywords = info.keywords
    props.language = info.language
    props.category = "Biên bản"
    props.created = stamp
    props.modified = stamp
    props.revision = 1


def render_docx(
    layout: Layout, dest: str | IO[bytes], options: RenderOptions | None = None
) -> None:
    """Write ``layout`` as a DOCX document to ``dest`` (a path or a binary file object).

    Args:
        layout: the laid-out minutes.
        dest: where to write.
        options: the page options; the decree's defaults when None.

    Raises:
        RenderError: the template lacks a style.
        OSError: ``dest`` cannot be written.
    """
    opts = options or RenderOptions()
    writer = _Writer(_style_ids(), opts)
    document = docx.Document(_package("".join(writer.block(b) for b in layout.blocks)))
    _apply_options(document, opts)
    _set_info(document, layout.info)
    document.save(dest)
