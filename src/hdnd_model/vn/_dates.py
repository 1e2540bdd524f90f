"""Dates as Vietnamese administrative documents write them (ngày tháng năm).

Rendering is strict, following Decree 30/2020/NĐ-CP, Phụ lục I §II.4.b: days 1-9 and months 1-2
take a leading zero, months 3-12 never do. Parsing is lenient, because real documents break the
rule (``ngày 01 tháng 08 năm 2016``) and running text uses short forms (``17/8/2020``,
``30-5-2018``, ``5.12``).
"""

from __future__ import annotations

import datetime
import re

from hdnd_model.errors import FormatError
from hdnd_model.vn._text import nfc

__all__ = ["find_dates", "format_date", "format_place_date", "format_short_date", "parse_date"]

# Both composed and decomposed spellings, so that find_dates can report offsets into the text
# exactly as given.
_NGAY = "ng(?:à|a\u0300)y"
_THANG = "th(?:á|a\u0301)ng"
_NAM = "n(?:ă|a\u0306)m"

_LONG = (
    rf"(?:(?P<l_ngay>{_NGAY})\s+)?(?<!\d)(?P<l_d>\d{{1,2}})\s+{_THANG}\s+(?P<l_m>\d{{1,2}})"
    rf"(?:\s*,?\s+{_NAM}\s+(?P<l_y>\d+))?(?![\d/.,-]?\d)"
)
_SHORT = (
    r"(?<!\d)(?<!\d[/.,:-])(?P<s_d>\d{1,2})(?P<sep>[/.-])(?P<s_m>\d{1,2})"
    r"(?:(?P=sep)(?P<s_y>\d+)|(?!(?P=sep)))(?![\d])(?![/.-]\d)"
)
_ISO = r"(?<![\d/.-])(?P<i_y>\d{4})-(?P<i_m>\d{2})-(?P<i_d>\d{2})(?![\d])(?![/.-]\d)"

_DATE_RE = re.compile(f"{_ISO}|{_LONG}|{_SHORT}", re.IGNORECASE)
_PREFIX_RE = re.compile(rf"\s*{_NGAY}\s+", re.IGNORECASE)


def _month_text(month: int) -> str:
    return f"{month:02d}" if month < 3 else str(month)


def format_date(d: datetime.date) -> str:
    """Write a date in full as Decree 30 requires (ngày ... tháng ... năm ...).

    Args:
        d: the date.

    Returns:
        ``"ngày 05 tháng 02 năm 2020"``, ``"ngày 29 tháng 6 năm 2019"``: the day always has two
        digits, months 1 and 2 have two digits, months 3-12 have no leading zero.
    """
    return f"ngày {d.day:02d} tháng {_month_text(d.month)} năm {d.year}"


def format_place_date(place: str, d: datetime.date) -> str:
    """Write the place-and-date line of a document header (địa danh, ngày tháng năm).

    Args:
        place: the place name as it heads the line (``"Hà Nội"``, ``"Thành phố Hồ Chí Minh"``).
        d: the date.

    Returns:
        ``"Hà Nội, ngày 05 tháng 02 năm 2020"``.
    """
    return f"{nfc(place).strip()}, {format_date(d)}"


def format_short_date(d: datetime.date) -> str:
    """Write a date in the short form used in running text (``dd/m/yyyy``).

    Decree 30 has no rule for the short form; this applies the full form's zero-padding rule to
    it, so the day always has two digits and the month has two digits only for January and
    February.

    Args:
        d: the date.

    Returns:
        ``"05/02/2020"``, ``"17/8/2020"``.
    """
    return f"{d.day:02d}/{_month_text(d.month)}/{d.year}"


def _to_date(match: re.Match[str], year: int | None, text: str) -> datetime.date:
    """Build the date a match describes; FormatError when it has no year or does not exist."""
    groups = match.groupdict()
    prefix = next(p for p in ("i", "l", "s") if groups[f"{p}_d"] is not None)
    raw_year = groups[f"{prefix}_y"]
    if raw_year is None:
        if year is None:
            raise FormatError(f"{text!r} has no year and none was given")
        found_year = year
    elif len(raw_year) != 4:
        raise FormatError(f"{text!r} does not have a four-digit year")
    else:
        found_year = int(raw_year)
    try:
        return datetime.date(found_year, int(groups[f"{prefix}_m"]), int(groups[f"{prefix}_d"]))
    except ValueError as error:
        raise FormatError(f"{text!r} is not a valid date: {error}") from None


def parse_date(text: str, *, year: int | None = None) -> datetime.date:
    """Read a date written in any of the forms found in Vietnamese documents.

    Accepted: ``ngày 17 tháng 8 năm 2020`` (with or without ``ngày``, with or without zero
    padding), ``17/8/2020``, ``17-8-2020``, ``17.8.2020``, ``Ngày 5/12/2018``, ``2020-08-17``,
    and ``17/8``, ``5.12`` or ``ngày 3 tháng 7`` when ``year`` is given. Composed and decomposed
    text and any case are accepted; surrounding whitespace is ignored.

    Args:
        text: the date as written.
        year: the year to use when the text has none; a year in the text wins.

    Returns:
        The date.

    Raises:
        FormatError: the text is not a date, has a two-digit year, has no year while ``year``
            is None, or names a day that does not exist (``31/2/2020``).
    """
    normal = nfc(text).strip()
    match = _DATE_RE.fullmatch(normal)
    prefix = _PREFIX_RE.match(normal)
    if match is None and prefix is not None:
        match = _DATE_RE.fullmatch(normal, prefix.end())
    if match is None:
        raise FormatError(f"cannot read {text!r} as a date")
    return _to_date(match, year, text)


def find_dates(text: str, *, year: int | None = None) -> list[tuple[datetime.date, int, int]]:
    """Find every date in running text.

    The forms are those :func:`parse_date` reads. A span covers the date as written: the long
    form with its leading ``ngày`` (so :func:`format_date` output can replace it), the short
    forms without it (so :func:`format_short_date` output can replace it). Dates without a year
    (``17/8``, ``5.12``, ``ngày 3 tháng 7``) are found only when ``year`` is given; a long form
    without a year also needs its ``ngày``, and a short form without a year must not be followed
    by its own separator (``2.1.`` numbers a section). Two-digit years and impossible dates are
    skipped.

    Args:
        text: the text, composed or decomposed; offsets refer to it as given.
        year: the year for dates written without one.

    Returns:
        ``(date, start, end)`` for each date, in order of appearance.
    """
    found: list[tuple[datetime.date, int, int]] = []
    for match in _DATE_RE.finditer(text):
        if match.group("l_d") is not None and match.group("l_y") is None:
            if year is None or match.group("l_ngay") is None:
                continue
        elif match.group("s_d") is not None and match.group("s_y") is None and year is None:
            continue
        try:
            found.append((_to_date(match, year, match.group()), match.start(), match.end()))
        except FormatError:
            continue
    return found
