"""Dates: the event's date with its context, a resolution's adoption date, the document date."""

from __future__ import annotations

import datetime as dt
import re

from hdnd_model.ingest._collect import Collector
from hdnd_model.ingest.article.prep import Doc
from hdnd_model.vn import find_dates

__all__ = ["find_dates_of", "text_year"]

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
        found = find_dates(header.group())
        if found:
            col.set(
                "document_date",
                found[0][0],
                rule="date.place_date_line",
                confidence=0.9,
                span=(header.start(), header.end()),
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
            found = find_dates(header.group())
            if found:
                col.set(
                    "document_date",
                    found[0][0],
                    rule="date.place_date_line",
                    confidence=0.8,
                    span=(line.start, line.start + header.end()),
                )
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
