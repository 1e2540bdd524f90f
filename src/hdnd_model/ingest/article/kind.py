"""The kind of record: a form, a resolution, a notice, or a post about a sitting or a meeting.

A post is classed by what its opening says happened and by the organ that acts: a meeting the
Standing Committee (Thường trực HĐND) holds is a Standing Committee meeting even when it
prepares a session; a questioning or explanation sitting is named by its activity; a notice is
told by its headline or its closing formula.
"""

from __future__ import annotations

import re

from hdnd_model.ingest._collect import Collector
from hdnd_model.ingest._result import RecordKind
from hdnd_model.ingest.article.prep import Doc

__all__ = ["KindReading", "find_kind", "is_template"]

_PLACEHOLDER_RE = re.compile(r"[.…]{3,}|…")
_HEADER_LINE = re.compile(r"(?:NGHỊ QUYẾT|QUYẾT NGHỊ)\s*:?")
_ARTICLE_ONE = re.compile(r"Điều 1\s*\.")
_NOTICE_HEAD_RE = re.compile(
    r"^(?:thông báo|thay đổi (?:thời gian|địa điểm)|hoãn|lùi|dời|điều chỉnh thời gian|"
    r"triệu tập|giấy mời)\b",
    re.IGNORECASE,
)
_NOTICE_BODY_RE = re.compile(r"trân trọng thông báo|xin thông báo|nay thông báo", re.IGNORECASE)
_QUESTIONING_RE = re.compile(
    r"phiên (?:họp )?chất vấn|hoạt động chất vấn|chất vấn và trả lời chất vấn|"
    r"trả lời chất vấn|phiên chất vấn",
    re.IGNORECASE,
)
_EXPLANATION_RE = re.compile(
    r"phiên (?:họp )?giải trình|hội nghị giải trình|buổi giải trình", re.IGNORECASE
)
_STANDING_ACTS_RE = re.compile(
    r"(?:thường trực|TT\.?)\s*(?:hđnd|hội\s*đồng nhân dân)[^.;:]{0,50}?"
    r"\b(?:tổ chức|họp|triệu tập|tiến hành)\b"
    r"|(?:phiên họp|cuộc họp|hội nghị)[^.;:]{0,40}?\bcủa (?:thường trực|TT\.?)\s*"
    r"(?:hđnd|hội\s*đồng nhân dân)"
    r"|(?:họp|cuộc họp|phiên họp|hội nghị) liên (?:trực|tịch)"
    r"|phiên (?:họp )?(?:thường kỳ|lệ kỳ)",
    re.IGNORECASE,
)
_STANDING_HOLDS_RE = re.compile(
    r"(?:thường trực|TT\.?)\s*(?:hđnd|hội\s*đồng nhân dân)[^.;:]{0,50}?"
    r"\b(?:tổ chức|triệu tập|tiến hành)\b",
    re.IGNORECASE,
)
_SESSION_RE = re.compile(r"kỳ\s*họp", re.IGNORECASE)


class KindReading:
    """The kind read, and whether the Standing Committee is the organ that acts."""

    __slots__ = ("kind", "standing")

    def __init__(self, kind: RecordKind, standing: bool) -> None:
        self.kind = kind
        self.standing = standing


def is_template(text: str) -> bool:
    """Whether the text is a blank form: many placeholders and a form's wording."""
    holes = len(_PLACEHOLDER_RE.findall(text))
    return holes >= 8 and bool(re.search(r"\bmẫu\b|BIÊN BẢN", text, re.IGNORECASE))


def _is_resolution(doc: Doc) -> bool:
    headers = sum(1 for line in doc.lines if _HEADER_LINE.fullmatch(line.text.strip()))
    if headers >= 2:
        return True
    return headers == 1 and any(_ARTICLE_ONE.match(line.text.strip()) for line in doc.lines)


def _opening(doc: Doc) -> tuple[str, str]:
    """The headline and the first paragraph of the body (about 700 characters at most)."""
    content = doc.content()
    body = [line.text.strip() for line in content[doc.headline_lines :] if line.text.strip()]
    first = body[0] if body else ""
    if len(first) < 120 and len(body) > 1:
        first = f"{first} {body[1]}"
    return doc.headline(), first[:700]


def _classify(doc: Doc) -> tuple[RecordKind, bool, str]:
    headline, first = _opening(doc)
    scope = f"{headline}\n{first}"
    folded = scope.lower()
    standing = ("tr" in folded or "kỳ" in folded) and bool(_STANDING_ACTS_RE.search(scope))
    notice_words = "thông báo" in doc.text.lower()
    if _NOTICE_HEAD_RE.match(headline.strip()) or (
        notice_words and _NOTICE_BODY_RE.search(doc.text)
    ):
        return RecordKind.ANNOUNCEMENT, standing, "kind.notice"
    if _QUESTIONING_RE.search(scope) and not re.search(r"không có[^.;]{0,20}chất vấn", scope):
        return (
            RecordKind.QUESTIONING_SESSION,
            bool(_STANDING_HOLDS_RE.search(scope)),
            ("kind.questioning"),
        )
    if _EXPLANATION_RE.search(scope):
        return RecordKind.EXPLANATION_SESSION, True, "kind.explanation"
    if standing:
        return RecordKind.STANDING_COMMITTEE_MEETING, True, "kind.standing_body_acts"
    if _SESSION_RE.search(scope):
        return RecordKind.SESSION_REPORT, False, "kind.opening_session"
    if _SESSION_RE.search(doc.text):
        return RecordKind.SESSION_REPORT, False, "kind.body_session"
    return RecordKind.ANNOUNCEMENT, False, "kind.other"


def find_kind(doc: Doc, col: Collector) -> KindReading:
    """Classify the record from the form of the text and its opening."""
    if is_template(doc.text):
        kind, standing, rule = RecordKind.MINUTES_TEMPLATE, False, "kind.placeholders"
    elif _is_resolution(doc):
        kind, standing, rule = RecordKind.RESOLUTION, False, "kind.resolution_header"
    else:
        kind, standing, rule = _classify(doc)
    col.set("kind", kind, rule=rule, confidence=0.8)
    return KindReading(kind, standing)
