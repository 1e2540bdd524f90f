"""Minutes as Markdown (CommonMark with GitHub tables), from the same blocks as the DOCX.

The two-column header and the signature blocks are tables; headings are bold paragraphs, as
in the document; ``- ...;`` lines become list items.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from hdnd_model.render._blocks import (
    Block,
    Header,
    Layout,
    Paragraph,
    ParagraphKind,
    Recipients,
    Signatures,
    Span,
    Table,
    Title,
)

__all__ = ["escape", "render_markdown"]

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")
_ORDERED = re.compile(r"^(\d+)([.)])")


def escape(text: str) -> str:
    """Backslash-escape what Markdown would read as markup; line breaks become spaces."""
    out = _SPECIAL.sub(r"\\\1", " ".join(text.split()))
    out = _ORDERED.sub(r"\1\\\2", out)
    return "\\" + out if out[:1] == "+" else out


def _span(span: Span) -> str:
    raw = span.text
    text = escape(raw)
    if not text or not (span.bold or span.italic):
        lead = " " if raw[:1].isspace() and text else ""
        return lead + text + (" " if raw[-1:].isspace() and text else "")
    mark = "***" if span.bold and span.italic else "**" if span.bold else "*"
    lead = " " if raw[:1].isspace() else ""
    trail = " " if raw[-1:].isspace() else ""
    return f"{lead}{mark}{text}{mark}{trail}"


def _cell(*lines: str) -> str:
    return "<br>".join(lines)


def _header(h: Header) -> Iterator[str]:
    left = [escape(x) for x in h.parent_body] + [f"**{escape(x)}**" for x in h.issuer]
    left.append(escape(h.number))
    right = [f"**{escape(h.national_name)}**", f"**{escape(h.motto)}**"]
    if h.place_date:
        right.append(f"*{escape(h.place_date)}*")
    yield f"| {_cell(*left)} | {_cell(*right)} |"
    yield "| :---: | :---: |"
    yield ""


def _paragraph(p: Paragraph) -> str:
    text = "".join(_span(s) for s in p.spans)
    if p.kind is ParagraphKind.HEADING:
        return f"**{text}**"
    if p.kind is ParagraphKind.SUBHEADING:
        return f"***{text}***"
    if p.kind is ParagraphKind.CENTRED:
        return f"**{text}**"
    if text.startswith("\\- "):
        return text[1:]
    return text


def _table(t: Table) -> Iterator[str]:
    yield "| " + " | ".join(escape(c) for c in t.head) + " |"
    yield "| " + " | ".join("---" for _ in t.head) + " |"
    for row in t.rows:
        yield "| " + " | ".join(escape(c) for c in row) + " |"
    yield ""


def _signatures(s: Signatures) -> Iterator[str]:
    left, right = s.left, s.right
    heads = [_cell(*(f"**{escape(x)}**" for x in side.heading)) for side in (left, right)]
    yield f"| {heads[0]} | {heads[1]} |"
    yield "| :---: | :---: |"
    names = [f"<br><br><br>**{escape(side.name)}**" if side.name else " " for side in (left, right)]
    yield f"| {names[0]} | {names[1]} |"
    yield ""


def _block(block: Block) -> Iterator[str]:
    if isinstance(block, Paragraph):
        yield _paragraph(block)
        yield ""
    elif isinstance(block, Header):
        yield from _header(block)
    elif isinstance(block, Title):
        yield f"# {escape(block.kind)}"
        yield ""
        yield f"**{escape(block.summary)}**"
        yield ""
    elif isinstance(block, Table):
        yield from _table(block)
    elif isinstance(block, Signatures):
        yield from _signatures(block)
    elif isinstance(block, Recipients):
        yield f"***{escape(block.heading)}***"
        yield ""
        yield from (f"{line[:2]}{escape(line[2:])}" for line in block.lines)
        yield ""


def render_markdown(layout: Layout) -> str:
    """The minutes as Markdown.

    Args:
        layout: the laid-out minutes.

    Returns:
        The Markdown text, ending with a single newline.
    """
    lines: list[str] = []
    for block in layout.blocks:
        lines.extend(_block(block))
    text = "\n".join(lines)
    return text.rstrip("\n") + "\n"
