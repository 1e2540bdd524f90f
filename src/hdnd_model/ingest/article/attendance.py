"""Attendance: the delegates present out of the total."""

from __future__ import annotations

import re

from hdnd_model.ingest._collect import Collector
from hdnd_model.ingest.article.prep import Doc

__all__ = ["find_attendance"]

_SHARE_OF_DELEGATES_RE = re.compile(
    r"(?<![\d/])(?P<p>\d{1,4})[ \t]?/[ \t]?(?P<t>\d{1,4})[ \t]{1,3}(?:vị[ \t])?đại[ \t]biểu"
)
_PRESENT_BEFORE_RE = re.compile(
    r"(?:có mặt|tham dự|(?<!\w)dự|cùng|tham gia)(?!\w)[^.;:]{0,40}:?[ \t]{0,3}$", re.IGNORECASE
)
_PRESENT_AFTER_RE = re.compile(
    r"^[^.;]{0,40}?(?:có mặt|tham dự|dự họp|tham gia)(?!\w)", re.IGNORECASE
)
_NOT_PRESENCE_RE = re.compile(
    r"tán thành|biểu quyết|phiếu|nhất trí|trúng cử|đắc cử|đạt|đồng ý|tín nhiệm", re.IGNORECASE
)
_PRESENT_LABEL_RE = re.compile(
    r"có mặt[ \t]?:?[ \t]{0,3}(?P<p>\d{1,4})[ \t]?/[ \t]?(?P<t>\d{1,4})", re.IGNORECASE
)
_PRESENT_OF_TOTAL_RE = re.compile(
    r"(?P<p>\d{1,4})[ \t]đại biểu[^.;]{0,30}?có mặt[ \t](?:trên|/)[ \t](?:tổng số[ \t])?"
    r"(?P<t>\d{1,4})",
    re.IGNORECASE,
)


def _presence(text: str) -> re.Match[str] | None:
    """The first ``P/T đại biểu`` that counts those present (not a vote or a ballot)."""
    if "/" not in text and "tổng số" not in text:
        return None
    for match in _PRESENT_LABEL_RE.finditer(text):
        return match
    for match in _SHARE_OF_DELEGATES_RE.finditer(text):
        before = text[max(0, match.start() - 60) : match.start()]
        after = text[match.end() : match.end() + 50]
        cue_after = _PRESENT_AFTER_RE.search(after)
        if cue_after and not _NOT_PRESENCE_RE.search(cue_after.group()):
            return match
        clause = re.split(r"[.;]", before)[-1] + " " + re.split(r"[.;]", after)[0]
        if _PRESENT_BEFORE_RE.search(before) and not _NOT_PRESENCE_RE.search(clause):
            return match
    return _PRESENT_OF_TOTAL_RE.search(text)


_TOTAL_RE = re.compile(
    r"tổng số(?: đại biểu)?[^.;:\d]{0,30}:?\s*(?P<t>\d{1,4})\s+đại biểu", re.IGNORECASE
)


def find_attendance(doc: Doc, col: Collector) -> None:
    """Delegates present out of the total.

    Read: ``53/58 đại biểu có mặt``, ``có mặt: 33/35 đại biểu``, ``31/31 đại biểu tham
    dự``, ``Dự kỳ họp có 82/86``, ``N đại biểu có mặt trên tổng số M``; a share in a
    vote or a ballot (``tán thành``, ``phiếu``) is not attendance.
    """
    for line in doc.content():
        match = _presence(line.text)
        if match is None:
            continue
        present, total = int(match["p"]), int(match["t"])
        if 0 < present <= total:
            span = (line.start + match.start(), line.start + match.end())
            for field in ("present", "total_delegates"):
                value = present if field == "present" else total
                col.set(
                    field, value, rule="attendance.present_of_total", confidence=0.85, span=span
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
