"""Rules for agenda items (nội dung) and conclusions (kết luận)."""

from __future__ import annotations

import re

from hdnd_model.ingest._collect import Collector
from hdnd_model.ingest.article.matters import matters
from hdnd_model.ingest.article.prep import UPPER, Doc, Line
from hdnd_model.vn import fold_key

__all__ = ["find_agenda", "find_conclusions", "sentences"]

_COLON_LIST_RE = re.compile(
    r"(?:nội dung|xem xét|cho ý kiến|thảo luận|tập trung vào|cụ thể)[^:.;]{0,60}:"
    r"\s*(?P<list>.+)",
    re.IGNORECASE,
)
_FUTURE_RE = re.compile(
    r"\b(?:sẽ|dự kiến)\s+(?:xem xét,?\s+)?(?P<verb>thông qua|xem xét|thảo luận)\s+(?P<list>.+)",
    re.IGNORECASE,
)
_RELATED_RE = re.compile(r"liên quan đến\s+(?P<list>[^.]+;[^.]+)", re.IGNORECASE)
_QUESTIONING_RE = re.compile(
    rf"\bphiên\s+(?:họp\s+)?(?P<item>chất vấn\s+[{UPPER}][^.;]*?\svề\s[^.;]+)"
)
_ACTIVITY = (
    r"báo cáo|tổ chức thảo luận|thảo luận|tiến hành|chất vấn|thông qua|bầu|miễn nhiệm|"
    r"bãi nhiệm|lấy phiếu tín nhiệm|bỏ phiếu tín nhiệm|xem xét|quyết định|cho ý kiến"
)
_ACTIVITY_WORDS = tuple(_ACTIVITY.split("|"))
"""The activity verbs as plain words, to skip sentences that hold none of them."""
_ACTIVITY_SPLIT_RE = re.compile(
    rf"(?:,\s{{0,4}}|\s{{1,4}}và\s{{1,4}})(?=(?:{_ACTIVITY})\b)", re.IGNORECASE
)
_ACTIVITY_START_RE = re.compile(rf"^(?:{_ACTIVITY})\b", re.IGNORECASE)
_ACTIVITY_INNER_RE = re.compile(
    r"(?<=\ssẽ\s)(?:báo cáo|tổ chức|tiến hành|xem xét)\b", re.IGNORECASE
)
_PROCEED_RE = re.compile(r"\btiến hành\s+(?P<item>[^.;,]+(?:,\s*trả lời[^.;,]+)?)", re.IGNORECASE)
_ARTICLE_RE = re.compile(
    r"^[ \t]*Điều[ \t]{1,3}\d{1,3}[ \t]{0,2}\.[ \t]{0,3}(?P<item>[^:\n]+)", re.MULTILINE
)
_FORM_LABEL_RE = re.compile(
    r"^[ \t]{0,8}(?:(?P<num>\d{1,3})[ \t]{0,2}[/.)][ \t]{0,2})?"
    r"(?P<label>[^\W\d][^:…\n]{1,40}?)[ \t]{0,4}:",
    re.MULTILINE,
)
_FORM_DETAIL = re.compile(
    r"^(?:khai mạc|bế mạc|kết thúc|đại biểu|vắng|số|ngày|từ ngày|khóa|khoá|kỳ họp)\b",
    re.IGNORECASE,
)
_OTHER_ITEMS_RE = re.compile(
    r"\s{1,4}và\s{1,4}(?=(?:các\s)?(?:nội dung|vấn đề|công việc) khác)", re.IGNORECASE
)
_CONCLUSION_RE = re.compile(r"^(?:Phát biểu\s+)?[Kk]ết luận\b[^,]{0,40},\s*(?P<text>.+)")


def sentences(line: Line) -> list[tuple[str, int]]:
    """The sentences of a line with their offsets in the full text."""
    return line.sentences()


def _clean(item: str) -> str | None:
    item = " ".join(item.split()).strip(" .,;:-–")
    item = re.sub(r"^(?:và|các|những|sẽ|đó là)\s+", "", item, flags=re.IGNORECASE)
    words = item.split()
    if len(words) < 1 or len(words) > 60 or not re.search(r"\w", item):
        return None
    return item[:1].upper() + item[1:]


