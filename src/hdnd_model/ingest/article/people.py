"""Rules for named people: honorific forms, label forms, title-first forms and signatures."""

from __future__ import annotations

import re

from hdnd_model.ingest._collect import Collector
from hdnd_model.ingest._result import PersonFact
from hdnd_model.ingest.article.lexicon import SURNAMES, TITLE_HEADS, TITLE_OPENINGS
from hdnd_model.ingest.article.prep import NAME_WORD, UPPER, Doc, Line
from hdnd_model.vn import fold_key

__all__ = ["find_people"]

_TITLE_WORDS = (
    "Chủ tịch|Phó|Bí thư|Ủy viên|Uỷ viên|UV|UVBTV|TUV|HUV|Trưởng|Giám đốc|Chánh|Đại biểu|ĐBQH|"
    "Thường trực|Tổ trưởng|Tổ phó|Thư ký|Tỉnh ủy viên|Huyện ủy viên|Thành ủy viên|Chủ nhiệm|"
    "Tổng|Bộ trưởng|Thứ trưởng|Viện trưởng|Chánh án|Hiệu trưởng|Chỉ huy|Kế toán|Cán bộ|"
    "Công chức|Chuyên viên|Quyền|Nguyên|Thượng tá|Đại tá|Trung tá|Thiếu tá"
)
_TITLE_START = re.compile(rf"^(?:{_TITLE_WORDS})\b")
_NOT_NAME = frozenset(
    [
        "Chủ",
        "Phó",
        "Bí",
        "Ủy",
        "Uỷ",
        "Trưởng",
        "Thường",
        "Hội",
        "Ban",
        "Văn",
        "Trong",
        "Các",
        "Những",
        "Đại",
        "Giám",
        "Tổ",
        "Thư",
    ]
)
_NAME = rf"(?P<name>{NAME_WORD}(?:[ \t]{{1,3}}{NAME_WORD}){{1,4}})"
_HONORIFIC_RE = re.compile(
    rf"(?<![{UPPER}\w])(?:đồng chí|Đồng chí|ĐỒNG CHÍ|đ/c|Đ/c|ông|Ông|bà|Bà)[ \t]{{1,3}}{_NAME}"
    r"(?P<sep>[ \t]{0,3}(?:-|–|,|:)[ \t]{0,3}|[ \t]{0,3}\()?",
)
_LABEL_RE = re.compile(
    r"(?P<label>Chủ tọa|Chủ toạ|Chủ trì|Thư ký|Đồng chủ tọa|Chủ tọa kỳ họp|Thư ký kỳ họp)"
    r"(?:\s+(?:kỳ họp|phiên họp|cuộc họp|hội nghị))?\s*(?:\([^)]{0,60}\))?\s*(?::|là|gồm)\s*",
    re.IGNORECASE,
)
_SIGNATURE_RE = re.compile(
    rf"(?:^|(?<=\s\s))(?P<title>PHÓ CHỦ TỊCH|CHỦ TỊCH|CHỦ TỌA|CHỦ TOẠ|THƯ KÝ)\s{{1,12}}{_NAME}"
    r"[ \t]{0,8}$",
    re.MULTILINE,
)
_TITLE_FIRST_RE = re.compile(
    rf"(?P<title>(?:Phó\s+)?(?:Chủ tịch|Bí thư|Trưởng [Bb]an|Giám đốc|Chánh Văn phòng)"
    rf"(?:\s+(?:HĐND|UBND|Ủy ban MTTQ|Ủy ban nhân dân|Hội đồng nhân dân|Sở|Ban|Thường trực|"
    rf"tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|{NAME_WORD})){{1,5}})"
    rf"\s+(?P<name>(?:{'|'.join(sorted(SURNAMES))})(?:\s+{NAME_WORD}){{1,3}})(?!\s*[{UPPER}])"
)
_TITLE_FIRST_OPENINGS = ("Chủ tịch", "Bí thư", "Trưởng ", "Giám đốc", "Chánh Văn phòng")
"""What a title-first form holds: lines without any are not searched."""


def _may_have_label(lower: str) -> bool:
    """Whether a line (in lower case) holds the words a label opens with."""
    return "chủ t" in lower or "thư ký" in lower


_TITLE_END = re.compile(
    r"[;:()]|\.(?:\s|$)|\s{1,3}[-–]\s{1,3}(?i:chủ trì|chủ tọa|chủ toạ)\b"
    r"|\s{1,3}(?:chủ trì|chủ tọa|chủ toạ|điều hành|phát biểu|cho biết|nhấn mạnh|"
    r"trình bày|đề nghị|khẳng định|tham dự|dự|cùng|và|đã|yêu cầu|báo cáo|thay mặt|kết luận|"
    r"giải trình|trả lời|chất vấn|được|là|tại|với)\b"
    r"|,\s{0,3}(?=(?:đồng chí|ông|bà|Ông|Bà|Đồng chí)\s)"
)
_CHAIR_RE = re.compile(
    r"^\s{0,3}(?:[-–,]\s{0,3})?(?:đã\s{1,3})?(?:chủ trì|chủ tọa|chủ toạ|điều hành)", re.IGNORECASE
)
_CONCLUDED_RE = re.compile(
    r"(?<!\w)kết luận\s+(?:phiên họp|cuộc họp|hội nghị|kỳ họp|buổi làm việc)"
    r"[^,]{0,20},\s*$",
    re.IGNORECASE,
)
_SENTENCE_END_RE = re.compile(r"\.(?:\s|$)|;\s*(?=(?:tham dự|dự|cùng dự|có mặt)\b)", re.IGNORECASE)
_CO_CHAIR_RE = re.compile(r"^\s*(?:cùng|đồng)\s+chủ (?:trì|tọa|toạ)", re.IGNORECASE)


