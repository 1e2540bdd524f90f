"""Dates: the event's date with its context, a resolution's adoption date, the document date."""

from __future__ import annotations

import re

from hdnd_model.ingest._collect import Collector
from hdnd_model.ingest.article.prep import Doc
from hdnd_model.vn import find_dates

__all__ = ["find_dates_of"]

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
    r"^[^\n,]{2,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.MULTILINE | re.IGNORECASE
)


def find_dates_of(doc: Doc, col: Collector, kind: str) -> None:
    year = doc.post_date.year if doc.post_date else None
    if kind == "resolution":
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
        return
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
        for day, start, end in find_dates(line.text, year=year):
            absolute = line.start + start
            if doc.post_span and doc.post_span[0] <= absolute < doc.post_span[1]:
                continue
            before = line.text[max(0, start - 24) : start]
            cue = _EVENT_CUE_RE.search(before) or _TIME_CUE_RE.search(before)
            if not cue or _NOT_EVENT_RE.search(line.text[:start]):
                continue
            written_year = re.search(r"\d{4}\s*$", line.text[start:end]) is not None
            rule = "date.event_cue" if written_year else "date.event_cue_year_from_post"
            col.set(
                "date",
                day,
                rule=rule,
                confidence=0.8 if written_year else 0.7,
                span=(absolute, line.start + end),
            )
            return
