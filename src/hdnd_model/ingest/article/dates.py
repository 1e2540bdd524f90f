"""Dates: the event's date with its context, a resolution's adoption date, the document date."""

from __future__ import annotations

import datetime as dt
import re

from hdnd_model.ingest._collect import Collector
from hdnd_model.ingest.article.prep import Doc
from hdnd_model.vn import find_dates

__all__ = ["find_dates_of", "find_planned_date", "text_year"]

_EVENT_CUE_RE = re.compile(
    r"(?:ngày|sáng|chiều|tối|trưa|nay|hôm qua|vào)\s*(?:ngày\s*)?$", re.IGNORECASE
)
_TIME_CUE_RE = re.compile(
    r"(?:\d{1,2}\s*giờ(?:\s*\d{1,2})?(?:\s*phút)?|khai mạc|bắt đầu)"
    r"\s*,?\s*$",
    re.IGNORECASE,
)
_NOT_EVENT_RE = re.compile(r"(?:số\s+\S+/\S+|căn cứ|ban hành)[^.;]{0,40}$", re.IGNORECASE)
_ADOPTED_RE = re.compile(
    r"thông qua (?:ngày\s+)?(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|"
    r"\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})",
    re.IGNORECASE,
)
_PLACE_DATE_RE = re.compile(
    r"^[^\n,]{2,40},[ \t]*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}",
    re.MULTILINE | re.IGNORECASE,
)


_YEAR_RE = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d])")
_RANGE_RE = re.compile(r"(?:19|20)\d\d\s{0,3}[-–—]\s{0,3}(?:19|20)\d\d")
_NUMBERED_RE = re.compile(r"\d{1,5}/(?:19|20)\d\d/")
_PLANNED_RE = re.compile(
    r"(?:dự kiến|sẽ|kế hoạch)[^.;,]{0,60}$"
    r"|(?:trước|đến|từ|kể từ|hạn|chậm nhất)[ \t]{0,2}(?:ngày[ \t]{0,2})?$",
    re.IGNORECASE,
)
_ANY_YEAR = 2024
"""A leap year, to find day-and-month dates before their year is known."""


def text_year(doc: Doc) -> tuple[int, tuple[int, int]] | None:
    """The one year the opening of the text speaks of, with where it is written.

    Years of a term (``2021-2026``) and of document numbers are left out; two different
    years give None.
    """
    years: dict[int, tuple[int, int]] = {}
    for line in doc.content()[:8]:
        masked = _RANGE_RE.sub(lambda m: " " * len(m.group()), line.text)
        masked = _NUMBERED_RE.sub(lambda m: " " * len(m.group()), masked)
        for match in _YEAR_RE.finditer(masked):
            years.setdefault(
                int(match.group()), (line.start + match.start(), line.start + match.end())
            )
    if len(years) != 1:
        return None
    ((year, span),) = years.items()
    return year, span


def _resolve(day: dt.date, doc: Doc) -> tuple[dt.date, str, float] | None:
    """The year of a date written without one: the post's, else the one the text names."""
    posted = doc.post_date
    if posted is not None:
        for year in (posted.year, posted.year - 1):
            try:
                candidate = day.replace(year=year)
            except ValueError:
                continue
            if dt.timedelta(0) <= posted - candidate <= dt.timedelta(days=120):
                return candidate, "date.event_cue_year_from_post", 0.7
    stated = text_year(doc)
    if stated is not None:
        try:
            return day.replace(year=stated[0]), "date.event_cue_year_from_text", 0.6
        except ValueError:
            return None
    return None


def _adopted(doc: Doc, col: Collector) -> None:
    adopted = _ADOPTED_RE.search(doc.text)
    if adopted:
        found = find_dates(adopted["date"])
        if found:
            col.set(
                "date",
                found[0][0],
                rule="date.adopted_on",
                confidence=0.9,
                span=(adopted.start("date"), adopted.end("date")),
            )
    header = _PLACE_DATE_RE.search(doc.text)
    if header:
        _document_date(col, header.group(), header.start(), confidence=0.9)


def _document_date(col: Collector, header: str, start: int, *, confidence: float) -> None:
    """The date of a ``Nơi, ngày … tháng … năm …`` line starting at ``start`` in the text."""
    found = find_dates(header)
    if found:
        col.set(
            "document_date",
            found[0][0],
            rule="date.place_date_line",
            confidence=confidence,
            span=(start, start + len(header)),
        )


