"""Layout blocks: what the minutes say and how each part is set, independent of the format.

:func:`hdnd_model.render._layout.build_layout` turns a :class:`~hdnd_model.Minutes` into a
:class:`Layout`; each renderer (DOCX, text, Markdown, HTML) only sets these blocks in its format.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator

import attrs

__all__ = [
    "Block",
    "DocumentInfo",
    "Header",
    "Layout",
    "Paragraph",
    "ParagraphKind",
    "Recipients",
    "SignatureBlock",
    "Signatures",
    "Span",
    "Table",
    "Title",
]


@attrs.frozen(kw_only=True)
class Span:
    """A run of text in one face."""

    text: str
    bold: bool = False
    italic: bool = False


class ParagraphKind(enum.Enum):
    """How a body paragraph is set."""

    BODY = "body"
    """Justified, first-line indent, upright."""
    HEADING = "heading"
    """A part of the minutes (``Nội dung:``) or an agenda item: bold."""
    SUBHEADING = "subheading"
    """A sitting of a session: bold italic."""
    CENTRED = "centred"
    """A line of its own, centred and bold: ``QUYẾT NGHỊ:``, the authority of a resolution."""


@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph of the body."""

    spans: tuple[Span, ...]
    kind: ParagraphKind = ParagraphKind.BODY

    @property
    def text(self) -> str:
        """The text of every span."""
        return "".join(s.text for s in self.spans)


@attrs.frozen(kw_only=True)
class Table:
    """A table of the body (the roll call), with a bold head row.

    Attributes:
        head: the column titles.
        rows: the cells, row by row.
        widths: each column's share of the text width; they sum to 1.
    """

    head: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]


@attrs.frozen(kw_only=True)
class Header:
    """The two-column header (ô số 1-4 of Decree 30, Phụ lục I).

    Attributes:
        parent_body: the parent body's lines (upper case, regular), maybe none.
        issuer: the issuing body's lines (upper case, bold).
        issuer_rule_pt: the length of the rule under the issuing body.
        number: ``Số: 01/BB-HĐND``.
        national_name: the Quốc hiệu.
        motto: the Tiêu ngữ.
        motto_rule_pt: the length of the rule under the motto (the motto's width).
        place_date: the place and date line, when asked for.
    """

    parent_body: tuple[str, ...]
    issuer: tuple[str, ...]
    issuer_rule_pt: float
    number: str
    national_name: str
    motto: str
    motto_rule_pt: float
    place_date: str | None = None


@attrs.frozen(kw_only=True)
class Title:
    """``BIÊN BẢN``, its summary (trích yếu) and the rule under them."""

    kind: str
    summary: str
    rule_pt: float


@attrs.frozen(kw_only=True)
class SignatureBlock:
    """One signature block: the authority and title lines (upper case) and the bare name."""

    heading: tuple[str, ...]
    name: str | None


@attrs.frozen(kw_only=True)
class Signatures:
    """Two signature blocks side by side, set apart from the text above them.

    Attributes:
        left: the left block (the secretary's in minutes; empty when only one signs).
        right: the right block (the chair's, the signer's).
        space_before_pt: the space between the closing ``./.`` and the blocks.
    """

    left: SignatureBlock
    right: SignatureBlock
    space_before_pt: float = 12.0


@attrs.frozen(kw_only=True)
class Recipients:
    """``Nơi nhận:`` and its lines, the last one the filing line."""

    heading: str
    lines: tuple[str, ...]


Block = Header | Title | Paragraph | Table | Signatures | Recipients


@attrs.frozen(kw_only=True)
class DocumentInfo:
    """The document's properties, fixed by the minutes so that renders are reproducible."""

    title: str
    subject: str
    author: str
    date: dt.date
    identifier: str
    keywords: str
    language: str = "vi-VN"
    category: str = "Biên bản"


@attrs.frozen(kw_only=True)
class Layout:
    """A document laid out: blocks in reading order, and the document's properties."""

    blocks: tuple[Block, ...]
    info: DocumentInfo

    def fragments(self) -> Iterator[str]:
        """Every piece of text a renderer must set, in reading order."""
        for block in self.blocks:
            yield from _fragments(block)


def _fragments(block: Block) -> Iterator[str]:
    if isinstance(block, Header):
        yield from block.parent_body
        yield from block.issuer
        yield block.number
        yield block.national_name
        yield block.motto
        if block.place_date:
            yield block.place_date
    elif isinstance(block, Title):
        yield block.kind
        yield block.summary
    elif isinstance(block, Paragraph):
        yield block.text
    elif isinstance(block, Table):
        yield from block.head
        for row in block.rows:
            yield from row
    elif isinstance(block, Signatures):
        for side in (block.left, block.right):
            yield from side.heading
            if side.name:
                yield side.name
    else:
        yield block.heading
        yield from block.lines
