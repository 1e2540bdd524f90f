"""The matters a post says were discussed, decided or reported: agenda items from sentences.

A sentence gives items when its predicate is a deliberation verb (``nghe``, ``thảo luận``,
``xem xét``, ``cho ý kiến``, ``thông qua``, ``thống nhất``, ``biểu quyết``, ``ban hành``,
``bầu``, ``lấy phiếu tín nhiệm``, ``hoãn`` …) or names a meeting held for a purpose (``tổ
chức phiên họp để bàn …``): the object up to the end of the sentence, split at
semicolons and before a further activity or document (``…, kế hoạch …``, ``… và bế mạc kỳ
họp``). Holding the meeting itself (``tiến hành kỳ họp thứ 5``) is not an item.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["ACTIVITY", "matters"]

ACTIVITY = (
    r"nghe|lắng nghe|thảo luận|xem xét|cho ý kiến|góp ý|thông qua|thống nhất|biểu quyết|"
    r"ban hành|bầu|bầu cử|miễn nhiệm|bãi nhiệm|lấy phiếu tín nhiệm|bỏ phiếu|bế mạc|khai mạc|"
    r"chất vấn|giải trình|đánh giá|chuẩn bị|phân công|triển khai|rà soát|hoãn|quyết định"
)
"""Verbs that open an agenda item."""
_DOCUMENT = (
    r"kế hoạch|dự thảo|báo cáo|tờ trình|quy chế|chương trình|đề án|thông báo|nghị quyết|"
    r"danh sách|phương án|dự toán"
)
_CUE_RE = re.compile(
    r"(?<!\w)(?P<verb>với các nội dung|lắng nghe|nghe|thảo luận(?: và cho ý kiến)?|"
    r"xem xét(?:, thảo luận)?(?:, cho ý kiến)?|cho ý kiến|thông qua|thống nhất|bàn(?= về)|"
    r"biểu quyết(?: thông qua)?|ban hành|bầu|lấy phiếu tín nhiệm|bỏ phiếu|hoãn|"
    r"tiến hành|tập trung)(?!\w)",
    re.IGNORECASE,
)
_PURPOSE_RE = re.compile(
    r"(?:tổ chức|triệu tập)\s(?:(?P<sitting>phiên (?:họp )?(?:giải trình|chất vấn)\b[^.;]*)|"
    r"(?:phiên họp|hội nghị|cuộc họp|buổi làm việc|họp)(?:\s(?:liên trực|liên tịch|"
    r"thường kỳ|chuyên đề))?\s(?:để\s)?(?P<aim>(?:thống nhất|cho ý kiến|bàn|xem xét|thảo luận|"
    r"đánh giá|chuẩn bị|góp ý|rà soát|nghe|triển khai|sơ kết|tổng kết)\b[^.;]*))",
    re.IGNORECASE,
)
_SPLIT_RE = re.compile(
    rf"\s{{0,4}};\s{{0,4}}|(?:,\s|\svà\s)(?=(?:{ACTIVITY}|{_DOCUMENT})(?!\w))", re.IGNORECASE
)
_OBJECT_PREFIX_RE = re.compile(
    r"^(?:\s|:|,)*(?:về\s?việc|về|việc|vào|các nội dung|nội dung)?\s*:?\s*", re.IGNORECASE
)
_PRESENTER_RE = re.compile(r"^(?:đồng chí|ông|bà)\s[^.;]{3,120}?\btrình bày\s+", re.IGNORECASE)
_PERSON_ONLY_RE = re.compile(
    r"^(?:nghe\s)?(?:đồng chí|ông|bà)\s(?![^.;]*(?:trình bày|báo cáo))", re.IGNORECASE
)
_SELF_RE = re.compile(r"^(?:kỳ họp|phiên họp|hội nghị|cuộc họp|phiên)\b", re.IGNORECASE)
_NOT_MATTER_RE = re.compile(
    r"^(?:Kết luận|Phát biểu kết luận|Chủ tọa|Chủ toạ|Dự |Tham dự|Đến dự|Cùng dự)", re.IGNORECASE
)
_RESULT_RE = re.compile(r"kết quả", re.IGNORECASE)
_NOT_PREDICATE_RE = re.compile(
    r"(?:được|để|cần|phải|đề nghị|yêu cầu|nhằm|khi|sau khi|sự)\s(?:\S+\s)?$", re.IGNORECASE
)
_LOOK_BACK = 200
"""How far back from a verb ``_NOT_PREDICATE_RE`` looks (its word and the one after it)."""
_NO_OBJECT_RE = re.compile(
    r"^(?:với|để|cho|nhằm|đối với các nội dung)\b"
    r"|^(?:giấy mời|công văn|giấy triệu tập|thông báo|quyết định)\s(?:số\s)?\d",
    re.IGNORECASE,
)
_BARE_VERB_END_RE = re.compile(
    r"(?:miễn nhiệm|bãi nhiệm|bầu cử|bầu|thảo luận|xem xét|cho ý kiến|giải trình|tiếp thu|"
    r"nghiên cứu)\s*$",
    re.IGNORECASE,
)
_KEEP_VERB = ("nghe", "thông qua", "biểu quyết", "ban hành", "bầu", "lấy phiếu", "hoãn")
_LIST_COLON_RE = re.compile(r"^[^:]{0,40}:\s*")

Emit = Callable[[str, int, str], None]


def _pieces(body: str) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    pos = 0
    for match in _SPLIT_RE.finditer(body):
        out.append((body[pos : match.start()], pos))
        pos = match.end()
    out.append((body[pos:], pos))
    merged: list[tuple[str, int]] = []
    for piece, at in out:
        if merged and _BARE_VERB_END_RE.search(merged[-1][0]):
            _, first_at = merged[-1]
            merged[-1] = (body[first_at : at + len(piece)], first_at)
        else:
            merged.append((piece, at))
    return [(p, o) for p, o in merged if len(p.split()) >= 2]


def _object(verb: str, text: str, cue_start: int, cue_end: int) -> int:
    """Where the object of the verb starts (the verb itself when it belongs to the item)."""
    rest = text[cue_end:]
    prefix = _OBJECT_PREFIX_RE.match(rest)
    skip = prefix.end() if prefix else 0
    presenter = _PRESENTER_RE.match(rest[skip:])
    if presenter:
        return cue_end + skip + presenter.end()
    if verb.casefold().startswith(_KEEP_VERB) and rest[:1] == " " and skip <= 1:
        return cue_start
    return cue_end + skip


def matters(text: str, start: int, emit: Emit, *, standing: bool = False) -> bool:
    """Emit the agenda items one sentence states; whether it stated any.

    Args:
        text: the sentence.
        start: its offset in the full text.
        emit: called with each item, its offset and the rule.
        standing: whether the post is about a Standing Committee meeting: the contents it
            lists for a coming session are then one item.
    """
    if _NOT_MATTER_RE.match(text.strip()):
        return False
    purpose = _PURPOSE_RE.search(text)
    if purpose:
        group = "sitting" if purpose.group("sitting") else "aim"
        emit(purpose.group(group), start + purpose.start(group), "agenda.meeting_purpose")
        return True
    if re.search(r"trúng cử|đắc cử|tỷ lệ|tỉ lệ", text, re.IGNORECASE):
        return False
    result = _RESULT_RE.search(text)
    for cue in _CUE_RE.finditer(text):
        before = text[: cue.start()]
        if result and result.end() <= cue.start():
            continue
        if _NOT_PREDICATE_RE.search(before, max(0, len(before) - _LOOK_BACK)):
            continue
        verb = cue.group("verb")
        offset = _object(verb, text, cue.start(), cue.end())
        body = text[offset:]
        if verb.casefold() == "tiến hành" and _SELF_RE.match(body):
            return False
        if _NO_OBJECT_RE.match(text[cue.end() :].strip()) or _PERSON_ONLY_RE.match(body):
            continue
        if body.strip():
            return _emit(text, start, emit, cue, offset, standing=standing)
    return False


def _emit(
    text: str, start: int, emit: Emit, cue: re.Match[str], offset: int, *, standing: bool
) -> bool:
    body = text[offset:]
    if standing and re.search(r"kỳ họp\s(?:sẽ|dự kiến)", text[: cue.start() + 1], re.I):
        colon = _LIST_COLON_RE.match(body)
        at = colon.end() if colon else 0
        emit(body[at:], start + offset + at, "agenda.session_contents")
        return True
    for piece, at in _pieces(body):
        emit(piece, start + offset + at, "agenda.matter")
    return True
