"""Rules for named people: honorific forms, label forms, title-first forms and signatures."""

from __future__ import annotations

import re

from hdnd_model.ingest._collect import Collector
from hdnd_model.ingest._result import PersonFact
from hdnd_model.ingest.article.lexicon import SURNAMES
from hdnd_model.ingest.article.prep import NAME_WORD, UPPER, Doc
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
_NAME = rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,4}})"
_HONORIFIC_RE = re.compile(
    rf"(?<![{UPPER}\w])(?:đồng chí|Đồng chí|ĐỒNG CHÍ|đ/c|Đ/c|ông|Ông|bà|Bà)\s+{_NAME}"
    r"(?P<sep>\s*(?:-|–|,|:)\s*|\s*\()?",
)
_LABEL_RE = re.compile(
    r"(?P<label>Chủ tọa|Chủ toạ|Chủ trì|Thư ký|Đồng chủ tọa|Chủ tọa kỳ họp|Thư ký kỳ họp)"
    r"(?:\s+(?:kỳ họp|phiên họp|cuộc họp|hội nghị))?\s*(?:\([^)]*\))?\s*:\s*",
    re.IGNORECASE,
)
_SIGNATURE_RE = re.compile(
    rf"(?:^|\s{{2,}})(?P<title>PHÓ CHỦ TỊCH|CHỦ TỊCH|CHỦ TỌA|CHỦ TOẠ|THƯ KÝ)\s+{_NAME}\s*$",
    re.MULTILINE,
)
_TITLE_FIRST_RE = re.compile(
    rf"(?P<title>(?:Phó\s+)?(?:Chủ tịch|Bí thư|Trưởng [Bb]an|Giám đốc|Chánh Văn phòng)"
    rf"(?:\s+(?:HĐND|UBND|Ủy ban MTTQ|Ủy ban nhân dân|Hội đồng nhân dân|Sở|Ban|Thường trực|"
    rf"tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|{NAME_WORD})){{1,5}})"
    rf"\s+(?P<name>(?:{'|'.join(sorted(SURNAMES))})(?:\s+{NAME_WORD}){{1,3}})(?!\s*[{UPPER}])"
)
_TITLE_END = re.compile(
    r"[;:()]|\.(?:\s|$)|\s+(?:chủ trì|chủ tọa|chủ toạ|điều hành|phát biểu|cho biết|nhấn mạnh|"
    r"trình bày|đề nghị|khẳng định|tham dự|dự|cùng|và|đã|yêu cầu|báo cáo|thay mặt|kết luận|"
    r"giải trình|trả lời|chất vấn|được|là|tại|với)\b"
    r"|,\s*(?=(?:đồng chí|ông|bà|Ông|Bà|Đồng chí)\s)"
)
_CHAIR_RE = re.compile(r"^\s*(?:đã\s+)?(?:chủ trì|chủ tọa|chủ toạ|điều hành)", re.IGNORECASE)
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


def _valid_name(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 5 and words[0] not in _NOT_NAME


def find_people(doc: Doc, col: Collector) -> None:
    """Every named person with their title as written, the chair and co-chairs first."""
    found: list[tuple[PersonFact, str, tuple[int, int]]] = []
    for line in doc.content():
        label_role = None
        label = _LABEL_RE.search(line.text)
        if label:
            word = fold_key(label.group("label"))
            label_role = "secretary" if word.startswith(fold_key("thư ký")) else "chair"
            if word.startswith(fold_key("đồng")):
                label_role = "co_chair"
        if label_role and label and not _HONORIFIC_RE.search(line.text, label.end()):
            found.extend(_label_list(line, label.end(), label_role))
        for match in _HONORIFIC_RE.finditer(line.text):
            name = match.group("name")
            if not _valid_name(name):
                continue
            title, end = _title_after(line.text, match.end(), match.group("sep"))
            after = line.text[end : end + 40]
            role = "participant"
            if label_role and label and match.start() >= label.end():
                role = label_role
            elif _CO_CHAIR_RE.match(after):
                role = "co_chair"
            elif _CHAIR_RE.match(after):
                role = "chair"
            span = (line.start + match.start(), line.start + end)
            found.append((PersonFact(name=name, role=role, title=title), "person.honorific", span))
        for match in _TITLE_FIRST_RE.finditer(line.text):
            name = match.group("name")
            if not _valid_name(name):
                continue
            span = (line.start + match.start(), line.start + match.end())
            found.append(
                (
                    PersonFact(name=name, role="participant", title=match.group("title")),
                    "person.title_first",
                    span,
                )
            )
    for match in _SIGNATURE_RE.finditer(doc.text):
        name = match.group("name")
        if _valid_name(name):
            title = match.group("title").capitalize()
            span = (match.start("title"), match.end())
            found.append(
                (PersonFact(name=name, role="signer", title=title), "person.signature", span)
            )
    _merge(found, col)


_BARE_RE = re.compile(rf"\s*{_NAME}(?P<sep>\s*(?:-|–|,)\s*)?")


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


_RANK = {"chair": 0, "co_chair": 1, "secretary": 2, "signer": 3, "participant": 4}


def _merge(found: list[tuple[PersonFact, str, tuple[int, int]]], col: Collector) -> None:
    best: dict[str, tuple[PersonFact, str, tuple[int, int]]] = {}
    order: list[str] = []
    for fact, rule, span in found:
        key = fold_key(fact.name)
        if key not in best:
            best[key] = (fact, rule, span)
            order.append(key)
            continue
        old = best[key][0]
        role = fact.role if _RANK[fact.role] < _RANK[old.role] else old.role
        title = old.title or fact.title
        best[key] = (PersonFact(name=old.name, role=role, title=title), best[key][1], best[key][2])
    chairs = [k for k in order if best[k][0].role == "chair"]
    for extra in chairs[1:]:
        fact, rule, span = best[extra]
        best[extra] = (PersonFact(name=fact.name, role="co_chair", title=fact.title), rule, span)
    order.sort(key=lambda k: _RANK[best[k][0].role])
    for key in order:
        fact, rule, span = best[key]
        confidence = 0.8 if rule == "person.honorific" else 0.6
        col.add("people", fact, rule=f"{rule}.{fact.role}", confidence=confidence, span=span)
