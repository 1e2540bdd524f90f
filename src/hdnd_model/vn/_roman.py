"""Roman numerals (số La Mã), as used for the khóa of a council (``khóa IX``, ``KHÓA XII``)."""

from __future__ import annotations

import re

from hdnd_model.errors import FormatError

__all__ = ["from_roman", "to_roman"]

_VALUES = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
_CANONICAL_RE = re.compile(
    r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})", re.IGNORECASE
)
_MAX = 3999


def to_roman(n: int) -> str:
    """Write an integer as an upper-case Roman numeral (``19`` is ``"XIX"``).

    Args:
        n: the number, from 1 to 3999.

    Returns:
        The canonical numeral.

    Raises:
        FormatError: ``n`` is outside 1..3999.
    """
    if not 1 <= n <= _MAX:
        raise FormatError(f"cannot write {n!r} as a Roman numeral: must be from 1 to {_MAX}")
    parts: list[str] = []
    for value, symbol in _VALUES:
        count, n = divmod(n, value)
        parts.append(symbol * count)
    return "".join(parts)


def from_roman(text: str) -> int:
    """Read a Roman numeral in canonical form, in any case (``"xix"`` is 19).

    Non-canonical numerals (``IIII``, ``VX``, ``IC``) are refused, so that the result written
    back with :func:`to_roman` is the same numeral.

    Args:
        text: the numeral; surrounding whitespace is ignored.

    Returns:
        The number, from 1 to 3999.

    Raises:
        FormatError: the text is empty or not a canonical numeral.
    """
    normal = text.strip()
    if not normal or not normal.isascii() or _CANONICAL_RE.fullmatch(normal) is None:
        raise FormatError(f"cannot read {text!r} as a Roman numeral")
    upper = normal.upper()
    total = 0
    index = 0
    for value, symbol in _VALUES:
        while upper.startswith(symbol, index):
            total += value
            index += len(symbol)
    return total
