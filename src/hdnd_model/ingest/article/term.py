"""The council's term: the khóa and the nhiệm kỳ, not of a party body or the National Assembly."""

from __future__ import annotations

import datetime as dt
import re

from hdnd_model.errors import FormatError
from hdnd_model.ingest._collect import Collector
from hdnd_model.ingest.article.prep import Doc
from hdnd_model.vn import from_roman

__all__ = ["find_term"]

_KHOA_RE = re.compile(r"\bkh(?:óa|oá)\s+(?P<roman>[IVXLC]+)\b", re.IGNORECASE)
_NOT_COUNCIL_KHOA = re.compile(
    r"(quốc hội|đảng|ban chấp hành|bch|trung ương|đoàn|hội nông dân|mặt trận|công đoàn)"
    r"[^.;]{0,25}$",
    re.IGNORECASE,
)
_NOT_COUNCIL_PERIOD = re.compile(r"đảng|đại hội", re.IGNORECASE)
"""A term of a party body is not the council's."""
_PERIOD_RE = re.compile(r"nhiệm kỳ\s*:?\s*(?P<a>\d{4})\s*[-–—]\s*(?P<b>\d{4})", re.IGNORECASE)


def find_term(doc: Doc, col: Collector, date: dt.date | None) -> None:
    """The khóa and the nhiệm kỳ of the council, not of a party body or the National Assembly."""
    for line in doc.content():
        for match in _KHOA_RE.finditer(line.text):
            before = line.text[max(0, match.start() - 40) : match.start()]
            if _NOT_COUNCIL_KHOA.search(before):
                continue
            try:
                khoa = from_roman(match.group("roman"))
            except FormatError:
                continue
            span = (line.start + match.start(), line.start + match.end())
            col.set("khoa", khoa, rule="term.khoa_roman", confidence=0.85, span=span)
            break
        if col.has("khoa"):
            break
    candidates: list[tuple[int, int, tuple[int, int], bool]] = []
    for line in doc.content():
        for match in _PERIOD_RE.finditer(line.text):
            first, last = int(match.group("a")), int(match.group("b"))
            before = line.text[max(0, match.start() - 90) : match.start()]
            if not 3 <= last - first <= 7 or _NOT_COUNCIL_PERIOD.search(before):
                continue
            council = bool(re.search(r"HĐND|Hội đồng nhân dân|khóa|khoá", before, re.IGNORECASE))
            span = (line.start + match.start(), line.start + match.end())
            candidates.append((first, last, span, council))
    if date is not None:
        covering = [c for c in candidates if c[0] <= date.year <= c[1] and c[3]]
        covering.sort(key=lambda c: (c[0] == date.year, c[2][0]))
        if covering:
            first, last, span, _ = covering[0]
            col.set(
                "period",
                f"{first}-{last}",
                rule="term.period_covering_date",
                confidence=0.8,
                span=span,
            )
            return
    council_periods = [c for c in candidates if c[3]]
    if council_periods and date is None:
        first, last, span, _ = council_periods[0]
        col.set(
            "period", f"{first}-{last}", rule="term.period_of_council", confidence=0.6, span=span
        )