def _split_list(text: str) -> list[str]:
    text = re.split(r"\.(?:\s|$)", text, maxsplit=1)[0]
    items: list[str] = []
    for part in re.split(r";\s*", text):
        items.extend(_OTHER_ITEMS_RE.split(part))
    return items


def _split_activities(text: str) -> list[str]:
    chunks = [c for c in _ACTIVITY_SPLIT_RE.split(text) if c.strip()]
    if chunks and not _ACTIVITY_START_RE.match(chunks[0].strip()):
        inner = _ACTIVITY_INNER_RE.search(chunks[0])
        if inner:
            chunks[0] = chunks[0][inner.start() :]
    merged: list[str] = []
    for chunk in chunks:
        follow = re.match(r"báo cáo kết quả\s+(?P<what>\S+\s+\S+)", chunk, re.IGNORECASE)
        if follow and merged and fold_key(follow["what"]) in fold_key(merged[-1]):
            joined = f"{merged[-1]}, {chunk}"
            merged[-1] = joined if joined in text else f"{merged[-1]} và {chunk}"
        else:
            merged.append(chunk)
    return [c for c in merged if _ACTIVITY_START_RE.match(c.strip()) and len(c.split()) > 3]


_TRIM = " .,;:-–\n\t"


def _same_matter(a: set[str], b: set[str]) -> bool:
    """Whether two items share most of their words (the same matter written twice)."""
    shorter = min(len(a), len(b))
    return shorter >= 3 and len(a & b) >= 0.8 * shorter


class _Items:
    """The items found so far; each new one is located in the text for its evidence."""

    def __init__(self, col: Collector, text: str) -> None:
        self.col = col
        self.lower = text.lower()
        self.keys: set[str] = set()
        self.words: list[set[str]] = []

    def add(self, raw: str, start: int, rule: str, confidence: float = 0.6) -> None:
        item = _clean(raw)
        if item is None:
            return
        key = " ".join(item.casefold().split())
        words = set(re.findall(r"\w+", key))
        if key in self.keys or any(_same_matter(words, seen) for seen in self.words):
            return
        self.keys.add(key)
        self.words.append(words)
        lead = len(raw) - len(raw.lstrip(_TRIM))
        span = (start + lead, start + lead + len(raw.strip(_TRIM)))
        found = self.lower.find(item.lower(), max(0, start - 1500), span[1] + 1500)
        if found >= 0:
            span = (found, found + len(item))
        self.col.add("agenda", item, rule=rule, confidence=confidence, span=span)


def find_agenda(doc: Doc, col: Collector, kind: str) -> None:
    """Agenda items by the form of the record: articles, form labels, or the post's lists."""
    items = _Items(col, doc.text)
    if kind == "resolution":
        for match in _ARTICLE_RE.finditer(doc.text):
            raw = re.sub(r"\s+như sau\s*$", "", match["item"].strip())
            items.add(raw, match.start("item"), "agenda.article_heading", 0.8)
        return
    if kind == "minutes_template":
        _form_labels(doc, items)
        return
    if _numbered_items(doc, items):
        return
    standing = kind == "standing_committee_meeting"
    for line in doc.content()[doc.headline_lines :]:
        if _CONCLUSION_RE.match(line.text.strip()):
            continue
        for text, start in sentences(line):
            if not _sentence_items(text, start, kind, items):
                matters(text, start, items.add, standing=standing)
    for index, fact in enumerate(col.lists["resolutions"]):
        title = re.sub(
            r"^Nghị quyết\s+(?:số\s+\S+\s+)?(?:về\s+)?", "", fact.title, flags=re.IGNORECASE
        )
        at = col.start_of(f"resolutions[{index}]") or 0
        items.add(title, at, "agenda.resolution_adopted", 0.7)


