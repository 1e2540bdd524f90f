"""Numbers as Vietnamese text writes them: decimal comma, thousands dot (``5.454.246``)."""

from __future__ import annotations

import decimal
import math
import re
from fractions import Fraction

from hdnd_model.errors import FormatError
from hdnd_model.vn._text import nfc

__all__ = ["format_int", "format_percent", "format_share", "parse_int", "parse_percent"]

_PERCENT_RE = re.compile(r"(?P<sign>[+-]?)(?P<int>\d+)(?:[.,](?P<frac>\d+))?\s*%")
_INT_RE = re.compile(r"(?P<sign>[+-]?)(?:\d{1,3}(?:(?P<sep>[. ])\d{3}(?:(?P=sep)\d{3})*)|\d+)")


def _exact(value: Fraction | decimal.Decimal | float) -> Fraction:
    """The exact rational a value stands for; a float stands for its shortest decimal form."""
    if isinstance(value, float):
        if not math.isfinite(value):
            raise FormatError(f"cannot write {value!r} as a percentage")
        return Fraction(decimal.Decimal(repr(value)))
    if isinstance(value, decimal.Decimal) and not value.is_finite():
        raise FormatError(f"cannot write {value!r} as a percentage")
    return Fraction(value)


def _round_half_up(value: Fraction) -> int:
    """Round to the nearest integer, halves away from zero (ROUND_HALF_UP)."""
    magnitude = math.floor(abs(value) + Fraction(1, 2))
    return -magnitude if value < 0 else magnitude


def format_percent(value: Fraction | decimal.Decimal | float, *, decimals: int = 2) -> str:
    """Write a ratio as a percentage with a decimal comma (tỷ lệ phần trăm).

    Rounding is ROUND_HALF_UP on the exact value, never float arithmetic: a Fraction or Decimal
    is used as is, a float as its shortest decimal form (``0.00125`` is 1.25/1000, not the binary
    number just below it).

    Args:
        value: the ratio, 1 meaning 100% (``Fraction(423, 494)``, ``Decimal("0.8563")``).
        decimals: digits after the decimal comma; 0 or more.

    Returns:
        ``"85,63%"``, ``"0,20%"``, ``"100,00%"``.

    Raises:
        FormatError: ``decimals`` is negative, or the value is not finite.
    """
    if decimals < 0:
        raise FormatError(f"decimals must be 0 or more, got {decimals!r}")
    scaled = _round_half_up(_exact(value) * 100 * 10**decimals)
    sign = "-" if scaled < 0 else ""
    digits = str(abs(scaled)).rjust(decimals + 1, "0")
    if decimals == 0:
        return f"{sign}{digits}%"
    return f"{sign}{digits[:-decimals]},{digits[-decimals:]}%"


def format_share(part: int, whole: int, *, decimals: int = 2) -> str:
    """Write ``part`` as a percentage of ``whole`` (``49`` of ``58`` is ``"84,48%"``).

    Args:
        part: the count (số phiếu, số đại biểu).
        whole: the total it is a share of; must be greater than 0.
        decimals: digits after the decimal comma.

    Returns:
        ``format_percent(Fraction(part, whole), decimals=decimals)``.

    Raises:
        FormatError: ``whole`` is 0 or negative.
    """
    if whole <= 0:
        raise FormatError(f"whole must be greater than 0, got {whole!r}")
    return format_percent(Fraction(part, whole), decimals=decimals)


def parse_percent(text: str) -> decimal.Decimal:
    """Read a percentage as written (``"85,63%"``, ``"6,9%"``, ``"93,5 %"``, ``"85.63%"``).

    A single ``,`` or ``.`` is read as the decimal separator; thousands separators are not
    accepted.

    Args:
        text: the percentage, with its ``%`` sign.

    Returns:
        The percent number, not the ratio: ``"85,63%"`` gives ``Decimal("85.63")``.

    Raises:
        FormatError: the text is not a percentage.
    """
    match = _PERCENT_RE.fullmatch(nfc(text).strip())
    if match is None:
        raise FormatError(f"cannot read {text!r} as a percentage")
    frac = match.group("frac")
    number = match.group("int") + (f".{frac}" if frac else "")
    return decimal.Decimal(match.group("sign") + number)


def format_int(n: int) -> str:
    """Write an integer with dots between thousands (``5.454.246``, ``-1.000``, ``999``).

    Args:
        n: the integer.

    Returns:
        The integer as Vietnamese text writes it.
    """
    return f"{n:,}".replace(",", ".")


def parse_int(text: str) -> int:
    """Read an integer written with or without thousands separators.

    Accepted: ``5.454.246``, ``5 454 246`` (also with a no-break or thin space), ``5454246``,
    ``05``, ``-1.000``. Groups after a separator must have three digits, and one text uses one
    kind of separator.

    Args:
        text: the number as written.

    Returns:
        The integer.

    Raises:
        FormatError: the text is not an integer.
    """
    normal = re.sub(r"[\u00a0\u202f\u2009]", " ", nfc(text).strip())
    match = _INT_RE.fullmatch(normal)
    if match is None:
        raise FormatError(f"cannot read {text!r} as an integer")
    return int(re.sub(r"[. ]", "", normal))
