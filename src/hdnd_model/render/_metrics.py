"""Advance widths of Times New Roman, to size the rules under header lines.

Decree 30 wants the rule under the motto as long as the motto and the rule under the issuing
body 1/3 to 1/2 as long as its text. The widths are those of Liberation Serif, which is
metric-compatible with Times New Roman, in thousandths of an em; a letter with diacritics is
as wide as its base letter except for the horned ``Ư``, ``ư`` and ``ơ``.
"""

from __future__ import annotations

import unicodedata

__all__ = ["text_width_pt"]

_REGULAR = (
    "250 333 408 500 500 833 778 180 333 333 500 564 250 333 250 278 500 500 500 500 500 500 500 "
    "500 500 500 278 278 564 564 564 444 921 722 667 667 722 611 556 722 722 333 389 722 611 889 "
    "722 722 556 722 667 556 611 722 722 944 722 722 611 333 278 333 469 500 333 444 500 444 500 "
    "444 333 500 500 278 278 500 278 778 500 500 500 500 333 389 278 500 500 722 500 500 444 480 "
    "200 480 541"
)
_BOLD = (
    "250 333 555 500 500 1000 833 278 333 333 500 570 250 333 250 278 500 500 500 500 500 500 500 "
    "500 500 500 333 333 570 570 570 500 930 722 667 722 722 667 611 778 778 389 500 778 667 944 "
    "722 778 611 778 722 556 667 722 722 1000 722 722 667 333 278 333 581 500 333 500 556 444 556 "
    "444 333 500 556 278 333 556 278 833 556 500 556 556 444 389 333 556 500 722 500 500 444 394 "
    "220 394 520"
)


def _table(widths: str, extra: dict[str, int]) -> dict[str, int]:
    table = {chr(32 + i): int(w) for i, w in enumerate(widths.split())}
    table.update(extra)
    return table


_WIDTHS = {
    False: _table(
        _REGULAR,
        {"Đ": 722, "đ": 500, "Ư": 776, "ư": 542, "ơ": 529, "…": 1000, "–": 500, "—": 1000},
    ),
    True: _table(
        _BOLD,
        {"Đ": 722, "đ": 556, "Ư": 796, "ư": 600, "ơ": 554, "…": 1000, "–": 500, "—": 1000},
    ),
}


def _char_width(char: str, table: dict[str, int]) -> int:
    if char in table:
        return table[char]
    decomposed = unicodedata.normalize("NFD", char)
    base = decomposed[0]
    if "\u031b" in decomposed:  # the horn: Ư, ư, ơ and their toned forms
        horned = unicodedata.normalize("NFC", base + "\u031b")
        base = horned if horned in table else base
    return table.get(base, 600)


def text_width_pt(text: str, size_pt: float, *, bold: bool = False) -> float:
    """The width of ``text`` set in Times New Roman at ``size_pt``, in points.

    Args:
        text: one line of text.
        size_pt: the font size.
        bold: whether it is set in bold.

    Returns:
        The sum of the advance widths (no kerning).
    """
    table = _WIDTHS[bold]
    return sum(_char_width(c, table) for c in text) * size_pt / 1000
