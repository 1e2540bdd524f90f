"""Unicode normalisation and comparison keys for Vietnamese text (chữ Quốc ngữ)."""

from __future__ import annotations

import unicodedata

__all__ = ["fold_key", "nfc", "same_text"]

#: The five tone marks (dấu thanh) as combining characters: huyền, sắc, ngã, hỏi, nặng.
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode normal form C (dạng chuẩn hoá NFC).

    Args:
        text: any string.

    Returns:
        The composed form, which is how the library stores and renders text.
    """
    return unicodedata.normalize("NFC", text)


def fold_key(text: str) -> str:
    """Return a key that compares text regardless of tone-mark placement (vị trí dấu thanh).

    Both the old and the new placement occur in official documents (``Hoà``/``Hòa``,
    ``khoá``/``khóa``, ``Thuỷ``/``Thủy``). The key moves each syllable's tone mark to the end of
    the syllable, keeps the vowel-quality marks (circumflex, breve, horn) and ``đ``, folds case
    and collapses whitespace. Tones stay significant: ``Hòa``, ``Hoa`` and ``Hóa`` get three
    different keys.

    The key is decomposed (NFD) and meant for comparison, not for display.

    Args:
        text: any string, composed or decomposed.

    Returns:
        The comparison key.
    """
    collapsed = " ".join(unicodedata.normalize("NFD", text).split())
    folded = unicodedata.normalize("NFD", collapsed.casefold())
    out: list[str] = []
    pending: list[str] = []
    for char in folded:
        if char in TONE_MARKS:
            pending.append(char)
        elif char.isalpha() or unicodedata.combining(char):
            out.append(char)
        else:
            out.extend(pending)
            pending.clear()
            out.append(char)
    out.extend(pending)
    return "".join(out)


def same_text(a: str, b: str) -> bool:
    """Tell whether two strings are the same text up to tone placement, case and spacing.

    Args:
        a: one string.
        b: the other string.

    Returns:
        ``fold_key(a) == fold_key(b)``.
    """
    return fold_key(a) == fold_key(b)