def _title_after(text: str, start: int, sep: str | None) -> tuple[str | None, int]:
    """The title written after a name, and where it ends."""
    if not sep or not sep.strip():
        return None, start
    rest = text[start : start + 200]
    end = _TITLE_END.search(rest)
    raw = rest[: end.start()] if end else rest
    parts = [p.strip() for p in raw.split(",")]
    kept: list[str] = []
    for i, part in enumerate(parts):
        if not part:
            break
        if (i == 0 and sep.strip() in "-–") or _TITLE_START.match(part):
            kept.append(part)
        else:
            break
    title = ", ".join(kept).strip(" -–")
    consumed = start + len(", ".join(kept))
    return (title or None), consumed


def _trim_name(name: str, following: str) -> str:
    """The name without a title that follows it unseparated (``X Tỉnh ủy viên``)."""
    words = name.split()
    after = [*words, *following.split()[:1]]
    for i in range(2, len(words)):
        pair = f"{words[i]} {after[i + 1]}".casefold() if i + 1 < len(after) else ""
        if words[i] in TITLE_HEADS or pair in TITLE_OPENINGS:
            return " ".join(words[:i])
    return name


def _valid_name(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 5 and words[0] not in _NOT_NAME


def find_people(doc: Doc, col: Collector) -> None:
    """Every named person with their title as written, the chair and co-chairs first."""
    found: list[tuple[PersonFact, str, tuple[int, int]]] = []
    for line in doc.content():
        label_role = None
        label = _LABEL_RE.search(line.text) if _may_have_label(line.lower) else None
        if label:
            word = fold_key(label.group("label"))
            label_role = "secretary" if word.startswith(fold_key("thư ký")) else "chair"
            if word.startswith(fold_key("đồng")):
                label_role = "co_chair"
        label_scope = len(line.text)
        if label:
            stop = _SENTENCE_END_RE.search(line.text, label.end())
            label_scope = stop.start() if stop else label_scope
        if label_role and label and not _HONORIFIC_RE.search(line.text, label.end()):
            found.extend(_label_list(line, label.end(), label_role))
        for match in _HONORIFIC_RE.finditer(line.text):
            name = _trim_name(match.group("name"), line.text[match.end("name") :][:20])
            if not _valid_name(name):
                continue
            sep = match.group("sep")
            name_end = match.start("name") + len(name)
            if name != match.group("name"):
                sep, name_end = " ", name_end + 1
            else:
                name_end = match.end()
            title, end = _title_after(line.text, name_end, sep)
            after = line.text[end : end + 40]
            role = "participant"
            if label_role and label and label.end() <= match.start() < label_scope:
                role = label_role
            elif _CONCLUDED_RE.search(line.text[max(0, match.start() - 60) : match.start()]):
                role = "concluded"
            elif _CO_CHAIR_RE.match(after):
                role = "co_chair"
            elif _CHAIR_RE.match(after):
                role = "chair"
            span = (line.start + match.start(), line.start + end)
            found.append((PersonFact(name=name, role=role, title=title), "person.honorific", span))
        if "đồng chí" in line.lower:
            found.extend(_named_list(line))
        found.extend(_title_first(line))
    for match in _SIGNATURE_RE.finditer(doc.text):
        name = match.group("name")
        if _valid_name(name):
            title = match.group("title").capitalize()
            span = (match.start("title"), match.end())
            found.append(
                (PersonFact(name=name, role="signer", title=title), "person.signature", span)
            )
    _merge(found, col, doc.text)


def _title_first(line: Line) -> list[tuple[PersonFact, str, tuple[int, int]]]:
    """People named after their title (``Chủ tịch HĐND tỉnh Phan Văn A``)."""
    if not any(opening in line.text for opening in _TITLE_FIRST_OPENINGS):
        return []
    out: list[tuple[PersonFact, str, tuple[int, int]]] = []
    for match in _TITLE_FIRST_RE.finditer(line.text):
        name = match.group("name")
        if _valid_name(name):
            fact = PersonFact(name=name, role="participant", title=match.group("title"))
            span = (line.start + match.start(), line.start + match.end())
            out.append((fact, "person.title_first", span))
    return out


_LIST_HEAD_RE = re.compile(r"(?:các|cùng các) đồng chí\s*:\s*", re.IGNORECASE)
_LIST_CHAIR_RE = re.compile(
    r"(?<![\s,])[\s,]{0,6}(?:đồng\s)?(?:chủ tọa|chủ toạ|chủ trì)"
    r"(?:\s{1,3}(?:kỳ họp|phiên họp|hội nghị|cuộc họp))?\s{0,4}$",
    re.IGNORECASE,
)
_LIST_ITEM_RE = re.compile(rf"\s{{0,4}}{_NAME}[ \t]{{0,3}},[ \t]{{0,3}}(?P<title>\S.*)")
_ELECTION_RE = re.compile(
    r"(?<!\w)(?:bầu|đề cử|trúng cử|đắc cử|tái cử|ứng cử|miễn nhiệm|bãi nhiệm|giới thiệu để)(?!\w)",
    re.IGNORECASE,
)


def _named_list(line: Line) -> list[tuple[PersonFact, str, tuple[int, int]]]:
    """People listed after ``các đồng chí:``, ``Name, title`` separated by semicolons."""
    out: list[tuple[PersonFact, str, tuple[int, int]]] = []
    for head in _LIST_HEAD_RE.finditer(line.text):
        stop = re.compile(r"\.(?:\s|$)").search(line.text, head.end())
        end = stop.start() if stop else len(line.text)
        body = line.text[head.end() : end]
        chaired = _LIST_CHAIR_RE.search(body)
        if chaired:
            body = body[: chaired.start()]
        pos = head.end()
        role = "chair" if chaired else "participant"
        for part in body.split(";"):
            match = _LIST_ITEM_RE.match(part)
            if match and _valid_name(match["name"]):
                title = match["title"].strip(" ,")
                span = (line.start + pos, line.start + pos + len(part))
                out.append(
                    (PersonFact(name=match["name"], role=role, title=title), "person.list", span)
                )
                role = "co_chair" if chaired else role
            pos += len(part) + 1
    return out


_BARE_RE = re.compile(rf"\s{{0,4}}{_NAME}(?P<sep>[ \t]{{0,3}}(?:-|–|,)[ \t]{{0,3}})?")


def _label_list(
    line: object, start: int, role: str
) -> list[tuple[PersonFact, str, tuple[int, int]]]:
    """Names after a label (``Chủ tọa: Nguyễn Văn A, Chủ tịch HĐND; Trần B, ...``)."""
    text: str = line.text  # type: ignore[attr-defined]
    base: int = line.start  # type: ignore[attr-defined]
    out: list[tuple[PersonFact, str, tuple[int, int]]] = []
    pos = start
    for part in text[start:].split(";"):
        match = _BARE_RE.match(text, pos)
        pos += len(part) + 1
        if match is None or not _valid_name(match["name"]):
            continue
        title = None
        if match["sep"]:
            title = text[match.end() : pos - 1].strip(" .") or None
        span = (base + match.start("name"), base + pos - 1)
        out.append((PersonFact(name=match["name"], role=role, title=title), "person.label", span))
        role = "co_chair" if role == "chair" else role
    return out


_RANK = {"chair": 0, "co_chair": 1, "secretary": 2, "signer": 3, "concluded": 4, "participant": 5}


def _sentence_at(text: str, pos: int) -> str:
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    ends = [e for e in (text.find(". ", pos), text.find("\n", pos)) if e >= 0]
    return text[start : min(ends) if ends else len(text)]


def _merge(found: list[tuple[PersonFact, str, tuple[int, int]]], col: Collector, text: str) -> None:
    best: dict[str, tuple[PersonFact, str, tuple[int, int]]] = {}
    order: list[str] = []
    acts: set[str] = set()
    for fact, rule, span in found:
        key = fold_key(fact.name)
        if not _ELECTION_RE.search(_sentence_at(text, span[0])):
            acts.add(key)
        if key not in best:
            best[key] = (fact, rule, span)
            order.append(key)
            continue
        old = best[key][0]
        role = fact.role if _RANK[fact.role] < _RANK[old.role] else old.role
        title = old.title or fact.title
        best[key] = (PersonFact(name=old.name, role=role, title=title), best[key][1], best[key][2])
    chairs = [k for k in order if best[k][0].role == "chair"]
    for key in [k for k in order if best[k][0].role == "concluded"]:
        fact, rule, span = best[key]
        role = "participant" if chairs else "chair"
        best[key] = (PersonFact(name=fact.name, role=role, title=fact.title), rule, span)
        chairs = chairs or [key]
    for extra in chairs[1:]:
        fact, rule, span = best[extra]
        best[extra] = (PersonFact(name=fact.name, role="co_chair", title=fact.title), rule, span)
    order = [k for k in order if k in acts or best[k][0].role != "participant"]
    order.sort(key=lambda k: _RANK[best[k][0].role])
    for key in order:
        fact, rule, span = best[key]
        confidence = 0.8 if rule == "person.honorific" else 0.6
        col.add("people", fact, rule=f"{rule}.{fact.role}", confidence=confidence, span=span)
