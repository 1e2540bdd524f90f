"""Minutes as a standalone HTML page, readable in a browser and printable on A4.

The print stylesheet repeats the DOCX page: A4, the Decree 30 margins, Times New Roman, the
sizes of each element, the rules under the issuing body, the motto and the title.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape

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
from hdnd_model.render._options import RenderOptions

__all__ = ["render_html"]

_CSS = """
@page {{ size: A4 portrait; margin: {top}mm {right}mm {bottom}mm {left}mm; }}
html {{ background: #eee; }}
body {{ font-family: "Times New Roman", "Liberation Serif", Times, serif; font-size: {size}pt;
  line-height: {spacing}; color: #000; background: #fff; width: {width}mm;
  margin: 1em auto; padding: {top}mm {right}mm {bottom}mm {left}mm; }}
@media print {{ html, body {{ background: none; }} body {{ margin: 0; padding: 0; }} }}
p {{ margin: 0; }}
table.header, table.signatures {{ width: 100%; border-collapse: collapse; }}
table.header td, table.signatures td {{ text-align: center; vertical-align: top; padding: 0; }}
table.header td.left {{ width: 40%; }}
.agency {{ font-size: 12pt; }}
.issuer {{ font-size: 12pt; font-weight: bold; }}
.national-name {{ font-size: 12pt; font-weight: bold; }}
.motto {{ font-size: 13pt; font-weight: bold; }}
.number {{ font-size: 13pt; margin-top: 6pt; }}
.place-date {{ font-size: 13pt; font-style: italic; margin-top: 6pt; }}
.rule {{ border-bottom: 0.75pt solid #000; margin: 1pt auto 0; height: 0; }}
h1 {{ font-size: {size}pt; text-align: center; margin: 18pt 0 0; }}
.summary {{ font-weight: bold; text-align: center; }}
.body, .heading, .subheading {{ text-align: justify; text-indent: {indent}mm; margin-top: 6pt; }}
.heading {{ font-weight: bold; }}
.centred {{ font-weight: bold; text-align: center; margin-top: 6pt; }}
.subheading {{ font-weight: bold; font-style: italic; }}
table.grid {{ width: 100%; border-collapse: collapse; font-size: 13pt; margin-top: 6pt; }}
table.grid th, table.grid td {{ border: 0.75pt solid #000; padding: 2pt 4pt; text-align: left; }}
table.grid th {{ text-align: center; }}
table.grid td:first-child {{ text-align: center; }}
table.signatures {{ margin-top: 12pt; }}
.signature-title, .signature-name {{ font-weight: bold; }}
.signature-name {{ margin-top: 72pt; }}
.recipients-heading {{ font-size: 12pt; font-weight: bold; font-style: italic;
  margin-top: 12pt; }}
.recipients {{ font-size: 11pt; }}
"""


def _p(cls: str, text: str | None) -> str:
    return f'<p class="{cls}">{escape(text or "")}</p>'


def _rule(length_pt: float) -> str:
    return f'<div class="rule" style="width: {length_pt:.1f}pt"></div>'


def _span(span: Span) -> str:
    text = escape(span.text).replace("\n", "<br>")
    if span.bold:
        text = f"<b>{text}</b>"
    if span.italic:
        text = f"<i>{text}</i>"
    return text


def _header(h: Header) -> Iterator[str]:
    yield '<table class="header"><tr><td class="left">'
    yield from (_p("agency", x) for x in h.parent_body)
    yield from (_p("issuer", x) for x in h.issuer)
    yield _rule(h.issuer_rule_pt)
    yield '</td><td class="right">'
    yield _p("national-name", h.national_name)
    yield _p("motto", h.motto)
    yield _rule(h.motto_rule_pt)
    yield "</td></tr><tr><td>"
    yield _p("number", h.number)
    yield "</td><td>"
    if h.place_date:
        yield _p("place-date", h.place_date)
    yield "</td></tr></table>"


def _table(t: Table) -> Iterator[str]:
    yield '<table class="grid"><colgroup>'
    yield "".join(f'<col style="width: {share * 100:.0f}%">' for share in t.widths)
    yield "</colgroup><thead><tr>"
    yield "".join(f"<th>{escape(c)}</th>" for c in t.head)
    yield "</tr></thead><tbody>"
    for row in t.rows:
        yield "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>"
    yield "</tbody></table>"


def _signatures(s: Signatures) -> Iterator[str]:
    yield '<table class="signatures"><tr>'
    lines = max(len(s.left.heading), len(s.right.heading))
    for side in (s.left, s.right):
        yield "<td>"
        yield from (_p("signature-title", x) for x in side.heading)
        yield _p("signature-title", "\u00a0") * (lines - len(side.heading))
        yield _p("signature-name", side.name)
        yield "</td>"
    yield "</tr></table>"


def _block(block: Block) -> Iterator[str]:
    if isinstance(block, Paragraph):
        cls = {ParagraphKind.BODY: "body"}.get(block.kind, block.kind.value)
        yield f'<p class="{cls}">' + "".join(_span(s) for s in block.spans) + "</p>"
    elif isinstance(block, Header):
        yield from _header(block)
    elif isinstance(block, Title):
        yield f"<h1>{escape(block.kind)}</h1>"
        yield _p("summary", block.summary)
        yield _rule(block.rule_pt)
    elif isinstance(block, Table):
        yield from _table(block)
    elif isinstance(block, Signatures):
        yield from _signatures(block)
    elif isinstance(block, Recipients):
        yield _p("recipients-heading", block.heading)
        yield from (_p("recipients", line) for line in block.lines)


def render_html(layout: Layout, options: RenderOptions | None = None) -> str:
    """The minutes as a standalone HTML5 page with its print stylesheet.

    Args:
        layout: the laid-out minutes.
        options: the page options (margins, body size, indent, line spacing).

    Returns:
        The page.
    """
    o = options or RenderOptions()
    css = _CSS.format(
        top=o.top_mm,
        right=o.right_mm,
        bottom=o.bottom_mm,
        left=o.left_mm,
        size=o.body_size_pt,
        spacing=o.line_spacing,
        width=o.text_width_mm,
        indent=o.first_line_indent_mm,
    )
    info = layout.info
    head = (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(info.title)}</title>\n"
        f'<meta name="author" content="{escape(info.author)}">\n'
        f'<meta name="dcterms.date" content="{info.date.isoformat()}">\n'
        f"<style>{css}</style>\n</head>\n<body>\n"
    )
    body = "\n".join(part for block in layout.blocks for part in _block(block))
    return f"{head}{body}\n</body>\n</html>\n"