def _sentence_items(text: str, start: int, kind: str, items: _Items) -> bool:
    """Items from the list forms of a sentence; whether the sentence was read."""
    if _CONCLUSION_RE.match(text):
        return True
    if kind == "questioning_session":
        match = _QUESTIONING_RE.search(text)
        if match:
            items.add(match["item"], start + match.start("item"), "agenda.questioning_topic")
    lower = text.lower()
    for pattern, rule, needed in (
        (_COLON_LIST_RE, "agenda.colon_list", ":" in text),
        (_RELATED_RE, "agenda.related", ";" in text and "liên quan đến" in lower),
    ):
        match = pattern.search(text) if needed else None
        if match:
            if kind == "standing_committee_meeting" and _COMING_RE.search(text[: match.start()]):
                return False
            parts = _split_list(match["list"])
            if all(_RESOLUTION_ITEM_RE.match(p.strip()) for p in parts):
                return True
            for part in parts:
                items.add(part, start + text.find(part), rule)
            return True
    future = kind != "standing_committee_meeting" and ("sẽ" in lower or "dự kiến" in lower)
    match = _FUTURE_RE.search(text) if future else None
    if match:
        body = match["list"]
        parts = _split_list(body) if ";" in body else _split_activities(f"{match['verb']} {body}")
        if ";" in body and parts:
            parts[0] = (
                f"{match['verb']} {parts[0]}" if match["verb"].lower() != "xem xét" else (parts[0])
            )
        for part in parts:
            items.add(part, start + max(0, text.find(part.split()[-1])), "agenda.planned")
        return True
    if not any(word in lower for word in _ACTIVITY_WORDS):
        return False
    activities = _split_activities(text[text.find(",") + 1 :] if "," in text[:40] else text)
    if len(activities) >= 2:
        for part in activities:
            items.add(part, start + max(0, text.find(part)), "agenda.activities")
        return True
    return False


_COMING_RE = re.compile(r"kỳ họp\s(?:sẽ|dự kiến)", re.IGNORECASE)
_RESOLUTION_ITEM_RE = re.compile(r"(?:\(?\d{1,2}[.)]\s*)?nghị quyết", re.IGNORECASE)


_CONTENT_HEAD_RE = re.compile(
    r"^\s*(?:\d+[/.)]\s*)?(?:Nội dung|Chương trình)[^:]{0,40}:\s*$", re.IGNORECASE
)
_NUMBERED_RE = re.compile(r"^\s*(?P<n>\d{1,2})\s*[.)]\s+(?P<item>\S.+)$")
_CONTENT_END_RE = re.compile(
    r"^\s*(?:Kết luận của chủ tọa|Các nghị quyết|Cuộc họp kết thúc|"
    r"Kỳ họp kết thúc|THƯ KÝ|Nơi nhận)",
    re.IGNORECASE,
)


def _numbered_items(doc: Doc, items: _Items) -> bool:
    """Items numbered under a ``Nội dung:`` heading, as minutes write them."""
    lines = doc.content()
    heads = [i for i, line in enumerate(lines) if _CONTENT_HEAD_RE.match(line.text)]
    if not heads:
        return False
    found = False
    for line in lines[heads[0] + 1 :]:
        if _CONTENT_END_RE.match(line.text):
            break
        match = _NUMBERED_RE.match(line.text)
        if match:
            items.add(match["item"], line.start + match.start("item"), "agenda.numbered", 0.85)
            found = True
    return found


def _form_labels(doc: Doc, items: _Items) -> None:
    for match in _FORM_LABEL_RE.finditer(doc.text):
        label = match["label"].strip()
        after = doc.text[match.end() : match.end() + 12]
        numbered = match["num"] is not None
        holes = bool(re.match(r"\s*(?:tại\s*)?[.…]{2,}|\s*$", after, re.IGNORECASE))
        if _FORM_DETAIL.match(label) or len(label.split()) > 6:
            continue
        if numbered or holes:
            items.add(label, match.start("label"), "agenda.form_label", 0.5)


def find_conclusions(doc: Doc, col: Collector) -> None:
    """The conclusions: sentences that open with ``Kết luận ...,``."""
    for line in doc.content():
        for text, start in sentences(line):
            match = _CONCLUSION_RE.match(text)
            if match:
                body = match["text"].strip()
                col.add(
                    "conclusions",
                    body[:1].upper() + body[1:],
                    rule="conclusion.sentence",
                    confidence=0.7,
                    span=(start + match.start("text"), start + len(text)),
                )
