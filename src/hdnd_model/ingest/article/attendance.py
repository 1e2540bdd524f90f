"""Attendance: the delegates present out of the total."""

from __future__ import annotations

import re

from hdnd_model.ingest._collect import Collector
from hdnd_model.ingest.article.lexicon import read_count
from hdnd_model.ingest.article.prep import Doc, Line

__all__ = ["find_absence", "find_attendance"]

_COUNT_WORD = r"một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười|mươi|mốt|lăm|nhăm|tư|linh|lẻ|trăm"


def _number(group: str) -> str:
    """A count in digits or in words (``45``, ``bốn mươi lăm``) as the named group."""
    return rf"(?P<{group}>\d{{1,4}}|(?:{_COUNT_WORD})(?:[ \t](?:{_COUNT_WORD})){{0,4}})"


_SHARE_IN_WORDS_RE = re.compile(
    rf"(?<!\w){_number('p')}[ \t]{{1,3}}trên(?:[ \t]tổng[ \t]số)?[ \t]{{1,3}}{_number('t')}"
    r"[ \t]{1,3}(?:vị[ \t])?đại[ \t]biểu",
    re.IGNORECASE,
)
"""``45 trên tổng số 48 đại biểu``, ``bốn mươi lăm trên bốn mươi tám đại biểu``."""
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
    if "/" not in text and "tổng số" not in text and "trên" not in text:
        return None
    for match in _PRESENT_LABEL_RE.finditer(text):
        return match
    shares = [*_SHARE_OF_DELEGATES_RE.finditer(text)]
    if "trên" in text:
        shares.extend(_SHARE_IN_WORDS_RE.finditer(text))
        shares.sort(key=lambda m: m.start())
    for match in shares:
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
        present, total = read_count(match["p"]), read_count(match["t"])
        if present is not None and total is not None and 0 < present <= total:
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


_COUNT = _number("n")
_REASON = r"(?P<reason>(?:có|không|không có)[ \t]lý[ \t]do)"
_ABSENT_RES = (
    # vắng 2 có lý do, vắng mặt 3 đại biểu (không lý do), vắng mặt: hai đại biểu
    re.compile(
        rf"(?<!\w)vắng(?:[ \t]mặt)?[ \t]?:?[ \t]{{0,3}}(?:là[ \t])?{_COUNT}(?!\w)"
        rf"(?:[ \t](?:vị[ \t])?đại[ \t]biểu)?(?:[ \t]{{0,2}}\(?[ \t]?{_REASON})?",
        re.IGNORECASE,
    ),
    # 2 đại biểu vắng mặt có lý do
    re.compile(
        rf"(?<![\w/]){_COUNT}[ \t](?:vị[ \t])?đại[ \t]biểu[ \t]vắng(?:[ \t]mặt)?(?!\w)"
        rf"(?:[ \t]{{0,2}}\(?[ \t]?{_REASON})?",
        re.IGNORECASE,
    ),
)
_ABSENT_FIELDS = {"có": "absent_with_reason", "không": "absent_without_reason"}


def _absences(line: Line) -> list[tuple[str, int, tuple[int, int]]]:
    out: list[tuple[str, int, tuple[int, int]]] = []
    for pattern in _ABSENT_RES:
        for match in pattern.finditer(line.text):
            count = read_count(match["n"])
            if count is None or count == 0:
                continue
            reason = match["reason"]
            field = _ABSENT_FIELDS[reason.split()[0].lower()] if reason else "absent"
            out.append((field, count, (line.start + match.start(), line.start + match.end())))
    return out


def find_absence(doc: Doc, col: Collector) -> None:
    """Delegates absent: with and without leave, or with the reason unstated.

    Read: ``vắng 2 có lý do``, ``vắng mặt 3 đại biểu``, ``vắng mặt hai đại biểu không lý
    do``, ``2 đại biểu vắng mặt có lý do``. The first count of each kind is kept.
    """
    for line in doc.content():
        if "vắng" not in line.lower:
            continue
        for field, count, span in sorted(_absences(line), key=lambda a: a[2]):
            if not col.has(field):
                col.set(field, count, rule=f"attendance.{field}", confidence=0.8, span=span)