def find_dates_of(doc: Doc, col: Collector, kind: str) -> None:
    """The date of the event (a notice's: its posting date) and a header's document date.

    The event's date is the first date after an event cue (``Ngày``, ``Sáng``, ``Chiều``,
    ``… giờ …,``) that is not a planned or earlier one (``dự kiến``, ``trước ngày``); one
    written without a year takes the year of the posting line, else the one year the opening
    names; without either it stays unknown.
    """
    if kind == "resolution":
        _adopted(doc, col)
        return
    if kind == "announcement" and doc.post_date is not None and doc.post_span is not None:
        col.set("date", doc.post_date, rule="date.posted", confidence=0.7, span=doc.post_span)
    settled = col.has("date")
    for line in doc.content():
        header = _PLACE_DATE_RE.match(line.text)
        if header:
            _document_date(col, header.group(), line.start, confidence=0.8)
            continue
        if settled:
            continue
        for day, start, end in find_dates(line.text, year=_ANY_YEAR):
            absolute = line.start + start
            if doc.post_span and doc.post_span[0] <= absolute < doc.post_span[1]:
                continue
            before = line.text[max(0, start - 24) : start]
            cue = _EVENT_CUE_RE.search(before) or _TIME_CUE_RE.search(before)
            clause = line.text[max(0, start - 80) : start]
            if (
                not cue
                or _NOT_EVENT_RE.search(line.text[max(0, start - 200) : start])
                or _PLANNED_RE.search(clause)
            ):
                continue
            settled = True
            written = find_dates(line.text[start:end])
            span = (absolute, line.start + end)
            if written:
                col.set("date", written[0][0], rule="date.event_cue", confidence=0.8, span=span)
                break
            resolved = _resolve(day, doc)
            if resolved is None:
                col.warnings.append(
                    f"the date {line.text[start:end]!r} has no year and the text names none"
                )
                break
            value, rule, confidence = resolved
            col.set("date", value, rule=rule, confidence=confidence, span=span)
            break


_PLANNED_CUE_RE = re.compile(
    r"(?<!\w)(?:dự kiến|dự định|sẽ|theo kế hoạch)(?!\w)[^.;]{0,100}$", re.IGNORECASE
)
_PLANNED_WORDS = ("dự kiến", "dự định", "sẽ", "kế hoạch")
"""The words of ``_PLANNED_CUE_RE``: a sentence without any is not searched for dates."""
_DEADLINE_RE = re.compile(
    r"(?:trước|chậm nhất|hạn|đến)[ \t]{0,2}(?:ngày[ \t]{0,2})?$", re.IGNORECASE
)
_SESSION_WORD_RE = re.compile(r"(?<!\w)kỳ[ \t]họp(?!\w)", re.IGNORECASE)


_DAY_RANGE_RE = re.compile(
    r"(?<![\d/.])(?P<d>\d{1,2})[ \t]{0,2}(?:-|–|đến)[ \t]{0,2}(?:ngày[ \t]{1,2})?"
    r"(?P<d2>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})(?!\d)",
    re.IGNORECASE,
)


def _dates_and_ranges(text: str) -> list[tuple[dt.date, int, int, bool]]:
    """Dates in a sentence and the first days of day ranges, in order.

    A range is ``8-10/12/2025`` or ``4 đến ngày 5/12/2025``. Each entry is (day, start,
    end, whether the year is written).
    """
    found: list[tuple[dt.date, int, int, bool]] = []
    for match in _DAY_RANGE_RE.finditer(text):
        try:
            day = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            continue
        found.append((day, match.start(), match.end(), True))
    taken = [(a, b) for _, a, b, _ in found]
    for day, first, end in find_dates(text, year=_ANY_YEAR):
        if not any(a <= first < b for a, b in taken):
            written = find_dates(text[first:end])
            found.append((written[0][0] if written else day, first, end, bool(written)))
    return sorted(found, key=lambda f: f[1])


def _planned_year(day: dt.date, doc: Doc) -> dt.date | None:
    """The year of a planned date written without one: within a year after the posting."""
    posted = doc.post_date
    if posted is not None:
        for year in (posted.year, posted.year + 1):
            try:
                candidate = day.replace(year=year)
            except ValueError:
                continue
            if dt.timedelta(0) <= candidate - posted <= dt.timedelta(days=366):
                return candidate
        return None
    stated = text_year(doc)
    if stated is None:
        return None
    try:
        return day.replace(year=stated[0])
    except ValueError:
        return None


def find_planned_date(doc: Doc, col: Collector) -> None:
    """The date a coming session is planned for.

    Read where a sentence about a session says it is planned or will be held on a date:
    ``Kỳ họp thứ 12 dự kiến tổ chức vào ngày 9/12/2025``, ``kỳ họp sẽ khai mạc ngày
    15.7``; not a deadline (``trước ngày``, ``chậm nhất ngày``). A date without its year
    takes the year of the posting when it falls within a year after it, else the one year
    the opening names.
    """
    for line in doc.content():
        if "kỳ họp" not in line.lower:
            continue
        for text, start in line.sentences():
            lower = text.lower()
            if not any(cue in lower for cue in _PLANNED_WORDS) or not _SESSION_WORD_RE.search(text):
                continue
            for day, first, end, written in _dates_and_ranges(text):
                before = text[max(0, first - 120) : first]
                if not _PLANNED_CUE_RE.search(before) or _DEADLINE_RE.search(before):
                    continue
                if not _SESSION_WORD_RE.search(text[:first]):
                    continue
                value = day if written else _planned_year(day, doc)
                if value is None:
                    continue
                span = (start + first, start + end)
                col.set("planned_date", value, rule="date.planned", confidence=0.7, span=span)
                return
