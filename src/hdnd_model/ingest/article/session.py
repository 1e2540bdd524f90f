"""The session: its number (or a Standing Committee meeting's own) and its kind."""

from __future__ import annotations

import re

from hdnd_model.errors import FormatError
from hdnd_model.ingest._collect import Collector
from hdnd_model.ingest.article.prep import Doc
from hdnd_model.vn import parse_ordinal

__all__ = ["find_session"]

_SESSION_RE = re.compile(
    r"(?P<what>kỳ họp|phiên họp)(?:\s+(?:chuyên đề|bất thường|thường lệ))?\s+"
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


def find_session(doc: Doc, col: Collector, kind: str) -> None:
    """The session's number (or a meeting's own) and the session kind."""
    lead, _ = doc.lead()
    standing = (
        kind in ("standing_committee_meeting", "questioning_session", "explanation_session")
        and "kỳ họp" not in lead.casefold()
    )
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
        value = "standing_monthly" if kind == "standing_committee_monthly" else "standing"
        if col.values.get("kind") == "explanation_session":
            value = "explanation"
        col.set("meeting_kind", value, rule="meeting_kind.standing_body", confidence=0.7)
        return
    for pattern, value in _MEETING_KINDS:
        if re.search(pattern, folded):
            col.set("meeting_kind", value, rule=f"meeting_kind.{value}", confidence=0.7)
            return


def _session_kind(doc: Doc, col: Collector, standing: bool, lead: str) -> None:
    folded = lead.casefold()
    if standing:
        if re.search(r"phiên họp (?:thường kỳ )?(?:hằng |hàng )?tháng\b", folded):
            value, rule = "standing_committee_monthly", "session_kind.monthly"
        elif "phiên họp thường kỳ" in folded:
            value, rule = "standing_committee_regular", "session_kind.regular_meeting"
        elif "thường trực" in folded:
            value, rule = "standing_committee", "session_kind.standing_body"
        else:
            return
        col.set("session_kind", value, rule=rule, confidence=0.8)
        return
    scope = f"{lead}\n{doc.headline()}".casefold()
    for pattern, value in (
        (r"kỳ họp[^.;]{0,40}chuyên đề|chuyên đề[^.;]{0,10}kỳ họp", "thematic"),
        (r"kỳ họp[^.;]{0,40}bất thường|bất thường[^.;]{0,10}kỳ họp", "extraordinary"),
        (r"kỳ họp thứ nhất", "first_session"),
        (r"kỳ họp (?:thường lệ )?giữa năm", "regular_mid_year"),
        (r"kỳ họp (?:thường lệ )?cuối năm", "regular_year_end"),
    ):
        if re.search(pattern, scope):
            col.set("session_kind", value, rule=f"session_kind.{value}", confidence=0.8)
            return
