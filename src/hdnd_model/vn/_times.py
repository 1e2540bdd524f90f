"""Times of day as minutes write them (giờ, phút), on the 24-hour clock."""

from __future__ import annotations

import datetime
import re

from hdnd_model.errors import FormatError
from hdnd_model.vn._text import nfc

__all__ = ["format_time", "parse_time"]

_PREFIX = r"(?:(?:vào\s+)?(?:hồi|lúc)\s+)?"
_TIME_RES = (
    re.compile(rf"{_PREFIX}(?P<h>\d{{1,2}}):(?P<m>\d{{2}})"),
    re.compile(rf"{_PREFIX}(?P<h>\d{{1,2}})\s*(?:giờ|h)(?:\s*(?P<m>\d{{1,2}})(?:\s*phút)?)?"),
)


def format_time(t: datetime.time) -> str:
    """Write a time of day as the minutes template does (... giờ ...).

    Seconds and fractions of a second are not written.

    Args:
        t: the time.

    Returns:
        ``"14 giờ 00"``, ``"7 giờ 30"``: the hour without padding, the minutes with two digits.
    """
    return f"{t.hour} giờ {t.minute:02d}"


def parse_time(text: str) -> datetime.time:
    """Read a time of day written in any of the usual forms.

    Accepted: ``14 giờ 00``, ``7 giờ 30 phút``, ``8 giờ``, ``7h30``, ``7h``, ``14:00``, each
    optionally after ``vào hồi`` or ``lúc``; any case, composed or decomposed.

    Args:
        text: the time as written.

    Returns:
        The time, with seconds set to zero.

    Raises:
        FormatError: the text is not a time or names an hour or minute out of range.
    """
    normal = " ".join(nfc(text).casefold().split())
    for pattern in _TIME_RES:
        match = pattern.fullmatch(normal)
        if match is not None:
            minute = match.group("m")
            try:
                return datetime.time(int(match.group("h")), int(minute) if minute else 0)
            except ValueError as error:
                raise FormatError(f"{text!r} is not a valid time: {error}") from None
    raise FormatError(f"cannot read {text!r} as a time")
