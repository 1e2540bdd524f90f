"""Minutes as a Word document (DOCX) in the layout of Decree 30/2020/NĐ-CP.

The house template ``templates/minutes.docx`` carries the styles, the A4 page and the headers
(no page number on page 1, a centred ``PAGE`` field on the others). Once per process and per
set of page options, python-docx opens the template, sets the page and the styles those options
change, and saves it; its parts are kept as bytes. The body is written as WordprocessingML that
refers to the styles by id (looked up by name once per process) and spliced into the prepared
``word/document.xml`` before its section properties; the document properties are set with
python-docx on a copy of the prepared ``docProps/core.xml``. Each render then writes the
prepared parts, in python-docx's order, names and content types, into a new zip with fixed
timestamps; the body is never parsed.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import zipfile
from importlib import resources
from typing import IO

import attrs
import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.coreprops import CoreProperties
from docx.oxml import parse_xml
from docx.oxml.coreprops import CT_CoreProperties
from docx.shared import Mm, Pt
from lxml import etree

from hdnd_model.errors import RenderError
from hdnd_model.files import atomic_write
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
    ParagraphKind.CENTRED: "title",
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
        space = f'<w:spacing w:before="{w.pt_to_twips(s.space_before_pt)}" w:after="0"/>'
        return self.p("body", ppr=space) + w.table(
            self.ids["header_table"], self.halves, (row,), borderless=True
        )

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
_CORE_PART = "docProps/core.xml"
_BODY = b"<w:body>"
# The same stamp as the template's parts, so the same minutes give the same bytes.
_ZIP_STAMP = (2020, 1, 1, 0, 0, 0)
_ZIP_MODE = 0o600 << 16  # rw for the owner, as zipfile gives a part written by name


@attrs.frozen(kw_only=True)
class _Prepared:
    """The template's package as python-docx saves it for one set of page options."""

    parts: tuple[tuple[str, bytes], ...]  # every part, in python-docx's order
    head: bytes  # ``word/document.xml`` up to and including ``<w:body>``
    tail: bytes  # the rest: the section properties and the closing tags
    core: bytes  # ``docProps/core.xml``, before the minutes' properties are set


@functools.lru_cache(maxsize=16)
def _prepared(opts: RenderOptions) -> _Prepared:
    """The template opened, set up for ``opts`` and saved by python-docx, as bytes."""
    document = docx.Document(_template())
    _apply_options(document, opts)
    saved = io.BytesIO()
    document.save(saved)
    with zipfile.ZipFile(saved) as archive:
        parts = tuple((name, archive.read(name)) for name in archive.namelist())
    blobs = dict(parts)
    xml = blobs[_DOCUMENT_PART]
    if xml.count(_BODY) != 1:
        raise RenderError(f"the template's {_DOCUMENT_PART} must hold one <w:body> to fill")
    head, _, tail = xml.partition(_BODY)
    return _Prepared(parts=parts, head=head + _BODY, tail=tail, core=blobs[_CORE_PART])


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


def _core_xml(prepared: bytes, info: DocumentInfo) -> bytes:
    """``docProps/core.xml`` with the document properties of ``info``, set by python-docx."""
    element = parse_xml(prepared)
    if not isinstance(element, CT_CoreProperties):
        raise RenderError(f"the template's {_CORE_PART} holds no core properties")
    props = CoreProperties(element)
    stamp = dt.datetime.combine(info.date, dt.time(), tzinfo=dt.UTC)
    props.title = info.title
    props.subject = info.subject
    props.author = info.author
    props.last_modified_by = info.author
    props.identifier = info.identifier
    props.keywords = info.keywords
    props.language = info.language
    props.category = info.category
    props.created = stamp
    props.modified = stamp
    props.revision = 1
    xml: bytes = etree.tostring(element, encoding="UTF-8", standalone=True)
    return xml


def _zip(parts: tuple[tuple[str, bytes], ...], replace: dict[str, bytes]) -> bytes:
    """A DOCX package of ``parts``, in their order, with the parts in ``replace`` swapped."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts:
            info = zipfile.ZipInfo(name, _ZIP_STAMP)
            info.external_attr = _ZIP_MODE
            archive.writestr(info, replace.get(name, data), zipfile.ZIP_DEFLATED)
    return out.getvalue()


def render_docx(
    layout: Layout, dest: str | IO[bytes], options: RenderOptions | None = None
) -> None:
    """Write ``layout`` as a DOCX document to ``dest`` (a path or a binary file object).

    Args:
        layout: the laid-out minutes.
        dest: where to write.
        options: the page options; the decree's defaults when None.

    Raises:
        RenderError: the template lacks a style, a body to fill or core properties.
        OSError: ``dest`` cannot be written.
    """
    opts = options or RenderOptions()
    writer = _Writer(_style_ids(), opts)
    prepared = _prepared(opts)
    body = "".join(writer.block(b) for b in layout.blocks).encode("utf-8")
    data = _zip(
        prepared.parts,
        {
            _DOCUMENT_PART: prepared.head + body + prepared.tail,
            _CORE_PART: _core_xml(prepared.core, layout.info),
        },
    )
    if isinstance(dest, str):
        with atomic_write(dest) as out:
            out.write(data)
    else:
        dest.write(data)
