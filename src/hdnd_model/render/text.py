"""Minutes as plain text: the same blocks as the DOCX, set in a fixed-width page.

Centred lines are centred in the page (or in their header column), body paragraphs are wrapped
with a first-line indent, rules are drawn with ``─`` at a length proportional to the DOCX rule.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

from hdnd_model.render._blocks import (
    Block,
    Header,
    Layout,
    Paragraph,
    ParagraphKind,
    Recipients,
    Signatures,
    Table,
    Title,
)

__all__ = ["render_text"]

WIDTH = 78
_LEFT = 32
_INDENT = "    "
_PT_PER_CHAR = 6.5  # a 14 pt Times New Roman character is about 6.5 pt wide on average


def _centre(text: str, width: int) -> list[str]:
    """``text`` centred in ``width``; a longer text stays on one line, for _columns to stack."""
    return [" ".join(text.split()).center(width).rstrip()]


def _rule(length_pt: float, width: int) -> str:
    return ("─" * max(3, min(width, round(length_pt / _PT_PER_CHAR)))).center(width).rstrip()


def _columns(left: list[str], right: list[str], left_width: int) -> Iterator[str]:
    """Two columns side by side; one after the other when a line would not fit its column."""
    if any(len(line) > left_width for line in left) or any(
        len(line) > WIDTH - left_width for line in right
    ):
        yield from (line.strip().center(WIDTH).rstrip() for line in left)
        yield from (line.strip().center(WIDTH).rstrip() for line in right)
        return
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        yield (a.ljust(left_width) + b).rstrip()


def _header(h: Header) -> Iterator[str]:
    right_width = WIDTH - _LEFT
    left = [line for text in (*h.parent_body, *h.issuer) for line in _centre(text, _LEFT)]
    left.append(_rule(h.issuer_rule_pt, _LEFT))
    right = _centre(h.national_name, right_width) + _centre(h.motto, right_width)
    right.append(_rule(h.motto_rule_pt, right_width))
    yield from _columns(left, right, _LEFT)
    yield ""
    place = _centre(h.place_date, right_width) if h.place_date else []
    yield from _columns(_centre(h.number, _LEFT), place, _LEFT)


def _table(t: Table) -> Iterator[str]:
    rows = [t.head, *t.rows]
    widths = [max(len(row[i]) for row in rows) for i in range(len(t.head))]
    for n, row in enumerate(rows):
        yield " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip()
        if n == 0:
            yield "-+-".join("-" * wd for wd in widths)


def _signatures(s: Signatures) -> Iterator[str]:
    half = WIDTH // 2
    sides = []
    for side in (s.left, s.right):
        lines = [line for text in side.heading for line in _centre(text, half)]
        lines += ["", "", ""]
        lines += _centre(side.name, half) if side.name else [""]
        sides.append(lines)
    yield from _columns(sides[0], sides[1], half)


def _block(block: Block) -> Iterator[str]:
    if isinstance(block, Paragraph) and block.kind is ParagraphKind.CENTRED:
        yield from (line.center(WIDTH).rstrip() for line in textwrap.wrap(block.text, WIDTH))
    elif isinstance(block, Paragraph):
        yield from textwrap.wrap(
            block.text, WIDTH, initial_indent=_INDENT, break_on_hyphens=False
        ) or [""]
    elif isinstance(block, Header):
        yield from _header(block)
    elif isinstance(block, Title):
        yield ""
        yield from _centre(block.kind, WIDTH)
        yield from (line.center(WIDTH).rstrip() for line in textwrap.wrap(block.summary, WIDTH))
        yield _rule(block.rule_pt, WIDTH)
    elif isinstance(block, Table):
        yield from _table(block)
    elif isinstance(block, Signatures):
        yield ""
        yield from _signatures(block)
    elif isinstance(block, Recipients):
        yield ""
        yield block.heading
        yield from block.lines


def render_text(layout: Layout) -> str:
    """The minutes as plain text, lines of at most 78 characters where words allow.

    Args:
        layout: the laid-out minutes.

    Returns:
        The text, ending with a newline.
    """
    lines: list[str] = []
    for block in layout.blocks:
        lines.extend(_block(block))
    return "\n".join(lines) + "\n"
