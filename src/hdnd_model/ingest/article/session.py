"""The session: its number (or a Standing Committee meeting's own) and its kind."""

from __future__ import annotations

import re

from hdnd_model.errors import FormatError
from hdnd_model.ingest._collect import Collector
from hdnd_model.ingest.article.prep import Doc
from hdnd_model.vn import parse_ordinal

__all__ = ["find_session"]

_SESSION_RE = re.compile(
    r"(?P<what>kỳ họp|phiên họp)(?:\s+(?:bất thường|thường lệ|thường kỳ))?\s+"
    r"(?P<ord>(?:lần\s+)?thứ\s+[^\s,.;:()]+(?:\s+[^\s,.;:()]+){0,3})",
    re.IGNORECASE,
)


def _ordinal(raw: str) -> int | None:
    words = raw.split()
    for n in range(len(words), 1, -1):
        try:
            return parse_ordinal(" ".join(words[:n]))
        except FormatError:
            continue
    return None


_STANDING_KINDS = ("standing_committee_meeting", "questioning_session", "explanation_session")


def find_session(doc: Doc, col: Collector, kind: str, *, standing: bool = False) -> None:
    """The session's number (or a meeting's own) and the session kind.

    Args:
        doc: the prepared text.
        col: the facts so far.
        kind: the kind of record.
        standing: whether the Standing Committee is the organ that acts; its meeting's own
            number is read (``phiên họp thứ 5``), and a ``kỳ họp`` it prepares is not.
    """
    lead, _ = doc.lead()
    standing = standing and kind in _STANDING_KINDS
    wanted = "phiên họp" if standing else "kỳ họp"
    for line in doc.content():
        for match in _SESSION_RE.finditer(line.text):
            if match.group("what").casefold() != wanted:
                continue
            after = line.text[match.end() : match.end() + 30]
            if re.search(r"quốc hội", after, re.IGNORECASE):
                continue
            number = _ordinal(match.group("ord"))
            if number is None:
                continue
            span = (line.start + match.start(), line.start + match.end())
            col.set("session_number", number, rule="session.ordinal", confidence=0.85, span=span)
            break
        if col.has("session_number"):
            break
    _session_kind(doc, col, standing, lead)
    _meeting_kind(col, standing, lead)


_MONTH_NAMED_RE = re.compile(r"phiên (?:họp )?(?:thường kỳ |lệ kỳ )?(?:hằng |hàng )?tháng")
_MEETING_KINDS = (
    (r"khai mạc", "opening"),
    (r"bế mạc", "closing"),
    (r"lấy phiếu tín nhiệm|bỏ phiếu tín nhiệm", "confidence"),
    (r"chất vấn", "questioning"),
    (r"phiên trù bị", "preparatory"),
)


def _meeting_kind(col: Collector, standing: bool, lead: str) -> None:
    folded = lead.casefold()
    if standing:
        kind = col.values.get("session_kind")
        monthly = kind == "standing_committee_monthly" or _MONTH_NAMED_RE.search(lead.casefold())
        value = "standing_monthly" if monthly else "standing"
        if col.values.get("kind") == "explanation_session":
            value = "explanation"
        col.set("meeting_kind", value, rule="meeting_kind.standing_body", confidence=0.7)
        return
    for pattern, value in _MEETING_KINDS:
        if re.search(pattern, folded):
            col.set("meeting_kind", value, rule=f"meeting_kind.{value}", confidence=0.7)
            return


_REGULAR = r"(?:thường lệ|lệ kỳ|thường niên|thường kỳ)"
_SESSION_KINDS = (
    (r"kỳ họp[^.;]{0,40}chuyên đề|chuyên đề[^.;]{0,10}kỳ họp", "thematic"),
    (
        r"kỳ họp[^.;]{0,40}bất thường|bất thường[^.;]{0,10}kỳ họp"
        r"|giải quyết công việc phát sinh đột xuất",
        "extraordinary",
    ),
    (r"kỳ họp (?:lần )?thứ nhất", "first_session"),
    (rf"kỳ họp (?:{_REGULAR} )?giữa năm", "regular_mid_year"),
    (rf"kỳ họp (?:{_REGULAR} )?cuối năm", "regular_year_end"),
)
_MEETING_REGULAR_RE = re.compile(r"(?:phiên|họp|phiên họp|hội nghị) (?:thường kỳ|lệ kỳ)\b")
_MEETING_MONTHLY_RE = re.compile(r"phiên họp (?:định kỳ )?(?:hằng |hàng )?tháng\b")


def _session_kind(doc: Doc, col: Collector, standing: bool, lead: str) -> None:
    scope = f"{doc.headline()}\n{lead}".casefold()
    if standing:
        if _MEETING_REGULAR_RE.search(scope):
            value, rule = "standing_committee_regular", "session_kind.regular_meeting"
        elif _MEETING_MONTHLY_RE.search(scope):
            value, rule = "standing_committee_monthly", "session_kind.monthly"
        else:
            value, rule = "standing_committee", "session_kind.standing_body"
        col.set("session_kind", value, rule=rule, confidence=0.8)
        return
    for pattern, value in _SESSION_KINDS:
        if re.search(pattern, scope):
            col.set("session_kind", value, rule=f"session_kind.{value}", confidence=0.8)
            return
