"""Attendance: the delegates present out of the total."""

from __future__ import annotations

import re

from hdnd_model.ingest._collect import Collector
from hdnd_model.ingest.article.prep import Doc

__all__ = ["find_attendance"]

_ATTENDANCE_RES = (
    re.compile(
        r"(?P<p>\d{1,4})\s*/\s*(?P<t>\d{1,4})\s+đại biểu(?P<mid>[^.;:]{0,40}?)\s+có mặt",
        re.IGNORECASE,
    ),
    re.compile(r"có mặt\s*:?\s*(?P<p>\d{1,4})\s*/\s*(?P<t>\d{1,4})\s+đại biểu", re.IGNORECASE),
    re.compile(
        r"(?P<p>\d{1,4})\s+đại biểu[^.;]{0,30}?có mặt\s*(?:trên|/)\s*(?:tổng số\s*)?"
        r"(?P<t>\d{1,4})",
        re.IGNORECASE,
    ),
)
_TOTAL_RE = re.compile(
    r"tổng số(?: đại biểu)?[^.;:\d]{0,30}:?\s*(?P<t>\d{1,4})\s+đại biểu", re.IGNORECASE
)


def find_attendance(doc: Doc, col: Collector) -> None:
    """Delegates present out of the total (``53/58 đại biểu có mặt``)."""
    for line in doc.content():
        for pattern in _ATTENDANCE_RES:
            match = pattern.search(line.text)
            if match is None:
                continue
            present, total = int(match["p"]), int(match["t"])
            if 0 < present <= total:
                span = (line.start + match.start(), line.start + match.end())
                col.set(
                    "present",
                    present,
                    rule="attendance.present_of_total",
                    confidence=0.85,
                    span=span,
                )
                col.set(
                    "total_delegates",
                    total,
                    rule="attendance.present_of_total",
                    confidence=0.85,
                    span=span,
                )
                return
    for line in doc.content():
        match = _TOTAL_RE.search(line.text)
        if match:
            span = (line.start + match.start(), line.start + match.end())
            col.set(
                "total_delegates",
                int(match["t"]),
                rule="attendance.total",
                confidence=0.7,
                span=span,
            )
            return
